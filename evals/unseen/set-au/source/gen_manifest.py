"""Write <corpus>/manifest.yaml for set-au: the four existing documents (values copied from the main corpus
manifest) and the two fictional ones.  Keys: file, municipality, year, type, title.

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
# the Dinkelland jaarstukken use exactly the municipality name of the existing Dinkelland entry
dk_name = [o["municipality"] for o in orig if o["file"].startswith("dinkelland-")][0]
assert dk_name == d.D_BODY
docs.append({"file": d.G_FILE, "municipality": d.G_BODY, "year": 2026, "type": "begroting", "title": d.G_TITLE})
docs.append({"file": d.D_FILE, "municipality": dk_name, "year": 2022, "type": "jaarstukken", "title": d.D_TITLE})

head = ("# set-au corpus: the four documents of /work/main/corpus (unchanged) and two FICTIONAL documents with\n"
        "# made-up figures: GGD Tukkerland, Programmabegroting 2026 (a fictional gemeenschappelijke regeling of 13\n"
        "# Twente municipalities) and Gemeente Dinkelland, Jaarstukken 2022 (fictional figures).\n")
(OUT / "manifest.yaml").write_text(head + yaml.safe_dump({"documents": docs}, sort_keys=False, allow_unicode=True),
                                   encoding="utf-8")
print(f"wrote {OUT / 'manifest.yaml'} ({len(docs)} documents)")
