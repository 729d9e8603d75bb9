"""Figures of the FICTIONAL Gemeente Staverhorst, Jaarstukken 2025.

Every figure is made up. Amounts in thousands of euros unless a name ends in _EUR or says euros.
Columns: P = primitieve begroting 2025, W = begroting 2025 na wijziging, R = realisatie 2025.
Totals, saldi, reserve movements, ratios and shares are computed here.
"""
from nlfmt import rnd_k

COLS = ("P", "W", "R")
INWONERS = {"2024": 40_873, "2025": 41_236}   # 1 januari

PROGS = {
    "P1": "Bestuur en veiligheid",
    "P2": "Ruimte, wonen en mobiliteit",
    "P3": "Sociaal domein",
    "P4": "Economie, cultuur en sport",
}

# ---- sociaal domein per taakveld, realisatie 2025 in euros (lasten, baten) ----
SD_TAAKVELDEN = [
    ("6.1", "Samenkracht en burgerparticipatie", 4_218_733, 312_480),
    ("6.2", "Toegang en eerstelijnsvoorzieningen", 5_106_492, 0),
    ("6.3", "Inkomensregelingen", 17_884_105, 8_902_316),
    ("6.4", "WSW en beschut werk", 3_412_870, 0),
    ("6.5", "Arbeidsparticipatie", 1_987_264, 214_700),
    ("6.6", "Maatwerkvoorzieningen (Wmo)", 2_406_118, 88_245),
    ("6.71", "Maatwerkdienstverlening 18+", 6_870_942, 612_904),
    ("6.72", "Maatwerkdienstverlening 18-", 10_842_516, 0),
    ("6.81", "Geëscaleerde zorg 18+", 1_124_580, 0),
    ("6.82", "Geëscaleerde zorg 18-", 1_204_673, 0),
    ("7.1", "Volksgezondheid", 1_486_211, 780_142),
]
SD_LASTEN_R = rnd_k(sum(x[2] for x in SD_TAAKVELDEN))
SD_BATEN_R = rnd_k(sum(x[3] for x in SD_TAAKVELDEN))

LASTEN = {
    "P1": {"P": 9480, "W": 9912, "R": 9655},
    "P2": {"P": 24310, "W": 26845, "R": 25118},
    "P3": {"P": 52870, "W": 55410, "R": SD_LASTEN_R},
    "P4": {"P": 8645, "W": 9130, "R": 8802},
    "OH": {"P": 11830, "W": 12205, "R": 12386},
    "ALG": {"P": 1420, "W": 1385, "R": 1298},
    "VPB": {"P": 25, "W": 25, "R": 8},
}
BATEN_FIXED = {
    "P1": {"P": 1215, "W": 1310, "R": 1402},
    "P2": {"P": 12640, "W": 13980, "R": 14726},
    "P3": {"P": 9120, "W": 10380, "R": SD_BATEN_R},
    "P4": {"P": 1480, "W": 1545, "R": 1612},
    "OH": {"P": 260, "W": 280, "R": 331},
    "VPB": {"P": 0, "W": 0, "R": 0},
}
# algemene dekkingsmiddelen, baten; the algemene uitkering balances the resultaat targets
ALG_BATEN_ITEMS = [
    ("OZB woningen", {"P": 6480, "W": 6480, "R": 6552}),
    ("OZB niet-woningen", {"P": 3115, "W": 3115, "R": 3046}),
    ("Toeristenbelasting", {"P": 412, "W": 412, "R": 447}),
    ("Precariobelasting", {"P": 38, "W": 38, "R": 41}),
    ("Dividend", {"P": 310, "W": 355, "R": 362}),
    ("Saldo financieringsfunctie", {"P": 190, "W": 210, "R": 236}),
]
ALG_LASTEN_ITEMS = [
    ("Kosten heffing en invordering belastingen", {"P": 612, "W": 598, "R": 577}),
    ("Onvoorzien", {"P": 150, "W": 0, "R": 0}),
    ("Rentelasten (treasury)", {"P": 658, "W": 787, "R": 721}),
]
for c in COLS:
    assert sum(v[c] for _, v in ALG_LASTEN_ITEMS) == LASTEN["ALG"][c]

# ---- reserves ----
RES = [  # key, name, programme, stand 1-1-2025 (euros), bestemming resultaat 2024 (euros)
    ("alg", "Algemene reserve", "ALG", 9_212_480, 1_518_604),
    ("org", "Reserve organisatieontwikkeling", "P1", 612_300, 0),
    ("weg", "Reserve onderhoud wegen en bruggen", "P2", 5_870_115, 0),
    ("vhv", "Reserve volkshuisvesting", "P2", 1_348_900, 0),
    ("sd", "Reserve sociaal domein", "P3", 3_025_000, 600_000),
    ("spo", "Reserve onderhoud sportaccommodaties", "P4", 1_104_650, 0),
]
RESULTAAT_2024_EUR = 2_118_604
# toevoegingen (x 1.000) per column, onttrekkingen P/W in thousands, R in euros
TOEV = {
    "alg": {"P": 1000, "W": 1870, "R": 1870},
    "org": {"P": 0, "W": 0, "R": 0},
    "weg": {"P": 600, "W": 900, "R": 900},
    "vhv": {"P": 0, "W": 1100, "R": 1100},
    "sd": {"P": 0, "W": 500, "R": 500},
    "spo": {"P": 250, "W": 250, "R": 250},
}
ONTTR_PW = {
    "alg": {"P": 400, "W": 800},
    "org": {"P": 120, "W": 340},
    "weg": {"P": 1200, "W": 2450},
    "vhv": {"P": 300, "W": 600},
    "sd": {"P": 1100, "W": 2300},
    "spo": {"P": 180, "W": 420},
}
ONTTR_R_EUR = {"alg": 540_000, "org": 295_870, "weg": 2_011_684, "vhv": 451_208, "sd": 2_300_000, "spo": 388_245}
RES_PROG = {k: p for k, _, p, _, _ in RES}

RESULT_TARGET = {"P": 84, "W": -312, "R": 1846}


def prog_reserves(p, c):
    keys = [k for k in RES_PROG if RES_PROG[k] == p]
    t = sum(TOEV[k][c] for k in keys)
    if c == "R":
        o = rnd_k(sum(ONTTR_R_EUR[k] for k in keys))
    else:
        o = sum(ONTTR_PW[k][c] for k in keys)
    return t, o


ALL_P = ["P1", "P2", "P3", "P4", "ALG"]


def tot_reserves(c):
    t = sum(prog_reserves(p, c)[0] for p in ALL_P)
    o = sum(prog_reserves(p, c)[1] for p in ALL_P)
    return t, o


# the rounded programme onttrekkingen add up to the rounded total of the euros
assert tot_reserves("R")[1] == rnd_k(sum(ONTTR_R_EUR.values())), (tot_reserves("R"), sum(ONTTR_R_EUR.values()))


def algemene_uitkering():
    out = {}
    for c in COLS:
        lasten = sum(v[c] for v in LASTEN.values())
        other = sum(v[c] for v in BATEN_FIXED.values()) + sum(v[c] for _, v in ALG_BATEN_ITEMS)
        t, o = tot_reserves(c)
        out[c] = RESULT_TARGET[c] + lasten + t - o - other
    return out


AU = algemene_uitkering()
ALG_BATEN_ITEMS.insert(2, ("Algemene uitkering gemeentefonds", AU))
BATEN = dict(BATEN_FIXED)
BATEN["ALG"] = {c: sum(v[c] for _, v in ALG_BATEN_ITEMS) for c in COLS}


def tot(d, c):
    return sum(v[c] for v in d.values())


TOT_LASTEN = {c: tot(LASTEN, c) for c in COLS}
TOT_BATEN = {c: tot(BATEN, c) for c in COLS}
SALDO = {c: TOT_BATEN[c] - TOT_LASTEN[c] for c in COLS}
TOT_TOEV = {c: tot_reserves(c)[0] for c in COLS}
TOT_ONTTR = {c: tot_reserves(c)[1] for c in COLS}
RESULTAAT = {c: SALDO[c] - TOT_TOEV[c] + TOT_ONTTR[c] for c in COLS}
assert RESULTAAT == RESULT_TARGET, RESULTAAT


def prog_table(p):
    rows = {}
    rows["lasten"] = LASTEN[p]
    rows["baten"] = BATEN[p]
    rows["saldo"] = {c: BATEN[p][c] - LASTEN[p][c] for c in COLS}
    rows["toev"] = {c: prog_reserves(p, c)[0] for c in COLS}
    rows["onttr"] = {c: prog_reserves(p, c)[1] for c in COLS}
    rows["resultaat"] = {c: rows["saldo"][c] - rows["toev"][c] + rows["onttr"][c] for c in COLS}
    return rows


def verschil(kind, w, r):
    """(absolute difference, 'V'|'N'|'') realisatie vs begroting na wijziging."""
    if kind in ("lasten", "toev"):
        d = w - r
    else:
        d = r - w
    return abs(d), ("V" if d > 0 else "N" if d < 0 else "")


# ---- analyse van de verschillen (lasten/baten items in euros, V/N); a rest item balances per programme ----
ANALYSE = {
    "P1": {"lasten": [("Lagere kosten gemeenteraadsverkiezingen door gecombineerde stembureaus", 118_000, "V"),
                      ("Organisatieontwikkeling: trainingen doorgeschoven naar 2026 (via reserve)", 44_000, "V")],
           "baten": [("Hogere leges reisdocumenten en rijbewijzen (piek vervanging 2015)", 96_000, "V")]},
    "P2": {"lasten": [("Onderhoud wegen en bruggen: vervanging brug Staverdiep deels in 2026 (via reserve)", 438_000, "V"),
                      ("Lagere kosten grondexploitatie Veldkamp-Zuid fase 2", 912_000, "V"),
                      ("Hogere kosten inzameling en verwerking huishoudelijk afval", 264_000, "N")],
           "baten": [("Hogere opbrengst grondverkopen Veldkamp-Zuid", 588_000, "V"),
                     ("Hogere leges omgevingsvergunningen", 141_000, "V")]},
    "P3": {"lasten": [("Jeugdhulp met verblijf en ambulante jeugdhulp (taakvelden 6.72 en 6.82)", 1_420_000, "N"),
                      ("Wmo hulp bij het huishouden en hulpmiddelen", 286_000, "V"),
                      ("Uitkeringen Participatiewet (BUIG)", 402_000, "N")],
           "baten": [("Hogere rijksvergoeding BUIG na nadere voorlopige toekenning", 455_000, "V")]},
    "P4": {"lasten": [("Lagere kosten evenementen en citymarketing", 131_000, "V"),
                      ("Onderhoud sportaccommodaties: renovatie kunstgrasveld doorgeschoven", 168_000, "V")],
           "baten": [("Hogere huuropbrengst sportaccommodaties", 52_000, "V")]},
}


def analyse(p):
    """Return per kind: the items and the rest, all in euros; the sum equals the table difference x 1.000."""
    out = {}
    t = prog_table(p)
    for kind in ("lasten", "baten"):
        diff, vn = verschil(kind, t[kind]["W"], t[kind]["R"])
        signed_target = diff * 1000 * (1 if vn == "V" else -1)
        items = ANALYSE[p][kind]
        s = sum(a if v == "V" else -a for _, a, v in items)
        rest = signed_target - s
        out[kind] = {"diff": diff, "vn": vn, "items": items,
                     "rest": (abs(rest), "V" if rest > 0 else "N" if rest < 0 else "")}
    return out


# ---- reserves staat (euros) ----
def reserves():
    rows = []
    for k, name, p, start, best in RES:
        t = TOEV[k]["R"] * 1000
        o = ONTTR_R_EUR[k]
        end = start + best + t - o
        rows.append({"key": k, "name": name, "start": start, "best": best, "toev": t, "onttr": o, "end": end})
    assert sum(r["best"] for r in rows) == RESULTAAT_2024_EUR
    return rows


VOORZ = [  # name, stand 1-1-2025, toevoeging, aanwending, vrijval (euros)
    ("Voorziening onderhoud gemeentelijke gebouwen", 4_318_220, 1_120_000, 1_386_412, 0),
    ("Voorziening pensioenen (gewezen) wethouders", 3_906_510, 288_400, 162_330, 0),
    ("Voorziening egalisatie rioolheffing", 1_212_640, 94_120, 0, 0),
    ("Voorziening afwikkeling garantstelling sporthal De Stavert", 250_000, 0, 61_200, 188_800),
]


def voorzieningen():
    return [{"name": n, "start": s, "toev": t, "aanw": a, "vrij": v, "end": s + t - a - v} for n, s, t, a, v in VOORZ]


# ---- balans (x 1.000) ----
ACTIVA = {  # 31-12-2025, 31-12-2024
    "Immateriële vaste activa": (412, 455),
    "Materiële vaste activa": (118_640, 112_305),
    "Financiële vaste activa": (6_218, 6_480),
    "Voorraden": (7_904, 9_612),
    "Uitzettingen met een rentetypische looptijd korter dan één jaar": (11_870, 10_245),
    "Liquide middelen": (1_106, 842),
    "Overlopende activa": (6_342, 5_918),
}
VASTE_SCHULDEN = (92_400, 88_150)
OVERLOPENDE_PASSIVA = (9_876, 10_412)


def balans():
    rs = reserves()
    vz = voorzieningen()
    ev25 = rnd_k(sum(r["end"] for r in rs)) + RESULTAAT["R"]
    ev24 = rnd_k(sum(r["start"] for r in rs)) + rnd_k(RESULTAAT_2024_EUR)
    vz25 = rnd_k(sum(v["end"] for v in vz))
    vz24 = rnd_k(sum(v["start"] for v in vz))
    out = {}
    for j, y in ((0, "2025"), (1, "2024")):
        act = {k: v[j] for k, v in ACTIVA.items()}
        ta = sum(act.values())
        ev = ev25 if y == "2025" else ev24
        vzv = vz25 if y == "2025" else vz24
        pas = {"Eigen vermogen": ev, "Voorzieningen": vzv, "Vaste schulden": VASTE_SCHULDEN[j]}
        nvs = ta - sum(pas.values()) - OVERLOPENDE_PASSIVA[j]
        assert nvs > 0, (y, nvs)
        pas["Netto vlottende schulden"] = nvs
        pas["Overlopende passiva"] = OVERLOPENDE_PASSIVA[j]
        out[y] = {"activa": act, "passiva": pas, "totaal": ta}
    return out


def ev_split():
    """Eigen vermogen split (x 1.000): algemene reserve, bestemmingsreserves, resultaat."""
    rs = reserves()
    alg25 = rnd_k(rs[0]["end"])
    best25 = rnd_k(sum(r["end"] for r in rs)) - alg25
    alg24 = rnd_k(rs[0]["start"])
    best24 = rnd_k(sum(r["start"] for r in rs)) - alg24
    return {"2025": (alg25, best25, RESULTAAT["R"]), "2024": (alg24, best24, rnd_k(RESULTAAT_2024_EUR))}


def kengetallen():
    b = balans()
    out = {}
    baten = {"2025": TOT_BATEN["R"], "2024": 109_842}   # totale baten 2024: jaarstukken 2024
    for y in ("2025", "2024"):
        a, p = b[y]["activa"], b[y]["passiva"]
        schuld = (p["Vaste schulden"] + p["Netto vlottende schulden"] + p["Overlopende passiva"]
                  - a["Uitzettingen met een rentetypische looptijd korter dan één jaar"] - a["Liquide middelen"]
                  - a["Overlopende activa"])
        out[y] = {"nsq": 100 * schuld / baten[y],
                  "nsq_c": 100 * (schuld - a["Financiële vaste activa"]) / baten[y],
                  "solv": 100 * p["Eigen vermogen"] / b[y]["totaal"],
                  "grex": 100 * a["Voorraden"] / baten[y]}
    return out


# ---- weerstandsvermogen (euros) ----
RISKS = [
    ("Open einde regelingen jeugdhulp en Wmo", 4_800_000, 50),
    ("Herijking gemeentefonds (ravijnjaar 2026)", 3_500_000, 75),
    ("Grondexploitatie Veldkamp-Zuid: lagere woningprijzen", 2_400_000, 25),
    ("Garantstellingen en leningen aan verenigingen", 900_000, 10),
    ("Juridische procedures en planschade", 600_000, 25),
    ("Cyberincident en datalek", 500_000, 30),
]


def risks():
    rows = [{"name": n, "bedrag": b, "kans": k, "impact": b * k // 100} for n, b, k in RISKS]
    return rows, sum(r["impact"] for r in rows)


ONBENUTTE_BELASTINGCAPACITEIT = 1_312_000


def weerstand():
    rs = reserves()
    alg = rs[0]["end"]
    cap = alg + ONBENUTTE_BELASTINGCAPACITEIT
    _, ben = risks()
    return {"alg": alg, "obc": ONBENUTTE_BELASTINGCAPACITEIT, "cap": cap, "benodigd": ben, "ratio": cap / ben}


# ---- lokale heffingen ----
TARIEVEN = [  # heffing, grondslag, 2024, 2025, kind ('pct' or 'eur')
    ("OZB woningen, eigenaar", "% van de WOZ-waarde", 0.0812, 0.0839, "pct"),
    ("OZB niet-woningen, eigenaar", "% van de WOZ-waarde", 0.2156, 0.2231, "pct"),
    ("OZB niet-woningen, gebruiker", "% van de WOZ-waarde", 0.1742, 0.1803, "pct"),
    ("Afvalstoffenheffing, eenpersoonshuishouden", "per jaar", 276.00, 289.20, "eur"),
    ("Afvalstoffenheffing, meerpersoonshuishouden", "per jaar", 348.00, 364.80, "eur"),
    ("Rioolheffing", "per aansluiting per jaar", 241.56, 249.48, "eur"),
    ("Toeristenbelasting", "per persoon per nacht", 1.85, 2.10, "eur"),
    ("Precariobelasting terrassen", "per m² per jaar", 18.40, 19.10, "eur"),
]
WOZ_GEM = {"2024": 351_000, "2025": 368_000}


def woonlasten():
    out = {}
    for j, y in ((2, "2024"), (3, "2025")):
        ozb = round(TARIEVEN[0][j] / 100 * WOZ_GEM[y], 2)
        afval = TARIEVEN[4][j]
        riool = TARIEVEN[5][j]
        out[y] = {"ozb": ozb, "afval": afval, "riool": riool, "tot": round(ozb + afval + riool, 2)}
    return out


KOSTENDEKKING = {  # euros, realisatie 2025
    "Afvalstoffenheffing": {"kosten": 5_406_210, "overhead": 312_480, "btw": 734_115, "inkomsten": -418_300,
                           "opbrengst": 6_034_505},
    "Rioolheffing": {"kosten": 3_918_644, "overhead": 208_610, "btw": 301_276, "inkomsten": -21_450,
                     "opbrengst": 4_247_880},
}


def kostendekking():
    out = {}
    for k, d in KOSTENDEKKING.items():
        totaal = d["kosten"] + d["inkomsten"] + d["overhead"] + d["btw"]
        out[k] = dict(d, totaal=totaal, pct=100 * d["opbrengst"] / totaal)
    return out


KWIJTSCHELDING = {"huishoudens": 612, "bedrag": 241_380}

# ---- verbonden partijen (euros) ----
VERBONDEN = [
    ("Veiligheidsregio Vechtzande", "gemeenschappelijke regeling", 2_418_650, 2_362_100),
    ("GGD Vechtzande", "gemeenschappelijke regeling", 1_106_320, 1_088_900),
    ("Werkbedrijf Staverhorst-Ommel", "gemeenschappelijke regeling", 3_412_870, 3_298_440),
    ("Afvalbedrijf Noordveen N.V.", "vennootschap", 0, 0),
    ("BNG Bank N.V.", "vennootschap", 0, 0),
]

# ---- WNT (euros) ----
WNT = [
    {"functie": "Gemeentesecretaris / algemeen directeur", "naam": "mr. E.J. Voskamp", "fte": (1.0, 1.0),
     "beloning": (131_412, 124_870), "termijn": (21_904, 20_633), "max": (246_000, 233_000)},
    {"functie": "Griffier", "naam": "drs. M. Terpstra-Oolbekkink", "fte": (0.89, 0.89),
     "beloning": (98_760, 94_115), "termijn": (16_412, 15_678), "max": None},
]


def wnt():
    out = []
    for w in WNT:
        d = dict(w)
        d["sub"] = (w["beloning"][0] + w["termijn"][0], w["beloning"][1] + w["termijn"][1])
        if w["max"] is None:
            d["max"] = (int(round(246_000 * w["fte"][0])), int(round(233_000 * w["fte"][1])))
        out.append(d)
    return out


# ---- begrotingsrechtmatigheid ----
KREDIET = {"name": "Vervanging brug Staverdiep (eerste fase)", "krediet": 2_150_000, "uitgaven": 2_263_410}

# ---- incidentele baten en lasten (x 1.000, realisatie 2025) ----
INCID_LASTEN = [
    ("Gemeenteraadsverkiezingen", "P1", 206),
    ("Organisatieontwikkeling (dekking reserve)", "P1", 296),
    ("Vervanging brug Staverdiep, eerste fase (dekking reserve)", "P2", 2012),
    ("Volkshuisvesting: startersleningen en huisvesting statushouders", "P2", 451),
    ("Transformatie sociaal domein (dekking reserve)", "P3", 2300),
    ("Onderhoud sportaccommodaties (dekking reserve)", "P4", 388),
]
INCID_BATEN = [
    ("Grondverkopen Veldkamp-Zuid boven de raming", "P2", 588),
    ("Nadere voorlopige toekenning BUIG", "P3", 455),
]


def structureel():
    il = sum(a for _, _, a in INCID_LASTEN)
    ib = sum(a for _, _, a in INCID_BATEN)
    io = TOT_ONTTR["R"]                     # all onttrekkingen incidenteel
    it = TOEV["vhv"]["R"] + TOEV["alg"]["R"]   # incidentele toevoegingen
    s = RESULTAAT["R"] - ib + il - io + it
    return {"res": RESULTAAT["R"], "ib": ib, "il": il, "io": io, "it": it, "struct": s}


# ---- EMU-saldo (x 1.000): begroting na wijziging and realisatie ----
def emu():
    rows = {
        "Gerealiseerd totaal saldo van baten en lasten": (SALDO["W"], SALDO["R"]),
        "Afschrijvingen ten laste van de exploitatie": (5_980, 6_112),
        "Dotaties aan voorzieningen": (1_480, rnd_k(sum(v[2] for v in VOORZ))),
        "Investeringen in (im)materiële vaste activa": (-14_650, -12_359),
        "Bijdragen van derden in investeringen": (820, 1_012),
        "Uitgaven ten laste van voorzieningen": (-1_320, -rnd_k(sum(v[3] for v in VOORZ))),
        "Grondexploitatie: uitgaven": (-2_950, -2_038),
        "Grondexploitatie: verkopen": (3_400, 3_746),
    }
    em = (sum(v[0] for v in rows.values()), sum(v[1] for v in rows.values()))
    return rows, em


RESULTAATBESTEMMING = [  # euros; sum = resultaat
    ("Toevoeging aan de reserve sociaal domein (jeugdhulp 2026)", 600_000),
    ("Toevoeging aan de reserve onderhoud sportaccommodaties (kunstgrasveld)", 168_000),
    ("Toevoeging aan de algemene reserve", None),   # rest
]

INDICATOREN = {
    "P1": [("Verwijzingen Halt", "per 10.000 jongeren 12-17 jaar", "98", "104", "112"),
           ("Winkeldiefstallen", "per 1.000 inwoners", "1,4", "1,6", "2,1"),
           ("Geweldsmisdrijven", "per 1.000 inwoners", "3,9", "4,2", "5,0"),
           ("Inwoners dat zich veilig voelt in de eigen buurt", "%", "87", "85", "84")],
    "P2": [("Nieuw gebouwde woningen", "per 1.000 woningen", "11,8", "9,6", "8,4"),
           ("Omvang huishoudelijk restafval", "kg per inwoner", "132", "141", "166"),
           ("Gemiddelde WOZ-waarde woningen", "x € 1.000", "368", "351", "405")],
    "P3": [("Personen met een bijstandsuitkering", "per 10.000 inwoners 18+", "255,1", "262,3", "351,0"),
           ("Jongeren met jeugdhulp", "% van jongeren tot 18 jaar", "11,9", "11,2", "12,1"),
           ("Cliënten met een maatwerkarrangement Wmo", "per 10.000 inwoners", "612", "598", "690")],
    "P4": [("Vestigingen (van bedrijven)", "per 1.000 inwoners 15-74 jaar", "141,2", "138,7", "146,8"),
           ("Niet-sporters", "% inwoners 19 jaar en ouder", "43,1", "44,0", "46,6"),
           ("Functiemenging", "%", "52,4", "51,9", "53,6")],
}
