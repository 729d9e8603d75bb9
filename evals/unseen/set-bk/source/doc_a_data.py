"""FICTIONAL data: Gemeente Wassenaar, Jaarstukken 2024. Every amount, count, tariff and percentage
is made up (taakveld amounts are drawn with a seeded random generator around a plausible size for a
municipality of ~27.000 inhabitants). Totals and results are computed."""
import random
from dsl import rnd
import doc_b_data

SEED = 20240611

# code, name, group, base lasten (k EUR), base baten (k EUR)
TAAKVELDEN = [
    ("1.1", "Crisisbeheersing en brandweer", "P1", 2680, 0),
    ("1.2", "Openbare orde en veiligheid", "P1", 1560, 140),
    ("4.1", "Openbaar basisonderwijs", "P2", 80, 0),
    ("4.2", "Onderwijshuisvesting", "P2", 1590, 160),
    ("4.3", "Onderwijsbeleid en leerlingzaken", "P2", 1750, 490),
    ("5.1", "Sportbeleid en activering", "P2", 520, 110),
    ("5.2", "Sportaccommodaties", "P2", 2200, 1020),
    ("5.3", "Cultuurpresentatie, cultuurproductie en cultuurparticipatie", "P2", 460, 60),
    ("5.5", "Cultureel erfgoed", "P2", 420, 0),
    ("5.6", "Media", "P2", 810, 160),
    ("6.1", "Samenkracht en burgerparticipatie", "P2", 5450, 2880),
    ("6.2", "Wijkteams", "P2", 1960, 290),
    ("6.3", "Inkomensregelingen", "P2", 9930, 6470),
    ("6.4", "Begeleide participatie", "P2", 1000, 0),
    ("6.5", "Arbeidsparticipatie", "P2", 880, 0),
    ("6.6", "Maatwerkvoorzieningen (Wmo)", "P2", 950, 30),
    ("6.71a", "Huishoudelijke hulp (Wmo)", "P2", 1790, 140),
    ("6.71b", "Begeleiding (Wmo)", "P2", 650, 0),
    ("6.71c", "Dagbesteding (Wmo)", "P2", 240, 0),
    ("6.71d", "Overige maatwerkarrangementen (Wmo)", "P2", 620, 0),
    ("6.72a", "Jeugdhulp begeleiding", "P2", 1020, 0),
    ("6.72b", "Jeugdhulp behandeling", "P2", 470, 0),
    ("6.72c", "Jeugdhulp dagbesteding", "P2", 560, 100),
    ("6.72d", "Jeugdhulp zonder verblijf overig", "P2", 1720, 0),
    ("6.73a", "Pleegzorg", "P2", 200, 0),
    ("6.73b", "Gezinsgericht", "P2", 80, 0),
    ("6.73c", "Jeugdhulp met verblijf overig", "P2", 1420, 0),
    ("6.74a", "Jeugdhulp behandeling GGZ zonder verblijf", "P2", 1710, 0),
    ("6.74b", "Jeugdhulp crisis/LTA/GGZ-verblijf", "P2", 490, 0),
    ("6.74c", "Gesloten plaatsing", "P2", 320, 0),
    ("6.81a", "Beschermd wonen (Wmo)", "P2", 350, 0),
    ("6.82a", "Jeugdbescherming", "P2", 190, 0),
    ("6.82b", "Jeugdreclassering", "P2", 90, 0),
    ("7.1", "Volksgezondheid", "P2", 1780, 290),
    ("0.1", "Bestuur", "P3", 2400, 330),
    ("0.2", "Burgerzaken", "P3", 1520, 540),
    ("3.1", "Economische ontwikkeling", "P3", 440, 0),
    ("3.3", "Bedrijvenloket en bedrijfsregelingen", "P3", 170, 120),
    ("3.4", "Economische promotie", "P3", 140, 1920),
    ("0.3", "Beheer overige gebouwen en gronden", "P4", 480, 170),
    ("7.4", "Milieubeheer", "P4", 1600, 420),
    ("8.1", "Ruimtelijke ordening", "P4", 1980, 270),
    ("8.2", "Grondexploitatie (niet-bedrijventerreinen)", "P4", 40, 0),
    ("8.3", "Wonen en bouwen", "P4", 2030, 1900),
    ("2.1", "Verkeer en vervoer", "P5", 5150, 540),
    ("2.2", "Parkeren", "P5", 540, 140),
    ("5.7", "Openbaar groen en (openlucht) recreatie", "P5", 4990, 280),
    ("7.2", "Riolering", "P5", 1940, 3160),
    ("7.3", "Afval", "P5", 4360, 5360),
    ("7.5", "Begraafplaatsen en crematoria", "P5", 130, 40),
    ("0.4", "Overhead", "OVH", 14740, 3500),
    ("0.5", "Treasury", "ADM", 20, 1400),
    ("0.61", "OZB woningen", "ADM", 320, 8450),
    ("0.62", "OZB niet-woningen", "ADM", 70, 3300),
    ("0.64", "Belastingen overig", "ADM", 100, 500),
    ("0.7", "Algemene uitkering en overige uitkeringen gemeentefonds", "ADM", 0, None),  # calibrated
    ("0.8", "Overige baten en lasten", "ADM", 140, 0),
]
ONVOORZIEN_BEGR = 26000   # part of 0.8 in the begroting, shown on its own line in the overview

GROUPS = [("P1", "Programma 1 Veiligheid en Handhaving"),
          ("P2", "Programma 2 Mens en Maatschappij"),
          ("P3", "Programma 3 Bestuur en Middelen"),
          ("P4", "Programma 4 Fysieke Leefomgeving"),
          ("P5", "Programma 5 Natuur, Klimaat en Mobiliteit")]
GNAME = dict(GROUPS)
GNAME.update({"ADM": "Algemene dekkingsmiddelen", "OVH": "Overhead"})

# explained deviations: realisatie minus begroting (euros), per taakveld
DEV = {
    ("6.73c", "L"): 612384,     # jeugdhulp met verblijf: hogere lasten (N)
    ("6.72d", "L"): 287615,     # jeugdhulp zonder verblijf overig: hogere lasten (N)
    ("6.71a", "L"): -184210,    # huishoudelijke hulp: lagere lasten (V)
    ("6.3", "B"): 402770,       # inkomensregelingen: hogere baten BUIG (V)
    ("6.3", "L"): 356915,       # inkomensregelingen: hogere lasten (N)
    ("5.2", "L"): -238640,      # sportaccommodaties: lagere lasten (V)
    ("6.1", "B"): 1104500,      # opvang ontheemden: hogere rijksvergoeding (V)
    ("6.1", "L"): 1087260,      # opvang ontheemden: hogere lasten (N)
    ("4.2", "L"): -176400,      # onderwijshuisvesting: lagere kapitaallasten (V)
    ("7.3", "L"): 214880,       # afval: nacalculatie Avalex (N)
    ("0.4", "L"): -311090,      # overhead: vacatures (V)
}

# reserve mutations 2024 in whole euros (multiples of 1.000): reserve -> (group, amount)
RES_ONTTR_REAL = [("Algemene reserve (vrij besteedbaar)", "P4", 1386000),
                  ("BR volkshuisvesting en duurzaamheid", "P4", 143000),
                  ("BR uitvoering Sociaal domein", "P2", 412000),
                  ("BR grote projecten", "P2", 55000),
                  ("BR grote projecten", "P5", 250000),
                  ("BR egalisatie omgevingsvergunningen", "P4", 119000),
                  ("BR reorganisatie", "P3", 310000),
                  ("BR verkeersprojecten", "P5", 64000),
                  ("BR transitievisies klimaatakkoord", "P5", 28000)]
RES_TOEV_REAL = [("BR grote projecten", "ADM", 2500000)]
# begroting na wijziging: per group (euros)
RES_ONTTR_BEGR = {"P2": 612000, "P3": 310000, "P4": 1825000, "P5": 420000}
RES_TOEV_BEGR = {"ADM": 2500000}

RESERVES_START = [  # name, stand 1-1-2024 (x1000), bestemming resultaat 2023 (x1000)
    ("Algemene reserve (vrij besteedbaar)", 45212, 1473),
    ("Algemene reserve weerstandsvermogen", 8000, 0),
    ("BR volkshuisvesting en duurzaamheid", 604, 0),
    ("BR kunstopdrachten", 44, 0),
    ("BR uitvoering Sociaal domein", 1138, 0),
    ("BR verkeersprojecten", 96, 0),
    ("BR egalisatie omgevingsvergunningen", 1402, 0),
    ("BR grote projecten", 1955, 0),
    ("BR reorganisatie", 702, 0),
    ("BR transitievisies klimaatakkoord", 85, 0),
]

TARGET_RESULT = 2184627
TARGET_BEGR_RESULT = -412640


def generate(seed):
    rng = random.Random(seed)
    rows = []
    for code, name, grp, bl, bb in TAAKVELDEN:
        fl, fb = rng.uniform(0.9, 1.15), rng.uniform(0.9, 1.15)
        nl, nb = rng.uniform(-0.025, 0.025), rng.uniform(-0.025, 0.025)
        cl, cb = rng.uniform(30000, 75000), rng.uniform(30000, 75000)
        rl = rnd(bl * 1000 * fl)
        rb = rnd(bb * 1000 * fb) if bb else 0
        dl = DEV.get((code, "L"), rnd(max(-cl, min(cl, rl * nl))))
        db = DEV.get((code, "B"), rnd(max(-cb, min(cb, rb * nb))) if rb else 0)
        bl_ = rl - dl
        bb_ = rb - db
        if code == "0.8":
            bl_ += ONVOORZIEN_BEGR
        rows.append(dict(code=code, name=name, grp=grp, rl=rl, rb=rb, bl=bl_, bb=bb_))
    return rows


def res_by_group(lst):
    out = {}
    for _, g, a in lst:
        out[g] = out.get(g, 0) + a
    return out


def compute(seed):
    rows = generate(seed)
    tv = {r["code"]: r for r in rows}
    on_r, to_r = res_by_group(RES_ONTTR_REAL), res_by_group(RES_TOEV_REAL)
    on_b, to_b = RES_ONTTR_BEGR, RES_TOEV_BEGR
    # calibrate 0.7: begroting result and realised result hit their targets
    def result(col_l, col_b, on, to):
        return sum(r[col_b] for r in rows) - sum(r[col_l] for r in rows) + sum(on.values()) - sum(to.values())
    tv["0.7"]["bb"] = 0
    tv["0.7"]["rb"] = 0
    tv["0.7"]["bb"] = TARGET_BEGR_RESULT - result("bl", "bb", on_b, to_b)
    tv["0.7"]["rb"] = TARGET_RESULT - result("rl", "rb", on_r, to_r)
    assert result("rl", "rb", on_r, to_r) == TARGET_RESULT
    # group sums (euros)
    groups = {}
    for g in ["P1", "P2", "P3", "P4", "P5", "ADM", "OVH"]:
        rs = [r for r in rows if r["grp"] == g]
        groups[g] = {c: sum(r[c] for r in rs) for c in ("rl", "rb", "bl", "bb")}
    # onvoorzien on its own line in the overview (begroting only)
    groups["ADM"]["bl"] -= ONVOORZIEN_BEGR
    groups["ONV"] = dict(rl=0, rb=0, bl=ONVOORZIEN_BEGR, bb=0)
    groups["VPB"] = dict(rl=0, rb=0, bl=0, bb=0)
    for g in groups:
        groups[g]["on_r"] = on_r.get(g, 0); groups[g]["to_r"] = to_r.get(g, 0)
        groups[g]["on_b"] = on_b.get(g, 0); groups[g]["to_b"] = to_b.get(g, 0)
    return rows, groups


def k(v):
    return rnd(v / 1000)


def printed(groups):
    """x 1.000 values as printed: parts rounded, totals = sums of printed parts."""
    P = {}
    for g, v in groups.items():
        P[g] = {c: k(v[c]) for c in v}
    return P


GS = ["P1", "P2", "P3", "P4", "P5", "ADM", "OVH", "VPB", "ONV"]


def consistent(groups, which):
    P = printed(groups)
    def tot(col_b, col_l, on, to):
        return sum(P[g][col_b] - P[g][col_l] + P[g][on] - P[g][to] for g in GS)
    if which == "r":
        return tot("rb", "rl", "on_r", "to_r") == k(TARGET_RESULT)
    return tot("bb", "bl", "on_b", "to_b") == k(TARGET_BEGR_RESULT)


def final():
    """The first seed from SEED on whose printed (x 1.000) totals equal the rounded exact results
    (the 0.7 calibration keeps the exact results on target)."""
    for seed in range(SEED, SEED + 200):
        rows, groups = compute(seed)
        if consistent(groups, "r") and consistent(groups, "b"):
            return rows, groups, seed
    raise SystemExit("no consistent seed")


# ---- non-financial and other made-up figures
KERN_NF = [  # label, 2024, 2023, unit
    ("Aantal inwoners (31 december)", 27412, 27186, "count"),
    ("Aantal woningen (31 december)", 11932, 11874, "count"),
    ("Huishoudens met een bijstandsuitkering", 318, 341, "count"),
    ("Jeugdigen met jeugdhulp", 512, 536, "count"),
    ("Inwoners met een Wmo-maatwerkvoorziening", 1268, 1231, "count"),
    ("Oppervlakte gemeente (hectare)", 5069, 5069, "count"),
]

VP = [  # name, bijdrage 2023, bijdrage 2024, EV 31-12-2024, VV 31-12-2024, resultaat 2024
    ("Veiligheidsregio Haaglanden (VRH)", 2187302, 2291448, 18410220, 96310545, 1204118),
    ("GGD Haaglanden en Veilig Thuis Haaglanden", 548120, 571866, 3215400, 41872300, -286540),
    ("Avalex", 3915480, 4102735, 2176900, 58114600, 412300),
    ("Belastingsamenwerking Gouwe-Rijnland (BSGR)", 476905, 497310, 1128640, 5210775, 96215),
    ("Omgevingsdienst Haaglanden (ODH)", 512640, 538227, 2410010, 24887000, 151980),
    ("Servicepunt Jeugdhulp Haaglanden (SbJH)", 192410, 201583, 0, 3140860, 0),
]


def vp_rows():
    b = doc_b_data.compute()
    ev = b["ev_euro"][0]
    vv = b["balance"]["activa"][0] * 1000 - ev
    rs = list(VP)
    rs.append(("Recreatieschap Duin en Geest", 339075, b["contrib"]["Gemeente Wassenaar"]["R2024"], ev, vv,
               b["tot"]["R2024"]["resultaat"]))
    return rs


INVEST_P2 = [  # name, krediet, uitgaven t/m 2023, uitgaven 2024, status
    ("Combisporthal Dr. Mansveltkade", 7850000, 1236480, 4912305, "In uitvoering"),
    ("Gymzaal Burmanlaan", 1720000, 0, 215760, "Voorbereiding"),
    ("Verduurzaming Langstraat", 240000, 0, 231418, "Afgerond"),
    ("Verduurzaming Paauwlaan", 205000, 18950, 168204, "Afgerond"),
    ("Speelvoorziening Kerkehout", 96000, 0, 0, "Doorgeschoven naar 2025"),
]

HEFFINGEN = [  # label, begroting 2024 (x1000), realisatie 2024 (x1000) ; OZB rows linked to taakvelden
    ("OZB woningen", None, None),
    ("OZB niet-woningen", None, None),
    ("Hondenbelasting", 206, 201),
    ("Toeristenbelasting", 2590, 2744),
    ("Precariobelasting", 137, 129),
    ("Afvalstoffenheffing", 5904, 5881),
    ("Riool- en waterzorgheffing", 2936, 2951),
    ("Leges omgevingsvergunningen", 1810, 1536),
    ("Begraafrechten", 56, 61),
    ("Marktgelden", 35, 33),
]
KWIJT_BEGR_K = 390
KWIJT_REAL = 381906      # euros, prose
KWIJT_AANTAL = 341
KWIJT_AANTAL_2023 = 322

KENGETALLEN = [  # label, rekening 2023, rekening 2024, norm A
    ("1a. Netto schuldquote", "21%", "19%", "< 90%"),
    ("1b. Netto schuldquote gecorrigeerd voor alle verstrekte leningen", "24%", "22%", "< 90%"),
    ("2. Solvabiliteitsratio", "64%", "66%", "> 50%"),
    ("3. Structurele exploitatieruimte", "1,12%", "2,31%", "> 0%"),
    ("4. Grondexploitatie", "n.v.t.", "n.v.t.", "geen norm"),
    ("5. Belastingcapaciteit", "170%", "168%", "< 95%"),
]
BENODIGD_WEERSTAND = 3318000

BALANS = {  # x 1.000 ; (2024, 2023)
    "activa": [("Immateriële vaste activa", (212, 248)),
               ("Materiële vaste activa", (96418, 91730)),
               ("Financiële vaste activa", (4906, 5118)),
               ("Voorraden", (0, 0)),
               ("Uitzettingen met een rentetypische looptijd korter dan één jaar", (6734, 7912)),
               ("Liquide middelen", (3182, 5406)),
               ("Overlopende activa", (4271, 3890))],
    "voorzieningen": (12640, 12215),
    "vaste_schulden": (16500, 17250),
    "overlopende_passiva": (7318, 6904),
    # netto vlottende schulden: balancing item
}
