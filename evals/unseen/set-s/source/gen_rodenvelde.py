"""Generate 'Programmabegroting 2027' of the fictional gemeente Rodenvelde.

Writes HTML and prints it to PDF with headless Chromium (the way many municipal
office pipelines export their documents). All figures are defined here once; totals,
saldi and reserve movements are computed and asserted before anything is written.

usage: python gen_rodenvelde.py <corpus_dir>
"""
import os
import subprocess
import sys
import tempfile

from nl import n, d, mln, eur

YEARS = ["Rekening 2025", "Begroting 2026", "Begroting 2027", "Raming 2028", "Raming 2029", "Raming 2030"]
Y = {2025: 0, 2026: 1, 2027: 2, 2028: 3, 2029: 4, 2030: 5}

# ---------------------------------------------------------------- programmes (x EUR 1.000)
PROGRAMMES = [
    ("1", "Bestuur en dienstverlening",
     [5402, 5598, 5812, 5744, 5771, 5826], [1231, 1094, 1146, 1158, 1171, 1184]),
    ("2", "Veiligheid",
     [2612, 2731, 2874, 2911, 2948, 2986], [118, 96, 96, 96, 96, 96]),
    ("3", "Sociaal domein",
     [36184, 37266, 38452, 38907, 39361, 39884], [7412, 6805, 6918, 6934, 6951, 6968]),
    ("4", "Onderwijs, sport en cultuur",
     [8915, 9208, 9627, 9983, 10041, 10116], [2148, 2201, 2315, 2338, 2362, 2385]),
    ("5", "Wonen, ruimte en economie",
     [8733, 7964, 7406, 8122, 7318, 7205], [6219, 5337, 4982, 5694, 4870, 4751]),
    ("6", "Openbare ruimte, milieu en klimaat",
     [15106, 15684, 16238, 16571, 16792, 17044], [10022, 10396, 10774, 11102, 11368, 11641]),
]

# reserves: name, programme ('AD' = algemene dekkingsmiddelen), stand 1-1-2027,
# toevoegingen 2025..2030, onttrekkingen 2025..2030 (x EUR 1.000)
RESERVES = [
    ("Algemene reserve", "AD", 7862, [500, 0, 0, 0, 0, 0], [0, 650, 420, 0, 0, 0]),
    ("Reserve sociaal domein", "3", 1480, [380, 0, 0, 0, 0, 0], [450, 620, 560, 300, 0, 0]),
    ("Reserve onderhoud accommodaties", "4", 2208, [240] * 6, [310, 185, 435, 265, 190, 505]),
    ("Reserve dekking kapitaallasten", "4", 4930, [0] * 6, [118, 118, 118, 178, 178, 178]),
    ("Reserve volkshuisvesting", "5", 1874, [620, 0, 0, 350, 0, 0], [0, 280, 315, 0, 0, 0]),
    ("Egalisatiereserve afvalstoffenheffing", "6", 612, [96, 0, 0, 0, 0, 0], [0, 145, 180, 120, 90, 0]),
    ("Reserve klimaat en energietransitie", "6", 1320, [750, 400, 400, 0, 0, 0], [320, 380, 412, 365, 300, 250]),
    ("Reserve organisatieontwikkeling", "1", 635, [0] * 6, [210, 260, 225, 150, 0, 0]),
]

# algemene dekkingsmiddelen (x EUR 1.000); gemeentefonds is solved from the target result
DEKKING = [
    ("Onroerendezaakbelasting woningen", [5842, 6051, 6284, 6410, 6538, 6669]),
    ("Onroerendezaakbelasting niet-woningen", [2754, 2838, 2931, 2990, 3050, 3111]),
    ("Toeristenbelasting", [371, 392, 418, 426, 435, 444]),
    ("Algemene uitkering gemeentefonds", None),
    ("Dividenden", [586, 498, 512, 512, 512, 512]),
    ("Saldo financieringsfunctie", [402, 351, 318, 274, 236, 198]),
    ("Overige algemene dekkingsmiddelen", [163, 140, 145, 145, 145, 145]),
]
DEKKING_LASTEN = [452, 468, 486, 496, 506, 516]       # kosten heffing en invordering
OVERHEAD_L = [11204, 11587, 11936, 12048, 12171, 12295]
OVERHEAD_B = [455, 398, 402, 402, 402, 402]
VPB = [8, 12, 12, 12, 12, 12]
ONVOORZIEN = [0, 100, 100, 100, 100, 100]
TARGET_RESULT = [1742, -318, 214, 96, -487, -1296]

# sociaal domein by taakveld, begroting 2027 (x EUR 1.000): lasten, baten
TAAKVELDEN_P3 = [
    ("6.1", "Samenkracht en burgerparticipatie", 3214, 186),
    ("6.2", "Toegang en eerstelijnsvoorzieningen", 2876, 0),
    ("6.3", "Inkomensregelingen", 9842, 6104),
    ("6.4", "Begeleide participatie", 1958, 0),
    ("6.5", "Arbeidsparticipatie", 1126, 212),
    ("6.6", "Maatwerkvoorzieningen (Wmo)", 1684, 96),
    ("6.71", "Maatwerkdienstverlening 18+", 6935, 320),
    ("6.72", "Maatwerkdienstverlening 18-", 8411, 0),
    ("6.81", "Geëscaleerde zorg 18+", 962, 0),
    ("6.82", "Geëscaleerde zorg 18-", 1444, 0),
]

# investeringen (whole euros): omschrijving, programma, 2027..2030, afschrijvingstermijn
INVESTERINGEN = [
    ("Renovatie sporthal De Wiekslag", "4", [2385000, 0, 0, 0], 40),
    ("Uitbreiding IKC De Zonnewijzer", "4", [3120000, 2480000, 0, 0], 40),
    ("Kunstgrasveld sportpark Het Loo", "4", [0, 0, 545000, 0], 15),
    ("Herinrichting Marktplein", "5", [875000, 1940000, 0, 0], 30),
    ("Vervanging riolering Oranjebuurt", "6", [1460000, 1275000, 0, 0], 60),
    ("Waterberging Molenbeek (klimaatadaptatie)", "6", [1000000, 0, 0, 0], 40),
    ("Vervanging openbare verlichting (LED)", "6", [418000, 418000, 418000, 0], 20),
    ("Fietspad Veenweg - Strijenhoutseweg", "6", [0, 690000, 1150000, 0], 25),
    ("Vervanging tractie buitendienst", "6", [312500, 185000, 0, 226000], 8),
    ("Vervanging ICT-werkplekken en netwerk", "Overhead", [214000, 96000, 132000, 240000], 4),
]

# risico's (whole euros, kans in %)
RISICOS = [
    ("Open-einderegeling jeugdhulp", "Stijging van het aantal jeugdigen met (specialistische) jeugdhulp en hogere tarieven.", 1250000, 50),
    ("Wmo-voorzieningen", "Aanzuigende werking abonnementstarief; meer cliënten met hulp bij het huishouden.", 800000, 50),
    ("Grondexploitatie Veldhuizen-Noord", "Vertraging in de verkoop van kavels en lagere grondprijzen.", 1600000, 25),
    ("Gemeentefonds vanaf 2028", "Lagere algemene uitkering door de nieuwe verdeling en het uitblijven van compensatie.", 1500000, 75),
    ("Garantstellingen", "Aanspraak op garanties verstrekt aan sportverenigingen en stichting Dorpshuis.", 2400000, 10),
    ("Bijdragen verbonden partijen", "Hogere bijdragen aan Veiligheidsregio en Afvalschap Meerstromen.", 600000, 50),
    ("Renteontwikkeling", "Hogere rente bij herfinanciering van af te lossen leningen.", 450000, 30),
    ("Juridische procedures en planschade", "Claims naar aanleiding van bestemmingswijzigingen.", 350000, 30),
    ("Informatiebeveiliging", "Kosten van herstel na een cyberincident.", 500000, 10),
]
ONDERGRENS_AR = 2450          # x 1.000, ondergrens algemene reserve
ONBENUTTE_BELCAP = 1184000    # euro
VERBONDEN = [  # (programma, naam, begroting 2026, begroting 2027) whole euros
    ("2", "Veiligheidsregio Zuidoost-Meerstromen", 1612700, 1684300),
    ("6", "Afvalschap Meerstromen", 3402800, 3486200),
    ("6", "Omgevingsdienst Meerstromen", 1126400, 1171900),
]

KENGETALLEN = [  # percentages: rekening 2025, begroting 2026 .. raming 2030
    ("Netto schuldquote", [61.4, 66.8, 72.5, 78.1, 79.4, 77.6]),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", [58.9, 64.3, 70.1, 75.8, 77.2, 75.5]),
    ("Solvabiliteitsratio", [27.3, 25.8, 24.6, 23.1, 22.7, 22.4]),
    ("Grondexploitatie", [4.2, 3.9, 3.1, 2.6, 1.8, 1.2]),
    ("Structurele exploitatieruimte", [1.4, 0.6, 0.3, 0.2, -0.4, -1.1]),
    ("Belastingcapaciteit", [101.2, 102.4, 103.1, 103.1, 103.1, 103.1]),
]


def compute():
    C = {}
    prog_ids = [p[0] for p in PROGRAMMES] + ["AD"]
    toev = {pid: [0] * 6 for pid in prog_ids}
    ontt = {pid: [0] * 6 for pid in prog_ids}
    for name, pid, stand, t, o in RESERVES:
        for i in range(6):
            toev[pid][i] += t[i]
            ontt[pid][i] += o[i]
    C["toev"], C["ontt"] = toev, ontt
    # reserve stands from 1-1-2027 onwards; begin + toevoeging - onttrekking = eind
    stands = {}
    for name, pid, stand, t, o in RESERVES:
        s = {2027: stand}
        for y in (2027, 2028, 2029, 2030):
            s[y + 1] = s[y] + t[Y[y]] - o[Y[y]]
            assert s[y + 1] >= 0, name
        stands[name] = s
    C["stands"] = stands
    tot_toev = [sum(toev[p][i] for p in prog_ids) for i in range(6)]
    tot_ontt = [sum(ontt[p][i] for p in prog_ids) for i in range(6)]
    C["tot_toev"], C["tot_ontt"] = tot_toev, tot_ontt
    prog_L = [sum(p[2][i] for p in PROGRAMMES) for i in range(6)]
    prog_B = [sum(p[3][i] for p in PROGRAMMES) for i in range(6)]
    other = [sum(r[1][i] for r in DEKKING if r[1]) for i in range(6)]
    gf = []
    for i in range(6):
        lasten = prog_L[i] + DEKKING_LASTEN[i] + OVERHEAD_L[i] + VPB[i] + ONVOORZIEN[i]
        baten_wo_gf = prog_B[i] + other[i] + OVERHEAD_B[i]
        gf.append(TARGET_RESULT[i] - (baten_wo_gf - lasten + tot_ontt[i] - tot_toev[i]))
    C["gf"] = gf
    dek = [(name, vals if vals else gf) for name, vals in DEKKING]
    C["dekking"] = dek
    C["dek_B"] = [sum(v[i] for _, v in dek) for i in range(6)]
    C["prog_L"], C["prog_B"] = prog_L, prog_B
    C["tot_L"] = [prog_L[i] + DEKKING_LASTEN[i] + OVERHEAD_L[i] + VPB[i] + ONVOORZIEN[i] for i in range(6)]
    C["tot_B"] = [prog_B[i] + C["dek_B"][i] + OVERHEAD_B[i] for i in range(6)]
    C["saldo"] = [C["tot_B"][i] - C["tot_L"][i] for i in range(6)]
    C["result"] = [C["saldo"][i] - tot_toev[i] + tot_ontt[i] for i in range(6)]
    assert C["result"] == TARGET_RESULT
    for g in gf:
        assert 50000 < g < 60000, gf
    # taakvelden add up to programme 3 in 2027
    assert sum(t[2] for t in TAAKVELDEN_P3) == PROGRAMMES[2][2][2]
    assert sum(t[3] for t in TAAKVELDEN_P3) == PROGRAMMES[2][3][2]
    C["inv_tot"] = [sum(i[2][k] for i in INVESTERINGEN) for k in range(4)]
    C["risk_w"] = [r[2] * r[3] // 100 for r in RISICOS]
    assert all(r[2] * r[3] % 100 == 0 for r in RISICOS)
    C["benodigd"] = sum(C["risk_w"])
    ar = stands["Algemene reserve"][2027]
    C["ar_vrij"] = (ar - ONDERGRENS_AR) * 1000
    C["beschikbaar"] = C["ar_vrij"] + ONBENUTTE_BELCAP + ONVOORZIEN[2] * 1000
    C["ratio"] = round(C["beschikbaar"] / C["benodigd"], 2)
    return C


CSS = """
@page { size: A4; margin: 18mm 17mm 20mm 17mm;
  @bottom-left { content: "Programmabegroting 2027 gemeente Rodenvelde"; font: 7.5pt Arial, sans-serif; color: #555; }
  @bottom-right { content: counter(page); font: 7.5pt Arial, sans-serif; color: #555; } }
@page cover { margin: 0; @bottom-left { content: none; } @bottom-right { content: none; } }
@page land { size: A4 landscape; margin: 15mm 15mm 18mm 15mm; }
body { margin: 0; font-family: Arial, Helvetica, sans-serif; font-size: 9.5pt; line-height: 1.32; color: #1d1d1b; }
h1 { font-size: 17pt; color: #7a1f2b; margin: 0 0 8pt 0; }
h2 { font-size: 12pt; color: #7a1f2b; margin: 11pt 0 4pt 0; }
h3 { font-size: 10pt; margin: 8pt 0 3pt 0; }
p { margin: 0 0 5pt 0; }
ul { margin: 0 0 5pt 0; padding-left: 14pt; }
li { margin-bottom: 2pt; }
.page { break-before: page; }
.cover { page: cover; height: 296mm; background: #7a1f2b; color: white; padding: 70mm 25mm 0 25mm; box-sizing: border-box; }
.cover .t1 { font-size: 30pt; font-weight: bold; }
.cover .t2 { font-size: 16pt; margin-top: 8pt; }
.cover .t3 { font-size: 10pt; margin-top: 90mm; }
.land { page: land; }
table { border-collapse: collapse; width: 100%; margin: 3pt 0 6pt 0; font-size: 8.3pt; }
th, td { padding: 2pt 4pt; border-bottom: 0.5pt solid #c9c9c9; vertical-align: top; }
th { background: #ead9db; text-align: right; font-weight: bold; }
th.l, td.l { text-align: left; }
td { text-align: right; }
tr.tot td { font-weight: bold; border-top: 0.8pt solid #555; }
tr.sub td { font-style: italic; }
.caption { font-weight: bold; font-size: 8.5pt; margin-top: 6pt; }
.scale { font-weight: normal; font-style: italic; }
.two { column-count: 2; column-gap: 8mm; text-align: justify; }
.box { border: 0.6pt solid #7a1f2b; padding: 5pt 7pt; margin: 6pt 0; background: #faf4f5; }
.small { font-size: 7.5pt; color: #444; }
.toc td { text-align: left; border: none; padding: 1pt 4pt; }
.toc td.pg { text-align: right; }
"""


def _num(c):
    import re
    return bool(re.fullmatch(r"-?[\d.,]+%?|-", str(c)))


def table_html(caption, head, rows, scale=None, first_left=True, tot_rows=()):
    cap = f'<div class="caption">{caption}' + (f' <span class="scale">({scale})</span>' if scale else "") + "</div>"
    left = [(i == 0 and first_left) or not _num(rows[0][i]) for i in range(len(head))]
    h = "".join(f'<th class="{"l" if left[i] else ""}">{c}</th>' for i, c in enumerate(head))
    body = []
    for r_i, r in enumerate(rows):
        cls = ' class="tot"' if r_i in tot_rows else ""
        cells = "".join(f'<td class="{"l" if left[i] else ""}">{c}</td>' for i, c in enumerate(r))
        body.append(f"<tr{cls}>{cells}</tr>")
    return cap + f"<table><thead><tr>{h}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def kosten_table(pnr, pname, L, B, toev, ontt):
    saldo = [B[i] - L[i] for i in range(6)]
    res = [saldo[i] - toev[i] + ontt[i] for i in range(6)]
    rows = [
        ["Lasten"] + [n(v) for v in L],
        ["Baten"] + [n(v) for v in B],
        ["Saldo van baten en lasten"] + [n(v) for v in saldo],
        ["Toevoegingen aan reserves"] + [n(v, True) for v in toev],
        ["Onttrekkingen aan reserves"] + [n(v, True) for v in ontt],
        ["Resultaat programma " + pnr] + [n(v) for v in res],
    ]
    return table_html(f"Tabel {pnr}.2 Wat mag het kosten? Programma {pnr} {pname}", ["Omschrijving"] + YEARS,
                      rows, scale="bedragen x € 1.000", tot_rows=(2, 5)), saldo, res


def indicator_table(pnr, rows):
    head = ["Indicator", "Eenheid", "2023", "2024", "2025", "Streefwaarde 2027"]
    return table_html(f"Tabel {pnr}.1 Indicatoren programma {pnr}", head, rows)


def build_html(C):
    P = {p[0]: p for p in PROGRAMMES}
    toev, ontt = C["toev"], C["ontt"]
    i27 = Y[2027]
    tot_L27 = C["tot_L"][i27]
    p3L = P["3"][2][i27]
    share_sd = round(100 * p3L / tot_L27)
    html = [f"<html><head><meta charset='utf-8'><title>Programmabegroting 2027 gemeente Rodenvelde</title><style>{CSS}</style></head><body>"]

    # ------------------------------------------------------------ cover
    html.append("""<div class="cover"><div class="t1">Programmabegroting 2027</div>
<div class="t2">en meerjarenraming 2028-2030</div><div class="t2">Gemeente Rodenvelde</div>
<div class="t3">Aangeboden aan de gemeenteraad op 24 september 2026<br>Behandeling in de raad: 5 november 2026<br>Kenmerk: FIN/2026/0412</div></div>""")

    # ------------------------------------------------------------ inhoud + inleiding (two columns)
    r = C["result"]
    inv27 = C["inv_tot"][0]
    html.append(f"""<div class="page"><h1>Inhoud</h1>
<table class="toc"><tbody>
<tr><td>Inleiding</td><td class="pg">2</td></tr><tr><td>Financieel meerjarenbeeld</td><td class="pg">3</td></tr>
<tr><td>Programma 1 Bestuur en dienstverlening</td><td class="pg">4</td></tr><tr><td>Programma 2 Veiligheid</td><td class="pg">5</td></tr>
<tr><td>Programma 3 Sociaal domein</td><td class="pg">6</td></tr><tr><td>Programma 4 Onderwijs, sport en cultuur</td><td class="pg">8</td></tr>
<tr><td>Programma 5 Wonen, ruimte en economie</td><td class="pg">9</td></tr><tr><td>Programma 6 Openbare ruimte, milieu en klimaat</td><td class="pg">10</td></tr>
<tr><td>Overzicht van baten en lasten</td><td class="pg">11</td></tr><tr><td>Algemene dekkingsmiddelen en lokale heffingen</td><td class="pg">12</td></tr>
<tr><td>Paragraaf weerstandsvermogen en risicobeheersing</td><td class="pg">13</td></tr><tr><td>Reserves en investeringen</td><td class="pg">14</td></tr>
</tbody></table>
<h1>Inleiding</h1>
<div class="two">
<p>Voor u ligt de programmabegroting 2027 van de gemeente Rodenvelde. Het is de eerste begroting van het college dat na de verkiezingen van maart 2026 is aangetreden, en zij geeft invulling aan het coalitieakkoord ‘Samen verder in Rodenvelde’. Rodenvelde telde op 1 januari 2026 31.482 inwoners, verdeeld over de kern Rodenvelde en de dorpen Hessel, Loosbroek en Veldhuizen. Het aantal huishoudens bedroeg 13.905.</p>
<p><b>Een sluitende begroting.</b> De begroting 2027 sluit na verrekening met de reserves met een positief saldo van {eur(r[i27]*1000)}. Ook 2028 is met een overschot van {eur(r[3]*1000)} sluitend. Voor 2029 en 2030 ramen we tekorten van {eur(-r[4]*1000)} en {mln(-r[5]*1000)}. De belangrijkste oorzaak is de onzekerheid over de algemene uitkering uit het gemeentefonds vanaf 2028. De algemene uitkering bedraagt in 2027 {mln(C['gf'][i27]*1000)} en is daarmee onze grootste inkomstenbron.</p>
<p><b>Waar gaat het geld naartoe?</b> De totale lasten bedragen in 2027 {mln(tot_L27*1000)}. Het sociaal domein is met {mln(p3L*1000)} het grootste programma: ongeveer {share_sd}% van al onze uitgaven gaat naar jeugdhulp, Wmo, participatie en inkomensondersteuning. In 2025 ontvingen 742 jeugdigen jeugdhulp en hadden ruim\u00a01.150 inwoners een maatwerkvoorziening uit de Wmo. Voor de aanpak van eenzaamheid onder ouderen trekken we ruim\u00a0380.000\u00a0euro uit.</p>
<p><b>Investeren in voorzieningen.</b> In 2027 investeren we in totaal {mln(inv27)}. De grootste projecten zijn de uitbreiding van IKC De Zonnewijzer en de renovatie van sporthal De Wiekslag, waarvoor {mln(2385000)} beschikbaar is. De herinrichting van het Marktplein kost over 2027 en 2028 samen {mln(875000+1940000)}.</p>
<p><b>Lokale lasten.</b> De tarieven van de onroerendezaakbelastingen stijgen met 3,8%, gelijk aan de inflatiecorrectie. Voor de afvalstoffenheffing is een stijging van 5,9% nodig omdat de verwerkingstarieven van Afvalschap Meerstromen omhoog gaan. De rioolheffing stijgt met 3,0%.</p>
<p><b>Weerbaarheid.</b> Onze financiële positie blijft voldoende. De ratio weerstandsvermogen komt uit op {d(C['ratio'], 2)}, boven de ondergrens van 1,4 die de raad heeft vastgesteld. De netto schuldquote loopt wel op, van 61,4% in 2025 naar 72,5% in 2027, door de investeringen in onderwijs- en sportaccommodaties.</p>
<p>Wij bieden u deze begroting met vertrouwen aan.</p>
<p>Het college van burgemeester en wethouders van Rodenvelde,<br>mr. H.J. (Hester) Brouwer-Kamphuis, burgemeester<br>drs. T. (Tijmen) Ravestein, wethouder financiën</p>
</div></div>""")

    # ------------------------------------------------------------ financieel meerjarenbeeld
    rows = [["Saldo van baten en lasten"] + [n(v) for v in C["saldo"]],
            ["Toevoegingen aan reserves"] + [n(v) for v in C["tot_toev"]],
            ["Onttrekkingen aan reserves"] + [n(v) for v in C["tot_ontt"]],
            ["Geraamd resultaat (+ = voordelig)"] + [n(v) for v in r]]
    html.append('<div class="page"><h1>Financieel meerjarenbeeld</h1>')
    html.append("<p>Onderstaande tabel geeft het financiële beeld van de begroting 2027 en de meerjarenraming 2028-2030. "
                "Ter vergelijking zijn de rekening 2025 en de begroting 2026 (na wijziging) opgenomen. Een negatief bedrag bij het "
                "resultaat betekent een tekort.</p>")
    html.append(table_html("Tabel F.1 Meerjarenbeeld", ["Omschrijving"] + YEARS, rows, scale="bedragen x € 1.000", tot_rows=(3,)))
    html.append("""<h2>Uitgangspunten</h2><ul>
<li>Loonkosten: stijging van 3,4% op basis van de cao gemeenten en de pensioenpremies.</li>
<li>Prijzen: indexatie van 2,6% voor materiële budgetten; subsidies worden met 3,1% geïndexeerd.</li>
<li>Tarieven OZB: trendmatige stijging van 3,8%; afvalstoffenheffing en rioolheffing zijn 100% kostendekkend.</li>
<li>Rente: voor nieuwe langlopende leningen rekenen we met 3,25%; de omslagrente is 2,1%.</li>
<li>Algemene uitkering: gebaseerd op de meicirculaire 2026.</li></ul>
<h2>Structureel evenwicht</h2>
<p>De raad heeft bepaald dat de begroting structureel in evenwicht moet zijn. Het structurele saldo 2027 (het resultaat exclusief incidentele baten en lasten en incidentele reservemutaties) bedraagt € 171.000 positief. In 2030 is het structurele saldo € 1.187.000 negatief. Het college komt bij de kadernota 2028 met voorstellen om het meerjarenbeeld sluitend te maken, onder meer door een heroverweging van subsidies en een onderzoek naar de kosten van de buitendienst.</p>
<h2>Mutaties ten opzichte van de begroting 2026</h2>
<p>De belangrijkste structurele mutaties ten opzichte van de vastgestelde begroting 2026 zijn: hogere lasten jeugdhulp door tariefstijgingen (€ 640.000 nadelig), groei van het aantal Wmo-cliënten (€ 410.000 nadelig), hogere kapitaallasten van de nieuwe investeringen (€ 286.000 nadelig) en een hogere algemene uitkering op basis van de meicirculaire (€ 1.315.000 voordelig).</p>
</div>""")

    # ------------------------------------------------------------ programmes
    texts = programme_texts(C)
    for pnr, pname, L, B in PROGRAMMES:
        t = texts[pnr]
        html.append(f'<div class="page"><h1>Programma {pnr} {pname}</h1>')
        html.append(f"<p class='small'>Portefeuillehouder(s): {t['wh']}</p>")
        html.append("<h2>Wat willen we bereiken?</h2>" + t["bereiken"])
        html.append("<h2>Wat gaan we daarvoor doen?</h2>" + t["doen"])
        html.append("<h3>Indicatoren</h3>" + indicator_table(pnr, t["ind"]))
        if pnr == "3":
            html.append('</div><div class="page">')
        html.append("<h2>Wat mag het kosten?</h2>")
        tab, saldo, res = kosten_table(pnr, pname, L, B, toev[pnr], ontt[pnr])
        html.append(tab)
        html.append(t.get("extra", ""))
        html.append("<h3>Toelichting op de verschillen</h3>" + t["toelichting"])
        html.append("</div>")

    # ------------------------------------------------------------ overview (landscape)
    years4 = [2027, 2028, 2029, 2030]
    head = ["Programma"] + [f"{lab} {y}" for y in years4 for lab in ("Lasten", "Baten", "Saldo")]
    rows = []
    def line(label, L, B):
        cells = [label]
        for y in years4:
            i = Y[y]
            cells += [n(L[i]), n(B[i]), n(B[i] - L[i])]
        return cells
    for pnr, pname, L, B in PROGRAMMES:
        rows.append(line(f"{pnr}. {pname}", L, B))
    rows.append(line("Totaal programma's", C["prog_L"], C["prog_B"]))
    rows.append(line("Algemene dekkingsmiddelen", DEKKING_LASTEN, C["dek_B"]))
    rows.append(line("Overhead", OVERHEAD_L, OVERHEAD_B))
    rows.append(line("Heffing vennootschapsbelasting", VPB, [0] * 6))
    rows.append(line("Onvoorzien", ONVOORZIEN, [0] * 6))
    rows.append(line("Saldo van baten en lasten", C["tot_L"], C["tot_B"]))
    rows.append(line("Mutaties reserves", C["tot_toev"], C["tot_ontt"]))
    res_row = ["Geraamd resultaat"]
    for y in years4:
        i = Y[y]
        res_row += [n(C["tot_L"][i] + C["tot_toev"][i]), n(C["tot_B"][i] + C["tot_ontt"][i]), n(C["result"][i])]
    rows.append(res_row)
    html.append('<div class="page land"><h1>Overzicht van baten en lasten 2027-2030</h1>')
    html.append("<p>Het overzicht van baten en lasten geeft per programma de geraamde lasten, baten en het saldo. De algemene dekkingsmiddelen, "
                "de overhead, de vennootschapsbelasting en het bedrag voor onvoorzien zijn volgens het Besluit begroting en verantwoording "
                "afzonderlijk opgenomen. Bij de mutaties reserves staan de toevoegingen in de kolom lasten en de onttrekkingen in de kolom baten.</p>")
    html.append(table_html("Tabel O.1 Overzicht van baten en lasten per programma", head, rows, scale="bedragen x € 1.000",
                           tot_rows=(6, 11, 13)))
    # reservemutaties per programma 2027
    prog_names = [(p[0], f"{p[0]}. {p[1]}") for p in PROGRAMMES] + [("AD", "Algemene dekkingsmiddelen")]
    rrows = [[lab, n(toev[pid][i27], True), n(ontt[pid][i27], True), n(ontt[pid][i27] - toev[pid][i27])] for pid, lab in prog_names]
    rrows.append(["Totaal", n(C["tot_toev"][i27]), n(C["tot_ontt"][i27]), n(C["tot_ontt"][i27] - C["tot_toev"][i27])])
    html.append(table_html("Tabel O.2 Mutaties reserves per programma, begroting 2027",
                           ["Programma", "Toevoegingen 2027", "Onttrekkingen 2027", "Per saldo"], rrows,
                           scale="x € 1.000", tot_rows=(len(rrows) - 1,)))
    html.append("</div>")

    # ------------------------------------------------------------ algemene dekkingsmiddelen + lokale heffingen
    drows = [[name] + [n(v) for v in vals] for name, vals in C["dekking"]]
    drows.append(["Totaal algemene dekkingsmiddelen"] + [n(v) for v in C["dek_B"]])
    html.append('<div class="page"><h1>Algemene dekkingsmiddelen en lokale heffingen</h1>')
    html.append("<p>Algemene dekkingsmiddelen zijn inkomsten waarvan de besteding niet aan een specifiek doel is gebonden. "
                "Zij dekken het tekort van de programma's. De kosten van heffing en invordering van de belastingen "
                f"({eur(DEKKING_LASTEN[i27]*1000)} in 2027) staan als lasten bij de algemene dekkingsmiddelen.</p>")
    html.append(table_html("Tabel A.1 Algemene dekkingsmiddelen", ["Omschrijving"] + YEARS, drows,
                           scale="bedragen x € 1.000", tot_rows=(len(drows) - 1,)))
    html.append("""<h2>Onroerendezaakbelastingen</h2>
<p>De OZB-tarieven stijgen in 2027 met 3,8% (inflatiecorrectie). Omdat de WOZ-waarden van woningen naar verwachting met 4,6% stijgen, dalen de tarieven als percentage van de WOZ-waarde. De raming van de opbrengst is gebaseerd op de WOZ-waarden per waardepeildatum 1 januari 2026. De gemiddelde WOZ-waarde van een woning in Rodenvelde bedraagt € 412.000.</p>""")
    html.append(table_html("Tabel A.2 Tarieven onroerendezaakbelastingen (percentage van de WOZ-waarde)",
                           ["Categorie", "Tarief 2026", "Tarief 2027"],
                           [["Woningen, eigenaren", "0,0874%", "0,0861%"],
                            ["Niet-woningen, eigenaren", "0,2415%", "0,2398%"],
                            ["Niet-woningen, gebruikers", "0,1962%", "0,1949%"]]))
    html.append(table_html("Tabel A.3 Tarieven heffingen en woonlasten", ["Heffing (in €)", "2026", "2027", "Stijging"],
                           [["Afvalstoffenheffing eenpersoonshuishouden", "246,00", "260,40", "5,9%"],
                            ["Afvalstoffenheffing meerpersoonshuishouden", "312,00", "330,40", "5,9%"],
                            ["Rioolheffing per aansluiting", "268,50", "276,60", "3,0%"],
                            ["Woonlasten meerpersoonshuishouden (eigenaar-bewoner)", "924,86", "961,73", "4,0%"]]))
    html.append("<p>De woonlasten zijn berekend voor een meerpersoonshuishouden in een woning met de gemiddelde WOZ-waarde en bestaan uit de OZB eigenaren, de afvalstoffenheffing en de rioolheffing. "
                "Inwoners met een inkomen rond het sociaal minimum kunnen kwijtschelding aanvragen; in 2025 is aan 612 huishoudens kwijtschelding verleend.</p>")
    html.append("</div>")

    # ------------------------------------------------------------ weerstandsvermogen
    rrows = [[nm, desc, n(b), f"{k}%", n(w)] for (nm, desc, b, k), w in zip(RISICOS, C["risk_w"])]
    rrows.append(["Totaal", "", n(sum(r[2] for r in RISICOS)), "", n(C["benodigd"])])
    html.append('<div class="page"><h1>Paragraaf weerstandsvermogen en risicobeheersing</h1>')
    html.append("<p>Het weerstandsvermogen is het vermogen van de gemeente om financiële tegenvallers op te vangen zonder dat het beleid moet worden aangepast. "
                "Het is de verhouding tussen de beschikbare weerstandscapaciteit en de benodigde weerstandscapaciteit. De benodigde capaciteit is de som "
                "van de risicobedragen vermenigvuldigd met de kans dat het risico zich voordoet.</p>")
    html.append(table_html("Tabel W.1 Belangrijkste risico's", ["Risico", "Omschrijving", "Bedrag (€)", "Kans", "Gewogen bedrag (€)"],
                           rrows, tot_rows=(len(rrows) - 1,)))
    bes = [["Vrij besteedbaar deel algemene reserve (stand 1-1-2027 minus ondergrens)", n(C["ar_vrij"])],
           ["Onbenutte belastingcapaciteit OZB", n(ONBENUTTE_BELCAP)],
           ["Post onvoorzien 2027", n(ONVOORZIEN[i27] * 1000)],
           ["Beschikbare weerstandscapaciteit", n(C["beschikbaar"])],
           ["Benodigde weerstandscapaciteit", n(C["benodigd"])],
           ["Ratio weerstandsvermogen", d(C["ratio"], 2)]]
    html.append(table_html("Tabel W.2 Berekening ratio weerstandsvermogen", ["Onderdeel", "Bedrag in €"], bes, tot_rows=(3, 5)))
    html.append(f"<p>De ratio van {d(C['ratio'], 2)} valt in klasse B (‘ruim voldoende’, ratio tussen 1,4 en 2,0) van de waarderingstabel van het Nederlands Adviesbureau voor Risicomanagement. "
                f"De ondergrens van de algemene reserve is door de raad vastgesteld op {mln(ONDERGRENS_AR*1000, 2)}.</p>")
    krows = [[nm] + [d(v, 1) + "%" for v in vals] for nm, vals in KENGETALLEN]
    html.append(table_html("Tabel W.3 Financiële kengetallen", ["Kengetal"] + YEARS, krows))
    html.append("<p>De netto schuldquote stijgt door de investeringen in het IKC en de sporthal, maar blijft onder de signaalwaarde van 100%. "
                "De structurele exploitatieruimte wordt vanaf 2029 negatief; dat onderstreept de noodzaak van maatregelen bij de kadernota.</p></div>")

    # ------------------------------------------------------------ reserves + investeringen
    st = C["stands"]
    rrows = []
    for name, pid, stand, t, o in RESERVES:
        rrows.append([name, "AD" if pid == "AD" else pid, n(st[name][2027]), n(t[i27], True), n(o[i27], True), n(st[name][2028]), n(st[name][2031])])
    tots = [sum(st[nm][2027] for nm, *_ in RESERVES), C["tot_toev"][i27], C["tot_ontt"][i27],
            sum(st[nm][2028] for nm, *_ in RESERVES), sum(st[nm][2031] for nm, *_ in RESERVES)]
    assert tots[0] + tots[1] - tots[2] == tots[3]
    rrows.append(["Totaal reserves", "", n(tots[0]), n(tots[1]), n(tots[2]), n(tots[3]), n(tots[4])])
    html.append('<div class="page"><h1>Reserves en investeringen</h1><h2>Reserves</h2>')
    html.append(table_html("Tabel R.1 Verloop van de reserves", ["Reserve", "Progr.", "Stand 1-1-2027", "Toevoegingen 2027",
                           "Onttrekkingen 2027", "Stand 31-12-2027", "Stand 31-12-2030"], rrows, scale="bedragen x € 1.000",
                           tot_rows=(len(rrows) - 1,)))
    html.append("<p class='small'>AD = algemene dekkingsmiddelen. De onttrekking aan de algemene reserve in 2027 betreft de eenmalige dekking van de invoering van het nieuwe zaaksysteem en de inhaalslag archief.</p>")
    irows = [[nm, pid] + [n(v, True) for v in vals] + [n(sum(vals)), str(term)] for nm, pid, vals, term in INVESTERINGEN]
    irows.append(["Totaal investeringen", ""] + [n(v) for v in C["inv_tot"]] + [n(sum(C["inv_tot"])), ""])
    html.append("<h2>Investeringsplan 2027-2030</h2><p>Het investeringsplan bevat de nieuwe investeringen waarvoor de raad met deze begroting krediet beschikbaar stelt (2027) en de investeringen die in de jaren daarna zijn voorzien. De kapitaallasten zijn in de meerjarenraming verwerkt.</p>")
    html.append(table_html("Tabel R.2 Investeringsplan", ["Investering", "Progr.", "2027", "2028", "2029", "2030", "Totaal", "Afschrijvings-termijn (jaren)"],
                           irows, scale="bedragen in euro's", tot_rows=(len(irows) - 1,)))
    html.append("</div></body></html>")
    return "\n".join(html)


def programme_texts(C):
    P = {p[0]: p for p in PROGRAMMES}
    i26, i27 = Y[2026], Y[2027]

    def dl(pnr):
        return (P[pnr][2][i27] - P[pnr][2][i26]) * 1000

    def db(pnr):
        return (P[pnr][3][i27] - P[pnr][3][i26]) * 1000

    T = {}
    T["1"] = dict(
        wh="burgemeester H.J. Brouwer-Kamphuis; wethouder T. Ravestein",
        bereiken="""<p>Wij willen een open en benaderbaar bestuur dat inwoners, ondernemers en maatschappelijke organisaties actief betrekt bij plannen. Inwoners worden snel, vriendelijk en correct geholpen, zowel aan de balie als digitaal.</p>
<ul><li>Inwoners waarderen de dienstverlening met minimaal een 7,5.</li><li>Vier van de vijf aanvragen worden digitaal ingediend.</li><li>Verzoeken op grond van de Wet open overheid worden binnen de wettelijke termijn afgehandeld.</li></ul>""",
        doen="""<ul><li>We vernieuwen het digitale loket ‘Mijn Rodenvelde’ en voegen de aanvraag van parkeervergunningen en evenementenvergunningen toe.</li>
<li>Het gemeentehuis is vanaf 2027 ook op zaterdagochtend open voor reisdocumenten en rijbewijzen.</li>
<li>In elk van de drie dorpen organiseren we twee keer per jaar een dorpsavond met het college; de dorpsraden ontvangen samen € 45.000 voor eigen initiatieven.</li>
<li>We voeren een nieuw zaaksysteem in en werken de achterstand in het archief weg (eenmalig € 420.000, gedekt uit de algemene reserve).</li></ul>""",
        ind=[["Tevredenheid dienstverlening", "rapportcijfer", "7,2", "7,4", "7,3", "7,5"],
             ["Aanvragen digitaal ingediend", "%", "64", "71", "76", "80"],
             ["Woo-verzoeken binnen termijn afgehandeld", "%", "58", "66", "71", "85"],
             ["Formele bezwaarschriften", "aantal", "214", "198", "187", "170"]],
        toelichting=f"""<p>De lasten stijgen in 2027 met {eur(dl('1'))} ten opzichte van de begroting 2026. Tegenover de eenmalige kosten van het nieuwe zaaksysteem en de inhaalslag in het archief ({eur(420000)}, gedekt uit de algemene reserve) staat het wegvallen van de kosten van de gemeenteraadsverkiezingen van 2026 ({eur(165000)}). Uit de reserve organisatieontwikkeling wordt {eur(225000)} onttrokken voor het opleidingsprogramma ‘Vakmanschap 2030’. De baten nemen toe met {eur(db('1'))} door hogere leges reisdocumenten; in 2027 verlopen veel paspoorten die in 2017 zijn uitgegeven.</p>""",
    )
    T["2"] = dict(
        wh="burgemeester H.J. Brouwer-Kamphuis",
        bereiken="""<p>Rodenvelde is een veilige gemeente waar inwoners zich thuis voelen. We willen het aantal woninginbraken verder terugdringen, ondermijnende criminaliteit tegengaan en zorgen dat brandweer en hulpdiensten snel ter plaatse zijn.</p>
<ul><li>Minder dan 1,8 woninginbraken per 1.000 woningen.</li><li>Meer meldingen van ondermijning via het meldpunt, zodat signalen eerder worden opgepakt.</li><li>De brandweer is binnen de normtijd ter plaatse in minstens 90% van de prioriteit-1-meldingen.</li></ul>""",
        doen="""<ul><li>We zetten de vier buurtpreventieteams voort en breiden het aantal WhatsApp-buurtpreventiegroepen uit van 38 naar 45.</li>
<li>Samen met politie en het Regionaal Informatie- en Expertisecentrum voeren we twee integrale controles per jaar uit op bedrijventerreinen en in het buitengebied.</li>
<li>We stellen een tweede boa in voor toezicht op overlast en parkeren in het centrum.</li>
<li>De bijdrage aan de Veiligheidsregio Zuidoost-Meerstromen stijgt naar € 1.684.300.</li></ul>""",
        ind=[["Woninginbraken", "per 1.000 woningen", "2,4", "2,1", "1,9", "1,8"],
             ["Geweldsmisdrijven", "per 1.000 inwoners", "3,9", "4,1", "3,8", "3,5"],
             ["Winkeldiefstallen", "per 1.000 inwoners", "1,6", "1,9", "2,0", "1,6"],
             ["Verwijzingen Halt", "per 10.000 jongeren 12-17 jaar", "112", "98", "104", "95"],
             ["Opkomsttijd brandweer binnen norm", "%", "86", "88", "91", "90"]],
        extra=table_html("Tabel 2.3 Bijdrage verbonden partij programma 2", ["Verbonden partij", "Begroting 2026", "Begroting 2027"],
                         [["Veiligheidsregio Zuidoost-Meerstromen", n(1612700), n(1684300)]], scale="bedragen in €"),
        toelichting=f"""<p>De lasten nemen in 2027 toe met {eur(dl('2'))}. De bijdrage aan de veiligheidsregio stijgt met {eur(1684300-1612700)} door de loon- en prijsindexatie en de vervanging van materieel. Daarnaast zijn de kosten van de tweede boa ({eur(68000)}) structureel opgenomen.</p>""",
    )
    T["3"] = dict(
        wh="wethouder M. (Marloes) de Groot-Achterberg",
        bereiken="""<p>Iedere inwoner van Rodenvelde kan meedoen in de samenleving, zo veel mogelijk op eigen kracht en met hulp van familie, buren en vrijwilligers waar dat kan. Kinderen groeien gezond en veilig op. Wie ondersteuning nodig heeft, krijgt die snel en dichtbij, via één toegang: het Sociaal Team Rodenvelde.</p>
<ul><li>Preventie voorop: minder jeugdigen met specialistische jeugdhulp, meer lichte ondersteuning in de wijk.</li>
<li>Ouderen kunnen langer zelfstandig thuis wonen en voelen zich minder eenzaam.</li>
<li>Meer inwoners met een uitkering vinden betaald werk of vrijwilligerswerk.</li>
<li>Geldzorgen worden vroeg gesignaleerd, zodat schulden niet oplopen.</li></ul>""",
        doen="""<ul><li>In alle zes huisartsenpraktijken werkt een praktijkondersteuner jeugd (POH-jeugd); hierdoor kunnen meer kinderen zonder verwijzing naar de specialistische jeugdhulp worden geholpen.</li>
<li>We voeren het actieplan ‘Eén tegen eenzaamheid’ uit, met huisbezoeken aan alle 75-plussers en een ontmoetingsplek in ieder dorp. Hiervoor is ruim 380.000 euro beschikbaar, deels gedekt uit de reserve sociaal domein.</li>
<li>Met woningcorporatie Woonstede Rodenvelde en het waterbedrijf signaleren we betalingsachterstanden vroeg; we streven naar 250 vroegsignaleringsgesprekken per jaar.</li>
<li>Samen met de regiogemeenten kopen we jeugdhulp en Wmo-begeleiding in met resultaatgerichte tarieven, vanaf 1 januari 2027 in een nieuw contract.</li>
<li>Het werkbedrijf begeleidt 60 inwoners met een bijstandsuitkering naar een (deeltijd)baan.</li></ul>""",
        ind=[["Jongeren met jeugdhulp", "% van jongeren tot 18 jaar", "12,8", "13,4", "13,1", "12,0"],
             ["Jongeren met jeugdhulp met verblijf", "% van jongeren tot 18 jaar", "1,2", "1,3", "1,1", "1,0"],
             ["Cliënten met een maatwerkarrangement Wmo", "per 1.000 inwoners", "64", "67", "71", "70"],
             ["Personen met een bijstandsuitkering", "per 10.000 inwoners 18 jaar en ouder", "241", "236", "239", "225"],
             ["Lopende re-integratievoorzieningen", "per 10.000 inwoners 15-74 jaar", "182", "176", "191", "200"],
             ["Huishoudens in schuldhulpverlening", "aantal", "186", "204", "221", "230"]],
        extra=table_html("Tabel 3.3 Lasten en baten sociaal domein per taakveld, begroting 2027", ["Taakveld", "Lasten", "Baten", "Saldo"],
                         [[f"{c} {nm}", n(l), n(b, True), n(b - l)] for c, nm, l, b in TAAKVELDEN_P3] +
                         [["Totaal programma 3", n(sum(t[2] for t in TAAKVELDEN_P3)), n(sum(t[3] for t in TAAKVELDEN_P3)),
                           n(sum(t[3] - t[2] for t in TAAKVELDEN_P3))]],
                         scale="bedragen x € 1.000", tot_rows=(len(TAAKVELDEN_P3),)),
        toelichting=f"""<p>De lasten van het sociaal domein stijgen in 2027 met {eur(dl('3'))} ten opzichte van de begroting 2026. De belangrijkste oorzaken zijn de hogere tarieven in het nieuwe inkoopcontract jeugdhulp ({eur(640000)}), de groei van het aantal cliënten met hulp bij het huishouden ({eur(410000)}) en de loon- en prijsindexatie van subsidies. De baten stijgen met {eur(db('3'))}, vooral door een hogere rijksbijdrage voor de bijstandsuitkeringen (BUIG). In 2027 wordt {eur(560000)} onttrokken aan de reserve sociaal domein voor het actieplan eenzaamheid en de pilot POH-jeugd.</p>""",
    )
    T["4"] = dict(
        wh="wethouder R. (Ruben) Oldenkamp",
        bereiken="""<p>Alle kinderen in Rodenvelde gaan naar school in een gezond en toekomstbestendig gebouw. Inwoners sporten en bewegen meer, en cultuur en bibliotheek zijn voor iedereen bereikbaar.</p>
<ul><li>Voldoende, duurzame onderwijshuisvesting volgens het Integraal Huisvestingsplan Onderwijs 2024-2040.</li><li>Het percentage inwoners dat wekelijks sport stijgt naar 58%.</li><li>Minder voortijdig schoolverlaters en minder thuiszitters.</li></ul>""",
        doen="""<ul><li>IKC De Zonnewijzer in Veldhuizen wordt uitgebreid met acht lokalen en een gymzaal; de oplevering is gepland in de zomer van 2028.</li>
<li>Sporthal De Wiekslag wordt in 2027 gerenoveerd en verduurzaamd (zonnepanelen, warmtepomp, LED-verlichting).</li>
<li>Twee buurtsportcoaches organiseren beweegactiviteiten voor ouderen en kinderen met overgewicht.</li>
<li>De subsidie aan de bibliotheek bedraagt € 684.500; de bibliotheek opent een servicepunt in Hessel.</li></ul>""",
        ind=[["Voortijdig schoolverlaters zonder startkwalificatie", "%", "1,6", "1,4", "1,5", "1,3"],
             ["Absoluut verzuim", "per 1.000 leerlingen", "1,8", "2,3", "2,1", "1,5"],
             ["Inwoners dat wekelijks sport", "%", "53,2", "54,0", "55,6", "58,0"],
             ["Leden sportverenigingen", "aantal", "8.412", "8.530", "8.611", "8.750"]],
        toelichting=f"""<p>De lasten stijgen in 2027 met {eur(dl('4'))}. Dit komt vooral door de hogere kapitaallasten van de uitbreiding van IKC De Zonnewijzer en de renovatie van sporthal De Wiekslag, en door groot onderhoud aan het zwembad (gedekt uit de reserve onderhoud accommodaties, {eur(435000)}). De kapitaallasten van de sporthal uit 2008 worden gedekt uit de reserve dekking kapitaallasten.</p>""",
    )
    T["5"] = dict(
        wh="wethouder T. Ravestein; wethouder R. Oldenkamp",
        bereiken="""<p>Rodenvelde bouwt tot en met 2032 1.200 woningen, waarvan minimaal 30% sociale huur en 20% betaalbare koop. Het centrum blijft levendig en ondernemers voelen zich welkom.</p>
<ul><li>Voldoende en betaalbare woningen voor starters, gezinnen en ouderen.</li><li>Een aantrekkelijk Marktplein met minder verkeer.</li><li>Vergunningen onder de Omgevingswet worden binnen de termijn verleend.</li></ul>""",
        doen="""<ul><li>In Veldhuizen-Noord starten in 2027 de bouw van 146 woningen en de bouwrijp-making van fase 3.</li>
<li>Met Woonstede Rodenvelde maken we prestatieafspraken over 85 nieuwe sociale huurwoningen in 2027 en 2028.</li>
<li>Het Marktplein wordt in 2027 en 2028 heringericht; de investering bedraagt samen € 2.815.000.</li>
<li>We verstrekken startersleningen; hiervoor is € 315.000 beschikbaar uit de reserve volkshuisvesting.</li></ul>""",
        ind=[["Nieuw gebouwde woningen", "aantal", "142", "168", "131", "190"],
             ["Gemiddelde WOZ-waarde woningen", "x € 1.000", "368", "381", "394", "-"],
             ["Vestigingen van bedrijven", "per 1.000 inwoners 15-74 jaar", "142,3", "145,8", "147,1", "-"],
             ["Omgevingsvergunningen binnen termijn verleend", "%", "81", "84", "88", "95"]],
        toelichting=f"""<p>De lasten dalen in 2027 met {eur(-dl('5'))} en de baten met {eur(-db('5'))}. Beide hangen samen met de grondexploitatie Veldhuizen-Noord: in 2026 werden meer kavels verkocht en waren de kosten van bouwrijp maken hoger dan in 2027. In 2028 stijgen lasten en baten weer door de start van fase 4.</p>""",
    )
    T["6"] = dict(
        wh="wethouder M. de Groot-Achterberg; wethouder T. Ravestein",
        bereiken="""<p>De openbare ruimte in Rodenvelde is schoon, heel en veilig, en bestand tegen hevige regenval en droogte. We verminderen de hoeveelheid restafval en wekken meer duurzame energie op.</p>
<ul><li>Maximaal 100 kilo restafval per inwoner in 2030.</li><li>Eén derde van de gebruikte elektriciteit is in 2030 lokaal duurzaam opgewekt.</li><li>Wegen, groen en verlichting worden onderhouden op beeldkwaliteitsniveau B.</li></ul>""",
        doen="""<ul><li>De inzameling van huishoudelijk afval wordt uitgevoerd door Afvalschap Meerstromen; in 2027 starten we met het gescheiden inzamelen van luiers bij kinderdagverblijven.</li>
<li>We vervangen de riolering in de Oranjebuurt en leggen bij de Molenbeek een waterberging aan.</li>
<li>Met het energieloket bieden we 400 gratis energieadviezen aan huiseigenaren aan.</li>
<li>Alle straatverlichting is in 2029 vervangen door LED.</li></ul>""",
        ind=[["Omvang huishoudelijk restafval", "kg per inwoner", "132", "121", "114", "108"],
             ["Hernieuwbare elektriciteit", "%", "14,2", "17,8", "21,5", "26,0"],
             ["Areaal openbare ruimte op niveau B of hoger", "%", "78", "81", "83", "90"]],
        extra=table_html("Tabel 6.3 Bijdragen verbonden partijen programma 6", ["Verbonden partij", "Begroting 2026", "Begroting 2027"],
                         [[nm, n(a), n(b)] for pr, nm, a, b in VERBONDEN if pr == "6"], scale="bedragen in €"),
        toelichting=f"""<p>De lasten nemen in 2027 toe met {eur(dl('6'))}, onder meer door hogere verwerkingstarieven van Afvalschap Meerstromen en de kapitaallasten van de riolering. Omdat afvalstoffenheffing en rioolheffing kostendekkend zijn, stijgen de baten mee ({eur(db('6'))}). Uit de egalisatiereserve afvalstoffenheffing wordt {eur(180000)} onttrokken om de tariefstijging te dempen.</p>""",
    )
    return T


def main(out_dir):
    C = compute()
    html = build_html(C)
    with tempfile.TemporaryDirectory() as tmp:
        hp = os.path.join(tmp, "rodenvelde.html")
        with open(hp, "w", encoding="utf-8") as f:
            f.write(html)
        pdf = os.path.join(out_dir, "rodenvelde-programmabegroting-2027.pdf")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf}", hp], check=True, capture_output=True, timeout=120)
    print("written", pdf)
    for k in ("gf", "result", "saldo", "tot_L", "tot_B", "tot_toev", "tot_ontt", "inv_tot"):
        print(k, C[k])
    print("benodigd", C["benodigd"], "beschikbaar", C["beschikbaar"], "ratio", C["ratio"])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "corpus"))
