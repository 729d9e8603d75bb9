"""All figures of the two FICTIONAL documents of set-bg, in one place, with the assertions that tie them together.

Run `python data.py`: it asserts totals, saldi, reserves, the balans and the key figures, and prints a summary.
Every amount here is made up (except where a comment says a figure is copied from a real corpus document so that
the two documents of one municipality agree).
"""
from fmt import round_half_up

# ---------------------------------------------------------------------------------------------------------------
# 1. Gemeente Dinkelland, Jaarstukken 2020, Ambitie Inclusieve samenleving (whole euros)
# ---------------------------------------------------------------------------------------------------------------
DK_INWONERS = 26432            # inwoners per 1-1-2020 (fictional)

# taakveld code, name, primitief, wijzigingen, realisatie  (lasten)
DK_LASTEN = [
    ("6.1", "Samenkracht en burgerparticipatie", 2184300, 96200, 2241873),
    ("6.2", "Wijkteams", 1512600, 64000, 1603118),
    ("6.3", "Inkomensregelingen", 6842100, 1915400, 8534906),
    ("6.4", "Begeleide participatie", 3115800, -48000, 3029442),
    ("6.5", "Arbeidsparticipatie", 1208400, 22500, 1158377),
    ("6.6", "Maatwerkvoorzieningen (Wmo)", 1764200, 118000, 1941560),
    ("6.71", "Maatwerkdienstverlening 18+", 4932700, 305000, 5650045),
    ("6.72", "Maatwerkdienstverlening 18-", 5418900, 420000, 6127684),
    ("6.81", "Geëscaleerde zorg 18+", 186500, 0, 171230),
    ("6.82", "Geëscaleerde zorg 18-", 612300, 35000, 598115),
    ("7.1", "Volksgezondheid", 1236800, 41700, 1262958),
]
DK_BATEN = [
    ("6.1", "Samenkracht en burgerparticipatie", 84200, 0, 101655),
    ("6.3", "Inkomensregelingen", 4506000, 1890000, 6252318),
    ("6.4", "Begeleide participatie", 145000, 0, 138920),
    ("6.5", "Arbeidsparticipatie", 62000, 0, 40610),
    ("6.6", "Maatwerkvoorzieningen (Wmo)", 118500, 0, 96274),
    ("6.71", "Maatwerkdienstverlening 18+", 96000, 0, 124880),
    ("6.72", "Maatwerkdienstverlening 18-", 0, 76000, 76000),
]

# incidentele lasten and baten (part of the rows above): label, taakveld, primitief, wijzigingen, realisatie
DK_INC_LASTEN = [
    ("Uitvoeringsplan sociaal domein", "6.1", 466100, 0, 301870),
    ("Uitvoering Tozo (levensonderhoud en kapitaal)", "6.3", 0, 1820000, 1742654),
    ("Coronasteun sociale basis en vrijwilligers", "6.1", 0, 60000, 54300),
]
DK_INC_BATEN = [
    ("Rijksvergoeding Tozo", "6.3", 0, 1820000, 1742654),
    ("Bijdrage Menzis integrale schuldenaanpak", "6.72", 0, 76000, 76000),
]

# the incidentele budgets of the Begroting 2020 (seed text) and their besteding in 2020
# label, beschikbaar (Begroting 2020), besteed 2020
DK_UITVOERINGSPLAN = [
    ("Interventies transformatieplan sociaal domein", 323000, 190760),   # seed: 'resteert een budget van € 323.000'
    ("Sport als middel", 52000, 49310),                                  # seed: 'Sport als middel (€ 52.000)'
    ("Cultuur (actualiseren cultuurvisie)", 45500, 18200),               # seed: 'Cultuur (€ 45.500)'
    ("Noaberhoes (restant)", 38600, 38600),                              # seed gives no amount for the restant
    ("Eenzaamheid", 7000, 5000),                                 # seed: 'Eenzaamheid (€ 7.000)'
]
DK_STIM_BEGIN = 228000      # seed: 'bedraagt het stimuleringsfonds € 228.000'
DK_STIM_TOEGEKEND = 87450
DK_STIM_INITIATIEVEN = 28

# reserves: name, saldo 1-1-2020, toevoeging, onttrekking
DK_RESERVES = [
    ("Reserve sociaal domein", 2416800, 0, 335000),
    ("Reserve uitvoeringsplan sociaal domein", 0, 164230, 0),
    ("Reserve stimuleringsfonds", DK_STIM_BEGIN, 0, DK_STIM_TOEGEKEND),
    ("Reserve beschermd wonen", 612500, 120000, 0),
]
# investeringen: name, krediet, besteed t/m 2019, besteed 2020
DK_INVEST = [
    ("Inrichting Noaberhoes", 250000, 0, 186420),
    ("MaaS-vervoersplatform en app", 120000, 35000, 61250),
    ("Toegankelijkheid maatschappelijk vastgoed, fase 1", 400000, 0, 142800),
]
# kerngegevens
DK_KERN = {
    "inwoners": DK_INWONERS,
    "jeugdigen_jeugdhulp": 1046,
    "clienten_wmo": 1488,
    "bijstand_31_12": 214,
    "tozo_toegekend": 612,
    "poh_praktijken": 6,
}
# indicators: label, bron, nulmeting (text), streefwaarde 2020, realisatie 2020, unit
DK_IND = [
    ("Percentage inwoners die goede gezondheid ervaren", "Volwassenen- en ouderenmonitor", "89% (2016)", "90%", "87%"),
    ("Percentage inwoners die voldoende bewegen", "Volwassenen- en ouderenmonitor", "62% (2016)", "64%", "63%"),
    ("Percentage kinderen van ouders met een lage opleiding lid van een sportvereniging", "Jeugdmonitor GGD", "geen", "geen", "geen meting"),
    ("Percentage jongeren onder de 18 jaar die de laatste vier weken alcohol hebben gedronken", "Jeugdmonitor GGD", "geen", "geen", "geen meting"),
    ("Cijfer cliënttevredenheid Jeugd", "I&O Research", "7,7 (2018)", "7,8", "7,5"),
    ("Cijfer cliënttevredenheid Wmo", "I&O Research", "7,4 (2019)", "7,6", "7,9"),
    ("Bekendheid cliëntondersteuning Jeugd", "I&O Research", "59% (2018)", "62%", "64%"),
    ("Bekendheid cliëntondersteuning Wmo", "I&O Research", "78% (2018)", "80%", "76%"),
    ("Percentage jeugdindicaties afgegeven door een huisarts", "CBS Beleidsinformatie Jeugd", "24% (2018)", "22%", "27%"),
    ("Maatwerkvoorzieningen Wmo per 1.000 inwoners", "Waar staat je gemeente", "54 (2019)", "52", "56"),
]


def dk_rows(rows):
    """Adds na wijziging and verschil (+ = voordelig) to (code, name, prim, wijz, real) rows."""
    return rows


def dk_lasten_table():
    out = []
    for code, name, prim, wijz, real in DK_LASTEN:
        nw = prim + wijz
        out.append(dict(code=code, name=name, prim=prim, wijz=wijz, nw=nw, real=real, verschil=nw - real))
    return out


def dk_baten_table():
    out = []
    for code, name, prim, wijz, real in DK_BATEN:
        nw = prim + wijz
        out.append(dict(code=code, name=name, prim=prim, wijz=wijz, nw=nw, real=real, verschil=real - nw))
    return out


def _tot(rows, lasten=True):
    t = {k: sum(r[k] for r in rows) for k in ("prim", "wijz", "nw", "real")}
    t["verschil"] = (t["nw"] - t["real"]) if lasten else (t["real"] - t["nw"])
    return t


def dk_inc(rows, lasten=True):
    out = []
    for label, tv, prim, wijz, real in rows:
        nw = prim + wijz
        out.append(dict(name=label, code=tv, prim=prim, wijz=wijz, nw=nw, real=real,
                        verschil=(nw - real) if lasten else (real - nw)))
    return out


def dinkelland():
    L = dk_lasten_table()
    B = dk_baten_table()
    TL = _tot(L, True)
    TB = _tot(B, False)
    IL = dk_inc(DK_INC_LASTEN, True)
    IB = dk_inc(DK_INC_BATEN, False)
    TIL = _tot(IL, True)
    TIB = _tot(IB, False)
    SL = {k: TL[k] - TIL[k] for k in ("prim", "wijz", "nw", "real")}
    SL["verschil"] = SL["nw"] - SL["real"]
    SB = {k: TB[k] - TIB[k] for k in ("prim", "wijz", "nw", "real")}
    SB["verschil"] = SB["real"] - SB["nw"]
    saldo = {k: TB[k] - TL[k] for k in ("prim", "wijz", "nw", "real")}
    saldo["verschil"] = saldo["real"] - saldo["nw"]
    res = [dict(name=n, begin=b, toe=t, ont=o, eind=b + t - o) for n, b, t, o in DK_RESERVES]
    TR = {k: sum(r[k] for r in res) for k in ("begin", "toe", "ont", "eind")}
    up = [dict(name=n, beschikbaar=b, besteed=s, restant=b - s) for n, b, s in DK_UITVOERINGSPLAN]
    TUP = {k: sum(r[k] for r in up) for k in ("beschikbaar", "besteed", "restant")}
    inv = [dict(name=n, krediet=k, tm2019=a, b2020=b, restant=k - a - b) for n, k, a, b in DK_INVEST]
    TINV = {k: sum(r[k] for r in inv) for k in ("krediet", "tm2019", "b2020", "restant")}
    # reserve mutations in the result: onttrekkingen and toevoegingen per column (begroot = realisatie here)
    resultaat = saldo["real"] + TR["ont"] - TR["toe"]
    per_inw = round_half_up(TL["real"] / DK_INWONERS)
    d = dict(L=L, B=B, TL=TL, TB=TB, IL=IL, IB=IB, TIL=TIL, TIB=TIB, SL=SL, SB=SB, saldo=saldo, res=res, TR=TR,
             up=up, TUP=TUP, inv=inv, TINV=TINV, resultaat=resultaat, per_inw=per_inw)
    # --- assertions ---
    for r in L + B:
        assert r["nw"] == r["prim"] + r["wijz"]
    for inc in IL:
        assert any(r["code"] == inc["code"] for r in L)
    # incidental parts never exceed their taakveld
    for part, whole in ((IL, L), (IB, B)):
        for col in ("prim", "wijz", "nw", "real"):
            for code in {p["code"] for p in part}:
                s = sum(p[col] for p in part if p["code"] == code)
                w = sum(r[col] for r in whole if r["code"] == code)
                assert 0 <= s <= w, (code, col, s, w)
    assert SL["real"] + TIL["real"] == TL["real"]
    assert TUP["besteed"] == DK_INC_LASTEN[0][4], "uitvoeringsplan besteed = incidentele lasten uitvoeringsplan"
    assert TUP["beschikbaar"] == DK_INC_LASTEN[0][2]
    assert res[1]["toe"] == TUP["restant"], "restant uitvoeringsplan goes to its reserve"
    assert res[2]["ont"] == DK_STIM_TOEGEKEND and res[2]["begin"] == 228000
    assert all(r["restant"] >= 0 for r in inv)
    assert DK_UITVOERINGSPLAN[0][1] == 323000 and DK_UITVOERINGSPLAN[1][1] == 52000 and DK_UITVOERINGSPLAN[2][1] == 45500
    return d


# ---------------------------------------------------------------------------------------------------------------
# 2. Gemeente Wassenaar, Jaarstukken 2023 (programme tables x € 1.000; reserves, WNT, investeringen in euros)
# ---------------------------------------------------------------------------------------------------------------
WS_INWONERS = 27364  # 1-1-2023, fictional
WS_PROG = [  # roman, name, lasten (real, prim, nw), baten (real, prim, nw)   x € 1.000
    ("I", "Veiligheid en Handhaving", (6655, 6410, 6871), (2701, 2410, 2655)),
    ("II", "Mens en Maatschappij", (38706, 37962, 39418), (10486, 9520, 10114)),
    ("III", "Bestuur en middelen", (19037, 18874, 19512), (58915, 57210, 58036)),
    ("IV", "Fysieke leefomgeving", (5874, 5612, 6418), (2297, 2388, 2521)),
    ("V", "Natuur, klimaat en Mobiliteit", (19942, 19105, 19836), (12844, 12215, 12512)),
]
WS_RES_MUT = {"ont": (5318, 4350, 6480), "toe": (1276, 58, 964)}   # (real, prim, nw) x € 1.000
WS_RESULTAAT_EUR = 1071318                                           # exact, in the resultaatbestemming
WS_BESTEMMING = [
    ("Toevoeging aan de algemene reserve", 521318),
    ("Reserve budgetoverheveling (budgetten naar 2024)", 385000),
    ("Reserve sociaal domein (jeugdhulp)", 165000),
]
# algemene dekkingsmiddelen (part of programma III baten), x € 1.000: name, real, prim, nw
WS_ADM = [
    ("OZB woningen", 8541, 8493, 8493),                 # prim 8.493 = 'raming 2023' in Tabel 7.1 of the real Begroting 2024
    ("OZB niet-woningen", 3118, 3155, 3155),            # prim 3.155 = real Begroting 2024 Tabel 7.1
    ("Toeristenbelasting", 2687, 2430, 2430),           # prim 2.430 = real Begroting 2024 Tabel 7.1
    ("Hondenbelasting", 191, 194, 194),                 # prim 194 = real Begroting 2024 Tabel 7.1
    ("Algemene uitkering gemeentefonds", 39902, 38612, 39486),
    ("Dividenden (BNG Bank, Alliander)", 702, 612, 650),
    ("Saldo financieringsfunctie", 167, 120, 140),
]
# incidentele baten en lasten 2023, x € 1.000: name, kind, real, prim, nw
WS_INC = [
    ("Opvang Oekraïense ontheemden", "L", 2184, 0, 2350),
    ("Energietoeslag minima", "L", 1046, 0, 1180),
    ("Implementatie Omgevingswet", "L", 312, 350, 400),
    ("Rijksbijdrage opvang Oekraïense ontheemden", "B", 2211, 0, 2350),
    ("Rijksbijdrage energietoeslag", "B", 1046, 0, 1180),
]
# reserves (whole euros): name, stand 1-1-'23, toevoeging, onttrekking
WS_RESERVES = [
    ("Algemene reserve", 28412650, 312400, 1204730),
    ("Reserve sociaal domein", 4215300, 0, 816450),
    ("Reserve kapitaallasten Rijnlands Lyceum", 3480000, 350000, 0),
    ("Reserve Omgevingswet", 612000, 0, 312000),
    ("Reserve budgetoverheveling", 1108900, 0, 1108900),
    ("Reserve onderhoud gemeentelijk vastgoed", 3946120, 420000, 876310),
    ("Reserve dekking kapitaallasten", 5684000, 193610, 486920),
    ("Reserve woningbouw Kerkehout", 1020400, 0, 512690),
]
WS_VOORZ = [
    ("Voorziening pensioenen wethouders", 3812400, 298100, 164520),
    ("Voorziening riolering (egalisatie)", 2106700, 184300, 0),
    ("Voorziening dubieuze debiteuren", 412000, 38500, 61200),
    ("Voorziening wachtgeld ex-wethouders", 286400, 0, 118700),
]
# balans x € 1.000: (31-12-'23, 31-12-'22)
WS_ACTIVA = [
    ("Immateriële vaste activa", 412, 468),
    ("Materiële vaste activa", 52318, 50612),
    ("Financiële vaste activa", 4206, 4318),
    ("Voorraden", 18, 22),
    ("Uitzettingen met een looptijd korter dan één jaar", 7412, 12905),
    ("Liquide middelen", 1206, 3781),
    ("Overlopende activa", 1352, 1347),
]
WS_VASTE_SCHULDEN = (9850, 10950)
WS_OVERL_PASSIVA = (2816, 3102)
# weerstandsvermogen x € 1.000
WS_WEERSTAND_CAP = [("Algemene reserve (31-12-'23)", None), ("Stille reserves (verhuurd vastgoed)", 14800), ("Post onvoorzien", 50)]
WS_RISICO = [
    ("Open-einderegelingen sociaal domein (Wmo en jeugdhulp)", 1150),
    ("Bijdragen verbonden partijen", 620),
    ("Rente- en prijsontwikkeling investeringen", 540),
    ("Planschade en claims", 310),
    ("Overige risico's", 250),
]
# kengetallen: label, R '22, B '23, R '23   (R '22 and B '23 as printed in the real Begroting 2024, Tabel 8.3)
WS_KENGETALLEN = [
    ("1a. Netto schuldquote", "23%", "25%", "21%"),
    ("1b. Netto schuldquote gecorrigeerd voor alle verstrekte leningen", "26%", "31%", "25%"),
    ("2. Solvabiliteitsratio", "66%", "66%", "68%"),
    ("3. Structurele exploitatieruimte", "-0,85%", "2,63%", "1,37%"),
    ("4. Grondexploitatie", "n.v.t.", "n.v.t.", "n.v.t."),
    ("5. Belastingcapaciteit", "172%", "173%", "174%"),
]
# verbonden partijen: name, abbreviation, begroot 2023, werkelijk 2023 (euros)
WS_VP = [
    ("Werkorganisatie Duivenvoorde", "WODV", 21486300, 21312874),
    ("Veiligheidsregio Haaglanden", "VRH", 2162160, 2162160),
    ("GGD Haaglanden (incl. Veilig Thuis)", "GGD", 529400, 531287),
    ("Servicebureau Jeugdhulp Haaglanden", "SbJH", 184900, 181415),
    ("Avalex", "Avalex", 3713000, 3741260),
    ("Omgevingsdienst Haaglanden", "ODH", 487000, 505760),
    ("Belastingsamenwerking Gouwe-Rijnland", "BSGR", 466500, 468250),
    ("Werkvoorziening Kust, Duin en Bollenstreek", "KDB", 941000, 934118),
    ("Metropoolregio Rotterdam Den Haag", "MRDH", 74600, 74890),
]
# WNT (euros): function, name, start-end, fte, beloning, betaalbaar op termijn, maximum, 2022: fte, beloning, termijn, max
WS_WNT = [
    dict(functie="Gemeentesecretaris", naam="mr. A.B. Verhoef", periode="1/1 – 31/12", fte="1,0",
         beloning=151284, termijn=24318, maximum=223000,
         p22=dict(periode="1/1 – 31/12", fte="1,0", beloning=146219, termijn=22686, maximum=216000)),
    dict(functie="Griffier", naam="drs. C.M. Molenaar", periode="1/1 – 31/12", fte="0,89",
         beloning=98716, termijn=15942, maximum=198470,
         p22=dict(periode="1/4 – 31/12", fte="0,89", beloning=71204, termijn=11518, maximum=144468)),
]
# investeringen (euros): name, programma, krediet, uitgaven t/m 2022, uitgaven 2023, status
WS_INVEST = [
    ("Rijnlands Lyceum uitbreiding", "II", 6116211, 1284560, 2950437, "loopt"),   # krediet as in the real Begroting 2024
    ("Rijnlands Lyceum meubilair", "II", 370656, 0, 0, "loopt"),                  # krediet as in the real Begroting 2024
    ("Renovatie Kievietschool", "II", 4421379, 312800, 1605240, "loopt"),        # krediet as in the real Begroting 2024
    ("Verduurzaming Kerkehout 6", "IV", 145000, 0, 38910, "loopt"),               # krediet as in the real Begroting 2024
    ("Tractie", "V", 114500, 0, 98640, "afgesloten"),                            # krediet as in the real Begroting 2024
    ("Vervanging openbare verlichting (led)", "V", 780000, 0, 642115, "loopt"),
]


def wassenaar():
    P = []
    for rom, name, l, b in WS_PROG:
        P.append(dict(rom=rom, name=name, L=dict(real=l[0], prim=l[1], nw=l[2]), B=dict(real=b[0], prim=b[1], nw=b[2]),
                      S=dict(real=b[0] - l[0], prim=b[1] - l[1], nw=b[2] - l[2])))
    for p in P:
        p["L"]["vd"] = p["L"]["nw"] - p["L"]["real"]     # + = voordelig
        p["B"]["vd"] = p["B"]["real"] - p["B"]["nw"]
        p["S"]["vd"] = p["S"]["real"] - p["S"]["nw"]
        assert p["S"]["vd"] == p["L"]["vd"] + p["B"]["vd"]
    T = {}
    for k in ("L", "B", "S"):
        T[k] = {c: sum(p[k][c] for p in P) for c in ("real", "prim", "nw", "vd")}
    ont = dict(zip(("real", "prim", "nw"), WS_RES_MUT["ont"]))
    toe = dict(zip(("real", "prim", "nw"), WS_RES_MUT["toe"]))
    ont["vd"] = ont["real"] - ont["nw"]
    toe["vd"] = toe["nw"] - toe["real"]
    resultaat = {c: T["S"][c] + ont[c] - toe[c] for c in ("real", "prim", "nw")}
    resultaat["vd"] = resultaat["real"] - resultaat["nw"]
    assert resultaat["vd"] == T["S"]["vd"] + ont["vd"] + toe["vd"]
    assert resultaat["prim"] == 72
    assert round_half_up(WS_RESULTAAT_EUR / 1000) == resultaat["real"] == 1071
    assert sum(a for _, a in WS_BESTEMMING) == WS_RESULTAAT_EUR
    adm = [dict(name=n, real=r, prim=p, nw=w, vd=r - w) for n, r, p, w in WS_ADM]
    TADM = {c: sum(a[c] for a in adm) for c in ("real", "prim", "nw", "vd")}
    p3 = P[2]["B"]
    for c in ("real", "prim", "nw"):
        assert TADM[c] < p3[c]
    inc = [dict(name=n, kind=k, real=r, prim=p, nw=w, vd=(w - r) if k == "L" else (r - w)) for n, k, r, p, w in WS_INC]
    TINC = {}
    for k in ("L", "B"):
        TINC[k] = {c: sum(i[c] for i in inc if i["kind"] == k) for c in ("real", "prim", "nw", "vd")}
    TINC["S"] = {c: TINC["B"][c] - TINC["L"][c] for c in ("real", "prim", "nw")}
    TINC["S"]["vd"] = TINC["S"]["real"] - TINC["S"]["nw"]
    res = [dict(name=n, begin=b, toe=t, ont=o, eind=b + t - o) for n, b, t, o in WS_RESERVES]
    TR = {k: sum(r[k] for r in res) for k in ("begin", "toe", "ont", "eind")}
    assert round_half_up(TR["toe"] / 1000) == toe["real"], TR["toe"]
    assert round_half_up(TR["ont"] / 1000) == ont["real"], TR["ont"]
    vz = [dict(name=n, begin=b, toe=t, ont=o, eind=b + t - o) for n, b, t, o in WS_VOORZ]
    TV = {k: sum(r[k] for r in vz) for k in ("begin", "toe", "ont", "eind")}
    # balans
    act23 = sum(a for _, a, _ in WS_ACTIVA)
    act22 = sum(b for _, _, b in WS_ACTIVA)
    alg23 = round_half_up(res[0]["eind"] / 1000)
    best23 = round_half_up(TR["eind"] / 1000) - alg23
    alg22 = round_half_up((res[0]["begin"] - res[0]["toe"]) / 1000)   # before the bestemming of the 2022 result
    res22 = round_half_up(res[0]["toe"] / 1000)                      # resultaat 2022 = toevoeging algemene reserve
    best22 = round_half_up(TR["begin"] / 1000) - alg22 - res22
    ev23 = alg23 + best23 + resultaat["real"]
    ev22 = alg22 + best22 + res22
    vz23 = round_half_up(TV["eind"] / 1000)
    vz22 = round_half_up(TV["begin"] / 1000)
    nvs23 = act23 - ev23 - vz23 - WS_VASTE_SCHULDEN[0] - WS_OVERL_PASSIVA[0]
    nvs22 = act22 - ev22 - vz22 - WS_VASTE_SCHULDEN[1] - WS_OVERL_PASSIVA[1]
    assert nvs23 > 0 and nvs22 > 0
    passiva = [
        ("Algemene reserve", alg23, alg22),
        ("Bestemmingsreserves", best23, best22),
        ("Gerealiseerd resultaat", resultaat["real"], res22),
        ("Eigen vermogen", ev23, ev22),
        ("Voorzieningen", vz23, vz22),
        ("Vaste schulden met een rentetypische looptijd van één jaar of langer", WS_VASTE_SCHULDEN[0], WS_VASTE_SCHULDEN[1]),
        ("Netto vlottende schulden met een rentetypische looptijd korter dan één jaar", nvs23, nvs22),
        ("Overlopende passiva", WS_OVERL_PASSIVA[0], WS_OVERL_PASSIVA[1]),
    ]
    pas23 = ev23 + vz23 + WS_VASTE_SCHULDEN[0] + nvs23 + WS_OVERL_PASSIVA[0]
    pas22 = ev22 + vz22 + WS_VASTE_SCHULDEN[1] + nvs22 + WS_OVERL_PASSIVA[1]
    assert pas23 == act23 and pas22 == act22
    assert round_half_up(100 * ev23 / act23) == 68 and round_half_up(100 * ev22 / act22) == 66, (ev23 / act23, ev22 / act22)
    # weerstandsvermogen
    cap = [(n, alg23 if v is None else v) for n, v in WS_WEERSTAND_CAP]
    tcap = sum(v for _, v in cap)
    trisk = sum(v for _, v in WS_RISICO)
    ratio = tcap / trisk
    assert f"{ratio:.1f}" == "14.8", ratio
    vp = [dict(name=n, afk=a, begr=b, werk=w, vd=b - w) for n, a, b, w in WS_VP]
    TVP = {k: sum(v[k] for v in vp) for k in ("begr", "werk", "vd")}
    wnt = []
    for w in WS_WNT:
        w = dict(w)
        w["subtotaal"] = w["beloning"] + w["termijn"]
        assert w["subtotaal"] <= w["maximum"]
        p = dict(w["p22"])
        p["subtotaal"] = p["beloning"] + p["termijn"]
        assert p["subtotaal"] <= p["maximum"]
        w["p22"] = p
        wnt.append(w)
    inv = [dict(name=n, prog=pg, krediet=k, tm22=a, u23=b, restant=k - a - b, status=s) for n, pg, k, a, b, s in WS_INVEST]
    assert all(i["restant"] >= 0 for i in inv)
    TINV = {k: sum(i[k] for i in inv) for k in ("krediet", "tm22", "u23", "restant")}
    return dict(P=P, T=T, ont=ont, toe=toe, resultaat=resultaat, adm=adm, TADM=TADM, inc=inc, TINC=TINC, res=res, TR=TR,
                vz=vz, TV=TV, act23=act23, act22=act22, passiva=passiva, cap=cap, tcap=tcap, trisk=trisk, ratio=ratio,
                vp=vp, TVP=TVP, wnt=wnt, inv=inv, TINV=TINV)


if __name__ == "__main__":
    d = dinkelland()
    print("Dinkelland totaal lasten", d["TL"], "baten", d["TB"], "saldo", d["saldo"], "resultaat", d["resultaat"],
          "per inwoner", d["per_inw"])
    print("  incidenteel lasten", d["TIL"], "structureel", d["SL"])
    print("  reserves", d["TR"], "uitvoeringsplan", d["TUP"], "invest", d["TINV"])
    w = wassenaar()
    print("Wassenaar T", w["T"], "resultaat", w["resultaat"], "ont", w["ont"], "toe", w["toe"])
    print("  ADM", w["TADM"], "INC", w["TINC"])
    print("  reserves", w["TR"], "voorz", w["TV"], "activa", w["act23"], w["act22"], "ratio", w["ratio"], w["tcap"], w["trisk"])
    print("  passiva", w["passiva"])
    print("  VP", w["TVP"], "INV", w["TINV"])
