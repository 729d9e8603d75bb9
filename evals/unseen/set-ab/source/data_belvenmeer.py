"""Every figure of the fictional 'Jaarstukken 2029 gemeente Belvenmeer'.

Primary data are literal below (taakvelden in whole euros, reserves/balans in thousands,
etc.).  Totals, saldi, verschillen and kengetallen are derived here by plain arithmetic so
that the generator prints them and check.py can re-verify them from the printed text.
"""
from common import Table, Row, nl, eur

GEMEENTE = "Belvenmeer"
JAAR = 2029
DOC_TITLE = "Jaarstukken 2029"

# --------------------------------------------------------------------------------------
# Programma's and taakvelden.  (prog, code, name, lasten(prim, na wijz, real), baten(...))
# whole euros
PROGRAMMAS = [
    ("P1", "1", "Bestuur en veiligheid"),
    ("P2", "2", "Ruimte en mobiliteit"),
    ("P3", "3", "Economie en duurzaamheid"),
    ("P4", "4", "Onderwijs, sport en cultuur"),
    ("P5", "5", "Sociaal domein en gezondheid"),
    ("ADM", None, "Algemene dekkingsmiddelen"),
    ("OVH", None, "Overhead"),
]
PNAME = {p: n for p, _, n in PROGRAMMAS}


def plabel(p):
    for k, nr, n in PROGRAMMAS:
        if k == p:
            return f"{nr}. {n}" if nr else n


TAAKVELDEN = [
    ('P1', '0.1', 'Bestuur', (3105267, 3262035, 3210025), (39710, 39710, 41706)),
    ('P1', '0.2', 'Burgerzaken', (1452242, 1498399, 1485948), (655062, 655062, 612073)),
    ('P1', '1.1', 'Crisisbeheersing en brandweer', (2890670, 2933825, 2930856), (0, 0, 38269)),
    ('P1', '1.2', 'Openbare orde en veiligheid', (1088073, 1156438, 1171939), (62358, 90008, 94937)),
    ('P2', '2.1', 'Verkeer, wegen en water', (7240370, 7412040, 6845074), (1049760, 1104791, 1127194)),
    ('P2', '2.2', 'Parkeren', (397561, 405054, 411632), (720039, 720039, 687729)),
    ('P2', '5.7', 'Openbaar groen en (openlucht) recreatie', (3711563, 3935116, 3966774), (179550, 205370, 214118)),
    ('P2', '8.1', 'Ruimtelijke ordening', (1603634, 1822236, 1757932), (419821, 419821, 386095)),
    ('P2', '8.2', 'Grondexploitatie (niet bedrijventerreinen)', (1950205, 2240420, 2310457), (1850304, 1850304, 2795109)),
    ('P2', '8.3', 'Wonen en bouwen', (1986829, 2064150, 2103604), (1479604, 1479604, 1531767)),
    ('P3', '3.1', 'Economische ontwikkeling', (589755, 654840, 633964), (60035, 60035, 74429)),
    ('P3', '3.3', 'Bedrijfsloket en bedrijfsregelingen', (111918, 111918, 117855), (50333, 50333, 45735)),
    ('P3', '3.4', 'Economische promotie', (264623, 290013, 286562), (0, 0, 0)),
    ('P3', '7.2', 'Riolering', (4704998, 4704998, 4620609), (5075009, 5075009, 5101154)),
    ('P3', '7.3', 'Afval', (5160411, 5239690, 5238359), (5579909, 5579909, 5612411)),
    ('P3', '7.4', 'Milieubeheer', (1845019, 3212085, 2046005), (380338, 380338, 412248)),
    ('P4', '4.1', 'Openbaar basisonderwijs', (149545, 149545, 141543), (0, 0, 0)),
    ('P4', '4.2', 'Onderwijshuisvesting', (3239842, 3295750, 3317687), (279867, 279867, 285839)),
    ('P4', '4.3', 'Onderwijsbeleid en leerlingzaken', (2309923, 2468279, 2457453), (859824, 935385, 945286)),
    ('P4', '5.1', 'Sportbeleid en activering', (575329, 602024, 598290), (84721, 84721, 87630)),
    ('P4', '5.2', 'Sportaccommodaties', (2935338, 2980169, 3103626), (1189777, 1189777, 1142059)),
    ('P4', '5.3', 'Cultuurpresentatie, cultuurproductie en cultuurparticipatie', (1240140, 1268230, 1275783), (130406, 149860, 145148)),
    ('P4', '5.4', 'Musea', (305342, 305342, 311068), (49921, 49921, 48441)),
    ('P4', '5.5', 'Cultureel erfgoed', (180366, 215254, 205429), (0, 0, 0)),
    ('P4', '5.6', 'Media', (1020156, 1034310, 1031411), (90415, 90415, 95702)),
    ('P5', '6.1', 'Samenkracht en burgerparticipatie', (3689811, 3812056, 3841985), (280266, 309613, 312047)),
    ('P5', '6.2', 'Toegang en eerstelijnsvoorzieningen', (3104826, 3180225, 3215053), (50363, 50363, 58147)),
    ('P5', '6.3', 'Inkomensregelingen', (11849844, 12156362, 11604344), (8540021, 8702316, 8915686)),
    ('P5', '6.4', 'WSW en beschut werk', (3420403, 3389628, 3377690), (0, 0, 0)),
    ('P5', '6.5', 'Arbeidsparticipatie', (1512102, 1540315, 1497091), (239616, 260052, 263899)),
    ('P5', '6.6', 'Maatwerkvoorzieningen (WMO)', (1839909, 1869613, 1902824), (39656, 39656, 36394)),
    ('P5', '6.71', 'Maatwerkdienstverlening 18+', (9480334, 9654779, 9862465), (589787, 589787, 612104)),
    ('P5', '6.72', 'Maatwerkdienstverlening 18-', (8640114, 9034372, 10318279), (0, 0, 0)),
    ('P5', '6.81', 'Geëscaleerde zorg 18+', (701916, 701916, 684320), (0, 0, 0)),
    ('P5', '6.82', 'Geëscaleerde zorg 18-', (1710458, 1790124, 1845980), (0, 0, 0)),
    ('P5', '7.1', 'Volksgezondheid', (2539861, 2565432, 2587194), (20294, 20294, 23816)),
    ('ADM', '0.5', 'Treasury', (639568, 639568, 611909), (1150408, 1150408, 1204396)),
    ('ADM', '0.61', 'OZB woningen', (310113, 310113, 318102), (6844726, 6844726, 6872248)),
    ('ADM', '0.62', 'OZB niet-woningen', (95010, 95010, 96448), (3089913, 3089913, 3118289)),
    ('ADM', '0.64', 'Belastingen overig', (50442, 50442, 51684), (1390410, 1409904, 1436108)),
    ('ADM', '0.7', 'Algemene uitkering en overige uitkeringen gemeentefonds', (0, 0, 0), (67615438, 68401855, 68945203)),
    ('ADM', '0.8', 'Overige baten en lasten', (849758, 340254, 485700), (99970, 150061, 164121)),
    ('ADM', '0.9', 'Vennootschapsbelasting (Vpb)', (14828, 14828, 11711), (0, 0, 0)),
    ('OVH', '0.4', 'Overhead', (11220050, 11512202, 11873740), (249844, 289904, 311775)),
]

# Onvoorzien (overview only, x € 1.000): primitief, na wijziging, realisatie
ONVOORZIEN = (100, 25, 0)
# Reserve mutations in the overview (x € 1.000): primitief, na wijziging, realisatie
TOEVOEGINGEN = (460, 460, None)   # realisatie derived from the reserves table
ONTTREKKINGEN = (1905, 4380, None)

COLS3 = ["Begroting primitief 2029", "Begroting na wijziging 2029", "Realisatie 2029", "Verschil"]


def tv_label(code, name):
    return f"{code} {name}"


def verschil_lasten(bnw, r):
    return bnw - r


def verschil_baten(bnw, r):
    return r - bnw


def prog_totals(p):
    L = [sum(t[3][i] for t in TAAKVELDEN if t[0] == p) for i in range(3)]
    B = [sum(t[4][i] for t in TAAKVELDEN if t[0] == p) for i in range(3)]
    return L, B


def taakveld_table(p, tid, title):
    rows = [Row("Lasten", [None] * 4, kind="section", key="sec:lasten")]
    for (pp, code, name, L, B) in TAAKVELDEN:
        if pp == p:
            rows.append(Row(tv_label(code, name), [L[0], L[1], L[2], verschil_lasten(L[1], L[2])], key=f"L:{code}"))
    Lt, Bt = prog_totals(p)
    rows.append(Row("Totaal lasten", [Lt[0], Lt[1], Lt[2], verschil_lasten(Lt[1], Lt[2])], kind="total", key="L:totaal"))
    rows.append(Row("Baten", [None] * 4, kind="section", key="sec:baten"))
    for (pp, code, name, L, B) in TAAKVELDEN:
        if pp == p:
            rows.append(Row(tv_label(code, name), [B[0], B[1], B[2], verschil_baten(B[1], B[2])], key=f"B:{code}"))
    rows.append(Row("Totaal baten", [Bt[0], Bt[1], Bt[2], verschil_baten(Bt[1], Bt[2])], kind="total", key="B:totaal"))
    S = [Bt[i] - Lt[i] for i in range(3)]
    rows.append(Row("Saldo van baten en lasten", [S[0], S[1], S[2], S[2] - S[1]], kind="total", key="saldo"))
    return Table(id=tid, title=title, columns=COLS3, rows=rows, scale=1,
                 scale_note="bedragen in €", neg="paren", label_header="Taakveld")


# --------------------------------------------------------------------------------------
# Reserves and voorzieningen (in duizenden euro's)
RESERVES = [
    # key, name, stand 1-1, toevoeging, onttrekking, algemeen?
    ("AR", "Algemene reserve", 18296, 0, 766, True),
    ("GREX", "Reserve grondexploitatie", 3240, 945, 0, False),
    ("SD", "Reserve sociaal domein", 4815, 0, 1650, False),
    ("KAP", "Reserve dekking kapitaallasten", 9460, 0, 742, False),
    ("DUUR", "Reserve duurzaamheid en energietransitie", 2650, 0, 1212, False),
    ("MV", "Reserve maatschappelijk vastgoed", 1500, 400, 900, False),
    ("OW", "Reserve Omgevingswet en dienstverlening", 780, 0, 310, False),
    ("KUNST", "Reserve kunst en cultuur", 210, 60, 0, False),
]
RESULTAAT_2028 = 1386  # x € 1.000, bestemd ten gunste van de algemene reserve (in stand 1-1-2029)

RESERVE_DOEL = {
    "AR": "buffer om tegenvallers en risico's op te vangen; vormt het grootste deel van de weerstandscapaciteit",
    "GREX": "opvangen van risico's en tekorten in de grondexploitaties; winstnemingen worden hieraan toegevoegd",
    "SD": "egaliseren van schommelingen in de open-einde-regelingen jeugdhulp en Wmo en financieren van de transformatie",
    "KAP": "dekken van de jaarlijkse afschrijvingslasten van investeringen die in het verleden uit deze reserve zijn gefinancierd (o.a. gemeentehuis en sporthal De Wieken)",
    "DUUR": "uitvoering van de Transitievisie warmte en de subsidieregeling woningisolatie",
    "MV": "sparen voor de nieuwbouw van IKC Noorderpark en verduurzaming van gemeentelijk vastgoed",
    "OW": "implementatie van de Omgevingswet en vernieuwing van de digitale dienstverlening",
    "KUNST": "aankoop en onderhoud van kunst in de openbare ruimte",
}

VOORZIENINGEN = [
    # key, name, stand 1-1, toevoeging, aanwending, vrijval
    ("MJOP", "Voorziening onderhoud gemeentelijke gebouwen", 3846, 1120, 1394, 0),
    ("PENS", "Voorziening pensioenen (gewezen) wethouders", 2407, 186, 142, 0),
    ("RIOL", "Voorziening egalisatie rioolheffing", 1954, 463, 0, 0),
    ("AFVAL", "Voorziening egalisatie afvalstoffenheffing", 612, 374, 0, 0),
    ("FRICTIE", "Voorziening frictiekosten reorganisatie", 410, 0, 168, 72),
]


def reserve_end(r):
    return r[2] + r[3] - r[4]


def voorz_end(v):
    return v[2] + v[3] - v[4] - v[5]


def reserves_table():
    rows = []
    ar = RESERVES[0]
    rows.append(Row("Algemene reserve", [ar[2], ar[3], ar[4], reserve_end(ar)], key="AR"))
    rows.append(Row("Bestemmingsreserves", [None] * 4, kind="section", key="sec:best"))
    for r in RESERVES[1:]:
        rows.append(Row(r[1], [r[2], r[3], r[4], reserve_end(r)], key=r[0], indent=1))
    b = RESERVES[1:]
    bt = [sum(r[2] for r in b), sum(r[3] for r in b), sum(r[4] for r in b), sum(reserve_end(r) for r in b)]
    rows.append(Row("Totaal bestemmingsreserves", bt, kind="sub", key="BEST"))
    tot = [ar[2] + bt[0], ar[3] + bt[1], ar[4] + bt[2], reserve_end(ar) + bt[3]]
    rows.append(Row("Totaal reserves", tot, kind="total", key="TOT"))
    return Table(id="reserves", title="Tabel 5.1 Verloop van de reserves in 2029",
                 columns=["Stand 1-1-2029¹", "Toevoeging", "Onttrekking", "Stand 31-12-2029"],
                 rows=rows, scale=1000, scale_note="(in duizenden euro's)", label_header="Reserve")


def voorzieningen_table():
    rows = [Row(v[1], [v[2], v[3], v[4], v[5], voorz_end(v)], key=v[0]) for v in VOORZIENINGEN]
    tot = [sum(v[i] for v in VOORZIENINGEN) for i in range(2, 6)] + [sum(voorz_end(v) for v in VOORZIENINGEN)]
    rows.append(Row("Totaal voorzieningen", tot, kind="total", key="TOT"))
    return Table(id="voorzieningen", title="Tabel 5.2 Verloop van de voorzieningen in 2029",
                 columns=["Stand 1-1-2029", "Toevoeging", "Aanwending", "Vrijval", "Stand 31-12-2029"],
                 rows=rows, scale=1000, scale_note="(in duizenden euro's)", label_header="Voorziening")


# --------------------------------------------------------------------------------------
# Programma-overzicht (x € 1.000)

def k(v):
    return int(round(v / 1000.0))


def overview():
    """Returns dict with per-programme x1000 values and the overview table rows."""
    rows = []
    baten, lasten = {}, {}
    for p, _, _ in PROGRAMMAS:
        L, B = prog_totals(p)
        baten[p] = [k(x) for x in B]
        lasten[p] = [k(x) for x in L]
    lasten["ONV"] = list(ONVOORZIEN)
    baten["ONV"] = [0, 0, 0]
    order = [p for p, _, _ in PROGRAMMAS]
    rows.append(Row("Baten", [None] * 4, kind="section", key="sec:baten"))
    for p in order:
        b = baten[p]
        rows.append(Row(plabel(p), b + [b[2] - b[1]], key=f"baten:{p}"))
    tb = [sum(baten[p][i] for p in order) for i in range(3)]
    rows.append(Row("Totaal baten", tb + [tb[2] - tb[1]], kind="total", key="baten:totaal"))
    rows.append(Row("Lasten", [None] * 4, kind="section", key="sec:lasten"))
    for p in order + ["ONV"]:
        l = lasten[p]
        rows.append(Row(plabel(p) if p != "ONV" else "Onvoorzien", l + [l[1] - l[2]], key=f"lasten:{p}"))
    tl = [sum(lasten[p][i] for p in order + ["ONV"]) for i in range(3)]
    rows.append(Row("Totaal lasten", tl + [tl[1] - tl[2]], kind="total", key="lasten:totaal"))
    # --- continued on next page
    rows.append(Row("Saldo van baten en lasten", [None] * 4, kind="section", key="sec:saldo"))
    for p in order + ["ONV"]:
        s = [baten[p][i] - lasten[p][i] for i in range(3)]
        rows.append(Row(plabel(p) if p != "ONV" else "Onvoorzien", s + [s[2] - s[1]], key=f"saldo:{p}"))
    ts = [tb[i] - tl[i] for i in range(3)]
    rows.append(Row("Totaal saldo van baten en lasten", ts + [ts[2] - ts[1]], kind="total", key="saldo:totaal"))
    rs = reserves_table().row("TOT").values
    toev = [TOEVOEGINGEN[0], TOEVOEGINGEN[1], rs[1]]
    ontt = [ONTTREKKINGEN[0], ONTTREKKINGEN[1], rs[2]]
    rows.append(Row("Mutaties reserves", [None] * 4, kind="section", key="sec:res"))
    rows.append(Row("Toevoegingen aan reserves", toev + [toev[1] - toev[2]], key="res:toev"))
    rows.append(Row("Onttrekkingen aan reserves", ontt + [ontt[2] - ontt[1]], key="res:ontt"))
    sm = [ontt[i] - toev[i] for i in range(3)]
    rows.append(Row("Saldo mutaties reserves", sm + [sm[2] - sm[1]], kind="total", key="res:saldo"))
    res = [ts[i] + sm[i] for i in range(3)]
    rows.append(Row("Resultaat", res + [res[2] - res[1]], kind="total", key="resultaat"))
    t = Table(id="overzicht", title="Tabel 2.1 Overzicht van baten en lasten 2029",
              columns=COLS3, rows=rows, scale=1000, scale_note="bedragen x € 1.000",
              label_header="Programma", continued_at="sec:saldo")
    return t


OV = overview()
RESULTAAT = OV.value("resultaat", "Realisatie 2029")          # x € 1.000
TOTAAL_BATEN = OV.value("baten:totaal", "Realisatie 2029")     # x € 1.000 (excl. reserves)
TOTAAL_LASTEN = OV.value("lasten:totaal", "Realisatie 2029")

# Resultaatbestemming (prose, whole euros rounded to thousands)
OVERHEVELING_WEGEN = 450000
TOEVOEGING_AR = RESULTAAT * 1000 - OVERHEVELING_WEGEN

# --------------------------------------------------------------------------------------
# Balans (x € 1.000): (key, label, kind, 2029, 2028)
_res = reserves_table()
_vz = voorzieningen_table()
AR_END = _res.value("AR", "Stand 31-12-2029")
BEST_END = _res.value("BEST", "Stand 31-12-2029")
AR_BEGIN = _res.value("AR", "Stand 1-1-2029")
BEST_BEGIN = _res.value("BEST", "Stand 1-1-2029")
VZ_END = _vz.value("TOT", "Stand 31-12-2029")
VZ_BEGIN = _vz.value("TOT", "Stand 1-1-2029")

ACTIVA = {  # 2029, 2028
    "iva": (412, 468),
    "mva_en": (78634, 76118),
    "mva_heffing": (31205, 29874),
    "mva_mn": (14890, 15236),
    "fva_deeln": (1842, 1842),
    "fva_wbc": (6120, 6548),
    "fva_overig": (2386, 2104),
    "fva_bijdr": (1455, 1512),
    "voorraad": (7915, 9236),
    "vord_ol": (6381, 5870),
    "schatkist": (3500, 1250),
    "vord_ov": (2214, 2688),
    "liquide": (1186, 2047),
    "ovl_act": (3742, 3315),
}
PASSIVA = {
    "ar": (AR_END, AR_BEGIN - RESULTAAT_2028),
    "best": (BEST_END, BEST_BEGIN),
    "resultaat": (RESULTAAT, RESULTAAT_2028),
    "voorz": (VZ_END, VZ_BEGIN),
    "waarborg": (38, 41),
    "kasgeld": (4000, 6000),
    "banksaldi": (0, 312),
    "ov_schuld": (7614, 6902),
    "ovl_pas": (6820, 7145),
}
GEWAARBORGD = (212460, 204118)  # x € 1.000, niet uit de balans blijkende verplichtingen


def _sum(keys, src, i):
    return sum(src[x][i] for x in keys)


def balans_values():
    v = {}
    for i, col in enumerate(("2029", "2028")):
        a = {kk: ACTIVA[kk][i] for kk in ACTIVA}
        a["mva"] = _sum(["mva_en", "mva_heffing", "mva_mn"], ACTIVA, i)
        a["fva"] = _sum(["fva_deeln", "fva_wbc", "fva_overig", "fva_bijdr"], ACTIVA, i)
        a["vaste_act"] = a["iva"] + a["mva"] + a["fva"]
        a["uitz"] = _sum(["vord_ol", "schatkist", "vord_ov"], ACTIVA, i)
        a["vlottend_act"] = a["voorraad"] + a["uitz"] + a["liquide"] + a["ovl_act"]
        a["totaal"] = a["vaste_act"] + a["vlottend_act"]
        p = {kk: PASSIVA[kk][i] for kk in PASSIVA}
        p["ev"] = p["ar"] + p["best"] + p["resultaat"]
        p["nvs"] = p["kasgeld"] + p["banksaldi"] + p["ov_schuld"]
        # onderhandse leningen = balancing item
        p["leningen"] = a["totaal"] - p["ev"] - p["voorz"] - p["waarborg"] - p["nvs"] - p["ovl_pas"]
        p["vaste_schulden"] = p["leningen"] + p["waarborg"]
        p["vaste_pas"] = p["ev"] + p["voorz"] + p["vaste_schulden"]
        p["vlottend_pas"] = p["nvs"] + p["ovl_pas"]
        p["totaal"] = p["vaste_pas"] + p["vlottend_pas"]
        v[col] = (a, p)
    return v


BV = balans_values()


def balans_table():
    A29, P29 = BV["2029"]
    A28, P28 = BV["2028"]

    def r(label, key, src, kind="row", indent=1):
        d29 = A29 if src == "a" else P29
        d28 = A28 if src == "a" else P28
        return Row(label, [d29[key], d28[key]], kind=kind, key=f"{src}:{key}", indent=indent)

    def s(label, key):
        return Row(label, [None, None], kind="section", key=key)

    rows = [
        s("ACTIVA", "sec:activa"),
        s("Vaste activa", "sec:vaste_act"),
        r("Immateriële vaste activa", "iva", "a"),
        r("Materiële vaste activa", "mva", "a", kind="sub"),
        r("- investeringen met economisch nut", "mva_en", "a", indent=2),
        r("- economisch nut, waarvoor een heffing kan worden geheven", "mva_heffing", "a", indent=2),
        r("- investeringen in de openbare ruimte met maatschappelijk nut", "mva_mn", "a", indent=2),
        r("Financiële vaste activa", "fva", "a", kind="sub"),
        r("- kapitaalverstrekkingen aan deelnemingen", "fva_deeln", "a", indent=2),
        r("- leningen aan woningbouwcorporaties", "fva_wbc", "a", indent=2),
        r("- overige langlopende leningen", "fva_overig", "a", indent=2),
        r("- bijdragen aan activa in eigendom van derden", "fva_bijdr", "a", indent=2),
        r("Totaal vaste activa", "vaste_act", "a", kind="total", indent=0),
        s("Vlottende activa", "sec:vlottend_act"),
        r("Voorraden (bouwgronden in exploitatie)", "voorraad", "a"),
        r("Uitzettingen met een rentetypische looptijd korter dan één jaar", "uitz", "a", kind="sub"),
        r("- vorderingen op openbare lichamen", "vord_ol", "a", indent=2),
        r("- uitzettingen in 's Rijks schatkist", "schatkist", "a", indent=2),
        r("- overige vorderingen", "vord_ov", "a", indent=2),
        r("Liquide middelen", "liquide", "a"),
        r("Overlopende activa", "ovl_act", "a"),
        r("Totaal vlottende activa", "vlottend_act", "a", kind="total", indent=0),
        r("TOTAAL ACTIVA", "totaal", "a", kind="total", indent=0),
        s("PASSIVA", "sec:passiva"),
        s("Vaste passiva", "sec:vaste_pas"),
        r("Eigen vermogen", "ev", "p", kind="sub"),
        r("- algemene reserve", "ar", "p", indent=2),
        r("- bestemmingsreserves", "best", "p", indent=2),
        r("- gerealiseerd resultaat", "resultaat", "p", indent=2),
        r("Voorzieningen", "voorz", "p"),
        r("Vaste schulden met een rentetypische looptijd van één jaar of langer", "vaste_schulden", "p", kind="sub"),
        r("- onderhandse leningen van binnenlandse banken en financiële instellingen", "leningen", "p", indent=2),
        r("- waarborgsommen", "waarborg", "p", indent=2),
        r("Totaal vaste passiva", "vaste_pas", "p", kind="total", indent=0),
        s("Vlottende passiva", "sec:vlottend_pas"),
        r("Netto-vlottende schulden met een looptijd korter dan één jaar", "nvs", "p", kind="sub"),
        r("- kasgeldleningen", "kasgeld", "p", indent=2),
        r("- banksaldi", "banksaldi", "p", indent=2),
        r("- overige schulden", "ov_schuld", "p", indent=2),
        r("Overlopende passiva", "ovl_pas", "p"),
        r("Totaal vlottende passiva", "vlottend_pas", "p", kind="total", indent=0),
        r("TOTAAL PASSIVA", "totaal", "p", kind="total", indent=0),
    ]
    return Table(id="balans", title="Tabel 6.1 Balans per 31 december 2029",
                 columns=["31-12-2029", "31-12-2028"], rows=rows, scale=1000,
                 scale_note="bedragen x € 1.000", label_header="")


# --------------------------------------------------------------------------------------
# Kengetallen (in %)
WOONLASTEN = (1184, 1262)  # woonlasten meerpersoonshuishouden Belvenmeer 2029, landelijk gemiddelde 2029 (€)


def kengetallen_2029():
    A, P = BV["2029"]
    H = TOTAAL_BATEN
    schuld = P["vaste_schulden"] + P["nvs"] + P["ovl_pas"] - A["uitz"] - A["liquide"] - A["ovl_act"]
    leningen = A["fva_wbc"] + A["fva_overig"]
    return {
        "nsq": round(schuld / H * 100, 1),
        "nsq_gecorr": round((schuld - leningen) / H * 100, 1),
        "solv": round(P["ev"] / P["totaal"] * 100, 1),
        "grex": round(A["voorraad"] / H * 100, 1),
        "ser": 0.9,
        "belcap": round(WOONLASTEN[0] / WOONLASTEN[1] * 100, 1),
    }


KG29 = kengetallen_2029()
KG28 = {"nsq": 82.9, "nsq_gecorr": 76.0, "solv": round(BV["2028"][1]["ev"] / BV["2028"][1]["totaal"] * 100, 1),
        "grex": 8.5, "ser": 0.4, "belcap": 94.6}
KGB29 = {"nsq": 88.0, "nsq_gecorr": 80.5, "solv": 23.5, "grex": 7.8, "ser": 0.2, "belcap": 94.1}
KG_LABELS = [
    ("nsq", "1a. Netto schuldquote"),
    ("nsq_gecorr", "1b. Netto schuldquote gecorrigeerd voor alle verstrekte leningen"),
    ("solv", "2. Solvabiliteitsratio"),
    ("grex", "3. Grondexploitatie"),
    ("ser", "4. Structurele exploitatieruimte"),
    ("belcap", "5. Belastingcapaciteit"),
]


def kengetallen_table():
    rows = [Row(lab, [KG28[kk], KGB29[kk], KG29[kk]], key=kk) for kk, lab in KG_LABELS]
    return Table(id="kengetallen", title="Tabel 4.3 Financiële kengetallen",
                 columns=["Rekening 2028", "Begroting 2029", "Rekening 2029"], rows=rows,
                 scale=1, dec=1, scale_note="(in %)", unit="percent", label_header="Kengetal")


# --------------------------------------------------------------------------------------
# Weerstandsvermogen (x € 1 mln)
WEERSTAND = {
    # key: (label, begroting 2029, jaarrekening 2029)
    "ar": ("Algemene reserve", 16.8, round(AR_END / 1000, 1)),
    "obc": ("Onbenutte belastingcapaciteit", 3.6, 3.8),
    "onv": ("Stelpost onvoorzien", 0.1, 0),
}
BENODIGD = (9.4, 8.6)


def weerstand_table():
    rows = [Row(v[0], [v[1], v[2]], key=kk) for kk, v in WEERSTAND.items()]
    tot = [round(sum(v[1] for v in WEERSTAND.values()), 1), round(sum(v[2] for v in WEERSTAND.values()), 1)]
    rows.append(Row("Beschikbare weerstandscapaciteit (A)", tot, kind="total", key="beschikbaar"))
    rows.append(Row("Benodigde weerstandscapaciteit (B)", list(BENODIGD), key="benodigd"))
    ratio = [round(tot[i] / BENODIGD[i], 1) for i in range(2)]
    rows.append(Row("Ratio weerstandsvermogen (A / B)", ratio, kind="total", key="ratio", scale=1))
    return Table(id="weerstand", title="Tabel 4.1 Weerstandscapaciteit en ratio weerstandsvermogen",
                 columns=["Begroting 2029", "Jaarrekening 2029"], rows=rows, scale=1_000_000, dec=1,
                 scale_note="bedragen x € 1 mln", label_header="")


RISICOS = [
    ("Open-einde-regeling jeugdhulp", "75%", 2400000),
    ("Open-einde-regeling Wmo", "50%", 1100000),
    ("Afzetrisico grondexploitatie De Vennen", "25%", 1750000),
    ("Borg- en garantstellingen", "10%", 2000000),
    ("Cyberincident of datalek", "10%", 1500000),
    ("Claims en juridische procedures", "25%", 600000),
    ("Aanvullende bijdragen verbonden partijen", "50%", 800000),
]


def risico_table():
    rows = [Row(r[0], [r[1], r[2]]) for r in RISICOS]
    rows.append(Row("Totaal", [None, sum(r[2] for r in RISICOS)], kind="total", key="TOT"))
    return Table(id="risicos", title="Tabel 4.2 Belangrijkste risico's per 31-12-2029",
                 columns=["Kans", "Maximaal financieel gevolg"], rows=rows, scale=1,
                 scale_note="bedragen in €", label_header="Risico")


# --------------------------------------------------------------------------------------
# Investeringen (whole euros)
INVESTERINGEN = [
    # key, name, prog, krediet, t/m 2028, 2029, status
    ("RIOOL", "Vervanging riolering Dorpsstraat e.o.", "3", 1850000, 612480, 1094215, "afgesloten"),
    ("WIEKEN", "Renovatie sporthal De Wieken", "4", 2300000, 185320, 1642908, "loopt door"),
    ("IKC", "Nieuwbouw IKC Noorderpark", "4", 8750000, 1204615, 3318440, "loopt door"),
    ("KRUIS", "Reconstructie kruispunt Molenweg-Parallelweg", "2", 960000, 0, 1037612, "afgesloten"),
    ("TRACTIE", "Vervanging tractie en materieel buitendienst", "2", 640000, 0, 598300, "afgesloten"),
    ("ZON", "Zonnepanelen gemeentelijk vastgoed", "3", 720000, 126050, 402115, "loopt door"),
    ("LED", "Led-openbare verlichting fase 3", "2", 455000, 218760, 229874, "afgesloten"),
    ("BRUG", "Vervanging brug Zuiderkade", "2", 1380000, 96400, 141820, "loopt door"),
]


def investeringen_table():
    rows = []
    for key, name, prog, kr, t28, b29, st in INVESTERINGEN:
        tb = t28 + b29
        rows.append(Row(name, [prog, kr, t28, b29, tb, kr - tb, st], key=key))
    tot = [None] + [sum(r.values[i] for r in rows) for i in range(1, 6)] + [None]
    rows.append(Row("Totaal", tot, kind="total", key="TOT"))
    return Table(id="investeringen", title="Tabel 7.1 Staat van investeringskredieten 2029",
                 columns=["Prog.", "Krediet", "Besteed t/m 2028", "Besteed 2029", "Totaal besteed",
                          "Restant krediet", "Status"],
                 rows=rows, scale=1, neg="paren", scale_note="bedragen in €", label_header="Investering")


# --------------------------------------------------------------------------------------
# Incidentele baten en lasten (x € 1.000)
INC_LASTEN = [
    ("VERK", "Organisatie Europese verkiezingen 2029", "1", 95, 88),
    ("GROEN", "Inhaalslag groenbeheerplan", "2", 250, 229),
    ("ISOL", "Subsidieregeling woningisolatie", "3", 2350, 1212),
    ("TRANSF", "Transformatiefonds jeugd", "5", 650, 612),
    ("SCHULD", "Tijdelijke extra inzet schuldhulpverlening", "5", 180, 174),
    ("ZAAK", "Implementatie zaaksysteem", "OH", 420, 466),
]
INC_BATEN = [
    ("WINST", "Tussentijdse winstneming grondexploitatie De Vennen", "2", 0, 945),
    ("KLIMAAT", "Specifieke uitkering lokale klimaatagenda", "3", 380, 380),
    ("VRIJVAL", "Vrijval voorziening frictiekosten reorganisatie", "AD", 0, 72),
]


def incidenteel_table():
    rows = [Row("Incidentele lasten", [None] * 3, kind="section", key="sec:l")]
    for key, n, p, b, r in INC_LASTEN:
        rows.append(Row(n, [p, b, r], key=f"L:{key}"))
    tl = [None, sum(x[3] for x in INC_LASTEN), sum(x[4] for x in INC_LASTEN)]
    rows.append(Row("Totaal incidentele lasten", tl, kind="total", key="L:TOT"))
    rows.append(Row("Incidentele baten", [None] * 3, kind="section", key="sec:b"))
    for key, n, p, b, r in INC_BATEN:
        rows.append(Row(n, [p, b, r], key=f"B:{key}"))
    tb = [None, sum(x[3] for x in INC_BATEN), sum(x[4] for x in INC_BATEN)]
    rows.append(Row("Totaal incidentele baten", tb, kind="total", key="B:TOT"))
    rows.append(Row("Saldo incidentele baten en lasten", [None, tb[1] - tl[1], tb[2] - tl[2]], kind="total", key="SALDO"))
    return Table(id="incidenteel", title="Tabel 7.2 Overzicht incidentele baten en lasten",
                 columns=["Prog.", "Begroting na wijziging 2029", "Realisatie 2029"], rows=rows,
                 scale=1000, neg="paren", scale_note="x € 1.000", label_header="Omschrijving")


# --------------------------------------------------------------------------------------
# WNT (bedragen x € 1)
WNT_MAX = {2029: 262000, 2028: 251000}
WNT = {
    # function: (name, fte, beloning 2029, termijn 2029, beloning 2028, termijn 2028)
    "secretaris": ("J.W. Kortlever", 1.0, 148612, 24318, 141208, 22964),
    "griffier": ("E.M.F. Saltink", 0.89, 104335, 17196, 99870, 16402),
}


def wnt_table(year):
    s, g = WNT["secretaris"], WNT["griffier"]
    i = 2 if year == 2029 else 4
    rows = [
        Row("Naam", [s[0], g[0]], key="naam"),
        Row("Functiegegevens", ["Gemeentesecretaris", "Griffier"], key="functie"),
        Row(f"Aanvang en einde functievervulling in {year}", ["01/01 - 31/12", "01/01 - 31/12"], key="periode"),
        Row("Omvang dienstverband (in fte)", [nl(s[1], 1), nl(g[1], 2)], key="fte"),
        Row("Dienstbetrekking?", ["ja", "ja"], key="dienst"),
        Row("Bezoldiging", [None, None], kind="section", key="sec:bez"),
        Row("Beloning plus belastbare onkostenvergoedingen", [s[i], g[i]], key="beloning"),
        Row("Beloningen betaalbaar op termijn", [s[i + 1], g[i + 1]], key="termijn"),
        Row("Subtotaal", [s[i] + s[i + 1], g[i] + g[i + 1]], key="subtotaal"),
        Row("Individueel toepasselijk bezoldigingsmaximum",
            [int(round(WNT_MAX[year] * s[1])), int(round(WNT_MAX[year] * g[1]))], key="max"),
        Row("-/- Onverschuldigd betaald en nog niet terugontvangen", ["N.v.t.", "N.v.t."], key="onverschuldigd"),
        Row("Bezoldiging", [s[i] + s[i + 1], g[i] + g[i + 1]], kind="total", key="bezoldiging"),
    ]
    return Table(id=f"wnt{year}", title=f"Tabel 7.{3 if year == 2029 else 4} WNT-verantwoording {year}: leidinggevende topfunctionarissen",
                 columns=["Gemeentesecretaris", "Griffier"], rows=rows, scale=1,
                 scale_note="bedragen x € 1", label_header="")


# --------------------------------------------------------------------------------------
# Kerngegevens
KERN = [
    # key, label, 31-12-2028, begroting 2029, 31-12-2029
    ("inw", "Aantal inwoners", 38402, 38500, 38647),
    ("jong", "- waarvan 0 t/m 17 jaar", 7615, 7640, 7588),
    ("oud", "- waarvan 65 jaar en ouder", 8912, 8990, 9176),
    ("huish", "Aantal huishoudens", 16544, 16600, 16691),
    ("won", "Aantal woningen", 16830, 16950, 17012),
    ("bijst", "Huishoudens met een bijstandsuitkering", 604, 640, 588),
    ("opp", "Oppervlakte gemeente (ha)", 9312, 9312, 9312),
    ("water", "- waarvan binnenwater (ha)", 486, 486, 486),
    ("wegen", "Lengte verharde wegen (km)", 318, 320, 322),
]


def kern_table():
    rows = [Row(x[1], [x[2], x[3], x[4]], key=x[0]) for x in KERN]
    return Table(id="kern", title="Tabel 1.1 Kerngegevens",
                 columns=["31-12-2028", "Begroting 2029", "31-12-2029"], rows=rows, scale=1,
                 unit="count", label_header="")


# --------------------------------------------------------------------------------------
# Beleidsindicatoren (BBV, waarstaatjegemeente.nl).  (key, label, eenheid, periode, Belvenmeer, Nederland, dec)
INDICATOREN = {
    "P1": [
        ("halt", "Verwijzingen Halt", "per 10.000 jongeren", "2028", 84, 98, 0),
        ("winkel", "Winkeldiefstallen", "per 1.000 inwoners", "2028", 1.1, 2.4, 1),
        ("geweld", "Geweldsmisdrijven", "per 1.000 inwoners", "2028", 3.2, 4.6, 1),
        ("vernield", "Vernielingen en beschadigingen", "per 1.000 inwoners", "2028", 3.9, 4.8, 1),
        ("formatie", "Formatie", "fte per 1.000 inwoners", "2029", 7.34, None, 2),
        ("bezetting", "Bezetting", "fte per 1.000 inwoners", "2029", 6.98, None, 2),
        ("apparaat", "Apparaatskosten", "€ per inwoner", "2029", 742, None, 0),
        ("inhuur", "Externe inhuur", "% van loonsom + inhuur", "2029", 11.6, None, 1),
        ("overhead", "Overhead", "% van totale lasten", "2029", None, None, 1),  # computed below
    ],
    "P2": [
        ("woningbouw", "Nieuw gebouwde woningen", "per 1.000 woningen", "2028", 7.4, 8.9, 1),
        ("woz", "Gemiddelde WOZ-waarde", "x € 1.000", "2029", 412, 438, 0),
        ("demodruk", "Demografische druk", "%", "2029", 78.4, 71.2, 1),
        ("verkeer", "Ziekenhuisopnamen na verkeersongeval", "%", "2027", 9, 7, 0),
    ],
    "P3": [
        ("functiemenging", "Functiemenging", "%", "2028", 47.8, 53.6, 1),
        ("vestigingen", "Vestigingen van bedrijven", "per 1.000 inw. 15-64 jr", "2028", 142.1, 158.7, 1),
        ("restafval", "Omvang huishoudelijk restafval", "kg per inwoner", "2028", 118, 162, 0),
        ("hernieuwbaar", "Hernieuwbare elektriciteit", "%", "2028", 31.4, 44.0, 1),
    ],
    "P4": [
        ("absverzuim", "Absoluut verzuim", "per 1.000 leerlingen", "2028", 1.6, 1.9, 1),
        ("relverzuim", "Relatief verzuim", "per 1.000 leerlingen", "2028", 21, 27, 0),
        ("vsv", "Voortijdige schoolverlaters", "% deelnemers VO en MBO", "2028", 1.4, 2.1, 1),
        ("nietsporters", "Niet-sporters", "%", "2028", 46.3, 49.1, 1),
    ],
    "P5": [
        ("banen", "Banen", "per 1.000 inw. 15-64 jr", "2028", 664.2, 812.5, 1),
        ("arbeidsparticipatie", "Netto arbeidsparticipatie", "% werkzame beroepsbevolking", "2028", 70.8, 70.6, 1),
        ("bijstand", "Personen met een bijstandsuitkering", "per 10.000 inw. 18+", "2029", 212, 317, 0),
        ("reintegratie", "Lopende re-integratievoorzieningen", "per 10.000 inw. 15-64 jr", "2029", 164, 201, 0),
        ("jeugdhulp", "Jongeren met jeugdhulp", "% van jongeren tot 18 jaar", "2028", 13.9, 12.8, 1),
        ("jeugdbescherming", "Jongeren met jeugdbescherming", "% van jongeren tot 18 jaar", "2028", 1.0, 1.1, 1),
        ("jeugdreclassering", "Jongeren met jeugdreclassering", "% van jongeren 12 t/m 22 jaar", "2028", 0.3, 0.3, 1),
        ("wmo", "Cliënten met een maatwerkarrangement Wmo", "per 10.000 inwoners", "2028", 684, 706, 0),
        ("uitkeringsgezin", "Kinderen in uitkeringsgezin", "% van kinderen tot 18 jaar", "2027", 4.1, 6.2, 1),
    ],
}
# overhead % = lasten taakveld 0.4 (realisatie) / totale lasten (realisatie, excl. reserves)
_ovh = [t for t in TAAKVELDEN if t[1] == "0.4"][0][3][2]
_tot_l = sum(t[3][2] for t in TAAKVELDEN)
OVERHEAD_PCT = round(_ovh / _tot_l * 100, 1)
INDICATOREN["P1"][-1] = ("overhead", "Overhead", "% van totale lasten", "2029", OVERHEAD_PCT, None, 1)


def indicator_table(p, nr):
    rows = []
    for key, lab, eenh, per, b, n, dec in INDICATOREN[p]:
        rows.append(Row(lab, [eenh, per, b, n], key=key, dec=dec))
    return Table(id=f"ind_{p}", title=f"Tabel 3.{nr}a Beleidsindicatoren programma {nr}",
                 columns=["Eenheid", "Periode", "Belvenmeer", "Nederland"], rows=rows, scale=1,
                 unit="count", label_header="Indicator")


# --------------------------------------------------------------------------------------
# Samenvatting: resultaat in één oogopslag (x € 1.000) = rows of the overview
def samenvatting_table():
    rows = []
    for key, lab in [("baten:totaal", "Totaal baten"), ("lasten:totaal", "Totaal lasten"),
                     ("saldo:totaal", "Saldo van baten en lasten"), ("res:saldo", "Saldo mutaties reserves"),
                     ("resultaat", "Resultaat")]:
        v = OV.row(key).values[:3]
        rows.append(Row(lab, list(v), key=key, kind="total" if key == "resultaat" else "row"))
    return Table(id="samenvatting", title="Tabel 1.2 Financieel resultaat in één oogopslag",
                 columns=["Begroting primitief", "Begroting na wijziging", "Realisatie"], rows=rows,
                 scale=1000, scale_note="x € 1.000", label_header="")


def all_tables():
    t = {
        "kern": kern_table(),
        "samenvatting": samenvatting_table(),
        "overzicht": OV,
        "reserves": reserves_table(),
        "voorzieningen": voorzieningen_table(),
        "balans": balans_table(),
        "kengetallen": kengetallen_table(),
        "weerstand": weerstand_table(),
        "risicos": risico_table(),
        "investeringen": investeringen_table(),
        "incidenteel": incidenteel_table(),
        "wnt2029": wnt_table(2029),
        "wnt2028": wnt_table(2028),
    }
    for nr, p in enumerate(["P1", "P2", "P3", "P4", "P5"], start=1):
        t[f"tv_{p}"] = taakveld_table(p, f"tv_{p}", f"Tabel 3.{nr}b Baten en lasten per taakveld programma {nr}")
        t[f"ind_{p}"] = indicator_table(p, nr)
    t["tv_ADM"] = taakveld_table("ADM", "tv_ADM", "Tabel 3.6 Baten en lasten algemene dekkingsmiddelen")
    t["tv_OVH"] = taakveld_table("OVH", "tv_OVH", "Tabel 3.7 Baten en lasten overhead")
    return t


TABLES = all_tables()


# --------------------------------------------------------------------------------------
# Verschillenanalyse: items (table, row key, side) with explanation.  The printed amount is
# the taakveld 'Verschil' rounded to whole thousands.
def tv_verschil(code, side):
    for p, c, n, L, B in TAAKVELDEN:
        if c == code:
            return verschil_lasten(L[1], L[2]) if side == "L" else verschil_baten(B[1], B[2])


def round_k(v):
    return int(round(v / 1000.0)) * 1000


VERSCHILLEN = [
    ("P2", "2.1", "L", "Verkeer, wegen en water (lasten)",
     "Het groot onderhoud aan de Kanaalweg en de Oude Rijksweg is doorgeschoven naar 2030, omdat de "
     "aannemer in het najaar onvoldoende capaciteit had. Wij stellen voor het budget via de "
     "resultaatbestemming over te hevelen naar 2030."),
    ("P2", "8.2", "B", "Grondexploitatie (baten)",
     "Op grond van de percentage-of-completion-methode is een tussentijdse winst genomen op de "
     "grondexploitatie De Vennen. Dit bedrag is conform het raadsbesluit toegevoegd aan de reserve "
     "grondexploitatie, zodat het per saldo geen effect heeft op het resultaat."),
    ("P3", "7.4", "L", "Milieubeheer (lasten)",
     "Voor de subsidieregeling woningisolatie zijn minder aanvragen ontvangen dan verwacht, doordat "
     "landelijke subsidies ruimer beschikbaar kwamen. De onttrekking aan de reserve duurzaamheid en "
     "energietransitie is navenant lager; het voordeel is daardoor budgettair neutraal."),
    ("P5", "6.3", "L", "Inkomensregelingen (lasten)",
     "Het aantal huishoudens met een bijstandsuitkering daalde naar 588, terwijl wij in de begroting "
     "rekenden met 640. De uitgaven voor levensonderhoud vallen daardoor lager uit."),
    ("P5", "6.72", "L", "Maatwerkdienstverlening 18- (lasten)",
     "Meer jeugdigen hadden een vorm van jeugdhulp met verblijf nodig, met name pleegzorg en "
     "residentiële zorg. Daarnaast zijn de tarieven van de regionale inkoop per 1 juli 2029 verhoogd na "
     "de uitspraak in de arbitrage met de zorgaanbieders. Ook vielen enkele zeer kostbare "
     "individuele trajecten in dit jaar."),
    ("ADM", "0.7", "B", "Algemene uitkering (baten)",
     "De decembercirculaire 2029 leverde een hogere algemene uitkering op door de accressen en een "
     "hogere uitkeringsfactor. Deze circulaire kon niet meer in een begrotingswijziging worden verwerkt."),
    ("OVH", "0.4", "L", "Overhead (lasten)",
     "Vanwege vacatures en langdurig ziekteverzuim is meer personeel ingehuurd dan begroot, vooral "
     "bij ICT en de afdeling Financiën."),
]


def verschil_text(item):
    p, code, side, head, why = item
    v = tv_verschil(code, side)
    vn = "voordelig" if v > 0 else "nadelig"
    return head, v, vn, f"{head}: {eur(round_k(abs(v)))} {vn}. {why}"


# Prose claims that check.py verifies against the tables: (fragment, number in it, callable -> expected)
def claims():
    T = TABLES
    c = []
    for item in VERSCHILLEN:
        head, v, vn, text = verschil_text(item)
        frag = f"{head}: {eur(round_k(abs(v)))} {vn}"
        tid = "tv_" + item[0]
        key = ("L:" if item[2] == "L" else "B:") + item[1]
        c.append((frag, round_k(abs(v)),
                  (lambda tid=tid, key=key: round_k(abs(TABLES[tid].value(key, "Verschil"))))))
    c.append((f"gerealiseerd resultaat van {eur(RESULTAAT * 1000)} (voordelig)", RESULTAAT * 1000,
              lambda: TABLES["overzicht"].value("resultaat", "Realisatie 2029") * 1000))
    c.append((f"een toevoeging van {eur(TOEVOEGING_AR)} aan de algemene reserve", TOEVOEGING_AR,
              lambda: TABLES["overzicht"].value("resultaat", "Realisatie 2029") * 1000 - OVERHEVELING_WEGEN))
    c.append((f"onttrekking van {eur(1650000)} aan de reserve sociaal domein", 1650000,
              lambda: TABLES["reserves"].value("SD", "Onttrekking") * 1000))
    c.append((f"Het aantal huishoudens met een bijstandsuitkering daalde naar 588", 588,
              lambda: TABLES["kern"].value("bijst", "31-12-2029")))
    c.append((f"rekenden met 640", 640, lambda: TABLES["kern"].value("bijst", "Begroting 2029")))
    c.append((f"ratio weerstandsvermogen komt uit op {nl(TABLES['weerstand'].value('ratio', 'Jaarrekening 2029'), 1)}",
              TABLES['weerstand'].value('ratio', 'Jaarrekening 2029'),
              lambda: round(TABLES['weerstand'].value('beschikbaar', 'Jaarrekening 2029') /
                            TABLES['weerstand'].value('benodigd', 'Jaarrekening 2029'), 1)))
    c.append((f"gewaarborgde geldleningen van in totaal {eur(GEWAARBORGD[0] * 1000)}", GEWAARBORGD[0] * 1000,
              lambda: GEWAARBORGD[0] * 1000))
    c.append((f"bezoldigingsmaximum voor 2029 bedraagt {eur(WNT_MAX[2029])}", WNT_MAX[2029],
              lambda: TABLES["wnt2029"].value("max", "Gemeentesecretaris")))
    c.append((f"woonlasten voor een meerpersoonshuishouden bedragen in 2029 {eur(WOONLASTEN[0])}", WOONLASTEN[0],
              lambda: WOONLASTEN[0]))
    return c
