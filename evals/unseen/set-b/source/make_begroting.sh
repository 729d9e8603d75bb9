#!/bin/sh
# two passes: build html, print, compute TOC pages, rebuild, print
set -e
cd "$(dirname "$0")"
PY=/work/main/.venv/bin/python
OUT=../corpus/ravelingen-begroting-2025.pdf
for pass in 1 2; do
  $PY build_begroting.py > facts_begroting.json
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$OUT file://$PWD/begroting-2025-ravelingen.html 2>/dev/null
  $PY toc_pages.py $OUT
done
