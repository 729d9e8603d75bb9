#!/bin/sh
# Regenerates both documents of set-o (fictional municipality Kraaiendijk) and their text exports.
set -e
cd "$(dirname "$0")"
python3 gen_begroting.py begroting.html
python3 gen_jaarstukken.py jaarstukken.html
for d in begroting:kraaiendijk-programmabegroting-2026 jaarstukken:kraaiendijk-jaarstukken-2025; do
  src=${d%%:*}; out=${d#*:}
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf=../corpus/$out.pdf file://$PWD/$src.html 2>/dev/null
  python3 -c "
import pdfplumber, sys
with pdfplumber.open('../corpus/$out.pdf') as p:
    open('$out.pdfplumber.txt','w').write('\n'.join(f'=== page {i+1} ===\n' + (pg.extract_text() or '') for i, pg in enumerate(p.pages)))
"
  pdftotext -layout ../corpus/$out.pdf $out.pdftotext.txt
done
