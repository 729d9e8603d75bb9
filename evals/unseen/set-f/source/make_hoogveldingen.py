# -*- coding: utf-8 -*-
"""Generator of the fictional plain-text web export
'Programmabegroting 2022 Hoogveldingen - Programma Fysiek Domein'.

Imitates the layout of a web-publication text export (doelenbomen, indicator rows with
space-separated cells, year columns in reverse order, financial overviews in whole euros with
baten printed negative).  All financial tables are computed here from the taakveld level and the
totals are checked with asserts.
"""
import os

NB = "\u00a0"
OUT = os.path.join(os.path.dirname(__file__), "..", "corpus",
                   "hoogveldingen_programmabegroting_2022_fysiek_domein.txt")


def f(n):
    """Dutch format, whole euros, minus sign in front."""
    s = f"{abs(n):,}".replace(",", ".")
    return ("-" if n < 0 else "") + s


YEARS = [2022, 2023, 2024, 2025]

# ---------------------------------------------------------------- financial data
# doelenboom -> (lasten per year, baten per year (negative))
DB = [
    ("Wonen en ruimtelijke ontwikkeling",
     [6412305, 5987410, 5870226, 5861904],
     [-3287519, -2954100, -2811400, -2811400]),
    ("Verkeer en mobiliteit",
     [4128774, 4310562, 4215008, 4198331],
     [-612340, -618540, -618540, -618540]),
    ("Beheer openbare ruimte",
     [7936418, 8054217, 8117940, 8163502],
     [-402117, -404117, -404117, -404117]),
    ("Milieu, afval en duurzaamheid",
     [9874051, 9962388, 10041719, 10133645],
     [-8946263, -9118402, -9274880, -9421306]),
    ("Ontwikkelprogramma Omgevingswet",
     [512600, 348000, 120000, 0],
     [0, 0, 0, 0]),
]

# taakvelden 2022 per doelenboom: (taakveld, lasten, baten)
TV = {
    "Wonen en ruimtelijke ontwikkeling": [
        ("8.1 Ruimtelijke ordening", 1684220, -214500),
        ("8.2 Grondexploitatie (niet bedrijventerreinen)", 2903415, -2473019),
        ("8.3 Wonen en bouwen", 1824670, -600000),
    ],
    "Verkeer en mobiliteit": [
        ("2.1 Verkeer en vervoer", 3206114, -96340),
        ("2.2 Parkeren", 418660, -516000),
        ("2.5 Openbaar vervoer", 504000, 0),
    ],
    "Beheer openbare ruimte": [
        ("2.1 Verkeer en vervoer", 3412906, -38000),
        ("5.7 Openbaar groen en (openlucht) recreatie", 3968212, -96117),
        ("7.5 Begraafplaatsen en crematoria", 555300, -268000),
    ],
    "Milieu, afval en duurzaamheid": [
        ("7.2 Riolering", 3905118, -4402660),
        ("7.3 Afval", 4611925, -4413603),
        ("7.4 Milieubeheer", 1357008, -130000),
    ],
    "Ontwikkelprogramma Omgevingswet": [
        ("8.1 Ruimtelijke ordening", 512600, 0),
    ],
}

RES = [
    ("Onttrekking reserve Omgevingswet", [-512600, -348000, -120000, 0]),
    ("Onttrekking reserve Wegen en kunstwerken", [-420000, -300000, -150000, 0]),
    ("Onttrekking reserve Duurzaamheidsfonds", [-385000, -210000, -75000, -50000]),
    ("Onttrekking reserve Volkshuisvesting", [-150000, -100000, -50000, -50000]),
    ("Toevoeging reserve Bovenwijkse voorzieningen", [283000, 346000, 150000, 40000]),
]

INV = [
    ("Reconstructie Dorpsstraat Ellerhuizen", [1450000, 0, 0, 0]),
    ("Vervanging riolering Kampersveld-Zuid", [980000, 1120000, 0, 0]),
    ("Fietspad Hoogveld - Nieuw-Drieveen", [0, 1650000, 0, 0]),
    ("Vervanging openbare verlichting (led)", [215000, 215000, 215000, 0]),
    ("Aanschaf elektrische veegmachine", [168000, 0, 0, 0]),
    ("Herinrichting begraafplaats Hoogveld", [85000, 0, 0, 0]),
    ("Klimaatadaptieve maatregelen Nieuw-Drieveen", [0, 0, 340000, 360000]),
]

# ---- checks
for name, l, b in DB:
    tl = sum(x[1] for x in TV[name])
    tb = sum(x[2] for x in TV[name])
    assert tl == l[0], (name, tl, l[0])
    assert tb == b[0], (name, tb, b[0])
tot_l = [sum(d[1][i] for d in DB) for i in range(4)]
tot_b = [sum(d[2][i] for d in DB) for i in range(4)]
saldo = [tot_l[i] + tot_b[i] for i in range(4)]
mut = [sum(r[1][i] for r in RES) for i in range(4)]
result = [saldo[i] + mut[i] for i in range(4)]
inv_tot = [sum(r[1][i] for r in INV) for i in range(4)]
# the Omgevingswet programme is covered completely by its reserve
assert [-x for x in RES[0][1]] == DB[4][1]


def dash(n):
    return "-" if n == 0 else f(n)


def fin_tables():
    L = []
    L.append("Fysiek Domein - Wat mag het kosten")
    L.append("")
    L.append("Overzicht baten en lasten")
    L.append("")
    L.append("Overzicht 4.1 Baten en lasten Fysiek domein")
    L.append(" ".join(str(y) for y in YEARS))
    L.append("Lasten per doelenboom")
    for name, l, b in DB:
        L.append(name + " " + " ".join(f(x) for x in l))
    L.append("Totaal programma lasten " + " ".join(f(x) for x in tot_l))
    L.append("Baten per doelenboom")
    for name, l, b in DB:
        L.append(name + " " + " ".join(f(x) for x in b))
    L.append("Totaal programma baten " + " ".join(f(x) for x in tot_b))
    L.append("Totaal saldo van baten en lasten " + " ".join(f(x) for x in saldo))
    L.append("Mutaties reserves " + " ".join(f(x) for x in mut))
    L.append("Geraamd resultaat " + " ".join(f(x) for x in result))
    L.append("")
    L.append("Overzicht baten en lasten per taakveld")
    L.append("")
    L.append("Overzicht 4.2 Baten en lasten per taakveld 2022 (per doelenboom)")
    L.append("Taakveld Lasten Baten Saldo")
    gl = gb = 0
    for name, l, b in DB:
        L.append("Doelenboom " + name)
        sl = sb = 0
        for tv, tl, tb in TV[name]:
            L.append(f"{tv} {f(tl)} {f(tb)} {f(tl + tb)}")
            sl += tl
            sb += tb
        L.append(f"Subtotaal {name} {f(sl)} {f(sb)} {f(sl + sb)}")
        gl += sl
        gb += sb
    L.append(f"Totaal Fysiek domein {f(gl)} {f(gb)} {f(gl + gb)}")
    assert gl == tot_l[0] and gb == tot_b[0]
    L.append("")
    L.append("Reserves")
    L.append("")
    L.append("Overzicht 4.3 Mutaties reserves Fysiek domein")
    L.append("Reserve " + " ".join(str(y) for y in YEARS))
    for name, v in RES:
        L.append(name + " " + " ".join(dash(x) for x in v))
    L.append("Totaal mutaties reserves " + " ".join(f(x) for x in mut))
    L.append("Een negatief bedrag is een onttrekking aan de reserve (voordeel voor de exploitatie), een positief bedrag een toevoeging.")
    L.append("")
    L.append("Investeringen")
    L.append("")
    L.append("Overzicht 4.4 Investeringen Fysiek domein 2022-2025 (bedragen in €)")
    L.append("Investering " + " ".join(str(y) for y in YEARS) + " Totaal")
    for name, v in INV:
        L.append(name + " " + " ".join(dash(x) for x in v) + " " + f(sum(v)))
    L.append("Totaal investeringen " + " ".join(f(x) for x in inv_tot) + " " + f(sum(inv_tot)))
    return L


TEXT_HEAD = """Meer
Publicatiedatum: 07-10-2021

Inhoud

Programma onderdelen

Programma Fysiek Domein

Inleiding

Het fysiek domein gaat over de plek waar we wonen, werken en elkaar ontmoeten. Met het fysiek domein bedoelen we wonen en ruimtelijke ontwikkeling, verkeer en mobiliteit, het beheer van de openbare ruimte en milieu, afval en duurzaamheid. Deze onderwerpen vormen samen dit programma. Hoogveldingen is een groene gemeente met vier kernen: Hoogveld, Ellerhuizen, Nieuw-Drieveen en Kampersveld. Die kwaliteit willen we behouden en waar mogelijk versterken, terwijl er tegelijkertijd veel op ons af komt: de vraag naar woningen is groot, het klimaat verandert en de energietransitie vraagt om ruimte en om keuzes.

In de programmabegroting 2022 ligt de nadruk op het versnellen van de woningbouw, het op orde houden van de openbare ruimte en de voorbereiding op de Omgevingswet, die naar verwachting op 1 juli 2022 in werking treedt. Daarnaast zetten we de uitvoering van het Uitvoeringsprogramma Duurzaam Hoogveldingen 2020-2023 voort. De inhoudelijke visie voor dit programma staat in de Omgevingsvisie Hoogveldingen 2040 (concept), de Woonvisie 2021-2025 en het Gemeentelijk Verkeers- en Vervoersplan (GVVP) 2019.

Financieel staat het programma onder druk. De kosten van het onderhoud van wegen en groen stijgen sneller dan de indexering, de afvalverwerking wordt duurder door de hogere afvalstoffenbelasting van het Rijk en de kosten voor de invoering van de Omgevingswet komen grotendeels ten laste van 2022. In deze begroting zijn deze ontwikkelingen verwerkt. Een deel van de incidentele kosten dekken we uit de daarvoor gevormde reserves (zie Overzicht 4.3).

Doelenboom Wonen en Ruimtelijke ontwikkeling

Doelenboom

Inhoudelijk perspectief

Hoogveldingen telde op 1 januari 2021 31.482 inwoners in 13.206 huishoudens. Volgens de provinciale bevolkingsprognose groeit het aantal huishoudens tot 2030 met ruim 1.100, vooral door de toename van het aantal een- en tweepersoonshuishoudens en de vergrijzing. De druk op de woningmarkt is groot. Op 1 januari 2021 stonden 2.314 woningzoekenden uit Hoogveldingen ingeschreven bij Woonstichting Veldwonen en de gemiddelde inschrijfduur voor een sociale huurwoning is opgelopen tot 3,4 jaar. Voor starters is een koopwoning steeds moeilijker bereikbaar: de gemiddelde WOZ-waarde van een woning steeg in een jaar met 6,4%.

In de Woonvisie 2021-2025 hebben we afgesproken dat er tot en met 2025 minimaal 750 woningen worden toegevoegd, waarvan 30% in de sociale huursector en 25% in het middensegment. Om die opgave waar te maken is de harde plancapaciteit uitgebreid met de plannen Kampersveld-Zuid fase 2 (circa 210 woningen) en De Esch in Ellerhuizen (circa 85 woningen). Voor de versnelling van de woningbouw ontvangen we in 2022 eenmalig € 1,1 miljoen uit de Woningbouwimpuls van het Rijk voor de ontsluiting van Kampersveld-Zuid.

Met de komst van de Omgevingswet verandert de manier waarop we ruimtelijke plannen maken en vergunningen verlenen. Initiatiefnemers krijgen meer ruimte, maar moeten wel vooraf participatie organiseren. De Omgevingsvisie Hoogveldingen 2040 wordt in het voorjaar van 2022 aan de raad aangeboden. De voorbereiding op de Omgevingswet is ondergebracht in het ontwikkelprogramma Omgevingswet (zie verderop).

{NB}

Beoogd maatschappelijk effect

Inwoners van Hoogveldingen wonen in een passende woning in een vitale kern

{NB}

Doel: Er is voldoende en passende woonruimte voor alle doelgroepen

We willen dat iedere inwoner van Hoogveldingen een woning kan vinden die past bij zijn of haar levensfase en portemonnee. Dat betekent bouwen voor starters en jonge gezinnen, maar ook voor ouderen die kleiner of gelijkvloers willen wonen. Door doorstroming komen bestaande eengezinswoningen weer beschikbaar voor gezinnen. We bouwen zoveel mogelijk binnen de bestaande kernen en gaan zorgvuldig om met het buitengebied.

Doel: Ruimtelijke ontwikkelingen dragen bij aan de kwaliteit van de leefomgeving

Bij nieuwe ontwikkelingen kijken we niet alleen naar het aantal woningen, maar ook naar de kwaliteit van de omgeving: voldoende groen, ruimte voor water, veilige routes naar school en een goede aansluiting op de bestaande kern. De gemeente heeft hierin een regierol en werkt samen met ontwikkelaars, Woonstichting Veldwonen en inwoners.

{NB}

Subdoel: Er worden voldoende woningen toegevoegd die passen bij de vraag

Zo gaan we dat doen

  • We starten in 2022 met het bouwrijp maken van Kampersveld-Zuid fase 2.
  • We sluiten een nieuwe prestatieafspraak met Woonstichting Veldwonen en de huurdersvereniging voor 2022-2025.
  • We actualiseren het woningbouwprogramma twee keer per jaar en bespreken dit met de raad.

Subdoel: Starters en jongeren vinden een betaalbare woning in de eigen kern

De starterslening wordt voortgezet. Voor 2022 is hiervoor € 400.000 beschikbaar in de revolverende middelen bij SVn. In nieuwe plannen leggen we een minimumaandeel betaalbare koopwoningen vast (tot € 325.000 vrij op naam).

Zo gaan we dat doen

Subdoel: Ouderen kunnen langer zelfstandig wonen in een geschikte woning

Zo gaan we dat doen

  • We voeren de Blijverslening in voor het aanpassen van de eigen woning.
  • Samen met de zorgaanbieders onderzoeken we de mogelijkheden voor een woonzorgcomplex in Ellerhuizen.

Subdoel: Vergunningverlening is tijdig en klantvriendelijk

Zo gaan we dat doen

Metingen en verplichte indicatoren

Nieuw gebouwde woningen (aantal per 1.000 woningen)

Demografische druk (%)

Gemiddelde WOZ-waarde

Beleidsdoelen Begroot 2022 Begroot 2021 2020 2019 2018 Bron
{NB} Er worden voldoende woningen toegevoegd die passen bij de vraag
Aantal opgeleverde nieuwbouwwoningen 180 150 137 164 121 BAG
Aantal woningen in harde plancapaciteit 650 600 584 512 (01-07) 430 Provinciale planmonitor
{NB} Starters en jongeren vinden een betaalbare woning in de eigen kern
Aandeel sociale huur in nieuwbouw (%) 30% 30% 24% 27% 22% Woonstichting Veldwonen
Aantal verstrekte startersleningen 40 35 38 29 17 SVn
Gemiddelde WOZ-waarde woningen (x € 1.000) 262 241 233 219 207 CBS
{NB} Ouderen kunnen langer zelfstandig wonen in een geschikte woning
Aantal levensloopbestendige woningen opgeleverd 45 40 31 22 - Interne systemen
Aantal verstrekte blijversleningen 20 15* - - - SVn
{NB} Vergunningverlening is tijdig en klantvriendelijk
Aantal aanvragen omgevingsvergunning (bouwen) 420 400 433 398 (01-07) 389 Interne systemen
Percentage vergunningen verleend binnen wettelijke termijn 95% 95% 91% 88% 93% Interne systemen
Nieuwe indicatoren 2022
Aantal tijdelijke (flex)woningen gerealiseerd 24
* De Blijverslening is per 1 juli 2021 ingevoerd; het begrote aantal voor 2021 betreft een half jaar.

Financieel overzicht

0.10 Mutaties reserves
8.1 Ruimtelijke ordening
8.2 Grondexploitatie (niet bedrijventerreinen)
8.3 Wonen en bouwen

Besluiten betrokkenen, gebied

Vastgestelde besluiten

Betrokkenen

Gebied

Woonvisie Hoogveldingen 2021-2025 (raad 23 februari 2021)

Woonstichting Veldwonen, Huurdersvereniging Hoogveldingen, ontwikkelaars

Gemeente Hoogveldingen

Prestatieafspraken 2019-2021

Woonstichting Veldwonen, Huurdersvereniging Hoogveldingen

Gemeente Hoogveldingen

Regionale woningmarktafspraken

Provincie, regiogemeenten

Regio Noordveld

Relevante achtergrondinformatie/ websites

Waar staat je gemeente

Provinciale planmonitor wonen

{NB}

Doelenboom Verkeer en Mobiliteit

Doelenboom

Inhoudelijk perspectief

Hoogveldingen is een uitgestrekte gemeente met kernen die op enige afstand van elkaar liggen. Een goede bereikbaarheid is daarom belangrijk voor inwoners, ondernemers en bezoekers. Tegelijk willen we dat de kernen leefbaar en verkeersveilig zijn. In het GVVP 2019 is gekozen voor het principe 'auto te gast' in de centra van Hoogveld en Ellerhuizen, en voor een sterk fietsnetwerk tussen de kernen. In 2020 vonden op het grondgebied van de gemeente 41 verkeersongevallen met letsel plaats, waarvan twee met dodelijke afloop. Het aantal ongevallen is daarmee iets lager dan in 2019, maar nog niet op het niveau dat we willen bereiken.

Het openbaar vervoer staat onder druk. De vervoerder heeft door de coronacrisis de dienstregeling van lijn 64 (Hoogveld - station Drieveen) in de avonden en weekenden beperkt. De buurtbus Kampersveld-Ellerhuizen rijdt weer volgens de normale dienstregeling; in 2020 reed de buurtbus vier maanden niet. We dragen jaarlijks € 42.000 bij aan de buurtbusvereniging en de regiotaxi. Het gebruik van elektrische auto's groeit snel. Op basis van de laadvisie plaatsen we op verzoek van inwoners openbare laadpalen; de plaatsing gebeurt via de provinciale concessie en kost de gemeente geen investering.

Het fietspad tussen Hoogveld en Nieuw-Drieveen is een van de drukste scholierenroutes van de gemeente. Het huidige fietspad ligt direct naast de N-weg en is op veel plaatsen te smal. In 2023 wordt een vrijliggend fietspad aangelegd. De provincie draagt 50% bij in de kosten via de regeling Fiets.

Beoogd maatschappelijk effect

Hoogveldingen is veilig en duurzaam bereikbaar

Doel: Een verkeersveilige gemeente

We willen dat iedereen zich veilig kan verplaatsen, of het nu te voet, op de fiets of met de auto is. We richten ons daarbij vooral op kwetsbare verkeersdeelnemers zoals schoolkinderen, ouderen en fietsers. Verkeersveiligheid is niet alleen een kwestie van infrastructuur, maar ook van gedrag. Daarom investeren we ook in verkeerseducatie op scholen.

Doel: Goede bereikbaarheid van en tussen de kernen

Inwoners moeten voorzieningen in de eigen en de omliggende kernen goed kunnen bereiken, ook als zij geen auto hebben. Daarom houden we samen met de provincie en de vervoerder het openbaar vervoer zo goed mogelijk op peil en zetten we in op aanvullend vervoer.

{NB}

Subdoel: Het aantal verkeersslachtoffers neemt af

Zo gaan we dat doen

  • We pakken de drie ongevalsconcentraties uit de verkeersveiligheidsanalyse aan, te beginnen met de kruising Hoofdstraat - Kampersweg.
  • We zetten het programma Schoolomgevingen Veilig voort; in 2022 worden de schoolomgevingen in Kampersveld en Nieuw-Drieveen aangepakt.

Subdoel: Fietsen is aantrekkelijk en veilig

Zo gaan we dat doen

Subdoel: De kernen zijn goed bereikbaar, ook met het openbaar vervoer

Zo gaan we dat doen

Subdoel: Elektrisch rijden wordt gefaciliteerd

Zo gaan we dat doen

Metingen en verplichte indicatoren

Ziekenhuisopname na verkeersongeval met motorvoertuig (%)

Ziekenhuisopname na verkeersongeval met fietser (%)

Beleidsdoelen Begroot 2022 Begroot 2021 2020 2019 2018 Bron
{NB} Het aantal verkeersslachtoffers neemt af
Aantal verkeersongevallen met letsel 30 35 41 44 38 ViaStat
Aantal verkeersdoden 0 0 2 1 0 ViaStat
Rapportcijfer verkeersveiligheid woonomgeving 7,0 7,0 6,6 6,8 - Burgerpeiling
{NB} Fietsen is aantrekkelijk en veilig
Lengte vrijliggende fietspaden (km) 118 114 111,4 108,9 105,2 Wegenbeheersysteem
Aantal basisscholen met verkeersveiligheidslabel 14 12 11 9 9 VVN
{NB} De kernen zijn goed bereikbaar, ook met het openbaar vervoer
Aantal reizigers buurtbus Kampersveld-Ellerhuizen 14.000 14.000 8.912* 13.744 13.102 Buurtbusvereniging
{NB} Elektrisch rijden wordt gefaciliteerd
Aantal openbare laadpalen 90 60 47 31 18 Interne systemen
* Door de coronamaatregelen heeft de buurtbus van maart tot en met juni 2020 niet gereden.

Financieel overzicht

0.10 Mutaties reserves
2.1 Verkeer en vervoer
2.2 Parkeren
2.5 Openbaar vervoer

Doelenboom Beheer openbare ruimte

Doelenboom

Inhoudelijk perspectief

De openbare ruimte is van iedereen. Inwoners beoordelen hun woonomgeving voor een groot deel op de staat van wegen, trottoirs, groen en speelplekken. In de burgerpeiling 2020 gaven inwoners het onderhoud van het openbaar groen een 6,4 en het onderhoud van wegen en fietspaden een 6,1. Dat is lager dan het gemiddelde van vergelijkbare gemeenten. In 2021 heeft de raad het Beleidsplan Beheer Openbare Ruimte 2021-2025 vastgesteld. Daarin is gekozen voor kwaliteitsniveau B (basis) voor het hele areaal en kwaliteitsniveau A voor de centra van Hoogveld en Ellerhuizen.

De gemeente beheert circa 312 kilometer wegen, 9.840 lantaarnpalen, 24.600 bomen en 148 hectare openbaar groen. Een groot deel van de wegen in Kampersveld en Nieuw-Drieveen is aangelegd in de jaren zeventig en nadert het einde van de levensduur. Voor de komende jaren verwachten we daardoor een forse vervangingsopgave. In 2022 onttrekken we € 420.000 aan de reserve Wegen en kunstwerken voor groot onderhoud aan de Kampersweg en de brug over de Drieveense Vaart.

Ook het klimaat vraagt om aanpassingen in de openbare ruimte. We vervangen verharding waar dat kan door groen, planten bomen die beter bestand zijn tegen droogte en maken ruimte voor de opvang van regenwater. Inwoners willen steeds vaker zelf meedoen in het beheer van hun straat of buurt. Dat juichen we toe.

Beoogd maatschappelijk effect

Een schone, hele en veilige openbare ruimte waar inwoners trots op zijn

Doel: De openbare ruimte is op het afgesproken kwaliteitsniveau

Het onderhoud van wegen, groen, verlichting en speelvoorzieningen gebeurt volgens het beleidsplan. We werken risicogestuurd: waar de veiligheid in het geding is, grijpen we direct in. Met beeldkwaliteitsmetingen houden we bij of we het afgesproken niveau halen.

Doel: Inwoners zijn betrokken bij hun leefomgeving

We stimuleren inwoners om zelf een stukje openbaar groen te onderhouden, een buurtschouw te houden of een speelplek te adopteren. De gemeente ondersteunt met materiaal, advies en een kleine vergoeding.

Subdoel: Wegen, fietspaden en trottoirs zijn veilig en voldoen aan het afgesproken kwaliteitsniveau

Zo gaan we dat doen

Subdoel: Het openbaar groen is verzorgd en draagt bij aan de biodiversiteit

In 2022 starten we met het Bomenplan Hoogveldingen. Doel is om tot en met 2025 in totaal 2.000 bomen extra te planten. Bermen worden waar mogelijk ecologisch beheerd (sinds 2020 al 41 kilometer).

Zo gaan we dat doen

Subdoel: Meldingen over de openbare ruimte worden snel afgehandeld

Zo gaan we dat doen

Subdoel: Inwoners beheren mee

Zo gaan we dat doen

Metingen

Beleidsdoelen Begroot 2022 Begroot 2021 2020 2019 2018 Bron
{NB} Wegen, fietspaden en trottoirs zijn veilig en voldoen aan het afgesproken kwaliteitsniveau
Percentage verhardingen op kwaliteitsniveau B of hoger 90% 90% 86% 84% 87% Weginspectie CROW
{NB} Het openbaar groen is verzorgd en draagt bij aan de biodiversiteit
Rapportcijfer onderhoud openbaar groen 6,8 6,8 6,4 6,5 6,7 Burgerpeiling
Aantal nieuw geplante bomen 500 350 412 298 - Interne systemen
{NB} Meldingen over de openbare ruimte worden snel afgehandeld
Aantal meldingen openbare ruimte 3.800 4.000 4.312 3.977 3.654 (31/12) Meldingensysteem
Percentage meldingen afgehandeld binnen 5 werkdagen 85% 85% 78% 81% 80% Meldingensysteem
{NB} Inwoners beheren mee
Aantal zelfbeheerovereenkomsten 60 55 52 47 41 Interne systemen

Financieel overzicht

0.10 Mutaties reserves
2.1 Verkeer en vervoer
5.7 Openbaar groen en (openlucht) recreatie
7.5 Begraafplaatsen en crematoria

Doelenboom Milieu, afval en duurzaamheid

Doelenboom

Inhoudelijk perspectief

Hoogveldingen wil in 2040 energieneutraal zijn. Dat is een grote opgave: op dit moment wordt nog maar een klein deel van de energie die in de gemeente wordt gebruikt duurzaam opgewekt. In de Regionale Energiestrategie (RES 1.0) heeft de regio afgesproken in 2030 gezamenlijk 1,6 TWh duurzame elektriciteit op te wekken. Hoogveldingen levert daaraan een bijdrage met het zonnepark De Hoge Esch (circa 18 hectare) en zon op grote daken. Voor de Transitievisie Warmte, die eind 2021 wordt vastgesteld, zijn Kampersveld-Noord en het centrum van Hoogveld als eerste wijken aangewezen.

Met het afvalbeleid 'Van afval naar grondstof' zijn grote stappen gezet. Sinds de invoering van diftar en het omgekeerd inzamelen in 2019 is de hoeveelheid restafval gedaald van 139 kilo per inwoner in 2018 naar 124 kilo in 2020. Het scheidingspercentage steeg in die periode van 66,0% naar 70,4%. De landelijke doelstelling van 100 kilo restafval per inwoner in 2025 is daarmee nog niet bereikt. Door de verhoging van de afvalstoffenbelasting en hogere verwerkingstarieven stijgen de kosten van de afvalinzameling. De afvalstoffenheffing voor een meerpersoonshuishouden stijgt in 2022 met 2,9%, van € 260,84 naar € 268,40. Voor een eenpersoonshuishouden bedraagt het vastrecht € 201,30.

Het Gemeentelijk Rioleringsplan (GRP) 2021-2025 legt de nadruk op klimaatadaptatie. Hevige buien komen vaker voor. In juni 2021 viel in Nieuw-Drieveen binnen een uur 62 millimeter regen, met wateroverlast in 14 woningen als gevolg. De rioolheffing per aansluiting stijgt in 2022 met 2%, naar € 224,16.

Beoogd maatschappelijk effect

Een schone, gezonde en klimaatbestendige leefomgeving, nu en voor toekomstige generaties

Doel: Grondstoffen worden zo veel mogelijk hergebruikt

We willen de hoeveelheid restafval verder terugdringen en grondstoffen zo veel mogelijk opnieuw laten gebruiken. We doen dat met goede voorzieningen, duidelijke communicatie en een eerlijk tarief: wie minder restafval aanbiedt, betaalt minder.

Doel: Hoogveldingen is klimaatbestendig en energieneutraal in 2040

We verminderen de uitstoot van CO2 door energie te besparen en duurzame energie op te wekken. Tegelijk passen we de openbare ruimte en de riolering aan op extreme neerslag, hitte en droogte.

{NB}

Subdoel: Minder restafval en meer hergebruik van grondstoffen

Zo gaan we dat doen

  • We plaatsen in 2022 twaalf extra ondergrondse containers voor PMD en papier bij hoogbouw.
  • Samen met Afvalbedrijf Noordveld starten we een proef met het inzamelen van luiers en incontinentiemateriaal.

Subdoel: De riolering functioneert goed en de gemeente is voorbereid op extreme neerslag

Zo gaan we dat doen

Subdoel: Meer woningen en bedrijven wekken zelf duurzame energie op en besparen energie

Woningeigenaren kunnen gratis een energiecoach aan huis vragen. Daarnaast is er de Duurzaamheidslening van de gemeente voor isolatie en zonnepanelen. Voor huurders zijn er afspraken met Woonstichting Veldwonen gemaakt over het isoleren van 350 huurwoningen tot en met 2023.

Zo gaan we dat doen

Subdoel: De bodem- en luchtkwaliteit voldoen aan de wettelijke normen

Zo gaan we dat doen

Metingen en verplichte indicatoren

Omvang huishoudelijk restafval (kg/inwoner)

Hernieuwbare elektriciteit (%)

Beleidsdoelen Begroot 2022 Begroot 2021 2020 2019 2018 Bron
{NB} Minder restafval en meer hergebruik van grondstoffen
Hoeveelheid huishoudelijk restafval per inwoner (kg) 100 110 124 131 139 Afvalbedrijf Noordveld
Percentage afvalscheiding 75% 73% 70,4% 68,1% 66,0% Afvalbedrijf Noordveld
{NB} De riolering functioneert goed en de gemeente is voorbereid op extreme neerslag
Aantal meldingen wateroverlast 25 30 37 19 44 Meldingensysteem
Afgekoppeld verhard oppervlak (m2) 6.000 5.000 5.870 4.210 3.955 Interne systemen
{NB} Meer woningen en bedrijven wekken zelf duurzame energie op en besparen energie
Aantal woningen met zonnepanelen 5.200 4.600 4.487 3.912 3.230 Klimaatmonitor
Aantal energieadviezen aan huis (energiecoaches) 600 400 522 187 - Duurzaamheidsloket

Financieel overzicht

0.10 Mutaties reserves
7.2 Riolering
7.3 Afval
7.4 Milieubeheer

Besluiten betrokkenen, gebied

Vastgestelde besluiten

Betrokkenen

Gebied

Uitvoeringsprogramma Duurzaam Hoogveldingen 2020-2023

Inwoners, ondernemers, energiecoöperatie HoogvelDEnergie

Gemeente Hoogveldingen

Gemeentelijk Rioleringsplan 2021-2025

Waterschap Drieveen en Vaarten

Gemeente Hoogveldingen

Grondstoffenplan 'Van afval naar grondstof' (raad 12 november 2018)

Afvalbedrijf Noordveld

Gemeente Hoogveldingen

Regionale Energiestrategie Noordveld 1.0

Provincie, waterschap, netbeheerder, regiogemeenten

Regio Noordveld

{NB}

Doelenboom ontwikkelprogramma Omgevingswet

Doelenboom

Inhoudelijk perspectief

De Omgevingswet bundelt de regels voor ruimte, wonen, infrastructuur, milieu, natuur en water. Voor de gemeente betekent dit onder meer een nieuw omgevingsplan, een omgevingsvisie, nieuwe werkprocessen voor vergunningverlening en aansluiting op het Digitaal Stelsel Omgevingswet (DSO). Daarnaast vraagt de wet een andere houding: meer 'ja, mits' en meer ruimte voor initiatieven van inwoners en ondernemers. De invoering is een complexe opgave die het hele fysiek domein raakt. Daarom is gekozen voor een apart ontwikkelprogramma.

Voor de invoering is in totaal € 1.480.000 beschikbaar gesteld, gedekt uit de reserve Omgevingswet. Daarvan is in 2020 en 2021 € 499.400 besteed. Voor 2022 is € 512.600 geraamd, voor 2023 € 348.000 en voor 2024 € 120.000.

Beoogd Maatschappelijk effect:

Initiatieven van inwoners en ondernemers krijgen ruimte, binnen duidelijke kaders voor een gezonde en veilige leefomgeving

Doel: De gemeente is klaar voor de Omgevingswet

Wat willen we bereiken?

Subdoel: De Omgevingsvisie Hoogveldingen 2040 is vastgesteld

Zo gaan we dat doen

Subdoel: Het tijdelijke omgevingsplan is aangevuld met de eerste eigen regels

Zo gaan we dat doen

Subdoel: Medewerkers, bestuur en raad werken volgens de bedoeling van de wet

Zo gaan we dat doen

Wat gaan we daarvoor in 2022 doen?

Inspanning Resultaat Start
Aansluiten op het Digitaal Stelsel Omgevingswet (DSO). Werkende koppeling tussen het zaaksysteem en het Omgevingsloket. Gestart in 2021
Opstellen Omgevingsvisie Hoogveldingen 2040. Vastgestelde Omgevingsvisie door de raad. Eerste kwartaal 2022
Participatiebeleid voor initiatiefnemers. Vastgestelde participatieverordening en handreiking voor initiatiefnemers. Gestart in 2021
Opleiding medewerkers en raad. Alle medewerkers VTH en de raad hebben de training 'werken met de Omgevingswet' gevolgd. Loopt reeds
Eerste wijziging omgevingsplan: bruidsschat opschonen. Regels voor kamerverhuur en erfafscheidingen in het omgevingsplan. Vierde kwartaal 2022

Financieel overzicht

0.10 Mutaties reserves
8.1 Ruimtelijke ordening

Fysiek domein - financieel

Financiële kaders Programma Fysiek Domein

Ontwikkelingen ten opzichte van de begroting 2021

Het saldo van het programma Fysiek Domein (voor mutaties reserves) komt in 2022 uit op € {saldo22}. Het geraamd resultaat na mutaties reserves bedraagt € {res22}. De belangrijkste ontwikkelingen zijn:

  • Woningbouwimpuls (€ 1,1 miljoen baten): de bijdrage van het Rijk voor de ontsluiting van Kampersveld-Zuid fase 2 is verwerkt in de grondexploitatie. De baten en lasten van de grondexploitatie zijn daardoor in 2022 hoger dan in de jaren daarna.
  • Onderhoud wegen (€ 180.000 hogere lasten): door de vastgestelde kwaliteitsniveaus in het Beleidsplan Beheer Openbare Ruimte stijgt het budget voor wegenonderhoud structureel met € 180.000.
  • Afvalverwerking (€ 214.000 hogere lasten): de afvalstoffenbelasting stijgt naar € 34,85 per ton en het verwerkingstarief van Afvalbedrijf Noordveld stijgt met 4,5%. Deze kosten worden via de afvalstoffenheffing doorberekend.
  • Omgevingswet (€ 512.600 lasten): de incidentele kosten van de invoering worden volledig gedekt uit de reserve Omgevingswet.
  • Duurzaamheid (€ 385.000 lasten): voor de energiecoaches, de Duurzaamheidslening en de Transitievisie Warmte wordt € 385.000 onttrokken aan de reserve Duurzaamheidsfonds.

Incidentele baten en lasten

In 2022 zijn de volgende incidentele posten in dit programma opgenomen: de invoeringskosten Omgevingswet (€ 512.600), de Woningbouwimpuls (baten € 1.100.000, lasten € 1.100.000), groot onderhoud Kampersweg en brug Drieveense Vaart (€ 420.000) en de uitvoering van het Uitvoeringsprogramma Duurzaam Hoogveldingen (€ 385.000). Met uitzondering van de Woningbouwimpuls worden deze posten gedekt uit reserves.

Wat is er in 2022 nodig?

Voor de uitvoering van de Woonvisie is in de kadernota 2022 een structureel budget van € 175.000 beschikbaar gesteld voor een regisseur wonen en voor procesgeld. Voor het Bomenplan is een investeringskrediet niet nodig; de aanplant van 500 bomen per jaar (circa € 95.000) wordt gedekt binnen het budget openbaar groen. Er zijn geen aanvullende middelen nodig voor de overige inspanningen in 2022.

"""


def build():
    head = TEXT_HEAD.format(NB=NB, saldo22=f(saldo[0]), res22=f(result[0]))
    lines = head.split("\n") + fin_tables()
    txt = "\n".join(lines) + "\n"
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(txt)
    print("written", OUT, len(txt.encode("utf-8")), "bytes")
    print("lasten", tot_l, "baten", tot_b, "saldo", saldo, "mut", mut, "result", result)
    print("inv", inv_tot, sum(inv_tot))


if __name__ == "__main__":
    build()
