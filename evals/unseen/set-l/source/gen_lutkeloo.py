"""Generator: Gemeente Lutkeloo - Programmabegroting 2026 (fictional). Two-column text layout, page-wide tables.
Amounts x EUR 1.000. Lasten and baten printed positive; saldo = baten - lasten (negative = nadeel)."""
import random
from common import HERE, CORPUS, nl, esc, table, print_pdf

rnd = random.Random(20260)
COLS = ["Begroting 2024", "Rekening 2024", "Begroting 2025", "Begroting 2026", "Raming 2027", "Raming 2028", "Raming 2029"]
# index 0 = begroting 2024 na wijziging (programme level only), 1.. = taakveld level
TV_COLS = COLS[1:]

PROGS = [
    ("1", "Bestuur en veiligheid", [
        ("0.1", "Bestuur", 1284, 12),
        ("0.2", "Burgerzaken", 486, 178),
        ("1.1", "Crisisbeheersing en brandweer", 812, 0),
        ("1.2", "Openbare orde en veiligheid", 241, 9)]),
    ("2", "Openbare ruimte en mobiliteit", [
        ("2.1", "Verkeer en vervoer", 1763, 46),
        ("5.7", "Openbaar groen en (openlucht) recreatie", 1128, 15),
        ("7.2", "Riolering", 1392, 1618),
        ("7.3", "Afval", 1235, 1412)]),
    ("3", "Onderwijs, sport en cultuur", [
        ("4.2", "Onderwijshuisvesting", 942, 38),
        ("4.3", "Onderwijsbeleid en leerlingzaken", 734, 212),
        ("5.2", "Sportaccommodaties", 851, 264),
        ("5.6", "Media", 318, 0)]),
    ("4", "Sociaal domein", [
        ("6.1", "Samenkracht en burgerparticipatie", 1046, 24),
        ("6.3", "Inkomensregelingen", 3214, 2687),
        ("6.6", "Maatwerkvoorzieningen (Wmo)", 812, 36),
        ("6.71", "Maatwerkdienstverlening 18+", 2356, 41),
        ("6.72", "Maatwerkdienstverlening 18-", 3148, 0)]),
    ("5", "Ruimte, wonen en economie", [
        ("3.1", "Economische ontwikkeling", 196, 8),
        ("8.1", "Ruimtelijke ordening", 612, 95),
        ("8.2", "Grondexploitatie (niet bedrijventerreinen)", 1480, 1515),
        ("8.3", "Wonen en bouwen", 538, 402)]),
    ("0", "Algemene dekkingsmiddelen en overhead", [
        ("0.4", "Overhead", 4362, 118),
        ("0.5", "Treasury", 142, 286),
        ("0.61", "OZB woningen", 118, 1964),
        ("0.62", "OZB niet-woningen", 0, 1036),
        ("0.64", "Belastingen overig", 0, 72),
        ("0.7", "Algemene uitkering gemeentefonds", 0, None),  # plug
        ("0.8", "Overige baten en lasten", 75, 0)]),
]
# factors relative to 2026 for Rekening 2024, Begroting 2025, 2026, 2027, 2028, 2029
FACT = [0.93, 0.97, 1.0, 1.02, 1.035, 1.05]
TARGET_RES = [0, 412, -38, 126, 54, -97, -164]  # per COLS
RES_MUT = [(310, 1020), (455, 884), (270, 1310), (290, 1147), (240, 640), (240, 410), (240, 395)]  # (toevoeging, onttrekking)


def series(base):
    if base == 0:
        return [0] * 6
    out = []
    for i, f in enumerate(FACT):
        j = 1.0 if i == 2 else (1 + rnd.uniform(-0.025, 0.025))
        out.append(int(round(base * f * j)))
    return out


data = {}  # prog -> list of (code, name, lasten[6], baten[6])
for pn, pname, tvs in PROGS:
    rows = []
    for code, name, l, b in tvs:
        rows.append([code, name, series(l), series(b) if b is not None else None])
    data[pn] = rows

# Begroting 2024 (na wijziging) at programme level
def tot(pn, which):
    idx = 2 if which == "L" else 3
    return [sum((r[idx][k] if r[idx] else 0) for r in data[pn]) for k in range(6)]


prog_L, prog_B = {}, {}
for pn, _, _ in PROGS:
    L = tot(pn, "L"); B = tot(pn, "B")
    prog_L[pn] = [int(round(L[0] * (1 + rnd.uniform(-0.01, 0.05))))] + L
    prog_B[pn] = [int(round(B[0] * (1 + rnd.uniform(-0.05, 0.02))))] + B

# plug algemene uitkering per column (7 cols), so that resultaat hits the target
au = [0] * 7
for k in range(7):
    saldo_ex = sum(prog_B[pn][k] - prog_L[pn][k] for pn, _, _ in PROGS)
    toev, ontt = RES_MUT[k]
    au[k] = TARGET_RES[k] - (saldo_ex - toev + ontt)
for r in data["0"]:
    if r[0] == "0.7":
        r[3] = au[1:]
for k in range(7):
    prog_B["0"][k] += au[k]
# recompute check
for pn, _, _ in PROGS:
    assert prog_L[pn][1:] == tot(pn, "L") and prog_B[pn][1:] == tot(pn, "B")
saldo_tot = [sum(prog_B[pn][k] - prog_L[pn][k] for pn, _, _ in PROGS) for k in range(7)]
resultaat = [saldo_tot[k] - RES_MUT[k][0] + RES_MUT[k][1] for k in range(7)]
assert resultaat == TARGET_RES, resultaat
lasten_tot = [sum(prog_L[pn][k] for pn, _, _ in PROGS) for k in range(7)]
baten_tot = [sum(prog_B[pn][k] for pn, _, _ in PROGS) for k in range(7)]
assert [baten_tot[k] - lasten_tot[k] for k in range(7)] == saldo_tot

# reserves 2026
RESERVES = [
    ("Algemene reserve", 6214, 0, 150),
    ("Reserve dekking kapitaallasten", 3480, 0, 212),
    ("Reserve sociaal domein", 1150, 0, 300),
    ("Reserve onderhoud gemeentelijke gebouwen", 865, 240, 185),
    ("Reserve kernenbeleid en leefbaarheid", 420, 50, 120),
    ("Reserve invoering Omgevingswet", 180, 0, 180),
]
res_rows = [(n, b, t, o, b + t - o) for n, b, t, o in RESERVES]
res_tot = [sum(r[i] for r in res_rows) for i in (1, 2, 3, 4)]
assert res_tot[1] == RES_MUT[3][0] and res_tot[2] == RES_MUT[3][1]
assert res_tot[0] + res_tot[1] - res_tot[2] == res_tot[3]
alg_res_end = res_rows[0][4]

# weerstandsvermogen
CAP = [("Algemene reserve (stand 31-12-2026)", alg_res_end), ("Onbenutte belastingcapaciteit OZB", 1120), ("Post onvoorzien", 50)]
cap_tot = sum(v for _, v in CAP)
RISKS = [
    ("Open-einderegelingen jeugdhulp", 50, 1400),
    ("Open-einderegelingen Wmo", 50, 800),
    ("Hogere bijdragen gemeenschappelijke regelingen", 25, 600),
    ("Vertraging grondexploitatie Brinkhorst-Oost", 30, 900),
    ("Stijging rente op nieuwe leningen", 10, 500),
    ("Cyberincident en informatiebeveiliging", 10, 750),
    ("Aansprakelijkheidsclaims", 25, 300),
    ("Uitval personeel en duurdere inhuur", 50, 400),
    ("Lagere groei gemeentefonds na 2026", 75, 1500),
]
risk_rows = [(n, k, b, k * b // 100) for n, k, b in RISKS]
for n, k, b, e in risk_rows:
    assert k * b % 100 == 0
need_tot = sum(r[3] for r in risk_rows)
ratio = cap_tot / need_tot
ratio_s = nl(round(ratio, 2), 2)

KENGETALLEN = [
    ("Netto schuldquote", [48, 52, 61, 66, 68, 67]),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", [45, 49, 58, 63, 65, 64]),
    ("Solvabiliteitsratio", [31, 29, 27, 26, 26, 27]),
    ("Structurele exploitatieruimte", ["1,2", "0,4", "0,6", "0,3", "-0,2", "-0,4"]),
    ("Grondexploitatie", [8, 9, 11, 10, 7, 5]),
    ("Belastingcapaciteit", [96, 97, 99, 99, 99, 99]),
]

# beleidsindicatoren per programme: (indicator, eenheid, [2021..2024], bron)
IND = {
    "1": [("Verwijzingen Halt", "per 10.000 jongeren 12-17 jaar", ["98", "104", "87", "91"], "Bureau Halt"),
          ("Winkeldiefstallen", "per 1.000 inwoners", ["0,4", "0,6", "0,5", "0,7"], "CBS"),
          ("Geweldsmisdrijven", "per 1.000 inwoners", ["2,9", "3,1", "3,4", "3,0"], "CBS"),
          ("Diefstallen uit woning", "per 1.000 inwoners", ["1,1", "0,9", "1,3", "1,0"], "CBS"),
          ("Formatie", "fte per 1.000 inwoners", ["6,8", "7,0", "7,2", "7,4"], "Eigen begroting")],
    "2": [("Omvang huishoudelijk restafval", "kg per inwoner", ["118", "112", "104", "97"], "CBS"),
          ("Hernieuwbare elektriciteit", "%", ["21,4", "27,9", "33,5", "38,2"], "Klimaatmonitor"),
          ("Ziekenhuisopnamen na verkeersongeval", "% van inwoners", ["0,9", "1,1", "1,0", "-"], "VeiligheidNL")],
    "3": [("Absoluut verzuim", "per 1.000 leerlingen", ["1,2", "0,8", "1,5", "1,1"], "DUO"),
          ("Relatief verzuim", "per 1.000 leerlingen", ["18", "21", "23", "19"], "DUO"),
          ("Vroegtijdig schoolverlaters zonder startkwalificatie", "% leerlingen VO en MBO", ["1,4", "1,2", "1,6", "1,3"], "DUO"),
          ("Niet-sporters", "% inwoners 18 jaar en ouder", ["-", "47,2", "-", "45,8"], "CBS/RIVM")],
    "4": [("Banen", "per 1.000 inwoners 15-74 jaar", ["512,4", "519,8", "527,1", "531,6"], "LISA"),
          ("Jongeren met jeugdhulp", "% jongeren tot 18 jaar", ["10,9", "11,4", "11,8", "12,3"], "CBS"),
          ("Personen met een bijstandsuitkering", "per 10.000 inwoners 18+", ["212,5", "205,1", "198,7", "203,4"], "CBS"),
          ("Cliënten met een maatwerkarrangement Wmo", "per 10.000 inwoners", ["612", "640", "671", "702"], "CBS"),
          ("Kinderen in uitkeringsgezin", "% kinderen tot 18 jaar", ["3", "3", "4", "3"], "CBS")],
    "5": [("Gemiddelde WOZ-waarde", "x € 1.000", ["281", "312", "329", "336"], "CBS"),
          ("Nieuw gebouwde woningen", "per 1.000 woningen", ["6,2", "8,4", "5,1", "9,7"], "BAG"),
          ("Demografische druk", "%", ["82,4", "83,1", "84,0", "84,9"], "CBS"),
          ("Vestigingen van bedrijven", "per 1.000 inwoners 15-74 jaar", ["142,3", "145,0", "149,6", "151,2"], "LISA")],
    "0": [("Gemeentelijke woonlasten eenpersoonshuishouden", "in euro's", ["798", "821", "864", "902"], "COELO"),
          ("Gemeentelijke woonlasten meerpersoonshuishouden", "in euro's", ["889", "915", "962", "1.004"], "COELO"),
          ("Overhead", "% van totale lasten", ["12,1", "12,4", "12,0", "12,6"], "Eigen begroting")],
}

TEXT = {
    "1": """<h3>Wat willen we bereiken?</h3>
<p>Lutkeloo is een gemeente met vier kernen: Lutkeloo, Haarveen, Oosterdiek en Brinkhorst. Op 1 januari 2025 telde de
gemeente 9.846 inwoners. Wij willen een bestuur dat dichtbij staat, bereikbaar is en inwoners vroeg betrekt bij plannen
voor hun dorp. De gemeenteraad telt 15 zetels. Het college bestaat uit de burgemeester en drie wethouders.</p>
<p>Inwoners moeten zich veilig voelen in hun eigen straat en dorp. In de veiligheidsmonitor 2024 gaf 84% van de inwoners
aan zich meestal of altijd veilig te voelen in de eigen buurt; wij willen dat aandeel minimaal vasthouden.</p>
<h3>Wat gaan we daarvoor doen?</h3>
<p>In 2026 verwachten wij een piek in het aantal aanvragen voor paspoorten en identiteitskaarten: ongeveer 2.350 stuks,
tegen 1.600 in een gemiddeld jaar. Wij breiden daarom de openingstijden van de balie tijdelijk uit, onder meer op
donderdagavond. De bijdrage aan de Veiligheidsregio bedraagt in 2026 € 768.000. Samen met de buurgemeenten zetten wij
in op ondermijning: de boa's controleren vaker bij leegstaande agrarische gebouwen. Het project 'Waaks' met
buurtpreventie-appgroepen breiden wij uit naar alle vier de kernen.</p>""",
    "2": """<h3>Wat willen we bereiken?</h3>
<p>Een schone, hele en veilige openbare ruimte, goed bereikbare kernen en een verkeersveilige route naar school. Het
buitengebied met zijn lanen en houtwallen willen wij behouden en versterken.</p>
<h3>Wat gaan we daarvoor doen?</h3>
<p>In 2026 reconstrueren wij de Dorpsstraat in Haarveen. Het krediet voor deze investering bedraagt € 1,2 miljoen; de
kapitaallasten zijn verwerkt in taakveld 2.1. Langs de N-wegen in het buitengebied planten wij 150 nieuwe bomen. De
afvalstoffenheffing voor een meerpersoonshuishouden wordt in 2026 € 312 per jaar; de rioolheffing € 248 per
aansluiting. Beide heffingen zijn kostendekkend. Het restafval per inwoner is sinds 2021 gedaald; het doel is 75 kilo per
inwoner in 2030. Het gescheiden ophalen van gft blijft tweewekelijks, ook in de wintermaanden.</p>""",
    "3": """<h3>Wat willen we bereiken?</h3>
<p>Elk kind in Lutkeloo gaat naar een goed en duurzaam schoolgebouw in de eigen kern of vlak daarbij. Sport en cultuur
zijn voor iedereen bereikbaar, ook voor inwoners met een kleine beurs.</p>
<h3>Wat gaan we daarvoor doen?</h3>
<p>Het belangrijkste project is de nieuwbouw van Kindcentrum Oosterdiek. De raad stelde hiervoor een krediet beschikbaar
van € 6,4 miljoen; de oplevering is voorzien in het voorjaar van 2027. Sporthal De Brink krijgt in 2026 een nieuwe
sportvloer en led-verlichting. De bibliotheek blijft met vestigingen in Lutkeloo en Brinkhorst open; in Haarveen en
Oosterdiek komt een bibliotheekpunt in het dorpshuis. Via het Jeugdfonds Sport &amp; Cultuur kunnen kinderen uit gezinnen
met een laag inkomen gratis lid worden van een sportclub of muziekschool.</p>""",
    "4": """<h3>Wat willen we bereiken?</h3>
<p>Inwoners doen mee, zo veel mogelijk op eigen kracht en met hulp uit de eigen omgeving. Waar dat niet lukt, bieden wij
passende ondersteuning, dichtbij en zonder onnodige bureaucratie.</p>
<h3>Wat gaan we daarvoor doen?</h3>
<p>Het sociaal team werkt vanuit de dorpshuizen in alle vier de kernen. In 2024 kregen 412 jeugdigen in Lutkeloo een vorm
van jeugdhulp; wij verwachten dat dit aantal in 2026 stabiliseert. Met de regio maken wij afspraken over kortere trajecten
en meer inzet van praktijkondersteuners jeugd bij de huisartsen. Eind 2024 ontvingen 164 huishoudens een
bijstandsuitkering. De inkomensgrens voor het minimabeleid blijft 120% van het sociaal minimum. Het abonnementstarief
in de Wmo bedraagt in 2026 € 21,80 per maand. De reserve sociaal domein zetten wij in 2026 in voor de tijdelijke
uitbreiding van het sociaal team.</p>""",
    "5": """<h3>Wat willen we bereiken?</h3>
<p>Voldoende en passende woningen voor starters en ouderen in alle kernen, een levendig centrum in Lutkeloo en ruimte voor
lokale ondernemers en agrarische bedrijven die willen verduurzamen.</p>
<h3>Wat gaan we daarvoor doen?</h3>
<p>Voor 2026 verwachten wij de oplevering van 65 nieuwe woningen, waarvan 22 sociale huurwoningen. In het plan
Brinkhorst-Oost worden 48 bouwkavels uitgegeven; de grondexploitatie sluit naar verwachting met een positief resultaat.
Het nieuwe omgevingsplan voor het buitengebied stellen wij in 2026 vast. Ondernemers kunnen bij het Ondernemersloket
terecht voor vragen over vergunningen en verduurzaming.</p>""",
    "0": """<h3>Algemene dekkingsmiddelen</h3>
<p>De algemene dekkingsmiddelen zijn de inkomsten die de gemeente vrij kan besteden: de algemene uitkering uit het
gemeentefonds, de onroerendezaakbelastingen (OZB), de overige belastingen en het saldo van de financieringsfunctie.
De algemene uitkering is gebaseerd op de meicirculaire 2025. De OZB-tarieven stijgen in 2026 met 3,8%, gelijk aan de
inflatieverwachting. De post onvoorzien bedraagt € 50.000.</p>
<h3>Overhead</h3>
<p>Onder overhead vallen de kosten van de ondersteunende afdelingen, zoals personeelszaken, financiën, ICT, huisvesting
en het managementteam. Deze kosten worden niet aan de programma's toegerekend, conform de voorschriften van het BBV.</p>""",
}

CSS = """
@page { size: A4; margin: 17mm 15mm 16mm 15mm; }
@page land { size: A4 landscape; margin: 14mm 14mm; }
body { font-family: 'Liberation Serif', 'DejaVu Serif', serif; font-size: 9.4pt; line-height: 1.33; color: #1d1d1d; }
.cols { column-count: 2; column-gap: 8mm; }
.cols p { margin: 0 0 2.2mm 0; text-align: justify; }
h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 26pt; color: #7a3b12; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 13.5pt; color: #7a3b12; column-span: all; margin: 0 0 3mm 0;
     border-bottom: 2px solid #7a3b12; padding-bottom: 1mm; }
h3 { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #333; margin: 2.5mm 0 1.2mm 0; }
table { column-span: all; border-collapse: collapse; width: 100%; margin: 3mm 0 3mm 0; font-family: 'DejaVu Sans', sans-serif;
        font-size: 7.9pt; page-break-inside: avoid; }
caption { text-align: left; font-weight: bold; padding-bottom: 1.2mm; font-size: 8.6pt; }
th { border-bottom: 1.2px solid #7a3b12; border-top: 1.2px solid #7a3b12; padding: 2px 4px; text-align: left; }
td { padding: 1.6px 4px; border-bottom: 0.4px solid #ddd; }
.num { text-align: right; white-space: nowrap; }
table.tv td:first-child, table.tv th:first-child { width: 40%; }
tr.tot td { font-weight: bold; border-top: 0.8px solid #555; }
tr.sec td { font-weight: bold; background: #f6efe9; }
.note { column-span: all; font-size: 7.5pt; color: #555; margin-top: -1mm; }
.pb { break-before: page; }
.land { page: land; }
.cover { text-align: left; padding-top: 60mm; }
.cover .line { border-top: 4px solid #7a3b12; width: 60mm; margin: 6mm 0; }
"""


def prog_table(pn, pname):
    rows = []
    rows.append(["Lasten"])
    for code, name, L, B in data[pn]:
        rows.append([f"{code} {name}"] + L)
    rows.append(["Totaal lasten"] + prog_L[pn][1:])
    rows.append(["Baten"])
    for code, name, L, B in data[pn]:
        rows.append([f"{code} {name}"] + B)
    rows.append(["Totaal baten"] + prog_B[pn][1:])
    sal = [prog_B[pn][k] - prog_L[pn][k] for k in range(1, 7)]
    rows.append(["Saldo van baten en lasten"] + sal)
    n = len(data[pn])
    bold = (1 + n, 3 + 2 * n, 4 + 2 * n)
    return table(f"Tabel {pn}.1 Lasten en baten programma {pn} {pname} per taakveld (bedragen x € 1.000)",
                 ["Taakveld"] + TV_COLS, rows, bold_rows=bold, cls="tv")


def ind_table(pn):
    rows = [[a, b] + v + [s] for a, b, v, s in IND[pn]]
    return table(f"Tabel {pn}.2 Beleidsindicatoren programma {pn} (bron: waarstaatjegemeente.nl)",
                 ["Indicator", "Eenheid", "2021", "2022", "2023", "2024", "Bron"], rows, num_from=2)


def build():
    H = []
    a = H.append
    a(f"<html><head><meta charset='utf-8'><title>Programmabegroting 2026 Gemeente Lutkeloo</title><style>{CSS}</style></head><body>")
    a("""<div class="cover"><h1>Programmabegroting 2026</h1><div class="line"></div>
<p style="font-size:15pt">Gemeente Lutkeloo</p><p>Meerjarenraming 2027-2029</p>
<p style="margin-top:30mm">Vastgesteld door de gemeenteraad op 6 november 2025</p></div>""")

    # inleiding
    L26, B26 = lasten_tot[3], baten_tot[3]
    a('<div class="cols pb"><h2>Inleiding en financieel beeld</h2>')
    a(f"""<p>Voor u ligt de programmabegroting 2026 van de gemeente Lutkeloo. De begroting is opgebouwd uit vijf programma's
en het onderdeel algemene dekkingsmiddelen en overhead. Per programma leest u wat wij willen bereiken, wat wij
daarvoor gaan doen en wat het mag kosten. Bij elk programma staan de verplichte beleidsindicatoren uit
waarstaatjegemeente.nl, met de waarden van de afgelopen vier jaar.</p>
<p>De begroting 2026 sluit met een positief resultaat van € {nl(resultaat[3])}.000. De totale lasten bedragen € {nl(L26/1000, 1)} miljoen
en de totale baten € {nl(B26/1000, 1)} miljoen. Ook 2027 is sluitend, met een klein overschot. Voor 2028 en 2029 laat de
meerjarenraming een tekort zien van € {nl(-resultaat[5])}.000 en € {nl(-resultaat[6])}.000. Dat komt vooral doordat de groei van het
gemeentefonds na 2026 achterblijft bij de stijging van de kosten. Het college wil deze tekorten bij de voorjaarsnota
2026 oplossen, zonder de algemene reserve structureel aan te spreken.</p>
<p>Ten opzichte van de begroting 2025 stijgen de lasten vooral in het sociaal domein en bij de overhead. De lasten van
de jeugdhulp (taakveld 6.72) zijn na de inkomensregelingen de grootste post binnen het sociaal domein. Aan de batenkant groeit de algemene
uitkering; de OZB stijgt alleen met de inflatie.</p>
<p>Het weerstandsvermogen is met een ratio van {ratio_s} uitstekend. In de paragraaf weerstandsvermogen en
risicobeheersing aan het eind van deze begroting leest u hoe dat is opgebouwd. Het overzicht van baten en lasten per
programma over de jaren 2024 tot en met 2029 vindt u op de volgende pagina.</p>
<p>In het jaar 2024 sloot de jaarrekening met een positief resultaat van € {nl(resultaat[1])}.000, terwijl een sluitende begroting
was vastgesteld. Het overschot is vooral ontstaan door onderbesteding op onderhoud en een hogere algemene uitkering.</p>""")
    a("</div>")

    # landscape overview
    a('<section class="land"><h2 style="column-span:none">Overzicht van baten en lasten per programma 2024-2029</h2>')
    rows = []
    for pn, pname, _ in PROGS:
        rows.append([f"Programma {pn} {pname}"])
        rows.append(["Lasten"] + prog_L[pn])
        rows.append(["Baten"] + prog_B[pn])
        rows.append(["Saldo"] + [prog_B[pn][k] - prog_L[pn][k] for k in range(7)])
    rows.append(["Totaal lasten"] + lasten_tot)
    rows.append(["Totaal baten"] + baten_tot)
    rows.append(["Saldo van baten en lasten"] + saldo_tot)
    rows.append(["Toevoegingen aan reserves"] + [-m[0] for m in RES_MUT])
    rows.append(["Onttrekkingen aan reserves"] + [m[1] for m in RES_MUT])
    rows.append(["Geraamd resultaat"] + resultaat)
    nr = len(rows)
    a(table("Tabel A Overzicht baten en lasten per programma (bedragen x € 1.000; Begroting 2024 = na wijziging; saldo: - = nadeel)",
            ["Programma"] + COLS, rows, bold_rows=(nr - 4, nr - 1)))
    a("<p class='note'>Rekening 2024 = realisatie volgens de jaarstukken 2024. Begroting 2025 = begroting na de tweede bestuursrapportage 2025.</p>")
    a("</section>")

    for pn, pname, _ in PROGS:
        title = f"Programma {pn} {pname}" if pn != "0" else "Algemene dekkingsmiddelen en overhead"
        a(f'<div class="cols pb"><h2>{esc(title)}</h2>')
        a(TEXT[pn])
        a("<h3 style='column-span:all'>Wat mag het kosten?</h3>")
        a(prog_table(pn, pname))
        a(ind_table(pn))
        a("</div>")

    # reserves + weerstand
    a('<div class="cols pb"><h2>Reserves</h2>')
    a("""<p>De gemeente Lutkeloo heeft één algemene reserve en vijf bestemmingsreserves. De algemene reserve is de buffer voor
onvoorziene tegenvallers en telt mee in de weerstandscapaciteit. Bestemmingsreserves zijn door de raad bestemd voor
een specifiek doel. De reserve invoering Omgevingswet wordt in 2026 volledig ingezet en daarna opgeheven.</p>
<p>Aan de reserve onderhoud gemeentelijke gebouwen voegen wij jaarlijks € 240.000 toe volgens het meerjarig
onderhoudsplan. De onttrekking aan de reserve dekking kapitaallasten dekt de afschrijving van het gemeentehuis en
de brandweerkazerne.</p>""")
    rows = [[n, b, t, o, e] for n, b, t, o, e in res_rows] + [["Totaal reserves"] + res_tot]
    a(table("Tabel R.1 Verloop reserves 2026 (bedragen x € 1.000)",
            ["Reserve", "Stand 1-1-2026", "Toevoegingen 2026", "Onttrekkingen 2026", "Stand 31-12-2026"], rows,
            bold_rows=(len(rows) - 1,)))
    a('<h2 style="margin-top:5mm">Paragraaf weerstandsvermogen en risicobeheersing</h2>')
    a(f"""<p>Het weerstandsvermogen is het vermogen van de gemeente om financiële tegenvallers op te vangen zonder dat het
beleid hoeft te worden aangepast. Het is de verhouding tussen de beschikbare weerstandscapaciteit en de benodigde
weerstandscapaciteit, die volgt uit de geïnventariseerde risico's.</p>
<p>De beschikbare weerstandscapaciteit bestaat uit de algemene reserve, de onbenutte belastingcapaciteit van de OZB
(het verschil met de norm van het Rijk voor artikel 12-gemeenten) en de post onvoorzien. Voor elk risico is een kans en
een maximaal financieel gevolg bepaald; het product daarvan is het bedrag dat wij als benodigde capaciteit aanhouden.</p>
<p>De ratio weerstandsvermogen komt uit op {ratio_s}. Volgens de waarderingstabel van het Nederlands Adviesbureau voor
Risicomanagement is dat uitstekend (waardering A, ratio groter dan 2,0). De raad heeft als norm een ratio van
minimaal 1,4 vastgesteld.</p>
<p>Het grootste risico is de lagere groei van het gemeentefonds na 2026. Wij schatten de kans daarop op 75%. Daarnaast blijven
de open-einderegelingen in jeugdhulp en Wmo een belangrijk risico.</p>""")
    rows = [[n, v] for n, v in CAP] + [["Totaal beschikbare weerstandscapaciteit", cap_tot]]
    a(table("Tabel W.1 Beschikbare weerstandscapaciteit (bedragen x € 1.000)", ["Onderdeel", "Bedrag"], rows,
            bold_rows=(len(rows) - 1,)))
    rows = [[str(i + 1), n, f"{k}%", b, e] for i, (n, k, b, e) in enumerate(risk_rows)]
    rows.append(["", "Totaal benodigde weerstandscapaciteit", "", "", need_tot])
    a(table("Tabel W.2 Risico's en benodigde weerstandscapaciteit (bedragen x € 1.000)",
            ["Nr.", "Risico", "Kans", "Financieel gevolg", "Benodigd (kans x gevolg)"], rows, num_from=2,
            bold_rows=(len(rows) - 1,)))
    rows = [["Beschikbare weerstandscapaciteit (A)", cap_tot], ["Benodigde weerstandscapaciteit (B)", need_tot],
            ["Ratio weerstandsvermogen (A / B)", ratio_s]]
    a(table("Tabel W.3 Ratio weerstandsvermogen", ["", "2026"], rows, bold_rows=(2,)))
    rows = [[n] + [f"{v}%" if not isinstance(v, str) else f"{v}%" for v in vals] for n, vals in KENGETALLEN]
    a(table("Tabel W.4 Financiële kengetallen", ["Kengetal", "Rekening 2024", "Begroting 2025", "Begroting 2026",
                                                 "Raming 2027", "Raming 2028", "Raming 2029"], rows))
    a("""<p>De netto schuldquote loopt op tot 68% in 2028 door de investeringen in Kindcentrum Oosterdiek en de
reconstructie van de Dorpsstraat in Haarveen. Daarmee blijft Lutkeloo ruim onder de signaleringswaarde van 100%. De
structurele exploitatieruimte wordt vanaf 2028 negatief; dat sluit aan bij de tekorten in de meerjarenraming.</p>""")
    a("</div></body></html>")
    return "\n".join(H)


if __name__ == "__main__":
    out_html = HERE / "lutkeloo_programmabegroting_2026.html"
    out_html.write_text(build(), encoding="utf-8")
    print_pdf(out_html, CORPUS / "lutkeloo-programmabegroting-2026.pdf")
    print("lasten_tot", lasten_tot); print("baten_tot", baten_tot); print("saldo_tot", saldo_tot)
    print("resultaat", resultaat); print("au", au)
    for pn, _, _ in PROGS:
        print(pn, "L", prog_L[pn], "B", prog_B[pn])
    print("res", res_rows, res_tot); print("cap", cap_tot, "need", need_tot, "ratio", ratio)
