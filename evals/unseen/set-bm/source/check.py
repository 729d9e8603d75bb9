"""Verify set-bm: cases.yaml format (FORMAT.md v1), every expected figure as printed in its document's
text layer (pdfplumber), derivations, text/refusal evidence, the FICTIEF markings, the manifest and the
corpus copies, and that the printed tables of the fictional PDFs add up.

Run with a Python that has pdfplumber and PyYAML, e.g.  /work/main/.venv/bin/python source/check.py
Exit code 0 and a last line 'N passed, 0 failed' when everything holds.
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
PROJECT_CORPUS = "/work/main/corpus"
NEW_PDFS = ["twenterand-programmabegroting-2026.pdf", "bnt-jaarstukken-2024.pdf"]

passed = 0
failed = 0


def ok(cond, msg):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL:", msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


PAGES = {}


def pages(fn):
    if fn not in PAGES:
        path = os.path.join(CORPUS, fn)
        if fn.endswith(".txt"):
            PAGES[fn] = [open(path, encoding="utf-8").read()]
        else:
            with pdfplumber.open(path) as pdf:
                PAGES[fn] = [p.extract_text() or "" for p in pdf.pages]
    return PAGES[fn]


def doc_text(fn):
    return norm("\n".join(pages(fn)))


NUM = re.compile(r"\(?-?\d{1,3}(?:\.\d{3})+(?:,\d+)?\)?|\(?-?\d+(?:,\d+)?\)?")


def parse_num(tok):
    neg = tok.startswith("(") or tok.startswith("-") or tok.startswith("(-")
    t = tok.strip("()").lstrip("-").replace(".", "").replace(",", ".")
    v = float(t)
    return -v if neg else v


def numbers(s):
    return [parse_num(t) for t in NUM.findall(s)]


# ------------------------------------------------------------------ 1. cases.yaml format
cases_path = os.path.join(SET, "cases.yaml")
data = yaml.safe_load(open(cases_path, encoding="utf-8"))
ok(isinstance(data, dict) and set(data) == {"version", "cases"}, "top level must be {version, cases}")
ok(data.get("version") == 1, "version must be 1")
CASE_KEYS = {"id", "question", "municipality", "kind", "expect", "turns"}
TURN_KEYS = {"question", "kind", "expect"}
EXP_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
KINDS = {"figure", "text", "refusal", "any"}
manifest = yaml.safe_load(open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8"))
MUNIS = {d["municipality"] for d in manifest["documents"]}

turns = []
ids = set()
for c in data["cases"]:
    ok(set(c) <= CASE_KEYS, f"{c.get('id')}: unknown keys {set(c) - CASE_KEYS}")
    ok(isinstance(c.get("id"), str) and c["id"] not in ids, f"duplicate or missing id {c.get('id')}")
    ids.add(c["id"])
    if c.get("municipality") is not None:
        ok(c["municipality"] in MUNIS, f"{c['id']}: municipality {c['municipality']} not in manifest")
    if "turns" in c:
        ok("question" not in c and "kind" not in c and "expect" not in c, f"{c['id']}: turns and question both present")
        ok(isinstance(c["turns"], list) and len(c["turns"]) >= 2, f"{c['id']}: turns must be a list of >= 2")
        tl = c["turns"]
    else:
        ok("question" in c and "kind" in c, f"{c['id']}: question/kind missing")
        tl = [c]
    for t in tl:
        if t is not c:
            ok(set(t) <= TURN_KEYS, f"{c['id']}: unknown turn keys {set(t) - TURN_KEYS}")
        ok(isinstance(t.get("question"), str) and t["question"].strip(), f"{c['id']}: empty question")
        ok(t.get("kind") in KINDS, f"{c['id']}: bad kind {t.get('kind')}")
        e = t.get("expect") or {}
        ok(set(e) <= EXP_KEYS, f"{c['id']}: unknown expect keys {set(e) - EXP_KEYS}")
        if t["kind"] == "figure":
            ok("value" in e or "accept" in e, f"{c['id']}: figure without value/accept")
            for kk in ("value", "tolerance"):
                if kk in e:
                    ok(isinstance(e[kk], (int, float)) and not isinstance(e[kk], bool), f"{c['id']}: {kk} not a number")
            for a in e.get("accept", []):
                ok(isinstance(a, (int, float)), f"{c['id']}: accept item not a number")
            if "unit" in e:
                ok(e["unit"] in ("EUR", "count", "percent", "grade"), f"{c['id']}: bad unit {e['unit']}")
        if t["kind"] == "text":
            ok(isinstance(e.get("include"), list) and e["include"], f"{c['id']}: text without include")
            for it in e.get("include", []):
                ok(isinstance(it, str) or (isinstance(it, list) and all(isinstance(s, str) for s in it)), f"{c['id']}: bad include item")
        if t["kind"] == "refusal":
            ok(not e.get("value") and not e.get("accept"), f"{c['id']}: refusal with a value")
        if "municipality" in e:
            ok(e["municipality"] in MUNIS, f"{c['id']}: expect municipality {e['municipality']} not in manifest")
        turns.append((c["id"], t))

kinds = {}
for _, t in turns:
    kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
print(f"cases {len(data['cases'])}, turns {len(turns)}, per kind {kinds}, "
      f"multi-turn cases {sum(1 for c in data['cases'] if 'turns' in c)}")

# ------------------------------------------------------------------ 2. expected figures as printed
src = json.load(open(os.path.join(HERE, "build", "case_sources.json"), encoding="utf-8"))
ok(len(src) == len(turns), f"case_sources ({len(src)}) and cases.yaml turns ({len(turns)}) differ")
for (cid, t), s in zip(turns, src):
    ok(cid == s["case"] and t["question"] == s["question"] and t["kind"] == s["kind"], f"{cid}: sources out of sync")
    e = t.get("expect") or {}
    if t["kind"] == "figure":
        tol = e.get("tolerance", 0) or 0
        wanted = ([e["value"]] if "value" in e else []) + list(e.get("accept", []))
        for cell in s["cells"]:
            txt = doc_text(cell["file"])
            ok(norm(cell["printed"]) in txt, f"{cid}: '{cell['printed']}' not in text of {cell['file']}")
        if s.get("op"):
            vals = [cell["value"] for cell in s["cells"][:2]] if s["op"] == "diff" else [cell["value"] for cell in s["cells"]]
            got = vals[0] - vals[1] if s["op"] == "diff" else sum(vals)
            ok(abs(abs(got) - abs(e["value"])) <= max(tol, 1e-9), f"{cid}: derivation {s['op']} gives {got}, expected {e['value']}")
            continue
        # every expected/accepted value must follow from a printed cell (x 1, x 1.000 or x 1 mln)
        for w in wanted:
            hit = False
            for cell in s["cells"]:
                for n in numbers(cell["printed"]):
                    for scale in (1, 1000, 1e6):
                        if abs(abs(n * scale) - abs(w)) <= max(tol, 1e-6 * max(1, abs(w))):
                            hit = True
            ok(hit, f"{cid}: value {w} does not follow from the printed cells {[c['printed'] for c in s['cells']]}")
    elif t["kind"] == "text":
        for ts in s["text_src"]:
            ok(norm(ts["text"]).lower() in doc_text(ts["file"]).lower(), f"{cid}: text '{ts['text']}' not in {ts['file']}")
        files = {ts["file"] for ts in s["text_src"]}
        body = " ".join(doc_text(f).lower() for f in files)
        for it in e["include"]:
            alts = it if isinstance(it, list) else [it]
            ok(any(a.lower() in body for a in alts), f"{cid}: none of {alts} occurs in {files}")
    elif t["kind"] == "refusal":
        for fn, a in s.get("absent", []):
            fns = [d["file"] for d in manifest["documents"]] if fn == "*" else [fn]
            for f in fns:
                ok(a.lower() not in doc_text(f).lower(), f"{cid}: '{a}' unexpectedly occurs in {f}")

# ------------------------------------------------------------------ 3. FICTIEF marking, producers
for fn in NEW_PDFS:
    pt = pages(fn)
    ok(pt[0].count("FICTIEF DOCUMENT") >= 2, f"{fn}: page 1 needs the FICTIEF box and footer")
    for i, t in enumerate(pt, 1):
        ok("FICTIEF DOCUMENT" in t, f"{fn}: page {i} lacks the FICTIEF footer")
    with pdfplumber.open(os.path.join(CORPUS, fn)) as pdf:
        prod = pdf.metadata.get("Producer", "")
    ok(any(p in prod for p in ("Apache FOP", "LibreOffice")), f"{fn}: unexpected producer {prod}")
    print(f"{fn}: {len(pt)} pages, producer {prod}")
    try:
        out = subprocess.run(["pdftotext", "-layout", os.path.join(CORPUS, fn), "-"], capture_output=True, text=True).stdout
        ok("FICTIEF DOCUMENT" in out, f"{fn}: pdftotext sees no text")
    except FileNotFoundError:
        pass

# ------------------------------------------------------------------ 4. manifest and byte-identical copies
docs = manifest["documents"]
ok(len(docs) == 6, "manifest must have 6 entries")
for d in docs:
    ok(set(d) >= {"id", "file", "municipality", "title", "year", "type", "source"}, f"manifest entry {d.get('id')} lacks fields")
    ok(os.path.exists(os.path.join(CORPUS, d["file"])), f"manifest file {d['file']} missing")
if os.path.exists(os.path.join(PROJECT_CORPUS, "manifest.yaml")):
    orig = yaml.safe_load(open(os.path.join(PROJECT_CORPUS, "manifest.yaml"), encoding="utf-8"))["documents"]
    ok(docs[:len(orig)] == orig, "the four original manifest entries must be unchanged")
    for d in orig:
        a = hashlib.sha256(open(os.path.join(PROJECT_CORPUS, d["file"]), "rb").read()).hexdigest()
        b = hashlib.sha256(open(os.path.join(CORPUS, d["file"]), "rb").read()).hexdigest()
        ok(a == b, f"{d['file']} is not a byte-identical copy")
ok(sorted(f for f in os.listdir(CORPUS) if f != "manifest.yaml") == sorted(d["file"] for d in docs), "corpus/ holds exactly the manifest files")

# ------------------------------------------------------------------ 5. printed tables add up (text layer)


def block_sums(fn, start, end, label):
    """Rows between a line matching `start` and a line matching `end`: the last n numbers of every row
    line sum to the n numbers of the end line (n = numbers on the end line)."""
    checked = 0
    for pno, t in enumerate(pages(fn), 1):
        lines = t.split("\n")
        i = 0
        while i < len(lines):
            if re.fullmatch(start, lines[i].strip()):
                j = i + 1
                rows = []
                while j < len(lines) and not re.match(end, lines[j].strip()):
                    rows.append(lines[j])
                    j += 1
                if j < len(lines):
                    tot = numbers(re.sub(end, "", lines[j].strip()))
                    n = len(tot)
                    sums = [0.0] * n
                    for r in rows:
                        nums = numbers(re.sub(r"^\d+\.\d+ ", "", r.strip()))
                        if len(nums) >= n:
                            for k, v in enumerate(nums[-n:]):
                                sums[k] += v
                    okk = all(abs(a - b) < 0.5 for a, b in zip(sums, tot))
                    ok(okk, f"{fn} p.{pno} {label}: rows sum {sums} != total {tot}")
                    checked += 1
                i = j
            i += 1
    return checked


n = 0
n += block_sums(NEW_PDFS[0], r"Lasten", r"Totaal lasten", "programme lasten")
n += block_sums(NEW_PDFS[0], r"Baten", r"Totaal baten", "programme baten")
n += block_sums(NEW_PDFS[0], r"Lasten per doelenboom", r"Totaal programmalasten", "doelenboom lasten")
n += block_sums(NEW_PDFS[0], r"Baten per doelenboom", r"Totaal programmabaten", "doelenboom baten")
n += block_sums(NEW_PDFS[0], r"Heffing Raming 2026 \(in euro's\)", r"Totaal", "opbrengst heffingen")
n += block_sums(NEW_PDFS[1], r"Lasten", r"Totaal lasten", "BNT lasten")
n += block_sums(NEW_PDFS[1], r"Baten", r"Totaal baten", "BNT baten")
n += block_sums(NEW_PDFS[1], r"Risico Kans Maximaal effect Gewogen bedrag", r"Benodigde weerstandscapaciteit", "BNT risico's")
print(f"table blocks summed from the text layer: {n}")
ok(n >= 14, f"expected at least 14 summed table blocks, found {n}")

# the generators assert the remaining sums (programme/overview/reserves/balance/bijdragen); re-run their models
sys.path.insert(0, HERE)
import data_bnt  # noqa: E402
import data_twenterand  # noqa: E402
m = data_twenterand.model()
ok(data_twenterand.consistent(m), "Twenterand model not consistent")
b = data_bnt.model()
ok(sum(b["terug"]) == b["resultaat"], "BNT terugbetaling does not add up to the resultaat")
ok(sum(b["sleutel_bp"]) == 10000, "BNT verdeelsleutel does not add up to 100,00%")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
