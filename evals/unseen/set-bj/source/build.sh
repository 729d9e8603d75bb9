#!/usr/bin/env bash
# Rebuild set-bj: documents, page texts, cases.yaml, checks.
# Needs: python3, node + npm packages pdfkit@0.17.x and pdf-lib@1.17.1 (installed in $BJ_NODE_DIR),
# and a Python with pdfplumber ($PY, default /work/main/.venv/bin/python) for text extraction.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
BJ_NODE_DIR="${BJ_NODE_DIR:-/tmp/bj-node}"
PY="${PY:-/work/main/.venv/bin/python}"
if [ ! -d "$BJ_NODE_DIR/node_modules/pdfkit" ]; then
  mkdir -p "$BJ_NODE_DIR" && (cd "$BJ_NODE_DIR" && npm init -y >/dev/null && npm install pdfkit@0.17 pdf-lib@1.17.1)
fi
export BJ_NODE_MODULES="$BJ_NODE_DIR/node_modules"
cd "$HERE"
python3 gen_docs.py
A="$SET/corpus/dinkelland-programmabegroting-2025.pdf"
B="$SET/corpus/veiligheidsregio-kust-en-duin-jaarstukken-2024.pdf"
node render.js build/spec_a.json "$A" pdfkit build/layout_a.json
node render.js build/spec_b.json "$B" pdflib build/layout_b.json
"$PY" pages.py "$A" build/pages_a.json
"$PY" pages.py "$B" build/pages_b.json
python3 gen_cases.py
python3 provenance.py
"$PY" check.py
