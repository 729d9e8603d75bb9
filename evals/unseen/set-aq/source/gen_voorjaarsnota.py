"""Write the fictional Gemeente Haverstede "Voorjaarsnota 2026" as a long plain-text export.

The file looks like text copied out of a document viewer: prose hard-wrapped at about 72 characters, numbered
headings ("3.2 Programma Wonen en Leefomgeving"), bullet lists, tables as plain text (some with their columns
aligned by spaces, some separated by tabs as Word's "save as text" writes them), a page footer line
"Voorjaarsnota 2026 — pagina n" wherever a page of the original ended (also inside paragraphs and tables), and a
table of contents whose page numbers come from the pagination.

Usage: python gen_voorjaarsnota.py CORPUS_DIR
"""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import data as d
from fmt import dec, eur, nl, nl_or, paren, prose_mln, vn

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
WIDTH = 72
PAGE_LINES = 42
FOOTER = "Voorjaarsnota 2026 — pagina {}"
Y = [str(y) for y in d.YEARS]

# ------------------------------------------------------------------------------------------------ building blocks
# The body is a list of entries: ("line", text) or ("page",) for a forced new page (chapters) or ("break",) to end
# the page right there (used once, inside the investment table, so that the table runs over a footer).
BODY: list[tuple] = []
HEADINGS: list[tuple[str, int]] = []     # (heading text, index in BODY)


def line(s=""):
    BODY.append(("line", s))


def blank():
    if BODY and BODY[-1] == ("line", ""):
        return
    line("")


def para(text):
    for ln in textwrap.wrap(" ".join(text.split()), WIDTH, break_on_hyphens=False, break_long_words=False):
        line(ln)
    blank()


def bullets(items, mark="•", spaced=False):
    for it in items:
        if spaced:
            blank()
        ind = "  " if mark else "   "
        lines = textwrap.wrap(" ".join(it.split()), WIDTH - len(ind), break_on_hyphens=False, break_long_words=False)
        line(f"{mark} {lines[0]}" if mark else lines[0])
        for ln in lines[1:]:
            line(ind + ln)
    blank()


def heading(text, new_page=False):
    if new_page:
        BODY.append(("page",))
    blank()
    HEADINGS.append((text, len(BODY)))
    line(text)
    blank()


def caption(text, scale):
    line(text)
    if scale:
        line(scale)


def space_table(header, rows, left=2, gap=3):
    """columns aligned by spaces: the first `left` columns left-aligned, the others right-aligned.
    rows: list of lists (None = group row label placed in the label column)"""
    allrows = [header] + [r for r in rows if not isinstance(r, str)]
    ncol = len(header)
    w = [max(len(str(r[i])) for r in allrows) for i in range(ncol)]

    def fmt(r):
        out = ""
        for i, c in enumerate(r):
            c = str(c)
            cell = c.ljust(w[i]) if i < left else c.rjust(w[i])
            out += (" " * gap if i else "") + cell
        return out.rstrip()

    line(fmt(header))
    for r in rows:
        if isinstance(r, str):                           # group row: the label in the label column
            line((" " * (w[0] + gap) if left > 1 else "") + r)
        else:
            line(fmt(r))
    blank()


def tab_table(header, rows):
    line("\t".join(header))
    for r in rows:
        if isinstance(r, str):
            line("\t" + r + "\t" * (len(header) - 2))
        else:
            line("\t".join(str(c) for c in r))
    blank()


def e(v):
    return eur(v)


# ================================================================================================ the text
def title_page():
    line("Gemeente Haverstede")
    blank()
    line("VOORJAARSNOTA 2026")
    line("Meerjarenperspectief 2026-2029 en kaders voor de begroting 2027")
    blank()
    line("Aangeboden door het college van burgemeester en wethouders op 2 juni 2026")
    line("Behandeling in de gemeenteraad: 7 juli 2026")
    line("Zaaknummer: HV/2026/04187")
    blank()
    line("Gemeente Haverstede | Haverstede, Lutterbroek en Steenwijde")
    blank()


def toc(pages=None):
    BODY.append(("page",))
    line("Inhoudsopgave")
    blank()
    for i, (h, _) in enumerate(TOC_HEADINGS):
        if h.startswith("Bijlage"):
            num, rest = " ".join(h.split()[:2]), " ".join(h.split()[2:])
        else:
            num, _, rest = h.partition(" ")
        pg = "" if pages is None else str(pages[i])
        line(f"{num}\t{rest}\t{pg}")
    blank()


TOC_HEADINGS: list[tuple[str, int]] = []


def ch1():
    heading("1 Voorwoord", new_page=True)
    para("Geachte leden van de raad,")
    para("Met deze voorjaarsnota bieden wij u een actueel beeld van de financiële positie van Haverstede. Het "
         "vertrekpunt is de begroting 2026 die u in november 2025 heeft vastgesteld, met de meerjarenraming tot en "
         "met 2029. Sindsdien is er veel gebeurd. De vraag naar jeugdhulp en Wmo-ondersteuning blijft stijgen, de "
         "nieuwe cao voor gemeenten valt hoger uit dan waarmee wij rekening hielden en het Rijk heeft met de "
         "meicirculaire 2026 opnieuw duidelijk gemaakt dat de algemene uitkering na 2026 minder hard groeit dan "
         "de kosten van onze taken.")
    para("De economische vooruitzichten zijn wisselend. De inflatie is lager dan in de afgelopen jaren, maar "
         "de lonen stijgen nog stevig. Dat merken wij in onze eigen personeelskosten en in de tarieven van de "
         "partijen met wie wij samenwerken: zorgaanbieders, aannemers en vervoerders. De woningmarkt blijft "
         "krap. Tegelijk bouwen wij meer woningen dan ooit, wat op termijn extra inkomsten oplevert maar nu "
         "vooral inzet van de organisatie vraagt.")
    para("De belangrijkste ontwikkelingen op een rij:")
    bullets([
        f"De autonome ontwikkelingen kosten in 2026 {d.PROSE['autonoom_2026']}. Het grootste deel daarvan komt "
        f"voor rekening van het sociaal domein.",
        f"Alleen de jeugdhulp vraagt in 2026 al {d.PROSE['jeugd_2026']} extra; in de jaren daarna loopt het "
        f"nadeel langzaam terug doordat de maatregelen uit de Hervormingsagenda effect krijgen.",
        f"De meicirculaire 2026 levert in 2026 {d.PROSE['au_2026']} op, vooral door een eenmalige compensatie "
        f"voor de jeugdzorg. Vanaf 2027 is het voordeel beduidend kleiner.",
        f"Wij stellen {e(-d.ITEM['N3.1'][5][0])} structureel beschikbaar voor een praktijkondersteuner jeugd bij "
        f"de huisartsen en {e(-d.ITEM['N3.2'][5][0])} structureel voor de vroegsignalering van schulden.",
        f"Om het meerjarenperspectief zo veel mogelijk sluitend te krijgen, stellen wij een pakket "
        f"dekkingsmaatregelen voor dat oploopt tot {d.PROSE['dek_2029']} in 2029.",
    ], spaced=True)
    s = d.NIEUW_SALDO
    para(f"Na verwerking van alle voorstellen sluit 2026 met een voordelig saldo van {e(s[0] * 1000)}. Voor de "
         f"jaren daarna is het beeld nadelig: in 2027 resteert een nadeel van {e(s[1] * 1000)}, in 2028 van "
         f"{e(s[2] * 1000)} en in 2029 van {e(s[3] * 1000)}. Dat is niet het beeld dat wij u graag hadden "
         f"gepresenteerd. Wij kiezen er bewust voor om de tekorten niet weg te poetsen met optimistische ramingen. "
         f"In de begroting 2027 komen wij met aanvullende voorstellen om ook de jaren 2027 tot en met 2029 "
         f"structureel in evenwicht te brengen.")
    para("Tegelijk blijven wij investeren in wat de inwoners van Haverstede, Lutterbroek en Steenwijde belangrijk "
         "vinden: voldoende betaalbare woningen, een veilige en schone openbare ruimte, goede voorzieningen voor "
         "jong en oud en een dienstverlening die gemakkelijk bereikbaar is. De plannen daarvoor leest u in "
         "hoofdstuk 3 en in het investeringsoverzicht van hoofdstuk 8.")
    para("Wij zien uit naar het debat met uw raad.")
    para("Het college van burgemeester en wethouders van Haverstede,")
    line("de secretaris,\t\tde burgemeester,")
    line("drs. M.J. Oosterbeek\t\tmr. A.C. van Dijke-Hulst")
    blank()
    heading("1.1 Leeswijzer")
    para("Hoofdstuk 2 beschrijft het financiële vertrekpunt: de begroting 2026 zoals u die heeft vastgesteld, de "
         "raadsbesluiten die daarna zijn genomen en de uitgangspunten voor lonen en prijzen. In hoofdstuk 3 "
         "staan per programma de autonome ontwikkelingen en de voorstellen voor nieuw beleid. Hoofdstuk 4 gaat "
         "over de algemene uitkering uit het gemeentefonds. Hoofdstuk 5 brengt alles samen in het "
         "meerjarenperspectief en beschrijft de dekkingsvoorstellen. Daarna volgen de reserves (hoofdstuk 6), "
         "de risico's en het weerstandsvermogen (hoofdstuk 7) en de investeringen (hoofdstuk 8). Hoofdstuk 9 "
         "bevat het voorstel aan de raad.")
    para("Tekenafspraak. In deze voorjaarsnota is een voordeel voor het saldo positief en een nadeel negatief: een "
         "nadeel staat met een minteken (-) in de tabellen. In tabel 4.1 over de algemene uitkering zijn de "
         "bedragen aangeduid met V (voordeel) en N (nadeel), zoals in de circulaire-analyses gebruikelijk is. In "
         "tabel 6.1 over de reserves staan onttrekkingen en andere verlagingen van een reserve tussen haakjes. In "
         "tabel 2.1 zijn lasten en baten beide als positief bedrag opgenomen; het saldo is baten min lasten.")
    para("Bedragen zijn afgerond. In een aantal tabellen staan de bedragen in duizenden euro's; dat staat dan "
         "boven de tabel vermeld. Door afronding kunnen totalen in de tekst op een enkel punt afwijken van de "
         "tabellen.")
    samenvatting()


def samenvatting():
    heading("1.2 Samenvatting in cijfers")
    s = d.NIEUW_SALDO
    r = d.B_RESULTAAT
    bullets([
        f"Saldo vastgestelde begroting 2026: {e(r[0] * 1000)} voordelig in 2026 en {e(r[2] * 1000)} nadelig "
        f"in 2028.",
        f"Raadsbesluiten na de vaststelling van de begroting: {e(d.RB_TOTAL[0])} nadelig in 2026.",
        f"Autonome ontwikkelingen: {d.PROSE['autonoom_2026']} nadelig in 2026.",
        f"Meicirculaire 2026: {d.PROSE['au_2026']} voordelig in 2026.",
        f"Nieuw beleid: {e(d.N_TOTAL[0])} in 2026, waarvan {e(d.N_INCIDENTEEL[0])} incidenteel.",
        f"Dekkingsvoorstellen: {e(d.DEK_TOTAL[0])} in 2026.",
        f"Nieuw saldo: {e(s[0] * 1000)} voordelig in 2026; nadelig in 2027, 2028 en 2029.",
        f"Investeringen 2026-2029: {d.PROSE['inv_total']}.",
        f"Ratio weerstandsvermogen: {dec(d.RATIO, 1)} (ruim voldoende).",
    ], mark="-")


def ch2():
    heading("2 Financieel vertrekpunt", new_page=True)
    para("Het vertrekpunt van deze voorjaarsnota is de programmabegroting 2026, die de raad op 6 november 2025 "
         "heeft vastgesteld. Die begroting was voor 2026 en 2029 sluitend; in de jaren 2027 en 2028 liet de "
         "meerjarenraming een nadeel zien. Bij de vaststelling heeft de raad het college gevraagd om in de "
         "voorjaarsnota met voorstellen te komen om ook die jaren sluitend te krijgen.")
    heading("2.1 De begroting 2026 zoals vastgesteld")
    para("Tabel 2.1 geeft de baten en lasten per programma volgens de vastgestelde begroting 2026 en de "
         "meerjarenraming 2027-2029. Het geraamde resultaat in de onderste regel is het saldo waarmee deze "
         "voorjaarsnota begint.")
    caption("Tabel 2.1 Meerjarenraming begroting 2026 (vastgesteld)", "Bedragen x € 1.000")
    rows = ["Lasten"]
    for p, n in d.PROGS:
        rows.append([f"{p}. {n}"] + [nl(v) for v in d.B_LASTEN[p]])
    rows.append(["Totaal lasten"] + [nl(v) for v in d.B_TOT_LASTEN])
    rows.append("Baten")
    for p, n in d.PROGS:
        rows.append([f"{p}. {n}"] + [nl(v) for v in d.B_BATEN[p]])
    rows.append(["Totaal baten"] + [nl(v) for v in d.B_TOT_BATEN])
    rows.append(["Saldo van baten en lasten"] + [nl(v) for v in d.B_SALDO_BL])
    rows.append(["Toevoegingen aan reserves"] + [nl(v) for v in d.B_TOEVOEGING])
    rows.append(["Onttrekkingen aan reserves"] + [nl(v) for v in d.B_ONTTREKKING])
    rows.append(["Geraamd resultaat"] + [nl(v) for v in d.B_RESULTAAT])
    space_table(["Programma"] + Y, rows, left=1, gap=4)
    r = d.B_RESULTAAT
    para(f"De begroting 2026 sloot met een voordelig resultaat van {e(r[0] * 1000)}. In 2027 en 2028 liet de "
         f"meerjarenraming nadelen zien van {e(r[1] * 1000)} en {e(r[2] * 1000)}. Voor 2029 was een klein "
         f"voordeel van {e(r[3] * 1000)} geraamd.")
    heading("2.2 Raadsbesluiten na vaststelling van de begroting")
    para("Na de vaststelling van de begroting heeft de raad enkele besluiten genomen met financiële gevolgen. "
         "Deze besluiten zijn in het meerjarenperspectief verwerkt:")
    rb = d.RAADSBESLUITEN
    bullets([
        f"{rb[0][0]} (raadsvergadering 6 november 2025): {e(-rb[0][2][0])} structureel voor het beheer van de "
        f"kinderboerderij door een stichting van vrijwilligers;",
        f"{rb[1][0]} (raadsvergadering 18 december 2025): {e(-rb[1][2][0])} structureel voor extra "
        f"veegrondes en de inzet van vrijwilligers bij het opruimen van zwerfafval;",
        f"{rb[2][0]} (raadsvergadering 12 februari 2026): een eenmalige bijdrage van {e(-rb[2][2][0])} in 2026 "
        f"voor de feestweek.",
    ], mark="-")
    t = d.RB_TOTAL
    para(f"Samen zijn de raadsbesluiten goed voor een nadeel van {e(t[0])} in 2026 en {e(t[1])} per jaar vanaf "
         f"2027.")
    heading("2.3 Uitgangspunten")
    para("Bij de begroting 2026 is gerekend met de indexcijfers van het Centraal Planbureau uit de Macro "
         "Economische Verkenning 2026. Inmiddels zijn de cao-afspraken voor gemeenten bekend en heeft het CPB "
         "nieuwe ramingen gepubliceerd. Tabel 2.2 zet de uitgangspunten van de begroting en die van deze "
         "voorjaarsnota naast elkaar.")
    caption("Tabel 2.2 Uitgangspunten begroting 2026 en voorjaarsnota 2026", "Percentages")
    tab_table(["Uitgangspunt", "Begroting 2026", "Voorjaarsnota 2026"],
              [[n, dec(a, 2) + "%", dec(b, 2) + "%"] for n, a, b in d.UITGANGSPUNTEN])
    lo = d.UITGANGSPUNTEN[0]
    para(f"Het grootste verschil zit in de loonontwikkeling. In de begroting is uitgegaan van {dec(lo[1], 2)}%, "
         f"maar de nieuwe cao leidt tot een stijging van {dec(lo[2], 2)}%. Het effect daarvan is opgenomen in "
         f"programma 6 (post A6.1).")


INTRO = {
    "1": "Programma 1 gaat over de gemeenteraad, het college, de samenwerking in de regio en de dienstverlening "
         "aan inwoners en ondernemers. De digitale dienstverlening groeit, maar een deel van de inwoners wil de "
         "gemeente ook gewoon aan de balie of aan de telefoon kunnen spreken.",
    "2": "Programma 2 omvat de openbare ruimte, wegen, groen, riolering, afval, ruimtelijke ordening en wonen. "
         "De opgave om voldoende betaalbare woningen te bouwen staat onverminderd hoog op de agenda, net als de "
         "aanpassing van de openbare ruimte aan het veranderende klimaat.",
    "3": "Programma 3 omvat werk en inkomen, de Wmo, jeugdhulp en de volksgezondheid. Het programma is met ruim "
         "de helft van de lasten het grootste programma van de begroting, en het programma met de grootste "
         "financiële onzekerheid.",
    "4": "Programma 4 gaat over de lokale economie, onderwijshuisvesting, leerlingenvervoer, sport, cultuur en "
         "de bibliotheek.",
    "5": "Programma 5 omvat de brandweer en de veiligheidsregio, openbare orde en handhaving.",
    "6": "Programma 6 bevat de algemene dekkingsmiddelen (de algemene uitkering, de onroerendezaakbelastingen, "
         "dividend en rente), de overhead en de post onvoorzien.",
}

ITEM_TEXT = {
    "A1.1": "Op 18 maart 2026 zijn de gemeenteraadsverkiezingen gehouden. Door de hogere kosten van stembureau"
            "leden, de huur van locaties en het drukwerk vallen de kosten {a0} hoger uit dan het budget. Het gaat "
            "om een incidenteel nadeel.",
    "A1.2": "De leveranciers van onze belangrijkste applicaties zijn overgestapt op abonnementen in de cloud. "
            "Daardoor stijgen de licentiekosten met {a0} per jaar. Wij hebben onderzocht of we applicaties "
            "kunnen uitfaseren; dat levert pas op langere termijn iets op.",
    "N1.1": "Inwoners willen steeds vaker online een afspraak maken en eenvoudige vragen buiten kantoortijden "
            "stellen. Wij willen daarom een systeem voor online afspraken en een digitale assistent op de website "
            "invoeren. De invoering kost {a0} in 2026 en {a1} in 2027; daarna vallen de kosten binnen het "
            "bestaande budget.",
    "N1.2": "Door de piek in het aantal te vervangen paspoorten en identiteitskaarten in 2026 en 2027 is tijdelijk "
            "extra formatie nodig bij Burgerzaken. De kosten zijn {a0} per jaar in 2026 en 2027.",
    "A2.1": "Het contract voor groenonderhoud en gladheidbestrijding is opnieuw aanbesteed. De nieuwe prijzen "
            "liggen fors hoger door gestegen loon-, brandstof- en materiaalkosten. Het structurele nadeel is "
            "{a0} per jaar.",
    "A2.2": "Door de invoering van de Omgevingswet en de afnemende bouwproductie van particulieren komen er minder "
            "aanvragen voor een omgevingsvergunning binnen. Daarnaast valt een deel van de bouwactiviteiten "
            "tegenwoordig onder vergunningvrij bouwen. Wij ramen de legesopbrengst daarom {a0} lager in 2026 en "
            "{a1} lager vanaf 2027.",
    "A2.3": "Na de herziening van de huurcontracten voor het gemeentelijk vastgoed, waaronder het voormalige "
            "gemeentehuis van Steenwijde, stijgen de huuropbrengsten met {a0} per jaar.",
    "N2.1": "Bij hevige buien staan in Lutterbroek regelmatig straten en kelders onder water. Wij willen in 2026 "
            "en 2027 extra maatregelen nemen: het afkoppelen van verharding, de aanleg van wadi's en "
            "voorlichting aan bewoners over het vergroenen van tuinen. Hiervoor is in beide jaren {a0} nodig. "
            "De investering in wadi's en waterberging staat in hoofdstuk 8.",
    "N2.2": "Om de woningbouwambitie van 1.200 extra woningen in de komende vijf jaar te halen, richten wij een projectteam in "
            "dat de voorbereiding van de bouwlocaties versnelt. Het team kost {a0} in 2026 en 2027 en {a2} in "
            "2028. Het team wordt deels bekostigd uit de grondexploitaties; het restant komt ten laste van de "
            "algemene middelen.",
    "N2.3": "Uit de inspectie van de bruggen en beschoeiingen blijkt dat het onderhoud achterloopt. Vanaf 2027 is "
            "structureel {a1} per jaar extra nodig voor het onderhoud.",
    "A3.1": "De kosten van jeugdhulp stijgen opnieuw. De tarieven van de jeugdhulpaanbieders zijn per 1 januari "
            "2026 fors verhoogd door de cao-stijgingen in de zorg, en het aantal jeugdigen met een indicatie voor "
            "specialistische jeugdhulp is in 2025 met 8% toegenomen. Ook het aantal jeugdigen in een "
            "verblijfsvoorziening stijgt. Wij ramen het nadeel op {a0} in 2026. Door de maatregelen uit de "
            "Hervormingsagenda Jeugd en onze eigen inzet op preventie verwachten wij dat het nadeel daarna "
            "daalt, tot {a3} in 2029.",
    "A3.2": "Sinds de invoering van het abonnementstarief in de Wmo neemt het gebruik van hulp bij het huishouden "
            "toe, ook door inwoners die de hulp zelf zouden kunnen betalen. Het nadeel loopt op van {a0} in 2026 "
            "tot {a3} in 2029.",
    "A3.3": "Het aantal bijstandsuitkeringen is in 2025 gedaald. Het budget voor de uitkeringen (BUIG) is in 2026 "
            "naar verwachting toereikend en levert een incidenteel voordeel op van {a0}.",
    "N3.1": "Wij willen samen met de huisartsen in Haverstede, Lutterbroek en Steenwijde een praktijkondersteuner "
            "jeugd (POH-jeugd) inzetten. De praktijkondersteuner helpt kinderen en ouders snel en dichtbij, "
            "zonder dat een verwijzing naar specialistische jeugdhulp nodig is. Ervaringen in andere gemeenten "
            "laten zien dat dit het aantal verwijzingen vermindert. De kosten zijn {a0} structureel.",
    "N3.2": "Inwoners met betalingsachterstanden bij de woningcorporatie, de energieleverancier of de "
            "zorgverzekeraar willen wij eerder in beeld krijgen, zodat zij hulp krijgen voordat de schulden "
            "oplopen. Voor de vroegsignalering van schulden is {a0} structureel nodig.",
    "A4.1": "De energiecontracten voor de sportaccommodaties zijn verlengd tegen hogere tarieven. Het nadeel is "
            "{a0} per jaar.",
    "A4.2": "Het leerlingenvervoer is opnieuw aanbesteed. Het nieuwe vervoerscontract is duurder door hogere "
            "loonkosten van chauffeurs en door meer leerlingen die naar het speciaal onderwijs buiten de "
            "gemeente reizen. Het nadeel is {a0} per jaar.",
    "N4.1": "In Lutterbroek wordt een nieuwe bibliotheekvestiging ingericht in het multifunctionele centrum. "
            "Vanaf 2027 zijn de exploitatiekosten {a1} per jaar. De inrichting is opgenomen in het "
            "investeringsoverzicht.",
    "N4.2": "Samen met de ondernemers willen wij het centrum van Haverstede aantrekkelijker maken. In 2026 en "
            "2027 stellen wij {a0} per jaar beschikbaar voor een centrummanager.",
    "A5.1": "Het algemeen bestuur van de veiligheidsregio heeft de begroting 2026 vastgesteld met een hogere "
            "bijdrage van de gemeenten, vooral door de kosten van nieuwe brandweervoertuigen en de cao. Onze "
            "bijdrage stijgt met {a0} in 2026, oplopend tot {a3} in 2029.",
    "N5.1": "Overlast door jongeren, zwerfafval en verkeersonveiligheid bij scholen leiden tot veel meldingen. "
            "Wij willen daarom twee extra buitengewoon opsporingsambtenaren (boa's) aanstellen. De eerste boa "
            "start per 1 juli 2026; de kosten zijn {a0} in 2026 en {a1} per jaar vanaf 2027.",
    "A6.1": "De nieuwe cao voor gemeenten en de hogere prijsindex leiden tot hogere lasten dan geraamd (zie tabel "
            "2.2). Het nadeel is {a0} in 2026 en loopt op tot {a3} in 2029.",
    "A6.2": "Door de oplevering van nieuwbouwwoningen in Steenwijde-West en Lutterbroek-Zuid stijgt de "
            "opbrengst van de onroerendezaakbelastingen. Dit levert {a0} op in 2026, oplopend tot {a3} in 2029.",
    "A6.3": "Door het uitstellen van enkele investeringen hoeven wij minder te lenen. De rentelasten vallen daardoor "
            "in 2026 en 2027 lager uit.",
    "A6.4": "De BNG Bank heeft over 2025 een hoger dividend uitgekeerd dan geraamd. Dit is een incidenteel "
            "voordeel van {a0}.",
}

BELEID = {
    "1": "Beleidsmatig staat de dienstverlening centraal. In 2026 evalueren wij de openingstijden van het "
         "klantcontactcentrum en het gemeentehuis. Samen met de buurgemeenten onderzoeken wij of een "
         "gezamenlijke uitvoering van de belastingtaken voordelen oplevert. De uitkomsten volgen in het najaar. "
         "Daarnaast bereiden wij de organisatie voor op de Wet open overheid: meer documenten worden actief "
         "openbaar gemaakt.",
    "2": "De woningbouwopgave vraagt veel van de organisatie. Met de provincie en de woningcorporaties zijn "
         "afspraken gemaakt over de bouw van sociale huurwoningen in Steenwijde-West en Lutterbroek-Zuid. In het "
         "omgevingsprogramma klimaatadaptatie staat welke wijken het eerst worden aangepakt. Het nieuwe "
         "afvalbeleid, met minder restafval en een hogere scheidingsgraad, wordt in 2026 geëvalueerd.",
    "3": "De uitvoering van de Hervormingsagenda Jeugd vraagt om samenwerking in de regio. Met de huisartsen, de "
         "scholen en de wijkteams zetten wij in op preventie en op lichtere vormen van ondersteuning, dichtbij "
         "huis. In de Wmo sturen wij op een zorgvuldige toegang en op algemene voorzieningen. Voor werk en "
         "inkomen ligt de nadruk op het begeleiden van inwoners naar betaald werk en op het voorkomen van "
         "schulden.",
    "4": "Het integraal huisvestingsplan onderwijs wordt in 2026 geactualiseerd. De uitbreiding van basisschool "
         "De Esch staat in het investeringsoverzicht. Voor sport en cultuur werken wij aan een nieuwe "
         "accommodatievisie, met aandacht voor verduurzaming van de gebouwen.",
    "5": "Samen met de politie en het Openbaar Ministerie werken wij aan een nieuw integraal "
         "veiligheidsplan. De aanpak van ondermijning en de inzet van boa's in de wijken blijven speerpunten.",
    "6": "De algemene uitkering en de onroerendezaakbelastingen bepalen samen het grootste deel van de "
         "vrij besteedbare middelen. De ontwikkeling van de algemene uitkering staat in hoofdstuk 4.",
}

MERKT = {
    "1": ["Inwoners kunnen vanaf het najaar van 2026 online een afspraak maken voor een paspoort of rijbewijs.",
          "De wachttijd aan de balie blijft ook tijdens de piek in de reisdocumenten beperkt.",
          "Meer informatie van de gemeente is vindbaar op de website."],
    "2": ["In Lutterbroek worden wadi's aangelegd en straten afgekoppeld om wateroverlast te voorkomen.",
          "Er komen meer woningen beschikbaar, ook in de sociale huur.",
          "Zwerfafval wordt vaker opgeruimd, met hulp van vrijwilligers."],
    "3": ["Ouders en kinderen kunnen bij de huisarts terecht bij een praktijkondersteuner jeugd.",
          "Inwoners met betalingsachterstanden krijgen eerder een hulpaanbod.",
          "De toegang tot de Wmo en de jeugdhulp blijft zorgvuldig, met aandacht voor lichte ondersteuning."],
    "4": ["In Lutterbroek opent een nieuwe bibliotheekvestiging.",
          "Basisschool De Esch krijgt meer ruimte voor de groeiende groep leerlingen.",
          "Ondernemers in het centrum van Haverstede krijgen een vast aanspreekpunt."],
    "5": ["Er zijn meer boa's zichtbaar in de wijken en bij de scholen.",
          "Meldingen over overlast worden sneller opgepakt."],
    "6": ["De opbrengst van de onroerendezaakbelastingen stijgt vanaf 2027 met 2% boven de index (zie "
          "hoofdstuk 5)."],
}
HOUDER = {"1": "burgemeester A.C. van Dijke-Hulst", "2": "wethouder R. Brinkhuis", "3": "wethouder S. el Amrani",
          "4": "wethouder J.W. ter Horst", "5": "burgemeester A.C. van Dijke-Hulst", "6": "wethouder R. Brinkhuis"}

TABS = {"1": "tab", "2": "space", "3": "tab", "4": "space", "5": "tab", "6": "space"}


def item_table(p):
    name = d.PNAME[p]
    caption(f"Tabel 3.{p} Mutaties programma {name}", "Bedragen in euro's")
    hdr = ["Nr", "Omschrijving", "I/S"] + Y
    rows = []
    for kind, label in (("A", "Autonome ontwikkelingen"), ("N", "Nieuw beleid")):
        its = [it for it in d.ITEMS if it[1] == p and it[2] == kind]
        if not its:
            continue
        rows.append(label)
        for it in its:
            rows.append([it[0], it[3], it[4]] + [nl(v) if v else "0" for v in it[5]])
        sub = d.PROG_A[p] if kind == "A" else d.PROG_N[p]
        rows.append(["", f"Totaal {label.lower()}", ""] + [nl(v) if v else "0" for v in sub])
    rows.append(["", f"Totaal mutaties programma {p}", ""] + [nl(v) if v else "0" for v in d.PROG_TOT[p]])
    if TABS[p] == "tab":
        tab_table(hdr, rows)
    else:
        # space-aligned: Nr, Omschrijving left; I/S and the years right
        space_table(hdr, rows, left=2, gap=3)


def item_texts(p):
    for kind, label in (("A", "Autonome ontwikkelingen"), ("N", "Nieuw beleid")):
        its = [it for it in d.ITEMS if it[1] == p and it[2] == kind]
        if not its:
            continue
        line(label)
        blank()
        for it in its:
            line(f"{it[0]} {it[3]}")
            a = {f"a{i}": e(v) for i, v in enumerate(it[5])}
            para(ITEM_TEXT[it[0]].format(**a))
            line(f"Incidenteel/structureel: {'incidenteel' if it[4] == 'I' else 'structureel'}")
            line(f"Portefeuillehouder: {HOUDER[p]}")
            blank()


def ch3():
    heading("3 Ontwikkelingen per programma", new_page=True)
    para("In dit hoofdstuk staan per programma de autonome ontwikkelingen en de voorstellen voor nieuw beleid. "
         "Autonome ontwikkelingen zijn veranderingen waarop de gemeente weinig of geen invloed heeft, zoals "
         "hogere tarieven of wettelijke wijzigingen. Nieuw beleid zijn keuzes die het college aan de raad "
         "voorlegt. Bij elke post staat of het om een incidentele (I) of structurele (S) mutatie gaat. Een "
         "nadeel staat in de tabellen met een minteken.")
    for p, name in d.PROGS:
        heading(f"3.{p} Programma {name}")
        para(INTRO[p])
        para(BELEID[p])
        line("Wat merken de inwoners ervan?")
        bullets(MERKT[p])
        item_table(p)
        item_texts(p)


def ch4():
    heading("4 Algemene uitkering", new_page=True)
    para("De algemene uitkering uit het gemeentefonds is de grootste inkomstenbron van Haverstede. Op 29 mei 2026 "
         "is de meicirculaire 2026 verschenen. Wij hebben de uitkomsten daarvan nog in deze voorjaarsnota "
         "verwerkt. Tabel 4.1 geeft de effecten ten opzichte van de begroting 2026.")
    caption("Tabel 4.1 Effecten meicirculaire 2026", "bedragen x 1.000 euro")
    rows = [[n] + [vn(v) for v in vals] for n, vals in d.AU_ROWS]
    rows.append(["Totaal effect meicirculaire 2026"] + [vn(v) for v in d.AU_TOTAL])
    space_table(["Onderdeel"] + Y, rows, left=1, gap=4)
    acc = d.AU_ROWS[0][1]
    her = d.AU_ROWS[2][1]
    eenm = d.AU_ROWS[3][1]
    para(f"Het accres is de jaarlijkse groei van het gemeentefonds, die meebeweegt met de uitgaven van het Rijk. "
         f"Voor 2026 valt het accres {e(acc[0] * 1000)} hoger uit dan geraamd; in de jaren daarna neemt het "
         f"voordeel af tot {e(acc[3] * 1000)} in 2029.")
    para(f"Door de herijking van het verdeelmodel gaat Haverstede er structureel {e(her[0] * 1000)} per jaar op "
         f"achteruit. Dit nadeel wordt in de jaren tot en met 2026 nog gedempt door een suppletie-uitkering, "
         f"maar die is al in de begroting 2026 verwerkt. Het gaat om een structureel nadeel.")
    para(f"Het Rijk compenseert gemeenten in 2026 eenmalig voor de stijgende kosten van de jeugdzorg. Voor "
         f"Haverstede gaat het om {e(eenm[0] * 1000)}. Wij voegen dit bedrag niet toe aan het budget voor "
         f"jeugdhulp, maar laten het vrijvallen ten gunste van het saldo, omdat de hogere kosten van de jeugdhulp "
         f"al als autonome ontwikkeling zijn verwerkt (post A3.1).")
    para("De taakmutaties zijn middelen die het Rijk voor een specifieke taak aan de algemene uitkering toevoegt. "
         "Conform het staande beleid voegen wij deze bedragen toe aan de budgetten van de programma's; per "
         "saldo hebben ze daarom geen effect.")
    para("Na 2026 is de ontwikkeling van het gemeentefonds onzeker. Het Rijk heeft de groei van het "
         "gemeentefonds voor de jaren vanaf 2027 beperkt en werkt aan een nieuwe financieringssystematiek. "
         "Gemeenten krijgen daarnaast meer ruimte om eigen inkomsten te verwerven. Voor Haverstede betekent dit "
         "dat de algemene uitkering in de jaren 2027 tot en met 2029 minder snel stijgt dan de kosten. In de "
         "meerjarenraming houden wij rekening met de uitkomsten van de meicirculaire; een verdere korting is "
         "als risico opgenomen in hoofdstuk 7.")
    para(f"Per saldo levert de meicirculaire 2026 in 2026 {d.PROSE['au_2026']} op. Het voordeel daalt tot "
         f"{e(d.AU_TOTAL[3] * 1000)} in 2029.")


def ch5():
    heading("5 Meerjarenperspectief", new_page=True)
    para("In tabel 5.1 brengen wij het saldo van de begroting 2026, de raadsbesluiten, de autonome "
         "ontwikkelingen, de meicirculaire, het nieuwe beleid en de dekkingsvoorstellen samen. Een positief "
         "bedrag is een voordeel, een negatief bedrag een nadeel.")
    heading("5.1 Het nieuwe meerjarenperspectief")
    caption("Tabel 5.1 Meerjarenperspectief 2026-2029", "Bedragen x € 1.000")
    rows = [[n] + [nl(v) for v in vals] for n, vals in d.MJP]
    rows.append(["Saldo vóór nieuw beleid"] + [nl(v) for v in d.MJP_NA_AUTONOOM])
    rows.append(["Nieuw beleid"] + [nl(v) for v in d.MJP_NB])
    rows.append(["Dekkingsvoorstellen"] + [nl(v) for v in d.MJP_DEK])
    rows.append(["Nieuw saldo meerjarenperspectief"] + [nl(v) for v in d.NIEUW_SALDO])
    tab_table(["Omschrijving"] + Y, rows)
    s = d.NIEUW_SALDO
    para(f"Het nieuwe saldo is in 2026 voordelig ({e(s[0] * 1000)}) en in de jaren 2027 tot en met 2029 nadelig. Het "
         f"grootste tekort doet zich voor in 2028. Ten opzichte van de vastgestelde begroting verslechtert het "
         f"saldo in alle jaren; in 2028 met {e(-d.MUTATIES_TOTAAL[2] * 1000)}.")
    heading("5.2 Dekkingsvoorstellen")
    para("Om het tekort terug te dringen stellen wij de volgende dekkingsmaatregelen voor. De onttrekking aan de "
         "algemene reserve dekt uitsluitend het incidentele nieuwe beleid, zodat structurele lasten niet met "
         "incidentele middelen worden betaald.")
    caption("Tabel 5.2 Dekkingsvoorstellen", "Bedragen in euro's")
    rows = [[c, n, i] + [nl(v) if v else "0" for v in vals] for c, n, i, vals in d.DEKKING]
    rows.append(["", "Totaal dekkingsvoorstellen", ""] + [nl(v) for v in d.DEK_TOTAL])
    space_table(["Nr", "Omschrijving", "I/S"] + Y, rows, left=2, gap=3)
    dk = d.DEK
    line(f"{dk['D1'][0]} {dk['D1'][1]}")
    para(f"Het incidentele nieuwe beleid (de posten N1.1, N1.2, N2.1, N2.2 en N4.2) dekken wij uit de algemene "
         f"reserve. In 2026 onttrekken wij {e(dk['D1'][3][0])} aan de algemene reserve, in 2027 "
         f"{e(dk['D1'][3][1])} en in 2028 {e(dk['D1'][3][2])}.")
    line(f"{dk['D2'][0]} {dk['D2'][1]}")
    para(f"De reserve sociaal domein is bedoeld om schommelingen in de kosten van het sociaal domein op te vangen. "
         f"Wij zetten in 2026 {e(dk['D2'][3][0])} en in 2027 {e(dk['D2'][3][1])} in voor de hogere kosten van de "
         f"jeugdhulp.")
    line(f"{dk['D3'][0]} {dk['D3'][1]}")
    para(f"Wij stellen voor de opbrengst van de onroerendezaakbelastingen vanaf 2027 met 2% boven de index te "
         f"verhogen. Dat levert {e(dk['D3'][3][1])} op in 2027, oplopend tot {e(dk['D3'][3][3])} in 2029. De "
         f"lastendruk in Haverstede blijft daarmee onder het landelijk gemiddelde.")
    line(f"{dk['D4'][0]} {dk['D4'][1]}")
    para(f"Alle budgetten zijn tegen het licht gehouden. Budgetten die de afgelopen jaren structureel niet volledig "
         f"zijn benut, verlagen wij. De heroverweging levert {e(dk['D4'][3][0])} op in 2026, oplopend tot "
         f"{e(dk['D4'][3][3])} in 2029. Een uitgewerkt overzicht volgt bij de begroting 2027.")
    line(f"{dk['D5'][0]} {dk['D5'][1]}")
    para(f"Investeringen worden in de praktijk later uitgevoerd dan gepland. Wij ramen daarom een structurele "
         f"onderuitputting van de kapitaallasten van {e(dk['D5'][3][0])} per jaar.")
    para(f"Samen leveren de dekkingsvoorstellen in 2029 {d.PROSE['dek_2029']} op.")


def ch6():
    heading("6 Reserves", new_page=True)
    para("Tabel 6.1 geeft het verloop van de reserves in 2026: de stand aan het begin van het jaar, de mutaties "
         "volgens de vastgestelde begroting (per saldo), de mutaties als gevolg van deze voorjaarsnota en de "
         "verwachte stand aan het einde van het jaar. Een onttrekking of andere verlaging staat tussen haakjes.")
    caption("Tabel 6.1 Verloop reserves 2026", "Bedragen in €")
    rows = [[n, nl(s), paren(mb), paren(mv), nl(st)] for n, s, mb, mv, st in d.RESERVES]
    t = d.RES_TOTAL
    rows.append(["Totaal reserves", nl(t[0]), paren(t[1]), paren(t[2]), nl(t[3])])
    space_table(["Reserve", "Stand 1-1-2026", "Mutaties begroting 2026", "Mutaties voorjaarsnota 2026",
                 "Stand 31-12-2026"], rows, left=1, gap=3)
    ar = d.RES["Algemene reserve"]
    para(f"De algemene reserve daalt in 2026 van {e(ar[1])} naar {e(ar[4])}. Dat komt door de onttrekkingen "
         f"uit de begroting en de dekking van het incidentele nieuwe beleid uit deze voorjaarsnota. De algemene "
         f"reserve blijft ruim boven de ondergrens van € 5.000.000 die de raad in de nota reserves en "
         f"voorzieningen heeft vastgelegd.")
    para("Korte toelichting per reserve:")
    bullets([
        "Algemene reserve: buffer voor het opvangen van risico's en dekking van incidentele uitgaven.",
        "Reserve sociaal domein: bedoeld om schommelingen in de uitgaven voor jeugdhulp, Wmo en participatie op "
        "te vangen.",
        "Reserve onderhoud gemeentelijke gebouwen: egaliseert de uitgaven voor het planmatig onderhoud volgens "
        "het meerjarenonderhoudsplan.",
        "Reserve woningbouw en grondzaken: voor de voorbereiding van woningbouwlocaties en het opvangen van "
        "risico's in de grondexploitaties.",
        "Reserve dekking kapitaallasten: dekt de kapitaallasten van eerder gedane investeringen, zoals het "
        "sportpark De Kamp.",
    ])
    sd = d.RES["Reserve sociaal domein"]
    para(f"De reserve sociaal domein daalt door de inzet voor de jeugdhulp naar {e(sd[4])} aan het einde van "
         f"2026. Daarmee is de reserve grotendeels benut.")


RISK_TEXT = {
    "R1": "De jeugdhulp en de Wmo zijn open-einderegelingen: iedere inwoner die een indicatie krijgt, heeft recht "
          "op ondersteuning. Een verdere stijging van het aantal cliënten of van de tarieven kan tot "
          "overschrijdingen leiden.",
    "R2": "Het Rijk heeft aangekondigd het verdeelmodel van het gemeentefonds na 2026 opnieuw te bezien en de "
          "groei van het gemeentefonds te beperken. De uitkomst daarvan is nog onzeker.",
    "R3": "De cao voor gemeenten loopt tot en met 2026. Als de loon- en prijsstijgingen in de jaren daarna hoger "
          "uitvallen dan in de ramingen, leidt dat tot extra lasten.",
    "R4": "De verkoop van bouwkavels in Steenwijde-West loopt vertraging op door stikstofproblematiek en hogere "
          "bouwkosten. Bij verdere vertraging stijgen de rentekosten van de grondexploitatie.",
    "R5": "De gemeente staat garant voor leningen van drie sportverenigingen. Als een vereniging niet aan haar "
          "verplichtingen kan voldoen, kan de gemeente worden aangesproken.",
    "R6": "Tegen de gemeente lopen enkele claims, onder meer over planschade en over de aanbesteding van het "
          "groenonderhoud.",
    "R7": "Een cyberaanval kan leiden tot het uitvallen van systemen, herstelkosten en schade bij inwoners. Wij "
          "investeren in informatiebeveiliging, maar het risico is niet uit te sluiten.",
}
BEHEERS = {
    "R1": "Beheersmaatregelen: scherpere sturing op de toegang, maandelijkse monitoring van de uitgaven en "
          "regionale afspraken over tarieven.",
    "R2": "Beheersmaatregelen: wij volgen de besluitvorming via de VNG en houden een deel van de algemene reserve "
          "beschikbaar.",
    "R3": "Beheersmaatregelen: wij ramen met de meest recente cijfers van het CPB.",
    "R4": "Beheersmaatregelen: fasering van de uitgifte en periodieke herziening van de grondexploitatie.",
    "R5": "Beheersmaatregelen: jaarlijkse beoordeling van de jaarrekeningen van de verenigingen.",
    "R6": "Beheersmaatregelen: een zorgvuldige procedure bij ruimtelijke besluiten.",
    "R7": "Beheersmaatregelen: een informatiebeveiligingsplan, bewustwordingstrainingen en een cyberverzekering.",
}


def ch7():
    heading("7 Risico's en weerstandsvermogen", new_page=True)
    para("Het weerstandsvermogen is het vermogen van de gemeente om financiële tegenvallers op te vangen zonder "
         "dat het beleid hoeft te worden aangepast. Wij vergelijken daarvoor de beschikbare weerstandscapaciteit "
         "met de benodigde weerstandscapaciteit, die volgt uit de risico's.")
    heading("7.1 Risico's")
    para("Tabel 7.1 geeft de belangrijkste risico's met de kans dat het risico zich voordoet en het financiële "
         "effect als dat gebeurt. Het gewogen bedrag is de kans maal het effect.")
    caption("Tabel 7.1 Belangrijkste risico's", "Bedragen in euro's")
    rows = [[c, n, f"{p}%", nl(ef), nl(g)] for c, n, p, ef, g in d.RISICOS]
    rows.append(["", "Totaal", "", nl(d.RISK_EFFECT_TOTAL), nl(d.BENODIGD)])
    tab_table(["Nr", "Risico", "Kans", "Financieel effect", "Gewogen bedrag"], rows)
    for c, n, p, ef, g in d.RISICOS:
        line(f"{c} {n}")
        para(RISK_TEXT[c] + f" Wij schatten de kans op {p}% en het financiële effect op {e(ef)}.")
        para(BEHEERS[c])
    heading("7.2 Weerstandsvermogen")
    caption("Tabel 7.2 Weerstandsvermogen", "Bedragen in €")
    rows = [["Algemene reserve (stand 31-12-2026)", nl(d.RES['Algemene reserve'][4])],
            ["Post onvoorzien", nl(d.ONVOORZIEN)],
            ["Beschikbare weerstandscapaciteit", nl(d.BESCHIKBAAR)],
            ["Benodigde weerstandscapaciteit", nl(d.BENODIGD)],
            ["Ratio weerstandsvermogen", dec(d.RATIO, 1)]]
    space_table(["Onderdeel", "2026"], rows, left=1, gap=6)
    para(f"De ratio weerstandsvermogen komt uit op {dec(d.RATIO, 1)}. Volgens de norm die de raad hanteert, is "
         f"een ratio tussen 1,4 en 2,0 voldoende en een ratio boven 2,0 ruim voldoende. Het weerstandsvermogen "
         f"van Haverstede is daarmee ruim voldoende, ook na de onttrekkingen uit deze voorjaarsnota.")


INV_BREAK_AFTER = 9     # the investment table runs over a page footer after this row


def ch8():
    heading("8 Investeringen", new_page=True)
    para("Tabel 8.1 geeft de investeringen voor de periode 2026-2029. Het grootste deel stond al in de begroting "
         "2026 (status B). Vier investeringen zijn nieuw in deze voorjaarsnota (status V). Per investering staan "
         "het jaar van uitvoering, het investeringsbedrag, de afschrijvingstermijn en de kapitaallasten in het "
         "eerste jaar (afschrijving plus 2% rente).")
    caption("Tabel 8.1 Investeringen 2026-2029", "Bedragen in euro's")
    hdr = ["Nr", "Investering", "Programma", "Jaar", "Bedrag", "Termijn (jaren)", "Kapitaallasten eerste jaar",
           "Status"]
    line("\t".join(hdr))
    for i, (n, o, p, yr, b, t, s, kl) in enumerate(d.INVESTERINGEN, 1):
        line("\t".join([str(n), o, p, str(yr), nl(b), str(t), nl(kl), s]))
        if i == INV_BREAK_AFTER:
            BODY.append(("break",))
    line("\t".join(["", "Totaal", "", "", nl(d.INV_TOTAL), "", nl(d.INV_KL_TOTAL), ""]))
    blank()
    para(f"In 2026 investeren wij {d.PROSE['inv_2026']}; over de hele periode gaat het om {d.PROSE['inv_total']}. "
         f"De kapitaallasten van de investeringen zijn gedekt binnen de stelpost kapitaallasten van de begroting "
         f"2026, met uitzondering van de riolering, die wordt gedekt uit de rioolheffing.")
    caption("Tabel 8.2 Investeringsvolume per jaar", "Bedragen in €")
    space_table(["Omschrijving"] + Y + ["Totaal"],
                [["Investeringsvolume"] + [nl(d.INV_PER_YEAR[y]) for y in d.YEARS] + [nl(d.INV_TOTAL)]],
                left=1, gap=4)
    para(f"De vier nieuwe investeringen (de wadi's en waterberging in Lutterbroek, het fietspad "
         f"Haverstede-Lutterbroek, de inrichting van de bibliotheekvestiging Lutterbroek en de vervanging van de "
         f"bruggen over de Molenbeek) vragen samen {e(d.INV_NEW_TOTAL)}.")
    inv_texts()


INV_TEXT = {
    "Wadi's en waterberging Lutterbroek": "Nieuw. Onderdeel van de aanpak van de wateroverlast in Lutterbroek (post "
        "N2.1). Wadi's vangen regenwater op en laten het langzaam in de bodem zakken.",
    "Fietspad Haverstede-Lutterbroek": "Nieuw. Een vrijliggend fietspad langs de Lutterweg verbetert de "
        "verkeersveiligheid voor scholieren. Wij verwachten een provinciale subsidie; die is nog niet verwerkt.",
    "Inrichting bibliotheekvestiging Lutterbroek": "Nieuw. Inrichting van de bibliotheekvestiging in het "
        "multifunctionele centrum (zie ook post N4.1).",
    "Vervanging bruggen Molenbeek": "Nieuw. Twee houten bruggen over de Molenbeek zijn aan het einde van hun "
        "levensduur en worden vervangen door bruggen van composiet.",
    "Uitbreiding basisschool De Esch": "Door de nieuwbouw in Lutterbroek-Zuid groeit het aantal leerlingen. De "
        "school wordt uitgebreid met zes lokalen en een speellokaal.",
    "Renovatie sporthal De Kamp": "De sporthal wordt gerenoveerd en verduurzaamd, met zonnepanelen en een "
        "warmtepomp.",
    "Nieuwbouw gemeentewerf fase 1": "De gemeentewerf voldoet niet meer aan de eisen. In 2029 start de eerste "
        "fase van de nieuwbouw op het bedrijventerrein Steenwijde-Oost.",
}


def inv_texts():
    line("Toelichting op een aantal investeringen")
    blank()
    for inv in d.INVESTERINGEN:
        if inv[1] in INV_TEXT:
            line(f"{inv[0]}. {inv[1]}")
            para(INV_TEXT[inv[1]])


def ch9():
    heading("9 Kaders voor de begroting 2027", new_page=True)
    para("De voorjaarsnota is ook het moment waarop de raad de kaders meegeeft voor de begroting 2027. Wij "
         "stellen de volgende kaders voor:")
    bullets([
        "De begroting 2027 is in 2027 structureel sluitend; een eventueel tekort in de latere jaren van de "
        "meerjarenraming gaat vergezeld van concrete maatregelen.",
        "Structurele lasten worden gedekt met structurele middelen; de algemene reserve wordt alleen ingezet "
        "voor incidentele uitgaven.",
        "De lonen en prijzen worden geïndexeerd met de meest recente cijfers van het Centraal Planbureau.",
        "Nieuw beleid wordt alleen opgenomen als het binnen het meerjarenperspectief past of als er dekking "
        "tegenover staat.",
        "De algemene reserve blijft boven de ondergrens uit de nota reserves en voorzieningen.",
        "De ratio weerstandsvermogen blijft ten minste voldoende (1,4 of hoger).",
    ], spaced=True)
    para("Voor de begroting 2027 werken wij de heroverweging van de bestaande budgetten uit tot concrete "
         "voorstellen per programma. Daarbij betrekken wij de uitkomsten van de evaluatie van de "
         "dienstverlening, de accommodatievisie en de regionale afspraken in het sociaal domein. Ook bezien wij "
         "of de tarieven van de leges en heffingen kostendekkend zijn.")
    para("Wij nodigen de raad uit om bij de behandeling van deze voorjaarsnota aan te geven welke onderdelen van "
         "het bestaande beleid volgens de raad minder prioriteit kunnen krijgen.")
    heading("10 Voorstel aan de raad", new_page=True)
    para("Wij stellen de raad voor:")
    s = d.NIEUW_SALDO
    bullets([
        "1. de Voorjaarsnota 2026 vast te stellen als kader voor de begroting 2027;",
        "2. in te stemmen met de voorstellen voor nieuw beleid uit hoofdstuk 3;",
        "3. in te stemmen met de dekkingsvoorstellen uit hoofdstuk 5, waaronder de onttrekking aan de algemene "
        "reserve voor het incidentele nieuwe beleid;",
        "4. de financiële gevolgen voor 2026 te verwerken in de eerste begrotingswijziging 2026;",
        "5. het college op te dragen in de begroting 2027 voorstellen te doen om de jaren 2027 tot en met 2029 "
        "structureel sluitend te maken.",
    ], mark="")
    heading("Bijlage 1 Overzicht mutaties per programma", new_page=True)
    para("Deze bijlage vat de mutaties uit hoofdstuk 3 per programma samen, afgerond op duizenden euro's.")
    caption("Tabel B1 Mutaties per programma", "bedragen x 1.000 euro")
    rows = []
    for p, n in d.PROGS:
        rows.append([f"{p}. {n}"] + [nl(v // 1000) if v else "0" for v in d.PROG_TOT[p]])
    rows.append(["Totaal autonome ontwikkelingen en nieuw beleid"] +
                [nl((d.A_TOTAL[i] + d.N_TOTAL[i]) // 1000) for i in range(4)])
    tab_table(["Programma"] + Y, rows)
    heading("Bijlage 2 Overzicht incidentele mutaties")
    para("In deze bijlage staan de incidentele posten uit hoofdstuk 3. Incidentele lasten en baten tellen niet "
         "mee bij de beoordeling van het structurele evenwicht van de begroting.")
    caption("Tabel B2 Incidentele mutaties", "Bedragen in euro's")
    rows = [[it[0], it[3]] + [nl(v) if v else "0" for v in it[5]] for it in d.ITEMS if it[4] == "I"]
    tab_table(["Nr", "Omschrijving"] + Y, rows)
    heading("Bijlage 3 Begrippenlijst")
    bullets([
        "Accres: de jaarlijkse groei of krimp van het gemeentefonds, gekoppeld aan de uitgaven van het Rijk.",
        "Autonome ontwikkeling: een verandering waarop de gemeente weinig invloed heeft.",
        "Incidenteel (I): een mutatie die zich in één of enkele jaren voordoet.",
        "Structureel (S): een mutatie die blijvend is.",
        "Meicirculaire: de circulaire van het Rijk over de algemene uitkering die eind mei verschijnt.",
        "Weerstandsvermogen: de verhouding tussen de beschikbare en de benodigde weerstandscapaciteit.",
    ], mark="-")
    heading("Bijlage 4 Stand van zaken moties en toezeggingen")
    para("Deze bijlage geeft de stand van zaken van de moties en toezeggingen met financiële gevolgen die nog "
         "niet zijn afgedaan.")
    bullets([
        "Motie 'Schoon Haverstede' (18 december 2025): verwerkt in deze voorjaarsnota (zie paragraaf 2.2). "
        "Afgedaan.",
        "Amendement 'Behoud kinderboerderij De Hoeve' (6 november 2025): verwerkt in deze voorjaarsnota. "
        "Afgedaan.",
        "Motie 'Betaalbaar sporten' (6 november 2025): het college onderzoekt de tarieven van de "
        "sportaccommodaties en rapporteert bij de begroting 2027. Loopt.",
        "Toezegging over het onderzoek naar een gezamenlijke belastinguitvoering met de buurgemeenten: de "
        "uitkomsten volgen in het najaar van 2026. Loopt.",
        "Motie 'Veilige schoolroutes' (12 februari 2026): het fietspad Haverstede-Lutterbroek is opgenomen in "
        "het investeringsoverzicht. Afgedaan.",
        "Toezegging over de evaluatie van het afvalbeleid: de evaluatie wordt in het vierde kwartaal van 2026 "
        "aan de raad aangeboden. Loopt.",
    ], mark="-")
    heading("Bijlage 5 Afkortingen")
    for a, b in [("AU", "algemene uitkering"), ("BNG", "BNG Bank (Bank Nederlandse Gemeenten)"),
                 ("boa", "buitengewoon opsporingsambtenaar"), ("BUIG", "budget voor de uitkeringen in de bijstand"),
                 ("cao", "collectieve arbeidsovereenkomst"), ("CPB", "Centraal Planbureau"),
                 ("I/S", "incidenteel / structureel"), ("MJP", "meerjarenperspectief"),
                 ("OZB", "onroerendezaakbelastingen"), ("POH-jeugd", "praktijkondersteuner jeugd bij de huisarts"),
                 ("VNG", "Vereniging van Nederlandse Gemeenten"), ("Wmo", "Wet maatschappelijke ondersteuning")]:
        line(f"{a}\t{b}")
    blank()


# ================================================================================================ assembly
def build(toc_pages=None):
    BODY.clear()
    HEADINGS.clear()
    title_page()
    toc(toc_pages)
    ch1()
    ch2()
    ch3()
    ch4()
    ch5()
    ch6()
    ch7()
    ch8()
    ch9()


def paginate():
    """returns the finished lines and the page of every BODY index"""
    out: list[str] = []
    page, n = 1, 0
    page_of = {}

    def end_page():
        nonlocal page, n
        while out and out[-1] == "":
            out.pop()
        out.extend(["", FOOTER.format(page), ""])
        page += 1
        n = 0

    for idx, ent in enumerate(BODY):
        if ent[0] in ("page", "break"):
            if n:
                end_page()
            continue
        s = ent[1]
        if n == 0 and s == "":
            page_of[idx] = page
            continue
        if n >= PAGE_LINES:
            end_page()
            if s == "":
                page_of[idx] = page
                continue
        page_of[idx] = page
        out.append(s)
        n += 1
    if n:
        end_page()
    while out and out[-1] == "":
        out.pop()
    return out, page_of


def main():
    global TOC_HEADINGS
    build()
    TOC_HEADINGS = [h for h in HEADINGS]
    pages = None
    for _ in range(5):
        build(pages)
        lines, page_of = paginate()
        new = [page_of[i] for _, i in HEADINGS]
        if new == pages:
            break
        pages = new
    else:
        raise SystemExit("table of contents did not settle")
    text = "\n".join(lines) + "\n"
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / d.V_FILE).write_text(text, encoding="utf-8")
    print(f"wrote {OUT / d.V_FILE}: {len(lines)} lines, {lines.count('') } blank, "
          f"{sum(1 for x in lines if x.startswith('Voorjaarsnota 2026 — pagina'))} pages")


if __name__ == "__main__":
    main()
