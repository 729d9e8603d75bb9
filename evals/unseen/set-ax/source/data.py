"""Every figure of the two FICTIONAL documents of set-ax, typed once, with asserts that tie them together.

Twenterand, Programmabegroting 2025 (fictional figures) and Werkorganisatie Duivenvoorde, Begroting 2025
(a fictional budget of the real shared service organisation of Wassenaar and Voorschoten).
Amounts marked K are in thousands of euros (as printed in tables 'x € 1.000'); others in euros.
"""
from fmt import rnd

YEARS = ["R2023", "B2024", "B2025", "M2026", "M2027", "M2028"]   # column keys of the multi-year tables
YEAR_OF = {"R2023": 2023, "B2024": 2024, "B2025": 2025, "M2026": 2026, "M2027": 2027, "M2028": 2028}

# =====================================================================================================
# TWENTERAND
# =====================================================================================================
TW_INWONERS = {"2023-01-01": 34006, "2024-01-01": 34215}     # kerngegevens, inwoners op 1 januari
TW_KERN = {  # kerngegevens on 1 januari 2024
    "huishoudens": 14180, "woonruimten": 14968, "oppervlakte_ha": 13768, "kernen": 6,
    "jongeren_0_17": 7402, "ouderen_65plus": 7731,
}
TW_FTE_2025 = 286.4         # formatie ambtelijke organisatie in fte (bedrijfsvoering, prose)

# Programmes: rows in K for the six columns R2023, B2024, B2025, M2026, M2027, M2028.
# each row: (label, [six values], taakveld split for 2025 as list of (code, share))
TW_PROGRAMS = [
    {"nr": 1, "name": "Bestuur en dienstverlening",
     "lasten": [
         ("Bestuur (raad, college en griffie)", [2214, 2318, 2356, 2371, 2389, 2402], [("0.1", 1.0)]),
         ("Burgerzaken en dienstverlening", [1488, 1562, 1604, 1597, 1611, 1626], [("0.2", 1.0)]),
         ("Bestuurlijke samenwerking en communicatie", [1702, 1823, 1882, 1845, 1851, 1858], [("0.1", 1.0)]),
     ],
     "baten": [
         ("Leges burgerzaken", [598, 612, 655, 662, 668, 671], [("0.2", 1.0)]),
         ("Overige baten bestuur", [121, 88, 92, 92, 92, 92], [("0.1", 1.0)]),
     ],
     "res": {"toev": [0, 0, 0, 0, 0, 0], "ontt": [140, 95, 0, 0, 0, 0]}},
    {"nr": 2, "name": "Veiligheid",
     "lasten": [
         ("Crisisbeheersing en brandweer (bijdrage Veiligheidsregio Twente)", [2018, 2105, 2237, 2281, 2326, 2372], [("1.1", 1.0)]),
         ("Openbare orde en veiligheid", [806, 851, 889, 874, 880, 886], [("1.2", 1.0)]),
     ],
     "baten": [
         ("Openbare orde en veiligheid", [64, 58, 61, 61, 61, 61], [("1.2", 1.0)]),
     ],
     "res": {"toev": [0, 0, 0, 0, 0, 0], "ontt": [0, 0, 0, 0, 0, 0]}},
    {"nr": 3, "name": "Ruimte en wonen",
     "lasten": [
         ("Verkeer, wegen en openbare verlichting", [5611, 6032, 6187, 6240, 6301, 6342], [("2.1", 1.0)]),
         ("Openbaar groen en openluchtrecreatie", [2934, 3105, 3168, 3190, 3214, 3236], [("5.7", 1.0)]),
         ("Afvalinzameling en -verwerking", [3902, 4118, 4265, 4311, 4369, 4402], [("7.3", 1.0)]),
         ("Riolering", [2811, 2904, 3046, 3102, 3157, 3205], [("7.2", 1.0)]),
         ("Ruimtelijke ordening, volkshuisvesting en bouwen", [2388, 2716, 2574, 2431, 2446, 2459],
          [("8.1", 0.40), ("8.2", 0.25), ("8.3", 0.35)]),
     ],
     "baten": [
         ("Afvalstoffenheffing en verkoop grondstoffen", [4145, 4310, 4487, 4533, 4591, 4624], [("7.3", 1.0)]),
         ("Rioolheffing", [3025, 3113, 3262, 3318, 3373, 3421], [("7.2", 1.0)]),
         ("Bouwleges, grondverkopen en overige baten", [1394, 1186, 1254, 1172, 1180, 1185], [("8.3", 0.60), ("8.2", 0.40)]),
     ],
     "res": {"toev": [1480, 600, 630, 360, 330, 330], "ontt": [620, 410, 0, 0, 0, 0]}},
    {"nr": 4, "name": "Economie",
     "lasten": [
         ("Economische ontwikkeling en bedrijvigheid", [612, 704, 745, 698, 702, 706], [("3.1", 0.70), ("3.2", 0.30)]),
         ("Recreatie en toerisme", [518, 560, 571, 575, 580, 584], [("3.4", 1.0)]),
     ],
     "baten": [
         ("Toeristenbelasting", [236, 245, 268, 272, 276, 280], [("3.4", 1.0)]),
         ("Overige baten economie", [44, 40, 41, 41, 41, 41], [("3.3", 1.0)]),
     ],
     "res": {"toev": [0, 0, 0, 0, 0, 0], "ontt": [0, 60, 0, 0, 0, 0]}},
    {"nr": 5, "name": "Onderwijs, sport en cultuur",
     "lasten": [
         ("Onderwijshuisvesting", [2466, 2520, 2611, 2689, 2702, 2716], [("4.2", 1.0)]),
         ("Onderwijsbeleid en leerlingenzaken", [2104, 2216, 2305, 2328, 2352, 2376], [("4.3", 1.0)]),
         ("Sport en sportaccommodaties", [2703, 2841, 2924, 2956, 2972, 2989], [("5.1", 0.25), ("5.2", 0.75)]),
         ("Cultuur, bibliotheek en musea", [1512, 1583, 1628, 1641, 1655, 1668], [("5.3", 0.30), ("5.4", 0.20), ("5.6", 0.50)]),
     ],
     "baten": [
         ("Onderwijs", [512, 498, 503, 503, 503, 503], [("4.3", 1.0)]),
         ("Sport en cultuur", [865, 902, 941, 947, 953, 958], [("5.2", 0.80), ("5.6", 0.20)]),
     ],
     "res": {"toev": [0, 0, 0, 0, 0, 0], "ontt": [0, 0, 0, 0, 0, 0]}},
    {"nr": 6, "name": "Sociaal domein",
     "lasten": [
         ("Sociale zaken", [21873, 22540, 23102, 23287, 23455, 23618], [("6.3", 0.55), ("6.4", 0.30), ("6.5", 0.15)]),
         ("Maatschappelijke ondersteuning", [14206, 14912, 15388, 15630, 15872, 16105],
          [("6.1", 0.20), ("6.2", 0.15), ("6.6", 0.20), ("6.71", 0.45)]),
         ("Gezondheidszorg", [2381, 2466, 2540, 2571, 2603, 2634], [("7.1", 1.0)]),
         ("Jeugd", [20118, 21064, 21436, 21212, 20987, 20895], [("6.72", 0.60), ("6.82", 0.30), ("6.2", 0.10)]),
     ],
     "baten": [
         ("Sociale zaken", [15482, 15906, 16214, 16309, 16405, 16498], [("6.3", 0.85), ("6.4", 0.15)]),
         ("Maatschappelijke ondersteuning", [402, 415, 427, 427, 427, 427], [("6.71", 1.0)]),
         ("Jeugd", [3116, 3204, 3204, 3204, 3204, 3204], [("6.72", 1.0)]),
     ],
     "res": {"toev": [0, 0, 0, 0, 0, 0], "ontt": [1850, 1540, 1050, 760, 420, 350]}},
]

# Programma 7 / overzicht algemene dekkingsmiddelen (K). Algemene uitkering closes each column (see below).
TW_ADM = {  # baten
    "OZB woningen": [4512, 4688, 4876, 4974, 5073, 5175],
    "OZB niet-woningen": [2744, 2839, 2953, 3012, 3072, 3134],
    "Dividenden": [412, 398, 405, 405, 405, 405],
    "Overige algemene dekkingsmiddelen": [183, 160, 165, 165, 165, 165],
}
TW_FINFUNCTIE_LASTEN = [168, 204, 231, 258, 286, 301]   # saldo financieringsfunctie (lasten, taakveld 0.5)
TW_OVERHEAD = {"lasten": [10214, 10804, 11092, 11138, 11201, 11263], "baten": [226, 205, 212, 212, 212, 212]}
TW_VPB = [12, 18, 18, 18, 18, 18]
TW_ONVOORZIEN = [0, 100, 100, 100, 100, 100]
# reserves not tied to a programme (programme 7): algemene reserve, reserve kapitaallasten
TW_P7_RES = {"toev": [1365, 820, 620, 620, 620, 620], "ontt": [1442, 1000, 1130, 700, 700, 700]}
TW_RESULT_TARGET = [1842, -486, 312, 147, -213, 96]     # geraamd resultaat (positive = voordelig)


def tw_sum(rows, i):
    return sum(r[1][i] for r in rows)


def tw_totals():
    """Per column: everything of the overzicht van baten en lasten (K)."""
    out = []
    for i in range(6):
        c = {}
        c["prog_lasten"] = {p["nr"]: tw_sum(p["lasten"], i) for p in TW_PROGRAMS}
        c["prog_baten"] = {p["nr"]: tw_sum(p["baten"], i) for p in TW_PROGRAMS}
        c["lasten_prog"] = sum(c["prog_lasten"].values())
        c["baten_prog"] = sum(c["prog_baten"].values())
        c["toev"] = sum(p["res"]["toev"][i] for p in TW_PROGRAMS) + TW_P7_RES["toev"][i]
        c["ontt"] = sum(p["res"]["ontt"][i] for p in TW_PROGRAMS) + TW_P7_RES["ontt"][i]
        other_baten = sum(v[i] for v in TW_ADM.values())
        lasten_alg = TW_FINFUNCTIE_LASTEN[i] + TW_OVERHEAD["lasten"][i] + TW_VPB[i] + TW_ONVOORZIEN[i]
        # resultaat = baten - lasten - toev + ontt  -> algemene uitkering closes it
        au = (TW_RESULT_TARGET[i] - (c["baten_prog"] + other_baten + TW_OVERHEAD["baten"][i])
              + c["lasten_prog"] + lasten_alg + c["toev"] - c["ontt"])
        c["alg_uitkering"] = au
        c["adm_baten"] = other_baten + au          # total algemene dekkingsmiddelen (baten)
        c["adm_lasten"] = TW_FINFUNCTIE_LASTEN[i]
        c["lasten_tot"] = c["lasten_prog"] + lasten_alg
        c["baten_tot"] = c["baten_prog"] + c["adm_baten"] + TW_OVERHEAD["baten"][i]
        c["saldo"] = c["baten_tot"] - c["lasten_tot"]
        c["resultaat"] = c["saldo"] - c["toev"] + c["ontt"]
        assert c["resultaat"] == TW_RESULT_TARGET[i]
        assert 60000 < au < 90000, au
        out.append(c)
    return out


TW_TOT = tw_totals()

# Reserves 2025 (K): stand 1-1-2025, toevoeging, onttrekking -> stand 31-12-2025
TW_RESERVES = [
    # name, stand 1-1-2025, toevoeging 2025, onttrekking 2025, programme
    ("Algemene reserve", 14862, 620, 860, 7),
    ("Reserve sociaal domein", 3480, 0, 1050, 6),
    ("Reserve woningbouwimpuls", 1105, 630, 0, 3),
    ("Reserve kapitaallasten", 6930, 0, 270, 7),
    ("Reserve onderhoud gemeentelijke gebouwen", 2214, 0, 0, 7),
    ("Reserve verkiezingen en organisatieontwikkeling", 318, 0, 0, 1),
]
# tie the reserve table to the overview 2025 (index 2) and per programme
assert sum(r[2] for r in TW_RESERVES) == TW_TOT[2]["toev"] == 1250
assert sum(r[3] for r in TW_RESERVES) == TW_TOT[2]["ontt"] == 2180
for p in TW_PROGRAMS:
    assert sum(r[2] for r in TW_RESERVES if r[4] == p["nr"]) == p["res"]["toev"][2], p["nr"]
    assert sum(r[3] for r in TW_RESERVES if r[4] == p["nr"]) == p["res"]["ontt"][2], p["nr"]
assert sum(r[2] for r in TW_RESERVES if r[4] == 7) == TW_P7_RES["toev"][2]
assert sum(r[3] for r in TW_RESERVES if r[4] == 7) == TW_P7_RES["ontt"][2]
TW_RES_END = {r[0]: r[1] + r[2] - r[3] for r in TW_RESERVES}

# Weerstandsvermogen (K): risks with kans and financieel effect; benodigd = kans x effect
TW_RISKS = [
    ("Open-einderegelingen jeugdhulp en Wmo", 50, 3600),
    ("Herverdeling en opschalingskorting gemeentefonds", 50, 2800),
    ("Loon- en prijsstijgingen boven de indexatie", 50, 1400),
    ("Bijdragen aan verbonden partijen (Veiligheidsregio, Soweco)", 25, 2400),
    ("Grondexploitaties (vertraging en afzet)", 25, 1600),
    ("Aansprakelijkheid en claims", 10, 1000),
]
TW_RISK_BENODIGD = sum(rnd(k * e / 100) for _, k, e in TW_RISKS)
TW_CAP = [
    ("Algemene reserve (vrij besteedbaar deel)", 7450),
    ("Post onvoorzien", 100),
    ("Onbenutte belastingcapaciteit OZB", 1280),
]
TW_CAP_TOTAAL = sum(v for _, v in TW_CAP)
TW_RATIO = rnd(TW_CAP_TOTAAL / TW_RISK_BENODIGD, 2)
assert TW_CAP[0][1] <= 14862

# Kengetallen (percent), six columns
TW_KENGETALLEN = [
    ("Netto schuldquote", [52.4, 61.8, 66.2, 71.5, 69.8, 67.1]),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", [48.9, 58.0, 62.7, 68.3, 66.6, 64.0]),
    ("Solvabiliteitsratio", [31.6, 29.4, 28.1, 27.0, 27.3, 27.9]),
    ("Grondexploitatie", [4.1, 3.6, 3.2, 2.8, 2.3, 1.9]),
    ("Structurele exploitatieruimte", [1.2, -0.4, 0.3, 0.2, -0.1, 0.1]),
    ("Belastingcapaciteit", [101.8, 104.2, 106.4, 106.4, 106.4, 106.4]),
]

# Woonlasten (euros); OZB = WOZ x tarief (rounded to whole euros in the table)
TW_WOZ = {2021: 218000, 2022: 236000, 2023: 251000, 2024: 266000, 2025: 283000}
TW_OZB_TARIEF_WON = {2021: 0.1118, 2022: 0.1071, 2023: 0.1049, 2024: 0.1012, 2025: 0.0981}   # percent of WOZ
TW_OZB_TARIEF_NW_EIG = {2024: 0.1934, 2025: 0.1902}
TW_OZB_TARIEF_NW_GEBR = {2024: 0.1561, 2025: 0.1535}
TW_RIOOL = {"meer": {2021: 229, 2022: 236, 2023: 244, 2024: 252, 2025: 264},
            "een": {2024: 189, 2025: 198}}
TW_AFVAL = {"meer": {2021: 276, 2022: 284, 2023: 292, 2024: 301, 2025: 318},
            "een": {2024: 232, 2025: 246}}
TW_OZB_WON = {y: rnd(TW_WOZ[y] * TW_OZB_TARIEF_WON[y] / 100) for y in TW_WOZ}


def tw_woonlasten(y, eig, hh):
    return (TW_OZB_WON[y] if eig else 0) + TW_RIOOL[hh][y] + TW_AFVAL[hh][y]


TW_WOONLASTEN = {(y, e, h): tw_woonlasten(y, e, h) for y in (2024, 2025) for e in (True, False) for h in ("meer", "een")}
assert TW_WOONLASTEN[(2025, True, "meer")] == 860 and TW_WOONLASTEN[(2025, False, "een")] == 444
TW_WOONLASTEN_TREND = {y: (TW_WOZ[y], TW_OZB_WON[y], TW_RIOOL["meer"][y], TW_AFVAL["meer"][y],
                           TW_OZB_WON[y] + TW_RIOOL["meer"][y] + TW_AFVAL["meer"][y]) for y in range(2021, 2026)}
assert TW_WOONLASTEN_TREND[2025][4] == TW_WOONLASTEN[(2025, True, "meer")]
assert TW_WOONLASTEN_TREND[2024][4] == TW_WOONLASTEN[(2024, True, "meer")]

# Verbonden partijen (euros): bijdrage 2024 and 2025 (None = geen bijdrage)
TW_VP = [
    ("Regio Twente (met GGD Twente)", "Gemeenschappelijke regeling", 1318400, 1372900),
    ("Veiligheidsregio Twente", "Gemeenschappelijke regeling", 2104610, 2236840),
    ("Omgevingsdienst Twente", "Gemeenschappelijke regeling", 512300, 538700),
    ("Organisatie Zorginkoop Jeugd Twente (OZJT)", "Gemeenschappelijke regeling", 296800, 312450),
    ("Soweco N.V.", "Vennootschap", 4812000, 4960500),
    ("Twence B.V.", "Vennootschap", None, None),
    ("Vitens N.V.", "Vennootschap", None, None),
    ("BNG Bank N.V.", "Vennootschap", None, None),
]
# the VRT contribution is the programme-2 row 'Crisisbeheersing en brandweer' (rounded to K)
assert rnd(2104610 / 1000) == 2105 and rnd(2236840 / 1000) == 2237

# Investeringen (K): krediet per year
TW_INV = [
    ("Vervanging riolering Westerhaar-Vriezenveensewijk", 3, [1250, 980, 0, 0]),
    ("Reconstructie Vriezenveenseweg", 3, [1840, 2260, 0, 0]),
    ("Nieuwbouw integraal kindcentrum (IKC) Den Ham", 5, [3600, 5400, 1200, 0]),
    ("Vervanging openbare verlichting door led", 3, [420, 420, 420, 420]),
    ("Renovatie kunstgrasveld sportpark De Kuil", 5, [0, 560, 0, 0]),
    ("Vervanging voertuigen buitendienst", 3, [385, 240, 310, 275]),
    ("Vervanging zaaksysteem en werkplekken", 1, [210, 0, 0, 150]),
]
TW_INV_YEARTOT = [sum(r[2][j] for r in TW_INV) for j in range(4)]
TW_INV_TOT = {r[0]: sum(r[2]) for r in TW_INV}

# Beleidsindicatoren: (programme, indicator, eenheid, jaar, Twenterand, Nederland, bron)
TW_IND = [
    (1, "Formatie", "fte per 1.000 inwoners", "2025", 8.4, None, "Eigen begroting"),
    (1, "Bezetting", "fte per 1.000 inwoners", "2024", 7.9, None, "Eigen begroting"),
    (1, "Overhead", "% van de totale lasten", "2025", None, None, "Eigen begroting"),  # filled below
    (2, "Verwijzingen Halt", "per 10.000 jongeren van 12-17 jaar", "2023", 98, 122, "Bureau Halt"),
    (2, "Winkeldiefstallen", "per 1.000 inwoners", "2023", 0.9, 2.0, "CBS"),
    (2, "Geweldsmisdrijven", "per 1.000 inwoners", "2023", 3.8, 4.6, "CBS"),
    (2, "Diefstallen uit woning", "per 1.000 inwoners", "2023", 1.6, 1.8, "CBS"),
    (3, "Nieuw gebouwde woningen", "aantal per 1.000 woningen", "2023", 8.2, 9.1, "CBS"),
    (3, "Demografische druk", "%", "2024", 78.4, 70.6, "CBS"),
    (3, "Omvang huishoudelijk restafval", "kg per inwoner", "2023", 96, 152, "CBS"),
    (3, "Hernieuwbare elektriciteit", "%", "2022", 31.5, 40.0, "Klimaatmonitor"),
    (4, "Functiemenging", "%", "2023", 47.8, 53.5, "LISA"),
    (4, "Vestigingen van bedrijven", "per 1.000 inwoners van 15-64 jaar", "2023", 142.6, 160.3, "LISA"),
    (5, "Absoluut verzuim", "per 1.000 leerplichtigen", "2023", 1.4, 2.1, "DUO"),
    (5, "Relatief verzuim", "per 1.000 leerplichtigen", "2023", 21, 33, "DUO"),
    (5, "Voortijdige schoolverlaters zonder startkwalificatie", "% van de leerlingen van 12-23 jaar", "2022", 1.5, 2.0, "DUO"),
    (5, "Niet-sporters", "%", "2022", 54.9, 50.2, "RIVM"),
    (6, "Banen", "per 1.000 inwoners van 15-74 jaar", "2023", 612.4, 803.6, "LISA"),
    (6, "Netto arbeidsparticipatie", "% van de werkzame beroepsbevolking", "2023", 70.6, 69.8, "CBS"),
    (6, "Personen met een bijstandsuitkering", "per 10.000 inwoners van 18 jaar en ouder", "2023", 289.4, 372.5, "CBS"),
    (6, "Lopende re-integratievoorzieningen", "per 10.000 inwoners van 15-74 jaar", "2023", 210.3, 198.7, "CBS"),
    (6, "Jongeren met jeugdhulp", "% van alle jongeren tot 18 jaar", "2023", 12.4, 12.9, "CBS"),
    (6, "Wmo-cliënten met een maatwerkarrangement", "per 10.000 inwoners", "2023", 640, 690, "CBS"),
]
# overhead share of the totale lasten 2025, printed in the programme-1 indicators and the overhead paragraph
TW_OVERHEAD_PCT = rnd(TW_OVERHEAD["lasten"][2] / TW_TOT[2]["lasten_tot"] * 100, 1)
TW_IND[2] = (1, "Overhead", "% van de totale lasten", "2025", TW_OVERHEAD_PCT, None, "Eigen begroting")
# formatie per 1.000 inwoners: fte / inwoners 1-1-2024 x 1000
assert rnd(TW_FTE_2025 / TW_INWONERS["2024-01-01"] * 1000, 1) == 8.4

# Prose figures
TW_PROSE = {
    "bijstand_huishoudens_2024": 731,      # huishoudens met een bijstandsuitkering op 1 januari 2024
    "jeugdigen_jeugdhulp_2023": 1288,      # jeugdigen met jeugdhulp in 2023
    "onvoorzien": 100000,
}
TW_ONVOORZIEN_PER_INW = rnd(TW_PROSE["onvoorzien"] / TW_INWONERS["2024-01-01"], 2)

# Taakvelden 2025 (euros). Each programme row of 2025 (K) becomes euros with an offset in (-500, 500);
# the offsets of a programme's lasten (and of its baten) sum to 0, so the taakveld table adds up
# exactly to the programme totals x 1.000.
TAAKVELD_NAMES = {
    "0.1": "Bestuur", "0.2": "Burgerzaken", "0.4": "Overhead", "0.5": "Treasury",
    "0.61": "OZB woningen", "0.62": "OZB niet-woningen", "0.64": "Belastingen overig",
    "0.7": "Algemene uitkering en overige uitkeringen gemeentefonds", "0.8": "Overige baten en lasten",
    "0.9": "Vennootschapsbelasting (Vpb)", "0.10": "Mutaties reserves",
    "1.1": "Crisisbeheersing en brandweer", "1.2": "Openbare orde en veiligheid",
    "2.1": "Verkeer, wegen en water", "3.1": "Economische ontwikkeling", "3.2": "Fysieke bedrijfsinfrastructuur",
    "3.3": "Bedrijvenloket en bedrijfsregelingen", "3.4": "Economische promotie",
    "4.2": "Onderwijshuisvesting", "4.3": "Onderwijsbeleid en leerlingzaken",
    "5.1": "Sportbeleid en activering", "5.2": "Sportaccommodaties",
    "5.3": "Cultuurpresentatie, cultuurproductie en cultuurparticipatie", "5.4": "Musea", "5.6": "Media",
    "5.7": "Openbaar groen en (openlucht) recreatie",
    "6.1": "Samenkracht en burgerparticipatie", "6.2": "Toegang en eerstelijnsvoorzieningen",
    "6.3": "Inkomensregelingen", "6.4": "Begeleide participatie", "6.5": "Arbeidsparticipatie",
    "6.6": "Maatwerkvoorzieningen (Wmo)", "6.71": "Maatwerkdienstverlening 18+", "6.72": "Maatwerkdienstverlening 18-",
    "6.82": "Geëscaleerde zorg 18-", "7.1": "Volksgezondheid", "7.2": "Riolering", "7.3": "Afval",
    "8.1": "Ruimtelijke ordening", "8.2": "Grondexploitatie (niet bedrijventerreinen)", "8.3": "Wonen en bouwen",
}
_OFFS = [137, -212, 308, -96, 41, -265, 189, -354, 72, 226, -158, 93]


def _euros(rows):
    """K rows of 2025 -> euro amounts whose sum is exactly sum(K) x 1000."""
    vals = [r[1][2] * 1000 for r in rows]
    if len(rows) > 1:
        offs = [min(abs(_OFFS[(i * 5 + len(rows)) % len(_OFFS)]), 240) * (-1) ** i for i in range(len(rows) - 1)]
        offs.append(-sum(offs))
        assert all(-500 < o < 500 for o in offs), offs
        vals = [v + o for v, o in zip(vals, offs)]
    return vals


def _split(total, parts):
    out, acc = [], 0
    for j, (code, share) in enumerate(parts):
        v = total - acc if j == len(parts) - 1 else rnd(total * share)
        acc += v
        out.append((code, v))
    return out


def tw_taakvelden():
    tv = {}
    def add(code, kind, v):
        tv.setdefault(code, {"lasten": 0, "baten": 0})
        tv[code][kind] += v
    for p in TW_PROGRAMS:
        for kind in ("lasten", "baten"):
            rows = p[kind]
            for r, e in zip(rows, _euros(rows)):
                assert rnd(e / 1000) == r[1][2]
                for code, v in _split(e, r[2]):
                    add(code, kind, v)
    i = 2
    add("0.61", "baten", TW_ADM["OZB woningen"][i] * 1000 + 184)
    add("0.62", "baten", TW_ADM["OZB niet-woningen"][i] * 1000 - 184)
    add("0.5", "baten", TW_ADM["Dividenden"][i] * 1000)
    add("0.64", "baten", TW_ADM["Overige algemene dekkingsmiddelen"][i] * 1000)
    add("0.7", "baten", TW_TOT[i]["alg_uitkering"] * 1000)
    add("0.5", "lasten", TW_FINFUNCTIE_LASTEN[i] * 1000)
    add("0.4", "lasten", TW_OVERHEAD["lasten"][i] * 1000)
    add("0.4", "baten", TW_OVERHEAD["baten"][i] * 1000)
    add("0.9", "lasten", TW_VPB[i] * 1000)
    add("0.8", "lasten", TW_ONVOORZIEN[i] * 1000)
    add("0.10", "lasten", TW_TOT[i]["toev"] * 1000)
    add("0.10", "baten", TW_TOT[i]["ontt"] * 1000)
    return tv


def _tvkey(code):
    a, b = code.split(".")
    return (int(a), int(b) if len(b) > 1 and b != "10" else (int(b) * 10 if b != "10" else 100))


TW_TAAKVELDEN = tw_taakvelden()
TW_TV_ORDER = sorted(TW_TAAKVELDEN, key=lambda c: (int(c.split(".")[0]), float("0." + c.split(".")[1]) if c != "0.10" else 0.99))
_tl = sum(v["lasten"] for v in TW_TAAKVELDEN.values())
_tb = sum(v["baten"] for v in TW_TAAKVELDEN.values())
assert _tl == (TW_TOT[2]["lasten_tot"] + TW_TOT[2]["toev"]) * 1000
assert _tb == (TW_TOT[2]["baten_tot"] + TW_TOT[2]["ontt"]) * 1000
assert _tb - _tl == TW_RESULT_TARGET[2] * 1000

# =====================================================================================================
# WERKORGANISATIE DUIVENVOORDE
# =====================================================================================================
DV_INWONERS = {"Wassenaar": 26950, "Voorschoten": 25613}      # op 1 januari 2024
DV_WOONRUIMTEN = {"Wassenaar": 12480, "Voorschoten": 11620}   # op 1 januari 2024
# verdeelsleutel 2025 = 60% share of inwoners + 40% share of woonruimten, in % with 2 decimals
_w = (0.6 * DV_INWONERS["Wassenaar"] / sum(DV_INWONERS.values())
      + 0.4 * DV_WOONRUIMTEN["Wassenaar"] / sum(DV_WOONRUIMTEN.values())) * 100
DV_SLEUTEL = {  # percent Wassenaar per year (Voorschoten = 100 - W)
    "R2023": 51.37, "B2024": 51.44, "B2025": rnd(_w, 2),
}
for k in ("M2026", "M2027", "M2028"):
    DV_SLEUTEL[k] = DV_SLEUTEL["B2025"]

# Afdelingen and teams 2025: fte (2 decimals), loonsom, overige directe lasten (euros)
# rate = average loonsom per fte for the afdeling (loonsom = fte x rate, rounded to hundreds)
DV_AFD = [
    ("Directie en bestuursondersteuning", 98400, [
        ("Directie", 4.00, 36200),
        ("Bestuursondersteuning en communicatie", 17.56, 148300),
    ]),
    ("Publiekszaken", 79800, [
        ("Burgerzaken", 24.78, 96400),
        ("Klantcontactcentrum", 19.33, 61200),
        ("Vergunningen, toezicht en handhaving", 41.12, 412800),
    ]),
    ("Ruimte", 86900, [
        ("Ruimtelijke ontwikkeling en wonen", 33.45, 389600),
        ("Beheer openbare ruimte", 28.91, 214700),
        ("Buitendienst", 62.40, 1184300),
    ]),
    ("Mens en Samenleving", 84100, [
        ("Werk en inkomen", 36.72, 205400),
        ("Toegang Wmo en jeugd (sociaal team)", 47.85, 318900),
    ]),
    ("Bedrijfsvoering", 87600, [
        ("Financiën en control", 26.14, 121300),
        ("HRM en organisatieontwikkeling", 14.28, 356800),
        ("Informatievoorziening en automatisering", 31.96, 1716400),
        ("Facilitaire zaken en huisvesting", 16.47, 938500),
        ("Juridische zaken en inkoop", 11.62, 58300),
    ]),
]
DV_TEAMS = []
for afd, rate, teams in DV_AFD:
    for team, fte, overig in teams:
        loon = rnd(fte * rate / 100) * 100
        DV_TEAMS.append({"afd": afd, "team": team, "fte": fte, "loonsom": loon, "overig": overig,
                         "totaal": loon + overig})
DV_FTE = round(sum(t["fte"] for t in DV_TEAMS), 2)
DV_LOONSOM = sum(t["loonsom"] for t in DV_TEAMS)
DV_OVERIG = sum(t["overig"] for t in DV_TEAMS)
DV_LASTEN_AFD = DV_LOONSOM + DV_OVERIG
DV_AFD_TOT = {afd: {"fte": round(sum(t["fte"] for t in DV_TEAMS if t["afd"] == afd), 2),
                    "loonsom": sum(t["loonsom"] for t in DV_TEAMS if t["afd"] == afd),
                    "overig": sum(t["overig"] for t in DV_TEAMS if t["afd"] == afd),
                    "totaal": sum(t["totaal"] for t in DV_TEAMS if t["afd"] == afd)} for afd, _, _ in DV_AFD}
DV_FTE_2024 = {"Directie en bestuursondersteuning": 21.06, "Publiekszaken": 83.91, "Ruimte": 122.38,
               "Mens en Samenleving": 86.02, "Bedrijfsvoering": 98.77}
DV_FTE_2024_TOT = round(sum(DV_FTE_2024.values()), 2)
# central budgets (not in a team): kapitaallasten, opleidingen, onvoorzien (euros)
DV_CENTRAAL = [("Kapitaallasten (afschrijving en rente)", 612400),
               ("Licenties gemeentelijke taakapplicaties", 900000), ("Organisatiebrede opleidingen en ontwikkeling", 395000),
               ("Frictiekosten en onvoorzien", 236000)]
DV_LASTEN_2025 = DV_LASTEN_AFD + sum(v for _, v in DV_CENTRAAL)

# Meerjarenraming (K): lasten by kind, six columns. 2025 comes from the afdeling table.
DV_MJR_LASTEN = {
    "Salarislasten eigen personeel": [34120, 35610, None, None, None, None],
    "Inhuur derden": [2940, 2210, 1650, 1500, 1450, 1450],
    "ICT en licenties": [3105, 3290, 3412, 3498, 3571, 3640],
    "Huisvesting en facilitair": [1288, 1324, 1361, 1389, 1404, 1418],
    "Kapitaallasten": [574, 598, 612, 655, 688, 701],
    "Opleidingen en overige lasten": [1406, 1537, None, 1585, 1602, 1619],
}
DV_LOON_GROEI = [None, None, None, 1.028, 1.025, 1.022]
_lo = rnd(DV_LOONSOM / 1000)
DV_MJR_LASTEN["Salarislasten eigen personeel"][2] = _lo
for j in (3, 4, 5):
    DV_MJR_LASTEN["Salarislasten eigen personeel"][j] = rnd(DV_MJR_LASTEN["Salarislasten eigen personeel"][j - 1] * DV_LOON_GROEI[j])
_tot25 = rnd(DV_LASTEN_2025 / 1000)
DV_MJR_LASTEN["Opleidingen en overige lasten"][2] = _tot25 - sum(v[2] for k, v in DV_MJR_LASTEN.items()
                                                                 if k != "Opleidingen en overige lasten")
assert 1000 < DV_MJR_LASTEN["Opleidingen en overige lasten"][2] < 2000, DV_MJR_LASTEN["Opleidingen en overige lasten"][2]
DV_LASTEN_K = [sum(v[i] for v in DV_MJR_LASTEN.values()) for i in range(6)]
assert DV_LASTEN_K[2] == _tot25
DV_OVERIGE_BATEN = [468, 402, 412, 380, 380, 380]          # detacheringen, subsidies (K)
DV_RES_TOEV = [250, 150, 150, 150, 150, 150]                 # toevoegingen reserves (K)
DV_RES_ONTT = [380, 520, 450, 210, 210, 210]                 # onttrekkingen reserves (K)
DV_RESULT = [184, 0, 0, 0, 0, 0]                             # resultaat na bestemming (K), 2023 positive = voordelig
# bijdragen = lasten - overige baten + toev - ontt + resultaat
DV_BIJDR_K = [DV_LASTEN_K[i] - DV_OVERIGE_BATEN[i] + DV_RES_TOEV[i] - DV_RES_ONTT[i] + DV_RESULT[i] for i in range(6)]
# euros per municipality (Wassenaar = verdeelsleutel x total, half-up; Voorschoten = rest)
DV_BIJDR = {}
for i, k in enumerate(YEARS):
    tot = DV_BIJDR_K[i] * 1000
    w = rnd(tot * DV_SLEUTEL[k] / 100)
    v = tot - w
    assert w % 1000 != 500
    DV_BIJDR[k] = {"Wassenaar": w, "Voorschoten": v, "Totaal": tot}
DV_BIJDR_K_GEM = {k: {g: rnd(DV_BIJDR[k][g] / 1000) for g in ("Wassenaar", "Voorschoten")} for k in YEARS}
for i, k in enumerate(YEARS):
    assert DV_BIJDR_K_GEM[k]["Wassenaar"] + DV_BIJDR_K_GEM[k]["Voorschoten"] == DV_BIJDR_K[i], k
DV_BATEN_K = [DV_BIJDR_K[i] + DV_OVERIGE_BATEN[i] for i in range(6)]
DV_SALDO_K = [DV_BATEN_K[i] - DV_LASTEN_K[i] for i in range(6)]   # before reserves
for i in range(6):
    assert DV_SALDO_K[i] - DV_RES_TOEV[i] + DV_RES_ONTT[i] == DV_RESULT[i]

# Reserves 2025 (euros)
DV_RESERVES = [
    ("Algemene reserve", 1150000, 0, 0),
    ("Bestemmingsreserve frictiekosten", 640000, 0, 240000),
    ("Reserve vervanging ICT", 380000, 150000, 210000),
]
assert sum(r[2] for r in DV_RESERVES) == DV_RES_TOEV[2] * 1000
assert sum(r[3] for r in DV_RESERVES) == DV_RES_ONTT[2] * 1000
DV_RES_END = {r[0]: r[1] + r[2] - r[3] for r in DV_RESERVES}

# Overhead 2025: directie + bedrijfsvoering teams + central kapitaallasten/opleidingen (euros)
DV_OVERHEAD_AFD = ["Directie en bestuursondersteuning", "Bedrijfsvoering"]
DV_OVERHEAD = sum(DV_AFD_TOT[a]["totaal"] for a in DV_OVERHEAD_AFD)
DV_OVERHEAD_PCT = rnd(DV_OVERHEAD / DV_LASTEN_2025 * 100, 1)
DV_OVERHEAD_FTE = round(DV_AFD_TOT["Directie en bestuursondersteuning"]["fte"] + DV_AFD_TOT["Bedrijfsvoering"]["fte"], 2)

# Investeringsplan (K), per year 2025-2028, with afschrijvingstermijn in years
DV_INV = [
    ("Werkplekken en laptops", 4, [420, 180, 95, 460]),
    ("Netwerk, servers en opslag", 5, [260, 0, 310, 0]),
    ("Vervanging zaaksysteem", 5, [0, 540, 0, 0]),
    ("Telefonie en vergaderfaciliteiten", 5, [85, 0, 0, 120]),
    ("Voertuigen en materieel buitendienst", 8, [310, 145, 220, 0]),
]
DV_INV_YEARTOT = [sum(r[2][j] for r in DV_INV) for j in range(4)]
DV_INV_TOT = {r[0]: sum(r[2]) for r in DV_INV}

# Risks (euros): kans %, effect -> risicobedrag
DV_RISKS = [
    ("Loonkosten boven de indexatie van de bijdragen (cao gemeenten)", 50, 600000),
    ("Inhuur bij moeilijk vervulbare vacatures", 50, 450000),
    ("Cyberincident of langdurige verstoring van systemen", 10, 800000),
    ("Taakwijziging of uittreding van een deelnemende gemeente", 10, 1500000),
    ("Wachtgeld en WW-verplichtingen", 25, 200000),
]
DV_RISK_TOT = sum(rnd(k * e / 100) for _, k, e in DV_RISKS)
DV_RATIO = rnd(DV_RESERVES[0][1] / DV_RISK_TOT, 2)

# Prose figures
DV_PROSE = {"vacatures": 27, "ziekteverzuim": 5.8, "ziekteverzuim_norm": 5.0, "inhuur_pct": 4.4}


def summary():
    print("TW alg uitkering", [c["alg_uitkering"] for c in TW_TOT])
    print("TW lasten_tot", [c["lasten_tot"] for c in TW_TOT], "baten_tot", [c["baten_tot"] for c in TW_TOT])
    print("TW saldo", [c["saldo"] for c in TW_TOT], "toev", [c["toev"] for c in TW_TOT], "ontt", [c["ontt"] for c in TW_TOT])
    print("TW prog6 lasten", [c["prog_lasten"][6] for c in TW_TOT])
    print("TW risk benodigd", TW_RISK_BENODIGD, "cap", TW_CAP_TOTAAL, "ratio", TW_RATIO, "overhead pct", TW_OVERHEAD_PCT)
    print("TW woonlasten", TW_WOONLASTEN)
    print("DV fte", DV_FTE, "loonsom", DV_LOONSOM, "overig", DV_OVERIG, "lasten2025", DV_LASTEN_2025)
    print("DV lasten K", DV_LASTEN_K, "bijdr K", DV_BIJDR_K)
    print("DV sleutel", DV_SLEUTEL)
    print("DV bijdr", DV_BIJDR)
    print("DV overhead", DV_OVERHEAD, DV_OVERHEAD_PCT, "risk", DV_RISK_TOT, "ratio", DV_RATIO)
    print("DV mjr", DV_MJR_LASTEN)


if __name__ == "__main__":
    summary()

# the algemene reserve stays within its maximum (3% of the totale lasten, stated in the reserves chapter)
assert DV_RESERVES[0][1] <= 0.03 * DV_LASTEN_2025
