"""Write ../corpus/manifest.yaml: the original manifest text unchanged, plus two entries for the
fictional documents."""
import sys
from pathlib import Path

orig = Path(sys.argv[1]).read_text(encoding="utf-8")
extra = """- id: twenterand-jaarstukken-2023
  file: twenterand-jaarstukken-2023.pdf
  municipality: Twenterand
  title: Jaarstukken 2023
  year: 2023
  type: jaarstukken
  source: FICTIONAL test document for evaluation set set-bi (17 pages, WeasyPrint); every figure is made up
- id: odvd-begroting-2025
  file: omgevingsdienst-vecht-en-dinkel-begroting-2025.pdf
  municipality: Omgevingsdienst Vecht en Dinkel
  title: Programmabegroting 2025
  year: 2025
  type: begroting
  source: FICTIONAL test document for evaluation set set-bi (8 pages, fpdf2); the body and every figure are made up
"""
if not orig.endswith("\n"):
    orig += "\n"
Path(sys.argv[2]).write_text(orig + extra, encoding="utf-8")
print("wrote", sys.argv[2])
