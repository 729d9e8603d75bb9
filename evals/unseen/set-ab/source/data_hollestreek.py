"""Every figure of the fictional 'Begroting 2031 Omgevingsdienst Hollestreek'.

Literal inputs are below; everything else (bijdragen, totals, meerjarenraming, balans
plug items and kengetallen) is derived by plain arithmetic.  check.py verifies the printed
result.
"""
from common import Table, Row, nl, eur

NAAM = "Omgevingsdienst Hollestreek"
JAAR = 2031
YEARS = ["Rekening 2029", "Begroting 2030", "Begroting 2031", "Raming 2032", "Raming 2033", "Raming 2034"]

# --------------------------------------------------------------------------------------
# Deelnemers: inwoners per 1-1-2030 and werkprogramma-uren 2031; begroting 2030 totals (literal)
DEELNEMERS = [
    # name, inwoners 1-1-2030, uren 2031, totale bijdrage begroting 2030 (€)
    ("Wijnkerke", 58214, 29850, 4051737),
    ("Baarlemonde", 31876, 17420, 2334498),
    ("Stokkerveen", 24503, 14960, 1964735),
    ("Doornewaard", 19642, 11240, 1494059),
    ("Hemmerloo", 16388, 9380, 1245607),
    ("Kieversloot", 12907, 8150, 1063425),
    ("Ellewoude", 9415, 6870, 877158),
]
VASTE_BIJDRAGE = {2030: 14.10, 2031: 14.65}   # € per inwoner
UURTARIEF = {2030: 107.85, 2031: 112.40}      # integraal uurtarief
GROEI = {2032: 1.046, 2033: 1.022, 2034: 1.021}  # index on the total bijdrage per deelnemer
UITGANGSPUNTEN = [
    # key, label, 2030, 2031, dec
    ("loon", "Loonindexatie (%)", 3.9, 3.6, 1),
    ("prijs", "Prijsindexatie (%)", 2.8, 2.4, 1),
    ("uurtarief", "Integraal uurtarief (€)", UURTARIEF[2030], UURTARIEF[2031], 2),
    ("vast", "Vaste bijdrage per inwoner (€)", VASTE_BIJDRAGE[2030], VASTE_BIJDRAGE[2031], 2),
    ("rente", "Rente langlopende lening (%)", 2.85, 2.85, 2),
    ("uren", "Declarabele uren per fte (norm)", 1280, 1300, 0),
]


def bijdrage_2031(d):
    vast = int(round(d[1] * VASTE_BIJDRAGE[2031]))
    werk = int(round(d[2] * UURTARIEF[2031]))
    return vast, werk, vast + werk


def meerjarig():
    """{name: {year: total}} for 2030..2034"""
    out = {}
    for d in DEELNEMERS:
        y = {2030: d[3], 2031: bijdrage_2031(d)[2]}
        for yr in (2032, 2033, 2034):
            y[yr] = int(round(y[yr - 1] * GROEI[yr]))
        out[d[0]] = y
    return out


MJ = meerjarig()
TOT_INW = sum(d[1] for d in DEELNEMERS)
TOT_UREN = sum(d[2] for d in DEELNEMERS)


def aandelen():
    """inwoner shares in % with 2 decimals, largest remainder so they add to 100,00"""
    raw = [d[1] / TOT_INW * 10000 for d in DEELNEMERS]
    base = [int(x) for x in raw]
    rest = 10000 - sum(base)
    order = sorted(range(len(raw)), key=lambda i: raw[i] - base[i], reverse=True)
    for i in order[:rest]:
        base[i] += 1
    return [b / 100 for b in base]


def bijdrage_table():
    sh = aandelen()
    rows = []
    for d, s in zip(DEELNEMERS, sh):
        v, w, t = bijdrage_2031(d)
        rows.append(Row(d[0], [d[1], s, v, d[2], w, t], key=d[0]))
    tot = [TOT_INW, round(sum(sh), 2)] + [sum(r.values[i] for r in rows) for i in (2, 3, 4, 5)]
    rows.append(Row("Totaal", tot, kind="total", key="Totaal"))
    return Table(id="bijdrage2031", title="Tabel 4.1 Bijdrage per deelnemer 2031",
                 columns=["Inwoners 1-1-2030", "Aandeel inwoners (%)", "Vaste bijdrage", "Uren werkprogramma",
                          "Bijdrage werkprogramma", "Totale bijdrage 2031"],
                 rows=rows, scale=1, col_dec=[0, 2, 0, 0, 0, 0], scale_note="bedragen in €",
                 label_header="Deelnemer")


YEAR_ROWS = [(2030, "Begroting 2030"), (2031, "Begroting 2031"), (2032, "Raming 2032"),
             (2033, "Raming 2033"), (2034, "Raming 2034")]


def meerjarig_table():
    """Transposed: the years are rows, the deelnemers are columns."""
    names = [d[0] for d in DEELNEMERS]
    rows = []
    for yr, lab in YEAR_ROWS:
        vals = [MJ[n][yr] for n in names]
        rows.append(Row(lab, vals + [sum(vals)], key=str(yr)))
    return Table(id="meerjarig", title="Tabel 4.2 Meerjarige bijdrage per deelnemer 2030-2034",
                 columns=names + ["Totaal"], rows=rows, scale=1, scale_note="bedragen in €",
                 label_header="Jaar")


def bijdrage_total(yr):
    return sum(MJ[n][yr] for n in MJ)


# --------------------------------------------------------------------------------------
# Staat van baten en lasten (x € 1.000)
def k(v):
    return int(round(v / 1000.0))


BATEN_OVERIG = {
    # key, label: Rekening 2029, 2030 ... 2034
    "derden": ("Opdrachten derden en projecten", [1214, 980, 1050, 1080, 1100, 1120]),
    "rijk": ("Rijksbijdragen en subsidies", [612, 540, 485, 510, 510, 510]),
    "overig": ("Overige baten", [148, 95, 90, 90, 90, 90]),
}
BIJDRAGEN_K = [12486] + [k(bijdrage_total(y)) for y in (2030, 2031, 2032, 2033, 2034)]
TOEV = [170, 60, 60, 60, 60, 60]
ONTT = [48, 264, 210, 185, 140, 120]
RESULTAAT = [235, 0, 0, 0, 0, 0]
ONVOORZIEN = [0, 50, 50, 50, 50, 50]
TAKEN = [
    ("verg", "Vergunningverlening"),
    ("toez", "Toezicht en handhaving"),
    ("spec", "Specialistisch advies"),
    ("asb", "Asbest- en ketentaken"),
    ("info", "Informatie, kennis en data"),
    ("ovh", "Overhead"),
]
SHARES_OLD = {"verg": 0.2530, "toez": 0.3548, "spec": 0.1380, "asb": 0.0532, "info": 0.0680}
SHARES_NEW = {"verg": 0.2460, "toez": 0.3680, "spec": 0.1360, "asb": 0.0520, "info": 0.0690}
KOSTENSOORTEN = [
    ("sal", "Salarissen en sociale lasten", 0.7346),
    ("opers", "Overige personeelskosten", 0.0319),
    ("inhuur", "Inhuur derden", 0.0532),
    ("huisv", "Huisvesting", 0.0593),
    ("ict", "ICT en informatievoorziening", 0.0634),
    ("kap", "Kapitaallasten", 0.0208),
    ("mat", "Overige materiële lasten", None),   # balancing item
]


def staat():
    n = len(YEARS)
    baten = {"bijdr": BIJDRAGEN_K}
    for kk, (lab, v) in BATEN_OVERIG.items():
        baten[kk] = v
    tb = [sum(baten[kk][i] for kk in baten) for i in range(n)]
    tl = [tb[i] - TOEV[i] + ONTT[i] - RESULTAAT[i] for i in range(n)]
    lasten = {kk: [0] * n for kk, _ in TAKEN}
    for i in range(n):
        sh = SHARES_OLD if i <= 2 else SHARES_NEW
        base = tl[i] - ONVOORZIEN[i]
        for kk in sh:
            lasten[kk][i] = int(round(base * sh[kk]))
        lasten["ovh"][i] = base - sum(lasten[kk][i] for kk in sh)
    lasten["onv"] = ONVOORZIEN
    return baten, tb, lasten, tl


BATEN, TB, LASTEN, TL = staat()


def staat_table():
    rows = [Row("Baten", [None] * 6, kind="section", key="sec:baten")]
    rows.append(Row("Bijdragen deelnemers", BATEN["bijdr"], key="bijdr"))
    for kk, (lab, v) in BATEN_OVERIG.items():
        rows.append(Row(lab, v, key=kk))
    rows.append(Row("Totaal baten", TB, kind="total", key="baten"))
    rows.append(Row("Lasten", [None] * 6, kind="section", key="sec:lasten"))
    for kk, lab in TAKEN:
        rows.append(Row(lab, LASTEN[kk], key=kk))
    rows.append(Row("Onvoorzien", LASTEN["onv"], key="onv"))
    rows.append(Row("Totaal lasten", TL, kind="total", key="lasten"))
    saldo = [TB[i] - TL[i] for i in range(6)]
    rows.append(Row("Saldo van baten en lasten", saldo, kind="total", key="saldo"))
    rows.append(Row("Toevoeging aan reserves", TOEV, key="toev"))
    rows.append(Row("Onttrekking aan reserves", ONTT, key="ontt"))
    res = [saldo[i] - TOEV[i] + ONTT[i] for i in range(6)]
    rows.append(Row("Resultaat na bestemming", res, kind="total", key="resultaat"))
    return Table(id="staat", title="Tabel 3.1 Staat van baten en lasten per taak",
                 columns=YEARS, rows=rows, scale=1000, scale_note="bedragen x € 1.000", label_header="")


def kostensoorten_table():
    cols = YEARS[1:]
    rows = []
    vals = {}
    for j in range(1, 6):
        base = TL[j] - ONVOORZIEN[j]
        acc = 0
        for kk, lab, sh in KOSTENSOORTEN:
            if sh is None:
                vals.setdefault(kk, []).append(base - acc)
            else:
                v = int(round(base * sh))
                acc += v
                vals.setdefault(kk, []).append(v)
    for kk, lab, sh in KOSTENSOORTEN:
        rows.append(Row(lab, vals[kk], key=kk))
    rows.append(Row("Onvoorzien", ONVOORZIEN[1:], key="onv"))
    rows.append(Row("Totaal lasten", TL[1:], kind="total", key="totaal"))
    return Table(id="kostensoorten", title="Tabel 3.2 Lasten naar kostensoort",
                 columns=cols, rows=rows, scale=1000, scale_note="bedragen x € 1.000", label_header="Kostensoort")


# --------------------------------------------------------------------------------------
# Reserves (whole euros)
RESERVES = [
    # key, name, stand 1-1-2031, [toevoeging 2031..2034], [onttrekking 2031..2034]
    ("AR", "Algemene reserve", 742350, [0, 0, 0, 0], [0, 0, 0, 0]),
    ("FRICTIE", "Bestemmingsreserve frictiekosten Omgevingswet", 386000, [0, 0, 0, 0], [150000, 100000, 100000, 0]),
    ("ICT", "Bestemmingsreserve vervanging ICT en meetapparatuur", 215000, [60000, 60000, 60000, 60000],
     [60000, 85000, 40000, 120000]),
    ("OPL", "Bestemmingsreserve opleiding en ontwikkeling", 124000, [0, 0, 0, 0], [0, 0, 0, 0]),
]
RESERVE_DOEL = {
    "AR": "buffer voor het opvangen van risico's; het maximum is 5% van de begrote lasten, een overschot wordt aan de deelnemers terugbetaald",
    "FRICTIE": "dekking van tijdelijke frictiekosten van de invoering van de Omgevingswet, zoals dubbele bezetting en de omscholing van medewerkers",
    "ICT": "gelijkmatig verdelen van de vervangingsinvesteringen in ICT-hardware en meetapparatuur voor geluid en lucht",
    "OPL": "het vakbekwaam houden van medewerkers conform de kwaliteitscriteria VTH",
}


def reserve_stands(r):
    s = [r[2]]
    for i in range(4):
        s.append(s[-1] + r[3][i] - r[4][i])
    return s  # 1-1-2031, 31-12-2031, 31-12-2032, 31-12-2033, 31-12-2034


def reserves_table():
    rows = []
    for r in RESERVES:
        s = reserve_stands(r)
        rows.append(Row(r[1], [s[0], r[3][0], r[4][0], s[1], s[2], s[3], s[4]], key=r[0]))
    tot = [sum(x.values[i] for x in rows) for i in range(7)]
    rows.append(Row("Totaal reserves", tot, kind="total", key="TOT"))
    return Table(id="reserves", title="Tabel 5.1 Reserves",
                 columns=["Stand 1-1-2031", "Toevoeging 2031", "Onttrekking 2031", "Stand 31-12-2031",
                          "Stand 31-12-2032", "Stand 31-12-2033", "Stand 31-12-2034"],
                 rows=rows, scale=1, scale_note="bedragen in €", label_header="Reserve")


MAX_AR_PCT = 5
BENODIGD = 530000


# --------------------------------------------------------------------------------------
# Geprognosticeerde balans (x € 1.000), columns 31-12-2029 .. 31-12-2034
BAL_COLS = ["31-12-2029", "31-12-2030", "31-12-2031", "31-12-2032", "31-12-2033", "31-12-2034"]
_rt = reserves_table().row("TOT").values
EV = [1906, k(_rt[0]), k(_rt[3]), k(_rt[4]), k(_rt[5]), k(_rt[6])]
BAL = {
    "mva": [3412, 3286, 3520, 3380, 3245, 3104],
    "uitz": [1218, 980, 950, 950, 950, 950],
    "liq": [1604, 1120, 980, 1020, 1065, 1130],
    "ova": [512, 400, 400, 400, 400, 400],
    "ev": EV,
    "vrz": [214, 240, 260, 280, 300, 320],
    "vs": [2400, 2250, 2100, 1950, 1800, 1650],
    "ovp": [1104, 900, 900, 900, 900, 900],
}


def balans():
    b = dict(BAL)
    b["act"] = [b["mva"][i] + b["uitz"][i] + b["liq"][i] + b["ova"][i] for i in range(6)]
    b["vls"] = [b["act"][i] - b["ev"][i] - b["vrz"][i] - b["vs"][i] - b["ovp"][i] for i in range(6)]
    b["pas"] = [b["ev"][i] + b["vrz"][i] + b["vs"][i] + b["vls"][i] + b["ovp"][i] for i in range(6)]
    return b


B = balans()


def balans_table():
    rows = [
        Row("Activa", [None] * 6, kind="section", key="sec:a"),
        Row("Materiële vaste activa", B["mva"], key="mva"),
        Row("Uitzettingen korter dan één jaar", B["uitz"], key="uitz"),
        Row("Liquide middelen", B["liq"], key="liq"),
        Row("Overlopende activa", B["ova"], key="ova"),
        Row("Totaal activa", B["act"], kind="total", key="act"),
        Row("Passiva", [None] * 6, kind="section", key="sec:p"),
        Row("Eigen vermogen", B["ev"], key="ev"),
        Row("Voorzieningen", B["vrz"], key="vrz"),
        Row("Vaste schulden (langlopende lening)", B["vs"], key="vs"),
        Row("Vlottende schulden", B["vls"], key="vls"),
        Row("Overlopende passiva", B["ovp"], key="ovp"),
        Row("Totaal passiva", B["pas"], kind="total", key="pas"),
    ]
    return Table(id="balans", title="Tabel 6.1 Geprognosticeerde balans",
                 columns=BAL_COLS, rows=rows, scale=1000, scale_note="bedragen x € 1.000", label_header="")


def kengetallen():
    out = {"nsq": [], "nsqc": [], "solv": []}
    for i in range(6):
        schuld = B["vs"][i] + B["vls"][i] + B["ovp"][i] - B["uitz"][i] - B["liq"][i] - B["ova"][i]
        out["nsq"].append(round(schuld / TB[i] * 100, 1))
        out["nsqc"].append(round(schuld / TB[i] * 100, 1))   # no loans granted
        out["solv"].append(round(B["ev"][i] / B["pas"][i] * 100, 1))
    out["ser"] = [1.1, 0.4, 0.6, 0.5, 0.7, 0.8]
    return out


KG = kengetallen()


def kengetallen_table():
    rows = [
        Row("1a. Netto schuldquote", KG["nsq"], key="nsq"),
        Row("1b. Netto schuldquote gecorrigeerd voor verstrekte leningen", KG["nsqc"], key="nsqc"),
        Row("2. Solvabiliteitsratio", KG["solv"], key="solv"),
        Row("3. Grondexploitatie", ["n.v.t."] * 6, key="grex"),
        Row("4. Structurele exploitatieruimte", KG["ser"], key="ser"),
        Row("5. Belastingcapaciteit", ["n.v.t."] * 6, key="belcap"),
    ]
    return Table(id="kengetallen", title="Tabel 6.2 Financiële kengetallen (in %)",
                 columns=YEARS, rows=rows, scale=1, dec=1, unit="percent", label_header="Kengetal")


# --------------------------------------------------------------------------------------
# Formatie (fte)
FORMATIE = [
    # key, afdeling, bezetting 31-12-2029, formatie 2030, formatie 2031
    ("dir", "Directie en staf", 5.6, 6.0, 6.0),
    ("verg", "Vergunningverlening", 25.8, 26.9, 27.4),
    ("toez", "Toezicht en handhaving", 36.1, 37.5, 38.2),
    ("spec", "Specialistisch advies", 14.2, 15.1, 15.6),
    ("asb", "Asbest- en ketentaken", 6.0, 6.4, 6.8),
    ("info", "Informatie, kennis en data", 7.7, 8.5, 8.9),
    ("bv", "Bedrijfsvoering", 13.9, 14.3, 14.3),
]
MEDEWERKERS_2029 = 124


def formatie_table():
    rows = [Row(f[1], [f[2], f[3], f[4]], key=f[0]) for f in FORMATIE]
    tot = [round(sum(f[i] for f in FORMATIE), 1) for i in (2, 3, 4)]
    rows.append(Row("Totaal", tot, kind="total", key="TOT"))
    return Table(id="formatie", title="Tabel 7.1 Formatie en bezetting (in fte)",
                 columns=["Bezetting 31-12-2029", "Formatie 2030", "Formatie 2031"], rows=rows,
                 scale=1, dec=1, unit="count", label_header="Afdeling")


# --------------------------------------------------------------------------------------
# Prestatie-indicatoren
PRESTATIES = [
    # key, label, realisatie 2029, begroting 2030, begroting 2031, dec
    ("vergunningen", "Verleende omgevingsvergunningen milieu (aantal)", 426, 440, 455, 0),
    ("termijn", "Vergunningen binnen de wettelijke termijn (%)", 91, 95, 95, 0),
    ("controles", "Controlebezoeken milieu (aantal)", 3184, 3300, 3420, 0),
    ("naleving", "Naleving bij hercontrole (%)", 82, 85, 85, 0),
    ("asbest", "Afgehandelde asbestmeldingen (aantal)", 1926, 1850, 1900, 0),
    ("adviezen", "Adviezen bodem, geluid en lucht (aantal)", 1348, 1400, 1450, 0),
    ("klachten", "Milieuklachten binnen 5 werkdagen afgehandeld (%)", 88, 90, 90, 0),
    ("verzuim", "Ziekteverzuim (%)", 5.8, 5.0, 5.0, 1),
]


def prestaties_table():
    rows = [Row(p[1], [p[2], p[3], p[4]], key=p[0], dec=p[5]) for p in PRESTATIES]
    return Table(id="prestaties", title="Tabel 2.1 Prestatie-indicatoren",
                 columns=["Realisatie 2029", "Begroting 2030", "Begroting 2031"], rows=rows, scale=1,
                 unit="count", label_header="Indicator")


def uitgangspunten_table():
    rows = [Row(u[1], [u[2], u[3]], key=u[0], dec=u[4]) for u in UITGANGSPUNTEN]
    return Table(id="uitgangspunten", title="Tabel 1.1 Uitgangspunten begroting",
                 columns=["Begroting 2030", "Begroting 2031"], rows=rows, scale=1, label_header="Uitgangspunt")


# --------------------------------------------------------------------------------------
# Investeringsplan (whole euros)
INVESTERINGEN = [
    ("ict", "ICT-hardware en werkplekken", [145000, 60000, 60000, 150000], "4 jaar"),
    ("meet", "Meetapparatuur geluid en lucht", [88000, 0, 42000, 0], "8 jaar"),
    ("auto", "Elektrische dienstauto's (6 stuks)", [210000, 0, 0, 0], "6 jaar"),
    ("kantoor", "Verduurzaming kantoor Havenstraat", [115000, 25000, 0, 0], "15 jaar"),
]


def investeringen_table():
    rows = [Row(i[1], i[2] + [sum(i[2]), i[3]], key=i[0]) for i in INVESTERINGEN]
    tot = [sum(i[2][j] for i in INVESTERINGEN) for j in range(4)]
    rows.append(Row("Totaal", tot + [sum(tot), None], kind="total", key="TOT"))
    return Table(id="investeringen", title="Tabel 6.3 Investeringsplan 2031-2034",
                 columns=["2031", "2032", "2033", "2034", "Totaal", "Afschrijving"], rows=rows, scale=1,
                 scale_note="bedragen in €", label_header="Investering")


def all_tables():
    return {
        "uitgangspunten": uitgangspunten_table(),
        "prestaties": prestaties_table(),
        "staat": staat_table(),
        "kostensoorten": kostensoorten_table(),
        "bijdrage2031": bijdrage_table(),
        "meerjarig": meerjarig_table(),
        "reserves": reserves_table(),
        "balans": balans_table(),
        "kengetallen": kengetallen_table(),
        "investeringen": investeringen_table(),
        "formatie": formatie_table(),
    }


TABLES = all_tables()
AR = RESERVES[0][2]
RATIO = round(AR / BENODIGD, 2)


def claims():
    T = TABLES
    b30 = bijdrage_total(2030)
    b31 = bijdrage_total(2031)
    return [
        (f"bedraagt de totale bijdrage van de deelnemers in 2031 {eur(b31)}", b31,
         lambda: T["bijdrage2031"].value("Totaal", "Totale bijdrage 2031")),
        (f"tegen {eur(b30)} in de begroting 2030", b30, lambda: T["meerjarig"].value("2030", "Totaal")),
        (f"een stijging van {eur(b31 - b30)}", b31 - b30,
         lambda: T["meerjarig"].value("2031", "Totaal") - T["meerjarig"].value("2030", "Totaal")),
        (f"integraal uurtarief van {eur(UURTARIEF[2031], 2)}", UURTARIEF[2031],
         lambda: T["uitgangspunten"].value("uurtarief", "Begroting 2031")),
        (f"vaste bijdrage van {eur(VASTE_BIJDRAGE[2031], 2)} per inwoner", VASTE_BIJDRAGE[2031],
         lambda: T["uitgangspunten"].value("vast", "Begroting 2031")),
        (f"in totaal {nl(TOT_UREN)} uren", TOT_UREN, lambda: T["bijdrage2031"].value("Totaal", "Uren werkprogramma")),
        (f"algemene reserve van {eur(AR)}", AR, lambda: T["reserves"].value("AR", "Stand 1-1-2031")),
        (f"benodigde weerstandscapaciteit van {eur(BENODIGD)}", BENODIGD, lambda: BENODIGD),
        (f"ratio weerstandsvermogen van {nl(RATIO, 2)}", RATIO,
         lambda: round(T["reserves"].value("AR", "Stand 31-12-2031") / BENODIGD, 2)),
        (f"maximaal {MAX_AR_PCT}% van de begrote lasten ({eur(int(round(TL[2] * 1000 * MAX_AR_PCT / 100)))})",
         int(round(TL[2] * 1000 * MAX_AR_PCT / 100)),
         lambda: int(round(T["staat"].value("lasten", "Begroting 2031") * 1000 * MAX_AR_PCT / 100))),
        (f"werkten {MEDEWERKERS_2029} medewerkers", MEDEWERKERS_2029, lambda: MEDEWERKERS_2029),
        (f"totaal {nl(TABLES['formatie'].value('TOT', 'Formatie 2031'), 1)} fte", TABLES['formatie'].value('TOT', 'Formatie 2031'),
         lambda: round(sum(r.values[2] for r in T["formatie"].rows if r.k() != "TOT"), 1)),
    ]
