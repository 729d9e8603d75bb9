"""Every figure of the two FICTIONAL documents of set-av, typed once, with asserts that tie them together.

TW = Gemeente Twenterand, Jaarstukken 2023 (fictional figures; real municipality).
NK = Noaberkracht Dinkelland Tubbergen, Begroting 2025 (fictional figures; the werkorganisatie is real).

Amounts are in euros unless a name ends in _K (whole thousands as printed).
Run `python data.py` to execute the asserts and print the key totals.
"""
from fmt import k, lr_round, rnd

# ----------------------------------------------------------------------------------------------
# TWENTERAND, JAARSTUKKEN 2023
# ----------------------------------------------------------------------------------------------
TW_INW_1JAN = 33874          # inwoners 1 januari 2023
TW_INW_31DEC = 34126         # inwoners 31 december 2023
TW_WONINGEN = 14418          # woningen 1 januari 2023
TW_OPPERVLAKTE_HA = 15176    # hectare
TW_INVESTERINGEN = 7_912_640 # only printed as '€ 7,9 mln' (oogopslag)

COLS = ("prim", "nw", "real")   # Begroting 2023 primitief, Begroting 2023 na wijziging, Realisatie 2023

# Programma 1 Bestuur en Veiligheid and Programma 2 Fysiek Domein: rows are taakvelden (euros; printed x € 1.000
# in the programme table and in euros in bijlage 1 (realisatie only)).
P1 = {
    "name": "Bestuur en Veiligheid", "nr": 1,
    "lasten": [
        ("0.1 Bestuur", (3_412_880, 3_506_214, 3_471_093)),
        ("0.2 Burgerzaken", (1_268_655, 1_301_977, 1_254_318)),
        ("1.1 Crisisbeheersing en brandweer", (2_884_120, 2_884_120, 2_891_744)),
        ("1.2 Openbare orde en veiligheid", (742_390, 806_512, 733_207)),
    ],
    "baten": [
        ("0.1 Bestuur", (18_500, 18_500, 24_911)),
        ("0.2 Burgerzaken", (512_300, 512_300, 598_706)),
        ("1.1 Crisisbeheersing en brandweer", (0, 0, 0)),
        ("1.2 Openbare orde en veiligheid", (24_000, 24_000, 31_286)),
    ],
    "toevoeging": (0, 0, 0),
    "onttrekking": (0, 62_000, 58_300),          # Reserve incidentele budgetten
}
P2 = {
    "name": "Fysiek Domein", "nr": 2,
    "lasten": [
        ("2.1 Verkeer en vervoer", (5_184_300, 5_402_118, 5_266_935)),
        ("5.7 Openbaar groen en (openlucht) recreatie", (2_742_115, 2_801_630, 2_905_602)),
        ("7.2 Riolering", (4_315_820, 4_315_820, 4_198_457)),
        ("7.3 Afval", (3_698_240, 3_845_006, 3_912_368)),
        ("7.4 Milieubeheer", (1_054_600, 1_187_250, 1_143_911)),
        ("8.1 Ruimtelijke ordening", (986_630, 1_242_870, 1_076_528)),
        ("8.2 Grondexploitatie (niet-bedrijventerreinen)", (1_420_000, 2_316_400, 2_084_176)),
        ("8.3 Wonen en bouwen", (1_604_290, 1_688_305, 1_702_844)),
    ],
    "baten": [
        ("2.1 Verkeer en vervoer", (212_400, 212_400, 236_518)),
        ("5.7 Openbaar groen en (openlucht) recreatie", (48_000, 48_000, 52_174)),
        ("7.2 Riolering", (4_730_600, 4_730_600, 4_768_212)),
        ("7.3 Afval", (4_156_300, 4_156_300, 4_201_455)),
        ("7.4 Milieubeheer", (96_000, 141_000, 138_920)),
        ("8.1 Ruimtelijke ordening", (152_000, 152_000, 214_307)),
        ("8.2 Grondexploitatie (niet-bedrijventerreinen)", (1_560_000, 2_480_000, 2_951_880)),
        ("8.3 Wonen en bouwen", (1_068_000, 1_068_000, 1_296_544)),
    ],
    "toevoeging": (0, 250_000, 250_000),         # Reserve wegen en kunstwerken
    "onttrekking": (310_000, 486_000, 402_615),  # Reserve dorpsvernieuwing
}
# Programma 3 Sociaal Domein: rows are the five doelenbomen of the real Programmabegroting 2020 (euros, printed in
# euros with primitief / na wijziging / realisatie / verschil).
P3 = {
    "name": "Sociaal Domein", "nr": 3,
    "lasten": [
        ("Sociale zaken", (19_412_306, 20_187_540, 19_963_118)),
        ("Maatschappelijke ondersteuning", (12_604_775, 13_118_402, 13_542_871)),
        ("Gezondheidszorg", (2_245_610, 2_301_845, 2_287_093)),
        ("Onderwijs", (4_312_950, 4_498_316, 4_402_677)),
        ("Jeugd", (16_980_400, 17_652_000, 18_936_512)),
    ],
    "baten": [
        ("Sociale zaken", (13_804_120, 14_612_300, 14_951_884)),
        ("Maatschappelijke ondersteuning", (382_500, 382_500, 417_263)),
        ("Gezondheidszorg", (0, 0, 0)),
        ("Onderwijs", (341_200, 405_780, 398_140)),
        ("Jeugd", (2_822_774, 2_822_774, 2_790_306)),
    ],
    "toevoeging": (0, 0, 0),
    "onttrekking": (750_000, 1_500_000, 1_250_000),  # Reserve sociaal domein
}
PROGRAMMES = [P1, P2, P3]

# Overhead (taakveld 0.4)
OVERHEAD = {"lasten": (7_412_600, 7_695_210, 7_588_943), "baten": (186_000, 186_000, 204_117),
            "toevoeging": (185_000, 185_000, 185_000),      # Reserve onderhoud gemeentelijke gebouwen
            "onttrekking": (100_000, 100_000, 96_214)}      # idem
# Algemene dekkingsmiddelen (taakvelden 0.5, 0.61, 0.62, 0.64, 0.7, 0.8)
ADM_BATEN = [
    # (row label, taakveld, (prim, nw, real)); the algemene uitkering is computed below (closes prim and nw)
    ("Algemene uitkering gemeentefonds", "0.7", None),
    ("OZB woningen", "0.61", (5_318_000, 5_318_000, 5_362_471)),
    ("OZB niet-woningen", "0.62", (2_604_000, 2_604_000, 2_571_309)),
    ("Toeristenbelasting", "0.64", (118_000, 118_000, 131_652)),
    ("Dividend", "0.5", (1_284_000, 1_284_000, 1_396_720)),
    ("Overige algemene dekkingsmiddelen", "0.8", (0, 0, 42_000)),
]
ADM_LASTEN = [
    ("Kosten heffing en invordering OZB", "0.61", (142_300, 142_300, 138_904)),
    ("Rente en financiering", "0.5", (412_000, 398_500, 371_806)),
    ("Overige lasten algemene dekking", "0.8", (96_000, 104_000, 61_240)),
]
ADM_TOEVOEGING = (0, 0, 0)
ADM_ONTTREKKING = (312_480, 312_480, 312_480)   # Reserve kapitaallasten
ONVOORZIEN = (150_000, 40_000, 0)               # taakveld 0.8 in bijlage 1
VPB = (12_000, 12_000, 8_414)                   # taakveld 0.9
# target results of the two begroting columns (the algemene uitkering closes them); realisatie AU is given
RESULT_TARGET = {"prim": 47_915, "nw": -386_240}
AU_REAL_OVER_NW = 1_563_468                       # the algemene uitkering came out this much higher

# Sociaal Domein per taakveld, realisatie 2023 (bijlage 1). 6.2 Wijkteams closes lasten and baten.
P3_TAAKVELDEN = [
    ("4.2 Onderwijshuisvesting", 1_912_406, 46_120),
    ("4.3 Onderwijsbeleid en leerlingzaken", 2_490_271, 352_020),
    ("6.1 Samenkracht en burgerparticipatie", 3_208_317, 188_402),
    ("6.2 Wijkteams", None, None),
    ("6.3 Inkomensregelingen", 13_118_907, 12_604_331),
    ("6.4 Begeleide participatie", 4_884_627, 0),
    ("6.5 Arbeidsparticipatie", 1_959_584, 2_347_553),
    ("6.6 Maatwerkvoorziening (WMO)", 4_112_860, 417_263),
    ("6.71 Maatwerkdienstverlening 18+", 6_221_457, 0),
    ("6.72 Maatwerkdienstverlening 18-", 15_404_268, 2_214_870),
    ("6.81 Geëscaleerde zorg 18+", 412_730, 0),
    ("6.82 Geëscaleerde zorg 18-", 1_706_214, 0),
    ("7.1 Volksgezondheid", 2_287_093, 0),
]

# Reserves (euros). bestemming = bestemming resultaat 2022 (besluit raad juni 2023)
RESERVES = [
    # name, stand 1-1-2023, bestemming resultaat 2022, toevoeging, onttrekking, programme of the mutation
    ("Algemene reserve", 8_412_306, 807_942, 0, 0),
    ("Reserve sociaal domein", 2_986_400, 300_000, 0, 1_250_000),
    ("Reserve incidentele budgetten", 644_120, 0, 0, 58_300),
    ("Reserve dorpsvernieuwing", 1_318_750, 0, 0, 402_615),
    ("Reserve wegen en kunstwerken", 905_000, 0, 250_000, 0),
    ("Reserve kapitaallasten", 6_874_560, 0, 0, 312_480),
    ("Reserve onderhoud gemeentelijke gebouwen", 1_206_880, 0, 185_000, 96_214),
]
RESULTAAT_2022 = 1_107_942
# which reserve footnote: the onttrekking reserve sociaal domein carries footnote 2 in Tabel 4.4
RES_SD_WACHTLIJST = 500_000   # part of the onttrekking for the aanpak wachtlijsten jeugdhulp (footnote)

# Balans (x € 1.000), (31-12-2023, 31-12-2022); overlopende passiva closes each column
BALANS_ACTIVA = [
    ("Immateriële vaste activa", (184, 212)),
    ("Materiële vaste activa", (98_412, 95_806)),
    ("Financiële vaste activa", (6_318, 6_544)),
    ("Voorraden", (4_612, 5_208)),
    ("Uitzettingen korter dan één jaar", (9_874, 8_906)),
    ("Liquide middelen", (1_206, 2_418)),
    ("Overlopende activa", (5_318, 4_977)),
]
BALANS_VOORZIENINGEN = (7_412, 7_106)
BALANS_VASTE_SCHULDEN = (74_300, 72_850)
BALANS_VLOTTENDE_SCHULDEN = (12_406, 11_728)
TOTALE_BATEN_2022_K = 93_412        # for the 2022 kengetallen only (not printed)

# Kengetallen not computed from the balans
KENGETALLEN_GIVEN = {
    # row: (real 2023, begr 2023, real 2022, real 2021)
    "Structurele exploitatieruimte": (1.2, 0.4, 0.9, 1.6),
    "Belastingcapaciteit": (96.8, 96.5, 98.1, 99.4),
}
KENGETALLEN_BEGROTING_2023 = {"Netto schuldquote": 84.5, "Netto schuldquote gecorrigeerd voor alle verstrekte leningen": 78.0,
                              "Solvabiliteitsratio": 17.1, "Grondexploitatie": 4.4}
KENGETALLEN_2021 = {"Netto schuldquote": 79.6, "Netto schuldquote gecorrigeerd voor alle verstrekte leningen": 73.9,
                    "Solvabiliteitsratio": 19.6, "Grondexploitatie": 6.1}

# Weerstandsvermogen
RISKS = [
    ("Open-einderegelingen jeugdhulp en Wmo", 50, 4_800_000),
    ("Herverdeling gemeentefonds", 50, 3_600_000),
    ("Grondexploitaties", 25, 1_800_000),
    ("Gewaarborgde geldleningen en garantstellingen", 10, 3_000_000),
    ("Cyberincidenten en informatieveiligheid", 25, 900_000),
]
ONBENUTTE_BELASTINGCAPACITEIT = 2_214_000

# Indicators: (label, eenheid, streefwaarde 2023, realisatie 2023, realisatie 2022, bron, beoordeling)
# values as printed (strings), '-' = no value
IND_P1 = [
    ("Klanttevredenheid dienstverlening burgerzaken", "rapportcijfer", "7,5", "7,8", "7,6", "KTO Burgerzaken", "Behaald"),
    ("Aantal woninginbraken", "aantal", "60", "47", "58", "Politie", "Behaald"),
    ("Verwijzingen Halt", "per 10.000 jongeren", "-", "98", "121", "Halt", "n.v.t."),
    ("Aantal Bibob-onderzoeken", "aantal", "12", "9", "11", "Eigen registratie", "Niet behaald"),
]
IND_P2 = [
    ("Aantal opgeleverde nieuwbouwwoningen", "aantal", "150", "127", "164", "BAG", "Niet behaald"),
    ("Fijn huishoudelijk restafval", "kg per inwoner", "100", "112", "118", "Afvalmonitor", "Niet behaald"),
    ("Wegen op kwaliteitsniveau basis of hoger", "%", "90", "86", "88", "Weginspectie", "Niet behaald"),
    ("Aantal meldingen openbare ruimte", "aantal", "-", "3.418", "3.206", "Meldingensysteem", "n.v.t."),
]
IND_P3 = [
    ("Aantal uitkeringsgerechtigden (participatiewet)", "aantal", "470", "452", "466", "CIV", "Behaald"),
    ("Aantal activeringstrajecten", "aantal", "360", "341", "372", "CIV", "Niet behaald"),
    ("Aantal aanvragen bijzondere bijstand", "aantal", "450", "508", "463", "CIV", "n.v.t."),
    ("Toegekende maatwerkvoorzieningen totaal", "aantal", "3.700", "3.912", "3.804", "Interne systemen", "Niet behaald"),
    ("Totaal aantal jeugdigen met jeugdhulp", "aantal", "1.050", "1.187", "1.096", "Interne systemen", "Niet behaald"),
    ("Aantal bezoekers CJG Loket", "aantal", "90", "104", "87", "SZT", "Behaald"),
    ("Jongeren met jeugdhulp", "% van jongeren tot 18 jaar", "12,0", "13,4", "12,6", "CBS", "Niet behaald"),
]

# ----------------------------------------------------------------------------------------------
# computed Twenterand figures
# ----------------------------------------------------------------------------------------------
def col_sum(rows, i):
    return sum(v[i] for _, v in rows)


def tw_compute():
    T = {}
    # algemene uitkering closes prim and nw; real = nw + AU_REAL_OVER_NW
    def result_without_au(i):
        lasten = sum(col_sum(p["lasten"], i) for p in PROGRAMMES) + OVERHEAD["lasten"][i] + \
            sum(v[i] for _, _, v in ADM_LASTEN) + ONVOORZIEN[i] + VPB[i]
        baten = sum(col_sum(p["baten"], i) for p in PROGRAMMES) + OVERHEAD["baten"][i] + \
            sum(v[i] for _, _, v in ADM_BATEN if v is not None)
        toev = sum(p["toevoeging"][i] for p in PROGRAMMES) + OVERHEAD["toevoeging"][i] + ADM_TOEVOEGING[i]
        ontt = sum(p["onttrekking"][i] for p in PROGRAMMES) + OVERHEAD["onttrekking"][i] + ADM_ONTTREKKING[i]
        return baten - lasten - toev + ontt
    au_prim = RESULT_TARGET["prim"] - result_without_au(0)
    au_nw = RESULT_TARGET["nw"] - result_without_au(1)
    au = (au_prim, au_nw, au_nw + AU_REAL_OVER_NW)
    adm_baten = [(l, tv, au if v is None else v) for l, tv, v in ADM_BATEN]
    T["ADM_BATEN"] = adm_baten
    T["AU"] = au
    res = tuple(result_without_au(i) + au[i] for i in range(3))
    T["RESULTAAT"] = res                                  # euros, exact
    assert res[0] == RESULT_TARGET["prim"] and res[1] == RESULT_TARGET["nw"]

    # programme totals (euros)
    for p in PROGRAMMES:
        p["tot_lasten"] = tuple(col_sum(p["lasten"], i) for i in range(3))
        p["tot_baten"] = tuple(col_sum(p["baten"], i) for i in range(3))
        p["saldo"] = tuple(p["tot_baten"][i] - p["tot_lasten"][i] for i in range(3))
        p["resultaat"] = tuple(p["saldo"][i] - p["toevoeging"][i] + p["onttrekking"][i] for i in range(3))
    # printed x € 1.000 programme tables (P1, P2): largest remainder per column
    for p in (P1, P2):
        pk = {}
        for side in ("lasten", "baten"):
            cols = []
            for i in range(3):
                cols.append(lr_round([v[i] for _, v in p[side]]))
            pk[side] = [(lab, tuple(cols[i][j] for i in range(3))) for j, (lab, _) in enumerate(p[side])]
            pk["tot_" + side] = tuple(sum(c) for c in cols)
        pk["saldo"] = tuple(pk["tot_baten"][i] - pk["tot_lasten"][i] for i in range(3))
        pk["toevoeging"] = tuple(k(x) for x in p["toevoeging"])
        pk["onttrekking"] = tuple(k(x) for x in p["onttrekking"])
        pk["resultaat"] = tuple(pk["saldo"][i] - pk["toevoeging"][i] + pk["onttrekking"][i] for i in range(3))
        p["K"] = pk
    # Overview of baten en lasten (x € 1.000)
    ov = {}
    ov_l = [("Programma 1 Bestuur en Veiligheid", P1["K"]["tot_lasten"]),
            ("Programma 2 Fysiek Domein", P2["K"]["tot_lasten"]),
            ("Programma 3 Sociaal Domein", tuple(k(x) for x in P3["tot_lasten"])),
            ("Algemene dekkingsmiddelen", tuple(k(sum(v[i] for _, _, v in ADM_LASTEN)) for i in range(3))),
            ("Overhead", tuple(k(x) for x in OVERHEAD["lasten"])),
            ("Heffing vennootschapsbelasting", tuple(k(x) for x in VPB)),
            ("Onvoorzien", tuple(k(x) for x in ONVOORZIEN))]
    ov_b = [("Programma 1 Bestuur en Veiligheid", P1["K"]["tot_baten"]),
            ("Programma 2 Fysiek Domein", P2["K"]["tot_baten"]),
            ("Programma 3 Sociaal Domein", tuple(k(x) for x in P3["tot_baten"])),
            ("Algemene dekkingsmiddelen", tuple(k(sum(v[i] for _, _, v in adm_baten)) for i in range(3))),
            ("Overhead", tuple(k(x) for x in OVERHEAD["baten"]))]
    ov["lasten"], ov["baten"] = ov_l, ov_b
    ov["tot_lasten"] = tuple(sum(v[i] for _, v in ov_l) for i in range(3))
    ov["tot_baten"] = tuple(sum(v[i] for _, v in ov_b) for i in range(3))
    ov["saldo"] = tuple(ov["tot_baten"][i] - ov["tot_lasten"][i] for i in range(3))
    toev = tuple(sum(p["toevoeging"][i] for p in PROGRAMMES) + OVERHEAD["toevoeging"][i] + ADM_TOEVOEGING[i] for i in range(3))
    ontt = tuple(sum(p["onttrekking"][i] for p in PROGRAMMES) + OVERHEAD["onttrekking"][i] + ADM_ONTTREKKING[i] for i in range(3))
    ov["toevoeging_eur"], ov["onttrekking_eur"] = toev, ontt
    ov["toevoeging"] = tuple(k(x) for x in toev)
    ov["onttrekking"] = tuple(k(x) for x in ontt)
    ov["resultaat"] = tuple(ov["saldo"][i] - ov["toevoeging"][i] + ov["onttrekking"][i] for i in range(3))
    T["OV"] = ov
    # euro totals (for prose / oogopslag)
    T["TOT_LASTEN_EUR"] = tuple(sum(p["tot_lasten"][i] for p in PROGRAMMES) + OVERHEAD["lasten"][i] +
                                sum(v[i] for _, _, v in ADM_LASTEN) + ONVOORZIEN[i] + VPB[i] for i in range(3))
    T["TOT_BATEN_EUR"] = tuple(sum(p["tot_baten"][i] for p in PROGRAMMES) + OVERHEAD["baten"][i] +
                               sum(v[i] for _, _, v in adm_baten) for i in range(3))
    for i in range(3):
        assert T["TOT_BATEN_EUR"][i] - T["TOT_LASTEN_EUR"][i] - toev[i] + ontt[i] == res[i]
        assert abs(ov["resultaat"][i] * 1000 - res[i]) <= 3000, (ov["resultaat"], res)
        assert abs(ov["tot_lasten"][i] * 1000 - T["TOT_LASTEN_EUR"][i]) <= 3000

    # ADM table (x € 1.000)
    def lr_rows(rows):
        cols = [lr_round([v[i] for _, _, v in rows]) for i in range(3)]
        return [(l, tuple(cols[i][j] for i in range(3))) for j, (l, _, _) in enumerate(rows)]
    adm = {"baten": lr_rows(adm_baten), "lasten": lr_rows(ADM_LASTEN)}
    adm["tot_baten"] = tuple(sum(v[i] for _, v in adm["baten"]) for i in range(3))
    adm["tot_lasten"] = tuple(sum(v[i] for _, v in adm["lasten"]) for i in range(3))
    adm["saldo"] = tuple(adm["tot_baten"][i] - adm["tot_lasten"][i] for i in range(3))
    T["ADM"] = adm
    # the overview's ADM rows are the rounded euro totals; they equal the ADM table totals within rounding
    for i in range(3):
        assert abs(adm["tot_baten"][i] - ov_b[3][1][i]) <= 3 and abs(adm["tot_lasten"][i] - ov_l[3][1][i]) <= 3
    # make the two printings identical (the document shows the same totals in both tables)
    assert adm["tot_baten"] == ov_b[3][1], (adm["tot_baten"], ov_b[3][1])
    assert adm["tot_lasten"] == ov_l[3][1], (adm["tot_lasten"], ov_l[3][1])

    # Bijlage 1 taakvelden, realisatie (euros)
    tv = []
    for p in (P1, P2):
        for (lab, v), (lab2, b) in zip(p["lasten"], p["baten"]):
            assert lab == lab2
            tv.append((lab, v[2], b[2], p["name"]))
    p3l = P3["tot_lasten"][2]
    p3b = P3["tot_baten"][2]
    known_l = sum(l for _, l, _ in P3_TAAKVELDEN if l is not None)
    known_b = sum(b for _, _, b in P3_TAAKVELDEN if b is not None)
    for lab, l, b in P3_TAAKVELDEN:
        if l is None:
            l, b = p3l - known_l, p3b - known_b
            assert 1_000_000 < l < 3_000_000 and 0 < b < 1_000_000, (l, b)
        tv.append((lab, l, b, P3["name"]))
    tv.append(("0.4 Overhead", OVERHEAD["lasten"][2], OVERHEAD["baten"][2], "Overhead"))
    adm_by_tv = {}
    for l, t, v in adm_baten:
        adm_by_tv.setdefault(t, [0, 0])[1] += v[2]
    for l, t, v in ADM_LASTEN:
        adm_by_tv.setdefault(t, [0, 0])[0] += v[2]
    adm_by_tv["0.8"][0] += ONVOORZIEN[2]
    names = {"0.5": "0.5 Treasury", "0.61": "0.61 OZB woningen", "0.62": "0.62 OZB niet-woningen",
             "0.64": "0.64 Belastingen overig", "0.7": "0.7 Algemene uitkering en overige uitkeringen gemeentefonds",
             "0.8": "0.8 Overige baten en lasten"}
    for t in ("0.5", "0.61", "0.62", "0.64", "0.7", "0.8"):
        tv.append((names[t], adm_by_tv[t][0], adm_by_tv[t][1], "Algemene dekkingsmiddelen"))
    tv.append(("0.9 Vennootschapsbelasting (VpB)", VPB[2], 0, "Algemene dekkingsmiddelen"))
    tv.append(("0.10 Mutaties reserves", toev[2], ontt[2], "Mutaties reserves"))
    def order(lab):
        # BBV order: 0.5, 0.61 .. 0.64, 0.7, 0.8, 0.9, 0.10; 6.6, 6.71, 6.72, 6.81, 6.82
        ch, sub = lab.split()[0].split(".")
        return (int(ch), int(sub) if sub in ("10", "11") or len(sub) == 1 else int(sub[0]) + int(sub[1]) / 10)
    tv.sort(key=lambda r: order(r[0]))
    T["TAAKVELDEN"] = tv
    T["TV_TOT_LASTEN"] = sum(r[1] for r in tv)
    T["TV_TOT_BATEN"] = sum(r[2] for r in tv)
    assert T["TV_TOT_BATEN"] - T["TV_TOT_LASTEN"] == res[2]
    for p in PROGRAMMES:
        assert sum(r[1] for r in tv if r[3] == p["name"]) == p["tot_lasten"][2]
        assert sum(r[2] for r in tv if r[3] == p["name"]) == p["tot_baten"][2]

    # Reserves
    rs = []
    for name, s1, best, toe, ont in RESERVES:
        rs.append((name, s1, best, toe, ont, s1 + best + toe - ont))
    T["RESERVES"] = rs
    T["RES_TOT"] = tuple(sum(r[i] for r in rs) for i in range(1, 6))
    assert T["RES_TOT"][1] == RESULTAAT_2022
    assert T["RES_TOT"][2] == toev[2] and T["RES_TOT"][3] == ontt[2]
    # per programme mutations tie to the reserves they come from
    assert rs[2][4] == P1["onttrekking"][2] and rs[3][4] == P2["onttrekking"][2] and rs[4][3] == P2["toevoeging"][2]
    assert rs[1][4] == P3["onttrekking"][2] and rs[5][4] == ADM_ONTTREKKING[2]
    assert rs[6][3] == OVERHEAD["toevoeging"][2] and rs[6][4] == OVERHEAD["onttrekking"][2]

    # Balans (x € 1.000)
    alg = (k(rs[0][5]), k(rs[0][1]))
    best = (k(sum(r[5] for r in rs[1:])), k(sum(r[1] for r in rs[1:])))
    resk = (k(res[2]), k(RESULTAAT_2022))
    ev = tuple(alg[i] + best[i] + resk[i] for i in range(2))
    vaste_act = tuple(sum(v[i] for _, v in BALANS_ACTIVA[:3]) for i in range(2))
    vl_act = tuple(sum(v[i] for _, v in BALANS_ACTIVA[3:]) for i in range(2))
    tot_act = tuple(vaste_act[i] + vl_act[i] for i in range(2))
    vaste_pas = tuple(ev[i] + BALANS_VOORZIENINGEN[i] + BALANS_VASTE_SCHULDEN[i] for i in range(2))
    overl_pas = tuple(tot_act[i] - vaste_pas[i] - BALANS_VLOTTENDE_SCHULDEN[i] for i in range(2))
    assert all(3_000 < x < 12_000 for x in overl_pas), overl_pas
    vl_pas = tuple(BALANS_VLOTTENDE_SCHULDEN[i] + overl_pas[i] for i in range(2))
    tot_pas = tuple(vaste_pas[i] + vl_pas[i] for i in range(2))
    assert tot_pas == tot_act
    T["BALANS"] = dict(alg=alg, best=best, res=resk, ev=ev, vaste_act=vaste_act, vl_act=vl_act, tot_act=tot_act,
                       vaste_pas=vaste_pas, overl_pas=overl_pas, vl_pas=vl_pas, tot_pas=tot_pas)

    # Kengetallen (percent, one decimal)
    A = dict(BALANS_ACTIVA)
    def nsq(i, baten_k, corr):
        debt = BALANS_VASTE_SCHULDEN[i] + BALANS_VLOTTENDE_SCHULDEN[i] + overl_pas[i]
        claims = A["Uitzettingen korter dan één jaar"][i] + A["Liquide middelen"][i] + A["Overlopende activa"][i]
        if corr:
            claims += A["Financiële vaste activa"][i]
        return rnd((debt - claims) / baten_k * 100, 1)
    bat = (ov["tot_baten"][2], TOTALE_BATEN_2022_K)
    keng = {
        "Netto schuldquote": (nsq(0, bat[0], False), KENGETALLEN_BEGROTING_2023["Netto schuldquote"], nsq(1, bat[1], False), KENGETALLEN_2021["Netto schuldquote"]),
        "Netto schuldquote gecorrigeerd voor alle verstrekte leningen": (nsq(0, bat[0], True), KENGETALLEN_BEGROTING_2023["Netto schuldquote gecorrigeerd voor alle verstrekte leningen"], nsq(1, bat[1], True), KENGETALLEN_2021["Netto schuldquote gecorrigeerd voor alle verstrekte leningen"]),
        "Solvabiliteitsratio": (rnd(ev[0] / tot_pas[0] * 100, 1), KENGETALLEN_BEGROTING_2023["Solvabiliteitsratio"], rnd(ev[1] / tot_pas[1] * 100, 1), KENGETALLEN_2021["Solvabiliteitsratio"]),
        "Grondexploitatie": (rnd(A["Voorraden"][0] / bat[0] * 100, 1), KENGETALLEN_BEGROTING_2023["Grondexploitatie"], rnd(A["Voorraden"][1] / bat[1] * 100, 1), KENGETALLEN_2021["Grondexploitatie"]),
    }
    keng.update(KENGETALLEN_GIVEN)
    T["KENGETALLEN"] = keng
    # the realisatie 2023 values differ from the other columns (so a wrong column is a wrong answer)
    for row, vals in keng.items():
        assert len(set(vals)) == 4, (row, vals)

    # Weerstandsvermogen
    benodigd = sum(rnd(kans * eff / 100) for _, kans, eff in RISKS)
    beschikbaar = rs[0][5] + ONBENUTTE_BELASTINGCAPACITEIT
    T["WV"] = dict(benodigd=benodigd, beschikbaar=beschikbaar, ratio=rnd(beschikbaar / benodigd, 2))

    # Verschil (V/N) of the Sociaal Domein table (euros) and the programme tables (x € 1.000)
    T["P3_VERSCHIL_JEUGD"] = P3["lasten"][4][1][1] - P3["lasten"][4][1][2]     # nw - real, negative = N
    assert T["P3_VERSCHIL_JEUGD"] == -1_284_512
    return T


# ----------------------------------------------------------------------------------------------
# NOABERKRACHT DINKELLAND TUBBERGEN, BEGROTING 2025
# ----------------------------------------------------------------------------------------------
NK_INW = {"Dinkelland": 26_715, "Tubbergen": 21_942}      # inwoners 1-1-2024 (fictional)
NK_SLEUTEL = {"Dinkelland": 53.3, "Tubbergen": 46.7}      # verdeelsleutel gezamenlijke kosten, percent
NK_SLEUTEL_INW_AANDEEL = 40                               # % of the sleutel based on inwoners
NK_SLEUTEL_UREN_AANDEEL = 60                              # % based on hours 2023
NK_UREN_AANDEEL = {"Dinkelland": 52.2, "Tubbergen": 47.8}  # share of hours 2023
NK_LOONINDEX = 3.1
NK_PRIJSINDEX = 2.4
NK_DOELGROEP = 26              # medewerkers met afstand tot de arbeidsmarkt in het leerwerkbedrijf (prose)

# clusters: fte 2024, fte 2025, products (name, personeelslasten 2025, materiële lasten 2025); the last product of
# each cluster closes the cluster totals; cluster begroting 2024 na wijziging and rekening 2023 in x € 1.000
NK_CLUSTERS = [
    ("Directie en Bestuurszaken", 18.6, 19.4, 2_214_300, 388_500, 2_488, 2_301, [
        ("Directie en management", 1_046_200, 256_200),
        ("Bestuursondersteuning", 512_800, 31_400),
        ("Communicatie", 388_900, 64_700),
        ("Juridische zaken", None, None)]),
    ("Publiekszaken en Dienstverlening", 42.8, 43.2, 3_618_900, 512_300, 3_962, 3_744, [
        ("Klantcontactcentrum", 1_184_600, 96_300),
        ("Burgerzaken", 1_062_450, 187_900),
        ("Heffen en invorderen, WOZ", 846_300, 164_800),
        ("Documentaire informatievoorziening", None, None)]),
    ("Sociaal Domein", 71.5, 74.9, 6_402_150, 634_800, 6_608, 6_112, [
        ("Toegang Wmo en jeugd", 2_318_700, 184_600),
        ("Participatie en inkomen", 1_642_300, 126_400),
        ("Schuldhulpverlening", 586_250, 41_900),
        ("Leerplicht en leerlingenvervoer", 412_600, 198_700),
        ("Beleid sociaal domein", None, None)]),
    ("Omgeving", 58.3, 59.1, 5_287_620, 702_300, 5_804, 5_436, [
        ("Ruimtelijke ontwikkeling", 1_386_400, 214_800),
        ("Vergunningverlening", 1_204_600, 98_700),
        ("Toezicht en handhaving", 968_320, 76_500),
        ("Economie en recreatie", 512_900, 88_400),
        ("Milieu en duurzaamheid", 648_200, 152_600),
        ("Grondzaken", None, None)]),
    ("Openbare Ruimte", 92.4, 93.8, 6_482_700, 3_856_400, 9_911, 9_480, [
        ("Wegen en verkeer", 1_412_800, 842_600),
        ("Groenonderhoud", 1_868_400, 612_300),
        ("Riolering en water", 784_900, 318_200),
        ("Begraafplaatsen", 318_640, 96_420),
        ("Gemeentewerf en materieel", 824_300, 1_684_500),
        ("Leerwerkbedrijf buitendienst", None, None)]),
    ("Bedrijfsvoering", 86.2, 88.0, 7_548_030, 4_912_600, 12_107, 11_562, [
        ("Financiën", 1_842_600, 261_700),
        ("HRM", 1_204_300, 281_900),
        ("Informatievoorziening en ICT", 2_406_130, 2_912_300),
        ("Facilitaire zaken", None, None)]),
]
# kostensoorten 2025 (euros); the last of each group closes it
NK_KS_PERSONEEL = [("Salarissen en sociale lasten", 28_912_600), ("Inhuur derden", 1_486_340),
                   ("Opleidingen", 472_800), ("Overige personeelskosten", None)]
NK_KS_MATERIEEL = [("ICT en licenties", 3_214_600), ("Huisvesting", 2_386_900), ("Kapitaallasten", 1_148_300),
                   ("Overige materiële lasten", None)]
# 2026-2028 in x € 1.000
NK_KS_LATER_K = {
    "Salarissen en sociale lasten": (29_809, 30_584, 31_318),
    "Inhuur derden": (1_338, 1_338, 1_338),
    "Opleidingen": (482, 492, 502),
    "Overige personeelskosten": (696, 710, 724),
    "ICT en licenties": (3_343, 3_477, 3_616),
    "Huisvesting": (2_447, 2_508, 2_571),
    "Kapitaallasten": (1_212, 1_275, 1_190),
    "Overige materiële lasten": (4_343, 4_430, 4_518),
}
NK_BATEN_DERDEN = 1_184_750            # 2025 euros (detacheringen, doorbelastingen)
NK_BATEN_DERDEN_LATER_K = (1_208, 1_232, 1_257)
NK_DIRECT = {"Dinkelland": 684_200, "Tubbergen": 612_400}        # 2025, euros
NK_DIRECT_LATER_K = {"Dinkelland": (698, 712, 726), "Tubbergen": (625, 637, 650)}
NK_BIJDRAGE_2024 = {"Dinkelland": 21_612_480, "Tubbergen": 18_904_350}   # begroting 2024 na wijziging
# reserves (euros): name, stand 1-1-2025, toevoeging 2025, onttrekking 2025, onttrekking 2026, 2027, 2028
NK_RESERVES = [
    ("Algemene reserve", 851_200, 0, 0, 0, 0, 0),
    ("Reserve frictiekosten", 624_500, 0, 240_000, 120_000, 0, 0),
    ("Reserve organisatieontwikkeling", 412_000, 0, 95_000, 0, 0, 0),
]
# balans (x € 1.000): (31-12-2024, 31-12-2025); overlopende passiva closes
NK_BALANS_ACTIVA = [("Materiële vaste activa", (3_412, 3_198)),
                    ("Uitzettingen korter dan één jaar", (1_214, 1_180)),
                    ("Liquide middelen", (286, 312)),
                    ("Overlopende activa", (402, 390))]
NK_BALANS_VOORZIENINGEN = (212, 220)
NK_BALANS_VASTE_SCHULDEN = (2_600, 2_350)
NK_BALANS_VLOTTENDE_SCHULDEN = (402, 418)
NK_TOTALE_BATEN_2024_K = 41_288
NK_KENGETALLEN_GIVEN = {
    # rekening 2023, begroting 2024, [2025 computed], 2026, 2027, 2028
    # begroting 2024 and 2025 are computed from the geprognosticeerde balans (None here)
    "Netto schuldquote": (4.6, None, None, 3.0, 2.6, 2.1),
    "Solvabiliteitsratio": (33.6, None, None, 31.8, 33.0, 33.9),
    "Structurele exploitatieruimte": (0.4, 0.0, 0.0, 0.0, 0.0, 0.0),
}
NK_WOONPLAATSEN = 0


def nk_compute():
    N = {}
    clusters = []
    for name, f24, f25, pers, mat, nw24, rek23, prods in NK_CLUSTERS:
        kp = sum(p for _, p, _ in prods if p is not None)
        km = sum(m for _, _, m in prods if m is not None)
        pr = [(pn, p if p is not None else pers - kp, m if m is not None else mat - km) for pn, p, m in prods]
        for pn, p, m in pr:
            assert p > 0 and m > 0, (pn, p, m)
        clusters.append(dict(name=name, fte24=f24, fte25=f25, pers=pers, mat=mat, tot=pers + mat,
                             nw24=nw24, rek23=rek23, prods=pr))
    N["CLUSTERS"] = clusters
    pers = sum(c["pers"] for c in clusters)
    mat = sum(c["mat"] for c in clusters)
    lasten = pers + mat
    N["PERS"], N["MAT"], N["LASTEN"] = pers, mat, lasten
    N["FTE24"] = rnd(sum(c["fte24"] for c in clusters), 1)
    N["FTE25"] = rnd(sum(c["fte25"] for c in clusters), 1)
    # printed cluster table (x € 1.000): 2025 by largest remainder
    tot25 = lr_round([c["tot"] for c in clusters])
    pers25 = lr_round([c["pers"] for c in clusters])
    for c, t, p in zip(clusters, tot25, pers25):
        c["tot_k"], c["pers_k"] = t, p
    N["LASTEN_K"] = sum(tot25)
    N["PERS_K"] = sum(pers25)
    N["NW24_K"] = sum(c["nw24"] for c in clusters)
    N["REK23_K"] = sum(c["rek23"] for c in clusters)

    # kostensoorten
    def close(rows, total):
        known = sum(v for _, v in rows if v is not None)
        return [(n, v if v is not None else total - known) for n, v in rows]
    ksp = close(NK_KS_PERSONEEL, pers)
    ksm = close(NK_KS_MATERIEEL, mat)
    assert all(v > 0 for _, v in ksp + ksm)
    N["KS_PERS"], N["KS_MAT"] = ksp, ksm
    kp25 = lr_round([v for _, v in ksp])
    km25 = lr_round([v for _, v in ksm])
    assert sum(kp25) == N["PERS_K"]
    ks = {}
    for (n, _), v in zip(ksp, kp25):
        ks[n] = (v,) + NK_KS_LATER_K[n]
    for (n, _), v in zip(ksm, km25):
        ks[n] = (v,) + NK_KS_LATER_K[n]
    N["KS_K"] = ks
    pn = [n for n, _ in ksp]
    mn = [n for n, _ in ksm]
    N["SUB_PERS_K"] = tuple(sum(ks[n][i] for n in pn) for i in range(4))
    N["SUB_MAT_K"] = tuple(sum(ks[n][i] for n in mn) for i in range(4))
    N["TOT_LASTEN_K"] = tuple(N["SUB_PERS_K"][i] + N["SUB_MAT_K"][i] for i in range(4))
    assert N["TOT_LASTEN_K"][0] == N["LASTEN_K"]

    # reserves
    rs = []
    for name, s1, toe, o25, o26, o27, o28 in NK_RESERVES:
        s31 = s1 + toe - o25
        rs.append(dict(name=name, s1=s1, toe=toe, ont=o25, s31=s31, s2028=s31 - o26 - o27 - o28,
                       later=(o26, o27, o28)))
    N["RESERVES"] = rs
    ontt_eur = (sum(r["ont"] for r in rs),) + tuple(sum(r["later"][i] for r in rs) for i in range(3))
    ontt_k = tuple(k(x) for x in ontt_eur)
    N["ONTT_EUR"], N["ONTT_K"] = ontt_eur, ontt_k
    N["RES_TOT"] = dict(s1=sum(r["s1"] for r in rs), toe=sum(r["toe"] for r in rs), ont=sum(r["ont"] for r in rs),
                        s31=sum(r["s31"] for r in rs), s2028=sum(r["s2028"] for r in rs))

    # bijdragen 2025 (euros)
    bijdragen = lasten - NK_BATEN_DERDEN - ontt_eur[0]
    direct = NK_DIRECT["Dinkelland"] + NK_DIRECT["Tubbergen"]
    gez = bijdragen - direct
    gd = rnd(gez * NK_SLEUTEL["Dinkelland"] / 100)
    gt = gez - gd
    N["GEZ"], N["GEZ_D"], N["GEZ_T"] = gez, gd, gt
    N["BIJDR"] = {"Dinkelland": gd + NK_DIRECT["Dinkelland"], "Tubbergen": gt + NK_DIRECT["Tubbergen"]}
    N["BIJDR_TOT"] = bijdragen
    assert sum(N["BIJDR"].values()) == bijdragen
    N["MUTATIE"] = {g: N["BIJDR"][g] - NK_BIJDRAGE_2024[g] for g in N["BIJDR"]}
    assert all(100_000 < v < 2_000_000 for v in N["MUTATIE"].values()), N["MUTATIE"]
    N["PER_INW"] = {g: N["BIJDR"][g] / NK_INW[g] for g in NK_INW}
    # the sleutel follows from 40% inwoners and 60% hours
    inw_share_d = NK_INW["Dinkelland"] / sum(NK_INW.values()) * 100
    sl_d = NK_SLEUTEL_INW_AANDEEL / 100 * inw_share_d + NK_SLEUTEL_UREN_AANDEEL / 100 * NK_UREN_AANDEEL["Dinkelland"]
    assert rnd(sl_d, 1) == NK_SLEUTEL["Dinkelland"], sl_d
    assert rnd(NK_SLEUTEL["Dinkelland"] + NK_SLEUTEL["Tubbergen"], 1) == 100.0

    # meerjarenraming (x € 1.000), 2025..2028
    baten_k = (k(NK_BATEN_DERDEN),) + NK_BATEN_DERDEN_LATER_K
    mj = {"lasten": N["TOT_LASTEN_K"], "baten_derden": baten_k, "onttrekking": ontt_k}
    bd, bt = [], []
    for i in range(4):
        tot_b = mj["lasten"][i] - baten_k[i] - ontt_k[i]
        if i == 0:
            d = k(N["BIJDR"]["Dinkelland"])
            t = tot_b - d
            assert abs(t - k(N["BIJDR"]["Tubbergen"])) <= 1
        else:
            dd, dt = NK_DIRECT_LATER_K["Dinkelland"][i - 1], NK_DIRECT_LATER_K["Tubbergen"][i - 1]
            g = tot_b - dd - dt
            d = rnd(g * NK_SLEUTEL["Dinkelland"] / 100) + dd
            t = tot_b - d
        bd.append(d)
        bt.append(t)
    mj["Dinkelland"], mj["Tubbergen"] = tuple(bd), tuple(bt)
    mj["bijdragen"] = tuple(bd[i] + bt[i] for i in range(4))
    mj["baten"] = tuple(baten_k[i] + mj["bijdragen"][i] for i in range(4))
    mj["saldo"] = tuple(mj["baten"][i] - mj["lasten"][i] for i in range(4))
    mj["resultaat"] = tuple(mj["saldo"][i] + ontt_k[i] for i in range(4))
    assert all(r == 0 for r in mj["resultaat"])
    N["MJ"] = mj
    # the 2025 rounded contributions printed in the meerjarenraming equal the rounded euro contributions
    assert mj["Dinkelland"][0] == k(N["BIJDR"]["Dinkelland"]) and mj["Tubbergen"][0] == k(N["BIJDR"]["Tubbergen"]), (mj["Dinkelland"][0], mj["Tubbergen"][0], N["BIJDR"], N["LASTEN"], mj["lasten"][0], mj["baten_derden"][0], mj["onttrekking"][0])

    # overhead: Bedrijfsvoering (all four products) + 'Directie en management'
    bv = [c for c in clusters if c["name"] == "Bedrijfsvoering"][0]
    dm = [p for p in clusters[0]["prods"] if p[0] == "Directie en management"][0]
    oh = [(pn, p + m) for pn, p, m in bv["prods"]] + [("Directie en management", dm[1] + dm[2])]
    N["OVERHEAD"] = oh
    N["OVERHEAD_TOT"] = sum(v for _, v in oh)
    N["OVERHEAD_PCT"] = rnd(N["OVERHEAD_TOT"] / lasten * 100, 1)
    N["OVERHEAD_PER_FTE"] = rnd(N["OVERHEAD_TOT"] / N["FTE25"])

    # balans (x € 1.000)
    ev = (k(N["RES_TOT"]["s1"]), k(N["RES_TOT"]["s31"]))
    tot_act = tuple(sum(v[i] for _, v in NK_BALANS_ACTIVA) for i in range(2))
    overl = tuple(tot_act[i] - ev[i] - NK_BALANS_VOORZIENINGEN[i] - NK_BALANS_VASTE_SCHULDEN[i] -
                  NK_BALANS_VLOTTENDE_SCHULDEN[i] for i in range(2))
    assert all(100 < x < 1_000 for x in overl), overl
    tot_pas = tuple(ev[i] + NK_BALANS_VOORZIENINGEN[i] + NK_BALANS_VASTE_SCHULDEN[i] +
                    NK_BALANS_VLOTTENDE_SCHULDEN[i] + overl[i] for i in range(2))
    assert tot_pas == tot_act
    N["BALANS"] = dict(ev=ev, tot_act=tot_act, overl=overl, tot_pas=tot_pas)
    A = dict(NK_BALANS_ACTIVA)
    baten_tot = (NK_TOTALE_BATEN_2024_K, mj["baten"][0])
    def nsq(i):
        debt = NK_BALANS_VASTE_SCHULDEN[i] + NK_BALANS_VLOTTENDE_SCHULDEN[i] + overl[i]
        claims = A["Uitzettingen korter dan één jaar"][i] + A["Liquide middelen"][i] + A["Overlopende activa"][i]
        return rnd((debt - claims) / baten_tot[i] * 100, 1)
    keng = {}
    for row, vals in NK_KENGETALLEN_GIVEN.items():
        vals = list(vals)
        if row == "Netto schuldquote":
            vals[1], vals[2] = nsq(0), nsq(1)
        elif row == "Solvabiliteitsratio":
            vals[1], vals[2] = rnd(ev[0] / tot_pas[0] * 100, 1), rnd(ev[1] / tot_pas[1] * 100, 1)
        keng[row] = tuple(vals)
    N["KENGETALLEN"] = keng
    return N


TW = tw_compute()
NK = nk_compute()

if __name__ == "__main__":
    from fmt import nl
    print("TW resultaat (euro) prim/nw/real:", [nl(x) for x in TW["RESULTAAT"]])
    print("TW overview x1000 lasten/baten/resultaat:", TW["OV"]["tot_lasten"], TW["OV"]["tot_baten"], TW["OV"]["resultaat"])
    print("TW AU:", [nl(x) for x in TW["AU"]])
    print("TW P3 tot lasten:", [nl(x) for x in P3["tot_lasten"]], "saldo", [nl(x) for x in P3["saldo"]])
    print("TW P1/P2 K:", P1["K"]["resultaat"], P2["K"]["saldo"], P2["K"]["resultaat"])
    print("TW reserves tot:", [nl(x) for x in TW["RES_TOT"]])
    print("TW balans:", TW["BALANS"])
    print("TW kengetallen:", TW["KENGETALLEN"])
    print("TW WV:", TW["WV"])
    print("TW 6.2:", [r for r in TW["TAAKVELDEN"] if r[0].startswith("6.2")])
    print("NK lasten:", nl(NK["LASTEN"]), "pers", nl(NK["PERS"]), "fte", NK["FTE24"], NK["FTE25"])
    print("NK bijdragen:", {g: nl(v) for g, v in NK["BIJDR"].items()}, "gez", nl(NK["GEZ"]), "mut", NK["MUTATIE"])
    print("NK per inw:", NK["PER_INW"])
    print("NK MJ:", NK["MJ"])
    print("NK overhead:", nl(NK["OVERHEAD_TOT"]), NK["OVERHEAD_PCT"], NK["OVERHEAD_PER_FTE"])
    print("NK balans:", NK["BALANS"], NK["KENGETALLEN"])
    print("NK KS:", NK["KS_K"], NK["SUB_PERS_K"], NK["SUB_MAT_K"])
