#!/usr/bin/env bash
# Regenerate set-ah: the LaTeX PDF, the HTML page, the manifest, cases.yaml and provenance.json; then run check.py.
# Needs pdflatex with booktabs/longtable/multirow/siunitx/fancyhdr/titlesec/caption and Dutch babel
# (Debian: texlive-latex-base texlive-latex-extra texlive-science texlive-lang-european texlive-fonts-recommended
# lmodern), poppler-utils (pdftotext, pdfinfo) and a venv with pdfplumber and pyyaml at $AH_VENV or /tmp/ah-venv
# (created here if missing; never the project's .venv).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${AH_VENV:-/tmp/ah-venv}"

if ! command -v pdflatex >/dev/null || ! command -v pdftotext >/dev/null; then
  echo "installing TeX Live and poppler-utils" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    texlive-latex-base texlive-latex-extra texlive-science texlive-lang-european texlive-fonts-recommended lmodern \
    poppler-utils >/dev/null
fi
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q pdfplumber pyyaml
fi
PY="$VENV/bin/python"
export PYTHONDONTWRITEBYTECODE=1

cd "$HERE"
rm -rf "$SET/corpus" && mkdir -p "$SET/corpus"
"$PY" data.py >/dev/null                              # asserts that the figures tie together
"$PY" gen_jaarstukken_latex.py "$SET/corpus"          # Gemeente Korsendael, Jaarstukken 2039 (pdflatex)
"$PY" gen_begroting_html.py "$SET/corpus"             # Waterschap Vlietmonde, Begroting 2040 (HTML web page)
"$PY" gen_manifest.py "$SET/corpus"
"$PY" gen_cases.py "$SET"                             # cases.yaml + provenance.json (reads the finished documents back)
"$PY" check.py "$SET"
