"""Write ../corpus/manifest.yaml. Usage: python gen_manifest.py CORPUS_DIR"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

import data as d

CORPUS = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
docs = [
    {"file": d.MUNI_FILE, "municipality": d.MUNI, "year": d.YEAR, "type": "programmabegroting", "title": d.MUNI_TITLE},
    {"file": d.WS_FILE, "municipality": d.WS, "year": d.WS_YEAR, "type": "jaarrekening", "title": d.WS_TITLE},
]
(CORPUS / "manifest.yaml").write_text(yaml.safe_dump({"documents": docs}, allow_unicode=True, sort_keys=False),
                                      encoding="utf-8")
print(f"wrote {CORPUS / 'manifest.yaml'}")
