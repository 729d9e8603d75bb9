"""Verifies set-av from the finished documents (never imports data.py or gen_cases.py).

- cases.yaml follows FORMAT.md version 1 (keys, kinds, units, no 'signed', municipalities from the manifest);
- the manifest and the byte-identical copies of the four existing documents; the 'FICTIEF' notice on page 1;
- every expected, accepted and not-accepted figure is re-located at the page, table, row and column (or prose,
  tile, text line) recorded in provenance.json, its printed text parses to the recorded value after the scale,
  computed figures are recomputed, and the comment above the case names the same page/line;
- text includes occur in the recorded passage; refusal 'absent' rules hold on all six documents; any-cases;
- the add-ups of both new documents, read back from the PDFs (totals, saldi, resultaat, reserves, balans,
  kengetallen, contributions, meerjarenraming, overhead, bijlagen against the tables);
- the layout features (printed as a checklist) and the counts of turns per kind.

usage: python check.py SETDIR
"""
import hashlib
import json
import os
import re
import subprocess
import sys

import yaml

from extract import PdfDoc, RealText, parse_nl, norm
from tables import TABLES

SETDIR = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(SETDIR, "corpus")
HERE = os.path.dirname(os.path.abspath(__file__))
SRC_CORPUS = os.environ.get("AV_SOURCE_CORPUS", "/work/main/corpus")

errors = []
checks = 0


def ok(cond, msg):
    global checks
    checks += 1
    if not cond:
        errors.append(msg)
    return cond


def close(a, b, tol=0.001):
    return abs(a - b) <= tol


prov = json.load(open(os.path.join(HERE, "provenance.json"), encoding="utf-8"))
DOCS = prov["docs"]
raw_cases = open(os.path.join(SETDIR, "cases.yaml"), encoding="utf-8").read()
Y = yaml.safe_load(raw_cases)
manifest = yaml.safe_load(open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8"))
manifest_raw = open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8").read()

pdf = {k: PdfDoc(os.path.join(CORPUS, DOCS[k]["file"])) for k in ("tw", "nk", "wass", "co")}
txt = {k: RealText(os.path.join(CORPUS, DOCS[k]["file"])) for k in ("tw20", "dk20")}


def doc_lines(k):
    if k in txt:
        return txt[k].lines
    if not hasattr(pdf[k], "_alllines"):
        r = subprocess.run(["pdftotext", "-layout", pdf[k].path, "-"], capture_output=True, text=True)
        pdf[k]._alllines = [norm(l) for l in r.stdout.splitlines()]
    return pdf[k]._alllines


def doc_text(k):
    return norm(" ".join(doc_lines(k)))


# ================================================================== 1. FORMAT.md compliance
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
KINDS = {"figure", "text", "refusal", "any"}
UNITS = {"EUR", "count", "percent", "grade"}
MUNIS = {d["municipality"] for d in manifest["documents"]}
ok(Y.get("version") == 1, "version must be 1")
ok(isinstance(Y.get("cases"), list) and Y["cases"], "cases must be a non-empty list")
ids = [c["id"] for c in Y["cases"]]
ok(len(ids) == len(set(ids)), "duplicate ids")
counts = {k: 0 for k in KINDS}
n_conv = 0


def check_turn(cid, t, scope):
    kind = t.get("kind")
    ok(kind in KINDS, f"{cid}: kind {kind}")
    ok(isinstance(t.get("question"), str) and t["question"].strip(), f"{cid}: question")
    counts[kind] = counts.get(kind, 0) + 1
    e = t.get("expect", {}) or {}
    ok(set(e) <= EXPECT_KEYS, f"{cid}: unknown expect keys {set(e) - EXPECT_KEYS}")
    ok("signed" not in e, f"{cid}: 'signed' must not be set")
    if "municipality" in e:
        ok(e["municipality"] in MUNIS, f"{cid}: expect.municipality {e['municipality']} not in the manifest")
    if kind == "figure":
        ok("value" in e or "accept" in e, f"{cid}: figure without value/accept")
        for v in [e.get("value")] + list(e.get("accept", [])):
            if v is not None:
                ok(isinstance(v, (int, float)) and not isinstance(v, bool), f"{cid}: non-numeric value {v}")
        ok(e.get("unit") in UNITS, f"{cid}: unit {e.get('unit')}")
        ok("municipality" in e, f"{cid}: figure without expect.municipality")
    if kind == "text":
        inc = e.get("include")
        ok(isinstance(inc, list) and inc and all(isinstance(i, str) or (isinstance(i, list) and i and all(isinstance(j, str) for j in i))
                                                 for i in inc), f"{cid}: include")
    if kind == "refusal":
        ok("value" not in e and "accept" not in e, f"{cid}: refusal with a value")
    if kind == "any":
        ok("value" not in e and "include" not in e, f"{cid}: any with value/include")


for c in Y["cases"]:
    ok(set(c) <= {"id", "question", "municipality", "kind", "expect", "turns"}, f"{c['id']}: unknown case keys")
    if "municipality" in c:
        ok(c["municipality"] in MUNIS, f"{c['id']}: scope {c['municipality']} not in the manifest")
    if "turns" in c:
        n_conv += 1
        ok("question" not in c and "kind" not in c, f"{c['id']}: conversation with a top-level question")
        for t in c["turns"]:
            ok(set(t) <= {"question", "kind", "expect"}, f"{c['id']}: unknown turn keys")
            check_turn(c["id"], t, c.get("municipality"))
    else:
        check_turn(c["id"], c, c.get("municipality"))

# ================================================================== 2. manifest and corpus copies
docs = manifest["documents"]
ok(len(docs) == 6, "manifest must list six documents")
for d in docs:
    ok(set(d) == {"file", "municipality", "year", "type", "title"}, f"manifest entry keys {set(d)}")
    ok(os.path.exists(os.path.join(CORPUS, d["file"])), f"missing {d['file']}")
ok("FICTIONAL" in manifest_raw.split("documents:")[0], "manifest header must say the new documents are fictional")
src_manifest = os.path.join(SRC_CORPUS, "manifest.yaml")
for k in ("tw20", "dk20", "wass", "co"):
    f = DOCS[k]["file"]
    h = hashlib.sha256(open(os.path.join(CORPUS, f), "rb").read()).hexdigest()
    ok(h == prov["sha256"][f], f"{f}: sha256 differs from provenance")
    if os.path.exists(os.path.join(SRC_CORPUS, f)):
        ok(open(os.path.join(SRC_CORPUS, f), "rb").read() == open(os.path.join(CORPUS, f), "rb").read(),
           f"{f}: not a byte-identical copy")
if os.path.exists(src_manifest):
    old = yaml.safe_load(open(src_manifest))["documents"]
    for o in old:
        m = [d for d in docs if d["file"] == o["file"]]
        ok(m and all(m[0][k] == o[k] for k in ("municipality", "year", "type", "title")), f"manifest entry {o['file']}")
for k in ("tw", "nk"):
    ok("FICTIEF DOCUMENT" in pdf[k].text(1), f"{k}: no FICTIEF notice on page 1")
    ok(any(d["file"] == DOCS[k]["file"] and d["municipality"] == DOCS[k]["municipality"] for d in docs),
       f"{k}: manifest entry")

# ================================================================== 3. every figure at its recorded place
def src_value(s):
    if s.get("token") == "twee":
        return 2
    if s["kind"] == "tile":
        num = s["value_text"].replace("€", "").replace("mln", "").replace("%", "").replace("fte", "").strip()
        return parse_nl(num) * s["scale"]
    return parse_nl(s["token"]) * s["scale"]


def relocate(s, ctx):
    try:
        if s["kind"] == "cell":
            D = pdf[s["doc"]]
            spec = dict(page=s["page"], caption_page=s["caption_page"], caption=s["caption"], anchors=s["anchors"],
                        row=s["row"], group=s.get("group"), col=s["col"], token=s["token"], occurrence=s.get("occurrence", 1))
            if s.get("mark"):
                spec["mark"] = s["mark"]
            if s.get("anchors_page"):
                spec["anchors_page"] = s["anchors_page"]
            ok(TABLES[(s["doc"], s["table"])]["caption"] == s["caption"], f"{ctx}: caption registry")
            r = D.cell(spec)
            ok(r["layout_line"] == s["layout_line"], f"{ctx}: pdftotext line changed: {r['layout_line']!r}")
            if s["page"] != s["caption_page"]:
                ok(D.find_caption(s["page"], s["caption"]) is None, f"{ctx}: continuation page repeats the caption")
        elif s["kind"] == "prose":
            D = pdf[s["doc"]]
            ok(D.find_prose(s["snippet"], pages=[s["page"]], column=s.get("column")) == s["page"],
               f"{ctx}: prose {s['snippet']!r} not on page {s['page']}")
            ok(s["token"] in s["snippet"], f"{ctx}: token not in snippet")
        elif s["kind"] == "tile":
            pdf[s["doc"]].tile(s["page"], s["label"], s["value_text"])
        elif s["kind"] == "real_row":
            T = txt[s["doc"]]
            line = T.lines[s["line_no"] - 1]
            ok(line == s["line"] and line.startswith(norm(s["row"]) + " "), f"{ctx}: line {s['line_no']} changed")
            ok(T.numbers(line, s["row"])[s["index"]] == s["token"], f"{ctx}: token position")
            after = [i for i, l in enumerate(T.lines) if l.startswith(norm(s["after"]))]
            ok(after and after[0] < s["line_no"] - 1, f"{ctx}: 'after' anchor")
            first = next(i for i in range(after[0], len(T.lines)) if T.lines[i].startswith(norm(s["row"]) + " "))
            ok(first == s["line_no"] - 1, f"{ctx}: not the first '{s['row']}' row after '{s['after']}'")
        elif s["kind"] == "real_prose":
            T = txt[s["doc"]]
            ok(norm(s["snippet"]) in T.lines[s["line_no"] - 1], f"{ctx}: snippet not on line {s['line_no']}")
            ok(s["token"] in s["snippet"], f"{ctx}: token not in snippet")
        else:
            ok(False, f"{ctx}: unknown source kind")
    except AssertionError as e:
        ok(False, f"{ctx}: {e}")


def derive(op, vals):
    return {"diff": lambda: vals[0] - vals[1], "sum": lambda: sum(vals),
            "pct_change": lambda: (vals[1] - vals[0]) / vals[0] * 100,
            "share": lambda: vals[0] / vals[1] * 100, "per": lambda: vals[0] / vals[1]}[op]()


# comment blocks above each case / turn
blocks = {}
cur_comments, cur_case, turn_i = [], None, 0
for line in raw_cases.splitlines():
    st = line.strip()
    if st.startswith("#"):
        cur_comments.append(st)
        continue
    m = re.match(r"- id: (\S+)", st)
    if m:
        cur_case, turn_i = m.group(1), 0
        if cur_comments:
            blocks[(cur_case, 0)] = cur_comments
        cur_comments = []
        continue
    if st.startswith("- question:") and line.startswith("  -"):
        blocks[(cur_case, turn_i)] = cur_comments
        turn_i += 1
        cur_comments = []
        continue
    if st and not st.startswith("#"):
        pass


def where_token(s):
    if s["kind"] in ("real_row", "real_prose"):
        return f"line {s['line_no']}"
    return f"p.{s['page']}"


def y_turns(c):
    return c["turns"] if "turns" in c else [c]


cross_doc, computed, scoped = [], 0, 0
for c in Y["cases"]:
    pc = prov["cases"].get(c["id"])
    if not ok(pc is not None, f"{c['id']}: no provenance"):
        continue
    if c.get("municipality"):
        scoped += 1
    ok(len(pc["turns"]) == len(y_turns(c)), f"{c['id']}: turn count")
    for i, (t, p) in enumerate(zip(y_turns(c), pc["turns"])):
        ctx = f"{c['id']}#{i + 1}"
        ok(t["question"] == p["question"], f"{ctx}: question differs from provenance")
        ok(t["kind"] == p["kind"], f"{ctx}: kind differs")
        e = t.get("expect", {}) or {}
        com = " ".join(blocks.get((c["id"], i), []))
        ok(com, f"{ctx}: no comment above the case/turn")
        if t["kind"] == "figure":
            for s in p["sources"]:
                relocate(s, ctx)
                ok(where_token(s) in com and DOCS[s["doc"]]["file"] in com, f"{ctx}: comment does not name {where_token(s)}")
            vals = [src_value(s) for s in p["sources"]]
            if p["op"]:
                computed += 1
                v = derive(p["op"], vals)
                ok(close(v, p["value"], 0.01), f"{ctx}: derivation {p['op']} {vals} -> {v} != {p['value']}")
                ok(p["derivation"] and p["derivation"] in com, f"{ctx}: derivation not in the comment")
            else:
                ok(len(vals) == 1 and close(vals[0], p["value"]), f"{ctx}: printed {vals} != {p['value']}")
            ok(e.get("value") == p["value"], f"{ctx}: expect.value {e.get('value')} != provenance {p['value']}")
            ok(e.get("tolerance") == p["tolerance"] or (not e.get("tolerance") and not p["tolerance"]), f"{ctx}: tolerance")
            ok(e.get("unit") == p["unit"], f"{ctx}: unit")
            tol = e.get("tolerance", 0) or 0
            acc = e.get("accept", [])
            ok(len(acc) == len(p["accept"]) and all(close(a, b["value"]) for a, b in zip(acc, p["accept"])),
               f"{ctx}: accept differs from provenance")
            for a in p["accept"]:
                for s in a["sources"]:
                    relocate(s, ctx + " accept")
                    ok(where_token(s) in com, f"{ctx}: comment does not name the accepted {where_token(s)}")
                if not p["op"]:
                    ok(len(a["sources"]) == 1 and close(src_value(a["sources"][0]), a["value"]),
                       f"{ctx}: accepted {a['value']} is not its printed figure")
                else:
                    # an accepted computed figure: the same derivation with the accepted source replacing the last one
                    v = derive(p["op"], [src_value(s) for s in p["sources"][:-1]] + [src_value(a["sources"][0])])
                    ok(close(v, a["value"], 0.01), f"{ctx}: accepted computed {a['value']} != {v}")
            docs_used = {s["doc"] for s in p["sources"]}
            if len(docs_used) > 1:
                cross_doc.append(ctx)
            for o in p["other"]:
                for s in o["sources"]:
                    relocate(s, ctx + " other")
                ov = derive(o["op"], [src_value(s) for s in o["sources"]]) if o.get("op") else src_value(o["sources"][0])
                ok(close(abs(ov), abs(o["value"]), 0.01), f"{ctx}: other {o['value']} != printed {ov}")
                for x in [e.get("value")] + list(acc):
                    ok(abs(abs(o["value"]) - abs(x)) > tol + 1e-9, f"{ctx}: a NOT-accepted figure {o['value']} is accepted")
                ok("NOT accepted" in com, f"{ctx}: comment lacks the NOT accepted figures")
            # municipality: the value's document belongs to expect.municipality
            mset = {DOCS[s["doc"]]["municipality"] for s in p["sources"]}
            ok(e.get("municipality") in mset, f"{ctx}: expect.municipality {e.get('municipality')} not of a source document")
            # units fit
            if p["unit"] == "percent":
                ok(any("%" in s.get("token", "") for s in p["sources"]) or p["op"] in ("pct_change", "share"), f"{ctx}: percent unit")
            if p["unit"] == "EUR":
                ok(abs(p["value"]) >= 100, f"{ctx}: EUR value too small")
        elif t["kind"] == "text":
            inc = e.get("include")
            ok(inc == p["include"], f"{ctx}: include differs from provenance")
            for w in p["where"]:
                D = pdf[w["doc"]]
                ok(D.find_prose(w["snippet"], pages=[w["page"]], column=w.get("column")) == w["page"],
                   f"{ctx}: passage not on page {w['page']}")
                ok(f"p.{w['page']}" in com, f"{ctx}: comment does not name p.{w['page']}")
                page_text = D.dehyphen(D.text(w["page"], w.get("column"))).lower()
                for item in inc:
                    alts = item if isinstance(item, list) else [item]
                    ok(any(a.lower() in page_text for a in alts), f"{ctx}: include {item} not in the passage's page text")
            ok(e.get("municipality") in {DOCS[w["doc"]]["municipality"] for w in p["where"]}, f"{ctx}: text municipality")
        elif t["kind"] == "refusal":
            ok(p["absent"], f"{ctx}: refusal without absent rules")
            covered = set()
            for r in p["absent"]:
                for k in r["doc"]:
                    covered.add(k)
                    if "absent" in r:
                        ok(not re.search(r["absent"], doc_text(k)), f"{ctx}: {r['absent']!r} occurs in {k}")
                    if "only_as" in r:
                        pat, allowed = r["only_as"]
                        n_all = len(re.findall(pat, doc_text(k)))
                        n_ok = len(re.findall(allowed, doc_text(k)))
                        ok(n_all == n_ok, f"{ctx}: {k} has {pat!r} outside {allowed!r}")
                    if "no_line_with_all" in r:
                        for ln in doc_lines(k):
                            if all(re.search(x, ln) for x in r["no_line_with_all"]):
                                ok(False, f"{ctx}: {k} has a line with all of {r['no_line_with_all']}: {ln[:90]!r}")
                                break
            ok(covered >= {"tw", "nk"} or c["id"] in ("av-nk-conv-tubbergen-mj",), f"{ctx}: rules do not cover both new documents")
            ok("refusal:" in com, f"{ctx}: comment lacks the refusal reason")
        elif t["kind"] == "any":
            ok(e.get("exclude") == p["exclude"], f"{ctx}: exclude differs")
            for cd in p["candidates"]:
                for s in cd["sources"]:
                    relocate(s, ctx + " candidate")
                fv = cd["value"]
                for x in p["exclude"]:
                    xv = parse_nl(x)
                    ok(xv is None or not close(abs(xv), abs(fv)), f"{ctx}: exclude {x} is an acceptable candidate")
            for x in p["exclude"]:
                if parse_nl(x) is not None:
                    ok(any(x in l for k in ("tw", "tw20", "nk") for l in doc_lines(k)), f"{ctx}: exclude {x} is printed nowhere")

# ================================================================== 4. add-ups read back from the PDFs
TW, NK = pdf["tw"], pdf["nk"]


def table_rows(D, key, page=None):
    t = TABLES[key]
    cp = [p for p in range(1, D.n + 1) if D.find_caption(p, t["caption"])][0]
    rows = D.read_table(cp, t["caption"], t["anchors"])      # tables running over a page are read separately below
    return cp, rows


def rows_dict(rows):
    out = {}
    for lab, vals in rows:
        if lab and lab not in out:
            out[lab] = vals
    return out


def section(rows, start, end):
    """rows strictly between the label 'start' and the label 'end'."""
    labs = [r[0] for r in rows]
    i, j = labs.index(start), labs.index(end)
    return rows[i + 1:j]


def prog_checks(key, scale_k):
    cp, rows = table_rows(TW, key)
    R = rows_dict(rows)
    for col in range(3):
        lr = [v.get(col, 0) for _, v in section(rows, "Lasten", "Totaal lasten")]
        br = [v.get(col, 0) for _, v in section(rows, "Baten", "Totaal baten")]
        ok(close(sum(lr), R["Totaal lasten"][col]), f"{key} col {col}: lasten rows {sum(lr)} != total")
        ok(close(sum(br), R["Totaal baten"][col]), f"{key} col {col}: baten rows != total")
        sal = R["Totaal baten"][col] - R["Totaal lasten"][col]
        last = "Saldo algemene dekkingsmiddelen" if key[1] == "T2.7" else "Saldo van baten en lasten"
        ok(close(sal, R[last][col]), f"{key} col {col}: saldo")
        if key[1] != "T2.7":
            res = R["Saldo van baten en lasten"][col] - R["Toevoeging aan reserves"].get(col, 0) + R["Onttrekking aan reserves"].get(col, 0)
            ok(close(res, R["Resultaat programma"][col]), f"{key} col {col}: resultaat")
    # verschil column (absolute, V/N read from the row text)
    for lab, v in rows:
        if 1 in v and 2 in v and 3 in v:
            ok(close(abs(v[2] - v[1]), v[3]), f"{key} {lab}: verschil {v[3]} != |{v[2]} - {v[1]}|")
    return R


R22 = prog_checks(("tw", "T2.2"), 1000)
R24 = prog_checks(("tw", "T2.4"), 1000)
R26 = prog_checks(("tw", "T2.6"), 1)
R27 = prog_checks(("tw", "T2.7"), 1000)
_, r41 = table_rows(TW, ("tw", "T4.1"))
R41 = rows_dict(r41)
for col in range(3):
    lr = [v.get(col, 0) for _, v in section(r41, "Lasten", "Totaal lasten")]
    br = [v.get(col, 0) for _, v in section(r41, "Baten", "Totaal baten")]
    ok(close(sum(lr), R41["Totaal lasten"][col]) and close(sum(br), R41["Totaal baten"][col]), f"T4.1 col {col}: totals")
    sal = R41["Totaal baten"][col] - R41["Totaal lasten"][col]
    ok(close(sal, R41["Gerealiseerd saldo van baten en lasten"][col]), f"T4.1 col {col}: saldo")
    ok(close(sal - R41["Toevoegingen aan reserves"][col] + R41["Onttrekkingen aan reserves"][col], R41["Gerealiseerd resultaat"][col]),
       f"T4.1 col {col}: resultaat")
    las = dict(section(r41, "Lasten", "Totaal lasten"))
    bat = dict(section(r41, "Baten", "Totaal baten"))
    ok(close(las["Programma 1 Bestuur en Veiligheid"][col], R22["Totaal lasten"][col]), "T4.1 = T2.2 lasten")
    ok(close(las["Programma 2 Fysiek Domein"][col], R24["Totaal lasten"][col]), "T4.1 = T2.4 lasten")
    ok(close(las["Programma 3 Sociaal Domein"][col], round(R26["Totaal lasten"][col] / 1000)), "T4.1 = T2.6 lasten (x 1.000)")
    ok(close(bat["Programma 3 Sociaal Domein"][col], round(R26["Totaal baten"][col] / 1000)), "T4.1 = T2.6 baten (x 1.000)")
    ok(close(las["Algemene dekkingsmiddelen"][col], R27["Totaal lasten"][col]), "T4.1 = T2.7 lasten")
    ok(close(bat["Algemene dekkingsmiddelen"][col], R27["Totaal baten"][col]), "T4.1 = T2.7 baten")
    tot_toe = R22["Toevoeging aan reserves"].get(col, 0) + R24["Toevoeging aan reserves"].get(col, 0) + round(R26["Toevoeging aan reserves"].get(col, 0) / 1000)
    ok(tot_toe <= R41["Toevoegingen aan reserves"][col], "T4.1 toevoegingen cover the programmes'")
_, r43 = table_rows(TW, ("tw", "T4.3"))
R43 = {}
for lab, v in r43:
    if lab and lab != "Bestemmingsreserves":
        R43[lab] = [v.get(i, 0) for i in range(5)]        # '-' = 0
    if lab == "Totaal reserves":
        break
for lab, v in R43.items():
    ok(close(v[0] + v[1] + v[2] - v[3], v[4]), f"T4.3 {lab}: stand 1-1 + bestemming + toevoeging - onttrekking != stand 31-12")
tot = R43.pop("Totaal reserves")
for i in range(5):
    ok(close(sum(v[i] for v in R43.values()), tot[i]), f"T4.3 column {i}: total")
ok(close(round(tot[2] / 1000), R41["Toevoegingen aan reserves"][2]), "T4.3 toevoegingen = T4.1")
ok(close(round(tot[3] / 1000), R41["Onttrekkingen aan reserves"][2]), "T4.3 onttrekkingen = T4.1")
ok(close(R43["Reserve sociaal domein"][3], R26["Onttrekking aan reserves"][2]), "T4.3 onttrekking reserve sociaal domein = T2.6")
_, r42 = table_rows(TW, ("tw", "T4.2"))
R42 = rows_dict(r42)
for col in range(2):
    ok(close(R42["Algemene reserve"][col] + R42["Bestemmingsreserves"][col] + R42["Gerealiseerd resultaat"][col], R42["Eigen vermogen"][col]),
       f"T4.2 col {col}: eigen vermogen")
    ok(close(R42["Totaal vaste activa"][col] + R42["Totaal vlottende activa"][col], R42["Totaal activa"][col]), f"T4.2 col {col}: activa")
    ok(close(R42["Eigen vermogen"][col] + R42["Voorzieningen"][col] + R42["Vaste schulden één jaar of langer"][col], R42["Totaal vaste passiva"][col]),
       f"T4.2 col {col}: vaste passiva")
    ok(close(R42["Netto vlottende schulden"][col] + R42["Overlopende passiva"][col], R42["Totaal vlottende passiva"][col]), f"T4.2 col {col}: vlottende passiva")
    ok(close(R42["Totaal vaste passiva"][col] + R42["Totaal vlottende passiva"][col], R42["Totaal passiva"][col]), f"T4.2 col {col}: passiva")
    ok(close(R42["Totaal activa"][col], R42["Totaal passiva"][col]), f"T4.2 col {col}: balans in evenwicht")
ok(close(R42["Algemene reserve"][0], round(R43["Algemene reserve"][4] / 1000)), "balans algemene reserve = T4.3 stand 31-12")
ok(close(R42["Algemene reserve"][1], round(R43["Algemene reserve"][0] / 1000)), "balans 2022 algemene reserve = T4.3 stand 1-1")
best_31 = sum(v[4] for k, v in R43.items() if k != "Algemene reserve")
ok(close(R42["Bestemmingsreserves"][0], round(best_31 / 1000)), "balans bestemmingsreserves = T4.3")
ok(close(R42["Gerealiseerd resultaat"][1] * 1000, round(tot[1], -3)), "balans resultaat 2022 = bestemming resultaat 2022 (x 1.000)")
_, r33 = table_rows(TW, ("tw", "T3.3"))
R33 = rows_dict(r33)
ok(close(R33["Solvabiliteitsratio"][0], round(R42["Eigen vermogen"][0] / R42["Totaal passiva"][0] * 100, 1)), "solvabiliteit 2023 from the balans")
ok(close(R33["Grondexploitatie"][0], round(R42["Voorraden"][0] / R41["Totaal baten"][2] * 100, 1)), "grondexploitatie kengetal")
nsq = (R42["Vaste schulden één jaar of langer"][0] + R42["Netto vlottende schulden"][0] + R42["Overlopende passiva"][0]
       - R42["Uitzettingen korter dan één jaar"][0] - R42["Liquide middelen"][0] - R42["Overlopende activa"][0]) / R41["Totaal baten"][2] * 100
ok(close(R33["Netto schuldquote"][0], round(nsq, 1)), "netto schuldquote 2023 from the balans")
# bijlage B.1 over two pages
tb = TABLES[("tw", "TB.1")]
cpb = [p for p in range(1, TW.n + 1) if TW.find_caption(p, tb["caption"])][0]
rb = TW.read_table(cpb, tb["caption"], tb["anchors"]) + TW.read_table(cpb + 1, tb["caption"], tb["anchors"], caption_page=cpb)
rb = [(l, v) for l, v in rb if l and re.match(r"^\d+\.\d+ |^Totaal$", l)]
ok(len(rb) >= 30, f"TB.1: {len(rb)} rows read")
tv = {l: v for l, v in rb}
tb_tot = tv.pop("Totaal")
ok(close(sum(v[0] for v in tv.values()), tb_tot[0]) and close(sum(v[1] for v in tv.values()), tb_tot[1]), "TB.1 totals")
for l, v in tv.items():
    ok(close(v[1] - v[0], v[2]), f"TB.1 {l}: saldo")
res_prose = re.search(r"Het gerealiseerde resultaat over 2023 bedraagt € ([\d.]+) voordelig", TW.all_text())
ok(res_prose and close(parse_nl(res_prose.group(1)), tb_tot[2]), "TB.1 total saldo = the resultaat in prose")
ok(close(round(tb_tot[0] / 1000) - R41["Totaal lasten"][2] - R41["Toevoegingen aan reserves"][2], 0, 3), "TB.1 lasten ~ T4.1 lasten + toevoegingen")
p3_tv = [l for l in tv if l.split()[0] in ("4.2", "4.3", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.71", "6.72", "6.81", "6.82", "7.1")]
ok(close(sum(tv[l][0] for l in p3_tv), R26["Totaal lasten"][2]), "TB.1 sociaal domein taakvelden = T2.6 lasten")
ok(close(sum(tv[l][1] for l in p3_tv), R26["Totaal baten"][2]), "TB.1 sociaal domein taakvelden = T2.6 baten")
ok(close(tv["0.61 OZB woningen"][1] / 1000, R27["OZB woningen"][2], 0.5), "TB.1 0.61 baten = T2.7 OZB woningen (rounded)")
# weerstandsvermogen
wt = TW.all_text()
m_b = re.search(r"Beschikbare weerstandscapaciteit € ([\d.]+)", wt)
m_n = re.search(r"Benodigde weerstandscapaciteit € ([\d.]+)", wt)
m_r = re.search(r"Ratio weerstandsvermogen ([\d,]+)", wt)
ok(m_b and m_n and m_r and close(round(parse_nl(m_b.group(1)) / parse_nl(m_n.group(1)), 2), parse_nl(m_r.group(1))), "ratio weerstandsvermogen")
m_a = re.search(r"Algemene reserve per 31-12-2023 € ([\d.]+)", wt)
ok(m_a and close(parse_nl(m_a.group(1)), R43["Algemene reserve"][4]), "weerstandscapaciteit uses the algemene reserve 31-12")
_, r31 = table_rows(TW, ("tw", "T3.1"))
ben = sum(v.get(2, 0) for l, v in r31 if l and not l.startswith("Benodigde"))
ok(close(ben, parse_nl(m_n.group(1))), "risks add up to the benodigde capaciteit")
# tiles (€ mln, one decimal)
def mln(x):
    return ("€ " + f"{x / 1e6:.1f}".replace(".", ",") + " mln")
for lab, v in [("Totale lasten", R41["Totaal lasten"][2] * 1000), ("Totale baten", R41["Totaal baten"][2] * 1000),
               ("Resultaat 2023", parse_nl(res_prose.group(1))), ("Lasten Sociaal Domein", R26["Totaal lasten"][2]),
               ("Algemene reserve 31-12", R43["Algemene reserve"][4])]:
    try:
        TW.tile(3, lab, mln(v))
        ok(True, "")
    except AssertionError as e:
        ok(False, f"tile {lab}: {e}")

# ---------------- Noaberkracht
_, r31n = table_rows(NK, ("nk", "T3.1"))
N31 = rows_dict(r31n)
for col in range(3):
    ok(close(sum(v[col] for l, v in r31n if l and l != "Totaal lasten" and col in v), N31["Totaal lasten"][col]), f"NK T3.1 col {col}")
_, r41n = table_rows(NK, ("nk", "T4.1"))
N41 = rows_dict(r41n)
for col in range(4):
    ok(close(round(sum(v[col] for l, v in r41n if l and l != "Totaal" and col in v), 1), N41["Totaal"][col]), f"NK T4.1 col {col}")
for l, v in r41n:
    if l and 0 in v:
        ok(close(round(v[1] - v[0], 1), v[2]), f"NK T4.1 {l}: mutatie")
# T4.2 over two pages, no repeated header
t42 = TABLES[("nk", "T4.2")]
cp42 = [p for p in range(1, NK.n + 1) if NK.find_caption(p, t42["caption"])][0]
r42n = NK.read_table(cp42, t42["caption"], t42["anchors"]) + NK.read_table(cp42 + 1, t42["caption"], t42["anchors"],
                                                                          caption_page=cp42, anchors_page=cp42)
N42 = rows_dict([(l, v) for l, v in r42n if l and v])
pers = ["Salarissen en sociale lasten", "Inhuur derden", "Opleidingen", "Overige personeelskosten"]
mat = ["ICT en licenties", "Huisvesting", "Kapitaallasten", "Overige materiële lasten"]
for col in range(4):
    ok(close(sum(N42[x][col] for x in pers), N42["Subtotaal personeelslasten"][col]), f"NK T4.2 col {col}: personeel")
    ok(close(sum(N42[x][col] for x in mat), N42["Subtotaal materiële lasten"][col]), f"NK T4.2 col {col}: materieel")
    ok(close(N42["Subtotaal personeelslasten"][col] + N42["Subtotaal materiële lasten"][col], N42["Totaal lasten"][col]), f"NK T4.2 col {col}: totaal")
ok(close(N42["Totaal lasten"][0], N31["Totaal lasten"][0]), "NK T4.2 = T3.1 (2025)")
ok(close(N42["Subtotaal personeelslasten"][0], N41["Totaal"][3]), "NK T4.2 personeel = T4.1")
_, r61 = table_rows(NK, ("nk", "T6.1"))
N61 = {l.split(" (")[0] if l.startswith("Gezamenlijke") else l: v for l, v in r61 if l}
ok(close(N61["Totale lasten"][2] - N61["Af: baten derden"][2] - N61["Af: onttrekkingen aan reserves"][2], N61["Te betalen door de gemeenten"][2]), "NK T6.1 te betalen")
g = N61["Gezamenlijke kosten volgens verdeelsleutel"]
ok(close(g[0] + g[1], g[2]), "NK T6.1 gezamenlijk D + T")
_, r22n = table_rows(NK, ("nk", "T2.2"))
N22 = rows_dict(r22n)
ok(close(round(g[2] * N22["Dinkelland"][3] / 100), g[0]), "NK T6.1 Dinkelland share = sleutel x gezamenlijk")
ok(close(round(0.4 * N22["Dinkelland"][1] + 0.6 * N22["Dinkelland"][2], 1), N22["Dinkelland"][3]), "NK sleutel = 40% inwoners + 60% uren")
ok(close(round(N22["Dinkelland"][0] / N22["Totaal"][0] * 100, 2), N22["Dinkelland"][1]), "NK aandeel inwoners")
d = N61["Directe kosten per gemeente"]
b = N61["Bijdrage 2025"]
for i in range(3):
    ok(close(g[i] + d[i], b[i]), f"NK T6.1 col {i}: bijdrage = gezamenlijk + direct")
    ok(close(b[i] - N61["Bijdrage 2024 (begroting na wijziging)"][i], N61["Stijging bijdrage 2025 ten opzichte van 2024"][i]), f"NK T6.1 col {i}: stijging")
ok(close(b[2], N61["Te betalen door de gemeenten"][2]), "NK T6.1 total bijdrage")
ok(close(N61["Totale lasten"][2], N42["Totaal lasten"][0] * 1000, 500), "NK T6.1 lasten ~ T4.2 (x 1.000)")
_, r71 = table_rows(NK, ("nk", "T7.1"))
N71 = rows_dict(r71)
for col in range(4):
    ok(close(N71["Baten derden"][col] + N71["Bijdrage gemeente Dinkelland"][col] + N71["Bijdrage gemeente Tubbergen"][col], N71["Totale baten"][col]), f"NK T7.1 {col}: baten")
    ok(close(N71["Totale baten"][col] - N71["Totale lasten"][col], N71["Saldo van baten en lasten"][col]), f"NK T7.1 {col}: saldo")
    ok(close(N71["Saldo van baten en lasten"][col] + N71["Onttrekkingen aan reserves"].get(col, 0), N71["Resultaat"][col]), f"NK T7.1 {col}: resultaat")
    ok(close(N71["Totale lasten"][col], N42["Totaal lasten"][col]), f"NK T7.1 {col}: lasten = T4.2")
ok(close(N71["Bijdrage gemeente Dinkelland"][0], round(b[0] / 1000)) and close(N71["Bijdrage gemeente Tubbergen"][0], round(b[1] / 1000)), "NK T7.1 2025 = T6.1 rounded")
_, r81 = table_rows(NK, ("nk", "T8.1"))
N81 = rows_dict(r81)
for l, v in N81.items():
    if len(v) < 4:
        continue
    ok(close(v.get(0, 0) + v.get(1, 0) - v.get(2, 0), v[3]), f"NK T8.1 {l}: stand 31-12-2025")
ok(close(N81["Totaal reserves"][2], N61["Af: onttrekkingen aan reserves"][2]), "NK T8.1 onttrekking = T6.1")
_, r91 = table_rows(NK, ("nk", "T9.1"))
N91 = rows_dict(r91)
ok(close(N91["Eigen vermogen (reserves)"][0], round(N81["Totaal reserves"][0] / 1000)) and
   close(N91["Eigen vermogen (reserves)"][1], round(N81["Totaal reserves"][3] / 1000)), "NK balans eigen vermogen = reserves")
for col in range(2):
    act = sum(N91[x][col] for x in ["Materiële vaste activa", "Uitzettingen korter dan één jaar", "Liquide middelen", "Overlopende activa"])
    pas = sum(N91[x][col] for x in ["Eigen vermogen (reserves)", "Voorzieningen", "Vaste schulden", "Vlottende schulden", "Overlopende passiva"])
    ok(close(act, N91["Totaal activa"][col]) and close(pas, N91["Totaal passiva"][col]) and close(act, pas), f"NK balans col {col}")
_, r92 = table_rows(NK, ("nk", "T9.2"))
N92 = rows_dict(r92)
ok(close(N92["Solvabiliteitsratio"][2], round(N91["Eigen vermogen (reserves)"][1] / N91["Totaal passiva"][1] * 100, 1)), "NK solvabiliteit 2025")
nsq = (N91["Vaste schulden"][1] + N91["Vlottende schulden"][1] + N91["Overlopende passiva"][1] - N91["Uitzettingen korter dan één jaar"][1]
       - N91["Liquide middelen"][1] - N91["Overlopende activa"][1]) / N71["Totale baten"][0] * 100
ok(close(N92["Netto schuldquote"][2], round(nsq, 1)), "NK netto schuldquote 2025")
_, r51 = table_rows(NK, ("nk", "T5.1"))
N51 = rows_dict(r51)
parts = ["Financiën", "HRM", "Informatievoorziening en ICT", "Facilitaire zaken", "Directie en management"]
ok(close(sum(N51[x][0] for x in parts), N51["Totaal overhead"][0]), "NK overhead total")
ok(close(round(N51["Totaal overhead"][0] / N51["Totale lasten Noaberkracht"][0] * 100, 1), N51["Overhead in procenten van de totale lasten"][0]), "NK overhead %")
# bijlage B.1 (two pages, no repeated header) against T3.1 and T4.1
tb = TABLES[("nk", "TB.1")]
cpb = [p for p in range(1, NK.n + 1) if NK.find_caption(p, tb["caption"])][0]
rbn = NK.read_table(cpb, tb["caption"], tb["anchors"]) + NK.read_table(cpb + 1, tb["caption"], tb["anchors"], caption_page=cpb, anchors_page=cpb)
rbn = [(l, v) for l, v in rbn if l and len(v) == 3]
for l, v in rbn:
    ok(close(v[0] + v[1], v[2]), f"NK TB.1 {l}: personeel + materieel = totaal")
clus = [l[len("Totaal "):] for l, _ in rbn if l.startswith("Totaal ") and l != "Totaal Noaberkracht"]
ok(len(clus) == 6, f"NK TB.1 clusters {clus}")
for cname in clus:
    v = dict(rbn)["Totaal " + cname]
    ok(close(round(v[2] / 1000), N31[cname][0]), f"NK TB.1 {cname} = T3.1 (x 1.000)")
    ok(close(round(v[0] / 1000), N41[cname][3]), f"NK TB.1 {cname} personeel = T4.1 (x 1.000)")
gt = dict(rbn)["Totaal Noaberkracht"]
ok(close(gt[2], N61["Totale lasten"][2]), "NK TB.1 grand total = T6.1 totale lasten")
prod = [(l, v) for l, v in rbn if not l.startswith("Totaal")]
ok(close(sum(v[2] for _, v in prod), gt[2]), "NK TB.1 products add up")
for x in ["Financiën", "HRM", "Informatievoorziening en ICT", "Facilitaire zaken", "Directie en management"]:
    ok(close(dict(prod)[x][2], N51[x][0]), f"NK overhead {x} = TB.1")
nt = NK.all_text()
ok(f"De personeelslasten bedragen € {gt[0]:,.0f}".replace(",", ".") in nt, "NK prose personeelslasten = TB.1")
for lab, v in [("Totale lasten 2025", N61["Totale lasten"][2]), ("Bijdrage Dinkelland", b[0]), ("Bijdrage Tubbergen", b[1]),
               ("Personeelslasten", gt[0]), ("Reserves 31-12-2025", N81["Totaal reserves"][3])]:
    try:
        NK.tile(2, lab, mln(v))
        ok(True, "")
    except AssertionError as e:
        ok(False, f"NK tile {lab}: {e}")

# ================================================================== 5. layout features (checklist)
def info(p, key):
    r = subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout
    m = re.search(rf"^{key}:\s*(.*)$", r, re.M)
    return m.group(1).strip() if m else ""


features = []


def feat(cond, text):
    ok(cond, "layout: " + text)
    features.append(("ok " if cond else "NO ") + text)


feat("Apache FOP" in info(TW.path, "Producer"), f"Twenterand PDF produced by Apache FOP ({info(TW.path, 'Producer')}), {TW.n} pages")
w, h = TW.page_size(2)
feat(h > w, "Twenterand portrait A4, running header 'Gemeente Twenterand … Jaarstukken 2023', footer 'Pagina n'")
feat("Inhoud" in TW.text(2) and "....." in TW.layout_text(2), "Twenterand table of contents with dot leaders and page numbers")
feat("wkhtmltopdf" in info(NK.path, "Creator") and "Qt" in info(NK.path, "Producer"),
     f"Noaberkracht PDF by wkhtmltopdf ({info(NK.path, 'Creator')} / {info(NK.path, 'Producer')}), {NK.n} pages")
w, h = NK.page_size(2)
feat(w > h, "Noaberkracht landscape A4, no running header/footer from the printer (a page head line per chapter)")
lay_tw = subprocess.run(["pdftotext", "-layout", TW.path, "-"], capture_output=True, text=True).stdout
lay_nk = subprocess.run(["pdftotext", "-layout", NK.path, "-"], capture_output=True, text=True).stdout
feat(lay_tw.count("-/- ") >= 30, f"'-/-' for negatives in Twenterand ({lay_tw.count('-/- ')} times)")
feat(re.search(r"\s-\d{3}\s", lay_nk) is not None, "'-335' (hyphen minus) for negatives in Noaberkracht")
def mark_form(lay, fig, mark):
    if fig + mark in lay:
        return "glued in pdftotext"
    if fig + " " + mark in lay:
        return "set apart in pdftotext"
    return "on the line above in pdftotext"


feat(TW.find_phrase(14, "1.250.000") is not None,
     "footnote marks right after figures (checked with pdfplumber in the cell checks): TW '1.250.000'+'2' "
     f"({mark_form(lay_tw, '1.250.000', '2')}), '15.404.268'+'3' ({mark_form(lay_tw, '15.404.268', '3')}), "
     f"NK '€ 684.200'+'2' ({mark_form(lay_nk, '€ 684.200', '2')})")
feat("Bedragen (x € 1.000)" in lay_tw and "(x € 1.000)" in lay_nk, "scale in a column header / header cell ('Bedragen (x € 1.000)', 'Begroting 2025 (x € 1.000)')")
feat("Alle bedragen in deze tabel zijn x € 1.000" in TW.all_text() and "4) Bedragen x € 1.000" in nt and "1) Bedragen x € 1.000" in nt,
     "scale only in a footnote (Twenterand Tabel 4.1, Noaberkracht Tabel 4.2 and 7.1)")
a33 = TW.anchors([p for p in range(1, TW.n + 1) if TW.find_caption(p, TABLES[('tw', 'T3.3')]['caption'])][0],
                 TABLES[("tw", "T3.3")]["caption"], TABLES[("tw", "T3.3")]["anchors"])
a31 = NK.anchors(5, TABLES[("nk", "T3.1")]["caption"], TABLES[("nk", "T3.1")]["anchors"])
feat(a33[0][0] < a33[3][0] and a31[0][0] < a31[2][0], "tables whose years run newest first (TW Tabel 3.3, NK Tabel 3.1)")
feat(TW.find_phrase(3, "€ 97,9 mln") and NK.find_phrase(2, "€ 42,6 mln"), "'in één oogopslag' tiles in € mln with one decimal (both)")
feat(any(l.text.startswith("Bedragen (x € 1.000) Begroting 2023 Realisatie Verschil") for l in TW.lines(4)),
     "merged header cells ('Begroting 2023' over primitief / na wijziging, 'Verschil' over bedrag / V/N; NK 'Formatie (fte)', 'Meerjarenraming')")
feat("Subtotaal personeelslasten" in nt and "Subtotaal materiële lasten" in nt and "Totaal vaste activa" in TW.all_text(), "subtotal rows")
cp_tb = [p for p in range(1, TW.n + 1) if TW.find_caption(p, TABLES[("tw", "TB.1")]["caption"])][0]
feat(TW.anchors(cp_tb + 1, None, TABLES[("tw", "TB.1")]["anchors"], zone=TW.table_zone(cp_tb + 1, None)) is not None
     and not TW.find_caption(cp_tb + 1, TABLES[("tw", "TB.1")]["caption"]),
     f"Twenterand Tabel B.1 breaks from page {cp_tb} to {cp_tb + 1} with its header repeated (no caption)")
feat(NK.anchors(cp42 + 1, None, t42["anchors"], zone=NK.table_zone(cp42 + 1, None)) is None and "Subtotaal materiële lasten" in NK.text(cp42 + 1),
     f"Noaberkracht Tabel 4.2 breaks from page {cp42} to {cp42 + 1} without a repeated header")
feat(NK.anchors(cpb + 1, None, tb["anchors"], zone=NK.table_zone(cpb + 1, None)) is None, f"Noaberkracht Tabel B.1 breaks from page {cpb} to {cpb + 1} without a repeated header")
feat("Behaald" in TW.all_text() and "Interne systemen" in TW.all_text(), "indicator tables with text columns (Eenheid, Bron, Beoordeling)")
left, right = NK.text(3, "left"), NK.text(3, "right")
feat("ambtelijke werkorganisatie" in left and "Leerwerkbedrijf" in right, "two-column prose (Noaberkracht Inleiding, clusters, reserves)")
feat(" - " in " ".join(l.text for l in TW.lines([p for p in range(1, TW.n + 1) if TW.find_caption(p, TABLES[('tw', 'T4.3')]['caption'])][0])),
     "'-' for an empty cell in the Twenterand reserves table")

# ================================================================== summary
n_turns = sum(counts.values())
print("set-av check")
print(f"  cases {len(Y['cases'])}, turns {n_turns}: figure {counts['figure']}, refusal {counts['refusal']}, text {counts['text']}, any {counts['any']}")
print(f"  conversations {n_conv}; cases with a municipality scope {scoped}; computed figures {computed}; figure turns citing two documents {len(cross_doc)}: {', '.join(cross_doc)}")
print("  layout features:")
for f in features:
    print("   ", f)
print(f"  {checks} checks, {len(errors)} failed")
for e in errors:
    print("  FAIL:", e)
sys.exit(1 if errors else 0)
