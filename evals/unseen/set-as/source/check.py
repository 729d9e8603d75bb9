"""Verify set-as against the FINISHED documents only (never imports data.py or the generators).

1. Format: cases.yaml follows /work/shared/evals/FORMAT.md v1 (keys, kinds, units, no `signed`), the header says
   the new documents are FICTIONAL, ids follow as-c-*/as-t-*/as-x-weiger-*/*-conv-*/*-tekst-*/*-welke-*/*-any-*,
   every figure turn names its body (question, an earlier turn or the case scope), no "volgend/vorig jaar", most
   first figure turns name a year or a document; the manifest lists six documents (file, municipality, year, type,
   title), the four existing ones byte-identical to /work/main/corpus with their metadata, the two new ones with the
   municipality names of the existing entries of their body.
2. Figures: every main/accepted/same/other source is re-located at its recorded place — generated PDF cell (table,
   its pages, continuation, group, row, column, printed text, unit statement and scale, label on the figures' line,
   the `pdftotext -layout` line, section), generated PDF prose (sentence, pages, section), seed text line (line,
   column header line, position) or real PDF line (page, layout line, header line, the figure under its column
   header) — and its value recomputed from the printed text; derivations recomputed; value/accept equal main +
   accepted; "same" equal to main; "other" kept out of value/accept; the expected municipality is the body of the
   main source.  Counts: >= 6 turns naming a year held by a real and a new document, >= 4 computed figures per new
   document, >= 4 sign cases, prose-only figures on both new documents.
3. Refusals: the absence rules hold and together cover all six documents.
4. Text: passages re-located, every include group has an item in the passage.  which: candidates re-located and
   distinct, one include group per candidate naming its printed figure, no municipality condition.  any:
   candidates re-located; every exclude is printed at its recorded source (another year) and is no rendering of a
   candidate.
5. The printed figures of both new documents add up (read from the PDFs); the begroting's Realisatie 2023 column
   equals the real Jaarstukken 2023; the jaarstukken' reused primitieve cells equal the real begroting 2020.
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

from extract import CoBegroting, LayoutPdf, SeedText, TwJaarstukken, clean, parse_num, vn_of

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
CF = [f for f in NEW if DOCS[f]["type"] == "begroting"][0]
TF = [f for f in NEW if DOCS[f]["type"] == "jaarstukken"][0]
RF = [f for f in OLD if DOCS[f]["municipality"] == "Collectie Overijssel"][0]
SF = [f for f in OLD if DOCS[f]["municipality"] == "Twenterand"][0]
COB, TWB = "Collectie Overijssel", "Twenterand"
ok(DOCS[CF]["municipality"] == DOCS[RF]["municipality"] == COB and DOCS[CF]["year"] == 2025 and
   DOCS[CF]["title"] == "Begroting 2025", "new begroting: Collectie Overijssel (same name as the existing entry), 2025")
ok(DOCS[TF]["municipality"] == DOCS[SF]["municipality"] == TWB and DOCS[TF]["year"] == 2021,
   "new jaarstukken: Twenterand (same name as the existing entry), 2021")
BODY = {f: DOCS[f]["municipality"] for f in DOCS}
CO, TW, SEED, REAL = CoBegroting(CORPUS / CF), TwJaarstukken(CORPUS / TF), SeedText(CORPUS / SF), LayoutPdf(CORPUS / RF)
DOC = {CF: CO, TF: TW}


def doc_text(f):
    p = CORPUS / f
    if f.endswith(".pdf"):
        raw = subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True, check=True).stdout
        lay = subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True, check=True).stdout
        return raw + "\n" + lay
    return p.read_text(encoding="utf-8")


TEXT = {f: doc_text(f) for f in DOCS}

raw = (SET / "cases.yaml").read_text(encoding="utf-8")
ok(raw.startswith("#") and "GENERATED" in raw.splitlines()[0] and raw[:1500].count("FICTIONAL") >= 2,
   "cases.yaml header: generated, says the new documents are fictional")
CASES = yaml.safe_load(raw)
PROV = json.loads((SET / "source" / "provenance.json").read_text(encoding="utf-8"))

# ------------------------------------------------------------------------------------- 1. format
ok(set(CASES) == {"version", "cases"} and CASES["version"] == 1, "version 1 + cases")
ids = [c["id"] for c in CASES["cases"]]
ok(len(ids) == len(set(ids)), "unique ids")
ok(set(ids) == set(PROV), "provenance covers exactly the case ids")
ok(all(re.fullmatch(r"as-(c|t)-(\d\d|conv-\d\d|tekst-\d\d|welke-\d\d|any-\d\d)|as-x-weiger-\d\d", i) for i in ids),
   "ids follow as-c-*/as-t-*/as-x-weiger-*/*-conv-*/*-tekst-*/*-welke-*/*-any-*")
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
CASE_KEYS = {"id", "question", "municipality", "kind", "expect", "turns"}
TURN_KEYS = {"question", "kind", "expect"}
UNITS = {"EUR", "count", "percent", "grade"}
ALIASES = {TWB: ["twenterand"], COB: ["collectie overijssel"], "Dinkelland": ["dinkelland"],
           "Wassenaar": ["wassenaar"]}
DOCWORDS = r"(?i)jaarstukken|jaarrekening|begroting|realisatie|raming"


def turns_of(c):
    return c["turns"] if "turns" in c else [c]


counts: dict[str, int] = {}
first_fig, first_named = 0, 0
for c in CASES["cases"]:
    ok(set(c) <= CASE_KEYS and ("turns" in c) != ("question" in c), f"{c['id']}: case keys {sorted(c)}")
    ok(("-conv-" in c["id"]) == ("turns" in c), f"{c['id']}: conversations are *-conv-*")
    ok(len(PROV[c["id"]]) == len(turns_of(c)), f"{c['id']}: one provenance entry per turn")
    scope = c.get("municipality")
    if scope:
        ok(scope in set(BODY.values()), f"{c['id']}: scope {scope} is a body of the manifest")
    named = bool(scope)
    for i, t in enumerate(turns_of(c)):
        tid = f"{c['id']}#{i}"
        ok(set(t) <= TURN_KEYS | CASE_KEYS and t["kind"] in {"figure", "text", "refusal", "any"}, f"{tid}: kind")
        e = t.get("expect", {})
        ok(set(e) <= EXPECT_KEYS and "signed" not in e, f"{tid}: expect keys {sorted(e)}")
        ok(not re.search(r"(?i)volgend jaar|vorig jaar", t["question"]), f"{tid}: no 'volgend/vorig jaar'")
        kind = PROV[c["id"]][i]["kind"]
        counts[kind] = counts.get(kind, 0) + 1
        body = e.get("municipality")
        named = named or any(a in t["question"].lower() for b in ALIASES for a in ALIASES[b])
        if t["kind"] == "figure":
            ok(("value" in e) != ("accept" in e), f"{tid}: value xor accept")
            ok(e.get("unit") is None or e["unit"] in UNITS, f"{tid}: unit")
            ok(body in (COB, TWB), f"{tid}: figure names the expected municipality")
            ok(named, f"{tid}: the body is named by the question, an earlier turn or the scope")
            if i == 0:
                first_fig += 1
                first_named += bool(re.search(r"\b20\d\d\b", t["question"]) or re.search(DOCWORDS, t["question"]))
ok(first_fig and first_named / first_fig >= 0.9, f"first figure turns naming a year or document: {first_named}/{first_fig}")


# ------------------------------------------------------------------------------------- 2. figures
def scale_of(stmt, printed):
    if stmt and ("1.000" in stmt or "'000" in stmt) and "%" not in printed:
        return 1000
    return 1


def aligned(raw_line, token_end, word, tol=4):
    for m in re.finditer(r"\S+", raw_line):
        if m.group(0) == word and abs(m.end() - token_end) <= tol:
            return True
    return False


def relocate(s, tid):
    """re-locate one source; returns its value or None"""
    try:
        if s["kind"] == "cell":
            D = DOC[s["document"]]
            c = D.cell(s["table"], s["row"], s["column"], s["group"])
            stmt = D.scale_statement(s["table"])
            sc = scale_of(stmt, c["printed"]) if "scale_note" not in s else 1
            ok("scale_note" not in s or (re.search(r"[,%]", c["printed"]) and "Ratio" in s["row"]),
               f"{tid}: unscaled cell is a ratio")
            v = round(parse_num(c["printed"]) * sc, 6)
            good = (c["printed"] == s["printed"] and c["page"] == s["page"] and c["continued"] == s["continued"] and
                    [x["page"] for x in D.find_table(s["table"])] == s["pages"] and stmt == s["scale_statement"] and
                    sc == s["scale"] and c["label_line"] == s["label_line"] and
                    D.layout_line(c["page"], c["label_line"], c["printed"]) == s["layout_line"] and
                    D.section_at(c["page"], c["top"]) == s["section"] and abs(v - s["value"]) < 1e-6)
            ok(good, f"{tid}: cell {s['table']}/{s['row']}/{s['column']} at its place ({c['printed']!r} p{c['page']})")
            return v
        if s["kind"] == "prose":
            D = DOC[s["document"]]
            pages = D.prose(s["prose"])
            p = pages[0] if pages else None
            v = round(parse_num(s["printed"]) * s["scale"], 6)
            sc_ok = s["scale"] == 1 or (s["scale"] == 1e6 and f"{s['printed']} miljoen" in s["prose"])
            ok(pages == s["pages"] and s["printed"] in s["prose"] and sc_ok and
               D.section_at(p, D.prose_top(p, s["prose"])) == s["section"] and abs(v - s["value"]) < 1e-6,
               f"{tid}: prose {s['prose'][:50]!r} at its place")
            return v
        if s["kind"] == "seed":
            ln = SEED.lines_[s["line_no"] - 1]
            hl = SEED.lines_[s["header_line_no"] - 1]
            toks = ln[len(s["row"]):].split()
            hcols = re.findall(r"Begroot 20\d\d|20\d\d", hl)
            after_ok = s["after"] is None or any(x.startswith(s["after"]) for x in SEED.lines_[:s["line_no"] - 1])
            v = parse_num(toks[s["token"]])
            ok(ln == s["line"] and ln.startswith(s["row"] + " ") and toks[s["token"]] == s["printed"] and
               hl == s["header"] and hcols[s["token"]] == s["column"] and after_ok and v == s["value"] and
               s["header_line_no"] < s["line_no"], f"{tid}: seed line {s['line_no']} {s['row']} {s['column']}")
            return v
        if s["kind"] == "real":
            lines = REAL.lines(s["page"])
            ln, hl = lines[s["line_index"]], lines[s["header_index"]]
            st = clean(ln)
            figs = REAL.figures(st[len(s["row"]):])
            # the figure's end column in the raw line, under the column header
            lab_end = ln.index(s["row"]) + len(s["row"])
            ms = list(re.finditer(r"(?<![\w.,])(?:<\s?0|-?\d{1,3}(?:\.\d{3})*(?:,\d+)?%?|-)(?![\w.,])", ln[lab_end:]))
            m = ms[s["token"]]
            words = s["column"].split()
            yt = [x for x in re.finditer(r"\S+", hl) if re.fullmatch(r"(?:Ult\.)?20\d\d", x.group(0))]
            js = [j for j, x in enumerate(yt) if x.group(0) == words[-1] and abs(x.end() - (lab_end + m.end())) <= 4]
            al = len(js) == 1
            if al and len(words) > 1:           # the word above: the j-th of the header words over the year columns
                upper = lines[s["header_index"] - 1].split()[-len(yt):]
                al = upper[js[0]] == words[0]
            v = round(parse_num(figs[s["token"]]) * s["scale"], 6)
            sc_ok = s["scale"] == (1 if "%" in s["printed"] else 1000) and "'000" in (REAL.pages[s["page"] - 1])
            ok(st == s["line"] and st.startswith(s["row"]) and figs[s["token"]] == s["printed"] and
               clean(hl) == s["header"] and all(x in hl for x in s["header_must"]) and al and sc_ok and
               s["header_index"] < s["line_index"] and abs(v - s["value"]) < 1e-6,
               f"{tid}: real p{s['page']} {s['row']} {s['column']} at its place (aligned {al})")
            return v
        if s["kind"] == "real_prose":
            ok(clean(s["prose"]) in clean(REAL.pages[s["page"] - 1]) and s["printed"] in s["prose"],
               f"{tid}: real prose p{s['page']}")
            return round(parse_num(s["printed"]) * s["scale"], 6)
    except (LookupError, IndexError, ValueError, TypeError) as ex:
        ok(False, f"{tid}: {s.get('kind')} {s.get('row') or s.get('prose', '')[:40]!r}: {ex!r}")
        return None
    ok(False, f"{tid}: unknown source kind {s['kind']}")
    return None


def num_in_derivation(v):
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", ".")
    s = f"{v:,.4f}".rstrip("0").rstrip(".")
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def recompute(a, tid):
    """a: {'value', 'sources', 'op'?, 'derivation'?} -> value (re-located and recomputed)"""
    if "sources" not in a:
        a = {"value": a["value"], "sources": [a]}
    vals = [relocate(s, tid) for s in a["sources"]]
    if any(v is None for v in vals):
        return None
    op = a.get("op")
    if op is None:
        ok(len(vals) == 1 and abs(vals[0] - a["value"]) < 1e-6, f"{tid}: value = its source")
        return vals[0]
    n = [num_in_derivation(abs(x)) for x in vals]
    if op == "sub":
        v, der = vals[0] - vals[1], f"{num_in_derivation(vals[0])} - {num_in_derivation(vals[1])}"
    elif op == "abs_sub":
        v, der = abs(vals[0]) - abs(vals[1]), f"{n[0]} - {n[1]}"
    elif op == "add":
        v, der = sum(abs(x) for x in vals), " + ".join(n)
    elif op == "pct_change":
        v, der = 100 * (abs(vals[0]) - abs(vals[1])) / abs(vals[1]), f"100 × ({n[0]} - {n[1]}) / {n[1]}"
    elif op == "share":
        v, der = 100 * abs(vals[0]) / abs(vals[1]), f"100 × {n[0]} / {n[1]}"
    else:
        ok(False, f"{tid}: unknown op {op}")
        return None
    shown = round(v, 2) if not float(round(v, 6)).is_integer() else round(v, 6)
    ok(abs(v - a["value"]) < 1e-4 and a["derivation"] == f"{der} = {num_in_derivation(shown)}",
       f"{tid}: derivation {a.get('derivation')} recomputed ({v})")
    return v


def docs_of_fig(a):
    return {s["document"] for s in (a["sources"] if "sources" in a else [a])}


n_overlap, n_sign = 0, 0
computed = {CF: 0, TF: 0}
prose_only = {CF: 0, TF: 0}
fig_turns = {CF: 0, TF: 0}
for c in CASES["cases"]:
    for i, t in enumerate(turns_of(c)):
        tid = f"{c['id']}#{i}"
        pv = PROV[c["id"]][i]
        if pv["kind"] != "figure":
            continue
        e = t["expect"]
        tol = e.get("tolerance", 0)
        mv = recompute(pv["main"], tid)
        accs = [recompute(a, tid + " accept") for a in pv["accept"]]
        want = e["accept"] if "accept" in e else [e["value"]]
        got = [round(x, 2) if x is not None and not float(x).is_integer() else x for x in [mv] + accs]
        ok(len(want) == len(got) and all(g is not None and abs(w - g) <= max(tol, 0.005) for w, g in zip(want, got)),
           f"{tid}: value/accept {want} = main + accepted {got}")
        for a, v in zip(pv["accept"], accs):
            ok(v is not None and mv is not None and abs(abs(v) - abs(mv)) > 1e-6,
               f"{tid}: an accepted alternative differs from the main value (equal printings go to 'same')")
        for s in pv["same"]:
            v = recompute(s, tid + " same")
            ok(v is not None and mv is not None and any(x is not None and abs(abs(v) - abs(x)) <= max(tol, 1e-6)
                                                    for x in [mv] + accs),
               f"{tid}: 'same' printing equals the main or an accepted value ({v} vs {mv})")
        for s in pv["other"]:
            v = recompute(s, tid + " other")
            ok(v is not None and all(abs(abs(v) - abs(w)) > tol for w in want),
               f"{tid}: 'other' {s.get('row')} {s.get('column')} ({v}) kept out of value/accept")
        main_docs = docs_of_fig(pv["main"])
        ok(all(BODY[f] == e["municipality"] for f in main_docs), f"{tid}: expected municipality = body of the source")
        new_main = [f for f in main_docs if f in NEW]
        for f in set(new_main):
            fig_turns[f] += 1
            if pv["main"].get("op"):
                computed[f] += 1
            if all(s["kind"] == "prose" for s in pv["main"]["sources"]) and not any(
                    x["kind"] != "prose" for s in pv["same"] for x in (s["sources"] if "sources" in s else [s])):
                prose_only[f] += 1
        if "sign:" in pv.get("comment", "") or "sign" in PROV[c["id"]][i].get("comment", ""):
            n_sign += 1
        if pv.get("overlap"):
            allsrc = [x for a in [pv["main"]] + pv["accept"] + pv["same"] + [{"sources": [o]} if "sources" not in o
                                                                              else o for o in pv["other"]]
                      for x in (a["sources"] if "sources" in a else [a])]
            docs = {s["document"] for s in allsrc}
            yr = pv["overlap"]["year"]
            ok(docs & OLD and docs & set(NEW), f"{tid}: overlap turn has sources in a real and a new document")
            ok(yr in t["question"] or any(yr in tt["question"] for tt in turns_of(c)[:i]),
               f"{tid}: overlap turn names the year {yr}")
            n_overlap += 1
# comments in cases.yaml above computed and sign cases
blocks = re.split(r"\n(?=# |- id: )", raw)
for c in CASES["cases"]:
    m = re.search(rf"((?:^# .*\n)+)- id: {re.escape(c['id'])}\n", raw, re.M)
    com = m.group(1) if m else ""
    pv = PROV[c["id"]]
    if any(p["kind"] == "figure" and p["main"].get("op") for p in pv):
        ok("derivation:" in com, f"{c['id']}: computed figure has its derivation in a comment")
    if any(p["kind"] == "figure" and "sign:" in p.get("comment", "") for p in pv):
        ok("sign" in com, f"{c['id']}: sign convention in the comment")
ok(n_overlap >= 6, f"turns naming a year held by a real and a new document: {n_overlap}")
ok(all(v >= 4 for v in computed.values()), f"computed figures per new document {computed}")
ok(n_sign >= 4, f"sign cases {n_sign}")
ok(all(v >= 1 for v in prose_only.values()), f"prose-only figures per new document {prose_only}")
ok(all(18 <= v <= 28 for v in fig_turns.values()), f"figure turns per new document {fig_turns}")

# ------------------------------------------------------------------------------------- 3. refusals
n_ref = 0
for c in CASES["cases"]:
    for i, t in enumerate(turns_of(c)):
        tid = f"{c['id']}#{i}"
        pv = PROV[c["id"]][i]
        if pv["kind"] != "refusal":
            continue
        n_ref += 1
        ok(t["kind"] == "refusal" and "expect" not in t, f"{tid}: refusal turn")
        covered = set()
        q = " ".join(tt["question"] for tt in turns_of(c)[:i + 1]).lower() + " " + (c.get("municipality") or "").lower()
        for rule in pv["absent"]:
            r = rule["rule"]
            docs = list(DOCS) if rule.get("documents") == "all" else rule.get("documents", [])
            if r == "absent_text":
                for f in docs:
                    ok(rule["text"].lower() not in TEXT[f].lower(), f"{tid}: {rule['text']!r} absent from {f}")
                    covered.add(f)
            elif r == "absent_regex":
                for f in docs:
                    ok(not re.search(rule["text"], TEXT[f]), f"{tid}: /{rule['text']}/ absent from {f}")
                    covered.add(f)
            elif r == "not_in_manifest":
                ok(all(rule["text"].lower() not in str(m).lower() for m in man["documents"]), f"{tid}: not in manifest")
            elif r == "other_body":
                ok(any(a in q for a in ALIASES[rule["body"]]), f"{tid}: the question names {rule['body']}")
                covered |= {f for f in DOCS if BODY[f] != rule["body"]}
            elif r == "seed_years":
                for f in docs:
                    i3 = next(k for k, ln in enumerate(SEED.lines_) if ln.startswith("Overzicht 3.1"))
                    hdr = SEED.lines_[i3 + 1]
                    ok(re.fullmatch(r"(20\d\d ?)+", hdr) and rule["year"] not in hdr,
                       f"{tid}: the seed's financial table covers {hdr}, not {rule['year']}")
                    covered.add(f)
            elif r == "seed_indicator_years":
                for f in docs:
                    hdrs = [ln for ln in SEED.lines_ if re.match(r"Beleids(doelen|indicatoren) ", ln)]
                    ok(hdrs and all(rule["year"] not in h for h in hdrs), f"{tid}: seed indicator headers lack "
                                                                           f"{rule['year']}")
                    covered.add(f)
            else:
                ok(False, f"{tid}: unknown rule {rule}")
        ok(covered == set(DOCS), f"{tid}: absence rules cover all six documents ({sorted(set(DOCS) - covered)})")
ok(8 <= n_ref <= 10, f"refusal turns ({n_ref})")

# ------------------------------------------------------------------------------------- 4. text, which, any
n_text, n_which, n_any = 0, 0, 0


def rend(s):
    pr = re.sub(r"\s+[VN]$", "", s["printed"]).replace("€ ", "").lstrip("-")
    return pr


for c in CASES["cases"]:
    for i, t in enumerate(turns_of(c)):
        tid = f"{c['id']}#{i}"
        pv = PROV[c["id"]][i]
        e = t.get("expect", {})
        if pv["kind"] == "text":
            n_text += 1
            w = pv["where"]
            D = DOC[w["document"]]
            pages = D.prose(w["passage"])
            ok(pages == w["pages"] and D.section_at(pages[0], D.prose_top(pages[0], w["passage"])) == w["section"],
               f"{tid}: passage at its place ({pages})")
            ok(BODY[w["document"]] == e["municipality"] and t["kind"] == "text", f"{tid}: passage of the body")
            hay = w["passage"].lower()
            for g in e["include"]:
                items = g if isinstance(g, list) else [g]
                ok(any(x.lower() in hay for x in items), f"{tid}: include {items} in the passage")
        elif pv["kind"] == "which":
            n_which += 1
            ok("-welke-" in c["id"] and t["kind"] == "text", f"{tid}: which-case id and kind")
            vals = [relocate(s, tid + " cand") for s in pv["candidates"]]
            ok(len(vals) >= 2 and None not in vals and len({abs(v) for v in vals}) == len(vals),
               f"{tid}: distinct candidates {vals}")
            ok(len(e["include"]) == len(pv["candidates"]), f"{tid}: one include group per candidate")
            ok("municipality" not in e, f"{tid}: no municipality condition")
            flat = [x for g in e["include"] for x in g]
            ok(len(flat) == len(set(flat)), f"{tid}: no rendering shared by two candidates")
            for s, g in zip(pv["candidates"], e["include"]):
                ok(rend(s) in g, f"{tid}: include group {g} names the printed {s['printed']!r}")
        elif pv["kind"] == "any":
            n_any += 1
            ok("-any-" in c["id"] and t["kind"] == "any" and e.get("municipality") in (COB, TWB), f"{tid}: any-case")
            vals = [relocate(s, tid + " cand") for s in pv["candidates"]]
            ok(None not in vals and len({abs(v) for v in vals}) >= 2, f"{tid}: several candidate figures {vals}")
            ok(all(BODY[s["document"]] == e["municipality"] for s in pv["candidates"]), f"{tid}: candidates of the body")
            rends = {rend(s) for s in pv["candidates"]}
            ok([x["text"] for x in pv["excludes"]] == e["exclude"], f"{tid}: excludes recorded")
            for x in pv["excludes"]:
                v = relocate(x["source"], tid + " exclude")
                ok(x["source"]["printed"].lstrip("-") == x["text"] and x["text"] not in rends and
                   v is not None and all(abs(abs(v) - abs(cv)) > 1 for cv in vals),
                   f"{tid}: exclude {x['text']!r} is another year's printing, no candidate")
ok(8 <= n_text <= 10 and 2 <= n_which <= 3 and n_any == 2, f"text {n_text}, which {n_which}, any {n_any}")


# ------------------------------------------------------------------------------------- 5. the figures add up
def num(s):
    if s in (None, "", "-"):
        return 0
    v = parse_num(s)
    if v is None:
        raise ValueError(f"not a number: {s!r}")
    return v


def rows_of(D, name, group=None):
    return {r["label"]: r for r in D.table_rows(name) if not r["is_group"] and (group is None or r["group"] == group)}


def rhu(x):
    return int(x + 0.5) if x >= 0 else -int(-x + 0.5)


YC = ["Realisatie 2023", "Begroting 2024", "Begroting 2025", "Raming 2026", "Raming 2027", "Raming 2028"]
try:
    cat = rows_of(CO, "Baten en lasten naar categorie")
    labels = list(cat)
    ib, il = labels.index("Baten"), labels.index("Lasten")
    for col in YC:
        g = lambda k: num(cat[k]["cells"][col])                                    # noqa: E731
        ok(sum(g(k) for k in labels[:ib]) == g("Baten"), f"CAT {col}: baten add up")
        ok(sum(g(k) for k in labels[ib + 1:il]) == g("Lasten"), f"CAT {col}: lasten add up")
        ok(g("Baten") + g("Lasten") == g("Resultaat exploitatie"), f"CAT {col}: resultaat exploitatie")
        ok(g("Resultaat exploitatie") + g("Toevoeging reserves") + g("Onttrekking reserves") ==
           g("Resultaat na bestemming") == 0, f"CAT {col}: resultaat na bestemming = 0")
    # the Realisatie 2023 column repeats the real Jaarstukken 2023, tabel 2.1
    for k in labels:
        if k in ("Resultaat exploitatie",):
            continue
        i_, ln, tok = REAL.figure(16, k, 0, after="Baten en Lasten")
        ok(num(cat[k]["cells"]["Realisatie 2023"]) == num(tok), f"CAT Realisatie 2023 {k} = real jaarstukken {tok}")
    kc = rows_of(CO, "Kerncijfers")
    for col in YC[:3]:
        ok(num(kc["Baten"]["cells"][col]) == num(cat["Baten"]["cells"][col]) and
           num(kc["Lasten"]["cells"][col]) == num(cat["Lasten"]["cells"][col]) and
           num(kc["Mutatie reserves"]["cells"][col]) == num(cat["Toevoeging reserves"]["cells"][col]) +
           num(cat["Onttrekking reserves"]["cells"][col]), f"Kerncijfers {col} = category table")
    bij = rows_of(CO, "Bijdragen per deelnemer")
    pcols = YC[1:]
    idx = {m.group(2): float(m.group(1).replace(",", ".")) for m in re.finditer(
        r"(\d,\d)% voor (20\d\d)", CO.page_text(CO.find_table("Uitgangspunten")[0]["page"]))}
    for col in pcols:
        g = lambda k: num(bij[k]["cells"][col])                                    # noqa: E731
        ok(g("Het Rijk (Nationaal Archief)") + g("Gemeente Zwolle") + g("Gemeente Deventer") ==
           g("Subtotaal GR-deelnemers"), f"BIJ {col}: GR subtotal")
        ok(g("Provincie Overijssel (DVO)") + g("Overige DVO-partners") == g("Subtotaal DVO-partners"), f"BIJ {col} DVO")
        ok(g("Subtotaal GR-deelnemers") + g("Subtotaal DVO-partners") == g("Totaal bijdragen"), f"BIJ {col}: total")
        for brow, crow in (("Het Rijk (Nationaal Archief)", "Baten GR Rijk"), ("Gemeente Zwolle", "Baten GR Gemeente Zwolle"),
                           ("Gemeente Deventer", "Baten GR Gemeente Deventer"),
                           ("Provincie Overijssel (DVO)", "Baten DVO Provincie Overijssel"),
                           ("Overige DVO-partners", "Baten DVO's Overige")):
            ok(rhu(g(brow) / 1000) == num(cat[crow]["cells"][col]), f"BIJ {brow} {col} / 1000 = category {crow}")
    for a, b in zip(pcols, pcols[1:]):
        y = b[-4:]
        for k in ("Gemeente Zwolle", "Gemeente Deventer"):
            ok(rhu(num(bij[k]["cells"][a]) * (1 + idx[y] / 100)) == num(bij[k]["cells"][b]),
               f"BIJ {k} {b} = {a} x (1 + {idx.get(y)}%)")
    ml, mb = rows_of(CO, "Meerjarenbegroting per programma", "Lasten"), rows_of(CO, "Meerjarenbegroting per programma", "Baten")
    progs = [k for k in ml if k.startswith("Programma ")]
    for col in YC:
        g = lambda r, k: num(r[k]["cells"][col])                                   # noqa: E731
        ok(sum(g(ml, k) for k in progs) == g(ml, "Totaal lasten"), f"MJB {col}: lasten add up")
        ok(sum(g(mb, k) for k in progs) + g(mb, "Algemene dekkingsmiddelen") == g(mb, "Totaal baten"),
           f"MJB {col}: baten add up")
        ok(g(mb, "Totaal baten") - g(ml, "Totaal lasten") == g(mb, "Saldo van baten en lasten"), f"MJB {col}: saldo")
        ok(g(mb, "Saldo van baten en lasten") + g(mb, "Toevoeging reserves") + g(mb, "Onttrekking reserves") ==
           g(mb, "Resultaat na bestemming"), f"MJB {col}: resultaat")
        ok(rhu(g(ml, "Totaal lasten") / 1000) == -num(cat["Lasten"]["cells"][col]) and
           rhu(g(mb, "Totaal baten") / 1000) == num(cat["Baten"]["cells"][col]), f"MJB {col} = category totals")
        ok(g(mb, "Toevoeging reserves") == 1000 * num(cat["Toevoeging reserves"]["cells"][col]) and
           g(mb, "Onttrekking reserves") == 1000 * num(cat["Onttrekking reserves"]["cells"][col]), f"MJB {col} reserves")
        if col != "Realisatie 2023":
            ok(g(mb, "Algemene dekkingsmiddelen") == num(bij["Totaal bijdragen"]["cells"][col]),
               f"MJB {col}: algemene dekkingsmiddelen = bijdragen")
        for n_, p_ in enumerate(progs, start=1):
            pk = rows_of(CO, f"Programma {n_}")
            ok(num(pk["Lasten"]["cells"][col]) == rhu(g(ml, p_) / 1000) and
               num(pk["Baten"]["cells"][col]) == rhu(g(mb, p_) / 1000) and
               num(pk["Saldo programma"]["cells"][col]) == num(pk["Baten"]["cells"][col]) - num(pk["Lasten"]["cells"][col]),
               f"Programma {n_} {col}: x € 1.000 table = euro table")
    rs = rows_of(CO, "Reserves")
    RC = ["Stand 1-1-2025", "Toevoeging 2025", "Onttrekking 2025", "Stand 31-12-2025"]
    for k, r in rs.items():
        cc = [num(r["cells"][x]) for x in RC]
        ok(cc[0] + cc[1] - cc[2] == cc[3], f"RES {k}: stand adds up")
    best = [k for k in rs if k not in ("Subtotaal bestemmingsreserves", "Algemene Reserve", "Totaal reserves")]
    for x in RC:
        ok(sum(num(rs[k]["cells"][x]) for k in best) == num(rs["Subtotaal bestemmingsreserves"]["cells"][x]) and
           num(rs["Subtotaal bestemmingsreserves"]["cells"][x]) + num(rs["Algemene Reserve"]["cells"][x]) ==
           num(rs["Totaal reserves"]["cells"][x]), f"RES {x}: totals")
    ok(num(rs["Totaal reserves"]["cells"]["Toevoeging 2025"]) == -num(cat["Toevoeging reserves"]["cells"]["Begroting 2025"])
       and num(rs["Totaal reserves"]["cells"]["Onttrekking 2025"]) == num(cat["Onttrekking reserves"]["cells"]["Begroting 2025"]),
       "RES mutations = category table 2025")
    bal = rows_of(CO, "Geprognosticeerde balans")
    bl = list(bal)
    ia, ip = bl.index("Totaal activa"), bl.index("Totaal passiva")
    kg = rows_of(CO, "Financiële kengetallen")
    for col, rcol, kcol, ycol in (("Begroting 31-12-2024", "Stand 1-1-2025", "Begroting 2024", "Begroting 2024"),
                                  ("Begroting 31-12-2025", "Stand 31-12-2025", "Begroting 2025", "Begroting 2025")):
        g = lambda k: num(bal[k]["cells"][col])                                    # noqa: E731
        ok(sum(g(k) for k in bl[:ia]) == g("Totaal activa") and sum(g(k) for k in bl[ia + 1:ip]) == g("Totaal passiva")
           == g("Totaal activa"), f"BAL {col}: activa = passiva")
        ok(g("Eigen vermogen") == num(rs["Totaal reserves"]["cells"][rcol]), f"BAL {col}: eigen vermogen = reserves")
        ok(num(kg["Solvabiliteitsratio"]["cells"][kcol]) == rhu(100 * g("Eigen vermogen") / g("Totaal activa")),
           f"KG solvabiliteit {kcol} = eigen vermogen / balanstotaal")
        nsq = 100 * (g("Vaste schulden") + g("Vlottende schulden") + g("Overlopende passiva") -
                     g("Uitzettingen en vorderingen") - g("Liquide middelen") - g("Overlopende activa")) / \
            num(cat["Baten"]["cells"][ycol])
        ok(num(kg["Netto schuldquote"]["cells"][kcol]) == rhu(nsq), f"KG netto schuldquote {kcol} ({nsq:.1f})")
    rk = rows_of(CO, "Risico's")
    risks = [k for k in rk if k != "Benodigde weerstandscapaciteit"]
    for k in risks:
        ok(rhu(num(rk[k]["cells"]["Impact"]) * num(rk[k]["cells"]["Kans"]) / 100) == num(rk[k]["cells"]["Benodigd"]),
           f"RISK {k}: impact x kans")
    ok(sum(num(rk[k]["cells"]["Benodigd"]) for k in risks) == num(rk["Benodigde weerstandscapaciteit"]["cells"]["Benodigd"]),
       "RISK total")
    wv = {k: num(r["cells"]["Begroting 2025"]) for k, r in rows_of(CO, "Weerstandsvermogen").items()}
    ok(wv["Algemene Reserve per 31-12-2025"] == num(rs["Algemene Reserve"]["cells"]["Stand 31-12-2025"]) and
       wv["Algemene Reserve per 31-12-2025"] + wv["Stelpost onvoorzien"] == wv["Beschikbare weerstandscapaciteit"] and
       wv["Benodigde weerstandscapaciteit"] == num(rk["Benodigde weerstandscapaciteit"]["cells"]["Benodigd"]) and
       abs(wv["Ratio weerstandsvermogen"] - round(wv["Beschikbare weerstandscapaciteit"] /
                                                  wv["Benodigde weerstandscapaciteit"], 2)) < 1e-9,
       "WV: beschikbaar, benodigd, ratio")
except (LookupError, KeyError, ValueError, StopIteration) as ex:
    ok(False, f"begroting add-ups: {ex!r}")

O37 = "Overzicht 3.7 Baten en lasten Sociaal Domein 2021"
O38 = "Overzicht 3.8 Baten en lasten per taakveld 2021"
O39 = "Overzicht 3.9 Verloop reserves Sociaal Domein 2021"
PRIM, NW, REALC, VER = "Begroting 2021 primitief", "Begroting 2021 na wijziging", "Realisatie 2021", "Verschil"
DBOMEN = ["Sociale zaken", "Maatschappelijke ondersteuning", "Gezondheidszorg", "Onderwijs", "Jeugd"]


def vcheck(r, what):
    cc = r["cells"]
    d_ = num(cc[NW]) - num(cc[REALC])
    letter = vn_of(cc[VER])
    ok((d_ == 0 and cc[VER] == "0") or (num(cc[VER]) == abs(d_) and letter == ("V" if d_ > 0 else "N")),
       f"{what}: verschil {cc[VER]} = na wijziging - realisatie ({d_})")


try:
    lg, bg = rows_of(TW, O37, "Lasten per doelenboom"), rows_of(TW, O37, "Baten per doelenboom")
    for col in (PRIM, NW, REALC):
        ok(sum(num(lg[k]["cells"][col]) for k in DBOMEN) == num(lg["Totaal programma lasten"]["cells"][col]),
           f"O37 {col}: lasten add up")
        ok(sum(num(bg[k]["cells"][col]) for k in DBOMEN) == num(bg["Totaal programma baten"]["cells"][col]),
           f"O37 {col}: baten add up")
        saldo = num(lg["Totaal programma lasten"]["cells"][col]) + num(bg["Totaal programma baten"]["cells"][col])
        ok(saldo == num(bg["Totaal saldo van baten en lasten"]["cells"][col]), f"O37 {col}: saldo")
        ok(saldo + num(bg["Mutaties reserves"]["cells"][col]) == num(bg["Gerealiseerd resultaat"]["cells"][col]),
           f"O37 {col}: resultaat")
    for g in (lg, bg):
        for k, r in g.items():
            vcheck(r, f"O37 {k}")
    # the primitieve begroting 2021 against the real programmabegroting 2020's raming for 2021
    same_seed = 0
    for grp, g in (("Lasten per doelenboom", lg), ("Baten per doelenboom", bg)):
        for k in DBOMEN:
            _, _, tok = SEED.figure(k, 1, after=grp)
            same_seed += num(g[k]["cells"][PRIM]) == num(tok)
            if grp.startswith("Lasten"):
                ok(num(g[k]["cells"][NW]) != num(tok) and num(g[k]["cells"][REALC]) != num(tok),
                   f"O37 {k}: na wijziging and realisatie differ from the begroting 2020's raming")
    ok(2 <= same_seed <= 6, f"O37: {same_seed} primitieve cells equal the begroting 2020's raming for 2021")
    tl, tb = rows_of(TW, O38, "Lasten"), rows_of(TW, O38, "Baten")
    tm = rows_of(TW, O38, "Mutaties reserves")
    for col in (PRIM, NW, REALC):
        ok(sum(num(r["cells"][col]) for k, r in tl.items() if k != "Totaal lasten") == num(tl["Totaal lasten"]["cells"][col])
           == num(lg["Totaal programma lasten"]["cells"][col]), f"O38 {col}: taakvelden lasten = O37")
        ok(sum(num(r["cells"][col]) for k, r in tb.items() if k != "Totaal baten") == num(tb["Totaal baten"]["cells"][col])
           == num(bg["Totaal programma baten"]["cells"][col]), f"O38 {col}: taakvelden baten = O37")
        ok(num(tm["0.10 Mutaties reserves"]["cells"][col]) == num(bg["Mutaties reserves"]["cells"][col]) and
           num(tm["Saldo na mutaties reserves"]["cells"][col]) == num(bg["Gerealiseerd resultaat"]["cells"][col]),
           f"O38 {col}: mutaties reserves and saldo = O37")
    for g in (tl, tb, tm):
        for k, r in g.items():
            vcheck(r, f"O38 {k}")
    rv = rows_of(TW, O39)
    for k, r in rv.items():
        cc = r["cells"]
        ok(num(cc["Saldo 1-1-2021"]) + num(cc["Toevoegingen"]) - num(cc["Onttrekkingen"]) == num(cc["Saldo 31-12-2021"]),
           f"O39 {k}: saldo adds up")
    tot = rv.pop("Totaal reserves sociaal domein")
    for col in ("Saldo 1-1-2021", "Toevoegingen", "Onttrekkingen", "Saldo 31-12-2021"):
        ok(sum(num(r["cells"][col]) for r in rv.values()) == num(tot["cells"][col]), f"O39 {col}: total")
    ok(num(tot["cells"]["Toevoegingen"]) - num(tot["cells"]["Onttrekkingen"]) ==
       num(bg["Mutaties reserves"]["cells"][REALC]), "O39: toevoegingen - onttrekkingen = mutaties reserves realisatie")
    # the analysis in prose: amounts = the verschil of the row, rounded to thousands, with the right word
    allt = " ".join(clean(TW.page_text(p)) for p in range(1, TW.npages + 1))
    for lab, r in (("Sociale zaken, lasten", lg["Sociale zaken"]), ("Sociale zaken, baten", bg["Sociale zaken"]),
                   ("Maatschappelijke ondersteuning", lg["Maatschappelijke ondersteuning"]),
                   ("Onderwijs", lg["Onderwijs"]), ("Jeugd", lg["Jeugd"]), ("Jeugd, baten", bg["Jeugd"])):
        m = re.search(rf"{re.escape(lab)}: € ([\d.]+) (voordelig|nadelig)", allt)
        v = num(r["cells"][VER])
        ok(m and num(m.group(1)) == rhu(v / 1000) * 1000 and
           m.group(2) == ("voordelig" if vn_of(r["cells"][VER]) == "V" else "nadelig"),
           f"analysis '{lab}' = verschil {r['cells'][VER]} rounded")
    m = re.search(r"Per saldo sluit het programma € ([\d.]+) voordeliger", allt)
    ok(m and num(m.group(1)) == rhu(num(bg["Gerealiseerd resultaat"]["cells"][VER]) / 1000) * 1000,
       "analysis: per saldo = verschil resultaat")
except (LookupError, KeyError, ValueError, StopIteration) as ex:
    ok(False, f"jaarstukken add-ups: {ex!r}")

# ------------------------------------------------------------------------------------- 6. layout features
FEAT: dict[str, list] = {}


def feat(doc, name, cond):
    FEAT.setdefault(doc, []).append((name, bool(cond)))
    ok(cond, f"layout {doc}: {name}")


def info(f):
    return subprocess.run(["pdfinfo", str(CORPUS / f)], capture_output=True, text=True).stdout


try:
    ic = info(CF)
    land = [p for p in range(1, CO.npages + 1) if CO.size(p)[0] > CO.size(p)[1]]
    feat(CF, f"{CO.npages} A4 pages (14-20), made with reportlab", 14 <= CO.npages <= 20 and "ReportLab" in ic)
    feat(CF, f"one landscape page ({land}) holding the meerjarenbegroting per programma in euros",
         len(land) == 1 and [x["page"] for x in CO.find_table("Meerjarenbegroting per programma")] == land and
         CO.scale_statement("Meerjarenbegroting per programma") == "Bedragen in €")
    p1 = clean(CO.page_text(1) + " " + " ".join(w["text"] for w in CO.running_words(1)))
    feat(CF, "title page 'Begroting 2025 / Collectie Overijssel' with the contact line of the jaarstukken",
         "Begroting 2025" in p1 and "Collectie Overijssel" in p1 and "collectieoverijssel.nl | info@collectieoverijssel.nl" in p1)
    toc = re.findall(r"^\s*(.+?)\s*(?:\. )+\.?\s*(\d+)$", CO.layout_pages[1], re.M)
    hp = {h["text"]: h["page"] for h in CO.headings if h["level"] <= 2}
    feat(CF, f"INHOUDSOPGAVE with dotted leaders; {len(toc)} entries whose page numbers match the headings",
         "INHOUDSOPGAVE" in CO.page_text(2) and len(toc) >= 12 and all(hp.get(clean(t)) == int(n) for t, n in toc))
    feat(CF, "chapter divider pages '1. BELEIDSBEGROTING' and '2. FINANCIËLE BEGROTING'",
         sum(1 for h in CO.headings if h["level"] == 1 and len(CO.lines(h["page"])) == 1) == 2)
    feat(CF, "'Voorwoord' and 'Begroting 2025 in één oogopslag' (kerncijfers Realisatie 2023 / Begroting 2024 / 2025)",
         "Voorwoord" in hp and "Begroting 2025 in één oogopslag" in hp and
         [c["name"] for c in CO.find_table("Kerncijfers")[0]["cols"]] == YC[:3])
    progtabs = [f"Programma {n}" for n in range(1, 5)]
    feat(CF, "per programma 'Wat mag het kosten?' x € 1.000 with Realisatie 2023, Begroting 2024, Begroting 2025, "
             "Raming 2026-2028 (4 tables) and the same columns in euros on the landscape page",
         all(CO.scale_statement(t) == "x € 1.000" and [c["name"] for c in CO.find_table(t)[0]["cols"]] == YC
             for t in progtabs) and [c["name"] for c in CO.find_table("Meerjarenbegroting per programma")[0]["cols"]] == YC)
    cparts = CO.find_table("Baten en lasten naar categorie")
    feat(CF, f"the category table (€ '000, lasten negative) continues from page {cparts[0]['page']} to "
             f"{[x['page'] for x in cparts[1:]]} under its repeated two-row header",
         len(cparts) == 2 and cparts[1]["continued"] and cparts[1]["left"] == cparts[0]["left"] and
         [c["name"] for c in cparts[1]["cols"]] == [c["name"] for c in cparts[0]["cols"]] and
         len(CO.parse_rows(cparts[1])) >= 4 and num(cat["Lasten"]["cells"]["Begroting 2025"]) < 0)
    feat(CF, "bijdragen per deelnemer in euros: Het Rijk, Gemeente Zwolle, Gemeente Deventer, Provincie Overijssel",
         {"Het Rijk (Nationaal Archief)", "Gemeente Zwolle", "Gemeente Deventer", "Provincie Overijssel (DVO)"} <= set(bij)
         and CO.scale_statement("Bijdragen per deelnemer") == "Bedragen in €")
    feat(CF, "reserves: stand 1-1-2025 / toevoeging / onttrekking / stand 31-12-2025",
         [c["name"] for c in CO.find_table("Reserves")[0]["cols"]] == RC)
    feat(CF, "kengetallen in percent: netto schuldquote and solvabiliteitsratio",
         all(re.fullmatch(r"-?\d+%", kg[k]["cells"][c_]) for k in ("Netto schuldquote", "Solvabiliteitsratio")
             for c_ in YC[:3]))
    feat(CF, "weerstandsvermogen: risks (impact x kans) and a ratio", "Ratio weerstandsvermogen" in wv and
         "," in rows_of(CO, "Weerstandsvermogen")["Ratio weerstandsvermogen"]["cells"]["Begroting 2025"])
    allc = " ".join(clean(CO.page_text(p)) for p in range(1, CO.npages + 1))
    keyp = [re.search(x, allc) for x in (r"\d\.\d{3} fysieke bezoeken", r"\d+,\d fte", r"\d,\d%", r"\d,\d miljoen")]
    feat(CF, "key numbers in prose (bezoeken, fte, percentages, miljoen)", all(keyp))
    feat(CF, "'onderdeel | toelichting' blocks of the jaarstukken in each programme",
         sum(1 for h in CO.headings if h["text"] == "Wat gaan we daarvoor doen?") == 4)

    it = info(TF)
    feat(TF, f"{TW.npages} A4 portrait pages (10-16), HTML printed by headless Chromium",
         10 <= TW.npages <= 16 and "Skia/PDF" in it and all(TW.size(p)[1] > TW.size(p)[0] for p in range(1, TW.npages + 1)))
    rw_ok = True
    for p in range(1, TW.npages + 1):
        rl = PdfText = clean(" ".join(w["text"] for w in sorted(TW.running_words(p), key=lambda w: (round(w["top"]), w["x0"]))))
        rw_ok = rw_ok and rl == f"Gemeente Twenterand — Jaarstukken 2021 Programma 3 Sociaal Domein Pagina {p} van {TW.npages}"
    feat(TF, "running header 'Gemeente Twenterand — Jaarstukken 2021 | Programma 3 Sociaal Domein' and footer "
             "'Pagina n van N' on every page (CSS page margin boxes)", rw_ok)
    h2 = [h["text"] for h in TW.headings if h["level"] == 2]
    feat(TF, f"six doelenbomen as in the programmabegroting ({sum(1 for x in h2 if 'Doelenboom' in x)})",
         sum(1 for x in h2 if "Doelenboom" in x) == 6)
    doel = [h for h in TW.headings if h["text"].startswith("Doel: ")]
    sub = [h for h in TW.headings if h["text"].startswith("Subdoel: ")]
    feat(TF, f"{len(doel)} doelen with 'Wat hebben we bereikt?' and {len(sub)} subdoelen with 'Wat hebben we daarvoor "
             "gedaan?'", len(doel) >= 8 and len(sub) >= 6 and
         sum(1 for h in TW.headings if h["text"] == "Wat hebben we bereikt?") == len(doel))
    seed_doelen = sum(1 for h in doel if any(ln.startswith(h["text"]) or ln.lower().startswith(h["text"].lower())
                                             for ln in SEED.lines_))
    feat(TF, f"{seed_doelen} doelen worded as in the programmabegroting 2020", seed_doelen >= 6)
    itabs = [n for n in TW.all_tables if "Indicatoren" in n]
    seed_ind = sum(1 for n in itabs for r in TW.table_rows(n) if any(ln.startswith(r["label"]) for ln in SEED.lines_))
    feat(TF, f"{len(itabs)} indicator tables with the 2021 realisation beside the streefwaarde; {seed_ind} rows labelled "
             "as in the programmabegroting 2020",
         len(itabs) == 5 and all([c["name"] for c in TW.find_table(n)[0]["cols"]][:2] == ["Streefwaarde 2021", "Realisatie 2021"]
                                 for n in itabs) and seed_ind >= 15)
    feat(TF, "'Wat heeft het gekost?': per doelenboom Begroting 2021 primitief, na wijziging, Realisatie 2021, Verschil "
             "with V and N", [c["name"] for c in TW.find_table(O37)[0]["cols"]] == [PRIM, NW, REALC, VER] and
         {vn_of(r["cells"][VER]) for r in TW.table_rows(O37) if not r["is_group"]} == {"V", "N"})
    o38p = TW.find_table(O38)
    seed_tv = [r["label"] for r in TW.table_rows(O38) if not r["is_group"] and r["label"] in SEED.text]
    feat(TF, f"overview per taakveld ({len(set(seed_tv))} taakvelden labelled as in the programmabegroting 2020), "
             f"continuing from page {o38p[0]['page']} to {[x['page'] for x in o38p[1:]]} under its repeated header",
         len(set(seed_tv)) >= 12 and len(o38p) == 2 and o38p[1]["continued"] and o38p[1]["caption"] == O38)
    an_ = re.findall(r"[A-Z][a-z ,]+: € [\d.]+ (?:voordelig|nadelig)", allt)
    feat(TF, f"analysis of the deviations in prose ({len(an_)} items such as 'Jeugd: € n nadelig door ...')", len(an_) >= 5)
    feat(TF, "reserve table: saldo 1-1-2021 / toevoegingen / onttrekkingen / saldo 31-12-2021",
         [c["name"] for c in TW.find_table(O39)[0]["cols"]] == ["Saldo 1-1-2021", "Toevoegingen", "Onttrekkingen",
                                                                  "Saldo 31-12-2021"])
    feat(TF, f"{same_seed} cells of the primitieve begroting 2021 equal the programmabegroting 2020's raming for 2021, "
             "the other figures differ", 2 <= same_seed <= 6)

except (LookupError, KeyError, ValueError, NameError, IndexError) as ex:
    ok(False, f"layout features: {ex!r}")

# ------------------------------------------------------------------------------------- report
print(f"set-as: {len(CASES['cases'])} cases, {sum(len(turns_of(c)) for c in CASES['cases'])} turns; per kind {counts}")
print(f"  figure turns per new document {fig_turns}; computed {computed}; prose-only {prose_only}; sign cases "
      f"{n_sign}; turns naming a year held by a real and a new document: {n_overlap}; refusals {n_ref}; text "
      f"{n_text}; which {n_which}; any {n_any}")
for doc, fs in FEAT.items():
    print(f"layout {doc}:")
    for name, good in fs:
        print(f"  [{'x' if good else ' '}] {name}")
print(f"{N} checks, {len(FAIL)} failed")
for f in FAIL[:80]:
    print("FAIL", f)
sys.exit(1 if FAIL else 0)
