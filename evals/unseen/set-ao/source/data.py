"""Every figure of the two fictional documents of set-ao, typed once; everything derived is computed here and
the asserts at the bottom tie totals, saldi, reserves, balans and prose renderings together.

W_*  Gemeente Wassenaar, Kadernota 2025 (bedragen x EUR 1.000 unless said otherwise; + = voordeel, - = nadeel).
G_*  Gemeenschappelijke regeling Werkplein Noord-Twente, vergaderstukken algemeen bestuur 3 juli 2025:
     Jaarstukken 2024 (whole euros), 1e Bestuursrapportage 2025 and Ontwerpbegroting 2026 (x EUR 1.000).

Figures of the existing Begroting 2024 of Wassenaar are not typed here: gen_cases.py reads them from the PDF.
Only the starting row of the kadernota repeats three of its printed values (B24_SALDO, the "vertrekpunt"), on
purpose: the kadernota starts from the begroting's meerjarenraming.

Run `python data.py` to evaluate the asserts and print a short summary.
"""
from __future__ import annotations

W_FILE = "wassenaar-kadernota-2025.pdf"
G_FILE = "werkplein-noord-twente-vergaderstukken-ab-2025-07-03.pdf"
W_BODY = "Wassenaar"
G_BODY = "Werkplein Noord-Twente"

# ================================================================================================ Wassenaar
YRS = [2025, 2026, 2027, 2028]

# Begroting 2024, Tabel 6.2 "Geraamde resultaat" 2025-2027 (as printed there); 2028 = 2027 doorgetrokken
B24_SALDO = [368, -4314, -4077]
W_START = B24_SALDO + [B24_SALDO[-1]]
W_RAADSBESLUITEN = [-131, -112, -112, -112]
W_BERAP24 = [-274, -158, -141, -141]
W_VERTREKPUNT = [a + b + c for a, b, c in zip(W_START, W_RAADSBESLUITEN, W_BERAP24)]
W_ALG_UITKERING = [2214, 2410, 2290, 2345]

# Tabel 2 uitgangspunten: (onderwerp, kadernota 2025, begroting 2024) -- the begroting 2024 values as printed in
# its own "Uitgangspunten" (Salarissen 4%, Leveringen derden 3,2%, Belastingen 3,2%, Omslagrente 0%)
W_UITGANGSPUNTEN = [
    ("Salarissen (cao gemeenten)", 4.5, 4.0),
    ("Leveringen derden (prijsindex)", 2.6, 3.2),
    ("Subsidies", 3.1, 3.2),
    ("Belastingen en tarieven", 2.6, 3.2),
    ("Omslagrente", 0.0, 0.0),
]

# Tabel 3 autonome ontwikkelingen
W_AUTONOOM = [
    ("Loon- en prijsontwikkeling (cao gemeenten 2025)", [-812, -835, -851, -868]),
    ("Jeugdhulp: hogere volumes en tarieven", [-640, -610, -580, -580]),
    ("Wmo huishoudelijke hulp (abonnementstarief)", [-315, -330, -345, -345]),
    ("Hogere bijdragen verbonden partijen (VRH, GGD, ODH)", [-286, -301, -301, -301]),
    ("Energie en verzekeringen gemeentelijke gebouwen", [-145, -120, -95, -95]),
    ("Kapitaallasten investeringen (actualisatie)", [-210, -395, -450, -470]),
    ("Rijksvergoeding opvang ontheemden Oekraïne", [180, 0, 0, 0]),
    ("Hogere legesopbrengst omgevingsvergunningen", [95, 95, 95, 95]),
]
W_AUTONOOM_TOT = [sum(r[1][i] for r in W_AUTONOOM) for i in range(4)]

# Tabel 4 nieuw beleid per programma: programma -> [(claim, I/S, [2025..2028])]
P1, P2, P3, P4, P5 = ("P1 Veiligheid en Handhaving", "P2 Mens en Maatschappij", "P3 Bestuur en middelen",
                      "P4 Fysieke leefomgeving", "P5 Natuur, klimaat en Mobiliteit")
PROGRAMMAS = [P1, P2, P3, P4, P5]
W_NIEUW = {
    P1: [("Extra boa-capaciteit strand en duinen", "S", [-120, -120, -120, -120]),
         ("Cameratoezicht centrum", "I", [-85, 0, 0, 0])],
    P2: [("Preventieprogramma jeugd 'Opgroeien in Wassenaar'", "S", [-175, -175, -175, -175]),
         ("Uitbreiding Sociaal Team Wassenaar", "S", [-230, -230, -230, -230]),
         ("Huisvesting statushouders en ontheemden", "I", [-450, -300, 0, 0]),
         ("Exploitatie nieuwe sporthal", "S", [0, -260, -260, -260])],
    P3: [("Informatieveiligheid en digitale dienstverlening", "S", [-140, -140, -140, -140]),
         ("Frictiekosten ontvlechting Voorschoten", "I", [-350, -150, 0, 0])],
    P4: [("Projectcapaciteit versnelling woningbouw", "I", [-300, -300, 0, 0]),
         ("Voorbereiding centrumplan dorpskern", "I", [-250, -100, 0, 0])],
    P5: [("Verkeersveiligheid schoolroutes", "S", [-90, -90, -90, -90]),
         ("Klimaatadaptatie en vergroening", "S", [-110, -110, -110, -110]),
         ("Beheer familiestrand", "S", [-65, -65, -65, -65])],
}
W_NIEUW_SUB = {p: [sum(c[2][i] for c in W_NIEUW[p]) for i in range(4)] for p in PROGRAMMAS}
W_NIEUW_TOT = [sum(W_NIEUW_SUB[p][i] for p in PROGRAMMAS) for i in range(4)]
W_INCIDENTEEL = [-sum(c[2][i] for p in PROGRAMMAS for c in W_NIEUW[p] if c[1] == "I") for i in range(4)]

# Tabel 5 dekkingsvoorstellen
W_DEKKING = [
    ("Onttrekking algemene reserve (incidenteel nieuw beleid)", W_INCIDENTEEL),
    ("Vrijval stelpost loon- en prijscompensatie", [520, 520, 520, 520]),
    ("Taakstelling inkoop en subsidies", [150, 300, 450, 450]),
    ("Lagere rentelasten financiering", [60, 75, 90, 90]),
    ("Vrijval kapitaallasten door fasering investeringen", [640, 210, 0, 0]),
    ("Financiële taakstelling 2026 e.v. (nader in te vullen)", [0, 1500, 1500, 1500]),
]
W_DEKKING_TOT = [sum(r[1][i] for r in W_DEKKING) for i in range(4)]

W_NIEUW_SALDO = [W_VERTREKPUNT[i] + W_ALG_UITKERING[i] + W_AUTONOOM_TOT[i] + W_NIEUW_TOT[i] + W_DEKKING_TOT[i]
                 for i in range(4)]

# Tabel 6 baten en lasten per programma na kadernota (lasten printed negative)
W_LASTEN = {P1: [-4331, -4318, -4322, -4335], P2: [-40618, -41205, -40872, -40960],
            P3: [-4612, -4402, -4233, -4241], P4: [-5902, -5577, -4980, -4986],
            P5: [-20046, -20611, -20702, -20733]}
W_BATEN = {P1: [104, 104, 104, 104], P2: [11912, 11604, 11018, 11020], P3: [672, 672, 672, 672],
           P4: [1974, 1974, 1899, 1899], P5: [10215, 9866, 10231, 10240]}
W_OVERHEAD = [-11482, -11276, -11420, -11452]
W_ONVOORZIEN = [-26, -26, -26, -26]

# Tabel 8 reserves: stand 1-1-2025 and the mutations per year (+ toevoeging, - onttrekking)
W_RESERVES = [
    ("Algemene reserve (vrij besteedbaar)", 41948, [[0, -W_INCIDENTEEL[0]], [0, -W_INCIDENTEEL[1]], [0, 0], [0, 0]]),
    ("Algemene reserve weerstandsvermogen", 8000, [[0, 0], [0, 0], [0, 0], [0, 0]]),
    ("Reserve grote projecten", 6215, [[0, -425], [0, -500], [0, -400], [0, 0]]),
    ("BR volkshuisvesting en duurzaamheid", 430, [[0, -22], [0, -97], [0, 0], [0, 0]]),
    ("Egalisatiereserve Omgevingswet", 312, [[0, -100], [0, 0], [0, 0], [0, 0]]),
    ("Reserve onderhoud sportaccommodaties", 1284, [[180, -60], [180, -410], [180, -60], [180, -60]]),
]


def _res_stand(start, muts, upto):
    return start + sum(t + o for t, o in muts[:upto])


W_RES_ROWS = []   # (naam, stand 1-1-2025, toevoegingen 2025, onttrekkingen 2025, stand 31-12-2025, stand 31-12-2028)
for naam, start, muts in W_RESERVES:
    W_RES_ROWS.append((naam, start, muts[0][0], muts[0][1], _res_stand(start, muts, 1), _res_stand(start, muts, 4)))
W_RES_TOT = tuple(sum(r[i] for r in W_RES_ROWS) for i in range(1, 6))
W_MUT_RESERVES = [-sum(m[i][0] + m[i][1] for _, _, m in W_RESERVES) for i in range(4)]   # onttrekking = baat

W_PROG_LASTEN_TOT = [sum(W_LASTEN[p][i] for p in PROGRAMMAS) for i in range(4)]
W_PROG_BATEN_TOT = [sum(W_BATEN[p][i] for p in PROGRAMMAS) for i in range(4)]
W_PROG_SALDO = [W_PROG_LASTEN_TOT[i] + W_PROG_BATEN_TOT[i] for i in range(4)]
# algemene dekkingsmiddelen close the table to the new perspectief (computed)
W_ALG_DEKKING = [W_NIEUW_SALDO[i] - W_MUT_RESERVES[i] - W_PROG_SALDO[i] - W_OVERHEAD[i] - W_ONVOORZIEN[i]
                 for i in range(4)]
W_SALDO_BL = [W_PROG_SALDO[i] + W_ALG_DEKKING[i] + W_OVERHEAD[i] + W_ONVOORZIEN[i] for i in range(4)]
W_GERAAMD = [W_SALDO_BL[i] + W_MUT_RESERVES[i] for i in range(4)]

# Tabel 7 nieuwe investeringen (x EUR 1.000)
W_INVEST = [
    ("Verduurzaming gemeentehuis", [1240, 0, 0, 0]),
    ("Vervanging speelvoorzieningen", [180, 180, 180, 180]),
    ("Renovatie kunstgrasvelden sportpark", [0, 650, 0, 0]),
    ("Vervanging riolering", [1850, 1400, 1400, 1600]),
    ("Snelfietspad en fietsenstallingen centrum", [0, 420, 380, 0]),
]
W_INVEST_TOT = [sum(r[1][i] for r in W_INVEST) for i in range(4)]

# Tabel 9 risico's (whole euros): (risico, kans %, financiële impact)
W_RISICO = [
    ("Herijking gemeentefonds en ravijnjaar 2026", 50, 2_400_000),
    ("Open-einde regelingen jeugdhulp en Wmo", 50, 900_000),
    ("Sanering gemeentewerf", 50, 1_500_000),
    ("Opvang ontheemden: rijksvergoeding ontoereikend", 30, 800_000),
    ("Aansprakelijkheid en claims", 25, 400_000),
    ("Cyberincident en informatieveiligheid", 10, 600_000),
]
W_RISICO_BEDRAG = [k * imp // 100 for _, k, imp in W_RISICO]
W_BENODIGD = sum(W_RISICO_BEDRAG)
# Tabel 10 weerstandsvermogen (whole euros)
W_ONBENUTTE_BELASTINGCAP = 1_186_000
W_BESCHIKBAAR_ROWS = [
    ("Algemene reserve (vrij besteedbaar) per 31-12-2025", W_RES_ROWS[0][4] * 1000),
    ("Algemene reserve weerstandsvermogen", W_RES_ROWS[1][4] * 1000),
    ("Onbenutte belastingcapaciteit", W_ONBENUTTE_BELASTINGCAP),
]
W_BESCHIKBAAR = sum(v for _, v in W_BESCHIKBAAR_ROWS)
W_RATIO = round(W_BESCHIKBAAR / W_BENODIGD, 1)

# prose renderings of table figures (kadernota text): "ruim" rounds down, "bijna" rounds up to 0,1 miljoen
def prose_mln(word, v_k):
    import math
    a = abs(v_k) / 1000            # millions
    return (math.floor(a * 10) if word == "ruim" else math.ceil(a * 10)) / 10


W_PROSE = {key: (word, v, prose_mln(word, v)) for key, word, v in [
    ("autonoom_2025", "ruim", W_AUTONOOM_TOT[0]),
    ("nieuw_2025", "bijna", W_NIEUW_TOT[0]),
    ("tekort_2026", "ruim", W_NIEUW_SALDO[1]),
    ("au_2025", "ruim", W_ALG_UITKERING[0]),
    ("gemeentehuis", "ruim", W_INVEST[0][1][0]),
]}

# ================================================================================================ Werkplein
GEMEENTEN = ["Twenterand", "Dinkelland", "Oldenmaat", "Reggedal"]
# inwoners per 1 januari; the key of year t uses 1 januari of t-1
G_INWONERS = {
    2023: [34118, 26437, 41092, 19385],
    2024: [34205, 26511, 41368, 19402],
    2025: [34290, 26604, 41597, 19451],
}


def g_key(year):
    inw = G_INWONERS[year - 1]
    return [x / sum(inw) for x in inw]


def g_key_pct(year):
    """the printed key (two decimals), the last share closes at 100,00"""
    k = [round(100 * x, 2) for x in g_key(year)]
    k[-1] = round(100 - sum(k[:-1]), 2)
    return k


def g_verdeel(total, year):
    """split a total by the key of `year`; the rounding remainder goes to the largest member"""
    parts = [round(total * x) for x in g_key(year)]
    big = max(range(len(parts)), key=lambda i: G_INWONERS[year - 1][i])
    parts[big] += total - sum(parts)
    return parts


LASTEN_ROWS = ["Personeelslasten", "Wsw-loonkosten", "Re-integratie", "Beschut werk", "Inhuur derden", "Huisvesting",
               "ICT en bedrijfsvoering", "Kapitaallasten"]
BATEN_ROWS = ["Bijdrage gemeenten", "Omzet werkbedrijf", "Subsidies en overige baten"]

# ---- Jaarstukken 2024 (whole euros): begroting primitief, begroting na wijziging, realisatie
G_JS_LASTEN = {
    "Personeelslasten": (6_240_000, 6_512_000, 6_598_214),
    "Wsw-loonkosten": (14_380_000, 14_105_000, 13_962_851),
    "Re-integratie": (2_950_000, 3_120_000, 2_874_392),
    "Beschut werk": (1_410_000, 1_480_000, 1_526_730),
    "Inhuur derden": (420_000, 610_000, 702_118),
    "Huisvesting": (1_115_000, 1_115_000, 1_098_406),
    "ICT en bedrijfsvoering": (980_000, 1_045_000, 1_061_937),
    "Kapitaallasten": (385_000, 385_000, 371_220),
}
G_JS_OMZET = (9_450_000, 9_480_000, 9_804_176)
G_JS_OVERIG = (500_000, 570_000, 581_678)
G_JS_ONTTREKKING = (0, 150_000, 150_000)            # onttrekking bestemmingsreserve transitie werkbedrijf
G_JS_LASTEN_TOT = tuple(sum(v[i] for v in G_JS_LASTEN.values()) for i in range(3))
_bijdr_p = G_JS_LASTEN_TOT[0] - G_JS_ONTTREKKING[0] - G_JS_OMZET[0] - G_JS_OVERIG[0]
_bijdr_w = G_JS_LASTEN_TOT[1] - G_JS_ONTTREKKING[1] - G_JS_OMZET[1] - G_JS_OVERIG[1]
G_JS_BIJDRAGE = (_bijdr_p, _bijdr_w, _bijdr_w)        # realised = the voorschot of the begroting na wijziging
G_JS_BATEN = {"Bijdrage gemeenten": G_JS_BIJDRAGE, "Omzet werkbedrijf": G_JS_OMZET,
              "Subsidies en overige baten": G_JS_OVERIG}
G_JS_BATEN_TOT = tuple(sum(v[i] for v in G_JS_BATEN.values()) for i in range(3))
G_JS_SALDO_BL = tuple(G_JS_BATEN_TOT[i] - G_JS_LASTEN_TOT[i] for i in range(3))
G_JS_RESULTAAT = tuple(G_JS_SALDO_BL[i] + G_JS_ONTTREKKING[i] for i in range(3))
G_JS_RES = G_JS_RESULTAAT[2]
G_JS_TOEVOEGING_AR = 150_000                           # resultaatbestemming: naar de algemene reserve
G_JS_TERUG = G_JS_RES - G_JS_TOEVOEGING_AR             # terug naar de gemeenten
G_JS_BIJDR_P = g_verdeel(G_JS_BIJDRAGE[0], 2024)
G_JS_BIJDR_W = g_verdeel(G_JS_BIJDRAGE[1], 2024)
G_JS_TERUG_G = g_verdeel(G_JS_TERUG, 2024)
G_JS_NETTO_G = [w - t for w, t in zip(G_JS_BIJDR_W, G_JS_TERUG_G)]

# reserves (euros): (naam, stand 1-1-2024, toevoeging 2024, onttrekking 2024)
G_JS_RESERVES = [("Algemene reserve", 1_050_000, 0, 0),
                 ("Bestemmingsreserve transitie werkbedrijf", 420_000, 0, 150_000)]
G_JS_RES_EIND = [s + t - o for _, s, t, o in G_JS_RESERVES]
G_JS_RES_TOT = (sum(r[1] for r in G_JS_RESERVES), sum(r[2] for r in G_JS_RESERVES),
                sum(r[3] for r in G_JS_RESERVES), sum(G_JS_RES_EIND))

# balans (euros): (31-12-2024, 31-12-2023); liquide middelen close the balans
G_RES_2023 = 388_120
G_BAL_ACTIVA = [("Materiële vaste activa", (2_845_310, 2_716_090)),
                ("Vorderingen op openbare lichamen", (1_912_447, 1_640_225)),
                ("Overige vorderingen", (688_120, 702_311))]
G_BAL_PASSIVA_EV = [("Algemene reserve", (G_JS_RES_EIND[0], G_JS_RESERVES[0][1])),
                    ("Bestemmingsreserves", (G_JS_RES_EIND[1], G_JS_RESERVES[1][1])),
                    ("Gerealiseerd resultaat", (G_JS_RES, G_RES_2023))]
G_BAL_PASSIVA_OV = [("Voorziening groot onderhoud", (412_000, 365_000)),
                    ("Vaste schulden (onderhandse lening)", (1_800_000, 2_000_000)),
                    ("Kortlopende schulden", (2_317_660, 2_104_330)),
                    ("Overlopende passiva", (612_400, 540_900))]
G_BAL_EV = tuple(sum(r[1][i] for r in G_BAL_PASSIVA_EV) for i in range(2))
G_BAL_PASSIVA_TOT = tuple(G_BAL_EV[i] + sum(r[1][i] for r in G_BAL_PASSIVA_OV) for i in range(2))
G_BAL_LIQUIDE = tuple(G_BAL_PASSIVA_TOT[i] - sum(r[1][i] for r in G_BAL_ACTIVA) for i in range(2))
G_BAL_ACTIVA_TOT = G_BAL_PASSIVA_TOT
G_SOLV = round(100 * G_BAL_EV[0] / G_BAL_PASSIVA_TOT[0], 1)
G_NSQ = round(100 * (G_BAL_PASSIVA_OV[1][1][0] + G_BAL_PASSIVA_OV[2][1][0] + G_BAL_PASSIVA_OV[3][1][0]
                     - G_BAL_ACTIVA[1][1][0] - G_BAL_ACTIVA[2][1][0] - G_BAL_LIQUIDE[0])
              / G_JS_BATEN_TOT[2], 1)

# kengetallen uitvoering: label -> (begroot 2024, realisatie 2024)
G_JS_KENGETAL = {"Wsw-medewerkers (arbeidsjaren)": (431.0, 418.6), "Beschut werk (plekken)": (64, 71),
                 "Re-integratietrajecten gestart": (540, 512), "Uitstroom naar regulier werk": (260, 284),
                 "Formatie ambtelijk personeel (fte)": (78.6, 81.3)}

# verloop materiële vaste activa 2024 (euros): (categorie, boekwaarde 1-1, investeringen, afschrijvingen)
G_JS_MVA = [("Bedrijfsauto's", 612_400, 198_000, 142_600), ("Machines en installaties", 1_520_330, 236_000, 151_300),
            ("Inrichting werklocaties", 583_360, 46_000, 56_880)]
G_JS_MVA_EIND = [b + i - a for _, b, i, a in G_JS_MVA]
G_JS_MVA_TOT = tuple(sum(r[j] for r in G_JS_MVA) for j in (1, 2, 3)) + (sum(G_JS_MVA_EIND),)
G_JS_RENTE = 20_440                       # rente onderhandse lening; with the afschrijvingen = kapitaallasten
# WNT (euros): beloning, belastbare onkostenvergoedingen, beloningen betaalbaar op termijn, individueel maximum
G_JS_WNT = {"Beloning plus belastbare onkostenvergoedingen": 118_604, "Beloningen betaalbaar op termijn": 17_212}
G_JS_WNT_TOT = sum(G_JS_WNT.values())
G_WNT_MAX = 233_000
# incidentele lasten 2024 (euros) and their dekking
G_JS_INCIDENTEEL = [("Herinrichting productiehal (dekking bestemmingsreserve)", 150_000),
                    ("Implementatie cliëntvolgsysteem", 85_000)]

# ---- 1e Bestuursrapportage 2025 (x EUR 1.000): primitief, wijziging
G_BR_LASTEN = {"Personeelslasten": (6705, 248), "Wsw-loonkosten": (13880, -185), "Re-integratie": (3180, 60),
               "Beschut werk": (1620, 95), "Inhuur derden": (450, 120), "Huisvesting": (1140, 0),
               "ICT en bedrijfsvoering": (1090, 35), "Kapitaallasten": (410, -12)}
G_BR_OMZET = (9325, 70)
G_BR_OVERIG = (460, 0)
G_BR_LASTEN_TOT = (sum(v[0] for v in G_BR_LASTEN.values()), sum(v[1] for v in G_BR_LASTEN.values()))
G_BR_BIJDRAGE = (G_BR_LASTEN_TOT[0] - G_BR_OMZET[0] - G_BR_OVERIG[0],
                 G_BR_LASTEN_TOT[1] - G_BR_OMZET[1] - G_BR_OVERIG[1])
G_BR_BATEN = {"Bijdrage gemeenten": G_BR_BIJDRAGE, "Omzet werkbedrijf": G_BR_OMZET,
              "Subsidies en overige baten": G_BR_OVERIG}
G_BR_BATEN_TOT = (sum(v[0] for v in G_BR_BATEN.values()), sum(v[1] for v in G_BR_BATEN.values()))


def br_na(pair):
    return pair[0] + pair[1]


G_BR_BIJDR_P = g_verdeel(G_BR_BIJDRAGE[0], 2025)
G_BR_BIJDR_NA = g_verdeel(br_na(G_BR_BIJDRAGE), 2025)
G_BR_BIJDR_WIJZ = [n - p for n, p in zip(G_BR_BIJDR_NA, G_BR_BIJDR_P)]
G_BR_KENGETAL = {"Wsw-medewerkers (arbeidsjaren)": (405.5, 409.0), "Beschut werk (plekken)": (78, 82),
                 "Re-integratietrajecten gestart": (560, 575), "Uitstroom naar regulier werk": (270, 265),
                 "Formatie ambtelijk personeel (fte)": (80.2, 84.0)}

# ---- Ontwerpbegroting 2026 (x EUR 1.000): 2026, 2027, 2028, 2029 (the 2025 column is the berap's na wijziging)
G_OB_LASTEN = {"Personeelslasten": [7184, 7262, 7340, 7418], "Wsw-loonkosten": [13420, 12985, 12540, 12090],
               "Re-integratie": [3310, 3355, 3400, 3445], "Beschut werk": [1890, 2040, 2185, 2330],
               "Inhuur derden": [380, 380, 380, 380], "Huisvesting": [1172, 1195, 1219, 1243],
               "ICT en bedrijfsvoering": [1160, 1184, 1208, 1232], "Kapitaallasten": [455, 470, 462, 455]}
G_OB_OMZET = [9510, 9205, 8890, 8560]
G_OB_OVERIG = [440, 440, 440, 440]
G_OB_LASTEN_TOT = [sum(v[i] for v in G_OB_LASTEN.values()) for i in range(4)]
G_OB_BIJDRAGE = [G_OB_LASTEN_TOT[i] - G_OB_OMZET[i] - G_OB_OVERIG[i] for i in range(4)]
G_OB_BATEN = {"Bijdrage gemeenten": G_OB_BIJDRAGE, "Omzet werkbedrijf": G_OB_OMZET,
              "Subsidies en overige baten": G_OB_OVERIG}
G_OB_BATEN_TOT = [sum(v[i] for v in G_OB_BATEN.values()) for i in range(4)]
G_OB_BIJDR = [g_verdeel(G_OB_BIJDRAGE[i], 2026) for i in range(4)]     # key 2026 kept constant
G_OB_INVEST = [("Vervanging bedrijfsauto's", [240, 120, 180, 0]), ("Machines productiehal", [310, 0, 150, 0]),
               ("ICT-werkplekken", [95, 95, 95, 95]), ("Verbouwing leerwerkplaats", [0, 450, 0, 0])]
G_OB_INVEST_TOT = [sum(r[1][i] for r in G_OB_INVEST) for i in range(4)]
G_OB_KENGETAL = {"Wsw-medewerkers (arbeidsjaren)": [388.0, 369.5, 351.0, 333.0],
                 "Beschut werk (plekken)": [90, 100, 110, 120],
                 "Re-integratietrajecten gestart": [580, 590, 600, 600],
                 "Uitstroom naar regulier werk": [280, 285, 290, 290],
                 "Formatie ambtelijk personeel (fte)": [84.5, 84.5, 84.0, 84.0]}
G_OB_UITGANGSPUNTEN = [("Loonkosten ambtelijk personeel (cao gemeenten)", 3.6),
                       ("Wsw-loonkosten (cao sw)", 2.9), ("Prijsindex materiële kosten", 2.4)]
# reserves 2026 (x EUR 1.000): stand 1-1-2026 (after resultaatbestemming 2024 and a 2025 onttrekking of 100),
# mutatie 2026, stand 31-12-2026
G_OB_RESERVES = [("Algemene reserve", (G_JS_RES_EIND[0] + G_JS_TOEVOEGING_AR) // 1000, 0),
                 ("Bestemmingsreserve transitie werkbedrijf", G_JS_RES_EIND[1] // 1000 - 100, -80)]
G_OB_BENODIGD = 845_000
G_OB_RATIO = round(G_OB_RESERVES[0][1] * 1000 / G_OB_BENODIGD, 1)

# geprognosticeerde balans per 31-12 (x EUR 1.000), 2025..2029: vaste activa, vlottende activa (incl. liquide
# middelen) | eigen vermogen, voorzieningen, vaste schulden, vlottende schulden (closing item)
G_OB_BAL_YRS = [2025, 2026, 2027, 2028, 2029]
G_OB_BAL_VA = [2905, 3118, 3461, 3402, 3196]
G_OB_BAL_VLA = [3710, 3655, 3590, 3560, 3575]
G_OB_BAL_EV = [1370, 1290, 1290, 1290, 1290]
G_OB_BAL_VZ = [430, 455, 480, 505, 530]
G_OB_BAL_VS = [1600, 1400, 1200, 1000, 800]
G_OB_BAL_ACT = [a + b for a, b in zip(G_OB_BAL_VA, G_OB_BAL_VLA)]
G_OB_BAL_VLS = [G_OB_BAL_ACT[i] - G_OB_BAL_EV[i] - G_OB_BAL_VZ[i] - G_OB_BAL_VS[i] for i in range(5)]
# kengetallen 2026-2029 (percent), computed from the geprognosticeerde balans and the baten
G_OB_SOLV = [round(100 * G_OB_BAL_EV[i + 1] / G_OB_BAL_ACT[i + 1], 1) for i in range(4)]
G_OB_NSQ = [round(100 * (G_OB_BAL_VS[i + 1] + G_OB_BAL_VLS[i + 1] - G_OB_BAL_VLA[i + 1]) / G_OB_BATEN_TOT[i], 1)
            for i in range(4)]
# incidentele lasten in de begroting 2026-2029 (x EUR 1.000)
G_OB_INCIDENTEEL = [("Inrichting tweede beschutte werkomgeving", [120, 0, 0, 0]),
                    ("Herijking dienstverlening (extern advies)", [60, 40, 0, 0])]

# prose of the bundle
G_VOORLOPIG_RES = 500_000          # besluitenlijst 3 april: "voorlopig resultaat van afgerond € 0,5 miljoen"
G_KREDIET_LEERWERKPLAATS = 450_000  # besluitenlijst: krediet verbouwing leerwerkplaats (= investeringsplan 2027)
G_OB_BIJDRAGE_PROSE = 19_000_000    # besluitenlijst: "ruim € 19 miljoen"

# ================================================================================================ asserts
def _ruim_bijna(word, v_k, printed_mln):
    a = abs(v_k) * 1000
    return (a > printed_mln * 1e6 and a - printed_mln * 1e6 < 0.1e6) if word == "ruim" else \
        (a < printed_mln * 1e6 and printed_mln * 1e6 - a < 0.1e6)


assert W_VERTREKPUNT == [-37, -4584, -4330, -4330], W_VERTREKPUNT
assert W_GERAAMD == W_NIEUW_SALDO
assert all(W_SALDO_BL[i] + W_MUT_RESERVES[i] == W_NIEUW_SALDO[i] for i in range(4))
assert W_INCIDENTEEL == [1435, 850, 0, 0]
for _key, (_w, _v, _m) in W_PROSE.items():
    assert _ruim_bijna(_w, _v, _m), _key
assert [W_PROSE[x][2] for x in W_PROSE] == [2.1, 2.4, 3.2, 2.2, 1.2]
assert W_NIEUW_SALDO[0] > 0 and all(x < 0 for x in W_NIEUW_SALDO[1:])
for naam, start, t, o, e25, e28 in W_RES_ROWS:
    assert start + t + o == e25
assert W_RES_TOT[0] + W_RES_TOT[1] + W_RES_TOT[2] == W_RES_TOT[3]
assert W_BESCHIKBAAR == 49_699_000 and W_BENODIGD == 2_800_000 and W_RATIO == 17.7
assert W_RISICO_BEDRAG[1] == 450_000                   # "€ 450.000" in the risk paragraph
# every programme figure of tabel 6 differs from the begroting 2024 meerjarenraming (Tabel 6.2) where both exist
_B24_LASTEN_6_2 = {P1: [-4129, -4129, -4129], P2: [-39593, -39634, -38863], P4: [-5345, -4767, -4767]}
for p, vals in _B24_LASTEN_6_2.items():
    assert all(W_LASTEN[p][i] != vals[i] for i in range(3))
assert all(55000 < x < 63000 for x in W_ALG_DEKKING), W_ALG_DEKKING

assert all(abs(sum(g_key_pct(y)) - 100) < 1e-9 for y in (2024, 2025, 2026))
assert G_JS_SALDO_BL[0] == 0 and G_JS_RESULTAAT[1] == 0 and G_JS_RES == 511_986, G_JS_RESULTAAT
assert sum(G_JS_BIJDR_P) == G_JS_BIJDRAGE[0] and sum(G_JS_BIJDR_W) == G_JS_BIJDRAGE[1]
assert sum(G_JS_TERUG_G) == G_JS_TERUG and G_JS_TOEVOEGING_AR + G_JS_TERUG == G_JS_RES
assert G_JS_RES_EIND[1] == G_JS_RESERVES[1][1] - G_JS_ONTTREKKING[2]
assert G_BAL_ACTIVA_TOT[0] == sum(r[1][0] for r in G_BAL_ACTIVA) + G_BAL_LIQUIDE[0]
assert all(x > 0 for x in G_BAL_LIQUIDE)
assert G_BR_LASTEN_TOT[0] == G_BR_BATEN_TOT[0] and G_BR_LASTEN_TOT[1] == G_BR_BATEN_TOT[1]
assert G_BR_BIJDRAGE == (18690, 291), G_BR_BIJDRAGE
assert sum(G_BR_BIJDR_P) == G_BR_BIJDRAGE[0] and sum(G_BR_BIJDR_NA) == br_na(G_BR_BIJDRAGE)
# the ontwerpbegroting's 2025 column equals the berap's begroting na wijziging
assert G_OB_LASTEN_TOT == [sum(v[i] for v in G_OB_LASTEN.values()) for i in range(4)]
assert all(G_OB_LASTEN_TOT[i] == G_OB_BATEN_TOT[i] for i in range(4))
assert all(sum(G_OB_BIJDR[i]) == G_OB_BIJDRAGE[i] for i in range(4))
assert 0 < G_OB_BIJDRAGE[0] * 1000 - G_OB_BIJDRAGE_PROSE < 100_000
assert G_OB_INVEST[3][1][1] * 1000 == G_KREDIET_LEERWERKPLAATS
assert abs(G_JS_RES - G_VOORLOPIG_RES) < 50_000
# same labels, different values in the three parts
for r in ("Personeelslasten", "Re-integratie", "Beschut werk"):
    vals = {G_JS_LASTEN[r][2], G_JS_LASTEN[r][1], br_na(G_BR_LASTEN[r]) * 1000, G_BR_LASTEN[r][0] * 1000,
            G_OB_LASTEN[r][0] * 1000}
    assert len(vals) == 5, r
assert len({G_JS_BIJDRAGE[1], br_na(G_BR_BIJDRAGE) * 1000, G_OB_BIJDRAGE[0] * 1000}) == 3
assert G_JS_MVA_TOT[0] == G_BAL_ACTIVA[0][1][1] and G_JS_MVA_TOT[3] == G_BAL_ACTIVA[0][1][0]
assert G_JS_MVA_TOT[2] + G_JS_RENTE == G_JS_LASTEN["Kapitaallasten"][2]
assert G_OB_BAL_EV[0] == G_OB_RESERVES[0][1] + G_OB_RESERVES[1][1]
assert G_OB_BAL_EV[1] == sum(s_ + m for _, s_, m in G_OB_RESERVES)
assert all(x > 0 for x in G_OB_BAL_VLS)
assert G_WNT_MAX > G_JS_WNT_TOT

if __name__ == "__main__":
    print("W vertrekpunt", W_VERTREKPUNT, "autonoom", W_AUTONOOM_TOT, "nieuw", W_NIEUW_TOT, "dekking", W_DEKKING_TOT)
    print("W nieuw saldo", W_NIEUW_SALDO, "alg dekking", W_ALG_DEKKING, "mut res", W_MUT_RESERVES)
    print("W saldo b/l", W_SALDO_BL, "reserves", W_RES_TOT, "ratio", W_RATIO)
    print("G JS lasten", G_JS_LASTEN_TOT, "baten", G_JS_BATEN_TOT, "res", G_JS_RESULTAAT, "terug", G_JS_TERUG)
    print("G JS bijdr W", G_JS_BIJDR_W, "terug", G_JS_TERUG_G, "netto", G_JS_NETTO_G)
    print("G bal", G_BAL_PASSIVA_TOT, G_BAL_LIQUIDE, "solv", G_SOLV, "nsq", G_NSQ)
    print("G BR", G_BR_LASTEN_TOT, G_BR_BIJDRAGE, G_BR_BIJDR_P, G_BR_BIJDR_NA)
    print("G OB", G_OB_LASTEN_TOT, G_OB_BIJDRAGE, G_OB_BIJDR, "ratio", G_OB_RATIO)
    print("keys", g_key_pct(2024), g_key_pct(2025), g_key_pct(2026))
