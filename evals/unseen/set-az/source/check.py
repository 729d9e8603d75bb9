"""Verify set-az from the finished documents only (pdftotext / pdfplumber / pypdf; never imports data.py).

- FORMAT.md version 1 compliance of ../cases.yaml; manifest; byte-identical copies of the four real documents;
- every figure (value, accept, NOT-accepted 'other') re-located at its recorded place in provenance.json, the
  derivations recomputed, values equal to the expect of the case;
- text passages and include groups present; refusal rules; any-turns;
- the add-ups of both new documents, read back from the PDFs (totals, saldi, reserves, indexation, deviations);
- the layout features (printed as a checklist).

Usage: python check.py SET_DIR
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pdfplumber
import yaml
from pypdf import PdfReader

import extract as x

SET = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent).resolve()
CORPUS = SET / "corpus"
SRC_CORPUS = Path("/work/main/corpus")
HERE = Path(__file__).resolve().parent
CO = "collectie-overijssel-begroting-2026.pdf"
TW = "twenterand-najaarsnota-2025.pdf"
REAL = ["twenterand-programmabegroting-2020-sociaal-domein.txt", "dinkelland-begroting-2020-inclusieve-samenleving.txt",
        "wassenaar-begroting-2024.pdf", "collectie-overijssel-jaarstukken-2023.pdf"]
ERR: list[str] = []
OK: list[str] = []


def P(name):
    return str(CORPUS / name)


def check(cond, msg):
    (OK if cond else ERR).append(msg)
    return cond


def D(v) -> Decimal:
    return Decimal(str(v))


# ================================================================== format
def check_format(cases_doc, manifest_names):
    check(cases_doc.get("version") == 1, "cases.yaml: version 1")
    cases = cases_doc.get("cases")
    check(isinstance(cases, list) and cases, "cases.yaml: a list of cases")
    ids = [c.get("id") for c in cases]
    check(len(ids) == len(set(ids)) and all(ids), "cases.yaml: ids unique and present")
    allowed_case = {"id", "question", "municipality", "kind", "expect", "turns"}
    allowed_turn = {"question", "kind", "expect"}
    allowed_exp = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
    kinds = {}
    for c in cases:
        check(set(c) <= allowed_case, f"{c['id']}: only known keys")
        if "municipality" in c:
            check(c["municipality"] in manifest_names, f"{c['id']}: scope is a manifest municipality")
        turns = c["turns"] if "turns" in c else [c]
        check(("turns" in c) != ("question" in c), f"{c['id']}: question xor turns")
        for t in turns:
            if "turns" in c:
                check(set(t) <= allowed_turn, f"{c['id']}: turn keys")
            k = t.get("kind")
            kinds[k] = kinds.get(k, 0) + 1
            check(k in ("figure", "text", "refusal", "any"), f"{c['id']}: kind {k}")
            e = t.get("expect", {})
            check(set(e) <= allowed_exp, f"{c['id']}: expect keys")
            check("signed" not in e, f"{c['id']}: signed never set")
            if "municipality" in e:
                check(e["municipality"] in manifest_names, f"{c['id']}: expect.municipality in manifest")
            if k == "figure":
                check(isinstance(e.get("value"), (int, float)), f"{c['id']}: figure value is a number")
                check(e.get("unit") in ("EUR", "count", "percent", "grade"), f"{c['id']}: unit")
                check("municipality" in e, f"{c['id']}: figure has expect.municipality")
                for a in e.get("accept", []):
                    check(isinstance(a, (int, float)), f"{c['id']}: accept numbers")
            if k == "text":
                inc = e.get("include")
                check(isinstance(inc, list) and inc and all(
                    isinstance(i, str) or (isinstance(i, list) and i and all(isinstance(j, str) for j in i))
                    for i in inc), f"{c['id']}: include items are strings or lists of strings")
            if k == "refusal":
                check(not e, f"{c['id']}: refusal has no expect")
    return kinds


def check_manifest():
    text = (CORPUS / "manifest.yaml").read_text(encoding="utf-8")
    check("FICTIONAL" in text.split("documents:")[0], "manifest: header comment says the new documents are fictional")
    docs = yaml.safe_load(text)["documents"]
    check(len(docs) == 6, "manifest: six documents")
    for dd in docs:
        check(set(dd) == {"file", "municipality", "year", "type", "title"}, f"manifest {dd.get('file')}: keys")
        check((CORPUS / dd["file"]).exists(), f"manifest {dd['file']}: file exists")
    real = {o["file"]: o for o in yaml.safe_load((SRC_CORPUS / "manifest.yaml").read_text())["documents"]} \
        if (SRC_CORPUS / "manifest.yaml").exists() else {}
    for f in REAL:
        if (SRC_CORPUS / f).exists():
            h1 = hashlib.sha256((SRC_CORPUS / f).read_bytes()).hexdigest()
            h2 = hashlib.sha256((CORPUS / f).read_bytes()).hexdigest()
            check(h1 == h2, f"copy of {f} is byte-identical")
            m = [dd for dd in docs if dd["file"] == f][0]
            check(all(m[k] == real[f][k] for k in ("municipality", "year", "type", "title")), f"manifest {f}: as main")
    names = {dd["municipality"] for dd in docs}
    byfile = {dd["file"]: dd for dd in docs}
    check(byfile[CO]["municipality"] == byfile["collectie-overijssel-jaarstukken-2023.pdf"]["municipality"],
          "manifest: the new Collectie Overijssel document has the name of the real one")
    check(byfile[TW]["municipality"] == byfile["twenterand-programmabegroting-2020-sociaal-domein.txt"]["municipality"],
          "manifest: the Twenterand najaarsnota has the name of the real Twenterand document")
    for f in (CO, TW):
        first = x.pdf_pages(P(f), layout=False)[0]
        check("FICTIEF DOCUMENT" in first and "verzonnen" in first, f"{f}: says on its first page that it is fictional")
    return names, byfile


# ================================================================== provenance
def relocate(s):
    """re-read one source from the PDFs/text; returns the value."""
    path = P(s["document"])
    if s["kind"] == "cell":
        r = x.locate_cell(path, s["caption"], s["caption_position"], s["row"], s["column_index"], s["occurrence"])
        check(r["page"] == s["page"] and r["token"] == s["printed"],
              f"cell {s['document']} {s['caption']} / {s['row']} / {s['column']}: '{s['printed']}' on p.{s['page']}")
        page = x.pdf_pages(path)[r["page"] - 1]
        # the scale statement
        f = s["scale"]
        if f == 1000:
            lines = page.split("\n")
            cap = [ln for ln in lines if ln.strip().startswith(s["caption"])][0]
            ok = "x € 1.000" in cap or re.search(r"Bedragen x € 1\.000", page) is not None
            check(ok, f"scale x € 1.000 printed for {s['caption']} (caption or note)")
        elif s["scale_statement"] in ("percent",):
            check(s["printed"].endswith("%"), f"percent cell printed with '%': {s['printed']}")
    elif s["kind"] == "prose":
        pages = x.page_of_prose(path, s["quote"])
        check(pages == [s["page"]], f"prose on p.{s['page']}: {s['quote'][:60]}")
    elif s["kind"] == "real_text":
        lines = x.locate_real_text(path, s["line"])
        check(len(lines) >= 1 and s["line"] in lines, f"real text line: {s['line'][:60]}")
    elif s["kind"] == "real_pdf":
        r = x.real_pdf_row(path, s["page"], s["row"], s["column_index"])
        check(r["token"] == s["printed"], f"real pdf {s['document']} p.{s['page']} {s['row']}: {s['printed']}")
    v = x.parse_nl(s["printed"]) * D(s["scale"])
    check(v == D(s["value"]), f"value of {s.get('row', s.get('quote', ''))[:40]} = printed x scale")
    return v


def recompute(op, vals):
    if op is None:
        return vals[0]
    if op == "diff":
        return vals[0] - vals[1]
    if op == "diff_abs":
        return abs(vals[0]) - abs(vals[1])
    if op == "sum":
        return sum(vals)
    if op == "share":
        return (vals[0] / vals[1] * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if op == "div":
        return (vals[0] / vals[1]).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    raise ValueError(op)


def norm_ci(s):
    return x.norm(s).lower()


def check_cases(cases_doc, prov, byfile):
    docs_of = {}
    for f, dd in byfile.items():
        docs_of.setdefault(dd["municipality"], []).append(f)
    for c in cases_doc["cases"]:
        turns = c["turns"] if "turns" in c else [c]
        pt = prov[c["id"]]
        check(len(pt) == len(turns), f"{c['id']}: provenance per turn")
        for t, p in zip(turns, pt):
            check(t["kind"] == p["kind"], f"{c['id']}: kind in provenance")
            e = t.get("expect", {})
            if t["kind"] == "figure":
                m = p["main"]
                vals = [relocate(s) for s in m["sources"]]
                v = recompute(m["op"], vals)
                check(abs(D(e["value"]) - v) <= D(e.get("tolerance", 0)) and D(e["value"]) == D(m["value"]),
                      f"{c['id']}: value {e['value']} = {m['derivation'] or 'the cell'}")
                accepted = {abs(D(a)) for a in e.get("accept", [])} | {abs(D(e["value"]))}
                for a in p["accept"]:
                    av = recompute(a["op"], [relocate(s) for s in a["sources"]])
                    check(abs(av) in accepted and D(a["value"]) == av, f"{c['id']}: accepted {a['value']} re-derived")
                for o in p["other"]:
                    ov = relocate(o)
                    check(all(abs(abs(ov) - q) > D(e.get("tolerance", 0)) for q in accepted),
                          f"{c['id']}: NOT-accepted {ov} stays out of value/accept")
                muni = byfile[m["sources"][0]["document"]]["municipality"]
                check(e["municipality"] == muni, f"{c['id']}: municipality is that of the answer's document")
                if e["unit"] == "percent":
                    check(all(s.get("printed", "").endswith("%") for s in m["sources"] if s["kind"] == "cell")
                          or m["op"] == "share", f"{c['id']}: percent unit fits a percentage")
            elif t["kind"] == "text":
                w = p["where"]
                check(x.page_of_prose(P(w["document"]), w["quote"]) == [w["page"]], f"{c['id']}: text passage on p.{w['page']}")
                full = norm_ci(x.doc_text(P(w["document"])))
                for grp in e["include"]:
                    alts = [grp] if isinstance(grp, str) else grp
                    check(any(norm_ci(a) in full for a in alts), f"{c['id']}: include {alts} occurs in the document")
                check(e["municipality"] == byfile[w["document"]]["municipality"], f"{c['id']}: text municipality")
            elif t["kind"] == "refusal":
                covered = set()
                for r in p["absent"]:
                    ok = rule_holds(r)
                    check(ok, f"{c['id']}: refusal rule {r['rule']} {r.get('pattern', r.get('a', ''))}")
                    covered |= set(r["documents"])
                check(len(covered) >= 1, f"{c['id']}: refusal rules name documents")
            elif t["kind"] == "any":
                check("municipality" in e and e["municipality"] in docs_of, f"{c['id']}: any has a municipality")
                other = [f for f, dd in byfile.items() if dd["municipality"] != e["municipality"]]
                for ex in e.get("exclude", []):
                    check(any(ex in x.doc_text(P(f)) for f in other), f"{c['id']}: exclude '{ex}' names another body")


def sentences(text):
    t = re.sub(r"\s+", " ", text.replace("-\n", ""))
    return re.split(r"(?<=[.!?])\s+", t)


def rule_holds(r) -> bool:
    for f in r["documents"]:
        text = x.doc_text(P(f))
        if r["rule"] == "absent_regex":
            if re.search(r["pattern"], text):
                return False
        elif r["rule"] == "no_line_with_both":
            src = text if f.endswith(".txt") else "\n".join(x.pdf_pages(P(f)))
            if any(r["a"] in ln and r["b"] in ln for ln in src.split("\n")):
                return False
        elif r["rule"] == "no_sentence_with_both":
            if any(re.search(r["a"], s) and re.search(r["b"], s) for s in sentences(text)):
                return False
        elif r["rule"] == "header_line_exact":
            lines = text.split("\n")
            idx = [i for i, ln in enumerate(lines) if ln.strip() == r["after"]]
            if len(idx) != 1 or lines[idx[0] + 1].strip() != r["line"]:
                return False
        else:
            raise ValueError(r["rule"])
    return True


# ================================================================== add-ups read from the PDFs
def cv(doc, cap, pos, row, col, occ=0) -> Decimal:
    tok = x.locate_cell(P(doc), cap, pos, row, col, occ)["token"]
    return Decimal(0) if tok == "-" else x.parse_nl(tok)


def co(cap, row, col, occ=0):
    return cv(CO, cap, "below", row, col, occ)


def tw(cap, row, col, occ=0):
    return cv(TW, cap, "above", row, col, occ)


def pct_of(tok):
    return x.parse_nl(tok)


def check_co_sums():
    T2 = "Tabel 2:"
    progs = ["1. Collectie en depot", "2. Digitalisering en informatiediensten", "3. Publieksbereik en kennis",
             "4. Bedrijfsvoering"]
    parts = {1: ["1.1 Beheer collectie", "1.2 Depot en huisvesting", "1.3 Acquisitie en verwerving"],
             2: ["2.1 Digitalisering collecties", "2.2 E-depot", "2.3 Snelle Scanservice"],
             3: ["3.1 Studiezalen en klantcontact", "3.2 Educatie en presentatie", "3.3 Onderzoek en fellowships"],
             4: ["4.1 Management en staf", "4.2 ICT en informatiebeveiliging", "4.3 Kapitaallasten"]}
    dek = ["Bijdrage Het Rijk", "Bijdrage gemeente Zwolle", "Bijdrage gemeente Deventer", "Bijdragen DVO-partners",
           "Rentebaten"]
    ok = True
    for c in range(6):
        L = sum(co(T2, p, c) for p in progs)
        B = sum(co(T2, p, c, occ=1) for p in progs) + sum(co(T2, r, c) for r in dek)
        ok &= L == co(T2, "Totaal lasten", c) and B == co(T2, "Totaal baten", c)
        S = co(T2, "Saldo van baten en lasten", c)
        ok &= S == B - L
        ok &= co(T2, "Geraamd resultaat", c) == S - co(T2, "Toevoegingen aan reserves", c) + co(T2, "Onttrekkingen aan reserves", c)
        for n in range(1, 5):
            cap = f"Tabel {n + 2}:"
            tl = co(cap, f"Totaal lasten programma {n}", c)
            tb = co(cap, f"Totaal baten programma {n}", c)
            ok &= tl == sum(co(cap, r, c) for r in parts[n]) and tb == sum(co(cap, r, c, occ=1) for r in parts[n])
            ok &= co(cap, f"Saldo programma {n}", c) == tb - tl
            ok &= tl == co(T2, progs[n - 1], c) and tb == co(T2, progs[n - 1], c, occ=1)
        # Tabel 7 = Tabel 2
        T7 = "Tabel 7:"
        gr = ["Het Rijk", "Gemeente Zwolle", "Gemeente Deventer"]
        dvo = ["Provincie Overijssel", "Gemeente Dalfsen", "Gemeente Hardenberg", "Gemeente Olst-Wijhe", "Gemeente Raalte",
               "Gemeente Twenterand"]
        ok &= co(T7, "Subtotaal deelnemers", c) == sum(co(T7, r, c) for r in gr)
        ok &= co(T7, "Subtotaal DVO-partners", c) == sum(co(T7, r, c) for r in dvo)
        ok &= co(T7, "Totaal bijdragen", c) == co(T7, "Subtotaal deelnemers", c) + co(T7, "Subtotaal DVO-partners", c)
        ok &= co(T7, "Het Rijk", c) == co(T2, "Bijdrage Het Rijk", c) and co(T7, "Gemeente Zwolle", c) == co(T2, "Bijdrage gemeente Zwolle", c)
        ok &= co(T7, "Gemeente Deventer", c) == co(T2, "Bijdrage gemeente Deventer", c)
        ok &= co(T7, "Subtotaal DVO-partners", c) == co(T2, "Bijdragen DVO-partners", c)
    check(ok, "CO: Tabel 2 totals, saldo and resultaat; programme tables = their parts and = Tabel 2; Tabel 7 = Tabel 2")
    # Tabel 1 and Tabel 8: the indexation
    T1 = "Tabel 1:"
    w = pct_of(x.locate_cell(P(CO), T1, "below", "Aandeel loonkosten", 0)["token"]) / 100
    ok = True
    for c in range(4):
        l = pct_of(x.locate_cell(P(CO), T1, "below", "Loonindex (pLOVO)", c)["token"])
        p = pct_of(x.locate_cell(P(CO), T1, "below", "Prijsindex (pIMOC)", c)["token"])
        g = pct_of(x.locate_cell(P(CO), T1, "below", "Gewogen index", c)["token"])
        ok &= (w * l + (1 - w) * p).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) == g
    check(ok, "CO: gewogen index = aandeel loon x loonindex + rest x prijsindex (Tabel 1)")
    g26 = pct_of(x.locate_cell(P(CO), T1, "below", "Gewogen index", 0)["token"])
    T8 = "Tabel 8:"
    names = ["Het Rijk", "Gemeente Zwolle", "Gemeente Deventer", "Provincie Overijssel", "Gemeente Dalfsen",
             "Gemeente Hardenberg", "Gemeente Olst-Wijhe", "Gemeente Raalte", "Gemeente Twenterand"]
    ok = True
    for nm in names:
        b25, idx, b26 = (co(T8, nm, i) for i in range(3))
        ok &= (b25 * g26 / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) == idx and b25 + idx == b26
        ok &= (b26 / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP) == co("Tabel 7:", nm, 2)
        ok &= (b25 / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP) == co("Tabel 7:", nm, 1)
    for i in range(3):
        ok &= co(T8, "Totaal", i) == sum(co(T8, nm, i) for nm in names)
    check(ok, "CO: Tabel 8 bijdrage 2026 = 2025 n.w. + 3,21% (to the cent), totals, and = Tabel 7 rounded")
    z = co(T8, "Gemeente Zwolle", 2)
    check((z / 132870).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) == Decimal("13.80")
          and "132.870 inwoners" in x.doc_text(P(CO)), "CO: per inwoner Zwolle 13,80 = bijdrage / 132.870")
    dv = co(T8, "Gemeente Deventer", 2)
    check((dv / 102140).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) == Decimal("13.42")
          and "102.140 inwoners" in x.doc_text(P(CO)), "CO: per inwoner Deventer 13,42 = bijdrage / 102.140")
    # reserves
    T9, T10 = "Tabel 9:", "Tabel 10:"
    res = ["Algemene reserve", "Bestemmingsreserve Onderhoud", "Bestemmingsreserve Datakwaliteit",
           "Bestemmingsreserve Digitale", "Bestemmingsreserve Collectiecentrum"]
    ok = True
    for r in res + ["Totaal reserves"]:
        s1, t, o, s2, m = (co(T9, r, i) for i in range(5))
        ok &= s1 + t - o == s2 and s2 - s1 == m and co(T10, r, 0) == s2
    for i in range(5):
        ok &= co(T9, "Totaal reserves", i) == sum(co(T9, r, i) for r in res)
    for i in range(4):
        ok &= co(T10, "Totaal reserves", i) == sum(co(T10, r, i) for r in res)
    ok &= co(T9, "Totaal reserves", 1) == co(T2, "Toevoegingen aan reserves", 2)
    ok &= co(T9, "Totaal reserves", 2) == co(T2, "Onttrekkingen aan reserves", 2)
    for i in range(1, 4):
        ok &= co(T10, "Totaal reserves", i) == co(T10, "Totaal reserves", i - 1) + co(T2, "Toevoegingen aan reserves", 2 + i) \
            - co(T2, "Onttrekkingen aan reserves", 2 + i)
    ok &= co(T9, "Totaal reserves", 0) == co("Tabel 14:", "Eigen vermogen", 1)
    for i in range(4):
        ok &= co(T10, "Totaal reserves", i) == co("Tabel 14:", "Eigen vermogen", 2 + i)
    check(ok, "CO: reserves: stand + toevoeging - onttrekking = stand; Mutatie; totals = Tabel 2; Tabel 10 follows "
              "Tabel 2 movements; eigen vermogen in Tabel 14 = reserves")
    # investments
    T11 = "Tabel 11:"
    inv = {}
    ok = True
    page = x.pdf_pages(P(CO))[x.find_caption(P(CO), T11)[0][0] - 1]
    for m in re.finditer(r"(?:^|\s{2,})(\d{1,2}) ([A-Z][^\n]*?)\s+(20\d\d)\s+([\d.]+)\s+(\d+) jr\s+([\d.]+)", page, re.M):
        nr, name, yr, amt, term, afs = m.groups()
        inv[int(nr)] = (int(yr), x.parse_nl(amt), int(term), x.parse_nl(afs))
        ok &= x.parse_nl(amt) / int(term) == x.parse_nl(afs)
    ok &= sorted(inv) == list(range(1, 13))
    for y in range(2026, 2030):
        tot = sum(v[1] for v in inv.values() if v[0] == y)
        ok &= f"{y}: € {x_fmt(tot)}" in x.doc_text(P(CO))
    T12 = "Tabel 12:"
    for c in range(6):
        yr = 2024 + c
        new = sum(v[3] for v in inv.values() if v[0] < yr)
        ok &= co(T12, "Afschrijving investeringsplan 2026-2029", c, ) == new
        ok &= co(T12, "Totaal kapitaallasten", c) == co(T12, "Afschrijving bestaande activa", c) + new
        ok &= (co(T12, "Totaal kapitaallasten", c) / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP) == co("Tabel 6:", "4.3 Kapitaallasten", c)
    check(ok, "CO: investments (both halves of Tabel 11): afschrijving = bedrag / termijn; yearly totals in prose; "
              "Tabel 12 = depreciation of earlier investments; = row 4.3 of programme 4 (rounded)")
    # risks and ratio
    T13 = "Tabel 13:"
    risks = ["Gebouwen - huurdersrisico", "Depots - calamiteiten", "Inflatie - kosten boven index",
             "Ziekte - kosten vervanging", "Projecten - tegenvallers digitalisering", "Cyberincident"]
    ok = True
    tot = Decimal(0)
    for r in risks:
        line = [ln for ln in x.pdf_pages(P(CO))[x.find_caption(P(CO), T13)[0][0] - 1].split("\n") if r in ln][0]
        imp, kans, need = [t for t in line.split() if x.NUM_RE.match(t)]
        ok &= x.parse_nl(imp) * x.parse_nl(kans) / 100 == x.parse_nl(need)
        tot += x.parse_nl(need)
    ok &= tot == co(T13, "Benodigde weerstandscapaciteit", 0)
    cap = co(T13, "Algemene reserve 1-1-2026", 0) + co(T13, "Post onvoorzien 2026", 0)
    ok &= cap == co(T13, "Beschikbare weerstandscapaciteit", 0) and co(T13, "Algemene reserve 1-1-2026", 0) == co(T9, "Algemene reserve", 0)
    ok &= (cap / tot).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) == co(T13, "Ratio weerstandsvermogen", 0)
    check(ok, "CO: risks impact x kans = benodigd; totals; capaciteit = algemene reserve + onvoorzien; ratio")
    # balans and kengetallen
    T14, T15 = "Tabel 14:", "Tabel 15:"
    ok = True
    for c in range(6):
        act = co(T14, "Vaste activa", c) + co(T14, "Vorderingen en rekening-courant", c)
        pas = sum(co(T14, r, c) for r in ("Eigen vermogen", "Voorzieningen", "Vaste schulden", "Vlottende schulden"))
        ok &= act == co(T14, "Totaal activa", c) == pas == co(T14, "Totaal passiva", c)
        solv = (co(T14, "Eigen vermogen", c) * 100 / act).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        nsq = ((co(T14, "Vaste schulden", c) + co(T14, "Vlottende schulden", c) - co(T14, "Vorderingen en rekening-courant", c))
               * 100 / co(T2, "Totaal baten", c)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        ok &= solv == pct_of(x.locate_cell(P(CO), T15, "below", "Solvabiliteitsratio", c)["token"])
        ok &= nsq == pct_of(x.locate_cell(P(CO), T15, "below", "Netto schuldquote", c)["token"])
    check(ok, "CO: balans activa = passiva; solvabiliteit = EV / balanstotaal; netto schuldquote = (schulden - "
              "vorderingen) / totale baten (Tabel 2)")
    T16 = "Tabel 16:"
    afd = ["Directie", "Collectie & Depot", "Digitalisering & Informatiediensten", "Publiek & Kennis", "Bedrijfsvoering"]
    ok = all(co(T16, "Totaal formatie", i) == sum(co(T16, a, i) for a in afd) for i in range(3))
    ok &= all(co(T16, a, 2) == co(T16, a, 1) - co(T16, a, 0) for a in afd)
    check(ok, "CO: formatie per afdeling adds up (fte)")


def x_fmt(v: Decimal) -> str:
    return f"{int(v):,}".replace(",", ".")


def check_tw_sums():
    T11, T21 = "Tabel 1.1:", "Tabel 2.1 Afwijkingen per programma"
    ok = True
    for c in range(5):
        s1 = cv(TW, T11, "below", "Saldo primitieve begroting 2025", c) + cv(TW, T11, "below", "Mutaties eerste bestuursrapportage 2025", c)
        ok &= s1 == cv(TW, T11, "below", "Saldo na eerste bestuursrapportage", c)
        s2 = s1 + cv(TW, T11, "below", "Afwijkingen tweede bestuursrapportage", c) + cv(TW, T11, "below", "Onttrekking reserve Sociaal Domein", c)
        ok &= s2 == cv(TW, T11, "below", "Saldo na tweede bestuursrapportage", c)
    check(ok, "TW: Tabel 1.1 saldo rows add up for 2025-2029")
    progs = ["1. Bestuur en Dienstverlening", "2. Fysiek Domein", "3. Sociaal Domein", "4. Algemene dekkingsmiddelen",
             "5. Overhead en Vpb"]
    ok = True
    for c in range(4):
        ok &= sum(tw(T21, p, c) for p in progs) == tw(T21, "Totaal", c)
    for p in progs:
        ok &= (tw(T21, p, 3) - tw(T21, p, 1)) - (tw(T21, p, 2) - tw(T21, p, 0)) == tw(T21, p, 4)
    sb, sp = tw(T21, "Saldo van baten en lasten", 0), tw(T21, "Saldo van baten en lasten", 1)
    ok &= sb == tw(T21, "Totaal", 2) - tw(T21, "Totaal", 0) and sp == tw(T21, "Totaal", 3) - tw(T21, "Totaal", 1)
    rb, rp = tw(T21, "Mutaties reserves (per saldo)", 0), tw(T21, "Mutaties reserves (per saldo)", 1)
    ok &= tw(T21, "Begrotingssaldo 2025", 0) == sb + rb == cv(TW, T11, "below", "Saldo na eerste bestuursrapportage", 0)
    ok &= tw(T21, "Begrotingssaldo 2025", 1) == sp + rp == cv(TW, T11, "below", "Saldo na tweede bestuursrapportage", 0)
    ok &= tw(T21, "Totaal", 4) == cv(TW, T11, "below", "Afwijkingen tweede bestuursrapportage", 0)
    ok &= rp - rb == cv(TW, T11, "below", "Onttrekking reserve Sociaal Domein", 0)
    check(ok, "TW: Tabel 2.1 totals, saldo, reserves and begrotingssaldo = Tabel 1.1")
    # taakveld tables
    ok = True
    allsum = Decimal(0)
    for n, prog in zip(range(2, 7), progs):
        cap = f"Tabel 2.{n} Afwijkingen"
        pno, ci = x.find_caption(P(TW), cap)[0]
        lines = x.pdf_pages(P(TW))[pno - 1].split("\n")
        s, e = x.table_region(lines, ci, "above")
        sub = Decimal(0)
        for ln in lines[s:e]:
            m = re.match(r"^(\S.*?)\s{2,}([LB])\s+([\d.]+)\s+([\d.]+)\s+(-?[\d.]+)\s+([IS])\s", ln)
            if m:
                b, p_, a = x.parse_nl(m.group(3)), x.parse_nl(m.group(4)), x.parse_nl(m.group(5))
                ok &= (p_ == b - a) if m.group(2) == "L" else (p_ == b + a)
                sub += a
        ok &= sub == tw(cap, "Totaal afwijkingen", 0) and sub / 1000 == tw(T21, prog, 4)
        allsum += sub
    ok &= allsum / 1000 == cv(TW, T11, "below", "Afwijkingen tweede bestuursrapportage", 0)
    check(ok, "TW: taakveld tables: prognose = begroting -/+ afwijking; totals = Tabel 2.1 Afw. per programma; "
              "sum = Tabel 1.1")
    # Overzicht 3.1
    O31 = "Overzicht 3.1"
    dbs = ["Sociale zaken", "Maatschappelijke ondersteuning", "Gezondheidszorg", "Onderwijs", "Jeugd"]
    ok = True
    for c in range(4):
        ok &= sum(tw(O31, db, c) for db in dbs) == tw(O31, "Totaal programma lasten", c)
        ok &= sum(tw(O31, db, c, occ=1) for db in dbs) == tw(O31, "Totaal programma baten", c)
        ok &= tw(O31, "Totaal programma lasten", c) + tw(O31, "Totaal programma baten", c) == tw(O31, "Totaal saldo van baten en lasten", c)
    for db in dbs:
        ok &= tw(O31, db, 2) - tw(O31, db, 1) == tw(O31, db, 3)
        ok &= tw(O31, db, 2, occ=1) - tw(O31, db, 1, occ=1) == tw(O31, db, 3, occ=1)
    ok &= (tw(O31, "Totaal programma lasten", 1) / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP) == tw(T21, "3. Sociaal Domein", 0)
    ok &= (tw(O31, "Totaal programma lasten", 2) / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP) == tw(T21, "3. Sociaal Domein", 1)
    ok &= -tw(O31, "Totaal saldo van baten en lasten", 3) / 1000 == tw(T21, "3. Sociaal Domein", 4)
    check(ok, "TW: Overzicht 3.1 (baten negative) adds up, afwijking = prognose - begroting, = Tabel 2.1")
    # Tabel 3.2
    T32 = "Tabel 3.2 Jeugdzorg"
    rows = {"Jeugdzorg": ["Jeugdhulp met verblijf", "Jeugdhulp ambulant", "Jeugdbescherming en jeugdreclassering"],
            "Wmo": ["Hulp bij het huishouden", "Begeleiding en dagbesteding", "Hulpmiddelen en woonvoorzieningen",
                    "Wmo-vervoer"]}
    ok = True
    for g, rr in rows.items():
        tot = "Totaal jeugdzorg" if g == "Jeugdzorg" else "Totaal Wmo"
        for c in range(4):
            ok &= sum(tw(T32, r, c) for r in rr) == tw(T32, tot, c)
        for r in rr:
            ok &= tw(T32, r, 2) == tw(T32, r, 1) - tw(T32, r, 3)
    ok &= tw(T32, "BUIG-uitkering Rijk (baten)", 2) == tw(T32, "BUIG-uitkering Rijk (baten)", 1) + tw(T32, "BUIG-uitkering Rijk (baten)", 3)
    ok &= (tw(T32, "Jeugdhulp met verblijf", 3) + tw(T32, "Jeugdhulp ambulant", 3)) * 1000 == tw("Tabel 2.4 Afwijkingen", "6.72", 2)
    ok &= tw(T32, "Hulp bij het huishouden", 3) * 1000 == tw("Tabel 2.4 Afwijkingen", "6.71", 2)
    ok &= (tw(T32, "Bijstandsuitkeringen (lasten)", 3) + tw(T32, "BUIG-uitkering Rijk (baten)", 3)) * 1000 == \
        x.parse_nl("574.000")
    check(ok, "TW: Tabel 3.2 rows (prognose = begroting - afwijking), group totals, = taakveld deviations and prose")
    # Tabel 4.1 = Tabel 1.1
    T41 = "Tabel 4.1 Structurele"
    items = ["Eikenprocessierups (5.7)", "Jeugdzorg (6.72)", "Hulp bij het huishouden (6.71)", "Loonkosten Wsw (Soweco) (6.4)",
             "Bijdrage GGD Twente (7.1)", "Leerlingenvervoer (4.3)", "Algemene uitkering (septembercirculaire) (0.7)",
             "Cao-loonsverhoging (0.4)"]
    ok = all(sum(tw(T41, it, c) for it in items) == tw(T41, "Totaal structurele doorwerking", c)
             == cv(TW, T11, "below", "Afwijkingen tweede bestuursrapportage", c + 1) for c in range(4))
    check(ok, "TW: Tabel 4.1 structural items add up to Tabel 1.1 2026-2029")
    T51 = "Tabel 5.1 Overhevelingen"
    ov = ["Actualisatie omgevingsplan", "Digitalisering bouwdossiers", "Vroegsignalering schulden", "Woningaanpassingen Wmo",
          "Uitvoering Regio Deal Twente"]
    ok = sum(tw(T51, o, 0) for o in ov) == tw(T51, "Totaal", 0) == Decimal(345000)
    ok &= sum(tw(T51, o, 0) for o in ov[:4]) == Decimal(224500)
    check(ok, "TW: Tabel 5.1 overhevelingen add up (345.000, of which 224.500 to 2026 as in prose)")
    T61 = "Tabel 6.1 Reserves"
    res = ["Algemene reserve", "Reserve Sociaal Domein", "Reserve Budgetoverheveling", "Reserve Kapitaallasten",
           "Reserve Volkshuisvesting"]
    ok = all(tw(T61, r, 0) + tw(T61, r, 1) + tw(T61, r, 2) == tw(T61, r, 3) for r in res)
    ok &= all(sum(tw(T61, r, c) for r in res) == tw(T61, "Totaal reserves", c) for c in range(4))
    ok &= -tw(T61, "Totaal reserves", 1) == tw(T21, "Mutaties reserves (per saldo)", 0)
    ok &= tw(T61, "Reserve Sociaal Domein", 2) == -cv(TW, T11, "below", "Onttrekking reserve Sociaal Domein", 0)
    ok &= tw(T61, "Reserve Budgetoverheveling", 2) * 1000 == tw(T51, "Totaal", 0)
    check(ok, "TW: Tabel 6.1 stand + mutaties = verwachte stand; totals; = Tabel 2.1 / 1.1 / 5.1")
    T71 = "Tabel 7.1 Lopende"
    kr = ["Kindcentrum Westerhaar (nieuwbouw)", "Reconstructie Westeinde Vriezenveen", "Vervanging riolering Den Ham, fase 2",
          "Kunstgrasveld sportpark Westerhaar", "Vervanging ICT-infrastructuur", "Zonnepanelen gemeentehuis Vriezenveen"]
    ok = all(tw(T71, r, 0) - tw(T71, r, 1) - tw(T71, r, 2) == tw(T71, r, 3) for r in kr)
    ok &= all(sum(tw(T71, r, c) for r in kr) == tw(T71, "Totaal", c) for c in range(4))
    check(ok, "TW: Tabel 7.1 restant = krediet - uitgaven t/m 2024 - uitgaven 2025; totals")
    inw = tw("Kerngegeven", "Aantal inwoners", 0)
    check(inw == 34291, "TW: inwoners 1-1-2025 printed in the Kerngegevens table")
    text = x.doc_text(P(TW))
    check("€ 46.800" in text and "46.800,00" in x.doc_text(P(CO)),
          "TW/CO: Twenterand's DVO bijdrage 2025 (46.800) is printed in both documents")


# ================================================================== layout features
def check_layout():
    co_r, tw_r = PdfReader(P(CO)), PdfReader(P(TW))
    check("LuaTeX" in str(co_r.metadata.get("/Producer", "")) and "ConTeXt" in str(co_r.metadata.get("/Creator", "")),
          "layout CO: produced by ConTeXt MkIV (LuaTeX)")
    check("xdvipdfmx" in str(tw_r.metadata.get("/Producer", "")) and "XeLaTeX" in str(tw_r.metadata.get("/Creator", "")),
          "layout TW: produced by XeLaTeX (xdvipdfmx)")
    # page numbers in the header, running title at the foot
    for f, foot in ((CO, "Begroting 2026 en meerjarenraming 2027-2029"), (TW, "Tweede bestuursrapportage 2025 (najaarsnota)")):
        pages = x.pdf_pages(P(f))
        ok = True
        for i, pg in enumerate(pages[1:], start=2):
            ok &= f"Pagina {i}" in pg and foot in pg
        check(ok, f"layout {f}: 'Pagina n' in the header (= PDF page) and the running title at the foot of every page after the title")
    # CO: italic realisation column
    pno = x.find_caption(P(CO), "Tabel 2:")[0][0]
    with pdfplumber.open(P(CO)) as pdf:
        ws = pdf.pages[pno - 1].extract_words(x_tolerance=1.5, extra_attrs=["fontname"])
        f_r24 = [w["fontname"] for w in ws if w["text"] == "3.314"]
        f_b25 = [w["fontname"] for w in ws if w["text"] == "3.474"]
        check(f_r24 and "Italic" in f_r24[0] and f_b25 and "Italic" not in f_b25[0],
              "layout CO: the Rekening 2024 column is italic, the other years plain (Tabel 2)")
        # landscape page with two halves
        pno11 = x.find_caption(P(CO), "Tabel 11:")[0][0]
        pg = pdf.pages[pno11 - 1]
        check(pg.width > pg.height, "layout CO: the investment plan stands on a landscape page (MediaBox)")
    lines = x.pdf_pages(P(CO))[pno11 - 1].split("\n")
    check(any(ln.count("Nr.") == 2 and ln.count("Afschrijving") == 2 for ln in lines),
          "layout CO: Tabel 11 split in two halves side by side under the same header")
    p2 = x.pdf_pages(P(CO))[pno - 1].split("\n")
    cap_i = [i for i, ln in enumerate(p2) if ln.strip().startswith("Tabel 2:")][0]
    tot_i = [i for i, ln in enumerate(p2) if ln.strip().startswith("Totaal lasten")][0]
    check(tot_i < cap_i and "(bedragen x € 1.000)" in p2[cap_i], "layout CO: the scale only in the caption below the table")
    p3 = x.pdf_pages(P(CO))[x.find_caption(P(CO), "Tabel 3:")[0][0] - 1].split("\n")
    i_tot = [i for i, ln in enumerate(p3) if "Totaal lasten programma 1" in ln][0]
    i_part = [i for i, ln in enumerate(p3) if "1.1 Beheer collectie" in ln][0]
    check(i_tot < i_part, "layout CO: 'Totaal lasten programma' at the top of the table, numbered parts below")
    check("-150" in x.locate_cell(P(CO), "Tabel 9:", "below", "Bestemmingsreserve Onderhoud", 4)["token"] and
          x.locate_cell(P(CO), "Tabel 9:", "below", "Bestemmingsreserve Collectiecentrum", 4)["token"] == "150",
          "layout CO: 'Mutatie' with a sign only on decreases ('-150', '150')")
    check(re.fullmatch(r"\d{1,3}(\.\d{3})*,\d\d", x.locate_cell(P(CO), "Tabel 8:", "below", "Gemeente Zwolle", 2)["token"]) is not None,
          "layout CO: one table in whole euros with a decimal comma and two decimals (Tabel 8)")
    check(x.locate_cell(P(CO), "Tabel 1:", "below", "Gewogen index", 0)["token"] == "3,21%",
          "layout CO: percentages with a comma ('3,21%')")
    # TW
    with pdfplumber.open(P(TW)) as pdf:
        pno32 = x.find_caption(P(TW), "Tabel 3.2 Jeugdzorg")[0][0]
        rot = "".join(c["text"] for c in pdf.pages[pno32 - 1].chars if not c["upright"])
        check("Afwijking" in rot and "Prognose2025" in rot.replace(" ", ""), "layout TW: Tabel 3.2 has rotated header cells")
    pno71 = x.find_caption(P(TW), "Tabel 7.1 Lopende")[0][0]
    check(tw_r.pages[pno71 - 1].get("/Rotate") == 90, "layout TW: the kredieten table stands on a page turned with /Rotate 90")
    t = x.doc_text(P(TW))
    check(all(h in t for h in ("Begr. 2025 n.w.", "Progn. 2025", "Afw.")), "layout TW: abbreviated headers")
    pno24, ci = x.find_caption(P(TW), "Tabel 2.4 Afwijkingen")[0]
    lines = x.pdf_pages(P(TW))[pno24 - 1].split("\n")
    i = [j for j, ln in enumerate(lines) if ln.startswith("6.72")][0]
    check("Meer jeugdigen" in lines[i] and "verblijf" in lines[i + 1] and not re.search(r"\d\.\d{3}", lines[i + 1]),
          "layout TW: a 'Toelichting' column whose text wraps over several lines beside the amounts")
    check("Realisatie t/m" in t and "september 2025" in t, "layout TW: indicators with 't/m september' realisation")
    p11 = x.pdf_pages(P(TW))[x.find_caption(P(TW), "Tabel 1.1:")[0][0] - 1].split("\n")
    ci = [j for j, ln in enumerate(p11) if ln.strip().startswith("Tabel 1.1:")][0]
    si = [j for j, ln in enumerate(p11) if ln.strip().startswith("Saldo na tweede")][0]
    check(si < ci and "(bedragen x € 1.000)" in p11[ci], "layout TW: Tabel 1.1 with its scale only in the caption below")
    check("Bedragen in €" in t, "layout TW: scale in the top-left header cell (Overzicht 3.1)")


def main():
    cases_doc = yaml.safe_load((SET / "cases.yaml").read_text(encoding="utf-8"))
    prov = json.loads((HERE / "provenance.json").read_text(encoding="utf-8"))
    names, byfile = check_manifest()
    kinds = check_format(cases_doc, names)
    check_cases(cases_doc, prov, byfile)
    check_co_sums()
    check_tw_sums()
    check_layout()
    for m in OK:
        if m.startswith("layout") or m.startswith("CO:") or m.startswith("TW"):
            print("  ok  ", m)
    print(f"turns per kind: {kinds}; {len(OK)} checks passed, {len(ERR)} failed")
    for m in ERR:
        print("  FAIL", m)
    sys.exit(1 if ERR else 0)


if __name__ == "__main__":
    main()
