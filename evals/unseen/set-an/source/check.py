"""Verify set-an against the FINISHED documents only (never imports data.py or the generators).

1. Format: cases.yaml follows /work/shared/evals/FORMAT.md v1 (keys, kinds, units, no `signed`); ids follow the
   an-* scheme; every figure turn names its body (question, an earlier turn or the case field); no question says
   "volgend jaar"/"vorig jaar"; the manifest lists six documents with file/municipality/year/type/title, the four
   existing ones copied byte for byte from /work/main/corpus with their manifest metadata.
2. Figures: every expected and accepted value is re-located at its recorded place -- text export: the money table's
   row/column and line, the indicator row and its column, the indicator block (anchor, year line, value line),
   prose by line; PDF: table (title, occurrence, page, section, header-derived column, row), printed text, scale
   and scale statement, the printed line of `pdftotext -layout` of the page; bijlage blocks (caption, year, sub);
   old-edition layout lines -- and derivations are recomputed.  "other_edition" figures (the same row in the
   predecessor) are re-located, differ from the value and appear nowhere in accept.  At least 8 such turns and at
   least 3 derivations across the two editions.
3. Refusals: the recorded absence rules hold and together cover all six documents.
4. Text: the passage is at its recorded place and every include group has an item IN the passage.  "which":
   candidates re-located and distinct, one include group per candidate naming its printed figure, no municipality
   condition; at least two no-year which-cases whose candidates are the two editions of one body.  any: the
   excludes are absent from the own document.
5. The figures of both new documents add up as printed, and the repeated comparative columns of the jaarstukken
   2024 equal the jaarstukken 2023 (except the listed one-unit restatements).
6. Layout features of both new documents, printed as a checklist.

Usage: python check.py SET_DIR
"""
from __future__ import annotations

import difflib
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

from extract import NBSP, PdfDoc, TxtDoc, clean, parse_num

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
MAIN_CORPUS = Path("/work/main/corpus")
FAIL: list[str] = []
N = 0


def ok(cond, msg):
    global N
    N += 1
    if not cond:
        FAIL.append(msg)
    return bool(cond)


# ------------------------------------------------------------------------------------- manifest and documents
man = yaml.safe_load((CORPUS / "manifest.yaml").read_text(encoding="utf-8"))
DOCS = {m["file"]: m for m in man["documents"]}
ok(len(DOCS) == 6 and all((CORPUS / f).exists() for f in DOCS), "manifest: six documents present")
for m in man["documents"]:
    ok(set(m) == {"file", "municipality", "year", "type", "title"} and isinstance(m["year"], int), f"manifest {m}")
ok(sorted(p.name for p in CORPUS.iterdir()) == sorted(list(DOCS) + ["manifest.yaml"]),
   "corpus holds only the six documents and the manifest")
orig = yaml.safe_load((MAIN_CORPUS / "manifest.yaml").read_text(encoding="utf-8"))["documents"]
for o in orig:
    m = DOCS.get(o["file"])
    ok(m is not None and all(m[k] == o[k] for k in ("municipality", "year", "type", "title")),
       f"manifest entry of {o['file']} copied")
    ok(hashlib.sha256((CORPUS / o["file"]).read_bytes()).hexdigest() ==
       hashlib.sha256((MAIN_CORPUS / o["file"]).read_bytes()).hexdigest(), f"{o['file']} copied unchanged")
OLD = {o["file"] for o in orig}
NEW = [f for f in DOCS if f not in OLD]
ok(len(NEW) == 2, "two new documents")
DF = [f for f in NEW if f.endswith(".txt")][0]
CF = [f for f in NEW if f.endswith(".pdf")][0]
DB, CB = DOCS[DF]["municipality"], DOCS[CF]["municipality"]
ok(DB == "Dinkelland" and CB == "Collectie Overijssel", "the new documents are Dinkelland and Collectie Overijssel")
DO = [f for f in OLD if DOCS[f]["municipality"] == DB][0]
CO = [f for f in OLD if DOCS[f]["municipality"] == CB][0]
ok(DOCS[DF]["year"] == DOCS[DO]["year"] + 1 and DOCS[CF]["year"] == DOCS[CO]["year"] + 1,
   "each new document is the next year's edition")
ok(DOCS[DF]["title"] == "Begroting 2021, Ambitie Inclusieve samenleving" and DOCS[CF]["title"] == "Jaarstukken 2024"
   and DOCS[DF]["type"] == DOCS[DO]["type"] and DOCS[CF]["type"] == DOCS[CO]["type"], "titles and types as the series")
BODY = {f: DOCS[f]["municipality"] for f in DOCS}
D, DOLD, C, COLD = TxtDoc(CORPUS / DF), TxtDoc(CORPUS / DO), PdfDoc(CORPUS / CF), PdfDoc(CORPUS / CO)
PARSED = {DF: D, DO: DOLD, CF: C, CO: COLD}


def doc_text(f):
    p = CORPUS / f
    if f.endswith(".pdf"):
        return PARSED[f].full_text() if f in PARSED else subprocess.run(
            ["pdftotext", str(p), "-"], capture_output=True, text=True, check=True).stdout
    return p.read_text(encoding="utf-8")


TEXT = {f: doc_text(f) for f in DOCS}

raw = (SET / "cases.yaml").read_text(encoding="utf-8")
ok(raw.startswith("#") and "GENERATED" in raw.splitlines()[0] and "FICTIONAL" in raw[:1500],
   "cases.yaml header: generated, names the fictional editions")
CASES = yaml.safe_load(raw)
PROV = json.loads((SET / "source" / "provenance.json").read_text(encoding="utf-8"))

# ------------------------------------------------------------------------------------- 1. format
ok(set(CASES) == {"version", "cases"} and CASES["version"] == 1, "version 1 + cases")
ids = [c["id"] for c in CASES["cases"]]
ok(len(ids) == len(set(ids)), "unique ids")
ok(set(ids) == set(PROV), "provenance covers exactly the case ids")
ok(all(re.fullmatch(r"an-(d|c)-(\d\d|conv-\d\d|tekst-\d\d|welke-\d\d|any-\d\d)|an-x-weiger-\d\d", i) for i in ids),
   "ids follow an-d-*/an-c-*/an-x-weiger-*/*-conv-*/*-tekst-*/*-welke-*/*-any-*")
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
CASE_KEYS = {"id", "question", "municipality", "kind", "expect", "turns"}
TURN_KEYS = {"question", "kind", "expect"}
UNITS = {"EUR", "count", "percent", "grade"}


def turns_of(c):
    return c["turns"] if "turns" in c else [c]


counts: dict[str, int] = {}
for c in CASES["cases"]:
    ok(set(c) <= CASE_KEYS and ("turns" in c) != ("question" in c), f"{c['id']}: case keys")
    if c.get("municipality") is not None:
        ok(c["municipality"] in BODY.values(), f"{c['id']}: scope is a manifest body")
    ok(len(turns_of(c)) == len(PROV.get(c["id"], [])), f"{c['id']}: one provenance entry per turn")
    seen = ""
    for i, t in enumerate(turns_of(c)):
        tid = f"{c['id']}#{i}"
        if "turns" in c:
            ok(set(t) <= TURN_KEYS, f"{tid}: turn keys")
        ok(t["kind"] in {"figure", "text", "refusal", "any"}, f"{tid}: kind")
        ok(not re.search(r"(?i)\b(volgend|vorig) jaar\b", t["question"]), f"{tid}: no 'volgend/vorig jaar'")
        e = t.get("expect", {})
        ok(set(e) <= EXPECT_KEYS, f"{tid}: expect keys")
        ok("signed" not in e, f"{tid}: signed never set")
        if "unit" in e:
            ok(e["unit"] in UNITS, f"{tid}: unit")
        if "municipality" in e:
            ok(e["municipality"] in BODY.values(), f"{tid}: expect.municipality in manifest")
        seen += " " + t["question"]
        pk = PROV[c["id"]][i]["kind"] if i < len(PROV.get(c["id"], [])) else "?"
        counts[pk] = counts.get(pk, 0) + 1
        if t["kind"] == "figure":
            ok(isinstance(e.get("value"), (int, float)) and "municipality" in e, f"{tid}: figure value+municipality")
            ok(e["municipality"] == (c.get("municipality") or "") or e["municipality"].lower() in seen.lower(),
               f"{tid}: the body is named in the question, an earlier turn or the case field")
            for x in e.get("accept", []):
                ok(isinstance(x, (int, float)), f"{tid}: accept numbers")
            ok("accept" not in e or e["value"] in e["accept"], f"{tid}: value is among accept")
            ok(i > 0 or re.search(r"\b20\d\d\b", t["question"]), f"{tid}: a first figure turn names a year")
        if t["kind"] == "text":
            ok(isinstance(e.get("include"), list) and e["include"], f"{tid}: text include")
        if t["kind"] == "refusal":
            ok(not e, f"{tid}: refusal without expect")
        if t["kind"] == "any":
            ok(e.get("exclude"), f"{tid}: any with exclude")


# ------------------------------------------------------------------------------------- 2. figures
def relocate(src, tid):
    doc, k = src["document"], src["kind"]
    dd = PARSED[doc]
    try:
        if k == "txt_cell":
            c = dd.cell(src["row"], src["column"])
            for key in ("line_no", "printed", "section", "table", "scale"):
                ok(c[key] == src[key], f"{tid}: {key} {c[key]!r} != {src[key]!r}")
            ln = dd.lines[src["line_no"] - 1]
            ok(ln.startswith(src["row"] + " ") and src["printed"] in ln, f"{tid}: row and printed text on line "
                                                                         f"{src['line_no']}")
            v = parse_num(c["printed"]) * c["scale"]
        elif k == "txt_indicator":
            r = dd.indicator_row(src["row"])
            ok(r["line_no"] == src["line_no"] and r["cells"].get(src["column"]) == src["printed"] and
               r["meetmoment"] == src["meetmoment"] and
               r["section"] == src["section"] and r["header"] == src["table"],
               f"{tid}: indicator {src['row']}/{src['column']} at line {src['line_no']}")
            ok(src["printed"] in dd.norm[src["line_no"] - 1].split(), f"{tid}: printed token on its line")
            v = parse_num(src["printed"]) * src["scale"]
        elif k == "txt_block":
            b = dd.indicator_block(src["anchor"], src["year"], src["printed"])
            ok((b["anchor_line"], b["year_line"], b["line_no"]) == (src["anchor_line"], src["year_line"],
                                                                     src["line_no"]),
               f"{tid}: indicator block {src['anchor'][:40]!r} at lines {src['anchor_line']}/{src['line_no']}")
            ok(src["year"] in dd.norm[src["year_line"] - 1].split() and
               src["printed"] in dd.norm[src["line_no"] - 1].split(), f"{tid}: year and value tokens on their lines")
            v = parse_num(src["printed"]) * src["scale"]
        elif k == "prose":
            where = dd.prose(src["prose"])
            ok(src.get("page", src.get("line_no")) in where, f"{tid}: prose {src['prose'][:50]!r} at its place")
            ok(src["printed"] in src["prose"], f"{tid}: printed text in the prose")
            if "section" in src:
                ok(dd.section_of(src["line_no"]) == src["section"], f"{tid}: prose section")
            v = parse_num(src["printed"]) * src["scale"]
        elif k == "pdf_cell":
            c = dd.cell(src["page"], src["table"], src["row"], src["column"], src["header_lines"], src["occurrence"],
                        src["row_occurrence"])
            ok(c["printed"] == src["printed"] and c["section"] == src["section"],
               f"{tid}: printed/section {c['printed']!r}/{c['section']!r}")
            stmt = c["scale_statement"] or f"(in the table title) {src['table']}"
            ok(stmt == src["scale_statement"], f"{tid}: scale statement {stmt!r}")
            exp_scale = 1000 if "'000" in stmt else 1
            if "scale_note" in src:                     # kerncijfers: the scale sits in the first table's header
                t0 = dd.table(src["page"], "Resultaat")
                ok(src["scale"] == 1000 and t0["scale_statement"] == "€ '000" and t0["top"] < c["top"],
                   f"{tid}: scale from the kerncijfers header above")
            else:
                ok(src["scale"] == exp_scale, f"{tid}: scale {src['scale']} follows the statement {stmt!r}")
            ll = dd.layout_line(src["page"], clean(src["row"]), src["printed"])
            ok(ll == src["layout_line"], f"{tid}: pdftotext -layout line of page {src['page']}")
            v = parse_num(c["printed"]) * src["scale"]
        elif k == "pdf_block":
            b = dd.block(src["page"], src["caption"], src["year"], src["sub"])
            ok(b["printed"] == src["printed"] and b["section"] == src["section"], f"{tid}: block value/section")
            ok(src["printed"] in clean(dd.layout(src["page"])), f"{tid}: printed in pdftotext -layout")
            v = parse_num(src["printed"]) * src["scale"]
        elif k == "layout_line":
            ok(src["page"] in dd.prose(src["page_of"]) and dd.layout_line(src["page"], src["label"], src["printed"])
               == src["line"], f"{tid}: layout line on page {src['page']}")
            v = parse_num(src["printed"]) * src["scale"]
        else:
            ok(False, f"{tid}: unknown source kind {k}")
            return None
    except LookupError as ex:
        ok(False, f"{tid}: {ex}")
        return None
    ok(v is not None and abs(v - src["value"]) < 1e-6, f"{tid}: value {v} != recorded {src['value']}")
    return v


def recompute(a, tid):
    vals = [relocate(s, tid) for s in a["sources"]]
    if any(v is None for v in vals):
        return None
    op = a.get("op")
    if op is None:
        return vals[0]
    x = [abs(v) for v in vals]
    v = {"add": lambda: sum(vals), "abs_sub": lambda: x[0] - x[1], "share": lambda: round(100 * x[0] / x[1], 2),
         "pct": lambda: round(100 * (x[0] - x[1]) / x[1], 2)}[op]()
    ok(abs(v - a["value"]) < 0.006, f"{tid}: derivation {a['derivation']} recomputes to {v}")
    nums = re.findall(r"-?\d[\d.]*(?:,\d+)?", a["derivation"].split("=")[0])
    ok(len(nums) >= len(vals), f"{tid}: derivation names every cell")
    return v


n_other, n_cross = 0, 0
for c in CASES["cases"]:
    for i, t in enumerate(turns_of(c)):
        tid = f"{c['id']}#{i}"
        pv = PROV[c["id"]][i]
        e = t.get("expect", {})
        if pv["kind"] != "figure":
            continue
        v = recompute(pv["main"], tid)
        ok(v is not None and abs(abs(v) - abs(e["value"])) <= 1e-6, f"{tid}: expected value {e['value']} vs {v}")
        for a in pv["accept"]:
            va = recompute(a, tid + " accept")
            ok(va is not None and any(abs(abs(va) - abs(x)) <= 1e-6 for x in e.get("accept", [e["value"]])),
               f"{tid}: accepted {va} listed")
        for x in e.get("accept", []):
            ok(any(abs(x - y["value"]) < 1e-6 for y in [pv["main"]] + pv["accept"]), f"{tid}: accept {x} sourced")
        docs = {s["document"] for a in [pv["main"]] + pv["accept"] for s in a["sources"]}
        ok(all(BODY[dc] == e["municipality"] for dc in docs), f"{tid}: cited documents belong to the body")
        main_docs = {s["document"] for s in pv["main"]["sources"]}
        if main_docs >= {DF, DO} or main_docs >= {CF, CO}:
            n_cross += 1
            ok("derivation" in pv["main"], f"{tid}: cross-edition figure is a derivation")
            ok(re.search(r"\b20\d\d\b.*\b20\d\d\b", t["question"]) or i > 0, f"{tid}: cross question names both years")
        allowed = [abs(e["value"])] + [abs(x) for x in e.get("accept", [])]
        others = pv.get("other_edition", [])
        for s in others:
            vo = relocate(s, tid + " other")
            ok(BODY[s["document"]] == e["municipality"], f"{tid}: other edition belongs to the body")
            ok(vo is not None and all(abs(abs(vo) - a) > 1e-6 for a in allowed),
               f"{tid}: other-edition value {vo} kept out of value/accept")
        if any(s["document"] in OLD for s in others) and not (main_docs & OLD):
            n_other += 1
ok(n_other >= 8, f"at least 8 figure turns with the same row in the other edition ({n_other})")
ok(n_cross >= 3, f"at least 3 derivations across the two editions ({n_cross})")


# ------------------------------------------------------------------------------------- 3. refusals
def docs_of(spec):
    if spec == "*":
        return list(DOCS)
    if spec.startswith("body:"):
        return [f for f in DOCS if BODY[f] == spec[5:]]
    return [spec]


def pdf_tables(dd, title, hl):
    out = []
    for p in range(1, dd.npages + 1):
        try:
            out.append(dd.table(p, title, hl))
        except LookupError:
            pass
    return out


for c in CASES["cases"]:
    for i, t in enumerate(turns_of(c)):
        tid = f"{c['id']}#{i}"
        pv = PROV[c["id"]][i]
        if pv["kind"] != "refusal":
            continue
        covered = set()
        for rule in pv["absent"]:
            r = rule["rule"]
            if r == "absent_text":
                for f in docs_of(rule["documents"]):
                    ok(rule["text"].lower() not in TEXT[f].lower(), f"{tid}: {rule['text']!r} absent from {f}")
                    covered.add(f)
            elif r == "absent_regex":
                for f in docs_of(rule["documents"]):
                    ok(not re.search(rule["text"], clean(TEXT[f])), f"{tid}: /{rule['text']}/ absent from {f}")
                    covered.add(f)
            elif r == "name_only_in_body":
                for f in DOCS:
                    if BODY[f] != rule["body"]:
                        ok(rule["text"].lower() not in TEXT[f].lower(), f"{tid}: {rule['text']!r} absent from {f}")
                        covered.add(f)
            elif r == "not_in_manifest":
                ok(all(rule["text"] not in str(m) for m in man["documents"]), f"{tid}: not in manifest")
            elif r == "no_pdf_column":
                for f in docs_of(rule["documents"]):
                    ts = pdf_tables(PARSED[f], rule["table"], rule.get("header_lines", 2))
                    ok(ts and not any(rule["text"] in col for tt in ts for col in tt["cols"]),
                       f"{tid}: no column {rule['text']!r} in {rule['table']!r} of {f}")
                    covered.add(f)
            elif r == "no_block_year":
                for f in docs_of(rule["documents"]):
                    dd = PARSED[f]
                    pages = dd.prose(rule["caption"])
                    ok(pages, f"{tid}: block {rule['caption']!r} in {f}")
                    for p in pages:
                        lines = [ln["text"] for ln in dd.lines(p)]
                        j = [k for k, ln in enumerate(lines) if rule["caption"] in ln][0]
                        years = lines[j + 1].split()
                        ok(all(re.fullmatch(r"20\d\d", y) for y in years) and rule["text"] not in years,
                           f"{tid}: years under {rule['caption']!r} in {f}: {years}")
                    covered.add(f)
            elif r == "no_txt_column":
                for f in docs_of(rule["documents"]):
                    tt = PARSED[f].money_table()
                    ok(tt is None or rule["text"] not in tt["cols"], f"{tid}: no column {rule['text']} in {f}")
                    covered.add(f)
            else:
                ok(False, f"{tid}: unknown rule {rule}")
        ok(covered == set(DOCS), f"{tid}: absence rules cover all six documents ({sorted(set(DOCS) - covered)})")

# ------------------------------------------------------------------------------------- 4. text, which, any
n_which_editions = 0
for c in CASES["cases"]:
    for i, t in enumerate(turns_of(c)):
        tid = f"{c['id']}#{i}"
        pv = PROV[c["id"]][i]
        e = t.get("expect", {})
        if pv["kind"] == "text":
            w = pv["where"]
            f = w["document"]
            ok(f in NEW, f"{tid}: passage from a new document")
            if f.endswith(".pdf"):
                ok(w["page"] in PARSED[f].prose(w["passage"]) and PARSED[f].section_of(w["page"], 9999) ==
                   w["section"], f"{tid}: passage on page {w['page']}")
            else:
                ok(w["line_no"] in PARSED[f].prose(w["passage"]) and
                   PARSED[f].section_of(w["line_no"]) == w["section"], f"{tid}: passage at line {w['line_no']}")
            ok(BODY[f] == e["municipality"], f"{tid}: passage document belongs to the body")
            hay = w["passage"].lower()
            for grp in e["include"]:
                items = grp if isinstance(grp, list) else [grp]
                ok(any(x.lower() in hay for x in items), f"{tid}: include {items} in the passage")
        elif pv["kind"] == "which":
            vals = [relocate(s, tid + " cand") for s in pv["candidates"]]
            ok(len(vals) >= 2 and len({abs(v) for v in vals if v is not None}) == len(vals),
               f"{tid}: distinct candidates")
            ok(len(e["include"]) == len(pv["candidates"]), f"{tid}: one include group per candidate")
            ok("municipality" not in e, f"{tid}: which-case carries no municipality condition")
            for s, grp in zip(pv["candidates"], e["include"]):
                grp = grp if isinstance(grp, list) else [grp]
                ok(s["printed"].replace("€ ", "").lstrip("-") in grp,
                   f"{tid}: include group {grp} names the printed {s['printed']!r}")
            cdocs = {s["document"] for s in pv["candidates"]}
            if len(cdocs) == 2 and len({BODY[f] for f in cdocs}) == 1 and not re.search(r"\b20\d\d\b", t["question"]):
                n_which_editions += 1
        elif pv["kind"] == "any":
            for x in e["exclude"]:
                ok(x.lower() not in TEXT[pv["exclude_absent_in"]].lower(), f"{tid}: exclude {x!r} absent from own doc")
            ok(BODY[pv["exclude_absent_in"]] == e["municipality"], f"{tid}: own document belongs to the body")
ok(n_which_editions >= 2, f"at least two no-year which-cases over both editions ({n_which_editions})")


# ------------------------------------------------------------------------------------- 5. the figures add up
def num(s):
    v = parse_num(s) if s not in (None, "", "-") else 0
    return 0 if v is None else v


def tab(dd, title, hl=2, occ=0):
    for p in range(1, dd.npages + 1):
        try:
            return dd.table(p, title, hl, occ)
        except LookupError:
            continue
    raise LookupError(title)


def rows(tt):
    return {r["label"]: r["cells"] for r in tt["rows"]}


def val(tt, label, col, occ=0):
    hits = [r for r in tt["rows"] if r["label"] == label]
    return num(hits[occ]["cells"].get(col))


# Dinkelland: the money table
mt = D.money_table()
for j, col in enumerate(mt["cols"]):
    body = [num(r["cells"][j].replace("€ ", "")) for r in mt["rows"] if r["label"] != "Totaal"]
    tot = [num(r["cells"][j].replace("€ ", "")) for r in mt["rows"] if r["label"] == "Totaal"][0]
    ok(sum(body) == tot, f"add-up Dinkelland 'Wat is er in 2021 nodig?' {col}: {sum(body)} vs {tot}")
ok(f"Per saldo is in 2021 {[r for r in mt['rows'] if r['label'] == 'Totaal'][0]['cells'][0]} extra nodig" in D.raw,
   "Dinkelland: the prose repeats the 2021 total")
# Dinkelland: the earmarked amounts plus the remainder make the unclaimed budget; the merged budget is the 2020
# edition's remainder plus its four specific budgets
fin = D.raw[D.raw.index("Binnen dit budget reserveren we voor 2021"):D.raw.index("Daarnaast is in de begroting 2019")]
earmarked = [num(x) for x in re.findall(r"\(€ ([\d.]+)\)", fin)]
rest = num(re.search(r"Het restant van € ([\d.]+)", fin).group(1))
unclaimed = num(re.search(r"begroting 2021 resteert een budget van € ([\d.]+)", D.raw).group(1))
ok(len(earmarked) == 5 and sum(earmarked) + rest == unclaimed,
   f"add-up Dinkelland: reserveringen {earmarked} + restant {rest} = niet geclaimd {unclaimed}")
old_fin = DOLD.raw[DOLD.raw.index("Het gaat om de volgende inspanningen"):]
old_spec = [num(x) for x in re.findall(r"\(€ ([\d.]+)\)", old_fin)]
old_rest = num(re.search(r"begroting 2020 resteert een budget van € ([\d.]+)", DOLD.raw).group(1))
merged = num(re.search(r"samengevoegd tot één budget van € ([\d.]+)", D.raw).group(1))
ok(old_rest + sum(old_spec) == merged, f"Dinkelland 2021: merged budget {merged} = 2020 remainder {old_rest} + "
                                       f"specific budgets {old_spec}")
# Dinkelland: indicator repeats the 2016 measurement of the 2020 edition
for lab in ("Percentage inwoners die goede gezondheid ervaren", "Percentage inwoners die voldoende bewegen"):
    ok(D.indicator_row(lab)["cells"]["IST 1"] == DOLD.indicator_row(lab)["cells"]["IST"] and
       D.indicator_row(lab)["cells"]["SOLL 2022"] == DOLD.indicator_row(lab)["cells"]["SOLL 2022"],
       f"Dinkelland: {lab} repeats IST 2016 and SOLL 2022 of the 2020 edition")

# Collectie Overijssel 2024
bl = tab(C, "Baten en Lasten")
blr = bl["rows"]
labels = [r["label"] for r in blr]
i_b, i_l = labels.index("Baten"), labels.index("Lasten")
for col in bl["cols"]:
    ok(sum(num(r["cells"].get(col)) for r in blr[:i_b]) == num(blr[i_b]["cells"][col]), f"add-up baten {col}")
    ok(sum(num(r["cells"].get(col)) for r in blr[i_b + 1:i_l]) == num(blr[i_l]["cells"][col]), f"add-up lasten {col}")
    res = val(bl, "Resultaat exploitatie", col)
    ok(num(blr[i_b]["cells"][col]) + num(blr[i_l]["cells"][col]) == res, f"add-up resultaat {col}")
    ok(res + val(bl, "Toevoeging reserves", col) + val(bl, "Onttrekking reserves", col) ==
       val(bl, "Resultaat na bestemming", col), f"add-up resultaat na bestemming {col}")
kc = tab(C, "Resultaat")
ok(val(kc, "Baten", "Realisatie 2024") == val(bl, "Baten", "Realisatie 2024") and
   val(kc, "Lasten", "Realisatie 2024") == -val(bl, "Lasten", "Realisatie 2024") and
   val(kc, "Exploitatieresultaat", "Realisatie 2024") == val(bl, "Resultaat exploitatie", "Realisatie 2024") and
   val(kc, "Mutatie reserves", "Realisatie 2024") == -val(kc, "Exploitatieresultaat", "Realisatie 2024"),
   "kerncijfers resultaat = baten en lasten")
ba = tab(C, "BALANS")
for col in ba["cols"]:
    ok(val(ba, "Kortlopende vorderingen", col) + val(ba, "Liquide middelen", col) + val(ba, "Overlopende activa", col)
       == val(ba, "Vlottende activa", col), f"add-up vlottende activa {col}")
    ok(val(ba, "Vaste Activa", col) + val(ba, "Vlottende activa", col) == val(ba, "ACTIVA", col), f"add-up activa {col}")
    ok(val(ba, "Eigen vermogen", col) + val(ba, "Voorzieningen", col) + val(ba, "Vaste schulden", col) ==
       val(ba, "Vaste Passiva", col), f"add-up vaste passiva {col}")
    ok(val(ba, "Vaste Passiva", col) + val(ba, "Vlottende Passiva", col) == val(ba, "PASSIVA", col) ==
       val(ba, "ACTIVA", col), f"balans closes {col}")
kb = tab(C, "Balans", 1)
ok(val(kb, "Eigen Vermogen", "2024") == val(ba, "Eigen vermogen", "Realisatie 2024") and
   val(kb, "Balanstotaal", "2024") == val(ba, "ACTIVA", "Realisatie 2024") and
   val(kb, "Solvabiliteit", "2024") == round(100 * val(ba, "Eigen vermogen", "Realisatie 2024") /
                                             val(ba, "ACTIVA", "Realisatie 2024")), "kerncijfers balans and solvabiliteit")
va = tab(C, "Vlottende Activa")
for col in va["cols"]:
    vr = va["rows"]
    lab = [r["label"] for r in vr]
    for total, first in (("Kortlopende Vorderingen", 0), ("Overlopende Activa", lab.index("Kortlopende Vorderingen") + 1),
                         ("Liquide Middelen", lab.index("Overlopende Activa") + 1)):
        j = lab.index(total)
        ok(sum(num(r["cells"].get(col)) for r in vr[first:j]) == num(vr[j]["cells"][col]), f"add-up {total} {col}")
    ok(val(va, "Kortlopende Vorderingen", col) + val(va, "Overlopende Activa", col) + val(va, "Liquide Middelen", col)
       == val(va, "VLOTTENDE ACTIVA", col) == val(ba, "Vlottende activa", col.replace("Ultimo", "Realisatie")),
       f"vlottende activa = balans {col}")
mv = tab(C, "Materiele Vaste Activa", 2, 1)
for r in mv["rows"]:
    ok(num(r["cells"].get("Ultimo 2023")) + num(r["cells"].get("Investeringen")) + num(r["cells"].get("Afschrijvingen"))
       == num(r["cells"].get("Ultimo 2024")), f"MVA verloop {r['label']}")
ok(val(mv, "Totaal", "Afschrijvingen") == val(bl, "Afschrijvingskosten", "Realisatie 2024") and
   val(mv, "Totaal", "Ultimo 2024") == val(ba, "Vaste Activa", "Realisatie 2024"), "MVA = afschrijvingskosten, balans")
mb = tab(C, "Materiele Vaste Activa")
for col in mb["cols"]:
    ok(val(mb, "Bruto boekwaarde", col) + val(mb, "Cumulatieve afschrijvingen", col) == val(mb, "Netto boekwaarde", col),
       f"MVA bruto/netto {col}")
ev = tab(C, "Eigen Vermogen - € '000", 1)
for r in ev["rows"]:
    ok(sum(num(r["cells"].get(k)) for k in ("Ult.2023", "Resultaat", "Toevoeging", "Onttrekking")) ==
       num(r["cells"].get("Ult.2024")), f"EV verloop {r['label']}")
for col in ev["cols"]:
    sub = sum(num(r["cells"].get(col)) for r in ev["rows"][:3])
    ok(sub == val(ev, "Subtotaal Bestemmingsreserves", col), f"EV subtotaal {col}")
    ok(sub + val(ev, "Algemene Reserve", col) + val(ev, "Resultaat lopend boekjaar", col) ==
       val(ev, "Totaal Eigen Vermogen", col), f"EV totaal {col}")
ok(val(ev, "Totaal Eigen Vermogen", "Ult.2024") == val(ba, "Eigen vermogen", "Realisatie 2024") and
   val(ev, "Resultaat lopend boekjaar", "Ult.2024") == val(bl, "Resultaat exploitatie", "Realisatie 2024"),
   "EV = balans; resultaat lopend boekjaar = resultaat exploitatie")
vz = tab(C, "Voorzieningen")
for r in vz["rows"]:
    ok(sum(num(r["cells"].get(k)) for k in ("Ultimo 2023", "Toevoegingen", "Aanwendingen", "Vrijval")) ==
       num(r["cells"].get("Ultimo 2024")), f"voorziening {r['label']}")
for col in vz["cols"]:
    ok(sum(num(r["cells"].get(col)) for r in vz["rows"] if r["label"] != "Totaal") == val(vz, "Totaal", col),
       f"voorzieningen totaal {col}")
ok(val(vz, "Totaal", "Ultimo 2024") == val(ba, "Voorzieningen", "Realisatie 2024"), "voorzieningen = balans")
vs = tab(C, "Voorschotbedragen")
for r in vs["rows"]:
    ok(sum(num(r["cells"].get(k)) for k in vs["cols"][:3]) == num(r["cells"].get("Ultimo 2024")), f"voorschot {r['label']}")
for col in vs["cols"]:
    lab = [r["label"] for r in vs["rows"]]
    jb, jc = lab.index("B. Het Rijk"), lab.index("C. Overige NL overheden")
    ok(sum(num(r["cells"].get(col)) for r in vs["rows"][1:jb]) == val(vs, "B. Het Rijk", col), f"voorschot B {col}")
    ok(sum(num(r["cells"].get(col)) for r in vs["rows"][jb + 1:jc]) == val(vs, "C. Overige NL overheden", col),
       f"voorschot C {col}")
    ok(val(vs, "A. Europese overheden", col) + val(vs, "B. Het Rijk", col) + val(vs, "C. Overige NL overheden", col) ==
       val(vs, "Totaal", col), f"voorschot totaal {col}")
vp = tab(C, "Vlottende Passiva")
for col in vp["cols"]:
    lab = [r["label"] for r in vp["rows"]]
    j = lab.index("Subtotaal overlopende passiva")
    ok(sum(num(r["cells"].get(col)) for r in vp["rows"][:j]) == val(vp, "Subtotaal overlopende passiva", col),
       f"vlottende passiva overlopend {col}")
    ok(val(vp, "Subtotaal overlopende passiva", col) + val(vp, "Subtotaal overige schulden", col) ==
       val(vp, "Totaal", col) == val(ba, "Vlottende Passiva", col.replace("Ultimo", "Realisatie")),
       f"vlottende passiva totaal = balans {col}")
ok(val(vp, "Voorschotbedragen - van Nederlandse overheidslichamen", "Ultimo 2024") == val(vs, "Totaal", "Ultimo 2024"),
   "voorschotbedragen = vlottende passiva")
ks = tab(C, "Kasstroom en EMU-saldo")
for col in ks["cols"]:
    emu = val(ks, "Exploitatieresultaat", col) + val(ks, "Mutatie vaste activa", col) + \
        val(ks, "Mutatie voorzieningen", col)
    ok(emu == val(ks, "EMU-saldo", col), f"EMU-saldo {col}")
    ok(emu + val(ks, "Mutatie werkkapitaal", col) + val(ks, "Mutatie financiering", col) == val(ks, "Kasstroom", col),
       f"kasstroom {col}")
ok(val(ks, "Liquide middelen 31 december", "Realisatie 2024") - val(ks, "Liquide middelen 1 januari", "Realisatie 2024")
   == val(ks, "Kasstroom", "Realisatie 2024", 1), "liquide middelen move by the kasstroom")
ok(val(ks, "Liquide middelen 31 december", "Realisatie 2024") ==
   val(va, "Rekening Courant Rijk", "Ultimo 2024") + val(va, "Liquide Middelen", "Ultimo 2024") and
   val(ks, "Liquide middelen 1 januari", "Realisatie 2024") ==
   val(va, "Rekening Courant Rijk", "Ultimo 2023") + val(va, "Liquide Middelen", "Ultimo 2023"),
   "liquide middelen = rekening courant Rijk + bank")
ok(val(ks, "Mutatie vaste activa", "Realisatie 2024") == val(ba, "Vaste Activa", "Realisatie 2023") -
   val(ba, "Vaste Activa", "Realisatie 2024") and val(ks, "Mutatie voorzieningen", "Realisatie 2024") ==
   val(ba, "Voorzieningen", "Realisatie 2024") - val(ba, "Voorzieningen", "Realisatie 2023"), "kasstroom mutaties = balans")
ws = tab(C, "Weerstandsvermogen")
ok(val(ws, "Algemene Reserve", "Realisatie 2024", 1) + val(ws, "Nog te bestemmen resultaat", "Realisatie 2024") ==
   val(ws, "Weerstandsvermogen", "Realisatie 2024"), "weerstandsvermogen")
ar = tab(C, "Algemene Reserve (€ '000)", 1)
for r in ar["rows"]:
    if r["label"] != "Totaal":
        ok(round(num(r["cells"]["Impact"]) * num(r["cells"]["Kans"]) / 100) == num(r["cells"]["Reserve"]),
           f"risico {r['label']}: impact x kans = reserve")
ok(sum(num(r["cells"].get("Reserve")) for r in ar["rows"] if r["label"] != "Totaal") == val(ar, "Totaal", "Reserve") ==
   val(ws, "Algemene Reserve", "Realisatie 2024"), "risico's add up to the algemene reserve")
ad = tab(C, "Algemene dekkingsmiddelen")
ok(val(ad, "Baten GR-deelnemers", "Realisatie 2024") == sum(val(bl, x, "Realisatie 2024") for x in (
    "Baten GR Rijk", "Baten GR Gemeente Zwolle", "Baten GR Gemeente Deventer")) and
   val(ad, "Baten DVO-partners", "Realisatie 2024") == val(bl, "Baten DVO Provincie Overijssel", "Realisatie 2024") +
   val(bl, "Baten DVO's Overige", "Realisatie 2024") and
   val(ad, "Baten GR-deelnemers", "Realisatie 2024") + val(ad, "Baten DVO-partners", "Realisatie 2024") ==
   val(ad, "Totaal", "Realisatie 2024"), "algemene dekkingsmiddelen = baten GR + DVO")
sb = tab(C, "Structureel begrotingssaldo")
ok(sum(val(sb, x, "Realisatie 2024") for x in ("Resultaat na bestemming", "Af: Incidentele baten",
                                               "Bij: Incidentele lasten", "Af/Bij: Incidentele reservemutaties")) ==
   val(sb, "Structureel begrotingssaldo", "Realisatie 2024") and
   -val(sb, "Af: Incidentele baten", "Realisatie 2024") == sum(val(bl, x, "Realisatie 2024") for x in (
       "Baten Provinciaal Programma", "Baten Museale Collectie", "Baten Kenniscomponent", "Baten HAICu (NWO)")) and
   round(100 * val(sb, "Structureel begrotingssaldo", "Realisatie 2024") / val(bl, "Baten", "Realisatie 2024")) ==
   val(sb, "Structurele exploitatieruimte %", "Realisatie 2024"), "structureel begrotingssaldo")
tb = tab(C, "Te bestemmen resultaat")
ok(val(tb, "Te bestemmen resultaat", "2024 Voorstel") + val(tb, "Onttrekking aan reserves", "2024 Voorstel") ==
   val(tb, "Subtotaal", "2024 Voorstel") and val(tb, "Subtotaal", "2024 Voorstel") +
   val(tb, "Toevoeging aan reserves", "2024 Voorstel") == val(tb, "Resultaat na bestemming", "2024 Voorstel") == 0 and
   val(tb, "Onttrekking aan reserves", "2024 Voorstel") == val(bl, "Onttrekking reserves", "Realisatie 2024"),
   "voorstel bestemming resultaat")
bullets = [num(x) for x in re.findall(r"een bedrag van € ([\d.]+),- te onttrekken", TEXT[CF])]
ok(sum(bullets) == 1000 * val(tb, "Onttrekking aan reserves", "2024 Voorstel"), "voorstel: onttrekkingen in the text")
sv = tab(C, "Subsidie verantwoordingen")
ok(sum(num(r["cells"].get("Museale Collectie")) for r in sv["rows"] if r["label"] != "Saldo per jaareinde") ==
   val(sv, "Saldo per jaareinde", "Museale Collectie") == 0 and
   val(sv, "Beschikking", "Museale Collectie") == val(bl, "Baten Museale Collectie", "Realisatie 2024"),
   "subsidieverantwoording closes; beschikking = baten museale collectie")
wn = tab(C, "Dhr. V. Robijn (x € 1)", 1)
ok(val(wn, "Beloning plus belastbare onkostenvergoedingen", "2024") + val(wn, "Beloningen betaalbaar op termijn", "2024")
   == val(wn, "Subtotaal", "2024") == val(wn, "Bezoldiging", "2024", 1) < val(
    wn, "Individueel toepasselijke bezoldigingsmaximum", "2024"), "WNT adds up, below the maximum")
pe = tab(C, "Personeel", 1)
ok(val(pe, "Waarvan man", "2024") + val(pe, "Waarvan vrouw", "2024") == val(pe, "Aantal medewerkers, jaareinde", "2024"),
   "personeel man + vrouw")
ok(C.block(C.npages - 1, "Aantal medewerkers per jaareinde", "2024")["printed"] ==
   rows(pe)["Aantal medewerkers, jaareinde"]["2024"], "bijlage repeats the kerncijfers")

# the repeated comparative column equals the jaarstukken 2023, except one-unit restatements (rounding)
RESTATED = {"Te ontvangen - overig", "Bank", "Liquide Middelen", "VLOTTENDE ACTIVA", "Vlottende activa",
            "Liquide middelen", "Vooruit ontvangen - overig", "- Rijksvastgoedbedrijf", "Digitale dienstverlening",
            "Overlopende activa", "Subtotaal Bestemmingsreserves"}
rep_same, rep_restated = 0, []
for title, hl, new_col, old_col, occ in (("Baten en Lasten", 2, "Realisatie 2023", "Realisatie 2023", 0),
                                         ("BALANS", 2, "Realisatie 2023", "Realisatie 2023", 0),
                                         ("Resultaat", 2, "Realisatie 2023", "Realisatie 2023", 0),
                                         ("Personeel", 1, "2023", "2023", 0),
                                         ("Kasstroom en EMU-saldo", 2, "Realisatie 2023", "Realisatie 2023", 0),
                                         ("Algemene dekkingsmiddelen", 2, "Realisatie 2023", "Realisatie 2023", 0),
                                         ("Vlottende Activa", 2, "Ultimo 2023", "Ultimo 2023", 0),
                                         ("Vlottende Passiva", 2, "Ultimo 2023", "Ultimo 2023", 0),
                                         ("Voorschotbedragen", 2, "Ultimo 2023", "Ultimo 2023", 0),
                                         ("Voorzieningen", 2, "Ultimo 2023", "Ultimo 2023", 0),
                                         ("Weerstandsvermogen", 2, "Realisatie 2023", "Realisatie 2023", 0),
                                         ("Dhr. V. Robijn (x € 1)", 1, "2023", "2023", 0)):
    nt, ot = tab(C, title, hl), tab(COLD, title, hl)
    orows = {}
    for r in ot["rows"]:
        orows.setdefault(r["label"], r["cells"].get(old_col))
    for r in nt["rows"]:
        if r["label"] in orows and orows[r["label"]] is not None and new_col in r["cells"]:
            if r["cells"][new_col] == orows[r["label"]]:
                rep_same += 1
            else:
                rep_restated.append(f"{title}/{r['label']}: {orows[r['label']]} -> {r['cells'][new_col]}")
                ok(r["label"] in RESTATED and abs(num(r["cells"][new_col]) - num(orows[r["label"]])) <= 1,
                   f"repeated column {title}/{r['label']}: 2023 edition {orows[r['label']]}, 2024 edition "
                   f"{r['cells'][new_col]}")
# two 2023 tables pdfplumber cannot split into columns (figures not under their headers; a table running over a
# page): compare with the numbers of their pdftotext -layout lines instead
for title, col, pick in (("Vlottende Passiva", "Ultimo 2023", 0), ("Eigen Vermogen - € '000", "Ult.2023", -1)):
    nt = tab(C, title, 2 if title == "Vlottende Passiva" else 1)
    page = [p for p in range(1, COLD.npages + 1) if title in clean(COLD.text(p))]
    for r in nt["rows"]:
        if col not in r["cells"]:
            continue
        olds = []
        for p in page:
            lay = COLD.layout(p).splitlines()
            k0 = [k for k, ln in enumerate(lay) if clean(ln).startswith(title)][0]
            for ln in lay[k0 + 1:]:
                cl = clean(ln)
                if cl.startswith(r["label"] + " "):
                    toks = [t for t in cl[len(r["label"]):].split() if parse_num(t) is not None]
                    if toks:
                        olds.append(toks[pick] if pick == 0 else toks[-1])
        if not olds:
            continue
        if r["cells"][col] == olds[0]:
            rep_same += 1
        else:
            rep_restated.append(f"{title}/{r['label']}: {olds[0]} -> {r['cells'][col]}")
            ok(r["label"] in RESTATED and abs(num(r["cells"][col]) - num(olds[0])) <= 1,
               f"repeated column {title}/{r['label']}: 2023 edition {olds[0]}, 2024 edition {r['cells'][col]}")
ok(rep_same >= 80, f"repeated comparative cells equal to the 2023 edition ({rep_same})")

# ------------------------------------------------------------------------------------- 6. layout features
FEAT: dict[str, list] = {}


def feat(doc, name, cond):
    FEAT.setdefault(doc, []).append((name, bool(cond)))
    ok(cond, f"layout {doc}: {name}")


rawD, rawO = D.raw, DOLD.raw
feat(DF, "plain UTF-8 text, one paragraph per line, no trailing newline (as the 2020 export)",
     not rawD.endswith("\n") and not rawO.endswith("\n") and "\r" not in rawD)
feat(DF, "opens 'Meer / Publicatiedatum: dd-mm-yyyy / Inhoud / Programma onderdelen' as the 2020 export",
     D.lines[:7] == ["Meer", D.lines[1], "", "Inhoud", "", "Programma onderdelen", ""] and
     re.fullmatch(r"Publicatiedatum: \d\d-\d\d-2020", D.lines[1]) and DOLD.lines[1].endswith("2019"))
feat(DF, f"similar length to the 2020 export ({len(rawD.encode())} vs {len(rawO.encode())} bytes)",
     0.85 < len(rawD.encode()) / len(rawO.encode()) < 1.25)
feat(DF, "same ambitie and actielijn headings in the same order as 2020", D.headings() == DOLD.headings())
feat(DF, "the indicator table header 'Ambitie: Inclusieve samenleving Indicator Bron Frequentie meten ... Meetmoment "
         "IST IST SOLL 2022' unchanged", D.indicator_row("Percentage inwoners die goede gezondheid ervaren")["header"]
     == DOLD.indicator_row("Percentage inwoners die goede gezondheid ervaren")["header"])
feat(DF, "table rows as space-separated cells on one line, NBSP for an empty cell, as in 2020",
     rawD.count(NBSP) >= 0.8 * rawO.count(NBSP) and "\u00a0 \u00a0" in rawD and
     any(r["cells"][-1] == "" for r in D.money_table()["rows"]))
feat(DF, "bullets written '  • ' as in 2020", rawD.count("\n  • ") >= 0.8 * rawO.count("\n  • "))
feat(DF, "year headings shifted: 'Wat gaan we daarvoor in 2021?', 'Financiële kaders uit begroting 2020', "
         "'Wat is er in 2021 nodig?'",
     "Wat gaan we daarvoor in 2021?" in D.norm and "Financiële kaders uit begroting 2020" in D.norm and
     "Wat is er in 2021 nodig?" in D.norm and "Wat gaan we daarvoor in 2020?" in DOLD.norm and
     "Financiële kaders uit begroting 2019" in DOLD.norm)
feat(DF, "money in the 2020 notation '€ 52.000' (prose and bullets '(€ 31.000)')",
     len(re.findall(r"\(€ \d{1,3}\.\d{3}\)", rawD)) >= 5 and len(re.findall(r"\(€ \d{1,3}\.\d{3}\)", rawO)) >= 4)
feat(DF, "the raming 'Wat is er in 2021 nodig?' with columns 2021-2024 (2021 plus the meerjarenraming 2022-2024)",
     D.money_table()["cols"] == ["2021", "2022", "2023", "2024"])
feat(DF, "no lasten/baten table per taakveld in either edition: the 2020 export has none, so neither has the 2021 one",
     not re.search(r"(?i)taakveld", rawO) and not re.search(r"(?i)taakveld", rawD))
old_b = set(re.findall(r"  • (\w[\w ]+?) \(€", rawO))
new_b = set(re.findall(r"  • (\w[\w ]+?) \(€", rawD))
feat(DF, f"budget bullets changed: new {sorted(new_b - old_b)}, gone {sorted(old_b - new_b)}",
     new_b - old_b and old_b - new_b and len(old_b & new_b) >= 3)
ch = [lab for lab in ("Percentage inwoners die goede gezondheid ervaren", "Percentage inwoners die voldoende bewegen")
      if D.indicator_row(lab)["cells"] != DOLD.indicator_row(lab)["cells"]]
feat(DF, "indicators updated (IST 2020 added, 2019 client scores, empty rows filled, 'lager dan x%' now a number)",
     len(ch) == 2 and "lager dan x%" in rawO and "lager dan x%" not in rawD)
ratio = difflib.SequenceMatcher(None, rawO, rawD, autojunk=False).ratio()
paras_o = [ln for ln in rawO.split("\n") if len(ln) > 80]
kept = sum(1 for ln in paras_o if ln in rawD.split("\n"))
feat(DF, f"prose partly kept: text similarity {ratio:.2f}, {kept}/{len(paras_o)} long paragraphs unchanged",
     0.6 < ratio < 0.95 and 0.55 < kept / len(paras_o) < 0.85)

info = subprocess.run(["pdfinfo", str(CORPUS / CF)], capture_output=True, text=True).stdout
size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
feat(CF, "page 595.22 x 842 pt, like the Jaarstukken 2023", size and abs(float(size.group(1)) - 595.22) < 0.5 and
     abs(float(size.group(2)) - 842) < 0.5)
feat(CF, f"20-28 pages ({C.npages}; the 2023 edition has {COLD.npages})", 20 <= C.npages <= 28)
feat(CF, "a text PDF: every page has extractable text", all(len(C.text(p).strip()) > 5 for p in range(1, C.npages + 1)))
fonts = subprocess.run(["pdffonts", str(CORPUS / CF)], capture_output=True, text=True).stdout
feat(CF, "embedded TrueType Liberation Sans (metric twin of the Arial of 2023), no unembedded font",
     "LiberationSans" in fonts and all(" yes " in ln for ln in fonts.splitlines()[2:] if ln.strip()))
feat(CF, "cover 'Jaarstukken 2024' / 'Collectie Overijssel' with the contact line",
     "Jaarstukken 2024" in C.text(1) and "Collectie Overijssel" in C.text(1) and "085 488 50 00" in C.text(1))
toc = C.layout(2)
hs = C.headings()
toc_ok = "INHOUDSOPGAVE" in toc
for name in ("Programmaverantwoording", "Baten en Lasten", "Wet normering topinkomens (WNT)", "Rechtmatigheid"):
    mm = re.search(re.escape(name) + r"\s*\.{5,}\s*(\d+)", toc)
    toc_ok = toc_ok and bool(mm) and any(name in h[2] and h[0] == int(mm.group(1)) for h in hs)
feat(CF, "INHOUDSOPGAVE with dot leaders; its page numbers match the heading pages", toc_ok)
old_h = [re.sub(r"\s+", " ", h[2]).replace("2023", "YYYY") for h in COLD.headings()]
new_h = [re.sub(r"\s+", " ", h[2]).replace("2024", "YYYY") for h in hs]
feat(CF, "the same headings in the same order as 2023 (Voorwoord, Inleiding, Kerncijfers, 1. JAARVERSLAG, 1.1-1.3, "
         "2. JAARREKENING, 2.1-2.9, BIJLAGE 1: YYYY IN CIJFERS) with divider pages", new_h == old_h)
TITLES = [("Resultaat", 2), ("Balans", 1), ("Personeel", 1), ("Weerstandsvermogen", 2),
          (("Algemene Reserve (€ '000)", "Algemene Reserve ( € '000)"), 1),
          ("Financiële kengetallen", 2), ("Algemene dekkingsmiddelen", 2), ("Kasstroom en EMU-saldo", 2),
          ("Subsidie verantwoordingen", 2), ("Baten en Lasten", 2), ("BALANS", 2), ("Structureel begrotingssaldo", 2),
          ("Materiele Vaste Activa", 2), ("Vlottende Activa", 2), ("Voorzieningen", 2), ("Vlottende Passiva", 2),
          ("Voorschotbedragen", 2), ("Te bestemmen resultaat", 2), ("Dhr. V. Robijn (x € 1)", 1)]
missing = []
for title, hl in TITLES:
    tn, to = title if isinstance(title, tuple) else (title, title)      # pdfplumber splits "( €" in 2023
    try:
        tab(C, tn, hl), tab(COLD, to, hl)
    except LookupError:
        missing.append(tn)
feat(CF, f"the same {len(TITLES)} kinds of tables as 2023, found by the same first header cell "
         f"(missing: {missing})", not missing)
feat(CF, "baten en lasten columns 'Realisatie 2024 | Begroting 2024 | Realisatie 2023' (2023: 'Realisatie 2023 | "
         "Begroting 2023 | Realisatie 2022') under the scale \"€ '000\"",
     bl["cols"] == ["Realisatie 2024", "Begroting 2024", "Realisatie 2023"] and bl["scale_statement"] == "€ '000" and
     tab(COLD, "Baten en Lasten")["cols"] == ["Realisatie 2023", "Begroting 2023", "Realisatie 2022"])
feat(CF, "balance-type tables 'Ultimo 2024 | Ultimo 2023' and verloop tables 'Ultimo 2023 | Toevoegingen | "
         "Aanwendingen | Vrijval | Ultimo 2024'",
     va["cols"] == ["Ultimo 2024", "Ultimo 2023"] and vz["cols"] == ["Ultimo 2023", "Toevoegingen", "Aanwendingen",
                                                                     "Vrijval", "Ultimo 2024"])
feat(CF, "WNT table '(x € 1)' in whole euros; 'N.v.t.' cells", wn["cols"] == ["2024", "2023"] and
     rows(wn)["Reden waarom de overschrijding al dan niet is toegestaan"]["2024"] == "N.v.t.")
newrows = sorted(set(labels) - {r["label"] for r in tab(COLD, "Baten en Lasten")["rows"]}) + \
    sorted({r["label"] for r in vz["rows"]} - {r["label"] for r in tab(COLD, "Voorzieningen")["rows"]})
feat(CF, f"rows changed: new {newrows}; '-' for nil (Baten Kenniscomponent 2024)",
     newrows and rows(bl)["Baten Kenniscomponent"]["Realisatie 2024"] == "-")
diff = sum(1 for r in blr if r["cells"].get("Realisatie 2024") != r["cells"].get("Realisatie 2023"))
feat(CF, f"new figures: {diff} of {len(blr)} baten/lasten rows differ between realisatie 2024 and 2023", diff >= 18)
feat(CF, f"comparative column repeats the 2023 edition ({rep_same} cells; one-unit restatements: {rep_restated})",
     rep_same >= 80)
chars = C.pdf.pages[[p for p in range(1, C.npages + 1) if "Kerncijfers" in C.text(p)][0] - 1].chars
grey = {c["text"] for c in chars if c.get("non_stroking_color") and len(c["non_stroking_color"]) == 3 and
        abs(c["non_stroking_color"][0] - 0.54) < 0.05}
rects = [r for p in C.pdf.pages for r in p.rects if r.get("non_stroking_color") and
         len(r["non_stroking_color"]) == 3 and abs(r["non_stroking_color"][2] - 0.953) < 0.02]
feat(CF, "budget-year column shaded light blue, comparative year in grey (kerncijfers), bold totals between rules",
     len(rects) >= 15 and grey and any("Bold" in c["fontname"] for c in chars))
feat(CF, "bijlage blocks with year columns 2022 | 2023 | 2024 (2023 edition: 2021 | 2022 | 2023)",
     C.block(C.npages - 1, SC := "Aantal scans dat is bekeken en/of gedownload is via de toegangen op onze website",
             "2022")["printed"] == COLD.block(COLD.npages - 1, SC, "2022")["printed"])
feat(CF, "'€ 185k per jr.' notation in the verplichtingen, '€ 250k' and '€ 95.000,-' in the text",
     "€ 185k per jr." in TEXT[CF] and "€ 250k" in TEXT[CF] and re.search(r"€ \d{2,3}\.\d{3},-", TEXT[CF]))

print("Layout features (verified):")
for doc, items in FEAT.items():
    print(f"  {doc}")
    for name, good in items:
        print(f"    [{'x' if good else ' '}] {name}")
print("Turns by provenance kind:", dict(sorted(counts.items())))
print(f"same-row-other-edition turns: {n_other}; cross-edition derivations: {n_cross}; "
      f"no-year which-cases over both editions: {n_which_editions}")
nturns = sum(len(turns_of(c)) for c in CASES["cases"])
print(f"{len(CASES['cases'])} cases, {nturns} turns; {N} checks, {len(FAIL)} failed")
for f_ in FAIL:
    print("FAIL:", f_)
sys.exit(1 if FAIL else 0)
