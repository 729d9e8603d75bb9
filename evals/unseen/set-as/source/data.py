"""Every figure of the two FICTIONAL documents of set-as, typed once; computed figures are computed here and the
asserts at the bottom tie them together.  The generators print from this module; extract.py / check.py never import
it (they read the finished PDFs).

1. Collectie Overijssel, "Begroting 2025" (a FICTIONAL begroting of the real gemeenschappelijke regeling).  The column
   "Realisatie 2023" of the category table repeats the REAL Jaarstukken 2023 (tabel 2.1) exactly; all other figures
   are made up.
2. Twenterand, "Jaarstukken 2021, programma Sociaal Domein" (FICTIONAL).  The labels of the doelenbomen, taakvelden
   and indicators follow the real Programmabegroting 2020; three cells of the primitieve begroting 2021 equal the
   begroting 2020's raming for 2021 (REUSED_FROM_SEED), all other figures are made up.

Run `python data.py` to print a summary (the asserts run on import).
"""
from __future__ import annotations

from fmt import rhu

# =====================================================================================================================
# 1. Collectie Overijssel — Begroting 2025
# =====================================================================================================================
CO_FILE = "collectie-overijssel-begroting-2025.pdf"
CO_BODY = "Collectie Overijssel"
YEARS = ["2023", "2024", "2025", "2026", "2027", "2028"]          # realisatie 2023, begroting 2024/2025, raming
PLAN = YEARS[1:]                                                     # years this document plans

# ---- bijdragen deelnemers en DVO-partners, in euros (Begroting 2024 .. Raming 2028) --------------------------------
INDEX = {"2025": 4.1, "2026": 2.9, "2027": 2.4, "2028": 2.2}         # loon- en prijsindex for Zwolle/Deventer (%)
B_ZWOLLE_2024, B_DEVENTER_2024 = 1728300, 1292500
BIJ_RIJK = {"2024": 2318400, "2025": 2405900, "2026": 2461200, "2027": 2511000, "2028": 2558700}
BIJ_PROV = {"2024": 656200, "2025": 681000, "2026": 700800, "2027": 717600, "2028": 733400}
BIJ_OVERIG = {"2024": 29400, "2025": 34600, "2026": 35300, "2027": 36000, "2028": 36700}


def _indexed(start):
    out, v = {"2024": start}, start
    for y in YEARS[2:]:
        v = rhu(v * (1 + INDEX[y] / 100))
        out[y] = v
    return out


BIJ_ZWOLLE = _indexed(B_ZWOLLE_2024)
BIJ_DEVENTER = _indexed(B_DEVENTER_2024)
BIJ_GR = {y: BIJ_RIJK[y] + BIJ_ZWOLLE[y] + BIJ_DEVENTER[y] for y in PLAN}
BIJ_DVO = {y: BIJ_PROV[y] + BIJ_OVERIG[y] for y in PLAN}
BIJ_TOT = {y: BIJ_GR[y] + BIJ_DVO[y] for y in PLAN}
BIJ_ROWS = [("Het Rijk (Nationaal Archief)", BIJ_RIJK), ("Gemeente Zwolle", BIJ_ZWOLLE),
            ("Gemeente Deventer", BIJ_DEVENTER), ("Subtotaal GR-deelnemers", BIJ_GR),
            ("Provincie Overijssel (DVO)", BIJ_PROV), ("Overige DVO-partners", BIJ_OVERIG),
            ("Subtotaal DVO-partners", BIJ_DVO), ("Totaal bijdragen", BIJ_TOT)]

# ---- baten en lasten naar categorie, € '000 (house style of the jaarstukken: lasten negative) ----------------------
# Realisatie 2023 = the REAL Jaarstukken 2023, tabel 2.1 (column "Realisatie 2023"), copied exactly.
REAL_2023 = {
    "Baten GR Rijk": 2247, "Baten GR Gemeente Zwolle": 1662, "Baten GR Gemeente Deventer": 1243,
    "Baten DVO Provincie Overijssel": 631, "Baten DVO's Overige": 41, "Baten Provinciaal Programma": 401,
    "Baten Museale Collectie": 223, "Baten Kenniscomponent": 50, "Baten Overig": 420,
    "Personeel salarissen": -3076, "Personeel overig": -470, "Huisvesting energie": -526,
    "Huisvesting overig": -885, "Organisatie projecten": -572, "Organisatie overig": -429,
    "Projectkosten subsidies": -704, "Afschrijvingskosten": -269, "Rente": 150,
    "Toevoeging reserves": -265, "Onttrekking reserves": 128,
}
BATEN_CAT = ["Baten GR Rijk", "Baten GR Gemeente Zwolle", "Baten GR Gemeente Deventer",
             "Baten DVO Provincie Overijssel", "Baten DVO's Overige", "Baten Provinciaal Programma",
             "Baten Museale Collectie", "Baten Kenniscomponent", "Baten Overig"]
LASTEN_CAT = ["Personeel salarissen", "Personeel overig", "Huisvesting energie", "Huisvesting overig",
              "Organisatie projecten", "Organisatie overig", "Projectkosten subsidies", "Afschrijvingskosten", "Rente"]
LASTEN_K = {  # typed, € '000, negative = lasten; Rente positive (rentebaten, as the jaarstukken print it)
    "2024": [-3684, -402, -455, -742, -1120, -512, -688, -245, 120],
    "2025": [-3912, -415, -398, -768, -1245, -531, -702, -268, 95],
    "2026": [-4031, -421, -405, -785, -980, -540, -455, -301, 80],
    "2027": [-4129, -428, -412, -801, -860, -549, -410, -336, 70],
    "2028": [-4215, -436, -420, -818, -820, -558, -400, -352, 60],
}
TOEV_K = {"2024": -120, "2025": -150, "2026": -150, "2027": -160, "2028": -160}
ONTT_K = {"2024": 650, "2025": 780, "2026": 420, "2027": 250, "2028": 180}
BATEN_OTHER_K = {  # Provinciaal Programma, Museale Collectie, Kenniscomponent (typed); Baten Overig closes
    "2024": [405, 225, 50], "2025": [412, 229, 50], "2026": [418, 233, 0], "2027": [420, 237, 0], "2028": [428, 241, 0],
}

CAT = {"2023": dict(REAL_2023)}
for y in PLAN:
    c = dict(zip(LASTEN_CAT, LASTEN_K[y]))
    c["Baten GR Rijk"] = rhu(BIJ_RIJK[y] / 1000)
    c["Baten GR Gemeente Zwolle"] = rhu(BIJ_ZWOLLE[y] / 1000)
    c["Baten GR Gemeente Deventer"] = rhu(BIJ_DEVENTER[y] / 1000)
    c["Baten DVO Provincie Overijssel"] = rhu(BIJ_PROV[y] / 1000)
    c["Baten DVO's Overige"] = rhu(BIJ_OVERIG[y] / 1000)
    c["Baten Provinciaal Programma"], c["Baten Museale Collectie"], c["Baten Kenniscomponent"] = BATEN_OTHER_K[y]
    c["Toevoeging reserves"], c["Onttrekking reserves"] = TOEV_K[y], ONTT_K[y]
    lasten = sum(LASTEN_K[y])
    baten_needed = -lasten - TOEV_K[y] - ONTT_K[y]                   # resultaat na bestemming = 0
    c["Baten Overig"] = baten_needed - sum(c[k] for k in BATEN_CAT if k != "Baten Overig")
    CAT[y] = c
for y in YEARS:
    c = CAT[y]
    c["Baten"] = sum(c[k] for k in BATEN_CAT)
    c["Lasten"] = sum(c[k] for k in LASTEN_CAT)
    c["Resultaat exploitatie"] = c["Baten"] + c["Lasten"]
    c["Resultaat na bestemming"] = c["Resultaat exploitatie"] + c["Toevoeging reserves"] + c["Onttrekking reserves"]

# ---- meerjarenbegroting per programma, in euros (lasten and baten printed positive) --------------------------------
PROGRAMMAS = ["Programma 1 Groeistrategie", "Programma 2 Productiviteitsstrategie",
              "Programma 3 Onderscheidend vermogen", "Programma 4 Ondersteunende processen en overhead"]
LASTEN_TOT_E = {"2023": 6780912, "2024": 7727604, "2025": 8143730, "2026": 7838318, "2027": 7854590,
                "2028": 7959212}                                     # typed; rounds to the category total
LASTEN_PROG_E = {  # programmes 1-3 typed; programme 4 closes
    "2023": [1184306, 2391847, 598215], "2024": [1402380, 2712455, 702150], "2025": [1596420, 2841975, 745310],
    "2026": [1321770, 2795640, 712480], "2027": [1298615, 2846210, 706945], "2028": [1311940, 2902155, 711320],
}
ALG_DEKKING_2023_E = 5823870                                         # GR + DVO 2023 in euros (5.824 x € 1.000)
BATEN_PROG_E = {  # programmes 1-3 typed; programme 4 closes
    "2023": [412650, 318940, 221307], "2024": [455000, 262500, 230000], "2025": [468200, 271300, 236400],
    "2026": [421800, 118400, 238900], "2027": [431000, 121000, 241800], "2028": [438500, 123600, 244700],
}
RES_E = {y: (CAT[y]["Toevoeging reserves"] * 1000, CAT[y]["Onttrekking reserves"] * 1000) for y in YEARS}

PROG = {}
for y in YEARS:
    lp = LASTEN_PROG_E[y] + [LASTEN_TOT_E[y] - sum(LASTEN_PROG_E[y])]
    toev, ontt = RES_E[y]
    saldo_needed = -(toev + ontt)                                    # saldo + toevoeging + onttrekking = resultaat
    if y == "2023":
        saldo_needed = CAT[y]["Resultaat exploitatie"] * 1000        # the real 2023 result: € 137.000
    baten_tot = LASTEN_TOT_E[y] + saldo_needed
    alg = ALG_DEKKING_2023_E if y == "2023" else BIJ_TOT[y]
    bp = BATEN_PROG_E[y] + [baten_tot - alg - sum(BATEN_PROG_E[y])]
    PROG[y] = {"lasten": lp, "baten": bp, "alg": alg, "lasten_tot": LASTEN_TOT_E[y], "baten_tot": baten_tot,
               "saldo": baten_tot - LASTEN_TOT_E[y], "toev": toev, "ontt": ontt,
               "resultaat": baten_tot - LASTEN_TOT_E[y] + toev + ontt}

# per-programme summary x € 1.000 (printed in each programme chapter): rounded euros, saldo = baten - lasten
PROG_K = {}
for i, p in enumerate(PROGRAMMAS):
    lk = {y: rhu(PROG[y]["lasten"][i] / 1000) for y in YEARS}
    bk = {y: rhu(PROG[y]["baten"][i] / 1000) for y in YEARS}
    PROG_K[p] = {"Lasten": lk, "Baten": bk, "Saldo programma": {y: bk[y] - lk[y] for y in YEARS}}

# ---- reserves 2025, € '000 -------------------------------------------------------------------------------------------
RESERVES = [  # name, stand 1-1-2025, toevoeging, onttrekking (None = closes the onttrekkingen of 2025)
    ("Onderhoud", 1042, 0, 210),
    ("Datakwaliteit & Collectiebeheer", 1180, 0, 320),
    ("Digitale dienstverlening", 612, 0, None),
    ("Collectiecentrum", 300, 150, 100),
]
ALG_RESERVE_1_1 = 240
_known = sum(r[3] for r in RESERVES if r[3] is not None)
RES_ROWS = []
for name, s, t, o in RESERVES:
    o = ONTT_K["2025"] - _known if o is None else o
    RES_ROWS.append((name, s, t, o, s + t - o))
BEST = ("Subtotaal bestemmingsreserves",) + tuple(sum(r[i] for r in RES_ROWS) for i in range(1, 5))
ALGR = ("Algemene Reserve", ALG_RESERVE_1_1, 0, 0, ALG_RESERVE_1_1)
RES_TOT = ("Totaal reserves",) + tuple(BEST[i] + ALGR[i] for i in range(1, 5))

# ---- geprognosticeerde balans and kengetallen ----------------------------------------------------------------------
BAL_YEARS = ["31-12-2024", "31-12-2025"]
BAL_ACTIVA = {"Vaste activa": [612, 655], "Uitzettingen en vorderingen": [3980, 3615],
              "Liquide middelen": [15, 15], "Overlopende activa": [180, 175]}
BAL_EV = [RES_TOT[1], RES_TOT[4]]                                    # eigen vermogen = the reserves
BAL_VOORZ = [210, 190]
BAL_VASTE_SCHULD = [0, 0]
BAL_VLOTTEND = [742, 705]                                            # vlottende schulden; overlopende passiva closes
BAL_TOT = [sum(v[i] for v in BAL_ACTIVA.values()) for i in range(2)]
BAL_OVERLOPEND = [BAL_TOT[i] - BAL_EV[i] - BAL_VOORZ[i] - BAL_VASTE_SCHULD[i] - BAL_VLOTTEND[i] for i in range(2)]
BAL_PASSIVA = {"Eigen vermogen": BAL_EV, "Voorzieningen": BAL_VOORZ, "Vaste schulden": BAL_VASTE_SCHULD,
               "Vlottende schulden": BAL_VLOTTEND, "Overlopende passiva": BAL_OVERLOPEND}


def _nsq(i, y):
    schuld = BAL_VASTE_SCHULD[i] + BAL_VLOTTEND[i] + BAL_OVERLOPEND[i]
    bezit = BAL_ACTIVA["Uitzettingen en vorderingen"][i] + BAL_ACTIVA["Liquide middelen"][i] + \
        BAL_ACTIVA["Overlopende activa"][i]
    return rhu(100 * (schuld - bezit) / CAT[y]["Baten"])


KENGETALLEN = {  # percent; Realisatie 2023 as in the real jaarstukken (netto schuldquote recomputed: < 0)
    "Netto schuldquote": {"2023": rhu(100 * (1992 - 4537 - 12 - 230) / 6918),
                          "2024": _nsq(0, "2024"), "2025": _nsq(1, "2025")},
    "Solvabiliteitsratio": {"2023": 58, "2024": rhu(100 * BAL_EV[0] / BAL_TOT[0]),
                            "2025": rhu(100 * BAL_EV[1] / BAL_TOT[1])},
    "Structurele exploitatieruimte": {"2023": 2, "2024": 0, "2025": 0},
}

# ---- weerstandsvermogen, € '000 --------------------------------------------------------------------------------------
RISKS = [("Gebouwen - huurdersrisico's", 200, 10), ("Depots - calamiteiten", 250, 10),
         ("Energie - prijsstijging boven index", 150, 50), ("Inflatie - kosten boven index", 100, 50),
         ("Ziekte - kosten vervanging", 100, 25), ("Collectiecentrum - voorbereidingskosten", 120, 25),
         ("Onvoorzien", 50, 50)]
RISK_ROWS = [(n, i, k, rhu(i * k / 100)) for n, i, k in RISKS]
BENODIGD = sum(r[3] for r in RISK_ROWS)
STELPOST_ONVOORZIEN = 60
BESCHIKBAAR = RES_TOT[4] - BEST[4] + STELPOST_ONVOORZIEN            # algemene reserve 31-12-2025 + stelpost
RATIO = rhu(BESCHIKBAAR / BENODIGD, 2)
ALG_RES_PCT = rhu(100 * ALGR[4] / (BIJ_TOT["2025"] / 1000), 1)       # algemene reserve als % deelnemersbijdragen

# ---- kerncijfers ("in één oogopslag"), € '000 and prose -------------------------------------------------------------
KERN_COLS = ["2023", "2024", "2025"]
FTE_FORMATIE = {"2024": 50.8, "2025": 52.6}                          # fte formatie (prose + tabel personeel)
FTE_2023_JAAREINDE = 49                                              # as the real jaarstukken (kerncijfers)
SCANS_2025 = 1500000                                                 # "1,5 miljoen" bekeken scans (prose)
BEZOEKEN_2025 = {"Zwolle": 610, "Deventer": 470}                     # fysieke bezoeken studiezalen (prose)
DIGITALISERING_STADSARCHIEVEN_2025 = 185000                          # prose only
COLLECTIECENTRUM_RAMING_MLN = 24                                     # investeringsraming, prose
CAO_LOONSTIJGING = 4.6                                               # percent, prose
VERZUIM_NORM = 5.5                                                   # percent, prose

# =====================================================================================================================
# 2. Twenterand — Jaarstukken 2021, programma Sociaal Domein (euros; baten negative as in the programmabegroting)
# =====================================================================================================================
TW_FILE = "twenterand-jaarstukken-2021-sociaal-domein.pdf"
DOELENBOMEN = ["Sociale zaken", "Maatschappelijke ondersteuning", "Gezondheidszorg", "Onderwijs", "Jeugd"]
COLS = ["primitief", "na wijziging", "realisatie"]
# the begroting 2020's raming for 2021 (seed, Overzicht 3.1, column 2021) — only to assert the three reused cells
SEED_2021_LASTEN = {"Sociale zaken": 19305855, "Maatschappelijke ondersteuning": 11824036,
                    "Gezondheidszorg": 2054938, "Onderwijs": 4048147, "Jeugd": 16060788}
SEED_2021_BATEN = {"Sociale zaken": -13751547, "Maatschappelijke ondersteuning": -375735, "Gezondheidszorg": 0,
                   "Onderwijs": -335289, "Jeugd": -2822774}
T_LASTEN = {  # primitief, na wijziging, realisatie
    "Sociale zaken": [19648210, 20884130, 20531778],
    "Maatschappelijke ondersteuning": [12105472, 12296050, 11874619],
    "Gezondheidszorg": [2054938, 2102600, 2087247],
    "Onderwijs": [4187655, 4206115, 4109562],
    "Jeugd": [16538904, 17215440, 17627757],
}
T_BATEN = {
    "Sociale zaken": [-13902115, -15412880, -15998412],
    "Maatschappelijke ondersteuning": [-375735, -402300, -388106],
    "Gezondheidszorg": [0, 0, -12480],
    "Onderwijs": [-335289, -368950, -371205],
    "Jeugd": [-2822774, -2822774, -2716330],
}
REUSED_FROM_SEED = [("lasten", "Gezondheidszorg"), ("baten", "Maatschappelijke ondersteuning"),
                    ("baten", "Onderwijs"), ("baten", "Jeugd")]
T_MUT_RES = [-318400, -1204560, -1087215]                           # negative = per saldo onttrekking
T_TOT_LASTEN = [sum(v[i] for v in T_LASTEN.values()) for i in range(3)]
T_TOT_BATEN = [sum(v[i] for v in T_BATEN.values()) for i in range(3)]
T_SALDO = [T_TOT_LASTEN[i] + T_TOT_BATEN[i] for i in range(3)]
T_RESULTAAT = [T_SALDO[i] + T_MUT_RES[i] for i in range(3)]


def verschil(triple):
    """begroting na wijziging minus realisatie: > 0 voordeel (V), < 0 nadeel (N) — for lasten, baten (negative)
    and mutaties reserves alike"""
    return triple[1] - triple[2]


# ---- per taakveld (lasten and baten); 0.4 Overhead closes the lasten, 6.3 Inkomensregelingen the baten ------------
TV_LASTEN = {
    "4.1 Openbaar basisonderwijs": [112400, 118900, 114233],
    "4.2 Onderwijshuisvesting": [2184300, 2190150, 2166940],
    "4.3 Onderwijsbeleid en leerlingzaken": [1640255, 1646765, 1582114],
    "6.1 Samenkracht en burgerparticipatie": [3876120, 3921480, 3850612],
    "6.2 Wijkteams": [2312600, 2398750, 2371408],
    "6.3 Inkomensregelingen": [11905640, 13148300, 12861075],
    "6.4 Begeleide participatie": [4312880, 4298410, 4305996],
    "6.5 Arbeidsparticipatie": [1187650, 1211960, 1137521],
    "6.6 Maatwerkvoorziening (WMO)": [1948300, 1981240, 1893770],
    "6.71 Maatwerkdienstverlening 18+": [5321460, 5356910, 5098332],
    "6.72 Maatwerkdienstverlening 18-": [12164820, 12796530, 13249861],
    "7.1 Volksgezondheid": [1403150, 1421870, 1418276],
}
TV_BATEN = {
    "4.2 Onderwijshuisvesting": [-95600, -95600, -97118],
    "4.3 Onderwijsbeleid en leerlingzaken": [-239689, -273350, -274087],
    "6.1 Samenkracht en burgerparticipatie": [-142300, -151300, -149562],
    "6.4 Begeleide participatie": [-188400, -188400, -176940],
    "6.5 Arbeidsparticipatie": [-412560, -468210, -455310],
    "6.6 Maatwerkvoorziening (WMO)": [-233435, -251000, -238544],
    "6.72 Maatwerkdienstverlening 18-": [-2822774, -2822774, -2716330],
    "7.1 Volksgezondheid": [0, 0, -12480],
}
TV_LASTEN["0.4 Overhead"] = [T_TOT_LASTEN[i] - sum(v[i] for v in TV_LASTEN.values()) for i in range(3)]
TV_BATEN["6.3 Inkomensregelingen"] = [T_TOT_BATEN[i] - sum(v[i] for v in TV_BATEN.values()) for i in range(3)]
TV_ORDER = ["0.4 Overhead", "4.1 Openbaar basisonderwijs", "4.2 Onderwijshuisvesting",
            "4.3 Onderwijsbeleid en leerlingzaken", "6.1 Samenkracht en burgerparticipatie", "6.2 Wijkteams",
            "6.3 Inkomensregelingen", "6.4 Begeleide participatie", "6.5 Arbeidsparticipatie",
            "6.6 Maatwerkvoorziening (WMO)", "6.71 Maatwerkdienstverlening 18+", "6.72 Maatwerkdienstverlening 18-",
            "7.1 Volksgezondheid"]

# ---- reserves sociaal domein 2021; the onttrekking of the Reserve sociaal domein closes to the mutaties reserves ---
T_RESERVES = [  # name, saldo 1-1-2021, toevoegingen, onttrekkingen (None = closes)
    ("Reserve sociaal domein", 2418600, 0, None),
    ("Reserve participatie en werkgelegenheid", 612300, 85000, 140000),
    ("Reserve transformatie sociaal domein", 845000, 0, 312400),
    ("Reserve coronamiddelen sociaal domein", 0, 486000, 95000),
]
_tk = sum(r[2] for r in T_RESERVES)
_ok = sum(r[3] for r in T_RESERVES if r[3] is not None)
T_RES_ROWS = []
for name, s, t, o in T_RESERVES:
    o = (_tk - T_MUT_RES[2]) - _ok if o is None else o                # toevoegingen - onttrekkingen = mutaties
    T_RES_ROWS.append((name, s, t, o, s + t - o))
T_RES_TOT = ("Totaal reserves sociaal domein",) + tuple(sum(r[i] for r in T_RES_ROWS) for i in range(1, 5))

# ---- analysis of the deviations (prose, amounts rounded to thousands) ---------------------------------------------
ANALYSE = [  # (label in the prose, the verschil it explains)
    ("Sociale zaken, lasten", verschil(T_LASTEN["Sociale zaken"])),
    ("Sociale zaken, baten", verschil(T_BATEN["Sociale zaken"])),
    ("Maatschappelijke ondersteuning", verschil(T_LASTEN["Maatschappelijke ondersteuning"])),
    ("Onderwijs", verschil(T_LASTEN["Onderwijs"])),
    ("Jeugd", verschil(T_LASTEN["Jeugd"])),
    ("Jeugd, baten", verschil(T_BATEN["Jeugd"])),
]
T_VERSCHIL_RESULTAAT = verschil(T_RESULTAAT)

# ---- indicators: label, streefwaarde 2021, realisatie 2021, realisatie 2020, bron -----------------------------------
T_IND = {
    "Sociale zaken": [
        ("Aantal uitkeringsgerechtigden (participatiewet)", 470, 503, 489, "CIV"),
        ("Aantal uitkeringsgerechtigden (IOAW/IOAZ)", 25, 29, 27, "CIV"),
        ("Aantal activeringstrajecten", 380, 342, 351, "CIV"),
        ("Aantal Wsw 'zittend bestand' in arbeidsjaren", 258, 254, 262, "-"),
        ("Aantal taakstelling vergunninghouders", 26, 31, 22, "-"),
        ("Aantal aanvragen bijzondere bijstand", 450, 497, 466, "CIV"),
        ("Aantal personen die uitgestroomd zijn naar werk", 70, 81, 58, "CIV"),
        ("Aantal aanvragen inkomenstoeslag", 280, 301, 292, "CIV"),
        ("Aantal personen die beroep doen op de Meedoenregeling", 400, 372, 388, "CIV"),
        ("Beschut werk", 16, 15, 13, "-"),
        ("Aantal kinderen schoolpakket", 85, 96, 88, "Interne systemen"),
    ],
    "Maatschappelijke ondersteuning": [
        ("Toegekende maatwerkvoorzieningen totaal", 3700, 3812, 3745, "Interne systemen"),
        ("Aantal mantelzorgers dat de waardebonnen heeft ontvangen", 690, 718, 702, "Stichting Evenmens"),
        ("Aantal individueel ondersteunde mantelzorgers", 260, 244, 237, "Stichting Evenmens"),
        ("Aantal verzekerden collectieve zorgverzekering", 1430, 1396, 1411, "Menzis"),
    ],
    "Gezondheidszorg": [
        ("Aantal beschikbare en in kaart gebrachte AED's", 85, 92, 89, "Hartslagnu.nl"),
        ("Aantal inwoners ingeschreven op www.hartslagnu.nl", 1050, 1128, 1094, "Hartslagnu.nl"),
        ("Aantal basisscholen met voorlichting over middelengebruik", 18, 11, 9, "Tactus Verslavingszorg"),
    ],
    "Onderwijs": [
        ("Aantal cursisten aangemeld via Taalpunt", 30, 26, 19, "Taalpunt"),
        ("Aantal leerlingen leerlingenvervoer", 290, 276, 284, "Interne systemen"),
    ],
    "Jeugd": [
        ("Aantal bezoekers CJG Loket", 80, 71, 64, "SZT"),
        ("Aantal jongeren gemeld in het zorgnetwerk door SZT", 60, 74, 68, "SZT"),
        ("Aantal individuele coaching plannen door SZT", 15, 19, 17, "SZT"),
        ("Totaal aantal jeugdigen met jeugdhulp", 1100, 1187, 1142, "Interne systemen"),
    ],
}
T_VERPLICHT = [  # label, Twenterand 2021, Nederland 2021 (one decimal)
    ("Personen met een bijstandsuitkering (per 10.000 inwoners)", 268.4, 449.0),
    ("Lopende re-integratievoorzieningen (per 10.000 inwoners 15-64 jaar)", 214.7, 196.2),
    ("Jongeren met jeugdhulp (% van alle jongeren tot 18 jaar)", 11.6, 10.3),
    ("Wmo-cliënten met een maatwerkarrangement (per 10.000 inwoners)", 689.0, 640.0),
]
T_TOZO_AANVRAGEN = 612                                               # prose only (Sociale zaken)
T_TONK_UITGEKEERD = 148500                                           # prose only

# =====================================================================================================================
# asserts: the figures tie together
# =====================================================================================================================
for y in YEARS:
    c = CAT[y]
    assert c["Resultaat na bestemming"] == 0, (y, c["Resultaat na bestemming"])
    assert rhu(LASTEN_TOT_E[y] / 1000) == -c["Lasten"], (y, LASTEN_TOT_E[y], c["Lasten"])
    assert rhu(PROG[y]["baten_tot"] / 1000) == c["Baten"], (y, PROG[y]["baten_tot"], c["Baten"])
    assert sum(PROG[y]["lasten"]) == LASTEN_TOT_E[y] and sum(PROG[y]["baten"]) + PROG[y]["alg"] == PROG[y]["baten_tot"]
    assert all(v > 0 for v in PROG[y]["lasten"] + PROG[y]["baten"]), (y, PROG[y])
    assert c["Baten Overig"] > 0, (y, c["Baten Overig"])
    assert PROG[y]["resultaat"] == (137000 - 265000 + 128000 if y == "2023" else 0)
assert CAT["2023"]["Baten"] == 6918 and CAT["2023"]["Lasten"] == -6781 and CAT["2023"]["Resultaat exploitatie"] == 137
assert rhu(ALG_DEKKING_2023_E / 1000) == 5824 == sum(REAL_2023[k] for k in BATEN_CAT[:5])
for y in PLAN:
    assert BIJ_TOT[y] == PROG[y]["alg"]
for name, s, t, o, e in RES_ROWS:
    assert e >= 0 and o >= 0, name
assert BEST[2] + ALGR[2] == -TOEV_K["2025"] and BEST[3] + ALGR[3] == ONTT_K["2025"]
assert RES_TOT[1] + RES_TOT[2] - RES_TOT[3] == RES_TOT[4]
assert all(b > 0 for b in BAL_OVERLOPEND)
assert BESCHIKBAAR == ALGR[4] + STELPOST_ONVOORZIEN and RATIO >= 1
assert len({v for k in KENGETALLEN.values() for v in k.values()}) >= 5
assert KENGETALLEN["Netto schuldquote"]["2023"] < 0

for k in DOELENBOMEN:
    assert T_LASTEN[k][1] != SEED_2021_LASTEN[k] and T_LASTEN[k][2] != SEED_2021_LASTEN[k]
for kind, k in REUSED_FROM_SEED:
    assert (T_LASTEN if kind == "lasten" else T_BATEN)[k][0] == \
        (SEED_2021_LASTEN if kind == "lasten" else SEED_2021_BATEN)[k]
assert sum(1 for k in DOELENBOMEN if T_LASTEN[k][0] != SEED_2021_LASTEN[k]) == 4
assert verschil(T_LASTEN["Jeugd"]) == -412317                       # "Jeugd: € 412.000 nadelig"
for i in range(3):
    assert sum(v[i] for v in TV_LASTEN.values()) == T_TOT_LASTEN[i]
    assert sum(v[i] for v in TV_BATEN.values()) == T_TOT_BATEN[i]
    assert TV_LASTEN["0.4 Overhead"][i] > 0 and TV_BATEN["6.3 Inkomensregelingen"][i] < 0
assert TV_BATEN["6.72 Maatwerkdienstverlening 18-"] == T_BATEN["Jeugd"]
for name, s, t, o, e in T_RES_ROWS:
    assert o >= 0 and e >= 0, name
assert T_RES_TOT[2] - T_RES_TOT[3] == T_MUT_RES[2]
assert {v > 0 for _, v in ANALYSE} == {True, False}
for doel, rows in T_IND.items():
    assert len({r[0] for r in rows}) == len(rows)

if __name__ == "__main__":
    for y in YEARS:
        print(y, "cat baten", CAT[y]["Baten"], "lasten", CAT[y]["Lasten"], "overig", CAT[y]["Baten Overig"],
              "| prog lasten", PROG[y]["lasten"], "baten", PROG[y]["baten"], "saldo", PROG[y]["saldo"])
    print("bijdragen", BIJ_ZWOLLE, BIJ_DEVENTER, BIJ_TOT)
    print("reserves", RES_ROWS, BEST, ALGR, RES_TOT)
    print("balans", BAL_TOT, BAL_OVERLOPEND, "kengetallen", KENGETALLEN)
    print("weerstand", BENODIGD, BESCHIKBAAR, RATIO, ALG_RES_PCT)
    print("TW lasten", T_TOT_LASTEN, "baten", T_TOT_BATEN, "saldo", T_SALDO, "resultaat", T_RESULTAAT)
    print("TW taakvelden overhead", TV_LASTEN["0.4 Overhead"], "6.3 baten", TV_BATEN["6.3 Inkomensregelingen"])
    print("TW reserves", T_RES_ROWS, T_RES_TOT)
    print("TW analyse", ANALYSE, "verschil resultaat", T_VERSCHIL_RESULTAAT)

# ---- added: prose figures of the financieringsparagraaf (Collectie Overijssel) -----------------------------------
KASGELD_PCT = 8.2
KASGELDLIMIET_2025 = rhu(KASGELD_PCT / 100 * LASTEN_TOT_E["2025"] / 1000) * 1000   # "€ 668.000"
KREDIETFACILITEIT = 250000
assert KASGELDLIMIET_2025 == 668000
PRIJSINDEX_2025 = 3.2                                                # percent, uitgangspunten
RENTE_RC_2025 = 2.5                                                  # percent, uitgangspunten
