"""Write <corpus>/manifest.yaml for set-aw: the four existing documents (file, municipality, year, type, title
copied from the main corpus manifest) and the two FICTIONAL ones.

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
dk_name = [o["municipality"] for o in orig if o["file"].startswith("dinkelland-")][0]
assert dk_name == d.D_BODY
docs.append({"file": d.D_FILE, "municipality": dk_name, "year": 2024, "type": "jaarstukken", "title": d.D_TITLE})
docs.append({"file": d.V_FILE, "municipality": d.V_BODY, "year": 2024, "type": "jaarstukken", "title": d.V_TITLE})

head = ("# set-aw corpus: the four documents of /work/main/corpus (unchanged) and two FICTIONAL documents with\n"
        "# made-up figures, both saying so on their first page:\n"
        "# - Gemeente Dinkelland, Jaarstukken 2024 (fictional figures; not a publication of the municipality)\n"
        "# - Veiligheidsregio Twente, Jaarstukken 2024 (the body is real, every figure and name in it is made up)\n")
(OUT / "manifest.yaml").write_text(head + yaml.safe_dump({"documents": docs}, sort_keys=False, allow_unicode=True),
                                   encoding="utf-8")
print(f"wrote {OUT / 'manifest.yaml'} ({len(docs)} documents)")
