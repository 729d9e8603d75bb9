"""Writes ../corpus/manifest.yaml: the four real entries of /work/main/corpus/manifest.yaml, copied, plus the two
FICTIONAL documents of set-ax, in the same shape (id, file, municipality, title, year, type, source)."""
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/main/corpus"
real = yaml.safe_load(open(os.path.join(SRC, "manifest.yaml"), encoding="utf-8"))["documents"]
new = [
    {"id": "twenterand-programmabegroting-2025", "file": "twenterand-programmabegroting-2025.pdf",
     "municipality": "Twenterand", "title": "Programmabegroting 2025", "year": 2025, "type": "begroting",
     "source": "FICTIONAL PDF (pdfmake) made for evaluation set set-ax; made-up figures"},
    {"id": "duivenvoorde-begroting-2025", "file": "duivenvoorde-begroting-2025.pdf",
     "municipality": "Werkorganisatie Duivenvoorde", "title": "Begroting 2025", "year": 2025, "type": "begroting",
     "source": "FICTIONAL PDF (jsPDF, landscape) made for evaluation set set-ax; made-up figures"},
]
head = ("# set-ax corpus: the four documents of /work/main/corpus (unchanged, entries copied from its manifest) and two\n"
        "# FICTIONAL documents with made-up figures: Gemeente Twenterand, Programmabegroting 2025, and Werkorganisatie\n"
        "# Duivenvoorde (the shared service organisation of Wassenaar and Voorschoten), Begroting 2025. Both say so on\n"
        "# their first page; their figures are invented for evaluation and must not be taken for real ones.\n")
body = yaml.safe_dump({"documents": real + new}, allow_unicode=True, sort_keys=False, width=1000)
open(os.path.join(os.path.dirname(HERE), "corpus", "manifest.yaml"), "w", encoding="utf-8").write(head + body)
print("manifest:", len(real) + len(new), "documents")
