"""Verify set-af against the FINISHED documents (it does not import data.py or the generators).

1. Format: cases.yaml follows /work/shared/evals/FORMAT.md (version 1; ids; kinds; expect keys; units;
   municipality names from the manifest; every figure turn names its body in the question, an earlier turn
   of its conversation, or the case's municipality field).
2. Figures: every expected value and every accepted value is re-located at its recorded place (PDF: page,
   table caption, header cell, row label; HTML: heading, table, row, column; prose: the sentence), the printed
   text is the same, the scale statement is re-derived from the document, value = printed x scale, and
   derivations are recomputed. PDF cells are also cross-checked in `pdftotext -layout` output of their page.
3. Refusals: the absence rules hold in the documents (word not in text, no sentence with both words, table
   header lacks a year, table lacks a row).
4. Text cases: every include item (one of each nested list) occurs in the recorded passage; candidates of
   "which figure" cases are re-located and each is named by an include group. `any` excludes are figures of
   the other body and do not occur in the cited body's document.
5. Table arithmetic and layout features of both documents (see layout_pdf / layout_html).
Fictional names found elsewhere under /work/main/evals, /work/main/corpus or /work/shared only give a warning.

Usage: python check.py SET_DIR
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

from extract import GREY, ZEBRA, HtmlDoc, PdfDoc, _close, clean, html_table_scale, parse_num

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
FAIL: list[str] = []
WARN: list[str] = []
NCHECK = 0


def ok(cond: bool, msg: str) -> bool:
    global NCHECK
    NCHECK += 1
    if not cond:
        FAIL.append(msg)
    return bool(cond)


def near(a, b, tol=1e-6) -> bool:
    return a is not None and b is not None and abs(a - b) <= tol


manifest = yaml.safe_load((CORPUS / "manifest.yaml").read_text(encoding="utf-8"))
DOCS = {d["file"]: d for d in manifest["documents"]}
BODIES = {d["municipality"]: d["file"] for d in manifest["documents"]}
ok(len(DOCS) == 2 and all((CORPUS / f).exists() for f in DOCS), "manifest: two documents that exist")
for dd in manifest["documents"]:
    ok(set(dd) == {"file", "municipality", "year", "type", "title"} and isinstance(dd["year"], int),
       f"manifest fields {dd}")
PDF_FILE = [f for f in DOCS if f.endswith(".pdf")][0]
HTML_FILE = [f for f in DOCS if f.endswith(".html")][0]
PDF = PdfDoc(CORPUS / PDF_FILE)
HTM = HtmlDoc(CORPUS / HTML_FILE)
TEXT = {PDF_FILE: PDF.full_text(), HTML_FILE: HTM.full_text()}
TEXT_LAYOUT = subprocess.run(["pdftotext", "-layout", str(CORPUS / PDF_FILE), "-"], capture_output=True, text=True,
                             check=True).stdout
LAYOUT_PAGES: dict[int, str] = {}


def layout_page(n: int) -> str:
    if n not in LAYOUT_PAGES:
        LAYOUT_PAGES[n] = PDF.layout_text(n)
    return LAYOUT_PAGES[n]


raw_cases = (SET / "cases.yaml").read_text(encoding="utf-8")
ok(raw_cases.startswith("#") and "GENERATED" in raw_cases.splitlines()[0], "cases.yaml: header comment says generated")
CASES = yaml.safe_load(raw_cases)
PROV = json.loads((SET / "source" / "provenance.json").read_text(encoding="utf-8"))

# ---------------------------------------------------------------------------------------------------------------
# 1. format
ok(CASES.get("version") == 1 and isinstance(CASES.get("cases"), list), "version 1 and a case list")
ok(set(CASES) == {"version", "cases"}, "top-level keys")
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
ids = [c.get("id") for c in CASES["cases"]]
ok(len(ids) == len(set(ids)) and all(isinstance(i, str) and i for i in ids), "ids unique, non-empty")
ok(set(ids) == set(PROV), "provenance covers exactly the case ids")


def short_names(body: str) -> list[str]:
    return [body] + [w for w in body.split() if w[0].isupper() and w not in ("Werkbedrijf", "Gemeente")]


def check_turn_format(cid: str, t: dict, scope: str | None, earlier_q: list[str]):
    k = t.get("kind")
    ok(k in ("figure", "text", "refusal", "any"), f"{cid}: kind {k}")
    ok(isinstance(t.get("question"), str) and t["question"].strip(), f"{cid}: question")
    e = t.get("expect", {}) or {}
    ok(set(e) <= EXPECT_KEYS, f"{cid}: unknown expect keys {set(e) - EXPECT_KEYS}")
    if "municipality" in e:
        ok(e["municipality"] in BODIES, f"{cid}: expect.municipality {e['municipality']} not in manifest")
    if k == "figure":
        ok(isinstance(e.get("value"), (int, float)) and not isinstance(e.get("value"), bool), f"{cid}: figure value")
        ok(all(isinstance(a, (int, float)) for a in e.get("accept", [])), f"{cid}: accept numbers")
        ok(isinstance(e.get("tolerance", 0), (int, float)), f"{cid}: tolerance")
        ok(e.get("unit", "EUR") in ("EUR", "count", "percent", "grade"), f"{cid}: unit")
        ok(e.get("signed", False) is False, f"{cid}: signed false")
        ok("municipality" in e, f"{cid}: figure without expect.municipality")
        body = e.get("municipality")
        named = scope is not None or any(n.lower() in q.lower() for q in earlier_q + [t["question"]]
                                         for n in short_names(body or ""))
        ok(named, f"{cid}: figure turn does not state its municipality (question, earlier turn or case field)")
    elif k == "text":
        inc = e.get("include")
        ok(isinstance(inc, list) and inc and all(isinstance(i, str) or (isinstance(i, list) and i and
                                                 all(isinstance(x, str) for x in i)) for i in inc), f"{cid}: include")
        ok("municipality" in e, f"{cid}: text municipality")
    elif k == "refusal":
        ok(set(e) <= {"municipality", "exclude"}, f"{cid}: refusal expect")
    elif k == "any":
        ok(isinstance(e.get("exclude"), list) and "municipality" in e, f"{cid}: any has exclude and municipality")
    if scope:
        ok(scope in BODIES, f"{cid}: case municipality {scope} not in manifest")
        if "municipality" in e and k in ("figure", "text", "any"):
            ok(e["municipality"] == scope or cid.startswith("af-x-"), f"{cid}: scope and expect.municipality differ")


TURNS = []      # (cid, turn, prov, scope)
for c in CASES["cases"]:
    cid = c["id"]
    scope = c.get("municipality")
    if "turns" in c:
        ok("question" not in c and "kind" not in c and isinstance(c["turns"], list) and len(c["turns"]) >= 2,
           f"{cid}: conversation shape")
        ok(isinstance(PROV.get(cid), list) and len(PROV[cid]) == len(c["turns"]), f"{cid}: provenance per turn")
        qs = []
        for i, t in enumerate(c["turns"]):
            ok(set(t) <= {"question", "kind", "expect"}, f"{cid}.{i}: turn keys")
            check_turn_format(f"{cid}.{i}", t, scope, qs)
            qs.append(t["question"])
            TURNS.append((f"{cid}.{i}", t, PROV[cid][i], scope))
    else:
        ok(set(c) <= {"id", "question", "municipality", "kind", "expect"}, f"{cid}: case keys")
        check_turn_format(cid, c, scope, [])
        TURNS.append((cid, c, PROV.get(cid, {}), scope))

# ---------------------------------------------------------------------------------------------------------------
# 2. figures


def locate(src: dict) -> float | None:
    """Re-locate one source in the document; return value (printed x scale) or None."""
    doc = src["document"]
    tag = f"{doc} {src.get('table') or src.get('prose')} / {src.get('row')} / {src.get('column')}"
    if "prose" in src:
        if doc == PDF_FILE:
            pages = PDF.prose(src["prose"])
            if not ok(src["page"] in pages, f"prose not on page {src['page']}: {src['prose']}"):
                return None
        else:
            if not ok(clean(src["prose"]) in clean(HTM.section_text(src["heading"])),
                      f"prose not under {src['heading']}: {src['prose']}"):
                return None
        ok(src["printed"] in src["prose"], f"printed text not in prose: {tag}")
        v = parse_num(src["printed"])
        ok(src["scale"] == 1, f"prose scale: {tag}")
        return v
    if doc == PDF_FILE:
        try:
            c = PDF.cell(src["caption_prefix"], src["row"], src["column"], after=src.get("after_subheading"),
                         label_col=src.get("label_column", 0))
        except KeyError as ex:
            ok(False, f"cannot locate {tag}: {ex}")
            return None
        ok(c["page"] == src["page"], f"page {c['page']} != {src['page']}: {tag}")
        ok(c["caption"] == src["table"], f"caption differs: {tag}")
        ok(src.get("label_wraps_over_lines", 1) == c["label_lines"], f"label line count: {tag}")
        scale, stmt = PDF.table_scale(src["caption_prefix"])
        ok(src["printed"] in layout_page(c["page"]), f"printed {src['printed']!r} not in pdftotext page {c['page']}")
    else:
        try:
            c = HTM.cell(src["caption_prefix"], src["row"], src["column"])
        except KeyError as ex:
            ok(False, f"cannot locate {tag}: {ex}")
            return None
        ok(c["section"] == src["heading"] and c["table_index"] == src["table_index"], f"heading/table index: {tag}")
        scale, stmt = html_table_scale(c["caption"])
    ok(c["printed"] == src["printed"], f"printed {c['printed']!r} != recorded {src['printed']!r}: {tag}")
    ok(scale == src["scale"] and stmt == src["scale_statement"], f"scale {scale} ({stmt}) != recorded: {tag}")
    v = parse_num(c["printed"])
    if not ok(v is not None, f"empty cell: {tag}"):
        return None
    v = round(v * scale, 6)
    ok(near(v, src["value"]), f"value {v} != recorded {src['value']}: {tag}")
    return v


def evaluate(alt: dict) -> float | None:
    vals = [locate(s) for s in alt["sources"]]
    if any(v is None for v in vals):
        return None
    op = alt.get("op")
    if op is None:
        ok(len(vals) == 1, "single source without op")
        return vals[0]
    if op == "sub":
        v = vals[0] - vals[1]
    elif op == "add":
        v = sum(vals)
    else:
        ok(False, f"unknown op {op}")
        return None
    ok(alt.get("derivation", "").replace(".", "").endswith(str(int(round(v)))) or not float(v).is_integer(),
       f"derivation text {alt.get('derivation')} does not end in {v}")
    return v


for tid, t, p, scope in TURNS:
    k = t["kind"]
    ok(p.get("kind") == k, f"{tid}: provenance kind")
    e = t.get("expect", {}) or {}
    if k == "figure":
        mv = evaluate(p["main"])
        ok(near(mv, e["value"], 1e-6), f"{tid}: expected {e['value']} but the document gives {mv}")
        doc_main = p["main"]["sources"][0]["document"]
        ok(DOCS[doc_main]["municipality"] == e["municipality"], f"{tid}: expect.municipality is not the cited body")
        accs = [evaluate(a) for a in p.get("accept", [])]
        # signed is false: alternatives equal in absolute value to the main figure are not listed again
        want = sorted({abs(round(a, 6)) for a in accs if a is not None and not near(abs(a), abs(mv))})
        ok(sorted(abs(a) for a in e.get("accept", [])) == want, f"{tid}: accept {e.get('accept')} != located {want}")
        for a in p.get("accept", []):
            for s in a["sources"]:
                ok(DOCS[s["document"]]["municipality"] == e["municipality"], f"{tid}: accepted value from other body")

# ---------------------------------------------------------------------------------------------------------------
# 3. refusals


def sentences(txt: str) -> list[str]:
    """Sentences over wrapped lines: a line is joined to the next unless it ends a sentence (. ! ? :) or is a
    short heading-like line followed by a capital; table rows and list lines stay separate."""
    out, cur = [], ""
    lines = [ln.strip() for ln in txt.splitlines() if ln.strip()]
    for i, ln in enumerate(lines):
        cur = f"{cur} {ln}".strip()
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if re.search(r"[.!?:]$", ln) or (len(ln) < 70 and nxt[:1].isupper()) or re.search(r"\d$", ln) or not nxt:
            out.extend(s for s in re.split(r"(?<=[.!?])\s+", cur) if s)
            cur = ""
    return out


for tid, t, p, scope in TURNS:
    if t["kind"] != "refusal":
        continue
    ok(bool(p.get("absent")), f"{tid}: refusal without absence rules")
    if scope:
        ok(BODIES[scope] in p["absent"], f"{tid}: absence rules do not cover the scoped document")
    for f, rules in p["absent"].items():
        txt = TEXT[f] + ("\n" + TEXT_LAYOUT if f == PDF_FILE else "\n" + HTM.raw)
        for w in rules.get("not_in_text", []):
            ok(w.lower() not in txt.lower(), f"{tid}: '{w}' occurs in {f}")
        for w in rules.get("not_as_word", []):
            ok(not re.search(rf"\b{re.escape(w)}\b", txt, re.I), f"{tid}: word '{w}' occurs in {f}")
        for ws in rules.get("no_sentence_with", []):
            bad = [s for s in sentences(TEXT[f]) if all(w.lower() in s.lower() for w in ws)]
            ok(not bad, f"{tid}: a sentence in {f} has {ws}: {bad[:1]}")
        for ws in rules.get("no_amount_sentence_with", []):
            bad = [s for s in sentences(TEXT[f]) if all(w.lower() in s.lower() for w in ws) and re.search(r"€\s*\d", s)]
            ok(not bad, f"{tid}: a sentence in {f} has {ws} and an amount: {bad[:1]}")
        for cap, w in rules.get("table_header_lacks", []):
            segs = PDF.table(cap)
            names = " ".join(c["name"] for s in segs for c in s["header"]) + " " + PDF.last_caption
            body = " ".join(w_["text"] for s in segs for w_ in s["words"])
            ok(w not in names and w not in body, f"{tid}: table {cap} has {w}")
        for cap, row in rules.get("html_table_lacks_row", []):
            tbl = HTM.table(cap)
            ok(all(r[0][0] != row for r in tbl["grid"]), f"{tid}: table {cap} has row {row}")

# ---------------------------------------------------------------------------------------------------------------
# 4. text, which-figure and any


def item_ok(item, txt: str) -> bool:
    alts = [item] if isinstance(item, str) else item
    return any(a.lower() in txt.lower() for a in alts)


for tid, t, p, scope in TURNS:
    e = t.get("expect", {}) or {}
    if t["kind"] == "text":
        w = p["where"]
        if "candidates" in w:
            txt = TEXT[PDF_FILE] + "\n" + TEXT[HTML_FILE]
            cands = [locate(s) for s in w["candidates"]]
            ok(all(c is not None for c in cands) and len(cands) >= 2, f"{tid}: candidates located")
            printed = [s["printed"].lstrip("-") for s in w["candidates"]]
            ok(len(set(printed)) == len(printed), f"{tid}: candidates differ")
            for pr in printed:
                ok(any(not isinstance(i, str) and pr in i or i == pr for i in e["include"]),
                   f"{tid}: candidate {pr} not named by an include group")
            for i in e["include"]:
                ok(item_ok(i, txt), f"{tid}: include {i} not in the documents")
        elif w["document"] == PDF_FILE:
            pages = PDF.prose(w["phrase"])
            ok(bool(pages), f"{tid}: passage not found: {w['phrase']}")
            ptxt = "\n".join(PDF.page_text(n) for n in pages)
            for i in e["include"]:
                ok(item_ok(i, clean(ptxt)), f"{tid}: include {i} not on page(s) {pages}")
        else:
            stxt = clean(HTM.section_text(w["heading"]))
            ok(bool(stxt), f"{tid}: section {w['heading']} empty")
            for i in e["include"]:
                ok(item_ok(i, stxt), f"{tid}: include {i} not under {w['heading']}")
        for x in e.get("exclude", []):
            ok(x.lower() not in TEXT[BODIES[e['municipality']]].lower(), f"{tid}: exclude {x} in own document")
    elif t["kind"] == "any":
        wrong = p["exclude_is"]
        locate(wrong)
        own = BODIES[e["municipality"]]
        for x in e["exclude"]:
            ok(x == wrong["printed"], f"{tid}: exclude {x} is not the recorded wrong figure")
        if wrong["document"] != own:       # a figure of the other body must not be borrowed
            for x in e["exclude"]:
                ok(x not in TEXT[own] and x not in (TEXT_LAYOUT if own == PDF_FILE else HTM.raw),
                   f"{tid}: exclude {x} occurs in {own}")
        else:                              # a figure of the same body but another cell (year) than the one asked
            asked = p.get("asked")
            ok(asked is not None and locate(asked) is not None, f"{tid}: asked cell located")
            ok(asked is not None and asked["printed"] not in e["exclude"] and
               (asked["row"], asked["column"]) != (wrong["row"], wrong["column"]), f"{tid}: asked cell differs from excluded")

# ---------------------------------------------------------------------------------------------------------------
# 5a. table arithmetic (PDF): programme tables, overview, balans, reserves, investeringen, taakvelden


def col(cap, row, c, after=None, label_col=0):
    return PDF.cell(cap, row, c, after=after, label_col=label_col)["printed"]


def pn(cap, row, c, after=None, label_col=0):
    return parse_num(col(cap, row, c, after, label_col))


KCOLS = ["Begroting primitief", "Begroting na wijziging", "Realisatie"]
for nr in range(1, 6):
    cap = f"Tabel 2.{nr}.2"
    scale, _ = PDF.table_scale(cap)
    tol = 2 if scale == 1000 else 0
    for c in KCOLS:
        if nr == 4:
            l_, b_ = pn(cap, "Totaal lasten", c), pn(cap, "Totaal baten", c)
        else:
            l_, b_ = pn(cap, "Lasten", c), pn(cap, "Baten", c)
        s = pn(cap, "Saldo van baten en lasten", c)
        ok(abs(b_ - l_ - s) <= tol, f"{cap} {c}: saldo {s} != baten {b_} - lasten {l_}")
        r = pn(cap, "Resultaat na bestemming", c)
        tv, on = pn(cap, "Toevoegingen aan reserves", c), pn(cap, "Onttrekkingen aan reserves", c)
        ok(abs(s - tv + on - r) <= tol, f"{cap} {c}: resultaat na bestemming")
    for row in (["Totaal lasten"] if nr == 4 else ["Lasten"]):
        real, wijz = pn(cap, row, "Realisatie"), pn(cap, row, "Begroting na wijziging")
        vn = col(cap, row, "V/N")
        ok(abs(abs(real - wijz) - pn(cap, row, "Verschil")) <= tol and vn == ("V" if wijz > real else "N"),
           f"{cap} {row}: verschil and V/N")
# overview 5.1
cap = "Tabel 5.1"
for c in KCOLS:
    L = sum(pn(cap, f"Programma {nr} {nm}", c) for nr, nm in
            [(1, "Bestuur en veiligheid"), (2, "Openbare ruimte en mobiliteit"), (3, "Onderwijs, sport en cultuur"),
             (4, "Sociaal domein"), (5, "Wonen, ruimte en duurzaamheid")]) + \
        pn(cap, "Algemene dekkingsmiddelen, overhead, Vpb en onvoorzien", c)
    ok(abs(L - pn(cap, "Totaal lasten", c)) <= 4, f"{cap} {c}: totaal lasten")
    res = pn(cap, "Saldo van baten en lasten", c) - pn(cap, "Toevoegingen aan reserves", c) + \
        pn(cap, "Onttrekkingen aan reserves", c)
    ok(abs(res - pn(cap, "Gerealiseerd resultaat", c)) <= 2, f"{cap} {c}: gerealiseerd resultaat")
# balans
for yc in ("31-12-2032", "31-12-2031"):
    ok(pn("Tabel 5.2", "Totaal activa", yc) == pn("Tabel 5.3", "Totaal passiva", yc), f"balans {yc}: activa = passiva")
    va = sum(pn("Tabel 5.2", r, yc) for r in ("Immateriële vaste activa", "Materiële vaste activa",
                                               "Financiële vaste activa"))
    ok(va == pn("Tabel 5.2", "Totaal vaste activa", yc), f"balans {yc}: vaste activa")
    ev = sum(pn("Tabel 5.3", r, yc) for r in ("Algemene reserve", "Bestemmingsreserves", "Gerealiseerd resultaat"))
    ok(ev == pn("Tabel 5.3", "Totaal eigen vermogen", yc), f"balans {yc}: eigen vermogen")
# reserves: each row begin + toevoeging - onttrekking = eind; algemene reserve eind = balans and weerstand table
RES_ROWS = [w for w in ("Algemene reserve", "Reserve sociaal domein", "Reserve wegen en kunstwerken",
                        "Egalisatiereserve afvalstoffenheffing", "Totaal reserves")]
for r in RES_ROWS:
    b, tv, on, e_ = (pn("Tabel 5.4", r, c) for c in ("Stand 1-1-2032", "Toevoeging", "Onttrekking", "Stand 31-12-2032"))
    ok(b + tv - on == e_, f"reserves {r}: stand 31-12")
ok(pn("Tabel 5.4", "Algemene reserve", "Stand 31-12-2032") == pn("Tabel 5.3", "Algemene reserve", "31-12-2032")
   == pn("Tabel 4.2", "Algemene reserve", "Bedrag in €"), "algemene reserve: reserves = balans = weerstand")
ok(pn("Tabel 5.4", "Totaal reserves", "Stand 1-1-2032") ==
   pn("Tabel 5.3", "Algemene reserve", "31-12-2031") + pn("Tabel 5.3", "Bestemmingsreserves", "31-12-2031") +
   pn("Tabel 5.3", "Gerealiseerd resultaat", "31-12-2031"), "reserves 1-1-2032 = eigen vermogen 31-12-2031")
wb = pn("Tabel 4.2", "Beschikbare weerstandscapaciteit", "Bedrag in €")
wn = pn("Tabel 4.2", "Benodigde weerstandscapaciteit (risico's)", "Bedrag in €")
ok(abs(round(wb / wn, 2) - pn("Tabel 4.2", "Weerstandsratio", "Bedrag in €")) < 1e-9, "weerstandsratio = beschikbaar / benodigd")
for nm in ("Renovatie Molenbrug", "Brede school Hoefvelde", "Vervanging tractie buitendienst"):
    k_, a, b = (pn("Tabel 5.5", nm, c, label_col=1) for c in ("Krediet", "Uitgaven t/m 2031", "Uitgaven 2032"))
    ok(a + b == pn("Tabel 5.5", nm, "Totaal t/m 2032", label_col=1) and
       k_ - a - b == pn("Tabel 5.5", nm, "Restant krediet", label_col=1), f"investering {nm}: totaal and restant")
ok(pn("Tabel B.1", "Totaal", "Saldo") == pn("Tabel B.1", "Totaal", "Baten") - pn("Tabel B.1", "Totaal", "Lasten"),
   "taakvelden: saldo totaal")
ok(str(col("Tabel B.1", "Totaal", "Saldo")) in TEXT[PDF_FILE] and
   parse_num(col("Tabel B.1", "Totaal", "Saldo")) == parse_num(re.search(r"resultaat over 2032 bedraagt € ([\d.]+)",
                                                                          clean(TEXT[PDF_FILE])).group(1)),
   "taakvelden saldo = resultaat in prose")

# 5b. HTML arithmetic
t1 = "Tabel 1"
for c in ("Rekening 2032", "Begroting 2034", "Meerjarenraming 2037"):
    rows = [r[0][0] for r in HTM.table(t1)["grid"]]
    i_b, i_tb, i_l, i_tl = rows.index("Baten"), rows.index("Totaal baten"), rows.index("Lasten"), rows.index("Totaal lasten")
    bs = sum(parse_num(HTM.cell(t1, r, c)["printed"]) or 0 for r in rows[i_b + 1:i_tb])
    ls = sum(parse_num(HTM.cell(t1, r, c)["printed"]) or 0 for r in rows[i_l + 1:i_tl])
    ok(bs == parse_num(HTM.cell(t1, "Totaal baten", c)["printed"]), f"html {t1} {c}: totaal baten")
    ok(ls == parse_num(HTM.cell(t1, "Totaal lasten", c)["printed"]), f"html {t1} {c}: totaal lasten")
    ok(bs - ls == parse_num(HTM.cell(t1, "Saldo van baten en lasten", c)["printed"]), f"html {t1} {c}: saldo")
g3 = HTM.table("Tabel 3")
deeln = [r[0][0] for r in g3["grid"][HTM.header_rows(g3):] if r[0][0] != "Totaal"]
for c in ("Gemeentelijke bijdrage Begroting 2033", "Gemeentelijke bijdrage Raming 2034"):
    s = sum(parse_num(HTM.cell("Tabel 3", r, c)["printed"]) for r in deeln)
    ok(s == parse_num(HTM.cell("Tabel 3", "Totaal", c)["printed"]), f"html Tabel 3 {c}: sum of deelnemers")
ok(parse_num(HTM.cell("Tabel 1", "Gemeentelijke bijdrage deelnemers", "Begroting 2034")["printed"]) ==
   parse_num(HTM.cell("Tabel 3", "Totaal", "Gemeentelijke bijdrage Raming 2034")["printed"]),
   "html: bijdrage 2034 in Tabel 1 = Tabel 3 total")
t2 = HTM.table("Tabel 2")
for c in ("2034", "2037"):
    rows = [r[0][0] for r in t2["grid"][1:]]
    s = sum(parse_num(HTM.cell("Tabel 2", r, c)["printed"]) for r in rows if r != "Saldo ontwikkelingen")
    ok(s == parse_num(HTM.cell("Tabel 2", "Saldo ontwikkelingen", c)["printed"]), f"html Tabel 2 {c}: saldo")
# cross-document: Wolderbeek's 2034 bijdrage (kadernota) and its 2032 realisatie (jaarstukken) are different years
ok(pn("Tabel 4.4", "Werkbedrijf Maasheuvel", "Realisatie") !=
   parse_num(HTM.cell("Tabel 3", "Wolderbeek", "Gemeentelijke bijdrage Raming 2034")["printed"]), "cross-document years")

# ---------------------------------------------------------------------------------------------------------------
# 5c. layout features, PDF
FEAT: dict[str, object] = {}
info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(CORPUS / PDF_FILE)], capture_output=True, text=True,
                      check=True).stdout
npages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
ok(8 <= npages <= 20, f"PDF has {npages} pages (8-20)")
ok("fpdf2" in (re.search(r"^Producer:\s+(.*)$", info, re.M) or [None, ""])[1], "PDF producer is fpdf2")
rot = [int(m.group(1)) for m in re.finditer(r"^Page\s+(\d+) rot:\s+90", info, re.M)]
sizes = {int(m.group(1)): (float(m.group(2)), float(m.group(3)))
         for m in re.finditer(r"^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", info, re.M)}
ok(len(rot) == 1 and sizes[rot[0]][0] < sizes[rot[0]][1], f"one /Rotate 90 page with a portrait MediaBox: {rot}")
FEAT["rotate90_pages"] = rot
if rot:
    ok(PDF.pages[rot[0] - 1]["width"] > PDF.pages[rot[0] - 1]["height"], "rotated page displays landscape")
    ok("Staat van investeringen" in layout_page(rot[0]), "pdftotext reads the rotated page upright")
two = [n for n in range(1, npages + 1) if PDF.gutter(n)]
for n in two:
    x, top, bot = PDF.gutter(n)
    ws = [w for w in PDF.pages[n - 1]["words"] if top <= w["top"] <= bot]
    ok(any(w["x1"] < x for w in ws) and any(w["x0"] > x for w in ws), f"page {n}: text on both sides of the gutter")
ok(len(two) >= 1, "a two-column page exists")
FEAT["two_column_pages"] = two
for n in range(2, npages + 1):
    ok(f"Jaarstukken 2032 | pagina {n}" in layout_page(n), f"footer on page {n}")
ok("pagina 1" not in layout_page(1), "no footer on the cover")
segs = PDF.table("Tabel B.1")
ok(len(segs) >= 2 and segs[1]["page"] == segs[0]["page"] + 1 and
   [c["name"] for c in segs[0]["header"]] == [c["name"] for c in segs[1]["header"]], "Tabel B.1 breaks with a repeated header")
FEAT["repeated_header"] = [s["page"] for s in segs]
wrapped = PDF.cell("Tabel 2.4.2", "6.72 Maatwerkdienstverlening 18- (jeugdhulp ambulant en met verblijf)", "Realisatie")
ok(wrapped["label_lines"] >= 2, "a row label wraps onto two lines inside its cell")
k1000 = [f"Tabel 2.{n}.2" for n in range(1, 6) if PDF.table_scale(f"Tabel 2.{n}.2")[0] == 1000]
keur = [f"Tabel 2.{n}.2" for n in range(1, 6) if PDF.table_scale(f"Tabel 2.{n}.2")[0] == 1]
ok(k1000 and keur, "programme tables: some x € 1.000 (header cell), some in euros")
FEAT["x1000_in_header_cell"] = k1000 + ["Tabel 3.1", "Tabel 5.1"]
for cap in k1000:
    pno = PDF.find_line(cap)[0]
    ok(not any(clean(PDF.line_text(ln)) == "x € 1.000" and not any(
        _close(r.get("non_stroking_color"), GREY) and r["x0"] <= ln[0]["x0"] <= r["x1"] and r["top"] <= ln[0]["top"] <= r["bottom"]
        for r in PDF.pages[pno - 1]["rects"]) for ln in PDF.group_lines(PDF.pages[pno - 1]["words"])),
       f"{cap}: 'x € 1.000' only inside the header cell")
vn = PDF.table("Tabel 2.4.2")[0]["header"]
ok([c["name"] for c in vn][-1] == "V/N", "V/N is a separate column")
zebra_pages = [p["no"] for p in PDF.pages if any(_close(r.get("non_stroking_color"), ZEBRA) for r in p["rects"])]
border_pages = [p["no"] for p in PDF.pages if any(r.get("stroke") for r in p["rects"])]
ok(bool(zebra_pages) and bool(border_pages), "zebra-striped and bordered tables exist")
FEAT["zebra_pages"], FEAT["bordered_pages"] = zebra_pages, border_pages
for cap, sub in (("Tabel 5.1", "Lasten"), ("Tabel 5.1", "Baten"), ("Tabel 2.4.2", "Lasten"), ("Tabel 3.1", "Baten")):
    segs_ = PDF.table(cap)
    lines = PDF.group_lines(segs_[0]["words"])
    hit = [ln for ln in lines if PDF.line_text(ln) == sub]
    ok(hit and all("Bold" in w["fontname"] for w in hit[0]), f"{cap}: bold sub-heading {sub} without figures")
ok(PDF.cell("Tabel 5.1", "Totaal lasten", "Realisatie")["bold"], "bold subtotal rows")
ok(re.search(r"Het nadeel van € [\d.]+ op jeugdzorg \(taakveld 6\.72\) komt doordat", clean(TEXT[PDF_FILE])) is not None,
   "analysis of deviations in prose")
ok([c["name"] for c in PDF.table("Tabel 5.2")[0]["header"]] == ["Activa", "31-12-2032", "31-12-2031"], "balans: two year columns")
ok([c["name"] for c in PDF.table("Tabel 5.4")[0]["header"]][1:] ==
   ["Stand 1-1-2032", "Toevoeging", "Onttrekking", "Stand 31-12-2032"], "reserves overview columns")
ok([c["name"] for c in PDF.table("Tabel 4.3")[0]["header"]][1:] == ["Realisatie 2031", "Begroting 2032", "Realisatie 2032"],
   "kengetallen: begroting vs realisatie")
ok(TEXT_LAYOUT.count("Wat hebben we bereikt?") >= 5 and TEXT_LAYOUT.count("Wat heeft het gekost?") >= 5,
   "'Wat hebben we bereikt?' and 'Wat heeft het gekost?' per programme")
ok(len(re.findall(r"^Aantal [^\n:]+: [\d.]+$", TEXT[PDF_FILE], re.M)) >= 6, "a single-column list of key figures")
ok(re.search(r"^\s*Inhoudsopgave", layout_page(2), re.M) is not None, "table of contents on page 2")

# 5d. layout features, HTML
R = HTM.raw
body = R[R.index("<body>") + 6:R.index("</body>")]
ok("colspan=" in body and "rowspan=" in body, "html: merged header cells (colspan and rowspan)")
ok(re.search(r"<td[^>]*><p><strong>Totaal", body) is not None, "html: bold total rows with <strong>")
ok(re.search(r"<td[^>]*><p>[^<]*</p></td>", body) is not None and "<td></td>" in body, "html: <p> inside cells; empty cells")
ok("<td><p>-</p></td>" in body, "html: '-' cells")
ok(re.search(r"<p>(<strong>)?-\d{1,3}(\.\d{3})*(</strong>)?</p>", body) and
   re.search(r"<p>(<strong>)?\d{1,3}(\.\d{3})*-(</strong>)?</p>", body),
   "html: negatives as -1.234 and as 1.234-")
ok(re.search(r"<p><em>Tabel \d[^<]*x € 1\.000[^<]*</em></p><table>", body) is not None, "html: x € 1.000 in the caption above a table")
ul = [b for b in HTM.blocks if b["type"] == "ul"]
ok(ul and all("€" in it for it in ul[0]["items"]), "html: <ul> of policy proposals with amounts")
ok(any(b["type"] == "h1" and b["text"] == "Leeswijzer" for b in HTM.blocks), "html: Leeswijzer")
ok(not re.search(r"<(th|div|span|style)\b|class=", body), "html: plain mammoth output (no th/div/span/class)")
nsec = sum(1 for b in HTM.blocks if b["type"] in ("h1", "h2"))
ok(8 <= sum(1 for b in HTM.blocks if b["type"] == "h1") <= 20, f"html: 8-20 h1 sections ({nsec} headings)")
ok(any("per deelnemer" in (t["caption"] or "") for t in HTM.tables()), "html: bijdragen per deelnemer table")

# ---------------------------------------------------------------------------------------------------------------
# names: fictional names must not occur elsewhere (warning only)
NAMES = ["Wolderbeek", "Maasheuvel", "Olmenrade", "Kruisvelde", "Drieswijk", "Lommerveld", "Zandlanden", "Hoefvelde",
         "Kempkens", "Brekelmonde", "Leeskamer", "Gaasterbroek"]
for nm in NAMES:
    r = subprocess.run(["grep", "-ril", "--exclude-dir=set-af", nm, "/work/main/evals", "/work/main/corpus", "/work/shared"],
                       capture_output=True, text=True)
    if r.stdout.strip():
        WARN.append(f"name {nm} also occurs in: {r.stdout.split()[:3]}")

# ---------------------------------------------------------------------------------------------------------------
kinds: dict[str, int] = {}
for _, t, _, _ in TURNS:
    kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
print(f"cases: {len(CASES['cases'])}, turns: {len(TURNS)}, per kind: {kinds}")
print("layout:", json.dumps(FEAT))
for w in WARN:
    print("WARNING:", w)
if FAIL:
    for f in FAIL:
        print("FAIL:", f)
    print(f"check.py: {len(FAIL)} of {NCHECK} checks FAILED")
    sys.exit(1)
print(f"check.py: all {NCHECK} checks passed")
