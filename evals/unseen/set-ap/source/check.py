"""Verify set-ap against the FINISHED documents only (never imports data.py or the generators).

1. Format: cases.yaml follows /work/shared/evals/FORMAT.md v1 (keys, kinds, units, no `signed`), ids follow the
   ap-* scheme, every figure turn names its body (question, an earlier turn or the case scope), no "volgend/vorig
   jaar", most first figure turns name a year or a document; the manifest lists six documents with file/
   municipality/year/type/title, the four existing ones byte-identical to /work/main/corpus with their metadata.
2. Figures: every expected and accepted value is re-located at its recorded place (table cell: page, caption, pages
   of the table, continuation, group, row, column, printed text, scale statement and scale, first line of the row
   label, the line of `pdftotext -layout`, section and — Twenterand — the margin breadcrumb of the page; prose: the
   sentence on its pages and its section; seed: the line of the text export, the figure's position under the
   column header); derivations are recomputed.  "other" figures (the same row in the seed begroting, another
   column or table) are re-located and kept out of value/accept.  Counts: >= 8 turns whose row has the same label
   in the seed Programmabegroting 2020 and in the Jaarstukken 2020, >= 3 realisatie-versus-begroting derivations,
   >= 2 derivations over investment years.
3. Refusals: the recorded absence rules hold and together cover all six documents.
4. Text: the passage is at its recorded place and every include group has an item in the passage.  which:
   candidates re-located and distinct, one include group per candidate naming its printed figure, no municipality
   condition.  any: the excludes are absent from the own document.
5. The printed figures of both new documents add up (read from the PDFs), and the jaarstukken's primitieve
   begroting equals the seed while na wijziging and realisatie differ.
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

from extract import Jaarstukken, Raadsvoorstel, SeedText, clean, parse_num, vn_of

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
TF = [f for f in NEW if DOCS[f]["type"] == "jaarstukken"][0]
DF = [f for f in NEW if DOCS[f]["type"] == "raadsvoorstel"][0]
ok(DOCS[TF]["municipality"] == "Twenterand" and DOCS[TF]["year"] == 2020, "jaarstukken: Twenterand, 2020")
ok(DOCS[DF]["municipality"] == "Dinkelland" and DOCS[DF]["year"] == 2026, "raadsvoorstel: Dinkelland, 2026")
SF = [f for f in OLD if DOCS[f]["municipality"] == "Twenterand"][0]
BODY = {f: DOCS[f]["municipality"] for f in DOCS}
TW, DK = "Twenterand", "Dinkelland"
JS, RV, SEED = Jaarstukken(CORPUS / TF), Raadsvoorstel(CORPUS / DF), SeedText(CORPUS / SF)
DOC = {TF: JS, DF: RV}
ALIASES = {TW: ["twenterand"], DK: ["dinkelland"], "Wassenaar": ["wassenaar"],
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
ok(all(re.fullmatch(r"ap-(t|d)-(\d\d|conv-\d\d|tekst-\d\d|welke-\d\d|any-\d\d)|ap-x-weiger-\d\d", i) for i in ids),
   "ids follow ap-t-*/ap-d-*/ap-x-weiger-*/*-conv-*/*-tekst-*/*-welke-*/*-any-*")
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
CASE_KEYS = {"id", "question", "municipality", "kind", "expect", "turns"}
TURN_KEYS = {"question", "kind", "expect"}
UNITS = {"EUR", "count", "percent", "grade"}
DOCWORDS = r"(?i)jaarstukken|jaarrekening|jaarverslag|begroting|raadsvoorstel|investeringsplan|realisatie"


def turns_of(c):
    return c["turns"] if "turns" in c else [c]


counts: dict[str, int] = {}
first_fig, first_named = 0, 0
for c in CASES["cases"]:
    ok(set(c) <= CASE_KEYS and ("turns" in c) != ("question" in c), f"{c['id']}: case keys")
    if "turns" in c:
        ok(len(c["turns"]) >= 2 and re.search(r"-conv-", c["id"]), f"{c['id']}: a conversation has turns and a conv id")
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
            if i == 0:
                first_fig += 1
                first_named += bool(re.search(r"\b20\d\d\b", t["question"]) or re.search(DOCWORDS, t["question"]))
        if t["kind"] == "text":
            ok(isinstance(e.get("include"), list) and e["include"], f"{tid}: text include")
        if t["kind"] == "refusal":
            ok(not e, f"{tid}: refusal without expect")
        if t["kind"] == "any":
            ok(e.get("exclude"), f"{tid}: any with exclude")
ok(first_named >= 0.85 * first_fig, f"most first figure turns name a year or a document ({first_named}/{first_fig})")


# ------------------------------------------------------------------------------------- 2. figures
def scale_statement(tt):
    for s in (tt["caption"] or "", tt["cols"][0]):
        m = re.search(r"\(?(bedragen (?:x € 1\.000|in €))\)?|Bedragen in €", s, re.I)
        if m:
            return m.group(0).strip("()")
    return None


def scale_of(stmt, printed):
    if "%" in printed or stmt is None:
        return 1
    return 1000 if re.search(r"x\s*€\s*1\.000", stmt) else 1


def seed_header(line_no):
    """the column header line that governs a seed line: the nearest line above starting with a column header"""
    for i in range(line_no - 2, -1, -1):
        ln = SEED.lines_[i]
        if re.match(r"^(Beleidsdoelen|Beleidsindicatoren) Begroot 2020", ln):
            return ["Begroot 2020"] + re.findall(r"Begroot 2019|\b20\d\d\b", ln[ln.index("Begroot 2020") + 12:])
        if re.fullmatch(r"2020 2021 2022 2023", ln.strip()):
            return ln.split()
    return None


def relocate(src, tid):
    k = src["kind"]
    try:
        if k == "cell":
            D = DOC[src["document"]]
            parts = D.find_table(src["table"])
            ok([p_["page"] for p_ in parts] == src["table_pages"], f"{tid}: pages of {src['table']!r}")
            c = D.cell(src["table"], src["row"], src["column"], src["group"])
            ok(c["page"] == src["page"] and c["printed"] == src["printed"] and c["group"] == src["group"] and
               c["continued"] == src["continued"] and c["label_first_line"] == src["label_first_line"],
               f"{tid}: cell {src['row']!r}/{src['column']!r} printed {c['printed']!r} on p{c['page']}")
            stmt = scale_statement(parts[0])
            ok(stmt == src["scale_statement"] and scale_of(stmt, c["printed"]) == src["scale"],
               f"{tid}: scale statement {stmt!r} and scale")
            ok(D.layout_line(src["page"], src["label_first_line"], src["printed"]) == src["layout_line"],
               f"{tid}: pdftotext -layout line of page {src['page']}")
            ok(D.section_at(src["page"], c["top"]) == src["section"], f"{tid}: section {src['section']!r}")
            if src["document"] == TF:
                ok(JS.crumb(src["page"]) == src["crumb"], f"{tid}: breadcrumb of page {src['page']}")
            v = parse_num(c["printed"]) * src["scale"]
        elif k == "prose":
            D = DOC[src["document"]]
            pages = D.prose(src["prose"])
            ok(pages == src["pages"] and pages[0] == src["page"], f"{tid}: prose {src['prose'][:50]!r} on {pages}")
            ok(src["printed"] in src["prose"], f"{tid}: printed text in the prose")
            ok(D.section_at(src["page"], D.prose_top(src["page"], src["prose"])) == src["section"],
               f"{tid}: prose section")
            v = parse_num(src["printed"]) * src["scale"]
        elif k == "seed":
            n, line, tok = SEED.figure(src["row"], src["token"], src.get("after"))
            ok(n == src["line_no"] and line == src["line"] and tok == src["printed"],
               f"{tid}: seed line {src['row']!r}")
            hdr = seed_header(n)
            ok(hdr is not None and hdr[src["token"]] == src["column"], f"{tid}: seed column {src['column']!r}")
            if src.get("table"):
                ok(SEED.text.index(src["table"]) < SEED.text.index(line), f"{tid}: seed line under {src['table']!r}")
            v = parse_num(tok) * src["scale"]
        else:
            ok(False, f"{tid}: unknown source kind {k}")
            return None
    except (LookupError, ValueError, StopIteration) as ex:
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
    v = {"add": lambda: sum(x), "abs_sub": lambda: x[0] - x[1],
         "pct": lambda: round(100 * (x[0] - x[1]) / x[1], 2), "share": lambda: round(100 * x[0] / x[1], 2)}[op]()
    ok(abs(v - a["value"]) < 0.006, f"{tid}: derivation {a['derivation']} recomputes to {v}")
    nums = re.findall(r"\d[\d.]*(?:,\d+)?", a["derivation"].split("=")[0].replace("100 ×", ""))
    ok(len(nums) >= len(vals), f"{tid}: derivation names every cell")
    return v


def is_begroting_col(s):
    return s["kind"] == "seed" or (s["kind"] == "cell" and "Begroting" in s["column"])


n_same_label, n_real_vs_begr, n_invest_years = 0, 0, 0
for c in CASES["cases"]:
    for i, t in enumerate(turns_of(c)):
        tid = f"{c['id']}#{i}"
        pv = PROV[c["id"]][i]
        e = t.get("expect", {})
        if pv["kind"] != "figure":
            continue
        v = recompute(pv["main"], tid)
        ok(v is not None and abs(abs(v) - abs(e["value"])) <= 1e-6, f"{tid}: expected value {e['value']} vs {v}")
        ok(float(e["value"]).is_integer() or e.get("unit") == "percent", f"{tid}: whole euros/counts")
        for a in pv["accept"]:
            va = recompute(a, tid + " accept")
            ok(va is not None and any(abs(abs(va) - abs(x)) <= 1e-6 for x in e.get("accept", [e["value"]])),
               f"{tid}: accepted {va} listed")
        for x in e.get("accept", []):
            ok(any(abs(abs(x) - abs(y["value"])) < 1e-6 for y in [pv["main"]] + pv["accept"]), f"{tid}: accept {x} sourced")
        srcs = [s for a in [pv["main"]] + pv["accept"] for s in a["sources"]]
        ok(all(BODY[s["document"]] == e["municipality"] for s in srcs), f"{tid}: cited documents belong to the body")
        allowed = [abs(e["value"])] + [abs(x) for x in e.get("accept", [])]
        for s in pv["other"]:
            vo = relocate(s, tid + " other")
            ok(BODY[s["document"]] == e["municipality"], f"{tid}: other printing belongs to the body")
            ok(vo is not None and all(abs(abs(vo) - a) > 1e-6 for a in allowed),
               f"{tid}: other value {vo} kept out of value/accept")
        # the same label in the seed begroting and in the jaarstukken, the words decide
        docs_all = {s["document"] for s in srcs + pv["other"]}
        if {SF, TF} <= docs_all and "derivation" not in pv["main"] and pv["other"]:
            n_same_label += 1
        if "derivation" in pv["main"] and pv["main"]["op"] in ("abs_sub", "pct"):
            ms = pv["main"]["sources"]
            if any(s["kind"] == "cell" and s["column"].startswith("Realisatie") for s in ms) and \
                    any(is_begroting_col(s) for s in ms):
                n_real_vs_begr += 1
        if "derivation" in pv["main"]:
            ms = pv["main"]["sources"]
            yrs = {s["column"] for s in ms if s["document"] == DF and re.search(r"\b20(26|27|28|29)$", s["column"])}
            if len(yrs) >= 2:
                n_invest_years += 1
ok(n_same_label >= 8, f"at least 8 figure turns on a row labelled alike in the seed and the jaarstukken "
                      f"({n_same_label})")
ok(n_real_vs_begr >= 3, f"at least 3 realisatie-versus-begroting derivations ({n_real_vs_begr})")
ok(n_invest_years >= 2, f"at least 2 derivations over investment years ({n_invest_years})")


# ------------------------------------------------------------------------------------- 3. refusals
def docs_of(spec):
    if spec == "*":
        return list(DOCS)
    return list(spec) if isinstance(spec, list) else [spec]


def all_tables(f):
    D = DOC[f]
    return [t for p in range(1, D.npages + 1) for t in D.tables(p)]


n_ref = 0
for c in CASES["cases"]:
    for i, t in enumerate(turns_of(c)):
        tid = f"{c['id']}#{i}"
        pv = PROV[c["id"]][i]
        if pv["kind"] != "refusal":
            continue
        n_ref += 1
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
                    ok(len(ts) >= 1 and not any(rule["text"] in col for tt in ts for col in tt["cols"]),
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
n_which_docs = 0
for c in CASES["cases"]:
    for i, t in enumerate(turns_of(c)):
        tid = f"{c['id']}#{i}"
        pv = PROV[c["id"]][i]
        e = t.get("expect", {})
        if pv["kind"] == "text":
            w = pv["where"]
            f = w["document"]
            D = DOC.get(f)
            ok(f in NEW, f"{tid}: passage from a new document")
            ok(D.prose(w["passage"]) == w["pages"] and w["pages"][0] == w["page"] and
               D.section_at(w["page"], D.prose_top(w["page"], w["passage"])) == w["section"],
               f"{tid}: passage on page {w['page']} in {w['section']!r}")
            ok(BODY[f] == e["municipality"], f"{tid}: passage document belongs to the body")
            hay = w["passage"].lower()
            for g in e["include"]:
                items = g if isinstance(g, list) else [g]
                ok(any(x.lower() in hay for x in items), f"{tid}: include {items} in the passage")
        elif pv["kind"] == "which":
            ok(re.search(r"-welke-", c["id"]) and t["kind"] == "text", f"{tid}: which-case id and kind")
            vals = [relocate(s, tid + " cand") for s in pv["candidates"]]
            ok(len(vals) >= 2 and len({abs(v) for v in vals if v is not None}) == len(vals),
               f"{tid}: distinct candidates")
            ok(len(e["include"]) == len(pv["candidates"]), f"{tid}: one include group per candidate")
            ok("municipality" not in e, f"{tid}: which-case carries no municipality condition")
            ok(not re.search(r"\b(volgens|in) (de|het) (jaarstukken|begroting|raadsvoorstel|investeringsplan 20)",
                             t["question"]), f"{tid}: the question names no document")
            flat = [x for g in e["include"] for x in (g if isinstance(g, list) else [g])]
            ok(len(flat) == len(set(flat)), f"{tid}: no rendering shared by two candidates")
            for s, g in zip(pv["candidates"], e["include"]):
                g = g if isinstance(g, list) else [g]
                pr = re.sub(r"\s+[VN]$", "", s["printed"]).replace("€ ", "").lstrip("-")
                ok(pr in g, f"{tid}: include group {g} names the printed {s['printed']!r}")
            if len({s["document"] for s in pv["candidates"]}) >= 2 or \
                    len({(s.get("table"), s.get("column")) for s in pv["candidates"]}) == len(pv["candidates"]):
                n_which_docs += 1
        elif pv["kind"] == "any":
            for x in e["exclude"]:
                ok(x.lower() not in TEXT[pv["exclude_absent_in"]].lower(), f"{tid}: exclude {x!r} absent from own doc")
            ok(BODY[pv["exclude_absent_in"]] == e["municipality"], f"{tid}: own document belongs to the body")
ok(n_which_docs >= 3, f"which-cases over several documents or columns ({n_which_docs})")


# ------------------------------------------------------------------------------------- 5. the figures add up
def num(s):
    v = parse_num(s) if s not in (None, "", "-") else 0
    return 0 if v is None else v


def rows_of(D, cap, group=None):
    return {r["label"]: r for r in D.table_rows(cap) if not r["is_group"] and (group is None or r["group"] == group)}


def vcheck(r, cnw, creal, cver, what):
    """Verschil = na wijziging - realisatie; V when positive"""
    dv = num(r["cells"][cnw]) - num(r["cells"][creal])
    pv = r["cells"][cver]
    ok(abs(abs(dv) - num(pv)) < 0.5 and (dv == 0 or vn_of(pv) == ("V" if dv > 0 else "N")),
       f"{what}: verschil {pv!r} vs {dv}")


PRIM, NW, REAL, VER = "Begroting 2020 primitief", "Begroting 2020 na wijziging", "Realisatie 2020", "Verschil"
T8 = "Tabel 3.8 Overzicht baten en lasten programma Sociaal Domein 2020"
T9 = "Tabel 3.9 Wat heeft het gekost per taakveld"
T10 = "Tabel 3.10 Verloop reserves programma Sociaal Domein 2020"
T11 = "Tabel 3.11 Belangrijkste verschillen tussen begroting na wijziging en realisatie"
T12 = "Tabel 3.12 Bijdragen aan verbonden partijen 2020"
DBOMEN = ["Sociale zaken", "Maatschappelijke ondersteuning", "Gezondheidszorg", "Onderwijs", "Jeugd"]
try:
    lg, bg = rows_of(JS, T8, "Lasten per doelenboom"), rows_of(JS, T8, "Baten per doelenboom")
    for col in (PRIM, NW, REAL):
        sl = sum(num(lg[k]["cells"][col]) for k in DBOMEN)
        tl = num(lg["Totaal programma lasten"]["cells"][col])
        ok(abs(sl - tl) <= (1 if col == PRIM else 0), f"T8 {col}: lasten add up ({sl} vs {tl})")
        sb = sum(num(bg[k]["cells"][col]) for k in DBOMEN)
        tb = num(bg["Totaal programma baten"]["cells"][col])
        ok(sb == tb, f"T8 {col}: baten add up")
        saldo = num(bg["Totaal saldo van baten en lasten"]["cells"][col])
        ok(saldo == tl + tb, f"T8 {col}: saldo = lasten + baten")
        ok(num(bg["Resultaat programma Sociaal Domein"]["cells"][col]) == saldo + num(bg["Mutaties reserves"]["cells"][col]),
           f"T8 {col}: resultaat = saldo + mutaties reserves")
    for g in (lg, bg):
        for k, r in g.items():
            vcheck(r, NW, REAL, VER, f"T8 {k}")
    # the primitieve begroting equals the seed (Overzicht 3.1, 2020); na wijziging and realisatie differ
    for grp_, g in (("Lasten per doelenboom", lg), ("Baten per doelenboom", bg)):
        for k in DBOMEN:
            _, _, tok = SEED.figure(k, 0, after=grp_)
            ok(num(g[k]["cells"][PRIM]) == parse_num(tok), f"T8 {k} primitief = seed {tok}")
            ok(num(g[k]["cells"][REAL]) != parse_num(tok), f"T8 {k} realisatie differs from the seed")
            ok(num(g[k]["cells"][NW]) != parse_num(tok) or grp_.startswith("Baten"), f"T8 {k} na wijziging differs")
    for lab, sl_ in (("Totaal programma lasten", lg), ("Totaal programma baten", bg),
                     ("Totaal saldo van baten en lasten", bg), ("Mutaties reserves", bg)):
        _, _, tok = SEED.figure(lab, 0, after="Overzicht 3.1")
        ok(num(sl_[lab]["cells"][PRIM]) == parse_num(tok), f"T8 {lab} primitief = seed")
    _, _, tok = SEED.figure("Geraamd resultaat", 0)
    ok(num(bg["Resultaat programma Sociaal Domein"]["cells"][PRIM]) == parse_num(tok), "T8 resultaat primitief = seed")

    t9l, t9b = rows_of(JS, T9, "Lasten"), rows_of(JS, T9, "Baten")
    for col in (PRIM, NW, REAL):
        ok(sum(num(r["cells"][col]) for k, r in t9l.items() if k != "Totaal lasten") ==
           num(t9l["Totaal lasten"]["cells"][col]) == num(lg["Totaal programma lasten"]["cells"][col]),
           f"T9 {col}: taakvelden lasten add up to tabel 3.8")
        ok(sum(num(r["cells"][col]) for k, r in t9b.items() if k != "Totaal baten") ==
           num(t9b["Totaal baten"]["cells"][col]) == num(bg["Totaal programma baten"]["cells"][col]),
           f"T9 {col}: taakvelden baten add up to tabel 3.8")
    for g in (t9l, t9b):
        for k, r in g.items():
            vcheck(r, NW, REAL, VER, f"T9 {k}")
    t10 = rows_of(JS, T10)
    for k, r in t10.items():
        cc = r["cells"]
        ok(num(cc["Stand 1-1-2020"]) + num(cc["Toevoegingen"]) - num(cc["Onttrekkingen"]) == num(cc["Stand 31-12-2020"]),
           f"T10 {k}: stand adds up")
    for col in ("Stand 1-1-2020", "Toevoegingen", "Onttrekkingen", "Stand 31-12-2020"):
        ok(sum(num(r["cells"][col]) for k, r in t10.items() if k != "Totaal") == num(t10["Totaal"]["cells"][col]),
           f"T10 {col}: total")
    ok(num(t10["Totaal"]["cells"]["Toevoegingen"]) - num(t10["Totaal"]["cells"]["Onttrekkingen"]) ==
       num(bg["Mutaties reserves"]["cells"][REAL]), "T10 = mutaties reserves realisatie in T8")
    t11 = rows_of(JS, T11)

    def sv(p):
        return num(p) * (1 if vn_of(p) == "V" else -1)
    tot11 = t11.pop("Totaal verschil programma Sociaal Domein")
    ok(sum(sv(r["cells"]["Verschil V/N"]) for r in t11.values()) == sv(tot11["cells"]["Verschil V/N"]),
       "T11: the verschillen add up")
    rv = num(bg["Resultaat programma Sociaal Domein"]["cells"][NW]) - num(bg["Resultaat programma Sociaal Domein"]["cells"][REAL])
    ok(abs(sv(tot11["cells"]["Verschil V/N"]) * 1000 - rv) <= 500, "T11 total (x € 1.000) = verschil resultaat T8")
    for k, r in rows_of(JS, T12).items():
        vcheck(r, NW, REAL, VER, f"T12 {k}")
except (LookupError, KeyError) as ex:
    ok(False, f"jaarstukken add-ups: {ex!r}")

DB = "Tabel 3 Investeringsplan 2026-2029 per investering (bedragen in €)"
DS = "Tabel 1 Investeringsplan 2026-2029 per beleidsveld (bedragen x € 1.000)"
DE = "Tabel 2 Effect van het investeringsplan op de meerjarenbegroting"
YRS = ["2026", "2027", "2028", "2029"]
YC = {y: f"Bruto investering per jaar {y}" for y in YRS}
TOTC, TERM, KAPL = "Totaal 2026-2029", "Afschr.-termijn (jaren)", "Kapitaallasten eerste volle jaar"
try:
    allrows = RV.table_rows(DB)
    items, subs, groups = [], {}, []
    for r in allrows:
        if r["is_group"]:
            groups.append(r["label"])
        elif r["label"].startswith("Subtotaal "):
            subs[r["label"][10:]] = r
        elif r["label"] == "Totaal investeringsplan":
            total = r
        else:
            items.append(r)
    for it in items:
        cc = it["cells"]
        ok(sum(num(cc[YC[y]]) for y in YRS) == num(cc[TOTC]), f"DB {it['label']}: years add up to the total")
        tot, term = num(cc[TOTC]), num(cc[TERM])
        ok(term > 0 and round(tot / term + 0.015 * tot) == num(cc[KAPL]),
           f"DB {it['label']}: kapitaallasten = afschrijving + 1,5% rente")
    ok(list(subs) == groups, "DB: one subtotal per group")
    for g, sr in subs.items():
        mine = [it for it in items if it["group"] == g]
        for col in [YC[y] for y in YRS] + [TOTC, KAPL]:
            ok(sum(num(it["cells"][col]) for it in mine) == num(sr["cells"][col]), f"DB subtotal {g} {col}")
    for col in [YC[y] for y in YRS] + [TOTC, KAPL]:
        ok(sum(num(sr["cells"][col]) for sr in subs.values()) == num(total["cells"][col]), f"DB total {col}")
    ds = rows_of(RV, DS)
    for g, sr in subs.items():
        for y in YRS:
            ok(num(ds[g]["cells"][y]) == round(num(sr["cells"][YC[y]]) / 1000), f"DS {g} {y} = DB / 1000 rounded")
        ok(num(ds[g]["cells"][TOTC]) == round(num(sr["cells"][TOTC]) / 1000), f"DS {g} total")
    for y in YRS:
        ok(num(ds["Totaal"]["cells"][y]) == round(num(total["cells"][YC[y]]) / 1000), f"DS total {y}")
    de = rows_of(RV, DE)
    gereed = {}
    for it in items:
        last = max(y for y in YRS if num(it["cells"][YC[y]]))
        gereed[last] = gereed.get(last, 0) + num(it["cells"][KAPL])
    for gy in ("2026", "2027", "2028"):
        r = de[f"Kapitaallasten investeringen gereed in {gy}"]
        for y in YRS:
            want = gereed.get(gy, 0) if y > gy else 0
            ok(num(r["cells"][y]) == want, f"DE gereed {gy} {y}: kapitaallasten from the year after completion")
    for y in YRS:
        tk = num(de["Totaal kapitaallasten"]["cells"][y])
        ok(tk == sum(num(de[f"Kapitaallasten investeringen gereed in {gy}"]["cells"][y]) for gy in ("2026", "2027", "2028")),
           f"DE totaal kapitaallasten {y}")
        riool = sum(num(it["cells"][KAPL]) for it in items if it["group"] == "Riolering" and
                    max(yy for yy in YRS if num(it["cells"][YC[yy]])) < y)
        ok(num(de["Dekking uit de rioolheffing"]["cells"][y]) == riool, f"DE rioolheffing {y} = riolering kapitaallasten")
        ok(num(de["Saldo effect op de begroting (nadeel = -)"]["cells"][y]) ==
           -(tk - num(de["Dekking uit de rioolheffing"]["cells"][y]) -
             num(de["Onttrekking reserve dekking kapitaallasten"]["cells"][y]) -
             num(de["Stelpost kapitaallasten in de meerjarenbegroting"]["cells"][y])), f"DE saldo {y}")
    # the beslispunten repeat the table
    p1 = RV.page_text(1)
    m = re.search(r"investeringsvolume van € ([\d.]+)", p1)
    ok(m and parse_num(m.group(1)) == num(total["cells"][TOTC]), "beslispunt 1 = total of the plan")
    m = re.search(r"totaalbedrag van € ([\d.]+)", p1)
    ok(m and parse_num(m.group(1)) == num(total["cells"][YC["2026"]]), "beslispunt 2 = kredieten 2026")
except (LookupError, KeyError, ValueError, NameError) as ex:
    ok(False, f"raadsvoorstel add-ups: {ex!r}")

# ------------------------------------------------------------------------------------- 6. layout features
FEAT: dict[str, list] = {}


def feat(doc, name, cond):
    FEAT.setdefault(doc, []).append((name, bool(cond)))
    ok(cond, f"layout {doc}: {name}")


def info(f):
    return subprocess.run(["pdfinfo", str(CORPUS / f)], capture_output=True, text=True).stdout


it_ = info(TF)
feat(TF, f"{JS.npages} A4 portrait pages (14-20)",
     14 <= JS.npages <= 20 and all(abs(JS.size(p)[0] - 595.3) < 2 and abs(JS.size(p)[1] - 841.9) < 2
                                   for p in range(1, JS.npages + 1)))
feat(TF, "HTML printed to PDF by WeasyPrint (pdfinfo Producer)", "WeasyPrint" in it_)
feat(TF, "print header (print date and page title) and running footer 'Jaarstukken 2020 gemeente Twenterand' with "
         "'pagina n van N' on every page",
     all(len(JS.header_footer(p)) == 2 and re.match(r"\d\d-\d\d-\d{4} \d\d:\d\d Programma 3 Sociaal Domein",
                                                     JS.header_footer(p)[0]) and
         JS.header_footer(p)[1] == f"Jaarstukken 2020 gemeente Twenterand pagina {p} van {JS.npages}"
         for p in range(1, JS.npages + 1)))
crumb_ok = True
for p in range(1, JS.npages + 1):
    cr = JS.crumb(p)
    h2 = [h["text"] for h in JS.headings(p) if h["level"] == 2]
    before = JS.section_at(p, 0).split(" > ")
    expect = h2[0] if h2 else (before[1] if len(before) > 1 else "Inleiding")
    last = clean(" ".join(cr[3:])).lstrip("→ ").strip()
    crumb_ok = crumb_ok and cr[:3] == ["Jaarverslag 2020", "Programma's", "3 Sociaal Domein"] and \
        (last == expect or (p == 1 and last == "Inleiding"))
feat(TF, "left margin with the breadcrumb 'Jaarverslag 2020 > Programma's > 3 Sociaal Domein > <doelenboom on the "
         "page>' on every page", crumb_ok)
feat(TF, "one column of text right of the margin",
     all(ln["x0"] >= JS.BODY_X0 for p in range(1, JS.npages + 1) for ln in JS.lines(p)))
tabs = [t for p in range(1, JS.npages + 1) for t in JS.tables(p)]
conts = [t for t in tabs if t["caption"] is None]
feat(TF, f"{len(conts)} tables continue over a page break under their repeated header "
         f"(pages {[t['page'] for t in conts]})", len(conts) >= 2)
h = [hh for p in range(1, JS.npages + 1) for hh in JS.headings(p)]
trio = sum(1 for i in range(len(h) - 2) if [x["text"] for x in h[i:i + 3]] ==
           ["Wat wilden we bereiken?", "Wat hebben we bereikt?", "Wat hebben we daarvoor gedaan?"])
feat(TF, f"'Wat wilden we bereiken? / Wat hebben we bereikt? / Wat hebben we daarvoor gedaan?' in {trio} doelenbomen",
     trio == 6)
ind = [t for t in tabs if t["caption"] and "Beleidsindicatoren" in t["caption"] and "Verplichte" not in t["caption"]]
feat(TF, f"{len(ind)} indicator tables with streefwaarde and realisatie 2020",
     len(ind) == 5 and all({"Streefwaarde 2020", "Realisatie 2020"} <= set(t["cols"]) for t in ind))
seed_ind = sum(1 for t in ind for r in JS.table_rows(t["caption"]) if any(
    ln.startswith(r["label"].split(" (")[0]) for ln in SEED.lines_))
feat(TF, f"{seed_ind} indicator rows labelled as in the seed programmabegroting", seed_ind >= 25)
t8c = JS.find_table(T8)[0]["cols"]
feat(TF, "'Wat heeft het gekost': per doelenboom and per taakveld begroting primitief, na wijziging, realisatie and "
         "verschil with V/N", t8c[1:] == [PRIM, NW, REAL, VER] and JS.find_table(T9)[0]["cols"][1:] == t8c[1:] and
     {vn_of(r["cells"][VER]) for r in JS.table_rows(T9) if not r["is_group"]} == {"V", "N"})
seed_tv = [r["label"] for r in JS.table_rows(T9) if not r["is_group"] and r["label"] in SEED.text]
feat(TF, f"{len(set(seed_tv))} taakvelden labelled as in the seed", len(set(seed_tv)) >= 12)
feat(TF, "reserve movements (stand 1-1, toevoegingen, onttrekkingen, stand 31-12)",
     JS.find_table(T10)[0]["cols"][1:] == ["Stand 1-1-2020", "Toevoegingen", "Onttrekkingen", "Stand 31-12-2020"])
an = JS.section_at(JS.npages, 0)
prose_amounts = [m for p in range(1, JS.npages + 1) for m in re.findall(
    r"(?:overschrijding|voordeel|nadeel)[^.€]{0,60}€ [\d.,]+(?: miljoen)?", JS.page_text(p))]
feat(TF, f"analysis of the deviations in prose with amounts ({len(prose_amounts)}: e.g. {prose_amounts[:2]})",
     len(prose_amounts) >= 5 and any("miljoen" in x for x in prose_amounts))
feat(TF, "one table in x € 1.000 (tabel 3.11), the others in whole euros",
     scale_statement(JS.find_table(T11)[0]) == "bedragen x € 1.000" and
     scale_statement(JS.find_table(T8)[0]) == "Bedragen in €")

ir = info(DF)
feat(DF, f"{RV.npages} pages (6-10)", 6 <= RV.npages <= 10)
feat(DF, "HTML printed to PDF by headless Chromium (Skia/PDF producer)", "Skia/PDF" in ir)
land = [p for p in range(1, RV.npages + 1) if RV.size(p)[0] > RV.size(p)[1]]
dbp = [p_["page"] for p_ in RV.find_table(DB)]
feat(DF, f"landscape pages {land} for the bijlage investeringsplan, the rest portrait", land and land == dbp)
feat(DF, f"the investment table runs over pages {dbp} with its two-row header repeated",
     len(dbp) >= 2 and all(p_["cols"] == RV.find_table(DB)[0]["cols"] for p_ in RV.find_table(DB)))
mt = RV.meta()
feat(DF, "header block with Raadsvergadering, Agendapunt, Portefeuillehouder, Onderwerp",
     all(k in mt for k in ("Raadsvergadering", "Agendapunt", "Portefeuillehouder", "Onderwerp")))
h2d = [hh["text"] for p in range(1, RV.npages + 1) for hh in RV.headings(p) if hh["level"] == 2]
feat(DF, f"sections {h2d}", all(x in h2d for x in ("Voorstel", "Inleiding", "Argumenten", "Kanttekeningen en risico's",
                                                   "Financiën", "Vervolg")))
bes = re.findall(r"\b\d\. [A-Z][^.]*?€ [\d.]+", RV.page_text(1))
feat(DF, f"numbered beslispunten naming amounts ({len(bes)})", len(bes) >= 3)
feat(DF, f"{len(items)} investments in {len(groups)} groups ({groups}) with subtotals and a grand total",
     20 <= len(items) <= 30 and len(groups) == 6 and len(subs) == 6)
dashes = sum(1 for it in items for y in YRS if it["cells"][YC[y]] == "-")
feat(DF, f"{dashes} year cells printed '-', empty cells in the subtotal rows",
     dashes >= 30 and all(sr["cells"][TERM] == "" for sr in subs.values()))
two = [it["label"] for it in items if it["label_first_line"] != it["label"]]
feat(DF, f"{len(two)} investment labels over two lines", len(two) >= 2)
feat(DF, "columns per year 2026-2029 under 'Bruto investering per jaar', totaal, afschrijvingstermijn, kapitaallasten "
         "eerste volle jaar", RV.find_table(DB)[0]["cols"][2:] == [YC[y] for y in YRS] + [TOTC, TERM, KAPL])
feat(DF, "euros in the bijlage, x € 1.000 in the summary table (caption says so)",
     scale_statement(RV.find_table(DB)[0]) == "bedragen in €" and
     scale_statement(RV.find_table(DS)[0]) == "bedragen x € 1.000")
pr = [m for p in range(1, RV.npages + 1) for m in re.findall(r"(?:ruim|bijna) € [\d,]+ miljoen", RV.page_text(p))]
feat(DF, f"prose amounts in millions ({pr})", len(pr) >= 3)
feat(DF, "effects on the meerjarenbegroting: kapitaallasten per year, dekking from a reserve, saldo",
     {"Totaal kapitaallasten", "Onttrekking reserve dekking kapitaallasten",
      "Saldo effect op de begroting (nadeel = -)"} <= set(rows_of(RV, DE)))

# ------------------------------------------------------------------------------------- report
print(f"set-ap: {len(CASES['cases'])} cases, {sum(len(turns_of(c)) for c in CASES['cases'])} turns; "
      f"per kind {counts}")
print(f"  same-label turns (seed vs jaarstukken): {n_same_label}; realisatie vs begroting derivations: "
      f"{n_real_vs_begr}; derivations over investment years: {n_invest_years}; refusals: {n_ref}")
for doc, fs in FEAT.items():
    print(f"layout {doc}:")
    for name, good in fs:
        print(f"  [{'x' if good else ' '}] {name}")
print(f"{N} checks, {len(FAIL)} failed")
for f in FAIL[:80]:
    print("FAIL", f)
sys.exit(1 if FAIL else 0)
