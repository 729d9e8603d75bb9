"""Verify set-bj. Run with a Python that has pdfplumber and PyYAML (/work/main/.venv/bin/python).
1. Every expected figure of cases.yaml appears, as printed, in the text that pdfplumber extracts from the
   cited page of the PDF (or in the text export of a .txt document).
2. Every registered fact of the two fictional documents (build/facts.json) is found in the PDF text.
3. The fictional PDFs say "FICTIEF DOCUMENT" in the box on page 1 and in the footer of every page.
4. Some totals add up in the extracted text (taakveld table, bijdragen per gemeente, balance sheet).
5. cases.yaml parses and follows FORMAT.md version 1; manifest.yaml lists the six documents;
   the four real documents are byte-identical to /work/main/corpus.
Exits non-zero on any failure."""
import filecmp
import json
import os
import re
import sys

import pdfplumber
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
CORPUS = os.path.join(SET, "corpus")
BUILD = os.path.join(HERE, "build")
FILE = {"A": "dinkelland-programmabegroting-2025.pdf", "B": "veiligheidsregio-kust-en-duin-jaarstukken-2024.pdf"}
errors = []
norm = lambda s: re.sub(r"\s+", " ", s or "")
_cache = {}


def text_pages(fname):
    if fname not in _cache:
        path = os.path.join(CORPUS, fname)
        if fname.endswith(".pdf"):
            with pdfplumber.open(path) as pdf:
                _cache[fname] = [norm(p.extract_text()) for p in pdf.pages]
        else:
            _cache[fname] = [norm(open(path, encoding="utf-8").read())]
    return _cache[fname]


def err(msg):
    errors.append(msg)
    print("FAIL", msg)


# 1. expected figures of the cases
sources = json.load(open(os.path.join(BUILD, "sources.json")))
for s in sources:
    pages = text_pages(s["file"])
    idx = [p - 1 for p in s["pages"]] if s["pages"] else range(len(pages))
    if not any(norm(s["quote"]) in pages[i] for i in idx):
        err(f"{s['case']} turn {s['turn']}: quote not on cited page of {s['file']}: {s['quote']!r}")
    if s.get("printed") and not any(s["printed"] in pages[i] for i in idx):
        err(f"{s['case']} turn {s['turn']}: printed figure {s['printed']!r} not found")
print(f"1. case sources checked: {len(sources)}")

# 2. all facts
facts = json.load(open(os.path.join(BUILD, "facts.json")))
for k, f in facts.items():
    if not any(norm(f["quote"]) in t for t in text_pages(FILE[f["doc"]])):
        err(f"fact {k}: {f['quote']!r} not in {FILE[f['doc']]}")
print(f"2. facts checked: {len(facts)}")

# 3. FICTIEF DOCUMENT marks
for doc, fname in FILE.items():
    with pdfplumber.open(os.path.join(CORPUS, fname)) as pdf:
        n = len(pdf.pages)
        for i, p in enumerate(pdf.pages):
            words = p.extract_words()
            low = [w for w in words if w["text"] == "FICTIEF" and w["top"] > p.height - 60]
            if not low:
                err(f"{fname} page {i + 1}: no FICTIEF DOCUMENT footer")
            if i == 0:
                rects = [r for r in p.rects if r["width"] > 300]
                box_words = [w for w in words if w["text"] == "FICTIEF" and any(r["top"] <= w["top"] <= r["bottom"] for r in rects)]
                if not box_words:
                    err(f"{fname}: no FICTIEF DOCUMENT box on page 1")
        producer = pdf.metadata.get("Producer", "")
        print(f"3. {fname}: {n} pages, producer {producer!r}")
    lo, hi = (15, 20) if doc == "A" else (8, 15)
    if not lo <= n <= hi:
        err(f"{fname}: {n} pages, expected {lo}-{hi}")

# 4. sums in the extracted text
def num(s):
    neg = s.startswith("(") or s.startswith("-")
    v = int(s.strip("()-").replace(".", ""))
    return -v if neg else v

alltext_a = " ".join(text_pages(FILE["A"]))
rows = re.findall(r"(?<![\d.])(\d\.\d{1,3}) [^\d]+? (-?[\d.]+) (-?[\d.]+) (-?[\d.]+)(?= \d\.\d{1,3} | Subtotaal| vervolg| FICTIEF)", alltext_a)
tv = {}
for code, l, b, s in rows:
    if num(b) - num(l) == num(s):
        tv[code] = (num(l), num(b))
m = re.search(r"Subtotaal taakvelden ([\d.]+) ([\d.]+) (-?[\d.]+)", alltext_a)
if not m or len(tv) < 50:
    err(f"taakveld table not parsed ({len(tv)} rows)")
else:
    if sum(v[0] for v in tv.values()) != num(m.group(1)) or sum(v[1] for v in tv.values()) != num(m.group(2)):
        err("taakveld table: columns do not add up to the subtotal")
    else:
        print(f"4. taakveld table: {len(tv)} rows add up to {m.group(1)} / {m.group(2)}")
alltext_b = " ".join(text_pages(FILE["B"]))
gem = ["Katwijk", "Noordwijk", "Teylingen", "Lisse", "Hillegom", "Oegstgeest", "Kaag en Braassem", "Leiderdorp"]
b24 = []
for g in gem:
    m = re.search(re.escape(g) + r" ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) [\d,]+%", alltext_b)
    if not m:
        err(f"bijdrage row {g} not found"); continue
    b24.append(num(m.group(2)))
    if num(m.group(2)) - num(m.group(3)) != num(m.group(4)):
        err(f"bijdrage {g}: verschil does not add up")
m = re.search(r"Totaal [\d.]+ ([\d.]+) [\d.]+ [\d.]+ [\d,]+%", alltext_b)
if not m or sum(b24) != num(m.group(1)):
    err("bijdragen do not add up to the total")
else:
    print(f"4. bijdragen per gemeente add up to {m.group(1)}")
ta = re.search(r"Totaal activa ([\d.]+) ([\d.]+)", alltext_b)
tp = re.search(r"Totaal passiva ([\d.]+) ([\d.]+)", alltext_b)
if not (ta and tp and ta.groups() == tp.groups()):
    err("balance sheet: activa != passiva")
else:
    print(f"4. balance sheet balances: {ta.group(1)} / {ta.group(2)}")

# 5. cases.yaml against FORMAT.md v1
data = yaml.safe_load(open(os.path.join(SET, "cases.yaml"), encoding="utf-8"))
assert data["version"] == 1
ids = set()
kinds = {"figure": 0, "text": 0, "refusal": 0, "any": 0}
nturns = 0
case_keys = {"id", "question", "municipality", "kind", "expect", "turns"}
turn_keys = {"question", "kind", "expect"}
exp_keys = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
manifest = yaml.safe_load(open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8"))
muns = {d["municipality"] for d in manifest["documents"]}
for c in data["cases"]:
    if c["id"] in ids:
        err(f"duplicate id {c['id']}")
    ids.add(c["id"])
    if set(c) - case_keys:
        err(f"{c['id']}: unknown keys {set(c) - case_keys}")
    if c.get("municipality") and c["municipality"] not in muns:
        err(f"{c['id']}: municipality {c['municipality']} not in manifest")
    turns = c["turns"] if "turns" in c else [{k: c[k] for k in ("question", "kind", "expect") if k in c}]
    if "turns" in c and "question" in c:
        err(f"{c['id']}: both question and turns")
    for t in turns:
        nturns += 1
        if set(t) - turn_keys:
            err(f"{c['id']}: unknown turn keys {set(t) - turn_keys}")
        k = t["kind"]
        kinds[k] += 1
        e = t.get("expect") or {}
        if set(e) - exp_keys:
            err(f"{c['id']}: unknown expect keys {set(e) - exp_keys}")
        if e.get("municipality") and e["municipality"] not in muns:
            err(f"{c['id']}: expect.municipality {e['municipality']} not in manifest")
        if k == "figure" and not ("value" in e or "accept" in e):
            err(f"{c['id']}: figure without value")
        if k == "figure" and not all(isinstance(v, (int, float)) for v in [e.get("value", 0)] + e.get("accept", [])):
            err(f"{c['id']}: non-numeric value")
        if k == "text" and not e.get("include"):
            err(f"{c['id']}: text without include")
        if k == "refusal" and e:
            err(f"{c['id']}: refusal with expect")
print(f"5. cases.yaml: {len(data['cases'])} cases, {nturns} turns, {kinds}")
ids_m = [d["id"] for d in manifest["documents"]]
if len(ids_m) != 6 or len(set(ids_m)) != 6:
    err("manifest does not list six documents")
for d in manifest["documents"]:
    if not os.path.exists(os.path.join(CORPUS, d["file"])):
        err(f"manifest file missing: {d['file']}")
    for fld in ("id", "file", "municipality", "title", "year", "type", "source"):
        if fld not in d:
            err(f"manifest {d['id']}: no {fld}")
for fname in os.listdir("/work/main/corpus"):
    if fname != "manifest.yaml" and not filecmp.cmp(os.path.join("/work/main/corpus", fname), os.path.join(CORPUS, fname), shallow=False):
        err(f"{fname} differs from /work/main/corpus")
orig = yaml.safe_load(open("/work/main/corpus/manifest.yaml"))["documents"]
for d in orig:
    if d not in manifest["documents"]:
        err(f"manifest entry {d['id']} changed")

print("OK" if not errors else f"{len(errors)} FAILURES")
sys.exit(1 if errors else 0)
