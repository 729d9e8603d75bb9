# Generator for the fictional "Tweede bestuursrapportage 2025" of Gemeente Elsterwaarde.
# All figures are computed here so that every table adds up; output: burap HTML.
import json, pathlib

OUT = pathlib.Path(__file__).with_name("elsterwaarde-bestuursrapportage-2025-II.html")


def nl(n):
    s = f"{abs(int(n)):,}".replace(",", ".")
    return ("-" + s) if n < 0 else s


def nl0(n):  # zero as dash
    return "-" if n == 0 else nl(n)


def par(n):  # negative in parentheses
    if n == 0:
        return "-"
    s = f"{abs(int(n)):,}".replace(",", ".")
    return f"({s})" if n < 0 else s


def vn(effect):  # effect on saldo: + = voordeel
    return f"{nl(abs(effect))} {'V' if effect > 0 else 'N'}" if effect != 0 else "0"


def eur(n):
    return "€ -" if n == 0 else "€ " + nl(n)


# ---------------------------------------------------------------- programmes
# primitief lasten, baten ; wijzigingen t/m vorige rapportage (lasten, baten) ; afwijkingen deze rapportage
# afwijking: (nr, titel, soort L/B, delta, I/S)
P = [
    dict(nr=1, naam="Bestuur en Dienstverlening", L=6842, B=1318, vL=65, vB=0, afw=[
        ("1.1", "Hogere opbrengst leges reisdocumenten en rijbewijzen", "B", 142, "I"),
        ("1.2", "Inhuur extra baliemedewerkers Burgerzaken", "L", 86, "I"),
        ("1.3", "Onderzoek rekenkamercommissie informatiebeveiliging", "L", 28, "I"),
        ("1.4", "Overige afwijkingen (per saldo)", "L", -7, "I"),
    ]),
    dict(nr=2, naam="Veiligheid", L=3965, B=212, vL=0, vB=0, afw=[
        ("2.1", "Hogere bijdrage Veiligheidsregio Elster-Veenland", "L", 47, "S"),
        ("2.2", "Vertraging uitbreiding cameratoezicht centrum", "L", -35, "I"),
        ("2.3", "Overige afwijkingen (per saldo)", "B", 9, "I"),
    ]),
    dict(nr=3, naam="Bereikbaarheid en Openbare Ruimte", L=11487, B=2036, vL=180, vB=0, afw=[
        ("3.1", "Noodreparatie Kanaalbrug", "L", 235, "I"),
        ("3.2", "Gladheidsbestrijding winter 2024-2025", "L", 64, "I"),
        ("3.3", "Lagere parkeeropbrengsten", "B", -118, "S"),
        ("3.4", "Lagere kapitaallasten door vertraging investeringen", "L", -142, "I"),
        ("3.5", "Overige afwijkingen (per saldo)", "L", 11, "I"),
    ]),
    dict(nr=4, naam="Economie, Werk en Inkomen", L=14238, B=9874, vL=120, vB=95, afw=[
        ("4.1", "Hogere rijksbijdrage BUIG (nader voorlopig budget)", "B", 386, "I"),
        ("4.2", "Hogere uitkeringslasten Participatiewet", "L", 214, "I"),
        ("4.3", "Bijzondere bijstand en minimaregelingen", "L", 75, "S"),
        ("4.4", "Hogere opbrengst toeristenbelasting", "B", 48, "S"),
        ("4.5", "Overige afwijkingen (per saldo)", "L", -4, "I"),
    ]),
    dict(nr=5, naam="Jeugd, Onderwijs en Sport", L=17615, B=3142, vL=410, vB=0, afw=[
        ("5.1", "Jeugdhulp met verblijf", "L", 845, "S"),
        ("5.2", "Leerlingenvervoer", "L", 268, "S"),
        ("5.3", "Lagere kapitaallasten onderwijshuisvesting", "L", -96, "I"),
        ("5.4", "Hogere huuropbrengst sporthal De Lange Akker", "B", 31, "S"),
        ("5.5", "Overige afwijkingen (per saldo)", "B", -6, "I"),
    ]),
    dict(nr=6, naam="Zorg en Welzijn", L=21904, B=1987, vL=250, vB=0, afw=[
        ("6.1", "Wmo huishoudelijke ondersteuning", "L", 412, "S"),
        ("6.2", "Wmo hulpmiddelen en woonvoorzieningen", "L", 58, "I"),
        ("6.3", "Lagere eigen bijdragen Wmo", "B", -27, "S"),
        ("6.4", "Niet bestede subsidie buurtteams", "L", -64, "I"),
        ("6.5", "Overige afwijkingen (per saldo)", "L", 9, "I"),
    ]),
    dict(nr=7, naam="Wonen, Milieu en Klimaat", L=13476, B=11203, vL=35, vB=35, afw=[
        ("7.1", "Tussentijdse winstneming grondexploitatie Elsterhof", "B", 520, "I"),
        ("7.2", "Hogere opbrengst bouwleges", "B", 295, "I"),
        ("7.3", "Hogere verwerkingstarieven restafval", "L", 183, "S"),
        ("7.4", "Uitstel uitvoering klimaatadaptatie", "L", -110, "I"),
        ("7.5", "Hogere opbrengst oud papier", "B", 41, "I"),
    ]),
    dict(nr=8, naam="Algemene dekkingsmiddelen en overhead", L=9788, B=None, vL=150, vB=460, afw=[
        ("8.1", "Algemene uitkering meicirculaire 2025: accres", "B", 812, "S"),
        ("8.2", "Algemene uitkering meicirculaire 2025: overige mutaties", "B", 234, "I"),
        ("8.3", "Lagere OZB-opbrengst door bezwaren", "B", -96, "I"),
        ("8.4", "Loonkosten cao gemeenten 2025", "L", 486, "S"),
        ("8.5", "Lagere rentelasten", "L", -178, "I"),
        ("8.6", "Vrijval post onvoorzien", "L", -50, "I"),
    ]),
]
# reserves (x 1.000): toevoegingen are lasten, onttrekkingen are baten
RES = dict(L=1250, B=2435, vL=0, vB=310, afw=[
    ("R.1", "Onttrekking reserve Sociaal Domein (jeugdhulp)", "B", 400, "I"),
    ("R.2", "Onttrekking reserve Onderhoud Kapitaalgoederen (Kanaalbrug)", "B", 235, "I"),
    ("R.3", "Toevoeging reserve Klimaatadaptatie (overheveling)", "L", 110, "I"),
])
PRIMITIEF_SALDO = 318

sumL = sum(p["L"] for p in P)
sumB_ex = sum(p["B"] for p in P if p["B"] is not None)
P[-1]["B"] = PRIMITIEF_SALDO + sumL - (RES["B"] - RES["L"]) - sumB_ex


def effect(a):
    _, _, soort, d, _ = a
    return -d if soort == "L" else d


for p in list(P) + [RES]:
    p["dL"] = sum(a[3] for a in p["afw"] if a[2] == "L")
    p["dB"] = sum(a[3] for a in p["afw"] if a[2] == "B")
    p["nL"] = p["L"] + p["vL"] + p["dL"]
    p["nB"] = p["B"] + p["vB"] + p["dB"]
    p["S"] = p["B"] - p["L"]
    p["vS"] = p["vB"] - p["vL"]
    p["dS"] = p["dB"] - p["dL"]
    p["nS"] = p["nB"] - p["nL"]

tot = {k: sum(p[k] for p in P) for k in ["L", "B", "vL", "vB", "dL", "dB", "nL", "nB", "S", "vS", "dS", "nS"]}
saldo_voor = tot["dS"]
saldo_res = RES["dS"]
saldo_deze = saldo_voor + saldo_res
saldo_prim = tot["S"] + RES["S"]
saldo_vorige = tot["vS"] + RES["vS"]
saldo_na_vorige = saldo_prim + saldo_vorige
saldo_nieuw = saldo_na_vorige + saldo_deze
assert saldo_prim == PRIMITIEF_SALDO

allafw = [a for p in P for a in p["afw"]] + RES["afw"]
inc = sum(effect(a) for a in allafw if a[4] == "I")
struc = sum(effect(a) for a in allafw if a[4] == "S")
assert inc + struc == saldo_deze

# ---------------------------------------------------------------- investeringen (whole euros)
INV = [
    ("2023-07", "Vervanging Kanaalbrug", 3, 2350000, 1618442, "uitvoering, gereed 4e kwartaal 2025"),
    ("2024-03", "Renovatie sporthal De Lange Akker", 5, 1875000, 312905, "aanbesteding afgerond"),
    ("2024-08", "Kunstgrasveld vv Elster", 5, 612000, 598120, "gereed, afsluiten bij jaarrekening"),
    ("2024-11", "Uitbreiding IKC De Vlonder", 5, 4200000, 186300, "ontwerpfase, start bouw 2026"),
    ("2025-01", "Vervanging tractie gemeentewerf (2 voertuigen)", 3, 265000, 0, "levering verwacht november 2025"),
    ("2025-04", "Vervanging riolering Molenwijk fase 2", 7, 1140000, 527816, "uitvoering"),
    ("2025-06", "Verduurzaming openbare verlichting (LED)", 3, 380000, 142655, "uitvoering"),
    ("2025-09", "Digitaal klantcontactsysteem", 1, 185000, 61240, "implementatie"),
]
inv_k = sum(i[3] for i in INV)
inv_b = sum(i[4] for i in INV)

# ---------------------------------------------------------------- reserves (whole euros)
# naam, stand 1-1-2025, mutaties begroting (incl. voorjaarsrapportage), mutaties deze rapportage
RESV = [
    ("Algemene reserve", 9412655, 0, 0),
    ("Reserve Sociaal Domein", 2184300, -960000, -400000),
    ("Reserve Onderhoud Kapitaalgoederen", 1736920, -415000, -235000),
    ("Reserve Kapitaallasten", 5318770, -612000, 0),
    ("Reserve Klimaatadaptatie", 245000, 120000, 110000),
    ("Reserve Grondexploitaties", 1105400, 372000, 0),
]
res_begr = sum(r[2] for r in RESV)
res_deze = sum(r[3] for r in RESV)
assert res_begr == (RES["L"] + RES["vL"] - RES["B"] - RES["vB"]) * 1000, res_begr
assert res_deze == (RES["dL"] - RES["dB"]) * 1000, res_deze

DATA = dict(P=P, RES=RES, tot=tot, saldo_voor=saldo_voor, saldo_res=saldo_res, saldo_deze=saldo_deze,
            saldo_prim=saldo_prim, saldo_vorige=saldo_vorige, saldo_na_vorige=saldo_na_vorige,
            saldo_nieuw=saldo_nieuw, inc=inc, struc=struc, inv_k=inv_k, inv_b=inv_b)

# ---------------------------------------------------------------- texts per programme
TXT = {}
TXT[1] = dict(
    bereiken="""Inwoners en ondernemers kunnen hun zaken met de gemeente snel, eenvoudig en veilig regelen: digitaal waar het kan,
aan de balie of thuis waar dat nodig is. Het gemeentebestuur werkt open en benaderbaar en betrekt inwoners vroegtijdig bij plannen
in hun kern.""",
    doen="""<p>De drukte bij Burgerzaken is in het eerste halfjaar van 2025 groter dan verwacht. Veel paspoorten en identiteitskaarten
die in 2014 voor tien jaar zijn verstrekt, moeten nu worden vervangen. Tot en met 30 juni verstrekten we 6.214 reisdocumenten,
tegen 3.870 in dezelfde periode van 2024. Om de wachttijd voor een afspraak onder de tien werkdagen te houden, hebben we tijdelijk
extra baliemedewerkers ingehuurd en zijn we op donderdag een avondopenstelling gestart.</p>
<p>De klanttevredenheid bleef op peil: in de doorlopende meting gaven inwoners de dienstverlening aan de balie een 7,6 en de
telefonische bereikbaarheid een 7,1. Het nieuwe klantcontactsysteem (zie investeringen) wordt in het najaar in gebruik genomen.</p>""",
    toel={
        "1.1": """Door de vervangingsgolf van reisdocumenten ontvangen we meer leges. We verwachten over heel 2025 een meeropbrengst
van € 142.000. Omdat de piek in 2026 afvlakt, is dit voordeel incidenteel.""",
        "1.2": """Tegenover de hogere leges staan extra kosten voor inhuur van drie baliemedewerkers tot het einde van het jaar
(€ 86.000).""",
        "1.3": """De rekenkamercommissie heeft besloten een onderzoek te doen naar de informatiebeveiliging. Het onderzoek kost
€ 28.000; in het budget van de commissie is daarvoor geen ruimte.""",
    })
TXT[2] = dict(
    bereiken="""Elsterwaarde is een veilige gemeente waar inwoners zich thuis voelen. We voorkomen criminaliteit en overlast samen met
politie, het Openbaar Ministerie en de Veiligheidsregio Elster-Veenland, en treden op waar dat nodig is.""",
    doen="""<p>Het aantal woninginbraken daalde in het eerste halfjaar tot 41 (eerste halfjaar 2024: 57). De inzet van de
buitengewoon opsporingsambtenaren (boa's) is vanaf april uitgebreid naar de avonduren in het centrum en rond het
stationsgebied. Er zijn 318 waarschuwingen gegeven en 74 bestuurlijke strafbeschikkingen opgelegd.</p>
<p>De uitbreiding van het cameratoezicht in het centrum loopt vertraging op, omdat de glasvezelverbinding met de meldkamer pas
in 2026 beschikbaar is.</p>""",
    toel={
        "2.1": """Het algemeen bestuur van de Veiligheidsregio Elster-Veenland heeft in januari 2025 de eerste begrotingswijziging 2025
vastgesteld. Door de nieuwe cao stijgt de bijdrage per inwoner van € 54,39 naar € 55,90. Voor Elsterwaarde betekent dit een hogere
bijdrage van € 47.000. Het effect is structureel.""",
        "2.2": """Door de vertraging van de glasvezelaansluiting schuift de uitbreiding van het cameratoezicht door naar 2026. In 2025
valt daardoor € 35.000 vrij.""",
    })
TXT[3] = dict(
    bereiken="""De openbare ruimte is schoon, heel en veilig. Wegen, bruggen en fietspaden zijn goed onderhouden en de kernen zijn
goed bereikbaar, ook voor wie minder mobiel is.""",
    doen="""<p>Bij een inspectie in februari bleek het val van de Kanaalbrug ernstiger aangetast dan verwacht. De brug is zes weken
afgesloten geweest voor zwaar verkeer. Met een noodreparatie is de brug weer veilig tot de vervanging in het vierde kwartaal
gereed is. De strooidienst rukte in de afgelopen winter 23 keer uit; in de begroting gaan we uit van gemiddeld 14 keer.</p>
<p>De weginspectie van het voorjaar laat zien dat 86% van het asfalt voldoet aan het afgesproken kwaliteitsniveau (norm:
90%). In de begroting 2026 komen we met een voorstel voor het inhalen van achterstallig onderhoud.</p>""",
    toel={
        "3.1": """De noodreparatie van de Kanaalbrug kost € 235.000. Dit bedrag onttrekken we aan de reserve Onderhoud
Kapitaalgoederen (zie onttrekking R.2), zodat het effect op het begrotingssaldo per saldo nihil is.""",
        "3.2": """De lange vorstperiode in januari en februari leidde tot extra inzet van de strooidienst en een hoger zoutverbruik
(1.140 ton tegen 640 ton gemiddeld). Het nadeel bedraagt € 64.000.""",
        "3.3": """Sinds de opening van de nieuwe supermarkt met gratis parkeerterrein aan de Molenweg parkeren minder bezoekers
betaald in het centrum. De opbrengst van de parkeerautomaten ligt ongeveer 15% onder de raming. We verwachten een structureel
nadeel van € 118.000.""",
        "3.4": """Een aantal investeringen (onder meer de vervanging van tractie) komt later gereed dan gepland. De
kapitaallasten zijn daardoor in 2025 € 142.000 lager.""",
    })
TXT[4] = dict(
    bereiken="""Zoveel mogelijk inwoners doen mee op de arbeidsmarkt en kunnen rondkomen. Ondernemers vinden in Elsterwaarde de ruimte
om te ondernemen en het toerisme in het Elsterdal groeit op een duurzame manier.""",
    doen="""<p>Het aantal huishoudens met een bijstandsuitkering steeg van 612 op 1 januari naar 638 op 30 juni 2025. De instroom komt
vooral van statushouders en van inwoners van wie de WW-uitkering afloopt. In het eerste halfjaar vonden 47 inwoners vanuit de
bijstand betaald werk.</p>
<p>Ruim 1.150 huishoudens maken gebruik van een of meer minimaregelingen. Het aantal overnachtingen in de verblijfsrecreatie
steeg in 2024 met 9,4% ten opzichte van 2023.</p>""",
    toel={
        "4.1": """In het nader voorlopig budget 2025 is de rijksbijdrage voor de bijstand (BUIG) verhoogd met € 386.000. Dit is een
incidenteel voordeel; het definitieve budget volgt in het najaar.""",
        "4.2": """Door het hogere aantal uitkeringen stijgen de uitkeringslasten met € 214.000 ten opzichte van de begroting.""",
        "4.3": """Het gebruik van de bijzondere bijstand en de meedoenregeling neemt toe. We ramen € 75.000 extra; dit effect is
structureel.""",
        "4.4": """Over 2024 zijn meer overnachtingen aangegeven. Op basis van de voorlopige aanslagen verwachten we € 48.000 meer aan
toeristenbelasting.""",
    })
TXT[5] = dict(
    bereiken="""Alle kinderen en jongeren in Elsterwaarde groeien veilig en gezond op en krijgen de kans zich te ontwikkelen. Scholen
zijn goed gehuisvest en iedereen kan sporten en bewegen in de eigen kern.""",
    doen="""<p>Het aantal jeugdigen dat jeugdhulp met verblijf ontvangt (pleegzorg niet meegerekend) steeg van 38 op 1 januari naar 47 op
30 juni 2025. Het gaat vaak om complexe situaties waarin een plaatsing langer duurt dan een jaar. De gemiddelde kosten van een
verblijfstraject bedragen ongeveer € 94.000 per jaar. Tegelijk investeren we in de praktijkondersteuners jeugd bij de huisartsen,
die in het eerste halfjaar 212 kinderen hebben geholpen zonder verwijzing naar specialistische hulp.</p>
<p>Voor het leerlingenvervoer is in het voorjaar een nieuwe aanbesteding gegund. De tarieven liggen 11,5% hoger dan in het oude
contract. We vervoeren dagelijks 184 leerlingen.</p>""",
    toel={
        "5.1": """Door de stijging van het aantal jeugdigen met verblijf verwachten we voor 2025 een overschrijding van € 845.000. We
dekken in 2025 € 400.000 uit de reserve Sociaal Domein (zie onttrekking R.1). Het structurele effect verwerken we in de begroting
2026.""",
        "5.2": """De nieuwe aanbesteding en de groei van het aantal leerlingen leiden tot € 268.000 hogere kosten voor het
leerlingenvervoer. Het nadeel is structureel.""",
        "5.3": """De bouw van de uitbreiding van IKC De Vlonder start pas in 2026. De kapitaallasten vallen in 2025 daardoor
€ 96.000 lager uit.""",
        "5.4": """Vanaf februari huurt een tweede sportvereniging de sporthal De Lange Akker op doordeweekse avonden. De huuropbrengst
stijgt met € 31.000.""",
    })
TXT[6] = dict(
    bereiken="""Inwoners wonen zo lang mogelijk zelfstandig en doen mee in de samenleving. Wie dat niet op eigen kracht kan, krijgt
passende ondersteuning, dichtbij en op tijd.""",
    doen="""<p>De vraag naar huishoudelijke ondersteuning blijft groeien. Op 30 juni hadden 1.246 cliënten een indicatie voor
huishoudelijke ondersteuning, terwijl de begroting uitgaat van 1.130. Het abonnementstarief van € 21,80 per maand maakt de
ondersteuning aantrekkelijk, ook voor inwoners met een hoger inkomen. De buurtteams zijn in alle zeven kernen actief; de
werving van personeel voor het team in Oosterelst verloopt moeizaam.</p>""",
    toel={
        "6.1": """Door de groei van het aantal cliënten en de indexatie van de tarieven van de aanbieders (7,2% in plaats van 4,5%)
stijgen de kosten van huishoudelijke ondersteuning met € 412.000. Het nadeel is structureel.""",
        "6.2": """Er zijn meer trapliften en woningaanpassingen verstrekt dan geraamd. Het nadeel bedraagt € 58.000.""",
        "6.3": """De eigen bijdragen die het CAK voor ons int, liggen € 27.000 lager dan geraamd.""",
        "6.4": """Omdat het buurtteam Oosterelst nog niet op volle sterkte is, wordt € 64.000 van de subsidie niet besteed.""",
    })
TXT[7] = dict(
    bereiken="""Elsterwaarde heeft voldoende betaalbare woningen voor starters, gezinnen en ouderen. We werken aan een klimaatbestendige
en energieneutrale gemeente in 2040 en zamelen afval zo in dat het grootste deel wordt hergebruikt.""",
    doen="""<p>In het plan Elsterhof zijn tot en met 30 juni 86 van de 140 kavels verkocht. In het eerste halfjaar zijn 112
omgevingsvergunningen voor bouwactiviteiten aangevraagd, waaronder een appartementencomplex met 64 huurwoningen aan de
Stationsweg. Het percentage gescheiden ingezameld huishoudelijk afval bedroeg in het eerste halfjaar 71,3%.</p>""",
    toel={
        "7.1": """De grondexploitatie Elsterhof heeft een verwacht positief resultaat van € 1,9 miljoen. Op basis van de
percentage-of-completion-methode nemen we in 2025 tussentijds € 520.000 winst.""",
        "7.2": """Door de aanvraag voor het appartementencomplex aan de Stationsweg en meer verbouwingen ontvangen we
€ 295.000 meer bouwleges. Het voordeel is incidenteel.""",
        "7.3": """Het verwerkingstarief voor restafval is per 1 januari gestegen van € 118 naar € 131 per ton, vooral door de hogere
CO2-heffing op afvalverbranding. Het nadeel van € 183.000 nemen we mee in de tarieven van de afvalstoffenheffing 2026.""",
        "7.4": """De uitvoering van het klimaatadaptatieplan voor de Molenwijk schuift door naar 2026, omdat we het werk
combineren met de vervanging van de riolering. Het budget van € 110.000 voegen we toe aan de reserve Klimaatadaptatie
(zie R.3).""",
    })
TXT[8] = dict(
    bereiken="""De gemeente heeft een structureel en reëel sluitende begroting en een gezonde financiële positie. De lokale lasten
blijven voor inwoners en ondernemers aanvaardbaar.""",
    doen="""<p>De meicirculaire 2025 is positief voor Elsterwaarde, maar de onzekerheid vanaf 2026 blijft groot. Het Rijk heeft de
nieuwe verdeling van het gemeentefonds en de hoogte van het accres vanaf 2027 nog niet vastgesteld. Het aantal bezwaarschriften
tegen de WOZ-beschikking 2025 steeg naar 612 (2024: 438).</p>""",
    toel={
        "8.1": """Het accres van het gemeentefonds over 2025 valt hoger uit. Voor Elsterwaarde betekent dit een structureel
voordeel van € 812.000.""",
        "8.2": """Naast het accres bevat de meicirculaire diverse kleinere mutaties, onder meer een hogere uitkering voor de
opvang van ontheemden uit Oekraïne. Per saldo is dit een incidenteel voordeel van € 234.000.""",
        "8.3": """Door een groter aantal toegekende bezwaren tegen de WOZ-waarde van niet-woningen valt de OZB-opbrengst € 96.000
lager uit.""",
        "8.4": """In de cao gemeenten 2025-2027 is een loonstijging afgesproken van gemiddeld 5,1% in 2025. In de begroting was
rekening gehouden met 3,2%. Het structurele nadeel bedraagt € 486.000.""",
        "8.5": """Door het uitstel van investeringen hoeven we minder langlopende leningen aan te trekken. De rentelasten zijn
€ 178.000 lager.""",
        "8.6": """De post onvoorzien van € 50.000 is tot en met 30 juni niet aangesproken. Wij stellen voor deze te laten
vrijvallen.""",
    })
TXT_RES = {
    "R.1": """Ter gedeeltelijke dekking van de hogere kosten van jeugdhulp met verblijf (afwijking 5.1) onttrekken we € 400.000 aan de
reserve Sociaal Domein.""",
    "R.2": """Dekking van de noodreparatie van de Kanaalbrug (afwijking 3.1).""",
    "R.3": """Overheveling van het niet bestede budget klimaatadaptatie naar 2026 (afwijking 7.4).""",
}


def prog_table(p):
    return f"""
<table class="fin">
<caption>Wat mag het kosten? <span class="scale">Bedragen x € 1.000</span></caption>
<thead><tr><th class="l">Programma {p['nr']}</th><th>Begroting 2025<br>primitief</th><th>Wijzigingen t/m<br>vorige rapportage</th>
<th>Deze<br>rapportage</th><th>Begroting 2025<br>na wijziging</th></tr></thead>
<tbody>
<tr><td class="l">Lasten</td><td>{nl(p['L'])}</td><td>{nl0(p['vL'])}</td><td>{nl0(p['dL'])}</td><td>{nl(p['nL'])}</td></tr>
<tr><td class="l">Baten</td><td>{nl(p['B'])}</td><td>{nl0(p['vB'])}</td><td>{nl0(p['dB'])}</td><td>{nl(p['nB'])}</td></tr>
<tr class="tot"><td class="l">Saldo</td><td>{nl(p['S'])}</td><td>{nl0(p['vS'])}</td><td>{nl0(p['dS'])}</td><td>{nl(p['nS'])}</td></tr>
</tbody></table>"""


def afw_table(afw, title):
    rows = "".join(
        f"<tr><td class='l'>{a[0]}</td><td class='l'>{a[1]}</td><td class='l c'>{'Lasten' if a[2]=='L' else 'Baten'}</td>"
        f"<td>{vn(effect(a))}</td><td class='c'>{a[4]}</td></tr>" for a in afw)
    s = sum(effect(a) for a in afw)
    return f"""
<table class="afw">
<caption>{title} <span class="scale">(bedragen x € 1.000; V = voordeel, N = nadeel; I = incidenteel, S = structureel)</span></caption>
<thead><tr><th class="l">Nr.</th><th class="l">Omschrijving</th><th class="c">Lasten/<br>baten</th><th>Bedrag</th><th class="c">I/S</th></tr></thead>
<tbody>{rows}
<tr class="tot"><td></td><td class="l">Totaal afwijkingen</td><td></td><td>{vn(s)}</td><td></td></tr></tbody></table>"""


def programme_section(p):
    t = TXT[p["nr"]]
    toel = "".join(f"<p class='toel'><b>{nr} {next(a[1] for a in p['afw'] if a[0]==nr)}</b><br>{txt}</p>"
                   for nr, txt in t["toel"].items())
    small = [a for a in p["afw"] if a[0] not in t["toel"]]
    if small:
        toel += "<p class='toel'><b>Overige afwijkingen</b><br>Afwijkingen kleiner dan € 25.000 lichten wij niet afzonderlijk toe.</p>"
    return f"""
<section class="prog{' first' if p['nr']==1 else ''}">
<h2>Programma {p['nr']} {p['naam']}</h2>
<h3>Wat willen we bereiken?</h3><p>{t['bereiken']}</p>
<h3>Wat gaan we daarvoor doen? Stand van zaken</h3>{t['doen']}
{prog_table(p)}
<h3>Afwijkingen</h3>
{afw_table(p['afw'], f"Afwijkingen programma {p['nr']}")}
<h4>Toelichting</h4>{toel}
</section>"""


def recap():
    rows = ""
    for p in P:
        rows += f"<tr><td class='l'>{p['nr']}. {p['naam']}</td><td>{vn(p['dS'])}</td></tr>"
    return f"""
<table class="recap">
<caption>Recapitulatie afwijkingen tweede bestuursrapportage 2025 <span class="scale">x €1.000</span></caption>
<thead><tr><th class="l">Programma</th><th>Afwijking</th></tr></thead>
<tbody>{rows}
<tr class="sub"><td class="l">Saldo van baten en lasten (voor mutaties reserves)</td><td>{vn(saldo_voor)}</td></tr>
""" + "".join(f"<tr><td class='l'>{a[0]} {a[1]}</td><td>{vn(effect(a))}</td></tr>" for a in RES["afw"]) + f"""
<tr class="sub"><td class="l">Totaal mutaties reserves</td><td>{vn(saldo_res)}</td></tr>
<tr class="tot"><td class="l">Saldo tweede bestuursrapportage 2025</td><td>{vn(saldo_deze)}</td></tr>
<tr><td class="l i">waarvan incidenteel</td><td>{vn(inc)}</td></tr>
<tr><td class="l i">waarvan structureel</td><td>{vn(struc)}</td></tr>
</tbody></table>"""


def verloop():
    return f"""
<table class="recap small">
<caption>Verloop begrotingssaldo 2025 <span class="scale">(bedragen in duizenden euro's)</span></caption>
<tbody>
<tr><td class="l">Saldo primitieve begroting 2025</td><td>{vn(saldo_prim)}</td></tr>
<tr><td class="l">Voorjaarsrapportage 2025 en overige raadsbesluiten</td><td>{vn(saldo_vorige)}</td></tr>
<tr class="sub"><td class="l">Saldo begroting 2025 na voorjaarsrapportage</td><td>{vn(saldo_na_vorige)}</td></tr>
<tr><td class="l">Saldo tweede bestuursrapportage 2025</td><td>{vn(saldo_deze)}</td></tr>
<tr class="tot"><td class="l">Nieuw begrotingssaldo 2025</td><td>{vn(saldo_nieuw)}</td></tr>
</tbody></table>"""


def reserves_table():
    rows = ""
    for n, s, b, d in RESV:
        rows += f"<tr><td class='l'>{n}</td><td>{nl(s)}</td><td>{nl0(b)}</td><td>{nl0(d)}</td><td>{nl(s+b+d)}</td></tr>"
    S = sum(r[1] for r in RESV)
    return f"""
<table class="fin">
<caption>Verwacht verloop reserves 2025 <span class="scale">(in €)</span></caption>
<thead><tr><th class="l">Reserve</th><th>Stand<br>1-1-2025</th><th>Mutaties begroting<br>(t/m voorjaarsrapportage)</th><th>Mutaties deze<br>rapportage</th><th>Verwachte stand<br>31-12-2025</th></tr></thead>
<tbody>{rows}
<tr class="tot"><td class="l">Totaal reserves</td><td>{nl(S)}</td><td>{nl(res_begr)}</td><td>{nl(res_deze)}</td><td>{nl(S+res_begr+res_deze)}</td></tr>
</tbody></table>"""


def inv_table():
    rows = ""
    for nr, oms, pr, k, b, st in INV:
        rows += (f"<tr><td class='l'>{nr}</td><td class='l'>{oms}</td><td class='c'>{pr}</td><td>{eur(k)}</td><td>{eur(b)}</td>"
                 f"<td>{eur(k-b)}</td><td class='l st'>{st}</td></tr>")
    return f"""
<table class="inv">
<caption>Stand van de lopende investeringskredieten</caption>
<thead><tr><th class="l">Nr.</th><th class="l">Investering</th><th class="c">Progr.</th><th>Krediet</th><th>Besteed t/m<br>30 juni 2025</th><th>Restant</th><th class="l">Stand van zaken</th></tr></thead>
<tbody>{rows}
<tr class="tot"><td></td><td class="l">Totaal</td><td></td><td>{eur(inv_k)}</td><td>{eur(inv_b)}</td><td>{eur(inv_k-inv_b)}</td><td></td></tr>
</tbody></table>"""


def bw_table():
    rows = ""
    for p in P:
        rows += f"<tr><td class='l'>{p['nr']}</td><td class='l'>{p['naam']}</td><td>{par(p['dL'])}</td><td>{par(p['dB'])}</td><td>{par(p['dS'])}</td></tr>"
    rows += f"<tr class='sub'><td></td><td class='l'>Saldo van baten en lasten</td><td>{par(tot['dL'])}</td><td>{par(tot['dB'])}</td><td>{par(saldo_voor)}</td></tr>"
    rows += f"<tr><td></td><td class='l'>Mutaties reserves</td><td>{par(RES['dL'])}</td><td>{par(RES['dB'])}</td><td>{par(saldo_res)}</td></tr>"
    rows += (f"<tr class='tot'><td></td><td class='l'>Totaal begrotingswijziging</td><td>{par(tot['dL']+RES['dL'])}</td>"
             f"<td>{par(tot['dB']+RES['dB'])}</td><td>{par(saldo_deze)}</td></tr>")
    return f"""
<table class="fin">
<caption>Begrotingswijziging 2025-14 (tweede bestuursrapportage 2025) <span class="scale">Bedragen x € 1.000</span></caption>
<thead><tr><th class="l">Nr.</th><th class="l">Programma</th><th>Lasten</th><th>Baten</th><th>Saldo</th></tr></thead>
<tbody>{rows}</tbody></table>
<p class="note">Een bedrag tussen haakjes is een verlaging. Een positief saldo is een verbetering van het begrotingssaldo.</p>"""


def wide_table():
    rows = ""
    for p in list(P):
        rows += (f"<tr><td class='l'>{p['nr']}. {p['naam']}</td>"
                 f"<td>{nl(p['L'])}</td><td>{nl0(p['vL'])}</td><td>{nl0(p['dL'])}</td><td>{nl(p['nL'])}</td>"
                 f"<td>{nl(p['B'])}</td><td>{nl0(p['vB'])}</td><td>{nl0(p['dB'])}</td><td>{nl(p['nB'])}</td>"
                 f"<td>{nl(p['nS'])}</td></tr>")
    t = tot
    rows += (f"<tr class='sub'><td class='l'>Totaal programma's</td><td>{nl(t['L'])}</td><td>{nl0(t['vL'])}</td><td>{nl0(t['dL'])}</td><td>{nl(t['nL'])}</td>"
             f"<td>{nl(t['B'])}</td><td>{nl0(t['vB'])}</td><td>{nl0(t['dB'])}</td><td>{nl(t['nB'])}</td><td>{nl(t['nS'])}</td></tr>")
    r = RES
    rows += (f"<tr><td class='l'>Mutaties reserves</td><td>{nl(r['L'])}</td><td>{nl0(r['vL'])}</td><td>{nl0(r['dL'])}</td><td>{nl(r['nL'])}</td>"
             f"<td>{nl(r['B'])}</td><td>{nl0(r['vB'])}</td><td>{nl0(r['dB'])}</td><td>{nl(r['nB'])}</td><td>{nl(r['nS'])}</td></tr>")
    gL = [t[k] + r[k] for k in ("L", "vL", "dL", "nL")]
    gB = [t[k] + r[k] for k in ("B", "vB", "dB", "nB")]
    rows += ("<tr class='tot'><td class='l'>Totaal na bestemming</td>" + "".join(f"<td>{nl0(x) if i in (1,2) else nl(x)}</td>" for i, x in enumerate(gL))
             + "".join(f"<td>{nl0(x) if i in (1,2) else nl(x)}</td>" for i, x in enumerate(gB)) + f"<td>{nl(gB[3]-gL[3])}</td></tr>")
    assert gB[3] - gL[3] == saldo_nieuw
    return f"""
<section class="breed">
<h2>Bijlage 1 Totaaloverzicht begroting 2025 per programma</h2>
<p>In dit overzicht staan de lasten en baten per programma in de primitieve begroting, de wijzigingen tot en met de
voorjaarsrapportage, de wijzigingen uit deze rapportage en de begroting na wijziging. Bedragen x € 1.000.</p>
<table class="wide">
<thead>
<tr><th class="l" rowspan="2">Programma</th><th colspan="4" class="grp">Lasten</th><th colspan="4" class="grp">Baten</th><th rowspan="2">Saldo na<br>wijziging</th></tr>
<tr><th>Primitief</th><th>Wijz. t/m<br>vorige rapp.</th><th>Deze<br>rapportage</th><th>Na<br>wijziging</th>
<th>Primitief</th><th>Wijz. t/m<br>vorige rapp.</th><th>Deze<br>rapportage</th><th>Na<br>wijziging</th></tr>
</thead>
<tbody>{rows}</tbody></table>
<p class="note">Saldo = baten min lasten; een negatief saldo is een nadeel. Lasten en baten van de mutaties reserves zijn
respectievelijk toevoegingen en onttrekkingen.</p>
</section>"""


CSS = """
@page { size: A4; margin: 22mm 20mm 20mm 22mm;
  @bottom-left { content: "Gemeente Elsterwaarde | Tweede bestuursrapportage 2025"; font: 7.5pt 'Liberation Sans'; color: #555; }
  @bottom-right { content: counter(page); font: 8pt 'Liberation Sans'; color: #555; } }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
@page liggend { size: A4 landscape; margin: 18mm 18mm 18mm 18mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.6pt; line-height: 1.38; color: #1b1b1b; }
h1 { color: #0b5d53; font-size: 22pt; margin: 0 0 4mm 0; }
h2 { color: #0b5d53; font-size: 14pt; border-bottom: 2px solid #0b5d53; padding-bottom: 1mm; margin-top: 0; }
h3 { color: #0b5d53; font-size: 10.5pt; margin: 4mm 0 1mm 0; }
h4 { font-size: 9.8pt; margin: 3mm 0 1mm 0; }
p { margin: 0 0 2.2mm 0; }
.cover { page-break-after: always; }
.cover .band { background: #0b5d53; color: white; padding: 14mm 10mm; margin-top: 60mm; }
.cover .band h1 { color: white; }
.cover .meta { margin-top: 95mm; font-size: 9pt; color: #444; }
section.chap { page-break-before: always; } section.chap.flow { page-break-before: auto; margin-top: 9mm; }
section.prog { margin-top: 9mm; } h2, h3, h4, caption { break-after: avoid; } p.toel { break-inside: avoid; }
section.prog.first { page-break-before: always; margin-top: 0; }
table { border-collapse: collapse; margin: 2mm 0 3mm 0; width: 100%; font-size: 8.8pt; page-break-inside: avoid; }
caption { text-align: left; font-weight: bold; padding-bottom: 1.2mm; color: #0b5d53; }
caption .scale { font-weight: normal; color: #333; font-style: italic; margin-left: 2mm; }
th { background: #dcebe8; text-align: right; padding: 1.2mm 1.6mm; vertical-align: bottom; font-weight: bold; }
td { text-align: right; padding: 0.9mm 1.6mm; border-bottom: 0.4pt solid #c9d6d3; white-space: nowrap; }
td.l { white-space: normal; } table.inv td:first-child { white-space: nowrap; }
.l { text-align: left; } .c { text-align: center; } .i { padding-left: 6mm; font-style: italic; }
tr.tot td { font-weight: bold; border-top: 1pt solid #0b5d53; border-bottom: 1.2pt solid #0b5d53; }
tr.sub td { font-weight: bold; background: #f1f6f5; }
table.fin { width: 100%; } table.fin td:first-child { width: 30%; }
table.recap { width: 78%; } table.recap.small { width: 70%; }
table.inv { font-size: 8pt; } table.inv td.st { font-size: 7.5pt; color: #333; }
p.toel { margin-bottom: 2.4mm; }
p.note { font-size: 8pt; font-style: italic; color: #444; }
section.breed { page: liggend; page-break-before: always; }
table.wide { font-size: 8.6pt; }
table.wide th.grp { text-align: center; border-bottom: 1pt solid #0b5d53; }
.box { border: 1pt solid #0b5d53; background: #f1f6f5; padding: 3mm 4mm; margin: 3mm 0; }
ol.inh { line-height: 1.7; }
"""


def build():
    progs = "".join(programme_section(p) for p in P)
    d = DATA
    html = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Tweede bestuursrapportage 2025 Gemeente Elsterwaarde</title>
<style>{CSS}</style></head><body>
<div class="cover">
<div class="band"><h1>Tweede bestuursrapportage 2025</h1>
<div style="font-size:13pt">Gemeente Elsterwaarde</div>
<div style="font-size:10pt;margin-top:3mm">Peildatum 30 juni 2025</div></div>
<div class="meta">Raadsvergadering 25 september 2025<br>Registratienummer 2025/RV/061<br>Team Financiën en Control</div>
</div>

<section>
<h2>Inhoud</h2>
<ol class="inh">
<li>Inleiding en samenvatting</li>
<li>Programma's 1 tot en met 8</li>
<li>Recapitulatie van de afwijkingen</li>
<li>Reserves</li>
<li>Investeringen</li>
<li>Paragrafen: weerstandsvermogen, lokale heffingen en verbonden partijen</li>
<li>Begrotingswijziging en ontwerpbesluit</li>
</ol>
<p>Bijlage 1 Totaaloverzicht begroting 2025 per programma</p>

<h2 style="margin-top:8mm">1. Inleiding en samenvatting</h2>
<p>Voor u ligt de tweede bestuursrapportage van 2025. Hierin informeren wij u over de uitvoering van de begroting 2025 in de
eerste zes maanden van het jaar en over de financiële afwijkingen die wij voor het hele jaar verwachten. De rapportage sluit aan
op de voorjaarsrapportage 2025, die u op 3 juli 2025 heeft behandeld. In de tabellen per programma staan daarom de primitieve
begroting, de wijzigingen tot en met de vorige rapportage, de wijzigingen uit deze rapportage en de begroting na wijziging.</p>
<p>Wij rapporteren alleen afwijkingen die groter zijn dan € 25.000. Kleinere afwijkingen zijn per programma samengevoegd onder
'Overige afwijkingen'. Bij elke afwijking geven wij aan of het om een voordeel (V) of een nadeel (N) gaat en of het effect
incidenteel (I) of structureel (S) is.</p>
<div class="box"><b>Financieel beeld in het kort</b><br>
De tweede bestuursrapportage 2025 sluit met een voordelig saldo van € {nl(saldo_deze*1000)}. Voor mutaties in de reserves is er
een klein nadeel van € {nl(-saldo_voor*1000)}; de onttrekkingen aan de reserves Sociaal Domein en Onderhoud Kapitaalgoederen maken
het resultaat positief. Het begrotingssaldo 2025 verbetert daarmee van € {nl(saldo_na_vorige*1000)} naar € {nl(saldo_nieuw*1000)}
voordelig. Per saldo is € {nl(-struc*1000)} van de afwijkingen structureel nadelig: de hogere kosten van jeugdhulp (€ 0,8
miljoen), huishoudelijke ondersteuning en de cao worden maar voor een deel gecompenseerd door het hogere accres. Het structurele
nadeel verwerken wij in de begroting 2026-2029.</div>
{verloop()}
<p>De grootste afwijkingen zijn:</p>
<ul>
<li>jeugdhulp met verblijf: een nadeel van € 845.000 (programma 5), waarvan € 400.000 wordt gedekt uit de reserve Sociaal Domein;</li>
<li>algemene uitkering: een voordeel van € 1.046.000 uit de meicirculaire 2025 (programma 8);</li>
<li>grondexploitatie Elsterhof: een tussentijdse winstneming van € 520.000 (programma 7);</li>
<li>loonkosten: een nadeel van bijna een half miljoen euro door de cao gemeenten 2025-2027 (programma 8);</li>
<li>huishoudelijke ondersteuning: een nadeel van € 412.000 (programma 6).</li>
</ul>
</section>

{progs}

<section class="chap flow">
<h2>3. Recapitulatie van de afwijkingen</h2>
<p>In onderstaand overzicht zijn de afwijkingen per programma en de voorgestelde mutaties in de reserves samengevat. Het totaal
van de afwijkingen per programma is gelijk aan de kolom 'Deze rapportage' in de tabellen 'Wat mag het kosten?'.</p>
{recap()}
<p>Het structurele nadeel van € {nl(-struc*1000)} bestaat vooral uit jeugdhulp met verblijf (€ 845.000), loonkosten (€ 486.000),
huishoudelijke ondersteuning (€ 412.000) en leerlingenvervoer (€ 268.000), verminderd met het hogere accres (€ 812.000).</p>

<h2 style="margin-top:8mm">4. Reserves</h2>
<p>In deze rapportage stellen wij drie mutaties in de reserves voor: een onttrekking van € 400.000 aan de reserve Sociaal Domein,
een onttrekking van € 235.000 aan de reserve Onderhoud Kapitaalgoederen en een toevoeging van € 110.000 aan de reserve
Klimaatadaptatie. Het verwachte verloop van de reserves ziet er daarmee als volgt uit.</p>
{reserves_table()}
<p>Het voordelige begrotingssaldo komt bij de jaarrekening ten gunste van de algemene reserve en is in dit overzicht nog niet
verwerkt.</p>
</section>

<section class="chap flow">
<h2>5. Investeringen</h2>
<p>Hieronder staat de stand van de lopende investeringskredieten op 30 juni 2025. De bedragen zijn in hele euro's. Het krediet
is het totaal door de raad beschikbaar gestelde bedrag; 'besteed' zijn de uitgaven tot en met 30 juni 2025 over de hele
looptijd van het project.</p>
{inv_table()}
<p>Van het totale krediet van € {f"{inv_k/1e6:.1f}".replace('.', ',')} miljoen is tot en met 30 juni ruim € {f"{int(inv_b/1e5)/10:.1f}".replace('.', ',')} miljoen besteed. De
vervanging van de Kanaalbrug ligt op schema. Het kunstgrasveld van vv Elster is in april opgeleverd; het restant van het
krediet valt bij de jaarrekening vrij. De bouw van de uitbreiding van IKC De Vlonder start naar verwachting in het voorjaar van
2026. Op dit moment verwachten we bij geen van de kredieten een overschrijding.</p>

<h2 style="margin-top:8mm">6. Paragrafen</h2>
<h3>Weerstandsvermogen en risicobeheersing</h3>
<p>De beschikbare weerstandscapaciteit bedraagt na verwerking van deze rapportage € 14,6 miljoen. Het benodigde
weerstandsvermogen op basis van de geactualiseerde risico's is € 8,9 miljoen. De ratio weerstandsvermogen daalt daarmee van 1,71
bij de begroting naar 1,64; dat valt in klasse B (ruim voldoende). De belangrijkste nieuwe risico's zijn de verdere groei van de
jeugdhulp met verblijf en de onzekerheid over de hoogte van het gemeentefonds vanaf 2026 (het zogenoemde ravijnjaar).</p>
<h3>Lokale heffingen</h3>
<p>De opbrengst van de onroerendezaakbelasting is geraamd op € 7.812.000. Door het hogere aantal toegekende bezwaren verwachten
we een opbrengst van € 7.716.000. Voor een woning met een gemiddelde WOZ-waarde van € 352.000 bedragen de woonlasten in 2025
€ 1.148 voor een meerpersoonshuishouden. De kwijtschelding van gemeentelijke belastingen werd tot 30 juni aan 287 huishoudens
toegekend.</p>
<h3>Verbonden partijen</h3>
<p>De Veiligheidsregio Elster-Veenland heeft de bijdrage per inwoner voor 2025 verhoogd naar € 55,90 (zie programma 2). De
kadernota 2026 van de veiligheidsregio is op 13 februari 2025 aan de raad gezonden. De Omgevingsdienst Elster-Veenland
meldt een verwacht nadeel over 2025; onze bijdrage daarin is nog niet bekend en niet in deze rapportage verwerkt.</p>
</section>

<section class="chap">
<h2>7. Begrotingswijziging en ontwerpbesluit</h2>
<p>De financiële gevolgen van deze rapportage verwerken wij in begrotingswijziging 2025-14. In de tabel staan de wijzigingen
van lasten en baten per programma.</p>
{bw_table()}
<h3>Ontwerpbesluit</h3>
<p>De raad van de gemeente Elsterwaarde, gelezen het voorstel van burgemeester en wethouders van 26 augustus 2025,
besluit:</p>
<ol>
<li>de tweede bestuursrapportage 2025 vast te stellen;</li>
<li>begrotingswijziging 2025-14 vast te stellen, waarmee het begrotingssaldo 2025 verbetert met € {nl(saldo_deze*1000)};</li>
<li>€ 400.000 te onttrekken aan de reserve Sociaal Domein, € 235.000 te onttrekken aan de reserve Onderhoud Kapitaalgoederen en
€ 110.000 toe te voegen aan de reserve Klimaatadaptatie;</li>
<li>de structurele effecten van deze rapportage te betrekken bij de begroting 2026-2029.</li>
</ol>
<p>Aldus besloten in de openbare vergadering van 25 september 2025.<br>De griffier, &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; De voorzitter,</p>
</section>

{wide_table()}
</body></html>"""
    OUT.write_text(html, encoding="utf-8")
    print(json.dumps(dict(saldo_prim=saldo_prim, saldo_vorige=saldo_vorige, saldo_na_vorige=saldo_na_vorige,
                          saldo_voor=saldo_voor, saldo_res=saldo_res, saldo_deze=saldo_deze, saldo_nieuw=saldo_nieuw,
                          inc=inc, struc=struc, inv_k=inv_k, inv_b=inv_b, B8=P[-1]['B'], tot=tot)))


if __name__ == "__main__":
    build()
