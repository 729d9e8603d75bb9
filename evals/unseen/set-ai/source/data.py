"""set-ai: every figure of both corpus documents, typed once. Totals, saldi and other derived figures are computed
here; the asserts at the bottom tie the documents together. Run `python data.py` to print a summary.

Document 1: Gemeente Tolsterveld, Programmabegroting 2041 (python-docx -> LibreOffice PDF).
Document 2: Recreatieschap Zandmeren, Jaarrekening 2040 (reportlab platypus PDF).
"""
from __future__ import annotations

# ============================================================================ document 1: Gemeente Tolsterveld
MUNI = "Tolsterveld"
YEAR = 2041
MUNI_FILE = "tolsterveld-programmabegroting-2041.pdf"
MUNI_TITLE = "Programmabegroting 2041"
INWONERS = 38_412
YEARS = [2040, 2041, 2042, 2043, 2044]          # Begroting 2040 | Meerjarenraming 2041..2044 (2041 = begrotingsjaar)

# programme lasten / baten in x EUR 1.000 per year in YEARS
PROGRAMMES = [
    # (nr, name, lasten, baten)
    (1, "Bestuur en veiligheid", [6842, 7115, 7198, 7240, 7305], [612, 598, 604, 604, 610]),
    (2, "Openbare ruimte en mobiliteit", [14506, 15233, 15610, 15488, 15702], [8914, 9406, 9722, 9890, 10045]),
    (3, "Economie, onderwijs en cultuur", [9877, 10312, 10145, 10096, 10021], [1943, 2011, 2011, 2011, 2011]),
    (4, "Sociaal domein", [41263, 43908, 44521, 45017, 45390], [9804, 10122, 10230, 10302, 10386]),
    (5, "Wonen, milieu en ruimte", [11420, 12083, 11684, 11530, 11612], [8317, 8995, 8740, 8612, 8679]),
]
# the non-programme blocks of Tabel 2.1
ALG_DEKKING = ("Algemene dekkingsmiddelen", [1206, 1248, 1262, 1279, 1291], [63896, 67526, 68612, 69384, 70190])
OVERHEAD = ("Overhead", [8955, 9377, 9412, 9468, 9511], [312, 320, 320, 320, 320])
ONVOORZIEN = [100, 100, 100, 100, 100]
TOEVOEGING_RES = [1850, 1460, 1290, 1310, 1320]
ONTTREKKING_RES = [2435, 2218, 1105, 862, 716]


def saldo(l, b):
    return [bb - ll for ll, bb in zip(l, b)]


BLOCKS = [(f"{nr}. {name}", l, b) for nr, name, l, b in PROGRAMMES] + [ALG_DEKKING, OVERHEAD]
TOT_LASTEN = [sum(bl[1][i] for bl in BLOCKS) + ONVOORZIEN[i] for i in range(5)]
TOT_BATEN = [sum(bl[2][i] for bl in BLOCKS) for i in range(5)]
SALDO_BL = [b - l for l, b in zip(TOT_LASTEN, TOT_BATEN)]
RESULTAAT = [s - t + o for s, t, o in zip(SALDO_BL, TOEVOEGING_RES, ONTTREKKING_RES)]

# taakvelden per programme, begroting 2041, x EUR 1.000: (code, name, lasten, baten); the last one per programme is
# the remainder so that the taakvelden add up to the programme
_TV = {
    1: [("0.1", "Bestuur", 2214, 18), ("0.2", "Burgerzaken", 1106, 455), ("1.1", "Crisisbeheersing en brandweer", 2851, 0),
        ("1.2", "Openbare orde en veiligheid", None, None)],
    2: [("2.1", "Verkeer en vervoer", 6420, 388), ("2.2", "Parkeren", 512, 905), ("5.7", "Openbare groen en (openlucht) recreatie", 3842, 96),
        ("7.2", "Riolering", None, None)],
    3: [("3.1", "Economische ontwikkeling", 904, 120), ("4.2", "Onderwijshuisvesting", 3618, 402),
        ("4.3", "Onderwijsbeleid en leerlingzaken", 2275, 1014), ("5.2", "Sportaccommodaties", 2106, 436),
        ("5.3", "Cultuurpresentatie, -productie en -participatie", None, None)],
    4: [("6.1", "Samenkracht en burgerparticipatie", 3384, 210), ("6.3", "Inkomensregelingen", 12560, 8866),
        ("6.71", "Maatwerkdienstverlening 18+", 11427, 512), ("6.72", "Maatwerkdienstverlening 18-", 10245, 0),
        ("6.81", "Geëscaleerde zorg 18+", None, None)],
    5: [("7.3", "Afval", 5138, 6122), ("7.4", "Milieubeheer", 1687, 214), ("8.1", "Ruimtelijke ordening", 1512, 318),
        ("8.3", "Wonen en bouwen", None, None)],
}
TAAKVELDEN = {}
for nr, name, l, b in PROGRAMMES:
    rows = []
    for code, tname, tl, tb in _TV[nr]:
        if tl is None:
            tl = l[1] - sum(r[2] for r in rows)
            tb = b[1] - sum(r[3] for r in rows)
        rows.append((code, tname, tl, tb))
    TAAKVELDEN[nr] = rows

# beleidsindicatoren (waarstaatjegemeente): per programme (indicator, eenheid, Tolsterveld, Nederland, jaartal, bron)
INDICATOREN = {
    1: [("Verwijzingen Halt", "per 10.000 jongeren", "92", "115", "2039", "Bureau Halt"),
        ("Winkeldiefstallen", "per 1.000 inwoners", "1,4", "2,1", "2039", "CBS"),
        ("Geweldsmisdrijven", "per 1.000 inwoners", "3,6", "4,4", "2039", "CBS")],
    2: [("Ziekenhuisopnamen na verkeersongeval met motorvoertuig", "%", "6", "7", "2038", "VeiligheidNL"),
        ("Ziekenhuisopnamen na verkeersongeval met fiets", "%", "11", "10", "2038", "VeiligheidNL")],
    3: [("Absoluut verzuim", "per 1.000 leerlingen", "1,8", "2,3", "2039", "DUO"),
        ("Voortijdige schoolverlaters zonder startkwalificatie", "%", "1,6", "2,0", "2039", "DUO"),
        ("Functiemenging", "%", "48,7", "53,9", "2040", "LISA")],
    4: [("Jongeren met jeugdhulp", "%", "11,9", "12,6", "2039", "CBS"),
        ("Cliënten met een maatwerkarrangement Wmo", "per 10.000 inwoners", "642", "710", "2039", "CBS"),
        ("Personen met een bijstandsuitkering", "per 10.000 inwoners", "287", "356", "2039", "CBS")],
    5: [("Omvang huishoudelijk restafval", "kg per inwoner", "118", "162", "2039", "CBS"),
        ("Nieuw gebouwde woningen", "per 1.000 woningen", "9,4", "8,1", "2039", "BAG"),
        ("Demografische druk", "%", "78,2", "70,4", "2040", "CBS")],
}

# lokale heffingen. Tarieven (printed strings are exact): (row, 2040, 2041) ; OZB in % van de WOZ-waarde
TARIEVEN = [
    ("OZB woningen (eigenaar)", 0.0684, 0.0701, "%"),
    ("OZB niet-woningen (eigenaar)", 0.1392, 0.1436, "%"),
    ("OZB niet-woningen (gebruiker)", 0.1118, 0.1150, "%"),
    ("Afvalstoffenheffing eenpersoonshuishouden", 286.20, 301.80, "€"),
    ("Afvalstoffenheffing meerpersoonshuishouden", 368.40, 389.16, "€"),
    ("Rioolheffing per aansluiting", 247.56, 259.92, "€"),
]
# opbrengst heffingen in whole euros: (heffing, begroting 2040, begroting 2041)
OPBRENGST = [
    ("OZB woningen", 6_412_350, 6_688_920),
    ("OZB niet-woningen", 2_905_100, 3_012_760),
    ("Afvalstoffenheffing", 5_021_480, 5_294_310),
    ("Rioolheffing", 4_130_900, 4_338_675),
    ("Toeristenbelasting", 186_000, 212_400),
    ("Marktgelden", 48_250, 49_700),
]
OPBRENGST_TOT = (sum(r[1] for r in OPBRENGST), sum(r[2] for r in OPBRENGST))
OZB_TOT_2041 = OPBRENGST[0][2] + OPBRENGST[1][2]

# weerstandsvermogen (x EUR 1.000)
ONBENUTTE_BELCAP = 3214
BENODIGD = 9470
# kengetallen: (kengetal, rekening 2039, begroting 2040, begroting 2041) printed as percentages
KENGETALLEN = [
    ("Netto schuldquote", "62,4%", "66,1%", "71,8%"),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", "58,9%", "62,7%", "68,3%"),
    ("Solvabiliteitsratio", "27,3%", "26,1%", "24,8%"),
    ("Structurele exploitatieruimte", "1,2%", "0,6%", "0,9%"),
    ("Grondexploitatie", "8,7%", "7,9%", "6,4%"),
    ("Belastingcapaciteit", "101,5%", "103,2%", "104,0%"),
]

# overhead 2041 (x EUR 1.000): components; the last is the remainder so the total equals OVERHEAD lasten 2041
_OH = [("Personeel en organisatie", 1864), ("Informatievoorziening en ICT", 2311), ("Huisvesting", 1428),
       ("Financiën en control", 1152), ("Facilitaire zaken", 896), ("Management en directie", None)]
OVERHEAD_ROWS = []
for k, v in _OH:
    OVERHEAD_ROWS.append((k, v if v is not None else OVERHEAD[1][1] - sum(x[1] for x in OVERHEAD_ROWS)))

# investeringen (x EUR 1.000): (omschrijving, programma, krediet, 2041, 2042, 2043, 2044)
INVESTERINGEN = [
    ("Vervanging riolering Molenbuurt", 2, 3400, 1200, 1400, 800, 0),
    ("Reconstructie Veldweg", 2, 1850, 1850, 0, 0, 0),
    ("Nieuwbouw IKC De Wielewaal", 3, 9600, 600, 4500, 4500, 0),
    ("Renovatie sporthal Het Tolhuis", 3, 2240, 0, 2240, 0, 0),
    ("Vervanging tankautospuit", 1, 415, 415, 0, 0, 0),
    ("Ondergrondse afvalcontainers", 5, 780, 260, 260, 260, 0),
    ("Vervanging openbare verlichting (led)", 2, 1320, 330, 330, 330, 330),
]
INV_TOT = [sum(r[i] for r in INVESTERINGEN) for i in range(2, 7)]

# reserves 2041 (x EUR 1.000): (reserve, stand 1-1-2041, toevoeging, onttrekking)
RESERVES = [
    ("Algemene reserve", 14420, 610, 160),
    ("Reserve sociaal domein", 3180, 0, 950),
    ("Reserve onderhoud accommodaties", 2265, 450, 388),
    ("Reserve dekking kapitaallasten", 6940, 0, 415),
    ("Reserve woningbouwimpuls", 1375, 400, 305),
]
RES_EIND = {r[0]: r[1] + r[2] - r[3] for r in RESERVES}
RES_TOT = (sum(r[1] for r in RESERVES), sum(r[2] for r in RESERVES), sum(r[3] for r in RESERVES),
           sum(RES_EIND.values()))
ALG_RES_EIND = RES_EIND["Algemene reserve"]
BESCHIKBAAR = ALG_RES_EIND + ONBENUTTE_BELCAP + ONVOORZIEN[1]
RATIO = round(BESCHIKBAAR / BENODIGD, 2)

# incidentele baten en lasten (x EUR 1.000): (omschrijving, programma, 2041, 2042, 2043, 2044); lasten negative
INCIDENTEEL = [
    ("Ontwikkeling omgevingsplan", 5, -420, -260, 0, 0),
    ("Jubileum 200 jaar Tolsterveld", 1, -85, 0, 0, 0),
    ("Transformatieplan jeugdhulp", 4, -950, -600, 0, 0),
    ("Verkoop perceel Stationsweg", 5, 1150, 0, 0, 0),
    ("Tijdelijke huisvesting IKC", 3, -310, -310, -155, 0),
]
INC_SALDO = [sum(r[i] for r in INCIDENTEEL) for i in range(2, 6)]

# "In het kort" call-out (rounded figures as printed)
KORT_LASTEN_MLN = round(TOT_LASTEN[1] / 1000, 1)       # EUR mln, one decimal
KORT_SOC_SHARE = round(100 * PROGRAMMES[3][2][1] / TOT_LASTEN[1])  # percent of the lasten to sociaal domein
OZB_STIJGING = round(100 * (TARIEVEN[0][2] / TARIEVEN[0][1] - 1), 1)

# ============================================================================ document 2: Recreatieschap Zandmeren
WS = "Recreatieschap Zandmeren"
WS_YEAR = 2040
WS_FILE = "recreatieschap-zandmeren-jaarrekening-2040.pdf"
WS_TITLE = "Jaarrekening 2040"

# programma's (whole euros): (programma, kind, primitief, wijzigingen, realisatie)
RS_ROWS = [
    ("Beheer en onderhoud terreinen", "Lasten", 3_214_500, 185_000, 2_841_290),
    ("Beheer en onderhoud terreinen", "Baten", 412_000, 0, 468_215),
    ("Recreatie en toerisme", "Lasten", 1_876_300, 64_000, 1_978_112),
    ("Recreatie en toerisme", "Baten", 1_645_000, 120_000, 2_163_520),
    ("Natuur en landschap", "Lasten", 962_400, 0, 781_035),
    ("Natuur en landschap", "Baten", 318_000, 0, 326_910),
    ("Bedrijfsvoering", "Lasten", 1_408_700, 42_500, 1_331_478),
    ("Bedrijfsvoering", "Baten", 0, 0, 14_380),
    ("Algemene dekkingsmiddelen", "Lasten", 0, 0, 0),
    ("Algemene dekkingsmiddelen", "Baten", 5_146_900, 0, 5_311_260),
]
RS_TOEV = (250_000, 150_000, 400_000)        # toevoeging reserves: primitief, wijziging, realisatie
RS_ONTTR = (160_000, 321_500, 396_000)       # onttrekking reserves


def rs_na(r):
    return r[2] + r[3]


def rs_verschil(r):
    """printed as an absolute amount with V/N: lasten lower than budget = V, baten higher = V"""
    na, real = rs_na(r), r[4]
    v = na - real if r[1] == "Lasten" else real - na
    return abs(v), ("V" if v >= 0 else "N")


RS_LASTEN = [sum(r[i] for r in RS_ROWS if r[1] == "Lasten") for i in (2, 3, 4)]
RS_BATEN = [sum(r[i] for r in RS_ROWS if r[1] == "Baten") for i in (2, 3, 4)]
RS_SALDO = [b - l for l, b in zip(RS_LASTEN, RS_BATEN)]
RS_RES = [s - t + o for s, t, o in zip(RS_SALDO, RS_TOEV, RS_ONTTR)]   # primitief, wijziging, realisatie
RS_RES_NA = RS_RES[0] + RS_RES[1]
RS_RESULTAAT = RS_RES[2]

# deelnemers: (gemeente, inwoners 1-1-2039); bijdrage = share of the total deelnemersbijdrage
DEELNEMERS = [("Tolsterveld", 38_412), ("Heksenwaard", 61_904), ("Oldenvoorst", 27_655), ("Rietmolen", 19_318),
              ("Harmsloo", 44_871), ("Veersloot", 12_540)]
DN_INW = sum(x[1] for x in DEELNEMERS)
DN_TOTAAL = 3_462_600                         # total deelnemersbijdrage 2040, part of Algemene dekkingsmiddelen baten
DN = []
for g, inw in DEELNEMERS:
    DN.append((g, inw, round(100 * inw / DN_INW, 2), round(DN_TOTAAL * inw / DN_INW)))
_diff = DN_TOTAAL - sum(x[3] for x in DN)      # rounding differences go to the largest deelnemer
_pdiff = round(100 - sum(x[2] for x in DN), 2)
DN = [(g, i, round(p + (_pdiff if g == "Heksenwaard" else 0), 2), b + (_diff if g == "Heksenwaard" else 0))
      for g, i, p, b in DN]
DN_PCT_TOT = round(sum(x[2] for x in DN), 2)
DN_PER_INW = round(DN_TOTAAL / DN_INW, 2)

# kerncijfers (x EUR 1.000), 2039 and 2040 (left table of the side-by-side page)
BEZOEKERS = (412_600, 482_700)
BEZ_GROEI = round(100 * (BEZOEKERS[1] / BEZOEKERS[0] - 1))          # "17%" in prose
# tarieven 2040 in euros (right table): (omschrijving, tarief as printed)
RS_TARIEVEN = [("Dagkaart strandbad volwassene", "6,50"), ("Dagkaart strandbad kind (4-12 jaar)", "4,25"),
               ("Seizoenkaart strandbad", "62,00"), ("Ligplaats jachthaven per meter", "118,40"),
               ("Parkeren per dag", "7,50"), ("Camperplaats per nacht", "19,00")]

# reserves en voorzieningen 2040 (whole euros): (groep, naam, stand 1-1, toevoeging, onttrekking, vrijval)
RS_RESV = [
    ("Reserves", "Algemene reserve", 1_184_300, 0, 96_000, 0),
    ("Reserves", "Bestemmingsreserve groot onderhoud", 865_000, 250_000, 300_000, 0),
    ("Reserves", "Bestemmingsreserve natuurontwikkeling", 410_500, 150_000, 0, 0),
    ("Voorzieningen", "Voorziening onderhoud gebouwen", 1_326_800, 215_000, 184_350, 0),
    ("Voorzieningen", "Voorziening baggerwerkzaamheden", 742_000, 90_000, 0, 62_000),
]
RS_RESV_EIND = {r[1]: r[2] + r[3] - r[4] - r[5] for r in RS_RESV}
RS_RES_EIND = sum(RS_RESV_EIND[r[1]] for r in RS_RESV if r[0] == "Reserves")
RS_VOORZ_EIND = sum(RS_RESV_EIND[r[1]] for r in RS_RESV if r[0] == "Voorzieningen")
RS_RESV_TOT = [sum(r[i] for r in RS_RESV) for i in (2, 3, 4, 5)] + [sum(RS_RESV_EIND.values())]

# balans (whole euros), 31-12-2040 and 31-12-2039
BAL_ACTIVA = [("Materiële vaste activa", 6_842_315, 7_805_880), ("Financiële vaste activa", 125_000, 125_000),
              ("Uitzettingen korter dan één jaar", 612_448, 538_210), ("Liquide middelen", None, 1_019_930),
              ("Overlopende activa", 186_520, 203_115)]
_res_1_1 = sum(r[2] for r in RS_RESV if r[0] == "Reserves")
_voorz_1_1 = sum(r[2] for r in RS_RESV if r[0] == "Voorzieningen")
BAL_PASSIVA = [("Algemene reserve", RS_RESV_EIND["Algemene reserve"], 1_184_300),
               ("Bestemmingsreserves", RS_RES_EIND - RS_RESV_EIND["Algemene reserve"], _res_1_1 - 1_184_300),
               ("Gerealiseerd resultaat", RS_RESULTAAT, 228_416),
               ("Voorzieningen", RS_VOORZ_EIND, _voorz_1_1),
               ("Vaste schulden (langlopende leningen)", 4_350_000, 4_720_000),
               ("Netto vlottende schulden", 612_904, 0),
               ("Overlopende passiva", 298_760, 0)]
_p39 = None  # 2039 column of passiva: the gerealiseerd resultaat 2039 and vlottende schulden close it below
_PAS39_GR = 0
BAL_PAS_TOT = (sum(r[1] for r in BAL_PASSIVA), None)
# close 2040 with liquide middelen and 2039 with netto vlottende schulden / overlopende passiva 2039
_liq40 = BAL_PAS_TOT[0] - sum(r[1] for r in BAL_ACTIVA if r[1] is not None)
BAL_ACTIVA = [(k, (_liq40 if a is None else a), b) for k, a, b in BAL_ACTIVA]
_act39 = sum(r[2] for r in BAL_ACTIVA)
_pas39_known = sum(r[2] for r in BAL_PASSIVA)
_rest39 = _act39 - _pas39_known
BAL_PASSIVA = [(k, a, (round(_rest39 * 0.6) if k == "Netto vlottende schulden" else
                       (_rest39 - round(_rest39 * 0.6) if k == "Overlopende passiva" else b))) for k, a, b in BAL_PASSIVA]
BAL_ACT_TOT = (sum(r[1] for r in BAL_ACTIVA), sum(r[2] for r in BAL_ACTIVA))
BAL_PAS_TOT = (sum(r[1] for r in BAL_PASSIVA), sum(r[2] for r in BAL_PASSIVA))
RS_EV = sum(r[1] for r in BAL_PASSIVA[:3])

# kerncijfers (x EUR 1.000) left table: (label, 2039, 2040); 2040 values derived
KERN = [("Totale lasten", 7_284, round(RS_LASTEN[2] / 1000)), ("Totale baten", 7_512, round(RS_BATEN[2] / 1000)),
        ("Resultaat", round(228_416 / 1000), round(RS_RESULTAAT / 1000)), ("Eigen vermogen", round(sum(r[2] for r in BAL_PASSIVA[:3]) / 1000), round(RS_EV / 1000)),
        ("Voorzieningen", round(_voorz_1_1 / 1000), round(RS_VOORZ_EIND / 1000)),
        ("Deelnemersbijdragen", 3_391, round(DN_TOTAAL / 1000))]

# analyse van de afwijkingen (whole euros, V/N, toelichting)
AFWIJKINGEN = [
    ("Beheer en onderhoud terreinen, lasten", 412_500, "V",
     "Door het natte voorjaar is het groot onderhoud van de oeverbeschoeiing langs de Noorderplas uitgesteld naar 2041."),
    ("Recreatie en toerisme, baten", 398_520, "V",
     "Het warme zomerseizoen leverde meer entreegelden voor het strandbad en meer parkeeropbrengsten op."),
    ("Recreatie en toerisme, lasten", 37_812, "N",
     "Extra inzet van toezichthouders en strandwachten tijdens de drukke zomermaanden."),
    ("Natuur en landschap, lasten", 181_365, "V",
     "De subsidieaanvraag voor het herstel van het heideterrein De Brink is later toegekend; de uitvoering schuift door."),
]

# resultaatbestemming (whole euros); the restant goes to the algemene reserve
BEST_GROOT_OND = 450_000
BEST_TERUG = 600_000
BEST_REST = RS_RESULTAAT - BEST_GROOT_OND - BEST_TERUG


# ============================================================================ asserts
def _checks():
    assert all(len(x) == 5 for _, _, l, b in PROGRAMMES for x in (l, b))
    for nr, name, l, b in PROGRAMMES:
        assert sum(r[2] for r in TAAKVELDEN[nr]) == l[1] and sum(r[3] for r in TAAKVELDEN[nr]) == b[1]
        assert all(r[2] > 0 and r[3] >= 0 for r in TAAKVELDEN[nr]), (nr, TAAKVELDEN[nr])
    assert sum(x[1] for x in OVERHEAD_ROWS) == OVERHEAD[1][1] and OVERHEAD_ROWS[-1][1] > 0
    # the reserves table ties to Tabel 2.1 for 2041
    assert RES_TOT[1] == TOEVOEGING_RES[1], (RES_TOT, TOEVOEGING_RES[1])
    assert RES_TOT[2] == ONTTREKKING_RES[1], (RES_TOT, ONTTREKKING_RES[1])
    assert all(r > 0 for r in RESULTAAT), RESULTAAT
    assert 1.4 <= RATIO < 2.0
    # Zandmeren
    assert sum(x[3] for x in DN) == DN_TOTAAL
    assert DN_PCT_TOT == 100.0, DN_PCT_TOT
    assert DN_TOTAAL < RS_ROWS[9][4]
    assert RS_TOEV[2] == sum(r[3] for r in RS_RESV if r[0] == "Reserves")
    assert RS_ONTTR[2] == sum(r[4] for r in RS_RESV if r[0] == "Reserves")
    assert BAL_ACT_TOT == BAL_PAS_TOT, (BAL_ACT_TOT, BAL_PAS_TOT)
    assert all(r[1] > 0 and r[2] >= 0 for r in BAL_ACTIVA) and all(r[1] >= 0 and r[2] >= 0 for r in BAL_PASSIVA)
    assert 1_300_000 < RS_RESULTAAT < 1_400_000, RS_RESULTAAT      # "ruim EUR 1,3 miljoen"
    assert BEZ_GROEI == 17
    assert BEST_REST > 0
    # the afwijkingen are part of the verschil of their programme line
    for lab, amt, vn, _ in AFWIJKINGEN:
        prog, kind = lab.split(", ")
        r = [x for x in RS_ROWS if x[0] == prog and x[1] == kind.capitalize()][0]
        v, vn2 = rs_verschil(r)
        assert vn == vn2 and amt <= v, (lab, amt, v, vn2)


_checks()

if __name__ == "__main__":
    print("Tolsterveld totals lasten", TOT_LASTEN, "baten", TOT_BATEN)
    print("saldo", SALDO_BL, "resultaat", RESULTAAT)
    print("reserves tot", RES_TOT, "ratio", RATIO, "beschikbaar", BESCHIKBAAR)
    print("inc saldo", INC_SALDO, "kort", KORT_LASTEN_MLN, KORT_SOC_SHARE, OZB_STIJGING)
    print("Zandmeren lasten", RS_LASTEN, "baten", RS_BATEN, "saldo", RS_SALDO, "res", RS_RES, RS_RES_NA)
    print("DN", DN, DN_PCT_TOT, DN_PER_INW)
    print("balans", BAL_ACTIVA, BAL_PASSIVA, BAL_ACT_TOT, BAL_PAS_TOT)
    print("resv eind", RS_RESV_EIND, "EV", RS_EV, "KERN", KERN, "bestemming rest", BEST_REST)
    for r in RS_ROWS:
        print(r, rs_na(r), rs_verschil(r))

# weerstandsvermogen Zandmeren (prose in 4.3)
RS_BENODIGD = 812_000
RS_RATIO = round(RS_RESV_EIND["Algemene reserve"] / RS_BENODIGD, 2)
RS_RATIO_NA = round((RS_RESV_EIND["Algemene reserve"] + BEST_REST) / RS_BENODIGD, 2)
