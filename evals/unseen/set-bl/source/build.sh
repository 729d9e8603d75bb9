#!/usr/bin/env bash
# Rebuild set-bl: the two fictional PDFs, corpus/, cases.yaml, provenance.json, then run check.py.
# Tools: LibreOffice Draw (Debian libreoffice-draw-nogui) for the Dinkelland PDF, PyMuPDF for the
# Werkbedrijf PDF, pdfplumber for reading. Installs them if missing (own venv, never the project's).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${BL_VENV:-/tmp/bl-venv}"
PY="$VENV/bin/python"
MAIN_CORPUS="${MAIN_CORPUS:-/work/main/corpus}"

if [ ! -x "$PY" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q "pymupdf==2.0" "pdfplumber==0.11.11" "pyyaml==6.0.4"
fi
if ! command -v soffice >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libreoffice-draw-nogui fonts-liberation fonts-dejavu-core
fi

cd "$HERE"
mkdir -p build "$SET/corpus"

# a) Dinkelland jaarstukken 2022: generated .odg -> LibreOffice Draw -> PDF
"$PY" gen_dinkelland.py
rm -f build/dinkelland-jaarstukken-2022.pdf
soffice -env:UserInstallation=file:///tmp/bl-lo-profile --headless --convert-to pdf \
        --outdir build build/dinkelland-jaarstukken-2022.odg >/dev/null
test -s build/dinkelland-jaarstukken-2022.pdf

# b) Werkbedrijf Dinkel-Regge begroting 2025: PDF written directly by MuPDF
"$PY" gen_werkbedrijf.py

# corpus: the four real documents byte for byte, plus the two fictional PDFs
for f in collectie-overijssel-jaarstukken-2023.pdf dinkelland-begroting-2020-inclusieve-samenleving.txt \
         twenterand-programmabegroting-2020-sociaal-domein.txt wassenaar-begroting-2024.pdf; do
  cp -p "$MAIN_CORPUS/$f" "$SET/corpus/$f"
done
cp build/dinkelland-jaarstukken-2022.pdf build/werkbedrijf-dinkel-regge-begroting-2025.pdf "$SET/corpus/"

"$PY" make_cases.py          # writes ../cases.yaml, ../corpus/manifest.yaml, cases-check.json
"$PY" provenance.py          # writes provenance.json
"$PY" check.py               # verifies figures, format, corpus
