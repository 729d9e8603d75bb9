#!/usr/bin/env python3
"""Generator for the fictional 'Najaarsnota 2025' of the (non-existent) Gemeente Pelsendrecht.

Writes source/najaarsnota_pelsendrecht_2025.html and prints it to
corpus/pelsendrecht-najaarsnota-2025.pdf with headless chromium.
All figures are computed here; totals, saldi and reserve movements are asserted.
Sign convention: positive = voordeel (V), negative = nadeel (N).
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(HERE), "corpus")
HTML = os.path.join(HERE, "najaarsnota_pelsendrecht_2025.html")
PDF = os.path.join(CORPUS, "pelsendrecht-najaarsnota-2025.pdf")
YEARS = [2025, 2026, 2027, 2028]
NPAGES = 8


def nl(n, dec=0):
    """Dutch number format: 1.234.567 / 1,61"""
    s = f"{abs(n):,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if n < 0 else "") + s


def vn(n):
    if n == 0:
        return "-"
    return f"{nl(abs(n))} {'V' if n > 0 else 'N'}"


# ---------------------------------------------------------------- afwijkingen (euros)
# (nr, omschrijving, I/S, type L(asten)/B(aten), [2025, 2026, 2027, 2028], toelichting)
P = {}
P[1] = ("Programma 1 Bestuur en veiligheid", [
    ("1.1", "Bijdrage Veiligheidsregio (begrotingswijziging VR 2025)", "S", "L", [-86000, -91000, -91000, -91000],
     "Het algemeen bestuur van de veiligheidsregio heeft in juni 2025 een begrotingswijziging vastgesteld vanwege de cao-stijging bij de brandweer. Ons aandeel in de hogere bijdrage is € 86.000 in 2025 en € 91.000 per jaar vanaf 2026."),
    ("1.2", "Extra inzet boa's bij overlast en afvaldumpingen", "I", "L", [-64000, 0, 0, 0],
     "Door een toename van het aantal meldingen van afvaldumpingen (van 312 in 2024 naar 457 in de eerste negen maanden van 2025) zijn tijdelijk twee extra boa's ingehuurd. De kosten bedragen € 64.000."),
    ("1.3", "Hogere opbrengst leges reisdocumenten en rijbewijzen", "I", "B", [118000, 0, 0, 0],
     "Door de piek in verlopen paspoorten en identiteitskaarten verwachten wij 6.420 aanvragen in plaats van de begrote 5.150. De legesopbrengst valt daardoor € 118.000 hoger uit."),
    ("1.4", "Voorbereiding gemeenteraadsverkiezingen maart 2026", "I", "L", [0, -48000, 0, 0],
     "Voor de gemeenteraadsverkiezingen van maart 2026 zijn extra stembureaus en hogere vergoedingen voor stembureauleden nodig. Dit leidt in 2026 tot € 48.000 extra kosten."),
    ("1.5", "Juridische advisering bezwaar en beroep", "I", "L", [-52000, 0, 0, 0],
     "Het aantal bezwaarschriften nam toe tot 186 (begroot: 140). Voor externe juridische ondersteuning is € 52.000 extra nodig."),
])
P[2] = ("Programma 2 Ruimte en wonen", [
    ("2.1", "Lagere opbrengst leges omgevingsvergunningen", "I", "B", [-236000, 0, 0, 0],
     "Door vertraging van twee grote woningbouwprojecten komen de leges voor omgevingsvergunningen lager uit. Begroot was € 1.180.000; wij verwachten € 944.000 te ontvangen, een nadeel van € 236.000."),
    ("2.2", "Tussentijdse winstneming grondexploitatie De Kwekerij", "I", "B", [412000, 0, 0, 0],
     "Op basis van de actualisatie van de grondexploitatie De Kwekerij nemen wij volgens de voorschriften van het BBV tussentijds € 412.000 winst. In fase 2 zijn 64 van de 78 kavels verkocht."),
    ("2.3", "Inhuur capaciteit vergunningverlening Omgevingswet", "S", "L", [-75000, -120000, -120000, -120000],
     "Voor de uitvoering van de Omgevingswet is structureel 1,4 fte extra capaciteit nodig. In 2025 gaat het om € 75.000, vanaf 2026 om € 120.000 per jaar."),
    ("2.4", "Rijksbijdrage woningbouwimpuls (tranche 2025)", "I", "B", [96000, 0, 0, 0],
     "Van het Rijk ontvangen wij een bijdrage van € 96.000 voor de voorbereiding van de flexwoningen aan de Lindelaan."),
])
P[3] = ("Programma 3 Openbare ruimte en mobiliteit", [
    ("3.1", "Hogere energiekosten openbare verlichting", "S", "L", [-58000, -45000, -45000, -45000],
     "Het nieuwe energiecontract leidt tot hogere kosten voor de openbare verlichting: € 58.000 in 2025 en € 45.000 per jaar vanaf 2026. Door de vervanging door ledverlichting (inmiddels 71% van de 4.860 lichtmasten) dalen de kosten vanaf 2026 licht."),
    ("3.2", "Lagere kosten gladheidsbestrijding", "I", "L", [74000, 0, 0, 0],
     "Door de zachte winter 2024-2025 is er 11 keer gestrooid in plaats van de begrote 24 keer. Dit levert een voordeel op van € 74.000."),
    ("3.3", "Hogere verwerkingskosten restafval", "S", "L", [-142000, -142000, -142000, -142000],
     "De verwerkingstarieven voor restafval stijgen door de hogere afvalstoffenbelasting. De extra kosten van € 142.000 per jaar worden gedekt via de afvalstoffenheffing (zie 3.4), zodat dit budgetneutraal is."),
    ("3.4", "Hogere opbrengst afvalstoffenheffing en vergoeding PMD", "S", "B", [142000, 142000, 142000, 142000],
     "De hogere verwerkingskosten (3.3) worden gedekt uit een hogere opbrengst afvalstoffenheffing en vergoedingen voor PMD."),
    ("3.5", "Herstel brug Molenvaart (noodreparatie)", "I", "L", [-185000, 0, 0, 0],
     "Bij een inspectie bleek de constructie van de brug over de Molenvaart ernstig aangetast. Een noodreparatie van € 185.000 was noodzakelijk. Voor de vervanging wordt een nieuw krediet aangevraagd (zie hoofdstuk 6)."),
])
P[4] = ("Programma 4 Sociaal domein", [
    ("4.1", "Hogere kosten jeugdhulp", "S", "L", [-1120000, -850000, -700000, -700000],
     "De kosten van jeugdhulp stijgen fors. Begroot was € 9.840.000; de prognose voor 2025 is € 10.960.000. Het aantal jeugdigen met een jeugdhulpvoorziening steeg van 1.146 eind 2024 naar 1.238 op 1 september 2025, een stijging van 8,0%. Door de maatregelen uit het plan Grip op jeugd verwachten wij dat het nadeel afneemt tot € 700.000 per jaar vanaf 2027."),
    ("4.2", "Wmo huishoudelijke ondersteuning en hulpmiddelen", "S", "L", [-386000, -410000, -410000, -410000],
     "Door het abonnementstarief en de vergrijzing groeit het aantal cliënten met huishoudelijke ondersteuning naar 1.012 (2024: 934). De extra kosten bedragen € 386.000 in 2025 en € 410.000 per jaar daarna."),
    ("4.3", "Hogere rijksbijdrage BUIG (nader voorlopig budget)", "I", "B", [455000, 0, 0, 0],
     "Het nader voorlopig budget voor de bijstandsuitkeringen (BUIG) is € 455.000 hoger dan waarmee in de begroting rekening was gehouden."),
    ("4.4", "Hogere uitkeringslasten Participatiewet", "I", "L", [-212000, 0, 0, 0],
     "Het aantal huishoudens met een bijstandsuitkering steeg van 612 naar 638. De uitkeringslasten zijn daardoor € 212.000 hoger."),
    ("4.5", "Onttrekking reserve sociaal domein", "I", "B", [400000, 0, 0, 0],
     "Ter gedeeltelijke dekking van het tekort op jeugdhulp stellen wij voor € 400.000 te onttrekken aan de reserve sociaal domein."),
])
P[5] = ("Programma 5 Onderwijs, sport en cultuur", [
    ("5.1", "Hogere kosten leerlingenvervoer", "S", "L", [-168000, -175000, -175000, -175000],
     "Het aantal leerlingen dat gebruikmaakt van het leerlingenvervoer steeg van 214 naar 241. Daarnaast zijn de tarieven van de vervoerder met 6,5% geïndexeerd."),
    ("5.2", "Lagere kapitaallasten door vertraging nieuwbouw IKC De Vlonder", "I", "L", [96000, 0, 0, 0],
     "De start van de nieuwbouw van IKC De Vlonder is vertraagd tot het voorjaar van 2026. De kapitaallasten vallen in 2025 daardoor € 96.000 lager uit."),
    ("5.3", "Hogere uitkering SPUK sport", "I", "B", [38000, 0, 0, 0],
     "De specifieke uitkering sport (SPUK) over 2025 is € 38.000 hoger vastgesteld dan begroot."),
    ("5.4", "Indexatie subsidie bibliotheek", "S", "L", [-27000, -27000, -27000, -27000],
     "Conform de subsidieafspraken wordt de subsidie aan Bibliotheek Pelsendrecht geïndexeerd met de cao-stijging; dit kost structureel € 27.000 per jaar."),
])
P[6] = ("Programma 6 Financiën en algemene dekkingsmiddelen", [
    ("6.1", "Algemene uitkering gemeentefonds (septembercirculaire 2025)", "S", "B", [684000, 512000, 205000, -118000],
     "De septembercirculaire 2025 levert voor 2025 een voordeel op van € 684.000. Vanaf 2026 neemt het voordeel af; in 2028 is er door de nieuwe financieringssystematiek van het gemeentefonds een nadeel van € 118.000."),
    ("6.2", "Hogere opbrengst onroerendezaakbelasting (OZB)", "S", "B", [146000, 150000, 150000, 150000],
     "Door areaaluitbreiding (212 nieuwe WOZ-objecten) is de opbrengst OZB hoger dan begroot."),
    ("6.3", "Lagere rentelasten", "I", "L", [128000, 0, 0, 0],
     "De geplande langlopende lening van € 12 miljoen is pas in september 2025 aangetrokken in plaats van in januari, tegen 3,1% rente in plaats van de begrote 3,5%."),
    ("6.4", "Dividend BNG Bank", "I", "B", [61000, 0, 0, 0],
     "Het dividend van BNG Bank over 2024 was hoger dan begroot."),
    ("6.5", "Vrijval stelpost loon- en prijsstijgingen", "S", "L", [190000, 190000, 190000, 190000],
     "Na verwerking van de cao en de prijsstijgingen resteert op de stelpost loon- en prijsstijgingen structureel € 190.000 die vrijvalt."),
    ("6.6", "Niet benutte post onvoorzien", "I", "L", [50000, 0, 0, 0],
     "De post onvoorzien van € 50.000 is in 2025 niet aangesproken en valt vrij."),
])

# per programme totals
ptot = {p: [sum(r[4][i] for r in rows) for i in range(4)] for p, (_, rows) in P.items()}
nn_tot = [sum(ptot[p][i] for p in P) for i in range(4)]
all_rows = [r for p in P for r in P[p][1]]
n_rows = len(all_rows)
n_struct = sum(1 for r in all_rows if r[2] == "S")
n_incid = n_rows - n_struct
for r in all_rows:
    for v in r[4]:
        assert v % 1000 == 0
    if r[2] == "I":
        assert sum(1 for v in r[4] if v) == 1, r
# lasten / baten change 2025 from this najaarsnota (x 1.000); lasten increase positive
nn_lasten25 = sum(-r[4][0] for r in all_rows if r[3] == "L") // 1000
nn_baten25 = sum(r[4][0] for r in all_rows if r[3] == "B") // 1000
assert nn_baten25 - nn_lasten25 == nn_tot[0] // 1000

# ---------------------------------------------------------------- begrotingswijzigingen (x 1.000)
# (nr, omschrijving, programma, raadsbesluit, lasten25, baten25, saldo 2025..2028)
BW = [
    ("2025-01", "Overheveling budgetten 2024 naar 2025", "div.", "13 maart 2025", 312, 0, [-312, 0, 0, 0]),
    ("2025-02", "Uitvoeringsplan Omgevingswet", "2", "13 maart 2025", 145, 0, [-145, -145, 0, 0]),
    ("2025-03", "Sportakkoord II (budgetneutraal)", "5", "24 april 2025", 210, 210, [0, 0, 0, 0]),
    ("2025-04", "Voorjaarsnota 2025", "div.", "3 juli 2025", 1185, 545, [-640, -455, -380, -420]),
    ("2025-05", "Krediet vervanging tractie buitendienst", "3", "3 juli 2025", 0, 0, [0, -38, -37, -36]),
    ("2025-06", "Meicirculaire 2025 gemeentefonds", "6", "3 juli 2025", 0, 512, [512, 388, 240, 190]),
    ("2025-07", "Cao gemeenten 2025-2026", "div.", "25 september 2025", 438, 0, [-438, -452, -466, -480]),
    ("2025-08", "Regiodeal Zuidrand (budgetneutraal)", "2", "25 september 2025", 375, 375, [0, 0, 0, 0]),
]
for b in BW:
    assert b[5] - b[4] == b[6][0], b
eerder = [sum(b[6][i] for b in BW) for i in range(4)]
eerder_l = sum(b[4] for b in BW)
eerder_b = sum(b[5] for b in BW)
BW_NN = ("2025-09", "Najaarsnota 2025 (dit voorstel)", "div.", "13 november 2025", nn_lasten25, nn_baten25,
         [v // 1000 for v in nn_tot])
BW_ALL = BW + [BW_NN]
bw_tot = [sum(b[6][i] for b in BW_ALL) for i in range(4)]
bw_l = sum(b[4] for b in BW_ALL)
bw_b = sum(b[5] for b in BW_ALL)
assert bw_b - bw_l == bw_tot[0]

# ---------------------------------------------------------------- stand van de begroting (x 1.000)
primitief = [412, 1485, 964, 1131]
voor_nn = [primitief[i] + eerder[i] for i in range(4)]
deze_nn = [nn_tot[i] // 1000 for i in range(4)]
na_nn = [voor_nn[i] + deze_nn[i] for i in range(4)]
assert [primitief[i] + bw_tot[i] for i in range(4)] == na_nn

# ---------------------------------------------------------------- investeringskredieten (euros)
AFSLUIT = [  # naam, jaar raadsbesluit, krediet, besteed
    ("Vervanging speeltoestellen 2023", 2023, 185000, 171420),
    ("Reconstructie Kerkstraat", 2022, 1240000, 1312650),
    ("Ledverlichting sporthal De Wielen", 2024, 96000, 88905),
    ("Aanschaf kolkenzuiger", 2023, 310000, 298760),
    ("Vervanging ICT-werkplekken 2024", 2024, 420000, 402115),
    ("Fietspad Dorpsweg - Schoolpad", 2023, 675000, 611230),
]
afs_k = sum(a[2] for a in AFSLUIT)
afs_b = sum(a[3] for a in AFSLUIT)
afs_r = afs_k - afs_b
n_onder = sum(1 for a in AFSLUIT if a[3] < a[2])
OPHOOG = [  # naam, huidig, ophoging, dekking
    ("Nieuwbouw IKC De Vlonder", 8450000, 1150000, "Reserve onderwijshuisvesting"),
    ("Renovatie kunstgrasveld sportpark Hoefakker", 520000, 85000, "Kapitaallasten binnen programma 5"),
    ("Vervanging brug Molenvaart (nieuw krediet)", 0, 740000, "Kapitaallasten vanaf 2027 in begroting 2026"),
]
oph_tot = sum(o[2] for o in OPHOOG)
ikc_pct = OPHOOG[0][2] / OPHOOG[0][1] * 100  # 13,6%
kerk_over = AFSLUIT[1][3] - AFSLUIT[1][2]
kerk_pct = kerk_over / AFSLUIT[1][2] * 100

# ---------------------------------------------------------------- reserves en weerstandsvermogen (euros)
AR_begin = 14862000
AR_res2024 = 1318000
AR_eind = AR_begin + AR_res2024 + na_nn[0] * 1000
RSD_begin, RSD_ontr = 1250000, 400000
RSD_eind = RSD_begin - RSD_ontr
assert RSD_ontr == P[4][1][4][4][0]
RO_begin = 3920000           # reserve onderwijshuisvesting
RO_ontr = OPHOOG[0][2]       # dekking ophoging IKC
RO_eind = RO_begin - RO_ontr
onbenut = 2410000
beschikbaar = AR_eind + onbenut
benodigd = 11320000
ratio = beschikbaar / benodigd
ratio_begr = 1.74

# ---------------------------------------------------------------- HTML
CSS = """
@page { size: A4; margin: 0; }
@page land { size: A4 landscape; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 8.6pt; color: #111; }
.page { width: 210mm; height: 297mm; padding: 20mm 17mm 18mm 17mm; position: relative;
        page-break-after: always; overflow: hidden; }
.page.land { page: land; width: 297mm; height: 210mm; padding: 18mm 15mm 16mm 15mm; }
.hdr { position: absolute; top: 8mm; left: 17mm; right: 17mm; font-size: 7.5pt; color: #444;
       border-bottom: 0.4pt solid #888; padding-bottom: 1.5mm; display: flex; justify-content: space-between; }
.ftr { position: absolute; bottom: 7mm; left: 17mm; right: 17mm; font-size: 7.5pt; color: #444;
       border-top: 0.4pt solid #888; padding-top: 1.5mm; display: flex; justify-content: space-between; }
.land .hdr, .land .ftr { left: 15mm; right: 15mm; }
h1 { font-size: 17pt; color: #1d4e6e; margin: 0 0 2mm 0; }
h2 { font-size: 11.5pt; color: #1d4e6e; margin: 4mm 0 1.5mm 0; }
h3 { font-size: 9.5pt; margin: 3mm 0 1mm 0; }
p { margin: 0 0 1.6mm 0; line-height: 1.32; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm 0; }
th, td { border-bottom: 0.3pt solid #bbb; padding: 0.9mm 1.4mm; vertical-align: top; }
th { background: #dfeaf2; text-align: left; font-weight: bold; }
td.n { text-align: right; white-space: nowrap; }
th.n { text-align: right; }
tr.tot td { font-weight: bold; border-top: 0.8pt solid #333; }
.cap { font-weight: bold; font-size: 8.4pt; margin-top: 2.5mm; }
.note { font-size: 7.4pt; color: #333; }
.toel p { margin-bottom: 1.1mm; }
table.w1 td:first-child, table.w1 th:first-child { width: 36%; }
.box { border: 0.6pt solid #1d4e6e; padding: 2mm 3mm; margin: 2mm 0; background: #f4f8fb; }
"""

pages = []


def page(body, land=False):
    pages.append((body, land))


def hdr_ftr(i, land):
    return (f'<div class="hdr"><span>Gemeente Pelsendrecht &middot; Najaarsnota 2025 (tweede bestuursrapportage)</span>'
            f'<span>Raadsvoorstel 2025-118</span></div>'
            f'<div class="ftr"><span>Najaarsnota 2025 &ndash; Gemeente Pelsendrecht</span>'
            f'<span>Pagina {i} van {NPAGES}</span></div>')


def tbl(head, rows, numcols, tot=None, cls=""):
    h = "<tr>" + "".join(f'<th class="{"n" if j in numcols else ""}">{c}</th>' for j, c in enumerate(head)) + "</tr>"
    b = ""
    for r in rows:
        b += "<tr>" + "".join(f'<td class="{"n" if j in numcols else ""}">{c}</td>' for j, c in enumerate(r)) + "</tr>"
    if tot:
        b += '<tr class="tot">' + "".join(f'<td class="{"n" if j in numcols else ""}">{c}</td>' for j, c in enumerate(tot)) + "</tr>"
    return f'<table class="{cls}">{h}{b}</table>'


def afw_table(p, capno):
    title, rows = P[p]
    head = ["Nr.", "Omschrijving", "I/S", "2025", "2026", "2027", "2028"]
    body = [[r[0], r[1], r[2]] + [vn(v) for v in r[4]] for r in rows]
    tot = ["", f"Totaal {title.split(' ', 2)[0].lower()} {p}", ""] + [vn(v) for v in ptot[p]]
    return (f'<div class="cap">Tabel {capno} Afwijkingen {title} (bedragen in €)</div>'
            + tbl(head, body, {3, 4, 5, 6}, tot))


def toel(p):
    s = '<div class="toel">'
    for r in P[p][1]:
        s += f"<p><b>{r[0]} {r[1]}</b><br>{r[5]}</p>"
    return s + "</div>"


# --- page 1: inleiding en samenvatting
sd_pct = (1238 - 1146) / 1146 * 100
assert f"{sd_pct:.1f}" == "8.0"
page(f"""
<h1>Najaarsnota 2025</h1>
<p style="font-size:10pt;margin-bottom:4mm">Tweede bestuursrapportage 2025 van de gemeente Pelsendrecht<br>
Behandeling in de gemeenteraad van 13 november 2025</p>
<h2>1. Inleiding</h2>
<p>Met deze najaarsnota informeren wij uw raad over de financiële uitvoering van de begroting 2025 over de periode
januari tot en met augustus 2025. In de najaarsnota melden wij alleen de afwijkingen die groter zijn dan € 25.000
of die beleidsmatig van belang zijn. Kleinere afwijkingen worden verantwoord in de jaarrekening 2025.
De structurele doorwerking van de afwijkingen naar 2026 en later is verwerkt in het meerjarenperspectief.</p>
<p>De gemeente Pelsendrecht telde op 1 januari 2025 41.286 inwoners en 18.417 woningen. De begroting 2025 kent
een totaal aan lasten van € 128,6 miljoen.</p>
<h2>2. Samenvatting</h2>
<p>De najaarsnota 2025 sluit voor het jaar 2025 met een voordelig saldo van € {nl(nn_tot[0])}. Na verwerking van
deze najaarsnota en de eerder door uw raad vastgestelde begrotingswijzigingen resteert voor 2025 echter een nadelig
begrotingssaldo van € {nl(-na_nn[0] * 1000)}. Dit nadeel komt bij de jaarrekening ten laste van de algemene reserve.</p>
<p>In totaal melden wij {n_rows} afwijkingen, waarvan {n_struct} een structureel karakter hebben en {n_incid} incidenteel zijn.
De grootste afwijking betreft de jeugdhulp: de kosten vallen in 2025 € 1.120.000 hoger uit dan begroot. Het aantal
jeugdigen met een jeugdhulpvoorziening steeg met 8,0%. De grootste meevaller is de algemene uitkering uit het
gemeentefonds, die op basis van de septembercirculaire 2025 € 684.000 hoger is.</p>
<p>De structurele doorwerking is nadelig: € {nl(-nn_tot[1])} in 2026, € {nl(-nn_tot[2])} in 2027 en
€ {nl(-nn_tot[3])} in 2028. Het meerjarenperspectief is daarmee vanaf 2026 niet meer sluitend. Wij komen bij de
kadernota 2027 met voorstellen om de begroting structureel in evenwicht te brengen.</p>
<div class="box"><b>Kerncijfers najaarsnota 2025</b><br>
Saldo najaarsnota 2025: € {nl(nn_tot[0])} voordelig<br>
Begrotingssaldo 2025 na najaarsnota: € {nl(-na_nn[0] * 1000)} nadelig<br>
Aantal gemelde afwijkingen: {n_rows} ({n_struct} structureel, {n_incid} incidenteel)<br>
Af te sluiten investeringskredieten: {len(AFSLUIT)}<br>
Ratio weerstandsvermogen: {nl(ratio, 2)} (begroting 2025: {nl(ratio_begr, 2)})</div>
<h2>3. Leeswijzer</h2>
<p>Hoofdstuk 4 bevat de stand van de begroting. In hoofdstuk 5 lichten wij per programma de afwijkingen toe.
In de tabellen staat een V voor een voordeel en een N voor een nadeel; I staat voor incidenteel en S voor structureel.
Hoofdstuk 6 gaat over de investeringskredieten, hoofdstuk 7 over reserves en weerstandsvermogen. In de bijlage is
een overzicht van alle begrotingswijzigingen 2025 opgenomen.</p>
<p>Wij stellen uw raad voor de najaarsnota 2025 vast te stellen en de bijbehorende begrotingswijziging 2025-09
te bekrachtigen.</p>
""")

# --- page 2: stand van de begroting
prog_rows = [[P[p][0]] + [nl(v // 1000) for v in ptot[p]] for p in P]
page(f"""
<h2>4. Stand van de begroting</h2>
<p>In onderstaande tabel is het verloop van het begrotingssaldo weergegeven, vanaf de primitieve begroting
2025-2028 (vastgesteld op 7 november 2024) tot en met deze najaarsnota.</p>
<div class="cap">Tabel 4.1 Stand van de begroting (bedragen x € 1.000; - = nadeel)</div>
{tbl(["Omschrijving", "2025", "2026", "2027", "2028"], [
    ["Saldo primitieve begroting 2025-2028"] + [nl(v) for v in primitief],
    ["Eerdere begrotingswijzigingen (2025-01 t/m 2025-08)"] + [nl(v) for v in eerder],
    ["Saldo vóór najaarsnota"] + [nl(v) for v in voor_nn],
    ["Saldo najaarsnota 2025"] + [nl(v) for v in deze_nn],
], {1, 2, 3, 4}, ["Saldo na najaarsnota 2025"] + [nl(v) for v in na_nn])}
<p>De eerdere begrotingswijzigingen betreffen onder meer de voorjaarsnota 2025, de meicirculaire 2025 en de
loonkostenstijging als gevolg van de cao gemeenten. Een specificatie staat in de bijlage.</p>
<div class="cap">Tabel 4.2 Saldo najaarsnota per programma (bedragen x € 1.000; - = nadeel)</div>
{tbl(["Programma", "2025", "2026", "2027", "2028"], prog_rows, {1, 2, 3, 4},
     ["Totaal najaarsnota 2025"] + [nl(v) for v in deze_nn])}
<h3>Toelichting op de stand</h3>
<p>Het saldo vóór de najaarsnota was voor 2025 al nadelig (€ {nl(-voor_nn[0] * 1000)}), vooral door de voorjaarsnota en de cao.
Deze najaarsnota verbetert het saldo 2025 met € {nl(nn_tot[0])}, maar dat is onvoldoende om het tekort weg te werken.
Voor 2026 tot en met 2028 verslechtert het saldo door de structureel hogere kosten in het sociaal domein.
Het programma Sociaal domein laat in 2025 een nadeel zien van € {nl(-ptot[4][0])}; het programma Financiën en
algemene dekkingsmiddelen een voordeel van € {nl(ptot[6][0])}.</p>
<p>Het totaal van de lasten in 2025 stijgt door deze najaarsnota met € {nl(nn_lasten25 * 1000)} en de baten stijgen
met € {nl(nn_baten25 * 1000)} (inclusief de onttrekking aan de reserve sociaal domein).</p>
<p>Bij de begroting 2026 was nog uitgegaan van een positief saldo van € {nl(voor_nn[1] * 1000)} voor 2026. Na deze najaarsnota
is het saldo 2026 € {nl(-na_nn[1] * 1000)} negatief. Het college stelt daarom een pakket ombuigingen op dat bij de
kadernota 2027 aan uw raad wordt voorgelegd.</p>
""")

# --- pages 3-5: programma's
page("<h2>5. Afwijkingen per programma</h2>" + afw_table(1, "5.1") + toel(1) + afw_table(2, "5.2") + toel(2))
page(afw_table(3, "5.3") + toel(3) + afw_table(4, "5.4") + toel(4))
page(afw_table(5, "5.5") + toel(5) + afw_table(6, "5.6") + toel(6))

# --- page 6: investeringskredieten
afs_rows = [[a[0], str(a[1]), nl(a[2]), nl(a[3]), vn(a[2] - a[3])] for a in AFSLUIT]
oph_rows = [[o[0], nl(o[1]) if o[1] else "-", nl(o[2]), nl(o[1] + o[2]), o[3]] for o in OPHOOG]
page(f"""
<h2>6. Investeringskredieten</h2>
<p>Jaarlijks beoordelen wij de lopende investeringskredieten. Kredieten van projecten die gereed zijn, stellen wij
voor af te sluiten. Daarnaast vragen wij voor enkele projecten een ophoging van het krediet of een nieuw krediet.</p>
<div class="cap">Tabel 6.1 Af te sluiten investeringskredieten (bedragen in €)</div>
{tbl(["Investering", "Raadsbesluit", "Beschikbaar krediet", "Werkelijke uitgaven", "Restant (V) / overschrijding (N)"],
     afs_rows, {1, 2, 3, 4}, ["Totaal", "", nl(afs_k), nl(afs_b), vn(afs_r)], cls="w1")}
<p>Van de {len(AFSLUIT)} af te sluiten kredieten zijn er {n_onder} binnen het budget gebleven. Het krediet voor de reconstructie
van de Kerkstraat is met € {nl(kerk_over)} overschreden ({nl(kerk_pct, 1)}%). De overschrijding is ontstaan door
onvoorziene vervanging van de riolering onder de rijbaan en door hogere asfaltprijzen. Per saldo resteert op de af te
sluiten kredieten € {nl(afs_r)}; dit leidt vanaf 2026 tot iets lagere kapitaallasten.</p>
<div class="cap">Tabel 6.2 Op te hogen en nieuwe investeringskredieten (bedragen in €)</div>
{tbl(["Investering", "Huidig krediet", "Ophoging", "Nieuw krediet", "Dekking"], oph_rows, {1, 2, 3},
     ["Totaal", nl(sum(o[1] for o in OPHOOG)), nl(oph_tot), nl(sum(o[1] + o[2] for o in OPHOOG)), ""])}
<h3>Nieuwbouw IKC De Vlonder</h3>
<p>Na de aanbesteding is gebleken dat het beschikbare krediet van € 8.450.000 ontoereikend is. De laagste inschrijving
ligt € 1.150.000 boven de raming, vooral door gestegen bouwkosten en de eis om het gebouw energieneutraal (BENG) uit te voeren.
De ophoging bedraagt {nl(ikc_pct, 1)}% van het oorspronkelijke krediet. Wij stellen voor de ophoging te dekken uit de
reserve onderwijshuisvesting. Het IKC biedt plaats aan 420 leerlingen en een kinderopvang met 64 kindplaatsen.</p>
<h3>Kunstgrasveld sportpark Hoefakker</h3>
<p>Bij de renovatie van het kunstgrasveld wordt gekozen voor een toplaag zonder rubberinfill. Dit vraagt een ophoging van
€ 85.000. De extra kapitaallasten van circa € 6.000 per jaar worden opgevangen binnen programma 5.</p>
<h3>Vervanging brug Molenvaart</h3>
<p>Na de noodreparatie (zie afwijking 3.5) moet de brug binnen twee jaar worden vervangen. Wij vragen hiervoor een nieuw
krediet aan van € 740.000. De kapitaallasten (circa € 31.000 per jaar vanaf 2027) worden verwerkt in de begroting.</p>
""")

# --- page 7: reserves en weerstandsvermogen
res_rows = [
    ["Algemene reserve", nl(AR_begin), nl(AR_res2024), nl(-na_nn[0] * 1000), nl(AR_eind)],
    ["Reserve sociaal domein", nl(RSD_begin), "-", nl(RSD_ontr), nl(RSD_eind)],
    ["Reserve onderwijshuisvesting", nl(RO_begin), "-", nl(RO_ontr), nl(RO_eind)],
]
res_tot = [nl(AR_begin + RSD_begin + RO_begin), nl(AR_res2024), nl(-na_nn[0] * 1000 + RSD_ontr + RO_ontr),
           nl(AR_eind + RSD_eind + RO_eind)]
assert AR_begin + RSD_begin + RO_begin + AR_res2024 - (-na_nn[0] * 1000 + RSD_ontr + RO_ontr) == AR_eind + RSD_eind + RO_eind
page(f"""
<h2>7. Reserves en weerstandsvermogen</h2>
<h3>Verloop van de reserves</h3>
<p>Door deze najaarsnota wijzigt de verwachte stand van een aantal reserves. Het begrotingssaldo 2025 na najaarsnota
(€ {nl(-na_nn[0] * 1000)} nadelig) wordt bij de jaarrekening onttrokken aan de algemene reserve.</p>
<div class="cap">Tabel 7.1 Verloop reserves 2025 (bedragen in €)</div>
{tbl(["Reserve", "Stand 1 januari 2025", "Toevoegingen", "Onttrekkingen", "Verwachte stand 31 december 2025"],
     res_rows, {1, 2, 3, 4}, ["Totaal"] + res_tot, cls="w1")}
<p>De toevoeging aan de algemene reserve betreft het resultaat van de jaarrekening 2024 (€ {nl(AR_res2024)}).
Na de onttrekking van € 400.000 resteert in de reserve sociaal domein € {nl(RSD_eind)}. Bij ongewijzigd beleid is
deze reserve eind 2027 uitgeput.</p>
<h3>Weerstandsvermogen</h3>
<p>Het weerstandsvermogen is de verhouding tussen de beschikbare weerstandscapaciteit en de benodigde
weerstandscapaciteit die volgt uit de gekwantificeerde risico's. De raad heeft in de nota Risicomanagement 2023 een
ratio van minimaal 1,4 als norm vastgesteld.</p>
<div class="cap">Tabel 7.2 Ratio weerstandsvermogen (bedragen in €)</div>
{tbl(["Onderdeel", "Begroting 2025", "Najaarsnota 2025"], [
    ["Algemene reserve (verwachte stand ultimo jaar)", nl(15060000), nl(AR_eind)],
    ["Onbenutte belastingcapaciteit", nl(2410000), nl(onbenut)],
    ["Beschikbare weerstandscapaciteit", nl(17470000), nl(beschikbaar)],
    ["Benodigde weerstandscapaciteit", nl(10040000), nl(benodigd)],
], {1, 2}, ["Ratio weerstandsvermogen", nl(ratio_begr, 2), nl(ratio, 2)])}
<p>De benodigde weerstandscapaciteit is gestegen van € 10.040.000 naar € {nl(benodigd)}, vooral doordat het risico op
verdere kostenstijging in de jeugdhulp hoger is ingeschat (€ 2.600.000 met een kans van 50%). De ratio daalt van
{nl(ratio_begr, 2)} naar {nl(ratio, 2)} en blijft daarmee boven de norm van 1,4 (waardering B: ruim voldoende).</p>
<h3>Voorstel</h3>
<p>Wij stellen uw raad voor:</p>
<p>1. de najaarsnota 2025 vast te stellen;<br>
2. de begrotingswijziging 2025-09 vast te stellen, met een voordelig saldo van € {nl(nn_tot[0])} voor 2025;<br>
3. de {len(AFSLUIT)} investeringskredieten uit tabel 6.1 af te sluiten;<br>
4. het krediet nieuwbouw IKC De Vlonder op te hogen met € 1.150.000 en te dekken uit de reserve onderwijshuisvesting;<br>
5. een krediet van € 740.000 beschikbaar te stellen voor de vervanging van de brug Molenvaart;<br>
6. € 400.000 te onttrekken aan de reserve sociaal domein.</p>
<p class="note">Pelsendrecht, 14 oktober 2025. Het college van burgemeester en wethouders van Pelsendrecht.</p>
""")
assert abs((17470000 / 10040000) - ratio_begr) < 0.005 and 15060000 + 2410000 == 17470000

# --- page 8 (landscape): overzicht begrotingswijzigingen
bw_rows = [[b[0], b[1], b[2], b[3], nl(b[4]), nl(b[5])] + [nl(v) for v in b[6]] for b in BW_ALL]
page(f"""
<h2>Bijlage. Overzicht begrotingswijzigingen 2025</h2>
<p>Onderstaand overzicht bevat alle begrotingswijzigingen 2025, inclusief de wijziging die met deze najaarsnota wordt
voorgesteld. Lasten en baten zijn de mutaties in 2025 (een hogere last en een hogere bate zijn positief); het saldo is
baten minus lasten, waarbij een negatief bedrag een nadeel is.</p>
<div class="cap">Tabel B.1 Begrotingswijzigingen 2025 (bedragen x € 1.000; - = nadeel)</div>
{tbl(["Nr.", "Omschrijving", "Progr.", "Raadsbesluit", "Lasten 2025", "Baten 2025", "Saldo 2025", "Saldo 2026", "Saldo 2027", "Saldo 2028"],
     bw_rows, {4, 5, 6, 7, 8, 9},
     ["", "Totaal begrotingswijzigingen 2025", "", "", nl(bw_l), nl(bw_b)] + [nl(v) for v in bw_tot])}
<p>Het totaal van de begrotingswijzigingen sluit aan op het verschil tussen de primitieve begroting en het saldo na
najaarsnota in tabel 4.1. In 2025 zijn in totaal {len(BW_ALL)} begrotingswijzigingen vastgesteld of voorgesteld, waarvan
twee budgetneutraal (2025-03 en 2025-08).</p>
""", land=True)

assert len(pages) == NPAGES
html = ["<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Najaarsnota 2025 - Gemeente Pelsendrecht</title>",
        f"<style>{CSS}</style></head><body>"]
for i, (body, land) in enumerate(pages, 1):
    html.append(f'<div class="page{" land" if land else ""}">{hdr_ftr(i, land)}{body}</div>')
html.append("</body></html>")
with open(HTML, "w", encoding="utf-8") as f:
    f.write("\n".join(html))

facts = dict(nn_tot=nn_tot, ptot={p: ptot[p] for p in P}, eerder=eerder, voor_nn=voor_nn, na_nn=na_nn,
             primitief=primitief, n_rows=n_rows, n_struct=n_struct, n_incid=n_incid,
             nn_lasten25=nn_lasten25, nn_baten25=nn_baten25, bw_tot=bw_tot, bw_l=bw_l, bw_b=bw_b,
             afs_k=afs_k, afs_b=afs_b, afs_r=afs_r, n_onder=n_onder, oph_tot=oph_tot, ikc_pct=ikc_pct,
             kerk_over=kerk_over, kerk_pct=kerk_pct, AR_eind=AR_eind, RSD_eind=RSD_eind, RO_eind=RO_eind,
             beschikbaar=beschikbaar, ratio=ratio, eerder_l=eerder_l, eerder_b=eerder_b)
print(json.dumps(facts, indent=1))

if "--no-pdf" not in sys.argv:
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={PDF}", "file://" + HTML], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print("wrote", PDF)
