#!/usr/bin/env bash
# Regenerate the two set-v documents and check cases.yaml against them.
# Needs: python3 with pdfplumber and PyYAML, and a headless Chromium ("chromium" on PATH or $CHROMIUM).
set -euo pipefail
cd "$(dirname "$0")"
python3 gen_heggenwolde.py
python3 gen_haverplassen.py
python3 check_cases.py
