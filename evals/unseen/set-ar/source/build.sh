#!/usr/bin/env bash
# Regenerate set-ar: copy the four existing documents, write the fictional Veiligheidsregio Reggeland Begroting 2027
# (two-column PDF printed by headless Chromium) and the fictional Lindewaarde Programmabegroting 2026, programma 2
# (a saved web page), the manifest, cases.yaml and provenance.json; then run check.py.
# Needs chromium, poppler-utils (pdftotext, pdfinfo), the Liberation fonts and a venv with pdfplumber, pypdf, pyyaml
# and beautifulsoup4 at $AR_VENV or /tmp/ar-venv (created here if missing).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${AR_VENV:-/tmp/ar-venv}"
SRC_CORPUS="${AR_SOURCE_CORPUS:-/work/main/corpus}"

command -v chromium >/dev/null || { echo "chromium is required" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "poppler-utils (pdftotext) is required" >&2; exit 1; }
[ -n "$(fc-list "Liberation Sans")" ] || { echo "the Liberation fonts are required" >&2; exit 1; }
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q pdfplumber pypdf pyyaml beautifulsoup4
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
"$PY" gen_gr.py "$SET/corpus"                          # Veiligheidsregio Reggeland, Begroting 2027 (two-column PDF)
"$PY" gen_html.py "$SET/corpus"                        # Lindewaarde, Programmabegroting 2026, programma 2 (saved page)
"$PY" gen_manifest.py "$SET/corpus" "$SRC_CORPUS"
"$PY" gen_cases.py "$SET"                              # cases.yaml + provenance.json (reads the finished documents)
"$PY" check.py "$SET"
