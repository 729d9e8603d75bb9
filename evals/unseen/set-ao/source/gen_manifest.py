"""Write ../corpus/manifest.yaml for set-ao: the four existing documents with their metadata copied from
/work/main/corpus/manifest.yaml (or $AO_SOURCE_CORPUS), and the two fictional ones.

Usage: python gen_manifest.py CORPUS_DIR
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import yaml

import data as d

CORPUS = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
SRC = Path(os.environ.get("AO_SOURCE_CORPUS", "/work/main/corpus"))
KEYS = ("file", "municipality", "year", "type", "title")

orig = yaml.safe_load((SRC / "manifest.yaml").read_text(encoding="utf-8"))["documents"]
docs = [{k: o[k] for k in KEYS} for o in orig]
docs.append({"file": d.W_FILE, "municipality": d.W_BODY, "year": 2025, "type": "kadernota", "title": "Kadernota 2025"})
docs.append({"file": d.G_FILE, "municipality": d.G_BODY, "year": 2025, "type": "vergaderstukken",
             "title": "Vergaderstukken algemeen bestuur 3 juli 2025"})
head = ("# set-ao corpus: the four documents of /work/main/corpus (unchanged) and two FICTIONAL documents written\n"
        "# for this evaluation set: the Wassenaar Kadernota 2025 and the meeting bundle of the gemeenschappelijke\n"
        "# regeling Werkplein Noord-Twente (algemeen bestuur 3 juli 2025).\n")
(CORPUS / "manifest.yaml").write_text(head + yaml.safe_dump({"documents": docs}, sort_keys=False, allow_unicode=True),
                                      encoding="utf-8")
print(f"manifest: {len(docs)} documents")
