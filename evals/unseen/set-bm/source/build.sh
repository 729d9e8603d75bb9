#!/usr/bin/env bash
# Rebuild set-bm: the two fictional PDFs, corpus/ copies, cases.yaml, and run check.py.
# Needs: python3, Apache FOP 2.8 (Debian 'fop'), LibreOffice Impress (Debian 'libreoffice-impress-nogui'),
# fonts-liberation2, and a Python with pdfplumber + PyYAML ($PY, default /work/main/.venv/bin/python).
set -euo pipefail
cd "$(dirname "$0")"
PY=${PY:-/work/main/.venv/bin/python}
mkdir -p build
# 1. Twenterand Programmabegroting 2026 (fictief): data -> XSL-FO -> PDF with Apache FOP
python3 twenterand_doc.py
fop -q -c fop.xconf -fo build/twenterand-programmabegroting-2026.fo -pdf build/twenterand-programmabegroting-2026.pdf 2>&1 \
  | grep -v -E "Unable to locate|JVM flavor|^\[INFO\]" || true
# 2. BNT Jaarstukken 2024 (fictief): data -> ODP -> PDF with LibreOffice Impress
python3 bnt_doc.py
rm -f build/bnt-jaarstukken-2024.pdf
soffice -env:UserInstallation=file:///tmp/set-bm-lo-profile --headless --convert-to pdf --outdir build \
  build/bnt-jaarstukken-2024.odp >/dev/null 2>&1
test -s build/bnt-jaarstukken-2024.pdf
# 3. corpus copies (the four real documents are copied byte for byte from the project corpus when present)
if [ -d /work/main/corpus ]; then
  for f in collectie-overijssel-jaarstukken-2023.pdf dinkelland-begroting-2020-inclusieve-samenleving.txt \
           twenterand-programmabegroting-2020-sociaal-domein.txt wassenaar-begroting-2024.pdf; do
    cp -p "/work/main/corpus/$f" ../corpus/
  done
fi
cp build/twenterand-programmabegroting-2026.pdf build/bnt-jaarstukken-2024.pdf ../corpus/
# 4. cases.yaml and build/case_sources.json
"$PY" make_cases.py
# 5. provenance and verification
python3 provenance.py
"$PY" check.py
