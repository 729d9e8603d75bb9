"""Every figure of the two FICTIONAL documents of set-ay, typed once, with the asserts that tie them together.

  W  = Gemeente Wassenaar, Voorjaarsnota 2025 (made-up figures; programmes and style of the real Begroting 2024)
  RT = Regio Twente, Jaarstukken 2024 (made-up figures; the real 14 Twente municipalities as members)

Run `python data.py` to execute the asserts and print the key figures.  docs.py turns these figures into the
blocks (prose and tables, every cell pre-formatted) that the two renderers lay out.
"""
from __future__ import annotations

from fmt import k, largest_remainder, mln

# ================================================================================================ Wassenaar
W_FILE = "wassenaar-voorjaarsnota-2025.pdf"
W_ID = "wassenaar-voorjaarsnota-2025"
W_BODY = "Wassenaar"                    # exactly the municipality of the real Begroting 2024 entry
W_TITLE = "Voorjaarsnota 2025"
YEARS = [2025, 2026, 2027, 2028]
PROGS = {
    "P1": "P1 Veiligheid en Handhaving",
    "P2": "P2 Mens en Maatschappij",
    "P3": "P3 Bestuur en Middelen",
    "P4": "P4 Fysieke Leefomgeving",
    "P5": "P5 Natuur, Klimaat en Mobiliteit",
}

# ---- jaarrekening 2024: result per programme (x EUR 1.000; saldo = baten - lasten, "-" = nadeel)
W_RES = [  # (label, saldo begroting 2024 na wijziging, saldo rekening 2024)
    ("P1 Veiligheid en Handhaving", -4186, -4021),
    ("P2 Mens en Maatschappij", -28944, -29870),
    ("P3 Bestuur en Middelen", -3512, -3298),
    ("P4 Fysieke Leefomgeving", -4411, -3655),
    ("P5 Natuur, Klimaat en Mobiliteit", -7130, -6802),
    ("Algemene dekkingsmiddelen", 58902, 61177),
    ("Overhead", -11802, -11537),
    ("Onvoorzien", -26, 0),
]
W_RES_MUT = (1000, 852)                 # mutaties reserves 2024 (per saldo onttrekking): begroot, rekening
W_RESULT_EUR = 2846213                  # resultaat jaarrekening 2024 in euros (prose)
W_RES_SALDO = (sum(r[1] for r in W_RES), sum(r[2] for r in W_RES))
W_RESULT_BEGROOT = W_RES_SALDO[0] + W_RES_MUT[0]
W_RESULT = W_RES_SALDO[1] + W_RES_MUT[1]
assert W_RESULT == k(W_RESULT_EUR) == 2846, W_RESULT
assert W_RESULT_BEGROOT == -109


def w_dev(b, r):
    """afwijking rekening - begroting: > 0 voordeel"""
    return r - b


W_RES_DEV = [w_dev(b, r) for _, b, r in W_RES]
assert sum(W_RES_DEV) + (W_RES_MUT[1] - W_RES_MUT[0]) == W_RESULT - W_RESULT_BEGROOT == 2955

# resultaatbestemming (euros; prose) -> x EUR 1.000 in the reserve table
W_BESTEMMING = [  # (reserve key, euros)
    ("BR uitvoering Sociaal domein", 750000),
    ("BR volkshuisvesting en duurzaamheid", 500000),
    ("Algemene reserve (vrij besteedbaar)", W_RESULT_EUR - 750000 - 500000),
]
assert W_BESTEMMING[2][1] == 1596213
assert sum(k(e) for _, e in W_BESTEMMING) == W_RESULT

# ---- Tabel 4.2 autonome ontwikkelingen (x EUR 1.000, unsigned, sign: +1 voordeel / -1 nadeel)
W_AUTO = [  # (nr, label, I/S, sign, [2025..2028] (None = blank))
    ("A1", "Loonindexatie: cao gemeenten 2025-2026", "S", -1, [612, 688, 688, 688]),
    ("A2", "Prijsindexatie materiële budgetten en subsidies", "S", -1, [318, 324, 331, 338]),
    ("A3", "Algemene uitkering: septembercirculaire 2024", "S", +1, [455, 512, 388, 240]),
    ("A4", "Algemene uitkering: decembercirculaire 2024", "I", +1, [124, None, None, None]),
    ("A5", "Algemene uitkering: meicirculaire 2025*", "S", -1, [None, 1105, 980, 760]),
    ("A6", "Energiekosten gemeentelijke gebouwen", "S", -1, [245, 180, 150, 150]),
    ("A7", "Rente: lagere rentelasten door later aantrekken financiering", "I", +1, [95, None, None, None]),
]

# ---- Tabel 4.3 bijstellingen per programma (x EUR 1.000, unsigned, blank = no amount)
W_MUT = {
    "P1": [
        ("P1.1", "Bijdrage Veiligheidsregio Haaglanden (ontwerpbegroting 2026)", "S", -1, [48, 52, 52, 52]),
        ("P1.2", "Inzet boa's strand en Meijendel in het zomerseizoen", "I", -1, [65, None, None, None]),
    ],
    "P2": [
        ("P2.1", "Jeugdzorg: hogere volumes en tarieven specialistische jeugdhulp", "S", -1, [1150, 950, 850, 800]),
        ("P2.2", "Jeugdzorg: dekking uit BR uitvoering Sociaal domein", "I", +1, [400, None, None, None]),
        ("P2.3", "Wmo: meer gebruik hulp bij het huishouden", "S", -1, [385, 410, 435, 460]),
        ("P2.4", "Wmo: hogere tarieven begeleiding en hulpmiddelen", "S", -1, [140, 145, 150, 155]),
        ("P2.5", "Opvang vluchtelingen COA Duinrell: hogere vergoeding", "S", +1, [120, 120, 120, 120]),
        ("P2.6", "Leerlingenvervoer: nieuwe aanbesteding", "S", -1, [95, 98, 101, 104]),
    ],
    "P3": [
        ("P3.1", "ICT en informatieveiligheid", "S", -1, [130, 130, 130, 130]),
        ("P3.2", "Lagere kosten ontvlechting Sociaal Domein Voorschoten", "I", +1, [110, None, None, None]),
    ],
    "P4": [
        ("P4.1", "Sanering gemeentewerf: hogere saneringskosten", "I", -1, [450, None, None, None]),
        ("P4.2", "Hogere legesopbrengst omgevingsvergunningen", "I", +1, [180, None, None, None]),
        ("P4.3", "Onderhoud gemeentelijk vastgoed (actualisatie MJOP)", "S", -1, [75, 75, 75, 75]),
    ],
    "P5": [
        ("P5.1", "Energiekosten openbare verlichting en gemalen", "S", -1, [85, 60, 60, 60]),
        ("P5.2", "Afvalinzameling: hogere bijdrage Avalex", "S", -1, [210, 225, 240, 250]),
        ("P5.3", "Groenonderhoud: doorschuiven budget boomveiligheid", "I", +1, [120, None, None, None]),
    ],
}

# ---- investeringen (Tabel 6.1, whole euros); kapitaallasten = krediet / termijn (omslagrente 0%)
W_INV = [  # (nr, investering, programma, krediet, termijn, eerste jaar kapitaallasten)
    ("I1", "Vervanging openbare verlichting door LED", "P5", 640000, 20, 2026),
    ("I2", "Zonnepanelen op gemeentelijke gebouwen", "P5", 480000, 20, 2026),
    ("I3", "Herinrichting schoolroutes", "P5", 1150000, 30, 2026),
    ("I4", "Renovatie kleedaccommodatie sportpark Wassenaar-Noord", "P2", 1250000, 40, 2027),
    ("I5", "Vervanging tractie buitendienst", "P4", 360000, 8, 2026),
    ("I6", "Vervanging netwerkinfrastructuur ICT", "P3", 420000, 5, 2026),
    ("I7", "Vervanging speeltoestellen", "P4", 210000, 15, 2026),
]
W_INV_KL = [round(kr / t) for _, _, _, kr, t, _ in W_INV]          # kapitaallasten per jaar, euros
W_INV_TOTAL = sum(i[3] for i in W_INV)
W_KL_YEAR = {y: sum(kl for kl, inv in zip(W_INV_KL, W_INV) if inv[5] <= y) for y in YEARS}
assert W_INV_KL[2] == 38333 and W_INV_TOTAL == 4510000

# ---- Tabel 4.4 nieuw beleid (x EUR 1.000, all claims, unsigned; '-' = no amount)
W_NEW = [  # (nr, voorstel, programma, I/S, amounts)
    ("N1", "Uitbreiding Sociaal Team Wassenaar (2 fte)", "P2", "S", [160, 165, 170, 175]),
    ("N2", "Pilot praktijkondersteuner jeugd bij huisartsen", "P2", "I", [90, 90, 0, 0]),
    ("N3", "Energieloket en isolatieaanpak particuliere woningen", "P5", "I", [250, 150, 0, 0]),
    ("N4", "Verkeersveiligheid rond scholen (gedragsprojecten)", "P5", "S", [60, 60, 60, 60]),
    ("N5", "Actualisatie omgevingsplan", "P4", "I", [175, 125, 0, 0]),
    ("N6", "Bijdrage Wassenaars Zomerfestival", "P1", "I", [40, 0, 0, 0]),
    ("N7", "Versterking handhaving (1 boa extra)", "P1", "S", [85, 88, 91, 94]),
    ("N8", "Kapitaallasten nieuwe investeringen (tabel 6.1)", "div.", "S",
     [k(W_KL_YEAR[2025]), k(W_KL_YEAR[2026]), k(W_KL_YEAR[2027]), k(W_KL_YEAR[2028])]),
]
assert W_NEW[-1][4] == [0, 237, 269, 269], W_NEW[-1][4]
W_NEW_TOTAL = [sum(n[4][i] for n in W_NEW) for i in range(4)]
W_NEW_INC = [sum(n[4][i] for n in W_NEW if n[3] == "I") for i in range(4)]   # dekking uit de algemene reserve


def _signed(rows):
    return [sum(r[3] * (r[4][i] or 0) for r in rows) for i in range(4)]


W_AUTO_TOTAL = _signed(W_AUTO)
W_MUT_SUB = {p: _signed(rows) for p, rows in W_MUT.items()}
W_MUT_TOTAL = [sum(W_MUT_SUB[p][i] for p in W_MUT) for i in range(4)]
for vals in [W_AUTO_TOTAL, W_MUT_TOTAL] + list(W_MUT_SUB.values()):
    # one V/N column per row: every subtotal and total must be a nadeel (or nil) in all four years
    assert all(v <= 0 for v in vals), vals

# ---- Tabel 4.1 meerjarenperspectief (x EUR 1.000, signed: '-' = nadeel)
W_SALDO_BEGR25 = [2986, -248, 1402, 2115]          # begrotingssaldo begroting 2025 (vastgesteld 7 november 2024)
W_RAAD = [-120, -45, -45, -45]                  # raadsbesluiten na vaststelling
W_STAND_VOOR = [a + b for a, b in zip(W_SALDO_BEGR25, W_RAAD)]
W_STAND_NA = [a + b + c for a, b, c in zip(W_STAND_VOOR, W_AUTO_TOTAL, W_MUT_TOTAL)]
W_SALDO_NA = [a - b + c for a, b, c in zip(W_STAND_NA, W_NEW_TOTAL, W_NEW_INC)]

# ---- reserves (x EUR 1.000): stand 1-1-2025 = stand 31-12-2024 (jaarrekening 2024, before bestemming)
W_RESERVES = [  # (name, stand 31-12-2023, stand 1-1-2025, toevoegingen 2025, onttrekkingen 2025)
    ("Algemene reserve (vrij besteedbaar)", 43910, 44318, 0, 700 + W_NEW_INC[0]),
    ("Algemene reserve weerstandsvermogen", 8000, 8000, 0, 0),
    ("BR volkshuisvesting en duurzaamheid", 612, 486, 0, 160),
    ("BR uitvoering Sociaal domein", 652, 652, 0, 400),
    ("BR egalisatie omgevingsvergunningen", 1285, 1035, 85, 0),
    ("BR grote projecten", 1870, 1682, 0, 200),
    ("BR Reorganisatie", 636, 636, 0, 0),
    ("BR kunstopdrachten", 44, 44, 0, 0),
    ("BR Groencompensatie Amerikaanse Ambassade", 375, 375, 0, 0),
    ("BR Transitievisies Klimaatakkoord", 35, 0, 0, 0),
]
W_RES_BESTEMMING_K = {name: k(e) for name, e in W_BESTEMMING}
W_RES_ROWS = []
for name, s23, s25, toe, ont in W_RESERVES:
    best = W_RES_BESTEMMING_K.get(name, 0)
    W_RES_ROWS.append((name, s25, best, toe, ont, s25 + best + toe - ont))
W_RES_TOT = [sum(r[i] for r in W_RES_ROWS) for i in range(1, 6)]
assert W_RES_TOT[1] == W_RESULT
assert W_RES_ROWS[3][4] == 400          # BR Sociaal domein onttrekking = P2.2 dekking jeugdzorg
W_BR_NAMES = [r[0] for r in W_RESERVES[2:]]
W_BR_2023 = sum(r[1] for r in W_RESERVES[2:])
W_BR_2024 = sum(r[2] for r in W_RESERVES[2:])
W_RES_2023_TOTAL = sum(r[1] for r in W_RESERVES)
W_RES_2024_TOTAL = sum(r[2] for r in W_RESERVES)

# ---- Tabel 3.1 financiële positie (x EUR 1 mln, one decimal), from thousands
W_POS_K = [  # (label, 31-12-2023, 31-12-2024) in x EUR 1.000
    ("Algemene reserve (vrij besteedbaar)", W_RESERVES[0][1], W_RESERVES[0][2]),
    ("Algemene reserve weerstandsvermogen", W_RESERVES[1][1], W_RESERVES[1][2]),
    ("Bestemmingsreserves", W_BR_2023, W_BR_2024),
    ("Totaal reserves", W_RES_2023_TOTAL, W_RES_2024_TOTAL),
    ("Resultaat boekjaar (nog te bestemmen)", 2318, W_RESULT),
    ("Voorzieningen", 18740, 17215),
    ("Vaste schulden (langlopende leningen)", 12000, 11200),
    ("Uitzettingen en liquide middelen", 14630, 12987),
]
W_POS = [(lab, mln(a), mln(b)) for lab, a, b in W_POS_K]
# the total row is rounded from its own thousands: it must equal the sum of the rounded rows here
assert abs(W_POS[3][2] - (W_POS[0][2] + W_POS[1][2] + W_POS[2][2])) < 1e-9
assert abs(W_POS[3][1] - (W_POS[0][1] + W_POS[1][1] + W_POS[2][1])) < 1e-9

# ---- weerstandsvermogen (x EUR 1.000)
W_CAP = [  # beschikbare weerstandscapaciteit
    ("Algemene reserve (vrij besteedbaar) na resultaatbestemming 2024", W_RES_ROWS[0][1] + W_RES_ROWS[0][2]),
    ("Algemene reserve weerstandsvermogen", W_RES_ROWS[1][1]),
]
W_CAP_TOTAL = sum(v for _, v in W_CAP)
W_RISKS = [  # (risico, bedrag impact, kans %)
    ("Jeugdzorg open einde regeling", 1800, 70),
    ("Wmo open einde regeling", 900, 50),
    ("Energieprijzen gemeentelijk vastgoed", 600, 50),
    ("Algemene uitkering vanaf 2026", 2500, 30),
    ("Sanering gemeentewerf", 1000, 30),
    ("Garantstelling Avalex/HVC", 1400, 10),
    ("Juridische procedures en planschade", 500, 30),
]
W_RISK_X = [round(b * p / 100) for _, b, p in W_RISKS]
W_RISK_SUB = sum(W_RISK_X)
W_RISK_OTHER = round(W_RISK_SUB / 10)     # overige risico's: 10% opslag
W_RISK_TOTAL = W_RISK_SUB + W_RISK_OTHER
W_RATIO = round(W_CAP_TOTAL / W_RISK_TOTAL, 1)
assert W_RISK_X[0] == 1260 and W_RISK_SUB == 3350 and W_RISK_TOTAL == 3685
assert W_CAP_TOTAL == 53914 and W_RATIO == 14.6

# ================================================================================================ Regio Twente
RT_FILE = "regio-twente-jaarstukken-2024.pdf"
RT_ID = "regio-twente-jaarstukken-2024"
RT_BODY = "Regio Twente"
RT_TITLE = "Jaarstukken 2024"

# the 14 member municipalities, inwoners per 1 januari 2023 (made up, near the real size)
RT_GEM = [
    ("Almelo", 73612), ("Borne", 24318), ("Dinkelland", 26507), ("Enschede", 160886), ("Haaksbergen", 24571),
    ("Hellendoorn", 36203), ("Hengelo", 81905), ("Hof van Twente", 35388), ("Losser", 22964),
    ("Oldenzaal", 32078), ("Rijssen-Holten", 38694), ("Tubbergen", 21683), ("Twenterand", 33942),
    ("Wierden", 24915),
]
RT_NOJGZ = "Rijssen-Holten"               # * does not take the jeugdgezondheidszorg from Regio Twente
RT_INW_TOTAL = sum(n for _, n in RT_GEM)

# tarief basistaken 2024 per inwoner (euros, two decimals), per component
RT_COMP = [
    ("Publieke gezondheid", 18.92),
    ("Jeugdgezondheidszorg", 26.06),
    ("Sociaal domein / Zorg", 6.31),
    ("Regionale samenwerking", 4.95),
    ("Bedrijfsvoering", 9.04),
]
RT_TARIEF = round(sum(t for _, t in RT_COMP), 2)
assert RT_TARIEF == 65.28


def rt_basis_parts(name, inw):
    return [0 if (name == RT_NOJGZ and c == "Jeugdgezondheidszorg") else round(inw * t) for c, t in RT_COMP]


RT_BASIS = {name: rt_basis_parts(name, inw) for name, inw in RT_GEM}
RT_BASIS_TOT = {name: sum(p) for name, p in RT_BASIS.items()}
RT_BASIS_COMP_TOT = [sum(RT_BASIS[n][i] for n, _ in RT_GEM) for i in range(len(RT_COMP))]
RT_BASIS_TOTAL = sum(RT_BASIS_TOT.values())

# plustaken en maatwerk per gemeente (euros): begroot 2024 (na wijziging), werkelijk 2024
RT_PLUS = {
    "Almelo": (312400, 298716), "Borne": (48600, 51204), "Dinkelland": (61200, 57391),
    "Enschede": (894300, 931858), "Haaksbergen": (52800, 49967), "Hellendoorn": (86100, 90412),
    "Hengelo": (402500, 386120), "Hof van Twente": (71900, 74655), "Losser": (44300, 41018),
    "Oldenzaal": (97800, 102346), "Rijssen-Holten": (58700, 55233), "Tubbergen": (39400, 40817),
    "Twenterand": (96400, 92575), "Wierden": (50600, 48902),
}
RT_PLUS_BEGR = sum(v[0] for v in RT_PLUS.values())
RT_PLUS_WERK = sum(v[1] for v in RT_PLUS.values())
RT_TOT_BEGR = {n: RT_BASIS_TOT[n] + RT_PLUS[n][0] for n, _ in RT_GEM}
RT_TOT_WERK = {n: RT_BASIS_TOT[n] + RT_PLUS[n][1] for n, _ in RT_GEM}
RT_PER_INW = {n: round(RT_TOT_WERK[n] / inw, 2) for n, inw in RT_GEM}

# programmes: lasten and baten (excl. bijdragen gemeenten) in euros:
# (realisatie 2023, begroting 2024 primitief, begroting 2024 na wijziging, realisatie 2024)
RT_PROGS = [
    ("Publieke gezondheid (GGD Twente)",
     (15918442, 16405000, 16912000, 16684213), (2984117, 2850000, 3240000, 3412806)),
    ("Jeugdgezondheidszorg",
     (17204655, 17860000, 18105000, 17712390), (1104328, 1020000, 1095000, 1187654)),
    ("Sociaal domein / Zorg",
     (9412870, 9705000, 10240000, 10498331), (5822410, 5940000, 6410000, 6502118)),
    ("Regionale samenwerking",
     (7860204, 6950000, 8120000, 7390562), (4712905, 3900000, 4980000, 4655117)),
    ("Bedrijfsvoering",
     (6104388, 6290000, 6430000, 6371942), (214560, 180000, 195000, 246305)),
]
RT_PROG_SHORT = ["Publieke gezondheid", "Jeugdgezondheidszorg", "Sociaal domein / Zorg", "Regionale samenwerking",
                 "Bedrijfsvoering"]
RT_BIJDR_BASIS = (40212655, RT_BASIS_TOTAL, RT_BASIS_TOTAL, RT_BASIS_TOTAL)
RT_BIJDR_PLUS = (2642118, RT_PLUS_BEGR, RT_PLUS_BEGR, RT_PLUS_WERK)
RT_LASTEN = tuple(sum(p[1][i] for p in RT_PROGS) for i in range(4))
RT_BATEN = tuple(sum(p[2][i] for p in RT_PROGS) + RT_BIJDR_BASIS[i] + RT_BIJDR_PLUS[i] for i in range(4))
RT_SALDO = tuple(RT_BATEN[i] - RT_LASTEN[i] for i in range(4))

# reserves (euros)
RT_RES_RESULT_2023 = 912540
RT_RES_2023_TO_GEM = 600000
RT_RESERVES = [  # (naam, stand 1-1-2024, bestemming resultaat 2023, toevoegingen 2024, onttrekkingen 2024)
    ("Algemene reserve", 2150000, RT_RES_RESULT_2023 - RT_RES_2023_TO_GEM, 0, 0),
    ("Reserve pandemische paraatheid", 1480000, 0, 0, 265000),
    ("Egalisatiereserve Veilig Thuis", 620000, 0, 150000, 0),
    ("Bestemmingsreserve Agenda van Twente", 6840000, 0, 1200000, 2410000),
    ("Reserve frictiekosten JGZ", 410000, 0, 0, 185000),
    ("Reserve huisvesting", 900000, 0, 120000, 0),
]
RT_RES_ROWS = [(n, a, b, c, d, a + b + c - d) for n, a, b, c, d in RT_RESERVES]
RT_RES_TOT = [sum(r[i] for r in RT_RES_ROWS) for i in range(1, 6)]
RT_TOEV = (1850000, 1270000, 1520000, RT_RES_TOT[2])       # toevoegingen aan reserves
RT_ONTT_2023 = RT_RES_RESULT_2023 - RT_SALDO[0] + RT_TOEV[0]   # closes the realisatie 2023
RT_ONTT = (RT_ONTT_2023,
           RT_TOEV[1] - RT_SALDO[1],                       # primitief: sluitend
           RT_TOEV[2] - RT_SALDO[2],                       # na wijziging: sluitend
           RT_RES_TOT[3])
RT_RESULT = tuple(RT_SALDO[i] - RT_TOEV[i] + RT_ONTT[i] for i in range(4))
assert RT_RESULT[1] == 0 and RT_RESULT[2] == 0
assert RT_RESULT[0] == RT_RES_RESULT_2023, (RT_RESULT[0], RT_RES_RESULT_2023)
RT_RES_2024 = RT_RESULT[3]

# resultaatbestemming 2024 (euros)
RT_BEST_PAND = 300000          # toevoeging reserve pandemische paraatheid
RT_BEST_VT = 200000            # toevoeging egalisatiereserve Veilig Thuis
RT_TERUG = RT_RES_2024 - RT_BEST_PAND - RT_BEST_VT
RT_TERUG_GEM = dict(zip([n for n, _ in RT_GEM], largest_remainder([RT_BASIS_TOT[n] for n, _ in RT_GEM], RT_TERUG)))
RT_AANDEEL = {n: round(100 * RT_BASIS_TOT[n] / RT_BASIS_TOTAL, 2) for n, _ in RT_GEM}

# balans (x EUR 1.000) per 31-12-2024 and 31-12-2023
RT_BAL_ACT = [  # (label, 2024, 2023)
    ("Materiële vaste activa", 9842, 10215),
    ("Uitzettingen met een looptijd korter dan één jaar", 5918, 6102),
    ("Liquide middelen", 7412, 6887),
    ("Overlopende activa", 2106, 1874),
]
RT_EV = (k(RT_RES_TOT[4] + RT_RES_2024), k(sum(r[1] for r in RT_RESERVES) + RT_RES_RESULT_2023))
RT_BAL_PAS_FIXED = [
    ("Voorzieningen", 1245, 1190),
    ("Vaste schulden met een looptijd van één jaar of langer", 5600, 6100),
    ("Netto vlottende schulden", 3912, 3655),
]
RT_BAL_TOTAL = (sum(a[1] for a in RT_BAL_ACT), sum(a[2] for a in RT_BAL_ACT))
RT_OVERL_PAS = tuple(RT_BAL_TOTAL[i] - RT_EV[i] - sum(p[i + 1] for p in RT_BAL_PAS_FIXED) for i in range(2))
assert all(v > 0 for v in RT_OVERL_PAS), RT_OVERL_PAS
RT_BAL_PAS = ([("Eigen vermogen", RT_EV[0], RT_EV[1])] + RT_BAL_PAS_FIXED
              + [("Overlopende passiva", RT_OVERL_PAS[0], RT_OVERL_PAS[1])])
assert sum(p[1] for p in RT_BAL_PAS) == RT_BAL_TOTAL[0] and sum(p[2] for p in RT_BAL_PAS) == RT_BAL_TOTAL[1]
RT_SOLV = tuple(round(100 * RT_EV[i] / RT_BAL_TOTAL[i], 1) for i in range(2))
# netto schuldquote = (vaste schulden + netto vlottende schulden + overlopende passiva - uitzettingen
#                      - liquide middelen - overlopende activa) / totale baten x 100
RT_NSQ = tuple(round(100 * (RT_BAL_PAS_FIXED[1][i + 1] + RT_BAL_PAS_FIXED[2][i + 1] + RT_OVERL_PAS[i]
                            - RT_BAL_ACT[1][i + 1] - RT_BAL_ACT[2][i + 1] - RT_BAL_ACT[3][i + 1])
                     / k(RT_BATEN[3 if i == 0 else 0]), 1) for i in range(2))
RT_KENGETALLEN = [  # (kengetal, realisatie 2023, begroting 2024, realisatie 2024) in percent
    ("Netto schuldquote", RT_NSQ[1], -4.0, RT_NSQ[0]),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", RT_NSQ[1], -4.0, RT_NSQ[0]),
    ("Solvabiliteitsratio", RT_SOLV[1], 44.0, RT_SOLV[0]),
    ("Structurele exploitatieruimte", 0.4, 0.0, 0.9),
]

# weerstandsvermogen (euros)
RT_RISKS = [("Tekort op de Wmo-inkoop via de regionale contracten", 800000, 50),
            ("Uitbraak infectieziekte (opschaling GGD)", 1500000, 30),
            ("Frictiekosten herinrichting JGZ", 600000, 40),
            ("Loonkosten boven de indexatie (cao)", 900000, 50),
            ("Wegvallen subsidie Agenda van Twente", 1200000, 25)]
RT_RISK_X = [round(b * p / 100) for _, b, p in RT_RISKS]
RT_BENODIGD = sum(RT_RISK_X)
RT_BESCHIKBAAR = RT_RES_ROWS[0][5]                 # algemene reserve 31-12-2024
RT_RATIO = round(RT_BESCHIKBAAR / RT_BENODIGD, 2)

# formatie (fte) per programme: formatie begroot, bezetting 31-12-2024, aantal medewerkers
RT_FTE = [(168.4, 161.2, 214), (236.8, 229.5, 318), (118.2, 112.9, 146), (21.6, 19.8, 27), (97.6, 95.5, 121)]
RT_FTE_TOT = (round(sum(f[0] for f in RT_FTE), 1), round(sum(f[1] for f in RT_FTE), 1), sum(f[2] for f in RT_FTE))
RT_VERZUIM = (6.1, 5.8)        # ziekteverzuim 2023, 2024 (%)

# WNT 2024 (euros); columns are the three topfunctionarissen
RT_WNT_MAX = 233000
RT_WNT = [  # (functie, beloning plus belastbare onkostenvergoedingen, beloningen betaalbaar op termijn)
    ("Secretaris / algemeen directeur", 168412, 24096),
    ("Directeur Publieke Gezondheid", 139870, 20655),
    ("Directeur Veilig Thuis Twente", 121344, 18702),
]
RT_WNT_TOT = [b + t for _, b, t in RT_WNT]
assert all(t <= RT_WNT_MAX for t in RT_WNT_TOT)

# prestatie-indicatoren: (programme index, indicator, eenheid, realisatie 2023, streefwaarde 2024, realisatie 2024)
RT_IND = [
    (0, "Meldingen meldingsplichtige infectieziekten", "aantal", 2087, None, 2314),
    (0, "Inspecties kinderopvang", "aantal", 1356, 1400, 1412),
    (0, "Consulten reizigersvaccinatie", "aantal", 9204, 9500, 9873),
    (0, "Soa-consulten Centrum Seksuele Gezondheid", "aantal", 3918, 4000, 4106),
    (1, "Vaccinatiegraad BMR (kinderen van 2 jaar)", "%", 89.1, 92.0, 88.4),
    (1, "Vaccinatiegraad DKTP (kinderen van 2 jaar)", "%", 91.0, 93.0, 90.6),
    (1, "Vaccinatiegraad HPV (meisjes van 13 jaar)", "%", 61.8, 70.0, 63.5),
    (1, "Toegediende vaccinaties Rijksvaccinatieprogramma", "aantal", 104218, 105000, 108942),
    (1, "Contactmomenten jeugdgezondheidszorg 0-18 jaar", "aantal", 98412, 100000, 101376),
    (2, "Meldingen Veilig Thuis Twente", "aantal", 6412, 6500, 6842),
    (2, "Adviezen Veilig Thuis Twente", "aantal", 10874, 11000, 11208),
    (2, "Onderzoeken Veilig Thuis Twente", "aantal", 1188, 1200, 1214),
    (2, "Tijdelijke huisverboden (advies en begeleiding)", "aantal", 171, None, 188),
    (3, "Projecten Agenda van Twente in uitvoering", "aantal", 24, 25, 27),
    (3, "Bijdrage Agenda van Twente aan projecten (x € 1.000)", "€", 5120, 4800, 4410),
]


def summary():
    print("W  result", W_RESULT_EUR, "auto", W_AUTO_TOTAL, "mut", W_MUT_TOTAL, "new", W_NEW_TOTAL, "inc", W_NEW_INC)
    print("W  stand voor", W_STAND_VOOR, "stand na vjn", W_STAND_NA, "saldo na voorstellen", W_SALDO_NA)
    print("W  reserves", W_RES_TOT, "ratio", W_RATIO, W_CAP_TOTAL, W_RISK_TOTAL, "kl", W_KL_YEAR)
    print("W  pos", W_POS)
    print("RT inw", RT_INW_TOTAL, "basis", RT_BASIS_TOTAL, RT_BASIS_COMP_TOT, "plus", RT_PLUS_BEGR, RT_PLUS_WERK)
    print("RT lasten", RT_LASTEN, "baten", RT_BATEN, "saldo", RT_SALDO)
    print("RT toev", RT_TOEV, "ontt", RT_ONTT, "result", RT_RESULT, "terug", RT_TERUG)
    print("RT reserves", RT_RES_TOT, "EV", RT_EV, "bal", RT_BAL_TOTAL, "solv", RT_SOLV, "nsq", RT_NSQ,
          "ratio", RT_RATIO, RT_BESCHIKBAAR, RT_BENODIGD)
    print("RT fte", RT_FTE_TOT, "Twenterand", RT_TOT_WERK["Twenterand"], RT_PER_INW["Twenterand"],
          "Dinkelland", RT_TOT_WERK["Dinkelland"], RT_PER_INW["Dinkelland"])


if __name__ == "__main__":
    summary()
