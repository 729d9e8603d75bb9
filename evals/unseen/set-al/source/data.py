"""Every figure of the two set-al documents, typed once. Totals, saldi, reserve stands, rounded (€ mln) printings,
percentage changes, kengetallen and the other derived figures are computed here; the asserts at the bottom tie them
together (and check the approximate prose: "ruim € 3 miljoen", "circa 1.850 km", "bijna 40%", "ruim 74%").
Run `python data.py` to check.

B = Gemeente Brummelweide, "Begroting 2047 in beeld" (python-pptx deck -> LibreOffice Impress PDF); amounts
    x € 1.000 unless said otherwise (baten naar bron and the charts in € mln with one decimal, tariffs in euros).
E = Waterschap Eemvliet, "Jaarverslag en jaarrekening 2046" (Typst PDF); amounts x € 1.000, tariffs in euros,
    formatie in fte.
"""
from __future__ import annotations

# ============================================================================================ Gemeente Brummelweide
B_BODY = "Brummelweide"
B_YEAR = 2047
B_FILE = "brummelweide-begroting-2047-in-beeld.pdf"
B_TITLE = "Begroting 2047 in beeld"
B_DATE = "8 oktober 2046"                 # raadsinformatieavond, printed in every footer
B_YEARS = [2046, 2047, 2048, 2049, 2050]
B_YCOL = ["Begroting 2046", "Begroting 2047", "Raming 2048", "Raming 2049", "Raming 2050"]

# programmes: (number, name, short name for the chart), lasten and baten per year of B_YEARS, x € 1.000
PROGS = [
    (1, "Bestuur en dienstverlening", "Bestuur"),
    (2, "Veiligheid", "Veiligheid"),
    (3, "Verkeer, openbare ruimte en groen", "Openbare ruimte"),
    (4, "Onderwijs, sport en cultuur", "Onderwijs, sport, cultuur"),
    (5, "Sociaal domein", "Sociaal domein"),
    (6, "Wonen, ruimte en duurzaamheid", "Wonen en ruimte"),
]
PL = {
    1: [9214, 9587, 9640, 9702, 9815],
    2: [6031, 6318, 6402, 6455, 6521],
    3: [17486, 18245, 18610, 18792, 18933],
    4: [14372, 16804, 15918, 15706, 15655],
    5: [58126, 60437, 61205, 61890, 62410],
    6: [21708, 22952, 22410, 22185, 22090],
}
PB = {
    1: [1842, 1905, 1930, 1955, 1980],
    2: [212, 219, 224, 229, 234],
    3: [2963, 3087, 3110, 3134, 3158],
    4: [3418, 3562, 3590, 3604, 3617],
    5: [17934, 18611, 18790, 18920, 19050],
    6: [16205, 17118, 17240, 17385, 17520],
}
PS = {p: [b - l for l, b in zip(PL[p], PB[p])] for p in PL}          # saldo = baten - lasten

# algemene dekkingsmiddelen: baten = algemene uitkering + OZB + overige algemene dekkingsmiddelen
AU = [84310, 87433, 87408, 87292, 89247]                  # algemene uitkering gemeentefonds
OZB = [12486, 12923, 13310, 13705, 14110]                 # opbrengst onroerendezaakbelastingen
ADM_OV = [1705, 1742, 1760, 1778, 1795]                   # dividend, precario, rente
ADM_L = [1120, 1164, 1190, 1215, 1240]
ADM_B = [a + o + v for a, o, v in zip(AU, OZB, ADM_OV)]
OH_L = [12950, 13378, 13520, 13690, 13840]                # overhead
OH_B = [410, 425, 430, 435, 440]
ONV_L = [150, 150, 150, 150, 150]                         # onvoorzien

# overview rows (Totaaloverzicht): label, lasten, baten
OVZ_ROWS = [(f"{n} {nm}", PL[n], PB[n]) for n, nm, _ in PROGS] + [
    ("Algemene dekkingsmiddelen", ADM_L, ADM_B),
    ("Overhead", OH_L, OH_B),
    ("Onvoorzien", ONV_L, [0] * 5),
]
TOT_L = [sum(r[1][i] for r in OVZ_ROWS) for i in range(5)]
TOT_B = [sum(r[2][i] for r in OVZ_ROWS) for i in range(5)]
SALDO_BL = [b - l for l, b in zip(TOT_L, TOT_B)]

# meerjarenraming 2047-2050 (index 1..4 of B_YEARS)
RES_TOEV = [None, 1750, 1500, 1500, 1500]
RES_ONTT = [None, 4628, 2140, 1610, 1420]
RESULTAAT = [None] + [SALDO_BL[i] - RES_TOEV[i] + RES_ONTT[i] for i in range(1, 5)]
INCIDENTEEL = [None, 1145, -290, -410, -120]              # saldo incidentele baten en lasten
STRUCTUREEL = [None] + [RESULTAAT[i] - INCIDENTEEL[i] for i in range(1, 5)]

# baten naar bron (x € 1.000) for 2046 and 2047; printed in € mln with one decimal
AFVRIO = [9874, 10268]           # afvalstoffenheffing + rioolheffing (part of programme 6 baten)
RIJK = [14212, 14690]            # rijksbijdragen sociaal domein, BUIG en SPUK (part of programme 5 baten)
BRON = [
    ("Algemene uitkering gemeentefonds", AU[:2]),
    ("Onroerendezaakbelastingen", OZB[:2]),
    ("Afvalstoffen- en rioolheffing", AFVRIO),
    ("Rijksbijdragen sociaal domein", RIJK),
]
BRON.append(("Overige baten", [TOT_B[i] - sum(v[i] for _, v in BRON) for i in range(2)]))


def mln(k):
    """x € 1.000 -> € mln rounded to one decimal (as printed)"""
    return round(k / 1000 + 1e-9, 1)


BRON_MLN = [(nm, [mln(v[0]), mln(v[1])]) for nm, v in BRON]
BRON_TOT_MLN = [mln(TOT_B[0]), mln(TOT_B[1])]
BRON_VERSCHIL = [(nm, round(v[1] - v[0], 1)) for nm, v in BRON_MLN]

# chart "Waar gaat het geld naartoe": lasten 2047 per programme + overhead + overig (ADM + onvoorzien), € mln
CHART_L = [(short, mln(PL[n][1])) for n, _, short in PROGS] + [("Overhead", mln(OH_L[1])),
                                                               ("Overig", mln(ADM_L[1] + ONV_L[1]))]
CHART_B = [(nm, v[1]) for nm, v in BRON_MLN]

# tariffs: label, unit, 2046, 2047, decimals; change printed with one decimal and a sign
TARIEVEN = [
    ("OZB woningen, eigenaar", "% WOZ-waarde", 0.0801, 0.0829, 4),
    ("OZB niet-woningen, eigenaar", "% WOZ-waarde", 0.1655, 0.1713, 4),
    ("OZB niet-woningen, gebruiker", "% WOZ-waarde", 0.1342, 0.1389, 4),
    ("Afvalstoffenheffing eenpersoonshuishouden", "per jaar", 286.20, 297.60, 2),
    ("Afvalstoffenheffing meerpersoonshuishouden", "per jaar", 364.80, 379.32, 2),
    ("Rioolheffing", "per aansluiting", 241.56, 251.16, 2),
]
WOZ_GEM = [374000, 386000]                                 # gemiddelde WOZ-waarde woning 2046, 2047
TAR = {t[0]: t for t in TARIEVEN}
WOONLASTEN = [round(round(WOZ_GEM[i] * TAR["OZB woningen, eigenaar"][2 + i] / 100, 2)
                    + TAR["Afvalstoffenheffing meerpersoonshuishouden"][2 + i] + TAR["Rioolheffing"][2 + i], 2)
              for i in range(2)]


def pct_change(a, b):
    return round((b / a - 1) * 100, 1)


TAR_PCT = {t[0]: pct_change(t[2], t[3]) for t in TARIEVEN}
WOONLASTEN_PCT = pct_change(*WOONLASTEN)

# reserves 2047: stand 1-1, toevoeging, onttrekking (x € 1.000)
RESERVES = [
    ("Algemene reserve", 18640, 0, 450),
    ("Reserve sociaal domein", 4125, 0, 1200),
    ("Reserve onderhoud kapitaalgoederen", 6310, 1450, 1880),
    ("Reserve kapitaallasten brede school", 3950, 0, 158),
    ("Reserve duurzaamheid en klimaat", 2480, 300, 940),
]
RES_EIND = {r[0]: r[1] + r[2] - r[3] for r in RESERVES}
RES_TOT = [sum(r[i] for r in RESERVES) for i in (1, 2, 3)]
RES_TOT_EIND = sum(RES_EIND.values())

# investeringen 2047 (prose bullets, amounts in euros), total printed in a tile in € mln
INVEST = [
    ("brede school Oosterweide", 4_200_000, "€ 4,2 miljoen"),
    ("riolering Dorpsstraat-Noord", 1_800_000, "€ 1,8 miljoen"),
    ("groot onderhoud wegen en fietspaden", 2_350_000, "€ 2,35 miljoen"),
    ("publiekshal gemeentehuis", 780_000, "€ 780.000"),
    ("zonnepanelen sporthal De Klaproos", 310_000, "€ 310.000"),
    ("ledverlichting", 1_260_000, "€ 1.260.000"),
    ("voertuigen en materieel", 1_500_000, "€ 1,5 miljoen"),
]
INVEST_TOT = sum(v for _, v, _ in INVEST)
LANTAARNPALEN = 1150

# social domain and other counts
BIJSTAND = [1275, 1240]          # bijstandsuitkeringen 2046 -> 2047
WMO_CLIENTEN = 2315
JEUGD_CLIENTEN = 868
JEUGDHULP_MLN = [18.2, 19.8]     # kosten jeugdhulp (prose)
VRR_MLN = 3.9                    # bijdrage Veiligheidsregio (prose)
BOA_EXTRA = 2
BOA_KOSTEN = 145_000
WONINGEN_ZUID = 420
WONINGEN_ZUID_SOCIAAL_PCT = 35
DIGITAAL_PCT = 85

# kengetallen (percent): rekening 2045, begroting 2046, begroting 2047
KENGETALLEN = [
    ("Netto schuldquote", [58, 61, 64], 0),
    ("Netto schuldquote gecorrigeerd voor verstrekte leningen", [55, 58, 62], 0),
    ("Solvabiliteitsratio", [27, 26, 25], 0),
    ("Structurele exploitatieruimte", [0.8, 0.4, 0.6], 1),
    ("Grondexploitatie", [4, 3, 3], 0),
    ("Belastingcapaciteit", [96, 97, 98], 0),
]
WC_BESCHIKBAAR = 24.1            # weerstandscapaciteit, € mln
WC_BENODIGD = 15.3
WC_RATIO = round(WC_BESCHIKBAAR / WC_BENODIGD, 1)

# KPI tiles on the "in één oogopslag" slide
TILE_LASTEN = mln(TOT_L[1])
TILE_BATEN = mln(TOT_B[1])
TILE_RESULTAAT = mln(RESULTAAT[1])
TILE_INVEST = round(INVEST_TOT / 1e6, 1)

# ============================================================================================ Waterschap Eemvliet
E_BODY = "Waterschap Eemvliet"
E_YEAR = 2046
E_FILE = "waterschap-eemvliet-jaarverslag-2046.pdf"
E_TITLE = "Jaarverslag en jaarrekening 2046"
E_DATE = "24 juni 2047"          # vastgesteld door het algemeen bestuur

KD = ["Watersysteembeheer", "Zuiveringsbeheer", "Wegenbeheer"]     # kostendragers = programmes
# begroting 2046 primitief / na wijziging per kostendrager (x € 1.000)
E_L_BEGR = {"Watersysteembeheer": (71460, 72915), "Zuiveringsbeheer": (48730, 49310), "Wegenbeheer": (9845, 10120)}
E_B_BEGR = {"Watersysteembeheer": (69980, 70610), "Zuiveringsbeheer": (48240, 48905), "Wegenbeheer": (9640, 9720)}

# belastingopbrengsten per heffing: begroting 2046, realisatie 2046 (x € 1.000); kostendrager
HEFFINGEN = [
    ("Watersysteemheffing ingezetenen", "Watersysteembeheer", 21640, 21865),
    ("Watersysteemheffing gebouwd", "Watersysteembeheer", 36520, 36940),
    ("Watersysteemheffing ongebouwd", "Watersysteembeheer", 6050, 6012),
    ("Watersysteemheffing natuur", "Watersysteembeheer", 150, 148),
    ("Zuiveringsheffing huishoudens", "Zuiveringsbeheer", 33810, 34120),
    ("Zuiveringsheffing bedrijven", "Zuiveringsbeheer", 12300, 11845),
    ("Wegenheffing", "Wegenbeheer", 9050, 9182),
]
HEF_BEGR_TOT = sum(h[2] for h in HEFFINGEN)
HEF_REAL_TOT = sum(h[3] for h in HEFFINGEN)
HEF_VERSCHIL = {h[0]: h[3] - h[2] for h in HEFFINGEN}
HEF_REAL_KD = {k: sum(h[3] for h in HEFFINGEN if h[1] == k) for k in KD}

# taakvelden, realisatie 2046 (x € 1.000): code, naam, lasten, baten (None = the kostendrager's belastingopbrengst)
TAAKVELDEN = {
    "Watersysteembeheer": [
        ("1.1", "Planvorming en beleid watersysteem", 2184, 15),
        ("1.2", "Primaire waterkeringen", 16548, 3420),
        ("1.3", "Regionale waterkeringen", 4312, 0),
        ("1.4", "Watergangen, aanleg en onderhoud", 11287, 186),
        ("1.5", "Gemalen, stuwen en sluizen", 9643, 64),
        ("1.6", "Peilbeheer en waterverdeling", 3218, 0),
        ("1.7", "Waterkwaliteit en ecologie", 5472, 912),
        ("1.8", "Grondwaterbeheer", 1036, 0),
        ("1.9", "Muskusrattenbeheer", 2145, 0),
        ("1.10", "Vaarwegbeheer", 1384, 226),
        ("1.11", "Vergunningverlening en handhaving watersysteem", 2960, 418),
        ("1.12", "Calamiteitenzorg en crisisbeheersing", 874, 0),
        ("1.13", "Klimaatadaptatie", 3150, 640),
        ("1.14", "Baggeren", 3426, 0),
        ("1.15", "Heffing en invordering watersysteemheffing", 1942, None),
    ],
    "Zuiveringsbeheer": [
        ("2.1", "Planvorming zuiveringsbeheer", 1146, 0),
        ("2.2", "Transport van afvalwater", 8734, 112),
        ("2.3", "Rioolwaterzuiveringsinstallaties", 21982, 286),
        ("2.4", "Slibverwerking", 8916, 1204),
        ("2.5", "Energie en grondstoffen", 1868, 1432),
        ("2.6", "Laboratorium en monitoring", 1275, 94),
        ("2.7", "Vergunningverlening en handhaving lozingen", 844, 36),
        ("2.8", "Samenwerking in de afvalwaterketen", 2010, 180),
        ("2.9", "Heffing en invordering zuiveringsheffing", 1637, None),
    ],
    "Wegenbeheer": [
        ("3.1", "Planvorming wegen", 412, 0),
        ("3.2", "Wegen, aanleg en onderhoud", 6285, 318),
        ("3.3", "Bermen en beplanting", 1146, 0),
        ("3.4", "Openbare verlichting", 708, 0),
        ("3.5", "Verkeersveiligheid", 934, 260),
        ("3.6", "Bruggen en duikers", 602, 0),
        ("3.7", "Heffing en invordering wegenheffing", 315, None),
    ],
}
TV = {k: [(c, n, l, HEF_REAL_KD[k] if b is None else b) for c, n, l, b in rows] for k, rows in TAAKVELDEN.items()}
E_L_REAL = {k: sum(r[2] for r in TV[k]) for k in KD}
E_B_REAL = {k: sum(r[3] for r in TV[k]) for k in KD}
E_L = {k: (*E_L_BEGR[k], E_L_REAL[k], E_L_REAL[k] - E_L_BEGR[k][1]) for k in KD}   # prim, wijz, real, verschil
E_B = {k: (*E_B_BEGR[k], E_B_REAL[k], E_B_REAL[k] - E_B_BEGR[k][1]) for k in KD}
E_S = {k: tuple(b - l for l, b in zip(E_L[k], E_B[k])) for k in KD}                 # saldo (verschil too)
E_TL = [sum(E_L[k][i] for k in KD) for i in range(4)]
E_TB = [sum(E_B[k][i] for k in KD) for i in range(4)]
E_SALDO = [b - l for l, b in zip(E_TL, E_TB)]
E_TOEV = [1200, 1200, 1200]                        # toevoeging aan reserves: prim, wijz, real
E_ONTT = [3375, 4310, 2865]                        # onttrekking aan reserves
E_RES = [E_SALDO[i] - E_TOEV[i] + E_ONTT[i] for i in range(3)]
E_RES.append(E_RES[2] - E_RES[1])
E_TOEV.append(E_TOEV[2] - E_TOEV[1])
E_ONTT.append(E_ONTT[2] - E_ONTT[1])

# voorzieningen: stand 1-1-2046, toevoeging, aanwending, vrijval
VOORZ = [
    ("Voorziening groot onderhoud zuiveringen", 7842, 1650, 2318, 0),
    ("Voorziening pensioenen bestuurders", 3126, 214, 188, 0),
    ("Voorziening oninbare belastingdebiteuren", 1480, 395, 0, 120),
    ("Voorziening reorganisatie", 540, 0, 310, 130),
]
VOORZ_EIND = {v[0]: v[1] + v[2] - v[3] - v[4] for v in VOORZ}
VOORZ_TOT = [sum(v[i] for v in VOORZ) for i in (1, 2, 3, 4)] + [sum(VOORZ_EIND.values())]

# kostensoorten (exploitatie by kind): prim, wijz, real (x € 1.000); one line closes each column
KS_L = [
    ("Kapitaallasten (rente en afschrijving)", [38420, 38420, 37615]),
    ("Personeelslasten", [29860, 30540, 30112]),
    ("Bijdragen aan derden", [4310, 4485, 4390]),
    ("Toevoegingen aan voorzieningen", [2050, 2180, VOORZ_TOT[1]]),
    ("Onvoorzien", [250, 120, 0]),
]
KS_L.insert(2, ("Goederen en diensten van derden",
                [E_TL[i] - sum(v[i] for _, v in KS_L) for i in range(3)]))
SUBSIDIES_REAL = 3420 + 912 + 640 + 260            # HWBP, KRW, klimaatadaptatie, verkeersveiligheid
KS_B = [
    ("Belastingopbrengsten", [HEF_BEGR_TOT, HEF_BEGR_TOT, HEF_REAL_TOT]),
    ("Bijdragen en subsidies van derden", [4800, 5100, SUBSIDIES_REAL]),
]
KS_B.append(("Overige opbrengsten", [E_TB[i] - sum(v[i] for _, v in KS_B) for i in range(3)]))
KS_L = [(n, v + [v[2] - v[1]]) for n, v in KS_L]
KS_B = [(n, v + [v[2] - v[1]]) for n, v in KS_B]

# reserves: stand 1-1-2046, bestemming resultaat 2045, toevoeging, onttrekking
E_RESULT_2045 = 1946
E_RESERVES = [
    ("Algemene reserve watersysteem", "alg", 6420, 812, 0, 0),
    ("Algemene reserve zuivering", "alg", 4185, 734, 0, 0),
    ("Algemene reserve wegen", "alg", 1306, 400, 0, 0),
    ("Egalisatiereserve watersysteemheffing", "best", 3640, 0, 0, 1150),
    ("Egalisatiereserve zuiveringsheffing", "best", 2815, 0, 0, 620),
    ("Reserve dijkversterking", "best", 5960, 0, 1200, 680),
    ("Reserve klimaatadaptatie", "best", 1450, 0, 0, 415),
]
E_RES_EIND = {r[0]: r[2] + r[3] + r[4] - r[5] for r in E_RESERVES}
E_RES_TOT = [sum(r[i] for r in E_RESERVES) for i in (2, 3, 4, 5)] + [sum(E_RES_EIND.values())]
ALG_EIND = sum(E_RES_EIND[r[0]] for r in E_RESERVES if r[1] == "alg")
BEST_EIND = sum(E_RES_EIND[r[0]] for r in E_RESERVES if r[1] == "best")
ALG_BEGIN = sum(r[2] for r in E_RESERVES if r[1] == "alg")
BEST_BEGIN = sum(r[2] for r in E_RESERVES if r[1] == "best")

# resultaatbestemming 2046 (x € 1.000)
RB_EGALISATIE = 1900
RB_ALGEMEEN = E_RES[2] - RB_EGALISATIE

# balans (x € 1.000): 31-12-2046, 31-12-2045; liquide middelen close the balance
BAL_A = [
    ("Immateriële vaste activa", "vast", 1285, 1412),
    ("Materiële vaste activa", "vast", 389140, 376815),
    ("Financiële vaste activa", "vast", 6830, 7105),
    ("Voorraden", "vlot", 612, 580),
    ("Uitzettingen met een rentetypische looptijd korter dan één jaar", "vlot", 18460, 16930),
    ("Liquide middelen", "vlot", None, None),
    ("Overlopende activa", "vlot", 9215, 8770),
]
BAL_P = [
    ("Algemene reserves", "ev", ALG_EIND, ALG_BEGIN),
    ("Bestemmingsreserves", "ev", BEST_EIND, BEST_BEGIN),
    ("Gerealiseerd resultaat", "ev", E_RES[2], E_RESULT_2045),
    ("Voorzieningen", "vast", VOORZ_TOT[4], VOORZ_TOT[0]),
    ("Vaste schulden met een rentetypische looptijd van één jaar of langer", "vast", 318450, 309720),
    ("Netto vlottende schulden met een rentetypische looptijd korter dan één jaar", "vlot", 52380, 47915),
    ("Overlopende passiva", "vlot", 14560, 13840),
]
BAL_TOT = [sum(p[2 + i] for p in BAL_P) for i in range(2)]
LIQUIDE = [BAL_TOT[i] - sum(a[2 + i] for a in BAL_A if a[2 + i] is not None) for i in range(2)]
BAL_A = [(a[0], a[1], LIQUIDE[0], LIQUIDE[1]) if a[2] is None else a for a in BAL_A]
BAL = {r[0]: (r[2], r[3]) for r in BAL_A + BAL_P}
EV = [sum(p[2 + i] for p in BAL_P if p[1] == "ev") for i in range(2)]
VASTE_ACTIVA = [sum(a[2 + i] for a in BAL_A if a[1] == "vast") for i in range(2)]
VLOTTENDE_ACTIVA = [sum(a[2 + i] for a in BAL_A if a[1] == "vlot") for i in range(2)]

# kengetallen: rekening 2045, begroting 2046, rekening 2046 (percent, one decimal)
E_TB_2045 = 121480               # totale baten rekening 2045 (x € 1.000)


def netto_schuld(i):
    b = BAL
    return (b["Vaste schulden met een rentetypische looptijd van één jaar of langer"][i]
            + b["Netto vlottende schulden met een rentetypische looptijd korter dan één jaar"][i]
            + b["Overlopende passiva"][i] - b["Financiële vaste activa"][i]
            - b["Uitzettingen met een rentetypische looptijd korter dan één jaar"][i]
            - b["Liquide middelen"][i] - b["Overlopende activa"][i])


NSQ = [round(100 * netto_schuld(1) / E_TB_2045, 1), 276.0, round(100 * netto_schuld(0) / E_TB[2], 1)]
SOLV = [round(100 * EV[1] / BAL_TOT[1], 1), 6.5, round(100 * EV[0] / BAL_TOT[0], 1)]
E_KENGETALLEN = [
    ("Netto schuldquote", NSQ),
    ("Solvabiliteitsratio", SOLV),
    ("Structurele exploitatieruimte", [1.2, 0.4, 1.8]),
    ("Belastingcapaciteit (lastendruk t.o.v. landelijk gemiddelde)", [104.0, 106.0, 106.0]),
]

# tariffs: label, eenheid, 2045, 2046, decimals
E_TARIEVEN = [
    ("Watersysteemheffing ingezetenen", "per woonruimte", 114.96, 121.44, 2),
    ("Watersysteemheffing gebouwd", "% van de WOZ-waarde", 0.0301, 0.0318, 4),
    ("Watersysteemheffing ongebouwd", "per hectare", 89.50, 94.17, 2),
    ("Watersysteemheffing natuur", "per hectare", 4.61, 4.82, 2),
    ("Zuiveringsheffing", "per vervuilingseenheid", 74.12, 78.36, 2),
    ("Wegenheffing ingezetenen", "per woonruimte", 21.90, 22.80, 2),
]
E_TAR = {t[0]: t for t in E_TARIEVEN}
E_TAR_PCT = {t[0]: pct_change(t[2], t[3]) for t in E_TARIEVEN}

# personeel: afdeling, formatie fte, bezetting fte 31-12-2046
FTE = [
    ("Directie en bestuursondersteuning", 18.0, 16.8),
    ("Watersysteem", 96.5, 92.3),
    ("Zuivering", 71.0, 68.4),
    ("Wegen", 24.0, 24.0),
    ("Bedrijfsvoering", 58.5, 55.1),
]
FTE_TOT = [round(sum(f[1] for f in FTE), 1), round(sum(f[2] for f in FTE), 1)]
MEDEWERKERS = 312
OUDER_55 = 121
ZIEKTEVERZUIM = 5.2
INHUUR_MLN = 4.8

# areaal and prestaties: indicator, doel 2046 (None = no target), realisatie 2046, decimals
DIJK_KM = 1846
PRESTATIES = {
    "Watersysteembeheer": [
        ("Primaire en regionale keringen in beheer (km)", None, DIJK_KM, 0),
        ("Keringen die voldoen aan de norm (%)", 85, 81, 0),
        ("Versterkte dijk opgeleverd (km)", 6.5, 4.2, 1),
        ("Gemalen met een storing langer dan 24 uur", 0, 2, 0),
        ("Watergangen op diepte bij de schouw (%)", 95, 96, 0),
    ],
    "Zuiveringsbeheer": [
        ("Gezuiverd afvalwater (mln m³)", 78.0, 81.4, 1),
        ("Rwzi's die voldoen aan de lozingseisen", 9, 9, 0),
        ("Eigen energieopwekking (% van het verbruik)", 45, 47, 0),
    ],
    "Wegenbeheer": [
        ("Wegen in beheer (km)", None, 612, 0),
        ("Ernstige verkeersslachtoffers op onze wegen", 0, 7, 0),
        ("Wegen in voldoende staat van onderhoud (%)", 90, 88, 0),
    ],
}
WATERGANG_KM = 6240
GEMALEN = 58
RWZI = 9
ENERGIE_VOORDEEL_MLN = 1.2       # "bijna € 1,2 miljoen lager" (prose)
HECTARE = 148600                 # beheergebied
E_INWONERS = 512000
WEGEN_KM = 612
CIJFERS = [
    ("Oppervlakte beheergebied (hectare)", HECTARE),
    ("Inwoners", E_INWONERS),
    ("Primaire en regionale keringen (km)", DIJK_KM),
    ("Watergangen (km)", WATERGANG_KM),
    ("Gemalen", GEMALEN),
    ("Rioolwaterzuiveringen", RWZI),
    ("Wegen buiten de bebouwde kom (km)", WEGEN_KM),
]
# risico's (x € 1.000) and weerstandsvermogen
E_RISICOS = [
    ("Tegenvallers bij de dijkversterking Veerhuizen–Molenkolk", "middel", 2500),
    ("Hogere rente bij herfinanciering van leningen", "groot", 1800),
    ("Hogere energieprijzen voor de zuiveringen", "middel", 1500),
    ("Uitval van een gemaal bij extreme neerslag", "klein", 1200),
    ("Schadeclaims door de staat van wegen en bermen", "klein", 400),
]
WC_BENODIGD_E = 8400             # benodigde weerstandscapaciteit (x € 1.000), uit de risicosimulatie
# investeringen 2046 (x € 1.000): project, begroting, realisatie
E_INVEST = [
    ("Dijkversterking Veerhuizen–Molenkolk", 9800, 4350),
    ("Dijkversterking Eemdijk-Zuid", 6200, 6845),
    ("Renovatie gemaal Kromme Eem", 2400, 2260),
    ("Slibvergisting rwzi Eemvliet-Noord", 5600, 5910),
    ("Vervanging persleidingen", 3150, 2780),
    ("Reconstructie wegen en rotondes", 2250, 2415),
]
E_INVEST_TOT = [sum(r[1] for r in E_INVEST), sum(r[2] for r in E_INVEST)]

# ============================================================================================ asserts
if True:   # the asserts run on every import
    # Brummelweide
    for p in PL:
        assert all(len(x) == 5 for x in (PL[p], PB[p])) and all(s < 0 for s in PS[p]), p
    assert RES_TOT[1] == RES_TOEV[1] and RES_TOT[2] == RES_ONTT[1], "reserves table = meerjarenraming 2047"
    assert RESULTAAT[1] > 0 and RESULTAAT[2] < 0 and RESULTAAT[3] < 0 and RESULTAAT[4] > 0, RESULTAAT
    assert STRUCTUREEL[4] > 0, "vanaf 2050 structureel sluitend"
    assert all(v > 0 for v in BRON[-1][1]), "overige baten positive"
    assert AFVRIO[0] < PB[6][0] and AFVRIO[1] < PB[6][1] and RIJK[0] < PB[5][0] and RIJK[1] < PB[5][1]
    for i in range(2):
        assert round(sum(v[i] for _, v in BRON_MLN), 1) == BRON_TOT_MLN[i], ("baten naar bron add up", i)
    assert round(sum(v for _, v in CHART_L), 1) == TILE_LASTEN, ("chart lasten adds up", sum(v for _, v in CHART_L))
    assert TAR_PCT["OZB woningen, eigenaar"] == 3.5 and pct_change(OZB[0], OZB[1]) == 3.5, "OZB +3,5%"
    assert TAR_PCT["Afvalstoffenheffing eenpersoonshuishouden"] == 4.0 == TAR_PCT["Rioolheffing"]
    assert abs(RES_EIND["Reserve sociaal domein"] - 2925) == 0
    assert [r[3] for r in RESERVES if r[0] == "Reserve sociaal domein"][0] == 1200   # "€ 1,2 miljoen" prose
    assert round(JEUGDHULP_MLN[1] - JEUGDHULP_MLN[0], 1) == 1.6
    assert WC_RATIO == 1.6
    assert TILE_INVEST == 12.2 and INVEST_TOT == 12_200_000
    assert TILE_RESULTAAT == 0.9
    # Eemvliet
    assert all(b is not None and b >= 0 for k in KD for *_, b in TV[k])
    assert E_RES[0] == 0 and E_RES[1] == 0, ("begroting sluitend", E_RES)
    assert 3_000 < E_RES[2] < 3_500, ("ruim € 3 miljoen", E_RES[2])
    assert all(v > 0 for v in KS_L[2][1][:3]) and all(v > 0 for v in KS_B[2][1][:3]), "closing lines positive"
    assert sum(v[1][2] for v in KS_L) == E_TL[2] and sum(v[1][2] for v in KS_B) == E_TB[2]
    assert E_RES_TOT[2] == E_TOEV[2] and E_RES_TOT[3] == E_ONTT[2], "reserves table = exploitatie"
    assert E_RES_TOT[1] == E_RESULT_2045, "bestemming resultaat 2045"
    assert all(v > 0 for v in LIQUIDE), LIQUIDE
    assert sum(a[2] for a in BAL_A) == BAL_TOT[0] and sum(a[3] for a in BAL_A) == BAL_TOT[1]
    assert BAL_P[0][3] + BAL_P[1][3] == E_RES_TOT[0], "reserves 1-1 = balans 2045"
    assert abs(DIJK_KM - 1850) < 10, "circa 1.850 km dijk"
    assert 35 <= 100 * OUDER_55 / MEDEWERKERS < 40, "bijna 40%"
    assert 74 < 100 * HEFFINGEN[4][3] / HEF_REAL_KD["Zuiveringsbeheer"] < 75, "ruim 74%"
    assert RB_ALGEMEEN > 0
    assert E_L["Watersysteembeheer"][3] < 0 and E_L["Wegenbeheer"][3] > 0
    assert sum(1 for k in KD for _ in TV[k]) >= 30, "long table"
    assert [c[1] for c in CIJFERS if "keringen" in c[0]] == [DIJK_KM]
    assert 1.5 < ALG_EIND / WC_BENODIGD_E < 2, "weerstandsvermogen voldoende"

if __name__ == "__main__":
    print("Brummelweide totaal lasten", TOT_L, "baten", TOT_B, "saldo", SALDO_BL)
    print("resultaat", RESULTAAT, "structureel", STRUCTUREEL)
    print("bron mln", BRON_MLN, BRON_TOT_MLN)
    print("chart L", CHART_L)
    print("woonlasten", WOONLASTEN, WOONLASTEN_PCT, TAR_PCT)
    print("Eemvliet L", E_L, "B", E_B, "S", E_S)
    print("TL", E_TL, "TB", E_TB, "saldo", E_SALDO, "res", E_RES)
    print("KS_L", KS_L, "KS_B", KS_B)
    print("balans", BAL_TOT, LIQUIDE, "EV", EV, "NSQ", NSQ, "SOLV", SOLV)
    print("fte", FTE_TOT, "tar", E_TAR_PCT, "voorz", VOORZ_TOT, "res", E_RES_TOT, RB_ALGEMEEN)
    print("all asserts hold")
