"""Write provenance.json: which producer made which PDF, with versions."""
import hashlib
import json
import os
import platform
import subprocess

import pdfplumber
import pymupdf
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(HERE), "corpus")


def sh(*cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout.strip()
    except Exception as e:  # noqa: BLE001
        return f"unavailable: {e}"


def dpkg(pkg):
    return sh("dpkg-query", "-W", "-f=${Version}", pkg)


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


docs = {}
for name in sorted(os.listdir(CORPUS)):
    p = os.path.join(CORPUS, name)
    if name.endswith(".pdf"):
        with pdfplumber.open(p) as pdf:
            md = dict(pdf.metadata)
            n = len(pdf.pages)
        docs[name] = dict(sha256=sha(p), pages=n, pdf_producer=md.get("Producer"), pdf_creator=md.get("Creator"))
    elif name != "manifest.yaml":
        docs[name] = dict(sha256=sha(p))

prov = {
    "set": "set-bl",
    "fictional_documents": {
        "dinkelland-jaarstukken-2022.pdf": {
            "producer": "LibreOffice Draw (soffice --headless --convert-to pdf) from an OpenDocument Drawing (.odg) written by source/gen_dinkelland.py + source/layout.py (OdgBackend)",
            "libreoffice": sh("soffice", "--version"),
            "debian_package_libreoffice-draw-nogui": dpkg("libreoffice-draw-nogui"),
            "fonts": "Liberation Sans / Liberation Sans Narrow (fonts-liberation " + dpkg("fonts-liberation") + ")",
        },
        "werkbedrijf-dinkel-regge-begroting-2025.pdf": {
            "producer": "MuPDF through PyMuPDF (page.insert_text / draw_line / draw_rect, fonts embedded and subset), written by source/gen_werkbedrijf.py + source/layout.py (MupdfBackend)",
            "pymupdf": pymupdf.VersionBind,
            "mupdf": pymupdf.VersionFitz,
            "fonts": "DejaVu Serif / DejaVu Sans Condensed (fonts-dejavu-core " + dpkg("fonts-dejavu-core") + ")",
        },
    },
    "text_measurement": "PyMuPDF Font.text_length with the same TTF files (line breaking and right alignment are computed by layout.py)",
    "reader_for_checks": f"pdfplumber {pdfplumber.__version__}",
    "yaml": f"PyYAML {yaml.__version__}",
    "python": platform.python_version(),
    "documents": docs,
}
with open(os.path.join(HERE, "provenance.json"), "w", encoding="utf-8") as f:
    json.dump(prov, f, ensure_ascii=False, indent=1)
print("provenance.json written")
