"""Verify set-ao against the FINISHED documents only (never imports data.py or the generators).

1. Format: cases.yaml follows /work/shared/evals/FORMAT.md v1 (keys, kinds, units, no `signed`), ids follow the
   ao-* scheme, every figure turn names its body (question, earlier turn or case scope), no "volgend/vorig jaar",
   a first figure turn names a year or a document; the manifest lists six documents with file/municipality/year/
   type/title, the four existing ones byte-identical to /work/main/corpus with their manifest metadata.
2. Figures: every expected and accepted value is re-located at its recorded place (kadernota / bundle table:
   page, caption, group, row, column, printed text, scale statement and scale, section, part and page numbers,
   the line of `pdftotext -layout`; prose: the sentence in the reading flow, its page and section; Begroting
   2024: the row's figures under the year / baten-lasten-saldo header, or the printed line); derivations are
   recomputed.  "other" figures (the same row for another year, part or document) are re-located, differ from
   the value and appear nowhere in accept.  Counts: >= 8 turns with such a row elsewhere, >= 3 derivations over
   two documents or two parts (>= 3 kadernota vs begroting 2024), >= 4 turns about what Twenterand or Dinkelland
   pays to the Werkplein.
3. Refusals: the recorded absence rules hold and together cover all six documents.
4. Text: the passage is at its recorded place and every include group has an item IN the passage.  which:
   candidates re-located and distinct, one include group per candidate naming its printed figure, no
   municipality condition.  any: the excludes are absent from the own document.
5. The printed figures of both new documents add up (read from the PDFs).
6. Layout features of both new documents, printed as a checklist.

Usage: python check.py SET_DIR
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

from extract import Begroting2024, BundleDoc, TwoColumnDoc, clean, parse_num

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
KF = [f for f in NEW if DOCS[f]["type"] == "kadernota"][0]
GF = [f for f in NEW if DOCS[f]["type"] == "vergaderstukken"][0]
BF = [f for f in OLD if DOCS[f]["municipality"] == "Wassenaar"][0]
ok(DOCS[KF]["municipality"] == "Wassenaar" and DOCS[KF]["year"] == 2025 and DOCS[KF]["title"] == "Kadernota 2025",
   "kadernota: Wassenaar, 2025")
ok(DOCS[GF]["municipality"] == "Werkplein Noord-Twente" and DOCS[GF]["year"] == 2025, "bundle: Werkplein, 2025")
BODY = {f: DOCS[f]["municipality"] for f in DOCS}
W, GR = "Wassenaar", "Werkplein Noord-Twente"
KN, GB, B24 = TwoColumnDoc(CORPUS / KF), BundleDoc(CORPUS / GF), Begroting2024(CORPUS / BF)
ALIASES = {W: ["wassenaar"], GR: ["werkplein"], "Twenterand": ["twenterand"], "Dinkelland": ["dinkelland"],
           "Collectie Overijssel": ["collectie overijssel"]}


def doc_text(f):
    p = CORPUS / f
    if f.endswith(".pdf"):
        raw = subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True, check=True).stdout
        lay = subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True, check=True).stdout
        return raw + "\n" + lay
    return p.read_text(encoding="utf-8")


TEXT = {f: doc_text(f) for f in DOCS}

raw = (SET / "cases.yaml").read_text(encoding="utf-8")
ok(raw.startswith("#") and "GENERATED" in raw.splitlines()[0] and "FICTIONAL" in raw[:1500],
   "cases.yaml header: generated, says the new documents are fictional")
CASES = yaml.safe_load(raw)
PROV = json.loads((SET / "source" / "provenance.json").read_text(encoding="utf-8"))

# ------------------------------------------------------------------------------------- 1. format
ok(set(CASES) == {"version", "cases"} and CASES["version"] == 1, "version 1 + cases")
ids = [c["id"] for c in CASES["cases"]]
ok(len(ids) == len(set(ids)), "unique ids")
ok(set(ids) == set(PROV), "provenance covers exactly the case ids")
ok(all(re.fullmatch(r"ao-(w|g)-(\d\d|conv-\d\d|tekst-\d\d|welke-\d\d|any-\d\d)|ao-x-weiger-\d\d", i) for i in ids),
   "ids follow ao-w-*/ao-g-*/ao-x-weiger-*/*-conv-*/*-tekst-*/*-welke-*/*-any-*")
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
CASE_KEYS = {"id", "question", "municipality", "kind", "expect", "turns"}
TURN_KEYS = {"question", "kind", "expect"}
UNITS = {"EUR", "count", "percent", "grade"}
DOCWORDS = r"(?i)kadernota|jaarstukken|jaarrekening|bestuursrapportage|begroting|berap"


def turns_of(c):
    return c["turns"] if "turns" in c else [c]


counts: dict[str, int] = {}
for c in CASES["cases"]:
    ok(set(c) <= CASE_KEYS and ("turns" in c) != ("question" in c), f"{c['id']}: case keys")
    if c.get("municipality") is not None:
        ok(c["municipality"] in BODY.values(), f"{c['id']}: scope is a manifest body")
    ok(len(turns_of(c)) == len(PROV.get(c["id"], [])), f"{c['id']}: one provenance entry per turn")
    seen = (c.get("municipality") or "") + " "
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
            ok(any(a in seen.lower() for a in ALIASES[e["municipality"]]),
               f"{tid}: the body is named in the question, an earlier turn or the case scope")
            for x in e.get("accept", []):
                ok(isinstance(x, (int, float)), f"{tid}: accept numbers")
            ok("accept" not in e or e["value"] in e["accept"], f"{tid}: value is among accept")
            ok(i > 0 or re.search(r"\b20\d\d\b", t["question"]) or re.search(DOCWORDS, t["question"]),
               f"{tid}: a first figure turn names a year or a document")
        if t["kind"] == "text":
            ok(isinstance(e.get("include"), list) and e["include"], f"{tid}: text include")
        if t["kind"] == "refusal":
            ok(not e, f"{tid}: refusal without expect")
        if t["kind"] == "any":
            ok(e.get("exclude"), f"{tid}: any with exclude")


# ------------------------------------------------------------------------------------- 2. figures
def scale_of(stmt, printed):
    if "%" in printed or "€" in printed:
        return 1
    return 1000 if stmt and re.search(r"x\s*€\s*1\.000", stmt) else 1


def relocate(src, tid):
    k = src["kind"]
    try:
        if k in ("kn_cell", "gr_cell"):
            dd = KN if k == "kn_cell" else GB
            tt = dd.find_table(src["table"])
            ok(tt["page"] == src["page"], f"{tid}: table {src['table']!r} on page {tt['page']}, recorded {src['page']}")
            c = dd.cell(src["page"], src["table"], src["row"], src["column"], src["group"])
            ok(c["printed"] == src["printed"], f"{tid}: printed {c['printed']!r} != {src['printed']!r}")
            ok(tt["scale_statement"] == src["scale_statement"], f"{tid}: scale statement {tt['scale_statement']!r}")
            ok(scale_of(tt["scale_statement"], c["printed"]) == src["scale"], f"{tid}: scale follows the statement")
            ll = dd.layout_line(src["page"], src["row"], src["printed"])
            ok(ll == src["layout_line"], f"{tid}: pdftotext -layout line of page {src['page']}")
            if k == "kn_cell":
                ok(KN.section_of_table(src["page"], src["table"]) == src["section"], f"{tid}: section")
            else:
                ok(GB.part(src["page"]) == src["part"] and GB.running_number(src["page"]) == src["running_page"] and
                   GB.part_number(src["page"]) == src["part_page"] and
                   GB.section_of(src["page"], tt["top"]) == src["section"],
                   f"{tid}: part/page numbers/section of page {src['page']}")
            v = parse_num(c["printed"]) * src["scale"]
        elif k in ("kn_prose", "gr_prose"):
            dd = KN if k == "kn_prose" else GB
            pages = dd.prose(src["prose"])
            ok(pages == [src["page"]], f"{tid}: prose {src['prose'][:50]!r} on pages {pages}")
            ok(src["printed"] in src["prose"], f"{tid}: printed text in the prose")
            if k == "kn_prose":
                ok(KN.section_at(src["prose"]) == src["section"], f"{tid}: prose section")
            else:
                ok(GB.section_of(src["page"], GB.prose_top(src["page"], src["prose"])) == src["section"] and
                   GB.part(src["page"]) == src["part"], f"{tid}: prose part/section")
            v = parse_num(src["printed"]) * src["scale"]
        elif k == "b24_recap":
            c = B24.recap_cell(src["table"], src["row"], src["year"], src["sub"])
            ok(c["page"] == src["page"] and c["printed"] == src["printed"] and c["line"] == src["line"],
               f"{tid}: begroting 2024 {src['table'][:10]} {src['row']} {src['year']} {src['sub']}")
            ok("bedragen x € 1.000" in B24.layout(src["page"]) and src["scale"] == 1000, f"{tid}: x € 1.000 on page")
            v = parse_num(c["printed"]) * src["scale"]
        elif k == "b24_line":
            ok(src["page"] in B24.page_of(src["page_text"]) and
               B24.layout_line(src["page"], src["row"], src["printed"]) == src["line"],
               f"{tid}: begroting 2024 line {src['row']!r} on page {src['page']}")
            if src.get("token") is not None:
                toks = re.findall(r"(?<![\w.])-?\d{1,3}(?:\.\d{3})*(?![\w.])", src["line"][len(src["row"]):])
                ok(len(toks) > src["token"] and toks[src["token"]] == src["printed"],
                   f"{tid}: figure #{src['token']} of the line is {src['printed']}")
                ok(src["scale"] == 1000 and ("x € 1.000" in B24.layout(src["page"]) or src.get("scale_note")),
                   f"{tid}: scale x € 1.000 printed on the page or explained in a scale note")
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
    v = {"add": lambda: sum(vals), "abs_sub": lambda: x[0] - x[1],
         "pct": lambda: round(100 * (x[0] - x[1]) / x[1], 2)}[op]()
    ok(abs(v - a["value"]) < 0.006, f"{tid}: derivation {a['derivation']} recomputes to {v}")
    nums = re.findall(r"-?\d[\d.]*(?:,\d+)?", a["derivation"].split("=")[0])
    ok(len(nums) >= len(vals), f"{tid}: derivation names every cell")
    return v


def place(s):
    """document + part (bundle) of a source"""
    return (s["document"], s.get("part")) if s["document"] == GF else (s["document"], None)


n_other, n_cross, n_cross_kb, n_member = 0, 0, 0, 0
BIJDRAGE_TABLES = ("Bijdrage", "Bijdragen")
for c in CASES["cases"]:
    hist = ""
    for i, t in enumerate(turns_of(c)):
        tid = f"{c['id']}#{i}"
        hist += " " + t["question"]
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
        srcs = [s for a in [pv["main"]] + pv["accept"] for s in a["sources"]]
        ok(all(BODY[s["document"]] == e["municipality"] for s in srcs), f"{tid}: cited documents belong to the body")
        main_places = {place(s) for s in pv["main"]["sources"]}
        if "derivation" in pv["main"] and len(main_places) >= 2:
            n_cross += 1
            if {p[0] for p in main_places} == {KF, BF}:
                n_cross_kb += 1
        allowed = [abs(e["value"])] + [abs(x) for x in e.get("accept", [])]
        for s in pv["other"]:
            vo = relocate(s, tid + " other")
            ok(BODY[s["document"]] == e["municipality"], f"{tid}: other printing belongs to the body")
            ok(vo is not None and all(abs(abs(vo) - a) > 1e-6 for a in allowed),
               f"{tid}: other value {vo} kept out of value/accept")
        if any(place(s) not in main_places for s in pv["other"]) and "derivation" not in pv["main"]:
            n_other += 1
        if e["municipality"] == GR and re.search(r"Twenterand|Dinkelland", hist) and \
                all(s["kind"] == "gr_cell" and s["table"].startswith("Tabel") and
                    any(b in s["table"] for b in BIJDRAGE_TABLES) for s in pv["main"]["sources"]) and \
                any(s["row"] in ("Twenterand", "Dinkelland") for s in pv["main"]["sources"]):
            n_member += 1
ok(n_other >= 8, f"at least 8 figure turns whose row is printed elsewhere for another year/part/document ({n_other})")
ok(n_cross >= 3 and n_cross_kb >= 3, f"derivations over two documents or parts ({n_cross}; kadernota vs begroting "
                                     f"2024: {n_cross_kb})")
ok(n_member >= 4, f"at least 4 turns about what Twenterand or Dinkelland pays to the Werkplein ({n_member})")


# ------------------------------------------------------------------------------------- 3. refusals
def docs_of(spec):
    if spec == "*":
        return list(DOCS)
    return list(spec) if isinstance(spec, list) else [spec]


def all_tables(f):
    dd = KN if f == KF else GB
    return [t for p in range(1, dd.npages + 1) for t in dd.tables(p)]


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
                    ok(not re.search(rule["text"], TEXT[f]), f"{tid}: /{rule['text']}/ absent from {f}")
                    covered.add(f)
            elif r == "not_in_manifest":
                ok(all(rule["text"] not in str(m) for m in man["documents"]), f"{tid}: not in manifest")
            elif r == "no_table_column":
                for f in docs_of(rule["documents"]):
                    ts = all_tables(f)
                    ok(ts and not any(rule["text"] in col for tt in ts for col in tt["cols"]),
                       f"{tid}: no table column {rule['text']!r} in {f}")
                    covered.add(f)
            elif r == "no_column_in_tables_with_row":
                for f in docs_of(rule["documents"]):
                    ts = [tt for tt in all_tables(f) if any(rw["label"] == rule["row"] for rw in tt["rows"])]
                    ok(len(ts) >= 3 and not any(rule["text"] in col for tt in ts for col in tt["cols"]),
                       f"{tid}: tables with row {rule['row']!r} have no column {rule['text']!r} ({len(ts)} tables)")
                    covered.add(f)
            elif r == "no_amount_on_lines_with":
                for f in docs_of(rule["documents"]):
                    lines = [ln for ln in TEXT[f].splitlines() if rule["text"].lower() in ln.lower()]
                    ok(lines and not any(re.search(r"\d", ln) for ln in lines),
                       f"{tid}: {rule['text']!r} in {f} only on lines without a figure")
                    covered.add(f)
            else:
                ok(False, f"{tid}: unknown rule {rule}")
        ok(covered == set(DOCS), f"{tid}: absence rules cover all six documents ({sorted(set(DOCS) - covered)})")

# ------------------------------------------------------------------------------------- 4. text, which, any
n_which_noyear = 0
for c in CASES["cases"]:
    for i, t in enumerate(turns_of(c)):
        tid = f"{c['id']}#{i}"
        pv = PROV[c["id"]][i]
        e = t.get("expect", {})
        if pv["kind"] == "text":
            w = pv["where"]
            f = w["document"]
            ok(f in NEW, f"{tid}: passage from a new document")
            if f == KF:
                ok(KN.prose(w["passage"]) == [w["page"]] and KN.section_at(w["passage"]) == w["section"],
                   f"{tid}: passage on page {w['page']} in {w['section']!r}")
            else:
                ok(GB.prose(w["passage"]) == [w["page"]] and GB.part(w["page"]) == w["part"] and
                   GB.section_of(w["page"], GB.prose_top(w["page"], w["passage"])) == w["section"],
                   f"{tid}: passage on page {w['page']} in {w['section']!r}")
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
            flat = [x for g in e["include"] for x in (g if isinstance(g, list) else [g])]
            ok(len(flat) == len(set(flat)), f"{tid}: no rendering shared by two candidates")
            for s, grp in zip(pv["candidates"], e["include"]):
                grp = grp if isinstance(grp, list) else [grp]
                ok(s["printed"].replace("€ ", "").lstrip("-") in grp,
                   f"{tid}: include group {grp} names the printed {s['printed']!r}")
            if len({place(s) for s in pv["candidates"]}) == len(pv["candidates"]):
                n_which_noyear += 1
        elif pv["kind"] == "any":
            for x in e["exclude"]:
                ok(x.lower() not in TEXT[pv["exclude_absent_in"]].lower(), f"{tid}: exclude {x!r} absent from own doc")
            ok(BODY[pv["exclude_absent_in"]] == e["municipality"], f"{tid}: own document belongs to the body")
ok(n_which_noyear >= 2, f"at least two which-cases whose candidates sit in different documents/parts "
                        f"({n_which_noyear})")


# ------------------------------------------------------------------------------------- 5. the figures add up
def num(s):
    v = parse_num(s) if s not in (None, "", "-") else 0
    return 0 if v is None else v


def rows(tt, group=None):
    return {r["label"]: r for r in tt["rows"] if not r["is_group"] and (group is None or r["group"] == group)}


def col(tt, c, labels, group=None):
    rs = rows(tt, group)
    return [num(rs[lab]["cells"][c]) for lab in labels]


def kt(cap):
    return KN.find_table(cap)


def gt(cap):
    return GB.find_table(cap)


YRS = ["2025", "2026", "2027", "2028"]
t1, t3, t4, t5 = kt("Tabel 1 - Financieel meerjarenperspectief 2025-2028"), kt("Tabel 3 - Autonome ontwikkelingen"), \
    kt("Tabel 4 - Nieuw beleid per programma"), kt("Tabel 5 - Dekkingsvoorstellen")
t6 = kt("Tabel 6 - Baten en lasten per programma 2025-2028 na verwerking van de kadernota")
t7, t8 = kt("Tabel 7 - Nieuwe investeringen 2025-2028"), kt("Tabel 8 - Verloop reserves")
t9, t10 = kt("Tabel 9 - Belangrijkste risico's"), kt("Tabel 10 - Weerstandsvermogen")
r1 = rows(t1)
for y in YRS:
    v = {k: num(r["cells"][y]) for k, r in r1.items()}
    ok(v["Vertrekpunt kadernota 2025"] == v["Saldo meerjarenraming begroting 2024"] +
       v["Raadsbesluiten na vaststelling begroting 2024"] + v["Doorwerking bestuursrapportages 2024"],
       f"kadernota tabel 1 {y}: vertrekpunt")
    ok(v["Nieuw meerjarenperspectief"] == v["Vertrekpunt kadernota 2025"] + v["Actualisatie algemene uitkering"] +
       v["Autonome ontwikkelingen (tabel 3)"] + v["Nieuw beleid (tabel 4)"] + v["Dekkingsvoorstellen (tabel 5)"],
       f"kadernota tabel 1 {y}: nieuw meerjarenperspectief")
    r3 = rows(t3)
    ok(sum(num(r["cells"][y]) for k, r in r3.items() if k != "Totaal autonome ontwikkelingen") ==
       num(r3["Totaal autonome ontwikkelingen"]["cells"][y]) == v["Autonome ontwikkelingen (tabel 3)"],
       f"kadernota tabel 3 {y}: total = tabel 1")
    subs = 0
    for g in {r["group"] for r in t4["rows"] if r["is_group"]}:
        rs = [r for r in t4["rows"] if r["group"] == g and not r["is_group"]]
        ok(sum(num(r["cells"][y]) for r in rs if r["label"] != "Subtotaal" and not r["label"].startswith("Totaal")) ==
           num([r for r in rs if r["label"] == "Subtotaal"][0]["cells"][y]), f"kadernota tabel 4 {g} {y}: subtotaal")
        subs += num([r for r in rs if r["label"] == "Subtotaal"][0]["cells"][y])
    tot4 = num([r for r in t4["rows"] if r["label"] == "Totaal nieuw beleid"][0]["cells"][y])
    ok(subs == tot4 == v["Nieuw beleid (tabel 4)"], f"kadernota tabel 4 {y}: total = subtotals = tabel 1")
    inc = -sum(num(r["cells"][y]) for r in t4["rows"] if r["cells"].get("I/S") == "I")
    r5 = rows(t5)
    ok(num(r5["Onttrekking algemene reserve (incidenteel nieuw beleid)"]["cells"][y]) == inc,
       f"kadernota tabel 5 {y}: onttrekking algemene reserve = the incidental claims of tabel 4")
    ok(sum(num(r["cells"][y]) for k, r in r5.items() if k != "Totaal dekkingsvoorstellen") ==
       num(r5["Totaal dekkingsvoorstellen"]["cells"][y]) == v["Dekkingsvoorstellen (tabel 5)"],
       f"kadernota tabel 5 {y}: total = tabel 1")
    L = rows(t6, "Lasten")
    B = rows(t6, "Baten")
    S = rows(t6, "Saldi")
    ok(sum(num(r["cells"][y]) for k, r in L.items() if not k.startswith("Totaal")) ==
       num(L["Totaal lasten programma's"]["cells"][y]), f"kadernota tabel 6 {y}: lasten")
    ok(sum(num(r["cells"][y]) for k, r in B.items() if not k.startswith("Totaal")) ==
       num(B["Totaal baten programma's"]["cells"][y]), f"kadernota tabel 6 {y}: baten")
    s = {k: num(r["cells"][y]) for k, r in S.items()}
    ok(s["Saldo programma's"] == num(L["Totaal lasten programma's"]["cells"][y]) +
       num(B["Totaal baten programma's"]["cells"][y]), f"kadernota tabel 6 {y}: saldo programma's")
    ok(s["Saldo van baten en lasten"] == s["Saldo programma's"] + s["Algemene dekkingsmiddelen"] + s["Overhead"] +
       s["Onvoorzien"], f"kadernota tabel 6 {y}: saldo van baten en lasten")
    ok(s["Geraamd resultaat"] == s["Saldo van baten en lasten"] + s["Mutaties reserves"] ==
       v["Nieuw meerjarenperspectief"], f"kadernota tabel 6 {y}: geraamd resultaat = tabel 1")
    r7 = rows(t7)
    ok(sum(num(r["cells"][y]) for k, r in r7.items() if not k.startswith("Totaal")) ==
       num(r7["Totaal nieuwe investeringen"]["cells"][y]), f"kadernota tabel 7 {y}: total")
r8 = rows(t8)
for k, r in r8.items():
    c8 = r["cells"]
    ok(num(c8["Stand 1-1-2025"]) + num(c8["Toevoegingen 2025"]) + num(c8["Onttrekkingen 2025"]) ==
       num(c8["Stand 31-12-2025"]), f"kadernota tabel 8 {k}: stand 31-12-2025")
for cc in t8["cols"]:
    ok(sum(num(r["cells"][cc]) for k, r in r8.items() if k != "Totaal") == num(r8["Totaal"]["cells"][cc]),
       f"kadernota tabel 8 {cc}: total")
ok(num(rows(t6, "Saldi")["Mutaties reserves"]["cells"]["2025"]) ==
   -(num(r8["Totaal"]["cells"]["Toevoegingen 2025"]) + num(r8["Totaal"]["cells"]["Onttrekkingen 2025"])),
   "kadernota: mutaties reserves 2025 (tabel 6) = onttrekkingen minus toevoegingen (tabel 8)")
r9 = rows(t9)
for k, r in r9.items():
    if k != "Benodigde weerstandscapaciteit":
        ok(num(r["cells"]["Kans"]) * num(r["cells"]["Financiële impact"]) / 100 == num(r["cells"]["Benodigde capaciteit"]),
           f"kadernota tabel 9 {k}: kans x impact")
ok(sum(num(r["cells"]["Benodigde capaciteit"]) for k, r in r9.items() if k != "Benodigde weerstandscapaciteit") ==
   num(r9["Benodigde weerstandscapaciteit"]["cells"]["Benodigde capaciteit"]), "kadernota tabel 9: total")
r10 = {k: num(r["cells"]["2025"]) for k, r in rows(t10).items()}
ok(r10["Beschikbare weerstandscapaciteit"] == r10["Algemene reserve (vrij besteedbaar) per 31-12-2025"] +
   r10["Algemene reserve weerstandsvermogen"] + r10["Onbenutte belastingcapaciteit"], "kadernota tabel 10: beschikbaar")
ok(r10["Benodigde weerstandscapaciteit (tabel 9)"] == num(r9["Benodigde weerstandscapaciteit"]["cells"]["Benodigde capaciteit"]),
   "kadernota tabel 10: benodigd = tabel 9")
ok(round(r10["Beschikbare weerstandscapaciteit"] / r10["Benodigde weerstandscapaciteit (tabel 9)"], 1) ==
   r10["Weerstandsratio"], "kadernota tabel 10: ratio")
ok(r10["Algemene reserve (vrij besteedbaar) per 31-12-2025"] ==
   1000 * num(r8["Algemene reserve (vrij besteedbaar)"]["cells"]["Stand 31-12-2025"]),
   "kadernota: algemene reserve in euros (tabel 10) = x € 1.000 (tabel 8)")
flow = KN.flow_string()[0]
prose_checks = [("Autonome ontwikkelingen, vooral in de jeugdhulp", num(r1["Autonome ontwikkelingen (tabel 3)"]["cells"]["2025"])),
                ("Het college stelt nieuw beleid voor van", num(r1["Nieuw beleid (tabel 4)"]["cells"]["2025"])),
                ("Vanaf 2026 resteert een tekort van", num(r1["Nieuw meerjarenperspectief"]["cells"]["2026"])),
                ("De actualisatie van de algemene uitkering levert in 2025", num(r1["Actualisatie algemene uitkering"]["cells"]["2025"])),
                ("De verduurzaming van het gemeentehuis kost", num(rows(t7)["Verduurzaming gemeentehuis"]["cells"]["2025"]))]
for lead, v in prose_checks:
    m = re.search(re.escape(lead) + r".{0,60}?(ruim|bijna) € (\d+,\d) miljoen", flow)
    if ok(m, f"kadernota prose {lead!r}: a 'ruim/bijna € x,y miljoen'"):
        pm = float(m.group(2).replace(",", ".")) * 1000
        ok((abs(v) > pm and abs(v) - pm < 100) if m.group(1) == "ruim" else (abs(v) < pm and pm - abs(v) < 100),
           f"kadernota prose {lead!r}: {m.group(1)} {m.group(2)} miljoen fits {v}")

# ---- bundle
J21 = gt("Tabel 2.1 Overzicht van baten en lasten 2024")
JC = ["Begroting 2024 primitief", "Begroting 2024 na wijziging", "Realisatie 2024"]
Lj, Bj, Sj = rows(J21, "Lasten"), rows(J21, "Baten"), rows(J21, "Baten")
for c_ in JC:
    lt = sum(num(r["cells"][c_]) for k, r in Lj.items() if k != "Totaal lasten")
    ok(lt == num(Lj["Totaal lasten"]["cells"][c_]), f"jaarstukken 2.1 {c_}: totaal lasten")
    bt = sum(num(Bj[k]["cells"][c_]) for k in ("Bijdrage gemeenten", "Omzet werkbedrijf", "Subsidies en overige baten"))
    ok(bt == num(Bj["Totaal baten"]["cells"][c_]), f"jaarstukken 2.1 {c_}: totaal baten")
    sb = num(Bj["Saldo van baten en lasten"]["cells"][c_])
    ok(sb == bt - lt and num(Bj["Resultaat"]["cells"][c_]) == sb + num(Bj["Onttrekking reserves"]["cells"][c_]),
       f"jaarstukken 2.1 {c_}: saldo and resultaat")
for k, r in list(Lj.items()) + list(Bj.items()):
    vr, vw = num(r["cells"]["Realisatie 2024"]), num(r["cells"]["Begroting 2024 na wijziging"])
    vv = r["cells"]["Verschil"]
    d_ = vr - vw
    if d_ == 0:
        ok(vv == "0", f"jaarstukken 2.1 {k}: verschil 0")
    else:
        lasten = k in Lj
        exp = "V" if ((d_ < 0) if lasten else (d_ > 0)) else "N"
        ok(num(vv) == abs(d_) and vv.endswith(" " + exp), f"jaarstukken 2.1 {k}: verschil {vv} = |{d_}| {exp}")
RES = num(Bj["Resultaat"]["cells"]["Realisatie 2024"])
bal = gt("Tabel 2.2 Balans per 31 december")
for c_ in ("31-12-2024", "31-12-2023"):
    A, P = rows(bal, "Activa"), rows(bal, "Passiva")
    ok(sum(num(r["cells"][c_]) for k, r in A.items() if k != "Totaal activa") == num(A["Totaal activa"]["cells"][c_]),
       f"balans {c_}: activa")
    ev = ["Algemene reserve", "Bestemmingsreserves", "Gerealiseerd resultaat"]
    ok(sum(num(P[k]["cells"][c_]) for k in ev) == num(P["Eigen vermogen"]["cells"][c_]), f"balans {c_}: eigen vermogen")
    ok(num(P["Eigen vermogen"]["cells"][c_]) + sum(num(r["cells"][c_]) for k, r in P.items() if k not in ev +
       ["Eigen vermogen", "Totaal passiva"]) == num(P["Totaal passiva"]["cells"][c_]) == num(A["Totaal activa"]["cells"][c_]),
       f"balans {c_}: passiva = activa")
ok(num(rows(bal, "Passiva")["Gerealiseerd resultaat"]["cells"]["31-12-2024"]) == RES, "balans: resultaat = tabel 2.1")
rs23 = rows(gt("Tabel 2.3 Verloop van de reserves 2024"))
for k, r in rs23.items():
    c23 = r["cells"]
    ok(num(c23["Stand 1-1-2024"]) + num(c23["Toevoeging"]) - num(c23["Onttrekking"]) == num(c23["Stand 31-12-2024"]),
       f"reserves 2024 {k}")
ok(num(rs23["Bestemmingsreserve transitie werkbedrijf"]["cells"]["Onttrekking"]) ==
   num(Bj["Onttrekking reserves"]["cells"]["Realisatie 2024"]), "reserves: onttrekking = tabel 2.1")
ok(num(rs23["Algemene reserve"]["cells"]["Stand 31-12-2024"]) ==
   num(rows(bal, "Passiva")["Algemene reserve"]["cells"]["31-12-2024"]), "reserves: algemene reserve = balans")
j24 = gt("Tabel 2.4 Bijdragen per gemeente 2024 en terugbetaling resultaat")
R24 = rows(j24)
gems = [k for k in R24 if k != "Totaal"]
for c_ in j24["cols"]:
    ok(abs(sum(num(R24[g]["cells"][c_]) for g in gems) - num(R24["Totaal"]["cells"][c_])) < 1e-6,
       f"jaarstukken 2.4 {c_}: total")
for g in gems:
    c24 = R24[g]["cells"]
    ok(num(c24["Begroting 2024 na wijziging"]) - num(c24["Terugbetaling resultaat 2024"]) ==
       num(c24["Netto bijdrage 2024"]), f"jaarstukken 2.4 {g}: netto")
ok(num(R24["Totaal"]["cells"]["Begroting 2024 na wijziging"]) == num(Bj["Bijdrage gemeenten"]["cells"]["Begroting 2024 na wijziging"]),
   "jaarstukken 2.4 total = bijdrage gemeenten of tabel 2.1")
mres = re.search(r"stelt voor om € ([\d.]+) toe te voegen aan de algemene reserve.*?restant van € ([\d.]+)",
                 GB.full_text().replace("\n", " "))
ok(mres and num(mres.group(1)) + num(mres.group(2)) == RES and
   num(mres.group(2)) == num(R24["Totaal"]["cells"]["Terugbetaling resultaat 2024"]),
   "resultaatbestemming: toevoeging + terugbetaling = resultaat; terugbetaling = tabel 2.4")
mva = rows(gt("Tabel 2.6 Verloop materiële vaste activa 2024"))
for k, r in mva.items():
    cm = r["cells"]
    ok(num(cm["Boekwaarde 1-1-2024"]) + num(cm["Investeringen"]) - num(cm["Afschrijvingen"]) ==
       num(cm["Boekwaarde 31-12-2024"]), f"MVA {k}")
ok(num(mva["Totaal"]["cells"]["Boekwaarde 31-12-2024"]) ==
   num(rows(bal, "Activa")["Materiële vaste activa"]["cells"]["31-12-2024"]), "MVA = balans")
kg = rows(gt("Tabel 2.5 Financiële kengetallen"))
P_ = rows(bal, "Passiva")
ok(round(100 * num(P_["Eigen vermogen"]["cells"]["31-12-2024"]) / num(P_["Totaal passiva"]["cells"]["31-12-2024"]), 1)
   == num(kg["Solvabiliteitsratio"]["cells"]["Rekening 2024"]), "solvabiliteit from the balans")
b1 = gt("Tabel 1 Financieel beeld 2025")
BC = ["Begroting 2025 primitief", "Wijziging 1e berap", "Begroting 2025 na wijziging"]
Lb, Bb = rows(b1, "Lasten"), rows(b1, "Baten")
for k, r in list(Lb.items()) + list(Bb.items()):
    if k not in ("Saldo",):
        ok(num(r["cells"][BC[0]]) + num(r["cells"][BC[1]]) == num(r["cells"][BC[2]]), f"berap tabel 1 {k}: na wijziging")
for c_ in BC:
    ok(sum(num(r["cells"][c_]) for k, r in Lb.items() if k != "Totaal lasten") == num(Lb["Totaal lasten"]["cells"][c_]),
       f"berap tabel 1 {c_}: lasten")
    ok(sum(num(Bb[k]["cells"][c_]) for k in ("Bijdrage gemeenten", "Omzet werkbedrijf", "Subsidies en overige baten"))
       == num(Bb["Totaal baten"]["cells"][c_]) == num(Lb["Totaal lasten"]["cells"][c_]), f"berap tabel 1 {c_}: baten")
b2 = rows(gt("Tabel 2 Bijdrage per gemeente 2025"))
for c_ in ("Begroting 2025 primitief", "Wijziging 1e berap", "Begroting 2025 na wijziging"):
    ok(sum(num(b2[g]["cells"][c_]) for g in gems) == num(b2["Totaal"]["cells"][c_]) ==
       num(Bb["Bijdrage gemeenten"]["cells"][c_]), f"berap tabel 2 {c_}: total = bijdrage gemeenten")
b4 = gt("Tabel 4 Begrotingswijziging 2025-1 (bedragen in €)")
for r in b4["rows"]:
    if not r["is_group"] and not r["label"].startswith("Totaal"):
        src = Lb.get(r["label"]) or Bb.get(r["label"])
        ok(src and num(r["cells"]["Wijziging"]) == 1000 * num(src["cells"]["Wijziging 1e berap"]),
           f"berap tabel 4 {r['label']}: euros = x € 1.000 of tabel 1")
o41 = gt("Tabel 4.1 Overzicht baten en lasten 2025-2029 (bedragen x € 1.000)")
Lo, Bo = rows(o41, "Lasten"), rows(o41, "Baten")
for c_ in o41["cols"]:
    ok(sum(num(r["cells"][c_]) for k, r in Lo.items() if k != "Totaal lasten") == num(Lo["Totaal lasten"]["cells"][c_]),
       f"ontwerpbegroting 4.1 {c_}: lasten")
    ok(sum(num(Bo[k]["cells"][c_]) for k in ("Bijdrage gemeenten", "Omzet werkbedrijf", "Subsidies en overige baten"))
       == num(Bo["Totaal baten"]["cells"][c_]) == num(Lo["Totaal lasten"]["cells"][c_]),
       f"ontwerpbegroting 4.1 {c_}: baten = lasten")
for k, r in list(Lo.items()) + list(Bo.items()):
    if k in Lb or k in Bb:
        ok(r["cells"]["Begroting 2025 na wijziging"] == (Lb.get(k) or Bb.get(k))["cells"]["Begroting 2025 na wijziging"],
           f"ontwerpbegroting 4.1 {k}: 2025 column = bestuursrapportage na wijziging")
o42 = rows(gt("Tabel 4.2 Bijdragen per gemeente 2026-2029 (bedragen x € 1.000)"))
o12 = rows(gt("Tabel 1.2 Verdeelsleutel 2026"))
tot_inw = num(o12["Totaal"]["cells"]["Inwoners 1-1-2025"])
for g in gems:
    ok(abs(100 * num(o12[g]["cells"]["Inwoners 1-1-2025"]) / tot_inw - num(o12[g]["cells"]["Verdeelsleutel 2026"]))
       < 0.011, f"verdeelsleutel 2026 {g} = inwoners share")
for c_ in ("Begroting 2026", "Raming 2027", "Raming 2028", "Raming 2029"):
    ok(sum(num(o42[g]["cells"][c_]) for g in gems) == num(o42["Totaal"]["cells"][c_]) ==
       num(Bo["Bijdrage gemeenten"]["cells"][c_]), f"ontwerpbegroting 4.2 {c_}: total = bijdrage gemeenten")
    for g in gems:
        ok(abs(num(o42[g]["cells"][c_]) - num(o42["Totaal"]["cells"][c_]) *
               num(o12[g]["cells"]["Verdeelsleutel 2026"]) / 100) <= 1.5, f"ontwerpbegroting 4.2 {c_} {g}: by the key")
o45 = rows(gt("Tabel 4.5 Geprognosticeerde balans per 31 december (bedragen x € 1.000)"))
for c_ in ("2025", "2026", "2027", "2028", "2029"):
    ok(num(o45["Vaste activa"]["cells"][c_]) + num(o45["Vlottende activa"]["cells"][c_]) ==
       num(o45["Totaal activa"]["cells"][c_]) == sum(num(o45[k]["cells"][c_]) for k in
                                                     ("Eigen vermogen", "Voorzieningen", "Vaste schulden",
                                                      "Vlottende schulden")) == num(o45["Totaal passiva"]["cells"][c_]),
       f"geprognosticeerde balans {c_}")
o44 = rows(gt("Tabel 4.4 Reserves 2026 (bedragen x € 1.000)"))
ok(sum(num(r["cells"]["Stand 31-12-2026"]) for r in o44.values()) == num(o45["Eigen vermogen"]["cells"]["2026"]),
   "reserves 2026 = eigen vermogen 2026 of the geprognosticeerde balans")
ok(1000 * num(o44["Algemene reserve"]["cells"]["Stand 1-1-2026"]) ==
   num(rs23["Algemene reserve"]["cells"]["Stand 31-12-2024"]) + num(mres.group(1)) if mres else False,
   "algemene reserve 1-1-2026 = 31-12-2024 + toevoeging uit het resultaat")

# ------------------------------------------------------------------------------------- 6. layout features
FEAT: dict[str, list] = {}


def feat(doc, name, cond):
    FEAT.setdefault(doc, []).append((name, bool(cond)))
    ok(cond, f"layout {doc}: {name}")


def info(f):
    return subprocess.run(["pdfinfo", str(CORPUS / f)], capture_output=True, text=True).stdout


ik = info(KF)
feat(KF, f"12-16 pages ({KN.npages}), A4", 12 <= KN.npages <= 16 and abs(KN.width - 595) < 2 and abs(KN.height - 842) < 2)
feat(KF, "printed by headless Chromium from HTML (Skia/PDF producer)", "Skia/PDF" in ik)
two_col_pages, flows_across, tables_between = [], 0, 0
for p in range(3, KN.npages + 1):
    bands = KN.bands(p)
    cols_ = [b for b in bands if b[0] == "col"]
    if any(len(b[3]) >= 5 for b in cols_ if b[1] == "left") and any(len(b[3]) >= 5 for b in cols_ if b[1] == "right"):
        two_col_pages.append(p)
    for k_ in range(len(cols_) - 1):
        lft, rgt = cols_[k_], cols_[k_ + 1]
        if lft[1] == "left" and rgt[1] == "right" and lft[2] == rgt[2] and lft[3] and rgt[3]:
            last, first = lft[3][-1]["text"], rgt[3][0]["text"]
            if not re.search(r"[.:;!?]$", last) and re.match(r"[a-zë€0-9(]", first):
                flows_across += 1
    for j, b in enumerate(bands):
        if b[0] == "span" and b[1]["kind"] == "table":
            before = [x for x in bands[:j] if x[0] == "col" and x[3]]
            after = [x for x in bands[j + 1:] if x[0] == "col" and x[3]]
            if before and after and {x[1] for x in before} == {"left", "right"} and {x[1] for x in after} == \
                    {"left", "right"}:
                tables_between += 1
feat(KF, f"running text in two columns on {len(two_col_pages)} pages ({two_col_pages})", len(two_col_pages) >= 9)
feat(KF, f"real flow: {flows_across} sentences continue from the foot of the left column into the right column",
     flows_across >= 8)
page_flow = sum(1 for p in range(4, KN.npages + 1)
                if KN.bands(p - 1) and [b for b in KN.bands(p) if b[0] == "col" and b[3]] and
                not re.search(r"[.:;]$", [b for b in KN.bands(p - 1) if b[0] == "col" and b[3]][-1][3][-1]["text"]))
feat(KF, f"text also flows over page breaks ({page_flow} pages start mid-sentence)", page_flow >= 2)
ktabs = [t for p in range(1, KN.npages + 1) for t in KN.tables(p)]
text_w = max(ln["x1"] for p in range(3, KN.npages + 1) for ln in KN.body_lines(p)) - \
    min(ln["x0"] for p in range(3, KN.npages + 1) for ln in KN.body_lines(p))
feat(KF, f"{len(ktabs)} page-wide tables (each spans >= 98% of the text width, across the column gutter)",
     len(ktabs) == 10 and all(t["x1"] - t["x0"] >= 0.98 * text_w and t["x0"] < KN.mid < t["x1"] for t in ktabs))
feat(KF, f"tables between two-column text blocks: {tables_between} tables have two-column text above and below",
     tables_between >= 3)
heads = [b for p in range(3, KN.npages + 1) for b in KN.spanning(p) if b["kind"] == "heading"]
feat(KF, f"{len(heads)} chapter headings spanning both columns", len(heads) >= 12)
pn_ok = all(re.search(rf"\b{p}\s*$", KN.layout(p).rstrip()) for p in range(2, KN.npages + 1))
feat(KF, "running header 'Kadernota 2025 ... Gemeente Wassenaar' and page number on every page after the cover",
     pn_ok and all("Kadernota 2025" in KN.layout(p).splitlines()[0] and "Gemeente Wassenaar" in KN.layout(p).splitlines()[0]
                   for p in range(2, KN.npages + 1)))
toc = clean(KN.layout(2))
toc_ok = True
for b in heads:
    mm = re.match(r"(\d+)\. (.+)", b["text"])
    if mm:
        pg_ = [p for p in range(3, KN.npages + 1) if any(x["text"] == b["text"] for x in KN.spanning(p))][0]
        toc_ok = toc_ok and f"{b['text']} {pg_}" in toc
feat(KF, "table of contents with page numbers matching the chapter headings", toc_ok)
feat(KF, "scale statement 'bedragen x € 1.000' in the first header cell of 7 tables; risk and weerstand tables in "
         "whole euros; uitgangspunten in percent",
     sum(1 for t in ktabs if t["scale_statement"] == "bedragen x € 1.000") == 7 and
     rows(t9)["Sanering gemeentewerf"]["cells"]["Financiële impact"].startswith("€ ") and
     rows(kt("Tabel 2 - Uitgangspunten en indexeringen"))["Omslagrente"]["cells"]["Kadernota 2025"].endswith("%"))
feat(KF, "note under the perspectief: '+ = voordeel, - = nadeel'", t1["note"] and t1["note"].startswith("+ = voordeel, - = nadeel"))
feat(KF, "group rows (programmes; Lasten/Baten/Saldi) and I/S column in the tables",
     {r["label"] for r in t6["rows"] if r["is_group"]} == {"Lasten", "Baten", "Saldi"} and
     len([r for r in t4["rows"] if r["is_group"]]) == 5)
nprose = len(re.findall(r"(ruim|bijna) € \d+,\d miljoen", flow))
feat(KF, f"amounts in prose: {nprose} x 'ruim/bijna € x,y miljoen', plus '€ 450.000'-style amounts",
     nprose >= 5 and len(re.findall(r"€ \d{1,3}\.000\b", flow)) >= 20)
b24_same = []
for p_, y in [("P2 Mens en Maatschappij", 2025), ("P4 Fysieke leefomgeving", 2026), ("P1 Veiligheid en Handhaving", 2027)]:
    b24_same.append(B24.recap_cell("Tabel 6.2 - Recapitulatie alle programma's (samenvattend overzicht)", p_, y, "lasten")
                    ["printed"] != rows(t6, "Lasten")[p_]["cells"][str(y)])
feat(KF, "programme lasten of the kadernota differ from the begroting 2024 meerjarenraming for the same year; "
         "the vertrekpunt row repeats the begroting's geraamde resultaat 2025-2027",
     all(b24_same) and [r1["Saldo meerjarenraming begroting 2024"]["cells"][y] for y in ("2025", "2026", "2027")] ==
     [B24.recap_cell("Tabel 6.2 - Recapitulatie alle programma's (samenvattend overzicht)", "Geraamde resultaat", y,
                     "saldo")["printed"] for y in (2025, 2026, 2027)])
feat(KF, "programme names as in the Begroting 2024 (P1-P5)",
     all(lab in TEXT[BF] for lab in rows(t6, "Lasten") if lab.startswith("P")) and
     len([lab for lab in rows(t6, "Lasten") if lab.startswith("P")]) == 5)

ig = info(GF)
feat(GF, f"45-60 pages ({GB.npages}), A4", 45 <= GB.npages <= 60 and abs(GB.width - 595) < 2)
feat(GF, "running page number 'pagina n' in the footer of every page, equal to the page index",
     all(GB.running_number(p) == p for p in range(1, GB.npages + 1)))
parts = [GB.part(p) for p in range(1, GB.npages + 1)]
order = []
for x in parts:
    if not order or order[-1] != x:
        order.append(x)
feat(GF, f"parts in order: {order}", order == ["voorblad", "agenda", "besluiten", "brief", "voorstel jaarstukken",
                                               "jaarstukken", "voorstel bestuursrapportage", "bestuursrapportage",
                                               "ontwerpbegroting", "voorstel zienswijzen", "zienswijzen"])
tp = {GB.part(p): p for p in range(1, GB.npages + 1) if GB.is_title_page(p)}
feat(GF, f"own title pages for the jaarstukken, bestuursrapportage and ontwerpbegroting (pages {tp})",
     set(tp) == {"jaarstukken", "bestuursrapportage", "ontwerpbegroting"})
inner_ok = True
for part_, start in tp.items():
    pages = [p for p in range(1, GB.npages + 1) if GB.part(p) == part_]
    inner_ok = inner_ok and pages[0] == start and all(GB.part_number(p) == p - start + 1 for p in pages[1:])
feat(GF, "each of these parts numbers its own pages in the running header (the title page counting as 1)", inner_ok)
btoc = clean(GB.layout(2))
firsts = {}
for p in range(1, GB.npages + 1):
    firsts.setdefault(GB.part(p), p)
toc_map = {"Agenda": "agenda", "Concept-besluitenlijst vergadering 3 april 2025": "besluiten",
           "Aanbiedingsbrief aan de gemeenteraden": "brief", "Voorstel jaarstukken 2024 en resultaatbestemming":
           "voorstel jaarstukken", "Jaarstukken 2024": "jaarstukken", "Voorstel 1e bestuursrapportage 2025":
           "voorstel bestuursrapportage", "1e Bestuursrapportage 2025": "bestuursrapportage",
           "Ontwerpbegroting 2026": "ontwerpbegroting", "Voorstel zienswijzen en vaststelling begroting 2026":
           "voorstel zienswijzen", "Bijlagen: zienswijzen van de gemeenteraden": "zienswijzen"}
feat(GF, "bundle contents with page numbers matching the first page of every part",
     all(re.search(re.escape(t) + rf" {firsts[pp]}\b", btoc) for t, pp in toc_map.items()))
ag = clean(GB.layout(3))
feat(GF, "agenda refers to the running page numbers of the parts",
     f"Jaarstukken 2024 (pag. {firsts['jaarstukken']}-{firsts['voorstel bestuursrapportage'] - 1})" in ag and
     f"1e Bestuursrapportage 2025 (pag. {firsts['bestuursrapportage']}-{firsts['ontwerpbegroting'] - 1})" in ag)
gtabs = [t for p in range(1, GB.npages + 1) for t in GB.tables(p)]
js_t = [t for t in gtabs if GB.part(t["page"]) == "jaarstukken"]
br_t = [t for t in gtabs if GB.part(t["page"]) == "bestuursrapportage"]
ob_t = [t for t in gtabs if GB.part(t["page"]) == "ontwerpbegroting"]
feat(GF, f"tables in whole euros in the jaarstukken ({sum(1 for t in js_t if t['scale_statement'])} with 'bedragen in "
         f"€'), x € 1.000 in the bestuursrapportage and ontwerpbegroting (scale in the header cell or in the caption), "
         f"one euro table in the bestuursrapportage",
     all("1.000" not in (t["scale_statement"] or "") for t in js_t) and
     sum(1 for t in js_t if "in €" in (t["scale_statement"] or "")) >= 5 and
     sum(1 for t in br_t if t["scale_statement"] == "bedragen x € 1.000") == 2 and
     sum(1 for t in ob_t if "x € 1.000" in (t["scale_statement"] or "") and t["scale_statement"] == t["caption"]) >= 5
     and any("in €" in (t["scale_statement"] or "") for t in br_t))
same = all(lab in rows(J21) and lab in rows(b1) and lab in rows(o41)
           for lab in ("Bijdrage gemeenten", "Personeelslasten", "Re-integratie", "Beschut werk"))
feat(GF, "the same row labels (Bijdrage gemeenten, Personeelslasten, Re-integratie, Beschut werk) in the baten en "
         "lasten tables of all three parts, under different year columns",
     same and J21["cols"][:3] == JC and b1["cols"] == BC and o41["cols"][1:] == ["Begroting 2026", "Raming 2027",
                                                                                  "Raming 2028", "Raming 2029"])
feat(GF, "a table of bijdragen per deelnemende gemeente in each of the three parts (2024 / 2025 / 2026-2029)",
     set(gems) == {"Twenterand", "Dinkelland", "Oldenmaat", "Reggedal"} and
     all(g in o42 and g in b2 and g in R24 for g in gems) and
     len({R24["Dinkelland"]["cells"]["Netto bijdrage 2024"], b2["Dinkelland"]["cells"]["Begroting 2025 na wijziging"],
          o42["Dinkelland"]["cells"]["Begroting 2026"]}) == 3)
feat(GF, "notations: V/N verschil column (jaarstukken), signed '+248' changes (bestuursrapportage), '-' for nil",
     any(r["cells"].get("Verschil", "").endswith(" N") for r in J21["rows"]) and
     any(r["cells"].get("Wijziging 1e berap", "").startswith("+") for r in b1["rows"]) and
     any(v == "-" for r in gt("Tabel 4.3 Investeringsplan 2026-2029 (bedragen x € 1.000)")["rows"]
         for v in r["cells"].values()))
caps = [t["caption"].split(" ")[1] for t in gtabs]
feat(GF, "table numbering restarts in every part (e.g. 'Tabel 1.1' and 'Tabel 2.1' both in the jaarstukken and the "
         "ontwerpbegroting)", caps.count("1.1") == 2 and caps.count("2.1") == 2)
fonts = subprocess.run(["pdffonts", str(CORPUS / GF)], capture_output=True, text=True).stdout
feat(GF, "part-specific typography: DejaVu Sans (jaarstukken), Liberation Sans (berap, begroting), Liberation Serif "
         "(agenda, besluitenlijst, brief, voorstellen), all embedded",
     all(x in fonts for x in ("DejaVuSans", "LiberationSans", "LiberationSerif")) and
     all(" yes " in ln for ln in fonts.splitlines()[2:] if ln.strip()))
feat(GF, "numbers in prose in the besluitenlijst ('ruim € 19 miljoen', 'afgerond € 0,5 miljoen', '€ 450.000', "
         "'284 kandidaten')",
     all(x in clean(TEXT[GF]) for x in ("ruim € 19 miljoen", "afgerond € 0,5 miljoen", "krediet van € 450.000",
                                        "284 kandidaten")))

print("Layout features (verified):")
for doc, items in FEAT.items():
    print(f"  {doc}")
    for name, good in items:
        print(f"    [{'x' if good else ' '}] {name}")
print("Turns by provenance kind:", dict(sorted(counts.items())))
print(f"row-elsewhere turns: {n_other}; cross-document/part derivations: {n_cross} (kadernota vs begroting: "
      f"{n_cross_kb}); member-payment turns: {n_member}; which-cases over documents/parts: {n_which_noyear}")
nturns = sum(len(turns_of(c)) for c in CASES["cases"])
print(f"{len(CASES['cases'])} cases, {nturns} turns; {N} checks, {len(FAIL)} failed")
for f_ in FAIL:
    print("FAIL:", f_)
sys.exit(1 if FAIL else 0)
