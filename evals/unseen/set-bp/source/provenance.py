"""Writes provenance.json: producers, versions and hashes of the set-bp documents."""
import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(os.path.dirname(HERE), "corpus")


def sha(f):
    return hashlib.sha256(open(os.path.join(C, f), "rb").read()).hexdigest()


def pdfinfo(f, key):
    out = subprocess.run(["pdfinfo", os.path.join(C, f)], capture_output=True, text=True).stdout
    return next((l.split(":", 1)[1].strip() for l in out.splitlines() if l.startswith(key + ":")), None)


def deb(pkg):
    r = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True, text=True)
    return r.stdout.strip() or None


DK, ISD = "dinkelland-programmabegroting-2026.pdf", "isd-aamstreek-jaarstukken-2024.pdf"
prov = {
    "set": "set-bp",
    "documents": [
        {"file": DK, "fictional": True, "pages": int(pdfinfo(DK, "Pages")), "pdf_producer": pdfinfo(DK, "Producer"),
         "producer": "Prawn (Ruby PDF library) with prawn-table", "debian_packages": {
             "ruby-prawn": deb("ruby-prawn"), "ruby-prawn-table": deb("ruby-prawn-table"), "ruby3.1": deb("ruby3.1"),
             "fonts-liberation2": deb("fonts-liberation2")},
         "fonts": "Liberation Sans, embedded TrueType subsets",
         "sources": ["source/gen_dinkelland.py (data, totals, layout blocks)", "source/layout_dinkelland.rb (Prawn rendering)"],
         "sha256": sha(DK)},
        {"file": ISD, "fictional": True, "pages": int(pdfinfo(ISD, "Pages")), "pdf_producer": pdfinfo(ISD, "Producer"),
         "producer": "HTMLDOC (HTML to PDF, --webpage mode)", "debian_packages": {"htmldoc": deb("htmldoc")},
         "fonts": "HTMLDOC built-in Sans (Type 1, embedded)",
         "sources": ["source/gen_isd.py (data, totals, HTML)", "source/build.sh (htmldoc options)"],
         "sha256": sha(ISD)},
    ],
    "real_documents_copied_unchanged": {f: sha(f) for f in [
        "collectie-overijssel-jaarstukken-2023.pdf", "dinkelland-begroting-2020-inclusieve-samenleving.txt",
        "twenterand-programmabegroting-2020-sociaal-domein.txt", "wassenaar-begroting-2024.pdf"]},
    "verification": {"text_extraction": "pdfplumber (read-only use of /work/main/.venv) and pdftotext (poppler-utils %s)" % deb("poppler-utils"),
                     "script": "source/check.py"},
    "generator_python": "Python 3 standard library only (gen_*.py, common.py)",
    "note": "HTMLDOC embeds a creation date, so a rebuild gives the same text and figures but not the same bytes.",
}
json.dump(prov, open(os.path.join(HERE, "provenance.json"), "w"), indent=2)
print("provenance.json written")
