"""Write the fictional Collectie Overijssel "Jaarstukken 2024" as a text PDF in the manner of the Jaarstukken 2023.

reportlab platypus, Liberation Sans (metric twin of the Arial of the 2023 PDF), page 595.22 x 842 pt like the
original.  What is imitated: cover with the title and the contact line; logo top left and two blue squares bottom
right on every page; INHOUDSOPGAVE with dot leaders (two-pass build, page numbers read back); orange sub-headings;
section divider pages "1. JAARVERSLAG", "2. JAARREKENING", "BIJLAGE 1: 2024 IN CIJFERS"; the programme account as
a two-column ruled table (topic | text); every financial table with two header rows (column name over year, the
scale "€ '000" in the first header cell), right-aligned figures with a dot for thousands and "-" for nil or
negative, the budget-year column shaded light blue, the comparative year in grey in the kerncijfers-like tables,
bold totals between rules; the WNT table "(x € 1)"; "€ 185k per jr." in the verplichtingen; the bijlage of year
blocks (caption, year row, value row on a blue band).

Usage: python gen_co_pdf.py CORPUS_DIR
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

import data as d
from fmt import nl, nl_or_dash

FONTDIR = Path("/usr/share/fonts/truetype/liberation2")
if not (FONTDIR / "LiberationSans-Regular.ttf").exists():
    FONTDIR = Path("/usr/share/fonts/truetype/liberation")
pdfmetrics.registerFont(TTFont("LSans", str(FONTDIR / "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LSans-Bold", str(FONTDIR / "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("LSans-Italic", str(FONTDIR / "LiberationSans-Italic.ttf")))
from reportlab.pdfbase.pdfmetrics import registerFontFamily  # noqa: E402

registerFontFamily("LSans", normal="LSans", bold="LSans-Bold", italic="LSans-Italic", boldItalic="LSans-Bold")
rl_config.canvas_basefontname = "LSans"          # no unembedded Helvetica resource on the pages

PAGE = (595.22, 842.0)
ORANGE = colors.HexColor("#E8782A")
DARKBLUE = colors.HexColor("#3D4F9F")
LIGHTBLUE = colors.HexColor("#82BBCD")
SHADE = colors.HexColor("#DCEEF3")
GREY = colors.HexColor("#8A8A8A")
YELLOW = colors.HexColor("#F2B631")
TOCBLUE = colors.HexColor("#4A67B0")
LM, RM = 70.9, 66.0
FRAME_W = PAGE[0] - LM - RM

BODY = ParagraphStyle("body", fontName="LSans", fontSize=10, leading=12.8, alignment=TA_LEFT, spaceAfter=5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10, spaceAfter=2)
NOTE = ParagraphStyle("note", parent=BODY, fontName="LSans-Italic", fontSize=7.5, leading=9.5, spaceAfter=4)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9.5, leading=12.4, spaceAfter=0)
H_NUM = ParagraphStyle("hnum", parent=BODY, fontName="LSans-Bold", fontSize=10, leading=13, spaceBefore=8,
                       spaceAfter=4, keepWithNext=1)
H_OR = ParagraphStyle("hor", parent=BODY, textColor=ORANGE, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2,
                      keepWithNext=1)
H_ORB = ParagraphStyle("horb", parent=H_OR, fontName="LSans-Bold")
H_TITLE = ParagraphStyle("htitle", parent=BODY, fontName="LSans-Bold", fontSize=10, spaceAfter=8)
SUBH = ParagraphStyle("subh", parent=BODY, fontSize=8.5, leading=9.5, spaceAfter=0, textColor=GREY)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=22, bulletIndent=10, spaceAfter=1, bulletFontName="LSans")

MARKS: dict[str, int] = {}


class HP(Paragraph):
    """a heading paragraph that records the page it lands on (read back for the table of contents)"""

    def __init__(self, text, style, key):
        super().__init__(text, style)
        self.key = key

    def draw(self):
        MARKS[self.key] = self.canv.getPageNumber()
        super().draw()


class Mark(Flowable):
    """records the page a heading lands on (read back for the table of contents)"""

    def __init__(self, key):
        super().__init__()
        self.key = key
        self.width = self.height = 0

    def draw(self):
        MARKS[self.key] = self.canv.getPageNumber()


# --------------------------------------------------------------------------------------------- page furniture
def logo(c, x, y, s=48):
    c.saveState()
    c.setStrokeColor(colors.black)
    c.setFillColor(colors.black)
    c.setLineWidth(s * 0.09)
    c.rect(x, y, s, s, stroke=1, fill=0)
    c.line(x + s * 0.45, y + s, x + s * 0.45, y + s * 0.55)
    c.line(x + s * 0.45, y + s * 0.55, x + s * 0.8, y + s * 0.55)
    c.line(x + s * 0.2, y + s * 0.75, x + s * 0.2, y)
    c.circle(x + s * 0.62, y + s * 0.28, s * 0.13, stroke=1, fill=0)
    c.restoreState()


def squares(c):
    c.saveState()
    c.setFillColor(DARKBLUE)
    c.rect(PAGE[0] - 62, 98, 43, 43, stroke=0, fill=1)
    c.setFillColor(LIGHTBLUE)
    c.rect(PAGE[0] - 105, 55, 43, 43, stroke=0, fill=1)
    c.restoreState()


def on_page(c, doc):
    logo(c, 42, PAGE[1] - 98)
    squares(c)
    c.saveState()
    c.setFont("LSans", 7)
    c.drawCentredString(PAGE[0] / 2 + 3, 28, str(c.getPageNumber()))
    c.restoreState()


def on_cover(c, doc):
    c.saveState()
    # top band of squares
    for i, col in enumerate([LIGHTBLUE, LIGHTBLUE, colors.white, colors.black, colors.black, colors.black,
                             colors.black]):
        c.setFillColor(col)
        c.rect(i * 86, PAGE[1] - 100, 86, 100, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.rect(40, PAGE[1] - 150, 78, 110, stroke=0, fill=1)
    logo(c, 50, PAGE[1] - 118, 58)
    c.setFont("LSans-Bold", 26)
    c.setFillColor(colors.black)
    c.drawString(128, PAGE[1] - 196, "Jaarstukken 2024")
    c.setFont("LSans", 15)
    c.drawString(183, PAGE[1] - 228, "Collectie Overijssel")
    # bottom band
    c.setFillColor(DARKBLUE)
    c.rect(0, 0, PAGE[0], 330, stroke=0, fill=1)
    # the "photo": a grey archive picture stand-in
    c.setFillColor(colors.HexColor("#4B4B4B"))
    c.rect(128, 180, 320, 390, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#7A7A7A"))
    for k in range(9):
        c.rect(150 + k * 32, 220 + (k % 3) * 40, 22, 250 - (k % 4) * 30, stroke=0, fill=1)
    c.setFillColor(YELLOW)
    for (x, y) in [(470, 70), (513, 70), (513, 27), (427, 27)]:
        c.rect(x, y, 43, 43, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    c.setFont("LSans", 6.5)
    c.drawString(40, 36, "collectieoverijssel.nl | info@collectieoverijssel.nl | 085 488 50 00")
    c.restoreState()


def on_divider(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor("#3A3A3A"))
    c.rect(0, 0, PAGE[0], PAGE[1], stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#5E5E5E"))
    c.rect(60, 260, 470, 470, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#8C8C8C"))
    c.rect(110, 330, 150, 330, stroke=0, fill=1)
    c.rect(300, 330, 180, 250, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("LSans-Bold", 13)
    c.drawString(40, 110, DIVIDER_TITLE[c.getPageNumber()])
    c.restoreState()


DIVIDER_TITLE: dict[int, str] = {}


class Divider(Flowable):
    def __init__(self, title):
        super().__init__()
        self.title = title
        self.width = self.height = 0

    def draw(self):
        DIVIDER_TITLE[self.canv.getPageNumber()] = self.title


# --------------------------------------------------------------------------------------------- tables
class WholeTable(Table):
    """a financial table is never split over two pages (it moves to the next page as a whole)"""

    def split(self, availWidth, availHeight):
        return []


def fin_table(h1, h2, rows, widths, shade=1, grey=(), first_w=None, font=9.5, header_bold=(True, True),
              align="RIGHT", lines=True, hyphen_head=False):
    """h1/h2: header rows (first cell = table name / scale statement); rows: (label, cells, flag);
    flag '' plain, 'b' bold total between rules, 't' bold total with rule above, 'h' bold group label,
    'blank' an empty (shaded) spacer row"""
    data = [list(h1)] + ([list(h2)] if h2 else [])
    nh = len(data)
    flags = ["H"] * nh
    for label, cells, flag in rows:
        data.append([label] + list(cells))
        flags.append(flag)
    st = [("FONT", (0, 0), (-1, -1), "LSans", font),
          ("FONT", (0, 0), (-1, 0), "LSans-Bold" if header_bold[0] else "LSans", font),
          ("FONT", (0, nh - 1), (-1, nh - 1), "LSans-Bold" if header_bold[1] else "LSans", font),
          ("ALIGN", (1, 0), (-1, -1), align),
          ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
          ("TOPPADDING", (0, 0), (-1, -1), 1.6),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4),
          ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
          ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
          ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.8, colors.black)]
    if shade is not None:
        st.append(("BACKGROUND", (shade, nh), (shade, -1), SHADE))
    for g in grey:
        st.append(("TEXTCOLOR", (g, 0), (g, -1), GREY))
    for i, f in enumerate(flags):
        if f in ("b", "t"):
            st.append(("FONT", (0, i), (-1, i), "LSans-Bold", font))
            st.append(("LINEABOVE", (0, i), (-1, i), 0.8, colors.black))
            if f == "b":
                st.append(("LINEBELOW", (0, i), (-1, i), 0.8, colors.black))
        if f == "h":
            st.append(("FONT", (0, i), (0, i), "LSans-Bold", font))
    if lines:
        st.append(("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black))
    t = WholeTable(data, colWidths=widths, hAlign="LEFT")
    t.setStyle(TableStyle(st))
    return t


def two_col(rows):
    """the programme account: topic | text, ruled rows, a vertical rule between the columns"""
    data = [[Paragraph(a, CELL), [Paragraph(p, CELL) for p in b.split("\n\n")]] for a, b in rows]
    t = Table(data, colWidths=[135, FRAME_W - 135 + 8], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), "LSans", 9.5),
                           ("LINEABOVE", (0, 0), (-1, -1), 0.6, colors.black),
                           ("LINEBEFORE", (1, 0), (1, -1), 0.6, colors.black),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return t


def block(caption, years, values, sub=None, widths=None):
    """a bijlage block: caption, year row (older years grey), optional sub-header, value row on a blue band"""
    n = len(values)
    widths = widths or [FRAME_W / n] * n
    data = [[Paragraph(caption, SMALL)] + [""] * (n - 1), list(years)]
    if sub:
        data.append([Paragraph(x, SUBH) for x in sub])
    data.append(list(values))
    t = Table(data, colWidths=widths, hAlign="LEFT")
    last = len(data) - 1
    st = [("FONT", (0, 0), (-1, -1), "LSans", 8.5), ("SPAN", (0, 0), (-1, 0)),
          ("ALIGN", (0, 0), (-1, -1), "LEFT"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
          ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
          ("BACKGROUND", (0, last), (-1, last), SHADE), ("LINEBELOW", (0, last), (-1, last), 0.8, colors.black),
          ("LINEBELOW", (0, last - 1), (-1, last - 1), 0.4, colors.black)]
    per = n // len(years) if len(years) < n else 1
    for i in range(n - per):
        st.append(("TEXTCOLOR", (i, 1), (i, last), GREY))
    t.setStyle(TableStyle(st))
    return t


def P(text, style=BODY):
    return Paragraph(text, style)


def bullets(items, style=BULLET):
    return [Paragraph(x, style, bulletText="•") for x in items]


def k(v):
    return nl_or_dash(v)


# --------------------------------------------------------------------------------------------- content
TOC = [("Voorwoord", "voorwoord", 0), ("Inleiding", "inleiding", 0), ("1.      Jaarverslag", "jaarverslag", 0),
       ("1.1.       Programmaverantwoording", "1.1", 1), ("1.2.       Paragrafen", "1.2", 1),
       ("1.3.       Subsidieverantwoording - Gemeente Zwolle", "1.3", 1),
       ("2.      Jaarrekening", "jaarrekening", 0), ("2.1.       Baten en Lasten", "2.1", 1),
       ("2.2.       Balans", "2.2", 1), ("2.3.       Grondslagen van waardering en resultaatbepaling", "2.3", 1),
       ("2.4.       Toelichting op Baten en Lasten", "2.4", 1), ("2.5.       Toelichting op Balans", "2.5", 1),
       ("2.6.       Voorstel bestemming resultaat", "2.6", 1), ("2.7.       Wet normering topinkomens (WNT)", "2.7", 1),
       ("2.8.       Vennootschapsbelasting (VpB)", "2.8", 1), ("2.9.       Rechtmatigheid", "2.9", 1),
       ("Bijlage 1: 2024 in cijfers", "bijlage", -1)]


def toc_flowables(pages):
    out = [Spacer(1, 4), P("INHOUDSOPGAVE", ParagraphStyle("toc", parent=BODY, fontName="LSans-Bold",
                                                             textColor=TOCBLUE, fontSize=10.5)), Spacer(1, 26)]
    for label, key, lvl in TOC:
        x0 = {0: 14, 1: 14, -1: 0}[lvl]
        if lvl == 1:
            x0 = 14
        page = str(pages.get(key, 0))
        out.append(TocLine(("     " if lvl == 1 else "") + label, page, x0))
    out.append(Spacer(1, 150))
    out.append(P("foto op titelpagina: Archief Collectie Overijssel", SMALL))
    return out


class TocLine(Flowable):
    def __init__(self, label, page, x0):
        super().__init__()
        self.label, self.page, self.x0 = label, page, x0
        self.width, self.height = FRAME_W, 21

    def draw(self):
        c = self.canv
        c.setFont("LSans", 8.5)
        c.drawString(self.x0, 6, self.label)
        w = pdfmetrics.stringWidth(self.label, "LSans", 8.5)
        pw = pdfmetrics.stringWidth(self.page, "LSans", 8.5)
        dot = pdfmetrics.stringWidth(".", "LSans", 8.5)
        n = int((FRAME_W - 8 - self.x0 - w - pw - 6) / dot)
        c.drawString(self.x0 + w + 3, 6, "." * n)
        c.drawRightString(FRAME_W - 8, 6, self.page)


def story(pages):
    S = []
    B, L = d.C_BATEN, d.C_LASTEN
    # ---------------------------------------------------------------- cover + toc
    S += [NextPageTemplate("normal"), PageBreak()]
    S += toc_flowables(pages)
    S.append(PageBreak())
    # ---------------------------------------------------------------- voorwoord
    S += [HP("Voorwoord", H_TITLE, "voorwoord")]
    S += [P("In 2024 hebben wij het laatste jaar van ons meerjarenbeleidsplan 2021-2024 afgerond. De ambitie om uit "
            "te groeien tot dé collectiebeherende organisatie in Overijssel is daarmee niet af, maar wel een flink "
            "stuk dichterbij gekomen. Onze droom blijft dat iedereen drempelloos toegang heeft tot diverse soorten "
            "Overijsselse erfgoedcollecties, fysiek en digitaal. In november 2024 heeft het Algemeen Bestuur het "
            "nieuwe Meerjarenbeleidsplan 2025-2029 vastgesteld, waarin wij die droom vertalen naar de komende "
            "vijf jaar."),
          P("Het digitale gebruik van onze collecties bleef ook in 2024 sterk groeien. Dankzij de Snelle "
            "Scanservice en het loslaten van de meeste beperkingen op te scannen materiaal werden er ruim 1,6 "
            "miljoen scans bekeken of gedownload. Het fysieke studiezaalbezoek nam verder af, in lijn met de "
            "landelijke trend."),
          P("Voor het nieuwe Collectiecentrum is in 2024 een belangrijke stap gezet. Na de second opinion op de "
            "investeringsraming heeft het Algemeen Bestuur ingestemd met de businesscase en opdracht gegeven voor "
            "een locatiestudie. Met een nieuw Collectiecentrum kunnen wij een kwalitatief beter, duurzamer en "
            "economischer beheer aanbieden, met ruimte voor toekomstige groei."),
          P("In 2024 is het onderzoeksproject HAICu van start gegaan, waarin kunstmatige intelligentie de "
            "resoluties van de Staten van Overijssel beter toegankelijk maakt. Ook verstrekten wij opnieuw "
            "fellowships aan onderzoekers en boden wij plaats aan een erfgoedstarter en stagiairs."),
          P("Financieel sluit Collectie Overijssel 2024 af met een negatief exploitatieresultaat van "
            f"€ {nl(-d.C_RESULTAAT[0] * 1000)},-. Dit resultaat is vooral het gevolg van de geplande uitgaven voor het "
            "project Actualiseren vindplaatsregistratie en het uitgestelde onderhoud, die uit de "
            "bestemmingsreserves worden gedekt."),
          P("In 2025 bouwen we met veel plezier, kennis en kunde verder aan de toegankelijkheid van het "
            "Overijsselse erfgoed!"), Spacer(1, 30), P("Directeur")]
    S.append(PageBreak())
    # ---------------------------------------------------------------- inleiding
    S += [HP("Inleiding", H_TITLE, "inleiding"), Spacer(1, 4), P("Organisatiegegevens", H_OR)]
    org = [("Statutaire naam", "Historisch Centrum Overijssel"), ("Vestigingsadres", "Eikenstraat 20, Zwolle"),
           ("Rechtsvorm", "Openbaar Lichaam (Wet Gemeenschappelijke Regelingen)"),
           ("Deelnemers", "Het Rijk, Gemeente Zwolle, Gemeente Deventer")]
    t = Table(org, colWidths=[120, 330], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 9.5), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    S += [t, Spacer(1, 8), P("Doelstelling", H_OR),
          P("“De regeling wordt getroffen met het doel de belangen van de Minister en de Colleges in "
            "gezamenlijkheid te behartigen, bij alle aangelegenheden betreffende de archiefbescheiden, collecties, "
            "individuele documenten en dergelijke, die berusten in de rijksarchiefbewaarplaats in de provincie en "
            "de archiefbewaarplaatsen van de gemeenten.”(Gemeenschappelijke Regeling HCO 2016, artikel 2.1).")]
    ab = [("Algemeen Bestuur (AB) en Dagelijks Bestuur (DB)", "", "AB", "DB"),
          ("Hans Gerritsen (voorzitter)", "Rijksbestuurder", "V", "V"),
          ("Adriaan Buiks", "Rijksbestuurder", "V", ""),
          ("Monique Schuttenbeld", "Wethouder gemeente Zwolle", "V", "V"),
          ("Paul Guldemond", "Wethouder gemeente Zwolle", "V", ""),
          ("Ilse Duursma", "Wethouder gemeente Deventer", "V", "V"),
          ("Ron König", "Burgemeester gemeente Deventer", "V", "")]
    t = Table(ab, colWidths=[120, 240, 40, 40], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 9.5), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("SPAN", (0, 0), (1, 0)), ("TEXTCOLOR", (2, 0), (3, 0), ORANGE),
                           ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    S += [Spacer(1, 4), t, Spacer(1, 8), P("Directie", H_OR)]
    t = Table([("Vincent Robijn", "Directeur")], colWidths=[120, 300], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 9.5), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    S += [t, PageBreak()]
    # ---------------------------------------------------------------- kerncijfers
    S += [Spacer(1, 6), P("Kerncijfers", H_OR), Spacer(1, 8)]
    w3 = [140, 60, 60]
    R = d.C_RESULTAAT
    S += [fin_table(("Resultaat", "Realisatie", "Realisatie"), ("€ '000", "2024", "2023"),
                    [("Baten", [nl(d.C_BATEN_TOT[0]), nl(d.C_BATEN_TOT[2])], ""),
                     ("Lasten", [nl(-d.C_LASTEN_TOT[0]), nl(-d.C_LASTEN_TOT[2])], ""),
                     ("Exploitatieresultaat", [nl(R[0]), nl(R[2])], ""),
                     ("Mutatie reserves", [nl(-R[0]), nl(-R[2])], ""),
                     ("Resultaat na bestemming", [nl(d.C_NA_BESTEMMING[0]), nl(d.C_NA_BESTEMMING[2])], "t")],
                    w3, grey=(2,)), Spacer(1, 26),
          fin_table(("Balans", "2024", "2023"), None,
                    [("Eigen Vermogen", [nl(d.C_EV_TOT[0]), nl(d.C_EV_TOT[1])], ""),
                     ("Balanstotaal", [nl(d.C_ACTIVA[0]), nl(d.C_ACTIVA[1])], ""),
                     ("Solvabiliteit", [f"{d.C_SOLV[0]}%", f"{d.C_SOLV[1]}%"], "")],
                    w3, grey=(2,)), Spacer(1, 26),
          fin_table(("Personeel", "2024", "2023"), None,
                    [(lab, v, "") for lab, v in d.C_PERS.items()], w3, grey=(2,))]
    # ---------------------------------------------------------------- 1. jaarverslag divider
    S += [NextPageTemplate("divider"), PageBreak(), Divider("1. JAARVERSLAG"), Mark("jaarverslag"),
          NextPageTemplate("normal"), PageBreak()]
    # ---------------------------------------------------------------- 1.1 programmaverantwoording
    S += [HP("1.1. Programmaverantwoording", H_NUM, "1.1"),
          P("Een duurzaam bruikbare Erfgoedcollectie Overijssel: Informatie en inspiratie voor iedereen.<br/>"
            "Dit is ons ultieme doel. Hieronder geven wij de resultaten op onderdelen weer. Zaken die niet zijn "
            "gerealiseerd in 2024 komen terug in het Jaarplan 2025."), P("Groeistrategie", H_ORB)]
    S.append(two_col([
        ("Plan Collectiecentrum",
         "De second opinion op de investeringsraming is in het voorjaar van 2024 afgerond. Op basis daarvan is "
         f"de investeringsraming bijgesteld naar ca. {str(d.C_COLLECTIECENTRUM_RAMING).replace('.', ',')} miljoen "
         "euro, vooral door gestegen bouwkosten en hogere duurzaamheidseisen. In juni 2024 heeft het Algemeen "
         "Bestuur ingestemd met de businesscase en opdracht gegeven voor een locatiestudie in Zwolle. Realisatie "
         "van het Collectiecentrum blijft te financieren binnen de huidige exploitatie en leidt niet tot verhoging "
         "van de bijdragen van de partners in de GR. Ter voorbereiding stellen wij voor een bestemmingsreserve "
         "Collectiecentrum te vormen (zie paragraaf 2.6)."),
        ("Versterken Knooppunt",
         "Na de rondgang langs de historische verenigingen in 2023 hebben wij in 2024 twaalf fysieke workshops "
         "zoeken en vinden georganiseerd, in Zwolle, Deventer en bij verenigingen op locatie. De vernieuwde website "
         "is in oktober 2024 live gegaan, met een eenvoudiger zoekingang voor beginnende onderzoekers.\n\n"
         "Voor het platform MijnStadMijnDorp (MSMD) is samen met de Provincie Overijssel een transitieplan "
         "opgesteld. Het platform wordt ondergebracht bij een nieuwe stichting van de aangesloten historische "
         "verenigingen; Collectie Overijssel blijft technisch partner. De overdracht vindt zorgvuldig en in "
         "afstemming met het netwerk plaats."),
        ("Acquisitiebeleid",
         "Het collectieprofiel en het afwegingskader voor particuliere archieven en collecties zijn in 2024 voor "
         "het eerst toegepast bij alle aanbiedingen van particuliere stukken. Hiermee zijn de criteria die wij "
         "hanteren bij de selectie en aanname transparant. In het Meerjarenbeleidsplan 2025-2029 kiezen wij voor "
         "een proactieve benadering, met name ten behoeve van het meer divers maken van de collectie."),
        ("Herijken en formaliseren afspraken Athenaeumbibliotheek",
         "De samenwerking met Athenaeumbibliotheek op locatie Klooster te Deventer is in 2024 vastgelegd in een "
         "samenwerkingsovereenkomst, met afspraken over de gezamenlijke studiezaal en de openingstijden. In het "
         "licht van eventuele nieuwe huisvesting wordt de overeenkomst jaarlijks geëvalueerd."),
        ("Digital Humanities Artificial Intelligence & Cultural Heritage (HAICu)",
         "Het door NWO gesubsidieerde onderzoeksproject HAICu is in 2024 van start gegaan en loopt tot 2028. "
         "Collectie Overijssel levert de scans van de resoluties van de Staten van Overijssel uit de periode "
         "1578-1795 en begeleidt samen met de Rijksuniversiteit Groningen een promovendus. De bijdrage van NWO "
         f"bedroeg in 2024 € {B['Baten HAICu (NWO)'][0]}k. De resultaten komen beschikbaar in 2028, het jaar dat "
         "de provincie het 500-jarig bestaan viert."),
        ("E-depot voorziening voor particulier archief",
         "In 2024 is het e-depot geschikt gemaakt voor de aanname van digitale particuliere archieven. De eerste "
         "archieven van historische verenigingen zijn digitaal aangenomen."),
    ]))
    S += [Spacer(1, 6), P("Productiviteitsstrategie", H_ORB)]
    S.append(two_col([
        ("Ontwikkelen en implementeren KPI’s en dashboards",
         "In 2024 is de KPI voor het monitoren van klanttevredenheid in gebruik genomen. Klanten van de studiezaal "
         f"en de Snelle Scanservice waarderen onze dienstverlening gemiddeld met een {d.C_KLANTTEVREDENHEID}. Het "
         "dashboard met de KPI’s wordt maandelijks besproken in het managementteam."),
        ("Optimaliseren Snelle Scanservice en KCC",
         f"2024 was het tweede volledige jaar van de Snelle Scanservice. We hebben meer dan {nl(d.C_SCANAANVRAGEN)} "
         f"aanvragen verwerkt en {d.C_SCANS_GEPUBLICEERD} miljoen scans gepubliceerd. Het beleid dat voorziet in "
         "het vrijwel geheel loslaten van de beperkingen voor te scannen materiaal, is per 1 maart 2024 "
         "ingevoerd. De levertijd bleef in de praktijk veelal onder de 5 dagen.\n\n"
         "Het Klantcontactcentrum heeft in 2024 een chatfunctie op de website gekregen."),
        ("Actualiseren vindplaatsregistratie",
         "Het project is in februari 2024 gestart en heeft een verwachte looptijd van twee jaar. In 2024 is de "
         "inhoud van de depots in Zwolle voor ongeveer 60% gecontroleerd en in de vindplaatsregistratie "
         f"vastgelegd. De kosten in 2024 (€ {nl(d.C_ONTTR_DATAKWALITEIT // 1000)}k) worden, zoals voorzien, "
         "bekostigd uit de bestemmingsreserve Datakwaliteit & Collectiebeheer."),
        ("Controle Aanwinstendossiers",
         "De controle van de aanwinstendossiers is ondergebracht in het project Actualiseren "
         "vindplaatsregistratie. Omissies en hiaten die daarbij worden gevonden, worden direct opgelost."),
        ("Toekennen niveau van bruikbaarheid",
         "Met behulp van de KPI ‘niveau van bruikbaarheid ten opzichte van plan / wens’ is in 2024 een plan "
         "opgesteld voor het verhogen van de bruikbaarheid van de meest geraadpleegde archieven."),
        ("Digitaliseren oudste stadsarchieven",
         "De aanbesteding is in het voorjaar van 2024 afgerond. De oudste stadsarchieven van de gemeenten Zwolle "
         "en Deventer zijn gedigitaliseerd en staan sinds december 2024 online."),
        ("Publiceren oudste fotocollecties",
         "Ongeveer 20% van de totale fotocollectie is in 2024 rechtenvrij online gepubliceerd."),
        ("Infrastructuur collectiedata",
         "Op basis van het in 2023 ontwikkelde doellandschap is de aanbesteding van een nieuw "
         "collectiebeheersysteem voorbereid. De aanbesteding start begin 2025."),
        ("Op orde brengen organisatiearchief en intern informatiebeheer",
         "Het beleid voor het informatie- en archiefbeheer van ons organisatiearchief is in 2024 vastgesteld. "
         "Alle medewerkers hebben een training gevolgd in de nieuwe manier van werken."),
    ]))
    S += [Spacer(1, 6), P("Onderscheidend Vermogen", H_ORB)]
    S.append(two_col([
        ("Researchers in residence",
         "Na de positief geëvalueerde pilot verstrekten wij in 2024 opnieuw drie fellowships. De fellows richtten "
         "zich op de archieven van de Zwolse stadsbestuurders in de Hanzetijd, de Deventer houtzaagmolens en de "
         "notariële archieven van Salland. De resultaten zijn gepresenteerd in een openbare lezingenreeks."),
    ]))
    S += [Spacer(1, 6), P("Ondersteunende processen en overige projecten", H_ORB)]
    S.append(two_col([
        ("Organisatiebreed opleidingsplan",
         "Het opleidingsplan is in 2024 vastgesteld. Iedere medewerker heeft een persoonlijk ontwikkelplan, en er "
         "zijn organisatiebrede trainingen gegeven op het gebied van informatieveiligheid en klantcontact."),
        ("Herzien en afsluiten DVO’s",
         "De nieuwe kostendekkende tariefstelling op basis van het productenboek is in 2024 vastgesteld door het "
         "Algemeen Bestuur. Met de DVO-partners zijn nieuwe overeenkomsten gesloten die ingaan per 1 januari 2025."),
        ("Informatiebeveiliging kantoor- en collectiedata",
         "De CISO-dienstverlening is per 2024 gestart. Het jaarplan informatiebeveiliging is uitgevoerd, waardoor "
         "wij op meer onderdelen voldoen aan de BIO (Baseline Informatiebeveiliging Overheid)."),
        ("Meerjarenonderhoudsplan",
         "De in 2023 uitgestelde werkzaamheden aan het pand Eikenstraat/Van Wevelinkhovenstraat in Zwolle zijn in "
         f"2024 uitgevoerd. De kosten (€ {nl(d.C_ONTTR_ONDERHOUD // 1000)}k) worden onttrokken aan de "
         "bestemmingsreserve Onderhoud."),
        ("Benutting leegstand",
         "De publiekshal in pand Eikenstraat/Van Wevelinkhovenstraat in Zwolle is in 2024 tijdelijk verhuurd in het "
         "kader van de gebiedsontwikkeling Noorderkwartier. Klooster 3 in Deventer wordt sinds 2024 gebruikt voor "
         "archiefbewerking."),
    ]))
    S += [Spacer(1, 6), P("Klachtenprocedure", H_OR),
          P(f"Collectie Overijssel hanteert een formele klachtenprocedure. In 2024 is {d.C_KLACHTEN} klacht van een "
            "klant ontvangen. Deze is naar tevredenheid van de klant afgehandeld."),
          P("Integriteit", H_OR),
          P("Collectie Overijssel heeft een externe vertrouwenspersoon. In 2024 heeft deze geen meldingen "
            "ontvangen.")]
    # ---------------------------------------------------------------- 1.2 paragrafen
    S += [CondPageBreak(160), HP("1.2. Paragrafen", H_NUM, "1.2"), P("Weerstandsvermogen en Risicobeheersing", H_OR),
          P("In het verslagjaar zijn risico’s opnieuw beoordeeld. Dit heeft geleid tot een andere verdeling van de "
            "Algemene Reserve over de risico’s, maar niet tot een aanpassing van het totaal. De algemene reserve "
            "voldoet aan de norm dat deze minder dan 10% van de deelnemersbijdragen is. Door het negatieve "
            f"resultaat over 2024 daalt het weerstandsvermogen naar € {d.C_WEERSTAND[0]}k.")]
    S.append(PageBreak())
    S += [fin_table(("Weerstandsvermogen", "Realisatie", "Realisatie"), ("berekening (€ '000)", "2024", "2023"),
                    [("Algemene Reserve", [nl(d.C_ALG_RESERVE), "165"], "t"),
                     ("idem als % deelnemersbijdragen", [f"{d.C_ALG_PCT}%", "3%"], ""),
                     ("", ["", ""], ""),
                     ("Algemene Reserve", [nl(d.C_ALG_RESERVE), "165"], ""),
                     ("Nog te bestemmen resultaat", [nl(d.C_RESULTAAT[0]), nl(d.C_RESULTAAT[2])], ""),
                     ("Weerstandsvermogen", [nl(d.C_WEERSTAND[0]), nl(d.C_WEERSTAND[1])], "t")],
                    [150, 110, 110], grey=(2,)), Spacer(1, 18)]
    S += [fin_table(("Algemene Reserve (€ '000)", "Impact", "Kans", "Reserve"), None,
                    [(lab, [nl(a), f"{b}%", nl(c)], "") for lab, (a, b, c) in d.C_RISICO.items()]
                    + [("Totaal", ["", "", nl(d.C_ALG_RESERVE)], "t")],
                    [150, 60, 60, 60], shade=None), Spacer(1, 10)]
    S += [P("Kengetallen", H_OR),
          fin_table((" Financiële kengetallen", "Realisatie", "Realisatie", ""), (" conform BBV", "2024", "2023", ""),
                    [("Netto Schuldquote", ["<0", "< 0", "Netto schuld / Baten"], ""),
                     ("Solvabiliteit", [f"{d.C_SOLV[0]}%", f"{d.C_SOLV[1]}%", "Eigen vermogen / Balanstotaal"], ""),
                     ("Structurele Exploitatieruimte", [f"{d.C_SER}%", "2%", "Structureel resultaat / Baten"], "")],
                    [150, 75, 110, 130], grey=(2,), font=9), Spacer(1, 8)]
    S += [P("Kapitaalgoederen", H_OR),
          P("Collectie Overijssel heeft geen eigen gebouwen in bezit. Gehuurde c.q. in gebruik zijnde gebouwen zijn:")]
    kg = [("Gebouw", "Soort overeenkomst", "Eigenaar"), ("Eikenstraat 20 Zwolle", "Gebruik", "Rijksvastgoedbedrijf"),
          ("Het Klooster 3+12 Deventer", "Huur", "Gemeente Deventer"), ("Kunstdepot Zwolle", "Huur", "Marktpartij"),
          ("Melkmarkt 41 Zwolle (deels)", "Huur", "Gemeente Zwolle")]
    t = Table(kg, colWidths=[150, 130, 150], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 9.5), ("FONT", (0, 0), (-1, 0), "LSans-Bold", 9.5),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                           ("BACKGROUND", (1, 1), (1, -1), SHADE), ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8)]))
    S += [t, Spacer(1, 8), P("Financiering", H_OR),
          P("Onze interne regelgeving is vastgelegd in ons Treasury Statuut. Per jaareinde waren er geen vaste of "
            "vlottende schulden. Er werd aldus zowel aan de renterisico-norm (vaste schulden) als aan de "
            "kasgeldlimiet (vlottende schulden) voldaan. De renterisiconorm is het maximum van de renteherzieningen "
            "plus aflossingen van de vaste schulden, als % van de baten. De kasgeldlimiet is het maximum van de "
            "netto vlottende schuld, als % van de baten. Van de SNS-kredietfaciliteit (€ 250k) is in 2024 geen "
            "gebruik gemaakt."),
          P("Bedrijfsvoering", H_OR),
          P("De in 2023 ingevoerde organisatiestructuur heeft in 2024 haar beslag gekregen. Onze "
            "bedrijfsvoeringactiviteiten bleven gecentraliseerd in één afdeling Bedrijfsvoering. Ter bevordering "
            "van integriteit en beperking van frauderisico’s zijn een Gedragscode, Klokkenluidersregeling en "
            "Klachtenregeling van kracht. Het Bestuur bewaakt de naleving van de regelgeving m.b.t. "
            "rechtmatigheid. In de Jaarrekening is daartoe een rechtmatigheidsverantwoording opgenomen."),
          P("Verbonden partijen", H_OR),
          P("Een verbonden partij is een organisatie waarin Collectie Overijssel een bestuurlijk en een financieel "
            "belang heeft. Collectie Overijssel had per balansdatum geen verbonden partijen."),
          P("Beleidsindicatoren", H_OR),
          P("Hieronder staan de vijf verplichte BBV-indicatoren vermeld voor het taakveld Bestuur & Ondersteuning.")]
    bi = [("Beleidsindicatoren", "", "2024", "Toelichting")] + [tuple(r) for r in d.C_BELEIDSIND]
    t = Table(bi, colWidths=[145, 95, 50, 170], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 9), ("FONT", (0, 0), (-1, 0), "LSans-Bold", 9),
                           ("FONT", (3, 1), (3, -1), "LSans", 8), ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                           ("BACKGROUND", (1, 1), (-1, -1), SHADE), ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8)]))
    S += [t, Spacer(1, 3),
          P("FTE per inwoner: Fte’s naar rato inwoners Zwolle en Deventer t.o.v. aantal inwoners Zwolle en Deventer",
            NOTE),
          P("Overhead volgens definitie BBV: Alle kosten die samenhangen met de sturing en ondersteuning van het "
            "primaire proces.", NOTE)]
    S += [P("Algemene dekkingsmiddelen", H_OR),
          P("Dit zijn vrij besteedbare baten waar geen directe bestedingsverplichting tegenover staat. Het betreft de "
            "vaste baten van onze GR- en DVO-partners. Subsidies en overige baten vormen hiervan geen onderdeel."),
          fin_table(("Algemene dekkingsmiddelen", "Realisatie", "Realisatie"), ("€ '000", "2024", "2023"),
                    [("Baten GR-deelnemers", [nl(d.C_GR_DEELNEMERS[0]), nl(d.C_GR_DEELNEMERS[1])], ""),
                     ("Baten DVO-partners", [nl(d.C_DVO[0]), nl(d.C_DVO[1])], ""),
                     ("Totaal", [nl(d.C_GR_DEELNEMERS[0] + d.C_DVO[0]), nl(d.C_GR_DEELNEMERS[1] + d.C_DVO[1])], "t")],
                    [160, 100, 140], grey=(2,)), Spacer(1, 8)]
    S += [KeepTogether([
        P("Kasstroom en EMU-saldo - Wet Houdbare Overheidsfinanciën (Wet HOF)", H_OR),
        fin_table(("Kasstroom en EMU-saldo", "Realisatie", "Realisatie"), ("€ '000", "2024", "2023"),
                  [("Exploitatieresultaat", [nl(d.C_RESULTAAT[0]), "137"], ""),
                   ("Mutatie vaste activa", [nl(d.C_MUT_VA), "39"], ""),
                   ("Mutatie voorzieningen", [nl(d.C_MUT_VOORZ), "-143"], ""),
                   ("EMU-saldo", [nl(d.C_EMU), "33"], "t"),
                   ("Mutatie werkkapitaal", [nl(d.C_MUT_WK), "-410"], ""),
                   ("Mutatie financiering", ["0", "0"], ""),
                   ("Kasstroom", [nl(d.C_KASSTROOM), "-377"], "t"),
                   ("", ["", ""], ""),
                   ("Liquide middelen 1 januari", [nl(d.C_LIQ_1JAN), "4.882"], "t"),
                   ("Liquide middelen 31 december", [nl(d.C_LIQ_31DEC), "4.506"], ""),
                   ("Kasstroom", [nl(d.C_KASSTROOM), "-377"], "t")],
                  [160, 100, 140], grey=(2,)),
        P("Liquide middelen: Saldi banken en rekening courant Rijk.", NOTE)])]
    S.append(PageBreak())
    # ---------------------------------------------------------------- 1.3 subsidie
    sub = d.C_SUBSIDIE
    S += [HP("1.3. Subsidieverantwoording - Gemeente Zwolle", H_NUM, "1.3"),
          P("Collectie Overijssel maakte in 2024 gebruik van diverse subsidieregelingen. Hieronder is de "
            "subsidieverantwoording Beheer Museale Collectie (gemeente Zwolle) vermeld. De verantwoording voor "
            "andere subsidies, waaronder van de Provincie Overijssel, NWO en overige subsidiegevers, vindt separaat "
            "plaats. Van subsidieregelingen van de Gemeente Deventer werd geen gebruik gemaakt."),
          P(f"In totaal werd € {d.C_SUBSIDIE_TOTAAL_BESTEED}k besteed aan het beheer van deze museale collectie, "
            f"waarvan € {sub['Beschikking']}k gedekt werd door de subsidie, en € {d.C_SUBSIDIE_INTERN}k uit interne "
            "middelen. Daarmee werden de benodigde beheerkosten nog onvoldoende gedekt door de hoogte van de "
            "subsidie."),
          fin_table(("Subsidie verantwoordingen", "Museale"), ("Gemeente Zwolle (€'000)", "Collectie"),
                    [("Beschikking", [nl(sub["Beschikking"])], "h"),
                     ("Besteed – Personeel", [nl(sub["Besteed – Personeel"])], ""),
                     ("Besteed – Materieel – Huren", [nl(sub["Besteed – Materieel – Huren"])], ""),
                     ("Besteed – Materieel - Overig", [nl(sub["Besteed – Materieel - Overig"])], ""),
                     ("Saldo per jaareinde", [nl(sum(sub.values()))], "t")],
                    [170, 80]),
          P("Beschikking Museale Collectie dd. 19-12-2023 en 25-11-2024", NOTE), Spacer(1, 8),
          P("Museale Collectie", H_OR),
          P("Op 10 juli 2018 hebben de Gemeente Zwolle en Collectie Overijssel een overeenkomst gesloten m.b.t. het "
            "collectiebeheer van de stedelijke museale collectie van de Gemeente Zwolle."),
          P("In opdracht van gemeente Zwolle heeft Collectie Overijssel in 2024 wederom het beheer, de administratie "
            "en het toezicht uitgevoerd van deze stedelijke museale collectie Zwolle."),
          P("Daarnaast werden activiteiten uitgevoerd voor vraagafhandeling, registratie, (preventieve) conservering "
            "en het faciliteren van bruikleenverkeer. In 2024 is bovendien een begin gemaakt met het digitaal "
            "fotograferen van de topstukken van de collectie. Financiering vond plaats op basis van een specifieke "
            "projectsubsidie, verstrekt door gemeente Zwolle."),
          P("Bestede kosten in 2024 betroffen de inzet van personeel van Collectie Overijssel, huurkosten van het "
            "depot (inclusief facilitaire kosten en energie), collectiebeheersoftware, en overige externe kosten "
            "(waaronder inzet van externe expertise).")]
    # ---------------------------------------------------------------- 2. jaarrekening divider
    S += [NextPageTemplate("divider"), PageBreak(), Divider("2. JAARREKENING"), Mark("jaarrekening"),
          NextPageTemplate("normal"), PageBreak()]
    # ---------------------------------------------------------------- 2.1 baten en lasten
    rows = [(lab, [k(v) for v in vals], "") for lab, vals in B.items()]
    rows.append(("Baten", [nl(x) for x in d.C_BATEN_TOT], "t"))
    rows += [(lab, [k(v) for v in vals], "") for lab, vals in L.items()]
    rows.append(("Lasten", [nl(x) for x in d.C_LASTEN_TOT], "b"))
    rows.append(("Resultaat exploitatie", [nl(x) for x in d.C_RESULTAAT], "b"))
    rows.append(("Toevoeging reserves", [nl(x) for x in d.C_TOEVOEGING], ""))
    rows.append(("Onttrekking reserves", [nl(x) for x in d.C_ONTTREKKING], ""))
    rows.append(("Resultaat na bestemming", [nl(x) for x in d.C_NA_BESTEMMING], "b"))
    S += [HP("2.1. Baten en Lasten", H_NUM, "2.1"), Spacer(1, 6),
          fin_table(("Baten en Lasten", "Realisatie", "Begroting", "Realisatie"), ("€ '000", "2024", "2024", "2023"),
                    rows, [170, 70, 65, 56]),
          Spacer(1, 4),
          P("NB: De vermelde begroting betreft de vastgestelde herziene begroting, dd. juni 2024.", SMALL),
          Spacer(1, 10)]
    # ---------------------------------------------------------------- 2.2 balans
    S += [HP("2.2. Balans", H_NUM, "2.2"),
          fin_table(("BALANS", "Realisatie", "Realisatie"), ("€ '000", "2024", "2023"),
                    [("Vaste Activa", [nl(d.C_MVA_TOT[3]), nl(d.C_MVA_TOT[0])], "h"),
                     ("Kortlopende vorderingen", [nl(d.C_VORD_TOT[0]), nl(d.C_VORD_TOT[1])], "t"),
                     ("Liquide middelen", [nl(d.C_LIQ_TOT[0]), nl(d.C_LIQ_TOT[1])], ""),
                     ("Overlopende activa", [nl(d.C_OVERL_TOT[0]), nl(d.C_OVERL_TOT[1])], ""),
                     ("Vlottende activa", [nl(d.C_VLOTTEND[0]), nl(d.C_VLOTTEND[1])], "t"),
                     ("ACTIVA", [nl(d.C_ACTIVA[0]), nl(d.C_ACTIVA[1])], "b"),
                     ("", ["", ""], ""),
                     ("Eigen vermogen", [nl(d.C_EV_TOT[0]), nl(d.C_EV_TOT[1])], "t"),
                     ("Voorzieningen", [nl(d.C_VOORZ_TOT[4]), "234"], ""),
                     ("Vaste schulden", ["0", "0"], ""),
                     ("Vaste Passiva", [nl(d.C_VASTE_PASSIVA[0]), nl(d.C_VASTE_PASSIVA[1])], "t"),
                     ("Vlottende Passiva", [nl(d.C_VP_TOT[0]), nl(d.C_VP_TOT[1])], "t"),
                     ("PASSIVA", [nl(d.C_PASSIVA[0]), nl(d.C_PASSIVA[1])], "b")],
                    [170, 100, 140], shade=1)]
    # ---------------------------------------------------------------- 2.3 grondslagen
    S += [Spacer(1, 8), HP("2.3. Grondslagen van waardering en resultaatbepaling", H_NUM, "2.3")]
    gr = [("Algemeen", None), ("Grondslagen voor het opstellen van de jaarrekening",
                               "Deze jaarrekening is opgesteld in overeenstemming met het Besluit Begroting en "
                               "Verantwoording (BBV). De waardering van activa en passiva en de bepaling van het "
                               "resultaat vinden plaats op basis van historische kosten. Tenzij bij de desbetreffende "
                               "grondslag voor de specifieke balanspost anders wordt vermeld, worden de activa en "
                               "passiva opgenomen tegen nominale waarde."),
          ("Activa en passiva", None),
          ("Materiele vaste activa", "Materiele vaste activa worden gewaardeerd op verkrijgingsprijs verminderd met "
                                     "lineaire afschrijvingen, gebaseerd op economische levensduur. Er wordt "
                                     "afgeschreven vanaf het moment van ingebruikneming."),
          ("Vorderingen, overlopende activa, liquide middelen en vlottende passiva",
           "Deze worden opgenomen tegen nominale waarde. Vorderingen waar nodig onder aftrek van een voorziening voor "
           "het risico van oninbaarheid."),
          ("Eigen vermogen", "De algemene reserve dient als buffer om eventuele toekomstige tegenvallers te kunnen "
                             "opvangen. Bestemmingsreserves zijn reserves waaraan door het bestuur een bepaalde "
                             "bestemming is gegeven."),
          ("Voorzieningen", "Voorzieningen worden gevormd voor in rechte afdwingbare of feitelijke verplichtingen die "
                            "op de balansdatum bestaan, waarbij het waarschijnlijk is dat een uitstroom van middelen "
                            "noodzakelijk is en waarvan de omvang op betrouwbare wijze is te schatten. De "
                            "voorzieningen worden opgenomen voor de nominale waarde."),
          ("Vaste schulden", "Vaste schulden zijn schulden met een resterende looptijd van meer dan een jaar. De "
                             "schulden worden gewaardeerd op de nominale waarde."),
          ("2.3.3. Resultaatbepaling", None),
          ("Algemeen", "Baten en lasten worden toegerekend aan het jaar waarop zij betrekking hebben. Baten worden "
                       "verantwoord in het jaar waarin de opbrengst is gerealiseerd. Lasten worden in aanmerking "
                       "genomen in het jaar waarin deze voorzienbaar zijn."),
          ("Afschrijvingen", "Afschrijvingen worden berekend via vaste percentages van de aanschafwaarde. De "
                             "volgende termijnen worden gehanteerd:")]
    for head, txt in gr:
        S.append(P(f"<u>{head}</u>", ParagraphStyle("u", parent=BODY, keepWithNext=1, textColor=ORANGE if txt is None else
                                                      colors.black, spaceAfter=1)))
        if txt:
            S.append(P(txt))
    t = Table([("•   Bedrijfsgebouwen (renovatie c.q. nieuwbouw)", "25 - 40 jaar"),
               ("•   Installaties, inventaris, meubilair", "10 - 20 jaar"),
               ("•   Automatiseringsapparatuur", "2 - 5 jaar")], colWidths=[250, 100], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 9.5), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5), ("LEFTPADDING", (0, 0), (-1, -1), 14)]))
    S.append(t)
    # ---------------------------------------------------------------- 2.4 toelichting baten en lasten
    S += [Spacer(1, 8), HP("2.4. Toelichting op Baten en Lasten", H_NUM, "2.4"),
          P("Zie paragraaf 2.1 voor de getalsmatige specificatie van baten en lasten."),
          P("Baten", H_OR),
          P("De rijksbijdrage GR was hoger dan begroot door indexeringseffecten. Nieuw is de bijdrage van NWO voor het "
            "onderzoeksproject HAICu. De bijdrage Kenniscomponent van het Rijk is in 2023 geëindigd. Het "
            "Provinciaal Programma was lager dan begroot doordat een deel van de activiteiten naar 2025 is "
            "verschoven."),
          P("Lasten", H_OR),
          P("Salariskosten waren lager dan begroot doordat enkele vacatures later zijn ingevuld; daar stond een "
            "hogere inzet van uitzendkrachten tegenover. De kosten van Organisatie projecten waren lager dan begroot, "
            "omdat de aanbesteding van het nieuwe collectiebeheersysteem naar 2025 is verschoven. De energiekosten "
            f"daalden ten opzichte van 2023 naar € {nl(-L['Huisvesting energie'][0])}k door lagere tarieven. "
            "Huisvestingskosten overig waren hoger dan begroot door het uitgestelde onderhoud aan het pand "
            "Eikenstraat. Renteresultaten bleven gunstig door het nog hoge renteniveau.")]
    S += [KeepTogether([
        P("Structureel begrotingssaldo", H_OR),
        fin_table(("Structureel begrotingssaldo", "Realisatie", "Realisatie"), ("€ '000", "2024", "2023"),
                  [("Resultaat na bestemming", ["0", "0"], "h"),
                   ("Af: Incidentele baten", [nl(-d.C_INCIDENTEEL), "-674"], "t"),
                   ("Bij: Incidentele lasten", [nl(d.C_INCIDENTEEL), "674"], ""),
                   ("Af/Bij: Incidentele reservemutaties", [nl(-d.C_RES_MUT), "137"], ""),
                   ("Structureel begrotingssaldo", [nl(d.C_STRUCTUREEL), "137"], "b"),
                   ("Totale baten", [nl(d.C_BATEN_TOT[0]), "6.918"], ""),
                   ("Structurele exploitatieruimte %", [f"{d.C_SER}%", "2%"], "b")],
                  [170, 100, 140]),
        P("Opstelling op basis van het Gemeenschappelijk Financieel Toezichtkader (GTK).", NOTE)])]
    S += [P("Incidentele baten en lasten betreffen onze meerjaren-subsidieprogramma’s en -rijksbijdrages die op "
            "termijn eindigen. Dit zijn:")]
    t = Table([("•   Provincie Overijssel", "Provinciaal programma ‘Erfgoed verbindt’"),
               ("•   Gemeente Zwolle", "Museale Collectie"), ("•   NWO", "Onderzoeksproject HAICu")],
              colWidths=[140, 260], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 9.5), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5), ("LEFTPADDING", (0, 0), (-1, -1), 14)]))
    S += [t, P("Daarnaast zijn alle reservemutaties incidenteel (tenzij sprake is van reserves kapitaallasten, deze "
               "zijn echter niet van toepassing).")]
    # ---------------------------------------------------------------- 2.5 toelichting balans
    S += [CondPageBreak(120), HP("2.5. Toelichting op Balans", H_NUM, "2.5"), P("Vaste Activa", H_OR),
          fin_table(("Materiele Vaste Activa", "Ultimo", "Ultimo"), ("Bruto en netto boekwaarde", "2024", "2023"),
                    [("Bruto boekwaarde", [nl(d.C_MVA_BRUTO[0]), nl(d.C_MVA_BRUTO[1])], ""),
                     ("Cumulatieve afschrijvingen", [nl(d.C_MVA_CUM[0]), nl(d.C_MVA_CUM[1])], ""),
                     ("Netto boekwaarde", [nl(d.C_MVA_TOT[3]), nl(d.C_MVA_TOT[0])], "t")],
                    [170, 60, 140]), Spacer(1, 14)]
    mrows = [(lab, [nl(v[0]), nl(v[1]) if v[1] else "", nl(v[2]), nl(d.C_MVA_END[lab])], "")
             for lab, v in d.C_MVA.items()]
    mrows.append(("Totaal", [nl(x) for x in d.C_MVA_TOT], "t"))
    S += [fin_table(("Materiele Vaste Activa", "Ultimo", "Invest-", "Afschrij-", "Ultimo"),
                    ("Verloopoverzicht (€ '000)", "2023", "eringen", "vingen", "2024"), mrows,
                    [170, 55, 55, 55, 55], shade=4), Spacer(1, 10)]
    S += [P("Vlottende Activa", H_OR),
          fin_table(("Vlottende Activa", "Ultimo", "Ultimo"), ("€ '000", "2024", "2023"),
                    [(f"  {lab}", [nl(v[0]), nl(v[1])], "") for lab, v in d.C_VORD.items()]
                    + [("Kortlopende Vorderingen", [nl(d.C_VORD_TOT[0]), nl(d.C_VORD_TOT[1])], "t")]
                    + [(f"  {lab}", [nl(v[0]), nl(v[1])], "") for lab, v in d.C_OVERL.items()]
                    + [("Overlopende Activa", [nl(d.C_OVERL_TOT[0]), nl(d.C_OVERL_TOT[1])], "t")]
                    + [(f"  {lab}", [nl(v[0]), nl(v[1])], "") for lab, v in d.C_LIQ.items()]
                    + [(" Liquide Middelen", [nl(d.C_LIQ_TOT[0]), nl(d.C_LIQ_TOT[1])], "t"),
                       ("VLOTTENDE ACTIVA", [nl(d.C_VLOTTEND[0]), nl(d.C_VLOTTEND[1])], "b")],
                    [170, 60, 140]), Spacer(1, 8),
          P("<u>Regeling Schatkistbankieren decentrale overheden</u>", ParagraphStyle("u2", parent=BODY, keepWithNext=1,
                                                                                    spaceAfter=0)),
          P("Decentrale overheden zijn verplicht hun overtollige middelen boven een drempelbedrag in rekening "
            "courant bij het Rijk aan te houden (in de ‘schatkist’). In 2024 werd voldaan aan de Regeling "
            "Schatkistbankieren. Middelen op bankrekeningen buiten de schatkist bedroegen het gehele jaar minder "
            "dan het drempelbedrag van € 1 mln.")]
    S += [CondPageBreak(200), P("Vaste Passiva", H_OR), P("<u>Eigen Vermogen</u>", ParagraphStyle("u4", parent=BODY, keepWithNext=1)),
          fin_table(("Eigen Vermogen", "Ultimo", "Ultimo"), ("€ '000", "2024", "2023"),
                    [("Algemene Reserve", [nl(d.C_ALG_RESERVE), "165"], ""),
                     ("Bestemmingsreserves", [nl(d.C_BESTEMMING[4]), nl(d.C_BESTEMMING[0])], ""),
                     ("Resultaat lopend boekjaar", [nl(d.C_RESULTAAT[0]), nl(d.C_EV_RES_ROW[0])], ""),
                     ("", ["", ""], ""),
                     ("Totaal", [nl(d.C_EV_TOT[0]), nl(d.C_EV_TOT[1])], "t")],
                    [170, 60, 140]), Spacer(1, 14)]
    ev = []
    for lab, v in d.C_EV.items():
        ev.append((lab, [nl(v[0]), nl(v[1]) if v[1] else "", nl(v[2]) if v[2] else "", nl(v[3]) if v[3] else "",
                         nl(d.C_EV_END[lab])], ""))
    bsum = d.C_BESTEMMING
    ev.append(("Subtotaal Bestemmingsreserves", [nl(bsum[0]), nl(bsum[1]), nl(bsum[2]), nl(bsum[3]), nl(bsum[4])],
               "t"))
    ev.append(("Algemene Reserve", [nl(d.C_ALG_RESERVE), "", "", "", nl(d.C_ALG_RESERVE)], ""))
    ev.append(("Resultaat lopend boekjaar", [nl(d.C_EV_RES_ROW[0]), nl(d.C_EV_RES_ROW[1]), "",
                                             nl(d.C_RESULTAAT[0]), nl(d.C_RESULTAAT[0])], ""))
    ev.append(("Totaal Eigen Vermogen", [nl(d.C_EV_TOT[1]), nl(bsum[1] + d.C_EV_RES_ROW[1]), nl(bsum[2]),
                                         nl(bsum[3] + d.C_RESULTAAT[0]), nl(d.C_EV_TOT[0])], "b"))
    S += [fin_table(("Eigen Vermogen - € '000", "Ult.2023", "Resultaat", "Toevoeging", "Onttrekking", "Ult.2024"),
                    None, ev, [146, 55, 62, 64, 66, 55], shade=5)]
    S += [Spacer(1, 6), P("Toelichting Bestemmingsreserves", SMALL)]
    S += bullets(["Onderhoud: Ten behoeve van toekomstig onderhoud van in gebruik zijnde panden. Sinds 2019 is het "
                  "onderhoud van het pand Eikenstraat Zwolle voor onze rekening.",
                  "Datakwaliteit & Collectiebeheer: Ter verbetering van kwaliteit van de data en het collectiebeheer.",
                  "Digitale Dienstverlening: Ter versterking van onze digitale dienstverlening."])
    S += [P("In de kolom Resultaat is de bestemming van het resultaat 2023 verwerkt, zoals vastgesteld door het "
            "Algemeen Bestuur. In het Voorstel Resultaatsbestemming 2024 wordt een onttrekking voorgesteld van de "
            "Reserve Onderhoud en de Reserve Datakwaliteit & Collectiebeheer, ter grootte van de betreffende kosten "
            "in 2024, en een toevoeging aan een nieuw te vormen Reserve Collectiecentrum.")]
    vz = []
    for lab, v in d.C_VOORZ.items():
        vz.append((lab, [nl(v[0]), nl(v[1]) if v[1] else "", nl(v[2]) if v[2] else "", nl(v[3]) if v[3] else "",
                         nl(d.C_VOORZ_END[lab])], ""))
    vz.append(("Totaal", [nl(x) for x in d.C_VOORZ_TOT], "t"))
    S += [KeepTogether([P("<u>Voorzieningen</u>"),
                        fin_table(("Voorzieningen", "Ultimo", "Toevoe-", "Aanwen-", "", "Ultimo"),
                                  ("€ '000", "2023", "gingen", "dingen", "Vrijval", "2024"), vz,
                                  [150, 55, 55, 55, 55, 55], shade=5)]),
          Spacer(1, 6),
          P("Voor arbeidskosten gerelateerde verplichtingen van een jaarlijks vergelijkbaar volume wordt volgens BBV "
            "geen voorziening getroffen. Deze worden verantwoord in het jaar waarin de uitbetaling plaatsvindt."),
          P("De voorziening Organisatie betreft personele lasten gerelateerd aan organisatieaanpassingen. De "
            "voorziening Jubilea is in 2024 voor het eerst gevormd voor toekomstige jubileumuitkeringen."),
          P("<u>Vaste schulden</u>", ParagraphStyle("u3", parent=BODY, spaceAfter=0, keepWithNext=1)),
          P("Per eind 2024 werd geen gebruik gemaakt van leningen. Voor onze SNS-kredietfaciliteit van € 250k zijn "
            "geen zekerheden gesteld. Hiervan is dit jaar ook geen gebruik gemaakt.")]
    # vlottende passiva
    vp = [(lab, [nl(v[0]), nl(v[1])], "") for lab, v in d.C_VP_OVERL.items()]
    vp.append(("Subtotaal overlopende passiva", [nl(d.C_VP_OVERL_TOT[0]), nl(d.C_VP_OVERL_TOT[1])], "t"))
    vp.append(("Crediteuren", [nl(d.C_CREDITEUREN[0]), nl(d.C_CREDITEUREN[1])], ""))
    vp.append(("Subtotaal overige schulden", [nl(d.C_CREDITEUREN[0]), nl(d.C_CREDITEUREN[1])], "t"))
    vp.append(("Totaal", [nl(d.C_VP_TOT[0]), nl(d.C_VP_TOT[1])], "b"))
    S += [CondPageBreak(300), P("Vlottende passiva", H_OR),
          fin_table(("Vlottende Passiva", "Ultimo", "Ultimo"), ("€ '000", "2024", "2023"), vp, [250, 60, 90],
                    grey=(2,)), Spacer(1, 12)]
    vs = [("A. Europese overheden", ["0", "0", "0", "0"], "h")]
    for grp, head in (("B", "B. Het Rijk"), ("C", "C. Overige NL overheden")):
        for lab, v in d.C_VOORSCHOT[grp].items():
            vs.append((lab, [nl(v[0]), nl(v[1]) if v[1] else "", nl(v[2]) if v[2] else "", nl(sum(v))], ""))
        tot = d.C_VS_B if grp == "B" else d.C_VS_C
        vs.append((head, [nl(x) for x in tot], "h"))
    vs.append(("Totaal", [nl(x) for x in d.C_VS_TOT], "t"))
    S += [fin_table(("Voorschotbedragen", "Ultimo", "Ontvangen", "Vrijgevallen", "Ultimo"),
                    ("Te besteden specifieke uitkeringen", "2023", "bedragen", "bedragen", "2024"), vs,
                    [200, 50, 62, 68, 50], shade=4, font=9),
          P("Door het Bestuur is in 2020 besloten om 75% van de genoemde digitaliserings-bijdragen van de gemeente "
            "Zwolle en het Nationaal Archief (e-depot bijdragen) in te zetten voor digitale dienstverlening aan het "
            "publiek.", NOTE), Spacer(1, 8)]
    S += [P("Niet uit de balans blijkende verplichtingen", H_OR)]
    vr = [("Langlopende verplichting", "Type", "Kosten", "Periode", "Contractpartij")] + [tuple(r) for r in d.C_VERPL]
    t = Table(vr, colWidths=[150, 45, 75, 95, 105], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 8.5), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                           ("TOPPADDING", (0, 0), (-1, -1), 0.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2)]))
    S += [t, Spacer(1, 3)] + bullets(["Collectie Overijssel heeft geen waarborgen of garanties verstrekt."])
    S.append(PageBreak())
    # ---------------------------------------------------------------- 2.6 voorstel
    S += [P("Gebeurtenissen na balansdatum", H_OR),
          P("Er hebben zich geen gebeurtenissen na balansdatum voorgedaan die relevant zijn voor de jaarrekening. In "
            "het voorjaar van 2025 wordt de uitkomst van de locatiestudie voor het Collectiecentrum verwacht."),
          HP("2.6.    Voorstel bestemming resultaat", H_NUM, "2.6"),
          P("Statutaire bepalingen over resultaatbestemming (artikel 26 van de Gemeenschappelijke Regeling):<br/>Een "
            "batig saldo kan worden bestemd voor toevoeging aan de reserve, of worden uitbetaald. Een nadelig saldo "
            "wordt ten laste van de reserves gebracht."),
          P("Het Bestuur besluit:")]
    S += bullets([f"De jaarrekening 2024 vast te stellen, met als resultaat € {nl(-d.C_RESULTAAT[0] * 1000)},- "
                  "negatief",
                  f"een bedrag van € {nl(d.C_ONTTR_DATAKWALITEIT)},- te onttrekken aan de bestemmingsreserve "
                  "Datakwaliteit & Collectiebeheer",
                  f"een bedrag van € {nl(d.C_ONTTR_ONDERHOUD)},- te onttrekken aan de bestemmingsreserve Onderhoud",
                  f"een bedrag van € {nl(d.C_TOEV_COLLECTIECENTRUM)},- toe te voegen aan een nieuw te vormen "
                  "bestemmingsreserve Collectiecentrum."])
    S += [Spacer(1, 10),
          fin_table(("Te bestemmen resultaat", "2024"), ("€ '000", "Voorstel"),
                    [("Te bestemmen resultaat", [nl(d.C_RESULTAAT[0])], ""),
                     ("Onttrekking aan reserves", [nl(d.C_ONTTREKKING[0])], ""),
                     ("Subtotaal", [nl(d.C_RESULTAAT[0] + d.C_ONTTREKKING[0])], "t"),
                     ("Toevoeging aan reserves", [nl(d.C_TOEVOEGING[0])], ""),
                     ("Resultaat na bestemming", [nl(d.C_NA_BESTEMMING[0])], "b")], [170, 60]), Spacer(1, 14)]
    # ---------------------------------------------------------------- 2.7 WNT
    w = [("Functiegegevens", ["Directeur", "Directeur"], ""), ("Aanvang functievervulling", ["01/01", "01/01"], ""),
         ("Einde functievervulling", ["31/12", "31/12"], ""), ("Omvang dienstverband (FTE)", ["1,0", "1,0"], ""),
         ("Dienstbetrekking?", ["Ja", "Ja"], ""), ("Bezoldiging", ["", ""], ""),
         ("Beloning plus belastbare onkostenvergoedingen", [nl(d.C_WNT_BELONING[0]), nl(d.C_WNT_BELONING[1])], ""),
         ("Beloningen betaalbaar op termijn", [nl(d.C_WNT_TERMIJN[0]), nl(d.C_WNT_TERMIJN[1])], ""),
         ("Subtotaal", [nl(d.C_WNT_SUB[0]), nl(d.C_WNT_SUB[1])], "t"),
         ("Individueel toepasselijke bezoldigingsmaximum", [nl(d.C_WNT_MAX[0]), nl(d.C_WNT_MAX[1])], ""),
         ("-/- Onverschuldigd betaald en nog niet terugontvangen bedrag", ["N.v.t.", "N.v.t."], ""),
         ("Reden waarom de overschrijding al dan niet is toegestaan", ["N.v.t.", "N.v.t."], ""),
         ("Toelichting op de vordering wegens onverschuldigde betaling", ["N.v.t.", "N.v.t."], ""),
         ("Bezoldiging", [nl(d.C_WNT_SUB[0]), nl(d.C_WNT_SUB[1])], "b")]
    S += [HP("2.7. Wet normering topinkomens (WNT)", H_NUM, "2.7"), P("Bezoldiging topfunctionarissen:"),
          fin_table(("Dhr. V. Robijn (x € 1)", "2024", "2023"), None, w, [265, 70, 70], grey=(2,), font=9)]
    S.append(PageBreak())
    S += [P("Topfunctionarissen en gewezen topfunctionarissen met een bezoldiging van € 1.900 of minder:")]
    wb = [("Naam", "Functie", "Dagelijks Bestuur", "Algemeen Bestuur"),
          ("Dhr. J.C. Gerritsen", "Voorzitter bestuur", "V", "V"), ("Mevr. H.M.M. Schuttenbeld", "Lid bestuur", "V", "V"),
          ("Dhr. P. Guldemond", "Lid bestuur", "", "V"), ("Dhr. A.H. Buiks", "Lid bestuur", "", "V"),
          ("Mevr. I. Duursma", "Lid bestuur", "V", "V"), ("Dhr. R.C. König", "Lid bestuur", "", "V")]
    t = Table(wb, colWidths=[150, 100, 100, 100], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 9), ("ALIGN", (2, 0), (-1, -1), "CENTER"),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 0.8),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2)]))
    S += [t, Spacer(1, 18)]
    # ---------------------------------------------------------------- 2.8, 2.9
    S += [HP("2.8. Vennootschapsbelasting (VpB)", H_NUM, "2.8"),
          P("Sinds 2016 tot heden is er meermalen contact geweest met de Belastingdienst, met als uitkomst:")]
    S += bullets(["Het uitvoeren van archief-wettelijke taken voor een overheidsorgaan o.b.v. een DVO valt niet onder "
                  "de VpB.", "Activiteiten waarvoor VpB van toepassing zou kunnen zijn, zijn in 2018 beëindigd."])
    S += [HP("2.9. Rechtmatigheid", H_NUM, "2.9"), P("Rechtmatigheid – Verantwoordelijkheid Bestuur", H_OR),
          P("In deze rechtmatigheidsverantwoording geeft het Dagelijks Bestuur aan in hoeverre de in de jaarrekening "
            "verantwoorde baten en lasten, en ook de balansmutaties, rechtmatig tot stand zijn gekomen. Dit houdt in "
            "dat deze in overeenstemming zijn met de door het Algemeen Bestuur vastgestelde kaders zoals de begroting "
            "en verordeningen, en met bepalingen in de relevante wet- en regelgeving. Deze verantwoording betreft de "
            "rechtmatige uitvoering van de taken en omvat het begrotings-, voorwaarden-, en misbruik- en oneigenlijk "
            "gebruik criterium bij de desbetreffende financiële beheerhandelingen en transacties."),
          P("Deze verantwoording hanteert een grensbedrag omdat alleen de van belang zijnde aspecten in de "
            "verantwoording hoeven te worden betrokken. Deze grens is door het Algemeen Bestuur bepaald en bedraagt "
            "3% van de totale lasten inclusief mutaties in de reserves."),
          P("Conclusie", H_OR),
          P("Het Dagelijks Bestuur is van mening dat de in deze jaarrekening verantwoorde baten en lasten en ook de "
            "balansmutaties rechtmatig tot stand zijn gekomen binnen de daarvoor gestelde grens. De geconstateerde "
            "afwijkingen betreffen: Er waren geen geconstateerde afwijkingen.")]
    # ---------------------------------------------------------------- bijlage
    S += [NextPageTemplate("divider"), PageBreak(), Divider("BIJLAGE 1: 2024 IN CIJFERS"), Mark("bijlage"),
          NextPageTemplate("normal"), PageBreak()]
    YRS = ["2022", "2023", "2024"]
    bl = d.C_BIJLAGE
    S += [P("Vanuit onze strategiekaart zijn een aantal pijlers benoemd waarop we willen meten, (bij)sturen en "
            "rapporteren. Deze zijn nog in ontwikkeling en worden de komende jaren stapsgewijs toegevoegd aan de "
            "jaarstukken."), P("Mate van gebruik/Hergebruik", H_OR)]
    cap = "Aantal scans dat is bekeken en/of gedownload is via de toegangen op onze website"
    S += [block(cap, YRS, bl[cap]), Spacer(1, 12)]
    # two blocks side by side
    w6 = [40, 40, 95, 40, 40, 95]
    left = "Aantal fysieke raadplegingen van stukken / inventarisnummers op onze studiezalen"
    right = "Vragen per chat/telefoon/e-mail (totaal)"
    data = [[Paragraph(left, SMALL), "", "", Paragraph(right, SMALL), "", ""], YRS + YRS,
            bl["Aantal fysieke raadplegingen van stukken"] + bl[right]]
    t = Table(data, colWidths=w6, hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 8.5), ("SPAN", (0, 0), (2, 0)), ("SPAN", (3, 0), (5, 0)),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                           ("BACKGROUND", (0, 2), (1, 2), SHADE), ("BACKGROUND", (3, 2), (4, 2), SHADE),
                           ("TEXTCOLOR", (0, 1), (1, 2), GREY), ("TEXTCOLOR", (3, 1), (4, 2), GREY),
                           ("LINEBELOW", (0, 2), (2, 2), 0.8, colors.black),
                           ("LINEBELOW", (3, 2), (5, 2), 0.8, colors.black)]))
    S += [t, Spacer(1, 12)]
    bz = d.C_BEZOEKEN
    S += [block("Fysieke bezoeken naar locatie", ["2022", "", "2023", "", "2024", ""],
                [x for y in YRS for x in bz[y]], sub=["Deventer", "Zwolle"] * 3), Spacer(1, 12),
          P("Niveaus van Bruikbaarheid", H_OR),
          block("Aantal stukken / inventarisnummers aanvraagbaar via de toegangen op onze website.", YRS,
                d.C_AANVRAAGBAAR), Spacer(1, 12), P("Bedrijfsvoering", H_OR)]
    for cap in ("FTE’s (jaareinde)", "FTE gemiddeld (over gehele jaar)", "Aantal medewerkers per jaareinde"):
        S += [block(cap, YRS, bl[cap]), Spacer(1, 12)]
    S.append(PageBreak())
    S += [block("FTE bezetting (per 1000 inwoners)", YRS, bl["FTE bezetting (per 1000 inwoners)"]), Spacer(1, 12),
          block("Man/Vrouw verdeling (Aantal medewerkers)", ["2022", "", "2023", "", "2024", ""],
                [x for y in YRS for x in d.C_MANVROUW[y]], sub=["Man", "Vrouw"] * 3), Spacer(1, 12)]
    for cap in ("Gemiddelde leeftijd", "Inhuur tov Personeelskosten (%)"):
        S += [block(cap, YRS, bl[cap]), Spacer(1, 12)]
    data = [[Paragraph("Ziekteverzuim (%)", SMALL), "", "", Paragraph("Ziekteverzuim frequentie", SMALL), "", ""],
            YRS + YRS, [d.C_VERZUIM[y][0] for y in YRS] + [d.C_VERZUIM[y][1] for y in YRS]]
    t = Table(data, colWidths=w6, hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 8.5), ("SPAN", (0, 0), (2, 0)), ("SPAN", (3, 0), (5, 0)),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                           ("BACKGROUND", (0, 2), (1, 2), SHADE), ("BACKGROUND", (3, 2), (4, 2), SHADE),
                           ("TEXTCOLOR", (0, 1), (1, 2), GREY), ("TEXTCOLOR", (3, 1), (4, 2), GREY),
                           ("LINEBELOW", (0, 2), (2, 2), 0.8, colors.black),
                           ("LINEBELOW", (3, 2), (5, 2), 0.8, colors.black)]))
    S += [t, Spacer(1, 12)]
    cap = "Kosten per inwoner van gemeente Zwolle en Deventer"
    S += [block(cap, YRS, bl[cap]), Spacer(1, 12),
          block("Beveiligingsincidenten (privacy)", ["2022", "", "2023", "", "2024", ""],
                [x for y in YRS for x in d.C_INCIDENTEN[y]], sub=["Totaal", "Waarvan gemeld bij AP"] * 3),
          Spacer(1, 12)]
    for cap in ("Formele klachten", "Meldingen vertrouwenspersoon"):
        S += [block(cap, YRS, bl[cap]), Spacer(1, 12)]
    return S


def build(path):
    def make():
        doc = BaseDocTemplate(str(path), pagesize=PAGE, leftMargin=LM, rightMargin=RM, topMargin=118,
                              bottomMargin=100, title="Jaarstukken 2024 Collectie Overijssel", initialFontName="LSans",
                              author="Collectie Overijssel", creator="set-an gen_co_pdf.py (fictional edition)")
        fr = Frame(LM, 100, FRAME_W, PAGE[1] - 118 - 100, id="f", leftPadding=0, rightPadding=0, topPadding=0,
                   bottomPadding=0)
        doc.addPageTemplates([PageTemplate("cover", [fr], onPage=on_cover),
                              PageTemplate("normal", [fr], onPage=on_page),
                              PageTemplate("divider", [Frame(LM, 70, FRAME_W, 100, id="dv")], onPageEnd=on_divider)])
        return doc

    pages: dict[str, int] = {}
    for _ in range(3):                                   # until the table of contents settles
        MARKS.clear()
        DIVIDER_TITLE.clear()
        make().build(story(pages))
        if MARKS == pages:
            break
        pages = dict(MARKS)
    else:
        raise SystemExit("table of contents did not settle")
    return pages


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus") / d.C_FILE
    pages = build(out)
    print(f"{d.C_FILE}: headings on pages {pages}")
