"""Every figure of the two set-aj documents, typed once. Totals, saldi, stands, shares and other derived figures are
computed here; the asserts at the bottom tie the figures together. Run `python data.py` to check.

P = Provincie Vlietmarken, Begroting 2040 (online begroting, HTML); amounts in x EUR 1.000 unless said otherwise.
A = Afvalschap Heiderand, Jaarrekening 2039 (spreadsheet export, PDF); amounts in whole euros unless said otherwise.
"""
from __future__ import annotations

# ============================================================================ Provincie Vlietmarken
P_BODY = "Provincie Vlietmarken"
P_YEAR = 2040
P_FILE = "provincie-vlietmarken-begroting-2040.html"
P_TITLE = "Begroting 2040 Provincie Vlietmarken"

# columns of the multi-year tables
YCOLS = ["Rekening 2038", "Begroting 2039", "Begroting 2040", "Raming 2041", "Raming 2042", "Raming 2043"]
YEARS = [2038, 2039, 2040, 2041, 2042, 2043]

PROGS = ["Mobiliteit", "Natuur en water", "Economie", "Energietransitie", "Bestuur"]
ADM = "Algemene dekkingsmiddelen"

LASTEN = {  # x 1.000, per YCOLS
    "Mobiliteit": [158412, 164905, 171236, 173540, 169880, 167215],
    "Natuur en water": [79845, 84310, 88874, 89125, 87940, 87402],
    "Economie": [38517, 40260, 45093, 39850, 38412, 37904],
    "Energietransitie": [29304, 35785, 41266, 44185, 40733, 36529],
    "Bestuur": [58910, 60447, 62688, 63020, 63415, 63809],
    ADM: [2612, 2905, 3140, 3140, 3140, 3140],
}
BATEN = {
    "Mobiliteit": [41330, 43118, 44902, 45310, 45310, 45310],
    "Natuur en water": [18226, 19405, 21330, 21330, 20115, 20115],
    "Economie": [4118, 3902, 4210, 3875, 3875, 3875],
    "Energietransitie": [6512, 8930, 10445, 11207, 9860, 7215],
    "Bestuur": [2045, 2110, 2185, 2185, 2185, 2185],
    ADM: [291488, 304672, 318505, 322904, 316118, 309450],
}
ROWS = PROGS + [ADM]
SALDO = {p: [b - l for b, l in zip(BATEN[p], LASTEN[p])] for p in ROWS}
TOT_LASTEN = [sum(LASTEN[p][i] for p in ROWS) for i in range(6)]
TOT_BATEN = [sum(BATEN[p][i] for p in ROWS) for i in range(6)]
SALDO_BL = [b - l for b, l in zip(TOT_BATEN, TOT_LASTEN)]

# reserves 2040: name -> (stand 1-1-2040, toevoeging, onttrekking); the Egalisatiereserve onttrekking closes 2040
RES_ORDER = ["Algemene reserve", "Egalisatiereserve", "Reserve Mobiliteitsfonds", "Reserve Natuurnetwerk",
             "Reserve Energietransitie", "Reserve Economische structuurversterking",
             "Reserve Cofinanciering Europese programma's"]
RES = {
    "Algemene reserve": [48620, 1500, 0],
    "Egalisatiereserve": [12340, 0, None],
    "Reserve Mobiliteitsfonds": [36915, 6400, 6870],
    "Reserve Natuurnetwerk": [22480, 2150, 3365],
    "Reserve Energietransitie": [18760, 0, 4940],
    "Reserve Economische structuurversterking": [9405, 1000, 2615],
    "Reserve Cofinanciering Europese programma's": [6210, 880, 1230],
}
RESULTAAT = [6118, 0, 412, 1208, -385, 960]          # geraamd resultaat per YCOLS (rekening: werkelijk)
TOEV = [14210, 12805, None, 10250, 9875, 9640]       # 2040 = sum of the reserve table
_t40 = sum(RES[r][1] for r in RES)
TOEV[2] = _t40
_o40 = RESULTAAT[2] - SALDO_BL[2] + _t40
RES["Egalisatiereserve"][2] = _o40 - sum(RES[r][2] for r in RES if RES[r][2] is not None)
ONTT = [RESULTAAT[i] - SALDO_BL[i] + TOEV[i] for i in range(6)]
RES_END = {r: RES[r][0] + RES[r][1] - RES[r][2] for r in RES}
RES_TOT = [sum(RES[r][k] for r in RES) for k in range(3)]
RES_TOT_END = sum(RES_END.values())

# Meerjarig financieel perspectief in EUR mln, one decimal (2040-2043)
def mln(x_k):
    """x 1.000 -> EUR mln, one decimal, half away from zero"""
    v = x_k / 1000
    r = int(abs(v) * 10 + 0.5) / 10
    return r if v >= 0 else -r


MJP_COLS = ["2040", "2041", "2042", "2043"]
MJP = {
    "Totale lasten": [mln(TOT_LASTEN[i]) for i in range(2, 6)],
    "Totale baten": [mln(TOT_BATEN[i]) for i in range(2, 6)],
    "Saldo van baten en lasten": [mln(SALDO_BL[i]) for i in range(2, 6)],
    "Saldo mutaties reserves": [mln(ONTT[i] - TOEV[i]) for i in range(2, 6)],
    "Begrotingssaldo": [mln(RESULTAAT[i]) for i in range(2, 6)],
}

# investeringskredieten x 1.000: krediet, besteed t/m 2039, 2040, 2041; "2042 e.v." = the rest
INV_COLS = ["Krediet", "Besteed t/m 2039", "2040", "2041", "2042 e.v."]
INV = {
    "Reconstructie Kanaalweg-Noord": [24600, 8150, 9800, 5200],
    "Vervanging brug Vlietsluis": [17350, 2040, 6300, 7410],
    "Snelfietsroute Vlietstad-Zuidervliet": [11480, 3210, 4950, 3320],
    "Verduurzaming provinciehuis": [8925, 1125, 3600, 4200],
    "Vispassages en stuwen": [4760, 980, 1790, 1330],
    "Busstations en OV-knooppunten": [6140, 0, 2450, 2890],
}
for k, v in INV.items():
    v.append(v[0] - v[1] - v[2] - v[3])
INV_TOT = [sum(v[i] for v in INV.values()) for i in range(5)]

# opcenten motorrijtuigenbelasting
OPC_COLS = ["2039", "2040", "2041", "2042", "2043"]
OPC_TARIEF = [88.3, 91.6, 91.6, 93.0, 93.0]
OPC_OPBRENGST = [118240, 124905, 126110, 129380, 130215]   # x 1.000
OPC_LANDELIJK = [86.4, 88.1, None, None, None]
OPC_AUTO_EUR = 318                                          # prose: personenauto 1.200 kg benzine, 2040

# weerstandsvermogen x 1.000 (Begroting 2039, Begroting 2040)
WV_COLS = ["Begroting 2039", "Begroting 2040"]
WV_BESCHIKBAAR = [88900, 96450]
WV_BENODIGD = [58400, 61820]
WV_RATIO = [round(a / b, 2) for a, b in zip(WV_BESCHIKBAAR, WV_BENODIGD)]

# kengetallen in % (Rekening 2038, Begroting 2039, Begroting 2040)
KG_COLS = ["Rekening 2038", "Begroting 2039", "Begroting 2040"]
KG = {
    "Netto schuldquote": [-18.4, -12.7, -6.9],
    "Netto schuldquote gecorrigeerd voor alle verstrekte leningen": [-24.1, -17.3, -10.2],
    "Solvabiliteitsratio": [52.3, 49.8, 47.1],
    "Structurele exploitatieruimte": [3.2, 1.8, 1.1],
    "Belastingcapaciteit": [101.5, round(100 * OPC_TARIEF[0] / OPC_LANDELIJK[0], 1),
                            round(100 * OPC_TARIEF[1] / OPC_LANDELIJK[1], 1)],
}

# overhead x 1.000 (Begroting 2039, Begroting 2040)
OH_COLS = ["Begroting 2039", "Begroting 2040"]
OH = {
    "Personeel en inhuur bedrijfsvoering": [21340, 22185],
    "Huisvesting en facilitaire zaken": [6210, 6480],
    "ICT en informatievoorziening": [7905, 8630],
    "Financiën, control en inkoop": [3120, 3245],
    "Communicatie": [1480, 1515],
}
OH_TOT = [sum(v[i] for v in OH.values()) for i in range(2)]
OH_SHARE_2040 = round(100 * OH_TOT[1] / TOT_LASTEN[2], 1)

# beleidsindicatoren: programme -> [(indicator, eenheid, bron, 2037, 2038, doel 2040)]
IND_COLS = ["Waarde 2037", "Waarde 2038", "Doel 2040"]
IND = {
    "Mobiliteit": [("Verkeersdoden op provinciale wegen", "aantal", "BRON (Rijkswaterstaat)", 12, 9, 5),
                   ("Reizigers in het streekvervoer", "mln reizen", "OV-concessie Vlietmarken", 21.4, 22.9, 25.0)],
    "Natuur en water": [("Gerealiseerd Natuurnetwerk", "hectare", "Natuurmonitor provincie", 14820, 15260, 16500),
                        ("Waterlichamen in goede ecologische toestand", "%", "KRW-rapportage", 38, 41, 60)],
    "Economie": [("Werkloosheid", "%", "CBS", 3.9, 3.6, 3.5),
                 ("Aantal vestigingen", "aantal", "LISA", 52140, 53085, 54000)],
    "Energietransitie": [("Aandeel hernieuwbare energie", "%", "Klimaatmonitor", 31.4, 34.9, 45.0),
                         ("Opgesteld vermogen zon op dak", "MW", "Klimaatmonitor", 640, 785, 1100)],
    "Bestuur": [("Klanttevredenheid dienstverlening", "rapportcijfer", "Eigen klanttevredenheidsonderzoek", 7.2, 7.4,
                 7.5),
                ("Gemiddelde afhandeltermijn Woo-verzoeken", "dagen", "Eigen registratie", 41, 37, 28)],
}

# prose figures
RES_EUR_MLN = 4.8              # Regionale Energiestrategie 2040, "€ 4,8 miljoen"
NATUUR_HA_2040 = 440           # hectare nieuwe natuur in 2040
ENE_STIJGING_41 = LASTEN["Energietransitie"][3] - LASTEN["Energietransitie"][2]   # "bijna € 3 miljoen"
MOB_SHARE_2040 = 100 * LASTEN["Mobiliteit"][2] / TOT_LASTEN[2]                    # "ruim 40%"
INV_2040 = INV_TOT[2]

# KPI tiles (EUR mln one decimal)
KPI = {
    "totale lasten": mln(TOT_LASTEN[2]),
    "totale baten": mln(TOT_BATEN[2]),
    "investeringen": mln(INV_2040),
    "begrotingssaldo": mln(RESULTAAT[2]),
}

# ============================================================================ Afvalschap Heiderand
A_BODY = "Afvalschap Heiderand"
A_YEAR = 2039
A_FILE = "afvalschap-heiderand-jaarrekening-2039.pdf"
A_TITLE = "Jaarrekening 2039 Afvalschap Heiderand"

EX_COLS = ["Begroting 2039 primitief", "Begroting 2039 na wijziging", "Realisatie 2039", "Verschil",
           "Realisatie 2038"]
# lasten: primitief, na wijziging, realisatie 2039, realisatie 2038
EX_LASTEN = {
    "Inzameling restafval": [4285000, 4310000, 4402318, 4190552],
    "Inzameling GFT": [2640000, 2655000, 2598740, 2512906],
    "Inzameling oud papier en karton": [1120000, 1120000, 1187455, 1098210],
    "Inzameling PMD": [1480000, 1530000, 1561093, 1402377],
    "Recyclingparken": [3215000, 3340000, 3295812, 3087645],
    "Verwerking restafval": [6870000, 6790000, 6512904, 6905118],
    "Verwerking GFT": [1310000, 1310000, 1356207, 1288430],
    "Bedrijfsvoering en overhead": [3415000, 3480000, 3538126, 3301994],
}
EX_BATEN_OTHER = {
    "Vergoedingen verpakkingen": [1240000, 1240000, 1312660, 1198405],
    "Opbrengst oud papier en karton": [690000, 640000, 571232, 702118],
    "Bedrijfsafval en particuliere aanvoer": [845000, 880000, 934517, 861290],
    "Overige baten": [95000, 95000, 121408, 88917],
}
# reserves and voorzieningen 2039 (euros): stand 1-1-2039, toevoeging, onttrekking
RV_COLS = ["Stand 1-1-2039", "Toevoeging", "Onttrekking", "Stand 31-12-2039"]
A_RES = {
    "Algemene reserve": [1850000, 0, 0],
    "Egalisatiereserve tarieven": [942310, 120000, 0],
    "Reserve vervanging materieel": [1615400, 380000, 512700],
    "Reserve circulaire transitie": [430000, 0, 186250],
}
A_VZ = {
    "Voorziening groot onderhoud recyclingparken": [618900, 145000, 98340],
    "Voorziening nazorg voormalige stortplaats": [2104600, 62000, 41180],
    "Voorziening wachtgeldverplichtingen": [88450, 0, 31620],
}
for dct in (A_RES, A_VZ):
    for k, v in dct.items():
        v.append(v[0] + v[1] - v[2])
A_RES_TOT = [sum(v[i] for v in A_RES.values()) for i in range(4)]
A_VZ_TOT = [sum(v[i] for v in A_VZ.values()) for i in range(4)]
# reserve mutations in the exploitatie: primitief, na wijziging, realisatie 2039, realisatie 2038
EX_TOEV = [500000, 500000, A_RES_TOT[1], 410000]
EX_ONTT = [512700, 698950, A_RES_TOT[2], 355800]

# deelnemers: huishoudens 1-1-2038
DEELN = {"Brakenstein": 18412, "Dommelgouw": 31275, "Kempenveen": 12908, "Marswold": 24630, "Zevenmolen": 9744,
         "Tjaarderveen": 15386, "Gaasterwijk": 7219}
HH_TOT = sum(DEELN.values())


def _lasten_col(i):
    return sum(v[i] for v in EX_LASTEN.values())


def _other_col(i):
    return sum(v[i] for v in EX_BATEN_OTHER.values())


# the deelnemersbijdrage closes the begroting (primitief and na wijziging) to resultaat 0 after the reserves
BIJDRAGE_PRIM = _lasten_col(0) - _other_col(0) + EX_TOEV[0] - EX_ONTT[0]
BIJDRAGE_WIJZ = _lasten_col(1) - _other_col(1) + EX_TOEV[1] - EX_ONTT[1]
BIJDRAGE_2038 = 21203000
# the bijdrage per deelnemer follows the begroting na wijziging (share of huishoudens); rounding to the largest
_big = max(DEELN, key=DEELN.get)
BIJ = {g: round(BIJDRAGE_WIJZ * h / HH_TOT) for g, h in DEELN.items()}
BIJ[_big] += BIJDRAGE_WIJZ - sum(BIJ.values())
AANDEEL = {g: round(100 * h / HH_TOT, 2) for g, h in DEELN.items()}
_abig = round(100 - sum(v for g, v in AANDEEL.items() if g != _big), 2)
AANDEEL[_big] = _abig

EX_BATEN = {"Deelnemersbijdragen": [BIJDRAGE_PRIM, BIJDRAGE_WIJZ, BIJDRAGE_WIJZ, BIJDRAGE_2038]}
EX_BATEN.update(EX_BATEN_OTHER)
EX_TOT_L = [_lasten_col(i) for i in range(4)]
EX_TOT_B = [sum(v[i] for v in EX_BATEN.values()) for i in range(4)]
EX_SALDO = [b - l for b, l in zip(EX_TOT_B, EX_TOT_L)]
EX_RESULT = [EX_SALDO[i] - EX_TOEV[i] + EX_ONTT[i] for i in range(4)]


def verschil(row4):
    """Verschil column: realisatie 2039 - begroting na wijziging"""
    return row4[2] - row4[1]


# resultaatbestemming: 60% terug naar de deelnemers, de rest naar de egalisatiereserve tarieven
RESULT_2039 = EX_RESULT[2]
TERUG = round(RESULT_2039 * 0.6)
NAAR_EGAL = RESULT_2039 - TERUG
TERUG_G = {g: round(TERUG * h / HH_TOT) for g, h in DEELN.items()}
TERUG_G[_big] += TERUG - sum(TERUG_G.values())
NETTO_G = {g: BIJ[g] - TERUG_G[g] for g in DEELN}

# afwijkingen: product -> (kind, toelichting); Afwijking = voordelig positive: lasten begroot - werkelijk,
# baten werkelijk - begroot
AFW = [
    ("Inzameling restafval", "L",
     "Hogere brandstofkosten en extra inzeturen na de overgang naar de nieuwe routeplanning in het voorjaar."),
    ("Verwerking restafval", "L",
     "Minder aangeboden restafval (96 kg per inwoner) en een lager verwerkingstarief door de nieuwe "
     "aanbesteding van de verbrandingscapaciteit."),
    ("Verwerking GFT", "L", "Meer aangeboden GFT door het natte groeiseizoen; de composteerder rekende per ton."),
    ("Opbrengst oud papier en karton", "B",
     "De papierprijs daalde in de tweede helft van 2039 sterk; de vergoeding per ton lag onder de raming."),
    ("Vergoedingen verpakkingen", "B", "Hogere vergoeding van het Afvalfonds door betere sorteerresultaten PMD."),
    ("Bedrijfsafval en particuliere aanvoer", "B",
     "Meer aanvoer van bouw- en sloopafval op de recyclingparken tegen betaling."),
]


def afwijking(prod, kind):
    if kind == "L":
        v = EX_LASTEN[prod]
        return v[1] - v[2]
    v = EX_BATEN[prod]
    return v[2] - v[1]


# balans x 1.000: 31-12-2039, 31-12-2038
BAL_COLS = ["31-12-2039", "31-12-2038"]
BAL_ACT = {
    "Materiële vaste activa": [18845, 17310],
    "Financiële vaste activa": [1250, 1300],
    "Voorraden": [186, 172],
    "Uitzettingen korter dan één jaar": [3412, 3088],
    "Liquide middelen": None,
    "Overlopende activa": [1207, 1354],
}
_res_end_k = round(A_RES_TOT[3] / 1000)
_res_beg_k = round(A_RES_TOT[0] / 1000)
BAL_PAS = {
    "Eigen vermogen: reserves": [_res_end_k, _res_beg_k],
    "Gerealiseerd resultaat": [round(RESULT_2039 / 1000), round(EX_RESULT[3] / 1000)],
    "Voorzieningen": [round(A_VZ_TOT[3] / 1000), round(A_VZ_TOT[0] / 1000)],
    "Vaste schulden met een looptijd van één jaar of langer": [14600, 15800],
    "Netto vlottende schulden": [2964, 3130],
    "Overlopende passiva": [1188, 1026],
}
BAL_TOT_PAS = [sum(v[i] for v in BAL_PAS.values()) for i in range(2)]
BAL_ACT["Liquide middelen"] = [BAL_TOT_PAS[i] - sum(v[i] for k, v in BAL_ACT.items() if v is not None)
                               for i in range(2)]
BAL_TOT_ACT = [sum(v[i] for v in BAL_ACT.values()) for i in range(2)]

# personeel: (team, [(functie, schaal, formatie fte, bezetting fte)])
PERS = [
    ("Directie en staf", [("Directeur", "14", 1.0, 1.0), ("Managementassistent", "8", 0.89, 0.89),
                          ("Beleidsadviseur circulaire economie", "11", 1.0, 0.78),
                          ("Adviseur communicatie", "10", 0.78, 0.78), ("Jurist", "11", 0.56, 0.56)]),
    ("Bedrijfsvoering", [("Teamleider bedrijfsvoering", "11", 1.0, 1.0), ("Controller", "11", 1.0, 1.0),
                         ("Financieel administratief medewerker", "8", 2.67, 2.44),
                         ("Medewerker salarisadministratie", "8", 0.89, 0.89), ("HR-adviseur", "10", 1.0, 0.89),
                         ("Inkoopadviseur", "10", 0.78, 0.78), ("Informatiemanager", "11", 1.0, 1.0),
                         ("Functioneel beheerder", "9", 1.0, 1.0), ("Applicatiebeheerder", "9", 0.89, 0.0),
                         ("KAM-coördinator", "10", 1.0, 1.0)]),
    ("Klantcontact", [("Teamleider klantcontact", "9", 1.0, 1.0),
                      ("Klantcontactmedewerker", "6", 5.33, 5.11),
                      ("Medewerker meldingen en containerbeheer", "6", 2.0, 2.0),
                      ("Handhaver afvalbeleid", "8", 2.0, 1.78),
                      ("Afvalcoach", "7", 1.56, 1.56)]),
    ("Inzameling", [("Teamleider inzameling", "10", 1.0, 1.0), ("Planner inzameling", "8", 2.0, 2.0),
                    ("Routeplanner", "8", 1.0, 1.0), ("Chauffeur zijlader", "6", 18.0, 17.0),
                    ("Chauffeur achterlader", "6", 6.0, 6.0), ("Chauffeur kraanwagen", "7", 4.0, 4.0),
                    ("Belader", "4", 9.0, 7.67), ("Chauffeur containerwagen bedrijven", "6", 2.0, 2.0),
                    ("Medewerker ondergrondse containers", "5", 2.0, 2.0),
                    ("Medewerker grofvuil op afspraak", "5", 3.0, 3.0),
                    ("Medewerker zwerfafval", "4", 2.0, 2.0), ("Coördinator wijkinzameling", "8", 1.0, 1.0),
                    ("Medewerker textielinzameling", "4", 1.0, 1.0),
                    ("Medewerker kerstbomenactie (seizoen)", "3", 0.22, 0.22)]),
    ("Recyclingparken", [("Coördinator recyclingparken", "9", 1.0, 1.0),
                         ("Parkbeheerder recyclingpark Noord", "6", 2.0, 2.0),
                         ("Parkbeheerder recyclingpark Oost", "6", 2.0, 2.0),
                         ("Parkbeheerder recyclingpark Zuid", "6", 2.0, 2.0),
                         ("Parkbeheerder recyclingpark West", "6", 2.0, 1.0),
                         ("Parkbeheerder recyclingpark Centrum", "6", 2.0, 2.0),
                         ("Parkbeheerder recyclingpark Haven", "6", 1.0, 1.0),
                         ("Medewerker acceptatie en weging", "5", 3.0, 3.0),
                         ("Medewerker klein chemisch afval", "6", 1.0, 1.0),
                         ("Shovelmachinist", "6", 2.0, 2.0), ("Medewerker kringloopuitgifte", "4", 1.5, 1.5)]),
    ("Werkplaats en materieel", [("Chef werkplaats", "9", 1.0, 1.0),
                                 ("Monteur bedrijfswagens", "7", 4.0, 3.0),
                                 ("Monteur hydrauliek", "7", 1.0, 1.0),
                                 ("Magazijnmedewerker", "5", 1.0, 1.0),
                                 ("Medewerker wagenpark en keuringen", "6", 1.0, 1.0),
                                 ("Containeronderhoudsmedewerker", "5", 2.0, 2.0),
                                 ("Medewerker chipregistratie", "5", 1.0, 1.0)]),
]
PERS_ROWS = [(t, f, s, fo, be) for t, fs in PERS for (f, s, fo, be) in fs]
FTE_FORM = round(sum(r[3] for r in PERS_ROWS), 2)
FTE_BEZ = round(sum(r[4] for r in PERS_ROWS), 2)
PK_COLS = ["Begroting 2039 na wijziging", "Realisatie 2039"]
PK = {
    "Salarissen en sociale lasten": [7415000, 7362488],
    "Inhuur derden": [310000, 486215],
    "Opleidingen": [95000, 81330],
    "Overige personeelskosten": [142000, 151907],
}
PK_TOT = [sum(v[i] for v in PK.values()) for i in range(2)]

# kerncijfers (voorblad)
KERN = [
    ("Deelnemende gemeenten", "aantal", len(DEELN)),
    ("Huishoudens (1-1-2038)", "aantal", HH_TOT),
    ("Restafval per inwoner", "kg", 96),
    ("Afvalscheidingspercentage", "%", 78.4),
    ("Recyclingparken", "aantal", 6),
    ("Formatie", "fte", FTE_FORM),
]

# ============================================================================ checks
if __name__ == "__main__":
    assert all(o > 0 for o in ONTT), ONTT
    assert all(RES[r][2] >= 0 for r in RES) and RES["Egalisatiereserve"][2] > 0, RES
    assert RES_TOT[1] == TOEV[2] and RES_TOT[2] == ONTT[2]
    assert 40 < MOB_SHARE_2040 < 42, MOB_SHARE_2040               # "ruim 40%"
    assert 2_800_000 <= ENE_STIJGING_41 * 1000 < 3_000_000            # "bijna € 3 miljoen"
    assert all(v[4] >= 0 for v in INV.values())
    assert WV_RATIO[1] == 1.56, WV_RATIO
    assert BAL_TOT_ACT == BAL_TOT_PAS and all(x > 0 for x in BAL_ACT["Liquide middelen"])
    assert sum(BIJ.values()) == BIJDRAGE_WIJZ and round(sum(AANDEEL.values()), 2) == 100.0
    assert RESULT_2039 > 0 and sum(TERUG_G.values()) == TERUG
    assert len(PERS_ROWS) >= 50
    assert len({r[1] for r in PERS_ROWS}) == len(PERS_ROWS)
    for prod, kind in [(a, k) for a, k, _ in AFW]:
        assert abs(afwijking(prod, kind)) >= 40000, (prod, afwijking(prod, kind))
    print("P totals", TOT_LASTEN, TOT_BATEN, SALDO_BL, "toev", TOEV, "ontt", ONTT)
    print("P mob share", MOB_SHARE_2040, "ene stijging", ENE_STIJGING_41, "KPI", KPI, "ratio", WV_RATIO)
    print("A lasten", EX_TOT_L, "baten", EX_TOT_B, "saldo", EX_SALDO, "result", EX_RESULT)
    print("A bijdrage", BIJDRAGE_PRIM, BIJDRAGE_WIJZ, BIJ, AANDEEL, "terug", TERUG, NAAR_EGAL)
    print("A fte", FTE_FORM, FTE_BEZ, len(PERS_ROWS), "PK", PK_TOT, "bal", BAL_TOT_ACT, BAL_ACT["Liquide middelen"])
    print("afw", [(a, afwijking(a, k)) for a, k, _ in AFW])
