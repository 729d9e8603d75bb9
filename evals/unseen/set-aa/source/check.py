"""Verifies set-aa: documents, totals, cited cells, expected values, refusals and text cases.

Works only on the generated files in ../corpus (text of the PDF via `pdftotext -layout`, text dump of the
Excel-HTML via htmltext.py) and on ../cases.yaml; exits non-zero on any failure.
"""
import math
import os
import re
import subprocess
import sys

import yaml

import htmltext

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")
PDF = os.path.join(CORPUS, "dravenzijl-programmabegroting-2029.pdf")
HTM = os.path.join(CORPUS, "bsz-jaarstukken-2028.htm")
CASES_YAML = os.path.join(HERE, "..", "cases.yaml")
SHEETS = ["Baten en lasten", "Bijdragen deelnemers", "Balans", "Reserves", "Personeel", "Kengetallen"]

FAILS = []
NCHECK = [0]


def ok(cond, msg):
    NCHECK[0] += 1
    if not cond:
        FAILS.append(msg)
    return cond


# ------------------------------------------------------------------ number parsing
def parse_nl(s):
    s = s.strip().replace("€", "").replace("\u2212", "-").strip()
    sign = 1
    if s.endswith(" N"):
        sign, s = -1, s[:-2]
    elif s.endswith(" V"):
        s = s[:-2]
    s = s.strip().rstrip("%").strip()
    if s.startswith("-"):
        sign, s = -sign, s[1:]
    if not re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?|\d+(,\d+)?", s):
        raise ValueError(f"not a Dutch number: {s!r}")
    return sign * float(s.replace(".", "").replace(",", "."))


# ------------------------------------------------------------------ PDF text
_pdf_pages = None


def pdf_pages():
    global _pdf_pages
    if _pdf_pages is None:
        out = subprocess.run(["pdftotext", "-layout", PDF, "-"], capture_output=True, text=True, check=True).stdout
        _pdf_pages = out.split("\f")
    return _pdf_pages


def norm(s):
    return " ".join(s.split())


def pdf_text():
    return "\n".join(pdf_pages())


def tokens(line):
    return [(m.group(0), m.start(), m.end()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def table_segments(caption):
    """Yield (header_tokens, body_lines) for every occurrence of the table (incl. continuations)."""
    segs = []
    for page in pdf_pages():
        lines = page.split("\n")
        for i, ln in enumerate(lines):
            if re.match(r"\s*" + re.escape(caption) + r"\s", ln + " "):
                j = i + 1
                head = []
                while j < len(lines) and lines[j].strip():
                    head.append(lines[j])
                    j += 1
                body = []
                j += 1
                blanks = 0
                while j < len(lines):
                    if not lines[j].strip():
                        blanks += 1
                        if blanks >= 2:
                            break
                    else:
                        blanks = 0
                        if lines[j].strip() == "zie volgende pagina" or lines[j].strip().startswith("Tabel "):
                            break
                        body.append(lines[j])
                    j += 1
                segs.append((tokens(head[-1]) if head else [], body, head))
    return segs


def assign(row_tokens, head_tokens):
    """Map each value token of a row (label excluded) to the nearest header column."""
    cells = {}
    for txt, s, e in row_tokens[1:]:
        best, bestd = None, 1e9
        for k, (_, hs, he) in enumerate(head_tokens):
            if k == 0:
                continue
            d = min(abs(e - he), abs(s - hs), abs((s + e) / 2 - (hs + he) / 2))
            if d < bestd:
                best, bestd = k, d
        if best in cells:
            return None          # two values mapped on one column: ambiguous
        cells[best] = txt
    return cells


def pdf_row(caption, label, occ=0):
    n = 0
    for head, body, _ in table_segments(caption):
        for ln in body:
            tk = tokens(ln)
            if tk and tk[0][0] == label:
                if n == occ:
                    return assign(tk, head)
                n += 1
    return None


def pdf_row_values(caption, label, occ=0):
    r = pdf_row(caption, label, occ)
    if r is None:
        FAILS.append(f"PDF row not found: {caption} / {label} / {occ}")
        return {}
    return {k: parse_nl(v) for k, v in r.items()}


# ------------------------------------------------------------------ HTML text dump
_tables = None


def htm_tables():
    global _tables
    if _tables is None:
        _tables = htmltext.parse(HTM)
    return _tables


def htm_text():
    return htmltext.dump(htm_tables())


def htm_row(sheet, label):
    t = htm_tables()[SHEETS.index(sheet)]
    for row in t:
        if row and row[0][0] == 0 and row[0][1] == label:
            return {c: (txt, attrs) for c, txt, attrs in row if txt}
    return None


def htm_vals(sheet, label):
    r = htm_row(sheet, label)
    if r is None:
        FAILS.append(f"HTM row not found: {sheet} / {label}")
        return {}
    return {c: parse_nl(t) for c, (t, _) in r.items() if c > 0 and re.match(r"^[-€\d]", t)}


# ------------------------------------------------------------------ cells of the case spec
def cell_printed_ok(c):
    if c["doc"] == "pdf":
        r = pdf_row(c["table"], c["row"], c["occ"])
        return r is not None and r.get(c["col"]) == c["printed"]
    if c["doc"] == "htm":
        r = htm_row(c["sheet"], c["row"])
        return r is not None and c["col"] in r and r[c["col"]][0] == c["printed"]
    return c["snippet"] in norm(pdf_text())


def cell_value(c):
    if c["doc"] in ("pdf", "htm"):
        return parse_nl(c["printed"]) * c["scale"]
    m = re.search(r"€ (\d+(?:,\d+)?) miljoen", c["snippet"])
    v = float(m.group(1).replace(",", ".")) * 1e6
    assert abs(v - c["value"]) < 1e-6, c
    return c["value"]


def safe_eval(expr, env):
    return eval(expr, {"__builtins__": {}, "abs": abs, "round": round}, env)


# ------------------------------------------------------------------ document checks
def check_pdf():
    import pymupdf
    d = pymupdf.open(PDF)
    ok(14 <= len(d) <= 20, f"PDF has {len(d)} pages")
    ok("MuPDF" in (d.metadata.get("producer") or "") or "PyMuPDF" in (d.metadata.get("creator") or ""),
       f"PDF not produced by PyMuPDF: {d.metadata}")
    txt = pdf_text()
    ok("\u00ad" not in txt, "soft hyphens in extracted text")
    ok(txt.count("Inhoudsopgave") == 1 and re.search(r"\.{10,} *\d+", txt), "TOC with dot leaders")
    ok(len(re.findall(r"Pagina \d+ van \d+", txt)) == len(d) - 1, "running footer on every page but the cover")
    ok("(vervolg)" in txt, "continued table")
    for w in ["Wat willen we bereiken?", "Wat gaan we daarvoor doen?", "Wat mag het kosten?"]:
        ok(txt.count(w) == 5, f"'{w}' for each of 5 programmes")

    years = {1: 2027, 2: 2028, 3: 2029, 4: 2030, 5: 2031, 6: 2032}
    # taakveld tables: sums per column, and programme totals equal Tabel 2.1
    progs = ["1. Bestuur en veiligheid", "2. Ruimte, wonen en economie", "3. Onderwijs, sport en cultuur",
             "4. Sociaal domein", "5. Duurzaamheid en milieu"]
    for n in range(1, 6):
        cap = f"Tabel 3.{n}b"
        rows = [tokens(ln) for _, body, _ in table_segments(cap) for ln in body]
        heads = table_segments(cap)
        ok(len(heads) == (2 if n == 4 else 1), f"{cap}: segments {len(heads)}")
        tv = {}
        for head, body, _ in heads:
            for ln in body:
                tk = tokens(ln)
                tv[tk[0][0]] = {k: parse_nl(v) for k, v in assign(tk, head).items()}
        tot = tv.pop(f"Totaal programma {n}")
        for col in range(1, 7):
            ok(sum(r.get(col, 0) for r in tv.values()) == tot[col], f"{cap} column {col} adds up")
        ov_l = pdf_row_values("Tabel 2.1", progs[n - 1], 0)
        ov_b = pdf_row_values("Tabel 2.1", progs[n - 1], 1)
        for yi, (cl, cb) in enumerate([(1, 2), (3, 4), (5, 6)], start=1):
            ok(ov_l[yi] == tot[cl] and ov_b[yi] == tot[cb], f"{cap} totals equal Tabel 2.1 year {years[yi]}")
        ok(any(len(r) < 7 for r in tv.values()) or n == 5, f"{cap}: some empty cells")

    # Tabel 2.1 arithmetic
    T = "Tabel 2.1"
    L = [pdf_row_values(T, p, 0) for p in progs]
    B = [pdf_row_values(T, p, 1) for p in progs]
    g = {lab: pdf_row_values(T, lab) for lab in [
        "Totaal lasten programma's", "Totaal baten programma's", "Saldo programma's", "Algemene dekkingsmiddelen",
        "Overhead, lasten", "Overhead, baten", "Vennootschapsbelasting", "Onvoorzien", "Saldo van baten en lasten",
        "Toevoegingen aan reserves", "Onttrekkingen aan reserves", "Saldo mutaties reserves", "Geraamd resultaat"]}
    for y in range(1, 7):
        ok(sum(r[y] for r in L) == g["Totaal lasten programma's"][y], f"{T} lasten {years[y]}")
        ok(sum(r[y] for r in B) == g["Totaal baten programma's"][y], f"{T} baten {years[y]}")
        ok(g["Totaal baten programma's"][y] - g["Totaal lasten programma's"][y] == g["Saldo programma's"][y],
           f"{T} saldo programma's {years[y]}")
        s = sum(g[k].get(y, 0) for k in ["Saldo programma's", "Algemene dekkingsmiddelen", "Overhead, lasten",
                                         "Overhead, baten", "Vennootschapsbelasting", "Onvoorzien"])
        ok(s == g["Saldo van baten en lasten"][y], f"{T} saldo baten en lasten {years[y]}")
        ok(g["Toevoegingen aan reserves"][y] + g["Onttrekkingen aan reserves"][y] == g["Saldo mutaties reserves"][y],
           f"{T} mutaties {years[y]}")
        ok(g["Saldo van baten en lasten"][y] + g["Saldo mutaties reserves"][y] == g["Geraamd resultaat"][y],
           f"{T} resultaat {years[y]}")
    ok(any(v < 0 for v in g["Saldo programma's"].values()), "negative numbers printed with '-'")

    # Tabel 4.1 (whole euros) adds up and rounds to the thousands line of Tabel 2.1
    T4 = "Tabel 4.1"
    labs = ["0.5 Treasury (dividend en rente)", "0.61 OZB woningen", "0.62 OZB niet-woningen",
            "0.64 Belastingen overig", "0.7 Algemene uitkering gemeentefonds", "0.8 Overige baten en lasten"]
    rows = [pdf_row_values(T4, lab) for lab in labs]
    tot = pdf_row_values(T4, "Totaal")
    for y in range(1, 7):
        ok(sum(r[y] for r in rows) == tot[y], f"{T4} total {years[y]}")
        ok(round(tot[y] / 1000) == g["Algemene dekkingsmiddelen"][y], f"{T4} vs Tabel 2.1 {years[y]}")

    # Tabel 6.1 reserves and voorzieningen
    T6 = "Tabel 6.1"
    res = ["Algemene reserve", "Reserve sociaal domein¹", "Reserve onderhoud accommodaties",
           "Reserve kapitaallasten IKC Oudekamp", "Reserve duurzaamheid en energietransitie"]
    vz = ["Voorziening groot onderhoud gebouwen", "Voorziening riolering", "Voorziening pensioenen wethouders"]
    R = [pdf_row_values(T6, x) for x in res]
    V = [pdf_row_values(T6, x) for x in vz]
    for r in R + V:
        ok(r[1] + r.get(2, 0) - r.get(3, 0) == r[4], f"{T6} row stand eind {r}")
    tr, tv_, tt = (pdf_row_values(T6, "Totaal reserves"), pdf_row_values(T6, "Totaal voorzieningen"),
                   pdf_row_values(T6, "Totaal reserves en voorzieningen"))
    for c in range(1, 5):
        ok(sum(r.get(c, 0) for r in R) == tr[c], f"{T6} totaal reserves col {c}")
        ok(sum(r.get(c, 0) for r in V) == tv_[c], f"{T6} totaal voorzieningen col {c}")
        ok(tr[c] + tv_[c] == tt[c], f"{T6} grand total col {c}")
    ok(tr[2] == -g["Toevoegingen aan reserves"][3] and tr[3] == g["Onttrekkingen aan reserves"][3],
       "reserve mutations 2029 equal Tabel 2.1")
    ok("¹ De reserve sociaal domein" in txt, "footnote text under Tabel 6.1")

    # Tabel 7.1 investments
    T7 = "Tabel 7.1"
    seg = table_segments(T7)[0]
    allrows = {}
    for ln in seg[1]:
        tk = tokens(ln)
        allrows[tk[0][0]] = {k: parse_nl(v) for k, v in assign(tk, seg[0]).items()}
    totrow = allrows.pop("Totaal investeringen")
    for lab, r in allrows.items():
        ok(sum(r.get(c, 0) for c in range(2, 6)) == r[6], f"{T7} row {lab}")
    for c in range(2, 7):
        ok(sum(r.get(c, 0) for r in allrows.values()) == totrow[c], f"{T7} column {c}")

    # Tabel 8.1 and 1.1
    T8 = "Tabel 8.1"
    seg = table_segments(T8)[0]
    rows8 = [(tokens(ln)[0][0], {k: parse_nl(v) for k, v in assign(tokens(ln), seg[0]).items()})
             for ln in seg[1] if len(tokens(ln)) > 1]
    lasten = [r for lab, r in rows8[:rows8.index(next(x for x in rows8 if x[0] == "Totaal incidentele lasten"))]]
    i_tl = [x[0] for x in rows8].index("Totaal incidentele lasten")
    i_tb = [x[0] for x in rows8].index("Totaal incidentele baten")
    baten = [r for _, r in rows8[i_tl + 1:i_tb]]
    for c in range(2, 6):
        ok(sum(r.get(c, 0) for r in lasten) == rows8[i_tl][1].get(c, 0), f"{T8} lasten col {c}")
        ok(sum(r.get(c, 0) for r in baten) == rows8[i_tb][1].get(c, 0), f"{T8} baten col {c}")
        ok(rows8[i_tl][1].get(c, 0) + rows8[i_tb][1].get(c, 0) == rows8[-1][1].get(c, 0), f"{T8} saldo col {c}")
    mb = {lab: pdf_row_values("Tabel 1.1", lab) for lab in ["Saldo begroting (geraamd resultaat)",
                                                            "Af: saldo incidentele baten en lasten",
                                                            "Structureel begrotingssaldo"]}
    for c in range(1, 5):
        ok(mb["Saldo begroting (geraamd resultaat)"][c] == g["Geraamd resultaat"][c + 2], f"Tabel 1.1 vs 2.1 {c}")
        ok(mb["Af: saldo incidentele baten en lasten"][c] == rows8[-1][1].get(c + 1, 0), f"Tabel 1.1 vs 8.1 {c}")
        ok(mb["Saldo begroting (geraamd resultaat)"][c] - mb["Af: saldo incidentele baten en lasten"][c] ==
           mb["Structureel begrotingssaldo"][c], f"Tabel 1.1 structureel {c}")

    # Tabel 5.1 weerstandsvermogen
    T5 = "Tabel 5.1"
    parts = [pdf_row_values(T5, x)[1] for x in ["Algemene reserve (stand 31-12-2029)",
                                                "Onbenutte belastingcapaciteit OZB",
                                                "Onbenutte belastingcapaciteit rioolheffing", "Post onvoorzien"]]
    a = pdf_row_values(T5, "Beschikbare weerstandscapaciteit (A)")[1]
    b = pdf_row_values(T5, "Benodigde weerstandscapaciteit (B)")[1]
    ratio = pdf_row_values(T5, "Ratio weerstandsvermogen (A / B)")[1]
    ok(sum(parts) == a and round(a / b, 2) == ratio, "Tabel 5.1 adds up, ratio = A / B")
    ok(parts[0] == R[0][4], "weerstand: algemene reserve equals Tabel 6.1 stand eind")

    # prose figures consistent with tables
    nt = norm(txt)
    ok(f"positief saldo van € {1049:,}.000".replace(",", ".") in nt and g["Geraamd resultaat"][3] == 1049,
       "prose resultaat 2029")
    ok("€ 49,8 miljoen aan lasten in 2029" in nt and round(L[3][3] / 1000, 1) == 49.8, "prose sociaal domein")
    ok("stijgen in 2029 met € 472.000" in nt and
       pdf_row_values("Tabel 3.3b", "4.2 Onderwijshuisvesting")[5] -
       pdf_row_values("Tabel 3.3b", "4.2 Onderwijshuisvesting")[3] == 472, "prose onderwijshuisvesting")


def check_htm():
    raw = open(HTM, "rb").read()
    s = raw.decode("cp1252")
    for needle in ['xmlns:x="urn:schemas-microsoft-com:office:excel"', "<col ", "class=xl65", "mso-number-format",
                   "x:num=", "x:str=", "x:fmla=", "&nbsp;", "colspan=", "Excel.Sheet", "bedragen x € 1.000"]:
        ok(needle in s, f"HTM markup contains {needle}")
    names = re.findall(r"<x:Name>(.*?)</x:Name>", s)
    ok(names == SHEETS, f"sheet names {names}")
    ok(len(htm_tables()) == len(SHEETS), "one table per sheet")

    # x:num raw value vs displayed value
    for t in htm_tables():
        for row in t:
            for col, txt, attrs in row:
                if "x:num" in attrs and attrs["x:num"]:
                    rv = float(attrs["x:num"])
                    dv = parse_nl(txt)
                    if txt.endswith("%"):
                        dec = len(txt.rstrip("%").split(",")[1]) if "," in txt else 0
                        ok(round(rv * 100, dec) == dv, f"x:num {rv} vs {txt}")
                    else:
                        dec = len(txt.split(",")[1]) if "," in txt else 0
                        ok(round(rv, dec) == dv, f"x:num {rv} vs {txt}")

    BL = "Baten en lasten"
    lasten = ["WOZ-waardering", "Heffing en klantcontact", "Invordering", "Kwijtschelding", "Bezwaar en beroep",
              "Overhead", "Onvoorzien"]
    baten = ["Bijdragen deelnemers", "Vergoeding invorderingskosten", "Heffing en inning voor waterschap",
             "Overige baten"]
    Lr = [htm_vals(BL, x) for x in lasten]
    Br = [htm_vals(BL, x) for x in baten]
    tl, tb = htm_vals(BL, "Totaal lasten"), htm_vals(BL, "Totaal baten")
    sal, toe, ont, res = (htm_vals(BL, "Saldo van baten en lasten"), htm_vals(BL, "Toevoeging aan reserves"),
                          htm_vals(BL, "Onttrekking aan reserves"), htm_vals(BL, "Resultaat na bestemming"))
    for c in range(1, 6):
        ok(sum(r.get(c, 0) for r in Lr) == tl[c], f"HTM totaal lasten col {c}")
        ok(sum(r.get(c, 0) for r in Br) == tb[c], f"HTM totaal baten col {c}")
        ok(tb[c] - tl[c] == sal[c], f"HTM saldo col {c}")
        ok(sal[c] - toe.get(c, 0) + ont.get(c, 0) == res[c], f"HTM resultaat col {c}")
    for r in Lr + Br + [tl, tb, res]:
        ok(r.get(4, 0) - r.get(3, 0) == r[5], f"HTM verschil column {r}")
    for c in (2, 3):
        ok(res[c] == 0, "begroting balanced")

    BD = "Bijdragen deelnemers"
    members = ["Gerlebeek", "Ekkerwolde", "Mossinghe", "Vrijenhaven", "Stapperhoek"]
    M = [htm_vals(BD, m) for m in members]
    tot = htm_vals(BD, "Totaal")
    for c in (1, 2, 3, 5, 6, 7):
        ok(sum(r[c] for r in M) == tot[c], f"HTM bijdragen col {c}")
    ok(tot[5] == Br[0][2] * 1000 and tot[6] == Br[0][3] * 1000, "bijdragen total = overview bijdragen")
    ok(round(-tot[7] / 1000) == res[4], "aandeel resultaat = resultaat 2028")
    ok("€ 151.842" in s, "resultaat in whole euros in note")
    for m, r in zip(members, M):
        key = 0.6 * r[2] / tot[2] + 0.4 * r[3] / tot[3]
        ok(abs(key * 100 - r[4]) < 0.006, f"verdeelsleutel {m}")
        ok(abs(key * tot[6] - r[6]) <= 1.01, f"bijdrage {m} follows key")

    BA = "Balans"
    def v(lab, c=1):
        return htm_vals(BA, lab)[c]
    for c in (1, 2):
        ok(v("Immateriële vaste activa", c) + v("Materiële vaste activa", c) == v("Totaal vaste activa", c), "vast")
        ok(v("Uitzettingen met een looptijd korter dan één jaar", c) + v("Liquide middelen", c) +
           v("Overlopende activa", c) == v("Totaal vlottende activa", c), "vlottend")
        ok(v("Totaal vaste activa", c) + v("Totaal vlottende activa", c) == v("Totaal activa", c), "activa")
        ok(v("Algemene reserve", c) + v("Bestemmingsreserves", c) + v("Gerealiseerd resultaat", c) ==
           v("Totaal eigen vermogen", c), "EV")
        ok(v("Netto vlottende schulden", c) + v("Overlopende passiva", c) == v("Totaal vlottende passiva", c), "vl p")
        ok(v("Totaal eigen vermogen", c) + v("Totaal voorzieningen", c) + v("Totaal vaste schulden", c) +
           v("Totaal vlottende passiva", c) == v("Totaal passiva", c), "passiva")
        ok(v("Totaal activa", c) == v("Totaal passiva", c), "balans in evenwicht")
    ok(v("Gerealiseerd resultaat") == res[4] and v("Gerealiseerd resultaat", 2) == res[1], "resultaat on balans")
    kg = htm_vals("Kengetallen", "Solvabiliteitsratio")
    ok(round(v("Totaal eigen vermogen") / v("Totaal activa") * 100, 1) == kg[3], "solvabiliteit 2028")
    ok(round(v("Totaal eigen vermogen", 2) / v("Totaal activa", 2) * 100, 1) == kg[1], "solvabiliteit 2027")

    RS = "Reserves"
    ar, br_, trs = htm_vals(RS, "Algemene reserve"), htm_vals(RS, "Bestemmingsreserve vervanging ICT"), \
        htm_vals(RS, "Totaal reserves")
    for r in (ar, br_, trs):
        ok(r[1] + r.get(2, 0) - r.get(3, 0) == r[4], f"reserve row {r}")
    ok(ar[4] == v("Algemene reserve") and br_[4] == v("Bestemmingsreserves"), "reserves = balans")
    ok(br_[1] == v("Bestemmingsreserves", 2), "begin = balans 2027")
    ok(trs[3] == ont[4], "onttrekking = overview")
    ok(round(0.05 * tl[3]) == 416, "plafond 5% of lasten na wijziging")

    PS = "Personeel"
    afd = ["Directie en staf", "Waardering (WOZ)", "Heffen en klantcontact", "Invordering", "Bezwaar en beroep",
           "Bedrijfsvoering en ICT"]
    F = [htm_vals(PS, a) for a in afd]
    ft = htm_vals(PS, "Totaal")
    for c in (1, 2, 3):
        ok(abs(sum(r[c] for r in F) - ft[c]) < 1e-9, f"fte col {c}")
    kw = htm_vals("Kengetallen", "Aantal WOZ-objecten")
    ok(kw[3] == tot[2], "WOZ-objecten kengetal = sum of deelnemers")
    kpo = htm_vals("Kengetallen", "Kosten per WOZ-object")
    ok(round(Lr[0][4] * 1000 / kw[3], 2) == kpo[3], "kosten per WOZ-object 2028")


# ------------------------------------------------------------------ cases
FORBIDDEN = """Kortenhoeve Heuvelzate Brederwijde Marrevelden Tolbergen Oldemarsum Beekstervelde Dommelrande Wielsbergen
Graspeel Molenrade Haverdonk Hallerbroek Luttervenen Heggenwolde Haverplassen Strienwolde Mentinkveld Bakkeloo
Wielenburg Vredenhoeve Oudemeeden Lindewaard Wolderkamp Hevelland Ravelingen Oosterbrugge Elsterwaarde Kroonmeren
Maerlebroek Duinwijck Hoogveldingen Harlebroek Veenoever Vlietlanden Brakelsveen Wolderstreek Hazelvoorde Zilverhorst
Aldebrink Tessemond Lutkeloo Ruttenhove Grevenschot Zuiderveste Pelsendrecht Nethervaart Kraaiendijk Sparrendonk
Espelgaard Stellingmoer Trimbeek Meerstromen Rodenvelde Moerwijde Zwanewaarde Geldermark Kestervaal Ravenskamp
Olderhoeve Wedderloo Brummersveen Sterkenbosch Averhorst Boekelstede Gansoord Hulskamp Lemmerik Ruinerhout Zwaaglo
Twenterand Dinkelland Wassenaar""".split() + ["Ter Lunte", "Elster-Veenland"]


def check_cases():
    import cases_spec as S
    data = yaml.safe_load(open(CASES_YAML, encoding="utf-8"))
    ok(data.get("version") == 1 and isinstance(data.get("cases"), list), "cases.yaml top level")
    man = yaml.safe_load(open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8"))
    munis = {d["municipality"] for d in man["documents"]}
    for d in man["documents"]:
        ok(os.path.exists(os.path.join(CORPUS, d["file"])), f"manifest file {d['file']}")
        ok(set(d) == {"id", "file", "municipality", "title", "year", "type", "source"}, "manifest keys")
    ids = [c["id"] for c in data["cases"]]
    ok(len(ids) == len(set(ids)), "unique ids")
    ok(ids == [c["id"] for c in S.CASES], "yaml follows spec")
    kinds = {"figure": 0, "refusal": 0, "text": 0}
    convs = 0
    for yc, sc in zip(data["cases"], S.CASES):
        yturns = yc.get("turns") or [yc]
        if "turns" in yc:
            convs += 1
            ok("question" not in yc and "kind" not in yc, f"{yc['id']}: conversation shape")
        ok(len(yturns) == len(sc["turns"]), f"{yc['id']} turns")
        ok(yc.get("municipality") in munis | {None}, f"{yc['id']} scope")
        for yt, st in zip(yturns, sc["turns"]):
            kinds[yt["kind"]] += 1
            ok(yt["question"] == st["question"] and yt["kind"] == st["kind"], f"{yc['id']} turn matches spec")
            e = yt.get("expect", {})
            if st["kind"] == "figure":
                ok(e.get("municipality") in munis, f"{yc['id']} expect municipality")
                for name, c in st["cells"].items():
                    ok(cell_printed_ok(c), f"{yc['id']}: cell {name} not printed as cited: {c}")
                env = {k: cell_value(c) for k, c in st["cells"].items()}
                val = safe_eval(st["calc"], env)
                tol = e.get("tolerance", 0) or 0
                ok(abs(abs(val) - e["value"]) <= tol + 1e-6, f"{yc['id']}: computed {val} vs expected {e['value']}")
                for acc in e.get("accept", []):
                    ok(any(abs(acc - x) < 1e-6 for x in accept_sources(st, env)), f"{yc['id']}: accept {acc}")
            elif st["kind"] == "refusal":
                ok("expect" not in yt or not yt["expect"].get("value"), f"{yc['id']} refusal has no value")
                check_refusal(yc["id"], st["check"])
            elif st["kind"] == "text":
                check_text(yc["id"], st, e)
    print(f"cases: {len(data['cases'])} ({convs} conversations), turns: {sum(kinds.values())} -> {kinds}")
    both = pdf_text() + htm_text()
    for n in FORBIDDEN:
        ok(n.lower() not in both.lower(), f"forbidden name {n} in documents")
    return kinds


def accept_sources(st, env):
    out = []
    for expr in st["accept"]:
        try:
            lit = float(expr)
            # a literal accept must be the raw x:num value of a cited HTML cell (percent)
            for c in st["cells"].values():
                if c["doc"] == "htm":
                    _, attrs = htm_row(c["sheet"], c["row"])[c["col"]]
                    if abs(float(attrs["x:num"]) * 100 - lit) < 1e-6:
                        out.append(lit)
        except ValueError:
            out.append(abs(safe_eval(expr, env)))
    return out


def check_refusal(cid, chk):
    texts = {"pdf": pdf_text().lower(), "htm": htm_text().lower()}
    for doc, words in chk.get("absent", {}).items():
        for w in words:
            ok(w.lower() not in texts[doc], f"{cid}: '{w}' occurs in {doc}")
    if "table_years_absent" in chk:
        cap, year = chk["table_years_absent"]
        for _, _, head in table_segments(cap):
            ok(year not in " ".join(head), f"{cid}: {year} in header of {cap}")
    if "no_line_with" in chk:
        for ln in pdf_text().split("\n"):
            ok(not all(w in ln for w in chk["no_line_with"]), f"{cid}: line with {chk['no_line_with']}: {ln}")
    if "row_period" in chk:
        cap, label, period = chk["row_period"]
        r = pdf_row(cap, label)
        ok(r is not None and r.get(2) == period and pdf_row(cap, label, 1) is None, f"{cid}: row period")
        ok(not re.search(r"gemiddelde woz-waarde.*2029", texts["pdf"]), f"{cid}: 2029 WOZ-waarde")


def check_text(cid, st, e):
    ok(e.get("municipality") == st["municipality"], f"{cid}: text municipality")
    src = norm(pdf_text()) if st["doc"] == "pdf" else norm(htm_text())
    i = src.find(st["passage"])
    if not ok(i >= 0, f"{cid}: passage not found"):
        return
    window = src[i:i + 700].lower()
    for item in e["include"]:
        alts = item if isinstance(item, list) else [item]
        ok(any(a.lower() in window for a in alts), f"{cid}: include {item} not in passage")


if __name__ == "__main__":
    check_pdf()
    check_htm()
    check_cases()
    if FAILS:
        print(f"FAILED {len(FAILS)} of {NCHECK[0]} checks:")
        for f in FAILS:
            print("  -", f)
        sys.exit(1)
    print(f"all {NCHECK[0]} checks passed")
