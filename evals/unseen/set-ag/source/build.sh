#!/usr/bin/env bash
# Regenerate set-ag: both corpus PDFs, the manifest, cases.yaml and provenance.json; then run check.py.
# Needs groff (full package: gropdf, tbl), poppler-utils (pdftotext, pdfinfo), the Liberation fonts, the Pango
# libraries WeasyPrint uses, and a venv with weasyprint, pdfplumber, pyyaml at $AG_VENV or /tmp/ag-venv
# (created here if missing; never the project's .venv).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${AG_VENV:-/tmp/ag-venv}"

if ! command -v gropdf >/dev/null && [ ! -x /usr/bin/gropdf ] || ! command -v pdftotext >/dev/null; then
  echo "installing groff and poppler-utils" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq groff poppler-utils >/dev/null
fi
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q weasyprint pdfplumber pyyaml
fi
PY="$VENV/bin/python"
export PYTHONDONTWRITEBYTECODE=1

cd "$HERE"
mkdir -p "$SET/corpus"
"$PY" data.py >/dev/null                              # asserts that the figures tie together
"$PY" gen_begroting_pdf.py "$SET/corpus"              # Gemeente Hessendonk, Programmabegroting 2037 (WeasyPrint)
"$PY" gen_jaarrekening_groff.py "$SET/corpus"         # Veiligheidsregio Ravenstreek, Jaarrekening 2036 (groff -ms/tbl)
"$PY" gen_manifest.py "$SET/corpus"
"$PY" gen_cases.py "$SET"                             # cases.yaml + provenance.json (reads the finished PDFs back)
"$PY" check.py "$SET"
