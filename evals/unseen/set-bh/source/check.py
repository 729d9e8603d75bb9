"""Verifies set-bh from the finished files only (never imports data.py):

1. ../cases.yaml follows FORMAT.md version 1 (keys, kinds, units, no 'signed', municipality names
   from the manifest, unique ids); turn counts are printed.
2. ../corpus: the four real documents are byte-identical to /work/main/corpus; the manifest has
   the six entries and its header says the new documents are fictional; both new PDFs say
   FICTIEF on their first page; their producers are matplotlib and Scribus.
3. Every figure in provenance.json is re-located in the PDFs (pdfplumber cell by caption, row
   label and column header; pdftotext prose; the real documents by line) at the page recorded,
   printed as recorded; derivations are recomputed; the expected value and the accept list in
   cases.yaml are exactly these values; 'other' (nearby, NOT accepted) values are printed and
   differ from them.
4. Refusal rules (text absent from the documents), text passages and include items, 'any'
   excludes absent from the document the answer must cite.
5. The tables of the two new PDFs add up, read back from the PDFs: programme tables, overview,
   bijlage with transport rows, reserves, kostendekkendheid, woonlasten, risks; BSGR baten en
   lasten with verschil and V/N, contributions, reserves, weerstandsvermogen, balans,
   formatie, WNT.
6. Layout features are listed as a checklist.
"""
import hashlib
import json
import os
import re
import subprocess
import sys

import yaml

from locate import PdfDoc, norm, parse_amount

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
CORPUS = os.path.join(SET, "corpus")
REAL = os.environ.get("BH_SOURCE_CORPUS", "/work/main/corpus")
DK = "dinkelland-programmabegroting-2025.pdf"
BS = "bsgr-jaarstukken-2024.pdf"
WS = "wassenaar-begroting-2024.pdf"
DK20 = "dinkelland-begroting-2020-inclusieve-samenleving.txt"
REAL_FILES = ["collectie-overijssel-jaarstukken-2023.pdf", DK20,
              "twenterand-programmabegroting-2020-sociaal-domein.txt", WS]

FAIL = []
N_OK = [0]


def ok(cond, msg):
    if cond:
        N_OK[0] += 1
    else:
        FAIL.append(msg)
        print("FAIL:", msg)


_docs = {}


def pdf(name):
    if name not in _docs:
        _docs[name] = PdfDoc(os.path.join(CORPUS, name))
    return _docs[name]


def real_lines(name):
    with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
        return f.read().splitlines()


def doc_text(name):
    if name.endswith(".pdf"):
        return " ".join(pdf(name).texts)
    return norm(open(os.path.join(CORPUS, name), encoding="utf-8").read())


# ---------------------------------------------------------------------------------------------
def check_format(cases, manifest_names):
    ok(cases.get("version") == 1, "version must be 1")
    ids = set()
    counts = {}
    convs = 0
    units = {"EUR", "count", "percent", "grade"}
    for c in cases["cases"]:
        ok(c["id"] not in ids, f"duplicate id {c['id']}")
        ids.add(c["id"])
        allowed = {"id", "question", "municipality", "kind", "expect", "turns"}
        ok(set(c) <= allowed, f"{c['id']}: unknown keys {set(c) - allowed}")
        if "municipality" in c:
            ok(c["municipality"] in manifest_names, f"{c['id']}: scope {c['municipality']} not in manifest")
        turns = c["turns"] if "turns" in c else [c]
        if "turns" in c:
            convs += 1
            ok("question" not in c and len(turns) >= 2, f"{c['id']}: conversation shape")
        for t in turns:
            k = t.get("kind")
            ok(k in ("figure", "text", "refusal", "any"), f"{c['id']}: kind {k}")
            counts[k] = counts.get(k, 0) + 1
            ok(isinstance(t.get("question"), str) and t["question"].strip(), f"{c['id']}: question")
            ex = t.get("expect", {})
            ok("signed" not in ex, f"{c['id']}: signed must not be set")
            ok(set(ex) <= {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"},
               f"{c['id']}: expect keys {set(ex)}")
            if "municipality" in ex:
                ok(ex["municipality"] in manifest_names, f"{c['id']}: municipality {ex['municipality']}")
            if k == "figure":
                ok(isinstance(ex.get("value"), (int, float)), f"{c['id']}: figure value")
                ok(all(isinstance(a, (int, float)) for a in ex.get("accept", [])), f"{c['id']}: accept")
                ok(ex.get("unit") in units, f"{c['id']}: unit {ex.get('unit')}")
                ok("municipality" in ex, f"{c['id']}: figure municipality")
            if k == "text":
                inc = ex.get("include")
                ok(isinstance(inc, list) and inc and all(isinstance(i, str) or (isinstance(i, list) and all(
                    isinstance(j, str) for j in i)) for i in inc), f"{c['id']}: include")
            if k == "refusal":
                ok(not ex, f"{c['id']}: refusal has no expect")
            if k == "any":
                ok("exclude" in ex and "municipality" in ex, f"{c['id']}: any expect")
    print(f"format: {len(cases['cases'])} cases, {sum(counts.values())} turns {counts}, {convs} conversations")
    return counts, convs


def check_corpus():
    with open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8") as f:
        raw = f.read()
    man = yaml.safe_load(raw)["documents"]
    ok(raw.startswith("#") and "FICTIONAL" in raw.split("documents:")[0], "manifest header must say FICTIONAL")
    files = [d["file"] for d in man]
    ok(sorted(files) == sorted(REAL_FILES + [DK, BS]), f"manifest files {files}")
    for d in man:
        ok(set(["file", "municipality", "year", "type", "title"]) <= set(d), f"manifest entry {d}")
        ok(os.path.exists(os.path.join(CORPUS, d["file"])), f"missing {d['file']}")
    with open(os.path.join(REAL, "manifest.yaml"), encoding="utf-8") as f:
        real = yaml.safe_load(f)["documents"]
    ok(man[:4] == real, "the four real manifest entries are copied unchanged")
    for f in REAL_FILES:
        h1 = hashlib.sha256(open(os.path.join(CORPUS, f), "rb").read()).hexdigest()
        h2 = hashlib.sha256(open(os.path.join(REAL, f), "rb").read()).hexdigest()
        ok(h1 == h2, f"{f} not byte-identical")
    for f, prod in ((DK, "Matplotlib pdf backend"), (BS, "Scribus PDF Library")):
        info = subprocess.run(["pdfinfo", os.path.join(CORPUS, f)], capture_output=True, text=True).stdout
        ok(prod in info, f"{f}: producer {prod}")
        ok("FICTIEF" in pdf(f).texts[0] and "verzonnen" in pdf(f).texts[0], f"{f}: first page says FICTIEF")
    return {d["municipality"] for d in man}, {d["file"]: d["municipality"] for d in man}


# ---------------------------------------------------------------------------------------------
def relocate(s):
    """re-read one recorded source from the documents; returns its value"""
    k = s["kind"]
    if k == "cell":
        r = pdf(s["doc"]).cell(s["caption"], s["row"], s["col"], s["parent"], s["occ"])
        ok(r["page"] == s["page"] and r["text"] == s["printed"],
           f"cell moved: {s['caption']} / {s['row']} / {s['col']}: {r['page']} {r['text']!r} vs {s['page']} {s['printed']!r}")
        printed = r["text"]
    elif k == "leader":
        d = pdf(s["doc"])
        lines = [ln for ln in d.pages[s["page"] - 1] if ln["text"].startswith(norm(s["label"]) + " ")]
        ok(len(lines) == 1, f"leader line {s['label']}")
        printed = lines[0]["segs"][-1]["text"] if lines else ""
        ok(printed == s["printed"], f"leader {s['label']}: {printed!r} vs {s['printed']!r}")
        ok(lines and ". . ." in lines[0]["text"], f"leader {s['label']} has dotted leaders")
    elif k == "prose":
        ok(norm(s["sentence"]) in pdf(s["doc"]).texts[s["page"] - 1], f"prose not on p.{s['page']}: {s['sentence']}")
        ok(norm(s["printed"]) in norm(s["sentence"]), f"printed {s['printed']} not in sentence")
        printed = s["printed"]
    elif k == "real_pdf":
        txt = "\n".join(pdf(s["doc"]).layout[s["page"] - 1])
        ok(s["needle"] in txt and all(c in txt for c in s["context"]), f"real pdf {s['needle']} p.{s['page']}")
        printed = s["needle"]
    elif k == "real_text":
        lines = real_lines(s["doc"])
        ln = lines[s["line_no"] - 1]
        ok(s["line_contains"] in ln and s["printed"] in ln, f"real text line {s['line_no']}")
        if s.get("header"):
            ok(any(s["header"] in l for l in lines[:s["line_no"] - 1]), f"header {s['header']}")
        if s.get("above"):
            ok(any(s["above"] in l for l in lines[max(0, s["line_no"] - 11):s["line_no"] - 1]), f"above {s['above']}")
        printed = s["printed"]
    v = parse_amount(printed) * s["scale"]
    v = round(v, 4)
    ok(abs(v - s["value"]) < 1e-6, f"value of {printed!r} x {s['scale']} = {v} vs recorded {s['value']}")
    return abs(v)


def compute(op, a, b):
    if op == "sub":
        v = abs(a - b)
    elif op == "add":
        v = a + b
    elif op == "div":
        v = round(a / b + 1e-12, 2)
    elif op == "pct":
        v = round(a / b * 100 + 1e-12, 2)
    return round(v, 4)


def value_of(entry):
    vals = [relocate(s) for s in entry["sources"]]
    if entry.get("op"):
        v = compute(entry["op"], vals[0], vals[1])
        res = entry["derivation"].split("=")[-1].strip()
        ok(abs(parse_amount(res) - v) < 1e-6, f"derivation {entry['derivation']} vs {v}")
        return v
    ok(len(vals) == 1, "single source")
    return vals[0]


def check_cases(cases, prov, mun_of):
    by_id = {c["id"]: c for c in cases["cases"]}
    ok(set(by_id) == set(prov), "provenance covers the cases")
    kinds_seen = {"computed": 0, "cross_doc": 0, "scoped": 0, "real_source": 0}
    for cid, c in by_id.items():
        turns = c["turns"] if "turns" in c else [c]
        if "municipality" in c:
            kinds_seen["scoped"] += 1
        docs_used = set()
        for t, p in zip(turns, prov[cid]):
            ex = t.get("expect", {})
            ok(t["kind"] == p["kind"] and t["question"] == p["question"], f"{cid}: provenance turn mismatch")
            if t["kind"] == "figure":
                v = value_of(p)
                ok(abs(v - ex["value"]) < 1e-6, f"{cid}: expected {ex['value']} but sources give {v}")
                accs = set()
                for a in p["accept"]:
                    av = value_of(a)
                    if abs(av - v) > 1e-9:
                        accs.add(round(av, 4))
                ok(sorted(accs) == sorted(round(a, 4) for a in ex.get("accept", [])),
                   f"{cid}: accept {ex.get('accept')} vs located {sorted(accs)}")
                tol = ex.get("tolerance", 0)
                for o in p["other"]:
                    ov = value_of(o)
                    ok(all(abs(ov - x) > tol for x in [v] + list(accs)), f"{cid}: other {ov} collides with accepted")
                if p.get("op"):
                    kinds_seen["computed"] += 1
                    ok(p["derivation"] and "=" in p["derivation"], f"{cid}: derivation")
                srcs = p["sources"] + [s for a in p["accept"] for s in a["sources"]]
                docs = {s["doc"] for s in p["sources"]}
                docs_used |= docs
                ok(mun_of[next(iter(sorted(docs, key=lambda d: d != p["sources"][0]["doc"])))] == ex["municipality"]
                   or any(mun_of[d] == ex["municipality"] for d in docs), f"{cid}: municipality of sources")
                if any(s["kind"].startswith("real") for s in srcs):
                    kinds_seen["real_source"] += 1
                # unit sanity
                if ex["unit"] == "percent":
                    ok(0 <= v <= 100, f"{cid}: percent range")
                if ex["unit"] == "grade":
                    ok(0 <= v <= 10, f"{cid}: grade range")
            elif t["kind"] == "refusal":
                for rule in p["absent"]:
                    kind, docs, text = rule[0], rule[1], rule[-1]
                    for d in docs:
                        body = doc_text(d).lower()
                        if kind == "absent_text":
                            ok(text.lower() not in body, f"{cid}: {text!r} occurs in {d}")
                        elif kind == "absent_near":
                            caption = rule[2]
                            pno, cap = pdf(d).find_caption("Tabel 9.1 " + caption if not caption.startswith("Tabel") else caption)
                            block = [l["text"] for l in pdf(d).pages[pno - 1] if 0 < l["bottom"] - cap["bottom"] < 80]
                            ok(not any(text in b for b in block), f"{cid}: {text} near {caption}")
                        elif kind == "no_amount_with":
                            for ln in (l for pg in pdf(d).pages for l in pg):
                                t_ = ln["text"].replace("Noaberkracht Dinkelland Tubbergen", "")
                                if text.lower() in t_.lower():
                                    ok(not re.search(r"€ ?\d|\d\.\d{3}", t_),
                                       f"{cid}: amount beside {text}: {ln['text']}")
            elif t["kind"] == "text":
                w = p["where"]
                d = w["document"]
                for pg, ps in zip(w["pages"], w["passages"]):
                    ok(norm(ps) in pdf(d).texts[pg - 1], f"{cid}: passage not on p.{pg}")
                joined = norm(" ".join(w["passages"])).lower()
                for inc in ex["include"]:
                    alts = inc if isinstance(inc, list) else [inc]
                    ok(any(a.lower() in joined for a in alts), f"{cid}: include {inc} not in passage")
                    ok(all(not re.search("[\ufb00-\ufb06]", a) for a in alts), f"{cid}: ligature in include")
                if "municipality" in ex:
                    ok(mun_of[d] == ex["municipality"], f"{cid}: text municipality")
            elif t["kind"] == "any":
                for d in p["exclude_absent_in"]:
                    body = doc_text(d)
                    for x in ex["exclude"]:
                        ok(x not in body, f"{cid}: exclude {x} occurs in {d}")
                    ok(mun_of[d] == ex["municipality"], f"{cid}: any municipality")
        if len({mun_of[d] for d in docs_used}) > 1 or len(docs_used) > 1:
            kinds_seen["cross_doc"] += 1
    print("coverage:", kinds_seen)
    ok(kinds_seen["computed"] >= 5, "at least 5 computed figures")
    ok(kinds_seen["cross_doc"] >= 5, "at least 5 cases across documents")
    ok(kinds_seen["scoped"] >= 6, "at least 6 cases with a UI municipality scope")


# ---------------------------------------------------------------------------------------------
NUM = re.compile(r"^(€ )?-?\d[\d.]*(,\d+)?(,-)?%?$")


def table_rows(doc, caption, pages=1):
    """(label, [cell texts]) for the lines of a table, from its caption to the next caption/heading"""
    d = pdf(doc)
    pno, cap = d.find_caption(caption)
    out = []
    for p in range(pno, pno + pages):
        for ln in d.pages[p - 1]:
            if p == pno and ln["bottom"] <= cap["bottom"]:
                continue
            if ln["text"] != norm(caption) and (re.match(r"^Tabel [0-9B]", ln["text"]) or ln["segs"][0]["size"] > 9.6):
                if p == pno and ln["bottom"] > cap["bottom"] + 5:
                    break
                continue
            segs = ln["segs"]
            lab = []
            cells = []
            if all(re.match(r"^\d{4}$", s["text"]) for s in segs[1:]) and len(segs) > 2:
                continue                                   # a header line of years
            if len(segs) > 1 and re.match(r"^\d+$", segs[0]["text"]) and not NUM.match(segs[1]["text"]):
                lab.append(segs[0]["text"])                # a row number before the label
                segs = segs[1:]
            for s in segs:
                if not cells and not NUM.match(s["text"]):
                    lab.append(s["text"])
                elif NUM.match(s["text"]) or s["text"] in ("V", "N"):
                    cells.append(s["text"])
                else:
                    lab.append(s["text"])
            out.append((" ".join(lab), cells))
    return out


def n(x):
    return parse_amount(x)


def rows_dict(rows):
    d = {}
    for lab, cells in rows:
        if cells:
            d.setdefault(lab, cells)
    return d


def check_addups():
    # Dinkelland programme tables: rows add up to 'Totaal programma', saldo = baten - lasten
    for no, name in ((3, "Inclusieve samenleving"), (4, "Vitale kernen"), (5, "Duurzaam Dinkelland"),
                     (6, "Economie, toerisme en bereikbaarheid"), (7, "Veiligheid, bestuur en dienstverlening")):
        rows = [(l, c) for l, c in table_rows(DK, f"Tabel {no}.2 Lasten en baten per taakveld, {name}") if len(c) == 9]
        body = [c for l, c in rows if l != "Totaal programma"]
        tot = [c for l, c in rows if l == "Totaal programma"][0]
        for j in range(9):
            ok(sum(n(c[j]) for c in body) == n(tot[j]), f"Tabel {no}.2 column {j} adds up")
        for c in body + [tot]:
            for y in range(3):
                ok(n(c[3 * y + 1]) - n(c[3 * y]) == n(c[3 * y + 2]), f"Tabel {no}.2 saldo")
        mj = rows_dict(table_rows(DK, f"Tabel {no}.3 Meerjarenraming {name}"))
        for j in range(3):
            ok(n(mj["Baten"][j]) - n(mj["Lasten"][j]) == n(mj["Saldo"][j]), f"Tabel {no}.3 saldo")
        # overview Tabel 2.1 repeats the programme totals (2025, 2024, 2023 and 2028..2026)
        ov = [(l, c) for l, c in table_rows(DK, "Tabel 2.1 Overzicht van baten en lasten 2023-2028") if len(c) == 6]
        lrow = [c for l, c in ov if l.endswith(name)]
        ok(len(lrow) == 2, f"overview rows for {name}")
        ok([lrow[0][3], lrow[0][4], lrow[0][5]] == [tot[0], tot[3], tot[6]], f"overview lasten {name} = Tabel {no}.2")
        ok([lrow[1][3], lrow[1][4], lrow[1][5]] == [tot[1], tot[4], tot[7]], f"overview baten {name} = Tabel {no}.2")
        ok([lrow[0][0], lrow[0][1], lrow[0][2]] == [mj["Lasten"][0], mj["Lasten"][1], mj["Lasten"][2]],
           f"overview mjr lasten {name} = Tabel {no}.3")
    ov = table_rows(DK, "Tabel 2.1 Overzicht van baten en lasten 2023-2028")
    labs = [l for l, c in ov]
    i_tl, i_tb = labs.index("Totaal lasten"), labs.index("Totaal baten")
    L = [c for l, c in ov[:i_tl] if len(c) == 6]
    B = [c for l, c in ov[i_tl + 1:i_tb] if len(c) == 6]
    od = rows_dict(ov)
    for j in range(6):
        ok(sum(n(c[j]) for c in L) == n(od["Totaal lasten"][j]), f"Tabel 2.1 lasten col {j}")
        ok(sum(n(c[j]) for c in B) == n(od["Totaal baten"][j]), f"Tabel 2.1 baten col {j}")
        ok(n(od["Totaal baten"][j]) - n(od["Totaal lasten"][j]) == n(od["Saldo van baten en lasten"][j]), "Tabel 2.1 saldo")
        ok(n(od["Saldo van baten en lasten"][j]) - n(od["Toevoegingen aan reserves"][j]) +
           n(od["Onttrekkingen aan reserves"][j]) == n(od["Geraamd resultaat"][j]), "Tabel 2.1 resultaat")
    # bijlage with transport rows
    bl = table_rows(DK, "Tabel B1 Baten en lasten per taakveld, begroting 2025", pages=2)
    body = [(l, c) for l, c in bl if len(c) == 3 and re.match(r"^\d+ \d", l)]
    trans = [c for l, c in bl if l == "Transport"]
    van = [c for l, c in bl if l == "Van transport"]
    tot = [c for l, c in bl if l.startswith("Totaal")]
    ok(len(trans) == 1 and len(van) == 1 and trans[0] == van[0], "bijlage: Transport = Van transport")
    nums = [int(l.split()[0]) for l, c in body]
    ok(nums == list(range(1, len(body) + 1)), "bijlage row numbers 1..n")
    first = []
    for l, c in bl:
        if l == "Transport":
            break
        if (l, c) in body:
            first.append(c)
    ok(sum(n(c[0]) for c in first) == n(trans[0][0]) and sum(n(c[1]) for c in first) == n(trans[0][1]),
       "bijlage: transport = sum of the rows on the first page")
    for j in range(3):
        ok(sum(n(c[j]) for l, c in body) == n(tot[0][j]), f"bijlage total col {j}")
    for l, c in body:
        ok(n(c[1]) - n(c[0]) == n(c[2]), f"bijlage saldo {l}")
    ok(n(tot[0][2]) == n(od["Geraamd resultaat"][3]) * 1000 + (n(tot[0][2]) - n(od["Geraamd resultaat"][3]) * 1000)
       and abs(n(tot[0][2]) - n(od["Geraamd resultaat"][3]) * 1000) < 1000, "bijlage saldo ~ geraamd resultaat")
    # reserves
    rs = table_rows(DK, "Tabel 12.1 Verloop van de reserves 2025")
    rows = [c for l, c in rs if len(c) == 4]
    for c in rows:
        ok(n(c[0]) + n(c[1]) - n(c[2]) == n(c[3]), "reserve row adds up")
    for j in range(4):
        ok(sum(n(c[j]) for c in rows[:-1]) == n(rows[-1][j]), "reserve totals")
    ok(round(n(rows[-1][1]) / 1000) == n(od["Toevoegingen aan reserves"][3]) and
       round(n(rows[-1][2]) / 1000) == n(od["Onttrekkingen aan reserves"][3]), "reserve mutaties = overview 2025")
    # risks and weerstand
    rk = table_rows(DK, "Tabel 10.1 Risico's en benodigde weerstandscapaciteit")
    rr = [c for l, c in rk if len(c) == 3]
    for c in rr:
        ok(n(c[0]) * n(c[1]) / 100 == n(c[2]), "risk x kans")
    tot = [c for l, c in rk if l == "Benodigde weerstandscapaciteit"][0]
    ok(sum(n(c[2]) for c in rr) == n(tot[0]), "benodigde weerstandscapaciteit")
    # kostendekkendheid and woonlasten
    kd = rows_dict(table_rows(DK, "Tabel 9.4 Kostendekkendheid 2025"))
    for j in range(2):
        kosten = n(kd["Lasten taakveld"][j]) + n(kd["Toegerekende overhead"][j]) + n(kd["Btw"][j])
        ok(kosten == n(kd["Totale kosten"][j]), "kostendekkendheid kosten")
        ok(kosten - n(kd["Overige baten"][j]) == n(kd["Netto kosten"][j]), "kostendekkendheid netto")
        ok(round(n(kd["Opbrengst heffing"][j]) / n(kd["Netto kosten"][j]) * 100) == n(kd["Dekkingsgraad"][j]), "dekkingsgraad")
    wl = rows_dict(table_rows(DK, "Tabel 9.5 Woonlasten"))
    for j in range(2):
        ok(round(n(wl["Onroerendezaakbelasting"][j]) + n(wl["Rioolheffing"][j]) + n(wl["Afvalstoffenheffing"][j]), 2)
           == n(wl["Totale woonlasten"][j]), "woonlasten total")
    ok(round(n(wl["Totale woonlasten"][0]) - n(wl["Totale woonlasten"][1]), 2) == n(wl["Stijging ten opzichte van 2024"][0]),
       "woonlasten stijging")
    oz = rows_dict(table_rows(DK, "Tabel 9.1 Tarieven onroerendezaakbelastingen"))
    ok(round(n(oz["Woningen, eigenaar"][0]) / 100 * n(wl["Gemiddelde WOZ-waarde"][0]), 2) == n(wl["Onroerendezaakbelasting"][0]),
       "OZB woonlasten = tarief x WOZ")
    # one-glance table in EUR mln: programme lasten = Tabel n.2 totals / 1000 (rounded)
    og = rows_dict(table_rows(DK, "Tabel 1.1 Begroting 2025 in één oogopslag"))
    ok(abs(n(og["1. Inclusieve samenleving"][0]) * 1000 - n(od["1. Inclusieve samenleving"][3])) <= 5, "one-glance ~ overview")

    # BSGR baten en lasten
    bl = table_rows(BS, "Tabel 3.1 Baten en lasten 2024 naar kostensoort")
    labs = [l for l, c in bl]
    il, ib = labs.index("Totaal lasten"), labs.index("Totaal baten")
    lrows = [c for l, c in bl[:il] if len(c) >= 5]
    brows = [c for l, c in bl[il + 1:ib] if len(c) >= 5]
    bd = rows_dict(bl)
    for j in range(4):     # the Verschil column holds absolute values with V/N: it does not add up
        ok(sum(n(c[j]) for c in lrows) == n(bd["Totaal lasten"][j]), f"BSGR lasten col {j}")
        ok(sum(n(c[j]) for c in brows) == n(bd["Totaal baten"][j]), f"BSGR baten col {j}")
    for j in range(4):
        ok(n(bd["Totaal baten"][j]) - n(bd["Totaal lasten"][j]) == n(bd["Saldo van baten en lasten"][j]), "BSGR saldo")
        ok(n(bd["Saldo van baten en lasten"][j]) + n(bd["Onttrekking bestemmingsreserve"][j]) == n(bd["Resultaat"][j]),
           "BSGR resultaat")
    for c in lrows + [bd["Totaal lasten"]]:
        d = n(c[2]) - n(c[3])
        ok(abs(d) == n(c[4]) and (len(c) == 5 and d == 0 or c[5] == ("V" if d > 0 else "N")), "BSGR lasten V/N")
    for c in brows + [bd["Totaal baten"], bd["Resultaat"]]:
        d = n(c[3]) - n(c[2])
        ok(abs(d) == n(c[4]) and (len(c) == 5 and d == 0 or c[5] == ("V" if d > 0 else "N")), "BSGR baten V/N")
    ok(all(x.endswith(",-") for c in lrows for x in c[:5]), "BSGR amounts with ,-")
    # contributions
    cb = [(l, c) for l, c in table_rows(BS, "Tabel 3.2 Bijdragen per deelnemer 2024") if len(c) == 5]
    members = [c for l, c in cb if l != "Totaal"]
    tot = [c for l, c in cb if l == "Totaal"][0]
    ok(len(members) == 12, "12 deelnemers")
    for j in range(5):
        ok(sum(n(c[j]) for c in members) == n(tot[j]), f"bijdragen col {j}")
    for c in members:
        ok(n(c[2]) - n(c[3]) == n(c[4]), "netto = werkelijk - terugbetaling")
    ok(n(tot[0]) == n(bd["Bijdragen deelnemers"][1]) and n(tot[1]) == n(bd["Bijdragen deelnemers"][2])
       and n(tot[2]) == n(bd["Bijdragen deelnemers"][3]), "bijdragen = Tabel 3.1")
    rb = rows_dict(table_rows(BS, "Tabel 3.3 Voorstel resultaatbestemming"))
    ok(n(rb["Resultaat 2024 (voordelig)"][0]) == n(bd["Resultaat"][3]), "resultaatbestemming = resultaat")
    ok(n(rb["Resultaat 2024 (voordelig)"][0]) - n(rb["Toevoeging aan de algemene reserve"][0])
       == n(rb["Terugbetaling aan de deelnemers"][0]) == n(tot[3]), "terugbetaling = resultaat - toevoeging")
    # reserves, weerstandsvermogen
    rv = [c for l, c in table_rows(BS, "Tabel 4.1 Verloop van de reserves 2024") if len(c) == 4]
    for c in rv:
        ok(n(c[0]) + n(c[1]) - n(c[2]) == n(c[3]), "BSGR reserve row")
    ok(n(rv[1][2]) == n(bd["Onttrekking bestemmingsreserve"][3]), "onttrekking = Tabel 3.1")
    wv = table_rows(BS, "Tabel 4.2 Weerstandsvermogen per 31 december 2024")
    risks = [c for l, c in wv if len(c) == 3]
    wd = rows_dict(wv)
    for c in risks:
        ok(n(c[0]) * n(c[1]) / 100 == n(c[2]), "BSGR risk x kans")
    ok(sum(n(c[2]) for c in risks) == n(wd["Benodigde weerstandscapaciteit"][0]), "BSGR benodigd")
    ok(n(wd["Algemene reserve 31-12-2024"][0]) + n(wd["Post onvoorzien"][0]) == n(wd["Beschikbare weerstandscapaciteit"][0]),
       "BSGR capaciteit")
    ok(round(n(wd["Beschikbare weerstandscapaciteit"][0]) / n(wd["Benodigde weerstandscapaciteit"][0]) + 1e-9, 2)
       == n(wd["Ratio weerstandsvermogen"][0]), "BSGR ratio")
    # balans (header repeated at its foot)
    bal = table_rows(BS, "Tabel 5.1 Balans")
    bd2 = rows_dict(bal)
    act = ["Materiële vaste activa", "Uitzettingen met een rentetypische looptijd korter dan één jaar",
           "Liquide middelen", "Overlopende activa"]
    pas = ["Eigen vermogen", "Voorzieningen", "Vaste schulden met een rentetypische looptijd van één jaar of langer",
           "Netto vlottende schulden met een rentetypische looptijd korter dan één jaar", "Overlopende passiva"]
    for j in range(2):
        ok(sum(n(bd2[a][j]) for a in act) == n(bd2["Totaal activa"][j]), "balans activa")
        ok(sum(n(bd2[p_][j]) for p_ in pas) == n(bd2["Totaal passiva"][j]), "balans passiva")
        ok(n(bd2["Totaal activa"][j]) == n(bd2["Totaal passiva"][j]), "balans in evenwicht")
        ok(n(bd2["algemene reserve"][j]) + n(bd2["bestemmingsreserve"][j]) + n(bd2["gerealiseerd resultaat"][j])
           == n(bd2["Eigen vermogen"][j]), "eigen vermogen")
    ok(n(bd2["algemene reserve"][0]) == n(rv[0][3]) and n(bd2["gerealiseerd resultaat"][0]) == n(bd["Resultaat"][3]),
       "balans = reserves and resultaat")
    ok(sum(1 for l, c in bal if c == ["31-12-2024", "31-12-2023"]) == 0, "header cells are not rows")
    hdr_lines = [ln for ln in pdf(BS).pages[pdf(BS).find_caption("Tabel 5.1 Balans")[0] - 1]
                 if ln["text"] == "Balanspost 31-12-2024 31-12-2023"]
    ok(len(hdr_lines) == 2, "balans header printed above and below the table")
    kg = rows_dict(table_rows(BS, "Tabel 4.3 Kengetallen"))
    for j in range(2):
        ok(round(n(bd2["Eigen vermogen"][j]) / n(bd2["Totaal passiva"][j]) * 100, 1) == n(kg["Solvabiliteitsratio"][j]),
           "solvabiliteit from balans")
        ok(n(kg["Eigen vermogen"][j]) + n(kg["Vreemd vermogen"][j]) == n(bd2["Totaal passiva"][j]), "eigen + vreemd")
    fm = [c for l, c in table_rows(BS, "Tabel 4.4 Formatie en bezetting") if len(c) == 2]
    for j in range(2):
        ok(round(sum(n(c[j]) for c in fm[:-1]), 1) == n(fm[-1][j]), "formatie totals")
    wn = rows_dict(table_rows(BS, "Tabel 5.2 Bezoldiging topfunctionaris"))
    for j in range(2):
        ok(n(wn["Beloning plus belastbare onkostenvergoedingen"][j]) + n(wn["Beloningen betaalbaar op termijn"][j])
           == n(wn["Subtotaal"][j]) == n(wn["Bezoldiging"][j]), "WNT")
        ok(n(wn["Bezoldiging"][j]) <= n(wn["Individueel toepasselijk bezoldigingsmaximum"][j]), "WNT maximum")


def layout_checklist():
    dk, bs = pdf(DK), pdf(BS)
    feats = []

    def f(name, cond):
        ok(cond, f"layout feature: {name}")
        feats.append(("x" if cond else " ", name))
    dall = "\n".join("\n".join(p) for p in dk.layout)
    ball = "\n".join("\n".join(p) for p in bs.layout)
    f("Dinkelland: years in descending order (2028 2027 2026 2025 2024 2023)",
      any(re.search(r"2028\s+2027\s+2026\s+2025\s+2024\s+2023", ln) for p in dk.layout for ln in p))
    f("Dinkelland: two-level header, year over Lasten | Baten | Saldo",
      any(re.search(r"Lasten\s+Baten\s+Saldo\s+Lasten\s+Baten\s+Saldo\s+Lasten\s+Baten\s+Saldo", ln)
          for p in dk.layout for ln in p))
    f("Dinkelland: summary 'bedragen x € 1 mln' with two decimals", "bedragen x € 1 mln" in dall and "30,10" in dall)
    f("Dinkelland: Transport / Van transport rows", "Van transport" in dall and re.search(r"\n\s*Transport\s", dall))
    f("Dinkelland: row numbers in a first column (bijlage)", re.search(r"\n\s*1\s+0\.1 Bestuur", dall) is not None)
    f("Dinkelland: dotted leaders between label and amount", ". . . . . 26.874" in dall)
    f("Dinkelland: four-decimal tariffs (0,0912% and € 1,1735 per m³)", "0,0912%" in dall and "€ 1,1735" in dall)
    f("Dinkelland: a percentage row in a money table (Dekkingsgraad 98%)", re.search(r"Dekkingsgraad\s+98%", dall))
    f("Dinkelland: 'n.b.' cells in indicator tables", "n.b." in dall)
    f("BSGR: amounts written with ',-'", "9.786.412,-" in ball)
    f("BSGR: V/N letter column beside the verschil", re.search(r"178\.905,-\s+N", ball) is not None)
    f("BSGR: footnotes marked a), b)", "a) Inclusief" in ball and "b) Vergoedingen" in ball)
    f("BSGR: balans header repeated at the foot of the table",
      sum(1 for ln in bs.pages[bs.find_caption("Tabel 5.1 Balans")[0] - 1]
          if ln["text"] == "Balanspost 31-12-2024 31-12-2023") == 2)
    f("BSGR: key figures and labels in separate text frames", "aanslagbiljetten verstuurd" in ball)
    f("BSGR: Scribus ligatures in the text layer (U+FB00-FB06, e.g. 'heﬃng')",
      re.search("[\ufb00-\ufb06]", subprocess.run(["pdftotext", os.path.join(CORPUS, BS), "-"],
                                                   capture_output=True, text=True).stdout) is not None)
    print("layout features:")
    for mark, name in feats:
        print(f"  [{mark}] {name}")


def main():
    man_names, mun_of = check_corpus()
    with open(os.path.join(SET, "cases.yaml"), encoding="utf-8") as f:
        cases = yaml.safe_load(f)
    with open(os.path.join(HERE, "provenance.json"), encoding="utf-8") as f:
        prov = json.load(f)
    check_format(cases, man_names)
    check_cases(cases, prov, mun_of)
    check_addups()
    layout_checklist()
    print(f"{N_OK[0]} passed, {len(FAIL)} failed")
    sys.exit(1 if FAIL else 0)


if __name__ == "__main__":
    main()
