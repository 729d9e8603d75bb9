#!/bin/sh
# usage: render.sh name   (renders source/name.html to corpus/name.pdf)
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=../corpus/$1.pdf file://$PWD/$1.html 2>/dev/null | tail -1
