"""Consistency check for evaluation set Y.

Reads the GENERATED documents (PDF via `pdftotext -layout`, HTML via html.parser), and checks
  1. document arithmetic on the printed tables: every total, subtotal, saldo, resultaat,
     reserve movement (begin + toevoegingen - onttrekkingen = eind), balance totals,
     cross-table ties, WNT subtotal, lastendruk mutations, investment totals;
  2. the printed tables equal the data module;
  3. cases.yaml: parses, follows FORMAT.md (kinds, keys, units), ids unique; every figure
     expectation equals (a) the arithmetic named in the question applied to the printed
     cells/prose it rests on and (b) the data module; text includes occur in the document;
     refusals carry no figure and the page/year they ask about is not printed.

Usage: python check.py      (exit status 0 = all checks passed)
"""
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

import yaml

import data as D
import cases_spec as S
from fmt import parse_nl, fmt_int, fmt_scaled

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
PDF = os.path.join(ROOT, "corpus", D.MUNI["file"])
HTML = os.path.join(ROOT, "corpus", D.GR["file"])

FAIL = []
NCHK = [0]


def ok(cond, msg):
    NCHK[0] += 1
    if not cond:
        FAIL.append(msg)


NUM = re.compile(r"^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?%?$")


# ---------------------------------------------------------------------------------
# PDF access
# ---------------------------------------------------------------------------------
def pdf_text():
    out = subprocess.run(["pdftotext", "-layout", PDF, "-"], capture_output=True, text=True, check=True).stdout
    return out


PDF_RAW = pdf_text()
PDF_PAGES = PDF_RAW.split("\f")
PDF_LINES = PDF_RAW.splitlines()
PDF_FLAT = " ".join(PDF_RAW.split())


def pdf_row(anchors, label, start=0):
    """Return (numeric tokens after label, line index) of the first line containing `label`
    as a cell label after all anchors were found in order."""
    i = start
    for a in anchors:
        while i < len(PDF_LINES) and a not in PDF_LINES[i]:
            i += 1
        if i >= len(PDF_LINES):
            raise KeyError(f"anchor {a!r} not found")
    while i < len(PDF_LINES):
        line = PDF_LINES[i]
        m = re.search(r"(^|\s)" + re.escape(label) + r"(\s{2,}|\s*$|\s(?=[\d%x€-]))", line)
        if m:
            rest = line[m.end():]
            toks = [t for t in rest.split() if NUM.match(t) or t == "-"]
            if toks:          # captions and section rows carry no figures
                return toks, i
        i += 1
    raise KeyError(f"row {label!r} after {anchors} not found")


def pdf_vals(anchors, label, scale=1):
    toks, _ = pdf_row(anchors, label)
    return [None if t == "-" else parse_nl(t) * scale for t in toks]


# ---------------------------------------------------------------------------------
# HTML access
# ---------------------------------------------------------------------------------
class DivTables(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables = {}
        self.stack = []          # (tag, table_id_opened_here)
        self.cur_table = None
        self.cur_row = None
        self.in_cell = False
        self.cell_buf = []
        self.text = []
        self.skip = 0
        self.table_uses_table_tag = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("style", "script"):
            self.skip += 1
        if tag in ("table", "tr", "td", "th"):
            self.table_uses_table_tag = True
        cls = (a.get("class") or "").split()
        opened = None
        if tag == "div" and (a.get("id") or "").startswith("tbl-"):
            opened = a["id"]
            self.cur_table = opened
            self.tables[opened] = {"rows": [], "role": a.get("role")}
        if tag == "div" and "row" in cls and self.cur_table:
            self.cur_row = []
            self.tables[self.cur_table]["rows"].append(self.cur_row)
        if tag == "div" and "cell" in cls and self.cur_row is not None:
            self.in_cell = True
            self.cell_buf = []
        self.stack.append((tag, opened))
        if tag in ("p", "div", "h1", "h2", "h3", "h4", "li", "summary", "section"):
            self.text.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        while self.stack:
            t, opened = self.stack.pop()
            if t == "div" and self.in_cell:
                self.cur_row.append(" ".join("".join(self.cell_buf).split()))
                self.in_cell = False
            if opened:
                self.cur_table = None
                self.cur_row = None
            if t == tag:
                break
        self.text.append(" ")

    def handle_data(self, d):
        if self.skip:
            return
        if self.in_cell:
            self.cell_buf.append(d)
        self.text.append(d)


with open(HTML, encoding="utf-8") as fh:
    HTML_SRC = fh.read()
_hp = DivTables()
_hp.feed(HTML_SRC)
HT = _hp.tables
HTML_FLAT = " ".join("".join(_hp.text).split())


def html_row(tid, label):
    for r in HT[tid]["rows"]:
        if r and r[0] == label and any(x.strip() for x in r[1:]):   # skip section rows
            return r[1:]
    raise KeyError(f"html row {label!r} in {tid} not found")


def hnum(s):
    t = s.replace("%", "").strip()
    return parse_nl(s) if NUM.match(t) else None


# ---------------------------------------------------------------------------------
# 1. PDF document checks
# ---------------------------------------------------------------------------------
def close(a, b, eps=0.005):
    return a is not None and b is not None and abs(a - b) < eps


def check_pdf():
    n = len(D.YEARS)
    ok(12 <= len([p for p in PDF_PAGES if p.strip()]) <= 18, f"PDF page count {len(PDF_PAGES)} not in 12-18")
    # every page after the cover has the running header with title and page number
    for k, page in enumerate([p for p in PDF_PAGES if p.strip()][1:], start=2):
        ok("Programmabegroting 2027" in page and f"Pagina {k} van" in page, f"page {k}: running header missing")
    # at least one table continues on the next page with its header repeated
    cont = 0
    for k in range(1, len(PDF_PAGES) - 1):
        a, b = PDF_PAGES[k], PDF_PAGES[k + 1]
        blines = [l for l in b.splitlines() if l.strip()][:4]
        if "Tabel" not in " ".join(blines) and any(l.strip().startswith(("Omschrijving", "(x € 1.000)", "Nr",
                                                                           "Indicator"))
                                                   for l in blines):
            cont += 1
    ok(cont >= 1, "no table continues on a next page with repeated header")
    # scale statements in three different places
    ok("Bedragen in €" in PDF_RAW, "scale above table missing")
    ok("(x € 1.000)" in PDF_RAW, "scale in header cell missing")
    ok("Bedragen x € 1.000. Een negatief" in PDF_RAW and "Bedragen in hele euro's" in PDF_RAW, "footnote scale missing")

    # programme tables
    for p in D.PROGRAMMES:
        anc = [S.T2[p["nr"]]]
        sc = p["scale"]
        mul = 1
        lasten = [pdf_vals(anc + [S.LAST], f"{c} {l}") for c, l, _ in p["lasten"]]
        baten = [pdf_vals(anc + [S.BAT], f"{c} {l}") for c, l, _ in p["baten"]]
        tl = pdf_vals(anc + [S.LAST], "Totaal lasten")
        tb = pdf_vals(anc + [S.BAT], "Totaal baten")
        sal = pdf_vals(anc + [S.BAT], "Saldo van baten en lasten")
        toe = pdf_vals(anc + [S.BAT], "Toevoegingen aan reserves")
        ont = pdf_vals(anc + [S.BAT], "Onttrekkingen aan reserves")
        res = pdf_vals(anc + [S.BAT], "Geraamd resultaat")
        for row in lasten + baten + [tl, tb, sal, toe, ont, res]:
            ok(len(row) == n, f"programme {p['nr']}: row with {len(row)} values")
        for i in range(n):
            ok(close(sum(r[i] for r in lasten), tl[i]), f"P{p['nr']} totaal lasten col {i}")
            ok(close(sum(r[i] for r in baten), tb[i]), f"P{p['nr']} totaal baten col {i}")
            ok(close(tb[i] - tl[i], sal[i]), f"P{p['nr']} saldo col {i}")
            ok(close(sal[i] - toe[i] + ont[i], res[i]), f"P{p['nr']} resultaat col {i}")
        # printed = data
        for (c, l, vals), row in zip(p["lasten"] + p["baten"], lasten + baten):
            for i in range(n):
                ok(close(row[i], vals[i] / (100 if sc == "cents" else 1) * mul), f"P{p['nr']} {c} {l} col {i} != data")
        # overview ties (x € 1.000, rounded)
        for side, anchor, tot in (("lasten", "Lasten per programma", tl), ("baten", "Baten per programma", tb)):
            ovrow = pdf_vals([S.T1, anchor], f"Programma {p['nr']} {p['name']}")
            for i in range(n):
                eur = tot[i] * (1000 if sc == "k" else 1)
                ok(abs(ovrow[i] * 1000 - eur) <= 500, f"overview {side} P{p['nr']} col {i} not rounded total")

    # overview table
    ovl = [pdf_vals([S.T1, "Lasten per programma"], f"Programma {p['nr']} {p['name']}") for p in D.PROGRAMMES]
    ovb = [pdf_vals([S.T1, "Baten per programma"], f"Programma {p['nr']} {p['name']}") for p in D.PROGRAMMES]
    otl = pdf_vals([S.T1], "Totaal lasten")
    otb = pdf_vals([S.T1], "Totaal baten")
    osal = pdf_vals([S.T1], "Saldo van baten en lasten")
    otoe = pdf_vals([S.T1], "Toevoegingen aan reserves")
    oont = pdf_vals([S.T1], "Onttrekkingen aan reserves")
    ores = pdf_vals([S.T1], "Begrotingssaldo na reserves")
    for i in range(n):
        ok(close(sum(r[i] for r in ovl), otl[i]), f"overview totaal lasten col {i}")
        ok(close(sum(r[i] for r in ovb), otb[i]), f"overview totaal baten col {i}")
        ok(close(otb[i] - otl[i], osal[i]), f"overview saldo col {i}")
        ok(close(osal[i] - otoe[i] + oont[i], ores[i]), f"overview resultaat col {i}")
    ok(f"positief saldo van € {fmt_int(int(ores[2] * 1000))}" in PDF_FLAT, "intro saldo does not match overview")

    # structureel saldo and incidentele baten/lasten
    ssal = pdf_vals(["Tabel 1.2"], "Begrotingssaldo na reserves")
    sib = pdf_vals(["Tabel 1.2"], "Af: incidentele baten")
    sil = pdf_vals(["Tabel 1.2"], "Bij: incidentele lasten")
    sst = pdf_vals(["Tabel 1.2"], "Structureel begrotingssaldo")
    il = [pdf_vals(["Tabel 1.3"], oms)[1:] for _, oms, _, _ in D.INCIDENTELE_LASTEN]
    ib = [pdf_vals(["Tabel 1.3"], oms)[1:] for _, oms, _, _ in D.INCIDENTELE_BATEN]
    til = pdf_vals(["Tabel 1.3"], "Totaal incidentele lasten")
    tib = pdf_vals(["Tabel 1.3"], "Totaal incidentele baten")
    for j in range(4):
        ok(close(ssal[j], ores[2 + j]), f"structureel: begrotingssaldo {j} != overview")
        ok(close(sum(r[j] for r in il), til[j]), f"incidentele lasten total {j}")
        ok(close(sum(r[j] for r in ib), tib[j]), f"incidentele baten total {j}")
        ok(close(til[j], sil[j]) and close(tib[j], sib[j]), f"structureel incidentele {j}")
        ok(close(ssal[j] - sib[j] + sil[j], sst[j]), f"structureel saldo {j}")
    # incidental reserve withdrawals are within the programme's withdrawals for that year
    for _, oms, prog, vals in D.INCIDENTELE_BATEN:
        if oms.startswith("Onttrekking"):
            p = S.prog(prog)
            for j, y in enumerate(D.INCIDENTEEL_YEARS):
                o = D.to_euro(p["onttrekkingen"][D.YEARS.index(y)], p["scale"])
                ok(o >= vals[j] * 1000, f"incidental {oms} {y} exceeds programme onttrekking")
    # kengetal structurele exploitatieruimte = structureel saldo / (totaal baten + onttrekkingen)
    ser = pdf_vals(["Tabel 3.2"], "3. Structurele exploitatieruimte")
    for j in range(4):
        tot_b = otb[2 + j] + oont[2 + j]
        ok(close(round(sst[j] / tot_b * 100, 1), ser[2 + j]), f"structurele exploitatieruimte {j}")

    # reserves 2027
    rows = [pdf_vals(["Tabel 2.7"], r[0]) for r in D.RESERVES_2027]
    tot = pdf_vals(["Tabel 2.7"], "Totaal reserves")
    for r in rows:
        ok(close(r[0] + r[1] - r[2], r[3]), f"reserve movement {r}")
    for k in range(4):
        ok(close(sum(r[k] for r in rows), tot[k]), f"reserves total col {k}")
    ok(close(tot[1], otoe[2]) and close(tot[2], oont[2]), "reserves 2027 movements != overview 2027")

    # lastendruk
    for lab, unit, a, b in D.LASTENDRUK:
        v = pdf_vals(["Tabel 3.1"], lab)
        ok(close(v[0], a, 1e-9) and close(v[1], b, 1e-9), f"lastendruk {lab} != data")
        ok(close(round((v[1] - v[0]) / v[0] * 100, 1), v[2]), f"lastendruk mutatie {lab}")

    # kengetallen
    for lab, vals in D.KENGETALLEN:
        v = pdf_vals(["Tabel 3.2"], lab)
        ok(len(v) == 6, f"kengetal {lab} has {len(v)} values")
        if vals is not None:
            ok(all((a is None and b is None) or close(a, b) for a, b in zip(v, vals)), f"kengetal {lab} != data")

    # investeringsplan
    trows = []
    for nr, oms, prog, term, vals in D.INVESTERINGEN:
        v = pdf_vals(["Tabel 4.1"], oms)
        ok(v[0] == prog and v[1] == term, f"investering {oms} prog/term")
        ok(v[2:6] == vals, f"investering {oms} != data")
        ok(close(sum(v[2:6]), v[6]), f"investering {oms} row total")
        trows.append(v[2:7])
    tv_ = pdf_vals(["Tabel 4.1"], "Totaal investeringen")
    for k in range(5):
        ok(close(sum(r[k] for r in trows), tv_[k]), f"investeringen total col {k}")

    # beleidsindicatoren: value and NL value printed
    for prog, ind, unit, yr, val, nl in D.BELEIDSINDICATOREN:
        toks, _ = pdf_row(["Tabel B1.1"], ind)
        val = val or fmt_scaled(0, "euro")
        ok(yr in toks, f"indicator {ind}: year missing")
    ok(close(pdf_vals(["Tabel B1.1"], "Overhead")[-1], D.overhead_pct_2027()), "overhead indicator")
    ov_oh = pdf_vals([S.T2[6], S.LAST], "0.4 Overhead")[2]
    ok(close(round(ov_oh / otl[2] * 100, 1), D.overhead_pct_2027()), "overhead % not derivable")

    # prose-only figures are printed
    for k, v in D.PROSE_MUNI.items():
        ok(v in PDF_FLAT, f"prose figure {k} ({v}) not printed")
    fte = float(D.PROSE_MUNI["formatie_fte"].replace(",", "."))
    ok(abs(fte / D.MUNI["inwoners"] * 1000 - 7.81) < 0.005, "formatie per 1.000 inwoners inconsistent")


# ---------------------------------------------------------------------------------
# 2. HTML document checks
# ---------------------------------------------------------------------------------
def check_html():
    ok(not _hp.table_uses_table_tag, "HTML uses <table>/<tr>/<td> elements")
    for tag in ("<nav", "<details", "<footer", 'class="toc"'):
        ok(tag in HTML_SRC, f"HTML lacks {tag}")
    roles = {tid: t["role"] for tid, t in HT.items()}
    ok(any(r == "table" for r in roles.values()) and any(r is None for r in roles.values()),
       "need tables with and without ARIA roles")
    ok('role="columnheader"' in HTML_SRC and 'role="cell"' in HTML_SRC and 'role="row"' in HTML_SRC, "ARIA roles")
    ok("display:grid" in HTML_SRC and "display:flex" in HTML_SRC, "grid and flex layouts")

    # baten en lasten
    g = lambda l: [hnum(x) for x in html_row("tbl-baten-lasten", l)]
    L = [g(l) for l, _ in D.GR_LASTEN]
    B = [g(l) for l, _ in D.GR_BATEN]
    tl, tb, sal = g("Totaal lasten"), g("Totaal baten"), g("Saldo van baten en lasten")
    toe, ont, res = g("Toevoegingen aan reserves"), g("Onttrekkingen aan reserves"), g("Gerealiseerd resultaat")
    for i in range(3):
        ok(sum(r[i] for r in L) == tl[i], f"GR totaal lasten {i}")
        ok(sum(r[i] for r in B) == tb[i], f"GR totaal baten {i}")
        ok(tb[i] - tl[i] == sal[i], f"GR saldo {i}")
        ok(sal[i] - toe[i] + ont[i] == res[i], f"GR resultaat {i}")
    for (lab, vals), r in zip(D.GR_LASTEN + D.GR_BATEN, L + B):
        ok(r[:3] == vals, f"GR row {lab} != data")
    # verschil and V/N
    for lab, _ in D.GR_LASTEN + [("Totaal lasten", None)]:
        raw = html_row("tbl-baten-lasten", lab)
        v = [hnum(x) for x in raw[:4]]
        d = v[2] - v[1]
        ok(v[3] == abs(d) and raw[4] == ("" if d == 0 else ("V" if d < 0 else "N")), f"GR verschil {lab}")
    for lab, _ in D.GR_BATEN + [("Totaal baten", None), ("Saldo van baten en lasten", None),
                                ("Gerealiseerd resultaat", None), ("Onttrekkingen aan reserves", None)]:
        raw = html_row("tbl-baten-lasten", lab)
        v = [hnum(x) for x in raw[:4]]
        d = v[2] - v[1]
        ok(v[3] == abs(d) and raw[4] == ("" if d == 0 else ("V" if d > 0 else "N")), f"GR verschil {lab}")
    ok(res[0] == 0 and res[1] == 0, "GR budgets not balanced")

    # deelnemers
    rows = [html_row("tbl-deelnemers", n) for n, *_ in D.GR_DEELNEMERS]
    tot = html_row("tbl-deelnemers", "Totaal")
    ok(len(rows) >= 5, "need at least 5 members")
    pct_sum = sum(hnum(r[0]) for r in rows)
    ok(close(pct_sum, 100.0), "aandelen do not add to 100%")
    for k in (1, 2, 3):
        ok(sum(hnum(r[k]) for r in rows) == hnum(tot[k]), f"deelnemers total col {k}")
    for r in rows:
        ok(hnum(r[2]) - hnum(r[1]) == hnum(r[3]), "deelnemer verschil")
        ok(abs(hnum(r[1]) - hnum(tot[1]) * hnum(r[0]) / 100) <= 1, "begroot bijdrage != aandeel x totaal")
        ok(abs(hnum(r[2]) - hnum(tot[2]) * hnum(r[0]) / 100) <= 1, "werkelijk bijdrage != aandeel x totaal")
    ok(hnum(tot[1]) == B[0][0] and hnum(tot[2]) == B[0][2] and hnum(tot[2]) == B[0][1],
       "deelnemersbijdragen != baten/lasten")

    # reserves
    rr = [[hnum(x) for x in html_row("tbl-reserves", n)] for n, *_ in D.GR_RESERVES]
    rt = [hnum(x) for x in html_row("tbl-reserves", "Totaal reserves")]
    for r in rr:
        ok(r[0] + r[1] - r[2] == r[3], f"GR reserve movement {r}")
    for k in range(4):
        ok(sum(r[k] for r in rr) == rt[k], f"GR reserves total {k}")
    ok(rt[1] == toe[2] and rt[2] == ont[2], "GR reserve movements != exploitatie")

    # balans (x € 1.000)
    b = lambda l: [hnum(x) for x in html_row("tbl-balans", l)]
    va = [b(l) for l, *_ in D.GR_BALANS_ACTIVA_VAST]
    vla = [b(l) for l, *_ in D.GR_BALANS_ACTIVA_VLOTTEND]
    ev = [b("- " + l) for l in ("Algemene reserve", "Bestemmingsreserves", "Gerealiseerd resultaat")]
    evt = b("Eigen vermogen")
    vp = [b(l) for l, *_ in D.GR_BALANS_PASSIVA_OVERIG_VAST]
    vlp = [b(l) for l, *_ in D.GR_BALANS_PASSIVA_VLOTTEND]
    for k in range(2):
        ok(sum(r[k] for r in va) == b("Totaal vaste activa")[k], f"balans vaste activa {k}")
        ok(sum(r[k] for r in vla) == b("Totaal vlottende activa")[k], f"balans vlottende activa {k}")
        ok(b("Totaal vaste activa")[k] + b("Totaal vlottende activa")[k] == b("Totaal activa")[k], f"activa {k}")
        ok(sum(r[k] for r in ev) == evt[k], f"eigen vermogen {k}")
        ok(evt[k] + sum(r[k] for r in vp) == b("Totaal vaste passiva")[k], f"vaste passiva {k}")
        ok(sum(r[k] for r in vlp) == b("Totaal vlottende passiva")[k], f"vlottende passiva {k}")
        ok(b("Totaal vaste passiva")[k] + b("Totaal vlottende passiva")[k] == b("Totaal passiva")[k], f"passiva {k}")
        ok(b("Totaal activa")[k] == b("Totaal passiva")[k], f"balans activa != passiva {k}")
    ok(ev[0][0] == D.round_k(rr[0][3]) and ev[0][1] == D.round_k(rr[0][0]), "balans algemene reserve")
    ok(ev[1][0] == D.round_k(sum(r[3] for r in rr[1:])) and ev[1][1] == D.round_k(sum(r[0] for r in rr[1:])),
       "balans bestemmingsreserves")
    ok(ev[2][0] == D.round_k(res[2]) and ev[2][1] == D.round_k(D.GR_RESULTAAT_2025), "balans resultaat")
    ok(f"€ {fmt_int(D.GR_RESULTAAT_2025)}" in HTML_FLAT, "resultaat 2025 in prose")
    vs = b("Vaste schulden met een rentetypische looptijd van één jaar of langer")
    ok(vs[0] < vs[1], "aflossing: vaste schulden should decrease (prose says no new loans)")

    # kengetallen derivable from balans
    k = lambda l: [hnum(x.rstrip("%")) for x in html_row("tbl-kengetallen", l)]
    solv = k("Solvabiliteitsratio")[1]
    ok(close(round(evt[0] / b("Totaal passiva")[0] * 100, 1), solv), "solvabiliteit != EV/balanstotaal")
    schuld = vs[0] + sum(r[0] for r in vlp) - b("Uitzettingen met een looptijd korter dan één jaar")[0] \
        - b("Liquide middelen")[0] - b("Overlopende activa")[0]
    ok(close(round(schuld / (tb[2] / 1000) * 100, 1), k("Netto schuldquote")[1]), "netto schuldquote")

    # WNT
    w = lambda l: [hnum(x) for x in html_row("tbl-wnt", l)]
    for j in range(2):
        sub = w("Beloning")[j] + w("Belastbare onkostenvergoedingen")[j] + w("Beloningen betaalbaar op termijn")[j]
        ok(sub == w("Subtotaal")[j] == w("Bezoldiging")[j], f"WNT subtotal {j}")
        ok(sub <= w("Individueel toepasselijk bezoldigingsmaximum")[j], "WNT above maximum")
    ok(html_row("tbl-wnt", "Functiegegevens")[0] == "Directeur", "WNT functie")
    ok(html_row("tbl-wnt", "Omvang dienstverband (in fte)")[0] == D.GR_WNT["fte"][0], "WNT fte")

    # resultaat table = baten/lasten
    r = lambda l: [hnum(x) for x in html_row("tbl-resultaat", l)]
    ok(r("Totaal baten") == tb[1:3] and r("Totaal lasten") == tl[1:3], "resultaat table baten/lasten")
    ok(r("Resultaat voor bestemming") == sal[1:3] and r("Resultaat na bestemming") == res[1:3], "resultaat table")
    # proposed use of the result adds up
    m = re.search(r"resultaat na bestemming van € ([\d.]+) als volgt te bestemmen: € ([\d.]+) toevoegen .*?"
                  r"restant van € ([\d.]+)", HTML_FLAT)
    ok(m is not None and parse_nl(m.group(1)) == res[2] and parse_nl(m.group(2)) + parse_nl(m.group(3)) == res[2],
       "resultaatbestemming does not add up")
    for kname, v in D.PROSE_GR.items():
        ok(v in HTML_FLAT, f"GR prose {kname} missing")
    jh = html_row("tbl-baten-lasten", "Opbrengsten jachthaven en camping")
    ok(f"€ {jh[3]} hoger uit dan begroot" in HTML_FLAT, "jachthaven prose difference")


# ---------------------------------------------------------------------------------
# 3. cases.yaml
# ---------------------------------------------------------------------------------
def ev_value(e):
    kind = e[0]
    if kind == "pdf":
        _, anchors, label, col, scale = e
        toks, _ = pdf_row(list(anchors), label)
        return parse_nl(toks[col]) * scale
    if kind == "html":
        _, tid, label, col, scale = e
        return parse_nl(html_row(tid, label)[col]) * scale
    if kind == "pdftext":
        ok(e[1] in PDF_FLAT, f"prose snippet not in PDF: {e[1]!r}")
        return e[2]
    if kind == "htmltext":
        ok(e[1] in HTML_FLAT, f"prose snippet not in HTML: {e[1]!r}")
        return e[2]
    raise ValueError(kind)


ALLOWED_TURN_KEYS = {"question", "municipality", "kind", "expect"}
ALLOWED_EXPECT = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
MUNIS = {"Brederwijde", "Recreatieschap Marrevelden"}


def check_cases():
    with open(os.path.join(ROOT, "cases.yaml"), encoding="utf-8") as fh:
        y = yaml.safe_load(fh)
    ok(y.get("version") == 1 and isinstance(y.get("cases"), list), "cases.yaml top level")
    with open(os.path.join(ROOT, "corpus", "manifest.yaml"), encoding="utf-8") as fh:
        man = yaml.safe_load(fh)
    ok(man.get("version") == 1 and len(man["documents"]) == 2, "manifest")
    for d in man["documents"]:
        ok(os.path.exists(os.path.join(ROOT, "corpus", d["file"])), f"manifest file {d['file']}")
        ok(set(d) == {"id", "file", "municipality", "title", "year", "type", "source"}, "manifest keys")
        ok(d["municipality"] in MUNIS, "manifest municipality")
    ids = [c["id"] for c in y["cases"]]
    ok(len(ids) == len(set(ids)), "duplicate case ids")
    spec = {c["id"]: c for c in S.CASES}
    counts = {"figure": 0, "text": 0, "refusal": 0}
    for c in y["cases"]:
        sc = spec.get(c["id"])
        ok(sc is not None, f"case {c['id']} has no spec")
        if "turns" in c:
            ok(set(c) <= {"id", "municipality", "turns"}, f"{c['id']}: keys {set(c)}")
            turns = c["turns"]
        else:
            ok(set(c) <= {"id"} | ALLOWED_TURN_KEYS, f"{c['id']}: keys {set(c)}")
            turns = [c]
        if c.get("municipality") is not None:
            ok(c["municipality"] in MUNIS, f"{c['id']}: scope")
        ok(len(turns) == len(sc["turns"]), f"{c['id']}: turn count")
        for k, (t, st) in enumerate(zip(turns, sc["turns"])):
            tag = f"{c['id']}[{k}]"
            ok(t["kind"] in counts and t["kind"] == st["kind"], f"{tag}: kind")
            ok(t["question"] == st["question"], f"{tag}: question differs from spec")
            counts[t["kind"]] += 1
            e = t.get("expect") or {}
            ok(set(e) <= ALLOWED_EXPECT, f"{tag}: expect keys {set(e)}")
            if t["kind"] == "refusal":
                ok("value" not in e and "accept" not in e, f"{tag}: refusal with figure")
                continue
            ok(e.get("municipality") in MUNIS, f"{tag}: expect.municipality")
            if t["kind"] == "text":
                doc = PDF_FLAT if e["municipality"] == "Brederwijde" else HTML_FLAT
                ok(isinstance(e.get("include"), list) and e["include"], f"{tag}: include")
                for item in e["include"]:
                    alts = item if isinstance(item, list) else [item]
                    ok(any(a.lower() in doc.lower() for a in alts), f"{tag}: include {alts} not in document")
                continue
            # figure
            ok(e.get("unit") in ("EUR", "count", "percent", "grade"), f"{tag}: unit")
            ok(isinstance(e.get("value"), (int, float)), f"{tag}: value")
            evs = [ev_value(x) for x in st["ev"]]
            from_doc = st["calc"](evs)
            from_data = st["data"]()
            tol_internal = 0.005
            ok(abs(from_doc - e["value"]) <= tol_internal, f"{tag}: value {e['value']} != printed arithmetic {from_doc}")
            ok(abs(from_data - e["value"]) <= tol_internal, f"{tag}: value {e['value']} != data {from_data}")
            # documents belong to the expected municipality
            docs = {x[0] for x in st["ev"]}
            want = {"Brederwijde": {"pdf", "pdftext"}, "Recreatieschap Marrevelden": {"html", "htmltext"}}
            ok(docs <= want[e["municipality"]], f"{tag}: evidence from wrong document")
            if "accept" in e:
                ok(e["value"] in e["accept"], f"{tag}: value not in accept")
                alts = [ev_value(ev[0]) for _, ev in st["accept"]]
                for a in alts:
                    ok(any(abs(a - x) <= tol_internal for x in e["accept"]), f"{tag}: accept alt {a} missing")
    # refusals: make sure what they ask about is indeed not printed
    ok("2031" not in PDF_RAW and "2032" not in PDF_RAW, "PDF prints 2031")
    ok("hondenbelasting" not in PDF_FLAT.lower(), "PDF mentions hondenbelasting")
    ok("2024" not in " ".join(pdf_row([S.T2[3]], "Omschrijving")[0]) and "Rekening 2024" not in PDF_RAW,
       "PDF has 2024 column")
    ok("bedrijven" not in PDF_FLAT.lower() or "rioolheffing" not in PDF_FLAT.lower().split("bedrijven")[1][:60],
       "rioolheffing for bedrijven printed")
    ok("Tolbergen" not in PDF_FLAT and "Brederwijde" not in HTML_FLAT, "cross-document names")
    ok("2024" not in HTML_FLAT.replace("2024-2033", ""), "HTML prints 2024")
    ok("2027" not in " ".join(" ".join(r) for t in HT.values() for r in t["rows"]), "HTML tables print 2027")
    ok("fte" not in HTML_FLAT.replace("fte in dienst", "").replace("(in fte)", ""), "HTML prints other fte")
    ok(belcap_2029_blank(), "belastingcapaciteit 2029 printed")
    return counts


def belcap_2029_blank():
    v = pdf_vals(["Tabel 3.2"], "5. Belastingcapaciteit")
    return v[D.YEARS.index("2029")] is None


def main():
    check_pdf()
    check_html()
    counts = check_cases()
    print(f"turns per kind: {counts}")
    print(f"{NCHK[0]} checks, {len(FAIL)} failed")
    for f in FAIL:
        print("FAIL:", f)
    sys.exit(1 if FAIL else 0)


if __name__ == "__main__":
    main()
