"""Verify set-ah against the FINISHED documents only (never imports data.py or the generators).

1. Format: cases.yaml follows /work/shared/evals/FORMAT.md v1 (keys, kinds, expect keys, units, manifest names; every
   figure turn names its body in the question, an earlier turn or the case field; conversations carry the field).
2. Figures: every expected and accepted value is re-located at its recorded place: PDF page (and printed page number),
   table caption, row, column, printed text, scale and scale statement, continuation page; the printed text is also
   on the row's line in `pdftotext -layout`. HTML: section, table caption, tbody/tfoot, row, column, printed text,
   the amount written with &nbsp; in the raw HTML; KPI cards; prose sentences. Derivations are recomputed.
3. Refusals: the recorded absence rules hold in the documents (HTML including the site furniture).
4. Text: include items occur in the recorded passage; "which" candidates are re-located and named by include groups;
   `any` excludes are figures of the other document that do not occur in the own document.
5. Table arithmetic in both documents, and the layout features the brief asks for.
Fictional names found elsewhere under /work/main/evals, /work/main/corpus or /work/shared give a warning.

Usage: python check.py SET_DIR
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

from extract import HtmlDoc, PdfDoc, clean, parse_num, scale_of

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
FAIL: list[str] = []
WARN: list[str] = []
NCHECK = 0


def ok(cond, msg: str) -> bool:
    global NCHECK
    NCHECK += 1
    if not cond:
        FAIL.append(msg)
    return bool(cond)


def near(a, b, tol=1e-6) -> bool:
    return a is not None and b is not None and abs(a - b) <= tol


manifest = yaml.safe_load((CORPUS / "manifest.yaml").read_text(encoding="utf-8"))
DOCS = {dd["file"]: dd for dd in manifest["documents"]}
BODIES = {dd["municipality"]: dd["file"] for dd in manifest["documents"]}
ok(len(DOCS) == 2 and all((CORPUS / f).exists() for f in DOCS), "manifest: two documents that exist")
for dd in manifest["documents"]:
    ok(set(dd) == {"file", "municipality", "year", "type", "title"} and isinstance(dd["year"], int), f"manifest {dd}")
ok(sorted(p.name for p in CORPUS.iterdir()) == sorted(list(DOCS) + ["manifest.yaml"]),
   "corpus holds only the finished .pdf and .html and the manifest")
KF = [f for f in DOCS if f.endswith(".pdf")][0]
WF = [f for f in DOCS if f.endswith(".html")][0]
PDF, HTML = PdfDoc(CORPUS / KF), HtmlDoc(CORPUS / WF)
ok(DOCS[KF]["type"] == "jaarstukken" and 2038 <= DOCS[KF]["year"] <= 2041, "PDF: jaarstukken 2038-2041")
ok(DOCS[WF]["type"] in ("begroting", "voorjaarsnota"), "HTML: begroting or voorjaarsnota")
TEXT = {KF: PDF.full_text() + "\n" + "\n".join(PDF.layout_text(i) for i in range(1, PDF.npages + 1)),
        WF: HTML.full_text()}

raw = (SET / "cases.yaml").read_text(encoding="utf-8")
ok(raw.startswith("#") and "GENERATED" in raw.splitlines()[0], "cases.yaml: header comment says generated")
CASES = yaml.safe_load(raw)
PROV = json.loads((SET / "source" / "provenance.json").read_text(encoding="utf-8"))

# ------------------------------------------------------------------------------------------------ 1. format
ok(CASES.get("version") == 1 and isinstance(CASES.get("cases"), list) and set(CASES) == {"version", "cases"},
   "version 1 and a case list")
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
ids = [c.get("id") for c in CASES["cases"]]
ok(len(ids) == len(set(ids)) and all(isinstance(i, str) and i for i in ids), "ids unique and non-empty")
ok(set(ids) == set(PROV), "provenance covers exactly the case ids")


def names_of(body: str) -> list[str]:
    return [body] + [w for w in body.split() if w[0].isupper() and w != "Waterschap"]


def check_turn(cid, t, scope, earlier, in_conv):
    k = t.get("kind")
    ok(k in ("figure", "text", "refusal", "any"), f"{cid}: kind {k}")
    ok(isinstance(t.get("question"), str) and t["question"].strip(), f"{cid}: question")
    e = t.get("expect") or {}
    ok(set(e) <= EXPECT_KEYS, f"{cid}: unknown expect keys {set(e) - EXPECT_KEYS}")
    if "municipality" in e:
        ok(e["municipality"] in BODIES, f"{cid}: expect.municipality {e['municipality']} not in the manifest")
    if k == "figure":
        ok(isinstance(e.get("value"), (int, float)) and not isinstance(e.get("value"), bool), f"{cid}: value")
        ok(all(isinstance(a, (int, float)) for a in e.get("accept", [])), f"{cid}: accept numbers")
        ok(isinstance(e.get("tolerance", 0), (int, float)), f"{cid}: tolerance")
        ok(e.get("unit", "EUR") in ("EUR", "count", "percent", "grade"), f"{cid}: unit")
        ok("signed" not in e, f"{cid}: signed is not used")
        ok("municipality" in e, f"{cid}: figure without expect.municipality")
        named = scope is not None or any(nm.lower() in q.lower() for q in earlier + [t["question"]]
                                         for nm in names_of(e.get("municipality", "")))
        ok(named, f"{cid}: figure turn does not state its municipality")
        if in_conv:
            ok(scope is not None, f"{cid}: conversation figure turns carry the case municipality field")
    elif k == "text":
        inc = e.get("include")
        ok(isinstance(inc, list) and inc and all(isinstance(i, str) or (isinstance(i, list) and i and
                                                 all(isinstance(x, str) for x in i)) for i in inc), f"{cid}: include")
        ok("municipality" in e or "-x-welke-" in cid, f"{cid}: text municipality (only cross-body 'which' omits it)")
    elif k == "refusal":
        ok(set(e) <= {"municipality", "exclude"}, f"{cid}: refusal expect")
    elif k == "any":
        ok(isinstance(e.get("exclude"), list) and "municipality" in e, f"{cid}: any has exclude and municipality")
    if scope:
        ok(scope in BODIES, f"{cid}: case municipality {scope} not in the manifest")
        if "municipality" in e:
            ok(e["municipality"] == scope, f"{cid}: case scope and expect.municipality differ")


TURNS = []
for c in CASES["cases"]:
    cid, scope = c["id"], c.get("municipality")
    if "turns" in c:
        ok(set(c) <= {"id", "municipality", "turns"} and len(c["turns"]) >= 2, f"{cid}: conversation shape")
        ok(isinstance(PROV.get(cid), list) and len(PROV[cid]) == len(c["turns"]), f"{cid}: provenance per turn")
        qs = []
        for i, t in enumerate(c["turns"]):
            ok(set(t) <= {"question", "kind", "expect"}, f"{cid}.{i}: turn keys")
            check_turn(f"{cid}.{i}", t, scope, qs, True)
            qs.append(t["question"])
            TURNS.append((f"{cid}.{i}", t, PROV[cid][i], scope))
    else:
        ok(set(c) <= {"id", "question", "municipality", "kind", "expect"}, f"{cid}: case keys")
        check_turn(cid, c, scope, [], False)
        TURNS.append((cid, c, PROV.get(cid, {}), scope))

# ------------------------------------------------------------------------------------------------ 2. figures


def on_layout_line(page, src, printed) -> bool:
    """the printed cell occurs in pdftotext -layout of its page on the line of its row label (for a multirow
    group: the sub-label line, with the group label on an adjacent line)"""
    lines = PDF.layout_text(page).splitlines()
    parts = src["row"].split(" / ")
    lab = parts[-1]
    for j, ln in enumerate(lines):
        if clean(ln).startswith(clean(lab)[:30]) and printed in ln:
            if len(parts) == 1:
                return True
            grp = [clean(x) for x in lines[max(0, j - 1): j + 2]]
            if any(g.startswith(parts[0]) for g in grp):
                return True
    return False


def locate(src: dict):
    doc = src["document"]
    tag = f"{doc} {src.get('table') or src.get('prose') or src.get('kpi')} / {src.get('row')} / {src.get('column')}"
    if "kpi" in src:
        got = HTML.kpis().get(src["kpi"])
        ok(got == src["printed"], f"KPI card {src['kpi']}: {got!r} != {src['printed']!r}")
        ok(f">{src['printed'].replace(' ', '&nbsp;')}<" in HTML.raw, f"KPI value written with &nbsp;: {tag}")
        v = parse_num(got or "")
        return None if v is None else round(v * (1_000_000 if got.endswith("mln") else 1), 6)
    if "prose" in src:
        if doc == KF:
            pages = PDF.prose(src["prose"])
            ok(src["page"] in pages, f"prose not on page {src['page']}: {src['prose']}")
            ok(PDF.printed_page(src["page"]) == src["printed_page"], f"printed page number: {tag}")
        else:
            where = HTML.prose(src["prose"])
            ok(src["section"] in where, f"prose not in {src['section']}: {src['prose']}")
        ok(src["printed"] in src["prose"], f"printed text not in the sentence: {tag}")
        ok(src["scale"] == 1, f"prose scale: {tag}")
        v = parse_num(src["printed"])
        return None if v is None else round(v * src["scale"], 6)
    try:
        c = (PDF if doc == KF else HTML).cell(src["caption_key"], src["row"], src["column"])
    except KeyError as ex:
        ok(False, f"cannot locate {tag}: {ex}")
        return None
    ok(c["caption"] == src["table"], f"caption differs: {tag}")
    ok(c["printed"] == src["printed"], f"printed {c['printed']!r} != recorded {src['printed']!r}: {tag}")
    ok(c["scale"] == src["scale"] and c["scale_statement"] == src["scale_statement"], f"scale: {tag}")
    if doc == KF:
        ok(c["page"] == src["page"] and c["printed_page"] == src["printed_page"], f"page {c['page']}: {tag}")
        ok(c["continuation"] == src.get("on_continuation_page", False), f"continuation flag: {tag}")
        if c["continuation"]:
            ok(c["continued_caption"] == src["continued_caption"] and src["continued_caption"].endswith("(vervolg)"),
               f"continued caption: {tag}")
        ok(c["multirow_group"] == src.get("multirow_group_label", False), f"multirow flag: {tag}")
        ok(on_layout_line(c["page"], src, c["printed"]), f"pdftotext -layout: {src['printed']!r} not on the line "
                                                         f"of {src['row']!r} (page {c['page']})")
    else:
        ok(c["section"] == src["section"] and c["part"] == src["part"], f"section/part: {tag}")
        ok(c["footnote_marker"] == src.get("footnote_marker_on_label", ""), f"footnote marker: {tag}")
        if "€" in c["printed"]:
            ok(f">{c['printed'].replace('€ ', '€&nbsp;')}<" in HTML.raw, f"€&nbsp;amount in the raw HTML: {tag}")
    v = parse_num(c["printed"])
    if not ok(v is not None, f"not a number: {tag}"):
        return None
    v = round(v * c["scale"], 6)
    ok(near(v, src["value"]), f"value {v} != recorded {src['value']}: {tag}")
    return v


def evaluate(a: dict):
    vals = [locate(s) for s in a["sources"]]
    if any(v is None for v in vals):
        return None
    if a.get("op") is None:
        ok(len(vals) == 1, "a single source without op")
        return vals[0]
    v = sum(sg * x for sg, x in zip(a["signs"], vals))
    ok(near(parse_num(a["derivation"].split("=")[-1].strip()), v, 0.006), f"derivation {a['derivation']} != {v}")
    return round(v, 6)


for tid, t, p, scope in TURNS:
    ok(p.get("kind") == t["kind"], f"{tid}: provenance kind")
    e = t.get("expect") or {}
    if t["kind"] != "figure":
        continue
    mv = evaluate(p["main"])
    ok(near(mv, e["value"], 1e-6), f"{tid}: expected {e['value']} but the document gives {mv}")
    ok(all(DOCS[s["document"]]["municipality"] == e["municipality"] for s in p["main"]["sources"]),
       f"{tid}: expect.municipality is not the body of the cited document")
    want = []
    for a in p.get("accept", []):
        av = evaluate(a)
        ok(all(DOCS[s["document"]]["municipality"] == e["municipality"] for s in a["sources"]),
           f"{tid}: an accepted value comes from another body")
        if av is not None and not near(abs(av), abs(mv)) and abs(av) not in [abs(x) for x in want]:
            want.append(av)
    ok(sorted(abs(x) for x in e.get("accept", [])) == sorted(abs(x) for x in want),
       f"{tid}: accept {e.get('accept')} != located alternatives {want}")

# ------------------------------------------------------------------------------------------------ 3. refusals


def sentences(txt: str) -> list[str]:
    out = []
    for block in re.split(r"\n\s*\n", txt):
        out += [s for s in re.split(r"(?<=[.!?;])\s+", clean(block)) if s]
    return out


SENT = {KF: sentences("\n\n".join(PDF.page_text(i) for i in range(1, PDF.npages + 1))),
        WF: [s for tag in ("p", "li", "summary", "td", "th", "caption", "span", "div")
             for n in HTML.root.find_all(tag) for s in re.split(r"(?<=[.!?;])\s+", clean(n.text())) if s]}
for tid, t, p, scope in TURNS:
    if t["kind"] != "refusal":
        continue
    ok(bool(p.get("absent")), f"{tid}: refusal without absence rules")
    if scope:
        ok(BODIES[scope] in p["absent"], f"{tid}: the absence rules do not cover the scoped document")
    for f, rules in p["absent"].items():
        low = TEXT[f].lower()
        for w in rules.get("not_in_text", []):
            ok(w.lower() not in low, f"{tid}: '{w}' occurs in {f}")
        for w in rules.get("not_as_word", []):
            ok(not re.search(rf"\b{re.escape(w)}\b", TEXT[f], re.I), f"{tid}: word '{w}' occurs in {f}")
        for ws in rules.get("no_sentence_with", []):
            bad = [s for s in SENT[f] if all(w.lower() in s.lower() for w in ws)]
            ok(not bad, f"{tid}: a sentence in {f} has {ws}: {bad[:1]}")
        for ws in rules.get("no_amount_sentence_with", []):
            bad = [s for s in SENT[f] if all(w.lower() in s.lower() for w in ws) and re.search(r"€\s*\d", s)]
            ok(not bad, f"{tid}: a sentence in {f} has {ws} and an amount: {bad[:1]}")
        for cap, w in rules.get("table_header_lacks", []):
            tb = (PDF if f == KF else HTML).table(cap)
            ok(all(w not in c for c in tb["columns"]) and w not in tb["caption"], f"{tid}: {cap} has {w}")

# ------------------------------------------------------------------------------------------------ 4. text / which / any


def item_ok(item, txt: str) -> bool:
    return any(a.lower() in txt.lower() for a in ([item] if isinstance(item, str) else item))


for tid, t, p, scope in TURNS:
    e = t.get("expect") or {}
    if t["kind"] == "text":
        w = p["where"]
        if "candidates" in w:
            ok(len(w["candidates"]) >= 2, f"{tid}: 2+ candidates")
            for s in w["candidates"]:
                ok(locate(s) is not None, f"{tid}: candidate located")
                pr = s["printed"].replace("€", "").strip().lstrip("−-")
                ok(any(any(pr == x or pr.startswith(x) for x in ([i] if isinstance(i, str) else i))
                       for i in e["include"]), f"{tid}: candidate {pr} not named by an include group")
            if "municipality" in e:
                ok(all(DOCS[s["document"]]["municipality"] == e["municipality"] for s in w["candidates"]),
                   f"{tid}: candidates from another body")
            else:
                ok(len({s["document"] for s in w["candidates"]}) == 2, f"{tid}: cross-body candidates from both")
        else:
            if w["document"] == KF:
                pages = PDF.prose(w["phrase"])
                ok(bool(pages), f"{tid}: passage not found: {w['phrase']}")
                ptxt = clean("\n".join(PDF.page_text(n) for n in pages))
            else:
                where = HTML.prose(w["phrase"])
                ok(bool(where), f"{tid}: passage not found: {w['phrase']}")
                secs = [n for n in HTML.root.find_all("section") if w["phrase"] in clean(n.text())]
                ptxt = clean(" ".join(n.text() for n in secs))
            for i in e["include"]:
                ok(item_ok(i, ptxt), f"{tid}: include {i} not in the passage's page/section")
            ok(DOCS[w["document"]]["municipality"] == e["municipality"], f"{tid}: passage from another body")
    elif t["kind"] == "any":
        wrong = p["exclude_is"]
        locate(wrong)
        own = BODIES[e["municipality"]]
        ok(wrong["document"] != own, f"{tid}: the excluded figure comes from the other document")
        for x in e["exclude"]:
            ok(x == wrong["printed"], f"{tid}: exclude {x} is the recorded wrong figure")
            ok(x not in TEXT[own], f"{tid}: exclude {x} occurs in the own document")

# ------------------------------------------------------------------------------------------------ 5a. arithmetic, PDF


def pn(cap, row, col):
    return parse_num(PDF.cell(cap, row, col)["printed"])


COLS = ("Begroting 2039 primitief", "Begroting 2039 na wijziging", "Realisatie 2039")
OVZ = "Overzicht van baten en lasten per programma"
ov = PDF.table(OVZ)
groups = ov["groups"]
for cap_t in [t_ for t_ in PDF.tables if t_["caption"].startswith("Tabel 2.") and "Wat heeft het gekost?" in t_["caption"]]:
    cap = cap_t["caption"]
    name = cap.split("Wat heeft het gekost? ")[1].split(" (x")[0]
    grp = [g for g in groups if g.split(" ", 1)[1] == name]
    ok(len(grp) == 1, f"{cap}: programme in Tabel 4.1")
    for c in COLS:
        L, B, S = pn(cap, "Lasten", c), pn(cap, "Baten", c), pn(cap, "Saldo van baten en lasten", c)
        ok(B - L == S, f"{cap} {c}: saldo")
        ok(S + pn(cap, "Toevoeging aan reserves", c) + pn(cap, "Onttrekking aan reserves", c) == pn(cap, "Resultaat", c),
           f"{cap} {c}: resultaat")
        if grp:
            ok(pn(OVZ, f"{grp[0]} / Lasten", c) == L and pn(OVZ, f"{grp[0]} / Baten", c) == B, f"{cap} {c}: = Tabel 4.1")
    for r in cap_t["rows"]:
        cc = r["cells"]
        d_ = parse_num(cc["Realisatie 2039"]) - parse_num(cc["Begroting 2039 na wijziging"])
        ok(abs(d_) == parse_num(cc["Verschil"]), f"{cap} {r['key']}: verschil")
        if d_:
            good = d_ < 0 if r["key"] == "Lasten" else d_ > 0
            ok(cc.get("V/N") == ("V" if good else "N"), f"{cap} {r['key']}: V/N")
for c in COLS:
    ok(sum(pn(OVZ, f"{g} / Lasten", c) for g in groups) == pn(OVZ, "Totaal lasten", c), f"Tabel 4.1 {c}: totaal lasten")
    ok(sum(pn(OVZ, f"{g} / Baten", c) for g in groups) == pn(OVZ, "Totaal baten", c), f"Tabel 4.1 {c}: totaal baten")
    S = pn(OVZ, "Totaal baten", c) - pn(OVZ, "Totaal lasten", c)
    ok(S == pn(OVZ, "Saldo van baten en lasten", c), f"Tabel 4.1 {c}: saldo")
    R = S + pn(OVZ, "Toevoeging aan reserves", c) + pn(OVZ, "Onttrekking aan reserves", c)
    ok(R == pn(OVZ, "Resultaat", c), f"Tabel 4.1 {c}: resultaat")
    for row in ("Totaal lasten", "Totaal baten", "Resultaat"):
        ok(abs(pn("Kerncijfers", row, c) - pn(OVZ, row, c) / 1000) <= 0.05 + 1e-9, f"Kerncijfers {row} {c} = Tabel 4.1")
TV = PDF.table("Lasten en baten per taakveld")
tvrows = [r for part in [TV] + TV.get("continued_on", []) for r in part["rows"]]
body = [r for r in tvrows if r["key"] != "Totaal"]
for col in ("Lasten", "Baten", "Saldo"):
    ok(sum(parse_num(r["cells"][col]) for r in body) == pn("Lasten en baten per taakveld", "Totaal", col),
       f"Tabel 5.1 total {col}")
for r in body:
    ok(parse_num(r["cells"]["Baten"]) - parse_num(r["cells"]["Lasten"]) == parse_num(r["cells"]["Saldo"]),
       f"Tabel 5.1 {r['key']}: saldo")
ok(abs(pn("Lasten en baten per taakveld", "Totaal", "Lasten") / 1000 - pn(OVZ, "Totaal lasten", COLS[2])) <= 4,
   "taakveld total lasten ~ Tabel 4.1 (x € 1.000)")
for cap, tot in (("activa", "Totaal activa"), ("passiva", "Totaal passiva")):
    rows = [r["key"] for r in PDF.table(cap)["rows"] if r["key"] != tot]
    for c in ("31-12-2039", "31-12-2038"):
        ok(sum(pn(cap, r, c) for r in rows) == pn(cap, tot, c), f"balans {cap} {c}: total")
for c in ("31-12-2039", "31-12-2038"):
    ok(pn("activa", "Totaal activa", c) == pn("passiva", "Totaal passiva", c), f"balans {c}: activa = passiva")
RS = "Verloop van de reserves"
for r in PDF.table(RS)["rows"]:
    cc = {k_: parse_num(v) for k_, v in r["cells"].items()}
    ok(cc["Stand 1-1-2039"] + cc["Toevoeging"] - cc["Onttrekking"] == cc["Stand 31-12-2039"], f"reserves {r['key']}")
ok(pn(RS, "Totaal reserves", "Toevoeging") == -pn(OVZ, "Toevoeging aan reserves", COLS[2]) and
   pn(RS, "Totaal reserves", "Onttrekking") == pn(OVZ, "Onttrekking aan reserves", COLS[2]), "reserves = Tabel 4.1")
ok(pn(RS, "Algemene reserve", "Stand 31-12-2039") == pn("passiva", "Algemene reserve", "31-12-2039"), "alg. reserve = balans")
ok(pn(RS, "Totaal reserves", "Stand 31-12-2039") == pn("passiva", "Algemene reserve", "31-12-2039") +
   pn("passiva", "Bestemmingsreserves", "31-12-2039"), "reserves = balans")
ok(pn("passiva", "Gerealiseerd resultaat", "31-12-2039") == pn(OVZ, "Resultaat", COLS[2]), "resultaat on the balans")
WT = "Bezoldiging topfunctionarissen"
for f_ in ("Gemeentesecretaris", "Griffier"):
    ok(pn(WT, "Beloning plus belastbare onkostenvergoedingen", f_) + pn(WT, "Beloningen betaalbaar op termijn", f_) ==
       pn(WT, "Bezoldiging", f_), f"WNT {f_}: bezoldiging")
    ok(pn(WT, "Bezoldiging", f_) <= pn(WT, "Individueel toepasselijk bezoldigingsmaximum", f_), f"WNT {f_}: under max")
ok(round(271000 * pn(WT, "Omvang dienstverband (in fte)", "Griffier")) ==
   pn(WT, "Individueel toepasselijk bezoldigingsmaximum", "Griffier"), "WNT: griffier maximum pro rata")
RB = "Voorstel resultaatbestemming"
rb = [r["key"] for r in PDF.table(RB)["rows"] if not r["key"].startswith("Totaal")]
ok(sum(pn(RB, r, "Bedrag") for r in rb) == pn(RB, "Totaal resultaat 2039", "Bedrag"), "resultaatbestemming total")
ok(round(pn(RB, "Totaal resultaat 2039", "Bedrag") / 1000) == pn(OVZ, "Resultaat", COLS[2]), "resultaat euros ~ x 1.000")
ok(f"voordelig resultaat van € {PDF.cell(RB, 'Totaal resultaat 2039', 'Bedrag')['printed']}" in clean(TEXT[KF]),
   "prose resultaat = Tabel 4.6")

# ------------------------------------------------------------------------------------------------ 5b. arithmetic, HTML


def hn(cap, row, col):
    return parse_num(HTML.cell(cap, row, col)["printed"])


PT = "Lasten en baten per programma"
pt = HTML.table(PT)
ycols = pt["columns"][2:]
ok(len(ycols) == 4, f"four year columns: {ycols}")
prows = [r["key"] for r in pt["rows"] if r["part"] == "tbody"]
for c in ycols:
    lasten = sum(hn(PT, r, c) for r in prows if r.endswith("/ Lasten") or r.endswith("/ Toevoeging aan reserves"))
    baten = sum(hn(PT, r, c) for r in prows if not (r.endswith("/ Lasten") or r.endswith("/ Toevoeging aan reserves")))
    ok(lasten == hn(PT, "Totaal lasten", c) and baten == hn(PT, "Totaal baten", c), f"HTML Tabel 1 {c}: totals")
    ok(baten - lasten == hn(PT, "Saldo", c) == 0, f"HTML Tabel 1 {c}: sluitend")
kp = HTML.kpis()
ok(abs(parse_num(kp["Totale lasten 2040"]) * 1000 - sum(hn(PT, r, "Begroting 2040") for r in prows if
                                                        r.endswith("/ Lasten"))) <= 50, "KPI totale lasten")
ok(abs(parse_num(kp["Opbrengst waterschapsbelastingen"]) * 1000 -
       hn(PT, "Waterschapsbelastingen / Watersysteemheffing", "Begroting 2040") -
       hn(PT, "Waterschapsbelastingen / Zuiveringsheffing", "Begroting 2040")) <= 50, "KPI belastingopbrengst")
IT = "Investeringen 2040"
it = HTML.table(IT)
for c in ("Bruto investering", "Subsidie", "Netto investering"):
    ok(sum(hn(IT, r["key"], c) for r in it["rows"] if r["part"] == "tbody") == hn(IT, "Totaal", c), f"investeringen {c}")
for r in it["rows"]:
    ok(hn(IT, r["key"], "Bruto investering") - hn(IT, r["key"], "Subsidie") == hn(IT, r["key"], "Netto investering"),
       f"investeringen {r['key']}: netto")
ok(abs(parse_num(kp["Bruto investeringen 2040"]) * 1e6 - hn(IT, "Totaal", "Bruto investering")) <= 50000, "KPI invest")
RT = "Verloop van de reserves in 2040"
rt = HTML.table(RT)
for r in rt["rows"]:
    ok(hn(RT, r["key"], "Stand 1-1-2040") + hn(RT, r["key"], "Toevoeging") - hn(RT, r["key"], "Onttrekking") ==
       hn(RT, r["key"], "Stand 31-12-2040"), f"HTML reserves {r['key']}")
for c in ("Stand 1-1-2040", "Toevoeging", "Onttrekking", "Stand 31-12-2040"):
    ok(sum(hn(RT, r["key"], c) for r in rt["rows"] if r["part"] == "tbody") == hn(RT, "Totaal", c), f"reserves {c}")
ok(hn(RT, "Totaal", "Toevoeging") == hn(PT, "Reserves / Toevoeging aan reserves", "Begroting 2040") and
   hn(RT, "Totaal", "Onttrekking") == hn(PT, "Reserves / Onttrekking aan reserves", "Begroting 2040"),
   "HTML reserves = Tabel 1")
ok(abs(parse_num(kp["Algemene reserve eind 2040"]) * 1000 - hn(RT, "Algemene reserve", "Stand 31-12-2040")) <= 50,
   "KPI algemene reserve")
TT = "Tarieven waterschapsbelastingen"
for r in HTML.table(TT)["rows"]:
    a, b = hn(TT, r["key"], "Tarief 2039"), hn(TT, r["key"], "Tarief 2040")
    ok(abs(round((b / a - 1) * 100, 1) - hn(TT, r["key"], "Mutatie")) < 1e-9, f"tarieven {r['key']}: mutatie")
LT = "Wat betaalt een huishouden"
ing, zh = hn(TT, "Ingezetenenheffing", "Tarief 2040"), hn(TT, "Zuiveringsheffing", "Tarief 2040")
ok(near(hn(LT, "Eenpersoonshuishouden, huurwoning", "2040"), round(ing + zh, 2), 0.001), "lastendruk 1 v.e.")
ok(near(hn(LT, "Meerpersoonshuishouden, huurwoning", "2040"), round(ing + 3 * zh, 2), 0.001), "lastendruk 3 v.e.")
for r in HTML.table(LT)["rows"]:
    ok(near(hn(LT, r["key"], "2040") - hn(LT, r["key"], "2039"), hn(LT, r["key"], "Verschil"), 0.001),
       f"lastendruk {r['key']}: verschil")

# ------------------------------------------------------------------------------------------------ 5c. layout features
FEAT: dict = {KF: {}, WF: {}}
info = subprocess.run(["pdfinfo", str(CORPUS / KF)], capture_output=True, text=True, check=True).stdout
ok("pdfTeX" in re.search(r"^Producer:\s+(.*)$", info, re.M).group(1), "PDF made by pdfTeX (LaTeX)")
npg = PDF.npages
ok(8 <= npg <= 20, f"PDF: {npg} pages (8-20)")
FEAT[KF]["pages"] = npg
vert = [ln for pg in PDF.pdf.pages for ln in pg.lines if abs(ln["x0"] - ln["x1"]) < 0.5 and ln["bottom"] - ln["top"] > 5]
ok(not vert, "booktabs: no vertical rules")
ok(all(t_["head_lines"] >= 1 for t_ in PDF.tables) and len(PDF.tables) >= 20, "booktabs tables with header rules")
ok(TV["pages"] == [TV["page"], TV["page"] + 1] and TV["continued_on"][0]["caption"].endswith("(vervolg)"),
   "longtable breaks over two pages with '(vervolg)' in the continued caption")
ok(TV["continued_on"][0]["columns"] == TV["columns"] and TV["continued_on"][0]["head_lines"] >= 1,
   "longtable header repeated (\\endhead) on the continuation page")
ok(len(TV["continued_on"][0]["rows"]) >= 5, "5+ rows on the longtable continuation page")
ok("vervolg op de volgende pagina" in clean(PDF.page_text(TV["page"])), "longtable \\endfoot note")
FEAT[KF]["longtable_pages"] = TV["pages"]
ok(len(groups) == 7 and all(r["key"].count(" / ") == 1 for r in ov["rows"][:14]), "multirow labels over lasten/baten")
lay = PDF.layout_text(ov["page"]).splitlines()
ml = [j for j, ln in enumerate(lay) if clean(ln) == groups[0]]
ok(ml and "Lasten" in lay[ml[0] - 1] and "Baten" in lay[ml[0] + 1], "multirow label vertically between its two rows")
FEAT[KF]["multirow_groups"] = groups
ok(ov["columns"][:2] == list(COLS[:2]) and ov["partial_rules"] >= 1, "\\multicolumn 'Begroting 2039' over primitief / "
                                                                     "na wijziging with a \\cmidrule")
ok("V/N" in ov["columns"] and "−" in TEXT[KF], "V/N column and typographic minus")
ok(all(re.fullmatch(r"−?\d+,\d", v) or v == "–" for r in PDF.table("Kerncijfers")["rows"] for v in r["cells"].values())
   and scale_of(PDF.table("Kerncijfers")["caption"])[0] == 1_000_000, "x € 1 mln table with one decimal")
ok(scale_of(ov["caption"])[0] == 1000 and scale_of(TV["caption"])[0] == 1 and "bedragen in €" in TV["caption"],
   "x € 1.000 and whole-euro tables")
for i in range(3, npg + 1):
    hd = PDF.running_header(i)
    ok(re.match(r"^\d (Inleiding|Programmaverantwoording|Paragrafen|Jaarrekening|Bijlage) ", hd) and
       "Jaarstukken 2039" in hd, f"page {i}: chapter title in the running header ({hd})")
    ok(PDF.printed_page(i) == i - 1, f"page {i}: 'Pagina {i - 1}' in the footer")
full = clean(TEXT[KF])
for h_ in ("Wat wilden we bereiken?", "Wat hebben we bereikt?", "Wat heeft het gekost?"):
    ok(full.count(h_) >= 7, f"per programme: {h_}")
ok(sum(1 for t_ in PDF.tables if t_["caption"].split(" ", 2)[2].startswith("Indicatoren")) == 7 and
   all({"Streefwaarde 2039", "Realisatie 2039"} <= set(t_["columns"]) for t_ in PDF.tables if "Indicatoren" in t_["caption"]),
   "indicator tables with streefwaarde and realisatie")
ok("Analyse van de afwijkingen" in full and "hoger uit dan de begroting na wijziging" in full, "deviations in prose")
for key in ("activa", "passiva", "Verloop van de reserves", "Bezoldiging topfunctionarissen", "Financiële kengetallen",
            "Voorstel resultaatbestemming"):
    ok(PDF.table(key) is not None, f"table present: {key}")
ok(PDF.table("Verloop van de reserves")["columns"] == ["Stand 1-1-2039", "Toevoeging", "Onttrekking", "Stand 31-12-2039"],
   "reserves: stand 1-1, toevoeging, onttrekking, stand 31-12")
# HTML
r_ = HTML.raw
ok("<nav" in r_ and "<footer" in r_ and "main-nav" in r_, "navigation menu and footer (site furniture)")
furn = HTML.furniture()
ok("Postbus 318" in furn and "Postbus" not in HTML.content_text(), "furniture kept outside <main>")
ok(len(kp) >= 4 and r_.count('<div class="kpi"><span class="label">') >= 4 and
   sum(1 for v in kp.values() if v.startswith("€ ")) >= 4, "KPI cards with label/value spans")
ok('class="value">€&nbsp;' in r_, "KPI value with &nbsp; between € and the number")
ok(r_.count("<thead>") >= 5 and r_.count("<tfoot>") >= 3, "tables with thead and tfoot totals")
ok(r_.count('<th scope="row"') >= 20 and 'scope="rowgroup" rowspan="2"' in r_ and 'colspan="3"' in r_,
   "th scope=row headers, rowspan and colspan")
ok(scale_of(pt["caption"])[0] == 1000 and "<caption>" in r_ and "x €&nbsp;1.000" in r_, "x € 1.000 in a <caption>")
ok("bedragen in euro's" in HTML.table(IT)["caption"], "whole-euro table")
ok(len(HTML.table(TT)["rows"]) >= 6, "tarieven per category")
ok("<details>" in r_ and "<summary>" in r_, "details/summary section")
sups = re.findall(r'<sup><a href="#(noot\d)"', r_)
ok(len(sups) >= 2 and all(f'<li id="{s}">' in r_ for s in sups), "footnote references with footnote texts")
FEAT[WF] = {"kpis": list(kp), "tables": [t_["caption"] for t_ in HTML.tables], "footnotes": sups,
            "spans": len(pt["spans"])}

# ------------------------------------------------------------------------------------------------ names
NAMES = ["Korsendael", "Vlietmonde", "Ulvenhoek", "Dommerzijl", "Gravenmeer", "Wierhaven", "Kleiwaard", "Rietvenne",
         "Oostermade", "Lutterzand", "Brakelwold", "Hulsterveen", "Steenakker", "Hazelbroek", "Ostendorp", "Verhaeghe"]
for nm in NAMES:
    r = subprocess.run(["grep", "-ril", "--exclude-dir=set-ah", nm, "/work/main/evals", "/work/main/corpus",
                        "/work/shared"], capture_output=True, text=True)
    if r.stdout.strip():
        WARN.append(f"name {nm} also occurs in: {r.stdout.split()[:3]}")

# ------------------------------------------------------------------------------------------------ summary
kinds: dict = {}
for _, t, p, _ in TURNS:
    k = t["kind"] + ("(which)" if t["kind"] == "text" and "candidates" in p.get("where", {}) else "")
    kinds[k] = kinds.get(k, 0) + 1
print(f"cases: {len(CASES['cases'])}, turns: {len(TURNS)}, per kind: {kinds}")
print("layout:", json.dumps(FEAT, ensure_ascii=False))
for w in WARN:
    print("WARNING:", w)
if FAIL:
    for f in FAIL:
        print("FAIL:", f)
    print(f"check.py: {len(FAIL)} of {NCHECK} checks FAILED")
    sys.exit(1)
print(f"check.py: all {NCHECK} checks passed")
