#!/usr/bin/env bash
# Regenerate set-at: copy the four existing documents, write the FICTIONAL Wassenaar Jaarstukken 2024 (a Word
# document made with python-docx and printed to PDF by LibreOffice) and the FICTIONAL Dinkelland Programmabegroting
# 2023 (HTML printed by headless Chromium), the manifest, cases.yaml and provenance.json; then run check.py.
# Needs LibreOffice Writer (soffice), chromium, poppler-utils (pdftotext, pdfinfo), the DejaVu fonts and a venv with
# python-docx, pdfplumber and pyyaml at $AT_VENV or /tmp/at-venv (created here if missing).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${AT_VENV:-/tmp/at-venv}"
SRC_CORPUS="${AT_SOURCE_CORPUS:-/work/main/corpus}"

command -v soffice >/dev/null || { echo "LibreOffice (soffice, with libreoffice-writer) is required" >&2; exit 1; }
command -v chromium >/dev/null || { echo "chromium is required" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "poppler-utils (pdftotext) is required" >&2; exit 1; }
[ -n "$(fc-list "DejaVu Sans")" ] || { echo "the DejaVu fonts are required" >&2; exit 1; }
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q python-docx pdfplumber pyyaml
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
"$PY" gen_wassenaar.py "$SET/corpus"                   # Wassenaar, Jaarstukken 2024 (docx -> LibreOffice PDF)
"$PY" gen_dinkelland.py "$SET/corpus"                  # Dinkelland, Programmabegroting 2023 (HTML -> Chromium PDF)
"$PY" gen_manifest.py "$SET/corpus" "$SRC_CORPUS"
"$PY" gen_cases.py "$SET"                              # cases.yaml + provenance.json (reads the finished documents)
"$PY" check.py "$SET"
