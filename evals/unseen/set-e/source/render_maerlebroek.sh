#!/bin/sh
# Render the Maerlebroek programmabegroting HTML to PDF with headless Chromium (portrait A4 from @page).
set -e
cd "$(dirname "$0")"
python3 make_maerlebroek.py
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf=../corpus/maerlebroek-programmabegroting-2026.pdf maerlebroek-programmabegroting-2026.html
