"""Write ../corpus/manifest.yaml: the four documents of /work/main/corpus (values copied from its manifest) and the two
FICTIONAL documents of set-as (same municipality names as the existing entries of their body).
Keys: file, municipality, year, type, title.

Usage: python gen_manifest.py CORPUS_DIR [SOURCE_CORPUS]
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

import data as d

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
SRC = Path(sys.argv[2] if len(sys.argv) > 2 else "/work/main/corpus")
KEYS = ("file", "municipality", "year", "type", "title")

docs = [{k: m[k] for k in KEYS} for m in yaml.safe_load((SRC / "manifest.yaml").read_text(encoding="utf-8"))["documents"]]
names = {m["municipality"] for m in docs}
assert d.CO_BODY in names and "Twenterand" in names
docs.append({"file": d.CO_FILE, "municipality": d.CO_BODY, "year": 2025, "type": "begroting",
             "title": "Begroting 2025"})
docs.append({"file": d.TW_FILE, "municipality": "Twenterand", "year": 2021, "type": "jaarstukken",
             "title": "Jaarstukken 2021, programma Sociaal Domein"})
head = ("# set-as corpus: the four documents of /work/main/corpus (unchanged) and two FICTIONAL documents written\n"
        "# for this evaluation set (Collectie Overijssel Begroting 2025; Twenterand Jaarstukken 2021 Sociaal Domein).\n")
(OUT / "manifest.yaml").write_text(head + yaml.safe_dump({"documents": docs}, sort_keys=False, allow_unicode=True),
                                   encoding="utf-8")
print(f"wrote {OUT / 'manifest.yaml'} ({len(docs)} documents)")
