#!/bin/sh
# Regenerate set-bb: copy the four real documents, typeset the two fictional ones, write the
# manifest, cases.yaml and provenance.json, then verify everything with check.py.
set -e
cd "$(dirname "$0")"
VENV="${BB_VENV:-/tmp/bb-venv}"
SRC="${BB_SOURCE_CORPUS:-/work/main/corpus}"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q borb==3.0.9 fonttools pdfplumber pyyaml pypdf
fi
PY="$VENV/bin/python"
OUT=../corpus
mkdir -p "$OUT"
for f in twenterand-programmabegroting-2020-sociaal-domein.txt dinkelland-begroting-2020-inclusieve-samenleving.txt \
         wassenaar-begroting-2024.pdf collectie-overijssel-jaarstukken-2023.pdf; do
  cp "$SRC/$f" "$OUT/$f"
done
"$PY" data.py > /dev/null
"$PY" gen_dinkelland.py "$OUT"
"$PY" gen_stadsbank.py "$OUT"
"$PY" gen_manifest.py
"$PY" gen_cases.py
"$PY" check.py
