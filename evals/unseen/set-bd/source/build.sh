#!/usr/bin/env bash
# Regenerate set-bd: copy the four existing documents, draw the fictional Wassenaar Voorjaarsnota 2025 (SVG ->
# Inkscape) and the fictional VR Hollands Midden Jaarstukken 2024 (iText 5 via Java), write the manifest,
# ../cases.yaml and provenance.json, then run check.py.
# Needs: inkscape, libitext5-java + a JDK (javac), poppler-utils, fonts-liberation2, fonts-dejavu-core, and a venv
# with pdfplumber, pyyaml and fonttools at $BD_VENV or /tmp/bd-venv (created here if missing).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
VENV="${BD_VENV:-/tmp/bd-venv}"
SRC_CORPUS="${BD_SOURCE_CORPUS:-/work/main/corpus}"
BUILD="$(mktemp -d /tmp/bd-build.XXXXXX)"
trap 'rm -rf "$BUILD"' EXIT

for t in inkscape javac java pdftotext; do command -v $t >/dev/null || { echo "$t is required" >&2; exit 1; }; done
[ -f /usr/share/java/itext5.jar ] || { echo "libitext5-java is required" >&2; exit 1; }
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q pdfplumber pyyaml fonttools
fi
PY="$VENV/bin/python"
export PYTHONDONTWRITEBYTECODE=1

cd "$HERE"
rm -rf "$SET/corpus" && mkdir -p "$SET/corpus"
for f in twenterand-programmabegroting-2020-sociaal-domein.txt dinkelland-begroting-2020-inclusieve-samenleving.txt \
         wassenaar-begroting-2024.pdf collectie-overijssel-jaarstukken-2023.pdf; do
  cp "$SRC_CORPUS/$f" "$SET/corpus/$f"
done
"$PY" data.py >/dev/null                                  # asserts that the figures add up
"$PY" gen_wassenaar.py "$SET/corpus" "$BUILD"             # Voorjaarsnota 2025 (SVG -> Inkscape)
"$PY" gen_vr.py "$SET/corpus" "$BUILD"                    # Jaarstukken 2024 (iText 5)
"$PY" gen_manifest.py "$SET/corpus" "$SRC_CORPUS"
"$PY" gen_cases.py "$SET" "$BUILD"                        # cases.yaml + provenance.json
"$PY" check.py "$SET" "$SRC_CORPUS"
