#!/bin/sh
# Rebuild both documents of set-f. Run from this folder.
set -e
PY=${PY:-/work/main/.venv/bin/python}
$PY make_hoogveldingen.py
$PY make_duinwijck.py
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf=../corpus/duinwijck_begroting_2026.pdf "file://$(pwd)/duinwijck_begroting_2026.html"
