"""Verify set-ar against the FINISHED documents only (never imports data.py or the generators).

1. Format: cases.yaml follows /work/shared/evals/FORMAT.md v1 (keys, kinds, units, no `signed`), ids follow the
   ar-* scheme, every figure turn names its body (question, an earlier turn or the case scope), no "volgend/vorig
   jaar", most first figure turns name a year or a document; computed figures and sign cases carry a comment;
   the manifest lists six documents (file, municipality, year, type, title), the four existing ones
   byte-identical to /work/main/corpus with their metadata.
2. Figures: every expected and accepted value is re-located at its recorded place (PDF cell: caption, page, wide
   or in which column, row, group, column name incl. the spanning header, printed text, scale statement and
   scale, '€' set apart, the `pdftotext -layout` line of the row cut out of the table region, section path; PDF
   prose: the fragment in the running text read column by column, page, column, section path; HTML cell: caption,
   table index, row, group, column, printed text, scale statement, the row as a text line, section path; HTML
   prose: the paragraph, section path); derivations are recomputed; "other" printings are re-located and kept out
   of value/accept; rounded renderings are listed exactly or covered by a tolerance; a figure accepted with both
   signs must be printed with both signs in the document.
3. Refusals: the recorded absence rules hold and together cover all six documents.
4. Text: the passage is at its recorded place and every include group has an item in it.  which: candidates
   re-located and distinct, one include group per candidate naming its printed figure, no municipality
   condition, no year in the question.  any: the excludes are absent from the own document.
5. The printed figures of both new documents add up (read from the files).
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

from extract import GrPdf, HtmlPage, doc_text, norm, parse_num, parse_words_amount, scale_of, vn_of

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
GF = [f for f in NEW if f.endswith(".pdf")][0]
HF = [f for f in NEW if f.endswith(".html")][0]
VR, LW = DOCS[GF]["municipality"], DOCS[HF]["municipality"]
ok(DOCS[GF]["year"] == 2027 and DOCS[GF]["type"] == "begroting" and DOCS[GF]["title"] == "Begroting 2027"
   and VR.startswith("Veiligheidsregio "), "GR: Begroting 2027 of a veiligheidsregio")
ok(DOCS[HF]["year"] == 2026 and DOCS[HF]["type"] == "begroting" and DOCS[HF]["title"].startswith(
    "Programmabegroting 2026"), "HTML: Programmabegroting 2026")
ok(VR not in {o["municipality"] for o in orig} and LW not in {o["municipality"] for o in orig}, "two new bodies")
BODY = {f: DOCS[f]["municipality"] for f in DOCS}
GP, HP = GrPdf(CORPUS / GF), HtmlPage(CORPUS / HF)
ALIASES = {VR: [VR.lower(), VR.split(" ", 1)[1].lower()], LW: [LW.lower()], "Twenterand": ["twenterand"],
           "Dinkelland": ["dinkelland"], "Wassenaar": ["wassenaar"], "Collectie Overijssel": ["collectie overijssel"]}
TEXT = {f: doc_text(CORPUS / f) for f in DOCS}

raw = (SET / "cases.yaml").read_text(encoding="utf-8")
ok(raw.startswith("#") and "GENERATED" in raw.splitlines()[0] and "FICTIONAL" in raw[:1500],
   "cases.yaml header: generated, says the new documents are fictional")
CASES = yaml.safe_load(raw)
PROV = json.loads((SET / "source" / "provenance.json").read_text(encoding="utf-8"))
COMMENTS: dict[str, str] = {}
_buf: list[str] = []
for ln in raw.splitlines():
    if ln.startswith("#"):
        _buf.append(ln)
        continue
    m = re.match(r"^- id: (\S+)", ln)
    if m:
        COMMENTS[m.group(1)] = " ".join(x.lstrip("# ").strip() for x in _buf)
    _buf = []

# ------------------------------------------------------------------------------------- 1. format
ok(set(CASES) == {"version", "cases"} and CASES["version"] == 1, "version 1 + cases")
ids = [c["id"] for c in CASES["cases"]]
ok(len(ids) == len(set(ids)), "unique ids")
ok(set(ids) == set(PROV), "provenance covers exactly the case ids")
ok(all(re.fullmatch(r"ar-(g|h)-(\d\d|conv-\d\d|tekst-\d\d|welke-\d\d|any-\d\d)|ar-x-weiger-\d\d", i) for i in ids),
   "ids follow ar-g-*/ar-h-*/ar-x-weiger-*/*-conv-*/*-tekst-*/*-welke-*/*-any-*")
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
CASE_KEYS = {"id", "question", "municipality", "kind", "expect", "turns"}
TURN_KEYS = {"question", "kind", "expect"}
UNITS = {"EUR", "count", "percent", "grade"}
DOCWORDS = r"(?i)begroting|programmabegroting"


def turns_of(c):
    return c["turns"] if "turns" in c else [c]


counts: dict[str, int] = {}
first_fig, first_named = 0, 0
fig_by_doc = {"g": 0, "h": 0}
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
        if t["kind"] == "figure":
            ok(isinstance(e.get("value"), (int, float)) and "municipality" in e, f"{tid}: figure value+municipality")
            ok(any(a in seen.lower() for a in ALIASES[e["municipality"]]),
               f"{tid}: the body is named in the question, an earlier turn or the case scope")
            for x in e.get("accept", []):
                ok(isinstance(x, (int, float)), f"{tid}: accept numbers")
            ok("accept" not in e or e["value"] in e["accept"], f"{tid}: value is among accept")
            if "turns" not in c:
                fig_by_doc[c["id"][3]] += 1
            if i == 0:
                first_fig += 1
                first_named += bool(re.search(r"\b20\d\d\b", t["question"]) or re.search(DOCWORDS, t["question"]))
        if t["kind"] == "text":
            ok(isinstance(e.get("include"), list) and e["include"], f"{tid}: text include")
        if t["kind"] == "refusal":
            ok(not e, f"{tid}: refusal without expect")
        if t["kind"] == "any":
            ok(e.get("exclude"), f"{tid}: any with exclude")
ok(first_named >= 0.9 * first_fig, f"most first figure turns name a year or a document ({first_named}/{first_fig})")
ok(18 <= fig_by_doc["g"] <= 23 and 13 <= fig_by_doc["h"] <= 17,
   f"single figure cases: GR {fig_by_doc['g']} (about 20), HTML {fig_by_doc['h']} (about 15)")
ok(55 <= len(CASES["cases"]) <= 66 and 64 <= sum(len(turns_of(c)) for c in CASES["cases"]) <= 76,
   f"about 60 cases and 70 turns ({len(CASES['cases'])}, {sum(len(turns_of(c)) for c in CASES['cases'])})")


# ------------------------------------------------------------------------------------- 2. figures
def expected_pdf_scale(c, src):
    if "%" in src["printed"] or src["row"].startswith("Ratio") or "(%)" in c["table"]["caption"]:
        return 1
    return c["scale"]


def relocate(src, tid):
    k = src["kind"]
    try:
        if k == "pdf_cell":
            t = GP.table(src["table"])
            c = GP.cell(src["table"], src["row"], src["column"], src["group"])
            ok(t["page"] == src["page"] and t["wide"] == src["wide"] and t["column"] == src["column_side"],
               f"{tid}: table {src['table']!r} on page {t['page']} (wide {t['wide']}, column {t['column']})")
            ok(c["printed"] == src["printed"], f"{tid}: pdf cell {src['row']!r}/{src['column']!r} printed "
                                               f"{c['printed']!r} (recorded {src['printed']!r})")
            ok(c["row"]["in_group"] == src["group"] or src["group"] is None, f"{tid}: group {src['group']}")
            ok(expected_pdf_scale(c, src) == src["scale"], f"{tid}: scale {src['scale']}")
            if src["scale_statement"]:
                hay = t["caption"] + " " + t["header_text"] + " " + c["row"]["cells"].get("Eenheid", "")
                ok(src["scale_statement"] in hay and scale_of(src["scale_statement"]) == src["scale"],
                   f"{tid}: scale statement {src['scale_statement']!r}")
            else:
                ok(src["scale"] == 1, f"{tid}: a scaled cell names its scale statement")
            ok((src["column"] in c["row"]["currency_apart"]) == src["currency_apart"], f"{tid}: '€' set apart")
            ok(GP.layout_line(t, src["row"], src["printed"]) == src["layout_line"],
               f"{tid}: pdftotext -layout line {src['layout_line']!r}")
            ok(GP.table_section(src["table"]) == src["section"], f"{tid}: section {src['section']!r}")
            v = parse_num(c["printed"]) * src["scale"]
        elif k == "pdf_prose":
            occ = GP.find_prose(src["prose"])
            ok(len(occ) == 1, f"{tid}: pdf prose {src['prose'][:60]!r} found {len(occ)} times")
            if not occ:
                return None
            at = GP.flow_at(occ[0][0])
            ok(at["page"] == src["page"] and at["column"] == src["column"] and at["section"] == src["section"],
               f"{tid}: pdf prose at page {at['page']} column {at['column']} {at['section']!r}")
            ok(src["printed"] in src["prose"], f"{tid}: printed text in the prose")
            v = (parse_words_amount(src["printed"]) if src["words"] else parse_num(src["printed"])) * src["scale"]
        elif k == "html_cell":
            t = HP.table(src["table"])
            c = HP.cell(src["table"], src["row"], src["column"], src["group"])
            ok(c["printed"] == src["printed"] and t["index"] == src["table_index"] and
               c["row"]["text_line"] == src["text_line"] and t["section"] == src["section"],
               f"{tid}: html cell {src['row']!r}/{src['column']!r} printed {c['printed']!r} in {t['section']!r}")
            exp = 1 if ("%" in c["printed"] or c["row"]["cells"].get("Eenheid")) else (t["scale"] or 1)
            ok(exp == src["scale"], f"{tid}: html scale {src['scale']}")
            if src["scale_statement"]:
                hay = (t["caption"] or "") + " " + (t["note"] or "") + " " + " ".join(t["cols"])
                ok(src["scale_statement"] in hay, f"{tid}: scale statement {src['scale_statement']!r}")
            else:
                ok(src["scale"] == 1 and t["scale"] is None, f"{tid}: no scale statement, no scale")
            v = parse_num(c["printed"]) * src["scale"]
        elif k == "html_prose":
            occ = HP.find_prose(src["prose"])
            ok(len(occ) == 1 and occ[0][1] == src["section"], f"{tid}: html prose {src['prose'][:60]!r} ({occ})")
            ok(src["printed"] in src["prose"], f"{tid}: printed text in the prose")
            v = (parse_words_amount(src["printed"]) if src["words"] else parse_num(src["printed"])) * src["scale"]
        else:
            ok(False, f"{tid}: unknown source kind {k}")
            return None
    except (LookupError, ValueError, TypeError) as ex:
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
        ok(len(vals) == 1, f"{tid}: one source without op")
        return vals[0]
    x = [abs(v) for v in vals]
    v = {"add": lambda: sum(x), "abs_sub": lambda: x[0] - x[1],
         "pct": lambda: round(100 * (x[0] - x[1]) / x[1], 2)}[op]()
    ok(abs(v - a["value"]) < 0.006, f"{tid}: derivation {a['derivation']} recomputes to {v}")
    nums = re.findall(r"\d[\d.]*(?:,\d+)?", a["derivation"].split("=")[0].replace("100 ×", ""))
    ok(len(nums) >= len(vals), f"{tid}: derivation names every cell")
    return v


def rounded(s):
    return s["kind"] in ("pdf_prose", "html_prose") and s.get("words") and \
        re.search(r"ruim|bijna|ton|miljoen", s["printed"]) is not None


n_comp, n_vn, n_signs, n_neg = 0, 0, 0, 0
comp_docs = {GF: 0, HF: 0}
feat_src = {"prose_count": 0, "prose_pct": 0, "prose_words": 0, "one_col": 0, "wide": 0, "member": 0, "ratio": 0,
            "html_nb": 0, "html_ind": 0, "html_prose": 0, "reserve_end": 0, "total": 0}
for c in CASES["cases"]:
    for i, t in enumerate(turns_of(c)):
        tid = f"{c['id']}#{i}"
        pv = PROV[c["id"]][i]
        e = t.get("expect", {})
        if pv["kind"] != "figure":
            continue
        v = recompute(pv["main"], tid)
        if pv.get("signs"):
            ok(v is not None and abs(v - e["value"]) <= 1e-6, f"{tid}: expected value {e['value']} vs {v} (sign kept)")
        else:
            ok(v is not None and abs(abs(v) - abs(e["value"])) <= 1e-6, f"{tid}: expected value {e['value']} vs {v}")
            if v is not None and "op" not in pv["main"]:
                ok(v == e["value"], f"{tid}: the printed sign is kept ({e['value']} vs {v})")
        ok(float(e["value"]).is_integer() or e.get("unit") in ("percent", "grade", "count", None),
           f"{tid}: whole euros")
        for a in pv["accept"]:
            va = recompute(a, tid + " accept")
            pool = e.get("accept", [e["value"]])
            if pv.get("signs"):
                ok(va is not None and any(abs(va - x) <= 1e-6 for x in pool), f"{tid}: accepted {va} listed (sign)")
            else:
                ok(va is not None and any(abs(abs(va) - abs(x)) <= 1e-6 for x in pool), f"{tid}: accepted {va} listed")
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
        for a in [pv["main"]] + pv["accept"]:
            if len(a["sources"]) == 1 and rounded(a["sources"][0]):
                ok(any(abs(abs(a["value"]) - abs(x)) < 1e-6 for x in e.get("accept", [e["value"]])) or tol > 0,
                   f"{tid}: the rounded rendering {a['sources'][0]['printed']!r} is listed")
        ms = pv["main"]["sources"]
        if "op" in pv["main"]:
            n_comp += 1
            comp_docs[ms[0]["document"]] += 1
            ok("derivation:" in COMMENTS.get(c["id"], "") and pv["main"]["derivation"] in COMMENTS[c["id"]],
               f"{tid}: derivation in a comment")
        if any(vn_of(s["printed"]) == "N" for s in ms):
            n_vn += 1
            ok("sign" in COMMENTS.get(c["id"], "") and " N" in COMMENTS[c["id"]], f"{tid}: N convention in a comment")
        if any(s["printed"].startswith("-") for s in ms) and not pv.get("signs"):
            n_neg += 1
            ok("sign convention" in COMMENTS.get(c["id"], ""), f"{tid}: negative printing explained in a comment")
        if pv.get("signs"):
            n_signs += 1
            printed_signs = {(s["value"] > 0) for s in srcs}
            ok(printed_signs == {True, False} and {x > 0 for x in e["accept"]} == {True, False},
               f"{tid}: both signs are printed and accepted")
            ok("ambiguous" in COMMENTS.get(c["id"], ""), f"{tid}: the sign ambiguity is explained in a comment")
        else:
            ok(len({x > 0 for x in e.get("accept", [e["value"]]) if x}) <= 1,
               f"{tid}: both signs accepted only where the document makes the sign ambiguous")
        if "op" not in pv["main"] and i == 0 or "turns" in c:
            s0 = ms[0]
            if s0["kind"] == "pdf_prose":
                if "%" in s0["printed"]:
                    feat_src["prose_pct"] += 1
                elif s0["words"]:
                    feat_src["prose_words"] += 1
                elif e.get("unit") == "count":
                    feat_src["prose_count"] += 1
            if s0["kind"] == "pdf_cell":
                feat_src["one_col" if not s0["wide"] else "wide"] += 1
                feat_src["member"] += s0["table"].startswith("Tabel 10.4") and s0["row"] in ("Dinkelland", "Twenterand")
                feat_src["ratio"] += s0["row"].startswith("Ratio")
                feat_src["reserve_end"] += s0["column"] == "Stand 31-12-2027"
                feat_src["total"] += s0["row"].startswith("Totaal")
            if s0["kind"] == "html_cell":
                feat_src["html_nb"] += s0["table"].startswith("Tabel 2.2")
                feat_src["html_ind"] += s0["table"].startswith("Tabel 2.1")
                feat_src["total"] += s0["row"].startswith("Totaal")
            feat_src["html_prose"] += s0["kind"] == "html_prose"
ok(n_comp >= 4 and all(v >= 1 for v in comp_docs.values()), f"computed figures ({n_comp}: {comp_docs})")
ok(n_vn >= 1 and n_signs >= 1 and n_neg >= 2, f"sign cases: N {n_vn}, both signs {n_signs}, negative printed {n_neg}")
ok(all(v >= 1 for v in feat_src.values()), f"figure kinds covered: {feat_src}")


# ------------------------------------------------------------------------------------- 3. refusals
def docs_of(spec):
    return list(spec) if isinstance(spec, list) else [spec]


def pdf_sentences():
    text, _ = GP.stream
    return [s for part in text.split("¶") for s in re.split(r"(?<=[.!?;])\s+", part) if s.strip()]


def html_tables_rows(t):
    return [r["label"] for r in t["rows"]]


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
            elif r == "pdf_no_column_for_rows":
                ok(rule["document"] == GF, f"{tid}: rule on the PDF")
                rel = [tb for tb in GP.tables if any(re.search(rule["row_regex"], rw["label"]) for rw in tb["rows"])
                       or ("caption_regex" in rule and re.search(rule["caption_regex"], tb["caption"]))]
                ok(rel and not any(re.search(rule["column_regex"], col) for tb in rel for col in tb["cols"]),
                   f"{tid}: no column /{rule['column_regex']}/ in the {len(rel)} tables holding /{rule['row_regex']}/")
                covered.add(GF)
            elif r == "pdf_no_sentence_with":
                bad = [s for s in pdf_sentences() if all(w.lower() in s.lower() for w in rule["words"])]
                ok(not bad, f"{tid}: no sentence with {rule['words']} ({bad[:2]})")
                covered.add(GF)
            elif r == "html_no_column_for_rows":
                rel = [tb for tb in HP.tables if any(re.search(rule["row_regex"], x) for x in html_tables_rows(tb))]
                ok(rel and not any(re.search(rule["column_regex"], col) for tb in rel for col in tb["cols"]),
                   f"{tid}: no column /{rule['column_regex']}/ in the html tables holding /{rule['row_regex']}/")
                covered.add(HF)
            elif r == "html_no_block_with":
                bad = [b for b, _, _ in HP.blocks if all(w.lower() in b.lower() for w in rule["words"])]
                ok(not bad, f"{tid}: no paragraph with {rule['words']}")
                covered.add(HF)
            elif r == "html_only_inside":
                occ = HP.occurrences_outside(rule["text"], tuple(rule["elements"]))
                ok(not occ and rule["text"].lower() in HP.raw.lower(),
                   f"{tid}: {rule['text']!r} only inside {rule['elements']} ({occ[:2]})")
                covered.add(HF)
            else:
                ok(False, f"{tid}: unknown rule {rule}")
        ok(covered == set(DOCS), f"{tid}: absence rules cover all six documents ({sorted(set(DOCS) - covered)})")
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
            if f == GF:
                occ = GP.find_prose(w["passage"])
                ok(len(occ) == 1, f"{tid}: passage found {len(occ)} times")
                if occ:
                    a, b = GP.flow_at(occ[0][0]), GP.flow_at(occ[0][1])
                    ok((a["page"], a["column"], a["section"], b["page"], b["column"]) ==
                       (w["page"], w["column"], w["section"], w["last_page"], w["last_column"]),
                       f"{tid}: passage at page {a['page']} column {a['column']} {a['section']!r}")
            else:
                occ = HP.find_prose(w["passage"])
                ok(len(occ) == 1 and occ[0][1] == w["section"], f"{tid}: html passage in {w['section']!r} ({occ})")
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
                pr = re.sub(r"\s+[VN]$", "", s["printed"]).replace("€", "").strip().lstrip("-")
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
    return v * (-1 if vn_of(s) == "N" else 1)


def prow(cap, group=None):
    return {r["label"]: r for r in GP.table(cap)["rows"] if not r["group"] and (group is None or r["in_group"] == group)}


STREAM = GP.stream[0]
try:
    cost = [t for t in GP.tables if re.match(r"Tabel \d+\.2 Lasten en baten programma ", t["caption"])]
    ycols = cost[0]["cols"][1:]
    ok(len(cost) == 4, f"four programme tables ({len(cost)})")
    prog = {}
    for t in cost:
        name = t["caption"].split("programma ", 1)[1]
        lr, br = prow(t["caption"], "Lasten"), prow(t["caption"], "Baten")
        for col in ycols:
            tl = sum(num(r["cells"][col]) for k, r in lr.items() if k != "Totaal lasten")
            tb = sum(num(r["cells"][col]) for k, r in br.items() if k not in ("Totaal baten", "Saldo van baten en lasten"))
            ok(tl == num(lr["Totaal lasten"]["cells"][col]) and tb == num(br["Totaal baten"]["cells"][col]),
               f"{name} {col}: totals")
            ok(num(br["Saldo van baten en lasten"]["cells"][col]) == tb - tl, f"{name} {col}: saldo = baten - lasten")
        prog[name] = (lr["Totaal lasten"], br["Totaal baten"])
    T101 = "Tabel 10.1 Overzicht van baten en lasten"
    ol, ob = prow(T101, "Lasten"), prow(T101, "Baten")
    oh = prow("Tabel 7.2 Lasten overhead")
    for col in ycols:
        for name, (l_, b_) in prog.items():
            ok(num(ol[f"Programma {name}"]["cells"][col]) == num(l_["cells"][col]) and
               num(ob[f"Programma {name}"]["cells"][col]) == num(b_["cells"][col]), f"10.1 {name} {col} = programme")
        ok(num(ol["Overhead"]["cells"][col]) == num(oh["Totaal overhead"]["cells"][col]) and
           sum(num(r["cells"][col]) for k, r in oh.items() if k != "Totaal overhead") ==
           num(oh["Totaal overhead"]["cells"][col]), f"7.2/10.1 overhead {col}")
        tl = sum(num(r["cells"][col]) for k, r in ol.items() if k != "Totaal lasten")
        baten_rows = [k for k in ob if k.startswith("Programma") or k in ("Bijdragen deelnemende gemeenten",
                                                                           "Brede doeluitkering rampenbestrijding")]
        tb = sum(num(ob[k]["cells"][col]) for k in baten_rows)
        ok(tl == num(ol["Totaal lasten"]["cells"][col]) and tb == num(ob["Totaal baten"]["cells"][col]),
           f"10.1 {col}: totals")
        saldo = num(ob["Saldo van baten en lasten"]["cells"][col])
        ok(saldo == tb - tl and num(ob["Resultaat"]["cells"][col]) == saldo - num(
            ob["Toevoegingen aan reserves"]["cells"][col]) + num(ob["Onttrekkingen aan reserves"]["cells"][col]),
           f"10.1 {col}: saldo and resultaat")
        ok((num(ob["Resultaat"]["cells"][col]) == 0) == (col != "Realisatie 2025"),
           f"10.1 {col}: begroting sluitend, realisatie with a result")
    m = re.search(r"voordelig resultaat van € ([\d.]*\d)", STREAM)
    ok(m and parse_num(m.group(1)) == num(ob["Resultaat"]["cells"]["Realisatie 2025"]) * 1000,
       "foreword: resultaat 2025 = 10.1")
    B26, B27 = "Begroting 2026", "Begroting 2027"
    # 10.2 from begroting 2026 to 2027
    T102 = "Tabel 10.2 Van begroting 2026 naar begroting 2027"
    rows102 = GP.table(T102)["rows"]
    lit = [r for r in rows102 if r["in_group"] == "Lasten" and not r["group"]]
    bit = [r for r in rows102 if r["in_group"] == "Baten en reserves" and not r["group"]
           and r["label"] not in ("Totaal te dekken", "Hogere bijdragen deelnemende gemeenten", "Saldo")]
    r102 = {r["label"]: r for r in rows102}
    dl = num(ol["Totaal lasten"]["cells"][B27]) - num(ol["Totaal lasten"]["cells"][B26])
    ok(-sum(num(r["cells"]["Bedrag"]) for r in lit) == dl, "10.2: the lasten items explain the change of the lasten")
    tot = sum(num(r["cells"]["Bedrag"]) for r in lit + bit)
    ok(tot == num(r102["Totaal te dekken"]["cells"]["Bedrag"]), "10.2: items add up to 'Totaal te dekken'")
    db = num(ob["Bijdragen deelnemende gemeenten"]["cells"][B27]) - num(ob["Bijdragen deelnemende gemeenten"]["cells"][B26])
    ok(num(r102["Hogere bijdragen deelnemende gemeenten"]["cells"]["Bedrag"]) == db == -tot and
       num(r102["Saldo"]["cells"]["Bedrag"]) == 0, "10.2: the higher contributions cover it (= 10.1)")
    bd = {r["label"]: num(r["cells"]["Bedrag"]) for r in bit}
    ok(bd["Hogere brede doeluitkering rampenbestrijding"] == num(
        ob["Brede doeluitkering rampenbestrijding"]["cells"][B27]) - num(
        ob["Brede doeluitkering rampenbestrijding"]["cells"][B26]), "10.2: BDuR item = 10.1")
    pb = lambda col: sum(num(ob[k]["cells"][col]) for k in ob if k.startswith("Programma"))
    ok(bd["Hogere bijdragen derden"] == pb(B27) - pb(B26), "10.2: bijdragen derden item = 10.1")
    mut = lambda col: num(ob["Onttrekkingen aan reserves"]["cells"][col]) - num(ob["Toevoegingen aan reserves"]["cells"][col])
    ok(bd["Per saldo hogere onttrekkingen aan reserves"] == mut(B27) - mut(B26), "10.2: reserves item = 10.1")
    li = {r["label"]: -num(r["cells"]["Bedrag"]) * 1000 for r in lit}
    for frag, key in ((r"met 3 fte \(€ ([\d.]*\d)\)", "Uitbreiding formatie risicobeheersing (3 fte)"),
                      (r"Het nieuwe programma kost € ([\d.]*\d) per jaar extra", "Nieuw oefenprogramma vakbekwaamheid"),
                      (r"de huisvestingslasten dalen met € ([\d.]*\d) per jaar", "Sluiting post Kottendijk-Noord"),
                      (r"De loon- en prijsontwikkeling is de grootste post: € ([\d.]*\d)", "Loon- en prijsontwikkeling")):
        m = re.search(frag, STREAM)
        ok(m and parse_num(m.group(1)) == abs(li[key]), f"text = 10.2 {key!r}")
    # reserves
    T103 = "Tabel 10.3 Verloop van de reserves in 2027"
    rs = prow(T103)
    cols3 = ["Stand 1-1-2027", "Toevoeging", "Onttrekking", "Stand 31-12-2027"]
    for k, r in rs.items():
        cc = [num(r["cells"][x]) for x in cols3]
        ok(cc[0] + cc[1] - cc[2] == cc[3], f"10.3 {k}: stand adds up")
    for x in cols3:
        ok(sum(num(r["cells"][x]) for k, r in rs.items() if k != "Totaal reserves") == num(rs["Totaal reserves"]["cells"][x]),
           f"10.3 {x}: total")
    ok(num(rs["Totaal reserves"]["cells"]["Toevoeging"]) == num(ob["Toevoegingen aan reserves"]["cells"][B27]) and
       num(rs["Totaal reserves"]["cells"]["Onttrekking"]) == num(ob["Onttrekkingen aan reserves"]["cells"][B27]),
       "10.3 totals = 10.1 mutaties reserves 2027")
    for frag, key, col in ((r"Aan de algemene reserve voegen wij in 2027 € ([\d.]*\d) toe", "Algemene reserve", "Toevoeging"),
                           (r"storting van € ([\d.]*\d)", "Bestemmingsreserve materieel", "Toevoeging"),
                           (r"onttrekken wij € ([\d.]*\d) voor de vervanging", "Bestemmingsreserve materieel", "Onttrekking"),
                           (r"halen wij € ([\d.]*\d)", "Reserve huisvesting brandweerposten", "Onttrekking")):
        m = re.search(frag, STREAM)
        ok(m and parse_num(m.group(1)) == num(rs[key]["cells"][col]) * 1000, f"text = 10.3 {key} {col}")
    m = re.search(r"Daarvoor is (een half miljoen euro) nodig, dat wij onttrekken aan de bestemmingsreserve materieel",
                  STREAM)
    ok(m and parse_words_amount(m.group(1)) == num(rs["Bestemmingsreserve materieel"]["cells"]["Onttrekking"]) * 1000,
       "words 'een half miljoen euro' = 10.3 onttrekking materieel")
    # members
    T104 = "Tabel 10.4 Bijdragen per deelnemende gemeente (bedragen in euro's)"
    mb = prow(T104)
    members = [k for k in mb if k != "Totaal"]
    for col, oc in (("Bijdrage 2026", B26), ("Bijdrage 2027", B27)):
        ok(sum(num(mb[k]["cells"][col]) for k in members) == num(mb["Totaal"]["cells"][col]) ==
           num(ob["Bijdragen deelnemende gemeenten"]["cells"][oc]) * 1000, f"10.4 {col}: members = total = 10.1")
    inw = "Inwoners 1-1-2026"
    ok(sum(num(mb[k]["cells"][inw]) for k in members) == num(mb["Totaal"]["cells"][inw]), "10.4 inwoners total")
    ok(abs(sum(num(mb[k]["cells"]["Verdeelsleutel 2027"]) for k in members) - 100) < 1e-9 and
       mb["Totaal"]["cells"]["Verdeelsleutel 2027"] == "100,00%", "10.4 verdeelsleutel adds up to 100,00%")
    T = num(mb["Totaal"]["cells"][inw])
    for k in members:
        ok(abs(num(mb[k]["cells"]["Verdeelsleutel 2027"]) - 100 * num(mb[k]["cells"][inw]) / T) < 0.01,
           f"10.4 {k}: key = share of inwoners")
        ok(abs(num(mb[k]["cells"]["Bijdrage 2027"]) - num(mb["Totaal"]["cells"]["Bijdrage 2027"]) *
               num(mb[k]["cells"][inw]) / T) <= 5, f"10.4 {k}: bijdrage 2027 = total x share of inwoners")
        ok(num(mb[k]["cells"]["Verschil"]) == num(mb[k]["cells"]["Bijdrage 2027"]) - num(mb[k]["cells"]["Bijdrage 2026"]),
           f"10.4 {k}: verschil")
    m = re.search(r"stijgt met gemiddeld ([\d,]+)%", STREAM)
    b26, b27 = num(ob["Bijdragen deelnemende gemeenten"]["cells"][B26]), num(ob["Bijdragen deelnemende gemeenten"]["cells"][B27])
    ok(m and parse_num(m.group(1)) == round(100 * (b27 - b26) / b26, 1), "foreword: average increase = 10.1")
    # risks and weerstandsvermogen
    rk = prow("Tabel 8.1 Risico's en benodigde weerstandscapaciteit")
    for k, r in rk.items():
        if k != "Totaal":
            ok(num(r["cells"]["Kans"]) * num(r["cells"]["Financieel gevolg"]) / 100 == num(r["cells"]["Benodigde capaciteit"]),
               f"8.1 {k[:2]}: benodigd = kans x gevolg")
    for x in ("Financieel gevolg", "Benodigde capaciteit"):
        ok(sum(num(r["cells"][x]) for k, r in rk.items() if k != "Totaal") == num(rk["Totaal"]["cells"][x]), f"8.1 {x}")
    wv = prow("Tabel 8.2 Weerstandsvermogen (x € 1.000)")
    c27 = "Begroting 2027"
    ok(num(wv["Algemene reserve (stand 31-12-2027)"]["cells"][c27]) == num(rs["Algemene reserve"]["cells"]["Stand 31-12-2027"])
       and num(wv["Post onvoorzien"]["cells"][c27]) == num(ol["Onvoorzien"]["cells"][B27])
       and num(wv["Beschikbare weerstandscapaciteit"]["cells"][c27]) == num(wv["Algemene reserve (stand 31-12-2027)"]["cells"][c27])
       + num(wv["Post onvoorzien"]["cells"][c27])
       and num(wv["Benodigde weerstandscapaciteit"]["cells"][c27]) == num(rk["Totaal"]["cells"]["Benodigde capaciteit"]),
       "8.2 = 10.3 + 10.1 + 8.1")
    ratio = num(wv["Beschikbare weerstandscapaciteit"]["cells"][c27]) / num(wv["Benodigde weerstandscapaciteit"]["cells"][c27])
    ok(round(ratio, 1) == num(wv["Ratio weerstandsvermogen"]["cells"][c27]), f"8.2 ratio {ratio:.3f}")
    nar = prow("Tabel 8.3 Waarderingsschaal weerstandsvermogen")
    lo, hi = [parse_num(x) for x in nar["B"]["cells"]["Ratio"].split(" - ")]
    ok(lo <= ratio < hi and re.search(r"waardering B: ruim voldoende", STREAM) and nar["B"]["cells"]["Betekenis"] ==
       "ruim voldoende", "8.3: the ratio falls in class B 'ruim voldoende', as the text says")
    # kerncijfers, formatie, investments, taakvelden
    kc = prow("Tabel 2.1 Kerncijfers")
    fte = prow("Tabel 7.1 Formatie per onderdeel (fte)")
    for kc_col in (B26, B27):
        ok(num(kc["Totale lasten"]["cells"][kc_col]) == num(ol["Totaal lasten"]["cells"][kc_col]) and
           num(kc["Bijdragen deelnemende gemeenten"]["cells"][kc_col]) == num(ob["Bijdragen deelnemende gemeenten"]["cells"][kc_col])
           and num(kc["Brede doeluitkering rampenbestrijding"]["cells"][kc_col]) ==
           num(ob["Brede doeluitkering rampenbestrijding"]["cells"][kc_col]) and
           num(kc["Formatie"]["cells"][kc_col]) == num(fte["Totaal"]["cells"][kc_col]), f"2.1 {kc_col} = 10.1 and 7.1")
        ok(abs(sum(num(r["cells"][kc_col]) for k, r in fte.items() if k != "Totaal") - num(fte["Totaal"]["cells"][kc_col]))
           < 1e-9, f"7.1 {kc_col}: total")
    ok(num(kc["Ratio weerstandsvermogen"]["cells"][B27]) == num(wv["Ratio weerstandsvermogen"]["cells"][c27]),
       "2.1 ratio = 8.2")
    m = re.search(r"groeit de formatie van ([\d,]+) naar ([\d,]+) fte", STREAM)
    ok(m and parse_num(m.group(1)) == num(fte["Totaal"]["cells"][B26]) and parse_num(m.group(2)) ==
       num(fte["Totaal"]["cells"][B27]), "text = 7.1 formatie")
    inv = prow("Tabel 9.1 Investeringen 2027 (x € 1.000)")
    plan = prow("Tabel B2.1 Investeringsplan 2027-2030")
    ok(sum(num(r["cells"]["Bedrag"]) for k, r in inv.items() if k != "Totaal") == num(inv["Totaal"]["cells"]["Bedrag"])
       == num(plan["Totaal"]["cells"]["2027"]), "9.1 total = B2.1 2027")
    for y in ("2027", "2028", "2029", "2030"):
        ok(sum(num(r["cells"][y]) for k, r in plan.items() if k != "Totaal") == num(plan["Totaal"]["cells"][y]), f"B2.1 {y}")
    tvt = prow("Tabel B3.1 Lasten en baten per taakveld, begroting 2027 (x € 1.000)")
    ok(num(tvt["0.4 Overhead"]["cells"]["Lasten"]) == num(ol["Overhead"]["cells"][B27]) and
       num(tvt["0.8 Overige baten en lasten"]["cells"]["Lasten"]) == num(ol["Onvoorzien"]["cells"][B27]) and
       num(tvt["0.10 Mutaties reserves"]["cells"]["Lasten"]) == num(ob["Toevoegingen aan reserves"]["cells"][B27]) and
       num(tvt["0.10 Mutaties reserves"]["cells"]["Baten"]) == num(ob["Onttrekkingen aan reserves"]["cells"][B27]) and
       num(tvt["1.1 Crisisbeheersing en brandweer"]["cells"]["Lasten"]) ==
       sum(num(ol[k]["cells"][B27]) for k in ol if k.startswith("Programma")) and
       num(tvt["1.1 Crisisbeheersing en brandweer"]["cells"]["Baten"]) == num(ob["Totaal baten"]["cells"][B27]),
       "B3.1 taakvelden = 10.1")
    for k, r in tvt.items():
        ok(num(r["cells"]["Saldo"]) == num(r["cells"]["Baten"]) - num(r["cells"]["Lasten"]), f"B3.1 {k}: saldo")
    ok(num(tvt["Totaal"]["cells"]["Saldo"]) == 0 and sum(num(r["cells"]["Lasten"]) for k, r in tvt.items() if k != "Totaal")
       == num(tvt["Totaal"]["cells"]["Lasten"]), "B3.1 totals, saldo 0")
    # prose renderings
    ib = num(ol["Programma Incidentbestrijding"]["cells"][B27])
    tl27 = num(ol["Totaal lasten"]["cells"][B27])
    m = re.search(r"incidentbestrijding: ([\d,]+)% van de totale lasten", STREAM)
    ok(m and parse_num(m.group(1)) == round(100 * ib / tl27, 1), "text: share of incidentbestrijding")
    m = re.search(r"De overhead is ([\d,]+)% van de totale lasten", STREAM)
    ok(m and parse_num(m.group(1)) == round(100 * num(ol["Overhead"]["cells"][B27]) / tl27, 1), "text: share of overhead")
    m = re.search(r"De totale lasten komen in 2027 uit op (bijna|ruim) € (\d+) miljoen", STREAM)
    ok(m and parse_num(m.group(2)) == round(tl27 / 1000) and (m.group(1) == "bijna") == (tl27 < parse_num(m.group(2)) * 1000),
       "foreword: 'bijna € 40 miljoen' = 10.1 total lasten")
    seen_progs = set()
    for m in re.finditer(r"De lasten van (?:het programma|incidentbestrijding) stijgen van € ([\d.]*\d) in de begroting "
                         r"2026 naar € ([\d.]*\d) in 2027", STREAM):
        sec = GP.flow_at(GP.find_prose(m.group(0))[0][0])["section"]
        name = re.match(r"\d+ Programma (.+?)( >|$)", sec).group(1)
        seen_progs.add(name)
        ok(parse_num(m.group(1)) == num(ol[f"Programma {name}"]["cells"][B26]) * 1000 and
           parse_num(m.group(2)) == num(ol[f"Programma {name}"]["cells"][B27]) * 1000, f"text: lasten {name}")
    ok(seen_progs == {"Risicobeheersing", "Incidentbestrijding"}, f"text: programme lasten explained ({seen_progs})")
    m = re.search(r"Voor materieel en uitrusting is in 2027 ruim € ([\d,]+) miljoen", STREAM)
    mat = num(prow(cost[1]["caption"], "Lasten")["Materieel en uitrusting"]["cells"][B27]) * 1000
    ok(m and parse_num(m.group(1)) == round(mat / 1e6, 1) and mat > parse_num(m.group(1)) * 1e6, "text: materieel")
    kg = prow("Tabel 4.1 Kengetallen incidentbestrijding")
    m = re.search(r"rukte de brandweer ([\d.]*\d) keer uit en kwam zij bij ([\d,]+)%", STREAM)
    ok(m and parse_num(m.group(1)) == num(kg["Uitrukken"]["cells"]["Realisatie 2025"]) and
       parse_num(m.group(2)) == num(kg["Opkomsttijd binnen de normtijd"]["cells"]["Realisatie 2025"]), "text = 4.1")
    m = re.search(r"daalt daardoor van (\d+) naar (\d+)", STREAM)
    ok(m and int(m.group(1)) == num(kg["Brandweerposten"]["cells"][B26]) and
       int(m.group(2)) == num(kg["Brandweerposten"]["cells"][B27]), "text: posts = 4.1")
    m = re.search(r"kasgeldlimiet is ([\d,]+)% van het begrotingstotaal, in 2027 € ([\d.]*\d)", STREAM)
    ok(m and parse_num(m.group(2)) == round(parse_num(m.group(1)) / 100 * tl27 * 1000, -3), "text: kasgeldlimiet")
    m = re.search(r"Wij werken voor ruim driehonderddertigduizend inwoners", STREAM)
    ok(m and 330_000 < num(mb["Totaal"]["cells"][inw]) < 340_000, "text: inhabitants in words = 10.4")
except (LookupError, KeyError, ValueError, IndexError, TypeError, AttributeError) as ex:
    ok(False, f"GR add-ups: {ex!r}")


def hrows(cap, group=None):
    return {r["label"]: r for r in HP.table(cap)["rows"] if not r["group"] and (group is None or r["in_group"] == group)}


try:
    H24 = "Tabel 2.4 Lasten en baten per taakveld (bedragen x € 1.000)"
    t24 = HP.table(H24)
    years = t24["cols"][1:]
    hl, hb = hrows(H24, "Lasten"), hrows(H24, "Baten")
    for col in years:
        tl = sum(num(r["cells"][col]) for k, r in hl.items() if k != "Totaal lasten")
        tb = sum(num(r["cells"][col]) for k, r in hb.items() if re.match(r"\d\.\d+ ", k))
        ok(tl == num(hl["Totaal lasten"]["cells"][col]) and tb == num(hb["Totaal baten"]["cells"][col]) and tb < 0,
           f"2.4 {col}: totals (baten negative)")
        s = num(hb["Saldo van baten en lasten"]["cells"][col])
        ok(s == tl + tb and num(hb["Geraamd resultaat"]["cells"][col]) == s + num(
            hb["Toevoegingen aan reserves"]["cells"][col]) + num(hb["Onttrekkingen aan reserves"]["cells"][col]),
           f"2.4 {col}: saldo and resultaat")
        ok(num(hb["Onttrekkingen aan reserves"]["cells"][col]) < 0, f"2.4 {col}: onttrekkingen printed negative")
    H22 = "Tabel 2.2 Nieuw beleid programma 2 (bedragen in euro's)"
    nbr = hrows(H22)
    items = [k for k in nbr if k.startswith("NB ")]
    for y in ("2026", "2027", "2028", "2029"):
        ok(sum(num(nbr[k]["cells"][y]) for k in items) == num(nbr["Totaal nieuw beleid"]["cells"][y]), f"2.2 {y}: total")
    H25 = "Tabel 2.5 Incidentele lasten en baten"
    ir = hrows(H25)
    irows = [k for k in ir if k != "Totaal incidenteel"]
    for y, col in zip(HP.table(H25)["cols"][2:], years):
        ok(sum(num(ir[k]["cells"][y]) for k in irows) == num(ir["Totaal incidenteel"]["cells"][y]), f"2.5 {y}: total")
        ok(sum(num(ir[k]["cells"][y]) for k in irows if k.startswith("Onttrekking")) ==
           num(hb["Onttrekkingen aan reserves"]["cells"][col]) * 1000, f"2.5 {y}: onttrekkingen = 2.4")
    for k in items:
        r = nbr[k]
        if r["cells"]["I/S"] == "I":
            inc = ir[r["cells"]["Omschrijving"]]
            ok(all(num(inc["cells"][y]) == num(r["cells"][y]) for y in ("2026", "2027", "2028", "2029")),
               f"2.2/2.5 {k}: incidental item in both tables")
    H26 = "Tabel 2.6 Verloop reserves programma 2 in 2026 (bedragen in euro's)"
    rr = hrows(H26)
    cols6 = ["Stand 1-1-2026", "Toevoeging", "Onttrekking", "Stand 31-12-2026"]
    for k, r in rr.items():
        cc = [num(r["cells"][x]) for x in cols6]
        ok(cc[0] + cc[1] - cc[2] == cc[3], f"2.6 {k}: stand adds up")
        if k != "Totaal" and cc[2]:
            ok(num(ir["Onttrekking " + k[0].lower() + k[1:]]["cells"]["2026"]) == -cc[2], f"2.6 {k} = -2.5 (sign)")
    for x in cols6:
        ok(sum(num(r["cells"][x]) for k, r in rr.items() if k != "Totaal") == num(rr["Totaal"]["cells"][x]), f"2.6 {x}")
    ok(num(rr["Totaal"]["cells"]["Toevoeging"]) == num(hb["Toevoegingen aan reserves"]["cells"]["Begroting 2026"]) * 1000
       and num(rr["Totaal"]["cells"]["Onttrekking"]) == -num(hb["Onttrekkingen aan reserves"]["cells"]["Begroting 2026"]) * 1000,
       "2.6 totals = 2.4 reserves 2026")
    legend = {b.split(":")[0]: parse_num(b.split(": ")[1]) for b, s, _ in HP.blocks if re.match(r"^\d\.\d+ .*: \d+%$", b)}
    tl26 = num(hl["Totaal lasten"]["cells"]["Begroting 2026"])
    ok(len(legend) == 6 and all(v == round(100 * num(hl[k]["cells"]["Begroting 2026"]) / tl26) for k, v in legend.items()),
       "chart legend: shares of the lasten 2026")
    txt = HP.visible_text
    m = re.search(r"De lasten van dit programma bedragen in 2026 (ruim|bijna) € (\d+) miljoen\. Dat is € ([\d.]*\d) meer", txt)
    ok(m and parse_num(m.group(2)) == round(tl26 / 1000) and parse_num(m.group(3)) == (tl26 - num(
        hl["Totaal lasten"]["cells"]["Begroting 2025"])) * 1000, "text: lasten 2026 and the increase = 2.4")
    m = re.search(r"De versnelde vervanging kost (ruim \d ton) per jaar", txt)
    led = num(nbr["NB 2.3"]["cells"]["2026"])
    ok(m and parse_words_amount(m.group(1)) < led < parse_words_amount(m.group(1)) + 50_000, "text: 'ruim 3 ton' = NB 2.3")
    m = re.search(r"De kosten zijn € ([\d.]*\d) per jaar", txt)
    ok(m and parse_num(m.group(1)) == num(nbr["NB 2.1"]["cells"]["2026"]), "text: boa's = NB 2.1")
except (LookupError, KeyError, ValueError, IndexError, TypeError, AttributeError) as ex:
    ok(False, f"HTML add-ups: {ex!r}")

# ------------------------------------------------------------------------------------- 6. layout features
FEAT: dict[str, list] = {}


def feat(doc, name, cond):
    FEAT.setdefault(doc, []).append((name, bool(cond)))
    ok(cond, f"layout {doc}: {name}")


info = subprocess.run(["pdfinfo", str(CORPUS / GF)], capture_output=True, text=True).stdout
feat(GF, f"{GP.n} A4 pages ({GP.width:.0f} x {GP.height:.0f} pt)", 18 <= GP.n <= 24 and round(GP.width) == 595
     and round(GP.height) == 842 and re.search(rf"Pages:\s+{GP.n}\n", info))
h1, f1 = GP.running(1)
big = [w for w in GP.words(1) if w["size"] > 28]
feat(GF, f"cover without running header/footer, title {' '.join(w['text'] for w in big)!r}",
     not h1 and not f1 and " ".join(w["text"] for w in big) == "Begroting 2027")
runs = [GP.running(p) for p in range(2, GP.n + 1)]
feat(GF, f"running header '{runs[0][0]}' and footer 'Begroting 2027 | n' (n = page) on pages 2-{GP.n}",
     all(h == VR for h, _ in runs) and all(f == f"Begroting 2027 | {p}" for p, (_, f) in enumerate(runs, 2)))
h1s = GP.headings("h1")
toc_lines = [ln for ln in GP.layout_region(2, (40, 60, 560, 800)) if re.search(r"\s\d+$", ln)]
toc = {re.sub(r"\s+\d+$", "", ln): int(ln.split()[-1]) for ln in toc_lines}
feat(GF, f"contents page with {len(toc)} entries whose page numbers match the chapter headings",
     len(toc) >= 12 and all((p, t) in h1s for t, p in toc.items()) and ("Inhoud" in [t for _, t in h1s]))
two = sorted({ln["page"] for ln in GP.flow if ln["col"] == "L" and ln["kind"] == "text"} &
             {ln["page"] for ln in GP.flow if ln["col"] == "R" and ln["kind"] == "text"})
feat(GF, f"running text in two columns on {len(two)} pages", len(two) >= 14)
wide = [t for t in GP.tables if t["wide"]]
narrow = [t for t in GP.tables if not t["wide"]]
feat(GF, f"{len(GP.tables)} tables: {len(wide)} spanning both columns, {len(narrow)} inside one column "
         f"({sum(t['column'] == 'L' for t in narrow)} left, {sum(t['column'] == 'R' for t in narrow)} right)",
     len(wide) >= 8 and len(narrow) >= 8 and {t["column"] for t in narrow} == {"L", "R"})
feat(GF, "foreword signed by the dagelijks bestuur, and a leeswijzer with the sign convention",
     ("1 Voorwoord en leeswijzer > Voorwoord" in GP.sections) and "voorzitter" in STREAM and
     "een negatief saldo betekent dat de lasten hoger zijn dan de baten" in STREAM)
oog = [t for t in GP.tables if GP.table_section(t["caption"]).startswith("2 Begroting in één oogopslag")]
feat(GF, "'Begroting in één oogopslag' with a small table inside one column",
     len(oog) == 1 and not oog[0]["wide"] and len(oog[0]["rows"]) <= 8)
progs_ok = []
for t in cost:
    ch = GP.table_section(t["caption"]).split(" > ")[0]
    h2s = {s.split(" > ")[1] for s in GP.sections if s.startswith(ch + " > ")}
    progs_ok.append({"Wat willen we bereiken?", "Wat gaan we daarvoor doen?", "Wat mag het kosten?"} <= h2s and t["wide"]
                    and t["cols"][1:] == ["Realisatie 2025", "Begroting 2026", "Begroting 2027", "Meerjarenraming 2028",
                                          "Meerjarenraming 2029", "Meerjarenraming 2030"]
                    and t["spans"] == ["Meerjarenraming"] and t["scale"] == 1000)
feat(GF, "four programmes with 'Wat willen we bereiken? / Wat gaan we daarvoor doen? / Wat mag het kosten?' and a "
         "cost table across both columns: Realisatie 2025, Begroting 2026, Begroting 2027 and 2028-2030 under a "
         "spanning 'Meerjarenraming' header, 'bedragen x € 1.000'", len(progs_ok) == 4 and all(progs_ok))
t104 = GP.table("Tabel 10.4 Bijdragen per deelnemende gemeente (bedragen in euro's)")
mem = [r["label"] for r in t104["rows"] if r["label"] != "Totaal"]
feat(GF, f"bijdragen per deelnemende gemeente: {len(mem)} members incl. Dinkelland and Twenterand, whole euros, "
         f"'€' set apart in its own column ({sorted(t104['rows'][0]['currency_apart'])})",
     8 <= len(mem) <= 12 and {"Dinkelland", "Twenterand"} <= set(mem) and t104["scale"] == 1 and
     {"Bijdrage 2026", "Bijdrage 2027"} <= t104["rows"][0]["currency_apart"])
t103 = GP.table("Tabel 10.3 Verloop van de reserves in 2027")
feat(GF, "reserves with Stand 1-1-2027 / Toevoeging / Onttrekking / Stand 31-12-2027",
     t103["cols"][1:] == ["Stand 1-1-2027", "Toevoeging", "Onttrekking", "Stand 31-12-2027"])
feat(GF, "key indicators in prose and in a table (counts, percentages, fte, a grade)",
     "2.846 keer" in STREAM and "86,9%" in STREAM and "253,4 fte" in STREAM and
     GP.cell("Tabel 4.1 Kengetallen incidentbestrijding", "Tevredenheid getroffenen", "Realisatie 2025")["printed"] == "8,1")
feat(GF, "weerstandsvermogen with a ratio '1,4' and a grade-like score ('waardering B: ruim voldoende')",
     "ratio weerstandsvermogen komt uit op 1,4" in STREAM and "waardering B: ruim voldoende" in STREAM)
vnc = [r["cells"]["Bedrag"] for r in GP.table("Tabel 10.2 Van begroting 2026 naar begroting 2027")["rows"]
       if vn_of(r["cells"].get("Bedrag", ""))]
feat(GF, f"V/N notation in tabel 10.2 ({len(vnc)} cells, e.g. {vnc[:2]}) and negative saldi printed with a minus",
     len(vnc) >= 8 and {vn_of(x) for x in vnc} == {"V", "N"} and
     cost[0]["rows"][-1]["cells"]["Begroting 2027"].startswith("-"))
wrapped = [(t["caption"], r["label"]) for t in GP.tables for r in t["rows"] if r["n_lines"] > 1]
feat(GF, f"row labels wrapping over two lines ({len(wrapped)}) and a caption over two lines",
     len(wrapped) >= 3 and any(t["caption_lines"] >= 2 for t in GP.tables))

hraw = HP.raw
m = re.match(r"<!DOCTYPE html>\n<!-- saved from url=\((\d{4})\)(\S+) -->", hraw)
feat(HF, "saved by a browser: '<!-- saved from url=(nnnn)...' comment, links into the '_files' folder, scripts",
     m and int(m.group(1)) == len(m.group(2)) and "_files/" in hraw and hraw.count("<script") >= 3)
soup = HP.soup
feat(HF, f"<title> {soup.title.get_text()!r}", "Programmabegroting 2026" in soup.title.get_text())
cb = soup.find(id="cookie-consent")
feat(HF, "cookie banner (role=dialog) with buttons", cb is not None and cb.get("role") == "dialog" and
     len(cb.find_all("button")) == 2 and "cookies" in cb.get_text())
mn = soup.find("nav", class_="main-nav")
feat(HF, "navigation menus: main menu with all programmes, side menu, pager",
     mn is not None and len([a for a in mn.find_all("a") if a.get_text().startswith("Programma ")]) == 7 and
     soup.find("aside").find("nav") is not None and soup.find("nav", class_="pager") is not None)
bc = soup.find("nav", class_="breadcrumb")
feat(HF, f"breadcrumb {' > '.join(norm(li.get_text()) for li in bc.find_all('li'))!r}",
     bc is not None and bc.find("li", attrs={"aria-current": "page"}) is not None)
accs = soup.find_all("section", class_="accordion")
titles = [norm(a.find(class_="accordion__title").get_text()) for a in accs]
collapsed = [t for a, t in zip(accs, titles) if a.find("button")["aria-expanded"] == "false"]
feat(HF, f"{len(accs)} collapsible sections ({len(collapsed)} collapsed): {titles}",
     {"Wat willen we bereiken?", "Beleidsindicatoren", "Wat mag het kosten?"} <= set(titles) and len(collapsed) >= 2)
feat(HF, "tabel 2.4 lasten/baten per taakveld 2025-2029 in x € 1.000 stated in its caption",
     "x € 1.000" in t24["caption"] and [c[-4:] for c in years] == ["2025", "2026", "2027", "2028", "2029"]
     and t24["scale"] == 1000)
t25 = HP.table(H25)
feat(HF, f"tabel 2.5 in whole euros with a note under it ({t25['note'][:40]!r}...)",
     t25["note"] and t25["note"].startswith("Bedragen in euro's") and t25["scale"] == 1 and t25["cols"][2:] ==
     ["2025", "2026", "2027", "2028", "2029"])
t21 = HP.table("Tabel 2.1 Beleidsindicatoren programma 2")
feat(HF, "indicator table (Indicator, Eenheid, Bron, 2023, 2024, 2025) with '-' for a missing year",
     t21["cols"] == ["Indicator", "Eenheid", "Bron", "2023", "2024", "2025"] and
     sum(v == "-" for r in t21["rows"] for v in r["cells"].values()) >= 2)
feat(HF, "nieuw beleid table with amounts per year, verbonden partijen with a bijdrage",
     len(items) >= 5 and HP.table("Tabel 2.3 Verbonden partijen programma 2")["cols"][-1] == "Bijdrage 2026 (€)")
feat(HF, "prose with amounts ('€ 1,15 miljoen', 'ruim 3 ton', 'ruim € 14 miljoen')",
     all(x in txt for x in ("€ 1,15 miljoen", "ruim 3 ton", "ruim € 14 miljoen")))

# ------------------------------------------------------------------------------------- report
print(f"set-ar: {len(CASES['cases'])} cases, {sum(len(turns_of(c)) for c in CASES['cases'])} turns; "
      f"turn kinds {dict(sorted(counts.items()))}")
for doc, fs in FEAT.items():
    print(f"layout of {doc}:")
    for name, good in fs:
        print(f"  [{'x' if good else ' '}] {name}")
print(f"{N} checks, {len(FAIL)} failed")
for f in FAIL:
    print("FAIL:", f)
sys.exit(1 if FAIL else 0)
