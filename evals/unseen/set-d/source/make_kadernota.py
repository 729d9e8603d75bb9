# Generator for the fictional "Kadernota 2026" of Veiligheidsregio Elster-Veenland.
import json, pathlib

OUT = pathlib.Path(__file__).with_name("vr-elster-veenland-kadernota-2026.html")


def nl(n):
    s = f"{abs(int(round(n))):,}".replace(",", ".")
    return ("-" + s) if n < 0 else s


def dec(x, d=2):
    s = f"{x:,.{d}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return s


INW25 = [("Duinwaarde", 15208), ("Ekkerveen", 18905), ("Elsterwaarde", 31412), ("Geldersvaart", 87340),
         ("Harmelerwaard", 24561), ("Loosterhoek", 46238), ("Ruisbergen", 21693), ("Stijlkamp", 9886),
         ("Vlierburen", 12774)]
INW24 = dict(Duinwaarde=15176, Ekkerveen=18861, Elsterwaarde=31198, Geldersvaart=86512, Harmelerwaard=24390,
             Loosterhoek=45907, Ruisbergen=21540, Stijlkamp=9903, Vlierburen=12802)
PI25_PRIM = 54.39
PI25 = 55.90
LOON, PRIJS, AANDEEL_LOON = 4.2, 2.6, 0.75
GEWOGEN = round(AANDEEL_LOON * LOON + (1 - AANDEEL_LOON) * PRIJS, 2)  # 3.80

NB = [  # nieuw beleid x € 1.000, 2026..2029
    ("1", "Versterking bevolkingszorg en crisisbeheersing (2,0 fte)", [165, 170, 170, 170], "structureel"),
    ("2", "Natuurbrandbestrijding: twee terreinvaardige tankautospuiten (kapitaallasten)", [48, 96, 94, 92], "structureel"),
    ("3", "Rechtspositie brandweervrijwilligers", [120, 240, 240, 240], "structureel"),
    ("4", "Informatieveiligheid en cybersecurity", [60, 60, 45, 45], "structureel"),
    ("5", "Opleiding incidentbestrijding energietransitie", [35, 35, 0, 0], "incidenteel"),
]
NB_TOT = [sum(x[2][i] for x in NB) for i in range(4)]

T25 = sum(v for _, v in INW25)
T24 = sum(INW24.values())
PI26_AUTO = round(PI25 * (1 + GEWOGEN / 100), 2)
PI26_NB = round(NB_TOT[0] * 1000 / T25, 2)
PI26 = round(PI26_AUTO + PI26_NB, 2)
rows = []
for g, v in INW25:
    b25 = round(INW24[g] * PI25)
    b26 = round(v * PI26)
    rows.append((g, v, b25, b26, b26 - b25))
B25 = sum(r[2] for r in rows)
B26 = sum(r[3] for r in rows)

# scenario's
GEW_HOOG = round(AANDEEL_LOON * 5.5 + (1 - AANDEEL_LOON) * PRIJS, 3)  # 4.775
PI26_HOOG = round(round(PI25 * (1 + GEW_HOOG / 100), 2) + PI26_NB, 2)
SC2_TOT = round(T25 * PI26_AUTO)
SC3_TOT = round(T25 * PI26_HOOG)

# financieel kader in € x 1 mln (one decimal), columns: begroting 2025, 2026, 2027, 2028, 2029
FK_L = [
    ("Personeel (beroeps en vrijwilligers)", [14.4, 15.0, 15.5, 15.9, 16.3]),
    ("Materieel en bedrijfsvoering", [4.1, 4.2, 4.2, 4.3, 4.4]),
    ("Kapitaallasten", [2.5, 2.7, 2.7, 2.9, 3.0]),
    ("Bijdrage gezamenlijke meldkamer", [1.4, 1.4, 1.4, 1.5, 1.6]),
    ("Nieuw beleid", [0.0, 0.4, 0.6, 0.5, 0.5]),
]
FK_B = [
    ("Bijdragen gemeenten", [14.9, 16.0, 16.6, 17.1, 17.6]),
    ("Brede doeluitkering rampenbestrijding (BDuR)", [6.2, 6.4, 6.5, 6.7, 6.8]),
    ("Overige baten", [1.3, 1.3, 1.3, 1.3, 1.4]),
]
FK_LT = [round(sum(r[1][i] for r in FK_L), 1) for i in range(5)]
FK_BT = [round(sum(r[1][i] for r in FK_B), 1) for i in range(5)]
assert FK_LT == FK_BT, (FK_LT, FK_BT)
assert round(B25 / 1e6, 1) == 14.9 and round(B26 / 1e6, 1) == 16.0, (B25, B26)
assert [round(x / 1000, 1) for x in NB_TOT] == FK_L[4][1][1:], NB_TOT

# lasten per programma (bedragen in duizenden euro's): begroting 2025, kader 2026
BDUR = (6188, 6412)
OVERIG = (1297, 1321)
PROG = [
    ("Risicobeheersing", 2108, 2214),
    ("Incidentbestrijding (brandweerzorg)", 12946, 13522),
    ("Crisisbeheersing en bevolkingszorg", 1274, 1498),
    ("GHOR", 812, 846),
    ("Meldkamer en informatievoorziening", 1437, 1538),
    ("Bedrijfsvoering", 3794, 4094),
]
PL25 = sum(p[1] for p in PROG)
PL26 = sum(p[2] for p in PROG)
PB25 = round(B25 / 1000) + BDUR[0] + OVERIG[0]
PB26 = round(B26 / 1000) + BDUR[1] + OVERIG[1]
assert PL25 == PB25 and PL26 == PB26, (PL25, PB25, PL26, PB26)
assert round(PL25 / 1000, 1) == FK_LT[0] and round(PL26 / 1000, 1) == FK_LT[1]
MAX_AR = round(0.025 * PL26)

RESV = [  # Bedragen in €1.000: stand 1-1-2025, verwacht 31-12-2025, verwacht 31-12-2026
    ("Algemene reserve", 548, 548, 548),
    ("Bestemmingsreserve opleidingen", 212, 177, 142),
    ("Egalisatiereserve kapitaallasten materieel", 1064, 912, 760),
    ("Bestemmingsreserve vrijwilligheid", 150, 150, 75),
]


def fk_cell(x):
    return "-" if x == 0 else dec(x, 1)


def fk_table():
    yrs = ["Begroting 2025", "2026", "2027", "2028", "2029"]
    h = "".join(f"<th>{y}</th>" for y in yrs)
    r = "<tr class='grp'><td class='l' colspan='6'>Lasten</td></tr>"
    for n, v in FK_L:
        r += f"<tr><td class='l'>{n}</td>" + "".join(f"<td>{fk_cell(x)}</td>" for x in v) + "</tr>"
    r += "<tr class='sub'><td class='l'>Totaal lasten</td>" + "".join(f"<td>{dec(x,1)}</td>" for x in FK_LT) + "</tr>"
    r += "<tr class='grp'><td class='l' colspan='6'>Baten</td></tr>"
    for n, v in FK_B:
        r += f"<tr><td class='l'>{n}</td>" + "".join(f"<td>{fk_cell(x)}</td>" for x in v) + "</tr>"
    r += "<tr class='sub'><td class='l'>Totaal baten</td>" + "".join(f"<td>{dec(x,1)}</td>" for x in FK_BT) + "</tr>"
    r += "<tr class='tot'><td class='l'>Saldo</td>" + "".join("<td>0,0</td>" for _ in FK_BT) + "</tr>"
    return f"""<table class="t">
<caption>Tabel 3 &ndash; Meerjarig financieel kader 2026-2029 <span class="sc">(€ x 1 mln)</span></caption>
<thead><tr><th class="l"></th>{h}</tr></thead><tbody>{r}</tbody></table>"""


def nb_table():
    r = ""
    for nr, n, v, a in NB:
        r += f"<tr><td class='l'>{nr}</td><td class='l'>{n}</td>" + "".join(f"<td>{nl(x) if x else '-'}</td>" for x in v) + f"<td class='l'>{a}</td></tr>"
    r += "<tr class='tot'><td></td><td class='l'>Totaal nieuw beleid</td>" + "".join(f"<td>{nl(x)}</td>" for x in NB_TOT) + "<td></td></tr>"
    return f"""<table class="t">
<caption>Tabel 4 &ndash; Voorstellen nieuw beleid <span class="sc">bedragen x € 1.000</span></caption>
<thead><tr><th class="l">Nr.</th><th class="l">Voorstel</th><th>2026</th><th>2027</th><th>2028</th><th>2029</th><th class="l">Aard</th></tr></thead>
<tbody>{r}</tbody></table>"""


def bijdrage_table():
    r = ""
    for g, v, b25, b26, d in rows:
        r += f"<tr><td class='l'>{g}</td><td>{nl(v)}</td><td>{nl(b25)}</td><td>{nl(b26)}</td><td>+{nl(d)}</td></tr>"
    r += f"<tr class='tot'><td class='l'>Totaal</td><td>{nl(T25)}</td><td>{nl(B25)}</td><td>{nl(B26)}</td><td>+{nl(B26-B25)}</td></tr>"
    return f"""<table class="t">
<caption>Tabel 5 &ndash; Gemeentelijke bijdragen 2026 <span class="sc">(in €)</span></caption>
<thead><tr><th class="l">Gemeente</th><th>Inwoners<br>1 januari 2025</th><th>Bijdrage 2025<sup>1)</sup></th><th>Bijdrage 2026</th><th>Verschil</th></tr></thead>
<tbody>{r}</tbody></table>
<p class="fn">1) Begroting 2025 na 1e begrotingswijziging: € {dec(PI25)} per inwoner, op basis van het aantal inwoners op 1 januari 2024
({nl(T24)} inwoners). Bijdrage 2026: € {dec(PI26)} per inwoner op basis van het aantal inwoners op 1 januari 2025 (CBS).</p>"""


def prog_table():
    r = ""
    for n, a, b in PROG:
        r += f"<tr><td class='l'>{n}</td><td>{nl(a)}</td><td>{nl(b)}</td><td>{nl(b-a)}</td></tr>"
    r += f"<tr class='tot'><td class='l'>Totaal lasten</td><td>{nl(PL25)}</td><td>{nl(PL26)}</td><td>{nl(PL26-PL25)}</td></tr>"
    r += f"<tr><td class='l'>Bijdragen gemeenten</td><td>{nl(round(B25/1000))}</td><td>{nl(round(B26/1000))}</td><td>{nl(round(B26/1000)-round(B25/1000))}</td></tr>"
    r += f"<tr><td class='l'>BDuR</td><td>{nl(BDUR[0])}</td><td>{nl(BDUR[1])}</td><td>{nl(BDUR[1]-BDUR[0])}</td></tr>"
    r += f"<tr><td class='l'>Overige baten</td><td>{nl(OVERIG[0])}</td><td>{nl(OVERIG[1])}</td><td>{nl(OVERIG[1]-OVERIG[0])}</td></tr>"
    r += f"<tr class='tot'><td class='l'>Totaal baten</td><td>{nl(PB25)}</td><td>{nl(PB26)}</td><td>{nl(PB26-PB25)}</td></tr>"
    return f"""<table class="t narrow">
<caption>Tabel 2 &ndash; Lasten en baten per programma <span class="sc">(bedragen in duizenden euro's)</span></caption>
<thead><tr><th class="l">Programma</th><th>Begroting<br>2025</th><th>Kader<br>2026</th><th>Verschil</th></tr></thead>
<tbody>{r}</tbody></table>"""


def idx_table():
    return f"""<table class="t narrow">
<caption>Tabel 1 &ndash; Indexatie 2026</caption>
<thead><tr><th class="l">Onderdeel</th><th>Aandeel in lasten</th><th>Index 2026</th><th class="l">Bron</th></tr></thead>
<tbody>
<tr><td class="l">Loonkosten</td><td>75%</td><td>{dec(LOON,1)}%</td><td class="l">MEV 2025, loonvoet sector overheid</td></tr>
<tr><td class="l">Prijzen (materiële lasten)</td><td>25%</td><td>{dec(PRIJS,1)}%</td><td class="l">MEV 2025, prijs netto materiële overheidsconsumptie</td></tr>
<tr class="tot"><td class="l">Gewogen indexatie</td><td>100%</td><td>{dec(GEWOGEN,2)}%</td><td class="l"></td></tr>
</tbody></table>"""


def res_table():
    r = ""
    for n, a, b, c in RESV:
        r += f"<tr><td class='l'>{n}</td><td>{nl(a)}</td><td>{nl(b)}</td><td>{nl(c)}</td></tr>"
    t = [sum(x[i] for x in RESV) for i in (1, 2, 3)]
    r += "<tr class='tot'><td class='l'>Totaal reserves</td>" + "".join(f"<td>{nl(x)}</td>" for x in t) + "</tr>"
    return f"""<table class="t narrow">
<caption>Tabel 6 &ndash; Verloop reserves <span class="sc">Bedragen in €1.000</span></caption>
<thead><tr><th class="l">Reserve</th><th>Stand<br>1-1-2025</th><th>Verwacht<br>31-12-2025</th><th>Verwacht<br>31-12-2026</th></tr></thead>
<tbody>{r}</tbody></table>"""


CSS = """
@page { size: A4; margin: 24mm 24mm 22mm 24mm;
  @top-right { content: "Kadernota 2026"; font: italic 8pt 'DejaVu Serif'; color: #8a1c1c; }
  @bottom-center { content: "- " counter(page) " -"; font: 8pt 'DejaVu Serif'; } }
@page :first { @top-right { content: none; } @bottom-center { content: none; } }
body { font-family: 'DejaVu Serif', serif; font-size: 9.4pt; line-height: 1.45; color: #222; }
h1 { font-family: 'DejaVu Sans'; color: #8a1c1c; font-size: 24pt; margin: 0; }
h2 { font-family: 'DejaVu Sans'; color: #8a1c1c; font-size: 13pt; margin: 7mm 0 2mm 0; break-after: avoid; }
h3 { font-family: 'DejaVu Sans'; font-size: 10pt; margin: 4mm 0 1mm 0; break-after: avoid; }
p { margin: 0 0 2.3mm 0; text-align: justify; }
.cover { page-break-after: always; padding-top: 50mm; }
.cover .sub { font-family: 'DejaVu Sans'; font-size: 13pt; color: #444; margin-top: 4mm; }
.cover .bar { height: 6mm; background: #8a1c1c; margin: 10mm 0; width: 60%; }
.cover .meta { margin-top: 80mm; font-family: 'DejaVu Sans'; font-size: 8.5pt; color: #555; }
.newpage { page-break-before: always; }
table.t { border-collapse: collapse; width: 100%; margin: 2mm 0 1.5mm 0; font-family: 'DejaVu Sans Condensed', 'DejaVu Sans'; font-size: 8.4pt; break-inside: avoid; }
table.t.narrow { width: 86%; }
table.t caption { text-align: left; font-weight: bold; padding-bottom: 1.5mm; font-family: 'DejaVu Sans'; font-size: 8.8pt; }
table.t caption .sc { font-weight: normal; }
table.t th { border-top: 1.2pt solid #8a1c1c; border-bottom: 0.8pt solid #8a1c1c; text-align: right; padding: 1.2mm 1.8mm; vertical-align: bottom; }
table.t td { text-align: right; padding: 0.8mm 1.8mm; white-space: nowrap; }
table.t td.l { white-space: normal; }
table.t .l { text-align: left; }
table.t tr.grp td { font-style: italic; color: #8a1c1c; padding-top: 1.6mm; }
table.t tr.sub td { border-top: 0.5pt solid #999; font-weight: bold; }
table.t tr.tot td { border-top: 0.8pt solid #8a1c1c; border-bottom: 1.2pt solid #8a1c1c; font-weight: bold; }
table.t tbody tr:nth-child(even) td { background: #faf4f4; }
p.fn { font-size: 7.6pt; color: #444; }
.kader { border-left: 3pt solid #8a1c1c; background: #f7eeee; padding: 2.5mm 4mm; margin: 3mm 0; }
ul { margin: 0 0 2mm 0; }
"""


def build():
    d = dict(PI26=dec(PI26), PI25=dec(PI25), PI25P=dec(PI25_PRIM), AUTO=dec(PI26_AUTO), NBPI=dec(PI26_NB),
             HOOG=dec(PI26_HOOG), DHOOG=dec(PI26_HOOG - PI26), GEW=dec(GEWOGEN, 2), GEWH=dec(GEW_HOOG, 3).rstrip('0'))
    html = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Kadernota 2026 Veiligheidsregio Elster-Veenland</title>
<style>{CSS}</style></head><body>
<div class="cover">
<h1>Kadernota 2026</h1>
<div class="sub">Veiligheidsregio Elster-Veenland</div>
<div class="bar"></div>
<div class="sub" style="font-size:10.5pt">Financiële en beleidsmatige kaders voor de programmabegroting 2026<br>en de meerjarenraming 2027-2029</div>
<div class="meta">Vastgesteld door het algemeen bestuur op 13 februari 2025<br>Ter kennisname en voor een zienswijze aangeboden aan de
gemeenteraden van Duinwaarde, Ekkerveen, Elsterwaarde, Geldersvaart, Harmelerwaard, Loosterhoek, Ruisbergen, Stijlkamp en Vlierburen</div>
</div>

<h2>1. Inleiding</h2>
<p>Met deze kadernota geeft het algemeen bestuur van de Veiligheidsregio Elster-Veenland (VREV) vroegtijdig inzicht in de
beleidsmatige en financiële uitgangspunten voor de programmabegroting 2026. De gemeenteraden van de negen deelnemende gemeenten
kunnen tot en met 10 april 2025 hun zienswijze op deze kadernota geven. Het algemeen bestuur betrekt de zienswijzen bij het
opstellen van de ontwerpbegroting 2026, die op 15 april 2025 aan de raden wordt toegezonden. Vaststelling van de begroting 2026
door het algemeen bestuur is voorzien op 2 juli 2025.</p>
<p>De veiligheidsregio voert de brandweerzorg, de crisisbeheersing, de bevolkingszorg en de geneeskundige hulpverlening bij
ongevallen en rampen (GHOR) uit voor ruim 268.000 inwoners. Dat doen we vanuit 27 brandweerposten met 612 brandweervrijwilligers
en 94 fte beroepspersoneel. In 2024 rukte de brandweer 3.412 keer uit, waarvan 1.186 keer voor een brand. Bij 88% van de
uitrukken voor prioriteit 1-meldingen was de eerste tankautospuit binnen de normtijd ter plaatse.</p>
<p>Deze kadernota kent de volgende opbouw. In hoofdstuk 2 beschrijven we de ontwikkelingen die op de veiligheidsregio afkomen en de beleidsmatige accenten per programma.
Hoofdstuk 3 bevat de financiële uitgangspunten, waaronder de indexatie. In hoofdstuk 4 presenteren we het meerjarig financieel
kader en in hoofdstuk 5 de voorstellen voor nieuw beleid. Hoofdstuk 6 gaat over de gemeentelijke bijdragen en hoofdstuk 7 over
de scenario's. We sluiten af met de reserves en het weerstandsvermogen (hoofdstuk 8).</p>

<h2>2. Ontwikkelingen</h2>
<h3>Evaluatie Wet veiligheidsregio's</h3>
<p>Het kabinet werkt aan een nieuwe Wet crisisbeheersing en brandweerzorg, die de Wet veiligheidsregio's moet vervangen. De
nieuwe wet legt meer nadruk op de voorbereiding op langdurige crises, zoals een pandemie, extreme droogte of een langdurige
uitval van stroom of drinkwater. De inwerkingtreding is niet eerder dan 2027 te verwachten. Vooruitlopend daarop versterken we
de bevolkingszorg, die we samen met de gemeenten organiseren.</p>
<h3>Klimaat en natuurbranden</h3>
<p>Het Elsterdal en het Veenlandse heidegebied zijn aangemerkt als natuurbrandrisicogebied. In de droge zomer van 2024 hadden we
14 natuurbranden, tegen gemiddeld 5 per jaar in de periode 2019-2023. Het huidige materieel is maar beperkt geschikt voor
inzet in onverhard terrein.</p>
<h3>Energietransitie</h3>
<p>Het aantal branden waarbij lithium-ionaccu's, zonnepanelen of laadpalen een rol spelen, neemt snel toe. In 2024 ging het om
63 incidenten, bijna twee keer zoveel als in 2022. Dit vraagt om andere inzetprocedures en aanvullende opleiding van onze
brandweermensen.</p>
<h3>Vrijwilligheid</h3>
<p>De brandweer in Elster-Veenland draait voor het overgrote deel op vrijwilligers. Door een uitspraak over de Europese
richtlijn deeltijdwerk moeten de rechtspositie en de vergoedingen van vrijwilligers worden aangepast. De landelijke afspraken
daarover zijn nog niet definitief; we houden rekening met een geleidelijke invoering vanaf 2026.</p>


<h2>2a. Beleidsmatige kaders per programma</h2>
<p>Het beleidsplan 2024-2027 blijft het inhoudelijke kader voor 2026. Per programma benoemen we de accenten voor 2026.</p>
<ul>
<li><b>Risicobeheersing</b> &ndash; we adviseren de gemeenten over brandveiligheid onder de Omgevingswet en controleren in 2026
ten minste 450 risicovolle objecten, met voorrang voor zorginstellingen en bedrijven met opslag van accu's.</li>
<li><b>Incidentbestrijding</b> &ndash; we houden de 27 posten in stand; de uitrukdienst in Stijlkamp en Vlierburen wordt overdag
versterkt met een gezamenlijk dagdienstrooster.</li>
<li><b>Crisisbeheersing en bevolkingszorg</b> &ndash; elke gemeente oefent in 2026 ten minste eenmaal met de eigen
crisisorganisatie; de regionale crisisorganisatie oefent viermaal.</li>
<li><b>GHOR</b> &ndash; samen met de GGD en de ziekenhuizen actualiseren we de opgeschaalde zorgcapaciteit bij grootschalige
ongevallen.</li>
<li><b>Meldkamer en informatievoorziening</b> &ndash; de gezamenlijke meldkamer blijft in beheer bij de politie; onze bijdrage
volgt de landelijke verdeling.</li>
</ul>
<table class="t">
<caption>Prestatie-indicatoren</caption>
<thead><tr><th class="l">Indicator</th><th>Realisatie<br>2023</th><th>Realisatie<br>2024</th><th>Norm<br>2026</th></tr></thead>
<tbody>
<tr><td class="l">Uitrukken prio 1 binnen normtijd (%)</td><td>86%</td><td>88%</td><td>90%</td></tr>
<tr><td class="l">Aantal uitrukken brandweer</td><td>3.205</td><td>3.412</td><td>n.v.t.</td></tr>
<tr><td class="l">Gecontroleerde risicovolle objecten</td><td>392</td><td>418</td><td>450</td></tr>
<tr><td class="l">Oefeningen gemeentelijke crisisorganisaties</td><td>7</td><td>9</td><td>9</td></tr>
<tr><td class="l">Opkomstpercentage vrijwilligers bij oefenavonden</td><td>81%</td><td>79%</td><td>85%</td></tr>
</tbody></table>

<h2>3. Financiële uitgangspunten</h2>
<p>De gemeenten in de regio hebben in de 'Gezamenlijke financiële kaders verbonden partijen 2026' afgesproken hoe
gemeenschappelijke regelingen hun begroting indexeren. Voor de loonkosten en de prijzen gebruiken we de percentages uit het
Macro Economische Verkenning (MEV) 2025 van het Centraal Planbureau, die op Prinsjesdag 2024 is verschenen. Het aandeel van de loonkosten in onze lasten is 75%, het
aandeel van de materiële lasten 25%. Daarmee komt de gewogen indexatie voor 2026 uit op {d['GEW']}%.</p>
{idx_table()}
<p>Voor de jaren 2027 tot en met 2029 rekenen we met een indexatie van 2,5% per jaar; deze ramingen zijn indicatief. Voor de
Brede doeluitkering rampenbestrijding (BDuR) gaan we uit van de bedragen uit de septembercirculaire 2024 van het ministerie van
Justitie en Veiligheid, verhoogd met de verwachte loon- en prijsbijstelling. Voor 2026 ramen we de BDuR op € 6,41 miljoen, een
stijging van 3,6% ten opzichte van 2025.</p>
<p>Overige uitgangspunten:</p>
<ul>
<li>de rekenrente voor nieuwe investeringen is 2,75%;</li>
<li>de begroting wordt opgesteld op basis van het beleidsplan 2024-2027;</li>
<li>er is geen ruimte voor een post onvoorzien; tegenvallers worden opgevangen binnen de begroting of via de algemene reserve;</li>
<li>de verdeling van de gemeentelijke bijdragen blijft gebaseerd op het aantal inwoners (zie hoofdstuk 6).</li>
</ul>
<p>In tabel 2 staan de lasten en baten per programma volgens de begroting 2025 (na de eerste begrotingswijziging) en het kader
voor 2026, inclusief de voorstellen voor nieuw beleid.</p>
{prog_table()}
<p>De stijging van de lasten bij Incidentbestrijding komt vooral door de loonindexatie en de hogere vergoedingen voor
vrijwilligers. Bij Crisisbeheersing en bevolkingszorg is de versterking van de bevolkingszorg (voorstel 1) verwerkt.</p>

<h2>4. Meerjarig financieel kader</h2>
<p>Tabel 3 geeft het financiële kader voor 2026 en de meerjarenraming 2027-2029, ingedeeld naar soort lasten en baten. De
begroting is in alle jaren sluitend. Door afronding op € 0,1 miljoen kunnen de bedragen afwijken van de bedragen in tabel 2.</p>
{fk_table()}
<p>De totale lasten stijgen van € 22,4 miljoen in de begroting 2025 naar € 23,7 miljoen in 2026. Ongeveer € 0,9 miljoen daarvan
komt door indexatie, € 0,4 miljoen door nieuw beleid. De bijdragen van de gemeenten stijgen in 2026 naar afgerond € 16,0
miljoen. In 2029 bedragen de totale lasten € 25,8 miljoen. De stijging van de kapitaallasten vanaf 2028 hangt samen met de
vervanging van zes tankautospuiten volgens het materieelplan.</p>

<h2>5. Nieuw beleid</h2>
<p>Het algemeen bestuur legt vijf voorstellen voor nieuw beleid voor. De voorstellen zijn in het kader van tabel 3 en in de
bijdrage per inwoner voor 2026 verwerkt. Als het algemeen bestuur een voorstel na de zienswijzen niet overneemt, daalt de
bijdrage navenant.</p>
{nb_table()}
<h3>1. Versterking bevolkingszorg en crisisbeheersing</h3>
<p>Voor de voorbereiding op langdurige crises breiden we het team crisisbeheersing uit met 2,0 fte: een adviseur
continuïteit en een coördinator bevolkingszorg die de gemeentelijke crisisorganisaties ondersteunt. Kosten: € 165.000 in 2026
en € 170.000 per jaar vanaf 2027.</p>
<h3>2. Natuurbrandbestrijding</h3>
<p>We schaffen twee terreinvaardige tankautospuiten aan. De investering bedraagt € 1.140.000; de afschrijvingstermijn is 15
jaar. De kapitaallasten zijn € 48.000 in 2026 (half jaar) en € 96.000 in het eerste volle jaar.</p>
<h3>3. Rechtspositie brandweervrijwilligers</h3>
<p>Vooruitlopend op de landelijke afspraken reserveren we € 120.000 in 2026 en € 240.000 per jaar vanaf 2027 voor de aanpassing
van de vergoedingen van vrijwilligers. Dit is een voorzichtige schatting; landelijk wordt gerekend met een stijging van de
vrijwilligerskosten tussen 8% en 15%.</p>
<h3>4. Informatieveiligheid en cybersecurity</h3>
<p>Om te voldoen aan de Cyberbeveiligingswet (NIS2) zijn extra maatregelen en een security officer (0,5 fte) nodig. Kosten:
€ 60.000 in 2026 en 2027, daarna € 45.000 per jaar.</p>
<h3>5. Opleiding incidentbestrijding energietransitie</h3>
<p>In 2026 en 2027 trainen we alle ploegen in het optreden bij incidenten met accu's, zonnepanelen en waterstof. De kosten
zijn € 35.000 per jaar en zijn incidenteel.</p>

<h2>6. Gemeentelijke bijdragen</h2>
<p>De bijdrage van de gemeenten wordt verdeeld naar het aantal inwoners op 1 januari van het jaar voorafgaand aan het
begrotingsjaar. Voor 2025 bedraagt de bijdrage, na de eerste begrotingswijziging als gevolg van de nieuwe cao, € {d['PI25']} per
inwoner (primitieve begroting 2025: € {d['PI25P']}).</p>
<div class="kader">De bijdrage per inwoner voor 2026 bedraagt <b>€ {d['PI26']}</b>. Deze is opgebouwd uit de bijdrage 2025 van
€ {d['PI25']}, verhoogd met de gewogen indexatie van {d['GEW']}% (€ {d['AUTO']}), en € {d['NBPI']} per inwoner voor nieuw
beleid.</div>
<p>Tabel 5 laat per gemeente het aantal inwoners en de bijdrage voor 2025 en 2026 zien. In totaal stijgen de gemeentelijke
bijdragen met € {nl(B26-B25)}, een stijging van {dec((B26-B25)/B25*100,1)}%. Een deel van de stijging komt door de groei van het
aantal inwoners met {nl(T25-T24)}.</p>
{bijdrage_table()}

<h2>7. Scenario's</h2>
<p>De definitieve cijfers voor de loon- en prijsontwikkeling zijn pas bekend als de begroting 2026 al is vastgesteld. Daarom
laten we zien wat de gevolgen zijn van een andere ontwikkeling of andere keuzes. We onderscheiden drie scenario's.</p>
<p><b>Scenario A &ndash; Kadernota (voorkeursscenario).</b> Indexatie volgens de MEV 2025 en alle vijf voorstellen voor nieuw beleid.
De bijdrage per inwoner wordt € {d['PI26']}; de gemeentelijke bijdragen bedragen in totaal € {nl(B26)}.</p>
<p><b>Scenario B &ndash; Alleen autonome ontwikkeling.</b> Wanneer het algemeen bestuur geen nieuw beleid toevoegt, stijgt de
bijdrage alleen met de indexatie en komt deze uit op € {d['AUTO']} per inwoner. Dat is € {d['NBPI']} per inwoner lager dan in
scenario A; de gemeentelijke bijdragen komen dan in totaal uit op ongeveer € {dec(SC2_TOT/1e6,1)} miljoen. De veiligheidsregio kan
in dat geval niet voldoen aan de eisen uit de Cyberbeveiligingswet en de risico's rond natuurbranden blijven bestaan.</p>
<p><b>Scenario C &ndash; Hogere loonontwikkeling.</b> De cao-onderhandelingen voor de brandweer lopen nog. Als de loonkosten in
2026 met 5,5% stijgen in plaats van met {dec(LOON,1)}%, komt de gewogen indexatie uit op {d['GEWH']}%. De bijdrage per inwoner wordt
dan € {d['HOOG']}, € {d['DHOOG']} hoger dan in scenario A. Het totaal van de gemeentelijke bijdragen komt dan uit op ruim
€ {dec(int(SC3_TOT/1e5)/10,1)} miljoen. Het algemeen bestuur stelt voor een eventueel verschil in 2026 op te vangen uit de
algemene reserve en pas in de begroting 2027 structureel te verwerken.</p>

<h2>8. Reserves en weerstandsvermogen</h2>
<p>Volgens de nota reserves en voorzieningen mag de algemene reserve maximaal 2,5% van de totale lasten bedragen. Voor 2026 is
dat € {nl(MAX_AR*1000)}. De algemene reserve bedraagt op 1 januari 2025 € 548.000 en blijft daarmee onder het maximum. Een
positief rekeningresultaat boven het maximum wordt naar rato van de bijdragen aan de gemeenten terugbetaald.</p>
{res_table()}
<table class="t">
<caption>Tabel 7 &ndash; Belangrijkste risico's <span class="sc">x €1.000</span></caption>
<thead><tr><th class="l">Risico</th><th>Financieel<br>effect</th><th>Kans</th><th>Benodigde<br>capaciteit</th></tr></thead>
<tbody>
<tr><td class="l">Loonkosten hoger dan index (cao brandweer)</td><td>480</td><td>50%</td><td>240</td></tr>
<tr><td class="l">Hogere kosten rechtspositie vrijwilligers dan geraamd</td><td>300</td><td>50%</td><td>150</td></tr>
<tr><td class="l">Uitval of schade aan materieel bij grote inzet</td><td>250</td><td>30%</td><td>75</td></tr>
<tr><td class="l">Hogere bijdrage gezamenlijke meldkamer</td><td>160</td><td>50%</td><td>80</td></tr>
<tr><td class="l">Claims en aansprakelijkheid</td><td>150</td><td>10%</td><td>15</td></tr>
<tr><td class="l">Lagere BDuR door herverdeling</td><td>200</td><td>30%</td><td>60</td></tr>
<tr class="tot"><td class="l">Totaal benodigde weerstandscapaciteit</td><td></td><td></td><td>620</td></tr>
</tbody></table>
<p>De benodigde weerstandscapaciteit op basis van de risico-inventarisatie (tabel 7) bedraagt € 0,62 miljoen. Met een beschikbare
capaciteit van € 0,55 miljoen (de algemene reserve) is de ratio weerstandsvermogen 0,9. Dat is lager dan de gewenste
ratio van 1,0. Omdat de gemeenten bij een tekort volgens de gemeenschappelijke regeling naar rato bijdragen, vindt het
algemeen bestuur dit aanvaardbaar.</p>

<h2>9. Vervolg</h2>
<p>De gemeenteraden kunnen tot en met 10 april 2025 een zienswijze op deze kadernota indienen bij het algemeen bestuur. Het
dagelijks bestuur verwerkt de zienswijzen in de ontwerpbegroting 2026. De gemeenten ontvangen de ontwerpbegroting op 15 april
2025 en kunnen daarop opnieuw een zienswijze geven tot en met 18 juni 2025.</p>
<p style="margin-top:6mm">Namens het algemeen bestuur van de Veiligheidsregio Elster-Veenland,<br>de voorzitter, &nbsp;&nbsp;&nbsp;&nbsp; de secretaris,</p>

<h2 class="newpage" style="margin-top:0">Bijlage &ndash; Begrippen en afkortingen</h2>
<table class="t">
<thead><tr><th class="l">Begrip</th><th class="l">Toelichting</th></tr></thead>
<tbody>
<tr><td class="l">AB</td><td class="l">Algemeen bestuur: de burgemeesters van de negen deelnemende gemeenten.</td></tr>
<tr><td class="l">BDuR</td><td class="l">Brede doeluitkering rampenbestrijding: rijksbijdrage van het ministerie van Justitie en Veiligheid aan de veiligheidsregio's.</td></tr>
<tr><td class="l">MEV</td><td class="l">Macro Economische Verkenning van het Centraal Planbureau, verschijnt op Prinsjesdag.</td></tr>
<tr><td class="l">DB</td><td class="l">Dagelijks bestuur van de veiligheidsregio.</td></tr>
<tr><td class="l">GHOR</td><td class="l">Geneeskundige hulpverleningsorganisatie in de regio.</td></tr>
<tr><td class="l">Gewogen indexatie</td><td class="l">Gemiddelde van de loon- en prijsindex, gewogen naar het aandeel van loonkosten en materiële lasten in de begroting.</td></tr>
<tr><td class="l">Kadernota</td><td class="l">Document waarin het AB de uitgangspunten voor de begroting van het volgende jaar vastlegt; de raden kunnen er een zienswijze op geven.</td></tr>
<tr><td class="l">Normtijd</td><td class="l">De tijd waarbinnen de eerste tankautospuit ter plaatse moet zijn, zoals vastgelegd in het dekkingsplan.</td></tr>
<tr><td class="l">TS</td><td class="l">Tankautospuit: het standaard brandweervoertuig voor brandbestrijding.</td></tr>
<tr><td class="l">Wgr</td><td class="l">Wet gemeenschappelijke regelingen.</td></tr>
<tr><td class="l">Zienswijze</td><td class="l">Reactie van een gemeenteraad op de kadernota of de ontwerpbegroting van een gemeenschappelijke regeling.</td></tr>
</tbody></table>
</body></html>"""
    OUT.write_text(html, encoding="utf-8")
    print(json.dumps(dict(T25=T25, T24=T24, PI26=PI26, PI26_AUTO=PI26_AUTO, PI26_NB=PI26_NB, PI26_HOOG=PI26_HOOG,
                          GEW_HOOG=GEW_HOOG, B25=B25, B26=B26, SC2=SC2_TOT, SC3=SC3_TOT, NB_TOT=NB_TOT, MAX_AR=MAX_AR,
                          PL25=PL25, PL26=PL26, rows=rows)))


if __name__ == "__main__":
    build()
