"""FICTIONAL data for 'Gemeente Twenterand, Jaarstukken 2023'. Every amount, count, tariff and
percentage here is made up. Totals are computed, never typed."""
import random

R = random.Random(20230417)

# programme -> list of (code, taakveld name, lasten rekening 2023, baten rekening 2023)
PROGRAMMES = [
    ("1", "Bestuur en dienstverlening", [
        ("0.1", "Bestuur", 2846317, 41208),
        ("0.2", "Burgerzaken", 1192644, 498317),
        ("0.3", "Beheer overige gebouwen en gronden", 734905, 612480),
    ]),
    ("2", "Veiligheid", [
        ("1.1", "Crisisbeheersing en brandweer", 2418776, 18450),
        ("1.2", "Openbare orde en veiligheid", 806139, 52317),
    ]),
    ("3", "Sociaal Domein", [
        ("4.2", "Onderwijshuisvesting", 2108733, 86214),
        ("4.3", "Onderwijsbeleid en leerlingzaken", 2384915, 412660),
        ("6.1", "Samenkracht en burgerparticipatie", 3962418, 208115),
        ("6.2", "Wijkteams", 2746380, 0),
        ("6.3", "Inkomensregelingen", 14873266, 11947502),
        ("6.4", "Begeleide participatie", 5214937, 0),
        ("6.5", "Arbeidsparticipatie", 1627084, 96400),
        ("6.6", "Maatwerkvoorzieningen (Wmo)", 1984561, 112038),
        ("6.71", "Maatwerkdienstverlening 18+", 8356712, 421905),
        ("6.72", "Maatwerkdienstverlening 18-", 13718249, 0),
        ("6.81", "Geëscaleerde zorg 18+", 642318, 0),
        ("6.82", "Geëscaleerde zorg 18-", 3105877, 0),
        ("7.1", "Volksgezondheid", 2236940, 14500),
    ]),
    ("4", "Leefomgeving", [
        ("2.1", "Verkeer en vervoer", 5812406, 318274),
        ("5.7", "Openbaar groen en (openlucht) recreatie", 3104552, 46290),
        ("7.2", "Riolering", 4218660, 5012385),
        ("7.3", "Afval", 4706129, 5328841),
        ("7.4", "Milieubeheer", 1386402, 97310),
        ("7.5", "Begraafplaatsen en crematoria", 398715, 442906),
        ("8.1", "Ruimtelijke ordening", 1247833, 186420),
        ("8.2", "Grondexploitatie (niet bedrijventerreinen)", 2913604, 3287150),
        ("8.3", "Wonen en bouwen", 2076318, 1104872),
    ]),
    ("5", "Economie en vrije tijd", [
        ("3.1", "Economische ontwikkeling", 512388, 8400),
        ("3.2", "Fysieke bedrijfsinfrastructuur", 1406227, 1662504),
        ("3.4", "Economische promotie", 287615, 214380),
        ("5.1", "Sportbeleid en activering", 624903, 12600),
        ("5.2", "Sportaccommodaties", 3318460, 987215),
        ("5.3", "Cultuurpresentatie, cultuurproductie en cultuurparticipatie", 1208417, 64300),
        ("5.6", "Media", 842150, 24811),
    ]),
    ("ADM", "Algemene dekkingsmiddelen", [
        ("0.5", "Treasury", 412806, 1046218),
        ("0.61", "OZB woningen", 286410, 6114572),
        ("0.62", "OZB niet-woningen", 148205, 3268944),
        ("0.64", "Belastingen overig", 12300, 184620),
        ("0.7", "Algemene uitkering en overige uitkeringen gemeentefonds", 0, None),  # balancing
        ("0.8", "Overige baten en lasten", 1118450, 96000),
    ]),
    ("OH", "Overhead, Vpb en onvoorzien", [
        ("0.4", "Overhead", 14862305, 736418),
        ("0.9", "Vennootschapsbelasting (VpB)", 18420, 0),
        ("0.8o", "Onvoorzien", 0, 0),
    ]),
]

COLS = ["R22", "BP", "BW", "R23"]  # rekening 2022, begroting primitief, na wijziging, rekening 2023

# reserves per programme: (toevoegingen, onttrekkingen) for each column
RESERVES = {
    "1": {"R22": (0, 86000), "BP": (0, 120000), "BW": (0, 120000), "R23": (0, 120000)},
    "2": {"R22": (0, 0), "BP": (0, 0), "BW": (0, 0), "R23": (0, 0)},
    "3": {"R22": (400000, 1104250), "BP": (0, 950000), "BW": (250000, 1540000), "R23": (250000, 1382600)},
    "4": {"R22": (1245000, 402118), "BP": (300000, 438715), "BW": (612000, 438715), "R23": (612000, 438715)},
    "5": {"R22": (0, 96500), "BP": (0, 215000), "BW": (0, 215000), "R23": (0, 215000)},
    "ADM": {"R22": (1500000, 0), "BP": (650000, 0), "BW": (1850000, 0), "R23": (1850000, 0)},
    "OH": {"R22": (0, 0), "BP": (0, 0), "BW": (0, 0), "R23": (0, 0)},
}
# the overall result per column (gerealiseerd/geraamd resultaat); the Algemene uitkering balances it
TARGET_RESULT = {"R22": 1604311, "BP": 312480, "BW": -1146905, "R23": 2418637}
ONVOORZIEN_BUDGET = {"BP": 150000, "BW": 62500}

DOELENBOMEN = [
    ("Sociale zaken", ["6.3", "6.4", "6.5"]),
    ("Maatschappelijke ondersteuning", ["6.1", "6.2", "6.6", "6.71", "6.81"]),
    ("Gezondheidszorg", ["7.1"]),
    ("Onderwijs", ["4.2", "4.3"]),
    ("Jeugd", ["6.72", "6.82"]),
]


def _vary(x, lo, hi):
    if x == 0:
        return 0
    return int(round(x * R.uniform(lo, hi)))


def build():
    """Return rows[prog_code] = list of dict(code, name, L{col}, B{col})."""
    rows = {}
    for pcode, pname, tvs in PROGRAMMES:
        out = []
        for code, name, l23, b23 in tvs:
            d = {"code": code, "name": name}
            d["L"] = {"R23": l23}
            d["B"] = {"R23": b23}
            d["L"]["BP"] = _vary(l23, 0.93, 1.02)
            d["L"]["BW"] = _vary(d["L"]["BP"], 0.99, 1.07)
            d["L"]["R22"] = _vary(l23, 0.88, 0.99)
            if b23 is not None:
                d["B"]["BP"] = _vary(b23, 0.94, 1.03)
                d["B"]["BW"] = _vary(d["B"]["BP"], 0.98, 1.05)
                d["B"]["R22"] = _vary(b23, 0.90, 1.00)
            out.append(d)
        rows[pcode] = out
    # fixed tweaks so that some verschillen are large and explainable
    p3 = {r["code"]: r for r in rows["3"]}
    p3["6.72"]["L"]["BW"] = 12434187      # jeugdhulp 18- overschreden
    p3["6.72"]["L"]["BP"] = 12186400
    p3["6.3"]["B"]["BW"] = 11236050       # hogere BUIG-uitkering
    p3["6.4"]["L"]["BW"] = 5598612        # lager beroep beschermd werk
    oh = {r["code"]: r for r in rows["OH"]}
    oh["0.8o"]["L"].update({"BP": ONVOORZIEN_BUDGET["BP"], "BW": ONVOORZIEN_BUDGET["BW"], "R22": 0})
    oh["0.8o"]["B"].update({"BP": 0, "BW": 0, "R22": 0})
    # balance the algemene uitkering per column
    au = [r for r in rows["ADM"] if r["code"] == "0.7"][0]
    for c in COLS:
        L = sum(r["L"][c] for p in rows.values() for r in p)
        B = sum(r["B"][c] for p in rows.values() for r in p if r is not au)
        T = sum(RESERVES[p][c][0] for p in RESERVES)
        O = sum(RESERVES[p][c][1] for p in RESERVES)
        # result = B + AU - L - T + O
        au["B"][c] = TARGET_RESULT[c] - B + L + T - O
    return rows


ROWS = build()


def prog_totals(pcode, c):
    L = sum(r["L"][c] for r in ROWS[pcode])
    B = sum(r["B"][c] for r in ROWS[pcode])
    T, O = RESERVES[pcode][c]
    return dict(L=L, B=B, S=B - L, T=T, O=O, RES=B - L - T + O)


def grand_totals(c):
    t = dict(L=0, B=0, S=0, T=0, O=0, RES=0)
    for p in ROWS:
        for k_, v in prog_totals(p, c).items():
            t[k_] += v
    assert t["RES"] == TARGET_RESULT[c], (c, t)
    return t


def doelenboom_totals(c):
    idx = {r["code"]: r for r in ROWS["3"]}
    return [(name, sum(idx[x]["L"][c] for x in codes), sum(idx[x]["B"][c] for x in codes))
            for name, codes in DOELENBOMEN]


# ---------------------------------------------------------------- reserves (euros)
# name: stand 1-1-2023, bestemming resultaat 2022, toevoeging 2023, onttrekking 2023
RESERVE_LIST = [
    ["Algemene reserve", 10813889, 1604311, 1200000, 120000],
    ["Reserve sociaal domein", 3412750, 0, 250000, 1382600],
    ["Reserve kapitaallasten", 6205318, 0, 650000, 438715],
    ["Reserve grondexploitatie", 1874200, 0, 612000, 0],
    ["Reserve onderhoud accommodaties", 968430, 0, 0, 215000],
    ["Reserve duurzaamheid", 540000, 0, 0, 0],
]
for r_ in RESERVE_LIST:
    r_.append(r_[1] + r_[2] + r_[3] - r_[4])


def _check_reserves():
    T = sum(r[3] for r in RESERVE_LIST)
    O = sum(r[4] for r in RESERVE_LIST)
    g = grand_totals("R23")
    assert (T, O) == (g["T"], g["O"]), (T, O, g)


_check_reserves()
