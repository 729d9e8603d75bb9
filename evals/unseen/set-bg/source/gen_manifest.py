"""Writes ../corpus/manifest.yaml: the real manifest's four entries unchanged plus the two FICTIONAL documents.
Usage: python gen_manifest.py CORPUSDIR SOURCE_CORPUS"""
import sys

out, src = sys.argv[1], sys.argv[2]
real = open(f"{src}/manifest.yaml", encoding="utf-8").read()
head, _, entries = real.partition("documents:\n")
new = """- id: dinkelland-jaarstukken-2020-inclusieve-samenleving
  file: dinkelland-jaarstukken-2020-inclusieve-samenleving.pdf
  municipality: Dinkelland
  title: Jaarstukken 2020, Ambitie Inclusieve samenleving
  year: 2020
  type: jaarstukken
  source: FICTIONAL test document (made-up figures), 12 pages printed by HTMLDOC
- id: wassenaar-jaarstukken-2023
  file: wassenaar-jaarstukken-2023.pdf
  municipality: Wassenaar
  title: Jaarstukken 2023
  year: 2023
  type: jaarstukken
  source: FICTIONAL test document (made-up figures), 11 pages drawn with PDFium
"""
comment = ("# set-bg corpus. The first four entries are the real documents of /work/main/corpus, copied byte for byte.\n"
           "# The two last entries (dinkelland-jaarstukken-2020-inclusieve-samenleving.pdf and\n"
           "# wassenaar-jaarstukken-2023.pdf) are FICTIONAL: their figures are made up for evaluation and say nothing\n"
           "# about the real accounts of Dinkelland or Wassenaar. Both say so on their first page.\n")
with open(f"{out}/manifest.yaml", "w", encoding="utf-8") as f:
    f.write(comment + head + "documents:\n" + entries.rstrip("\n") + "\n" + new)
print("wrote", f"{out}/manifest.yaml")
