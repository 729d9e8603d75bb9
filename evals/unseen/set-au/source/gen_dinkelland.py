"""Gemeente Dinkelland, Jaarstukken 2022 (FICTIONAL figures) as an A4 portrait PDF made with reportlab (platypus).

Writes <corpus>/dinkelland-jaarstukken-2022.pdf.  Layout: Liberation Serif body with Liberation Sans headings in
green, a running header "Gemeente Dinkelland | Jaarstukken 2022" and footer "pagina n", a table of contents
filled in by a two-pass build (multiBuild), tables with horizontal rules only (a rule above and below the tinted
header row and below the table, zebra rows, bold totals, group rows in italics), captions "Tabel n.n ..." with a
scale line; long row labels wrap over two lines.  The wording of the ambitie Inclusieve samenleving follows the
real Begroting 2020 text export (the four actielijnen and their "Doel:" sentences).

Usage: python gen_dinkelland.py CORPUS_DIR
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether, ListFlowable,  # noqa: E402
                                ListItem, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents  # noqa: E402

import data as d  # noqa: E402
from fmt import dec, eur, nl, nl_dash, vn  # noqa: E402

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus").resolve()
LIB = Path("/usr/share/fonts/truetype/liberation2")
for name, f in [("Serif", "LiberationSerif-Regular.ttf"), ("Serif-Bold", "LiberationSerif-Bold.ttf"),
                ("Serif-Italic", "LiberationSerif-Italic.ttf"), ("Serif-BoldItalic", "LiberationSerif-BoldItalic.ttf"),
                ("Sans", "LiberationSans-Regular.ttf"), ("Sans-Bold", "LiberationSans-Bold.ttf"),
                ("Sans-Italic", "LiberationSans-Italic.ttf")]:
    pdfmetrics.registerFont(TTFont(name, str(LIB / f)))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic",
                              boldItalic="Serif-BoldItalic")

GREEN = colors.HexColor("#2f6b3a")
LIGHT = colors.HexColor("#dcebd9")
ZEBRA = colors.HexColor("#f4f8f3")
GREY = colors.HexColor("#555555")

ST = {
    "body": ParagraphStyle("body", fontName="Serif", fontSize=10.5, leading=14.2, spaceAfter=6, alignment=TA_LEFT),
    "h1": ParagraphStyle("h1", fontName="Sans-Bold", fontSize=16, leading=20, textColor=GREEN, spaceBefore=0,
                         spaceAfter=10),
    "h2": ParagraphStyle("h2", fontName="Sans-Bold", fontSize=12.5, leading=16, textColor=GREEN, spaceBefore=10,
                         spaceAfter=5),
    "h3": ParagraphStyle("h3", fontName="Sans-Bold", fontSize=10.5, leading=13, textColor=colors.black,
                         spaceBefore=7, spaceAfter=3),
    "doel": ParagraphStyle("doel", fontName="Serif-Italic", fontSize=10, leading=13.2, spaceAfter=5, leftIndent=8,
                           textColor=GREEN),
    "cap": ParagraphStyle("cap", fontName="Sans-Bold", fontSize=9, leading=11, spaceBefore=8, spaceAfter=0),
    "scale": ParagraphStyle("scale", fontName="Sans-Italic", fontSize=7.5, leading=9.5, spaceAfter=3,
                            textColor=GREY),
    "cell": ParagraphStyle("cell", fontName="Sans", fontSize=8.3, leading=10),
    "cellb": ParagraphStyle("cellb", fontName="Sans-Bold", fontSize=8.3, leading=10),
    "celli": ParagraphStyle("celli", fontName="Sans-Italic", fontSize=8.3, leading=10),
    "head": ParagraphStyle("head", fontName="Sans-Bold", fontSize=8.3, leading=10, alignment=2),
    "headl": ParagraphStyle("headl", fontName="Sans-Bold", fontSize=8.3, leading=10),
    "toc0": ParagraphStyle("toc0", fontName="Sans-Bold", fontSize=10.5, leading=15, leftIndent=0),
    "toc1": ParagraphStyle("toc1", fontName="Serif", fontSize=10, leading=13, leftIndent=14),
}


def x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Paragraph) and getattr(f, "toc_level", None) is not None:
            self.notify("TOCEntry", (f.toc_level, f.getPlainText(), self.page))



def on_page(c, doc):
    c.saveState()
    w, h = A4
    c.setFont("Sans", 8)
    c.setFillColor(GREEN)
    c.drawString(22 * mm, h - 13 * mm, "Gemeente Dinkelland")
    c.drawRightString(w - 22 * mm, h - 13 * mm, "Jaarstukken 2022")
    c.setStrokeColor(GREEN)
    c.setLineWidth(0.5)
    c.line(22 * mm, h - 14.8 * mm, w - 22 * mm, h - 14.8 * mm)
    c.setFillColor(GREY)
    c.drawRightString(w - 22 * mm, 11 * mm, f"pagina {doc.page}")
    c.restoreState()


def on_cover(c, doc):
    pass


STORY = []
TABLES = []


def P(*parts, style="body"):
    STORY.append(Paragraph(x(" ".join(parts)), ST[style]))


def H1(text):
    STORY.append(PageBreak())
    p = Paragraph(x(text), ST["h1"])
    p.toc_level = 0
    STORY.append(p)


def H2(text, toc=True, newpage=False):
    STORY.append(PageBreak() if newpage else CondPageBreak(60 * mm))
    p = Paragraph(x(text), ST["h2"])
    if toc:
        p.toc_level = 1
    STORY.append(p)


def H3(text):
    STORY.append(CondPageBreak(35 * mm))
    STORY.append(Paragraph(x(text), ST["h3"]))


def bullets(items):
    STORY.append(ListFlowable([ListItem(Paragraph(x(t), ST["body"]), leftIndent=12, value="•") for t in items],
                              bulletType="bullet", start="•", leftIndent=12, bulletFontName="Serif"))


def tbl(caption, scale, header, rows, widths, lead=(), keep=True):
    """rows: ("row", [label, v1, ...], style) with style in {"", "b"} or ("group", label)"""
    TABLES.append(caption)
    ncol = len(header)
    data = [[Paragraph(x(header[0]), ST["headl"])] + [Paragraph(x(h), ST["head"]) for h in header[1:]]]
    style = [("LINEABOVE", (0, 0), (-1, 0), 1.0, GREEN), ("LINEBELOW", (0, 0), (-1, 0), 0.6, GREEN),
             ("BACKGROUND", (0, 0), (-1, 0), LIGHT), ("LINEBELOW", (0, -1), (-1, -1), 1.0, GREEN),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
             ("FONTNAME", (0, 1), (-1, -1), "Sans"), ("FONTSIZE", (0, 1), (-1, -1), 8.3),
             ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    for i, r in enumerate(rows, start=1):
        if r[0] == "group":
            data.append([Paragraph(x(r[1]), ST["celli"])] + [""] * (ncol - 1))
            style.append(("SPAN", (0, i), (-1, i)))
        else:
            cells, sty = r[1], r[2]
            lab = Paragraph(x(cells[0]), ST["cellb" if sty == "b" else "cell"])
            data.append([lab] + list(cells[1:]))
            if sty == "b":
                style.append(("FONTNAME", (1, i), (-1, i), "Sans-Bold"))
                style.append(("LINEABOVE", (0, i), (-1, i), 0.4, GREY))
        if i % 2 == 0:
            style.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle(style))
    head = list(lead) + [Paragraph(x(caption), ST["cap"]), Paragraph(x(scale), ST["scale"])]
    if keep:
        STORY.append(KeepTogether(head + [t]))
    else:
        STORY.append(KeepTogether(head + [Spacer(1, 1)]))
        STORY.append(t)
    STORY.append(Spacer(1, 5))


C3 = list(d.D_COLS)
W5 = [62, 27, 27, 27, 27]


def kosten_table(no, amb, lead=()):
    a = d.D_AMB[amb]
    T = d.D_AMB_TOT[amb]
    rows = [("group", "Lasten")]
    for n, t in a["lasten"].items():
        rows.append(("row", [n, nl_dash(t[0]), nl_dash(t[1]), nl_dash(t[2]), vn(d.saldo_vn("lasten", t))], ""))
    rows.append(("row", ["Totaal lasten"] + [nl(v) for v in T["lasten"]] + [vn(d.saldo_vn("lasten", T["lasten"]))],
                 "b"))
    rows.append(("group", "Baten"))
    for n, t in a["baten"].items():
        rows.append(("row", [n, nl_dash(t[0]), nl_dash(t[1]), nl_dash(t[2]), vn(d.saldo_vn("baten", t))], ""))
    rows.append(("row", ["Totaal baten"] + [nl(v) for v in T["baten"]] + [vn(d.saldo_vn("baten", T["baten"]))], "b"))
    s = T["saldo"]
    rows.append(("row", [f"Saldo ambitie {amb}" if amb in d.AMBITIES else "Saldo basisbegroting"] +
                 [nl(v) for v in s] + [vn(s[2] - s[1])], "b"))
    tbl(f"Tabel {no} Wat heeft het gekost? {amb}", "Bedragen in euro's", ["Omschrijving"] + C3 + ["Saldo (V/N)"],
        rows, W5, lead=lead)


def h3f(text):
    return Paragraph(x(text), ST["h3"])


# ================================================================================================ cover
W, Hh = A4
STORY.append(Spacer(1, 40 * mm))
STORY.append(Paragraph("Gemeente Dinkelland", ParagraphStyle("c1", fontName="Sans-Bold", fontSize=20, leading=26,
                                                             textColor=GREEN)))
STORY.append(Spacer(1, 8 * mm))
STORY.append(Paragraph("Jaarstukken 2022", ParagraphStyle("c2", fontName="Sans-Bold", fontSize=32, leading=38)))
STORY.append(Spacer(1, 3 * mm))
STORY.append(Paragraph("Jaarverslag en jaarrekening", ParagraphStyle("c3", fontName="Sans", fontSize=15,
                                                                     leading=20)))
STORY.append(Spacer(1, 10 * mm))
STORY.append(Paragraph("Aangeboden aan de gemeenteraad voor de vergadering van 4 juli 2023",
                       ParagraphStyle("c4", fontName="Serif", fontSize=11, leading=14)))
STORY.append(Spacer(1, 95 * mm))
STORY.append(Table([[Paragraph(
    "<b>Fictief document.</b> De cijfers in deze jaarstukken zijn verzonnen voor een evaluatieset van een assistent "
    "voor begrotingsdocumenten; dit zijn niet de echte jaarstukken 2022 van de gemeente Dinkelland. De teksten "
    "volgen de ambitie Inclusieve samenleving en haar doelen uit de echte Begroting 2020; alleen de nulmetingen en "
    "de streefwaarden 2022 van de indicatoren zijn daaruit overgenomen.", ParagraphStyle(
        "c5", fontName="Serif", fontSize=9, leading=11.5))]], colWidths=[160 * mm],
    style=[("BOX", (0, 0), (-1, -1), 0.8, GREEN), ("LEFTPADDING", (0, 0), (-1, -1), 7),
           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
STORY.append(NextPageTemplate("body"))
STORY.append(PageBreak())
STORY.append(Paragraph("Inhoud", ST["h1"]))
toc = TableOfContents()
toc.levelStyles = [ST["toc0"], ST["toc1"]]
toc.dotsMinLevel = 0
STORY.append(toc)

IS = d.D_AMB["Inclusieve samenleving"]
R = d.D_RESULTAAT
ISL, ISB = IS["lasten"], IS["baten"]

# ================================================================================================ 1 Inleiding
H1("1 Inleiding")
H2("1.1 Aanbieding")
P("Hierbij bieden wij u de jaarstukken 2022 van de gemeente Dinkelland aan. De jaarstukken bestaan uit het",
  "jaarverslag, met de verantwoording over de ambities en de basisbegroting en de paragrafen, en de jaarrekening.",
  "Met de jaarstukken leggen wij verantwoording af over wat wij in 2022 hebben bereikt en wat dat heeft gekost.")
P(f"De jaarrekening 2022 sluit met een voordelig resultaat van {eur(R[2])}. De begroting na wijziging ging nog",
  f"uit van een nadelig resultaat van {eur(-R[1])}. Het verschil komt vooral door een hogere algemene uitkering",
  "uit het gemeentefonds. Daartegenover staan hogere kosten voor jeugdhulp en Wmo in de ambitie Inclusieve",
  "samenleving. In paragraaf 2.5 lichten wij de grootste afwijkingen toe.")
H2("1.2 Het jaar 2022 in hoofdlijnen")
P("2022 was het laatste jaar van de raadsperiode 2018-2022 en het jaar waarin de transformatie van het sociaal",
  "domein verder vorm kreeg. Na de coronamaatregelen in het begin van het jaar kwamen de activiteiten in de",
  "kernen weer op gang. Vanaf het voorjaar vingen wij vluchtelingen uit Oekraïne op. De stijgende energieprijzen",
  "en de inflatie troffen inwoners, verenigingen en ook de gemeente zelf.")
P("Binnen de ambitie Inclusieve samenleving is één toegang voor het sociaal domein gerealiseerd en is de",
  "Volwassenen- en ouderenmonitor opnieuw uitgevoerd, zodat wij kunnen zien of het beoogde maatschappelijke",
  "effect aan het einde van de raadsperiode is bereikt.")
H2("1.3 Kerngegevens")
tbl("Tabel 1.1 Kerngegevens", "Aantallen", ["Omschrijving", "31-12-2021", "31-12-2022"],
    [("row", [n, nl(v[0]), nl(v[1])], "") for n, v in d.D_KERN.items()], [80, 30, 30])
P("Het aantal inwoners groeide in 2022, vooral door de opvang van vluchtelingen en door vestiging in de nieuwe",
  "woningen. Het aantal jongeren daalde licht; het aantal inwoners van 65 jaar en ouder blijft stijgen.")
H2("1.4 Leeswijzer")
P("Het jaarverslag volgt de opbouw van de begroting: per ambitie beschrijven wij wat wij wilden bereiken, wat wij",
  "hebben bereikt en wat het heeft gekost. De tabellen 'Wat heeft het gekost?' zijn in hele euro's en tonen de",
  "begroting 2022 primitief (zoals vastgesteld in november 2021), de begroting 2022 na wijziging (inclusief alle",
  "begrotingswijzigingen), de rekening 2022 en het saldo tussen de rekening en de begroting na wijziging.")
P("In de tabellen 'Wat heeft het gekost?' staan lasten en baten als positieve bedragen. In de kolom Saldo (V/N)",
  "staat het verschil als positief bedrag met een V voor een voordeel of een N voor een nadeel: hogere lasten of",
  "lagere baten dan begroot zijn een nadeel. In het overzicht van baten en lasten in de jaarrekening (bedragen",
  "x € 1.000) staan lasten en toevoegingen aan reserves als negatieve bedragen en baten en onttrekkingen aan",
  "reserves als positieve bedragen; een negatief saldo is daar nadelig.")

# ================================================================================================ 2 Programma's
H1("2 Programmaverantwoording")
H2("2.1 Ambitie Inclusieve samenleving")
P("Een samenleving waarin iedereen mee doet, dat noemen we een inclusieve samenleving. Samen met inwoners,",
  "verenigingen, ondernemers en maatschappelijke organisaties hebben we hier in 2022 verder invulling aan gegeven.",
  "De periode 2019-2022 stond in het teken van de transformatie om de toenemende druk op het Sociaal Domein te",
  "verlichten. We wilden onze samenleving, onze kernen en onze inwoners in hun kracht zetten met als doel een",
  "positievere gezondheid, en tegelijkertijd de ondersteuning en zorg kwalitatief goed, betaalbaar en bereikbaar",
  "houden.")

AL = {
    "Langer gezond": dict(
        doel="Doel: Nog meer inwoners werken aan hun gezondheid en kijken (samen) om naar anderen en zijn in staat "
             "hen te activeren deel te nemen aan de samenleving.",
        bereikt=["In het najaar van 2022 is de Volwassenen- en ouderenmonitor opnieuw uitgevoerd. Van de inwoners",
                 f"ervaart {d.D_IND[0][3]} een goede gezondheid; bij de nulmeting in 2016 was dat {d.D_IND[0][1][1]}.",
                 "Het aandeel inwoners dat voldoende beweegt, steeg licht. De streefwaarden voor 2022 zijn daarmee",
                 "niet gehaald. Een verklaring is de nasleep van de coronaperiode, waarin vooral ouderen minder",
                 "bewogen en minder contacten hadden."],
        gedaan=["Het sportakkoord en het cultuurakkoord zijn uitgevoerd; het maatschappelijk kader sociaal domein is "
                "uitgerold over alle sport- en cultuurverenigingen.",
                "De aanpak Kansrijke Start is vastgesteld, samen met de verloskundigen en de jeugdgezondheidszorg.",
                "Het IJslands preventiemodel is in twee kernen gestart, met een integrale aanpak van de "
                "kampeerfeesten."]),
    "Versterken sociale basis": dict(
        doel="Doel: De niet-professionele algemene voorzieningen zoals vrijwilligersorganisaties en "
             "inwonersinitiatieven zijn beter toegerust om inwoners te ondersteunen bij het bereiken van een "
             "positieve gezondheid.",
        bereikt=[f"Uit het leefbaarheidsfonds ontvingen {d.D_PROSE['initiatieven']} inwonersinitiatieven een",
                 f"bijdrage, samen {eur(d.D_PROSE['leefbaarheidsfonds'])}. Het gaat onder meer om open eettafels,",
                 "koffieochtenden en buitenactiviteiten voor ouderen. In",
                 f"{['nul', 'één', 'twee', 'drie', 'vier', 'vijf'][d.D_PROSE['dorpsondersteuners']]} kernen is",
                 "naast de buurtman of buurtvrouw een dorpsondersteuner actief, na de geslaagde pilot in Saasveld."],
        gedaan=["Het stimuleringsfonds is omgevormd tot een leefbaarheidsfonds.",
                "Samen met de verenigingen is een plan van aanpak voor vrijwilligers- en verenigingsondersteuning "
                "uitgewerkt.",
                "Het project algemene voorzieningen heeft de behoefte aan dagbesteding per kern in beeld gebracht."]),
    "Zorg meer nabij": dict(
        doel="Doel: Professionals zijn beter toegerust, dichterbij en werken beter samen om inwoners te "
             "ondersteunen bij het bereiken van een positieve gezondheid.",
        bereikt=["Sinds 1 april 2022 werkt Dinkelland met één toegang voor het sociaal domein, waarin Wij in de",
                 "Buurt, het team ondersteuning en zorg en het Werkplein samenwerken. In",
                 f"{['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'][d.D_PROSE['poh_praktijken']]}",
                 "huisartsenpraktijken werkt een praktijkondersteuner jeugd. Het cijfer voor cliënttevredenheid",
                 f"Jeugd daalde naar {d.D_IND[2][3]}; cliënten noemen vooral de wachttijden bij de specialistische",
                 "jeugdhulp."],
        gedaan=["Realisatie van één geïntegreerde toegang voor hulp- en ondersteuningsvragen.",
                "Aanstelling van een coördinator externe verwijzingen.",
                "Uitbreiding van de onafhankelijke cliëntondersteuning en de mantelzorgondersteuning."]),
    "Meer inwoners kunnen meedoen": dict(
        doel="Doel: Meer inwoners ervaren een positievere gezondheid door de inzet van een maatwerkvoorziening.",
        bereikt=[f"In 2022 ontvingen {nl(d.D_PROSE['jeugdhulp_jeugdigen'])} jeugdigen in Dinkelland jeugdhulp.",
                 "Het aantal jeugdigen met jeugdhulp met verblijf nam toe, vaak na een crisisplaatsing. Met de",
                 "coördinatoren interne en externe verwijzingen toetsen wij indicaties voor complexere en duurdere",
                 "maatwerkvoorzieningen. Het advies over de doorontwikkeling binnen de Participatiewet is",
                 "opgeleverd en door de raad vastgesteld."],
        gedaan=["Monitoring van de uitvoering van het Twents model en het Twents Inkoopmodel.",
                "Implementatie van het plan van aanpak GGZ, met de aanpak van personen met verward gedrag.",
                "Inventarisatie van de maatregelen voor het leerlingenvervoer en het Wmo-vervoer."]),
}
for al in d.ACTIELIJNEN:
    t = AL[al]
    H3(al)
    P(t["doel"], style="doel")
    STORY.append(Paragraph("<b>Wat wilden we bereiken?</b>", ST["body"]))
    bullets(d.D_WILDEN[al])
    STORY.append(Paragraph("<b>Wat hebben we bereikt?</b>", ST["body"]))
    P(*t["bereikt"])
    STORY.append(Paragraph("<b>Wat hebben we daarvoor gedaan?</b>", ST["body"]))
    bullets(t["gedaan"])

H3("Meetbaarheid")
P("De nulmetingen en de streefwaarden 2022 komen uit de begroting 2020. De realisatie 2022 komt uit de",
  "Volwassenen- en ouderenmonitor 2022 en het cliëntervaringsonderzoek over 2022.")
tbl("Tabel 2.1 Indicatoren ambitie Inclusieve samenleving", "Percentages en rapportcijfers",
    ["Indicator", "Nulmeting", "Streefwaarde 2022", "Realisatie 2022"],
    [("row", [n, f"{v} ({j})", s, r], "") for n, (j, v), s, r in d.D_IND], [80, 30, 30, 30])
kosten_table("2.2", "Inclusieve samenleving", lead=[h3f("Wat heeft het gekost?")])

H2("2.2 Ambitie Vitale kernen")
P("Dinkelland wil vitale en leefbare kernen, waarin inwoners prettig wonen en elkaar ontmoeten. In 2022 hebben wij",
  "het woningbouwprogramma versneld: er zijn 96 woningen opgeleverd, vooral starterswoningen en",
  "levensloopbestendige woningen. De kernagenda's zijn samen met de dorpsraden geactualiseerd.")
kosten_table("2.3", "Vitale kernen", lead=[h3f("Wat heeft het gekost?")])
H2("2.3 Ambitie Duurzaam Dinkelland")
P("Dinkelland wil in 2050 energieneutraal zijn. In 2022 is de Regionale Energiestrategie verder uitgewerkt, zijn",
  "energiecoaches ingezet bij inwoners met een laag inkomen en is het afvalbeleid geëvalueerd. De hoeveelheid",
  "restafval per inwoner daalde naar 86 kilo.")
kosten_table("2.4", "Duurzaam Dinkelland", lead=[h3f("Wat heeft het gekost?")])
H2("2.4 Basisbegroting")
P("De basisbegroting bevat de reguliere taken van de gemeente die niet onder een ambitie vallen, zoals",
  "dienstverlening, openbare orde, onderhoud van de openbare ruimte, onderwijshuisvesting en sport. De",
  "uitvoering ligt voor een groot deel bij de samenwerkingsorganisatie Noaberkracht Dinkelland Tubbergen.")
kosten_table("2.5", "Basisbegroting", lead=[h3f("Wat heeft het gekost?")])

H2("2.5 Analyse van de grootste afwijkingen", newpage=True)
P("Hieronder lichten wij de grootste verschillen tussen de rekening 2022 en de begroting 2022 na wijziging toe.",
  "Een voordeel (V) verbetert het resultaat, een nadeel (N) verslechtert het.")
an = d.D_AN
H3(f"Meer inwoners kunnen meedoen: € {nl(-an['meedoen'])} nadelig")
P(f"De lasten van jeugdhulp met verblijf vielen € {nl(d.D_PROSE['verblijf'])} hoger uit dan begroot, doordat meer",
  "jeugdigen in een gezinshuis of een residentiële instelling werden geplaatst, vaak na een crisisplaatsing. Daarnaast",
  f"waren de kosten voor Wmo-hulpmiddelen en woningaanpassingen € {nl(d.D_AN_WMO)} hoger, door de gestegen",
  "prijzen en de toegenomen vraag van ouderen die langer thuis blijven wonen.")
H3(f"Zorg meer nabij: € {nl(-an['zorg'])} nadelig")
P("Voor de invoering van één toegang zijn tijdelijk extra klantmanagers ingehuurd, omdat vacatures niet konden",
  "worden vervuld. Ook is de onafhankelijke cliëntondersteuning uitgebreid. De baten vielen lager uit doordat de",
  "bijdrage van de zorgverzekeraar voor de pilot praktijkondersteuner jeugd later is ontvangen.")
H3(f"Versterken sociale basis: € {nl(an['sociale_basis'])} voordelig")
P("Door de coronamaatregelen in het begin van 2022 zijn minder inwonersinitiatieven gestart dan verwacht. Het niet",
  "bestede deel van het budget voor de vrijwilligers- en verenigingsondersteuning valt vrij.")
H3(f"Algemene uitkering: € {nl(an['au'])} voordelig")
P("De decembercirculaire 2022 bracht een hogere algemene uitkering, onder meer door hogere accressen en de",
  "compensatie voor de opvang van vluchtelingen uit Oekraïne. Deze middelen kwamen te laat om nog in 2022 te",
  "besteden.")
H3(f"Onroerendezaakbelastingen: € {nl(an['ozb'])} voordelig")
P("Na de afhandeling van de bezwaren vielen de WOZ-waarden hoger uit dan geraamd en de nieuwbouw van woningen",
  "leverde meer op. De opbrengst van de OZB voor gebruikers van niet-woningen bleef achter door leegstand.")
H3(f"Ruimtelijke ordening en grondexploitatie: € {nl(an['grex'])} voordelig op de lasten")
P("De verkoop van bouwkavels verliep trager dan gepland, waardoor ook minder kosten zijn gemaakt. De lagere",
  "opbrengsten staan tegenover de lagere lasten.")

# ================================================================================================ 3 Paragrafen
H1("3 Paragrafen")
H2("3.1 Lokale heffingen")
P("De gemeente heft onroerendezaakbelastingen (OZB), afvalstoffenheffing en rioolheffing. De OZB-tarieven zijn",
  "in 2022 alleen met de inflatiecorrectie verhoogd. De opbrengst van de OZB was hoger dan begroot.")
oz = d.D_OZB
rows = [("row", [n, dec(t[0], 4) + "%", nl(t[1]), nl(t[2]), nl(t[2] - t[1])], "") for n, t in oz.items()]
rows.append(("row", ["Totaal OZB", "", nl(d.D_OZB_BEGR), nl(d.D_OZB_REAL), nl(d.D_OZB_REAL - d.D_OZB_BEGR)], "b"))
tbl("Tabel 3.1 Opbrengst onroerendezaakbelastingen 2022", "Bedragen in euro's; tarief in % van de WOZ-waarde",
    ["Categorie", "Tarief 2022", "Begroot 2022", "Gerealiseerd 2022", "Verschil"], rows, [62, 24, 27, 27, 27])
tbl("Tabel 3.2 Opbrengst overige heffingen 2022", "Bedragen in euro's",
    ["Heffing", "Begroot 2022", "Gerealiseerd 2022"],
    [("row", [n, nl(v[0]), nl(v[1])], "") for n, v in d.D_HEFFINGEN.items()], [62, 30, 30])
P(f"In 2022 is aan {d.D_KWIJTSCHELDING[0]} huishoudens kwijtschelding verleend voor in totaal",
  f"{eur(d.D_KWIJTSCHELDING[1])}. Kwijtschelding is mogelijk voor de afvalstoffenheffing en de rioolheffing.")
H2("3.2 Weerstandsvermogen en risicobeheersing")
P("Het weerstandsvermogen geeft aan in hoeverre de gemeente financiële tegenvallers kan opvangen zonder haar",
  "beleid aan te passen. De benodigde capaciteit volgt uit de risico's: het financiële effect maal de kans.")
tbl("Tabel 3.3 Risico's per 31 december 2022", "Bedragen x € 1.000",
    ["Risico", "Kans", "Financieel effect", "Benodigde capaciteit"],
    [("row", [n, f"{int(p_ * 100)}%", nl(e), nl(b)], "") for (n, p_, e), b in zip(d.D_RISKS, d.D_WV_BEDRAG)]
    + [("row", ["Totaal", "", "", nl(d.D_WV_BENODIGD)], "b")], [80, 24, 30, 30])
tbl("Tabel 3.4 Weerstandsvermogen per 31 december 2022", "Bedragen x € 1.000", ["Omschrijving", "31-12-2022"], [
    ("row", ["Algemene reserve", nl(d.D_ALG_RES[0])], ""),
    ("row", ["Onbenutte belastingcapaciteit", nl(d.D_WV_ONBENUT)], ""),
    ("row", ["Stelpost onvoorzien", nl(d.D_WV_ONVOORZIEN)], ""),
    ("row", ["Beschikbare weerstandscapaciteit", nl(d.D_WV_BESCHIKBAAR)], "b"),
    ("row", ["Benodigde weerstandscapaciteit", nl(d.D_WV_BENODIGD)], ""),
    ("row", ["Ratio weerstandsvermogen", dec(d.D_WV_RATIO, 2)], "b")], [80, 30])
P(f"Met een ratio van {dec(d.D_WV_RATIO, 2)} is het weerstandsvermogen uitstekend. Het grootste risico blijven de",
  "open-einderegelingen in het sociaal domein: de kosten van jeugdhulp en Wmo stijgen met de vraag, zonder dat de",
  "gemeente het budget kan begrenzen.")
H2("3.3 Verbonden partijen")
P("De gemeente voert een deel van haar taken uit via verbonden partijen. De bijdragen staan in de onderstaande",
  "tabel; zij maken deel uit van de lasten van de ambities en de basisbegroting.")
tbl("Tabel 3.5 Bijdragen aan verbonden partijen 2022", "Bedragen in euro's",
    ["Verbonden partij", "Begroot 2022", "Werkelijk 2022"],
    [("row", [n, nl(v[0]), nl(v[1])], "") for n, v in d.D_VP.items()], [80, 30, 30])
H2("3.4 Bedrijfsvoering")
P("De uitvoering van de gemeentelijke taken ligt voor het grootste deel bij Noaberkracht Dinkelland Tubbergen, de",
  "samenwerkingsorganisatie van de gemeenten Dinkelland en Tubbergen. In 2022 is de dienstverlening aan de balie",
  "weer volledig opengegaan, met een afsprakensysteem. Het ziekteverzuim bij Noaberkracht daalde licht. De krapte",
  "op de arbeidsmarkt maakte het moeilijk om vacatures voor klantmanagers en beleidsmedewerkers sociaal domein te",
  "vervullen; daarvoor is tijdelijk personeel ingehuurd.")
P("Op het gebied van informatieveiligheid is de Baseline Informatiebeveiliging Overheid verder ingevoerd. De",
  "rechtmatigheid van de lasten en baten is getoetst met de interne controle; de bevindingen zijn opgenomen in het",
  "verslag van de accountant. Vanaf 2023 legt het college zelf een rechtmatigheidsverantwoording af.")
H2("3.5 Financiële kengetallen")
P("De kengetallen geven inzicht in de financiële positie van de gemeente. De netto schuldquote steeg in 2022",
  "doordat de netto vlottende schulden toenamen. De solvabiliteitsratio daalde licht.")
kg = d.D_KENG
tbl("Tabel 3.6 Financiële kengetallen", "Percentages",
    ["Kengetal", "Rekening 2021", "Begroting 2022", "Rekening 2022"],
    [("row", [n, dec(v[0]) + "%", dec(v[1]) + "%", dec(v[2]) + "%"], "") for n, v in kg.items()], [80, 30, 30, 30])

# ================================================================================================ 4 Jaarrekening
H1("4 Jaarrekening")
H2("4.1 Overzicht van baten en lasten")
P("In dit overzicht staan lasten en toevoegingen aan reserves als negatieve bedragen en baten en onttrekkingen",
  "als positieve bedragen. Door afronding kunnen totalen afwijken van de som van de onderdelen.")
rows = [("group", "Lasten")]
rows += [("row", [n] + [nl(v) for v in t], "") for n, t in d.D_OV_LASTEN.items()]
rows.append(("row", ["Totaal lasten"] + [nl(v) for v in d.D_OV_TOT_LASTEN], "b"))
rows.append(("group", "Baten"))
rows += [("row", [n] + [nl(v) for v in t], "") for n, t in d.D_OV_BATEN.items()]
rows.append(("row", ["Totaal baten"] + [nl(v) for v in d.D_OV_TOT_BATEN], "b"))
rows.append(("row", ["Saldo van baten en lasten"] + [nl(v) for v in d.D_OV_SALDO], "b"))
rows.append(("row", ["Toevoegingen aan reserves"] + [nl(v) for v in d.D_OV_TOEV], ""))
rows.append(("row", ["Onttrekkingen aan reserves"] + [nl(v) for v in d.D_OV_ONTT], ""))
rows.append(("row", ["Resultaat"] + [nl(v) for v in d.D_OV_RESULTAAT], "b"))
tbl("Tabel 4.1 Overzicht van baten en lasten 2022", "Bedragen x € 1.000", ["Omschrijving"] + C3, rows,
    [70, 30, 30, 30])

_h42 = Paragraph(x("4.2 Balans per 31 december 2022"), ST["h2"])
_h42.toc_level = 1
B_ = d.D_BAL


def brow(n, i=None):
    v = B_[n] if i is None else i
    return ("row", [n, nl(v[0]), nl(v[1])], "")


rows = [("group", "Activa")] + [brow(n) for n in d.D_ACTIVA]
rows.append(("row", ["Totaal activa", nl(d.D_ACTIVA_TOT[0]), nl(d.D_ACTIVA_TOT[1])], "b"))
rows.append(("group", "Passiva"))
rows.append(("row", ["Algemene reserve", nl(d.D_ALG_RES[0]), nl(d.D_ALG_RES[1])], ""))
rows.append(("row", ["Bestemmingsreserves", nl(d.D_BEST_RES[0]), nl(d.D_BEST_RES[1])], ""))
rows.append(("row", ["Gerealiseerd resultaat", nl(d.D_BAL_RESULTAAT[0]), nl(d.D_BAL_RESULTAAT[1])], ""))
rows.append(("row", ["Eigen vermogen", nl(d.D_EV[0]), nl(d.D_EV[1])], "b"))
rows.append(brow("Voorzieningen"))
rows.append(brow("Vaste schulden met een rentetypische looptijd van één jaar of langer"))
rows.append(("row", ["Netto vlottende schulden met een rentetypische looptijd korter dan één jaar",
                     nl(d.D_NVS[0]), nl(d.D_NVS[1])], ""))
rows.append(brow("Overlopende passiva"))
rows.append(("row", ["Totaal passiva", nl(d.D_PASSIVA_TOT[0]), nl(d.D_PASSIVA_TOT[1])], "b"))
tbl("Tabel 4.2 Balans", "Bedragen x € 1.000", ["Balanspost", "31-12-2022", "31-12-2021"], rows, [80, 30, 30],
    lead=[_h42])
P("De materiële vaste activa namen toe door de investeringen in de sportaccommodaties en de wegen. De",
  "liquide middelen staan op de rekening-courant bij de BNG Bank en de schatkist.")

H2("4.3 Reserves", newpage=True)
P("Het verloop van de reserves in 2022 staat in de onderstaande tabel. De toevoeging aan de algemene reserve",
  "is het resultaat over 2021, zoals de raad bij de vaststelling van de jaarstukken 2021 heeft besloten.")
rows = [("row", [n, nl(v[0]), nl(v[1]) if v[1] else "-", nl(v[2]) if v[2] else "-", nl(d.D_RES_END[n])], "")
        for n, v in d.D_RES.items()]
rows.append(("row", ["Totaal reserves", nl(sum(v[0] for v in d.D_RES.values())), nl(d.D_TOEV_REK), nl(d.D_ONTT_REK),
                     nl(sum(d.D_RES_END.values()))], "b"))
tbl("Tabel 4.3 Verloop reserves 2022", "Bedragen in euro's",
    ["Reserve", "Stand 1-1-2022", "Toevoegingen", "Onttrekkingen", "Stand 31-12-2022"], rows, [62, 27, 27, 27, 27])
for n, t in [
    ("Reserve sociaal domein", "Deze reserve vangt schommelingen in de kosten van jeugdhulp en Wmo op. In 2022 is "
                               "een bedrag onttrokken voor de hogere kosten van jeugdhulp met verblijf."),
    ("Reserve uitvoeringsplan sociaal domein", "Uit deze reserve worden de interventies uit het uitvoeringsplan "
                                               "sociaal domein betaald, zoals de werkateliers en het project Grip op "
                                               "sociaal domein."),
    ("Reserve leefbaarheidsfonds", "Uit deze reserve ontvangen inwonersinitiatieven een bijdrage; jaarlijks wordt "
                                   "een vast bedrag toegevoegd."),
]:
    H3(n)
    P(t)
H2("4.4 Voorzieningen")
P("Voorzieningen zijn verplichtingen waarvan de omvang redelijkerwijs is in te schatten, maar het moment van",
  "betalen niet precies vaststaat. De voorziening onderhoud gebouwen is gebaseerd op het meerjarig",
  "onderhoudsplan dat in 2021 is geactualiseerd.")
rows = [("row", [n, nl(v[0]), nl(v[1]) if v[1] else "-", nl(v[2]), nl(d.D_VOORZ_END[n])], "")
        for n, v in d.D_VOORZ.items()]
rows.append(("row", ["Totaal voorzieningen", nl(sum(v[0] for v in d.D_VOORZ.values())),
                     nl(sum(v[1] for v in d.D_VOORZ.values())), nl(sum(v[2] for v in d.D_VOORZ.values())),
                     nl(sum(d.D_VOORZ_END.values()))], "b"))
tbl("Tabel 4.4 Verloop voorzieningen 2022", "Bedragen in euro's",
    ["Voorziening", "Stand 1-1-2022", "Toevoeging", "Aanwending", "Stand 31-12-2022"], rows, [62, 27, 27, 27, 27])
P("De voorziening dubieuze debiteuren betreft vooral vorderingen uit terugvordering van bijstand en uit",
  "belastingen. In 2022 is een deel van deze vorderingen definitief oninbaar verklaard en afgeboekt.")
H2("4.5 Resultaatbestemming")
bestem = 450_000
P(f"Wij stellen de raad voor het resultaat over 2022 van {eur(R[2])} als volgt te bestemmen: {eur(bestem)}",
  "toevoegen aan de reserve sociaal domein, om de verwachte hogere kosten van jeugdhulp op te vangen, en",
  f"het restant van {eur(R[2] - bestem)} toevoegen aan de algemene reserve.")

# ================================================================================================ build
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / d.D_FILE
    doc = Doc(str(path), pagesize=A4, title="Gemeente Dinkelland - Jaarstukken 2022", author="Gemeente Dinkelland",
              leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm, bottomMargin=20 * mm)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="cover", frames=[frame], onPage=on_cover),
                          PageTemplate(id="body", frames=[frame], onPage=on_page)])
    doc.multiBuild(STORY)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
