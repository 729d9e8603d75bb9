"""Verify ../cases.yaml against the generated documents in ../corpus.

1. The generators' own arithmetic: totals, saldi, results, reserve movements, contributions
   (re-derived here from the printed cells in each generator's registry).
2. Every "# bron:" comment in cases.yaml: the cited cell exists in the generator registry with
   exactly the printed value, and the printed value occurs in the extracted text of the cited
   page (PDF, via pdfplumber) or section (HTML) on the line of the cited row.
   "tekst" citations: the quoted text occurs on that page or in that section.
3. Every "# waarde:" comment: the arithmetic holds and the result is the case's expected value
   (or one of its accepted values).
4. text turns: each include item (or one of its alternatives) occurs in the cited document;
   "# afwezig:" comments (used for refusals): the string does not occur in the document.
5. cases.yaml parses, follows FORMAT.md (version 1, kinds, expect keys) and ids are unique.

Run from anywhere: python3 check_cases.py   (exit status 0 = all checks passed)
"""
import html as htmllib
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.normpath(os.path.join(HERE, ".."))
CORPUS = os.path.join(ROOT, "corpus")
CASES = os.path.join(ROOT, "cases.yaml")

import gen_haverplassen as G2  # noqa: E402
import gen_heggenwolde as G1  # noqa: E402

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def ok(cond, msg):
    if not cond:
        err(msg)


# ---------------------------------------------------------------------------------------
def num(s):
    """Parse a printed number: 1.234 | -1.234 | -/- 1.234 | (1.234) | −0,6% | 838 N | € 1,95 | -."""
    s = s.strip().replace("€", "").replace("%", "").strip()
    if s in ("-", ""):
        return 0.0
    neg = False
    m = re.fullmatch(r"(.*?)\s+([VN])", s)
    if m:
        s, vn = m.group(1), m.group(2)
        neg = vn == "N"
    if s.startswith("-/-"):
        neg, s = True, s[3:].strip()
    elif s.startswith("(") and s.endswith(")"):
        neg, s = True, s[1:-1]
    elif s[0] in "-\u2212":
        neg, s = True, s[1:]
    v = float(s.replace(".", "").replace(",", "."))
    return -v if neg else v


def cell(reg, loc, table, rowl, col):
    key = (loc, table, rowl, col)
    if key not in reg.cells:
        raise KeyError(f"{reg.doc}: no cell {key}")
    return num(reg.cells[key])


def verify_heggenwolde():
    R = G1.REG
    V = G1.VERS
    pg = 6
    for code, name, rows in G1.PROGRAMMES:
        loc = f"p. {pg}"
        cap = f"Tabel 3.{code} Programma {code} {name}" if code != "6" else "Tabel 4.1 Algemene dekkingsmiddelen en overhead"
        for v in V:
            lst = sum(cell(R, loc if code != "5" else "p. 10", cap, f"{r[0]} {r[1]}", v) for r in rows)
            tl = cell(R, loc if code != "5" else "p. 10", cap, "Totaal lasten", v)
            bl = "p. 11" if code == "5" else loc
            bat = sum(cell(R, bl, cap, f"{r[0]} {r[1]} [baten]", v) for r in rows if any(r[5:8]))
            tb = cell(R, bl, cap, "Totaal baten", v)
            sal = cell(R, bl, cap, "Saldo van baten en lasten", v)
            ok(lst == tl, f"{cap} {v}: lasten rows {lst} != total {tl}")
            ok(bat == tb, f"{cap} {v}: baten rows {bat} != total {tb}")
            ok(tb - tl == sal, f"{cap} {v}: saldo {sal} != {tb} - {tl}")
        # afwijking column: lasten N when higher, baten V when higher, saldo V when higher
        for rowl, kind in ([(f"{r[0]} {r[1]}", "L") for r in rows] + [("Totaal lasten", "L")]):
            l = loc if code != "5" else "p. 10"
            d = cell(R, l, cap, rowl, V[2]) - cell(R, l, cap, rowl, V[1])
            ok(cell(R, l, cap, rowl, "Afwijking") == -d, f"{cap} {rowl}: afwijking")
        for rowl in ([f"{r[0]} {r[1]} [baten]" for r in rows if any(r[5:8])] + ["Totaal baten", "Saldo van baten en lasten"]):
            l = "p. 11" if code == "5" else loc
            d = cell(R, l, cap, rowl, V[2]) - cell(R, l, cap, rowl, V[1])
            ok(cell(R, l, cap, rowl, "Afwijking") == d, f"{cap} {rowl}: afwijking")
        pg += 2 if code == "5" else 1
    # Tabel 2.2 totals and result
    cap = "Tabel 2.2 Overzicht baten en lasten 2026"
    progs = [(f"Programma {c} {n}" if c != "6" else "Algemene dekkingsmiddelen en overhead") for c, n, _ in G1.PROGRAMMES]
    for v in V:
        tl = sum(cell(R, "p. 4", cap, f"{p} [lasten]", v) for p in progs)
        tb = sum(cell(R, "p. 4", cap, f"{p} [baten]", v) for p in progs)
        ok(tl == cell(R, "p. 4", cap, "Totaal lasten", v), f"2.2 lasten {v}")
        ok(tb == cell(R, "p. 4", cap, "Totaal baten", v), f"2.2 baten {v}")
        sal = cell(R, "p. 4", cap, "Saldo van baten en lasten", v)
        ok(tb - tl == sal, f"2.2 saldo {v}")
        res = sal - cell(R, "p. 4", cap, "Toevoegingen aan reserves", v) + cell(R, "p. 4", cap, "Onttrekkingen aan reserves", v)
        ok(res == cell(R, "p. 4", cap, "Resultaat", v), f"2.2 resultaat {v}")
        for t, l in (("Toevoegingen aan reserves", "Toevoegingen aan reserves"), ("Onttrekkingen aan reserves", "Onttrekkingen aan reserves")):
            ok(cell(R, "p. 4", cap, t, v) == cell(R, "p. 12", "Tabel 4.2 Mutaties reserves (taakveld 0.10)", l, v), f"2.2 vs 4.2 {t} {v}")
    # Tabel 2.1 chain
    cap = "Tabel 2.1 Verloop begrotingssaldo 2026"
    c = lambda r: cell(R, "p. 4", cap, r, "Bedrag")  # noqa: E731
    ok(c("Saldo primitieve begroting 2026") + c("Begrotingswijzigingen tot en met eerste tussenrapportage")
       == c("Saldo actuele begroting 2026"), "2.1 actueel")
    eff = sum(c(p) for p in progs) + c("Hogere onttrekkingen aan reserves")
    ok(eff == c("Totaal effect najaarsnota"), "2.1 effect")
    ok(c("Saldo actuele begroting 2026") + eff == c("Verwacht saldo 2026 (prognose)"), "2.1 prognose")
    ok(c("Verwacht saldo 2026 (prognose)") == cell(R, "p. 4", "Tabel 2.2 Overzicht baten en lasten 2026", "Resultaat", V[2]), "2.1 vs 2.2")
    # Tabel 2.3
    cap = "Tabel 2.3 Meerjarig perspectief 2026-2029"
    for y in G1.MJ_YEARS:
        tot = sum(cell(R, "p. 5", cap, lab, y) for lab, _ in G1.MJ_ROWS)
        ok(tot == cell(R, "p. 5", cap, "Totaal doorwerking najaarsnota", y), f"2.3 effect {y}")
        ok(cell(R, "p. 5", cap, "Saldo na eerste tussenrapportage", y) + tot == cell(R, "p. 5", cap, "Nieuw begrotingssaldo", y), f"2.3 saldo {y}")
    # reserves
    cap = "Tabel 6.1 Verloop reserves 2026"
    cols = ["Stand 1-1-2026", "Toevoegingen 2026", "Onttrekkingen 2026", "Stand 31-12-2026 (prognose)"]
    for name, *_ in G1.RESERVES + [("Totaal reserves",)]:
        b, t, o, e = (cell(R, "p. 14", cap, name, col) for col in cols)
        ok(b + t + o == e, f"reserve {name}")
    for col in cols:
        ok(sum(cell(R, "p. 14", cap, r[0], col) for r in G1.RESERVES) == cell(R, "p. 14", cap, "Totaal reserves", col), f"reserves total {col}")
    ok(round(cell(R, "p. 14", cap, "Totaal reserves", cols[1]) / 1000) == cell(R, "p. 12", "Tabel 4.2 Mutaties reserves (taakveld 0.10)", "Toevoegingen aan reserves", V[2]), "reserves toev vs 4.2")
    ok(round(-cell(R, "p. 14", cap, "Totaal reserves", cols[2]) / 1000) == cell(R, "p. 12", "Tabel 4.2 Mutaties reserves (taakveld 0.10)", "Onttrekkingen aan reserves", V[2]), "reserves ontt vs 4.2")
    # investments
    cap = "Tabel 7.1 Stand van zaken investeringskredieten"
    cols = ["Beschikbaar krediet", "Uitgaven t/m 2025", "Prognose uitgaven 2026", "Restant krediet na 2026"]
    labs = [f"{r[0]} {r[1]}" for r in G1.INVEST]
    for lab in labs + ["Totaal"]:
        k, a, p, r = (cell(R, "p. 15", cap, lab, col) for col in cols)
        ok(k - a - p == r, f"investering {lab}")
    for col in cols:
        ok(sum(cell(R, "p. 15", cap, l, col) for l in labs) == cell(R, "p. 15", cap, "Totaal", col), f"invest total {col}")
    # weerstand
    cap = "Tabel 8.1 Weerstandscapaciteit en weerstandsratio"
    b = sum(cell(R, "p. 16", cap, lab, "Bedrag") for lab, _ in G1.WEER)
    ok(b == cell(R, "p. 16", cap, "Beschikbare weerstandscapaciteit", "Bedrag"), "weerstand sum")
    ok(abs(b / cell(R, "p. 16", cap, "Benodigde weerstandscapaciteit", "Bedrag")
           - cell(R, "p. 16", cap, "Weerstandsratio (beschikbaar / benodigd)", "Bedrag")) < 0.005, "weerstandsratio")
    ok(round(cell(R, "p. 14", "Tabel 6.1 Verloop reserves 2026", "Algemene reserve", "Stand 31-12-2026 (prognose)") / 1000)
       == cell(R, "p. 16", cap, "Algemene reserve (prognose stand 31-12-2026)", "Bedrag"), "weerstand algemene reserve")
    # taxes
    cap = "Tabel 5.2 Opbrengst lokale heffingen 2026"
    for col in ("Actuele begroting 2026", "Prognose 2026"):
        ok(sum(cell(R, "p. 13", cap, h[0], col) for h in G1.OPBR) == cell(R, "p. 13", cap, "Totaal", col), f"opbrengst {col}")
    for h in G1.OPBR + [("Totaal",)]:
        d = cell(R, "p. 13", cap, h[0], "Prognose 2026") - cell(R, "p. 13", cap, h[0], "Actuele begroting 2026")
        ok(abs(d) == abs(cell(R, "p. 13", cap, h[0], "Verschil")) and (d > 0) == (cell(R, "p. 13", cap, h[0], "Verschil") > 0), f"opbrengst verschil {h[0]}")
    cap = "Tabel 5.3 Woonlasten meerpersoonshuishouden (eigenaar-bewoner)"
    for y in ("2025", "2026"):
        parts = sum(cell(R, "p. 13", cap, l, y) for l in ("OZB eigenaar", "Afvalstoffenheffing meerpersoonshuishouden", "Rioolheffing"))
        ok(abs(parts - cell(R, "p. 13", cap, "Totale woonlasten", y)) < 0.005, f"woonlasten {y}")
        ozb = cell(R, "p. 13", cap, "Gemiddelde WOZ-waarde woning", y) * cell(R, "p. 13", "Tabel 5.1 Tarieven lokale heffingen", "OZB woningen, eigenaar", f"Tarief {y}") / 100
        ok(abs(ozb - cell(R, "p. 13", cap, "OZB eigenaar", y)) < 0.006, f"ozb woonlasten {y}")


def verify_haverplassen():
    R = G2.REG
    Y = G2.YEARS
    L = 'sectie "5 Overzicht baten en lasten"'
    cap = "Tabel 5 Overzicht baten en lasten 2025-2030"
    for y in Y:
        tl = sum(cell(R, L, cap, f"{p[0]} [lasten]", y) for p in G2.PROGS)
        tb = sum(cell(R, L, cap, f"{p[0]} [baten]", y) for p in G2.PROGS) + cell(R, L, cap, "Bijdragen deelnemers", y)
        ok(tl == cell(R, L, cap, "Totaal lasten", y), f"rs lasten {y}")
        ok(tb == cell(R, L, cap, "Totaal baten", y), f"rs baten {y}")
        sal = cell(R, L, cap, "Saldo van baten en lasten", y)
        ok(tb - tl == sal, f"rs saldo {y}")
        res = sal - cell(R, L, cap, "Toevoegingen aan reserves", y) + cell(R, L, cap, "Onttrekkingen aan reserves", y)
        ok(res == cell(R, L, cap, "Resultaat", y), f"rs resultaat {y}")
        ok(cell(R, L, cap, "Bijdragen deelnemers", y) == cell(R, 'sectie "6 Bijdragen deelnemers"', "Tabel 6 Bijdragen deelnemers", "Totaal", y), f"bijdragen {y}")
        tot = cell(R, 'sectie "6 Bijdragen deelnemers"', "Tabel 6 Bijdragen deelnemers", "Totaal", y)
        s = 0
        for name, pct in G2.MEMBERS:
            v = cell(R, 'sectie "6 Bijdragen deelnemers"', "Tabel 6 Bijdragen deelnemers", name, y)
            ok(abs(v - tot * pct / 100) <= 1, f"bijdrage {name} {y}")
            s += v
        ok(s == tot, f"bijdragen sum {y}")
    ok(cell(R, L, cap, "Resultaat", Y[0]) == G2.RES_BEST + G2.TERUG, "resultaatbestemming")
    sec = 'sectie "7 Resultaat 2025 en resultaatbestemming"'
    ok(sum(cell(R, sec, "Tabel 7 Teruggave resultaat 2025 per deelnemer", n, "Teruggave") for n, _ in G2.MEMBERS)
       == cell(R, sec, "Tabel 7 Teruggave resultaat 2025 per deelnemer", "Totaal", "Teruggave") == G2.TERUG, "teruggave")
    sec = 'sectie "8 Reserves"'
    cap = "Tabel 8 Verloop reserves 2027-2030"
    for name, start, t, o in G2.RES:
        s = cell(R, sec, cap, name, "Stand 1-1-2027") + cell(R, sec, cap, name, "Toevoeging 2027") - cell(R, sec, cap, name, "Onttrekking 2027")
        ok(s == cell(R, sec, cap, name, "Stand 31-12-2027"), f"reserve {name} 2027")
        for k, y in enumerate(("2028", "2029", "2030")):
            s = s + t[k + 1] - o[k + 1]
            ok(s == cell(R, sec, cap, name, f"Stand 31-12-{y}"), f"reserve {name} {y}")
    for col in ("Stand 1-1-2027", "Toevoeging 2027", "Onttrekking 2027", "Stand 31-12-2027", "Stand 31-12-2028", "Stand 31-12-2029", "Stand 31-12-2030"):
        ok(sum(cell(R, sec, cap, r[0], col) for r in G2.RES) == cell(R, sec, cap, "Totaal", col), f"reserves total {col}")
    for k, y in enumerate(Y[2:]):
        ok(sum(r[2][k] for r in G2.RES) == cell(R, L, "Tabel 5 Overzicht baten en lasten 2025-2030", "Toevoegingen aan reserves", y), f"res toev {y}")
        ok(sum(r[3][k] for r in G2.RES) == cell(R, L, "Tabel 5 Overzicht baten en lasten 2025-2030", "Onttrekkingen aan reserves", y), f"res ontt {y}")
    sec = 'sectie "9 Investeringen"'
    cap = "Tabel 9 Investeringsplan 2027-2030"
    for name, _ in G2.INVEST + [("Totaal", None)]:
        ok(sum(cell(R, sec, cap, name, y) for y in ("2027", "2028", "2029", "2030")) == cell(R, sec, cap, name, "Totaal"), f"invest {name}")
    sec = 'sectie "4 Programma\'s"'
    cap = "Tabel 4 Recreatieve voorzieningen per voorziening"
    for col in ("Lasten begroting 2026", "Lasten begroting 2027", "Baten begroting 2026", "Baten begroting 2027"):
        ok(sum(cell(R, sec, cap, v[0], col) for v in G2.VOORZ) == cell(R, sec, cap, "Totaal", col), f"voorz {col}")
    ok(cell(R, sec, cap, "Totaal", "Lasten begroting 2027") == cell(R, L, "Tabel 5 Overzicht baten en lasten 2025-2030", "Recreatieve voorzieningen [lasten]", "Begroting 2027"), "voorz vs overzicht")
    sec = 'sectie "10 Paragrafen"'
    ok(sum(cell(R, sec, "Tabel 12 Langlopende leningen 2027", l, "Bedrag") for l, _ in G2.LENING)
       == cell(R, sec, "Tabel 12 Langlopende leningen 2027", "Stand per 31 december 2027", "Bedrag"), "leningen")
    ok(abs(cell(R, sec, "Tabel 10 Weerstandsratio 2027", "Beschikbare weerstandscapaciteit (algemene reserve)", "Bedrag")
           / cell(R, sec, "Tabel 10 Weerstandsratio 2027", "Benodigde weerstandscapaciteit", "Bedrag")
           - cell(R, sec, "Tabel 10 Weerstandsratio 2027", "Weerstandsratio", "Bedrag")) < 0.005, "ratio rs")


# ---------------------------------------------------------------------------------------
def pdf_pages(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return [(p.extract_text() or "") for p in pdf.pages]


def html_sections(path):
    s = open(path, encoding="utf-8").read()
    out = {}
    for m in re.finditer(r'<section id="([^"]+)">(.*?)</section>', s, re.S):
        body = m.group(2)
        body = re.sub(r"</(tr|p|h\d|li|caption|table)>", "\n", body)
        body = re.sub(r"<(td|th)[^>]*>", " ", body)
        body = re.sub(r"<[^>]+>", "", body)
        body = htmllib.unescape(body).replace("\u00ad", "")
        body = "\n".join(re.sub(r"\s+", " ", l).strip() for l in body.splitlines() if l.strip())
        out[m.group(1)] = body
    return out


DOCS = {}


def load_docs():
    p1 = os.path.join(CORPUS, G1.PDF)
    pages = pdf_pages(p1)
    ok(len(pages) == G1.PAGE_COUNT, f"{G1.PDF}: {len(pages)} pages")
    DOCS[G1.DOC] = {f"p. {i}": t for i, t in enumerate(pages, start=1)}
    p2 = os.path.join(CORPUS, G2.FILE)
    ok(open(p2, encoding="utf-8").read() == G2.HTML, f"{G2.FILE} differs from its generator output")
    secs = html_sections(p2)
    DOCS[G2.DOC] = {f'sectie "{G2.SECT[k]}"': v for k, v in secs.items()}
    ok(len(secs) == len(G2.SECT), "html sections")


def norm(t):
    return t.replace("\u00ad", "")


def value_re(printed):
    return re.compile(r"(?<![\d.,])" + re.escape(printed) + r"(?![\d]|[.,]\d)")


def on_row(text, printed, row):
    label = re.sub(r"\s*\[[^\]]*\]$", "", row)
    prefix = label[:14]
    lines = norm(text).splitlines()
    vr = value_re(printed)
    numeric = re.compile(r"^[-(\u2212]?\d[\d.,]*\)?%?$")
    label_tokens = set(label.split())

    def wrapped_label(prev):
        # a label that wrapped: the line holds label text only, no figures of its own
        extra = [t for t in prev.split() if numeric.match(t) and t not in label_tokens]
        return prefix in prev and not extra

    for i, line in enumerate(lines):
        if vr.search(line):
            if prefix in line or (i > 0 and wrapped_label(lines[i - 1])):
                return True
    return False


# ---------------------------------------------------------------------------------------
def dutch_to_py(expr):
    expr = expr.replace("€", " ").replace("\u2212", "-")
    expr = re.sub(r"\bx\b", "*", expr)
    expr = expr.replace("%", "")
    expr = re.sub(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?",
                  lambda m: m.group(0).replace(".", "").replace(",", "."), expr)
    ok(re.fullmatch(r"[\d.\s()+\-*/]+", expr) is not None, f"bad expression {expr!r}")
    return expr


def check_waarde(w, expect, cid):
    lhs, rhs = w.rsplit("=", 1)
    rhs_v = float(dutch_to_py(rhs.split("(")[0].strip()))
    try:
        lhs_v = eval(dutch_to_py(lhs), {"__builtins__": {}})
    except Exception as ex:  # noqa: BLE001
        err(f"{cid}: cannot evaluate waarde {w!r}: {ex}")
        return None
    dec = len(rhs.strip().split(",")[1]) if "," in rhs.split("(")[0] else 0
    ok(abs(lhs_v - rhs_v) <= 0.5 * 10 ** -dec + 1e-9, f"{cid}: waarde {w!r}: {lhs_v} != {rhs_v}")
    return rhs_v


def parse_comments():
    """Comments that precede each case ('- id:') or conversation turn ('- question:')."""
    blocks, pending = [], []
    for line in open(CASES, encoding="utf-8"):
        s = line.strip()
        if s.startswith("#"):
            pending.append(s[1:].strip())
        elif re.match(r"-\s+id:", s) or re.match(r"-\s+question:", s):
            blocks.append(pending)
            pending = []
        elif s == "":
            continue
        else:
            pending = []   # comments belong to the case or turn that follows them directly
    return blocks


BRON = re.compile(r'bron:\s*(?P<doc>[\w-]+)\s*\|\s*(?P<loc>p\. \d+|sectie "[^"]+")\s*\|\s*'
                  r'(?:tabel "(?P<table>[^"]+)"\s*\|\s*rij "(?P<row>[^"]+)"\s*\|\s*kolom "(?P<col>[^"]+)"|tekst)'
                  r'\s*\|\s*gedrukt "(?P<printed>[^"]+)"\s*$')
AFWEZIG = re.compile(r'afwezig:\s*(?P<doc>[\w-]+)\s*\|\s*"(?P<s>[^"]+)"\s*$')
KINDS = {"figure", "text", "refusal", "any"}
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
MUNIS = {"Heggenwolde": G1.DOC, "Recreatieschap Haverplassen": G2.DOC}


def check_item(cid, item, comments, counts):
    kind = item.get("kind")
    ok(kind in KINDS, f"{cid}: kind {kind!r}")
    counts[kind] = counts.get(kind, 0) + 1
    ok(isinstance(item.get("question"), str) and item["question"].strip(), f"{cid}: question")
    exp = item.get("expect") or {}
    ok(set(exp) <= EXPECT_KEYS, f"{cid}: unknown expect keys {set(exp) - EXPECT_KEYS}")
    brons = [c for c in comments if c.startswith("bron:")]
    waardes = [c[len("waarde:"):].strip() for c in comments if c.startswith("waarde:")]
    afw = [c for c in comments if c.startswith("afwezig:")]
    for c in comments:
        if c.startswith("bron:") or c.startswith("waarde:") or c.startswith("afwezig:"):
            continue
        ok(c.startswith("controle:") or c.startswith("gesprek:") or c.startswith("---") or c.startswith("==="), f"{cid}: unrecognised comment {c!r}")
    docs_cited = set()
    for b in brons:
        m = BRON.match(b)
        if not m:
            err(f"{cid}: cannot parse {b!r}")
            continue
        doc, loc, printed = m.group("doc"), m.group("loc"), m.group("printed")
        docs_cited.add(doc)
        if doc not in DOCS or loc not in DOCS[doc]:
            err(f"{cid}: unknown document/location {doc} {loc}")
            continue
        text = norm(DOCS[doc][loc])
        if m.group("table"):
            reg = G1.REG if doc == G1.DOC else G2.REG
            key = (loc, m.group("table"), m.group("row"), m.group("col"))
            if key not in reg.cells:
                err(f"{cid}: no such cell in the generator: {key}")
            else:
                ok(reg.cells[key] == printed, f"{cid}: cell {key} is printed {reg.cells[key]!r}, comment says {printed!r}")
            ok(on_row(text, printed, m.group("row")), f"{cid}: {printed!r} not found on row {m.group('row')!r} in {doc} {loc}")
        else:
            ok(printed in re.sub(r"\s+", " ", text), f"{cid}: text {printed!r} not found in {doc} {loc}")
    for a in afw:
        m = AFWEZIG.match(a)
        if not m:
            err(f"{cid}: cannot parse {a!r}")
            continue
        alltext = " ".join(DOCS[m.group("doc")].values())
        ok(m.group("s").lower() not in re.sub(r"\s+", " ", alltext).lower(), f"{cid}: {m.group('s')!r} does occur in {m.group('doc')}")
    if kind == "figure":
        ok("value" in exp or "accept" in exp, f"{cid}: figure without value/accept")
        ok(exp.get("unit") in ("EUR", "count", "percent", "grade"), f"{cid}: unit {exp.get('unit')!r}")
        ok(exp.get("municipality") in MUNIS, f"{cid}: expect.municipality")
        ok(brons, f"{cid}: figure turn without bron comment")
        ok(waardes, f"{cid}: figure turn without waarde comment")
        if exp.get("municipality") in MUNIS:
            ok(MUNIS[exp["municipality"]] in docs_cited, f"{cid}: cites no document of {exp['municipality']}")
        allowed = ([exp["value"]] if "value" in exp else []) + list(exp.get("accept", []))
        tol = exp.get("tolerance", 0) + 1e-6
        for i, w in enumerate(waardes):
            r = check_waarde(w, exp, cid)
            if r is None:
                continue
            ok(any(abs(r - a) <= tol for a in allowed), f"{cid}: waarde {r} not among expected {allowed}")
            if i == 0 and "value" in exp:
                ok(abs(r - exp["value"]) <= tol, f"{cid}: first waarde {r} != value {exp['value']}")
    elif kind == "text":
        ok(exp.get("include"), f"{cid}: text without include")
        ok(exp.get("municipality") in MUNIS, f"{cid}: expect.municipality")
        ok(brons, f"{cid}: text turn without bron comment")
        doc = MUNIS.get(exp.get("municipality"))
        alltext = re.sub(r"\s+", " ", " ".join(DOCS[doc].values())).lower() if doc else ""
        for inc in exp.get("include", []):
            alts = inc if isinstance(inc, list) else [inc]
            ok(any(a.lower() in alltext for a in alts), f"{cid}: include {alts} not in document")
    elif kind == "refusal":
        ok(not exp or set(exp) <= {"municipality", "exclude"}, f"{cid}: refusal with expected values")
        ok(afw or any(c.startswith("controle:") for c in comments), f"{cid}: refusal without controle/afwezig")
    if item.get("municipality") is not None:
        ok(item["municipality"] in MUNIS, f"{cid}: scope municipality {item['municipality']!r}")


def check_cases():
    data = yaml.safe_load(open(CASES, encoding="utf-8"))
    ok(data.get("version") == 1, "version must be 1")
    ok(set(data) == {"version", "cases"}, f"top-level keys {set(data)}")
    blocks = parse_comments()
    bi = 0
    ids = set()
    counts = {}
    turns = 0
    convs = 0
    for case in data["cases"]:
        cid = case.get("id")
        ok(cid and cid not in ids, f"duplicate or missing id {cid}")
        ids.add(cid)
        comments = blocks[bi]
        bi += 1
        if "turns" in case:
            convs += 1
            ok("question" not in case and "kind" not in case, f"{cid}: conversation with question/kind")
            ok(len(case["turns"]) >= 2, f"{cid}: conversation with fewer than 2 turns")
            for k, t in enumerate(case["turns"]):
                tc = blocks[bi]
                bi += 1
                check_item(f"{cid}#{k + 1}", {**t, "municipality": case.get("municipality")}, tc, counts)
                turns += 1
        else:
            check_item(cid, case, comments, counts)
            turns += 1
    ok(bi == len(blocks), f"comment blocks {len(blocks)} vs items {bi}")
    return counts, turns, convs, len(data["cases"])


def main():
    verify_heggenwolde()
    verify_haverplassen()
    load_docs()
    counts, turns, convs, ncases = check_cases()
    for e in ERRORS:
        print("FAIL", e)
    print(f"cases: {ncases}, conversations: {convs}, turns: {turns}, per kind: {dict(sorted(counts.items()))}")
    if ERRORS:
        print(f"{len(ERRORS)} problem(s)")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
