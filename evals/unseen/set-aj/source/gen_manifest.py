"""Write ../corpus/manifest.yaml for set-aj.  Usage: python gen_manifest.py CORPUS_DIR"""
import sys
from pathlib import Path

import yaml

import data as d

out = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
docs = [
    {"file": d.P_FILE, "municipality": d.P_BODY, "year": d.P_YEAR, "type": "begroting", "title": d.P_TITLE},
    {"file": d.A_FILE, "municipality": d.A_BODY, "year": d.A_YEAR, "type": "jaarrekening", "title": d.A_TITLE},
]
(out / "manifest.yaml").write_text(yaml.safe_dump({"documents": docs}, allow_unicode=True, sort_keys=False),
                                   encoding="utf-8")
print("manifest.yaml written")
