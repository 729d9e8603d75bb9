#!/bin/sh
cd /work/main/evals/unseen/set-c/source
for n in "$@"; do chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=../corpus/$n.pdf file://$PWD/$n.html 2>/dev/null | tail -1; done
