"""Writes provenance.json: producers, versions and checksums of the two fictional PDFs."""
import hashlib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")


def dpkg(pkg):
    r = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True, text=True)
    return r.stdout.strip() or None


def pdfinfo(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, v in (l.split(":", 1) for l in out.splitlines() if ":" in l)
            if k.strip() in ("Producer", "Creator", "Pages", "Page size", "PDF version")}


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
import cairo  # noqa: E402
import doc_a_data  # noqa: E402

docs = {
    "wassenaar-jaarstukken-2024.pdf": {
        "document": "Gemeente Wassenaar, Jaarstukken 2024 (FICTIONAL)",
        "producer": "iText 5 (Java), rendered by source/RenderItext.java from build/doc_a.dsl",
        "packages": {"libitext5-java": dpkg("libitext5-java"), "openjdk-17-jdk-headless": dpkg("openjdk-17-jdk-headless")},
        "java": java,
        "fonts": "standard Type 1 Helvetica family, WinAnsi, not embedded",
        "data": f"source/doc_a_data.py, taakveld amounts drawn with random.Random(seed); seed used: {doc_a_data.final()[2]}",
    },
    "recreatieschap-duin-en-geest-begroting-2026.pdf": {
        "document": "Recreatieschap Duin en Geest, Begroting 2026 en meerjarenraming 2027-2029 (FICTIONAL)",
        "producer": "cairo PDF surface via pycairo, rendered by source/render_cairo.py from build/doc_b.dsl",
        "packages": {"python3-cairo": dpkg("python3-cairo"), "libcairo2": dpkg("libcairo2"),
                     "fonts-liberation": dpkg("fonts-liberation"), "fonts-dejavu-core": dpkg("fonts-dejavu-core")},
        "cairo": cairo.cairo_version_string(), "pycairo": cairo.version,
        "fonts": "Liberation Serif (body), DejaVu Sans Condensed (headings, tables), TrueType subsets embedded",
        "data": "source/doc_b_data.py (hand-written made-up figures, totals computed)",
    },
}
for f, d in docs.items():
    p = os.path.join(CORPUS, f)
    d["pdfinfo"] = pdfinfo(p)
    d["sha256"] = sha(p)
out = {"set": "set-bk", "python": sys.version.split()[0], "documents": docs,
       "checked_with": {"poppler-utils": dpkg("poppler-utils"),
                        "pdfplumber": "the project's .venv (read-only use)"},
       "note": "PDF bytes change on every build (creation dates, document IDs); text and figures do not."}
json.dump(out, open(os.path.join(HERE, "provenance.json"), "w"), indent=1, ensure_ascii=False)
print("provenance.json written")
