"""Write ../corpus/manifest.yaml: the four documents of /work/main/corpus (values copied from its manifest) and the
two fictional documents of set-aq.  Keys: file, municipality, year, type, title.

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
docs.append({"file": d.V_FILE, "municipality": d.V_BODY, "year": 2026, "type": "voorjaarsnota",
             "title": "Voorjaarsnota 2026"})
docs.append({"file": d.G_FILE, "municipality": d.G_BODY, "year": 2026, "type": "begroting",
             "title": "Begroting 2026 in één oogopslag"})
head = ("# set-aq corpus: the four documents of /work/main/corpus (unchanged) and two FICTIONAL documents written\n"
        "# for this evaluation set (the Haverstede Voorjaarsnota 2026 and the Omgevingsdienst Dinkel en Vecht\n"
        "# Begroting 2026 in één oogopslag; both bodies are invented).\n")
(OUT / "manifest.yaml").write_text(head + yaml.safe_dump({"documents": docs}, sort_keys=False, allow_unicode=True),
                                   encoding="utf-8")
print(f"wrote {OUT / 'manifest.yaml'} ({len(docs)} documents)")
