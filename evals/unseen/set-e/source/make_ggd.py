"""Build the meeting bundle of the fictional GGD Kroonmeren (AB 3 juli 2025) with reportlab.

Run: /tmp/sete-venv/bin/python make_ggd.py   (venv with reportlab, see README.md)
Writes ../corpus/ggd-kroonmeren-vergaderstukken-ab-2025-07-03.pdf and ggd_facts.json.
"""
import json
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT, TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle, CondPageBreak)
from reportlab.lib.fonts import addMapping

import ggd_data as G
from nlfmt import cell, nl, mln

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus", "ggd-kroonmeren-vergaderstukken-ab-2025-07-03.pdf")

FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSans", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSans-Bold", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSans-Italic", FD + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LSans-BoldItalic", FD + "LiberationSans-BoldItalic.ttf"))
addMapping("LSans", 0, 0, "LSans")
addMapping("LSans", 1, 0, "LSans-Bold")
addMapping("LSans", 0, 1, "LSans-Italic")
addMapping("LSans", 1, 1, "LSans-BoldItalic")

GREEN = colors.HexColor("#1f6f5c")
LIGHT = colors.HexColor("#e4f0ec")

sBody = ParagraphStyle("body", fontName="LSans", fontSize=9.5, leading=13.2, spaceAfter=5)
sSmall = ParagraphStyle("small", parent=sBody, fontSize=8, leading=10.5, spaceAfter=3)
sH1 = ParagraphStyle("h1", fontName="LSans-Bold", fontSize=17, leading=21, textColor=GREEN, spaceAfter=10, spaceBefore=4)
sH2 = ParagraphStyle("h2", fontName="LSans-Bold", fontSize=12.5, leading=16, textColor=GREEN, spaceAfter=6, spaceBefore=10)
sH3 = ParagraphStyle("h3", fontName="LSans-Bold", fontSize=10.5, leading=14, spaceAfter=4, spaceBefore=8)
sCap = ParagraphStyle("cap", fontName="LSans-Bold", fontSize=9, leading=12, spaceAfter=3, spaceBefore=6)
sScale = ParagraphStyle("scale", fontName="LSans-Italic", fontSize=8, leading=10, spaceAfter=2)
sBullet = ParagraphStyle("bullet", parent=sBody, leftIndent=12, bulletIndent=2, spaceAfter=2, bulletFontName="LSans")
sCell = ParagraphStyle("cell", fontName="LSans", fontSize=8, leading=9.8)
sCellB = ParagraphStyle("cellb", parent=sCell, fontName="LSans-Bold")

D = G.build()
G.check(D)
FACTS = {}


def fact(key, value):
    FACTS[key] = value
    return value


class PartMarker(Flowable):
    def __init__(self, name):
        super().__init__()
        self.name = name

    def wrap(self, *a):
        return (0, 0)

    def draw(self):
        self.canv._doctemplate_part = self.name


class Bundle(BaseDocTemplate):
    def __init__(self, fn, **kw):
        super().__init__(fn, pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm, topMargin=24 * mm,
                         bottomMargin=20 * mm, title="GGD Kroonmeren - vergaderstukken algemeen bestuur 3 juli 2025",
                         author="GGD Kroonmeren", **kw)
        fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.part = ""
        self.addPageTemplates([PageTemplate(id="p", frames=[fr], onPageEnd=self.header)])

    def afterFlowable(self, fl):
        if isinstance(fl, PartMarker):
            self.part = fl.name
        if type(fl).__name__ == "Anchor":
            self.anchors[fl.name] = self.page

    def header(self, c, doc):
        c.saveState()
        c.setFont("LSans-Bold", 8)
        c.setFillColor(GREEN)
        c.drawString(22 * mm, A4[1] - 13 * mm, "GGD Kroonmeren")
        c.setFont("LSans", 8)
        c.setFillColor(colors.black)
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 13 * mm,
                          "Algemeen bestuur 3 juli 2025" + (("  |  " + self.part) if self.part else ""))
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.6)
        c.line(22 * mm, A4[1] - 15 * mm, A4[0] - 20 * mm, A4[1] - 15 * mm)
        c.restoreState()


class NumberedCanvas(canvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setFont("LSans", 8)
            self.drawRightString(A4[0] - 20 * mm, 11 * mm, f"Pagina {self._pageNumber} van {n}")
            self.drawString(22 * mm, 11 * mm, "Vergaderstukken AB 2025-03")
            super().showPage()
        super().save()


def P(t, st=sBody):
    return Paragraph(t, st)


def bullets(items):
    return [Paragraph(t, sBullet, bulletText="•") for t in items]


def tbl(rows, widths, num_from=1, header_rows=1, grid=False, bold_rows=(), shade_rows=(), font=8,
        italic_rows=(), align_left_cols=()):
    t = Table(rows, colWidths=widths, repeatRows=header_rows)
    st = [
        ("FONTNAME", (0, 0), (-1, -1), "LSans"),
        ("FONTSIZE", (0, 0), (-1, -1), font),
        ("LEADING", (0, 0), (-1, -1), font + 1.8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (num_from, 0), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
    ]
    if header_rows:
        st.append(("FONTNAME", (0, 0), (-1, header_rows - 1), "LSans-Bold"))
    for c in align_left_cols:
        st.append(("ALIGN", (c, 0), (c, -1), "LEFT"))
    if grid:
        st += [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8a8a"))]
        if header_rows:
            st.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), LIGHT))
        else:
            st.append(("FONTNAME", (0, 0), (0, -1), "LSans-Bold"))
    else:
        st += [("LINEABOVE", (0, 0), (-1, 0), 0.9, GREEN),
               ("LINEBELOW", (0, -1), (-1, -1), 0.9, GREEN)]
        if header_rows:
            st.append(("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, GREEN))
    for r in bold_rows:
        st.append(("FONTNAME", (0, r), (-1, r), "LSans-Bold"))
        if not grid:
            st.append(("LINEABOVE", (0, r), (-1, r), 0.4, colors.black))
    for r in italic_rows:
        st.append(("FONTNAME", (0, r), (-1, r), "LSans-Italic"))
    for r in shade_rows:
        st.append(("BACKGROUND", (0, r), (-1, r), LIGHT))
    t.setStyle(TableStyle(st))
    return t


def k(x, **kw):
    return cell(x, **kw)


def build_story(pp):
    story = []
    S = story.append

    # ---------------------------------------------------------------- agenda
    S(PartMarker("Agenda"))
    S(P("Uitnodiging en agenda", sH1))
    S(P("<b>Vergadering van het algemeen bestuur van de Gemeenschappelijke Gezondheidsdienst Kroonmeren</b>"))
    S(tbl([["Datum", "donderdag 3 juli 2025"], ["Aanvang", "14.00 uur (inloop vanaf 13.30 uur)"],
           ["Locatie", "Bestuurscentrum GGD Kroonmeren, Havenplein 4, Kroonmeer, zaal De Meerkoet"],
           ["Voorzitter", "mevrouw drs. A.M. (Anneke) Verhoef, wethouder gemeente Kroonmeer"],
           ["Secretaris", "de heer dr. R.J. Terlouw, directeur publieke gezondheid"]],
          [32 * mm, 136 * mm], num_from=2, header_rows=0, font=9))
    S(Spacer(1, 8))
    agenda = [
        ("1.", "Opening en vaststelling van de agenda", "-", "-"),
        ("2.", "Mededelingen van de voorzitter en de directeur publieke gezondheid", "mondeling", "-"),
        ("3.", "Verslag van de vergadering van 10 april 2025", "ter vaststelling", "ter inzage"),
        ("4.", "Jaarstukken 2024 en bestemming van het resultaat 2024 (voordelig € 318.000)", "ter vaststelling", "ter inzage"),
        ("5.", "Begroting 2026 en meerjarenraming 2027-2029, na zienswijzen van de raden", "ter vaststelling", f"pagina {pp.get('v5', 0)}"),
        ("6.", "1e Bestuursrapportage 2025 en begrotingswijziging 2025-1", "ter vaststelling", f"pagina {pp.get('v6', 0)}"),
        ("7.", "Ontwerpbegroting 2026 (bijlage bij agendapunt 5)", "-", f"pagina {pp.get('begr', 0)}"),
        ("8.", "1e Bestuursrapportage 2025 (bijlage bij agendapunt 6)", "-", f"pagina {pp.get('burap', 0)}"),
        ("9.", "Rondvraag", "-", "-"),
        ("10.", "Sluiting", "-", "-"),
    ]
    rows = [["Nr.", "Onderwerp", "Status", "Stukken"]] + [list(a) for a in agenda]
    rows = [[r[0], Paragraph(r[1], sCell), r[2], r[3]] if i else r for i, r in enumerate(rows)]
    S(tbl(rows, [10 * mm, 102 * mm, 28 * mm, 26 * mm], num_from=4, header_rows=1, font=8.5, align_left_cols=(2,)))
    S(Spacer(1, 10))
    S(P("De stukken bij de agendapunten 3 en 4 liggen ter inzage bij het bestuurssecretariaat en staan op het "
        "bestuursportaal. De overige stukken zijn in deze bundel opgenomen. Leden die verhinderd zijn, worden "
        "verzocht zich af te melden bij het bestuurssecretariaat (bestuurssecretariaat@ggdkroonmeren.nl)."))
    S(P("Samenstelling algemeen bestuur: de wethouders volksgezondheid van de acht deelnemende gemeenten Kroonmeer, "
        "Alderveen, Brakelwoude, Heemsteren, Zandhorst, Marwolde, Sonnewijk en Dwarsloo. Elk lid heeft in het algemeen "
        "bestuur een gewogen stem naar rato van het aantal inwoners, met een minimum van één stem.", sSmall))
    S(PageBreak())

    # ---------------------------------------------------------------- voorstel begroting
    bij25, bij26 = D["bij"][2025], D["bij"][2026]
    groei = fact("groei_bijdrage_pct", round((bij26 - bij25) / bij25 * 100, 1))
    lasten26 = D["ov"][2026]["lasten"]
    S(PartMarker("Voorstellen"))
    S(Anchor("v5"))
    S(P("Voorstel aan het algemeen bestuur", sH1))
    S(tbl([["Agendapunt", "5"], ["Onderwerp", "Vaststelling begroting 2026 en meerjarenraming 2027-2029"],
           ["Portefeuillehouder", "A.M. Verhoef (voorzitter)"], ["Registratienummer", "AB/2025/0147"],
           ["Bijlage(n)", "Ontwerpbegroting 2026 (agendapunt 7); zienswijzen van zes gemeenteraden"]],
          [40 * mm, 128 * mm], num_from=2, header_rows=0, font=9, grid=True))
    S(P("Voorgesteld besluit", sH3))
    S(P("Het algemeen bestuur wordt voorgesteld:"))
    S(P("1. kennis te nemen van de zienswijzen van de gemeenteraden op de ontwerpbegroting 2026;<br/>"
        f"2. de begroting 2026 vast te stellen met een totaal aan lasten van € {mln(lasten26 * 1000)} miljoen en een "
        f"totale bijdrage van de deelnemende gemeenten van € {nl(D['bijdr_tot']['tot'])};<br/>"
        "3. de meerjarenraming 2027-2029 voor kennisgeving aan te nemen;<br/>"
        "4. de begroting 2026 vóór 1 augustus 2025 aan Gedeputeerde Staten te zenden."))
    S(P("Inleiding", sH3))
    S(P("Op grond van artikel 35 van de Wet gemeenschappelijke regelingen is de ontwerpbegroting 2026 op 14 april 2025 "
        "aan de raden van de deelnemende gemeenten gezonden. De raden konden tot 20 juni 2025 hun zienswijze naar voren "
        f"brengen. De ontwerpbegroting sluit met een gemeentelijke bijdrage die {nl(groei, 1)}% hoger is dan in 2025. "
        "Die stijging komt vooral door de loon- en prijsindexatie: de cao-stijging voor 2026 is geraamd op 4,25% en de "
        "prijsindex op 2,6%. De bijdrage per inwoner voor de basistaken stijgt van "
        f"€ {nl(G.TARIEF_BASIS_2025, 2)} naar € {nl(G.TARIEF_BASIS, 2)}; de bijdrage per jeugdige voor het uniforme deel "
        f"van de jeugdgezondheidszorg stijgt van € {nl(G.TARIEF_JGZ_2025, 2)} naar € {nl(G.TARIEF_JGZ, 2)}."))
    S(P("Zienswijzen", sH3))
    S(P("Van de acht gemeenten hebben er zes een zienswijze ingediend. De gemeenteraden van Sonnewijk en Dwarsloo "
        "hebben laten weten geen zienswijze in te dienen. De zienswijzen zijn hieronder samengevat met de reactie van "
        "het dagelijks bestuur."))
    zw = [
        ("Kroonmeer", "Instemming; vraagt om in de jaarstukken 2025 te rapporteren over de wachttijden bij de soa-poli.",
         "Wordt overgenomen."),
        ("Alderveen", "Instemming; verzoekt om de frictiekosten van de huisvesting uiterlijk in 2029 af te bouwen.",
         "Sluit aan bij de begroting: de bestemmingsreserve is eind 2029 volledig ingezet."),
        ("Brakelwoude", "Instemming, met de opmerking dat het nieuwe consultatiebureau Brakelwoude-Zuid in 2026 open moet.",
         "Het krediet van € 210.000 is opgenomen; opening gepland in het derde kwartaal van 2026."),
        ("Heemsteren", "Zorgen over de stijging van de bijdrage, die boven de regionale indexatieafspraak van 3,1% ligt.",
         "De stijging boven 3,1% komt door de hogere cao; het DB verkent besparingen in de bedrijfsvoering."),
        ("Zandhorst", "Instemming; vraagt aandacht voor de dalende vaccinatiegraad.",
         "Wordt meegenomen in het actieplan vaccinatiebereidheid 2026."),
        ("Marwolde", "Instemming zonder opmerkingen.", "-"),
    ]
    rows = [["Gemeente", "Strekking van de zienswijze", "Reactie dagelijks bestuur"]] + \
        [[a, Paragraph(b, sCell), Paragraph(c, sCell)] for a, b, c in zw]
    S(tbl(rows, [25 * mm, 75 * mm, 68 * mm], num_from=3, grid=True, font=8))
    S(P("Financiële consequenties", sH3))
    S(P(f"De totale lasten in 2026 bedragen € {nl(lasten26)} (x € 1.000), ofwel ruim € {nl(int(lasten26 / 1000))} "
        f"miljoen. Daarvan wordt € {mln(D['bijdr_tot']['tot'])} miljoen gedekt uit de bijdragen van de gemeenten. "
        f"Uit de bestemmingsreserves wordt in 2026 € {nl(D['ontt'][2026] * 1000)} onttrokken, vooral voor de frictiekosten "
        "van de huisvesting en de digitalisering van het JGZ-dossier. De begroting is sluitend; het structurele saldo is "
        "nihil. De verdeling van de bijdrage per gemeente staat in hoofdstuk 4 van de begroting."))
    S(P("Advies auditcommissie", sH3))
    S(P("De auditcommissie heeft de ontwerpbegroting en de zienswijzen op 24 juni 2025 besproken. Zij adviseert "
        "positief, met de kanttekening dat de algemene reserve bij tegenvallers in 2025 snel richting de ondergrens "
        "van de bandbreedte kan zakken (zie ook agendapunt 6). De commissie vraagt het dagelijks bestuur om bij de "
        "kaderbrief 2027 een voorstel te doen voor het aanvullen van de algemene reserve."))
    S(P("Juridische aspecten", sH3))
    S(P("Het besluit tot vaststelling van de begroting wordt genomen met gewone meerderheid van de gewogen stemmen. "
        "Zienswijzen van de raden geven geen vetorecht; wel is het algemeen bestuur verplicht de zienswijzen bij de "
        "besluitvorming te betrekken en de raden te informeren over wat met hun zienswijze is gedaan."))
    S(P("Vervolg", sH3))
    S(P("Na vaststelling wordt de begroting 2026 met de zienswijzen en de reactie daarop aan de raden en aan Gedeputeerde "
        "Staten van de provincie gezonden. De gemeenten nemen de bijdrage op in hun eigen begroting 2026."))
    S(PageBreak())

    # ---------------------------------------------------------------- voorstel burap
    tekort = G.burap_tekort()
    fact("burap_tekort", tekort * 1000)
    S(Anchor("v6"))
    S(P("Voorstel aan het algemeen bestuur", sH1))
    S(tbl([["Agendapunt", "6"], ["Onderwerp", "1e Bestuursrapportage 2025 en begrotingswijziging 2025-1"],
           ["Portefeuillehouder", "J. de Kanter (financiën)"], ["Registratienummer", "AB/2025/0152"],
           ["Bijlage(n)", "1e Bestuursrapportage 2025 (agendapunt 8)"]],
          [40 * mm, 128 * mm], num_from=2, header_rows=0, font=9, grid=True))
    S(P("Voorgesteld besluit", sH3))
    S(P("1. de 1e Bestuursrapportage 2025 vast te stellen;<br/>"
        f"2. in te stemmen met begrotingswijziging 2025-1, waarmee het verwachte nadelige saldo van € {nl(tekort * 1000)} "
        "wordt gedekt door een onttrekking aan de algemene reserve;<br/>"
        "3. de gemeenten over de uitkomst van de bestuursrapportage te informeren."))
    S(P("Toelichting", sH3))
    S(P(f"De 1e Bestuursrapportage 2025 geeft de stand van zaken tot en met april 2025 en een prognose voor het hele jaar. "
        f"Wij verwachten een tekort van € {nl(tekort * 1000)}. De belangrijkste oorzaken zijn de hogere kosten voor "
        "inhuur van jeugdartsen, de extra inzet bij de uitbraken van mazelen en kinkhoest in het voorjaar en hogere "
        "ICT-kosten. Daar staan voordelen tegenover bij Gezondheidsbevordering en Monitoring (vacatures) en de vrijval van "
        "de post onvoorzien."))
    S(P(f"De algemene reserve bedraagt na bestemming van het resultaat 2024 € {nl(G.RESERVES['Algemene reserve']['stand'] * 1000)}. "
        f"Na de voorgestelde onttrekking daalt de algemene reserve naar € {nl(D['ar_na_burap'] * 1000)}. De ratio "
        f"weerstandsvermogen daalt daarmee van {nl(D['ratio'], 2)} naar {nl(D['ratio_burap'], 2)}; dat valt nog binnen de "
        "bandbreedte 'voldoende' (1,0 tot 1,4) uit de nota risicomanagement en weerstandsvermogen 2023. Een extra bijdrage van de gemeenten is "
        "daarom niet nodig."))
    S(P("Risico's", sH3))
    S(P("De prognose is opgesteld op basis van vier maanden realisatie. De grootste onzekerheid is de uitkomst van de "
        "cao-onderhandelingen voor 2025-2026: elke 0,5% extra loonstijging kost de GGD circa € 120.000 per jaar. Bij de "
        "2e Bestuursrapportage (november 2025) wordt het beeld geactualiseerd."))
    S(P("Communicatie", sH3))
    S(P("De gemeenten ontvangen na de vergadering een informatiebrief met de uitkomst van de bestuursrapportage en de "
        "gevolgen voor de reservepositie. Voor de gemeenten heeft de begrotingswijziging geen gevolgen voor de bijdrage 2025."))
    S(PageBreak())

    # ---------------------------------------------------------------- begroting: titel + inhoud
    S(PartMarker("Begroting 2026"))
    S(Anchor("begr"))
    S(Spacer(1, 40))
    S(P("Begroting 2026", ParagraphStyle("t", parent=sH1, fontSize=28, leading=34)))
    S(P("en meerjarenraming 2027-2029", ParagraphStyle("t2", parent=sH2, fontSize=15, leading=19)))
    S(Spacer(1, 10))
    S(P("Gemeenschappelijke Gezondheidsdienst Kroonmeren<br/>Vastgesteld door het algemeen bestuur op 3 juli 2025 "
        "(ontwerp: dagelijks bestuur 27 maart 2025)"))
    S(Spacer(1, 20))
    S(P("Inhoud", sH2))
    toc = [("1", "Inleiding en kerncijfers"), ("2", "Programmaplan"), ("", "2.1 Algemene Gezondheidszorg"),
           ("", "2.2 Jeugdgezondheidszorg"), ("", "2.3 Gezondheidsbevordering en Monitoring"),
           ("", "2.4 Toezicht en Veiligheid"), ("", "2.5 Overhead, onvoorzien en algemene dekkingsmiddelen"),
           ("3", "Overzicht van baten en lasten en meerjarenraming"), ("4", "Bijdragen deelnemende gemeenten"),
           ("5", "Reserves en voorzieningen"), ("6", "Paragrafen"), ("7", "Investeringen en financiële positie"),
           ("", "Bijlage: staat van incidentele baten en lasten")]
    S(tbl([[a, b] for a, b in toc], [12 * mm, 150 * mm], num_from=2, header_rows=0, font=9.5))
    S(PageBreak())

    # ---------------------------------------------------------------- 1 inleiding
    tot = D["bijdr_tot"]
    S(P("1. Inleiding en kerncijfers", sH1))
    S(P("Voor u ligt de begroting 2026 van de GGD Kroonmeren. De GGD voert voor acht gemeenten met samen "
        f"{nl(tot['inw'])} inwoners de wettelijke taken uit de Wet publieke gezondheid uit: infectieziektebestrijding, "
        "jeugdgezondheidszorg, gezondheidsbevordering, epidemiologie en medische milieukunde. Daarnaast voeren wij "
        "maatwerktaken uit voor afzonderlijke gemeenten en taken voor derden, zoals forensische geneeskunde voor de politie "
        "en de GHOR voor de veiligheidsregio."))
    S(P("De begroting 2026 is opgesteld binnen de kaders die het algemeen bestuur op 10 april 2025 heeft vastgesteld. "
        "Belangrijke uitgangspunten zijn een loonindexatie van 4,25% en een prijsindexatie van 2,6%, een gewogen "
        "indexatie van 3,8% voor de gemeentelijke bijdrage. Nieuw beleid is niet opgenomen, met uitzondering van de "
        "opening van het consultatiebureau Brakelwoude-Zuid. De meerjarenraming 2027-2029 is opgesteld in constante "
        "prijzen van 2026."))
    S(P("Kerncijfers", sCap))
    kc = [
        ["Kerncijfer", "Begroting 2025", "Begroting 2026"],
        ["Inwoners werkgebied (1 januari)", nl(397_815), nl(tot["inw"])],
        ["Jeugdigen 0 t/m 17 jaar", nl(76_284), nl(tot["jeugd"])],
        ["Formatie (fte)", nl(G.FORMATIE_2025, 1), nl(D["fte_tot"], 1)],
        ["Totale lasten (x € 1.000)", nl(D["ov"][2025]["lasten"]), nl(D["ov"][2026]["lasten"])],
        ["Bijdrage gemeenten (x € 1.000)", nl(D["bij"][2025]), nl(D["bij"][2026])],
        ["Bijdrage basistaken per inwoner", "€ " + nl(G.TARIEF_BASIS_2025, 2), "€ " + nl(G.TARIEF_BASIS, 2)],
        ["Bijdrage JGZ per jeugdige", "€ " + nl(G.TARIEF_JGZ_2025, 2), "€ " + nl(G.TARIEF_JGZ, 2)],
    ]
    S(tbl(kc, [80 * mm, 40 * mm, 40 * mm], num_from=1, font=8.5))
    fact("fte_2026", D["fte_tot"])
    fact("inw_totaal", tot["inw"])
    S(P("Ontwikkelingen", sH2))
    S(P("<b>Infectieziekten.</b> Na een rustige periode zagen we in 2024 en begin 2025 een duidelijke toename van "
        "mazelen en kinkhoest. De vaccinatiegraad voor de BMR-prik bij tweejarigen is in ons werkgebied in 2024 gedaald tot 88,9%, ruim onder de "
        "WHO-norm van 95%. Met het landelijke programma Versterking infectieziektebestrijding (SPUK) is de capaciteit voor "
        "bron- en contactonderzoek vergroot. Die rijksmiddelen lopen in 2026 af en vallen vanaf 2027 deels weg: in de "
        "meerjarenraming dalen de baten van programma 1 daardoor met € 286.000."))
    S(P("<b>Jeugd.</b> Het aantal geboorten in het werkgebied is gestabiliseerd op ongeveer 3.650 per jaar. De "
        "jeugdgezondheidszorg zag in 2024 97,8% van alle kinderen van 0 tot 4 jaar op het consultatiebureau. Het tekort "
        "aan jeugdartsen blijft een zorg; in 2026 willen we vier artsen in opleiding nemen."))
    S(P("<b>Preventie.</b> Het Gezond en Actief Leven Akkoord (GALA) loopt tot en met 2026. De GALA-middelen die de "
        "gemeenten via de GGD inzetten (€ 310.000 in 2026) zijn daarom incidenteel geraamd."))
    S(P("<b>Huisvesting.</b> In 2024 is de GGD verhuisd naar het nieuwe bestuurscentrum aan het Havenplein. De frictiekosten "
        "van het oude pand aan de Stationsweg (huur tot en met 2029) worden gedekt uit een bestemmingsreserve."))
    S(PageBreak())

    # ---------------------------------------------------------------- 2 programma's
    PROSE = {
        "AGZ": dict(
            bereiken="Inwoners van de regio Kroonmeren worden beschermd tegen infectieziekten en tegen gezondheidsrisico's "
                     "uit de fysieke omgeving. Uitbraken worden snel opgespoord en ingedamd. Kwetsbare groepen, zoals dak- en "
                     "thuislozen, sekswerkers en asielzoekers, hebben toegang tot passende zorg.",
            doen=["bron- en contactonderzoek bij meldingsplichtige ziekten, 24 uur per dag bereikbaar;",
                  "tuberculosescreening van risicogroepen, in samenwerking met GGD Dollardkust (regionaal TBC-centrum);",
                  "het Centrum Seksuele Gezondheid met spreekuren in Kroonmeer en Alderveen (soa-testen en PrEP);",
                  "advies over binnenmilieu, bodem, lucht en geluid (medische milieukunde);",
                  "inspecties van tatoeage- en piercingshops, seksinrichtingen en evenementen (technische hygiënezorg);",
                  "reizigersadvisering en -vaccinatie tegen kostendekkende tarieven;",
                  "lijkschouw en forensisch-medisch onderzoek in opdracht van de politie."],
            extra="De lasten van programma 1 dalen vanaf 2027 omdat de tijdelijke SPUK-middelen voor de versterking van de "
                  "infectieziektebestrijding voor een deel wegvallen. Reizigersadvisering en forensische geneeskunde zijn "
                  "kostendekkend en leveren samen een positief saldo op."),
        "JGZ": dict(
            bereiken="Alle kinderen in de regio groeien gezond en veilig op. De JGZ volgt de groei en ontwikkeling van alle "
                     "kinderen van 0 tot 18 jaar, signaleert problemen vroeg en verwijst tijdig door.",
            doen=["contactmomenten op het consultatiebureau volgens het Landelijk Professioneel Kader (15 contacten in de eerste vier jaar);",
                  "preventieve gezondheidsonderzoeken in groep 2 en groep 7 en in klas 2 van het voortgezet onderwijs;",
                  "uitvoering van het Rijksvaccinatieprogramma, inclusief de HPV-vaccinatie voor jongens en meisjes;",
                  "maatwerk voor gemeenten, zoals extra inzet op scholen in Kroonmeer-Oost en een JGZ-spreekuur voor statushouders;",
                  "prenatale voorlichting en het programma Nu Niet Zwanger."],
            extra="De lasten van de JGZ stijgen in 2026 vooral door de cao en door de opening van het consultatiebureau "
                  "Brakelwoude-Zuid. De baten van het Rijksvaccinatieprogramma ontvangt de GGD van het RIVM; zij zijn "
                  "ongeveer kostendekkend."),
        "GBM": dict(
            bereiken="Inwoners maken gezonde keuzes en gezondheidsverschillen tussen wijken en groepen nemen af. Gemeenten "
                     "kunnen hun beleid baseren op actuele en betrouwbare gezondheidsgegevens.",
            doen=["de Gezondheidsmonitor Volwassenen en Ouderen (najaar 2026) en de Jeugdmonitor;",
                  "een gezondheidsprofiel per gemeente en wijk, beschikbaar via het dashboard Kroonmeren in Cijfers;",
                  "ondersteuning van gemeenten bij het lokale preventieakkoord en de GALA-plannen;",
                  "de aanpak Gezonde School en Opgroeien in een Kansrijke Omgeving (OKO)."],
            extra="De daling van de lasten en baten vanaf 2027 komt door het aflopen van het GALA in 2026."),
        "TV": dict(
            bereiken="De publieke gezondheidszorg is voorbereid op rampen en crises. Kinderopvang in de regio is veilig en "
                     "van goede kwaliteit. Inwoners met verward gedrag of zorgen over een naaste kunnen terecht bij één "
                     "meldpunt.",
            doen=["de GHOR-taken voor de Veiligheidsregio Kroonmeren-Vechtland, waaronder planvorming en oefeningen;",
                  "jaarlijkse inspecties van alle kindercentra en gastouderbureaus en steekproefsgewijs van gastouders;",
                  "het Meldpunt Zorg en Overlast, dat in 2024 ruim 1.400 meldingen ontving."],
            extra="Het toezicht kinderopvang wordt door de gemeenten apart gefinancierd (zie hoofdstuk 4). De bijdrage van "
                  "de veiligheidsregio dekt circa 80% van de kosten van de GHOR."),
    }
    INDICATOREN = {
        "AGZ": [("Meldingen meldingsplichtige infectieziekten", "aantal", "2.968", "2.400", "2.800"),
                ("Soa-consulten Centrum Seksuele Gezondheid", "aantal", "7.412", "7.800", "7.900"),
                ("Consulten reizigersadvisering", "aantal", "10.850", "10.500", "11.200"),
                ("Lijkschouwingen forensische geneeskunde", "aantal", "1.126", "1.100", "1.150")],
        "JGZ": [("Bereik consultatiebureau kinderen 0-4 jaar", "%", "97,8", "97,5", "97,5"),
                ("Vaccinatiegraad BMR tweejarigen", "%", "88,9", "92,0", "92,0"),
                ("Deelname HPV-vaccinatie 10-jarigen", "%", "61,3", "65,0", "68,0"),
                ("Preventieve gezondheidsonderzoeken klas 2 VO", "aantal", "4.214", "4.300", "4.350")],
        "GBM": [("Respondenten Gezondheidsmonitor", "aantal", "18.740", "-", "21.000"),
                ("Scholen met vignet Gezonde School", "aantal", "64", "70", "75"),
                ("Gemeenten met actueel lokaal preventieakkoord", "aantal", "6", "8", "8")],
        "TV": [("Inspecties kindercentra en gastouderbureaus", "aantal", "398", "412", "418"),
               ("Meldingen Meldpunt Zorg en Overlast", "aantal", "1.412", "1.350", "1.450"),
               ("GHOR-oefeningen met ketenpartners", "aantal", "9", "8", "10")],
    }
    for p in G.PROGS:
        n = G.PNUM[p]
        S(P(f"2.{n} Programma {n}: {G.PNAME[p]}", sH1))
        S(P("Wat willen we bereiken?", sH2))
        S(P(PROSE[p]["bereiken"]))
        S(P("Wat gaan we daarvoor doen?", sH2))
        for b in bullets(PROSE[p]["doen"]):
            S(b)
        S(P("Indicatoren", sCap))
        rows = [["Indicator", "Eenheid", "Realisatie\n2024", "Begroting\n2025", "Begroting\n2026"]] + \
            [[Paragraph(a, sCell), b, c, d_, e] for a, b, c, d_, e in INDICATOREN[p]]
        S(tbl(rows, [76 * mm, 20 * mm, 22 * mm, 22 * mm, 22 * mm], num_from=2, font=8))
        for a, b, c, d_, e in INDICATOREN[p]:
            fact(f"ind/{p}/{a}", (b, c, d_, e))
        S(P("Wat mag het kosten?", sH2))
        S(P(PROSE[p]["extra"]))
        S(P(f"Tabel 2.{n}a Lasten en baten per product, begroting 2026", sCap))
        S(P("Bedragen x € 1.000", sScale))
        rows = [["Product", "Lasten", "Baten", "Saldo"]]
        for nm, l, b in G.PRODUCTS[p]:
            rows.append([nm, k(l), k(b), k(b - l)])
            fact(f"prod/{p}/{nm}", (l, b, b - l))
        Lt, Bt = D["L"][p][2026], D["B"][p][2026]
        rows.append([f"Totaal programma {n}", k(Lt), k(Bt), k(Bt - Lt)])
        S(tbl(rows, [88 * mm, 26 * mm, 26 * mm, 26 * mm], bold_rows=(len(rows) - 1,)))
        S(P(f"Tabel 2.{n}b Programma {n} in de tijd", sCap))
        S(P("Bedragen x € 1.000", sScale))
        rows = [["", "Rekening 2024", "Begroting 2025", "Begroting 2026"],
                ["Lasten"] + [k(D["L"][p][y]) for y in (2024, 2025, 2026)],
                ["Baten"] + [k(D["B"][p][y]) for y in (2024, 2025, 2026)],
                ["Saldo"] + [k(D["B"][p][y] - D["L"][p][y]) for y in (2024, 2025, 2026)]]
        S(tbl(rows, [70 * mm, 32 * mm, 32 * mm, 32 * mm], bold_rows=(3,)))
        S(P("De baten in deze tabellen zijn baten van derden (rijk, RIVM, politie, veiligheidsregio, cliënten). De "
            "bijdragen van de gemeenten staan bij de algemene dekkingsmiddelen (paragraaf 2.5).", sSmall))
        S(PageBreak())

    # 2.5 overhead
    S(P("2.5 Overhead, onvoorzien en algemene dekkingsmiddelen", sH1))
    S(P("Overhead", sH2))
    S(P("Onder overhead vallen alle kosten van de ondersteuning van het primaire proces: directie, financiën, HRM, "
        "ICT, informatiebeveiliging, facilitaire zaken en huisvesting. Volgens het BBV worden deze kosten centraal "
        f"begroot. De overhead bedraagt in 2026 € {nl(D['OHL'][2026] * 1000)}; dat is "
        f"{nl(D['OHL'][2026] / D['ov'][2026]['lasten'] * 100, 1)}% van de totale lasten."))
    fact("overhead_2026", D["OHL"][2026] * 1000)
    rows = [["Bedragen x € 1.000", "Rekening\n2024", "Begroting\n2025", "Begroting\n2026", "Raming\n2027", "Raming\n2028", "Raming\n2029"],
            ["Lasten overhead"] + [k(D["OHL"][y]) for y in G.YEARS],
            ["Baten overhead"] + [k(D["OHB"][y]) for y in G.YEARS],
            ["Saldo overhead"] + [k(D["OHB"][y] - D["OHL"][y]) for y in G.YEARS]]
    S(tbl(rows, [48 * mm] + [20 * mm] * 6, bold_rows=(3,), header_rows=1))
    S(P("Onvoorzien", sH2))
    S(P("Voor onvoorziene, onuitstelbare en onvermijdbare uitgaven is jaarlijks € 100.000 geraamd. In 2024 was er geen "
        "post onvoorzien; deze is met ingang van de begroting 2025 ingesteld."))
    S(P("Algemene dekkingsmiddelen", sH2))
    S(P("De GGD heeft geen eigen belastinginkomsten. De belangrijkste algemene dekkingsmiddelen zijn de bijdragen van "
        "de deelnemende gemeenten. De rentelasten en -baten zijn in de programma's en de overhead verwerkt; er is geen "
        "apart saldo financieringsfunctie. De GGD is niet vennootschapsbelastingplichtig voor haar wettelijke taken."))
    rows = [["Bedragen x € 1.000", "Rekening\n2024", "Begroting\n2025", "Begroting\n2026", "Raming\n2027", "Raming\n2028", "Raming\n2029"],
            ["Bijdragen deelnemende gemeenten"] + [k(D["bij"][y]) for y in G.YEARS]]
    S(tbl(rows, [48 * mm] + [20 * mm] * 6))
    S(Spacer(1, 6))
    S(P("Uitgangspunten voor de raming", sH2))
    S(P("De begroting is opgesteld op basis van de volgende uitgangspunten:"))
    for b in bullets([
            "loonkosten: cao Gemeenten en GGD-cao, stijging 4,25% ten opzichte van 2025, inclusief sociale lasten (werkgeverslasten 31,5%);",
            "prijzen: prijsindex materiële overheidsconsumptie (CPB, maart 2025) van 2,6%;",
            "inwonertal en aantal jeugdigen per 1 januari 2025 (CBS), vastgesteld op 1 maart 2025;",
            "rente over nieuwe langlopende leningen 2,9%; over de huidige lening (restschuld € 3,9 miljoen eind 2025) 1,8%;",
            "afschrijving lineair, vanaf het jaar na ingebruikname."]):
        S(b)
    S(PageBreak())

    # ---------------------------------------------------------------- 3 overzicht baten en lasten
    S(P("3. Overzicht van baten en lasten en meerjarenraming", sH1))
    S(P("Het overzicht hieronder geeft de lasten en baten per programma, de overhead, de post onvoorzien, de "
        "gemeentelijke bijdragen en de mutaties in de reserves. Het saldo van baten en lasten is weergegeven als "
        "baten min lasten; een negatief bedrag is een nadelig saldo dat uit de reserves wordt gedekt."))
    S(P("Tabel 3.1 Overzicht van baten en lasten 2024-2029", sCap))
    S(P("Bedragen x € 1.000", sScale))
    rows = [[""] + G.YEAR_HDR]
    bold, shade = [], []


    def yrow(label, fn, neg="minus"):
        rows.append([label] + [k(fn(y), neg=neg) for y in G.YEARS])


    rows.append(["Lasten", "", "", "", "", "", ""]); shade.append(len(rows) - 1)
    for p in G.PROGS:
        yrow(f"{G.PNUM[p]}. {G.PNAME[p]}", lambda y, p=p: D["L"][p][y])
    yrow("Overhead", lambda y: D["OHL"][y])
    yrow("Onvoorzien", lambda y: D["ONV"][y])
    yrow("Totaal lasten", lambda y: D["ov"][y]["lasten"]); bold.append(len(rows) - 1)
    rows.append(["Baten", "", "", "", "", "", ""]); shade.append(len(rows) - 1)
    for p in G.PROGS:
        yrow(f"{G.PNUM[p]}. {G.PNAME[p]}", lambda y, p=p: D["B"][p][y])
    yrow("Overhead", lambda y: D["OHB"][y])
    yrow("Bijdragen deelnemende gemeenten", lambda y: D["bij"][y])
    yrow("Totaal baten", lambda y: D["ov"][y]["baten"]); bold.append(len(rows) - 1)
    yrow("Saldo van baten en lasten", lambda y: D["ov"][y]["saldo"]); bold.append(len(rows) - 1)
    yrow("Toevoeging aan reserves", lambda y: D["ov"][y]["toev"])
    yrow("Onttrekking aan reserves", lambda y: D["ov"][y]["ontt"])
    yrow("Resultaat", lambda y: D["ov"][y]["res"]); bold.append(len(rows) - 1)
    S(tbl(rows, [52 * mm] + [19.3 * mm] * 6, bold_rows=bold, shade_rows=shade, font=7.8))
    S(Spacer(1, 6))
    for y in G.YEARS:
        fact(f"ov/{y}", D["ov"][y])
    S(P("Toelichting", sH2))
    o = D["ov"]
    S(P(f"De totale lasten stijgen van € {nl(o[2025]['lasten'])} duizend in 2025 naar € {nl(o[2026]['lasten'])} duizend "
        f"in 2026, een stijging van € {nl((o[2026]['lasten'] - o[2025]['lasten']) * 1000)}. Dit komt voor het grootste "
        "deel door de indexatie van lonen en prijzen. In 2027 dalen de lasten doordat de GALA-middelen en een deel van de "
        "SPUK-middelen aflopen; de baten van derden dalen in dezelfde mate."))
    S(P("Het resultaat over 2024 was voordelig (€ 318.000). Het voorstel tot resultaatbestemming (agendapunt 4) is om dit "
        "bedrag toe te voegen aan de algemene reserve. Voor 2025 tot en met 2029 is de begroting sluitend: het negatieve "
        "saldo van baten en lasten wordt gedekt door onttrekkingen aan bestemmingsreserves voor incidentele lasten."))
    S(PageBreak())

    # ---------------------------------------------------------------- 4 bijdragen gemeenten
    S(P("4. Bijdragen deelnemende gemeenten", sH1))
    S(P("De bijdrage van de gemeenten bestaat uit vier delen. De bijdrage voor de <b>basistaken</b> (algemene "
        "gezondheidszorg, gezondheidsbevordering, monitoring en GHOR-coördinatie) wordt verdeeld naar het aantal inwoners. "
        "De bijdrage voor het <b>uniforme deel van de JGZ</b> wordt verdeeld naar het aantal jeugdigen van 0 tot en met "
        f"17 jaar. Het <b>toezicht kinderopvang</b> wordt naar inwoners verdeeld (€ {nl(G.TARIEF_TKO, 2)} per inwoner). "
        "De <b>maatwerktaken JGZ</b> worden per gemeente afgesproken in een dienstverleningsovereenkomst; Zandhorst en "
        "Sonnewijk nemen in 2026 geen maatwerk af."))
    S(P("Tabel 4.1 Bijdrage per gemeente 2026", sCap))
    S(P("Bedragen in euro's", sScale))
    hdr = ["Gemeente", "Inwoners\n1-1-2025", "Jeugdigen\n0-17 jaar", "Basistaken\n€ 27,85 p.i.", "JGZ uniform\n€ 218,40 p.j.",
           "Toezicht\nkinderopvang", "Maatwerk\nJGZ", "Totale bijdrage\n2026"]
    rows = [hdr]
    for g, v in D["bijdr"].items():
        rows.append([g, nl(v["inw"]), nl(v["jeugd"]), k(v["basis"], euro=True), k(v["jgz"], euro=True),
                     k(v["tko"], euro=True), k(v["mw"], euro=True, zero="€ -"), k(v["tot"], euro=True)])
        fact(f"bijdr/{g}", v)
    t = D["bijdr_tot"]
    rows.append(["Totaal", nl(t["inw"]), nl(t["jeugd"]), k(t["basis"], euro=True), k(t["jgz"], euro=True),
                 k(t["tko"], euro=True), k(t["mw"], euro=True), k(t["tot"], euro=True)])
    fact("bijdr/Totaal", t)
    S(tbl(rows, [22 * mm, 17 * mm, 17 * mm, 22 * mm, 23 * mm, 21 * mm, 20 * mm, 24 * mm], grid=True,
          bold_rows=(len(rows) - 1,), font=7.6))
    S(P("p.i. = per inwoner; p.j. = per jeugdige. Bron inwoners en jeugdigen: CBS, bevolking op 1 januari 2025.", sSmall))
    S(P("Tabel 4.2 Bijdrage per gemeente, vergelijking 2025 en meerjarenraming", sCap))
    S(P("(bedragen in duizenden euro's)", sScale))
    mj = D["bijdr_mj"]
    rows = [["Gemeente", "Begroting\n2025", "Begroting\n2026", "Raming\n2027", "Raming\n2028", "Raming\n2029", "Mutatie\n2026-2025"]]
    for g in G.GEMEENTEN:
        rows.append([g] + [nl(mj[y][g]) for y in (2025, 2026, 2027, 2028, 2029)] + [k(mj[2026][g] - mj[2025][g])])
    rows.append(["Totaal"] + [nl(D["bij"][y]) for y in (2025, 2026, 2027, 2028, 2029)] + [k(D["bij"][2026] - D["bij"][2025])])
    fact("bijdr_mj", mj)
    S(tbl(rows, [30 * mm] + [22 * mm] * 6, bold_rows=(len(rows) - 1,), font=8))
    S(P("De bedragen in tabel 4.2 zijn afgerond op duizenden euro's; de afronding is zo verdeeld dat de som per jaar "
        "gelijk is aan de totale bijdrage in het overzicht van baten en lasten. De raming 2027-2029 is in constante "
        "prijzen; de jaarlijkse indexatie wordt in de kaderbrief van het betreffende jaar bepaald.", sSmall))
    S(P(f"De gemeente Kroonmeer is met {nl(D['bijdr']['Kroonmeer']['inw'])} inwoners de grootste deelnemer. De kleinste "
        f"deelnemer, Dwarsloo, betaalt in 2026 in totaal € {nl(D['bijdr']['Dwarsloo']['tot'])}."))
    S(PageBreak())

    # ---------------------------------------------------------------- 5 reserves
    S(P("5. Reserves en voorzieningen", sH1))
    S(P("De GGD houdt een algemene reserve aan om risico's op te vangen. Het algemeen bestuur heeft het maximum van de "
        "algemene reserve bepaald op 5% van de totale lasten; dat is voor 2026 "
        f"€ {nl(round(D['ov'][2026]['lasten'] * 0.05) * 1000)}. Een resultaat boven dat maximum wordt aan de gemeenten terugbetaald. "
        "Bestemmingsreserves worden alleen gevormd voor een door het bestuur aangewezen doel."))
    S(P("Tabel 5.1 Verloop reserves 2026", sCap))
    S(P("x € 1.000", sScale))
    rows = [["Reserve", "Stand\n1-1-2026", "Toevoeging\n2026", "Onttrekking\n2026", "Stand\n31-12-2026", "Stand\n31-12-2029"]]
    for nm, r in D["res"].items():
        rows.append([Paragraph(nm, sCell), k(r["stand"]), k(r["toev"]), k(r["ontt26"]), k(r["end"][2026], zero="0"),
                     k(r["end"][2029], zero="0")])
        fact(f"res/{nm}", r)
    rows.append(["Totaal reserves", k(sum(r["stand"] for r in D["res"].values())), "-",
                 k(sum(r["ontt26"] for r in D["res"].values())), k(D["res_end"][2026]), k(D["res_end"][2029])])
    S(tbl(rows, [62 * mm, 21 * mm, 21 * mm, 21 * mm, 21 * mm, 21 * mm], bold_rows=(len(rows) - 1,)))
    S(Spacer(1, 4))
    S(P("Onttrekkingen per jaar", sCap))
    S(P("x € 1.000", sScale))
    rows = [["Bestemmingsreserve", "2026", "2027", "2028", "2029"]]
    for nm, r in G.RESERVES.items():
        if nm == "Algemene reserve":
            continue
        rows.append([nm] + [k(r["ontt"][y]) for y in (2026, 2027, 2028, 2029)])
    rows.append(["Totaal onttrekkingen"] + [k(D["ontt"][y]) for y in (2026, 2027, 2028, 2029)])
    S(tbl(rows, [86 * mm] + [20 * mm] * 4, bold_rows=(len(rows) - 1,)))
    S(P("Toelichting op de reserves", sH2))
    S(P("<b>Algemene reserve.</b> De stand per 1 januari 2026 is inclusief het voorgestelde resultaat 2024 van € 318.000. "
        "In de begroting 2026 zijn geen mutaties in de algemene reserve geraamd."))
    S(P("<b>Frictiekosten huisvesting.</b> Dekt de huur van het oude pand aan de Stationsweg tot het einde van het "
        "huurcontract (31 december 2029), voor zover dat niet onderverhuurd kan worden. De reserve is eind 2029 volledig benut."))
    S(P("<b>Digitalisering JGZ-dossier.</b> Voor de overgang naar het nieuwe digitale dossier JGZ (implementatie, "
        "conversie en opleiding). Na 2029 resteert naar verwachting € 125.000, dat vrijvalt naar de algemene reserve."))
    S(P("<b>Egalisatie kapitaallasten.</b> Dekt jaarlijks € 45.000 van de kapitaallasten van de verbouwing van het "
        "bestuurscentrum."))
    S(P("Voorzieningen", sH2))
    S(P("De GGD heeft één voorziening: de voorziening groot onderhoud, gebaseerd op het meerjarig onderhoudsplan "
        "2024-2033. De stand bedraagt eind 2026 naar verwachting € 868.000. In 2028 vindt groot onderhoud aan de "
        "installaties plaats, waardoor de voorziening daalt naar € 612.000."))
    S(PageBreak())

    # ---------------------------------------------------------------- 6 paragrafen
    S(P("6. Paragrafen", sH1))
    S(P("6.1 Weerstandsvermogen en risicobeheersing", sH2))
    S(P("Het weerstandsvermogen is de mate waarin de GGD financiële tegenvallers kan opvangen zonder dat het beleid of de "
        "bijdrage van de gemeenten hoeft te worden aangepast. De benodigde weerstandscapaciteit is bepaald als de som van "
        "kans maal financiële impact van de geïnventariseerde risico's."))
    S(P("Tabel 6.1 Belangrijkste risico's", sCap))
    S(P("Bedragen x € 1.000", sScale))
    rows = [["Risico", "Kans", "Impact", "Kans x\nimpact"]]
    for o_, kans, imp, ki in D["risico"]:
        rows.append([Paragraph(o_, sCell), f"{int(kans * 100)}%", k(imp), k(ki)])
    rows.append(["Benodigde weerstandscapaciteit", "", "", k(D["benodigd"])])
    S(tbl(rows, [110 * mm, 16 * mm, 20 * mm, 20 * mm], bold_rows=(len(rows) - 1,)))
    fact("benodigd", D["benodigd"] * 1000)
    S(P("Tabel 6.2 Ratio weerstandsvermogen", sCap))
    S(P("Bedragen x € 1.000", sScale))
    rows = [["", "Begroting 2026"],
            ["Algemene reserve (1-1-2026)", k(G.RESERVES["Algemene reserve"]["stand"])],
            ["Post onvoorzien", k(G.ONVOORZIEN[2026])],
            ["Beschikbare weerstandscapaciteit (A)", k(D["beschikbaar"])],
            ["Benodigde weerstandscapaciteit (B)", k(D["benodigd"])],
            ["Ratio weerstandsvermogen (A / B)", nl(D["ratio"], 2)]]
    S(tbl(rows, [110 * mm, 30 * mm], bold_rows=(5,)))
    fact("ratio", D["ratio"])
    S(P(f"Met een ratio van {nl(D['ratio'], 2)} is het weerstandsvermogen 'ruim voldoende' (klasse B: 1,4 tot 2,0) volgens "
        "de normering in de nota risicomanagement en weerstandsvermogen 2023."))
    S(P("Financiële kengetallen", sH3))
    S(P("Het BBV schrijft voor gemeenschappelijke regelingen vier kengetallen voor. Grondexploitatie en "
        "belastingcapaciteit zijn voor de GGD niet van toepassing."))
    bal = D["bal"]
    sep = {}
    for y in G.YEARS:
        if y == 2024:
            sep[y] = 0.8
            continue
        if y == 2025:
            str_l, str_b, str_ontt = D["ov"][y]["lasten"] - 365, D["ov"][y]["baten"], 0
        else:
            inc_l = sum(r["ontt"][y] for n_, r in G.RESERVES.items() if "egalisatie" not in n_) + (310 if y == 2026 else 0)
            inc_b = 310 if y == 2026 else 0
            str_l = D["ov"][y]["lasten"] - inc_l
            str_b = D["ov"][y]["baten"] - inc_b
            str_ontt = 45
        sep[y] = round((str_b - str_l + str_ontt) / D["ov"][y]["baten"] * 100, 1)
        assert sep[y] == 0, (y, sep[y])
    rows = [["Kengetal", "Rekening\n2024", "Begroting\n2025", "Begroting\n2026", "Raming\n2027", "Raming\n2028", "Raming\n2029"],
            ["Netto schuldquote"] + [nl(bal[y]["nsq"], 1) + "%" for y in G.YEARS],
            ["Netto schuldquote gecorrigeerd voor\nverstrekte leningen"] + [nl(bal[y]["nsq"], 1) + "%" for y in G.YEARS],
            ["Solvabiliteitsratio"] + [nl(bal[y]["solv"], 1) + "%" for y in G.YEARS],
            ["Structurele exploitatieruimte"] + [nl(abs(sep[y]) if sep[y] == 0 else sep[y], 1) + "%" for y in G.YEARS]]
    S(tbl(rows, [56 * mm] + [18.5 * mm] * 6, font=7.8))
    for y in G.YEARS:
        fact(f"solv/{y}", bal[y]["solv"])
        fact(f"nsq/{y}", bal[y]["nsq"])
    S(P("De solvabiliteit daalt in de periode 2026-2029 doordat de bestemmingsreserves worden ingezet. De netto "
        "schuldquote blijft ruim onder de signaalwaarde van 100%.", sSmall))

    S(P("6.2 Onderhoud kapitaalgoederen", sH2))
    S(P("De GGD is eigenaar van het bestuurscentrum aan het Havenplein en huurt de overige 14 locaties "
        "(consultatiebureaus en spreekuurlocaties). Het onderhoud van het eigen pand is vastgelegd in het meerjarig "
        "onderhoudsplan 2024-2033; de jaarlijkse dotatie aan de voorziening groot onderhoud is € 64.000 (prijspeil 2026)."))
    S(P("6.3 Financiering", sH2))
    S(P("De GGD heeft één langlopende lening van de BNG Bank, aangetrokken in 2019 voor de aankoop en verbouwing van het "
        "bestuurscentrum. De restschuld is eind 2025 € 3,9 miljoen; er wordt jaarlijks € 300.000 afgelost. De kasgeldlimiet "
        f"is 8,2% van het begrotingstotaal, voor 2026 € {nl(round(D['ov'][2026]['lasten'] * 0.082) * 1000)}. De renterisiconorm "
        f"(20% van het begrotingstotaal) is € {nl(round(D['ov'][2026]['lasten'] * 0.2) * 1000)}; het renterisico in 2026 is "
        "nihil omdat er geen herfinanciering of renteherziening is. Overtollige middelen worden in 's Rijks schatkist aangehouden."))
    S(P("6.4 Bedrijfsvoering", sH2))
    S(P("Tabel 6.3 Formatie per programma (fte)", sCap))
    rows = [["Programma", "Begroting 2026"]] + [[n_, nl(v, 1)] for n_, v in G.FORMATIE.items()] + \
        [["Totaal formatie", nl(D["fte_tot"], 1)]]
    S(tbl(rows, [110 * mm, 30 * mm], bold_rows=(len(rows) - 1,)))
    S(P("Het ziekteverzuim was in 2024 6,1%; de norm is 5,5%. De GGD voert een actief verzuimbeleid en investeert in "
        "vitaliteit. In 2026 wordt de informatiebeveiliging verder getoetst aan de BIO 2.0."))
    S(P("6.5 Verbonden partijen", sH2))
    S(P("De GGD Kroonmeren heeft geen verbonden partijen met een bestuurlijk én financieel belang. De GGD is lid van de "
        "vereniging GGD GHOR Nederland (contributie 2026: € 96.500)."))
    S(PageBreak())

    # ---------------------------------------------------------------- 7 investeringen en financiele positie
    S(P("7. Investeringen en financiële positie", sH1))
    S(P("7.1 Investeringen 2026", sH2))
    S(P("Investeringen worden geactiveerd en lineair afgeschreven vanaf het jaar na ingebruikname. De kapitaallasten "
        f"bestaan uit afschrijving en rente ({nl(G.RENTE * 100, 1)}% over het krediet). De investeringen in 2026 leiden vanaf 2027 "
        f"tot € {nl(D['inv_kl'] * 1000)} aan kapitaallasten per jaar."))
    S(P("Tabel 7.1 Investeringsplan 2026", sCap))
    S(P("Bedragen x € 1.000", sScale))
    rows = [["Omschrijving", "Jaar", "Krediet", "Afschrijvings-\ntermijn (jaar)", "Kapitaallasten\n2027"]]
    for o_, j, kr, tm, kl in D["inv"]:
        rows.append([o_, str(j), k(kr), str(tm), k(kl)])
        fact(f"inv/{o_}", (kr, tm, kl))
    rows.append(["Totaal investeringen 2026", "", k(D["inv_tot"]), "", k(D["inv_kl"])])
    S(tbl(rows, [82 * mm, 14 * mm, 20 * mm, 26 * mm, 24 * mm], bold_rows=(len(rows) - 1,)))
    S(P("7.2 Geprognosticeerde balans", sH2))
    S(P("Tabel 7.2 Geprognosticeerde balans per 31 december", sCap))
    S(P("Bedragen x € 1.000", sScale))
    rows = [["", "Rekening\n2024", "Begroting\n2025", "Begroting\n2026", "Raming\n2027", "Raming\n2028", "Raming\n2029"],
            ["Activa", "", "", "", "", "", ""],
            ["Materiële vaste activa"] + [k(bal[y]["mva"]) for y in G.YEARS],
            ["Uitzettingen korter dan 1 jaar"] + [k(bal[y]["vord"]) for y in G.YEARS],
            ["Liquide middelen"] + [k(bal[y]["liq"]) for y in G.YEARS],
            ["Overlopende activa"] + [k(bal[y]["ova"]) for y in G.YEARS],
            ["Totaal activa"] + [k(bal[y]["act"]) for y in G.YEARS],
            ["Passiva", "", "", "", "", "", ""],
            ["Eigen vermogen"] + [k(bal[y]["ev"]) for y in G.YEARS],
            ["Voorzieningen"] + [k(bal[y]["voorz"]) for y in G.YEARS],
            ["Vaste schulden (langlopende lening)"] + [k(bal[y]["vast"]) for y in G.YEARS],
            ["Netto vlottende schulden"] + [k(bal[y]["kort"]) for y in G.YEARS],
            ["Overlopende passiva"] + [k(bal[y]["ovp"]) for y in G.YEARS],
            ["Totaal passiva"] + [k(bal[y]["pas"]) for y in G.YEARS]]
    S(tbl(rows, [56 * mm] + [18.5 * mm] * 6, bold_rows=(6, 13), shade_rows=(1, 7), font=7.8))
    S(P("Het eigen vermogen 2024 is inclusief het nog te bestemmen resultaat 2024 (€ 318.000).", sSmall))
    for y in G.YEARS:
        fact(f"bal/{y}", bal[y])
    S(PageBreak())

    # bijlage incidentele baten en lasten
    S(P("Bijlage: staat van incidentele baten en lasten", sH1))
    S(P("Incidentele baten en lasten zijn baten en lasten die zich gedurende maximaal drie jaar voordoen. Ze worden "
        "afzonderlijk gepresenteerd om het structurele begrotingssaldo te kunnen bepalen."))
    S(P("x € 1.000", sScale))
    rows = [["Omschrijving", "Programma", "2026", "2027", "2028", "2029"], ["Incidentele lasten", "", "", "", "", ""]]
    fr = G.RESERVES["Bestemmingsreserve frictiekosten huisvesting"]["ontt"]
    dg = G.RESERVES["Bestemmingsreserve digitalisering JGZ-dossier"]["ontt"]
    rows.append(["Frictiekosten huisvesting Stationsweg", "Overhead"] + [k(fr[y]) for y in (2026, 2027, 2028, 2029)])
    rows.append(["Digitalisering JGZ-dossier", "2"] + [k(dg[y]) for y in (2026, 2027, 2028, 2029)])
    rows.append(["Uitvoering GALA-plannen", "3", k(310), "-", "-", "-"])
    il = {y: fr[y] + dg[y] + (310 if y == 2026 else 0) for y in (2026, 2027, 2028, 2029)}
    rows.append(["Totaal incidentele lasten", ""] + [k(il[y]) for y in (2026, 2027, 2028, 2029)])
    rows.append(["Incidentele baten", "", "", "", "", ""])
    rows.append(["GALA-middelen gemeenten", "3", k(310), "-", "-", "-"])
    rows.append(["Totaal incidentele baten", "", k(310), "-", "-", "-"])
    rows.append(["Incidentele onttrekkingen reserves", "", "", "", "", ""])
    rows.append(["Onttrekking frictiekosten en digitalisering", ""] + [k(fr[y] + dg[y]) for y in (2026, 2027, 2028, 2029)])
    rows.append(["Saldo incidenteel", ""] + [k((310 if y == 2026 else 0) + fr[y] + dg[y] - il[y], zero="0") for y in (2026, 2027, 2028, 2029)])
    S(tbl(rows, [72 * mm, 22 * mm, 18 * mm, 18 * mm, 18 * mm, 18 * mm], bold_rows=(5, 8, 11), shade_rows=(1, 6, 9),
          num_from=2))
    fact("sep", sep)
    S(P("De onttrekking aan de bestemmingsreserve egalisatie kapitaallasten (€ 45.000 per jaar) is structureel van aard "
        "en daarom niet in deze staat opgenomen.", sSmall))
    S(Spacer(1, 12))
    S(P("Bijlage: begrippen en afkortingen", sH1))
    beg = [("AB / DB", "Algemeen bestuur / dagelijks bestuur van de GGD."),
           ("BBV", "Besluit begroting en verantwoording provincies en gemeenten; geldt ook voor gemeenschappelijke regelingen."),
           ("BMR", "Vaccinatie tegen bof, mazelen en rodehond."),
           ("GALA", "Gezond en Actief Leven Akkoord: afspraken tussen rijk, gemeenten en zorgverzekeraars over preventie, looptijd tot en met 2026."),
           ("GHOR", "Geneeskundige Hulpverleningsorganisatie in de Regio; onderdeel van de veiligheidsregio, uitgevoerd door de GGD."),
           ("JGZ", "Jeugdgezondheidszorg voor kinderen en jongeren van 0 tot 18 jaar."),
           ("Maatwerk", "Taken die een gemeente boven het uniforme pakket bij de GGD afneemt, op basis van een dienstverleningsovereenkomst."),
           ("RVP", "Rijksvaccinatieprogramma, gefinancierd door het RIVM."),
           ("SPUK", "Specifieke uitkering van het rijk, hier voor de versterking van de infectieziektebestrijding."),
           ("Wpg", "Wet publieke gezondheid.")]
    S(tbl([[a, Paragraph(b, sCell)] for a, b in beg], [30 * mm, 136 * mm], num_from=2, header_rows=0, font=8.5))
    S(PageBreak())

    # ---------------------------------------------------------------- burap
    S(PartMarker("1e Bestuursrapportage 2025"))
    S(Anchor("burap"))
    S(Spacer(1, 30))
    S(P("1e Bestuursrapportage 2025", ParagraphStyle("t3", parent=sH1, fontSize=26, leading=32)))
    S(P("GGD Kroonmeren - peildatum 30 april 2025", sH2))
    S(Spacer(1, 10))
    S(P("1. Inleiding", sH2))
    S(P("Met deze eerste bestuursrapportage informeren wij het algemeen bestuur over de uitvoering van de begroting 2025 "
        "in de eerste vier maanden van het jaar en over de verwachte financiële uitkomst over het hele jaar. Afwijkingen "
        "van meer dan € 25.000 per programma worden toegelicht. In deze rapportage zijn alle bedragen in duizenden "
        "euro's, tenzij anders vermeld. Nadelen staan tussen haakjes."))
    S(P("2. Samenvatting", sH2))
    S(P(f"Wij verwachten over 2025 een negatief resultaat van € {nl(tekort * 1000)}. De lasten vallen "
        f"€ {nl(sum(G.BURAP_L.values()) * 1000)} hoger uit dan begroot; de baten zijn € {nl(sum(G.BURAP_B.values()) * 1000)} "
        "hoger. Het nadeel ontstaat vooral bij de Jeugdgezondheidszorg (inhuur jeugdartsen) en de Algemene "
        "Gezondheidszorg (uitbraken mazelen en kinkhoest). Wij stellen voor het tekort te dekken uit de algemene reserve. "
        "De bijdragen van de gemeenten voor 2025 blijven ongewijzigd."))
    S(P("Inhoudelijk liggen de meeste programma's op koers. Tot en met april kwamen 1.184 meldingen van meldingsplichtige "
        "infectieziekten binnen, tegen 862 in dezelfde periode van 2024. Het aantal gevaccineerde jongeren voor HPV "
        "(ruim 9.400 meisjes en jongens in de voorjaarsronde) was hoger dan verwacht. Het ziekteverzuim lag in het eerste "
        "kwartaal op 6,4%."))
    S(PageBreak())

    bu = D["burap"]
    S(P("3. Financieel overzicht", sH2))
    S(P("Tabel B.1 Prognose 2025 ten opzichte van de begroting", sCap))
    S(P("(bedragen in duizenden euro's; nadeel = (..))", sScale))
    lab = {"AGZ": "1. Algemene Gezondheidszorg", "JGZ": "2. Jeugdgezondheidszorg",
           "GBM": "3. Gezondheidsbevordering en Monitoring", "TV": "4. Toezicht en Veiligheid", "OH": "Overhead",
           "ONV": "Onvoorzien", "BIJDR": "Bijdragen deelnemende gemeenten"}
    rows = [["", "Begroting\n2025", "Prognose\n2025", "Afwijking\nV / (N)"], ["Lasten", "", "", ""]]
    for kk, (b_, p_) in bu["L"].items():
        rows.append([lab[kk], k(b_, neg="paren"), k(p_, neg="paren"), k(b_ - p_, neg="paren")])
        fact(f"burap/L/{kk}", (b_, p_, b_ - p_))
    rows.append(["Totaal lasten", k(bu["Ltot"][0]), k(bu["Ltot"][1]), k(bu["Ltot"][0] - bu["Ltot"][1], neg="paren")])
    bl_row = len(rows) - 1
    rows.append(["Baten", "", "", ""])
    bb_hdr = len(rows) - 1
    for kk, (b_, p_) in bu["B"].items():
        rows.append([lab[kk], k(b_), k(p_), k(p_ - b_, neg="paren")])
        fact(f"burap/B/{kk}", (b_, p_, p_ - b_))
    rows.append(["Totaal baten", k(bu["Btot"][0]), k(bu["Btot"][1]), k(bu["Btot"][1] - bu["Btot"][0], neg="paren")])
    bt_row = len(rows) - 1
    rows.append(["Saldo van baten en lasten", k(bu["saldo"][0], neg="paren"), k(bu["saldo"][1], neg="paren"),
                 k(bu["saldo"][1] - bu["saldo"][0], neg="paren")])
    s_row = len(rows) - 1
    rows.append(["Onttrekking aan reserves", k(bu["ontt"][0]), k(bu["ontt"][1]), "-"])
    rows.append(["Resultaat", k(bu["res"][0], neg="paren"), k(bu["res"][1], neg="paren"),
                 k(bu["res"][1] - bu["res"][0], neg="paren")])
    S(tbl(rows, [78 * mm, 28 * mm, 28 * mm, 30 * mm], bold_rows=(bl_row, bt_row, s_row, len(rows) - 1),
          shade_rows=(1, bb_hdr), font=8))
    fact("burap/res", bu["res"])
    S(P("Bij de lasten betekent een bedrag tussen haakjes dat de lasten hoger uitvallen dan begroot; bij de baten dat de "
        "baten lager uitvallen.", sSmall))
    S(P("4. Toelichting op de afwijkingen", sH2))
    S(P("Tabel B.2 Afwijkingen per onderwerp", sCap))
    S(P("(bedragen in duizenden euro's)", sScale))
    afw = [
        ("1", "1", "Extra inzet bron- en contactonderzoek mazelen en kinkhoest", -186),
        ("2", "1", "Hogere omzet reizigersvaccinatie", 62),
        ("3", "2", "Inhuur jeugdartsen en effect cao 2025", -286),
        ("4", "3", "Niet ingevulde vacatures epidemiologie", 48),
        ("5", "3", "Lagere opbrengst contractonderzoek", -20),
        ("6", "4", "Extra GHOR-oefening en inspecties kinderopvang", -24),
        ("7", "4", "Hogere bijdrage veiligheidsregio GHOR", 12),
        ("8", "Overhead", "Hogere ICT-licentiekosten en cao-effect", -118),
        ("9", "-", "Vrijval post onvoorzien", 100),
    ]
    assert sum(a[3] for a in afw) == -tekort
    rows = [["Nr.", "Progr.", "Omschrijving", "Bedrag"]] + [[a, b, c, k(d, neg="paren")] for a, b, c, d in afw]
    rows.append(["", "", "Totaal afwijkingen", k(-tekort, neg="paren")])
    S(tbl(rows, [10 * mm, 18 * mm, 110 * mm, 26 * mm], num_from=3, bold_rows=(len(rows) - 1,)))
    S(P("Programma 1 Algemene Gezondheidszorg", sH3))
    S(P("Door uitbraken van mazelen in Alderveen en Brakelwoude en een landelijke golf van kinkhoest is in de eerste "
        "maanden veel extra capaciteit ingezet voor bron- en contactonderzoek. Wij verwachten hierdoor een nadeel van "
        "€ 186.000. De reizigersadvisering draait boven verwachting: de omzet ligt naar verwachting € 62.000 hoger dan begroot."))
    S(P("Programma 2 Jeugdgezondheidszorg", sH3))
    S(P("Op 30 april stonden 26,4 fte aan vacatures open, waarvan 7,2 fte jeugdarts. Om de wettelijke contactmomenten te "
        "kunnen blijven uitvoeren, wordt tijdelijk personeel ingehuurd. Het nadeel van € 286.000 bestaat uit € 198.000 aan "
        "hogere inhuurkosten (na aftrek van de onderbesteding op de vacatures) en € 88.000 als gevolg van de "
        "cao-loonstijging van 1 juli 2025, die hoger is dan in de begroting was voorzien."))
    S(P("Programma 3 Gezondheidsbevordering en Monitoring", sH3))
    S(P("Twee vacatures bij epidemiologie zijn pas per 1 juni ingevuld; dat levert een voordeel op van € 48.000. De "
        "opbrengst van contractonderzoek voor gemeenten valt € 20.000 lager uit omdat twee gemeenten hun "
        "wijkonderzoek naar 2026 hebben verschoven."))
    S(P("Programma 4 Toezicht en Veiligheid", sH3))
    S(P("Per saldo een klein nadeel van € 12.000: extra kosten voor de regionale GHOR-oefening 'Stormvloed' en extra "
        "herinspecties kinderopvang (€ 24.000), deels gecompenseerd door een hogere bijdrage van de veiligheidsregio "
        "(€ 12.000)."))
    S(P("Overhead en onvoorzien", sH3))
    S(P("De licentiekosten voor het nieuwe zaaksysteem en het cao-effect leiden tot een nadeel van € 118.000 op de "
        "overhead. De post onvoorzien van € 100.000 is nog niet aangesproken en valt vrij ten gunste van het resultaat."))
    S(PageBreak())

    S(P("5. Voortgang in cijfers", sH2))
    S(P("Tabel B.3 Prestatie-indicatoren", sCap))
    ind = [
        ["Indicator", "Eenheid", "Begroot 2025", "Stand 30-4-2025", "Verwachting 2025"],
        ["Meldingen meldingsplichtige infectieziekten", "aantal", "2.400", "1.184", "3.100"],
        ["Vaccinatiegraad BMR (2-jarigen)", "%", "92,0", "88,4", "88,5"],
        ["Bereik consultatiebureau 0-4 jaar", "%", "97,5", "97,6", "97,5"],
        ["Inspecties kindercentra uitgevoerd", "aantal", "412", "131", "412"],
        ["Meldingen Meldpunt Zorg en Overlast", "aantal", "1.350", "508", "1.500"],
        ["Soa-consulten Centrum Seksuele Gezondheid", "aantal", "7.800", "2.540", "7.600"],
        ["Ziekteverzuim", "%", "5,5", "6,4", "6,0"],
    ]
    S(tbl([[Paragraph(r[0], sCellB if i == 0 else sCell)] + r[1:] for i, r in enumerate(ind)],
          [62 * mm, 16 * mm, 26 * mm, 30 * mm, 30 * mm], num_from=2, grid=True))
    S(P("Ontwikkelingen per programma", sH3))
    for b in bullets([
            "<b>Algemene Gezondheidszorg:</b> het Centrum Seksuele Gezondheid heeft de wachttijd voor een soa-consult teruggebracht tot gemiddeld 9 werkdagen (2024: 14 werkdagen).",
            "<b>Jeugdgezondheidszorg:</b> de aanbesteding van het nieuwe digitale dossier JGZ is afgerond; de overgang staat gepland voor maart 2026.",
            "<b>Gezondheidsbevordering en Monitoring:</b> de resultaten van de Jeugdmonitor 2024 zijn per gemeente gepubliceerd; 14% van de scholieren in klas 4 rookt of vapet wekelijks.",
            "<b>Toezicht en Veiligheid:</b> alle verplichte inspecties kinderopvang liggen op schema; bij 11 locaties is een handhavingsadvies aan de gemeente gegeven."]):
        S(b)
    S(P("Investeringen 2025", sH3))
    S(P("Tabel B.4 Voortgang investeringen 2025", sCap))
    S(P("(bedragen in duizenden euro's)", sScale))
    inv25 = [("Vervanging telefonie en netwerk", 240, 96, 240), ("Mobiele vaccinatiebus", 310, 0, 310),
             ("Meubilair consultatiebureaus", 70, 22, 58)]
    assert sum(x[1] for x in inv25) == G.INV[2025]
    rows = [["Omschrijving", "Krediet", "Besteed\nt/m april", "Verwachte\nbesteding 2025"]] + \
        [[a, k(b), k(c), k(d_)] for a, b, c, d_ in inv25] + \
        [["Totaal", k(sum(x[1] for x in inv25)), k(sum(x[2] for x in inv25)), k(sum(x[3] for x in inv25))]]
    S(tbl(rows, [80 * mm, 26 * mm, 28 * mm, 30 * mm], bold_rows=(len(rows) - 1,)))
    S(P("De mobiele vaccinatiebus wordt in september 2025 geleverd. Op het meubilair voor de consultatiebureaus blijft "
        "naar verwachting € 12.000 over.", sSmall))
    S(P("6. Reserves", sH2))
    S(P(f"Met de voorgestelde onttrekking van € {nl(tekort * 1000)} daalt de algemene reserve van "
        f"€ {nl(G.RESERVES['Algemene reserve']['stand'] * 1000)} (na bestemming resultaat 2024) naar "
        f"€ {nl(D['ar_na_burap'] * 1000)} per 31 december 2025. De onttrekkingen aan de bestemmingsreserves verlopen volgens "
        "plan (€ 365.000 in 2025)."))
    fact("ar_na_burap", D["ar_na_burap"] * 1000)
    S(P("7. Begrotingswijziging 2025-1", sH2))
    S(P("Tabel B.5 Begrotingswijziging 2025-1", sCap))
    S(P("(bedragen in duizenden euro's)", sScale))
    rows = [["Programma / onderdeel", "Lasten\n(+ = hoger)", "Baten\n(+ = hoger)", "Saldo\nbaten - lasten"]]
    for kk in ["AGZ", "JGZ", "GBM", "TV", "OH", "ONV"]:
        bl_ = G.BURAP_L[kk]
        bb_ = G.BURAP_B.get(kk, 0)
        rows.append([lab[kk], k(bl_), k(bb_), k(bb_ - bl_)])
    rows.append(["Onttrekking algemene reserve", "", k(tekort), k(tekort)])
    rows.append(["Totaal begrotingswijziging", k(sum(G.BURAP_L.values())), k(sum(G.BURAP_B.values()) + tekort),
                 k(sum(G.BURAP_B.values()) + tekort - sum(G.BURAP_L.values()), zero="0")])
    S(tbl(rows, [78 * mm, 28 * mm, 28 * mm, 30 * mm], bold_rows=(len(rows) - 1,)))
    S(P("In deze tabel is de notatie met minteken gebruikt: een negatief bedrag bij de lasten is een verlaging van de lasten.", sSmall))
    S(Spacer(1, 8))
    S(P("Besluit", sH2))
    S(P("Het algemeen bestuur van de Gemeenschappelijke Gezondheidsdienst Kroonmeren, gelezen het voorstel van het "
        "dagelijks bestuur van 12 juni 2025, gelet op artikel 35 van de Wet gemeenschappelijke regelingen en de artikelen "
        "19 en 21 van de Gemeenschappelijke regeling GGD Kroonmeren 2022,"))
    S(P("<b>besluit:</b><br/>1. de 1e Bestuursrapportage 2025 vast te stellen;<br/>2. begrotingswijziging 2025-1 vast te "
        f"stellen, inclusief een onttrekking aan de algemene reserve van € {nl(tekort * 1000)}."))
    S(P("Aldus besloten in de openbare vergadering van 3 juli 2025.<br/><br/>De secretaris,                                   "
        "De voorzitter,<br/><br/>dr. R.J. Terlouw                                   drs. A.M. Verhoef"))

    return story


class Anchor(Flowable):
    def __init__(self, name):
        super().__init__()
        self.name = name

    def wrap(self, *a):
        return (0, 0)

    def draw(self):
        pass


pp = {}
for attempt in range(3):
    FACTS.clear()
    doc = Bundle(OUT)
    doc.anchors = {}
    doc.build(build_story(pp), canvasmaker=NumberedCanvas)
    if doc.anchors == pp:
        break
    pp = dict(doc.anchors)
else:
    raise SystemExit("anchor pages do not converge")
FACTS["anchors"] = pp
with open(os.path.join(HERE, "ggd_facts.json"), "w") as f:
    json.dump(FACTS, f, indent=1, default=str, ensure_ascii=False)
print("written", OUT, pp)
