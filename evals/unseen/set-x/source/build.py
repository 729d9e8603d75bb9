"""Builds both fictional documents of set-x into ../corpus (needs chromium for the PDF)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_beekstervelde  # noqa: E402
import gen_isd  # noqa: E402

CORPUS = os.path.join(HERE, "..", "corpus")
TMP = "/tmp/setx-build"

if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    print(gen_beekstervelde.main(CORPUS))
    htm, pdf = gen_isd.main(TMP)
    target = os.path.join(CORPUS, os.path.basename(pdf))
    with open(pdf, "rb") as src, open(target, "wb") as dst:
        dst.write(src.read())
    print(target)
