#!/usr/bin/env bash
# Rebuild set-bi: the two fictional PDFs, the corpus copy + manifest, cases.yaml, then run check.py.
# Needs a Python with weasyprint, fpdf2, pdfplumber and pyyaml (default: /tmp/bi-venv, created if missing).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
PY="${PY:-/tmp/bi-venv/bin/python}"
if [ ! -x "$PY" ]; then
  python3 -m venv /tmp/bi-venv
  /tmp/bi-venv/bin/pip install -q "weasyprint==70.0" "fpdf2==2.8.9" "pdfplumber==0.11.11" "pyyaml==6.0.4"
  PY=/tmp/bi-venv/bin/python
fi
ORIG="${ORIG_CORPUS:-/work/main/corpus}"
mkdir -p "$SET/corpus" "$HERE/build"
for f in collectie-overijssel-jaarstukken-2023.pdf dinkelland-begroting-2020-inclusieve-samenleving.txt \
         twenterand-programmabegroting-2020-sociaal-domein.txt wassenaar-begroting-2024.pdf; do
  cp -p "$ORIG/$f" "$SET/corpus/$f"
done
cd "$HERE"
"$PY" make_manifest.py "$ORIG/manifest.yaml" "$SET/corpus/manifest.yaml"
"$PY" twenterand_pdf.py "$SET/corpus/twenterand-jaarstukken-2023.pdf" build/facts-a.json
"$PY" odvd_pdf.py "$SET/corpus/omgevingsdienst-vecht-en-dinkel-begroting-2025.pdf" build/facts-b.json
"$PY" gen_cases.py "$SET/corpus" build/facts-a.json build/facts-b.json "$SET/cases.yaml"
"$PY" - <<'PY' > build/provenance-tools.json
import json, weasyprint, fpdf, pdfplumber, yaml, sys
print(json.dumps({"python": sys.version.split()[0], "weasyprint": weasyprint.__version__,
                  "fpdf2": fpdf.__version__, "pdfplumber": pdfplumber.__version__, "pyyaml": yaml.__version__}))
PY
"$PY" check.py
"$PY" - "$SET" <<'PY'
import hashlib, json, sys, datetime
from pathlib import Path
set_ = Path(sys.argv[1]); src = set_ / "source"
tools = json.loads((src / "build/provenance-tools.json").read_text())
def sha(p): return hashlib.sha256(p.read_bytes()).hexdigest()
prov = {
  "set": "set-bi",
  "generated": datetime.date.today().isoformat(),
  "tools": tools,
  "documents": [
    {"file": "corpus/twenterand-jaarstukken-2023.pdf", "fictional": True, "pages": 17,
     "producer": f"WeasyPrint {tools['weasyprint']} (HTML/CSS -> PDF; pydyf; Pango/HarfBuzz text layout)",
     "fonts": "DejaVu Sans (Debian fonts-dejavu-core)", "generator": "source/twenterand_data.py + source/twenterand_pdf.py",
     "sha256": sha(set_ / "corpus/twenterand-jaarstukken-2023.pdf")},
    {"file": "corpus/omgevingsdienst-vecht-en-dinkel-begroting-2025.pdf", "fictional": True, "pages": 8,
     "producer": f"fpdf2 {tools['fpdf2']} (PDF Producer 'PyFPDF/fpdf{tools['fpdf2']}'; FPDF.table with multi-row headings)",
     "fonts": "DejaVu Sans Condensed (embedded TrueType subset)", "generator": "source/odvd_pdf.py",
     "sha256": sha(set_ / "corpus/omgevingsdienst-vecht-en-dinkel-begroting-2025.pdf")},
  ] + [{"file": f"corpus/{f}", "fictional": False, "copied_from": f"/work/main/corpus/{f}", "sha256": sha(set_ / "corpus" / f)}
       for f in ("collectie-overijssel-jaarstukken-2023.pdf", "dinkelland-begroting-2020-inclusieve-samenleving.txt",
                 "twenterand-programmabegroting-2020-sociaal-domein.txt", "wassenaar-begroting-2024.pdf")],
  "cases": {"file": "cases.yaml", "generator": "source/gen_cases.py", "checked_by": "source/check.py",
            "text_extraction": f"pdfplumber {tools['pdfplumber']}"},
}
(src / "provenance.json").write_text(json.dumps(prov, indent=2, ensure_ascii=False) + "\n")
print("wrote provenance.json")
PY
