"""Every figure of the two FICTIONAL documents of set-be, typed once; derived figures computed; asserts tie them.

Collectie Overijssel, Begroting 2026 en meerjarenraming 2027-2029 (amounts x € 1.000 unless stated, the
contributions in whole euros).  GGD Twente, Jaarstukken 2024 (amounts in whole euros unless stated).
All figures are made up.  Run `python data.py` to print a summary (the asserts run on import).
"""
from decimal import Decimal
from fmt import rnd, k

# ---------------------------------------------------------------- Collectie Overijssel (CO) --------------
CO_YEARS = ["2024", "2025", "2026", "2027", "2028", "2029"]
CO_YEAR_HEAD = ["Rekening 2024", "Begroting 2025 na wijziging", "Begroting 2026",
                "Raming 2027", "Raming 2028", "Raming 2029"]

LOONINDEX = Decimal("3.6")          # percent
PRIJSINDEX = Decimal("2.4")
LOON_AANDEEL = 75                   # weights of the composite index
INDEX_2026 = (LOONINDEX * LOON_AANDEEL + PRIJSINDEX * (100 - LOON_AANDEEL)) / 100   # 3.3
assert INDEX_2026 == Decimal("3.3")
INDEX_MEERJAREN = Decimal("2.5")    # per year 2027-2029

# contributions: name -> (rekening 2024 x1000, begroting 2025 na wijziging in euros, uitbreiding e-depot 2026)
CO_BIJDRAGE_IN = {
    "Het Rijk": (2331, 2412350, 0),
    "Gemeente Zwolle": (1729, 1790420, 28500),
    "Gemeente Deventer": (1293, 1338870, 21500),
    "Provincie Overijssel": (656, 679240, 0),        # DVO partner, not a GR deelnemer (footnote *)
}
CO_INWONERS = {"Gemeente Zwolle": 133412, "Gemeente Deventer": 103781}   # 1-1-2025 (made up)

CO_BIJDRAGE = {}
for name, (r24, b25, uitbr) in CO_BIJDRAGE_IN.items():
    idx = int(rnd(Decimal(b25) * INDEX_2026 / 100))
    b26 = b25 + idx + uitbr
    assert b26 == int(rnd(Decimal(b25) * (1 + INDEX_2026 / 100))) + uitbr
    meer = [b26]
    for _ in range(3):
        meer.append(int(rnd(Decimal(meer[-1]) * (1 + INDEX_MEERJAREN / 100))))
    CO_BIJDRAGE[name] = dict(r24_k=r24, b25=b25, idx=idx, uitbr=uitbr, b26=b26,
                             euros=meer,                                  # 2026..2029 in euros (only 2026 printed)
                             k=[r24, k(b25)] + [k(x) for x in meer])     # x1000, 2024..2029
for g, inw in CO_INWONERS.items():
    CO_BIJDRAGE[g]["inwoners"] = inw
    CO_BIJDRAGE[g]["per_inw"] = rnd(Decimal(CO_BIJDRAGE[g]["b26"]) / inw, 2)
GR = ["Het Rijk", "Gemeente Zwolle", "Gemeente Deventer"]
CO_BIJ_TOT = {f: sum(CO_BIJDRAGE[n][f] for n in CO_BIJDRAGE) for f in ("b25", "idx", "uitbr", "b26")}
CO_BIJ_GR = {f: sum(CO_BIJDRAGE[n][f] for n in GR) for f in ("b25", "idx", "uitbr", "b26")}

# categorial baten and lasten x1000, 2024..2029 (the rows of the real Jaarstukken 2023, '2.1 Baten en Lasten')
CO_BATEN_OVERIG = {
    "Baten DVO's Overige": [43, 44, 45, 46, 47, 48],
    "Baten Provinciaal Programma": [405, 410, 410, 410, 0, 0],          # footnote *): ends after 2027
    "Baten Museale Collectie": [229, 232, 236, 240, 244, 248],
    "Baten Kenniscomponent": [50, 50, 0, 0, 0, 0],
    "Baten Overig": [312, 280, 250, 250, 250, 250],
}
CO_BATEN_ROWS = [
    ("Baten GR Rijk", CO_BIJDRAGE["Het Rijk"]["k"]),
    ("Baten GR Gemeente Zwolle", CO_BIJDRAGE["Gemeente Zwolle"]["k"]),
    ("Baten GR Gemeente Deventer", CO_BIJDRAGE["Gemeente Deventer"]["k"]),
    ("Baten DVO Provincie Overijssel", CO_BIJDRAGE["Provincie Overijssel"]["k"]),
] + list(CO_BATEN_OVERIG.items())
CO_BATEN_GR = [sum(CO_BIJDRAGE[n]["k"][i] for n in GR) for i in range(6)]      # italic subtotal 'GR-deelnemers'
CO_BATEN = [sum(v[i] for _, v in CO_BATEN_ROWS) for i in range(6)]

CO_LASTEN_ROWS = [
    ("Personeel salarissen", [3405, 3720, 3842, 3938, 4036, 4137]),
    ("Personeel overig", [402, 380, 395, 405, 415, 425]),
    ("Huisvesting energie", [498, 460, 445, 455, 465, 475]),
    ("Huisvesting overig", [912, 905, 930, 955, 980, 1005]),
    ("Organisatie projecten", [590, 856, 700, 560, 480, 430]),
    ("Organisatie overig", [455, 470, 485, 495, 505, 515]),
    ("Projectkosten subsidies", [642, 590, 541, 541, 154, 154]),
    ("Afschrijvingskosten", [248, 285, 330, 365, 390, 380]),
    ("Onvoorzien", [0, 0, 50, 50, 50, 50]),
]
CO_L = dict(CO_LASTEN_ROWS)
CO_PERSONEEL = [CO_L["Personeel salarissen"][i] + CO_L["Personeel overig"][i] for i in range(6)]
CO_HUISVESTING = [CO_L["Huisvesting energie"][i] + CO_L["Huisvesting overig"][i] for i in range(6)]
CO_LASTEN = [sum(v[i] for _, v in CO_LASTEN_ROWS) for i in range(6)]
CO_SALDO = [CO_BATEN[i] - CO_LASTEN[i] for i in range(6)]

# programmes x1000
CO_PROGS = ["Beheer en behoud", "Digitalisering en e-depot", "Publieksbereik en dienstverlening",
            "Kennis en netwerk", "Overhead"]
_pl = {
    "Beheer en behoud": [2310, 2395, 2420, 2455, 2430, 2460],
    "Digitalisering en e-depot": [1420, 1690, 1815, 1905, 1820, 1860],
    "Publieksbereik en dienstverlening": [1185, 1260, 1245, 1270, 1250, 1270],
    "Overhead": [1525, 1590, 1640, 1665, 1655, 1680],
}
_pl["Kennis en netwerk"] = [CO_LASTEN[i] - sum(_pl[p][i] for p in _pl) for i in range(6)]
CO_PROG_L = {p: _pl[p] for p in CO_PROGS}
_ov = CO_BATEN_OVERIG
CO_PROG_B = {
    "Beheer en behoud": [_ov["Baten Museale Collectie"][i] + 60 for i in range(6)],
    "Digitalisering en e-depot": [52, 40, 40, 40, 40, 40],
    "Publieksbereik en dienstverlening": [200, 180, 150, 150, 150, 150],
    "Kennis en netwerk": [_ov["Baten Provinciaal Programma"][i] + _ov["Baten Kenniscomponent"][i] for i in range(6)],
    "Overhead": [0] * 6,
}
for i in range(6):   # programme baten = the baten that are no algemene dekkingsmiddelen
    assert sum(CO_PROG_B[p][i] for p in CO_PROGS) == (_ov["Baten Provinciaal Programma"][i] + _ov["Baten Museale Collectie"][i]
                                                      + _ov["Baten Kenniscomponent"][i] + _ov["Baten Overig"][i])
    assert sum(CO_PROG_L[p][i] for p in CO_PROGS) == CO_LASTEN[i]
    assert min(CO_PROG_L[p][i] for p in CO_PROGS) > 250
CO_PROG_S = {p: [CO_PROG_B[p][i] - CO_PROG_L[p][i] for i in range(6)] for p in CO_PROGS}
CO_PROGS_L = [sum(CO_PROG_L[p][i] for p in CO_PROGS) for i in range(6)]
CO_PROGS_B = [sum(CO_PROG_B[p][i] for p in CO_PROGS) for i in range(6)]
CO_PROGS_S = [CO_PROGS_B[i] - CO_PROGS_L[i] for i in range(6)]
CO_ADM = [CO_BATEN_GR[i] + CO_BIJDRAGE["Provincie Overijssel"]["k"][i] + _ov["Baten DVO's Overige"][i] for i in range(6)]
for i in range(6):
    assert CO_PROGS_B[i] + CO_ADM[i] == CO_BATEN[i]
    assert CO_PROGS_S[i] + CO_ADM[i] == CO_SALDO[i]

# reserves x1000: stand 31-12-2024 is after the resultaatbestemming 2024 (resultaat to the Algemene reserve)
CO_RES_NAMES = ["Algemene reserve", "Onderhoud", "Datakwaliteit & Collectiebeheer", "Digitale dienstverlening",
                "Huisvesting Collectiecentrum"]
CO_RES_1_1_2024 = {"Algemene reserve": 165, "Onderhoud": 989, "Datakwaliteit & Collectiebeheer": 1244,
                   "Digitale dienstverlening": 687, "Huisvesting Collectiecentrum": 0}
# mutations per year (positive = toevoeging, negative = onttrekking)
CO_RES_MUT = {
    "2024": {"Datakwaliteit & Collectiebeheer": -250, "Onderhoud": -100, "Digitale dienstverlening": 150},
    "2025": {"Datakwaliteit & Collectiebeheer": -330, "Digitale dienstverlening": -200, "Onderhoud": 100},
    "2026": {"Datakwaliteit & Collectiebeheer": -250, "Digitale dienstverlening": -200, "Huisvesting Collectiecentrum": 150},
    "2027": {"Datakwaliteit & Collectiebeheer": -180, "Digitale dienstverlening": -150, "Huisvesting Collectiecentrum": 150},
    "2028": {"Datakwaliteit & Collectiebeheer": -130, "Onderhoud": -150, "Huisvesting Collectiecentrum": 150},
    "2029": {"Digitale dienstverlening": -200, "Huisvesting Collectiecentrum": 150},
}
CO_TOEV = [sum(v for v in CO_RES_MUT[y].values() if v > 0) for y in CO_YEARS]
CO_ONTTR = [-sum(v for v in CO_RES_MUT[y].values() if v < 0) for y in CO_YEARS]
CO_RESULTAAT = [CO_SALDO[i] - CO_TOEV[i] + CO_ONTTR[i] for i in range(6)]
assert CO_RESULTAAT[0] == 96, CO_RESULTAAT
assert CO_RESULTAAT[1:] == [0, 0, 0, 0, 0], CO_RESULTAAT
CO_RES = {}   # name -> stands 31-12 for 2024..2029
for n in CO_RES_NAMES:
    s = CO_RES_1_1_2024[n]
    stands = []
    for y in CO_YEARS:
        s += CO_RES_MUT[y].get(n, 0)
        if y == "2024" and n == "Algemene reserve":
            s += CO_RESULTAAT[0]          # resultaatbestemming 2024
        stands.append(s)
        assert s >= 0
    CO_RES[n] = stands
CO_RES_TOT = [sum(CO_RES[n][i] for n in CO_RES_NAMES) for i in range(6)]

CO_VOORZ = {
    "Voorziening organisatie": [180, 120, 60, 0, 0, 0],
    "Voorziening verlofsparen": [11, 12, 13, 14, 15, 16],
    "Voorziening groot onderhoud": [0, 40, 95, 140, 120, 165],
}
CO_VOORZ_TOT = [sum(v[i] for v in CO_VOORZ.values()) for i in range(6)]

# weerstandsvermogen x1000 (risk, impact, kans %)
CO_RISKS = [("Gebouwen - huurdersrisico's", 200, 10), ("Depots - calamiteiten", 250, 10),
            ("Inflatie - kosten boven index", 160, 50), ("Ziekte - kosten vervanging", 100, 25),
            ("Projecten - tegenvallers", 84, 50), ("Informatieveiligheid - cyberincident", 120, 25)]
CO_RISK_NEED = [(n, imp, kans, imp * kans // 100) for n, imp, kans in CO_RISKS]
for n, imp, kans, need in CO_RISK_NEED:
    assert imp * kans % 100 == 0
CO_BENODIGD = sum(r[3] for r in CO_RISK_NEED)
CO_ONVOORZIEN_2026 = CO_L["Onvoorzien"][2]
CO_BESCHIKBAAR = CO_RES["Algemene reserve"][2] + CO_ONVOORZIEN_2026
CO_RATIO = rnd(Decimal(CO_BESCHIKBAAR) / CO_BENODIGD, 2)
assert (CO_BENODIGD, CO_BESCHIKBAAR, str(CO_RATIO)) == (222, 311, "1.40")

# investeringen x1000, 2026..2029, afschrijvingstermijn (jaar)
CO_INV_DEPOT = [("Klimaatinstallatie depot Marslanden", [310, 0, 0, 0], 15),
                ("Stellingen en inrichting depots", [85, 120, 0, 0], 20),
                ("Calamiteitenvoorzieningen depots", [0, 35, 0, 40], 10)]
CO_INV_DIGI = [("Scanapparatuur Snelle Scanservice", [65, 0, 70, 0], 5),
               ("E-depot: koppelingen en opslaguitbreiding", [140, 60, 0, 60], 5),
               ("Nieuw collectiebeheersysteem", [0, 240, 0, 0], 7),
               ("Werkplekken en ICT", [45, 45, 45, 45], 4)]
CO_INV_DEPOT_SUB = [sum(r[1][i] for r in CO_INV_DEPOT) for i in range(4)]
CO_INV_DIGI_SUB = [sum(r[1][i] for r in CO_INV_DIGI) for i in range(4)]
CO_INV_TOT = [CO_INV_DEPOT_SUB[i] + CO_INV_DIGI_SUB[i] for i in range(4)]
assert CO_INV_TOT == [645, 500, 115, 145]

# personeel: fte per afdeling (begroting 2025, begroting 2026), one decimal, in tenths
CO_FTE = [("Collectie & Informatie", 174, 182), ("Publiek & Dienstverlening", 116, 120),
          ("Digitalisering & e-depot", 82, 96), ("Bedrijfsvoering", 81, 81), ("Directie en staf", 35, 35)]
CO_FTE_TOT = (sum(r[1] for r in CO_FTE), sum(r[2] for r in CO_FTE))
assert CO_FTE_TOT == (488, 514)

# geprognosticeerde balans x1000, 31-12 of 2024 (rekening), 2025, 2026
CO_BAL_VA = [612, 720, 1030]
CO_BAL_VORD = [4420, 3930, 3415]     # kortlopende vorderingen incl. rekening-courant Rijk
CO_BAL_OVA = [180, 150, 150]
CO_BAL_LIQ = [15, 10, 10]
CO_BAL_TOT = [CO_BAL_VA[i] + CO_BAL_VORD[i] + CO_BAL_OVA[i] + CO_BAL_LIQ[i] for i in range(3)]
CO_BAL_EV = [CO_RES_TOT[i] for i in range(3)]
CO_BAL_VOORZ = CO_VOORZ_TOT[:3]
CO_BAL_VP = [CO_BAL_TOT[i] - CO_BAL_EV[i] - CO_BAL_VOORZ[i] for i in range(3)]
CO_SOLV = [rnd(Decimal(CO_BAL_EV[i]) * 100 / CO_BAL_TOT[i], 1) for i in range(3)]
CO_NSQ = [rnd(Decimal(CO_BAL_VP[i] - CO_BAL_VORD[i] - CO_BAL_OVA[i] - CO_BAL_LIQ[i]) * 100 / CO_BATEN[i], 1)
          for i in range(3)]
CO_STRUCT_SALDO = [99, 43, 59]
CO_SER = [rnd(Decimal(CO_STRUCT_SALDO[i]) * 100 / CO_BATEN[i], 1) for i in range(3)]

# prose figures
CO_PROSE = dict(scans_2026=1_800_000, aanvragen_2026=6800, edepot_tb_2025=214, edepot_tb_2026=260,
                dvo_aansluitingen=4, meter_stadsarchief=420, studiezaal_2026=1050)

# ---------------------------------------------------------------- GGD Twente (GT) -------------------------
GT_MEMBERS = {  # inwoners 1-1-2023 (made up), plustaken 2024 in euros (made up)
    "Almelo": (74214, 412300), "Borne": (24118, 61200), "Dinkelland": (26561, 96450),
    "Enschede": (160872, 1284600), "Haaksbergen": (24563, 58900), "Hellendoorn": (36522, 102800),
    "Hengelo": (81973, 486100), "Hof van Twente": (35318, 88400), "Losser": (22742, 47300),
    "Oldenzaal": (31987, 92600), "Rijssen-Holten": (38807, 74900), "Tubbergen": (21614, 38700),
    "Twenterand": (33956, 118250), "Wierden": (24690, 56200),
}
GT_TARIEF = Decimal("65.58")      # basispakket per inwoner 2024
GT_BIJ = {}
for g, (inw, plus) in GT_MEMBERS.items():
    bp = int(rnd(GT_TARIEF * inw))
    tot = bp + plus
    GT_BIJ[g] = dict(inwoners=inw, basis=bp, plus=plus, totaal=tot, per_inw=rnd(Decimal(tot) / inw, 2))
GT_BIJ_TOT = {f: sum(GT_BIJ[g][f] for g in GT_BIJ) for f in ("inwoners", "basis", "plus", "totaal")}
GT_BIJ_TOT["per_inw"] = rnd(Decimal(GT_BIJ_TOT["totaal"]) / GT_BIJ_TOT["inwoners"], 2)

GT_PROGS = ["Jeugdgezondheidszorg", "Infectieziektebestrijding", "Medische milieukunde",
            "Publieke gezondheid bij rampen en crises", "Veilig Thuis Twente", "Toezicht kinderopvang",
            "Gezondheidsbevordering en monitoring", "Overhead"]
# lasten: primitief, na wijziging, realisatie
GT_L = {
    "Jeugdgezondheidszorg": (21350000, 21742300, 20918946),
    "Infectieziektebestrijding": (6120500, 6845200, 7212684),
    "Medische milieukunde": (912400, 918600, 876215),
    "Publieke gezondheid bij rampen en crises": (1184000, 1196300, 1142733),
    "Veilig Thuis Twente": (7785600, 8034900, 8398112),
    "Toezicht kinderopvang": (1612800, 1628400, 1561027),
    "Gezondheidsbevordering en monitoring": (3214300, 3262700, 3198554),
    "Overhead": (6481200, 6540100, 6172892),
}
GT_B = {  # programme baten (no bijdragen gemeenten)
    "Jeugdgezondheidszorg": (1418000, 1465000, 1502318),
    "Infectieziektebestrijding": (1356000, 1892000, 2214906),
    "Medische milieukunde": (38000, 38000, 41250),
    "Publieke gezondheid bij rampen en crises": (0, 0, 0),
    "Veilig Thuis Twente": (412000, 612000, 788430),
    "Toezicht kinderopvang": (96000, 96000, 104760),
    "Gezondheidsbevordering en monitoring": (184000, 226000, 231874),
    "Overhead": (120000, 120000, 146212),
}
GT_L_TOT = tuple(sum(GT_L[p][j] for p in GT_PROGS) for j in range(3))
GT_B_PROG = tuple(sum(GT_B[p][j] for p in GT_PROGS) for j in range(3))
GT_BASIS = (GT_BIJ_TOT["basis"],) * 3
GT_PLUS = (3016800, GT_BIJ_TOT["plus"], GT_BIJ_TOT["plus"])
GT_B_TOT = tuple(GT_B_PROG[j] + GT_BASIS[j] + GT_PLUS[j] for j in range(3))
GT_SALDO = tuple(GT_B_TOT[j] - GT_L_TOT[j] for j in range(3))
GT_TOEV = (150000, 150000, 150000)
GT_ONTTR_PLAN = (None, None, None)
GT_RES_NAMES = ["Algemene reserve", "Reserve Infectieziektebestrijding", "Reserve Digitalisering JGZ",
                "Reserve Frictiekosten Veilig Thuis", "Reserve Huisvesting"]
GT_RES = {  # stand 1-1-2024, toevoegingen, onttrekkingen
    "Algemene reserve": (1146300, 0, 0),
    "Reserve Infectieziektebestrijding": (850000, 0, 450000),
    "Reserve Digitalisering JGZ": (620000, 0, 180000),
    "Reserve Frictiekosten Veilig Thuis": (300000, 0, 120000),
    "Reserve Huisvesting": (410000, 150000, 0),
}
GT_RES_END = {n: v[0] + v[1] - v[2] for n, v in GT_RES.items()}
GT_RES_TOT = tuple(sum(GT_RES[n][j] for n in GT_RES_NAMES) for j in range(3)) + (sum(GT_RES_END.values()),)
GT_ONTTR = (None, None, GT_RES_TOT[2])
GT_RESULT_REAL = GT_SALDO[2] - GT_TOEV[2] + GT_RES_TOT[2]
assert GT_RES_TOT[1] == GT_TOEV[2]
# primitief and na wijziging close at 0 with the onttrekkingen they planned
GT_ONTTR = (-(GT_SALDO[0] - GT_TOEV[0]), -(GT_SALDO[1] - GT_TOEV[1]), GT_RES_TOT[2])
GT_RESULT = (0, 0, GT_RESULT_REAL)
assert GT_ONTTR[0] > 0 and GT_ONTTR[1] > 0

# resultaatbestemming
GT_BEST_RESERVE = 350000          # to Reserve Infectieziektebestrijding
GT_BEST_TERUG = GT_RESULT_REAL - GT_BEST_RESERVE

# WNT
GT_WNT = {"2024": dict(beloning=168412, termijn=24118, max=233000),
          "2023": dict(beloning=159874, termijn=22690, max=223000)}
for v in GT_WNT.values():
    v["sub"] = v["beloning"] + v["termijn"]
    assert v["sub"] <= v["max"]

# balans 31-12-2024, 31-12-2023 (euros)
GT_RESULT_2023 = 612480
GT_BAL = {
    "Materiële vaste activa": (3412780, 3655210),
    "Uitzettingen met een rentetypische looptijd korter dan één jaar": (2502920, 2308445),
    "Uitzettingen in 's Rijks schatkist": (9845210, 8912640),
    "Liquide middelen": (214630, 188950),
    "Overlopende activa": (1102340, 968720),
}
GT_BAL_ACTIVA = tuple(sum(v[j] for v in GT_BAL.values()) for j in range(2))
GT_EV = (GT_RES_TOT[3] + GT_RESULT_REAL, GT_RES_TOT[0] + GT_RESULT_2023)
GT_VOORZ = (1245000, 1388600)
GT_VASTE_SCHULD = (2400000, 2700000)
GT_OVERL_PAS = (3214560, 2874300)
GT_NVS = tuple(GT_BAL_ACTIVA[j] - GT_EV[j] - GT_VOORZ[j] - GT_VASTE_SCHULD[j] - GT_OVERL_PAS[j] for j in range(2))
assert min(GT_NVS) > 0, GT_NVS
GT_SOLV_2024 = rnd(Decimal(GT_EV[0]) * 100 / GT_BAL_ACTIVA[0], 1)
_fin_act = (GT_BAL["Uitzettingen met een rentetypische looptijd korter dan één jaar"][0]
            + GT_BAL["Uitzettingen in 's Rijks schatkist"][0] + GT_BAL["Liquide middelen"][0] + GT_BAL["Overlopende activa"][0])
GT_NSQ_2024 = rnd(Decimal(GT_VASTE_SCHULD[0] + GT_NVS[0] + GT_OVERL_PAS[0] - _fin_act) * 100 / GT_B_TOT[2], 1)
GT_BATEN_2023 = 47112000          # not printed; used for the netto schuldquote 2023
GT_SOLV_2023 = rnd(Decimal(GT_EV[1]) * 100 / GT_BAL_ACTIVA[1], 1)
_fin_act23 = (GT_BAL["Uitzettingen met een rentetypische looptijd korter dan één jaar"][1]
              + GT_BAL["Uitzettingen in 's Rijks schatkist"][1] + GT_BAL["Liquide middelen"][1] + GT_BAL["Overlopende activa"][1])
GT_NSQ_2023 = rnd(Decimal(GT_VASTE_SCHULD[1] + GT_NVS[1] + GT_OVERL_PAS[1] - _fin_act23) * 100 / GT_BATEN_2023, 1)
GT_KENGETALLEN = [  # rekening 2023, begroting 2024, rekening 2024 (percent)
    ("Netto schuldquote", GT_NSQ_2023, Decimal("-2.5"), GT_NSQ_2024),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", GT_NSQ_2023, Decimal("-2.5"), GT_NSQ_2024),
    ("Solvabiliteitsratio", GT_SOLV_2023, Decimal("18.6"), GT_SOLV_2024),
    ("Structurele exploitatieruimte", Decimal("0.9"), Decimal("0.0"), Decimal("1.1")),
]

# weerstandsvermogen
GT_RISKS = [("Loonkosten boven de indexatie", 600000, 50), ("Uitbraak van een infectieziekte", 800000, 25),
            ("Tekort aan jeugdartsen (inhuur)", 400000, 50), ("Wachttijden Veilig Thuis", 350000, 25),
            ("Cyberincident", 500000, 10), ("Frictiekosten bij taakwijzigingen", 250000, 25)]
GT_RISK_NEED = [(n, b, kans, b * kans // 100) for n, b, kans in GT_RISKS]
GT_BENODIGD = sum(r[3] for r in GT_RISK_NEED)
GT_CAPACITEIT = GT_RES["Algemene reserve"][0]
GT_RATIO = rnd(Decimal(GT_CAPACITEIT) / GT_BENODIGD, 2)

# prestaties: indicator, unit, streefwaarde 2024, realisatie 2023, realisatie 2024
GT_PREST = [
    ("Vaccinatiegraad DKTP zuigelingen (2 jaar)", "pct", Decimal("95.0"), Decimal("88.9"), Decimal("87.6")),
    ("Vaccinatiegraad BMR (2 jaar)", "pct", Decimal("95.0"), Decimal("90.2"), Decimal("89.4")),
    ("Vaccinatiegraad HPV (14 jaar)", "pct", Decimal("75.0"), Decimal("61.5"), Decimal("63.8")),
    ("Vaccinatiegraad MenACWY (14 jaar)", "pct", Decimal("90.0"), Decimal("86.1"), Decimal("85.3")),
    ("Aantal contactmomenten JGZ 0-4 jaar", "n", 59000, 58912, 60487),
    ("Aantal contactmomenten JGZ 4-18 jaar", "n", 32000, 31204, 32655),
    ("Aantal meldingen Veilig Thuis", "n", None, 5612, 6148),
    ("Aantal adviezen Veilig Thuis", "n", None, 7930, 7512),
    ("Aantal soa-consulten", "n", 5200, 5188, 5406),
    ("Aantal inspecties kinderopvang", "n", 1300, 1284, 1311),
]

# personeel: afdeling, formatie 2024 (tenths fte), bezetting 31-12-2024 (tenths), verzuim 2023, verzuim 2024 (tenths %)
GT_PERS = [("Jeugdgezondheidszorg", 2486, 2413, 68, 61),
           ("Infectieziektebestrijding en MMK", 584, 612, 52, 59),
           ("Veilig Thuis Twente", 840, 795, 84, 77),
           ("Gezondheidsbevordering, monitoring en toezicht", 412, 401, 46, 43),
           ("Bedrijfsvoering en staf", 528, 516, 50, 54)]
GT_FORMATIE = sum(r[1] for r in GT_PERS)
GT_BEZETTING = sum(r[2] for r in GT_PERS)
GT_VERZUIM_2024 = rnd(Decimal(sum(r[2] * r[4] for r in GT_PERS)) / GT_BEZETTING / 10, 1)
GT_VERZUIM_2023 = Decimal("6.6")

GT_PROSE = dict(kinkhoest_meldingen=1386, zwangeren_pct=Decimal("71"), mpox_vaccinaties=412,
                vt_wachtlijst_max=163)

if __name__ == "__main__":
    print("CO baten", CO_BATEN, "lasten", CO_LASTEN, "saldo", CO_SALDO, "resultaat", CO_RESULTAAT)
    print("CO prog L", CO_PROG_L)
    print("CO bijdragen", {n: (v["b25"], v["idx"], v["b26"], v["k"]) for n, v in CO_BIJDRAGE.items()})
    print("CO per inw", {g: CO_BIJDRAGE[g]["per_inw"] for g in CO_INWONERS}, "tot", CO_BIJ_TOT, CO_BIJ_GR)
    print("CO reserves", CO_RES, CO_RES_TOT, "voorz", CO_VOORZ_TOT)
    print("CO balans", CO_BAL_TOT, CO_BAL_VP, "solv", CO_SOLV, "nsq", CO_NSQ, "ser", CO_SER, "ratio", CO_RATIO)
    print("GT L", GT_L_TOT, "B prog", GT_B_PROG, "basis", GT_BASIS, "plus", GT_PLUS, "B", GT_B_TOT)
    print("GT saldo", GT_SALDO, "onttr", GT_ONTTR, "result", GT_RESULT, "terug", GT_BEST_TERUG)
    print("GT bij tot", GT_BIJ_TOT)
    print("GT bal", GT_BAL_ACTIVA, "EV", GT_EV, "NVS", GT_NVS, "solv", GT_SOLV_2024, "nsq", GT_NSQ_2024)
    print("GT ratio", GT_BENODIGD, GT_CAPACITEIT, GT_RATIO, "fte", GT_FORMATIE, GT_BEZETTING, GT_VERZUIM_2024)
    for g in ("Twenterand", "Dinkelland", "Enschede"):
        print(g, GT_BIJ[g])
