#!/usr/bin/env bash
# Regenerate set-ay: copy the four existing documents, lay out the FICTIONAL Wassenaar Voorjaarsnota 2025
# (Prawn, Ruby) and the FICTIONAL Regio Twente Jaarstukken 2024 (PDFKit, node), write the manifest,
# ../cases.yaml and provenance.json, then run check.py.
# Needs: poppler-utils (pdftotext, pdfinfo); fonts-liberation2 and fonts-dejavu-core; Debian ruby-prawn and
# ruby-prawn-table; node with the npm package pdfkit in $AY_NODE/node_modules (default /tmp/ay-node, created
# here if missing); a Python venv with pdfplumber, pypdf and pyyaml at $AY_VENV (default /tmp/ay-venv, created
# here if missing).  $AY_SOURCE_CORPUS overrides /work/main/corpus.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${AY_VENV:-/tmp/ay-venv}"
NODEDIR="${AY_NODE:-/tmp/ay-node}"
SRC_CORPUS="${AY_SOURCE_CORPUS:-/work/main/corpus}"

command -v pdftotext >/dev/null || { echo "poppler-utils (pdftotext) is required" >&2; exit 1; }
ruby -e 'require "prawn"; require "prawn/table"' 2>/dev/null \
  || { echo "Debian packages ruby-prawn and ruby-prawn-table are required" >&2; exit 1; }
ls /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf \
   /usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf >/dev/null 2>&1 \
  || { echo "fonts-liberation2 and fonts-dejavu-core are required" >&2; exit 1; }
if [ ! -d "$NODEDIR/node_modules/pdfkit" ]; then
  mkdir -p "$NODEDIR"
  (cd "$NODEDIR" && npm init -y >/dev/null && npm install --silent pdfkit)
fi
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q pdfplumber pypdf pyyaml
fi
PY="$VENV/bin/python"
export PYTHONDONTWRITEBYTECODE=1
export NODE_PATH="$NODEDIR/node_modules"

cd "$HERE"
rm -rf "$SET/corpus" && mkdir -p "$SET/corpus" build
for f in twenterand-programmabegroting-2020-sociaal-domein.txt dinkelland-begroting-2020-inclusieve-samenleving.txt \
         wassenaar-begroting-2024.pdf collectie-overijssel-jaarstukken-2023.pdf; do
  cp "$SRC_CORPUS/$f" "$SET/corpus/$f"                 # the existing documents, unchanged
done
"$PY" data.py >/dev/null                               # asserts that the figures tie together
"$PY" docs.py build                                    # prose and pre-formatted tables -> build/vjn.json, build/rt.json
ruby render_vjn.rb build/vjn.json "$SET/corpus/wassenaar-voorjaarsnota-2025.pdf"      # Prawn, A4 portrait
node render_rt.js build/rt.json "$SET/corpus/regio-twente-jaarstukken-2024.pdf"       # PDFKit, A4 landscape
sleep 1                                                # let node flush the PDF stream
"$PY" gen_manifest.py "$SET/corpus" "$SRC_CORPUS"
"$PY" gen_cases.py "$SET"                              # cases.yaml + provenance.json (reads the finished PDFs)
"$PY" check.py "$SET"
