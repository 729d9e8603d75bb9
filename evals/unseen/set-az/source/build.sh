#!/usr/bin/env bash
# Regenerate set-az: copy the four existing documents, typeset the fictional Collectie Overijssel Begroting 2026
# (ConTeXt MkIV / LuaTeX) and the fictional Twenterand Tweede bestuursrapportage 2025 (XeLaTeX), write the manifest,
# ../cases.yaml and provenance.json; then run check.py.
# Needs: Debian packages context, texlive-xetex, texlive-latex-extra, texlive-lang-european, fonts-texgyre,
# fonts-liberation2, poppler-utils; a venv with pdfplumber, pypdf and pyyaml at $AZ_VENV or /tmp/az-venv
# (created here if missing).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${AZ_VENV:-/tmp/az-venv}"
SRC_CORPUS="${AZ_SOURCE_CORPUS:-/work/main/corpus}"

for c in context xelatex pdftotext pdfinfo; do
  command -v "$c" >/dev/null || { echo "$c is required (see the header of build.sh)" >&2; exit 1; }
done
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q pdfplumber pypdf pyyaml
fi
PY="$VENV/bin/python"
export PYTHONDONTWRITEBYTECODE=1

cd "$HERE"
rm -rf "$SET/corpus" && mkdir -p "$SET/corpus"
for f in twenterand-programmabegroting-2020-sociaal-domein.txt dinkelland-begroting-2020-inclusieve-samenleving.txt \
         wassenaar-begroting-2024.pdf collectie-overijssel-jaarstukken-2023.pdf; do
  cp "$SRC_CORPUS/$f" "$SET/corpus/$f"                 # the existing documents, byte for byte
done
"$PY" data.py >/dev/null                               # asserts that the figures tie together
"$PY" gen_co.py "$SET/corpus"                          # Collectie Overijssel, Begroting 2026 (ConTeXt)
"$PY" gen_tw.py "$SET/corpus"                          # Twenterand, najaarsnota 2025 (XeLaTeX)
"$PY" gen_manifest.py "$SET/corpus" "$SRC_CORPUS"
"$PY" gen_cases.py "$SET"                              # cases.yaml + provenance.json (reads the finished documents)
"$PY" check.py "$SET"
