"""Write CORPUS/manifest.yaml for set-bf: the four documents of the main corpus (entries copied unchanged) and
the two FICTIONAL documents.  Usage: python gen_manifest.py CORPUS_DIR SOURCE_CORPUS_DIR"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

import data as d

OUT = Path(sys.argv[1]).resolve()
SRC = Path(sys.argv[2] if len(sys.argv) > 2 else "/work/main/corpus").resolve()
docs = yaml.safe_load((SRC / "manifest.yaml").read_text(encoding="utf-8"))["documents"]
tw = [o["municipality"] for o in docs if o["file"].startswith("twenterand-")][0]
assert tw == d.T_BODY
docs.append({"id": d.T_ID, "file": d.T_FILE, "municipality": d.T_BODY, "title": d.T_TITLE, "year": 2023,
             "type": "begroting", "source": "FICTIONAL: made-up figures; PDF (8 pages) made with libHaru"})
docs.append({"id": d.A_ID, "file": d.A_FILE, "municipality": d.A_BODY, "title": d.A_TITLE, "year": 2025,
             "type": "begroting", "source": "FICTIONAL: made-up figures for the real gemeenschappelijke regeling "
             "Avalex; PDF (5 pages) made with pdfjs"})
head = ("# set-bf corpus: the four documents of /work/main/corpus (unchanged) and two FICTIONAL documents whose\n"
        "# figures are MADE UP: Gemeente Twenterand, Programmabegroting 2023, programma Sociaal Domein, and Avalex,\n"
        "# Begroting 2025 en meerjarenraming 2026-2028 (Avalex is a real gemeenschappelijke regeling; the figures\n"
        "# are not its own). Both say so on their first page.\n")
(OUT / "manifest.yaml").write_text(head + yaml.safe_dump({"documents": docs}, sort_keys=False, allow_unicode=True),
                                   encoding="utf-8")
print("wrote", OUT / "manifest.yaml", len(docs), "documents")
