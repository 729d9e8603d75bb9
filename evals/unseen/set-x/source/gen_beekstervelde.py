"""Writes the fictional 'Programmabegroting 2027' of gemeente Beekstervelde as a Markdown export
of an online-begroting platform: # headings, pipe tables, bold total rows, scale notes above the
tables or in a header cell, negative amounts as -1.234.

usage: python3 gen_beekstervelde.py OUT_DIR
"""
import os
import sys

import bks_data as D

STEM = "beekstervelde-programmabegroting-2027"


def nl(n, dec=0):
    neg = n < 0
    n = abs(n)
    if dec:
        s = f"{n:,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    else:
        s = f"{int(round(n)):,}".replace(",", ".")
    return ("-" if neg else "") + s


def eur(k):
    """thousands -> '€ 1.234.000' text"""
    return "€ " + nl(abs(k) * 1000)


class MD:
    def __init__(self):
        self.lines = []

    def add(self, *ls):
        self.lines.extend(ls)

    def h(self, level, t, anchor=None):
        self.lines.append("")
        self.lines.append("#" * level + " " + t + (f" {{#{anchor}}}" if anchor else ""))
        self.lines.append("")

    def p(self, t):
        self.lines.append(t)
        self.lines.append("")

    def bullets(self, items):
        for i in items:
            self.lines.append(f"- {i}")
        self.lines.append("")

    def table(self, header, rows, align=None):
        """rows: list of (cells, bold)"""
        n = len(header)
        align = align or (["l"] + ["r"] * (n - 1))
        self.lines.append("| " + " | ".join(header) + " |")
        self.lines.append("|" + "|".join(":---" if a == "l" else "---:" for a in align) + "|")
        for cells, bold in rows:
            if bold:
                cells = [f"**{c}**" if c != "" else "" for c in cells]
            self.lines.append("| " + " | ".join(cells) + " |")
        self.lines.append("")

    def text(self):
        return "\n".join(self.lines).strip() + "\n"


def prog_table(md, p, scale_in_header=False):
    tl, tb, saldo, res = D.programme_totals(p)
    first = "Bedragen x € 1.000" if scale_in_header else "Omschrijving"
    if not scale_in_header:
        md.p("Bedragen x € 1.000")
    rows = [(["**Lasten**"] + [""] * 6, False)]
    for label, v in p["lasten"]:
        rows.append(([label] + [nl(x) for x in v], False))
    rows.append((["Totaal lasten"] + [nl(x) for x in tl], True))
    rows.append((["**Baten**"] + [""] * 6, False))
    for label, v in p["baten"]:
        rows.append(([label] + [nl(x) for x in v], False))
    rows.append((["Totaal baten"] + [nl(x) for x in tb], True))
    rows.append((["Saldo van baten en lasten"] + [nl(x) for x in saldo], True))
    rows.append((["Toevoegingen aan reserves"] + [nl(-x) for x in p["toev"]], False))
    rows.append((["Onttrekkingen aan reserves"] + [nl(x) for x in p["ontt"]], False))
    rows.append((["Geraamd resultaat"] + [nl(x) for x in res], True))
    md.table([first] + D.YEARS, rows)


REASONS = {
    "Bestuursorganen": "Dit komt door de indexering van de vergoedingen van raads- en collegeleden.",
    "Burgerzaken": "Er worden in 2027 meer paspoorten en identiteitskaarten verlengd dan in 2026; "
                   "daar staan hogere leges tegenover.",
    "Bestuursondersteuning college": "Dit is het effect van de cao-loonstijging.",
    "Communicatie en participatie": "Dit betreft het wijkbudget van het programma Samen Beekstervelde.",
    "Leges reisdocumenten en rijbewijzen": "In 2027 loopt een groot aantal paspoorten af die in 2017 "
                                           "zijn uitgegeven.",
    "Brandweer en crisisbeheersing": "De bijdrage aan de veiligheidsregio stijgt door loonindexatie "
                                     "en de vervanging van tankautospuiten.",
    "Wonen en grondexploitaties": "In 2027 worden meer kavels in Esch-Noord bouwrijp gemaakt; de "
                                  "kosten worden gedekt door hogere opbrengsten uit grondverkoop.",
    "Opbrengsten grondexploitaties": "Verkoop van kavels in Esch-Noord en Molenakker.",
    "Ruimtelijke ordening en Omgevingswet": "Tijdelijke capaciteit voor het opstellen van het "
                                            "omgevingsplan.",
    "Wmo-maatwerkvoorzieningen": "Door de vergrijzing neemt het gebruik van hulp bij het "
                                 "huishouden en woonvoorzieningen toe.",
    "Jeugdhulp": "Meer jongeren met zwaardere zorgvragen en hogere tarieven van aanbieders.",
    "Bijdrage ISD Dommelrande": "Volgens de primitieve begroting 2027 van de ISD.",
    "Bijstandsuitkeringen (BUIG)": "Verwachte stijging van het aantal uitkeringen.",
    "Wsw en beschut werk": "Het aantal Wsw-medewerkers daalt door natuurlijk verloop.",
    "Onderwijshuisvesting": "Kapitaallasten van het IKC De Esch en tijdelijke huisvesting tijdens "
                            "de bouw.",
    "Sportaccommodaties en sportstimulering": "Kapitaallasten van de renovatie van sporthal Beekhof.",
    "Milieu en energietransitie": "Start van het uitvoeringsprogramma wijkaanpak aardgasvrij in "
                                  "De Kampen.",
    "Afvalinzameling en -verwerking": "Hogere verwerkingstarieven en de voorbereiding van diftar.",
    "Subsidies en bijdragen energietransitie": "De specifieke uitkering energietransitie loopt af.",
}


def diff_line(label, v, side):
    d = v[2] - v[1]
    if d == 0:
        return None
    word = "stijgen" if d > 0 else "dalen"
    what = "lasten" if side == "L" else "baten"
    r = REASONS.get(label, "")
    return (f"**{label}**: de {what} {word} met {eur(d)} ten opzichte van de begroting 2026. "
            + r).strip()


def indicator_table(md, nr):
    md.p("In de tabel staan de verplichte beleidsindicatoren uit de Regeling beleidsindicatoren. Bron: "
         "waarstaatjegemeente.nl, tenzij anders vermeld. Het jaar is het meest recente jaar waarover "
         "gegevens beschikbaar zijn.")
    rows = []
    for name, unit, g, n, yr, src in D.INDICATORS[nr]:
        rows.append(([name, unit, g, n, str(yr), src], False))
    md.table(["Indicator", "Eenheid", "Gemeente", "Nederland", "Jaar", "Bron"], rows,
             align=["l", "l", "r", "r", "r", "l"])


TEXT = {
    1: {
        "intro": "Het programma Bestuur en dienstverlening gaat over de gemeenteraad, het college, de "
                 "dienstverlening aan inwoners en ondernemers en de manier waarop wij inwoners "
                 "betrekken bij plannen. Beekstervelde wil een gemeente zijn die dichtbij staat, "
                 "bereikbaar is en doet wat zij belooft.",
        "bereiken": [
            "Inwoners en ondernemers zijn tevreden over onze dienstverlening. Wij willen dat het "
            "rapportcijfer voor de dienstverlening in de Burgerpeiling minimaal een 7,2 is.",
            "Inwoners kunnen hun zaken met de gemeente digitaal regelen, op het moment dat het hun "
            "uitkomt. Wie dat niet kan of wil, wordt persoonlijk geholpen aan de balie of thuis.",
            "Inwoners worden vroeg betrokken bij plannen in hun buurt.",
        ],
        "doen": [
            "In 2027 vervangen wij het zaaksysteem door een nieuw systeem dat aansluit op de "
            "landelijke standaarden (Common Ground). Daardoor kunnen inwoners de voortgang van hun "
            "aanvraag online volgen in MijnBeekstervelde. De implementatie kost eenmalig € 180.000.",
            "Het gemeentehuis is vanaf 2027 ook op dinsdagavond open voor burgerzaken. Voor het "
            "aanvragen van een paspoort of identiteitskaart werken wij alleen nog op afspraak.",
            "Met het programma Samen Beekstervelde zetten wij de dorpsraden en wijkplatforms in om "
            "inwoners vroeg mee te laten praten. Voor het wijkbudget is jaarlijks € 5 per inwoner "
            "beschikbaar.",
        ],
    },
    2: {
        "intro": "Het programma Veiligheid omvat de brandweer en crisisbeheersing (uitgevoerd door de "
                 "veiligheidsregio), de openbare orde en de aanpak van ondermijnende criminaliteit.",
        "bereiken": [
            "Inwoners voelen zich veilig in hun buurt. In de Veiligheidsmonitor geeft 82% van de "
            "inwoners aan zich meestal veilig te voelen; dat percentage willen wij minimaal vasthouden.",
            "Criminelen krijgen geen kans om legale bedrijven en vastgoed te misbruiken.",
        ],
        "doen": [
            "Wij zetten de aanpak van ondermijning voort. Samen met politie, belastingdienst en het "
            "Regionaal Informatie- en Expertise Centrum houden wij integrale controles op de "
            "bedrijventerreinen Beekhof en De Kampen. De Bibob-toets wordt uitgebreid naar alle "
            "horeca- en evenementenvergunningen. Voor de aanpak is in 2027 en 2028 jaarlijks "
            "€ 150.000 beschikbaar uit de reserve veiligheid en ondermijning.",
            "Het aantal boa's gaat van vier naar vijf. Zij richten zich op overlast van jongeren, "
            "parkeren en afval naast containers.",
            "De bijdrage aan de veiligheidsregio stijgt door de indexatie van de lonen en de "
            "vervanging van tankautospuiten.",
        ],
    },
    3: {
        "intro": "Dit programma gaat over de inrichting en het beheer van de openbare ruimte, wegen "
                 "en verkeer, de ruimtelijke ontwikkeling onder de Omgevingswet en het wonen.",
        "bereiken": [
            "Er komen woningen bij voor starters, senioren en inwoners met een laag inkomen. Met de "
            "Woningbouwimpuls Beekstervelde willen wij tot en met 2030 650 woningen bouwen, waarvan "
            "30% sociale huur en 25% betaalbare koop.",
            "De openbare ruimte is schoon, heel en veilig. Wegen en groen worden onderhouden op "
            "beeldkwaliteitsniveau B; rond winkelcentra en scholen op niveau A.",
            "Inwoners kunnen zich veilig verplaatsen, ook op de fiets.",
        ],
        "doen": [
            "De projectorganisatie Woningbouwimpuls begeleidt de plannen Esch-Noord (220 woningen), "
            "Molenakker (140 woningen) en de transformatie van het voormalige zuivelterrein aan de "
            "Stationsweg (95 woningen). De kosten van de projectorganisatie worden gedekt uit de "
            "reserve woningbouwimpuls.",
            "Wij stellen in 2027 en 2028 het nieuwe omgevingsplan op. Daarvoor wordt tijdelijk extra "
            "capaciteit ingehuurd.",
            "De Stationsweg wordt heringericht als fietsstraat met 30 km/uur. Alle lantaarnpalen "
            "krijgen in 2027 ledverlichting.",
        ],
    },
    4: {
        "intro": "Het sociaal domein omvat de Wmo, de jeugdhulp, werk en inkomen, de wijkteams en de "
                 "volksgezondheid. De uitvoering van de Participatiewet, de bijzondere bijstand en de "
                 "schuldhulpverlening is belegd bij de Intergemeentelijke Sociale Dienst Dommelrande "
                 "(ISD), die Beekstervelde samen met vijf buurgemeenten in stand houdt.",
        "bereiken": [
            "Inwoners kunnen zo lang mogelijk zelfstandig thuis wonen en meedoen in de samenleving.",
            "Kinderen en jongeren groeien veilig en gezond op. Zij krijgen snel de juiste hulp, zo "
            "dicht mogelijk bij huis.",
            "Zoveel mogelijk inwoners hebben betaald werk. Wie niet kan werken, heeft een inkomen "
            "en doet mee naar vermogen.",
        ],
        "doen": [
            "De kosten van jeugdhulp stijgen al jaren. Er zijn meer jongeren met zwaardere "
            "zorgvragen en de tarieven van aanbieders stijgen door de loonontwikkeling in de zorg. "
            "Met het Transformatieprogramma jeugd zetten wij in op praktijkondersteuners jeugd bij "
            "alle huisartsen, op een kortere duur van trajecten en op meer lichte hulp in het "
            "voorliggend veld. Het programma kost in 2027 € 1.250.000 en in 2028 € 850.000, te "
            "dekken uit de reserve sociaal domein.",
            "Het wijkteam is het eerste aanspreekpunt voor alle vragen over zorg, opvoeden, geld en "
            "werk. In 2027 opent het wijkteam een tweede inlooppunt in het Dorpshuis Esch.",
            "Wij zetten de armoedeaanpak voort. Via de ISD zijn de bijzondere bijstand, het "
            "Kindpakket en de collectieve zorgverzekering voor minima beschikbaar. Samen met de ISD "
            "breiden wij de vroegsignalering van schulden uit.",
        ],
    },
    5: {
        "intro": "Dit programma gaat over onderwijshuisvesting, onderwijsbeleid en leerlingenvervoer, "
                 "sport en cultuur.",
        "bereiken": [
            "Alle kinderen gaan naar school in een gezond, duurzaam en goed onderhouden gebouw.",
            "Zoveel mogelijk inwoners sporten en bewegen; het aandeel niet-sporters daalt.",
            "De bibliotheek en het cultuurhuis zijn bereikbaar voor iedereen.",
        ],
        "doen": [
            "In 2027 bouwen wij het integraal kindcentrum (IKC) De Esch. Daarin gaan de basisscholen "
            "De Wingerd en 't Veldje samen met de kinderopvang en de peuteropvang. De oplevering is "
            "gepland in de zomer van 2028. Het totale krediet is € 12.400.000.",
            "Sporthal Beekhof wordt gerenoveerd en verduurzaamd. Tijdens de renovatie wijken de "
            "verenigingen uit naar sporthal De Kampen.",
            "Het leerlingenvervoer wordt per 1 augustus 2027 opnieuw aanbesteed.",
        ],
    },
    6: {
        "intro": "Dit programma gaat over afval, riolering, milieu, de energietransitie en de "
                 "begraafplaatsen.",
        "bereiken": [
            "Minder restafval: in 2030 maximaal 100 kilo restafval per inwoner per jaar.",
            "In 2030 is 55% minder CO2 uitgestoten dan in 1990. De wijk De Kampen is in 2035 "
            "aardgasvrij.",
            "Het rioolstelsel kan hevige buien verwerken zonder wateroverlast.",
        ],
        "doen": [
            "Per 1 januari 2028 voeren wij diftar in: inwoners betalen dan per keer dat zij de "
            "container voor restafval aan de straat zetten. Zo belonen wij inwoners die hun afval "
            "goed scheiden. In 2027 krijgen alle huishoudens een nieuwe container met chip en "
            "wordt de milieustraat uitgebreid.",
            "De egalisatiereserve afvalstoffenheffing wordt ingezet om de stijging van de "
            "afvalstoffenheffing in 2027 te beperken.",
            "Met het uitvoeringsprogramma wijkaanpak aardgasvrij starten wij in De Kampen. Eigenaren "
            "krijgen een gratis energiescan en een subsidie voor isolatie.",
            "In de Oude Kern wordt fase 2 van de rioolvervanging uitgevoerd; regenwater wordt "
            "daarbij afgekoppeld.",
        ],
    },
}


def build():
    md = MD()
    md.add("---",
           'titel: "Programmabegroting 2027"',
           'organisatie: "Gemeente Beekstervelde"',
           "bron: https://begroting.beekstervelde.example/programmabegroting-2027",
           "geexporteerd: 2026-10-14 09:12",
           "---", "")
    md.add("[Home](/) > [Begrotingen](/begrotingen) > Programmabegroting 2027", "")
    md.h(1, "Programmabegroting 2027", "top")
    md.p("**Gemeente Beekstervelde** · Versie aangeboden aan de gemeenteraad op 29 september 2026 · "
         "Behandeling in de raad van 6 november 2026")
    md.h(2, "Inhoud", "inhoud")
    md.bullets(["[Aanbiedingsbrief](#aanbieding)", "[Financieel beeld in één oogopslag](#beeld)",
                "[Programma's](#programmas)", "[Algemene dekkingsmiddelen](#dekking)",
                "[Overhead, vennootschapsbelasting en onvoorzien](#overhead)",
                "[Paragrafen](#paragrafen)", "[Financiële begroting](#financieel)"])

    # ---- aanbieding
    md.h(2, "Aanbiedingsbrief", "aanbieding")
    md.p("Geachte leden van de raad,")
    md.p("Hierbij bieden wij u de programmabegroting 2027 en de meerjarenraming 2028-2030 aan. Het is "
         "de eerste begroting na de gemeenteraadsverkiezingen van maart 2026 en de eerste waarin het "
         "coalitieakkoord 'Samen verder bouwen aan Beekstervelde' financieel is vertaald. De "
         "begroting is gebaseerd op de kadernota 2027 die de raad in juli heeft vastgesteld, "
         "bijgewerkt met de meicirculaire 2026 van het gemeentefonds.")
    ov_rows, ov_saldo, ov_toev, ov_ontt, ov_res = D.overview()
    s_r, s_ib, s_il, s_s = D.structureel()
    md.p(f"De begroting 2027 sluit met een positief saldo van {eur(ov_res[2])}. Ook in 2028 en 2030 "
         f"is de begroting sluitend; in 2029 is er een tekort van {eur(ov_res[4])}. Dat tekort "
         "ontstaat vooral door de stijgende kosten van jeugdhulp en Wmo en doordat de "
         "incidentele middelen voor de woningbouwimpuls en het transformatieprogramma jeugd dan "
         "zijn uitgeput. Wij komen bij de kadernota 2028 met voorstellen om ook 2029 sluitend te "
         "maken. De begroting is in 2027 structureel in evenwicht.")
    md.p("Wij investeren de komende jaren fors in de toekomst van Beekstervelde: in een nieuw "
         "integraal kindcentrum, in de renovatie van sporthal Beekhof, in woningbouw en in de "
         "vervanging van de riolering. De woonlasten stijgen in 2027 met 4,2%; dat is iets meer "
         "dan de inflatie, vooral door de hogere kosten van afvalverwerking.")
    md.p("Het college van burgemeester en wethouders van Beekstervelde,  \nde secretaris, "
         "drs. A.M. Koppelaar  \nde burgemeester, J.W. Rademaker-de Vries")

    # ---- beeld
    md.h(2, "Financieel beeld in één oogopslag", "beeld")
    md.p("Het meerjarenbeeld laat het geraamde resultaat (na mutaties in de reserves) en het "
         "structurele begrotingssaldo zien. Een positief bedrag is een overschot.")
    md.p("*Alle bedragen x € 1.000*")
    md.table(["Meerjarenbeeld", "2027", "2028", "2029", "2030"],
             [(["Geraamd resultaat"] + [nl(x) for x in ov_res[2:]], False),
              (["Structureel begrotingssaldo"] + [nl(x) for x in s_s], False)])
    tl, tb = D.total_lasten_baten()
    md.p(f"In 2027 geeft de gemeente in totaal € {nl(tl[2] / 1000, 1)} miljoen uit. Het grootste "
         "deel daarvan gaat naar het sociaal domein. De belangrijkste inkomstenbron is de "
         "algemene uitkering uit het gemeentefonds.")
    md.add("![Grafiek: verdeling van de lasten 2027 over de programma's](afbeeldingen/lasten-2027.png)", "")

    # ---- programmes
    md.h(2, "Programma's", "programmas")
    md.p("De begroting bestaat uit zes programma's. Per programma beschrijven wij wat wij willen "
         "bereiken, wat wij daarvoor gaan doen en wat het mag kosten. De tabellen 'Wat mag het "
         "kosten?' tonen de lasten en baten per beleidsveld, het saldo, de mutaties in de reserves "
         "en het geraamde resultaat van het programma. Lasten en baten zijn positief weergegeven; "
         "een negatief saldo betekent dat de lasten hoger zijn dan de baten. Toevoegingen aan "
         "reserves staan als negatief bedrag in de tabel.")
    for p in D.PROGRAMMES:
        nr = p["nr"]
        t = TEXT[nr]
        md.h(3, f"Programma {nr} {p['name']}", f"programma-{nr}")
        md.p(t["intro"])
        md.h(4, "Wat willen we bereiken?")
        md.bullets(t["bereiken"])
        md.h(4, "Wat gaan we daarvoor doen?")
        for x in t["doen"]:
            md.p(x)
        md.h(4, "Beleidsindicatoren")
        indicator_table(md, nr)
        md.h(4, "Wat mag het kosten?")
        prog_table(md, p, scale_in_header=(nr in (4, 6)))
        md.h(4, "Toelichting op de financiën")
        md.p("Hieronder lichten wij de belangrijkste verschillen tussen de begroting 2027 en de "
             "begroting 2026 toe.")
        items = [diff_line(l, v, "L") for l, v in p["lasten"]]
        items += [diff_line(l, v, "B") for l, v in p["baten"]]
        items = [i for i in items if i and (abs(i.count("€")) and i.split("**: ")[0][2:] in REASONS)]
        md.bullets(items)
        if nr == 4:
            md.p("De bijdrage aan de ISD Dommelrande is gebaseerd op de primitieve begroting 2027 "
                 "van de ISD, zoals die in juli 2026 door het algemeen bestuur is vastgesteld. Het "
                 "betreft de bijdrage in de uitvoeringskosten, de bijzondere bijstand en "
                 "minimaregelingen, de schuldhulpverlening en de re-integratie. De uitkeringen zelf "
                 "staan op de regel Bijstandsuitkeringen (BUIG).")
        md.p("[Terug naar boven](#top)")

    # ---- algemene dekkingsmiddelen
    md.h(2, "Algemene dekkingsmiddelen", "dekking")
    md.p("Algemene dekkingsmiddelen zijn inkomsten die de gemeente vrij kan besteden: de lokale "
         "belastingen waarvan de besteding niet aan een doel is gebonden, de algemene uitkering uit "
         "het gemeentefonds, dividenden en het saldo van de financieringsfunctie.")
    md.p("Bedragen x € 1.000")
    atl, atb, asaldo = D.ad_totals()
    rows = [(["**Baten**"] + [""] * 6, False)]
    for label, v in D.ALG_DEKKING["baten"]:
        rows.append(([label] + [nl(x) for x in v], False))
    rows.append((["Totaal baten algemene dekkingsmiddelen"] + [nl(x) for x in atb], True))
    rows.append((["**Lasten**"] + [""] * 6, False))
    for label, v in D.ALG_DEKKING["lasten"]:
        rows.append(([label] + [nl(x) for x in v], False))
    rows.append((["Totaal lasten algemene dekkingsmiddelen"] + [nl(x) for x in atl], True))
    rows.append((["Saldo algemene dekkingsmiddelen"] + [nl(x) for x in asaldo], True))
    rows.append((["Toevoegingen aan reserves"] + [nl(-x) for x in D.ALG_DEKKING["toev"]], False))
    rows.append((["Onttrekkingen aan reserves"] + [nl(x) for x in D.ALG_DEKKING["ontt"]], False))
    md.table(["Algemene dekkingsmiddelen"] + D.YEARS, rows)
    au = dict(D.ALG_DEKKING["baten"])["Algemene uitkering gemeentefonds"]
    md.p(f"De algemene uitkering stijgt in 2027 met {eur(au[2] - au[1])} ten opzichte van 2026. De "
         "raming is gebaseerd op de meicirculaire 2026, met 42.318 inwoners en 18.040 woonruimten "
         "als belangrijkste maatstaven. De toevoeging aan de reserves in 2027 betreft een storting "
         "van € 500.000 in de reserve energietransitie, conform het coalitieakkoord.")
    md.p("De opbrengst van de onroerendezaakbelastingen (OZB) stijgt door de jaarlijkse "
         "inflatiecorrectie van 3,2% en door nieuwbouw. Voor de OZB niet-woningen zijn de "
         "opbrengsten van eigenaren en gebruikers samen genomen. De toeristenbelasting stijgt door "
         "de opening van het nieuwe vakantiepark aan de Heikampen.")

    # ---- overhead
    md.h(2, "Overhead, vennootschapsbelasting en onvoorzien", "overhead")
    md.p("Onder overhead vallen alle kosten van de ondersteuning van het primaire proces, zoals "
         "personeel en organisatie, financiën, informatievoorziening en huisvesting. Volgens het "
         "Besluit begroting en verantwoording worden deze kosten centraal begroot.")
    md.p("Bedragen x € 1.000")
    md.table(["Overhead en vennootschapsbelasting"] + D.YEARS,
             [(["Lasten overhead"] + [nl(x) for x in D.OVERHEAD["lasten"]], False),
              (["Baten overhead"] + [nl(x) for x in D.OVERHEAD["baten"]], False),
              (["Saldo overhead"] + [nl(b - l) for l, b in zip(D.OVERHEAD["lasten"],
                                                              D.OVERHEAD["baten"])], True),
              (["Vennootschapsbelasting"] + [nl(x) for x in D.VPB], False)])
    md.p("De post onvoorzien is € 150.000 per jaar en is opgenomen bij de algemene "
         "dekkingsmiddelen. Hieruit worden onvoorziene, onvermijdbare en onuitstelbare uitgaven "
         "betaald.")

    # ---- paragrafen
    md.h(2, "Paragrafen", "paragrafen")
    md.h(3, "Lokale heffingen")
    md.p("De gemeenteraad stelt jaarlijks de tarieven van de lokale heffingen vast. Voor 2027 "
         "stijgen de OZB-tarieven met de inflatiecorrectie van 3,2%, gecorrigeerd voor de "
         "waardeontwikkeling. De afvalstoffenheffing en de rioolheffing zijn kostendekkend. De "
         "tarieven van de toeristenbelasting en de precariobelasting worden in november in "
         "afzonderlijke verordeningen vastgesteld en zijn daarom hier niet opgenomen.")
    md.h(4, "Woonlasten")
    md.p("De tabel geeft de woonlasten voor een meerpersoonshuishouden met een eigen woning met de "
         "gemiddelde WOZ-waarde (2026: € 342.000; 2027: € 356.000).")
    w26 = sum(x[1] for x in D.WOONLASTEN)
    w27 = sum(x[2] for x in D.WOONLASTEN)
    rows = [([l, nl(a), nl(b), nl(b - a)], False) for l, a, b in D.WOONLASTEN]
    rows.append((["Totaal woonlasten", nl(w26), nl(w27), nl(w27 - w26)], True))
    md.table(["Woonlasten (bedragen in euro's)", "2026", "2027", "Verschil"], rows)
    md.p(f"De woonlasten stijgen daarmee met {nl(100.0 * (w27 - w26) / w26, 1)}%. In de "
         "regio liggen de gemiddelde woonlasten in 2026 op € 934; Beekstervelde blijft daaronder.")
    md.h(4, "Tarieven")
    md.table(["Belasting", "Tarief 2026", "Tarief 2027"],
             [(["OZB woningen, eigenaar (% van de WOZ-waarde)", "0,0930%", "0,0933%"], False),
              (["OZB niet-woningen, eigenaar", "0,2214%", "0,2281%"], False),
              (["OZB niet-woningen, gebruiker", "0,1762%", "0,1815%"], False),
              (["Hondenbelasting, eerste hond", "€ 84,60", "€ 87,00"], False),
              (["Hondenbelasting, tweede en volgende hond", "€ 126,90", "€ 130,50"], False)])
    md.h(3, "Weerstandsvermogen en risicobeheersing")
    md.p("Het weerstandsvermogen is de mate waarin de gemeente financiële tegenvallers kan opvangen "
         "zonder dat het beleid hoeft te worden aangepast. Het is de verhouding tussen de "
         "beschikbare en de benodigde weerstandscapaciteit. De raad heeft als norm een ratio van "
         "minimaal 1,4 vastgesteld.")
    md.p("Bedragen x € 1.000")
    wb = sum(x[1] for x in D.WEERSTAND_BESCHIKBAAR)
    rows = [([l, nl(v)], False) for l, v in D.WEERSTAND_BESCHIKBAAR]
    rows.append((["Beschikbare weerstandscapaciteit", nl(wb)], True))
    rows.append((["Benodigde weerstandscapaciteit", nl(D.WEERSTAND_BENODIGD)], True))
    rows.append((["Ratio weerstandsvermogen", nl(wb / D.WEERSTAND_BENODIGD, 2)], True))
    md.table(["Weerstandsvermogen 2027", "Bedrag"], rows)
    md.p("De grootste risico's zijn de ontwikkeling van de kosten van jeugdhulp en Wmo, de "
         "onzekerheid over de omvang van het gemeentefonds na 2027, de grondexploitaties en de "
         "aanbesteding van het IKC De Esch bij stijgende bouwkosten.")
    md.h(4, "Financiële kengetallen")
    md.p("De kengetallen zijn berekend volgens de voorschriften van het Besluit begroting en "
         "verantwoording (percentages).")
    rows = []
    for l, v in D.KENGETALLEN:
        rows.append(([l] + [(nl(x, 1) if isinstance(x, float) else nl(x)) + "%" for x in v], False))
    md.table(["Kengetal"] + D.YEARS, rows)
    md.p("De netto schuldquote stijgt tot 2028 door de investeringen in het IKC, de sporthal en de "
         "riolering en blijft ruim onder de grens van 100%. De solvabiliteit daalt licht.")
    md.h(3, "Onderhoud kapitaalgoederen")
    md.p("De gemeente beheert 312 kilometer weg, 214 kilometer riolering, 96 hectare openbaar groen "
         "en 38 gebouwen. Voor alle kapitaalgoederen zijn actuele beheerplannen vastgesteld. Het "
         "groot onderhoud van de gemeentelijke gebouwen wordt betaald uit de reserve groot onderhoud "
         "gemeentelijke gebouwen, waarin jaarlijks € 750.000 wordt gestort. Er is geen "
         "achterstallig onderhoud.")
    md.h(3, "Verbonden partijen")
    md.p("Beekstervelde neemt deel in zes gemeenschappelijke regelingen. De tabel geeft de "
         "gemeentelijke bijdrage volgens de begroting 2026 en 2027.")
    md.table(["Verbonden partij (bedragen x € 1.000)", "Programma", "Bijdrage 2026", "Bijdrage 2027"],
             [([n, str(pr), nl(a), nl(b)], False) for n, pr, a, b in D.VERBONDEN_PARTIJEN])
    md.p("De bijdrage aan de ISD Dommelrande is exclusief de uitkeringen, die de ISD namens de "
         "gemeente betaalt en die op de regel Bijstandsuitkeringen (BUIG) in programma 4 staan.")
    md.h(3, "Financiering")
    md.p("De gemeente trekt in 2027 naar verwachting € 9,5 miljoen aan nieuwe langlopende leningen "
         "aan voor de investeringen. De rente is begroot op 3,1%. De renteopslag aan de "
         "programma's (omslagrente) bedraagt 2,0%.")
    md.h(3, "Bedrijfsvoering")
    md.p("De formatie van de ambtelijke organisatie bedraagt in 2027 297,4 fte. Het ziekteverzuim "
         "was in 2025 5,8%. Externe inhuur vindt vooral plaats bij het sociaal domein en de "
         "ruimtelijke ontwikkeling.")

    # ---- financial statements
    md.h(2, "Financiële begroting", "financieel")
    md.h(3, "Overzicht van baten en lasten")
    md.p("Het overzicht van baten en lasten geeft per programma het saldo van baten en lasten en "
         "het geraamde resultaat van de gemeente als geheel.")
    md.p("*Alle bedragen x € 1.000*")
    rows = [([l] + [nl(x) for x in v], False) for l, v in ov_rows]
    rows.append((["Saldo van baten en lasten"] + [nl(x) for x in ov_saldo], True))
    rows.append((["Toevoegingen aan reserves"] + [nl(-x) for x in ov_toev], False))
    rows.append((["Onttrekkingen aan reserves"] + [nl(x) for x in ov_ontt], False))
    rows.append((["Geraamd resultaat"] + [nl(x) for x in ov_res], True))
    md.table(["Saldo per programma"] + D.YEARS, rows)
    md.h(4, "Lasten en baten per programma 2027")
    md.p("Bedragen x € 1.000")
    rows = []
    for p in D.PROGRAMMES:
        a, b, s, _ = D.programme_totals(p)
        rows.append(([f"{p['nr']}. {p['name']}", nl(a[2]), nl(b[2]), nl(s[2])], False))
    rows.append((["Algemene dekkingsmiddelen", nl(atl[2]), nl(atb[2]), nl(asaldo[2])], False))
    rows.append((["Overhead", nl(D.OVERHEAD["lasten"][2]), nl(D.OVERHEAD["baten"][2]),
                  nl(D.OVERHEAD["baten"][2] - D.OVERHEAD["lasten"][2])], False))
    rows.append((["Vennootschapsbelasting", nl(D.VPB[2]), "0", nl(-D.VPB[2])], False))
    rows.append((["Totaal", nl(tl[2]), nl(tb[2]), nl(tb[2] - tl[2])], True))
    md.table(["Programma", "Lasten 2027", "Baten 2027", "Saldo 2027"], rows)

    md.h(3, "Incidentele baten en lasten en structureel evenwicht")
    md.p("Incidentele baten en lasten zijn baten en lasten die zich gedurende maximaal drie jaar "
         "voordoen. Het structurele begrotingssaldo is het geraamde resultaat zonder de incidentele "
         "baten en lasten.")
    md.p("Bedragen x € 1.000")
    rows = [(["**Incidentele lasten**", "", "", "", "", ""], False)]
    for pr, l, v in D.INC_LASTEN:
        rows.append(([l, str(pr)] + [nl(x) for x in v], False))
    rows.append((["Totaal incidentele lasten", ""] + [nl(x) for x in s_il], True))
    rows.append((["**Incidentele baten**", "", "", "", "", ""], False))
    for pr, l, v in D.INC_BATEN:
        rows.append(([l, str(pr)] + [nl(x) for x in v], False))
    rows.append((["Totaal incidentele baten", ""] + [nl(x) for x in s_ib], True))
    md.table(["Omschrijving", "Programma", "2027", "2028", "2029", "2030"], rows,
             align=["l", "r", "r", "r", "r", "r"])
    md.table(["Structureel evenwicht (x € 1.000)", "2027", "2028", "2029", "2030"],
             [(["Geraamd resultaat"] + [nl(x) for x in s_r], False),
              (["Af: incidentele baten"] + [nl(x) for x in s_ib], False),
              (["Bij: incidentele lasten"] + [nl(x) for x in s_il], False),
              (["Structureel begrotingssaldo"] + [nl(x) for x in s_s], True)])

    md.h(3, "Investeringen")
    md.p("De tabel geeft de lopende en nieuwe investeringskredieten, de verwachte uitgaven tot en met "
         "2026, de geraamde uitgaven in 2027 en het restant dat na 2027 nog beschikbaar is.")
    rows = []
    tot = [0, 0, 0, 0]
    for n, pr, yr, k, u1, u2 in D.INVESTMENTS:
        rest = k - u1 - u2
        rows.append(([n, str(pr), str(yr), nl(k), nl(u1), nl(u2), nl(rest)], False))
        tot = [a + b for a, b in zip(tot, [k, u1, u2, rest])]
    rows.append((["Totaal", "", ""] + [nl(x) for x in tot], True))
    md.table(["Bedragen x € 1.000", "Programma", "Raadsbesluit", "Krediet",
              "Uitgaven t/m 2026", "Uitgaven 2027", "Restant na 2027"], rows,
             align=["l", "r", "r", "r", "r", "r", "r"])
    md.p("Nieuwe kredieten voor 2027 (uitbreiding milieustraat en vervanging voertuigen "
         "buitendienst) worden met het vaststellen van deze begroting beschikbaar gesteld.")

    md.h(3, "Reserves")
    md.p("Het overzicht geeft de verwachte stand van de reserves en de geraamde toevoegingen en "
         "onttrekkingen in 2027.")
    md.p("Bedragen x € 1.000")
    rows = []
    tot = [0, 0, 0, 0]
    for n, s, t, o in D.RESERVES:
        rows.append(([n, nl(s), nl(t), nl(o), nl(s + t - o)], False))
        tot = [a + b for a, b in zip(tot, [s, t, o, s + t - o])]
    rows.append((["Totaal reserves", ] + [nl(x) for x in tot], True))
    md.table(["Reserve", "Stand 1-1-2027", "Toevoegingen 2027", "Onttrekkingen 2027",
              "Stand 31-12-2027"], rows)
    md.p("De onttrekking aan de reserve dekking kapitaallasten dekt de afschrijvingslasten van de "
         "Stationsweg (programma 3) en van het IKC De Esch en sporthal Beekhof (programma 5).")
    md.p("[Terug naar boven](#top)")
    md.add("", "---", "",
           "*Deze pagina is geëxporteerd uit het begrotingsportaal van de gemeente Beekstervelde. "
           "Aan een export kunnen geen rechten worden ontleend; de door de raad vastgestelde "
           "begroting is leidend.*")
    return md.text()


def main(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, STEM + ".md")
    with open(path, "w", encoding="utf-8") as f:
        f.write(build())
    return path


if __name__ == "__main__":
    print(main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/setx-build"))
