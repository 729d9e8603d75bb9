"""Verify set-aq against the FINISHED documents only (never imports data.py or the generators).

1. Format: cases.yaml follows /work/shared/evals/FORMAT.md v1 (keys, kinds, units, no `signed`), ids follow the
   aq-* scheme, every figure turn names its body (question, an earlier turn or the case scope), no "volgend/vorig
   jaar", most first figure turns name a year or a document; computed figures and sign cases carry a comment;
   the manifest lists six documents with file/municipality/year/type/title, the four existing ones byte-identical
   to /work/main/corpus with their metadata.
2. Figures: every expected and accepted value is re-located at its recorded place (nota cell: table caption, row,
   column, line number and its text, page from the footers, section, scale line, group, continuation after a
   footer; nota prose: the paragraph lines, page, section, item; one-pager cell: box, section title, row, column,
   printed text, scale line, the `pdftotext -layout` line; tile: caption, large printed number and its size;
   one-pager prose: the sentence in its section; bar label); derivations are recomputed; "other" printings are
   re-located and kept out of value/accept; rounded renderings ("mln", "miljoen") are covered by a tolerance or
   listed exactly; a figure accepted with both signs must be printed with both signs in the document.
3. Refusals: the recorded absence rules hold and together cover all six documents.
4. Text: the passage is at its recorded place and every include group has an item in the passage.  which:
   candidates re-located and distinct, one include group per candidate naming its printed figure, no
   municipality condition, no year in the question.  any: the excludes are absent from the own document.
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

from extract import OnePager, TextNota, clean, parse_num, scale_of, vn_of

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
VF = [f for f in NEW if DOCS[f]["type"] == "voorjaarsnota"][0]
GF = [f for f in NEW if f != VF][0]
HV, OD = DOCS[VF]["municipality"], DOCS[GF]["municipality"]
ok(VF.endswith(".txt") and DOCS[VF]["year"] == 2026 and DOCS[VF]["title"] == "Voorjaarsnota 2026",
   "voorjaarsnota: text export, 2026")
ok(GF.endswith(".pdf") and DOCS[GF]["year"] == 2026 and DOCS[GF]["type"] == "begroting",
   "one-pager: PDF, begroting 2026")
ok(HV not in {o["municipality"] for o in orig} and OD not in {o["municipality"] for o in orig},
   "two new bodies")
BODY = {f: DOCS[f]["municipality"] for f in DOCS}
VN, GP = TextNota(CORPUS / VF), OnePager(CORPUS / GF)
ALIASES = {HV: [HV.lower()], OD: ["dinkel en vecht", "oddv"], "Twenterand": ["twenterand"],
           "Dinkelland": ["dinkelland"], "Wassenaar": ["wassenaar"], "Collectie Overijssel": ["collectie overijssel"]}


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
# the comment lines right above each case
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
ok(all(re.fullmatch(r"aq-(v|g)-(\d\d|conv-\d\d|tekst-\d\d|welke-\d\d|any-\d\d)|aq-x-weiger-\d\d", i) for i in ids),
   "ids follow aq-v-*/aq-g-*/aq-x-weiger-*/*-conv-*/*-tekst-*/*-welke-*/*-any-*")
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
CASE_KEYS = {"id", "question", "municipality", "kind", "expect", "turns"}
TURN_KEYS = {"question", "kind", "expect"}
UNITS = {"EUR", "count", "percent", "grade"}
DOCWORDS = r"(?i)voorjaarsnota|begroting|oogopslag|meerjarenperspectief"


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
def relocate(src, tid):
    k = src["kind"]
    try:
        if k == "vj_cell":
            t = VN.table(src["table"])
            c = VN.cell(src["table"], src["code"] or src["row"], src["column"], src["group"] or None)
            ok(c["line"] == src["line"] and c["page"] == src["page"] and c["printed"] == src["printed"] and
               c["row"] == src["row"] and c["group"] == src["group"] and c["continued"] == src["continued"],
               f"{tid}: nota cell {src['row']!r}/{src['column']!r} printed {c['printed']!r} on line {c['line']}")
            ok(VN.line(src["line"]) == src["line_text"], f"{tid}: text of line {src['line']}")
            ok(src["printed"] in re.split(r"\t| {2,}", src["line_text"].strip()), f"{tid}: printed cell on the line")
            ok(VN.line(t["caption_line"] + 1) == src["scale_statement"] == t["scale_statement"] and
               scale_of(src["scale_statement"]) == src["scale"], f"{tid}: scale line {t['scale_statement']!r}")
            ok(VN.section_at(src["line"]) == src["section"], f"{tid}: section {src['section']!r}")
            v = parse_num(c["printed"]) * src["scale"]
        elif k == "vj_prose":
            occ = VN.prose(src["prose"])
            ok(occ == [tuple(src["lines"])], f"{tid}: nota prose {src['prose'][:50]!r} at {occ}")
            ok(VN.page(src["lines"][0]) == src["page"] and VN.section_at(src["lines"][0]) == src["section"] and
               VN.item_at(src["lines"][0]) == src["item"], f"{tid}: prose page/section/item")
            ok(src["printed"] in src["prose"], f"{tid}: printed text in the prose")
            v = parse_num(src["printed"]) * src["scale"]
        elif k == "gr_cell":
            c = GP.cell(src["table"], src["row"], src["column"])
            ok(c["printed"] == src["printed"] and c["box"] == src["box"] and c["box_title"] == src["box_title"] and
               c["scale_statement"] == src["scale_statement"], f"{tid}: one-pager cell {src['row']!r}/{src['column']!r}")
            ok((1 if "%" in c["printed"] else scale_of(c["scale_statement"])) == src["scale"], f"{tid}: scale")
            ok(GP.layout_line(src["row"], src["printed"]) == src["layout_line"], f"{tid}: pdftotext -layout line")
            v = parse_num(c["printed"]) * src["scale"]
        elif k == "gr_tile":
            t = GP.tile(src["caption"])
            ok(t["printed"] == src["printed"] and t["tile"] == src["tile"] and t["size"] == src["size"] >= 18,
               f"{tid}: tile {src['caption']!r} printed {t['printed']!r}")
            ok(src["scale"] == (1e6 if "mln" in t["printed"] else 1), f"{tid}: tile scale")
            v = parse_num(t["printed"]) * src["scale"]
        elif k == "gr_prose":
            ok(GP.prose(src["prose"]) == [src["section"]] and GP.section(src["section"])["box_title"] == src["box_title"],
               f"{tid}: one-pager prose {src['prose'][:50]!r}")
            ok(src["printed"] in src["prose"], f"{tid}: printed text in the prose")
            ok(src["scale"] == (1e6 if "miljoen" in src["printed"] else 1), f"{tid}: prose scale")
            v = parse_num(src["printed"]) * src["scale"]
        elif k == "gr_bar":
            ok(GP.bars(src["section"]).get(src["row"]) == src["printed"], f"{tid}: bar {src['row']!r}")
            v = parse_num(src["printed"])
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
         "pct": lambda: round(100 * (x[0] - x[1]) / x[1], 2), "share": lambda: round(100 * x[0] / x[1], 2)}[op]()
    ok(abs(v - a["value"]) < 0.006, f"{tid}: derivation {a['derivation']} recomputes to {v}")
    nums = re.findall(r"\d[\d.]*(?:,\d+)?", a["derivation"].split("=")[0].replace("100 ×", ""))
    ok(len(nums) >= len(vals), f"{tid}: derivation names every cell")
    return v


def rounded(s):
    return s["kind"] == "gr_tile" and "mln" in s["printed"] or "miljoen" in s.get("printed", "")


n_comp, n_vn, n_paren, n_signs, n_cont, n_prose_main, n_tile, n_member = 0, 0, 0, 0, 0, 0, 0, 0
comp_docs = {VF: 0, GF: 0}
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
        ok(float(e["value"]).is_integer() or e.get("unit") == "percent", f"{tid}: whole euros/counts")
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
                ok(tol >= 0.5 * 10 ** 5 - 1e-6 or any(abs(abs(a["value"]) - abs(x)) < 1e-6 for x in e.get("accept", [])),
                   f"{tid}: the rounded rendering {a['sources'][0]['printed']!r} is covered")
        if "op" in pv["main"]:
            n_comp += 1
            comp_docs[pv["main"]["sources"][0]["document"]] += 1
            ok("derivation:" in COMMENTS.get(c["id"], "") and pv["main"]["derivation"] in COMMENTS[c["id"]],
               f"{tid}: derivation in a comment")
        ms = pv["main"]["sources"]
        if any(vn_of(s["printed"]) == "N" for s in ms):
            n_vn += 1
            ok("sign" in COMMENTS.get(c["id"], "") and " N" in COMMENTS[c["id"]], f"{tid}: N convention in a comment")
        if any(re.fullmatch(r"\(.*\)", s["printed"]) for s in srcs):
            n_paren += 1
        if pv.get("signs"):
            n_signs += 1
            printed_signs = {(s["value"] > 0) for a in [pv["main"]] + pv["accept"] for s in a["sources"]}
            ok(printed_signs == {True, False} and {x > 0 for x in e["accept"]} == {True, False},
               f"{tid}: both signs are printed and accepted")
            ok("ambiguous" in COMMENTS.get(c["id"], ""), f"{tid}: the sign ambiguity is explained in a comment")
        else:
            ok(len({x > 0 for x in e.get("accept", [e["value"]]) if x}) <= 1 or
               any(s["kind"] in ("vj_prose", "gr_prose") for s in srcs),
               f"{tid}: both signs accepted only where the document makes the sign ambiguous")
        n_cont += any(s.get("continued") for s in srcs)
        n_prose_main += ms[0]["kind"] in ("vj_prose", "gr_prose") and "op" not in pv["main"]
        n_tile += any(s["kind"] == "gr_tile" for s in ms)
        n_member += any(s["kind"] == "gr_cell" and s["table"].startswith("Bijdragen") and
                        s["row"] in ("Twenterand", "Dinkelland") for s in ms)
ok(n_comp >= 4 and all(v >= 1 for v in comp_docs.values()), f"computed figures ({n_comp}: {comp_docs})")
ok(n_vn >= 1 and n_paren >= 1 and n_signs >= 1, f"sign cases: V/N {n_vn}, parentheses {n_paren}, both signs {n_signs}")
ok(n_cont >= 2, f"figures from table rows after a page footer ({n_cont})")
ok(n_prose_main >= 3 and n_tile >= 2 and n_member >= 3,
   f"prose figures {n_prose_main}, tile figures {n_tile}, member contributions {n_member}")


# ------------------------------------------------------------------------------------- 3. refusals
def docs_of(spec):
    if spec == "*":
        return list(DOCS)
    return list(spec) if isinstance(spec, list) else [spec]


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
            elif r == "no_amount_on_lines_with":
                for f in docs_of(rule["documents"]):
                    lines = [ln for ln in TEXT[f].splitlines() if rule["text"].lower() in ln.lower()]
                    ok(lines and not any(re.search(r"\d", ln) for ln in lines),
                       f"{tid}: {rule['text']!r} in {f} only on lines without a figure")
                    covered.add(f)
            else:
                ok(False, f"{tid}: unknown rule {rule}")
        ok(covered == set(DOCS), f"{tid}: absence rules cover all six documents ({sorted(set(DOCS) - covered)})")
ok(8 <= n_ref <= 11, f"refusal turns ({n_ref})")

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
            if f == VF:
                occ = VN.prose(w["passage"])
                ok(occ == [tuple(w["lines"])] and VN.page(w["lines"][0]) == w["page"] and
                   VN.section_at(w["lines"][0]) == w["section"] and VN.item_at(w["lines"][0]) == w["item"],
                   f"{tid}: passage at lines {w['lines']} in {w['section']!r} ({occ})")
            else:
                try:
                    ok(w["passage"] in GP.section_text(w["section"]) and
                       GP.section(w["section"])["box_title"] == w["box_title"], f"{tid}: passage in {w['section']!r}")
                except LookupError as ex:
                    ok(False, f"{tid}: {ex}")
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
            ok(not re.search(r"\b20\d\d\b", t["question"]), f"{tid}: the question names no year")
            flat = [x for g in e["include"] for x in (g if isinstance(g, list) else [g])]
            ok(len(flat) == len(set(flat)), f"{tid}: no rendering shared by two candidates")
            for s, g in zip(pv["candidates"], e["include"]):
                g = g if isinstance(g, list) else [g]
                pr = re.sub(r"\s+[VN]$", "", s["printed"]).replace("€ ", "").lstrip("-").strip("()")
                ok(pr in g, f"{tid}: include group {g} names the printed {s['printed']!r}")
        elif pv["kind"] == "any":
            n_any += 1
            for x in e["exclude"]:
                ok(x.lower() not in TEXT[pv["exclude_absent_in"]].lower(), f"{tid}: exclude {x!r} absent from own doc")
            ok(BODY[pv["exclude_absent_in"]] == e["municipality"], f"{tid}: own document belongs to the body")
ok(8 <= n_text <= 11 and 2 <= n_which <= 3 and n_any == 2, f"text {n_text}, which {n_which}, any {n_any}")


# ------------------------------------------------------------------------------------- 5. the figures add up
def num(s):
    if s in (None, "", "-"):
        return 0
    v = parse_num(s)
    if v is None:
        raise ValueError(f"not a number: {s!r}")
    return v * (-1 if vn_of(s) == "N" else 1)


def rows(D, cap, group=None):
    return {r["label"]: r for r in D.table_rows(cap) if not r["is_group"] and (group is None or r["group"] == group)}


YRS = ["2026", "2027", "2028", "2029"]
T21 = "Tabel 2.1 Meerjarenraming begroting 2026 (vastgesteld)"
T41 = "Tabel 4.1 Effecten meicirculaire 2026"
T51 = "Tabel 5.1 Meerjarenperspectief 2026-2029"
T52 = "Tabel 5.2 Dekkingsvoorstellen"
T61 = "Tabel 6.1 Verloop reserves 2026"
T71 = "Tabel 7.1 Belangrijkste risico's"
T72 = "Tabel 7.2 Weerstandsvermogen"
T81 = "Tabel 8.1 Investeringen 2026-2029"
T82 = "Tabel 8.2 Investeringsvolume per jaar"
PT = [t["caption"] for t in VN.tables() if t["caption"].startswith("Tabel 3.")]
try:
    lg, bg = rows(VN, T21, "Lasten"), rows(VN, T21, "Baten")
    progs = [k for k in lg if k != "Totaal lasten"]
    ok(len(progs) == 6 and [k for k in bg if re.match(r"\d\. ", k)] == progs, "T2.1: six programmes, lasten and baten")
    for y in YRS:
        tl, tb = sum(num(lg[k]["cells"][y]) for k in progs), sum(num(bg[k]["cells"][y]) for k in progs)
        ok(tl == num(lg["Totaal lasten"]["cells"][y]) and tb == num(bg["Totaal baten"]["cells"][y]), f"T2.1 {y}: totals")
        saldo = num(bg["Saldo van baten en lasten"]["cells"][y])
        ok(saldo == tb - tl, f"T2.1 {y}: saldo = baten - lasten")
        ok(num(bg["Geraamd resultaat"]["cells"][y]) == saldo - num(bg["Toevoegingen aan reserves"]["cells"][y]) +
           num(bg["Onttrekkingen aan reserves"]["cells"][y]), f"T2.1 {y}: resultaat")
    # programme tables
    sub_a, sub_n, inc_n, prog_tot = {y: 0 for y in YRS}, {y: 0 for y in YRS}, {y: 0 for y in YRS}, {}
    for cap in PT:
        rs = VN.table_rows(cap)
        items = [r for r in rs if not r["is_group"] and r["code"]]
        for grp_, code_re, acc in (("Autonome ontwikkelingen", r"A", sub_a), ("Nieuw beleid", r"N", sub_n)):
            mine = [r for r in items if r["group"] == grp_]
            ok(all(r["code"].startswith(code_re) for r in mine), f"{cap}: {grp_} codes")
            if not mine:
                continue
            st = [r for r in rs if r["label"] == f"Totaal {grp_.lower()}"][0]
            for y in YRS:
                ok(sum(num(r["cells"][y]) for r in mine) == num(st["cells"][y]), f"{cap} {grp_} {y}: subtotal")
                acc[y] += num(st["cells"][y])
                if code_re == "N":
                    inc_n[y] += sum(num(r["cells"][y]) for r in mine if r["cells"]["I/S"] == "I")
        tot = [r for r in rs if r["label"].startswith("Totaal mutaties programma")][0]
        pnum = tot["label"].split()[-1]
        prog_tot[pnum] = tot
        for y in YRS:
            ok(sum(num(r["cells"][y]) for r in rs if r["label"].startswith("Totaal ") and r is not tot) ==
               num(tot["cells"][y]), f"{cap} {y}: programme total")
        for r in items:
            ok(r["cells"]["I/S"] in ("I", "S") and (r["cells"]["I/S"] == "S") == (num(r["cells"]["2029"]) != 0),
               f"{cap} {r['code']}: I/S (structureel = still there in 2029)")
    au = rows(VN, T41)
    for y in YRS:
        ok(sum(num(r["cells"][y]) for k, r in au.items() if not k.startswith("Totaal")) ==
           num(au["Totaal effect meicirculaire 2026"]["cells"][y]), f"T4.1 {y}: V/N rows add up")
    mp = rows(VN, T51)
    dk = rows(VN, T52)
    for y in YRS:
        c = {k: num(r["cells"][y]) for k, r in mp.items()}
        ok(c["Saldo begroting 2026 (vastgesteld)"] == num(bg["Geraamd resultaat"]["cells"][y]), f"T5.1 {y}: start = T2.1")
        ok(c["Autonome ontwikkelingen"] * 1000 == sub_a[y], f"T5.1 {y}: autonome ontwikkelingen = chapter 3")
        ok(c["Nieuw beleid"] * 1000 == sub_n[y], f"T5.1 {y}: nieuw beleid = chapter 3")
        ok(c["Algemene uitkering (meicirculaire 2026)"] == num(au["Totaal effect meicirculaire 2026"]["cells"][y]),
           f"T5.1 {y}: algemene uitkering = T4.1")
        ok(c["Dekkingsvoorstellen"] * 1000 == num(dk["Totaal dekkingsvoorstellen"]["cells"][y]), f"T5.1 {y}: dekking = T5.2")
        ok(c["Saldo vóór nieuw beleid"] == c["Saldo begroting 2026 (vastgesteld)"] +
           c["Raadsbesluiten na vaststelling begroting"] + c["Autonome ontwikkelingen"] +
           c["Algemene uitkering (meicirculaire 2026)"], f"T5.1 {y}: saldo vóór nieuw beleid")
        ok(c["Nieuw saldo meerjarenperspectief"] == c["Saldo vóór nieuw beleid"] + c["Nieuw beleid"] +
           c["Dekkingsvoorstellen"], f"T5.1 {y}: nieuw saldo")
        ok(sum(num(r["cells"][y]) for k, r in dk.items() if not k.startswith("Totaal")) ==
           num(dk["Totaal dekkingsvoorstellen"]["cells"][y]), f"T5.2 {y}: total")
        d1 = [r for r in dk.values() if r["code"] == "D1"][0]
        ok(num(d1["cells"][y]) == -inc_n[y], f"T5.2 {y}: D1 = the incidental nieuw beleid")
    m = re.search(r"Samen zijn de raadsbesluiten goed voor een nadeel van € ([\d.]+) in 2026 en € ([\d.]+) per jaar",
                  clean(VN.text))
    ok(m and parse_num(m.group(1)) == -num(mp["Raadsbesluiten na vaststelling begroting"]["cells"]["2026"]) * 1000 and
       parse_num(m.group(2)) == -num(mp["Raadsbesluiten na vaststelling begroting"]["cells"]["2027"]) * 1000,
       "raadsbesluiten in the text = T5.1")
    sec22 = "2 Financieel vertrekpunt > 2.2 Raadsbesluiten na vaststelling van de begroting"
    bul = [parse_num(m_.group(1)) for ln_, p_ in VN.paragraphs() if p_.startswith("- ") and VN.section_at(ln_) == sec22
           for m_ in [re.search(r"€ ([\d.]+) (?:structureel|in 2026)", p_)] if m_]
    ok(len(bul) == 3 and sum(bul) == -num(mp["Raadsbesluiten na vaststelling begroting"]["cells"]["2026"]) * 1000,
       f"the three raadsbesluiten bullets add up to the 2026 row ({bul})")
    rs = rows(VN, T61)
    cols6 = ["Stand 1-1-2026", "Mutaties begroting 2026", "Mutaties voorjaarsnota 2026", "Stand 31-12-2026"]
    for k, r in rs.items():
        cc = [num(r["cells"][x]) for x in cols6]
        ok(cc[0] + cc[1] + cc[2] == cc[3], f"T6.1 {k}: stand adds up")
    for x in cols6:
        ok(sum(num(r["cells"][x]) for k, r in rs.items() if k != "Totaal reserves") == num(rs["Totaal reserves"]["cells"][x]),
           f"T6.1 {x}: total")
    ok(num(rs["Totaal reserves"]["cells"]["Mutaties begroting 2026"]) ==
       (num(bg["Toevoegingen aan reserves"]["cells"]["2026"]) - num(bg["Onttrekkingen aan reserves"]["cells"]["2026"])) * 1000,
       "T6.1 mutaties begroting = T2.1 toevoegingen - onttrekkingen 2026")
    d2 = [r for r in dk.values() if r["code"] == "D2"][0]
    ok(num(rs["Algemene reserve"]["cells"]["Mutaties voorjaarsnota 2026"]) == -num(d1["cells"]["2026"]) and
       num(rs["Reserve sociaal domein"]["cells"]["Mutaties voorjaarsnota 2026"]) == -num(d2["cells"]["2026"]),
       "T6.1 voorjaarsnota mutations = D1 and D2 2026 (opposite printed signs)")
    ri = rows(VN, T71)
    for k, r in ri.items():
        if k == "Totaal":
            continue
        ok(parse_num(r["cells"]["Kans"]) * num(r["cells"]["Financieel effect"]) / 100 == num(r["cells"]["Gewogen bedrag"]),
           f"T7.1 {r['code']}: gewogen = kans x effect")
    for x in ("Financieel effect", "Gewogen bedrag"):
        ok(sum(num(r["cells"][x]) for k, r in ri.items() if k != "Totaal") == num(ri["Totaal"]["cells"][x]), f"T7.1 {x}")
    wv = rows(VN, T72)
    ok(num(wv["Algemene reserve (stand 31-12-2026)"]["cells"]["2026"]) == num(rs["Algemene reserve"]["cells"]["Stand 31-12-2026"])
       and num(wv["Beschikbare weerstandscapaciteit"]["cells"]["2026"]) ==
       num(wv["Algemene reserve (stand 31-12-2026)"]["cells"]["2026"]) + num(wv["Post onvoorzien"]["cells"]["2026"]) and
       num(wv["Benodigde weerstandscapaciteit"]["cells"]["2026"]) == num(ri["Totaal"]["cells"]["Gewogen bedrag"]) and
       round(num(wv["Beschikbare weerstandscapaciteit"]["cells"]["2026"]) /
             num(wv["Benodigde weerstandscapaciteit"]["cells"]["2026"]), 1) == num(wv["Ratio weerstandsvermogen"]["cells"]["2026"]),
       "T7.2 weerstandsvermogen adds up")
    iv = [r for r in VN.table_rows(T81) if r["label"] != "Totaal"]
    for r in iv:
        b, t_ = num(r["cells"]["Bedrag"]), num(r["cells"]["Termijn (jaren)"])
        ok(round((b / t_ + 0.02 * b) / 100) * 100 == num(r["cells"]["Kapitaallasten eerste jaar"]),
           f"T8.1 {r['label']}: kapitaallasten = afschrijving + 2% rente")
    itot = rows(VN, T81)["Totaal"]
    ok(sum(num(r["cells"]["Bedrag"]) for r in iv) == num(itot["cells"]["Bedrag"]) and
       sum(num(r["cells"]["Kapitaallasten eerste jaar"]) for r in iv) == num(itot["cells"]["Kapitaallasten eerste jaar"]),
       "T8.1 totals")
    i82 = rows(VN, T82)["Investeringsvolume"]
    for y in YRS:
        ok(sum(num(r["cells"]["Bedrag"]) for r in iv if r["cells"]["Jaar"] == y) == num(i82["cells"][y]), f"T8.2 {y}")
    ok(num(i82["cells"]["Totaal"]) == num(itot["cells"]["Bedrag"]), "T8.2 total = T8.1")
    b1 = rows(VN, "Tabel B1 Mutaties per programma")
    for k, r in b1.items():
        if k.startswith("Totaal"):
            continue
        for y in YRS:
            ok(num(r["cells"][y]) * 1000 == num(prog_tot[k.split(".")[0]]["cells"][y]), f"B1 {k} {y} = tabel 3.x")
    # prose renderings = the tables
    for frag, val in ((r"De autonome ontwikkelingen kosten in 2026 (ruim|bijna) € ([\d,]+) miljoen",
                       num(mp["Autonome ontwikkelingen"]["cells"]["2026"]) * 1000),
                      (r"In 2026 investeren wij (ruim|bijna) € ([\d,]+) miljoen", num(i82["cells"]["2026"])),
                      (r"in 2026 (ruim|bijna) € ([\d,]+) miljoen op", num(au["Totaal effect meicirculaire 2026"]["cells"]["2026"]) * 1000)):
        m = re.search(frag, clean(VN.text))
        ok(m and round(abs(val) / 1e6, 1) == parse_num(m.group(2)) and
           (m.group(1) == "ruim") == (abs(val) > parse_num(m.group(2)) * 1e6), f"prose rendering {frag[:40]!r} = {val}")
except (LookupError, KeyError, ValueError, IndexError, TypeError) as ex:
    ok(False, f"voorjaarsnota add-ups: {ex!r}")

LP, BGT, BR, WV, BARS = ("Lasten per product", "Bijdragen per deelnemende gemeente", "Baten en resultaat",
                         "Wat verandert er in 2026?", "Waar gaat het geld naartoe? (2026)")
B25, B26 = "Begroting 2025", "Begroting 2026"
try:
    lp = {r["label"]: r for r in GP.table(LP)["rows"]}
    prods = [k for k in lp if k != "Totaal lasten"]
    for col in (B25, B26):
        ok(sum(num(lp[k]["cells"][col]) for k in prods) == num(lp["Totaal lasten"]["cells"][col]), f"one-pager lasten {col}")
    bt = {r["label"]: r for r in GP.table(BGT)["rows"]}
    members = [k for k in bt if k != "Totaal"]
    for col in (B25, B26):
        ok(sum(num(bt[k]["cells"][col]) for k in members) == num(bt["Totaal"]["cells"][col]), f"one-pager members {col}")
    ok(abs(sum(num(bt[k]["cells"]["Aandeel 2026"]) for k in members) - 100) < 1e-9 and
       all(abs(num(bt[k]["cells"][B26]) - num(bt["Totaal"]["cells"][B26]) * num(bt[k]["cells"]["Aandeel 2026"]) / 100) < 60
           for k in members), "one-pager: verdeelsleutel adds up to 100,00% and gives the bijdragen")
    br = {r["label"]: r for r in GP.table(BR)["rows"]}
    for col in (B25, B26):
        ok(num(br["Bijdragen gemeenten"]["cells"][col]) * 1000 == num(bt["Totaal"]["cells"][col]),
           f"one-pager {col}: bijdragen (x € 1.000) = member total (euros)")
        tb = sum(num(br[k]["cells"][col]) for k in ("Bijdragen gemeenten", "Overige opbrengsten",
                                                    "Onttrekking algemene reserve"))
        ok(tb == num(br["Totaal baten"]["cells"][col]) and
           num(br["Resultaat"]["cells"][col]) == tb - num(lp["Totaal lasten"]["cells"][col]) == 0,
           f"one-pager {col}: baten add up and the begroting is sluitend")
    tiles = {t["caption"]: t for t in GP.tile_figures()}
    ok(parse_num(tiles["Totale lasten 2026"]["printed"]) == round(num(lp["Totaal lasten"]["cells"][B26]) / 1000, 1),
       "tile totale lasten = table, rounded")
    ok(parse_num(tiles["Bijdrage deelnemende gemeenten 2026"]["printed"]) == round(num(bt["Totaal"]["cells"][B26]) / 1e6, 1),
       "tile bijdrage = member total, rounded")
    bars = GP.bars(BARS)
    for k in prods:
        short = [b for b in bars if k.startswith(b)]
        ok(len(short) == 1 and parse_num(bars[short[0]]) ==
           round(100 * num(lp[k]["cells"][B26]) / num(lp["Totaal lasten"]["cells"][B26])), f"bar {k}")
    wt = GP.section_text(WV)
    m = re.search(r"De lasten stijgen van € ([\d,]+) miljoen naar € ([\d,]+) miljoen", wt)
    ok(m and parse_num(m.group(1)) == round(num(lp["Totaal lasten"]["cells"][B25]) / 1000, 1) and
       parse_num(m.group(2)) == round(num(lp["Totaal lasten"]["cells"][B26]) / 1000, 1), "text box: lasten 2025 -> 2026")
    parts = [parse_num(a or b) for a, b in re.findall(r"€ (\d[\d.]*\d) (?:structureel|nodig)|kost € (\d[\d.]*\d)", wt)]
    cao = re.search(r"loonkosten met (ruim|bijna) € ([\d,]+) miljoen", wt)
    inc = (num(lp["Totaal lasten"]["cells"][B26]) - num(lp["Totaal lasten"]["cells"][B25])) * 1000
    ok(len(parts) == 3 and cao and 0 < inc - sum(parts) - parse_num(cao.group(2)) * 1e6 < 50_000,
       f"text box: cao + bodem + eenmalig + indexatie explain the increase of the lasten ({parts}, {inc})")
    m = re.search(r"eenmalig € (\d[\d.]*\d) nodig", wt)
    ok(m and parse_num(m.group(1)) == num(br["Onttrekking algemene reserve"]["cells"][B26]) * 1000,
       "text box: the eenmalige post = the onttrekking algemene reserve")
    m = re.search(r"daalt naar € (\d[\d.]*\d)", wt)
    ok(m and round((parse_num(m.group(1)) + num(br["Onttrekking algemene reserve"]["cells"][B26]) * 1000) / 1e6, 1) ==
       parse_num(tiles["Algemene reserve per 1 januari 2026"]["printed"]), "text box: reserve after onttrekking = tile")
    m = re.search(r"stijgen met € (\d[\d.]*\d)", wt)
    ok(m and parse_num(m.group(1)) == (num(br["Overige opbrengsten"]["cells"][B26]) -
                                       num(br["Overige opbrengsten"]["cells"][B25])) * 1000, "text box: overige opbrengsten")
    m = re.search(r"met gemiddeld ([\d,]+)%", wt)
    b0, b1_ = num(bt["Totaal"]["cells"][B25]), num(bt["Totaal"]["cells"][B26])
    ok(m and parse_num(m.group(1)) == round(100 * (b1_ - b0) / b0, 1), "text box: average increase of the bijdrage")
except (LookupError, KeyError, ValueError, IndexError, TypeError) as ex:
    ok(False, f"one-pager add-ups: {ex!r}")

# ------------------------------------------------------------------------------------- 6. layout features
FEAT: dict[str, list] = {}


def feat(doc, name, cond):
    FEAT.setdefault(doc, []).append((name, bool(cond)))
    ok(cond, f"layout {doc}: {name}")


try:
    VN.raw.decode("utf-8")
    utf8 = True
except UnicodeDecodeError:
    utf8 = False
feat(VF, f"plain text, UTF-8, {VN.n} lines (1.200-1.800), non-ASCII characters (€, ë, —)",
     utf8 and 1200 <= VN.n <= 1800 and all(ch in VN.text for ch in "€ë—"))
fp = [p for _, p in VN.footers]
feat(VF, f"{len(fp)} page footer lines 'Voorjaarsnota 2026 — pagina n' numbered 1..{len(fp)}, also inside paragraphs "
         f"and tables", fp == list(range(1, len(fp) + 1)) and len(fp) >= 20 and VN.is_footer(VN.n))
prose_lines = [ln for i, ln in enumerate(VN.lines, 1) if ln.strip() and "\t" not in ln and not VN.is_footer(i)
               and not any(i in t["lines"] for t in VN.tables())]
feat(VF, f"prose hard-wrapped as copied from a viewer (longest prose line {max(map(len, prose_lines))} characters)",
     max(map(len, prose_lines)) <= 80)
tabs = VN.tables()
ntab, nspace = sum(t["kind"] == "tab" for t in tabs), sum(t["kind"] == "space" for t in tabs)
feat(VF, f"{len(tabs)} tables: {ntab} tab-separated, {nspace} aligned by spaces", ntab >= 4 and nspace >= 4)
cont = [(t["caption"], t["continued_at"]) for t in tabs if t["continued_at"]]
feat(VF, f"tables running over a page footer and continuing: {[(c[9:13], [VN.line(x) for x in l]) for c, l in cont]}",
     len(cont) >= 2 and any(c == T81 for c, _ in cont))
scales = sorted({t["scale_statement"] for t in tabs})
feat(VF, f"scale stated in a line above the table, 'x € 1.000' in two spellings ({scales})",
     {"Bedragen x € 1.000", "bedragen x 1.000 euro"} <= set(scales) and "Bedragen in euro's" in scales)
neg_minus = [c for t in tabs for r in t["rows"] for c in r["cells"].values() if re.fullmatch(r"-\d[\d.]*", c)]
neg_n = [c for r in VN.table_rows(T41) for c in r["cells"].values() if vn_of(c) == "N"]
neg_par = [c for r in VN.table_rows(T61) for c in r["cells"].values() if re.fullmatch(r"\(\d[\d.]*\)", c)]
feat(VF, f"negatives printed three ways: '-1.234' ({len(neg_minus)} cells), '1.234 N' in tabel 4.1 ({len(neg_n)}), "
         f"'(1.234)' in tabel 6.1 ({len(neg_par)})", len(neg_minus) >= 40 and len(neg_n) >= 4 and len(neg_par) >= 4)
feat(VF, "the voordelig/nadelig convention stated in the text",
     "een voordeel voor het saldo positief en een nadeel negatief" in clean(VN.text))
bl = [p_ for _, p_ in VN.paragraphs() if re.match(r"^[•-] .*€", p_)]
bl_mln = [b for b in bl if re.search(r"(ruim|bijna) € \d+,\d miljoen", b)]
bl_str = [b for b in bl if re.search(r"€ [\d.]+ structureel", b)]
feat(VF, f"bullet lists with amounts in prose ({len(bl)} bullets; e.g. {[re.search(r'(ruim|bijna) € [^ ]+ miljoen', b).group(0) for b in bl_mln][:2]}, "
         f"'€ … structureel' {len(bl_str)})", len(bl_mln) >= 2 and len(bl_str) >= 2)
hs = [h["text"] for h in VN.headings()]
feat(VF, f"{len(hs)} numbered headings, e.g. '3.2 Programma Wonen en Leefomgeving'",
     "3.2 Programma Wonen en Leefomgeving" in hs and len([h for h in hs if re.match(r"\d+\.\d ", h)]) >= 12)
toc = [ln.split("\t") for ln in VN.lines[:60] if ln.count("\t") == 2]
toc_ok = len(toc) == len(hs) and all(VN.page([h["line"] for h in VN.headings() if h["text"] == f"{a} {b}"][0]) == int(p)
                                     for a, b, p in toc)
feat(VF, "table of contents with page numbers that match the footers", toc_ok)
feat(VF, "foreword by the college ('1 Voorwoord', signed by the college)",
     hs[0] == "1 Voorwoord" and "Het college van burgemeester en wethouders van" in VN.text)
feat(VF, "financial starting point: the begroting 2026 as adopted with meerjarenraming 2026-2029 (tabel 2.1)",
     VN.table(T21)["cols"][1:] == YRS and "Geraamd resultaat" in rows(VN, T21))
its = [r for cap in PT for r in VN.table_rows(cap) if r["code"]]
feat(VF, f"autonomous developments and new policy per programme ({len(PT)} programmes, {len(its)} items with I/S, "
         f"amounts per year and a text each)",
     len(PT) == 6 and len(its) >= 20 and all(any(ln.startswith(r["code"] + " ") for ln in VN.lines
                                                 if not ln.startswith(r["code"] + "\t")) for r in its))
feat(VF, "algemene uitkering: effects of the meicirculaire 2026 (tabel 4.1, V/N)",
     "Totaal effect meicirculaire 2026" in rows(VN, T41))
feat(VF, "summary table 'Meerjarenperspectief' (saldo begroting, mutaties, nieuw saldo per year)",
     list(rows(VN, T51))[0].startswith("Saldo begroting") and list(rows(VN, T51))[-1] == "Nieuw saldo meerjarenperspectief")
feat(VF, "reserves (tabel 6.1), risks with amounts (tabel 7.1), weerstandsvermogen, investments (tabel 8.1)",
     len(rows(VN, T61)) >= 5 and len(rows(VN, T71)) >= 6 and len(VN.table_rows(T81)) >= 15)


def info(f):
    return subprocess.run(["pdfinfo", str(CORPUS / f)], capture_output=True, text=True).stdout


ig = info(GF)
feat(GF, f"one page, A4 landscape ({GP.width:.0f} x {GP.height:.0f} pt)",
     GP.npages == 1 and abs(GP.width - 841.9) < 1 and abs(GP.height - 595.3) < 1 and re.search(r"Pages:\s+1\n", ig))
feat(GF, "made with reportlab (pdfinfo Producer)", "ReportLab" in ig)
tf = GP.tile_figures()
same_row = len({round(t["bbox"][1]) for t in tf}) == 1 and all(tf[i]["bbox"][2] < tf[i + 1]["bbox"][0]
                                                             for i in range(len(tf) - 1))
feat(GF, f"{len(tf)} key-figure tiles side by side with large numbers ({[t['printed'] for t in tf]}, "
         f"{min(t['size'] for t in tf):.0f} pt)",
     len(tf) >= 5 and same_row and all(t["size"] >= 18 for t in tf) and any("mln" in t["printed"] for t in tf)
     and any("fte" in t["printed"] for t in tf))
bx = GP.boxes
feat(GF, f"{len(bx)} content boxes side by side",
     len(bx) == 3 and len({round(b[1]) for b in bx}) == 1 and all(bx[i][2] < bx[i + 1][0] for i in range(2)))
lpt = GP.table(LP)
feat(GF, "lasten per product x € 1.000 with Begroting 2025 and Begroting 2026",
     lpt["cols"][1:] == [B25, B26] and lpt["scale_statement"] == "bedragen x € 1.000" and len(lpt["rows"]) >= 6)
mt = GP.table(BGT)
mem = [r["label"] for r in mt["rows"] if r["label"] != "Totaal"]
feat(GF, f"bijdragen per deelnemende gemeente in euros ({len(mem)} members: {mem})",
     mt["scale_statement"] == "bedragen in €" and 5 <= len(mem) <= 8 and {"Twenterand", "Dinkelland"} <= set(mem))
wvp = GP.paragraphs(WV)
amts = [a for p_ in wvp for a in re.findall(r"(?:(?:ruim|bijna) )?€ [\d.,]+(?: miljoen)?|\d+,\d%", p_)]
feat(GF, f"text box 'Wat verandert er in 2026?' with amounts in prose ({len(amts)}: {amts[:4]} …)",
     len(wvp) >= 4 and len(amts) >= 5 and any("miljoen" in a for a in amts))
feat(GF, f"bar chart of the lasten per product ({len(GP.bars(BARS))} bars)", len(GP.bars(BARS)) == len(prods))
feat(GF, f"title band and footer with the body's name ({GP.footer()[0][:60]!r})",
     any("in één oogopslag" in t for t in GP.band_text()) and GP.footer() and OD in GP.footer()[0])
lay = GP.layout_text()
tw_line = GP.layout_line("Twenterand", "3.624.768") or ""
tail = clean(tw_line.split("%", 1)[-1])
feat(GF, f"pdftotext -layout interleaves the side-by-side boxes (the Twenterand row shares its line with "
         f"{tail[:40]!r}… of the text box)", len(tail.split()) >= 4 and tail in clean(GP.section_text(WV)))

# ------------------------------------------------------------------------------------- report
nt = sum(len(turns_of(c)) for c in CASES["cases"])
print(f"set-aq: {len(CASES['cases'])} cases, {nt} turns; per kind {counts}")
print(f"  computed {n_comp} {comp_docs}; sign cases V/N {n_vn}, parentheses {n_paren}, both signs {n_signs}; "
      f"rows after a footer {n_cont}; refusals {n_ref}; text {n_text}; which {n_which}; any {n_any}")
for doc, fs in FEAT.items():
    print(f"layout {doc}:")
    for name, good in fs:
        print(f"  [{'x' if good else ' '}] {name}")
print(f"{N} checks, {len(FAIL)} failed")
for f in FAIL[:80]:
    print("FAIL", f)
sys.exit(1 if FAIL else 0)
