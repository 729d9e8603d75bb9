"""Verify set-at against the FINISHED documents only (never imports data.py or the generators).

1. Format: cases.yaml follows /work/shared/evals/FORMAT.md v1 (keys, kinds, units, no `signed`), ids follow the
   at-* scheme, every figure turn names its body (question, an earlier turn or the case scope), no "volgend/vorig
   jaar", most first figure turns name a year or a document, the header says the new documents are fictional,
   computed and sign cases carry their comment; the manifest lists six documents with file/municipality/year/type/
   title, the four existing ones byte-identical to /work/main/corpus with their metadata, the new ones under the
   municipality names of their body.
2. Figures: every expected and accepted value is re-located at its recorded place (new PDFs: table cell by caption,
   pages, continuation, group, row, column, printed text, scale statement and scale, first label line,
   `pdftotext -layout` line, section; prose: the sentence, its pages and section; real Wassenaar begroting: page,
   anchor, row line, token, header line; real Dinkelland text: anchor, line, token, header), derivations recomputed,
   "other" printings re-located and kept out of value/accept; coverage counts (cross-document year questions,
   computed figures, sign conventions, the figure kinds the brief asks for).
3. Refusals: the recorded absence rules hold and together cover all six documents.
4. Text: passage at its place, every include group inside it.  which: candidates re-located and distinct, one
   include group per candidate naming its printed figure, no municipality condition, no document named.  any: the
   excludes are absent from the own document.
5. The printed figures of both new documents add up (read from the PDFs), and the primitieve begroting of the
   jaarstukken equals the real Begroting 2024 for P1, P2, P4 (and differs for P3, P5).
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

from extract import Jaarstukken, Programmabegroting, RealPdf, RealText, clean, parse_num

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
BODY = {f: DOCS[f]["municipality"] for f in DOCS}
WA, DK = "Wassenaar", "Dinkelland"
WF = [f for f in NEW if BODY[f] == WA][0]
DF = [f for f in NEW if BODY[f] == DK][0]
RWF = [f for f in OLD if BODY[f] == WA][0]
RDF = [f for f in OLD if BODY[f] == DK][0]
ok(DOCS[WF]["type"] == "jaarstukken" and DOCS[WF]["year"] == 2024 and DOCS[WF]["title"] == "Jaarstukken 2024",
   "new Wassenaar document: jaarstukken 2024")
ok(DOCS[DF]["type"] == "begroting" and DOCS[DF]["year"] == 2023, "new Dinkelland document: begroting 2023")
ok(BODY[WF] in {o["municipality"] for o in orig} and BODY[DF] in {o["municipality"] for o in orig},
   "the new documents use the municipality names of existing entries")
JS, PB = Jaarstukken(CORPUS / WF), Programmabegroting(CORPUS / DF)
RW, RD = RealPdf(CORPUS / RWF), RealText(CORPUS / RDF)
DOC = {WF: JS, DF: PB}
ALIASES = {WA: ["wassenaar"], DK: ["dinkelland"], "Twenterand": ["twenterand"],
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
COMMENTS: dict[str, str] = {}
_buf = []
for ln in raw.splitlines()[1:]:
    if ln.startswith("#"):
        _buf.append(ln[1:].strip())
    elif ln.startswith("- id: "):
        COMMENTS[ln[6:].strip()] = " ".join(_buf)
        _buf = []
    elif ln.strip() and not ln.startswith(" ") and not ln.startswith("version") and not ln.startswith("cases"):
        _buf = []

# ------------------------------------------------------------------------------------- 1. format
ok(set(CASES) == {"version", "cases"} and CASES["version"] == 1, "version 1 + cases")
ids = [c["id"] for c in CASES["cases"]]
ok(len(ids) == len(set(ids)), "unique ids")
ok(set(ids) == set(PROV), "provenance covers exactly the case ids")
ok(all(re.fullmatch(r"at-(w|d)-(\d\d|conv-\d\d|tekst-\d\d|welke-\d\d|any-\d\d)|at-x-weiger-\d\d", i) for i in ids),
   "ids follow at-w-*/at-d-*/at-x-weiger-*/*-conv-*/*-tekst-*/*-welke-*/*-any-*")
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
CASE_KEYS = {"id", "question", "municipality", "kind", "expect", "turns"}
TURN_KEYS = {"question", "kind", "expect"}
UNITS = {"EUR", "count", "percent", "grade"}
DOCWORDS = r"(?i)jaarstukken|jaarrekening|jaarverslag|begroting|meerjarenraming|balans"


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
            ok(isinstance(e.get("value"), (int, float)) and "municipality" in e and "unit" in e,
               f"{tid}: figure value+unit+municipality")
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
n_cases, n_turns = len(CASES["cases"]), sum(len(turns_of(c)) for c in CASES["cases"])
ok(55 <= n_cases <= 66 and 64 <= n_turns <= 78, f"about 60 cases / 70 turns ({n_cases}/{n_turns})")


# ------------------------------------------------------------------------------------- 2. figures
def scale_statement(parts):
    for s in [parts[0]["caption"] or ""] + parts[0]["cols"]:
        m = re.search(r"bedragen x € 1\.000|bedragen in €", s, re.I)
        if m:
            return m.group(0)
    return None


def scale_of(stmt, printed):
    if stmt is None or "%" in printed:
        return 1
    return 1000 if re.search(r"x\s*€\s*1\.000", stmt) else 1


def relocate(src, tid):
    k = src["kind"]
    try:
        if k == "cell":
            D = DOC[src["document"]]
            parts = D.find_table(src["table"])
            ok(parts[0]["caption"] == src["table"], f"{tid}: caption {src['table']!r}")
            ok([p_["page"] for p_ in parts] == src["table_pages"], f"{tid}: pages of {src['table']!r}")
            c = D.cell(src["table"], src["row"], src["column"], src["group"])
            ok(c["page"] == src["page"] and c["printed"] == src["printed"] and c["group"] == src["group"] and
               c["continued"] == src["continued"] and c["label_first_line"] == src["label_first_line"],
               f"{tid}: cell {src['row']!r}/{src['column']!r} printed {c['printed']!r} on p{c['page']}")
            stmt = scale_statement(parts)
            ok(stmt == src["scale_statement"] and scale_of(stmt, c["printed"]) == src["scale"],
               f"{tid}: scale statement {stmt!r} and scale")
            ok(D.layout_line(src["page"], src["label_first_line"], src["printed"]) == src["layout_line"],
               f"{tid}: pdftotext -layout line of page {src['page']}")
            ok(D.section_at(src["page"], c["top"]) == src["section"], f"{tid}: section {src['section']!r}")
            v = parse_num(c["printed"]) * src["scale"]
        elif k == "prose":
            D = DOC[src["document"]]
            pages = D.prose(src["prose"])
            ok(pages == src["pages"] and pages[0] == src["page"] and D.prose_count(src["prose"]) == 1,
               f"{tid}: prose {src['prose'][:50]!r} once, on {pages}")
            ok(src["printed"] in src["prose"], f"{tid}: printed text in the prose")
            ok(D.section_at(src["page"], D.prose_top(src["page"], src["prose"])) == src["section"],
               f"{tid}: prose section")
            v = parse_num(src["printed"]) * src["scale"]
        elif k == "real_pdf":
            f = None
            # the anchor may sit on the page before the row's page
            for pg in (src["page"], src["page"] - 1):
                try:
                    f = RW.figure(pg, src["anchor"], src["row"], src["token"])
                    break
                except (LookupError, IndexError):
                    continue
            ok(f is not None and f["page"] == src["page"] and f["line"] == src["line"] and
               f["token"] == src["printed"], f"{tid}: real begroting line {src['row']!r} p{src['page']}")
            ok(f is not None and any(re.search(src["header"], b) for b in f["between"]),
               f"{tid}: real begroting header /{src['header']}/")
            v = parse_num(src["printed"]) * src["scale"]
        elif k == "real_text":
            f = RD.figure(src["anchor"], src["line_regex"], src["token_regex"])
            ok(f["line_no"] == src["line_no"] and f["line"] == src["line"] and f["token"] == src["printed"],
               f"{tid}: real Dinkelland line {src['line_regex']!r}")
            if src.get("header"):
                ok(re.search(src["header"], clean(RD.lines_[f["anchor_line_no"] - 1])),
                   f"{tid}: real Dinkelland header /{src['header']}/")
            v = parse_num(src["printed"]) * src["scale"]
        else:
            ok(False, f"{tid}: unknown source kind {k}")
            return None
    except (LookupError, ValueError, StopIteration, IndexError) as ex:
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
    v = {"add": lambda: sum(x), "sum": lambda: sum(vals), "abs_sub": lambda: abs(x[0] - x[1]),
         "pct": lambda: round(100 * (x[0] - x[1]) / x[1], 2), "share": lambda: round(100 * x[0] / x[1], 2)}[op]()
    ok(abs(v - a["value"]) < 0.006, f"{tid}: derivation {a['derivation']} recomputes to {v}")
    nums = re.findall(r"\d[\d.]*(?:,\d+)?", a["derivation"].split("=")[0].replace("100 ×", ""))
    ok(len(nums) >= len(vals), f"{tid}: derivation names every cell")
    return v


REAL = {RWF, RDF}
n_cross, n_comp, n_paren, n_minus, n_prose_only, n_fig = 0, 0, 0, 0, 0, {WF: 0, DF: 0}
kinds_seen: set[str] = set()
for c in CASES["cases"]:
    for i, t in enumerate(turns_of(c)):
        tid = f"{c['id']}#{i}"
        pv = PROV[c["id"]][i]
        e = t.get("expect", {})
        if pv["kind"] != "figure":
            continue
        v = recompute(pv["main"], tid)
        ok(v is not None and abs(abs(v) - abs(e["value"])) <= 1e-6, f"{tid}: expected value {e['value']} vs {v}")
        ok(v is None or "derivation" in pv["main"] or v == e["value"], f"{tid}: printed sign kept ({e['value']})")
        ok(float(e["value"]).is_integer() or e.get("unit") in ("percent", "count", "grade"),
           f"{tid}: whole euros")
        for a in pv["accept"]:
            va = recompute(a, tid + " accept")
            ok(va is not None and any(abs(abs(va) - abs(x)) <= 1e-6 for x in e.get("accept", [e["value"]])),
               f"{tid}: accepted {va} listed")
        for x in e.get("accept", []):
            ok(any(abs(abs(x) - abs(y["value"])) < 1e-6 for y in [pv["main"]] + pv["accept"]), f"{tid}: accept {x} sourced")
        srcs = [s for a in [pv["main"]] + pv["accept"] for s in a["sources"]]
        ok(all(BODY[s["document"]] == e["municipality"] for s in srcs), f"{tid}: cited documents belong to the body")
        allowed = [abs(e["value"])] + [abs(x) for x in e.get("accept", [])]
        tol = e.get("tolerance", 0)
        for s in pv["other"]:
            vo = relocate(s, tid + " other")
            ok(BODY[s["document"]] == e["municipality"], f"{tid}: other printing belongs to the body")
            ok(vo is not None and all(abs(abs(vo) - a) > max(tol, 1e-6) for a in allowed),
               f"{tid}: other value {vo} kept out of value/accept")
        docs_all = {s["document"] for s in srcs + pv["other"]}
        if docs_all & REAL and docs_all & set(NEW):
            n_cross += 1
            cm = COMMENTS.get(c["id"], "")
            ok(re.search(r"(?i)real begroting|both documents|jaarstukken|programmabegroting", cm),
               f"{tid}: a cross-document case says in a comment which document the value comes from")
        main_src = pv["main"]["sources"]
        n_fig[[s["document"] for s in main_src if s["document"] in NEW][0] if any(
            s["document"] in NEW for s in main_src) else WF] += 1
        if "derivation" in pv["main"]:
            n_comp += 1
            ok(pv["main"]["derivation"] in COMMENTS.get(c["id"], ""), f"{tid}: derivation written in a comment")
        if len(main_src) == 1:
            pr = main_src[0]["printed"]
            if pr.startswith("(") and pr.endswith(")"):
                n_paren += 1
                ok(re.search(r"(?i)parenthes", COMMENTS.get(c["id"], "")), f"{tid}: the (1.234) convention in a comment")
            if re.match(r"^(€ )?-\d", pr) and main_src[0]["kind"] == "cell":
                n_minus += 1
                ok(re.search(r"(?i)sign|nadeel|nadelig|convention", COMMENTS.get(c["id"], "")),
                   f"{tid}: the sign convention in a comment")
            if main_src[0]["kind"] == "prose" and not pv["accept"]:
                n_prose_only += 1
                ok(not any(str(s.get("printed")) == pr for a in pv["accept"] for s in a["sources"]),
                   f"{tid}: prose-only figure")
        for s in main_src:
            if s["kind"] == "cell":
                kinds_seen.add(f"{s['document']}|{s['table']}|{s['column']}")
ok(n_cross >= 6, f"at least 6 figure turns on a year both a real and a new document hold ({n_cross})")
ok(n_comp >= 4, f"at least 4 computed figures ({n_comp})")
ok(n_paren >= 1 and n_minus >= 3, f"sign cases: parentheses {n_paren}, minus {n_minus}")
ok(n_prose_only >= 2, f"figures printed only in prose ({n_prose_only})")
ok(18 <= n_fig[WF] <= 28 and 18 <= n_fig[DF] <= 28, f"roughly 22 figure turns per new document ({n_fig})")
KS = " ".join(kinds_seen)
for what, pat in [("realised lasten of a programme", r"Baten en lasten P\d.*\|Rekening 2024"),
                  ("printed Verschil", r"\|Verschil\b"), ("gerealiseerd resultaat", r"Resultaat 2024 .*\|Rekening 2024"),
                  ("balance item", r"Balans per 31 december.*\|31-12-2024"), ("reserve end 2024", r"\|Stand 31-12-2024"),
                  ("kengetal", r"kengetallen.*\|(Rekening|Begroting) 2024"), ("OZB tarief", r"onroerendezaakbelastingen\|"),
                  ("woonlasten", r"Woonlasten eigenaar-bewoner\|"), ("investering krediet", r"Investeringen 2023\|Krediet"),
                  ("ontwikkeling per year", r"Ontwikkelingen .*\|Meerjarenraming 20\d\d"),
                  ("indicator Dinkelland", r"Beleidsindicatoren .*\|Dinkelland"),
                  ("indicator Nederland", r"Beleidsindicatoren .*\|Nederland")]:
    ok(re.search(pat, KS), f"coverage: {what}")

# ------------------------------------------------------------------------------------- 3. refusals


def docs_of(spec):
    if spec == "*":
        return list(DOCS)
    return list(spec) if isinstance(spec, list) else [spec]


def all_tables(f):
    return [part for ts in DOC[f].all_tables() for part in ts]


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
            else:
                ok(False, f"{tid}: unknown rule {rule}")
        ok(covered == set(DOCS), f"{tid}: absence rules cover all six documents ({sorted(set(DOCS) - covered)})")
ok(8 <= n_ref <= 10, f"8-10 refusals ({n_ref})")

# ------------------------------------------------------------------------------------- 4. text, which, any
n_text, n_which, n_any = 0, 0, 0
for c in CASES["cases"]:
    for i, t in enumerate(turns_of(c)):
        tid = f"{c['id']}#{i}"
        pv = PROV[c["id"]][i]
        e = t.get("expect", {})
        if pv["kind"] == "text":
            n_text += 1
            ok(re.search(r"-tekst-", c["id"]), f"{tid}: text id")
            w = pv["where"]
            f = w["document"]
            D = DOC.get(f)
            ok(f in NEW, f"{tid}: passage from a new document")
            ok(D.prose(w["passage"]) == w["pages"] and w["pages"][0] == w["page"] and
               D.prose_count(w["passage"]) == 1 and
               D.section_at(w["page"], D.prose_top(w["page"], w["passage"])) == w["section"],
               f"{tid}: passage on page {w['page']} in {w['section']!r}")
            ok(BODY[f] == e["municipality"], f"{tid}: passage document belongs to the body")
            hay = w["passage"].lower()
            for g in e["include"]:
                items = g if isinstance(g, list) else [g]
                ok(any(x.lower() in hay for x in items), f"{tid}: include {items} in the passage")
        elif pv["kind"] == "which":
            n_which += 1
            ok(re.search(r"-welke-", c["id"]) and t["kind"] == "text", f"{tid}: which-case id and kind")
            vals = [relocate(s, tid + " cand") for s in pv["candidates"]]
            ok(len(vals) >= 2 and len({abs(v) for v in vals if v is not None}) == len(vals),
               f"{tid}: distinct candidates")
            ok(len(e["include"]) == len(pv["candidates"]), f"{tid}: one include group per candidate")
            ok("municipality" not in e, f"{tid}: which-case carries no municipality condition")
            ok(not re.search(r"(?i)\b(volgens|in) (de|het) (jaarstukken|jaarrekening|begroting|programmabegroting)",
                             t["question"]), f"{tid}: the question names no document")
            flat = [x for g in e["include"] for x in (g if isinstance(g, list) else [g])]
            ok(len(flat) == len(set(flat)), f"{tid}: no rendering shared by two candidates")
            for s, g in zip(pv["candidates"], e["include"]):
                g = g if isinstance(g, list) else [g]
                pr = s["printed"].replace("€ ", "").strip("()").lstrip("-")
                ok(pr in g, f"{tid}: include group {g} names the printed {s['printed']!r}")
        elif pv["kind"] == "any":
            n_any += 1
            for x in e["exclude"]:
                ok(x.lower() not in TEXT[pv["exclude_absent_in"]].lower(), f"{tid}: exclude {x!r} absent from own doc")
            ok(BODY[pv["exclude_absent_in"]] == e["municipality"], f"{tid}: own document belongs to the body")
ok(8 <= n_text <= 10 and 2 <= n_which <= 3 and n_any == 2, f"text {n_text}, which {n_which}, any {n_any}")


# ------------------------------------------------------------------------------------- 5. the figures add up
def num(s):
    v = parse_num(s) if s not in (None, "", "-") else 0
    return 0 if v is None else v


def rows(D, cap, group=None):
    return {r["label"]: r for r in D.table_rows(cap) if not r["is_group"] and (group is None or r["group"] == group)}


def col(D, cap, row, c, group=None):
    return num(rows(D, cap, group)[row]["cells"][c])


PROGS = ["P1 Veiligheid en Handhaving", "P2 Mens en Maatschappij", "P3 Bestuur en middelen",
         "P4 Fysieke leefomgeving", "P5 Natuur, klimaat en Mobiliteit"]
PRIM, NW, REK, VER = "Begroting 2024 primitief", "Begroting 2024 na wijziging", "Rekening 2024", "Verschil"
C3 = (PRIM, NW, REK)
REAL_BL = {PROGS[0]: (15, "Tabel 1.2 - Baten en lasten P1"), PROGS[1]: (29, "Tabel 2.3 - Baten en lasten P2"),
           PROGS[2]: (39, "Tabel 3.3 - Baten en lasten P3"), PROGS[3]: (51, "Tabel 4.3 - Baten en lasten P4"),
           PROGS[4]: (62, "Tabel 5.3 - Baten en lasten P5")}
try:
    OBL = "Overzicht van baten en lasten 2024"
    for p in PROGS:
        cap = f"Baten en lasten {p}"
        R = rows(JS, cap)
        for cc in C3:
            g = lambda r: num(R[r]["cells"][cc])  # noqa: E731
            ok(abs(g("Baten") + g("Lasten") - g("Saldo van baten en lasten")) <= 1, f"{p} {cc}: baten + lasten = saldo")
            ok(abs(g("Onttrekking reserves") + g("Toevoeging reserves") - g("Mutaties reserves")) <= 1,
               f"{p} {cc}: onttrekking + toevoeging = mutaties")
            ok(abs(g("Saldo van baten en lasten") + g("Mutaties reserves") - g("Resultaat")) <= 1,
               f"{p} {cc}: saldo + mutaties = resultaat")
            ok(g("Baten") == col(JS, OBL, p, cc, "Baten") and g("Lasten") == col(JS, OBL, p, cc, "Lasten"),
               f"{p} {cc}: programme table = tabel 7.2")
        for r in R.values():
            ok(abs(num(r["cells"][REK]) - num(r["cells"][NW]) - num(r["cells"][VER])) <= 1,
               f"{p} {r['label']}: Verschil = Rekening - na wijziging")
        pg, anc = REAL_BL[p]
        rb = parse_num(RW.figure(pg, anc, "Baten", 2)["token"])
        rl = parse_num(RW.figure(pg, anc, "Lasten", 2)["token"])
        ok(num(R["Baten"]["cells"][PRIM]) == rb, f"{p}: primitieve baten = real Begroting 2024 ({rb})")
        same = num(R["Lasten"]["cells"][PRIM]) == rl
        ok(same == (p[:2] in ("P1", "P2", "P4")), f"{p}: primitieve lasten {'=' if same else '!='} real ({rl})")
        an = rows(JS, f"Analyse afwijkingen {p}")
        items = [r for lab, r in an.items() if not lab.startswith("Totaal")]
        sv = sum(num(r["cells"]["Bedrag"]) * (1 if r["cells"]["V/N"] == "V" else -1) for r in items)
        tot = an["Totaal verschil saldo van baten en lasten"]
        tv = num(tot["cells"]["Bedrag"]) * (1 if tot["cells"]["V/N"] == "V" else -1)
        ok(sv == tv and tv == num(R["Saldo van baten en lasten"]["cells"][VER]),
           f"{p}: analysis items add up to the Verschil on the saldo ({sv}, {tv})")
        ok(all(r["cells"]["I/S"] in ("I", "S") and r["cells"]["V/N"] in ("V", "N") for r in items),
           f"{p}: analysis V/N and I/S columns")
    O = rows(JS, OBL)
    for cc in C3:
        tb = sum(col(JS, OBL, p, cc, "Baten") for p in PROGS)
        tl = sum(col(JS, OBL, p, cc, "Lasten") for p in PROGS)
        ok(abs(tb - num(O["Totaal baten"]["cells"][cc])) <= 2 and abs(tl - num(O["Totaal lasten"]["cells"][cc])) <= 2,
           f"7.2 {cc}: totals")
        ok(abs(num(O["Totaal baten"]["cells"][cc]) + num(O["Totaal lasten"]["cells"][cc]) -
               num(O["Gerealiseerd totaal saldo van baten en lasten"]["cells"][cc])) <= 1, f"7.2 {cc}: saldo")
        ok(abs(num(O["Onttrekkingen aan reserves"]["cells"][cc]) + num(O["Toevoegingen aan reserves"]["cells"][cc]) -
               num(O["Mutaties reserves"]["cells"][cc])) <= 1, f"7.2 {cc}: mutaties")
        ok(abs(num(O["Gerealiseerd totaal saldo van baten en lasten"]["cells"][cc]) +
               num(O["Mutaties reserves"]["cells"][cc]) - num(O["Gerealiseerd resultaat"]["cells"][cc])) <= 1,
           f"7.2 {cc}: resultaat")
    ok(num(O["Gerealiseerd resultaat"]["cells"][PRIM]) ==
       parse_num(RW.figure(111, "Tabel 12.2 - Meerjarenperspectief", "Geraamde resultaat", 2)["token"]),
       "7.2: primitief resultaat = real geraamd resultaat 2024")
    RS = rows(JS, "Resultaat 2024 (bedragen in €)")
    for cc in (NW, REK):
        ok(num(RS["Gerealiseerd totaal saldo van baten en lasten"]["cells"][cc]) + num(RS["Mutaties reserves"]["cells"][cc])
           == num(RS["Gerealiseerd resultaat"]["cells"][cc]), f"7.1 {cc}: saldo + mutaties = resultaat (euros)")
        ok(round(num(RS["Gerealiseerd resultaat"]["cells"][cc]) / 1000) == num(O["Gerealiseerd resultaat"]["cells"][cc]),
           f"7.1 {cc}: = tabel 7.2 x € 1.000")
    TVC = "Lasten en baten per taakveld P2 Mens en Maatschappij"
    TL, TB = rows(JS, TVC, "Lasten"), rows(JS, TVC, "Baten")
    real_tv = {}
    for lab in TL:
        if lab.startswith("Totaal"):
            continue
        try:
            real_tv[lab] = parse_num(RW.figure(115, "Programma:P2 Mens en Maatschappij", lab.replace(" (WMO)", "")
                                               .split(" ")[0], 1)["token"])
        except (LookupError, IndexError):
            real_tv[lab] = None
    for cc in C3:
        for grp_rows, tot in ((TL, "Totaal lasten"), (TB, "Totaal baten")):
            s = sum(num(r["cells"][cc]) for lab, r in grp_rows.items() if not lab.startswith("Totaal"))
            ok(abs(s - num(grp_rows[tot]["cells"][cc])) <= len(grp_rows) / 2, f"taakvelden {tot} {cc}: {s}")
        ok(num(TL["Totaal lasten"]["cells"][cc]) == col(JS, "Baten en lasten P2 Mens en Maatschappij", "Lasten", cc),
           f"taakvelden {cc}: totaal lasten = programme lasten")
    n_eq = sum(1 for lab, v in real_tv.items() if v is not None and round(v / 1000) == num(TL[lab]["cells"][PRIM]))
    ok(n_eq == len([x for x in TL if not x.startswith("Totaal")]),
       f"taakvelden: the primitief column = the real tabel 12.5 rounded ({n_eq}/{len(TL) - 1})")
    RVC = "Verloop reserves 2024"
    RR = rows(JS, RVC)
    for lab, r in RR.items():
        g = lambda c_: num(r["cells"][c_])  # noqa: E731
        ok(abs(g("Stand 1-1-2024") + g("Toevoegingen") + g("Onttrekkingen") - g("Stand 31-12-2024")) <= 1,
           f"reserve {lab}: stand 1-1 + toevoegingen + onttrekkingen = stand 31-12")
    ok(abs(num(RR["Totaal reserves"]["cells"]["Toevoegingen"]) + num(O["Toevoegingen aan reserves"]["cells"][REK])) <= 1
       and abs(num(RR["Totaal reserves"]["cells"]["Onttrekkingen"]) + num(O["Onttrekkingen aan reserves"]["cells"][REK]))
       <= 1, "reserves: movements = the mutaties in tabel 7.2")
    B = rows(JS, "Balans per 31 december")
    for cc in ("31-12-2024", "31-12-2023"):
        g = lambda lab: num(B[lab]["cells"][cc])  # noqa: E731
        ok(g("Totaal activa") == g("Totaal passiva"), f"balans {cc}: activa = passiva")
        ok(abs(g("- Algemene reserves") + g("- Bestemmingsreserves") + g("- Gerealiseerd resultaat") -
               g("Eigen vermogen")) <= 1, f"balans {cc}: eigen vermogen")
        va = g("Totaal vaste activa") + g("Totaal vlottende activa")
        ok(abs(va - g("Totaal activa")) <= 1, f"balans {cc}: activa add up")
        ok(abs(g("Totaal vaste passiva") + g("Totaal vlottende passiva") - g("Totaal passiva")) <= 1,
           f"balans {cc}: passiva add up")
    ok(num(B["- Gerealiseerd resultaat"]["cells"]["31-12-2024"]) == num(O["Gerealiseerd resultaat"]["cells"][REK]),
       "balans: resultaat = tabel 7.2")
    ok(abs(num(B["- Algemene reserves"]["cells"]["31-12-2024"]) -
           num(RR["Totaal algemene reserves"]["cells"]["Stand 31-12-2024"])) <= 1 and
       abs(num(B["- Bestemmingsreserves"]["cells"]["31-12-2024"]) -
           num(RR["Totaal bestemmingsreserves"]["cells"]["Stand 31-12-2024"])) <= 1, "balans: reserves = tabel 7.4")
    K = rows(JS, "Overzicht kengetallen gemeente Wassenaar")
    for cc, bc in (("Rekening 2024", "31-12-2024"), ("Rekening 2023", "31-12-2023")):
        solv = 100 * num(B["Eigen vermogen"]["cells"][bc]) / num(B["Totaal passiva"]["cells"][bc])
        ok(abs(solv - num(K["2. Solvabiliteitsratio"]["cells"][cc])) <= 0.6, f"kengetal solvabiliteit {cc} = balans")
    for lab, real_lab in (("1a. Netto schuldquote", "1a. Netto schuldquote"), ("2. Solvabiliteitsratio",
                                                                               "2. Solvabiliteitsratio"),
                          ("5. Belastingcapaciteit", "5. Belastingcapaciteit")):
        ok(num(K[lab]["cells"]["Begroting 2024"]) ==
           parse_num(RW.figure(82, "Tabel 8.3 Overzicht kengetallen", real_lab, 2)["token"]),
           f"kengetal {lab}: Begroting 2024 = real tabel 8.3")
    E = rows(JS, "Effectindicatoren P2 Mens en Maatschappij")
    ok(num(E["Aantal inwoners met bijstandsuitkering per 1.000 inwoners"]["cells"]["Streefwaarde 2024"]) ==
       parse_num(RW.figure(28, "Tabel 2.1 - Effectindicatoren P2", "bijstandsuitkering per 1.000", 1)["token"]),
       "effectindicator streefwaarde 2024 = real tabel 2.1")
    for cap in ("Bijdragen aan verbonden partijen 2024", "Opbrengst lokale heffingen 2024"):
        T = rows(JS, cap)
        for cc in (NW, REK):
            ok(sum(num(r["cells"][cc]) for lab, r in T.items() if lab != "Totaal") == num(T["Totaal"]["cells"][cc]),
               f"{cap} {cc}: total")
except (LookupError, KeyError, IndexError) as ex:
    ok(False, f"Wassenaar add-ups: {ex!r}")

# Dinkelland
AMB = ["Inclusieve samenleving", "Vitale en leefbare kernen", "Duurzaam Dinkelland", "Basisbegroting"]
DC = ["Rekening 2021", "Begroting 2022", "Begroting 2023", "Meerjarenraming 2024", "Meerjarenraming 2025",
      "Meerjarenraming 2026"]
try:
    F = "Overzicht van baten en lasten"
    FL, FBt, FA = rows(PB, F, "Lasten"), rows(PB, F, "Baten"), rows(PB, F)
    for a in AMB:
        K_ = rows(PB, f"Wat mag het kosten? {a}")
        for cc in DC:
            ok(num(K_["Baten"]["cells"][cc]) - num(K_["Lasten"]["cells"][cc]) ==
               num(K_["Saldo (- = nadelig)"]["cells"][cc]), f"{a} {cc}: saldo = baten - lasten")
        for cc in DC[2:]:
            ok(num(K_["Lasten"]["cells"][cc]) == num(FL[a]["cells"][cc]) and
               num(K_["Baten"]["cells"][cc]) == num(FBt[a]["cells"][cc]), f"{a} {cc}: = tabel 8.1")
    FB1 = rows(PB, "Meerjarig financieel beeld")
    for cc in DC[2:]:
        ok(sum(num(FL[a]["cells"][cc]) for a in AMB) == num(FL["Totaal lasten"]["cells"][cc]), f"8.1 {cc}: lasten")
        ok(sum(num(FBt[a]["cells"][cc]) for a in AMB) == num(FBt["Totaal baten"]["cells"][cc]), f"8.1 {cc}: baten")
        sal = num(FA["Totaal baten"]["cells"][cc]) - num(FA["Totaal lasten"]["cells"][cc])
        ok(sal == num(FA["Saldo van baten en lasten"]["cells"][cc]), f"8.1 {cc}: saldo")
        ok(sal + num(FA["Mutaties reserves (+ = onttrekking)"]["cells"][cc]) == num(FA["Saldo begroting"]["cells"][cc]),
           f"8.1 {cc}: saldo begroting")
        ok(num(FB1["Saldo begroting (+ = voordelig)"]["cells"][cc]) == num(FA["Saldo begroting"]["cells"][cc]),
           f"1.1 {cc}: = tabel 8.1")
    for a in AMB[:3]:
        T = rows(PB, f"Ontwikkelingen {a}")
        for cc in ("Begroting 2023 Bedrag", "Meerjarenraming 2024", "Meerjarenraming 2025", "Meerjarenraming 2026"):
            ok(sum(num(r["cells"][cc]) for lab, r in T.items() if not lab.startswith("Totaal")) ==
               num(T["Totaal ontwikkelingen"]["cells"][cc]), f"ontwikkelingen {a} {cc}: total")
        ok(all(r["cells"]["Begroting 2023 S/I"] in ("S", "I") for lab, r in T.items() if not lab.startswith("Totaal")),
           f"ontwikkelingen {a}: S/I")
    I = rows(PB, "Investeringen 2023")
    for lab, r in I.items():
        if lab == "Totaal":
            continue
        kr, term = num(r["cells"]["Krediet"]), int(r["cells"]["Afschrijvingstermijn"].split()[0])
        ok(abs(kr / term + 0.015 * kr - num(r["cells"]["Kapitaallasten eerste volle jaar"])) < 0.5,
           f"investering {lab}: kapitaallasten = krediet / termijn + 1,5% rente")
    for cc in ("Krediet", "Kapitaallasten eerste volle jaar"):
        ok(sum(num(r["cells"][cc]) for lab, r in I.items() if lab != "Totaal") == num(I["Totaal"]["cells"][cc]),
           f"investeringen {cc}: total")
    OZ = rows(PB, "Tarieven onroerendezaakbelastingen")
    HE = rows(PB, "Afvalstoffenheffing en rioolheffing per huishouden")
    WLT = rows(PB, "Woonlasten eigenaar-bewoner")
    woz = [int(x.replace(".", "")) for x in re.findall(r"€ ([\d.]+) in 202[23]",
                                                       PB._flow()[0][PB._flow()[0].find("gemiddelde WOZ-waarde:"):][:120])]
    ok(len(woz) == 2, "woonlasten: the gemiddelde WOZ-waarden are printed")
    for j, y in enumerate(("2022", "2023")):
        ozb = num(OZ["Woningen eigenaar"]["cells"][y]) / 100 * woz[j]
        for hh in ("Eenpersoonshuishouden", "Meerpersoonshuishouden"):
            c_ = f"{hh} {y}"
            ok(abs(ozb - num(WLT["OZB eigenaar woning"]["cells"][c_])) < 0.5, f"woonlasten {c_}: OZB = tarief × WOZ")
            ok(num(WLT["Afvalstoffenheffing"]["cells"][c_]) == num(HE[f"Afvalstoffenheffing {hh.lower()}"]["cells"][y])
               and num(WLT["Rioolheffing"]["cells"][c_]) == num(HE["Rioolheffing per huishouden"]["cells"][y]),
               f"woonlasten {c_}: = tabel 7.2")
            ok(sum(num(WLT[x]["cells"][c_]) for x in ("OZB eigenaar woning", "Afvalstoffenheffing", "Rioolheffing")) ==
               num(WLT["Totaal woonlasten"]["cells"][c_]), f"woonlasten {c_}: total")
    for lab, r in HE.items():
        a, b = num(r["cells"]["2022"]), num(r["cells"]["2023"])
        ok(round(100 * (b - a) / a, 1) == num(r["cells"]["Wijziging in %"]), f"heffing {lab}: wijziging in %")
except (LookupError, KeyError, IndexError, ValueError) as ex:
    ok(False, f"Dinkelland add-ups: {ex!r}")

# ------------------------------------------------------------------------------------- 6. layout features
FEAT: list[tuple[str, str, bool]] = []


def feat(doc, name, cond):
    FEAT.append((doc, name, bool(cond)))
    ok(cond, f"layout {doc}: {name}")


def info(f):
    out = subprocess.run(["pdfinfo", str(CORPUS / f)], capture_output=True, text=True).stdout
    return dict(re.findall(r"^(\w[\w ]*?):\s+(.*)$", out, re.M))


wi, di = info(WF), info(DF)
WT = [ts for ts in JS.all_tables()]
feat("W", f"{JS.npages} pages (20-28)", 20 <= JS.npages <= 28)
feat("W", f"word-processor PDF (Producer {wi.get('Producer')!r}, from a .docx)", "LibreOffice" in wi.get("Producer", ""))
bars = [h for h in JS.headings() if h[2] == 1]
olive = []
for hp, ht, lv, txt in bars:
    ln = [x for x in JS.body_lines(hp) if abs(x["top"] - ht) < 0.1][0]
    olive.append(JS.fill_at(hp, (ln["x0"] + ln["x1"]) / 2, (ln["top"] + ln["bottom"]) / 2))
feat("W", f"olive heading bars with white text as in the real begroting ({len(bars)} level-1 bars)",
     bars and all(c and abs(c[0] - 0.463) < 0.02 and abs(c[1] - 0.573) < 0.02 for c in olive))
secs = {h[3] for h in JS.headings()}
feat("W", "every programme has 'Wat hebben we bereikt?' and 'Wat heeft het gekost?'",
     all(any(JS.section_at(p_, t_).startswith(p) and JS.section_at(p_, t_).endswith(s)
             for p_, t_, lv, txt in JS.headings() if txt == s) for p in PROGS
         for s in ("Wat hebben we bereikt?", "Wat heeft het gekost?")))
blt = [ts for ts in WT if re.search(r"Baten en lasten P\d", ts[0]["caption"] or "")]
feat("W", "programme tables 'Begroting 2024 primitief / na wijziging / Rekening 2024 / Verschil' x € 1.000",
     len(blt) == 5 and all(ts[0]["cols"][1:] == [PRIM, NW, REK, VER] and "x € 1.000" in ts[0]["cols"][0] for ts in blt))
feat("W", "negatives printed '-1.234' in the programme tables",
     all(any(re.match(r"^-\d", v) for r in ts[0]["rows"] for v in r["cells"].values()) for ts in blt))
pt = JS.find_table(OBL)
feat("W", "negatives printed '(1.234)' in tabel 7.2 (overzicht van baten en lasten) and 7.4 (reserves)",
     any(re.fullmatch(r"\([\d.]+\)", v) for r in pt[0]["rows"] for v in r["cells"].values()) and
     any(re.fullmatch(r"\([\d.]+\)", v) for r in JS.find_table(RVC)[0]["rows"] for v in r["cells"].values()) and
     not any(re.match(r"^-\d", v) for r in pt[0]["rows"] for v in r["cells"].values()))
ant = [ts for ts in WT if (ts[0]["caption"] or "").find("Analyse afwijkingen") >= 0]
feat("W", "analysis of deviations per programme: Omschrijving / Bedrag / V/N / I/S",
     len(ant) == 5 and all(ts[0]["cols"] == ["Omschrijving", "Bedrag", "V/N", "I/S"] for ts in ant))
feat("W", "resultaat: gerealiseerd totaal saldo, mutaties reserves, gerealiseerd resultaat",
     [r["label"] for r in JS.table_rows("Resultaat 2024 (bedragen in €)")] ==
     ["Gerealiseerd totaal saldo van baten en lasten", "Mutaties reserves", "Gerealiseerd resultaat"])
feat("W", "balans with 31-12-2024 and 31-12-2023 x € 1.000",
     JS.find_table("Balans per 31 december")[0]["cols"][1:] == ["31-12-2024", "31-12-2023"])
feat("W", "reserves: stand 1-1-2024, toevoegingen, onttrekkingen, stand 31-12-2024",
     JS.find_table(RVC)[0]["cols"][1:] == ["Stand 1-1-2024", "Toevoegingen", "Onttrekkingen", "Stand 31-12-2024"])
kl = [r["label"] for r in JS.table_rows("Overzicht kengetallen gemeente Wassenaar")]
feat("W", "kengetallen (netto schuldquote, solvabiliteit, grondexploitatie, belastingcapaciteit, structurele "
          "exploitatieruimte) with Begroting 2024 and Rekening 2024",
     all(any(x in lab for lab in kl) for x in ("Netto schuldquote", "Solvabiliteitsratio", "Grondexploitatie",
                                                "Belastingcapaciteit", "Structurele exploitatieruimte")) and
     {"Begroting 2024", "Rekening 2024"} <= set(JS.find_table("Overzicht kengetallen")[0]["cols"]))
multi = [ts for ts in WT if len(ts) >= 2]
feat("W", "a table runs over a page break with its header row repeated: " +
     ", ".join(f"{ts[0]['caption'][:40]} (p. {'-'.join(str(p_['page']) for p_ in ts)})" for ts in multi),
     any(len(ts) >= 2 and ts[1]["header_cells"] == ts[0]["header_cells"] and len(ts[1]["rows"]) >= 5 for ts in multi))
fnt = [ts for ts in WT if ts[-1]["footnotes"]]
feat("W", f"footnotes in small type under {len(fnt)} tables",
     len(fnt) >= 3 and all(max(ts[-1]["footnote_sizes"]) < 7.6 for ts in fnt))
feat("W", "key numbers in prose ('het aantal bijstandsuitkeringen daalde van ... naar ...')",
     re.search(r"het aantal bijstandsuitkeringen daalde van \d+ op 1 januari naar \d+", JS._flow()[0]))
toc_ok = True
toc_lines = [ln["text"] for ln in JS.body_lines(2)]
for hp, ht, lv, txt in bars[1:]:
    m = [x for x in toc_lines if x.startswith(txt + ".")]
    toc_ok &= bool(m) and m[0].rstrip().endswith(str(hp))
feat("W", "table of contents with page numbers that match the headings", toc_ok)
feat("W", "running footer with the page number on every page",
     all(str(p_) in JS.running_text(p_).split() and "Jaarstukken 2024" in JS.running_text(p_)
         for p_ in range(1, JS.npages + 1)))
realtext = TEXT[RWF]
feat("W", "programme names and taakveld labels as in the real Begroting 2024",
     all(p in realtext or p.replace("en middelen", "en Middelen") in realtext for p in PROGS) and
     all(lab.split(" ", 1)[1].replace(" (WMO)", "")[:18] in realtext for lab in TL if not lab.startswith("Totaal")))

DT = PB.all_tables()
feat("D", f"{PB.npages} pages (12-18)", 12 <= PB.npages <= 18)
feat("D", f"printed by Chromium from HTML (Producer {di.get('Producer')!r})", "Skia" in di.get("Producer", ""))
bands = PB.bands()
amb_bands = [b for b in bands if b[1].startswith("Ambitie ")]
feat("D", f"a coloured full-width band per ambitie ({len(amb_bands)} ambities, distinct colours)",
     len(amb_bands) == 3 and len({b[2] for b in amb_bands}) == 3 and all(b[3] >= 0.95 * b[4] for b in amb_bands))
merged = []
for ts in DT:
    t0 = ts[0]
    for hr, sp in zip(t0["header_cells"], t0["header_spans"]):
        for txt, s in zip(hr, sp):
            if txt == "Meerjarenraming" and s:
                under = [x for x in t0["col_x"] if s[0] - 0.5 <= (x[0] + x[1]) / 2 <= s[1] + 0.5]
                merged.append(len(under))
feat("D", f"merged header cells: 'Meerjarenraming' spans the year columns in {len(merged)} tables",
     len(merged) >= 5 and all(n_ == 3 for n_ in merged))
amount_tables = [ts for ts in DT if re.search(r"Bedragen in €|\(\+ = nadeel", " ".join(ts[0]["cols"][:1]))
                 or (ts[0]["caption"] or "").endswith("Investeringen 2023")]
cells_ = [v for ts in amount_tables for part in ts for r in part["rows"] for k_, v in r["cells"].items()
          if k_ != part["cols"][0] and re.search(r"\d", v) and not re.fullmatch(r"20\d\d|\d+ jaar", v)]
feat("D", f"whole euros with the euro sign in every amount cell ({len(cells_)} cells in {len(amount_tables)} tables)",
     cells_ and all(re.fullmatch(r"€ -?\d{1,3}(\.\d{3})*", v) for v in cells_))
feat("D", "investeringen: krediet, jaar, kapitaallasten",
     {"Krediet", "Jaar", "Kapitaallasten eerste volle jaar"} <= set(PB.find_table("Investeringen 2023")[0]["cols"]))
feat("D", "ontwikkelingen with structural/incidental amounts (2023 Bedrag + S/I, 2024-2026)",
     all(PB.find_table(f"Ontwikkelingen {a}")[0]["cols"][1:] == ["Begroting 2023 Bedrag", "Begroting 2023 S/I",
                                                                  "Meerjarenraming 2024", "Meerjarenraming 2025",
                                                                  "Meerjarenraming 2026"] for a in AMB[:3]))
feat("D", "beleidsindicatoren: Indicator, Eenheid, Bron, Dinkelland, Nederland",
     PB.find_table("Beleidsindicatoren Inclusieve samenleving")[0]["cols"] ==
     ["Indicator", "Eenheid", "Bron", "Dinkelland", "Nederland"])
oz = PB.find_table("Tarieven onroerendezaakbelastingen")[0]
feat("D", "OZB tarieven (woningen eigenaar, niet-woningen eigenaar/gebruiker) in % with 4 decimals",
     [r["label"] for r in oz["rows"]] == ["Woningen eigenaar", "Niet-woningen eigenaar", "Niet-woningen gebruiker"] and
     all(re.fullmatch(r"0,\d{4}%", v) for r in oz["rows"] for k_, v in r["cells"].items() if k_ != oz["cols"][0]))
he = PB.find_table("Afvalstoffenheffing en rioolheffing per huishouden")[0]
feat("D", "afvalstoffenheffing and rioolheffing per huishouden, 2022, 2023 and the change in percent",
     he["cols"][1:] == ["2022", "2023", "Wijziging in %"] and len(he["rows"]) == 3)
feat("D", "woonlastentabel (eenpersoons/meerpersoons, 2022/2023, merged header)",
     len(PB.find_table("Woonlasten eigenaar-bewoner")[0]["cols"]) == 5)
dmulti = [ts for ts in DT if len(ts) >= 2]
feat("D", "a table runs over a page break with its header repeated: " +
     ", ".join(f"{ts[0]['caption'][:45]} (p. {'-'.join(str(p_['page']) for p_ in ts)})" for ts in dmulti),
     dmulti and all(ts[1]["header_cells"] == ts[0]["header_cells"] for ts in dmulti))
feat("D", "running footer 'pagina n van N'",
     all(PB.running_text(p_).endswith(f"pagina {p_} van {PB.npages}") for p_ in range(1, PB.npages + 1)))
feat("D", "ambitie and doelen wording of the real Begroting 2020 (Langer gezond, Versterken sociale basis, Zorg meer "
          "nabij, Meer inwoners kunnen meedoen)",
     all(x in TEXT[RDF] and x in TEXT[DF] for x in ("Langer gezond", "Versterken sociale basis", "Zorg meer nabij",
                                                      "Meer inwoners kunnen meedoen", "Inclusieve samenleving")))

# ------------------------------------------------------------------------------------- report
print(f"set-at: {n_cases} cases, {n_turns} turns; turn kinds {dict(sorted(counts.items()))}")
print(f"  figure turns per new document: jaarstukken {n_fig[WF]}, programmabegroting {n_fig[DF]}; "
      f"cross-document year turns {n_cross}; computed {n_comp}; sign cases: parentheses {n_paren}, minus {n_minus}; "
      f"prose-only {n_prose_only}; refusals {n_ref}; text {n_text}; which {n_which}; any {n_any}")
print("  layout features (verified):")
for doc, name, cond in FEAT:
    print(f"    [{'x' if cond else ' '}] {doc}: {name}")
print(f"{N} checks, {len(FAIL)} failed")
for f in FAIL:
    print("  FAIL", f)
sys.exit(1 if FAIL else 0)
