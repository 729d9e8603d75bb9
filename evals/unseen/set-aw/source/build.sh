#!/usr/bin/env bash
# Regenerate set-aw: copy the four existing documents, draw the two FICTIONAL PDFs with pycairo (Dinkelland
# Jaarstukken 2024, A4 landscape; Veiligheidsregio Twente Jaarstukken 2024, A4 portrait), write the manifest,
# ../cases.yaml and provenance.json, then run check.py.
# Needs poppler-utils (pdftotext), the DejaVu and Liberation 2 fonts, the cairo library (libcairo2; libcairo2-dev
# and pkg-config to build pycairo) and a venv with pycairo, pdfplumber, pypdf and pyyaml at $AW_VENV or
# /tmp/aw-venv (created here if missing).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${AW_VENV:-/tmp/aw-venv}"
SRC_CORPUS="${AW_SOURCE_CORPUS:-/work/main/corpus}"

command -v pdftotext >/dev/null || { echo "poppler-utils (pdftotext) is required" >&2; exit 1; }
for f in /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf \
         /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf \
         /usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf; do
  [ -f "$f" ] || { echo "font missing: $f (fonts-liberation2, fonts-dejavu-extra)" >&2; exit 1; }
done
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q pycairo pdfplumber pypdf pyyaml
fi
PY="$VENV/bin/python"
export PYTHONDONTWRITEBYTECODE=1

cd "$HERE"
rm -rf "$SET/corpus" && mkdir -p "$SET/corpus"
for f in twenterand-programmabegroting-2020-sociaal-domein.txt dinkelland-begroting-2020-inclusieve-samenleving.txt \
         wassenaar-begroting-2024.pdf collectie-overijssel-jaarstukken-2023.pdf; do
  cp "$SRC_CORPUS/$f" "$SET/corpus/$f"                 # the existing documents, byte for byte
done
"$PY" data.py >/dev/null                               # asserts that the figures tie together
"$PY" gen_dinkelland.py "$SET/corpus"                  # Dinkelland, Jaarstukken 2024 (fictional)
"$PY" gen_vrt.py "$SET/corpus"                         # Veiligheidsregio Twente, Jaarstukken 2024 (fictional)
"$PY" gen_manifest.py "$SET/corpus" "$SRC_CORPUS"
"$PY" gen_cases.py "$SET"                              # ../cases.yaml + provenance.json
[ -s check.py ] && "$PY" check.py "$SET"
