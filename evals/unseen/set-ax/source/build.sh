#!/usr/bin/env bash
# Regenerates set-ax: copies the four real documents, renders the two FICTIONAL PDFs, writes the manifest,
# ../cases.yaml and provenance.json, then runs check.py.
# Needs: node (pdfmake, jspdf, jspdf-autotable under $AX_NODE, default /tmp/ax-node), a Python venv with
# pdfplumber and pyyaml ($AX_VENV, default /tmp/ax-venv), poppler-utils, fonts-liberation2.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
SRC_CORPUS="${AX_SOURCE_CORPUS:-/work/main/corpus}"
export AX_NODE="${AX_NODE:-/tmp/ax-node}"
AX_VENV="${AX_VENV:-/tmp/ax-venv}"
PY="$AX_VENV/bin/python"
if [ ! -x "$PY" ]; then
  python3 -m venv "$AX_VENV"
  "$AX_VENV/bin/pip" install -q pdfplumber pyyaml
fi
if [ ! -d "$AX_NODE/node_modules/pdfmake" ] || [ ! -d "$AX_NODE/node_modules/jspdf-autotable" ]; then
  mkdir -p "$AX_NODE"
  cp "$HERE/package.json" "$AX_NODE/package.json"
  (cd "$AX_NODE" && npm install --no-audit --no-fund >/dev/null)
fi
mkdir -p "$SET/corpus"
for f in collectie-overijssel-jaarstukken-2023.pdf dinkelland-begroting-2020-inclusieve-samenleving.txt \
         twenterand-programmabegroting-2020-sociaal-domein.txt wassenaar-begroting-2024.pdf; do
  cp "$SRC_CORPUS/$f" "$SET/corpus/$f"
done
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cd "$HERE"
"$PY" dump_models.py "$TMP"
node render_twenterand.js "$TMP/twenterand.json" "$SET/corpus/twenterand-programmabegroting-2025.pdf" 2>&1 | grep -v "access policy" || true
node render_duivenvoorde.js "$TMP/duivenvoorde.json" "$SET/corpus/duivenvoorde-begroting-2025.pdf"
"$PY" gen_manifest.py "$SRC_CORPUS"
"$PY" gen_cases.py
"$PY" check.py
