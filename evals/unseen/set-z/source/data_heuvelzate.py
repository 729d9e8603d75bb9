"""Figures of the fictional Gemeenschappelijke Regeling GGD Heuvelzate, Jaarstukken 2027.

Everything the HTML page shows is derived from this module; the case spec and check.py read
it too.  Amounts are whole euros unless the name ends in _k (thousands of euros).
"""

MUNICIPALITY = "GGD Heuvelzate"
DOC_ID = "ggd-heuvelzate-jaarstukken-2027"

# Programmes: key, name, lasten (primitief, na wijziging, realisatie), eigen baten (idem)
PROGRAMMAS = [
    ("JGZ", "Jeugdgezondheidszorg", (14862400, 15218600, 14906318), (1284000, 1412000, 1468245)),
    ("IZB", "Infectieziektebestrijding", (3418700, 3846200, 4012876), (412000, 618000, 702418)),
    ("GBM", "Gezondheidsbevordering en Monitoring", (2164300, 2208900, 2087455), (146000, 186000, 171260)),
    ("TZM", "Toezicht en Milieu", (1986500, 2034800, 1958214), (64000, 72000, 81940)),
    ("GHOR", "Crisisbeheersing en GHOR", (1124600, 1131200, 1102688), (0, 0, 12400)),
]
OVERHEAD = ((4986300, 5102400, 5176932), (0, 0, 38650))
ONVOORZIEN = (100000, 100000, 0)
BIJDRAGEN_PRIMITIEF = 26550800  # bijdragen deelnemende gemeenten, primitieve begroting

# Reserve mutations in the exploitatie (primitief, na wijziging, realisatie)
TOEVOEGINGEN = (0, 0, 0)
ONTTREKKINGEN = (186000, 286000, 262400)

# Realisatie 2026 (for the comparison column in the summary table)
REAL_2026 = {"lasten": 27946532, "baten": 28164212, "toev": 0, "ontt": 195000}

# Deelnemende gemeenten: name, inwoners 1-1-2026, jeugdigen 0-17, plustaken 2027, totaal 2026
TARIEF_PG = 31.62     # euro per inwoner, publieke gezondheid (basistaken)
TARIEF_JGZ = 257.20   # euro per jeugdige 0-17 jaar
GEMEENTEN = [
    ("Ruigendal", 92450, 18212, 412600, 7664218),
    ("Slotenzijl", 41780, 8640, 96800, 3478912),
    ("Oudeheem", 28315, 5478, 0, 2201346),
    ("Tolwerf", 24960, 5312, 48200, 2104618),
    ("Eskerlaar", 52140, 10946, 186300, 4445870),
    ("Ketelum", 17385, 3287, 0, 1333488),
    ("Noorderesch", 33620, 6904, 0, 2712064),
    ("Zandheide", 21870, 4518, None, 1921406),  # None: balancing plustaken, computed below
]

# Reserves: name, stand 1-1-2027, bestemming resultaat 2026, toevoeging, onttrekking
RESERVES = [
    ("Algemene reserve", 1312450, 163550, 0, 0),
    ("Bestemmingsreserve Digitalisering cliëntdossier", 648300, 0, 0, 162400),
    ("Bestemmingsreserve Frictiekosten en opleidingen", 300000, 0, 0, 100000),
    ("Bestemmingsreserve Egalisatie huisvestingslasten", 418620, 0, 0, 0),
]
RESULTAAT_2026_NA_BESTEMMING = 412680
TERUGBETAALD_2026 = 249130  # deel van resultaat 2026 terug naar de gemeenten

# Voorgestelde bestemming van het resultaat 2027
BESTEMMING_DIGITALISERING = 150000

# Balans x 1.000, (31-12-2027, 31-12-2026)
BALANS_ACTIVA_K = [
    ("Materiële vaste activa", (6842, 7214)),
    ("Financiële vaste activa", (48, 52)),
    ("Uitzettingen met een rentetypische looptijd korter dan één jaar", (3918, 3406)),
    ("Liquide middelen", (46, 38)),
    ("Overlopende activa", (1214, 1402)),
]
VOORZIENINGEN_K = (864, 792)
VASTE_SCHULDEN_K = (4200, 4600)
VLOTTENDE_SCHULDEN_K = (2018, 1864)

# Personeel: afdeling, formatie begroting 2027, bezetting 31-12-2027, bezetting 31-12-2026,
# medewerkers 31-12-2027 (fte in hundredths)
FORMATIE = [
    ("Jeugdgezondheidszorg", 11842, 11286, 11014, 164),
    ("Infectieziektebestrijding", 2460, 2578, 2292, 33),
    ("Gezondheidsbevordering en Monitoring", 1420, 1344, 1390, 19),
    ("Toezicht en Milieu", 1380, 1296, 1312, 17),
    ("Crisisbeheersing en GHOR", 650, 622, 650, 8),
    ("Directie en Bedrijfsvoering", 3140, 3012, 2986, 38),
]
ZIEKTEVERZUIM = {2027: "6,4", 2026: "5,9"}
INHUUR_DERDEN_2027 = 1486212

# WNT: directeur publieke gezondheid
WNT_NAAM = "drs. E.J. Hofstede-Vink"
WNT = {
    2027: {"beloning": 168942, "termijn": 24816, "max": 262000, "periode": "01/01 – 31/12", "fte": "1,0"},
    2026: {"beloning": 163204, "termijn": 23588, "max": 255000, "periode": "01/01 – 31/12", "fte": "1,0"},
}

# Weerstandsvermogen
BENODIGDE_WEERSTANDSCAPACITEIT = 1120000

# Kengetallen (%): begroting 2027, realisatie 2027, realisatie 2026
KENGETAL_BEGROTING = {"nsq": "12,4", "nsq_gec": "12,6", "solv": "24,0", "sexp": "0,0"}
STRUCT_EXPL = {"2027": "0,7", "2026": "0,9"}


# ---------------------------------------------------------------- derived figures

def k(x: int) -> int:
    return int((abs(x) + 500) // 1000) * (1 if x >= 0 else -1)


def bijdrage_rows() -> list[dict]:
    """Contribution per municipality; Zandheide's plustaken close the total."""
    rows = []
    for name, inw, jeugd, plus, tot26 in GEMEENTEN:
        pg = round(inw * TARIEF_PG)
        jgz = round(jeugd * TARIEF_JGZ)
        rows.append({"naam": name, "inw": inw, "jeugd": jeugd, "pg": pg, "jgz": jgz,
                     "plus": plus, "tot26": tot26})
    known = sum(r["pg"] + r["jgz"] + (r["plus"] or 0) for r in rows)
    for r in rows:
        if r["plus"] is None:
            r["plus"] = bijdragen_na_wijziging() - known
    for r in rows:
        r["totaal"] = r["pg"] + r["jgz"] + r["plus"]
    return rows


def lasten(col: int) -> int:
    return sum(p[2][col] for p in PROGRAMMAS) + OVERHEAD[0][col] + ONVOORZIEN[col]


def eigen_baten(col: int) -> int:
    return sum(p[3][col] for p in PROGRAMMAS) + OVERHEAD[1][col]


def bijdragen_na_wijziging() -> int:
    # begroting na wijziging is sluitend: lasten - eigen baten - onttrekkingen
    return lasten(1) - eigen_baten(1) - ONTTREKKINGEN[1] + TOEVOEGINGEN[1]


def bijdragen(col: int) -> int:
    return BIJDRAGEN_PRIMITIEF if col == 0 else bijdragen_na_wijziging()


def baten(col: int) -> int:
    return eigen_baten(col) + bijdragen(col)


def resultaat_voor(col: int) -> int:
    return baten(col) - lasten(col)


def resultaat_na(col: int) -> int:
    return resultaat_voor(col) - TOEVOEGINGEN[col] + ONTTREKKINGEN[col]


def reserve_end(r) -> int:
    return r[1] + r[2] + r[3] - r[4]


def balans() -> dict:
    """Balance x 1.000 for 2027 (index 0) and 2026 (index 1)."""
    out = {}
    for i in (0, 1):
        activa = sum(v[i] for _, v in BALANS_ACTIVA_K)
        if i == 0:
            alg = k(reserve_end(RESERVES[0]))
            best = k(sum(reserve_end(r) for r in RESERVES[1:]))
            res = k(resultaat_na(2))
        else:
            alg = k(RESERVES[0][1])
            best = k(sum(r[1] for r in RESERVES[1:]))
            res = k(RESULTAAT_2026_NA_BESTEMMING)
        ev = alg + best + res
        vaste = ev + VOORZIENINGEN_K[i] + VASTE_SCHULDEN_K[i]
        overl_p = activa - vaste - VLOTTENDE_SCHULDEN_K[i]
        out[i] = {"activa": activa, "alg": alg, "best": best, "res": res, "ev": ev,
                  "vaste_passiva": vaste, "overl_p": overl_p,
                  "vaste_activa": BALANS_ACTIVA_K[0][1][i] + BALANS_ACTIVA_K[1][1][i],
                  "vlottende_activa": sum(v[i] for _, v in BALANS_ACTIVA_K[2:]),
                  "vlottende_passiva": VLOTTENDE_SCHULDEN_K[i] + overl_p}
    return out


def kengetallen() -> dict:
    b = balans()
    out = {}
    totale_baten_k = {0: k(baten(2)), 1: k(REAL_2026["baten"])}
    for i in (0, 1):
        act = dict(BALANS_ACTIVA_K)
        schuld = VASTE_SCHULDEN_K[i] + VLOTTENDE_SCHULDEN_K[i] + b[i]["overl_p"]
        bezit = (act["Uitzettingen met een rentetypische looptijd korter dan één jaar"][i]
                 + act["Liquide middelen"][i] + act["Overlopende activa"][i])
        fva = act["Financiële vaste activa"][i]
        out[i] = {
            "nsq": round(100 * (schuld - fva - bezit) / totale_baten_k[i], 1),
            "nsq_gec": round(100 * (schuld - bezit) / totale_baten_k[i], 1),
            "solv": round(100 * b[i]["ev"] / b[i]["activa"], 1),
        }
    return out


def fte_totals() -> tuple[int, int, int, int]:
    return tuple(sum(r[i] for r in FORMATIE) for i in (1, 2, 3, 4))


def weerstandsratio() -> float:
    return round(reserve_end(RESERVES[0]) / BENODIGDE_WEERSTANDSCAPACITEIT, 2)


def verschil(kind: str, waarde_w: int, waarde_r: int) -> tuple[int, str]:
    """Difference realisatie vs begroting na wijziging, as amount and V/N."""
    if kind == "lasten":
        d = waarde_w - waarde_r
    else:
        d = waarde_r - waarde_w
    return abs(d), ("V" if d >= 0 else "N")
