"""FICTIONAL data for 'Gemeente Dinkelland - Jaarstukken 2022' (set-bl).

Every amount, count, tariff and percentage here is made up. Amounts per taakveld are
given as rough sizes in thousands; gen_dinkelland.py turns them into euro amounts with
a seeded random generator and computes every total from them.
"""

# (code, name, programme, realisatie-lasten k, realisatie-baten k,
#  ratio realisatie/begroting-na-wijziging for lasten, same for baten)
TAAKVELDEN = [
    ("0.1", "Bestuur", "P1", 2512, 41, 0.97, 1.0),
    ("0.2", "Burgerzaken", "P1", 936, 318, 1.02, 0.93),
    ("0.3", "Beheer overige gebouwen en gronden", "P1", 1164, 587, 0.95, 1.12),
    ("1.1", "Crisisbeheersing en brandweer", "P2", 2287, 0, 1.0, 1.0),
    ("1.2", "Openbare orde en veiligheid", "P2", 1402, 71, 0.96, 1.05),
    ("2.1", "Verkeer en vervoer", "P3", 5386, 512, 0.94, 1.03),
    ("2.2", "Parkeren", "P3", 18, 4, 1.0, 1.0),
    ("2.5", "Openbaar vervoer", "P3", 9, 21, 1.0, 1.0),
    ("5.7", "Openbaar groen en (openlucht) recreatie", "P3", 2614, 96, 1.03, 0.9),
    ("3.1", "Economische ontwikkeling", "P4", 291, 0, 0.91, 1.0),
    ("3.2", "Fysieke bedrijfsinfrastructuur", "P4", 688, 742, 0.97, 1.18),
    ("3.3", "Bedrijvenloket en bedrijfsregelingen", "P4", 176, 88, 1.0, 0.96),
    ("3.4", "Economische promotie", "P4", 233, 611, 1.02, 1.09),
    ("4.2", "Onderwijshuisvesting", "P5", 1347, 12, 0.93, 1.0),
    ("4.3", "Onderwijsbeleid en leerlingzaken", "P5", 1688, 263, 1.06, 1.0),
    ("5.1", "Sportbeleid en activering", "P5", 512, 131, 0.98, 1.0),
    ("5.2", "Sportaccommodaties", "P5", 3411, 1214, 1.01, 0.97),
    ("5.3", "Cultuurpresentatie, cultuurproductie en cultuurparticipatie", "P5", 238, 17, 0.95, 1.0),
    ("5.4", "Musea", "P5", 276, 43, 1.0, 1.0),
    ("5.5", "Cultureel erfgoed", "P5", 71, 0, 0.88, 1.0),
    ("5.6", "Media", "P5", 533, 24, 1.0, 1.0),
    ("6.1", "Samenkracht en burgerparticipatie", "P6", 4876, 612, 0.97, 1.04),
    ("6.2", "Wijkteams", "P6", 688, 35, 1.01, 1.0),
    ("6.3", "Inkomensregelingen", "P6", 8142, 5321, 1.02, 1.01),
    ("6.4", "Begeleide participatie", "P6", 5912, 0, 0.99, 1.0),
    ("6.5", "Arbeidsparticipatie", "P6", 334, 14, 0.86, 1.0),
    ("6.6", "Maatwerkvoorzieningen (Wmo)", "P6", 1296, 11, 0.95, 1.0),
    ("6.71", "Maatwerkdienstverlening 18+", "P6", 6512, 121, 1.07, 0.98),
    ("6.72", "Maatwerkdienstverlening 18-", "P6", 5874, 0, 1.09, 1.0),
    ("6.81", "Geëscaleerde zorg 18+", "P6", 146, 98, 1.0, 1.0),
    ("6.82", "Geëscaleerde zorg 18-", "P6", 231, 0, 1.04, 1.0),
    ("7.1", "Volksgezondheid", "P6", 1262, 104, 1.0, 1.0),
    ("7.2", "Riolering", "P7", 2804, 3317, 0.96, 1.01),
    ("7.3", "Afval", "P7", 2112, 2478, 1.03, 1.02),
    ("7.4", "Milieubeheer", "P7", 1318, 506, 0.9, 1.2),
    ("7.5", "Begraafplaatsen en crematoria", "P7", 41, 16, 1.0, 1.0),
    ("8.1", "Ruimtelijke ordening", "P8", 964, 377, 0.97, 1.1),
    ("8.2", "Grondexploitatie (niet bedrijventerreinen)", "P8", 6218, 6905, 0.92, 1.16),
    ("8.3", "Wonen en bouwen", "P8", 2076, 1188, 1.0, 1.21),
    ("0.5", "Treasury", "ADM", 164, 2214, 1.0, 1.04),
    ("0.61", "OZB woningen", "ADM", 312, 4386, 1.0, 1.01),
    ("0.62", "OZB niet-woningen", "ADM", 131, 3142, 1.0, 0.99),
    ("0.64", "Belastingen overig", "ADM", 12, 203, 1.0, 1.0),
    ("0.7", "Algemene uitkering en overige uitkeringen gemeentefonds", "ADM", 0, None, 1.0, 1.0),
    ("0.8", "Overige baten en lasten", "ADM", 618, 131, 0.7, 1.0),
    ("0.9", "Vennootschapsbelasting (VpB)", "ADM", 6, 0, 1.0, 1.0),
    ("0.4", "Overhead", "OVH", 8264, 47, 0.98, 1.0),
]

PROGRAMMAS = [
    ("P1", "1", "Bestuur en dienstverlening"),
    ("P2", "2", "Veiligheid"),
    ("P3", "3", "Verkeer, vervoer en openbare ruimte"),
    ("P4", "4", "Economie en toerisme"),
    ("P5", "5", "Onderwijs, sport en cultuur"),
    ("P6", "6", "Sociaal domein"),
    ("P7", "7", "Milieu, afval en riolering"),
    ("P8", "8", "Ruimte en wonen"),
    ("ADM", "", "Algemene dekkingsmiddelen"),
    ("OVH", "", "Overhead"),
]

# Reserves: (name, programme, saldo 1-1-2022, toevoeging 2022, onttrekking 2022) in euros
RESERVES = [
    ("Algemene reserve", "ADM", 14862413, 2340766, 1512000),
    ("Reserve dekking kapitaallasten", "ADM", 9874122, 0, 512344),
    ("Reserve onderhoud gemeentelijke gebouwen", "P1", 1288540, 410000, 365271),
    ("Reserve MijnDinkelland2030!", "P1", 642000, 150000, 211560),
    ("Reserve verkeersveiligheid en wegen", "P3", 964228, 300000, 420112),
    ("Reserve economische structuurversterking", "P4", 400000, 0, 61950),
    ("Reserve sportaccommodaties", "P5", 1105300, 225000, 97812),
    ("Reserve sociaal domein", "P6", 3412760, 0, 687912),
    ("Reserve coronamiddelen", "P6", 812650, 0, 543909),
    ("Reserve egalisatie afvalstoffenheffing", "P7", 486117, 91204, 0),
    ("Reserve duurzaamheid", "P7", 1250000, 0, 312680),
    ("Reserve grondexploitatie", "P8", 2860450, 688000, 0),
    ("Reserve woningbouwimpuls", "P8", 750000, 0, 187240),
    ("Reserve Omgevingswet", "P8", 320000, 0, 141805),
]

# reserve mutations in k for the other columns (toevoeging, onttrekking) per programme
RES_OTHER = {
    # programme: {col: (toev, ontt)}
    "P1": {"r21": (480, 402), "prim": (560, 590), "nw": (560, 655)},
    "P2": {"r21": (0, 0), "prim": (0, 0), "nw": (0, 0)},
    "P3": {"r21": (300, 211), "prim": (300, 250), "nw": (300, 438)},
    "P4": {"r21": (0, 41), "prim": (0, 50), "nw": (0, 80)},
    "P5": {"r21": (225, 64), "prim": (225, 120), "nw": (225, 120)},
    "P6": {"r21": (812, 402), "prim": (0, 600), "nw": (0, 1388)},
    "P7": {"r21": (77, 145), "prim": (60, 280), "nw": (60, 330)},
    "P8": {"r21": (540, 96), "prim": (400, 300), "nw": (688, 400)},
    "ADM": {"r21": (1210, 488), "prim": (0, 512), "nw": (2341, 2024)},
    "OVH": {"r21": (0, 0), "prim": (0, 0), "nw": (0, 0)},
}

VOORZIENINGEN = [
    # name, saldo 1-1, toevoeging, aanwending, vrijval
    ("Voorziening onderhoud wegen", 2146300, 880000, 1012455, 0),
    ("Voorziening onderhoud sportaccommodaties", 734512, 210000, 187634, 0),
    ("Voorziening pensioenen (gewezen) wethouders", 3108966, 141220, 96410, 0),
    ("Voorziening riolering (egalisatie)", 1420077, 512880, 0, 0),
    ("Voorziening dubieuze debiteuren sociaal domein", 268400, 40112, 0, 61300),
]

INVESTERINGEN = [
    # omschrijving, krediet, uitgaven t/m 2021, uitgaven 2022, afsluiten
    ("Nieuwbouw Kindcentrum Denekamp-Oost", 6850000, 1212440, 3904118, "nee"),
    ("Reconstructie Hoofdstraat Weerselo", 1740000, 96210, 1322987, "nee"),
    ("Vervanging kunstgrasveld sportpark De Kolk", 465000, 0, 441376, "ja"),
    ("Fietspad Ootmarsum-Agelo (fase 2)", 1180000, 712004, 398116, "ja"),
    ("Vervanging riolering Saasveld-Noord", 2250000, 344870, 905233, "nee"),
    ("Verduurzaming gemeentehuis Denekamp", 890000, 120456, 602119, "nee"),
    ("Openbare verlichting LED (2021-2023)", 612000, 208740, 187355, "nee"),
    ("Aanschaf voertuigen buitendienst", 385000, 0, 377020, "ja"),
    ("Inrichting milieustraat Denekamp", 540000, 0, 86440, "nee"),
]

RISICOS = [
    # omschrijving, kans %, maximaal financieel effect (euros)
    ("Open-einderegelingen jeugdhulp en Wmo", 50, 4200000),
    ("Herverdeling gemeentefonds (nieuwe verdeling 2023)", 50, 3100000),
    ("Grondexploitaties: vertraging verkoop bouwkavels", 25, 2900000),
    ("Loon- en prijsstijgingen boven de begrote indexatie", 50, 1650000),
    ("Garantstellingen en geldleningen verenigingen", 10, 3850000),
    ("Bijdragen verbonden partijen (tekorten GR'en)", 30, 1460000),
    ("Claims en juridische procedures", 20, 900000),
]
