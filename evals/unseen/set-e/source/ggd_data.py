"""Figures of the fictional GGD Kroonmeren (meeting bundle AB 3 juli 2025).

All amounts x EUR 1.000 unless the name says _eur. Every derived figure is computed here
and checked by check(); the PDF builder only formats what this module returns.
"""
from collections import OrderedDict

YEARS = [2024, 2025, 2026, 2027, 2028, 2029]
YEAR_HDR = ["Rekening\n2024", "Begroting\n2025", "Begroting\n2026", "Raming\n2027", "Raming\n2028", "Raming\n2029"]

PROGS = ["AGZ", "JGZ", "GBM", "TV"]
PNAME = {
    "AGZ": "Algemene Gezondheidszorg",
    "JGZ": "Jeugdgezondheidszorg",
    "GBM": "Gezondheidsbevordering en Monitoring",
    "TV": "Toezicht en Veiligheid",
}
PNUM = {"AGZ": 1, "JGZ": 2, "GBM": 3, "TV": 4}

# products, begroting 2026: (naam, lasten, baten derden)
PRODUCTS = {
    "AGZ": [
        ("Infectieziektebestrijding", 2846, 412),
        ("Tuberculosebestrijding", 684, 96),
        ("Seksuele gezondheid", 1912, 1688),
        ("Medische milieukunde", 498, 0),
        ("Technische hygiënezorg", 612, 238),
        ("Reizigersadvisering en -vaccinatie", 1264, 1402),
        ("Forensische geneeskunde", 1786, 1822),
        ("Publieke gezondheid asielzoekers", 622, 640),
    ],
    "JGZ": [
        ("JGZ 0-4 jaar (consultatiebureaus)", 8412, 214),
        ("JGZ 4-18 jaar", 5936, 96),
        ("Rijksvaccinatieprogramma", 2684, 2716),
        ("Maatwerk JGZ", 1148, 0),
        ("Prenatale zorg en Nu Niet Zwanger", 386, 124),
    ],
    "GBM": [
        ("Epidemiologie en gezondheidsmonitor", 1268, 146),
        ("Gezondheidsbevordering en preventieakkoord", 1542, 310),
    ],
    "TV": [
        ("GHOR", 1186, 948),
        ("Toezicht kinderopvang", 1094, 0),
        ("Meldpunt Zorg en Overlast", 736, 58),
    ],
}

# programme lasten / baten (derden) per year; 2026 is replaced by the product sums
LASTEN = {
    "AGZ": {2024: 9412, 2025: 9868, 2027: 10106, 2028: 10118, 2029: 10131},
    "JGZ": {2024: 17105, 2025: 17842, 2027: 18712, 2028: 18790, 2029: 18866},
    "GBM": {2024: 2618, 2025: 2744, 2027: 2512, 2028: 2520, 2029: 2528},
    "TV": {2024: 2802, 2025: 2915, 2027: 3044, 2028: 3061, 2029: 3079},
}
BATEN = {
    "AGZ": {2024: 5986, 2025: 6102, 2027: 6012, 2028: 6020, 2029: 6028},
    "JGZ": {2024: 3044, 2025: 3088, 2027: 3158, 2028: 3166, 2029: 3174},
    "GBM": {2024: 488, 2025: 462, 2027: 146, 2028: 146, 2029: 146},
    "TV": {2024: 962, 2025: 984, 2027: 1012, 2028: 1018, 2029: 1024},
}
OVERHEAD_L = {2024: 6518, 2025: 6790}        # 2026 balances the budget; 2027+ = 2026 + step
OVERHEAD_STEP = {2027: 35, 2028: 65, 2029: 90}
OVERHEAD_B = {2024: 164, 2025: 120, 2026: 120, 2027: 120, 2028: 120, 2029: 120}
ONVOORZIEN = {2024: 0, 2025: 100, 2026: 100, 2027: 100, 2028: 100, 2029: 100}
TOEVOEGING = {2024: 250, 2025: 0, 2026: 0, 2027: 0, 2028: 0, 2029: 0}
RESULTAAT_2024 = 318

# reserves: stand 1-1-2026 and onttrekkingen 2026-2029
RESERVES = OrderedDict([
    ("Algemene reserve", {"stand": 1892, "ontt": {2026: 0, 2027: 0, 2028: 0, 2029: 0}}),
    ("Bestemmingsreserve frictiekosten huisvesting", {"stand": 620, "ontt": {2026: 210, 2027: 180, 2028: 150, 2029: 80}}),
    ("Bestemmingsreserve digitalisering JGZ-dossier", {"stand": 450, "ontt": {2026: 150, 2027: 95, 2028: 55, 2029: 25}}),
    ("Bestemmingsreserve egalisatie kapitaallasten", {"stand": 380, "ontt": {2026: 45, 2027: 45, 2028: 45, 2029: 45}}),
])
ONTTREKKING = {2024: 312, 2025: 365}  # 2026+ from RESERVES

# deelnemende gemeenten: inwoners 1-1-2025, jeugdigen 0-17, maatwerk JGZ (euro)
GEMEENTEN = OrderedDict([
    ("Kroonmeer", (118420, 22116, 412600)),
    ("Alderveen", (64315, 12604, 236150)),
    ("Brakelwoude", (52870, 10518, 184300)),
    ("Heemsteren", (41205, 7402, 96400)),
    ("Zandhorst", (38960, 7968, 0)),
    ("Marwolde", (36145, 6655, 121850)),
    ("Sonnewijk", (27530, 5630, 0)),
    ("Dwarsloo", (19885, 3810, 97200)),
])
TARIEF_BASIS = 27.85      # per inwoner
TARIEF_BASIS_2025 = 26.91
TARIEF_JGZ = 218.40       # per jeugdige 0-17
TARIEF_JGZ_2025 = 211.05
TARIEF_TKO = 2.74         # toezicht kinderopvang per inwoner
# weights used to spread the 2025 bijdrage (begroting 2025 was based on inwoners 1-1-2024)
WEIGHT_2025 = {"Kroonmeer": 1.000, "Alderveen": 1.004, "Brakelwoude": 0.991, "Heemsteren": 1.012,
               "Zandhorst": 0.998, "Marwolde": 1.003, "Sonnewijk": 0.987, "Dwarsloo": 1.006}

# risico's: (omschrijving, kans, impact)
RISICOS = [
    ("Uitbraak infectieziekte die extra inzet vraagt (bijv. mazelen, kinkhoest)", 0.30, 900),
    ("Loon- en prijsstijging hoger dan de indexatie in de bijdrage", 0.50, 600),
    ("Wegvallen of verlagen van rijksmiddelen (SPUK, GALA)", 0.40, 700),
    ("Krapte arbeidsmarkt: dure inhuur jeugdartsen en verpleegkundigen", 0.60, 450),
    ("Cyberincident of datalek met herstelkosten", 0.10, 1200),
    ("Lagere omzet reizigersadvisering", 0.30, 250),
]

# investeringen 2026: (omschrijving, jaar, krediet, termijn)
INVESTERINGEN = [
    ("Vervanging laptops en werkplekken", 2026, 285, 4),
    ("Inrichting consultatiebureau Brakelwoude-Zuid", 2026, 210, 10),
    ("Elektrische dienstauto's (4 stuks)", 2026, 148, 6),
    ("Koelcellen vaccinopslag", 2026, 92, 8),
]
RENTE = 0.018

# formatie (fte) begroting 2026
FORMATIE = OrderedDict([("Algemene Gezondheidszorg", 61.4), ("Jeugdgezondheidszorg", 171.8),
                        ("Gezondheidsbevordering en Monitoring", 19.6), ("Toezicht en Veiligheid", 24.9),
                        ("Bedrijfsvoering en directie", 48.7)])
FORMATIE_2025 = 321.2

# balans
MVA_2024 = 6840
INV = {2025: 620, 2026: None, 2027: 540, 2028: 480, 2029: 610}
AFSCHR = {2025: 690, 2026: 705, 2027: 720, 2028: 700, 2029: 690}
VORD = {2024: 2410, 2025: 2300, 2026: 2300, 2027: 2300, 2028: 2300, 2029: 2300}
OVA = {2024: 1126, 2025: 1000, 2026: 1000, 2027: 1000, 2028: 1000, 2029: 1000}
VOORZ = {2024: 742, 2025: 806, 2026: 868, 2027: 925, 2028: 612, 2029: 671}
VASTE_SCHULD = {y: 4200 - 300 * (y - 2024) for y in YEARS}
KORT = {2024: 2964, 2025: 2800, 2026: 2800, 2027: 2800, 2028: 2800, 2029: 2800}
OVP = {2024: 3412, 2025: 3000, 2026: 3000, 2027: 3000, 2028: 3000, 2029: 3000}
RES_END_2024 = {"Algemene reserve": 1574, "Bestemmingsreserve frictiekosten huisvesting": 820,
                "Bestemmingsreserve digitalisering JGZ-dossier": 570,
                "Bestemmingsreserve egalisatie kapitaallasten": 425}

# 1e bestuursrapportage 2025: prognose-afwijkingen (positief = hogere lasten / hogere baten)
BURAP_L = {"AGZ": 186, "JGZ": 286, "GBM": -48, "TV": 24, "OH": 118, "ONV": -100}
BURAP_B = {"AGZ": 62, "JGZ": 0, "GBM": -20, "TV": 12, "OH": 0, "BIJDR": 0}


def largest_remainder(total, weights):
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    base = {k: int(v) for k, v in raw.items()}
    rest = total - sum(base.values())
    for k in sorted(raw, key=lambda k: raw[k] - base[k], reverse=True)[:rest]:
        base[k] += 1
    return base


def build():
    d = {}
    # bijdragen 2026 in euro
    bijdr = OrderedDict()
    for g, (inw, jeugd, mw) in GEMEENTEN.items():
        b = round(inw * TARIEF_BASIS)
        j = round(jeugd * TARIEF_JGZ)
        t = round(inw * TARIEF_TKO)
        bijdr[g] = {"inw": inw, "jeugd": jeugd, "basis": b, "jgz": j, "tko": t, "mw": mw,
                    "tot": b + j + t + mw}
    tot = {k: sum(v[k] for v in bijdr.values()) for k in ["inw", "jeugd", "basis", "jgz", "tko", "mw", "tot"]}
    d["bijdr"], d["bijdr_tot"] = bijdr, tot
    bijdr26 = round(tot["tot"] / 1000)

    L = {p: dict(LASTEN[p]) for p in PROGS}
    B = {p: dict(BATEN[p]) for p in PROGS}
    for p in PROGS:
        L[p][2026] = sum(x[1] for x in PRODUCTS[p])
        B[p][2026] = sum(x[2] for x in PRODUCTS[p])
    ontt = dict(ONTTREKKING)
    for y in [2026, 2027, 2028, 2029]:
        ontt[y] = sum(r["ontt"][y] for r in RESERVES.values())
    OHL = dict(OVERHEAD_L)
    # 2026: overhead balances (resultaat 0)
    rest = sum(L[p][2026] for p in PROGS) + ONVOORZIEN[2026]
    baten_ex = sum(B[p][2026] for p in PROGS) + OVERHEAD_B[2026]
    OHL[2026] = bijdr26 + baten_ex + ontt[2026] - TOEVOEGING[2026] - rest
    for y, s in OVERHEAD_STEP.items():
        OHL[y] = OHL[2026] + s
    bij = {2026: bijdr26}
    # 2024: resultaat 318; 2025 and 2027+: resultaat 0
    for y in [2024, 2025, 2027, 2028, 2029]:
        lt = sum(L[p][y] for p in PROGS) + OHL[y] + ONVOORZIEN[y]
        bt = sum(B[p][y] for p in PROGS) + OVERHEAD_B[y]
        res = RESULTAAT_2024 if y == 2024 else 0
        bij[y] = res + lt - bt - ontt[y] + TOEVOEGING[y]
    ov = OrderedDict()
    for y in YEARS:
        lt = sum(L[p][y] for p in PROGS) + OHL[y] + ONVOORZIEN[y]
        bt = sum(B[p][y] for p in PROGS) + OVERHEAD_B[y] + bij[y]
        saldo = bt - lt
        res = saldo - TOEVOEGING[y] + ontt[y]
        ov[y] = {"lasten": lt, "baten": bt, "saldo": saldo, "toev": TOEVOEGING[y], "ontt": ontt[y], "res": res}
    d.update(L=L, B=B, OHL=OHL, OHB=OVERHEAD_B, ONV=ONVOORZIEN, bij=bij, ov=ov, ontt=ontt)

    # bijdragen per gemeente meerjarig (x 1.000)
    w26 = {g: v["tot"] for g, v in bijdr.items()}
    mj = {2026: largest_remainder(bij[2026], w26)}
    for y in [2027, 2028, 2029]:
        mj[y] = largest_remainder(bij[y], w26)
    mj[2025] = largest_remainder(bij[2025], {g: w26[g] * WEIGHT_2025[g] for g in w26})
    d["bijdr_mj"] = mj

    # reserves
    res_tab = OrderedDict()
    for n, r in RESERVES.items():
        s = r["stand"]
        ends = {}
        for y in [2026, 2027, 2028, 2029]:
            s = s - r["ontt"][y]
            ends[y] = s
        res_tab[n] = {"stand": r["stand"], "toev": 0, "ontt26": r["ontt"][2026], "end": ends}
    d["res"] = res_tab
    res_end = {2024: sum(RES_END_2024.values()), 2025: sum(r["stand"] for r in RESERVES.values())}
    for y in [2026, 2027, 2028, 2029]:
        res_end[y] = sum(r["end"][y] for r in res_tab.values())
    d["res_end"] = res_end

    # risico's / weerstandsvermogen
    rk = [(o, k, i, round(k * i)) for o, k, i in RISICOS]
    benodigd = sum(x[3] for x in rk)
    beschikbaar = RESERVES["Algemene reserve"]["stand"] + ONVOORZIEN[2026]
    d["risico"] = rk
    d["benodigd"], d["beschikbaar"] = benodigd, beschikbaar
    d["ratio"] = round(beschikbaar / benodigd, 2)
    ar_na_burap = RESERVES["Algemene reserve"]["stand"] - burap_tekort()
    d["ar_na_burap"] = ar_na_burap
    d["ratio_burap"] = round((ar_na_burap + ONVOORZIEN[2026]) / benodigd, 2)

    # investeringen
    inv = []
    for o, j, k, t in INVESTERINGEN:
        kl = round(k / t + k * RENTE)
        inv.append((o, j, k, t, kl))
    d["inv"] = inv
    d["inv_tot"] = sum(x[2] for x in inv)
    d["inv_kl"] = sum(x[4] for x in inv)

    # balans
    invs = dict(INV)
    invs[2026] = d["inv_tot"]
    mva = {2024: MVA_2024}
    for y in YEARS[1:]:
        mva[y] = mva[y - 1] + invs[y] - AFSCHR[y]
    ev = {y: res_end[y] + (RESULTAAT_2024 if y == 2024 else 0) for y in YEARS}
    bal = OrderedDict()
    for y in YEARS:
        passiva = ev[y] + VOORZ[y] + VASTE_SCHULD[y] + KORT[y] + OVP[y]
        liq = passiva - mva[y] - VORD[y] - OVA[y]
        assert liq > 0, (y, liq)
        nsq = (VASTE_SCHULD[y] + KORT[y] + OVP[y] - VORD[y] - liq - OVA[y]) / (ov[y]["baten"]) * 100
        bal[y] = {"mva": mva[y], "vord": VORD[y], "liq": liq, "ova": OVA[y], "act": passiva,
                  "ev": ev[y], "voorz": VOORZ[y], "vast": VASTE_SCHULD[y], "kort": KORT[y], "ovp": OVP[y],
                  "pas": passiva, "nsq": round(nsq, 1), "solv": round(ev[y] / passiva * 100, 1)}
    d["bal"] = bal
    d["sep"] = {2024: 0.8, 2025: 0.0, 2026: 0.0, 2027: 0.0, 2028: 0.0, 2029: 0.0}

    # formatie
    d["fte_tot"] = round(sum(FORMATIE.values()), 1)

    # burap 2025
    bu = OrderedDict()
    keys = [("AGZ", L["AGZ"][2025]), ("JGZ", L["JGZ"][2025]), ("GBM", L["GBM"][2025]), ("TV", L["TV"][2025]),
            ("OH", OHL[2025]), ("ONV", ONVOORZIEN[2025])]
    bl = OrderedDict((k, (v, v + BURAP_L[k])) for k, v in keys)
    bb = OrderedDict([("AGZ", B["AGZ"][2025]), ("JGZ", B["JGZ"][2025]), ("GBM", B["GBM"][2025]),
                      ("TV", B["TV"][2025]), ("OH", OVERHEAD_B[2025]), ("BIJDR", bij[2025])])
    bb = OrderedDict((k, (v, v + BURAP_B[k])) for k, v in bb.items())
    bu["L"], bu["B"] = bl, bb
    bu["Ltot"] = (sum(v[0] for v in bl.values()), sum(v[1] for v in bl.values()))
    bu["Btot"] = (sum(v[0] for v in bb.values()), sum(v[1] for v in bb.values()))
    bu["saldo"] = (bu["Btot"][0] - bu["Ltot"][0], bu["Btot"][1] - bu["Ltot"][1])
    bu["ontt"] = (ONTTREKKING[2025], ONTTREKKING[2025])
    bu["res"] = (bu["saldo"][0] + bu["ontt"][0], bu["saldo"][1] + bu["ontt"][1])
    d["burap"] = bu
    return d


def burap_tekort():
    return sum(BURAP_L.values()) - sum(BURAP_B.values())


def check(d):
    # product sums = programme totals
    for p in PROGS:
        assert d["L"][p][2026] == sum(x[1] for x in PRODUCTS[p])
    # bijdrage per gemeente rows add up
    for g, v in d["bijdr"].items():
        assert v["tot"] == v["basis"] + v["jgz"] + v["tko"] + v["mw"]
    t = d["bijdr_tot"]
    assert t["tot"] == t["basis"] + t["jgz"] + t["tko"] + t["mw"]
    # overview consistency
    for y, o in d["ov"].items():
        assert o["saldo"] == o["baten"] - o["lasten"]
        assert o["res"] == o["saldo"] - o["toev"] + o["ontt"]
        want = RESULTAAT_2024 if y == 2024 else 0
        assert o["res"] == want, (y, o)
    # meerjarig per gemeente sums
    for y, m in d["bijdr_mj"].items():
        assert sum(m.values()) == d["bij"][y], y
    # reserves
    assert sum(r["ontt26"] for r in d["res"].values()) == d["ontt"][2026]
    for r in d["res"].values():
        assert all(v >= 0 for v in r["end"].values())
    # balans
    for y, b in d["bal"].items():
        assert b["mva"] + b["vord"] + b["liq"] + b["ova"] == b["ev"] + b["voorz"] + b["vast"] + b["kort"] + b["ovp"]
    # burap
    bu = d["burap"]
    assert bu["res"][0] == 0
    assert bu["res"][1] == -burap_tekort()
    # overhead plausibility
    assert 6700 < d["OHL"][2026] < 7100, d["OHL"][2026]
    return True


if __name__ == "__main__":
    import json
    d = build()
    check(d)
    print(json.dumps({"OH": d["OHL"], "bij": d["bij"], "ov": d["ov"], "tot": d["bijdr_tot"],
                      "ratio": d["ratio"], "ratio_burap": d["ratio_burap"], "benodigd": d["benodigd"],
                      "bal": d["bal"], "mj": d["bijdr_mj"], "tekort": burap_tekort(), "inv": d["inv"]},
                     indent=1, default=str))
