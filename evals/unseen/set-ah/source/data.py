"""Every figure of both set-ah documents, typed once. Totals, saldi and derived figures are computed here.

Gemeente Korsendael, Jaarstukken 2039 (LaTeX PDF) and Waterschap Vlietmonde, Begroting 2040 (HTML web page).
Run `python data.py` to print a summary; the asserts tie the figures together.
"""
from __future__ import annotations

import random

# ============================================================================ Gemeente Korsendael, Jaarstukken 2039
MUNI = "Korsendael"
YEAR = 2039
PREV = 2038
MUNI_FILE = "korsendael-jaarstukken-2039.pdf"
MUNI_TITLE = "Jaarstukken 2039"
INWONERS = 31842

# programmes: id, name, lasten (primitief, na wijziging, realisatie), baten (same), x EUR 1.000
PROGRAMMES = [
    ("1", "Bestuur en veiligheid", (6412, 6655, 6521), (512, 540, 611)),
    ("2", "Fysieke leefomgeving", (14236, 14890, 15207), (7105, 7230, 7318)),
    ("3", "Economie en wonen", (3880, 5120, 4465), (2140, 3610, 3052)),
    ("4", "Onderwijs, sport en cultuur", (9654, 9811, 9590), (1422, 1435, 1508)),
    ("5", "Sociaal domein", (41310, 42876, 43610), (9870, 10110, 10394)),
    ("6", "Algemene dekkingsmiddelen", (1205, 1240, 1198), (63778, 63870, 65865)),
    ("7", "Overhead", (10870, 11030, 10912), (310, 325, 402)),
]
# reserve mutations per programme: toevoeging (prim, wijz, real), onttrekking (prim, wijz, real), x EUR 1.000
RES_MUT = {
    "1": ((0, 0, 0), (0, 0, 0)),
    "2": ((88, 88, 88), (0, 0, 0)),
    "3": ((500, 500, 500), (620, 1460, 1035)),
    "4": ((640, 640, 640), (1050, 1210, 1156)),
    "5": ((0, 0, 0), (900, 1380, 1380)),
    "6": ((1310, 1310, 1310), (2410, 2605, 2605)),
    "7": ((0, 0, 0), (0, 0, 0)),
}
PROG = {}
for pid, name, L, B in PROGRAMMES:
    T, O = RES_MUT[pid]
    saldo = tuple(b - l for l, b in zip(L, B))
    res = tuple(s - t + o for s, t, o in zip(saldo, T, O))
    PROG[pid] = {"name": name, "lasten": L, "baten": B, "saldo": saldo, "toev": T, "ontt": O, "result": res}


def _tot(key):
    return tuple(sum(PROG[p][key][i] for p in PROG) for i in range(3))


TOT = {k: _tot(k) for k in ("lasten", "baten", "saldo", "toev", "ontt", "result")}
assert all(TOT["baten"][i] - TOT["lasten"][i] == TOT["saldo"][i] for i in range(3))
RESULT_K = TOT["result"][2]                 # resultaat realisatie 2039, x EUR 1.000
RESULT_EUR = RESULT_K * 1000 - 483          # the exact resultaat in euros (prose, resultaatbestemming)
assert round(RESULT_EUR / 1000) == RESULT_K


def verschil(row, wijz, real):
    """amount and V/N for a row: lasten higher than budgeted is N; baten, saldo, resultaat higher is V"""
    d = real - wijz
    if row == "lasten":
        return abs(d), ("N" if d > 0 else "V") if d else ""
    return abs(d), ("V" if d > 0 else "N") if d else ""


MLN = {k: tuple(round(v / 1000, 1) for v in TOT[k]) for k in TOT}   # Kerncijfers x EUR 1 mln, one decimal

# indicators per programme: (indicator, eenheid, streefwaarde 2039, realisatie 2039, realisatie 2038, decimals)
INDICATORS = {
    "1": [("Verwijzingen naar Halt", "per 10.000 jongeren", 110, 96, 118, 0),
          ("Winkeldiefstallen", "per 1.000 inwoners", 1.8, 2.1, 2.0, 1)],
    "2": [("Tevredenheid onderhoud openbare ruimte", "rapportcijfer", 7.0, 6.8, 6.9, 1),
          ("Verkeersongevallen met letsel", "aantal", 25, 31, 28, 0)],
    "3": [("Opgeleverde nieuwbouwwoningen", "aantal", 180, 212, 164, 0),
          ("Functiemenging", "%", 52.0, 53.4, 52.8, 1)],
    "4": [("Absoluut verzuim", "per 1.000 leerlingen", 2.0, 1.6, 2.3, 1),
          ("Niet-sporters", "%", 45.0, 47.2, 46.9, 1)],
    "5": [("Jongeren met jeugdhulp", "%", 11.5, 12.9, 12.4, 1),
          ("Personen met een bijstandsuitkering", "per 10.000 inwoners", 310, 296, 318, 0),
          ("Cliënten met een maatwerkarrangement Wmo", "per 10.000 inwoners", 640, 668, 652, 0)],
    "6": [("Gemiddelde woonlasten meerpersoonshuishouden", "euro", 905, 918, 884, 0)],
    "7": [("Formatie", "fte per 1.000 inwoners", 6.9, 7.1, 7.0, 1),
          ("Overhead", "% van de totale lasten", 11.0, 11.4, 11.8, 1)],
}

# reserves x EUR 1.000: name, programme, stand 1-1-2039, toevoeging, onttrekking
RESERVES = [
    ("Algemene reserve", "6", 18452, 1310, 2605),
    ("Reserve sociaal domein", "5", 4120, 0, 1380),
    ("Reserve onderhoud accommodaties", "4", 3215, 640, 912),
    ("Reserve kapitaallasten brede school Ulvenhoek", "4", 6880, 0, 244),
    ("Reserve woningbouwimpuls", "3", 1950, 500, 1035),
    ("Reserve egalisatie afvalstoffenheffing", "2", 612, 88, 0),
]
RES_END = {r[0]: r[2] + r[3] - r[4] for r in RESERVES}
RES_TOT = (sum(r[2] for r in RESERVES), sum(r[3] for r in RESERVES), sum(r[4] for r in RESERVES),
           sum(RES_END.values()))
assert RES_TOT[1] == TOT["toev"][2] and RES_TOT[2] == TOT["ontt"][2], (RES_TOT, TOT["toev"], TOT["ontt"])
for pid in PROG:   # the reserve mutations per programme equal the reserves table
    assert PROG[pid]["toev"][2] == sum(r[3] for r in RESERVES if r[1] == pid)
    assert PROG[pid]["ontt"][2] == sum(r[4] for r in RESERVES if r[1] == pid)
RESULT_2038_K = 1310          # resultaat 2038, added to the algemene reserve in 2039 (in the 1.310 toevoeging)

# balans x EUR 1.000: (31-12-2039, 31-12-2038); liquide middelen close the balans
ACTIVA = [
    ("Immateriële vaste activa", 412, 455),
    ("Materiële vaste activa", 109890, 114215),
    ("Financiële vaste activa", 6285, 6410),
    ("Voorraden", 9870, 11245),
    ("Uitzettingen (looptijd korter dan één jaar)", 8215, 7940),
    ("Liquide middelen", None, None),
    ("Overlopende activa", 3108, 2874),
]
BESTEMMINGSRES = (sum(v for k, v in RES_END.items() if k != "Algemene reserve"),
                  sum(r[2] for r in RESERVES if r[0] != "Algemene reserve"))
PASSIVA = [
    ("Algemene reserve", RES_END["Algemene reserve"], RESERVES[0][2]),
    ("Bestemmingsreserves", BESTEMMINGSRES[0], BESTEMMINGSRES[1]),
    ("Gerealiseerd resultaat", RESULT_K, RESULT_2038_K),
    ("Voorzieningen", 7465, 7012),
    ("Vaste schulden (looptijd één jaar of langer)", 78310, 80450),
    ("Netto-vlottende schulden (looptijd korter dan één jaar)", 14920, 13780),
    ("Overlopende passiva", 6034, 5677),
]
PASSIVA_TOT = (sum(p[1] for p in PASSIVA), sum(p[2] for p in PASSIVA))
_known = (sum(a[1] for a in ACTIVA if a[1] is not None), sum(a[2] for a in ACTIVA if a[2] is not None))
LIQUIDE = (PASSIVA_TOT[0] - _known[0], PASSIVA_TOT[1] - _known[1])
ACTIVA[5] = ("Liquide middelen", LIQUIDE[0], LIQUIDE[1])
assert all(v > 0 for v in LIQUIDE), LIQUIDE
ACTIVA_TOT = PASSIVA_TOT
EIGEN_VERMOGEN = (sum(p[1] for p in PASSIVA[:3]), sum(p[2] for p in PASSIVA[:3]))

# kengetallen in %: (kengetal, begroting 2039, realisatie 2039, realisatie 2038)
KENGETALLEN = [
    ("Netto schuldquote", 68.4, 61.7, 64.9),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", 60.2, 55.3, 58.0),
    ("Solvabiliteitsratio", 27.5, None, 28.1),
    ("Grondexploitatie", 6.1, 4.9, 5.6),
    ("Structurele exploitatieruimte", 0.8, 1.6, 1.1),
    ("Belastingcapaciteit", 104.0, 104.0, 101.5),
]
SOLV = round(EIGEN_VERMOGEN[0] / PASSIVA_TOT[0] * 100, 1)      # solvabiliteitsratio realisatie 2039 from the balans
SOLV_PREV = round(EIGEN_VERMOGEN[1] / PASSIVA_TOT[1] * 100, 1)
KENGETALLEN[2] = ("Solvabiliteitsratio", 24.8, SOLV, SOLV_PREV)

# weerstandsvermogen (prose, EUR mln)
WEERSTAND_CAP = 24.6
WEERSTAND_NODIG = 13.1
WEERSTAND_RATIO = round(WEERSTAND_CAP / WEERSTAND_NODIG, 1)

# WNT: function, person, aanvang-einde, fte, beloning, belastbaar/termijn, maximum (full-time)
WNT_MAX_FULL = 271000
WNT = [
    ("Gemeentesecretaris", "drs. J.K. Ostendorp", "1/1 - 31/12", 1.0, 142318, 24977),
    ("Griffier", "mr. A.L. Verhaeghe", "1/1 - 31/12", 0.89, 98604, 17412),
]
WNT_TOT = {w[0]: w[4] + w[5] for w in WNT}
WNT_MAX = {w[0]: round(WNT_MAX_FULL * w[3]) for w in WNT}

# resultaatbestemming (whole euros)
BESTEMMING = [
    ("Reserve sociaal domein (jeugdhulp)", 450000),
    ("Reserve onderhoud accommodaties (sporthal Hazelbroek)", 300000),
]
BESTEMMING_ALG = RESULT_EUR - sum(b[1] for b in BESTEMMING)
BESTEMMING.append(("Algemene reserve", BESTEMMING_ALG))
assert BESTEMMING_ALG > 0

# taakvelden (whole euros, realisatie 2039): code, name, programme; lasten/baten split from the programme realisatie
TAAKVELDEN = [
    ("0.1", "Bestuur", "1"), ("0.2", "Burgerzaken", "1"), ("1.1", "Crisisbeheersing en brandweer", "1"),
    ("1.2", "Openbare orde en veiligheid", "1"),
    ("2.1", "Verkeer en vervoer", "2"), ("2.2", "Parkeren", "2"), ("5.7", "Openbaar groen en (openlucht) recreatie", "2"),
    ("7.2", "Riolering", "2"), ("7.3", "Afval", "2"), ("7.4", "Milieubeheer", "2"), ("7.5", "Begraafplaatsen en crematoria", "2"),
    ("3.1", "Economische ontwikkeling", "3"), ("3.3", "Bedrijfsloket en -regelingen", "3"), ("3.4", "Economische promotie", "3"),
    ("8.1", "Ruimtelijke ordening", "3"), ("8.2", "Grondexploitatie (niet-bedrijventerreinen)", "3"),
    ("8.3", "Wonen en bouwen", "3"),
    ("4.1", "Openbaar basisonderwijs", "4"), ("4.2", "Onderwijshuisvesting", "4"),
    ("4.3", "Onderwijsbeleid en leerlingzaken", "4"), ("5.1", "Sportbeleid en activering", "4"),
    ("5.2", "Sportaccommodaties", "4"), ("5.3", "Cultuurpresentatie, cultuurproductie en cultuurparticipatie", "4"),
    ("5.4", "Musea", "4"), ("5.6", "Media", "4"),
    ("6.1", "Samenkracht en burgerparticipatie", "5"), ("6.2", "Toegang en eerstelijnsvoorzieningen", "5"),
    ("6.3", "Inkomensregelingen", "5"), ("6.4", "Begeleide participatie", "5"), ("6.5", "Arbeidsparticipatie", "5"),
    ("6.6", "Maatwerkvoorzieningen (Wmo)", "5"), ("6.71", "Maatwerkdienstverlening 18+", "5"),
    ("6.72", "Maatwerkdienstverlening 18-", "5"), ("6.81", "Geëscaleerde zorg 18+", "5"),
    ("6.82", "Geëscaleerde zorg 18-", "5"), ("7.1", "Volksgezondheid", "5"),
    ("0.5", "Treasury", "6"), ("0.61", "OZB woningen", "6"), ("0.62", "OZB niet-woningen", "6"),
    ("0.64", "Belastingen overig", "6"), ("0.7", "Algemene uitkering en overige uitkeringen gemeentefonds", "6"),
    ("0.8", "Overige baten en lasten", "6"),
    ("0.4", "Overhead", "7"),
]
# baten-only or lasten-heavy weights per taakveld (lasten weight, baten weight)
_W = {"0.61": (0.6, 8), "0.62": (0.3, 5), "0.7": (0.05, 55), "0.64": (0.05, 1.2), "0.5": (0.6, 0.8),
      "0.8": (0.4, 0.1), "6.3": (9, 8), "6.72": (6, 0.1), "6.82": (2, 0.05), "6.6": (5, 0.4), "7.3": (4, 5),
      "7.2": (3.6, 4.4), "8.2": (1.2, 2.8), "0.2": (1.1, 0.9), "2.2": (0.6, 0.8), "7.5": (0.7, 0.9)}
_rng = random.Random(2039)


def _split(total_eur: int, weights: list[float]) -> list[int]:
    s = sum(weights)
    parts = [int(total_eur * w / s) for w in weights]
    parts[0] += total_eur - sum(parts)
    return parts


TV = {}     # code -> (name, programme, lasten, baten)
for pid in PROG:
    codes = [t for t in TAAKVELDEN if t[2] == pid]
    offs_l, offs_b = _rng.randint(-420, 420), _rng.randint(-420, 420)
    wl = [_W.get(c[0], (1 + _rng.random(), 0))[0] for c in codes]
    wb = [_W.get(c[0], (0, 0.2 + _rng.random()))[1] for c in codes]
    ls = _split(PROG[pid]["lasten"][2] * 1000 + offs_l, [w * (0.9 + 0.2 * _rng.random()) for w in wl])
    bs = _split(PROG[pid]["baten"][2] * 1000 + offs_b, [w * (0.9 + 0.2 * _rng.random()) for w in wb])
    # round the small odd euros into realistic, unround amounts
    for c, l_, b_ in zip(codes, ls, bs):
        TV[c[0]] = (c[1], pid, l_, b_)
TV_SUM = {pid: (sum(v[2] for v in TV.values() if v[1] == pid), sum(v[3] for v in TV.values() if v[1] == pid))
          for pid in PROG}
for pid in PROG:
    assert round(TV_SUM[pid][0] / 1000) == PROG[pid]["lasten"][2] and round(TV_SUM[pid][1] / 1000) == PROG[pid]["baten"][2]
TV_TOTAL = (sum(v[2] for v in TV.values()), sum(v[3] for v in TV.values()))

# deviations in prose (realisatie - na wijziging, euros from the x 1.000 table)
DEV_P5_LASTEN = (PROG["5"]["lasten"][2] - PROG["5"]["lasten"][1]) * 1000
DEV_P3_LASTEN = (PROG["3"]["lasten"][1] - PROG["3"]["lasten"][2]) * 1000
DEV_P3_BATEN = (PROG["3"]["baten"][1] - PROG["3"]["baten"][2]) * 1000
DEV_P6_BATEN = (PROG["6"]["baten"][2] - PROG["6"]["baten"][1]) * 1000
JEUGD_OVERSCHRIJDING = 512000    # part of the P5 overrun explained by jeugdhulp (prose)
WMO_OVERSCHRIJDING = DEV_P5_LASTEN - JEUGD_OVERSCHRIJDING

# ============================================================================ Waterschap Vlietmonde, Begroting 2040
WS = "Waterschap Vlietmonde"
WS_YEAR = 2040
WS_FILE = "waterschap-vlietmonde-begroting-2040.html"
WS_TITLE = "Begroting 2040"
WS_YEARS = (2040, 2041, 2042, 2043)
WS_GEMEENTEN = ["Korsendael", "Gravenmeer", "Wierhaven"]
# programmes x EUR 1.000: lasten and baten 2040-2043
WS_PROG = [
    ("Waterveiligheid", (18412, 18960, 19735, 20118), (1205, 1240, 1260, 1275)),
    ("Voldoende en schoon water", (31870, 32415, 33102, 33590), (2310, 2350, 2380, 2410)),
    ("Zuiveren van afvalwater", (36245, 37810, 39260, 40115), (1640, 1665, 1690, 1720)),
    ("Bestuur en organisatie", (12090, 12230, 12345, 12480), (310, 315, 320, 325)),
]
WS_TOEV = (550, 400, 400, 400)
WS_ONTT = (2580, 1890, 1240, 760)
WS_L = tuple(sum(p[1][i] for p in WS_PROG) for i in range(4))
WS_B_PROG = tuple(sum(p[2][i] for p in WS_PROG) for i in range(4))
# zuiveringsheffing covers zuiveren + 45% of bestuur, minus the egalisatiereserve onttrekking
WS_ONTT_EGAL = (1450, 1100, 700, 300)
WS_ZH = tuple(round(WS_PROG[2][1][i] + 0.45 * WS_PROG[3][1][i] - WS_PROG[2][2][i] - 0.45 * WS_PROG[3][2][i])
              - WS_ONTT_EGAL[i] for i in range(4))
WS_WSH = tuple(WS_L[i] + WS_TOEV[i] - WS_B_PROG[i] - WS_ONTT[i] - WS_ZH[i] for i in range(4))
WS_B_TOT = tuple(WS_B_PROG[i] + WS_ZH[i] + WS_WSH[i] + WS_ONTT[i] for i in range(4))    # baten incl. heffingen, reserves
WS_LT_TOT = tuple(WS_L[i] + WS_TOEV[i] for i in range(4))                              # lasten incl. toevoegingen
assert all(WS_B_TOT[i] == WS_LT_TOT[i] for i in range(4))
WS_HEFFINGEN = tuple(WS_ZH[i] + WS_WSH[i] for i in range(4))

# reserves x EUR 1.000: stand 1-1-2040, toevoeging, onttrekking (2040)
WS_RESERVES = [
    ("Algemene reserve", 12940, 0, 520),
    ("Egalisatiereserve zuiveringsheffing", 3860, 0, 1450),
    ("Bestemmingsreserve KRW-maatregelen", 2215, 300, 610),
    ("Reserve eigen bijdrage dijkversterking", 1480, 250, 0),
]
WS_RES_END = {r[0]: r[1] + r[2] - r[3] for r in WS_RESERVES}
WS_RES_TOT = tuple(sum(r[i] for r in WS_RESERVES) for i in (1, 2, 3)) + (sum(WS_RES_END.values()),)
assert WS_RES_TOT[1] == WS_TOEV[0] and WS_RES_TOT[2] == WS_ONTT[0]
assert WS_RESERVES[1][3] == WS_ONTT_EGAL[0]

# investments 2040, whole euros: project, programme, bruto, subsidie
WS_INVEST = [
    ("Dijkversterking Kleiwaard-Noord", "Waterveiligheid", 16480000, 14832000),
    ("Renovatie rwzi Rietvenne", "Zuiveren van afvalwater", 11250000, 0),
    ("Vervanging gemaal Oostermade", "Voldoende en schoon water", 6730000, 0),
    ("Herinrichting beekdal Lutterzand", "Voldoende en schoon water", 3915000, 1566000),
    ("Vervanging persleiding Brakelwold", "Zuiveren van afvalwater", 2140000, 0),
    ("ICT en huisvesting", "Bestuur en organisatie", 880000, 0),
]
WS_INV_NETTO = {i[0]: i[2] - i[3] for i in WS_INVEST}
WS_INV_TOT = (sum(i[2] for i in WS_INVEST), sum(i[3] for i in WS_INVEST), sum(WS_INV_NETTO.values()))

# tarieven: category, grondslag, 2039, 2040, decimals (percent tariffs 4 decimals)
WS_TARIEVEN = [
    ("Ingezetenenheffing", "per woonruimte", 131.52, 138.04, 2),
    ("Gebouwd", "% van de WOZ-waarde", 0.0231, 0.0244, 4),
    ("Ongebouwd (overig)", "per hectare", 104.77, 110.15, 2),
    ("Natuurterreinen", "per hectare", 4.38, 4.61, 2),
    ("Verharde openbare wegen", "per hectare", 209.54, 220.30, 2),
    ("Zuiveringsheffing", "per vervuilingseenheid", 71.36, 77.02, 2),
    ("Verontreinigingsheffing", "per vervuilingseenheid", 71.36, 77.02, 2),
]
WS_TAR = {t[0]: t for t in WS_TARIEVEN}
WS_TAR_MUT = {t[0]: round((t[3] / t[2] - 1) * 100, 1) for t in WS_TARIEVEN}

# lastendruk voorbeeldhuishoudens (euros with cents): name, components
WOZ_EIGEN = 365000
WOZ_AGRAR = 520000
HA_AGRAR = 20


def _lastendruk(i):   # i = 2 (2039) or 3 (2040)
    ing, geb, ong, zh = (WS_TAR["Ingezetenenheffing"][i], WS_TAR["Gebouwd"][i], WS_TAR["Ongebouwd (overig)"][i],
                         WS_TAR["Zuiveringsheffing"][i])
    r2 = lambda x: round(x + 1e-9, 2)   # noqa: E731
    return {
        "Eenpersoonshuishouden, huurwoning": r2(ing + zh),
        "Meerpersoonshuishouden, huurwoning": r2(ing + 3 * zh),
        "Meerpersoonshuishouden, eigen woning": r2(ing + 3 * zh + r2(geb / 100 * WOZ_EIGEN)),
        "Agrarisch bedrijf, 20 hectare": r2(ing + 3 * zh + r2(geb / 100 * WOZ_AGRAR) + r2(HA_AGRAR * ong)),
    }


WS_LASTENDRUK = {k: (v, _lastendruk(3)[k]) for k, v in _lastendruk(2).items()}
WS_LD_DIFF = {k: round(v[1] - v[0], 2) for k, v in WS_LASTENDRUK.items()}
WS_LD_PCT = {k: round((v[1] / v[0] - 1) * 100, 1) for k, v in WS_LASTENDRUK.items()}
ZH_PCT = WS_TAR_MUT["Zuiveringsheffing"]

# prose figures
WS_DIJK_KM = 4.2                  # km dijk versterkt in 2040
WS_VE = 287400                    # vervuilingseenheden
WS_INWONERS = 214600

# KPI cards (EUR mln, one decimal), computed
KPI = {
    "Totale lasten 2040": round(WS_L[0] / 1000, 1),
    "Opbrengst waterschapsbelastingen": round(WS_HEFFINGEN[0] / 1000, 1),
    "Bruto investeringen 2040": round(WS_INV_TOT[0] / 1e6, 1),
    "Algemene reserve eind 2040": round(WS_RES_END["Algemene reserve"] / 1000, 1),
}
KPI_LD_PCT = WS_LD_PCT["Meerpersoonshuishouden, eigen woning"]

if __name__ == "__main__":
    print("Korsendael totals (prim, wijz, real):", TOT)
    print("resultaat eur", RESULT_EUR, "bestemming alg", BESTEMMING_ALG, "solv", SOLV, SOLV_PREV, PASSIVA_TOT, "liquide", LIQUIDE)
    print("taakveld totals", TV_TOTAL, "ratio", WEERSTAND_RATIO)
    print("WS L", WS_L, "ZH", WS_ZH, "WSH", WS_WSH, "B_TOT", WS_B_TOT)
    print("lastendruk", WS_LASTENDRUK, WS_LD_PCT, "KPI", KPI)
