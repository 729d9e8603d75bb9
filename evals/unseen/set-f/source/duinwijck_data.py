# -*- coding: utf-8 -*-
"""Figures of the fictional 'Begroting 2026 gemeente Duinwijck'.

Level 1: taakvelden 2026 in whole euros (baten +, lasten -).
Level 2: programme tables x EUR 1.000 for 2024-2029; the 2026 column is the rounded sum of
level 1, the other years are set here.  Reserves, incidentele posten, risks and the
meerjarenbeeld are tied to these figures with asserts.
"""

YEARS = [2024, 2025, 2026, 2027, 2028, 2029]
COLHEAD = ["Rekening 2024", "Begroting 2025", "Begroting 2026", "Raming 2027", "Raming 2028", "Raming 2029"]

PROGS = [
    ("P1", "Veiligheid en Bestuur"),
    ("P2", "Samenleving"),
    ("P3", "Ruimte, Economie en Toerisme"),
]

# taakveld, baten, lasten (2026, whole euros)
TV = {
    "P1": [
        ("0.1 Bestuur", 0, -1984310),
        ("0.2 Burgerzaken", 412880, -1126455),
        ("1.1 Crisisbeheersing en brandweer", 0, -1904226),
        ("1.2 Openbare orde en veiligheid", 64500, -1248917),
    ],
    "P2": [
        ("4.1 Openbaar basisonderwijs", 0, -212400),
        ("4.2 Onderwijshuisvesting", 118000, -1352776),
        ("4.3 Onderwijsbeleid en leerlingzaken", 402310, -1688905),
        ("5.1 Sportbeleid en activering", 38000, -412680),
        ("5.2 Sportaccommodaties", 486220, -1574039),
        ("6.1 Samenkracht en burgerparticipatie", 310000, -2904118),
        ("6.2 Toegang en eerstelijnsvoorzieningen", 0, -2215640),
        ("6.3 Inkomensregelingen", 5912400, -7806233),
        ("6.4 WSW en beschut werk", 0, -1918502),
        ("6.5 Arbeidsparticipatie", 0, -884310),
        ("6.6 Maatwerkvoorzieningen (WMO)", 22000, -1106870),
        ("6.71 Maatwerkdienstverlening 18+", 185000, -5893412),
        ("6.72 Maatwerkdienstverlening 18-", 0, -6214985),
        ("6.81 Geëscaleerde zorg 18+", 0, -402118),
        ("6.82 Geëscaleerde zorg 18-", 0, -712334),
        ("7.1 Volksgezondheid", 0, -1316790),
    ],
    "P3": [
        ("0.3 Beheer overige gebouwen en gronden", 218400, -402660),
        ("2.1 Verkeer, wegen, straten en pleinen", 186400, -4612087),
        ("2.2 Parkeren", 2918600, -1045322),
        ("2.5 Openbaar vervoer", 0, -96500),
        ("3.1 Economische ontwikkeling", 0, -512944),
        ("3.3 Bedrijvenloket en bedrijfsregelingen", 98700, -143210),
        ("3.4 Economische promotie", 3846000, -688415),
        ("5.3 Cultuurpresentatie, -productie en -participatie", 62300, -986440),
        ("5.4 Musea", 41000, -318760),
        ("5.5 Cultureel erfgoed", 0, -214350),
        ("5.7 Openbaar groen en (openlucht) recreatie", 144900, -3411806),
        ("7.2 Riolering", 3642118, -3204557),
        ("7.3 Afval", 4488250, -4372904),
        ("7.4 Milieubeheer", 118000, -1402633),
        ("7.5 Begraafplaatsen en crematoria", 211400, -298115),
        ("8.1 Ruimtelijke ordening", 85000, -1318406),
        ("8.2 Grondexploitatie (niet bedrijventerreinen)", 1412000, -1398760),
        ("8.3 Wonen en bouwen", 1288540, -2311675),
    ],
}
# algemene dekkingsmiddelen, overhead, vpb, onvoorzien (2026, whole euros)
AU_2026 = None  # set below so that the resultaat 2026 is the target
TV_AD = [
    ("0.5 Treasury", 412000, -38500),
    ("0.61 OZB woningen", 6284300, -218400),
    ("0.62 OZB niet-woningen", 2912750, -94600),
    ("0.64 Belastingen overig", 384200, -52000),
    ("0.7 Algemene uitkering en overige uitkeringen gemeentefonds", "AU", 0),
    ("0.8 Overige baten en lasten", 0, -350000),
]
TV_OH = [("0.4 Overhead", 1204000, -12862418)]
TV_VPB = [("0.9 Vennootschapsbelasting (Vpb)", 0, -12000)]
TV_ONV = [("0.8 Overige baten en lasten (onvoorzien)", 0, -50000)]

# reserves per programme (x 1.000): onttrekking (+), toevoeging (-)
RES_PROG = {
    # year: {prog: (onttrekking, toevoeging)}
    2024: {"P1": (0, 0), "P2": (389, 0), "P3": (906, -1200)},
    2025: {"P1": (40, 0), "P2": (520, 0), "P3": (1120, -250)},
    2026: {"P1": (60, 0), "P2": (564, 0), "P3": (930, -250)},
    2027: {"P1": (60, 0), "P2": (464, 0), "P3": (520, -250)},
    2028: {"P1": (0, 0), "P2": (214, 0), "P3": (60, -250)},
    2029: {"P1": (0, 0), "P2": (214, 0), "P3": (0, -250)},
}

# programme baten/lasten x 1.000 for the years other than 2026
PROG_K = {
    "P1": {2024: (455, -6012), 2025: (468, -6105), 2027: (480, -6208), 2028: (482, -6150), 2029: (485, -6163)},
    "P2": {2024: (7012, -34318), 2025: (7240, -35802), 2027: (7580, -37046), 2028: (7592, -37104), 2029: (7602, -37198)},
    "P3": {2024: (17402, -25611), 2025: (18106, -26408), 2027: (19012, -27180), 2028: (19150, -26904), 2029: (19288, -26870)},
    "OH": {2024: (1088, -12014), 2025: (1150, -12433), 2027: (1204, -13011), 2028: (1204, -13148), 2029: (1204, -13290)},
    "VPB": {2024: (0, -9), 2025: (0, -12), 2027: (0, -12), 2028: (0, -12), 2029: (0, -12)},
    "ONV": {2024: (0, 0), 2025: (0, -50), 2027: (0, -50), 2028: (0, -50), 2029: (0, -50)},
}
# algemene dekkingsmiddelen excl. algemene uitkering x 1.000 (baten, lasten)
AD_OTHER_K = {2024: (9311, -698), 2025: (9608, -726), 2027: (10302, -765), 2028: (10561, -770), 2029: (10826, -776)}
# target geraamd resultaat x 1.000 (+ = voordeel)
TARGET = {2024: 1846, 2025: -387, 2026: 212, 2027: -642, 2028: -1318, 2029: -905}
TARGET_2026_EUR = 212486


def r(x):
    """round half away from zero to thousands"""
    s = -1 if x < 0 else 1
    return s * int((abs(x) + 500) // 1000)


def prog_sum(rows):
    b = sum(x[1] for x in rows)
    l = sum(x[2] for x in rows)
    return b, l


# ---- 2026 whole euros
P26 = {p: prog_sum(TV[p]) for p, _ in PROGS}
OH26 = prog_sum(TV_OH)
VPB26 = prog_sum(TV_VPB)
ONV26 = prog_sum(TV_ONV)
ad_other_b = sum(x[1] for x in TV_AD if x[1] != "AU")
ad_l = sum(x[2] for x in TV_AD)
res26_k = RES_PROG[2026]
mut26_eur = sum(v[0] + v[1] for v in res26_k.values()) * 1000
saldo_ex_au = (sum(b + l for b, l in P26.values()) + sum(OH26) + sum(VPB26) + sum(ONV26)
               + ad_other_b + ad_l)
AU_2026 = TARGET_2026_EUR - mut26_eur - saldo_ex_au
TV_AD = [(n, AU_2026 if b == "AU" else b, l) for n, b, l in TV_AD]
AD26 = prog_sum(TV_AD)

# ---- programme lines x 1.000 for all years: key -> year -> (baten, lasten, saldo)
LINES = {}
for p, _ in PROGS:
    LINES[p] = {}
    for y in YEARS:
        if y == 2026:
            b, l = P26[p]
            LINES[p][y] = (r(b), r(l), r(b + l))
        else:
            b, l = PROG_K[p][y]
            LINES[p][y] = (b, l, b + l)
for key, e26 in (("OH", OH26), ("VPB", VPB26), ("ONV", ONV26)):
    LINES[key] = {}
    for y in YEARS:
        if y == 2026:
            LINES[key][y] = (r(e26[0]), r(e26[1]), r(e26[0] + e26[1]))
        else:
            b, l = PROG_K[key][y]
            LINES[key][y] = (b, l, b + l)
# algemene uitkering per year x1000 so that the resultaat equals the target
AU_K = {}
LINES["AD"] = {}
for y in YEARS:
    if y == 2026:
        LINES["AD"][y] = (r(AD26[0]), r(AD26[1]), r(AD26[0] + AD26[1]))
        AU_K[y] = r(AU_2026)
        continue
    mut = sum(v[0] + v[1] for v in RES_PROG[y].values())
    rest = sum(LINES[k][y][2] for k in ("P1", "P2", "P3", "OH", "VPB", "ONV"))
    ob, ol = AD_OTHER_K[y]
    au = TARGET[y] - mut - rest - (ob + ol)
    AU_K[y] = au
    LINES["AD"][y] = (ob + au, ol, ob + au + ol)

ORDER_ALL = ["P1", "P2", "P3", "AD", "OH", "VPB", "ONV"]
NAMES = {"P1": "P1 Veiligheid en Bestuur", "P2": "P2 Samenleving", "P3": "P3 Ruimte, Economie en Toerisme",
         "AD": "Algemene dekkingsmiddelen", "OH": "Overhead", "VPB": "Heffing vennootschapsbelasting",
         "ONV": "Onvoorzien"}

# totals per year x 1.000
TOT = {}
for y in YEARS:
    if y == 2026:
        be = sum(P26[p][0] for p in P26) + AD26[0] + OH26[0] + VPB26[0] + ONV26[0]
        le = sum(P26[p][1] for p in P26) + AD26[1] + OH26[1] + VPB26[1] + ONV26[1]
        pb = sum(P26[p][0] for p in P26)
        pl = sum(P26[p][1] for p in P26)
        progs = (r(pb), r(pl), r(pb + pl))
        saldo = (r(be), r(le), r(be + le))
    else:
        pb = sum(LINES[p][y][0] for p in ("P1", "P2", "P3"))
        pl = sum(LINES[p][y][1] for p in ("P1", "P2", "P3"))
        progs = (pb, pl, pb + pl)
        be = sum(LINES[k][y][0] for k in ORDER_ALL)
        le = sum(LINES[k][y][1] for k in ORDER_ALL)
        saldo = (be, le, be + le)
    ontt = sum(v[0] for v in RES_PROG[y].values())
    toev = sum(v[1] for v in RES_PROG[y].values())
    mut = ontt + toev
    res = saldo[2] + mut
    TOT[y] = dict(progs=progs, saldo=saldo, ontt=ontt, toev=toev, mut=mut, res=res)
    assert res == TARGET[y], (y, res)

# programme table per programme and year: (baten, lasten, saldo, ontt, toev, mut, resultaat)
def prog_table(p):
    out = {}
    for y in YEARS:
        b, l, s = LINES[p][y]
        o, t = RES_PROG[y][p]
        out[y] = (b, l, s, o, t, o + t, s + o + t)
    return out


# ---- reserves overview x 1.000 (2026 and 2027)
# name, stand 1-1-2026, (verm 2026, vermin 2026), (verm 2027, vermin 2027), programme
RESERVES_ALG = [
    ("Algemene reserve", 14862, (0, -60), (0, -60), "P1"),
]
RESERVES_BEST = [
    ("Reserve sociaal domein", 1140, (0, -350), (0, -250), "P2"),
    ("Reserve kapitaallasten sporthal Duinzicht", 4708, (0, -214), (0, -214), "P2"),
    ("Reserve Kustvisie", 2350, (0, -750), (0, -400), "P3"),
    ("Reserve duurzaamheid", 612, (0, -180), (0, -120), "P3"),
    ("Reserve onderhoud gemeentelijke gebouwen", 1085, (250, 0), (250, 0), "P3"),
    ("Reserve grondexploitatie", 2026, (0, 0), (0, 0), "P3"),
]
for y, idx in ((2026, 2), (2027, 3)):
    for p, _ in PROGS:
        ontt = -sum(rr[idx][1] for rr in RESERVES_ALG + RESERVES_BEST if rr[4] == p)
        toev = -sum(rr[idx][0] for rr in RESERVES_ALG + RESERVES_BEST if rr[4] == p)
        assert (ontt, toev) == RES_PROG[y][p], (y, p, ontt, toev, RES_PROG[y][p])


def res_rows(rows):
    out = []
    for name, s0, m26, m27, _ in rows:
        s1 = s0 + m26[0] + m26[1]
        s2 = s1 + m27[0] + m27[1]
        out.append((name, s0, m26[0], m26[1], s1, m27[0], m27[1], s2))
    return out


RES_ALG_ROWS = res_rows(RESERVES_ALG)
RES_BEST_ROWS = res_rows(RESERVES_BEST)


def col_sum(rows):
    return tuple(sum(rw[i] for rw in rows) for i in range(1, 8))


ALG_TOT = col_sum(RES_ALG_ROWS)
BEST_TOT = col_sum(RES_BEST_ROWS)
RES_TOT = tuple(a + b for a, b in zip(ALG_TOT, BEST_TOT))

# ---- incidentele baten en lasten x 1.000 (2026..2029): (prog, omschrijving, lasten[4], baten[4], dekking)
INCID = [
    ("P1", "Gemeenteraadsverkiezingen maart 2026", [85, 0, 0, 0], [0, 0, 0, 0]),
    ("P1", "Pilot aanpak ondermijning boulevard en jachthaven", [60, 60, 0, 0], [0, 0, 0, 0]),
    ("P2", "Transformatieprogramma jeugd", [350, 250, 0, 0], [0, 0, 0, 0]),
    ("P3", "Uitvoering Kustvisie: strandopgangen en bewegwijzering", [750, 400, 0, 0], [0, 0, 0, 0]),
    ("P3", "Warmteprogramma wijk Zeewijk", [180, 120, 60, 0], [0, 0, 0, 0]),
    ("P3", "Regiodeal Kust: projecten vrijetijdseconomie", [300, 0, 0, 0], [300, 0, 0, 0]),
]
INC_RES = [
    ("Onttrekking algemene reserve", [60, 60, 0, 0]),
    ("Onttrekking reserve sociaal domein", [350, 250, 0, 0]),
    ("Onttrekking reserve Kustvisie", [750, 400, 0, 0]),
    ("Onttrekking reserve duurzaamheid", [180, 120, 60, 0]),
]
INC_L = [sum(i[2][k] for i in INCID) for k in range(4)]
INC_B = [sum(i[3][k] for i in INCID) for k in range(4)]
INC_R = [sum(i[1][k] for i in INC_RES) for k in range(4)]
# saldo incidentele posten (B) = baten + onttrekkingen - lasten
INC_SALDO = [INC_B[k] + INC_R[k] - INC_L[k] for k in range(4)]
# structural onttrekking sporthal 214 and toevoeging onderhoud 250 are structural
for k, y in enumerate([2026, 2027, 2028, 2029]):
    assert TOT[y]["ontt"] - 214 == INC_R[k], (y, TOT[y]["ontt"], INC_R[k])

# ---- meerjarenbeeld x 1.000 (2026..2029)
MJB_START = [438, -60, -120, -30]  # saldo meerjarenraming begroting 2025 na vaststelling (2029: eerste raming)
MJB_ITEMS = [
    ("Amendementen begrotingsraad 7 november 2024", [-40, -40, -40, -40]),
    ("Structurele doorwerking bestuursrapportages 2025", [-122, -96, -96, -96]),
    ("Kadernota 2026", [-310, -455, -520, -585]),
    ("Meicirculaire 2025 (algemene uitkering)", [612, 388, -214, 146]),
    ("Loon- en prijsontwikkeling (cao 2026, indexering)", [-540, -540, -540, -540]),
    ("Hogere bijdrage Veiligheidsregio Kustland", [-64, -71, -78, -78]),
    ("Hogere lasten jeugdhulp en Wmo", [-410, -380, -350, -350]),
    ("Areaaluitbreiding openbare ruimte Duinrand-Oost", [-38, -52, -66, -66]),
    ("Hogere opbrengst toeristenbelasting (tarief € 2,65)", [332, 332, 332, 332]),
    ("Hogere opbrengst parkeergelden", [240, 240, 240, 240]),
]
last = [TARGET[y] - MJB_START[k] - sum(it[1][k] for it in MJB_ITEMS) for k, y in enumerate([2026, 2027, 2028, 2029])]
MJB_ITEMS.append(("Overige mutaties (per saldo)", last))
for k, y in enumerate([2026, 2027, 2028, 2029]):
    assert MJB_START[k] + sum(it[1][k] for it in MJB_ITEMS) == TARGET[y]

# ---- risks x 1.000
RISKS = [
    ("Open-einderegelingen jeugdhulp en Wmo", 1500, 50),
    ("Herziening financiering gemeentefonds", 1800, 50),
    ("Grondexploitatie Duinrand-Oost", 850, 30),
    ("Verbonden partijen (Veiligheidsregio, GR Kustwerk)", 600, 30),
    ("Lagere opbrengst toeristenbelasting en parkeergelden", 500, 25),
    ("Stormschade boulevard en strandopgangen", 400, 10),
    ("Garantstellingen", 1240, 10),
]
RISK_ROWS = [(n, a, k, a * k / 100) for n, a, k in RISKS]
RISK_SUB = sum(x[3] for x in RISK_ROWS)
RISK_OTHER = round(RISK_SUB * 0.10, 1)
RISK_TOT = RISK_SUB + RISK_OTHER
# beschikbare weerstandscapaciteit in euro's: algemene reserve eind 2026 + onvoorzien
BESCHIKBAAR = RES_ALG_ROWS[0][4] * 1000 + 50000
BENODIGD = int(round(RISK_TOT * 1000))
RATIO = round(BESCHIKBAAR / BENODIGD, 1)

if __name__ == "__main__":
    print("AU 2026", AU_2026, AU_K)
    for k in ORDER_ALL:
        print(k, LINES[k])
    for y in YEARS:
        print(y, TOT[y])
    print("alg", RES_ALG_ROWS, "best", BEST_TOT, "tot", RES_TOT)
    print("inc L", INC_L, "B", INC_B, "R", INC_R, "saldo", INC_SALDO)
    print("mjb last", last)
    print("risks", RISK_ROWS, RISK_SUB, RISK_OTHER, RISK_TOT, BESCHIKBAAR, BENODIGD, RATIO)
    for p, _ in PROGS:
        print(p, P26[p], prog_table(p)[2026])
