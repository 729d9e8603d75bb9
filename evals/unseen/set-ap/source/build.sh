#!/usr/bin/env bash
# Regenerate set-ap: copy the four existing documents, write the fictional Twenterand Jaarstukken 2020 (HTML printed
# by WeasyPrint) and the fictional Dinkelland raadsvoorstel investeringsplan (HTML printed by headless Chromium),
# the manifest, cases.yaml and provenance.json; then run check.py.
# Needs chromium, poppler-utils (pdftotext, pdfinfo), the Liberation fonts and a venv with weasyprint, pdfplumber,
# pypdf and pyyaml at $AP_VENV or /tmp/ap-venv (created here if missing).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${AP_VENV:-/tmp/ap-venv}"
SRC_CORPUS="${AP_SOURCE_CORPUS:-/work/main/corpus}"

command -v chromium >/dev/null || { echo "chromium is required" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "poppler-utils (pdftotext) is required" >&2; exit 1; }
[ -n "$(fc-list "Liberation Sans")" ] || { echo "the Liberation fonts are required" >&2; exit 1; }
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q weasyprint pdfplumber pypdf pyyaml
fi
PY="$VENV/bin/python"
export PYTHONDONTWRITEBYTECODE=1

cd "$HERE"
rm -rf "$SET/corpus" && mkdir -p "$SET/corpus"
for f in twenterand-programmabegroting-2020-sociaal-domein.txt dinkelland-begroting-2020-inclusieve-samenleving.txt \
         wassenaar-begroting-2024.pdf collectie-overijssel-jaarstukken-2023.pdf; do
  cp "$SRC_CORPUS/$f" "$SET/corpus/$f"                 # the existing documents, unchanged
done
"$PY" data.py >/dev/null                               # asserts that the figures tie together
"$PY" gen_jaarstukken.py "$SET/corpus"                 # Twenterand, Jaarstukken 2020 Sociaal Domein (WeasyPrint)
"$PY" gen_raadsvoorstel.py "$SET/corpus"               # Dinkelland, raadsvoorstel investeringsplan (Chromium)
"$PY" gen_manifest.py "$SET/corpus" "$SRC_CORPUS"
"$PY" gen_cases.py "$SET"                              # cases.yaml + provenance.json (reads the finished documents)
"$PY" check.py "$SET"
