"""Figures of the fictional online 'Begroting 2026' of gemeente Zwanewaarde.

'Wat mag het kosten?' tables are x EUR 1.000; taakveld tables are in whole euros.
Lasten and baten are printed positive; saldo = baten - lasten (negative = nadelig).
Running this module checks that everything adds up.
"""
from __future__ import annotations

from common import check

MUNICIPALITY = "Zwanewaarde"
COLS = ["Rekening 2024", "Begroting 2025", "Begroting 2026", "Raming 2027", "Raming 2028", "Raming 2029"]
YEARS = [2024, 2025, 2026, 2027, 2028, 2029]

# programme: lasten, baten, toevoeging reserves, onttrekking reserves (x 1.000, six columns)
PROGRAMMAS = {
    1: dict(naam="Bestuur, veiligheid en dienstverlening",
            lasten=[6842, 7215, 7486, 7402, 7398, 7455],
            baten=[1104, 982, 1047, 1061, 1061, 1061],
            toev=[0, 0, 0, 0, 0, 0],
            ontt=[135, 210, 60, 0, 0, 0]),
    2: dict(naam="Sociaal domein",
            lasten=[31906, 33482, 34715, 35118, 35402, 35691],
            baten=[7216, 6845, 7102, 7102, 7102, 7102],
            toev=[250, 0, 0, 0, 0, 0],
            ontt=[410, 1125, 850, 400, 0, 0]),
    3: dict(naam="Onderwijs, sport en cultuur",
            lasten=[7318, 7604, 8127, 8366, 8341, 8309],
            baten=[1486, 1502, 1538, 1538, 1538, 1538],
            toev=[0, 0, 0, 0, 0, 0],
            ontt=[95, 120, 180, 180, 180, 180]),
    4: dict(naam="Openbare ruimte en milieu",
            lasten=[12664, 13120, 13578, 13702, 13815, 13893],
            baten=[7948, 8305, 8712, 8884, 9030, 9166],
            toev=[310, 0, 0, 0, 0, 0],
            ontt=[0, 250, 425, 0, 0, 0]),
    5: dict(naam="Wonen, ruimte en economie",
            lasten=[5912, 9846, 6234, 5118, 4962, 4975],
            baten=[4615, 8210, 4586, 3402, 3250, 3255],
            toev=[420, 0, 150, 0, 0, 0],
            ontt=[0, 0, 0, 0, 0, 0]),
}

# taakvelden 2026 in whole euros: (code, naam, lasten, baten); the last row of each programme is
# derived so that the sum equals TAAKVELD_TOTALS (which round to the programme table).
TAAKVELDEN = {
    1: [("0.1", "Bestuur", 2_318_640, 12_400),
        ("0.2", "Burgerzaken", 1_204_355, 913_460),
        ("1.1", "Crisisbeheersing en brandweer", 2_596_118, 28_150),
        ("1.2", "Openbare orde en veiligheid", None, None)],
    2: [("6.1", "Samenkracht en burgerparticipatie", 3_126_480, 142_600),
        ("6.2", "Toegang en eerstelijnsvoorzieningen", 2_864_915, 0),
        ("6.3", "Inkomensregelingen", 9_218_330, 6_514_200),
        ("6.4", "WSW en beschut werk", 2_405_760, 0),
        ("6.5", "Arbeidsparticipatie", 1_318_245, 95_000),
        ("6.6", "Maatwerkvoorzieningen (Wmo)", 1_582_110, 68_450),
        ("6.71", "Maatwerkdienstverlening 18+", 4_735_620, 281_900),
        ("6.72", "Maatwerkdienstverlening 18-", 7_640_275, 0),
        ("6.81", "Geëscaleerde zorg 18+", 612_480, 0),
        ("6.82", "Geëscaleerde zorg 18-", None, None)],
    3: [("4.1", "Openbaar basisonderwijs", 182_340, 0),
        ("4.2", "Onderwijshuisvesting", 2_906_115, 214_000),
        ("4.3", "Onderwijsbeleid en leerlingzaken", 1_478_602, 533_980),
        ("5.1", "Sportbeleid en activering", 342_870, 0),
        ("5.2", "Sportaccommodaties", 1_985_430, 731_560),
        ("5.3", "Cultuurpresentatie, cultuurproductie en cultuurparticipatie", 366_215, 18_300),
        ("5.5", "Cultureel erfgoed", 121_480, 0),
        ("5.6", "Media", None, None)],
    4: [("2.1", "Verkeer, wegen, straten en pleinen", 3_412_690, 86_200),
        ("2.2", "Parkeren", 96_400, 41_250),
        ("5.7", "Openbaar groen en (openlucht) recreatie", 2_180_415, 32_000),
        ("7.2", "Riolering", 3_104_860, 3_918_640),
        ("7.3", "Afval", 3_866_205, 4_408_115),
        ("7.4", "Milieubeheer", 512_380, 64_500),
        ("7.5", "Begraafplaatsen en crematoria", None, None)],
    5: [("3.1", "Economische ontwikkeling", 298_140, 0),
        ("3.3", "Bedrijvenloket en bedrijfsregelingen", 84_260, 22_400),
        ("3.4", "Economische promotie", 187_530, 0),
        ("8.1", "Ruimtelijke ordening", 1_062_480, 118_600),
        ("8.2", "Grondexploitatie (niet-bedrijventerreinen)", 3_210_600, 3_384_750),
        ("8.3", "Wonen en bouwen", None, None)],
}
TAAKVELD_TOTALS = {  # (lasten, baten) in euros
    1: (7_486_217, 1_047_380),
    2: (34_715_140, 7_102_150),
    3: (8_127_310, 1_537_860),
    4: (13_578_265, 8_711_940),
    5: (6_233_790, 4_586_420),
}

# algemene dekkingsmiddelen (x 1.000), baten positive
ALG_DEKKING = [
    ("OZB woningen", [4512, 4738, 4965, 5090, 5217, 5348]),
    ("OZB niet-woningen eigenaren", [1286, 1342, 1398, 1433, 1469, 1506]),
    ("OZB niet-woningen gebruikers", [918, 955, 996, 1021, 1046, 1072]),
    ("Toeristenbelasting", [612, 640, 698, 712, 726, 741]),
    ("Hondenbelasting", [142, 146, 0, 0, 0, 0]),
    ("Algemene uitkering gemeentefonds", [43111, 44104, 45612, 46659, 47303, 47424]),
    ("Dividenden", [186, 172, 165, 165, 165, 165]),
    ("Saldo financieringsfunctie", [88, 64, -35, -112, -198, -260]),
]
OVERHEAD = [6912, 7385, 7648, 7701, 7755, 7790]
ONVOORZIEN = [0, 75, 75, 75, 75, 75]
VPB = [12, 15, 15, 15, 15, 15]
EXPECTED_SALDO = [1318, 968, 271, 38, 126, 95]  # begrotingssaldo (rekening 2024: rekeningresultaat)

# OZB tariffs 2026 (percent of WOZ value), printed in the text of algemene dekkingsmiddelen
OZB_TARIEVEN = {"woningen eigenaren": "0,0786%", "niet-woningen eigenaren": "0,1524%",
                "niet-woningen gebruikers": "0,1198%"}
OZB_TARIEVEN_2025 = {"woningen eigenaren": "0,0752%", "niet-woningen eigenaren": "0,1461%",
                     "niet-woningen gebruikers": "0,1149%"}
TOERISTENBELASTING = ("€ 2,10", "€ 2,40")  # 2025, 2026 per persoon per nacht
INWONERS = 27480

# indicators: (indicator, eenheid, bron, [2021, 2022, 2023, 2024], Nederland 2024)
INDICATOREN = {
    1: [("Verwijzingen Halt", "per 10.000 jongeren 12-17 jaar", "Bureau Halt", ["98", "104", "121", "115"], "118"),
        ("Winkeldiefstallen", "per 1.000 inwoners", "CBS", ["1,4", "1,7", "2,1", "1,9"], "2,6"),
        ("Geweldsmisdrijven", "per 1.000 inwoners", "CBS", ["3,8", "4,1", "4,0", "3,6"], "4,9"),
        ("Diefstallen uit woning", "per 1.000 inwoners", "CBS", ["1,3", "1,1", "1,2", "0,9"], "1,4"),
        ("Vernielingen en beschadigingen in de openbare ruimte", "per 1.000 inwoners", "CBS",
         ["4,6", "5,2", "4,8", "4,4"], "5,1")],
    2: [("Banen", "per 1.000 inwoners 15-74 jaar", "LISA", ["612,4", "618,9", "625,3", "631,0"], "794,6"),
        ("Personen met een bijstandsuitkering", "per 10.000 inwoners 18 jaar en ouder", "CBS",
         ["298", "291", "287", "283"], "389"),
        ("Lopende re-integratievoorzieningen", "per 10.000 inwoners 15-74 jaar", "CBS",
         ["152", "147", "139", "144"], "196"),
        ("Jongeren met jeugdhulp", "% van alle jongeren tot 18 jaar", "CBS", ["12,1", "12,6", "13,2", "13,9"], "12,8"),
        ("Jongeren met jeugdbescherming", "% van alle jongeren tot 18 jaar", "CBS", ["1,0", "0,9", "0,9", "0,8"], "1,0"),
        ("Cliënten met een maatwerkarrangement Wmo", "per 10.000 inwoners", "CBS", ["582", "601", "626", "648"], "640")],
    3: [("Absoluut verzuim", "per 1.000 leerlingen", "DUO", ["1,6", "2,0", "1,8", "1,5"], "2,1"),
        ("Relatief verzuim", "per 1.000 leerlingen", "DUO", ["21", "27", "25", "23"], "28"),
        ("Voortijdige schoolverlaters zonder startkwalificatie (vsv'ers)", "% deelnemers VO en MBO", "DUO",
         ["1,3", "1,5", "1,4", "1,2"], "2,0"),
        ("Niet-sporters", "% inwoners 18 jaar en ouder", "Gezondheidsmonitor GGD/RIVM", ["n.b.", "46,2", "n.b.", "44,8"],
         "48,1")],
    4: [("Omvang huishoudelijk restafval", "kg per inwoner", "CBS", ["142", "131", "118", "109"], "161"),
        ("Hernieuwbare elektriciteit", "%", "Klimaatmonitor (RWS)", ["17,8", "22,4", "27,9", "31,5"], "47,2")],
    5: [("Gemiddelde WOZ-waarde", "x € 1.000", "CBS", ["298", "336", "347", "361"], "363"),
        ("Nieuw gebouwde woningen", "aantal per 1.000 woningen", "BAG", ["7,2", "9,8", "6,4", "11,3"], "8,6"),
        ("Demografische druk", "%", "CBS", ["74,6", "75,2", "75,8", "76,3"], "70,2"),
        ("Vestigingen van bedrijven", "per 1.000 inwoners 15-74 jaar", "LISA", ["118,4", "121,0", "124,7", "126,2"],
         "163,9"),
        ("Gemeentelijke woonlasten meerpersoonshuishouden", "in euro's", "COELO", ["1.021", "1.058", "1.102", "1.154"],
         "1.141")],
}


def saldo(p):
    d = PROGRAMMAS[p]
    return [b - l for b, l in zip(d["baten"], d["lasten"])]


def resultaat(p):
    d = PROGRAMMAS[p]
    return [s - t + o for s, t, o in zip(saldo(p), d["toev"], d["ontt"])]


def taakvelden_full(p):
    rows = TAAKVELDEN[p]
    tl, tb = TAAKVELD_TOTALS[p]
    known_l = sum(r[2] for r in rows[:-1])
    known_b = sum(r[3] for r in rows[:-1])
    last = rows[-1]
    full = list(rows[:-1]) + [(last[0], last[1], tl - known_l, tb - known_b)]
    return full


def alg_dekking_totaal():
    return [sum(r[1][i] for r in ALG_DEKKING) for i in range(6)]


def begrotingssaldo():
    res_prog = [sum(resultaat(p)[i] for p in PROGRAMMAS) for i in range(6)]
    ad = alg_dekking_totaal()
    return [res_prog[i] + ad[i] - OVERHEAD[i] - ONVOORZIEN[i] - VPB[i]
            for i in range(6)], res_prog


def run_checks():
    for p, d in PROGRAMMAS.items():
        for k in ("lasten", "baten", "toev", "ontt"):
            check(len(d[k]) == 6, f"P{p} {k}")
        full = taakvelden_full(p)
        for code, naam, l, b in full:
            check(l > 0 and b >= 0, f"taakveld {code} {l} {b}")
        tl = sum(r[2] for r in full)
        tb = sum(r[3] for r in full)
        check(round(tl / 1000) == d["lasten"][2], f"P{p} taakveld lasten {tl} vs {d['lasten'][2]}")
        check(round(tb / 1000) == d["baten"][2], f"P{p} taakveld baten {tb} vs {d['baten'][2]}")
    bs, _ = begrotingssaldo()
    for i in range(6):
        check(bs[i] == EXPECTED_SALDO[i], f"begrotingssaldo {COLS[i]} = {bs[i]}")
    return bs


if __name__ == "__main__":
    import sys
    try:
        run_checks()
    except AssertionError as e:
        print("CHECK FAILED:", e)
        sys.exit(1)
    bs, rp = begrotingssaldo()
    print("programme results", rp)
    print("alg dekking", alg_dekking_totaal())
    print("begrotingssaldo", bs)
    for p in PROGRAMMAS:
        print(p, "saldo", saldo(p), "resultaat", resultaat(p))
        for r in taakvelden_full(p):
            print("   ", r)
    print("zwanewaarde_data: all checks passed")
