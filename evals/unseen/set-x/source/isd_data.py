"""Figures of the fictional ISD Dommelrande, Eerste bestuursrapportage 2027.

All figures of the product table, reserves, balance and BUIG table are in thousands of euros;
the contributions per member are in whole euros. Totals are computed here, never typed.
"""

BODY = "ISD Dommelrande"
FULL_NAME = "Intergemeentelijke Sociale Dienst Dommelrande"

MEMBERS = ["Beekstervelde", "Wielsbergen", "Graspeel", "Molenrade", "Ter Lunte", "Haverdonk"]
INHABITANTS = {"Beekstervelde": 42318, "Wielsbergen": 27604, "Graspeel": 18935,
               "Molenrade": 31270, "Ter Lunte": 12486, "Haverdonk": 22147}
# households with a Participatiewet benefit: 1-1-2026, 1-1-2027, 1-4-2027, prognose 31-12-2027
CASELOAD = {"Beekstervelde": [612, 634, 641, 652], "Wielsbergen": [398, 405, 411, 418],
            "Graspeel": [231, 246, 249, 255], "Molenrade": [574, 589, 597, 606],
            "Ter Lunte": [128, 131, 129, 133], "Haverdonk": [362, 371, 378, 384]}


def alloc(total, shares):
    keys = list(shares)
    s = sum(shares.values())
    out, acc = {}, 0
    for k in keys[:-1]:
        out[k] = round(total * shares[k] / s)
        acc += out[k]
    out[keys[-1]] = total - acc
    return out


_ti = sum(INHABITANTS.values())
_tc = sum(v[0] for v in CASELOAD.values())
U_SHARE = {k: 0.5 * INHABITANTS[k] / _ti + 0.5 * CASELOAD[k][0] / _tc for k in MEMBERS}
CL_SHARE = {k: CASELOAD[k][0] for k in MEMBERS}
INH_SHARE = dict(INHABITANTS)

# contributions in whole euros, primitive budget 2027
CONTRIB_PRIM = {
    "Uitvoeringskosten": alloc(11908742, U_SHARE),
    "Bijzondere bijstand en minimaregelingen": alloc(4722916, CL_SHARE),
    "Schuldhulpverlening": alloc(2251384, INH_SHARE),
    "Re-integratie": alloc(1567902, CL_SHARE),
}
# 1e begrotingswijziging 2027: cao-effect on the uitvoeringskosten only
CONTRIB_WIJZ = alloc(268960, U_SHARE)
CONTRIB_NA = {part: dict(v) for part, v in CONTRIB_PRIM.items()}
for m in MEMBERS:
    CONTRIB_NA["Uitvoeringskosten"][m] += CONTRIB_WIJZ[m]
PARTS = list(CONTRIB_PRIM)


def member_total(table, m):
    return sum(table[p][m] for p in PARTS)


# BUIG per member (x EUR 1.000): voorlopig rijksbudget, begroot netto lasten, prognose netto lasten
BUIG = {"Beekstervelde": [12096, 12310, 12574], "Wielsbergen": [7718, 7902, 8086],
        "Graspeel": [4402, 4488, 4652], "Molenrade": [11514, 11236, 11402],
        "Ter Lunte": [2288, 2386, 2418], "Haverdonk": [6480, 6594, 6736]}

# product table (x EUR 1.000): label -> (primitief, wijziging, prognose); na wijziging = prim + wijz
LASTEN = [
    ("Inkomensvoorzieningen", [
        ("Uitkeringen Participatiewet", 41280, 0, 42436),
        ("IOAW en IOAZ", 1624, 0, 1588),
        ("Bbz levensonderhoud en bedrijfskapitaal", 846, 0, 912),
        ("Loonkostensubsidie", 2318, 0, 2204),
    ]),
    ("Bijzondere bijstand en minimaregelingen", [
        ("Individuele bijzondere bijstand", 2184, 0, 2306),
        ("Individuele inkomenstoeslag", 986, 0, 1042),
        ("Collectieve zorgverzekering minima", 742, 0, 768),
        ("Kindpakket en meedoenregeling", 811, 0, 706),
    ]),
    ("Schuldhulpverlening", [
        ("Schuldhulpverlening en vroegsignalering", 1448, 60, 1536),
        ("Beschermingsbewind", 803, 0, 846),
    ]),
    ("Re-integratie", [
        ("Re-integratietrajecten en participatie", 1568, 0, 1492),
    ]),
    ("Bedrijfsvoering", [
        ("Salarissen en sociale lasten", 8612, 269, 8694),
        ("Inhuur derden", 385, 0, 912),
        ("ICT en applicaties", 1106, 0, 1148),
        ("Huisvesting", 612, 0, 604),
        ("Overige bedrijfsvoeringskosten", 1000, 0, 986),
        ("Kapitaallasten", 340, 0, 340),
    ]),
]
BATEN_FIXED = [
    ("Rijksvergoeding Bbz", 612, 0, 668),
    ("Terugvorderingen en verhaal", 540, 0, 604),
]
BATEN_OTHER = ("Overige baten (detacheringen en vergoedingen)", 146, 0, 212)
# reserves (x EUR 1.000): begroting na wijziging and prognose movements
RES_ONTT = (0, 60, 102)   # primitief, wijziging, prognose (na wijziging = 60)
RES_TOEV = (0, 0, 0)


def r1000(x):
    return int((x + 500) // 1000)


def product_table():
    """Rows: (label, prim, wijz, na, prog, verschil, kind) kind in row/group/total."""
    rows = []

    def add(label, p, w, g, kind="row", side="L"):
        n = p + w
        v = (n - g) if side == "L" else (g - n)
        rows.append((label, p, w, n, g, v, kind))
        return (p, w, n, g)

    tl = [0, 0, 0, 0]
    rows.append(("Lasten", None, None, None, None, None, "head"))
    for group, items in LASTEN:
        rows.append((group, None, None, None, None, None, "group"))
        for label, p, w, g in items:
            vals = add(label, p, w, g)
            tl = [a + b for a, b in zip(tl, vals)]
    add("Totaal lasten", tl[0], tl[1], tl[3], "total")
    # baten
    inkomen = LASTEN[0][1]
    ink_p = sum(i[1] for i in inkomen) - sum(b[1] for b in BATEN_FIXED)
    ink_g = sum(i[3] for i in inkomen) - sum(b[3] for b in BATEN_FIXED)
    assert ink_p == sum(v[1] for v in BUIG.values()), (ink_p, sum(v[1] for v in BUIG.values()))
    assert ink_g == sum(v[2] for v in BUIG.values()), (ink_g, sum(v[2] for v in BUIG.values()))
    tb = [0, 0, 0, 0]
    rows.append(("Baten", None, None, None, None, None, "head"))
    baten = list(BATEN_FIXED)
    baten.append(("Bijdragen deelnemers inkomensvoorzieningen", ink_p, 0, ink_g))
    for part, label in [("Bijzondere bijstand en minimaregelingen",
                         "Bijdragen deelnemers bijzondere bijstand en minima"),
                        ("Schuldhulpverlening", "Bijdragen deelnemers schuldhulpverlening"),
                        ("Re-integratie", "Bijdragen deelnemers re-integratie"),
                        ("Uitvoeringskosten", "Bijdragen deelnemers uitvoeringskosten")]:
        p = r1000(sum(CONTRIB_PRIM[part].values()))
        n = r1000(sum(CONTRIB_NA[part].values()))
        baten.append((label, p, n - p, n))
    baten.append(BATEN_OTHER)
    for label, p, w, g in baten:
        vals = add(label, p, w, g, side="B")
        tb = [a + b for a, b in zip(tb, vals)]
    add("Totaal baten", tb[0], tb[1], tb[3], "total", side="B")
    saldo = [b - l for b, l in zip(tb, tl)]
    add("Saldo van baten en lasten", saldo[0], saldo[1], saldo[3], "total", side="B")
    add("Toevoegingen aan reserves", RES_TOEV[0], RES_TOEV[1], RES_TOEV[2], "row", side="L")
    add("Onttrekkingen aan reserves", RES_ONTT[0], RES_ONTT[1], RES_ONTT[2], "row", side="B")
    res = [saldo[0] - RES_TOEV[0] + RES_ONTT[0], saldo[1] - RES_TOEV[1] + RES_ONTT[1], None,
           saldo[3] - RES_TOEV[2] + RES_ONTT[2]]
    res[2] = res[0] + res[1]
    add("Resultaat", res[0], res[1], res[3], "total", side="B")
    return rows


# reserves (x EUR 1.000), prognose 2027: stand 1-1, toevoeging, onttrekking
RESERVES = [
    ("Algemene reserve", 1120, 0, 0),
    ("Bestemmingsreserve vroegsignalering schulden", 214, 0, 60),
    ("Bestemmingsreserve vervanging applicaties", 386, 0, 42),
    ("Bestemmingsreserve frictiekosten huisvesting", 150, 0, 0),
]

# balance (x EUR 1.000): 31-12-2026 werkelijk, 31-12-2027 begroting, 31-12-2027 prognose
ACTIVA = [
    ("Materiële vaste activa", [2386, 2212, 2198]),
    ("Uitzettingen met een looptijd korter dan één jaar", [4918, 3900, 4624]),
    ("Liquide middelen", [612, 450, 388]),
    ("Overlopende activa", [1204, 900, 1116]),
]
RESULT_2026 = 418
VOORZIENINGEN = [284, 260, 272]
VASTE_SCHULDEN = [1600, 1440, 1440]
OVERLOPENDE_PASSIVA = [1336, 1100, 1432]
TOTALE_BATEN_2026 = 64918   # realisatie 2026, x EUR 1.000 (printed in the text)


def balance():
    act_tot = [sum(a[1][i] for a in ACTIVA) for i in range(3)]
    alg = [RESERVES[0][1], RESERVES[0][1], RESERVES[0][1] + RESERVES[0][2] - RESERVES[0][3]]
    best_start = sum(r[1] for r in RESERVES[1:])
    best = [best_start, best_start - 60, sum(r[1] + r[2] - r[3] for r in RESERVES[1:])]
    rows = product_table()
    res_prog = [r for r in rows if r[0] == "Resultaat"][0]
    result = [RESULT_2026, res_prog[3], res_prog[4]]
    ev = [alg[i] + best[i] + result[i] for i in range(3)]
    netl = [act_tot[i] - ev[i] - VOORZIENINGEN[i] - VASTE_SCHULDEN[i] - OVERLOPENDE_PASSIVA[i]
            for i in range(3)]
    passiva = [
        ("Algemene reserve", alg), ("Bestemmingsreserves", best), ("Resultaat", result),
        ("Eigen vermogen", ev), ("Voorzieningen", VOORZIENINGEN),
        ("Vaste schulden met een looptijd van één jaar of langer", VASTE_SCHULDEN),
        ("Netlopende schulden met een looptijd korter dan één jaar", netl),
        ("Overlopende passiva", OVERLOPENDE_PASSIVA),
    ]
    pas_tot = [ev[i] + VOORZIENINGEN[i] + VASTE_SCHULDEN[i] + netl[i] + OVERLOPENDE_PASSIVA[i]
               for i in range(3)]
    return ACTIVA, act_tot, passiva, pas_tot


def kengetallen():
    act, act_tot, pas, pas_tot = balance()
    rows = product_table()
    tb = [r for r in rows if r[0] == "Totaal baten"][0]
    baten = [TOTALE_BATEN_2026, tb[3], tb[4]]
    pd = dict(pas)
    ad = dict(act)
    out = {}
    nsq = []
    for i in range(3):
        schuld = (pd["Vaste schulden met een looptijd van één jaar of langer"][i]
                  + pd["Netlopende schulden met een looptijd korter dan één jaar"][i]
                  + pd["Overlopende passiva"][i]
                  - ad["Uitzettingen met een looptijd korter dan één jaar"][i]
                  - ad["Liquide middelen"][i] - ad["Overlopende activa"][i])
        nsq.append(100.0 * schuld / baten[i])
    out["Netto schuldquote"] = nsq
    out["Netto schuldquote gecorrigeerd voor alle verstrekte leningen"] = nsq
    out["Solvabiliteitsratio"] = [100.0 * pd["Eigen vermogen"][i] / pas_tot[i] for i in range(3)]
    out["Structurele exploitatieruimte"] = [0.4, 0.0, -0.5]
    return out, baten


# staff in tenths of fte: formatie 2027, bezetting 1-4-2027, inhuur 1-4-2027
STAFF = [
    ("Directie en staf", 60, 50, 10),
    ("Klantcontact en intake", 142, 128, 16),
    ("Inkomen", 316, 279, 44),
    ("Werk en re-integratie", 124, 124, 0),
    ("Schulddienstverlening", 118, 102, 12),
    ("Bijzondere bijstand en minima", 86, 89, 0),
    ("Handhaving en kwaliteit", 72, 64, 8),
    ("Bedrijfsvoering en ICT", 139, 131, 6),
]
