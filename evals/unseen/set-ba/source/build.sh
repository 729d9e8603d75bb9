#!/usr/bin/env bash
# Regenerate set-ba: copy the four real documents, build the two FICTIONAL PDFs, the manifest, ../cases.yaml
# and provenance.json, then run check.py.  Needs Ghostscript (gs), poppler-utils (pdftotext, pdfinfo), node,
# the URW base35 and Liberation 2 fonts.  A venv with pdfplumber, pypdf, pyyaml and fonttools is created at
# $BA_VENV (default /tmp/ba-venv) and pdf-lib + @pdf-lib/fontkit are installed under $BA_VENV/node if missing.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${BA_VENV:-/tmp/ba-venv}"
SRC_CORPUS="${BA_SOURCE_CORPUS:-/work/main/corpus}"
export SOURCE_DATE_EPOCH=1744711200      # 2025-04-15, for reproducible PDF dates where the tools honour it

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q pdfplumber pypdf pyyaml fonttools
fi
if [ ! -d "$VENV/node/node_modules/pdf-lib" ]; then
  mkdir -p "$VENV/node"
  (cd "$VENV/node" && npm init -y >/dev/null && npm install -q pdf-lib@1.17.1 @pdf-lib/fontkit@1.1.1)
fi
export BA_NODE_MODULES="$VENV/node/node_modules"
PY="$VENV/bin/python"

mkdir -p "$SET/corpus"
for f in collectie-overijssel-jaarstukken-2023.pdf dinkelland-begroting-2020-inclusieve-samenleving.txt \
         twenterand-programmabegroting-2020-sociaal-domein.txt wassenaar-begroting-2024.pdf; do
  cp -p "$SRC_CORPUS/$f" "$SET/corpus/$f"
done
cd "$HERE"
"$PY" data.py
"$PY" gen_wassenaar.py "$SET/corpus/wassenaar-jaarstukken-2024.pdf" "$HERE/wassenaar-jaarstukken-2024.ps"
"$PY" gen_odt.py "$SET/corpus/omgevingsdienst-twente-begroting-2026.pdf"
"$PY" gen_manifest.py "$SRC_CORPUS/manifest.yaml" "$SET/corpus/manifest.yaml"
"$PY" gen_cases.py "$SET"
"$PY" check.py "$SET"
