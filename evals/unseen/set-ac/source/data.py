"""Single data module for both fictional documents of evaluation set-ac.

Document 1: Gemeente Vennebrugge, Programmabegroting 2028 (meerjarenraming 2029-2031), PDF.
Document 2: Veiligheidsregio Wessenland, Kadernota 2029 (kaders begroting 2030), HTML.

All totals, saldi and end balances are derived here by the helper functions, so the
generators print exactly what these functions return; check.py recomputes them
independently and compares with the text extracted from the produced files.
"""

# ---------------------------------------------------------------------------
# Document 1: Vennebrugge
# ---------------------------------------------------------------------------
GEM = "Vennebrugge"
YEARS = ["Realisatie 2026", "Begroting 2027 (na wijziging)", "Begroting 2028",
         "Raming 2029", "Raming 2030", "Raming 2031"]
YEAR_NUM = [2026, 2027, 2028, 2029, 2030, 2031]

ALGEMEEN = [  # label, value (count), peildatum text
    ("Aantal inwoners", 41380, "1 januari 2027"),
    ("waarvan 0 tot en met 17 jaar", 8214, "1 januari 2027"),
    ("waarvan 65 jaar en ouder", 9632, "1 januari 2027"),
    ("Aantal huishoudens", 17904, "1 januari 2027"),
    ("Aantal woningen", 18645, "1 januari 2027"),
    ("Oppervlakte land (hectare)", 8412, "1 januari 2027"),
    ("Oppervlakte water (hectare)", 316, "1 januari 2027"),
    ("Kilometers gemeentelijke weg", 287, "1 januari 2027"),
]
INWONERS = 41380
WONINGEN = 18645

# Programmes. scale: 1000 -> amounts are x EUR 1.000, 1 -> whole euros.
PROGRAMMES = [
    {
        "nr": 1, "name": "Bestuur en veiligheid", "scale": 1000,
        "lasten": [
            ("0.1 Bestuur", [3412, 3688, 3754, 3702, 3719, 3731]),
            ("0.2 Burgerzaken", [1286, 1341, 1398, 1372, 1380, 1385]),
            ("1.1 Crisisbeheersing en brandweer", [2874, 3046, 3218, 3301, 3389, 3472]),
            ("1.2 Openbare orde en veiligheid", [842, 905, 951, 958, 964, 970]),
        ],
        "baten": [
            ("0.2 Burgerzaken", [612, 598, 641, 655, 668, 672]),
            ("1.2 Openbare orde en veiligheid", [38, 41, 43, 43, 43, 43]),
        ],
        "toevoegingen": [150, 0, 0, 0, 0, 0],
        "onttrekkingen": [0, 210, 125, 0, 0, 0],
    },
    {
        "nr": 2, "name": "Sociaal domein", "scale": 1,
        "lasten": [
            ("6.1 Samenkracht en burgerparticipatie", [4218337, 4402910, 4515246, 4489120, 4497803, 4506412]),
            ("6.2 Toegang en eerstelijnsvoorzieningen", [3106544, 3287415, 3391078, 3402266, 3418930, 3420115]),
            ("6.3 Inkomensregelingen", [13874209, 14310662, 14652381, 14790045, 14902718, 15011436]),
            ("6.4 WSW en beschut werk", [5402118, 5288730, 5176904, 5061227, 4958310, 4861045]),
            ("6.5 Arbeidsparticipatie", [1512663, 1604288, 1587410, 1590002, 1592671, 1595360]),
            ("6.6 Maatwerkvoorzieningen (Wmo)", [2011475, 2136902, 2208655, 2251380, 2297014, 2340888]),
            ("6.71 Maatwerkdienstverlening 18+", [8905331, 9412068, 9876420, 10120553, 10365907, 10612330]),
            ("6.72 Maatwerkdienstverlening 18-", [9766802, 10204517, 10488263, 10361045, 10230118, 10112876]),
            ("6.81 Geëscaleerde zorg 18+", [612088, 655340, 671205, 674811, 678430, 682077]),
            ("6.82 Geëscaleerde zorg 18-", [1488215, 1562730, 1604118, 1611942, 1619805, 1627708]),
            ("7.1 Volksgezondheid", [2304517, 2418069, 2502384, 2530617, 2559122, 2587915]),
        ],
        "baten": [
            ("6.1 Samenkracht en burgerparticipatie", [312405, 298000, 305450, 305450, 305450, 305450]),
            ("6.3 Inkomensregelingen", [11208734, 11540000, 11912600, 12030000, 12150300, 12271800]),
            ("6.6 Maatwerkvoorzieningen (Wmo)", [286117, 301500, 309040, 309040, 309040, 309040]),
            ("6.71 Maatwerkdienstverlening 18+", [398662, 412000, 422300, 422300, 422300, 422300]),
            ("7.1 Volksgezondheid", [41230, 38500, 39460, 39460, 39460, 39460]),
        ],
        "toevoegingen": [500000, 0, 0, 0, 0, 0],
        "onttrekkingen": [0, 850000, 640000, 400000, 0, 0],
    },
    {
        "nr": 3, "name": "Fysieke leefomgeving", "scale": 1000,
        "lasten": [
            ("2.1 Verkeer, wegen en water", [6214, 6588, 6702, 6815, 6903, 6978]),
            ("2.2 Parkeren", [412, 436, 448, 452, 455, 459]),
            ("5.7 Openbaar groen en (openlucht) recreatie", [3105, 3287, 3354, 3372, 3391, 3408]),
            ("7.2 Riolering", [4076, 4215, 4388, 4512, 4630, 4744]),
            ("7.3 Afval", [4912, 5140, 5386, 5452, 5520, 5589]),
            ("7.4 Milieubeheer", [1688, 1802, 1866, 1845, 1852, 1860]),
            ("8.1 Ruimtelijke ordening", [1204, 1416, 1390, 1275, 1262, 1266]),
            ("8.2 Grondexploitatie (niet-bedrijventerreinen)", [2846, 3512, 4105, 3288, 2604, 1980]),
            ("8.3 Wonen en bouwen", [2133, 2274, 2316, 2330, 2342, 2355]),
        ],
        "baten": [
            ("2.2 Parkeren", [655, 690, 712, 718, 724, 730]),
            ("7.2 Riolering", [4402, 4561, 4738, 4866, 4988, 5106]),
            ("7.3 Afval", [5318, 5502, 5760, 5831, 5903, 5977]),
            ("7.4 Milieubeheer", [214, 220, 226, 226, 226, 226]),
            ("8.1 Ruimtelijke ordening", [188, 205, 210, 210, 210, 210]),
            ("8.2 Grondexploitatie (niet-bedrijventerreinen)", [3204, 3988, 4640, 3712, 2950, 2260]),
            ("8.3 Wonen en bouwen", [1412, 1455, 1498, 1520, 1542, 1564]),
        ],
        "toevoegingen": [358, 476, 535, 424, 346, 280],
        "onttrekkingen": [120, 345, 410, 150, 150, 150],
    },
    {
        "nr": 4, "name": "Economie, onderwijs, cultuur en sport", "scale": 1,
        "lasten": [
            ("3.1 Economische ontwikkeling", [684215, 742880, 761430, 748905, 752118, 755340]),
            ("3.4 Economische promotie", [218406, 231550, 236178, 238912, 241660, 244437]),
            ("4.2 Onderwijshuisvesting", [3415872, 3588204, 4106337, 4298105, 4312640, 4327296]),
            ("4.3 Onderwijsbeleid en leerlingzaken", [2087331, 2194670, 2246518, 2258440, 2270426, 2282475]),
            ("5.1 Sportbeleid en activering", [512874, 560300, 598215, 572410, 575890, 579388]),
            ("5.2 Sportaccommodaties", [3276518, 3402745, 3488906, 3512330, 3535914, 3559660]),
            ("5.3 Cultuurpresentatie, -productie en -participatie", [1104622, 1158330, 1187294, 1196240, 1205255, 1214340]),
            ("5.6 Media", [918450, 947205, 968712, 975410, 982150, 988935]),
        ],
        "baten": [
            ("3.4 Economische promotie", [402118, 415000, 428900, 433190, 437520, 441900]),
            ("4.2 Onderwijshuisvesting", [58204, 61000, 62525, 62525, 62525, 62525]),
            ("4.3 Onderwijsbeleid en leerlingzaken", [612480, 640150, 655900, 655900, 655900, 655900]),
            ("5.2 Sportaccommodaties", [1012366, 1048500, 1082310, 1098540, 1115020, 1131740]),
            ("5.6 Media", [21045, 20000, 20000, 20000, 20000, 20000]),
        ],
        "toevoegingen": [200000, 0, 0, 0, 0, 0],
        "onttrekkingen": [95000, 180000, 505000, 275000, 215000, 215000],
    },
]

# Algemene dekkingsmiddelen, overhead, Vpb, onvoorzien (x EUR 1.000), six columns like YEARS.
ADM = [
    ("OZB woningen", [5418, 5612, 5890, 6038, 6189, 6344]),
    ("OZB niet-woningen", [2306, 2418, 2536, 2600, 2665, 2732]),
    ("Algemene uitkering gemeentefonds", None),  # filled below (tuned)
    ("Dividenden", [436, 412, 398, 398, 398, 398]),
    ("Saldo financieringsfunctie", [-241, -286, -354, -402, -447, -489]),
    ("Overige algemene dekkingsmiddelen", [162, 145, 150, 150, 150, 150]),
]
ALGEMENE_UITKERING = [74958, 76360, 78820, 79369, 80472, 81169]
ADM[2] = ("Algemene uitkering gemeentefonds", ALGEMENE_UITKERING)
OVERHEAD = [11606, 12015, 12315, 12402, 12488, 12570]   # lasten
VPB = [12, 15, 15, 15, 15, 15]                         # lasten
ONVOORZIEN = [0, 100, 100, 100, 100, 100]              # lasten

# Incidentele baten en lasten (x EUR 1.000) for 2028-2031 (index 2..5 of YEARS)
INC_LASTEN = [
    ("1", "Aanpak ondermijning (tijdelijke versterking)", [125, 0, 0, 0]),
    ("1", "Gemeenteraadsverkiezingen 2030", [0, 0, 95, 0]),
    ("2", "Transformatieprogramma jeugdhulp", [640, 400, 0, 0]),
    ("3", "Uitvoering klimaatadaptatieplan", [260, 0, 0, 0]),
    ("4", "Tijdelijke huisvesting basisschool De Klimop", [185, 60, 0, 0]),
    ("Overhead", "Implementatie nieuw zaaksysteem", [240, 120, 0, 0]),
]
INC_BATEN = [
    ("1", "Onttrekking algemene reserve (ondermijning)", [125, 0, 0, 0]),
    ("2", "Onttrekking reserve sociaal domein", [640, 400, 0, 0]),
    ("3", "Onttrekking reserve duurzaamheid", [260, 0, 0, 0]),
    ("4", "Onttrekking algemene reserve (tijdelijke huisvesting)", [185, 60, 0, 0]),
    ("ADM", "Eenmalige uitkering gemeentefonds (decembercirculaire)", [310, 0, 0, 0]),
]

# Kengetallen (%), columns like YEARS. Structurele exploitatieruimte 2028-2031 derived.
KENGETALLEN = [
    ("1a. Netto schuldquote", [58.2, 61.7, 64.9, 68.3, 69.1, 67.4]),
    ("1b. Netto schuldquote gecorrigeerd voor alle verstrekte leningen", [55.8, 59.4, 62.8, 66.4, 67.3, 65.7]),
    ("2. Solvabiliteitsratio", [31.6, 30.2, 29.4, 28.7, 28.9, 29.6]),
    ("3. Structurele exploitatieruimte", None),  # filled by kengetallen()
    ("4. Grondexploitatie", [9.4, 10.8, 8.7, 7.1, 5.9, 4.8]),
    ("5. Belastingcapaciteit", [96.4, 97.1, 98.2, 98.9, 99.3, 99.6]),
]
STRUCT_EXPL_HIST = [0.81, -0.38]   # realisatie 2026, begroting 2027 (two decimals)

# Lokale lastendruk 2027 -> 2028
TARIEVEN = [  # label, eenheid, 2027, 2028, decimals
    ("OZB woningen, eigenaar", "% van de WOZ-waarde", 0.0812, 0.0846, 4),
    ("OZB niet-woningen, eigenaar", "% van de WOZ-waarde", 0.1394, 0.1437, 4),
    ("OZB niet-woningen, gebruiker", "% van de WOZ-waarde", 0.1108, 0.1142, 4),
    ("Afvalstoffenheffing eenpersoonshuishouden", "€ per jaar", 276.00, 289.20, 2),
    ("Afvalstoffenheffing meerpersoonshuishouden", "€ per jaar", 342.00, 358.56, 2),
    ("Rioolheffing per aansluiting (eigenaar)", "€ per jaar", 228.40, 236.40, 2),
]
WOZ_GEMIDDELD = (356000, 371000)


def woonlasten():
    """Woonlasten meerpersoonshuishouden, eigenaar-bewoner, woning met gemiddelde WOZ-waarde."""
    res = []
    for i in (0, 1):
        ozb = round(TARIEVEN[0][2 + i] / 100 * WOZ_GEMIDDELD[i], 2)
        res.append((ozb, TARIEVEN[4][2 + i], TARIEVEN[5][2 + i], round(ozb + TARIEVEN[4][2 + i] + TARIEVEN[5][2 + i], 2)))
    return res


def pct_change(a, b, nd=1):
    return round((b / a - 1) * 100, nd)


# Staat van reserves en voorzieningen 2028 (whole euros): label, begin, toevoeging, onttrekking
RESERVES = [
    ("Algemene reserve", 14862340, 0, 310000),
    ("Reserve sociaal domein", 2418560, 0, 640000),
    ("Reserve grondexploitatie", 3106725, 535000, 0),
    ("Reserve kapitaallasten", 6842190, 0, 470000),
    ("Reserve duurzaamheid", 1204880, 0, 260000),
    ("Reserve monumenten", 412350, 0, 0),
]
VOORZIENINGEN = [
    ("Voorziening onderhoud gemeentelijke gebouwen", 2864115, 742000, 918400),
    ("Voorziening pensioenen wethouders", 3512804, 96500, 184250),
    ("Voorziening riolering (spaarvoorziening)", 1988430, 350000, 410000),
    ("Voorziening egalisatie afvalstoffenheffing", 642715, 0, 120000),
]

# Investeringsplan (x EUR 1.000): nr, omschrijving, programma, 2028..2031
INVESTERINGEN = [
    (1, "Vervanging riolering Dorpsstraat-Noord", "3", [1450, 1200, 0, 0]),
    (2, "Reconstructie Molenweg met vrijliggend fietspad", "3", [860, 0, 0, 0]),
    (3, "Nieuwbouw integraal kindcentrum De Vlonder", "4", [2400, 5800, 1350, 0]),
    (4, "Renovatie sporthal De Kuil", "4", [0, 1150, 0, 0]),
    (5, "Vervanging openbare verlichting (LED)", "3", [320, 320, 320, 320]),
    (6, "Kunstgrasveld sportpark Vennehof", "4", [0, 0, 640, 0]),
    (7, "Vervanging voertuigen buitendienst", "3", [275, 180, 0, 410]),
    (8, "Verduurzaming gemeentehuis", "Overhead", [1120, 0, 0, 0]),
    (9, "Vervanging ICT-infrastructuur", "Overhead", [240, 0, 260, 0]),
    (10, "Klimaatadaptatie Vennebeek", "3", [0, 450, 450, 0]),
]

# Beleidsindicatoren: indicator, eenheid, jaar, Vennebrugge, Nederland (None = n.b.), bron
INDICATOREN = [
    ("Formatie", "Fte per 1.000 inwoners", 2028, "7,4", None, "Eigen begroting"),
    ("Apparaatskosten", "Kosten per inwoner", 2028, "712", None, "Eigen begroting"),
    ("Externe inhuur", "% van totale loonsom + inhuur", 2028, "11,8", None, "Eigen begroting"),
    ("Overhead", "% van totale lasten", 2028, "8,6", None, "Eigen begroting"),
    ("Verwijzingen Halt", "Aantal per 10.000 jongeren", 2024, "88", "108", "Bureau Halt"),
    ("Winkeldiefstallen", "Aantal per 1.000 inwoners", 2025, "0,9", "1,9", "CBS"),
    ("Geweldsmisdrijven", "Aantal per 1.000 inwoners", 2025, "3,1", "4,6", "CBS"),
    ("Banen", "Aantal per 1.000 inwoners 15-74 jaar", 2025, "612,4", "826,5", "LISA"),
    ("Absoluut verzuim", "Aantal per 1.000 leerlingen", 2024, "1,4", "2,1", "DUO"),
    ("Niet-sporters", "%", 2024, "46,2", "48,7", "RIVM"),
    ("Kinderen in uitkeringsgezin", "% kinderen tot 18 jaar", 2024, "4,3", "5,8", "CBS"),
    ("Personen met een bijstandsuitkering", "Aantal per 10.000 inwoners 18 jaar e.o.", 2025, "318,6", "381,2", "CBS"),
    ("Jongeren met jeugdhulp", "% van alle jongeren tot 18 jaar", 2025, "12,7", "12,1", "CBS"),
    ("Cliënten met een maatwerkarrangement Wmo", "Aantal per 10.000 inwoners", 2025, "642", "712", "GMSD"),
    ("Omvang huishoudelijk restafval", "Kg per inwoner", 2025, "118", "161", "CBS"),
    ("Hernieuwbare elektriciteit", "%", 2024, "27,4", "44,5", "RWS"),
    ("Nieuw gebouwde woningen", "Aantal per 1.000 woningen", 2025, "9,8", "8,7", "BAG"),
]

# Figures that only occur in the prose of the begroting (value, how printed)
PROSE_GEM = {
    "veilig_buurt_pct": 84,            # "84 procent" of inwoners voelt zich veilig in de buurt
    "schuldhulp_huishoudens": 236,     # count
    "preventie_jeugd_bedrag": 1800000, # "bijna € 1,8 miljoen"
    "sportakkoord_bedrag": 275000,     # "€ 275.000"
    "nieuwe_woningen": 412,            # count of woningen to be opgeleverd 2028-2029
    "raadsleden": 27,                  # count
}


# ----------------------------- derived figures -----------------------------
def prog_totals(p):
    n = len(YEARS)
    tl = [sum(r[1][i] for r in p["lasten"]) for i in range(n)]
    tb = [sum(r[1][i] for r in p["baten"]) for i in range(n)]
    saldo = [tb[i] - tl[i] for i in range(n)]
    res = [saldo[i] - p["toevoegingen"][i] + p["onttrekkingen"][i] for i in range(n)]
    return {"lasten": tl, "baten": tb, "saldo": saldo, "resultaat": res}


def k(v, scale):
    """Convert an amount to x EUR 1.000 (round half away from zero)."""
    if scale == 1000:
        return v
    q, r = divmod(abs(v), 1000)
    q = q + (1 if r >= 500 else 0)
    return q if v >= 0 else -q


def adm_total():
    return [sum(r[1][i] for r in ADM) for i in range(len(YEARS))]


def overzicht():
    """Overzicht baten en lasten (x EUR 1.000), 2028-2031 (indices 2..5)."""
    idx = range(2, 6)
    rows = []
    for p in PROGRAMMES:
        t = prog_totals(p)
        rows.append((f"Programma {p['nr']} {p['name']}", [k(t["saldo"][i], p["scale"]) for i in idx]))
    at = adm_total()
    rows.append(("Algemene dekkingsmiddelen", [at[i] for i in idx]))
    rows.append(("Overhead", [-OVERHEAD[i] for i in idx]))
    rows.append(("Vennootschapsbelasting", [-VPB[i] for i in idx]))
    rows.append(("Onvoorzien", [-ONVOORZIEN[i] for i in idx]))
    saldo = [sum(r[1][j] for r in rows) for j in range(4)]
    toev = [sum(k(p["toevoegingen"][i], p["scale"]) for p in PROGRAMMES) for i in idx]
    ontt = [sum(k(p["onttrekkingen"][i], p["scale"]) for p in PROGRAMMES) for i in idx]
    res = [saldo[j] - toev[j] + ontt[j] for j in range(4)]
    return {"rows": rows, "saldo": saldo, "toev": toev, "ontt": ontt, "resultaat": res}


def structureel():
    o = overzicht()
    il = [sum(r[2][j] for r in INC_LASTEN) for j in range(4)]
    ib = [sum(r[2][j] for r in INC_BATEN) for j in range(4)]
    s = [o["resultaat"][j] + il[j] - ib[j] for j in range(4)]
    return {"resultaat": o["resultaat"], "inc_lasten": il, "inc_baten": ib, "structureel": s}


def totale_baten_k(i):
    """All baten of the begroting in x EUR 1.000 for YEARS index i (programmes + positive ADM)."""
    tb = sum(k(prog_totals(p)["baten"][i], p["scale"]) for p in PROGRAMMES)
    tb += sum(r[1][i] for r in ADM if r[1][i] > 0)
    return tb


def kengetallen():
    s = structureel()["structureel"]
    ser = STRUCT_EXPL_HIST + [round(s[j] / totale_baten_k(j + 2) * 100, 2) for j in range(4)]
    rows = []
    for lab, v in KENGETALLEN:
        rows.append((lab, ser if v is None else v))
    return rows


def reserves_end(rows):
    return [(l, b, t, o, b + t - o) for (l, b, t, o) in rows]


def invest_totals():
    per_year = [sum(r[3][j] for r in INVESTERINGEN) for j in range(4)]
    per_row = [sum(r[3]) for r in INVESTERINGEN]
    return per_year, per_row, sum(per_year)


# ---------------------------------------------------------------------------
# Document 2: Veiligheidsregio Wessenland, Kadernota 2029
# ---------------------------------------------------------------------------
VR = "Veiligheidsregio Wessenland"
VR_COLS = ["Begroting 2029 na wijziging", "Ontwerpbegroting 2030", "Raming 2031", "Raming 2032", "Raming 2033"]
VR_YEARS = [2029, 2030, 2031, 2032, 2033]

VR_LASTEN = [  # x EUR 1.000
    ("Personeelslasten", [38412, 40285, 40870, 41210, 41560]),
    ("Kapitaallasten", [6918, 7304, 7655, 7890, 8012]),
    ("Huisvesting en facilitaire zaken", [4236, 4402, 4455, 4490, 4528]),
    ("Materiële lasten en bedrijfsvoering", [5874, 6118, 6205, 6260, 6318]),
    ("Bijdragen meldkamer en GHOR", [2106, 2188, 2230, 2262, 2295]),
    ("Onvoorzien", [150, 150, 150, 150, 150]),
]
VR_BATEN_OVERIG = [
    ("Rijksbijdrage (BDuR)", [6842, 7015, 7015, 7015, 7015]),
    ("Overige baten", [1384, 1412, 1430, 1445, 1460]),
]
VR_TOEV = [0, 250, 250, 250, 250]
VR_ONTT = [640, 885, 420, 310, 120]


def vr_frame():
    tl = [sum(r[1][i] for r in VR_LASTEN) for i in range(5)]
    ov = [sum(r[1][i] for r in VR_BATEN_OVERIG) for i in range(5)]
    bijdr = [tl[i] - ov[i] + VR_TOEV[i] - VR_ONTT[i] for i in range(5)]
    tb = [bijdr[i] + ov[i] for i in range(5)]
    saldo = [tb[i] - tl[i] for i in range(5)]
    res = [saldo[i] - VR_TOEV[i] + VR_ONTT[i] for i in range(5)]
    return {"lasten": tl, "bijdragen": bijdr, "baten": tb, "saldo": saldo, "resultaat": res}


# Members and verdeelsleutel (percent, two decimals), sum 100,00
MEMBERS = [
    ("Hulterveen", 24.36), ("Brammelo", 17.82), ("Kolderwijk", 15.47), ("Aasterhoven", 13.05),
    ("Dingsloo", 11.68), ("Wessemeer", 10.24), ("Pollerdam", 7.38),
]


def member_contributions():
    """Per year: list of euro amounts per member (largest remainder so the sum is exact)."""
    out = []
    for tk in vr_frame()["bijdragen"]:
        total = tk * 1000
        raw = [total * int(round(p * 100)) / 10000 for _, p in MEMBERS]
        base = [int(x) for x in raw]
        rest = total - sum(base)
        order = sorted(range(len(raw)), key=lambda i: raw[i] - base[i], reverse=True)
        for i in order[:rest]:
            base[i] += 1
        out.append(base)
    return out  # out[year_index][member_index]


# Indexatie 2030 (in euros)
INDEX = [  # label, grondslag (euros), percentage
    ("Loonindex (cao en sociale lasten)", 38412000, 3.40),
    ("Prijsindex (prijsgevoelige budgetten)", 12216000, 2.30),
]


def index_amounts():
    return [round(b * p / 100) for _, b, p in INDEX]


INDEX_2029 = (4.10, 2.80)   # printed in prose only

# Nieuw beleid (x EUR 1.000), 2030..2033, S/I
NIEUW_BELEID = [
    ("Uitbreiding formatie risicobeheersing (2 fte)", "S", [182, 186, 190, 194]),
    ("Vervanging uitrusting duikteams", "I", [245, 0, 0, 0]),
    ("Natuurbrandbeheersing: extra voertuig en opleiding", "S", [96, 138, 138, 138]),
    ("Versterking informatievoorziening crisisorganisatie", "S", [120, 120, 120, 120]),
    ("Pilot 'Vrijwilligers blijven' (werving en behoud)", "I", [150, 150, 0, 0]),
]


def nieuw_beleid_totals():
    tot = [sum(r[2][j] for r in NIEUW_BELEID) for j in range(4)]
    s = [sum(r[2][j] for r in NIEUW_BELEID if r[1] == "S") for j in range(4)]
    i = [sum(r[2][j] for r in NIEUW_BELEID if r[1] == "I") for j in range(4)]
    return tot, s, i


def bridge_2030():
    """Opbouw bijdrage gemeenten 2029 -> 2030 (x EUR 1.000)."""
    f = vr_frame()
    idx_k = [round(a / 1000) for a in index_amounts()]
    nb_s = nieuw_beleid_totals()[1][0]
    auton = f["bijdragen"][1] - f["bijdragen"][0] - sum(idx_k) - nb_s
    return [("Bijdrage gemeenten begroting 2029 na wijziging", f["bijdragen"][0]),
            ("Loonindexatie 2030", idx_k[0]),
            ("Prijsindexatie 2030", idx_k[1]),
            ("Nieuw beleid, structureel deel", nb_s),
            ("Autonome ontwikkelingen (kapitaallasten, meldkamer)", auton),
            ("Bijdrage gemeenten ontwerpbegroting 2030", f["bijdragen"][1])]


# Reserves (x EUR 1.000): label, stand 1-1-2030, toev 2030, ontt 2030, toev 2031, ontt 2031
VR_RESERVES = [
    ("Algemene reserve", 2412, 0, 0, 0, 0),
    ("Reserve egalisatie kapitaallasten", 3180, 250, 490, 250, 270),
    ("Reserve incidentele dekking nieuw beleid", 1040, 0, 395, 0, 150),
    ("Reserve opleidingen vrijwilligers", 315, 0, 0, 0, 0),
]


def vr_reserves():
    out = []
    for l, b, t0, o0, t1, o1 in VR_RESERVES:
        e0 = b + t0 - o0
        e1 = e0 + t1 - o1
        out.append((l, b, t0, o0, e0, t1, o1, e1))
    return out


# Risico's (euros): omschrijving, bedrag, kans %
RISICOS = [
    ("Cao-stijging hoger dan de geraamde loonindex", 900000, 50),
    ("Hogere bijdrage landelijke meldkamerorganisatie", 400000, 25),
    ("Eigen risico WGA en re-integratie", 600000, 30),
    ("Schade aan materieel en kazernes (eigen risico)", 350000, 40),
    ("Verlaging rijksbijdrage BDuR", 700000, 20),
    ("Stijging energie- en brandstofprijzen", 500000, 50),
    ("Claims en juridische procedures", 250000, 10),
    ("Vertraging investeringen en hogere kapitaallasten", 300000, 30),
]
WEERSTAND_BESCHIKBAAR = [  # euros
    ("Algemene reserve", 2412000),
    ("Post onvoorzien (begroting 2030)", 150000),
]


def weerstand():
    gew = [b * p // 100 for _, b, p in RISICOS]
    ben = sum(gew)
    besch = sum(v for _, v in WEERSTAND_BESCHIKBAAR)
    return gew, ben, besch, round(besch / ben, 2)


PROSE_VR = {
    "uitrukken_2028": 4318,          # count
    "normtijd_pct": 92,              # percent
    "kazernes": 27,                  # count
    "vrijwilligers": 640,            # count ("ongeveer 640")
    "cao_extra": 600000,             # "ruim € 0,6 miljoen"
    "inwoners_werkgebied": 312000,   # "ruim 312.000 inwoners"
}
