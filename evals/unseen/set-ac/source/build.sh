#!/bin/sh
# Rebuild the corpus and the cases, then verify everything.
# Needs a Python with pikepdf and PyYAML (e.g. a private venv: python3 -m venv /tmp/ac-venv &&
# /tmp/ac-venv/bin/pip install pikepdf pyyaml) and poppler's pdftotext.
set -e
PY=${PY:-/tmp/ac-venv/bin/python}
cd "$(dirname "$0")"
$PY make_pdf.py
$PY make_html.py
$PY make_manifest.py
$PY cases_def.py
$PY check.py
