#!/usr/bin/env bash
# Regenerate set-be: copy the four real documents, draw the FICTIONAL Collectie Overijssel Begroting 2026 (Qt /
# PySide6, one landscape page) and write the FICTIONAL GGD Twente Jaarstukken 2024 (pdfme), the manifest,
# ../cases.yaml and provenance.json; then run check.py.
# Needs poppler-utils (pdftotext), fonts-liberation2 and fonts-lato (Debian), Python >= 3.12 (pdfme 0.5 uses
# PEP 701 f-strings) and a venv at $BE_VENV or /tmp/be-venv (created here if missing).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${BE_VENV:-/tmp/be-venv}"
SRC_CORPUS="${BE_SOURCE_CORPUS:-/work/main/corpus}"

command -v pdftotext >/dev/null || { echo "poppler-utils (pdftotext) is required" >&2; exit 1; }
ls /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf /usr/share/fonts/truetype/lato/Lato-Regular.ttf \
  >/dev/null 2>&1 || { echo "fonts-liberation2 and fonts-lato are required" >&2; exit 1; }
if [ ! -x "$VENV/bin/python" ]; then
  PY312=""
  for c in "${BE_PYTHON:-}" python3.13 python3.12 python3 "$HOME"/.pyenv/versions/3.1[2-9]*/bin/python3; do
    [ -n "$c" ] || continue
    if "$c" -c 'import sys; assert sys.version_info >= (3, 12)' >/dev/null 2>&1; then PY312="$c"; break; fi
  done
  [ -n "$PY312" ] || { echo "python3.12 or newer is required (pdfme 0.5); set BE_PYTHON" >&2; exit 1; }
  "$PY312" -m venv "$VENV"
  "$VENV/bin/pip" install -q PySide6-Essentials==6.12.0 pdfme==0.5.0 fonttools==4.69.1 pdfplumber==0.11.11 \
      pypdf PyYAML==6.0.4
fi
PY="$VENV/bin/python"
export PYTHONDONTWRITEBYTECODE=1 QT_QPA_PLATFORM=offscreen

cd "$HERE"
rm -rf "$SET/corpus" && mkdir -p "$SET/corpus"
for f in twenterand-programmabegroting-2020-sociaal-domein.txt dinkelland-begroting-2020-inclusieve-samenleving.txt \
         wassenaar-begroting-2024.pdf collectie-overijssel-jaarstukken-2023.pdf; do
  cp "$SRC_CORPUS/$f" "$SET/corpus/$f"                  # the real documents, unchanged
done
"$PY" data.py >/dev/null                                # asserts that the figures tie together
"$PY" gen_co.py "$SET/corpus"                           # Collectie Overijssel, Begroting 2026 (Qt)
"$PY" gen_ggd.py "$SET/corpus" 2>&1 | grep -v "timestamp seems very low" || true   # GGD Twente, Jaarstukken 2024 (pdfme)
"$PY" gen_manifest.py "$SET/corpus" "$SRC_CORPUS"
"$PY" gen_cases.py "$SET"                               # cases.yaml + provenance.json (reads the finished documents)
BE_SOURCE_CORPUS="$SRC_CORPUS" "$PY" check.py "$SET"
