"""Write ../corpus/manifest.yaml: the four existing entries copied, plus the two FICTIONAL documents."""
import os
import sys

import yaml

out_dir, src_corpus = sys.argv[1], sys.argv[2]
with open(os.path.join(src_corpus, "manifest.yaml"), encoding="utf-8") as f:
    src = yaml.safe_load(f)
docs = list(src["documents"])
docs.append(dict(id="collectie-overijssel-begroting-2026", file="collectie-overijssel-begroting-2026.pdf",
                 municipality="Collectie Overijssel", title="Begroting 2026 en meerjarenraming 2027-2029", year=2026,
                 type="begroting",
                 source="FICTIONAL: PDF drawn with Qt (12 pages, one landscape); figures made up for evaluation set set-be"))
docs.append(dict(id="ggd-twente-jaarstukken-2024", file="ggd-twente-jaarstukken-2024.pdf", municipality="GGD Twente",
                 title="Jaarstukken 2024", year=2024, type="jaarstukken",
                 source="FICTIONAL: PDF written with pdfme (11 pages); figures made up for evaluation set set-be"))
header = ("# set-be corpus. The first four entries are the real documents of /work/main/corpus (copied unchanged).\n"
          "# collectie-overijssel-begroting-2026.pdf and ggd-twente-jaarstukken-2024.pdf are FICTIONAL: every figure in\n"
          "# them is made up (they say so on their first page). They must never go into the product's corpus/.\n")
with open(os.path.join(out_dir, "manifest.yaml"), "w", encoding="utf-8") as f:
    f.write(header)
    yaml.safe_dump({"documents": docs}, f, allow_unicode=True, sort_keys=False, width=120)
print("manifest:", len(docs), "documents")
