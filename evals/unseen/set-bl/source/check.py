"""Checks for set-bl. Run with a Python that has pdfplumber and PyYAML
(/tmp/bl-venv/bin/python, or /work/main/.venv/bin/python for pdfplumber-only parts).

1. cases.yaml parses and follows shared/evals/FORMAT.md version 1.
2. Every expected figure is printed in its document: the printed text is found with pdfplumber on
   the page named in the comments, and parsing it (with the table's scale) gives the expected value
   or one of the accepted values; derived figures are recomputed from their printed parts.
3. Text turns: every include group has at least one alternative in the cited document's text.
4. Refusal turns: spot checks that the asked figure is indeed absent.
5. The fictional PDFs: 'FICTIEF DOCUMENT' on every page (and twice on page 1: box + footer),
   producers, text layer present, tables add up (totals recomputed from the extracted text).
6. corpus/: the four real documents byte-identical to the main corpus; manifest.yaml keeps their
   four entries unchanged and adds the two new ones with the same fields.
Prints 'N passed, N failed' and exits non-zero on any failure.
"""
import hashlib
import json
import os
import re
import sys

import pdfplumber

try:
    import yaml
except ImportError:  # the project venv may lack PyYAML
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
CORPUS = os.path.join(SET, "corpus")
MAIN_CORPUS = os.environ.get("MAIN_CORPUS", "/work/main/corpus")
DK = "dinkelland-jaarstukken-2022"
WB = "werkbedrijf-dinkel-regge-begroting-2025"
REAL = ["collectie-overijssel-jaarstukken-2023.pdf", "dinkelland-begroting-2020-inclusieve-samenleving.txt",
        "twenterand-programmabegroting-2020-sociaal-domein.txt", "wassenaar-begroting-2024.pdf"]
DOC_OF_MUNI = {"Dinkelland": [DK + ".pdf", "dinkelland-begroting-2020-inclusieve-samenleving.txt"],
               "Werkbedrijf Dinkel-Regge": [WB + ".pdf"],
               "Twenterand": ["twenterand-programmabegroting-2020-sociaal-domein.txt"],
               "Wassenaar": ["wassenaar-begroting-2024.pdf"],
               "Collectie Overijssel": ["collectie-overijssel-jaarstukken-2023.pdf"]}

results = []


def ok(name, cond, detail=""):
    results.append((name, bool(cond), detail))
    if not cond:
        print("FAIL", name, detail)


_pages = {}


def pages(fname):
    if fname not in _pages:
        p = os.path.join(CORPUS, fname)
        if fname.endswith(".pdf"):
            with pdfplumber.open(p) as pdf:
                _pages[fname] = [pg.extract_text() or "" for pg in pdf.pages]
        else:
            _pages[fname] = [open(p, encoding="utf-8").read()]
    return _pages[fname]


def alltext(fname):
    return "\n".join(pages(fname))


NUM = re.compile(r"\(?-?\d{1,3}(?:\.\d{3})*(?:,\d+)?\)?|\(?-?\d+(?:,\d+)?\)?")


def parse_nl(s):
    """'€ 1.234.567' -> 1234567; '(1.234)' -> -1234; '0,0987%' -> 0.0987; '€ 38,4 miljoen' -> 38.4"""
    s = s.replace("€", "").replace("%", "").replace("miljoen", "").strip()
    s = s.split()[0] if s.split() else s
    neg = s.startswith("(") or s.startswith("-")
    s = s.strip("()-")
    v = float(s.replace(".", "").replace(",", "."))
    return -v if neg else v


def close(a, b, tol=1e-6):
    return abs(abs(a) - abs(b)) <= tol + 1e-9


# ----------------------------------------------------------------------------- 1. format
cases_path = os.path.join(SET, "cases.yaml")
if yaml is not None:
    data = yaml.safe_load(open(cases_path, encoding="utf-8"))
else:
    data = None
    print("PyYAML missing: format checks skipped")
KINDS = {"figure", "text", "refusal", "any"}
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
UNITS = {"EUR", "count", "percent", "grade"}
turn_list = []  # (case id, turn index, turn dict, case municipality)
if data is not None:
    ok("yaml: version 1", data.get("version") == 1)
    ok("yaml: only keys version/cases", set(data) == {"version", "cases"}, str(set(data)))
    cases = data.get("cases") or []
    ids = [c.get("id") for c in cases]
    ok("yaml: ids unique", len(ids) == len(set(ids)))
    for c in cases:
        cid = c.get("id")
        allowed = {"id", "question", "municipality", "kind", "expect", "turns"}
        ok(f"{cid}: keys", set(c) <= allowed, str(set(c) - allowed))
        if "municipality" in c:
            ok(f"{cid}: municipality is a name", isinstance(c["municipality"], str) and c["municipality"] in DOC_OF_MUNI)
        if "turns" in c:
            ok(f"{cid}: conversation has no top-level question", "question" not in c and "kind" not in c)
            ok(f"{cid}: 2+ turns", isinstance(c["turns"], list) and len(c["turns"]) >= 2)
            ts = c["turns"]
        else:
            ts = [{k: c[k] for k in ("question", "kind", "expect") if k in c}]
        for i, t in enumerate(ts):
            ok(f"{cid}/{i}: turn keys", set(t) <= {"question", "kind", "expect"}, str(set(t)))
            ok(f"{cid}/{i}: question", isinstance(t.get("question"), str) and len(t["question"]) > 5)
            ok(f"{cid}/{i}: kind", t.get("kind") in KINDS, str(t.get("kind")))
            e = t.get("expect") or {}
            ok(f"{cid}/{i}: expect keys", set(e) <= EXPECT_KEYS, str(set(e) - EXPECT_KEYS))
            if t.get("kind") == "figure":
                ok(f"{cid}/{i}: figure has value/accept", "value" in e or "accept" in e)
                ok(f"{cid}/{i}: figure numbers", all(isinstance(v, (int, float)) for v in [e.get("value", 0)] + e.get("accept", [])))
                ok(f"{cid}/{i}: unit", e.get("unit") in UNITS, str(e.get("unit")))
                ok(f"{cid}/{i}: expected municipality", e.get("municipality") in DOC_OF_MUNI)
            if t.get("kind") == "text":
                inc = e.get("include")
                ok(f"{cid}/{i}: include list", isinstance(inc, list) and inc and all(
                    isinstance(x, str) or (isinstance(x, list) and all(isinstance(y, str) for y in x)) for x in inc))
            if t.get("kind") == "refusal":
                ok(f"{cid}/{i}: refusal without value", "value" not in e and "accept" not in e)
            turn_list.append((cid, i, t, c.get("municipality")))
    n_turns = len(turn_list)
    kinds = {}
    for _, _, t, _ in turn_list:
        kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
    ok("counts: 40-50 cases", 40 <= len(cases) <= 50, str(len(cases)))
    ok("counts: 55-65 turns", 55 <= n_turns <= 65, str(n_turns))
    ok("counts: >=5 conversations of 2-3 turns", sum(1 for c in cases if "turns" in c and 2 <= len(c["turns"]) <= 3) >= 5)
    ok("counts: some cases without municipality", sum(1 for c in cases if "municipality" not in c) >= 5)
    print("cases", len(cases), "turns", n_turns, kinds)

# ----------------------------------------------------------------------------- 2. figures as printed
records = json.load(open(os.path.join(HERE, "cases-check.json"), encoding="utf-8"))
rec_by = {(r["id"], i): t for r in records for i, t in enumerate(r["turns"])}
FACTS = {}
for doc, fn in ((DK, "facts-dinkelland.json"), (WB, "facts-werkbedrijf.json")):
    FACTS[doc] = json.load(open(os.path.join(HERE, fn), encoding="utf-8"))["facts"]
fact_by_printed = {}
for doc, fs in FACTS.items():
    for key, f in fs.items():
        fact_by_printed.setdefault((doc, f["printed"]), []).append(f)


def printed_values(doc, printed):
    """numbers a printed string stands for (with the scale of the facts that printed it)"""
    base = parse_nl(printed)
    out = {base}
    for f in fact_by_printed.get((doc, printed), []):
        out.add(base * f.get("scale", 1))
        if "miljoen" in printed:
            out.add(base * 1_000_000)
    if "miljoen" in printed:
        out.add(base * 1_000_000)
    return out


if data is not None:
    for cid, i, t, cm in turn_list:
        rec = rec_by.get((cid, i))
        ok(f"{cid}/{i}: has check record", rec is not None and rec["question"] == t["question"])
        if rec is None:
            continue
        e = t.get("expect") or {}
        if t["kind"] != "figure":
            continue
        expected = [e["value"]] + list(e.get("accept", [])) if "value" in e else list(e.get("accept", []))
        tol = e.get("tolerance", 0)
        if "derived" in rec:
            comps = []
            for chk in rec["checks"]:
                fname = chk["doc"] + ".pdf"
                found = any(chk["printed"] in p for p in pages(fname))
                ok(f"{cid}/{i}: derived part '{chk['printed']}' printed", found)
                comps.append(parse_nl(chk["printed"]))
            f1, f2 = (FACTS[DK] if k.startswith("dk.") else FACTS[WB] for k in rec["derived"]["keys"])
            v = abs(f1[rec["derived"]["keys"][0]]["value"] - f2[rec["derived"]["keys"][1]]["value"])
            ok(f"{cid}/{i}: derived value recomputed", close(v, e["value"], tol), f"{v} vs {e['value']}")
            continue
        if "real_src" in rec:
            m = re.search(r"corpus/([^ ,]+)", rec["real_src"])
            fname = m.group(1)
            pm = re.search(r"\.pdf p\.(\d+)", rec["real_src"])
            txt = pages(fname)[int(pm.group(1)) - 1] if pm else alltext(fname)
            pr = rec["printed"]
            ok(f"{cid}/{i}: real printed '{pr}' on cited page of {fname}", pr in txt)
            nums = [parse_nl(x) for x in NUM.findall(pr or "") if re.search(r"\d", x)]
            ok(f"{cid}/{i}: real value matches printed", any(close(pv * s, x, tol) for pv in nums for x in expected for s in (1, 1000)),
               f"{pr} vs {expected}")
            continue
        # fictional documents: every accepted value must be backed by a printed string
        backed = set()
        for chk in rec["checks"]:
            fname = chk["doc"] + ".pdf"
            pg = chk.get("page")
            txt = pages(fname)[pg - 1] if pg else alltext(fname)
            ok(f"{cid}/{i}: '{chk['printed']}' printed on p.{pg} of {fname}", chk["printed"] in txt)
            for pv in printed_values(chk["doc"], chk["printed"]):
                for x in expected:
                    if close(pv, x, tol) or close(pv * 1000, x, tol):
                        backed.add(x)
        for x in expected:
            ok(f"{cid}/{i}: expected {x} backed by printed text", x in backed, str(rec["checks"]))

# ----------------------------------------------------------------------------- 3. text turns
if data is not None:
    for cid, i, t, cm in turn_list:
        if t["kind"] != "text":
            continue
        e = t["expect"]
        docs = DOC_OF_MUNI[e["municipality"]]
        txt = "\n".join(alltext(d) for d in docs).lower()
        txt = re.sub(r"\s+", " ", txt)
        for item in e["include"]:
            alts = item if isinstance(item, list) else [item]
            ok(f"{cid}/{i}: include {alts} in source", any(a.lower() in txt for a in alts))
    # any turns: excluded strings are real figures of the wrong participant/doc (they exist somewhere)
    for cid, i, t, cm in turn_list:
        if t["kind"] == "any":
            for x in (t.get("expect") or {}).get("exclude", []):
                ok(f"{cid}/{i}: exclude '{x}' is a real printed distractor",
                   any(x in alltext(d) for d in [DK + ".pdf", WB + ".pdf"]))

# ----------------------------------------------------------------------------- 4. refusals (spot checks)
wbtxt = alltext(WB + ".pdf")
dktxt = alltext(DK + ".pdf")
ok("refusal: no 2029/2030 in Werkbedrijf doc", "2030 " not in wbtxt.replace("Werkbedrijf 2030", "") and "2029" not in wbtxt)
ok("refusal: no WNT/salary of director", not re.search(r"WNT|bezoldiging|salaris", wbtxt, re.I))
ok("refusal: no paspoort tariff", not re.search(r"paspoort[^.\n]{0,40}€", dktxt, re.I))
ok("refusal: no laadpalen", "laadpa" not in dktxt.lower() and "laadpa" not in wbtxt.lower())
ok("refusal: Dinkelland doc has no 2019 column", "2019" not in dktxt)
ok("refusal: no Losser GGD amount", not re.search(r"Losser[^\n]{0,80}GGD|GGD[^\n]{0,80}Losser", dktxt + wbtxt))
ok("refusal: Twenterand onderwijs 2019 absent", "2019" not in alltext("twenterand-programmabegroting-2020-sociaal-domein.txt").split("Overzicht 3.1")[1][:1500])
co = alltext("collectie-overijssel-jaarstukken-2023.pdf")
ok("refusal: CO provincie 2024 amount absent", not re.search(r"Provincie Overijssel[^\n]*2024", co))

# ----------------------------------------------------------------------------- 5. fictional PDFs
for doc, prod in ((DK, "LibreOffice"), (WB, "MuPDF")):
    p = os.path.join(CORPUS, doc + ".pdf")
    with pdfplumber.open(p) as pdf:
        md = pdf.metadata
        n = len(pdf.pages)
    ok(f"{doc}: producer {prod}", prod in (md.get("Producer") or ""), str(md.get("Producer")))
    pg = pages(doc + ".pdf")
    ok(f"{doc}: every page says FICTIEF DOCUMENT", all("FICTIEF DOCUMENT" in t for t in pg))
    ok(f"{doc}: page 1 box and footer", pg[0].count("FICTIEF DOCUMENT") >= 2)
    ok(f"{doc}: text layer on every page", all(len(t) > 200 for t in pg))
    lo, hi = (15, 20) if doc == DK else (8, 15)
    ok(f"{doc}: page count {n} in {lo}-{hi}", lo <= n <= hi)

TOK = r"(\(?-?\d{1,3}(?:\.\d{3})*\)?|-)"


def rows_between(doc, start, end, ncols, trail=""):
    """rows (label, [numbers]) of a table in the extracted text, from the line containing `start`
    up to and including the first line starting with `end`."""
    lines = alltext(doc + ".pdf").splitlines()
    out, on = [], False
    pat = re.compile(r"^(.*?)\s" + r"\s".join([TOK] * ncols) + trail + r"$")
    for ln in lines:
        if start in ln:
            on = True
            continue
        if not on:
            continue
        m = pat.match(ln.strip())
        if m:
            vals = [0 if x == "-" else int(parse_nl(x)) for x in m.groups()[1:]]
            out.append((m.group(1), vals))
            if m.group(1).startswith(end):
                break
    return out


def colsum_check(name, rows, total_label, skip=()):
    body = [r for r in rows if not r[0].startswith(total_label) and not any(r[0].startswith(s) for s in skip)]
    tot = [r for r in rows if r[0].startswith(total_label)]
    if not tot:
        ok(f"sum {name}: total row found", False)
        return
    sums = [sum(r[1][j] for r in body) for j in range(len(tot[0][1]))]
    ok(f"sum {name}: columns add up ({len(body)} rows)", sums == tot[0][1], f"{sums} vs {tot[0][1]}")


rows = rows_between(DK, "Tabel B.1 Baten en lasten per taakveld bedragen", "Totaal", 4)
colsum_check("DK Tabel B.1 taakvelden (euros)", [r for r in rows if re.match(r"^\d+\.\d+ |Totaal", r[0])], "Totaal")
rows = rows_between(DK, "Tabel 6.1 Verloop reserves 2022", "Totaal reserves", 4)
colsum_check("DK Tabel 6.1 reserves", rows, "Totaal reserves", skip=("Subtotaal",))
ok("DK Tabel 6.1 each reserve: begin + toevoeging - onttrekking = eind",
   all(r[1][0] + r[1][1] - r[1][2] == r[1][3] for r in rows), "")
rows = rows_between(DK, "Tabel 2.1 Overzicht van baten en lasten per programma", "Saldo van baten en lasten", 6)
colsum_check("DK Tabel 2.1 programmas", rows, "Saldo van baten en lasten")
ok("DK Tabel 2.1 saldo = baten - lasten", all(r[1][2] == r[1][1] - r[1][0] and r[1][5] == r[1][4] - r[1][3] for r in rows))
rows = rows_between(DK, "Tabel 6.3 Investeringskredieten bedragen", "Totaal", 5, trail=r"(?:\s+(?:ja|nee))?")
colsum_check("DK Tabel 6.3 investeringen", rows, "Totaal")
rows = rows_between(DK, "Tabel 7.1 Balans per 31 december", "Totaal vaste activa", 2)
colsum_check("DK Tabel 7.1 vaste activa", rows, "Totaal vaste activa")
for prog in ("Programma 6 Sociaal domein", "Programma 8 Ruimte en wonen"):
    rows = rows_between(DK, f"Wat heeft het gekost? {prog}", "Totaal lasten", 5, trail=r"(?:\s+[VN])?")
    body = [r for r in rows if not r[0].startswith("Totaal")]
    tot = [r for r in rows if r[0].startswith("Totaal lasten")][0]
    ok(f"sum DK {prog} lasten", [sum(r[1][j] for r in body) for j in range(5)] == tot[1], str(tot))

rows = rows_between(WB, "Tabel 5.1 Bijdragen per deelnemer 2025", "Totaal", 6)
colsum_check("WB Tabel 5.1 bijdragen", rows, "Totaal")
ok("WB Tabel 5.1 bijdrage 2025 - 2024 = verschil", all(r[1][3] - r[1][4] == r[1][5] for r in rows))
t51 = [r for r in re.findall(r"^(\w+) [\d,]+% ([\d.]+) (\d+) ([\d.]+) ([\d.]+) ([\d.]+)", alltext(WB + ".pdf"), re.M) if r[0] != "Totaal"]
ok("WB Tabel 5.1 rijks + beschut + aanvullend = totaal", len(t51) == 5 and all(
    parse_nl(a) + parse_nl(c) + parse_nl(d) == parse_nl(e) for _, a, b, c, d, e in t51), str(t51))
rows = rows_between(WB, "Tabel 5.2 Totale bijdrage per deelnemer", "Totaal", 4)
colsum_check("WB Tabel 5.2 meerjarig", rows, "Totaal")
rows = rows_between(WB, "Tabel 4.1 Exploitatie", "Totaal baten", 6)
colsum_check("WB Tabel 4.1 baten", rows, "Totaal baten")
rows2 = rows_between(WB, "Totaal baten", "Totaal lasten", 6)
colsum_check("WB Tabel 4.1 lasten", rows2, "Totaal lasten")
rows3 = rows_between(WB, "Totaal lasten", "Resultaat na bestemming", 6)
d = {r[0]: r[1] for r in rows + rows2 + rows3}
ok("WB Tabel 4.1 saldo and resultaat", all(
    d["Saldo vóór bestemming"][j] == d["Totaal baten"][j] - d["Totaal lasten"][j] and
    d["Resultaat na bestemming"][j] == d["Saldo vóór bestemming"][j] + d["Toevoeging aan reserves"][j] + d["Onttrekking aan reserves"][j]
    for j in range(6)), str(d.get("Resultaat na bestemming")))
rows = rows_between(WB, "Tabel 6.1 Verschillen per onderdeel", "Totaal verschil", 1)
colsum_check("WB Tabel 6.1 verschillen", rows, "Totaal verschil")

# ----------------------------------------------------------------------------- 6. corpus
for f in REAL:
    a = hashlib.sha256(open(os.path.join(CORPUS, f), "rb").read()).hexdigest()
    b = hashlib.sha256(open(os.path.join(MAIN_CORPUS, f), "rb").read()).hexdigest()
    ok(f"corpus: {f} byte-identical", a == b)
orig = open(os.path.join(MAIN_CORPUS, "manifest.yaml"), encoding="utf-8").read()
new = open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8").read()
ok("manifest: original text kept verbatim", new.startswith(orig.rstrip("\n")))
if yaml is not None:
    m0 = yaml.safe_load(orig)["documents"]
    m1 = yaml.safe_load(new)["documents"]
    ok("manifest: four original entries unchanged", m1[:4] == m0)
    ok("manifest: two new entries", len(m1) == 6)
    for e in m1[4:]:
        ok(f"manifest: {e.get('id')} fields", {"id", "file", "municipality", "title", "year", "type", "source"} <= set(e))
        ok(f"manifest: {e.get('id')} file exists", os.path.exists(os.path.join(CORPUS, e["file"])))
    ok("corpus: no stray files", sorted(os.listdir(CORPUS)) == sorted([e["file"] for e in m1] + ["manifest.yaml"]))

passed = sum(1 for r in results if r[1])
failed = len(results) - passed
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
