"""Write provenance.json: producers, versions and hashes of the two fictional PDFs."""
import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(os.path.dirname(HERE), "corpus")
NM = os.environ.get("BJ_NODE_MODULES", "/tmp/bj-node/node_modules")


def sha(f):
    return hashlib.sha256(open(os.path.join(C, f), "rb").read()).hexdigest()


def ver(pkg):
    return json.load(open(os.path.join(NM, pkg, "package.json")))["version"]


def pages(name):
    return json.load(open(os.path.join(HERE, "build", name)))["pages"]


node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
prov = {
    "set": "set-bj",
    "documents": [
        {"file": "dinkelland-programmabegroting-2025.pdf", "fictional": True, "pages": pages("layout_a.json"),
         "producer": f"PDFKit {ver('pdfkit')} (npm package 'pdfkit'), Node.js {node}", "pdf_producer_field": "PDFKit",
         "layout": "source/render.js, backend 'pdfkit' (own page and table layout; standard Helvetica fonts)",
         "data": "source/gen_doc_a.py (seeded random numbers; totals computed)", "sha256": sha("dinkelland-programmabegroting-2025.pdf")},
        {"file": "veiligheidsregio-kust-en-duin-jaarstukken-2024.pdf", "fictional": True, "pages": pages("layout_b.json"),
         "producer": f"pdf-lib {ver('pdf-lib')} (npm package 'pdf-lib'), Node.js {node}",
         "pdf_producer_field": "pdf-lib (https://github.com/Hopding/pdf-lib)",
         "layout": "source/render.js, backend 'pdflib' (same layout code; Times-Roman prose, Helvetica tables)",
         "data": "source/gen_doc_b.py (fixed numbers; totals computed)", "sha256": sha("veiligheidsregio-kust-en-duin-jaarstukken-2024.pdf")},
    ],
    "real_documents": "the four documents of /work/main/corpus, copied byte for byte (check.py compares them)",
    "text_check": "pdfplumber (from /work/main/.venv), extraction only",
    "rebuild": "source/build.sh; the PDFs are deterministic (fixed creation dates), so the hashes above reproduce",
}
json.dump(prov, open(os.path.join(HERE, "provenance.json"), "w"), indent=1)
print("provenance.json written")
