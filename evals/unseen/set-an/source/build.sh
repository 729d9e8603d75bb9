#!/usr/bin/env bash
# Regenerate set-an: copy the four existing documents, write the fictional Dinkelland Begroting 2021 (plain-text
# web export) and Collectie Overijssel Jaarstukken 2024 (reportlab PDF), the manifest, cases.yaml and
# provenance.json; then run check.py.
# Needs poppler-utils (pdftotext, pdfinfo, pdffonts), the Liberation fonts (fonts-liberation2 or fonts-liberation)
# and a venv with reportlab, pdfplumber and pyyaml at $AN_VENV or /tmp/an-venv (created here if missing).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${AN_VENV:-/tmp/an-venv}"
SRC_CORPUS="${AN_SOURCE_CORPUS:-/work/main/corpus}"

command -v pdftotext >/dev/null || { echo "poppler-utils (pdftotext) is required" >&2; exit 1; }
ls /usr/share/fonts/truetype/liberation*/LiberationSans-Regular.ttf >/dev/null 2>&1 || {
  echo "the Liberation fonts are required" >&2; exit 1; }
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q reportlab pdfplumber pyyaml
fi
PY="$VENV/bin/python"
export PYTHONDONTWRITEBYTECODE=1

cd "$HERE"
rm -rf "$SET/corpus" && mkdir -p "$SET/corpus"
for f in twenterand-programmabegroting-2020-sociaal-domein.txt dinkelland-begroting-2020-inclusieve-samenleving.txt \
         wassenaar-begroting-2024.pdf collectie-overijssel-jaarstukken-2023.pdf; do
  cp "$SRC_CORPUS/$f" "$SET/corpus/$f"                 # the existing documents, unchanged
done
"$PY" data.py >/dev/null                               # asserts that the new figures tie together
"$PY" gen_dinkelland_txt.py "$SET/corpus"              # Dinkelland, Begroting 2021 (text export)
"$PY" gen_co_pdf.py "$SET/corpus"                      # Collectie Overijssel, Jaarstukken 2024 (PDF)
"$PY" gen_manifest.py "$SET/corpus"
"$PY" gen_cases.py "$SET"                              # cases.yaml + provenance.json (reads the finished documents)
"$PY" check.py "$SET"
