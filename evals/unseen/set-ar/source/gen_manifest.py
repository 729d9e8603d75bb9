"""Write ../corpus/manifest.yaml for set-ar: the four documents of /work/main/corpus (file, municipality, year, type
and title copied from its manifest) and the two FICTIONAL documents of this set.

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

existing = yaml.safe_load((SRC / "manifest.yaml").read_text(encoding="utf-8"))["documents"]
docs = [{k: m[k] for k in KEYS} for m in existing]
docs.append({"file": d.G_FILE, "municipality": d.G_BODY, "year": 2027, "type": "begroting",
             "title": "Begroting 2027"})
docs.append({"file": d.H_FILE, "municipality": d.H_BODY, "year": 2026, "type": "begroting",
             "title": "Programmabegroting 2026, programma 2 Veilig en Leefbaar"})
head = ("# set-ar corpus: the four documents of /work/main/corpus (unchanged) and two FICTIONAL documents written for\n"
        "# this evaluation set: the Begroting 2027 of Veiligheidsregio Reggeland (a two-column PDF of an invented\n"
        "# gemeenschappelijke regeling) and the Programmabegroting 2026, programma 2 Veilig en Leefbaar, of the\n"
        "# invented gemeente Lindewaarde (a web page saved by a browser).\n")
(OUT / "manifest.yaml").write_text(head + yaml.safe_dump({"documents": docs}, sort_keys=False, allow_unicode=True),
                                   encoding="utf-8")
print(f"wrote {OUT / 'manifest.yaml'} ({len(docs)} documents)")
