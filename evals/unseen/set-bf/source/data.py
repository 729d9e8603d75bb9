"""All figures of the two FICTIONAL documents of set-bf, in one place, asserted to add up.

- Gemeente Twenterand, Programmabegroting 2023, programma Sociaal Domein (made-up figures; structure after the real
  Programmabegroting 2020 of /work/main/corpus).  Amounts in whole euros.
- Avalex, Begroting 2025 en meerjarenraming 2026-2028 (made-up figures).  Programme tables in thousands of euros with
  one decimal, the contributions per member in whole euros.

Run `python data.py` to check the sums; `python data.py --json FILE` writes the Avalex data for gen_avalex.js.
"""
from __future__ import annotations

import json
import sys

# ============================================================================================== Twenterand 2023
T_FILE = "twenterand-programmabegroting-2023-sociaal-domein.pdf"
T_ID = "twenterand-programmabegroting-2023-sociaal-domein"
T_BODY = "Twenterand"
T_TITLE = "Programmabegroting 2023, programma Sociaal Domein"
T_COLS = ["R 2021", "B 2022", "B 2023", "MJR 2024", "MJR 2025", "MJR 2026"]
T_COL_LEGEND = {"R 2021": "Rekening 2021", "B 2022": "Begroting 2022 (na wijziging)", "B 2023": "Begroting 2023",
                "MJR 2024": "Meerjarenraming 2024", "MJR 2025": "Meerjarenraming 2025",
                "MJR 2026": "Meerjarenraming 2026"}

T_DOELEN = ["Sociale zaken", "Maatschappelijke ondersteuning", "Gezondheidszorg", "Onderwijs", "Jeugd"]
T_LASTEN = {
    "Sociale zaken":                  [20412338, 21086905, 21954170, 21708442, 21522613, 21391006],
    "Maatschappelijke ondersteuning": [12884127, 13402551, 14118390, 14260718, 14395002, 14487331],
    "Gezondheidszorg":                [2311406, 2402718, 2486953, 2501260, 2519874, 2533118],
    "Onderwijs":                      [4603285, 4711092, 4858640, 5912407, 4902115, 4915770],
    "Jeugd":                          [17934512, 18506263, 19277815, 19104388, 18951260, 18840019],
}
T_BATEN = {  # positive here; printed as "-/- 15.120.774"
    "Sociale zaken":                  [15120774, 15632018, 16048205, 15902311, 15774600, 15660145],
    "Maatschappelijke ondersteuning": [402115, 398560, 411300, 411300, 411300, 411300],
    "Gezondheidszorg":                [0, 0, 0, 0, 0, 0],
    "Onderwijs":                      [351900, 348214, 362480, 362480, 362480, 362480],
    "Jeugd":                          [2904366, 2866000, 2866000, 2866000, 2866000, 2866000],
}
T_TOT_LASTEN = [sum(T_LASTEN[d][i] for d in T_DOELEN) for i in range(6)]
T_TOT_BATEN = [sum(T_BATEN[d][i] for d in T_DOELEN) for i in range(6)]
T_SALDO = [T_TOT_LASTEN[i] - T_TOT_BATEN[i] for i in range(6)]   # nadelig saldo, printed positive
# mutaties reserves (negative = per saldo onttrekking, as in the 2020 seed); 2026 excludes a PM item
T_MUT = [-1204613, -2011450, -1386200, -412000, -305000, 0]
T_RESULT = [T_SALDO[i] + T_MUT[i] for i in range(6)]

# Reserves table: B 2023 .. MJR 2026 (4 columns); None = "PM"
T_RES_COLS = ["B 2023", "MJR 2024", "MJR 2025", "MJR 2026"]
T_RES_TOEV = {"Reserve sociaal domein": [150000, 0, 0, 0]}
T_RES_ONTTR = {
    "Reserve sociaal domein": [900000, 300000, 200000, None],
    "Egalisatiereserve Wmo": [250000, 0, 0, 0],
    "Reserve armoedebestrijding": [386200, 112000, 105000, 0],
}
def _s(vals):
    return sum(v for v in vals if v is not None)
T_RES_TOEV_TOT = [_s([T_RES_TOEV[r][i] for r in T_RES_TOEV]) for i in range(4)]
T_RES_ONTTR_TOT = [_s([T_RES_ONTTR[r][i] for r in T_RES_ONTTR]) for i in range(4)]
T_RES_NET = [T_RES_TOEV_TOT[i] - T_RES_ONTTR_TOT[i] for i in range(4)]

# Taakvelden, Begroting 2023, lasten and baten in whole euros, with a short Toelichting
T_TAAKVELDEN = [  # (code, naam, lasten, baten, toelichting)
    ("0.4", "Overhead", 2430185, 0, "toegerekende apparaatskosten"),
    ("4.1", "Openbaar basisonderwijs", 196430, 24800, "huur en onderhoud"),
    ("4.2", "Onderwijshuisvesting", 2187905, 121680, "kapitaallasten scholen"),
    ("4.3", "Onderwijsbeleid en leerlingzaken", 1764512, 216000, "leerlingenvervoer, VVE"),
    ("6.1", "Samenkracht en burgerparticipatie", 3902644, 88400, "welzijn, mantelzorg"),
    ("6.2", "Toegang en eerstelijnsvoorzieningen", 4210388, 0, "sociaal team, CJG"),
    ("6.3", "Inkomensregelingen", 17940260, 14287005, "bijstand, BUIG"),
    ("6.4", "WSW en beschut werk", 3514870, 0, "Soweco"),
    ("6.5", "Arbeidsparticipatie", 1087215, 240000, "re-integratie"),
    ("6.6", "Maatwerkvoorzieningen (Wmo)", 1318440, 36100, "hulpmiddelen, woningaanpassing"),
    ("6.71", "Maatwerkdienstverlening 18+", 7864512, 286800, "begeleiding, hulp bij het huishouden"),
    ("6.72", "Maatwerkdienstverlening 18-", 12402630, 1200000, "jeugdhulp Twents model"),
    ("6.81", "Geëscaleerde zorg 18+", 1145820, 0, "beschermd wonen, opvang"),
    ("6.82", "Geëscaleerde zorg 18-", 1538450, 236200, "jeugdbescherming, -reclassering"),
    ("7.1", "Volksgezondheid", None, 0, "GGD, preventie"),  # remainder, computed below
]
_known = sum(t[2] for t in T_TAAKVELDEN if t[2] is not None)
T_TAAKVELDEN[-1] = ("7.1", "Volksgezondheid", T_TOT_LASTEN[2] - _known, 0, "GGD, preventie")
_known_b = sum(t[3] for t in T_TAAKVELDEN[:-1])
# baten of the taakvelden must add up to the programme baten: put the rest on 6.3
assert T_TAAKVELDEN[6][0] == "6.3"
_rest_b = T_TOT_BATEN[2] - (_known_b - T_TAAKVELDEN[6][3])
T_TAAKVELDEN[6] = ("6.3", "Inkomensregelingen", T_TAAKVELDEN[6][2], _rest_b, "bijstand, BUIG")
T_TV_LASTEN_TOT = sum(t[2] for t in T_TAAKVELDEN)
T_TV_BATEN_TOT = sum(t[3] for t in T_TAAKVELDEN)

# Beleidsindicatoren (verplicht, BBV): value with its year in the cell
T_IND = {  # doelenboom -> [(indicator, eenheid, twenterand, nederland, jaar, bron)]
    "Sociale zaken": [
        ("Personen met een bijstandsuitkering", "per 10.000 inw. 18 jr e.o.", "318,4", "372,0", 2021, "CBS"),
        ("Lopende re-integratievoorzieningen", "per 10.000 inw. 15-74 jr", "186,2", "198,5", 2021, "CBS"),
        ("Banen", "per 1.000 inw. 15-64 jr", "702,1", "802,6", 2020, "LISA"),
        ("Kinderen in uitkeringsgezin", "%", "4,8", "5,9", 2020, "Verwey-Jonker"),
        ("Werkloze jongeren", "%", "1,2", "2,1", 2020, "Verwey-Jonker"),
    ],
    "Maatschappelijke ondersteuning": [
        ("Wmo-cliënten met een maatwerkarrangement", "per 10.000 inw.", "812", "640", 2021, "GMSD"),
    ],
    "Jeugd": [
        ("Jongeren met jeugdhulp", "% van 0-18 jr", "13,9", "12,4", 2021, "CBS"),
        ("Jongeren met jeugdbescherming", "% van 0-18 jr", "1,4", "1,0", 2021, "CBS"),
        ("Jongeren met jeugdreclassering", "% van 12-22 jr", "0,2", "0,3", 2021, "CBS"),
    ],
}
# Metingen (local): columns as in the 2020 seed, newest first
T_MET_COLS = ["B 2023", "B 2022", "2021", "2020", "Bron"]
T_MET = {
    "Sociale zaken": [
        ("Aantal uitkeringsgerechtigden (Participatiewet)", ["505", "470", "498", "472", "CIV"]),
        ("Aantal activeringstrajecten", ["420", "400", "395", "352", "CIV"]),
        ("Aantal taakstelling vergunninghouders", ["41", "36", "33", "27", "COA"]),
        ("Aantal aanvragen bijzondere bijstand", ["560", "510", "537", "489", "CIV"]),
        ("Aantal personen met Meedoenregeling", ["520", "450", "486", "402", "CIV"]),
        ("Aantal kinderen schoolpakket", ["110", "95", "101", "88", "Interne systemen"]),
        ("Aantal huishoudens met energietoeslag", ["-", "2.150", "1.984", "-", "CIV"]),
    ],
    "Maatschappelijke ondersteuning": [
        ("Toegekende maatwerkvoorzieningen totaal", ["4.105", "3.960", "3.912", "3.744", "Interne systemen"]),
        ("Mantelzorgers met waardebon", ["720", "700", "714", "688", "Stichting Evenmens"]),
        ("Verzekerden collectieve zorgverzekering", ["1.390", "1.410", "1.402", "1.436", "Menzis"]),
    ],
    "Jeugd": [
        ("Totaal aantal jeugdigen met jeugdhulp", ["1.240", "1.195", "1.212", "1.148", "Interne systemen"]),
        ("Aantal bezoekers CJG Loket", ["95", "90", "87", "71", "SZT"]),
        ("Aantal jongeren gemeld in zorgnetwerk", ["80", "75", "69", "62", "SZT"]),
    ],
}

# Key figures on page 1 (rounded, in € miljoen with one decimal)
def mln1(v: int) -> str:
    s = f"{v / 1e6:.1f}".replace(".", ",")
    return s

# ================================================================================================ Avalex 2025
A_FILE = "avalex-begroting-2025.pdf"
A_ID = "avalex-begroting-2025"
A_BODY = "Avalex"
A_TITLE = "Begroting 2025 en meerjarenraming 2026-2028"
A_COLS = ["Rek. 2023", "Begr. 2024", "Begr. 2025", "Raming 2026", "Raming 2027", "Raming 2028"]

# Products: lasten and baten in units of € 100 (so that x € 1.000 with one decimal is exact)
A_PRODUCTS = [  # name, lasten 6 cols, baten 6 cols   (units: € 100)
    ("Huishoudelijk restafval", [203418, 210962, 218463, 221907, 224150, 226812], [2880, 3010, 3120, 3120, 3120, 3120]),
    ("GFT", [61044, 65280, 69187, 70540, 71806, 72930], [0, 0, 0, 0, 0, 0]),
    ("Papier en karton", [48102, 50316, 52049, 52880, 53611, 54120], [39210, 36114, 35864, 35864, 35864, 35864]),
    ("Glas", [13205, 13744, 14026, 14240, 14402, 14588], [10652, 10980, 11182, 11182, 11182, 11182]),
    ("Textiel", [4410, 4705, 4863, 4940, 5012, 5080], [2406, 2150, 2125, 2125, 2125, 2125]),
    ("Grofvuil", [28530, 29804, 30578, 31002, 31460, 31877], [5812, 5960, 6089, 6150, 6210, 6270]),
    ("Milieustraten", [62210, 65108, 67335, 68402, 69390, 70318], [11840, 12200, 12460, 12580, 12700, 12820]),
    ("Bedrijfsafval", [45602, 47820, 49124, 49880, 50612, 51340], [50966, 52810, 54068, 54900, 55730, 56570]),
    ("Overhead", [92140, 95012, 98112, 99508, 100930, 102260], [0, 0, 0, 0, 0, 0]),
]
A_LASTEN_TOT = [sum(p[1][i] for p in A_PRODUCTS) for i in range(6)]
A_BATEN_TOT = [sum(p[2][i] for p in A_PRODUCTS) for i in range(6)]
A_SALDO_VOOR = [A_BATEN_TOT[i] - A_LASTEN_TOT[i] for i in range(6)]  # negative
A_TOEV = [1800, 1800, 1800, 1800, 1800, 1800]      # toevoeging bestemmingsreserve duurzaam materieel
A_ONTTR = [3100, 6250, 4500, 2000, 0, 0]           # onttrekking egalisatiereserve tarieven
A_RES_NET = [A_ONTTR[i] - A_TOEV[i] for i in range(6)]  # positive = per saldo onttrekking
# bijdragen deelnemers: cover the rest, resultaat 0 in begroting; rekening 2023 had a positive result
A_RESULT = [4126, 0, 0, 0, 0, 0]
A_BIJDR_TOT = [-(A_SALDO_VOOR[i] + A_RES_NET[i]) + A_RESULT[i] for i in range(6)]
for _i in range(6):
    assert A_SALDO_VOOR[_i] + A_BIJDR_TOT[_i] + A_RES_NET[_i] == A_RESULT[_i]
A_KDG_2025 = None  # computed below

# Bijdrage per gemeente 2025 (euros) — must add up to A_BIJDR_TOT[2] * 100
A_MEMBERS = [  # name, inwoners 1-1-2024, huishoudens, aansluitingen, weight
    ("Delft", 105870, 58940, 61212),
    ("Leidschendam-Voorburg", 78412, 37105, 38466),
    ("Midden-Delfland", 19853, 8112, 8590),
    ("Pijnacker-Nootdorp", 56725, 22418, 23307),
    ("Rijswijk", 58246, 28830, 29954),
    ("Wassenaar", 27113, 11842, 12406),
]
A_BIJDR_2025 = {
    "Delft": 15819880,
    "Leidschendam-Voorburg": 10656310,
    "Midden-Delfland": 2546420,
    "Pijnacker-Nootdorp": 6470115,
    "Rijswijk": 7908420,
}
A_BIJDR_2025["Wassenaar"] = A_BIJDR_TOT[2] * 100 - sum(A_BIJDR_2025.values())
A_BIJDR_2024 = {  # begroting 2024 na wijziging (euros), for the comparison column; sum = A_BIJDR_TOT[1]*100
    "Delft": 15121460,
    "Leidschendam-Voorburg": 10190220,
    "Midden-Delfland": 2431885,
    "Pijnacker-Nootdorp": 6185770,
    "Rijswijk": 7561300,
}
A_BIJDR_2024["Wassenaar"] = A_BIJDR_TOT[1] * 100 - sum(A_BIJDR_2024.values())
A_PER_HH = {m[0]: round(A_BIJDR_2025[m[0]] / m[2], 2) for m in A_MEMBERS}
A_INW_TOT = sum(m[1] for m in A_MEMBERS)
A_HH_TOT = sum(m[2] for m in A_MEMBERS)
A_AANSL_TOT = sum(m[3] for m in A_MEMBERS)
A_PER_HH_TOT = round(A_BIJDR_TOT[2] * 100 / A_HH_TOT, 2)

# Tonnages (ton): realisatie 2023, begroting 2024, begroting 2025
A_TON_COLS = ["Realisatie 2023", "Begroting 2024", "Begroting 2025"]
A_TON_REST = [("Huishoudelijk restafval", [96412, 94300, 92150])]
A_TON_GESCH = [
    ("GFT", [31250, 32000, 32850]),
    ("Papier en karton", [21118, 21400, 21640]),
    ("Glas", [9604, 9700, 9810]),
    ("Textiel", [1912, 2050, 2110]),
    ("Grofvuil (gescheiden)", [8322, 8400, 8460]),
    ("Milieustraten overig", [11480, 11600, 11720]),
]
A_TON_GROF_REST = [6004, 5600, 5340]   # grofvuil rest (counts as restafval)
A_TON_REST_TOT = [A_TON_REST[0][1][i] + A_TON_GROF_REST[i] for i in range(3)]
A_TON_GESCH_TOT = [sum(r[1][i] for r in A_TON_GESCH) for i in range(3)]
A_TON_TOT = [A_TON_REST_TOT[i] + A_TON_GESCH_TOT[i] for i in range(3)]
A_SCHEIDING = [round(100 * A_TON_GESCH_TOT[i] / A_TON_TOT[i], 1) for i in range(3)]
A_INW_YEARS = [342810, 344900, A_INW_TOT]    # inwoners used per year (1-1 of the year before)
A_KG_REST = [round(1000 * A_TON_REST[0][1][i] / A_INW_YEARS[i]) for i in range(3)]
# Quarterly 2025 for restafval and GFT (ton)
A_KW = {
    "Huishoudelijk restafval": [22640, 23310, 23180, 23020],
    "GFT": [7120, 9460, 9030, 7240],
}
assert sum(A_KW["Huishoudelijk restafval"]) == A_TON_REST[0][1][2]
assert sum(A_KW["GFT"]) == A_TON_GESCH[0][1][2]

# Personeel (fte) and inhuur (x € 1.000, one decimal: units of € 100)
A_FTE_COLS = ["Realisatie 2023", "Begroting 2024", "Begroting 2025"]
A_FTE = [
    ("Inzameling (chauffeurs en beladers)", [241.6, 246.0, 249.5]),
    ("Milieustraten", [38.4, 40.0, 41.0]),
    ("Werkplaats en logistiek", [21.0, 21.5, 22.0]),
    ("Staf en ondersteuning", [58.2, 60.3, 61.8]),
]
A_FTE_TOT = [round(sum(r[1][i] for r in A_FTE), 1) for i in range(3)]
A_INHUUR = [48620, 41500, 36250]  # units of € 100 → 4.862,0 / 4.150,0 / 3.625,0
A_INHUUR_PCT = [None, None, None]

# Investeringen 2025: vuilniswagens and more (bedrag in euros)
A_INV = [  # omschrijving, aantal, bedrag, termijn jaren
    ("Zijladers restafval/GFT", 6, 2358000, 8),
    ("Elektrische zijladers", 2, 1196000, 10),
    ("Achterladers", 3, 951000, 8),
    ("Kraakperswagens grofvuil", 2, 486000, 10),
    ("Haakarmwagen milieustraat", 1, 214000, 10),
]
A_INV_VW = [r for r in A_INV if "milieustraat" not in r[0]]   # vuilniswagens
A_INV_VW_AANTAL = sum(r[1] for r in A_INV_VW)
A_INV_VW_BEDRAG = sum(r[2] for r in A_INV_VW)
A_INV_TOT = sum(r[2] for r in A_INV)
A_INV_AFSCHR = {r[0]: round(r[2] / r[3]) for r in A_INV}   # jaarlijkse afschrijving (lineair)

# Reserves and voorzieningen 2025 (units of € 100)
A_RES = [  # name, stand 1-1-2025, toevoeging, onttrekking
    ("Algemene reserve", 21000, 0, 0),
    ("Egalisatiereserve tarieven", 9850, 0, A_ONTTR[2]),
    ("Bestemmingsreserve duurzaam materieel", 6200, A_TOEV[2], 0),
]
A_VZ = [
    ("Voorziening groot onderhoud huisvesting", 8124, 1400, 956),
    ("Voorziening WW en ontslagvergoedingen", 2100, 0, 600),
]
def _end(r):
    return r[1] + r[2] - r[3]

# Weerstandsvermogen
A_RISICO = [  # risico, kans %, effect (€), benodigd (units € 100) = kans * effect
    ("Krapte chauffeurs, hogere inhuur", 50, 1400000),
    ("Lagere opbrengst oud papier", 50, 900000),
    ("Stijging verbrandingstarief", 25, 1600000),
    ("Uitval voertuigen, extra huur", 30, 700000),
    ("Schade en aansprakelijkheid", 10, 500000),
]
A_RISICO_BEN = [round(k * e / 100) for _, k, e in A_RISICO]
A_BENODIGD = sum(A_RISICO_BEN)
A_BESCHIKBAAR = A_RES[0][1] * 100 + 250000   # algemene reserve + post onvoorzien € 250.000
A_RATIO = round(A_BESCHIKBAAR / A_BENODIGD, 2)

# Kengetallen (percentages as printed)
A_KENG = [  # name, R 2023, B 2024, B 2025, toelichting
    ("Netto schuldquote", "44,8%", "41,2%", "38,9%", "daalt door aflossing"),
    ("Netto schuldquote gecorrigeerd", "44,8%", "41,2%", "38,9%", "geen verstrekte leningen"),
    ("Solvabiliteitsratio", "8,6%", "9,4%", "10,1%", "eigen vermogen groeit"),
    ("Structurele exploitatieruimte", "0,7%", "0,0%", "0,0%", "sluitende begroting"),
]

# Verbrandingsbelasting and key prose figures
A_VERBRANDING = "€ 41,10"   # per ton 2025 (rijksbelasting), prose


def check() -> None:
    # Twenterand
    assert T_TV_LASTEN_TOT == T_TOT_LASTEN[2], (T_TV_LASTEN_TOT, T_TOT_LASTEN[2])
    assert T_TV_BATEN_TOT == T_TOT_BATEN[2]
    assert all(t[2] > 0 for t in T_TAAKVELDEN)
    assert T_TAAKVELDEN[6][3] > 0
    assert T_RES_NET == T_MUT[2:], (T_RES_NET, T_MUT)
    for i in range(6):
        assert T_RESULT[i] == T_TOT_LASTEN[i] - T_TOT_BATEN[i] + T_MUT[i]
    # Avalex
    assert sum(A_BIJDR_2025.values()) == A_BIJDR_TOT[2] * 100
    assert sum(A_BIJDR_2024.values()) == A_BIJDR_TOT[1] * 100
    assert 3_900_000 < A_BIJDR_2025["Wassenaar"] < 4_600_000, A_BIJDR_2025["Wassenaar"]
    assert 3_600_000 < A_BIJDR_2024["Wassenaar"] < 4_400_000, A_BIJDR_2024["Wassenaar"]
    for r in A_RES + A_VZ:
        assert _end(r) >= 0
    assert abs(A_RATIO - 1.5) < 0.6, A_RATIO
    assert A_FTE_TOT[2] == round(249.5 + 41.0 + 22.0 + 61.8, 1)


check()

if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--json":
        out = {k: v for k, v in globals().items() if k.startswith("A_") and not callable(v)}
        out["A_RES_END"] = [_end(r) for r in A_RES]
        out["A_VZ_END"] = [_end(r) for r in A_VZ]
        with open(sys.argv[2], "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
    print("Twenterand lasten", T_TOT_LASTEN, "baten", T_TOT_BATEN, "saldo", T_SALDO, "result", T_RESULT)
    print("taakvelden", T_TAAKVELDEN[-1], T_TAAKVELDEN[6])
    print("Avalex lasten", A_LASTEN_TOT, "baten", A_BATEN_TOT, "bijdr", A_BIJDR_TOT)
    print("bijdr 2025", A_BIJDR_2025, "2024", A_BIJDR_2024)
    print("per hh", A_PER_HH, A_PER_HH_TOT, "inw", A_INW_TOT)
    print("ton", A_TON_TOT, A_SCHEIDING, A_KG_REST, "fte", A_FTE_TOT)
    print("inv", A_INV_VW_AANTAL, A_INV_VW_BEDRAG, A_INV_TOT, "ratio", A_RATIO, A_BENODIGD, A_BESCHIKBAAR)
