# Generates the HTML source of the fictional "Voorjaarsnota 2025" of gemeente Lindewaard.
# Bedragen x EUR 1.000; in the meerjarenbeeld positive = voordeel, negative = nadeel.
import os, json

HERE = os.path.dirname(os.path.abspath(__file__))
YEARS = [2025, 2026, 2027, 2028]


def nl(n, dec=0):
    s = f"{abs(n):,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if n < 0 else "") + s


def cell(n):
    return "-" if n == 0 else nl(n)


def blank(n):
    return "" if n in (0, None) else nl(n)


def trail(n):
    """onttrekkingen with trailing minus"""
    return "-" if n == 0 else nl(abs(n)) + "-"


A = ("Saldo programmabegroting 2024-2027 (2028 geëxtrapoleerd)", [1214, 986, 688, 860])
AUTONOOM = [
    ("Loon- en prijsontwikkeling (cao gemeenten, indexatie)", [-1860, -1905, -1950, -1995]),
    ("Algemene uitkering gemeentefonds (decembercirculaire 2023)", [1415, 560, 315, 290]),
    ("Jeugdzorg: volumegroei en tarieven", [-1250, -1100, -950, -950]),
    ("Wmo huishoudelijke ondersteuning (abonnementstarief)", [-420, -460, -500, -540]),
    ("Kapitaallasten: herfasering investeringen", [385, 210, -95, -160]),
    ("Lagere energielasten gemeentelijke gebouwen", [160, 160, 160, 160]),
    ("OZB: areaaluitbreiding Lindewaard-Oost", [132, 198, 264, 330]),
    ("Bijdragen verbonden partijen (veiligheidsregio, GGD)", [-214, -228, -241, -255]),
]
# nieuw beleid: (nr, omschrijving, programma, {year: (incidenteel, structureel)})
NB = [
    (1, "Uitbreiding handhaving: 2 fte boa", "Bestuur en veiligheid", {2025: (0, 140), 2026: (0, 145), 2027: (0, 145), 2028: (0, 145)}),
    (2, "Opstellen omgevingsplan (Omgevingswet)", "Ruimte en wonen", {2025: (250, 0), 2026: (180, 0)}),
    (3, "Impuls verduurzaming maatschappelijk vastgoed", "Duurzaamheid", {2025: (400, 0), 2026: (400, 0), 2027: (200, 0)}),
    (4, "Jongerenwerk wijk Noorderhaven", "Sociaal domein", {2025: (0, 85), 2026: (0, 120), 2027: (0, 120), 2028: (0, 120)}),
    (5, "Vroegsignalering schulden", "Sociaal domein", {2025: (25, 60), 2026: (0, 60), 2027: (0, 60), 2028: (0, 60)}),
    (6, "Renovatie kunstgrasvelden De Hoge Weide (kapitaallasten)", "Sport en cultuur", {2026: (0, 48), 2027: (0, 95), 2028: (0, 93)}),
    (7, "Exploitatiebijdrage Cultuurhuis De Linde", "Sport en cultuur", {2025: (0, 75), 2026: (0, 75), 2027: (0, 75), 2028: (0, 75)}),
    (8, "Nieuw zaaksysteem digitale dienstverlening", "Overhead en bedrijfsvoering", {2025: (180, 0), 2026: (0, 45), 2027: (0, 45), 2028: (0, 45)}),
    (9, "Klimaatadaptatie: aanpak wateroverlast", "Openbare ruimte", {2025: (150, 0), 2027: (150, 0)}),
]
NB_I = [sum(n[3].get(y, (0, 0))[0] for n in NB) for y in YEARS]
NB_S = [sum(n[3].get(y, (0, 0))[1] for n in NB) for y in YEARS]
NB_T = [i + s for i, s in zip(NB_I, NB_S)]
MAATR = [
    ("Inzet algemene reserve voor incidenteel nieuw beleid", NB_I),
    ("OZB: verhoging met 3% bovenop de inflatiecorrectie", [450, 465, 480, 495]),
    ("Taakstelling bedrijfsvoering (inhuur en vacatureruimte)", [250, 500, 750, 750]),
    ("Herijking subsidies", [0, 300, 400, 400]),
    ("Verhoging parkeertarieven centrum", [120, 180, 180, 180]),
    ("Afvalstoffenheffing naar 100% kostendekkendheid", [200, 400, 400, 400]),
    ("Structurele onderuitputting (stelpost)", [0, 250, 500, 600]),
]
SUB_B = [sum(r[1][i] for r in AUTONOOM) for i in range(4)]
SALDO_B = [A[1][i] + SUB_B[i] for i in range(4)]
SALDO_C = [SALDO_B[i] - NB_T[i] for i in range(4)]
SUB_M = [sum(r[1][i] for r in MAATR) for i in range(4)]
SALDO_D = [SALDO_C[i] + SUB_M[i] for i in range(4)]
assert SALDO_D == [222, 23, -139, 27], SALDO_D

RES = [  # stand 1-1-2025, toevoegingen, onttrekkingen, stand 31-12-2028
    ("Algemene reserve", 12480, 650, 1005, 11195),
    ("Reserve sociaal domein", 2350, 0, 500, 850),
    ("Reserve verduurzaming", 1100, 400, 620, 640),
    ("Reserve dekking kapitaallasten", 4612, 0, 186, 3868),
    ("Reserve grondexploitaties", 3200, 350, 0, 3550),
    ("Reserve onderhoud sportaccommodaties", 780, 120, 95, 835),
]
RES_END = [r[1] + r[2] - r[3] for r in RES]
RES_T = [sum(r[i] for r in RES) for i in (1, 2, 3)] + [sum(RES_END), sum(r[4] for r in RES)]
assert RES[0][3] == NB_I[0]
PROG = [  # netto lasten x 1.000: begroting 2024, 2025..2028
    ("1 Bestuur en veiligheid", [9840, 10412, 10598, 10705, 10843]),
    ("2 Openbare ruimte", [14230, 14985, 15204, 15480, 15602]),
    ("3 Ruimte en wonen", [3915, 4372, 4288, 4105, 4110]),
    ("4 Sociaal domein", [52640, 56318, 57106, 57820, 58492]),
    ("5 Sport en cultuur", [7325, 7640, 7802, 7910, 7985]),
    ("6 Duurzaamheid", [1480, 1960, 1915, 1720, 1505]),
    ("7 Overhead en bedrijfsvoering", [12870, 13205, 13190, 13025, 13110]),
]
PROG_T = [sum(p[1][i] for p in PROG) for i in range(5)]
AU = [-88412, -93506, -93940, -94715, -95603]
OZB = [-9104, -9812, -10330, -10690, -11050]
ONVZ = [150, 150, 150, 150, 150]
MUT_RES = [-1342, -886, -612, -475, -260]
SALDO_P = [-58] + [-x for x in SALDO_D]  # negatief = voordelig
OVERIG = [SALDO_P[i] - PROG_T[i] - AU[i] - OZB[i] - ONVZ[i] - MUT_RES[i] for i in range(5)]
DEKK_T = [AU[i] + OZB[i] + OVERIG[i] + ONVZ[i] for i in range(5)]
assert MUT_RES[1] == sum(r[2] for r in RES) - sum(r[3] for r in RES)
VP = [("Veiligheidsregio Midden-Vaart", 3412, 3551), ("GGD Vaartland", 1206, 1281),
      ("Omgevingsdienst Vaartland", 1085, 1118), ("Afvalschap De Groene Kring", 4310, 4498),
      ("Werkvoorzieningschap Lindevaart", 2940, 2985)]
assert (VP[0][2] - VP[0][1]) + (VP[1][2] - VP[1][1]) == -AUTONOOM[7][1][0]
INV = [("Vervanging brug over de Lindevaart (Molenstraat)", 2100000),
       ("Renovatie kunstgrasvelden sportpark De Hoge Weide", 640000),
       ("Led-openbare verlichting, fase 2", 1350000),
       ("Vervanging veegwagen", 285000)]
INV_T = sum(v for _, v in INV)
assert INV_T == 4375000

CSS = """
@page { size: A4; margin: 9mm 10mm 11mm 10mm;
  @bottom-center { content: "Voorjaarsnota 2025 gemeente Lindewaard  —  " counter(page); font: 6.8pt 'Liberation Sans'; color:#6d4c7d; } }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8.1pt; line-height: 1.33; color: #222; }
h1 { font-size: 13pt; color: #5b2c6f; margin: 10pt 0 4pt 0; text-transform: uppercase; letter-spacing: .5pt; }
h2 { font-size: 10pt; color: #5b2c6f; margin: 9pt 0 3pt 0; }
h3 { font-size: 8.6pt; color: #333; margin: 7pt 0 2pt 0; }
h1, h2, h3 { break-after: avoid; }
p { margin: 0 0 4.5pt 0; }
.brk { break-before: page; }
table.t { border-collapse: collapse; width: 100%; margin: 3pt 0 8pt 0; font-size: 7.7pt; break-inside: avoid; }
table.t td, table.t th { border: none; padding: 1.6pt 4pt; text-align: right; white-space: nowrap; }
table.t th { font-weight: bold; color: #5b2c6f; vertical-align: bottom; }
table.t .l { text-align: left; white-space: normal; }
table.t tbody tr:nth-child(odd) td { background: #f0e9f3; }
table.t tr.b td { font-weight: bold; }
table.t tr.s td { font-weight: bold; color: #5b2c6f; }
table.nb th { font-size: 6.6pt; } table.nb td { padding: 1.6pt 3pt; }
.cap { break-after: avoid; font-weight: bold; font-size: 8pt; margin-top: 6pt; }
.note { font-size: 7pt; color: #555; margin-top: -5pt; margin-bottom: 8pt; }
.head { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px solid #5b2c6f; padding-bottom: 4pt; }
.head .t { font-size: 20pt; font-weight: bold; color: #5b2c6f; }
.head .s { font-size: 8pt; text-align: right; color: #555; }
.cols { column-count: 2; column-gap: 7mm; }
.box { background: #5b2c6f; color: #fff; padding: 5pt 7pt; margin: 5pt 0 8pt 0; }
ol, ul { margin: 0 0 4pt 0; padding-left: 13pt; }
"""


def mjb_row(label, vals, cls=""):
    return f'<tr class="{cls}"><td class="l">{label}</td>' + "".join(f"<td>{cell(v)}</td>" for v in vals) + "</tr>"


def build():
    H = []
    a = H.append
    a(f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Voorjaarsnota 2025 gemeente Lindewaard</title><style>{CSS}</style></head><body>")
    a("""<div class="head"><div class="t">Voorjaarsnota 2025</div>
<div class="s">Gemeente Lindewaard<br>Kaders voor de programmabegroting 2025-2028<br>Raadsvergadering 27 juni 2024</div></div>""")
    a(f"""<h1>1. Samenvatting</h1>
<div>
<p>Met deze voorjaarsnota geeft het college de financiële kaders voor de programmabegroting 2025-2028. We actualiseren het meerjarenbeeld uit de programmabegroting 2024-2027, doen voorstellen voor nieuw beleid en laten zien hoe we de begroting sluitend maken. Lindewaard telde op 1 januari 2024 47.815 inwoners, 612 meer dan een jaar eerder, vooral door de nieuwbouw in Lindewaard-Oost.</p>
<p>Het financiële beeld is wisselend. De decembercirculaire 2023 pakt voor 2025 gunstig uit, maar vanaf 2026 ('het ravijnjaar') daalt de groei van de algemene uitkering sterk, terwijl de kosten van jeugdzorg en Wmo blijven stijgen. Zonder maatregelen zou het tekort in 2027 oplopen tot bijna € 3,2 miljoen.</p>
<p>Het college stelt daarom een pakket aan maatregelen voor van € 2,0 miljoen in 2025, oplopend tot € 3,1 miljoen in 2027. Daarmee is het meerjarenbeeld in 2025, 2026 en 2028 sluitend. Alleen 2027 laat nog een klein nadeel zien van € 139.000. Omdat het laatste jaar (2028) structureel sluitend is, voldoet de begroting aan de eisen van de provincie als toezichthouder.</p>
<p>Voor nieuw beleid trekken we in 2025 in totaal € 1.365.000 uit, waarvan € 1.005.000 incidenteel. De incidentele uitgaven dekken we uit de algemene reserve. De weerstandsratio blijft met 1,6 'ruim voldoende'.</p>
</div>
<div class="cap">Tabel 1. Saldo meerjarenbeeld na voorjaarsnota (bedragen x € 1.000)</div>
<table class="t"><thead><tr><th class="l"></th>{''.join(f'<th>{y}</th>' for y in YEARS)}</tr></thead><tbody>
{mjb_row('Saldo programmabegroting 2024-2027', A[1])}
{mjb_row('Autonome ontwikkelingen', SUB_B)}
{mjb_row('Nieuw beleid', [-x for x in NB_T])}
{mjb_row('Dekkingsmaatregelen', SUB_M)}
{mjb_row('Saldo na voorjaarsnota', SALDO_D, 'b')}
</tbody></table>
<p class="note">Een positief bedrag is een voordeel, een negatief bedrag een nadeel.</p>""")
    a("""<h1>2. Uitgangspunten</h1>
<p>De begroting 2025 wordt opgesteld op basis van de volgende uitgangspunten. Voor de loonontwikkeling gaan wij uit van de cao gemeenten 2024-2025; voor prijzen volgen wij de prijs overheidsconsumptie (POC) uit het Centraal Economisch Plan van het CPB.</p>
<table class="t" style="width:62%"><thead><tr><th class="l">Uitgangspunt</th><th>Begroting 2024</th><th>Begroting 2025</th></tr></thead><tbody>
<tr><td class="l">Loonstijging</td><td>6,0%</td><td>4,0%</td></tr>
<tr><td class="l">Prijsstijging (algemeen)</td><td>3,1%</td><td>2,6%</td></tr>
<tr><td class="l">Indexatie subsidies</td><td>4,2%</td><td>3,2%</td></tr>
<tr><td class="l">Inflatiecorrectie OZB</td><td>3,1%</td><td>2,6%</td></tr>
<tr><td class="l">Omslagrente</td><td>2,0%</td><td>2,5%</td></tr>
<tr><td class="l">Rente nieuwe langlopende leningen</td><td>3,0%</td><td>3,4%</td></tr>
</tbody></table>
<p>Bijdragen aan verbonden partijen worden verwerkt conform de vastgestelde begrotingen van de gemeenschappelijke regelingen. Tarieven van leges en heffingen worden met 2,6% geïndexeerd, tenzij in deze nota anders wordt voorgesteld (OZB, afvalstoffenheffing, parkeren).</p>""")
    a("""<h1>3. Ontwikkelingen per programma</h1>
<p>Hieronder schetsen wij per programma de belangrijkste ontwikkelingen sinds de vaststelling van de programmabegroting 2024. De financiële gevolgen zijn verwerkt in hoofdstuk 4 (autonome ontwikkelingen) en hoofdstuk 5 (nieuw beleid).</p>
<h3>Terugblik: jaarrekening 2023</h3>
<p>De jaarrekening 2023 sloot met een voordelig resultaat van € 2,9 miljoen. Een groot deel daarvan is incidenteel (onder meer een hogere algemene uitkering en vrijval van budgetten die niet zijn besteed); het structurele deel van € 0,4 miljoen is verwerkt in het saldo van de programmabegroting 2024-2027. Het rekeningresultaat is op voorstel van het college toegevoegd aan de algemene reserve.</p>
<div class="cols">
<p><b>Programma 1 Bestuur en veiligheid.</b> Het aantal woninginbraken daalde in 2023 naar 96 (2022: 131). Tegelijk nemen meldingen van overlast door jongeren en verwarde personen toe. De gemeenteraad heeft in november 2023 met een motie gevraagd om extra handhavingscapaciteit (zie voorstel 1).</p>
<p><b>Programma 2 Openbare ruimte.</b> De inwonerspeiling 2023 gaf het onderhoud van de openbare ruimte een 6,6 (2021: 6,9). Het beeldkwaliteitsniveau 'basis' wordt op veel plaatsen niet gehaald. In de programmabegroting werken wij een voorstel uit voor een hoger onderhoudsniveau in de winkelgebieden.</p>
<p><b>Programma 3 Ruimte en wonen.</b> In 2023 zijn 284 woningen opgeleverd, waarvan 41% in de sociale huursector. De woningbouwopgave tot 2030 bedraagt 2.150 woningen. De Omgevingswet is per 1 januari 2024 in werking getreden.</p>
<p><b>Programma 4 Sociaal domein.</b> De uitgaven aan jeugdzorg en Wmo blijven stijgen. De lasten van het sociaal domein zijn met ruim € 56 miljoen de grootste post in onze begroting. Het aantal huishoudens met een bijstandsuitkering bleef met 1.062 vrijwel gelijk.</p>
<p><b>Programma 5 Sport en cultuur.</b> Cultuurhuis De Linde trok in het eerste volledige jaar na de fusie 118.000 bezoekers. De sportdeelname onder jongeren ligt met 71% boven het landelijk gemiddelde.</p>
<p><b>Programma 6 Duurzaamheid.</b> Het aandeel woningen met energielabel A of beter steeg naar 38%. Voor de warmtetransitie is de wijkuitvoeringsaanpak gestart in Veldhoek.</p>
<p><b>Programma 7 Overhead en bedrijfsvoering.</b> De krappe arbeidsmarkt leidt tot veel inhuur: in 2023 was 14% van de formatie ingevuld met externen. Met de taakstelling op inhuur (maatregel c) willen wij dit terugdringen.</p>
</div>
""")
    # ---------------------------------------------------------------- 3 actualisatie
    h = ['<h1>4. Actualisatie meerjarenbeeld</h1>',
         '<p>In onderstaande tabel actualiseren we het saldo van de programmabegroting 2024-2027. Het jaar 2028 is geëxtrapoleerd op basis van 2027. De posten worden na de tabel kort toegelicht.</p>',
         '<div class="cap">Tabel 2. Actualisatie meerjarenbeeld 2025-2028 (bedragen x € 1.000)</div>',
         '<table class="t"><thead><tr><th class="l">Nr.</th><th class="l">Omschrijving</th>' + ''.join(f'<th>{y}</th>' for y in YEARS) + '</tr></thead><tbody>']
    def r(nr, lab, vals, cls=""):
        return f'<tr class="{cls}"><td class="l">{nr}</td><td class="l">{lab}</td>' + "".join(f"<td>{cell(v)}</td>" for v in vals) + "</tr>"
    h.append(r("A", A[0], A[1], "s"))
    for i, (lab, v) in enumerate(AUTONOOM, 1):
        h.append(r(str(i), lab, v))
    h.append(r("", "Subtotaal autonome ontwikkelingen", SUB_B, "b"))
    h.append(r("B", "Saldo na autonome ontwikkelingen", SALDO_B, "s"))
    h.append(r("", "Nieuw beleid incidenteel (tabel 3)", [-x for x in NB_I]))
    h.append(r("", "Nieuw beleid structureel (tabel 3)", [-x for x in NB_S]))
    h.append(r("C", "Saldo na nieuw beleid", SALDO_C, "s"))
    for j, (lab, v) in enumerate(MAATR):
        h.append(r(chr(ord('a') + j), lab, v))
    h.append(r("", "Subtotaal dekkingsmaatregelen", SUB_M, "b"))
    h.append(r("D", "Saldo meerjarenbeeld na voorjaarsnota", SALDO_D, "s"))
    h.append('</tbody></table>')
    h.append('<p class="note">Let op: in dit overzicht is een positief bedrag een voordeel en een negatief bedrag (-) een nadeel voor de begroting. Een streepje (-) zonder bedrag betekent dat er in dat jaar geen effect is.</p>')
    a("\n".join(h))
    a("""<h2>Toelichting autonome ontwikkelingen</h2>
<div class="cols">
<p><b>1. Loon- en prijsontwikkeling.</b> De nieuwe cao gemeenten leidt tot hogere salarislasten. Samen met de indexatie van budgetten en subsidies is dit een nadeel van € 1,86 miljoen in 2025, oplopend tot bijna € 2,0 miljoen in 2028. Een deel hiervan wordt gecompenseerd via het accres van de algemene uitkering (post 2).</p>
<p><b>2. Algemene uitkering.</b> De decembercirculaire 2023 levert voor 2025 een voordeel op van € 1.415.000. Vanaf 2026 is het voordeel veel kleiner, omdat het Rijk de accressen bevriest en de opschalingskorting weer wordt ingevoerd. Het jaar 2026 staat daarom bekend als het 'ravijnjaar'. De meicirculaire 2024 is nog niet verwerkt; de uitkomsten volgen bij de programmabegroting.</p>
<p><b>3. Jeugdzorg.</b> Het aantal jeugdigen met een maatwerkvoorziening steeg in 2023 naar 1.184 (2022: 1.096). Daarnaast zijn de tarieven van de regionale inkoop met gemiddeld 7,5% verhoogd. Dit leidt tot een nadeel van € 1,25 miljoen in 2025.</p>
<p><b>4. Wmo.</b> Door het abonnementstarief blijft het aantal cliënten met huishoudelijke ondersteuning stijgen, naar ruim 1.450 huishoudens eind 2023.</p>
<p><b>5. Kapitaallasten.</b> Door vertraging in de uitvoering van enkele investeringen (onder meer de renovatie van de gemeentewerf) vallen de kapitaallasten in 2025 en 2026 lager uit.</p>
<p><b>6. Energielasten.</b> De nieuwe energiecontracten per 1 januari 2024 liggen lager dan geraamd; dit levert structureel € 160.000 voordeel op.</p>
<p><b>7. OZB areaaluitbreiding.</b> De oplevering van ruim 600 woningen in Lindewaard-Oost in de periode 2024-2027 leidt tot hogere OZB-opbrengsten.</p>
<p><b>8. Verbonden partijen.</b> De ontwerpbegrotingen 2025 van de veiligheidsregio en de GGD laten een hogere gemeentelijke bijdrage zien.</p>
</div>""")
    def pr(lab, v, cls=""):
        return f'<tr class="{cls}"><td class="l">{lab}</td>' + "".join(f"<td>{nl(x)}</td>" for x in v) + "</tr>"
    h = ['<h2>Meerjarenraming per programma na verwerking voorjaarsnota</h2>',
         '<p>Onderstaande tabel laat de netto lasten per programma zien na verwerking van alle voorstellen uit deze voorjaarsnota. Anders dan in tabel 2 zijn hier netto lasten positief en netto baten (zoals de algemene uitkering) negatief.</p>',
         '<div class="cap">Tabel 2a. Saldo van lasten en baten per programma (x € 1.000)</div>',
         '<table class="t"><thead><tr><th class="l">Programma</th><th>Begroting 2024</th><th>Raming 2025</th><th>Raming 2026</th><th>Raming 2027</th><th>Raming 2028</th></tr></thead><tbody>']
    for lab, v in PROG:
        h.append(pr(lab, v))
    h.append(pr("Totaal saldo programma's", PROG_T, "b"))
    h.append(pr("Algemene uitkering gemeentefonds", AU))
    h.append(pr("Onroerendezaakbelastingen", OZB))
    h.append(pr("Overige algemene dekkingsmiddelen", OVERIG))
    h.append(pr("Onvoorzien", ONVZ))
    h.append(pr("Totaal algemene dekkingsmiddelen en onvoorzien", DEKK_T, "b"))
    h.append(pr("Mutaties reserves (saldo)", MUT_RES))
    h.append(pr("Begrotingssaldo (negatief = voordelig)", SALDO_P, "s"))
    h.append('</tbody></table>')
    a("\n".join(h))
    a("""<h2>Toelichting dekkingsmaatregelen</h2>
<p>Om het meerjarenbeeld sluitend te maken stelt het college zeven maatregelen voor (a tot en met g in tabel 2). Bij de keuze van de maatregelen is gekeken naar de gevolgen voor inwoners, de uitvoerbaarheid en de structurele opbrengst.</p>
<div class="cols">
<p><b>a. Inzet algemene reserve.</b> De incidentele voorstellen voor nieuw beleid worden gedekt uit de algemene reserve: € 1.005.000 in 2025, € 580.000 in 2026 en € 350.000 in 2027. De algemene reserve blijft daarmee boven de door de raad vastgestelde ondergrens van € 10 miljoen.</p>
<p><b>b. OZB.</b> Naast de inflatiecorrectie van 2,6% stellen wij voor de OZB-tarieven met 3% extra te verhogen. Dit levert in 2025 € 450.000 op. Voor een huiseigenaar met een woning van gemiddelde waarde betekent dit ongeveer € 10 per jaar extra.</p>
<p><b>c. Taakstelling bedrijfsvoering.</b> Door minder externe inhuur en het kritisch beoordelen van vacatures besparen wij € 250.000 in 2025, oplopend tot € 750.000 vanaf 2027.</p>
<p><b>d. Herijking subsidies.</b> Vanaf 2026 worden subsidies boven € 25.000 met gemiddeld 10% verlaagd, met uitzondering van subsidies voor kwetsbare inwoners.</p>
<p><b>e. Parkeertarieven.</b> Het uurtarief in het centrum gaat per 1 januari 2025 van € 2,20 naar € 2,60. Dit levert vanaf 2026 € 180.000 per jaar op.</p>
<p><b>f. Afvalstoffenheffing.</b> De afvalstoffenheffing is nu voor 92% kostendekkend. In twee stappen (2025 en 2026) gaan we naar 100%. Dit verlaagt de lasten in de algemene middelen met € 400.000 per jaar vanaf 2026.</p>
<p><b>g. Onderuitputting.</b> Uit de jaarrekeningen 2021-2023 blijkt een gemiddelde onderuitputting van ruim € 1,1 miljoen per jaar. Wij ramen daarom een stelpost onderuitputting die oploopt tot € 600.000 in 2028.</p>
</div>
""")
    # ---------------------------------------------------------------- 4 nieuw beleid
    h = ['<h1 class="brk">5. Nieuw beleid</h1>',
         '<p>Het college stelt de volgende voorstellen voor nieuw beleid voor. Een voorstel is incidenteel als het een tijdelijk karakter heeft; structurele voorstellen werken door in alle jaren. Lege vakken betekenen dat het voorstel in dat jaar geen financieel effect heeft.</p>',
         '<div class="cap">Tabel 3. Voorstellen nieuw beleid (bedragen x € 1.000, lasten)</div>',
         '<table class="t nb"><thead><tr><th class="l" rowspan="2">Nr.</th><th class="l" rowspan="2">Voorstel</th>' +
         ''.join(f'<th colspan="2" style="text-align:center">{y}</th>' for y in YEARS) + '</tr><tr>' +
         ''.join('<th>incidenteel</th><th>structureel</th>' for _ in YEARS) + '</tr></thead><tbody>']
    last = None
    for nr, lab, prog, d in NB:
        if prog != last:
            h.append(f'<tr class="s"><td class="l"></td><td class="l" colspan="9">Programma {prog}</td></tr>')
            last = prog
        cells = "".join(f"<td>{blank(d.get(y, (0, 0))[0])}</td><td>{blank(d.get(y, (0, 0))[1])}</td>" for y in YEARS)
        h.append(f'<tr><td class="l">{nr}</td><td class="l">{lab}</td>{cells}</tr>')
    cells = "".join(f"<td>{cell(i)}</td><td>{cell(s)}</td>" for i, s in zip(NB_I, NB_S))
    h.append(f'<tr class="b"><td class="l"></td><td class="l">Totaal nieuw beleid</td>{cells}</tr>')
    h.append('</tbody></table>')
    a("\n".join(h))
    a(f"""<p class="note">Het totaal van incidenteel en structureel nieuw beleid bedraagt € {nl(NB_T[0])} duizend in 2025, € {nl(NB_T[1])} duizend in 2026, € {nl(NB_T[2])} duizend in 2027 en € {nl(NB_T[3])} duizend in 2028.</p>
<h2>Toelichting op de voorstellen</h2>
<div class="cols">
<p><b>1. Handhaving.</b> Het aantal meldingen over overlast en parkeren steeg in 2023 met 18% naar 3.960. Wij stellen voor het team boa's uit te breiden met 2 fte, zodat ook in de avonduren en in het weekend kan worden gehandhaafd.</p>
<p><b>2. Omgevingsplan.</b> Met de inwerkingtreding van de Omgevingswet moeten alle bestemmingsplannen uiterlijk in 2032 zijn omgezet in één omgevingsplan. Voor de eerste twee fasen is in totaal € 430.000 nodig.</p>
<p><b>3. Verduurzaming maatschappelijk vastgoed.</b> Wij willen de 14 gemeentelijke gebouwen met het laagste energielabel in drie jaar verduurzamen. De impuls van in totaal € 1.000.000 komt bovenop de middelen in de reserve verduurzaming.</p>
<p><b>4. Jongerenwerk Noorderhaven.</b> In Noorderhaven is sprake van toenemende overlast en zorgen over jongeren. Wij zetten vanaf het tweede kwartaal van 2025 twee extra jongerenwerkers in.</p>
<p><b>5. Vroegsignalering schulden.</b> In Lindewaard hebben naar schatting ruim 2.300 huishoudens problematische schulden. Met vroegsignalering op basis van betalingsachterstanden bij woningcorporaties en energieleveranciers willen wij jaarlijks 400 huishoudens eerder bereiken.</p>
<p><b>6. Kunstgrasvelden.</b> De twee kunstgrasvelden van sportpark De Hoge Weide zijn aan vervanging toe. De investering (zie hoofdstuk 7) leidt vanaf 2026 tot kapitaallasten.</p>
<p><b>7. Cultuurhuis De Linde.</b> Na de fusie van bibliotheek, muziekschool en theater is een hogere structurele exploitatiebijdrage nodig om de openingstijden te handhaven.</p>
<p><b>8. Zaaksysteem.</b> Het huidige zaaksysteem wordt niet meer ondersteund. De implementatie van een nieuw systeem kost eenmalig € 180.000; daarna stijgen de licentiekosten structureel.</p>
<p><b>9. Klimaatadaptatie.</b> Na de wateroverlast van juni 2023 worden in 2025 en 2027 maatregelen genomen in de wijken Oude Linde en Veldhoek.</p>
</div>""")
    # ---------------------------------------------------------------- 5 reserves
    h = ['<h1>6. Reserves</h1>',
         '<p>De voorstellen in deze voorjaarsnota leiden tot de volgende mutaties in de reserves. De onttrekking aan de algemene reserve in 2025 is gelijk aan het incidentele nieuwe beleid. De toevoeging aan de algemene reserve betreft de verwachte winstneming op de grondexploitatie Lindewaard-Oost.</p>',
         '<div class="cap">Tabel 4. Verloop reserves (bedragen x € 1.000)</div>',
         '<table class="t"><thead><tr><th class="l">Reserve</th><th>Stand<br>1-1-2025</th><th>Toevoegingen<br>2025</th><th>Onttrekkingen<br>2025</th><th>Stand<br>31-12-2025</th><th>Verwachte stand<br>31-12-2028</th></tr></thead><tbody>']
    for r_, e in zip(RES, RES_END):
        h.append(f'<tr><td class="l">{r_[0]}</td><td>{nl(r_[1])}</td><td>{cell(r_[2])}</td><td>{trail(r_[3])}</td><td>{nl(e)}</td><td>{nl(r_[4])}</td></tr>')
    h.append(f'<tr class="b"><td class="l">Totaal reserves</td><td>{nl(RES_T[0])}</td><td>{nl(RES_T[1])}</td><td>{trail(RES_T[2])}</td><td>{nl(RES_T[3])}</td><td>{nl(RES_T[4])}</td></tr>')
    h.append('</tbody></table>')
    a("\n".join(h))
    a("""<p>De reserve sociaal domein wordt in 2025 ingezet om de stijging van de jeugdzorgkosten deels op te vangen (€ 500.000). Uit de reserve verduurzaming wordt € 620.000 onttrokken voor lopende projecten, waaronder zonnepanelen op sporthal De Wieken. Wij verwachten dat de reserves tot eind 2028 afnemen, vooral door de inzet van de algemene reserve voor incidenteel nieuw beleid en de jaarlijkse onttrekking aan de reserve dekking kapitaallasten.</p>""")
    # ---------------------------------------------------------------- 6 investeringen
    items = "; ".join(f"{(lab[0].lower() + lab[1:]) if i else lab} (€ {nl(v)})" for i, (lab, v) in enumerate(INV))
    a(f"""<h1>7. Investeringen</h1>
<p>Voor 2025 vragen wij de raad om de volgende nieuwe investeringskredieten beschikbaar te stellen: {items}. In totaal gaat het om € {nl(INV_T)}. De brug over de Lindevaart is technisch afgekeurd en moet uiterlijk in 2026 vervangen zijn; de nieuwe brug wordt in 40 jaar afgeschreven en leidt vanaf 2026 tot circa € 84.000 aan jaarlijkse kapitaallasten, die zijn verwerkt in post 5 van tabel 2. De kapitaallasten van de kunstgrasvelden staan bij het nieuwe beleid (voorstel 6). De led-verlichting verdient zich grotendeels terug via lagere energiekosten: de verwachte besparing is 62% ten opzichte van de huidige armaturen. De veegwagen wordt gedekt uit de bestaande budgetten voor materieel.</p>
<p>Daarnaast lopen er nog kredieten uit eerdere jaren, waaronder de renovatie van de gemeentewerf (€ 3,4 miljoen) en de uitbreiding van basisschool De Vlonder (€ 5,9 miljoen).</p>""")
    # ---------------------------------------------------------------- 7 lokale lasten, weerstand
    VPROWS = ''.join(f'<tr><td class="l">{n}</td><td>{nl(x)}</td><td>{nl(y)}</td><td>{nl(y-x)}</td></tr>' for n, x, y in VP)
    VPROWS += f'<tr class="b"><td class="l">Totaal</td><td>{nl(sum(v[1] for v in VP))}</td><td>{nl(sum(v[2] for v in VP))}</td><td>{nl(sum(v[2]-v[1] for v in VP))}</td></tr>'
    a("""<h1 class="brk">8. Lokale lasten</h1>
<p>Wij stellen voor de OZB in 2025 naast de inflatiecorrectie van 2,6% met 3% extra te verhogen. De afvalstoffenheffing wordt in twee stappen kostendekkend gemaakt. Voor een meerpersoonshuishouden met een eigen woning van gemiddelde waarde (€ 368.000) stijgen de woonlasten daardoor met € 38.</p>
<table class="t" style="width:70%"><thead><tr><th class="l">Woonlasten meerpersoonshuishouden (in €)</th><th>2024</th><th>2025 (voorstel)</th></tr></thead><tbody>
<tr><td class="l">Onroerendezaakbelasting (eigenaar woning)</td><td>339</td><td>358</td></tr>
<tr><td class="l">Afvalstoffenheffing</td><td>331</td><td>347</td></tr>
<tr><td class="l">Rioolheffing</td><td>242</td><td>245</td></tr>
<tr class="b"><td class="l">Totaal woonlasten</td><td>912</td><td>950</td></tr>
</tbody></table>
<h1>9. Verbonden partijen</h1>
<p>De gemeente neemt deel in vijf gemeenschappelijke regelingen. De ontwerpbegrotingen 2025 zijn in het voorjaar aan de raad voorgelegd voor een zienswijze. De hogere bijdragen aan de veiligheidsregio en de GGD zijn verwerkt als autonome ontwikkeling (post 8 van tabel 2); de hogere bijdrage aan het afvalschap wordt gedekt uit de afvalstoffenheffing.</p>
<div class="cap">Tabel 5. Bijdragen aan verbonden partijen (x € 1.000)</div>
<table class="t" style="width:75%"><thead><tr><th class="l">Gemeenschappelijke regeling</th><th>Begroting 2024</th><th>Ontwerpbegroting 2025</th><th>Verschil</th></tr></thead><tbody>
""" + VPROWS + """</tbody></table>
<h1>10. Weerstandsvermogen en risico's</h1>
<p>De beschikbare weerstandscapaciteit bedraagt € 16,7 miljoen en bestaat uit de algemene reserve, de reserve grondexploitaties en de onbenutte belastingcapaciteit. De benodigde weerstandscapaciteit is met een risicosimulatie (90% zekerheid) berekend op € 10,4 miljoen. De weerstandsratio komt daarmee op 1,6 ('ruim voldoende'). De belangrijkste risico's staan in de tabel hieronder.</p>
<table class="t" style="width:82%"><thead><tr><th class="l">Risico</th><th>Maximaal financieel gevolg<br>(x € 1.000)</th><th>Kans</th></tr></thead><tbody>
<tr><td class="l">Open-einderegelingen sociaal domein (jeugd, Wmo)</td><td>2.500</td><td>50%</td></tr>
<tr><td class="l">Ontwikkeling algemene uitkering vanaf 2026</td><td>3.000</td><td>50%</td></tr>
<tr><td class="l">Afzet kavels grondexploitatie Lindewaard-Oost</td><td>1.800</td><td>25%</td></tr>
<tr><td class="l">Juridische claims (aanbestedingen, planschade)</td><td>400</td><td>25%</td></tr>
<tr><td class="l">Cyberincident en uitval ICT</td><td>750</td><td>10%</td></tr>
</tbody></table>
<h2>Financiële kengetallen</h2>
<table class="t"><thead><tr><th class="l">Kengetal</th><th>Rekening 2023</th><th>Begroting 2024</th><th>Begroting 2025</th><th>Raming 2026</th><th>Raming 2027</th><th>Raming 2028</th></tr></thead><tbody>
<tr><td class="l">Netto schuldquote</td><td>68%</td><td>74%</td><td>79%</td><td>83%</td><td>85%</td><td>84%</td></tr>
<tr><td class="l">Netto schuldquote gecorrigeerd voor alle verstrekte leningen</td><td>62%</td><td>69%</td><td>74%</td><td>78%</td><td>80%</td><td>79%</td></tr>
<tr><td class="l">Solvabiliteitsratio</td><td>29%</td><td>27%</td><td>25%</td><td>24%</td><td>23%</td><td>23%</td></tr>
<tr><td class="l">Structurele exploitatieruimte</td><td>0,8%</td><td>0,2%</td><td>0,1%</td><td>-0,3%</td><td>-0,4%</td><td>0,1%</td></tr>
<tr><td class="l">Grondexploitatie</td><td>6%</td><td>5%</td><td>4%</td><td>3%</td><td>2%</td><td>2%</td></tr>
<tr><td class="l">Belastingcapaciteit</td><td>96%</td><td>97%</td><td>101%</td><td>102%</td><td>103%</td><td>103%</td></tr>
</tbody></table>
<p>De netto schuldquote loopt op door de investeringen in onder meer de gemeentewerf, basisschool De Vlonder en de brug over de Lindevaart, maar blijft onder de signaalwaarde van 100%. De belastingcapaciteit stijgt door de voorgestelde verhoging van de OZB en de afvalstoffenheffing boven het landelijk gemiddelde.</p>
<div class="box"><b>Beslispunten voor de raad</b>
<ol><li>De Voorjaarsnota 2025 vast te stellen als kader voor de programmabegroting 2025-2028.</li>
<li>In te stemmen met de voorstellen voor nieuw beleid uit tabel 3 en de dekkingsmaatregelen uit tabel 2.</li>
<li>De incidentele voorstellen in 2025 ten bedrage van € 1.005.000 te dekken uit de algemene reserve.</li>
<li>In te stemmen met de voorgestelde investeringskredieten voor 2025 (€ 4.375.000).</li></ol></div>""")
    a("</body></html>")
    return "\n".join(H)


if __name__ == "__main__":
    with open(os.path.join(HERE, "lindewaard-voorjaarsnota-2025.html"), "w", encoding="utf-8") as f:
        f.write(build())
    print(json.dumps(dict(SUB_B=SUB_B, SALDO_B=SALDO_B, NB_I=NB_I, NB_S=NB_S, NB_T=NB_T, SALDO_C=SALDO_C,
                          SUB_M=SUB_M, SALDO_D=SALDO_D, RES_END=RES_END, RES_T=RES_T, INV_T=INV_T)))
