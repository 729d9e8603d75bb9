"""Write the fictional Wassenaar "Begroting 2025" as an A4 text PDF (reportlab) in the manner of the Begroting 2024:
cover with "BEGROTING 2025", colofon and typed table of contents with dot leaders, dark-green heading bars,
programmes P1..P5 with "Wat willen we bereiken ?", "Wat gaan we daarvoor doen ?", "Wat gaat het kosten ?",
ruled tables with captions "Tabel n.m - ...", two-row column headers ("Rekening" over "2023"), the budget-year
column shaded, "( "-"= nadeel / "+"= voordeel ) bedragen x € 1.000" in the header cell, whole-euro tables
(investeringen, taakvelden), tariffs with decimal commas, kengetallen, reserves.

Usage: python gen_wassenaar_pdf.py CORPUS_DIR
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents

import data as d
from fmt import nl_dec, nl_int

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DV-B", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DV-I", str(FONT_DIR / "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DV-BI", str(FONT_DIR / "DejaVuSans-BoldOblique.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")

GREEN = colors.HexColor("#43600F")       # dark heading bars
LGREEN = colors.HexColor("#7E9F2B")      # light bar (overzicht per taakveld)
TITLEGREEN = colors.HexColor("#6E8F2A")
GREY = colors.HexColor("#D9D9D9")
PAGE_W, PAGE_H = A4
LM, RM, TM, BM = 56, 50, 62, 62
W = PAGE_W - LM - RM

BODY = ParagraphStyle("body", fontName="DV", fontSize=8.3, leading=13.2, spaceAfter=5)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="DV-B", spaceBefore=6, spaceAfter=3)
SUB = ParagraphStyle("sub", parent=BODY, fontName="DV-B", fontSize=9, spaceBefore=8, spaceAfter=4)
CAP = ParagraphStyle("cap", parent=BODY, fontSize=8.3, spaceBefore=8, spaceAfter=4)
LIST = ParagraphStyle("list", parent=BODY, leftIndent=14, bulletIndent=2, spaceAfter=1)
NOTE = ParagraphStyle("note", parent=BODY, fontSize=6.8, leading=9.5)
CELL = ParagraphStyle("cell", fontName="DV", fontSize=6.6, leading=8.2)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="DV-B")
CELLR = ParagraphStyle("cellr", parent=CELL, alignment=TA_RIGHT)
CELLBR = ParagraphStyle("cellbr", parent=CELLB, alignment=TA_RIGHT)
CELLC = ParagraphStyle("cellc", parent=CELLB, alignment=TA_CENTER)
BAR = ParagraphStyle("bar", fontName="DV-B", fontSize=10.5, leading=14, textColor=colors.white)
TOC1 = ParagraphStyle("toc1", fontName="DV-B", fontSize=8.3, leading=13)
TOC2 = ParagraphStyle("toc2", fontName="DV", fontSize=8.3, leading=12.5, leftIndent=8)

K = "x € 1.000"
PN = '( "-"= nadeel / "+"= voordeel ) bedragen x € 1.000'


def n(v):
    return nl_int(v)


def dash(v):
    return "-" if v == 0 else nl_int(v)


class Bar(Table):
    """a full-width heading bar; toc_level marks it for the table of contents"""

    def __init__(self, text, level=1, color=GREEN, toc=True):
        super().__init__([[Paragraph(text, BAR)]], colWidths=[W])
        self.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), color),
                                  ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 5)]))
        self.toc_text = text if toc else None
        self.toc_level = level


class Doc(BaseDocTemplate):
    def __init__(self, path):
        super().__init__(str(path), pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
                         title="Begroting 2025", author="Gemeente Wassenaar", subject="Begroting 2025")
        frame = Frame(LM, BM, W, PAGE_H - TM - BM, id="f", leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        self.addPageTemplates([PageTemplate("cover", [frame], onPage=cover),
                               PageTemplate("body", [frame], onPage=footer)])

    def afterFlowable(self, fl):
        if getattr(fl, "toc_text", None):
            self.notify("TOCEntry", (max(fl.toc_level - 1, 0), fl.toc_text, self.page))


def cover(c, doc):
    c.saveState()
    c.setFont("DV-B", 13)
    c.drawRightString(PAGE_W - 60, PAGE_H - 100, "Gemeente Wassenaar")
    c.setStrokeColor(TITLEGREEN)
    c.setLineWidth(1.2)
    p = c.beginPath()
    p.moveTo(40, PAGE_H - 125)
    p.curveTo(200, PAGE_H - 130, 400, PAGE_H - 150, PAGE_W - 20, PAGE_H - 175)
    c.drawPath(p, stroke=1, fill=0)
    c.setFillColor(TITLEGREEN)
    c.setFont("DV-B", 26)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 245, "BEGROTING 2025")
    # a simple picture: sky, the molen and the flower bed
    x0, y0, w, h = 150, 150, PAGE_W - 300, 400
    c.setFillColor(colors.HexColor("#2F6FC0"))
    c.rect(x0, y0 + 120, w, h - 120, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#C9D94A"))
    c.rect(x0, y0, w, 120, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#3B3B3B"))
    mx = x0 + w / 2
    p = c.beginPath()
    p.moveTo(mx - 35, y0 + 120)
    p.lineTo(mx - 20, y0 + 290)
    p.lineTo(mx + 20, y0 + 290)
    p.lineTo(mx + 35, y0 + 120)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setStrokeColor(colors.HexColor("#E8E0C8"))
    c.setLineWidth(3)
    for dx, dy in ((110, 70), (-110, -70), (70, -110), (-70, 110)):
        c.line(mx, y0 + 290, mx + dx, y0 + 290 + dy)
    c.setFont("DV", 7)
    c.setFillColor(colors.black)
    c.restoreState()


def footer(c, doc):
    c.saveState()
    c.setFont("DV", 8)
    c.drawRightString(PAGE_W - RM, 40, str(doc.page))
    c.restoreState()


def P(text, st=BODY):
    return Paragraph(text, st)


def bullets(items):
    return [Paragraph(t, LIST, bulletText="•") for t in items]


def grid(rows, widths, head=1, shade_col=None, bold_rows=(), grey_rows=(), green_rows=(), font=6.6,
         left_cols=(0,), span=(), repeat=None):
    """a ruled table; rows are lists of str/Paragraph"""
    t = Table(rows, colWidths=widths, repeatRows=head if repeat is None else repeat)
    st = [("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTSIZE", (0, 0), (-1, -1), font),
          ("LEADING", (0, 0), (-1, -1), font + 1.6),
          ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
          ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
          ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
          ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
          ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
          ("FONTNAME", (0, 0), (-1, head - 1), "DV-B")]
    for c in left_cols:
        st.append(("ALIGN", (c, 0), (c, -1), "LEFT"))
    if shade_col is not None:
        st.append(("BACKGROUND", (shade_col, head), (shade_col, -1), GREY))
    for r in bold_rows:
        st.append(("FONTNAME", (0, r), (-1, r), "DV-B"))
    for r in grey_rows:
        st.append(("BACKGROUND", (0, r), (-1, r), GREY))
    for r in green_rows:
        st += [("BACKGROUND", (0, r), (-1, r), GREEN), ("TEXTCOLOR", (0, r), (-1, r), colors.white),
               ("FONTNAME", (0, r), (-1, r), "DV-B")]
    for a, b in span:
        st.append(("SPAN", a, b))
    t.setStyle(TableStyle(st))
    return t


def caption(text, right=None):
    if right:
        return Table([[Paragraph(text, CAP), Paragraph(right, ParagraphStyle("r", parent=CAP, alignment=TA_RIGHT))]],
                     colWidths=[W * 0.7, W * 0.3], style=[("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                         ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                                         ("VALIGN", (0, 0), (-1, -1), "BOTTOM")])
    return Paragraph(text, CAP)


def block(cap, table, right=None, head=None):
    return KeepTogether(([P(head, SUB)] if head else []) + [caption(cap, right), table])


# ------------------------------------------------------------------------------------------- programme tables
def prog_table(num, p):
    hdr1 = [""] + [c.split()[0] for c in d.W_COLS]
    hdr2 = [Paragraph(PN, ParagraphStyle("pn", parent=CELL, fontSize=5.2, leading=6.5))] + [c.split()[1] for c in
                                                                                           d.W_COLS]
    rows = [hdr1, hdr2,
            ["Baten"] + [n(v) for v in d.W_BATEN[p]],
            ["Lasten"] + [n(v) for v in d.W_LASTEN[p]],
            ["Saldo van baten en lasten"] + [n(v) for v in d.W_SALDO[p]],
            ["Onttrekking reserves"] + [n(v) for v in d.W_ONTT[p]],
            ["Toevoeging reserves"] + [n(v) for v in d.W_TOEV[p]],
            ["Mutaties reserves"] + [n(v) for v in d.W_MUT[p]],
            ["Geraamde resultaat"] + [n(v) for v in d.W_RES[p]]]
    t = grid(rows, [W * 0.37] + [W * 0.105] * 6, head=2, shade_col=3, bold_rows=(4, 8), grey_rows=(4, 7, 8))
    return block(f"Tabel {num} - Baten en lasten {p}", t, head="Programma")


def inv_table(num, label, rows_in, cols=("2025", "2026", "2027", "2028")):
    hdr1 = [label, Paragraph("Reeds beschikbaar gesteld krediet of begrote investering", CELLC),
            Paragraph("Beschikbaar te stellen krediet", CELLC), "Meerjarenbeeld", "", "", "Totaal"]
    hdr2 = ["", "", cols[0], cols[1], cols[2], cols[3], ""]
    rows = [hdr1, hdr2]
    tot = [0] * 5
    for name, v in rows_in:
        rows.append([Paragraph(name, CELL)] + [dash(x) for x in v] + [n(sum(v))])
        tot = [a + b for a, b in zip(tot, v)]
    rows.append(["Totaal"] + [dash(x) for x in tot] + [n(sum(tot))])
    t = grid(rows, [W * 0.28, W * 0.14, W * 0.13, W * 0.1, W * 0.1, W * 0.1, W * 0.15], head=2, shade_col=2,
             bold_rows=(len(rows) - 1,), span=[((3, 0), (5, 0))])
    return block(f"Tabel {num} - Investeringen {label.replace('Programma ', 'P')}", t)


# ------------------------------------------------------------------------------------------- content
def inleiding():
    s = []
    s.append(Bar("Inleiding", 2))
    s.append(Spacer(1, 10))
    s += [P("Beste Wassenaarders,"),
          P("Voor u ligt de begroting 2025, het belangrijkste financiële stuk van de gemeente. Hierin worden de "
            "maatschappelijke ambities, die de gemeente samen met inwoners, ondernemers en maatschappelijke "
            "organisaties wil uitvoeren, van financiën voorzien. Het is de manier om te laten zien dat Wassenaar "
            "financieel op orde blijft en waar de gemeente ons belastinggeld aan uitgeeft."),
          P("Hoe ons huishoudboekje op orde blijft", BOLD),
          P("De begroting 2025 is sluitend. Na verwerking van de meicirculaire 2024 en de kadernota 2025 resteert "
            f"een klein positief saldo van € {n(d.RESULT_EUR)}. Elke euro aan lopende uitgaven aan bijvoorbeeld "
            "sport, jeugdzorg, cultuur of verkeersveiligheid is voorzien van structurele inkomsten via het "
            "gemeentefonds of de belastingen."),
          P("Het jaar 2026: een ravijnjaar", BOLD),
          P("Vanaf 2026 daalt de algemene uitkering uit het gemeentefonds fors, doordat het Rijk de bijdrage aan "
            "gemeenten niet langer laat meegroeien met de rijksuitgaven. Daardoor laat de meerjarenraming voor "
            f"2026 een tekort zien van € {nl_dec(-d.TOT_RES[3] / 1000, 1)} miljoen. Wij nemen dat tekort serieus, "
            "maar dekken het nu niet met bezuinigingen op voorzieningen. Samen met de VNG en de gemeenten in onze "
            "regio vragen wij het nieuwe kabinet om een structurele oplossing. In de kadernota 2026 komen wij met "
            "voorstellen als die oplossing uitblijft."),
          P("Lastenontwikkeling voor inwoners", BOLD),
          P("De onroerendezaakbelasting stijgt alleen trendmatig, met het inflatiepercentage van 2,9%. De "
            "afvalstoffenheffing wordt in 2025 voor het eerst volledig kostendekkend; daardoor stijgen de "
            "afvaltarieven met 4,7%. De toeristenbelasting stijgt eveneens trendmatig."),
          P("Met hartelijke groet,<br/>Namens het College van burgemeester en wethouders,"),
          P("Wethouder Financiën, Economie en Sport"),
          Spacer(1, 8),
          Bar("Leeswijzer", 2),
          Spacer(1, 8),
          P("De kern van de begroting bestaat uit vijf programma’s: P1 Veiligheid en Handhaving, P2 Mens en "
            "Maatschappij, P3 Bestuur en Middelen, P4 Fysieke Leefomgeving en P5 Natuur, Klimaat en Mobiliteit. "
            "Ieder programma is op dezelfde manier opgebouwd: de visie en de doelstellingen (Wat willen we "
            "bereiken ?), de belangrijkste resultaten voor 2025 (Wat gaan we daarvoor doen ?) en het financiële "
            "plaatje (Wat gaat het kosten ?)."),
          P("In de financiële tabellen staan de cijfers van de jaarrekening 2023 (kolom Rekening 2023), de "
            "begroting 2024 inclusief de wijzigingen tot en met de voorjaarsnota 2024 (kolom Begroting 2024), "
            "de begroting voor 2025 en de meerjarenraming 2026-2028 (kolommen Raming 2026 tot en met Raming 2028). "
            "Tenzij anders vermeld zijn de bedragen in de tabellen x € 1.000; een min-teken betekent een nadeel "
            "(lasten), een plus-teken een voordeel (baten). Het overzicht van baten en lasten per taakveld en de "
            "tabellen met investeringen zijn in hele euro’s."),
          PageBreak()]
    return s


def p1():
    s = [Bar("P1 Veiligheid en Handhaving", 2), Spacer(1, 6), Bar("Wat willen we bereiken ?", 3, toc=False),
         P("Visie", BOLD),
         P("Een dorp waar mensen veilig en goed leven, wonen, werken en zich thuis voelen. Het hebben van een "
           "schone, hele en veilige leefomgeving is daarbij een randvoorwaarde."),
         P("Doelstellingen", BOLD)]
    s += [P(t) for t in ["1. Stellen van veiligheidsprioriteiten;", "2. Handhaving van de openbare orde;",
                         "3. Snel en mensgericht helpen bij onbegrepen gedrag en meervoudige problematiek;",
                         "4. Bestrijden van ondermijnende criminaliteit;",
                         "5. Het mogelijk maken van evenementen binnen duidelijke kaders."]]
    s += [Bar("Wat gaan we daarvoor doen ?", 3, toc=False), P("Belangrijkste resultaten 2025", BOLD),
          P("1.1 Uitgevoerd jaarplan 2025 integraal veiligheidsbeleid 2024-2027"),
          P("2.1 Handhavingsplan openbare orde vastgesteld en boa’s ingezet in het centrum en aan het strand"),
          P("3.1 De Lokale Kamer Zorg en Veiligheid draait een volledig jaar"),
          P("4.1 Geactualiseerd Bibob-beleid toegepast bij vergunningen en vastgoedtransacties"),
          Bar("Wat gaat het kosten ?", 3, toc=False), P("Investeringen", SUB),
          inv_table("1.1", "Programma 1", [("Tractie handhaving", [0, 60000, 0, 0, 0]),
                                             ("Camera’s centrum", [0, 45000, 0, 0, 0])]),
          prog_table("1.2", d.P1),
          P("Toelichting begroot 2025", BOLD),
          P("<b>Bijdrage Veiligheidsregio Haaglanden (hogere lasten € 48.000)</b><br/>Op basis van de begroting "
            "2025 van de Veiligheidsregio Haaglanden (VRH) is de bijdrage van Wassenaar € 48.000 hoger dan in "
            "2024."),
          P("<b>Cameratoezicht centrum (hogere lasten € 12.000)</b><br/>Na de investering in camera’s in het "
            "centrum zijn er jaarlijkse kosten voor beheer en uitlezen."),
          PageBreak()]
    return s


def p2():
    s = [Bar("P2 Mens en Maatschappij", 2), Spacer(1, 6), Bar("Wat willen we bereiken ?", 3, toc=False),
         P("Visie", BOLD),
         P("Wassenaar is een inclusieve gemeente, waar iedereen prettig kan leven. Een plek waar onze kinderen "
           "gezond en veilig kunnen opgroeien en waar onze ouderen langer vitaal kunnen blijven. We behouden goede "
           "welzijns- en zorgvoorzieningen. De gemeente, inwoners en maatschappelijke instellingen ondersteunen "
           "elkaar. Om de kwaliteit en toegankelijkheid van zorg te garanderen, moet deze in financieel en "
           "maatschappelijk opzicht en qua personele bezetting houdbaar zijn. Dat vraagt om scherpe keuzes, "
           "waarbij de mens centraal staat."),
         P("Doelstellingen", BOLD)]
    s += [P(t) for t in ["1. Een sterk maatschappelijk middenveld; focus op preventie",
                         "2. Sociaal Team Wassenaar; integrale samenwerking in het sociaal domein",
                         "3. Jeugd; beheersbare jeugdhulp en meer betrokkenheid van de jeugd",
                         "4. Bestaanszekerheid; niemand hoeft in Wassenaar in armoede te leven",
                         "5. Inclusie; iedereen doet mee in Wassenaar",
                         "6. Sport en cultuur; lichamelijke en geestelijke gezondheid en verbinding tussen de "
                         "inwoners",
                         "7. Gezondheidszorg; voldoende huisartsenzorg voor de inwoners in en om Wassenaar"]]
    s += [Bar("Wat gaan we daarvoor doen ?", 3, toc=False), P("Belangrijkste resultaten 2025", BOLD)]
    s += [P(t) for t in [
        "1.1 Uitvoering van het Beleidsplan Sociaal Domein 2025-2028 ‘Samen gezond in Wassenaar’",
        "1.2 Respijtzorg voor mantelzorgers is beschikbaar via één loket",
        "2.1 Het Sociaal Team Wassenaar werkt volledig zelfstandig na de ontvlechting van de DVO met Voorschoten",
        "3.1 Jeugdbeleid vastgesteld, inclusief een plan voor jeugdparticipatie",
        "3.2 Het jongerencentrum aan de Dr. Mansveltkade is structureel open",
        "4.1 Het herziene minimabeleid is ingevoerd",
        "5.1 Uitvoering van het actieplan lokale inclusieagenda",
        "6.1 Sportvisie 2025-2030 vastgesteld en de nieuwe sporthal volledig in gebruik"]]
    s += [P("Toelichting", BOLD),
          P("<b>1.1 Beleidsplan Sociaal Domein 2025-2028</b><br/>In 2024 heeft de raad het nieuwe Beleidsplan "
            "Sociaal Domein 2025-2028 ‘Samen gezond in Wassenaar’ vastgesteld. De nadruk ligt op preventie, "
            "gezondheid en het versterken van de eigen kracht en het netwerk van inwoners. De bevolking vergrijst "
            "en ook bij jongeren neemt de vraag naar ondersteuning toe; het beleidsplan geeft aan hoe we die vraag "
            "betaalbaar en leverbaar houden."),
          P("<b>2.1 Sociaal Team Wassenaar zelfstandig</b><br/>Met ingang van 2025 voert Wassenaar de taken in het "
            "sociaal domein volledig zelfstandig uit. De dienstverleningsovereenkomst met Voorschoten is beëindigd "
            "en de ontvlechting is afgerond. Het Sociaal Team Wassenaar (STW) is de integrale toegang voor Wmo, "
            "jeugdhulp, participatie en schuldhulpverlening."),
          P("<b>3.1 Jeugd</b><br/>De uitgaven voor jeugdhulp blijven stijgen. De tarieven van de jeugdhulpaanbieders "
            "in de regio Haaglanden stijgen door hogere loonkosten, en het aantal jeugdigen met een "
            "behandeltraject in de jeugd-GGZ neemt toe. We zetten in op de maatregelen uit de Hervormingsagenda "
            "Jeugd: een sterke lokale preventieve basis, de praktijkondersteuner jeugd bij de huisartsen en het "
            "normaliseren van alledaagse opvoedvragen. Doel is stabilisering van de uitgaven vanaf 2026."),
          P("<b>4.1 Herzien minimabeleid</b><br/>Het herziene minimabeleid gaat per 1 januari 2025 in. De "
            "inkomensgrens voor de minimaregelingen gaat van 120% naar 130% van het sociaal minimum, zodat meer "
            "werkende huishoudens met een laag inkomen ondersteuning krijgen. Daarnaast komt er een vast "
            "kindpakket voor sport, cultuur en schoolkosten en wordt de vroegsignalering van schulden uitgebreid."),
          P("Projecten en investeringen", BOLD),
          P("<b>Opvang Oekraïense ontheemden</b><br/>Sinds maart 2022 vangt Wassenaar Oekraïense ontheemden op. "
            f"Op dit moment worden {d.OEKRAINE_GEMEENTELIJK} personen opgevangen op gemeentelijke opvanglocaties. "
            f"Voor deze opvang is een jaarlijks budget van € {n(d.OEKRAINE_BUDGET)} beschikbaar. De uitgaven worden "
            "via een specifieke uitkering vergoed door het Rijk. Omdat het Rijk de normbedragen per 2025 verlaagt, "
            "is het budget lager dan in 2024. De opvanglocatie in het voormalige ANWB-hoofdkantoor is tot medio "
            "2026 beschikbaar."),
          P("<b>Jongerencentrum Dr. Mansveltkade</b><br/>De pilot met het jongerencentrum is positief geëvalueerd. "
            "Vanaf 2025 is het centrum structureel geopend als ontmoetingsplek voor jongeren; de inrichting wordt "
            "vervangen en het jongerenwerk is drie avonden per week aanwezig."),
          P("Effectindicatoren", SUB)]
    e_rows = [["Effectindicator", "Peilwaarde", "Streefwaarde", "Streefwaarde", "Streefwaarde", "Streefwaarde"],
              ["", "", "Begroting", "Begroting", "Begroting", "Begroting"],
              ["", "", "2025", "2026", "2027", "2028"]]
    for name, peil, vals in d.EFF_P2:
        e_rows.append([Paragraph(name, CELL), peil] + vals)
    s.append(block("Tabel 2.1 - Effectindicatoren P2 Mens en Maatschappij",
                   grid(e_rows, [W * 0.36, W * 0.16] + [W * 0.12] * 4, head=3)))
    s.append(P("*Percentage van de volwassenen 19+ met een hoge eenzaamheidsscore", NOTE))
    s += [Bar("Wat gaat het kosten ?", 3, toc=False), P("Investeringen", SUB),
          inv_table("2.2", "Programma 2", d.INV_P2), prog_table("2.3", d.P2),
          P("Toelichting begroot 2025", BOLD)]
    toel = [
        ("Jeugdhulp (hogere lasten € 690.000)",
         "De tarieven voor jeugdhulp in de regio Haaglanden stijgen met gemiddeld 6,4% door de loon- en "
         "prijsontwikkeling. Daarnaast is het aantal jeugdigen met jeugd-GGZ zonder verblijf gestegen. Het "
         "budget voor de jeugdhulp wordt daarom structureel verhoogd."),
        ("Opvang ontheemden Oekraïne (lagere baten € 400.000/lagere lasten € 400.000)",
         "Het Rijk verlaagt de normbedragen voor de opvang. Baten en lasten dalen daardoor met hetzelfde bedrag; "
         "de opvang blijft budgetneutraal."),
        ("Exploitatie multifunctionele sporthal (hogere lasten € 385.000)",
         "De nieuwe sporthal aan de Dr. Mansveltkade is sinds het voorjaar van 2024 in gebruik. In 2025 telt de "
         "instandhoudingsvergoeding aan Kieviten Sporthal Beheer BV voor het eerst een volledig jaar mee."),
        ("Hulp bij het huishouden (hogere lasten € 125.000)",
         "Door de vergrijzing en het abonnementstarief neemt het aantal cliënten met hulp bij het huishouden "
         "verder toe."),
        ("Herzien minimabeleid (hogere lasten € 180.000)",
         "De verhoging van de inkomensgrens naar 130% van het sociaal minimum en het kindpakket leiden tot "
         "hogere uitgaven aan de minimaregelingen."),
        ("Ontvlechting sociaal domein (lagere lasten € 200.000)",
         "De incidentele kosten voor ontvlechting, transitie en opbouw die in 2024 waren geraamd, vervallen in "
         "2025."),
    ]
    for h, t in toel:
        s.append(P(f"<b>{h}</b><br/>{t}"))
    s.append(PageBreak())
    return s


def p3():
    s = [Bar("P3 Bestuur en middelen", 2), Spacer(1, 6), Bar("Wat willen we bereiken ?", 3, toc=False),
         P("Visie", BOLD),
         P("Wassenaar wil een financieel gezonde gemeente zijn. Zorgvuldige en transparante besluitvorming vormt het "
           "uitgangspunt van ons handelen. De gemeente treedt verbindend op en behartigt het algemeen belang met oog "
           "voor het individu."),
         P("Doelstellingen", BOLD),
         P("1. De gemeente houdt de financiën op orde met een structureel sluitende begroting"),
         P("2. Een wendbare ambtelijke organisatie die het sociaal domein zelfstandig uitvoert"),
         P("3. Dienstverlening die inwoners en ondernemers helpt: klik, bel, kom"),
         P("4. Een gerestaureerd bestuurscentrum in De Paauw"),
         Bar("Wat gaat het kosten ?", 3, toc=False)]
    e_rows = [["Effectindicator", "Peilwaarde", "Streefwaarde", "Streefwaarde", "Streefwaarde"],
              ["", "(begin 2024)", "eind 2025", "eind 2026", "eind 2027"],
              [Paragraph("Rekening-courant verhouding met het Rijk blijft positief", CELL), "€ 11,2 mln",
               "€ 6,1 mln", "€ 2,4 mln", "€ 0 mln"]]
    s.append(block("Tabel 3.1 - Effectindicatoren P3 Bestuur en Middelen",
                   grid(e_rows, [W * 0.4] + [W * 0.15] * 4, head=2)))
    s += [P("Investeringen", SUB),
          inv_table("3.2", "Programma 3", [("De Paauw restauratie / verbouwing raadhuis", [12230000, 0, 0, 0, 0]),
                                             ("ICT Investeringen", [0, 60000, 1000000, 0, 0]),
                                             ("Duurzaamheid in eigen panden", [0, 350000, 350000, 0, 0])]),
          prog_table("3.3", d.P3),
          P("Toelichting begroot 2025", BOLD),
          P("<b>Algemene uitkering (hogere baten € 1.650.000)</b><br/>De algemene uitkering uit het gemeentefonds is "
            "geraamd op basis van de meicirculaire 2024. Voor 2026 en verder daalt de uitkering door het loslaten van "
            "de normeringssystematiek."),
          PageBreak()]
    return s


def p4():
    s = [Bar("P4 Fysieke leefomgeving", 2), Spacer(1, 6), Bar("Wat willen we bereiken ?", 3, toc=False),
         P("Visie", BOLD),
         P("Wassenaar is een groen dorp met een herkenbaar karakter, waar voldoende betaalbare woningen zijn voor "
           "starters, ouderen en gezinnen. Ruimtelijke ontwikkelingen passen bij dat karakter."),
         P("Doelstellingen", BOLD),
         P("1. Meer betaalbare woningen, onder meer op de locatie van de huidige gemeentewerf"),
         P("2. Goede en duurzame onderwijshuisvesting"),
         P("3. Een zorgvuldige uitvoering van de Omgevingswet"),
         Bar("Wat gaat het kosten ?", 3, toc=False), P("Investeringen", SUB),
         inv_table("4.1", "Programma 4", [("Nieuwbouw SKOW (eerste tranche)", [0, 1250000, 4800000, 0, 0]),
                                           ("Sanering gemeentewerf", [1000000, 500000, 0, 0, 0])]),
         prog_table("4.2", d.P4),
         P("Toelichting begroot 2025", BOLD),
         P("<b>Sanering gemeentewerf (incidentele lasten € 900.000)</b><br/>De sanering van de grond van de "
           "gemeentewerf loopt door in 2025. De lasten worden gedekt uit de algemene reserve."),
         PageBreak()]
    return s


def p5():
    s = [Bar("P5 Natuur, klimaat en Mobiliteit", 2), Spacer(1, 6), Bar("Wat willen we bereiken ?", 3, toc=False),
         P("Visie", BOLD),
         P("Wassenaar koestert zijn landgoederen, duinen en strand. We werken aan een klimaatbestendige, "
           "verkeersveilige en schone leefomgeving en aan de energietransitie."),
         P("Doelstellingen", BOLD),
         P("1. Een verkeersveilig dorp met goede verbindingen"),
         P("2. Minder restafval en meer afvalscheiding"),
         P("3. Uitvoering van de Lokale Energiestrategie"),
         Bar("Wat gaat het kosten ?", 3, toc=False), P("Investeringen", SUB),
         inv_table("5.1", "Programma 5", [("Vervanging riolering Kerkehout", [0, 1450000, 0, 0, 0]),
                                           ("Herinrichting Rijksstraatweg fase 2", [0, 0, 2100000, 0, 0])]),
         prog_table("5.2", d.P5),
         P("Toelichting begroot 2025", BOLD),
         P("<b>Afvalinzameling en -verwerking (hogere lasten € 148.000)</b><br/>De verwerkingstarieven van Avalex "
           "en de rijksbelasting op het verbranden van restafval stijgen. De kosten worden volledig doorberekend in "
           "de afvalstoffenheffing, die in 2025 100% kostendekkend is."),
         PageBreak()]
    return s


def indicatoren_recap():
    s = [Bar("Beleidsindicatoren", 2), Spacer(1, 4)]
    rows = [["Progr.", "Nr.", "Naam Indicator", "Eenheid", "Bron", Paragraph("Cijfer Wassenaar (jaartal)", CELLBR),
             Paragraph("Vergelijkingscijfer Nederland (jaartal)", CELLBR)]]
    for r in [("2", "17.", "Absoluut verzuim", "Aantal per 1.000 leerlingen", "DUO", "1,1 (2023)", "2,4 (2023)"),
              ("2", "18.", "Relatief verzuim", "Aantal per 1.000 leerlingen", "DUO", "15 (2023)", "22 (2023)"),
              ("2", "20.", "Niet-sporters", "%", "CBS", "43,1% (2022)", "46,1% (2022)"),
              ("2", "23.", "Kinderen in uitkeringsgezin", "% kinderen tot 18 jaar", "CBS", "4% (2023)", "6% (2023)"),
              ("2", "27.", "Personen met een bijstandsuitkering", "Aantal per 10.000 inwoners", "CBS",
               "246,3 (2023)", "387,5 (2023)"),
              ("2", "29.", "Jongeren met jeugdhulp", "% van alle jongeren tot 18 jaar", "CBS", "8,7% (2023)",
               "10,5% (2023)"),
              ("2", "30.", "Jongeren met jeugdbescherming", "% van alle jongeren tot 18 jaar", "CBS", "0,5% (2023)",
               "0,9% (2023)"),
              ("2", "32.", "Cliënten met een maatwerkarrangement WMO", "Aantal per 10.000 inwoners", "CBS",
               "468 (2023)", "672 (2023)"),
              ("4", "35.", "Gemiddelde WOZ waarde", "Duizend euro", "CBS", "752 (2024)", "387 (2024)"),
              ("5", "33.", "Omvang huishoudelijk restafval", "Kg/inwoner", "CBS", "211 (2022)", "163 (2022)")]:
        rows.append([r[0], r[1], Paragraph(r[2], CELL), Paragraph(r[3], CELL), r[4], r[5], r[6]])
    s.append(block("Tabel 6.1 - Beleidsindicatoren per programma",
                   grid(rows, [W * 0.07, W * 0.06, W * 0.27, W * 0.2, W * 0.08, W * 0.16, W * 0.16], head=1,
                        left_cols=(0, 1, 2, 3, 4))))
    s += [Spacer(1, 6), Bar("Recapitulatie", 2), Spacer(1, 4)]
    h1 = ["Programma's"] + sum([[y.split()[0], "", ""] for y in d.REC_YEARS], [])
    h2 = ["bedragen x € 1.000,-"] + sum([[y.split()[1], "", ""] for y in d.REC_YEARS], [])
    h3 = ['("-"=nadeel/"+"= voordeel )'] + ["baten", "lasten", "saldo"] * 4
    rows = [h1, h2, h3]

    def line(label, b, l_):
        out = [label]
        for j in range(4):
            out += [n(b[j]), n(l_[j]), n(b[j] + l_[j]) if j else None]
        return out

    def rec_row(label, b, l_, s_=None):
        out = [label]
        for j in range(4):
            out += [n(b[j]), n(l_[j]), n(s_[j] if s_ else b[j] + l_[j])]
        return out

    yi = [2, 3, 4, 5]
    for p in d.PROGS:
        if p == d.P3:
            b = d.P3R_B
            l_ = d.P3R_L
            s_ = [d.k(d.P3R_B_EUR + d.P3R_L_EUR)] + [b[j] + l_[j] for j in (1, 2, 3)]
        else:
            b = [d.W_BATEN[p][i] for i in yi]
            l_ = [d.W_LASTEN[p][i] for i in yi]
            s_ = [d.W_SALDO[p][i] for i in yi]
        rows.append(rec_row(" " + p, b, l_, s_))
    tp_s = [d.k(sum(d.PS_EUR[p] for p in d.PROGS if p != d.P3) + d.P3R_B_EUR + d.P3R_L_EUR)] + \
           [d.REC_PROG_B[j] + d.REC_PROG_L[j] for j in (1, 2, 3)]
    rows.append(rec_row(" Totaal programma's", d.REC_PROG_B, d.REC_PROG_L, tp_s))
    adm_s = [d.k(d.ADM_B_EUR + d.ADM_L_EUR)] + [d.ADM_B[j] + d.ADM_L[j] for j in (1, 2, 3)]
    rows.append(rec_row("Algemene dekkingsmiddelen", d.ADM_B, d.ADM_L, adm_s))
    oh_s = [d.k(d.TVD["0.4"][3])] + [d.OH_B[j] + d.OH_L[j] for j in (1, 2, 3)]
    rows.append(rec_row("Overhead", d.OH_B, d.OH_L, oh_s))
    rows.append(rec_row("Heffing vennootschapsbelasting", [0] * 4, [0] * 4))
    rows.append(rec_row("Onvoorzien", [0] * 4, d.ONV_L))
    rows.append(rec_row("Saldo van baten en lasten", [d.TOT_B[i] for i in yi], [d.TOT_L[i] for i in yi],
                        [d.TOT_S[i] for i in yi]))
    rows.append(rec_row("Mutaties reserves", [d.TOT_ONTT[i] for i in yi], [d.TOT_TOEV[i] for i in yi],
                        [d.TOT_MUT[i] for i in yi]))
    rows.append(rec_row("Geraamde resultaat", [d.TOT_B[i] + d.TOT_ONTT[i] if i != 2 else d.k(d.TOT_B_EUR + sum(
        d.RES_ONTT_2025.values())) for i in yi], [d.TOT_L[i] + d.TOT_TOEV[i] for i in yi],
                        [d.TOT_RES[i] for i in yi]))
    wid = [W * 0.22] + [W * 0.065] * 12
    sp = [((1 + 3 * j, 0), (3 + 3 * j, 0)) for j in range(4)] + [((1 + 3 * j, 1), (3 + 3 * j, 1)) for j in range(4)]
    t = grid(rows, wid, head=3, font=5.6, bold_rows=(8, 13, 15), grey_rows=(8, 13, 15), span=sp)
    t.setStyle(TableStyle([("ALIGN", (1, 0), (-1, 1), "CENTER")]))
    s.append(block("Tabel 6.2 - Recapitulatie alle programma's (samenvattend overzicht)", t))
    s.append(P("* De Algemene dekkingsmiddelen (taakveld 0.5, 0.61, 0.62, 0.64, 0.7 en de baten van taakveld 0.8), "
               "de overhead (taakveld 0.4), de heffing vennootschapsbelasting (taakveld 0.9) en het bedrag voor "
               "onvoorzien (de lasten van taakveld 0.8) zijn in deze tabel apart zichtbaar gemaakt en in mindering "
               "gebracht op programma P3.", NOTE))
    s.append(PageBreak())
    return s


def heffingen():
    s = [Bar("Paragraaf Lokale heffingen", 2), Spacer(1, 6),
         P("1.1 Inleiding", BOLD),
         P("In deze paragraaf wordt inzicht gegeven in de door de gemeente Wassenaar geheven belastingen, "
           "bestemmingsheffingen en rechten. Voor de bestemmingsheffingen en de rechten geldt dat de tarieven "
           "maximaal kostendekkend mogen zijn."),
         P("1.2 Beleid lokale heffingen", BOLD),
         P("Onder het motto “de gebruiker betaalt” is het uitgangspunt dat heffingen zoveel mogelijk kostendekkend "
           f"zijn. Voor afval was in 2024 de kostendekkendheid {nl_dec(d.AFVAL_DEKKING[0])}%. In 2025 wordt de "
           "afvalstoffenheffing voor het eerst volledig (100%) kostendekkend. De baten van belastingen en rechten "
           "zijn voor 2025 aangepast met het door het CPB geraamde inflatiepercentage van 2,9%."),
         P("1.3 Overzicht geraamde baten belastingen en rechten", BOLD)]
    rows = [["Opbrengst belastingen", "raming", "raming", "mutatie t.o.v."], ["", "2024", "2025", "2024"]]
    for lab, a, b in d.OPBR:
        rows.append([lab, n(a), n(b), n(b - a)])
        if lab == "BIZ-bijdrage pandeigenaren centrum":
            rows.append(["", "", "", ""])
    rows.append(["sub totaal opbrengst", n(d.OPBR_SUB[0]), n(d.OPBR_SUB[1]), n(d.OPBR_SUB[1] - d.OPBR_SUB[0])])
    rows.append(["af: kwijtscheldingen", n(d.KWIJT[0]), n(d.KWIJT[1]), n(d.KWIJT[1] - d.KWIJT[0])])
    rows.append(["netto opbrengst", n(d.OPBR_NET[0]), n(d.OPBR_NET[1]), n(d.OPBR_NET[1] - d.OPBR_NET[0])])
    s.append(block("Tabel 7.1 - Opbrengst uit belastingen",
                   grid(rows, [W * 0.46, W * 0.18, W * 0.18, W * 0.18], head=2, shade_col=2,
                        bold_rows=(len(rows) - 1,)), right="bedragen x € 1.000"))
    s += [P("1.4 Belastingen", BOLD),
          P("De aanslag OZB wordt voor het belastingjaar 2025 gebaseerd op de OZB-tarieven voor 2025 en de "
            "WOZ-waarde naar waardepeildatum 1 januari 2024. De geraamde OZB-opbrengst is geïndexeerd met 2,9%. "
            "De opbrengsten van toeristenbelasting, hondenbelasting en precariobelasting zijn met hetzelfde "
            "percentage verhoogd.")]
    rows = [[""] + d.TAR_YEARS, ["Hondenbelasting", "", "", "", ""]]
    rows += [[a] + v for a, v in d.TAR_HOND]
    rows += [["Toeristenbelasting", "", "", "", ""]]
    rows += [[a] + v for a, v in d.TAR_TOER]
    s.append(block("Tabel 7.2 - Tarieven hondenbelasting en toeristenbelasting",
                   grid(rows, [W * 0.44] + [W * 0.14] * 4, head=1, bold_rows=(1, 5))))
    s += [P("1.5 Heffingen en rechten", BOLD),
          P("1.5.1 Riool- en waterzorgheffing", BOLD),
          P("De riool- en waterzorgheffing wordt geheven van de gebruiker van een perceel van waaruit water direct "
            "of indirect op de gemeentelijke riolering wordt afgevoerd. Als heffingsmaatstaf geldt het "
            "waterverbruik. De tarieven voor 2025 zijn met 1,6% verhoogd; de kostendekkendheid komt uit op 99,2%.")]
    rows = [["", "tarief 2024", "tarief 2025"]]
    for lab, v in d.TAR_RIOOL:
        rows.append([lab, v[0], v[1]] if v else [lab, "", ""])
    s.append(block("Tabel 7.3 - Tarieven riool- en waterzorgheffing",
                   grid(rows, [W * 0.56, W * 0.22, W * 0.22], head=1, bold_rows=(1, 4))))
    s += [P("1.5.2 Afvalstoffenheffing", BOLD),
          P("De afvalstoffenheffing wordt geheven om de kosten van het ophalen en verwerken van huishoudelijke "
            "afvalstoffen te verhalen. De heffing is gedifferentieerd naar eenpersoons- en "
            "meerpersoonshuishoudens en naar laagbouw en gelaagde bouw.")]
    rows = [["Berekening kostendekkendheid afvalstoffenheffing", "", ""],
            ["Kosten taakveld(en) incl. omslagrente", n(d.AFV_KOSTEN), ""],
            ["Inkomsten taakveld(en), excl. heffingen", n(d.AFV_INK), ""],
            ["Netto kosten taakveld(en)", "", n(d.AFV_NETTO)],
            ["Toe te rekenen kosten:", "", ""],
            ["Overhead", n(d.AFV_OH), ""], ["BTW", n(d.AFV_BTW), ""],
            ["Totaal toerekenbare kosten", "", n(d.AFV_TOEREK)],
            ["Totale kosten", "", n(d.AFV_TOTAAL)], ["Totale opbrengsten", "", n(d.AFV_OPBR)],
            ["Kostendekkendheid", "", nl_dec(d.AFV_PCT) + "%"]]
    s.append(block("Tabel 7.4 - Berekening kostendekkingspercentage afvalstoffenheffing",
                   grid(rows, [W * 0.56, W * 0.22, W * 0.22], head=1, bold_rows=(10,))))
    s.append(P("Om afvalscheiding te bevorderen geldt een verlaagd tarief van € 52,- voor een extra groene "
               "container. De tarieven stijgen in 2025 met 4,7%, omdat de heffing nu volledig kostendekkend is."))
    rows = [["Huishouden", "tarief 2024", "tarief 2025"]] + [[a, v[0], v[1]] for a, v in d.TAR_AFVAL]
    s.append(block("Tabel 7.5 - Tarieven afvalstoffenheffing",
                   grid(rows, [W * 0.56, W * 0.22, W * 0.22], head=1)))
    s += [P("1.6 Gemeentelijke woonlasten", BOLD),
          P("Onder de gemeentelijke woonlasten verstaan we het bedrag dat een huishouden betaalt aan OZB, "
            "rioolheffing en afvalstoffenheffing. In de tabel hieronder de ontwikkeling van de woonlasten in "
            "Wassenaar bij een fictieve WOZ-waarde van € 350.000 (gelaagde bouw).")]
    rows = [["Woonlasten", "Eenpersoonshuishouden", "", "", "Meerpersoonshuishouden", "", ""],
            ["", "2024", "2025", "Stijgings-\npercentage", "2024", "2025", "Stijgings-\npercentage"]]
    for i in range(3):
        le, lm = d.WL["een"][i], d.WL["meer"][i]
        pe = 100 * (d.eur_cents(le[1][1]) - d.eur_cents(le[1][0])) / d.eur_cents(le[1][0])
        pm = 100 * (d.eur_cents(lm[1][1]) - d.eur_cents(lm[1][0])) / d.eur_cents(lm[1][0])
        rows.append([le[0], "€ " + le[1][0], "€ " + le[1][1], nl_dec(pe) + "%", "€ " + lm[1][0], "€ " + lm[1][1],
                     nl_dec(pm) + "%"])
    rows.append(["Totaal"] + ["€ " + nl_dec(d.WL_TOT["een"][0], 2), "€ " + nl_dec(d.WL_TOT["een"][1], 2),
                              nl_dec(d.WL_PCT["een"]) + "%", "€ " + nl_dec(d.WL_TOT["meer"][0], 2),
                              "€ " + nl_dec(d.WL_TOT["meer"][1], 2), nl_dec(d.WL_PCT["meer"]) + "%"])
    t = grid(rows, [W * 0.22] + [W * 0.13] * 6, head=2, bold_rows=(5,), span=[((1, 0), (3, 0)), ((4, 0), (6, 0))])
    t.setStyle(TableStyle([("ALIGN", (1, 0), (-1, 0), "CENTER")]))
    s.append(block("Tabel 7.6 Woonlastenoverzicht Wassenaar 2024 en 2025", t))
    s.append(P("*Op basis van een fictieve WOZ-waarde van € 350.000", NOTE))
    s += [P("1.7 Kwijtscheldingsbeleid", BOLD),
          P("Kwijtschelding is in Wassenaar mogelijk voor de onroerende-zaakbelastingen, de afvalstoffenheffing, de "
            "rioolheffing en de hondenbelasting (alleen eerste hond). De kwijtscheldingsnorm is 100% van de "
            "bijstandsnorm. De kwijtschelding wordt uitgevoerd door de Belastingsamenwerking Gouwe-Rijnland "
            "(BSGR)."),
          PageBreak()]
    return s


def weerstand():
    s = [Bar("Paragraaf Weerstandsvermogen en risicobeheersing", 2), Spacer(1, 6),
         P("Het weerstandsvermogen is de relatie tussen de weerstandscapaciteit (de middelen waarover de gemeente "
           "beschikt om niet begrote kosten te dekken) en de risico’s waarvoor geen maatregelen zijn getroffen. "
           "In onderstaande tabel worden de belangrijkste risico's en de kans op voordoen weergegeven.")]
    rows = [["Risico", "Bedrag impact", Paragraph("Kans op voordoen", CELLBR), "Bedrag x kans"]]
    for (name, b, p), bk in zip(d.RISICO, d.RISICO_KANS):
        rows.append([Paragraph(name, CELL), n(b), f"{p}%", nl_dec(bk) if bk % 1 else n(bk)])
    rows.append(["Overige risico's", "", "", nl_dec(d.RISICO_OVERIG)])
    rows.append(["Totaal", "", "", nl_dec(d.RISICO_TOT)])
    s.append(block("Tabel 8.1 De belangrijkste risico’s (x € 1.000)",
                   grid(rows, [W * 0.52, W * 0.16, W * 0.16, W * 0.16], head=1, bold_rows=(len(rows) - 1,))))
    s += [P("Ratio Weerstandsvermogen", BOLD),
          P("De ratio geeft de verhouding weer tussen de beschikbare weerstandscapaciteit en de benodigde "
            "weerstandscapaciteit (de gekwantificeerde risico’s)."),
          P(f"Ratio weerstandsvermogen = beschikbare weerstandscapaciteit € {n(d.WV_BESCHIKBAAR)} / benodigde "
            f"weerstandscapaciteit € {n(d.WV_BENODIGD)} = {nl_dec(d.WV_RATIO)}"),
          P(f"De berekende ratio van {nl_dec(d.WV_RATIO)} valt in categorie A en staat voor een uitstekend "
            "weerstandsvermogen. De raad heeft besloten om minimaal een ratio van 2,0 te hanteren. De ratio is lager "
            "dan vorig jaar, vooral doordat het risico op een lagere algemene uitkering vanaf 2026 hoger is "
            "ingeschat."),
          P("Kengetallen", BOLD)]
    rows = [["Begroting 2025", "Indicatoren Wassenaar (%)", "", "", "Normen VNG (%)", "", ""],
            ["Kengetallen:", "2023 Verslag", "2024 Begr.", "2025 Begr.", "Voldoende", "Matig", "Onvoldoende"]]
    norms = [("<100", ">100 / <130", ">130"), ("<100", ">100 / <130", ">130"), (">50", "<50 / >30", "<30"),
             (">0,6", "<0,6 / >0", "0"), ("", "Geen norm", ""), ("<100", ">100 / <120", ">120")]
    for (lab, v), nm in zip(d.KG, norms):
        rows.append([Paragraph(lab, CELL)] + v + list(nm))
    t = grid(rows, [W * 0.28, W * 0.11, W * 0.11, W * 0.11, W * 0.13, W * 0.13, W * 0.13], head=2, shade_col=3,
             span=[((1, 0), (3, 0)), ((4, 0), (6, 0))])
    t.setStyle(TableStyle([("ALIGN", (1, 0), (-1, 0), "CENTER")]))
    s.append(block("Tabel 8.2 Overzicht kengetallen gemeente Wassenaar", t))
    s.append(P("De solvabiliteit geeft aan in welke mate de bezittingen zijn gefinancierd met eigen vermogen. Met "
               f"{d.KG[2][1][2]}% scoort Wassenaar volgens de VNG-normen ‘voldoende’. De netto schuldquote stijgt door "
               "de investeringen in De Paauw, de nieuwbouw van de SKOW en de nieuwe gemeentewerf."))
    s.append(PageBreak())
    return s


def financieel():
    s = [Bar("Financiële begroting", 1), Spacer(1, 6), Bar("Meerjarenbeeld 2025-2028", 2), Spacer(1, 4)]
    yrs = ["2025", "2026", "2027", "2028"]
    rows = [["(bedragen x € 1.000)"] + yrs, ["Primitieve begroting 2024"] + [n(v) for v in d.MJB_START]]
    rows.append(["Structurele doorwerking Voorjaarsnota 2024"] + [n(v) for v in d.MJB_ROWS[0][1]])
    rows.append(["Kadernota 2025"] + [n(v) for v in d.MJB_ROWS[1][1]])
    rows.append(["Saldo na Kadernota 2025"] + [n(v) for v in d.MJB_KADER_NA])
    for lab, v in d.MJB_ROWS[2:]:
        rows.append([lab] + [n(x) for x in v])
    rows.append(["BEGROTINGSSALDO 2025-2028"] + [n(v) for v in d.MJB_END])
    s.append(block("Tabel 11.1 - Financieel Meerjarenbeeld",
                   grid(rows, [W * 0.56] + [W * 0.11] * 4, head=1, bold_rows=(4, len(rows) - 1),
                        grey_rows=(4, len(rows) - 1))))
    s.append(P("Het begrotingssaldo voor de jaren 2025 tot en met 2028 is inclusief incidentele baten en lasten. Om "
               "het structurele evenwicht weer te geven worden de incidentele posten in het volgende overzicht "
               "geëlimineerd."))
    yi = [2, 3, 4, 5]
    A = [d.TOT_RES[i] for i in yi]
    mut = [d.TOT_MUT[i] for i in yi]
    rows = [[""] + yrs,
            ["Saldo baten en lasten"] + [n(d.TOT_S[i]) for i in yi],
            ["Saldo toevoegingen en onttrekkingen aan reserves"] + [dash(v) for v in mut],
            ["Begrotingssaldo (A)"] + [n(v) for v in A],
            ["Waarvan incidentele dekking uit reserves"] + [dash(v) for v in mut],
            ["Waarvan incidentele baten"] + ["-"] * 4,
            ["Waarvan incidentele lasten"] + [dash(-v) for v in mut],
            ["Saldo incidentele posten (B)"] + ["-"] * 4,
            ["Structureel begrotingssaldo (verschil tussen A en B)"] + [n(v) for v in A]]
    s.append(block("Tabel 11.2 - Presentatie structureel begrotingssaldo",
                   grid(rows, [W * 0.56] + [W * 0.11] * 4, head=1, bold_rows=(3, 8))))
    s.append(P("De gemeente Wassenaar heeft voor 2025 een reëel en structureel sluitende begroting. Voor 2026 tot en "
               "met 2028 is de begroting nog niet sluitend."))
    s += [Spacer(1, 4), Bar("Toelichting baten en lasten", 2), Spacer(1, 4)]
    h1 = ["Programma"] + sum([[c, "", ""] for c in d.W_COLS[:3]], [])
    h2 = [Paragraph('bedragen x € 1.000,- ("-"=nadeel/"+"= voordeel )', ParagraphStyle("h2", parent=CELLB, fontSize=5.4,
                                                                                       leading=6.6))] + \
        ["baten", "lasten", "saldo"] * 3
    rows = [h1, h2]
    for p in d.PROGS:
        r = [p]
        for i in range(3):
            r += [n(d.W_BATEN[p][i]), n(d.W_LASTEN[p][i]), n(d.W_SALDO[p][i])]
        rows.append(r)
    r = ["Saldo van baten en lasten"]
    for i in range(3):
        r += [n(d.TOT_B[i]), n(d.TOT_L[i]), n(d.TOT_S[i])]
    rows.append(r)
    r = ["Mutaties reserves"]
    for i in range(3):
        r += [n(d.TOT_ONTT[i]), n(d.TOT_TOEV[i]), n(d.TOT_MUT[i])]
    rows.append(r)
    r = ["Geraamde resultaat"]
    for i in range(3):
        r += [n(d.TOT_B[i] + d.TOT_ONTT[i]) if i != 2 else n(d.k(d.TOT_B_EUR + sum(d.RES_ONTT_2025.values()))),
              n(d.TOT_L[i] + d.TOT_TOEV[i]), n(d.TOT_RES[i])]
    rows.append(r)
    sp = [((1 + 3 * j, 0), (3 + 3 * j, 0)) for j in range(3)]
    t = grid(rows, [W * 0.28] + [W * 0.08] * 9, head=2, font=6, bold_rows=(7, 9), grey_rows=(7, 9), span=sp)
    t.setStyle(TableStyle([("ALIGN", (1, 0), (-1, 0), "CENTER")]))
    s.append(block("Tabel 12.1 - Baten, lasten en saldo 2023-2025 per programma", t))
    s.append(P("De cijfers in de kolom Rekening 2023 zijn conform de jaarstukken 2023. De cijfers in de kolom "
               "Begroting 2024 zijn inclusief de mutaties tot en met de voorjaarsnota 2024; zij wijken daardoor af "
               "van de primitieve begroting 2024.", NOTE))
    # Tabel 12.2 meerjarenperspectief
    h1 = ["Programma's"] + sum([[c.split()[0], "", ""] for c in d.W_COLS[2:]], [])
    h2 = ["bedragen x € 1.000,-"] + sum([[c.split()[1], "", ""] for c in d.W_COLS[2:]], [])
    h3 = ['("-"=nadeel/"+"=voordeel)'] + ["baten", "lasten", "saldo"] * 4
    rows = [h1, h2, h3]
    for p in d.PROGS:
        r = [p]
        for i in yi:
            r += [n(d.W_BATEN[p][i]), n(d.W_LASTEN[p][i]), n(d.W_SALDO[p][i])]
        rows.append(r)
    r = ["Saldo van baten en lasten"]
    for i in yi:
        r += [n(d.TOT_B[i]), n(d.TOT_L[i]), n(d.TOT_S[i])]
    rows.append(r)
    rows.append(["Mutaties reserves"] + [""] * 12)
    for p in d.PROGS:
        r = [p]
        for i in yi:
            r += [n(d.W_ONTT[p][i]), n(d.W_TOEV[p][i]), n(d.W_MUT[p][i])]
        rows.append(r)
    r = ["Totaal mutaties reserves"]
    for i in yi:
        r += [n(d.TOT_ONTT[i]), n(d.TOT_TOEV[i]), n(d.TOT_MUT[i])]
    rows.append(r)
    r = ["Geraamde resultaat"]
    for i in yi:
        r += [n(d.TOT_B[i] + d.TOT_ONTT[i]) if i != 2 else n(d.k(d.TOT_B_EUR + sum(d.RES_ONTT_2025.values()))),
              n(d.TOT_L[i] + d.TOT_TOEV[i]), n(d.TOT_RES[i])]
    rows.append(r)
    sp = [((1 + 3 * j, 0), (3 + 3 * j, 0)) for j in range(4)] + [((1 + 3 * j, 1), (3 + 3 * j, 1)) for j in range(4)]
    t = grid(rows, [W * 0.22] + [W * 0.065] * 12, head=3, font=5.6, bold_rows=(8, 9, 15, 16),
             grey_rows=(8, 15, 16), span=sp)
    t.setStyle(TableStyle([("ALIGN", (1, 0), (-1, 1), "CENTER")]))
    s += [CondPageBreak(200), Bar("Toelichting meerjarenperspectief", 2), Spacer(1, 4),
          block("Tabel 12.2 - Meerjarenperspectief 2025-2028 per programma", t),
          P(f"Per saldo geeft 2025 na mutaties reserves een positief saldo van € {n(d.RESULT_EUR)}. Exclusief "
            f"reservemutaties is er sprake van een negatief saldo van € {n(-d.TOT_S_EUR)}."),
          PageBreak()]
    # Tabel 12.3 reservemutaties per programma 2025
    rows = [["(bedragen x € 1.000)", "Begroting 2025\nOnttrekking", "Begroting 2025\nToevoeging",
             "Begroting 2025\nMutaties"]]
    for p in d.PROGS:
        if d.W_MUT[p][2]:
            rows.append([p, n(d.W_ONTT[p][2]), dash(d.W_TOEV[p][2]), n(d.W_MUT[p][2])])
    rows.append(["Totaal mutaties reserves", n(d.TOT_ONTT[2]), dash(d.TOT_TOEV[2]), n(d.TOT_MUT[2])])
    s += [Bar("Mutaties reserves per programma", 2), Spacer(1, 4),
          block("Tabel 12.3 - Reservemutaties per programma",
                grid(rows, [W * 0.46, W * 0.18, W * 0.18, W * 0.18], head=1, bold_rows=(len(rows) - 1,)))]
    # Tabel 12.4 taakvelden, whole euros
    rows, green, bold = [], [], []
    for p in d.PROGS:
        green += [len(rows), len(rows) + 1]
        rows.append([f"Programma:{p}", "Begroting 2025", "Begroting 2025", "Begroting 2025"])
        rows.append(["Saldo van baten en lasten per taakveld", "Baten", "Lasten", "Saldo"])
        for c, nm, b, l_ in d.TV_EUR[p]:
            rows.append([f"{c} {nm}", n(b), n(l_), n(b + l_)])
        bold.append(len(rows))
        rows.append(["Saldo van baten en lasten programma", n(d.PB_EUR[p]), n(d.PL_EUR[p]), n(d.PS_EUR[p])])
    bold.append(len(rows))
    rows.append(["Saldo van baten en lasten alle programma's", n(d.TOT_B_EUR), n(d.TOT_L_EUR), n(d.TOT_S_EUR)])
    green.append(len(rows))
    rows.append(["Reserves", "Onttrekking", "Toevoeging", "Mutaties"])
    for p in d.PROGS:
        rows.append([p, n(d.RES_ONTT_2025[p]), n(d.RES_TOEV_2025[p]), n(d.RES_ONTT_2025[p] + d.RES_TOEV_2025[p])])
    bold.append(len(rows))
    rows.append(["Mutaties reserves", n(sum(d.RES_ONTT_2025.values())), n(sum(d.RES_TOEV_2025.values())),
                 n(d.MUT_EUR)])
    green.append(len(rows))
    rows.append(["Geraamde resultaat", "Baten", "Lasten", "Saldo"])
    bold.append(len(rows))
    rows.append(["Geraamde resultaat", n(d.TOT_B_EUR + sum(d.RES_ONTT_2025.values())),
                 n(d.TOT_L_EUR + sum(d.RES_TOEV_2025.values())), n(d.RESULT_EUR)])
    t = grid(rows, [W * 0.49, W * 0.17, W * 0.17, W * 0.17], head=2, green_rows=green, bold_rows=bold, font=6.4,
             repeat=0)
    s += [Spacer(1, 6), Bar("Overzicht baten en lasten per taakveld", 2, color=LGREEN), Spacer(1, 4),
          caption("Tabel 12.4 - Baten en lasten per taakveld (én per programma)"), t, PageBreak()]
    return s


def reserves():
    s = [Bar("Bijlagen", 1), Spacer(1, 6), Bar("Reserves en voorzieningen", 2), Spacer(1, 4)]
    yrs = ["2025", "2026", "2027", "2028"]
    HS = ParagraphStyle("hs", parent=CELLBR, fontSize=4.2, leading=5.2)
    h1 = ["Overzicht reserves"] + [Paragraph("Begroting", HS)] + sum(
        [[Paragraph("Vermeerde-", HS), Paragraph("Verminde-", HS), Paragraph("Begroting", HS)] for _ in yrs], [])
    h2 = [Paragraph("2024-2028 per 31 december", CELLB)] + [Paragraph("2024", HS)] + sum(
        [[Paragraph(f"ringen {y}", HS), Paragraph(f"ringen {y}", HS), Paragraph(y, HS)] for y in yrs], [])
    rows = [h1, h2, ["Algemene reserves"] + [""] * 13]

    def rrow(name, start, plus, minus, stand):
        out = [Paragraph(name, ParagraphStyle("rn", parent=CELL, fontSize=5.6, leading=6.8)), n(start)]
        for j in range(4):
            out += [n(plus[j]), n(minus[j]), n(stand[j])]
        return out

    bold = []
    for grp, title, tot_start, tot_stand in (("alg", "Totaal algemene reserves", d.RES_ALG_START, d.RES_ALG_STAND),
                                             ("best", "Totaal bestemmingsreserves", d.RES_BEST_START,
                                              d.RES_BEST_STAND)):
        if grp == "best":
            rows.append(["Bestemmingsreserves"] + [""] * 13)
        plus_t, min_t = [0] * 4, [0] * 4
        for name, start, g in d.RES_START:
            if g != grp:
                continue
            pl = d.RES_PLUS.get(name, [0] * 4)
            mi = d.RES_MIN.get(name, [0] * 4)
            plus_t = [a + b for a, b in zip(plus_t, pl)]
            min_t = [a + b for a, b in zip(min_t, mi)]
            rows.append(rrow(name, start, pl, mi, d.RES_STAND[name]))
        bold.append(len(rows))
        rows.append(rrow(title, tot_start, plus_t, min_t, tot_stand))
    bold.append(len(rows))
    allmin = [sum(v[j] for v in d.RES_MIN.values()) for j in range(4)]
    allplus = [sum(v[j] for v in d.RES_PLUS.values()) for j in range(4)]
    rows.append(rrow("Totaal reserves", d.RES_TOT_START, allplus, allmin, d.RES_TOT_STAND))
    t = grid(rows, [W * 0.15] + [W * 0.85 / 13] * 13, head=2, font=5.4, bold_rows=bold, grey_rows=bold)
    t.setStyle(TableStyle([("LEFTPADDING", (1, 0), (-1, -1), 1), ("RIGHTPADDING", (1, 0), (-1, -1), 1.5)]))
    s.append(block("Tabel 12.5 - Overzicht reserves", t, right="bedragen x € 1.000"))
    s.append(P("De stand per 31 december 2024 is gebaseerd op de jaarrekening 2023 en de mutaties in de begroting "
               "2024 na de voorjaarsnota 2024. De onttrekkingen aan de reserves in 2025 en 2026 betreffen de "
               "incidentele lasten in de programma’s P2 tot en met P5.", NOTE))
    return s


def toc_page():
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [TOC1, TOC2, TOC2]
    return [P("Colofon: uitgave Wassenaar<br/>oktober 2024"), Spacer(1, 10),
            P("INHOUDSOPGAVE", ParagraphStyle("h", parent=BOLD, fontSize=11)), Spacer(1, 6), toc, PageBreak()]


def build(out):
    doc = Doc(out)
    story = [NextPageTemplate("body"), PageBreak()] + toc_page() + inleiding() + [Bar("Programma's", 1)]
    story += p1() + p2() + p3() + p4() + p5() + indicatoren_recap() + [Bar("Paragrafen", 1)] + heffingen() + \
        weerstand() + financieel() + reserves()
    doc.multiBuild(story)
    return doc


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus") / d.W_FILE
    build(out)
    print(f"{d.W_FILE}: written")


if __name__ == "__main__":
    main()
