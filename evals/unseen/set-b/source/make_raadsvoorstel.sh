#!/bin/sh
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=../corpus/hevelland-raadsvoorstel-sporthal-de-kolk-2025.pdf file://$PWD/raadsvoorstel-hevelland-sporthal-de-kolk.html 2>/dev/null
