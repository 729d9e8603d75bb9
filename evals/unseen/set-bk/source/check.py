"""Checks set-bk: the PDFs' text layer holds every expected figure as printed, the tables add up
(recomputed from the extracted text, not from the generator), the fictional documents are marked
FICTIEF on every page, corpus/ matches the real corpus byte for byte, and cases.yaml follows
FORMAT.md version 1. Run with a Python that has pdfplumber (falls back to pdftotext) and PyYAML.
Exit code 0 when everything passes."""
import hashlib
import json
import os
import re
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
REAL_CORPUS = "/work/main/corpus"
FILE_A = "wassenaar-jaarstukken-2024.pdf"
FILE_B = "recreatieschap-duin-en-geest-begroting-2026.pdf"
FICTIONAL = {FILE_A: (15, 20), FILE_B: (8, 15)}

errors = []
notes = []


def err(msg):
    errors.append(msg)


try:
    import pdfplumber
    HAVE_PLUMBER = True
except ImportError:
    HAVE_PLUMBER = False

_cache = {}


def norm(s):
    return " ".join(s.split())


def pages_plumber(path):
    with pdfplumber.open(path) as pdf:
        return [norm(p.extract_text() or "") for p in pdf.pages]


def pages_pdftotext(path):
    out = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    pg = [norm(p) for p in out.split("\f")]
    if pg and not pg[-1]:
        pg = pg[:-1]
    return pg


def pages(fname, how="best"):
    key = (fname, how)
    if key not in _cache:
        path = os.path.join(CORPUS, fname)
        if fname.endswith(".txt"):
            _cache[key] = [norm(l) for l in open(path, encoding="utf-8")]
        elif how == "pdftotext" or not HAVE_PLUMBER:
            _cache[key] = pages_pdftotext(path)
        else:
            _cache[key] = pages_plumber(path)
    return _cache[key]


def raw_lines(fname):
    """lines of the text layer (pdfplumber when present) for table arithmetic."""
    path = os.path.join(CORPUS, fname)
    if HAVE_PLUMBER:
        with pdfplumber.open(path) as pdf:
            return [l for p in pdf.pages for l in (p.extract_text() or "").split("\n")]
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.split("\n")


def on_page(text, printed, context):
    if printed not in text:
        return False
    words = [w for c in context for w in c.split()]
    return all(w in text for w in words)


def find(fname, printed, context=(), how="best"):
    return [i + 1 for i, t in enumerate(pages(fname, how)) if on_page(t, printed, context)]


def pnum(s):
    s = s.strip()
    neg = s.startswith("-") or (s.startswith("(") and s.endswith(")"))
    v = int(s.strip("-()").replace(".", ""))
    return -v if neg else v


# ------------------------------------------------------------------ 1. corpus
def check_corpus():
    man = yaml.safe_load(open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8"))
    docs = man["documents"]
    if len(docs) != 6:
        err(f"manifest: expected 6 documents, found {len(docs)}")
    fields = ["id", "file", "municipality", "title", "year", "type", "source"]
    for d in docs:
        for f in fields:
            if f not in d:
                err(f"manifest: {d.get('id')} lacks {f}")
        if not os.path.exists(os.path.join(CORPUS, d["file"])):
            err(f"manifest: file missing {d['file']}")
    if os.path.isdir(REAL_CORPUS):
        real = yaml.safe_load(open(os.path.join(REAL_CORPUS, "manifest.yaml"), encoding="utf-8"))["documents"]
        for d in real:
            if d not in docs:
                err(f"manifest: real entry changed or missing: {d['id']}")
            a = hashlib.sha256(open(os.path.join(REAL_CORPUS, d["file"]), "rb").read()).hexdigest()
            b = hashlib.sha256(open(os.path.join(CORPUS, d["file"]), "rb").read()).hexdigest()
            if a != b:
                err(f"corpus: {d['file']} differs from {REAL_CORPUS}")
        notes.append(f"corpus: {len(real)} real documents byte-identical to {REAL_CORPUS}")
    else:
        notes.append(f"corpus: {REAL_CORPUS} not present, byte comparison skipped")


# ------------------------------------------------------------------ 2. fictional PDFs
def check_fictional():
    for fname, (lo, hi) in FICTIONAL.items():
        pg = pages(fname)
        if not (lo <= len(pg) <= hi):
            err(f"{fname}: {len(pg)} pages, expected {lo}-{hi}")
        for i, t in enumerate(pg):
            if "FICTIEF DOCUMENT" not in t:
                err(f"{fname} p.{i + 1}: no 'FICTIEF DOCUMENT' footer")
        if pg[0].count("FICTIEF DOCUMENT") < 2:
            err(f"{fname} p.1: the FICTIEF DOCUMENT box is missing")
        if len(" ".join(pg)) < 5000:
            err(f"{fname}: text layer looks empty")
        notes.append(f"{fname}: {len(pg)} pages, FICTIEF on every page")
    # every printed fact is in the text layer, on a page with its row label
    for fj in ("facts_a.json", "facts_b.json"):
        facts = json.load(open(os.path.join(HERE, "build", fj), encoding="utf-8"))
        n = 0
        for k, f in facts.items():
            if f["printed"] is None:
                continue
            fname = FILE_A if f["doc"].startswith("wassenaar") else FILE_B
            if not find(fname, f["printed"], f["context"]):
                err(f"{fj}: {k} printed '{f['printed']}' with context {f['context']} not found in {fname}")
            n += 1
        notes.append(f"{fj}: {n} printed figures found in the text layer")


# ------------------------------------------------------------------ 3. arithmetic from the extracted text
NUM = r"(-?\(?[\d.]+\)?)"


def check_sums():
    # doc B, Tabel 4.1: participants add up to Totaal, per year
    lines = raw_lines(FILE_B)
    rows = {}
    for l in lines:
        m = re.match(r"^(Provincie Zuid-Holland|Gemeente \w+|Totaal) ([\d,]+%) " + " ".join(["([\d.]+)"] * 6) + "$", l.strip())
        if m:
            rows[m.group(1)] = [pnum(x) for x in m.groups()[2:]]
    if len(rows) != 6:
        err(f"Tabel 4.1 rows parsed: {sorted(rows)}")
    else:
        for j in range(6):
            s = sum(v[j] for k, v in rows.items() if k != "Totaal")
            if s != rows["Totaal"][j]:
                err(f"Tabel 4.1 column {j}: {s} != {rows['Totaal'][j]}")
        notes.append("Tabel 4.1 (recreatieschap): contributions add up in all six years")
    # doc B, Tabel 2.x: Totaal lasten/baten = sum of lines (three tables)
    cur, block, ok = None, [], 0
    for l in lines:
        l = l.strip()
        if l in ("Lasten", "Baten"):
            cur, block = l, []
            continue
        m = re.match(r"^(.*?) ([\d.]+) ([\d.]+) ([\d.]+)$", l)
        if cur and m:
            if m.group(1) == f"Totaal {cur.lower()}":
                sums = [sum(b[j] for b in block) for j in range(3)]
                got = [pnum(m.group(j)) for j in (2, 3, 4)]
                if sums != got:
                    err(f"doc B {m.group(1)}: {sums} != {got}")
                ok += 1
                cur = None
            else:
                block.append([pnum(m.group(j)) for j in (2, 3, 4)])
    notes.append(f"doc B programme tables: {ok} totals recomputed")
    # doc B, Tabel 7.1: differences add up to the subtotal
    # doc A, Tabel 12.1: taakvelden add up to the subtotals and the total
    lines = raw_lines(FILE_A)
    group, subs, total = [], [], None
    checked = 0
    for l in lines:
        l = l.strip()
        m = re.match(r"^(\d+\.\d+[a-d]?) .*?([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)$", l)
        if m and not l.startswith("0.10") and not l.startswith("0.11"):
            group.append([pnum(m.group(j)) for j in (2, 3, 4, 5)])
            continue
        m = re.match(r"^Subtotaal .*? ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)$", l)
        if m:
            got = [pnum(m.group(j)) for j in (1, 2, 3, 4)]
            s = [sum(g[j] for g in group) for j in range(4)]
            if s != got:
                err(f"Tabel 12.1 {l[:50]}: {s} != {got}")
            subs.append(got)
            group = []
            checked += 1
            continue
        m = re.match(r"^Totaal taakvelden ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)$", l)
        if m:
            total = [pnum(m.group(j)) for j in (1, 2, 3, 4)]
    if checked != 7 or total is None:
        err(f"Tabel 12.1: parsed {checked} subtotals, total {total}")
    else:
        s = [sum(g[j] for g in subs) for j in range(4)]
        if s != total:
            err(f"Tabel 12.1 total {s} != {total}")
        notes.append("Tabel 12.1 (Wassenaar): 57 taakvelden add up to 7 subtotals and the total, over two pages")
    # doc A, Tabel 11.2 reserves: begin + bestemming + toevoeging + onttrekking = eind
    n = 0
    for l in lines:
        m = re.match(r"^((?:Algemene reserve|BR |Totaal).*?) ([\d.]+) ([\d.]+) ([\d.]+) (-?[\d.]+) ([\d.]+)$", l.strip())
        if m:
            v = [pnum(m.group(j)) for j in range(2, 7)]
            if v[0] + v[1] + v[2] + v[3] != v[4]:
                err(f"Tabel 11.2 {m.group(1)}: {v}")
            n += 1
    if n < 12:
        err(f"Tabel 11.2: only {n} rows parsed")
    notes.append(f"Tabel 11.2 (reserves): {n} rows add up")
    # doc A, Tabel 10.1: saldo = baten - lasten (both parts), verschil = saldo real - saldo begroting
    n = 0
    for l in lines:
        m = re.match(r"^(.*?) " + " ".join([NUM] * 7) + r"( [VN])?$", l.strip())
        if m and not m.group(1).startswith("Tabel"):
            v = [pnum(m.group(j)) for j in range(2, 9)]
            if v[0] + v[1] != v[2] or v[3] + v[4] != v[5] or v[5] - v[2] != v[6]:
                err(f"Tabel 10.1 {m.group(1)}: {v}")
            n += 1
    if n < 12:
        err(f"Tabel 10.1: only {n} rows parsed")
    notes.append(f"Tabel 10.1 (overview, negatives in parentheses): {n} rows add up")


# ------------------------------------------------------------------ 4. cases.yaml
KINDS = {"figure", "text", "refusal", "any"}
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
UNITS = {"EUR", "count", "percent", "grade"}


def check_turn(cid, t, where):
    for k in t:
        if k not in ("question", "kind", "expect"):
            err(f"{cid}{where}: unknown key {k}")
    if not isinstance(t.get("question"), str) or not t["question"].strip():
        err(f"{cid}{where}: no question")
    kind = t.get("kind")
    if kind not in KINDS:
        err(f"{cid}{where}: bad kind {kind}")
    e = t.get("expect") or {}
    for k in e:
        if k not in EXPECT_KEYS:
            err(f"{cid}{where}: unknown expect key {k}")
    if kind == "figure":
        if "value" not in e and "accept" not in e:
            err(f"{cid}{where}: figure without value/accept")
        for v in [e.get("value", 0)] + list(e.get("accept", [])):
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                err(f"{cid}{where}: non-numeric value {v!r}")
        if "unit" in e and e["unit"] not in UNITS:
            err(f"{cid}{where}: unit {e['unit']}")
    if kind == "text":
        inc = e.get("include")
        if not inc or not all(isinstance(i, str) or (isinstance(i, list) and all(isinstance(x, str) for x in i)) for i in inc):
            err(f"{cid}{where}: text turn needs include")
    if kind == "refusal" and ("value" in e or "include" in e):
        err(f"{cid}{where}: refusal with value/include")
    return kind


def check_cases():
    data = yaml.safe_load(open(os.path.join(ROOT, "cases.yaml"), encoding="utf-8"))
    if data.get("version") != 1 or not isinstance(data.get("cases"), list):
        err("cases.yaml: version 1 with a list 'cases' required")
        return
    for k in data:
        if k not in ("version", "cases"):
            err(f"cases.yaml: unknown top-level key {k}")
    srcmap = json.load(open(os.path.join(HERE, "build", "case_sources.json"), encoding="utf-8"))
    ids, kinds, nturns, multi = set(), {}, 0, 0
    for c in data["cases"]:
        cid = c.get("id")
        if not cid or cid in ids:
            err(f"case id missing or duplicate: {cid}")
        ids.add(cid)
        for k in c:
            if k not in ("id", "question", "municipality", "kind", "expect", "turns"):
                err(f"{cid}: unknown key {k}")
        if "turns" in c:
            if "question" in c or "kind" in c or "expect" in c:
                err(f"{cid}: both turns and question")
            turns = c["turns"]
            if len(turns) > 1:
                multi += 1
        else:
            turns = [{k: c[k] for k in ("question", "kind", "expect") if k in c}]
        for i, t in enumerate(turns):
            kind = check_turn(cid, t, f" turn {i + 1}")
            kinds[kind] = kinds.get(kind, 0) + 1
            nturns += 1
            # the expected figure is printed in the cited source(s)
            rec = srcmap.get(cid, [])[i] if cid in srcmap else None
            if rec is None:
                err(f"{cid}: no source record")
                continue
            e = t.get("expect") or {}
            for s in rec["sources"]:
                hits = find(s["file"], s["printed"], s["context"])
                if not hits and not s["file"].endswith(".txt") and s["file"] not in FICTIONAL:
                    hits = find(s["file"], s["printed"], s["context"], how="pdftotext")
                if not hits:
                    err(f"{cid} turn {i + 1}: '{s['printed']}' not found in {s['file']}")
                elif s["page"] not in hits and not s["file"].endswith(".txt"):
                    err(f"{cid} turn {i + 1}: '{s['printed']}' found on {hits}, comment says p.{s['page']}")
            if kind == "figure" and rec["sources"] and rec["sources"][0].get("key"):
                facts = {**json.load(open(os.path.join(HERE, "build", "facts_a.json"), encoding="utf-8")),
                         **json.load(open(os.path.join(HERE, "build", "facts_b.json"), encoding="utf-8"))}
                tol = e.get("tolerance", 0)
                allowed = [e["value"]] if "value" in e else []
                allowed += e.get("accept", [])
                for s in rec["sources"]:
                    if s.get("key") and s["key"] in facts:
                        fv = abs(facts[s["key"]]["value"])
                        if s.get("role") == "component":
                            continue  # a part of a difference, see the comment in cases.yaml
                        if not any(abs(abs(a) - fv) <= tol + 1e-9 for a in allowed):
                            err(f"{cid} turn {i + 1}: source {s['key']}={fv} not among expected {allowed} (tol {tol})")
    n = len(data["cases"])
    if not (40 <= n <= 50):
        err(f"cases: {n}, expected 40-50")
    if not (55 <= nturns <= 65):
        err(f"turns: {nturns}, expected 55-65")
    if multi < 5:
        err(f"multi-turn cases: {multi}, expected at least 5")
    notes.append(f"cases.yaml: {n} cases, {nturns} turns {kinds}, {multi} conversations")


def main():
    if not HAVE_PLUMBER:
        notes.append("pdfplumber not available: using pdftotext")
    check_corpus()
    check_fictional()
    check_sums()
    check_cases()
    for n in notes:
        print("ok   ", n)
    for e in errors:
        print("FAIL ", e)
    print(f"{len(notes)} passed, {len(errors)} failed")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
