"""Every figure of the two set-ak documents, typed once. Totals, saldi, reserve stands, shares, ratios and the other
derived figures are computed here; the asserts at the bottom tie them together. Run `python data.py` to check.

W = Gemeente Wervelstede, Programmabegroting 2044 (Word document -> LibreOffice PDF); amounts x EUR 1.000 unless
    said otherwise (the taakveld appendix is in whole euros, tariffs in euros and cents).
K = Omgevingsdienst Keppelwaard, Jaarstukken 2043 (pandoc Markdown); the exploitatie, balans and kengetallen in
    x EUR 1.000 / percent, bijdragen, reserves and resultaat in whole euros.
"""
from __future__ import annotations

# ============================================================================================ Gemeente Wervelstede
W_BODY = "Wervelstede"
W_YEAR = 2044
W_FILE = "wervelstede-programmabegroting-2044.pdf"
W_TITLE = "Programmabegroting 2044"
W_INWONERS = 52318            # 1-1-2043
W_WONINGEN = 23140
W_HECTARE = 6842

YEARS = [2042, 2043, 2044, 2045, 2046, 2047]
YHEAD1 = ["Rekening", "Begroting", "Begroting", "Meerjarenraming", "Meerjarenraming", "Meerjarenraming"]
YCOL = ["Rekening 2042", "Begroting 2043", "Begroting 2044", "Meerjarenraming 2045", "Meerjarenraming 2046",
        "Meerjarenraming 2047"]      # column names as the extractor builds them (merged header + year)

PROGS = ["Sociaal domein", "Wonen en ruimte", "Openbare ruimte", "Bestuur en bedrijfsvoering"]
ADM = "Algemene dekkingsmiddelen"

# taakvelden 2044 per programme: (code, naam, lasten, baten) x 1.000
TV = {
    "Sociaal domein": [
        ("4.2", "Onderwijshuisvesting", 2318, 106),
        ("4.3", "Onderwijsbeleid en leerlingzaken", 3412, 618),
        ("6.1", "Samenkracht en burgerparticipatie", 4876, 312),
        ("6.2", "Toegang en eerstelijnsvoorzieningen", 5234, 0),
        ("6.3", "Inkomensregelingen", 17915, 14208),
        ("6.4", "WSW en beschut werk", 4118, 0),
        ("6.5", "Arbeidsparticipatie", 2987, 145),
        ("6.6", "Maatwerkvoorzieningen (Wmo)", 2654, 96),
        ("6.71", "Maatwerkdienstverlening 18+", 10842, 512),
        ("6.72", "Maatwerkdienstverlening 18-", 11935, 0),
        ("6.81", "Geëscaleerde zorg 18+", 1206, 0),
        ("6.82", "Geëscaleerde zorg 18-", 2431, 0),
        ("7.1", "Volksgezondheid", 2214, 0),
    ],
    "Wonen en ruimte": [
        ("3.1", "Economische ontwikkeling", 842, 35),
        ("3.3", "Bedrijvenloket en bedrijfsregelingen", 318, 205),
        ("3.4", "Economische promotie", 412, 0),
        ("7.4", "Milieubeheer", 2386, 142),
        ("8.1", "Ruimtelijke ordening", 2915, 604),
        ("8.2", "Grondexploitatie (niet-bedrijventerreinen)", 6420, 7115),
        ("8.3", "Wonen en bouwen", 3188, 2276),
    ],
    "Openbare ruimte": [
        ("2.1", "Verkeer, wegen en water", 9846, 412),
        ("2.2", "Parkeren", 1104, 1862),
        ("5.2", "Sportaccommodaties", 4215, 1318),
        ("5.7", "Openbaar groen en (openlucht) recreatie", 5630, 94),
        ("7.2", "Riolering", 6215, 7318),
        ("7.3", "Afval", 6944, 7902),
        ("7.5", "Begraafplaatsen en crematoria", 712, 655),
    ],
    "Bestuur en bedrijfsvoering": [
        ("0.1", "Bestuur", 3215, 22),
        ("0.2", "Burgerzaken", 1784, 912),
        ("0.3", "Beheer overige gebouwen en gronden", 612, 455),
        ("0.4", "Overhead", 17480, 312),
        ("1.1", "Crisisbeheersing en brandweer", 3968, 28),
        ("1.2", "Openbare orde en veiligheid", 1145, 34),
    ],
    ADM: [
        ("0.5", "Treasury", 1905, 1245),
        ("0.61", "OZB woningen", 312, 9862),
        ("0.62", "OZB niet-woningen", 118, 5214),
        ("0.64", "Belastingen overig", 45, 1380),
        ("0.7", "Algemene uitkering en overige uitkeringen gemeentefonds", 0, 88164),
        ("0.8", "Overige baten en lasten", 1240, 85),
        ("0.9", "Vennootschapsbelasting (Vpb)", 36, 0),
    ],
}
TVD = {code: (naam, l, b, p) for p, rows in TV.items() for code, naam, l, b in rows}

# programme lasten/baten per YEARS (x 1.000); 2044 (index 2) = the sum of the taakvelden
_L = {"Sociaal domein": [66874, 69918, None, 73015, 73580, 74122],
      "Wonen en ruimte": [14215, 17842, None, 13906, 12418, 12630],
      "Openbare ruimte": [32108, 33490, None, 35102, 35488, 35790],
      "Bestuur en bedrijfsvoering": [26540, 27315, None, 28410, 28655, 28890],
      ADM: [3120, 3410, None, 3720, 3810, 3905]}
_B = {"Sociaal domein": [15120, 15482, None, 16050, 16050, 16050],
      "Wonen en ruimte": [9105, 11620, None, 7940, 6210, 6210],
      "Openbare ruimte": [18305, 18940, None, 19905, 20240, 20580],
      "Bestuur en bedrijfsvoering": [1690, 1720, None, 1763, 1763, 1763],
      ADM: [98420, 101876, None, 108215, 109940, 111380]}
ROWS = PROGS + [ADM]
LASTEN, BATEN = {}, {}
for p in ROWS:
    LASTEN[p] = list(_L[p])
    BATEN[p] = list(_B[p])
    LASTEN[p][2] = sum(r[2] for r in TV[p])
    BATEN[p][2] = sum(r[3] for r in TV[p])
SALDO = {p: [b - l for b, l in zip(BATEN[p], LASTEN[p])] for p in ROWS}
TOT_L = [sum(LASTEN[p][i] for p in ROWS) for i in range(6)]
TOT_B = [sum(BATEN[p][i] for p in ROWS) for i in range(6)]
SALDO_BL = [b - l for b, l in zip(TOT_B, TOT_L)]

# reserves 2044 x 1.000: stand 1-1-2044, toevoeging, onttrekking
RES = {
    "Algemene reserve": [18640, 0, 250],
    "Reserve sociaal domein": [3215, 0, 1150],
    "Reserve onderhoud wegen en kunstwerken": [2480, 620, 710],
    "Reserve grondexploitatie": [4120, 415, 0],
    "Reserve dekking kapitaallasten": [9870, 0, 548],
    "Reserve duurzaamheid en klimaatadaptatie": [1615, 0, 420],
    "Reserve woningbouwimpuls": [2300, 500, 385],
}
RES_END = {r: v[0] + v[1] - v[2] for r, v in RES.items()}
RES_TOT = [sum(v[k] for v in RES.values()) for k in range(3)]
RES_TOT_END = sum(RES_END.values())
TOEV = [3412, 1850, RES_TOT[1], 1420, 1420, 1420]
ONTT = [4105, 4312, RES_TOT[2], 1580, 950, 1080]
RESULTAAT = [SALDO_BL[i] + ONTT[i] - TOEV[i] for i in range(6)]

# V/N: verschillen saldo Sociaal domein begroting 2044 t.o.v. begroting 2043 (x 1.000), (omschrijving, bedrag, V/N)
VN = [
    ("Jeugdhulp: hogere tarieven en meer jeugdigen met maatwerk", 1160, "N"),
    ("Wmo: indexatie maatwerkdienstverlening 18+", 540, "N"),
    ("Hogere rijksbijdrage BUIG", 385, "V"),
    ("Incidentele extra inzet schuldhulpverlening", 350, "N"),
    ("Lagere bijdrage Werkbedrijf Meerskamp (beschut werk)", 215, "V"),
]
VN_DIFF = SALDO["Sociaal domein"][2] - SALDO["Sociaal domein"][1]          # negative = nadelig
_vn_known = sum(a if vn == "V" else -a for _, a, vn in VN)
VN_OVERIG = VN_DIFF - _vn_known
VN.append(("Overige verschillen", abs(VN_OVERIG), "V" if VN_OVERIG > 0 else "N"))
VN_TOTAL = (abs(VN_DIFF), "V" if VN_DIFF > 0 else "N")

# beleidsindicatoren (verplichte BBV-set): programme -> [(indicator, eenheid, bron, jaar, waarde)]
IND = {
    "Sociaal domein": [
        ("Banen", "aantal per 1.000 inwoners 15-74 jaar", "LISA", 2042, 642.8),
        ("Netto arbeidsparticipatie", "% van de werkzame beroepsbevolking", "CBS", 2042, 68.9),
        ("Personen met een bijstandsuitkering", "aantal per 10.000 inwoners 18 jaar eo", "CBS", 2042, 318.0),
        ("Jongeren met jeugdhulp", "% van alle jongeren tot 18 jaar", "CBS", 2042, 11.8),
        ("Jongeren met jeugdbescherming", "% van alle jongeren tot 18 jaar", "CBS", 2042, 0.9),
        ("Cliënten met een maatwerkarrangement Wmo", "aantal per 10.000 inwoners", "GMSD", 2042, 612.0),
        ("Voortijdige schoolverlaters zonder startkwalificatie", "% deelnemers VO en MBO", "DUO", 2041, 1.6),
    ],
    "Wonen en ruimte": [
        ("Gemiddelde WOZ-waarde", "duizend euro", "CBS", 2043, 396.0),
        ("Nieuw gebouwde woningen", "aantal per 1.000 woningen", "BAG", 2042, 11.4),
        ("Demografische druk", "%", "CBS", 2043, 74.2),
        ("Functiemenging", "%", "LISA", 2042, 46.3),
        ("Vestigingen van bedrijven", "aantal per 1.000 inwoners 15-64 jaar", "LISA", 2042, 128.6),
    ],
    "Openbare ruimte": [
        ("Omvang huishoudelijk restafval", "kg per inwoner", "CBS", 2042, 118.0),
        ("Hernieuwbare elektriciteit", "%", "RWS", 2042, 41.7),
        ("Niet-sporters", "%", "Gezondheidsmonitor", 2040, 46.1),
    ],
    "Bestuur en bedrijfsvoering": [
        ("Formatie", "fte per 1.000 inwoners", "Begroting 2044", 2044, 7.9),
        ("Bezetting", "fte per 1.000 inwoners", "Begroting 2044", 2044, 7.4),
        ("Apparaatskosten", "kosten per inwoner in euro", "Begroting 2044", 2044, 712.0),
        ("Externe inhuur", "% van totale loonsom + inhuur", "Begroting 2044", 2044, 9.8),
        ("Overhead", "% van totale lasten", "Begroting 2044", 2044, None),
        ("Verwijzingen Halt", "aantal per 10.000 jongeren 12-17 jaar", "Bureau Halt", 2042, 94.0),
        ("Winkeldiefstallen", "aantal per 1.000 inwoners", "CBS", 2042, 1.2),
        ("Geweldsmisdrijven", "aantal per 1.000 inwoners", "CBS", 2042, 3.9),
    ],
}
OVERHEAD_PCT = round(100 * TVD["0.4"][1] / TOT_L[2], 1)
IND["Bestuur en bedrijfsvoering"][4] = ("Overhead", "% van totale lasten", "Begroting 2044", 2044, OVERHEAD_PCT)
IND_DEC = {"Banen": 1, "Netto arbeidsparticipatie": 1, "Personen met een bijstandsuitkering": 0,
           "Jongeren met jeugdhulp": 1, "Jongeren met jeugdbescherming": 1,
           "Cliënten met een maatwerkarrangement Wmo": 0, "Voortijdige schoolverlaters zonder startkwalificatie": 1,
           "Gemiddelde WOZ-waarde": 0, "Nieuw gebouwde woningen": 1, "Demografische druk": 1, "Functiemenging": 1,
           "Vestigingen van bedrijven": 1, "Omvang huishoudelijk restafval": 0, "Hernieuwbare elektriciteit": 1,
           "Niet-sporters": 1, "Formatie": 1, "Bezetting": 1, "Apparaatskosten": 0, "Externe inhuur": 1,
           "Overhead": 1, "Verwijzingen Halt": 0, "Winkeldiefstallen": 1, "Geweldsmisdrijven": 1}

# algemene dekkingsmiddelen: netto per onderdeel (baten - lasten), x 1.000; columns Begroting 2043, 2044..2047
ADM_COLS = ["Begroting 2043", "Begroting 2044", "Raming 2045", "Raming 2046", "Raming 2047"]
ADM_ITEMS = ["Treasury (rente en dividend)", "OZB woningen", "OZB niet-woningen", "Belastingen overig",
             "Algemene uitkering gemeentefonds", "Overige baten en lasten (incl. onvoorzien)", "Vennootschapsbelasting"]
ADM_CODE = dict(zip(ADM_ITEMS, ["0.5", "0.61", "0.62", "0.64", "0.7", "0.8", "0.9"]))
_adm_other = {  # Begroting 2043, Raming 2045, 2046, 2047 (2044 from the taakvelden; the algemene uitkering closes)
    "Treasury (rente en dividend)": [-605, -710, -745, -770],
    "OZB woningen": [9180, 9845, 10120, 10395],
    "OZB niet-woningen": [4960, 5250, 5390, 5530],
    "Belastingen overig": [1290, 1360, 1385, 1410],
    "Overige baten en lasten (incl. onvoorzien)": [-1020, -1105, -1060, -1090],
    "Vennootschapsbelasting": [-30, -36, -36, -36],
}
ADM_NET = {}
_ycol_idx = [1, 2, 3, 4, 5]            # YEARS index per ADM column
for it in ADM_ITEMS:
    if it == "Algemene uitkering gemeentefonds":
        continue
    code = ADM_CODE[it]
    v2044 = TVD[code][2] - TVD[code][1]
    o = _adm_other[it]
    ADM_NET[it] = [o[0], v2044, o[1], o[2], o[3]]
ADM_TOT = [BATEN[ADM][i] - LASTEN[ADM][i] for i in _ycol_idx]
ADM_NET["Algemene uitkering gemeentefonds"] = [ADM_TOT[k] - sum(ADM_NET[it][k] for it in ADM_NET)
                                               for k in range(5)]
ONVOORZIEN = 150          # x 1.000, in 0.8

# lokale heffingen: tarieven 2043, 2044 (percent of WOZ-waarde or euros)
TARIEF = [  # (heffing, grondslag, 2043, 2044, decimals, unit)
    ("OZB woningen, eigenaar", "% van de WOZ-waarde", 0.0684, 0.0712, 4, "percent"),
    ("OZB niet-woningen, eigenaar", "% van de WOZ-waarde", 0.1795, 0.1843, 4, "percent"),
    ("OZB niet-woningen, gebruiker", "% van de WOZ-waarde", 0.1421, 0.1456, 4, "percent"),
    ("Afvalstoffenheffing eenpersoonshuishouden", "per jaar", 268.20, 279.60, 2, "EUR"),
    ("Afvalstoffenheffing meerpersoonshuishouden", "per jaar", 341.40, 356.40, 2, "EUR"),
    ("Rioolheffing", "per aansluiting per jaar", 236.40, 247.80, 2, "EUR"),
    ("Toeristenbelasting", "per persoon per nacht", 1.85, 1.95, 2, "EUR"),
    ("Hondenbelasting", "eerste hond per jaar", 78.00, 79.80, 2, "EUR"),
]
TARIEF_D = {t[0]: t for t in TARIEF}


def stijging(t):
    return round(100 * (t[3] - t[2]) / t[2], 1)


# opbrengsten x 1.000: Begroting 2043, Begroting 2044
OPBR = {
    "OZB woningen": [9480, TVD["0.61"][2]],
    "OZB niet-woningen eigenaren": [2905, 3046],
    "OZB niet-woningen gebruikers": [2171, None],
    "Afvalstoffenheffing": [6894, 7215],
    "Rioolheffing": [6780, 7104],
    "Toeristenbelasting": [862, 905],
    "Hondenbelasting": [305, 312],
}
OPBR["OZB niet-woningen gebruikers"][1] = TVD["0.62"][2] - OPBR["OZB niet-woningen eigenaren"][1]
OPBR_TOT = [sum(v[i] for v in OPBR.values()) for i in range(2)]
OZB_NW_2044 = OPBR["OZB niet-woningen eigenaren"][1] + OPBR["OZB niet-woningen gebruikers"][1]

# woonlasten meerpersoonshuishouden (euros): gemiddelde WOZ-waarde 2043 / 2044
WOZ = [396000, 412000]
WL_OZB = [round(WOZ[i] * TARIEF_D["OZB woningen, eigenaar"][2 + i] / 100, 2) for i in range(2)]
WL_AFVAL = [TARIEF_D["Afvalstoffenheffing meerpersoonshuishouden"][2 + i] for i in range(2)]
WL_RIOOL = [TARIEF_D["Rioolheffing"][2 + i] for i in range(2)]
WL_TOT = [round(WL_OZB[i] + WL_AFVAL[i] + WL_RIOOL[i], 2) for i in range(2)]
WL_STIJGING = round(WL_TOT[1] - WL_TOT[0], 2)
KWIJTSCHELDING_EUR = 318000           # prose
KWIJTSCHELDING_HH = 720               # prose ("circa 720 huishoudens")

# weerstandsvermogen x 1.000: Begroting 2043, Begroting 2044
WV_COLS = ["Begroting 2043", "Begroting 2044"]
WV_AR = [18890, RES_END["Algemene reserve"]]
WV_OBC = [3105, 3240]
WV_ONV = [150, ONVOORZIEN]
WV_BESCH = [WV_AR[i] + WV_OBC[i] + WV_ONV[i] for i in range(2)]
WV_BENOD = [11980, 12460]
WV_RATIO = [round(WV_BESCH[i] / WV_BENOD[i], 2) for i in range(2)]

# kengetallen in % per YEARS
KG = {
    "Netto schuldquote": [54.2, 58.9, 61.4, 63.0, 62.1, 60.8],
    "Netto schuldquote gecorrigeerd voor alle verstrekte leningen": [49.8, 54.6, 57.3, 58.9, 58.0, 56.7],
    "Solvabiliteitsratio": [28.4, 26.9, 26.1, 25.4, 25.9, 26.6],
    "Grondexploitatie": [7.2, 8.5, 7.9, 6.4, 5.1, 4.0],
    "Structurele exploitatieruimte": [0.9, -0.4, 0.6, 0.2, -0.1, 0.5],
    "Belastingcapaciteit": [101.3, 103.8, 106.2, None, None, None],
}

# verbonden partijen x 1.000: (partij, vorm, bijdrage 2043, bijdrage 2044, taakveld)
VP = [
    ("Omgevingsdienst Keppelwaard", "Gemeenschappelijke regeling", None, 2068, "7.4"),
    ("Veiligheidsregio Lingehorst", "Gemeenschappelijke regeling", 3412, 3586, "1.1"),
    ("GGD Lingehorst", "Gemeenschappelijke regeling", 1204, 1262, "7.1"),
    ("Werkbedrijf Meerskamp", "Gemeenschappelijke regeling", 4015, 4118, "6.4"),
    ("Afvalsamenwerking Dalwolde", "Gemeenschappelijke regeling", 5640, 5912, "7.3"),
]

# investeringen x 1.000 (omschrijving, programma, 2044, 2045, 2046, 2047)
INV = [
    ("Vervanging riolering Beekvelde-Zuid", "Openbare ruimte", 1850, 1200, 0, 0),
    ("Reconstructie Stationsweg", "Openbare ruimte", 2640, 0, 0, 0),
    ("Nieuwbouw sporthal Asselbroek", "Openbare ruimte", 4200, 2800, 0, 0),
    ("Uitbreiding basisschool De Kwikstaart", "Sociaal domein", 3150, 1400, 0, 0),
    ("Vervanging openbare verlichting (LED)", "Openbare ruimte", 620, 620, 620, 0),
    ("Vervanging ICT-infrastructuur", "Bestuur en bedrijfsvoering", 480, 350, 350, 400),
    ("Grondaankoop woningbouwlocatie Wervelweide", "Wonen en ruimte", 1900, 0, 0, 0),
    ("Klimaatadaptatie centrum Wervelstede", "Openbare ruimte", 0, 950, 1100, 750),
]
INV_TOT = [sum(r[2 + i] for r in INV) for i in range(4)]

# incidentele lasten en baten x 1.000 (omschrijving, programma, 2044..2047)
INC_L = [
    ("Extra inzet schuldhulpverlening", "Sociaal domein", 350, 350, 0, 0),
    ("Programma vroegsignalering jeugd", "Sociaal domein", 800, 420, 0, 0),
    ("Implementatie Omgevingswet, fase 2", "Wonen en ruimte", 385, 120, 0, 0),
    ("Wegwerken onderhoudsachterstand wegen", "Openbare ruimte", 710, 0, 0, 0),
    ("Uitvoering klimaatadaptatieplan", "Openbare ruimte", 420, 0, 0, 0),
    ("Gemeenteraadsverkiezingen", "Bestuur en bedrijfsvoering", 0, 0, 95, 0),
    ("Inhaalslag digitalisering archief", "Bestuur en bedrijfsvoering", 240, 0, 0, 0),
]
INC_B = [
    ("Onttrekking Reserve sociaal domein", "Sociaal domein", 1150, 770, 0, 0),
    ("Onttrekking Reserve woningbouwimpuls", "Wonen en ruimte", 385, 120, 0, 0),
    ("Onttrekking Reserve onderhoud wegen en kunstwerken", "Openbare ruimte", 710, 0, 0, 0),
    ("Onttrekking Reserve duurzaamheid en klimaatadaptatie", "Openbare ruimte", 420, 0, 0, 0),
]
INC_L_TOT = [sum(r[2 + i] for r in INC_L) for i in range(4)]
INC_B_TOT = [sum(r[2 + i] for r in INC_B) for i in range(4)]
STRUCT = [RESULTAAT[2 + i] - INC_B_TOT[i] + INC_L_TOT[i] for i in range(4)]   # structureel begrotingssaldo

# prose figures
SD_STIJGING = LASTEN["Sociaal domein"][2] - LASTEN["Sociaal domein"][1]          # "ruim € 2 miljoen"
SD_SHARE = 100 * LASTEN["Sociaal domein"][2] / TOT_L[2]                           # "bijna de helft"
INKOMEN_SHARE = (TVD["6.3"][1] + TVD["6.4"][1] + TVD["6.5"][1]) / LASTEN["Sociaal domein"][2]  # "ongeveer een derde"
ONV_PER_INW = ONVOORZIEN * 1000 / W_INWONERS                                      # "ongeveer € 3 per inwoner"
WONINGEN_WERVELWEIDE = 340
JEUGD_2044 = TVD["6.72"][1] + TVD["6.82"][1]

# appendix: lasten en baten per taakveld 2044 in whole euros; each rounds to its x 1.000 figure
_seed = [7]


def _off():
    _seed[0] = (_seed[0] * 1103515245 + 12345) % 2147483648
    return _seed[0] % 999 - 499


TV_EUR = {}
for p in ROWS:
    for code, naam, l, b in TV[p]:
        TV_EUR[code] = [l * 1000 + (_off() if l else 0), b * 1000 + (_off() if b else 0)]
TV_EUR["0.10"] = [TOEV[2] * 1000, ONTT[2] * 1000]
_dl = sum(v[0] for v in TV_EUR.values())
_db = sum(v[1] for v in TV_EUR.values())
# 0.11 Resultaat van de rekening van baten en lasten: the balancing line; it must round to the geraamd resultaat
_need = _db - _dl - (RESULTAAT[2] * 1000 + 188)   # raise the lasten by this much, spread within +/- 499 per line
for _c in sorted(TVD):
    if _need == 0:
        break
    if not TVD[_c][1]:
        continue
    _room = TVD[_c][1] * 1000 + 499 - TV_EUR[_c][0] if _need > 0 else TVD[_c][1] * 1000 - 499 - TV_EUR[_c][0]
    _step = min(_need, _room) if _need > 0 else max(_need, _room)
    TV_EUR[_c][0] += _step
    _need -= _step
assert _need == 0
TV_EUR["0.11"] = [_db - sum(v[0] for v in TV_EUR.values()), 0]
TV_NAMES = {code: naam for code, (naam, _, _, _) in TVD.items()}
TV_NAMES["0.10"] = "Mutaties reserves"
TV_NAMES["0.11"] = "Resultaat van de rekening van baten en lasten"
def _iv3_key(c):
    """Iv3 order: 0.1 ... 0.5, 0.61, 0.62, 0.64, 0.7, 0.8, 0.9, 0.10, 0.11, 1.1 ..."""
    major, minor = c.split(".")
    return (int(major), 1 + int(minor) / 1000 if major == "0" and minor in ("10", "11") else float("0." + minor))


TV_ORDER = sorted(TV_EUR, key=_iv3_key)
TV_EUR_TOT = [sum(v[i] for v in TV_EUR.values()) for i in range(2)]

# ============================================================================================ Omgevingsdienst
K_BODY = "Omgevingsdienst Keppelwaard"
K_YEAR = 2043
K_FILE = "omgevingsdienst-keppelwaard-jaarstukken-2043.md"
K_TITLE = "Jaarstukken 2043"

# exploitatie x 1.000: begroting primitief, na wijziging, realisatie
EX_L = {
    "Vergunningverlening": [4215, 4390, 4512],
    "Toezicht en handhaving": [6830, 7015, 6874],
    "Specialistisch advies (geluid, lucht, externe veiligheid)": [2140, 2205, 2318],
    "Bodem en ondergrond": [1365, 1410, 1287],
    "Asbest en sloop": [980, 1020, 1146],
    "Overhead": [3912, 3950, 4027],
}
BASIS = [11846, 12108, 12108]       # bijdragen deelnemers basistaken
PLUS_B = [1420, 1520]                # plustaken begroot (the realisatie follows the table per deelnemer)
DERDEN = [5756, 5812, 6527]          # opdrachten derden en subsidies
OVERIG = [300, 310, 402]
EX_TOEV = [0, 0, 95]
EX_ONTT = [120, 240, 186]

# deelnemers: verdeelsleutel basistaken (%), plustaken realisatie 2043 (euros); the last share closes to 100
DEELN = ["Wervelstede", "Brederwijk", "Hollenvoorde", "Oostervaart", "Grevelzijl", "Klaverdonk", "Duivenwaard"]
SLEUTEL = {"Wervelstede": 16.84, "Brederwijk": 21.37, "Hollenvoorde": 12.05, "Oostervaart": 18.92,
           "Grevelzijl": 9.46, "Klaverdonk": 13.18}
SLEUTEL["Duivenwaard"] = round(100 - sum(SLEUTEL.values()), 2)
PLUS_G = {"Wervelstede": 184320, "Brederwijk": 402615, "Hollenvoorde": 96480, "Oostervaart": 311275,
          "Grevelzijl": 148930, "Klaverdonk": 287104}
PLUS_TARGET = 1647912
PLUS_G["Duivenwaard"] = PLUS_TARGET - sum(PLUS_G.values())
PLUS_TOT = sum(PLUS_G.values())


def _spread(total, key):
    out = {g: round(total * key[g] / 100) for g in DEELN}
    big = max(DEELN, key=lambda g: key[g])
    out[big] += total - sum(out.values())
    return out


BASIS_G = _spread(BASIS[2] * 1000, SLEUTEL)            # na wijziging = realisatie
BASIS_G_PRIM = _spread(BASIS[0] * 1000, SLEUTEL)       # primitief (the gemeenten budgeted this)
# the gemeente Wervelstede budgeted its 2043 bijdrage at the primitieve begroting of the omgevingsdienst
VP[0] = (VP[0][0], VP[0][1], round(BASIS_G_PRIM["Wervelstede"] / 1000), VP[0][3], VP[0][4])
BIJ_TOT_G = {g: BASIS_G[g] + PLUS_G[g] for g in DEELN}
BIJ_TOT = sum(BIJ_TOT_G.values())

EX_B = {
    "Bijdragen deelnemers basistaken": BASIS,
    "Bijdragen deelnemers plustaken": PLUS_B + [round(PLUS_TOT / 1000)],
    "Opdrachten derden en subsidies": DERDEN,
    "Overige baten": OVERIG,
}
EX_TOT_L = [sum(v[i] for v in EX_L.values()) for i in range(3)]
EX_TOT_B = [sum(v[i] for v in EX_B.values()) for i in range(3)]
EX_SALDO = [EX_TOT_B[i] - EX_TOT_L[i] for i in range(3)]
EX_RES = [EX_SALDO[i] - EX_TOEV[i] + EX_ONTT[i] for i in range(3)]


def verschil(row):
    """Verschil = realisatie - begroting na wijziging"""
    return row[2] - row[1]


RESULT_EUR = EX_RES[2] * 1000 + 384        # the exact result, printed in the text and in the bestemming table
TERUG = round(RESULT_EUR * 0.6)
NAAR_RES = RESULT_EUR - TERUG
TERUG_G = _spread(TERUG, SLEUTEL)

# reserves en voorzieningen (euros): stand 1-1-2043, toevoeging, onttrekking
K_RES = {
    "Algemene reserve": [1180000, 0, 0],
    "Bestemmingsreserve implementatie Omgevingswet": [412500, 0, 185740],
    "Egalisatiereserve ICT-vervanging": [265300, 95000, 0],
}
K_VZ = {
    "Voorziening groot onderhoud huisvesting": [348200, 62000, 41380],
    "Voorziening frictiekosten reorganisatie": [156000, 0, 48250],
}
for _dct in (K_RES, K_VZ):
    for _k, _v in _dct.items():
        _v.append(_v[0] + _v[1] - _v[2])
K_RES_TOT = [sum(v[i] for v in K_RES.values()) for i in range(4)]
K_VZ_TOT = [sum(v[i] for v in K_VZ.values()) for i in range(4)]

# balans x 1.000: 31-12-2043, 31-12-2042
BAL_COLS = ["31-12-2043", "31-12-2042"]
RESULT_2042 = 344
BAL_ACT = {
    "Materiële vaste activa": [2146, 2312],
    "Uitzettingen met een rentetypische looptijd korter dan één jaar": [3215, 2980],
    "Liquide middelen": None,
    "Overlopende activa": [684, 712],
}
BAL_PAS = {
    "Algemene reserve": [round(K_RES["Algemene reserve"][3] / 1000), round(K_RES["Algemene reserve"][0] / 1000)],
    "Bestemmingsreserves": [round((K_RES_TOT[3] - K_RES["Algemene reserve"][3]) / 1000),
                            round((K_RES_TOT[0] - K_RES["Algemene reserve"][0]) / 1000)],
    "Gerealiseerd resultaat": [EX_RES[2], RESULT_2042],
    "Voorzieningen": [round(K_VZ_TOT[3] / 1000), round(K_VZ_TOT[0] / 1000)],
    "Vaste schulden met een rentetypische looptijd van één jaar of langer": [1250, 1500],
    "Netto vlottende schulden met een rentetypische looptijd korter dan één jaar": [2415, 2206],
    "Overlopende passiva": [1318, 1102],
}
BAL_TOT_PAS = [sum(v[i] for v in BAL_PAS.values()) for i in range(2)]
BAL_ACT["Liquide middelen"] = [BAL_TOT_PAS[i] - sum(v[i] for v in BAL_ACT.values() if v) for i in range(2)]
BAL_TOT_ACT = [sum(v[i] for v in BAL_ACT.values()) for i in range(2)]
EV = [BAL_PAS["Algemene reserve"][i] + BAL_PAS["Bestemmingsreserves"][i] + BAL_PAS["Gerealiseerd resultaat"][i]
      for i in range(2)]

# kengetallen (%): Rekening 2042, Begroting 2043, Rekening 2043
KK_COLS = ["Rekening 2042", "Begroting 2043", "Rekening 2043"]
_schuld = (BAL_PAS["Vaste schulden met een rentetypische looptijd van één jaar of langer"][0]
           + BAL_PAS["Netto vlottende schulden met een rentetypische looptijd korter dan één jaar"][0]
           + BAL_PAS["Overlopende passiva"][0]
           - BAL_ACT["Uitzettingen met een rentetypische looptijd korter dan één jaar"][0]
           - BAL_ACT["Liquide middelen"][0] - BAL_ACT["Overlopende activa"][0])
NSQ_2043 = round(100 * _schuld / EX_TOT_B[2], 1)
SOLV_2043 = round(100 * EV[0] / BAL_TOT_PAS[0], 1)
KK = {
    "Netto schuldquote": [-4.8, -2.5, NSQ_2043],
    "Netto schuldquote gecorrigeerd voor alle verstrekte leningen": [-4.8, -2.5, NSQ_2043],
    "Solvabiliteitsratio": [round(100 * EV[1] / BAL_TOT_PAS[1], 1), 27.5, SOLV_2043],
    "Structurele exploitatieruimte": [0.6, 0.0, 1.2],
}

# formatie en bezetting (fte)
FTE = {
    "Directie en staf": [6.0, 5.6],
    "Vergunningverlening": [28.4, 26.9],
    "Toezicht en handhaving": [41.2, 38.7],
    "Specialistisch advies": [17.8, 17.8],
    "Bodem en asbest": [12.6, 11.9],
    "Bedrijfsvoering": [15.3, 14.2],
}
FTE_TOT = [round(sum(v[i] for v in FTE.values()), 1) for i in range(2)]
FTE_VERSCHIL = {k: round(v[1] - v[0], 1) for k, v in FTE.items()}

# prestaties: (prestatie, begroot 2043, realisatie 2043, realisatie 2042)
PREST = [
    ("Omgevingsvergunningen milieu verleend", 410, 386, 402),
    ("Meldingen en informatieplichten beoordeeld", 1250, 1318, 1197),
    ("Controles bij bedrijven", 2100, 1946, 2012),
    ("Hercontroles", 520, 611, 548),
    ("Handhavingsbesluiten (last onder dwangsom)", 95, 112, 88),
    ("Klachten over milieuhinder afgehandeld", 1400, 1563, 1389),
    ("Asbestsloopmeldingen behandeld", 1800, 1672, 1745),
    ("Bodemadviezen", 650, 702, 618),
]
PREST_D = {p[0]: p for p in PREST}
KLANT_CIJFER = 7.6            # bulleted list only
VERG_BINNEN_TERMIJN = 94      # % of the vergunningen on time, bulleted list only
BRZO_INSPECTIES = 38          # bulleted list only

# ============================================================================================ checks
if __name__ == "__main__":
    assert all(l > 0 for l in TOT_L)
    assert -3000 < SALDO_BL[2] < 0, SALDO_BL
    assert RESULTAAT[2] > 0 and RESULTAAT[4] < 0 and RESULTAAT[3] < 0, RESULTAAT
    assert 2_000_000 < SD_STIJGING * 1000 < 2_500_000, SD_STIJGING            # "ruim € 2 miljoen"
    assert 44 < SD_SHARE < 50, SD_SHARE                                        # "bijna de helft"
    assert 0.31 < INKOMEN_SHARE < 0.36, INKOMEN_SHARE                          # "ongeveer een derde"
    assert 2.5 <= ONV_PER_INW < 3.5                                            # "ongeveer € 3 per inwoner"
    assert 14_000 < INV_TOT[0] < 15_000                                        # "bijna € 15 miljoen"
    assert all(v >= 0 for v in RES_END.values())
    assert VN_TOTAL[1] == "N" and VN_OVERIG < 0
    assert all(abs(TV_EUR[c][0] - TVD[c][1] * 1000) <= 499 and abs(TV_EUR[c][1] - TVD[c][2] * 1000) <= 499
               for c in TVD)
    assert round(TV_EUR["0.11"][0] / 1000) == RESULTAAT[2], (TV_EUR["0.11"], RESULTAAT[2])
    assert TV_EUR_TOT[0] == TV_EUR_TOT[1]
    assert abs(sum(SLEUTEL.values()) - 100) < 1e-9 and SLEUTEL["Duivenwaard"] > 0
    assert PLUS_G["Duivenwaard"] > 0
    assert EX_RES[0] == 0 and EX_RES[1] == 0, EX_RES
    assert EX_RES[2] == round(RESULT_EUR / 1000)
    assert round(K_RES_TOT[1] / 1000) == EX_TOEV[2] and round(K_RES_TOT[2] / 1000) == EX_ONTT[2]
    assert BAL_TOT_ACT == BAL_TOT_PAS and all(x > 0 for x in BAL_ACT["Liquide middelen"])
    assert sum(TERUG_G.values()) == TERUG and sum(BASIS_G.values()) == BASIS[2] * 1000
    print("W lasten", TOT_L, "baten", TOT_B, "saldo", SALDO_BL, "resultaat", RESULTAAT)
    print("W sd share", round(SD_SHARE, 2), "inkomen share", round(INKOMEN_SHARE, 3), "sd stijging", SD_STIJGING,
          "overhead", OVERHEAD_PCT, "VN", VN, VN_TOTAL)
    print("W res end", RES_END, "tot", RES_TOT, RES_TOT_END, "ratio", WV_RATIO, WV_BESCH)
    print("W ADM", ADM_NET, ADM_TOT)
    print("W woonlasten", WL_OZB, WL_TOT, WL_STIJGING, "inv", INV_TOT, "inc", INC_L_TOT, INC_B_TOT, "struct", STRUCT)
    print("W tv eur 0.11", TV_EUR["0.11"], TV_EUR_TOT)
    print("K lasten", EX_TOT_L, "baten", EX_TOT_B, "saldo", EX_SALDO, "res", EX_RES, RESULT_EUR, TERUG, NAAR_RES)
    print("K basis", BASIS_G, "prim", BASIS_G_PRIM, "tot", BIJ_TOT_G, "terug", TERUG_G)
    print("K balans", BAL_ACT, BAL_TOT_ACT, "EV", EV, "NSQ", NSQ_2043, "solv", SOLV_2043, KK["Solvabiliteitsratio"])
    print("K fte", FTE_TOT, "res", K_RES, K_VZ)
