"""All figures of the fictional Programmabegroting 2029 of gemeente Dravenzijl.

Amounts are in thousands of euros (x EUR 1.000) unless the name says _EUR.
None means an empty cell in the printed table. Totals are computed from the
components by the helper functions below and printed by make_pdf.py;
check.py re-adds the printed numbers from the extracted PDF text.
"""

MUNICIPALITY = "Dravenzijl"
DOC_ID = "dravenzijl-programmabegroting-2029"
PDF_FILE = "dravenzijl-programmabegroting-2029.pdf"
TITLE = "Programmabegroting 2029 en meerjarenraming 2030-2032"
YEAR = 2029

KERNEN = ["Dravenzijl", "Oudekamp", "Weiveld", "Smallemeer"]
INWONERS_1JAN2028 = 38412
WONINGEN_1JAN2028 = 16870
OPPERVLAKTE_HA = 9214
HUISHOUDENS_1JAN2028 = 16315

YEARS_TV = ["R2027", "B2028", "B2029"]          # columns of the taakveld tables
YEARS_ALL = ["R2027", "B2028", "B2029", "B2030", "B2031", "B2032"]
YEAR_LABEL = {"R2027": "Rekening 2027", "B2028": "Begroting 2028", "B2029": "Begroting 2029",
              "B2030": "Raming 2030", "B2031": "Raming 2031", "B2032": "Raming 2032"}

# programme -> list of (taakveld, lasten[R2027,B2028,B2029], baten[R2027,B2028,B2029])
PROGRAMMES = [
    ("1", "Bestuur en veiligheid", [
        ("0.1 Bestuur", [2312, 2405, 2488], [None, None, None]),
        ("0.2 Burgerzaken", [1264, 1302, 1347], [612, 598, 625]),
        ("1.1 Crisisbeheersing en brandweer", [2961, 3088, 3214], [24, None, None]),
        ("1.2 Openbare orde en veiligheid", [1036, 1117, 1182], [58, 41, 43]),
    ]),
    ("2", "Ruimte, wonen en economie", [
        ("2.1 Verkeer, wegen en water", [5874, 6012, 6338], [402, 388, 395]),
        ("2.2 Parkeren", [186, 192, 201], [312, 320, 331]),
        ("3.1 Economische ontwikkeling", [418, 455, 472], [None, None, None]),
        ("3.4 Economische promotie", [236, 251, 259], [198, 205, 214]),
        ("8.1 Ruimtelijke ordening", [1322, 1406, 1489], [287, 260, 275]),
        ("8.2 Grondexploitatie", [3905, 2640, 3118], [4212, 2760, 3297]),
        ("8.3 Wonen en bouwen", [2014, 2133, 2207], [1486, 1410, 1452]),
    ]),
    ("3", "Onderwijs, sport en cultuur", [
        ("4.1 Openbaar basisonderwijs", [312, 318, 326], [None, None, None]),
        ("4.2 Onderwijshuisvesting", [2688, 2904, 3376], [96, 98, 101]),
        ("4.3 Onderwijsbeleid en leerlingzaken", [2215, 2288, 2341], [704, 655, 668]),
        ("5.1 Sportbeleid en activering", [612, 640, 668], [35, 30, 30]),
        ("5.2 Sportaccommodaties", [2476, 2553, 2701], [903, 921, 948]),
        ("5.3 Cultuur", [1134, 1182, 1215], [88, 92, 94]),
        ("5.6 Media", [1021, 1050, 1088], [52, 54, 55]),
        ("5.7 Openbaar groen en recreatie", [3348, 3462, 3590], [116, 102, 105]),
    ]),
    ("4", "Sociaal domein", [
        ("6.1 Samenkracht en burgerparticipatie", [4122, 4281, 4406], [318, 290, 296]),
        ("6.2 Toegang en eerstelijnsvoorzieningen", [3566, 3702, 3845], [None, None, None]),
        ("6.3 Inkomensregelingen", [12604, 12980, 13412], [9877, 10214, 10556]),
        ("6.4 WSW en beschut werk", [3951, 3812, 3704], [None, None, None]),
        ("6.5 Arbeidsparticipatie", [1433, 1497, 1522], [64, 60, 60]),
        ("6.6 Maatwerkvoorzieningen (Wmo)", [1788, 1845, 1902], [112, 105, 108]),
        ("6.71 Maatwerkdienstverlening 18+", [7215, 7604, 7988], [402, 420, 431]),
        ("6.72 Maatwerkdienstverlening 18-", [7842, 8115, 8296], [None, None, None]),
        ("6.81 Geëscaleerde zorg 18+", [488, 512, 530], [None, None, None]),
        ("6.82 Geëscaleerde zorg 18-", [1906, 1964, 2018], [None, None, None]),
        ("7.1 Volksgezondheid", [2044, 2128, 2211], [None, None, None]),
    ]),
    ("5", "Duurzaamheid en milieu", [
        ("7.2 Riolering", [4312, 4486, 4655], [5104, 5288, 5476]),
        ("7.3 Afval", [4866, 5012, 5203], [5390, 5602, 5812]),
        ("7.4 Milieubeheer", [1702, 1855, 2096], [144, 120, 126]),
        ("7.5 Begraafplaatsen en crematoria", [402, 415, 428], [366, 372, 384]),
    ]),
]

# programme totals for the raming years 2030-2032 (x EUR 1.000)
PROG_LASTEN_MJR = {
    "1": [8298, 8402, 8511],
    "2": [14402, 13876, 14125],
    "3": [15512, 15830, 15866],
    "4": [50317, 51175, 52009],
    "5": [12611, 12795, 12914],
}
PROG_BATEN_MJR = {
    "1": [671, 671, 671],
    "2": [5388, 4902, 5011],
    "3": [2001, 2001, 2001],
    "4": [11604, 11742, 11880],
    "5": [11911, 12102, 12289],
}

# Algemene dekkingsmiddelen in whole euros, years YEARS_ALL
DEKKING_EUR = [
    ("0.5 Treasury (dividend en rente)", [612408, 585000, 566250, 548900, 541200, 536800]),
    ("0.61 OZB woningen", [5214770, 5402300, 5638415, 5808060, 5982300, 6161770]),
    ("0.62 OZB niet-woningen", [2648115, 2731900, 2846180, 2931570, 3019520, 3110100]),
    ("0.64 Belastingen overig", [322640, 329500, 336090, 342810, 349670, 356660]),
    ("0.7 Algemene uitkering gemeentefonds", [66912384, 68455120, 70318644, 71245310, 72966980, 74040150]),
    ("0.8 Overige baten en lasten", [188302, 120000, 95000, 95000, 95000, 95000]),
]

# other lines of the overview (x EUR 1.000), years YEARS_ALL
OVERHEAD_LASTEN = [10842, 11206, 11684, 11790, 11905, 12013]
OVERHEAD_BATEN = [286, 264, 271, 271, 271, 271]
VPB_LASTEN = [9, 12, 12, 12, 12, 12]
ONVOORZIEN = [None, 100, 100, 100, 100, 100]
TOEVOEGING_RES = [4126, 1950, 1785, 1510, 1345, 1345]
ONTTREKKING_RES = [3380, 2412, 2512, 1422, 942, 860]

# reserves and voorzieningen 2029 (x EUR 1.000): stand 1-1, toevoeging, onttrekking
RESERVES = [
    ("Algemene reserve", 14862, 450, 600),
    ("Reserve sociaal domein", 3120, None, 850),
    ("Reserve onderhoud accommodaties", 2245, 760, 412),
    ("Reserve kapitaallasten IKC Oudekamp", 4800, 375, 120),
    ("Reserve duurzaamheid en energietransitie", 1615, 200, 530),
]
RESERVE_FOOTNOTE_LABEL = "Reserve sociaal domein"
RESERVE_FOOTNOTE = ("De reserve sociaal domein vangt schommelingen in de uitgaven jeugdhulp en Wmo op; "
                    "het plafond is in 2027 door de raad vastgesteld op € 3,5 miljoen.")
VOORZIENINGEN = [
    ("Voorziening groot onderhoud gebouwen", 3412, 905, 1188),
    ("Voorziening riolering", 6274, 1120, 842),
    ("Voorziening pensioenen wethouders", 2896, 164, 98),
]

# investeringsplan (x EUR 1.000): project, programma, [2029, 2030, 2031, 2032]
INVESTERINGEN = [
    ("Nieuwbouw IKC Oudekamp", "3", [3850, 2400, None, None]),
    ("Renovatie sporthal De Kemphaan", "3", [None, 1650, None, None]),
    ("Vervanging riolering Weiveld-Noord", "5", [1240, 1180, 960, None]),
    ("Reconstructie Smallemeerseweg", "2", [680, 1920, None, None]),
    ("Fietsverbinding Oudekamp-Dravenzijl", "2", [None, 420, 1580, None]),
    ("Vervanging openbare verlichting (led)", "2", [310, 310, 310, 310]),
    ("Brandweerkazerne Weiveld", "1", [None, None, 2750, None]),
    ("Milieustraat uitbreiding", "5", [545, None, None, None]),
    ("Vervanging voertuigen buitendienst", "5", [265, 140, 390, 215]),
    ("Kunstgrasvelden sportpark Smallemeer", "3", [None, None, 780, 820]),
]

# incidentele baten en lasten 2029-2032 (x EUR 1.000)
INCIDENTEEL_LASTEN = [
    ("Programma Vitale kernen", "2", [350, 350, None, None]),
    ("Tijdelijke huisvesting IKC Oudekamp", "3", [420, 180, None, None]),
    ("Gemeenteraadsverkiezingen 2030", "1", [None, 145, None, None]),
    ("Transformatiebudget jeugdhulp", "4", [600, 400, 200, None]),
    ("Warmtevisie en wijkuitvoeringsplannen", "5", [275, 150, None, None]),
]
INCIDENTEEL_BATEN = [
    ("Onttrekking reserve sociaal domein", "4", [850, 400, 200, None]),
    ("Verkoop kavels Weiveld-Zuid", "2", [185, None, None, None]),
    ("Rijksbijdrage klimaatakkoord (CDOKE)", "5", [236, 236, None, None]),
]

# weerstandsvermogen 2029 (x EUR 1.000)
WEERSTAND_BESCHIKBAAR = [
    ("Algemene reserve (stand 31-12-2029)", None),      # computed from RESERVES
    ("Onbenutte belastingcapaciteit OZB", 3184),
    ("Onbenutte belastingcapaciteit rioolheffing", 412),
    ("Post onvoorzien", 100),
]
WEERSTAND_BENODIGD = 11380

# financiele kengetallen in percent, years YEARS_ALL
KENGETALLEN = [
    ("Netto schuldquote", [62.4, 68.1, 71.5, 74.2, 73.6, 71.9]),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", [58.9, 64.7, 68.2, 71.0, 70.5, 68.8]),
    ("Solvabiliteitsratio", [27.3, 25.8, 24.6, 23.9, 24.1, 24.8]),
    ("Grondexploitatie", [6.2, 5.1, 4.4, 3.6, 2.9, 2.2]),
    ("Structurele exploitatieruimte", [1.1, 0.4, 0.7, 0.3, 0.5, 0.6]),
    ("Belastingcapaciteit", [103.5, 104.2, 105.8, 106.1, 106.3, 106.5]),
]

# beleidsindicatoren: indicator, eenheid, periode, Dravenzijl, Nederland
INDICATOREN = [
    ("Verwijderde huishoudelijke restafval", "kg per inwoner", "2027", "142", "163"),
    ("Banen", "per 1.000 inw. 15-64 jr", "2027", "684,2", "822,6"),
    ("Vestigingen van bedrijven", "per 1.000 inw. 15-64 jr", "2027", "151,7", "168,9"),
    ("Nieuw gebouwde woningen", "aantal per 1.000 woningen", "2026", "8,4", "9,1"),
    ("Demografische druk", "%", "2028", "79,6", "71,2"),
    ("Gemiddelde WOZ-waarde", "duizend euro", "2028", "338", "371"),
    ("Absoluut verzuim", "per 1.000 leerlingen", "2026", "1,4", "2,1"),
    ("Voortijdige schoolverlaters", "%", "2026", "1,6", "2,0"),
    ("Niet-sporters", "%", "2024", "47,2", "49,1"),
    ("Jongeren met jeugdhulp", "% van alle jongeren tot 18 jaar", "2027", "11,8", "12,6"),
    ("Cliënten met een maatwerkarrangement Wmo", "per 10.000 inwoners", "2027", "712", "680"),
    ("Personen met een bijstandsuitkering", "per 10.000 inwoners 18 jr eo", "2027", "228", "318"),
    ("Winkeldiefstallen", "per 10.000 inwoners", "2027", "6,9", "11,4"),
    ("Geweldsmisdrijven", "per 1.000 inwoners", "2027", "3,1", "4,3"),
]

# prose facts (used in prose sentences and as citable figures)
WONINGEN_DOEL_2029 = 185           # nieuwe woningen
SOCIALE_HUUR_PCT = 35              # percent van nieuwbouw
LOKETTEN_SOCIAAL = 4               # wijkteams
VRIJWILLIGERS_MAATJES = 64         # maatjes in project Samen aan tafel
ZONNEPANELEN_DAKEN = 1450          # daken met zonnepanelen eind 2027
AFVAL_RESTAFVAL_DOEL = 100         # kg per inwoner in 2030
OZB_STIJGING_PCT = 3.2             # trendmatige verhoging
DORPSFONDS_PER_KERN = 25000        # euro per kern per jaar


# ---------------------------------------------------------------- helpers
def tv_total(tvs, kind, i):
    idx = 1 if kind == "L" else 2
    return sum((t[idx][i] or 0) for t in tvs)


def prog_lasten(code):
    tvs = next(p[2] for p in PROGRAMMES if p[0] == code)
    return [tv_total(tvs, "L", i) for i in range(3)] + PROG_LASTEN_MJR[code]


def prog_baten(code):
    tvs = next(p[2] for p in PROGRAMMES if p[0] == code)
    return [tv_total(tvs, "B", i) for i in range(3)] + PROG_BATEN_MJR[code]


def dekking_k():
    """Algemene dekkingsmiddelen total per year in thousands (as printed in the overview)."""
    return [round(sum(r[1][i] for r in DEKKING_EUR) / 1000) for i in range(6)]


def dekking_eur_total():
    return [sum(r[1][i] for r in DEKKING_EUR) for i in range(6)]


def overview():
    codes = [p[0] for p in PROGRAMMES]
    o = {}
    o["tot_prog_lasten"] = [sum(prog_lasten(c)[i] for c in codes) for i in range(6)]
    o["tot_prog_baten"] = [sum(prog_baten(c)[i] for c in codes) for i in range(6)]
    o["saldo_prog"] = [o["tot_prog_baten"][i] - o["tot_prog_lasten"][i] for i in range(6)]
    o["dekking"] = dekking_k()
    o["saldo_bl"] = [o["saldo_prog"][i] + o["dekking"][i] + OVERHEAD_BATEN[i] - OVERHEAD_LASTEN[i]
                     - VPB_LASTEN[i] - (ONVOORZIEN[i] or 0) for i in range(6)]
    o["mut_res"] = [ONTTREKKING_RES[i] - TOEVOEGING_RES[i] for i in range(6)]
    o["resultaat"] = [o["saldo_bl"][i] + o["mut_res"][i] for i in range(6)]
    return o


def incidenteel_saldo():
    """baten - lasten per year 2029-2032 (positive = voordeel)."""
    return [sum((r[2][i] or 0) for r in INCIDENTEEL_BATEN) - sum((r[2][i] or 0) for r in INCIDENTEEL_LASTEN)
            for i in range(4)]


def structureel_saldo():
    res = overview()["resultaat"][2:]
    inc = incidenteel_saldo()
    return [res[i] - inc[i] for i in range(4)]


def reserves_eind(rows):
    return [(r[0], r[1] + (r[2] or 0) - (r[3] or 0)) for r in rows]


# "Wat willen we bereiken?" indicator tables per programme:
# (indicator, eenheid, realisatie 2027, streefwaarde 2029) as printed strings
PROG_DOELEN = {
    "1": [("Tevredenheid dienstverlening Burgerzaken", "rapportcijfer", "7,6", "7,8"),
          ("Woninginbraken", "aantal", "68", "60"),
          ("Aanvragen reisdocumenten binnen 5 werkdagen", "%", "93", "95")],
    "2": [("Opgeleverde nieuwbouwwoningen", "aantal", "142", "185"),
          ("Wegen op onderhoudsniveau B of hoger", "%", "84", "90"),
          ("Bezette bedrijfskavels Weiveld-Zuid", "aantal", "11", "17")],
    "3": [("Leerlingen in een frisse school", "%", "58", "72"),
          ("Bezoeken bibliotheek Dravenzijl", "aantal", "118.400", "125.000"),
          ("Jeugdleden sportverenigingen", "aantal", "4.216", "4.400")],
    "4": [("Huishoudens met een bijstandsuitkering", "aantal", "612", "590"),
          ("Inwoners met een Wmo-maatwerkvoorziening", "aantal", "2.735", "2.800"),
          ("Wachttijd toegang jeugdhulp", "weken", "9", "6"),
          ("Tevredenheid cliënten wijkteams", "rapportcijfer", "7,3", "7,5")],
    "5": [("Restafval per inwoner", "kg", "142", "120"),
          ("Afvalscheidingspercentage", "%", "71", "75"),
          ("Woningdaken met zonnepanelen", "aantal", "1.450", "2.000")],
}

# Tarieven lokale heffingen (printed strings), columns 2028 and 2029
TARIEVEN = [
    ("OZB woningen, eigenaren", "% WOZ-waarde", "0,0894", "0,0921"),
    ("OZB niet-woningen, eigenaren", "% WOZ-waarde", "0,2246", "0,2314"),
    ("OZB niet-woningen, gebruikers", "% WOZ-waarde", "0,1788", "0,1842"),
    ("Rioolheffing per aansluiting", "€", "256,20", "264,00"),
    ("Afvalstoffenheffing vastrecht", "€", "189,60", "196,20"),
    ("Hondenbelasting eerste hond", "€", "78,00", "80,40"),
    ("Woonlasten meerpersoonshuishouden", "€", "954", "1.004"),
]
