"""Verify set-am against the FINISHED documents only (never imports data.py or the generators).

1. Format: cases.yaml follows /work/shared/evals/FORMAT.md v1; ids, kinds, units, no `signed`; every figure turn
   names its body (question, an earlier turn or the case field); no question says "volgend jaar"/"vorig jaar";
   the manifest lists six documents with the keys file/municipality/year/type/title, the four existing ones copied
   byte for byte from /work/main/corpus with their manifest metadata.
2. Figures: every expected and accepted value is re-located at its recorded place (text export: table, row,
   column, line number, the printed text in that line; PDF: table caption number, group, row, column, page,
   section, printed text, scale and scale statement, continuation flag, the printed text in pdftotext -layout of
   the page; prose: the sentence on its page/line; old-edition layout lines) and derivations are recomputed.
   "other_edition" figures (the same row in the other edition of the body) are re-located and must differ from the
   value and appear nowhere in accept.  At least 8 such turns and at least 3 derivations across the two editions.
3. Refusals: the recorded absence rules hold, and together they cover all six documents.
4. Text: the passage is at its recorded place and every include group has an item IN the passage.  "which":
   candidates re-located and distinct, one include group per candidate naming its printed figure, no municipality
   condition; at least two no-year which-cases whose candidates are the two editions of one body.  any: excludes
   absent from the own document.
5. The figures of both new documents add up as printed (totals, saldi, reserves, taakvelden, tariffs, ratio),
   and the new Twenterand edition repeats the old edition's overlapping indicator columns.
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

from extract import PdfDoc, TxtDoc, clean, parse_num

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
if (MAIN_CORPUS / "manifest.yaml").exists():
    orig = yaml.safe_load((MAIN_CORPUS / "manifest.yaml").read_text(encoding="utf-8"))["documents"]
    for o in orig:
        m = DOCS.get(o["file"])
        ok(m is not None and all(m[k] == o[k] for k in ("municipality", "year", "type", "title")),
           f"manifest entry of {o['file']} copied")
        ok(hashlib.sha256((CORPUS / o["file"]).read_bytes()).hexdigest() ==
           hashlib.sha256((MAIN_CORPUS / o["file"]).read_bytes()).hexdigest(), f"{o['file']} copied unchanged")
    OLD = {o["file"] for o in orig}
else:
    OLD = set()
NEW = [f for f in DOCS if f not in OLD]
ok(len(NEW) == 2, "two new documents")
TF = [f for f in NEW if f.endswith(".txt")][0]
WF = [f for f in NEW if f.endswith(".pdf")][0]
TB, WB = DOCS[TF]["municipality"], DOCS[WF]["municipality"]
TO = [f for f in OLD if DOCS[f]["municipality"] == TB][0]
WO = [f for f in OLD if DOCS[f]["municipality"] == WB][0]
ok(DOCS[TF]["year"] == DOCS[TO]["year"] + 1 and DOCS[WF]["year"] == DOCS[WO]["year"] + 1,
   "each new document is the next year's edition")
ok(DOCS[TF]["title"] == "Programmabegroting 2021, programma Sociaal Domein" and DOCS[WF]["title"] == "Begroting 2025",
   "titles as the real series")
BODY = {f: DOCS[f]["municipality"] for f in DOCS}
T, TOLD, W, WOLD = TxtDoc(CORPUS / TF), TxtDoc(CORPUS / TO), PdfDoc(CORPUS / WF), PdfDoc(CORPUS / WO)
PARSED = {TF: T, TO: TOLD, WF: W, WO: WOLD}


def doc_text(f):
    p = CORPUS / f
    if f.endswith(".pdf"):
        return PARSED[f].full_text() if f in PARSED else clean(
            subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True, check=True).stdout)
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
ok(all(re.match(r"^am-(t|w|x)-(\d\d|conv-\d\d|tekst-\d\d|welke-\d\d|any-\d\d|weiger-\d\d)$", i) for i in ids),
   "ids follow am-t-*/am-w-*/am-x-weiger-*/*-conv-*/*-tekst-*/*-welke-*/*-any-*")
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
        if t["kind"] == "text":
            ok(isinstance(e.get("include"), list) and e["include"], f"{tid}: text include")
        if t["kind"] == "refusal":
            ok(not e, f"{tid}: refusal without expect")
        if t["kind"] == "any":
            ok(e.get("exclude"), f"{tid}: any with exclude")


# ------------------------------------------------------------------------------------- 2. figures
def relocate(src, tid):
    doc = src["document"]
    k = src["kind"]
    try:
        if k == "txt_cell":
            c = PARSED[doc].cell(src["table_key"], src["row"], src["column"], group=src.get("group"))
            for key in ("line_no", "printed", "section", "table", "scale", "scale_statement"):
                ok(c[key] == src[key], f"{tid}: {key} {c[key]!r} != {src[key]!r}")
            ok(src["printed"] in PARSED[doc].lines[src["line_no"] - 1], f"{tid}: printed text in line {src['line_no']}")
            v = parse_num(c["printed"]) * c["scale"]
        elif k == "pdf_cell":
            c = PARSED[doc].cell(src["table_num"], src["row"], src["column"], group=src.get("group"),
                                 keycol=src.get("keycol", 0))
            for key in ("page", "printed", "section", "table", "scale_statement"):
                ok(c[key] == src[key], f"{tid}: {key} {c[key]!r} != {src[key]!r}")
            ok(bool(c["continuation_page"]) == bool(src.get("continuation_page")), f"{tid}: continuation flag")
            ok(re.sub(r"\s+", " ", src["printed"]) in re.sub(r"[ \t]+", " ", PARSED[doc].layout(c["page"])),
               f"{tid}: printed text in pdftotext -layout of page {c['page']}")
            scale = 1 if "note" in src else c["scale"]
            ok(scale == src["scale"], f"{tid}: scale {scale} != {src['scale']}")
            v = parse_num(c["printed"]) * scale
        elif k == "prose":
            where = PARSED[doc].prose(src["prose"])
            ok(src.get("page", src.get("line_no")) in where, f"{tid}: prose {src['prose'][:50]!r} at its place")
            ok(src["printed"] in src["prose"], f"{tid}: printed text in the prose")
            v = parse_num(src["printed"]) * src["scale"]
        elif k == "layout_line":
            lines = [clean(x) for x in PARSED[doc].layout(src["page"]).splitlines()]
            ok(src["line"] in lines and src["line"].startswith(src["label"]) and src["printed"] in src["line"].split(),
               f"{tid}: layout line on page {src['page']}")
            ok(src["page"] in PARSED[doc].prose(src["page_of"]), f"{tid}: {src['page_of']!r} on page {src['page']}")
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
        if {s["document"] for s in pv["main"]["sources"]} >= {TF, TO} or \
                {s["document"] for s in pv["main"]["sources"]} >= {WF, WO}:
            n_cross += 1
            ok("derivation" in pv["main"], f"{tid}: cross-edition figure is a derivation")
        allowed = [abs(e["value"])] + [abs(x) for x in e.get("accept", [])]
        others = pv.get("other_edition", [])
        for s in others:
            vo = relocate(s, tid + " other")
            ok(BODY[s["document"]] == e["municipality"], f"{tid}: other edition belongs to the body")
            ok(vo is not None and all(abs(abs(vo) - a) > 1e-6 for a in allowed),
               f"{tid}: other-edition value {vo} kept out of value/accept")
        if any(s["document"] in OLD for s in others) and not any(s["document"] in OLD for a in [pv["main"]]
                                                                  for s in a["sources"]):
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
            elif r == "realised_columns_before":
                for f in docs_of(rule["documents"]):
                    real = [int(h) for tt in PARSED[f].tables.values() if tt["kind"] == "indicators"
                            for h in tt["cols"] if re.fullmatch(r"\d{4}", h)]
                    ok(real and max(real) < rule["year"], f"{tid}: realised indicator columns in {f} end before "
                                                          f"{rule['year']}")
                    ok(not re.search(r"(?i)(rekening|realisatie)\s+\d{4}", TEXT[f]), f"{tid}: no rekening column {f}")
                    covered.add(f)
            elif r == "no_column":
                heads = PARSED[rule["document"]].header_texts(rule["table"])
                ok(heads and not any(rule["text"] in h for h in heads),
                   f"{tid}: no column {rule['text']!r} in Tabel {rule['table']} of {rule['document']}")
                covered.add(rule["document"])
            elif r == "caption_block_absent":
                f = rule["document"]
                pages = PARSED[f].prose(rule["caption"])
                ok(pages, f"{tid}: caption {rule['caption']!r} found")
                for p in pages:
                    lines = PARSED[f].layout(p).splitlines()
                    j = [k for k, ln in enumerate(lines) if rule["caption"] in clean(ln)][0]
                    block = "\n".join(lines[j:j + rule["lines"]])
                    ok(rule["text"] not in block, f"{tid}: {rule['text']!r} absent under {rule['caption']!r}")
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
                ok(w["page"] in PARSED[f].prose(w["passage"]), f"{tid}: passage on page {w['page']}")
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
                ok(s["printed"].lstrip("-") in grp, f"{tid}: include group {grp} names the printed {s['printed']!r}")
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
    v = parse_num(s)
    return 0 if v is None else v


ov = T.table("Overzicht 3.1")
for ci, col in enumerate(ov["cols"]):
    L_ = [num(r["values"][ci]) for r in ov["rows"] if r["group"] == "Lasten per doelenboom" and
          not r["label"].startswith("Totaal")]
    B_ = [num(r["values"][ci]) for r in ov["rows"] if r["group"] == "Baten per doelenboom" and
          not r["label"].startswith("Totaal") and r["label"] not in ("Mutaties reserves", "Geraamd resultaat")]
    g = lambda row: num(T.cell("Overzicht 3.1", row, col)["printed"])
    ok(sum(L_) == g("Totaal programma lasten") and sum(B_) == g("Totaal programma baten"), f"add-up 3.1 {col} totals")
    ok(g("Totaal saldo van baten en lasten") == g("Totaal programma lasten") + g("Totaal programma baten"),
       f"add-up 3.1 {col} saldo")
    ok(g("Geraamd resultaat") == g("Totaal saldo van baten en lasten") + g("Mutaties reserves"),
       f"add-up 3.1 {col} resultaat")
# overlapping indicator columns repeat the 2020 edition
n_same = 0
for key, tn in T.tables.items():
    if tn["kind"] != "indicators" or key not in TOLD.tables:
        continue
    to = TOLD.tables[key]
    for r in tn["rows"]:
        for ro in to["rows"]:
            m = re.match(r"^(\D+?) (?=\d|n\.n\.b\.)", r["text"].replace("\u00a0", " "))
            mo = re.match(r"^(\D+?) (?=\d|n\.n\.b\.)", ro["text"].replace("\u00a0", " "))
            if not m or not mo or m.group(1) != mo.group(1):
                continue
            lab = m.group(1)
            vn = TxtDoc.value_tokens(r["text"][len(lab) + 1:])
            vo = TxtDoc.value_tokens(ro["text"][len(lab) + 1:])
            for col in set(tn["cols"]) & set(to["cols"]):
                a, b = tn["cols"].index(col), to["cols"].index(col)
                if a < len(vn) and b < len(vo):
                    ok(vn[a] == vo[b], f"indicators {key} {lab!r} {col}: {vn[a]} vs 2020 edition {vo[b]}")
                    n_same += 1
ok(n_same >= 60, f"overlapping indicator cells compared ({n_same})")

PROGS = ["P1 Veiligheid en Handhaving", "P2 Mens en Maatschappij", "P3 Bestuur en middelen", "P4 Fysieke leefomgeving",
         "P5 Natuur, klimaat en Mobiliteit"]
PT = dict(zip(PROGS, ["1.2", "2.3", "3.3", "4.2", "5.2"]))
COLS = W.table("2.3")["cols"][1:]
for p, num_ in PT.items():
    t = W.table(num_)
    for col in COLS:
        g = lambda row: num(W.cell(num_, row, col)["printed"])
        ok(abs(g("Saldo van baten en lasten") - g("Baten") - g("Lasten")) <= 1, f"add-up {num_} {col} saldo")
        ok(g("Mutaties reserves") == g("Onttrekking reserves") + g("Toevoeging reserves"), f"add-up {num_} {col} mut")
        ok(abs(g("Geraamde resultaat") - g("Saldo van baten en lasten") - g("Mutaties reserves")) <= 1,
           f"add-up {num_} {col} resultaat")
        for tnum, cname in (("12.1", col), ("12.2", col)):
            tt = W.table(tnum)
            if any(cc.startswith(col) for cc in tt["cols"]):
                for what, row in (("baten", "Baten"), ("lasten", "Lasten"), ("saldo", "Saldo van baten en lasten")):
                    ok(num(W.cell(tnum, p, f"{col} {what}", group="")["printed"]) == g(row),
                       f"add-up Tabel {tnum} {p} {col} {what} = Tabel {num_}")
tv = W.table("12.4")
for p in PROGS:
    grp = f"Programma:{p}"
    rows = [r for r in tv["rows"] if r["group"] == grp]
    body = [r for r in rows if not r["label"].startswith("Saldo van baten en lasten")]
    tot = [r for r in rows if r["label"] == "Saldo van baten en lasten programma"][0]
    for j in (1, 2, 3):
        ok(sum(num(r["cells"][j]) for r in body) == num(tot["cells"][j]), f"add-up 12.4 {p} col {j}")
    for r in rows:
        ok(num(r["cells"][1]) + num(r["cells"][2]) == num(r["cells"][3]), f"add-up 12.4 {r['label']} saldo")
    for j, row in ((1, "Baten"), (2, "Lasten")):
        ok(round(num(tot["cells"][j]) / 1000) == num(W.cell(PT[p], row, "Begroting 2025")["printed"]),
           f"add-up 12.4 {p} {row} rounds to Tabel {PT[p]}")
alle = [r for r in tv["rows"] if r["label"] == "Saldo van baten en lasten alle programma's"][0]
progtot = [r for r in tv["rows"] if r["label"] == "Saldo van baten en lasten programma"]
ok(all(sum(num(r["cells"][j]) for r in progtot) == num(alle["cells"][j]) for j in (1, 2, 3)), "add-up 12.4 alle")
res = [r for r in tv["rows"] if r["group"] == "Reserves" and r["label"] != "Mutaties reserves"]
mut = [r for r in tv["rows"] if r["label"] == "Mutaties reserves"][0]
ger = [r for r in tv["rows"] if r["label"] == "Geraamde resultaat"][0]
ok(sum(num(r["cells"][3]) for r in res) == num(mut["cells"][3]), "add-up 12.4 reserves")
ok(num(ger["cells"][3]) == num(alle["cells"][3]) + num(mut["cells"][3]), "add-up 12.4 geraamde resultaat")
ok(round(num(ger["cells"][3]) / 1000) == num(W.cell("12.2", "Geraamde resultaat", "Begroting 2025 saldo")["printed"]),
   "add-up 12.4 resultaat rounds to 12.2")
t12 = W.table("12.2")
for col in ("Begroting 2025", "Raming 2026", "Raming 2027", "Raming 2028"):
    for what in ("baten", "lasten", "saldo"):
        s_ = sum(num(W.cell("12.2", p, f"{col} {what}", group="")["printed"]) for p in PROGS)
        ok(abs(s_ - num(W.cell("12.2", "Saldo van baten en lasten", f"{col} {what}")["printed"])) <= 2,
           f"add-up 12.2 {col} {what}")
    gm = lambda row, what: num(W.cell("12.2", row, f"{col} {what}")["printed"])
    ok(abs(gm("Geraamde resultaat", "saldo") - gm("Saldo van baten en lasten", "saldo") -
           gm("Totaal mutaties reserves", "saldo")) <= 1, f"add-up 12.2 {col} resultaat")
    ok(gm("Geraamde resultaat", "saldo") == num(W.cell("11.1", "BEGROTINGSSALDO 2025-2028", col.split()[1])["printed"])
       == num(W.cell("11.2", "Begrotingssaldo (A)", col.split()[1])["printed"]), f"add-up 11.1/11.2 = 12.2 {col}")
    ok(gm("Geraamde resultaat", "saldo") == num(W.cell("6.2", "Geraamde resultaat", f"{col} saldo")["printed"]),
       f"add-up 6.2 = 12.2 {col}")
t11 = W.table("11.1")
for y in ("2025", "2026", "2027", "2028"):
    vals = {r["label"]: num(r["cells"][r["cols"].index(y)]) for r in t11["rows"]}
    steps = [v for k_, v in vals.items() if k_ not in ("Primitieve begroting 2024", "Saldo na Kadernota 2025",
                                                       "BEGROTINGSSALDO 2025-2028")]
    ok(vals["Primitieve begroting 2024"] + sum(steps) == vals["BEGROTINGSSALDO 2025-2028"], f"add-up 11.1 {y}")
# the first row of 11.1 repeats the geraamde resultaat of the Begroting 2024 for 2025-2027
old_line = [clean(ln) for p in WOLD.prose("Tabel 11.1 - Financieel Meerjarenbeeld") for ln in
            WOLD.layout(p).splitlines() if clean(ln).startswith("BEGROTINGSSALDO 2024-2027")]
ok(old_line and old_line[0].split()[-3:] == [W.cell("11.1", "Primitieve begroting 2024", y)["printed"] for y in
                                              ("2025", "2026", "2027")], "11.1 start = Begroting 2024 saldi")
r5 = W.table("12.5")
for r in r5["rows"]:
    c_ = [num(x) for x in r["cells"][1:]]
    for j in range(4):
        ok(c_[3 * j] + c_[3 * j + 1] + c_[3 * j + 2] == c_[3 * j + 3], f"add-up reserves {r['label']} year {j}")
for j, y in enumerate(("2025", "2026", "2027", "2028")):
    ok(-num(W.cell("12.5", "Totaal reserves", f"Verminderingen {y}")["printed"]) ==
       num(W.cell("12.2", "Totaal mutaties reserves", f"{'Begroting' if y == '2025' else 'Raming'} {y} baten")[
           "printed"]), f"reserves: verminderingen {y} = onttrekkingen 12.2")
t71 = W.table("7.1")
body71 = [r for r in t71["rows"] if r["label"] not in ("sub totaal opbrengst", "af: kwijtscheldingen",
                                                       "netto opbrengst")]
for j in (1, 2, 3):
    g = lambda lab: num([r for r in t71["rows"] if r["label"] == lab][0]["cells"][j])
    ok(sum(num(r["cells"][j]) for r in body71) == g("sub totaal opbrengst"), f"add-up 7.1 col {j}")
    ok(g("sub totaal opbrengst") + g("af: kwijtscheldingen") == g("netto opbrengst"), f"add-up 7.1 netto col {j}")
for r in t71["rows"]:
    ok(num(r["cells"][2]) - num(r["cells"][1]) == num(r["cells"][3]), f"add-up 7.1 mutatie {r['label']}")
t76 = W.table("7.6")
for h in ("Eenpersoonshuishouden", "Meerpersoonshuishouden"):
    for y in ("2024", "2025"):
        s_ = sum(num(W.cell("7.6", lab, f"{h} {y}")["printed"]) for lab in
                 ("1. OZB woningen *", "2. Afvalstoffenheffing", "3. Rioolheffing:"))
        ok(abs(s_ - num(W.cell("7.6", "Totaal", f"{h} {y}")["printed"])) < 0.006, f"add-up 7.6 {h} {y}")
for h, lab in (("Eenpersoonshuishouden", "Eenpersoonshuishouden (gelaagde bouw)"),
               ("Meerpersoonshuishouden", "Meerpersoonshuishouden (gelaagde bouw)")):
    for y in ("2024", "2025"):
        ok(W.cell("7.6", "2. Afvalstoffenheffing", f"{h} {y}")["printed"].replace("€ ", "") ==
           W.cell("7.5", lab, f"tarief {y}")["printed"], f"7.6 afval = 7.5 {h} {y}")
t81 = W.table("8.1")
kans = [num(r["cells"][3]) for r in t81["rows"] if r["label"] != "Totaal"]
ok(abs(sum(kans) - num(W.cell("8.1", "Totaal", "Bedrag x kans")["printed"])) < 0.05, "add-up 8.1 risico's")
for r in t81["rows"]:
    if r["cells"][1]:
        ok(abs(num(r["cells"][1]) * num(r["cells"][2]) / 100 - num(r["cells"][3])) < 0.05, f"8.1 {r['label']}")
m = re.search(r"beschikbare weerstandscapaciteit € ([\d.]+) / benodigde weerstandscapaciteit € ([\d.]+) = ([\d,]+)",
              TEXT[WF])
ok(m and round(num(m.group(1)) / num(m.group(2)), 1) == num(m.group(3)) and
   num(m.group(2)) == 1000 * num(W.cell("8.1", "Totaal", "Bedrag x kans")["printed"]) and
   num(m.group(1)) == 1000 * num(W.cell("12.5", "Totaal algemene reserves", "Begroting 2024")["printed"]),
   "ratio weerstandsvermogen = algemene reserves / risico's")
for num_ in ("1.1", "2.2", "3.2", "4.1", "5.1"):
    tt = W.table(num_)
    for r in tt["rows"]:
        ok(sum(num(x) for x in r["cells"][1:6]) == num(r["cells"][6]), f"add-up investeringen {num_} {r['label']}")
    tot = [r for r in tt["rows"] if r["label"] == "Totaal"][0]
    for j in range(1, 7):
        ok(sum(num(r["cells"][j]) for r in tt["rows"] if r["label"] != "Totaal") == num(tot["cells"][j]),
           f"add-up investeringen {num_} col {j}")

# ------------------------------------------------------------------------------------- 6. layout features
FEAT: dict[str, list] = {}


def feat(doc, name, cond):
    FEAT.setdefault(doc, []).append((name, bool(cond)))
    ok(cond, f"layout {doc}: {name}")


rawT, rawO = (CORPUS / TF).read_text(encoding="utf-8"), (CORPUS / TO).read_text(encoding="utf-8")
feat(TF, "plain UTF-8 text, one paragraph per line, no trailing newline (as the 2020 export)",
     not rawT.endswith("\n") and not rawO.endswith("\n"))
feat(TF, f"similar length to the 2020 export ({len(rawT.encode())} vs {len(rawO.encode())} bytes)",
     0.85 < len(rawT.encode()) / len(rawO.encode()) < 1.2)
feat(TF, "same doelenboom headings in the same order as 2020", T.headings() == TOLD.headings())
feat(TF, "collapsed 'Zo gaan we dat doen' blocks, as in 2020",
     abs(rawT.count("Zo gaan we dat doen") - rawO.count("Zo gaan we dat doen")) <= 5)
feat(TF, "non-breaking spaces in group rows and blank lines, as in 2020",
     rawT.count("\u00a0") >= 0.5 * rawO.count("\u00a0") and "\n\u00a0 \n" in rawT)
feat(TF, "'Financieel overzicht' taakveld lists per doelenboom",
     rawT.count("Financieel overzicht") == rawO.count("Financieel overzicht") == 5 and "6.81 Geëscaleerde zorg 18+"
     in rawT)
feat(TF, "indicator tables shifted one year: 'Beleidsdoelen Begroot 2021 Begroot 2020 2019 2018 2017 Bron'",
     all(t["cols"][0] == "Begroot 2021" for t in T.tables.values() if t["kind"] == "indicators") and
     all(t["cols"][0] == "Begroot 2020" for t in TOLD.tables.values() if t["kind"] == "indicators"))
feat(TF, "Overzicht 3.1 in whole euros with year columns 2021-2024 (2020 edition: 2020-2023)",
     T.table("Overzicht 3.1")["cols"] == ["2021", "2022", "2023", "2024"] and
     TOLD.table("Overzicht 3.1")["cols"] == ["2020", "2021", "2022", "2023"])
labs_new = {(r["group"], r["label"]) for r in T.table("Overzicht 3.1")["rows"]}
labs_old = {(r["group"], r["label"]) for r in TOLD.table("Overzicht 3.1")["rows"]}
feat(TF, f"rows changed: new {sorted(x[1] for x in labs_new - labs_old)}, gone {sorted(x[1] for x in labs_old - labs_new)}",
     len(labs_new - labs_old) >= 1 and len(labs_old - labs_new) >= 1)
changed = sum(1 for r in T.table("Overzicht 3.1")["rows"] for ro in TOLD.table("Overzicht 3.1")["rows"]
              if (r["group"], r["label"]) == (ro["group"], ro["label"]) and r["values"][:3] != ro["values"][1:])
feat(TF, f"amounts of the overlapping years 2021-2023 changed in {changed} of the shared rows", changed >= 10)
ratio = difflib.SequenceMatcher(None, rawO, rawT, autojunk=False).ratio()
paras_o = [ln for ln in rawO.split("\n") if len(ln) > 80]
kept = sum(1 for ln in paras_o if ln in rawT.split("\n"))
feat(TF, f"prose partly kept: text similarity {ratio:.2f}, {kept}/{len(paras_o)} long paragraphs unchanged",
     0.6 < ratio < 0.95 and 0.25 < kept / len(paras_o) < 0.8)

info = subprocess.run(["pdfinfo", str(CORPUS / WF)], capture_output=True, text=True).stdout
size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
feat(WF, "A4 portrait, like the Begroting 2024", size and abs(float(size.group(1)) - 595.3) < 1 and
     abs(float(size.group(2)) - 841.9) < 1)
feat(WF, f"18-25 pages ({W.npages})", 18 <= W.npages <= 25)
feat(WF, "a text PDF: every page but the cover has extractable text",
     all(len(W.text(p)) > 20 for p in range(2, W.npages + 1)))
fonts = subprocess.run(["pdffonts", str(CORPUS / WF)], capture_output=True, text=True).stdout
feat(WF, "embedded TrueType fonts (DejaVu Sans, a Verdana-like face)", "DejaVuSans" in fonts and " yes " in fonts)
feat(WF, "cover: 'Gemeente Wassenaar' and 'BEGROTING 2025'", "BEGROTING 2025" in W.text(1) and
     "Gemeente Wassenaar" in W.text(1))
toc = W.layout(2)
toc_ok = True
for name in ("P2 Mens en Maatschappij", "Paragraaf Lokale heffingen", "Reserves en voorzieningen"):
    mm = re.search(re.escape(name) + r"[ .]+\.\s*(\d+)", toc)
    toc_ok = toc_ok and bool(mm) and any(name == h[2] and h[0] == int(mm.group(1)) for h in W.headings())
feat(WF, "INHOUDSOPGAVE with dot leaders; page numbers match the heading pages", "INHOUDSOPGAVE" in toc and toc_ok)
hs = [h[2] for h in W.headings()]
feat(WF, "programmes P1..P5 as green heading bars, each with 'Wat willen we bereiken ?' and 'Wat gaat het kosten ?'",
     all(p in hs for p in PROGS) and hs.count("Wat gaat het kosten ?") == 5 and hs.count("Wat willen we bereiken ?") == 5)
feat(WF, "captions 'Tabel n.m - ...' above the tables (23 tables)",
     sum(1 for p in range(1, W.npages + 1) for _ in re.finditer(r"Tabel \d+\.\d+", W.text(p))) >= 23)
t23 = W.table("2.3")
feat(WF, "programme tables: two-row headers 'Rekening 2023 | Begroting 2024 | Begroting 2025 | Raming 2026..2028' "
         "and the statement '( \"-\"= nadeel / \"+\"= voordeel ) bedragen x € 1.000' in the header cell",
     t23["cols"][1:] == ["Rekening 2023", "Begroting 2024", "Begroting 2025", "Raming 2026", "Raming 2027",
                         "Raming 2028"] and t23["scale"] == 1000 and "nadeel" in t23["scale_statement"])
feat(WF, "same kind of programme table in the Begroting 2024 ('Rekening 2022 | Begroting 2023 ..2027')",
     WOLD.table("2.3")["cols"][1] == "Rekening 2022" and WOLD.table("2.3")["scale"] == 1000)
feat(WF, "scale statement in the caption line ('bedragen x € 1.000' right of 'Tabel 7.1 ...')",
     W.table("7.1")["scale_statement"].startswith("caption:"))
feat(WF, f"whole-euro taakveld table 12.4 with 'Programma:P1..P5' group rows, continued over pages {tv['pages']} "
         "without caption or repeated header",
     len(tv["pages"]) == 2 and {r["group"] for r in tv["rows"]} >= {f"Programma:{p}" for p in PROGS} and
     any(r["continuation"] for r in tv["rows"]) and tv["scale"] == 1)
feat(WF, "recapitulatie and meerjarenperspectief with three-level headers (year over baten/lasten/saldo)",
     W.table("6.2")["cols"][1] == "Begroting 2025 baten" and W.table("12.2")["cols"][-1] == "Raming 2028 saldo")
feat(WF, "tariff tables with decimal commas (hondenbelasting, riool, afval) and woonlasten in '€ 1.166,46' style",
     "," in W.cell("7.2", "eerste hond", "2025")["printed"] and
     W.cell("7.6", "Totaal", "Meerpersoonshuishouden 2025")["printed"].startswith("€ "))
feat(WF, "kengetallen table (Verslag/Begr. columns, VNG norms) and ratio weerstandsvermogen in the text",
     W.table("8.2")["cols"][3] == "Indicatoren Wassenaar (%) 2025 Begr." and "Ratio weerstandsvermogen" in TEXT[WF])
feat(WF, "reserves table with Vermeerderingen/Verminderingen/Begroting per year",
     W.table("12.5")["cols"][2:5] == ["Vermeerderingen 2025", "Verminderingen 2025", "Begroting 2025"])
feat(WF, "investment tables in whole euros with '-' for nil",
     W.cell("2.2", "Gymzaal Burmanlaan", "Meerjarenbeeld 2026")["printed"] == "-")
feat(WF, "the social domain in programma P2 Mens en Maatschappij with taakvelden 6.x in Tabel 12.4",
     sum(1 for r in tv["rows"] if r["group"] == "Programma:P2 Mens en Maatschappij" and r["label"].startswith("6."))
     >= 20)

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
