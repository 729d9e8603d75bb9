#!/usr/bin/env bash
# Regenerate set-ak: the Word programmabegroting (python-docx -> LibreOffice PDF), the pandoc Markdown
# jaarstukken, the manifest, cases.yaml and provenance.json; then run check.py.
# Needs LibreOffice Writer (soffice), poppler-utils (pdftotext, pdfinfo) and a venv with python-docx, pdfplumber,
# pyyaml and pypandoc_binary (pandoc itself) at $AK_VENV or /tmp/ak-venv (created here if missing).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${AK_VENV:-/tmp/ak-venv}"

command -v soffice >/dev/null || { echo "LibreOffice (soffice) is required" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "poppler-utils (pdftotext) is required" >&2; exit 1; }
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q python-docx pdfplumber pyyaml pypandoc_binary
fi
PY="$VENV/bin/python"
export PYTHONDONTWRITEBYTECODE=1

cd "$HERE"
rm -rf "$SET/corpus" && mkdir -p "$SET/corpus"
"$PY" data.py >/dev/null                          # asserts that the figures tie together
"$PY" gen_begroting_docx.py "$SET/corpus"         # Gemeente Wervelstede, Programmabegroting 2044 (docx -> PDF)
"$PY" gen_jaarstukken_md.py "$SET/corpus"         # Omgevingsdienst Keppelwaard, Jaarstukken 2043 (pandoc Markdown)
"$PY" gen_manifest.py "$SET/corpus"
"$PY" gen_cases.py "$SET"                         # cases.yaml + provenance.json (reads the finished documents)
"$PY" check.py "$SET"
