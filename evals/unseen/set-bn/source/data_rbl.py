"""FICTIONAL data for 'Regionaal Bureau Leerplicht Noord-Twente - Begroting 2026' (set-bn).

The body and every amount, count and percentage are made up. Totals are computed.
Main tables in whole euros; the meerjarenraming in x EUR 1.000.
"""
from common import k, rhu

NAME = "Regionaal Bureau Leerplicht Noord-Twente"
SHORT = "RBL Noord-Twente"
GEMEENTEN = ["Almelo", "Dinkelland", "Hellendoorn", "Tubbergen", "Twenterand", "Wierden"]

# leerplichtigen 5 t/m 17 jaar, peildatum 1 oktober (basis for the bijdrage of the year after next)
LEERPL_2023 = {"Almelo": 11906, "Dinkelland": 4351, "Hellendoorn": 6102, "Tubbergen": 4012,
               "Twenterand": 5931, "Wierden": 4745}        # -> bijdrage 2025
LEERPL_2024 = {"Almelo": 11842, "Dinkelland": 4316, "Hellendoorn": 6127, "Tubbergen": 3985,
               "Twenterand": 5904, "Wierden": 4788}        # -> bijdrage 2026
TOT_LEERPL_2023 = sum(LEERPL_2023.values())
TOT_LEERPL_2024 = sum(LEERPL_2024.values())

# ------------------------------------------------ lasten naar kostensoort: Rekening 2024, Begroting 2025, Begroting 2026
KOSTEN = [
    ("Salarissen en sociale lasten", [1912406, 2008300, 2121800]),
    ("Inhuur derden", [118455, 60000, 25000]),
    ("Opleiding en training", [28912, 32000, 34500]),
    ("Huisvesting (huur kantoor Almelo)", [96204, 99100, 103200]),
    ("ICT en applicaties (verzuimregistratie)", [84630, 92400, 118900]),
    ("Reis- en verblijfkosten", [19870, 21000, 21500]),
    ("Overige bedrijfskosten", [61025, 58800, 60650]),
    ("Kapitaallasten", [14310, 18200, 22600]),
    ("Onvoorzien", [0, 15000, 15000]),
]
LASTEN = [sum(r[1][i] for r in KOSTEN) for i in range(3)]

RMC_RIJK = [286400, 291700, 314200]        # regionale middelen vsv via contactgemeente Almelo
OVERIGE_BATEN = [31208, 12000, 12000]
ONTTR_RES = [0, 0, 25000]                  # bestemmingsreserve digitalisering
BIJDRAGE_TOT = [2096505, None, None]
for i in (1, 2):                           # begroting is sluitend: bijdrage = lasten - other baten - onttrekking
    BIJDRAGE_TOT[i] = LASTEN[i] - RMC_RIJK[i] - OVERIGE_BATEN[i] - ONTTR_RES[i]
BATEN = [BIJDRAGE_TOT[i] + RMC_RIJK[i] + OVERIGE_BATEN[i] for i in range(3)]
RESULT = [BATEN[i] + ONTTR_RES[i] - LASTEN[i] for i in range(3)]
assert RESULT[1] == 0 and RESULT[2] == 0 and RESULT[0] > 0

# lasten per taak (Rekening 2024, Begroting 2025, Begroting 2026)
TAAK = [
    ("Leerplicht (handhaving Leerplichtwet 1969)", [1499615, 1541900, 1612400]),
    ("RMC-functie en voortijdig schoolverlaten", [508940, 521600, None]),
    ("Overhead", [327257, 326300, 347500]),
    ("Onvoorzien", [0, 15000, 15000]),
]
TAAK[1][1][2] = LASTEN[2] - 1612400 - 347500 - 15000
for i in range(3):
    assert sum(t[1][i] for t in TAAK) == LASTEN[i], i


def verdeel(total, counts):
    """Largest-remainder apportionment of total over counts (whole euros)."""
    tot = sum(counts.values())
    raw = {g: total * c / tot for g, c in counts.items()}
    out = {g: int(v) for g, v in raw.items()}
    rest = total - sum(out.values())
    for g in sorted(raw, key=lambda g: raw[g] - int(raw[g]), reverse=True)[:rest]:
        out[g] += 1
    assert sum(out.values()) == total
    return out


BIJDRAGE_2025 = verdeel(BIJDRAGE_TOT[1], LEERPL_2023)
BIJDRAGE_2026 = verdeel(BIJDRAGE_TOT[2], LEERPL_2024)
AANDEEL_2026 = {g: float(rhu(LEERPL_2024[g] / TOT_LEERPL_2024 * 100, 2)) for g in GEMEENTEN}
PER_LEERPL_2026 = float(rhu(BIJDRAGE_TOT[2] / TOT_LEERPL_2024, 2))
PER_LEERPL_2025 = float(rhu(BIJDRAGE_TOT[1] / TOT_LEERPL_2023, 2))
BIJDRAGE_STIJGING = BIJDRAGE_TOT[2] - BIJDRAGE_TOT[1]
BIJDRAGE_STIJGING_PCT = float(rhu(BIJDRAGE_STIJGING / BIJDRAGE_TOT[1] * 100, 2))

# ------------------------------------------------ verschillenanalyse begroting 2026 t.o.v. begroting 2025 (N = nadelig)
def _d(label_idx):
    return KOSTEN[label_idx][1][2] - KOSTEN[label_idx][1][1]


VERSCHIL = [
    ("Hogere salarislasten door cao-afspraken 2025-2026, periodieken en 0,4 fte extra trajectbegeleiding RMC", _d(0)),
    ("Minder inhuur van derden na invulling vacatures leerplicht", _d(1)),
    ("Hogere kosten nieuwe verzuimapplicatie (licenties en beheer)", _d(4)),
    ("Indexatie huur kantoor Almelo", _d(3)),
    ("Hogere kapitaallasten (laptops en inrichting spreekkamers)", _d(7)),
    ("Overige kleine verschillen lasten (per saldo)", _d(2) + _d(5) + _d(6) + _d(8)),
    ("Hogere RMC-rijksbijdrage (regionale middelen vsv)", -(RMC_RIJK[2] - RMC_RIJK[1])),
    ("Onttrekking bestemmingsreserve digitalisering", -(ONTTR_RES[2] - ONTTR_RES[1])),
]
assert sum(v for _, v in VERSCHIL) == BIJDRAGE_STIJGING

# ------------------------------------------------ meerjarenraming (x 1.000): 2026, 2027, 2028, 2029
MJR_LASTEN = [k(LASTEN[2]), 2587, 2641, 2694]
MJR_RMC = [k(RMC_RIJK[2]), 314, 314, 314]
MJR_OVERIG = [k(OVERIGE_BATEN[2]), 12, 12, 12]
MJR_ONTTR = [k(ONTTR_RES[2]), 10, 0, 0]
MJR_BIJDRAGE = [MJR_LASTEN[i] - MJR_RMC[i] - MJR_OVERIG[i] - MJR_ONTTR[i] for i in range(4)]
assert MJR_BIJDRAGE[0] == k(BIJDRAGE_TOT[2]), (MJR_BIJDRAGE, BIJDRAGE_TOT)
MJR_ROWS = [("Salarissen en sociale lasten", [k(KOSTEN[0][1][2]), 2178, 2226, 2273]),
            ("Overige lasten", None)]
MJR_ROWS[1] = ("Overige lasten", [MJR_LASTEN[i] - MJR_ROWS[0][1][i] for i in range(4)])

# ------------------------------------------------ reserves (whole euros)
RES_ALG = 118000
RES_DIGI_1_1_2026 = 60000
RESERVES_2026 = [  # name, stand 1-1-2026, toevoeging, onttrekking
    ("Algemene reserve", RES_ALG, 0, 0),
    ("Bestemmingsreserve digitalisering verzuimregistratie", RES_DIGI_1_1_2026, 0, ONTTR_RES[2]),
]
RES_PLAFOND_PCT = 5
RES_PLAFOND_2026 = int(rhu(LASTEN[2] * RES_PLAFOND_PCT / 100))

# ------------------------------------------------ weerstandsvermogen (whole euros)
W_CAP = [("Algemene reserve", RES_ALG), ("Post onvoorzien 2026", 15000)]
W_CAP_TOT = sum(v for _, v in W_CAP)
W_RISK = [("Langdurig ziekteverzuim leerplichtambtenaren (vervanging)", 90000, 50),
          ("Lagere RMC-rijksbijdrage na herijking regionale middelen", 60000, 30),
          ("Cao-ontwikkeling boven de geraamde indexatie", 40000, 50),
          ("Datalek of incident informatiebeveiliging", 50000, 10),
          ("WW-verplichtingen na uitdiensttreding", 30000, 30)]
W_RISK_ROWS = [(n, m, p, int(rhu(m * p / 100))) for n, m, p in W_RISK]
W_NEED = sum(r[3] for r in W_RISK_ROWS)
W_RATIO = float(rhu(W_CAP_TOT / W_NEED, 2))

# ------------------------------------------------ geprognosticeerde balans (whole euros) 31-12-2024 (rekening), 2025, 2026, 2027
BAL_ACT = [
    ("Materiële vaste activa", [86420, 104000, 118000, 106000]),
    ("Vorderingen op openbare lichamen", [142615, 120000, 120000, 120000]),
    ("Overige vorderingen", [18330, 15000, 15000, 15000]),
    ("Liquide middelen en schatkistbankieren", [512908, 431500, 386500, 392000]),
    ("Overlopende activa", [21407, 20000, 20000, 20000]),
]
BAL_PAS = [
    ("Algemene reserve", [RES_ALG, RES_ALG, RES_ALG, RES_ALG]),
    ("Bestemmingsreserve digitalisering verzuimregistratie", [60000, 60000, 35000, 25000]),
    ("Gerealiseerd resultaat", [RESULT[0], 0, 0, 0]),
    ("Voorziening WW-verplichtingen", [42500, 38000, 30000, 22000]),
    ("Kortlopende schulden", None),
    ("Overlopende passiva", [96410, 80000, 80000, 80000]),
]
BAL_ACT_TOT = [sum(r[1][i] for r in BAL_ACT) for i in range(4)]
_known = [sum(r[1][i] for r in BAL_PAS if r[1] is not None) for i in range(4)]
BAL_PAS[4] = ("Kortlopende schulden", [BAL_ACT_TOT[i] - _known[i] for i in range(4)])
BAL_PAS_TOT = [sum(r[1][i] for r in BAL_PAS) for i in range(4)]
assert BAL_ACT_TOT == BAL_PAS_TOT and min(BAL_PAS[4][1]) > 0, BAL_PAS[4]
EV = [BAL_PAS[0][1][i] + BAL_PAS[1][1][i] + BAL_PAS[2][1][i] for i in range(4)]
SOLV = [float(rhu(EV[i] / BAL_ACT_TOT[i] * 100, 1)) for i in range(4)]

# ------------------------------------------------ kerncijfers (schooljaren, DESCENDING: 2023-2024, 2022-2023, 2021-2022)
SJ = ["2023-2024", "2022-2023", "2021-2022"]
VERZ_REL = [1604, 1512, 1398]
VERZ_LUXE = [286, 301, 254]
VERZ_LAAT = [528, 463, 452]
VERZ_TOT = [a + b + c for a, b, c in zip(VERZ_REL, VERZ_LUXE, VERZ_LAAT)]
KERN = [
    ("Verzuimmeldingen totaal", VERZ_TOT, "2.300"),
    ("waarvan ongeoorloofd (relatief) verzuim", VERZ_REL, "-"),
    ("waarvan luxeverzuim", VERZ_LUXE, "-"),
    ("waarvan signaalverzuim (te laat komen)", VERZ_LAAT, "-"),
    ("Absoluut verzuimers (niet ingeschreven)", [38, 44, 41], "30"),
    ("Thuiszitters (langer dan 4 weken)", [61, 57, 49], "45"),
    ("Vrijstellingen artikel 5 onder a", [142, 137, 131], "-"),
    ("Processen-verbaal", [97, 88, 103], "-"),
    ("Verwijzingen naar Halt", [64, 71, 58], "-"),
    ("Nieuwe voortijdig schoolverlaters (vsv'ers)", [412, 398, 371], "375"),
    ("Jongeren in RMC-traject (18 t/m 22 jaar)", [684, 652, 610], "-"),
]
VSV_PCT = ["1,38%", "1,33%", "1,24%"]
VSV_STREEF = "1,25%"

# per gemeente, schooljaar 2023-2024
PER_GEM = {  # verzuimmeldingen, thuiszitters, vsv'ers, processen-verbaal
    "Almelo": (968, 27, 171, 41),
    "Dinkelland": (238, 5, 38, 8),
    "Hellendoorn": (342, 9, 61, 14),
    "Tubbergen": (201, 4, 33, 7),
    "Twenterand": (376, 9, 63, 15),
    "Wierden": (293, 7, 46, 12),
}
for j, tot in enumerate([KERN[0][1][0], KERN[5][1][0], KERN[9][1][0], KERN[7][1][0]]):
    assert sum(v[j] for v in PER_GEM.values()) == tot, j

# formatie (fte): begroting 2025, begroting 2026
FTE = [("Leerplichtambtenaren", 13.6, 13.6), ("Trajectbegeleiders RMC", 5.2, 5.6),
       ("Teamleider", 1.0, 1.0), ("Beleidsmedewerker", 0.8, 0.8),
       ("Administratieve ondersteuning", 2.4, 2.4)]
FTE_TOT = [round(sum(r[1] for r in FTE), 1), round(sum(r[2] for r in FTE), 1)]

KENGETALLEN = [  # Rekening 2024, Begroting 2025, Begroting 2026
    ("Netto schuldquote", ["-14,2%", "-12,1%", "-10,8%"]),
    ("Solvabiliteitsratio", None),
    ("Structurele exploitatieruimte", ["3,2%", "0,0%", "0,0%"]),
]

PROSE = {
    "thuiszitters_streef": 45,
    "spreekuren_scholen": 23,
    "rekeningresultaat_2024": RESULT[0],
    "verzuimapplicatie_invoering": "1 februari 2026",
    "training_uren": 16,
}
