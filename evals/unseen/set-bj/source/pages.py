"""Extract the text of a PDF per page with pdfplumber (run with /work/main/.venv/bin/python)."""
import json
import sys

import pdfplumber


def pages(path):
    with pdfplumber.open(path) as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


if __name__ == "__main__":
    src, out = sys.argv[1], sys.argv[2]
    with open(out, "w") as fh:
        json.dump(pages(src), fh, ensure_ascii=False, indent=0)
