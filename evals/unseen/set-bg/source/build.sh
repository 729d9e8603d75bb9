#!/usr/bin/env bash
# Regenerate set-bg: copy the four real corpus documents, print the FICTIONAL Dinkelland Jaarstukken 2020
# (HTML -> HTMLDOC) and draw the FICTIONAL Wassenaar Jaarstukken 2023 (PDFium via pypdfium2), write the manifest,
# cases.yaml and provenance.json, then run check.py.
# Needs: htmldoc (Debian package), poppler-utils (pdftotext), fonts-liberation2, and a venv with pypdfium2,
# pdfplumber and pyyaml at $BG_VENV or /tmp/bg-venv (created here if missing).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${BG_VENV:-/tmp/bg-venv}"
SRC_CORPUS="${BG_SOURCE_CORPUS:-/work/main/corpus}"

command -v htmldoc >/dev/null || { echo "htmldoc is required (apt-get install htmldoc)" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "poppler-utils (pdftotext) is required" >&2; exit 1; }
ls /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf >/dev/null
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q pypdfium2 pdfplumber pyyaml
fi
PY="$VENV/bin/python"
export PYTHONDONTWRITEBYTECODE=1

cd "$HERE"
rm -rf "$SET/corpus" && mkdir -p "$SET/corpus"
for f in twenterand-programmabegroting-2020-sociaal-domein.txt dinkelland-begroting-2020-inclusieve-samenleving.txt \
         wassenaar-begroting-2024.pdf collectie-overijssel-jaarstukken-2023.pdf; do
  cp "$SRC_CORPUS/$f" "$SET/corpus/$f"                 # the real documents, unchanged
done
"$PY" data.py >/dev/null                               # asserts that the figures tie together
"$PY" gen_dinkelland.py "$SET/corpus"                  # Dinkelland, Jaarstukken 2020 (HTMLDOC)
"$PY" gen_wassenaar.py "$SET/corpus"                   # Wassenaar, Jaarstukken 2023 (PDFium)
rm -rf "$HERE/build-dinkelland"
"$PY" gen_manifest.py "$SET/corpus" "$SRC_CORPUS"
"$PY" gen_cases.py "$SET"                              # cases.yaml + provenance.json (reads the finished PDFs)
"$PY" check.py "$SET"
