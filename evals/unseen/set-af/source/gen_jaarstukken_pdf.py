"""Gemeente Wolderbeek, Jaarstukken 2032 -- a PDF made with fpdf2.

Layout: cover, TOC (fpdf2 insert_toc_placeholder), a two-column bestuurlijke samenvatting (text_columns),
per programme "Wat hebben we bereikt?" (indicator table) and "Wat heeft het gekost?" (Begroting primitief /
Begroting na wijziging / Realisatie / Verschil / V/N) with zebra rows, the scale either in the first header
cell ("x € 1.000") or euros; Sociaal domein per taakveld under bold Lasten/Baten sub-headings with subtotals,
wrapped row labels (fpdf2 tables use multi_cell); the jaarrekening with balans, reserves and kengetallen in
bordered tables; a staat van investeringen on a landscape page that is stored as a portrait MediaBox with
/Rotate 90 (post-processed with pypdf); a long taakveld table that breaks across a page with its header
row repeated. Running footer "Jaarstukken 2032 | pagina N".

Usage: python gen_jaarstukken_pdf.py CORPUS_DIR
"""
from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import fpdf
from fpdf import FPDF, FontFace
from fpdf.enums import TableCellFillMode
from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import NameObject, NumberObject, RectangleObject

import data as d
from fmt import dash, eur, k, n, pct, rk

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus") / d.MUNI_FILE
FONTS = "/usr/share/fonts/truetype/liberation/"
Y, P = d.YEAR, d.PREV
GREY = (225, 229, 236)
ZEBRA = (242, 244, 248)
HEAD = FontFace(emphasis="BOLD", fill_color=GREY)
BOLD = FontFace(emphasis="BOLD")
SUBHEAD = FontFace(emphasis="BOLD", fill_color=(255, 255, 255))


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("LS", "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_y(8)
        self.cell(0, 5, f"Gemeente {d.MUNI}", align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-13)
        self.set_font("LS", "", 8)
        self.cell(0, 5, f"Jaarstukken {Y} | pagina {self.page_no()}", align="C")


pdf = Doc(format="A4")
pdf.set_creation_date(dt.datetime(2033, 5, 14, 9, 0, 0, tzinfo=dt.timezone.utc))
pdf.set_title(f"Jaarstukken {Y} gemeente {d.MUNI}")
pdf.set_author(f"Gemeente {d.MUNI}")
pdf.set_producer(f"fpdf2 {fpdf.__version__}")
pdf.set_creator("gen_jaarstukken_pdf.py (set-af)")
pdf.set_margins(20, 18, 20)
pdf.set_auto_page_break(True, 20)
pdf.add_font("LS", "", FONTS + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", FONTS + "LiberationSans-Bold.ttf")
pdf.add_font("LS", "I", FONTS + "LiberationSans-Italic.ttf")
pdf.add_font("LS", "BI", FONTS + "LiberationSans-BoldItalic.ttf")
pdf.set_font("LS", "", 9.5)


# ---------------------------------------------------------------------------------------------------------------
def h1(text: str, newpage: bool = True):
    if newpage:
        pdf.add_page()
    pdf.start_section(text, level=0)
    pdf.set_font("LS", "B", 16)
    pdf.set_text_color(0, 70, 120)
    pdf.multi_cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("LS", "", 9.5)


def h2(text: str, toc: bool = True):
    if pdf.get_y() > 240:
        pdf.add_page()
    pdf.ln(2)
    if toc:
        pdf.start_section(text, level=1)
    pdf.set_font("LS", "B", 12)
    pdf.set_text_color(0, 70, 120)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("LS", "", 9.5)


def h3(text: str):
    if pdf.get_y() > 245:
        pdf.add_page()
    pdf.ln(1.5)
    pdf.set_font("LS", "B", 10)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 9.5)


def para(text: str):
    pdf.set_font("LS", "", 9.5)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT", align="J")
    pdf.ln(1.5)


def bullets(items: list[str]):
    pdf.set_font("LS", "", 9.5)
    for it in items:
        x = pdf.l_margin
        pdf.set_x(x)
        pdf.cell(5, 5, "•")
        pdf.multi_cell(0, 5, it, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def caption(text: str):
    if pdf.get_y() > 235:
        pdf.add_page()
    pdf.set_font("LS", "BI", 9)
    pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 8.5)


def table(head: list[str], rows: list, widths: tuple, style: str = "zebra", v_align: str = "MIDDLE",
          aligns: tuple | None = None, font: float = 8.5):
    """rows: list of ("r", cells) | ("b", cells) (bold total) | ("s", label) (bold sub-heading over the full width)."""
    pdf.set_font("LS", "", font)
    aligns = aligns or tuple(["LEFT"] + ["RIGHT"] * (len(head) - 1))
    kw = dict(col_widths=widths, text_align=aligns, headings_style=HEAD, v_align=v_align,
              line_height=4.6, padding=(1.2, 1.5, 1.2, 1.5), width=sum(widths), align="LEFT")
    if style == "zebra":
        kw.update(borders_layout="NONE", cell_fill_color=ZEBRA, cell_fill_mode=TableCellFillMode.ROWS)
    else:
        kw.update(borders_layout="ALL")
    with pdf.table(**kw) as t:
        t.row(head)
        for kind, cells in rows:
            r = t.row()
            if kind == "s":
                r.cell(cells, style=SUBHEAD, colspan=len(head), align="LEFT")
            else:
                for c in cells:
                    r.cell(c, style=BOLD if kind == "b" else None)
    pdf.ln(3)
    pdf.set_font("LS", "", 9.5)


def vn(diff: int) -> tuple[str, str]:
    if diff == 0:
        return "-", ""
    return None, ("V" if diff > 0 else "N")


def kost_cells(label: str, v3: tuple, kind: str, scale: int) -> list[str]:
    """One 'Wat heeft het gekost?' row: primitief, na wijziging, realisatie, verschil (absolute), V/N.
    kind: 'last' (verschil = wijz - real) or 'baat'/'saldo' (verschil = real - wijz)."""
    f = (lambda v: dash(k(v))) if scale == 1000 else (lambda v: dash(v))
    diff = (v3[1] - v3[2]) if kind == "last" else (v3[2] - v3[1])
    dstr, letter = vn(diff)
    if dstr is None:
        dstr = dash(k(abs(diff))) if scale == 1000 else dash(abs(diff))
    return [label, f(v3[0]), f(v3[1]), f(v3[2]), dstr, letter]


KOST_HEAD = ["Begroting primitief", "Begroting na wijziging", "Realisatie", "Verschil", "V/N"]
KOST_W = (58, 25, 25, 24, 24, 10)

# ---------------------------------------------------------------------------------------------------------------
# Cover
pdf.add_page()
pdf.set_fill_color(0, 70, 120)
pdf.rect(0, 0, 210, 115, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_xy(20, 42)
pdf.set_font("LS", "B", 30)
pdf.cell(0, 14, f"Jaarstukken {Y}", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 15)
pdf.cell(0, 9, "Jaarverslag en jaarrekening", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_fill_color(255, 255, 255)
pdf.set_xy(20, 135)
pdf.set_font("LS", "B", 20)
pdf.cell(0, 10, f"Gemeente {d.MUNI}", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 11)
pdf.cell(0, 7, "Vastgesteld door de gemeenteraad op 26 juni 2033", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 7, "Raadsvoorstel 2033-041", new_x="LMARGIN", new_y="NEXT")


# TOC
def render_toc(p: FPDF, outline):
    p.set_font("LS", "B", 16)
    p.set_text_color(0, 70, 120)
    p.set_xy(p.l_margin, p.t_margin)
    p.cell(0, 10, "Inhoudsopgave", new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.ln(2)
    for sec in outline:
        p.set_font("LS", "B" if sec.level == 0 else "", 9.5 if sec.level == 0 else 9)
        indent = 0 if sec.level == 0 else 8
        p.set_x(p.l_margin + indent)
        name = sec.name
        w = p.epw - indent - 12
        p.cell(w, 5.6, name)
        p.cell(12, 5.6, str(sec.page_number), align="R", new_x="LMARGIN", new_y="NEXT")


pdf.add_page()
pdf.insert_toc_placeholder(render_toc, pages=1)     # reserves page 2 and continues on a fresh page 3

# ---------------------------------------------------------------------------------------------------------------
# 1 Bestuurlijke samenvatting (two columns)
R = d.RESULTAAT
h1("1 Bestuurlijke samenvatting", newpage=False)
pdf.set_font("LS", "B", 10)
pdf.multi_cell(0, 5, "Leeswijzer", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9.5)
para(f"Deze jaarstukken bestaan uit het jaarverslag (hoofdstukken 1 tot en met 4) en de jaarrekening (hoofdstuk 5). "
     f"In de programmaverantwoording beantwoorden we per programma drie vragen: wat wilden we bereiken, wat hebben we "
     f"bereikt en wat heeft het gekost. In de tabellen 'Wat heeft het gekost?' vergelijken we de primitieve begroting, "
     f"de begroting na wijziging en de realisatie. Het verschil is de realisatie ten opzichte van de begroting na "
     f"wijziging; in de kolom V/N staat of het verschil een voordeel (V) of een nadeel (N) is. Sommige tabellen zijn in "
     f"hele euro's, andere in duizenden euro's; dat staat dan in de eerste kolomkop (x € 1.000). Door afronding kunnen "
     f"totalen in die tabellen afwijken van de som van de regels.")
pdf.ln(1)
au_diff = d.AU[2] - d.AU[1]
SAM = []                                   # (heading, text) blocks of the two-column samenvatting
j = d.P4_LASTEN[7][1]
bs = d.INV[1]
SAM.append(("Een positief resultaat",
            f"Het jaar {Y} sluiten we af met een positief resultaat van {eur(R[2])}. Bij de tweede "
            f"bestuursrapportage verwachtten we nog een tekort van {eur(-R[1])}; de primitieve begroting ging uit van "
            f"een overschot van {eur(R[0])}. Het verschil met de begroting na wijziging is dus "
            f"{eur(R[2] - R[1])}. Het voordeel komt vooral uit de algemene uitkering: door de decembercirculaire "
            f"ontvingen we {eur(au_diff)} meer dan begroot. Daartegenover staan nadelen in het sociaal domein en "
            f"in de openbare ruimte."))
SAM.append(("Sociaal domein onder druk",
            f"De uitgaven voor jeugdhulp bedroegen {eur(j[2])} en lagen daarmee opnieuw hoger dan begroot. Het aantal "
            f"jongeren met jeugdhulp steeg naar {n(d.INDICATORS['P4'][0][3])}. Het college heeft in {Y} een plan van "
            f"aanpak opgesteld met afspraken met de huisartsen en de scholen over de toegang tot jeugdhulp. Ook de "
            f"kosten van de huishoudelijke ondersteuning stijgen, vooral door de vergrijzing: Wolderbeek telt nu "
            f"{n(d.KG['Aantal 65-plussers'])} inwoners van 65 jaar en ouder."))
SAM.append(("Investeren in voorzieningen",
            f"De brede school Hoefvelde is in september {Y} in gebruik genomen. Van het krediet van "
            f"{eur(bs['krediet'])} is {eur(bs['totaal'])} besteed. Op sportpark De Kempkens liggen twee nieuwe "
            f"kunstgrasvelden. De renovatie van de Molenbrug is afgerond, maar viel duurder uit door houtrot in de "
            f"landhoofden."))
SAM.append(("Financiële positie",
            f"De algemene reserve bedraagt op 31 december {Y} {eur(d.RES[d.ALG]['eind'])}. De weerstandsratio komt "
            f"uit op {n(d.WEERSTANDSRATIO, 2)}; dat beoordelen we als uitstekend. De netto schuldquote steeg naar "
            f"{pct(d.NSQ)} doordat we voor de brede school en de rioolvervanging extra hebben geleend. De "
            f"solvabiliteit daalde naar {pct(d.SOLV)}."))
SAM.append(("Voorstel resultaatbestemming",
            f"Wij stellen de raad voor het resultaat van {eur(R[2])} als volgt te bestemmen: € 400.000 toevoegen "
            f"aan de reserve sociaal domein voor de uitvoering van het plan van aanpak jeugdhulp, en het restant "
            f"van {eur(R[2] - 400_000)} toevoegen aan de algemene reserve."))


def two_columns(blocks, split: int, gutter: float = 8):
    """Left column: blocks[:split]; right column: blocks[split:]. A thin rule marks the gutter."""
    top = pdf.get_y() + 1
    colw = (pdf.epw - gutter) / 2
    bottoms = []
    for ci, part in enumerate((blocks[:split], blocks[split:])):
        x = pdf.l_margin + ci * (colw + gutter)
        pdf.set_xy(x, top)
        for head, text in part:
            pdf.set_x(x)
            pdf.set_font("LS", "B", 10)
            pdf.multi_cell(colw, 5.5, head, new_x="LEFT", new_y="NEXT")
            pdf.set_font("LS", "", 9.5)
            pdf.multi_cell(colw, 4.9, text, new_x="LEFT", new_y="NEXT", align="J")
            pdf.ln(2)
        bottoms.append(pdf.get_y())
    bottom = max(bottoms)
    pdf.set_draw_color(170, 170, 170)
    pdf.line(pdf.l_margin + colw + gutter / 2, top, pdf.l_margin + colw + gutter / 2, bottom - 2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, bottom)


two_columns(SAM, 2)

h2("1.1 Wolderbeek in cijfers")
para(f"Hieronder staan de belangrijkste kerngegevens van de gemeente. De gegevens over inwoners zijn ontleend aan de "
     f"basisregistratie personen; de overige gegevens hebben als peildatum 1 januari {Y}, tenzij anders vermeld.")
pdf.set_font("LS", "", 9.5)
for lbl, val, _ in d.KERN:
    pdf.multi_cell(0, 5.2, f"{lbl}: {n(val)}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)

# ---------------------------------------------------------------------------------------------------------------
# 2 Programmaverantwoording
DOEL = {
    "P1": "Een veilige gemeente met een bestuur dat dichtbij de inwoners staat en een goede dienstverlening biedt.",
    "P2": "Een schone, hele en veilige openbare ruimte en goede verbindingen binnen en buiten de gemeente.",
    "P3": "Goed onderwijs in passende gebouwen, een sportief Wolderbeek en een levendig cultureel aanbod.",
    "P4": "Iedereen doet mee. Inwoners die dat nodig hebben krijgen tijdig passende ondersteuning, dichtbij huis.",
    "P5": "Voldoende en betaalbare woningen, een zorgvuldige ruimtelijke inrichting en een duurzame gemeente.",
}
GEDAAN = {
    "P1": ["We hebben de campagne 'Wolderbeek Wijs' tegen woninginbraak voortgezet, met extra aandacht voor de wijk Hoefvelde.",
           "Het nieuwe raadsinformatiesysteem is in gebruik genomen; raadsvergaderingen zijn nu live te volgen.",
           "Samen met de Veiligheidsregio Zandlanden is een nieuwe kazerne-indeling voorbereid."],
    "P2": ["Alle lichtmasten in de kernen Wolderbeek en Brekelmonde zijn voorzien van ledverlichting.",
           "De Molenbrug is gerenoveerd en in november weer opengesteld voor alle verkeer.",
           "De eerste fase van de fietsverbinding naar Olmenrade is aanbesteed."],
    "P3": ["De brede school Hoefvelde is opgeleverd; twee basisscholen en een kinderopvang zijn erin gevestigd.",
           "Op sportpark De Kempkens zijn twee kunstgrasvelden aangelegd.",
           "De bibliotheek De Leeskamer heeft de openingstijden verruimd met de zaterdagmiddag."],
    "P4": ["De sociale wijkteams zijn uitgebreid met een praktijkondersteuner jeugd bij alle huisartsen.",
           "Met de jeugdhulpaanbieders zijn nieuwe tarieven per 1 juli afgesproken.",
           "Het project 'Schuldenvrij Wolderbeek' heeft 342 inwoners begeleid naar een stabiele financiële situatie."],
    "P5": ["Er zijn 187 woningen opgeleverd, waarvan 74 in de sociale huursector.",
           "Het omgevingsplan voor het buitengebied is vastgesteld.",
           "De milieustraat is uitgebreid met een inzamelpunt voor textiel en kleine elektrische apparaten."],
}
P4_REDEN = {
    "6.3": ("bijstandsuitkeringen", "minder inwoners een beroep deden op de bijstand dan waarmee de begroting rekende; "
            "het aantal uitkeringen daalde naar 184 per 10.000 inwoners"),
    "6.5": ("re-integratie", "trajecten van het Werkbedrijf Maasheuvel later zijn gestart dan gepland"),
    "6.6": ("woningaanpassingen en hulpmiddelen (Wmo)", "er meer trapliften en scootmobielen zijn verstrekt, vooral aan "
            "inwoners boven de 75 jaar"),
    "6.71": ("huishoudelijke ondersteuning en begeleiding", "het aantal cliënten met een maatwerkarrangement steeg naar "
             "2.246 en de uurtarieven per 1 januari zijn geïndexeerd"),
    "6.72": ("jeugdzorg", "meer jongeren een indicatie voor jeugdhulp met verblijf kregen en de tarieven van de "
             "jeugdhulpaanbieders per 1 juli 2032 zijn verhoogd"),
}


def indicator_table(code: str, nr: int):
    caption(f"Tabel 2.{nr}.1 Indicatoren programma {nr}")
    rows = []
    for nm, unit, doel, real, prev, dec in d.INDICATORS[code]:
        rows.append(("r", [nm, n(doel, dec), n(real, dec), n(prev, dec)]))
    table(["Indicator", f"Streefwaarde {Y}", f"Realisatie {Y}", f"Realisatie {P}"], rows, (82, 28, 28, 28),
          style="borders")


def kost_table(code: str, nr: int):
    p = d.PROG[code]
    sc = d.PSCALE[code]
    caption(f"Tabel 2.{nr}.2 Wat heeft het gekost? Programma {nr} {d.PNAME[code]}")
    first = "x € 1.000" if sc == 1000 else "Bedragen in €"
    rows = []
    if code == "P4":
        rows.append(("s", "Lasten"))
        for nm, v in d.P4_LASTEN:
            rows.append(("r", kost_cells(nm, v, "last", sc)))
        rows.append(("b", kost_cells("Totaal lasten", p["lasten"], "last", sc)))
        rows.append(("s", "Baten"))
        for nm, v in d.P4_BATEN:
            rows.append(("r", kost_cells(nm, v, "baat", sc)))
        rows.append(("b", kost_cells("Totaal baten", p["baten"], "baat", sc)))
    else:
        rows.append(("r", kost_cells("Lasten", p["lasten"], "last", sc)))
        rows.append(("r", kost_cells("Baten", p["baten"], "baat", sc)))
    rows.append(("b", kost_cells("Saldo van baten en lasten", p["saldo"], "saldo", sc)))
    rows.append(("r", kost_cells("Toevoegingen aan reserves", p["toev"], "last", sc)))
    rows.append(("r", kost_cells("Onttrekkingen aan reserves", p["ontt"], "baat", sc)))
    rows.append(("b", kost_cells("Resultaat na bestemming", p["resultaat"], "saldo", sc)))
    table([first] + KOST_HEAD, rows, KOST_W, style="zebra", v_align="MIDDLE" if code == "P4" else "TOP")


def analyse(code: str):
    p = d.PROG[code]
    out = []
    if code == "P4":
        for nm, v in d.P4_LASTEN:
            diff = v[1] - v[2]
            tv = nm.split(" ")[0]
            if abs(diff) >= 100_000 and tv in P4_REDEN:
                wat, reden = P4_REDEN[tv]
                soort = "voordeel" if diff > 0 else "nadeel"
                out.append(f"Het {soort} van € {rk(abs(diff))} op {wat} (taakveld {tv}) komt doordat {reden}.")
        out.append("De overige verschillen op de taakvelden zijn kleiner dan € 100.000 en worden niet afzonderlijk "
                   "toegelicht.")
        para(" ".join(out[:2]))
        para(" ".join(out[2:]))
        return
    parts = d.ANALYSE[code]
    for soort_key in ("lasten", "baten"):
        total = (p[soort_key][1] - p[soort_key][2]) if soort_key == "lasten" else (p[soort_key][2] - p[soort_key][1])
        named = [x for x in parts if x[0] == soort_key]
        rest = total - sum(x[2] for x in named)
        zinnen = [f"Op de {soort_key} is het verschil per saldo {eur(abs(total))} "
                  f"{'voordelig' if total > 0 else 'nadelig'}."]
        for _, wat, bedrag, reden in named:
            zinnen.append(f"Het {'voordeel' if bedrag > 0 else 'nadeel'} van € {n(abs(bedrag))} op {wat} komt "
                          f"doordat {reden}.")
        if named:
            zinnen.append(f"Het restant van {eur(abs(rest))} ({'voordeel' if rest > 0 else 'nadeel'}) bestaat uit "
                          f"diverse kleinere verschillen.")
        para(" ".join(zinnen))


for code, nr, name, sc in d.PROGRAMMES:
    if nr == 1:
        h1("2 Programmaverantwoording")
        para("In dit hoofdstuk leggen we per programma verantwoording af over de doelen uit de programmabegroting "
             f"{Y}. De indicatoren zijn, waar mogelijk, ontleend aan waarstaatjegemeente.nl; de streefwaarden komen "
             "uit de begroting.")
        h2(f"2.{nr} Programma {nr} {name}")
    else:
        pdf.add_page()
        h2(f"2.{nr} Programma {nr} {name}")
    h3("Wat wilden we bereiken?")
    para(DOEL[code])
    h3("Wat hebben we bereikt?")
    indicator_table(code, nr)
    if code == "P4":
        para("Het aantal jongeren met jeugdhulp ligt boven de streefwaarde. Het aantal bijstandsuitkeringen daalde wel "
             "verder; dat hangt samen met de krappe arbeidsmarkt in de regio.")
    h3("Wat hebben we daarvoor gedaan?")
    bullets(GEDAAN[code])
    h3("Wat heeft het gekost?")
    kost_table(code, nr)
    h3("Analyse van de verschillen")
    analyse(code)

# ---------------------------------------------------------------------------------------------------------------
# 3 Algemene dekkingsmiddelen
h1("3 Algemene dekkingsmiddelen en overhead")
para("De algemene dekkingsmiddelen zijn de inkomsten die de gemeente vrij kan besteden, zoals de onroerendezaakbelasting "
     "en de algemene uitkering uit het gemeentefonds. In dit hoofdstuk staan ook de kosten van overhead, de "
     "vennootschapsbelasting en de post onvoorzien.")
caption("Tabel 3.1 Algemene dekkingsmiddelen, overhead, Vpb en onvoorzien")
rows = [("s", "Baten")]
for nm, v in d.ADM_BATEN:
    rows.append(("r", kost_cells(nm, v, "baat", 1000)))
rows.append(("b", kost_cells("Totaal baten", d.ADM_BATEN_TOT, "baat", 1000)))
rows.append(("s", "Lasten"))
for nm, v in d.ADM_LASTEN:
    rows.append(("r", kost_cells(nm, v, "last", 1000)))
rows.append(("b", kost_cells("Totaal lasten", d.ADM_LASTEN_TOT, "last", 1000)))
table(["x € 1.000"] + KOST_HEAD, rows, KOST_W, style="zebra")
para(f"De algemene uitkering viel {eur(au_diff)} hoger uit dan in de begroting na wijziging. Dat komt vooral door "
     f"de decembercirculaire {Y}, waarin het Rijk de accressen over {Y} naar boven heeft bijgesteld. De post onvoorzien "
     f"van {eur(d.ADM['Onvoorzien'][1])} is in {Y} niet gebruikt.")

# ---------------------------------------------------------------------------------------------------------------
# 4 Paragrafen
h1("4 Paragrafen")
h2("4.1 Lokale heffingen")
para(f"De tarieven voor {Y} zijn vastgesteld in de raadsvergadering van december {P}. De OZB-tarieven zijn verhoogd "
     f"met de inflatiecorrectie van 3,8%. De afvalstoffenheffing en de rioolheffing zijn kostendekkend.")
caption("Tabel 4.1 Tarieven lokale heffingen")
rows = []
for nm, unit, a, b in d.TARIEVEN:
    if unit == "percent":
        rows.append(("r", [nm, pct(a, 4), pct(b, 4)]))
    else:
        rows.append(("r", [nm, eur(a, 2), eur(b, 2)]))
table(["Heffing", f"Tarief {P}", f"Tarief {Y}"], rows, (90, 35, 35), style="borders")
para("De OZB-tarieven zijn percentages van de WOZ-waarde. Voor een woning met een WOZ-waarde van € 350.000 betaalt de "
     f"eigenaar in {Y} dus € {n(350_000 * d.TAR['OZB woningen, eigenaar'][2] / 100, 2)} aan OZB.")

h2("4.2 Weerstandsvermogen en risicobeheersing")
para("Het weerstandsvermogen is de mate waarin de gemeente financiële tegenvallers kan opvangen zonder dat het beleid "
     "moet worden aangepast. We berekenen de weerstandsratio als de beschikbare weerstandscapaciteit gedeeld door de "
     "benodigde weerstandscapaciteit.")
caption(f"Tabel 4.2 Weerstandsvermogen per 31 december {Y}")
rows = [("r", ["Algemene reserve", n(d.RES[d.ALG]["eind"])]),
        ("r", ["Onbenutte belastingcapaciteit", n(d.ONBENUT_BELASTING)]),
        ("r", ["Post onvoorzien", n(d.ONVOORZIEN_POST)]),
        ("b", ["Beschikbare weerstandscapaciteit", n(d.WEERSTAND_BESCHIKBAAR)]),
        ("r", ["Benodigde weerstandscapaciteit (risico's)", n(d.WEERSTAND_BENODIGD)]),
        ("b", ["Weerstandsratio", n(d.WEERSTANDSRATIO, 2)])]
table(["Onderdeel", "Bedrag in €"], rows, (110, 40), style="borders")
para(f"Met een weerstandsratio van {n(d.WEERSTANDSRATIO, 2)} valt Wolderbeek in klasse A (ratio groter dan 2,0): "
     f"uitstekend. De raad heeft als ondergrens een ratio van 1,4 vastgesteld. De grootste risico's zijn de open-einde-"
     f"regelingen in de jeugdhulp en de Wmo en de grondexploitatie Hoefvelde-Noord.")
h3("Financiële kengetallen")
caption("Tabel 4.3 Financiële kengetallen")
rows = [("r", [nm, pct(a), pct(b), pct(c)]) for nm, (a, b, c) in d.KENGETALLEN]
table(["Kengetal", f"Realisatie {P}", f"Begroting {Y}", f"Realisatie {Y}"], rows, (80, 28, 28, 28), style="zebra",
      v_align="MIDDLE")
para("De netto schuldquote geeft de schuld weer als percentage van de totale baten. Een quote boven de 100% vraagt om "
     "aandacht; het college heeft daarom in de kadernota een schuldplafond van 110% voorgesteld.")

h2("4.3 Verbonden partijen")
para("Wolderbeek neemt deel aan vier gemeenschappelijke regelingen. De bijdragen staan in de tabel hieronder.")
caption(f"Tabel 4.4 Bijdragen aan verbonden partijen {Y}")
rows = [("r", [nm, taak, n(b), n(r)]) for nm, taak, b, r in d.VERBONDEN]
rows.append(("b", ["Totaal", "", n(sum(x[2] for x in d.VERBONDEN)), n(sum(x[3] for x in d.VERBONDEN))]))
table(["Verbonden partij", "Taak", "Begroting na wijziging", "Realisatie"], rows, (46, 62, 30, 30), style="borders",
      aligns=("LEFT", "LEFT", "RIGHT", "RIGHT"))

# ---------------------------------------------------------------------------------------------------------------
# 5 Jaarrekening
h1("5 Jaarrekening")
h2(f"5.1 Overzicht van baten en lasten {Y}")
para("Het overzicht van baten en lasten geeft per programma de begrote en gerealiseerde lasten en baten. De bedragen "
     "zijn afgerond op duizenden euro's.")
caption(f"Tabel 5.1 Overzicht van baten en lasten {Y}")
rows = [("s", "Lasten")]
for code, nr, name, _ in d.PROGRAMMES:
    rows.append(("r", kost_cells(f"Programma {nr} {name}", d.PROG[code]["lasten"], "last", 1000)))
rows.append(("r", kost_cells("Algemene dekkingsmiddelen, overhead, Vpb en onvoorzien", d.ADM_LASTEN_TOT, "last", 1000)))
rows.append(("b", kost_cells("Totaal lasten", d.TOTAAL_LASTEN, "last", 1000)))
rows.append(("s", "Baten"))
for code, nr, name, _ in d.PROGRAMMES:
    rows.append(("r", kost_cells(f"Programma {nr} {name}", d.PROG[code]["baten"], "baat", 1000)))
rows.append(("r", kost_cells("Algemene dekkingsmiddelen", d.ADM_BATEN_TOT, "baat", 1000)))
rows.append(("b", kost_cells("Totaal baten", d.TOTAAL_BATEN, "baat", 1000)))
rows.append(("b", kost_cells("Saldo van baten en lasten", d.SALDO_VOOR, "saldo", 1000)))
rows.append(("s", "Mutaties reserves"))
rows.append(("r", kost_cells("Toevoegingen aan reserves", d.TOEV_TOT, "last", 1000)))
rows.append(("r", kost_cells("Onttrekkingen aan reserves", d.ONTT_TOT, "baat", 1000)))
rows.append(("b", kost_cells("Gerealiseerd resultaat", d.RESULTAAT, "saldo", 1000)))
table(["x € 1.000"] + KOST_HEAD, rows, KOST_W, style="zebra", v_align="MIDDLE")

h2(f"5.2 Balans per 31 december {Y}")
caption("Tabel 5.2 Balans (bedragen in euro's)")
BH = ["Activa", f"31-12-{Y}", f"31-12-{P}"]
rows = []
for nm, v in d.BALANS_ACTIVA:
    rows.append(("s", nm) if v is None else ("r", [nm, n(v[0]), n(v[1])]))
    if nm == "Financiële vaste activa":
        rows.append(("b", ["Totaal vaste activa", n(d.VASTE_ACTIVA[0]), n(d.VASTE_ACTIVA[1])]))
rows.append(("b", ["Totaal vlottende activa", n(d.VLOTTENDE_ACTIVA[0]), n(d.VLOTTENDE_ACTIVA[1])]))
rows.append(("b", ["Totaal activa", n(d.TOT_ACTIVA[0]), n(d.TOT_ACTIVA[1])]))
table(BH, rows, (100, 35, 35), style="borders")
caption("Tabel 5.3 Balans, vervolg: passiva (bedragen in euro's)")
rows = []
for nm, v in d.BALANS_PASSIVA:
    if v is None:
        rows.append(("s", nm))
        if nm == "Vaste passiva":
            rows.append(("s", "Eigen vermogen"))
        continue
    rows.append(("r", [nm, n(v[0]), n(v[1])]))
    if nm == "Gerealiseerd resultaat":
        rows.append(("b", ["Totaal eigen vermogen", n(d.EV[0]), n(d.EV[1])]))
    if nm.startswith("Vaste schulden"):
        rows.append(("b", ["Totaal vaste passiva", n(d.VASTE_PASSIVA[0]), n(d.VASTE_PASSIVA[1])]))
rows.append(("b", ["Totaal vlottende passiva", n(d.VLOTTENDE_PASSIVA[0]), n(d.VLOTTENDE_PASSIVA[1])]))
rows.append(("b", ["Totaal passiva", n(d.TOT_PASSIVA[0]), n(d.TOT_PASSIVA[1])]))
table(["Passiva", f"31-12-{Y}", f"31-12-{P}"], rows, (100, 35, 35), style="borders")

h2("5.3 Overzicht reserves")
para(f"De toevoeging aan de algemene reserve bevat de bestemming van het resultaat {P} van {eur(d.RESULTAAT_PREV)}, "
     f"zoals de raad die bij de jaarstukken {P} heeft besloten.")
caption(f"Tabel 5.4 Verloop van de reserves in {Y} (bedragen in euro's)")
rows = []
for nm, r in d.RES.items():
    rows.append(("r", [nm, n(r["begin"]), dash(r["toev"]), dash(r["ontt"]), n(r["eind"])]))
rows.append(("b", ["Totaal reserves", n(d.RES_TOT["begin"]), n(d.RES_TOT["toev"]), n(d.RES_TOT["ontt"]),
                   n(d.RES_TOT["eind"])]))
table(["Reserve", f"Stand 1-1-{Y}", "Toevoeging", "Onttrekking", f"Stand 31-12-{Y}"], rows, (66, 26, 24, 24, 27),
      style="borders", v_align="MIDDLE")

h2(f"5.4 Resultaat {Y} en resultaatbestemming")
para(f"Het gerealiseerde resultaat over {Y} bedraagt {eur(R[2])} positief. Het resultaat is als volgt opgebouwd: het "
     f"saldo van baten en lasten is {eur(d.SALDO_VOOR[2])}, de toevoegingen aan reserves bedragen "
     f"{eur(d.TOEV_TOT[2])} en de onttrekkingen {eur(d.ONTT_TOT[2])}.")
para(f"Voorgesteld wordt € 400.000 toe te voegen aan de reserve sociaal domein en {eur(R[2] - 400_000)} aan de "
     f"algemene reserve. Na deze bestemming bedraagt de algemene reserve {eur(d.RES[d.ALG]['eind'] + R[2] - 400_000)}.")
para("Het college verwacht voor 2033 opnieuw tekorten in het sociaal domein. In de kadernota 2034 worden daarom "
     "maatregelen voorgesteld om de stijging van de kosten van jeugdhulp af te remmen.")

# Staat van investeringen: landscape page (rotated afterwards)
pdf.add_page(orientation="L")
h2("5.5 Staat van investeringen")
para(f"De staat van investeringen geeft per krediet de uitgaven tot en met {P}, de uitgaven in {Y} en het restant. Een "
     f"negatief restant is een overschrijding van het krediet; die wordt in de analyse per programma toegelicht.")
caption(f"Tabel 5.5 Staat van investeringen {Y} (bedragen in euro's)")
rows = []
for nr, v in d.INV.items():
    rows.append(("r", [str(nr), v["naam"], f"Programma {v['prog'][1]}", n(v["krediet"]), dash(v["tm_prev"]),
                       n(v["cur"]), n(v["totaal"]), n(v["restant"]), v["afsl"]]))
rows.append(("b", ["", "Totaal", "", n(d.INV_TOT["krediet"]), n(d.INV_TOT["tm_prev"]), n(d.INV_TOT["cur"]),
                   n(d.INV_TOT["totaal"]), n(d.INV_TOT["restant"]), ""]))
table(["Nr", "Investering", "Programma", "Krediet", f"Uitgaven t/m {P}", f"Uitgaven {Y}", f"Totaal t/m {Y}",
       "Restant krediet", "Afsluiten"], rows, (9, 66, 24, 28, 28, 26, 28, 28, 18), style="zebra",
      aligns=("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "CENTER"))
para("De kredieten met 'ja' in de kolom Afsluiten worden met het vaststellen van deze jaarstukken afgesloten.")

# ---------------------------------------------------------------------------------------------------------------
# Bijlage: taakvelden (long table breaking across a page, header repeated)
h1("Bijlage 1 Overzicht baten en lasten per taakveld")
para(f"Dit overzicht geeft de gerealiseerde lasten en baten over {Y} per taakveld volgens de indeling van het "
     f"Besluit begroting en verantwoording (Iv3). Het saldo is baten min lasten.")
caption(f"Tabel B.1 Realisatie {Y} per taakveld (bedragen in euro's)")
tv_rows = []
for code, nr, name, _ in d.PROGRAMMES:
    for nm, lv, bv in d.TV[code]:
        tv_rows.append((nm, lv, bv))
tv_rows += d.ADM_TV


def tv_key(x):
    """Iv3 order: 0.1 ... 0.9, 0.10; 6.6 before 6.71 (string order of the part after the dot, '10' last)."""
    major, minor = x[0].split(" ")[0].split(".")
    return int(major), ("z" if minor == "10" else minor)


tv_rows.sort(key=tv_key)
rows = [("r", [nm, dash(lv), dash(bv), n(bv - lv)]) for nm, lv, bv in tv_rows]
rows.append(("b", ["Totaal", n(d.TV_LASTEN_TOT), n(d.TV_BATEN_TOT), n(d.TV_BATEN_TOT - d.TV_LASTEN_TOT)]))
table(["Taakveld", "Lasten", "Baten", "Saldo"], rows, (86, 28, 28, 28), style="zebra", v_align="TOP")
para(f"Het totaal van de saldi is gelijk aan het gerealiseerde resultaat van {eur(R[2])}.")

# ---------------------------------------------------------------------------------------------------------------
raw = io.BytesIO(pdf.output())
reader = PdfReader(raw)
writer = PdfWriter(clone_from=reader)
for page in writer.pages:
    w, h = float(page.mediabox.width), float(page.mediabox.height)
    if w > h:       # landscape page -> portrait MediaBox with /Rotate 90, content turned a quarter counter-clockwise
        page.add_transformation(Transformation().rotate(90).translate(h, 0))
        page.mediabox = RectangleObject([0, 0, h, w])
        for box in ("/CropBox", "/TrimBox", "/BleedBox", "/ArtBox"):
            if box in page:
                del page[box]
        page[NameObject("/Rotate")] = NumberObject(90)
if reader.metadata:
    writer.add_metadata({k_: v for k_, v in reader.metadata.items()})
writer._ID = None
OUT.parent.mkdir(parents=True, exist_ok=True)
with open(OUT, "wb") as fh:
    writer.write(fh)
print(f"wrote {OUT} ({len(writer.pages)} pages)")
