# Data for the fictional "Jaarstukken 2024 gemeente Harlebroek".
# All program amounts: (primitief, na wijziging, realisatie).
# Programmes 1,2,4,5, ADM, overhead in x EUR 1.000; programme 3 in whole euros.

P1 = {
    "name": "Bestuur en Dienstverlening",
    "lasten": {
        "0.1 Bestuur": (3412, 3688, 3571),
        "0.2 Burgerzaken": (1400, 1418, 1416),
    },
    "baten": {
        "0.1 Bestuur": (12, 12, 61),
        "0.2 Burgerzaken": (730, 756, 790),
    },
}

P2 = {
    "name": "Veiligheid en Openbare Ruimte",
    "lasten": {
        "1.1 Crisisbeheersing en brandweer": (2318, 2318, 2331),
        "1.2 Openbare orde en veiligheid": (684, 742, 716),
        "2.1 Verkeer en vervoer": (4106, 4488, 4905),
        "2.2 Parkeren": (128, 128, 121),
        "5.7 Openbaar groen en (openlucht) recreatie": (3012, 3205, 3118),
        "7.2 Riolering": (3684, 3712, 3598),
        "7.3 Afval": (4206, 4351, 4489),
        "7.5 Begraafplaatsen en crematoria": (312, 318, 334),
    },
    "baten": {
        "1.1 Crisisbeheersing en brandweer": (0, 0, 0),
        "1.2 Openbare orde en veiligheid": (38, 38, 52),
        "2.1 Verkeer en vervoer": (214, 240, 262),
        "2.2 Parkeren": (96, 96, 88),
        "5.7 Openbaar groen en (openlucht) recreatie": (22, 22, 31),
        "7.2 Riolering": (4012, 4012, 4031),
        "7.3 Afval": (4598, 4598, 4627),
        "7.5 Begraafplaatsen en crematoria": (286, 286, 301),
    },
}

# whole euros
P3 = {
    "name": "Sociaal Domein",
    "lasten": {
        "6.1 Samenkracht en burgerparticipatie": (3184200, 3312600, 3246871),
        "6.2 Toegang en eerstelijnsvoorzieningen": (2906650, 3044800, 3118402),
        "6.3 Inkomensregelingen": (9815000, 10402300, 10184526),
        "6.4 Begeleide participatie": (2412800, 2412800, 2398115),
        "6.5 Arbeidsparticipatie": (1274000, 1318500, 1187940),
        "6.6 Maatwerkvoorzieningen (Wmo)": (1652300, 1702300, 1804288),
        "6.71 Maatwerkdienstverlening 18+": (7518900, 7881200, 8293170),
        "6.72 Maatwerkdienstverlening 18-": (9864100, 10192050, 11316063),
        "6.81 Geëscaleerde zorg 18+": (612450, 640000, 598314),
        "6.82 Geëscaleerde zorg 18-": (1018000, 1098100, 1132587),
        "7.1 Volksgezondheid": (2018000, 2113900, 2077737),
    },
    "baten": {
        "6.1 Samenkracht en burgerparticipatie": (212500, 228000, 236218),
        "6.3 Inkomensregelingen": (8912000, 9541000, 9806212),
        "6.6 Maatwerkvoorzieningen (Wmo)": (184000, 184000, 171645),
        "6.71 Maatwerkdienstverlening 18+": (402450, 421000, 418722),
        "7.1 Volksgezondheid": (131200, 132200, 138771),
    },
}

P4 = {
    "name": "Onderwijs, Sport en Cultuur",
    "lasten": {
        "4.1 Openbaar basisonderwijs": (186, 186, 179),
        "4.2 Onderwijshuisvesting": (2914, 3106, 2987),
        "4.3 Onderwijsbeleid en leerlingzaken": (1542, 1618, 1702),
        "5.1 Sportbeleid en activering": (486, 512, 498),
        "5.2 Sportaccommodaties": (2306, 2418, 2541),
        "5.3 Cultuurpresentatie, cultuurproductie en cultuurparticipatie": (914, 948, 931),
        "5.4 Musea": (212, 212, 205),
        "5.5 Cultureel erfgoed": (148, 168, 132),
        "5.6 Media": (702, 702, 702),
    },
    "baten": {
        "4.2 Onderwijshuisvesting": (58, 58, 64),
        "4.3 Onderwijsbeleid en leerlingzaken": (412, 468, 496),
        "5.1 Sportbeleid en activering": (0, 0, 12),
        "5.2 Sportaccommodaties": (864, 864, 902),
        "5.3 Cultuurpresentatie, cultuurproductie en cultuurparticipatie": (36, 36, 44),
    },
}

P5 = {
    "name": "Ruimte, Wonen en Duurzaamheid",
    "lasten": {
        "3.1 Economische ontwikkeling": (318, 342, 296),
        "3.4 Economische promotie": (186, 186, 191),
        "7.4 Milieubeheer": (1812, 2406, 2014),
        "8.1 Ruimtelijke ordening": (1406, 1682, 1540),
        "8.2 Grondexploitatie (niet bedrijventerreinen)": (3218, 5406, 4388),
        "8.3 Wonen en bouwen": (2412, 2575, 2620),
    },
    "baten": {
        "3.4 Economische promotie": (228, 228, 246),
        "7.4 Milieubeheer": (0, 312, 296),
        "8.1 Ruimtelijke ordening": (124, 124, 188),
        "8.2 Grondexploitatie (niet bedrijventerreinen)": (3504, 5612, 4905),
        "8.3 Wonen en bouwen": (1118, 1118, 1402),
    },
}

ADM = {
    "name": "Algemene dekkingsmiddelen",
    "lasten": {
        "0.5 Treasury": (412, 438, 451),
        "0.61 OZB woningen": (286, 294, 301),
        "0.8 Overige baten en lasten": (480, 96, 118),
    },
    "baten": {
        "0.5 Treasury": (1218, 1240, 1262),
        "0.61 OZB woningen": (6412, 6412, 6455),
        "0.62 OZB niet-woningen": (3106, 3106, 3079),
        "0.64 Belastingen overig": (214, 214, 207),
        "0.7 Algemene uitkering en overige uitkeringen gemeentefonds": None,  # computed
        "0.8 Overige baten en lasten": (0, 0, 34),
    },
}

OVH = {"lasten": (9874, 10312, 10186), "baten": (126, 142, 188)}
VPB = {"lasten": (15, 15, 0)}
RES_MUT = {"toev": (1880, 2392, 2392), "ontt": (1210, 2846, 2508)}

# Reserves in whole euros: stand 1-1, resultaatbestemming 2023, toevoegingen, onttrekkingen
RESERVES = [
    ("Algemene reserve", 12486214, 1318436, 0, 845600),
    ("Reserve sociaal domein", 3210000, 0, 0, 650000),
    ("Reserve dekking kapitaallasten", 7844310, 0, 1250000, 412880),
    ("Reserve onderhoud gemeentelijke gebouwen", 1126500, 0, 380000, 294170),
    ("Reserve duurzaamheid en energietransitie", 918000, 0, 250000, 305440),
    ("Reserve grondexploitaties", 2405000, 0, 512000, 0),
]
