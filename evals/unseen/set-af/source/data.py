"""Every figure of both set-af documents, typed once. Totals, saldi, verschillen, reserve standen, the balans
total, kengetallen, the weerstandsratio, the resultaat and the bijdragen per deelnemer are computed here.

Document 1: Gemeente Wolderbeek, Jaarstukken 2032 (PDF, fpdf2).
Document 2: Werkbedrijf Maasheuvel (gemeenschappelijke regeling sociale werkvoorziening), Kadernota 2034 (HTML, mammoth).
"""
from __future__ import annotations

# ---------------------------------------------------------------------------------------------------------
# Document 1: Gemeente Wolderbeek, Jaarstukken 2032
# ---------------------------------------------------------------------------------------------------------
MUNI = "Wolderbeek"
YEAR = 2032
PREV = YEAR - 1
MUNI_FILE = "wolderbeek-jaarstukken-2032.pdf"
MUNI_TITLE = "Jaarstukken 2032"

# programmes: code, number, name, scale of its "Wat heeft het gekost?" table (1 = euros, 1000 = x € 1.000)
PROGRAMMES = [
    ("P1", 1, "Bestuur en veiligheid", 1),
    ("P2", 2, "Openbare ruimte en mobiliteit", 1000),
    ("P3", 3, "Onderwijs, sport en cultuur", 1),
    ("P4", 4, "Sociaal domein", 1000),
    ("P5", 5, "Wonen, ruimte en duurzaamheid", 1),
]
PNAME = {c: nm for c, _, nm, _ in PROGRAMMES}
PSCALE = {c: s for c, _, _, s in PROGRAMMES}

# (begroting primitief, begroting na wijziging, realisatie), euros
PROG = {
    "P1": {"lasten": (8_912_400, 9_268_700, 9_081_352), "baten": (604_000, 655_300, 712_846),
           "toev": (0, 150_000, None), "ontt": (180_000, 275_000, None)},
    "P2": {"lasten": (14_736_900, 15_412_300, 15_987_615), "baten": (1_283_000, 1_316_000, 1_402_377),
           "toev": (300_000, 300_000, None), "ontt": (420_000, 512_400, None)},
    "P3": {"lasten": (10_228_600, 10_547_100, 10_318_904), "baten": (2_112_500, 2_169_800, 2_241_069),
           "toev": (425_000, 425_000, None), "ontt": (510_000, 540_000, None)},
    # P4 lasten/baten are the sums of its taakvelden (below)
    "P4": {"toev": (0, 0, None), "ontt": (400_000, 650_000, None)},
    "P5": {"lasten": (17_604_200, 18_950_400, 18_215_733), "baten": (13_907_600, 14_820_900, 14_356_118),
           "toev": (300_000, 346_318, None), "ontt": (150_000, 278_205, None)},
}

# Programme 4, per taakveld (prim, wijz, real), euros. Labels wrap onto two lines in the PDF.
P4_LASTEN = [
    ("6.1 Samenkracht en burgerparticipatie", (3_612_000, 3_748_500, 3_702_614)),
    ("6.2 Toegang en eerstelijnsvoorzieningen (sociale wijkteams)", (4_105_300, 4_290_000, 4_251_876)),
    ("6.3 Inkomensregelingen", (14_880_000, 15_310_000, 15_126_450)),
    ("6.4 Wsw en beschut werk", (4_420_600, 4_436_000, 4_429_115)),
    ("6.5 Arbeidsparticipatie", (1_954_000, 2_012_000, 1_872_339)),
    ("6.6 Maatwerkvoorzieningen (Wmo)", (2_318_000, 2_318_000, 2_496_802)),
    ("6.71 Maatwerkdienstverlening 18+ (huishoudelijke ondersteuning en begeleiding)", (7_640_400, 7_918_000, 8_122_548)),
    ("6.72 Maatwerkdienstverlening 18- (jeugdhulp ambulant en met verblijf)", (11_206_000, 11_706_000, 12_118_214)),
    ("6.81 Geëscaleerde zorg 18+ (beschermd wonen en maatschappelijke opvang)", (1_120_000, 1_154_000, 1_087_230)),
    ("6.82 Geëscaleerde zorg 18- (jeugdbescherming en jeugdreclassering)", (1_485_000, 1_530_000, 1_611_905)),
]
P4_BATEN = [
    ("6.1 Samenkracht en burgerparticipatie", (85_000, 96_000, 103_276)),
    ("6.3 Inkomensregelingen", (11_920_000, 12_402_000, 12_402_000)),
    ("6.5 Arbeidsparticipatie", (210_000, 245_000, 268_411)),
    ("6.71 Maatwerkdienstverlening 18+ (huishoudelijke ondersteuning en begeleiding)", (402_000, 402_000, 355_930)),
    ("6.81 Geëscaleerde zorg 18+ (beschermd wonen en maatschappelijke opvang)", (0, 120_000, 120_000)),
]


def _sum3(rows):
    return tuple(sum(r[1][i] for r in rows) for i in range(3))


PROG["P4"]["lasten"] = _sum3(P4_LASTEN)
PROG["P4"]["baten"] = _sum3(P4_BATEN)

# Reserves: name, programme that books the mutations (None = resultaatbestemming), stand 1-1, toevoeging, onttrekking
RESULTAAT_PREV = 963_418          # gerealiseerd resultaat 2031, added to the algemene reserve in 2032
RESERVES = [
    ("Algemene reserve", "P1", 11_842_615, RESULTAAT_PREV, 275_000),
    ("Reserve verkiezingen en bestuurlijke vernieuwing", "P1", 150_000, 150_000, 0),
    ("Reserve wegen en kunstwerken", "P2", 1_975_300, 300_000, 512_400),
    ("Reserve onderhoud maatschappelijk vastgoed", "P3", 2_218_940, 425_000, 318_612),
    ("Reserve kapitaallasten brede school Hoefvelde", "P3", 4_112_800, 0, 171_367),
    ("Reserve sociaal domein", "P4", 3_406_200, 0, 650_000),
    ("Reserve woningbouwimpuls", "P5", 1_200_000, 0, 184_725),
    ("Reserve duurzaamheid en energietransitie", "P5", 865_000, 250_000, 93_480),
    ("Egalisatiereserve afvalstoffenheffing", "P5", 412_700, 96_318, 0),
]
RES = {r[0]: {"prog": r[1], "begin": r[2], "toev": r[3], "ontt": r[4], "eind": r[2] + r[3] - r[4]} for r in RESERVES}
ALG = "Algemene reserve"


def res_prog(code: str, key: str) -> int:
    tot = 0
    for nm, r in RES.items():
        if r["prog"] == code:
            v = r[key]
            if nm == ALG and key == "toev":
                v -= RESULTAAT_PREV        # the resultaatbestemming 2031 does not run through the programme
            tot += v
    return tot


for _c in PROG:
    p = PROG[_c]
    p["toev"] = (p["toev"][0], p["toev"][1], res_prog(_c, "toev"))
    p["ontt"] = (p["ontt"][0], p["ontt"][1], res_prog(_c, "ontt"))
    p["saldo"] = tuple(p["baten"][i] - p["lasten"][i] for i in range(3))
    p["resultaat"] = tuple(p["saldo"][i] - p["toev"][i] + p["ontt"][i] for i in range(3))

RES_TOT = {k: sum(r[k] for r in RES.values()) for k in ("begin", "toev", "ontt", "eind")}
BESTEMMING_TOT = {k: sum(r[k] for n_, r in RES.items() if n_ != ALG) for k in ("begin", "toev", "ontt", "eind")}

# Algemene dekkingsmiddelen, overhead, Vpb, onvoorzien (prim, wijz, real), euros
ADM_BATEN = [
    ("OZB woningen", (5_812_000, 5_812_000, 5_874_530)),
    ("OZB niet-woningen", (3_104_000, 3_104_000, 3_051_118)),
    ("Toeristenbelasting", (212_000, 212_000, 244_760)),
    ("Algemene uitkering gemeentefonds", None),          # prim and wijz close the begroting (below)
    ("Dividenden", (418_000, 418_000, 462_300)),
]
AU_REAL = 77_214_966
ADM_LASTEN = [
    ("Saldo financieringsfunctie", (285_000, 285_000, 241_606)),
    ("Overhead", (9_804_000, 10_215_000, 10_093_447)),
    ("Vennootschapsbelasting", (25_000, 25_000, 11_280)),
    ("Onvoorzien", (100_000, 100_000, 0)),
]
RESULT_TARGET = (124_300, -386_500)     # primitieve begroting, begroting na wijziging


def _adm_sum(rows, i):
    return sum(r[1][i] for r in rows if r[1] is not None)


def _prog_total(key, i):
    return sum(PROG[c][key][i] for c in PROG)


AU = []
for _i in range(2):
    rest = (_prog_total("resultaat", _i) + _adm_sum(ADM_BATEN, _i) - _adm_sum(ADM_LASTEN, _i))
    AU.append(RESULT_TARGET[_i] - rest)
AU.append(AU_REAL)
ADM_BATEN[3] = ("Algemene uitkering gemeentefonds", tuple(AU))
ADM = {nm: v for nm, v in ADM_BATEN + ADM_LASTEN}
ADM_BATEN_TOT = _sum3(ADM_BATEN)
ADM_LASTEN_TOT = _sum3(ADM_LASTEN)

TOTAAL_LASTEN = tuple(_prog_total("lasten", i) + ADM_LASTEN_TOT[i] for i in range(3))
TOTAAL_BATEN = tuple(_prog_total("baten", i) + ADM_BATEN_TOT[i] for i in range(3))
SALDO_VOOR = tuple(TOTAAL_BATEN[i] - TOTAAL_LASTEN[i] for i in range(3))
TOEV_TOT = tuple(_prog_total("toev", i) for i in range(3))
ONTT_TOT = tuple(_prog_total("ontt", i) for i in range(3))
RESULTAAT = tuple(SALDO_VOOR[i] - TOEV_TOT[i] + ONTT_TOT[i] for i in range(3))
assert RESULTAAT[0] == RESULT_TARGET[0] and RESULTAAT[1] == RESULT_TARGET[1]
assert TOEV_TOT[2] + RESULTAAT_PREV == RES_TOT["toev"] and ONTT_TOT[2] == RES_TOT["ontt"]

# Deviation analysis: named parts of a programme's verschil (euros, + = voordeel); the rest is "overige"
# verschil lasten = wijz - real; verschil baten = real - wijz
ANALYSE = {
    "P1": [("lasten", "de bijdrage aan de Veiligheidsregio Zandlanden", 96_000,
            "de veiligheidsregio een deel van de indexatie 2032 niet heeft doorberekend"),
           ("baten", "leges reisdocumenten", 41_000, "er door de vervanging van paspoorten uit 2022 meer aanvragen waren")],
    "P2": [("lasten", "gladheidsbestrijding", -312_000,
            "de winter 2031/2032 zeventien strooidagen meer telde dan het gemiddelde waarop de begroting is gebaseerd"),
           ("lasten", "groot onderhoud van de Molenbrug", -198_000,
            "bij de renovatie houtrot in de landhoofden werd aangetroffen")],
    "P3": [("lasten", "leerlingenvervoer", 164_000, "minder leerlingen aangewezen waren op aangepast vervoer"),
           ("baten", "de huur van sportaccommodaties", 48_000, "sportpark De Kempkens het hele jaar volledig was verhuurd")],
    "P5": [("lasten", "de grondexploitatie Hoefvelde-Noord", 521_000,
            "de bouwrijp-fase van deelplan 3 naar 2033 is verschoven"),
           ("baten", "bouwleges", -377_000, "twee grote bouwaanvragen later zijn ingediend dan verwacht")],
}

# "Wat hebben we bereikt?" indicators: programme -> (indicator, unit, streefwaarde 2032, realisatie 2032, realisatie 2031, decimals)
INDICATORS = {
    "P1": [("Woninginbraken per 1.000 woningen", "aantal", 2.5, 2.1, 2.7, 1),
           ("Opkomsttijd brandweer binnen de norm (%)", "percent", 85, 88, 83, 0),
           ("Inwoners die zich veilig voelen in de eigen buurt (%)", "percent", 80, 78, 79, 0)],
    "P2": [("Tevredenheid over onderhoud openbare ruimte (rapportcijfer)", "grade", 6.8, 6.6, 6.9, 1),
           ("Verkeersongevallen met letsel", "aantal", 40, 46, 44, 0)],
    "P3": [("Inwoners die wekelijks sporten (%)", "percent", 55, 53, 51, 0),
           ("Voortijdig schoolverlaters (% van leerlingen 12-23 jaar)", "percent", 1.6, 1.4, 1.7, 1),
           ("Bezoekers bibliotheek De Leeskamer", "aantal", 96000, 101250, 92480, 0)],
    "P4": [("Jongeren met jeugdhulp", "aantal", 1250, 1318, 1276, 0),
           ("Bijstandsuitkeringen per 10.000 inwoners", "aantal", 190, 184, 192, 0),
           ("Cliënten met een maatwerkarrangement Wmo", "aantal", 2100, 2246, 2187, 0),
           ("Inwoners met een schuldhulptraject", "aantal", 380, 342, 361, 0)],
    "P5": [("Nieuw opgeleverde woningen", "aantal", 220, 187, 241, 0),
           ("Gescheiden ingezameld huishoudelijk afval (%)", "percent", 75, 72.4, 70.8, 1),
           ("Restafval per inwoner (kg)", "aantal", 120, 131, 138, 0)],
}

# Taakvelden for the Bijlage (realisatie only): programme -> [(taakveld, share of lasten, share of baten)]
TAAKVELDEN = {
    "P1": [("0.1 Bestuur", 0.36, 0.0), ("0.2 Burgerzaken", 0.19, 0.78), ("1.1 Crisisbeheersing en brandweer", 0.39, 0.0),
           ("1.2 Openbare orde en veiligheid", None, None)],
    "P2": [("2.1 Verkeer en vervoer", 0.61, 0.22), ("2.2 Parkeren", 0.07, 0.51), ("2.4 Economische havens en waterwegen", 0.03, 0.04),
           ("5.7 Openbaar groen en (openlucht) recreatie", None, None)],
    "P3": [("4.1 Openbaar basisonderwijs", 0.09, 0.05), ("4.2 Onderwijshuisvesting", 0.27, 0.11),
           ("4.3 Onderwijsbeleid en leerlingzaken", 0.18, 0.14), ("5.1 Sportbeleid en activering", 0.07, 0.03),
           ("5.2 Sportaccommodaties", 0.19, 0.47), ("5.3 Cultuurpresentatie, cultuurproductie en cultuurparticipatie", 0.06, 0.06),
           ("5.6 Media", None, None)],
    "P5": [("3.1 Economische ontwikkeling", 0.04, 0.01), ("7.2 Riolering", 0.21, 0.31), ("7.3 Afval", 0.27, 0.36),
           ("7.4 Milieubeheer", 0.08, 0.02), ("7.5 Begraafplaatsen en crematoria", 0.03, 0.04),
           ("8.1 Ruimtelijke ordening", 0.07, 0.03), ("8.2 Grondexploitatie (niet-bedrijventerreinen)", 0.18, 0.15),
           ("8.3 Wonen en bouwen", None, None)],
}


def taakveld_split():
    out = {}
    for code, rows in TAAKVELDEN.items():
        L, B = PROG[code]["lasten"][2], PROG[code]["baten"][2]
        sl = sb = 0
        lst = []
        for nm, fl, fb in rows:
            if fl is None:
                lv, bv = L - sl, B - sb
            else:
                lv, bv = round(L * fl), round(B * fb)
                sl += lv
                sb += bv
            lst.append((nm, lv, bv))
        out[code] = lst
    merged = {}
    for nm, v in P4_LASTEN:
        merged.setdefault(nm, [0, 0])[0] += v[2]
    for nm, v in P4_BATEN:
        merged.setdefault(nm, [0, 0])[1] += v[2]
    out["P4"] = [(nm.split(" (")[0], lb[0], lb[1]) for nm, lb in merged.items()]
    return out


TV = taakveld_split()
ADM_TV = [("0.4 Overhead", ADM["Overhead"][2], 0),
          ("0.5 Treasury", ADM["Saldo financieringsfunctie"][2], ADM["Dividenden"][2]),
          ("0.61 OZB woningen", 0, ADM["OZB woningen"][2]),
          ("0.62 OZB niet-woningen", 0, ADM["OZB niet-woningen"][2]),
          ("0.64 Belastingen overig", 0, ADM["Toeristenbelasting"][2]),
          ("0.7 Algemene uitkering en overige uitkeringen gemeentefonds", 0, ADM["Algemene uitkering gemeentefonds"][2]),
          ("0.8 Overige baten en lasten", ADM["Onvoorzien"][2], 0),
          ("0.9 Vennootschapsbelasting (Vpb)", ADM["Vennootschapsbelasting"][2], 0),
          ("0.10 Mutaties reserves", TOEV_TOT[2], ONTT_TOT[2])]
TV_LASTEN_TOT = sum(x[1] for c in TV for x in TV[c]) + sum(x[1] for x in ADM_TV)
TV_BATEN_TOT = sum(x[2] for c in TV for x in TV[c]) + sum(x[2] for x in ADM_TV)
assert TV_BATEN_TOT - TV_LASTEN_TOT == RESULTAAT[2]

# Balans (euros): 31-12-2032, 31-12-2031
BALANS_ACTIVA = [
    ("Vaste activa", None),
    ("Immateriële vaste activa", (412_300, 468_900)),
    ("Materiële vaste activa", (148_906_215, 143_277_480)),
    ("Financiële vaste activa", (6_214_870, 6_388_120)),
    ("Vlottende activa", None),
    ("Voorraden (bouwgronden in exploitatie)", (7_834_112, 8_602_540)),
    ("Uitzettingen met een rentetypische looptijd korter dan één jaar", (9_561_448, 8_904_317)),
    ("Liquide middelen", None),          # closes the balans
    ("Overlopende activa", (4_118_205, 3_872_650)),
]
BALANS_PASSIVA = [
    ("Vaste passiva", None),
    ("Algemene reserve", (RES[ALG]["eind"], RES[ALG]["begin"] - RESULTAAT_PREV)),
    ("Bestemmingsreserves", (BESTEMMING_TOT["eind"], BESTEMMING_TOT["begin"])),
    ("Gerealiseerd resultaat", (RESULTAAT[2], RESULTAAT_PREV)),
    ("Voorzieningen", (8_412_604, 8_118_930)),
    ("Vaste schulden met een rentetypische looptijd van één jaar of langer", (122_180_000, 118_250_000)),
    ("Vlottende passiva", None),
    ("Netto-vlottende schulden met een rentetypische looptijd korter dan één jaar", (14_206_337, 13_640_218)),
    ("Overlopende passiva", (6_930_875, 7_284_102)),
]
# the balans at 31-12-2031 holds the algemene reserve before the resultaatbestemming 2031 (see RES above)
EV = tuple(sum(v[i] for nm, v in BALANS_PASSIVA if nm in ("Algemene reserve", "Bestemmingsreserves", "Gerealiseerd resultaat"))
           for i in range(2))
TOT_PASSIVA = tuple(sum(v[i] for _, v in BALANS_PASSIVA if v) for i in range(2))
_act_known = tuple(sum(v[i] for _, v in BALANS_ACTIVA if v) for i in range(2))
LIQUIDE = tuple(TOT_PASSIVA[i] - _act_known[i] for i in range(2))
BALANS_ACTIVA[7] = ("Liquide middelen", LIQUIDE)
BAL = {nm: v for nm, v in BALANS_ACTIVA + BALANS_PASSIVA if v}
VASTE_ACTIVA = tuple(sum(BAL[k][i] for k in ("Immateriële vaste activa", "Materiële vaste activa", "Financiële vaste activa")) for i in range(2))
VLOTTENDE_ACTIVA = tuple(sum(BAL[k][i] for k in ("Voorraden (bouwgronden in exploitatie)",
                                                   "Uitzettingen met een rentetypische looptijd korter dan één jaar",
                                                   "Liquide middelen", "Overlopende activa")) for i in range(2))
TOT_ACTIVA = tuple(VASTE_ACTIVA[i] + VLOTTENDE_ACTIVA[i] for i in range(2))
assert TOT_ACTIVA == TOT_PASSIVA and min(LIQUIDE) > 0
VASTE_PASSIVA = tuple(EV[i] + BAL["Voorzieningen"][i] +
                      BAL["Vaste schulden met een rentetypische looptijd van één jaar of langer"][i] for i in range(2))
VLOTTENDE_PASSIVA = tuple(TOT_PASSIVA[i] - VASTE_PASSIVA[i] for i in range(2))
assert RES[ALG]["begin"] - RESULTAAT_PREV + BESTEMMING_TOT["begin"] + RESULTAAT_PREV == RES_TOT["begin"]

# Kengetallen (percent): realisatie 2031, begroting 2032, realisatie 2032 (solvabiliteit and netto schuldquote computed)
BATEN_EXCL_RES = TOTAAL_BATEN[2]
NETTO_SCHULD = (BAL["Vaste schulden met een rentetypische looptijd van één jaar of langer"][0]
                + BAL["Netto-vlottende schulden met een rentetypische looptijd korter dan één jaar"][0]
                + BAL["Overlopende passiva"][0] - BAL["Financiële vaste activa"][0]
                - BAL["Uitzettingen met een rentetypische looptijd korter dan één jaar"][0]
                - BAL["Liquide middelen"][0] - BAL["Overlopende activa"][0])
NSQ = round(NETTO_SCHULD / BATEN_EXCL_RES * 100, 1)
SOLV = round(EV[0] / TOT_PASSIVA[0] * 100, 1)
GREX = round(BAL["Voorraden (bouwgronden in exploitatie)"][0] / BATEN_EXCL_RES * 100, 1)
KENGETALLEN = [
    ("Netto schuldquote", (98.6, 101.2, NSQ)),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", (93.9, 96.4, round(NSQ - 4.3, 1))),
    ("Solvabiliteitsratio", (15.9, 15.1, SOLV)),
    ("Structurele exploitatieruimte", (0.8, 0.3, 1.1)),
    ("Grondexploitatie", (7.6, 6.9, GREX)),
    ("Belastingcapaciteit", (104.2, 106.0, 105.7)),
]

# Weerstandsvermogen (euros)
ONBENUT_BELASTING = 2_318_400
ONVOORZIEN_POST = ADM["Onvoorzien"][1]
WEERSTAND_BESCHIKBAAR = RES[ALG]["eind"] + ONBENUT_BELASTING + ONVOORZIEN_POST
WEERSTAND_BENODIGD = 7_452_000
WEERSTANDSRATIO = round(WEERSTAND_BESCHIKBAAR / WEERSTAND_BENODIGD, 2)

# Lokale heffingen: tarieven 2031 and 2032
TARIEVEN = [
    ("OZB woningen, eigenaar", "percent", 0.0842, 0.0874),
    ("OZB niet-woningen, eigenaar", "percent", 0.1876, 0.1912),
    ("OZB niet-woningen, gebruiker", "percent", 0.1531, 0.1563),
    ("Afvalstoffenheffing eenpersoonshuishouden", "EUR", 259.80, 268.20),
    ("Afvalstoffenheffing meerpersoonshuishouden", "EUR", 339.60, 351.60),
    ("Rioolheffing per aansluiting", "EUR", 207.00, 214.80),
]
TAR = {nm: (u, a, b) for nm, u, a, b in TARIEVEN}

# Verbonden partijen: bijdrage begroting na wijziging 2032, realisatie 2032 (euros)
VERBONDEN = [
    ("Veiligheidsregio Zandlanden", "brandweerzorg, crisisbeheersing en GHOR", 3_508_400, 3_412_372),
    ("GGD Zandlanden", "publieke gezondheidszorg en jeugdgezondheidszorg", 1_284_900, 1_284_900),
    ("Werkbedrijf Maasheuvel", "uitvoering Wsw en beschut werk", 1_498_000, 1_487_262),
    ("Belastingsamenwerking De Kempkens", "heffing en invordering van gemeentelijke belastingen, WOZ", 612_300, 598_721),
]
VP = {nm: (taak, b, r) for nm, taak, b, r in VERBONDEN}

# Staat van investeringen (rotated landscape page): nr, omschrijving, programma, krediet, besteed t/m 2031, besteed 2032, afsluiten
INVESTERINGEN = [
    (1, "Brede school Hoefvelde", "P3", 9_850_000, 6_412_330, 3_285_914, "ja"),
    (2, "Vervanging openbare verlichting door led", "P2", 1_240_000, 388_150, 502_640, "nee"),
    (3, "Renovatie Molenbrug", "P2", 2_150_000, 1_604_200, 630_110, "ja"),
    (4, "Kunstgrasvelden sportpark De Kempkens", "P3", 1_120_000, 0, 1_087_425, "ja"),
    (5, "Rioolvervanging Kerkstraat en omgeving", "P5", 3_400_000, 912_500, 1_746_318, "nee"),
    (6, "Fietsverbinding Wolderbeek - Olmenrade", "P2", 2_760_000, 240_000, 615_470, "nee"),
    (7, "Uitbreiding milieustraat", "P5", 860_000, 0, 214_600, "nee"),
    (8, "Vervanging tractie buitendienst", "P2", 695_000, 0, 702_118, "ja"),
    (9, "Digitalisering raadsinformatiesysteem", "P1", 310_000, 122_400, 164_875, "ja"),
]
INV = {nr: {"naam": nm, "prog": pr, "krediet": k, "tm_prev": a, "cur": b, "afsl": af,
            "totaal": a + b, "restant": k - a - b} for nr, nm, pr, k, a, b, af in INVESTERINGEN}
INV_TOT = {k: sum(v[k] for v in INV.values()) for k in ("krediet", "tm_prev", "cur", "totaal", "restant")}

# Kerngegevens in prose (a single-column list)
KERN = [
    ("Aantal inwoners op 1 januari 2032", 41_873, "count"),
    ("Aantal inwoners op 1 januari 2031", 41_506, "count"),
    ("Aantal huishoudens", 18_946, "count"),
    ("Aantal woningen", 19_412, "count"),
    ("Oppervlakte van de gemeente in hectare", 8_412, "count"),
    ("Aantal jongeren tot 18 jaar", 8_105, "count"),
    ("Aantal 65-plussers", 9_877, "count"),
    ("Aantal bijstandsgerechtigden", 770, "count"),
    ("Lengte gemeentelijke wegen in kilometer", 346, "count"),
]
KG = {k: v for k, v, _ in KERN}

# ---------------------------------------------------------------------------------------------------------
# Document 2: Werkbedrijf Maasheuvel, Kadernota 2034
# ---------------------------------------------------------------------------------------------------------
GR = "Werkbedrijf Maasheuvel"
GR_FILE = "werkbedrijf-maasheuvel-kadernota-2034.html"
GR_TITLE = "Kadernota 2034"
GR_YEAR = 2034
GR_COLS = ["Rekening 2032", "Begroting 2033", "Begroting 2034", "2035", "2036", "2037"]

# deelnemers: name, inwoners 1-1-2033, standaardeenheden (SE) Wsw 2034, bijdrage begroting 2033 (None = nog geen deelnemer)
DEELNEMERS = [
    ("Wolderbeek", 42_140, 212.4, 1_564_200),
    ("Olmenrade", 28_410, 138.6, 1_019_800),
    ("Kruisvelde", 19_655, 97.1, 716_400),
    ("Drieswijk", 33_902, 176.3, 1_297_600),
    ("Lommerveld", 12_384, 41.8, None),
]
NIEUW_BELEID = [
    # title, per-year amounts 2034..2037, text
    ("Uitbreiding beschut werk met 14 plekken", (196_000, 196_000, 196_000, 196_000),
     "structureel € 196.000 per jaar vanaf 2034 voor begeleiding en aanpassing van werkplekken"),
    ("Opstart leerwerkbedrijf Hoefvelde", (240_000, 120_000, 0, 0),
     "incidenteel € 240.000 in 2034 en € 120.000 in 2035 voor inrichting en een projectleider"),
    ("Digitale urenregistratie en planning", (85_000, 18_000, 18_000, 18_000),
     "eenmalig € 85.000 in 2034 voor aanschaf en implementatie, daarna € 18.000 per jaar aan licenties"),
    ("Jobcoaching voor statushouders", (0, 64_000, 64_000, 64_000),
     "structureel € 64.000 per jaar vanaf 2035, in samenwerking met de taalaanbieders in de regio"),
]
NB_TOT = tuple(sum(x[1][i] for x in NIEUW_BELEID) for i in range(4))

BIJDRAGE_2034_TOTAAL = 5_112_000
_se_tot = sum(x[2] for x in DEELNEMERS)
SE_TOT = round(_se_tot, 1)
BIJ = {}
_acc = 0
for _i, (nm, inw, se, b33) in enumerate(DEELNEMERS):
    share = se / _se_tot
    b34 = round(BIJDRAGE_2034_TOTAAL * share) if _i < len(DEELNEMERS) - 1 else BIJDRAGE_2034_TOTAAL - _acc
    _acc += b34
    BIJ[nm] = {"inwoners": inw, "se": se, "sleutel": round(share * 100, 2), "b2033": b33, "b2034": b34}
BIJ_TOT = {"inwoners": sum(x[1] for x in DEELNEMERS), "se": SE_TOT,
           "b2033": sum(x[3] for x in DEELNEMERS if x[3]), "b2034": BIJDRAGE_2034_TOTAAL}

# Meerjarenbeeld (euros): row -> values for GR_COLS (None = empty cell, 0 = "-")
GR_BATEN = [
    ("Omzet detachering", (6_842_115, 7_050_000, 7_400_000, 7_520_000, 7_610_000, 7_700_000)),
    ("Omzet groenonderhoud", (3_108_420, 3_200_000, 3_290_000, 3_330_000, 3_370_000, 3_410_000)),
    ("Omzet schoonmaak en facilitair", (2_266_903, 2_310_000, 2_380_000, 2_400_000, 2_420_000, 2_440_000)),
    ("Rijksbijdrage Wsw via deelnemers", (17_864_208, 17_120_000, 16_410_000, 15_720_000, 15_040_000, 14_390_000)),
    ("Gemeentelijke bijdrage deelnemers", (4_391_560, BIJ_TOT["b2033"], BIJDRAGE_2034_TOTAAL, 5_180_000, 5_260_000, 5_340_000)),
    ("Overige baten", (118_330, 0, 0, 0, 0, 0)),
]
GR_LASTEN = [
    ("Loonkosten Wsw-medewerkers", (25_103_347, 24_988_000, 24_390_000, 24_080_000, 23_760_000, 23_460_000)),
    ("Loonkosten begeleiding en staf", (5_412_880, 5_520_000, 5_760_000, 5_830_000, 5_900_000, 5_970_000)),
    ("Materiaal- en bedrijfskosten", (2_604_455, 2_560_000, 2_690_000, 2_720_000, 2_750_000, 2_780_000)),
    ("Huisvesting en afschrijvingen", (1_158_374, 1_190_000, 1_240_000, 1_250_000, 1_260_000, 1_270_000)),
    ("Nieuw beleid (zie hoofdstuk 6)", (None, None) + NB_TOT),
]
GR_BATEN_TOT = tuple(sum(r[1][i] or 0 for r in GR_BATEN) for i in range(6))
GR_LASTEN_TOT = tuple(sum(r[1][i] or 0 for r in GR_LASTEN) for i in range(6))
GR_SALDO = tuple(GR_BATEN_TOT[i] - GR_LASTEN_TOT[i] for i in range(6))
GR_MJ = {nm: v for nm, v in GR_BATEN + GR_LASTEN}

# Ontwikkelingen t.o.v. begroting 2033, x € 1.000, 2034..2037 (+ = voordeel, printed "1.234-" for a nadeel)
ONTWIKKELINGEN = [
    ("Loonontwikkeling cao Aan de slag", (-412, -418, -425, -431)),
    ("Lagere rijksbijdrage per standaardeenheid", (-710, -1_400, -2_080, -2_730)),
    ("Uitstroom Wsw-medewerkers (lagere loonkosten)", (520, 1_050, 1_570, 2_080)),
    ("Hogere omzet detachering", (350, 470, 560, 650)),
    ("Energie- en brandstofkosten", (-95, -95, -60, -60)),
    ("Hogere gemeentelijke bijdrage", None),     # computed from the meerjarenbeeld below
]
ONTWIKKELINGEN[-1] = ("Hogere gemeentelijke bijdrage",
                      tuple(round((GR_MJ["Gemeentelijke bijdrage deelnemers"][2 + i] - BIJ_TOT["b2033"]) / 1000) for i in range(4)))
ONTW_TOT = tuple(sum(r[1][i] for r in ONTWIKKELINGEN) for i in range(4))

# Uurtarieven per tariefgroep (euros): 2033, 2034; stijging computed
GR_TARIEVEN = [
    ("A", "Eenvoudig productie- en inpakwerk", 29.80, 31.10),
    ("B", "Individuele detachering", 34.60, 36.05),
    ("C", "Groenvoorziening met groepsbegeleiding", 41.20, 42.90),
    ("D", "Leerwerkplek met jobcoach", 48.75, 50.70),
]
GRT = {g: {"oms": o, "2033": a, "2034": b, "stijging": round((b / a - 1) * 100, 1)} for g, o, a, b in GR_TARIEVEN}

# Weerstandsvermogen GR
GR_ALG_RESERVE = 1_262_500
GR_BENODIGD = 1_045_000
GR_RATIO = round(GR_ALG_RESERVE / GR_BENODIGD, 2)
GR_RESULTAAT_2032 = GR_SALDO[0]
GR_INDEX_LOON = 3.4
GR_INDEX_PRIJS = 2.1
GR_SE_2034 = SE_TOT

if __name__ == "__main__":
    print("AU", AU, "RESULTAAT", RESULTAAT)
    print("LIQUIDE", LIQUIDE, "TOT", TOT_ACTIVA, "EV", EV, "SOLV", SOLV, "NSQ", NSQ, "GREX", GREX)
    print("weerstand", WEERSTAND_BESCHIKBAAR, WEERSTANDSRATIO)
    print("GR saldo", GR_SALDO, "bij", BIJ, BIJ_TOT, "ratio", GR_RATIO)
    print("P", {c: PROG[c]["resultaat"] for c in PROG})
    print("TV", TV_LASTEN_TOT, TV_BATEN_TOT)
