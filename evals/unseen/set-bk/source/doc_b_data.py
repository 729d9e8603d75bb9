"""FICTIONAL data: Recreatieschap Duin en Geest, Begroting 2026 en meerjarenraming 2027-2029.
Every amount, count, tariff and percentage here is made up. Totals are computed, not typed."""

BODY = "Recreatieschap Duin en Geest"
YEARS = ["R2024", "B2025", "B2026"]          # rekening 2024, begroting 2025 (na wijziging), begroting 2026
MJ = ["B2026", "M2027", "M2028", "M2029"]     # meerjarenraming

# participants and cost-sharing key (percent); contributions = total x key, totals are multiples of 200
PARTICIPANTS = [
    ("Provincie Zuid-Holland", 40.0),
    ("Gemeente Wassenaar", 22.5),
    ("Gemeente Katwijk", 17.5),
    ("Gemeente Leiden", 12.0),
    ("Gemeente Voorschoten", 8.0),
]
CONTRIB_TOTAL = {"R2024": 1562400, "B2025": 1611200, "B2026": 1684800,
                 "M2027": 1718600, "M2028": 1753000, "M2029": 1788200}


def contributions():
    out = {}
    for name, pct in PARTICIPANTS:
        out[name] = {}
        for y, tot in CONTRIB_TOTAL.items():
            v = tot * pct / 100
            assert v == int(v), (name, y)
            out[name][y] = int(v)
    for y, tot in CONTRIB_TOTAL.items():
        assert sum(out[n][y] for n, _ in PARTICIPANTS) == tot
    return out


# programme detail, euros; each line: label -> (R2024, B2025, B2026)
PROG = [
    dict(nr=1, name="Natuur en landschap",
         lasten=[("Personeel (toegerekend)", (612480, 641300, 668900)),
                 ("Beheer en onderhoud terreinen en paden", (498215, 512000, 538600)),
                 ("Groenonderhoud door aannemers", (244806, 244900, 253800)),
                 ("Kapitaallasten", (161904, 158700, 176300))],
         baten=[("Subsidie provincie natuurherstel duinen", (146250, 120000, 152000)),
                ("Houtverkoop en overige opbrengsten", (38402, 35000, 36500))]),
    dict(nr=2, name="Recreatie en voorzieningen",
         lasten=[("Personeel (toegerekend)", (318760, 331200, 352400)),
                 ("Exploitatie parkeerterreinen", (201338, 209500, 218900)),
                 ("Toiletvoorzieningen en strandopgangen", (148912, 152000, 171600)),
                 ("Kapitaallasten", (104110, 112400, 141800))],
         baten=[("Parkeeropbrengsten", (768943, 781000, 819500)),
                ("Pacht en huur horeca en kiosken", (149620, 152300, 156400)),
                ("Overige baten (evenementen, vergunningen)", (41785, 38000, 39500))]),
    dict(nr=3, name="Bestuur en bedrijfsvoering",
         lasten=[("Bestuurskosten", (42115, 44000, 45300)),
                 ("Bedrijfsvoering (ICT, financiën, huisvesting)", (371604, 384500, 401200)),
                 ("Onvoorzien", (0, 15000, 15000))],
         baten=[("Rente en overige baten", (11216, 8000, 12000))]),
]


def prog_totals():
    t = {}
    for p in PROG:
        L = [sum(v[i] for _, v in p["lasten"]) for i in range(3)]
        B = [sum(v[i] for _, v in p["baten"]) for i in range(3)]
        t[p["nr"]] = dict(lasten=dict(zip(YEARS, L)), baten=dict(zip(YEARS, B)))
    return t


# reserve mutations per year (euros): onttrekking (+ into exploitatie) / toevoeging (- out)
# R2024: result before reserves minus these = rekeningresultaat (to algemene reserve after decision)
RES_MUT = {
    "R2024": {"onttr": {"Bestemmingsreserve groot onderhoud": 34000}, "toev": {}},
    "B2025": {"onttr": {"Bestemmingsreserve groot onderhoud": 60000, "Algemene reserve": 0}, "toev": {}},
    "B2026": {"onttr": {}, "toev": {}},   # filled so that the begroting sluit (see compute())
}

# meerjarenraming 2027-2029: totals per programme in euros (printed x EUR 1.000)
MJ_LASTEN = {1: {"M2027": 1618400, "M2028": 1649300, "M2029": 1693300},
             2: {"M2027": 903100, "M2028": 921400, "M2029": 940200},
             3: {"M2027": 470100, "M2028": 479600, "M2029": 489300}}
MJ_BATEN = {1: {"M2027": 190500, "M2028": 191500, "M2029": 192600},
            2: {"M2027": 1034600, "M2028": 1052800, "M2029": 1071300},
            3: {"M2027": 12000, "M2028": 12000, "M2029": 12000}}
MJ_ONTTR = {"M2027": 0, "M2028": 0, "M2029": 0}

TARIFFS = [  # label, 2025, 2026 (euros)
    ("Parkeren personenauto, per uur", 2.20, 2.40),
    ("Parkeren personenauto, dagkaart", 7.50, 8.00),
    ("Parkeren camper of bus, dagkaart", 15.00, 16.50),
    ("Jaarkaart parkeren, inwoner deelnemende gemeente", 62.50, 65.00),
    ("Jaarkaart parkeren, overige bezoekers", 119.00, 125.00),
    ("Evenementenvergunning, tot 500 bezoekers", 95.00, 99.00),
    ("Standplaats kiosk, per m² per jaar", 48.60, 50.50),
]

KERN = [  # label, unit, R2024, B2025, B2026
    ("Beheerd areaal (hectare)", "ha", 1236, 1236, 1251),
    ("Wandelpaden (km)", "km", 64.5, 64.5, 66.0),
    ("Fietspaden (km)", "km", 38.2, 38.2, 38.2),
    ("Ruiterpaden (km)", "km", 21.0, 21.0, 21.0),
    ("Strandopgangen met voorzieningen", "count", 4, 4, 5),
    ("Parkeerplaatsen", "count", 1140, 1140, 1165),
    ("Bezoekers (schatting)", "count", 1386000, 1400000, 1420000),
    ("Verkochte jaarkaarten parkeren", "count", 3918, 4000, 4150),
    ("Formatie (fte)", "fte", 13.8, 14.2, 14.6),
]

INVEST = [  # label, amount, afschrijvingstermijn (jaar), kapitaallasten 2027
    ("Toiletgebouw strandopgang Wassenaarse Slag", 385000, 25, 26180),
    ("Renovatie fietspad Lentevreugd (2,4 km)", 612000, 30, 36720),
    ("Vervanging parkeerautomaten (kentekenparkeren)", 148500, 8, 21780),
    ("Bebording en routemarkering", 42000, 10, 5460),
]

# reserves at 31-12-2024 (after the 2024 mutations, before appropriation of the 2024 result)
RES_2024 = {"Algemene reserve": 578036, "Bestemmingsreserve groot onderhoud": 352650,
            "Bestemmingsreserve natuurherstel duinen": 96000}
RESERVE_NAMES = list(RES_2024)

RISKS = [  # risk, kans %, impact euros
    ("Lagere parkeeropbrengsten door slecht weer in het hoogseizoen", 50, 120000),
    ("Herstel stormschade aan strandopgangen en duinpaden", 25, 180000),
    ("Hogere loonkosten door nieuwe cao", 50, 40000),
    ("Verlies provinciale subsidie natuurherstel", 10, 150000),
]

# balance sheet x EUR 1.000: 31-12-2024 (werkelijk), 31-12-2025, 31-12-2026 (prognose)
BAL_KEYS = ["31-12-2024", "31-12-2025", "31-12-2026"]
BALANCE_ACTIVA = [
    ("Materiële vaste activa", (2874, 2792, 3741)),
    ("Uitzettingen korter dan één jaar", (118, 105, 110)),
    ("Liquide middelen", (642, 511, 289)),
    ("Overlopende activa", (87, 80, 80)),
]
BALANCE_PASSIVA_FIXED = [
    ("Voorzieningen", (214, 236, 251)),
    ("Vaste schulden (onderhandse leningen)", (1860, 1740, 2560)),
    ("Vlottende schulden", (None, None, None)),    # balancing item, computed
    ("Overlopende passiva", (96, 92, 95)),
]


def compute():
    c = contributions()
    pt = prog_totals()
    res = {"contrib": c, "prog": pt}
    tot = {}
    for y in YEARS:
        L = sum(pt[n]["lasten"][y] for n in (1, 2, 3))
        B = sum(pt[n]["baten"][y] for n in (1, 2, 3)) + CONTRIB_TOTAL[y]
        tot[y] = dict(lasten=L, baten=B, saldo=B - L)
    # reserves: R2024 and B2025 given, B2026 closes the begroting
    for y in ("R2024", "B2025"):
        o = sum(RES_MUT[y]["onttr"].values()); t = sum(RES_MUT[y]["toev"].values())
        tot[y].update(onttr=o, toev=t, resultaat=tot[y]["saldo"] + o - t)
    o26 = -tot["B2026"]["saldo"] - 45000          # part from groot onderhoud, rest from algemene reserve
    assert o26 > 0, o26
    RES_MUT["B2026"]["onttr"] = {"Algemene reserve": o26, "Bestemmingsreserve groot onderhoud": 45000}
    tot["B2026"].update(onttr=o26 + 45000, toev=0, resultaat=0)
    res["tot"] = tot
    # the 2025 begroting must close as well: checked
    assert tot["B2025"]["resultaat"] == 0, tot["B2025"]
    # meerjarenraming (euros)
    mj = {}
    for y in MJ:
        if y == "B2026":
            L = {n: pt[n]["lasten"][y] for n in (1, 2, 3)}
            B = {n: pt[n]["baten"][y] for n in (1, 2, 3)}
            onttr = tot[y]["onttr"]
        else:
            L = {n: MJ_LASTEN[n][y] for n in (1, 2, 3)}
            B = {n: MJ_BATEN[n][y] for n in (1, 2, 3)}
            onttr = MJ_ONTTR[y]
        lt = sum(L.values()); bt = sum(B.values()) + CONTRIB_TOTAL[y]
        mj[y] = dict(L=L, B=B, lasten=lt, baten=bt, saldo=bt - lt, onttr=onttr, resultaat=bt - lt + onttr)
    res["mj"] = mj
    # reserves 2026
    rs = []
    for name in RESERVE_NAMES:
        st = RES_2024[name] - RES_MUT["B2025"]["onttr"].get(name, 0) + RES_MUT["B2025"]["toev"].get(name, 0)
        if name == "Algemene reserve":
            st += tot["R2024"]["resultaat"]          # resultaatbestemming 2024
        toev = RES_MUT["B2026"]["toev"].get(name, 0)
        onttr = RES_MUT["B2026"]["onttr"].get(name, 0)
        rs.append((name, st, toev, onttr, st + toev - onttr))
    assert sum(r[3] for r in rs) == tot["B2026"]["onttr"]
    res["reserves"] = rs
    # weerstandsvermogen
    ben = sum(k * i // 100 for _, k, i in RISKS)
    beschikbaar = rs[0][4]   # algemene reserve eind 2026
    res["weerstand"] = dict(benodigd=ben, beschikbaar=beschikbaar, ratio=beschikbaar / ben)
    # balance x 1.000
    act = [sum(v[i] for _, v in BALANCE_ACTIVA) for i in range(3)]
    # eigen vermogen (x1000): reserves + resultaat
    ev = [None, None, None]
    # 31-12-2024: reserves after mutations 2024 plus resultaat 2024 (not yet appropriated)
    ev_2024_res = sum(RES_2024.values())
    ev[0] = ev_2024_res + tot["R2024"]["resultaat"]
    ev_2025 = ev[0] - tot["B2025"]["onttr"]     # resultaat 2024 appropriated into algemene reserve
    ev[1] = ev_2025
    ev[2] = ev_2025 - tot["B2026"]["onttr"]
    # consistency: reserves 1-1-2026 must equal ev_2025 split
    assert sum(r[1] for r in rs) == ev_2025, (sum(r[1] for r in rs), ev_2025)
    res["ev_euro"] = ev
    ev_k = [round(e / 1000) for e in ev]
    pas = []
    for i in range(3):
        fixed = sum(v[i] for n, v in BALANCE_PASSIVA_FIXED if v[i] is not None)
        pas.append(act[i] - fixed - ev_k[i])
    res["balance"] = dict(activa=act, ev_k=ev_k, vlottend=pas)
    return res


if __name__ == "__main__":
    import pprint
    pprint.pprint(compute())
