"""Gemeente Tolsterveld, Programmabegroting 2041: a Word document built with python-docx and exported to PDF with
LibreOffice (soffice --headless --convert-to pdf), the way a municipality does it.

Two passes: the table of contents is static text with dot-leader tab stops; pass 1 exports the PDF and reads back on
which page every heading landed, pass 2 writes those page numbers into the contents and exports again (and checks
that they did not move). The .docx stays in a temporary directory; only the PDF goes to the corpus.

Usage: python gen_begroting_docx.py CORPUS_DIR
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import data as d
from fmt import n, par, pct

CORPUS = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
TITLE = f"Gemeente {d.MUNI} | {d.MUNI_TITLE}"
FONT = "Liberation Sans"
HEAD_FILL = "1F4E79"      # dark blue header rows, white text
SUB_FILL = "D6E3F0"       # light blue second header row / call-out
Y = d.YEARS


# ----------------------------------------------------------------------------------------------- low-level helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def borders(table, size=4, color="808080"):
    """thin single borders on all cell edges (size in eighths of a point)"""
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(size))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    c.set(qn("w:val"), "true")
    trPr.append(c)


def set_cell(cell, text, bold=False, align="left", size=8.5, color=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_before = Pt(1)
    p.paragraph_format.space_after = Pt(1)
    p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                   "center": WD_ALIGN_PARAGRAPH.CENTER}[align]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    r.font.name = FONT
    if color:
        r.font.color.rgb = RGBColor.from_string(color)


def field(paragraph, instr, size=8):
    """a complex field (PAGE, NUMPAGES) in a paragraph"""
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        r = paragraph.add_run()
        r.font.size = Pt(size)
        r.font.name = FONT
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = f" {text} "
            r._r.append(it)
        elif kind == "text":
            r.text = text
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


# ----------------------------------------------------------------------------------------------- document
class Builder:
    def __init__(self, pages: dict[str, int] | None):
        self.pages = pages or {}
        self.doc = Document()
        self.toc: list[tuple[int, str]] = []
        st = self.doc.styles
        st["Normal"].font.name = FONT
        st["Normal"].font.size = Pt(10)
        st["Normal"].paragraph_format.space_after = Pt(5)
        for lvl, size in ((1, 16), (2, 13), (3, 11)):
            h = st[f"Heading {lvl}"]
            h.font.name = FONT
            h.font.size = Pt(size)
            h.font.color.rgb = RGBColor.from_string(HEAD_FILL)
            h.font.bold = True
            h.paragraph_format.space_before = Pt(12 if lvl < 3 else 8)
            h.paragraph_format.space_after = Pt(4)
            rpr = h.element.get_or_add_rPr()
            for el in rpr.findall(qn("w:rFonts")):
                rpr.remove(el)
            f = OxmlElement("w:rFonts")
            for a in ("w:ascii", "w:hAnsi", "w:cs"):
                f.set(qn(a), FONT)
            rpr.append(f)
        sec = self.doc.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
        sec.different_first_page_header_footer = True
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = hp.add_run(TITLE)
        r.font.size, r.font.name, r.italic = Pt(8), FONT, True
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run("Pagina ")
        r.font.size, r.font.name = Pt(8), FONT
        field(fp, "PAGE")
        r = fp.add_run(" van ")
        r.font.size, r.font.name = Pt(8), FONT
        field(fp, "NUMPAGES")

    # text
    def h(self, lvl, text, toc=True):
        self.doc.add_heading(text, level=lvl)
        if toc and lvl <= 2:
            self.toc.append((lvl, text))

    def p(self, text, bold=False, italic=False, align=None, size=None, after=None):
        para = self.doc.add_paragraph()
        r = para.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align == "right":
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if after is not None:
            para.paragraph_format.space_after = Pt(after)
        return para

    def bullets(self, items):
        for it in items:
            para = self.doc.add_paragraph(style="List Bullet")
            para.add_run(it)
            para.paragraph_format.space_after = Pt(2)

    def caption(self, text):
        para = self.p(text, bold=True, size=9.5, after=1)
        para.paragraph_format.keep_with_next = True
        return para

    def scale(self, text="bedragen x € 1.000"):
        para = self.p(text, italic=True, align="right", size=8, after=1)
        para.paragraph_format.keep_with_next = True

    def note(self, text):
        self.p(text, italic=True, size=8, after=8)

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # tables
    def table(self, header_rows, body, cws, num_from=1, bold_rows=(), head_merge=(), body_merge=(), valign_center=(),
              repeat=True):
        """header_rows: list of lists of strings; body: list of lists; cws: widths in cm; columns >= num_from are
        right-aligned; head_merge/body_merge: ((r0, c0), (r1, c1)) rectangles to merge (body rows counted from 0)"""
        nh = len(header_rows)
        t = self.doc.add_table(rows=nh + len(body), cols=len(cws))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        borders(t)
        widths(t, cws)
        for ri, row in enumerate(header_rows):
            for ci, txt in enumerate(row):
                c = t.cell(ri, ci)
                set_cell(c, txt, bold=True, align="right" if ci >= num_from else "left",
                         color="FFFFFF" if ri == 0 else None)
                shade(c, HEAD_FILL if ri == 0 else SUB_FILL)
                c.vertical_alignment = WD_ALIGN_VERTICAL.BOTTOM
            if repeat:
                repeat_header(t.rows[ri])
            cant_split(t.rows[ri])
        for bi, row in enumerate(body):
            for ci, txt in enumerate(row):
                c = t.cell(nh + bi, ci)
                set_cell(c, txt, bold=bi in bold_rows, align="right" if ci >= num_from else "left")
                if bi in bold_rows:
                    shade(c, "F2F2F2")
            cant_split(t.rows[nh + bi])
        for (r0, c0), (r1, c1) in head_merge:
            a, b = t.cell(r0, c0), t.cell(r1, c1)
            keep = a.text
            m = a.merge(b)
            set_cell(m, keep, bold=True, align="center" if r0 == r1 else ("right" if c0 >= num_from else "left"),
                     color="FFFFFF" if r0 == 0 else None)
            m.vertical_alignment = WD_ALIGN_VERTICAL.BOTTOM if r0 != r1 else WD_ALIGN_VERTICAL.CENTER
        for (r0, c0), (r1, c1) in body_merge:
            a, b = t.cell(nh + r0, c0), t.cell(nh + r1, c1)
            keep = a.text
            bold = r0 in bold_rows
            m = a.merge(b)
            set_cell(m, keep, bold=bold)
            if bold:
                shade(m, "F2F2F2")
            if (r0, c0) in valign_center:
                m.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        widths(t, cws)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)
        return t

    def callout(self, title, lines):
        t = self.doc.add_table(rows=1, cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        borders(t, size=12, color=HEAD_FILL)
        c = t.cell(0, 0)
        c.width = Cm(15)
        shade(c, SUB_FILL)
        set_cell(c, title, bold=True, size=11, color=HEAD_FILL)
        for ln in lines:
            para = c.add_paragraph(style="List Bullet")
            r = para.add_run(ln)
            r.font.size = Pt(9.5)
            para.paragraph_format.space_after = Pt(1)
        self.doc.add_paragraph()

    def toc_page(self):
        self.p("Inhoudsopgave", bold=True, size=16, after=10)
        for lvl, text in TOC_ENTRIES:
            para = self.doc.add_paragraph()
            pf = para.paragraph_format
            pf.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            pf.left_indent = Cm(0 if lvl == 1 else 0.8)
            pf.space_after = Pt(3 if lvl == 1 else 1)
            pf.space_before = Pt(6 if lvl == 1 else 0)
            r = para.add_run(f"{text}\t{self.pages.get(text, 0)}")
            r.bold = lvl == 1
        self.page_break()


# the contents (filled in by build(); the same list drives the headings)
TOC_ENTRIES: list[tuple[int, str]] = []


def prog_table(B, l, b):
    s = d.saldo(l, b)
    hdr = [["", "Begroting 2040", "Meerjarenraming", "", "", ""], ["", "", "2041", "2042", "2043", "2044"]]
    body = [["Lasten"] + [n(x) for x in l], ["Baten"] + [n(x) for x in b], ["Saldo"] + [n(x) for x in s]]
    B.table(hdr, body, [3.4, 2.6, 2.6, 2.6, 2.6, 2.6], bold_rows=(2,),
            head_merge=[((0, 2), (0, 5)), ((0, 1), (1, 1)), ((0, 0), (1, 0))], repeat=False)


PROSE = {
    1: dict(
        bereiken=("Tolsterveld is een veilige gemeente met een bestuur dat dichtbij de inwoners staat. We willen dat "
                  "inwoners zich veilig voelen in hun wijk en dat zij de gemeente makkelijk kunnen bereiken, digitaal "
                  "en aan de balie."),
        doelen=["Het aantal woninginbraken blijft onder het landelijk gemiddelde.",
                "Inwoners beoordelen de dienstverlening van de gemeente met minimaal een 7,5.",
                "Jongeren worden eerder bereikt met preventieve activiteiten."],
        doen=["We zetten twee extra boa's in voor toezicht in het centrum en bij de jachthaven.",
              "We vervangen de tankautospuit van de brandweerpost Tolsterveld-Noord.",
              "We openen een avondloket voor burgerzaken op donderdag.",
              "We vieren in 2041 het jubileum 200 jaar Tolsterveld met een programma voor alle kernen."],
        toel=("De lasten stijgen vooral door de hogere bijdrage aan de veiligheidsregio en de kosten van het "
              "jubileumjaar. De baten dalen licht doordat minder reisdocumenten verlopen.")),
    2: dict(
        bereiken=("Een schone, hele en veilige openbare ruimte die uitnodigt om te wandelen, te fietsen en te spelen, "
                  "en een rioolstelsel dat is voorbereid op hevige buien."),
        doelen=["Alle schoolroutes zijn in 2043 ingericht als veilige fietsroute.",
                "Het onderhoud van wegen en groen is minimaal op beeldkwaliteit B.",
                "Bij een bui van 70 mm in een uur blijft water niet langer dan een uur op straat staan."],
        doen=["We vervangen de riolering in de Molenbuurt en leggen daarbij een gescheiden stelsel aan.",
              "We reconstrueren de Veldweg met vrijliggende fietspaden.",
              "We vervangen de openbare verlichting in vier jaar door ledverlichting.",
              "We planten 1.200 bomen in het kader van het Bomenplan Tolsterveld."],
        toel=("De stijging van de lasten komt door hogere kapitaallasten van de rioolvervanging en de reconstructie "
              "van de Veldweg. De rioolheffing stijgt mee; de baten nemen daardoor toe.")),
    3: dict(
        bereiken=("Goed onderwijs in moderne gebouwen, een levendig centrum met werkgelegenheid in de eigen gemeente "
                  "en een rijk cultureel aanbod voor alle leeftijden."),
        doelen=["Alle kinderen gaan naar school in een gebouw dat voldoet aan de frisse-scholen-norm.",
                "Het aantal banen in Tolsterveld groeit mee met de bevolking.",
                "Meer inwoners bezoeken de bibliotheek en het cultuurhuis."],
        doen=["We bouwen het integraal kindcentrum (IKC) De Wielewaal; in 2041 start het ontwerp.",
              "We renoveren sporthal Het Tolhuis in 2042.",
              "We ondersteunen ondernemers in het centrum met een centrummanager.",
              "We bieden ieder basisschoolkind jaarlijks een cultuurmenu aan."],
        toel=("De lasten nemen in 2041 toe door de tijdelijke huisvesting van het IKC en de voorbereiding van de "
              "nieuwbouw. Vanaf 2042 dalen de lasten weer licht.")),
    4: dict(
        bereiken=("Iedereen doet mee. Inwoners die het op eigen kracht niet redden, krijgen tijdig passende hulp, zo "
                  "dicht mogelijk bij huis. We zetten in op preventie, zodat zwaardere zorg minder vaak nodig is."),
        doelen=["Minder jongeren hebben langdurige jeugdhulp nodig.",
                "Ouderen wonen langer zelfstandig thuis.",
                "Meer inwoners met een bijstandsuitkering vinden betaald werk."],
        doen=["We voeren het Transformatieplan jeugdhulp uit met praktijkondersteuners jeugd bij alle huisartsen.",
              "We openen in elke kern een ontmoetingsplek voor ouderen.",
              "We begeleiden bijstandsgerechtigden naar werk met het programma Tolsterveld Werkt.",
              "We verhogen de bijzondere bijstand voor energiekosten niet verder."],
        toel=("De lasten van het sociaal domein stijgen ten opzichte van de begroting 2040 met ruim € 2,6 miljoen. "
              "Die stijging komt vooral door meer jongeren met jeugdhulp en hogere tarieven voor zorgaanbieders. "
              "Het sociaal domein is daarmee 44% van de totale lasten van de gemeente.")),
    5: dict(
        bereiken=("Voldoende betaalbare woningen voor starters en ouderen, een duurzame gemeente die afval zoveel "
                  "mogelijk hergebruikt en een omgevingsplan dat ruimte biedt aan initiatieven."),
        doelen=["Tot en met 2044 worden 600 woningen gebouwd, waarvan 30% sociale huur.",
                "Het restafval daalt naar 100 kg per inwoner in 2044.",
                "Het omgevingsplan is in 2042 vastgesteld."],
        doen=["We zetten de Reserve woningbouwimpuls in voor startersleningen.",
              "We plaatsen ondergrondse containers voor gft en restafval in de hoogbouwwijken.",
              "We werken het omgevingsplan uit met inwoners en ondernemers.",
              "We verkopen het perceel aan de Stationsweg voor woningbouw."],
        toel=("De afvalstoffenheffing blijft kostendekkend: de hogere kosten van verwerking van restafval worden "
              "doorberekend in het tarief. In 2041 is de verkoop van het perceel Stationsweg een incidentele bate.")),
}


def build(pages: dict[str, int] | None) -> Document:
    TOC_ENTRIES.clear()
    B = Builder(pages)
    doc = B.doc

    # cover
    for _ in range(6):
        B.p("")
    B.p(f"Gemeente {d.MUNI}", bold=True, size=28, after=4)
    B.p(d.MUNI_TITLE, bold=True, size=22, after=4)
    B.p("inclusief meerjarenraming 2042-2044", size=13, after=40)
    B.p("Aangeboden aan de gemeenteraad op 30 september 2040", size=11)
    B.p("Behandeling in de raadsvergadering van 7 november 2040", size=11)
    B.page_break()

    # contents
    entries = [
        (1, "1 Inleiding"), (2, "1.1 De begroting in het kort"), (2, "1.2 Leeswijzer"),
        (1, "2 Financieel overzicht"), (2, "2.1 Overzicht van baten en lasten"),
        (1, "3 Programma's"),
    ] + [(2, f"3.{nr} Programma {nr} {name}") for nr, name, _, _ in d.PROGRAMMES] + [
        (2, "3.6 Algemene dekkingsmiddelen en overhead"),
        (1, "4 Paragrafen"), (2, "4.1 Lokale heffingen"), (2, "4.2 Weerstandsvermogen en risicobeheersing"),
        (2, "4.3 Investeringen"),
        (1, "5 Financiële begroting"), (2, "5.1 Reserves"), (2, "5.2 Incidentele baten en lasten"),
    ]
    TOC_ENTRIES.extend(entries)
    B.toc_page()

    # 1 Inleiding
    B.h(1, "1 Inleiding")
    B.p(f"Voor u ligt de programmabegroting 2041 van de gemeente {d.MUNI}. Het is de derde begroting van deze "
        "raadsperiode. De begroting is sluitend, zowel in 2041 als in de jaren van de meerjarenraming. Dat is niet "
        "vanzelf gegaan: de uitgaven in het sociaal domein blijven stijgen en de uitkering uit het gemeentefonds groeit "
        "minder hard dan de kosten.")
    B.p(f"{d.MUNI} telde op 1 januari 2040 {n(d.INWONERS)} inwoners. De gemeente bestaat uit de kernen Tolsterveld, "
        "Ganswijk, Oude Sluis en Dijkhuizen.")
    B.h(2, "1.1 De begroting in het kort")
    inv41 = d.INV_TOT[1]
    B.callout("In het kort", [
        f"Totale lasten 2041: € {n(d.KORT_LASTEN_MLN, 1)} miljoen",
        f"Geraamd resultaat 2041: € {n(d.RESULTAAT[1] * 1000)} positief",
        f"{d.KORT_SOC_SHARE}% van de lasten gaat naar het sociaal domein",
        f"OZB-tarief woningen stijgt met {n(d.OZB_STIJGING, 1)}% (inflatiecorrectie)",
        f"Weerstandsratio: {n(d.RATIO, 2)} (ruim voldoende)",
        f"Investeringen in 2041: € {n(round(inv41 / 1000, 1), 1)} miljoen",
    ])
    B.p("De belangrijkste keuzes in deze begroting zijn:")
    B.bullets(["investeren in de nieuwbouw van IKC De Wielewaal;",
               "de rioolvervanging in de Molenbuurt naar voren halen;",
               "het Transformatieplan jeugdhulp voortzetten om de stijging van de jeugdzorgkosten af te remmen;",
               "de lokale lasten niet meer laten stijgen dan de inflatie, met uitzondering van de "
               "afvalstoffenheffing die kostendekkend moet blijven."])
    B.h(2, "1.2 Leeswijzer")
    B.p("Hoofdstuk 2 geeft het totaaloverzicht van baten en lasten. In hoofdstuk 3 volgen de vijf programma's, elk "
        "met de drie vragen: Wat willen we bereiken? Wat gaan we daarvoor doen? Wat mag het kosten? Per programma "
        "staan ook de verplichte beleidsindicatoren (bron: waarstaatjegemeente.nl) en de taakvelden. Hoofdstuk 4 "
        "bevat de paragrafen en hoofdstuk 5 de reserves en de incidentele baten en lasten.")
    B.p("Tenzij anders vermeld zijn de bedragen in de tabellen in duizenden euro's (bedragen x € 1.000). Door "
        "afronding kunnen totalen afwijken van de som van de afzonderlijke bedragen. De kolom 2041 is het "
        "begrotingsjaar; de kolommen 2042 tot en met 2044 vormen de meerjarenraming.")

    # 2 Financieel overzicht
    B.page_break()
    B.h(1, "2 Financieel overzicht")
    B.p("Dit hoofdstuk geeft het overzicht van baten en lasten van de gemeente. De raad autoriseert de begroting op "
        "het niveau van de programma's: de lasten per programma zijn het bedrag dat het college maximaal mag "
        "uitgeven. De algemene dekkingsmiddelen, de overhead en de post onvoorzien worden apart gepresenteerd, zoals "
        "het Besluit begroting en verantwoording (BBV) voorschrijft.")
    B.p("Het saldo van baten en lasten is in 2041 negatief. Na de toevoegingen aan en onttrekkingen uit de reserves "
        "resteert een positief geraamd resultaat. In de jaren 2042 tot en met 2044 is ook het saldo van baten en "
        "lasten positief, omdat de incidentele lasten van onder andere het Transformatieplan jeugdhulp dan aflopen.")
    B.p("Ten opzichte van de begroting 2040 stijgen de totale lasten met ongeveer 5%. De stijging zit voor het "
        "grootste deel in het sociaal domein en in openbare ruimte en mobiliteit. Aan de batenkant groeit vooral de "
        "algemene uitkering uit het gemeentefonds.")
    B.p("De belangrijkste ontwikkelingen ten opzichte van de begroting 2040 zijn:")
    B.bullets(["hogere kosten van jeugdhulp en Wmo-maatwerk door meer cliënten en hogere tarieven van aanbieders;",
               "hogere kapitaallasten door de vervanging van de riolering en de reconstructie van de Veldweg;",
               "tijdelijke huisvesting voor het IKC De Wielewaal tijdens de nieuwbouw;",
               "een hogere algemene uitkering uit het gemeentefonds (accres en loon- en prijscompensatie);",
               "een hogere opbrengst van de OZB door de inflatiecorrectie van de tarieven en nieuwbouw;",
               "een incidentele bate uit de verkoop van het perceel aan de Stationsweg;",
               "lagere rentelasten doordat een oude lening in 2040 is afgelost."])
    B.p("In de meerjarenraming is rekening gehouden met de septembercirculaire van het gemeentefonds. De ramingen "
        "zijn in lopende prijzen: voor loonkosten is een stijging van 3,0% per jaar aangehouden en voor prijzen 2,5%.")
    B.h(2, "2.1 Overzicht van baten en lasten")
    B.p("In tabel 2.1 staan per programma de lasten, de baten en het saldo. Baten en lasten zijn als positieve "
        "bedragen opgenomen; een negatief saldo (meer lasten dan baten) staat met een minteken ervoor (-1.234).")
    B.caption("Tabel 2.1 Overzicht van baten en lasten per programma")
    B.scale()
    hdr = [["Programma", "", "Begroting 2040", "Meerjarenraming", "", "", ""],
           ["", "", "", "2041", "2042", "2043", "2044"]]
    body, merges, centers, bold = [], [], [], []
    for name, l, b in d.BLOCKS:
        r0 = len(body)
        body.append([name, "Lasten"] + [n(x) for x in l])
        body.append(["", "Baten"] + [n(x) for x in b])
        body.append(["", "Saldo"] + [n(x) for x in d.saldo(l, b)])
        merges.append(((r0, 0), (r0 + 2, 0)))
        centers.append((r0, 0))
    body.append(["Onvoorzien", "Lasten"] + [n(x) for x in d.ONVOORZIEN])
    for lab, vals, is_bold in (("Totaal lasten", d.TOT_LASTEN, True), ("Totaal baten", d.TOT_BATEN, True),
                               ("Saldo van baten en lasten", d.SALDO_BL, True),
                               ("Toevoeging aan reserves", d.TOEVOEGING_RES, False),
                               ("Onttrekking aan reserves", d.ONTTREKKING_RES, False),
                               ("Geraamd resultaat", d.RESULTAAT, True)):
        r = len(body)
        body.append([lab, ""] + [n(x) for x in vals])
        merges.append(((r, 0), (r, 1)))
        if is_bold:
            bold.append(r)
    B.table(hdr, body, [4.3, 1.3, 2.3, 2.3, 2.3, 2.3, 2.3], num_from=2, bold_rows=tuple(bold),
            head_merge=[((0, 3), (0, 6)), ((0, 2), (1, 2)), ((0, 0), (1, 0)), ((0, 1), (1, 1))],
            body_merge=merges, valign_center=centers)
    B.note("Toevoegingen aan en onttrekkingen uit reserves zijn als positieve bedragen opgenomen. Geraamd resultaat = "
           "saldo van baten en lasten - toevoeging aan reserves + onttrekking aan reserves.")

    # 3 Programma's
    B.page_break()
    B.h(1, "3 Programma's")
    B.p("Per programma beschrijven we wat we willen bereiken, wat we daarvoor gaan doen en wat het mag kosten. De "
        "beleidsindicatoren komen van waarstaatjegemeente.nl; de taakvelden volgen de indeling van het BBV.")
    for nr, name, l, b in d.PROGRAMMES:
        pr = PROSE[nr]
        if nr > 1:
            B.page_break()
        B.h(2, f"3.{nr} Programma {nr} {name}")
        B.h(3, f"3.{nr}.1 Wat willen we bereiken?", toc=False)
        B.p(pr["bereiken"])
        B.bullets(pr["doelen"])
        B.h(3, f"3.{nr}.2 Wat gaan we daarvoor doen?", toc=False)
        B.bullets(pr["doen"])
        B.h(3, f"3.{nr}.3 Wat mag het kosten?", toc=False)
        B.caption(f"Tabel 3.{nr}a Lasten en baten programma {nr} {name}")
        B.scale()
        prog_table(B, l, b)
        B.p("Toelichting: " + pr["toel"])
        B.h(3, f"3.{nr}.4 Beleidsindicatoren", toc=False)
        B.caption(f"Tabel 3.{nr}b Beleidsindicatoren programma {nr}")
        rows = [[ind, eh, tv, nl, jr, bron] for ind, eh, tv, nl, jr, bron in d.INDICATOREN[nr]]
        B.table([["Indicator", "Eenheid", "Tolsterveld", "Nederland", "Jaartal", "Bron"]], rows,
                [6.0, 3.2, 2.0, 2.0, 1.6, 2.2], num_from=2, repeat=False)
        B.h(3, f"3.{nr}.5 Taakvelden", toc=False)
        B.caption(f"Tabel 3.{nr}c Taakvelden programma {nr} (begroting 2041)")
        B.scale()
        tv = d.TAAKVELDEN[nr]
        rows = [[f"{c} {t}", n(tl), n(tb), n(tb - tl)] for c, t, tl, tb in tv]
        rows.append([f"Totaal programma {nr}", n(l[1]), n(b[1]), n(b[1] - l[1])])
        B.table([["Taakveld", "Lasten", "Baten", "Saldo"]], rows, [8.6, 2.6, 2.6, 2.6], bold_rows=(len(rows) - 1,),
                repeat=False)

    B.page_break()
    B.h(2, "3.6 Algemene dekkingsmiddelen en overhead")
    B.p("De algemene dekkingsmiddelen zijn inkomsten die de gemeente vrij kan besteden: de algemene uitkering uit het "
        "gemeentefonds, de onroerendezaakbelasting (OZB), dividenden en de toeristenbelasting. De overhead omvat alle "
        "kosten van de ondersteuning van het primaire proces; sinds het BBV 2017 worden die centraal begroot.")
    B.caption("Tabel 3.6a Overhead 2041")
    B.scale()
    rows = [[k, n(v)] for k, v in d.OVERHEAD_ROWS] + [["Totaal overhead", n(d.OVERHEAD[1][1])]]
    B.table([["Onderdeel", "Begroting 2041"]], rows, [10.0, 3.5], bold_rows=(len(rows) - 1,), repeat=False)
    B.p(f"De overhead bedraagt {n(round(100 * d.OVERHEAD[1][1] / d.TOT_LASTEN[1], 1), 1)}% van de totale lasten. "
        "De stijging ten opzichte van 2040 komt vooral door de hogere licentiekosten voor informatievoorziening.")

    # 4 Paragrafen
    B.page_break()
    B.h(1, "4 Paragrafen")
    B.h(2, "4.1 Lokale heffingen")
    B.p("Het uitgangspunt is dat de lokale lasten niet meer stijgen dan de inflatie. Voor 2041 rekenen we met een "
        "inflatiecorrectie van 2,5%. De afvalstoffenheffing en de rioolheffing zijn kostendekkend: de tarieven "
        "worden zo vastgesteld dat de opbrengst de kosten dekt, inclusief btw en overhead. De OZB-tarieven zijn een "
        "percentage van de WOZ-waarde.")
    B.h(3, "4.1.1 Tarieven", toc=False)
    B.caption("Tabel 4.1 Tarieven lokale heffingen")
    rows = []
    for lab, a, bb, unit in d.TARIEVEN:
        dec = 4 if unit == "%" else 2
        eh = "% van WOZ-waarde" if unit == "%" else "€ per jaar"
        a_s = pct(a, 4) if unit == "%" else n(a, 2)
        b_s = pct(bb, 4) if unit == "%" else n(bb, 2)
        rows.append([lab, eh, a_s, b_s, pct(100 * (bb / a - 1), 1)])
    B.table([["Heffing", "Eenheid", "2040", "2041", "Stijging"]], rows, [6.6, 3.4, 2.3, 2.3, 2.0], num_from=2,
            repeat=False)
    B.h(3, "4.1.2 Opbrengst heffingen", toc=False)
    B.p("Tabel 4.2 geeft de geraamde opbrengst per heffing. Deze tabel is in hele euro's.")
    B.caption("Tabel 4.2 Opbrengst lokale heffingen")
    B.scale("bedragen in euro's")
    rows = [[k, "€", n(a), "€", n(bb)] for k, a, bb in d.OPBRENGST]
    rows.append(["Totaal", "€", n(d.OPBRENGST_TOT[0]), "€", n(d.OPBRENGST_TOT[1])])
    B.table([["Heffing", "", "Begroting 2040", "", "Begroting 2041"]], rows, [7.2, 0.7, 3.4, 0.7, 3.4],
            num_from=2, bold_rows=(len(rows) - 1,), repeat=False)
    B.p("Tolsterveld heft geen precariobelasting en geen baatbelasting. De opbrengst van de toeristenbelasting "
        "stijgt door de uitbreiding van de camping aan de Oude Sluis.")

    B.h(2, "4.2 Weerstandsvermogen en risicobeheersing")
    B.p("Het weerstandsvermogen is de mate waarin de gemeente financiële tegenvallers kan opvangen zonder het beleid "
        "te hoeven aanpassen. Het is de verhouding tussen de beschikbare en de benodigde weerstandscapaciteit. De "
        "benodigde capaciteit is bepaald met een risicosimulatie met een zekerheidspercentage van 90%.")
    B.caption("Tabel 4.3 Weerstandsvermogen")
    B.scale()
    rows = [["Algemene reserve (stand 31-12-2041)", n(d.ALG_RES_EIND)],
            ["Onbenutte belastingcapaciteit", n(d.ONBENUTTE_BELCAP)],
            ["Post onvoorzien", n(d.ONVOORZIEN[1])],
            ["Beschikbare weerstandscapaciteit", n(d.BESCHIKBAAR)],
            ["Benodigde weerstandscapaciteit", n(d.BENODIGD)],
            ["Weerstandsratio", n(d.RATIO, 2)]]
    B.table([["Onderdeel", "2041"]], rows, [10.0, 3.5], bold_rows=(3, 5), repeat=False)
    B.p("Met een ratio van 1,92 is het weerstandsvermogen ruim voldoende (waarderingsklasse B, ratio tussen 1,4 en "
        "2,0). De raad heeft als norm een ratio van minimaal 1,4 vastgesteld.")
    B.h(3, "4.2.1 Financiële kengetallen", toc=False)
    B.caption("Tabel 4.4 Financiële kengetallen")
    rows = [list(r) for r in d.KENGETALLEN]
    B.table([["Kengetal", "Rekening 2039", "Begroting 2040", "Begroting 2041"]], rows, [8.2, 2.8, 2.8, 2.8],
            repeat=False)
    B.p("De netto schuldquote stijgt door de investeringen in het IKC en de riolering, maar blijft onder de "
        "signaleringswaarde van 100%. De belastingcapaciteit geeft de woonlasten van een meerpersoonshuishouden in "
        "Tolsterveld weer ten opzichte van het landelijk gemiddelde.")

    B.h(2, "4.3 Investeringen")
    B.p("Tabel 4.5 bevat de geplande investeringen met het totale krediet en de verdeling over de jaren. De "
        "kapitaallasten zijn verwerkt in de programma's.")
    B.caption("Tabel 4.5 Investeringsplan 2041-2044")
    B.scale()
    rows = [[o, str(p), n(k), n(a), n(bb), n(c), n(e)] for o, p, k, a, bb, c, e in d.INVESTERINGEN]
    rows.append(["Totaal", ""] + [n(x) for x in d.INV_TOT])
    B.table([["Investering", "Progr.", "Krediet", "2041", "2042", "2043", "2044"]], rows,
            [6.0, 1.3, 2.0, 2.0, 2.0, 2.0, 2.0], num_from=1, bold_rows=(len(rows) - 1,), repeat=False)

    # 5 Financiele begroting
    B.page_break()
    B.h(1, "5 Financiële begroting")
    B.h(2, "5.1 Reserves")
    B.p("Tabel 5.1 toont het verloop van de reserves in 2041. Onttrekkingen zijn als negatief bedrag tussen haakjes "
        "weergegeven, bijvoorbeeld (1.234); de stand per 31 december is de stand per 1 januari plus de toevoeging "
        "min de onttrekking.")
    B.caption("Tabel 5.1 Verloop reserves 2041")
    B.scale()
    rows = [[k, n(a), n(t), par(-o), n(d.RES_EIND[k])] for k, a, t, o in d.RESERVES]
    rows.append(["Totaal", n(d.RES_TOT[0]), n(d.RES_TOT[1]), par(-d.RES_TOT[2]), n(d.RES_TOT[3])])
    B.table([["Reserve", "Stand 1-1-2041", "Toevoeging", "Onttrekking", "Stand 31-12-2041"]], rows,
            [5.8, 2.6, 2.4, 2.4, 3.1], bold_rows=(len(rows) - 1,), repeat=False)
    B.p("De onttrekking uit de Reserve sociaal domein dekt de incidentele lasten van het Transformatieplan "
        "jeugdhulp. De toevoeging aan de algemene reserve is het geraamde voordeel uit grondverkopen.")
    B.h(2, "5.2 Incidentele baten en lasten")
    B.p("Voor het structureel evenwicht is het van belang welke baten en lasten eenmalig zijn. In tabel 5.2 zijn "
        "incidentele lasten als negatief bedrag tussen haakjes weergegeven en incidentele baten als positief bedrag.")
    B.caption("Tabel 5.2 Incidentele baten en lasten")
    B.scale()
    rows = [[o, str(p)] + [par(x) for x in (a, bb, c, e)] for o, p, a, bb, c, e in d.INCIDENTEEL]
    rows.append(["Saldo incidentele baten en lasten", ""] + [par(x) for x in d.INC_SALDO])
    B.table([["Omschrijving", "Progr.", "2041", "2042", "2043", "2044"]], rows, [7.0, 1.3, 2.2, 2.2, 2.2, 2.2],
            bold_rows=(len(rows) - 1,), repeat=False)
    B.p("Zonder de incidentele baten en lasten is de begroting 2041 structureel in evenwicht. Het college stelt de "
        "raad voor de begroting 2041 vast te stellen.")
    B.p("Tolsterveld, 15 september 2040. Het college van burgemeester en wethouders van Tolsterveld.", italic=True)
    return doc


# ----------------------------------------------------------------------------------------------- export
def export(pages, tmp: Path) -> Path:
    doc = build(pages)
    src = tmp / "tolsterveld-programmabegroting-2041.docx"
    doc.save(src)
    prof = tmp / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], check=True, capture_output=True, timeout=240)
    return src.with_suffix(".pdf")


def heading_pages(pdf: Path) -> dict[str, int]:
    npages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True,
                                                                 text=True).stdout).group(1))
    found = {}
    for pg in range(3, npages + 1):   # after the cover and the contents
        txt = subprocess.run(["pdftotext", "-f", str(pg), "-l", str(pg), "-layout", str(pdf), "-"],
                             capture_output=True, text=True).stdout
        lines = [re.sub(r"\s+", " ", ln).strip() for ln in txt.splitlines()]
        for _, t in TOC_ENTRIES:
            if t not in found and t in lines:
                found[t] = pg
    missing = [t for _, t in TOC_ENTRIES if t not in found]
    if missing:
        raise SystemExit(f"headings not found in the PDF: {missing}")
    return found


def main():
    with tempfile.TemporaryDirectory(prefix="ai-docx-") as td:
        tmp = Path(td)
        pdf = export(None, tmp)
        pages = heading_pages(pdf)
        pdf = export(pages, tmp)
        again = heading_pages(pdf)
        if again != pages:
            raise SystemExit(f"contents page numbers moved: {pages} -> {again}")
        CORPUS.mkdir(parents=True, exist_ok=True)
        shutil.copy(pdf, CORPUS / d.MUNI_FILE)
    print(f"wrote {CORPUS / d.MUNI_FILE}")


if __name__ == "__main__":
    main()
