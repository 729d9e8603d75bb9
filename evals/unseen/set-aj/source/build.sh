#!/usr/bin/env bash
# Regenerate set-aj: the online begroting (HTML), the spreadsheet jaarrekening (xlsx -> LibreOffice PDF), the
# manifest, cases.yaml and provenance.json; then run check.py.
# Needs LibreOffice Calc (soffice; Debian: libreoffice-calc-nogui), poppler-utils (pdftotext) and a venv with
# openpyxl, pdfplumber, beautifulsoup4 and pyyaml at $AJ_VENV or /tmp/aj-venv (created here if missing).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${AJ_VENV:-/tmp/aj-venv}"

command -v soffice >/dev/null || { echo "LibreOffice (soffice) is required" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "poppler-utils (pdftotext) is required" >&2; exit 1; }
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q openpyxl pdfplumber beautifulsoup4 pyyaml
fi
PY="$VENV/bin/python"
export PYTHONDONTWRITEBYTECODE=1

cd "$HERE"
rm -rf "$SET/corpus" && mkdir -p "$SET/corpus"
"$PY" data.py >/dev/null                           # asserts that the figures tie together
"$PY" gen_begroting_html.py "$SET/corpus"          # Provincie Vlietmarken, Begroting 2040 (HTML)
"$PY" gen_jaarrekening_xlsx.py "$SET/corpus"       # Afvalschap Heiderand, Jaarrekening 2039 (xlsx -> PDF)
"$PY" gen_manifest.py "$SET/corpus"
"$PY" gen_cases.py "$SET"                          # cases.yaml + provenance.json (reads the finished documents)
"$PY" check.py "$SET"
