"""All figures of set-ae, typed once; every total, saldo and derived figure is computed here.

Two fictional public bodies:
- Gemeente Welderbroek, Programmabegroting 2033 en meerjarenraming 2034-2036 (PDF, reportlab,
  two-column layout).
- Veiligheidsregio Lingemonde (a gemeenschappelijke regeling of eight municipalities, one of them
  Welderbroek), Jaarstukken 2031 (Markdown, pandoc/GitLab-style export).

Conventions: amounts in euros are int; tables printed "x € 1.000" hold int thousands (suffix _K).
"""
from __future__ import annotations

# ===========================================================================
# Document 1: Gemeente Welderbroek, Programmabegroting 2033
# ===========================================================================
MUNI = "Welderbroek"
MUNI_FILE = "welderbroek-programmabegroting-2033.pdf"
MUNI_TITLE = "Programmabegroting 2033"
MUNI_SUBTITLE = "en meerjarenraming 2034-2036"
MUNI_HEADER = "Gemeente Welderbroek | Programmabegroting 2033"
MUNI_DATE = "Aangeboden aan de gemeenteraad op 30 september 2032; behandeling in de raad op 7 november 2032"

# Kerngegevens, per 1 januari: label, 2031, 2032
KERNGEGEVENS = [
    ("Inwoners", 63905, 64318),
    ("waarvan 0 tot 18 jaar", 13510, 13442),
    ("waarvan 65 jaar en ouder", 12488, 12906),
    ("Woningen", 28391, 28754),
    ("Oppervlakte (hectare)", 11236, 11236),
    ("Kilometers weg", 412, 415),
]

# Column keys of the programme figures
COLS = ["R31", "B32", "B33", "M34", "M35", "M36"]
COL_LABEL = {"R31": "Rekening 2031", "B32": "Begroting 2032", "B33": "Begroting 2033",
             "M34": "2034", "M35": "2035", "M36": "2036"}
MJR = ["B33", "M34", "M35", "M36"]          # columns of the wide overview tables
YEAR = {"R31": 2031, "B32": 2032, "B33": 2033, "M34": 2034, "M35": 2035, "M36": 2036}

PROGRAMMES = [
    ("P1", 1, "Bestuur en veiligheid"),
    ("P2", 2, "Openbare ruimte en mobiliteit"),
    ("P3", 3, "Wonen, ruimte en economie"),
    ("P4", 4, "Zorg en participatie"),
    ("P5", 5, "Onderwijs, sport en cultuur"),
    ("P6", 6, "Financiën en bedrijfsvoering"),
]
PNAME = {c: f"Programma {nr} {name}" for c, nr, name in PROGRAMMES}

# Programme 4 lasten per onderdeel (x € 1.000): Begroting 2032, Begroting 2033. P4 lasten B32/B33 = sum.
P4_ONDERDELEN_K = [
    ("Inkomensregelingen", 27318, 28410),
    ("Begeleide participatie", 6540, 6612),
    ("Arbeidsparticipatie", 3205, 3318),
    ("Wmo-maatwerkvoorzieningen", 18920, 19845),
    ("Jeugdhulp", 23486, 24612),
    ("Wijkteams en samenkracht", 7112, 7214),
    ("Volksgezondheid", 3379, 3116),
]
P4_ONDERDEEL = {r[0]: r for r in P4_ONDERDELEN_K}

# Lasten (x € 1.000) per column R31, B32, B33, M34, M35, M36 (P4 B32/B33: from the onderdelen)
LASTEN_K = {
    "P1": [14212, 14786, 15348, 15412, 15530, 15604],
    "P2": [27640, 28215, 29482, 29876, 30120, 30544],
    "P3": [15826, 17390, 16904, 15238, 14612, 14395],
    "P4": [86415, None, None, 94380, 95612, 96208],
    "P5": [19874, 20516, 21693, 22840, 22415, 22307],
    "P6": [25388, 26270, 27116, 27402, 27685, 27890],
}
LASTEN_K["P4"][1] = sum(r[1] for r in P4_ONDERDELEN_K)
LASTEN_K["P4"][2] = sum(r[2] for r in P4_ONDERDELEN_K)

# Baten (x € 1.000); P6 for the MJR years is computed below from the algemene dekkingsmiddelen
BATEN_K = {
    "P1": [1918, 1870, 1942, 1956, 1961, 1975],
    "P2": [14892, 15320, 16218, 16574, 16930, 17266],
    "P3": [10214, 12460, 11380, 9615, 8802, 8540],
    "P4": [19846, 20412, 21035, 21204, 21380, 21512],
    "P5": [3316, 3402, 3518, 3590, 3601, 3624],
    "P6": [147652, 148874, None, None, None, None],
}

# Begrotingssaldo (resultaat na reserves) that the college presents, x € 1.000, MJR years
RESULTAAT_K = {"B33": 412, "M34": 188, "M35": -236, "M36": 95}

# ---------------------------------------------------------------------------
# Reserves (whole euros): stand 1-1-2033, then per year 2033..2036 (toevoeging, onttrekking)
# ---------------------------------------------------------------------------
RESERVES = [
    ("Algemene reserve", 18412650, [(0, 1250000), (0, 600000), (0, 0), (0, 0)]),
    ("Reserve grondexploitatie", 6284300, [(350000, 0), (350000, 0), (200000, 0), (200000, 0)]),
    ("Reserve sociaal domein", 4926115, [(0, 1400000), (0, 900000), (0, 500000), (0, 0)]),
    ("Reserve dekking kapitaallasten", 12608440, [(0, 486520), (0, 486520), (0, 472300), (0, 468900)]),
    ("Reserve onderhoud accommodaties", 3148900, [(620000, 940000), (620000, 410000), (620000, 780000),
                                                  (620000, 380000)]),
    ("Reserve energietransitie", 2750000, [(0, 825000), (0, 640000), (0, 500000), (0, 300000)]),
    ("Reserve egalisatie afvalstoffenheffing", 1164780, [(0, 210000), (95000, 0), (120000, 0), (140000, 0)]),
]
RES = {r[0]: r for r in RESERVES}


def reserve_stands(name: str) -> list[int]:
    """[1-1-2033, 31-12-2033, 31-12-2034, 31-12-2035, 31-12-2036]"""
    _, s, muts = RES[name]
    out = [s]
    for t, o in muts:
        s = s + t - o
        out.append(s)
    return out


def reserve_total(kind: str, yi: int) -> int:
    """kind 'toev' | 'ontt', yi 0..3 for 2033..2036 (euros)."""
    k = 0 if kind == "toev" else 1
    return sum(r[2][yi][k] for r in RESERVES)


TOEV_K = {c: round(reserve_total("toev", i) / 1000) for i, c in enumerate(MJR)}
ONTT_K = {c: round(reserve_total("ontt", i) / 1000) for i, c in enumerate(MJR)}

# ---------------------------------------------------------------------------
# Algemene dekkingsmiddelen (x € 1.000, MJR years). Algemene uitkering closes the begroting.
# ---------------------------------------------------------------------------
ADM_ROWS_K = [
    ("OZB woningen (eigenaren)", [8214, 8460, 8714, 8975]),
    ("OZB niet-woningen (eigenaren)", [3262, 3360, 3461, 3565]),
    ("OZB niet-woningen (gebruikers)", [2118, 2182, 2247, 2314]),
    ("Toeristenbelasting", [486, 501, 516, 531]),
    ("Hondenbelasting", [412, 418, 424, 430]),
    ("Dividenden", [1286, 1240, 1240, 1240]),
    ("Saldo financieringsfunctie", [618, 574, 530, 505]),
]
P6_OVERIGE_BATEN_K = [648, 652, 655, 660]    # overhead and other P6 baten, MJR years


def _p6_baten(ci: int) -> int:
    c = MJR[ci]
    idx = COLS.index(c)
    lasten = sum(LASTEN_K[p][idx] for p in LASTEN_K)
    baten_excl = sum(BATEN_K[p][idx] for p in BATEN_K if p != "P6")
    return RESULTAAT_K[c] + lasten - baten_excl - ONTT_K[c] + TOEV_K[c]


for _i, _c in enumerate(MJR):
    BATEN_K["P6"][COLS.index(_c)] = _p6_baten(_i)

ADM_TOTAAL_K = [BATEN_K["P6"][COLS.index(c)] - P6_OVERIGE_BATEN_K[i] for i, c in enumerate(MJR)]
ALG_UITKERING_K = [ADM_TOTAAL_K[i] - sum(r[1][i] for r in ADM_ROWS_K) for i in range(4)]
ADM_ORDER = ADM_ROWS_K[:3] + [("Algemene uitkering gemeentefonds", ALG_UITKERING_K)] + ADM_ROWS_K[3:]
OZB_K = [sum(r[1][i] for r in ADM_ROWS_K[:3]) for i in range(4)]


def lasten(p: str, c: str) -> int:
    return LASTEN_K[p][COLS.index(c)]


def baten(p: str, c: str) -> int:
    return BATEN_K[p][COLS.index(c)]


def saldo(p: str, c: str) -> int:
    return baten(p, c) - lasten(p, c)


def tot_lasten(c: str) -> int:
    return sum(lasten(p, c) for p in LASTEN_K)


def tot_baten(c: str) -> int:
    return sum(baten(p, c) for p in BATEN_K)


def saldo_bl(c: str) -> int:
    return tot_baten(c) - tot_lasten(c)


def resultaat(c: str) -> int:
    return saldo_bl(c) - TOEV_K[c] + ONTT_K[c]


for _c in MJR:
    assert resultaat(_c) == RESULTAAT_K[_c]

# ---------------------------------------------------------------------------
# Investeringsplan 2033-2036 (x € 1.000): nr, omschrijving, programma, afschrijvingstermijn, 4 years
# ---------------------------------------------------------------------------
INVESTERINGEN = [
    (1, "Vervanging riolering Hofwijk", "P2", 60, [2150, 1840, 0, 0]),
    (2, "Reconstructie Esdoornlaan", "P2", 40, [1325, 0, 0, 0]),
    (3, "Herinrichting Stationskwartier", "P3", 30, [850, 2400, 3100, 1200]),
    (4, "Nieuwbouw sporthal Wilgenhorst", "P5", 40, [3800, 5650, 0, 0]),
    (5, "Uitbreiding IKC Zuidertuinen", "P5", 40, [4200, 2900, 0, 0]),
    (6, "Vervanging openbare verlichting (LED)", "P2", 20, [640, 640, 640, 640]),
    (7, "Vervanging voertuigen buitendienst", "P2", 10, [485, 210, 530, 260]),
    (8, "Fietsverbinding Dijkzicht-Waterpoort", "P2", 30, [1740, 0, 0, 0]),
    (9, "Kunstgrasvelden sportpark Rietkamp", "P5", 15, [0, 780, 0, 820]),
    (10, "ICT-infrastructuur en werkplekken", "P6", 5, [560, 420, 610, 450]),
    (11, "Verduurzaming gemeentelijk vastgoed", "P6", 25, [1900, 1600, 1300, 1000]),
    (12, "Kademuur Sluiskwartier", "P3", 50, [2350, 1100, 0, 0]),
    (13, "Vervanging bruggen Ravensloot", "P2", 50, [960, 0, 1450, 0]),
    (14, "Speelvoorzieningen en groen", "P2", 15, [310, 310, 310, 310]),
]
INV = {r[1]: r for r in INVESTERINGEN}
INV_TOTAAL_K = [sum(r[4][i] for r in INVESTERINGEN) for i in range(4)]
INV_TOTAAL_ALL_K = sum(INV_TOTAAL_K)

# ---------------------------------------------------------------------------
# Lokale heffingen: tarieven (euros; OZB in % of WOZ-waarde), 2032 and 2033
# ---------------------------------------------------------------------------
TARIEVEN = [
    # label, group, 2032, 2033, decimals
    ("woningen, eigenaar", "OZB (% van de WOZ-waarde)", 0.0791, 0.0804, 4),
    ("niet-woningen, eigenaar", "OZB (% van de WOZ-waarde)", 0.1402, 0.1436, 4),
    ("niet-woningen, gebruiker", "OZB (% van de WOZ-waarde)", 0.1118, 0.1145, 4),
    ("eenpersoonshuishouden", "Afvalstoffenheffing", 268, 283, 0),
    ("meerpersoonshuishouden", "Afvalstoffenheffing", 356, 374, 0),
    ("per aansluiting", "Rioolheffing", 238, 246, 0),
    ("eerste hond", "Hondenbelasting", 79, 82, 0),
    ("tweede en volgende hond", "Hondenbelasting", 118, 122, 0),
    ("per persoon per nacht", "Toeristenbelasting", 2.05, 2.20, 2),
]
TARIEF = {(t[1], t[0]): t for t in TARIEVEN}


def stijging(a: float, b: float) -> float:
    return round((b / a - 1) * 100, 1)


WOZ = {2032: 321000, 2033: 338000}
WOONLASTEN = {}
for _y, _i in ((2032, 2), (2033, 3)):
    _ozb = round(WOZ[_y] * TARIEF[("OZB (% van de WOZ-waarde)", "woningen, eigenaar")][_i] / 100)
    _riool = TARIEF[("Rioolheffing", "per aansluiting")][_i]
    _afval = TARIEF[("Afvalstoffenheffing", "meerpersoonshuishouden")][_i]
    WOONLASTEN[_y] = {"ozb": _ozb, "riool": _riool, "afval": _afval, "totaal": _ozb + _riool + _afval}

# ---------------------------------------------------------------------------
# Weerstandsvermogen (x € 1.000) and kengetallen (%)
# ---------------------------------------------------------------------------
ONBENUTTE_BELASTINGCAP_K = 5120
ONVOORZIEN_K = 250
WEERSTAND_BESCHIKBAAR = [
    ("Algemene reserve per 1 januari 2033", round(RES["Algemene reserve"][1] / 1000)),
    ("Reserve grondexploitatie", round(RES["Reserve grondexploitatie"][1] / 1000)),
    ("Onbenutte belastingcapaciteit", ONBENUTTE_BELASTINGCAP_K),
    ("Post onvoorzien", ONVOORZIEN_K),
]
WEERSTAND_BESCHIKBAAR_K = sum(v for _, v in WEERSTAND_BESCHIKBAAR)
# Belangrijkste risico's (x € 1.000): risico, benodigd bedrag; the benodigde capaciteit is their sum
RISICOS_K = [
    ("Open-einderegelingen jeugdhulp", 4200),
    ("Grondexploitaties", 3150),
    ("Herijking gemeentefonds", 2900),
    ("Wmo-maatwerkvoorzieningen", 2600),
    ("Garantstellingen", 1240),
    ("Renteontwikkeling", 1050),
    ("Overige risico's", 1200),
]
RISICO_BENODIGD_K = sum(v for _, v in RISICOS_K)
WEERSTANDSRATIO = round(WEERSTAND_BESCHIKBAAR_K / RISICO_BENODIGD_K, 2)

KENGETALLEN = [
    # label, Rekening 2031, Begroting 2032, Begroting 2033 (percent)
    ("Netto schuldquote", 58.6, 63.1, 69.4),
    ("Gecorrigeerde netto schuldquote", 54.2, 58.8, 65.0),
    ("Solvabiliteitsratio", 27.3, 25.9, 24.1),
    ("Grondexploitatie", 9.8, 8.4, 7.9),
    ("Structurele exploitatieruimte", 1.2, 0.6, -0.4),
    ("Belastingcapaciteit", 96.8, 97.5, 98.2),
]
KENG = {k[0]: k for k in KENGETALLEN}
NETTO_SCHULDQUOTE_2036 = 78.4          # only in the prose

# Verbonden partijen: bijdragen (x € 1.000), Begroting 2032, Begroting 2033
VERBONDEN = [
    ("Veiligheidsregio Lingemonde", 5398, 5561),
    ("GGD Vlietstreek", 2214, 2306),
    ("Omgevingsdienst Eemsveld", 1638, 1702),
    ("Werkbedrijf Brakelsveer", 6412, 6580),
]
VP = {v[0]: v for v in VERBONDEN}
VP_TOTAAL_K = (sum(v[1] for v in VERBONDEN), sum(v[2] for v in VERBONDEN))

# Figures that appear only in the prose
BIJSTAND_2033 = 1180                   # "gemiddeld 1.180 huishoudens met een bijstandsuitkering"
WONINGEN_2033 = 410                    # "oplevering van 410 nieuwe woningen"
RIOLERING_KM = "4,2"                   # km riolering vervangen (not used as a case)
OZB_2033_MLN = round(OZB_K[0] / 1000, 1)            # "stijgt naar € 13,6 miljoen"
ALG_UITK_2033_MLN = round(ALG_UITKERING_K[0] / 1000, 1)
INV_2033_MLN = round(INV_TOTAAL_K[0] / 1000, 1)
VR_2033_MLN = round(VP["Veiligheidsregio Lingemonde"][2] / 1000, 1)
JEUGDHULP_2033_MLN = round(P4_ONDERDEEL["Jeugdhulp"][2] / 1000, 1)
WILGENHORST_TOTAAL_K = sum(INV["Nieuwbouw sporthal Wilgenhorst"][4])
TOT_LASTEN_2033_MLN = round(tot_lasten("B33") / 1000, 1)

# ===========================================================================
# Document 2: Veiligheidsregio Lingemonde, Jaarstukken 2031 (Markdown)
# ===========================================================================
GR = "Veiligheidsregio Lingemonde"
GR_FILE = "veiligheidsregio-lingemonde-jaarstukken-2031.md"
GR_TITLE = "Jaarstukken 2031"

# Deelnemers: name, inwoners per 1 januari 2031 (Welderbroek = its kerngegevens 1-1-2031)
DEELNEMERS = [
    ("Welderbroek", KERNGEGEVENS[0][1]),
    ("Stavermeer", 41276),
    ("Rijkeveen", 28614),
    ("Ommerloo", 52830),
    ("Harsveld", 19472),
    ("Grevenwolde", 34158),
    ("Brederveen", 23907),
    ("Teerwolde", 15286),
]
INW_TOTAAL = sum(d[1] for d in DEELNEMERS)
DEELNEMER_SPLIT = 5                    # rows 0..4 in table 1, the rest + Totaal in the continuation

# Programmes of the veiligheidsregio, x € 1.000: Realisatie 2030, Begroting 2031 primitief,
# Begroting 2031 na wijziging, Realisatie 2031
GR_COLS = ["R30", "BP31", "BW31", "R31"]
GR_COL_LABEL = {"R30": "Realisatie 2030", "BP31": "Begroting 2031 primitief",
                "BW31": "Begroting 2031 na wijziging", "R31": "Realisatie 2031"}
GR_PROGRAMMES = [
    # name, lasten[4], baten[4]
    ("Brandweerzorg", [16920, 17480, 17912, 17306], [612, 540, 585, 734]),
    ("Risico- en crisisbeheersing", [2684, 2815, 2902, 2768], [118, 95, 95, 143]),
    ("GHOR", [1512, 1586, 1610, 1574], [0, 0, 0, 0]),
    ("Meldkamer", [1168, 1204, 1236, 1236], [0, 0, 0, 0]),
    ("Bedrijfsvoering", [4416, 4580, 4705, 4590], [86, 60, 60, 112]),
]
GRP = {p[0]: p for p in GR_PROGRAMMES}
GR_ONVOORZIEN_K = [0, 100, 100, 0]
BIJDRAGEN_K = [22186, 22940, 23310, 23310]
BDUR_K = [4012, 4105, 4105, 4118]
GR_TOEV_K = [250, 0, 0, None]          # R31 from the reserves table
GR_ONTT_K = [310, None, None, None]    # BP31/BW31 close the begroting at 0; R31 from reserves


def gr_lasten(ci: int) -> int:
    return sum(p[1][ci] for p in GR_PROGRAMMES) + GR_ONVOORZIEN_K[ci]


def gr_baten(ci: int) -> int:
    return sum(p[2][ci] for p in GR_PROGRAMMES) + BIJDRAGEN_K[ci] + BDUR_K[ci]


def gr_saldo(ci: int) -> int:
    return gr_baten(ci) - gr_lasten(ci)


# Reserves (whole euros): name, stand 1-1-2031, toevoegingen, onttrekkingen
GR_RESERVES = [
    ("Algemene reserve", 1412600, 0, 0),
    ("Bestemmingsreserve kapitaallasten kazerne Ommerloo", 2860000, 0, 230000),
    ("Reserve opleidingen vrijwilligers", 486250, 180000, 214600),
    ("Reserve egalisatie materieel", 1238400, 240000, 145400),
]
GR_RES = {r[0]: r for r in GR_RESERVES}
GR_VOORZIENINGEN = [
    ("Voorziening groot onderhoud kazernes", 1942300, 410000, 356800),
    ("Voorziening FLO-overgangsrecht", 2315000, 180000, 612400),
]
GR_RES_TOEV = sum(r[2] for r in GR_RESERVES)
GR_RES_ONTT = sum(r[3] for r in GR_RESERVES)
GR_TOEV_K[3] = round(GR_RES_TOEV / 1000)
GR_ONTT_K[3] = round(GR_RES_ONTT / 1000)
for _ci in (1, 2):
    GR_ONTT_K[_ci] = -gr_saldo(_ci) + GR_TOEV_K[_ci]   # begroting closes at 0


def gr_resultaat(ci: int) -> int:
    return gr_saldo(ci) - GR_TOEV_K[ci] + GR_ONTT_K[ci]


assert gr_resultaat(1) == 0 and gr_resultaat(2) == 0
GR_RESULTAAT_EUR = 1112846            # printed in the prose; the table shows it rounded
assert round(GR_RESULTAAT_EUR / 1000) == gr_resultaat(3), (GR_RESULTAAT_EUR, gr_resultaat(3))
GR_NAAR_RESERVE = 300000
GR_TERUGBETALING = GR_RESULTAAT_EUR - GR_NAAR_RESERVE

# Bijdragen per deelnemer (whole euros): regular contribution split by inwoners, extra tasks
AANVULLEND = {"Ommerloo": 186400, "Stavermeer": 42750}


def _split(total: int) -> dict[str, int]:
    return {name: round(total * inw / INW_TOTAAL) for name, inw in DEELNEMERS}


BIJDRAGE_REGULIER = _split(BIJDRAGEN_K[3] * 1000 - sum(AANVULLEND.values()))
BIJDRAGE_TOTAAL = {k: v + AANVULLEND.get(k, 0) for k, v in BIJDRAGE_REGULIER.items()}
AANDEEL_RESULTAAT = _split(GR_TERUGBETALING)
AANDEEL_PCT = {name: round(inw / INW_TOTAAL * 100, 2) for name, inw in DEELNEMERS}
BIJDRAGE_SOM = sum(BIJDRAGE_TOTAAL.values())
assert round(BIJDRAGE_SOM / 1000) == BIJDRAGEN_K[3]

# Investeringen (whole euros): omschrijving, jaar krediet, krediet, uitgaven t/m 2030, uitgaven 2031, gereed
GR_INVESTERINGEN = [
    ("Nieuwbouw kazerne Grevenwolde", 2029, 4850000, 3120400, 1406800, ""),
    ("Tankautospuiten (3 stuks)", 2030, 1395000, 0, 1372650, "2031"),
    ("Hoogwerker post Ommerloo", 2031, 985000, 0, 412300, ""),
    ("Voertuig duikteam", 2031, 268000, 0, 259700, "2031"),
    ("Vervanging portofoons", 2030, 1120000, 286400, 798900, "2031"),
    ("Verbouw kazerne Teerwolde", 2031, 640000, 0, 118250, ""),
]
GR_INV = {r[0]: r for r in GR_INVESTERINGEN}


def gr_inv_restant(name: str) -> int:
    r = GR_INV[name]
    return r[2] - r[3] - r[4]


# Uitrukken (counts): category, 2029, 2030, 2031 (None = niet geregistreerd)
UITRUKKEN = [
    ("Brand", 1284, 1316, 1247),
    ("Hulpverlening", 1562, 1618, 1702),
    ("Automatische en loze meldingen", 2046, 1912, 1804),
    ("Waterongevallen", 48, 52, 61),
    ("Assistentie ambulancedienst", None, 37, 44),
]
UIT = {u[0]: u for u in UITRUKKEN}
UIT_TOTAAL = [sum(u[i] or 0 for u in UITRUKKEN) for i in (1, 2, 3)]

# Balans (x € 1.000): 31-12-2031, 31-12-2030
GR_ACTIVA = [
    ("Materiële vaste activa", 38412, 36950),
    ("Financiële vaste activa", 120, 135),
    ("Uitzettingen korter dan een jaar", 2318, 2104),
    ("Liquide middelen", 1046, 1882),
    ("Overlopende activa", 612, 540),
]
GR_VOORZ_STAND = [sum(v[1] for v in GR_VOORZIENINGEN),
                  sum(v[1] + v[2] - v[3] for v in GR_VOORZIENINGEN)]   # 1-1-2031, 31-12-2031
GR_RES_STAND = [sum(r[1] for r in GR_RESERVES), sum(r[1] + r[2] - r[3] for r in GR_RESERVES)]
GR_RESULTAAT_2030_K = gr_resultaat(0)
GR_PASSIVA_FIXED = [
    # label, 31-12-2031, 31-12-2030
    ("Vaste schulden met een looptijd van een jaar of langer", 29740, 28615),
    ("Overlopende passiva", 1384, 1296),
]
_act = [sum(a[1] for a in GR_ACTIVA), sum(a[2] for a in GR_ACTIVA)]
_ev = [round(GR_RES_STAND[1] / 1000) + gr_resultaat(3), round(GR_RES_STAND[0] / 1000) + GR_RESULTAAT_2030_K]
_vz = [round(GR_VOORZ_STAND[1] / 1000), round(GR_VOORZ_STAND[0] / 1000)]
_vlot = [_act[j] - _ev[j] - _vz[j] - sum(p[1 + j] for p in GR_PASSIVA_FIXED) for j in range(2)]
GR_PASSIVA = [
    ("Eigen vermogen", _ev[0], _ev[1]),
    ("Voorzieningen", _vz[0], _vz[1]),
    GR_PASSIVA_FIXED[0],
    ("Vlottende schulden korter dan een jaar", _vlot[0], _vlot[1]),
    GR_PASSIVA_FIXED[1],
]
assert all(v > 0 for v in _vlot), _vlot

# Weerstandsvermogen: risks (whole euros): risico, kans %, impact
GR_RISICOS = [
    ("Loonontwikkeling boven de indexatie", 40, 900000),
    ("Uitspraak over het FLO-overgangsrecht", 30, 750000),
    ("Grootschalige inzet bij natuurbrand", 25, 600000),
    ("Vertraagde levering van materieel", 50, 320000),
    ("Cyberincident", 20, 500000),
]
GR_RISICO_TOTAAL = sum(k * i // 100 for _, k, i in GR_RISICOS)
GR_ALG_RES_EIND = GR_RES["Algemene reserve"][1] + GR_RES["Algemene reserve"][2] - GR_RES["Algemene reserve"][3]
GR_WEERSTANDSRATIO = round(GR_ALG_RES_EIND / GR_RISICO_TOTAAL, 2)

# Kengetallen (%): Realisatie 2030, Begroting 2031, Realisatie 2031
GR_KENGETALLEN = [
    ("Netto schuldquote", 142.6, 151.0, 138.9),
    ("Solvabiliteitsratio", 11.8, 10.9, 13.2),
    ("Structurele exploitatieruimte", 1.1, 0.0, 2.6),
]

# Personeel
GR_FORMATIE = [
    # label, unit, 31-12-2030, 31-12-2031
    ("Beroepspersoneel repressie (fte)", 212.4, 216.8),
    ("Ondersteunend personeel (fte)", 61.8, 63.2),
    ("Vrijwilligers (aantal)", 486, 471),
]
GR_VERZUIM_2031 = 5.8                  # prose only
GR_KAZERNES = 19

# WNT (whole euros)
WNT = [
    # function, beloning, betaalbaar op termijn, maximum
    ("Directeur veiligheidsregio en regionaal commandant brandweer", 178412, 24316, 262000),
    ("Plaatsvervangend directeur", 146208, 21944, 262000),
]
WNT_TOTAAL = {w[0]: w[1] + w[2] for w in WNT}

# Beleidsindicatoren per programme: indicator, eenheid, Realisatie 2031, Doel 2033 (printed as given)
INDICATOREN = {
    "P1": [("Verwijzingen Halt", "per 10.000 jongeren", 118, 110),
           ("Winkeldiefstallen", "per 1.000 inwoners", 1.6, 1.4),
           ("Geweldsmisdrijven", "per 1.000 inwoners", 4.2, 4.0),
           ("Tevredenheid dienstverlening", "%", 76, 80)],
    "P2": [("Restafval", "kg per inwoner", 148, 120),
           ("Meldingen binnen 5 dagen opgelost", "%", 81, 90),
           ("Tevredenheid over fietspaden", "%", 64, 70)],
    "P3": [("Functiemenging", "%", 52.4, 53.0),
           ("Vestigingen", "per 1.000 inw. 15-74 jr", 128.6, 130.0),
           ("Leegstand winkels centrum", "%", 8.9, 7.5)],
    "P4": [("Banen", "per 1.000 inw. 15-64 jr", 712, 720),
           ("Jongeren met jeugdhulp", "%", 12.4, 12.0),
           ("Personen met bijstand", "per 10.000 inw. 18+", 362, 350),
           ("Cliënten Wmo-maatwerk", "per 10.000 inwoners", 652, 640)],
    "P5": [("Absoluut verzuim", "per 1.000 leerlingen", 2.1, 1.8),
           ("Voortijdig schoolverlaters", "%", 1.7, 1.5),
           ("Niet-sporters", "%", 46.3, 42.0)],
    "P6": [("Overhead", "% van de lasten", 11.4, 11.0),
           ("Apparaatskosten", "euro per inwoner", 812, 845),
           ("Externe inhuur", "% van de loonsom", 14.8, 12.0)],
}

# Toelichting op de verschillen: lasten Begroting 2033 minus Begroting 2032 per programme (x € 1.000).
# The last row 'Overige verschillen' is computed so that the items add up to the change in lasten.
_VERSCHIL_ITEMS = {
    "P1": [("Hogere bijdrage veiligheidsregio", VP["Veiligheidsregio Lingemonde"][2] - VP["Veiligheidsregio Lingemonde"][1]),
           ("Uitbreiding boa's", 148), ("Loon- en prijsindexatie", 196)],
    "P2": [("Kapitaallasten riolering en wegen", 540), ("Verwerkingskosten afval", 412),
           ("Loon- en prijsindexatie", 236)],
    "P3": [("Grondexploitatie Kadijkterrein", -820), ("Voorbereiding Stationskwartier", 215),
           ("Loon- en prijsindexatie", 98)],
    "P4": [(lbl, P4_ONDERDEEL[lbl][2] - P4_ONDERDEEL[lbl][1]) for lbl in ("Jeugdhulp", "Wmo-maatwerkvoorzieningen",
                                                                            "Inkomensregelingen")],
    "P5": [("Kapitaallasten IKC Zuidertuinen", 310), ("Tijdelijke sportaccommodatie", 420),
           ("Cultuurfonds kinderen", 75), ("Loon- en prijsindexatie", 204)],
    "P6": [("Loon- en prijsindexatie overhead", 512), ("ICT en werkplekken", 188)],
}
VERSCHILLEN = {}
for _p, _items in _VERSCHIL_ITEMS.items():
    _delta = LASTEN_K[_p][2] - LASTEN_K[_p][1]
    VERSCHILLEN[_p] = _items + [("Overige verschillen", _delta - sum(v for _, v in _items))]

# Nieuw beleid 2033-2036 (x € 1.000), in the inleiding
NIEUW_BELEID = [
    ("Aanpak ondermijning", [180, 180, 120, 120]),
    ("Twee extra boa's", [145, 148, 151, 154]),
    ("Praktijkondersteuners jeugd", [220, 225, 230, 235]),
    ("Cultuurfonds kinderen", [75, 75, 75, 75]),
    ("Fietsstraten", [60, 60, 60, 60]),
]
NIEUW_BELEID_TOTAAL = [sum(r[1][i] for r in NIEUW_BELEID) for i in range(4)]
