"""Write <corpus>/manifest.yaml for set-az: the four existing documents (values copied from the main corpus manifest,
keys file, municipality, year, type, title) and the two FICTIONAL ones.

Usage: python gen_manifest.py CORPUS_DIR SOURCE_CORPUS_DIR
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

import data as d

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus").resolve()
SRC = Path(sys.argv[2] if len(sys.argv) > 2 else "/work/main/corpus").resolve()
KEYS = ("file", "municipality", "year", "type", "title")

orig = yaml.safe_load((SRC / "manifest.yaml").read_text(encoding="utf-8"))["documents"]
docs = [{k: o[k] for k in KEYS} for o in orig]
names = {o["file"]: o["municipality"] for o in orig}
# the new documents use exactly the municipality names of the existing entries of the same bodies
assert names["collectie-overijssel-jaarstukken-2023.pdf"] == d.CO_BODY
assert names["twenterand-programmabegroting-2020-sociaal-domein.txt"] == d.TW_BODY
docs.append({"file": d.CO_FILE, "municipality": d.CO_BODY, "year": 2026, "type": "begroting", "title": d.CO_TITLE})
docs.append({"file": d.TW_FILE, "municipality": d.TW_BODY, "year": 2025, "type": "bestuursrapportage",
             "title": d.TW_TITLE})

head = ("# set-az corpus: the four documents of /work/main/corpus (unchanged) and two FICTIONAL documents with\n"
        "# made-up figures (both say so on their first page):\n"
        "#   Collectie Overijssel, Begroting 2026 en meerjarenraming 2027-2029 (the real gemeenschappelijke regeling,\n"
        "#     fictional figures)\n"
        "#   Gemeente Twenterand, Tweede bestuursrapportage 2025 (najaarsnota) (fictional figures)\n")
(OUT / "manifest.yaml").write_text(head + yaml.safe_dump({"documents": docs}, sort_keys=False, allow_unicode=True),
                                   encoding="utf-8")
print(f"wrote {OUT / 'manifest.yaml'} ({len(docs)} documents)")
