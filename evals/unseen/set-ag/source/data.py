"""Every figure of both set-ag documents, typed once. Totals, saldi, stands and shares are computed here.

Gemeente Hessendonk, Programmabegroting 2037 (WeasyPrint PDF) and
Veiligheidsregio Ravenstreek, Jaarrekening 2036 (groff -ms + tbl PDF).
Run `python data.py` to execute the consistency asserts and print a summary.
"""
from __future__ import annotations

# ======================================================================================================
# Gemeente Hessendonk, Programmabegroting 2037
# ======================================================================================================
MUNI = "Hessendonk"
YEAR = 2037
MUNI_FILE = "hessendonk-programmabegroting-2037.pdf"
MUNI_TITLE = "Programmabegroting 2037"
YEARS = [2036, 2037, 2038, 2039, 2040]          # Begroting 2036, Begroting 2037, Raming 2038-2040
INWONERS = 41_286


def k(v: int) -> int:
    """euros -> thousands, half away from zero"""
    return (v + 500) // 1000 if v >= 0 else -((-v + 500) // 1000)


# Taakvelden 2037 (euros): code, name, programme, lasten, baten. 0.7 baten, 0.10 and 0.11 are computed below.
TAAKVELDEN = [
    ("0.1", "Bestuur", "P1", 3_412_806, 52_140),
    ("0.2", "Burgerzaken", "P1", 1_286_419, 612_305),
    ("1.1", "Crisisbeheersing en brandweer", "P1", 5_318_772, 0),
    ("1.2", "Openbare orde en veiligheid", "P1", 1_044_318, 38_900),
    ("2.1", "Verkeer, wegen en water", "P2", 6_871_204, 412_660),
    ("2.2", "Parkeren", "P2", 318_450, 905_120),
    ("2.4", "Economische havens en waterwegen", "P2", 92_310, 14_000),
    ("2.5", "Openbaar vervoer", "P2", 143_227, 0),
    ("5.7", "Openbaar groen en (openlucht) recreatie", "P2", 4_215_903, 96_475),
    ("7.2", "Riolering", "P2", 5_318_664, 6_402_118),
    ("7.3", "Afval", "P2", 5_887_431, 6_944_210),
    ("3.1", "Economische ontwikkeling", "P3", 612_840, 25_000),
    ("3.2", "Fysieke bedrijfsinfrastructuur", "P3", 1_904_377, 2_116_500),
    ("3.3", "Bedrijvenloket en bedrijfsregelingen", "P3", 201_946, 44_120),
    ("3.4", "Economische promotie", "P3", 388_105, 276_900),
    ("6.4", "Begeleide participatie", "P3", 4_902_615, 0),
    ("6.5", "Arbeidsparticipatie", "P3", 2_318_770, 0),
    ("4.1", "Openbaar basisonderwijs", "P4", 402_118, 18_300),
    ("4.2", "Onderwijshuisvesting", "P4", 3_276_540, 184_210),
    ("4.3", "Onderwijsbeleid en leerlingzaken", "P4", 2_133_906, 712_445),
    ("5.1", "Sportbeleid en activering", "P4", 702_611, 12_500),
    ("5.2", "Sportaccommodaties", "P4", 3_488_207, 1_102_760),
    ("5.3", "Cultuurpresentatie, cultuurproductie en cultuurparticipatie", "P4", 1_392_480, 86_000),
    ("5.4", "Musea", "P4", 456_300, 61_250),
    ("5.5", "Cultureel erfgoed", "P4", 288_915, 5_000),
    ("5.6", "Media", "P4", 1_024_730, 40_150),
    ("6.1", "Samenkracht en burgerparticipatie", "P5", 3_655_420, 148_700),
    ("6.2", "Toegang en eerstelijnsvoorzieningen", "P5", 4_118_905, 0),
    ("6.3", "Inkomensregelingen", "P5", 14_212_630, 10_846_115),
    ("6.6", "Maatwerkvoorzieningen (Wmo)", "P5", 1_876_244, 72_000),
    ("6.71", "Maatwerkdienstverlening 18+", "P5", 8_914_306, 604_880),
    ("6.72", "Maatwerkdienstverlening 18-", "P5", 12_480_517, 0),
    ("6.81", "Geëscaleerde zorg 18+", "P5", 1_308_442, 0),
    ("6.82", "Geëscaleerde zorg 18-", "P5", 2_745_190, 0),
    ("7.1", "Volksgezondheid", "P5", 2_188_063, 15_400),
    ("7.4", "Milieubeheer", "P6", 2_604_338, 318_050),
    ("7.5", "Begraafplaatsen en crematoria", "P6", 512_770, 486_300),
    ("8.1", "Ruimtelijke ordening", "P6", 1_418_206, 166_000),
    ("8.2", "Grondexploitatie (niet-bedrijventerreinen)", "P6", 3_960_115, 4_212_880),
    ("8.3", "Wonen en bouwen", "P6", 2_271_469, 1_488_390),
    ("0.4", "Overhead", "P0", 14_802_655, 402_300),
    ("0.5", "Treasury", "P0", 312_460, 1_284_017),
    ("0.61", "OZB woningen", "P0", 318_200, 6_905_112),
    ("0.62", "OZB niet-woningen", "P0", 0, 3_618_440),
    ("0.64", "Belastingen overig", "P0", 12_300, 402_880),
    ("0.7", "Algemene uitkering en overige uitkeringen gemeentefonds", "P0", 0, None),
    ("0.8", "Overige baten en lasten", "P0", 450_000, 0),
    ("0.9", "Vennootschapsbelasting (VpB)", "P0", 21_000, 0),
]
# footnotes in the taakveld table (marker on the row label)
TV_FOOTNOTES = {
    "1.1": (1, "Inclusief de gemeentelijke bijdrage aan Veiligheidsregio Ravenstreek."),
    "6.71": (2, "Inclusief de inkoop van begeleiding en dagbesteding via de regionale inkooporganisatie."),
    "6.72": (3, "Jeugdhulp ambulant en met verblijf; de stijging is toegelicht in paragraaf 1.2."),
}

PROGRAMMES = [  # id, number, name
    ("P1", 1, "Bestuur en veiligheid"),
    ("P2", 2, "Openbare ruimte en mobiliteit"),
    ("P3", 3, "Economie en werk"),
    ("P4", 4, "Onderwijs, sport en cultuur"),
    ("P5", 5, "Sociaal domein"),
    ("P6", 6, "Wonen, ruimte en duurzaamheid"),
]
P0_NAME = "Algemene dekkingsmiddelen en overhead"

# Lasten / baten in thousands for the years other than 2037: (2036, 2038, 2039, 2040)
PROG_K = {
    "P1": {"lasten": (10_688, 11_160, 11_231, 11_302), "baten": (688, 705, 705, 705)},
    "P2": {"lasten": (21_934, 22_988, 23_240, 23_106), "baten": (14_402, 15_012, 15_308, 15_590)},
    "P3": {"lasten": (10_104, 10_277, 10_190, 10_158), "baten": (2_302, 2_465, 2_465, 2_470)},
    "P4": {"lasten": (12_641, 13_520, 13_402, 13_388), "baten": (2_190, 2_232, 2_240, 2_240)},
    "P5": {"lasten": (49_708, 51_780, 52_144, 52_610), "baten": (11_503, 11_720, 11_720, 11_720)},
    "P6": {"lasten": (10_215, 10_590, 9_876, 9_702), "baten": (6_240, 6_612, 5_904, 5_810)},
    "P0": {"lasten": (15_410, 16_120, 16_208, 16_301), "baten": (None, None, None, None)},  # baten closes
}
# Geraamd resultaat (thousands) targets for 2036, 2038-2040 (the algemene uitkering closes them); 2037 in euros
RESULT_TARGET_K = {2036: 0, 2038: 186, 2039: -94, 2040: 238}
RESULT_2037 = 411_874

# Reserves (euros): programme, stand 1-1-2037, mutations per year 2037..2040 as (toevoeging, onttrekking)
RESERVES = [
    ("Algemene reserve", "P0", 18_406_220, [(0, 650_000), (0, 300_000), (0, 0), (250_000, 0)]),
    ("Reserve ondermijning en handhaving", "P1", 245_000, [(0, 80_000), (0, 80_000), (0, 85_000), (0, 0)]),
    ("Reserve onderhoud wegen en kunstwerken", "P2", 3_118_450, [(400_000, 1_250_000), (400_000, 900_000),
                                                               (400_000, 400_000), (400_000, 350_000)]),
    ("Egalisatiereserve riolering", "P2", 1_904_312, [(0, 212_600), (0, 180_000), (95_000, 0), (120_000, 0)]),
    ("Egalisatiereserve afvalstoffenheffing", "P2", 612_875, [(0, 180_000), (0, 150_000), (0, 120_000), (0, 0)]),
    ("Reserve bedrijventerrein Loosdonk", "P3", 1_402_660, [(0, 310_000), (0, 275_000), (0, 0), (0, 0)]),
    ("Reserve onderwijshuisvesting", "P4", 4_870_115, [(725_000, 1_640_000), (725_000, 2_210_000),
                                                      (725_000, 0), (725_000, 0)]),
    ("Reserve kapitaallasten sportpark Ommerkamp", "P4", 2_260_000, [(0, 113_000), (0, 113_000), (0, 113_000),
                                                                     (0, 113_000)]),
    ("Reserve sociaal domein", "P5", 2_854_300, [(0, 1_200_000), (0, 600_000), (0, 0), (0, 0)]),
    ("Reserve duurzaamheid en energietransitie", "P6", 1_730_480, [(250_000, 515_000), (250_000, 400_000),
                                                                   (0, 350_000), (0, 0)]),
    ("Reserve grondexploitatie", "P6", 3_415_000, [(180_000, 0), (120_000, 0), (0, 0), (0, 0)]),
]
VOORZIENINGEN = [
    ("Voorziening groot onderhoud gemeentelijke gebouwen", 2_318_900, [(612_000, 544_000), (612_000, 1_030_000),
                                                                      (612_000, 402_000), (612_000, 588_000)]),
    ("Voorziening pensioenen wethouders", 3_106_450, [(118_000, 96_500), (118_000, 101_200), (118_000, 104_000),
                                                     (118_000, 109_300)]),
    ("Voorziening vervanging riolering", 4_455_200, [(980_000, 1_120_000), (980_000, 860_000), (980_000, 1_240_000),
                                                    (980_000, 1_010_000)]),
]
# programme-level reserve mutations for Begroting 2036 (thousands): (toevoeging, onttrekking)
RES_2036_K = {"P0": (0, 1_100), "P1": (0, 60), "P2": (400, 1_480), "P3": (0, 350), "P4": (725, 930),
              "P5": (0, 1_650), "P6": (430, 610)}

# Investeringen per programme (thousands): name, (2037, 2038, 2039, 2040)
INVEST = {
    "P1": [("Vervanging camerasysteem centrum", (185, 0, 0, 0)), ("Digitalisering raadzaal", (120, 0, 40, 0))],
    "P2": [("Vervanging Mergelbrug", (2_450, 1_100, 0, 0)), ("Herinrichting Kastanjelaan", (860, 0, 0, 0)),
           ("Vervanging riolering Plaggenveld", (1_320, 1_480, 1_150, 0))],
    "P3": [("Revitalisering bedrijventerrein Loosdonk", (1_750, 900, 0, 0))],
    "P4": [("Nieuwbouw basisschool Borkelhoven", (3_900, 4_250, 0, 0)), ("Kunstgrasveld sportpark Ommerkamp", (0, 540, 0, 0)),
           ("Renovatie bibliotheek", (0, 0, 1_200, 0))],
    "P5": [("Huisvesting sociaal team Hessendonk-Zuid", (640, 0, 0, 0))],
    "P6": [("Verduurzaming gemeentelijk vastgoed", (1_150, 1_150, 950, 800)), ("Uitbreiding begraafplaats Kalverdijk", (0, 380, 0, 0))],
}

# Incidentele baten en lasten (euros): programme no, omschrijving, (2037, 2038, 2039, 2040)
INC_LASTEN = [
    (1, "Gemeenteraadsverkiezingen 2038", (0, 168_000, 0, 0)),
    (2, "Extra inspectie bruggen en kademuren", (145_000, 145_000, 0, 0)),
    (4, "Onderwijsachterstandenbeleid (overgangsregeling)", (310_500, 0, 0, 0)),
    (5, "Transformatieplan jeugdhulp", (1_200_000, 600_000, 0, 0)),
    (5, "Uitvoering Wijkaanpak Hessendonk-Zuid", (428_000, 214_000, 0, 0)),
    (6, "Energieloket en isolatiesubsidies", (515_000, 400_000, 350_000, 0)),
]
INC_BATEN = [
    (5, "Onttrekking reserve sociaal domein", (1_200_000, 600_000, 0, 0)),
    (6, "Onttrekking reserve duurzaamheid en energietransitie", (515_000, 400_000, 350_000, 0)),
    (6, "Rijksbijdrage Volkshuisvestingsfonds", (384_000, 0, 0, 0)),
    (2, "Verkoop restkavels Mergeldijk", (265_000, 0, 0, 0)),
]
INC_FOOTNOTES = {"Uitvoering Wijkaanpak Hessendonk-Zuid": (4, "Gedekt uit de decentralisatie-uitkering Wijkaanpak; "
                                                               "de middelen zijn opgenomen in taakveld 6.1.")}

# Lokale heffingen: name, unit kind, tarief 2036, tarief 2037
TARIEVEN = [
    ("OZB eigenaren woningen", "pct", 0.0712, 0.0738),
    ("OZB eigenaren niet-woningen", "pct", 0.1834, 0.1889),
    ("OZB gebruikers niet-woningen", "pct", 0.1451, 0.1495),
    ("Afvalstoffenheffing eenpersoonshuishouden", "eur", 268.40, 279.60),
    ("Afvalstoffenheffing meerpersoonshuishouden", "eur", 341.20, 352.80),
    ("Rioolheffing per aansluiting", "eur", 229.80, 236.70),
    ("Precariobelasting terrassen per m2", "eur", 21.15, 21.80),
]
# Kengetallen (percent): Rekening 2035, Begroting 2036, Begroting 2037, Raming 2038, 2039, 2040
KENGETALLEN = [
    ("Netto schuldquote", (58.4, 61.2, 63.7, 66.1, 64.9, 62.8)),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", (55.9, 58.8, 61.3, 63.8, 62.6, 60.5)),
    ("Solvabiliteitsratio", (31.6, 30.2, 29.4, 28.7, 29.1, 29.8)),
    ("Structurele exploitatieruimte", (1.4, 0.6, 0.9, 0.5, 0.2, 0.7)),
    ("Grondexploitatie", (6.8, 7.5, 7.1, 5.9, 4.2, 3.0)),
    ("Belastingcapaciteit", (104.0, 106.0, 108.0, 108.0, 109.0, 109.0)),
]
WEERSTAND_BESCHIKBAAR = 24_911_000
WEERSTAND_BENODIGD = 14_650_000

# prose figures (printed in the text exactly as here)
JEUGD_STIJGING_MLN = "1,2"          # "De lasten voor jeugdzorg stijgen met € 1,2 miljoen"
OZB_OPBRENGST_STIJGING = 640_000     # "neemt de opbrengst van de OZB toe met € 640.000"
VR_BIJDRAGE_STIJGING = 186_000       # "stijgt de bijdrage aan Veiligheidsregio Ravenstreek met € 186.000"
VR_BIJDRAGE_2037 = 5_118_000         # "tot € 5.118.000"

# ------------------------------------------------------------------------------------------------------
# computed
PROG_NAME = {pid: name for pid, _, name in PROGRAMMES}
PROG_NAME["P0"] = P0_NAME


def res_mut(pid: str, yi: int) -> tuple[int, int]:
    """(toevoeging, onttrekking) in euros of programme pid in year index yi (0 = 2037)."""
    t = sum(m[yi][0] for _, p, _, m in RESERVES if p == pid)
    o = sum(m[yi][1] for _, p, _, m in RESERVES if p == pid)
    return t, o


TOT_TOEV_2037 = sum(res_mut(p, 0)[0] for p in PROG_NAME)
TOT_ONTT_2037 = sum(res_mut(p, 0)[1] for p in PROG_NAME)
_l = sum(t[3] for t in TAAKVELDEN)
_b = sum(t[4] or 0 for t in TAAKVELDEN)
# resultaat = baten - lasten - toevoegingen + onttrekkingen  ->  algemene uitkering closes it
ALG_UITKERING_2037 = RESULT_2037 - (_b - _l - TOT_TOEV_2037 + TOT_ONTT_2037)
TV = []     # (code, name, programme, lasten, baten) incl. 0.7, 0.10, 0.11
for code, name, p, l_, b_ in TAAKVELDEN:
    TV.append((code, name, p, l_, ALG_UITKERING_2037 if code == "0.7" else b_))
TV.append(("0.10", "Mutaties reserves", "RES", TOT_TOEV_2037, TOT_ONTT_2037))
TV.append(("0.11", "Resultaat van de rekening van baten en lasten", "RES", RESULT_2037, 0))


def bbv_key(t) -> tuple:
    """BBV order of taakveld codes: 0.1 .. 0.61, 0.62, 0.64, 0.7, 0.8, 0.9, 0.10, 0.11"""
    major, minor = t[0].split(".")
    return (int(major), int(minor) if minor in ("10", "11") else int(minor[0]), minor)


TV_TOTAL_L = sum(t[3] for t in TV)
TV_TOTAL_B = sum(t[4] for t in TV)
assert TV_TOTAL_L == TV_TOTAL_B, (TV_TOTAL_L, TV_TOTAL_B)   # the taakveld overview balances

PROG = {}   # pid -> rows (thousands) per year index 0..4 (2036..2040)
for pid in PROG_NAME:
    lk, bk = PROG_K[pid]["lasten"], PROG_K[pid]["baten"]
    l37 = sum(t[3] for t in TV if t[2] == pid)
    b37 = sum(t[4] for t in TV if t[2] == pid)
    lasten = [lk[0], k(l37), lk[1], lk[2], lk[3]]
    baten = [bk[0], k(b37), bk[1], bk[2], bk[3]]
    toev = [RES_2036_K[pid][0]] + [k(res_mut(pid, i)[0]) for i in range(4)]
    ontt = [RES_2036_K[pid][1]] + [k(res_mut(pid, i)[1]) for i in range(4)]
    PROG[pid] = {"lasten": lasten, "baten": baten, "toev": toev, "ontt": ontt, "l37_eur": l37, "b37_eur": b37}

# algemene uitkering in thousands for the other years: closes the geraamd resultaat target
for yi, y in enumerate(YEARS):
    if y == 2037:
        continue
    others = sum(PROG[p]["baten"][yi] - PROG[p]["lasten"][yi] - PROG[p]["toev"][yi] + PROG[p]["ontt"][yi]
                 for p in PROG_NAME if p != "P0")
    p0 = PROG["P0"]
    p0["baten"][yi] = RESULT_TARGET_K[y] - others + p0["lasten"][yi] + p0["toev"][yi] - p0["ontt"][yi]
for pid, r in PROG.items():
    r["saldo"] = [b - l for b, l in zip(r["baten"], r["lasten"])]
    r["result"] = [s - t + o for s, t, o in zip(r["saldo"], r["toev"], r["ontt"])]
TOTAL = {key: [sum(PROG[p][key][i] for p in PROG) for i in range(5)]
         for key in ("lasten", "baten", "saldo", "toev", "ontt", "result")}
# the 2037 column of the overview is rounded from the exact euro totals (so it may differ from the sum of rounded rows)
TOTAL_2037_EUR = {"lasten": TV_TOTAL_L - TOT_TOEV_2037 - RESULT_2037, "baten": TV_TOTAL_B - TOT_ONTT_2037,
                  "toev": TOT_TOEV_2037, "ontt": TOT_ONTT_2037}
TOTAL_2037_EUR["saldo"] = TOTAL_2037_EUR["baten"] - TOTAL_2037_EUR["lasten"]
TOTAL_2037_EUR["result"] = TOTAL_2037_EUR["saldo"] - TOT_TOEV_2037 + TOT_ONTT_2037
assert TOTAL_2037_EUR["result"] == RESULT_2037
for key in TOTAL:
    assert abs(TOTAL[key][1] - k(TOTAL_2037_EUR[key])) <= 3, key
    TOTAL[key][1] = k(TOTAL_2037_EUR[key])
for yi, y in enumerate(YEARS):
    if y != 2037:
        assert TOTAL["result"][yi] == RESULT_TARGET_K[y], (y, TOTAL["result"][yi])


def reserve_path(stand: int, muts) -> list[int]:
    """stands at 31-12 of 2037..2040"""
    out, s = [], stand
    for t, o in muts:
        s = s + t - o
        out.append(s)
    return out


RES_STAND = {name: reserve_path(st, m) for name, _, st, m in RESERVES}
VOORZ_STAND = {name: reserve_path(st, m) for name, st, m in VOORZIENINGEN}
for v in list(RES_STAND.values()) + list(VOORZ_STAND.values()):
    assert min(v) >= 0
RES_TOTAL_BEGIN = sum(r[2] for r in RESERVES)
RES_TOTAL_2037 = sum(v[0] for v in RES_STAND.values())
INVEST_TOTAL = {p: tuple(sum(x[1][i] for x in rows) for i in range(4)) for p, rows in INVEST.items()}
INC_L_TOT = tuple(sum(x[2][i] for x in INC_LASTEN) for i in range(4))
INC_B_TOT = tuple(sum(x[2][i] for x in INC_BATEN) for i in range(4))
INC_SALDO = tuple(b - l for b, l in zip(INC_B_TOT, INC_L_TOT))
TARIEF_MUT = {name: round((t37 / t36 - 1) * 100, 1) for name, _, t36, t37 in TARIEVEN}
WEERSTAND_RATIO = round(WEERSTAND_BESCHIKBAAR / WEERSTAND_BENODIGD, 2)
# the jeugd prose figure: 6.72 lasten 2037 vs a typed 2036 figure
JEUGD_LASTEN_2036 = 11_262_840
assert round((TV[[t[0] for t in TV].index("6.72")][3] - JEUGD_LASTEN_2036) / 1e6, 1) == 1.2

# ======================================================================================================
# Veiligheidsregio Ravenstreek, Jaarrekening 2036
# ======================================================================================================
VR = "Veiligheidsregio Ravenstreek"
VR_YEAR = 2036
VR_FILE = "veiligheidsregio-ravenstreek-jaarrekening-2036.pdf"
VR_TITLE = "Jaarrekening 2036"

# lasten per product (euros): Begroting primitief, Begroting na wijziging, Realisatie
VR_LASTEN = [
    ("Repressie", 14_806_200, 15_118_400, 14_706_094),
    ("Risicobeheersing", 3_912_500, 3_980_100, 3_744_862),
    ("Vakbekwaamheid", 2_645_000, 2_712_300, 2_901_455),
    ("Meldkamer", 1_988_400, 2_025_900, 2_019_310),
    ("Crisisbeheersing en GHOR", 1_402_700, 1_431_000, 1_388_127),
    ("Bedrijfsvoering", 5_274_100, 5_402_800, 5_611_940),
]
VR_BATEN_OTHER = [   # baten except the gemeentelijke bijdragen
    ("Rijksbijdrage BDuR", 3_104_000, 3_151_200, 3_151_200),
    ("Overige baten", 412_000, 468_000, 612_418),
]
VR_GEMEENTEN = [  # deelnemer, inwoners 1-1-2035
    ("Hessendonk", 41_286), ("Aarlebroek", 28_917), ("Wesseldijk", 63_502), ("Torenvelde", 19_846),
    ("Schaapsdrift", 12_405), ("Lindenhaghe", 35_771), ("Beekerwoude", 22_630),
]
# reserve mutations as part of the exploitatie (euros): toevoeging, onttrekking per column
VR_RES_MUT = {"toev": (0, 0, 0), "ontt": (0, 250_000, 250_000)}
VR_RESULT_BEGROOT = 0     # begroting sluit sluitend

# bijdragen: total per column chosen so that the begroting closes at 0
def _bijdr_total(ci: int) -> int:
    lasten = sum(r[1 + ci] for r in VR_LASTEN)
    other = sum(r[1 + ci] for r in VR_BATEN_OTHER)
    return lasten - other + VR_RES_MUT["toev"][ci] - VR_RES_MUT["ontt"][ci] + VR_RESULT_BEGROOT


VR_BIJDR_TOTAL = [_bijdr_total(0), _bijdr_total(1)]
VR_BIJDR_TOTAL.append(VR_BIJDR_TOTAL[1])      # realisatie = begroting na wijziging


def _split(total: int) -> dict[str, int]:
    inw = sum(n for _, n in VR_GEMEENTEN)
    parts = {g: round(total * n / inw) for g, n in VR_GEMEENTEN}
    biggest = max(VR_GEMEENTEN, key=lambda x: x[1])[0]
    parts[biggest] += total - sum(parts.values())
    return parts


VR_BIJDR = {"prim": _split(VR_BIJDR_TOTAL[0]), "wijz": _split(VR_BIJDR_TOTAL[1])}
VR_INW_TOTAL = sum(n for _, n in VR_GEMEENTEN)
VR_AANDEEL = {g: round(100 * n / VR_INW_TOTAL, 2) for g, n in VR_GEMEENTEN}
VR_BIJDR_PER_INW = round(VR_BIJDR_TOTAL[1] / VR_INW_TOTAL, 2)

VR_L_TOT = [sum(r[1 + i] for r in VR_LASTEN) for i in range(3)]
VR_B_TOT = [VR_BIJDR_TOTAL[i] + sum(r[1 + i] for r in VR_BATEN_OTHER) for i in range(3)]
VR_SALDO = [b - l for b, l in zip(VR_B_TOT, VR_L_TOT)]
VR_RESULT = [s - t + o for s, t, o in zip(VR_SALDO, VR_RES_MUT["toev"], VR_RES_MUT["ontt"])]
assert VR_RESULT[0] == 0 and VR_RESULT[1] == 0
VR_VERSCHIL = {r[0]: r[2] - r[3] for r in VR_LASTEN}      # positive = voordeel (less spent)

# reserves: name, stand 1-1-2036, toevoeging, onttrekking, bestemming resultaat 2035
VR_RESERVES = [
    ("Algemene reserve", 1_640_500, 0, 0, 212_380),
    ("Reserve egalisatie kapitaallasten materieel", 2_105_000, 0, 250_000, 0),
    ("Reserve opleiden en oefenen", 318_000, 0, 0, 0),
    ("Reserve huisvesting kazerne Lijsterhof", 960_000, 0, 0, 0),
]
VR_RES_END = {n: b + t - o + r for n, b, t, o, r in VR_RESERVES}
VR_RES_TOT = [sum(r[i] for r in VR_RESERVES) for i in range(1, 5)]
VR_RES_TOT_END = sum(VR_RES_END.values())
VR_RESULT_2035 = 212_380
assert VR_RES_MUT["ontt"][2] == sum(r[3] for r in VR_RESERVES) and VR_RES_MUT["toev"][2] == sum(r[2] for r in VR_RESERVES)

# balans (euros): 31-12-2036, 31-12-2035. Liquide middelen close the activa side.
VR_ALG_RES_2035 = 1_640_500
VR_BESTEMMING_2035 = sum(r[1] for r in VR_RESERVES[1:])
VR_PASSIVA = [
    ("Algemene reserve", VR_RES_END["Algemene reserve"], VR_ALG_RES_2035),
    ("Bestemmingsreserves", sum(VR_RES_END[r[0]] for r in VR_RESERVES[1:]), VR_BESTEMMING_2035),
    ("Gerealiseerd resultaat", VR_RESULT[2], VR_RESULT_2035),
    ("Voorzieningen", 1_284_600, 1_102_300),
    ("Vaste schulden met een looptijd van één jaar of langer", 18_450_000, 19_700_000),
    ("Netto vlottende schulden", 3_118_744, 2_906_215),
    ("Overlopende passiva", 1_902_318, 1_655_090),
]
VR_EV = [sum(r[i] for r in VR_PASSIVA[:3]) for i in (1, 2)]
VR_PASSIVA_TOT = [sum(r[i] for r in VR_PASSIVA) for i in (1, 2)]
VR_ACTIVA_TYPED = [
    ("Immateriële vaste activa", 84_200, 126_300),
    ("Materiële vaste activa", 24_306_810, 25_118_442),
    ("Financiële vaste activa", 120_000, 120_000),
    ("Voorraden", 212_450, 198_700),
    ("Uitzettingen met een rentetypische looptijd korter dan één jaar", 1_744_106, 1_608_915),
    ("Overlopende activa", 406_300, 388_070),
]
VR_LIQUIDE = [VR_PASSIVA_TOT[i] - sum(r[1 + i] for r in VR_ACTIVA_TYPED) for i in range(2)]
VR_ACTIVA = VR_ACTIVA_TYPED[:5] + [("Liquide middelen", VR_LIQUIDE[0], VR_LIQUIDE[1])] + VR_ACTIVA_TYPED[5:]
VR_VA = [sum(r[i] for r in VR_ACTIVA[:3]) for i in (1, 2)]
VR_ACTIVA_TOT = [sum(r[i] for r in VR_ACTIVA) for i in (1, 2)]
assert VR_ACTIVA_TOT == VR_PASSIVA_TOT and min(VR_LIQUIDE) > 0

# indicators: name, unit, norm 2036, realisatie 2036, realisatie 2035
VR_IND = [
    ("Opkomsttijd prio 1 binnen de normtijd", "%", 80.0, 76.4, 78.1),
    ("Gemiddelde opkomsttijd prio 1 (minuten)", "min", 8.0, 8.6, 8.3),
    ("Aantal uitrukken", "n", None, 4_812, 4_655),
    ("Aantal controles en inspecties", "n", 1_300, 1_240, 1_187),
    ("Aantal oefeningen crisisorganisatie", "n", 12, 14, 11),
    ("Ziekteverzuim personeel", "%", 5.0, 5.7, 5.2),
]

if __name__ == "__main__":
    print("Hessendonk: algemene uitkering 2037", ALG_UITKERING_2037, "taakvelden totaal", TV_TOTAL_L)
    for p in PROG:
        print(p, PROG[p])
    print("TOTAL", TOTAL)
    print("reserves 2037", RES_TOTAL_BEGIN, RES_TOTAL_2037, "weerstandsratio", WEERSTAND_RATIO)
    print("VR bijdragen", VR_BIJDR_TOTAL, VR_BIJDR, "result", VR_RESULT, "liquide", VR_LIQUIDE)

# VR kengetallen (percent): Rekening 2036, Rekening 2035
VR_KENGETALLEN = [
    ("Netto schuldquote", 71.8, 76.5),
    ("Solvabiliteitsratio", 15.6, 13.9),
    ("Structurele exploitatieruimte", 1.2, 0.4),
]
# voorstel resultaatbestemming 2036: (reserve, amount); the rest goes to the algemene reserve
VR_RB_OPLEIDEN = 300_000
VR_RESULT_BESTEMMING = [("Reserve opleiden en oefenen", VR_RB_OPLEIDEN),
                        ("Algemene reserve", VR_RESULT[2] - VR_RB_OPLEIDEN)]
