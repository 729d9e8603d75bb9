"""Verify set-ak against the FINISHED documents only (never imports data.py or the generators).

1. Format: cases.yaml follows /work/shared/evals/FORMAT.md v1; every figure turn names its body (question, an
   earlier turn or the case field); the manifest lists the two documents.
2. Figures: every expected and accepted value is re-located at its recorded place (PDF: page, section, table
   caption, group, row, column, printed text, scale and scale statement, and the printed text in pdftotext -layout
   of that page; Markdown: section, table caption and kind, line, row, column, printed text, scale; prose: the
   sentence on its page / under its heading) and recomputed (derivations too).
3. Refusals: the recorded absence rules hold in the documents.
4. Text: every include group has an item in the recorded passage's page (PDF) or section/table row (Markdown);
   "which" candidates are re-located and every include group names one of them; `any` excludes do not occur in
   the own document.
5. The figures of both documents add up (totals, saldi, reserve stands, balans) as printed.
6. Layout features of both documents (printed as a checklist), and a cross-check of the Markdown tables against
   pandoc's own reading of the file.
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

from extract import MdDoc, WordPdf, clean, is_amount, parse_num

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
FAIL: list[str] = []
WARN: list[str] = []
N = 0


def ok(cond, msg):
    global N
    N += 1
    if not cond:
        FAIL.append(msg)
    return bool(cond)


man = yaml.safe_load((CORPUS / "manifest.yaml").read_text(encoding="utf-8"))
DOCS = {m["file"]: m for m in man["documents"]}
ok(len(DOCS) == 2 and all((CORPUS / f).exists() for f in DOCS), "manifest: two documents present")
for m in man["documents"]:
    ok(set(m) == {"file", "municipality", "year", "type", "title"} and isinstance(m["year"], int), f"manifest {m}")
ok(sorted(p.name for p in CORPUS.iterdir()) == sorted(list(DOCS) + ["manifest.yaml"]),
   "corpus holds only the finished documents and the manifest")
WF = [f for f in DOCS if f.endswith(".pdf")][0]
KF = [f for f in DOCS if f.endswith(".md")][0]
ok(2042 <= DOCS[WF]["year"] <= 2045 and DOCS[WF]["type"] == "programmabegroting", "PDF: programmabegroting 2042-2045")
ok(DOCS[KF]["type"] in ("jaarstukken", "bestuursrapportage"), "Markdown: jaarstukken or bestuursrapportage")
BODY = {f: DOCS[f]["municipality"] for f in DOCS}
W = WordPdf(CORPUS / WF)
M = MdDoc(CORPUS / KF)
TEXT = {WF: W.full_text(), KF: M.raw}
ok(8 <= W.npages <= 20, f"PDF: 8-20 pages ({W.npages})")
ok(DOCS[WF]["title"] in W.text(1) and DOCS[WF]["municipality"] in W.text(1), "PDF: manifest title on the cover")
ok(M.front.get("title") == DOCS[KF]["title"], "Markdown: manifest title = front matter title")

raw = (SET / "cases.yaml").read_text(encoding="utf-8")
ok(raw.startswith("#") and "GENERATED" in raw.splitlines()[0], "cases.yaml header says generated")
CASES = yaml.safe_load(raw)
PROV = json.loads((SET / "source" / "provenance.json").read_text(encoding="utf-8"))

# ------------------------------------------------------------------------------------- 1. format
ok(set(CASES) == {"version", "cases"} and CASES["version"] == 1, "version 1 + cases")
ids = [c["id"] for c in CASES["cases"]]
ok(len(ids) == len(set(ids)), "unique ids")
ok(set(ids) == set(PROV), "provenance covers exactly the case ids")
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
CASE_KEYS = {"id", "question", "municipality", "kind", "expect", "turns"}
TURN_KEYS = {"question", "kind", "expect"}
KINDS = {"figure", "text", "refusal", "any"}
UNITS = {"EUR", "count", "percent", "grade"}


def names(body):
    return [body] + [w for w in body.split() if w[0].isupper() and w not in ("Gemeente", "Omgevingsdienst")]


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
        ok(t["kind"] in KINDS, f"{tid}: kind")
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
            scope = c.get("municipality") or ""
            ok(e["municipality"] == scope or any(nm.lower() in seen.lower() for nm in names(e["municipality"])),
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
    if "prose" in src:
        if src["document"] == WF:
            ok(src["page"] in W.prose(src["prose"]), f"{tid}: prose {src['prose']!r} on page {src['page']}")
        else:
            ok(src["section"] in M.prose(src["prose"]), f"{tid}: prose {src['prose']!r} under {src['section']}")
        ok(src["printed"] in src["prose"], f"{tid}: printed text in the prose")
        ok(src["scale"] == 1 or "miljoen" in src["prose"], f"{tid}: prose scale word")
        v = parse_num(src["printed"]) * src["scale"]
    elif src["document"] == WF:
        try:
            c = W.cell(src["table_title"], src["row"], src["column"], group=src.get("group"))
        except LookupError as ex:
            ok(False, f"{tid}: {ex}")
            return None
        for k in ("page", "printed", "scale_statement", "section"):
            ok(c[k] == src[k], f"{tid}: {k} {c[k]!r} != {src[k]!r}")
        ok(c["table"] == src["table"], f"{tid}: table caption {c['table']!r}")
        ok(bool(c["continuation_page"]) == bool(src.get("continuation_page")), f"{tid}: continuation flag")
        ok(re.sub(r"\s+", " ", src["printed"]) in re.sub(r"[ \t]+", " ", W.layout(c["page"])),
           f"{tid}: printed text in pdftotext -layout of page {c['page']}")
        scale = 1 if "note" in src else c["scale"]
        ok(scale == src["scale"], f"{tid}: scale {scale} != {src['scale']}")
        v = parse_num(c["printed"]) * scale
    else:
        try:
            c = M.cell(src["table_key"], src["row"], src["column"], group=src.get("group"))
        except LookupError as ex:
            ok(False, f"{tid}: {ex}")
            return None
        for k in ("printed", "scale_statement", "section", "line", "table_kind"):
            ok(c[k] == src[k], f"{tid}: {k} {c[k]!r} != {src[k]!r}")
        ok(c["table"] == src["table"], f"{tid}: table caption {c['table']!r}")
        t = M.table(src["table_key"])
        block = "\n".join(M.lines[t["line"] - 1:t["end_line"]])
        ok(c["raw"] in block, f"{tid}: printed text inside the table's lines {t['line']}-{t['end_line']}")
        scale = 1 if "note" in src else c["scale"]
        ok(scale == src["scale"], f"{tid}: scale {scale} != {src['scale']}")
        v = parse_num(c["printed"]) * scale
    ok(v is not None and abs(v - src["value"]) < 1e-6, f"{tid}: value {v} != recorded {src['value']}")
    return v


def recompute(a, tid):
    vals = [relocate(s, tid) for s in a["sources"]]
    if any(v is None for v in vals):
        return None
    op = a.get("op")
    if op is None:
        return vals[0]
    v = {"add": lambda x: sum(x), "sub": lambda x: x[0] - x[1],
         "share": lambda x: round(100 * x[0] / x[1], 2)}[op](vals)
    ok(abs(v - a["value"]) < 0.006, f"{tid}: derivation {a['derivation']} recomputes to {v}")
    return v


def doc_text(doc):
    return TEXT[WF] + "\n" + TEXT[KF] if doc == "*" else TEXT[doc]


def table_heads(doc, tables):
    if doc == WF:
        tabs = W.tables() if tables == "*" else [W.table(t) for t in tables]
        return [c for t in tabs for c in t["cols"]]
    tabs = M.tables if tables == "*" else [M.table(t) for t in tables]
    return [c for t in tabs for c in t["header"]]


for c in CASES["cases"]:
    for i, t in enumerate(turns_of(c)):
        tid = f"{c['id']}#{i}"
        pv = PROV[c["id"]][i]
        e = t.get("expect", {})
        if pv["kind"] == "figure":
            v = recompute(pv["main"], tid)
            ok(v is not None and abs(abs(v) - abs(e["value"])) <= 1e-6, f"{tid}: expected value {e['value']} vs {v}")
            for a in pv["accept"]:
                va = recompute(a, tid + " accept")
                ok(va is not None and any(abs(abs(va) - abs(x)) <= 1e-6 for x in e.get("accept", [e["value"]])),
                   f"{tid}: accepted {va} listed")
            for x in e.get("accept", []):
                ok(any(abs(x - y["value"]) < 1e-6 for y in [pv["main"]] + pv["accept"]), f"{tid}: accept {x} sourced")
            docs = {s["document"] for a in [pv["main"]] + pv["accept"] for s in a["sources"]}
            ok(all(BODY[dc] == e["municipality"] for dc in docs), f"{tid}: cited document belongs to the body")
        elif pv["kind"] == "refusal":
            ok(pv["absent"], f"{tid}: refusal has absence rules")
            for rule in pv["absent"]:
                if rule["rule"] == "absent_text":
                    ok(rule["text"].lower() not in doc_text(rule["document"]).lower(),
                       f"{tid}: {rule['text']!r} absent from {rule['document']}")
                elif rule["rule"] == "absent_regex":
                    hay = clean(doc_text(rule["document"]))
                    ok(not re.search(rule["text"], hay), f"{tid}: /{rule['text']}/ absent from {rule['document']}")
                elif rule["rule"] == "not_in_manifest":
                    ok(all(rule["text"] not in str(m) for m in man["documents"]), f"{tid}: not in manifest")
                elif rule["rule"] == "no_column":
                    heads = table_heads(rule["document"], rule["tables"])
                    ok(heads and not any(rule["text"] in h for h in heads),
                       f"{tid}: no column {rule['text']!r} in {rule['document']}")
                else:
                    ok(False, f"{tid}: unknown rule {rule}")
        elif pv["kind"] == "text":
            w = pv["where"]
            if w["document"] == WF:
                hay = W.text(w["page"]).lower()
            elif "table" in w:
                r = [x for x in M.table(w["table"])["rows"] if x["label"] == w["row"]]
                hay = " ".join(r[0]["text"]).lower() if len(r) == 1 else ""
                ok(len(r) == 1, f"{tid}: passage row {w['row']} in {w['table']}")
            else:
                hay = (M.section_text(w["section"]) + " " + M.footnotes.get(w.get("footnote", ""), "")).lower()
            ok(clean(w["passage"]).lower().replace("[^1]", "").replace("[^2]", "")[:40] in
               hay.replace("[^1]", "").replace("[^2]", "") or w["document"] == KF and "table" in w,
               f"{tid}: passage start found")
            ok(BODY[w["document"]] == e["municipality"], f"{tid}: passage document belongs to the body")
            for grp in e["include"]:
                items = grp if isinstance(grp, list) else [grp]
                ok(any(x.lower() in hay for x in items), f"{tid}: include {items} in the passage's page/section")
        elif pv["kind"] == "which":
            vals = [relocate(s, tid + " cand") for s in pv["candidates"]]
            ok(len(vals) >= 2 and len({abs(v) for v in vals if v is not None}) == len(vals),
               f"{tid}: distinct candidates")
            ok(len(e["include"]) == len(pv["candidates"]), f"{tid}: one include group per candidate")
            ok("municipality" not in e, f"{tid}: which-case carries no municipality condition")
            for s, grp in zip(pv["candidates"], e["include"]):
                grp = grp if isinstance(grp, list) else [grp]
                digits = re.sub(r"^[-/( ]+|\)$", "", s["printed"])
                ok(digits in grp, f"{tid}: include group {grp} names the printed {s['printed']!r}")
        elif pv["kind"] == "any":
            for x in e["exclude"]:
                ok(x.lower() not in TEXT[pv["exclude_absent_in"]].lower(), f"{tid}: exclude {x!r} absent from own doc")

# ------------------------------------------------------------------------------------- 5. the figures add up
def num(s):
    v = parse_num(s)
    return 0 if v is None else v


t2 = W.table("Overzicht van baten en lasten")
for ci in range(1, len(t2["cols"])):
    col = t2["cols"][ci]
    g = lambda row, grp=None: num(W.cell(t2["title"], row, col, group=grp)["printed"])
    lrows = [r for r in t2["rows"] if r["group"] == "Lasten" and not r["label"].startswith("Totaal")]
    brows = [r for r in t2["rows"] if r["group"] == "Baten" and not r["label"].startswith(("Totaal", "Saldo", "Toev",
                                                                                           "Ontt", "Geraamd"))]
    tl = sum(num(r["text"][ci]) for r in lrows)
    tb = sum(num(r["text"][ci]) for r in brows)
    ok(tl == g("Totaal lasten") and tb == g("Totaal baten"), f"add-up Tabel 2 {col}: totals")
    ok(g("Saldo van baten en lasten") == tb - tl, f"add-up Tabel 2 {col}: saldo")
    ok(g("Geraamd resultaat") == tb - tl - g("Toevoegingen aan reserves") + g("Onttrekkingen aan reserves"),
       f"add-up Tabel 2 {col}: resultaat")
for t in W.tables():
    if t["title"].startswith("Wat mag het kosten?"):
        for ci in range(1, 7):
            r = {x["label"]: num(x["text"][ci]) for x in t["rows"]}
            ok(r["Saldo"] == r["Baten"] - r["Lasten"], f"add-up {t['caption']} col {ci}")
    if t["title"].startswith("Taakvelden "):
        for ci in (2, 3):
            body = [num(x["text"][ci]) for x in t["rows"] if x["label"] != "Totaal programma"]
            tot = num([x for x in t["rows"] if x["label"] == "Totaal programma"][0]["text"][ci])
            ok(sum(body) == tot, f"add-up {t['caption']} col {ci}")
tr = W.table("Verloop reserves 2044")
for x in tr["rows"]:
    a, b_, c_, e_ = (num(v) for v in x["text"][1:5])
    ok(a + b_ - c_ == e_, f"add-up reserves {x['label']}")
ok(num(W.cell(tr["title"], "Totaal reserves", "Toevoeging")["printed"]) ==
   num(W.cell(t2["title"], "Toevoegingen aan reserves", "Begroting 2044")["printed"]) and
   num(W.cell(tr["title"], "Totaal reserves", "Onttrekking")["printed"]) ==
   num(W.cell(t2["title"], "Onttrekkingen aan reserves", "Begroting 2044")["printed"]), "add-up reserves = Tabel 2")
tb28 = W.table("Lasten en baten per taakveld 2044")
rows28 = [x for x in tb28["rows"] if x["label"] != "Totaal"]
ok(sum(num(x["text"][2]) for x in rows28) == num(W.cell(tb28["title"], "Totaal", "Lasten")["printed"]) ==
   num(W.cell(tb28["title"], "Totaal", "Baten")["printed"]), "add-up appendix: lasten = baten = totaal")
ok(all(round(num(x["text"][2]) / 1000) == num(y["text"][2]) for t in W.tables() if t["title"].startswith("Taakvelden")
       for y in t["rows"] if y["label"] != "Totaal programma" for x in rows28 if x["label"] == y["label"]),
   "add-up: appendix euros round to the programme taakveld tables")
t3 = M.table("Tabel 3")
for ci in (1, 2, 3):
    L_ = [num(x["text"][ci]) for x in t3["rows"] if x["group"] == "Lasten" and x["label"] != "Totaal lasten"]
    B_ = [num(x["text"][ci]) for x in t3["rows"] if x["group"] == "Baten" and x["label"] not in (
        "Totaal baten", "Saldo van baten en lasten", "Toevoeging aan reserves", "Onttrekking aan reserves", "Resultaat")]
    col = t3["header"][ci]
    g = lambda row: num(M.cell("Tabel 3", row, col)["printed"])
    ok(sum(L_) == g("Totaal lasten") and sum(B_) == g("Totaal baten"), f"add-up Tabel 3 {col}")
    ok(g("Resultaat") == g("Totaal baten") - g("Totaal lasten") - g("Toevoeging aan reserves") +
       g("Onttrekking aan reserves"), f"add-up Tabel 3 {col}: resultaat")
for x in t3["rows"]:
    if x["text"][1]:
        ok(num(x["text"][4]) == num(x["text"][3]) - num(x["text"][2]), f"add-up Tabel 3 verschil {x['label']}")
t5 = M.table("Tabel 5")
for x in t5["rows"]:
    ok(num(x["text"][2]) + num(x["text"][3]) == num(x["text"][4]), f"add-up Tabel 5 {x['label']}")
for ci in (1, 2, 3, 4, 5):
    body = [num(x["text"][ci]) for x in t5["rows"] if x["label"] != "Totaal"]
    ok(abs(sum(body) - num([x for x in t5["rows"] if x["label"] == "Totaal"][0]["text"][ci])) < 1e-6,
       f"add-up Tabel 5 col {ci}")
t7 = M.table("Tabel 7")
ok(M.cell("Tabel 7", "Totaal activa", "31-12-2043")["printed"] == M.cell("Tabel 7", "Totaal passiva", "31-12-2043")[
    "printed"], "add-up balans 2043")
for ci in (1, 2):
    act = sum(num(x["text"][ci]) for x in t7["rows"] if x["group"] == "Activa" and x["label"] != "Totaal activa")
    pas = sum(num(x["text"][ci]) for x in t7["rows"] if x["group"] == "Passiva" and not x["label"].startswith("Totaal"))
    ok(act == num(M.cell("Tabel 7", "Totaal activa", t7["header"][ci])["printed"]) ==
       pas == num(M.cell("Tabel 7", "Totaal passiva", t7["header"][ci])["printed"]), f"add-up balans col {ci}")
for x in M.table("Tabel 6")["rows"]:
    a, b_, c_, e_ = (num(v) for v in x["text"][1:5])
    ok(a + b_ - c_ == e_, f"add-up Tabel 6 {x['label']}")

# ------------------------------------------------------------------------------------- 6. layout features
FEAT: dict[str, list] = {}


def feat(doc, name, cond):
    FEAT.setdefault(doc, []).append((name, bool(cond)))
    ok(cond, f"layout {doc}: {name}")


info = subprocess.run(["pdfinfo", str(CORPUS / WF)], capture_output=True, text=True).stdout
feat(WF, "made in Word format, converted by LibreOffice Writer (pdfinfo Creator/Producer)",
     re.search(r"Creator:\s+Writer", info) and "LibreOffice" in info)
toc = W.layout(2)
entries = re.findall(r"^\s*(\S.*?)\s*\.{5,}\s*(\d+)\s*$", toc, flags=re.M)
heads = {text: p for p, _, lvl, text in W.headings() if lvl <= 2}
feat(WF, f"typed table of contents with dot leaders ({len(entries)} entries), page numbers equal the heading pages",
     len(entries) >= 15 and all(heads.get(clean(t)) == int(p) for t, p in entries))
lv = {lvl for _, _, lvl, _ in W.headings()}
feat(WF, "Heading 1-3 (bold Arial 16/13/11 pt)", lv == {1, 2, 3})
sup = []
for p in range(3, W.npages + 1):
    pg = W.pdf.pages[p - 1]
    for ch in pg.chars:
        if ch["text"].isdigit() and ch["size"] < 7:
            sup.append(p)
notes = [p for p in range(1, W.npages + 1) if "______________" in W.text(p)]
feat(WF, f"footnotes: superscript marks (pages {sorted(set(sup))}) with the notes at the end of the section "
         f"(pages {notes})", len(set(sup)) >= 2 and len(notes) >= 2)
t2p = W.ptables(t2["pages"][0])[[i for i, x in enumerate(W.ptables(t2["pages"][0])) if x["bbox"] == t2["bbox"]][0]]
r0, r1, r2 = t2p["rows"][0], t2p["rows"][1], t2p["rows"][2]
mj = [cb for cb, tx in zip(r0["cells"], r0["text"]) if tx == "Meerjarenraming"]
yw = r2["cells"][4][2] - r2["cells"][4][0]
feat(WF, "two-row header with merged cells: 'Meerjarenraming' over three year columns, 'x € 1.000' over two rows",
     mj and (mj[0][2] - mj[0][0]) > 2.8 * yw and r1["cells"][0] is None and r0["text"][0] == "x € 1.000"
     and t2["cols"][4:] == ["Meerjarenraming 2045", "Meerjarenraming 2046", "Meerjarenraming 2047"])
t27 = W.table("Meerjarenraming 2044-2047 per programma")
feat(WF, "per year 'Lasten' and 'Baten' under a merged year cell (Tabel 27)",
     t27["cols"][1:] == [f"{y} {k}" for y in (2044, 2045, 2046, 2047) for k in ("Lasten", "Baten")])
feat(WF, f"long table over pages {tb28['pages']} with its header row repeated (Word 'repeat as header row')",
     len(tb28["pages"]) == 2 and tb28["head_repeated"] and len(tb28["rows"]) > 40)
first_cell = [t["number"] for t in W.tables() if (t["scale_statement"] or "").startswith("first header cell")]
line_above = [t["number"] for t in W.tables() if (t["scale_statement"] or "").startswith("line above")]
euros = [t["number"] for t in W.tables() if t["scale"] == 1 and re.search(r"euro", t["scale_statement"] or "")]
feat(WF, f"one table in whole euros (Tabel {euros}), the others 'x € 1.000' in the first header cell (Tabellen "
         f"{first_cell}) or in a line above (Tabellen {line_above})",
     euros == [28] and len(first_cell) >= 4 and len(line_above) >= 8)
dash = sorted({t["number"] for t in W.tables() for r in t["rows"] for x in r["text"] if x.startswith("-/-")})
brk = sorted({t["number"] for t in W.tables() for r in t["rows"] for x in r["text"] if re.fullmatch(r"\([\d.]+\)", x)})
feat(WF, f"negatives as '-/-' in one table (Tabel {dash}) and in brackets in another (Tabel {brk})",
     dash == [2] and brk == [16])
t4 = W.table("Verschillen begroting 2044 ten opzichte van begroting 2043, Sociaal domein")
feat(WF, "a column 'V/N' with verschillen", t4["cols"][-1] == "V/N" and {r["text"][2] for r in t4["rows"]} == {"V", "N"})
land = [p for p in range(1, W.npages + 1) if W.page_size(p)[0] > W.page_size(p)[1]]
feat(WF, f"landscape section (page {land}: the meerjarenraming), the rest portrait", land == t27["pages"])
feat(WF, "prose quoting figures ('ruim € 2 miljoen', 'ongeveer een derde', 'bijna de helft', 'bijna € 15 miljoen')",
     all(x in TEXT[WF] for x in ("ruim € 2 miljoen", "Ongeveer een derde", "Bijna de helft", "bijna € 15 miljoen")))
progs = [h for h in W.headings() if h[2] == 2 and "Programma " in h[3]]
okp = True
for p, top, _, title in progs:
    name = title.split(" ", 3)[3]
    sub = [h[3] for h in W.headings() if h[2] == 3 and W.section(h[0], h[1]).find(title) >= 0]
    okp &= sub == ["Wat willen we bereiken?", "Wat gaan we daarvoor doen?", "Wat mag het kosten?",
                   "Beleidsindicatoren", "Taakvelden"]
    okp &= W.table(f"Wat mag het kosten? {name}")["cols"][1:] == ["Rekening 2042", "Begroting 2043", "Begroting 2044",
                                                                   "Meerjarenraming 2045", "Meerjarenraming 2046",
                                                                   "Meerjarenraming 2047"]
    okp &= W.table(f"Beleidsindicatoren {name}")["cols"] == ["Indicator", "Eenheid", "Bron", "Jaar", "Waarde"]
    okp &= all(re.fullmatch(r"\d\.\d+", r["label"]) for r in W.table(f"Taakvelden {name} 2044")["rows"][:-1])
feat(WF, f"{len(progs)} programmes with doelen, wat gaan we doen, wat mag het kosten (2042-2047), "
         f"beleidsindicatoren (eenheid, bron, jaar, waarde) and taakvelden with Iv3 codes", len(progs) == 4 and okp)
tar = {r["label"]: r["text"] for r in W.table("Tarieven lokale heffingen")["rows"]}
feat(WF, "lokale heffingen: OZB as % of WOZ (woningen, niet-woningen eigenaar/gebruiker), afvalstoffenheffing "
         "een-/meerpersoons, rioolheffing, kwijtschelding",
     all(tar[k][3].endswith("%") for k in ("OZB woningen, eigenaar", "OZB niet-woningen, eigenaar",
                                           "OZB niet-woningen, gebruiker"))
     and "Afvalstoffenheffing eenpersoonshuishouden" in tar and "Afvalstoffenheffing meerpersoonshuishouden" in tar
     and "Rioolheffing" in tar and "kwijtscheldingsnorm" in TEXT[WF])
feat(WF, "weerstandsvermogen (ratio) and kengetallen with the previous years",
     W.cell("Weerstandsvermogen", "Ratio weerstandsvermogen", "Begroting 2044")["printed"] == "1,75"
     and W.table("Financiële kengetallen")["cols"][1:3] == ["Rekening 2042", "Begroting 2043"])
feat(WF, "verbonden partijen (bijdrage per partij), reserves, incidentele lasten en baten, algemene "
         "dekkingsmiddelen, onvoorzien",
     len(W.table("Bijdragen aan verbonden partijen")["rows"]) >= 5 and W.table("Verloop reserves 2044")
     and W.table("Incidentele lasten en baten") and W.table("Algemene dekkingsmiddelen (netto)")
     and "post onvoorzien" in TEXT[WF])

# Markdown
feat(KF, f"YAML front matter with title, date, author ({M.front.get('title')!r}, {M.front.get('date')!r})",
     M.raw.startswith("---\n") and {"title", "date", "author"} <= set(M.front))
feat(KF, f"headings with {{#anchor}} attributes ({len(M.headings)})",
     len(M.headings) >= 10 and all(a for _, _, _, a in M.headings))
kinds = [t["kind"] for t in M.tables]
feat(KF, f"pandoc tables: {kinds.count('grid')} grid, {kinds.count('pipe')} pipe, {kinds.count('simple')} simple, "
         f"{kinds.count('multiline')} multiline", kinds.count("grid") >= 5 and kinds.count("pipe") == 1
     and kinds.count("simple") == 1 and kinds.count("multiline") == 1)
wrapped = 0
for t in M.tables:
    if t["kind"] != "grid":
        continue
    blk = M.lines[t["line"] - 1:t["end_line"]]
    run = 0
    for ln in blk:
        if ln.startswith("|"):
            run += 1
        else:
            wrapped += run >= 2
            run = 0
feat(KF, f"grid tables with +===+ under the header and cells wrapped over two or more lines ({wrapped} rows)",
     wrapped >= 5 and all("+:=" in "\n".join(M.lines[t["line"] - 1:t["end_line"]]) for t in M.tables
                          if t["kind"] == "grid"))
caps_after = []
for t in M.tables:
    j = t["end_line"]
    while not M.lines[j].strip():
        j += 1
    caps_after.append(M.lines[j].strip().startswith(": Tabel "))
feat(KF, "every table captioned ': Tabel n. ...' after the table, scale in the caption ('(bedragen x € 1.000)')",
     all(caps_after) and [t["key"] for t in M.tables] == [f"Tabel {i}" for i in range(1, len(M.tables) + 1)]
     and M.table("Tabel 3")["caption"] == "Tabel 3. Lasten en baten per product (bedragen x € 1.000)")
refs = set(re.findall(r"\[\^(\d+)\](?!:)", M.raw))
last_table = max(t["end_line"] for t in M.tables)
defs_after = all(M.raw.split("\n").index(ln) > last_table for ln in M.raw.split("\n") if re.match(r"\[\^\d+\]:", ln))
feat(KF, f"footnotes [^n] in the text with their text at the end ({sorted(refs)})",
     refs and refs == set(M.footnotes) and defs_after)
bold = [p for _, _, p in M.paragraphs if re.search(r"\*\*€ [\d.]+\*\*", p)]
feat(KF, f"figures in bold in the prose ({len(bold)} paragraphs)", len(bold) >= 2)
negs = [x for t in M.tables for r in t["rows"] for x in r["text"] if re.fullmatch(r"-[\d.,]+%?", x)]
feat(KF, f"negative numbers with a leading '-' ({len(negs)} cells)", len(negs) >= 5)
feat(KF, "exploitatie per product: begroting primitief, na wijziging, realisatie, verschil",
     M.table("Tabel 3")["header"] == ["Product", "Begroting 2043 primitief", "Begroting 2043 na wijziging",
                                      "Realisatie 2043", "Verschil"])
feat(KF, "bijdragen per deelnemer with verdeelsleutel percentage (7 deelnemers, 100,00%)",
     len([r for r in t5["rows"] if r["label"] != "Totaal"]) == 7
     and M.cell("Tabel 5", "Totaal", "Verdeelsleutel")["printed"] == "100,00%")
feat(KF, "balans (activa/passiva, two years), reserves en voorzieningen (stand begin, toevoeging, onttrekking, "
         "stand eind), formatie and bezetting in fte, kengetallen, resultaat and voorstel resultaatbestemming",
     t7["header"][1:] == ["31-12-2043", "31-12-2042"] and M.table("Tabel 6")["header"][1:] ==
     ["Stand 1-1-2043", "Toevoeging", "Onttrekking", "Stand 31-12-2043"] and "(fte)" in M.table("Tabel 2")["caption"]
     and {"Netto schuldquote", "Solvabiliteitsratio"} <= {r["label"] for r in M.table("Tabel 8")["rows"]}
     and M.table("Tabel 9") and "resultaatbestemming" in M.table("Tabel 9")["caption"])
lst = re.findall(r"^- \*\*([\d.,]+)\*\* ", M.raw, flags=re.M)
feat(KF, f"prestaties with numbers in a bulleted list ({lst}) and in a table (Tabel 1)",
     len(lst) >= 3 and any(x in [r["text"][2] for r in M.table("Tabel 1")["rows"]] for x in lst))

# pandoc's own reading of the Markdown
try:
    import pypandoc
    ast = json.loads(subprocess.run([pypandoc.get_pandoc_path(), "-f", "markdown", "-t", "json", str(CORPUS / KF)],
                                    capture_output=True, text=True, check=True).stdout)
except Exception as ex:  # pragma: no cover
    ast = None
    WARN.append(f"pandoc cross-check skipped: {ex}")


def stringify(x):
    if isinstance(x, list):
        return "".join(stringify(y) for y in x)
    if isinstance(x, dict):
        t = x.get("t")
        if t == "Str":
            return x["c"]
        if t in ("Space", "SoftBreak", "LineBreak"):
            return " "
        if t in ("Strong", "Emph", "Plain", "Para"):
            return stringify(x["c"])
        if t == "Note":
            return ""
        return stringify(x.get("c", []))
    return ""


if ast is not None:
    ptabs = []

    def walk(blocks):
        for bl in blocks:
            if bl["t"] == "Table":
                _, caption, _, head, bodies, _ = bl["c"]
                cap = clean(stringify(caption[1]))
                hrow = [clean(stringify(cell[4])) for row in head[1] for cell in row[1]]
                rows = [[clean(stringify(cell[4])) for cell in row[1]] for b in bodies for row in b[3]]
                ptabs.append((cap, hrow, rows))
            elif bl["t"] in ("Div", "BlockQuote"):
                walk(bl["c"][-1])

    walk(ast["blocks"])
    same = len(ptabs) == len(M.tables)
    for (cap, hrow, rows), t in zip(ptabs, M.tables):
        mine = [r["text"] for r in t["rows"]]
        groups = [[g] + [""] * (len(t["header"]) - 1) for g in []]
        prow = [r for r in rows if not (r[0] and not any(r[1:]))]
        same &= cap == t["caption"] and hrow == t["header"] and prow == mine
        if not (cap == t["caption"] and hrow == t["header"] and prow == mine):
            FAIL.append(f"pandoc reads {t['key']} differently: {cap!r} {hrow} {prow[:2]} vs {t['header']} {mine[:2]}")
    meta = ast.get("meta", {})
    feat(KF, f"pandoc reads the file the same way: {len(ptabs)} tables with the same captions, headers and cells; "
             f"front matter title {stringify(meta.get('title', {}).get('c', []))!r}",
         same and stringify(meta.get("title", {}).get("c", [])) == M.front.get("title"))

# ------------------------------------------------------------------------------------- names
for nm_ in ("Wervelstede", "Keppelwaard", "Brederwijk", "Hollenvoorde", "Oostervaart", "Grevelzijl", "Klaverdonk",
            "Duivenwaard", "Lingehorst", "Meerskamp", "Dalwolde", "Beekvelde", "Asselbroek", "Wervelweide",
            "Kraanhorst", "Kwikstaart"):
    r = subprocess.run(["grep", "-ril", "--exclude-dir=set-ak", nm_, "/work/main/evals", "/work/main/corpus",
                        "/work/shared"], capture_output=True, text=True).stdout.split()
    if r:
        WARN.append(f"name {nm_} also occurs in {r[:3]}")

# ------------------------------------------------------------------------------------- report
nturns = sum(len(turns_of(c)) for c in CASES["cases"])
print(f"set-ak: {len(CASES['cases'])} cases, {nturns} turns; per kind: {counts}")
for doc, fs in FEAT.items():
    print(f"layout {doc}:")
    for nm_, okk in fs:
        print(f"  [{'x' if okk else ' '}] {nm_}")
for w_ in WARN:
    print("WARN", w_)
print(f"{N} checks, {len(FAIL)} failures")
for f_ in FAIL:
    print("FAIL", f_)
sys.exit(1 if FAIL else 0)
