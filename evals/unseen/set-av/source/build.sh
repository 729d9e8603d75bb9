#!/usr/bin/env bash
# Regenerate set-av: copy the four existing documents, render the two FICTIONAL documents (Twenterand Jaarstukken 2023
# with Apache FOP, Noaberkracht Begroting 2025 with wkhtmltopdf), write the manifest, ../cases.yaml and provenance.json,
# then run check.py.
# Needs the Debian packages fop, wkhtmltopdf, poppler-utils, fonts-liberation2 and fonts-dejavu-core, and a venv with
# pdfplumber, pypdf and pyyaml at $AV_VENV (default /tmp/av-venv; created here if missing).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${AV_VENV:-/tmp/av-venv}"
SRC_CORPUS="${AV_SOURCE_CORPUS:-/work/main/corpus}"

for tool in fop wkhtmltopdf pdftotext pdfinfo; do
  command -v "$tool" >/dev/null || { echo "$tool is required (apt-get install fop wkhtmltopdf poppler-utils)" >&2; exit 1; }
done
fc-list | grep -q "Liberation Sans" || { echo "fonts-liberation2 is required" >&2; exit 1; }
fc-list | grep -q "DejaVu Sans" || { echo "fonts-dejavu-core is required" >&2; exit 1; }
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
  cp "$SRC_CORPUS/$f" "$SET/corpus/$f"                  # the existing documents, unchanged
done
"$PY" data.py >/dev/null                                # asserts that the figures tie together
"$PY" gen_twenterand.py "$SET/corpus"                   # Twenterand, Jaarstukken 2023 (XSL-FO -> Apache FOP)
"$PY" gen_noaberkracht.py "$SET/corpus"                 # Noaberkracht, Begroting 2025 (HTML -> wkhtmltopdf)
"$PY" gen_manifest.py "$SET/corpus" "$SRC_CORPUS"
"$PY" gen_cases.py "$SET"                               # cases.yaml + provenance.json (reads the finished documents)
"$PY" check.py "$SET"
