#!/usr/bin/env bash
# Regenerate set-bf: copy the four documents of the main corpus, typeset the two FICTIONAL documents
# (Twenterand Programmabegroting 2023 Sociaal Domein with libHaru through ctypes; Avalex Begroting 2025 with the
# npm package pdfjs), write the manifest, cases.yaml and provenance.json, then run check.py.
# Needs: Debian packages libhpdf-2.3.0, poppler-utils, fonts-lato, fonts-liberation2, nodejs/npm;
# a venv with pdfplumber and pyyaml at $BF_VENV (default /tmp/bf-venv) and pdfjs 2.5.4 + opentype.js 1.3.4 at
# $BF_NODE (default /tmp/bf-node); both are created here if missing.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${BF_VENV:-/tmp/bf-venv}"
NODE="${BF_NODE:-/tmp/bf-node}"
SRC_CORPUS="${BF_SOURCE_CORPUS:-/work/main/corpus}"

command -v pdftotext >/dev/null || { echo "poppler-utils is required" >&2; exit 1; }
ldconfig -p | grep -q libhpdf-2.3.0 || { echo "libhpdf-2.3.0 (Debian) is required" >&2; exit 1; }
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"; "$VENV/bin/pip" install -q pdfplumber pyyaml
fi
if [ ! -d "$NODE/node_modules/pdfjs" ]; then
  mkdir -p "$NODE"; (cd "$NODE" && npm init -y >/dev/null && npm install -q pdfjs@2.5.4 opentype.js@1.3.4)
fi
PY="$VENV/bin/python"
export PYTHONDONTWRITEBYTECODE=1

cd "$HERE"
rm -rf "$SET/corpus" && mkdir -p "$SET/corpus"
for f in twenterand-programmabegroting-2020-sociaal-domein.txt dinkelland-begroting-2020-inclusieve-samenleving.txt \
         wassenaar-begroting-2024.pdf collectie-overijssel-jaarstukken-2023.pdf; do
  cp "$SRC_CORPUS/$f" "$SET/corpus/$f"                          # unchanged
done
"$PY" data.py >/dev/null                                        # asserts that the figures add up
"$PY" gen_twenterand.py "$SET/corpus"                           # libHaru
"$PY" gen_avalex_spec.py "$HERE/avalex-spec.json"
NODE_PATH="$NODE/node_modules" node gen_avalex.js "$HERE/avalex-spec.json" "$SET/corpus"   # pdfjs
sleep 1
"$PY" gen_manifest.py "$SET/corpus" "$SRC_CORPUS"
"$PY" gen_cases.py "$SET"
[ -s check.py ] && "$PY" check.py "$SET"
