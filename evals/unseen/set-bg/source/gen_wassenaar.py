"""Draws the FICTIONAL 'Gemeente Wassenaar, Jaarstukken 2023' page by page with PDFium (PyPI package pypdfium2:
text objects, rectangles and paths placed at absolute positions, Liberation Sans embedded).
Usage: python gen_wassenaar.py OUTDIR
"""
import ctypes
import os
import sys

import pypdfium2 as pdfium
import pypdfium2.raw as R

from data import WS_BESTEMMING, WS_INWONERS, WS_KENGETALLEN, WS_RESULTAAT_EUR, WS_RISICO, wassenaar
from fmt import MINUS, dec, mln, nl

W = wassenaar()
NAME = "wassenaar-jaarstukken-2023"
FONTDIR = "/usr/share/fonts/truetype/liberation2/"
PW, PH = 595.0, 842.0
LM, RM = 56.0, 539.0
BLUE = (0, 80, 125)
LBLUE = (222, 235, 245)
GREY = (90, 90, 90)


class Doc:
    def __init__(self):
        self.pdf = pdfium.PdfDocument.new()
        self.fonts = {}
        self._bufs = []
        for key, fn in (("r", "LiberationSans-Regular.ttf"), ("b", "LiberationSans-Bold.ttf"),
                        ("i", "LiberationSans-Italic.ttf")):
            data = open(FONTDIR + fn, "rb").read()
            buf = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
            self._bufs.append(buf)
            self.fonts[key] = R.FPDFText_LoadFont(self.pdf.raw, buf, len(data), R.FPDF_FONT_TRUETYPE, True)
        self.page = None
        self.pageno = 0
        self._wcache = {}

    # -- primitives --------------------------------------------------------------------------------------------
    def new_page(self, running=True):
        self.finish_page()
        self.page = self.pdf.new_page(PW, PH)
        self.pageno += 1
        self.y = PH - 60
        if running:
            self.text("Gemeente Wassenaar  ·  Jaarstukken 2023", LM, PH - 36, 7.5, "r", GREY)
            self.text("FICTIEF", RM, PH - 36, 7.5, "b", (170, 40, 40), align="right")
            self.line(LM, PH - 41, RM, PH - 41, 0.4, GREY)
            self.text(f"{self.pageno}", RM, 30, 8, "r", GREY, align="right")
        return self.page

    def finish_page(self):
        if self.page is not None:
            R.FPDFPage_GenerateContent(self.page.raw)

    def _textobj(self, s, size, font):
        obj = R.FPDFPageObj_CreateTextObj(self.pdf.raw, self.fonts[font], size)
        ws = ctypes.create_string_buffer((s + "\x00").encode("utf-16-le"))
        R.FPDFText_SetText(obj, ctypes.cast(ws, ctypes.POINTER(R.FPDF_WCHAR)))
        return obj

    def width(self, s, size=9, font="r"):
        key = (s, size, font)
        if key not in self._wcache:
            if not s:
                self._wcache[key] = 0.0
            else:
                obj = self._textobj(s, size, font)
                l, b, r, t = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
                R.FPDFPageObj_GetBounds(obj, l, b, r, t)
                R.FPDFPageObj_Destroy(obj)
                self._wcache[key] = r.value - l.value
        return self._wcache[key]

    def text(self, s, x, y, size=9, font="r", color=(0, 0, 0), align="left"):
        if not s:
            return
        obj = self._textobj(s, size, font)
        if align != "left":
            w = self.width(s, size, font)
            x = x - w if align == "right" else x - w / 2
        R.FPDFPageObj_SetFillColor(obj, *color, 255)
        R.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
        R.FPDFPage_InsertObject(self.page.raw, obj)

    def rect(self, x, y, w, h, fill):
        p = R.FPDFPageObj_CreateNewRect(x, y, w, h)
        R.FPDFPageObj_SetFillColor(p, *fill, 255)
        R.FPDFPath_SetDrawMode(p, R.FPDF_FILLMODE_ALTERNATE, False)
        R.FPDFPage_InsertObject(self.page.raw, p)

    def line(self, x1, y1, x2, y2, w=0.5, color=(0, 0, 0)):
        p = R.FPDFPageObj_CreateNewPath(x1, y1)
        R.FPDFPath_LineTo(p, x2, y2)
        R.FPDFPageObj_SetStrokeColor(p, *color, 255)
        R.FPDFPageObj_SetStrokeWidth(p, w)
        R.FPDFPath_SetDrawMode(p, 0, True)
        R.FPDFPage_InsertObject(self.page.raw, p)

    # -- flow --------------------------------------------------------------------------------------------------
    def need(self, h):
        if self.y - h < 60:
            self.new_page()

    def h1(self, s):
        self.need(60)
        self.y -= 8
        self.text(s, LM, self.y, 15, "b", BLUE)
        self.y -= 8
        self.line(LM, self.y, RM, self.y, 1.2, BLUE)
        self.y -= 18

    def h2(self, s):
        self.need(40)
        self.y -= 4
        self.text(s, LM, self.y, 11, "b", BLUE)
        self.y -= 16

    def para(self, s, size=9, font="r", width=None, x=LM, lead=None):
        width = width or (RM - x)
        lead = lead or size * 1.38
        words = s.split(" ")
        line = ""
        lines = []
        for w in words:
            t = (line + " " + w) if line else w
            if self.width(t, size, font) > width and line:
                lines.append(line)
                line = w
            else:
                line = t
        if line:
            lines.append(line)
        for ln in lines:
            self.need(lead)
            self.text(ln, x, self.y, size, font)
            self.y -= lead
        self.y -= size * 0.6

    def caption(self, s, note=None):
        self.need(70)
        self.text(s, LM, self.y, 9, "b", BLUE)
        if note:
            self.text(note, RM, self.y, 7.5, "i", GREY, align="right")
        self.y -= 14

    def table(self, header, rows, cols, size=8.5, header_size=7.5, lead=12.5, zebra=True, rules=True):
        """header: list of lists of lines per column; cols: list of (x, align) — x is the left edge for 'left' and
        the right edge for 'right'.  rows: list of (cells, style) with style in '', 'b' (total), 'i', 'sub'."""
        nlines = max(len(h) for h in header)
        hh = nlines * (header_size + 2) + 6
        self.need(hh + lead * min(len(rows), 4) + 4)
        top = self.y + header_size + 2
        self.rect(LM - 3, top - hh, RM - LM + 6, hh, BLUE)
        for (x, al), lines in zip(cols, header):
            yy = top - 2 - header_size
            pad = nlines - len(lines)
            yy -= pad * (header_size + 2)        # bottom-align header text
            for ln in lines:
                self.text(ln, x, yy, header_size, "b", (255, 255, 255), align=al)
                yy -= header_size + 2
        self.y = top - hh - lead + 3
        for n, (cells, style) in enumerate(rows):
            if self.y < 70:
                self.new_page()
            font = {"b": "b", "i": "i"}.get(style, "r")
            if style == "b":
                self.line(LM - 3, self.y + lead - 3, RM + 3, self.y + lead - 3, 0.8, (0, 0, 0))
            elif zebra and n % 2 == 1:
                self.rect(LM - 3, self.y - 3.5, RM - LM + 6, lead, LBLUE)
            for (x, al), c in zip(cols, cells):
                if style == "sub" and al == "left":
                    x += 10
                self.text(c, x, self.y, size, font, align=al)
            self.y -= lead
        if rules:
            self.line(LM - 3, self.y + lead - 3.5, RM + 3, self.y + lead - 3.5, 0.8, BLUE)
        self.y -= 10

    def save(self, path):
        self.finish_page()
        self.pdf.save(path)


def k(n):
    """x € 1.000 cell: thousands separated by a point, negative with a typographic minus."""
    return (MINUS + nl(n)) if n < 0 else nl(n)


def vn(v):
    """Voordelig / Nadelig: returns the two cells."""
    if v > 0:
        return [nl(v), ""]
    if v < 0:
        return ["", nl(-v)]
    return ["", ""]


COLS6 = [(LM, "left"), (300, "right"), (352, "right"), (404, "right"), (470, "right"), (RM, "right")]
HEAD6 = [["Programma"], ["R '23"], ["B '23", "prim."], ["B '23", "n.w."], ["Afwijking", "voordelig"], ["Afwijking", "nadelig"]]


def prog_rows(key, with_total=True, total_label="Totaal"):
    rows = []
    for p in W["P"]:
        d = p[key]
        rows.append(([f"{p['rom']}  {p['name']}", k(d["real"]), k(d["prim"]), k(d["nw"])] + vn(d["vd"]), ""))
    if with_total:
        t = W["T"][key]
        rows.append(([total_label, k(t["real"]), k(t["prim"]), k(t["nw"])] + vn(t["vd"]), "b"))
    return rows


TEXT_PROG = {
    "I": ("In 2023 is het integraal veiligheidsplan 2023-2026 vastgesteld. Het aantal woninginbraken daalde van 96 "
          "naar 71. De bijdrage aan de Veiligheidsregio Haaglanden kwam uit op € 2.162.160, gelijk aan de begroting. "
          "Het voordeel op de lasten komt vooral doordat de vacature voor een tweede boa pas in het najaar is "
          "ingevuld en het budget voor evenementenveiligheid niet volledig nodig was."),
    "II": ("Het Sociaal Team Wassenaar heeft in 2023 1.312 meldingen in behandeling genomen. Wassenaar heeft gemiddeld "
           "236 Oekraïense ontheemden opgevangen in vier locaties; de kosten daarvan werden door het Rijk vergoed. "
           "De lasten van de jeugdhulp bleven onder de begroting na wijziging doordat minder jeugdigen met verblijf "
           "nodig waren. De baten waren hoger door de rijksbijdrage voor de opvang en een terugbetaling van het "
           "Servicebureau Jeugdhulp Haaglanden. De uitbreiding van het Rijnlands Lyceum ligt op schema."),
    "III": ("De baten van dit programma bestaan voor het grootste deel uit de algemene dekkingsmiddelen (zie hoofdstuk "
            "3). De algemene uitkering uit het gemeentefonds was hoger door de decembercirculaire 2023. De lasten "
            "bleven lager door niet bestede budgetten voor dienstverlening en de verkiezingen."),
    "IV": ("De Regionale Woonzorgvisie is in voorbereiding genomen. De sanering en bouwvoorbereiding van Kerkehout "
           "is verder gegaan; de verduurzaming van Kerkehout 6 is gestart. Doordat de bouw van de sociale huurwoningen "
           "is vertraagd, is minder uitgegeven dan begroot; ook de leges bleven achter."),
    "V": ("De afvalinzameling door Avalex kostte meer dan begroot: de bijdrage kwam uit op € 3.741.260. De "
          "vervanging van de openbare verlichting door led is grotendeels uitgevoerd. De lasten van het programma "
          "liepen daarnaast op door extra onderhoud aan wegen na de stormen van november. Tegenover de hogere "
          "afvallasten staan hogere baten uit de afvalstoffenheffing."),
}


def build(path):
    d = Doc()
    P = {p["rom"]: p for p in W["P"]}
    T = W["T"]
    res = W["resultaat"]
    # ------------------------------------------------------------------------------------------ page 1: cover
    d.new_page(running=False)
    d.rect(0, PH - 250, PW, 250, BLUE)
    d.text("Gemeente Wassenaar", LM, PH - 110, 28, "b", (255, 255, 255))
    d.text("Jaarstukken 2023", LM, PH - 150, 22, "r", (255, 255, 255))
    d.text("Jaarverslag en jaarrekening", LM, PH - 178, 13, "r", (255, 255, 255))
    d.y = PH - 290
    d.rect(LM - 6, d.y - 64, RM - LM + 12, 80, (255, 240, 210))
    d.text("FICTIEF DOCUMENT", LM, d.y, 11, "b", (150, 30, 30))
    d.y -= 16
    d.para("Dit is een verzonnen jaarverslag, gemaakt als testmateriaal. De programmanamen en de opbouw volgen de "
           "echte Begroting 2024 van de gemeente Wassenaar, maar alle bedragen en cijfers van 2023 in dit document "
           "zijn verzonnen en zeggen niets over de werkelijke jaarrekening 2023 van de gemeente Wassenaar.", 9)
    d.y -= 30
    d.text("Kerncijfers 2023", LM, d.y, 13, "b", BLUE)
    d.y -= 8
    d.line(LM, d.y, RM, d.y, 1, BLUE)
    d.y -= 16
    kern = [
        ("Totale lasten", f"€ {mln(T['L']['real'] * 1000)} mln"),
        ("Totale baten", f"€ {mln(T['B']['real'] * 1000)} mln"),
        ("Gerealiseerd resultaat", f"€ {mln(WS_RESULTAAT_EUR)} mln voordelig"),
        ("Lasten II Mens en Maatschappij", f"€ {mln(P['II']['L']['real'] * 1000)} mln"),
        ("Algemene reserve 31-12-'23", f"€ {mln(W['res'][0]['eind'])} mln"),
        ("Ratio weerstandsvermogen", dec(W["ratio"], 1)),
        ("Inwoners 1-1-'23", nl(WS_INWONERS)),
    ]
    for i, (a, b) in enumerate(kern):
        if i % 2 == 0:
            d.rect(LM - 3, d.y - 4, RM - LM + 6, 15, LBLUE)
        d.text(a, LM, d.y, 10)
        d.text(b, RM, d.y, 10, "b", align="right")
        d.y -= 15
    d.y -= 20
    d.text("Vastgesteld door de gemeenteraad op 2-7-'24", LM, d.y, 9, "i", GREY)
    # ------------------------------------------------------------------------------------------ page 2: inhoud
    d.new_page()
    d.h1("Inhoud en leeswijzer")
    toc = ["1  Het jaar 2023 in vogelvlucht", "2  Programmaverantwoording", "3  Algemene dekkingsmiddelen",
           "4  Resultaat en resultaatbestemming", "5  Reserves en voorzieningen",
           "6  Weerstandsvermogen en kengetallen", "7  Verbonden partijen", "8  WNT-verantwoording", "9  Balans",
           "10  Investeringen"]
    for t in toc:
        d.text(t, LM + 10, d.y, 10)
        d.y -= 15
    d.y -= 10
    d.h2("Leeswijzer")
    d.para("De programma's zijn genummerd met Romeinse cijfers: I Veiligheid en Handhaving, II Mens en Maatschappij, "
           "III Bestuur en middelen, IV Fysieke leefomgeving en V Natuur, klimaat en Mobiliteit. Tenzij anders "
           "vermeld zijn de bedragen in de tabellen x € 1.000. De tabellen van reserves, voorzieningen, verbonden "
           "partijen, WNT en investeringen zijn in hele euro's.")
    d.para("Afkortingen in de kolomkoppen: R '23 = realisatie (rekening) 2023; B '23 prim. = primitieve begroting 2023, "
           "zoals vastgesteld in november 2022; B '23 n.w. = begroting 2023 na alle wijzigingen; R '22 = rekening "
           "2022. De afwijking tussen realisatie en begroting na wijziging staat in twee kolommen: voordelig of "
           "nadelig. In een tabel van lasten is een lagere realisatie voordelig, in een tabel van baten een hogere. "
           "Data worden geschreven als 31-12-'23.")
    # ------------------------------------------------------------------------------------------ page 3
    d.new_page()
    d.h1("1  Het jaar 2023 in vogelvlucht")
    d.para(f"De gemeente Wassenaar sluit het jaar 2023 af met een voordelig resultaat van € {nl(WS_RESULTAAT_EUR)}. "
           f"In de begroting na wijziging werd nog uitgegaan van een nadeel van € {nl(-res['nw'] * 1000)}. Het verschil "
           f"van € {nl(res['vd'] * 1000)} komt vooral door een hogere algemene uitkering, hogere opbrengsten uit de "
           "toeristenbelasting en lagere lasten in het sociaal domein. Daartegenover stonden hogere lasten voor "
           "afvalinzameling en onderhoud van de openbare ruimte.")
    d.para("2023 was het jaar van de opvang van Oekraïense ontheemden, de energietoeslag voor huishoudens met een laag "
           "inkomen en de voorbereiding op de Omgevingswet. De samenwerking met Voorschoten in de Werkorganisatie "
           "Duivenvoorde is voortgezet; de werkorganisatie voert alle ambtelijke taken voor beide gemeenten uit.")
    d.h2("Lasten per programma")
    # bar chart with its data table under it
    top = d.y - 5
    maxv = max(max(p["L"]["real"], p["L"]["nw"]) for p in W["P"])
    scale = 300.0 / maxv
    yy = top
    for p in W["P"]:
        d.text(p["rom"], LM + 10, yy - 9, 9, "b", align="right")
        d.rect(LM + 20, yy - 8, p["L"]["real"] * scale, 7, BLUE)
        d.rect(LM + 20, yy - 16, p["L"]["nw"] * scale, 7, (150, 185, 210))
        yy -= 24
    d.rect(LM + 360, top - 12, 9, 7, BLUE)
    d.text("Realisatie 2023", LM + 373, top - 12, 8)
    d.rect(LM + 360, top - 26, 9, 7, (150, 185, 210))
    d.text("Begroting na wijziging", LM + 373, top - 26, 8)
    d.y = yy - 14
    d.text("Figuur 1.1 Lasten per programma 2023 — gegevens bij de figuur (€ mln)", LM, d.y, 8.5, "b", BLUE)
    d.y -= 14
    rows = [([f"{p['rom']}  {p['name']}", mln(p["L"]["real"] * 1000), mln(p["L"]["nw"] * 1000)], "") for p in W["P"]]
    rows.append((["Totaal", mln(T["L"]["real"] * 1000), mln(T["L"]["nw"] * 1000)], "b"))
    d.table([["Programma"], ["Realisatie 2023"], ["Begroting na wijziging"]], rows,
            [(LM, "left"), (400, "right"), (RM, "right")])
    # ------------------------------------------------------------------------------------------ page 4
    d.new_page()
    d.h1("2  Programmaverantwoording")
    d.para("De tabellen hieronder geven per programma de lasten, de baten en het saldo. De realisatie staat in de "
           "eerste kolom, gevolgd door de primitieve begroting en de begroting na wijziging.")
    d.caption("Tabel 2.1 Lasten per programma", "bedragen x € 1.000")
    d.table(HEAD6, prog_rows("L", total_label="Totaal lasten"), COLS6)
    d.caption("Tabel 2.2 Baten per programma", "bedragen x € 1.000")
    d.table(HEAD6, prog_rows("B", total_label="Totaal baten"), COLS6)
    d.caption("Tabel 2.3 Saldo per programma en resultaat", "bedragen x € 1.000")
    rows = prog_rows("S", total_label="Saldo van baten en lasten")
    o, t = W["ont"], W["toe"]
    rows.append((["Onttrekkingen aan reserves", k(o["real"]), k(o["prim"]), k(o["nw"])] + vn(o["vd"]), ""))
    rows.append((["Toevoegingen aan reserves", k(-t["real"]), k(-t["prim"]), k(-t["nw"])] + vn(t["vd"]), ""))
    rows.append((["Gerealiseerd resultaat", k(res["real"]), k(res["prim"]), k(res["nw"])] + vn(res["vd"]), "b"))
    d.table(HEAD6, rows, COLS6)
    d.para("Het saldo is baten min lasten; een negatief saldo (met minteken) betekent dat de lasten hoger zijn dan de "
           "baten. Toevoegingen aan reserves staan met een minteken omdat zij het resultaat verlagen.", 8)
    d.caption("Tabel 2.4 Incidentele baten en lasten", "bedragen x € 1.000")
    rows = []
    for kind, label in (("L", "Incidentele lasten"), ("B", "Incidentele baten")):
        rows.append(([label, "", "", "", "", ""], "i"))
        for i in W["inc"]:
            if i["kind"] == kind:
                rows.append(([i["name"], k(i["real"]), k(i["prim"]), k(i["nw"])] + vn(i["vd"]), "sub"))
        tt = W["TINC"][kind]
        rows.append(([f"Totaal {label.lower()}", k(tt["real"]), k(tt["prim"]), k(tt["nw"])] + vn(tt["vd"]), "b"))
    s = W["TINC"]["S"]
    rows.append((["Saldo incidentele baten en lasten", k(s["real"]), k(s["prim"]), k(s["nw"])] + vn(s["vd"]), "b"))
    d.table([["Omschrijving"]] + HEAD6[1:], rows, COLS6, zebra=False)
    # ------------------------------------------------------------------------------------------ programmes
    d.new_page()
    d.h1("2  Programmaverantwoording per programma")
    for p in W["P"]:
        d.h2(f"Programma {p['rom']}  {p['name']}")
        d.text("Wat hebben we bereikt?", LM, d.y, 9, "b")
        d.y -= 13
        d.para(TEXT_PROG[p["rom"]])
        d.text("Wat heeft het gekost?", LM, d.y, 9, "b")
        d.text("bedragen x € 1.000", RM, d.y, 7.5, "i", GREY, align="right")
        d.y -= 13
        rows = []
        for key, lab in (("L", "Lasten"), ("B", "Baten"), ("S", "Saldo")):
            x = p[key]
            rows.append(([lab, k(x["real"] if key == "S" else x["real"]), k(x["prim"]), k(x["nw"])] + vn(x["vd"]),
                         "b" if key == "S" else ""))
        d.table([[f"Programma {p['rom']}"]] + HEAD6[1:], rows, COLS6, zebra=False)
        lv, bv = p["L"]["vd"], p["B"]["vd"]
        d.para(f"Toelichting: op de lasten is de afwijking € {nl(abs(lv) * 1000)} {'voordelig' if lv > 0 else 'nadelig'}, "
               f"op de baten € {nl(abs(bv) * 1000)} {'voordelig' if bv > 0 else 'nadelig'}; per saldo sluit programma "
               f"{p['rom']} € {nl(abs(p['S']['vd']) * 1000)} {'voordeliger' if p['S']['vd'] > 0 else 'nadeliger'} "
               "dan de begroting na wijziging.", 8.5, "i")
        d.y -= 6
    # ------------------------------------------------------------------------------------------ ADM
    d.new_page()
    d.h1("3  Algemene dekkingsmiddelen")
    d.para("De algemene dekkingsmiddelen zijn de inkomsten die de gemeente vrij kan besteden. Zij maken deel uit van de "
           "baten van programma III Bestuur en middelen.")
    d.caption("Tabel 3.1 Algemene dekkingsmiddelen", "bedragen x € 1.000")
    rows = [([a["name"], k(a["real"]), k(a["prim"]), k(a["nw"])] + vn(a["vd"]), "") for a in W["adm"]]
    t = W["TADM"]
    rows.append((["Totaal algemene dekkingsmiddelen", k(t["real"]), k(t["prim"]), k(t["nw"])] + vn(t["vd"]), "b"))
    d.table([["Dekkingsmiddel"]] + HEAD6[1:], rows, COLS6)
    A = {a["name"]: a for a in W["adm"]}
    au = A["Algemene uitkering gemeentefonds"]
    d.para(f"De opbrengst van de onroerendezaakbelastingen (OZB) bedroeg € {nl((A['OZB woningen']['real'] + A['OZB niet-woningen']['real']) * 1000)}. "
           "Bij de OZB woningen viel de opbrengst hoger uit door meer nieuwbouw; bij de niet-woningen waren er meer "
           "bezwaren en leegstand. De algemene uitkering uit het gemeentefonds kwam € "
           f"{nl(au['vd'] * 1000)} hoger uit dan de begroting na wijziging door de septembercirculaire en de "
           "decembercirculaire 2023. De toeristenbelasting bracht € "
           f"{nl(A['Toeristenbelasting']['vd'] * 1000)} meer op dan begroot door meer overnachtingen aan het strand.")
    # ------------------------------------------------------------------------------------------ resultaat
    d.h1("4  Resultaat en resultaatbestemming")
    d.para(f"Het gerealiseerde resultaat over 2023 bedraagt € {nl(WS_RESULTAAT_EUR)} voordelig (in tabel 2.3 afgerond "
           f"{nl(res['real'])} x € 1.000). Het college stelt de raad voor dit resultaat als volgt te bestemmen:")
    d.caption("Tabel 4.1 Voorstel resultaatbestemming 2023", "bedragen in euro's")
    rows = [([a, nl(b)], "") for a, b in WS_BESTEMMING]
    rows.append((["Totaal resultaat 2023", nl(WS_RESULTAAT_EUR)], "b"))
    d.table([["Bestemming"], ["Bedrag"]], rows, [(LM, "left"), (RM, "right")])
    d.para("De budgetoverheveling betreft budgetten voor het integraal huisvestingsplan onderwijs en de Regionale "
           "Woonzorgvisie die in 2023 niet konden worden besteed. De toevoeging aan de reserve sociaal domein is "
           "bestemd voor de verwachte stijging van de jeugdhulpkosten in 2024.")
    # ------------------------------------------------------------------------------------------ reserves
    d.new_page()
    d.h1("5  Reserves en voorzieningen")
    TR, TV = W["TR"], W["TV"]
    d.para(f"Het totaal van de reserves daalde in 2023 van € {mln(TR['begin'])} mln naar € {mln(TR['eind'])} mln "
           f"(vóór bestemming van het resultaat 2023). De voorzieningen stegen van € {mln(TV['begin'])} mln naar "
           f"€ {mln(TV['eind'])} mln. De tabellen hieronder zijn in hele euro's.")
    colsR = [(LM, "left"), (320, "right"), (393, "right"), (466, "right"), (RM, "right")]
    headR = [["Reserve"], ["Stand 1-1-'23"], ["Toevoeging"], ["Onttrekking"], ["Stand 31-12-'23"]]
    d.caption("Tabel 5.1 Reserves", "bedragen in euro's")
    rows = [([r["name"], nl(r["begin"]), nl(r["toe"]), nl(r["ont"]), nl(r["eind"])], "") for r in W["res"]]
    rows.append((["Totaal reserves", nl(TR["begin"]), nl(TR["toe"]), nl(TR["ont"]), nl(TR["eind"])], "b"))
    d.table(headR, rows, colsR)
    d.caption("Tabel 5.2 Voorzieningen", "bedragen in euro's")
    rows = [([r["name"], nl(r["begin"]), nl(r["toe"]), nl(r["ont"]), nl(r["eind"])], "") for r in W["vz"]]
    rows.append((["Totaal voorzieningen", nl(TV["begin"]), nl(TV["toe"]), nl(TV["ont"]), nl(TV["eind"])], "b"))
    d.table([["Voorziening"]] + headR[1:], rows, colsR)
    d.para("De onttrekking aan de reserve budgetoverheveling betreft de budgetten die bij de jaarstukken 2022 naar 2023 "
           "zijn overgeheveld. Uit de reserve sociaal domein is de tijdelijke uitbreiding van het Sociaal Team "
           "Wassenaar betaald.")
    # ------------------------------------------------------------------------------------------ weerstand
    d.new_page()
    d.h1("6  Weerstandsvermogen en kengetallen")
    d.caption("Tabel 6.1 Beschikbare weerstandscapaciteit", "bedragen x € 1.000")
    rows = [([a, nl(b)], "") for a, b in W["cap"]]
    rows.append((["Totaal beschikbare weerstandscapaciteit", nl(W["tcap"])], "b"))
    d.table([["Onderdeel"], ["31-12-'23"]], rows, [(LM, "left"), (RM, "right")])
    d.caption("Tabel 6.2 Benodigde weerstandscapaciteit (gekwantificeerde risico's)", "bedragen x € 1.000")
    rows = [([a, nl(b)], "") for a, b in WS_RISICO]
    rows.append((["Totaal benodigde weerstandscapaciteit", nl(W["trisk"])], "b"))
    d.table([["Risico"], ["Benodigd"]], rows, [(LM, "left"), (RM, "right")])
    d.para(f"Ratio weerstandsvermogen = beschikbare / benodigde weerstandscapaciteit = {nl(W['tcap'])} / "
           f"{nl(W['trisk'])} = {dec(W['ratio'], 1)}. Dat is waarderingscijfer A (uitstekend); de raad hanteert een "
           "ondergrens van 2,0.", 9, "b")
    d.caption("Tabel 6.3 Financiële kengetallen")
    rows = [([a, b, c, e], "") for a, b, c, e in [(x[0], x[1].replace("-", MINUS), x[2], x[3]) for x in WS_KENGETALLEN]]
    d.table([["Kengetal"], ["R '22"], ["B '23"], ["R '23"]], rows,
            [(LM, "left"), (390, "right"), (465, "right"), (RM, "right")])
    d.para("Legenda: R '22 = rekening 2022, B '23 = begroting 2023, R '23 = rekening 2023. De netto schuldquote daalde "
           "doordat een deel van de kortlopende uitzettingen is ingezet om leningen af te lossen. De "
           "belastingcapaciteit geeft de woonlasten weer ten opzichte van het landelijk gemiddelde (100%).", 8)
    # ------------------------------------------------------------------------------------------ verbonden partijen
    d.new_page()
    d.h1("7  Verbonden partijen")
    d.para("Wassenaar neemt deel in een aantal gemeenschappelijke regelingen en vennootschappen. De tabel toont de "
           "bijdrage die Wassenaar in 2023 aan elke gemeenschappelijke regeling heeft betaald, naast de begrote "
           "bijdrage.")
    d.caption("Tabel 7.1 Bijdragen aan gemeenschappelijke regelingen 2023", "bedragen in euro's")
    rows = [([f"{v['name']} ({v['afk']})" if v["afk"] not in v["name"] else v["name"], nl(v["begr"]), nl(v["werk"])]
             + vn(v["vd"]), "") for v in W["vp"]]
    t = W["TVP"]
    rows.append((["Totaal", nl(t["begr"]), nl(t["werk"])] + vn(t["vd"]), "b"))
    d.table([["Gemeenschappelijke regeling"], ["Begroot 2023"], ["Betaald 2023"], ["Afwijking", "voordelig"],
             ["Afwijking", "nadelig"]], rows,
            [(LM, "left"), (340, "right"), (410, "right"), (475, "right"), (RM, "right")], size=8)
    d.para("De Werkorganisatie Duivenvoorde (WODV) voert sinds 2016 de ambtelijke taken uit voor de gemeenten "
           "Wassenaar en Voorschoten. Avalex zamelt het huishoudelijk afval in. De Veiligheidsregio Haaglanden "
           "verzorgt brandweerzorg, rampenbestrijding en crisisbeheersing en de geneeskundige hulpverlening. De GGD "
           "Haaglanden voert de publieke gezondheidszorg en Veilig Thuis uit.")
    d.para("Deelnemingen: Wassenaar ontving in 2023 een dividend van € 412.118 van BNG Bank en € 289.655 van "
           "Alliander N.V.", 9)
    # ------------------------------------------------------------------------------------------ WNT
    d.h1("8  WNT-verantwoording")
    d.para("De Wet normering topinkomens (WNT) is van toepassing op de gemeente Wassenaar. Het algemene "
           "bezoldigingsmaximum was in 2023 € 223.000. Topfunctionarissen zijn de gemeentesecretaris en de griffier.")
    d.caption("Tabel 8.1 Bezoldiging topfunctionarissen met dienstbetrekking", "bedragen in euro's")
    a, b = W["wnt"]
    colsW = [(LM, "left"), (430, "right"), (RM, "right")]
    rows = [
        (["Naam", a["naam"], b["naam"]], ""),
        (["Functiegegevens", a["functie"], b["functie"]], "i"),
        (["Aanvang en einde functievervulling in 2023", a["periode"], b["periode"]], ""),
        (["Omvang dienstverband (als deeltijdfactor in fte)", a["fte"], b["fte"]], ""),
        (["Beloning plus belastbare onkostenvergoedingen", nl(a["beloning"]), nl(b["beloning"])], ""),
        (["Beloningen betaalbaar op termijn", nl(a["termijn"]), nl(b["termijn"])], ""),
        (["Subtotaal", nl(a["subtotaal"]), nl(b["subtotaal"])], ""),
        (["Individueel toepasselijk bezoldigingsmaximum", nl(a["maximum"]), nl(b["maximum"])], ""),
        (["Bezoldiging 2023", nl(a["subtotaal"]), nl(b["subtotaal"])], "b"),
        (["Gegevens 2022", "", ""], "i"),
        (["Aanvang en einde functievervulling in 2022", a["p22"]["periode"], b["p22"]["periode"]], ""),
        (["Omvang dienstverband 2022 (fte)", a["p22"]["fte"], b["p22"]["fte"]], ""),
        (["Beloning plus belastbare onkostenvergoedingen", nl(a["p22"]["beloning"]), nl(b["p22"]["beloning"])], ""),
        (["Beloningen betaalbaar op termijn", nl(a["p22"]["termijn"]), nl(b["p22"]["termijn"])], ""),
        (["Individueel toepasselijk bezoldigingsmaximum", nl(a["p22"]["maximum"]), nl(b["p22"]["maximum"])], ""),
        (["Bezoldiging 2022", nl(a["p22"]["subtotaal"]), nl(b["p22"]["subtotaal"])], "b"),
    ]
    d.table([["Bedragen x € 1"], ["Gemeentesecretaris"], ["Griffier"]], rows, colsW, size=8)
    d.para("Er zijn in 2023 geen ontslagvergoedingen betaald en er waren geen overschrijdingen van het "
           "bezoldigingsmaximum.", 8.5)
    # ------------------------------------------------------------------------------------------ balans
    d.new_page()
    d.h1("9  Balans")
    d.caption("Tabel 9.1 Balans per 31 december", "bedragen x € 1.000")
    colsB = [(LM, "left"), (455, "right"), (RM, "right")]
    rows = [(["Activa", "", ""], "i")]
    rows += [([n, nl(a), nl(b)], "sub") for n, a, b in __import__("data").WS_ACTIVA]
    rows.append((["Totaal activa", nl(W["act23"]), nl(W["act22"])], "b"))
    rows.append((["Passiva", "", ""], "i"))
    for n, a, b in W["passiva"]:
        rows.append(([n, nl(a), nl(b)], "b" if n == "Eigen vermogen" else "sub"))
    rows.append((["Totaal passiva", nl(W["act23"]), nl(W["act22"])], "b"))
    d.table([["Balanspost"], ["31-12-'23"], ["31-12-'22"]], rows, colsB, size=8, zebra=False)
    d.para("Het eigen vermogen bestaat uit de algemene reserve, de bestemmingsreserves en het gerealiseerde resultaat "
           "van het boekjaar. De liquide middelen daalden doordat leningen zijn afgelost.", 8.5)
    # ------------------------------------------------------------------------------------------ investeringen
    d.h1("10  Investeringen")
    d.caption("Tabel 10.1 Staat van investeringskredieten", "bedragen in euro's")
    rows = [([i["name"], i["prog"], nl(i["krediet"]), nl(i["tm22"]), nl(i["u23"]), nl(i["restant"])], "")
            for i in W["inv"]]
    t = W["TINV"]
    rows.append((["Totaal", "", nl(t["krediet"]), nl(t["tm22"]), nl(t["u23"]), nl(t["restant"])], "b"))
    d.table([["Investering"], ["Progr."], ["Krediet"], ["Uitgaven", "t/m 2022"], ["Uitgaven", "2023"],
             ["Restant", "31-12-'23"]], rows,
            [(LM, "left"), (255, "left"), (345, "right"), (410, "right"), (475, "right"), (RM, "right")], size=8)
    d.para("Het krediet Tractie is afgesloten; het restant van € 15.860 valt vrij. De overige kredieten lopen door in "
           "2024.", 8.5)
    d.save(path)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "../corpus"
    os.makedirs(out, exist_ok=True)
    build(os.path.join(out, NAME + ".pdf"))
    print("wrote", os.path.join(out, NAME + ".pdf"))
