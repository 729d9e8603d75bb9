"""Writes ../corpus/manifest.yaml: the four existing entries (file, municipality, year, type, title copied from
/work/main/corpus/manifest.yaml) and the two FICTIONAL documents of set-av.

usage: python gen_manifest.py CORPUSDIR SOURCE_CORPUS
"""
import os
import sys

import yaml

NEW = [
    dict(file="twenterand-jaarstukken-2023.pdf", municipality="Twenterand", year=2023, type="jaarstukken",
         title="Jaarstukken 2023"),
    dict(file="noaberkracht-begroting-2025.pdf", municipality="Noaberkracht Dinkelland Tubbergen", year=2025,
         type="begroting", title="Begroting 2025 en meerjarenraming 2026-2028"),
]


def main(corpus, src):
    with open(os.path.join(src, "manifest.yaml"), encoding="utf-8") as f:
        old = yaml.safe_load(f)["documents"]
    docs = [dict(file=d["file"], municipality=d["municipality"], year=d["year"], type=d["type"], title=d["title"])
            for d in old]
    docs += NEW
    lines = ["# set-av corpus: the four documents of /work/main/corpus (unchanged, byte for byte) and two FICTIONAL",
             "# documents whose figures are made up (both say so on their first page):",
             "# - twenterand-jaarstukken-2023.pdf: Gemeente Twenterand, Jaarstukken 2023 (a real municipality, fictional",
             "#   figures; Apache FOP PDF);",
             "# - noaberkracht-begroting-2025.pdf: Noaberkracht Dinkelland Tubbergen, Begroting 2025 (the werkorganisatie of",
             "#   Dinkelland and Tubbergen is real, its figures here are fictional; wkhtmltopdf PDF).",
             "documents:"]
    for d in docs:
        lines.append(f"- file: {d['file']}")
        for k in ("municipality", "year", "type", "title"):
            lines.append(f"  {k}: {d[k]}")
    with open(os.path.join(corpus, "manifest.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    assert yaml.safe_load(open(os.path.join(corpus, "manifest.yaml")))["documents"] == docs


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
