"""Write <corpus>/manifest.yaml for set-ay: the four existing entries copied from /work/main/corpus/manifest.yaml
(same keys and values) and the two FICTIONAL documents in the same shape.

Usage: python gen_manifest.py CORPUS_DIR SOURCE_CORPUS_DIR
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

import data as d

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus").resolve()
SRC = Path(sys.argv[2] if len(sys.argv) > 2 else "/work/main/corpus").resolve()

orig = yaml.safe_load((SRC / "manifest.yaml").read_text(encoding="utf-8"))["documents"]
docs = [dict(o) for o in orig]
w_name = [o["municipality"] for o in orig if o["file"].startswith("wassenaar-")][0]
assert w_name == d.W_BODY
docs.append({"id": d.W_ID, "file": d.W_FILE, "municipality": w_name, "title": d.W_TITLE, "year": 2025,
             "type": "voorjaarsnota",
             "source": "FICTIONAL document for an evaluation set (made-up figures); PDF of 14 pages made with Prawn"})
docs.append({"id": d.RT_ID, "file": d.RT_FILE, "municipality": d.RT_BODY, "title": d.RT_TITLE, "year": 2024,
             "type": "jaarstukken",
             "source": "FICTIONAL document for an evaluation set (made-up figures); PDF of 18 landscape pages made "
                       "with PDFKit; jaarstukken of the gemeenschappelijke regeling of the 14 Twente municipalities"})

head = ("# set-ay corpus: the four documents of /work/main/corpus (unchanged, entries copied) and two FICTIONAL\n"
        "# documents whose figures are made up (they say so on their first page):\n"
        "#   wassenaar-voorjaarsnota-2025.pdf  - Gemeente Wassenaar, Voorjaarsnota 2025 (fictional figures)\n"
        "#   regio-twente-jaarstukken-2024.pdf - Regio Twente, Jaarstukken 2024 (fictional figures)\n"
        "# Keys as in the main manifest: id, file, municipality, title, year, type, source.\n")
(OUT / "manifest.yaml").write_text(head + yaml.safe_dump({"documents": docs}, sort_keys=False, allow_unicode=True,
                                                         width=120), encoding="utf-8")
print(f"wrote {OUT / 'manifest.yaml'} ({len(docs)} documents)")
