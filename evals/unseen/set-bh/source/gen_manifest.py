"""Writes ../corpus/manifest.yaml: the four entries of /work/main/corpus/manifest.yaml unchanged plus the
two fictional documents of set-bh (file, municipality, year, type, title)."""
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.environ.get("BH_SOURCE_CORPUS", "/work/main/corpus")
with open(os.path.join(SRC, "manifest.yaml"), encoding="utf-8") as f:
    real = yaml.safe_load(f)["documents"]
new = [
    dict(id="dinkelland-programmabegroting-2025", file="dinkelland-programmabegroting-2025.pdf",
         municipality="Dinkelland", title="Programmabegroting 2025", year=2025, type="begroting",
         source="FICTIONAL: made-up figures (set-bh); PDF of 19 pages drawn with matplotlib"),
    dict(id="bsgr-jaarstukken-2024", file="bsgr-jaarstukken-2024.pdf",
         municipality="Belastingsamenwerking Gouwe-Rijnland", title="Jaarstukken 2024", year=2024,
         type="jaarstukken",
         source="FICTIONAL: made-up figures (set-bh); PDF laid out in Scribus 1.5 (gemeenschappelijke regeling)"),
]
head = ("# set-bh corpus. The first four documents are the real documents of /work/main/corpus, copied byte for\n"
        "# byte. The last two are FICTIONAL: dinkelland-programmabegroting-2025.pdf and bsgr-jaarstukken-2024.pdf\n"
        "# were generated for this evaluation set; all their figures are made up (each says so on its first page).\n")
with open(os.path.join(HERE, "..", "corpus", "manifest.yaml"), "w", encoding="utf-8") as f:
    f.write(head)
    yaml.safe_dump({"documents": real + new}, f, allow_unicode=True, sort_keys=False, width=110)
print("manifest written")
