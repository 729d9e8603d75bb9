"""Write ../corpus/manifest.yaml for set-ak.  Usage: python gen_manifest.py CORPUS_DIR"""
import sys
from pathlib import Path

import yaml

import data as d

out = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
man = {"documents": [
    {"file": d.W_FILE, "municipality": d.W_BODY, "year": d.W_YEAR, "type": "programmabegroting",
     "title": d.W_TITLE},
    {"file": d.K_FILE, "municipality": d.K_BODY, "year": d.K_YEAR, "type": "jaarstukken",
     "title": d.K_TITLE},
]}
(out / "manifest.yaml").write_text(yaml.safe_dump(man, allow_unicode=True, sort_keys=False), encoding="utf-8")
print("manifest.yaml: 2 documents")
