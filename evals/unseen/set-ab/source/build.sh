#!/usr/bin/env bash
# Rebuilds the set-ab corpus and cases.yaml, then runs check.py.
set -euo pipefail
cd "$(dirname "$0")"
VENV=${SETAB_VENV:-/tmp/setab-venv}
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q -r requirements.txt
fi
PY="$VENV/bin/python"
"$PY" gen_belvenmeer.py ../corpus/belvenmeer-jaarstukken-2029.pdf
"$PY" gen_hollestreek.py ../corpus/hollestreek-begroting-2031.pdf
"$PY" cases_spec.py ../cases.yaml
"$PY" check.py
