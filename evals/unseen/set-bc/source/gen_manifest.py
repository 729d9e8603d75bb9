"""Write <corpus>/manifest.yaml for set-bc: the four existing documents (values copied from the main corpus
manifest) and the two FICTIONAL ones.  Keys: file, municipality, year, type, title.
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
tw = [o["municipality"] for o in orig if o["file"].startswith("twenterand-")][0]
assert tw == d.T_BODY
docs.append({"file": d.T_FILE, "municipality": tw, "year": 2024, "type": "jaarstukken", "title": d.T_TITLE})
docs.append({"file": d.N_FILE, "municipality": d.N_BODY, "year": 2026, "type": "begroting", "title": d.N_TITLE})
head = ("# set-bc corpus: the four documents of /work/main/corpus (unchanged, byte for byte) and two FICTIONAL\n"
        "# documents whose figures are made up (each says so on its first page):\n"
        "#   twenterand-jaarstukken-2024.pdf  Gemeente Twenterand, Jaarstukken 2024 (fictional figures; TCPDF)\n"
        "#   noaberkracht-dinkelland-tubbergen-begroting-2026.pdf  Noaberkracht Dinkelland Tubbergen, Begroting 2026\n"
        "#     (a real gemeenschappelijke regeling, fictional figures; Apache PDFBox)\n")
(OUT / "manifest.yaml").write_text(head + yaml.safe_dump({"documents": docs}, sort_keys=False, allow_unicode=True),
                                   encoding="utf-8")
print(f"wrote {OUT / 'manifest.yaml'} ({len(docs)} documents)")
