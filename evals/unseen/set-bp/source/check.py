"""Verifies set-bp: documents, manifest, printed figures and the case file.

Run with a Python that has pdfplumber and PyYAML (e.g. /work/main/.venv/bin/python, read-only use);
needs pdftotext and pdfinfo (poppler-utils). Exit code 0 = all checks passed.
"""
import hashlib
import json
import os
import re
import subprocess
import sys

import pdfplumber
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
CORPUS = os.path.join(SET, "corpus")
BUILD = os.path.join(HERE, "build")
ORIG = "/work/main/corpus"
REAL = ["collectie-overijssel-jaarstukken-2023.pdf", "dinkelland-begroting-2020-inclusieve-samenleving.txt",
        "twenterand-programmabegroting-2020-sociaal-domein.txt", "wassenaar-begroting-2024.pdf"]
NEW = {"dinkelland-programmabegroting-2026.pdf": (15, 20, "Prawn", "Dit document is verzonnen", 30000),
       "isd-aamstreek-jaarstukken-2024.pdf": (8, 15, "htmldoc", "Deze jaarstukken zijn verzonnen", 18000)}
FORBIDDEN = ["chromium", "chrome", "skia", "reportlab", "matplotlib", "scribus", "latex", "tex", "typst", "groff",
             "libreoffice", "openoffice", "weasyprint", "fpdf", "pdfkit", "pdf-lib", "itext", "cairo", "mupdf",
             "fop", "wkhtmltopdf", "pdfmake", "jspdf", "ghostscript"]

errors = []
passed = 0


def ok(cond, msg):
    global passed
    if cond:
        passed += 1
    else:
        errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s)


def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()


# --- 1. real documents copied byte for byte ---------------------------------------------------------
for f in REAL:
    p = os.path.join(CORPUS, f)
    ok(os.path.exists(p), "missing corpus file " + f)
    if os.path.exists(os.path.join(ORIG, f)) and os.path.exists(p):
        ok(sha(p) == sha(os.path.join(ORIG, f)), "not byte-identical: " + f)

# --- 2. manifest ----------------------------------------------------------------------------------
man = yaml.safe_load(open(os.path.join(CORPUS, "manifest.yaml")))
docs = man["documents"]
ok(len(docs) == 6, "manifest should have 6 entries")
if os.path.exists(os.path.join(ORIG, "manifest.yaml")):
    orig = yaml.safe_load(open(os.path.join(ORIG, "manifest.yaml")))["documents"]
    ok(docs[:4] == orig, "first four manifest entries differ from the original manifest")
for d in docs:
    for key in ("id", "file", "municipality", "title", "year", "type", "source"):
        ok(key in d, "manifest entry %s lacks %s" % (d.get("id"), key))
    ok(os.path.exists(os.path.join(CORPUS, d["file"])), "manifest file missing: " + d["file"])
MUNIS = {d["municipality"] for d in docs}

# --- 3. fictional PDFs ----------------------------------------------------------------------------
TEXT = {}      # file -> list of normalized page texts (pdfplumber)
PDFTOTEXT = {}
for f in sorted(set(list(NEW) + [x for x in REAL if x.endswith(".pdf")])):
    p = os.path.join(CORPUS, f)
    with pdfplumber.open(p) as pdf:
        TEXT[f] = [norm(pg.extract_text() or "") for pg in pdf.pages]
    PDFTOTEXT[f] = norm(subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout)
for f in REAL:
    if f.endswith(".txt"):
        TEXT[f] = [norm(open(os.path.join(CORPUS, f), encoding="utf-8").read())]
        PDFTOTEXT[f] = TEXT[f][0]

for f, (lo, hi, prod, boxtext, minchars) in NEW.items():
    pages = TEXT[f]
    ok(lo <= len(pages) <= hi, "%s: %d pages, expected %d-%d" % (f, len(pages), lo, hi))
    for i, t in enumerate(pages):
        ok("FICTIEF DOCUMENT" in t, "%s page %d lacks 'FICTIEF DOCUMENT'" % (f, i + 1))
    ok(pages[0].count("FICTIEF DOCUMENT") >= 2 and boxtext in pages[0], "%s: first page lacks the FICTIEF box" % f)
    info = subprocess.run(["pdfinfo", os.path.join(CORPUS, f)], capture_output=True, text=True).stdout
    producer = " ".join(l for l in info.splitlines() if l.startswith(("Producer", "Creator"))).lower()
    ok(prod.lower() in producer, "%s: producer is not %s: %s" % (f, prod, producer))
    ok(not any(re.search(r"\b" + re.escape(x) + r"\b", producer) for x in FORBIDDEN), "%s: forbidden producer %s" % (f, producer))
    ok(sum(len(t) for t in pages) > minchars, "%s: too little extractable text" % f)

# --- 4. every printed figure the cases rely on ----------------------------------------------------
checks = json.load(open(os.path.join(BUILD, "checks.json")))
for c in checks:
    f, printed, ctx, page = c["file"], c["printed"], c["ctx"], c["page"]
    pages = TEXT[f]
    if page:
        t = pages[page - 1]
        ok(printed in t, "%s p.%s: printed %r not in pdfplumber text" % (f, page, printed))
        ok(ctx is None or ctx in t, "%s p.%s: context %r not in pdfplumber text" % (f, page, ctx))
    else:
        ok(printed in pages[0], "%s: printed %r not in text" % (f, printed))
    for tok in re.findall(r"-?\(?\d[\d.]*(?:,\d+)?\)?%?", printed):
        ok(tok.strip("()%-") in PDFTOTEXT[f], "%s: token %r of %r not in pdftotext output" % (f, tok, printed))


# --- 5. expected values: printed (after scale) or derived -----------------------------------------
def grp(n):
    s = str(abs(int(n)))
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return ".".join(parts)


def dec(x, d):
    q = int(round(abs(x) * 10 ** d))
    w, fr = divmod(q, 10 ** d)
    return grp(w) + ("," + str(fr).rjust(d, "0") if d else "")


def forms(v):
    out = set()
    if float(v).is_integer():
        v = int(v)
        out.add(grp(v))
        if v % 1000 == 0:
            out.add(grp(v // 1000))
        if v % 100000 == 0:
            out.add(dec(v / 1e6, 1))
    else:
        for d in (1, 2, 4):
            if abs(round(v, d) - v) < 1e-9:
                out.add(dec(v, d))
    return out


def parse_nl(s):
    return float(s.replace(".", "").replace(",", "."))


values = json.load(open(os.path.join(BUILD, "values.json")))
src_by = {}
for c in checks:
    src_by.setdefault(c["file"], []).append(c["printed"])
for v in values:
    cands = [v["value"]] + list(v["accept"])
    if v["derived"]:
        m = re.findall(r"([\d.,]+) - ([\d.,]+) = ([\d.,]+)", v["note"] or "")
        ok(bool(m), "%s turn %d: derived value without a derivation note" % (v["id"], v["turn"]))
        for a, b, r in m:
            ok(abs(parse_nl(a) - parse_nl(b) - parse_nl(r)) < 1e-6, "%s: wrong arithmetic %s - %s = %s" % (v["id"], a, b, r))
            ok(any(abs(parse_nl(r) - x) < 1e-6 or abs(parse_nl(r) * 1000 - x) < 1e-6 for x in cands),
               "%s: derivation result %s is not among the expected values" % (v["id"], r))
        continue
    for x in cands:
        fs = forms(x)
        found = any(any(fm in norm(p) for p in src_by.get(f, [])) for f in v["files"] for fm in fs)
        ok(found, "%s turn %d: expected %s not printed (forms %s) in its sources" % (v["id"], v["turn"], x, sorted(fs)))

# --- 6. cases.yaml against FORMAT.md ---------------------------------------------------------------
doc = yaml.safe_load(open(os.path.join(SET, "cases.yaml"), encoding="utf-8"))
ok(doc.get("version") == 1, "version must be 1")
ok(set(doc) == {"version", "cases"}, "top-level keys must be version and cases")
cases = doc["cases"]
ids = [c["id"] for c in cases]
ok(len(ids) == len(set(ids)), "duplicate ids")
EXP = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
kinds = {}
nturns = 0
for c in cases:
    if "turns" in c:
        ok(set(c) <= {"id", "municipality", "turns"}, "%s: unexpected keys %s" % (c["id"], set(c)))
        turns = c["turns"]
        ok(2 <= len(turns) <= 3, "%s: conversation of %d turns" % (c["id"], len(turns)))
    else:
        ok(set(c) <= {"id", "question", "municipality", "kind", "expect"}, "%s: unexpected keys %s" % (c["id"], set(c)))
        turns = [c]
    if "municipality" in c:
        ok(c["municipality"] in MUNIS, "%s: UI municipality %r not in the manifest" % (c["id"], c["municipality"]))
    for t in turns:
        nturns += 1
        k = t.get("kind")
        ok(k in ("figure", "text", "refusal", "any"), "%s: bad kind %r" % (c["id"], k))
        kinds[k] = kinds.get(k, 0) + 1
        ok(isinstance(t.get("question"), str) and t["question"].strip(), "%s: empty question" % c["id"])
        e = t.get("expect") or {}
        ok(set(e) <= EXP, "%s: unknown expect keys %s" % (c["id"], set(e) - EXP))
        if "municipality" in e:
            ok(e["municipality"] in MUNIS, "%s: expect municipality %r not in manifest" % (c["id"], e["municipality"]))
        if k == "figure":
            ok("value" in e or "accept" in e, "%s: figure without value/accept" % c["id"])
            ok(all(isinstance(x, (int, float)) for x in [e.get("value", 0)] + e.get("accept", [])), "%s: non-numeric value" % c["id"])
            ok("municipality" in e, "%s: figure without expected municipality" % c["id"])
            ok(isinstance(e.get("tolerance", 0), (int, float)), "%s: tolerance is not a number: %r" % (c["id"], e.get("tolerance")))
        if k == "text":
            inc = e.get("include", [])
            ok(inc and all(isinstance(x, str) or (isinstance(x, list) and all(isinstance(y, str) for y in x)) for x in inc),
               "%s: bad include" % c["id"])
        if k == "refusal":
            ok("value" not in e and "accept" not in e, "%s: refusal with a value" % c["id"])
ok(40 <= len(cases) <= 50, "cases: %d (40-50)" % len(cases))
ok(55 <= nturns <= 65, "turns: %d (55-65)" % nturns)
ok(sum(1 for c in cases if "turns" in c) >= 5, "fewer than 5 conversations")

# text turns: every include alternative group must be satisfiable by the document text
for c in cases:
    for t in c.get("turns", [c]):
        if t.get("kind") != "text":
            continue
        e = t["expect"]
        files = [d["file"] for d in docs if d["municipality"] == e["municipality"]]
        alltext = " ".join(" ".join(TEXT.get(f, [])) for f in files).lower()
        for item in e["include"]:
            alts = item if isinstance(item, list) else [item]
            ok(any(a.lower() in alltext for a in alts), "%s: include %r not found in %s" % (c["id"], alts, files))

print("check.py: %d checks passed, %d failed; %d cases, %d turns, kinds %s" % (passed, len(errors), len(cases), nturns, kinds))
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
