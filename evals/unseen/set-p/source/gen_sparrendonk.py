"""Generator: Gemeente Sparrendonk, Programmabegroting 2026 (fictional).

Writes sparrendonk_programmabegroting_2026.html next to this file and a JSON dump of
the key figures (facts_sparrendonk.json) that the case checker uses.  Print to PDF with
chromium (see build.sh).  All amounts in the tables are x EUR 1.000 unless stated.
"""
import json
import os

from common import eur, nl_dec, nl_int, pct

HERE = os.path.dirname(os.path.abspath(__file__))
YCOLS = ["Rekening 2024", "Begroting 2025", "Begroting 2026",
         "Raming 2027", "Raming 2028", "Raming 2029"]
I26 = 2  # index of Begroting 2026

# ---------------------------------------------------------------- heffingen
HH1 = [4100, 4160, 4170]          # eenpersoonshuishoudens 2024, 2025, 2026
HH2 = [9720, 9760, 9790]          # meerpersoonshuishoudens
AANSL = [14190, 14280, 14350]     # aansluitingen riolering
T_AFV1 = [255.60, 268.20, 281.40]
T_AFV2 = [319.20, 334.80, 351.60]
T_RIOOL = [238.80, 249.60, 262.80]
T_HOND = [75.60, 78.00, 80.40]
HONDEN = [2275, 2290, 2310]
T_TOER = [1.75, 1.85, 1.95]
OVERN = [79400, 80000, 82000]
OZB_W = [0.0836, 0.0812, 0.0806]   # % van WOZ, eigenaren woningen (2024, 2025, 2026)
OZB_NW_E = [0.2231, 0.2172, 0.2158]
OZB_NW_G = [0.1744, 0.1698, 0.1687]
WOZ_GEM = [338000, 352000, 367000]  # gemiddelde woningwaarde belastingjaar


def k(x):
    return int(round(x / 1000))


afv_opbr = [k(HH1[i] * T_AFV1[i] + HH2[i] * T_AFV2[i]) for i in range(3)]
riool_opbr = [k(AANSL[i] * T_RIOOL[i]) for i in range(3)]
hond_opbr = [k(HONDEN[i] * T_HOND[i]) for i in range(3)]
toer_opbr = [k(OVERN[i] * T_TOER[i]) for i in range(3)]
# rekening 2024 is the realised figure (differs a little from tariff x count)
afv_opbr[0] = 4187
riool_opbr[0] = 3376
# meerjarig: +2,5% per jaar (afval), +2,5% (riool)
for _ in range(3):
    afv_opbr.append(int(round(afv_opbr[-1] * 1.025)))
    riool_opbr.append(int(round(riool_opbr[-1] * 1.025)))
ozb_w = [3598, 3768, 3930, 4019, 4110, 4203]
ozb_nw = [1902, 1961, 2045, 2091, 2138, 2186]
bel_overig = [hond_opbr[0] + toer_opbr[0], hond_opbr[1] + toer_opbr[1],
              hond_opbr[2] + toer_opbr[2], 352, 357, 362]

# ---------------------------------------------------------------- programmes
P = []
P.append(dict(
    nr=1, name="Bestuur en veiligheid",
    lasten={
        "0.1 Bestuur": [3412, 3588, 3701, 3695, 3702, 3710],
        "0.2 Burgerzaken": [1204, 1251, 1318, 1296, 1301, 1305],
        "1.1 Crisisbeheersing en brandweer": [2236, 2389, 2571, 2604, 2637, 2669],
        "1.2 Openbare orde en veiligheid": [842, 905, 1046, 1043, 1039, 1035],
    },
    baten={
        "0.1 Bestuur": [12, 10, 10, 10, 10, 10],
        "0.2 Burgerzaken": [498, 455, 472, 476, 480, 484],
        "1.1 Crisisbeheersing en brandweer": [31, 25, 25, 25, 25, 25],
        "1.2 Openbare orde en veiligheid": [64, 58, 61, 61, 61, 61],
    },
    toev=[0, 0, 0, 0, 0, 0],
    ontr=[0, 45, 60, 0, 0, 0],
    b2024=(7610, 590, 0, 40),   # begroting 2024 na wijziging: lasten, baten, toev, ontr
))
P.append(dict(
    nr=2, name="Wonen, verkeer en openbare ruimte",
    lasten={
        "2.1 Verkeer, wegen en water": [5318, 5602, 5944, 5871, 5903, 5956],
        "5.7 Openbaar groen en (openlucht) recreatie": [2874, 2951, 3086, 3062, 3075, 3090],
        "7.2 Riolering": [3402, 3566, 3711, 3804, 3899, 3991],
        "7.3 Afval": [3958, 4120, 4297, 4348, 4401, 4455],
        "8.3 Wonen en bouwen": [1927, 2045, 2118, 2033, 2040, 2052],
    },
    baten={
        "2.1 Verkeer, wegen en water": [402, 318, 325, 325, 325, 325],
        "5.7 Openbaar groen en (openlucht) recreatie": [86, 75, 78, 78, 78, 78],
        "7.2 Riolering": [riool_opbr[i] + [60, 47, 57, 57, 57, 57][i] for i in range(6)],
        "7.3 Afval": [afv_opbr[i] + [402, 380, 390, 390, 390, 390][i] for i in range(6)],
        "8.3 Wonen en bouwen": [1318, 1180, 1225, 1190, 1190, 1190],
    },
    toev=[350, 0, 0, 0, 0, 0],
    ontr=[180, 220, 250, 0, 0, 0],
    b2024=(17840, 9620, 350, 220),
))
P.append(dict(
    nr=3, name="Sociaal domein",
    lasten={
        "6.1 Samenkracht en burgerparticipatie": [2986, 3105, 3212, 3198, 3204, 3211],
        "6.2 Wijkteams": [2541, 2680, 2894, 2901, 2908, 2915],
        "6.3 Inkomensregelingen": [9618, 9842, 10127, 10188, 10244, 10301],
        "6.4 Begeleide participatie": [3964, 4212, 4388, 4402, 4419, 4433],
        "6.71 Maatwerkdienstverlening 18+": [6544, 6918, 7346, 7512, 7685, 7861],
        "6.72 Maatwerkdienstverlening 18-": [9412, 9744, 10356, 10478, 10602, 10729],
        "6.81 Geëscaleerde zorg 18+": [1088, 1140, 1196, 1208, 1221, 1233],
        "6.82 Geëscaleerde zorg 18-": [1645, 1702, 1781, 1794, 1807, 1820],
    },
    baten={
        "6.1 Samenkracht en burgerparticipatie": [214, 180, 185, 185, 185, 185],
        "6.2 Wijkteams": [38, 0, 0, 0, 0, 0],
        "6.3 Inkomensregelingen": [8120, 8310, 8562, 8590, 8618, 8646],
        "6.4 Begeleide participatie": [22, 0, 0, 0, 0, 0],
        "6.71 Maatwerkdienstverlening 18+": [412, 398, 415, 421, 427, 433],
        "6.72 Maatwerkdienstverlening 18-": [0, 0, 0, 0, 0, 0],
        "6.81 Geëscaleerde zorg 18+": [0, 0, 0, 0, 0, 0],
        "6.82 Geëscaleerde zorg 18-": [0, 0, 0, 0, 0, 0],
    },
    toev=[0, 0, 0, 0, 0, 0],
    ontr=[0, 400, 350, 200, 0, 0],
    b2024=(38870, 8690, 0, 300),
))
P.append(dict(
    nr=4, name="Onderwijs, sport en cultuur",
    lasten={
        "4.2 Onderwijshuisvesting": [2412, 2496, 2788, 3104, 3092, 3080],
        "4.3 Onderwijsbeleid en leerlingzaken": [1866, 1924, 2011, 2036, 2061, 2087],
        "5.1 Sportbeleid en activering": [612, 640, 668, 655, 655, 655],
        "5.2 Sportaccommodaties": [2958, 3044, 3172, 3150, 3139, 3128],
        "5.3 Cultuurpresentatie, cultuurproductie en cultuurparticipatie": [784, 812, 846, 846, 846, 846],
        "5.6 Media": [1104, 1138, 1179, 1179, 1179, 1179],
    },
    baten={
        "4.2 Onderwijshuisvesting": [96, 90, 90, 90, 90, 90],
        "4.3 Onderwijsbeleid en leerlingzaken": [412, 388, 395, 395, 395, 395],
        "5.1 Sportbeleid en activering": [238, 245, 250, 0, 0, 0],
        "5.2 Sportaccommodaties": [904, 931, 958, 980, 1001, 1022],
        "5.3 Cultuurpresentatie, cultuurproductie en cultuurparticipatie": [18, 15, 15, 15, 15, 15],
        "5.6 Media": [0, 0, 0, 0, 0, 0],
    },
    toev=[0, 0, 0, 0, 0, 0],
    ontr=[0, 0, 0, 0, 0, 0],
    b2024=(9890, 1640, 0, 0),
))

# algemene dekkingsmiddelen en overhead (table 5.1)
TARGET_RES = [1146, 12, 318, -245, 112, 486]
AD = dict(
    nr=5, name="Algemene dekkingsmiddelen en overhead",
    lasten={
        "0.4 Overhead": [8914, 9320, 9702, 9688, 9701, 9715],
        "0.5 Treasury": [612, 845, 1104, 1290, 1402, 1468],
        "0.61 OZB woningen": [212, 220, 228, 232, 236, 240],
        "0.62 OZB niet-woningen": [96, 99, 103, 105, 107, 109],
        "0.8 Overige baten en lasten (incl. onvoorzien)": [0, 350, 420, 380, 380, 380],
        "0.9 Vennootschapsbelasting": [8, 10, 10, 10, 10, 10],
    },
    baten={
        "0.4 Overhead": [182, 150, 150, 150, 150, 150],
        "0.5 Treasury": [498, 520, 505, 490, 478, 466],
        "0.61 OZB woningen": ozb_w,
        "0.62 OZB niet-woningen": ozb_nw,
        "0.64 Belastingen overig": bel_overig,
        "0.7 Algemene uitkering en overige uitkeringen gemeentefonds": None,  # plug
        "0.8 Overige baten en lasten (incl. onvoorzien)": [64, 0, 0, 0, 0, 0],
    },
    toev=[1200, 0, 0, 0, 0, 0],
    ontr=[0, 300, 0, 0, 0, 0],
    b2024=(10480, None, 0, 0),
)


def tot(d):
    return [sum(v[i] for v in d.values()) for i in range(6)]


# plug algemene uitkering so that the overall resultaat hits TARGET_RES
au = []
for i in range(6):
    L = sum(tot(p["lasten"])[i] for p in P) + tot(AD["lasten"])[i]
    B = sum(tot(p["baten"])[i] for p in P) + sum(
        v[i] for kk, v in AD["baten"].items() if v is not None)
    R = sum(p["ontr"][i] - p["toev"][i] for p in P) + AD["ontr"][i] - AD["toev"][i]
    au.append(TARGET_RES[i] - (B - L + R))
AD["baten"]["0.7 Algemene uitkering en overige uitkeringen gemeentefonds"] = au
ALL = P + [AD]
for p in ALL:
    p["L"] = tot(p["lasten"])
    p["B"] = tot(p["baten"])
    p["S"] = [p["B"][i] - p["L"][i] for i in range(6)]
    p["R"] = [p["S"][i] + p["ontr"][i] - p["toev"][i] for i in range(6)]
TL = [sum(p["L"][i] for p in ALL) for i in range(6)]
TB = [sum(p["B"][i] for p in ALL) for i in range(6)]
TT = [sum(p["toev"][i] for p in ALL) for i in range(6)]
TO = [sum(p["ontr"][i] for p in ALL) for i in range(6)]
RES = [TB[i] - TL[i] - TT[i] + TO[i] for i in range(6)]
assert RES == TARGET_RES, RES
assert sum(p["R"][i] for p in ALL) == RES[0] or True
for i in range(6):
    assert sum(p["R"][i] for p in ALL) == RES[i]

# begroting 2024 na wijziging (overview table only)
ad_b24_baten = 63300
AD["b2024"] = (AD["b2024"][0], ad_b24_baten, 0, 0)
B24 = {p["nr"]: p["b2024"] for p in ALL}
B24L = sum(v[0] for v in B24.values())
B24B = sum(v[1] for v in B24.values())
B24T = sum(v[2] for v in B24.values())
B24O = sum(v[3] for v in B24.values())
B24RES = B24B - B24L - B24T + B24O

# ---------------------------------------------------------------- woonlasten
ozb_gem = [WOZ_GEM[i] * OZB_W[i] / 100 for i in range(3)]
ozb_gem = [round(x, 2) for x in ozb_gem]
wl1 = [round(ozb_gem[i] + T_AFV1[i] + T_RIOOL[i], 2) for i in range(3)]
wl2 = [round(ozb_gem[i] + T_AFV2[i] + T_RIOOL[i], 2) for i in range(3)]
wl2_pct = (wl2[2] - wl2[1]) / wl2[1] * 100
wl1_pct = (wl1[2] - wl1[1]) / wl1[1] * 100

# kostendekkendheid 2026
KD = {}
for key, taak, opbr, other, ovh, btw in [
        ("afval", "7.3 Afval", afv_opbr[I26], 390, 298, 712),
        ("riool", "7.2 Riolering", riool_opbr[I26], 57, 264, 418)]:
    lasten = P[1]["lasten"][taak][I26]
    totaal = lasten + ovh + btw
    netto = totaal - other
    KD[key] = dict(lasten=lasten, overhead=ovh, btw=btw, totaal=totaal, other=other,
                   netto=netto, opbr=opbr, pct=round(opbr / netto * 100, 1))

# ---------------------------------------------------------------- weerstand
WC = [("Algemene reserve (stand 1 januari 2026)", 3410),
      ("Onbenutte belastingcapaciteit OZB", 1865),
      ("Post onvoorzien 2026", 100)]
WC_TOT = sum(v for _, v in WC)
RISKS = [
    ("Open-einde regeling jeugdhulp (volume en tarieven)", 1800, 50),
    ("Open-einde regeling Wmo (toename cliënten huishoudelijke hulp)", 900, 50),
    ("Lagere algemene uitkering na herijking gemeentefonds", 1500, 50),
    ("Garantstellingen aan sportverenigingen en stichtingen", 2000, 10),
    ("Loon- en prijsstijgingen boven de raming", 800, 50),
    ("Grondexploitatie Spoorzone (fasering en grondprijzen)", 1200, 25),
    ("Tekort op de bijstandsuitkeringen (BUIG)", 600, 30),
    ("Cyberincident of datalek", 400, 25),
]
RISK_NEED = [round(b * kk / 100) for _, b, kk in RISKS]
RISK_TOT = sum(RISK_NEED)
RATIO = round(WC_TOT / RISK_TOT, 2)
assert 1.4 < RATIO < 2.0

KENG = [
    ("1a. Netto schuldquote", ["48%", "57%", "66%", "71%", "70%", "68%"]),
    ("1b. Netto schuldquote gecorrigeerd voor alle verstrekte leningen",
     ["45%", "54%", "63%", "68%", "67%", "65%"]),
    ("2. Solvabiliteitsratio", ["31%", "28%", "26%", "25%", "25%", "26%"]),
    ("3. Structurele exploitatieruimte", ["1,2%", "0,1%", "0,4%", "-0,3%", "0,2%", "0,5%"]),
    ("4. Grondexploitatie", ["6%", "8%", "9%", "7%", "5%", "3%"]),
    ("5. Belastingcapaciteit", ["94%", "95%", "96%", "n.b.", "n.b.", "n.b."]),
]

# ---------------------------------------------------------------- HTML helpers


def fin_table(p, caption, tabid):
    rows = []
    head = "".join(f"<th>{c.replace(' ', '<br>')}</th>" for c in YCOLS)
    rows.append(f"<tr><th class='l'>Bedragen x € 1.000</th>{head}</tr>")

    def line(label, vals, cls=""):
        cells = "".join(f"<td>{nl_int(v)}</td>" for v in vals)
        return f"<tr class='{cls}'><td class='l'>{label}</td>{cells}</tr>"
    rows.append("<tr class='sec'><td class='l' colspan='7'>Lasten</td></tr>")
    for kk, v in p["lasten"].items():
        rows.append(line(kk, v))
    rows.append(line("Totaal lasten", p["L"], "sum"))
    rows.append("<tr class='sec'><td class='l' colspan='7'>Baten</td></tr>")
    for kk, v in p["baten"].items():
        rows.append(line(kk, v))
    rows.append(line("Totaal baten", p["B"], "sum"))
    rows.append(line("Saldo van baten en lasten", p["S"], "sum"))
    rows.append(line("Toevoegingen aan reserves", p["toev"]))
    rows.append(line("Onttrekkingen aan reserves", p["ontr"]))
    rows.append(line("Geraamd resultaat", p["R"], "sum"))
    return (f"<table class='fin' id='{tabid}'><caption>{caption}</caption>"
            + "".join(rows) + "</table>")


def ind_table(caption, rows):
    out = ["<table class='ind'><caption>" + caption + "</caption>",
           "<tr><th class='l'>Indicator</th><th class='l'>Eenheid</th><th>Jaar</th>"
           "<th>Sparrendonk</th><th>Nederland</th><th class='l'>Bron</th></tr>"]
    for r in rows:
        out.append("<tr>" + "".join(
            f"<td class='{'l' if i in (0, 1, 5) else ''}'>{c}</td>" for i, c in enumerate(r))
            + "</tr>")
    out.append("</table>")
    return "".join(out)


def cols(html):
    return f"<div class='cols'>{html}</div>"


def d26(p, taak, which="lasten"):
    v = p[which][taak]
    return v[I26] - v[1]


# ---------------------------------------------------------------- content
p1, p2, p3, p4 = P
VR26, VR25 = 2418, 2254
css = """
@page { size: A4; margin: 20mm 15mm 18mm 15mm;
  @top-left { content: "Gemeente Sparrendonk"; font: 8pt 'Liberation Sans'; color:#555; }
  @top-right { content: "Programmabegroting 2026"; font: 8pt 'Liberation Sans'; color:#555; }
  @bottom-right { content: "Pagina " counter(page); font: 8pt 'Liberation Sans'; color:#555; }
}
@page wide { size: A4 landscape; margin: 16mm 15mm 16mm 15mm;
  @top-left { content: "Gemeente Sparrendonk"; font: 8pt 'Liberation Sans'; color:#555; }
  @top-right { content: "Programmabegroting 2026"; font: 8pt 'Liberation Sans'; color:#555; }
  @bottom-right { content: "Pagina " counter(page); font: 8pt 'Liberation Sans'; color:#555; }
}
body { font-family: 'Liberation Serif', serif; font-size: 9.6pt; line-height: 1.28; color:#111; }
h1 { font-family: 'Liberation Sans'; font-size: 17pt; color:#1d4e6b; margin: 0 0 6pt 0; break-before: page; }
h1.first { break-before: auto; }
h1.cont { break-before: auto; margin-top: 14pt; }
h2 { font-family: 'Liberation Sans'; font-size: 11pt; color:#1d4e6b; margin: 8pt 0 3pt 0; break-after: avoid; }
h3 { font-family: 'Liberation Sans'; font-size: 9.8pt; margin: 6pt 0 2pt 0; break-after: avoid; }
p { margin: 0 0 5pt 0; text-align: justify; hyphens: auto; }
ul { margin: 0 0 5pt 0; padding-left: 12pt; }
li { margin-bottom: 2.5pt; text-align: justify; }
.cols { column-count: 2; column-gap: 9mm; column-rule: 0.4pt solid #bbb; margin: 4pt 0 6pt 0; }
table { width: 100%; border-collapse: collapse; margin: 6pt 0 8pt 0; font-family: 'Liberation Sans'; font-size: 8pt; break-inside: avoid; }
caption { caption-side: top; text-align: left; font-weight: bold; font-size: 8.6pt; padding-bottom: 3pt; color:#1d4e6b; }
th { background: #1d4e6b; color: white; font-weight: bold; padding: 2pt 4pt; text-align: right; vertical-align: bottom; }
td { padding: 1.4pt 4pt; text-align: right; border-bottom: 0.3pt solid #ccc; }
th.l, td.l { text-align: left; }
tr.sec td { font-weight: bold; background: #e6eef3; }
tr.sum td { font-weight: bold; border-top: 0.6pt solid #333; }
.wide { page: wide; }
.note { font-size: 7.6pt; color: #444; font-family: 'Liberation Sans'; }
.cover { height: 60mm; }
"""

H = []
H.append(f"""<h1 class='first'>Programmabegroting 2026 en meerjarenraming 2027-2029</h1>
<p class='note'>Gemeente Sparrendonk &middot; aangeboden aan de gemeenteraad op 30 september 2025 &middot;
vastgesteld in de raadsvergadering van 6 november 2025</p>
<h2>Inleiding</h2>""")
H.append(cols(f"""
<p>Voor u ligt de programmabegroting 2026 van de gemeente Sparrendonk. Het is de laatste begroting
van deze raadsperiode en tegelijk de eerste begroting na het zogenoemde ravijnjaar. De begroting 2026
sluit met een positief saldo van {eur(RES[I26]*1000)}. Voor 2027 ramen we een tekort van
{eur(-RES[3]*1000)}; in 2028 en 2029 is er weer een overschot van respectievelijk
{eur(RES[4]*1000)} en {eur(RES[5]*1000)}. Daarmee is de meerjarenbegroting in het laatste jaar
structureel sluitend, zoals de provincie als toezichthouder vraagt.</p>
<p>De totale lasten bedragen in 2026 {eur(TL[I26]*1000)}, tegenover {eur(TL[1]*1000)} in de
begroting 2025. De stijging komt vooral uit het sociaal domein: de kosten van jeugdhulp en Wmo blijven
stijgen, terwijl de rijksbijdragen daar geen gelijke tred mee houden. Ook de kapitaallasten van de
nieuwbouw van IKC De Vlonder en de hogere rente op nieuwe leningen tellen mee.</p>
<p>Wij kiezen er bewust voor de lokale lasten niet harder te laten stijgen dan de inflatie en de
kostendekkende tarieven voor afval en riool. Een gezin in een gemiddelde koopwoning betaalt in 2026
{eur(wl2[2], 2)} aan gemeentelijke woonlasten. Meer hierover leest u in de paragraaf
lokale heffingen.</p>
<h3>Sparrendonk in cijfers</h3>
<p>Op 1 januari 2025 telde Sparrendonk 31.420 inwoners, van wie 6.318 jonger dan 18 jaar en 7.204
van 65 jaar en ouder. De gemeente bestaat uit de kern Sparrendonk en de dorpen Heikant, Loevering en
Oud-Spaar en heeft een oppervlakte van 6.842 hectare. Er staan 13.650 woningen; daarnaast zijn er
1.380 bedrijfsvestigingen. De gemeenteraad telt 23 zetels; het college bestaat uit de burgemeester
en vier wethouders.</p>
<p>De begroting is opgebouwd uit vier programma's en een overzicht van de algemene
dekkingsmiddelen. Per programma beantwoorden we drie vragen: wat willen we bereiken, wat gaan we
daarvoor doen en wat mag het kosten. Alle bedragen in de tabellen zijn in duizenden euro's, tenzij
anders vermeld. Door afronding kunnen totalen een enkele keer afwijken.</p>
"""))

# ---------------- programma 1
H.append("<h1>Programma 1 Bestuur en veiligheid</h1>")
H.append(cols(f"""
<h2>Wat willen we bereiken?</h2>
<p>Inwoners van Sparrendonk voelen zich veilig in hun eigen buurt en weten de gemeente goed te
vinden. De dienstverlening aan de balie en online is snel en betrouwbaar. We willen dat het aandeel
inwoners dat zich wel eens onveilig voelt in de eigen buurt daalt van 14% naar hooguit 12% in 2027,
en dat inwoners onze dienstverlening minimaal met een 7,5 waarderen.</p>
<p>Ondermijnende criminaliteit pakken we samen met politie, Openbaar Ministerie en de
Belastingdienst aan. Op bedrijventerrein De Kolk en in het buitengebied willen we meer zicht krijgen
op panden die voor criminele doeleinden worden gebruikt.</p>
<h2>Wat gaan we daarvoor doen?</h2>
<ul>
<li>We breiden het team handhaving uit met twee buitengewoon opsporingsambtenaren (boa's), van 4
naar 6 fte. Dit kost {eur(148000)} per jaar; in 2026 dekken we {eur(p1['ontr'][I26]*1000)} daarvan uit
de reserve Veiligheid.</li>
<li>Op het Marktplein en bij het station plaatsen we 8 nieuwe camera's. De eenmalige kosten zijn
{eur(42000)}.</li>
<li>De bijdrage aan de veiligheidsregio stijgt naar {eur(VR26*1000)} in 2026
({eur(VR25*1000)} in 2025), vooral door hogere loonkosten en de vervanging van twee tankautospuiten.</li>
<li>Door het aflopen van de tienjarige geldigheid van paspoorten en identiteitskaarten verwachten we
in 2026 circa 6.900 aanvragen, ongeveer 1.400 meer dan in 2025. We openen daarom op donderdag een
extra avondbalie.</li>
<li>We voeren 60 integrale controles uit op bedrijventerreinen en in het buitengebied
(Sparrendonkse aanpak ondermijning).</li>
</ul>
"""))
H.append(ind_table("Tabel 1.1 Beleidsindicatoren programma 1", [
    ["Verwijzingen Halt", "per 10.000 jongeren (12-17 jaar)", "2024", "98", "123", "Bureau Halt"],
    ["Winkeldiefstallen", "per 1.000 inwoners", "2024", "1,4", "2,1", "CBS"],
    ["Geweldsmisdrijven", "per 1.000 inwoners", "2024", "3,9", "4,6", "CBS"],
    ["Diefstallen uit woning", "per 1.000 inwoners", "2024", "1,6", "1,8", "CBS"],
    ["Inwoners dat zich wel eens onveilig voelt in de buurt", "%", "2023", "14", "18",
     "Veiligheidsmonitor"],
    ["Waardering dienstverlening Burgerzaken", "rapportcijfer", "2024", "7,6", "-",
     "Eigen klanttevredenheidsonderzoek"],
]))
H.append(fin_table(p1, "Tabel 1.2 Wat mag het kosten? Programma 1 Bestuur en veiligheid", "t12"))
H.append(cols(f"""
<h3>Toelichting op de cijfers</h3>
<p>De lasten van het programma stijgen ten opzichte van 2025 met {eur((p1['L'][I26]-p1['L'][1])*1000)}.
Ruim de helft daarvan komt door de uitbreiding van handhaving (taakveld Openbare orde en veiligheid,
{eur(d26(p1, '1.2 Openbare orde en veiligheid')*1000)} hoger) en de hogere bijdrage aan de
veiligheidsregio. De hogere leges voor reisdocumenten zorgen voor {eur(d26(p1, '0.2 Burgerzaken', 'baten')*1000)}
extra baten bij Burgerzaken.</p>
"""))

# ---------------- programma 2
H.append("<h1>Programma 2 Wonen, verkeer en openbare ruimte</h1>")
H.append(cols(f"""
<h2>Wat willen we bereiken?</h2>
<p>Sparrendonk is een aantrekkelijke gemeente om te wonen, met een schone, hele en veilige openbare
ruimte. We willen tot en met 2029 jaarlijks gemiddeld 200 woningen toevoegen, waarvan minimaal 30%
in de sociale huur. Wegen, fietspaden en groen onderhouden we op beeldkwaliteitsniveau B; in de
centra van de kernen op niveau A.</p>
<p>De hoeveelheid restafval per inwoner moet in 2030 zijn gedaald naar 100 kilo. Het riool moet
zware buien kunnen verwerken zonder dat straten en kelders onderlopen.</p>
<h2>Wat gaan we daarvoor doen?</h2>
<ul>
<li>In 2026 vervangen we ruim 420 lantaarnpalen door ledverlichting. Hiervoor is een krediet van
{eur(356000)} beschikbaar; de energiebesparing is circa 60%.</li>
<li>We reconstrueren de Molenweg over een lengte van 1,8 kilometer, inclusief een vrijliggend fietspad.
De investering bedraagt {eur(1450000)}; de kapitaallasten tellen mee vanaf 2027.</li>
<li>We planten 350 nieuwe bomen in de wijken Heikant-Oost en Spaarhof ({eur(87500)}).</li>
<li>We vervangen 2,3 kilometer riolering in de Oude Dorpsstraat en omgeving; het krediet is
{eur(2760000)}.</li>
<li>In 2026 start de bouw van 180 woningen in plan Spoorzone en 60 woningen op inbreidingslocaties,
samen 240 woningen. Van de woningen in de Spoorzone wordt 35% sociale huur.</li>
<li>Vanaf 1 april 2026 halen we het gft-afval in de zomermaanden wekelijks op in plaats van eens
per twee weken.</li>
</ul>
"""))
H.append(ind_table("Tabel 2.1 Beleidsindicatoren programma 2", [
    ["Omvang huishoudelijk restafval", "kg per inwoner", "2023", "148", "159", "CBS"],
    ["Nieuw gebouwde woningen", "per 1.000 woningen", "2024", "7,8", "9,1", "BAG"],
    ["Hernieuwbare elektriciteit", "%", "2023", "19,4", "47,1", "Rijkswaterstaat Klimaatmonitor"],
    ["Ziekenhuisopnames na verkeersongeval met motorvoertuig", "%", "2022", "0,6", "0,5",
     "VeiligheidNL"],
    ["Tevredenheid onderhoud openbaar groen", "rapportcijfer", "2024", "6,8", "-",
     "Burgerpeiling Sparrendonk"],
]))
H.append(fin_table(p2, "Tabel 2.2 Wat mag het kosten? Programma 2 Wonen, verkeer en openbare ruimte", "t22"))
H.append(cols(f"""
<h3>Toelichting op de cijfers</h3>
<p>De lasten van Verkeer, wegen en water nemen in 2026 met
{eur(d26(p2, '2.1 Verkeer, wegen en water')*1000)} toe door groot onderhoud aan de Stationsweg en de
brug over de Spaarbeek, waarvoor {eur(p2['ontr'][I26]*1000)} uit de reserve Onderhoud wegen wordt
gehaald. De baten van Afval en Riolering stijgen door de hogere tarieven van de
afvalstoffenheffing en de rioolheffing (zie de paragraaf lokale heffingen).</p>
"""))

# ---------------- programma 3
H.append("<h1>Programma 3 Sociaal domein</h1>")
H.append(cols(f"""
<h2>Wat willen we bereiken?</h2>
<p>Iedere inwoner van Sparrendonk doet mee, naar vermogen. Wie het even niet alleen redt, krijgt
snel de juiste hulp dichtbij huis. We zetten in op preventie en op de sociale basis, zodat minder
zware en dure zorg nodig is. Kinderen groeien gezond en veilig op. Inwoners met schulden worden
vroeg geholpen, voordat de problemen groot worden.</p>
<p>Tegelijk moeten de kosten beheersbaar blijven. De uitgaven aan jeugdhulp en Wmo groeien al jaren
sneller dan de middelen die we van het Rijk ontvangen. Ons doel is dat de groei van de uitgaven aan
maatwerk jeugd in 2027 is afgevlakt tot maximaal 1,5% per jaar.</p>
<h2>Wat gaan we daarvoor doen?</h2>
<ul>
<li>De drie sociale wijkteams (Sparrendonk-Noord, Sparrendonk-Zuid en Dorpen) worden versterkt met
2 extra praktijkondersteuners jeugd bij de huisartsen. Dit kost {eur(168000)} per jaar.</li>
<li>Naar verwachting ontvangen in 2026 circa 1.180 jeugdigen een vorm van jeugdhulp. We maken met
de regio nieuwe afspraken over tarieven en over de maximale duur van trajecten.</li>
<li>We verwachten gemiddeld 520 huishoudens met een bijstandsuitkering. Voor de uitkeringen
ontvangen we {eur(p3['baten']['6.3 Inkomensregelingen'][I26]*1000)} van het Rijk (BUIG).</li>
<li>Via vroegsignalering benaderen we inwoners met betalingsachterstanden; we rekenen op 1.100
signalen en 185 nieuwe schuldhulptrajecten.</li>
<li>Circa 1.340 inwoners krijgen huishoudelijke ondersteuning vanuit de Wmo.</li>
<li>We verlagen de subsidie aan welzijnsorganisaties niet, maar vragen hen om samen één
inlooppunt per kern te openen.</li>
</ul>
"""))
H.append(ind_table("Tabel 3.1 Beleidsindicatoren programma 3", [
    ["Banen", "per 1.000 inwoners 15-64 jaar", "2024", "702", "825", "LISA"],
    ["Personen met een bijstandsuitkering", "per 10.000 inwoners 18+", "2024", "198", "370", "CBS"],
    ["Jongeren met jeugdhulp", "% van alle jongeren tot 18 jaar", "2024", "11,6", "10,4", "CBS"],
    ["Cliënten met een maatwerkarrangement Wmo", "per 10.000 inwoners", "2024", "612", "690",
     "CBS - GMSD"],
    ["Werkloze jongeren", "% 16 t/m 22 jaar", "2022", "1,3", "1,6", "Verwey-Jonker Instituut"],
    ["Kinderen in uitkeringsgezin", "% kinderen tot 18 jaar", "2022", "3,1", "5,6",
     "Verwey-Jonker Instituut"],
]))
H.append(fin_table(p3, "Tabel 3.2 Wat mag het kosten? Programma 3 Sociaal domein", "t32"))
H.append(cols(f"""
<h3>Toelichting op de cijfers</h3>
<p>De lasten van Maatwerkdienstverlening 18- (jeugdhulp) stijgen met
{eur(d26(p3, '6.72 Maatwerkdienstverlening 18-')*1000)} ten opzichte van 2025. Dit komt door de
indexatie van de tarieven van zorgaanbieders met 4,2% en door een toename van het aantal jeugdigen
met verblijf. Ook de Wmo-lasten (Maatwerkdienstverlening 18+) stijgen, met
{eur(d26(p3, '6.71 Maatwerkdienstverlening 18+')*1000)}. Om de stijging op te vangen zetten we in
2026 {eur(p3['ontr'][I26]*1000)} in uit de reserve Sociaal domein; in 2027 is dat
{eur(p3['ontr'][3]*1000)}, waarna de reserve is uitgeput.</p>
"""))

# ---------------- programma 4
H.append("<h1>Programma 4 Onderwijs, sport en cultuur</h1>")
H.append(cols(f"""
<h2>Wat willen we bereiken?</h2>
<p>Alle kinderen in Sparrendonk gaan naar school in een gezond en duurzaam gebouw en krijgen
gelijke kansen. Zoveel mogelijk inwoners sporten en bewegen; de sportaccommodaties zijn op orde.
De bibliotheek en het cultuurhuis zijn voor iedereen toegankelijk.</p>
<h2>Wat gaan we daarvoor doen?</h2>
<ul>
<li>In 2026 start de nieuwbouw van IKC De Vlonder voor 320 leerlingen, met kinderopvang. Het
krediet bedraagt {eur(6800000)}; de oplevering is gepland voor de zomer van 2027.</li>
<li>We verzorgen leerlingenvervoer voor circa 118 leerlingen, vooral naar het speciaal onderwijs
buiten de gemeente.</li>
<li>Sporthal Het Ven wordt gerenoveerd en verduurzaamd (zonnepanelen, ledverlichting, nieuwe
sportvloer) voor {eur(1200000)}.</li>
<li>We zetten 7,5 fte buurtsportcoaches in. De rijksbijdrage hiervoor (Brede SPUK) loopt tot en met
2026; vanaf 2027 is er nog geen dekking.</li>
<li>De bibliotheek ontvangt in 2026 een subsidie van {eur(1052000)} en houdt daarvoor de vestigingen
in Sparrendonk en Heikant open, plus een bibliobus voor de andere dorpen.</li>
</ul>
"""))
H.append(ind_table("Tabel 4.1 Beleidsindicatoren programma 4", [
    ["Absoluut verzuim", "per 1.000 leerlingen", "2023", "1,6", "2,1", "DUO"],
    ["Relatief verzuim", "per 1.000 leerlingen", "2023", "22", "27", "DUO"],
    ["Voortijdige schoolverlaters zonder startkwalificatie", "%", "2023", "1,4", "2,0", "DUO"],
    ["Niet-sporters", "%", "2022", "46,2", "46,7", "RIVM Gezondheidsmonitor"],
]))
H.append(fin_table(p4, "Tabel 4.2 Wat mag het kosten? Programma 4 Onderwijs, sport en cultuur", "t42"))
H.append(cols(f"""
<h3>Toelichting op de cijfers</h3>
<p>De lasten van Onderwijshuisvesting lopen op van {eur(p4['lasten']['4.2 Onderwijshuisvesting'][1]*1000)}
in 2025 naar {eur(p4['lasten']['4.2 Onderwijshuisvesting'][3]*1000)} in 2027, vooral door de
kapitaallasten van IKC De Vlonder. Bij Sportbeleid en activering vallen de baten vanaf 2027 weg,
omdat de rijksbijdrage voor de buurtsportcoaches eindigt.</p>
"""))

# ---------------- algemene dekkingsmiddelen
H.append("<h1>Algemene dekkingsmiddelen en overhead</h1>")
H.append(cols(f"""
<p>Naast de inkomsten die direct aan een programma zijn toe te rekenen, heeft de gemeente algemene
dekkingsmiddelen. De belangrijkste zijn de algemene uitkering uit het gemeentefonds en de
onroerendezaakbelasting (OZB). De algemene uitkering is gebaseerd op de meicirculaire 2025 en
bedraagt in 2026 {eur(au[I26]*1000)}. De meerjarige raming is met voorzichtigheid opgesteld:
de uitkomsten van de herijking van het gemeentefonds zijn nog onzeker.</p>
<p>De overhead omvat de kosten van de ondersteunende afdelingen, zoals personeelszaken, ICT,
financiën en huisvesting van het gemeentehuis. Onder Overige baten en lasten is een post onvoorzien
van {eur(100000)} opgenomen.</p>
"""))
H.append(fin_table(AD, "Tabel 5.1 Algemene dekkingsmiddelen en overhead", "t51"))

# ---------------- overzicht (landscape)
ovh = ["Begroting 2024 na wijziging", "Rekening 2024", "Begroting 2025", "Begroting 2026",
       "Raming 2027", "Raming 2028", "Raming 2029"]
rows = ["<tr><th class='l'>Bedragen x € 1.000</th>" + "".join(f"<th>{c}</th>" for c in ovh) + "</tr>"]


def oline(label, b24, vals, cls=""):
    return (f"<tr class='{cls}'><td class='l'>{label}</td><td>{nl_int(b24)}</td>"
            + "".join(f"<td>{nl_int(v)}</td>" for v in vals) + "</tr>")


rows.append("<tr class='sec'><td class='l' colspan='8'>Lasten</td></tr>")
for p in ALL:
    lab = f"{p['nr']}. {p['name']}" if p["nr"] < 5 else p["name"]
    rows.append(oline(lab, B24[p["nr"]][0], p["L"]))
rows.append(oline("Totaal lasten", B24L, TL, "sum"))
rows.append("<tr class='sec'><td class='l' colspan='8'>Baten</td></tr>")
for p in ALL:
    lab = f"{p['nr']}. {p['name']}" if p["nr"] < 5 else p["name"]
    rows.append(oline(lab, B24[p["nr"]][1], p["B"]))
rows.append(oline("Totaal baten", B24B, TB, "sum"))
rows.append(oline("Saldo van baten en lasten", B24B - B24L, [TB[i] - TL[i] for i in range(6)], "sum"))
rows.append(oline("Toevoegingen aan reserves", B24T, TT))
rows.append(oline("Onttrekkingen aan reserves", B24O, TO))
rows.append(oline("Resultaat (geraamd; 2024 rekening: gerealiseerd)", B24RES, RES, "sum"))
H.append(f"""<section class='wide'><h1>Overzicht van baten en lasten 2024-2029</h1>
<table class='fin big'><caption>Tabel 5.2 Overzicht van baten en lasten per programma, inclusief
begroting en realisatie 2024</caption>{''.join(rows)}</table>
<p class='note'>Positieve resultaten zijn een voordeel, negatieve resultaten een nadeel. De kolom
Begroting 2024 na wijziging bevat de begroting inclusief alle in 2024 vastgestelde
begrotingswijzigingen; de kolom Rekening 2024 bevat de werkelijke baten en lasten volgens de
jaarrekening 2024.</p>
""")
H.append(cols(f"""
<p>In 2024 sloot de jaarrekening met een voordelig resultaat van {eur(RES[0]*1000)}, terwijl bij de
laatste begrotingswijziging nog werd uitgegaan van een nadelig resultaat van {eur(-B24RES*1000)}. Het
voordeel komt vooral doordat de lasten in het sociaal domein lager uitvielen dan begroot en doordat
de algemene uitkering hoger was dan verwacht. Het resultaat is toegevoegd aan de algemene
reserve.</p>
<p>Voor 2026 is het totaal van de lasten {eur(TL[I26]*1000)} en van de baten {eur(TB[I26]*1000)}.
Na verrekening met de reserves resteert een positief saldo van {eur(RES[I26]*1000)}.</p>
""") + "</section>")

# ---------------- lokale heffingen
H.append("<h1>Paragraaf lokale heffingen</h1>")
H.append(cols(f"""
<p>De gemeente heft belastingen en retributies om haar taken te kunnen uitvoeren. Voor 2026 gaan
we uit van een inflatiecorrectie van 3,2% op de OZB. Omdat de WOZ-waarden van woningen
gemiddeld met 4,3% zijn gestegen, daalt het OZB-tarief voor woningen licht, zodat de opbrengst
alleen met de inflatie en de nieuwbouw meegroeit. De afvalstoffenheffing en de rioolheffing zijn
bestemmingsheffingen: de tarieven mogen niet hoger zijn dan nodig om de kosten te dekken.</p>
<p>De afvalstoffenheffing stijgt met circa 5% door hogere verwerkingskosten en de verhoging van de
rijksbelasting op het verbranden van restafval. De rioolheffing stijgt met 5,3% door de
investeringen in de vervanging van het riool en in klimaatadaptatie. Sparrendonk kent geen
precariobelasting en geen reclamebelasting.</p>
"""))
trows = [
    ("OZB woningen, eigenaren", "% van de WOZ-waarde", nl_dec(OZB_W[1], 4) + "%", nl_dec(OZB_W[2], 4) + "%"),
    ("OZB niet-woningen, eigenaren", "% van de WOZ-waarde", nl_dec(OZB_NW_E[1], 4) + "%", nl_dec(OZB_NW_E[2], 4) + "%"),
    ("OZB niet-woningen, gebruikers", "% van de WOZ-waarde", nl_dec(OZB_NW_G[1], 4) + "%", nl_dec(OZB_NW_G[2], 4) + "%"),
    ("Afvalstoffenheffing eenpersoonshuishouden", "per huishouden per jaar", eur(T_AFV1[1], 2), eur(T_AFV1[2], 2)),
    ("Afvalstoffenheffing meerpersoonshuishouden", "per huishouden per jaar", eur(T_AFV2[1], 2), eur(T_AFV2[2], 2)),
    ("Rioolheffing", "per aansluiting per jaar", eur(T_RIOOL[1], 2), eur(T_RIOOL[2], 2)),
    ("Hondenbelasting", "per hond per jaar", eur(T_HOND[1], 2), eur(T_HOND[2], 2)),
    ("Toeristenbelasting", "per persoon per nacht", eur(T_TOER[1], 2), eur(T_TOER[2], 2)),
]
t = ["<table class='ind'><caption>Tabel 6.1 Tarieven lokale heffingen 2025 en 2026 (in euro's)</caption>"
     "<tr><th class='l'>Heffing</th><th class='l'>Grondslag</th><th>Tarief 2025</th><th>Tarief 2026</th></tr>"]
for r in trows:
    t.append(f"<tr><td class='l'>{r[0]}</td><td class='l'>{r[1]}</td><td>{r[2]}</td><td>{r[3]}</td></tr>")
t.append("</table>")
H.append("".join(t))

wrows = [
    ("Gemiddelde WOZ-waarde woning", eur(WOZ_GEM[1]), eur(WOZ_GEM[2]), ""),
    ("OZB eigenaar (gemiddelde woning)", eur(ozb_gem[1], 2), eur(ozb_gem[2], 2),
     pct((ozb_gem[2] - ozb_gem[1]) / ozb_gem[1] * 100)),
    ("Afvalstoffenheffing meerpersoonshuishouden", eur(T_AFV2[1], 2), eur(T_AFV2[2], 2),
     pct((T_AFV2[2] - T_AFV2[1]) / T_AFV2[1] * 100)),
    ("Rioolheffing", eur(T_RIOOL[1], 2), eur(T_RIOOL[2], 2),
     pct((T_RIOOL[2] - T_RIOOL[1]) / T_RIOOL[1] * 100)),
    ("Woonlasten meerpersoonshuishouden", eur(wl2[1], 2), eur(wl2[2], 2), pct(wl2_pct)),
    ("Woonlasten eenpersoonshuishouden", eur(wl1[1], 2), eur(wl1[2], 2), pct(wl1_pct)),
]
t = ["<table class='ind'><caption>Tabel 6.2 Woonlasten voor een huishouden in een woning met een "
     "gemiddelde WOZ-waarde (in euro's)</caption><tr><th class='l'>Onderdeel</th><th>2025</th>"
     "<th>2026</th><th>Stijging</th></tr>"]
for r in wrows:
    t.append(f"<tr><td class='l'>{r[0]}</td><td>{r[1]}</td><td>{r[2]}</td><td>{r[3]}</td></tr>")
t.append("</table>")
H.append("".join(t))

orows = [("Onroerendezaakbelasting woningen", ozb_w[:3]),
         ("Onroerendezaakbelasting niet-woningen", ozb_nw[:3]),
         ("Afvalstoffenheffing", afv_opbr[:3]),
         ("Rioolheffing", riool_opbr[:3]),
         ("Hondenbelasting", hond_opbr),
         ("Toeristenbelasting", toer_opbr)]
OPBR_TOT = [sum(r[1][i] for r in orows) for i in range(3)]
t = ["<table class='ind'><caption>Tabel 6.3 Opbrengst lokale heffingen (bedragen x € 1.000)</caption>"
     "<tr><th class='l'>Heffing</th><th>Rekening 2024</th><th>Begroting 2025</th><th>Begroting 2026</th></tr>"]
for lab, v in orows:
    t.append(f"<tr><td class='l'>{lab}</td>" + "".join(f"<td>{nl_int(x)}</td>" for x in v) + "</tr>")
t.append("<tr class='sum'><td class='l'>Totaal</td>" + "".join(f"<td>{nl_int(x)}</td>" for x in OPBR_TOT) + "</tr></table>")
H.append("".join(t))
kd = KD
t = ["<table class='ind'><caption>Tabel 6.4 Kostendekkendheid afvalstoffenheffing en rioolheffing 2026 "
     "(bedragen x € 1.000)</caption><tr><th class='l'>Onderdeel</th><th>Afval</th><th>Riolering</th></tr>"]
for lab, key in [("Lasten taakveld", "lasten"), ("Toegerekende overhead", "overhead"),
                 ("Btw (compensabel)", "btw"), ("Totale kosten", "totaal"),
                 ("Af: overige opbrengsten taakveld", "other"), ("Netto te dekken kosten", "netto"),
                 ("Opbrengst heffing", "opbr")]:
    t.append(f"<tr><td class='l'>{lab}</td><td>{nl_int(kd['afval'][key])}</td><td>{nl_int(kd['riool'][key])}</td></tr>")
t.append(f"<tr class='sum'><td class='l'>Dekkingspercentage</td><td>{pct(kd['afval']['pct'])}</td>"
         f"<td>{pct(kd['riool']['pct'])}</td></tr></table>")
H.append("".join(t))
H.append(cols(f"""
<p>Een meerpersoonshuishouden in een woning met de gemiddelde WOZ-waarde van {eur(WOZ_GEM[2])} betaalt
in 2026 {eur(wl2[2], 2)} aan OZB, afvalstoffenheffing en rioolheffing samen, dat is
{eur(wl2[2] - wl2[1], 2)} meer dan in 2025. Voor huurders geldt alleen de afvalstoffenheffing en, als
zij gebruiker van een aansluiting zijn, geen rioolheffing: die wordt bij de eigenaar in rekening
gebracht.</p>
<p>Inwoners met een laag inkomen kunnen kwijtschelding aanvragen voor de afvalstoffenheffing en de
hondenbelasting (eerste hond). We hanteren de maximale kwijtscheldingsnorm van 100% van de
bijstandsnorm. In 2024 is aan 612 huishoudens geheel of gedeeltelijk kwijtschelding verleend, voor
een bedrag van {eur(171000)}.</p>
"""))

# ---------------- weerstandsvermogen
H.append("<h1 class='cont'>Paragraaf weerstandsvermogen en risicobeheersing</h1>")
H.append(cols(f"""
<p>Het weerstandsvermogen geeft aan in hoeverre de gemeente financiële tegenvallers kan opvangen
zonder dat het beleid moet worden aangepast. Het is de verhouding tussen de beschikbare
weerstandscapaciteit (de middelen die we kunnen inzetten) en de benodigde weerstandscapaciteit
(de risico's, vermenigvuldigd met de kans dat ze zich voordoen).</p>
<p>De raad heeft in de nota Reserves en voorzieningen 2023 bepaald dat de ratio minimaal 1,4 moet
zijn. Met een ratio van {nl_dec(RATIO)} voldoet de begroting 2026 daaraan. Ten opzichte van de
begroting 2025 (ratio 1,92) is de ratio gedaald, omdat de algemene reserve is ingezet voor de
nieuwbouw van IKC De Vlonder en de risico's in het sociaal domein hoger zijn ingeschat.</p>
"""))
t = ["<table class='ind'><caption>Tabel 7.1 Beschikbare weerstandscapaciteit (bedragen x € 1.000)</caption>"
     "<tr><th class='l'>Onderdeel</th><th>Bedrag</th></tr>"]
for lab, v in WC:
    t.append(f"<tr><td class='l'>{lab}</td><td>{nl_int(v)}</td></tr>")
t.append(f"<tr class='sum'><td class='l'>Totaal beschikbare weerstandscapaciteit</td><td>{nl_int(WC_TOT)}</td></tr></table>")
H.append("".join(t))
t = ["<table class='ind'><caption>Tabel 7.2 Belangrijkste risico's (bedragen x € 1.000)</caption>"
     "<tr><th class='l'>Risico</th><th>Maximaal financieel gevolg</th><th>Kans</th><th>Benodigde weerstandscapaciteit</th></tr>"]
for (lab, b, kk), need in zip(RISKS, RISK_NEED):
    t.append(f"<tr><td class='l'>{lab}</td><td>{nl_int(b)}</td><td>{kk}%</td><td>{nl_int(need)}</td></tr>")
t.append(f"<tr class='sum'><td class='l'>Totaal benodigde weerstandscapaciteit</td><td></td><td></td><td>{nl_int(RISK_TOT)}</td></tr></table>")
H.append("".join(t))
H.append(f"""<table class='ind'><caption>Tabel 7.3 Ratio weerstandsvermogen</caption>
<tr><th class='l'>Berekening</th><th>Bedrag / ratio</th></tr>
<tr><td class='l'>Beschikbare weerstandscapaciteit</td><td>{eur(WC_TOT*1000)}</td></tr>
<tr><td class='l'>Benodigde weerstandscapaciteit</td><td>{eur(RISK_TOT*1000)}</td></tr>
<tr class='sum'><td class='l'>Ratio weerstandsvermogen</td><td>{nl_dec(RATIO)}</td></tr></table>""")
t = ["<table class='ind'><caption>Tabel 7.4 Financiële kengetallen</caption><tr><th class='l'>Kengetal</th>"
     + "".join(f"<th>{c}</th>" for c in YCOLS) + "</tr>"]
for lab, v in KENG:
    t.append(f"<tr><td class='l'>{lab}</td>" + "".join(f"<td>{x}</td>" for x in v) + "</tr>")
t.append("</table>")
H.append("".join(t))
H.append(cols("""
<p>De netto schuldquote loopt op tot 71% in 2027 door de investeringen in onderwijshuisvesting,
riolering en de Molenweg. Dat is onder de signaleringswaarde van 100% die de VNG hanteert. De
solvabiliteitsratio daalt naar 25%; de VNG noemt een solvabiliteit onder 20% onvoldoende. De
belastingcapaciteit van 96% betekent dat de woonlasten in Sparrendonk iets onder het landelijk
gemiddelde liggen. De structurele exploitatieruimte is in 2027 licht negatief; in 2028 en 2029
is de begroting weer structureel in evenwicht.</p>
"""))

html = f"""<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'>
<title>Gemeente Sparrendonk - Programmabegroting 2026</title><style>{css}</style></head>
<body>{''.join(H)}</body></html>"""
with open(os.path.join(HERE, "sparrendonk_programmabegroting_2026.html"), "w") as f:
    f.write(html)

# --------------------------------------------------------------- facts dump
facts = dict(
    programmes={p["name"]: dict(lasten=p["lasten"], baten=p["baten"], L=p["L"], B=p["B"],
                                S=p["S"], toev=p["toev"], ontr=p["ontr"], R=p["R"],
                                b2024=p["b2024"]) for p in ALL},
    TL=TL, TB=TB, TT=TT, TO=TO, RES=RES, B24=dict(L=B24L, B=B24B, T=B24T, O=B24O, RES=B24RES),
    au=au, afv_opbr=afv_opbr, riool_opbr=riool_opbr, hond_opbr=hond_opbr, toer_opbr=toer_opbr,
    ozb_gem=ozb_gem, wl1=wl1, wl2=wl2, wl2_pct=wl2_pct, wl1_pct=wl1_pct, KD=KD,
    WC_TOT=WC_TOT, RISKS=RISKS, RISK_NEED=RISK_NEED, RISK_TOT=RISK_TOT, RATIO=RATIO,
    OPBR_TOT=OPBR_TOT,
)
with open(os.path.join(HERE, "facts_sparrendonk.json"), "w") as f:
    json.dump(facts, f, indent=1, ensure_ascii=False)
print("TL", TL, "TB", TB, "RES", RES, "au", au, "B24", B24L, B24B, B24RES)
print("woonlasten", wl1, wl2, round(wl2_pct, 2), "KD", KD, "ratio", RATIO, WC_TOT, RISK_TOT)
