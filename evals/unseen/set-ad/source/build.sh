#!/usr/bin/env bash
# Regenerate set-ad: both corpus documents, the manifest, cases.yaml, provenance.json; then check.
# Needs: LibreOffice Writer (soffice), poppler-utils (pdftotext, pdfinfo), fonts-liberation,
# and a Python venv with python-docx, pyyaml (created here if missing; never the project's .venv).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${AD_VENV:-/tmp/ad-venv}"

if ! command -v soffice >/dev/null || ! command -v pdftotext >/dev/null; then
  echo "installing LibreOffice Writer and poppler-utils" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    libreoffice-writer-nogui poppler-utils fonts-liberation >/dev/null
fi
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q python-docx pyyaml
fi
PY="$VENV/bin/python"

cd "$HERE"
mkdir -p "$SET/corpus"
"$PY" gen_jaarstukken.py "$SET/corpus"      # .docx -> LibreOffice -> PDF (two passes for the TOC)
"$PY" gen_bvo_html.py "$SET/corpus"         # Google-Docs style HTML export
"$PY" gen_manifest.py "$SET/corpus"
"$PY" gen_cases.py "$SET"                   # cases.yaml + provenance.json (reads the documents back)
"$PY" check.py "$SET"
