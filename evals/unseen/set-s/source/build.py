"""Build the set-s corpus: both documents and manifest.yaml.

usage: python3 build.py            (needs chromium on PATH)
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")

MANIFEST = """documents:
- id: rodenvelde-programmabegroting-2027
  file: rodenvelde-programmabegroting-2027.pdf
  municipality: Rodenvelde
  title: Programmabegroting 2027 en meerjarenraming 2028-2030 gemeente Rodenvelde
  year: 2027
  type: begroting
  source: fictional evaluation document, written for held-out testing
- id: afvalschap-meerstromen-jaarstukken-2025
  file: afvalschap-meerstromen-jaarstukken-2025.txt
  municipality: Afvalschap Meerstromen
  title: Jaarstukken 2025 Afvalschap Meerstromen
  year: 2025
  type: jaarstukken
  source: fictional evaluation document, written for held-out testing
version: 1
"""

if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    for script in ("gen_rodenvelde.py", "gen_meerstromen.py"):
        subprocess.run([sys.executable, os.path.join(HERE, script), CORPUS], check=True, cwd=HERE)
    with open(os.path.join(CORPUS, "manifest.yaml"), "w", encoding="utf-8") as f:
        f.write(MANIFEST)
    print("manifest written")
