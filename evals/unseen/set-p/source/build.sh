#!/bin/sh
# Rebuild both set-p documents from the generators.
set -e
cd "$(dirname "$0")"
python3 gen_sparrendonk.py
python3 gen_espelgaard.py
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf=../corpus/sparrendonk_programmabegroting_2026.pdf \
  "file://$(pwd)/sparrendonk_programmabegroting_2026.html"
