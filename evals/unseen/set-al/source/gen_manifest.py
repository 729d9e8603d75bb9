"""Write ../corpus/manifest.yaml for set-al.  Usage: python gen_manifest.py CORPUS_DIR"""
import sys
from pathlib import Path

import yaml

import data as d

out = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
man = {"documents": [
    {"file": d.B_FILE, "municipality": d.B_BODY, "year": d.B_YEAR, "type": "begroting", "title": d.B_TITLE},
    {"file": d.E_FILE, "municipality": d.E_BODY, "year": d.E_YEAR, "type": "jaarstukken", "title": d.E_TITLE},
]}
(out / "manifest.yaml").write_text(yaml.safe_dump(man, allow_unicode=True, sort_keys=False), encoding="utf-8")
print("manifest.yaml: 2 documents")
