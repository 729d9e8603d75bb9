"""Single data module for evaluation set Y (fictional documents).

Document 1: Gemeente Brederwijde, Programmabegroting 2027 (meerjarenraming 2028-2030), PDF.
Document 2: Recreatieschap Marrevelden, Jaarstukken 2026, saved HTML page.

All figures are fictional. Units are given per table:
  scale "k"     -> integers in thousands of euros (printed as x € 1.000)
  scale "euro"  -> integers in whole euros
  scale "cents" -> integers in euro cents (printed as 1.234.567,89)
Totals, saldi and resultaten are NOT stored: the generators compute them with the
helpers at the bottom, and check.py re-verifies them from the printed documents.
"""

# ---------------------------------------------------------------------------
# Document 1: Gemeente Brederwijde
# ---------------------------------------------------------------------------
MUNI = {
    "name": "Brederwijde",
    "doc_id": "brederwijde-programmabegroting-2027",
    "file": "brederwijde-programmabegroting-2027.pdf",
    "title": "Programmabegroting 2027 en meerjarenraming 2028-2030",
    "inwoners": 31842,          # per 1 januari 2026, prose only
    "huishoudens": 13960,       # prose only
    "kernen": 6,
}

YEARS = ["2025", "2026", "2027", "2028", "2029", "2030"]
YEAR_HEADERS = ["Rekening 2025", "Begroting 2026 na wijziging", "Begroting 2027",
                "Raming 2028", "Raming 2029", "Raming 2030"]

PROGRAMMES = [
    {
        "nr": 1, "name": "Bestuur en Veiligheid", "scale": "k", "scale_place": "header",
        "lasten": [
            ("0.1", "Bestuur", [3412, 3586, 3655, 3702, 3690, 3731]),
            ("0.2", "Burgerzaken", [1108, 1164, 1197, 1214, 1229, 1241]),
            ("1.1", "Crisisbeheersing en brandweer", [1887, 1951, 2043, 2081, 2118, 2156]),
            ("1.2", "Openbare orde en veiligheid", [812, 905, 948, 931, 936, 942]),
        ],
        "baten": [
            ("0.1", "Bestuur", [24, 18, 18, 18, 18, 18]),
            ("0.2", "Burgerzaken", [498, 455, 472, 486, 479, 491]),
            ("1.2", "Openbare orde en veiligheid", [61, 40, 42, 42, 42, 42]),
        ],
        "toevoegingen": [0, 0, 0, 0, 0, 0],
        "onttrekkingen": [0, 150, 85, 0, 0, 0],
    },
    {
        "nr": 2, "name": "Sociaal Domein", "scale": "cents", "scale_place": "above",
        "lasten": [
            ("6.1", "Samenkracht en burgerparticipatie", [317114657, 333647328, 343953677, 348127628, 348172603, 355100287]),
            ("6.2", "Toegang en eerstelijnsvoorzieningen", [387728592, 403365307, 421015330, 421291287, 436043948, 437987316]),
            ("6.3", "Inkomensregelingen", [909539484, 936661176, 981325165, 992470251, 994593107, 1015962708]),
            ("6.4", "Begeleide participatie", [286878272, 299326438, 302241469, 308548594, 314038470, 316813527]),
            ("6.5", "Arbeidsparticipatie", [135219203, 141198303, 147541208, 149191674, 148783610, 151671938]),
            ("6.6", "Maatwerkvoorzieningen (Wmo)", [221259338, 233387462, 238328043, 243822279, 244070095, 250811525]),
            ("6.71", "Maatwerkdienstverlening 18+", [824739298, 861281676, 885577087, 901420840, 920973373, 934024991]),
            ("6.72", "Maatwerkdienstverlening 18-", [896576981, 940877843, 968010394, 991516382, 1002789125, 1002270980]),
            ("6.81", "Geëscaleerde zorg 18+", [57982521, 60965714, 61652894, 63523634, 63929951, 64595839]),
            ("6.82", "Geëscaleerde zorg 18-", [212539163, 218969571, 229336062, 230340611, 234960088, 235514605]),
            ("7.1", "Volksgezondheid", [180470054, 188096782, 194857684, 198541550, 201285536, 204064428]),
        ],
        "baten": [
            ("6.1", "Samenkracht en burgerparticipatie", [16979966, 17325951, 18057733, 18315661, 18673644, 18868462]),
            ("6.3", "Inkomensregelingen", [697424508, 723496953, 733600135, 749532355, 766056806, 779401749]),
            ("6.5", "Arbeidsparticipatie", [11156527, 11669701, 11924274, 12182393, 12328820, 12529399]),
            ("6.71", "Maatwerkdienstverlening 18+", [36750309, 38282763, 38664367, 39252549, 40411224, 41296747]),
            ("7.1", "Volksgezondheid", [3740979, 3841349, 4017570, 4028316, 4158819, 4158306]),
        ],
        "toevoegingen": [50000000, 0, 0, 0, 0, 0],
        "onttrekkingen": [18642000, 44500000, 31000000, 22000000, 0, 0],
    },
    {
        "nr": 3, "name": "Onderwijs, Sport en Cultuur", "scale": "euro", "scale_place": "footnote",
        "lasten": [
            ("4.2", "Onderwijshuisvesting", [2451011, 2508171, 2593645, 2654463, 2717416, 2732395]),
            ("4.3", "Onderwijsbeleid en leerlingzaken", [1775742, 1833048, 1898689, 1930171, 1929782, 1971881]),
            ("5.1", "Sportbeleid en activering", [463130, 481323, 489464, 493081, 507149, 508309]),
            ("5.2", "Sportaccommodaties", [2570874, 2647725, 2749216, 2758664, 2806214, 2850259]),
            ("5.3", "Cultuurpresentatie, -productie en -participatie", [798929, 834155, 982507, 882395, 877347, 908910]),
            ("5.6", "Media", [897611, 933344, 961800, 997004, 989025, 1026839]),
            ("5.7", "Openbaar groen en (openlucht) recreatie", [3093889, 3252739, 3308801, 3377803, 3378631, 3435044]),
        ],
        "baten": [
            ("4.2", "Onderwijshuisvesting", [102564, 106722, 109773, 110988, 114387, 114259]),
            ("4.3", "Onderwijsbeleid en leerlingzaken", [395850, 412098, 421663, 430434, 435076, 437343]),
            ("5.2", "Sportaccommodaties", [784867, 812151, 829097, 851913, 862751, 876960]),
            ("5.7", "Openbaar groen en (openlucht) recreatie", [56373, 58817, 60333, 61546, 61360, 63235]),
        ],
        "toevoegingen": [0, 0, 0, 0, 0, 0],
        "onttrekkingen": [198660, 212480, 332480, 212480, 212480, 212480],
    },
    {
        "nr": 4, "name": "Fysieke Leefomgeving", "scale": "k", "scale_place": "footnote",
        "lasten": [
            ("2.1", "Verkeer en vervoer", [3845, 3962, 4118, 4205, 4287, 4330]),
            ("2.2", "Parkeren", [214, 226, 231, 236, 240, 244]),
            ("7.2", "Riolering", [3102, 3248, 3391, 3472, 3561, 3648]),
            ("7.3", "Afval", [4286, 4412, 4597, 4668, 4741, 4813]),
            ("7.5", "Begraafplaatsen en crematoria", [362, 371, 384, 389, 394, 399]),
            ("8.1", "Ruimtelijke ordening", [1284, 1512, 1597, 1418, 1236, 1243]),
            ("8.2", "Grondexploitatie (niet-bedrijventerreinen)", [2460, 1875, 2215, 1690, 1120, 640]),
            ("8.3", "Wonen en bouwen", [1736, 1801, 1858, 1872, 1889, 1902]),
        ],
        "baten": [
            ("2.2", "Parkeren", [168, 175, 181, 181, 181, 181]),
            ("7.2", "Riolering", [3388, 3512, 3684, 3771, 3862, 3951]),
            ("7.3", "Afval", [4315, 4420, 4548, 4642, 4740, 4812]),
            ("7.5", "Begraafplaatsen en crematoria", [298, 305, 318, 322, 327, 331]),
            ("8.2", "Grondexploitatie (niet-bedrijventerreinen)", [3016, 2420, 2855, 2100, 1120, 640]),
            ("8.3", "Wonen en bouwen", [1142, 1068, 1095, 1110, 1125, 1140]),
        ],
        "toevoegingen": [142, 60, 0, 0, 0, 0],
        "onttrekkingen": [0, 85, 370, 240, 0, 0],
    },
    {
        "nr": 5, "name": "Economie en Duurzaamheid", "scale": "cents", "scale_place": "above",
        "lasten": [
            ("3.1", "Economische ontwikkeling", [54057254, 55746855, 58404382, 58639326, 59729711, 61184725]),
            ("3.3", "Bedrijvenloket en bedrijfsregelingen", [19646025, 20501522, 20975966, 21309846, 21665748, 22015384]),
            ("3.4", "Economische promotie", [40088990, 42009230, 43429843, 43746025, 44838674, 45538945]),
            ("7.4", "Milieubeheer", [178360566, 185926026, 237188323, 209625184, 199839453, 199393743]),
        ],
        "baten": [
            ("3.3", "Bedrijvenloket en bedrijfsregelingen", [6596580, 6775574, 7069997, 7060469, 7280150, 7367167]),
            ("3.4", "Economische promotie", [33306411, 35032969, 36048588, 37077698, 36875103, 37600734]),
            ("7.4", "Milieubeheer", [48348791, 50822837, 90713875, 52344594, 53650044, 54705994]),
        ],
        "toevoegingen": [0, 0, 0, 0, 0, 0],
        "onttrekkingen": [0, 6000000, 15000000, 15000000, 0, 0],
    },
    {
        "nr": 6, "name": "Algemene dekkingsmiddelen en overhead", "scale": "k", "scale_place": "header",
        "lasten": [
            ("0.4", "Overhead", [10212, 10684, 11085, 11142, 11236, 11318]),
            ("0.5", "Treasury", [612, 698, 842, 951, 1020, 1048]),
            ("0.61", "OZB woningen", [186, 192, 198, 202, 206, 210]),
            ("0.62", "OZB niet-woningen", [74, 76, 79, 80, 82, 83]),
            ("0.64", "Belastingen overig", [22, 23, 24, 24, 25, 25]),
            ("0.8", "Overige baten en lasten (incl. onvoorzien)", [148, 310, 285, 410, 455, 520]),
        ],
        "baten": [
            ("0.4", "Overhead", [318, 296, 302, 302, 302, 302]),
            ("0.5", "Treasury", [1086, 1042, 1058, 1064, 1071, 1077]),
            ("0.61", "OZB woningen", [6214, 6538, 6902, 7134, 7372, 7618]),
            ("0.62", "OZB niet-woningen", [3116, 3274, 3445, 3521, 3599, 3678]),
            ("0.64", "Belastingen overig", [312, 318, 326, 333, 340, 347]),
            ("0.7", "Algemene uitkering gemeentefonds", [63990, 62294, 66554, 67607, 68581, 69429]),
            ("0.8", "Overige baten en lasten", [124, 48, 30, 30, 30, 30]),
        ],
        "toevoegingen": [1850, 0, 640, 410, 0, 0],
        "onttrekkingen": [0, 1120, 0, 0, 0, 0],
    },
]

# Incidentele baten en lasten, x € 1.000, columns 2027..2030
INCIDENTEEL_YEARS = ["2027", "2028", "2029", "2030"]
INCIDENTELE_LASTEN = [
    (1, "Tijdelijke formatie aanpak ondermijning", 1, [85, 0, 0, 0]),
    (2, "Organisatie verkiezingen (PS/waterschap, TK, gemeenteraad)", 1, [72, 0, 68, 96]),
    (3, "Pilot preventie jeugd 'Vroeg Erbij'", 2, [310, 220, 0, 0]),
    (4, "Viering 750 jaar Brederwijde", 3, [120, 0, 0, 0]),
    (5, "Actualisatie omgevingsplan", 4, [275, 180, 0, 0]),
    (6, "Aanpak energiearmoede (SPUK)", 5, [390, 0, 0, 0]),
    (7, "Uitvoering duurzaamheidsfonds", 5, [150, 150, 0, 0]),
    (8, "Implementatie nieuw zaaksysteem", 6, [145, 60, 0, 0]),
    (9, "Toevoeging algemene reserve (winstneming grex)", 6, [640, 410, 0, 0]),
]
INCIDENTELE_BATEN = [
    (10, "Onttrekking reserve ondermijningsaanpak", 1, [85, 0, 0, 0]),
    (11, "Onttrekking reserve sociaal domein", 2, [310, 220, 0, 0]),
    (12, "Onttrekking reserve viering 750 jaar", 3, [120, 0, 0, 0]),
    (13, "Onttrekking reserve omgevingswet", 4, [275, 180, 0, 0]),
    (14, "Onttrekking egalisatiereserve afvalstoffenheffing", 4, [95, 60, 0, 0]),
    (15, "Winstneming grondexploitatie Kloosterakker", 4, [640, 410, 0, 0]),
    (16, "Specifieke uitkering energiearmoede (SPUK)", 5, [390, 0, 0, 0]),
    (17, "Onttrekking reserve duurzaamheidsfonds", 5, [150, 150, 0, 0]),
]

# Verloop reserves 2027 (x € 1.000): name, stand 1-1-2027, toevoegingen, onttrekkingen
RESERVES_2027 = [
    ("Algemene reserve", 14286, 640, 0),
    ("Reserve sociaal domein", 1845, 0, 310),
    ("Reserve ondermijningsaanpak", 85, 0, 85),
    ("Reserve viering 750 jaar", 120, 0, 120),
    ("Reserve kapitaallasten sportaccommodaties", 4037, 0, 212),
    ("Reserve omgevingswet", 455, 0, 275),
    ("Egalisatiereserve afvalstoffenheffing", 318, 0, 95),
    ("Reserve duurzaamheidsfonds", 600, 0, 150),
]

# Kengetallen (%), columns R2025, B2026, B2027, R2028, R2029, R2030; None = not given
KENGETALLEN = [
    ("1a. Netto schuldquote", [48.6, 55.2, 61.8, 66.4, 67.9, 66.1]),
    ("1b. Netto schuldquote gecorrigeerd voor alle verstrekte leningen", [46.9, 53.7, 60.2, 64.9, 66.5, 64.8]),
    ("2. Solvabiliteitsratio", [27.4, 25.8, 24.1, 23.3, 22.9, 23.2]),
    ("3. Structurele exploitatieruimte", None),   # filled from structureel saldo by helpers
    ("4. Grondexploitatie", [9.8, 8.7, 7.1, 5.6, 4.2, 3.9]),
    ("5. Belastingcapaciteit", [104.2, 106.5, 108.1, None, None, None]),
]
STRUCT_EXPL_2025_2026 = [1.6, 0.4]   # realised / previous budget values

# Lokale lastendruk: label, unit, 2026, 2027 ("pct" values are % of WOZ-waarde, 4 decimals)
LASTENDRUK = [
    ("OZB woningen, eigenaar", "% WOZ-waarde", 0.0812, 0.0839),
    ("OZB niet-woningen, eigenaar", "% WOZ-waarde", 0.1645, 0.1702),
    ("OZB niet-woningen, gebruiker", "% WOZ-waarde", 0.1318, 0.1364),
    ("Afvalstoffenheffing meerpersoonshuishouden", "€ per huishouden", 318.00, 334.00),
    ("Afvalstoffenheffing eenpersoonshuishouden", "€ per huishouden", 246.00, 259.20),
    ("Rioolheffing", "€ per huishouden", 231.60, 242.40),
]

# Investeringsplan, whole euros: nr, omschrijving, programma, afschrijvingstermijn, [2027..2030]
INVESTERINGEN = [
    (1, "Vervanging riolering Kerkstraat-Zuid", 4, 60, [1240000, 0, 0, 0]),
    (2, "Herinrichting Dorpsstraat Oudwijde", 4, 30, [860000, 1150000, 0, 0]),
    (3, "Renovatie zwembad De Wielewaal", 3, 25, [0, 2435000, 0, 0]),
    (4, "Kunstgrasveld sportpark De Brede Hoek", 3, 15, [385000, 0, 0, 0]),
    (5, "Uitbreiding IKC De Horizon", 3, 40, [1675000, 3120000, 540000, 0]),
    (6, "Vervanging voertuigen buitendienst", 4, 8, [212000, 96000, 148000, 175000]),
    (7, "LED-openbare verlichting fase 3", 4, 20, [318000, 318000, 0, 0]),
    (8, "Vervanging ICT-infrastructuur", 6, 5, [265000, 0, 0, 290000]),
    (9, "Fietspad Marreweg", 4, 25, [0, 0, 780000, 0]),
    (10, "Ondergrondse afvalcontainers", 4, 15, [0, 224000, 224000, 0]),
    (11, "Vervanging riolering Beukenlaan", 4, 60, [0, 0, 1060000, 1385000]),
    (12, "Verduurzaming gemeentehuis", 6, 25, [0, 0, 0, 1450000]),
    (13, "Vervanging brug Molenvaart", 4, 50, [0, 0, 0, 640000]),
]

# Beleidsindicatoren: (programma, indicator, eenheid, jaar, gemeente, nederland) values as printed strings
BELEIDSINDICATOREN = [
    (1, "Verwijzingen Halt", "aantal per 10.000 jongeren 12-17 jaar", "2024", "88", "106"),
    (1, "Winkeldiefstallen", "aantal per 1.000 inwoners", "2024", "0,9", "2,1"),
    (1, "Geweldsmisdrijven", "aantal per 1.000 inwoners", "2024", "3,2", "4,6"),
    (1, "Diefstallen uit woning", "aantal per 1.000 inwoners", "2024", "1,1", "1,6"),
    (1, "Vernielingen en beschadigingen", "aantal per 1.000 inwoners", "2024", "3,9", "4,7"),
    (2, "Banen", "aantal per 1.000 inwoners 15-74 jaar", "2024", "621,4", "820,2"),
    (2, "Jongeren met een delict voor de rechter", "% 12 t/m 21 jaar", "2022", "0,8", "1,2"),
    (2, "Kinderen in uitkeringsgezin", "% kinderen tot 18 jaar", "2023", "4,1", "5,8"),
    (2, "Netto arbeidsparticipatie", "% werkzame beroepsbevolking", "2024", "70,2", "72,6"),
    (2, "Personen met een bijstandsuitkering", "aantal per 10.000 inwoners 18+", "2025", "198,6", "358,9"),
    (2, "Lopende re-integratievoorzieningen", "aantal per 10.000 inwoners 15-74 jaar", "2025", "141,3", "180,2"),
    (2, "Jongeren met jeugdhulp", "% 0 t/m 17 jaar", "2025", "12,8", "11,6"),
    (2, "Jongeren met jeugdbescherming", "% 0 t/m 17 jaar", "2025", "0,9", "1,0"),
    (2, "Jongeren met jeugdreclassering", "% 12 t/m 22 jaar", "2025", "0,2", "0,3"),
    (2, "Cliënten met een maatwerkarrangement Wmo", "aantal per 10.000 inwoners", "2025", "724", "690"),
    (3, "Absoluut verzuim", "aantal per 1.000 leerlingen", "2024", "1,4", "2,0"),
    (3, "Relatief verzuim", "aantal per 1.000 leerlingen", "2024", "21", "29"),
    (3, "Voortijdige schoolverlaters zonder startkwalificatie", "% deelnemers vo en mbo", "2023", "1,3", "2,0"),
    (3, "Niet-sporters", "% inwoners 18 jaar en ouder", "2024", "44,1", "46,7"),
    (4, "Omvang huishoudelijk restafval", "kg per inwoner", "2024", "112", "166"),
    (4, "Nieuw gebouwde woningen", "aantal per 1.000 woningen", "2024", "9,6", "8,9"),
    (4, "Demografische druk", "%", "2026", "76,3", "70,4"),
    (4, "Gemiddelde WOZ-waarde", "x € 1.000", "2026", "389", "405"),
    (5, "Hernieuwbare elektriciteit", "%", "2024", "21,7", "24,0"),
    (6, "Formatie", "fte per 1.000 inwoners", "2027", "7,81", "n.v.t."),
    (6, "Bezetting", "fte per 1.000 inwoners", "2027", "7,64", "n.v.t."),
    (6, "Apparaatskosten", "kosten per inwoner (€)", "2027", "812", "n.v.t."),
    (6, "Externe inhuur", "% van loonsom + inhuur", "2027", "14,2", "n.v.t."),
    (6, "Overhead", "% van totale lasten", "2027", None, "n.v.t."),   # computed from the budget
]

# Figures that appear only in running text
PROSE_MUNI = {
    "inwoners": "31.842",
    "huishoudens": "13.960",
    "veilig_pct": "84%",
    "vr_bijdrage": "€ 1.962.300",
    "minima_huishoudens": "1.176",
    "jeugd_ggz": "ruim € 2,4 miljoen",
    "bieb_leden": "6.480",
    "woningen_opleveren": "210",
    "werkloosheid": "3,1%",
    "formatie_fte": "248,7",
}

# ---------------------------------------------------------------------------
# Document 2: Recreatieschap Marrevelden, jaarstukken 2026 (whole euros unless stated)
# ---------------------------------------------------------------------------
GR = {
    "name": "Recreatieschap Marrevelden",
    "doc_id": "recreatieschap-marrevelden-jaarstukken-2026",
    "file": "recreatieschap-marrevelden-jaarstukken-2026.html",
    "title": "Jaarstukken 2026",
}
# columns: begroting primitief, begroting na wijziging, realisatie
GR_LASTEN = [
    ("Beheer en onderhoud recreatieterreinen", [2146300, 2218300, 2197846]),
    ("Jachthaven en camping De Marrehoek", [1032500, 1032500, 1088214]),
    ("Natuur, educatie en toezicht", [586200, 611200, 579903]),
    ("Bedrijfsvoering en overhead", [904700, 928700, 941377]),
    ("Kapitaallasten (rente en afschrijving)", [612400, 612400, 598215]),
]
GR_BATEN = [
    ("Bijdragen deelnemende gemeenten", [2386000, 2446000, 2446000]),
    ("Opbrengsten jachthaven en camping", [1478000, 1478000, 1612486]),
    ("Pachten, huren en erfpacht", [642300, 642300, 655918]),
    ("Parkeer- en entreegelden", [398000, 398000, 427305]),
    ("Subsidies", [215000, 265000, 251620]),
    ("Overige baten", [222800, 148800, 148957]),
]
GR_TOEVOEGINGEN = [120000, 120000, 120000]
GR_ONTTREKKINGEN = [60000, 145000, 131482]

# Deelnemers: name, aandeel %, bijdrage begroot (primitief), bijdrage werkelijk
GR_DEELNEMERS = [
    ("Gemeente Tolbergen", "28,40", 677624, 694664),
    ("Gemeente Oldemarsum", "21,50", 512990, 525890),
    ("Gemeente Wieringsloot", "16,30", 388918, 398698),
    ("Gemeente Ganzerhoek", "13,50", 322110, 330210),
    ("Gemeente Stapperveen", "11,70", 279162, 286182),
    ("Gemeente Kievitshorn", "8,60", 205196, 210356),
]

# Staat van reserves (euros): name, stand 1-1-2026, toevoegingen, onttrekkingen
GR_RESERVES = [
    ("Algemene reserve", 612400, 0, 0),
    ("Reserve groot onderhoud", 684250, 120000, 71482),
    ("Reserve natuurontwikkeling", 215000, 0, 35000),
    ("Egalisatiereserve kapitaallasten jachthaven", 318760, 0, 25000),
]

# Balans (x € 1.000): label, 31-12-2026, 31-12-2025 ; eigen vermogen lines computed from reserves
GR_BALANS_ACTIVA_VAST = [
    ("Materiële vaste activa", 9146, 9412),
    ("Financiële vaste activa", 35, 35),
]
GR_BALANS_ACTIVA_VLOTTEND = [
    ("Voorraden", 28, 31),
    ("Uitzettingen met een looptijd korter dan één jaar", 412, 538),
    ("Liquide middelen", None, 842),   # balancing item 2026, computed
    ("Overlopende activa", 164, 129),
]
GR_RESULTAAT_2025 = 64318
GR_BALANS_PASSIVA_OVERIG_VAST = [
    ("Voorzieningen", 1236, 1108),
    ("Vaste schulden met een rentetypische looptijd van één jaar of langer", 6480, 6970),
]
GR_BALANS_PASSIVA_VLOTTEND = [
    ("Netto vlottende schulden met een looptijd korter dan één jaar", 612, None),  # 2025 computed
    ("Overlopende passiva", 338, 301),
]

# WNT directeur (euros)
GR_WNT = {
    "naam": "mw. drs. A.M. Wolthuis",
    "functie": "Directeur",
    "aanvang_einde_2026": "01/01 - 31/12",
    "aanvang_einde_2025": "01/01 - 31/12",
    "fte": ["0,89", "0,89"],
    "dienstbetrekking": ["ja", "ja"],
    "beloning": [98436, 93112],
    "onkosten": [2160, 2040],
    "termijn": [16847, 15781],
    "max": [233180, 218940],
}

# Kengetallen GR (%): begroting 2026, realisatie 2026, realisatie 2025
GR_KENGETALLEN_FIXED = {
    "Structurele exploitatieruimte": ["0,4", "2,1", "1,7"],
}

PROSE_GR = {
    "bezoekers": "1.186.400",
    "bezoekers_2025": "1.094.700",
    "bezettingsgraad": "71%",
    "ligplaatsen": "412",
    "verhuurd_pct": "96%",
    "fte": "23,4",
    "toevoeging_voorstel": "€ 100.000",
}


# ---------------------------------------------------------------------------
# Helpers (derivations used by the generators)
# ---------------------------------------------------------------------------
def col_sum(rows, i):
    return sum(r[-1][i] for r in rows)


def programme_totals(p):
    n = len(YEARS)
    tl = [col_sum(p["lasten"], i) for i in range(n)]
    tb = [col_sum(p["baten"], i) for i in range(n)]
    saldo = [tb[i] - tl[i] for i in range(n)]
    res = [saldo[i] - p["toevoegingen"][i] + p["onttrekkingen"][i] for i in range(n)]
    return {"lasten": tl, "baten": tb, "saldo": saldo, "resultaat": res}


def to_k(value, scale):
    """Round a value in the programme's scale to whole thousands (half up)."""
    if scale == "k":
        return value
    div = 1000 if scale == "euro" else 100000
    sign = -1 if value < 0 else 1
    return sign * ((abs(value) + div // 2) // div)


def to_euro(value, scale):
    return {"k": value * 1000, "euro": value, "cents": value / 100}[scale]


def overzicht():
    """Overzicht van baten en lasten x € 1.000 for 2025..2030 (rounded per programme)."""
    n = len(YEARS)
    rows_l, rows_b, rows_t, rows_o = [], [], [], []
    for p in PROGRAMMES:
        t = programme_totals(p)
        rows_l.append((p["nr"], p["name"], [to_k(t["lasten"][i], p["scale"]) for i in range(n)]))
        rows_b.append((p["nr"], p["name"], [to_k(t["baten"][i], p["scale"]) for i in range(n)]))
        rows_t.append([to_k(p["toevoegingen"][i], p["scale"]) for i in range(n)])
        rows_o.append([to_k(p["onttrekkingen"][i], p["scale"]) for i in range(n)])
    tl = [sum(r[2][i] for r in rows_l) for i in range(n)]
    tb = [sum(r[2][i] for r in rows_b) for i in range(n)]
    saldo = [tb[i] - tl[i] for i in range(n)]
    toev = [sum(r[i] for r in rows_t) for i in range(n)]
    ontt = [sum(r[i] for r in rows_o) for i in range(n)]
    res = [saldo[i] - toev[i] + ontt[i] for i in range(n)]
    return {"lasten": rows_l, "baten": rows_b, "tot_lasten": tl, "tot_baten": tb,
            "saldo": saldo, "toev": toev, "ontt": ontt, "resultaat": res}


def structureel():
    """Structureel begrotingssaldo x € 1.000, 2027..2030."""
    ov = overzicht()
    idx = [YEARS.index(y) for y in INCIDENTEEL_YEARS]
    saldo = [ov["resultaat"][i] for i in idx]
    il = [sum(r[3][j] for r in INCIDENTELE_LASTEN) for j in range(4)]
    ib = [sum(r[3][j] for r in INCIDENTELE_BATEN) for j in range(4)]
    struct = [saldo[j] - ib[j] + il[j] for j in range(4)]
    return {"saldo": saldo, "inc_lasten": il, "inc_baten": ib, "structureel": struct,
            "tot_baten": [ov["tot_baten"][i] + ov["ontt"][i] for i in idx]}


def struct_exploitatieruimte():
    s = structureel()
    vals = [round(s["structureel"][j] / s["tot_baten"][j] * 100, 1) for j in range(4)]
    return STRUCT_EXPL_2025_2026 + vals


def overhead_pct_2027():
    ov = overzicht()
    i = YEARS.index("2027")
    p6 = PROGRAMMES[5]
    ovh = dict((c, v) for c, _, v in p6["lasten"])["0.4"][i]
    return round(ovh / ov["tot_lasten"][i] * 100, 1)


def gr_totals():
    tl = [sum(r[1][i] for r in GR_LASTEN) for i in range(3)]
    tb = [sum(r[1][i] for r in GR_BATEN) for i in range(3)]
    saldo = [tb[i] - tl[i] for i in range(3)]
    res = [saldo[i] - GR_TOEVOEGINGEN[i] + GR_ONTTREKKINGEN[i] for i in range(3)]
    return {"lasten": tl, "baten": tb, "saldo": saldo, "resultaat": res}


def gr_reserves():
    rows = [(n, b, t, o, b + t - o) for n, b, t, o in GR_RESERVES]
    tot = [sum(r[i] for r in rows) for i in range(1, 5)]
    return rows, tot


def round_k(v):
    sign = -1 if v < 0 else 1
    return sign * ((abs(v) + 500) // 1000)


def gr_balans():
    """Balans x € 1.000 with eigen vermogen from the staat van reserves; returns dict of rows."""
    rows, _ = gr_reserves()
    alg_26 = round_k(rows[0][4]); alg_25 = round_k(rows[0][1])
    best_26 = round_k(sum(r[4] for r in rows[1:])); best_25 = round_k(sum(r[1] for r in rows[1:]))
    res_26 = round_k(gr_totals()["resultaat"][2]); res_25 = round_k(GR_RESULTAAT_2025)
    ev = [("Algemene reserve", alg_26, alg_25), ("Bestemmingsreserves", best_26, best_25),
          ("Gerealiseerd resultaat", res_26, res_25)]
    ev_tot = (sum(r[1] for r in ev), sum(r[2] for r in ev))
    vast_p = list(GR_BALANS_PASSIVA_OVERIG_VAST)
    vast_p_tot = (ev_tot[0] + sum(r[1] for r in vast_p), ev_tot[1] + sum(r[2] for r in vast_p))
    va = list(GR_BALANS_ACTIVA_VAST)
    va_tot = (sum(r[1] for r in va), sum(r[2] for r in va))
    vl_p = [list(r) for r in GR_BALANS_PASSIVA_VLOTTEND]
    vl_a = [list(r) for r in GR_BALANS_ACTIVA_VLOTTEND]
    # 2026: liquide middelen balances the sheet; 2025: netto vlottende schulden balances it
    known_vl_p_26 = sum(r[1] for r in vl_p)
    tot_p_26 = vast_p_tot[0] + known_vl_p_26
    vl_a[2][1] = tot_p_26 - va_tot[0] - sum(r[1] for r in vl_a if r[1] is not None)
    tot_a_25 = va_tot[1] + sum(r[2] for r in vl_a)
    vl_p[0][2] = tot_a_25 - vast_p_tot[1] - sum(r[2] for r in vl_p if r[2] is not None)
    vl_a_tot = (sum(r[1] for r in vl_a), sum(r[2] for r in vl_a))
    vl_p_tot = (sum(r[1] for r in vl_p), sum(r[2] for r in vl_p))
    return {"ev": ev, "ev_tot": ev_tot, "vast_p": vast_p, "vast_p_tot": vast_p_tot,
            "va": va, "va_tot": va_tot, "vl_a": [tuple(r) for r in vl_a], "vl_a_tot": vl_a_tot,
            "vl_p": [tuple(r) for r in vl_p], "vl_p_tot": vl_p_tot,
            "tot_a": (va_tot[0] + vl_a_tot[0], va_tot[1] + vl_a_tot[1]),
            "tot_p": (vast_p_tot[0] + vl_p_tot[0], vast_p_tot[1] + vl_p_tot[1])}


def fmt_pct1(x):
    return f"{x:.1f}".replace(".", ",")


def gr_kengetallen():
    """Rows: label, begroting 2026, realisatie 2026, realisatie 2025 (strings, % with 1 decimal)."""
    b = gr_balans()
    baten_k = gr_totals()["baten"][2] / 1000
    d = dict((r[0], r[1]) for r in b["vl_a"]); p = dict((r[0], r[1]) for r in b["vl_p"])
    vs = dict((r[0], r[1]) for r in b["vast_p"])
    schuld = (vs["Vaste schulden met een rentetypische looptijd van één jaar of langer"]
              + sum(p.values())
              - d["Uitzettingen met een looptijd korter dan één jaar"] - d["Liquide middelen"]
              - d["Overlopende activa"])
    nsq = fmt_pct1(schuld / baten_k * 100)
    solv = fmt_pct1(b["ev_tot"][0] / b["tot_p"][0] * 100)
    return [
        ("Netto schuldquote", "118,6", nsq, "121,9"),
        ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", "118,6", nsq, "121,9"),
        ("Solvabiliteitsratio", "17,2", solv, "17,9"),
        ("Structurele exploitatieruimte", "0,4", "2,1", "1,7"),
        ("Grondexploitatie", "n.v.t.", "n.v.t.", "n.v.t."),
        ("Belastingcapaciteit", "n.v.t.", "n.v.t.", "n.v.t."),
    ]
