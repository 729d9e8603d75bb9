"""Figures of the fictional municipality Kraaiendijk, shared by both documents.

Scales:
  * r24, b26, r27, r28, r29: thousands of euros (as printed in the Programmabegroting 2026)
  * prim, vjn, nj, real:     whole euros (Jaarstukken 2025)
      prim = Begroting 2025 primitief
      vjn  = wijziging Voorjaarsnota 2025 (in the Programmabegroting 2026 column "Begroting 2025"
             = round((prim + vjn) / 1000))
      nj   = wijzigingen Najaarsnota 2025 + decemberwijziging
      na wijziging = prim + vjn + nj
      real = Realisatie 2025
"""

MUNI = "Kraaiendijk"

PROGRAMMES = [
    (1, "Bestuur en Veiligheid"),
    (2, "Openbare Ruimte en Mobiliteit"),
    (3, "Sociaal Domein"),
    (4, "Onderwijs, Sport en Cultuur"),
    (5, "Wonen, Ruimte en Duurzaamheid"),
]

# (prog, side L/B, code, name, r24k, prim, vjn, nj, real, b26k, r27k, r28k, r29k)
TAAKVELDEN = [
    (1, "L", "0.1", "Bestuur", 2412, 2486300, 45000, 30000, 2571884, 2604, 2627, 2641, 2655),
    (1, "L", "1.1", "Crisisbeheersing en brandweer", 2198, 2287640, 64000, 0, 2350912, 2452, 2501, 2551, 2602),
    (1, "L", "1.2", "Openbare orde en veiligheid", 1064, 1118950, 0, 85000, 1149377, 1187, 1204, 1221, 1239),
    (1, "B", "0.1", "Bestuur", 38, 41200, 0, 0, 52910, 42, 42, 42, 42),
    (1, "B", "1.2", "Openbare orde en veiligheid", 96, 88500, 0, 0, 131640, 90, 90, 90, 90),

    (2, "L", "2.1", "Verkeer en vervoer", 3874, 3968420, 120000, 210000, 4517066, 4105, 4150, 4196, 4188),
    (2, "L", "5.7", "Openbaar groen en (openlucht) recreatie", 2281, 2356700, 0, 40000, 2307315, 2448, 2472, 2497, 2522),
    (2, "L", "7.2", "Riolering", 2716, 2893150, 0, -150000, 2618904, 2968, 3041, 3102, 3160),
    (2, "L", "7.3", "Afval", 3342, 3481900, 95000, 0, 3622458, 3655, 3720, 3782, 3841),
    (2, "B", "2.1", "Verkeer en vervoer", 412, 385000, 0, 0, 447215, 395, 395, 395, 395),
    (2, "B", "7.2", "Riolering", 3104, 3212600, 0, 0, 3198477, 3310, 3392, 3461, 3528),
    (2, "B", "7.3", "Afval", 3798, 3920100, 95000, 0, 4087661, 4068, 4139, 4206, 4271),

    (3, "L", "6.1", "Samenkracht en burgerparticipatie", 3105, 3248800, 150000, 0, 3311502, 3392, 3418, 3445, 3471),
    (3, "L", "6.2", "Toegang en eerstelijnsvoorzieningen", 2687, 2790350, 0, 60000, 2806119, 2911, 2944, 2978, 3011),
    (3, "L", "6.3", "Inkomensregelingen", 10612, 10845200, 310000, 420000, 11892340, 11420, 11533, 11648, 11764),
    (3, "L", "6.4", "Begeleide participatie", 2954, 2904700, 0, 0, 2889236, 2868, 2832, 2796, 2761),
    (3, "L", "6.71", "Maatwerkdienstverlening 18+", 6318, 6512400, 250000, 180000, 6731988, 6987, 7165, 7347, 7534),
    (3, "L", "6.72", "Maatwerkdienstverlening 18-", 7834, 7650000, 400000, 350000, 9246213, 8640, 8420, 8305, 8190),
    (3, "B", "6.3", "Inkomensregelingen", 8912, 9105300, 280000, 375000, 9866741, 9644, 9741, 9838, 9936),
    (3, "B", "6.71", "Maatwerkdienstverlening 18+", 402, 385000, 0, 0, 351207, 390, 390, 390, 390),

    (4, "L", "4.2", "Onderwijshuisvesting", 1987, 2145600, 0, -120000, 1981334, 2562, 2910, 2895, 2880),
    (4, "L", "4.3", "Onderwijsbeleid en leerlingzaken", 1542, 1610450, 60000, 0, 1702118, 1688, 1702, 1716, 1730),
    (4, "L", "5.2", "Sportaccommodaties", 2208, 2296800, 0, 85000, 2369470, 2480, 2611, 2598, 2585),
    (4, "L", "5.3", "Cultuurpresentatie, cultuurproductie en cultuurparticipatie", 1236, 1298100, 40000, 0, 1331865, 1352, 1363, 1374, 1385),
    (4, "L", "5.6", "Media", 874, 902300, 0, 0, 899114, 931, 940, 949, 958),
    (4, "B", "4.2", "Onderwijshuisvesting", 118, 104000, 0, 0, 117640, 106, 106, 106, 106),
    (4, "B", "5.2", "Sportaccommodaties", 846, 871500, 0, 0, 902386, 905, 918, 931, 944),

    (5, "L", "7.4", "Milieubeheer", 1623, 1734900, 210000, 0, 1856720, 1802, 1745, 1751, 1757),
    (5, "L", "8.1", "Ruimtelijke ordening", 1455, 1522300, 0, 175000, 1784206, 1598, 1612, 1626, 1640),
    (5, "L", "8.2", "Grondexploitatie (niet bedrijventerreinen)", 2874, 1950000, 0, 1250000, 3418552, 2300, 2100, 1800, 1500),
    (5, "L", "8.3", "Wonen en bouwen", 1748, 1802600, 90000, 0, 1874931, 1903, 1920, 1937, 1954),
    (5, "B", "8.1", "Ruimtelijke ordening", 124, 98000, 0, 0, 142350, 105, 105, 105, 105),
    (5, "B", "8.2", "Grondexploitatie (niet bedrijventerreinen)", 3412, 2200000, 0, 1400000, 4012664, 2450, 2250, 1950, 1650),
    (5, "B", "8.3", "Wonen en bouwen", 1187, 1150000, 0, -100000, 963418, 1180, 1195, 1210, 1225),
]

# Algemene dekkingsmiddelen (baten). AU = algemene uitkering: computed as balancing item in the
# budget columns (None here), given for the realisations.
# (code, name, r24k, prim, vjn, nj, real, b26k, r27k, r28k, r29k)
DEKKING = [
    ("0.61", "OZB woningen", 5284, 5512300, 0, 0, 5538204, 5789, 5962, 6141, 6325),
    ("0.62", "OZB niet-woningen", 2968, 3087400, 0, 0, 3071655, 3242, 3339, 3439, 3542),
    ("0.64", "Toeristenbelasting", 612, 640000, 0, 60000, 718934, 690, 700, 710, 720),
    ("0.5", "Treasury (dividend en rente)", 487, 455000, 0, 0, 512783, 430, 420, 410, 400),
    ("0.7", "Algemene uitkering gemeentefonds", None, None, 1296000, 412000, None, None, None, None, None),
]
# realisatie algemene uitkering = na wijziging + this (decembercirculaire)
AU_REAL_EXTRA = 712390

# Lasten outside the programmes: (code, name, r24k, prim, vjn, nj, real, b26k, r27k, r28k, r29k)
OVERIG_LASTEN = [
    ("0.4", "Overhead", 8875, 9214600, 180000, 120000, 9611047, 9745, 9832, 9920, 10010),
    ("0.8", "Overige baten en lasten (incl. onvoorzien)", 86, 250000, -100000, -100000, 41206, 260, 260, 260, 260),
]

# Target results (geraamd resultaat) used to compute the algemene uitkering in budget columns
TARGET_RESULT_K = {"r24": 1487, "b26": 212, "r27": -348, "r28": -95, "r29": 164}
TARGET_RESULT_PRIM = 48215          # euros, Begroting 2025 primitief

# Reserves. stand0 = stand 1-1-2025 in euros.
# 2025 mutations per reserve: toev (prim, vjn, nj, real), ontt (prim, vjn, nj, real) in euros
# 2026 mutations in thousands: toev26, ontt26
RESERVES = [
    dict(name="Algemene reserve", kind="algemeen", stand0=9418266,
         toev=(0, 0, 0, 0), ontt=(350000, 400000, 0, 712480), toev26=0, ontt26=420),
    dict(name="Reserve sociaal domein", kind="bestemming", stand0=2145830,
         toev=(0, 0, 0, 0), ontt=(300000, 250000, 200000, 750000), toev26=0, ontt26=500),
    dict(name="Reserve onderhoud gemeentelijke gebouwen", kind="bestemming", stand0=1287450,
         toev=(420000, 0, 0, 420000), ontt=(510000, 0, -80000, 384126), toev26=420, ontt26=465),
    dict(name="Reserve kapitaallasten IKC Noord", kind="bestemming", stand0=3600000,
         toev=(0, 0, 0, 0), ontt=(0, 0, 0, 0), toev26=0, ontt26=120),
    dict(name="Reserve duurzaamheid", kind="bestemming", stand0=842115,
         toev=(0, 0, 0, 0), ontt=(180000, 210000, 0, 301820), toev26=0, ontt26=250),
    dict(name="Reserve grondexploitatie", kind="bestemming", stand0=1520000,
         toev=(250000, 0, 150000, 400000), ontt=(0, 0, 0, 0), toev26=150, ontt26=0),
]
# resultaat rekening 2024 (euros), added to the algemene reserve in 2025 (bestemming resultaat 2024)
RESULT_2024_EUR = 1486932

# reserve mutation totals (thousands) for r24 and r27..r29 (not per reserve)
RES_TOT_K = {"r24": (1180, 1624), "r27": (570, 1100), "r28": (570, 950), "r29": (570, 880)}

# Indicators: (prog, name, eenheid, bron, real24, streef25, streef26, real25)
INDICATORS = [
    (1, "Tevredenheid dienstverlening gemeente", "rapportcijfer", "Burgerpeiling", "7,1", "7,3", "7,4", "7,2"),
    (1, "Woninginbraken", "aantal", "Politie / eigen registratie", "58", "55", "50", "61"),
    (1, "Verwijzingen Halt", "per 10.000 jongeren 12-17 jaar", "Bureau Halt", "112", "100", "95", "89"),
    (2, "Tevredenheid onderhoud openbaar groen", "rapportcijfer", "Burgerpeiling", "6,6", "6,8", "7,0", "6,7"),
    (2, "Fijn huishoudelijk restafval", "kg per inwoner", "Eigen registratie", "142", "130", "118", "127"),
    (2, "Verkeersongevallen met letsel", "aantal", "Politie / VIA", "41", "38", "35", "44"),
    (2, "Gescheiden ingezameld huishoudelijk afval", "%", "Eigen registratie", "67", "70", "72", "69,4"),
    (3, "Jongeren met jeugdhulp", "% van jongeren tot 18 jaar", "CBS", "11,2", "10,8", "10,5", "12,1"),
    (3, "Bijstandsuitkeringen", "per 10.000 inwoners 18 jaar e.o.", "CBS", "268", "260", "255", "271"),
    (3, "Cliënten met een maatwerkarrangement Wmo", "per 10.000 inwoners", "CBS", "612", "600", "600", "634"),
    (3, "Huishoudens in schuldhulpverlening", "aantal", "Eigen registratie", "214", "230", "240", "247"),
    (4, "Absoluut verzuim", "per 1.000 leerlingen", "DUO / Ingrado", "1,9", "1,5", "1,5", "1,7"),
    (4, "Voortijdige schoolverlaters", "% deelnemers VO en MBO", "DUO", "1,6", "1,5", "1,4", "1,5"),
    (4, "Niet-sporters", "% inwoners 19 jaar e.o.", "Gezondheidsmonitor", "47,8", "46,0", "45,0", "46,9"),
    (4, "Bezoeken bibliotheek", "aantal", "Bibliotheek Kraaiendijk", "118.400", "120.000", "122.500", "124.760"),
    (5, "Opgeleverde woningen", "aantal", "BAG", "98", "120", "135", "104"),
    (5, "Nieuw gebouwde woningen", "per 1.000 woningen", "BAG / CBS", "7,4", "9,0", "10,0", "7,8"),
    (5, "Woningen met energielabel A of beter", "%", "RVO / EP-online", "31", "34", "38", "35"),
    (5, "Omgevingsvergunningen binnen wettelijke termijn", "%", "Eigen registratie", "92", "95", "95", "88"),
]

# Weerstandsvermogen
WEERSTAND_B26 = dict(beschikbaar_k=14820, benodigd_k=8240)      # Programmabegroting 2026
WEERSTAND_R25 = dict(beschikbaar=16118452, benodigd=8409780)    # Jaarstukken 2025, 31-12-2025

# Kengetallen (percent). Programmabegroting 2026: r24, b25, b26, r27, r28, r29
KENGETALLEN_B26 = [
    ("Netto schuldquote", ["68,4", "74,2", "79,1", "83,5", "85,0", "84,2"]),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", ["61,7", "67,9", "72,8", "77,3", "78,9", "78,2"]),
    ("Solvabiliteitsratio", ["27,3", "25,1", "23,8", "23,0", "22,7", "23,4"]),
    ("Grondexploitatie", ["4,1", "3,6", "3,2", "2,7", "2,1", "1,6"]),
    ("Structurele exploitatieruimte", ["1,2", "0,4", "0,6", "-0,3", "0,1", "0,4"]),
    ("Belastingcapaciteit", ["104", "106", "107", "108", "108", "109"]),
]
# Jaarstukken 2025: begroting 2025 primitief vs realisatie 2025
KENGETALLEN_R25 = [
    ("Netto schuldquote", "72,6", "70,9"),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", "66,1", "64,0"),
    ("Solvabiliteitsratio", "25,8", "26,4"),
    ("Grondexploitatie", "3,9", "3,4"),
    ("Structurele exploitatieruimte", "0,3", "0,9"),
    ("Belastingcapaciteit", "106", "106"),
]

# Investeringen (Jaarstukken, x EUR 1.000): name, prog, jaar besluit, krediet, t/m 2024, 2025, status
INVESTERINGEN = [
    ("Vervanging riolering Kerkstraat e.o.", 2, 2023, 1850, 640, 1012, "gereed, afsluiten"),
    ("Renovatie sporthal De Wielewaal", 4, 2024, 3400, 210, 2905, "loopt door"),
    ("Nieuwbouw IKC Noord Ommelhoek", 4, 2023, 9200, 1480, 4366, "loopt door"),
    ("Fietspad Lutterzijl - Heidevenne", 2, 2024, 1150, 0, 1236, "gereed, afsluiten"),
    ("Ledverlichting openbare ruimte", 2, 2022, 620, 455, 171, "gereed, afsluiten"),
    ("Vervanging tractie buitendienst", 2, 2025, 480, 0, 312, "loopt door"),
]

# Investeringsplanning in the Programmabegroting 2026 (x EUR 1.000): name, prog, 2026, 2027, 2028, 2029
INVESTERINGSPLAN = [
    ("Nieuwbouw IKC Noord Ommelhoek (aanvullend krediet)", 4, 1400, 0, 0, 0),
    ("Vervanging riolering Molenweg", 2, 1250, 980, 0, 0),
    ("Herinrichting Stationsweg", 2, 640, 0, 0, 0),
    ("Kunstgrasveld sportpark De Kraai", 4, 0, 720, 0, 0),
    ("Vervanging tractie buitendienst", 2, 180, 0, 260, 0),
    ("Zonnepanelen gemeentelijke gebouwen", 5, 310, 310, 0, 0),
]
