#!/usr/bin/env bash
# Regenerate set-bc: copy the four existing documents, write the FICTIONAL Gemeente Twenterand Jaarstukken 2024
# (TCPDF via PHP) and the FICTIONAL Noaberkracht Dinkelland Tubbergen Begroting 2026 (Apache PDFBox via Java),
# the manifest, ../cases.yaml and provenance.json; then run check.py.
# Needs (Debian): php-cli php-tcpdf php-mbstring, a JDK (javac) and libpdfbox2-java, poppler-utils, fonts-liberation2;
# and a venv with pdfplumber and pyyaml at $BC_VENV or /tmp/bc-venv (created here if missing).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${BC_VENV:-/tmp/bc-venv}"
SRC_CORPUS="${BC_SOURCE_CORPUS:-/work/main/corpus}"

for t in php javac java pdftotext pdfinfo; do command -v "$t" >/dev/null || { echo "$t is required" >&2; exit 1; }; done
[ -f /usr/share/php/tcpdf/tcpdf.php ] || { echo "php-tcpdf is required" >&2; exit 1; }
[ -f /usr/share/java/pdfbox2.jar ] || { echo "libpdfbox2-java is required" >&2; exit 1; }
[ -f /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf ] || { echo "fonts-liberation2 is required" >&2; exit 1; }
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q pdfplumber pyyaml
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
"$PY" gen_twenterand.py "$SET/corpus"                  # Twenterand, Jaarstukken 2024 (TCPDF)
"$PY" gen_noaberkracht.py "$SET/corpus" 2>&1 | grep -v -E "^(WARN|INFO)" || true   # Noaberkracht (PDFBox)
[ -f "$SET/corpus/noaberkracht-dinkelland-tubbergen-begroting-2026.pdf" ]
"$PY" gen_manifest.py "$SET/corpus" "$SRC_CORPUS"
"$PY" gen_cases.py "$SET"                              # cases.yaml + provenance.json (reads the finished documents)
"$PY" check.py "$SET" "$SRC_CORPUS"
