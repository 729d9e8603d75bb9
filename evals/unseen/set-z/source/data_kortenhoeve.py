"""Figures of the fictional Gemeente Kortenhoeve, Programmabegroting 2028.

Everything the PDF shows is derived from this module; the case spec and check.py read it too.
Amounts are whole euros unless the name ends in _k (thousands of euros).
"""

MUNICIPALITY = "Kortenhoeve"
DOC_ID = "kortenhoeve-programmabegroting-2028"
INWONERS = 41236  # per 1 januari 2027, kerngegevens

KERNGEGEVENS = [
    ("Aantal inwoners per 1 januari 2027", "41.236"),
    ("waarvan 0 tot en met 17 jaar", "8.412"),
    ("waarvan 65 jaar en ouder", "9.318"),
    ("Aantal woningen", "17.642"),
    ("Aantal huishoudens", "17.905"),
    ("Oppervlakte gemeente (hectare)", "6.318"),
    ("Lengte verharde wegen (km)", "286"),
    ("Aantal kernen", "5"),
]

PROGRAMMES = {
    "P1": "Bestuur en Dienstverlening",
    "P2": "Veiligheid",
    "P3": "Leefomgeving en Wonen",
    "P4": "Sociaal Domein",
    "P5": "Economie, Onderwijs en Vrije tijd",
}

# (code, name, group, lasten 2028, baten 2028)
TAAKVELDEN = [
    ("0.1", "Bestuur", "P1", 3412870, 48200),
    ("0.2", "Burgerzaken", "P1", 1638455, 712340),
    ("0.3", "Beheer overige gebouwen en gronden", "P1", 842115, 598760),
    ("0.4", "Overhead", "OVH", 14862390, 286540),
    ("0.5", "Treasury", "ADM", 1184600, 1642380),
    ("0.61", "OZB woningen", "ADM", 412830, 6218460),
    ("0.62", "OZB niet-woningen", "ADM", 128400, 3218650),
    ("0.64", "Belastingen overig", "ADM", 22000, 612740),
    ("0.7", "Algemene uitkering en overige uitkeringen gemeentefonds", "ADM", 0, 80998560),
    ("0.8", "Overige baten en lasten", "ONV", 150000, 0),
    ("0.9", "Vennootschapsbelasting (VpB)", "VPB", 18500, 0),
    ("1.1", "Crisisbeheersing en brandweer", "P2", 2986540, 12500),
    ("1.2", "Openbare orde en veiligheid", "P2", 1274930, 86410),
    ("2.1", "Verkeer en vervoer", "P3", 5918300, 412600),
    ("2.2", "Parkeren", "P3", 186420, 244900),
    ("2.5", "Openbaar vervoer", "P3", 74250, 0),
    ("3.1", "Economische ontwikkeling", "P5", 612300, 12000),
    ("3.3", "Bedrijvenloket en bedrijfsregelingen", "P5", 148900, 84200),
    ("3.4", "Economische promotie", "P5", 318450, 102150),
    ("4.1", "Openbaar basisonderwijs", "P5", 286700, 21400),
    ("4.2", "Onderwijshuisvesting", "P5", 3712540, 186900),
    ("4.3", "Onderwijsbeleid en leerlingzaken", "P5", 3148620, 1214800),
    ("5.1", "Sportbeleid en activering", "P5", 684210, 0),
    ("5.2", "Sportaccommodaties", "P5", 3462880, 1148300),
    ("5.3", "Cultuurpresentatie, cultuurproductie en cultuurparticipatie", "P5", 1416240, 62400),
    ("5.4", "Musea", "P5", 412900, 38700),
    ("5.5", "Cultureel erfgoed", "P5", 224560, 8300),
    ("5.6", "Media", "P5", 1318470, 0),
    ("5.7", "Openbaar groen en (openlucht) recreatie", "P3", 3845610, 118340),
    ("6.1", "Samenkracht en burgerparticipatie", "P4", 3984220, 164800),
    ("6.2", "Toegang en eerstelijnsvoorzieningen", "P4", 4512340, 0),
    ("6.3", "Inkomensregelingen", "P4", 14286910, 11402350),
    ("6.4", "Begeleide participatie", "P4", 3118650, 0),
    ("6.5", "Arbeidsparticipatie", "P4", 1842370, 96000),
    ("6.6", "Maatwerkvoorzieningen (WMO)", "P4", 2675480, 118000),
    ("6.71", "Maatwerkdienstverlening 18+", "P4", 9846120, 412300),
    ("6.72", "Maatwerkdienstverlening 18-", "P4", 11937840, 0),
    ("6.81", "Geëscaleerde zorg 18+", "P4", 612450, 0),
    ("6.82", "Geëscaleerde zorg 18-", "P4", 2418760, 0),
    ("7.1", "Volksgezondheid", "P4", 2214380, 24600),
    ("7.2", "Riolering", "P3", 4612780, 5334910),
    ("7.3", "Afval", "P3", 5204660, 5981220),
    ("7.4", "Milieubeheer", "P3", 1487390, 215600),
    ("7.5", "Begraafplaatsen en crematoria", "P3", 412800, 356900),
    ("8.1", "Ruimtelijke ordening", "P3", 1286450, 142300),
    ("8.2", "Grondexploitatie (niet bedrijventerreinen)", "P3", 3410000, 3720000),
    ("8.3", "Wonen en bouwen", "P3", 2198740, 1346500),
]

YEARS = [2026, 2027, 2028, 2029, 2030, 2031]

# Lasten and baten per programme in thousands for the years other than 2028 (2028 is the
# rounded sum of the taakvelden).
PROG_OTHER_K = {
    #        2026 rekening   2027 begroting   2029          2030          2031
    "P1": {2026: (5543, 1386), 2027: (5702, 902), 2029: (5941, 906), 2030: (6078, 908), 2031: (5986, 910)},
    "P2": {2026: (3918, 112), 2027: (4102, 96), 2029: (4318, 99), 2030: (4402, 99), 2031: (4487, 99)},
    "P3": {2026: (27884, 16912), 2027: (28860, 17348), 2029: (29012, 18214), 2030: (28446, 17802), 2031: (28790, 18106)},
    "P4": {2026: (53712, 11406), 2027: (55418, 11822), 2029: (57906, 12488), 2030: (58402, 12702), 2031: (58987, 12918)},
    "P5": {2026: (14212, 2598), 2027: (15046, 2744), 2029: (16188, 2906), 2030: (16642, 2931), 2031: (16534, 2956)},
    "OVH": {2026: (14018, 402), 2027: (14388, 291), 2029: (15102, 287), 2030: (15318, 287), 2031: (15486, 287)},
    "VPB": {2026: (12, 0), 2027: (18, 0), 2029: (19, 0), 2030: (19, 0), 2031: (19, 0)},
    "ONV": {2026: (0, 0), 2027: (150, 0), 2029: (150, 0), 2030: (150, 0), 2031: (150, 0)},
}

# Reserve mutations in thousands (totals), per year; 2028 equals the reserves table.
RES_TOEV_K = {2026: 2864, 2027: 1420, 2029: 1250, 2030: 900, 2031: 650}
RES_ONTT_K = {2026: 3986, 2027: 2816, 2029: 1690, 2030: 1050, 2031: 940}

# Algemene dekkingsmiddelen, whole euros.  2028 must match the taakvelden.
# Rows: (label, {year: amount}); amounts are baten (positive) except where negative.
DEKKING = [
    ("Onroerendezaakbelasting woningen", {2026: 5846210, 2027: 5998340, 2028: 6218460, 2029: 6404810, 2030: 6596950, 2031: 6794860}),
    ("Onroerendezaakbelasting niet-woningen", {2026: 3012480, 2027: 3104920, 2028: 3218650, 2029: 3315210, 2030: 3414670, 2031: 3517110}),
    ("Hondenbelasting", {2026: 178360, 2027: 181240, 2028: 186240, 2029: 188100, 2030: 189980, 2031: 191880}),
    ("Toeristenbelasting", {2026: 284120, 2027: 296400, 2028: 341800, 2029: 348640, 2030: 355610, 2031: 362720}),
    ("Precariobelasting", {2026: 86930, 2027: 84700, 2028: 84700, 2029: 84700, 2030: 84700, 2031: 84700}),
    ("Algemene uitkering gemeentefonds", {2026: 77091420, 2027: 79105180, 2028: 80998560, 2029: 82731640, 2030: 83114210, 2031: 83603930}),
    ("Dividenden", {2026: 698450, 2027: 640000, 2028: 624000, 2029: 610000, 2030: 610000, 2031: 610000}),
    ("Saldo financieringsfunctie", {2026: -84620, 2027: -121880, 2028: -166220, 2029: -224300, 2030: -287650, 2031: -318400}),
    ("Kosten heffing en invordering belastingen", {2026: -538410, 2027: -551200, 2028: -563230, 2029: -574500, 2030: -586000, 2031: -597700}),
]
# Treasury lasten (0.5) per year; treasury baten = dividenden + saldo financieringsfunctie + lasten.
TREASURY_LASTEN = {2026: 1046300, 2027: 1102400, 2028: 1184600, 2029: 1246000, 2030: 1318000, 2031: 1362000}
# Cost items inside ADM 2028 (perceptiekosten OZB and belastingen): lasten 0.61 + 0.62 + 0.64.

# Reserves 2028 (euros): name, programme, stand 1-1, toevoegingen, onttrekkingen
RESERVES = [
    ("Algemene reserve", "AD", 12486320, 0, 650000),
    ("Reserve sociaal domein", "4", 3214800, 0, 1150000),
    ("Reserve kapitaallasten", "div.", 8642150, 0, 412380),
    ("Reserve woningbouwimpuls", "3", 1850000, 500000, 725000),
    ("Reserve duurzaamheid", "3", 986400, 0, 310000),
    ("Reserve dekking investeringen", "5", 2400000, 1200000, 0),
]

# Voorzieningen 2028 (x 1.000): name, stand 1-1, toevoegingen, aanwendingen, vrijval
VOORZIENINGEN_K = [
    ("Voorziening groot onderhoud gemeentelijke gebouwen", 2846, 612, 1108, 0),
    ("Voorziening pensioenen (gewezen) wethouders", 4212, 186, 244, 0),
    ("Voorziening egalisatie riolering", 1318, 312, 0, 0),
    ("Voorziening egalisatie afvalstoffenheffing", 604, 0, 188, 0),
    ("Voorziening dubieuze debiteuren sociaal domein", 418, 42, 0, 96),
]

# Investeringen: kredietbehoefte x 1.000 per year
INVESTERINGEN_K = [
    ("Verduurzaming gemeentehuis", "1", {2028: 1150, 2029: 0, 2030: 0, 2031: 0}),
    ("Vervanging ICT-infrastructuur", "1", {2028: 310, 2029: 285, 2030: 290, 2031: 305}),
    ("Vervanging riolering Dorpsstraat-Zuid", "3", {2028: 1850, 2029: 1200, 2030: 0, 2031: 0}),
    ("Herinrichting Stationsweg", "3", {2028: 1320, 2029: 0, 2030: 0, 2031: 0}),
    ("Vervanging openbare verlichting (LED)", "3", {2028: 480, 2029: 480, 2030: 480, 2031: 480}),
    ("Vervanging voertuigen buitendienst", "3", {2028: 395, 2029: 120, 2030: 260, 2031: 180}),
    ("Nieuwbouw sporthal De Hoeve", "5", {2028: 2400, 2029: 5600, 2030: 1100, 2031: 0}),
    ("Integraal Kindcentrum Kortenhoeve-Noord", "5", {2028: 650, 2029: 4800, 2030: 3950, 2031: 0}),
]

# Incidentele baten en lasten (euros): (soort, programme, omschrijving, {year: amount})
INCIDENTEEL = [
    ("L", "1", "Haalbaarheidsstudie verduurzaming gemeentehuis", {2028: 45000, 2029: 0, 2030: 0, 2031: 0}),
    ("L", "1", "Gemeenteraadsverkiezingen 2030", {2028: 0, 2029: 0, 2030: 86500, 2031: 0}),
    ("L", "3", "Uitvoering woningbouwimpuls", {2028: 725000, 2029: 400000, 2030: 0, 2031: 0}),
    ("L", "3", "Omgevingswet: digitaal stelsel en vergunningverlening", {2028: 180000, 2029: 0, 2030: 0, 2031: 0}),
    ("L", "4", "Transformatieprogramma jeugd", {2028: 650000, 2029: 350000, 2030: 0, 2031: 0}),
    ("L", "4", "Extra inzet schuldhulpverlening", {2028: 220000, 2029: 220000, 2030: 0, 2031: 0}),
    ("L", "5", "Cultuurimpuls kernen", {2028: 120000, 2029: 0, 2030: 0, 2031: 0}),
    ("L", "AD", "Toevoeging reserve dekking investeringen", {2028: 1200000, 2029: 0, 2030: 0, 2031: 0}),
    ("B", "1", "Verkoop voormalige gemeentewerf", {2028: 480000, 2029: 0, 2030: 0, 2031: 0}),
    ("B", "AD", "Onttrekking algemene reserve", {2028: 650000, 2029: 0, 2030: 0, 2031: 0}),
    ("B", "4", "Onttrekking reserve sociaal domein", {2028: 1150000, 2029: 570000, 2030: 0, 2031: 0}),
    ("B", "3", "Onttrekking reserve woningbouwimpuls", {2028: 725000, 2029: 400000, 2030: 0, 2031: 0}),
]

# Lokale heffingen: tarieven (string as printed 2027, 2028)
TARIEVEN = [
    ("OZB woningen, eigenaar (% van de WOZ-waarde)", "0,0918%", "0,0941%"),
    ("OZB niet-woningen, eigenaar (% van de WOZ-waarde)", "0,1862%", "0,1908%"),
    ("OZB niet-woningen, gebruiker (% van de WOZ-waarde)", "0,1524%", "0,1562%"),
    ("Afvalstoffenheffing eenpersoonshuishouden", "€ 247,80", "€ 260,40"),
    ("Afvalstoffenheffing meerpersoonshuishouden", "€ 318,00", "€ 334,20"),
    ("Rioolheffing per aansluiting", "€ 236,40", "€ 244,80"),
    ("Hondenbelasting, eerste hond", "€ 78,60", "€ 81,00"),
    ("Hondenbelasting, tweede en volgende hond", "€ 117,90", "€ 121,50"),
    ("Toeristenbelasting per persoon per nacht", "€ 1,85", "€ 2,10"),
]
WOZ_GEM = {2027: 356000, 2028: 371000}
# Woonlasten meerpersoonshuishouden (euro, cents)
WOONLASTEN = {
    2027: {"ozb": 326.81, "afval": 318.00, "riool": 236.40},
    2028: {"ozb": 349.11, "afval": 334.20, "riool": 244.80},
}

# Weerstandsvermogen
WEERSTAND_BESCHIKBAAR = [
    ("Algemene reserve (stand 1 januari 2028)", 12486320),
    ("Onbenutte belastingcapaciteit OZB", 1284000),
    ("Post onvoorzien", 150000),
]
RISICOS = [
    ("Open-einderegelingen jeugdhulp", 2400000, 50),
    ("Ontwikkeling algemene uitkering (herijking gemeentefonds)", 2000000, 50),
    ("Loon- en prijsontwikkeling boven de raming", 1400000, 50),
    ("Wmo-maatwerk en abonnementstarief", 1200000, 50),
    ("Grondexploitatie Hoeveweide", 1500000, 30),
    ("Gemeenschappelijke regelingen", 1100000, 30),
    ("Rentestijging bij herfinanciering", 800000, 30),
    ("Informatieveiligheid en cyberincidenten", 600000, 30),
    ("Claims en juridische procedures", 500000, 10),
]

# Kengetallen (%), years 2026 R, 2027 B, 2028-2031
KENGETALLEN = [
    ("Netto schuldquote", [58.4, 63.1, 67.9, 74.2, 79.6, 77.8]),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", [55.2, 60.0, 64.8, 71.3, 76.9, 75.2]),
    ("Solvabiliteitsratio", [31.6, 29.8, 28.4, 26.9, 25.7, 25.9]),
    ("Structurele exploitatieruimte", None),  # computed from the structureel saldo (2028-2031)
    ("Grondexploitatie", [6.2, 5.8, 5.1, 4.3, 3.6, 2.9]),
    ("Belastingcapaciteit", [94.1, 95.3, 96.8, None, None, None]),
]
STRUCT_EXPL_2026_2027 = [0.9, 0.4]

# Beleidsindicatoren (waarstaatjegemeente.nl): indicator, eenheid, Kortenhoeve, Nederland, jaar
IND_VEILIGHEID = [
    ("Verwijzingen Halt", "per 10.000 jongeren van 12-17 jaar", "98", "117", "2026"),
    ("Winkeldiefstallen", "per 1.000 inwoners", "1,4", "2,1", "2026"),
    ("Geweldsmisdrijven", "per 1.000 inwoners", "3,2", "4,6", "2026"),
    ("Diefstallen uit woning", "per 1.000 inwoners", "1,1", "1,3", "2026"),
    ("Vernielingen en beschadigingen (in de openbare ruimte)", "per 1.000 inwoners", "3,9", "4,8", "2026"),
]
IND_SOCIAAL = [
    ("Banen", "per 1.000 inwoners van 15-74 jaar", "612,4", "828,7", "2025"),
    ("Netto arbeidsparticipatie", "% van de werkzame beroepsbevolking", "70,8", "71,9", "2026"),
    ("Kinderen in uitkeringsgezin", "% kinderen tot 18 jaar", "4,9", "5,8", "2025"),
    ("Personen met een bijstandsuitkering", "per 10.000 inwoners van 18 jaar en ouder", "268,3", "350,2", "2026"),
    ("Lopende re-integratievoorzieningen", "per 10.000 inwoners van 15-74 jaar", "142,7", "162,0", "2026"),
    ("Jongeren met jeugdhulp", "% van alle jongeren tot 18 jaar", "12,6", "12,1", "2026"),
    ("Jongeren met jeugdbescherming", "% van alle jongeren tot 18 jaar", "0,9", "1,0", "2026"),
    ("Jongeren met jeugdreclassering", "% van alle jongeren van 12-22 jaar", "0,3", "0,3", "2026"),
    ("Cliënten met een maatwerkarrangement Wmo", "per 10.000 inwoners", "712", "688", "2026"),
]
# Bedrijfsvoering indicators (begroting 2027, begroting 2028)
FORMATIE_FTE = {2027: "301,8", 2028: "306,4"}
BEZETTING_FTE = {2027: "289,5", 2028: "294,0"}
APPARAATSKOSTEN_PI = {2027: "786", 2028: "812"}
EXTERNE_INHUUR_PCT = {2027: "10,2", 2028: "9,4"}
OVERHEAD_PCT_2027 = "11,6"


# ---------------------------------------------------------------- derived figures

def k(x: int) -> int:
    """Round euros to thousands, half up."""
    return int((abs(x) + 500) // 1000) * (1 if x >= 0 else -1)


def group_2028(group: str) -> tuple[int, int]:
    lasten = sum(tv[3] for tv in TAAKVELDEN if tv[2] == group)
    baten = sum(tv[4] for tv in TAAKVELDEN if tv[2] == group)
    return lasten, baten


def group_k(group: str, year: int) -> tuple[int, int]:
    """Lasten and baten in thousands for a programme or other group."""
    if year == 2028:
        lasten, baten = group_2028(group)
        return k(lasten), k(baten)
    return PROG_OTHER_K[group][year]


def adm_k(year: int) -> tuple[int, int]:
    """Algemene dekkingsmiddelen: lasten and baten in thousands.

    The dekking table shows net amounts (the saldo financieringsfunctie is treasury baten
    minus dividend minus treasury lasten); the overview shows the gross taakveld amounts for
    2028 and for other years baten = the positive rows, lasten = perceptiekosten + negative saldo.
    """
    lasten, baten = adm_euros(year)
    return k(lasten), k(baten)


def adm_euros(year: int) -> tuple[int, int]:
    net = sum(v[year] for _, v in DEKKING)
    perceptie = -[v for lbl, v in DEKKING if lbl.startswith("Kosten heffing")][0][year]
    lasten = TREASURY_LASTEN[year] + perceptie
    return lasten, net + lasten


OVERVIEW_GROUPS = ["P1", "P2", "P3", "P4", "P5", "ADM", "OVH", "VPB", "ONV"]
OVERVIEW_LABELS = {
    "P1": "1. Bestuur en Dienstverlening",
    "P2": "2. Veiligheid",
    "P3": "3. Leefomgeving en Wonen",
    "P4": "4. Sociaal Domein",
    "P5": "5. Economie, Onderwijs en Vrije tijd",
    "ADM": "Algemene dekkingsmiddelen",
    "OVH": "Overhead",
    "VPB": "Vennootschapsbelasting",
    "ONV": "Onvoorzien",
}


def overview_k(year: int) -> dict:
    rows = {}
    for g in OVERVIEW_GROUPS:
        rows[g] = adm_k(year) if g == "ADM" else group_k(g, year)
    lasten = sum(v[0] for v in rows.values())
    baten = sum(v[1] for v in rows.values())
    toev = reserves_totals()[0] if year == 2028 else RES_TOEV_K[year] * 1000
    ontt = reserves_totals()[1] if year == 2028 else RES_ONTT_K[year] * 1000
    toev_k, ontt_k = k(toev), k(ontt)
    saldo = baten - lasten
    return {
        "rows": rows,
        "lasten": lasten,
        "baten": baten,
        "saldo": saldo,
        "toev": toev_k,
        "ontt": ontt_k,
        "resultaat": saldo - toev_k + ontt_k,
    }


def reserves_totals() -> tuple[int, int, int, int]:
    start = sum(r[2] for r in RESERVES)
    toev = sum(r[3] for r in RESERVES)
    ontt = sum(r[4] for r in RESERVES)
    return toev, ontt, start, start + toev - ontt


def reserve_end(r) -> int:
    return r[2] + r[3] - r[4]


def voorziening_end(v) -> int:
    return v[1] + v[2] - v[3] - v[4]


def taakveld_totals() -> tuple[int, int]:
    return sum(t[3] for t in TAAKVELDEN), sum(t[4] for t in TAAKVELDEN)


def taakveld_result() -> int:
    lasten, baten = taakveld_totals()
    toev, ontt, _, _ = reserves_totals()
    return baten + ontt - lasten - toev


def incidenteel_totals(year: int) -> tuple[int, int]:
    lasten = sum(i[3][year] for i in INCIDENTEEL if i[0] == "L")
    baten = sum(i[3][year] for i in INCIDENTEEL if i[0] == "B")
    return lasten, baten


def structureel_k(year: int) -> dict:
    ov = overview_k(year)
    il, ib = incidenteel_totals(year)
    return {
        "resultaat": ov["resultaat"],
        "inc_lasten": k(il),
        "inc_baten": k(ib),
        "structureel": ov["resultaat"] + k(il) - k(ib),
    }


def structurele_exploitatieruimte(year: int) -> float:
    """Structureel saldo / totale baten (incl. onttrekkingen) x 100, 1 decimal."""
    s = structureel_k(year)
    ov = overview_k(year)
    return round(100 * s["structureel"] / (ov["baten"] + ov["ontt"]), 1)


def weerstand() -> tuple[int, int, float]:
    beschikbaar = sum(v for _, v in WEERSTAND_BESCHIKBAAR)
    benodigd = sum(b * p // 100 for _, b, p in RISICOS)
    return beschikbaar, benodigd, round(beschikbaar / benodigd, 2)


def overhead_pct_2028() -> float:
    lasten, _ = taakveld_totals()
    ovh = [t for t in TAAKVELDEN if t[0] == "0.4"][0][3]
    return round(100 * ovh / lasten, 1)


def woonlasten_total(year: int) -> float:
    return round(sum(WOONLASTEN[year].values()), 2)


# ---------------------------------------------------------------- paragrafen (added tables)

# Verbonden partijen: naam, vorm, programma, bijdrage 2027, bijdrage 2028 (euros; None = geen bijdrage)
VERBONDEN_PARTIJEN = [
    ("Veiligheidsregio Zuidelijke Hoeven", "Gemeenschappelijke regeling", "2", 2727840, 2812400),
    ("GGD Zuidelijke Hoeven", "Gemeenschappelijke regeling", "4", 1342500, 1386200),
    ("Omgevingsdienst Zuidelijke Hoeven", "Gemeenschappelijke regeling", "3", 1088300, 1124600),
    ("Werkbedrijf Hoevewerk", "Gemeenschappelijke regeling", "4", 2902100, 2946300),
    ("Regionaal Archief Hoeven", "Gemeenschappelijke regeling", "1", 212400, 219800),
    ("Afvalbedrijf Regio Hoeven N.V.", "Vennootschap", "3", None, None),
    ("BNG Bank N.V.", "Vennootschap", "AD", None, None),
]

# Onderhoud kapitaalgoederen: kapitaalgoed, areaal, kwaliteitsniveau, onderhoudsbudget 2028 (euros)
ONDERHOUD = [
    ("Wegen", "286 km verharding", "beeldkwaliteit B", 2146800),
    ("Openbaar groen", "184 ha", "beeldkwaliteit B", 1812300),
    ("Riolering", "212 km vrijverval en persleiding", "GRP 2024–2028", 1384600),
    ("Openbare verlichting", "6.120 lichtmasten", "beeldkwaliteit B", 412500),
    ("Kunstwerken", "46 bruggen en duikers", "beeldkwaliteit B", 186400),
    ("Gemeentelijke gebouwen", "38 objecten", "NEN 2767 conditie 3", 1108000),
]

# Grondexploitaties x 1.000: naam, boekwaarde 1-1-2028, nog te maken kosten, nog te realiseren
# opbrengsten, verwacht einde
GREX_K = [
    ("Hoeveweide", 6842, 14620, 23180, 2031),
    ("Bedrijventerrein Veldzicht", 3214, 2410, 6012, 2029),
    ("Dorpshart Oosteinde", 1486, 1912, 2964, 2030),
]

# Woningbouwplanning (aantal woningen)
WONINGBOUW = [
    ("Hoeveweide", {2028: 210, 2029: 180, 2030: 140, 2031: 120}),
    ("Kleine kernen", {2028: 60, 2029: 70, 2030: 70, 2031: 60}),
    ("Inbreidingslocaties", {2028: 80, 2029: 60, 2030: 50, 2031: 50}),
]

# Leningenportefeuille x 1.000
LENINGEN_K = {"start": 62480, "nieuw": 8000, "aflossing": 5386}


def grex_resultaat(g) -> int:
    return g[3] - g[1] - g[2]
