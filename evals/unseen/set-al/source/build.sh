#!/usr/bin/env bash
# Regenerate set-al: the Brummelweide deck (python-pptx -> LibreOffice Impress PDF), the Eemvliet jaarverslag
# (Typst via the PyPI package typst), the manifest, cases.yaml and provenance.json; then run check.py.
# Needs LibreOffice Impress (soffice), poppler-utils (pdftotext, pdfinfo), the Liberation fonts
# (fonts-liberation2: /usr/share/fonts/truetype/liberation2, AL_FONT_DIR overrides) and a venv with python-pptx,
# typst, pdfplumber and pyyaml at $AL_VENV or /tmp/al-venv (created here if missing).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${AL_VENV:-/tmp/al-venv}"

command -v soffice >/dev/null || { echo "LibreOffice Impress (soffice) is required: apt-get install -y libreoffice-impress" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "poppler-utils (pdftotext) is required" >&2; exit 1; }
[ -d "${AL_FONT_DIR:-/usr/share/fonts/truetype/liberation2}" ] || { echo "Liberation fonts are required: apt-get install -y fonts-liberation2" >&2; exit 1; }
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q python-pptx typst pdfplumber pyyaml
fi
PY="$VENV/bin/python"
export PYTHONDONTWRITEBYTECODE=1

cd "$HERE"
rm -rf "$SET/corpus" && mkdir -p "$SET/corpus"
"$PY" data.py >/dev/null                          # asserts that the figures tie together
"$PY" gen_deck.py "$SET/corpus"                   # Gemeente Brummelweide, Begroting 2047 in beeld (pptx -> PDF)
"$PY" gen_jaarverslag.py "$SET/corpus"            # Waterschap Eemvliet, Jaarverslag en jaarrekening 2046 (Typst)
"$PY" gen_manifest.py "$SET/corpus"
"$PY" gen_cases.py "$SET"                         # cases.yaml + provenance.json (reads the finished documents)
"$PY" check.py "$SET"
