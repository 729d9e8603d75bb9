#!/usr/bin/env bash
# Regenerate set-ao: copy the four existing documents, write the fictional Wassenaar Kadernota 2025 (HTML with CSS
# columns printed by headless Chromium) and the fictional Werkplein Noord-Twente meeting bundle (reportlab), the
# manifest, cases.yaml and provenance.json; then run check.py.
# Needs chromium, poppler-utils (pdftotext, pdfinfo, pdffonts), the Liberation and DejaVu fonts and a venv with
# reportlab, pdfplumber, pypdf and pyyaml at $AO_VENV or /tmp/ao-venv (created here if missing).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${AO_VENV:-/tmp/ao-venv}"
SRC_CORPUS="${AO_SOURCE_CORPUS:-/work/main/corpus}"

command -v chromium >/dev/null || { echo "chromium is required" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "poppler-utils (pdftotext) is required" >&2; exit 1; }
ls /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \
  >/dev/null 2>&1 || { echo "the Liberation (2) and DejaVu fonts are required" >&2; exit 1; }
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q reportlab pdfplumber pypdf pyyaml
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
"$PY" gen_kadernota.py "$SET/corpus"                   # Wassenaar, Kadernota 2025 (two-column PDF, Chromium)
"$PY" gen_bundle.py "$SET/corpus"                      # Werkplein Noord-Twente, vergaderstukken AB 3 juli 2025
"$PY" gen_manifest.py "$SET/corpus"
"$PY" gen_cases.py "$SET"                              # cases.yaml + provenance.json (reads the finished documents)
"$PY" check.py "$SET"
