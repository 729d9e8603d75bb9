"""Computes every derived figure of both documents and asserts that they add up."""
from data import *  # noqa: F401,F403

K_COLS = ["r24", "b25", "b26", "r27", "r28", "r29"]      # Programmabegroting 2026 (x 1.000)
E_COLS = ["prim", "nawijz", "real"]                       # Jaarstukken 2025 (euros)


def rk(x):
    """round euros to thousands, half away from zero"""
    s = -1 if x < 0 else 1
    return s * int((abs(x) + 500) // 1000)


def row_from(r24, prim, vjn, nj, real, b26, r27, r28, r29):
    return {
        "r24": r24, "b25": rk(prim + vjn), "b26": b26, "r27": r27, "r28": r28, "r29": r29,
        "prim": prim, "vjn": vjn, "nj": nj, "nawijz": prim + vjn + nj, "real": real,
    }


def build():
    M = {"prog": {}, "dekking": [], "overig": [], "reserves": []}
    for pnr, pname in PROGRAMMES:
        P = {"nr": pnr, "name": pname, "L": [], "B": []}
        for t in TAAKVELDEN:
            if t[0] != pnr:
                continue
            r = row_from(*t[4:])
            r.update(code=t[2], name=t[3])
            P[t[1]].append(r)
        for side in "LB":
            P["tot" + side] = {c: sum(r[c] for r in P[side]) for c in K_COLS + E_COLS + ["vjn", "nj"]}
        P["saldo"] = {c: P["totB"][c] - P["totL"][c] for c in K_COLS + E_COLS}
        M["prog"][pnr] = P

    for t in OVERIG_LASTEN:
        r = row_from(*t[2:])
        r.update(code=t[0], name=t[1])
        M["overig"].append(r)

    # reserves
    tot_res = {}
    for R in RESERVES:
        R = dict(R)
        tp, tv, tn, tr = R["toev"]
        op, ov, on, orr = R["ontt"]
        best24 = RESULT_2024_EUR if R["kind"] == "algemeen" else 0
        R["best24"] = best24
        R["toev_prim"], R["toev_nawijz"], R["toev_real"] = tp, tp + tv + tn, tr
        R["ontt_prim"], R["ontt_nawijz"], R["ontt_real"] = op, op + ov + on, orr
        R["toev_b25k"], R["ontt_b25k"] = rk(tp + tv), rk(op + ov)
        R["stand_eind25"] = R["stand0"] + best24 + tr - orr
        # estimate used in the Programmabegroting 2026 (made before the jaarrekening 2025)
        R["stand_1_1_2026k"] = rk(R["stand0"] + best24 + tp + tv - op - ov)
        R["stand_31_12_2026k"] = R["stand_1_1_2026k"] + R["toev26"] - R["ontt26"]
        M["reserves"].append(R)
    toevk = {"r24": RES_TOT_K["r24"][0], "b25": sum(R["toev_b25k"] for R in M["reserves"]),
             "b26": sum(R["toev26"] for R in M["reserves"]),
             "r27": RES_TOT_K["r27"][0], "r28": RES_TOT_K["r28"][0], "r29": RES_TOT_K["r29"][0]}
    onttk = {"r24": RES_TOT_K["r24"][1], "b25": sum(R["ontt_b25k"] for R in M["reserves"]),
             "b26": sum(R["ontt26"] for R in M["reserves"]),
             "r27": RES_TOT_K["r27"][1], "r28": RES_TOT_K["r28"][1], "r29": RES_TOT_K["r29"][1]}
    for c in E_COLS:
        toevk[c] = sum(R["toev_" + c] for R in M["reserves"])
        onttk[c] = sum(R["ontt_" + c] for R in M["reserves"])
    M["toev"], M["ontt"] = toevk, onttk

    # dekkingsmiddelen excl. algemene uitkering
    for d in DEKKING:
        if d[2] is None:
            continue
        r = row_from(*d[2:])
        r.update(code=d[0], name=d[1])
        M["dekking"].append(r)

    def partial(c):
        progL = sum(M["prog"][p]["totL"][c] for p in M["prog"])
        progB = sum(M["prog"][p]["totB"][c] for p in M["prog"])
        ovl = sum(r[c] for r in M["overig"])
        dek = sum(r[c] for r in M["dekking"])
        return progB + dek - progL - ovl - toevk[c] + onttk[c]

    au_row = [d for d in DEKKING if d[0] == "0.7"][0]
    au = {}
    for c in ["r24", "b26", "r27", "r28", "r29"]:
        au[c] = TARGET_RESULT_K[c] - partial(c)
    au["prim"] = TARGET_RESULT_PRIM - partial("prim")
    au["vjn"], au["nj"] = au_row[4], au_row[5]
    au["nawijz"] = au["prim"] + au["vjn"] + au["nj"]
    au["b25"] = rk(au["prim"] + au["vjn"])
    au["real"] = au["nawijz"] + AU_REAL_EXTRA
    au.update(code="0.7", name="Algemene uitkering gemeentefonds")
    M["dekking"].insert(3, au)

    # totals
    T = {}
    for c in K_COLS + E_COLS:
        lasten = sum(M["prog"][p]["totL"][c] for p in M["prog"]) + sum(r[c] for r in M["overig"])
        baten = sum(M["prog"][p]["totB"][c] for p in M["prog"]) + sum(r[c] for r in M["dekking"])
        saldo = baten - lasten
        T[c] = dict(lasten=lasten, baten=baten, saldo=saldo,
                    dekking=sum(r[c] for r in M["dekking"]),
                    overig=sum(r[c] for r in M["overig"]),
                    result=saldo - toevk[c] + onttk[c])
    M["T"] = T

    # ---------------- assertions ----------------
    for c in ["r24", "b26", "r27", "r28", "r29"]:
        assert T[c]["result"] == TARGET_RESULT_K[c], c
    assert T["prim"]["result"] == TARGET_RESULT_PRIM
    # resultaat 2024 in the begroting (x 1.000) matches the euro amount in the jaarstukken
    assert rk(RESULT_2024_EUR) == T["r24"]["result"]
    # reserves table of the begroting sums to the overview
    assert sum(R["toev26"] for R in M["reserves"]) == toevk["b26"]
    assert sum(R["ontt26"] for R in M["reserves"]) == onttk["b26"]
    for R in M["reserves"]:
        assert R["stand_eind25"] > 0 and R["stand_31_12_2026k"] > 0, R["name"]
        assert R["stand_1_1_2026k"] == rk(R["stand0"] + R["best24"] + R["toev"][0] + R["toev"][1]
                                           - R["ontt"][0] - R["ontt"][1])
    # jaarstukken reserve table totals
    assert sum(R["stand_eind25"] for R in M["reserves"]) == (
        sum(R["stand0"] for R in M["reserves"]) + RESULT_2024_EUR + toevk["real"] - onttk["real"])
    # the begroting's "Begroting 2025" column differs from both primitief and na wijziging for the totals
    assert T["b25"]["lasten"] != rk(T["prim"]["lasten"]) and T["b25"]["lasten"] != rk(T["nawijz"]["lasten"])
    # duurzaamheid onttrekking follows the underspending on milieubeheer
    mil = [r for r in M["prog"][5]["L"] if r["code"] == "7.4"][0]
    duu = [R for R in M["reserves"] if R["name"] == "Reserve duurzaamheid"][0]
    assert duu["ontt_nawijz"] - duu["ontt_real"] == mil["nawijz"] - mil["real"]
    # investeringen
    inv = []
    for name, p, jaar, kred, tm24, u25, status in INVESTERINGEN:
        inv.append(dict(name=name, prog=p, jaar=jaar, krediet=kred, tm24=tm24, u25=u25,
                        tm25=tm24 + u25, restant=kred - tm24 - u25, status=status))
    M["inv"] = inv
    M["inv_tot"] = {k: sum(i[k] for i in inv) for k in ["krediet", "tm24", "u25", "tm25", "restant"]}
    assert M["inv_tot"]["restant"] == M["inv_tot"]["krediet"] - M["inv_tot"]["tm25"]
    # weerstand
    M["ratio_b26"] = WEERSTAND_B26["beschikbaar_k"] / WEERSTAND_B26["benodigd_k"]
    M["ratio_r25"] = WEERSTAND_R25["beschikbaar"] / WEERSTAND_R25["benodigd"]
    return M


def verschil(row, side):
    """Jaarstukken convention: verschil = na wijziging vs realisatie; V = voordelig."""
    d = row["real"] - row["nawijz"]
    if side == "L":
        return abs(d), ("V" if d <= 0 else "N")
    return abs(d), ("V" if d >= 0 else "N")


if __name__ == "__main__":
    M = build()
    for c in K_COLS + E_COLS:
        print(c, M["T"][c])
    for d in M["dekking"]:
        print(d["name"], {c: d[c] for c in K_COLS + E_COLS})
    for R in M["reserves"]:
        print(R["name"], R["stand0"], R["stand_eind25"], R["stand_1_1_2026k"], R["stand_31_12_2026k"])
    print("toev", M["toev"], "ontt", M["ontt"])
    print(M["ratio_b26"], M["ratio_r25"], M["inv_tot"])
