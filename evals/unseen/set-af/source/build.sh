#!/usr/bin/env bash
# Regenerate set-af: both corpus documents, the manifest, cases.yaml and provenance.json; then run check.py.
# Needs poppler-utils (pdftotext, pdfinfo), the Liberation Sans fonts (/usr/share/fonts/truetype/liberation)
# and a Python venv with fpdf2, pypdf, pdfplumber, python-docx, mammoth and pyyaml, created here if missing
# at $AF_VENV or /tmp/af-venv (never the project's .venv).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${AF_VENV:-/tmp/af-venv}"

if ! command -v pdftotext >/dev/null || ! command -v pdfinfo >/dev/null; then
  echo "installing poppler-utils" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
fi
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q fpdf2 pypdf pdfplumber python-docx mammoth pyyaml
fi
PY="$VENV/bin/python"
export PYTHONDONTWRITEBYTECODE=1

cd "$HERE"
mkdir -p "$SET/corpus"
"$PY" data.py >/dev/null                       # asserts that the figures tie together
"$PY" gen_jaarstukken_pdf.py "$SET/corpus"     # Gemeente Wolderbeek, Jaarstukken 2032 (fpdf2 + pypdf for /Rotate)
"$PY" gen_kadernota_html.py "$SET/corpus"      # Werkbedrijf Maasheuvel, Kadernota 2034 (python-docx -> mammoth)
"$PY" gen_manifest.py "$SET/corpus"
"$PY" gen_cases.py "$SET"                      # cases.yaml + provenance.json (reads the finished documents back)
"$PY" check.py "$SET"
