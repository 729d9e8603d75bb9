#!/usr/bin/env bash
# Regenerate set-au: copy the four existing documents, typeset the fictional GGD Tukkerland Programmabegroting 2026
# (Typst, landscape) and write the fictional Dinkelland Jaarstukken 2022 (reportlab), the manifest, cases.yaml and
# provenance.json; then run check.py.
# Needs poppler-utils (pdftotext, pdfinfo), the Liberation 2 fonts and a venv with typst, reportlab, pdfplumber,
# pypdf and pyyaml at $AU_VENV or /tmp/au-venv (created here if missing).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${AU_VENV:-/tmp/au-venv}"
SRC_CORPUS="${AU_SOURCE_CORPUS:-/work/main/corpus}"

command -v pdftotext >/dev/null || { echo "poppler-utils (pdftotext) is required" >&2; exit 1; }
ls /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf \
   /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf >/dev/null 2>&1 \
  || { echo "the Liberation 2 fonts are required (fonts-liberation2)" >&2; exit 1; }
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q typst reportlab pdfplumber pypdf pyyaml
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
"$PY" gen_ggd.py "$SET/corpus"                         # GGD Tukkerland, Programmabegroting 2026 (Typst, landscape)
"$PY" gen_dinkelland.py "$SET/corpus"                  # Dinkelland, Jaarstukken 2022 (reportlab)
"$PY" gen_manifest.py "$SET/corpus" "$SRC_CORPUS"
"$PY" gen_cases.py "$SET"                              # cases.yaml + provenance.json (reads the finished documents)
[ -f check.py ] && "$PY" check.py "$SET"
