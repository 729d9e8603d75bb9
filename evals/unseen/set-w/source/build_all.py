"""Regenerate both set-w documents (deterministic), then run the case checker."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for script in ("gen_hallerbroek.py", "gen_luttervenen.py", "check_cases.py"):
    subprocess.run([sys.executable, os.path.join(HERE, script)], check=True, cwd=HERE)
