"""Every figure of the two FICTIONAL documents of set-az, typed once, with asserts that they add up.

CO = Collectie Overijssel, Begroting 2026 en meerjarenraming 2027-2029 (the real gemeenschappelijke regeling;
     all figures made up).
TW = Gemeente Twenterand, Tweede bestuursrapportage 2025 (najaarsnota) (the real municipality; figures made up).

Run `python data.py` to run the asserts and print a summary.
"""
from __future__ import annotations

from decimal import Decimal

from fmt import k, round_cents

# =====================================================================================================
# Collectie Overijssel
# =====================================================================================================
CO_BODY = "Collectie Overijssel"
CO_FILE = "collectie-overijssel-begroting-2026.pdf"
CO_TITLE = "Begroting 2026 en meerjarenraming 2027-2029"
CO_YEARS = ["R24", "B25", "B26", "M27", "M28", "M29"]
CO_COLS = {  # column key -> header text as printed (two header rows: group / year)
    "R24": ("Rekening", "2024"),
    "B25": ("Begroting", "2025 n.w."),
    "B26": ("Begroting", "2026"),
    "M27": ("Meerjarenraming", "2027"),
    "M28": ("Meerjarenraming", "2028"),
    "M29": ("Meerjarenraming", "2029"),
}
CO_COLNAME = {"R24": "Rekening 2024", "B25": "Begroting 2025 n.w.", "B26": "Begroting 2026",
              "M27": "2027", "M28": "2028", "M29": "2029"}

CO_PROGRAMMES = [
    ("1", "Collectie en depot", [("1.1", "Beheer collectie"), ("1.2", "Depot en huisvesting"),
                                 ("1.3", "Acquisitie en verwerving")]),
    ("2", "Digitalisering en informatiediensten", [("2.1", "Digitalisering collecties"), ("2.2", "E-depot"),
                                                   ("2.3", "Snelle Scanservice")]),
    ("3", "Publieksbereik en kennis", [("3.1", "Studiezalen en klantcontact"), ("3.2", "Educatie en presentatie"),
                                       ("3.3", "Onderzoek en fellowships")]),
    ("4", "Bedrijfsvoering", [("4.1", "Management en staf"), ("4.2", "ICT en informatiebeveiliging"),
                              ("4.3", "Kapitaallasten")]),
]

# lasten per part, x € 1.000, columns CO_YEARS (4.3 from 2027 on is computed from the investment plan)
CO_LASTEN = {
    "1.1": [1412, 1486, 1538, 1571, 1603, 1636],
    "1.2": [1688, 1752, 1834, 1871, 1905, 1942],
    "1.3": [214, 236, 248, 253, 259, 264],
    "2.1": [842, 968, 1124, 1086, 1012, 1031],
    "2.2": [386, 412, 455, 468, 479, 491],
    "2.3": [298, 311, 322, 329, 336, 343],
    "3.1": [612, 598, 584, 596, 608, 620],
    "3.2": [233, 264, 301, 307, 313, 319],
    "3.3": [96, 118, 126, 129, 131, 134],
    "4.1": [702, 734, 762, 778, 794, 810],
    "4.2": [408, 441, 471, 487, 455, 420],
    "4.3": None,  # filled below
}
# baten per part, x € 1.000 (None = no baten, printed '-')
CO_BATEN = {
    "1.1": [231, 236, 241, 246, 251, 256],
    "1.2": [96, 88, 90, 92, 94, 96],
    "1.3": None,
    "2.1": [405, 402, 410, 410, 0, 0],
    "2.2": [38, 41, 44, 45, 46, 47],
    "2.3": [62, 70, 74, 76, 78, 80],
    "3.1": [14, 12, 12, 12, 12, 12],
    "3.2": [48, 55, 60, 61, 62, 63],
    "3.3": [50, 50, 50, 50, 50, 50],
    "4.1": [24, 18, 20, 20, 20, 20],
    "4.2": None,
    "4.3": None,
}

# ---- investment plan (euros): (nr, name, year, amount, term in years); depreciation linear from the year after
CO_INVEST = [
    (1, "Scanapparatuur Snelle Scanservice", 2026, 96000, 5),
    (2, "Vervanging werkplekken", 2026, 72000, 4),
    (3, "Klimaatinstallatie depot Zwolle", 2026, 240000, 15),
    (4, "Nieuw collectiebeheersysteem", 2026, 180000, 5),
    (5, "Stellingen depot Deventer", 2027, 120000, 20),
    (6, "Uitbreiding opslag e-depot", 2027, 84000, 4),
    (7, "Netwerk en wifi", 2027, 45000, 5),
    (8, "Vervanging werkplekken", 2028, 76000, 4),
    (9, "Audiovisuele middelen studiezaal", 2028, 30000, 5),
    (10, "Scanner grootformaat", 2028, 110000, 5),
    (11, "Beveiligingsinstallatie depot", 2029, 64000, 8),
    (12, "Servers en opslag", 2029, 90000, 5),
]
# depreciation of the assets already on the balance sheet (euros), per year (R24/B25/B26 fixed, then falling)
CO_DEPR_EXISTING = {2024: 281000, 2025: 296000, 2026: 318000, 2027: 236000, 2028: 214000, 2029: 196000}
CO_INVEST_2025 = 214000   # investments in 2025 (already in the existing assets from 2026 on), prose only


def co_depr_new(year: int) -> int:
    return sum(a // t for (_, _, y, a, t) in CO_INVEST if y < year)


for _nr, _n, _y, _a, _t in CO_INVEST:
    assert _a % _t == 0, (_n, "depreciation must be whole euros")
CO_KAPLASTEN = {y: CO_DEPR_EXISTING[y] + co_depr_new(y) for y in range(2024, 2030)}
CO_LASTEN["4.3"] = [k(CO_KAPLASTEN[y]) for y in range(2024, 2030)]
CO_INVEST_YEAR_TOTAL = {y: sum(a for (_, _, yy, a, _) in CO_INVEST if yy == y) for y in range(2026, 2030)}

# ---- indexation (percent, 2 decimals), share of wage costs
CO_INDEX = {  # year: (loonindex, prijsindex)
    2026: (Decimal("3.60"), Decimal("2.30")),
    2027: (Decimal("2.80"), Decimal("2.10")),
    2028: (Decimal("2.60"), Decimal("2.00")),
    2029: (Decimal("2.50"), Decimal("2.00")),
}
CO_LOON_SHARE = Decimal("0.70")
CO_INDEX_W = {y: (CO_LOON_SHARE * l + (1 - CO_LOON_SHARE) * p).quantize(Decimal("0.01"))
              for y, (l, p) in CO_INDEX.items()}
assert CO_INDEX_W[2026] == Decimal("3.21")

# ---- deelnemers: (key, printed name, kind GR/DVO, rekening 2024 x € 1.000, begroting 2025 n.w. in cents)
CO_DEELNEMERS = [
    ("rijk", "Het Rijk", "GR", 2291, 236240000),
    ("zwolle", "Gemeente Zwolle", "GR", 1719, 177662000),
    ("deventer", "Gemeente Deventer", "GR", 1284, 132785000),
    ("provincie", "Provincie Overijssel", "DVO", 650, 67130000),
    ("dalfsen", "Gemeente Dalfsen", "DVO", 37, 3835000),
    ("hardenberg", "Gemeente Hardenberg", "DVO", 50, 5240000),
    ("olst", "Gemeente Olst-Wijhe", "DVO", 29, 2960000),
    ("raalte", "Gemeente Raalte", "DVO", 40, 4180000),
    ("twenterand", "Gemeente Twenterand", "DVO", 45, 4680000),
]
CO_INWONERS = {"zwolle": 132870, "deventer": 102140}   # 1 januari 2025, prose


def _index_cents(c: int, pct: Decimal) -> int:
    return round_cents(Decimal(c) / 100 * pct / 100)


CO_BIJDR = {}   # key -> {year: cents} for 2025..2029; plus 'idx2026' cents
for key, name, kind, r24, b25 in CO_DEELNEMERS:
    d = {2025: b25}
    d["idx2026"] = _index_cents(b25, CO_INDEX_W[2026])
    d[2026] = b25 + d["idx2026"]
    for y in (2027, 2028, 2029):
        d[y] = d[y - 1] + _index_cents(d[y - 1], CO_INDEX_W[y])
    d[2024] = r24 * 100000   # rekening 2024 only known in thousands
    CO_BIJDR[key] = d
CO_PER_INWONER_2026 = {g: (Decimal(CO_BIJDR[g][2026]) / 100 / CO_INWONERS[g]).quantize(Decimal("0.01"))
                       for g in CO_INWONERS}

def _kc(cents_: int) -> int:
    """cents -> x € 1.000 half up."""
    return int((Decimal(cents_) / 100000).quantize(Decimal(1), rounding="ROUND_HALF_UP"))


# rows of the bijdragen table x € 1.000 (per deelnemer): rekening 2024 as typed, then the rounded euros
CO_BIJDR_K = {d[0]: [d[3]] + [_kc(CO_BIJDR[d[0]][y]) for y in (2025, 2026, 2027, 2028, 2029)] for d in CO_DEELNEMERS}
CO_DVO_KEYS = [d[0] for d in CO_DEELNEMERS if d[2] == "DVO"]
CO_GR_KEYS = [d[0] for d in CO_DEELNEMERS if d[2] == "GR"]
# totals of the DVO-partners: the sum of the printed (rounded) rows; asserted equal to the rounded sum of euros
CO_DVO_TOTAL_K = [sum(CO_BIJDR_K[kk][i] for kk in CO_DVO_KEYS) for i in range(6)]
CO_GR_TOTAL_K = [sum(CO_BIJDR_K[kk][i] for kk in CO_GR_KEYS) for i in range(6)]
for i, y in enumerate((2025, 2026, 2027, 2028, 2029), start=1):
    assert CO_DVO_TOTAL_K[i] == _kc(sum(CO_BIJDR[kk][y] for kk in CO_DVO_KEYS)), ("DVO rounding", y)
    assert CO_GR_TOTAL_K[i] == _kc(sum(CO_BIJDR[kk][y] for kk in CO_GR_KEYS)), ("GR rounding", y)
CO_BIJDR_TOTAL_K = [CO_GR_TOTAL_K[i] + CO_DVO_TOTAL_K[i] for i in range(6)]

CO_RENTE = [128, 110, 92, 80, 72, 65]   # rentebaten x € 1.000

# ---- reserves x € 1.000: stand 1-1-2026, then (toevoeging, onttrekking) per year 2026..2029
CO_RESERVES = [
    ("Algemene reserve", 180, [(0, 0), (0, 0), (0, 0), (0, 0)]),
    ("Bestemmingsreserve Onderhoud", 1046, [(60, 210), (60, 180), (60, 120), (60, 405)]),
    ("Bestemmingsreserve Datakwaliteit & Collectiebeheer", 1104, [(0, 299), (0, 240), (0, 469), (0, 96)]),
    ("Bestemmingsreserve Digitale dienstverlening", 612, [(0, 140), (0, 140), (0, 140), (0, 140)]),
    ("Bestemmingsreserve Collectiecentrum", 250, [(150, 0), (150, 0), (150, 0), (150, 0)]),
]
CO_RES_R24 = (318, 142)   # toevoeging, onttrekking in the rekening 2024
CO_RES_B25 = (400, 587)   # begroting 2025 n.w.
CO_RES_STAND_1_1_2025 = 3379   # stand 1-1-2025 (prose)
CO_RES_TOEV = [CO_RES_R24[0], CO_RES_B25[0]] + [sum(r[2][i][0] for r in CO_RESERVES) for i in range(4)]
CO_RES_ONTT = [CO_RES_R24[1], CO_RES_B25[1]] + [sum(r[2][i][1] for r in CO_RESERVES) for i in range(4)]
CO_RES_STAND = {}   # name -> [1-1-2026, 31-12-2026, 31-12-2027, 31-12-2028, 31-12-2029]
for name, s, mv in CO_RESERVES:
    st = [s]
    for t, o in mv:
        st.append(st[-1] + t - o)
        assert st[-1] >= 0, (name, st)
    CO_RES_STAND[name] = st
CO_RES_TOTAL_STAND = [sum(CO_RES_STAND[r[0]][i] for r in CO_RESERVES) for i in range(5)]
assert CO_RES_STAND_1_1_2025 + CO_RES_B25[0] - CO_RES_B25[1] == CO_RES_TOTAL_STAND[0]

# ---- overview (x € 1.000)
CO_PROG_LASTEN = {p: [sum(CO_LASTEN[c][i] for c, _ in parts) for i in range(6)] for p, _, parts in CO_PROGRAMMES}
CO_PROG_BATEN = {p: [sum((CO_BATEN[c] or [0] * 6)[i] for c, _ in parts) for i in range(6)]
                 for p, _, parts in CO_PROGRAMMES}
CO_PROG_SALDO = {p: [CO_PROG_BATEN[p][i] - CO_PROG_LASTEN[p][i] for i in range(6)] for p in CO_PROG_LASTEN}
CO_TOT_LASTEN = [sum(CO_PROG_LASTEN[p][i] for p in CO_PROG_LASTEN) for i in range(6)]
CO_TOT_PROG_BATEN = [sum(CO_PROG_BATEN[p][i] for p in CO_PROG_BATEN) for i in range(6)]
CO_ALG_DEKKING = [CO_BIJDR_TOTAL_K[i] + CO_RENTE[i] for i in range(6)]
CO_TOT_BATEN = [CO_TOT_PROG_BATEN[i] + CO_ALG_DEKKING[i] for i in range(6)]
CO_SALDO = [CO_TOT_BATEN[i] - CO_TOT_LASTEN[i] for i in range(6)]
CO_RESULTAAT = [CO_SALDO[i] - CO_RES_TOEV[i] + CO_RES_ONTT[i] for i in range(6)]
CO_RESULTAAT_TARGET = [-107, 0, 0, -38, -146, -213]
assert CO_RESULTAAT == CO_RESULTAAT_TARGET, (CO_RESULTAAT, CO_RESULTAAT_TARGET)

# ---- personeel (fte, one decimal), begroting 2025 n.w. and 2026
CO_FTE = [
    ("Directie", Decimal("1.0"), Decimal("1.0")),
    ("Collectie & Depot", Decimal("14.2"), Decimal("14.8")),
    ("Digitalisering & Informatiediensten", Decimal("12.6"), Decimal("13.4")),
    ("Publiek & Kennis", Decimal("9.8"), Decimal("10.2")),
    ("Bedrijfsvoering", Decimal("11.4"), Decimal("11.6")),
]
CO_FTE_TOTAL = (sum(r[1] for r in CO_FTE), sum(r[2] for r in CO_FTE))
CO_LOONSOM_2026 = 4212000   # prose: 'de loonsom 2026 bedraagt € 4.212.000'

# ---- risks (x € 1.000): name, impact, kans %
CO_RISKS = [
    ("Gebouwen - huurdersrisico's", 220, 10),
    ("Depots - calamiteiten", 250, 10),
    ("Inflatie - kosten boven index", 120, 50),
    ("Ziekte - kosten vervanging", 100, 25),
    ("Projecten - tegenvallers digitalisering", 80, 50),
    ("Cyberincident", 150, 20),
]
CO_RISK_NEED = [(n, i, p, i * p // 100) for n, i, p in CO_RISKS]
for _n, _i, _p, _b in CO_RISK_NEED:
    assert _i * _p % 100 == 0
CO_RISK_TOTAL = sum(b for *_, b in CO_RISK_NEED)
CO_ONVOORZIEN = 40   # post onvoorzien 2026 x € 1.000 (part of 4.1)
CO_CAPACITEIT = CO_RES_STAND["Algemene reserve"][0] + CO_ONVOORZIEN
CO_RATIO = (Decimal(CO_CAPACITEIT) / Decimal(CO_RISK_TOTAL)).quantize(Decimal("0.01"))

# ---- geprognosticeerde balans (x € 1.000), 31-12 of 2024..2029
#   vaste activa: computed from investments/depreciation; eigen vermogen = reserves (+ resultaat of that year)
CO_VASTE_ACTIVA_2024 = 548
_va = [CO_VASTE_ACTIVA_2024]
for i, y in enumerate(range(2025, 2030)):
    inv = CO_INVEST_2025 if y == 2025 else CO_INVEST_YEAR_TOTAL[y]
    _va.append(_va[-1] + k(inv) - CO_LASTEN["4.3"][i + 1])
CO_BAL_VASTE_ACTIVA = _va
CO_BAL_EV = [CO_RES_STAND_1_1_2025, CO_RES_TOTAL_STAND[0]] + CO_RES_TOTAL_STAND[1:]   # after resultaatbestemming
CO_BAL_VOORZ = [210, 190, 170, 150, 150, 150]
CO_BAL_VLOTTEND = [1850, 1700, 1650, 1650, 1600, 1600]      # vlottende schulden
CO_BAL_VASTE_SCHULD = [0, 0, 0, 0, 0, 0]
CO_BAL_TOTAAL = [CO_BAL_EV[i] + CO_BAL_VOORZ[i] + CO_BAL_VLOTTEND[i] + CO_BAL_VASTE_SCHULD[i] for i in range(6)]
CO_BAL_VORD = [CO_BAL_TOTAAL[i] - CO_BAL_VASTE_ACTIVA[i] for i in range(6)]   # incl. rekening-courant Rijk
CO_SOLV = [(Decimal(CO_BAL_EV[i]) * 100 / CO_BAL_TOTAAL[i]).quantize(Decimal("0.1")) for i in range(6)]
CO_NSQ = [(Decimal(CO_BAL_VASTE_SCHULD[i] + CO_BAL_VLOTTEND[i] - CO_BAL_VORD[i]) * 100 / CO_TOT_BATEN[i])
          .quantize(Decimal("0.1")) for i in range(6)]


# =====================================================================================================
# Twenterand
# =====================================================================================================
TW_BODY = "Twenterand"
TW_FILE = "twenterand-najaarsnota-2025.pdf"
TW_TITLE = "Tweede bestuursrapportage 2025 (najaarsnota)"
TW_INWONERS = 34291          # 1-1-2025
TW_HUISHOUDENS = 14122
TW_JONGEREN = 7318           # 0-17 jaar
TW_65PLUS = 7905

TW_PROGRAMMES = [
    ("1", "Bestuur en Dienstverlening"),
    ("2", "Fysiek Domein"),
    ("3", "Sociaal Domein"),
    ("4", "Algemene dekkingsmiddelen"),
    ("5", "Overhead en Vpb"),
]
# begroting 2025 na 1e bestuursrapportage (euros): lasten, baten per programme (3 = sum of doelenbomen)
TW_PROG_BEGR = {
    "1": (6824615, 1102480),
    "2": (36847345, 18642905),
    "4": (1894310, 88412630),
    "5": (13188640, 210550),
}
# Sociaal Domein per doelenboom: (name, primitief L, primitief B, na 1e berap L, na 1e berap B)
TW_DOELENBOMEN = [
    ("Sociale zaken", 22184270, 11102650, 22410385, 11240120),
    ("Maatschappelijke ondersteuning", 14986340, 486215, 15260418, 486215),
    ("Gezondheidszorg", 2701960, 0, 2742180, 0),
    ("Onderwijs", 4880745, 362090, 4928233, 362090),
    ("Jeugd", 18795410, 310000, 19365264, 310000),
]

# deviations (euros; multiples of 1.000). afw > 0 = voordeel, < 0 = nadeel.
#   id, programme, doelenboom, taakveld, L/B, begr n.w., I/S, structurele doorwerking 2026-2029 (per year, signed),
#   toelichting
TW_AFW = [
    ("bur", "1", None, "0.2 Burgerzaken", "B", 612340, 76000, "I", 0,
     "Meer aanvragen van paspoorten en identiteitskaarten door de piek in vervangingen (documenten uit 2014 en "
     "2015 verlopen). De hogere legesopbrengst is incidenteel."),
    ("best", "1", None, "0.1 Bestuur", "L", 2148300, -48000, "I", 0,
     "Extra kosten voor raadsondersteuning en de raadsinformatieavonden over de woningbouwopgave, en een hogere "
     "bijdrage aan de Regio Twente."),
    ("verk", "2", None, "2.1 Verkeer en vervoer", "L", 3412080, 113000, "I", 0,
     "Lagere kosten gladheidsbestrijding door de zachte winter en een aanbestedingsvoordeel op het onderhoud "
     "van bermen en sloten."),
    ("afvL", "2", None, "7.3 Afval", "L", 4186450, -166000, "I", 0,
     "Het verwerkingstarief van Twence is hoger vastgesteld en er is meer grofvuil aangeboden. Het tarief wordt "
     "bij de afvalstoffenheffing 2026 meegenomen."),
    ("afvB", "2", None, "7.3 Afval", "B", 4402115, 69000, "I", 0,
     "Hogere opbrengst oud papier en hogere vergoedingen voor PMD."),
    ("won", "2", None, "8.3 Wonen en bouwen", "B", 1240000 + 3550, -258000, "I", 0,
     "Minder aanvragen omgevingsvergunning voor bouwactiviteiten, vooral door uitgestelde projecten van "
     "ontwikkelaars; de legesopbrengst blijft achter bij de raming."),
    ("groen", "2", None, "5.7 Openbaar groen en (openlucht)recreatie", "L", 2064215, -54000, "S", -40000,
     "Hogere kosten voor de bestrijding van de eikenprocessierups. De plaag neemt toe; de kosten zijn "
     "structureel hoger."),
    ("jgd", "3", "Jeugd", "6.72 Maatwerkdienstverlening 18-", "L", 12480000 + 2140, -885000, "S", -600000,
     "Meer jeugdigen met jeugdhulp met verblijf en langere trajecten. De tarieven van het Twents model zijn per "
     "1 juli 2025 extra geïndexeerd. Een deel van de stijging is structureel."),
    ("jbs", "3", "Jeugd", "6.82 Geëscaleerde zorg 18-", "L", 1640380, 54000, "I", 0,
     "Minder maatregelen jeugdbescherming en jeugdreclassering dan geraamd."),
    ("hbh", "3", "Maatschappelijke ondersteuning", "6.71 Maatwerkdienstverlening 18+", "L", 3920460, -348000, "S",
     -250000,
     "Het aantal cliënten hulp bij het huishouden blijft stijgen door het abonnementstarief en de vergrijzing."),
    ("wmo", "3", "Maatschappelijke ondersteuning", "6.6 Maatwerkvoorzieningen (Wmo)", "L", 1850275, 108000, "I", 0,
     "Lagere kosten woningaanpassingen; een aantal grote aanpassingen schuift door naar 2026."),
    ("bijsL", "3", "Sociale zaken", "6.3 Inkomensregelingen", "L", 11960410, 312000, "I", 0,
     "Het aantal huishoudens met een bijstandsuitkering daalt licht, waardoor de uitkeringslasten lager "
     "uitvallen."),
    ("bijsB", "3", "Sociale zaken", "6.3 Inkomensregelingen", "B", 10880000 + 1210, 262000, "I", 0,
     "Het definitieve BUIG-budget 2025 is hoger vastgesteld dan het voorlopige budget."),
    ("wsw", "3", "Sociale zaken", "6.4 Begeleide participatie", "L", 5320190, -78000, "S", -78000,
     "Hogere loonkosten Wsw-medewerkers bij Soweco door de cao-verhoging."),
    ("ggd", "3", "Gezondheidszorg", "7.1 Volksgezondheid", "L", 2610345, -38000, "S", -38000,
     "Hogere bijdrage aan de GGD Twente voor het basistakenpakket."),
    ("llv", "3", "Onderwijs", "4.3 Onderwijsbeleid en leerlingzaken", "L", 2184120, -107000, "S", -60000,
     "Leerlingenvervoer: meer leerlingen en hogere tarieven na de nieuwe aanbesteding."),
    ("au", "4", None, "0.7 Algemene uitkering en overige uitkeringen gemeentefonds", "B", 78450210, 764000, "S",
     420000,
     "Septembercirculaire 2025: hogere algemene uitkering door het accres en hogere uitkeringen in het sociaal "
     "domein."),
    ("ozb", "4", None, "0.61 OZB woningen", "B", 6412380, 56000, "I", 0,
     "Meer opgeleverde nieuwbouwwoningen dan geraamd (areaaluitbreiding)."),
    ("treas", "4", None, "0.5 Treasury", "L", 612440, 64000, "I", 0,
     "Lagere rentelasten doordat een nieuwe lening later en tegen een lagere rente is aangetrokken."),
    ("ovh", "5", None, "0.4 Overhead", "L", 12840320, -186000, "S", -150000,
     "De cao-loonsverhoging 2025 valt hoger uit dan in de begroting was geraamd."),
]
TW_AFW_BY_ID = {a[0]: a for a in TW_AFW}
for a in TW_AFW:
    assert a[6] % 1000 == 0 and a[8] % 1000 == 0, a[0]
    assert (a[7] == "I") == (a[8] == 0), a[0]


def tw_progn(a) -> int:
    """prognose 2025 of a deviation row: lasten: begr - afw; baten: begr + afw."""
    return a[5] - a[6] if a[4] == "L" else a[5] + a[6]


# doelenboom prognose
TW_DB_PROGN = {}
for name, pl, pb, bl, bb in TW_DOELENBOMEN:
    dl = sum(a[6] for a in TW_AFW if a[2] == name and a[4] == "L")
    db = sum(a[6] for a in TW_AFW if a[2] == name and a[4] == "B")
    TW_DB_PROGN[name] = (bl - dl, bb + db)
TW_SD = {
    "prim": (sum(d[1] for d in TW_DOELENBOMEN), sum(d[2] for d in TW_DOELENBOMEN)),
    "begr": (sum(d[3] for d in TW_DOELENBOMEN), sum(d[4] for d in TW_DOELENBOMEN)),
    "progn": (sum(TW_DB_PROGN[d[0]][0] for d in TW_DOELENBOMEN), sum(TW_DB_PROGN[d[0]][1] for d in TW_DOELENBOMEN)),
}
TW_PROG_BEGR["3"] = TW_SD["begr"]
TW_PROG_PROGN = {}
for p, _ in TW_PROGRAMMES:
    bl, bb = TW_PROG_BEGR[p]
    dl = sum(a[6] for a in TW_AFW if a[1] == p and a[4] == "L")
    db = sum(a[6] for a in TW_AFW if a[1] == p and a[4] == "B")
    TW_PROG_PROGN[p] = (bl - dl, bb + db)
TW_PROG_AFW = {p: (TW_PROG_PROGN[p][1] - TW_PROG_PROGN[p][0]) - (TW_PROG_BEGR[p][1] - TW_PROG_BEGR[p][0])
               for p in TW_PROG_BEGR}
TW_AFW_TOTAL = sum(a[6] for a in TW_AFW)
assert TW_AFW_TOTAL == sum(TW_PROG_AFW.values())

# reserves x € 1.000: name, stand 1-1-2025, mutatie begroting 2025 n.w., mutatie najaarsnota
TW_OVERHEVELINGEN = [  # (onderwerp, taakveld, bedrag euros, naar jaar)
    ("Actualisatie omgevingsplan", "8.1 Ruimtelijke ordening", 85000, 2026),
    ("Digitalisering bouwdossiers", "0.4 Overhead", 42500, 2026),
    ("Vroegsignalering schulden", "6.3 Inkomensregelingen", 37000, 2026),
    ("Woningaanpassingen Wmo (doorgeschoven aanvragen)", "6.6 Maatwerkvoorzieningen (Wmo)", 60000, 2026),
    ("Uitvoering Regio Deal Twente", "3.1 Economische ontwikkeling", 120500, 2027),
]
TW_OVERHEVEL_TOTAL = sum(o[2] for o in TW_OVERHEVELINGEN)
assert TW_OVERHEVEL_TOTAL == 345000
TW_OVERHEVEL_2026 = sum(o[2] for o in TW_OVERHEVELINGEN if o[3] == 2026)
TW_ONTTR_SD = 300   # onttrekking reserve Sociaal Domein (x € 1.000) to cover part of jeugd
TW_RESERVES = [
    ("Algemene reserve", 14862, -1250, 0),
    ("Reserve Sociaal Domein", 3480, -600, -TW_ONTTR_SD),
    ("Reserve Budgetoverheveling", 412, -412, TW_OVERHEVEL_TOTAL // 1000),
    ("Reserve Kapitaallasten", 8930, -310, 0),
    ("Reserve Volkshuisvesting", 1245, 150, 0),
]
TW_RES_END = {r[0]: r[1] + r[2] + r[3] for r in TW_RESERVES}
TW_RES_TOT = (sum(r[1] for r in TW_RESERVES), sum(r[2] for r in TW_RESERVES), sum(r[3] for r in TW_RESERVES),
              sum(TW_RES_END.values()))
# reserve mutations in the programme overview (euros, begroting n.w.): toevoegingen / onttrekkingen
TW_RES_BEGR_TOEV = 150000 + 0
TW_RES_BEGR_ONTT = 1250000 + 600000 + 412000 + 310000
assert TW_RES_BEGR_ONTT - TW_RES_BEGR_TOEV == -TW_RES_TOT[1] * 1000

# begrotingssaldo x € 1.000 (+ = voordelig)
TW_SALDO_PRIM = [312, -845, -412, 118, 406]
TW_MUT_1E = [-584, -210, -96, -40, -40]
TW_SALDO_1E = [TW_SALDO_PRIM[i] + TW_MUT_1E[i] for i in range(5)]
TW_STRUCT = [sum(a[8] for a in TW_AFW) // 1000] * 4
TW_AFW_K = [TW_AFW_TOTAL // 1000] + TW_STRUCT
TW_SALDO_2E = [TW_SALDO_1E[0] + TW_AFW_K[0] + TW_ONTTR_SD] + [TW_SALDO_1E[i] + TW_AFW_K[i] for i in range(1, 5)]

# the overview of baten en lasten must give the saldo na 1e berap for 2025 (euros, rounded x € 1.000)
TW_TOT_BEGR = (sum(v[0] for v in TW_PROG_BEGR.values()), sum(v[1] for v in TW_PROG_BEGR.values()))
TW_TOT_PROGN = (sum(v[0] for v in TW_PROG_PROGN.values()), sum(v[1] for v in TW_PROG_PROGN.values()))
TW_SALDO_BL_BEGR = TW_TOT_BEGR[1] - TW_TOT_BEGR[0]
TW_SALDO_BL_PROGN = TW_TOT_PROGN[1] - TW_TOT_PROGN[0]
TW_RESULT_BEGR = TW_SALDO_BL_BEGR - TW_RES_BEGR_TOEV + TW_RES_BEGR_ONTT
# najaarsnota: + onttrekking SD 300.000, + toevoeging budgetoverheveling 345.000 (neutral: the budgets are
# taken out of the exploitatie in the same najaarsnota, 'afgeraamd', which is not part of the deviations).
TW_AFGERAAMD = TW_OVERHEVEL_TOTAL
TW_RES_PROGN_TOEV = TW_RES_BEGR_TOEV + TW_OVERHEVEL_TOTAL
TW_RES_PROGN_ONTT = TW_RES_BEGR_ONTT + TW_ONTTR_SD * 1000
TW_RESULT_PROGN = TW_RESULT_BEGR + TW_AFW_TOTAL + TW_ONTTR_SD * 1000
assert k(TW_RESULT_BEGR) == TW_SALDO_1E[0] and k(TW_RESULT_PROGN) == TW_SALDO_2E[0], (TW_RESULT_BEGR, TW_RESULT_PROGN)

# investments (kredieten), euros: name, taakveld, jaar besluit, krediet, uitgaven t/m 2024, uitgaven 2025 t/m sept,
#   verwacht gereed
TW_KREDIETEN = [
    ("Kindcentrum Westerhaar (nieuwbouw)", "4.2 Onderwijshuisvesting", 2023, 6850000, 1420000, 2915600, 2026),
    ("Reconstructie Westeinde Vriezenveen", "2.1 Verkeer en vervoer", 2024, 1920000, 210500, 1048300, 2025),
    ("Vervanging riolering Den Ham, fase 2", "7.2 Riolering", 2024, 2400000, 380000, 995000, 2026),
    ("Kunstgrasveld sportpark Westerhaar", "5.2 Sportaccommodaties", 2025, 540000, 0, 498700, 2025),
    ("Vervanging ICT-infrastructuur", "0.4 Overhead", 2025, 385000, 0, 212450, 2025),
    ("Zonnepanelen gemeentehuis Vriezenveen", "0.3 Beheer overige gebouwen en gronden", 2024, 260000, 18400,
     196200, 2025),
]
TW_KRED_REST = {r[0]: r[3] - r[4] - r[5] for r in TW_KREDIETEN}
TW_KRED_TOT = tuple(sum(r[i] for r in TW_KREDIETEN) for i in (3, 4, 5)) + (sum(TW_KRED_REST.values()),)

# Sociaal domein detail (x € 1.000): group, row, primitief, begr n.w., afwijking (signed, + = voordeel), L/B
TW_SD_DETAIL = [
    ("Jeugdzorg", "Jeugdhulp met verblijf", 5420, 5860, -640, "L"),
    ("Jeugdzorg", "Jeugdhulp ambulant", 6390, 6622, -245, "L"),
    ("Jeugdzorg", "Jeugdbescherming en jeugdreclassering", 1602, 1640, 54, "L"),
    ("Wmo", "Hulp bij het huishouden", 2010, 2140, -348, "L"),
    ("Wmo", "Begeleiding en dagbesteding", 1765, 1780, 0, "L"),
    ("Wmo", "Hulpmiddelen en woonvoorzieningen", 1380, 1420, 108, "L"),
    ("Wmo", "Wmo-vervoer", 418, 430, 0, "L"),
    ("Participatie en bijstand", "Bijstandsuitkeringen (lasten)", 10650, 10720, 312, "L"),
    ("Participatie en bijstand", "BUIG-uitkering Rijk (baten)", 10745, 10881, 262, "B"),
    ("Participatie en bijstand", "Re-integratie en participatie", 1180, 1204, 0, "L"),
    ("Participatie en bijstand", "Loonkostensubsidie en Wsw (Soweco)", 5290, 5320, -78, "L"),
]
TW_SD_DETAIL_PROGN = {r[1]: (r[3] - r[4] if r[5] == "L" else r[3] + r[4]) for r in TW_SD_DETAIL}
# ties: the detail deviations equal the taakveld deviations
assert -640 - 245 == TW_AFW_BY_ID["jgd"][6] // 1000
assert 54 == TW_AFW_BY_ID["jbs"][6] // 1000
assert -348 == TW_AFW_BY_ID["hbh"][6] // 1000
assert 108 == TW_AFW_BY_ID["wmo"][6] // 1000
assert 312 == TW_AFW_BY_ID["bijsL"][6] // 1000
assert 262 == TW_AFW_BY_ID["bijsB"][6] // 1000
assert -78 == TW_AFW_BY_ID["wsw"][6] // 1000
# the begr n.w. of the jeugd detail adds up to the taakveld 6.72 (rounded)
assert 5860 + 6622 == (TW_AFW_BY_ID["jgd"][5] + 500) // 1000
assert 2140 + 1780 == (TW_AFW_BY_ID["hbh"][5] + 500) // 1000
assert 1420 + 430 == (TW_AFW_BY_ID["wmo"][5] + 500) // 1000

TW_SD_GROUP_TOT = {}
for g in ("Jeugdzorg", "Wmo"):
    rows = [r for r in TW_SD_DETAIL if r[0] == g]
    TW_SD_GROUP_TOT[g] = (sum(r[2] for r in rows), sum(r[3] for r in rows), sum(TW_SD_DETAIL_PROGN[r[1]] for r in rows),
                          sum(r[4] for r in rows))

# indicators (counts): name, realisatie 2024, begroot 2025, realisatie t/m september 2025, prognose 2025
TW_IND = [
    ("Aantal jeugdigen met jeugdhulp", 1184, 1150, 1096, 1235),
    ("Aantal jeugdigen met jeugdhulp met verblijf", 58, 52, 61, 64),
    ("Aantal cliënten hulp bij het huishouden", 1312, 1290, 1368, 1395),
    ("Aantal uitkeringsgerechtigden Participatiewet", 598, 590, 571, 575),
    ("Aantal personen uitgestroomd naar werk", 74, 70, 52, 70),
    ("Aantal aanvragen bijzondere bijstand", 512, 480, 366, 490),
    ("Aantal leerlingen leerlingenvervoer", 318, 300, 327, 327),
]

# prose figures
TW_DVO_CO = (39000, 46800)    # begroot / werkelijk: bijdrage DVO Collectie Overijssel 2025
assert TW_DVO_CO[1] == CO_BIJDR["twenterand"][2025] // 100


def summary() -> None:
    print("CO lasten", CO_TOT_LASTEN)
    print("CO baten", CO_TOT_BATEN)
    print("CO saldo", CO_SALDO)
    print("CO toev/ontt", CO_RES_TOEV, CO_RES_ONTT)
    print("CO resultaat", CO_RESULTAAT, "target", CO_RESULTAAT_TARGET)
    print("CO kapitaallasten", CO_KAPLASTEN)
    print("CO bijdragen K", CO_BIJDR_K)
    print("CO bal", CO_BAL_VASTE_ACTIVA, CO_BAL_EV, CO_BAL_TOTAAL, CO_BAL_VORD, CO_SOLV, CO_NSQ)
    print("CO risk", CO_RISK_TOTAL, CO_CAPACITEIT, CO_RATIO, "fte", CO_FTE_TOTAL)
    print("CO per inw", CO_PER_INWONER_2026)
    print("TW afw total", TW_AFW_TOTAL, "struct", TW_STRUCT, "prog afw", TW_PROG_AFW)
    print("TW SD", TW_SD, TW_DB_PROGN)
    print("TW saldo 1e", TW_SALDO_1E, "2e", TW_SALDO_2E)
    print("TW result begr", TW_RESULT_BEGR, "progn", TW_RESULT_PROGN)
    print("TW res", TW_RES_TOT, TW_RES_END)
    print("TW kred", TW_KRED_TOT)


if __name__ == "__main__":
    summary()
