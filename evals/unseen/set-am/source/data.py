"""Every NEW figure of set-am, typed once.  Computed figures are computed here; asserts tie them together.

Two fictional later editions of documents that are in the corpus:
  T  Twenterand, Programmabegroting 2021, programma Sociaal Domein   (plain-text web export, like the 2020 one)
  W  Wassenaar, Begroting 2025                                        (PDF, like the Begroting 2024)
Figures of the four existing documents are never typed here: gen_cases.py reads them from the documents.

Run `python data.py` to evaluate the asserts.
"""
from __future__ import annotations

# ============================================================================ Twenterand, Programmabegroting 2021
T_BODY = "Twenterand"
T_YEAR = 2021
T_FILE = "twenterand-programmabegroting-2021-sociaal-domein.txt"
T_TITLE = "Programmabegroting 2021, programma Sociaal Domein"
T_YCOLS = ["2021", "2022", "2023", "2024"]

# Overzicht 3.1 Baten en lasten Sociaal domein (whole euros); baten are printed negative, as in 2020
T_LASTEN = {                                   # 2021        2022        2023        2024
    "Sociale zaken":                          [20418633, 20102417, 19874290, 19655108],
    "Maatschappelijke ondersteuning":         [12386512, 12511904, 12597221, 12655873],
    "Gezondheidszorg":                        [2011467, 2049885, 2083146, 2120592],
    "Onderwijs":                              [4186225, 4233019, 5512664, 4219706],
    "Jeugd":                                  [17254391, 17102856, 16988470, 16941325],
    "Transformatie sociaal domein":           [685000, 540000, 415000, 300000],      # new row in 2021
}
T_BATEN = {                                    # printed negative; the Gezondheidszorg row (all 0) is gone
    "Sociale zaken":                          [-14268403, -14011226, -13802915, -13655480],
    "Maatschappelijke ondersteuning":         [-391550, -391550, -391550, -391550],
    "Onderwijs":                              [-341025, -341025, -342116, -342116],
    "Jeugd":                                  [-2879230, -2879230, -2879230, -2879230],
}
T_MUT_RES = [-1204318, -356210, -1388905, -97440]
T_TOT_L = [sum(v[i] for v in T_LASTEN.values()) for i in range(4)]
T_TOT_B = [sum(v[i] for v in T_BATEN.values()) for i in range(4)]
T_SALDO = [T_TOT_L[i] + T_TOT_B[i] for i in range(4)]
T_RESULT = [T_SALDO[i] + T_MUT_RES[i] for i in range(4)]

# prose figures
T_WERKLOOSHEID = 4.8            # "opgelopen tot 4,8%" (the 2020 edition says 4%)
T_TRANSFORMATIE_2021 = T_LASTEN["Transformatie sociaal domein"][0]   # printed in prose as well

# indicator tables: columns Begroot 2021, Begroot 2020, 2019, 2018, 2017 (+ Bron).  Begroot 2020, 2018 and 2017
# repeat what the 2020 edition printed; Begroot 2021 and 2019 are new.  Values are the printed strings.
T_IND_COLS = ["Begroot 2021", "Begroot 2020", "2019", "2018", "2017"]
T_IND_SZ = [  # Sociale Zaken
    ("group", "Naar vermogen participerende (niet) uitkeringsgerechtigden"),
    ("Aantal uitkeringsgerechtigden* (participatiewet)", ["520", "460", "471", "462", "511(01-7)"], "CIV"),
    ("Aantal uitkeringsgerechtigden (IOAW/IOAZ)", ["28", "25", "27", "25", "36(01/07)"], "CIV"),
    ("Aantal activeringstrajecten", ["390", "380", "372", "366", "490"], "CIV"),
    ("Aantal Wsw 'zittend bestand' in arbeidsjaren", ["252", "267", "259", "267", "285 (01-07)"], "\u00a0 -"),
    ("Aantal taakstelling vergunninghouders", ["30", "24", "37", "50", "65 (31-12)"], "\u00a0 -"),
    ("group", "Financieel zelfredzame inwoners"),
    ("Aantal aanvragen bijzondere bijstand", ["480", "450", "463", "471", "275(01-07)"], "CIV"),
    ("Aantal personen die uitgestroomd zijn naar werk", ["60", "70", "81", "76", "62"], "CIV"),
    ("Aantal aanvragen inkomenstoeslag", ["285", "270", "296", "307", "257"], "CIV"),
    ("Aantal personen die beroep doen op de studietoeslag", ["12", "9", "10", "11", "2 (01-07)"], "CIV"),
    ("group", "Sociaal zelfredzame inwoners"),
    ("Aantal personen die beroep doen op de Meedoenregeling", ["420", "400", "412", "400", "400"], "CIV"),
    ("Aantal personen die beroep doen op de jeugd sport en cultuurfonds", ["175", "165", "171", "105", "105"],
     "\u00a0 extern"),
    ("Beschut werk", ["17", "14", "12", "5", "5"], "-"),
    ("Aantal kinderen schoolpakket", ["95", "85", "88", "60", "60"], "Interne systemen"),
    ("plain", "Nieuwe indicatoren 2021"),
    ("Aantal aanvragen Tozo (zelfstandig ondernemers)", ["150"], ""),
]
T_IND_MO = [  # Maatschappelijke ondersteuning
    ("group", "Maatwerkvoorzieningen zijn toereikend"),
    ("Toegekende maatwerkvoorzieningen totaal", ["3750", "3678", "3712", "2756", "2680"], "Interne systemen"),
    ("plain", "Algemeen maatschappelijke voorzieningen zijn toegankelijk en toereikend"),
    ("Aantal mantelzorgers dat de waardebonnen heeft ontvangen", ["690", "675", "668", "682", "649"],
     "Stichting Evenmens"),
    ("Aantal individueel ondersteunde mantelzorgers", ["260", "250*", "238", "203*", "455"], "Stichting Evenmens"),
    ("Aantal behandelde cliëntsystemen", ["330", "325", "318", "400", "322"], "Avedan Maatschappelijk werk"),
    ("Aantal behandelde cliënten", ["225", "220", "216", "313", "210"], "MEE IJsseloevers"),
    ("Aantal verzekerden collectieve zorgverzekering", ["1390", "1420", "1402", "1408", "1475"], "Menzis"),
]
T_IND_GZ = [  # Gezondheidszorg
    ("group", "Hulp is geboden waar nodig"),
    ("Aantal beschikbare en in kaart gebrachte AED's (incl. AED's in particulier eigendom)",
     ["85", "80", "86", "88", "90"], "Hartslagnu.nl"),
    ("Minimaal aantal inwoners uit Twenterand die staan ingeschreven op www.hartslagnu.nl",
     ["1.100", "1.000", "1.087", "1.039", "1.166"], "Hartslagnu.nl"),
    ("Mate waarin hulpverlening bij tijdelijk huisverbod wordt aangeboden (%)",
     ["100%", "100%", "100%", "100%", "100%"], "Avedan Maatschappelijk werk"),
    ("Mate van acceptatie hulpverlening bij tijdelijk huisverbod (%)", ["100%", "100%", "100%", "100%", "100%"],
     "Avedan Maatschappelijk werk"),
    ("Aantal basisscholen met voorlichting over middelengebruik", ["18", "18", "14", "8", "-"],
     "Tactus Verslavingszorg"),
]
T_IND_OW_COLS = ["Begroot 2021", "Begroot 2020", "2019"]
T_IND_OW = [  # Onderwijs (three year columns + Bron, as in 2020)
    ("group", "Laaggeletterdheid is afgenomen"),
    ("Aantal peuters dat wordt bereikt (zowel reguliere peuters als doelgroeppeuters (VVE))",
     ["n.n.b.", "n.n.b.", "182"], "Opgave instellingen"),
    ("Aantal cursisten die een taalcursus volgen bij het ROC", ["25", "20", "34"], "\u00a0 ROC"),
    ("Aantal cursisten aangemeld via Taalpunt", ["35", "30", "41"], "Taalpunt"),
    ("Aantal leerlingen leerlingenvervoer", ["295", "290", "287"], "Interne systemen"),
    ("plain", "Nieuwe indicatoren 2021"),
    ("Aantal deelnemers Digitaal Taalhuis", ["40"], ""),
]
T_IND_JG = [  # Jeugd (Beleidsindicatoren)
    ("plain", "Voor alle jeugdigen zijn er voldoende en toegankelijke voorzieningen"),
    ("Aantal activiteiten dat door jongeren zelf wordt georganiseerd bij St. Zorgsaam Twenterand (SZST)",
     ["75", "70", "64", "70", "99*"], "Stichting ZorgSaam Twenterand (SZT)"),
    ("plain", "Waar nodig is er ondersteuning en zorg voor jeugdigen en ouders"),
    ("Aantal bezoekers CJG Loket", ["85", "80", "77", "82", "108"], "SZT"),
    ("Aantal Bezoekers website Loes.nl", ["280.000", "300.000", "287.412", "296.265", "333.714"], "SZT/GGD"),
    ("Aantal uitgevoerde trajecten BOR", ["5", "5", "6", "4", "8"], "Humanitas"),
    ("Aantal uitgevoerde trajecten Homestart", ["6", "5", "3", "1", "4"], "Humanitas"),
    ("plain", "Er is een sluitende keten van tijdige vroeg signalering en doorgeleiding naar ondersteuning en zorg"),
    ("Aantal jongeren gemeld in het zorgnetwerk door SZT", ["55", "50", "61", "57", "117"], "SZT"),
    ("plain", "Kwetsbare jeugd incl. jeugdgroepen wordt/ worden ondersteund"),
    ("Aantal individuele coaching plannen door SZT", ["15", "15", "17", "13", "18"], "SZT"),
    ("Aantal jeugdige/jongvolwassen vrijwilligers dat betrokken is bij het jongerenwerk van SZT",
     ["180", "175", "169", "188", "215"], "SZT"),
    ("Totaal aantal jeugdigen met jeugdhulp", ["760", "739", "781", "951", "874"], "Interne systemen"),
]

# ============================================================================ Wassenaar, Begroting 2025
W_BODY = "Wassenaar"
W_YEAR = 2025
W_FILE = "wassenaar-begroting-2025.pdf"
W_TITLE = "Begroting 2025"
PROGS = ["P1 Veiligheid en Handhaving", "P2 Mens en Maatschappij", "P3 Bestuur en middelen",
         "P4 Fysieke leefomgeving", "P5 Natuur, klimaat en Mobiliteit"]
P1, P2, P3, P4, P5 = PROGS
W_COLS = ["Rekening 2023", "Begroting 2024", "Begroting 2025", "Raming 2026", "Raming 2027", "Raming 2028"]

# Baten en lasten per taakveld, Begroting 2025, whole euros (baten +, lasten -)
TV = {
    P1: [("1.1", "Crisisbeheersing en brandweer", 0, -2712380),
         ("1.2", "Openbare orde en veiligheid", 104210, -1646915)],
    P2: [("4.1", "Openbaar basisonderwijs", 612000, -842615),
         ("4.3", "Onderwijsbeleid en leerlingzaken", 801425, -2187330),
         ("5.1", "Sportbeleid en activering", 248530, -702118),
         ("5.2", "Sportaccommodaties", 562340, -2214906),
         ("5.3", "Cultuurpresent.,-prod.en-particip", 56563, -594212),
         ("5.4", "Musea", 0, 0),
         ("5.6", "Media", 138355, -806987),
         ("6.1", "Samenkracht en burgerparticipatie", 2206115, -4877402),
         ("6.2", "Toegang & eerstelijnsvoorzieningen", 0, -2116440),
         ("6.3", "Inkomensregelingen", 6812300, -9463518),
         ("6.4", "WSW en beschut werk", 0, -1012877),
         ("6.5", "Arbeidsparticipatie", 0, -1142650),
         ("6.6", "Maatwerkvoorzieningen (WMO)", 15000, -1031205),
         ("6.71", "Maatwerkdienstverlening 18+", 0, 0),
         ("6.71a", "Hulp bij het huishouden (WMO)", 158000, -2016744),
         ("6.71b", "Begeleiding (WMO)", 0, -702300),
         ("6.71c", "Dagbesteding (WMO)", 0, -268150),
         ("6.71d", "Overige maatwerkarrangementen(WMO)", 0, -381420),
         ("6.72", "Maatwerkdienstverlening 18-", 0, 0),
         ("6.72a", "Jeugdhulp begeleiding", 0, -712455),
         ("6.72b", "Jeugdhulp behandeling", 0, -705118),
         ("6.72c", "Jeugdhulp dagbesteding", 0, -598240),
         ("6.72d", "Jeugdhulp zonder verblijf overig", 0, -1702336),
         ("6.73a", "Pleegzorg", 0, -236810),
         ("6.73b", "Gezinsgericht", 0, -111402),
         ("6.73c", "Jeugdhulp met verblijf overig", 0, -702545),
         ("6.74a", "Jeugd beh. GGZ zonder verblijf", 0, -1843902),
         ("6.74b", "Jeugdhulp crisis/LTA/GGZ verblijf", 0, -462118),
         ("6.74c", "Gesloten plaatsing", 0, -351640),
         ("6.81", "Geëscaleerde zorg 18+", 0, 0),
         ("6.81a", "Beschermd wonen (WMO)", 0, -402270),
         ("6.82", "Geëscaleerde zorg 18-", 0, 0),
         ("6.82a", "Jeugdbescherming", 0, -221913),
         ("6.82b", "Jeugdreclassering", 0, -86515),
         ("7.1", "Volksgezondheid", 152385, -1884206)],
    P3: [("0.1", "Bestuur", 0, -2204870),
         ("0.2", "Burgerzaken", 612950, -1611402),
         ("0.3", "Beheer overige gebouwen en gronden", 95700, -502118),
         ("0.4", "Overhead", 3401225, -15612480),
         ("0.5", "Treasury", 1002450, -15200),
         ("0.61", "OZB Woningen", None, -357805),            # baten = Tabel 7.1 OZB woningen raming 2025 x 1000
         ("0.62", "OZB Niet-Woningen", None, -67282),         # baten = Tabel 7.1 OZB niet woningen raming 2025 x 1000
         ("0.64", "Belastingen overig", 447930, -111556),
         ("0.7", "Alg uitk. & ov. uitk. gemeentefonds", None, 0),   # closes the begroting (see below)
         ("0.8", "Overige baten en lasten", -50374, -26000),   # lasten = the post onvoorzien
         ("0.9", "Vennootschapsbelasting (VpB)", 0, 0)],
    P4: [("4.2", "Onderwijshuisvesting", 0, -1512604),
         ("5.5", "Cultureel erfgoed", 4695, -514884),
         ("7.5", "Begraafplaatsen en crematoria", 55862, -126207),
         ("8.1", "Ruimte en leefomgeving", 0, -1588130),
         ("8.2", "Grondexploitatie (niet bedr.terrein)", 0, -37746),
         ("8.3", "Wonen en bouwen", 1878817, -2523475)],
    P5: [("2.1", "Verkeer en vervoer", 240625, -4893929),
         ("2.2", "Parkeren", 143110, -420954),
         ("2.3", "Recreatieve havens", 27613, -4388),
         ("2.5", "Openbaar vervoer", 0, 0),
         ("3.1", "Economische ontwikkeling", 0, -497051),
         ("3.3", "Bedrijfsloket en bedrijfsregelingen", 108304, -103625),
         ("3.4", "Economische promotie", 2587907, -211213),
         ("5.7", "Openbaar groen, (openlucht)recreatie", 206242, -5112986),
         ("7.2", "Riolering", 2869416, -2115988),
         ("7.3", "Afval", 5987210, -4764242),
         ("7.4", "Milieubeheer", 532512, -1711367)],
}

# Tabel 7.1 Opbrengst uit belastingen (x € 1.000): raming 2024 (as in the Begroting 2024) and raming 2025
OPBR = [  # label, raming 2024, raming 2025
    ("OZB woningen", 8764, 9045),
    ("OZB niet woningen (E+G)", 3256, 3352),
    ("Hondenbelasting", 200, 206),
    ("Toeristenbelasting", 2508, 2581),
    ("Baatbelasting", 11, 11),
    ("Precario op met name uitstallingen", 133, 137),
    ("Ondernemersheffing", 91, 91),
    ("BIZ-bijdrage Maaldrift", 26, 27),
    ("BIZ-bijdrage pandeigenaren centrum", 46, 47),
    ("Afvalstoffenheffing", 5716, 5987),
    ("Riool- en waterzorgheffing", 2847, 2869),
    ("Marktrechten", 34, 35),
    ("Begrafenisrechten", 54, 56),
    ("Leges Wabo-vergunningen", 1790, 1512),
    ("Overige leges en rechten", 425, 437),
]
KWIJT = (-370, -384)
OPBR_SUB = (sum(r[1] for r in OPBR), sum(r[2] for r in OPBR))
OPBR_NET = (OPBR_SUB[0] + KWIJT[0], OPBR_SUB[1] + KWIJT[1])
OPBR_D = {r[0]: r for r in OPBR}
TV_SET = {"0.61": OPBR_D["OZB woningen"][2] * 1000, "0.62": OPBR_D["OZB niet woningen (E+G)"][2] * 1000}

# the algemene uitkering (0.7 baten) is what makes the geraamde resultaat 2025 come out at this figure
W_RESULT_2025 = 47615
# reserve mutations 2025 per programme (whole euros; onttrekking +, toevoeging -)
RES_ONTT_2025 = {P1: 0, P2: 120000, P3: 250000, P4: 900000, P5: 97000}
RES_TOEV_2025 = {P1: 0, P2: 0, P3: 0, P4: 0, P5: 0}


def _tv_baten(code, b):
    return TV_SET.get(code, b)


_rest = 0
for _p, _rows in TV.items():
    for _c, _n, _b, _l in _rows:
        if _c != "0.7":
            _rest += _tv_baten(_c, _b) + _l
_mut = sum(RES_ONTT_2025.values()) + sum(RES_TOEV_2025.values())
ALG_UITK_2025 = W_RESULT_2025 - _rest - _mut
TV_EUR = {p: [(c, n, (ALG_UITK_2025 if c == "0.7" else _tv_baten(c, b)), l) for c, n, b, l in rows]
          for p, rows in TV.items()}
TVD = {c: (n, b, l, b + l) for rows in TV_EUR.values() for c, n, b, l in rows}
PB_EUR = {p: sum(r[2] for r in TV_EUR[p]) for p in PROGS}       # programme baten 2025 in euros
PL_EUR = {p: sum(r[3] for r in TV_EUR[p]) for p in PROGS}
PS_EUR = {p: PB_EUR[p] + PL_EUR[p] for p in PROGS}
TOT_B_EUR, TOT_L_EUR = sum(PB_EUR.values()), sum(PL_EUR.values())
TOT_S_EUR = TOT_B_EUR + TOT_L_EUR
MUT_EUR = _mut
RESULT_EUR = TOT_S_EUR + MUT_EUR
assert RESULT_EUR == W_RESULT_2025
assert 40_000_000 < ALG_UITK_2025 < 48_000_000, ALG_UITK_2025


def k(v):
    """euros -> x € 1.000, rounded half away from zero"""
    s = -1 if v < 0 else 1
    return s * int(abs(v) / 1000 + 0.5)


# programme baten / lasten per column in x € 1.000; the Begroting 2025 column is the taakveld total, rounded
W_BATEN = {  # Rekening 2023, Begroting 2024 (na voorjaarsnota 2024), [2025 from taakvelden], 2026, 2027, 2028
    P1: [2318, 104, None, 106, 106, 106],
    P2: [10215, 12406, None, 11884, 11302, 11265],
    P3: [61480, 61873, None, 59344, 59730, 60412],
    P4: [2190, 1932, None, 1881, 1881, 1881],
    P5: [11876, 12540, None, 12981, 13110, 13238],
}
W_LASTEN = {
    P1: [-6415, -4388, None, -4402, -4402, -4415],
    P2: [-37846, -40118, None, -41237, -40802, -40691],
    P3: [-19402, -20310, None, -20014, -19957, -20003],
    P4: [-5577, -6694, None, -5705, -5148, -5140],
    P5: [-18630, -19808, None, -20583, -20640, -20702],
}
W_ONTT = {  # onttrekking reserves (x € 1.000)
    P1: [260, 0, None, 0, 0, 0],
    P2: [1140, 50, None, 60, 0, 0],
    P3: [610, 931, None, 150, 0, 0],
    P4: [1020, 1475, None, 300, 0, 0],
    P5: [95, 126, None, 0, 0, 0],
}
W_TOEV = {  # toevoeging reserves (x € 1.000, printed negative)
    P1: [0, 0, None, 0, 0, 0],
    P2: [0, 0, None, 0, 0, 0],
    P3: [-2650, 0, None, 0, 0, 0],
    P4: [0, 0, None, 0, 0, 0],
    P5: [0, 0, None, 0, 0, 0],
}
for p in PROGS:
    W_BATEN[p][2] = k(PB_EUR[p])
    W_LASTEN[p][2] = k(PL_EUR[p])
    W_ONTT[p][2] = k(RES_ONTT_2025[p])
    W_TOEV[p][2] = k(RES_TOEV_2025[p])
W_SALDO = {p: [W_BATEN[p][i] + W_LASTEN[p][i] if i != 2 else k(PS_EUR[p]) for i in range(6)] for p in PROGS}
W_MUT = {p: [W_ONTT[p][i] + W_TOEV[p][i] for i in range(6)] for p in PROGS}
W_RES = {p: [W_SALDO[p][i] + W_MUT[p][i] if i != 2 else k(PS_EUR[p] + RES_ONTT_2025[p] + RES_TOEV_2025[p])
             for i in range(6)] for p in PROGS}
TOT_B = [sum(W_BATEN[p][i] for p in PROGS) if i != 2 else k(TOT_B_EUR) for i in range(6)]
TOT_L = [sum(W_LASTEN[p][i] for p in PROGS) if i != 2 else k(TOT_L_EUR) for i in range(6)]
TOT_S = [sum(W_SALDO[p][i] for p in PROGS) if i != 2 else k(TOT_S_EUR) for i in range(6)]
TOT_ONTT = [sum(W_ONTT[p][i] for p in PROGS) for i in range(6)]
TOT_TOEV = [sum(W_TOEV[p][i] for p in PROGS) for i in range(6)]
TOT_MUT = [TOT_ONTT[i] + TOT_TOEV[i] for i in range(6)]
TOT_RES = [TOT_S[i] + TOT_MUT[i] if i != 2 else k(RESULT_EUR) for i in range(6)]
for p in PROGS:
    for i in range(6):
        assert abs(W_SALDO[p][i] - (W_BATEN[p][i] + W_LASTEN[p][i])) <= 1
        assert abs(W_RES[p][i] - (W_SALDO[p][i] + W_MUT[p][i])) <= 1
for i in range(6):
    assert abs(TOT_S[i] - (TOT_B[i] + TOT_L[i])) <= 1 and abs(TOT_RES[i] - (TOT_S[i] + TOT_MUT[i])) <= 1
# the meerjarenraming: 2026 is the 'ravijnjaar' with a clear deficit, 2027-2028 smaller deficits
assert TOT_RES[2] > 0 and TOT_RES[3] < -2000 and TOT_RES[4] < 0 and TOT_RES[5] < 0, TOT_RES

# Recapitulatie (Tabel 6.2): P3 without algemene dekkingsmiddelen, overhead, Vpb and onvoorzien (x € 1.000)
ADM_CODES = ["0.5", "0.61", "0.62", "0.64", "0.7"]        # + the baten of 0.8
OH_CODE, VPB_CODE = "0.4", "0.9"
ADM_B_EUR = sum(TVD[c][1] for c in ADM_CODES) + TVD["0.8"][1]
ADM_L_EUR = sum(TVD[c][2] for c in ADM_CODES)
ONV_L_EUR = TVD["0.8"][2]
REC_YEARS = ["Begroting 2025", "Raming 2026", "Raming 2027", "Raming 2028"]
# algemene dekkingsmiddelen, overhead and onvoorzien for 2026-2028 (x € 1.000)
ADM_B = [None, 55256, 55621, 56260]
ADM_L = [None, -556, -556, -556]
OH_B = [None, 3398, 3414, 3452]
OH_L = [None, -15547, -15502, -15530]
ONV_L = [None, -26, -26, -26]
ADM_B[0], ADM_L[0] = k(ADM_B_EUR), k(ADM_L_EUR)
OH_B[0], OH_L[0] = k(TVD[OH_CODE][1]), k(TVD[OH_CODE][2])
ONV_L[0] = k(ONV_L_EUR)
P3R_B_EUR = PB_EUR[P3] - ADM_B_EUR - TVD[OH_CODE][1]
P3R_L_EUR = PL_EUR[P3] - ADM_L_EUR - TVD[OH_CODE][2] - ONV_L_EUR
P3R_B = [k(P3R_B_EUR)] + [W_BATEN[P3][i] - ADM_B[i - 2] - OH_B[i - 2] for i in (3, 4, 5)]
P3R_L = [k(P3R_L_EUR)] + [W_LASTEN[P3][i] - ADM_L[i - 2] - OH_L[i - 2] - ONV_L[i - 2] for i in (3, 4, 5)]
for j in range(4):
    assert 500 < P3R_B[j] < 800 and -4500 < P3R_L[j] < -3800, (P3R_B, P3R_L)
REC_PROG_B = [k(sum(PB_EUR[p] for p in PROGS if p != P3) + P3R_B_EUR)] + [
    sum(W_BATEN[p][i] for p in PROGS if p != P3) + P3R_B[i - 2] for i in (3, 4, 5)]
REC_PROG_L = [k(sum(PL_EUR[p] for p in PROGS if p != P3) + P3R_L_EUR)] + [
    sum(W_LASTEN[p][i] for p in PROGS if p != P3) + P3R_L[i - 2] for i in (3, 4, 5)]

# Tabel 11.1 Financieel meerjarenbeeld (x € 1.000), columns 2025-2028.  The first row is the geraamde resultaat
# of the primitieve Begroting 2024 (its 2025-2027 figures are the ones printed there; 2028 = 2027 extrapolated).
MJB_START = [368, -4314, -4077, -4077]
MJB_ROWS = [
    ("Structurele doorwerking Voorjaarsnota 2024", [-212, -198, -205, -205]),
    ("Kadernota 2025", [-1346, -1020, -655, -320]),
    ("Meicirculaire 2024", [2205, 1140, 896, 1341]),
    ("Hogere bijdrage Veiligheidsregio Haaglanden", [-48, -48, -48, -48]),
    ("Jeugdhulp: hogere tarieven en volume", [-690, -640, -590, -590]),
    ("Opvang ontheemden Oekraïne: lagere bijdrage Rijk", [-95, 0, 0, 0]),
    ("CAO-ontwikkeling 2025", [-410, -410, -410, -410]),
    ("Hogere opbrengst OZB (trendmatig 2,9%)", [264, 264, 264, 264]),
]
MJB_END = TOT_RES[2:]
MJB_TECH = [MJB_END[j] - MJB_START[j] - sum(r[1][j] for r in MJB_ROWS) for j in range(4)]
assert all(abs(x) < 50 for x in MJB_TECH), MJB_TECH
MJB_ROWS.append(("Kleine technische mutaties", MJB_TECH))
MJB_KADER_NA = [MJB_START[j] + MJB_ROWS[0][1][j] + MJB_ROWS[1][1][j] for j in range(4)]

# Tabel 12.6 reserves (x € 1.000): stand 31-12-2024, then per year vermeerderingen / verminderingen / stand
RES_START = [  # name, stand 31-12-2024, group
    ("Algemene reserve (vrij besteedbaar)", 44215, "alg"),
    ("Algemene reserve weerstandsvermogen", 8000, "alg"),
    ("BR volkshuisvesting en duurzaamh.", 527, "best"),
    ("BR kunstopdrachten", 44, "best"),
    ("BR uitvoering Sociaal domein", 702, "best"),
    ("BR invest sport (beg 17)", 129, "best"),
    ("BR verkeersprojecten", 51, "best"),
    ("BR egalisatie omgevingsverg.", 985, "best"),
    ("BR grote projecten", 1590, "best"),
    ("BR Groencompensatie Amerikaans Ambassade", 375, "best"),
    ("BR Transitievisies Klimaatakkoord", 35, "best"),
    ("BR Reorganisatie", 636, "best"),
]
# verminderingen (onttrekkingen) per reserve per year 2025-2028; they must add up to the programme onttrekkingen
RES_MIN = {
    "Algemene reserve (vrij besteedbaar)": [-900, -300, 0, 0],
    "BR uitvoering Sociaal domein": [-120, -60, 0, 0],
    "BR grote projecten": [-250, -150, 0, 0],
    "BR volkshuisvesting en duurzaamh.": [-97, 0, 0, 0],
}
RES_PLUS: dict[str, list[int]] = {}
RES_STAND: dict[str, list[int]] = {}
for _n, _s, _g in RES_START:
    st, cur = [], _s
    for j in range(4):
        cur += RES_PLUS.get(_n, [0] * 4)[j] + RES_MIN.get(_n, [0] * 4)[j]
        st.append(cur)
    RES_STAND[_n] = st
for j in range(4):
    assert -sum(v[j] for v in RES_MIN.values()) == TOT_ONTT[2 + j], (j, TOT_ONTT)
    assert sum(v[j] for v in RES_PLUS.values()) == -TOT_TOEV[2 + j]
RES_TOT_START = sum(r[1] for r in RES_START)
RES_TOT_STAND = [sum(RES_STAND[r[0]][j] for r in RES_START) for j in range(4)]
RES_ALG_START = sum(r[1] for r in RES_START if r[2] == "alg")
RES_ALG_STAND = [sum(RES_STAND[r[0]][j] for r in RES_START if r[2] == "alg") for j in range(4)]
RES_BEST_START = RES_TOT_START - RES_ALG_START
RES_BEST_STAND = [RES_TOT_STAND[j] - RES_ALG_STAND[j] for j in range(4)]

# Tabel 7.2 tariffs (euros): 2022-2024 as printed before, 2025 new
TAR_HOND = [("eerste hond", ["89,28", "92,04", "95,04", "97,80"]),
            ("tweede hond", ["134,16", "138,36", "142,80", "146,88"]),
            ("elke volgende hond", ["177,00", "182,52", "188,40", "193,80"])]
TAR_TOER = [("per overnachting (camping)", ["1,35", "1,65", "1,70", "1,75"]),
            ("per overnachting (hotel/pension)", ["3,39", "4,15", "4,28", "4,40"])]
TAR_YEARS = ["2022", "2023", "2024", "2025"]
# Tabel 7.4 riool- en waterzorgheffing: tarief 2024, tarief 2025
TAR_RIOOL = [("Huishouden", None),
             ("vastrecht t/m 80 m3", ("135,24", "137,40")),
             ("per m3 boven 80 m3", ("1,69", "1,72")),
             ("Bedrijf", None),
             ("vastrecht t/m 120 m3", ("202,80", "206,04")),
             ("per m3 boven 120 m3", ("1,69", "1,72")),
             ("per m3 boven 1.000 m3", ("0,74", "0,75"))]
# Tabel 7.6 afvalstoffenheffing: tarief 2024, tarief 2025 (cost coverage goes from 95,6% to 100%)
TAR_AFVAL = [("Eenpersoonshuishouden (gelaagde bouw)", ("352,20", "368,76")),
             ("Meerpersoonshuishouden (gelaagde bouw)", ("507,12", "530,88")),
             ("Eenpersoonshuishouden (laagbouw)", ("359,28", "376,20")),
             ("Meerpersoonshuishouden (laagbouw)", ("517,32", "541,56"))]
AFVAL_DEKKING = (95.6, 100.0)


def eur_cents(s):
    return round(float(s.replace(".", "").replace(",", ".")), 2)


# Tabel 7.5 kostendekkendheid afvalstoffenheffing 2025 (whole euros)
AFV_KOSTEN = 4764000
AFV_INK = -231000
AFV_NETTO = AFV_KOSTEN + AFV_INK
AFV_OH = 214000
AFV_BTW = 1004000
AFV_TOEREK = AFV_OH + AFV_BTW
AFV_TOTAAL = AFV_NETTO + AFV_TOEREK
AFV_OPBR = 5751000
AFV_PCT = round(100 * AFV_OPBR / AFV_TOTAAL, 1)
assert AFV_PCT == 100.0 or abs(AFV_PCT - 100.0) < 0.06, AFV_PCT

# Tabel 7.14 woonlasten bij WOZ € 350.000 (OZB tarief woningen 0,09834% in 2025)
WL_OZB = ("344,22", "354,90")
WL_RIOOL_1 = ("135,24", TAR_RIOOL[1][1][1])
WL_RIOOL_M = ("275,52", "280,68")
WL = {"een": [("1. OZB woningen *", WL_OZB), ("2. Afvalstoffenheffing", (TAR_AFVAL[0][1])),
              ("3. Rioolheffing:", WL_RIOOL_1)],
      "meer": [("1. OZB woningen *", WL_OZB), ("2. Afvalstoffenheffing", (TAR_AFVAL[1][1])),
               ("3. Rioolheffing:", WL_RIOOL_M)]}
WL_TOT = {h: tuple(round(sum(eur_cents(r[1][j]) for r in WL[h]), 2) for j in range(2)) for h in WL}
WL_PCT = {h: round(100 * (WL_TOT[h][1] - WL_TOT[h][0]) / WL_TOT[h][0], 1) for h in WL}

# Tabel 8.1 risico's (x € 1.000): bedrag impact, kans, bedrag x kans
RISICO = [("Jeugdzorg Open einde regeling", 1200, 70),
          ("Wmo Open einde regeling", 800, 70),
          ("Beroep op uitkeringen inkomensvoorzieningen gemeenten (BUIG)", 250, 70),
          ("Gemeentefonds", 1400, 90),
          ("Gemeenschappelijke regelingen", 3412, 10),
          ("Garantstellingen", 842, 10),
          ("Opvang ontheemden Oekraïne", 500, 50)]
RISICO_OVERIG = 291.8
RISICO_KANS = [round(b * p / 100, 1) for _, b, p in RISICO]
RISICO_TOT = round(sum(RISICO_KANS) + RISICO_OVERIG, 1)
WV_BESCHIKBAAR = 52215000           # algemene reserve stand 31-12-2024 + weerstandsreserve
assert WV_BESCHIKBAAR == 1000 * RES_ALG_START
WV_BENODIGD = int(round(RISICO_TOT * 1000))
WV_RATIO = round(WV_BESCHIKBAAR / WV_BENODIGD, 1)
assert 2.0 < WV_RATIO < 17.4, WV_RATIO

# Tabel 8.3 kengetallen (%): 2023 Verslag, 2024 Begr., 2025 Begr.
KG = [("1a. Netto schuldquote", ["21", "24", "27"]),
      ("1b. Netto schuldquote gecorrigeerd voor verstrekte leningen", ["24", "29", "31"]),
      ("2. Solvabiliteitsratio", ["67", "65", "63"]),
      ("3. Structurele exploitatie ruimte", ["1,12", "0,04", "0,06"]),
      ("4. Grondexploitatie", ["n.v.t.", "n.v.t.", "n.v.t."]),
      ("5. Belastingcapaciteit", ["171", "172", "174"])]

# Tabel 2.1 effectindicatoren P2 (Peilwaarde, streefwaarden Begroting 2025-2028)
EFF_P2 = [("% inwoners met schuldenproblematiek", "5,8% (2023)", ["5,7%", "5,6%", "5,5%", "5,5%"]),
          ("Aantal inwoners met bijstandsuitkering per 1.000 inwoners", "24,6 (2023)", ["24", "23", "22", "22"]),
          ("% jongeren tot 18 jaar met jeugdhulp", "8,7% (2023)", ["8,6%", "8,5%", "8,4%", "8,3%"]),
          ("% eenzaamheid*", "47% (2022)", ["46%", "45%", "44%", "43%"])]

# Tabel 2.2 investeringen P2 (whole euros): reeds beschikbaar, 2025, 2026, 2027, 2028
INV_P2 = [("Gymzaal Burmanlaan", [1651000, 0, 0, 0, 0]),
          ("Vervanging kunstgrasveld Kieviten", [0, 640000, 0, 0, 0]),
          ("Inrichting jongerencentrum Dr. Mansveltkade", [0, 85000, 0, 0, 0]),
          ("Verduurzaming Paauwlaan 12", [195000, 0, 0, 0, 0]),
          ("Speelvoorzieningen schoolpleinen", [0, 0, 120000, 120000, 0])]
INV_P2_TOT = [sum(r[1][j] for r in INV_P2) for j in range(5)]
INV_P2_ROWTOT = {n: sum(v) for n, v in INV_P2}

# prose figures, Begroting 2025
OEKRAINE_BUDGET = 2100000            # "jaarlijks budget van € 2.100.000" (the Begroting 2024 says € 2.500.000)
OEKRAINE_GEMEENTELIJK = 58            # persons in municipal locations
COA_VERGOEDING = 350000
JEUGD_EXTRA = 690000                  # "Jeugdhulp (hogere lasten € 690.000)" = MJB row 2025 x 1000
assert JEUGD_EXTRA == -1000 * [r for r in MJB_ROWS if r[0].startswith("Jeugdhulp")][0][1][0]

if __name__ == "__main__":
    print("Twenterand totals", T_TOT_L, T_TOT_B, T_SALDO, T_RESULT)
    print("Wassenaar 2025: alg. uitkering", ALG_UITK_2025, "result", RESULT_EUR)
    for p in PROGS:
        print(p, W_BATEN[p], W_LASTEN[p], W_SALDO[p], W_RES[p])
    print("tot", TOT_B, TOT_L, TOT_S, TOT_MUT, TOT_RES)
    print("recap P3 rest", P3R_B, P3R_L, "ADM", ADM_B, ADM_L, "OH", OH_B, OH_L)
    print("MJB tech", MJB_TECH, "ratio", WV_RATIO, RISICO_TOT, "afval", AFV_PCT, "WL", WL_TOT, WL_PCT)
    print("reserves", RES_TOT_START, RES_TOT_STAND, RES_ALG_STAND)
