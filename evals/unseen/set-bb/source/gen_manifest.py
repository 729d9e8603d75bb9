"""Write ../corpus/manifest.yaml: the four real documents as in /work/main/corpus/manifest.yaml
(file, municipality, year, type, title) plus the two FICTIONAL documents of set-bb."""
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.environ.get("BB_SOURCE_CORPUS", "/work/main/corpus")
OUT = os.path.join(os.path.dirname(HERE), "corpus", "manifest.yaml")

real = yaml.safe_load(open(os.path.join(SRC, "manifest.yaml"), encoding="utf-8"))["documents"]
docs = []
for d in real:
    docs.append({k: d[k] for k in ("id", "file", "municipality", "year", "type", "title")})
docs.append({"id": "dinkelland-programmabegroting-2026", "file": "dinkelland-programmabegroting-2026.pdf", "municipality": "Dinkelland", "year": 2026,
             "type": "begroting", "title": "Programmabegroting 2026 en meerjarenraming 2027-2029"})
docs.append({"id": "stadsbank-oost-nederland-jaarstukken-2025", "file": "stadsbank-oost-nederland-jaarstukken-2025.pdf", "municipality": "Stadsbank Oost Nederland",
             "year": 2025, "type": "jaarstukken", "title": "Jaarstukken 2025"})

head = """# set-bb corpus: the four real documents of /work/main/corpus (byte-identical copies) and two
# FICTIONAL documents whose figures are made up and which say so on their first page:
# - dinkelland-programmabegroting-2026.pdf: a made-up Programmabegroting 2026 of the real
#   municipality of Dinkelland (LuaLaTeX);
# - stadsbank-oost-nederland-jaarstukken-2025.pdf: made-up Jaarstukken 2025 of the real
#   gemeenschappelijke regeling Stadsbank Oost Nederland (borb); its member list and all its
#   figures are invented.
# Neither may be used as a source about Dinkelland or the Stadsbank.
"""
with open(OUT, "w", encoding="utf-8") as f:
    f.write(head)
    yaml.safe_dump({"documents": docs}, f, allow_unicode=True, sort_keys=False)
print(OUT)
