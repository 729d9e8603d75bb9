"""Write the FICTIONAL "Begroting 2025" of Collectie Overijssel (a real gemeenschappelijke regeling; every figure here
is made up, except the column "Realisatie 2023" of the category table, which repeats the real Jaarstukken 2023).

A4 PDF made with reportlab (Liberation Sans), in the house style of the real Jaarstukken 2023: a title page with the
contact line, INHOUDSOPGAVE with dotted leaders, chapter divider pages in capitals, tables whose first header cell
names the table and its unit ("€ '000"), lasten printed negative in the category table.  One landscape page (the
meerjarenbegroting per programma in euros); the category table continues on the next page under its repeated
two-row header.

Usage: python gen_begroting_co.py CORPUS_DIR
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, LongTable, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents

import data as d
from fmt import dec, nl, pct

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus") / d.CO_FILE
FD = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("LS", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LS-B", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LS-I", FD + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LS-B", italic="LS-I", boldItalic="LS-B")

BLUE = colors.Color(0.12, 0.25, 0.45)          # headings and table headers
HEADBG = colors.Color(0.91, 0.93, 0.96)
GREY = colors.Color(0.5, 0.5, 0.5)             # running footer

S_BODY = ParagraphStyle("body", fontName="LS", fontSize=10, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=6)
S_BUL = ParagraphStyle("bul", parent=S_BODY, leftIndent=14, bulletIndent=4, spaceAfter=2, alignment=TA_LEFT)
S_H1 = ParagraphStyle("h1", fontName="LS-B", fontSize=20, leading=24, textColor=BLUE, spaceAfter=12)
S_H2 = ParagraphStyle("h2", fontName="LS-B", fontSize=15, leading=18, textColor=BLUE, spaceBefore=6, spaceAfter=8)
S_H3 = ParagraphStyle("h3", fontName="LS-B", fontSize=12, leading=15, textColor=BLUE, spaceBefore=8, spaceAfter=5)
S_H4 = ParagraphStyle("h4", fontName="LS-B", fontSize=10.5, leading=13, textColor=colors.black, spaceBefore=6,
                      spaceAfter=3)
S_CELL = ParagraphStyle("cell", fontName="LS", fontSize=9.5, leading=12)
S_LAB = ParagraphStyle("lab", fontName="LS-B", fontSize=9.5, leading=12)
S_NOTE = ParagraphStyle("note", fontName="LS-I", fontSize=8.5, leading=11, spaceBefore=3, spaceAfter=8)
S_TOC1 = ParagraphStyle("toc1", fontName="LS", fontSize=10.5, leading=20, leftIndent=14)
S_TOC2 = ParagraphStyle("toc2", fontName="LS", fontSize=10, leading=18, leftIndent=40)


class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Paragraph) and getattr(f, "toc_level", None) is not None:
            self.notify("TOCEntry", (f.toc_level, f.getPlainText(), self.page))


def P(text, st=S_BODY):
    return Paragraph(text, st)


def H(text, st, toc=None):
    p = Paragraph(text, st)
    p.toc_level = toc
    return p


def bullets(items):
    return [Paragraph(x, S_BUL, bulletText="•") for x in items]


def items_table(rows):
    """the two-column 'onderdeel | toelichting' blocks of the jaarstukken"""
    t = Table([[Paragraph(a, S_LAB), Paragraph(b, S_CELL)] for a, b in rows], colWidths=[4.9 * cm, 11.6 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    return t


def fin_table(title, scale, top, bottom, rows, widths, long=False, note=None):
    """rows: (label, [cells], style) with style row | group | total | sub.  Header: two rows, the first cell names the
    table, the second its unit.  Numbers right-aligned."""
    data = [[title] + top, [scale] + bottom]
    st = [("FONT", (0, 0), (-1, 1), "LS-B", 9), ("TEXTCOLOR", (0, 0), (-1, 1), BLUE),
          ("BACKGROUND", (0, 0), (-1, 1), HEADBG), ("FONT", (0, 2), (-1, -1), "LS", 9),
          ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEBELOW", (0, 1), (-1, 1), 0.6, BLUE),
          ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
          ("LINEBELOW", (0, -1), (-1, -1), 0.6, BLUE)]
    for i, (lab, cells, style) in enumerate(rows, start=2):
        data.append([lab] + list(cells))
        if style in ("total", "group", "sub"):
            st.append(("FONT", (0, i), (-1, i), "LS-B", 9))
        if style in ("total", "sub"):
            st.append(("LINEABOVE", (0, i), (-1, i), 0.4, colors.black))
    cls = LongTable if long else Table
    t = cls(data, colWidths=widths, repeatRows=2 if long else 0, hAlign="LEFT")
    t.setStyle(TableStyle(st))
    out = [t]
    if note:
        out.append(P(note, S_NOTE))
    else:
        out.append(Spacer(1, 8))
    return out


def k(v):
    return nl(v)


YR_TOP = ["Realisatie", "Begroting", "Begroting", "Raming", "Raming", "Raming"]
YR_BOT = d.YEARS


def onfirst(c, doc):
    c.saveState()
    c.setFont("LS", 9)
    c.setFillColor(GREY)
    c.drawCentredString(A4[0] / 2, 1.3 * cm, "collectieoverijssel.nl | info@collectieoverijssel.nl | 085 488 50 00")
    c.restoreState()


def onpage(c, doc):
    w, _ = c._pagesize
    c.saveState()
    c.setFont("LS", 8.5)
    c.setFillColor(GREY)
    c.drawString(2.2 * cm, 1.2 * cm, "Begroting 2025 Collectie Overijssel")
    c.drawRightString(w - 2.2 * cm, 1.2 * cm, str(doc.page))
    c.restoreState()


def divider(text):
    return [NextPageTemplate("port"), PageBreak(), Spacer(1, 9 * cm), H(text, S_H1, toc=0), PageBreak()]


def build():
    story = []
    # ---------------------------------------------------------------------------------------------- title + toc
    story += [Spacer(1, 7 * cm), P("Begroting 2025", ParagraphStyle("t1", fontName="LS-B", fontSize=32, leading=38,
                                                                     textColor=BLUE)),
              Spacer(1, 0.6 * cm),
              P("Collectie Overijssel", ParagraphStyle("t2", fontName="LS", fontSize=20, leading=24, textColor=BLUE)),
              Spacer(1, 0.4 * cm),
              P("inclusief meerjarenraming 2026-2028", ParagraphStyle("t3", fontName="LS", fontSize=12, leading=15)),
              Spacer(1, 0.3 * cm),
              P("Vastgesteld door het Algemeen Bestuur op 4 juli 2024",
                ParagraphStyle("t4", fontName="LS-I", fontSize=10, leading=13)),
              NextPageTemplate("port"), PageBreak()]
    toc = TableOfContents()
    toc.levelStyles = [S_TOC1, S_TOC2]
    toc.dotsMinLevel = 0
    story += [P("INHOUDSOPGAVE", S_H2), Spacer(1, 6), toc]

    # ---------------------------------------------------------------------------------------------- voorwoord
    story += [PageBreak(), H("Voorwoord", S_H2, toc=0)]
    story += [P("Met genoegen bieden wij u de Begroting 2025 van Collectie Overijssel aan. Het is de laatste begroting "
                "binnen ons meerjarenbeleidsplan 2021-2024 en tegelijk de eerste die vooruitkijkt naar het nieuwe "
                "Meerjarenbeleidsplan 2025-2029. Onze droom blijft dat iedereen drempelloos toegang heeft tot de "
                "Overijsselse erfgoedcollecties, fysiek en digitaal."),
              P("Het digitale gebruik van onze collecties blijft groeien. Voor 2025 verwachten wij ongeveer 1,5 "
                "miljoen bekeken en gedownloade scans, tegen 1.302.290 in 2023. Het fysieke studiezaalbezoek neemt "
                "verder af; wij rekenen op circa 1.080 fysieke bezoeken aan onze studiezalen in Zwolle en Deventer."),
              P("De belangrijkste opgave is de besluitvorming over een nieuw Collectiecentrum. De second opinion op "
                "de investeringsraming is afgerond; de raming is bijgesteld naar ca. 24 miljoen euro. In 2025 "
                "leggen wij het definitieve voorstel voor aan het Algemeen Bestuur en aan de raden van Zwolle en "
                "Deventer."),
              P(f"Financieel is 2025 een jaar waarin wij bewust investeren. De totale lasten bedragen € "
                f"{dec(d.LASTEN_TOT_E['2025'] / 1e6, 1)} miljoen. Het begrote exploitatietekort van € "
                f"{nl(-d.PROG['2025']['saldo'])} dekken wij volledig uit de bestemmingsreserves die daarvoor in eerdere "
                f"jaren zijn gevormd, zodat het resultaat na bestemming nihil is. De bijdragen van de gemeenten "
                f"Zwolle en Deventer stijgen met de loon- en prijsindex van {dec(d.INDEX['2025'], 1)}%."),
              P("Wij danken onze medewerkers, partners en vrijwilligers voor hun inzet en kijken uit naar een "
                "jaar waarin wij verder bouwen aan de toegankelijkheid van het Overijsselse erfgoed."),
              Spacer(1, 10), P("Directeur")]

    # ---------------------------------------------------------------------------------------------- inleiding
    story += [PageBreak(), H("Inleiding", S_H2, toc=0), H("Organisatiegegevens", S_H4)]
    org = Table([["Statutaire naam", "Historisch Centrum Overijssel"], ["Vestigingsadres", "Eikenstraat 20, Zwolle"],
                 ["Rechtsvorm", "Openbaar Lichaam (Wet Gemeenschappelijke Regelingen)"],
                 ["Deelnemers", "Het Rijk, Gemeente Zwolle, Gemeente Deventer"],
                 ["DVO-partners", "Provincie Overijssel en overige DVO-partners"]], colWidths=[4.3 * cm, 12 * cm])
    org.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 10), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [org, Spacer(1, 8), H("Doelstelling", S_H4),
              P("De regeling wordt getroffen met het doel de belangen van de Minister en de Colleges in "
                "gezamenlijkheid te behartigen, bij alle aangelegenheden betreffende de archiefbescheiden, collecties, "
                "individuele documenten en dergelijke, die berusten in de rijksarchiefbewaarplaats in de provincie en "
                "de archiefbewaarplaatsen van de gemeenten (Gemeenschappelijke Regeling HCO 2016, artikel 2.1)."),
              H("Leeswijzer", S_H4),
              P("Deze begroting bestaat uit de beleidsbegroting (het programmaplan met vier programma's en de "
                "verplichte paragrafen) en de financiële begroting. De programma's volgen de strategieën uit ons "
                "meerjarenbeleidsplan: Groeistrategie, Productiviteitsstrategie, Onderscheidend vermogen en "
                "Ondersteunende processen."),
              P("Bedragen staan in de programmatabellen in duizenden euro's (x € 1.000) en in de meerjarenbegroting "
                "per programma en het overzicht van de bijdragen in hele euro's. In het overzicht van baten en lasten "
                "naar categorie (€ '000) zijn lasten, net als in onze jaarstukken, negatief weergegeven en baten "
                "positief; een toevoeging aan de reserves is negatief, een onttrekking positief. In de "
                "programmatabellen zijn lasten en baten beide positief en is het saldo baten min lasten: een "
                "negatief saldo is nadelig."),
              P("De kolom Realisatie 2023 is ontleend aan de vastgestelde Jaarstukken 2023. De kolom Begroting 2024 "
                "betreft de begroting na de eerste begrotingswijziging 2024.")]

    # ---------------------------------------------------------------------------------------------- in één oogopslag
    story += [PageBreak(), H("Begroting 2025 in één oogopslag", S_H2, toc=0)]
    kc = [("Baten", [d.CAT[y]["Baten"] for y in d.KERN_COLS], "row"),
          ("Lasten", [d.CAT[y]["Lasten"] for y in d.KERN_COLS], "row"),
          ("Exploitatieresultaat", [d.CAT[y]["Resultaat exploitatie"] for y in d.KERN_COLS], "total"),
          ("Mutatie reserves", [d.CAT[y]["Toevoeging reserves"] + d.CAT[y]["Onttrekking reserves"]
                                for y in d.KERN_COLS], "row"),
          ("Resultaat na bestemming", [d.CAT[y]["Resultaat na bestemming"] for y in d.KERN_COLS], "total")]
    story += fin_table("Kerncijfers", "€ '000", ["Realisatie", "Begroting", "Begroting"], d.KERN_COLS,
                       [(a, [k(x) for x in b], s) for a, b, s in kc], [7 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm])
    pers = [("Formatie (fte)", ["", dec(d.FTE_FORMATIE["2024"], 1), dec(d.FTE_FORMATIE["2025"], 1)], "row"),
            ("Aantal FTE, jaareinde", [str(d.FTE_2023_JAAREINDE), "", ""], "row")]
    story += fin_table("Personeel", "", ["Realisatie", "Begroting", "Begroting"], d.KERN_COLS, pers,
                       [7 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm])
    story += [H("Wat doen wij in 2025?", S_H4)]
    story += bullets([
        "Wij verwachten ongeveer 1,5 miljoen bekeken en gedownloade scans via de toegangen op onze website.",
        f"Wij rekenen op {nl(sum(d.BEZOEKEN_2025.values()))} fysieke bezoeken aan onze studiezalen: "
        f"{nl(d.BEZOEKEN_2025['Zwolle'])} in Zwolle en {nl(d.BEZOEKEN_2025['Deventer'])} in Deventer.",
        f"De bijdragen van de gemeenten Zwolle en Deventer stijgen met {dec(d.INDEX['2025'], 1)}%; de totale "
        f"bijdragen van deelnemers en DVO-partners bedragen € {nl(d.BIJ_TOT['2025'])}.",
        "Het Algemeen Bestuur besluit over het nieuwe Collectiecentrum (investeringsraming ca. 24 miljoen euro).",
        f"De formatie groeit naar {dec(d.FTE_FORMATIE['2025'], 1)} fte, vooral voor digitalisering en "
        "informatiebeheer.",
        f"Het exploitatietekort van € {nl(-d.PROG['2025']['saldo'])} wordt gedekt uit de bestemmingsreserves; de "
        f"ratio weerstandsvermogen is {dec(d.RATIO, 2)}.",
    ])

    # ---------------------------------------------------------------------------------------------- 1 beleidsbegroting
    story += divider("1. BELEIDSBEGROTING")
    story += [H("1.1. Programmaplan", S_H2, toc=1),
              P("Een duurzaam bruikbare Erfgoedcollectie Overijssel: informatie en inspiratie voor iedereen. Dit "
                "blijft ons ultieme doel. Per programma beschrijven wij wat wij willen bereiken, wat wij daarvoor "
                "gaan doen en wat het mag kosten. De bedragen in de programmatabellen zijn x € 1.000; de "
                "meerjarenbegroting in hele euro's staat in paragraaf 2.5.")]
    PROGTXT = [
        ("Wij willen uitgroeien tot dé collectiebeherende organisatie in Overijssel, met een centraal "
         "Collectiecentrum dat onze wettelijke groei kan opvangen en een sterk netwerk van historische verenigingen, "
         "musea en onderwijsinstellingen.",
         [("Plan Collectiecentrum", "Na de second opinion is de investeringsraming bijgesteld naar ca. 24 miljoen "
           "euro. In 2025 werken wij het voorlopig ontwerp uit en leggen wij het besluit voor aan het Algemeen "
           "Bestuur. De voorbereidingskosten van € 100.000 dekken wij uit de bestemmingsreserve Collectiecentrum."),
          ("Versterken Knooppunt", "Het platform MijnStadMijnDorp wordt herijkt. Wij organiseren periodiek "
           "workshops zoeken en vinden voor historische verenigingen in onze GR- en DVO-gemeenten."),
          ("HAICu", "Samen met onder andere de Rijksuniversiteit Groningen en het Nationaal Archief zetten wij "
           "kunstmatige intelligentie in voor de resoluties van de Staten van Overijssel (1578-1795). Het project "
           "loopt tot 2028 en wordt grotendeels gefinancierd door NWO."),
          ("E-depot particulier archief", "Wij richten een e-depotvoorziening in voor digitale particuliere "
           "archieven, in aansluiting op ons collectieprofiel en acquisitiebeleid.")],
         "De lasten van de Groeistrategie stijgen in 2025 vooral door de voorbereiding van het Collectiecentrum "
         "(ontwerp en second opinion) en door de eerste volle projectjaren van HAICu. Vanaf 2026 dalen de lasten weer, "
         "omdat de voorbereiding van het Collectiecentrum dan is afgerond."),
        ("Wij willen onze collecties productiever en beter toegankelijk beheren: een actuele vindplaatsregistratie, "
         "meer gedigitaliseerde archieven en een toekomstbestendige infrastructuur voor collectiedata.",
         [("Actualiseren vindplaatsregistratie", "Het project is in 2024 gestart en loopt door tot eind 2025. De "
           "kosten van € 320.000 in 2025 worden onttrokken aan de bestemmingsreserve Datakwaliteit & "
           "Collectiebeheer."),
          ("Digitaliseren oudste stadsarchieven", "Na de aanbesteding digitaliseren wij de oudste stadsarchieven van "
           "Zwolle en Deventer. Hiervoor is in 2025 € 185.000 geraamd."),
          ("Publiceren oudste fotocollecties", "Ongeveer 20% van de fotocollectie komt rechtenvrij beschikbaar."),
          ("Infrastructuur collectiedata", "Wij besteden een nieuw collectiebeheersysteem aan op basis van het "
           "doellandschap dat in 2023 is ontwikkeld.")],
         "De Snelle Scanservice en de studiezaal in ANNO Stadsmuseum Zwolle zijn opgenomen in de reguliere "
         "exploitatie van dit programma."),
        ("Wij willen ons onderscheiden door kennis over onze collecties te delen en onderzoekers kansen te geven.",
         [("Researchers in residence", "Na de positief geëvalueerde pilot verstrekken wij in 2025 vier fellowships "
           "voor onderzoek naar en toegankelijkheid van onze archieven en collecties."),
          ("Educatie en publieksbereik", "Wij ontwikkelen lespakketten voor het voortgezet onderwijs rond 500 jaar "
           "provincie Overijssel (2028).")],
         "De lasten blijven in de meerjarenraming nagenoeg gelijk."),
        ("Wij willen een wendbare organisatie zijn met goed werkgeverschap, een veilige "
         "informatiehuishouding en goed onderhouden panden.",
         [("Organisatiebreed opleidingsplan", "Het opleidingsplan wordt in 2025 volledig uitgevoerd, mede op basis "
           "van het medewerkerstevredenheidsonderzoek."),
          ("Informatiebeveiliging", "Wij voeren het jaarplan informatiebeveiliging uit en stappen verder richting de "
           "BIO (Baseline Informatiebeveiliging Overheid)."),
          ("Meerjarenonderhoudsplan", "Het uitgestelde onderhoud aan het pand Eikenstraat/Van Wevelinkhovenstraat in "
           "Zwolle wordt in 2025 uitgevoerd; € 210.000 wordt onttrokken aan de bestemmingsreserve Onderhoud."),
          ("Kostendekkende tarieven", "Op basis van het productenboek stellen wij kostendekkende tarieven vast voor "
           "de DVO-partners.")],
         "Dit programma bevat ook de overhead. De lasten stijgen door de cao-loonstijging en hogere "
         "huisvestingskosten."),
    ]
    for i, (p_name, (bereiken, doen, kost)) in enumerate(zip(d.PROGRAMMAS, PROGTXT), start=1):
        pk = d.PROG_K[p_name]
        rows = [("Lasten", [k(pk["Lasten"][y]) for y in d.YEARS], "row"),
                ("Baten", [k(pk["Baten"][y]) for y in d.YEARS], "row"),
                ("Saldo programma", [k(pk["Saldo programma"][y]) for y in d.YEARS], "total")]
        block = [H(p_name, S_H3), H("Wat willen we bereiken?", S_H4), P(bereiken), H("Wat gaan we daarvoor doen?", S_H4),
                 items_table(doen), H("Wat mag het kosten?", S_H4)]
        block += fin_table(f"Programma {i}", "x € 1.000", YR_TOP, YR_BOT, rows,
                           [4.5 * cm] + [2.0 * cm] * 6)
        block += [P(kost)]
        story += block
        if i in (2, 4):
            story.append(PageBreak())

    # ---------------------------------------------------------------------------------------------- paragrafen
    story += [H("1.2. Paragrafen", S_H2, toc=1), H("Weerstandsvermogen en risicobeheersing", S_H3),
              P("Wij hebben de risico's voor 2025 opnieuw beoordeeld. Nieuw zijn het risico op hogere "
                "energieprijzen na afloop van het huidige contract en het risico dat de voorbereidingskosten van het "
                "Collectiecentrum hoger uitvallen. Daarnaast blijven calamiteiten in de depots en de "
                "huurdersrisico's van de gebouwen van belang. Het benodigde weerstandsvermogen is het totaal van "
                "impact maal kans."),
              ]
    rr = [(n, [nl(i_), pct(kk), nl(b)], "row") for n, i_, kk, b in d.RISK_ROWS]
    rr.append(("Benodigde weerstandscapaciteit", ["", "", nl(d.BENODIGD)], "total"))
    story += fin_table("Risico's", "€ '000", ["Impact", "Kans", "Benodigd"], ["", "", ""], rr,
                       [8.5 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm])
    wv = [("Algemene Reserve per 31-12-2025", [nl(d.ALGR[4])], "row"),
          ("Stelpost onvoorzien", [nl(d.STELPOST_ONVOORZIEN)], "row"),
          ("Beschikbare weerstandscapaciteit", [nl(d.BESCHIKBAAR)], "total"),
          ("Benodigde weerstandscapaciteit", [nl(d.BENODIGD)], "row"),
          ("Ratio weerstandsvermogen", [dec(d.RATIO, 2)], "total")]
    story += fin_table("Weerstandsvermogen", "€ '000", ["Begroting"], ["2025"], wv, [8.5 * cm, 2.4 * cm])
    story += [P(f"Met een ratio van {dec(d.RATIO, 2)} is het weerstandsvermogen voldoende (klasse C in de "
                "gangbare waarderingstabel: ratio tussen 1,0 en 1,4). De algemene reserve bedraagt "
                f"{dec(d.ALG_RES_PCT, 1)}% van de deelnemersbijdragen en blijft daarmee onder de norm van 10%."),
              H("Financiering", S_H3),
              P(f"Wij verwachten in 2025 geen gebruik te maken van leningen. De kasgeldlimiet bedraagt "
                f"{dec(d.KASGELD_PCT, 1)}% van het begrotingstotaal; voor 2025 is dat € {nl(d.KASGELDLIMIET_2025)}. Van de "
                f"SNS-kredietfaciliteit van € {nl(d.KREDIETFACILITEIT)} verwachten wij geen gebruik te maken. "
                "Overtollige middelen houden wij aan in de schatkist (schatkistbankieren)."),
              H("Kengetallen", S_H3)]
    kg = [(n, [pct(v[y]) for y in d.KERN_COLS], "row") for n, v in d.KENGETALLEN.items()]
    story += fin_table("Financiële kengetallen", "conform BBV", ["Realisatie", "Begroting", "Begroting"],
                       d.KERN_COLS, kg, [7 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm],
                       note="Netto schuldquote: netto schuld / baten. Solvabiliteitsratio: eigen vermogen / "
                            "balanstotaal. Zie de geprognosticeerde balans in paragraaf 2.6.")
    story += [P("Een negatieve netto schuldquote betekent dat onze vorderingen en liquide middelen groter zijn dan "
                "onze schulden. De solvabiliteitsratio daalt in 2025 doordat wij bestemmingsreserves inzetten."),
              H("Bedrijfsvoering", S_H3),
              P(f"De formatie stijgt van {dec(d.FTE_FORMATIE['2024'], 1)} fte in 2024 naar "
                f"{dec(d.FTE_FORMATIE['2025'], 1)} fte in 2025. Voor de loonkosten rekenen wij met een "
                f"cao-loonstijging van {dec(d.CAO_LOONSTIJGING, 1)}%. Wij streven naar een ziekteverzuim van ten hoogste "
                f"{dec(d.VERZUIM_NORM, 1)}%."),
              H("Onderhoud kapitaalgoederen", S_H3),
              P("Collectie Overijssel heeft geen eigen gebouwen in bezit. Het onderhoud van het pand Eikenstraat in "
                "Zwolle is voor onze rekening en wordt uitgevoerd volgens het meerjarenonderhoudsplan."),
              H("Verbonden partijen", S_H3),
              P("Collectie Overijssel heeft geen verbonden partijen.")]

    # ---------------------------------------------------------------------------------------------- 2 financiële begroting
    story += divider("2. FINANCIËLE BEGROTING")
    story += [H("2.1. Uitgangspunten", S_H2, toc=1),
              P(f"Voor de bijdragen van de gemeenten Zwolle en Deventer hanteren wij de gewogen loon- en prijsindex: "
                f"{dec(d.INDEX['2025'], 1)}% voor 2025, {dec(d.INDEX['2026'], 1)}% voor 2026, {dec(d.INDEX['2027'], 1)}% "
                f"voor 2027 en {dec(d.INDEX['2028'], 1)}% voor 2028. De rijksbijdrage volgt de begroting van het "
                "ministerie van OCW. De bijdrage van de Provincie Overijssel en van de overige DVO-partners is "
                "vastgelegd in de dienstverleningsovereenkomsten."),
              P("De energiekosten dalen in 2025 door een nieuw meerjarig energiecontract. Afschrijvingen stijgen door "
                "investeringen in automatisering. De rentebaten zijn lager geraamd door een verwachte daling van de "
                "rente op de rekening-courant bij het Rijk."),
              *fin_table("Uitgangspunten", "percentages", ["Begroting"], ["2025"],
                         [("Loon- en prijsindex bijdragen Zwolle en Deventer", [dec(d.INDEX["2025"], 1) + "%"], "row"),
                          ("Cao-loonstijging", [dec(d.CAO_LOONSTIJGING, 1) + "%"], "row"),
                          ("Prijsindex materiële lasten", [dec(d.PRIJSINDEX_2025, 1) + "%"], "row"),
                          ("Rente rekening-courant Rijk", [dec(d.RENTE_RC_2025, 1) + "%"], "row")],
                         [9.5 * cm, 2.6 * cm]),
              P("Incidentele baten en lasten betreffen onze meerjarige subsidieprogramma's (het Provinciaal programma "
                "'Erfgoed verbindt', de Museale Collectie van de gemeente Zwolle en de Kenniscomponent van het Rijk) "
                "en de projecten die uit de bestemmingsreserves worden gedekt."),
              H("2.2. Overzicht van baten en lasten", S_H2, toc=1),
              P("Het overzicht hieronder volgt de indeling van de jaarrekening. De realisatie 2023 is gelijk aan de "
                "vastgestelde jaarrekening 2023. De baten GR en DVO zijn de bijdragen uit paragraaf 2.3, afgerond op duizenden "
                "euro's. Baten Overig betreffen onder meer opbrengsten van de Snelle Scanservice, dienstverlening aan "
                "derden, de tijdelijke verhuur van leegstaande ruimten en incidentele projectbijdragen van fondsen.")]
    cat_rows = []
    for kk in d.BATEN_CAT:
        cat_rows.append((kk, [k(d.CAT[y][kk]) for y in d.YEARS], "row"))
    cat_rows.append(("Baten", [k(d.CAT[y]["Baten"]) for y in d.YEARS], "total"))
    for kk in d.LASTEN_CAT:
        cat_rows.append((kk, [k(d.CAT[y][kk]) if d.CAT[y][kk] else "-" for y in d.YEARS], "row"))
    cat_rows.append(("Lasten", [k(d.CAT[y]["Lasten"]) for y in d.YEARS], "total"))
    cat_rows.append(("Resultaat exploitatie", [k(d.CAT[y]["Resultaat exploitatie"]) for y in d.YEARS], "total"))
    for kk in ("Toevoeging reserves", "Onttrekking reserves"):
        cat_rows.append((kk, [k(d.CAT[y][kk]) for y in d.YEARS], "row"))
    cat_rows.append(("Resultaat na bestemming", [k(d.CAT[y]["Resultaat na bestemming"]) for y in d.YEARS], "total"))
    story += fin_table("Baten en lasten naar categorie", "€ '000", YR_TOP, YR_BOT, cat_rows,
                       [5.4 * cm] + [1.85 * cm] * 6, long=True,
                       note="NB: de begroting 2024 betreft de begroting na de eerste begrotingswijziging 2024.")
    story += [H("Toelichting", S_H3),
              P(f"Personeel salarissen stijgen naar € {nl(-d.CAT['2025']['Personeel salarissen'] * 1000)} door de "
                f"cao-loonstijging en de uitbreiding van de formatie. Huisvesting energie daalt van € "
                f"{nl(-d.CAT['2024']['Huisvesting energie'] * 1000)} in 2024 naar € "
                f"{nl(-d.CAT['2025']['Huisvesting energie'] * 1000)} in 2025 door het nieuwe energiecontract. "
                "Organisatie projecten stijgen in 2025 door de voorbereiding van het Collectiecentrum en de "
                "digitalisering van de oudste stadsarchieven; vanaf 2026 dalen deze lasten."),
              H("2.3. Bijdragen deelnemers en DVO-partners", S_H2, toc=1),
              P("De bijdragen van de deelnemers in de gemeenschappelijke regeling en van de DVO-partners vormen onze "
                "algemene dekkingsmiddelen. Het overzicht hieronder geeft de bijdragen in hele euro's.")]
    bij = []
    for name, v in d.BIJ_ROWS:
        st = "sub" if name.startswith("Subtotaal") else ("total" if name.startswith("Totaal") else "row")
        bij.append((name, [nl(v[y]) for y in d.PLAN], st))
    story += fin_table("Bijdragen per deelnemer", "Bedragen in €", ["Begroting", "Begroting", "Raming", "Raming",
                                                                     "Raming"], d.PLAN, bij,
                       [6.2 * cm] + [2.1 * cm] * 5)
    story += [P(f"De bijdrage van de gemeente Zwolle stijgt in 2025 naar € {nl(d.BIJ_ZWOLLE['2025'])} en die van de "
                f"gemeente Deventer naar € {nl(d.BIJ_DEVENTER['2025'])}.")]

    # ---------------------------------------------------------------------------------------------- landscape page
    story += [NextPageTemplate("land"), PageBreak(),
              H("2.4. Meerjarenbegroting per programma", S_H2, toc=1),
              P("De meerjarenbegroting per programma in hele euro's. Lasten en baten zijn positief weergegeven; het "
                "saldo van baten en lasten is baten min lasten. De algemene dekkingsmiddelen zijn de bijdragen van "
                "deelnemers en DVO-partners (paragraaf 2.3).")]
    mr = [("Lasten", [""] * 6, "group")]
    for i, p_name in enumerate(d.PROGRAMMAS):
        mr.append((p_name, [nl(d.PROG[y]["lasten"][i]) for y in d.YEARS], "row"))
    mr.append(("Totaal lasten", [nl(d.PROG[y]["lasten_tot"]) for y in d.YEARS], "total"))
    mr.append(("Baten", [""] * 6, "group"))
    for i, p_name in enumerate(d.PROGRAMMAS):
        mr.append((p_name, [nl(d.PROG[y]["baten"][i]) for y in d.YEARS], "row"))
    mr.append(("Algemene dekkingsmiddelen", [nl(d.PROG[y]["alg"]) for y in d.YEARS], "row"))
    mr.append(("Totaal baten", [nl(d.PROG[y]["baten_tot"]) for y in d.YEARS], "total"))
    mr.append(("Saldo van baten en lasten", [nl(d.PROG[y]["saldo"]) for y in d.YEARS], "total"))
    mr.append(("Toevoeging reserves", [nl(d.PROG[y]["toev"]) for y in d.YEARS], "row"))
    mr.append(("Onttrekking reserves", [nl(d.PROG[y]["ontt"]) for y in d.YEARS], "row"))
    mr.append(("Resultaat na bestemming", [nl(d.PROG[y]["resultaat"]) for y in d.YEARS], "total"))
    story += fin_table("Meerjarenbegroting per programma", "Bedragen in €", YR_TOP, YR_BOT, mr,
                       [9.0 * cm] + [2.75 * cm] * 6,
                       note="De realisatie 2023 is ontleend aan de jaarrekening 2023; het resultaat 2023 van "
                            "€ 137.000 is bestemd conform het voorstel resultaatbestemming.")

    # ---------------------------------------------------------------------------------------------- reserves + balans
    story += [NextPageTemplate("port"), PageBreak(), H("2.5. Reserves", S_H2, toc=1),
              P("Het verloop van de reserves in 2025. De onttrekkingen dekken de projecten uit het programmaplan; de "
                "toevoeging aan de reserve Collectiecentrum is bestemd voor de voorbereiding van de nieuwe "
                "huisvesting.")]
    rs = [(n, [nl(s), nl(t) if t else "-", nl(o) if o else "-", nl(e)], "row") for n, s, t, o, e in d.RES_ROWS]
    rs.append((d.BEST[0], [nl(x) for x in d.BEST[1:]], "sub"))
    rs.append((d.ALGR[0], [nl(d.ALGR[1]), "-", "-", nl(d.ALGR[4])], "row"))
    rs.append((d.RES_TOT[0], [nl(x) for x in d.RES_TOT[1:]], "total"))
    story += fin_table("Reserves", "€ '000", ["Stand", "Toevoeging", "Onttrekking", "Stand"],
                       ["1-1-2025", "2025", "2025", "31-12-2025"], rs, [6.6 * cm] + [2.45 * cm] * 4)
    story += [P("Toelichting bestemmingsreserves:"),
              *bullets(["Onderhoud: ten behoeve van het onderhoud van de in gebruik zijnde panden.",
                        "Datakwaliteit & Collectiebeheer: ter verbetering van de kwaliteit van de data en het "
                        "collectiebeheer, waaronder het project Actualiseren vindplaatsregistratie.",
                        "Digitale dienstverlening: ter versterking van onze digitale dienstverlening, waaronder de "
                        "digitalisering van de oudste stadsarchieven.",
                        "Collectiecentrum: voor de voorbereidingskosten van het nieuwe Collectiecentrum."]),
              Spacer(1, 6), H("2.6. Geprognosticeerde balans", S_H2, toc=1)]
    bal = [(n, [nl(v[0]), nl(v[1])], "row") for n, v in d.BAL_ACTIVA.items()]
    bal.append(("Totaal activa", [nl(d.BAL_TOT[0]), nl(d.BAL_TOT[1])], "total"))
    for n, v in d.BAL_PASSIVA.items():
        bal.append((n, [nl(v[0]) if v[0] else "-", nl(v[1]) if v[1] else "-"], "row"))
    bal.append(("Totaal passiva", [nl(d.BAL_TOT[0]), nl(d.BAL_TOT[1])], "total"))
    story += fin_table("Geprognosticeerde balans", "€ '000", ["Begroting", "Begroting"], d.BAL_YEARS, bal,
                       [7 * cm, 3 * cm, 3 * cm])
    story += [H("2.7. Vaststelling", S_H2, toc=1),
              P("Aldus vastgesteld in de openbare vergadering van het Algemeen Bestuur van Collectie Overijssel van "
                "4 juli 2024."),
              Spacer(1, 14), P("De voorzitter,                                        De secretaris,")]
    return story


def main():
    doc = Doc(str(OUT), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm,
              bottomMargin=2.2 * cm, title="Begroting 2025 Collectie Overijssel", author="Collectie Overijssel",
              subject="FICTIONAL document written for evaluation set set-as", creator="set-as gen_begroting_co.py",
              invariant=1)
    pw, ph = A4
    lw, lh = landscape(A4)
    doc.addPageTemplates([
        PageTemplate("first", [Frame(2.2 * cm, 2.2 * cm, pw - 4.4 * cm, ph - 4.4 * cm, id="f0")], onPage=onfirst),
        PageTemplate("port", [Frame(2.2 * cm, 2.2 * cm, pw - 4.4 * cm, ph - 4.4 * cm, id="f1")], onPage=onpage,
                     pagesize=A4),
        PageTemplate("land", [Frame(2.2 * cm, 2.0 * cm, lw - 4.4 * cm, lh - 4.0 * cm, id="f2")], onPage=onpage,
                     pagesize=landscape(A4)),
    ])
    doc.multiBuild(build())
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
