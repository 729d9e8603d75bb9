"""Verify set-be from the finished documents only (never imports data.py or the generators).

Checks FORMAT.md compliance, the manifest and the byte-identical copies, every expected / accepted / other figure
at its recorded place (pdfplumber characters and pdftotext -layout), derivations, units, text include items in the
cited passages, refusal rules over all six documents, `any` excludes, the add-ups of both fictional documents read
back from the PDFs, and the layout features (printed as a checklist).  Usage: python check.py SETDIR
"""
import hashlib
import json
import os
import re
import subprocess
import sys
from decimal import Decimal

import pdfplumber
import yaml

import extract as X

SET = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC_CORPUS = os.environ.get("BE_SOURCE_CORPUS", "/work/main/corpus")
CORPUS = os.path.join(SET, "corpus")
HERE = os.path.dirname(os.path.abspath(__file__))
CO26 = "collectie-overijssel-begroting-2026.pdf"
CO23 = "collectie-overijssel-jaarstukken-2023.pdf"
GT24 = "ggd-twente-jaarstukken-2024.pdf"
REAL = ["twenterand-programmabegroting-2020-sociaal-domein.txt", "dinkelland-begroting-2020-inclusieve-samenleving.txt",
        "wassenaar-begroting-2024.pdf", CO23]
NEW = [CO26, GT24]
ALL = REAL + NEW
FAIL = []
N = {"ok": 0}


def ok(cond, msg):
    if cond:
        N["ok"] += 1
    else:
        FAIL.append(msg)
    return cond


def path(doc):
    return os.path.join(CORPUS, doc)


def D(v):
    return Decimal(str(v))


# ---------------------------------------------------------------------------------------- full texts
_TEXT = {}


def doc_text(doc):
    if doc not in _TEXT:
        if doc.endswith(".txt"):
            _TEXT[doc] = X.norm(open(path(doc), encoding="utf-8").read())
        else:
            t = subprocess.run(["pdftotext", path(doc), "-"], capture_output=True, text=True).stdout
            _TEXT[doc] = X.norm(t)
    return _TEXT[doc]


def doc_pages_text(doc):
    if doc.endswith(".txt"):
        return [X.norm(open(path(doc), encoding="utf-8").read())]
    n = len(X.pages(path(doc)))
    return [X.page_text(path(doc), i) for i in range(1, n + 1)]


# ---------------------------------------------------------------------------------------- format
ALLOWED_EXPECT = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
KINDS = {"figure", "text", "refusal", "any"}
UNITS = {"EUR", "count", "percent", "grade"}


def check_format(cases, munis):
    ok(cases.get("version") == 1, "version must be 1")
    ids = [c["id"] for c in cases["cases"]]
    ok(len(ids) == len(set(ids)), "duplicate ids")
    turns = []
    for c in cases["cases"]:
        ok(set(c) <= {"id", "question", "municipality", "kind", "expect", "turns"}, f"{c['id']}: unknown keys {set(c)}")
        if "municipality" in c:
            ok(c["municipality"] in munis, f"{c['id']}: scope {c['municipality']} not in manifest")
        ts = c["turns"] if "turns" in c else [c]
        ok(("turns" in c) != ("question" in c), f"{c['id']}: either question or turns")
        for n, t in enumerate(ts):
            ok(t["kind"] in KINDS, f"{c['id']}: kind")
            e = t.get("expect", {})
            ok(set(e) <= ALLOWED_EXPECT, f"{c['id']}: expect keys {set(e)}")
            ok("signed" not in e, f"{c['id']}: signed must not be set")
            if t["kind"] == "figure":
                ok("value" in e and isinstance(e["value"], (int, float)), f"{c['id']}: figure value")
                ok(e.get("unit") in UNITS, f"{c['id']}: unit")
                ok(e.get("municipality") in munis, f"{c['id']}: expect.municipality")
            if t["kind"] == "refusal":
                ok("expect" not in t or not t["expect"].get("value"), f"{c['id']}: refusal with value")
            if t["kind"] == "text":
                ok(isinstance(e.get("include"), list) and e["include"], f"{c['id']}: text include")
            turns.append((c["id"], n, t))
    return turns


# ---------------------------------------------------------------------------------------- sources
def scale_of(stmt):
    s = X.norm(stmt)
    if "€ mln" in s or "x € 1 mln" in s:
        return 1_000_000
    if "x € 1.000" in s or "€ '000" in s:
        return 1000
    return 1


def check_cell(s, where):
    p = path(s["document"])
    try:
        txt, ln, j = X.cell(p, s["page"], s["anchor"], s["row"], s["col"], s.get("group"))
    except LookupError as e:
        return ok(False, f"{where}: {e}")
    ok(X.norm(txt) == s["printed"], f"{where}: printed {txt!r} != {s['printed']!r}")
    stmt = X.scale_statement(p, s["page"], s["anchor"], s["row"], s.get("group"), s["col"])
    ok(stmt == s["scale_statement"], f"{where}: scale statement {stmt!r}")
    ok(scale_of(stmt) == s["scale"], f"{where}: scale {s['scale']} vs statement {stmt!r}")
    v = D(X.parse_number(s["printed"])) * s["scale"]
    ok(v == D(s["value"]), f"{where}: value {s['value']} != printed x scale {v}")
    # second reader: the pdftotext -layout line of the row holds the label and the printed figure
    lay = X.layout_lines(p, s["page"])
    lab = X.norm(s["row"])
    hit = [l for l in lay if l.startswith(lab) and s["printed"] in l]
    if not hit:   # labels that pdftotext sets on a line of their own (wrapped) are found by the figure alone
        hit = [l for l in lay if s["printed"] in l]
    ok(bool(hit), f"{where}: pdftotext -layout has no line with {lab!r} and {s['printed']!r}")
    return True


def check_prose(s, where):
    t = X.page_text(path(s["document"]), s["page"]) if s["document"].endswith(".pdf") else doc_text(s["document"])
    ok(s["quote"] in t, f"{where}: quote {s['quote']!r} not on page {s['page']}")
    if s.get("value") is not None:
        v = D(s["value"])
        renders = {X.norm(f"{v:,.0f}".replace(",", ".")), X.norm(f"{v:,.0f}".replace(",", " ")), str(v).replace(".", ",")}
        if v >= 1_000_000 and v % 100_000 == 0:
            renders.add((f"{v / 1_000_000:.1f}".replace(".", ",")) + " miljoen")
        ok(any(r in s["quote"] for r in renders), f"{where}: quote does not print {v} ({renders})")


def calc(s):
    a, b = (abs(D(x["value"])) for x in s["sources"])
    if s["op"] == "diff":
        return a - b
    if s["op"] == "sum":
        return a + b
    if s["op"] == "share":
        return (a * 100 / b).quantize(Decimal("0.01"))
    raise ValueError(s["op"])


def check_source(s, where):
    if s["kind"] == "cell":
        check_cell(s, where)
    elif s["kind"] == "prose":
        check_prose(s, where)
    elif s["kind"] == "computed":
        for i, x in enumerate(s["sources"]):
            check_source(x, f"{where}/src{i}")
        v = calc(s)
        ok(v == D(s["value"]), f"{where}: recomputed {v} != {s['value']}")
        nums = re.findall(r"-?[\d.]+(?:,\d+)?", s["derivation"])
        ok(len(nums) >= 3, f"{where}: derivation {s['derivation']!r}")
    else:
        ok(False, f"{where}: unknown source kind")


def close(a, b, tol):
    return abs(abs(D(a)) - abs(D(b))) <= D(tol or 0)


def check_figure(cid, n, t, pv, munis_of):
    w = f"{cid}[{n}]"
    e = t["expect"]
    ok(D(e["value"]) == D(pv["main"]["value"]), f"{w}: case value != provenance")
    check_source(pv["main"], w + "/main")
    for i, a in enumerate(pv["also"]):
        check_source(a, f"{w}/also{i}")
        ok(D(a["value"]) == D(pv["main"]["value"]), f"{w}: 'also' source has another value")
    acc = set(D(x) for x in e.get("accept", []))
    for i, a in enumerate(pv["accept"]):
        check_source(a, f"{w}/accept{i}")
        ok(D(a["value"]) in acc or D(a["value"]) == D(e["value"]), f"{w}: accepted source not in accept")
    ok(acc <= set(D(a["value"]) for a in pv["accept"]), f"{w}: accept value without a source")
    tol = e.get("tolerance", 0)
    for i, o in enumerate(pv["other"]):
        check_source(o, f"{w}/other{i}")
        ok(not close(o["value"], e["value"], tol) and not any(close(o["value"], a, tol) for a in acc),
           f"{w}: NOT-accepted figure {o['value']} matches value/accept")
    # the expected municipality owns the main source's document
    m = pv["main"]
    doc = m["document"] if m["kind"] != "computed" else m["sources"][0]["document"]
    ok(munis_of[doc] == e["municipality"], f"{w}: municipality {e['municipality']} vs document {doc}")
    # units fit what is printed
    srcs = [m] if m["kind"] != "computed" else m["sources"]
    printed = " ".join(x.get("printed", x.get("quote", "")) for x in srcs)
    if e["unit"] == "percent":
        ok("%" in printed or m["kind"] == "computed" and m["op"] == "share", f"{w}: percent unit without %")
    if e["unit"] == "EUR":
        ok(all(x["kind"] == "cell" and ("€" in x["printed"] or "x € 1" in x["scale_statement"] or "€ '000" in x["scale_statement"]
                                        or "euro" in x["scale_statement"] or "€ mln" in x["scale_statement"])
               or x["kind"] == "prose" and "€" in x["quote"] for x in srcs), f"{w}: EUR unit on a non-money figure")
    if e["unit"] == "count":
        ok("%" not in printed and "€" not in printed, f"{w}: count unit on money or percent")


def check_text(cid, n, t, pv):
    w = f"{cid}[{n}]"
    pages = []
    for i, s in enumerate(pv["where"]):
        check_source(s, f"{w}/where{i}")
        pages.append(X.page_text(path(s["document"]), s["page"]).lower())
    for item in t["expect"]["include"]:
        alts = item if isinstance(item, list) else [item]
        ok(any(a.lower() in pg for a in alts for pg in pages), f"{w}: include {item} not in the cited passage pages")


def rule_holds(r, doc):
    text = doc_text(doc)
    if r["rule"] == "absent_text":
        return r["text"].lower() not in text.lower()
    if r["rule"] == "absent_regex":
        return re.search(r["pattern"], text) is None
    if r["rule"] == "no_page_with_both":
        return not any(r["a"].lower() in pg.lower() and r["b"].lower() in pg.lower() for pg in doc_pages_text(doc))
    if r["rule"] == "no_sentence_with_both":
        sents = re.split(r"(?<=[.!?])\s+", text)
        return not any(r["a"].lower() in s.lower() and r["b"].lower() in s.lower() for s in sents)
    raise ValueError(r["rule"])


def check_refusal(cid, n, t, pv):
    w = f"{cid}[{n}]"
    covered = set()
    for r in pv["absent"]:
        for d in r["docs"]:
            ok(rule_holds(r, d), f"{w}: rule {r['rule']} {r.get('text') or r.get('pattern') or (r.get('a'), r.get('b'))} fails in {d}")
            covered.add(d)
    ok(covered == set(ALL), f"{w}: refusal rules cover {sorted(covered)}, not all six documents")


def numtext(s):
    """Separators between digit groups and the space before '%' removed, so '1.838.320', '1 838 320' and
    '21,8 %' / '21,8%' compare equal."""
    s = X.norm(s)
    s = re.sub(r"(?<=\d)[ .](?=\d{3}\b)", "", s)
    return s.replace(" %", "%")


def check_any(cid, n, t, pv, munis_of):
    w = f"{cid}[{n}]"
    own = [d for d in ALL if munis_of[d] == t["expect"]["municipality"]]
    for x in t["expect"]["exclude"]:
        ok(all(numtext(x) not in numtext(doc_text(d)) for d in own), f"{w}: exclude {x!r} printed in the body's own documents")
        ok(any(numtext(x) in numtext(doc_text(d)) for d in pv["exclude_in"]), f"{w}: exclude {x!r} is no figure of {pv['exclude_in']}")


# ---------------------------------------------------------------------------------------- add-ups from the PDFs
def table(doc, anchor):
    """label -> list of numbers, for the rows of the table under `anchor` (until the next caption/heading)."""
    p = path(doc)
    page = X.find_pages(p, anchor)[0]
    lines = X.pages(p)[page - 1]
    i = next(k for k, ln in enumerate(lines) if ln.text.startswith(anchor))
    rows = {}
    for ln in lines[i + 1:]:
        if ln.text.startswith("Tabel ") or ln.text.startswith("*)"):
            break
        if len(ln.texts) < 2:
            continue
        try:
            vals = [X.parse_number(v) for v in ln.texts[1:]]
        except ValueError:
            continue
        rows.setdefault(ln.texts[0], vals)
    return rows, page


def prose_number(doc, pattern):
    m = re.search(pattern, doc_text(doc))
    return m


def addups():
    # ---------- Collectie Overijssel
    t3, _ = table(CO26, "Tabel 3 Baten")
    progs = ["Beheer en behoud", "Digitalisering en e-depot", "Publieksbereik en dienstverlening", "Kennis en netwerk", "Overhead"]
    for c in range(9):
        ok(sum(t3[pn][c] for pn in progs) == t3["Programma's en overhead"][c], f"CO T3 col {c}: programmes != subtotal")
        ok(t3["Programma's en overhead"][c] + t3["Algemene dekkingsmiddelen *)"][c] == t3["Saldo van baten en lasten"][c],
           f"CO T3 col {c}: subtotal + dekkingsmiddelen != saldo row")
        ok(t3["Saldo van baten en lasten"][c] + t3["Mutaties reserves **)"][c] == t3["Resultaat"][c], f"CO T3 col {c}: resultaat")
    for g in range(3):
        for r in t3:
            ok(t3[r][3 * g + 2] == t3[r][3 * g + 1] - t3[r][3 * g], f"CO T3 {r} group {g}: saldo != baten - lasten")
    t6, _ = table(CO26, "Tabel 6 Baten")
    baten = ["Baten GR Rijk", "Baten GR Gemeente Zwolle", "Baten GR Gemeente Deventer", "Baten DVO Provincie Overijssel",
             "Baten DVO's Overige", "Baten Provinciaal Programma *)", "Baten Museale Collectie", "Baten Kenniscomponent", "Baten Overig"]
    lasten = ["Personeel salarissen", "Personeel overig", "Huisvesting energie", "Huisvesting overig", "Organisatie projecten",
              "Organisatie overig", "Projectkosten subsidies", "Afschrijvingskosten", "Onvoorzien **)"]
    for c in range(6):
        ok(sum(t6[r][c] for r in baten) == t6["Totale baten"][c], f"CO T6 col {c}: baten")
        ok(sum(t6[r][c] for r in lasten) == t6["Totale lasten"][c], f"CO T6 col {c}: lasten")
        ok(sum(t6[r][c] for r in baten[:3]) == t6["GR-deelnemers"][c], f"CO T6 col {c}: GR-deelnemers")
        ok(t6["Personeel salarissen"][c] + t6["Personeel overig"][c] == t6["Personeel"][c], f"CO T6 col {c}: Personeel")
        ok(t6["Huisvesting energie"][c] + t6["Huisvesting overig"][c] == t6["Huisvesting"][c], f"CO T6 col {c}: Huisvesting")
        ok(t6["Totale baten"][c] - t6["Totale lasten"][c] == t6["Saldo van baten en lasten"][c], f"CO T6 col {c}: saldo")
    for y in range(3):
        ok(t3["Saldo van baten en lasten"][3 * y] == t6["Totale lasten"][y], f"CO T3/T6 lasten year {y}")
        ok(t3["Saldo van baten en lasten"][3 * y + 1] == t6["Totale baten"][y], f"CO T3/T6 baten year {y}")
        ok(t3["Algemene dekkingsmiddelen *)"][3 * y + 1] == sum(t6[r][y] for r in baten[:5]), f"CO T3 dekkingsmiddelen year {y}")
    t4, _ = table(CO26, "Tabel 4 Lasten")
    t5, _ = table(CO26, "Tabel 5 Meerjarig")
    for yi, y in enumerate(["2026", "2027", "2028", "2029"]):
        ok(sum(t4[y][:5]) == t4[y][5] == t6["Totale lasten"][2 + yi], f"CO T4 {y}: programmes / total / T6")
        b, l, s, tv, on, r = t5[y]
        ok((b, l, s) == (t6["Totale baten"][2 + yi], t6["Totale lasten"][2 + yi], t6["Saldo van baten en lasten"][2 + yi]), f"CO T5 {y} vs T6")
        ok(s - tv + on == r, f"CO T5 {y}: resultaat")
    ok(t4["2026"][:5] == [t3[pn][6] for pn in progs], "CO T4 2026 = T3 Begroting 2026 lasten")
    t7, _ = table(CO26, "Tabel 7 Bijdragen")
    m = re.search(r"Indexatie (\d+),(\d) %", " ".join(ln.text for ln in X.pages(path(CO26))[8]))
    idx = D(f"{m.group(1)}.{m.group(2)}")
    for r in ("Het Rijk", "Gemeente Zwolle", "Gemeente Deventer", "Provincie Overijssel *)"):
        b25, ix, u, b26 = t7[r]
        ok(ix == int((D(b25) * idx / 100).quantize(Decimal(1), rounding="ROUND_HALF_UP")), f"CO T7 {r}: indexatie")
        ok(b25 + ix + u == b26, f"CO T7 {r}: 2026 = 2025 + index + uitbreiding")
    for c in range(4):
        ok(sum(t7[r][c] for r in ("Het Rijk", "Gemeente Zwolle", "Gemeente Deventer")) == t7["GR-deelnemers"][c], f"CO T7 GR col {c}")
        ok(t7["GR-deelnemers"][c] + t7["Provincie Overijssel *)"][c] == t7["Totaal bijdragen"][c], f"CO T7 total col {c}")
    for r7, r6 in (("Het Rijk", "Baten GR Rijk"), ("Gemeente Zwolle", "Baten GR Gemeente Zwolle"),
                   ("Gemeente Deventer", "Baten GR Gemeente Deventer"), ("Provincie Overijssel *)", "Baten DVO Provincie Overijssel")):
        ok(int((D(t7[r7][3]) / 1000).quantize(Decimal(1), rounding="ROUND_HALF_UP")) == t6[r6][2], f"CO T7/T6 {r7} 2026")
        ok(int((D(t7[r7][0]) / 1000).quantize(Decimal(1), rounding="ROUND_HALF_UP")) == t6[r6][1], f"CO T7/T6 {r7} 2025")
    t8, _ = table(CO26, "Tabel 8 Bijdrage")
    for g in ("Gemeente Zwolle", "Gemeente Deventer"):
        inw, b26, per = t8[g]
        ok(b26 == t7[g][3], f"CO T8 {g}: bijdrage = T7")
        ok((D(b26) / inw).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP") == D(per), f"CO T8 {g}: per inwoner")
    t1, _ = table(CO26, "Tabel 1 Kerncijfers")
    mln = lambda x: (D(x) / 1_000_000).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
    for lab, k25, k26 in (("Totale lasten", t6["Totale lasten"][1] * 1000, t6["Totale lasten"][2] * 1000),
                          ("Totale baten", t6["Totale baten"][1] * 1000, t6["Totale baten"][2] * 1000),
                          ("Bijdrage Het Rijk", t7["Het Rijk"][0], t7["Het Rijk"][3]),
                          ("Bijdrage gemeente Zwolle", t7["Gemeente Zwolle"][0], t7["Gemeente Zwolle"][3]),
                          ("Bijdrage gemeente Deventer", t7["Gemeente Deventer"][0], t7["Gemeente Deventer"][3])):
        ok([D(v) for v in t1[lab]] == [mln(k25), mln(k26)], f"CO T1 {lab}: € mln != detail tables")
    t9, _ = table(CO26, "Tabel 9 Risico")
    need = 0
    for r, v in t9.items():
        if len(v) == 3:
            ok(D(v[0]) * D(v[1]) / 100 == v[2], f"CO T9 {r}: impact x kans")
            need += v[2]
    ok(need == t9["Benodigde weerstandscapaciteit"][0], "CO T9 total")
    t10, _ = table(CO26, "Tabel 10 Ratio")
    ok(t10["Algemene reserve per 31-12-2026"][0] + t10["Post onvoorzien 2026"][0] == t10["Beschikbare weerstandscapaciteit"][0], "CO T10 capaciteit")
    ok((D(t10["Beschikbare weerstandscapaciteit"][0]) / need).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP") == D(t10["Ratio weerstandsvermogen"][0]), "CO T10 ratio")
    t15, _ = table(CO26, "Tabel 15 Reserves")
    res = ["Algemene reserve", "Onderhoud", "Datakwaliteit & Collectiebeheer", "Digitale dienstverlening", "Huisvesting Collectiecentrum"]
    for c in range(6):
        ok(sum(t15[r][c] for r in res) == t15["Totaal reserves"][c], f"CO T15 col {c}")
    ok(t15["Algemene reserve"][2] == t10["Algemene reserve per 31-12-2026"][0], "CO T15/T10 algemene reserve")
    for c in range(1, 6):   # stand changes = onttrekkingen/toevoegingen of the year
        y = str(2024 + c)
        if y in t5:
            ok(t15["Totaal reserves"][c] - t15["Totaal reserves"][c - 1] == t5[y][3] - t5[y][4], f"CO T15/T5 mutaties {y}")
        else:
            ok(t15["Totaal reserves"][c] - t15["Totaal reserves"][c - 1] == -t3["Mutaties reserves **)"][5], f"CO T15/T3 mutaties {y}")
    t12, _ = table(CO26, "Tabel 12 Geprognosticeerde")
    for c in range(3):
        ok(sum(t12[r][c] for r in ("Vaste activa", "Kortlopende vorderingen (incl. rekening-courant Rijk)", "Overlopende activa",
                                   "Liquide middelen")) == t12["Activa"][c], f"CO T12 activa {c}")
        ok(sum(t12[r][c] for r in ("Eigen vermogen", "Voorzieningen", "Vaste schulden", "Vlottende passiva")) == t12["Passiva"][c], f"CO T12 passiva {c}")
        ok(t12["Eigen vermogen"][c] == t15["Totaal reserves"][c], f"CO T12 EV = reserves {c}")
    t11, _ = table(CO26, "Tabel 11 Verplichte")
    for c in range(3):
        ok((D(t12["Eigen vermogen"][c]) * 100 / t12["Activa"][c]).quantize(Decimal("0.1"), rounding="ROUND_HALF_UP") == D(t11["Solvabiliteitsratio"][c]), f"CO T11 solvabiliteit {c}")
    t14, _ = table(CO26, "Tabel 14 Investeringsplanning")
    dep = ["Klimaatinstallatie depot Marslanden", "Stellingen en inrichting depots", "Calamiteitenvoorzieningen depots"]
    dig = ["Scanapparatuur Snelle Scanservice", "E-depot: koppelingen en opslaguitbreiding", "Nieuw collectiebeheersysteem", "Werkplekken en ICT"]
    for c in range(4):
        ok(sum(t14[r][c] for r in dep) == t14["Depot"][c], f"CO T14 depot {c}")
        ok(sum(t14[r][c] for r in dig) == t14["Digitalisering en ICT"][c], f"CO T14 digi {c}")
        ok(t14["Depot"][c] + t14["Digitalisering en ICT"][c] == t14["Totaal investeringen"][c], f"CO T14 totaal {c}")
    t13, _ = table(CO26, "Tabel 13 Personeel")
    for c in range(2):
        ok(sum(D(v[c]) for r, v in t13.items() if r != "Formatie") == D(t13["Formatie"][c]), f"CO T13 fte {c}")
    # ---------- GGD Twente
    g2, _ = table(GT24, "Tabel 2 Lasten")
    g3, _ = table(GT24, "Tabel 3 Baten")
    g4, _ = table(GT24, "Tabel 4 Saldo")
    gprogs = [r for r in g2 if r != "Totaal lasten GGD Twente"]
    ok(list(g2)[0] == "Totaal lasten GGD Twente", "GT T2: the total is the first row")
    for c in range(3):
        ok(sum(g2[r][c] for r in gprogs) == g2["Totaal lasten GGD Twente"][c], f"GT T2 col {c}")
        ok(sum(v[c] for r, v in g3.items() if r != "Totaal baten") == g3["Totaal baten"][c], f"GT T3 col {c}")
        ok(g4["Totaal baten"][c] == g3["Totaal baten"][c] and g4["Totaal lasten"][c] == g2["Totaal lasten GGD Twente"][c], f"GT T4 col {c}")
        ok(g4["Totaal baten"][c] - g4["Totaal lasten"][c] == g4["Saldo van baten en lasten"][c], f"GT T4 saldo {c}")
        ok(g4["Saldo van baten en lasten"][c] - g4["Toevoegingen aan reserves"][c] + g4["Onttrekkingen aan reserves"][c]
           == g4["Gerealiseerd resultaat"][c], f"GT T4 resultaat {c}")
    for t in (g2, g3, g4):
        for r, v in t.items():
            ok(v[3] == v[2] - v[1], f"GT verschil {r}")
    g6, _ = table(GT24, "Tabel 6 Bijdrage")
    m = re.search(r"tarief van € (\d+),(\d\d) per inwoner", doc_text(GT24))
    tarief = D(f"{m.group(1)}.{m.group(2)}")
    members = [r for r in g6 if r != "Totaal"]
    ok(len(members) == 14 and "Wassenaar" not in members and {"Twenterand", "Dinkelland"} <= set(members), "GT T6 members")
    for r in members:
        inw, bp, pl, tot, per = g6[r]
        ok(bp == int((inw * tarief).quantize(Decimal(1), rounding="ROUND_HALF_UP")), f"GT T6 {r}: basispakket = inwoners x tarief")
        ok(bp + pl == tot, f"GT T6 {r}: totaal")
        ok((D(tot) / inw).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP") == D(per), f"GT T6 {r}: per inwoner")
    for c in range(4):
        ok(sum(g6[r][c] for r in members) == g6["Totaal"][c], f"GT T6 total col {c}")
    ok(g6["Totaal"][1] == g3["Bijdragen gemeenten basispakket"][2] and g6["Totaal"][2] == g3["Bijdragen gemeenten plustaken"][2], "GT T6 = T3 bijdragen")
    g13, _ = table(GT24, "Tabel 13 Verloop")
    for r, (s0, tv, on, s1) in g13.items():
        ok(s0 + tv - on == s1, f"GT T13 {r}")
    ok(g13["Totaal reserves"][1] == g4["Toevoegingen aan reserves"][2] and g13["Totaal reserves"][2] == g4["Onttrekkingen aan reserves"][2], "GT T13 = T4 mutaties")
    g12, _ = table(GT24, "Tabel 12 Balans")
    act = ["Materiële vaste activa", "Uitzettingen met een rentetypische looptijd korter dan één jaar",
           "Uitzettingen in 's Rijks schatkist", "Liquide middelen", "Overlopende activa"]
    pas = ["Eigen vermogen (reserves en resultaat)", "Voorzieningen",
           "Vaste schulden met een rentetypische looptijd van één jaar of langer", "Netto-vlottende schulden", "Overlopende passiva"]
    for c in range(2):
        ok(sum(g12[r][c] for r in act) == g12["Totaal activa"][c], f"GT T12 activa {c}")
        ok(sum(g12[r][c] for r in pas) == g12["Totaal passiva"][c] == g12["Totaal activa"][c], f"GT T12 passiva {c}")
    ok(g12["Eigen vermogen (reserves en resultaat)"][0] == g13["Totaal reserves"][3] + g4["Gerealiseerd resultaat"][2], "GT EV = reserves + resultaat")
    g9, _ = table(GT24, "Tabel 9 Verplichte")
    for c, cc in ((0, 1), (2, 0)):
        ok((D(g12["Eigen vermogen (reserves en resultaat)"][cc]) * 100 / g12["Totaal activa"][cc]).quantize(Decimal("0.1"), rounding="ROUND_HALF_UP")
           == D(g9["Solvabiliteitsratio"][c]), f"GT T9 solvabiliteit col {c}")
    g7, _ = table(GT24, "Tabel 7 Risico")
    need = sum(v[2] for r, v in g7.items() if len(v) == 3)
    for r, v in g7.items():
        if len(v) == 3:
            ok(D(v[0]) * D(v[1]) / 100 == v[2], f"GT T7 {r}")
    ok(need == g7["Benodigde weerstandscapaciteit"][0], "GT T7 total")
    g8, _ = table(GT24, "Tabel 8 Ratio")
    ok(g8["Beschikbare weerstandscapaciteit (algemene reserve)"][0] == g13["Algemene reserve"][3], "GT T8 capaciteit = algemene reserve")
    ok((D(g8["Beschikbare weerstandscapaciteit (algemene reserve)"][0]) / need).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP") == D(g8["Ratio weerstandsvermogen"][0]), "GT T8 ratio")
    g10, _ = table(GT24, "Tabel 10 Personeel")
    for c in range(2):
        ok(sum(D(v[c]) for r, v in g10.items() if r != "GGD Twente") == D(g10["GGD Twente"][c]), f"GT T10 fte {c}")
    wv = sum(D(v[1]) * D(v[3]) for r, v in g10.items() if r != "GGD Twente") / D(g10["GGD Twente"][1])
    ok(wv.quantize(Decimal("0.1"), rounding="ROUND_HALF_UP") == D(g10["GGD Twente"][3]), "GT T10 verzuim gewogen")
    g11, _ = table(GT24, "Tabel 11 Bezoldiging")
    for c in range(2):
        ok(g11["Beloning plus belastbare onkostenvergoedingen"][c] + g11["Beloningen betaalbaar op termijn"][c]
           == g11["Subtotaal"][c] == g11["Bezoldiging"][c] <= g11["Individueel toepasselijk bezoldigingsmaximum"][c], f"GT T11 {c}")
    g14, _ = table(GT24, "Tabel 14 Voorstel")
    ok(g14["Gerealiseerd resultaat 2024"][0] == g4["Gerealiseerd resultaat"][2], "GT T14 resultaat")
    ok(g14["Gerealiseerd resultaat 2024"][0] + g14["Toevoeging aan de reserve Infectieziektebestrijding"][0]
       + g14["Terugbetaling aan de gemeenten"][0] == g14["Resterend resultaat"][0] == 0, "GT T14 bestemming")
    g1, _ = table(GT24, "Tabel 1 Financ")
    kk = lambda x: int((D(x) / 1000).quantize(Decimal(1), rounding="ROUND_HALF_UP"))
    ok(g1["Totale lasten"] == [kk(g2["Totaal lasten GGD Twente"][1]), kk(g2["Totaal lasten GGD Twente"][2])], "GT T1 lasten")
    ok(g1["Totale baten"] == [kk(g3["Totaal baten"][1]), kk(g3["Totaal baten"][2])], "GT T1 baten")
    ok(g1["Gerealiseerd resultaat"] == [kk(g4["Gerealiseerd resultaat"][1]), kk(g4["Gerealiseerd resultaat"][2])], "GT T1 resultaat")


# ---------------------------------------------------------------------------------------- layout features
def features():
    out = []
    p = path(CO26)
    with pdfplumber.open(p) as pdf:
        prod = pdf.metadata.get("Producer", "")
        land = [i + 1 for i, pg in enumerate(pdf.pages) if pg.width > pg.height]
        chars6 = pdf.pages[5].chars
        italic = any("Italic" in c["fontname"] and c["text"] == "P" for c in chars6)
        thin_gap = not any(c["text"] in "\u2009 " for c in pdf.pages[5].chars)
        first = pdf.pages[0].extract_text() or ""
    out.append(("CO: producer is Qt", prod.startswith("Qt"), prod))
    out.append(("CO: one landscape page (Tabel 3)", land == [6], land))
    out.append(("CO: thin-space thousands are gaps, not characters", thin_gap and any("2 420" in l for l in X.layout_lines(p, 6)), ""))
    out.append(("CO: italic subtotal row 'Programma's en overhead'", italic, ""))
    out.append(("CO: FICTIEF on the first page", "FICTIEF" in first, ""))
    hdr = [ln for ln in X.pages(p)[5] if "Rekening 2024" in ln.text][0]
    lb = [ln for ln in X.pages(p)[5] if ln.text.startswith("Programma Lasten")][0]
    merged = hdr.x[-1][0] > lb.x[-3][0] - 40 and hdr.x[-1][1] < lb.x[-1][1]
    out.append(("CO: merged header 'Begroting 2026' over Lasten | Baten | Saldo", "Begroting 2026" in hdr.texts[-1] and merged, hdr.texts))
    out.append(("CO: '€' before every figure of Tabel 7", all(v.startswith("€ ") for v in X.cell(p, 9, "Tabel 7", "Het Rijk", 0)[1].texts[1:]), ""))
    out.append(("CO: transposed table (years as rows) Tabel 4", [ln.texts[0] for ln in X.pages(p)[6] if ln.texts[0] in ("2026", "2027", "2028", "2029")][:4] == ["2026", "2027", "2028", "2029"], ""))
    out.append(("CO: € mln with two decimals in Tabel 1", X.cell(p, 2, "Tabel 1 ", "Totale lasten", 1)[0].count(",") == 1, ""))
    out.append(("CO: '*)' footnote markers after labels", "Baten Provinciaal Programma *)" in doc_text(CO26), ""))
    out.append(("CO: percentages with a space ('3,6 %')", "3,6 %" in doc_text(CO26), ""))
    g = path(GT24)
    with pdfplumber.open(g) as pdf:
        nn = sum(1 for pg in pdf.pages for c in pg.chars if c["text"] == "\u202f")
        hy = sum(1 for pg in pdf.pages for c in pg.chars if c["text"] == "\u2010")
        info = pdf.metadata
        first = pdf.pages[0].extract_text() or ""
        p4 = pdf.pages[3]
        sal = [w for w in p4.extract_words(extra_attrs=["fontname"]) if w["text"] == "Saldo"]
        gt_italic = any("Italic" in w["fontname"] for w in sal)
    out.append(("GT: written by pdfme (no Info dictionary)", not info.get("Producer"), info))
    out.append(("GT: narrow no-break space (U+202F) thousands", nn > 100, nn))
    out.append(("GT: '-' mapped to U+2010 in the text layer", hy > 0, hy))
    out.append(("GT: FICTIEF on the first page", "FICTIEF" in first, ""))
    g2, _ = table(GT24, "Tabel 2 Lasten")
    out.append(("GT: Tabel 2 prints the total as its first row", list(g2)[0].startswith("Totaal"), list(g2)[0]))
    out.append(("GT: '€' before every figure of Tabel 6", X.cell(g, 8, "Tabel 6", "Twenterand", 1)[0].startswith("€"), ""))
    out.append(("GT: italic subtotal 'Saldo van baten en lasten' (no 'totaal')", gt_italic, ""))
    out.append(("GT: percentages with a space ('89,4 %')", "89,4 %" in doc_text(GT24), ""))
    for name, cond, info in out:
        ok(cond, f"layout feature: {name} ({info})")
        print(("  [x] " if cond else "  [ ] ") + name)


# ---------------------------------------------------------------------------------------- main
def main():
    with open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8") as f:
        mtext = f.read()
    man = yaml.safe_load(mtext)
    ok("FICTIONAL" in mtext.split("documents:")[0], "manifest header must say the new documents are fictional")
    files = [d["file"] for d in man["documents"]]
    ok(sorted(files) == sorted(ALL), f"manifest files {files}")
    for d in man["documents"]:
        ok({"file", "municipality", "year", "type", "title"} <= set(d), f"manifest entry {d.get('file')}")
        ok(os.path.exists(path(d["file"])), f"missing {d['file']}")
    munis_of = {d["file"]: d["municipality"] for d in man["documents"]}
    ok(munis_of[CO26] == munis_of[CO23] == "Collectie Overijssel" and munis_of[GT24] == "GGD Twente", "manifest names")
    if os.path.isdir(SRC_CORPUS):
        for f in REAL:
            a = hashlib.sha256(open(path(f), "rb").read()).hexdigest()
            b = hashlib.sha256(open(os.path.join(SRC_CORPUS, f), "rb").read()).hexdigest()
            ok(a == b, f"{f} is not a byte-identical copy")
    with open(os.path.join(SET, "cases.yaml"), encoding="utf-8") as f:
        ctext = f.read()
    cases = yaml.safe_load(ctext)
    prov = json.load(open(os.path.join(HERE, "provenance.json"), encoding="utf-8"))
    turns = check_format(cases, set(munis_of.values()))
    # a comment above every case
    lines = ctext.splitlines()
    for i, l in enumerate(lines):
        if l.startswith("- id: "):
            ok(lines[i - 1].startswith("#"), f"no comment above {l}")
    counts = {}
    for cid, n, t in turns:
        pv = prov[cid][n]
        ok(pv["kind"] == t["kind"] and pv["question"] == t["question"], f"{cid}[{n}]: provenance mismatch")
        counts[t["kind"]] = counts.get(t["kind"], 0) + 1
        if t["kind"] == "figure":
            check_figure(cid, n, t, pv, munis_of)
        elif t["kind"] == "text":
            check_text(cid, n, t, pv)
        elif t["kind"] == "refusal":
            check_refusal(cid, n, t, pv)
        else:
            check_any(cid, n, t, pv, munis_of)
    convs = [c for c in cases["cases"] if "turns" in c]
    ok(len(convs) >= 6, "at least 6 conversations")
    ok(len(set(prov) - {c["id"] for c in cases["cases"]}) == 0, "provenance has cases not in cases.yaml")
    addups()
    print("layout features:")
    features()
    print(f"turns: {counts}, conversations: {len(convs)}, cases: {len(cases['cases'])}")
    if FAIL:
        print(f"{len(FAIL)} FAILED checks:")
        for m in FAIL:
            print("  -", m)
        sys.exit(1)
    print(f"all {N['ok']} checks passed")


if __name__ == "__main__":
    main()
