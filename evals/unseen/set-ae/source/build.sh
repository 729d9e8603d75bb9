#!/usr/bin/env bash
# Regenerate set-ae: both corpus documents, the manifest, cases.yaml and provenance.json; then check.py.
# Needs poppler-utils (pdftotext, pdfinfo) and a Python venv with reportlab, pdfplumber, pyyaml
# (created here if missing, at $AE_VENV or /tmp/ae-venv; never the project's .venv).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${AE_VENV:-/tmp/ae-venv}"

if ! command -v pdftotext >/dev/null || ! command -v pdfinfo >/dev/null; then
  echo "installing poppler-utils" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
fi
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q reportlab pdfplumber pyyaml
fi
PY="$VENV/bin/python"
export PYTHONDONTWRITEBYTECODE=1

cd "$HERE"
mkdir -p "$SET/corpus"
"$PY" gen_begroting_pdf.py "$SET/corpus"     # Welderbroek, Programmabegroting 2033 (reportlab, multiBuild for the TOC)
"$PY" gen_jaarstukken_md.py "$SET/corpus"    # Veiligheidsregio Lingemonde, Jaarstukken 2031 (Markdown)
"$PY" gen_manifest.py "$SET/corpus"
"$PY" gen_cases.py "$SET"                    # cases.yaml + provenance.json (reads the finished documents back)
"$PY" check.py "$SET"
