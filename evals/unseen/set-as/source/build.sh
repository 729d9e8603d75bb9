#!/usr/bin/env bash
# Regenerate set-as: copy the four existing documents, write the FICTIONAL Collectie Overijssel Begroting 2025
# (reportlab) and the FICTIONAL Twenterand Jaarstukken 2021 Sociaal Domein (HTML printed by headless Chromium), the
# manifest, cases.yaml and provenance.json; then run check.py (which reads only the finished documents).
# Needs chromium, poppler-utils (pdftotext, pdfinfo), the Liberation 2 fonts and a venv with reportlab, pdfplumber,
# pypdf and pyyaml at $AS_VENV or /tmp/as-venv (created here if missing).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${AS_VENV:-/tmp/as-venv}"
SRC_CORPUS="${AS_SOURCE_CORPUS:-/work/main/corpus}"

command -v chromium >/dev/null || { echo "chromium is required" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "poppler-utils (pdftotext) is required" >&2; exit 1; }
ls /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf >/dev/null 2>&1 \
  || { echo "the Liberation 2 fonts are required (fonts-liberation2)" >&2; exit 1; }
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q reportlab pdfplumber pypdf pyyaml
fi
PY="$VENV/bin/python"
export PYTHONDONTWRITEBYTECODE=1

cd "$HERE"
rm -rf "$SET/corpus" && mkdir -p "$SET/corpus"
for f in twenterand-programmabegroting-2020-sociaal-domein.txt dinkelland-begroting-2020-inclusieve-samenleving.txt \
         wassenaar-begroting-2024.pdf collectie-overijssel-jaarstukken-2023.pdf; do
  cp "$SRC_CORPUS/$f" "$SET/corpus/$f"                 # the existing documents, unchanged
done
"$PY" data.py >/dev/null                               # asserts that the figures tie together
"$PY" gen_begroting_co.py "$SET/corpus"                # Collectie Overijssel, Begroting 2025 (reportlab)
"$PY" gen_jaarstukken_tw.py "$SET/corpus"              # Twenterand, Jaarstukken 2021 Sociaal Domein (Chromium)
"$PY" gen_manifest.py "$SET/corpus" "$SRC_CORPUS"
"$PY" gen_cases.py "$SET"                              # cases.yaml + provenance.json (reads the finished documents)
"$PY" check.py "$SET"
