"""Verify set-bn: the data add up, the PDFs carry the FICTIEF marks and the printed figures, every expected
value is printed in the cited document as stated, refusal topics are absent, and cases.yaml follows
FORMAT.md version 1. Exit code 1 on any failure.
Usage: python check.py      (needs pdfplumber and PyYAML)
"""
import collections
import hashlib
import os
import sys

import yaml

import cases_spec as C
import data_rbl  # noqa: F401  (asserts on import)
import data_twenterand  # noqa: F401
from doctext import locate, pages, parse_nl, CORPUS

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "..")
MAIN_CORPUS = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", "corpus"))  # /work/main/corpus
ERR = []


def fail(msg):
    ERR.append(msg)
    print("FAIL:", msg)


def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()


# ------------------------------------------------------------------ corpus and manifest
man = yaml.safe_load(open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8"))
docs = man["documents"]
if len(docs) != 6:
    fail(f"manifest has {len(docs)} entries, expected 6")
FIELDS = {"id", "file", "municipality", "title", "year", "type", "source"}
for d in docs:
    if not FIELDS <= set(d):
        fail(f"manifest entry {d.get('id')} lacks {FIELDS - set(d)}")
    if not os.path.exists(os.path.join(CORPUS, d["file"])):
        fail(f"missing corpus file {d['file']}")
if os.path.exists(os.path.join(MAIN_CORPUS, "manifest.yaml")):
    orig = yaml.safe_load(open(os.path.join(MAIN_CORPUS, "manifest.yaml"), encoding="utf-8"))["documents"]
    if docs[:len(orig)] != orig:
        fail("the original manifest entries are not copied unchanged")
    for d in orig:
        if sha(os.path.join(CORPUS, d["file"])) != sha(os.path.join(MAIN_CORPUS, d["file"])):
            fail(f"{d['file']} differs from {MAIN_CORPUS}")
    print(f"corpus: {len(orig)} original documents identical to {MAIN_CORPUS}")
munis = {d["municipality"] for d in docs}

# ------------------------------------------------------------------ the two fictional PDFs
import pdfplumber  # noqa: E402

for key, lo, hi, creator in [("TW25", 15, 20, "wkhtmltopdf"), ("RBL26", 8, 15, "pdfmake")]:
    f = C.DOCS[key]
    pg = pages(f)
    if not lo <= len(pg) <= hi:
        fail(f"{f}: {len(pg)} pages, expected {lo}-{hi}")
    for i, t in enumerate(pg, 1):
        if "FICTIEF DOCUMENT" not in t.splitlines()[-1] and "FICTIEF DOCUMENT" not in "\n".join(t.splitlines()[-2:]):
            fail(f"{f} p.{i}: no FICTIEF DOCUMENT footer line")
        if "OVERFLOW-ERROR" in t:
            fail(f"{f} p.{i}: layout overflow")
    if "Dit document is verzonnen" not in pg[0] or pg[0].count("FICTIEF DOCUMENT") < 2:
        fail(f"{f}: no FICTIEF DOCUMENT box on page 1")
    with pdfplumber.open(os.path.join(CORPUS, f)) as pdf:
        meta = pdf.metadata
    if creator not in (meta.get("Creator", "") + meta.get("Producer", "")):
        fail(f"{f}: creator/producer {meta} is not {creator}")
    print(f"{f}: {len(pg)} pages, footer on every page, producer {meta.get('Creator')} / {meta.get('Producer')}")

# ------------------------------------------------------------------ every source of every turn
DOC_MUNI = {"TW25": "Twenterand", "TW20": "Twenterand", "RBL26": C.RBL, "WA24": "Wassenaar",
            "CO23": "Collectie Overijssel", "DK20": "Dinkelland"}
nsrc = 0
for c in C.CASES:
    for j, t in enumerate(c["turns"], 1):
        tag = f"{c['id']} turn {j}"
        for s in t.get("src", []):
            nsrc += 1
            f = C.DOCS[s["doc"]]
            hits = locate(f, s["line"], s["printed"])
            if not hits:
                fail(f"{tag}: '{s['printed']}' with {s['line']} not found in {f}")
                continue
            if t["kind"] == "figure" and s["printed"] and not t.get("derived"):
                got = parse_nl(s["printed"]) * s["scale"]
                ok = [t["value"]] + list(t["accept"])
                if not any(abs(abs(got) - abs(v)) <= (t.get("tol") or 0) + 1e-9 for v in ok):  # signed: false
                    fail(f"{tag}: printed {s['printed']} x {s['scale']} = {got} not in {ok}")
        if t["kind"] == "refusal":
            for a in t["absent"]:
                dk, word = a.split(":", 1)
                txt = "\n".join(pages(C.DOCS[dk])).lower()
                if word.lower() in txt:
                    fail(f"{tag}: refusal topic '{word}' occurs in {C.DOCS[dk]}")
print(f"sources: {nsrc} located and consistent with the expected values")

# ------------------------------------------------------------------ cases.yaml against FORMAT.md version 1
y = yaml.safe_load(open(os.path.join(SET, "cases.yaml"), encoding="utf-8"))
if set(y) != {"version", "cases"} or y["version"] != 1:
    fail("cases.yaml top level must be {version: 1, cases: [...]}")
CASE_KEYS = {"id", "question", "municipality", "kind", "expect", "turns"}
TURN_KEYS = {"question", "kind", "expect"}
EXP_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
KINDS = {"figure", "text", "refusal", "any"}
UNITS = {"EUR", "count", "percent", "grade"}
ids = set()
count = collections.Counter()
ncases = 0
spec = {c["id"]: c for c in C.CASES}


def check_turn(t, tag, keys):
    if not set(t) <= keys:
        fail(f"{tag}: unknown keys {set(t) - keys}")
    if not isinstance(t.get("question"), str) or not t["question"].strip():
        fail(f"{tag}: question missing")
    k = t.get("kind")
    if k not in KINDS:
        fail(f"{tag}: kind {k}")
    e = t.get("expect") or {}
    if not set(e) <= EXP_KEYS:
        fail(f"{tag}: unknown expect keys {set(e) - EXP_KEYS}")
    if k == "figure":
        vals = ([e["value"]] if "value" in e else []) + list(e.get("accept", []))
        if not vals or not all(isinstance(v, (int, float)) for v in vals):
            fail(f"{tag}: figure needs numeric value/accept")
    if k == "text":
        inc = e.get("include")
        if not inc or not all(isinstance(i, str) or (isinstance(i, list) and all(isinstance(x, str) for x in i))
                              for i in inc):
            fail(f"{tag}: text needs include")
    if k == "refusal" and e:
        fail(f"{tag}: refusal has an expect")
    if "unit" in e and e["unit"] not in UNITS:
        fail(f"{tag}: unit {e['unit']}")
    if "municipality" in e and e["municipality"] not in munis:
        fail(f"{tag}: expect municipality {e['municipality']} not in manifest")
    count[k] += 1
    return e


for c in y["cases"]:
    ncases += 1
    tag = c.get("id")
    if tag in ids:
        fail(f"duplicate id {tag}")
    ids.add(tag)
    if not set(c) <= CASE_KEYS:
        fail(f"{tag}: unknown keys {set(c) - CASE_KEYS}")
    if "municipality" in c and c["municipality"] not in munis:
        fail(f"{tag}: municipality {c['municipality']} not in manifest")
    if "turns" in c:
        if {"question", "kind", "expect"} & set(c):
            fail(f"{tag}: both turns and a question")
        ys = [check_turn(t, f"{tag}/{i}", TURN_KEYS) for i, t in enumerate(c["turns"], 1)]
        st = spec[tag]["turns"]
    else:
        ys = [check_turn(c, tag, CASE_KEYS)]
        st = spec[tag]["turns"]
    for e, s in zip(ys, st):   # the YAML holds what the spec says
        if s["kind"] == "figure" and e.get("value") != s["value"]:
            fail(f"{tag}: YAML value {e.get('value')} != spec {s['value']} (rerun make_cases.py)")

nturns = sum(count.values())
conv = sum(1 for c in y["cases"] if "turns" in c)
print(f"cases.yaml: {ncases} cases, {nturns} turns ({dict(count)}), {conv} conversations")
if not 40 <= ncases <= 50 or not 55 <= nturns <= 65 or conv < 5:
    fail("case/turn counts outside the brief")

print("\nRESULT:", "OK" if not ERR else f"{len(ERR)} failure(s)")
sys.exit(1 if ERR else 0)
