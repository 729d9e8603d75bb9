"""Caches the pdfplumber text of every PDF in ../corpus as build/<file>.plumber.txt (one '=== page N' header per page).
Run with a Python that has pdfplumber (build.sh uses /work/main/.venv/bin/python, read-only use)."""
import os
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(HERE), "corpus")
BUILD = os.path.join(HERE, "build")
os.makedirs(BUILD, exist_ok=True)
names = sys.argv[1:] or sorted(f for f in os.listdir(CORPUS) if f.endswith(".pdf"))
for name in names:
    out = os.path.join(BUILD, name + ".plumber.txt")
    src = os.path.join(CORPUS, name)
    if os.path.exists(out) and os.path.getmtime(out) > os.path.getmtime(src):
        continue
    with pdfplumber.open(src) as pdf, open(out, "w", encoding="utf-8") as fh:
        for i, page in enumerate(pdf.pages):
            fh.write("=== page %d\n" % (i + 1))
            fh.write((page.extract_text() or "") + "\n")
    print("extracted", name)
