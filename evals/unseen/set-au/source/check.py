"""Verify set-au against the FINISHED documents only (never imports data.py or the generators).

1. Format: cases.yaml follows /work/shared/evals/FORMAT.md v1 (keys, kinds, units, no `signed`), ids follow the
   au-* scheme, every figure turn names its body (question, an earlier turn or the case scope), no "volgend/vorig
   jaar", most first figure turns name a year or a document, computed figures and sign cases carry a comment; the
   manifest lists six documents with file/municipality/year/type/title, the four existing ones byte-identical to
   /work/main/corpus with their metadata, the Dinkelland jaarstukken under the existing name "Dinkelland".
2. Figures: every expected and accepted value is re-located at its recorded place (cell: caption, page, pages of
   the table, continuation, group, row, column, cell text and figure token, scale statement and scale, first label
   line and number of label lines, the `pdftotext -layout` line, section; prose: the paragraph, pages, section;
   real text export: line number and text, label, token position, the header line of the column "SOLL 2022");
   derivations are recomputed and written in a comment; "other" printings are re-located and kept out of
   value/accept; the printed sign is kept; accepted values from the real Begroting 2020 and the jaarstukken are
   accepted together only when equal; coverage of the asked figure kinds.
3. Refusals: the recorded absence rules hold and together cover all six documents.
4. Text: the passage is the paragraph that holds its anchor, at its recorded pages and section, and every include
   group has an item in it.  which: candidates re-located and distinct, one include group per candidate naming its
   printed figure, no municipality condition, no year in the question.  any: the excludes are absent from the own
   document.
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

from extract import MINUS, PdfDoc, RealText, clean, figure_token, parse_num, scale_of

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
raw_man = (CORPUS / "manifest.yaml").read_text(encoding="utf-8")
man = yaml.safe_load(raw_man)
DOCS = {m["file"]: m for m in man["documents"]}
ok(len(DOCS) == 6 and all((CORPUS / f).exists() for f in DOCS), "manifest: six documents present")
for m in man["documents"]:
    ok(set(m) == {"file", "municipality", "year", "type", "title"} and isinstance(m["year"], int), f"manifest {m}")
ok(sorted(p.name for p in CORPUS.iterdir()) == sorted(list(DOCS) + ["manifest.yaml"]),
   "corpus holds only the six documents and the manifest")
ok("FICTIONAL" in raw_man, "manifest header says the new documents are fictional")
orig = yaml.safe_load((MAIN_CORPUS / "manifest.yaml").read_text(encoding="utf-8"))["documents"]
for o in orig:
    m = DOCS.get(o["file"])
    ok(m is not None and all(m[k] == o[k] for k in ("municipality", "year", "type", "title")),
       f"manifest entry of {o['file']} copied")
    ok(hashlib.sha256((CORPUS / o["file"]).read_bytes()).hexdigest() ==
       hashlib.sha256((MAIN_CORPUS / o["file"]).read_bytes()).hexdigest(), f"{o['file']} copied unchanged")
OLD = [o["file"] for o in orig]
NEW = [f for f in DOCS if f not in OLD]
ok(len(NEW) == 2, "two new documents")
GF = [f for f in NEW if DOCS[f]["type"] == "begroting"][0]
DF = [f for f in NEW if DOCS[f]["type"] == "jaarstukken"][0]
TWF = [f for f in OLD if f.startswith("twenterand")][0]
DKF = [f for f in OLD if f.startswith("dinkelland")][0]
GB, DB = DOCS[GF]["municipality"], DOCS[DF]["municipality"]
ok(GB not in {o["municipality"] for o in orig}, "the GGD is a new body")
ok(DB == [o["municipality"] for o in orig if o["file"] == DKF][0], "the jaarstukken use the existing name Dinkelland")
ok(DOCS[GF]["year"] == 2026 and DOCS[DF]["year"] == 2022 and GF.endswith(".pdf") and DF.endswith(".pdf"),
   "new documents: GGD begroting 2026 and Dinkelland jaarstukken 2022, both PDF")
BODY = {f: DOCS[f]["municipality"] for f in DOCS}
G, D = PdfDoc(CORPUS / GF, "ggd"), PdfDoc(CORPUS / DF, "dk")
RD = RealText(CORPUS / DKF)
PDOC = {GF: G, DF: D}
ALIASES = {GB: ["tukkerland", "ggd"], DB: ["dinkelland"]}


def doc_text(f):
    p = CORPUS / f
    if f.endswith(".pdf"):
        raw = subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True).stdout
        lay = subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True).stdout
        return raw + "\n" + lay
    return p.read_text(encoding="utf-8")


TEXT = {f: doc_text(f) for f in DOCS}

raw = (SET / "cases.yaml").read_text(encoding="utf-8")
ok(raw.startswith("#") and "GENERATED" in raw.splitlines()[0] and "FICTIONAL" in raw[:1500] and
   "MADE UP" in raw[:1500], "cases.yaml header: generated, says the new documents are fictional")
CASES = yaml.safe_load(raw)
PROV = json.loads((SET / "source" / "provenance.json").read_text(encoding="utf-8"))
COMMENTS: dict[str, str] = {}
_buf: list[str] = []
for ln in raw.splitlines():
    if ln.startswith("#"):
        _buf.append(ln)
        continue
    mm = re.match(r"^- id: (\S+)", ln)
    if mm:
        COMMENTS[mm.group(1)] = " ".join(x.lstrip("# ").strip() for x in _buf)
    _buf = []

# ------------------------------------------------------------------------------------- 1. format
ok(set(CASES) == {"version", "cases"} and CASES["version"] == 1, "version 1 + cases")
ids = [c["id"] for c in CASES["cases"]]
ok(len(ids) == len(set(ids)), "unique ids")
ok(set(ids) == set(PROV), "provenance covers exactly the case ids")
ok(all(re.fullmatch(r"au-(g|d)-(\d\d|conv-\d\d|tekst-\d\d|welke-\d\d|any-\d\d)|au-x-weiger-\d\d", i) for i in ids),
   "ids follow au-g-*/au-d-*/au-x-weiger-*/*-conv-*/*-tekst-*/*-welke-*/*-any-*")
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
CASE_KEYS = {"id", "question", "municipality", "kind", "expect", "turns"}
TURN_KEYS = {"question", "kind", "expect"}
UNITS = {"EUR", "count", "percent", "grade"}
DOCWORDS = r"(?i)begroting|jaarstukken|jaarrekening|meerjarenraming|rekening"


def turns_of(c):
    return c["turns"] if "turns" in c else [c]


counts: dict[str, int] = {}
first_fig, first_named = 0, 0
for c in CASES["cases"]:
    ok(set(c) <= CASE_KEYS and ("turns" in c) != ("question" in c), f"{c['id']}: case keys")
    if "turns" in c:
        ok(len(c["turns"]) >= 2 and "-conv-" in c["id"], f"{c['id']}: a conversation has turns and a conv id")
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
        ok(pk == t["kind"] or (pk == "which" and t["kind"] == "text"), f"{tid}: provenance kind {pk} vs {t['kind']}")
        if t["kind"] == "figure":
            ok(isinstance(e.get("value"), (int, float)) and "municipality" in e and "unit" in e,
               f"{tid}: figure value+unit+municipality")
            ok(any(a in seen.lower() for a in ALIASES[e["municipality"]]),
               f"{tid}: the body is named in the question, an earlier turn or the case scope")
            ok(all(isinstance(x, (int, float)) for x in e.get("accept", [])), f"{tid}: accept numbers")
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
def relocate(src, tid):
    k = src["kind"]
    try:
        if k == "cell":
            doc = PDOC[src["document"]]
            c = doc.cell(src["table"], src["row"], src["column"], src["group"])
            tok = figure_token(c["printed"])
            ok(c["printed"] == src["cell_text"] and tok == src["printed"] and c["page"] == src["page"] and
               c["pages"] == src["table_pages"] and c["continued"] == src["continued"] and
               c["group"] == src["group"], f"{tid}: cell {src['table']}/{src['row']!r}/{src['column']!r} printed "
                                           f"{c['printed']!r} on page {c['page']}")
            ok(c["label_first_line"] == src["label_first_line"] and c["label_lines"] == src["label_lines"],
               f"{tid}: label lines of {src['row']!r}")
            ok(c["scale_statement"] == src["scale_statement"], f"{tid}: scale statement {c['scale_statement']!r}")
            exp_scale = 1 if "%" in tok else (1000 if "(x € 1.000)" in src["row"] else (
                1 if src["scale_statement"].lower().startswith("aantallen") else scale_of(src["scale_statement"])))
            ok(exp_scale == src["scale"], f"{tid}: scale {src['scale']} for {src['scale_statement']!r}")
            ll = doc.layout_line(c["page"], c["label_first_line"], tok)
            ok(ll == src["layout_line"] and ll is not None, f"{tid}: pdftotext -layout line {ll!r}")
            ok(c["section"] == src["section"], f"{tid}: section {c['section']!r}")
            v = parse_num(tok) * src["scale"]
        elif k == "prose":
            occ = PDOC[src["document"]].prose(src["prose"])
            ok(occ == [{"section": src["section"], "pages": src["pages"]}], f"{tid}: prose {src['prose'][:50]!r} {occ}")
            ok(src["printed"] in src["prose"], f"{tid}: printed text in the prose")
            ok(src["scale"] == 1, f"{tid}: prose scale")
            v = parse_num(src["printed"]) * src["scale"]
        elif k == "real_text":
            ok(src["document"] == DKF, f"{tid}: real text is the Dinkelland Begroting 2020")
            ok(RD.find(src["label"]) == src["line"] and RD.line(src["line"]) == src["line_text"],
               f"{tid}: real line {src['line']}")
            toks = RD.tokens(src["line"])
            ok(src["token"] == len(toks) - 1 and toks[src["token"]] == src["printed"], f"{tid}: real token")
            ok(RD.header_above(src["line"], r"SOLL 2022\s*$") == src["header_line"] and
               RD.line(src["header_line"]) == src["header_text"] and
               re.search(r"IST IST SOLL 2022\s*$", src["header_text"]), f"{tid}: header of the column SOLL 2022")
            v = parse_num(src["printed"])
        else:
            ok(False, f"{tid}: unknown source kind {k}")
            return None
    except (LookupError, ValueError, TypeError) as ex:
        ok(False, f"{tid}: {ex}")
        return None
    ok(v is not None and abs(v - src["value"]) < 1e-6, f"{tid}: value {v} != recorded {src['value']}")
    return v


def num_der(v):
    if float(v).is_integer():
        return f"{abs(int(v)):,}".replace(",", ".")
    return f"{v:,.4f}".rstrip("0").rstrip(".").replace(",", "_").replace(".", ",").replace("_", ".")


def recompute(a, tid):
    vals = [relocate(s, tid) for s in a["sources"]]
    if any(v is None for v in vals):
        return None
    op = a.get("op")
    if op is None:
        ok(len(vals) == 1, f"{tid}: one source without op")
        return vals[0]
    x = [abs(v) for v in vals]
    v = {"add": lambda: sum(x), "abs_sub": lambda: x[0] - x[1],
         "pct": lambda: round(100 * (x[0] - x[1]) / x[1], 2), "share": lambda: round(100 * x[0] / x[1], 2)}[op]()
    ok(abs(v - a["value"]) < 0.006, f"{tid}: derivation {a['derivation']} recomputes to {v}")
    ok(all(num_der(y) in a["derivation"].split("=")[0] for y in x), f"{tid}: derivation names every cell")
    return v


n_comp, comp_docs, n_sign, n_vn, n_cont, n_prose_main, n_member, n_cross, n_real_main = 0, {GF: 0, DF: 0}, 0, 0, 0, 0, \
    0, 0, 0
asked = set()
for c in CASES["cases"]:
    for i, t in enumerate(turns_of(c)):
        tid = f"{c['id']}#{i}"
        pv = PROV[c["id"]][i]
        e = t.get("expect", {})
        if pv["kind"] != "figure":
            continue
        v = recompute(pv["main"], tid)
        ok(v is not None and abs(abs(v) - abs(e["value"])) <= 1e-6, f"{tid}: expected value {e['value']} vs {v}")
        if v is not None and "op" not in pv["main"]:
            ok(v == e["value"], f"{tid}: the printed sign is kept ({e['value']} vs {v})")
        ok(float(e["value"]).is_integer() or e["unit"] in ("percent", "grade", "count") or
           (e["unit"] == "EUR" and abs(e["value"]) < 1000), f"{tid}: whole euros (or a per-inwoner amount)")
        for a in pv["accept"]:
            va = recompute(a, tid + " accept")
            pool = e.get("accept", [e["value"]])
            ok(va is not None and any(abs(abs(va) - abs(x)) <= 1e-6 for x in pool), f"{tid}: accepted {va} listed")
        for x in e.get("accept", []):
            ok(any(abs(abs(x) - abs(y["value"])) < 1e-6 for y in [pv["main"]] + pv["accept"]),
               f"{tid}: accept {x} sourced")
        srcs = [s for a in [pv["main"]] + pv["accept"] for s in a["sources"]]
        ok(all(BODY[s["document"]] == e["municipality"] for s in srcs), f"{tid}: cited documents belong to the body")
        # the real Begroting 2020 and the jaarstukken: accepted together only when equal
        if {s["document"] for s in srcs} >= {DKF, DF}:
            vals = {abs(a["value"]) for a in [pv["main"]] + pv["accept"]}
            ok(len(vals) == 1 or "op" in pv["main"], f"{tid}: real begroting and jaarstukken accepted together only "
                                                     f"when equal ({vals})")
        allowed = [abs(e["value"])] + [abs(x) for x in e.get("accept", [])]
        tol = e.get("tolerance", 0)
        for s in pv["other"]:
            vo = relocate(s, tid + " other")
            ok(BODY[s["document"]] == e["municipality"], f"{tid}: other printing belongs to the body")
            ok(vo is not None and all(abs(abs(vo) - a) > max(tol, 1e-6) for a in allowed),
               f"{tid}: other value {vo} kept out of value/accept")
        com = COMMENTS.get(c["id"], "")
        ok("value from" in com, f"{tid}: the comment names the document the value comes from")
        if "op" in pv["main"]:
            n_comp += 1
            comp_docs[DF if any(s["document"] in (DF, DKF) for s in pv["main"]["sources"]) else GF] += 1
            ok("derivation:" in com and pv["main"]["derivation"] in com, f"{tid}: derivation in a comment")
        ms = pv["main"]["sources"]
        pct_printed = any("%" in s["printed"] for s in ms)
        ok((e["unit"] == "percent") == (pct_printed or pv["main"].get("op") in ("pct", "share")),
           f"{tid}: unit {e['unit']} fits the printed figure ({[s['printed'] for s in ms]})")
        ok(e["unit"] != "grade" or all(re.fullmatch(r"\d,\d", s["printed"]) for s in ms), f"{tid}: grade as printed")
        if any(s["printed"].startswith(("-", MINUS)) for s in srcs):
            n_sign += 1
            ok("sign" in com, f"{tid}: the sign convention is explained in a comment")
        if any(s.get("kind") == "cell" and re.search(r"\sN$", s.get("cell_text", "")) for s in ms):
            n_vn += 1
            ok("sign" in com and " N " in com, f"{tid}: the V/N convention in a comment")
        n_cont += any(s.get("continued") for s in srcs)
        n_prose_main += ms[0]["kind"] == "prose" and "op" not in pv["main"] and not pv["accept"]
        n_member += any(s["kind"] == "cell" and s["table"].startswith("Tabel 12") and
                        s["row"] in ("Twenterand", "Dinkelland") for s in ms)
        n_real_main += any(s["kind"] == "real_text" for s in ms)
        allsrc = srcs + pv["other"]
        if re.search(r"\b2022\b", t["question"]) and {s["document"] for s in allsrc} >= {DKF, DF}:
            n_cross += 1
            ok("Begroting 2020" in com and "Jaarstukken 2022" in com or "value from" in com,
               f"{tid}: the comment says which document the value comes from")
        for s in ms:
            if s["kind"] == "cell":
                asked.add((s["document"], s["table"].split()[1]))
ok(n_comp >= 4 and all(x >= 2 for x in comp_docs.values()), f"computed figures ({n_comp}: {comp_docs})")
ok(n_sign >= 3 and n_vn >= 1, f"sign cases: printed negative {n_sign}, V/N {n_vn}")
ok(n_cont >= 2, f"figures from the continuation page of a table ({n_cont})")
ok(n_prose_main >= 2 and n_member >= 3, f"prose-only figures {n_prose_main}, member contributions {n_member}")
ok(n_cross >= 6 and n_real_main >= 2, f"questions naming 2022 held by the real begroting and the jaarstukken "
                                       f"({n_cross}; value from the real begroting: {n_real_main})")


# ------------------------------------------------------------------------------------- 3. refusals
def docs_of(spec):
    if spec == "*":
        return list(DOCS)
    return list(spec) if isinstance(spec, list) else [spec]


def lines_of(f):
    return TEXT[f].splitlines()


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
            for f in docs_of(rule["documents"]):
                if r == "absent_text":
                    ok(rule["text"].lower() not in TEXT[f].lower(), f"{tid}: {rule['text']!r} absent from {f}")
                elif r == "absent_regex":
                    ok(not re.search(rule["text"], TEXT[f]), f"{tid}: /{rule['text']}/ absent from {f}")
                elif r == "no_line_with_both":
                    hits = [ln for ln in lines_of(f) if rule["a"].lower() in ln.lower() and rule["b"].lower() in ln.lower()]
                    ok(not hits, f"{tid}: no line of {f} holds both {rule['a']!r} and {rule['b']!r}: {hits[:2]}")
                elif r == "no_sentence_with_both":
                    sents = [x for p_ in PDOC[f].paragraphs for x in re.split(r"(?<=[.!?])\s+", p_["text"])]
                    hits = [x for x in sents if rule["a"].lower() in x.lower() and rule["b"].lower() in x.lower()]
                    ok(not hits, f"{tid}: no sentence of {f} holds both {rule['a']!r} and {rule['b']!r}: {hits[:1]}")
                elif r == "no_table_column":
                    doc = PDOC[f]
                    bad = [(t_["caption"], col) for t_ in doc.tables for col in t_["columns"] if rule["text"] in col]
                    ok(not bad and doc.tables, f"{tid}: no table of {f} has a column {rule['text']!r}: {bad}")
                elif r == "no_column_in_tables_with_row":
                    doc = PDOC[f]
                    tabs = [t_ for t_ in doc.tables if any(not r_["group"] and r_["label"] == rule["row"]
                                                           for r_ in t_["rows"])]
                    ok(tabs, f"{tid}: some table of {f} holds the row {rule['row']!r}")
                    bad = [col for t_ in tabs for col in t_["columns"][1:] if re.search(rule["text"], col)]
                    ok(not bad, f"{tid}: tables with row {rule['row']!r} have no column /{rule['text']}/: {bad}")
                else:
                    ok(False, f"{tid}: unknown rule {rule}")
                covered.add(f)
        ok(covered == set(DOCS), f"{tid}: absence rules cover all six documents ({sorted(set(DOCS) - covered)})")
        ok(len(pv["why"]) > 20, f"{tid}: refusal reason recorded")
ok(8 <= n_ref <= 10, f"refusal turns ({n_ref})")

# ------------------------------------------------------------------------------------- 4. text, which, any
n_text, n_which, n_any = 0, 0, 0
for c in CASES["cases"]:
    for i, t in enumerate(turns_of(c)):
        tid = f"{c['id']}#{i}"
        pv = PROV[c["id"]][i]
        e = t.get("expect", {})
        if pv["kind"] == "text":
            n_text += 1
            w = pv["where"]
            f = w["document"]
            ok(f in NEW, f"{tid}: passage from a new document")
            hits = PDOC[f].paragraph_with(w["anchor"])
            ok(len(hits) == 1 and hits[0]["text"] == w["passage"] and hits[0]["pages"] == w["pages"] and
               hits[0]["section"] == w["section"], f"{tid}: passage at pages {w['pages']} in {w['section']!r}")
            ok(BODY[f] == e["municipality"], f"{tid}: passage document belongs to the body")
            hay = w["passage"].lower()
            for g in e["include"]:
                items = g if isinstance(g, list) else [g]
                ok(any(x.lower() in hay for x in items), f"{tid}: include {items} in the passage")
        elif pv["kind"] == "which":
            n_which += 1
            ok("-welke-" in c["id"] and t["kind"] == "text", f"{tid}: which-case id and kind")
            vals = [relocate(s, tid + " cand") for s in pv["candidates"]]
            ok(len(vals) >= 2 and len({abs(v) for v in vals if v is not None}) == len(vals),
               f"{tid}: distinct candidates")
            ok(len(e["include"]) == len(pv["candidates"]), f"{tid}: one include group per candidate")
            ok("municipality" not in e, f"{tid}: which-case carries no municipality condition")
            ok(not re.search(r"\b20\d\d\b", t["question"]), f"{tid}: the question names no year")
            flat = [x for g in e["include"] for x in (g if isinstance(g, list) else [g])]
            ok(len(flat) == len(set(flat)), f"{tid}: no rendering shared by two candidates")
            for s, g in zip(pv["candidates"], e["include"]):
                g = g if isinstance(g, list) else [g]
                pr = re.sub(r"\s+[VN]$", "", s["printed"]).lstrip("-" + MINUS).rstrip("%")
                ok(pr in g, f"{tid}: include group {g} names the printed {s['printed']!r}")
        elif pv["kind"] == "any":
            n_any += 1
            for x in e["exclude"]:
                ok(x.lower() not in TEXT[pv["exclude_absent_in"]].lower(), f"{tid}: exclude {x!r} absent from own doc")
            ok(BODY[pv["exclude_absent_in"]] == e["municipality"], f"{tid}: own document belongs to the body")
ok(8 <= n_text <= 10 and 2 <= n_which <= 3 and n_any == 2, f"text {n_text}, which {n_which}, any {n_any}")


# ------------------------------------------------------------------------------------- 5. the figures add up
def num(s):
    if s in (None, "", "-"):
        return 0
    v = parse_num(s)
    if v is None:
        raise ValueError(f"not a number: {s!r}")
    return v


def r1000(v):
    """whole euros -> x € 1.000, half away from zero (as the jaarstukken round)"""
    return int(abs(v) / 1000 + 0.5) * (1 if v >= 0 else -1)


def rowmap(doc, cap):
    out = {}
    for r in doc.rows(cap):
        out[(r["group"], r["label"])] = r["values"]
        out.setdefault((None, r["label"]), r["values"])
    return out


def col(doc, cap, name):
    return doc.table(cap)[0]["columns"].index(name) - 1


try:
    # ---- GGD
    caps = G.captions()
    cap = {k_: [c_ for c_ in caps if re.match(rf"Tabel \d+ {re.escape(k_)}", c_)][0] for k_ in
           ("Overzicht van baten en lasten", "Bijdrage per gemeente 2026", "Verloop reserves", "Belangrijkste risico",
            "Weerstandsvermogen", "Geprognosticeerde balans", "Financiële kengetallen", "Formatie per programma",
            "Investeringen", "Bijdrage per gemeente 2025-2029", "Kerngegevens")}
    OV = rowmap(G, cap["Overzicht van baten en lasten"])
    progs = ["Jeugdgezondheidszorg", "Infectieziektebestrijding", "Gezondheidsbevordering", "Veilig Thuis"]
    for j in range(6):
        L = [num(OV[("Lasten", p)][j]) for p in progs + ["Overhead"]]
        Bt = [num(OV[("Baten", p)][j]) for p in progs + ["Bijdragen gemeenten basistaken",
                                                         "Bijdragen gemeenten maatwerk"]]
        tl, tb = num(OV[("Lasten", "Totaal lasten")][j]), num(OV[("Baten", "Totaal baten")][j])
        ok(sum(L) == tl and sum(Bt) == tb, f"GGD overzicht column {j}: totals add up")
        sal = num(OV[("Baten", "Saldo van baten en lasten")][j])
        ok(sal == tb - tl, f"GGD overzicht column {j}: saldo = baten - lasten")
        res = num(OV[("Baten", "Geraamd resultaat")][j])
        ok(res == sal - num(OV[("Baten", "Toevoegingen aan reserves")][j]) +
           num(OV[("Baten", "Onttrekkingen aan reserves")][j]), f"GGD overzicht column {j}: resultaat")
        if j in (1, 2):
            ok(res == 0, f"GGD begroting column {j} is sluitend")
    for p in progs:
        pc = [c_ for c_ in caps if c_.endswith(f"Lasten en baten {p}")][0]
        PR = rowmap(G, pc)
        ok(PR[(None, "Lasten")] == OV[("Lasten", p)] and PR[(None, "Baten")] == OV[("Baten", p)],
           f"GGD {p}: programme table = overzicht")
        ok(all(num(PR[(None, "Saldo programma")][j]) == num(PR[(None, "Baten")][j]) - num(PR[(None, "Lasten")][j])
               for j in range(6)), f"GGD {p}: saldo programma = baten - lasten")
    # contributions
    BJ = G.rows(cap["Bijdrage per gemeente 2026"])
    members = [r for r in BJ if r["label"] != "Totaal"]
    tot = [r for r in BJ if r["label"] == "Totaal"][0]
    tarief = [parse_num(m_.group(1)) for m_ in [re.search(r"Het tarief voor 2026 is € (\d+,\d\d) per inwoner",
                                                           G.section_text(p_["section"])) for p_ in G.paragraphs] if m_]
    ok(len(set(tarief)) == 1, f"GGD: the tarief basistaken 2026 is printed in prose ({set(tarief)})")
    tar = tarief[0]
    cB = col(G, cap["Bijdrage per gemeente 2026"], "Basistaken 2026")
    for r in members:
        inw, b, mw, t_, pi = (num(r["values"][x]) for x in range(5))
        ok(b == round(inw * tar), f"GGD {r['label']}: basistaken = inwoners × tarief")
        ok(t_ == b + mw and abs(pi - round(t_ / inw, 2)) < 0.001, f"GGD {r['label']}: totaal and per inwoner")
    for x in range(4):
        ok(sum(num(r["values"][x]) for r in members) == num(tot["values"][x]), f"GGD Tabel 12 column {x}: total")
    ok(sum(num(r["values"][5]) for r in members) == num(tot["values"][5]), "GGD Tabel 12 totaal 2025")
    ok(len(members) == 13 and {"Dinkelland", "Twenterand"} <= {r["label"] for r in members},
       "GGD: thirteen members, among them Dinkelland and Twenterand")
    MJ = rowmap(G, cap["Bijdrage per gemeente 2025-2029"])
    mjm = [k_[1] for k_ in MJ if k_[0] is None and k_[1] != "Totaal"]
    for j in range(5):
        ok(sum(num(MJ[(None, m_)][j]) for m_ in mjm) == num(MJ[(None, "Totaal")][j]), f"GGD bijlage column {j}")
        ok(num(MJ[(None, "Totaal")][j]) == num(OV[("Baten", "Bijdragen gemeenten basistaken")][j + 1]) +
           num(OV[("Baten", "Bijdragen gemeenten maatwerk")][j + 1]), f"GGD bijlage column {j} = overzicht bijdragen")
    for r in members:
        ok(abs(num(MJ[(None, r["label"])][1]) * 1000 - num(r["values"][3])) <= 1000 and
           abs(num(MJ[(None, r["label"])][0]) * 1000 - num(r["values"][5])) <= 1000,
           f"GGD {r['label']}: bijlage 2025/2026 round Tabel 12")
    # reserves
    RS = G.rows(cap["Verloop reserves"])
    for r in RS:
        v = [num(x) for x in r["values"]]
        ok(v[2] == v[0] + v[1] and v[5] == v[2] + v[3] - v[4], f"GGD reserve {r['label']}: stands add up")
    rt = [r for r in RS if r["label"] == "Totaal reserves"][0]
    ok(all(sum(num(r["values"][x]) for r in RS if r is not rt) == num(rt["values"][x]) for x in range(6)),
       "GGD reserves: totals")
    ok(num(rt["values"][3]) == num(OV[("Baten", "Toevoegingen aan reserves")][2]) and
       num(rt["values"][4]) == num(OV[("Baten", "Onttrekkingen aan reserves")][2]),
       "GGD reserves 2026 = mutaties in the overzicht")
    alg = [r for r in RS if r["label"] == "Algemene reserve"][0]
    ok(num(alg["values"][1]) == num(OV[("Baten", "Geraamd resultaat")][0]),
       "GGD: the resultaat 2024 is added to the algemene reserve in 2025")
    # risks and weerstandsvermogen
    RK = G.rows(cap["Belangrijkste risico"])
    for r in RK[:-1]:
        ok(round(num(r["values"][0]) / 100 * num(r["values"][1])) == num(r["values"][2]),
           f"GGD risk {r['label'][:30]}: kans × effect")
    ok(sum(num(r["values"][2]) for r in RK[:-1]) == num(RK[-1]["values"][2]), "GGD risks: total")
    WV = rowmap(G, cap["Weerstandsvermogen"])
    bes, ben = num(WV[(None, "Beschikbare weerstandscapaciteit")][0]), num(WV[(None, "Benodigde weerstandscapaciteit")][0])
    ok(bes == num(WV[(None, "Algemene reserve per 1 januari 2026")][0]) + num(WV[(None, "Post onvoorzien")][0]) and
       ben == num(RK[-1]["values"][2]) and abs(num(WV[(None, "Ratio weerstandsvermogen")][0]) - round(bes / ben, 2)) < 1e-9
       and num(WV[(None, "Algemene reserve per 1 januari 2026")][0]) == num(alg["values"][2]),
       "GGD weerstandsvermogen: capaciteit, benodigd (= risks), ratio, algemene reserve (= Tabel reserves)")
    # balans and kengetallen
    BL = rowmap(G, cap["Geprognosticeerde balans"])
    KG = rowmap(G, cap["Financiële kengetallen"])
    for j in range(3):
        act = sum(num(BL[("Activa", n_)][j]) for n_ in ("Materiële vaste activa", "Uitzettingen korter dan een jaar",
                                                        "Liquide middelen", "Overlopende activa"))
        pas = sum(num(BL[("Passiva", n_)][j]) for n_ in ("Eigen vermogen", "Voorzieningen", "Vaste schulden",
                                                         "Netto vlottende schulden", "Overlopende passiva"))
        ok(act == num(BL[("Activa", "Totaal activa")][j]) == pas == num(BL[("Passiva", "Totaal passiva")][j]),
           f"GGD balans {j}: activa = passiva")
        ev = num(BL[("Passiva", "Eigen vermogen")][j])
        ok(abs(num(KG[(None, "Solvabiliteitsratio")][j]) - round(100 * ev / pas, 1)) < 1e-9,
           f"GGD solvabiliteit {j} = eigen vermogen / balanstotaal")
        nsq = round(100 * (num(BL[("Passiva", "Vaste schulden")][j]) + num(BL[("Passiva", "Netto vlottende schulden")][j])
                           + num(BL[("Passiva", "Overlopende passiva")][j]) - num(
                    BL[("Activa", "Uitzettingen korter dan een jaar")][j]) - num(BL[("Activa", "Liquide middelen")][j])
                           - num(BL[("Activa", "Overlopende activa")][j])) / num(OV[("Baten", "Totaal baten")][j]), 1)
        ok(abs(num(KG[(None, "Netto schuldquote")][j]) - nsq) < 1e-9, f"GGD netto schuldquote {j}")
    ok(num(BL[("Passiva", "Eigen vermogen")][0]) == num(rt["values"][0]) + num(OV[("Baten", "Geraamd resultaat")][0])
       and num(BL[("Passiva", "Eigen vermogen")][2]) == num(rt["values"][5]) and
       num(BL[("Passiva", "Eigen vermogen")][1]) == num(rt["values"][2]), "GGD eigen vermogen = reserves (+ resultaat)")
    FT = G.rows(cap["Formatie per programma"])
    ok(all(abs(sum(num(r["values"][x]) for r in FT[:-1]) - num(FT[-1]["values"][x])) < 0.05 for x in range(2)),
       "GGD formatie: total")
    IV = G.rows(cap["Investeringen"])
    ok(all(num(r["values"][2]) == round(num(r["values"][0]) / num(r["values"][1]) + 0.02 * num(r["values"][0]))
           for r in IV[:-1]), "GGD investeringen: kapitaallasten = afschrijving + 2% rente")
    KE = rowmap(G, cap["Kerngegevens"])
    ok(num(KE[(None, "Inwoners werkgebied per 1 januari 2025")][0]) == num(tot["values"][0]) and
       num(KE[(None, "Totale lasten (x € 1.000)")][0]) == num(OV[("Lasten", "Totaal lasten")][2]) and
       num(KE[(None, "Bijdragen gemeenten (x € 1.000)")][0]) == num(MJ[(None, "Totaal")][1]) and
       abs(num(KE[(None, "Formatie (fte)")][0]) - num(FT[-1]["values"][1])) < 1e-9, "GGD kerngegevens")

    # ---- Dinkelland
    dcaps = D.captions()
    kost = [c_ for c_ in dcaps if "Wat heeft het gekost?" in c_]
    ok(len(kost) == 4, "DK: four 'Wat heeft het gekost?' tables")
    DOV = rowmap(D, "Tabel 4.1 Overzicht van baten en lasten 2022")
    for kc in kost:
        rs = D.rows(kc)
        for grp_ in ("Lasten", "Baten"):
            items = [r for r in rs if r["group"] == grp_ and not r["label"].startswith(("Totaal", "Saldo"))]
            totr = [r for r in rs if r["group"] == grp_ and r["label"] == f"Totaal {grp_.lower()}"][0]
            for x in range(3):
                ok(sum(num(r["values"][x]) for r in items) == num(totr["values"][x]), f"DK {kc[6:9]} {grp_} col {x}")
            for r in items + [totr]:
                dlt = num(r["values"][1]) - num(r["values"][2]) if grp_ == "Lasten" else \
                    num(r["values"][2]) - num(r["values"][1])
                s_ = r["values"][3]
                ok((dlt == 0 and s_ == "0") or (abs(dlt) == num(s_) and s_.endswith("V" if dlt > 0 else "N")),
                   f"DK {kc[6:9]} {r['label']}: Saldo (V/N) {s_}")
        sal = [r for r in rs if r["label"].startswith("Saldo")][0]
        tl = [r for r in rs if r["label"] == "Totaal lasten"][0]
        tb = [r for r in rs if r["label"] == "Totaal baten"][0]
        ok(all(num(sal["values"][x]) == num(tb["values"][x]) - num(tl["values"][x]) for x in range(3)),
           f"DK {kc[6:9]}: saldo = baten - lasten")
        amb = kc.split("? ")[1]
        key = f"Ambitie {amb}" if amb != "Basisbegroting" else "Basisbegroting"
        ok(all(num(DOV[("Lasten", key)][x]) == -r1000(num(tl["values"][x])) and
               num(DOV[("Baten", key)][x]) == r1000(num(tb["values"][x])) for x in range(3)),
           f"DK overzicht {key} = tabel {kc[6:9]} / 1000")
    for x in range(3):
        lt = [num(DOV[("Lasten", k_[1])][x]) for k_ in DOV if k_[0] == "Lasten" and k_[1] != "Totaal lasten"]
        bt = [num(DOV[("Baten", k_[1])][x]) for k_ in DOV if k_[0] == "Baten" and k_[1] not in (
            "Totaal baten", "Saldo van baten en lasten", "Toevoegingen aan reserves", "Onttrekkingen aan reserves",
            "Resultaat")]
        TL, TB = num(DOV[("Lasten", "Totaal lasten")][x]), num(DOV[("Baten", "Totaal baten")][x])
        ok(abs(sum(lt) - TL) <= 2 and abs(sum(bt) - TB) <= 3, f"DK overzicht col {x}: totals within rounding")
        S_ = num(DOV[("Baten", "Saldo van baten en lasten")][x])
        ok(abs(TB + TL - S_) <= 1, f"DK overzicht col {x}: saldo")
        ok(abs(S_ + num(DOV[("Baten", "Toevoegingen aan reserves")][x]) +
               num(DOV[("Baten", "Onttrekkingen aan reserves")][x]) - num(DOV[("Baten", "Resultaat")][x])) <= 1,
           f"DK overzicht col {x}: resultaat")
    OZ = D.rows("Tabel 3.1 Opbrengst onroerendezaakbelastingen 2022")
    ozt = OZ[-1]
    ok(all(sum(num(r["values"][x]) for r in OZ[:-1]) == num(ozt["values"][x]) for x in (1, 2, 3)) and
       all(num(r["values"][3]) == num(r["values"][2]) - num(r["values"][1]) for r in OZ), "DK OZB table adds up")
    ok(num(DOV[("Baten", "Onroerendezaakbelastingen")][2]) == r1000(num(ozt["values"][2])) and
       num(DOV[("Baten", "Onroerendezaakbelastingen")][1]) == r1000(num(ozt["values"][1])),
       "DK overzicht OZB = paragraaf lokale heffingen")
    RSV = D.rows("Tabel 4.3 Verloop reserves 2022")
    rtot = RSV[-1]
    for r in RSV:
        v = [num(x) for x in r["values"]]
        ok(v[3] == v[0] + v[1] - v[2], f"DK reserve {r['label']}: stand 31-12 = 1-1 + toevoegingen - onttrekkingen")
    ok(all(sum(num(r["values"][x]) for r in RSV[:-1]) == num(rtot["values"][x]) for x in range(4)), "DK reserves total")
    ok(r1000(num(rtot["values"][1])) == -num(DOV[("Baten", "Toevoegingen aan reserves")][2]) and
       r1000(num(rtot["values"][2])) == num(DOV[("Baten", "Onttrekkingen aan reserves")][2]),
       "DK reserves mutaties = overzicht rekening")
    BAL = rowmap(D, "Tabel 4.2 Balans")
    algr = [r for r in RSV if r["label"] == "Algemene reserve"][0]
    for j in range(2):
        act = sum(num(BAL[("Activa", k_[1])][j]) for k_ in BAL if k_[0] == "Activa" and k_[1] != "Totaal activa")
        ev = sum(num(BAL[("Passiva", n_)][j]) for n_ in ("Algemene reserve", "Bestemmingsreserves",
                                                          "Gerealiseerd resultaat"))
        ok(ev == num(BAL[("Passiva", "Eigen vermogen")][j]), f"DK balans {j}: eigen vermogen")
        pas = ev + sum(num(BAL[("Passiva", k_[1])][j]) for k_ in BAL if k_[0] == "Passiva" and k_[1] not in (
            "Algemene reserve", "Bestemmingsreserves", "Gerealiseerd resultaat", "Eigen vermogen", "Totaal passiva"))
        ok(act == num(BAL[("Activa", "Totaal activa")][j]) == pas == num(BAL[("Passiva", "Totaal passiva")][j]),
           f"DK balans {j}: activa = passiva")
        ok(abs(num(rowmap(D, "Tabel 3.6 Financiële kengetallen")[(None, "Solvabiliteitsratio")][2 - 2 * j]) -
               round(100 * ev / pas, 1)) < 1e-9, f"DK solvabiliteit {j} = eigen vermogen / balanstotaal")
    ok(num(BAL[("Passiva", "Algemene reserve")][0]) == r1000(num(algr["values"][3])) and
       num(BAL[("Passiva", "Algemene reserve")][1]) == r1000(num(algr["values"][0])) and
       num(BAL[("Passiva", "Bestemmingsreserves")][0]) == r1000(num(rtot["values"][3]) - num(algr["values"][3]))
       and num(BAL[("Passiva", "Gerealiseerd resultaat")][0]) == num(DOV[("Baten", "Resultaat")][2]) and
       num(BAL[("Passiva", "Gerealiseerd resultaat")][1]) * 1000 == round(num(algr["values"][1]), -3),
       "DK balans reserves = tabel 4.3, resultaat = overzicht, resultaat 2021 = toevoeging algemene reserve")
    VZ = D.rows("Tabel 4.4 Verloop voorzieningen 2022")
    ok(all(num(r["values"][3]) == num(r["values"][0]) + num(r["values"][1]) - num(r["values"][2]) for r in VZ) and
       r1000(num(VZ[-1]["values"][3])) == num(BAL[(None, "Voorzieningen")][0]) and
       r1000(num(VZ[-1]["values"][0])) == num(BAL[(None, "Voorzieningen")][1]), "DK voorzieningen = balans")
    DRK = D.rows("Tabel 3.3 Risico's per 31 december 2022")
    DWV = rowmap(D, "Tabel 3.4 Weerstandsvermogen per 31 december 2022")
    ok(all(round(num(r["values"][0]) / 100 * num(r["values"][1])) == num(r["values"][2]) for r in DRK[:-1]) and
       sum(num(r["values"][2]) for r in DRK[:-1]) == num(DRK[-1]["values"][2]) ==
       num(DWV[(None, "Benodigde weerstandscapaciteit")][0]), "DK risks and benodigde capaciteit")
    besd = num(DWV[(None, "Beschikbare weerstandscapaciteit")][0])
    ok(besd == sum(num(DWV[(None, n_)][0]) for n_ in ("Algemene reserve", "Onbenutte belastingcapaciteit",
                                                       "Stelpost onvoorzien")) and
       num(DWV[(None, "Algemene reserve")][0]) == num(BAL[("Passiva", "Algemene reserve")][0]) and
       abs(num(DWV[(None, "Ratio weerstandsvermogen")][0]) - round(besd / num(DRK[-1]["values"][2]), 2)) < 1e-9,
       "DK weerstandsvermogen")
    # prose ties: resultaat, analysis, resultaatbestemming
    res_p = [p for p in D.paragraphs if "sluit met een voordelig resultaat van" in p["text"]][0]["text"]
    res_e = parse_num(re.search(r"voordelig resultaat van € (\d{1,3}(?:\.\d{3})*)", res_p).group(1))
    ok(r1000(res_e) == num(DOV[("Baten", "Resultaat")][2]), "DK resultaat in prose = overzicht")
    ana = [p for p in D.paragraphs if "jeugdhulp met verblijf vielen" in p["text"]][0]["text"]
    amts = [parse_num(x) for x in re.findall(r"€ (\d{1,3}(?:\.\d{3})*)", ana)]
    meedoen = [r for r in D.rows("Tabel 2.2 Wat heeft het gekost? Inclusieve samenleving")
               if r["label"] == "Meer inwoners kunnen meedoen" and r["group"] == "Lasten"][0]
    ok(sum(amts) == num(meedoen["values"][3]) and meedoen["values"][3].endswith("N"),
       "DK analysis: jeugdhulp met verblijf + Wmo-hulpmiddelen = saldo Meer inwoners kunnen meedoen")
    bst = [p for p in D.paragraphs if "als volgt te bestemmen" in p["text"]][0]["text"]
    b_amts = [parse_num(x) for x in re.findall(r"€ (\d{1,3}(?:\.\d{3})*)", bst)]
    ok(b_amts[0] == res_e and b_amts[1] + b_amts[2] == res_e, "DK resultaatbestemming adds up")
except (LookupError, ValueError, IndexError, KeyError, AttributeError, TypeError) as ex:
    ok(False, f"add-ups: {type(ex).__name__}: {ex}")

# ------------------------------------------------------------------------------------- 6. layout features
FEATURES: list[tuple[str, str, bool]] = []


def feat(doc, name, cond):
    FEATURES.append((doc, name, bool(cond)))
    ok(cond, f"layout feature {doc}: {name}")


def info(f):
    out = subprocess.run(["pdfinfo", str(CORPUS / f)], capture_output=True, text=True).stdout
    return dict(re.findall(r"^([^:]+):\s*(.*)$", out, re.M))


try:
    MEMBERS = [r["label"] for r in G.rows(cap["Bijdrage per gemeente 2026"]) if r["label"] != "Totaal"]
except (NameError, LookupError):
    MEMBERS = []
try:
    gi = info(GF)
    feat("GGD", f"typeset with Typst ({gi.get('Creator')})", gi.get("Creator", "").startswith("Typst"))
    feat("GGD", f"16-22 pages ({G.npages})", 16 <= G.npages <= 22)
    feat("GGD", "every page landscape A4", all(p["width"] > p["height"] and abs(p["width"] - 841.89) < 1
                                               for p in G.pages))
    heads = [G.running(p)["header"] for p in range(2, G.npages + 1)]
    feat("GGD", "running header names the GGD on every page after the title page, never a member",
         all("GGD Tukkerland" in h and "Programmabegroting 2026" in h and not any(m_ in h for m_ in MEMBERS)
             for h in heads) and MEMBERS)
    p1 = " ".join(w["text"] for w in G.pages[0]["words"])
    feat("GGD", "title page names the GGD and no member; says the document is fictional",
         "GGD Tukkerland" in p1 and "Programmabegroting 2026" in p1 and "Fictief document" in p1 and
         not any(m_ in p1 for m_ in MEMBERS))
    feat("GGD", "footer 'Pagina n van N' on every page after the title page",
         all(f"Pagina {p} van {G.npages}" in G.running(p)["footer"] for p in range(2, G.npages + 1)))
    gt = [t for t in G.tables]
    feat("GGD", f"{len(gt)} tables, all with vertical rules between all columns (grid)",
         len(gt) >= 15 and all(t["vlines"] == t["ncols"] + 1 and all(n_ in (2, t["ncols"] + 1) for n_ in t["row_vlines"])
                               and t["ncols"] >= 2 for t in gt))
    scaled = [t for t in gt if t["caption"] and "x € 1.000" in (t["scale_statement"] or "")]
    euros = [t for t in gt if t["caption"] and re.search(r"in euro", t["scale_statement"] or "")]
    money = [t for t in gt if t["caption"] and re.search(r"€|euro", t["scale_statement"] or "")]
    feat("GGD", f"amounts x € 1.000 in most tables ({len(scaled)} of {len(money)} money tables), exactly one table in "
                f"whole euros ({[t['caption'] for t in euros]})",
         len(euros) == 1 and len(scaled) >= 0.8 * len(money) and all(
             float(num(v)).is_integer() for r in G.rows(euros[0]["caption"]) for v in r["values"][:4] + r["values"][5:]))
    cont = [t for t in gt if t["continues"]]
    feat("GGD", f"a table continued over two pages with its header repeated ({[t['continues'] for t in cont]})",
         any(t["continues"] == cap["Bijdrage per gemeente 2026"] for t in cont) and all(
             t["columns"] == G.table(t["continues"])[0]["columns"] for t in cont))
    bjparts = G.table(cap["Bijdrage per gemeente 2026"])
    feat("GGD", "Dinkelland on the first page of the contributions table, Twenterand on its continuation page",
         any(r["label"] == "Dinkelland" for r in bjparts[0]["rows"]) and
         any(r["label"] == "Twenterand" for t in bjparts[1:] for r in t["rows"]))
    feat("GGD", "two-row header: 'Meerjarenraming' spans 2027-2029",
         G.table(cap["Overzicht van baten en lasten"])[0]["parents"][4:] == ["Meerjarenraming"] * 3 and
         G.table(cap["Overzicht van baten en lasten"])[0]["columns"][1:] ==
         ["Rekening 2024", "Begroting 2025 na wijziging", "Begroting 2026", "2027", "2028", "2029"])
    feat("GGD", "four programmes with lasten/baten over Rekening 2024 - 2029",
         all(any(c_.endswith(f"Lasten en baten {p}") for c_ in caps) for p in progs))
    feat("GGD", "bijdragen per gemeente: inwoners, basistaken, maatwerk, per inwoner",
         G.table(cap["Bijdrage per gemeente 2026"])[0]["columns"][1:6] ==
         ["Inwoners 1-1-2025", "Basistaken 2026", "Maatwerk 2026", "Totaal 2026", "Per inwoner 2026"])
    feat("GGD", "reserves, weerstandsvermogen and kengetallen tables",
         all(k_ in cap for k_ in ("Verloop reserves", "Weerstandsvermogen", "Financiële kengetallen")))
    feat("GGD", "negative amounts printed with the typographic minus U+2212",
         any(v.startswith(MINUS) for r in G.rows(cap["Overzicht van baten en lasten"]) for v in r["values"]) and
         not any(re.fullmatch(r"-\d.*", v) for t in gt for r in t["rows"] if not r["group"] for v in r["values"]))
    two_col = [p for p in G.pages if any(s.x1 < p["width"] / 2 - 2 and s.kind == "prose" for s in G.segs[p["no"]]) and
               any(s.x0 > p["width"] / 2 + 2 and s.kind == "prose" for s in G.segs[p["no"]])]
    feat("GGD", f"two-column prose on {len(two_col)} pages", len(two_col) >= 4)
    allp = " ".join(p["text"] for p in G.paragraphs)
    feat("GGD", "key figures in prose: vaccinatiegraad %, contactmomenten, fte",
         re.search(r"vaccinatiegraad .*?\d+,\d%", allp) and re.search(r"\d{1,3}\.\d{3} contactmomenten", allp) and
         re.search(r"\d+,\d fte", allp))
    feat("GGD", "a table of contents page (page 2)",
         any(s.kind == "toc" for s in G.segs[2]))
    di = info(DF)
    feat("DK", f"made with reportlab ({di.get('Producer')})", "ReportLab" in di.get("Producer", ""))
    feat("DK", f"14-20 pages ({D.npages})", 14 <= D.npages <= 20)
    feat("DK", "portrait A4", all(p["height"] > p["width"] for p in D.pages))
    feat("DK", "running header 'Gemeente Dinkelland | Jaarstukken 2022' and footer 'pagina n'",
         all("Gemeente Dinkelland" in D.running(p)["header"] and "Jaarstukken 2022" in D.running(p)["header"] and
             D.running(p)["footer"].strip() == f"pagina {p}" for p in range(2, D.npages + 1)))
    p1d = " ".join(w["text"] for w in D.pages[0]["words"])
    feat("DK", "cover says the document is fictional", "Fictief document" in p1d)
    toc = [m_.groups() for m_ in (re.match(r"^\s*(\S.*?)\s*(?:\.\s*){3,}(\d+)\s*$", ln)
                                  for ln in D.layout[1].splitlines()) if m_]
    hd = {h[2]: h[0] for h in D.headings() if h[1] <= 2}
    feat("DK", f"table of contents with page numbers that match the headings ({len(toc)} entries)",
         len(toc) >= 15 and all(hd.get(clean(t_)) == int(n_) for t_, n_ in toc) and len(toc) == len(hd))
    kc_cols = ["Omschrijving", "Begroting 2022 primitief", "Begroting 2022 na wijziging", "Rekening 2022", "Saldo (V/N)"]
    feat("DK", "per ambitie 'Wat heeft het gekost?' with primitief / na wijziging / rekening / Saldo (V/N)",
         len(kost) == 4 and all(D.table(k_)[0]["columns"] == kc_cols for k_ in kost))
    hs = [h[2] for h in D.headings()]
    feat("DK", "jaarverslag per actielijn: 'Wat hebben we bereikt?' (4x) and the 'Doel:' sentences of the real Begroting "
               "2020", hs.count("Wat hebben we bereikt?") == 4 and all(
                   any(p["text"].startswith("Doel: ") and p["text"][6:46] in RD.text() for p in D.paragraphs
                       if a_ in p["section"]) for a_ in
                   ("Langer gezond", "Versterken sociale basis", "Zorg meer nabij", "Meer inwoners kunnen meedoen")))
    IR = D.rows("Tabel 2.1 Indicatoren ambitie Inclusieve samenleving")


    def _real_match(r):
        nul, jaar = r["values"][0].split()[0], r["values"][0].split()[1].strip("()")
        hits = [ln for ln in RD.lines if ln.strip().startswith(r["label"])]
        return len(hits) == 1 and hits[0].rstrip().endswith(f"{jaar} {nul} {r['values'][1]}")


    feat("DK", "indicator rows with the labels of the real Begroting 2020 (nulmeting and SOLL 2022 equal)",
         len(IR) >= 2 and all(_real_match(r) for r in IR[:2]))
    feat("DK", "analysis of the biggest deviations in prose", "2 Programmaverantwoording > 2.5 Analyse van de grootste "
         "afwijkingen" in {p["section"].rsplit(" > ", 1)[0] for p in D.paragraphs} | {p["section"] for p in D.paragraphs})
    feat("DK", "paragraaf lokale heffingen with the realised OZB yield", "Gerealiseerd 2022" in
         D.table("Tabel 3.1 Opbrengst onroerendezaakbelastingen 2022")[0]["columns"])
    feat("DK", "reserves: stand 1-1-2022, toevoegingen, onttrekkingen, stand 31-12-2022",
         D.table("Tabel 4.3 Verloop reserves 2022")[0]["columns"][1:] ==
         ["Stand 1-1-2022", "Toevoegingen", "Onttrekkingen", "Stand 31-12-2022"])
    feat("DK", "balans 31-12-2022 and 31-12-2021", D.table("Tabel 4.2 Balans")[0]["columns"][1:] ==
         ["31-12-2022", "31-12-2021"])
    feat("DK", "kengetallen begroot and gerealiseerd", D.table("Tabel 3.6 Financiële kengetallen")[0]["columns"][1:] ==
         ["Rekening 2021", "Begroting 2022", "Rekening 2022"])
    feat("DK", "tables with horizontal rules only (no vertical rules after the cover)",
         all(not p["vl"] for p in D.pages[1:]) and all(t["vlines"] == 0 for t in D.tables))
    feat("DK", "row labels running over two lines",
         sum(1 for t in D.tables for r in t["rows"] if not r["group"] and r["label_lines"] == 2) >= 3)
    feat("DK", "group rows (Lasten/Baten, Activa/Passiva)", all(any(r["group"] for r in t["rows"]) for t in D.tables
                                                                  if t["caption"] and ("gekost" in t["caption"] or
                                                                                       "Balans" in t["caption"])))
except (NameError, LookupError, IndexError, KeyError, ValueError, TypeError, AttributeError) as ex:
    ok(False, f"layout features: {type(ex).__name__}: {ex}")

# ------------------------------------------------------------------------------------- report
print(f"set-au: {len(CASES['cases'])} cases, {sum(len(turns_of(c)) for c in CASES['cases'])} turns; "
      f"turn kinds {dict(sorted(counts.items()))}")
print("layout features:")
for doc, name, good in FEATURES:
    print(f"  [{'x' if good else ' '}] {doc}: {name}")
print(f"{N} checks, {len(FAIL)} failed")
for f_ in FAIL[:80]:
    print("FAIL", f_)
sys.exit(1 if FAIL else 0)
