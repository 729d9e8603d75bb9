"""Light check with only pdfplumber (no PyYAML): every printed figure/text line of every case source is
found in the documents' extracted text, and every page of the fictional PDFs has the FICTIEF footer.
Usage: /work/main/.venv/bin/python verify_text.py"""
import sys

import cases_spec as C
from doctext import locate, pages

bad = 0
n = 0
for c in C.CASES:
    for j, t in enumerate(c["turns"], 1):
        for s in t.get("src", []):
            n += 1
            hits = locate(C.DOCS[s["doc"]], s["line"], s["printed"])
            if not hits:
                bad += 1
                print(f"MISSING {c['id']}/{j}: {s['printed']!r} {s['line']} in {C.DOCS[s['doc']]}")
for key in ("TW25", "RBL26"):
    for i, txt in enumerate(pages(C.DOCS[key]), 1):
        if "FICTIEF DOCUMENT" not in txt:
            bad += 1
            print(f"NO FOOTER {C.DOCS[key]} p.{i}")
print(f"{n} sources checked, {bad} problem(s)")
sys.exit(1 if bad else 0)
