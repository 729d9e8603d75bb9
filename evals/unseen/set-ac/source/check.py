"""Verifies set-ac.

1. manifest.yaml shape; files present.
2. PDF: page count, low-level construction (Type1/WinAnsi fonts, TJ arrays, rotated Tm, landscape pages).
3. PDF arithmetic on the text extracted with pdftotext: every total, subtotal, saldo, resultaat,
   reserve movement (begin + toevoegingen - onttrekkingen = eind), cross-table links, and the
   printed numbers against the data module.
4. HTML: LibreOffice-style structure, and the same arithmetic on the parsed tables.
5. cases.yaml: FORMAT.md shape, and every expected figure re-derived from the printed cells named
   in provenance.json with the arithmetic the question states.
Exit code 1 on the first group with failures (all failures are listed).
"""
import json
import os
import re
import sys

import pikepdf
import yaml

import data as D
import extract as E
from cases_def import evaluate

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
FAIL = []
N_OK = [0]


def ok(cond, msg):
    if cond:
        N_OK[0] += 1
    else:
        FAIL.append(msg)


def eq(a, b, msg, tol=1e-9):
    ok(abs(a - b) <= tol, f"{msg}: {a} != {b}")


P = E.parse_num
K = 1000


def prow(page, label, nth=0, skip=0):
    return [P(t) for t in E.pdf_row(page, label, nth)[skip:]]


# ---------------------------------------------------------------------------
def check_manifest():
    m = yaml.safe_load(open(os.path.join(ROOT, "corpus", "manifest.yaml"), encoding="utf-8"))
    ok(set(m) == {"documents", "version"} and m["version"] == 1, "manifest top-level keys")
    keys = ["id", "file", "municipality", "title", "year", "type", "source"]
    for d in m["documents"]:
        ok(list(d) == keys, f"manifest keys order {list(d)}")
        ok(os.path.exists(os.path.join(ROOT, "corpus", d["file"])), f"missing {d['file']}")
        ok(isinstance(d["year"], int), "year int")
        ok(d["type"] in ("begroting", "jaarstukken", "bestuursrapportage", "voorjaarsnota", "kadernota", "raadsvoorstel"),
           "type")
        ok(d["source"] == "fictional evaluation document, written for held-out testing", "source text")
    return {d["municipality"] for d in m["documents"]}


BANNED = """Belvenmeer Hollestreek Wijnkerke Baarlemonde Stokkerveen Doornewaard Hemmerloo Kieversloot Ellewoude Dravenzijl
Zwinvaart Gerlebeek Ekkerwolde Mossinghe Vrijenhaven Stapperhoek Kortenhoeve Heuvelzate Ruigendal Slotenzijl Oudeheem Tolwerf
Eskerlaar Ketelum Noorderesch Zandheide Brederwijde Marrevelden Tolbergen Oldemarsum Beekstervelde Dommelrande Wielsbergen
Graspeel Molenrade Haverdonk Hallerbroek Luttervenen Heggenwolde Haverplassen Strienwolde Mentinkveld Bakkeloo
Wielenburg Vredenhoeve Oudemeeden Lindewaard Wolderkamp Hevelland Ravelingen Oosterbrugge Elsterwaarde Elster-Veenland Kroonmeren
Maerlebroek Duinwijck Hoogveldingen Harlebroek Veenoever Vlietlanden Brakelsveen Wolderstreek Hazelvoorde Zilverhorst Aldebrink
Tessemond Lutkeloo Ruttenhove Grevenschot Zuiderveste Pelsendrecht Nethervaart Kraaiendijk Sparrendonk Espelgaard Stellingmoer
Trimbeek Meerstromen Rodenvelde Moerwijde Zwanewaarde Geldermark Kestervaal Ravenskamp Olderhoeve Wedderloo Brummersveen
Sterkenbosch Averhorst Boekelstede Gansoord Hulskamp Lemmerik Ruinerhout Zwaaglo Dwarsloo Twenterand Dinkelland Wassenaar""".split()
BANNED.append("Ter Lunte")


def check_names():
    txt = (E.pdf_all() + E.html_text()).lower()
    for n in BANNED:
        ok(n.lower() not in txt, f"banned name in documents: {n}")


# ---------------------------------------------------------------------------
def check_pdf_structure():
    pdf = pikepdf.open(E.PDF)
    n = len(pdf.pages)
    ok(14 <= n <= 20, f"page count {n}")
    land = rot = tj = 0
    for pg in pdf.pages:
        mb = [float(x) for x in pg.MediaBox]
        if mb[2] > mb[3]:
            land += 1
        c = pg.Contents.read_bytes()
        rot += c.count(b" 0 1 -1 0 ")
        tj += len(re.findall(rb"\] TJ", c))
        for name, font in pg.Resources.Font.items():
            ok(str(font.Subtype) == "/Type1" and str(font.Encoding) == "/WinAnsiEncoding", f"font {name}")
    ok(land >= 2, f"landscape pages {land}")
    ok(rot >= 12, f"rotated header strings {rot}")
    ok(tj >= 50, f"TJ arrays {tj}")
    txt = E.pdf_all()
    ok(len(txt) > 20000 and "Wat mag het kosten?" in txt, "extractable text")
    for p in range(1, n + 1):
        ok(f"Pagina {p} van {n}" in E.pdf_page(p) and "Programmabegroting 2028" in E.pdf_page(p), f"running header/number p{p}")
    ok("vervolg" in E.pdf_page(8) and "Realisatie 2026" in E.pdf_page(8), "continued table repeats its header")
    return n


PROG_PAGES = {1: (5, 5), 2: (7, 8), 3: (9, 9), 4: (11, 11)}


def check_programmes():
    out = {}
    for p in D.PROGRAMMES:
        pl, pb = PROG_PAGES[p["nr"]]
        sc = p["scale"]
        same = pl == pb
        lasten = [prow(pl, lab, 0) for lab, _ in p["lasten"]]
        baten = [prow(pb, lab, 1 if same and any(lab == l2 for l2, _ in p["lasten"]) else 0) for lab, _ in p["baten"]]
        tl, tb = prow(pl, "Totaal lasten"), prow(pb, "Totaal baten")
        saldo, toev = prow(pb, "Saldo van baten en lasten"), prow(pb, "Toevoegingen aan reserves")
        ontt, res = prow(pb, "Onttrekkingen aan reserves"), prow(pb, "Geraamd resultaat")
        for i in range(6):
            eq(sum(r[i] for r in lasten), tl[i], f"P{p['nr']} totaal lasten col {i}")
            eq(sum(r[i] for r in baten), tb[i], f"P{p['nr']} totaal baten col {i}")
            eq(tb[i] - tl[i], saldo[i], f"P{p['nr']} saldo col {i}")
            eq(saldo[i] - toev[i] + ontt[i], res[i], f"P{p['nr']} resultaat col {i}")
        for (lab, v), r in zip(p["lasten"], lasten):
            ok(r == v, f"P{p['nr']} printed lasten {lab}")
        for (lab, v), r in zip(p["baten"], baten):
            ok(r == v, f"P{p['nr']} printed baten {lab}")
        out[p["nr"]] = {"saldo": saldo, "toev": toev, "ontt": ontt, "baten": tb, "scale": sc}
    return out


def kround(v, sc):
    return D.k(v, sc)


def check_overview(progs):
    rows = []
    for p in D.PROGRAMMES:
        r = prow(4, f"Programma {p['nr']} {p['name']}")
        rows.append(r)
        for j in range(4):
            eq(r[j], kround(progs[p["nr"]]["saldo"][j + 2], p["scale"]), f"overview P{p['nr']} = programme saldo, col {j}")
    adm = prow(4, "Algemene dekkingsmiddelen")
    ovh, vpb, onv = prow(4, "Overhead"), prow(4, "Vennootschapsbelasting"), prow(4, "Onvoorzien")
    saldo, toev, ontt, res = (prow(4, "Saldo van baten en lasten"), prow(4, "Toevoegingen aan reserves"),
                              prow(4, "Onttrekkingen aan reserves"), prow(4, "Geraamd resultaat"))
    adm_t = prow(12, "Totaal algemene dekkingsmiddelen")
    adm_rows = [prow(12, lab) for lab, _ in D.ADM]
    ovh12 = prow(12, "Overhead (lasten)")
    vpb12, onv12 = prow(12, "Vennootschapsbelasting (lasten)"), prow(12, "Onvoorzien (lasten)")
    for i in range(6):
        eq(sum(r[i] for r in adm_rows), adm_t[i], f"ADM total col {i}")
    for j in range(4):
        eq(adm[j], adm_t[j + 2], f"overview ADM = table 7.1, col {j}")
        eq(-ovh[j], ovh12[j + 2], f"overview overhead col {j}")
        eq(-vpb[j], vpb12[j + 2], f"overview vpb col {j}")
        eq(-onv[j], onv12[j + 2], f"overview onvoorzien col {j}")
        eq(sum(r[j] for r in rows) + adm[j] + ovh[j] + vpb[j] + onv[j], saldo[j], f"overview saldo col {j}")
        eq(sum(kround(progs[n]["toev"][j + 2], progs[n]["scale"]) for n in progs), toev[j], f"overview toev col {j}")
        eq(sum(kround(progs[n]["ontt"][j + 2], progs[n]["scale"]) for n in progs), ontt[j], f"overview ontt col {j}")
        eq(saldo[j] - toev[j] + ontt[j], res[j], f"overview resultaat col {j}")
    ok(f"positief resultaat van € {res[0] * K:,}".replace(",", ".") in E.pdf_text(4), "prose resultaat 2028")
    ok(f"nadeel van € {abs(res[1]) * K:,}".replace(",", ".") in E.pdf_text(4), "prose resultaat 2029")
    return res, toev, ontt, adm_rows


def check_incidenteel_structureel(res, progs, adm_rows):
    # rows are found by programme prefix + description (unique on page 12)
    il = [prow(12, lab_prefix(pr) + " " + oms) for pr, oms, _ in D.INC_LASTEN]
    ib = [prow(12, lab_prefix(pr) + " " + oms) for pr, oms, _ in D.INC_BATEN]
    til, tib = prow(12, "Totaal incidentele lasten"), prow(12, "Totaal incidentele baten")
    s_res, s_il = prow(13, "Begrotingssaldo (geraamd resultaat)"), prow(13, "Bij: incidentele lasten")
    s_ib, s_s = prow(13, "Af: incidentele baten"), prow(13, "Structureel begrotingssaldo")
    for j in range(4):
        eq(sum(r[j] for r in il), til[j], f"incidentele lasten total col {j}")
        eq(sum(r[j] for r in ib), tib[j], f"incidentele baten total col {j}")
        eq(s_res[j], res[j], f"structureel: resultaat = overview col {j}")
        eq(s_il[j], til[j], f"structureel: inc lasten col {j}")
        eq(s_ib[j], tib[j], f"structureel: inc baten col {j}")
        eq(s_res[j] + s_il[j] - s_ib[j], s_s[j], f"structureel saldo col {j}")
    # incidental reserve withdrawals must be part of the programmes' onttrekkingen
    for pr, oms, v in D.INC_BATEN:
        if pr.isdigit():
            for j in range(4):
                ok(v[j] * K <= progs[int(pr)]["ontt"][j + 2] * (1 if progs[int(pr)]["scale"] == 1 else K),
                   f"incidental onttrekking {oms} within programme onttrekkingen")
    # kengetal structurele exploitatieruimte = structureel saldo / totale baten * 100
    ken = prow(13, "3. Structurele exploitatieruimte")
    for j in range(4):
        tb = sum(kround(progs[n]["baten"][j + 2], progs[n]["scale"]) for n in progs)
        tb += sum(r[j + 2] for r in adm_rows if r[j + 2] > 0)
        eq(round(s_s[j] / tb * 100, 2), ken[j + 2], f"structurele exploitatieruimte col {j}", 1e-9)


def lab_prefix(pr):
    return ("Progr. " + pr) if pr.isdigit() else ("Alg. dekk." if pr == "ADM" else pr)


def check_lastendruk():
    for lab, eh, a, b, nd in D.TARIEVEN:
        r = E.pdf_row(14, lab)
        pa, pb, pct = P(r[1]), P(r[2]), P(r[3])
        eq(pa, a, f"tarief {lab} 2027")
        eq(pb, b, f"tarief {lab} 2028")
        eq(round((pb / pa - 1) * 100, 1), pct, f"tarief {lab} change")
    woz = prow(14, "Gemiddelde WOZ-waarde woning")
    ozb, tot = prow(14, "Onroerendezaakbelasting (eigenaar)"), prow(14, "Totale woonlasten")
    # lines starting with 'Afvalstoffenheffing': #0 and #1 are the tarief rows of table 9.1, #2 is table 9.2
    afv = [P(t) for t in E.pdf_row(14, "Afvalstoffenheffing", 2)]
    rio = [P(t) for t in E.pdf_row(14, "Rioolheffing", 1)]
    ozb_t = [P(E.pdf_row(14, "OZB woningen, eigenaar")[1]), P(E.pdf_row(14, "OZB woningen, eigenaar")[2])]
    afv_t = P(E.pdf_row(14, "Afvalstoffenheffing meerpersoonshuishouden")[2])
    for i in range(2):
        eq(round(ozb_t[i] / 100 * woz[i], 2), ozb[i], f"woonlasten OZB col {i}", 1e-6)
        eq(round(ozb[i] + afv[i] + rio[i], 2), tot[i], f"woonlasten totaal col {i}", 1e-6)
    eq(afv[1], afv_t, "woonlasten afval = tarief meerpersoons")
    for r in (woz, ozb, afv, rio, tot):
        eq(round((r[1] / r[0] - 1) * 100, 1), r[2], "woonlasten change %", 1e-9)


def check_reserves(toev, ontt):
    tots = {}
    for items, tot_label in ((D.RESERVES, "Totaal reserves"), (D.VOORZIENINGEN, "Totaal voorzieningen")):
        rows = [prow(15, lab) for lab, *_ in items]
        for (lab, *_), r in zip(items, rows):
            eq(r[0] + r[1] - r[2], r[3], f"reserve movement {lab}")
        t = prow(15, tot_label)
        for i in range(4):
            eq(sum(r[i] for r in rows), t[i], f"{tot_label} col {i}")
        tots[tot_label] = t
    eq(tots["Totaal reserves"][1], toev[0] * K, "reserves toevoegingen 2028 = overview")
    eq(tots["Totaal reserves"][2], ontt[0] * K, "reserves onttrekkingen 2028 = overview")


def check_invest():
    rows = []
    for nr, oms, prog, v in D.INVESTERINGEN:
        p = "Overhead" if prog == "Overhead" else f"Progr. {prog}"
        r = prow(16, f"{nr}. {oms} ({p})")
        eq(sum(r[:4]), r[4], f"investering {oms} row total")
        ok(r[:4] == v, f"investering {oms} printed")
        rows.append(r)
    t = prow(16, "Totaal investeringen")
    for i in range(5):
        eq(sum(r[i] for r in rows), t[i], f"investeringen total col {i}")


def check_pdf_misc():
    ok(E.pdf_row(3, "Aantal inwoners")[0] == "41.380", "inwonertal printed")
    ok(E.pdf_row(3, "Aantal woningen")[0] == "18.645", "woningen printed")
    ken = D.kengetallen()
    for lab, v in ken:
        r = prow(13, lab)
        ok(r == v, f"kengetal {lab} printed")
    for ind, eh, jr, v, nl, bron in D.INDICATOREN:
        key = ind if len(ind) < 34 else ind[:33].rsplit(" ", 1)[0]
        r = E.pdf_row(17, key)
        ok(r[1] == str(jr) and r[2] == v and r[3] == (nl or "n.b."), f"indicator {ind}")
    for lab in ("x € 1.000", "bedragen in euro's", "Bedragen x € 1.000"):
        ok(lab in E.pdf_all(), f"scale note {lab}")


# ---------------------------------------------------------------------------
def hrow(t, label, nth=0):
    return [P(x) if x not in ("", "S", "I") else x for x in E.html_row(t, label, nth)]


def check_html():
    raw = open(E.HTML, encoding="utf-8").read()
    for pat, msg in ((r"<colgroup>", "colgroup"), (r"<col width=", "col width"), (r'rowspan="2"', "rowspan"),
                     (r'colspan="3"', "colspan 3"), (r'colspan="4"', "colspan 4"), (r"&nbsp;", "nbsp"),
                     (r"€<br/>\d", "amount split by <br>"), (r"<sup>\d</sup>", "sup footnote marker"),
                     (r'<p class="kop-1-western"[^>]*>.*?\d\.&nbsp;', "numbered p-heading"), (r"<font face=", "font tag"),
                     (r'<span style="font-family', "span style"), (r'<td colspan="8"', "title row spanning all columns"),
                     (r"<p align=\"right\" style=", "p inside cells with inline style"),
                     (r'content="LibreOffice', "generator meta")):
        ok(re.search(pat, raw, re.S) is not None, f"HTML structure: {msg}")
    ok(not re.search(r"<h[1-6][^>]*>\s*[1357]\.", raw), "chapters 1/3/5/7 are <p> headings, not <hN>")
    ok(re.search(r"885<a class=\"sdfootnoteanc\"[^>]*><sup>2</sup>", raw) is not None, "footnote marker inside amount")

    f = D.vr_frame()
    lasten = [hrow(0, lab) for lab, _ in D.VR_LASTEN]
    tl, tb = hrow(0, "Totaal lasten"), hrow(0, "Totaal baten")
    bijdr, bdur, ovb = hrow(0, "Bijdragen deelnemende gemeenten"), hrow(0, "Rijksbijdrage (BDuR)"), hrow(0, "Overige baten")
    saldo, toev, ontt, res = hrow(0, "Saldo van baten en lasten"), hrow(0, "Toevoeging aan reserves"), \
        hrow(0, "Onttrekking aan reserves"), hrow(0, "Resultaat")
    for i in range(5):
        eq(sum(r[i] for r in lasten), tl[i], f"VR totaal lasten col {i}")
        eq(bijdr[i] + bdur[i] + ovb[i], tb[i], f"VR totaal baten col {i}")
        eq(tb[i] - tl[i], saldo[i], f"VR saldo col {i}")
        eq(saldo[i] - toev[i] + ontt[i], res[i], f"VR resultaat col {i}")
        eq(bijdr[i], f["bijdragen"][i], f"VR bijdragen = data col {i}")
    ok("Waarvan 490 uit de reserve egalisatie kapitaallasten en 395" in E.html_text() and 490 + 395 == ontt[1],
       "footnote 2 splits the 2030 onttrekking")
    # bridge
    br = [hrow(1, lab)[0] for lab, _ in D.bridge_2030()]
    eq(br[0], bijdr[0], "bridge start = bijdrage 2029")
    eq(br[-1], bijdr[1], "bridge end = bijdrage 2030")
    eq(sum(br[:-1]), br[-1], "bridge adds up")
    # indexation
    idx = []
    for lab, base, pct in D.INDEX:
        r = E.html_row(2, lab.split(" (")[0])
        b, pc, a = P(r[0]), P(r[1]), P(r[2])
        eq(round(b * pc / 100), a, f"index {lab}")
        idx.append(a)
    eq(sum(idx), P(E.html_row(2, "Totaal indexatie")[2]), "index total")
    eq(round(idx[0] / K), br[1], "bridge loonindexatie = index table")
    eq(round(idx[1] / K), br[2], "bridge prijsindexatie = index table")
    # nieuw beleid
    nb = [hrow(3, f"4.{i} {lab}") for i, (lab, si, v) in enumerate(D.NIEUW_BELEID, 1)]
    tot, s, inc = hrow(3, "Totaal nieuw beleid"), hrow(3, "waarvan structureel"), hrow(3, "waarvan incidenteel")
    for j in range(4):
        eq(sum(r[j + 1] for r in nb), tot[j + 1], f"nieuw beleid total col {j}")
        eq(sum(r[j + 1] for r in nb if r[0] == "S"), s[j + 1], f"nieuw beleid S col {j}")
        eq(sum(r[j + 1] for r in nb if r[0] == "I"), inc[j + 1], f"nieuw beleid I col {j}")
        eq(s[j + 1] + inc[j + 1], tot[j + 1], f"nieuw beleid S+I col {j}")
    eq(s[1], br[3], "bridge nieuw beleid = structureel 2030")
    # bijdragen per gemeente
    mem = [hrow(4, name) for name, _ in D.MEMBERS]
    t = hrow(4, "Totaal")
    eq(sum(r[0] for r in mem), t[0], "verdeelsleutel sums to 100")
    for yi in range(5):
        eq(sum(r[yi + 1] for r in mem), t[yi + 1], f"bijdragen per gemeente sum col {yi}")
        eq(t[yi + 1], bijdr[yi] * K, f"bijdragen total = frame col {yi}")
        for (name, _), r in zip(D.MEMBERS, mem):
            ok(abs(r[yi + 1] - t[yi + 1] * r[0] / 100) <= 1, f"bijdrage {name} col {yi} follows the key")
    ok(f"met {round((bijdr[1] / bijdr[0] - 1) * 100, 1):.1f}%".replace(".", ",") in E.html_text(), "prose stijging %")
    # risico's and weerstandsvermogen
    rk = [hrow(5, lab) for lab, _, _ in D.RISICOS]
    for (lab, _, _), r in zip(D.RISICOS, rk):
        eq(r[0] * r[1] / 100, r[2], f"risico {lab} gewogen")
    ben = hrow(5, "Benodigde weerstandscapaciteit")[2]
    eq(sum(r[2] for r in rk), ben, "benodigde weerstandscapaciteit")
    besch = [hrow(6, lab)[0] for lab, _ in D.WEERSTAND_BESCHIKBAAR]
    A, B = hrow(6, "Totaal beschikbare weerstandscapaciteit (A)")[0], hrow(6, "Benodigde weerstandscapaciteit (B)")[0]
    eq(sum(besch), A, "beschikbare weerstandscapaciteit")
    eq(B, ben, "B = risk table")
    eq(round(A / B, 2), hrow(6, "Ratio weerstandsvermogen")[0], "ratio")
    eq(besch[1], hrow(0, "Onvoorzien")[1] * K, "onvoorzien 2030 = frame")
    # reserves
    rs = [hrow(7, lab) for lab, *_ in D.VR_RESERVES]
    for (lab, *_), r in zip(D.VR_RESERVES, rs):
        eq(r[0] + r[1] - r[2], r[3], f"VR reserve {lab} 2030")
        eq(r[3] + r[4] - r[5], r[6], f"VR reserve {lab} 2031")
    tr_ = hrow(7, "Totaal reserves")
    for i in range(7):
        eq(sum(r[i] for r in rs), tr_[i], f"VR reserves total col {i}")
    eq(tr_[1], toev[1], "VR reserves toev 2030 = frame")
    eq(tr_[2], ontt[1], "VR reserves ontt 2030 = frame")
    eq(tr_[4], toev[2], "VR reserves toev 2031 = frame")
    eq(tr_[5], ontt[2], "VR reserves ontt 2031 = frame")
    eq(rs[0][0] * K, besch[0], "algemene reserve = weerstand")
    eq(hrow(7, "Reserve incidentele dekking nieuw beleid")[2], inc[1], "reserve nieuw beleid covers incidental 2030")
    eq(hrow(7, "Reserve incidentele dekking nieuw beleid")[5], inc[2], "reserve nieuw beleid covers incidental 2031")


# ---------------------------------------------------------------------------
def check_cases(bodies):
    doc = yaml.safe_load(open(os.path.join(ROOT, "cases.yaml"), encoding="utf-8"))
    prov = json.load(open(os.path.join(HERE, "provenance.json"), encoding="utf-8"))
    ok(set(doc) == {"version", "cases"} and doc["version"] == 1, "cases.yaml top level")
    ids = [c["id"] for c in doc["cases"]]
    ok(len(ids) == len(set(ids)), "unique ids")
    kinds = {}
    allowed_case = {"id", "question", "municipality", "kind", "expect", "turns"}
    allowed_exp = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
    for c in doc["cases"]:
        ok(set(c) <= allowed_case, f"{c['id']} keys {set(c)}")
        if "municipality" in c:
            ok(c["municipality"] in bodies, f"{c['id']} scope")
        turns = c["turns"] if "turns" in c else [c]
        ok(("turns" in c) != ("question" in c), f"{c['id']} question xor turns")
        for ti, t in enumerate(turns):
            ok(isinstance(t.get("question"), str) and t["question"].strip(), f"{c['id']}#{ti} question")
            k = t.get("kind")
            ok(k in ("figure", "text", "refusal", "any"), f"{c['id']}#{ti} kind")
            kinds[k] = kinds.get(k, 0) + 1
            e = t.get("expect", {})
            ok(set(e) <= allowed_exp, f"{c['id']}#{ti} expect keys {set(e)}")
            if "municipality" in e:
                ok(e["municipality"] in bodies, f"{c['id']}#{ti} expect.municipality")
            if "unit" in e:
                ok(e["unit"] in ("EUR", "count", "percent", "grade"), f"{c['id']}#{ti} unit")
            if k == "refusal":
                ok("value" not in e and "accept" not in e, f"{c['id']}#{ti} refusal has no figure")
            if k == "text":
                ok(e.get("include") and e.get("municipality"), f"{c['id']}#{ti} text include")
                src = E.pdf_all() if e["municipality"] == "Vennebrugge" else E.html_text()
                for item in e["include"]:
                    alts = item if isinstance(item, list) else [item]
                    ok(any(a.lower() in src.lower() for a in alts), f"{c['id']}#{ti} include {alts} is in the document")
            if k == "figure":
                ok(("value" in e) != ("accept" in e), f"{c['id']}#{ti} value xor accept")
                ok(e.get("municipality") in bodies, f"{c['id']}#{ti} figure has municipality")
                key = f"{c['id']}#{ti}"
                ok(key in prov, f"{key} provenance")
                if key not in prov:
                    continue
                pv = prov[key]
                cells = pv["cells"]
                main = evaluate(cells[:pv["n_main"]], pv["expr"])
                alts = [evaluate([x], "x0") for x in cells[pv["n_main"]:]]
                expected = [main] + alts
                got = e["accept"] if "accept" in e else [e["value"]]
                ok(sorted(set(got)) == sorted(set(expected)), f"{key} expected {expected} vs yaml {got}")
                for cl in cells:
                    ok(cl["doc"] == ("pdf" if e["municipality"] == "Vennebrugge" else "html"),
                       f"{key} cell in the right document")
    return kinds


def main():
    bodies = check_manifest()
    check_names()
    n = check_pdf_structure()
    progs = check_programmes()
    res, toev, ontt, adm_rows = check_overview(progs)
    check_incidenteel_structureel(res, progs, adm_rows)
    check_lastendruk()
    check_reserves(toev, ontt)
    check_invest()
    check_pdf_misc()
    check_html()
    kinds = check_cases(bodies)
    print(f"PDF pages: {n}; checks passed: {N_OK[0]}; failed: {len(FAIL)}; turns per kind: {kinds}")
    for f in FAIL:
        print("FAIL:", f)
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main())
