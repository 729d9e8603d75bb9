#!/usr/bin/env bash
# Rebuild the corpus of set-bq and check it.
#   - havenschap-schelvenmonde-begroting-2026.pdf: HTML + CSS laid out by xhtml2pdf (PyPI)
#   - staverhorst-jaarstukken-2025.pdf: an AbiWord document (.abw) converted by AbiWord (Debian package abiword)
#   - the four real documents, copied byte for byte from shared/
# Environment: BQ_VENV (a venv for xhtml2pdf, made if missing), SHARED (default /work/shared).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$HERE")
SHARED=${SHARED:-/work/shared}
VENV=${BQ_VENV:-/tmp/bq-venv}
FONTS=${FONTS:-/usr/share/fonts/truetype/dejavu}

if ! command -v abiword >/dev/null; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y abiword fonts-dejavu-core fonts-liberation
fi
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q "xhtml2pdf==0.2.28" pdfplumber pyyaml
fi

OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
cd "$HERE"
"$VENV/bin/python" gen_havenschap.py "$OUT" "$FONTS"
"$VENV/bin/python" gen_staverhorst.py "$OUT"
mkdir -p "$SET/corpus"
cp "$OUT/havenschap-schelvenmonde-begroting-2026.pdf" "$OUT/staverhorst-jaarstukken-2025.pdf" "$SET/corpus/"

cp "$SHARED/seeds/000_d23fe75908e6d944.txt" "$SET/corpus/twenterand-programmabegroting-2020-sociaal-domein.txt"
cp "$SHARED/seeds/001_91a606b6d30235bb.txt" "$SET/corpus/dinkelland-begroting-2020-inclusieve-samenleving.txt"
cp "$SHARED/corpus-extra/wassenaar_begroting_2024.pdf" "$SET/corpus/wassenaar-begroting-2024.pdf"
cp "$SHARED/corpus-extra/collectie-overijssel-jaarstukken-2023.pdf" "$SET/corpus/collectie-overijssel-jaarstukken-2023.pdf"

"$VENV/bin/python" check.py "$OUT"
