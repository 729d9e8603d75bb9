#!/usr/bin/env bash
# Rebuild set-bn: the two FICTIONAL PDFs, cases.yaml, and run check.py.
# Needs: wkhtmltopdf (Debian package), node + pdfmake 0.2.x (npm), python3 with pdfplumber + PyYAML.
set -euo pipefail
cd "$(dirname "$0")"
PY=${PY:-/tmp/bn-venv/bin/python}
NODE_MODULES=${NODE_MODULES:-/tmp/bn-node/node_modules}

command -v wkhtmltopdf >/dev/null || { apt-get update && apt-get install -y wkhtmltopdf; }
if [ ! -x "$PY" ]; then python3 -m venv /tmp/bn-venv && /tmp/bn-venv/bin/pip install -q pdfplumber pyyaml; PY=/tmp/bn-venv/bin/python; fi
if [ ! -d "$NODE_MODULES/pdfmake" ]; then mkdir -p /tmp/bn-node && (cd /tmp/bn-node && npm install --silent pdfmake@0.2.23); NODE_MODULES=/tmp/bn-node/node_modules; fi

# the four real documents, byte for byte (only if missing)
for f in twenterand-programmabegroting-2020-sociaal-domein.txt dinkelland-begroting-2020-inclusieve-samenleving.txt \
         wassenaar-begroting-2024.pdf collectie-overijssel-jaarstukken-2023.pdf; do
  [ -f "../corpus/$f" ] || cp -p "/work/main/corpus/$f" "../corpus/$f"
done

BUILD=$(mktemp -d)
trap 'rm -rf "$BUILD"' EXIT
"$PY" build_twenterand.py "$BUILD/tw.html"
wkhtmltopdf -q --page-size A4 -T 0 -B 0 -L 0 -R 0 --encoding utf-8 --javascript-delay 300 \
  "$BUILD/tw.html" ../corpus/twenterand-programmabegroting-2025.pdf 2> >(grep -v -e XDG_RUNTIME_DIR -e "unpatched qt" >&2 || true)
"$PY" build_rbl.py "$BUILD/rbl.json"
NODE_PATH="$NODE_MODULES" node render_rbl.js "$BUILD/rbl.json" ../corpus/rbl-noord-twente-begroting-2026.pdf
"$PY" make_cases.py
"$PY" check.py
