#!/bin/bash
# Regenerates set-bh: copies the four real documents, draws the two fictional PDFs, writes the manifest,
# ../cases.yaml and provenance.json, and runs check.py. Sequential (no parallel jobs).
# Needs: poppler-utils, xvfb (xvfb-run), scribus (Debian 1.5.8), fonts-liberation2, fonts-crosextra-carlito,
# and a venv with matplotlib, fonttools, pdfplumber, pyyaml (created at $BH_VENV if missing).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${BH_VENV:-/tmp/bh-venv}"
SRC="${BH_SOURCE_CORPUS:-/work/main/corpus}"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q matplotlib fonttools pdfplumber pyyaml
fi
for p in scribus xvfb-run pdftotext; do command -v "$p" >/dev/null || { echo "missing $p (apt-get install scribus xvfb poppler-utils fonts-liberation2 fonts-crosextra-carlito)"; exit 1; }; done
mkdir -p "$SET/corpus"
for f in collectie-overijssel-jaarstukken-2023.pdf dinkelland-begroting-2020-inclusieve-samenleving.txt \
         twenterand-programmabegroting-2020-sociaal-domein.txt wassenaar-begroting-2024.pdf; do
  cp -p "$SRC/$f" "$SET/corpus/$f"
done
cd "$HERE"
export SOURCE_DATE_EPOCH=1728345600
"$VENV/bin/python" data.py >/dev/null
"$VENV/bin/python" gen_dinkelland.py "$SET/corpus/dinkelland-programmabegroting-2025.pdf"
"$VENV/bin/python" gen_bsgr.py "$SET/corpus/bsgr-jaarstukken-2024.pdf"
"$VENV/bin/python" gen_manifest.py
"$VENV/bin/python" gen_cases.py
"$VENV/bin/python" check.py
rm -rf "$HERE/__pycache__"
