"""Rebuild the set-t corpus and verify it: data checks, both generators, then check_cases.py.

Usage: /work/main/.venv/bin/python build_all.py
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for script in ("moerwijde_data.py", "zwanewaarde_data.py", "make_moerwijde.py", "make_zwanewaarde.py",
               "check_cases.py"):
    print(f"== {script}")
    r = subprocess.run([sys.executable, os.path.join(HERE, script)], cwd=HERE)
    if r.returncode != 0:
        sys.exit(f"{script} failed")
