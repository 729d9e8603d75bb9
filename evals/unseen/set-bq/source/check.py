"""Checks for evaluation set set-bq.

usage: python check.py [FACTSDIR]
  (run with an interpreter that has pdfplumber and PyYAML, e.g. /work/main/.venv/bin/python)

1. Every page of the two fictional PDFs carries "FICTIEF DOCUMENT"; their page counts match the manifest.
2. Every row the generators printed (FACTSDIR/*-facts.json, written by build.sh) is in the PDF text, and the
   generators' own consistency checks hold.
3. Independent of the generators, the printed numbers add up: programme tables, overviews, taakvelden,
   contributions per member, reserves, provisions, risks, balance sheets, EMU-saldo, structural balance,
   woonlasten, WNT and the proposed appropriation of the result are re-added from the printed rows.
4. Every case in ../cases.yaml: each '# printed p.N: "..."' string of its comment block is in the text of that
   page of the file named on its '# src:' line, and every figure turn's value and each of its accepted values
   is printed, in some scale, in one of those strings.
"""
import json
import os
import re
import sys

import pdfplumber
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
CORPUS = os.path.join(SET, "corpus")
HS = "havenschap-schelvenmonde-begroting-2026.pdf"
ST = "staverhorst-jaarstukken-2025.pdf"

ERRORS = []
NCHECK = [0]


def err(msg):
    ERRORS.append(msg)


def ok(cond, msg):
    NCHECK[0] += 1
    if not cond:
        err(msg)


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
    s = s.replace("\u2212", "-")
    return re.sub(r"\s+", " ", s).strip()


_PAGES = {}


def pages(fname):
    if fname not in _PAGES:
        path = os.path.join(CORPUS, fname)
        if fname.endswith(".txt"):
            with open(path, encoding="utf-8") as f:
                _PAGES[fname] = [norm(f.read())]
        else:
            with pdfplumber.open(path) as pdf:
                _PAGES[fname] = [norm(pg.extract_text() or "") for pg in pdf.pages]
    return _PAGES[fname]


NUM_RE = re.compile(r"\(?[-+]?\d{1,3}(?:\.\d{3})*(?:,\d+)?\)?%?|\(?[-+]?\d+(?:,\d+)?\)?%?")


def parse_num(tok):
    neg = tok.startswith("(") and tok.rstrip("%").endswith(")")
    t = tok.strip("()%").replace(".", "").replace(",", ".")
    v = float(t)
    if neg:
        v = -v
    return v


def nums(text, n=None):
    """numbers of a printed row; '-' (nothing) counts as 0 when it stands alone."""
    toks = []
    for tok in re.findall(r"\(?[-+]?\d[\d.,]*\)?%?|(?<=\s)-(?=\s|$)|–", " " + text):
        if tok in ("-", "–"):
            toks.append(0.0)
        else:
            toks.append(parse_num(tok))
    return toks[-n:] if n else toks


def in_text(needle, hay):
    """exact (normalised) containment, or: the part from the first amount on is contained and every label word
    occurs in the page (labels wrapped around their figures)."""
    needle = norm(needle)
    if needle in hay:
        return True
    m = re.search(r"(?:€ )?\(?[-+]?\d[\d.,]*\)?%?(?: |$)", needle)
    if not m:
        return False
    label, values = needle[:m.start()].strip(), needle[m.start():].strip()
    if values not in hay:
        return False
    return all(w in hay for w in label.split())


# ------------------------------------------------------------------ 1. pages
def check_pages():
    man = yaml.safe_load(open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8"))
    docs = {d["file"]: d for d in man["documents"]}
    for f in (HS, ST):
        pg = pages(f)
        ok(len(pg) == docs[f]["pages"], f"{f}: {len(pg)} pages, manifest says {docs[f]['pages']}")
        for i, t in enumerate(pg, 1):
            ok("FICTIEF DOCUMENT" in t, f"{f} p.{i}: no FICTIEF DOCUMENT")
        ok("FICTIEF" in docs[f]["title"], f"{f}: manifest title lacks FICTIEF")
    for d in man["documents"]:
        ok(os.path.exists(os.path.join(CORPUS, d["file"])), f"manifest file missing: {d['file']}")


# ------------------------------------------------------------------ 2. facts
def check_facts(factsdir):
    out = {}
    for f, name in ((HS, "havenschap-facts.json"), (ST, "staverhorst-facts.json")):
        path = os.path.join(factsdir, name)
        data = json.load(open(path, encoding="utf-8"))
        whole = " ".join(pages(f))
        for r in data["rows"]:
            ok(in_text(r["text"], whole), f"{f}: printed row not found: {r['text']!r}")
        for name_, a, b in data["checks"]:
            if isinstance(b, bool):
                ok(b, f"{f}: check {name_}")
            elif isinstance(b, str):
                places = len(b.split(",")[1]) if "," in b else 0
                s = f"{a:.{places}f}".replace(".", ",")
                ok(s == b, f"{f}: check {name_}: {a} printed as {b}")
            else:
                ok(abs(a - b) < 1e-6, f"{f}: check {name_}: {a} != {b}")
        out[f] = data
    return out


# ------------------------------------------------------------------ 3. independent sums over printed rows
def rows_of(data, hint):
    return [(r["text"]) for r in data["rows"] if r["hint"] == hint]


def row(data, hint, label, n, occ=0):
    hits = [t for t in rows_of(data, hint) if t.startswith(label + " ") or t == label]
    if len(hits) <= occ:
        err(f"row not found: {hint}/{label}")
        return [0.0] * n
    return nums(hits[occ], n)


def eq(a, b, msg, tol=0.5):
    ok(abs(a - b) <= tol, f"{msg}: {a} != {b}")


def vsum(*vs):
    return [sum(x) for x in zip(*vs)]


def check_hs(data):
    n = 6
    L = ["Programma 1 Nautisch beheer en havenexploitatie", "Programma 2 Haventerreinen en gebiedsontwikkeling",
         "Programma 3 Veiligheid, milieu en duurzaamheid"]
    las = [row(data, "overzicht", l, n, 0) for l in L] + [row(data, "overzicht", l, n, 0) for l in
                                                          ("Overhead", "Onvoorzien", "Vennootschapsbelasting")]
    tl = row(data, "overzicht", "Totaal lasten", n)
    bat = [row(data, "overzicht", l, n, 1) for l in L] + [row(data, "overzicht", "Overhead", n, 1)] + \
          [row(data, "overzicht", l, n) for l in ("Bijdragen deelnemers", "Treasury (rente en dividend)")]
    tb = row(data, "overzicht", "Totaal baten", n)
    saldo = row(data, "overzicht", "Saldo van baten en lasten", n)
    toev = row(data, "overzicht", "Toevoegingen aan reserves", n)
    onttr = row(data, "overzicht", "Onttrekkingen aan reserves", n)
    res = row(data, "overzicht", "Geraamd resultaat", n)
    for j in range(n):
        eq(sum(r[j] for r in las), tl[j], f"HS overzicht lasten col {j}")
        eq(sum(r[j] for r in bat), tb[j], f"HS overzicht baten col {j}")
        eq(tb[j] - tl[j], saldo[j], f"HS overzicht saldo col {j}")
        eq(saldo[j] + toev[j] + onttr[j], res[j], f"HS overzicht resultaat col {j}")
    tot_toev = [0.0] * n
    tot_onttr = [0.0] * n
    for i, p in enumerate(("P1", "P2", "P3")):
        l_, b_ = row(data, p, "Lasten", n), row(data, p, "Baten", n)
        s_ = row(data, p, "Saldo van baten en lasten", n)
        t_, o_ = row(data, p, "Toevoegingen aan reserves", n), row(data, p, "Onttrekkingen aan reserves", n)
        r_ = row(data, p, "Resultaat programma", n)
        tot_toev = vsum(tot_toev, t_)
        tot_onttr = vsum(tot_onttr, o_)
        for j in range(n):
            eq(l_[j], las[i][j], f"HS {p} lasten = overzicht col {j}")
            eq(b_[j], bat[i][j], f"HS {p} baten = overzicht col {j}")
            eq(b_[j] - l_[j], s_[j], f"HS {p} saldo col {j}")
            eq(s_[j] + t_[j] + o_[j], r_[j], f"HS {p} resultaat col {j}")
        prow = rows_of(data, p)
        i_res = [i for i, t in enumerate(prow) if t.startswith("Resultaat programma")][0]
        devs = [nums(t, 1)[0] for t in prow[i_res + 1:]]
        eq(sum(devs), s_[2] - s_[1], f"HS {p} deviations 2026-2025")
    # reserve movements of the programmes plus the algemene reserve (4.1 minus programmes) equal the overview
    # taakvelden (euros, 2026 and 2027) add up and match the overview in thousands
    tv = rows_of(data, "taakveld")
    tot = None
    acc = [0.0] * 6
    for t in tv:
        v = nums(t, 6)
        if t.startswith("Totaal taakvelden"):
            tot = v
            continue
        for y in (0, 3):
            eq(v[y + 1] - v[y], v[y + 2], f"HS taakveld saldo {t[:20]}")
        acc = vsum(acc, v)
    for j in range(6):
        eq(acc[j], tot[j], f"HS taakveld totaal col {j}")
    eq(round(tot[0] / 1000), tl[2], "HS taakveld lasten 2026 ~ overzicht")
    eq(round(tot[1] / 1000), tb[2], "HS taakveld baten 2026 ~ overzicht")
    eq(round(tot[3] / 1000), tl[3], "HS taakveld lasten 2027 ~ overzicht")
    eq(round(tot[4] / 1000), tb[3], "HS taakveld baten 2027 ~ overzicht")
    # deelnemers: members add up, shares 50/30/20, totals = overview (x 1.000)
    dl = rows_of(data, "deelnemers")
    members = [t for t in dl if not t.startswith("Totaal")]
    total = nums([t for t in dl if t.startswith("Totaal")][0], 6)
    acc = [0.0] * 5
    for t in members:
        v = nums(t, 6)
        pct = v[0]
        for j in range(1, 6):
            eq(v[j], total[j] * pct / 100, f"HS deelnemer share {t[:25]} col {j}", tol=0.5)
        acc = vsum(acc, v[1:])
    for j in range(5):
        eq(acc[j], total[j + 1], f"HS deelnemers sum col {j}")
        eq(round(total[j + 1] / 1000), row(data, "overzicht", "Bijdragen deelnemers", n)[j + 1], f"HS deelnemers ~ overzicht {j}")
    # reserves (euros)
    rs = rows_of(data, "reserves")
    acc = [0.0] * 5
    totr = None
    for t in rs:
        v = nums(t, 5)
        if t.startswith("Totaal reserves"):
            totr = v
            continue
        eq(v[0] + v[1] + v[2], v[3], f"HS reserve {t[:30]}")
        acc = vsum(acc, v)
    for j in range(5):
        eq(acc[j], totr[j], f"HS reserves total col {j}")
    eq(totr[1] / 1000, -toev[2], "HS reserves toevoegingen 2026 = overzicht")
    eq(-totr[2] / 1000, onttr[2], "HS reserves onttrekkingen 2026 = overzicht")
    eq(totr[4] - totr[0], 1000 * (-sum(toev[2:]) - sum(onttr[2:])), "HS reserves 2026-2029 movements")
    vz = rows_of(data, "voorzieningen")
    acc = [0.0] * 4
    for t in vz:
        v = nums(t, 4)
        if t.startswith("Totaal"):
            for j in range(4):
                eq(acc[j], v[j], f"HS voorzieningen total col {j}")
            continue
        eq(v[0] + v[1] + v[2], v[3], f"HS voorziening {t[:30]}")
        acc = vsum(acc, v)
    # risks
    s = 0
    for t in rows_of(data, "risico"):
        v = nums(t)
        if t.startswith("Totaal"):
            eq(s, v[-1], "HS risks total")
            continue
        b_, k_, i_ = v[-3:]
        eq(b_ * k_ / 100, i_, f"HS risk {t[:30]}")
        s += i_
    # balans
    bl = rows_of(data, "balans")
    names_a = ["Materiële vaste activa", "Financiële vaste activa", "Voorraden (bouwgronden in exploitatie)",
               "Uitzettingen korter dan één jaar", "Liquide middelen", "Overlopende activa"]
    names_p = ["Eigen vermogen", "Voorzieningen", "Vaste schulden (langlopende leningen)", "Netto vlottende schulden",
               "Overlopende passiva"]
    A = vsum(*[row(data, "balans", nm, 3) for nm in names_a])
    P = vsum(*[row(data, "balans", nm, 3) for nm in names_p])
    ta, tp = row(data, "balans", "Totaal activa", 3), row(data, "balans", "Totaal passiva", 3)
    for j in range(3):
        eq(A[j], ta[j], f"HS activa {j}")
        eq(P[j], tp[j], f"HS passiva {j}")
        eq(ta[j], tp[j], f"HS balans {j}")
    ev = row(data, "balans", "Eigen vermogen", 3)
    eq(ev[1], round(totr[0] / 1000), "HS eigen vermogen 2025 = reserves 1-1-2026")
    eq(ev[2], round(totr[3] / 1000), "HS eigen vermogen 2026 = reserves 31-12-2026")
    # EMU
    em = rows_of(data, "emu")
    acc = [0.0] * 3
    for t in em:
        v = nums(t, 3)
        if t.startswith("EMU-saldo"):
            for j in range(3):
                eq(acc[j], v[j], f"HS EMU col {j}")
            continue
        acc = vsum(acc, v)
    eq(row(data, "emu", "Exploitatiesaldo vóór toevoeging aan en onttrekking uit reserves", 3)[1], saldo[2], "HS EMU saldo = overzicht")
    # incidental and structural
    il = [nums(t, 4) for t in rows_of(data, "incid") if not t.startswith(("Totaal", "Structureel"))]
    eq(sum(v[0] for v in il), row(data, "incid", "Totaal incidentele lasten", 4)[0], "HS incidentele lasten 2026")
    # tariffs: 2026 = 2025 x 1,028 rounded
    for t in rows_of(data, "tarieven"):
        a, b_ = nums(t, 2)
        d = len(t.split()[-1].split(",")[1])
        eq(round(a * 1.028, d), b_, f"HS tarief {t[:30]}", tol=1e-9)
    # key sentences on p.3
    p3 = pages(HS)[2]
    ok(f"tekort van € {int(-res[4] * 1000):,}".replace(",", ".") in p3, "HS tekort 2028 sentence")


def check_st(data):
    C = 3
    for pk in ("P1", "P2", "P3", "P4"):
        l_, b_ = row(data, pk, "Lasten", 5), row(data, pk, "Baten", 5)
        s_ = row(data, pk, "Saldo van baten en lasten", 5)
        t_, o_ = row(data, pk, "Toevoegingen aan reserves", 5), row(data, pk, "Onttrekkingen aan reserves", 5)
        r_ = row(data, pk, "Resultaat", 5)
        for j in range(C):
            eq(b_[j] - l_[j], s_[j], f"ST {pk} saldo {j}")
            eq(s_[j] - t_[j] + o_[j], r_[j], f"ST {pk} resultaat {j}")
        # verschil column against W and R
        eq(abs(l_[2] - l_[1]), l_[3], f"ST {pk} verschil lasten")
        eq(abs(b_[2] - b_[1]), b_[3], f"ST {pk} verschil baten")
        eq(abs(r_[2] - r_[1]), r_[3], f"ST {pk} verschil resultaat")
        # analyse: the items under "Lasten: per saldo" / "Baten: per saldo" add up (V = +, N = -) to that header,
        # and the header equals the table's difference x 1.000 with the same V/N
        items = rows_of(data, pk)
        for word, lr in (("Lasten", l_), ("Baten", b_)):
            hdr = [i for i, t in enumerate(items) if t.startswith(word + ": per saldo")]
            if not hdr:
                err(f"ST {pk} no analysis header {word}")
                continue
            i0 = hdr[0]
            sign = {"V": 1, "N": -1}
            head = items[i0]
            hv = nums(head, 1)[0] * sign.get(head.split()[-1], 0)
            acc = 0.0
            for t in items[i0 + 1:]:
                if t.startswith(("Lasten: per saldo", "Baten: per saldo")) or not re.search(r": € [\d.]+ [VN]$", t):
                    break
                acc += nums(t, 1)[0] * sign[t.split()[-1]]
            eq(acc, hv, f"ST {pk} analyse {word}")
            eq(abs(hv), lr[3] * 1000, f"ST {pk} analyse {word} = verschil")
    ov = rows_of(data, "overzicht")

    def orow(label, occ=0):
        hits = [t for t in ov if t.startswith(label + " ")]
        return nums(hits[occ], 4)[:4] if hits else [0] * 4

    labs = ["1. Bestuur en veiligheid", "2. Ruimte, wonen en mobiliteit", "3. Sociaal domein", "4. Economie, cultuur en sport"]
    las = [orow(l, 0) for l in labs] + [orow("Overhead", 0), orow("Algemene dekkingsmiddelen", 0), orow("Vennootschapsbelasting")]
    bat = [orow(l, 1) for l in labs] + [orow("Overhead", 1), orow("Algemene dekkingsmiddelen", 1)]
    tl, tb = orow("Totaal lasten"), orow("Totaal baten")
    sal = orow("Gerealiseerd totaal saldo van baten en lasten")
    tv, on = orow("Toevoegingen aan reserves"), orow("Onttrekkingen aan reserves")
    res = orow("Gerealiseerd resultaat")
    for j in range(C):
        eq(sum(r[j] for r in las), tl[j], f"ST overzicht lasten {j}")
        eq(sum(r[j] for r in bat), tb[j], f"ST overzicht baten {j}")
        eq(tb[j] - tl[j], sal[j], f"ST overzicht saldo {j}")
        eq(sal[j] - tv[j] + on[j], res[j], f"ST overzicht resultaat {j}")
    for i, pk in enumerate(("P1", "P2", "P3", "P4")):
        for j in range(C):
            eq(row(data, pk, "Lasten", 5)[j], las[i][j], f"ST {pk} lasten = overzicht {j}")
            eq(row(data, pk, "Baten", 5)[j], bat[i][j], f"ST {pk} baten = overzicht {j}")
    # inleiding one-glance equals overview
    for lab, ref in (("Totale lasten", tl), ("Totale baten", tb), ("Resultaat", res)):
        v = row(data, "inleiding", lab, 3)
        for j in range(C):
            eq(v[j], ref[j], f"ST inleiding {lab} {j}")
    # sociaal domein taakvelden
    acc = [0.0] * 3
    for t in rows_of(data, "sd"):
        v = nums(t, 3)
        if t.startswith("Totaal"):
            for j in range(3):
                eq(acc[j], v[j], f"ST sd total {j}")
            eq(round(v[0] / 1000), las[2][2], "ST sd lasten ~ programma 3")
            eq(round(v[1] / 1000), bat[2][2], "ST sd baten ~ programma 3")
            continue
        eq(v[1] - v[0], v[2], f"ST sd saldo {t[:20]}")
        acc = vsum(acc, v)
    # algemene dekkingsmiddelen
    ad = rows_of(data, "algdek")
    items = [nums(t, 3) for t in ad[:7]]
    totb = nums(ad[7], 3)
    for j in range(C):
        eq(sum(v[j] for v in items), totb[j], f"ST algdek baten {j}")
        eq(totb[j], bat[5][j], f"ST algdek = overzicht {j}")
    lasts = [nums(t, 3) for t in ad[8:11]]
    saldo_ad = nums(ad[11], 3)
    for j in range(C):
        eq(sum(v[j] for v in lasts), las[5][j], f"ST algdek lasten {j}")
        eq(totb[j] - sum(v[j] for v in lasts), saldo_ad[j], f"ST algdek saldo {j}")
    # reserves
    acc = [0.0] * 5
    for t in rows_of(data, "reserves"):
        v = nums(t, 5)
        if t.startswith("Totaal"):
            for j in range(5):
                eq(acc[j], v[j], f"ST reserves total {j}")
            eq(round(v[2] / 1000), tv[2], "ST reserves toevoegingen = overzicht")
            eq(round(-v[3] / 1000), on[2], "ST reserves onttrekkingen = overzicht")
            tot_res = v
            continue
        eq(v[0] + v[1] + v[2] + v[3], v[4], f"ST reserve {t[:30]}")
        acc = vsum(acc, v)
    acc = [0.0] * 5
    for t in rows_of(data, "voorzieningen"):
        v = nums(t, 5)
        if t.startswith("Totaal"):
            for j in range(5):
                eq(acc[j], v[j], f"ST voorzieningen total {j}")
            tot_vz = v
            continue
        eq(v[0] + v[1] + v[2] + v[3], v[4], f"ST voorziening {t[:30]}")
        acc = vsum(acc, v)
    # balans
    names_a = ["Immateriële vaste activa", "Materiële vaste activa", "Financiële vaste activa", "Voorraden",
               "Uitzettingen met een rentetypische looptijd korter dan één jaar", "Liquide middelen", "Overlopende activa"]
    names_p = ["Eigen vermogen", "Voorzieningen", "Vaste schulden", "Netto vlottende schulden", "Overlopende passiva"]
    A = vsum(*[row(data, "balans", nm, 2) for nm in names_a])
    P = vsum(*[row(data, "balans", nm, 2) for nm in names_p])
    ta, tp = row(data, "balans", "Totaal activa", 2), row(data, "balans", "Totaal passiva", 2)
    for j in range(2):
        eq(A[j], ta[j], f"ST activa {j}")
        eq(P[j], tp[j], f"ST passiva {j}")
        eq(ta[j], tp[j], f"ST balans {j}")
    ev = row(data, "balans", "Eigen vermogen", 2)
    parts = vsum(row(data, "balans", "- algemene reserve", 2), row(data, "balans", "- bestemmingsreserves", 2),
                 row(data, "balans", "- gerealiseerd resultaat", 2))
    for j in range(2):
        eq(parts[j], ev[j], f"ST eigen vermogen split {j}")
    eq(ev[0], round(tot_res[4] / 1000) + res[2], "ST eigen vermogen 2025 = reserves + resultaat")
    eq(row(data, "balans", "Voorzieningen", 2)[0], round(tot_vz[4] / 1000), "ST voorzieningen balans")
    eq(row(data, "balans", "- algemene reserve", 2)[0], round(nums(rows_of(data, "reserves")[0], 5)[4] / 1000), "ST alg reserve balans")
    # woonlasten
    wl = nums([t for t in rows_of(data, "heffingen") if t.startswith("Totale woonlasten")][0], 2)
    # weerstand
    s = 0
    for t in rows_of(data, "risico"):
        v = nums(t)
        if t.startswith("Benodigde"):
            eq(s, v[-1], "ST risks total")
            continue
        eq(v[-3] * v[-2] / 100, v[-1], f"ST risk {t[:30]}")
        s += v[-1]
    # WNT
    w = rows_of(data, "wnt")
    for i in range(0, len(w), 7):
        bel, ter, sub = nums(w[i + 2], 2), nums(w[i + 3], 2), nums(w[i + 4], 2)
        for j in range(2):
            eq(bel[j] + ter[j], sub[j], f"ST WNT subtotaal {i} {j}")
    # EMU
    acc = [0.0] * 2
    for t in rows_of(data, "emu"):
        v = nums(t, 2)
        if t.startswith("EMU-saldo "):
            for j in range(2):
                eq(acc[j], v[j], f"ST EMU {j}")
            continue
        acc = vsum(acc, v)
    # incidental
    il = [nums(t, 1)[0] for t in rows_of(data, "incid") if not t.startswith(("Totaal", "Structureel"))]
    eq(sum(il), nums([t for t in rows_of(data, "incid") if t.startswith("Totaal")][0], 1)[0], "ST incidentele lasten")
    # bestemming
    bs = rows_of(data, "bestemming")
    btot = [nums(t, 1)[0] for t in bs if t.startswith("Totaal")][0]
    eq(sum(nums(t, 1)[0] for t in bs if not t.startswith("Totaal")), btot, "ST resultaatbestemming")
    eq(btot, res[2] * 1000, "ST bestemming = resultaat")


# ------------------------------------------------------------------ 4. cases
def forms(v):
    out = set()
    v = float(v)
    av = abs(v)
    for scale, places in ((1, (0, 1, 2, 3, 4)), (1000, (0,)), (1_000_000, (0, 1, 2))):
        x = av / scale
        for d in places:
            if abs(x - round(x, d)) < 1e-9:
                s = f"{x:,.{d}f}"                      # 1,234.50
                s = s.replace(",", "_").replace(".", ",").replace("_", ".")
                out.add(s)
                if d == 0:
                    out.add(str(int(round(x))))       # printed without separator (1408)
                    out.add(f"{int(round(x)):,}".replace(",", " "))   # thin space as separator (7 050)
    return out


def contains_number(text, form):
    return re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", norm(text)) is not None


def check_cases():
    path = os.path.join(SET, "cases.yaml")
    raw = open(path, encoding="utf-8").read().splitlines()
    data = yaml.safe_load("\n".join(raw))
    ok(data.get("version") == 1, "cases.yaml version")
    # attach comment blocks to the following '- id:' or '- question:' line
    blocks = []
    cur = []
    for ln in raw:
        s = ln.strip()
        if s.startswith("#"):
            cur.append(s[1:].strip())
        elif s.startswith("- id:") or s.startswith("- question:"):
            blocks.append(cur)
            cur = []
        elif s == "":
            continue
    turns = []
    ids = set()
    for c in data["cases"]:
        ok(c["id"] not in ids, f"duplicate id {c['id']}")
        ids.add(c["id"])
        if "turns" in c:
            turns.append((c["id"], None))    # the case line itself (no question)
            for t in c["turns"]:
                turns.append((c["id"], t))
        else:
            turns.append((c["id"], c))
    ok(len(blocks) == len(turns), f"comment blocks {len(blocks)} != case/turn lines {len(turns)}")
    counts = {}
    src = None
    last_case = None
    for (cid, t), block in zip(turns, blocks):
        if cid != last_case:
            src = None          # a 'src: same ...' line in a later turn refers to the file of the turn before
            last_case = cid
        if t is None:
            continue
        kind = t["kind"]
        counts[kind] = counts.get(kind, 0) + 1
        printed = []
        for ln in block:
            m = re.match(r"src: (\S+\.(?:pdf|txt))\b", ln)
            if m:
                src = m.group(1)
            m = re.match(r'printed(?: p\.(\d+))?: "(.*)"$', ln)
            if m:
                printed.append((int(m.group(1)) if m.group(1) else None, m.group(2)))
        if kind in ("figure", "text"):
            ok(src is not None and printed, f"{cid}: figure/text turn without src/printed comment")
        if src and printed:
            pg = pages(src)
            for pno, s in printed:
                hay = pg[pno - 1] if pno else " ".join(pg)
                ok(in_text(s, hay), f"{cid}: printed string not on {src} p.{pno}: {s!r}")
        if kind == "figure":
            e = t["expect"]
            vals = ([e["value"]] if "value" in e else []) + list(e.get("accept", []))
            for v in vals:
                hit = any(contains_number(s, f) for f in forms(v) for _, s in printed)
                ok(hit, f"{cid}: expected/accepted value {v} is not in its printed strings")
        if kind == "text":
            whole = " ".join(pages(src)).lower()
            for item in t["expect"].get("include", []):
                alts = item if isinstance(item, list) else [item]
                ok(any(a.lower() in whole for a in alts), f"{cid}: include {alts} not in {src}")
    return counts


def main():
    factsdir = sys.argv[1] if len(sys.argv) > 1 else None
    check_pages()
    if factsdir:
        facts = check_facts(factsdir)
        check_hs(facts[HS])
        check_st(facts[ST])
    counts = check_cases()
    print(f"checks: {NCHECK[0]}, turns by kind: {counts}")
    if ERRORS:
        print(f"{len(ERRORS)} FAILED:")
        for e in ERRORS:
            print("  -", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
