"""Verifies set-ab end to end.

1. Every table row of both documents is really printed: the text of the generated PDFs is
   extracted with `pdftotext -layout`, and for each table (found by its caption) every row is
   looked up in order as one line "label cell cell ..." (whitespace-normalised).
2. Every table adds up: rows to totals, columns to totals, saldi, verschillen, overview
   arithmetic, cross-table ties (programma-overzicht vs. taakvelden, reserves vs. overview and
   balans, bijdragen vs. staat van baten en lasten, balans vs. kengetallen, ...).
3. Prose figures agree with the tables (each fragment is found in the text and its number is
   recomputed from table cells).
4. cases.yaml: equals what cases_spec.py writes; every expected value (and accept value) is
   recomputed from cells that step 1 proved printed (numbers re-parsed from the printed
   tokens) or from prose fragments found in the text; text keywords occur in the document;
   refusal claims (absent years/items) hold.
5. corpus/manifest.yaml matches the files.

Usage: python check.py        (exit status 0 = all good)
"""
import os
import re
import subprocess
import sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data_belvenmeer as DB  # noqa: E402
import data_hollestreek as DH  # noqa: E402
import cases_spec as CS  # noqa: E402

ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
ERRORS = []
NCHECK = [0]


def ok(cond, msg):
    NCHECK[0] += 1
    if not cond:
        ERRORS.append(msg)
    return cond


def eq(a, b, msg, tol=0):
    return ok(abs(a - b) <= tol + 1e-9, f"{msg}: {a} != {b}")


def norm(s):
    return " ".join(s.replace("\u00a0", " ").split())


def parse_nl(tok):
    t = tok.strip()
    if t in ("-", ""):
        return 0
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.startswith("-"):
        neg, t = True, t[1:]
    t = t.replace(".", "").replace(",", ".")
    v = float(t)
    if v == int(v) and "." not in t:
        v = int(v)
    return -v if neg else v


def pdftext(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], check=True, capture_output=True,
                          text=True).stdout


# ------------------------------------------------------------------ 1. printed rows
FOUND = {}   # (doc, tid, rowkey) -> printed line


def verify_tables(doc, text, tables):
    lines = [norm(l) for l in text.splitlines()]
    for tid, t in tables.items():
        start = next((i for i, l in enumerate(lines) if t.title in l), None)
        if not ok(start is not None, f"{doc}: caption of table {tid} ({t.title!r}) not found"):
            continue
        if t.scale_note:
            ok(t.scale_note in lines[start], f"{doc}: scale note {t.scale_note!r} not on caption line of {tid}")
        cur = start + 1
        for r in t.rows:
            if r.kind == "section":
                exp = norm(r.label)
            else:
                exp = norm(" ".join([r.label] + [x for x in t.tokens(r) if x]))
            hit = None
            for i in range(cur, min(len(lines), cur + 60)):
                if lines[i] == exp:
                    hit = i
                    break
            if ok(hit is not None, f"{doc}: table {tid}: row not printed as expected: {exp!r}"):
                FOUND[(doc, tid, r.k())] = lines[hit]
                cur = hit + 1


# ------------------------------------------------------------------ 2. arithmetic: Belvenmeer
def check_belvenmeer():
    T = DB.TABLES
    R3 = ["Begroting primitief 2029", "Begroting na wijziging 2029", "Realisatie 2029"]
    # taakveld tables
    for p in ["P1", "P2", "P3", "P4", "P5", "ADM", "OVH"]:
        t = T[f"tv_{p}"]
        Lrows = [r for r in t.rows if r.k().startswith("L:") and r.k() != "L:totaal"]
        Brows = [r for r in t.rows if r.k().startswith("B:") and r.k() != "B:totaal"]
        for ci in range(3):
            eq(sum(r.values[ci] for r in Lrows), t.value("L:totaal", ci), f"{t.id} lasten col {ci}")
            eq(sum(r.values[ci] for r in Brows), t.value("B:totaal", ci), f"{t.id} baten col {ci}")
            eq(t.value("B:totaal", ci) - t.value("L:totaal", ci), t.value("saldo", ci), f"{t.id} saldo col {ci}")
        for r in Lrows + [t.row("L:totaal")]:
            eq(r.values[1] - r.values[2], r.values[3], f"{t.id} verschil lasten {r.label}")
        for r in Brows + [t.row("B:totaal")]:
            eq(r.values[2] - r.values[1], r.values[3], f"{t.id} verschil baten {r.label}")
        eq(t.value("saldo", 2) - t.value("saldo", 1), t.value("saldo", 3), f"{t.id} verschil saldo")
        eq(t.value("B:totaal", 3) + t.value("L:totaal", 3), t.value("saldo", 3), f"{t.id} verschil saldo additive")
        # overview (x 1.000) = rounded taakveld totals
        for ci in range(3):
            eq(T["overzicht"].value(f"lasten:{p}", ci), round(t.value("L:totaal", ci) / 1000), f"overzicht lasten {p} col {ci}")
            eq(T["overzicht"].value(f"baten:{p}", ci), round(t.value("B:totaal", ci) / 1000), f"overzicht baten {p} col {ci}")
    ov = T["overzicht"]
    progs = ["P1", "P2", "P3", "P4", "P5", "ADM", "OVH"]
    for ci in range(3):
        eq(sum(ov.value(f"baten:{p}", ci) for p in progs), ov.value("baten:totaal", ci), f"overzicht totaal baten {ci}")
        eq(sum(ov.value(f"lasten:{p}", ci) for p in progs + ["ONV"]), ov.value("lasten:totaal", ci), f"overzicht totaal lasten {ci}")
        for p in progs + ["ONV"]:
            b = ov.value(f"baten:{p}", ci) if p != "ONV" else 0
            eq(b - ov.value(f"lasten:{p}", ci), ov.value(f"saldo:{p}", ci), f"overzicht saldo {p} {ci}")
        eq(sum(ov.value(f"saldo:{p}", ci) for p in progs + ["ONV"]), ov.value("saldo:totaal", ci), f"overzicht saldo totaal {ci}")
        eq(ov.value("baten:totaal", ci) - ov.value("lasten:totaal", ci), ov.value("saldo:totaal", ci), f"overzicht B-L {ci}")
        eq(ov.value("res:ontt", ci) - ov.value("res:toev", ci), ov.value("res:saldo", ci), f"overzicht mutaties {ci}")
        eq(ov.value("saldo:totaal", ci) + ov.value("res:saldo", ci), ov.value("resultaat", ci), f"overzicht resultaat {ci}")
    for r in ov.rows:
        if r.kind == "section":
            continue
        k = r.k()
        if k.startswith("lasten:") or k == "res:toev":
            eq(r.values[1] - r.values[2], r.values[3], f"overzicht verschil {k}")
        else:
            eq(r.values[2] - r.values[1], r.values[3], f"overzicht verschil {k}")
    # samenvatting = overview rows
    for r in T["samenvatting"].rows:
        for ci in range(3):
            eq(r.values[ci], ov.value(r.k(), ci), f"samenvatting {r.k()} {ci}")
    # reserves
    rs = T["reserves"]
    rows = [r for r in rs.rows if r.kind == "row"]
    for r in rows:
        eq(r.values[0] + r.values[1] - r.values[2], r.values[3], f"reserve {r.label}")
    best = [r for r in rows if r.k() != "AR"]
    for ci in range(4):
        eq(sum(r.values[ci] for r in best), rs.value("BEST", ci), f"reserves bestemmings col {ci}")
        eq(rs.value("AR", ci) + rs.value("BEST", ci), rs.value("TOT", ci), f"reserves totaal col {ci}")
    eq(rs.value("TOT", "Toevoeging"), ov.value("res:toev", "Realisatie 2029"), "reserves toevoegingen = overzicht")
    eq(rs.value("TOT", "Onttrekking"), ov.value("res:ontt", "Realisatie 2029"), "reserves onttrekkingen = overzicht")
    eq(rs.value("GREX", "Toevoeging") * 1000, round(DB.tv_verschil("8.2", "B"), -3), "winstneming De Vennen = 8.2 baten verschil")
    eq(rs.value("DUUR", "Onttrekking"), T["incidenteel"].value("L:ISOL", "Realisatie 2029"), "isolatie = onttrekking duurzaamheid")
    # voorzieningen
    vz = T["voorzieningen"]
    vrows = [r for r in vz.rows if r.k() != "TOT"]
    for r in vrows:
        eq(r.values[0] + r.values[1] - r.values[2] - r.values[3], r.values[4], f"voorziening {r.label}")
    for ci in range(5):
        eq(sum(r.values[ci] for r in vrows), vz.value("TOT", ci), f"voorzieningen col {ci}")
    eq(vz.value("FRICTIE", "Vrijval"), T["incidenteel"].value("B:VRIJVAL", "Realisatie 2029"), "vrijval frictie = incidentele baat")
    # balans
    bl = T["balans"]
    for ci in range(2):
        v = lambda key: bl.value(key, ci)
        eq(v("a:mva_en") + v("a:mva_heffing") + v("a:mva_mn"), v("a:mva"), f"balans mva {ci}")
        eq(v("a:fva_deeln") + v("a:fva_wbc") + v("a:fva_overig") + v("a:fva_bijdr"), v("a:fva"), f"balans fva {ci}")
        eq(v("a:iva") + v("a:mva") + v("a:fva"), v("a:vaste_act"), f"balans vaste activa {ci}")
        eq(v("a:vord_ol") + v("a:schatkist") + v("a:vord_ov"), v("a:uitz"), f"balans uitzettingen {ci}")
        eq(v("a:voorraad") + v("a:uitz") + v("a:liquide") + v("a:ovl_act"), v("a:vlottend_act"), f"balans vlottende activa {ci}")
        eq(v("a:vaste_act") + v("a:vlottend_act"), v("a:totaal"), f"balans totaal activa {ci}")
        eq(v("p:ar") + v("p:best") + v("p:resultaat"), v("p:ev"), f"balans ev {ci}")
        eq(v("p:leningen") + v("p:waarborg"), v("p:vaste_schulden"), f"balans vaste schulden {ci}")
        eq(v("p:ev") + v("p:voorz") + v("p:vaste_schulden"), v("p:vaste_pas"), f"balans vaste passiva {ci}")
        eq(v("p:kasgeld") + v("p:banksaldi") + v("p:ov_schuld"), v("p:nvs"), f"balans nvs {ci}")
        eq(v("p:nvs") + v("p:ovl_pas"), v("p:vlottend_pas"), f"balans vlottende passiva {ci}")
        eq(v("p:vaste_pas") + v("p:vlottend_pas"), v("p:totaal"), f"balans totaal passiva {ci}")
        eq(v("a:totaal"), v("p:totaal"), f"balans activa = passiva {ci}")
    eq(bl.value("p:ar", 0), rs.value("AR", "Stand 31-12-2029"), "balans AR = reserves")
    eq(bl.value("p:best", 0), rs.value("BEST", "Stand 31-12-2029"), "balans bestemmingsreserves = reserves")
    eq(bl.value("p:resultaat", 0), ov.value("resultaat", "Realisatie 2029"), "balans resultaat = overzicht")
    eq(bl.value("p:ev", 1), rs.value("TOT", "Stand 1-1-2029"), "balans EV 2028 = reserves 1-1-2029")
    eq(bl.value("p:ar", 1) + bl.value("p:resultaat", 1), rs.value("AR", "Stand 1-1-2029"), "AR 2028 + resultaat 2028 = AR 1-1")
    eq(bl.value("p:best", 1), rs.value("BEST", "Stand 1-1-2029"), "bestemmingsreserves 2028 = 1-1-2029")
    eq(bl.value("p:voorz", 0), vz.value("TOT", "Stand 31-12-2029"), "balans voorzieningen 2029")
    eq(bl.value("p:voorz", 1), vz.value("TOT", "Stand 1-1-2029"), "balans voorzieningen 2028")
    # kengetallen (2029 from balans + overzicht; 2028 solvabiliteit from balans)
    kg = T["kengetallen"]
    H = ov.value("baten:totaal", "Realisatie 2029")
    b = lambda key: bl.value(key, 0)
    schuld = b("p:vaste_schulden") + b("p:nvs") + b("p:ovl_pas") - b("a:uitz") - b("a:liquide") - b("a:ovl_act")
    eq(kg.value("nsq", "Rekening 2029"), round(schuld / H * 100, 1), "kengetal 1a 2029", 0.05)
    eq(kg.value("nsq_gecorr", "Rekening 2029"), round((schuld - b("a:fva_wbc") - b("a:fva_overig")) / H * 100, 1), "kengetal 1b 2029", 0.05)
    eq(kg.value("solv", "Rekening 2029"), round(b("p:ev") / b("p:totaal") * 100, 1), "solvabiliteit 2029", 0.05)
    eq(kg.value("solv", "Rekening 2028"), round(bl.value("p:ev", 1) / bl.value("p:totaal", 1) * 100, 1), "solvabiliteit 2028", 0.05)
    eq(kg.value("grex", "Rekening 2029"), round(b("a:voorraad") / H * 100, 1), "grondexploitatie 2029", 0.05)
    eq(kg.value("belcap", "Rekening 2029"), round(DB.WOONLASTEN[0] / DB.WOONLASTEN[1] * 100, 1), "belastingcapaciteit", 0.05)
    # weerstand
    w = T["weerstand"]
    for ci in range(2):
        eq(round(w.value("ar", ci) + w.value("obc", ci) + w.value("onv", ci), 1), w.value("beschikbaar", ci), f"weerstand som {ci}")
        eq(round(w.value("beschikbaar", ci) / w.value("benodigd", ci), 1), w.value("ratio", ci), f"weerstand ratio {ci}")
    eq(w.value("ar", "Jaarrekening 2029"), round(rs.value("AR", "Stand 31-12-2029") / 1000, 1), "weerstand AR = reserve (mln)")
    eq(sum(r.values[1] for r in T["risicos"].rows if r.k() != "TOT"), T["risicos"].value("TOT", 1), "risico's totaal")
    # investeringen
    inv = T["investeringen"]
    irows = [r for r in inv.rows if r.k() != "TOT"]
    for r in irows:
        eq(r.values[2] + r.values[3], r.values[4], f"investering besteed {r.label}")
        eq(r.values[1] - r.values[4], r.values[5], f"investering restant {r.label}")
    for ci in range(1, 6):
        eq(sum(r.values[ci] for r in irows), inv.value("TOT", ci), f"investeringen kolom {ci}")
    # incidenteel
    inc = T["incidenteel"]
    for side in ("L", "B"):
        rr = [r for r in inc.rows if r.k().startswith(side + ":") and r.k() != f"{side}:TOT"]
        for ci in (1, 2):
            eq(sum(r.values[ci] for r in rr), inc.value(f"{side}:TOT", ci), f"incidenteel {side} {ci}")
    for ci in (1, 2):
        eq(inc.value("B:TOT", ci) - inc.value("L:TOT", ci), inc.value("SALDO", ci), f"incidenteel saldo {ci}")
    # WNT
    for yr in (2029, 2028):
        t = T[f"wnt{yr}"]
        for ci, fte in enumerate((DB.WNT["secretaris"][1], DB.WNT["griffier"][1])):
            eq(t.value("beloning", ci) + t.value("termijn", ci), t.value("subtotaal", ci), f"WNT {yr} subtotaal {ci}")
            eq(t.value("subtotaal", ci), t.value("bezoldiging", ci), f"WNT {yr} bezoldiging {ci}")
            eq(round(DB.WNT_MAX[yr] * fte), t.value("max", ci), f"WNT {yr} maximum {ci}")
            ok(t.value("bezoldiging", ci) <= t.value("max", ci), f"WNT {yr} above maximum {ci}")
    # indicator overhead = 0.4 / totale lasten (euro, realisatie)
    tot_l = sum(T[f"tv_{p}"].value("L:totaal", "Realisatie 2029") for p in progs)
    eq(T["ind_P1"].value("overhead", "Belvenmeer"), round(T["tv_OVH"].value("L:0.4", "Realisatie 2029") / tot_l * 100, 1), "indicator overhead %", 0.05)
    # kerngegevens sanity
    kn = T["kern"]
    for ci in range(3):
        ok(kn.value("jong", ci) + kn.value("oud", ci) < kn.value("inw", ci), f"kern ages {ci}")


# ------------------------------------------------------------------ 2. arithmetic: Hollestreek
def check_hollestreek():
    T = DH.TABLES
    up = T["uitgangspunten"]
    bt = T["bijdrage2031"]
    mrows = [r for r in bt.rows if r.k() != "Totaal"]
    tinw = bt.value("Totaal", "Inwoners 1-1-2030")
    for r in mrows:
        inw, share, vast, uren, werk, tot = r.values
        eq(round(inw * up.value("vast", "Begroting 2031")), vast, f"vaste bijdrage {r.label}")
        eq(round(uren * up.value("uurtarief", "Begroting 2031")), werk, f"bijdrage werkprogramma {r.label}")
        eq(vast + werk, tot, f"totale bijdrage {r.label}")
        eq(share, round(inw / tinw * 100, 2), f"aandeel {r.label}", 0.011)
    for ci in (0, 2, 3, 4, 5):
        eq(sum(r.values[ci] for r in mrows), bt.value("Totaal", ci), f"bijdrage kolom {ci}")
    eq(round(sum(r.values[1] for r in mrows), 2), 100.0, "aandelen = 100")
    mj = T["meerjarig"]
    names = [d[0] for d in DH.DEELNEMERS]
    for r in mj.rows:
        eq(sum(r.values[:-1]), r.values[-1], f"meerjarig totaal {r.label}")
    for n in names:
        eq(mj.value("2031", n), bt.value(n, "Totale bijdrage 2031"), f"meerjarig 2031 = tabel 4.1 {n}")
    st = T["staat"]
    yrs = DH.YEARS
    for j, y in enumerate(yrs):
        bsum = sum(st.value(k, j) for k in ("bijdr", "derden", "rijk", "overig"))
        eq(bsum, st.value("baten", j), f"staat baten {y}")
        lsum = sum(st.value(k, j) for k in ("verg", "toez", "spec", "asb", "info", "ovh", "onv"))
        eq(lsum, st.value("lasten", j), f"staat lasten {y}")
        eq(st.value("baten", j) - st.value("lasten", j), st.value("saldo", j), f"staat saldo {y}")
        eq(st.value("saldo", j) - st.value("toev", j) + st.value("ontt", j), st.value("resultaat", j), f"staat resultaat {y}")
        if j >= 1:
            eq(st.value("bijdr", j), round(mj.value(str(2029 + j), "Totaal") / 1000), f"staat bijdragen = tabel 4.2 {y}")
            ks = T["kostensoorten"]
            eq(sum(r.values[j - 1] for r in ks.rows if r.k() != "totaal"), ks.value("totaal", j - 1), f"kostensoorten som {y}")
            eq(ks.value("totaal", j - 1), st.value("lasten", j), f"kostensoorten = staat {y}")
            eq(ks.value("onv", j - 1), st.value("onv", j), f"onvoorzien {y}")
    eq(st.value("bijdr", "Begroting 2031"), round(bt.value("Totaal", "Totale bijdrage 2031") / 1000), "staat 2031 = tabel 4.1")
    # reserves
    rs = T["reserves"]
    rrows = [r for r in rs.rows if r.k() != "TOT"]
    for r in rrows:
        eq(r.values[0] + r.values[1] - r.values[2], r.values[3], f"reserve {r.label} 2031")
    for ci in range(7):
        eq(sum(r.values[ci] for r in rrows), rs.value("TOT", ci), f"reserves kolom {ci}")
    eq(round(rs.value("TOT", "Toevoeging 2031") / 1000), st.value("toev", "Begroting 2031"), "reserves toevoeging 2031 = staat")
    eq(round(rs.value("TOT", "Onttrekking 2031") / 1000), st.value("ontt", "Begroting 2031"), "reserves onttrekking 2031 = staat")
    stands = ["Stand 31-12-2031", "Stand 31-12-2032", "Stand 31-12-2033", "Stand 31-12-2034"]
    for a, b_, y in zip(stands, stands[1:], ["Raming 2032", "Raming 2033", "Raming 2034"]):
        eq((rs.value("TOT", b_) - rs.value("TOT", a)) / 1000, st.value("toev", y) - st.value("ontt", y), f"reservemutatie {y} = staat")
    # balans
    bl = T["balans"]
    for j in range(6):
        v = lambda k: bl.value(k, j)
        eq(v("mva") + v("uitz") + v("liq") + v("ova"), v("act"), f"balans activa {j}")
        eq(v("ev") + v("vrz") + v("vs") + v("vls") + v("ovp"), v("pas"), f"balans passiva {j}")
        eq(v("act"), v("pas"), f"balans evenwicht {j}")
    for j, col in enumerate(["Stand 1-1-2031", "Stand 31-12-2031", "Stand 31-12-2032", "Stand 31-12-2033", "Stand 31-12-2034"], start=1):
        eq(bl.value("ev", j), round(rs.value("TOT", col) / 1000), f"EV = reserves {col}")
    eq(bl.value("ev", 0) - st.value("resultaat", 0) + st.value("toev", 1) - st.value("ontt", 1), bl.value("ev", 1),
       "EV 2030 = EV 2029 - resultaat 2029 (terugbetaald) + mutaties 2030")
    # kengetallen
    kg = T["kengetallen"]
    for j in range(6):
        v = lambda k: bl.value(k, j)
        schuld = v("vs") + v("vls") + v("ovp") - v("uitz") - v("liq") - v("ova")
        eq(kg.value("nsq", j), round(schuld / st.value("baten", j) * 100, 1), f"netto schuldquote {j}", 0.05)
        eq(kg.value("nsqc", j), kg.value("nsq", j), f"1b = 1a {j}")
        eq(kg.value("solv", j), round(v("ev") / v("pas") * 100, 1), f"solvabiliteit {j}", 0.05)
    # investeringen
    inv = T["investeringen"]
    irows = [r for r in inv.rows if r.k() != "TOT"]
    for r in irows:
        eq(sum(r.values[:4]), r.values[4], f"investering {r.label}")
    for ci in range(5):
        eq(sum(r.values[ci] for r in irows), inv.value("TOT", ci), f"investeringen kolom {ci}")
    # formatie
    fm = T["formatie"]
    frows = [r for r in fm.rows if r.k() != "TOT"]
    for ci in range(3):
        eq(round(sum(r.values[ci] for r in frows), 1), fm.value("TOT", ci), f"formatie kolom {ci}", 0.001)


# ------------------------------------------------------------------ 3. prose
def check_claims(doc, text, claims):
    full = norm(text)
    for frag, number, fn in claims():
        ok(norm(frag) in full, f"{doc}: prose fragment not found: {frag!r}")
        eq(number, fn(), f"{doc}: prose figure disagrees with tables: {frag!r}", 1e-9)
        nums = [parse_nl(m) for m in re.findall(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", frag)]
        ok(any(abs(n - number) < 1e-9 for n in nums), f"{doc}: number {number} not in fragment {frag!r}")


# ------------------------------------------------------------------ 4. cases
def check_cases(texts):
    path = os.path.join(ROOT, "cases.yaml")
    raw = open(path, encoding="utf-8").read()
    tmp = os.path.join(os.environ.get("TMPDIR", "/tmp"), "setab-cases-regenerated.yaml")
    CS.write(tmp)
    ok(open(tmp, encoding="utf-8").read() == raw, "cases.yaml differs from what cases_spec.py writes (rerun it)")
    data = yaml.safe_load(raw)
    ok(data.get("version") == 1, "version != 1")
    cases = data["cases"]
    ok(len(cases) == len(CS.CASES), "case count differs from spec")
    ids = [c["id"] for c in cases]
    ok(len(ids) == len(set(ids)), "duplicate case ids")
    munis = {"B": CS.MB, "H": CS.MH}
    kinds = {}
    for spec, c in zip(CS.CASES, cases):
        ok(spec["id"] == c["id"], f"id mismatch {spec['id']}")
        yturns = c["turns"] if "turns" in c else [c]
        ok(len(yturns) == len(spec["turns"]), f"{c['id']}: turn count")
        if spec["scope"]:
            ok(c.get("municipality") == spec["scope"], f"{c['id']}: scope")
        else:
            ok("municipality" not in c, f"{c['id']}: unexpected scope")
        for st, yt in zip(spec["turns"], yturns):
            kinds[st["kind"]] = kinds.get(st["kind"], 0) + 1
            ok(yt["kind"] == st["kind"] and yt["question"] == st["question"], f"{c['id']}: turn mismatch")
            ok(set(yt) <= {"id", "question", "municipality", "kind", "expect", "turns"}, f"{c['id']}: unknown keys")
            if st["kind"] == "figure":
                f = st["fig"]
                exp = yt["expect"]
                ok(exp.get("municipality") == st["muni"], f"{c['id']}: expect.municipality")
                ok(exp.get("unit") in ("EUR", "count", "percent", "grade"), f"{c['id']}: unit")
                allv = [exp["value"]] + list(exp.get("accept", []))
                # value + accepts recomputed from printed cells
                for fig, target in [(f, exp["value"])] + [(a, None) for a in f.accept]:
                    vals = {}
                    for k, cell in fig.cells.items():
                        if isinstance(cell, CS.Cell):
                            key = (cell.doc, cell.tid, cell.rowkey)
                            if not ok(key in FOUND, f"{c['id']}: cell {k} row not printed: {key}"):
                                continue
                            printed = parse_nl(cell.token)
                            ok(cell.token in FOUND[key].split(" ") or cell.token in FOUND[key],
                               f"{c['id']}: token {cell.token} not on printed line")
                            eq(printed, cell.raw, f"{c['id']}: cell {k} token/value", 1e-9)
                            vals[k] = printed * cell.scale
                        else:
                            ok(norm(cell.fragment) in norm(texts[cell.doc]), f"{c['id']}: prose not found {cell.fragment!r}")
                            nums = [parse_nl(m) for m in re.findall(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", cell.fragment)]
                            ok(any(abs(n - cell.value) < 1e-9 for n in nums), f"{c['id']}: prose number")
                            vals[k] = cell.value
                    if len(vals) != len(fig.cells):
                        continue
                    v = fig.evaluate(vals)
                    tol = exp.get("tolerance", 0)
                    if target is not None:
                        eq(v, target, f"{c['id']}: expected value not derivable from printed cells", 1e-6)
                    else:
                        ok(any(abs(v - x) <= tol + 1e-6 for x in allv), f"{c['id']}: accept value {v} missing")
                if isinstance(exp["value"], float) and "tolerance" not in exp:
                    # a non-integer expected value without tolerance must be a printed decimal
                    ok(all(isinstance(cl, (CS.Cell, CS.Prose)) for cl in f.cells.values()) and f.formula == "a",
                       f"{c['id']}: computed decimal without tolerance")
            elif st["kind"] == "text":
                exp = yt["expect"]
                ok(exp.get("municipality") == st["muni"], f"{c['id']}: text municipality")
                doc = "B" if st["muni"] == CS.MB else "H"
                low = norm(texts[doc]).lower()
                for item in exp["include"]:
                    alts = item if isinstance(item, list) else [item]
                    ok(any(a.lower() in low for a in alts), f"{c['id']}: no include alternative in document: {alts}")
            else:
                ok("expect" not in yt or not yt["expect"].get("value"), f"{c['id']}: refusal with value")
                for chk in st["checks"]:
                    kind, doc = chk[0], chk[1]
                    if kind == "absent":
                        ok(re.search(chk[2], texts[doc]) is None, f"{c['id']}: refusal claim failed, found {chk[2]!r}")
                    elif kind == "present":
                        ok(re.search(chk[2], norm(texts[doc])) is not None, f"{c['id']}: expected text missing {chk[2]!r}")
                    elif kind == "table_lacks":
                        t = CS.DOCS[doc]["tables"][chk[2]]
                        labels = " ".join([r.label for r in t.rows] + t.columns)
                        ok(chk[3] not in labels, f"{c['id']}: table {chk[2]} does contain {chk[3]!r}")
    return len(cases), kinds


def check_manifest():
    m = yaml.safe_load(open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8"))
    ok(m.get("version") == 1, "manifest version")
    docs = {d["id"]: d for d in m["documents"]}
    for key, d in CS.DOCS.items():
        md = docs.get(d["id"])
        if ok(md is not None, f"manifest lacks {d['id']}"):
            ok(md["file"] == d["file"] and os.path.exists(os.path.join(CORPUS, md["file"])), f"manifest file {d['id']}")
            ok(md["municipality"] == d["muni"], f"manifest municipality {d['id']}")
    ok(set(os.listdir(CORPUS)) == {"manifest.yaml"} | {d["file"] for d in CS.DOCS.values()}, "unexpected files in corpus/")


def main():
    texts = {}
    for key, d in CS.DOCS.items():
        texts[key] = pdftext(os.path.join(CORPUS, d["file"]))
        verify_tables(key, texts[key], d["tables"])
    check_belvenmeer()
    check_hollestreek()
    check_claims("B", texts["B"], DB.claims)
    check_claims("H", texts["H"], DH.claims)
    n, kinds = check_cases(texts)
    check_manifest()
    ntab = sum(len(d["tables"]) for d in CS.DOCS.values())
    nrows = len(FOUND)
    print(f"tables: {ntab}, printed rows matched: {nrows}; cases: {n}, turns by kind: {kinds}")
    print(f"checks run: {NCHECK[0]}, failed: {len(ERRORS)}")
    for e in ERRORS[:80]:
        print("FAIL:", e)
    sys.exit(1 if ERRORS else 0)


if __name__ == "__main__":
    main()
