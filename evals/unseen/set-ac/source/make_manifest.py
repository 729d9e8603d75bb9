"""Writes corpus/manifest.yaml for the two fictional documents."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "fictional evaluation document, written for held-out testing"
DOCS = [
    {"id": "vennebrugge-programmabegroting-2028", "file": "vennebrugge-programmabegroting-2028.pdf",
     "municipality": "Vennebrugge", "title": "Programmabegroting 2028 (meerjarenraming 2029-2031)", "year": 2028,
     "type": "begroting", "source": SRC},
    {"id": "veiligheidsregio-wessenland-kadernota-2029", "file": "veiligheidsregio-wessenland-kadernota-2029.html",
     "municipality": "Veiligheidsregio Wessenland",
     "title": "Kadernota 2029 (uitgangspunten begroting 2030 en meerjarenraming 2031-2033)", "year": 2030,
     "type": "kadernota", "source": SRC},
]

if __name__ == "__main__":
    with open(os.path.join(HERE, "..", "corpus", "manifest.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump({"documents": DOCS, "version": 1}, fh, allow_unicode=True, sort_keys=False, width=200)
    print("wrote manifest.yaml")
