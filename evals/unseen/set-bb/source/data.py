"""Every figure of the two FICTIONAL documents of set-bb, typed once, with the computed
ones derived here and asserted to add up.

Gemeente Dinkelland, Programmabegroting 2026 (LuaLaTeX) and Stadsbank Oost Nederland,
Jaarstukken 2025 (borb). All amounts are made up.

Sign conventions (as printed in the documents):
- Dinkelland: lasten and baten positive; saldo = baten - lasten (negative = nadelig);
  programme tables and Tabel 4.1 print negatives with a trailing minus ("412-"), the
  taakvelden table in parentheses ("(1.234.567)"), the one-glance table in EUR mln with a
  leading minus ("-27,9").
- Stadsbank: lasten and baten positive; saldo = baten - lasten; negatives in parentheses in
  the programme and overview tables, with a trailing minus in the reserve table
  (onttrekkingen "118.450-").
"""
from fmt import rhu, largest_remainder

# ---------------------------------------------------------------------------------------
# DINKELLAND, Programmabegroting 2026
# ---------------------------------------------------------------------------------------
DK_YEARS = ["2024", "2025", "2026", "2027", "2028", "2029"]   # rekening, begr. na wijz., begr., raming x3
DK_INWONERS = 26874          # 1-1-2025 (also used by the Stadsbank table: the same fictional count)
DK_HUISHOUDENS = 11386
DK_KERNEN = ["Agelo", "Denekamp", "Deurningen", "Lattrop-Breklenkamp", "Noord Deurningen",
             "Ootmarsum", "Reutum", "Rossum", "Saasveld", "Tilligte", "Volthe", "Weerselo"]

PROGRAMMES = [
    ("1", "Inclusieve samenleving"),
    ("2", "Vitale kernen"),
    ("3", "Duurzaam Dinkelland"),
    ("4", "Economie en toerisme"),
    ("5", "Bestuur, veiligheid en dienstverlening"),
]
P_NAME = dict(PROGRAMMES)

# Taakvelden 2026 in whole euros: code, name, lasten, baten, programme ('OH' overhead,
# 'ADM' algemene dekkingsmiddelen, 'VPB', 'RES' mutaties reserves (filled in below)).
TAAKVELDEN = [
    ("0.1", "Bestuur", 2184310, 12400, "5"),
    ("0.2", "Burgerzaken", 846275, 412860, "5"),
    ("0.3", "Beheer overige gebouwen en gronden", 684120, 402550, "2"),
    ("0.4", "Overhead", 10846215, 186400, "OH"),
    ("0.5", "Treasury", 418600, 612850, "ADM"),
    ("0.61", "OZB woningen", 236410, 4182960, "ADM"),
    ("0.62", "OZB niet-woningen", 98215, 2614380, "ADM"),
    ("0.64", "Belastingen overig", 42100, 1498320, "ADM"),
    ("0.7", "Algemene uitkering en overige uitkeringen gemeentefonds", 0, None, "ADM"),
    ("0.8", "Overige baten en lasten", 312640, 24000, "ADM"),
    ("0.9", "Vennootschapsbelasting (VpB)", 18000, 0, "VPB"),
    ("0.10", "Mutaties reserves", None, None, "RES"),
    ("1.1", "Crisisbeheersing en brandweer", 1402118, 0, "5"),
    ("1.2", "Openbare orde en veiligheid", 318540, 24100, "5"),
    ("2.1", "Verkeer en vervoer", 4318765, 186240, "2"),
    ("2.5", "Openbaar vervoer", 42300, 0, "2"),
    ("3.1", "Economische ontwikkeling", 512730, 0, "4"),
    ("3.2", "Fysieke bedrijfsinfrastructuur", 286415, 214800, "4"),
    ("3.3", "Bedrijvenloket en bedrijfsregelingen", 168220, 96350, "4"),
    ("3.4", "Economische promotie", 1104655, 18500, "4"),
    ("4.1", "Openbaar basisonderwijs", 96400, 0, "1"),
    ("4.2", "Onderwijshuisvesting", 1418660, 42500, "1"),
    ("4.3", "Onderwijsbeleid en leerlingzaken", 1684215, 312400, "1"),
    ("5.1", "Sportbeleid en activering", 386930, 0, "1"),
    ("5.2", "Sportaccommodaties", 1956410, 388615, "2"),
    ("5.3", "Cultuurpresentatie, cultuurproductie en cultuurparticipatie", 492860, 18200, "2"),
    ("5.4", "Musea", 214760, 0, "4"),
    ("5.5", "Cultureel erfgoed", 236145, 12000, "2"),
    ("5.6", "Media", 612380, 0, "2"),
    ("5.7", "Openbaar groen en (openlucht) recreatie", 2144915, 64310, "2"),
    ("6.1", "Samenkracht en burgerparticipatie", 2418560, 96200, "1"),
    ("6.2", "Toegang en eerstelijnsvoorzieningen", 2975340, 0, "1"),
    ("6.3", "Inkomensregelingen", 6846215, 4912330, "1"),
    ("6.4", "Begeleide participatie", 2312780, 0, "1"),
    ("6.5", "Arbeidsparticipatie", 684920, 0, "1"),
    ("6.6", "Maatwerkvoorzieningen (Wmo)", 1126480, 36000, "1"),
    ("6.71", "Maatwerkdienstverlening 18+", 5348615, 318420, "1"),
    ("6.72", "Maatwerkdienstverlening 18-", 5912340, 0, "1"),
    ("6.81", "Geëscaleerde zorg 18+", 512300, 0, "1"),
    ("6.82", "Geëscaleerde zorg 18-", 1964815, 0, "1"),
    ("7.1", "Volksgezondheid", 1318275, 0, "1"),
    ("7.2", "Riolering", 3412880, 3986420, "3"),
    ("7.3", "Afval", 3326145, 3851960, "3"),
    ("7.4", "Milieubeheer", 1206390, 118230, "3"),
    ("7.5", "Begraafplaatsen en crematoria", 298460, 312700, "2"),
    ("8.1", "Ruimtelijke ordening", 1106830, 142600, "2"),
    ("8.2", "Grondexploitatie (niet bedrijventerreinen)", 1380000, 1480000, "2"),
    ("8.3", "Wonen en bouwen", 1218655, 702480, "2"),
]
TOERISTENBELASTING_2026 = 1318000   # part of 0.64 baten
PRECARIO_2026 = 180320              # part of 0.64 baten
assert TOERISTENBELASTING_2026 + PRECARIO_2026 == 1498320
ONVOORZIEN_2026 = 60000             # part of 0.8 lasten (prose)

# Programme 1 actielijnen: taakvelden per actielijn (for the 2026 split)
ACTIELIJNEN = [
    ("Langer gezond", ["5.1", "7.1"]),
    ("Versterken sociale basis", ["6.1"]),
    ("Zorg meer nabij", ["6.2", "6.6", "6.71", "6.81"]),
    ("Meer inwoners kunnen meedoen", ["6.3", "6.4", "6.5", "6.72", "6.82"]),
    ("Onderwijs en onderwijshuisvesting", ["4.1", "4.2", "4.3"]),
]

# Lasten/baten per programme in x EUR 1.000 for the years other than 2026 (typed).
# 2026 is filled in from the taakvelden. Index: 2024, 2025, 2027, 2028, 2029.
P_OTHER = {
    "1": {"L": [33486, 34815, 35288, 35106, 34862], "B": [5496, 5582, 5724, 5738, 5752]},
    "2": {"L": [14208, 14842, 14614, 14587, 14428], "B": [3618, 3854, 3702, 3698, 3711]},
    "3": {"L": [7614, 7802, 8096, 8218, 8342], "B": [7588, 7791, 8158, 8284, 8410]},
    "4": {"L": [2118, 2364, 2254, 2231, 2214], "B": [318, 326, 336, 338, 342]},
    "5": {"L": [4486, 4698, 4802, 4768, 4791], "B": [431, 444, 452, 455, 458]},
    "OH": {"L": [10412, 10694, 10962, 10914, 10876], "B": [174, 181, 186, 186, 186]},
    "ADM": {"L": [1064, 1096, 1118, 1126, 1134]},          # baten from DEKKING below
    "VPB": {"L": [14, 16, 18, 18, 18], "B": [0, 0, 0, 0, 0]},
}
# Actielijnen x 1.000 for the other years (each column adds up to P1 lasten above)
ACT_OTHER = {
    "Langer gezond": [1612, 1664, 1722, 1716, 1708],
    "Versterken sociale basis": [2286, 2352, 2390, 2372, 2344],
    "Zorg meer nabij": [9718, 10104, 10290, 10184, 10062],
    "Meer inwoners kunnen meedoen": [16842, 17569, 17706, 17668, 17566],
    "Onderwijs en onderwijshuisvesting": [3028, 3126, 3180, 3166, 3182],
}

# Algemene dekkingsmiddelen (baten, x 1.000): rows; 2026 from taakvelden; the
# algemene uitkering is the closing item of each year 2026-2029 (see RESULT_TARGET).
DEKKING_ROWS = ["OZB woningen", "OZB niet-woningen", "Toeristenbelasting", "Precariobelasting",
                "Algemene uitkering gemeentefonds", "Dividend en rente (treasury)",
                "Overige dekkingsmiddelen"]
DEKKING_OTHER = {   # 2024, 2025, 2027, 2028, 2029 (algemene uitkering 2027-2029: None = closing)
    "OZB woningen": [3644, 3872, 4396, 4612, 4838],
    "OZB niet-woningen": [2318, 2446, 2748, 2886, 3030],
    "Toeristenbelasting": [1066, 1121, 1346, 1375, 1404],
    "Precariobelasting": [176, 178, 182, 184, 186],
    "Algemene uitkering gemeentefonds": [47912, 49068, None, None, None],
    "Dividend en rente (treasury)": [702, 655, 598, 584, 570],
    "Overige dekkingsmiddelen": [31, 24, 24, 24, 24],
}
RESULT_TARGET = {"2026": -412, "2027": -688, "2028": -236, "2029": 145}

# Reserves (x 1.000): stand 1-1-2026 and per year 2026..2029 (toevoeging, onttrekking)
RESERVES = [
    ("Algemene reserve", 9842, [(0, 450), (0, 300), (0, 0), (145, 0)]),
    ("Reserve sociaal domein", 2315, [(0, 620), (0, 400), (0, 250), (0, 0)]),
    ("Egalisatiereserve ravijnjaar", 1200, [(0, 600), (0, 600), (0, 0), (0, 0)]),
    ("Reserve kapitaallasten", 4612, [(0, 177), (0, 177), (0, 177), (0, 177)]),
    ("Reserve energietransitie", 806, [(312, 99), (250, 150), (200, 150), (0, 150)]),
    ("Reserve onderhoud accommodaties", 1118, [(500, 0), (500, 420), (500, 380), (500, 520)]),
    ("Reserve leefbaarheidsfonds", 684, [(0, 250), (0, 250), (0, 184), (0, 0)]),
]
VOORZIENINGEN = [   # stand 1-1-2026, toevoeging 2026, aanwending 2026 (x 1.000)
    ("Voorziening onderhoud gemeentelijke gebouwen", 2618, 742, 1186),
    ("Voorziening riolering (egalisatie)", 1436, 318, 0),
    ("Voorziening pensioenen (gewezen) wethouders", 3284, 96, 172),
    ("Voorziening afval (egalisatie)", 412, 0, 115),
]

# Lokale heffingen
OZB_TARIEF = {  # percentage van de WOZ-waarde
    "Woningen eigenaar": ("0,0978%", "0,1044%"),
    "Niet-woningen eigenaar": ("0,1581%", "0,1688%"),
    "Niet-woningen gebruiker": ("0,1262%", "0,1347%"),
}
TOERISTENBELASTING_TARIEF = ("1,85", "2,10")   # per persoon per nacht, 2025 and 2026
PRECARIO_TARIEF = ("4,10", "4,25")             # per m2 terras per jaar
WOZ_GEMIDDELD = (356000, 378000)               # 2025, 2026
WOONLASTEN = {  # per huishouden in euros with cents, (2025, 2026)
    "OZB eigenaar woning": (348.17, 394.63),
    "Afvalstoffenheffing een": (232.00, 246.00),
    "Afvalstoffenheffing meer": (298.00, 318.00),
    "Rioolheffing": (268.00, 279.00),
}

# Indicators (programme 1 etc.): label, bron, realisatie 2024 (printed), streefwaarde 2026 (printed)
INDICATORS = {
    "1": [
        ("Percentage inwoners die goede gezondheid ervaren", "Volwassenen- en ouderenmonitor", "88%", "90%"),
        ("Percentage inwoners die voldoende bewegen", "Volwassenen- en ouderenmonitor", "64%", "67%"),
        ("Cijfer cliënttevredenheid Jeugd", "Cliëntervaringsonderzoek", "7,4", "7,5"),
        ("Cijfer cliënttevredenheid Wmo", "Cliëntervaringsonderzoek", "7,9", "n.v.t."),
        ("Jongeren met jeugdhulp (% van alle jongeren tot 18 jaar)", "CBS", "11,2%", "10,5%"),
        ("Cliënten met een maatwerkarrangement Wmo (per 10.000 inwoners)", "CBS", "642", "620"),
        ("Personen met een bijstandsuitkering (per 10.000 inwoners 18+)", "CBS", "118", "n.v.t."),
        ("Inwoners met problematische schulden die zich melden bij de Stadsbank (aantal)",
         "Stadsbank Oost Nederland", "94", "—"),
    ],
    "3": [
        ("Omvang huishoudelijk restafval (kg per inwoner)", "CBS", "71", "60"),
        ("Hernieuwbare elektriciteit (% van het totale verbruik)", "Klimaatmonitor", "38,6%", "45%"),
        ("Woningen met een energielabel A of beter (%)", "Klimaatmonitor", "—", "40%"),
    ],
    "4": [
        ("Overnachtingen toeristen (aantal, x 1.000)", "Toeristenbelasting", "712", "730"),
        ("Banen (per 1.000 inwoners 15-74 jaar)", "LISA", "812", "n.v.t."),
        ("Vestigingen van bedrijven (per 1.000 inwoners 15-74 jaar)", "LISA", "168", "n.v.t."),
    ],
}

# Budgets named in prose (programme 1) and comparable with the real Begroting 2020
SPORT_ALS_MIDDEL_2026 = 75000
LEEFBAARHEIDSFONDS_2026 = 250000

# Bezuinigingsmaatregelen (x 1.000) 2026..2029
BEZUINIGINGEN = [
    ("B1", "Subsidies: generieke korting van 10% op de waarderingssubsidies", [185, 190, 195, 195]),
    ("B2", "Bibliotheekwerk: sluiting van het servicepunt Weerselo", [0, 60, 120, 120]),
    ("B3", "Minder inhuur bij Noaberkracht en vacaturestop", [250, 350, 350, 350]),
    ("B4", "Onderhoud openbaar groen van niveau B naar niveau C", [140, 140, 140, 140]),
    ("B5", "Extra verhoging OZB boven de inflatie", [420, 430, 440, 450]),
    ("B6", "Toeristenbelasting van € 1,85 naar € 2,10 per persoon per nacht", [180, 185, 190, 195]),
    ("B7", "Sociaal domein: scherpere toegang en herindicaties van maatwerkvoorzieningen", [300, 450, 600, 600]),
]
RAVIJN_MINDER_2026 = 2184000   # prose: less gemeentefonds than the meerjarenraming 2025 assumed

# Investeringen (whole euros) 2026..2029
INVESTERINGEN = [
    ("Reconstructie Bentheimerstraat Denekamp, inclusief vrijliggend fietspad en afkoppelen hemelwater",
     [1250000, 1480000, 0, 0]),
    ("Vervanging kunstgrasveld sportpark Saasveld", [465000, 0, 0, 0]),
    ("Renovatie gymzaal Weerselo", [0, 820000, 0, 0]),
    ("Openbare verlichting: vervanging door LED (fase 3)", [310000, 295000, 280000, 0]),
    ("Vervanging riolering centrum Ootmarsum, Grotestraat en omgeving", [0, 960000, 1140000, 0]),
    ("Uitbreiding Kindcentrum Rossum", [0, 0, 2350000, 1180000]),
    ("Voertuigen en materieel buitendienst", [186000, 92000, 214000, 148000]),
]

# Verbonden partijen: bijdrage Dinkelland (euros) 2025, 2026; None = 'n.v.t.'
VERBONDEN = [
    ("Noaberkracht Dinkelland Tubbergen", "Gemeenschappelijke regeling", 14862300, 15218400),
    ("Regio Twente", "Gemeenschappelijke regeling", 1146200, 1188900),
    ("Veiligheidsregio Twente", "Gemeenschappelijke regeling", 1276300, 1318640),
    ("Stadsbank Oost Nederland", "Gemeenschappelijke regeling", None, 329600),  # 2025 filled below
    ("Twence B.V.", "Deelneming", None, None),
    ("Vitens N.V.", "Deelneming", None, None),
    ("BNG Bank N.V.", "Deelneming", None, None),
]

# Weerstandsvermogen (x 1.000)
WEERSTAND_RISICOS = [   # risk, kans %, financieel effect
    ("Open einde regelingen jeugdhulp en Wmo", 50, 4000),
    ("Lagere algemene uitkering na herijking en ravijnjaar", 40, 3000),
    ("Loon- en prijsstijgingen boven de indexatie", 50, 1500),
    ("Grondexploitatie Ootmarsum-Zuid", 25, 2400),
    ("Verbonden partijen (bijdragen boven begroting)", 30, 1200),
    ("Claims en juridische procedures", 10, 800),
]
ONBENUTTE_BELASTINGCAPACITEIT = 1214
STILLE_RESERVES = 850

KENGETALLEN = [  # label, values 2024..2029 as printed ('—' = not estimated)
    ("Netto schuldquote", ["62,4%", "66,1%", "71,3%", "74,8%", "76,2%", "75,0%"]),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", ["58,9%", "62,7%", "68,0%", "71,6%", "73,1%", "72,0%"]),
    ("Solvabiliteitsratio", ["31,2%", "29,8%", "27,4%", "26,1%", "25,6%", "25,9%"]),
    ("Structurele exploitatieruimte", ["0,6%", "-0,4%", "-1,1%", "-0,8%", "-0,2%", "0,3%"]),
    ("Grondexploitatie", ["2,1%", "1,9%", "1,6%", "1,2%", "0,8%", "0,5%"]),
    ("Belastingcapaciteit", ["88,4%", "91,2%", "96,8%", "—", "—", "—"]),
]

# ---------------------------------------------------------------------------------------
# derived Dinkelland figures
# ---------------------------------------------------------------------------------------
TV = {code: dict(code=code, name=name, L=L, B=B, prog=prog) for code, name, L, B, prog in TAAKVELDEN}


def _k(euros):
    return rhu(euros / 1000)


# Reserve mutations per year (x 1.000)
RES_TOEV = {y: sum(r[2][i][0] for r in RESERVES) for i, y in enumerate(["2026", "2027", "2028", "2029"])}
RES_ONTT = {y: sum(r[2][i][1] for r in RESERVES) for i, y in enumerate(["2026", "2027", "2028", "2029"])}
TV["0.10"]["L"] = RES_TOEV["2026"] * 1000
TV["0.10"]["B"] = RES_ONTT["2026"] * 1000

GROUPS = ["1", "2", "3", "4", "5", "OH", "ADM", "VPB"]


def _group_sum(g, field):
    return sum(t[field] for t in TV.values() if t["prog"] == g and t[field] is not None)


# 2026 programme figures (x 1.000) except the ADM baten (closing)
P26 = {}
for g in GROUPS:
    P26[g] = {"L": _k(_group_sum(g, "L"))}
    if g != "ADM":
        P26[g]["B"] = _k(_group_sum(g, "B"))

# dekking 2026 from taakvelden (algemene uitkering closes the 2026 result)
DEKKING = {r: {} for r in DEKKING_ROWS}
for r in DEKKING_ROWS:
    for i, y in enumerate(["2024", "2025", "2027", "2028", "2029"]):
        DEKKING[r][y] = DEKKING_OTHER[r][i]
DEKKING["OZB woningen"]["2026"] = _k(TV["0.61"]["B"])
DEKKING["OZB niet-woningen"]["2026"] = _k(TV["0.62"]["B"])
DEKKING["Toeristenbelasting"]["2026"] = _k(TOERISTENBELASTING_2026)
DEKKING["Precariobelasting"]["2026"] = _k(PRECARIO_2026)
DEKKING["Dividend en rente (treasury)"]["2026"] = _k(TV["0.5"]["B"])
DEKKING["Overige dekkingsmiddelen"]["2026"] = _k(TV["0.8"]["B"])

# P table for all years: PL[g][y], PB[g][y] (x 1.000)
PL = {g: {} for g in GROUPS}
PB = {g: {} for g in GROUPS}
for g in GROUPS:
    for i, y in enumerate(["2024", "2025", "2027", "2028", "2029"]):
        PL[g][y] = P_OTHER[g]["L"][i]
        if g != "ADM":
            PB[g][y] = P_OTHER[g]["B"][i]
    PL[g]["2026"] = P26[g]["L"]
    if g != "ADM":
        PB[g]["2026"] = P26[g]["B"]


def _close_year(y):
    """Algemene uitkering of year y so that the geraamd resultaat equals RESULT_TARGET[y]."""
    other_b = sum(PB[g][y] for g in GROUPS if g != "ADM")
    tot_l = sum(PL[g][y] for g in GROUPS)
    dek_wo = sum(DEKKING[r][y] for r in DEKKING_ROWS if r != "Algemene uitkering gemeentefonds")
    # result = other_b + dek_wo + AU - tot_l - toev + ontt
    return RESULT_TARGET[y] - other_b - dek_wo + tot_l + RES_TOEV[y] - RES_ONTT[y]


for y in ["2026", "2027", "2028", "2029"]:
    DEKKING["Algemene uitkering gemeentefonds"][y] = _close_year(y)
TV["0.7"]["B"] = DEKKING["Algemene uitkering gemeentefonds"]["2026"] * 1000
DEKKING_TOTAL = {y: sum(DEKKING[r][y] for r in DEKKING_ROWS) for y in DK_YEARS}
for y in DK_YEARS:
    PB["ADM"][y] = DEKKING_TOTAL[y]

PS = {g: {y: PB[g][y] - PL[g][y] for y in DK_YEARS} for g in GROUPS}
TOT_L = {y: sum(PL[g][y] for g in GROUPS) for y in DK_YEARS}
TOT_B = {y: sum(PB[g][y] for g in GROUPS) for y in DK_YEARS}
TOT_S = {y: TOT_B[y] - TOT_L[y] for y in DK_YEARS}
RESULT = {y: TOT_S[y] - RES_TOEV[y] + RES_ONTT[y] for y in ["2026", "2027", "2028", "2029"]}
RESULT_L = {y: TOT_L[y] + RES_TOEV[y] for y in RESULT}
RESULT_B = {y: TOT_B[y] + RES_ONTT[y] for y in RESULT}
for y in RESULT:
    assert RESULT[y] == RESULT_TARGET[y], (y, RESULT[y])
    assert RESULT_B[y] - RESULT_L[y] == RESULT[y]

# 2026 ADM baten from taakvelden (euros) must agree with the rounded dekking table
adm_b_eur = _group_sum("ADM", "B")
assert abs(adm_b_eur / 1000 - DEKKING_TOTAL["2026"]) <= 3, (adm_b_eur, DEKKING_TOTAL["2026"])
assert DEKKING["OZB woningen"]["2026"] + 0 == _k(TV["0.61"]["B"])

# actielijnen 2026 (largest remainder so that they add up to the programme lasten)
ACT = {}
_act_eur = [sum(TV[c]["L"] for c in codes) for _, codes in ACTIELIJNEN]
assert sum(_act_eur) == _group_sum("1", "L")
_act_k = largest_remainder([e / 1000 for e in _act_eur], PL["1"]["2026"])
for (name, _), k26 in zip(ACTIELIJNEN, _act_k):
    ACT[name] = {}
    for i, y in enumerate(["2024", "2025", "2027", "2028", "2029"]):
        ACT[name][y] = ACT_OTHER[name][i]
    ACT[name]["2026"] = k26
for y in DK_YEARS:
    assert sum(ACT[n][y] for n, _ in ACTIELIJNEN) == PL["1"][y], (y, sum(ACT[n][y] for n, _ in ACTIELIJNEN), PL["1"][y])

# taakvelden table totals (euros)
TV_TOT_L = sum(t["L"] for t in TV.values())
TV_TOT_B = sum(t["B"] for t in TV.values())
TV_TOT_S = TV_TOT_B - TV_TOT_L
assert abs(TV_TOT_S / 1000 - RESULT["2026"]) <= 6, (TV_TOT_S, RESULT["2026"])

# reserves stands
RES_STAND = {}
for name, s0, muts in RESERVES:
    st = [s0]
    for t, o in muts:
        st.append(st[-1] + t - o)
    assert min(st) >= 0, name
    RES_STAND[name] = st        # 1-1-2026, 31-12-2026, 31-12-2027, 31-12-2028, 31-12-2029
RES_TOT = [sum(RES_STAND[n][i] for n, _, _ in RESERVES) for i in range(5)]
VZ_STAND = {n: s + t - a for n, s, t, a in VOORZIENINGEN}
for n, s, t, a in VOORZIENINGEN:
    assert VZ_STAND[n] >= 0

# one-glance summary (EUR mln, one decimal) for 2026
MLN_ROWS = [("1", "Inclusieve samenleving"), ("2", "Vitale kernen"), ("3", "Duurzaam Dinkelland"),
            ("4", "Economie en toerisme"), ("5", "Bestuur, veiligheid en dienstverlening"),
            ("OH", "Overhead"), ("ADM", "Algemene dekkingsmiddelen")]

# bezuinigingen
BEZ_TOT = [sum(b[2][i] for b in BEZUINIGINGEN) for i in range(4)]

# investeringen
INV_TOT = [sum(v[1][i] for v in INVESTERINGEN) for i in range(4)]
INV_ROW_TOT = {name: sum(v) for name, v in INVESTERINGEN}

# woonlasten
WL = {}
for kind, afv in (("Eenpersoonshuishouden", "Afvalstoffenheffing een"), ("Meerpersoonshuishouden", "Afvalstoffenheffing meer")):
    rows = [("OZB eigenaar (gemiddelde woning)", WOONLASTEN["OZB eigenaar woning"]),
            ("Afvalstoffenheffing", WOONLASTEN[afv]),
            ("Rioolheffing", WOONLASTEN["Rioolheffing"])]
    tot = (round(sum(r[1][0] for r in rows), 2), round(sum(r[1][1] for r in rows), 2))
    WL[kind] = rows + [("Totaal woonlasten", tot)]
# OZB amount = WOZ x tarief
assert abs(WOZ_GEMIDDELD[0] * 0.0978 / 100 - WOONLASTEN["OZB eigenaar woning"][0]) < 0.006
assert abs(WOZ_GEMIDDELD[1] * 0.1044 / 100 - WOONLASTEN["OZB eigenaar woning"][1]) < 0.006


def stijging(a, b):
    return rhu((b / a - 1) * 100, 1)


# weerstandsvermogen
W_BENODIGD = rhu(sum(k * e / 100 for _, k, e in WEERSTAND_RISICOS))
W_CAPACITEIT_ITEMS = [("Algemene reserve (stand 1 januari 2026)", RES_STAND["Algemene reserve"][0]),
                      ("Onbenutte belastingcapaciteit", ONBENUTTE_BELASTINGCAPACITEIT),
                      ("Stille reserves (verkoopwaarde gronden en gebouwen)", STILLE_RESERVES),
                      ("Post onvoorzien", ONVOORZIEN_2026 // 1000)]
W_CAPACITEIT = sum(v for _, v in W_CAPACITEIT_ITEMS)
W_RATIO = rhu(W_CAPACITEIT / W_BENODIGD, 2)

# ---------------------------------------------------------------------------------------
# STADSBANK OOST NEDERLAND, Jaarstukken 2025
# ---------------------------------------------------------------------------------------
SB_TARIEF_INWONER = 6.50        # euro per inwoner
SB_TARIEF_TRAJECT = 1450        # euro per traject
# name, inwoners 1-1-2025, trajecten 2025 (werkelijk, invoiced), trajecten begroot 2025
SB_MEMBERS = [
    ("Aalten", 27412, 71, 68),
    ("Almelo", 74318, 262, 250),
    ("Berkelland", 44561, 118, 120),
    ("Borne", 24387, 64, 60),
    ("Bronckhorst", 37946, 82, 85),
    ("Dinkelland", DK_INWONERS, 98, 90),
    ("Doetinchem", 59731, 201, 195),
    ("Enschede", 161274, 612, 590),
    ("Haaksbergen", 24716, 69, 66),
    ("Hellendoorn", 36912, 97, 92),
    ("Hengelo", 82165, 284, 270),
    ("Hof van Twente", 35468, 88, 90),
    ("Lochem", 34297, 79, 75),
    ("Losser", 22941, 61, 58),
    ("Montferland", 36583, 104, 98),
    ("Oldenzaal", 32146, 103, 100),
    ("Oost Gelre", 30354, 72, 70),
    ("Oude IJsselstreek", 40028, 121, 115),
    ("Rijssen-Holten", 38962, 84, 80),
    ("Tubbergen", 21847, 46, 50),
    ("Twenterand", 34126, 141, 130),
    ("Wierden", 25238, 67, 65),
    ("Winterswijk", 29371, 92, 88),
    ("Zutphen", 48935, 163, 155),
]


SB = {}            # per member: inwoners, trajecten, begroot, werkelijk, per_inwoner, aandeel
for name, inw, tr, trb in SB_MEMBERS:
    SB[name] = dict(inwoners=inw, trajecten=tr,
                    begroot=rhu(inw * SB_TARIEF_INWONER + trb * SB_TARIEF_TRAJECT),
                    werkelijk=rhu(inw * SB_TARIEF_INWONER + tr * SB_TARIEF_TRAJECT))
SB_TOT = dict(inwoners=sum(v["inwoners"] for v in SB.values()),
              trajecten=sum(v["trajecten"] for v in SB.values()),
              begroot=sum(v["begroot"] for v in SB.values()),
              werkelijk=sum(v["werkelijk"] for v in SB.values()))
for name, v in SB.items():
    v["per_inwoner"] = rhu(v["werkelijk"] / v["inwoners"], 2)
    v["aandeel"] = rhu(v["werkelijk"] / SB_TOT["werkelijk"] * 100, 1)
SB_TOT["per_inwoner"] = rhu(SB_TOT["werkelijk"] / SB_TOT["inwoners"], 2)
assert abs(sum(v["aandeel"] for v in SB.values()) - 100) < 0.6

# Dinkelland's own begroting books the Stadsbank's begroot 2025 figure for 2025
VERBONDEN = [(n, r, (SB["Dinkelland"]["begroot"] if n == "Stadsbank Oost Nederland" else b25), b26)
             for n, r, b25, b26 in VERBONDEN]

SB_TRAJECTEN_2024 = 3018
SB_COLS = ["2024", "prim", "nawijz", "werk"]   # werkelijk 2024, 2025 begroot primitief, na wijziging, werkelijk
SB_SHV_L = [
    ("Schuldhulpverlening en schuldregeling", [6412380, 6890000, 7085000, 6842716]),
    ("Budgetbeheer en beschermingsbewind", [2614905, 2710000, 2740000, 2702394]),
    ("Vroegsignalering en preventie", [656930, 720000, 740000, 717737]),
]
SB_SHV_B = [
    ("Vergoedingen budgetbeheer en bewindvoering", [1284610, 1310000, 1325000, 1351288]),
    ("Overige baten", [96412, 60000, 85000, 112540]),
]
SB_KV_L = [
    ("Rentelasten financiering", [418300, 465000, 480000, 471250]),
    ("Dotatie voorziening dubieuze debiteuren", [212406, 195000, 230000, 245706]),
    ("Uitvoeringskosten kredietverlening", [804215, 840000, 850000, 836518]),
]
SB_KV_B = [
    ("Rentebaten kredieten", [1124860, 1180000, 1215000, 1238415]),
    ("Overige baten (incasso- en administratiekosten)", [38740, 35000, 35000, 41320]),
]
SB_OH_L = [1912380, 1985000, 2010000, 1968244]
SB_BIJDRAGEN_2024 = 10731650
SB_TOEV = [40000, 45000, 45000, 45000]
SB_ONTT = [96200, None, None, 180750]     # begroot onttrekkingen close the begroting (None)


def _sum_rows(rows, i):
    return sum(r[1][i] for r in rows)


SB_BIJDRAGEN_JAREN = [("2021", 9846220, 2612), ("2022", 10114875, 2730), ("2023", 10402310, 2874),
                      ("2024", SB_BIJDRAGEN_2024, SB_TRAJECTEN_2024), ("2025", SB_TOT["werkelijk"], SB_TOT["trajecten"])]
SB_BIJDRAGEN = [SB_BIJDRAGEN_2024, SB_TOT["begroot"], SB_TOT["begroot"], SB_TOT["werkelijk"]]
SB_F = {}
for i, c in enumerate(SB_COLS):
    shv_l, shv_b = _sum_rows(SB_SHV_L, i), _sum_rows(SB_SHV_B, i)
    kv_l, kv_b = _sum_rows(SB_KV_L, i), _sum_rows(SB_KV_B, i)
    SB_F[c] = dict(shv_l=shv_l, shv_b=shv_b, shv_s=shv_b - shv_l, kv_l=kv_l, kv_b=kv_b, kv_s=kv_b - kv_l,
                   oh_l=SB_OH_L[i], oh_s=-SB_OH_L[i], bijdragen=SB_BIJDRAGEN[i])
    f = SB_F[c]
    f["tot_l"] = shv_l + kv_l + SB_OH_L[i]
    f["tot_b"] = shv_b + kv_b + SB_BIJDRAGEN[i]
    f["saldo"] = f["tot_b"] - f["tot_l"]
    f["toev"] = SB_TOEV[i]
    if SB_ONTT[i] is None:           # a begroting closes at resultaat 0
        SB_ONTT[i] = f["toev"] - f["saldo"]
    f["ontt"] = SB_ONTT[i]
    f["resultaat"] = f["saldo"] - f["toev"] + f["ontt"]
assert SB_F["prim"]["resultaat"] == 0 and SB_F["nawijz"]["resultaat"] == 0
assert SB_F["prim"]["ontt"] > 0 and SB_F["nawijz"]["ontt"] > 0
SB_RES_2025 = SB_F["werk"]["resultaat"]
SB_RES_2024 = SB_F["2024"]["resultaat"]
assert 250000 < SB_RES_2025 < 900000, SB_RES_2025
assert 214000 < SB_RES_2024 < 600000, SB_RES_2024

# bestemming resultaat 2024 (already decided) and the proposal for 2025
SB_BEST_2024 = [("Algemene reserve", 64000), ("Bestemmingsreserve vroegsignalering", 150000)]
SB_BEST_2024_TERUG = SB_RES_2024 - sum(v for _, v in SB_BEST_2024)
SB_BEST_2025 = [("Toevoeging aan de algemene reserve", 120000),
                ("Toevoeging aan de bestemmingsreserve digitalisering", 100000)]
SB_BEST_2025_TERUG = SB_RES_2025 - sum(v for _, v in SB_BEST_2025)
assert SB_BEST_2025_TERUG > 0

# reserves: stand 1-1-2025, bestemming resultaat 2024, toevoegingen 2025, onttrekkingen 2025
SB_RESERVES = [
    ("Algemene reserve", 742300, 64000, 0, 0),
    ("Bestemmingsreserve digitalisering", 310000, 0, 0, 118450),
    ("Bestemmingsreserve vroegsignalering", 0, 150000, 0, 62300),
    ("Egalisatiereserve huisvesting", 180000, 0, 45000, 0),
]
for n, s, b, t, o in SB_RESERVES:
    assert s + b + t - o >= 0
SB_RES_STAND = {n: s + b + t - o for n, s, b, t, o in SB_RESERVES}
SB_RES_TOT = dict(s=sum(r[1] for r in SB_RESERVES), b=sum(r[2] for r in SB_RESERVES),
                  t=sum(r[3] for r in SB_RESERVES), o=sum(r[4] for r in SB_RESERVES))
SB_RES_TOT["e"] = SB_RES_TOT["s"] + SB_RES_TOT["b"] + SB_RES_TOT["t"] - SB_RES_TOT["o"]
assert SB_RES_TOT["t"] == SB_F["werk"]["toev"]
assert SB_RES_TOT["o"] == SB_F["werk"]["ontt"]
assert SB_RES_TOT["b"] == sum(v for _, v in SB_BEST_2024)

# credit portfolio (euros)
SB_KRED = {  # year: stand 1-1, verstrekt, aflossingen, afboekingen
    "2024": [16912400, 5802300, 4680574, 187906],
    "2025": [17846220, 6184500, 5326814, 188406],
}
SB_KRED_END = {y: v[0] + v[1] - v[2] - v[3] for y, v in SB_KRED.items()}
assert SB_KRED_END["2024"] == SB_KRED["2025"][0]
SB_KRED_AANTAL = {"2024": (1156, 3918), "2025": (1214, 4062)}   # nieuwe kredieten, lopend 31-12
SB_PRODUCTEN = [   # product, aantal verstrekt 2025, bedrag verstrekt 2025, uitstaand 31-12-2025
    ("Saneringskredieten", 311, 2912400, 8214300),
    ("Sociale kredieten", 688, 2386600, 7352700),
    ("Duurzaamheidsleningen", 215, 885500, 2948500),
]
assert sum(p[1] for p in SB_PRODUCTEN) == SB_KRED_AANTAL["2025"][0]
assert sum(p[2] for p in SB_PRODUCTEN) == SB_KRED["2025"][1]
assert sum(p[3] for p in SB_PRODUCTEN) == SB_KRED_END["2025"]
SB_VOORZ_DUB = {"2023": 1064400}
SB_VOORZ_DUB["2024"] = SB_VOORZ_DUB["2023"] - SB_KRED["2024"][3] + SB_KV_L[1][1][0]
SB_VOORZ_DUB["2025"] = SB_VOORZ_DUB["2024"] - SB_KRED["2025"][3] + SB_KV_L[1][1][3]
assert SB_VOORZ_DUB["2024"] == 1088900 and SB_VOORZ_DUB["2025"] == 1146200
SB_RENTE_KRED = ("6,5%", "6,8%")      # 2024, 2025 average rate on outstanding credits
SB_RENTE_FIN = "3,1%"

# prestaties (werkelijk 2024, begroot 2025, werkelijk 2025), printed strings
SB_AANMELDINGEN = {"2021": 2684, "2022": 2811, "2023": 2967, "2024": 3142, "2025": 3412}
SB_PRESTATIES = [
    ("Aanmeldingen schuldhulpverlening", "3.142", "3.200", "3.412"),
    ("Trajecten schuldhulpverlening (in rekening gebracht bij de gemeenten)", "3.018",
     None, None),     # filled from the member table
    ("Minnelijke schuldregelingen tot stand gekomen", "412", "430", "447"),
    ("Saneringskredieten verstrekt (aantal)", "286", "300", "311"),
    ("Gemiddelde wachttijd tot het eerste gesprek (werkdagen)", "9", "10", "12"),
    ("Cliënten in budgetbeheer of bewindvoering op 31 december", "1.486", "1.500", "1.532"),
    ("Signalen van betalingsachterstanden (vroegsignalering)", "8.214", "n.v.t.", "9.906"),
    ("Klanttevredenheid (rapportcijfer)", "7,6", "7,5", "7,7"),
]
SB_GROEI_2025 = rhu((SB_AANMELDINGEN["2025"] / SB_AANMELDINGEN["2024"] - 1) * 100, 1)

# personeel (fte)
SB_FTE = [  # afdeling, formatie 2025, bezetting 31-12-2025, bezetting 31-12-2024
    ("Schuldhulpverlening", 61.8, 59.4, 57.2),
    ("Budgetbeheer en bewindvoering", 22.5, 22.9, 21.6),
    ("Kredietverlening", 10.2, 9.6, 9.8),
    ("Bedrijfsvoering en staf", 15.5, 14.8, 15.1),
]
SB_FTE_TOT = tuple(round(sum(r[i] for r in SB_FTE), 1) for i in (1, 2, 3))

# balans (euros) 31-12-2025, 31-12-2024
SB_BAL = {
    "Materiële vaste activa": (412600, 468300),
    "Verstrekte kredieten aan inwoners": (SB_KRED_END["2025"] - SB_VOORZ_DUB["2025"],
                                          SB_KRED_END["2024"] - SB_VOORZ_DUB["2024"]),
    "Uitzettingen met een looptijd korter dan één jaar": (612480, 548900),
    "Liquide middelen": (None, None),
    "Overlopende activa": (186300, 172450),
    "Eigen vermogen": (None, None),
    "Voorzieningen": (86000, 92000),
    "Vaste schulden (onderhandse leningen BNG Bank)": (15300000, 14600000),
    "Netto vlottende schulden": (1184620, 1246800),
    "Overlopende passiva": (742115, 698400),
}
# eigen vermogen = reserves + resultaat of the year
_ev25 = SB_RES_TOT["e"] + SB_RES_2025
_ev24 = SB_RES_TOT["s"] + SB_RES_2024
SB_BAL["Eigen vermogen"] = (_ev25, _ev24)
_pas = [sum(SB_BAL[k][i] for k in ["Eigen vermogen", "Voorzieningen", "Vaste schulden (onderhandse leningen BNG Bank)",
                                   "Netto vlottende schulden", "Overlopende passiva"]) for i in (0, 1)]
_act_wo = [sum(SB_BAL[k][i] for k in ["Materiële vaste activa", "Verstrekte kredieten aan inwoners",
                                      "Uitzettingen met een looptijd korter dan één jaar", "Overlopende activa"])
           for i in (0, 1)]
SB_BAL["Liquide middelen"] = (_pas[0] - _act_wo[0], _pas[1] - _act_wo[1])
assert SB_BAL["Liquide middelen"][0] > 0 and SB_BAL["Liquide middelen"][1] > 0, SB_BAL["Liquide middelen"]
SB_BAL_TOT = tuple(_pas)
SB_ACTIVA = ["Materiële vaste activa", "Verstrekte kredieten aan inwoners",
             "Uitzettingen met een looptijd korter dan één jaar", "Liquide middelen", "Overlopende activa"]
SB_PASSIVA = ["Eigen vermogen", "Voorzieningen", "Vaste schulden (onderhandse leningen BNG Bank)",
              "Netto vlottende schulden", "Overlopende passiva"]
for i in (0, 1):
    assert sum(SB_BAL[k][i] for k in SB_ACTIVA) == sum(SB_BAL[k][i] for k in SB_PASSIVA)

# kengetallen (percent, one decimal), computed from the balans and the overview
def _sb_keng(i, col):
    tot_b = SB_F[col]["tot_b"]
    schuld = sum(SB_BAL[k][i] for k in ["Vaste schulden (onderhandse leningen BNG Bank)", "Netto vlottende schulden",
                                        "Overlopende passiva"])
    vlot = sum(SB_BAL[k][i] for k in ["Uitzettingen met een looptijd korter dan één jaar", "Liquide middelen",
                                      "Overlopende activa"])
    nsq = rhu((schuld - vlot) / tot_b * 100, 1)
    nsq_g = rhu((schuld - vlot - SB_BAL["Verstrekte kredieten aan inwoners"][i]) / tot_b * 100, 1)
    solv = rhu(SB_BAL["Eigen vermogen"][i] / SB_BAL_TOT[i] * 100, 1)
    return nsq, nsq_g, solv


SB_KENG = {"2025": _sb_keng(0, "werk"), "2024": _sb_keng(1, "2024")}
SB_KENG_BEGR = (118.0, -16.5, 6.1)            # begroting 2025 (typed)
SB_STRUCT = {"2024": 1.2, "begr": 0.0, "2025": 2.4}

# weerstandsvermogen (euros)
SB_RISICOS = [("Oninbaarheid van kredieten boven de voorziening", 40, 600000),
              ("Stijging van de rente op nieuwe financiering", 30, 400000),
              ("Hogere instroom in schuldhulpverlening dan begroot", 50, 500000),
              ("Uitval van ICT-systemen en datalekken", 20, 250000)]
SB_W_BENODIGD = rhu(sum(k * e / 100 for _, k, e in SB_RISICOS))
SB_W_CAPACITEIT = SB_RES_STAND["Algemene reserve"]
SB_W_RATIO = rhu(SB_W_CAPACITEIT / SB_W_BENODIGD, 2)

if __name__ == "__main__":
    for g in GROUPS:
        print(g, {y: (PL[g][y], PB[g][y], PS[g][y]) for y in DK_YEARS})
    print("TOT", TOT_L, TOT_B, TOT_S)
    print("RES", RES_TOEV, RES_ONTT, RESULT)
    print("DEKKING", DEKKING["Algemene uitkering gemeentefonds"], DEKKING_TOTAL)
    print("ACT 2026", {n: ACT[n]["2026"] for n in ACT})
    print("TV tot", TV_TOT_L, TV_TOT_B, TV_TOT_S)
    print("RES_STAND", RES_STAND, RES_TOT)
    print("W", W_BENODIGD, W_CAPACITEIT, W_RATIO)
    print("SB tot", SB_TOT)
    for c in SB_COLS:
        print(c, SB_F[c])
    print("SB res", SB_RES_2025, SB_RES_2024, SB_BEST_2024_TERUG, SB_BEST_2025_TERUG)
    print("SB bal", SB_BAL, SB_BAL_TOT)
    print("SB keng", SB_KENG)
    print("SB W", SB_W_BENODIGD, SB_W_CAPACITEIT, SB_W_RATIO)
    print("Dinkelland", SB["Dinkelland"], "Twenterand", SB["Twenterand"])
