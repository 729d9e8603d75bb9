"""FICTIONAL data for 'Gemeente Twenterand - Programmabegroting 2025' (set-bn).

Every amount, count, tariff and percentage below is made up. Totals are computed here,
never typed, so the printed tables add up.

Columns of the programme tables (x EUR 1.000): Rekening 2023, Begroting 2024 (na wijziging),
Begroting 2025, Raming 2026, Raming 2027, Raming 2028.
"""
from common import k, rhu

YEARS = ["2023", "2024", "2025", "2026", "2027", "2028"]
COLHEAD = ["Rekening 2023", "Begroting 2024", "Begroting 2025", "Raming 2026", "Raming 2027", "Raming 2028"]


def add(*rows):
    return [sum(v) for v in zip(*rows)]


def neg(r):
    return [-v for v in r]


# ---------------------------------------------------------------- programme 1 (x 1.000)
P1 = {
    "name": "Bestuur en dienstverlening",
    "lasten": {
        "0.1 Bestuur": [2412, 2538, 2604, 2611, 2598, 2622],
        "0.2 Burgerzaken": [1087, 1152, 1241, 1198, 1203, 1209],
    },
    "baten": {
        "0.1 Bestuur": [12, 0, 0, 0, 0, 0],
        "0.2 Burgerzaken": [521, 498, 536, 512, 512, 512],
    },
    "toev": [0, 0, 0, 0, 0, 0],
    "ontt": [85, 120, 60, 0, 0, 0],
}

# ---------------------------------------------------------------- programme 2 (x 1.000)
P2 = {
    "name": "Veiligheid",
    "lasten": {
        "1.1 Crisisbeheersing en brandweer": [2184, 2296, 2417, 2463, 2509, 2548],
        "1.2 Openbare orde en veiligheid": [642, 688, 713, 701, 705, 709],
    },
    "baten": {
        "1.2 Openbare orde en veiligheid": [41, 35, 38, 38, 38, 38],
    },
    "toev": [0, 0, 0, 0, 0, 0],
    "ontt": [0, 0, 0, 0, 0, 0],
}

# ---------------------------------------------------------------- programme 3 (whole euros)
P3_DOEL = ["Sociale zaken", "Maatschappelijke ondersteuning", "Gezondheidszorg", "Onderwijs", "Jeugd"]
P3_LASTEN = {
    "Sociale zaken": [21384907, 22106448, None, 23015664, 23102118, 23247905],
    "Maatschappelijke ondersteuning": [13927416, 14538270, None, 15391022, 15518347, 15650801],
    "Gezondheidszorg": [2402118, 2511960, None, 2681109, 2702440, 2731877],
    "Onderwijs": [5118642, 5287310, None, 5402786, 5433120, 5468902],
    "Jeugd": [18805233, 19420115, None, 19512640, 19381095, 19290476],
}
P3_BATEN = {
    "Sociale zaken": [15612480, 15907332, None, 16284107, 16284107, 16284107],
    "Maatschappelijke ondersteuning": [611204, 598400, None, 642775, 642775, 642775],
    "Gezondheidszorg": [0, 0, None, 0, 0, 0],
    "Onderwijs": [402916, 388540, None, 395840, 395840, 395840],
    "Jeugd": [3104882, 3212600, None, 3248915, 3248915, 3248915],
}
# net mutation of reserves (negative = onttrekking), as in the 2020 'Overzicht 3.1'
P3_MUT = [-1204380, -2015600, -1386250, -412000, -250000, 0]

# taakvelden 2025 (euros): (code+name, doelenboom, lasten 2025, baten 2025)
P3_TV = [
    ("4.1 Openbaar basisonderwijs", "Onderwijs", 96480, 0),
    ("4.2 Onderwijshuisvesting", "Onderwijs", 3982116, 1450000),
    ("4.3 Onderwijsbeleid en leerlingzaken", "Onderwijs", None, 374360),
    ("6.1 Samenkracht en burgerparticipatie", "Maatschappelijke ondersteuning", 3982410, 212400),
    ("6.21 Toegang en eerstelijnsvoorzieningen Wmo", "Maatschappelijke ondersteuning", 612300, 300000),
    ("6.22 Toegang en eerstelijnsvoorzieningen Jeugd", "Jeugd", 1104230, 0),
    ("6.23 Toegang en eerstelijnsvoorzieningen integraal", "Maatschappelijke ondersteuning", 188940, 0),
    ("6.3 Inkomensregelingen", "Sociale zaken", 15818775, 15402447),
    ("6.4 Wsw en beschut werk", "Sociale zaken", 5806340, 381660),
    ("6.5 Arbeidsparticipatie", "Sociale zaken", 1246415, 500000),
    ("6.60 Hulpmiddelen en diensten (Wmo)", "Maatschappelijke ondersteuning", 1402775, 118375),
    ("6.711 Huishoudelijke hulp (Wmo)", "Maatschappelijke ondersteuning", 3118604, 0),
    ("6.712 Begeleiding (Wmo)", "Maatschappelijke ondersteuning", 2406118, 0),
    ("6.713 Dagbesteding (Wmo)", "Maatschappelijke ondersteuning", 1287450, 0),
    ("6.714 Overige maatwerkarrangementen (Wmo)", "Maatschappelijke ondersteuning", 214380, 0),
    ("6.751 Jeugdhulp ambulant lokaal", "Jeugd", 2318760, 0),
    ("6.752 Jeugdhulp ambulant regionaal", "Jeugd", 8412905, 2960000),
    ("6.761 Jeugdhulp met verblijf lokaal", "Jeugd", 1206440, 0),
    ("6.762 Jeugdhulp met verblijf regionaal", "Jeugd", 3887120, 0),
    ("6.791 Pgb Wmo", "Maatschappelijke ondersteuning", 1036922, 12000),
    ("6.792 Pgb Jeugd", "Jeugd", 402618, 288915),
    ("6.811 Beschermd wonen (Wmo)", "Maatschappelijke ondersteuning", 246500, 0),
    ("6.812 Maatschappelijke opvang en vrouwenopvang", "Maatschappelijke ondersteuning", 508290, 0),
    ("6.821 Jeugdbescherming", "Jeugd", 1284500, 0),
    ("6.822 Jeugdreclassering", "Jeugd", 312700, 0),
    ("6.91 Coördinatie en beleid Wmo", "Maatschappelijke ondersteuning", None, 0),
    ("6.92 Coördinatie en beleid Jeugd", "Jeugd", None, 0),
    ("7.1 Volksgezondheid", "Gezondheidszorg", 2644375, 0),
]
# doelenboom lasten / baten 2025 (whole euros) - the taakvelden are fitted to these
P3_2025_L = {"Sociale zaken": 22871530, "Maatschappelijke ondersteuning": 15204689,
             "Gezondheidszorg": 2644375, "Onderwijs": 6913254, "Jeugd": 19846312}
P3_2025_B = {"Sociale zaken": 16284107, "Maatschappelijke ondersteuning": 642775,
             "Gezondheidszorg": 0, "Onderwijs": 1824360, "Jeugd": 3248915}


def _fit_taakvelden():
    tv = [list(r) for r in P3_TV]
    for doel in P3_DOEL:
        rows = [r for r in tv if r[1] == doel]
        known = sum(r[2] for r in rows if r[2] is not None)
        open_ = [r for r in rows if r[2] is None]
        assert len(open_) <= 1, doel
        if open_:
            open_[0][2] = P3_2025_L[doel] - known
        assert sum(r[2] for r in rows) == P3_2025_L[doel], doel
        assert sum(r[3] for r in rows) == P3_2025_B[doel], (doel, sum(r[3] for r in rows))
    return [tuple(r) for r in tv]


P3_TV = _fit_taakvelden()
for d in P3_DOEL:
    P3_LASTEN[d][2] = P3_2025_L[d]
    P3_BATEN[d][2] = P3_2025_B[d]
P3_TOT_L = add(*P3_LASTEN.values())
P3_TOT_B = add(*P3_BATEN.values())
P3_SALDO = [l - b for l, b in zip(P3_TOT_L, P3_TOT_B)]           # lasten - baten (positive = net cost)
P3_RESULT = [s + m for s, m in zip(P3_SALDO, P3_MUT)]           # geraamd resultaat as in 2020 layout
# for the council-wide overview, in thousands
P3 = {
    "name": "Sociaal domein",
    "lasten_k": [k(v) for v in P3_TOT_L],
    "baten_k": [k(v) for v in P3_TOT_B],
    "toev": [0] * 6,
    "ontt": [k(-v) for v in P3_MUT],
}

# ---------------------------------------------------------------- programme 4 (x 1.000)
P4 = {
    "name": "Wonen, ruimte en omgeving",
    "lasten": {
        "2.1 Verkeer en vervoer": [3518, 3702, 3846, 3911, 3958, 4012],
        "5.7 Openbaar groen en (openlucht) recreatie": [6804, 7112, 7348, 7402, 7455, 7501],
        "7.2 Riolering": [2611, 2742, 2893, 2951, 3010, 3068],
        "7.3 Afval": [3105, 3288, 3512, 3580, 3646, 3711],
        "7.4 Milieubeheer": [1722, 1846, 1968, 1921, 1935, 1949],
        "7.5 Begraafplaatsen en crematoria": [588, 602, 627, 634, 641, 648],
        "8.1 Ruimte en leefomgeving": [1603, 1755, 1912, 1804, 1816, 1828],
        "8.2 Grondexploitatie (niet-bedrijventerreinen)": [3944, 2810, 3206, 2755, 2104, 1680],
        "8.3 Wonen en bouwen": [2405, 2588, 2741, 2698, 2702, 2711],
    },
    "baten": {
        "2.1 Verkeer en vervoer": [112, 95, 98, 98, 98, 98],
        "5.7 Openbaar groen en (openlucht) recreatie": [318, 344, 352, 352, 352, 352],
        "7.2 Riolering": [3406, 3601, 3774, 3858, 3934, 4009],
        "7.3 Afval": [3620, 3815, 4066, 4151, 4226, 4302],
        "7.4 Milieubeheer": [66, 40, 40, 40, 40, 40],
        "7.5 Begraafplaatsen en crematoria": [602, 615, 640, 652, 665, 678],
        "8.1 Ruimte en leefomgeving": [52, 45, 45, 45, 45, 45],
        "8.2 Grondexploitatie (niet-bedrijventerreinen)": [4108, 2872, 3390, 2810, 2150, 1700],
        "8.3 Wonen en bouwen": [1012, 905, 948, 948, 948, 948],
    },
    "toev": [1204, 450, 520, 300, 300, 300],
    "ontt": [640, 1120, 985, 410, 210, 210],
}

# ---------------------------------------------------------------- programme 5 (x 1.000)
P5 = {
    "name": "Economie, sport en cultuur",
    "lasten": {
        "3.1 Economische ontwikkeling": [1204, 1318, 1296, 1242, 1248, 1254],
        "3.2 Fysieke bedrijfsinfrastructuur": [2210, 1560, 1885, 1420, 980, 640],
        "3.3 Bedrijvenloket en bedrijfsregelingen": [248, 262, 271, 274, 277, 280],
        "3.4 Economische promotie": [42, 45, 48, 48, 48, 48],
        "5.1 Sportbeleid en activering": [655, 702, 731, 738, 745, 752],
        "5.2 Sportaccommodaties": [3104, 3288, 3617, 3702, 3690, 3688],
        "5.3 Cultuurpresentatie, cultuurproductie en cultuurparticipatie": [498, 541, 566, 571, 576, 581],
        "5.4 Musea": [241, 252, 259, 262, 265, 268],
        "5.5 Cultureel erfgoed": [64, 71, 88, 72, 73, 74],
        "5.6 Media": [1106, 1152, 1198, 1211, 1224, 1237],
    },
    "baten": {
        "3.1 Economische ontwikkeling": [176, 160, 165, 165, 165, 165],
        "3.2 Fysieke bedrijfsinfrastructuur": [2302, 1604, 1930, 1460, 1010, 660],
        "3.3 Bedrijvenloket en bedrijfsregelingen": [9, 8, 8, 8, 8, 8],
        "3.4 Economische promotie": [81, 84, 86, 86, 86, 86],
        "5.1 Sportbeleid en activering": [18, 14, 15, 15, 15, 15],
        "5.2 Sportaccommodaties": [968, 1012, 1046, 1066, 1087, 1108],
        "5.4 Musea": [21, 16, 17, 17, 17, 17],
        "5.6 Media": [30, 32, 34, 34, 34, 34],
    },
    "toev": [0, 0, 0, 0, 0, 0],
    "ontt": [212, 380, 455, 120, 120, 120],
}

# ---------------------------------------------------------------- overhead and algemene dekkingsmiddelen (x 1.000)
OVH = {"name": "Overhead",
       "lasten": {"0.4 Overhead": [17212, 18304, 19148, 19226, 19302, 19410]},
       "baten": {"0.4 Overhead": [402, 380, 392, 392, 392, 392]},
       "toev": [0] * 6, "ontt": [0] * 6}
ADM = {"name": "Algemene dekkingsmiddelen",
       "lasten": {
           "0.5 Treasury": [1012, 1104, 1187, 1246, 1302, 1355],
           "0.61 OZB woningen": [512, 528, 546, 557, 568, 579],
           "0.62 OZB niet-woningen": [4, 4, 4, 4, 4, 4],
           "0.8 Overige baten en lasten": [286, 612, 874, 1346, 1718, 2050],
           "0.9 Vennootschapsbelasting": [8, 10, 10, 10, 10, 10],
       },
       "baten": {
           "0.5 Treasury": [1820, 1704, 1756, 1781, 1796, 1812],
           "0.61 OZB woningen": [5762, 5981, 6287, 6476, 6670, 6870],
           "0.62 OZB niet-woningen": [3204, 3318, 3462, 3566, 3673, 3783],
           "0.64 Belastingen overig": [72, 74, 76, 78, 80, 82],
           "0.7 Algemene uitkeringen en overige uitkeringen gemeentefonds": [75220, 78460, 80947, 80905, 82418, 83963],
           "0.8 Overige baten en lasten": [148, 90, 90, 90, 90, 90],
       },
       "toev": [0, 0, 0, 0, 0, 0],
       "ontt": [0, 0, 0, 0, 0, 0]}

PROGS = [("1", P1), ("2", P2), ("3", P3), ("4", P4), ("5", P5)]


def tot_l(p):
    return p["lasten_k"] if "lasten_k" in p else add(*p["lasten"].values())


def tot_b(p):
    return p["baten_k"] if "baten_k" in p else add(*p["baten"].values())


ALL = [P1, P2, P3, P4, P5, OVH, ADM]
TOTAL_L = add(*[tot_l(p) for p in ALL])
TOTAL_B = add(*[tot_b(p) for p in ALL])
SALDO_BL = [b - l for l, b in zip(TOTAL_L, TOTAL_B)]           # baten - lasten (negative = nadelig)
TOTAL_TOEV = add(*[p["toev"] for p in ALL])
TOTAL_ONTT = add(*[p["ontt"] for p in ALL])
RESULTAAT = [s - t + o for s, t, o in zip(SALDO_BL, TOTAL_TOEV, TOTAL_ONTT)]  # + = voordelig
RESULTAAT_2025_EXACT = 367842      # printed in the Inleiding (exact euros)
assert k(RESULTAAT_2025_EXACT) == RESULTAAT[2], RESULTAAT

for p in [P1, P2, P4, P5, OVH, ADM]:
    p["saldo"] = [b - l for l, b in zip(tot_l(p), tot_b(p))]
    p["result"] = [s - t + o for s, t, o in zip(p["saldo"], p["toev"], p["ontt"])]

# ---------------------------------------------------------------- reserves 2025 (x 1.000)
# (name, programme, stand 1-1-2025, toevoeging 2025, onttrekking 2025)
RESERVES = [
    ("Algemene reserve", "1", 16240, 0, 60),
    ("Reserve sociaal domein", "3", 4812, 0, 1036),
    ("Reserve onderwijshuisvesting", "3", 1920, 0, 350),
    ("Reserve grondexploitatie", "4", 2604, 184, 0),
    ("Reserve kapitaallasten riolering", "4", 3406, 0, 212),
    ("Reserve duurzaamheid en energietransitie", "4", 1150, 0, 405),
    ("Reserve dorpsvernieuwing Vriezenveen en Vroomshoop", "4", 2280, 336, 368),
    ("Reserve kapitaallasten sportaccommodaties", "5", 5620, 0, 255),
    ("Reserve economische impuls", "5", 880, 0, 200),
    ("Reserve woningbouwimpuls", "4", 1400, 0, 0),
    ("Reserve Twents Fonds voor Vakmanschap", "5", 310, 0, 0),
    ("Reserve frictiekosten organisatieontwikkeling", "1", 425, 0, 0),
]
RES_TOT = [sum(r[i] for r in RESERVES) for i in (2, 3, 4)]
RES_END = [r[2] + r[3] - r[4] for r in RESERVES]
assert RES_TOT[1] == TOTAL_TOEV[2] and RES_TOT[2] == TOTAL_ONTT[2], (RES_TOT, TOTAL_TOEV[2], TOTAL_ONTT[2])
for prog, p in [("1", P1), ("3", P3), ("4", P4), ("5", P5)]:
    assert sum(r[3] for r in RESERVES if r[1] == prog) == p["toev"][2], prog
    assert sum(r[4] for r in RESERVES if r[1] == prog) == p["ontt"][2], prog

# voorzieningen 2025 (x 1.000): name, stand 1-1, toevoeging, aanwending, stand 31-12
VOORZ = [
    ("Voorziening onderhoud gemeentelijke gebouwen", 3184, 812, 1096),
    ("Voorziening pensioenen voormalige wethouders", 2460, 118, 96),
    ("Voorziening egalisatie rioolheffing", 742, 0, 64),
    ("Voorziening egalisatie afvalstoffenheffing", 318, 0, 118),
]

# ---------------------------------------------------------------- investments (whole euros)
# (omschrijving, programma, 2025, 2026, 2027, 2028, afschrijvingstermijn)
INVEST = [
    ("Vervanging kunstgrasveld sportpark Het Midden, Vroomshoop", "5", 684000, 0, 0, 0, 12),
    ("Renovatie binnenzwembad Vriezenveen", "5", 2150000, 1200000, 0, 0, 25),
    ("Vervanging riolering Westeinde Vriezenveen", "4", 1340000, 980000, 0, 0, 60),
    ("Reconstructie Oranjestraat Vroomshoop", "4", 1125000, 0, 0, 0, 40),
    ("Vervanging openbare verlichting door led", "4", 412500, 412500, 412500, 412500, 20),
    ("Verduurzaming gemeentehuis Vriezenveen", "1", 860000, 0, 0, 0, 25),
    ("Fietspad Westerhaar - Sibculo", "4", 0, 740000, 0, 0, 30),
    ("Nieuwbouw Kindcentrum Den Ham", "3", 0, 5400000, 3600000, 0, 40),
    ("Vervanging tractie en materieel buitendienst", "4", 315000, 248000, 190000, 402000, 8),
    ("Vervanging ICT-infrastructuur en werkplekken", "1", 296000, 0, 0, 338000, 5),
]
INV_TOT = [sum(r[i] for r in INVEST) for i in (2, 3, 4, 5)]
INV_ROW = [sum(r[2:6]) for r in INVEST]

# ---------------------------------------------------------------- kerngegevens (years descending: 2024, 2023, 2022)
KERN = [
    ("Sociale structuur", None),
    ("Aantal inwoners (1 januari)", [34218, 34041, 33926]),
    ("waarvan 0 tot en met 17 jaar", [7412, 7438, 7466]),
    ("waarvan 65 jaar en ouder", [7689, 7521, 7347]),
    ("Aantal huishoudens", [14102, 13988, 13904]),
    ("Aantal bijstandsuitkeringen (Participatiewet)", [486, 471, 468]),
    ("Fysieke structuur", None),
    ("Oppervlakte gemeente (ha)", [15133, 15133, 15133]),
    ("Aantal woningen", [14812, 14690, 14583]),
    ("Lengte wegen (km)", [618, 615, 612]),
    ("Aantal lantaarnpalen", [6944, 6921, 6903]),
]

# ---------------------------------------------------------------- lokale heffingen
OZB = [  # (omschrijving, tarief 2024 %, tarief 2025 %)
    ("Woningen - eigenaren", "0,1067", "0,1049"),
    ("Niet-woningen - eigenaren", "0,2178", "0,2231"),
    ("Niet-woningen - gebruikers", "0,1702", "0,1744"),
]
TARIEF = [  # (heffing, omschrijving, 2024, 2025) in euros with 2 decimals
    ("Afvalstoffenheffing", "Vastrecht per huishouden", 186.60, 201.36),
    ("Afvalstoffenheffing", "Per lediging restafvalcontainer 140 liter", 7.20, 7.65),
    ("Afvalstoffenheffing", "Per lediging restafvalcontainer 240 liter", 12.35, 13.10),
    ("Afvalstoffenheffing", "Per inworp ondergrondse container (60 liter)", 1.45, 1.55),
    ("Rioolheffing", "Per aansluiting (eigenaar)", 268.44, 279.12),
    ("Rioolheffing", "Per aansluiting bedrijven boven 500 m3 waterverbruik, per 100 m3", 38.10, 39.60),
    ("Toeristenbelasting", "Per persoon per overnachting", 1.60, 1.70),
]
WOZ_GEM = {"2024": 276000, "2025": 287000}
LEDIGINGEN = 10  # 240 liter container, assumed in the woonlasten table


def woonlasten(year):
    i = 0 if year == "2024" else 1
    ozb_pct = float(OZB[0][1 + i].replace(",", "."))
    ozb = float(rhu(WOZ_GEM[year] * ozb_pct / 100, 2))
    afval = float(rhu(TARIEF[0][2 + i] + LEDIGINGEN * TARIEF[2][2 + i], 2))
    riool = TARIEF[4][2 + i]
    return ozb, afval, riool, float(rhu(ozb + afval + riool, 2))


WL24 = woonlasten("2024")
WL25 = woonlasten("2025")
WL_STIJGING_PCT = float(rhu((WL25[3] - WL24[3]) / WL24[3] * 100, 1))

OPBRENGST = [  # x 1.000: heffing, begroting 2024, begroting 2025
    ("Onroerendezaakbelasting woningen", 5981, 6287),
    ("Onroerendezaakbelasting niet-woningen", 3318, 3462),
    ("Afvalstoffenheffing", 3690, 3941),
    ("Rioolheffing", 3528, 3598),
    ("Toeristenbelasting", 74, 76),
    ("Lijkbezorgingsrechten", 560, 583),
    ("Leges omgevingsvergunningen", 820, 862),
    ("Leges burgerzaken (reisdocumenten, rijbewijzen)", 410, 438),
]
OPB_TOT = [sum(r[1] for r in OPBRENGST), sum(r[2] for r in OPBRENGST)]
assert OPBRENGST[0][2] == ADM["baten"]["0.61 OZB woningen"][2]
assert OPBRENGST[1][2] == ADM["baten"]["0.62 OZB niet-woningen"][2]

# kostendekkendheid 2025 (whole euros)
KD = {
    "Afvalstoffenheffing": {"lasten": 3512000, "overhead": 214600, "btw": 486300, "kwijt": 58400, "straat": 0,
                            "overige_baten": 125000, "heffing": 3941000},
    "Rioolheffing": {"lasten": 2893000, "overhead": 312400, "btw": 498300, "kwijt": 41900, "straat": 96500,
                     "overige_baten": 176000, "heffing": 3598000},
}
for v in KD.values():
    v["totaal"] = v["lasten"] + v["overhead"] + v["btw"] + v["kwijt"] + v["straat"]
    v["netto"] = v["totaal"] - v["overige_baten"]
    v["pct"] = float(rhu(v["heffing"] / v["netto"] * 100, 1))
    assert v["pct"] <= 100.0, v

KWIJT_AANTAL_2023 = 612
KWIJT_BEDRAG_2023 = 241380

# ---------------------------------------------------------------- weerstandsvermogen (x 1.000)
W_CAP = [
    ("Vrij besteedbaar deel algemene reserve", 12940),
    ("Onbenutte belastingcapaciteit OZB", 3186),
    ("Post onvoorzien (begroting 2025)", 100),
]
W_CAP_TOT = sum(v for _, v in W_CAP)
W_RISK = [  # risico, maximaal financieel gevolg, kans %
    ("Open-einde regelingen jeugdhulp en Wmo", 3500, 50),
    ("Herijking gemeentefonds en opschalingskorting vanaf 2026", 4000, 50),
    ("Grondexploitaties: vertraging in de verkoop van woningbouwkavels", 2200, 30),
    ("Garantstellingen en geldleningen aan sport- en maatschappelijke verenigingen", 1850, 10),
    ("Financiële tekorten bij verbonden partijen", 1200, 30),
    ("Cyberincident en uitval van ICT-systemen", 600, 30),
    ("Loon- en prijsstijgingen boven de geraamde indexatie", 1400, 50),
    ("Aansprakelijkheidsstellingen en juridische procedures", 500, 30),
    ("Overige risico's", 716, 30),
]
W_RISK_ROWS = [(n, m, p, int(rhu(m * p / 100))) for n, m, p in W_RISK]
W_NEED = sum(r[3] for r in W_RISK_ROWS)
W_RATIO = float(rhu(W_CAP_TOT / W_NEED, 1))

KENGETALLEN = [  # label, values (R2023, B2024, B2025, 2026, 2027, 2028) in percent
    ("Netto schuldquote", [38.2, 44.6, 51.3, 56.8, 58.1, 57.4]),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", [35.9, 42.1, 48.7, 54.3, 55.7, 55.1]),
    ("Solvabiliteitsratio", [31.4, 29.8, 27.6, 26.1, 25.4, 25.9]),
    ("Structurele exploitatieruimte", [1.2, -0.6, 0.4, -0.9, -0.3, 0.2]),
    ("Grondexploitatie", [6.8, 5.9, 5.1, 4.4, 3.6, 3.0]),
    ("Belastingcapaciteit", [92.4, 93.1, 94.0, 94.0, 94.0, 94.0]),
]

# ---------------------------------------------------------------- verbonden partijen (whole euros)
# the RBL 2025 contribution is taken from the RBL data (same number as in the RBL begroting 2026)
import data_rbl  # noqa: E402

VERBONDEN = [  # naam, programma, bijdrage 2024, bijdrage 2025, footnote
    ("Regio Twente (inclusief GGD Twente)", "3", 1684220, 1772905, 1),
    ("Veiligheidsregio Twente", "2", 2102480, 2233615, None),
    ("Omgevingsdienst Twente", "4", 1061300, 1128460, None),
    ("Soweco N.V. (uitvoering Wsw en beschut werk)", "3", 5304115, 5412890, 2),
    ("Regionaal Bureau Leerplicht Noord-Twente", "3", 335918, data_rbl.BIJDRAGE_2025["Twenterand"], 3),
    ("Bank Nederlandse Gemeenten N.V.", "ADM", None, None, 4),
    ("Vitens N.V.", "ADM", None, None, 4),
]
JGZ_2025 = 618400

# ---------------------------------------------------------------- indicators (BBV) - Twenterand vs Nederland
IND_P1 = [("Formatie (fte per 1.000 inwoners)", "7,4", "-", "2025", "Eigen begroting"),
          ("Apparaatskosten (kosten per inwoner)", "€ 812", "-", "2025", "Eigen begroting"),
          ("Externe inhuur (% van loonsom + inhuur)", "11,8%", "-", "2025", "Eigen begroting"),
          ("Overhead (% van totale lasten)", "14,3%", "-", "2025", "Eigen begroting")]
IND_P3 = [("Personen met een bijstandsuitkering (per 10.000 inwoners 18+)", "198,4", "362,1", "2023", "CBS"),
          ("Jongeren met jeugdhulp (% van alle jongeren tot 18 jaar)", "12,6%", "10,1%", "2023", "CBS"),
          ("Cliënten met een maatwerkarrangement Wmo (per 10.000 inwoners)", "784", "690", "2023", "CBS"),
          ("Werkloze jongeren (16 t/m 22 jaar, %)", "1,3%", "2,0%", "2022", "Verwey-Jonker"),
          ("Absoluut verzuim (per 1.000 leerlingen)", "1,6", "2,1", "2023", "DUO")]
IND_P4 = [("Omvang huishoudelijk restafval (kg per inwoner)", "96", "162", "2023", "CBS"),
          ("Nieuw gebouwde woningen (per 1.000 woningen)", "9,8", "8,6", "2023", "BAG"),
          ("Hernieuwbare elektriciteit (%)", "31,4%", "39,8%", "2023", "Klimaatmonitor")]
IND_P2 = [("Verwijzingen Halt (per 10.000 jongeren 12-17 jaar)", "88", "117", "2023", "Bureau Halt"),
          ("Winkeldiefstallen (per 1.000 inwoners)", "0,9", "2,1", "2023", "CBS"),
          ("Vernielingen en beschadigingen (per 1.000 inwoners)", "3,7", "4,6", "2023", "CBS")]
IND_P5 = [("Functiemenging (%)", "46,2%", "53,9%", "2023", "LISA"),
          ("Vestigingen (per 1.000 inwoners 15-74 jaar)", "141,8", "163,4", "2023", "LISA"),
          ("Niet-sporters (% inwoners 19 jaar en ouder)", "53,8%", "49,3%", "2022", "RIVM")]

# ---------------------------------------------------------------- prose figures (whole euros / counts)
PROSE = {
    "bijdrage_kindcentrum_vlinder": 2450000,      # one-off contribution in 4.2 (2025)
    "cofin_schoolbestuur": 1450000,
    "snelle_route_werkdagen": 10,
    "wmo_tariefstijging_pct": "4,2%",
    "extra_jongerenwerkers_fte": "2,0",
    "jongerenwerk_budget": 168000,
    "schuldhulp_aanmeldingen_2023": 214,
    "schuldhulp_doel_2025": 260,
    "gladheid_budget": 286500,
    "boa_extra": 124000,
    "woningbouw_doel_2025": 185,
    "sportakkoord_budget": 95000,
    "ondernemersfonds": 86000,
}
