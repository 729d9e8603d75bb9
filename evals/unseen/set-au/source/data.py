"""Every figure of the two FICTIONAL set-au documents, typed once; everything derived is computed here.

G_*  GGD Tukkerland, Programmabegroting 2026 en meerjarenraming 2027-2029 (a fictional gemeenschappelijke
     regeling for public health; its thirteen members are real Twente municipalities, every figure is made up).
D_*  Gemeente Dinkelland, Jaarstukken 2022 (fictional figures).  Only the nulmeting and the streefwaarde 2022 of
     two indicators come from the real Begroting 2020 text export in the corpus (asserted against it below).

GGD sign convention: lasten and baten positive; saldo van baten en lasten = totaal baten - totaal lasten
(negative = nadelig, printed with the minus sign U+2212); geraamd resultaat = saldo - toevoegingen + onttrekkingen.
Dinkelland: "Wat heeft het gekost?" tables in whole euros, lasten and baten positive, saldo ambitie = baten -
lasten; the column "Saldo (V/N)" prints the absolute difference with V (voordeel) or N (nadeel); the overview of
baten en lasten (x € 1.000) prints lasten and toevoegingen negative and baten and onttrekkingen positive.

Run directly to print a summary; importing runs the asserts.
"""
from __future__ import annotations

from pathlib import Path

from fmt import k, largest_remainder

REAL_DK = Path("/work/main/corpus/dinkelland-begroting-2020-inclusieve-samenleving.txt")

# ================================================================================================= GGD Tukkerland
G_BODY = "GGD Tukkerland"
G_FILE = "ggd-tukkerland-programmabegroting-2026.pdf"
G_TITLE = "Programmabegroting 2026"
G_COLS = ("Rekening 2024", "Begroting 2025 na wijziging", "Begroting 2026", "2027", "2028", "2029")
PROGS = ("Jeugdgezondheidszorg", "Infectieziektebestrijding", "Gezondheidsbevordering", "Veilig Thuis")

# lasten per programme, x € 1.000 (columns as G_COLS)
G_LASTEN = {
    "Jeugdgezondheidszorg": (15_482, 16_524, 16_958, 17_318, 17_641, 17_962),
    "Infectieziektebestrijding": (6_315, 6_874, 7_436, 7_281, 7_402, 7_538),
    "Gezondheidsbevordering": (3_918, 4_106, 4_287, 4_352, 4_421, 4_497),
    "Veilig Thuis": (5_644, 5_981, 6_352, 6_488, 6_617, 6_749),
    "Overhead": (6_873, 7_118, 7_402, 7_551, 7_703, 7_858),
}
# programme baten other than the members' contributions (rijksbijdragen, subsidies, tarieven), x € 1.000
G_BATEN = {
    "Jeugdgezondheidszorg": (1_216, 1_184, 1_262, 1_262, 1_262, 1_262),
    "Infectieziektebestrijding": (2_987, 2_846, 3_188, 3_025, 3_061, 3_098),
    "Gezondheidsbevordering": (642, 588, 604, 604, 604, 604),
    "Veilig Thuis": (1_734, 1_811, 1_876, 1_914, 1_952, 1_991),
}

# members: inwoners 1-1-2025, maatwerk 2026 (euros), bijdrage 2025 na wijziging (euros) and its maatwerk part
G_MEMBERS = {
    #                 inwoners  maatwerk26  totaal 2025  maatwerk25
    "Almelo":         (74_212,   412_600,   4_318_377,   398_900),
    "Borne":          (24_318,         0,   1_262_508,         0),
    "Dinkelland":     (26_847,    96_450,   1_484_316,    93_200),
    "Enschede":       (161_904, 1_184_300,  9_736_482, 1_151_800),
    "Haaksbergen":    (24_602,    38_200,   1_314_027,    36_900),
    "Hellendoorn":    (36_395,         0,   1_887_935,         0),
    "Hengelo":        (82_176,   522_750,   4_783_066,   508_100),
    "Hof van Twente": (35_441,    61_900,   1_903_380,    60_400),
    "Losser":         (22_978,         0,   1_199_613,         0),
    "Oldenzaal":      (32_214,    74_300,   1_748_822,    72_500),
    "Tubbergen":      (21_683,    52_800,   1_180_471,    51_400),
    "Twenterand":     (34_129,         0,   1_766_154,         0),
    "Wierden":        (25_207,    27_350,   1_328_306,    26_200),
}
G_TARIEF = {2025: 52.96, 2026: 54.35}           # basistaken, euro per inwoner
G_INDEX = {2027: 0.024, 2028: 0.021, 2029: 0.020}  # indexatie bijdragen meerjarenraming
# uitgangspunten 2026 (%) and the build-up of the tarief basistaken 2026 (euro per inwoner)
G_UITGANGSPUNTEN = (("Loonkosten (cao en sociale lasten)", 2.6), ("Materiële kosten (prijsindex)", 1.2),
                    ("Gewogen indexatie tarief basistaken", 2.1))
G_TARIEF_UITBREIDING = 0.28     # uitbreiding Kansrijke Start, euro per inwoner
G_TARIEF_INDEX = round(G_TARIEF[2025] * G_UITGANGSPUNTEN[2][1] / 100, 2)
assert round(G_TARIEF[2025] + G_TARIEF_INDEX + G_TARIEF_UITBREIDING, 2) == G_TARIEF[2026]
# investeringen x € 1.000: krediet, afschrijvingstermijn (jaren); kapitaallasten 2026 = krediet / termijn + 2% rente
G_RENTE = 0.02
G_INV = {"Verduurzaming pand Enschede": (1_850, 30), "Nieuw cliëntdossier jeugdgezondheidszorg": (680, 5),
         "Vervanging ICT-werkplekken": (420, 4), "Inrichting vaccinatielocaties": (240, 10)}
G_INV_KL = {n: round(kr / t + G_RENTE * kr) for n, (kr, t) in G_INV.items()}
# Rekening 2024: bijdragen gemeenten x € 1.000
G_BIJDRAGE_2024 = {"basistaken": 29_474, "maatwerk": 2_103}

# reserves x € 1.000: stand 31-12-2024, then per year (toevoeging, onttrekking); the onttrekking from the
# reserve pandemische paraatheid in 2025 and 2026 closes the begroting (computed below)
G_RES_NAMES = ("Algemene reserve", "Bestemmingsreserve frictiekosten", "Bestemmingsreserve pandemische paraatheid",
               "Bestemmingsreserve huisvesting")
G_RES_STAND_2024 = {"Algemene reserve": 1_386, "Bestemmingsreserve frictiekosten": 640,
                    "Bestemmingsreserve pandemische paraatheid": 1_450, "Bestemmingsreserve huisvesting": 420}
G_RES_MUT = {  # (toevoeging, onttrekking) for 2025 and 2026; None = computed closing item
    2025: {"Algemene reserve": (0, 0), "Bestemmingsreserve frictiekosten": (0, 180),
           "Bestemmingsreserve pandemische paraatheid": (0, None), "Bestemmingsreserve huisvesting": (100, 0)},
    2026: {"Algemene reserve": (0, 0), "Bestemmingsreserve frictiekosten": (0, 150),
           "Bestemmingsreserve pandemische paraatheid": (0, None), "Bestemmingsreserve huisvesting": (100, 0)},
}
# mutaties reserves in the rekening 2024 and the meerjarenraming (totals, x € 1.000)
G_MUT_2024 = (100, 412)                     # (toevoegingen, onttrekkingen)
G_MUT_MJR = {2027: (100, 120), 2028: (100, 80), 2029: (100, 0)}

# risks (x € 1.000): name, kans, financieel effect
G_RISKS = [
    ("Uitbraak van een infectieziekte met grote omvang", 0.30, 1_500),
    ("Stijging van het aantal meldingen bij Veilig Thuis", 0.50, 600),
    ("Loon- en prijsstijging boven de indexatie", 0.50, 480),
    ("Wegvallen van de rijksbijdrage Kansrijke Start", 0.25, 400),
    ("Krapte op de arbeidsmarkt en duurdere inhuur", 0.40, 350),
]
G_ONVOORZIEN = 150   # post onvoorzien in de weerstandscapaciteit, x € 1.000

# geprognosticeerde balans x € 1.000 at 31-12-2024, 31-12-2025, 31-12-2026 (liquide middelen close it)
G_BAL_DATES = ("31-12-2024", "31-12-2025", "31-12-2026")
G_BAL = {
    "Materiële vaste activa": (6_842, 7_315, 7_904),
    "Uitzettingen korter dan een jaar": (3_118, 2_950, 2_880),
    "Overlopende activa": (1_046, 980, 960),
    "Voorzieningen": (612, 590, 575),
    "Vaste schulden": (3_400, 3_950, 4_480),
    "Netto vlottende schulden": (2_874, 2_700, 2_650),
    "Overlopende passiva": (2_231, 2_100, 2_050),
}
G_EXPLOITATIERUIMTE = (0.6, -0.4, -0.2)   # structurele exploitatieruimte % (kengetallen)

# formatie in fte, Begroting 2025 and 2026
G_FTE = {"Jeugdgezondheidszorg": (175.2, 178.4), "Infectieziektebestrijding": (50.8, 52.6),
         "Gezondheidsbevordering": (28.1, 28.9), "Veilig Thuis": (58.7, 61.3), "Bedrijfsvoering": (70.9, 71.8)}

# key figures in prose
G_PROSE = {
    "bmr_2024": 89.7,              # vaccinatiegraad BMR tweejarigen 2024, %
    "bmr_nl_2024": 88.2,           # landelijk
    "contactmomenten_2026": 48_600,
    "vt_meldingen_2026": 7_450,
    "vt_adviezen_2026": 6_100,
    "soa_consulten_2026": 5_200,
}

# prestatie-indicatoren per programme: (Rekening 2024, Begroting 2025, Begroting 2026)
G_IND = {
    "Jeugdgezondheidszorg": [("Bereik contactmomenten 0-4 jaar (%)", (96, 97, 97)),
                             ("Deelname Rijksvaccinatieprogramma HPV (%)", (61, 64, 66)),
                             ("Kinderen met overgewicht in groep 7 (%)", (11.8, 11.5, 11.2))],
    "Infectieziektebestrijding": [("Meldingen meldingsplichtige infectieziekten", (1_284, 1_150, 1_150)),
                                  ("Tbc-screeningen", (3_412, 3_300, 3_350)),
                                  ("Reizigersconsulten", (6_980, 7_100, 7_300))],
    "Gezondheidsbevordering": [("Scholen met het vignet Gezonde School", (118, 125, 132)),
                               ("Gemeenten met een lokaal preventieakkoord", (11, 12, 13))],
    "Veilig Thuis": [("Meldingen", (7_012, 7_250, 7_450)),
                     ("Adviezen", (5_684, 5_900, 6_100)),
                     ("Afgeronde onderzoeken", (1_318, 1_350, 1_400))],
}
# the two prose counts of Veilig Thuis repeat the Begroting 2026 column of the indicators table
assert G_PROSE["vt_meldingen_2026"] == G_IND["Veilig Thuis"][0][1][2]
assert G_PROSE["vt_adviezen_2026"] == G_IND["Veilig Thuis"][1][1][2]

NY = len(G_COLS)


def _sum(d, i):
    return sum(v[i] for v in d.values())


G_TOT_LASTEN = tuple(_sum(G_LASTEN, i) for i in range(NY))
G_TOT_PROGBATEN = tuple(_sum(G_BATEN, i) for i in range(NY))

# ---- members' contributions (whole euros)
G_BASIS26 = {m: round(v[0] * G_TARIEF[2026]) for m, v in G_MEMBERS.items()}
G_MAATWERK26 = {m: v[1] for m, v in G_MEMBERS.items()}
G_TOTAAL26 = {m: G_BASIS26[m] + G_MAATWERK26[m] for m in G_MEMBERS}
G_PER_INW26 = {m: round(G_TOTAAL26[m] / G_MEMBERS[m][0], 2) for m in G_MEMBERS}
G_TOTAAL25 = {m: v[2] for m, v in G_MEMBERS.items()}
G_MAATWERK25 = {m: v[3] for m, v in G_MEMBERS.items()}
G_INWONERS = sum(v[0] for v in G_MEMBERS.values())
G_SUM_BASIS26 = sum(G_BASIS26.values())
G_SUM_MAATWERK26 = sum(G_MAATWERK26.values())
G_SUM_TOTAAL26 = sum(G_TOTAAL26.values())
G_SUM_TOTAAL25 = sum(G_TOTAAL25.values())
G_SUM_MAATWERK25 = sum(G_MAATWERK25.values())
G_SUM_BASIS25 = G_SUM_TOTAAL25 - G_SUM_MAATWERK25

# meerjarenraming of the contributions: 2026 indexed; per member printed x € 1.000 (largest remainder)
_f = 1.0
G_BASIS_Y, G_MAATWERK_Y = {2026: G_SUM_BASIS26}, {2026: G_SUM_MAATWERK26}
G_MEMBER_Y = {2026: dict(G_TOTAAL26)}
for y in (2027, 2028, 2029):
    _f *= 1 + G_INDEX[y]
    G_MEMBER_Y[y] = {m: G_TOTAAL26[m] * _f for m in G_MEMBERS}
    G_BASIS_Y[y] = G_SUM_BASIS26 * _f
    G_MAATWERK_Y[y] = G_SUM_MAATWERK26 * _f
# the overview (x € 1.000): basistaken and maatwerk lines per column
G_BIJ_BASIS = (G_BIJDRAGE_2024["basistaken"], k(G_SUM_BASIS25), k(G_SUM_BASIS26),
               k(G_BASIS_Y[2027]), k(G_BASIS_Y[2028]), k(G_BASIS_Y[2029]))
G_BIJ_MAATWERK = (G_BIJDRAGE_2024["maatwerk"], k(G_SUM_MAATWERK25), k(G_SUM_MAATWERK26),
                  k(G_MAATWERK_Y[2027]), k(G_MAATWERK_Y[2028]), k(G_MAATWERK_Y[2029]))
G_BIJ_TOTAL = tuple(a + b for a, b in zip(G_BIJ_BASIS, G_BIJ_MAATWERK))
# bijlage: bijdrage per member x € 1.000 for 2025 (na wijziging) and 2026-2029, adding up to the overview
G_BIJLAGE = {2025: dict(zip(G_MEMBERS, largest_remainder(list(G_TOTAAL25.values()), G_BIJ_TOTAL[1])))}
for i, y in enumerate((2026, 2027, 2028, 2029)):
    G_BIJLAGE[y] = dict(zip(G_MEMBERS, largest_remainder(list(G_MEMBER_Y[y].values()), G_BIJ_TOTAL[2 + i])))
assert k(G_SUM_TOTAAL26) == G_BIJ_TOTAL[2], "Tabel 7 total (euros) rounds to the overview (x € 1.000)"
assert k(G_SUM_TOTAAL25) == G_BIJ_TOTAL[1], (G_SUM_TOTAAL25, G_SUM_MAATWERK25)

G_TOT_BATEN = tuple(G_TOT_PROGBATEN[i] + G_BIJ_TOTAL[i] for i in range(NY))
G_SALDO = tuple(G_TOT_BATEN[i] - G_TOT_LASTEN[i] for i in range(NY))

# ---- reserves: the onttrekking pandemische paraatheid closes 2025 and 2026 (geraamd resultaat 0)
PAN = "Bestemmingsreserve pandemische paraatheid"
for y, col in ((2025, 1), (2026, 2)):
    toev = sum(t for t, o in G_RES_MUT[y].values())
    ontt_other = sum(o for n, (t, o) in G_RES_MUT[y].items() if n != PAN)
    G_RES_MUT[y][PAN] = (0, toev - G_SALDO[col] - ontt_other)
    assert G_RES_MUT[y][PAN][1] > 0
G_TOEV = (G_MUT_2024[0], sum(t for t, o in G_RES_MUT[2025].values()), sum(t for t, o in G_RES_MUT[2026].values()),
          G_MUT_MJR[2027][0], G_MUT_MJR[2028][0], G_MUT_MJR[2029][0])
G_ONTT = (G_MUT_2024[1], sum(o for t, o in G_RES_MUT[2025].values()), sum(o for t, o in G_RES_MUT[2026].values()),
          G_MUT_MJR[2027][1], G_MUT_MJR[2028][1], G_MUT_MJR[2029][1])
G_RESULTAAT = tuple(G_SALDO[i] - G_TOEV[i] + G_ONTT[i] for i in range(NY))
assert G_RESULTAAT[1] == 0 and G_RESULTAAT[2] == 0
G_RESULTAAT_2024 = G_RESULTAAT[0]
# stand 1-1-2026 = stand 31-12-2024 + resultaatbestemming 2024 (algemene reserve) + mutaties 2025
G_RES_MUT25_NET = {n: G_RES_MUT[2025][n][0] - G_RES_MUT[2025][n][1] for n in G_RES_NAMES}
G_RES_MUT25_NET["Algemene reserve"] += G_RESULTAAT_2024
G_RES_1_1_2026 = {n: G_RES_STAND_2024[n] + G_RES_MUT25_NET[n] for n in G_RES_NAMES}
G_RES_31_12_2026 = {n: G_RES_1_1_2026[n] + G_RES_MUT[2026][n][0] - G_RES_MUT[2026][n][1] for n in G_RES_NAMES}
G_RES_31_12_2025 = G_RES_1_1_2026
assert all(v > 0 for v in G_RES_31_12_2026.values())
G_RES_TOT = {"31-12-2024": sum(G_RES_STAND_2024.values()), "mut25": sum(G_RES_MUT25_NET.values()),
             "1-1-2026": sum(G_RES_1_1_2026.values()), "toev26": G_TOEV[2], "ontt26": G_ONTT[2],
             "31-12-2026": sum(G_RES_31_12_2026.values())}

# ---- weerstandsvermogen
G_RISK_BEDRAG = [round(p * e) for _, p, e in G_RISKS]
G_BENODIGD = sum(G_RISK_BEDRAG)
G_BESCHIKBAAR = G_RES_1_1_2026["Algemene reserve"] + G_ONVOORZIEN
G_RATIO = round(G_BESCHIKBAAR / G_BENODIGD, 2)

# ---- geprognosticeerde balans; eigen vermogen = reserves (+ the resultaat 2024 at 31-12-2024)
G_EV = (G_RES_TOT["31-12-2024"] + G_RESULTAAT_2024, sum(G_RES_31_12_2025.values()), G_RES_TOT["31-12-2026"])
G_PASSIVA_TOT = tuple(G_EV[i] + G_BAL["Voorzieningen"][i] + G_BAL["Vaste schulden"][i] +
                      G_BAL["Netto vlottende schulden"][i] + G_BAL["Overlopende passiva"][i] for i in range(3))
G_LIQUIDE = tuple(G_PASSIVA_TOT[i] - G_BAL["Materiële vaste activa"][i] - G_BAL["Uitzettingen korter dan een jaar"][i]
                  - G_BAL["Overlopende activa"][i] for i in range(3))
assert all(v > 0 for v in G_LIQUIDE)
G_SOLV = tuple(round(100 * G_EV[i] / G_PASSIVA_TOT[i], 1) for i in range(3))
# netto schuldquote = (vaste schulden + netto vlottende schulden + overlopende passiva - uitzettingen < 1 jaar
#                      - liquide middelen - overlopende activa) / totale baten x 100   (no loans issued: the
# gecorrigeerde quote is equal)
G_NSQ = tuple(round(100 * (G_BAL["Vaste schulden"][i] + G_BAL["Netto vlottende schulden"][i] +
                           G_BAL["Overlopende passiva"][i] - G_BAL["Uitzettingen korter dan een jaar"][i] -
                           G_LIQUIDE[i] - G_BAL["Overlopende activa"][i]) / G_TOT_BATEN[i], 1) for i in range(3))

G_FTE_TOT = tuple(round(sum(v[i] for v in G_FTE.values()), 1) for i in range(2))

# ================================================================================================= Dinkelland
D_BODY = "Dinkelland"
D_FILE = "dinkelland-jaarstukken-2022.pdf"
D_TITLE = "Jaarstukken 2022"
D_COLS = ("Begroting 2022 primitief", "Begroting 2022 na wijziging", "Rekening 2022")
ACTIELIJNEN = ("Langer gezond", "Versterken sociale basis", "Zorg meer nabij", "Meer inwoners kunnen meedoen")

# "Wat heeft het gekost?" per ambitie (whole euros): (primitief, na wijziging, rekening)
D_AMB = {
    "Inclusieve samenleving": {
        "lasten": {"Langer gezond": (1_846_300, 1_912_800, 1_874_215),
                   "Versterken sociale basis": (2_214_600, 2_298_100, 2_187_942),
                   "Zorg meer nabij": (3_086_900, 3_164_500, 3_402_611),
                   "Meer inwoners kunnen meedoen": (13_957_200, 14_436_700, 15_118_346)},
        "baten": {"Langer gezond": (48_000, 61_200, 64_350),
                  "Versterken sociale basis": (0, 25_000, 25_000),
                  "Zorg meer nabij": (112_500, 112_500, 98_730),
                  "Meer inwoners kunnen meedoen": (5_642_000, 5_918_400, 6_126_884)}},
    "Vitale kernen": {
        "lasten": {"Leefbaarheid in de kernen": (1_284_500, 1_352_900, 1_298_064),
                   "Wonen": (912_300, 1_046_800, 987_215),
                   "Bereikbaarheid en mobiliteit": (2_618_400, 2_704_100, 2_655_780)},
        "baten": {"Leefbaarheid in de kernen": (35_000, 35_000, 41_560),
                  "Wonen": (420_000, 512_000, 604_318),
                  "Bereikbaarheid en mobiliteit": (186_000, 186_000, 172_904)}},
    "Duurzaam Dinkelland": {
        "lasten": {"Energietransitie": (1_146_200, 1_398_600, 1_214_377),
                   "Klimaatadaptatie": (486_900, 512_400, 498_126),
                   "Circulaire economie": (3_912_700, 4_018_300, 4_087_552)},
        "baten": {"Energietransitie": (210_000, 318_000, 296_400),
                  "Klimaatadaptatie": (0, 0, 0),
                  "Circulaire economie": (4_386_500, 4_386_500, 4_452_913)}},
    "Basisbegroting": {
        "lasten": {"Bestuur en dienstverlening": (4_286_300, 4_412_800, 4_398_515),
                   "Openbare orde en veiligheid": (1_684_200, 1_712_600, 1_698_843),
                   "Verkeer en openbare ruimte": (5_412_800, 5_598_200, 5_617_402),
                   "Onderwijs": (2_318_600, 2_402_100, 2_386_219),
                   "Sport, cultuur en recreatie": (2_896_400, 2_954_700, 2_911_086),
                   "Ruimtelijke ordening en grondexploitatie": (3_512_900, 4_118_600, 3_742_331),
                   "Overhead": (6_784_100, 7_012_400, 7_086_954)},
        "baten": {"Bestuur en dienstverlening": (512_000, 512_000, 548_712),
                  "Openbare orde en veiligheid": (48_000, 48_000, 52_130),
                  "Verkeer en openbare ruimte": (1_086_000, 1_124_000, 1_188_467),
                  "Onderwijs": (214_000, 226_000, 231_855),
                  "Sport, cultuur en recreatie": (398_000, 398_000, 421_906),
                  "Ruimtelijke ordening en grondexploitatie": (3_486_000, 4_102_000, 3_964_118),
                  "Overhead": (86_000, 86_000, 112_640)}},
}
AMBITIES = ("Inclusieve samenleving", "Vitale kernen", "Duurzaam Dinkelland")

# OZB (paragraaf lokale heffingen): tarief 2022 (% of the WOZ-waarde), begroot (= primitief = na wijziging),
# gerealiseerd (whole euros)
D_OZB = {"Woningen eigenaren": (0.1012, 3_412_000, 3_468_214),
         "Niet-woningen eigenaren": (0.2236, 1_486_000, 1_512_877),
         "Niet-woningen gebruikers": (0.1794, 981_000, 962_436)}
D_HEFFINGEN = {"Afvalstoffenheffing": (2_846_000, 2_861_390), "Rioolheffing": (2_512_000, 2_508_775)}
D_KWIJTSCHELDING = (212, 71_840)   # huishoudens, euros

# algemene dekkingsmiddelen (whole euros): overige algemene dekkingsmiddelen; the algemene uitkering closes each
# column to the resultaat targets below
D_OVERIG_ADM = (1_214_000, 1_262_000, 1_318_942)
D_RESULTAAT = (0, -418_375, 1_287_455)        # primitief (sluitend), na wijziging (nadelig), rekening (voordelig)

# reserves (whole euros): stand 1-1-2022, toevoegingen, onttrekkingen (rekening 2022)
D_RES = {
    "Algemene reserve": (8_214_662, 1_042_310, 1_418_500),
    "Reserve sociaal domein": (2_386_120, 250_000, 612_400),
    "Reserve uitvoeringsplan sociaal domein": (186_500, 0, 94_200),
    "Reserve leefbaarheidsfonds": (164_200, 60_000, 96_300),
    "Reserve dekking kapitaallasten": (5_812_330, 0, 412_880),
    "Reserve onderhoud gebouwen": (1_126_900, 350_000, 287_615),
    "Reserve energietransitie": (740_000, 300_000, 126_418),
    "Reserve grondexploitatie": (1_912_400, 0, 318_000),
}
# mutaties reserves in the begroting columns (whole euros): (toevoegingen, onttrekkingen)
D_MUT_BEGR = ((1_900_000, 2_650_000), (2_002_310, 3_520_600))
D_RESULTAAT_2021 = 1_042_310          # gerealiseerd resultaat 2021, added to the algemene reserve in 2022
assert D_RES["Algemene reserve"][1] == D_RESULTAAT_2021

# balans x € 1.000: (31-12-2022, 31-12-2021); eigen vermogen from the reserves, netto vlottende schulden close it
D_BAL = {
    "Immateriële vaste activa": (412, 455),
    "Materiële vaste activa": (68_914, 67_203),
    "Financiële vaste activa": (7_318, 7_541),
    "Voorraden": (3_207, 4_115),
    "Uitzettingen met een rentetypische looptijd korter dan één jaar": (9_846, 8_712),
    "Liquide middelen": (1_214, 896),
    "Overlopende activa": (4_387, 3_954),
    "Voorzieningen": (6_418, 6_102),
    "Vaste schulden met een rentetypische looptijd van één jaar of langer": (44_612, 45_980),
    "Overlopende passiva": (5_946, 5_218),
}
# voorzieningen (whole euros): stand 1-1-2022, toevoeging, aanwending; the stands round to the balans
D_VOORZ = {"Voorziening onderhoud gebouwen": (3_412_600, 812_000, 604_118),
           "Voorziening pensioenen en wachtgelden wethouders": (2_214_300, 286_450, 98_322),
           "Voorziening dubieuze debiteuren": (475_100, 20_000, 100_010)}
D_VOORZ_END = {n: v[0] + v[1] - v[2] for n, v in D_VOORZ.items()}
assert k(sum(v[0] for v in D_VOORZ.values())) == D_BAL["Voorzieningen"][1]
assert k(sum(D_VOORZ_END.values())) == D_BAL["Voorzieningen"][0]
D_ACTIVA = ("Immateriële vaste activa", "Materiële vaste activa", "Financiële vaste activa", "Voorraden",
            "Uitzettingen met een rentetypische looptijd korter dan één jaar", "Liquide middelen",
            "Overlopende activa")
D_TOTALE_BATEN_2021 = 61_904   # x € 1.000, for the netto schuldquote 2021
# kengetallen begroot 2022 (%, typed) and the structurele exploitatieruimte (typed for all three)
D_KENG_BEGR = {"Netto schuldquote": 84.0, "Netto schuldquote gecorrigeerd voor alle verstrekte leningen": 72.0,
               "Solvabiliteitsratio": 22.5, "Grondexploitatie": 4.8, "Structurele exploitatieruimte": 0.4,
               "Belastingcapaciteit": 96.0}
D_EXPL = (1.1, 0.4, 1.6)
D_BELCAP = (94.0, 96.0, 96.0)

# kerngegevens (31-12-2021, 31-12-2022)
D_KERN = {"Inwoners": (26_590, 26_712), "Huishoudens": (10_402, 10_488), "Woningen": (11_106, 11_202),
          "Jongeren tot 18 jaar": (5_712, 5_688), "Inwoners van 65 jaar en ouder": (6_104, 6_231)}
# verbonden partijen: bijdrage begroot 2022 (na wijziging) and werkelijk 2022 (whole euros)
D_VP = {"Noaberkracht Dinkelland Tubbergen": (9_846_300, 9_912_418),
        "GGD Tukkerland": (1_352_700, 1_352_700),
        "Veiligheidsregio Twente": (1_418_600, 1_421_904),
        "Stichting Participatie Dinkelland": (2_106_000, 2_214_836)}
# weerstandsvermogen 31-12-2022 x € 1.000: onbenutte belastingcapaciteit, stelpost onvoorzien; risks (kans, effect)
D_WV_ONBENUT = 1_264
D_WV_ONVOORZIEN = 50
D_RISKS = [("Open-einderegelingen jeugdhulp en Wmo", 0.50, 3_000), ("Grondexploitaties", 0.25, 2_400),
           ("Loon- en prijsontwikkeling", 0.50, 1_200), ("Garantstellingen en verbonden partijen", 0.10, 5_000),
           ("Energieprijzen gemeentelijke gebouwen", 0.50, 600)]
# "Wat wilden we bereiken?" per actielijn (the bullets of the real Begroting 2020)
D_WILDEN = {
    "Langer gezond": ["Meer of gelijk aantal inwoners ervaren een goede gezondheid",
                      "Meer of gelijk aantal inwoners bewegen voldoende",
                      "Minder jongeren onder de achttien hebben alcohol gedronken de laatste vier weken"],
    "Versterken sociale basis": ["We hebben het aantal inwoners met een hulp- of ondersteuningsvraag in beeld dat "
                                 "wordt verwezen naar een vrijwillige algemene voorziening"],
    "Zorg meer nabij": ["De cliënttevredenheid Jeugd is toegenomen", "De cliënttevredenheid Wmo is toegenomen",
                        "De bekendheid van cliëntondersteuning is toegenomen"],
    "Meer inwoners kunnen meedoen": ["Er is voor elke inwoner een passende voorziening en/of regeling beschikbaar, "
                                     "waardoor zij zo optimaal mogelijk kunnen deelnemen aan de samenleving"],
}

# indicators (Meetbaarheid ambitie Inclusieve samenleving): nulmeting (jaar, waarde) and streefwaarde 2022 as in
# the real Begroting 2020 text export (asserted below), realisatie 2022 new
D_IND = [
    ("Percentage inwoners die goede gezondheid ervaren", ("2016", "89%"), "92%", "87%"),
    ("Percentage inwoners die voldoende bewegen", ("2016", "62%"), "66%", "63%"),
    ("Cijfer cliënttevredenheid Jeugd", ("2018", "7,7"), "hoger dan 7,7", "7,4"),
    ("Percentage indicaties jeugd afgegeven door een huisarts", ("2018", "24%"), "lager dan 24%", "29%"),
    ("Bekendheid cliëntondersteuning jeugd", ("2018", "59%"), "toename", "64%"),
    ("Bekendheid cliëntondersteuning Wmo", ("2018", "78%"), "toename", "81%"),
]
# prose figures of the jaarverslag
D_PROSE = {
    "initiatieven": 31, "leefbaarheidsfonds": 96_300,    # = onttrekking reserve leefbaarheidsfonds
    "jeugdhulp_jeugdigen": 1_146, "dorpsondersteuners": 4, "verblijf": 512_300,
    "poh_praktijken": 9,
}
assert D_PROSE["leefbaarheidsfonds"] == D_RES["Reserve leefbaarheidsfonds"][2]


def _tot(rows, i):
    return sum(v[i] for v in rows.values())


D_AMB_TOT = {a: {"lasten": tuple(_tot(v["lasten"], i) for i in range(3)),
                 "baten": tuple(_tot(v["baten"], i) for i in range(3))} for a, v in D_AMB.items()}
for a in D_AMB:
    D_AMB_TOT[a]["saldo"] = tuple(D_AMB_TOT[a]["baten"][i] - D_AMB_TOT[a]["lasten"][i] for i in range(3))


def saldo_vn(kind, t):
    """Saldo column (V/N) of a row: lasten na wijziging - rekening; baten rekening - na wijziging (+ = V)"""
    return t[1] - t[2] if kind == "lasten" else t[2] - t[1]


D_OZB_BEGR = sum(v[1] for v in D_OZB.values())
D_OZB_REAL = sum(v[2] for v in D_OZB.values())
D_OZB_COL = (D_OZB_BEGR, D_OZB_BEGR, D_OZB_REAL)

D_TOEV_REK = sum(v[1] for v in D_RES.values())
D_ONTT_REK = sum(v[2] for v in D_RES.values())
D_TOEV = (D_MUT_BEGR[0][0], D_MUT_BEGR[1][0], D_TOEV_REK)
D_ONTT = (D_MUT_BEGR[0][1], D_MUT_BEGR[1][1], D_ONTT_REK)
D_RES_END = {n: v[0] + v[1] - v[2] for n, v in D_RES.items()}

# algemene uitkering closes: resultaat = sum(baten) - sum(lasten) - toev + ontt
D_LASTEN_TOT = tuple(sum(D_AMB_TOT[a]["lasten"][i] for a in D_AMB) for i in range(3))
_baten_no_au = tuple(sum(D_AMB_TOT[a]["baten"][i] for a in D_AMB) + D_OZB_COL[i] + D_OVERIG_ADM[i] for i in range(3))
D_AU = tuple(D_RESULTAAT[i] + D_LASTEN_TOT[i] + D_TOEV[i] - D_ONTT[i] - _baten_no_au[i] for i in range(3))
D_BATEN_TOT = tuple(_baten_no_au[i] + D_AU[i] for i in range(3))
D_SALDO = tuple(D_BATEN_TOT[i] - D_LASTEN_TOT[i] for i in range(3))
assert all(D_SALDO[i] - D_TOEV[i] + D_ONTT[i] == D_RESULTAAT[i] for i in range(3))

# the overview x € 1.000 (printed rows rounded; totals = sum of the printed rows)
D_OV_LASTEN = {f"Ambitie {a}" if a in AMBITIES else a: tuple(-k(D_AMB_TOT[a]["lasten"][i]) for i in range(3))
               for a in D_AMB}
D_OV_BATEN = {f"Ambitie {a}" if a in AMBITIES else a: tuple(k(D_AMB_TOT[a]["baten"][i]) for i in range(3))
              for a in D_AMB}
D_OV_BATEN["Algemene uitkering"] = tuple(k(x) for x in D_AU)
D_OV_BATEN["Onroerendezaakbelastingen"] = tuple(k(x) for x in D_OZB_COL)
D_OV_BATEN["Overige algemene dekkingsmiddelen"] = tuple(k(x) for x in D_OVERIG_ADM)
# totals, saldo and resultaat are the rounded euro figures (the printed rows may differ from them by rounding)
D_OV_TOT_LASTEN = tuple(-k(x) for x in D_LASTEN_TOT)
D_OV_TOT_BATEN = tuple(k(x) for x in D_BATEN_TOT)
D_OV_SALDO = tuple(k(x) for x in D_SALDO)
D_OV_TOEV = tuple(-k(x) for x in D_TOEV)
D_OV_ONTT = tuple(k(x) for x in D_ONTT)
D_OV_RESULTAAT = tuple(k(x) for x in D_RESULTAAT)
for _i in range(3):
    assert abs(sum(v[_i] for v in D_OV_LASTEN.values()) - D_OV_TOT_LASTEN[_i]) <= 2
    assert abs(sum(v[_i] for v in D_OV_BATEN.values()) - D_OV_TOT_BATEN[_i]) <= 3
    assert abs(D_OV_TOT_BATEN[_i] + D_OV_TOT_LASTEN[_i] - D_OV_SALDO[_i]) <= 1
    assert abs(D_OV_SALDO[_i] + D_OV_TOEV[_i] + D_OV_ONTT[_i] - D_OV_RESULTAAT[_i]) <= 1

# balans: eigen vermogen = algemene reserve + bestemmingsreserves + gerealiseerd resultaat (x € 1.000)
D_ALG_RES = (k(D_RES_END["Algemene reserve"]), k(D_RES["Algemene reserve"][0]))
D_BEST_RES = (k(sum(v for n, v in D_RES_END.items() if n != "Algemene reserve")),
              k(sum(v[0] for n, v in D_RES.items() if n != "Algemene reserve")))
D_BAL_RESULTAAT = (k(D_RESULTAAT[2]), k(D_RESULTAAT_2021))
D_EV = tuple(D_ALG_RES[i] + D_BEST_RES[i] + D_BAL_RESULTAAT[i] for i in range(2))
D_ACTIVA_TOT = tuple(sum(D_BAL[n][i] for n in D_ACTIVA) for i in range(2))
D_NVS = tuple(D_ACTIVA_TOT[i] - D_EV[i] - D_BAL["Voorzieningen"][i] -
              D_BAL["Vaste schulden met een rentetypische looptijd van één jaar of langer"][i] -
              D_BAL["Overlopende passiva"][i] for i in range(2))      # netto vlottende schulden (closing)
assert all(v > 0 for v in D_NVS), D_NVS
D_PASSIVA_TOT = D_ACTIVA_TOT
D_VASTE_PASSIVA = tuple(D_EV[i] + D_BAL["Voorzieningen"][i] +
                        D_BAL["Vaste schulden met een rentetypische looptijd van één jaar of langer"][i]
                        for i in range(2))
D_SOLV = tuple(round(100 * D_EV[i] / D_PASSIVA_TOT[i], 1) for i in range(2))       # (2022, 2021)
D_TOTALE_BATEN = (D_OV_TOT_BATEN[2], D_TOTALE_BATEN_2021)


def _nsq(i, corr):
    schulden = (D_BAL["Vaste schulden met een rentetypische looptijd van één jaar of langer"][i] + D_NVS[i] +
                D_BAL["Overlopende passiva"][i])
    bezit = (D_BAL["Uitzettingen met een rentetypische looptijd korter dan één jaar"][i] +
             D_BAL["Liquide middelen"][i] + D_BAL["Overlopende activa"][i])
    if corr:
        bezit += D_BAL["Financiële vaste activa"][i]
    return round(100 * (schulden - bezit) / D_TOTALE_BATEN[i], 1)


D_NSQ = (_nsq(0, False), _nsq(1, False))
D_NSQ_CORR = (_nsq(0, True), _nsq(1, True))
D_GREX = tuple(round(100 * D_BAL["Voorraden"][i] / D_TOTALE_BATEN[i], 1) for i in range(2))
# kengetallen rows: (Rekening 2021, Begroting 2022, Rekening 2022)
D_KENG = {
    "Netto schuldquote": (D_NSQ[1], D_KENG_BEGR["Netto schuldquote"], D_NSQ[0]),
    "Netto schuldquote gecorrigeerd voor alle verstrekte leningen":
        (D_NSQ_CORR[1], D_KENG_BEGR["Netto schuldquote gecorrigeerd voor alle verstrekte leningen"], D_NSQ_CORR[0]),
    "Solvabiliteitsratio": (D_SOLV[1], D_KENG_BEGR["Solvabiliteitsratio"], D_SOLV[0]),
    "Grondexploitatie": (D_GREX[1], D_KENG_BEGR["Grondexploitatie"], D_GREX[0]),
    "Structurele exploitatieruimte": D_EXPL,
    "Belastingcapaciteit": D_BELCAP,
}
assert D_EXPL[1] == D_KENG_BEGR["Structurele exploitatieruimte"] and D_BELCAP[1] == D_KENG_BEGR["Belastingcapaciteit"]

D_WV_BEDRAG = [round(p * e) for _, p, e in D_RISKS]
D_WV_BENODIGD = sum(D_WV_BEDRAG)
D_WV_BESCHIKBAAR = D_ALG_RES[0] + D_WV_ONBENUT + D_WV_ONVOORZIEN
D_WV_RATIO = round(D_WV_BESCHIKBAAR / D_WV_BENODIGD, 2)

# analysis of the biggest deviations (rekening vs begroting na wijziging), whole euros, + = voordeel
IS = D_AMB["Inclusieve samenleving"]
D_AN = {
    "meedoen": saldo_vn("lasten", IS["lasten"]["Meer inwoners kunnen meedoen"]),
    "zorg": saldo_vn("lasten", IS["lasten"]["Zorg meer nabij"]),
    "sociale_basis": saldo_vn("lasten", IS["lasten"]["Versterken sociale basis"]),
    "ozb": D_OZB_REAL - D_OZB_BEGR,
    "au": D_AU[2] - D_AU[1],
    "grex": saldo_vn("lasten", D_AMB["Basisbegroting"]["lasten"]["Ruimtelijke ordening en grondexploitatie"]),
}
# the Meer-inwoners-kunnen-meedoen overschrijding = jeugdhulp met verblijf + Wmo-hulpmiddelen (prose)
D_AN_WMO = -D_AN["meedoen"] - D_PROSE["verblijf"]
assert D_AN["meedoen"] < 0 and D_AN_WMO > 0 and D_AN["zorg"] < 0 and D_AN["ozb"] > 0 and D_AN["au"] > 0


# ---- the two indicators that the real Begroting 2020 holds (nulmeting 2016 and SOLL 2022), asserted
def _assert_real():
    txt = REAL_DK.read_text(encoding="utf-8").splitlines()
    for label, (jaar, nul), streef, _ in D_IND[:2]:
        ln = [x for x in txt if label in x]
        assert len(ln) == 1 and ln[0].rstrip().endswith(f"{jaar} {nul} {streef}"), (label, ln)
    assert any(x.rstrip().endswith("2018 7,7") for x in txt)
    assert any(x.rstrip().endswith("2018 24%") for x in txt)


_assert_real()

if __name__ == "__main__":
    print("GGD lasten", G_TOT_LASTEN)
    print("GGD progbaten", G_TOT_PROGBATEN)
    print("GGD bijdragen basis", G_BIJ_BASIS, "maatwerk", G_BIJ_MAATWERK)
    print("GGD totaal baten", G_TOT_BATEN)
    print("GGD saldo", G_SALDO)
    print("GGD toev/ontt", G_TOEV, G_ONTT)
    print("GGD resultaat", G_RESULTAAT)
    print("reserves", G_RES_STAND_2024, G_RES_MUT, G_RES_1_1_2026, G_RES_31_12_2026)
    print("weerstand", G_BENODIGD, G_BESCHIKBAAR, G_RATIO)
    print("EV", G_EV, "liquide", G_LIQUIDE, "solv", G_SOLV, "nsq", G_NSQ)
    print("inwoners", G_INWONERS, "basis26", G_SUM_BASIS26, "maatwerk26", G_SUM_MAATWERK26, "tot26", G_SUM_TOTAAL26,
          "tot25", G_SUM_TOTAAL25)
    print("per inw", G_PER_INW26)
    print("groei per lid", {m: round(100 * (G_TOTAAL26[m] / G_TOTAAL25[m] - 1), 1) for m in G_MEMBERS})
    print("bijlage", G_BIJLAGE)
    print("fte", G_FTE_TOT)
    print("DK amb", D_AMB_TOT)
    print("DK lasten", D_LASTEN_TOT, "AU", D_AU, "baten", D_BATEN_TOT, "saldo", D_SALDO)
    print("DK toev/ontt", D_TOEV, D_ONTT)
    print("DK overview", D_OV_LASTEN, D_OV_BATEN, D_OV_TOT_LASTEN, D_OV_TOT_BATEN, D_OV_SALDO, D_OV_RESULTAAT)
    print("DK balans EV", D_EV, "activa", D_ACTIVA_TOT, "nvs", D_NVS, "solv", D_SOLV, "nsq", D_NSQ, D_NSQ_CORR,
          "grex", D_GREX)
    print("DK OZB", D_OZB_BEGR, D_OZB_REAL, "AN", D_AN, D_AN_WMO)
    print("DK res end", D_RES_END, D_TOEV_REK, D_ONTT_REK)
