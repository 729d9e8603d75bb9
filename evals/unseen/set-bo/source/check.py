"""Checks set-bo: the PDFs, the figures, the sums, the corpus copy and cases.yaml.

usage: python check.py            (needs pdfplumber and PyYAML)

1. every fact written by the generators (build/*.facts.json) occurs, as printed,
   in the pdfplumber text of its page(s);
2. every table row: its trailing figures occur, in order, on one text line of
   the page it was drawn on (so extraction keeps columns apart and in order);
3. every recorded total equals the sum of its printed parts;
4. every expected value in cases.yaml comes from a printed figure (or a stated
   derivation of printed figures) that occurs in the document named;
5. "FICTIEF DOCUMENT" is in a box on page 1 and in the footer of every page;
6. cases.yaml parses and follows FORMAT.md version 1; counts per kind;
7. corpus/: the four original documents are byte-identical to /work/main/corpus,
   their manifest entries unchanged, and the two new entries complete.
"""
import hashlib
import json
import os
import re
import sys

import pdfplumber
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
CORPUS = os.path.join(SET, "corpus")
ORIG = "/work/main/corpus"
ERR = []


def err(msg):
    ERR.append(msg)
    print("FAIL:", msg)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u2212", "-")).strip()


_TEXT = {}


def pages_text(fn):
    if fn not in _TEXT:
        path = os.path.join(CORPUS, fn)
        if fn.endswith(".pdf"):
            with pdfplumber.open(path) as pdf:
                _TEXT[fn] = [p.extract_text() or "" for p in pdf.pages]
        else:
            _TEXT[fn] = [open(path, encoding="utf-8").read()]
    return _TEXT[fn]


def found(fn, printed, pages):
    txt = pages_text(fn)
    cand = range(1, len(txt) + 1) if not pages or not fn.endswith(".pdf") else pages
    for p in cand:
        if norm(printed) in norm(txt[p - 1]):
            return True
    return False


def dnum(s):
    """Dutch printed number -> float: '1.234' 1234, '(1.234)' -1234, '-1.234,5' -1234.5, '12%' 12."""
    s = s.strip().replace("€", "").replace("%", "").strip()
    neg = s.startswith("(") and s.endswith(")") or s.startswith("-")
    s = s.strip("()").lstrip("-")
    v = float(s.replace(".", "").replace(",", "."))
    return -v if neg else v


NUMCELL = re.compile(r"^(\(?-?[\d.]+(,\d+)?%?\)?( \(\d{4}\))?|[VN]|-|n\.v\.t\.\*?)$")

# ------------------------------------------------------------------ 1-3: facts, rows, sums
nfacts = nrows = nsums = 0
for fjson in ["wassenaar2025.facts.json", "ggd2026.facts.json"]:
    d = json.load(open(os.path.join(HERE, "build", fjson), encoding="utf-8"))
    fn = d["document"]
    txt = pages_text(fn)
    if len(txt) != d["pages"]:
        err("%s: %d pages, generator says %d" % (fn, len(txt), d["pages"]))
    for k, f in d["facts"].items():
        nfacts += 1
        if not found(fn, f["printed"], f["pages"]):
            err("%s: fact %s printed %r not on page(s) %s" % (fn, k, f["printed"], f["pages"]))
    for t in d["tables"]:
        for r in t["rows"]:
            cells = [c for c in r["cells"][1:]]
            trail = []
            for c in reversed(cells):
                if c is None or c == "":
                    break
                if NUMCELL.match(str(c)):
                    trail.insert(0, str(c))
                else:
                    break
            if not trail:
                continue
            nrows += 1
            seq = " ".join(trail)
            lines = [norm(ln) for ln in txt[r["page"] - 1].split("\n")]
            if not any(seq in ln for ln in lines):
                err("%s p.%d table %r row %r: %r not on one line" % (fn, r["page"], t["caption"], r["cells"][0], seq))
    for s in d["sums"]:
        nsums += 1
        tot = sum(dnum(p) for p in s["parts"])
        if abs(tot - dnum(s["total"])) > (0.005 if s.get("decimal") else 0.5):
            err("%s: sum %s: parts %s add up to %s, total printed %s" % (fn, s["what"], s["parts"], tot, s["total"]))
    # 5. fictitious marking
    if txt[0].count("FICTIEF DOCUMENT") < 2:
        err("%s: page 1 lacks the FICTIEF DOCUMENT box + footer" % fn)
    for i, t in enumerate(txt, start=1):
        if "FICTIEF DOCUMENT" not in t.split("\n")[-1] and "FICTIEF DOCUMENT" not in "".join(t.split("\n")[-2:]):
            err("%s p.%d: no FICTIEF DOCUMENT footer line" % (fn, i))
    print("%s: %d pages, producer %s" % (fn, len(txt), pdfplumber.open(os.path.join(CORPUS, fn)).metadata.get("Producer")))
print("facts checked: %d, table rows checked: %d, sums checked: %d" % (nfacts, nrows, nsums))

# ------------------------------------------------------------------ 6: cases.yaml vs FORMAT.md
cases_doc = yaml.safe_load(open(os.path.join(SET, "cases.yaml"), encoding="utf-8"))
manifest = yaml.safe_load(open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8"))
munis = {d["municipality"] for d in manifest["documents"]}
if cases_doc.get("version") != 1 or set(cases_doc) != {"version", "cases"}:
    err("cases.yaml: top level must be version: 1 and cases")
KINDS = {"figure", "text", "refusal", "any"}
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
UNITS = {"EUR", "count", "percent", "grade"}
ids = set()
stats = {k: 0 for k in KINDS}
multi = 0
cf = json.load(open(os.path.join(HERE, "build", "case_facts.json"), encoding="utf-8"))


def check_turn(cid, t, with_mun_allowed):
    allowed = {"question", "kind", "expect"} | ({"municipality", "id"} if with_mun_allowed else set())
    extra = set(t) - allowed
    if extra:
        err("%s: unexpected keys %s" % (cid, extra))
    if not isinstance(t.get("question"), str) or not t["question"].strip():
        err("%s: question missing" % cid)
    k = t.get("kind")
    if k not in KINDS:
        err("%s: bad kind %r" % (cid, k))
        return
    stats[k] += 1
    e = t.get("expect") or {}
    if set(e) - EXPECT_KEYS:
        err("%s: bad expect keys %s" % (cid, set(e) - EXPECT_KEYS))
    if k == "figure":
        if "value" not in e and "accept" not in e:
            err("%s: figure without value/accept" % cid)
        for v in [e.get("value")] + list(e.get("accept", [])):
            if v is not None and not isinstance(v, (int, float)):
                err("%s: non-numeric value %r" % (cid, v))
        if e.get("unit") not in UNITS:
            err("%s: unit %r" % (cid, e.get("unit")))
    if k == "text" and not e.get("include"):
        err("%s: text without include" % cid)
    if k == "refusal" and e:
        err("%s: refusal with expect" % cid)
    if "municipality" in e and e["municipality"] not in munis:
        err("%s: expect.municipality %r not in manifest" % (cid, e["municipality"]))


for c in cases_doc["cases"]:
    cid = c.get("id")
    if not cid or cid in ids:
        err("duplicate or missing id %r" % cid)
    ids.add(cid)
    if "municipality" in c and c["municipality"] not in munis:
        err("%s: municipality %r not in manifest" % (cid, c["municipality"]))
    if "turns" in c:
        if set(c) - {"id", "municipality", "turns"}:
            err("%s: extra keys %s" % (cid, set(c) - {"id", "municipality", "turns"}))
        if len(c["turns"]) > 1:
            multi += 1
        for t in c["turns"]:
            check_turn(cid, t, False)
    else:
        check_turn(cid, c, True)
nturns = sum(stats.values())
print("cases.yaml: %d cases, %d turns, %s, %d multi-turn cases" % (len(cases_doc["cases"]), nturns, stats, multi))
if not (40 <= len(cases_doc["cases"]) <= 50 and 55 <= nturns <= 65 and multi >= 5):
    err("cases/turns out of range")

# ------------------------------------------------------------------ 4: expected values come from printed figures
facts = cf["facts"]
for c in cases_doc["cases"]:
    turns = c["turns"] if "turns" in c else [c]
    meta = cf["cases"][c["id"]]
    for t, m in zip(turns, meta):
        if t["kind"] != "figure":
            continue
        e = t["expect"]
        exp_vals = [e.get("value")] + list(e.get("accept", []))
        fvals = []
        for k in m["facts"]:
            f = facts[k]
            if not found(f["file"], f["printed"], f.get("pages")):
                err("%s: source figure %r not found in %s p.%s" % (c["id"], f["printed"], f["file"], f.get("pages")))
            if isinstance(f["value"], (int, float)):
                fvals.append(abs(f["value"]))
        tol = e.get("tolerance", 0) + 1e-9
        # a turn is either a direct read-out (value equals a source figure) or a derivation of them
        if fvals and not any(abs(abs(exp_vals[0]) - v) <= tol for v in fvals):
            # derived: check 'a - b' or 'a + b' of the source figures
            ok = False
            if len(fvals) == 2:
                for cand in (fvals[0] - fvals[1], fvals[1] - fvals[0], fvals[0] + fvals[1]):
                    if abs(abs(exp_vals[0]) - abs(cand)) <= tol:
                        ok = True
            if not ok:
                err("%s: expected %s is not a source figure nor a difference/sum of them (%s)" % (c["id"], exp_vals[0], fvals))

# every expected number (value and accept) that is a direct read-out must occur in a printed form
# somewhere in the corpus (after the scale: 41.662.000 may be printed as 41.662 or 41,7)
alltext = " ".join(norm(" ".join(pages_text(fn))) for fn in os.listdir(CORPUS) if fn.endswith((".pdf", ".txt")))


def printed_forms(v):
    forms = set()
    if float(v).is_integer():
        n = int(abs(v))
        forms.add("{:,}".format(n).replace(",", "."))
        if n % 1000 == 0:
            forms.add("{:,}".format(n // 1000).replace(",", "."))
        if n % 100000 == 0:
            forms.add(("%.1f" % (n / 1e6)).replace(".", ","))
    else:
        for nd in (1, 2, 4):
            s = ("{:,.%df}" % nd).format(abs(v)).replace(",", "X").replace(".", ",").replace("X", ".")
            forms.add(s)
    return forms


nder = 0
for c in cases_doc["cases"]:
    turns = c["turns"] if "turns" in c else [c]
    for t, m in zip(turns, cf["cases"][c["id"]]):
        if t["kind"] != "figure":
            continue
        e = t["expect"]
        fvals = [abs(facts[k]["value"]) for k in m["facts"] if isinstance(facts[k]["value"], (int, float))]
        for v in [e.get("value")] + list(e.get("accept", [])):
            direct = any(abs(abs(v) - fv) <= e.get("tolerance", 0) + 1e-9 for fv in fvals) or not fvals
            if not direct:
                nder += 1
                continue
            if not any(f in alltext for f in printed_forms(v)):
                err("%s: expected %s has no printed form in the corpus" % (c["id"], v))
print("expected values traced to printed figures (%d derived values checked arithmetically)" % nder)

# text turns: every include item (or one of its alternatives) occurs in the expected body's documents;
# refusal turns: spot checks that the documents really lack the asked figure
by_mun = {}
for d in manifest["documents"]:
    by_mun.setdefault(d["municipality"], []).append(d["file"])
for c in cases_doc["cases"]:
    for t in (c["turns"] if "turns" in c else [c]):
        if t["kind"] != "text":
            continue
        body = norm(" ".join(" ".join(pages_text(fn)) for fn in by_mun[t["expect"]["municipality"]])).lower()
        for item in t["expect"]["include"]:
            alts = item if isinstance(item, list) else [item]
            if not any(a.lower() in body for a in alts):
                err("%s: include %r not found in the %s documents" % (c["id"], alts, t["expect"]["municipality"]))
GGDF = "ggd-dinkel-vecht-programmabegroting-2026.pdf"
W25F = "wassenaar-begroting-2025.pdf"
ABSENT = [(GGDF, "Enschede"), (GGDF, "2030"), (GGDF, "bezoldiging"), (GGDF, "WNT"), (GGDF, "salaris"),
          (W25F, "2029"), (W25F, "paspoort kost"), (W25F, "leges paspoort")]
for fn, s_ in ABSENT:
    if s_.lower() in norm(" ".join(pages_text(fn))).lower():
        err("refusal premise broken: %r occurs in %s" % (s_, fn))
prod = {W25F: "jsPDF", GGDF: "Ghostscript"}
for fn, p in prod.items():
    with pdfplumber.open(os.path.join(CORPUS, fn)) as pdf:
        if p not in (pdf.metadata.get("Producer") or ""):
            err("%s: producer %r, expected %s" % (fn, pdf.metadata.get("Producer"), p))

# ------------------------------------------------------------------ 7: corpus copy and manifest
orig_manifest = yaml.safe_load(open(os.path.join(ORIG, "manifest.yaml"), encoding="utf-8"))
for d in orig_manifest["documents"]:
    a = open(os.path.join(ORIG, d["file"]), "rb").read()
    b = open(os.path.join(CORPUS, d["file"]), "rb").read()
    if hashlib.sha256(a).digest() != hashlib.sha256(b).digest():
        err("corpus copy differs: %s" % d["file"])
    if d not in manifest["documents"]:
        err("manifest entry changed: %s" % d["id"])
new = [d for d in manifest["documents"] if d not in orig_manifest["documents"]]
if len(new) != 2:
    err("manifest must add exactly two entries")
for d in new:
    for k in ["id", "file", "municipality", "title", "year", "type", "source"]:
        if k not in d:
            err("manifest entry %s lacks %s" % (d.get("id"), k))
    if not os.path.exists(os.path.join(CORPUS, d["file"])):
        err("missing file %s" % d["file"])
print("corpus: %d original documents identical, %d new entries" % (len(orig_manifest["documents"]), len(new)))

if ERR:
    print("%d problems" % len(ERR))
    sys.exit(1)
print("check.py: all checks passed")
