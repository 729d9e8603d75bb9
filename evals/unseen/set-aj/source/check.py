"""Verify set-aj against the FINISHED documents only (never imports data.py or the generators).

1. Format: cases.yaml follows /work/shared/evals/FORMAT.md v1; every figure turn names its body (question, an
   earlier turn or the case field); the manifest lists the two documents.
2. Figures: every expected and accepted value is re-located at its recorded place (HTML: page, table title, group,
   row, column, printed text, scale and scale statement; PDF: page, sheet, table, row, column, printed text, scale
   line; prose: the sentence on its page) and recomputed (derivations too); the printed text is also in the raw
   HTML inside <span class="bedrag"> / in pdftotext -layout of the PDF page.
3. Refusals: the recorded absence rules hold in the documents.
4. Text: every include group has an item on the page of the recorded passage; "which" candidates are re-located
   and every include group names one of them; `any` excludes do not occur in the own document.
5. Layout features of both documents (printed as a checklist).
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

from extract import MINUS, HtmlDoc, SheetPdf, clean, parse_num

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
PF = [f for f in DOCS if f.endswith(".html")][0]
AF = [f for f in DOCS if f.endswith(".pdf")][0]
ok(2038 <= DOCS[PF]["year"] <= 2042 and DOCS[PF]["municipality"].startswith("Provincie"),
   "HTML: a Provincie, year 2038-2042")
BODY = {f: DOCS[f]["municipality"] for f in DOCS}
H = HtmlDoc(CORPUS / PF)
S = SheetPdf(CORPUS / AF)
TEXT = {PF: H.full_text(), AF: S.full_text()}
ok(8 <= H.npages <= 20, f"HTML: 8-20 CMS pages ({H.npages})")
ok(8 <= S.npages <= 20, f"PDF: 8-20 pages ({S.npages})")

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
    return [body] + [w for w in body.split() if w[0].isupper() and w not in ("Provincie", "Afvalschap")]


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
        if t["kind"] == "text":
            ok(isinstance(e.get("include"), list) and e["include"], f"{tid}: text include")
        if t["kind"] == "refusal":
            ok(not e, f"{tid}: refusal without expect")
        if t["kind"] == "any":
            ok(e.get("exclude"), f"{tid}: any with exclude")


# ------------------------------------------------------------------------------------- 2. figures
def relocate(src, tid):
    if "prose" in src:
        doc = H if src["document"] == PF else S
        pages = doc.prose(src["prose"])
        ok(src["page"] in pages, f"{tid}: prose {src['prose']!r} on page {src['page']}")
        ok(src["printed"] in src["prose"], f"{tid}: printed text in the prose")
        v = parse_num(src["printed"]) * src["scale"]
        ok(src["scale"] == 1 or any(w in src["prose"] for w in ("mln", "miljoen")), f"{tid}: prose scale word")
    elif src["document"] == PF:
        try:
            c = H.cell(src["table_key"], src["row"], src["column_key"], group=src.get("group"))
        except LookupError as ex:
            ok(False, f"{tid}: {ex}")
            return None
        for k in ("page", "table", "column", "printed", "scale_statement", "breadcrumb"):
            ok(c[k] == src[k], f"{tid}: {k} {c[k]!r} != {src[k]!r}")
        scale = c["scale"]
        if "note" in src:
            scale = 1
        ok(scale == src["scale"], f"{tid}: scale {scale} != {src['scale']}")
        if re.search(r"\d", src["printed"]):
            ok(f'<span class="bedrag">{src["printed"]}</span>' in H.raw or
               f'<span class="waarde">{src["printed"]}</span>' in H.raw, f"{tid}: printed inside a span in the HTML")
        v = parse_num(c["printed"]) * scale
    else:
        try:
            c = S.cell(src["sheet"], src["table_key"], src["row"], src["column"])
        except LookupError as ex:
            ok(False, f"{tid}: {ex}")
            return None
        for k in ("page", "printed", "scale_statement"):
            ok(c[k] == src[k], f"{tid}: {k} {c[k]!r} != {src[k]!r}")
        ok(bool(c["continuation_page"]) == bool(src.get("continuation_page")), f"{tid}: continuation flag")
        ok(S.sheet(c["page"]) == src["sheet"], f"{tid}: page header names the sheet")
        ok(src["printed"] in S.layout(c["page"]), f"{tid}: printed text in pdftotext -layout of the page")
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
    return TEXT[PF] + "\n" + TEXT[AF] if doc == "*" else TEXT[doc]


def page_text(doc, p):
    return H.page_text(p) if doc == PF else S.text(p)


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
                    ok(not re.search(rule["text"], doc_text(rule["document"])),
                       f"{tid}: /{rule['text']}/ absent from {rule['document']}")
                elif rule["rule"] == "not_in_manifest":
                    ok(all(rule["text"] not in str(m) for m in man["documents"]), f"{tid}: not in manifest")
                elif rule["rule"] == "no_column":
                    if rule["document"] == PF:
                        tabs = [H.table(k) for k in rule["tables"]] if rule["tables"] != "*" else H.tables
                        heads = [col["name"] for tb in tabs for col in tb["cols"]]
                    else:
                        heads = [col for p in range(1, S.npages + 1) for tb in S.ptables(p)
                                 for col in S._colnames(tb, max(S._split_head(tb), 1))]
                    ok(heads and not any(rule["text"] in h for h in heads),
                       f"{tid}: no column {rule['text']!r} in {rule['document']}")
                else:
                    ok(False, f"{tid}: unknown rule {rule}")
        elif pv["kind"] == "text":
            w = pv["where"]
            pt = page_text(w["document"], w["page"]).lower()
            ok(BODY[w["document"]] == e["municipality"], f"{tid}: passage document belongs to the body")
            for grp in e["include"]:
                items = grp if isinstance(grp, list) else [grp]
                ok(any(x.lower() in pt for x in items), f"{tid}: include {items} on page {w['page']}")
        elif pv["kind"] == "which":
            vals = [relocate(s, tid + " cand") for s in pv["candidates"]]
            ok(len(vals) >= 2 and len({abs(v) for v in vals if v is not None}) == len(vals),
               f"{tid}: distinct candidates")
            ok(len(e["include"]) == len(pv["candidates"]), f"{tid}: one include group per candidate")
            for s, grp in zip(pv["candidates"], e["include"]):
                num = f"{abs(int(round(s['value']))):,}".replace(",", ".")
                ok(s["printed"].lstrip("-" + MINUS) in grp or num in grp, f"{tid}: include group names {num}")
        elif pv["kind"] == "any":
            for x in e["exclude"]:
                ok(x.lower() not in TEXT[pv["exclude_absent_in"]].lower(), f"{tid}: exclude {x!r} absent from own doc")

# ------------------------------------------------------------------------------------- 5. layout features
FEAT: dict[str, list] = {}


def feat(doc, name, cond):
    FEAT.setdefault(doc, []).append((name, bool(cond)))
    ok(cond, f"layout {doc}: {name}")


soup = H.soup
feat(PF, "one self-contained file (no external stylesheet, script or image)",
     not soup.find("link", rel="stylesheet") and not soup.find("script", src=True) and not soup.find("img"))
feat(PF, f"sidebar menu with a link to every page ({H.npages} pages)",
     len(soup.select("nav.sidebar a")) == H.npages)
feat(PF, "breadcrumbs on every page", all(len(p["breadcrumb"]) >= 2 and p["breadcrumb"][0] == "Home" for p in H.pages))
dets = soup.find_all("details")
feat(PF, f"collapsible sections <details><summary> ({len(dets)})",
     len(dets) >= 20 and all(x.find("summary") for x in dets))
aria = [t for t in H.tables if t["kind"] == "aria"]
feat(PF, f"ARIA tables div role=table/row/cell ({len(aria)}: {[t['title'][:10] for t in aria]})",
     1 <= len(aria) <= 2 and all(t["el"].find(attrs={"role": "cell"}) for t in aria))
real = [t for t in H.tables if t["kind"] == "table"]
feat(PF, f"real <table>s with thead/tbody/tfoot ({len(real)})",
     len(real) >= 10 and sum(1 for t in real if t["el"].find("tfoot")) >= 5 and all(t["el"].find("thead") and
                                                                                  t["el"].find("tbody") for t in real))
capt = [t for t in real if t["title_src"] == "caption"]
feat(PF, f"<caption> on some tables ({len(capt)} of {len(real)}), with '(bedragen x € 1.000)'",
     0 < len(capt) < len(real) and any("(bedragen x € 1.000)" in t["title"] for t in capt))
feat(PF, "numbers inside <span class=\"bedrag\">", len(soup.select("span.bedrag")) > 150)
t32 = H.table("Tabel 3.2")
vals32 = [v for r in t32["body"] for v in r["values"]]
feat(PF, "a table in € mln with one decimal ('12,4')",
     t32["scale"] == 1_000_000 and all(re.fullmatch(rf"{MINUS}?\d+,\d", v) for v in vals32))
feat(PF, "negatives with U+2212 in Tabel 3.2 and 6.2, with '-' in Tabel 3.1",
     any(v.startswith(MINUS) for v in vals32) and H.cell("Tabel 6.2", "Netto schuldquote", "Begroting 2040")[
         "printed"].startswith(MINUS) and H.cell("Tabel 3.1", "Saldo van baten en lasten", "2040")["printed"].startswith("-"))
feat(PF, "two-row table header with colspan ('Meerjarenraming' over 2041-2043)",
     H.table("Tabel 3.1")["nhead"] == 2 and H.table("Tabel 3.1")["cols"][4]["name"] == "Meerjarenraming 2041")
tiles = [clean(x.get_text(" ")) for x in soup.select(".kpi")]
feat(PF, f"'Begroting in één oogopslag' KPI tiles ({tiles[0]!r} ...)",
     len(tiles) >= 5 and re.fullmatch(r"€ \d{3},\d mln totale lasten", tiles[0]) and
     "Begroting 2040 in één oogopslag" in H.pages[0]["title"])
feat(PF, "prose quoting figures ('bijna € 3 miljoen', 'ruim 40%')",
     "bijna € 3 miljoen" in TEXT[PF] and "ruim 40%" in TEXT[PF].lower())
progs = [p for p in H.pages if p["id"].startswith("programma-")]
feat(PF, f"programmes with doelen, prestaties, lasten/baten 2038-2043 and beleidsindicatoren with bron ({len(progs)})",
     len(progs) >= 5 and all(all(s in p["text"] for s in ("Wat willen we bereiken?", "Wat gaan we daarvoor doen?",
                                                           "Wat mag het kosten?", "Bron", "Rekening 2038",
                                                           "Raming 2043")) for p in progs))
feat(PF, "reserves (stand 1-1, toevoeging, onttrekking, stand 31-12)",
     [c["name"] for c in H.table("Tabel 7.1")["cols"]][1:] == ["Stand 1-1-2040", "Toevoeging", "Onttrekking",
                                                              "Stand 31-12-2040"])
feat(PF, "investeringskredieten, opcenten (tarief + opbrengst), weerstandsratio, kengetallen, overhead",
     all(H.table(k) for k in ("Tabel 8.1", "Tabel 5.1", "Tabel 6.1", "Tabel 6.2", "Tabel 9.1"))
     and H.cell("Tabel 5.1", "Aantal opcenten", "2040")["printed"] == "91,6")

# PDF
info = subprocess.run(["pdfinfo", str(CORPUS / AF)], capture_output=True, text=True).stdout
feat(AF, "exported by LibreOffice Calc", "LibreOffice" in info and "Calc" in info)
feat(AF, "sheet name as page header on every page",
     all(S.sheet(p) in ("Voorblad", "Exploitatie", "Afwijkingen", "Deelnemersbijdragen", "Reserves en voorzieningen",
                        "Balans", "Personeel", "Resultaat") for p in range(1, S.npages + 1)))
feat(AF, "'Pagina N van M' footer on every page",
     all(S.footer(p) == f"Pagina {p} van {S.npages}" for p in range(1, S.npages + 1)))
land = [p for p in range(1, S.npages + 1) if S.page_size(p)[0] > S.page_size(p)[1]]
feat(AF, f"wide sheets landscape (pages {land}: {[S.sheet(p) for p in land]}), the others portrait",
     {S.sheet(p) for p in land} == {"Exploitatie", "Afwijkingen"} and len(land) < S.npages)
tp = S.table("Personeel", "Functie")
feat(AF, f"long Personeel sheet over pages {tp['pages']} with the header row repeated (print titles)",
     len(tp["pages"]) == 2 and tp["head_repeated"])
tex = S.table("Exploitatie", "Product")
t0 = [t for t in S.ptables(tex["pages"][0]) if t["rows"][0]["text"][0] == "Product"][0]
r0, r1 = t0["rows"][0], t0["rows"][1]
wide = [cb for cb, tx in zip(r0["cells"], r0["text"]) if tx == "Begroting 2039"]
feat(AF, "merged header cells: 'Begroting 2039' over two columns, 'Product' over two header rows",
     wide and r1["cells"][1] and wide[0][2] - wide[0][0] > 1.8 * (r1["cells"][1][2] - r1["cells"][1][0])
     and r1["cells"][0] is None)
first_col_x1 = t0["rows"][3]["cells"][0][2]
intro_w = [w for w in S.words(tex["pages"][0]) if 60 < w["top"] < t0["bbox"][1] - 20]
feat(AF, "merged title / intro cells running across the columns (text wider than column A)",
     intro_w and max(w["x1"] for w in intro_w) > first_col_x1 + 150)
feat(AF, "number format #.##0;-#.##0 (Exploitatie) and #.##0;(#.##0) (Afwijkingen)",
     S.cell("Exploitatie", "Product", "Verwerking restafval", "Verschil")["printed"] == "-277.096"
     and S.cell("Afwijkingen", "Product", "Inzameling restafval", "Afwijking")["printed"] == "(92.318)")
bold_tot = [w for w in S.words(tex["pages"][0]) if w["text"] == "Totaal"]
feat(AF, "bold totals", bold_tot and all("Bold" in w["fontname"] for w in bold_tot))
pg = S.pdf.pages[tex["pages"][0] - 1]
feat(AF, "cell borders as the spreadsheet prints them (ruled tables on every page)",
     all(S.ptables(p) and len(S.pdf.pages[p - 1].edges) >= 15 for p in range(1, S.npages + 1))
     and len(pg.edges) > 40)
feat(AF, "sheets: exploitatie per product, balans, reserves en voorzieningen, deelnemersbijdragen with %, "
         "personeel in fte, afwijkingen with Toelichting, resultaat en bestemming",
     S.cell("Deelnemersbijdragen", "Gemeente", "Totaal", "Aandeel")["printed"] == "100,00%"
     and "Toelichting" in S.table("Afwijkingen", "Product")["cols"]
     and S.cell("Balans", "Balanspost", "Totaal activa", "31-12-2039")["printed"] ==
     S.cell("Balans", "Balanspost", "Totaal passiva", "31-12-2039")["printed"]
     and S.table("Resultaat", "Voorstel resultaatbestemming"))
feat(AF, "introductory text blocks on several sheets",
     sum(1 for p in range(1, S.npages + 1) if len(S.lines_above(p, 200)) >= 4) >= 5)

# ------------------------------------------------------------------------------------- names
for nm_ in ("Vlietmarken", "Heiderand", "Brakenstein", "Dommelgouw", "Kempenveen", "Marswold", "Zevenmolen",
            "Tjaarderveen", "Gaasterwijk", "Vlietsluis", "Vlietstad", "Zuidervliet", "Heuvelrade", "Lommerdijk"):
    r = subprocess.run(["grep", "-ril", "--exclude-dir=set-aj", nm_, "/work/main/evals", "/work/main/corpus",
                        "/work/shared"], capture_output=True, text=True).stdout.split()
    if r:
        WARN.append(f"name {nm_} also occurs in {r[:3]}")

# ------------------------------------------------------------------------------------- report
nturns = sum(len(turns_of(c)) for c in CASES["cases"])
print(f"set-aj: {len(CASES['cases'])} cases, {nturns} turns; per kind: {counts}")
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
