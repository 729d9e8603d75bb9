"""Figures of the fictional gemeente Beekstervelde, Programmabegroting 2027 (x EUR 1.000 unless
stated). Columns: Rekening 2025, Begroting 2026, Begroting 2027, Raming 2028, 2029, 2030.
Totals, saldi and results are computed, never typed."""

YEARS = ["Rekening 2025", "Begroting 2026", "Begroting 2027", "Raming 2028", "Raming 2029",
         "Raming 2030"]

# the ISD contribution row follows the ISD's primitive budget 2027 (see isd_data)
PROGRAMMES = [
    {"nr": 1, "name": "Bestuur en dienstverlening",
     "lasten": [("Bestuursorganen", [2412, 2538, 2611, 2598, 2604, 2621]),
                ("Burgerzaken", [1874, 1942, 2036, 2051, 2049, 2067]),
                ("Bestuursondersteuning college", [3105, 3266, 3318, 3297, 3301, 3312]),
                ("Communicatie en participatie", [846, 912, 957, 921, 924, 926])],
     "baten": [("Leges reisdocumenten en rijbewijzen", [982, 1034, 1118, 1087, 1052, 1046]),
               ("Overige baten", [64, 41, 38, 38, 38, 38])],
     "toev": [0, 0, 0, 0, 0, 0], "ontt": [120, 85, 60, 0, 0, 0]},
    {"nr": 2, "name": "Veiligheid",
     "lasten": [("Brandweer en crisisbeheersing", [3962, 4117, 4305, 4392, 4478, 4566]),
                ("Openbare orde en veiligheid", [1128, 1204, 1283, 1251, 1255, 1259]),
                ("Toezicht en handhaving openbare ruimte", [702, 768, 814, 818, 822, 826])],
     "baten": [("Overige baten", [86, 72, 74, 74, 74, 74])],
     "toev": [0, 0, 0, 0, 0, 0], "ontt": [0, 150, 150, 150, 0, 0]},
    {"nr": 3, "name": "Ruimte, wonen en bereikbaarheid",
     "lasten": [("Verkeer, wegen en openbare verlichting", [6842, 7105, 7318, 7402, 7455, 7512]),
                ("Openbaar groen en buitenruimte", [4318, 4466, 4592, 4614, 4633, 4651]),
                ("Ruimtelijke ordening en Omgevingswet", [2204, 2512, 2687, 2540, 2498, 2476]),
                ("Wonen en grondexploitaties", [5936, 4870, 6214, 5382, 4105, 3876]),
                ("Openbaar vervoer en parkeren", [612, 645, 668, 671, 674, 677])],
     "baten": [("Leges omgevingsvergunningen", [1486, 1310, 1402, 1420, 1436, 1452]),
               ("Opbrengsten grondexploitaties", [6114, 4905, 6420, 5508, 4196, 3912]),
               ("Parkeeropbrengsten", [418, 436, 452, 458, 463, 468]),
               ("Overige baten", [205, 190, 188, 188, 188, 188])],
     "toev": [250, 0, 0, 0, 0, 0], "ontt": [1320, 1180, 1015, 815, 215, 215]},
    {"nr": 4, "name": "Sociaal domein",
     "lasten": [("Wmo-maatwerkvoorzieningen", [9614, 10248, 10902, 11287, 11604, 11930]),
                ("Jeugdhulp", [14286, 15102, 15640, 15912, 16208, 16474]),
                ("Bijdrage ISD Dommelrande", [5102, 5288, 5495, 5551, 5608, 5664]),
                ("Bijstandsuitkeringen (BUIG)", [11820, 12046, 12310, 12310, 12310, 12310]),
                ("Wijkteams en sociale basis", [3918, 4122, 4286, 4301, 4317, 4333]),
                ("Wsw en beschut werk", [5204, 5010, 4812, 4620, 4433, 4254]),
                ("Volksgezondheid en preventie", [1602, 1688, 1746, 1760, 1774, 1788])],
     "baten": [("Rijksbijdrage BUIG", [11452, 11874, 12096, 12096, 12096, 12096]),
               ("Eigen bijdragen Wmo", [412, 398, 405, 405, 405, 405]),
               ("Overige baten sociaal domein", [1214, 986, 1022, 940, 940, 940])],
     "toev": [600, 0, 0, 0, 0, 0], "ontt": [1840, 1500, 1250, 850, 0, 0]},
    {"nr": 5, "name": "Onderwijs, sport en cultuur",
     "lasten": [("Onderwijshuisvesting", [3412, 3598, 4106, 4188, 4204, 4219]),
                ("Onderwijsbeleid en leerlingenvervoer", [2106, 2214, 2298, 2311, 2325, 2338]),
                ("Sportaccommodaties en sportstimulering", [3842, 4016, 4388, 4402, 4415, 4428]),
                ("Cultuur, bibliotheek en erfgoed", [2514, 2602, 2688, 2704, 2720, 2736])],
     "baten": [("Verhuur sportaccommodaties", [688, 702, 748, 756, 764, 772]),
               ("Rijksbijdrage onderwijsachterstanden", [1146, 1208, 1174, 1174, 1174, 1174]),
               ("Overige baten", [236, 244, 251, 251, 251, 251])],
     "toev": [750, 750, 750, 750, 750, 750], "ontt": [512, 604, 796, 702, 691, 680]},
    {"nr": 6, "name": "Duurzaamheid en milieu",
     "lasten": [("Afvalinzameling en -verwerking", [5612, 5874, 6118, 6236, 6355, 6474]),
                ("Riolering en water", [4286, 4412, 4585, 4672, 4760, 4848]),
                ("Milieu en energietransitie", [1412, 1986, 2214, 1846, 1602, 1588]),
                ("Begraafplaatsen", [512, 526, 541, 548, 555, 562])],
     "baten": [("Afvalstoffenheffing", [5504, 5712, 5840, 6014, 6190, 6368]),
               ("Rioolheffing", [4312, 4436, 4610, 4698, 4786, 4874]),
               ("Lijkbezorgingsrechten", [398, 411, 425, 432, 439, 446]),
               ("Subsidies en bijdragen energietransitie", [486, 1120, 980, 520, 280, 260])],
     "toev": [146, 0, 0, 0, 0, 0], "ontt": [310, 640, 760, 520, 180, 160]},
]

ALG_DEKKING = {
    "baten": [("OZB woningen", [7418, 7806, 8236, 8418, 8604, 8793]),
              ("OZB niet-woningen", [3512, 3694, 3896, 3982, 4070, 4160]),
              ("Hondenbelasting", [264, 268, 272, 272, 272, 272]),
              ("Toeristenbelasting", [612, 648, 706, 720, 734, 749]),
              ("Algemene uitkering gemeentefonds", [80896, 82297, 86996, 88053, 90218, 91130]),
              ("Dividenden", [642, 598, 604, 604, 604, 604])],
    "lasten": [("Kosten heffing en invordering belastingen", [712, 738, 764, 772, 780, 788]),
               ("Saldo financieringsfunctie", [486, 612, 804, 902, 986, 1044]),
               ("Post onvoorzien", [0, 150, 150, 150, 150, 150])],
    "toev": [1500, 0, 500, 0, 0, 0], "ontt": [0, 0, 0, 0, 0, 0],
}
OVERHEAD = {"lasten": [18412, 19286, 20044, 20118, 20196, 20274],
            "baten": [312, 296, 298, 298, 298, 298]}
VPB = [18, 20, 20, 20, 20, 20]

# reserves 2027: name -> (stand 1-1-2027, toevoeging, onttrekking, programme split of movements)
RESERVES = [
    ("Algemene reserve", 18642, 0, 60),
    ("Reserve sociaal domein", 4215, 0, 1250),
    ("Egalisatiereserve afvalstoffenheffing", 1108, 0, 220),
    ("Reserve dekking kapitaallasten", 9874, 0, 701),
    ("Reserve woningbouwimpuls", 2350, 0, 800),
    ("Reserve energietransitie", 1640, 500, 540),
    ("Reserve veiligheid en ondermijning", 420, 0, 150),
    ("Reserve groot onderhoud gemeentelijke gebouwen", 2985, 750, 310),
]
# which programme row carries each 2027 movement (for the check)
RESERVE_MOVES_2027 = {
    "toev": {5: 750, "ad": 500},
    "ontt": {1: 60, 2: 150, 3: 800 + 215, 4: 1250, 5: 486 + 310, 6: 220 + 540},
}

# incidental items 2027-2030 (programme, label, values)
INC_LASTEN = [
    (1, "Implementatie nieuw zaaksysteem", [180, 0, 0, 0]),
    (2, "Aanpak ondermijning", [150, 150, 0, 0]),
    (3, "Projectorganisatie woningbouwimpuls", [800, 600, 0, 0]),
    (3, "Opstellen omgevingsplan", [240, 180, 0, 0]),
    (4, "Transformatieprogramma jeugd", [1250, 850, 0, 0]),
    (6, "Uitvoeringsprogramma wijkaanpak aardgasvrij", [540, 300, 0, 0]),
]
INC_BATEN = [
    (2, "Onttrekking reserve veiligheid en ondermijning", [150, 150, 0, 0]),
    (3, "Onttrekking reserve woningbouwimpuls", [800, 600, 0, 0]),
    (4, "Onttrekking reserve sociaal domein", [1250, 850, 0, 0]),
    (6, "Onttrekking reserve energietransitie", [540, 300, 0, 0]),
    (6, "Specifieke uitkering energietransitie", [720, 260, 0, 0]),
]

# investments (x EUR 1.000): name, programme, raadsbesluit, krediet, uitgaven t/m 2026, uitgaven 2027
INVESTMENTS = [
    ("Nieuwbouw integraal kindcentrum De Esch", 5, 2025, 12400, 3180, 6750),
    ("Renovatie sporthal Beekhof", 5, 2026, 3850, 420, 2960),
    ("Reconstructie Stationsweg", 3, 2026, 2760, 0, 1840),
    ("Vervanging openbare verlichting door led", 3, 2024, 1180, 560, 620),
    ("Vervanging riolering Oude Kern fase 2", 6, 2025, 4320, 1150, 2100),
    ("Uitbreiding milieustraat", 6, 2027, 940, 0, 940),
    ("Vervanging voertuigen buitendienst", 3, 2027, 615, 0, 615),
]

# woonlasten meerpersoonshuishouden, whole euros: 2026, 2027
WOONLASTEN = [
    ("Onroerendezaakbelasting eigenaar (gemiddelde WOZ-waarde)", 318, 332),
    ("Afvalstoffenheffing meerpersoonshuishouden", 312, 326),
    ("Rioolheffing per aansluiting", 248, 257),
]

# weerstandsvermogen (x EUR 1.000)
WEERSTAND_BESCHIKBAAR = [
    ("Algemene reserve (stand 31 december 2027)", 18582),
    ("Onbenutte belastingcapaciteit OZB", 4386),
    ("Post onvoorzien", 150),
]
WEERSTAND_BENODIGD = 11640

KENGETALLEN = [  # printed as percentages
    ("Netto schuldquote", [52, 58, 63, 66, 65, 63]),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", [47, 53, 58, 61, 60, 58]),
    ("Solvabiliteitsratio", [29, 27, 25, 24, 24, 25]),
    ("Grondexploitatie", [9, 8, 7, 6, 5, 4]),
    ("Structurele exploitatieruimte", [1.2, 0.4, 0.6, 0.3, -0.2, 0.1]),
    ("Belastingcapaciteit", [97, 98, 99, 99, 99, 99]),
]

INDICATORS = {
    1: [("Formatie", "fte per 1.000 inwoners", "7,0", "8,4", 2026, "Eigen begroting"),
        ("Apparaatskosten", "kosten per inwoner in €", "812", "865", 2026, "Eigen begroting"),
        ("Externe inhuur", "% van totale loonsom + inhuur", "14,2", "15,8", 2025, "Eigen jaarrekening"),
        ("Overhead", "% van totale lasten", "11,4", "10,6", 2026, "Eigen begroting")],
    2: [("Verwijzingen Halt", "per 10.000 jongeren 12-17 jaar", "98", "111", 2024, "Bureau Halt"),
        ("Winkeldiefstallen", "per 1.000 inwoners", "1,2", "2,0", 2025, "CBS"),
        ("Geweldsmisdrijven", "per 1.000 inwoners", "3,6", "4,5", 2025, "CBS"),
        ("Diefstallen uit woning", "per 1.000 inwoners", "1,8", "2,1", 2025, "CBS")],
    3: [("Nieuw gebouwde woningen", "aantal per 1.000 woningen", "11,6", "8,3", 2024, "BAG"),
        ("Demografische druk", "% van inwoners 20-64 jaar", "74,2", "70,1", 2025, "CBS"),
        ("Gemiddelde WOZ-waarde", "duizend euro", "356", "382", 2026, "CBS")],
    4: [("Banen", "per 1.000 inwoners 15-74 jaar", "712", "792", 2024, "LISA"),
        ("Personen met een bijstandsuitkering", "per 10.000 inwoners 18 jaar en ouder", "218", "371", 2025, "CBS"),
        ("Jongeren met jeugdhulp", "% van alle jongeren tot 18 jaar", "11,8", "12,9", 2025, "CBS"),
        ("Cliënten met een maatwerkarrangement Wmo", "per 10.000 inwoners", "684", "690", 2025, "GMSD")],
    5: [("Absoluut verzuim", "per 1.000 leerplichtigen", "1,4", "2,1", 2024, "DUO"),
        ("Relatief verzuim", "per 1.000 leerplichtigen", "19", "26", 2024, "DUO"),
        ("Voortijdig schoolverlaters zonder startkwalificatie", "% deelnemers VO en MBO", "1,3", "1,9", 2024, "DUO"),
        ("Niet-sporters", "% van inwoners 19 jaar en ouder", "46,2", "49,3", 2024, "RIVM")],
    6: [("Omvang huishoudelijk restafval", "kg per inwoner", "136", "152", 2024, "CBS"),
        ("Hernieuwbare elektriciteit", "%", "19,4", "21,2", 2024, "Klimaatmonitor")],
}

VERBONDEN_PARTIJEN = [  # name, programme, bijdrage 2026, bijdrage 2027 (x EUR 1.000)
    ("Veiligheidsregio Dommelrand", 2, 4117, 4305),
    ("GGD Dommelrand en Peel", 4, 1214, 1262),
    ("ISD Dommelrande", 4, 5288, 5495),
    ("Werkvoorzieningschap De Rank", 4, 5010, 4812),
    ("Omgevingsdienst Dommelrand", 3, 1396, 1448),
    ("Afvalsamenwerking Kempenrand", 6, 3964, 4126),
]


def programme_totals(p):
    tl = [sum(r[1][i] for r in p["lasten"]) for i in range(6)]
    tb = [sum(r[1][i] for r in p["baten"]) for i in range(6)]
    saldo = [tb[i] - tl[i] for i in range(6)]
    res = [saldo[i] - p["toev"][i] + p["ontt"][i] for i in range(6)]
    return tl, tb, saldo, res


def ad_totals():
    tb = [sum(r[1][i] for r in ALG_DEKKING["baten"]) for i in range(6)]
    tl = [sum(r[1][i] for r in ALG_DEKKING["lasten"]) for i in range(6)]
    return tl, tb, [tb[i] - tl[i] for i in range(6)]


def overview():
    """Overall per year: saldo per programme, alg. dekking, overhead, vpb; totals."""
    rows = []
    for p in PROGRAMMES:
        rows.append((f"{p['nr']}. {p['name']}", programme_totals(p)[2]))
    rows.append(("Algemene dekkingsmiddelen", ad_totals()[2]))
    rows.append(("Overhead", [OVERHEAD["baten"][i] - OVERHEAD["lasten"][i] for i in range(6)]))
    rows.append(("Vennootschapsbelasting", [-v for v in VPB]))
    saldo = [sum(r[1][i] for r in rows) for i in range(6)]
    toev = [sum(p["toev"][i] for p in PROGRAMMES) + ALG_DEKKING["toev"][i] for i in range(6)]
    ontt = [sum(p["ontt"][i] for p in PROGRAMMES) + ALG_DEKKING["ontt"][i] for i in range(6)]
    res = [saldo[i] - toev[i] + ontt[i] for i in range(6)]
    return rows, saldo, toev, ontt, res


def total_lasten_baten():
    tl = [0] * 6
    tb = [0] * 6
    for p in PROGRAMMES:
        a, b, _, _ = programme_totals(p)
        tl = [x + y for x, y in zip(tl, a)]
        tb = [x + y for x, y in zip(tb, b)]
    a, b, _ = ad_totals()
    tl = [x + y for x, y in zip(tl, a)]
    tb = [x + y for x, y in zip(tb, b)]
    tl = [x + y + z for x, y, z in zip(tl, OVERHEAD["lasten"], VPB)]
    tb = [x + y for x, y in zip(tb, OVERHEAD["baten"])]
    return tl, tb


def structureel():
    _, _, _, _, res = overview()
    r = res[2:]
    il = [sum(x[2][i] for x in INC_LASTEN) for i in range(4)]
    ib = [sum(x[2][i] for x in INC_BATEN) for i in range(4)]
    s = [r[i] - ib[i] + il[i] for i in range(4)]
    return r, ib, il, s
