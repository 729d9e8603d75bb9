"""Generate both documents of set-u and write corpus/manifest.yaml.

Run: /work/main/.venv/bin/python source/build_all.py
Each generator checks its own figures (totals, saldi, reserve movements, balance) before printing.
"""
import os

import gen_ggd
import gen_kestervaal
from common import CORPUS, render

MANIFEST = """documents:
- id: kestervaal-jaarstukken-2025
  file: kestervaal-jaarstukken-2025.pdf
  municipality: Kestervaal
  title: Jaarstukken 2025 Gemeente Kestervaal (jaarverslag en jaarrekening)
  year: 2025
  type: jaarstukken
  source: fictional evaluation document, written for held-out testing
- id: ggd-geldermark-ontwerpbegroting-2027
  file: ggd-geldermark-ontwerpbegroting-2027.pdf
  municipality: GGD Geldermark
  title: Ontwerpbegroting 2027 en meerjarenraming 2028-2030 GGD Geldermark
  year: 2027
  type: begroting
  source: fictional evaluation document, written for held-out testing
version: 1
"""

if __name__ == "__main__":
    render(gen_kestervaal.build(), gen_kestervaal.PDF, gen_kestervaal.PAGES, footer_re=r"Pagina (\d+)")
    render(gen_ggd.build(), gen_ggd.PDF, gen_ggd.PAGES, footer_re=r"Ontwerpbegroting 2027\s+(\d+)")
    with open(os.path.join(CORPUS, "manifest.yaml"), "w", encoding="utf-8") as f:
        f.write(MANIFEST)
    print("wrote", os.path.join(CORPUS, "manifest.yaml"))
