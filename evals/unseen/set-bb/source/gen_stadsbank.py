"""Stadsbank Oost Nederland, Jaarstukken 2025 (FICTIONAL figures), written with borb
(pure-Python PDF library): a small flow layout on top of borb's Paragraph and Shape
elements, painted at absolute positions (running header and footer, tables with a dark
header band, a column group "2025" over three sub-columns, a member table that runs over
two pages and whose continuation has no header row, a bar chart beside a coloured box).

Usage: python gen_stadsbank.py OUTDIR -> OUTDIR/stadsbank-oost-nederland-jaarstukken-2025.pdf
"""
import os
import pathlib
import sys

from borb.pdf import (Document, Page, PDF, Paragraph, Shape, HexColor, TrueTypeFont, LayoutElement)
from borb.pdf.license.usage_statistics import UsageStatistics
from borb.pdf.primitives import datestr, hexstr, name

import data as D
from fmt import num, dec, mln, rhu, grp
from tables import Col, Row, Table

UsageStatistics.opt_out()

NAME = "stadsbank-oost-nederland-jaarstukken-2025"
FONTDIR = pathlib.Path("/usr/share/fonts/truetype/liberation2")

# ------------------------------------------------------------------------------------
# tables (shared with gen_cases.py)
# ------------------------------------------------------------------------------------
JCOLS = [Col("2024", ["Werkelijk"], group="2024"),
         Col("prim", ["Begroot", "primitief"], group="2025"),
         Col("nawijz", ["Begroot na", "wijziging"], group="2025"),
         Col("werk", ["Werkelijk"], group="2025")]


def p(v):
    return num(v, "paren")


def t_kerncijfers():
    cols = [Col("eh", ["Eenheid"]), Col("2024", ["2024"]), Col("2025", ["2025"])]
    F = D.SB_F
    rows = [
        Row("Aanmeldingen schuldhulpverlening", {"eh": "aantal", "2024": grp(D.SB_AANMELDINGEN["2024"]),
                                                 "2025": grp(D.SB_AANMELDINGEN["2025"])}),
        Row("Trajecten schuldhulpverlening", {"eh": "aantal", "2024": grp(D.SB_TRAJECTEN_2024),
                                              "2025": grp(D.SB_TOT["trajecten"])}),
        Row("Uitstaande kredieten op 31 december", {"eh": "€ mln", "2024": mln(D.SB_KRED_END["2024"]),
                                                    "2025": mln(D.SB_KRED_END["2025"])}),
        Row("Nieuw verstrekte kredieten", {"eh": "€ mln", "2024": mln(D.SB_KRED["2024"][1]),
                                           "2025": mln(D.SB_KRED["2025"][1])}),
        Row("Aflossingen op kredieten", {"eh": "€ mln", "2024": mln(D.SB_KRED["2024"][2]),
                                         "2025": mln(D.SB_KRED["2025"][2])}),
        Row("Totale lasten", {"eh": "€ mln", "2024": mln(F["2024"]["tot_l"]), "2025": mln(F["werk"]["tot_l"])}),
        Row("Bijdragen deelnemende gemeenten", {"eh": "€ mln", "2024": mln(F["2024"]["bijdragen"]),
                                                "2025": mln(F["werk"]["bijdragen"])}),
        Row("Resultaat", {"eh": "€ mln", "2024": mln(D.SB_RES_2024), "2025": mln(D.SB_RES_2025)}),
        Row("Personeel (bezetting op 31 december)", {"eh": "fte", "2024": dec(D.SB_FTE_TOT[2], 1),
                                                      "2025": dec(D.SB_FTE_TOT[1], 1)}),
        Row("Deelnemende gemeenten", {"eh": "aantal", "2024": str(len(D.SB_MEMBERS)), "2025": str(len(D.SB_MEMBERS))}),
    ]
    return Table("S1.1", "Tabel 1.1 Kerncijfers 2025", cols, rows, scale="bedragen in € mln", scale_where="column",
                 scale_factor=1000000)


def t_prestaties():
    cols = [Col("2024", ["Werkelijk", "2024"]), Col("begr", ["Begroot", "2025"]), Col("2025", ["Werkelijk", "2025"])]
    rows = []
    for lab, a, b, c in D.SB_PRESTATIES:
        if b is None:
            b, c = grp(sum(x[3] for x in D.SB_MEMBERS)), grp(D.SB_TOT["trajecten"])
        rows.append(Row(lab, {"2024": a, "begr": b, "2025": c}))
    return Table("S2.1", "Tabel 2.1 Prestaties schuldhulpverlening", cols, rows)


def _prog_rows(lrows, brows, key_l, key_b, key_s, lname, bname, sname):
    F = D.SB_F
    rows = [Row("Lasten", {}, style="group")]
    for lab, v in lrows:
        rows.append(Row(lab, {c: p(v[i]) for i, c in enumerate(D.SB_COLS)}))
    rows.append(Row(lname, {c: p(F[c][key_l]) for c in D.SB_COLS}, style="bold"))
    rows.append(Row("Baten", {}, style="group"))
    for lab, v in brows:
        rows.append(Row(lab, {c: p(v[i]) for i, c in enumerate(D.SB_COLS)}))
    rows.append(Row(bname, {c: p(F[c][key_b]) for c in D.SB_COLS}, style="bold"))
    rows.append(Row(sname, {c: p(F[c][key_s]) for c in D.SB_COLS}, style="total"))
    return rows


def t_shv():
    rows = _prog_rows(D.SB_SHV_L, D.SB_SHV_B, "shv_l", "shv_b", "shv_s", "Totaal lasten", "Totaal baten",
                      "Saldo programma Schuldhulpverlening")
    return Table("S2.2", "Tabel 2.2 Wat heeft het gekost? Programma Schuldhulpverlening", JCOLS, rows,
                 scale="bedragen in euro's", scale_where="caption-line")


def t_kredietverloop():
    cols = [Col("2025", ["2025"]), Col("2024", ["2024"])]
    K = D.SB_KRED
    rows = [Row("Stand uitstaande kredieten op 1 januari", {"2025": num(K["2025"][0]), "2024": num(K["2024"][0])}),
            Row("Bij: nieuw verstrekte kredieten", {"2025": num(K["2025"][1]), "2024": num(K["2024"][1])}),
            Row("Af: ontvangen aflossingen", {"2025": num(K["2025"][2]), "2024": num(K["2024"][2])}),
            Row("Af: afgeboekt als oninbaar", {"2025": num(K["2025"][3]), "2024": num(K["2024"][3])}),
            Row("Stand uitstaande kredieten op 31 december", {"2025": num(D.SB_KRED_END["2025"]),
                                                              "2024": num(D.SB_KRED_END["2024"])}, style="total"),
            Row("Aantal nieuw verstrekte kredieten", {"2025": grp(D.SB_KRED_AANTAL["2025"][0]),
                                                      "2024": grp(D.SB_KRED_AANTAL["2024"][0])}),
            Row("Aantal lopende kredieten op 31 december", {"2025": grp(D.SB_KRED_AANTAL["2025"][1]),
                                                            "2024": grp(D.SB_KRED_AANTAL["2024"][1])})]
    return Table("S2.3", "Tabel 2.3 Verloop van de kredietportefeuille", cols, rows,
                 scale="bedragen in euro's, aantallen in stuks", scale_where="caption-line")


def t_producten():
    cols = [Col("n", ["Aantal", "verstrekt 2025"]), Col("bed", ["Bedrag", "verstrekt 2025"]),
            Col("uit", ["Uitstaand op", "31-12-2025"])]
    rows = [Row(pr, {"n": grp(a), "bed": num(b), "uit": num(u)}) for pr, a, b, u in D.SB_PRODUCTEN]
    rows.append(Row("Totaal", {"n": grp(D.SB_KRED_AANTAL["2025"][0]), "bed": num(D.SB_KRED["2025"][1]),
                               "uit": num(D.SB_KRED_END["2025"])}, style="total"))
    return Table("S2.4", "Tabel 2.4 Kredieten per product", cols, rows, scale="bedragen in euro's",
                 scale_where="caption-line")


def t_kv():
    rows = _prog_rows(D.SB_KV_L, D.SB_KV_B, "kv_l", "kv_b", "kv_s", "Totaal lasten", "Totaal baten",
                      "Saldo programma Kredietverlening")
    return Table("S2.5", "Tabel 2.5 Wat heeft het gekost? Programma Kredietverlening", JCOLS, rows,
                 scale="bedragen in euro's", scale_where="caption-line")


def t_fte():
    cols = [Col("f", ["Formatie", "2025"]), Col("b25", ["Bezetting", "31-12-2025"]), Col("b24", ["Bezetting", "31-12-2024"])]
    rows = [Row(a, {"f": dec(f, 1), "b25": dec(b, 1), "b24": dec(c, 1)}) for a, f, b, c in D.SB_FTE]
    rows.append(Row("Totaal", {"f": dec(D.SB_FTE_TOT[0], 1), "b25": dec(D.SB_FTE_TOT[1], 1),
                               "b24": dec(D.SB_FTE_TOT[2], 1)}, style="total"))
    return Table("S2.6", "Tabel 2.6 Personeel per afdeling", cols, rows, scale="in fte", scale_where="caption-line")


def t_risicos():
    cols = [Col("kans", ["Kans"]), Col("eff", ["Financieel", "effect"]), Col("ben", ["Benodigd"])]
    rows = [Row(r, {"kans": f"{k}%", "eff": num(e), "ben": num(rhu(k * e / 100))}) for r, k, e in D.SB_RISICOS]
    rows.append(Row("Benodigde weerstandscapaciteit", {"kans": "", "eff": "", "ben": num(D.SB_W_BENODIGD)},
                    style="total"))
    rows.append(Row("Beschikbare weerstandscapaciteit (algemene reserve)", {"kans": "", "eff": "",
                                                                            "ben": num(D.SB_W_CAPACITEIT)}))
    rows.append(Row("Ratio weerstandsvermogen", {"kans": "", "eff": "", "ben": dec(D.SB_W_RATIO, 2)}, style="bold"))
    return Table("S2.7", "Tabel 2.7 Risico's en weerstandsvermogen", cols, rows, scale="bedragen in euro's",
                 scale_where="caption-line")


def t_kengetallen():
    cols = [Col("2024", ["Rekening", "2024"]), Col("begr", ["Begroting", "2025"]), Col("2025", ["Rekening", "2025"])]
    k24, k25, kb = D.SB_KENG["2024"], D.SB_KENG["2025"], D.SB_KENG_BEGR
    pc = lambda v: dec(v, 1) + "%"
    rows = [Row("Netto schuldquote", {"2024": pc(k24[0]), "begr": pc(kb[0]), "2025": pc(k25[0])}),
            Row("Netto schuldquote gecorrigeerd voor alle verstrekte leningen",
                {"2024": pc(k24[1]), "begr": pc(kb[1]), "2025": pc(k25[1])}),
            Row("Solvabiliteitsratio", {"2024": pc(k24[2]), "begr": pc(kb[2]), "2025": pc(k25[2])}),
            Row("Structurele exploitatieruimte", {"2024": pc(D.SB_STRUCT["2024"]), "begr": pc(D.SB_STRUCT["begr"]),
                                                  "2025": pc(D.SB_STRUCT["2025"])}),
            Row("Grondexploitatie", {"2024": "n.v.t.", "begr": "n.v.t.", "2025": "n.v.t."}),
            Row("Belastingcapaciteit", {"2024": "n.v.t.", "begr": "n.v.t.", "2025": "n.v.t."})]
    return Table("S2.8", "Tabel 2.8 Financiële kengetallen", cols, rows)


def t_members():
    cols = [Col("inw", ["Inwoners", "1-1-2025"]), Col("tr", ["Trajecten", "2025"]),
            Col("begr", ["Bijdrage", "begroot 2025"]), Col("werk", ["Bijdrage", "werkelijk 2025"]),
            Col("pi", ["Per", "inwoner"]), Col("aand", ["Aandeel"])]
    rows = []
    for name, *_ in D.SB_MEMBERS:
        v = D.SB[name]
        rows.append(Row(name, {"inw": grp(v["inwoners"]), "tr": grp(v["trajecten"]), "begr": "€ " + grp(v["begroot"]),
                               "werk": "€ " + grp(v["werkelijk"]), "pi": "€ " + dec(v["per_inwoner"], 2),
                               "aand": dec(v["aandeel"], 1) + "%"}))
    T = D.SB_TOT
    rows.append(Row("Totaal", {"inw": grp(T["inwoners"]), "tr": grp(T["trajecten"]), "begr": "€ " + grp(T["begroot"]),
                               "werk": "€ " + grp(T["werkelijk"]), "pi": "€ " + dec(T["per_inwoner"], 2),
                               "aand": "100,0%"}, style="total"))
    return Table("S3.3", "Tabel 3.3 Bijdrage per deelnemende gemeente 2025", cols, rows)


def t_grondslagen():
    cols = [Col("b", ["Begroot", "2025"]), Col("w", ["Werkelijk", "2025"])]
    T = D.SB_TOT
    trb = sum(x[3] for x in D.SB_MEMBERS)
    rows = [Row("Tarief per inwoner", {"b": "€ " + dec(D.SB_TARIEF_INWONER, 2), "w": "€ " + dec(D.SB_TARIEF_INWONER, 2)}),
            Row("Tarief per traject", {"b": "€ " + grp(D.SB_TARIEF_TRAJECT), "w": "€ " + grp(D.SB_TARIEF_TRAJECT)}),
            Row("Inwoners van de deelnemende gemeenten op 1 januari 2025", {"b": grp(T["inwoners"]), "w": grp(T["inwoners"])}),
            Row("Trajecten schuldhulpverlening", {"b": grp(trb), "w": grp(T["trajecten"])}),
            Row("Totaal bijdragen", {"b": "€ " + grp(T["begroot"]), "w": "€ " + grp(T["werkelijk"])}, style="total")]
    return Table("S3.1", "Tabel 3.1 Grondslagen van de bijdrage 2025", cols, rows)


def t_bijdragen_jaren():
    cols = [Col("b", ["Bijdragen", "gemeenten"]), Col("t", ["Trajecten"])]
    rows = [Row(y, {"b": "€ " + grp(b), "t": grp(t)}) for y, b, t in D.SB_BIJDRAGEN_JAREN]
    return Table("S3.2", "Tabel 3.2 Ontwikkeling van de bijdragen 2021-2025", cols, rows, corner="Jaar",
                 scale_where="corner")


def t_overzicht():
    F = D.SB_F
    rows = [Row("Programma Schuldhulpverlening", {}, style="group"),
            Row("Lasten schuldhulpverlening", {c: p(F[c]["shv_l"]) for c in D.SB_COLS}),
            Row("Baten schuldhulpverlening", {c: p(F[c]["shv_b"]) for c in D.SB_COLS}),
            Row("Programma Kredietverlening", {}, style="group"),
            Row("Lasten kredietverlening", {c: p(F[c]["kv_l"]) for c in D.SB_COLS}),
            Row("Baten kredietverlening", {c: p(F[c]["kv_b"]) for c in D.SB_COLS}),
            Row("Overhead", {c: p(F[c]["oh_l"]) for c in D.SB_COLS}),
            Row("Algemene dekkingsmiddelen: bijdragen deelnemende gemeenten",
                {c: p(F[c]["bijdragen"]) for c in D.SB_COLS}),
            Row("Totaal lasten", {c: p(F[c]["tot_l"]) for c in D.SB_COLS}, style="bold"),
            Row("Totaal baten", {c: p(F[c]["tot_b"]) for c in D.SB_COLS}, style="bold"),
            Row("Saldo van baten en lasten", {c: p(F[c]["saldo"]) for c in D.SB_COLS}, style="total"),
            Row("Toevoegingen aan reserves", {c: p(F[c]["toev"]) for c in D.SB_COLS}),
            Row("Onttrekkingen aan reserves", {c: p(F[c]["ontt"]) for c in D.SB_COLS}),
            Row("Resultaat", {c: p(F[c]["resultaat"]) for c in D.SB_COLS}, style="total")]
    return Table("S4.1", "Tabel 4.1 Overzicht van baten en lasten 2025", JCOLS, rows,
                 scale="bedragen in euro's", scale_where="caption-line")


def t_bestemming():
    cols = [Col("v", ["Bedrag"])]
    rows = [Row("Resultaat 2025", {"v": num(D.SB_RES_2025)}, style="bold")]
    for lab, v in D.SB_BEST_2025:
        rows.append(Row(lab, {"v": num(v)}))
    rows.append(Row("Terugbetaling aan de deelnemende gemeenten", {"v": num(D.SB_BEST_2025_TERUG)}, style="total"))
    return Table("S4.2", "Tabel 4.2 Voorstel resultaatbestemming 2025", cols, rows, scale="bedragen in euro's",
                 scale_where="caption-line")


def t_balans(side):
    cols = [Col("2025", ["31-12-2025"]), Col("2024", ["31-12-2024"])]
    keys = D.SB_ACTIVA if side == "A" else D.SB_PASSIVA
    rows = [Row(k, {"2025": num(D.SB_BAL[k][0]), "2024": num(D.SB_BAL[k][1])}) for k in keys]
    rows.append(Row("Totaal " + ("activa" if side == "A" else "passiva"),
                    {"2025": num(D.SB_BAL_TOT[0]), "2024": num(D.SB_BAL_TOT[1])}, style="total"))
    tid, cap = ("S4.3", "Tabel 4.3 Balans per 31 december: activa") if side == "A" else \
        ("S4.4", "Tabel 4.4 Balans per 31 december: passiva")
    return Table(tid, cap, cols, rows, scale="bedragen in euro's", scale_where="caption-line")


def t_reserves():
    cols = [Col("s", ["Stand", "1-1-2025"]), Col("b", ["Bestemming", "resultaat 2024"]),
            Col("t", ["Toevoegingen"]), Col("o", ["Onttrekkingen"]), Col("e", ["Stand", "31-12-2025"])]
    tr = lambda v: num(-v, "trail") if v else "0"
    rows = [Row(n, {"s": num(s), "b": num(b), "t": num(t), "o": tr(o), "e": num(D.SB_RES_STAND[n])})
            for n, s, b, t, o in D.SB_RESERVES]
    R = D.SB_RES_TOT
    rows.append(Row("Totaal reserves", {"s": num(R["s"]), "b": num(R["b"]), "t": num(R["t"]), "o": tr(R["o"]),
                                        "e": num(R["e"])}, style="total"))
    return Table("S4.5", "Tabel 4.5 Verloop van de reserves in 2025", cols, rows, scale="bedragen in euro's",
                 scale_where="caption-line")


def all_tables():
    ts = [t_kerncijfers(), t_prestaties(), t_shv(), t_kredietverloop(), t_producten(), t_kv(), t_fte(), t_risicos(),
          t_kengetallen(), t_grondslagen(), t_bijdragen_jaren(), t_members(), t_overzicht(), t_bestemming(), t_balans("A"), t_balans("P"), t_reserves()]
    return {t.tid: t for t in ts}


# ------------------------------------------------------------------------------------
# layout engine on borb
# ------------------------------------------------------------------------------------
BLUE = HexColor("1B3F6B")
ORANGE = HexColor("E07B24")
LIGHT = HexColor("E6EEF7")
GREY = HexColor("B8C4D2")
WHITE = HexColor("FFFFFF")
BLACK = HexColor("1A1A1A")

PW, PH = 595, 842
ML, MR = 62, 56
CW = PW - ML - MR
TOP = PH - 82
BOTTOM = 66


class Writer:
    def __init__(self):
        self.doc = Document()
        self.reg = TrueTypeFont.from_file(FONTDIR / "LiberationSans-Regular.ttf")
        self.bold = TrueTypeFont.from_file(FONTDIR / "LiberationSans-Bold.ttf")
        self.ital = TrueTypeFont.from_file(FONTDIR / "LiberationSans-Italic.ttf")
        self.page = None
        self.pno = 0
        self.y = TOP
        self.chapter = ""
        self.toc = []
        self._w = {}

    # --- primitives
    def width(self, text, font, size):
        key = (text, id(font), size)
        if key not in self._w:
            self._w[key] = Paragraph(text, font=font, font_size=size).get_size((100000, 1000))[0]
        return self._w[key]

    def text(self, x, ytop, s, font=None, size=9, color=BLACK, align="left", w=None):
        font = font or self.reg
        tw = self.width(s, font, size)
        if align == "right":
            x = x + w - tw
        elif align == "center":
            x = x + (w - tw) / 2
        par = Paragraph(s, font=font, font_size=size, font_color=color)
        _, h = par.get_size((tw + 6, 1000))
        par.paint((int(round(x)), int(round(ytop - h)), tw + 6, h), self.page)
        return h

    def rect(self, x, y, w, h, fill, stroke=None, lw=0):
        s = Shape(coordinates=[(x, y), (x, y + h), (x + w, y + h), (x + w, y)], fill_color=fill,
                  stroke_color=stroke, line_width=lw)
        s.paint((int(x), int(y), int(w) + 1, int(h) + 1), self.page)

    def hline(self, x1, x2, y, color=GREY, lw=0.5):
        self.rect(x1, y - lw / 2, x2 - x1, lw, color)

    def wrapped(self, x, ytop, s, w, font=None, size=9.5, color=BLACK, leading=1.28, paint=True):
        font = font or self.reg
        par = Paragraph(s, font=font, font_size=size, font_color=color, multiplied_leading=leading)
        _, h = par.get_size((int(w), 10000))
        if paint:
            par.paint((int(x), int(round(ytop - h)), int(w), h), self.page)
        return h

    # --- pages
    def new_page(self, furniture=True):
        self.page = Page(width_in_points=PW, height_in_points=PH)
        self.doc.append_page(self.page)
        self.pno += 1
        self.y = TOP
        if furniture:
            self.text(ML, PH - 38, "Stadsbank Oost Nederland  |  Jaarstukken 2025", self.reg, 8, BLUE)
            if self.chapter:
                self.text(ML, PH - 38, self.chapter, self.reg, 8, BLUE, align="right", w=CW)
            self.hline(ML, PW - MR, PH - 52, BLUE, 0.8)
            self.hline(ML, PW - MR, 48, GREY, 0.5)
            self.text(ML, 42, f"pagina {self.pno}", self.reg, 8, BLUE, align="right", w=CW)

    def need(self, h):
        if self.y - h < BOTTOM:
            self.new_page()

    # --- flow elements
    def h1(self, s, newpage=True):
        self.chapter = s
        if newpage:
            self.new_page()
        self.toc.append((1, s, self.pno))
        h = self.text(ML, self.y, s, self.bold, 17, BLUE)
        self.y -= h + 4
        self.rect(ML, self.y, 40, 2.5, ORANGE)
        self.y -= 14

    def h2(self, s):
        self.need(170)
        self.toc.append((2, s, self.pno))
        self.y -= 4
        h = self.text(ML, self.y, s, self.bold, 12, BLUE)
        self.y -= h + 6

    def h3(self, s):
        self.need(150)
        h = self.text(ML, self.y, s, self.bold, 10, BLACK)
        self.y -= h + 3

    def para(self, s, size=9.5):
        h = self.wrapped(ML, self.y, s, CW, size=size, paint=False)
        self.need(h)
        self.wrapped(ML, self.y, s, CW, size=size)
        self.y -= h + 7

    def bullets(self, lst):
        for s in lst:
            h = self.wrapped(ML + 14, self.y, s, CW - 14, paint=False)
            self.need(h)
            self.text(ML + 3, self.y, "•", self.reg, 9.5)
            self.wrapped(ML + 14, self.y, s, CW - 14)
            self.y -= h + 3
        self.y -= 5

    # --- tables
    def rows_fitting(self, t, widths, size=8.5, reserve=0):
        """How many rows of t fit on the current page below caption and header."""
        pad, lh = 3.2, size * 1.25
        nlines = max(len(c.lines) for c in t.cols)
        y = self.y - 16 - (nlines * lh + 2 * pad)
        n = 0
        for r in t.rows:
            y -= lh + 2 * pad
            if y < BOTTOM + reserve:
                break
            n += 1
        return n

    def table(self, t, widths, rows=None, header=True, caption=True, size=8.5, text_cols=(), x0=ML, keep=True):
        """widths: [label width, col widths...] in pt. rows: subset of t.rows."""
        rows = t.rows if rows is None else rows
        pad = 3.2
        lh = size * 1.25
        tw = sum(widths)
        groups = t.groups() if any(c.group for c in t.cols) else None
        nlines = max(len(c.lines) for c in t.cols)
        head_h = (nlines * lh + 2 * pad) if header else 0
        if groups and header:
            head_h += lh + pad
        # row heights
        rh = []
        for r in rows:
            font = self.bold if r.style in ("bold", "total") else (self.ital if r.style == "group" else self.reg)
            lw = tw - 2 * pad if r.style == "group" else widths[0] - 2 * pad
            if self.width(r.label, font, size) <= lw - 2:
                nl = 1
            else:
                h = Paragraph(r.label, font=font, font_size=size, multiplied_leading=1.2).get_size((int(lw), 1000))[1]
                nl = max(1, round(h / (size * 1.2)))
            rh.append(nl * lh + 2 * pad)
        cap_h = 0
        if caption:
            cap_h = 16 + (12 if t.scale_where == "caption-line" else 0)
        total_h = cap_h + head_h + (sum(rh) if keep else (rh[0] if rh else 0))
        self.need(total_h + 6)
        if caption:
            self.text(x0, self.y, t.caption, self.bold, 9.5, BLUE)
            self.y -= 14
            if t.scale_where == "caption-line":
                self.text(x0, self.y, t.scale, self.ital, 8, BLACK)
                self.y -= 12
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        if header:
            self.rect(x0, self.y - head_h, tw, head_h, BLUE)
            ytop = self.y - pad
            if groups:
                ci = 1
                for g, n in groups:
                    if g:
                        gx1, gx2 = xs[ci], xs[ci + n]
                        self.text(gx1, ytop, g, self.bold, size, WHITE, align="center", w=gx2 - gx1)
                        self.hline(gx1 + 4, gx2 - 4, ytop - lh - 1, WHITE, 0.6)
                    ci += n
                ytop -= lh + pad
            for i, c in enumerate(t.cols):
                lines = c.lines
                yl = ytop - (nlines - len(lines)) * lh
                for ln in lines:
                    if c.key in text_cols:
                        self.text(xs[i + 1] + pad, yl, ln, self.bold, size, WHITE)
                    else:
                        self.text(xs[i + 1], yl, ln, self.bold, size, WHITE, align="right", w=widths[i + 1] - pad)
                    yl -= lh
            if t.scale_where == "corner" and t.corner:
                self.text(x0 + pad, ytop - (nlines - 1) * lh, t.corner, self.bold, size, WHITE)
            self.y -= head_h
        for r, h in zip(rows, rh):
            if self.y - h < BOTTOM:
                raise RuntimeError(f"table {t.tid} does not fit; split it explicitly")
            font = self.bold if r.style in ("bold", "total") else (self.ital if r.style == "group" else self.reg)
            if r.style == "total":
                self.hline(x0, x0 + tw, self.y, BLUE, 0.9)
            top = self.y - pad + 1
            if r.style == "group":
                self.wrapped(x0 + pad, top, r.label, tw - 2 * pad, font=font, size=size, leading=1.2)
            else:
                self.wrapped(x0 + pad, top, r.label, widths[0] - 2 * pad, font=font, size=size, leading=1.2)
                for i, c in enumerate(t.cols):
                    v = r.cells.get(c.key, "")
                    if not v:
                        continue
                    if c.key in text_cols:
                        self.text(xs[i + 1] + pad, top, v, font, size)
                    else:
                        self.text(xs[i + 1], top, v, font, size, align="right", w=widths[i + 1] - pad)
            self.y -= h
            self.hline(x0, x0 + tw, self.y, GREY, 0.4)
        self.y -= 12

    # --- chart + box
    def chart_box(self):
        top = self.y
        # coloured box, left
        bw, bh = 170, 150
        self.rect(ML, top - bh, bw, bh, HexColor("FCE9D8"), stroke=ORANGE, lw=1)
        yy = top - 12
        yy -= self.text(ML + 12, yy, "Aanmeldingen 2025", self.reg, 9, BLACK) + 4
        yy -= self.text(ML + 12, yy, grp(D.SB_AANMELDINGEN["2025"]), self.bold, 30, ORANGE) + 6
        yy -= self.wrapped(ML + 12, yy, f"{dec(D.SB_GROEI_2025, 1)}% meer dan in 2024 "
                                        f"({grp(D.SB_AANMELDINGEN['2024'])} aanmeldingen)", bw - 24,
                           size=9, leading=1.25) + 6
        self.wrapped(ML + 12, yy, "Gemiddelde wachttijd tot het eerste gesprek: 12 werkdagen", bw - 24, size=9,
                     leading=1.25)
        # bar chart, right
        cx = ML + bw + 40
        cw = CW - bw - 40
        self.text(cx, top, "Aanmeldingen schuldhulpverlening 2021-2025", self.bold, 9, BLUE)
        base = top - bh + 16
        maxv = 3600
        chart_h = bh - 44
        n = len(D.SB_AANMELDINGEN)
        slot = cw / n
        for i, (yr, v) in enumerate(D.SB_AANMELDINGEN.items()):
            bx = cx + i * slot + slot * 0.2
            bwid = slot * 0.6
            hh = chart_h * v / maxv
            self.rect(bx, base, bwid, hh, ORANGE if yr == "2025" else BLUE)
            self.text(bx, base + hh + 11, grp(v), self.reg, 7.5, BLACK, align="center", w=bwid)
            self.text(bx, base - 3, yr, self.reg, 7.5, BLACK, align="center", w=bwid)
        self.hline(cx, cx + cw, base, BLACK, 0.6)
        self.y = top - bh - 16

    def finish(self, path):
        info = self.doc["Trailer"]["Info"]
        info[name("CreationDate")] = datestr("D:20260610090000Z00")
        info[name("ModDate")] = datestr("D:20260610090000Z00")
        info[name("Title")] = "Stadsbank Oost Nederland - Jaarstukken 2025 (FICTIEF)"
        self.doc["Trailer"][name("ID")] = [hexstr("5B0B2A7C1D3E4F5061728394A5B6C7D8")] * 2
        PDF.write(what=self.doc, where_to=path)


# ------------------------------------------------------------------------------------
# the document
# ------------------------------------------------------------------------------------
def eur(v):
    return "€ " + grp(v)


MEMBER_SPLIT = []


def write(path, toc_pages=None):
    T = all_tables()
    W = Writer()
    F = D.SB_F
    # --- cover
    W.new_page(furniture=False)
    W.rect(0, PH - 330, PW, 330, BLUE)
    W.rect(ML, PH - 300, 60, 4, ORANGE)
    W.text(ML, PH - 120, "Stadsbank Oost Nederland", W.reg, 16, WHITE)
    W.text(ML, PH - 160, "Jaarstukken 2025", W.bold, 34, WHITE)
    W.text(ML, PH - 210, "Jaarverslag en jaarrekening", W.reg, 15, WHITE)
    W.text(ML, PH - 240, "Gemeenschappelijke regeling voor schuldhulpverlening en kredietverlening", W.reg, 10, WHITE)
    W.text(ML, PH - 380, "Ter vaststelling in het algemeen bestuur van 25 juni 2026", W.reg, 11, BLACK)
    y = PH - 440
    W.rect(ML, y - 118, CW, 118, HexColor("FFF1E3"), stroke=ORANGE, lw=1.2)
    W.text(ML + 12, y - 10, "FICTIEF DOCUMENT", W.bold, 12, HexColor("A4470B"))
    W.wrapped(ML + 12, y - 30, "Dit document is gemaakt voor een evaluatieset (set-bb) van een vraag-en-antwoordsysteem "
              "over begrotingen van gemeenten en gemeenschappelijke regelingen. De Stadsbank Oost Nederland bestaat "
              "echt, maar alle bedragen, aantallen, percentages, tarieven en de lijst en gegevens van de deelnemende "
              "gemeenten in dit document zijn verzonnen. Dit is geen publicatie van de Stadsbank Oost Nederland en "
              "het mag niet als bron worden gebruikt.", CW - 24, size=10, leading=1.3)
    W.text(ML, 60, "Stadsbank Oost Nederland  |  Postbus 1234, Enschede  |  www.stadsbank.nl", W.reg, 8, BLUE)
    # --- contents
    W.chapter = ""
    W.new_page()
    W.text(ML, W.y, "Inhoud", W.bold, 17, BLUE)
    W.y -= 34
    if toc_pages:
        for lvl, s, pg in toc_pages:
            x = ML + (0 if lvl == 1 else 16)
            f = W.bold if lvl == 1 else W.reg
            W.text(x, W.y, s, f, 10)
            W.text(ML, W.y, str(pg), f, 10, align="right", w=CW)
            W.y -= 17 if lvl == 1 else 14
    # --- 1 Voorwoord en kerncijfers
    W.h1("1 Voorwoord en kerncijfers")
    W.para("De Stadsbank Oost Nederland voert voor de deelnemende gemeenten in Twente, de Achterhoek en de Stedendriehoek "
           "de schuldhulpverlening en de kredietverlening uit. Inwoners met problematische schulden kunnen bij ons "
           "terecht voor een schuldregeling, budgetbeheer of beschermingsbewind. Met een lening of een saneringskrediet "
           "helpen wij inwoners die bij een bank niet terecht kunnen.")
    W.para(f"2025 was een druk jaar. Het aantal aanmeldingen voor schuldhulpverlening steeg met {dec(D.SB_GROEI_2025, 1)}% "
           f"tot {grp(D.SB_AANMELDINGEN['2025'])}. De stijging komt vooral door de gestegen vaste lasten van "
           "huishoudens (huur, energie en zorgpremie) en doordat de vroegsignalering meer inwoners eerder in beeld "
           "bracht. Wij zijn blij dat mensen ons eerder weten te vinden: hoe eerder iemand zich meldt, hoe kleiner de "
           "schulden.")
    W.para(f"De jaarrekening 2025 sluit met een positief resultaat van {eur(D.SB_RES_2025)}. Wij stellen het algemeen "
           f"bestuur voor om {eur(D.SB_BEST_2025[0][1])} toe te voegen aan de algemene reserve, {eur(D.SB_BEST_2025[1][1])} "
           f"aan de bestemmingsreserve digitalisering en het restant van {eur(D.SB_BEST_2025_TERUG)} terug te betalen aan "
           "de deelnemende gemeenten naar rato van hun bijdrage over 2025.")
    W.h2("1.1 Kerncijfers")
    W.chart_box()
    W.table(T["S1.1"], [230, 70, 80, 80], text_cols=("eh",))
    # --- 2 Jaarverslag
    W.h1("2 Jaarverslag")
    W.h2("2.1 Programma Schuldhulpverlening")
    W.h3("Wat wilden we bereiken?")
    W.para("Inwoners met geldzorgen krijgen snel hulp, zodat hun schulden niet verder oplopen. Wie een schuldregeling "
           "doorloopt, is na afloop schuldenvrij en kan zijn financiën zelf weer aan. De gemiddelde wachttijd tot het "
           "eerste gesprek is niet langer dan tien werkdagen.")
    W.h3("Wat hebben we daarvoor gedaan?")
    W.bullets(["Vroegsignalering: woningcorporaties, energieleveranciers, zorgverzekeraars en waterbedrijven melden "
               "betalingsachterstanden bij de gemeente. Samen met de gemeenten benaderen wij deze inwoners binnen "
               "twee weken met een aanbod voor hulp. In 2025 ontvingen wij 9.906 signalen.",
               "Schuldregeling: wij bemiddelen met alle schuldeisers voor een minnelijke regeling. In 2025 kwamen 447 "
               "minnelijke schuldregelingen tot stand.",
               "Budgetbeheer en beschermingsbewind: op 31 december 2025 hadden wij 1.532 cliënten in budgetbeheer of "
               "bewindvoering.",
               "Door de drukte liep de gemiddelde wachttijd tot het eerste gesprek op tot 12 werkdagen. Met tijdelijke "
               "inhuur en een digitale intake willen wij de wachttijd in 2026 weer onder de tien werkdagen brengen."])
    W.table(T["S2.1"], [262, 70, 70, 75])
    W.need(300)
    W.h3("Wat heeft het gekost?")
    W.table(T["S2.2"], [197, 70, 70, 70, 70])
    shv_diff = F["nawijz"]["shv_l"] - F["werk"]["shv_l"]
    W.para(f"De lasten van het programma Schuldhulpverlening bleven {eur(shv_diff)} onder de begroting na wijziging. "
           "Vacatures voor schuldhulpverleners werden later ingevuld dan gepland, omdat de arbeidsmarkt krap is. Een "
           "deel van het werk is opgevangen met overwerk en met tijdelijke inhuur. De baten waren hoger doordat meer "
           "cliënten in bewindvoering kwamen.")
    W.h2("2.2 Programma Kredietverlening")
    W.para("De Stadsbank verstrekt sociale kredieten, saneringskredieten en duurzaamheidsleningen aan inwoners van "
           "de deelnemende gemeenten. Met een saneringskrediet lossen wij in één keer de schulden af, waarna de inwoner "
           "alleen nog aan de Stadsbank terugbetaalt. Met een duurzaamheidslening kunnen huiseigenaren met een laag "
           "inkomen hun woning isoleren of zonnepanelen aanschaffen.")
    W.table(T["S2.3"], [280, 95, 95])
    W.table(T["S2.4"], [200, 90, 90, 90])
    W.para(f"De gemiddelde rente op de uitstaande kredieten was {D.SB_RENTE_KRED[1]} (2024: {D.SB_RENTE_KRED[0]}). Voor "
           f"de financiering van de kredieten leent de Stadsbank bij de BNG Bank tegen gemiddeld {D.SB_RENTE_FIN}. "
           f"De rentebaten op kredieten bedroegen {eur(D.SB_KV_B[0][1][3])}.")
    W.table(T["S2.5"], [197, 70, 70, 70, 70])
    # --- 2.3 Bedrijfsvoering etc.
    W.h2("2.3 Bedrijfsvoering")
    W.para(f"Op 31 december 2025 werkten er {dec(D.SB_FTE_TOT[1], 1)} fte bij de Stadsbank, tegen een formatie van "
           f"{dec(D.SB_FTE_TOT[0], 1)} fte. Het ziekteverzuim was 5,8% (2024: 6,3%).")
    W.table(T["S2.6"], [230, 80, 80, 80])
    W.h2("2.4 Weerstandsvermogen en risicobeheersing")
    W.para("De Stadsbank houdt een algemene reserve aan om risico's op te vangen. De grootste risico's zijn de "
           "oninbaarheid van kredieten boven de voorziening voor dubieuze debiteuren en een hogere instroom in de "
           "schuldhulpverlening dan begroot.")
    W.table(T["S2.7"], [262, 60, 75, 80])
    W.h2("2.5 Financiële kengetallen")
    W.para("De netto schuldquote is hoog omdat de Stadsbank geld leent om kredieten aan inwoners te verstrekken. "
           "Gecorrigeerd voor die kredieten is de schuldquote negatief. Grondexploitatie en belastingcapaciteit zijn "
           "voor de Stadsbank niet van toepassing.")
    W.table(T["S2.8"], [262, 70, 70, 75])
    # --- 3 Bijdragen
    W.h1("3 Bijdragen van de deelnemende gemeenten")
    W.para(f"De bijdrage van elke gemeente bestaat uit een vast deel en een variabel deel. Het vaste deel is "
           f"€ {dec(D.SB_TARIEF_INWONER, 2)} per inwoner op 1 januari 2025. Het variabele deel is € {grp(D.SB_TARIEF_TRAJECT)} "
           "per traject schuldhulpverlening dat in 2025 voor een inwoner van de gemeente is uitgevoerd. De begrote "
           "bijdrage ging uit van het geraamde aantal trajecten; de werkelijke bijdrage is na afloop van het jaar "
           "berekend met het werkelijke aantal trajecten.")
    W.para(f"In totaal betaalden de {len(D.SB_MEMBERS)} gemeenten {eur(D.SB_TOT['werkelijk'])}, "
           f"{eur(D.SB_TOT['werkelijk'] - D.SB_TOT['begroot'])} meer dan begroot. Gemiddeld was dat "
           f"€ {dec(D.SB_TOT['per_inwoner'], 2)} per inwoner.")
    W.table(T["S3.1"], [270, 100, 100])
    W.table(T["S3.2"], [120, 110, 80])
    ex = D.SB["Hof van Twente"]
    W.para(f"Een voorbeeld: Hof van Twente had op 1 januari 2025 {grp(ex['inwoners'])} inwoners en in 2025 "
           f"{ex['trajecten']} trajecten. De werkelijke bijdrage is {grp(ex['inwoners'])} x € {dec(D.SB_TARIEF_INWONER, 2)} "
           f"plus {ex['trajecten']} x € {grp(D.SB_TARIEF_TRAJECT)}, samen € {grp(ex['werkelijk'])}.")
    W.para("Gemeenten met een eigen schuldhulpverleningsteam gebruiken de Stadsbank vooral voor de kredietverlening "
           "en het beschermingsbewind; zij hebben minder trajecten per inwoner. Het verschil tussen de begrote en de "
           "werkelijke bijdrage wordt in de eerste helft van 2026 verrekend.")
    members = T["S3.3"]
    mw = [112, 62, 52, 78, 84, 50, 44]
    split = W.rows_fitting(members, mw)
    names = [r.label for r in members.rows]
    assert 6 <= split < names.index("Twenterand") and names.index("Dinkelland") < split, split
    MEMBER_SPLIT.append(split)
    W.table(members, mw, rows=members.rows[:split], keep=True)
    W.new_page()
    W.table(members, mw, rows=members.rows[split:], header=False, caption=False)
    W.para("Het aandeel is de werkelijke bijdrage van de gemeente als percentage van het totaal van alle gemeenten. "
           "Het bedrag per inwoner is de werkelijke bijdrage gedeeld door het aantal inwoners.")
    # --- 4 Jaarrekening
    W.h1("4 Jaarrekening")
    W.h2("4.1 Overzicht van baten en lasten")
    W.table(T["S4.1"], [197, 70, 70, 70, 70])
    W.para("Lasten en baten staan als positieve bedragen in het overzicht; een negatief saldo staat tussen haakjes.")
    W.h2("4.2 Resultaat en resultaatbestemming")
    W.para(f"Het resultaat over 2025 is {eur(D.SB_RES_2025)} positief. Het resultaat over 2024 was {eur(D.SB_RES_2024)}; "
           f"daarvan is {eur(D.SB_BEST_2024[0][1])} toegevoegd aan de algemene reserve, {eur(D.SB_BEST_2024[1][1])} aan "
           f"de nieuwe bestemmingsreserve vroegsignalering en {eur(D.SB_BEST_2024_TERUG)} terugbetaald aan de gemeenten.")
    W.table(T["S4.2"], [300, 100])
    W.h2("4.3 Balans")
    W.table(T["S4.3"], [270, 100, 100])
    W.table(T["S4.4"], [270, 100, 100])
    W.h2("4.4 Reserves")
    W.para("Onttrekkingen aan de reserves staan in de tabel met een min achter het bedrag.")
    W.table(T["S4.5"], [150, 62, 78, 70, 70, 60])
    W.para("De bestemmingsreserve digitalisering dekt de kosten van het nieuwe klantportaal en de digitale intake. "
           "De bestemmingsreserve vroegsignalering is in 2025 gevormd uit het resultaat 2024 en dekt de extra inzet "
           "op vroegsignalering in 2025 en 2026. De egalisatiereserve huisvesting vangt de kosten van de verhuizing "
           "van het kantoor in Enschede in 2027 op.")
    W.h2("4.5 Voorzieningen")
    W.para(f"De voorziening dubieuze debiteuren is op de verstrekte kredieten in mindering gebracht. Zij bedroeg op "
           f"31 december 2025 {eur(D.SB_VOORZ_DUB['2025'])} (2024: {eur(D.SB_VOORZ_DUB['2024'])}). De overige "
           f"voorzieningen betreffen wachtgeldverplichtingen.")
    W.h1("Bijlage Begrippen")
    W.bullets(["Traject: de hulp aan één huishouden vanaf het eerste gesprek tot de afsluiting, in rekening gebracht "
               "bij de gemeente van de inwoner.",
               "Saneringskrediet: een lening waarmee alle schuldeisers in één keer worden betaald.",
               "Vroegsignalering: het benaderen van inwoners met betalingsachterstanden voordat er problematische "
               "schulden ontstaan.",
               "Primitieve begroting: de begroting zoals het algemeen bestuur die voor het begin van het jaar vaststelde."])
    W.finish(path)
    return W.toc


def build(outdir):
    path = os.path.join(outdir, NAME + ".pdf")
    toc = write(path)
    write(path, toc)          # second pass with the table of contents filled in
    return path


if __name__ == "__main__":
    print(build(sys.argv[1]))
