#!/usr/bin/env bash
# Regenerate set-ai: the Word/LibreOffice PDF, the reportlab PDF, the manifest, cases.yaml and provenance.json;
# then run check.py. Needs LibreOffice (soffice), poppler-utils (pdftotext, pdfinfo) and a venv with python-docx,
# reportlab, pdfplumber and pyyaml at $AI_VENV or /tmp/ai-venv (created here if missing; never the project's .venv).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${AI_VENV:-/tmp/ai-venv}"

command -v soffice >/dev/null || { echo "LibreOffice (soffice) is required" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "poppler-utils (pdftotext) is required" >&2; exit 1; }
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q python-docx reportlab pdfplumber pyyaml
fi
PY="$VENV/bin/python"
export PYTHONDONTWRITEBYTECODE=1

cd "$HERE"
rm -rf "$SET/corpus" && mkdir -p "$SET/corpus"
"$PY" data.py >/dev/null                          # asserts that the figures tie together
"$PY" gen_begroting_docx.py "$SET/corpus"         # Gemeente Tolsterveld, Programmabegroting 2041 (docx -> soffice PDF)
"$PY" gen_jaarrekening_rl.py "$SET/corpus"        # Recreatieschap Zandmeren, Jaarrekening 2040 (reportlab)
"$PY" gen_manifest.py "$SET/corpus"
"$PY" gen_cases.py "$SET"                         # cases.yaml + provenance.json (reads the finished PDFs back)
"$PY" check.py "$SET"
