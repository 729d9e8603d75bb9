"""Gemeente Welderbroek, Programmabegroting 2033: a PDF made with reportlab platypus.

Layout:
- BaseDocTemplate with page templates: 'cover'; 'single' (TOC); 'twocol' (two frames with a thin
  gutter rule, body text in two columns, narrow tables inside one column); 'progstart' (a
  full-width title frame above the two columns, for each programme); 'full' (one wide frame for
  the wide tables); 'rotated' (a landscape page stored as a portrait A4 page with /Rotate 90: the
  content is drawn through a rotated coordinate system).
- Running header and footer with page numbers on every page except the cover.
- Table of contents with dot leaders (multiBuild, so the page numbers are the real ones).
- Negative numbers as "-1.234" in the programme and overview tables, as "(1.234)" in the reserves
  table; zero as "-".

Usage: python gen_begroting_pdf.py CORPUS_DIR
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents

import data as d
from fmt import br, dash, mln, n, pct

W, H = A4                                   # portrait 595.27 x 841.89
ML = MR = 50
MT, MB = 62, 56
GUTTER = 18
COLW = (W - ML - MR - GUTTER) / 2
BODY_H = H - MT - MB
TITLE_H = 64                                # full-width title band of 'progstart'

BLUE = colors.HexColor("#1d4e89")
LIGHT = colors.HexColor("#dde7f3")
GREY = colors.HexColor("#6b6b6b")

# ---------------------------------------------------------------------------
# styles
# ---------------------------------------------------------------------------
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=8.6, leading=11.4, spaceAfter=5)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=10, bulletIndent=2, spaceAfter=2)
H1 = ParagraphStyle("H1", fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=BLUE, spaceAfter=8)
TOCH = ParagraphStyle("TOCH", fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=BLUE, spaceAfter=8)
H2 = ParagraphStyle("H2", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=BLUE, spaceBefore=6,
                    spaceAfter=4)
H2P = ParagraphStyle("H2P", fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=BLUE, spaceAfter=2)
SUBP = ParagraphStyle("subp", fontName="Helvetica-Oblique", fontSize=8.6, leading=11, textColor=GREY)
H3 = ParagraphStyle("H3", fontName="Helvetica-Bold", fontSize=9.4, leading=12, textColor=BLUE, spaceBefore=5, keepWithNext=1,
                    spaceAfter=3)
CAP = ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=7.8, leading=10, spaceBefore=4, spaceAfter=2)
SCALE = ParagraphStyle("scale", fontName="Helvetica-Oblique", fontSize=7.2, leading=9, textColor=GREY,
                       spaceAfter=2)
NOTE = ParagraphStyle("note", fontName="Helvetica-Oblique", fontSize=7.2, leading=9, textColor=GREY,
                      spaceBefore=2, spaceAfter=6)
TH = ParagraphStyle("th", fontName="Helvetica-Bold", fontSize=7.2, leading=8.6, alignment=TA_RIGHT)
THL = ParagraphStyle("thl", parent=TH, alignment=TA_LEFT)


def P(text: str, style=BODY) -> Paragraph:
    return Paragraph(text, style)


def bullets(items: list[str]) -> list[Paragraph]:
    return [Paragraph(t, BULLET, bulletText="•") for t in items]


# ---------------------------------------------------------------------------
# tables
# ---------------------------------------------------------------------------
def table(header: list[str], rows: list[list[str]], widths: list[float], *, bold_rows=(), group_rows=(),
          font=7.4, repeat=1, left_cols=(0,)) -> Table:
    """header: column titles (may contain <br/>); rows: label + printed cells."""
    hdr = [Paragraph(h, THL if i in left_cols else TH) for i, h in enumerate(header)]
    t = Table([hdr] + rows, colWidths=widths, repeatRows=repeat)
    st = [
        ("FONT", (0, 1), (-1, -1), "Helvetica", font),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, BLUE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, BLUE),
    ]
    for r in bold_rows:
        r = r + 1 if r >= 0 else r
        st += [("FONT", (0, r), (-1, r), "Helvetica-Bold", font), ("LINEABOVE", (0, r), (-1, r), 0.5, BLUE)]
    for r in group_rows:
        st += [("FONT", (0, r + 1), (-1, r + 1), "Helvetica-BoldOblique", font)]
    t.setStyle(TableStyle(st))
    return t


def tbl(caption: str, scale: str | None, t: Table, note: str | None = None) -> KeepTogether:
    """Caption, scale line, table (and note) kept together in one column or frame."""
    parts = [P(caption, CAP)] + ([P(scale, SCALE)] if scale else []) + [t] + ([P(note, NOTE)] if note else [])
    return KeepTogether(parts)


def ind_val(v) -> str:
    return n(v, 1) if isinstance(v, float) else n(v)


def k(v: int) -> str:
    """An amount in thousands, minus sign for negatives, '-' for zero."""
    return dash(v)


# ---------------------------------------------------------------------------
# page templates
# ---------------------------------------------------------------------------
def header_footer(canv, doc, width, height):
    canv.saveState()
    canv.setFont("Helvetica", 7.5)
    canv.setFillColor(GREY)
    canv.drawString(ML, height - 36, "Gemeente Welderbroek")
    canv.drawRightString(width - MR, height - 36, "Programmabegroting 2033")
    canv.setStrokeColor(BLUE)
    canv.setLineWidth(0.5)
    canv.line(ML, height - 41, width - MR, height - 41)
    canv.line(ML, 40, width - MR, 40)
    canv.drawString(ML, 30, "Meerjarenraming 2034-2036")
    canv.drawRightString(width - MR, 30, f"Pagina {doc.page}")
    canv.restoreState()


def on_cover(canv, doc):
    pass


def on_normal(canv, doc):
    header_footer(canv, doc, W, H)


def on_twocol(canv, doc, top=H - MT):
    on_normal(canv, doc)
    canv.saveState()
    canv.setStrokeColor(colors.HexColor("#b8c6d8"))
    canv.setLineWidth(0.4)
    canv.line(W / 2, MB + 4, W / 2, top - 4)        # the gutter rule between the columns
    canv.restoreState()


def on_progstart(canv, doc):
    on_twocol(canv, doc, top=H - MT - TITLE_H)
    canv.saveState()
    canv.setFillColor(BLUE)
    canv.rect(ML, H - MT - TITLE_H + 6, W - ML - MR, 1.2, stroke=0, fill=1)
    canv.restoreState()


def on_rotated(canv, doc):
    """Stored as portrait A4 with /Rotate 90; draw in landscape coordinates (X right, Y up)."""
    canv.translate(W, 0)
    canv.rotate(90)                           # landscape (X, Y) -> portrait (W - Y, X)
    header_footer(canv, doc, H, W)            # landscape width = H, height = W


class Doc(BaseDocTemplate):
    def __init__(self, path: str, **kw):
        super().__init__(path, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT, bottomMargin=MB,
                         title="Programmabegroting 2033 gemeente Welderbroek", author="Gemeente Welderbroek",
                         subject="Programmabegroting 2033 en meerjarenraming 2034-2036", invariant=1, **kw)
        full = Frame(ML, MB, W - ML - MR, BODY_H, id="full", leftPadding=0, rightPadding=0)
        left = Frame(ML, MB, COLW, BODY_H, id="left", leftPadding=0, rightPadding=0)
        right = Frame(ML + COLW + GUTTER, MB, COLW, BODY_H, id="right", leftPadding=0, rightPadding=0)
        ptitle = Frame(ML, H - MT - TITLE_H, W - ML - MR, TITLE_H, id="ptitle", leftPadding=0, rightPadding=0,
                       topPadding=0, bottomPadding=0)
        pleft = Frame(ML, MB, COLW, BODY_H - TITLE_H, id="pleft", leftPadding=0, rightPadding=0)
        pright = Frame(ML + COLW + GUTTER, MB, COLW, BODY_H - TITLE_H, id="pright", leftPadding=0, rightPadding=0)
        cover = Frame(ML, MB, W - ML - MR, H - 2 * MB, id="cover")
        rot = Frame(ML, MB, H - ML - MR, W - MT - MB, id="rot", leftPadding=0, rightPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [cover], onPage=on_cover),
            PageTemplate("single", [full], onPage=on_normal),
            PageTemplate("twocol", [left, right], onPage=on_twocol),
            PageTemplate("progstart", [ptitle, pleft, pright], onPage=on_progstart, autoNextPageTemplate="twocol"),
            PageTemplate("full", [full], onPage=on_normal),
            # reportlab writes MediaBox [0 0 h w] for a rotated template of size (w, h): giving it the
            # landscape size yields a portrait MediaBox (595 x 842) with /Rotate 90
            PageTemplate("rotated", [rot], onPage=on_rotated, pagesize=landscape(A4)),
        ])
        self.pageTemplates[-1].rotation = 90

    def afterFlowable(self, fl):
        if isinstance(fl, Paragraph) and fl.style.name in ("H1", "H2", "H2P"):
            level = 0 if fl.style.name == "H1" else 1
            self.notify("TOCEntry", (level, fl.getPlainText(), self.page))


# ---------------------------------------------------------------------------
# content
# ---------------------------------------------------------------------------
def prog_cost_table(code: str) -> list:
    nr = code[1]
    rows = [["Lasten"] + [k(d.lasten(code, c)) for c in ("R31", "B32", "B33")],
            ["Baten"] + [k(d.baten(code, c)) for c in ("R31", "B32", "B33")],
            ["Saldo"] + [k(d.saldo(code, c)) for c in ("R31", "B32", "B33")]]
    return [tbl(f"Tabel 2.{nr}.2 Lasten en baten programma {nr}", "Bedragen x € 1.000",
                table(["", "Rekening<br/>2031", "Begroting<br/>2032", "Begroting<br/>2033"], rows,
                      [COLW - 3 * 54, 54, 54, 54], bold_rows=(2,)))]


def prog_verschil(code: str) -> list:
    nr = code[1]
    items = d.VERSCHILLEN[code]
    no = 4 if code == "P4" else 3
    rows = [[lbl, k(v)] for lbl, v in items] + [["Totaal verschil lasten", k(d.lasten(code, "B33") - d.lasten(code, "B32"))]]
    return [P("Toelichting op de verschillen", H3),
            P("De belangrijkste verschillen tussen de lasten in de begroting 2033 en de begroting 2032. Een "
              "positief bedrag is een stijging van de lasten."),
            tbl(f"Tabel 2.{nr}.{no} Verschillen lasten 2033 ten opzichte van 2032", "Bedragen x € 1.000",
                table(["Oorzaak", "Bedrag"], rows, [COLW - 60, 60], bold_rows=(len(items),)))]


ONTWIKKELINGEN = {
    "P1": "Landelijk neemt de aandacht voor ondermijnende criminaliteit toe. Ook in Welderbroek zien wij signalen "
          "van misbruik van bedrijfspanden en woningen. Tegelijk verwachten inwoners dat zij de gemeente op elk "
          "moment digitaal kunnen bereiken, terwijl een deel van de inwoners juist persoonlijk contact nodig "
          "heeft. De Wet open overheid vraagt extra inspanning bij het actief openbaar maken van documenten.",
    "P2": "Hevige regenbuien komen vaker voor. Het Gemeentelijk Rioleringsplan gaat uit van meer afkoppelen en "
          "meer groen in de wijken. De kosten van afvalverwerking stijgen door de verhoging van de "
          "afvalstoffenbelasting. Het aantal fietsers groeit, vooral door de elektrische fiets.",
    "P3": "De vraag naar woningen blijft groot, vooral onder starters en ouderen. De bouwkosten en de rente zijn "
          "hoog, waardoor sommige projecten vertraging oplopen. Met de Omgevingswet werken wij aan één "
          "omgevingsplan voor de hele gemeente. De detailhandel in het centrum staat onder druk.",
    "P4": "De vraag naar jeugdhulp en Wmo-voorzieningen blijft stijgen. Door de vergrijzing neemt het aantal "
          "inwoners met een ondersteuningsvraag toe. De krapte op de arbeidsmarkt biedt kansen voor mensen met "
          "een afstand tot werk. Het Rijk hervormt de jeugdzorg; de gevolgen voor gemeenten zijn nog onzeker.",
    "P5": "Het aantal leerlingen groeit in de nieuwe wijken en daalt in de oudere kernen. Verenigingen hebben "
          "moeite om vrijwilligers te vinden. De energiekosten van sportaccommodaties zijn hoog; "
          "verduurzaming verlaagt die kosten op termijn.",
    "P6": "De herijking van het gemeentefonds pakt voor Welderbroek nadelig uit. De rente op nieuwe leningen is "
          "hoger dan in eerdere jaren. De arbeidsmarkt is krap, waardoor vacatures langer openstaan en de "
          "externe inhuur hoog blijft.",
}


def ontwikkelingen(code: str) -> list:
    return [P("Ontwikkelingen", H3), P(ONTWIKKELINGEN[code])]


def prog_indicators(code: str) -> list:
    nr = code[1]
    rows = [[f"{lbl}", eh, ind_val(a), ind_val(b)] for lbl, eh, a, b in d.INDICATOREN[code]]
    t = table(["Indicator", "Eenheid", "Realisatie<br/>2031", "Doel<br/>2033"], rows, [91, 70, 40, 37],
              font=6.9, left_cols=(0, 1))
    t.setStyle(TableStyle([("ALIGN", (1, 1), (1, -1), "LEFT")]))
    return [P("Beleidsindicatoren", H3),
            tbl(f"Tabel 2.{nr}.1 Beleidsindicatoren programma {nr}", None, t,
                "Bron: waarstaatjegemeente.nl en eigen registratie.")]


def prog_start(code: str, portefeuille: str) -> list:
    nr = code[1]
    name = dict((c, nm) for c, _, nm in d.PROGRAMMES)[code]
    return [NextPageTemplate("progstart"), PageBreak(),
            P(f"2.{nr} Programma {nr} {name}", H2P), P(f"Portefeuillehouder(s): {portefeuille}", SUBP),
            FrameBreak()]


PORTEFEUILLE = ["Verkerk-Dalhuis", "Oudshoorn", "Brinkhorst", "El Idrissi", "Oudshoorn", "Brinkhorst"]


def story() -> list:
    s: list = []
    inw32 = d.KERNGEGEVENS[0][2]
    # ---- cover --------------------------------------------------------------------------------
    s += [Spacer(1, 170),
          P("Gemeente Welderbroek", ParagraphStyle("c0", fontName="Helvetica", fontSize=16, leading=20,
                                                   textColor=GREY)),
          Spacer(1, 10),
          P("Programmabegroting 2033", ParagraphStyle("c1", fontName="Helvetica-Bold", fontSize=30, leading=36,
                                                      textColor=BLUE)),
          P("en meerjarenraming 2034-2036", ParagraphStyle("c2", fontName="Helvetica", fontSize=16, leading=22,
                                                           textColor=BLUE)),
          Spacer(1, 230), P(d.MUNI_DATE, ParagraphStyle("c3", parent=BODY, textColor=GREY))]
    # ---- TOC ----------------------------------------------------------------------------------
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [
        ParagraphStyle("toc0", fontName="Helvetica-Bold", fontSize=10, leading=15, leftIndent=0, firstLineIndent=0),
        ParagraphStyle("toc1", fontName="Helvetica", fontSize=9, leading=13, leftIndent=14, firstLineIndent=0),
    ]
    s += [NextPageTemplate("single"), PageBreak(), P("Inhoudsopgave", TOCH), Spacer(1, 6), toc]

    # ---- 1 Inleiding ----------------------------------------------------------------------------
    r = {c: d.resultaat(c) for c in d.MJR}
    s += [NextPageTemplate("twocol"), PageBreak(), P("1 Inleiding", H1), P("1.1 Het financieel beeld", H2),
          P("Voor u ligt de Programmabegroting 2033 van de gemeente Welderbroek, met de meerjarenraming "
            "2034-2036. Het is de tweede begroting van deze raadsperiode en de eerste waarin de ambities uit het "
            "coalitieakkoord 'Welderbroek groeit mee' volledig zijn vertaald naar concrete plannen en budgetten."),
          P(f"De begroting 2033 sluit met een positief saldo van € {n(r['B33'] * 1000)}. Ook 2034 laat een "
            f"klein overschot zien van € {n(r['M34'] * 1000)}. In 2035 ontstaat een tekort van "
            f"€ {n(-r['M35'] * 1000)}; in 2036 is de begroting weer sluitend met een saldo van "
            f"€ {n(r['M36'] * 1000)}. De totale lasten bedragen in 2033 € {mln(d.tot_lasten('B33') * 1000)} "
            f"miljoen."),
          P("Het tekort in 2035 heeft twee oorzaken. De herijking van het gemeentefonds pakt voor Welderbroek "
            "nadelig uit: de nieuwe verdeling van het gemeentefonds levert ons vanaf 2035 structureel minder op. "
            "Daarnaast vallen in dat jaar de tijdelijke extra rijksmiddelen voor jeugdzorg weg, terwijl de vraag "
            "naar jeugdhulp niet daalt. Wij komen bij de Voorjaarsnota 2033 met voorstellen om het tekort op te "
            "lossen; een verhoging van de OZB boven de inflatie sluiten wij daarbij niet uit."),
          tbl("Tabel 1.1 Meerjarig financieel beeld", "Bedragen x € 1.000", table(["", "2033", "2034", "2035", "2036"],
                [["Saldo van baten en lasten"] + [k(d.saldo_bl(c)) for c in d.MJR],
                 ["Mutaties reserves"] + [k(d.ONTT_K[c] - d.TOEV_K[c]) for c in d.MJR],
                 ["Begrotingssaldo"] + [k(r[c]) for c in d.MJR]],
                [COLW - 4 * 38, 38, 38, 38, 38], bold_rows=(2,))),
          P("Een negatief bedrag is een nadeel.", NOTE),
          P("Onze financiële positie blijft solide. De weerstandsratio komt uit op "
            f"{n(d.WEERSTANDSRATIO, 2)} en daarmee is het weerstandsvermogen ruim voldoende. De netto schuldquote "
            "loopt wel op door de grote investeringen in scholen, sportaccommodaties en de herinrichting van het "
            "Stationskwartier (zie paragraaf 3.3)."),
          P("1.2 Kerngegevens", H2),
          P(f"Welderbroek telt op 1 januari 2032 {n(inw32)} inwoners, {n(inw32 - d.KERNGEGEVENS[0][1])} meer dan een "
            "jaar eerder. De groei komt vooral door de oplevering van nieuwbouwwoningen in de wijken Hofwijk en "
            "Zuidertuinen. Het aantal inwoners van 65 jaar en ouder neemt sneller toe dan het aantal jongeren."),
          tbl("Tabel 1.2 Kerngegevens", None, table(["Per 1 januari", "2031", "2032"], [[lbl, n(a), n(b)] for lbl, a, b in d.KERNGEGEVENS],
                [COLW - 2 * 56, 56, 56])),
          P("1.3 Nieuw beleid", H2),
          P("Met deze begroting stellen wij de raad voor de volgende nieuwe beleidsvoornemens structureel of voor "
            "meerdere jaren te dekken. De bedragen zijn opgenomen in de programma's."),
          tbl("Tabel 1.3 Nieuw beleid", "Bedragen x € 1.000",
              table(["", "2033", "2034", "2035", "2036"],
                    [[lbl] + [n(x) for x in v] for lbl, v in d.NIEUW_BELEID]
                    + [["Totaal nieuw beleid"] + [n(x) for x in d.NIEUW_BELEID_TOTAAL]],
                    [COLW - 4 * 36, 36, 36, 36, 36], bold_rows=(len(d.NIEUW_BELEID),))),
          P("Het nieuwe beleid wordt gedekt uit de ruimte in de meerjarenraming en, voor de incidentele delen, "
            "uit de algemene reserve."),
          P("1.4 Leeswijzer", H2),
          P("Hoofdstuk 2 bevat de zes programma's. Per programma beantwoorden wij drie vragen: Wat willen we "
            "bereiken? Wat gaan we daarvoor doen? Wat mag het kosten? In hoofdstuk 3 staan de verplichte "
            "paragrafen, waaronder lokale heffingen, weerstandsvermogen en verbonden partijen. Hoofdstuk 4 bevat "
            "de financiële begroting: het overzicht van baten en lasten, de algemene dekkingsmiddelen, de reserves "
            "en het investeringsplan. Bedragen in de tabellen zijn, tenzij anders vermeld, in duizenden euro's; "
            "door afronding kunnen totalen afwijken van de som van de onderdelen."),
          ]

    # ---- 2 Programma's ------------------------------------------------------------------------
    s += [NextPageTemplate("twocol"), P("2 Programma's", H1),
          P("De begroting is opgebouwd uit zes programma's. Elk programma begint met de maatschappelijke "
            "effecten die wij willen bereiken, gevolgd door de activiteiten die wij daarvoor uitvoeren en de "
            "lasten en baten. De bedragen per programma zijn in duizenden euro's."),
          tbl("Overzicht programma's en portefeuillehouders", None,
              table(["Programma", "Portefeuillehouder"],
                    [[f"{nr} {nm}", pf] for (c, nr, nm), pf in zip(d.PROGRAMMES, PORTEFEUILLE)],
                    [COLW - 78, 78])),
          P("De taakvelden uit het Besluit begroting en verantwoording zijn aan de programma's toegewezen; de "
            "toewijzing staat in de financiële verordening. Per programma nemen wij een beperkte set "
            "beleidsindicatoren op; de verplichte indicatoren staan op waarstaatjegemeente.nl."),
          P("Ten opzichte van de vorige begroting is de programma-indeling niet gewijzigd. Wel zijn de "
            "onderdelen wijkteams en volksgezondheid samengevoegd in programma 4, zodat de raad het sociaal "
            "domein in samenhang kan volgen.")]

    # Programma 1
    vr = d.VP["Veiligheidsregio Lingemonde"]
    s += prog_start("P1", "burgemeester A.M. Verkerk-Dalhuis")
    s += [P("Wat willen we bereiken?", H3),
          P("Inwoners van Welderbroek voelen zich veilig in hun buurt en vertrouwen op een gemeente die "
            "bereikbaar, betrouwbaar en dichtbij is. Wij willen dat ten minste 80% van de inwoners de "
            "dienstverlening van de gemeente met een voldoende waardeert."),
          ] + bullets([
              "Minder woninginbraken, winkeldiefstallen en geweldsdelicten.",
              "Een weerbare lokale economie, waarin criminelen geen ruimte krijgen.",
              "Snelle en persoonlijke dienstverlening, digitaal waar het kan en aan de balie waar het moet.",
          ]) + [
          *ontwikkelingen("P1"), P("Wat gaan we daarvoor doen?", H3),
          P("Met het programma 'Weerbaar Welderbroek' pakken wij ondermijning aan. Samen met politie, "
            "Openbaar Ministerie en het Regionaal Informatie- en Expertisecentrum (RIEC) voeren wij integrale "
            "controles uit op bedrijventerrein Bleekveld. Bij vergunningen in kwetsbare branches passen wij "
            "standaard de Bibob-toets toe."),
          ] + bullets([
              "Wij stellen twee extra boa's aan voor toezicht in de wijken.",
              "Het digitale loket wordt uitgebreid, zodat inwoners ook paspoorten 's avonds kunnen aanvragen.",
              "Wij actualiseren het Integraal Veiligheidsplan 2033-2036 samen met de raad.",
              "Buurtpreventieteams krijgen een vast aanspreekpunt bij de gemeente.",
          ]) + [
          P("Brandweerzorg en crisisbeheersing zijn belegd bij de Veiligheidsregio Lingemonde. Onze bijdrage "
            f"aan de Veiligheidsregio Lingemonde stijgt in 2033 naar € {mln(vr[2] * 1000)} miljoen, vooral door "
            "de loon- en prijsindexatie en de vervanging van tankautospuiten."),
          P("Beleidskaders", H3)] + bullets([
              "Integraal Veiligheidsplan 2029-2032 (verlengd tot de vaststelling van het nieuwe plan)",
              "Dienstverleningsvisie 'Dichtbij en digitaal'",
              "Beleidslijn Bibob gemeente Welderbroek",
          ]) + prog_indicators("P1") + [
          P("Wat mag het kosten?", H3)] + prog_cost_table("P1") + [
          P("De lasten stijgen ten opzichte van 2032 door de hogere bijdrage aan de veiligheidsregio en de "
            "uitbreiding van het aantal boa's. In 2033 zijn er geen verkiezingen; de kosten daarvan vallen in "
            "2034.")] + prog_verschil("P1")

    # Programma 2
    s += prog_start("P2", "wethouder R. Oudshoorn")
    s += [P("Wat willen we bereiken?", H3),
          P("Een schone, hele en veilige openbare ruimte, waarin voetgangers en fietsers voorrang krijgen. Wij "
            "willen het restafval terugbrengen naar 100 kilo per inwoner per jaar en de riolering "
            "klimaatbestendig maken."),
          ] + bullets([
              "Straten, pleinen en groen zijn veilig en goed onderhouden.",
              "De fiets is voor korte afstanden de logische keuze.",
              "Wateroverlast bij hevige regenval blijft beperkt tot enkele uren.",
          ]) + [
          *ontwikkelingen("P2"), P("Wat gaan we daarvoor doen?", H3)] + bullets([
              f"Wij vervangen in 2033 circa {d.RIOLERING_KM} kilometer riolering in de wijk Hofwijk en koppelen "
              "daarbij het hemelwater af.",
              "De Esdoornlaan wordt heringericht als fietsstraat.",
              "De nieuwe fietsverbinding Dijkzicht-Waterpoort wordt in 2033 aangelegd.",
              "Alle openbare verlichting is in 2036 vervangen door ledverlichting.",
              "De bruggen in het gebied Ravensloot worden in 2033 en 2035 vervangen.",
              "Wij voeren in alle wijken diftar in: wie minder restafval aanbiedt, betaalt minder.",
          ]) + [
          P("Het beheer van de openbare ruimte volgt de beheerplannen wegen, groen en kunstwerken. Het "
            "kwaliteitsniveau is basis; rond winkelcentra en scholen houden wij het niveau hoog. In de "
            "paragraaf onderhoud kapitaalgoederen van de jaarstukken rapporteren wij over de achterstanden."),
          P("Inwoners melden gebreken via de app 'Fixi Welderbroek'. Meldingen over gevaarlijke situaties "
            "pakken wij binnen 24 uur op."),
          P("Beleidskaders", H3)] + bullets([
              "Gemeentelijk Rioleringsplan 2031-2035",
              "Mobiliteitsvisie 'Welderbroek beweegt'",
              "Grondstoffenplan 2032-2036",
          ]) + prog_indicators("P2") + [
          P("Wat mag het kosten?", H3)] + prog_cost_table("P2") + [
          P("De lasten stijgen door hogere kapitaallasten van de investeringen in riolering en wegen. Daar "
            "staan hogere opbrengsten van de rioolheffing en de afvalstoffenheffing tegenover.")] + prog_verschil("P2")

    # Programma 3
    s += prog_start("P3", "wethouder J.C. Brinkhorst")
    s += [P("Wat willen we bereiken?", H3),
          P("Voldoende betaalbare woningen voor alle inwoners, een aantrekkelijk centrum en werkgelegenheid "
            "dicht bij huis. Tot en met 2036 willen wij 1.600 woningen toevoegen, waarvan ten minste een derde "
            "in de sociale huur."),
          ] + bullets([
              "Starters en ouderen vinden een passende woning in hun eigen kern.",
              "Het centrum blijft een levendige plek om te winkelen en elkaar te ontmoeten.",
              "Bedrijven kunnen in Welderbroek groeien.",
          ]) + [
          *ontwikkelingen("P3"), P("Wat gaan we daarvoor doen?", H3),
          P(f"Wij willen in 2033 zorgen voor de oplevering van {d.WONINGEN_2033} nieuwe woningen, vooral in "
            "Zuidertuinen en op het Kadijkterrein. Met de woningcorporaties maken wij prestatieafspraken over "
            "nieuwbouw en verduurzaming."),
          P("Het Stationskwartier wordt omgevormd tot een levendig woon-werkgebied met ongeveer 650 woningen, "
            "een overdekte fietsenstalling en een nieuw busplein. De herinrichting van de openbare ruimte start "
            "in 2033 en loopt door tot en met 2036. Aan de rand van het Sluiskwartier wordt de kademuur "
            "vervangen."),
          ] + bullets([
              "Wij stellen een nieuwe Woonvisie op, met een doelgroepenverordening voor middenhuur.",
              "Het ondernemersloket begeleidt startende ondernemers en bedrijven die willen uitbreiden.",
              "Wij werken aan het omgevingsplan en ronden de bruidsschat-regels af.",
          ]) + [
          P("Beleidskaders", H3)] + bullets([
              "Omgevingsvisie Welderbroek 2040",
              "Woonvisie 2029-2033",
              "Centrumvisie 'Hart van Welderbroek'",
          ]) + prog_indicators("P3") + [
          P("Wat mag het kosten?", H3)] + prog_cost_table("P3") + [
          P("De baten en lasten van dit programma schommelen door de grondexploitaties: de verkoop van kavels "
            "op het Kadijkterrein valt vooral in 2032 en 2033.")] + prog_verschil("P3")

    # Programma 4
    s += prog_start("P4", "wethouder M. El Idrissi; wethouder J.C. Brinkhorst")
    s += [P("Wat willen we bereiken?", H3),
          P("Iedereen doet mee. Inwoners die het op eigen kracht niet redden, krijgen tijdig passende "
            "ondersteuning, zo dicht mogelijk bij huis. Wij willen dat meer mensen met een uitkering aan het "
            "werk gaan."),
          *ontwikkelingen("P4"), P("Wat gaan we daarvoor doen?", H3),
          P("De wijkteams 'Samen in de Wijk' zijn de toegang tot Wmo, jeugdhulp en schuldhulpverlening. In "
            f"2033 versterken wij de praktijkondersteuners jeugd bij de huisartsen. Wij verwachten in 2033 "
            f"gemiddeld {n(d.BIJSTAND_2033)} huishoudens met een bijstandsuitkering; met het Werkbedrijf "
            "Brakelsveer begeleiden wij hen naar werk."),
          ] + bullets([
              "Wij kopen jeugdhulp met verblijf samen met de regiogemeenten in.",
              "Het abonnementstarief Wmo leidt tot meer aanvragen voor huishoudelijke hulp; wij sturen op "
              "algemene voorzieningen.",
              "Schuldhulpverlening wordt sneller ingezet via vroegsignalering bij betalingsachterstanden.",
          ]) + prog_indicators("P4") + [
          P("Wat mag het kosten?", H3)] + prog_cost_table("P4") + [
          P(f"Het budget voor jeugdhulp stijgt naar € {mln(d.P4_ONDERDEEL['Jeugdhulp'][2] * 1000)} miljoen. De "
            "lasten stijgen vooral door de jeugdhulp: het aantal jongeren met een verblijfsindicatie neemt toe en "
            "de tarieven van de aanbieders worden geïndexeerd. Daarnaast stijgen de Wmo-lasten door de "
            "vergrijzing en het abonnementstarief."),
          tbl("Tabel 2.4.3 Lasten per onderdeel", "Bedragen x € 1.000",
              table(["Onderdeel", "Begroting<br/>2032", "Begroting<br/>2033"],
                    [[lbl, n(a), n(b)] for lbl, a, b in d.P4_ONDERDELEN_K]
                    + [["Totaal lasten", n(d.lasten("P4", "B32")), n(d.lasten("P4", "B33"))]],
                    [COLW - 2 * 58, 58, 58], bold_rows=(len(d.P4_ONDERDELEN_K),))),
          P("De baten bestaan vooral uit de rijksuitkering voor de bijstand (BUIG) en eigen bijdragen. De "
            "Reserve sociaal domein vangt in 2033 en 2034 een deel van de stijging op (zie tabel 4.3).")] + prog_verschil("P4")

    # Programma 5
    wh = d.INV["Nieuwbouw sporthal Wilgenhorst"]
    s += prog_start("P5", "wethouder R. Oudshoorn; wethouder M. El Idrissi")
    s += [P("Wat willen we bereiken?", H3),
          P("Goede schoolgebouwen, een bruisend cultureel leven en voor iedereen de kans om te sporten en te "
            "bewegen. Wij willen dat in 2036 ten minste 70% van de inwoners wekelijks sport."),
          ] + bullets([
              "Alle kinderen gaan naar school in een gezond en veilig gebouw.",
              "Jongeren verlaten de school met een startkwalificatie.",
              "Sportverenigingen en culturele instellingen zijn financieel gezond.",
          ]) + [
          *ontwikkelingen("P5"), P("Wat gaan we daarvoor doen?", H3),
          P("Het IKC Zuidertuinen wordt uitgebreid met acht lokalen en een kinderopvang. Sporthal Wilgenhorst "
            "wordt vervangen door een nieuwe, energieneutrale sporthal met een wedstrijdzaal. De nieuwbouw van "
            f"sporthal Wilgenhorst kost in totaal € {n(sum(wh[4]) / 1000, 2)} miljoen; de oplevering is "
            "voorzien in het voorjaar van 2035."),
          ] + bullets([
              "Sportpark Rietkamp krijgt in 2034 en 2036 nieuwe kunstgrasvelden.",
              "De bibliotheek opent een tweede vestiging in het Stationskwartier.",
              "Het cultuurfonds voor kinderen wordt verlengd tot en met 2036.",
              "Wij actualiseren het Integraal Huisvestingsplan onderwijs.",
          ]) + [
          P("Beleidskaders", H3)] + bullets([
              "Integraal Huisvestingsplan onderwijs 2031-2046",
              "Sportakkoord Welderbroek",
              "Cultuurnota 'Iedereen doet mee'",
          ]) + prog_indicators("P5") + [
          P("Wat mag het kosten?", H3)] + prog_cost_table("P5") + [
          P("De lasten nemen vanaf 2034 toe door de kapitaallasten van de sporthal en de uitbreiding van het "
            "IKC.")] + prog_verschil("P5")

    # Programma 6
    s += prog_start("P6", "wethouder J.C. Brinkhorst")
    s += [P("Wat willen we bereiken?", H3),
          P("Een structureel sluitende begroting en een wendbare, zuinige organisatie. De lastenontwikkeling "
            "voor inwoners blijft gematigd: de OZB stijgt niet meer dan de inflatie."),
          *ontwikkelingen("P6"), P("Wat gaan we daarvoor doen?", H3),
          P("Dit programma bevat de algemene dekkingsmiddelen (zie paragraaf 4.2), de overhead van de "
            "ambtelijke organisatie en de post onvoorzien. De belangrijkste inkomstenbron is de algemene "
            "uitkering uit het gemeentefonds; die bedraagt in 2033 "
            f"€ {mln(d.ALG_UITKERING_K[0] * 1000)} miljoen."),
          ] + bullets([
              "Wij voeren een heroverweging van de begroting uit, met een rapportage bij de Voorjaarsnota 2033.",
              "De ICT-infrastructuur en de werkplekken worden gefaseerd vervangen.",
              "Het gemeentelijk vastgoed wordt verduurzaamd volgens het routeplan verduurzaming vastgoed.",
              "Wij verminderen de externe inhuur door vaste medewerkers aan te trekken.",
          ]) + [
          P("De post onvoorzien bedraagt € 250.000 per jaar. Inzet ervan is alleen mogelijk voor uitgaven die "
            "onvoorzien, onvermijdelijk en onuitstelbaar zijn."),
          P("Beleidskaders", H3)] + bullets([
              "Financiële verordening gemeente Welderbroek",
              "Nota reserves en voorzieningen",
              "Treasurystatuut",
          ]) + prog_indicators("P6") + [
          P("Wat mag het kosten?", H3)] + prog_cost_table("P6") + [
          P("Het saldo van dit programma is positief, omdat hier de algemene dekkingsmiddelen worden "
            "verantwoord.")] + prog_verschil("P6")

    # ---- 3 Paragrafen ---------------------------------------------------------------------------
    tar_rows, groups, cur = [], [], None
    for lbl, grp, a, b, dec in d.TARIEVEN:
        if grp != cur:
            groups.append(len(tar_rows))
            tar_rows.append([grp, "", "", ""])
            cur = grp
        tar_rows.append([lbl, n(a, dec), n(b, dec), pct(d.stijging(a, b))])
    wl = d.WOONLASTEN
    s += [NextPageTemplate("twocol"), PageBreak(), P("3 Paragrafen", H1), P("3.1 Lokale heffingen", H2),
          P("De meeste tarieven stijgen in 2033 met ongeveer de inflatie van 2,5%. De OZB-tarieven stijgen "
            "minder, omdat ook de WOZ-waarden stijgen. De rioolheffing en de afvalstoffenheffing zijn volledig "
            "kostendekkend; hun tarieven volgen de kosten."),
          P(f"De OZB-opbrengst stijgt naar € {n(d.OZB_2033_MLN, 1)} miljoen; dat is inclusief de groei van het "
            "aantal woningen en bedrijfspanden. De WOZ-waarden stijgen gemiddeld met 5,3%; de tarieven dalen "
            "niet mee, waardoor de lastendruk voor eigenaren toeneemt."),
          P("De afvalstoffenheffing stijgt door hogere verwerkingskosten van restafval en de verhoging van de "
            "afvalstoffenbelasting door het Rijk. Wij onttrekken in 2033 een deel van de egalisatiereserve om de "
            "stijging te dempen."),
          tbl("Tabel 3.1 Tarieven lokale heffingen", "Bedragen in euro's", table(["Heffing", "Tarief<br/>2032", "Tarief<br/>2033", "Stijging"], tar_rows,
                [COLW - 3 * 46, 46, 46, 46], group_rows=groups)),
          P("De toeristenbelasting geldt per persoon per overnachting.", NOTE),
          tbl("Tabel 3.2 Woonlasten meerpersoonshuishouden", "Bedragen in euro's", table(["", "2032", "2033"],
                [["Gemiddelde WOZ-waarde", n(d.WOZ[2032]), n(d.WOZ[2033])],
                 ["OZB eigenaar", n(wl[2032]["ozb"]), n(wl[2033]["ozb"])],
                 ["Rioolheffing", n(wl[2032]["riool"]), n(wl[2033]["riool"])],
                 ["Afvalstoffenheffing", n(wl[2032]["afval"]), n(wl[2033]["afval"])],
                 ["Totaal woonlasten", n(wl[2032]["totaal"]), n(wl[2033]["totaal"])]],
                [COLW - 2 * 60, 60, 60], bold_rows=(4,)),
              "Huishouden met een eigen woning van gemiddelde WOZ-waarde."),
          P("Kwijtschelding", H3),
          P("Inwoners met een inkomen op bijstandsniveau kunnen kwijtschelding krijgen van de "
            "afvalstoffenheffing en de rioolheffing. Wij schelden volledig kwijt (100%-norm)."),
          P("3.2 Weerstandsvermogen en risicobeheersing", H2),
          P("Het weerstandsvermogen is het vermogen om financiële tegenvallers op te vangen zonder dat het "
            "beleid hoeft te worden aangepast. Wij vergelijken de beschikbare weerstandscapaciteit met de "
            "benodigde weerstandscapaciteit die volgt uit de gekwantificeerde risico's."),
          tbl("Tabel 3.3 Weerstandsvermogen 2033", "Bedragen x € 1.000", table(["", "Bedrag"],
                [[lbl, n(v)] for lbl, v in d.WEERSTAND_BESCHIKBAAR]
                + [["Beschikbare weerstandscapaciteit", n(d.WEERSTAND_BESCHIKBAAR_K)],
                   ["Benodigde weerstandscapaciteit", n(d.RISICO_BENODIGD_K)],
                   ["Weerstandsratio", n(d.WEERSTANDSRATIO, 2)]],
                [COLW - 62, 62], bold_rows=(4, 6))),
          P(f"Met een ratio van {n(d.WEERSTANDSRATIO, 2)} valt het weerstandsvermogen in klasse B: ruim "
            "voldoende. De raad heeft als ondergrens een ratio van 1,4 vastgesteld."),
          tbl("Tabel 3.4 Belangrijkste risico's", "Bedragen x € 1.000", table(["Risico", "Benodigd"], [[lbl, n(v)] for lbl, v in d.RISICOS_K]
                + [["Totaal", n(d.RISICO_BENODIGD_K)]], [COLW - 62, 62], bold_rows=(len(d.RISICOS_K),))),
          P("3.3 Financiering", H2),
          P("De gemeente financiert haar investeringen met langlopende leningen. Door het omvangrijke "
            "investeringsplan neemt de schuld de komende jaren toe. De netto schuldquote loopt op naar "
            f"{n(d.NETTO_SCHULDQUOTE_2036, 1)}% in 2036; dat blijft onder de signaalwaarde van 100% die de raad "
            "hanteert."),
          tbl("Tabel 3.5 Financiële kengetallen", "In procenten", table(["Kengetal", "Rekening<br/>2031", "Begroting<br/>2032", "Begroting<br/>2033"],
                [[lbl] + [pct(v) for v in (a, b, c)] for lbl, a, b, c in d.KENGETALLEN],
                [COLW - 3 * 46, 46, 46, 46])),
          P("Een negatieve structurele exploitatieruimte betekent dat structurele lasten deels met "
            "incidentele middelen worden gedekt.", NOTE),
          P("Wij houden de renterisiconorm en de kasgeldlimiet ruim aan. De rente op nieuwe leningen is "
            "begroot op 3,1%."),
          P("3.4 Verbonden partijen", H2),
          P("Welderbroek neemt deel in vier gemeenschappelijke regelingen. Hieronder staan de bijdragen die wij "
            "aan deze regelingen betalen. Bij de veiligheidsregio en de GGD volgen de bijdragen uit een "
            "verdeling naar inwonertal."),
          tbl("Tabel 3.6 Bijdragen aan verbonden partijen", "Bedragen x € 1.000", table(["Verbonden partij", "Begroting<br/>2032", "Begroting<br/>2033"],
                [[nm, n(a), n(b)] for nm, a, b in d.VERBONDEN]
                + [["Totaal", n(d.VP_TOTAAL_K[0]), n(d.VP_TOTAAL_K[1])]],
                [COLW - 2 * 56, 56, 56], bold_rows=(len(d.VERBONDEN),))),
          P("De Veiligheidsregio Lingemonde voert de brandweerzorg, de rampenbestrijding en de GHOR uit voor "
            "acht gemeenten. Het Werkbedrijf Brakelsveer voert de sociale werkvoorziening en beschut werk uit."),
          ]

    # ---- 4 Financiële begroting (full width) ------------------------------------------------------
    cols = [d.COL_LABEL[c] for c in d.MJR]
    W4 = W - ML - MR
    ovz = [["Lasten", "", "", "", ""]]
    for code, nr, name in d.PROGRAMMES:
        ovz.append([f"{nr} {name}"] + [k(d.lasten(code, c)) for c in d.MJR])
    ovz.append(["Totaal lasten"] + [k(d.tot_lasten(c)) for c in d.MJR])
    ovz.append(["Baten", "", "", "", ""])
    for code, nr, name in d.PROGRAMMES:
        ovz.append([f"{nr} {name}"] + [k(d.baten(code, c)) for c in d.MJR])
    ovz.append(["Totaal baten"] + [k(d.tot_baten(c)) for c in d.MJR])
    ovz.append(["Saldo van baten en lasten"] + [k(d.saldo_bl(c)) for c in d.MJR])
    ovz.append(["Toevoegingen aan reserves"] + [k(d.TOEV_K[c]) for c in d.MJR])
    ovz.append(["Onttrekkingen aan reserves"] + [k(d.ONTT_K[c]) for c in d.MJR])
    ovz.append(["Resultaat (begrotingssaldo)"] + [k(d.resultaat(c)) for c in d.MJR])
    n_p = len(d.PROGRAMMES)
    s += [NextPageTemplate("full"), PageBreak(), P("4 Financiële begroting", H1),
          P("4.1 Overzicht van baten en lasten", H2),
          P("Het overzicht van baten en lasten geeft per programma de geraamde lasten en baten voor het "
            "begrotingsjaar en de drie jaren van de meerjarenraming. Lasten en baten staan als positieve bedragen; "
            "een negatief saldo is een nadeel."),
          tbl("Tabel 4.1 Overzicht van baten en lasten 2033-2036", "Bedragen x € 1.000", table(["Programma", "Begroting 2033", "Raming 2034", "Raming 2035", "Raming 2036"], ovz,
                [W4 - 4 * 72, 72, 72, 72, 72], bold_rows=(n_p + 1, 2 * n_p + 3, 2 * n_p + 4, 2 * n_p + 7),
                group_rows=(0, n_p + 2), font=7.8)),
          Spacer(1, 8),
          P("4.2 Overzicht algemene dekkingsmiddelen", H2),
          P("Algemene dekkingsmiddelen zijn inkomsten die de gemeente vrij kan besteden. Ze maken deel uit "
            "van programma 6."),
          tbl("Tabel 4.2 Algemene dekkingsmiddelen", "Bedragen x € 1.000", table(["Dekkingsmiddel", "Begroting 2033", "Raming 2034", "Raming 2035", "Raming 2036"],
                [[lbl] + [n(v) for v in vals] for lbl, vals in d.ADM_ORDER]
                + [["Totaal algemene dekkingsmiddelen"] + [n(v) for v in d.ADM_TOTAAL_K]],
                [W4 - 4 * 72, 72, 72, 72, 72], bold_rows=(len(d.ADM_ORDER),), font=7.8)),
          ]
    res_rows = []
    for name, start, muts in d.RESERVES:
        st = d.reserve_stands(name)
        res_rows.append([name, n(start), dash(muts[0][0]), dash(-muts[0][1], 0, br)] + [n(v) for v in st[1:]])
    tot_st = [sum(d.reserve_stands(nm)[j] for nm in d.RES) for j in range(5)]
    res_rows.append(["Totaal reserves", n(tot_st[0]), n(d.reserve_total("toev", 0)),
                     br(-d.reserve_total("ontt", 0))] + [n(v) for v in tot_st[1:]])
    s += [PageBreak(), P("4.3 Overzicht reserves", H2),
          P("Het overzicht toont per reserve de stand aan het begin van 2033, de geraamde toevoegingen en "
            "onttrekkingen in 2033 en de verwachte standen aan het eind van elk jaar. Onttrekkingen staan tussen "
            "haakjes. De bedragen zijn in euro's."),
          tbl("Tabel 4.3 Verloop van de reserves", "Bedragen in euro's", table(["Reserve", "Stand<br/>1-1-2033", "Toevoeging<br/>2033", "Onttrekking<br/>2033",
                 "Stand<br/>31-12-2033", "Stand<br/>31-12-2034", "Stand<br/>31-12-2035", "Stand<br/>31-12-2036"],
                res_rows, [W4 - 7 * 51, 51, 51, 51, 51, 51, 51, 51], bold_rows=(len(d.RESERVES),), font=7.0)),
          Spacer(1, 6),
          P("De onttrekking aan de algemene reserve in 2033 dekt incidentele uitgaven uit het coalitieakkoord, "
            "waaronder de aanpak van ondermijning en het cultuurfonds voor kinderen. De Reserve sociaal domein "
            "wordt ingezet om de stijging van de jeugdhulplasten tijdelijk op te vangen. De Reserve dekking "
            "kapitaallasten dekt de afschrijvingen van eerder geactiveerde investeringen met maatschappelijk nut."),
          P("Toevoegingen en onttrekkingen per jaar (2034-2036) zijn verwerkt in de standen; de totalen per jaar "
            "staan in tabel 4.1 in duizenden euro's."),
          ]
    # ---- 4.4 rotated page -------------------------------------------------------------------------
    LW = H - ML - MR
    inv_rows = []
    for nr, name, prog, term, yrs in d.INVESTERINGEN:
        inv_rows.append([str(nr), name, prog[1], str(term)] + [dash(v) for v in yrs] + [n(sum(yrs))])
    inv_rows.append(["", "Totaal investeringen", "", ""] + [n(v) for v in d.INV_TOTAAL_K] + [n(d.INV_TOTAAL_ALL_K)])
    inv = table(["Nr", "Investering", "Programma", "Afschrijvings-<br/>termijn (jaren)", "2033", "2034", "2035",
                 "2036", "Totaal<br/>2033-2036"], inv_rows,
                [24, 250, 62, 86, 66, 66, 66, 66, LW - 24 - 250 - 62 - 86 - 4 * 66], bold_rows=(len(inv_rows) - 1,),
                font=8.0, left_cols=(0, 1))
    inv.setStyle(TableStyle([("ALIGN", (2, 1), (3, -1), "CENTER"), ("ALIGN", (1, 1), (1, -1), "LEFT")]))
    s += [NextPageTemplate("rotated"), PageBreak(), P("4.4 Investeringsplan 2033-2036", H2),
          P("Het investeringsplan bevat de investeringen die wij in de komende vier jaar willen doen. De raad "
            "stelt de kredieten voor 2033 vast met deze begroting; de kredieten voor latere jaren zijn indicatief. "
            f"In 2033 investeren wij in totaal € {n(d.INV_2033_MLN, 1)} miljoen."),
          P("Tabel 4.4 Investeringsplan", CAP), P("Bedragen x € 1.000", SCALE), inv,
          P("De kapitaallasten van de investeringen zijn verwerkt in de programmabegroting vanaf het jaar na "
            "ingebruikname.", NOTE)]
    # ---- Bijlage (twocol again) -------------------------------------------------------------------
    s += [NextPageTemplate("twocol"), PageBreak(), P("Bijlage 1 Begrippenlijst", H1)]
    for term, expl in [
        ("Algemene uitkering", "De bijdrage uit het gemeentefonds die de gemeente vrij mag besteden."),
        ("Begrotingssaldo", "Het saldo van baten en lasten na toevoegingen aan en onttrekkingen uit reserves."),
        ("Kapitaallasten", "Afschrijving en rente van investeringen."),
        ("Netto schuldquote", "De netto schuld als percentage van de totale baten; een maat voor de "
                              "schuldenlast."),
        ("OZB", "Onroerendezaakbelasting, een belasting op woningen en niet-woningen naar hun WOZ-waarde."),
        ("Reserve", "Een deel van het eigen vermogen; een bestemmingsreserve heeft een door de raad bepaald "
                    "doel."),
        ("Weerstandsratio", "De beschikbare weerstandscapaciteit gedeeld door de benodigde "
                            "weerstandscapaciteit."),
        ("WOZ-waarde", "De waarde van een onroerende zaak volgens de Wet waardering onroerende zaken."),
        ("Baten", "Opbrengsten van de gemeente, zoals belastingen, leges, rijksuitkeringen en huren."),
        ("Lasten", "Uitgaven van de gemeente, inclusief afschrijvingen en rente."),
        ("BUIG", "Bundeling van uitkeringen inkomensvoorzieningen aan gemeenten: de rijksuitkering voor de "
                 "bijstand."),
        ("Gemeenschappelijke regeling", "Een samenwerkingsverband van gemeenten met een eigen bestuur, zoals de "
                                        "veiligheidsregio of de GGD."),
        ("Herijking gemeentefonds", "De nieuwe verdeling van het gemeentefonds over de gemeenten."),
        ("Meerjarenraming", "De raming van baten en lasten voor de drie jaren na het begrotingsjaar."),
        ("Onvoorzien", "Een budget voor uitgaven die onvoorzien, onvermijdelijk en onuitstelbaar zijn."),
        ("Taakveld", "Een landelijk voorgeschreven indeling van de gemeentelijke taken voor informatie aan het "
                     "Rijk."),
        ("Wmo", "Wet maatschappelijke ondersteuning 2015."),
        ("Bibob", "Wet bevordering integriteitsbeoordelingen door het openbaar bestuur."),
    ]:
        s.append(P(f"<b>{term}</b><br/>{expl}"))
    return s


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
    out.mkdir(parents=True, exist_ok=True)
    doc = Doc(str(out / d.MUNI_FILE))
    doc.multiBuild(story())
    print(f"wrote {out / d.MUNI_FILE}: {doc.page} pages")


if __name__ == "__main__":
    main()
