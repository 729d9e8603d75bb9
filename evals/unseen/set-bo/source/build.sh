#!/usr/bin/env bash
# Rebuilds set-bo: the two fictional PDFs, corpus/ (copies + manifest), cases.yaml, and runs check.py.
# Needs: python3 (stdlib), node + npm (jsPDF 4.2.1 from the npm registry), Ghostscript (ps2pdf),
# the URW base-35 AFM files (Debian fonts-urw-base35), and a Python with pdfplumber + PyYAML for check.py.
set -euo pipefail
cd "$(dirname "$0")"
SRC=$(pwd)
SET=$(dirname "$SRC")
ORIG=${ORIG_CORPUS:-/work/main/corpus}
JSPDF_DIR=${JSPDF_DIR:-/tmp/bo-node}
PY=${CHECK_PY:-/tmp/bo-venv/bin/python}

if [ ! -d "$JSPDF_DIR/node_modules/jspdf" ]; then
  mkdir -p "$JSPDF_DIR"
  npm install --prefix "$JSPDF_DIR" --no-audit --no-fund jspdf@4.2.1
fi
if [ ! -x "$PY" ]; then
  python3 -m venv /tmp/bo-venv && /tmp/bo-venv/bin/pip install -q pdfplumber pyyaml
  PY=/tmp/bo-venv/bin/python
fi

python3 wassenaar2025.py
python3 ggd2026.py
mkdir -p "$SET/corpus"
NODE_PATH="$JSPDF_DIR/node_modules" node render_jspdf.js build/wassenaar2025.ops.json "$SET/corpus/wassenaar-begroting-2025.pdf"
ps2pdf -dPDFSETTINGS=/prepress build/ggd2026.ps "$SET/corpus/ggd-dinkel-vecht-programmabegroting-2026.pdf"

# the four real documents, byte for byte, and the manifest: original entries + two new ones
for f in collectie-overijssel-jaarstukken-2023.pdf dinkelland-begroting-2020-inclusieve-samenleving.txt \
         twenterand-programmabegroting-2020-sociaal-domein.txt wassenaar-begroting-2024.pdf; do
  cp "$ORIG/$f" "$SET/corpus/$f"
done
{ cat "$ORIG/manifest.yaml"; cat manifest_extra.yaml; } > "$SET/corpus/manifest.yaml"

python3 make_cases.py
"$PY" check.py
