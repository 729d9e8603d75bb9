"""Figures of the FICTIONAL Havenschap Schelvenmonde, Begroting 2026 en meerjarenraming 2027-2029.

Every figure is made up. Amounts are in thousands of euros unless a name ends in _eur.
Totals, saldi, reserve movements, ratios and shares are computed here, never typed.
"""
from nlfmt import rnd_k

YEARS = ["2024", "2025", "2026", "2027", "2028", "2029"]   # rekening 2024, begroting 2025, begroting 2026, raming 2027-2029
COLHEAD = ["Rekening 2024", "Begroting 2025¹", "Begroting 2026", "Raming 2027", "Raming 2028", "Raming 2029"]

PROGS = {
    "P1": "Nautisch beheer en havenexploitatie",
    "P2": "Haventerreinen en gebiedsontwikkeling",
    "P3": "Veiligheid, milieu en duurzaamheid",
}

# programme lasten and baten (x 1.000), per year 2024..2029
LASTEN = {
    "P1": [9214, 9567, 9842, 10015, 10197, 10402],
    "P2": [5870, 7105, 6318, 6492, 6611, 6704],
    "P3": [2205, 2498, 2764, 2988, 2912, 2945],
    "OH": [2874, 2986, 3105, 3161, 3220, 3282],     # overhead
    "ONV": [0, 100, 100, 100, 100, 100],            # onvoorzien
    "VPB": [212, 165, 186, 204, 230, 251],          # vennootschapsbelasting
}
BATEN = {
    "P1": [8513, 8612, 8915, 9134, 9362, 9720],
    "P2": [5632, 6710, 5960, 6012, 6334, 6540],
    "P3": [388, 545, 612, 705, 705, 705],
    "OH": [51, 45, 45, 45, 45, 45],
    "TRE": [118, 131, 142, 138, 135, 131],          # treasury: rente en dividend
}
# reserve movements (x 1.000) per reserve and year
TOEV = {
    "kademuren": [450, 300, 300, 300, 300, 300],    # P1, structureel
    "grondexpl": [160, 50, 120, 0, 0, 0],           # P2, incidenteel
}
ONTTR = {
    "kademuren": [0, 240, 350, 420, 150, 0],        # P1
    "walstroom": [120, 180, 265, 240, 110, 90],     # P3
    "algemeen": [300, 140, 160, 120, 80, 0],        # algemene dekkingsmiddelen
}
RESERVE_PROG = {"kademuren": "P1", "grondexpl": "P2", "walstroom": "P3", "algemeen": "ALG"}
RESULTAAT = [187, 0, 0, 0, -41, 17]

N = len(YEARS)


def deelnemers():
    """Bijdragen deelnemers (x 1.000): the balancing item of the begroting."""
    out = []
    for i in range(N):
        lasten = sum(v[i] for v in LASTEN.values())
        other = sum(v[i] for v in BATEN.values())
        toev = sum(v[i] for v in TOEV.values())
        onttr = sum(v[i] for v in ONTTR.values())
        # resultaat = baten - lasten - toev + onttr
        out.append(RESULTAAT[i] + lasten + toev - onttr - other)
    return out


DEELN = deelnemers()
BATEN_ALL = dict(BATEN)
BATEN_ALL["DEELN"] = DEELN


def col(d, i):
    return sum(v[i] for v in d.values())


TOT_LASTEN = [col(LASTEN, i) for i in range(N)]
TOT_BATEN = [col(BATEN_ALL, i) for i in range(N)]
SALDO = [TOT_BATEN[i] - TOT_LASTEN[i] for i in range(N)]
TOT_TOEV = [col(TOEV, i) for i in range(N)]
TOT_ONTTR = [col(ONTTR, i) for i in range(N)]
for i in range(N):
    assert SALDO[i] - TOT_TOEV[i] + TOT_ONTTR[i] == RESULTAAT[i]


def prog_reserves(p):
    toev = [sum(TOEV[r][i] for r in TOEV if RESERVE_PROG[r] == p) for i in range(N)]
    onttr = [sum(ONTTR[r][i] for r in ONTTR if RESERVE_PROG[r] == p) for i in range(N)]
    return toev, onttr


def prog_table(p):
    l, b = LASTEN[p], BATEN[p]
    s = [b[i] - l[i] for i in range(N)]
    t, o = prog_reserves(p)
    r = [s[i] - t[i] + o[i] for i in range(N)]
    return {"lasten": l, "baten": b, "saldo": s, "toev": t, "onttr": o, "resultaat": r}


# deviations 2026 vs 2025 per programme, (+ = voordeel); last item balances
DEVIATIONS = {
    "P1": [("Hogere opbrengst zeehavengelden door tariefstijging van 2,8% en meer aanlopen", 214),
           ("Hogere kosten baggeren (nieuwe stortlocatie Diepe Gat)", -166),
           ("Loonkosten havendienst (cao en uitbreiding met 0,8 fte)", -71)],
    "P2": [("Lagere grondverkopen Kreekpolder-Oost (2025: verkoop kavel K7)", -930),
           ("Lagere boekwaarde verkochte gronden", 845),
           ("Hogere erfpachtopbrengst na herziening canon", 112)],
    "P3": [("Walstroom fase 2: hogere lasten, gedekt uit de reserve", -85),
           ("Subsidie Rijk walstroom", 60),
           ("Inhuur havenbeveiliging (ISPS)", -53)],
}


def deviations(p):
    t = prog_table(p)
    change = t["saldo"][2] - t["saldo"][1]
    items = list(DEVIATIONS[p])
    rest = change - sum(a for _, a in items)
    items.append(("Overige verschillen", rest))
    return change, items


# ---- taakvelden 2026 and 2027 in whole euros; each programme amount splits over taakvelden ----
TAAKVELDEN = [
    # code, name, programme, share of lasten, share of baten (per programme)
    ("2.4", "Economische havens en waterwegen", "P1", 1.0, 1.0),
    ("3.1", "Economische ontwikkeling", "P2", 0.23, 0.0),
    ("3.2", "Fysieke bedrijfsinfrastructuur", "P2", 0.77, 1.0),
    ("1.2", "Openbare orde en veiligheid", "P3", 0.41, 0.0),
    ("7.4", "Milieubeheer", "P3", 0.59, 1.0),
    ("0.4", "Overhead", "OH", 1.0, 1.0),
    ("0.5", "Treasury", "TRE", 0.0, 1.0),
    ("0.8", "Overige baten en lasten", "ONV", 1.0, 0.0),
    ("0.9", "Vennootschapsbelasting (VpB)", "VPB", 1.0, 0.0),
]
# remainders (euros) that make the euro amounts realistic; per taakveld, lasten and baten, 2026 and 2027
REM = {
    "2.4": ((-38, 61), (44, -27)),
    "3.1": ((27, 0), (-63, 0)),
    "3.2": ((-41, 33), (18, 72)),
    "1.2": ((55, 0), (-12, 0)),
    "7.4": ((-19, -48), (36, 9)),
    "0.4": ((73, 12), (-58, -31)),
    "0.5": ((0, 26), (0, -44)),
    "0.8": ((0, 0), (0, 0)),
    "0.9": ((-64, 0), (23, 0)),
}
# deelnemersbijdragen are booked on 0.8 as baten
DEELN_EUR_OFFSET = {"2025": -170, "2026": -60, "2027": 130, "2028": -210, "2029": 340}


def taakveld_euros():
    """Return {code: {'lasten': [e2026, e2027], 'baten': [...]}} in euros."""
    out = {}
    for yi, y in ((2, 0), (3, 1)):
        # split thousands per programme
        for src, key, idx in ((LASTEN, "lasten", 3), (BATEN, "baten", 4)):
            groups = {}
            for tv in TAAKVELDEN:
                groups.setdefault(tv[2], []).append(tv)
            for prog, tvs in groups.items():
                total = src.get(prog, [0] * N)[yi]
                shares = [tv[idx] for tv in tvs]
                parts = []
                acc = 0
                for k, tv in enumerate(tvs):
                    if k == len(tvs) - 1:
                        part = total - acc
                    else:
                        part = int(round(total * shares[k]))
                        acc += part
                    parts.append(part)
                for tv, part in zip(tvs, parts):
                    rem = REM[tv[0]][y][0 if key == "lasten" else 1]
                    eur = part * 1000 + rem if part else 0
                    out.setdefault(tv[0], {"lasten": [0, 0], "baten": [0, 0]})[key][y] = eur
    # deelnemers on 0.8 baten
    for y, yr in ((0, "2026"), (1, "2027")):
        out["0.8"]["baten"][y] += deeln_eur()[yr]
    return out


def deeln_eur():
    return {YEARS[i]: DEELN[i] * 1000 + DEELN_EUR_OFFSET[YEARS[i]] for i in range(1, N)}


VERDEELSLEUTEL = [("Provincie Westerzande", 50), ("Gemeente Harsewijk", 30), ("Gemeente Oudeschelf", 20)]


def deeln_per_member():
    tot = deeln_eur()
    out = {}
    for name, pc in VERDEELSLEUTEL:
        out[name] = {y: tot[y] * pc // 100 for y in tot}
    for y in tot:
        assert sum(out[n][y] for n, _ in VERDEELSLEUTEL) == tot[y], y
    return out


# ---- reserves (euros) ----
RES_START_2026 = {  # stand 1 januari 2026
    "algemeen": 2846312,
    "kademuren": 4118640,
    "grondexpl": 1236455,
    "walstroom": 1050000,
    "frictie": 185000,
}
RES_NAMES = {
    "algemeen": "Algemene reserve",
    "kademuren": "Bestemmingsreserve vervanging kademuren",
    "grondexpl": "Reserve grondexploitatie Kreekpolder-Oost",
    "walstroom": "Reserve energietransitie en walstroom",
    "frictie": "Reserve frictiekosten reorganisatie havendienst",
}


def reserves():
    rows = []
    for k, name in RES_NAMES.items():
        t = TOEV.get(k, [0] * N)
        o = ONTTR.get(k, [0] * N)
        start = RES_START_2026[k]
        end26 = start + t[2] * 1000 - o[2] * 1000
        end29 = start + sum(t[2:]) * 1000 - sum(o[2:]) * 1000
        rows.append({"key": k, "name": name, "start": start, "toev": t[2] * 1000, "onttr": o[2] * 1000,
                     "end26": end26, "end29": end29})
    return rows


VOORZ = [  # name, stand 1-1-2026, toevoeging 2026, aanwending 2026 (euros)
    ("Voorziening baggeren havenbekkens", 2312500, 1150000, 1280000),
    ("Voorziening groot onderhoud kunstwerken", 3487215, 940000, 612400),
    ("Voorziening pensioenen voormalige bestuurders", 418760, 21300, 38950),
]


def voorzieningen():
    return [{"name": n, "start": s, "toev": t, "aanw": a, "end": s + t - a} for n, s, t, a in VOORZ]


# ---- risks (euros) ----
RISKS = [
    ("Schade aan kademuren door zetting of aanvaring", 2500000, 10),
    ("Lagere opbrengst havengelden door minder scheepvaart", 1200000, 30),
    ("Vertraging gronduitgifte Kreekpolder-Oost", 1800000, 25),
    ("Hogere verwerkingskosten vervuilde baggerspecie (PFAS)", 900000, 50),
    ("Naheffing vennootschapsbelasting", 400000, 20),
    ("Cyberincident havenmeesterssysteem", 350000, 30),
]


def risks():
    rows = [{"name": n, "bedrag": b, "kans": k, "impact": b * k // 100} for n, b, k in RISKS]
    return rows, sum(r["impact"] for r in rows)


def weerstand():
    res = {r["key"]: r for r in reserves()}
    alg = res["algemeen"]["end26"]
    onv = LASTEN["ONV"][2] * 1000
    cap = alg + onv
    _, benodigd = risks()
    ratio = cap / benodigd
    return {"alg": alg, "onv": onv, "cap": cap, "benodigd": benodigd, "ratio": ratio}


# ---- incidentele baten en lasten (x 1.000), 2026..2029 ----
INCID_LASTEN = [
    ("Tijdelijke maatregelen kademuur Westhaven", "P1", ONTTR["kademuren"][2:]),
    ("Opwaardering sluisbesturing", "P1", [180, 0, 0, 0]),
    ("Frictiekosten reorganisatie havendienst", "P1", [95, 0, 0, 0]),
    ("Planvoorbereiding Kreekpolder-Oost fase 3", "P2", [140, 180, 60, 0]),
    ("Walstroom fase 2", "P3", ONTTR["walstroom"][2:]),
    ("Herinrichting havenkantoor", "OH", [0, 150, 0, 0]),
    ("Digitalisering havenmeesterssysteem", "OH", ONTTR["algemeen"][2:]),
]
INCID_BATEN = [
    ("Subsidie Rijk walstroom (Klimaatfonds)", "P3", [210, 150, 0, 0]),
]


def structureel():
    rows = []
    for j in range(4):
        i = j + 2
        ib = sum(v[j] for _, _, v in INCID_BATEN)
        il = sum(v[j] for _, _, v in INCID_LASTEN)
        io = TOT_ONTTR[i]                       # all onttrekkingen are incidenteel
        it = TOEV["grondexpl"][i]               # toevoeging grondexploitatie is incidenteel
        s = RESULTAAT[i] - ib + il - io + it
        rows.append({"resultaat": RESULTAAT[i], "ib": ib, "il": il, "io": io, "it": it, "struct": s})
    return rows


# ---- investeringen (euros; printed in € mln with two decimals) ----
INVEST = [
    ("Vervanging kademuur Westhaven fase 2", [3400000, 2150000, 0, 0]),
    ("Renovatie sluis Schelvenmonde (bewegingswerk)", [1250000, 2800000, 1900000, 0]),
    ("Walstroominstallaties Binnenhaven (6 aansluitingen)", [980000, 640000, 0, 0]),
    ("Vervanging remmingwerk Oostsluis", [0, 450000, 1120000, 0]),
    ("Bouwrijp maken Kreekpolder-Oost fase 3", [0, 0, 1350000, 2600000]),
    ("Vervanging patrouillevaartuig Schelve II", [0, 0, 0, 1150000]),
]
BIJDRAGE_DERDEN = [590000, 380000, 0, 0]   # subsidie walstroom installaties (in 2026: 590.000)


def invest_totals():
    return [sum(v[j] for _, v in INVEST) for j in range(4)]


# ---- balans (x 1.000), 31-12-2024 (rekening), 31-12-2025 and 31-12-2026 (prognose) ----
AFSCHR = [1105, 1180, 1262]          # afschrijvingen 2024, 2025, 2026
MVA = {"2024": 22480}
INVEST_25 = 2870
LENINGEN = {"start": 13600, "nieuw": 4000, "aflos": 1240}   # 2026
LENINGEN_2025 = {"start": 12540, "nieuw": 2500, "aflos": 1440}
FVA = {"2024": 640, "2025": 640, "2026": 640}               # deelneming en lening Coöperatie Walstroom
VOORRAAD = {"2024": 5466, "2025": 4812}
GREX_2026 = {"start": 4812, "kosten": 1150, "opbrengst": 2480, "nog_kosten": 3960, "nog_opbrengst": 9150}
UITZ = {"2024": 2210, "2025": 1980, "2026": 2050}          # uitzettingen < 1 jaar
LIQ = {"2024": 312, "2025": 240, "2026": 250}
OVL_A = {"2024": 905, "2025": 860, "2026": 880}
OVL_P = {"2024": 2480, "2025": 2390, "2026": 2410}


def balans():
    res_end25 = sum(RES_START_2026.values())
    res_end26 = sum(r["end26"] for r in reserves())
    ev = {"2025": rnd_k(res_end25), "2026": rnd_k(res_end26)}
    # 2024: reverse the 2025 movements; the 2024 result (187) is part of the equity at 31-12-2024
    ev["2024"] = ev["2025"] - TOT_TOEV[1] + TOT_ONTTR[1]
    vz25 = rnd_k(sum(v["start"] for v in voorzieningen()))
    vz26 = rnd_k(sum(v["end"] for v in voorzieningen()))
    vz = {"2024": vz25 - 210, "2025": vz25, "2026": vz26}
    mva = dict(MVA)
    mva["2025"] = mva["2024"] + INVEST_25 - AFSCHR[1]
    inv26 = rnd_k(invest_totals()[0]) - rnd_k(BIJDRAGE_DERDEN[0])
    mva["2026"] = mva["2025"] + inv26 - AFSCHR[2]
    vs = {"2025": LENINGEN["start"], "2026": LENINGEN["start"] + LENINGEN["nieuw"] - LENINGEN["aflos"],
          "2024": LENINGEN_2025["start"]}
    assert LENINGEN_2025["start"] + LENINGEN_2025["nieuw"] - LENINGEN_2025["aflos"] == LENINGEN["start"]
    voor = dict(VOORRAAD)
    voor["2026"] = GREX_2026["start"] + GREX_2026["kosten"] - GREX_2026["opbrengst"]
    assert voor["2025"] == GREX_2026["start"]
    out = {}
    for y in ("2024", "2025", "2026"):
        act = {"Materiële vaste activa": mva[y], "Financiële vaste activa": FVA[y],
               "Voorraden (bouwgronden in exploitatie)": voor[y], "Uitzettingen korter dan één jaar": UITZ[y],
               "Liquide middelen": LIQ[y], "Overlopende activa": OVL_A[y]}
        tot_a = sum(act.values())
        pas = {"Eigen vermogen": ev[y], "Voorzieningen": vz[y], "Vaste schulden (langlopende leningen)": vs[y],
               "Overlopende passiva": OVL_P[y]}
        nvs = tot_a - sum(pas.values())
        assert nvs > 0, (y, nvs)
        pas = {"Eigen vermogen": ev[y], "Voorzieningen": vz[y], "Vaste schulden (langlopende leningen)": vs[y],
               "Netto vlottende schulden": nvs, "Overlopende passiva": OVL_P[y]}
        out[y] = {"activa": act, "passiva": pas, "totaal": tot_a}
    return out, inv26


def kengetallen():
    bal, _ = balans()
    idx = {"2024": 0, "2025": 1, "2026": 2}
    out = {}
    for y, b in bal.items():
        a, p = b["activa"], b["passiva"]
        baten = TOT_BATEN[idx[y]]
        schuld = (p["Vaste schulden (langlopende leningen)"] + p["Netto vlottende schulden"] + p["Overlopende passiva"]
                  - a["Uitzettingen korter dan één jaar"] - a["Liquide middelen"] - a["Overlopende activa"])
        nsq = 100 * schuld / baten
        nsq_c = 100 * (schuld - a["Financiële vaste activa"]) / baten
        solv = 100 * p["Eigen vermogen"] / b["totaal"]
        grex = 100 * a["Voorraden (bouwgronden in exploitatie)"] / baten
        out[y] = {"nsq": nsq, "nsq_c": nsq_c, "solv": solv, "grex": grex}
    s26 = structureel()[0]["struct"]
    out["2026"]["ser"] = 100 * s26 / TOT_BATEN[2]
    out["2025"]["ser"] = 0.6   # from the begroting 2025 (ingredients not in this document)
    out["2024"]["ser"] = 1.4   # from the jaarstukken 2024 (ingredients not in this document)
    return out


# ---- EMU-saldo (x 1.000), 2025, 2026, 2027 ----
def emu():
    rows = []
    inv = invest_totals()
    for i, y in ((1, "2025"), (2, "2026"), (3, "2027")):
        j = i - 2
        r = {}
        r["Exploitatiesaldo vóór toevoeging aan en onttrekking uit reserves"] = SALDO[i]
        r["Afschrijvingen ten laste van de exploitatie"] = {1: AFSCHR[1], 2: AFSCHR[2], 3: 1318}[i]
        r["Dotaties aan voorzieningen"] = {1: 2030, 2: rnd_k(sum(v[2] for v in VOORZ)), 3: 2150}[i]
        r["Investeringen in (im)materiële vaste activa"] = -({1: INVEST_25, 2: rnd_k(inv[0]), 3: rnd_k(inv[1])}[i])
        r["Bijdragen van derden in investeringen"] = {1: 0, 2: rnd_k(BIJDRAGE_DERDEN[0]), 3: rnd_k(BIJDRAGE_DERDEN[1])}[i]
        r["Uitgaven ten laste van voorzieningen"] = -({1: 1905, 2: rnd_k(sum(v[3] for v in VOORZ)), 3: 1980}[i])
        r["Grondexploitatie: kosten"] = -({1: 1320, 2: GREX_2026["kosten"], 3: 1240}[i])
        r["Grondexploitatie: opbrengsten"] = {1: 3270, 2: GREX_2026["opbrengst"], 3: 2160}[i]
        r["EMU-saldo"] = sum(v for k, v in r.items())
        rows.append((y, r))
    return rows


# ---- tariffs (euros) ----
TARIEVEN = [
    # categorie, eenheid, tarief 2025, decimals
    ("Zeevaart", "per GT per aanloop", 0.2184, 4),
    ("Zeevaart, schepen met geldig Green Award-certificaat", "per GT per aanloop", 0.1966, 4),
    ("Binnenvaart", "per ton laadvermogen per aanloop", 0.0612, 4),
    ("Binnenvaart, jaarabonnement", "per ton laadvermogen per jaar", 2.41, 2),
    ("Passagiersschepen (riviercruise)", "per meter lengte per etmaal", 1.85, 2),
    ("Recreatievaart, passantenhaven", "per meter lengte per nacht", 1.95, 2),
    ("Walstroom", "per kWh", 0.31, 2),
]
TARIEF_STIJGING = 2.8


def tarieven():
    out = []
    for c, e, t25, d in TARIEVEN:
        t26 = round(t25 * (1 + TARIEF_STIJGING / 100), d)
        out.append((c, e, t25, t26, d))
    return out


KERN = [  # label, unit, 2024, 2025, 2026 ; counts printed with a thin space
    ("Oppervlakte havengebied", "ha", 1248, 1248, 1262),
    ("Kadelengte", "m", 9870, 9870, 10115),
    ("Aanlopen zeeschepen", "aantal", 1412, 1450, 1480),
    ("Aanlopen binnenvaartschepen", "aantal", 6835, 6900, 7050),
    ("Uitgegeven haventerrein (erfpacht en verkocht)", "ha", 612, 618, 631),
]
OVERSLAG = (8.6, 8.8, 9.1)   # mln ton

FORMATIE = [  # afdeling, fte 2025, fte 2026
    ("Havendienst (havenmeester, verkeerspost, patrouille)", 23.8, 24.6),
    ("Beheer en onderhoud", 14.6, 15.2),
    ("Gebiedsontwikkeling en uitgifte", 8.0, 8.4),
    ("Bedrijfsvoering", 10.6, 11.1),
    ("Directie en bestuursondersteuning", 4.2, 4.4),
]
FORMATIE_2024 = 58.4

ONDERHOUD = [  # object, areaal, kwaliteitsniveau, budget 2026 (x 1.000), gemiddeld per jaar 2027-2029 (x 1.000)
    ("Kademuren en damwanden", "10,1 km", "R (robuust)", 1184, 1210),
    ("Sluis Schelvenmonde en Oostsluis", "2 sluizen", "hoog", 846, 902),
    ("Beweegbare bruggen", "3 bruggen", "hoog", 312, 325),
    ("Havenbekkens en vaargeul (baggeren)", "1,9 mln m³", "nautische diepte", 1280, 1310),
    ("Steigers, remmingwerken en meerpalen", "146 stuks", "basis", 268, 274),
]

VERBONDEN = [  # naam, rechtsvorm, belang, bijdrage 2026 (euros), ev 1-1-2025, vv 1-1-2025, resultaat 2024
    ("Coöperatie Walstroom Schelvenmonde U.A.", "coöperatie", "40%", 85000, 1412500, 2960000, 61200),
    ("Stichting Havenbeveiliging Westerzande", "stichting", "bestuurszetel", 212400, 148300, 96700, 12450),
]

INDICATOREN = {
    "P1": [("Gemiddelde wachttijd schutting sluis Schelvenmonde", "minuten", "38", "34", "30"),
           ("Beschikbaarheid sluis en bruggen", "%", "98,7", "98,9", "99,0"),
           ("Nautische incidenten in het havengebied", "aantal", "14", "≤ 12", "≤ 10")],
    "P2": [("Uitgifte haventerrein (nieuw)", "ha", "4,2", "6,0", "13,0"),
           ("Leegstaand uitgeefbaar terrein", "ha", "27,5", "23,0", "14,0"),
           ("Werkgelegenheid op haventerreinen", "banen", "4.310", "4.400", "4.520")],
    "P3": [("Walstroomaansluitingen in gebruik", "aantal", "6", "6", "11"),
           ("Aandeel ligdagen binnenvaart op walstroom", "%", "41", "48", "62"),
           ("ISPS-inspecties en oefeningen", "aantal", "22", "24", "24")],
}
