#!/bin/sh
# Rebuilds the two fictional PDFs, the cases and the checks of set-bp.
# Needs: python3 (stdlib + PyYAML for check.py), ruby with ruby-prawn and ruby-prawn-table (Debian),
# htmldoc (Debian), poppler-utils (pdftotext, pdfinfo), fonts-liberation2, and a Python with pdfplumber
# (PLUMBER_PY, default /work/main/.venv/bin/python, used read-only to extract text).
#   apt-get install -y ruby-prawn ruby-prawn-table htmldoc poppler-utils fonts-liberation2
set -e
cd "$(dirname "$0")"
PLUMBER_PY=${PLUMBER_PY:-/work/main/.venv/bin/python}
CORPUS=../corpus
mkdir -p build

# 1. Dinkelland, Programmabegroting 2026 (fictional): data in Python, layout with Prawn (Ruby)
python3 gen_dinkelland.py
ruby layout_dinkelland.rb build/dinkelland_blocks.json "$CORPUS/dinkelland-programmabegroting-2026.pdf"

# 2. ISD Aamstreek, Jaarstukken 2024 (fictional): HTML from Python, PDF by HTMLDOC
python3 gen_isd.py
htmldoc --webpage --charset utf-8 --size a4 --fontsize 9.5 --bodyfont sans --headfootfont sans \
  --headfootsize 7.5 --left 18mm --right 18mm --top 16mm --bottom 16mm --no-compression \
  -f "$CORPUS/isd-aamstreek-jaarstukken-2024.pdf" build/isd.html

# 3. text of all corpus PDFs (pdfplumber), cases.yaml, checks
rm -f build/dinkelland-programmabegroting-2026.pdf.plumber.txt build/isd-aamstreek-jaarstukken-2024.pdf.plumber.txt
"$PLUMBER_PY" extract.py
python3 gen_cases.py
"$PLUMBER_PY" check.py
python3 provenance.py
