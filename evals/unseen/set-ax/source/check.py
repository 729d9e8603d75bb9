"""Verifies set-ax from the finished documents (never imports data.py or the content models).

- FORMAT.md version 1 compliance of ../cases.yaml, unique ids, kinds, no 'signed', municipalities in the manifest;
- the manifest and byte-identical copies of the four real documents; the new PDFs say FICTIEF on page 1;
- every expected, accepted and 'other' figure re-located in the PDFs / real documents at the recorded place
  (page, caption, continuation under the repeated header, row lines, label, the cell's rank among the row's
  amounts, printed text, scale statement; prose sentences; lines of the real text export and the real PDF);
- derivations recomputed; 'other' figures kept out of value/accept; text includes found in their passage;
  refusal rules (what must be absent); 'any' excludes absent from the document;
- add-ups of both new documents re-read from their tables;
- the layout features, printed as a checklist.
"""
import functools
import hashlib
import json
import os
import re
import subprocess
import sys

import pdfplumber
import yaml

from extract import find_prose, layout_text, n_pages, norm, page_lines, parse_amount, doc_body_text, table_region

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
CORPUS = os.path.join(SET, "corpus")
REAL = os.environ.get("AX_SOURCE_CORPUS", "/work/main/corpus")
TW = os.path.join(CORPUS, "twenterand-programmabegroting-2025.pdf")
DV = os.path.join(CORPUS, "duivenvoorde-begroting-2025.pdf")
TW20 = os.path.join(CORPUS, "twenterand-programmabegroting-2020-sociaal-domein.txt")
WAS = os.path.join(CORPUS, "wassenaar-begroting-2024.pdf")
ERR = []
N = {"sources": 0, "other": 0}


def err(msg):
    ERR.append(msg)


def ok(cond, msg):
    if not cond:
        err(msg)
    return cond


AMT = re.compile(r"^(-/-|-|−)?€?\s?\d{1,3}(\.\d{3})*(,\d+)?%?$")


def amount_cells(cells):
    """The cells that are amounts (numbers), in order; '-/- 1.234' and '€ 1.234' count as one amount."""
    return [c for c in cells if c and AMT.match(c.replace("-/- ", "-/-").replace("€ ", "€"))]


def amount_tokens(words):
    out, i = [], 0
    while i < len(words):
        w = words[i]
        if w in ("-/-", "€") and i + 1 < len(words) and AMT.match(words[i + 1]):
            out.append(w + " " + words[i + 1])
            i += 2
            continue
        if AMT.match(w):
            out.append(w)
        i += 1
    return out


# ------------------------------------------------------------------------------------------ format
cases_text = open(os.path.join(SET, "cases.yaml"), encoding="utf-8").read()
cases = yaml.safe_load(cases_text)
prov = json.load(open(os.path.join(HERE, "provenance.json"), encoding="utf-8"))
manifest = yaml.safe_load(open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8"))
ok(cases.get("version") == 1 and isinstance(cases.get("cases"), list), "version 1 with a list of cases")
munis = {d["municipality"] for d in manifest["documents"]}
ids = [c["id"] for c in cases["cases"]]
ok(len(ids) == len(set(ids)), "ids unique")
ok(set(ids) == set(prov), "provenance covers exactly the case ids")
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
kinds = {}
for c in cases["cases"]:
    ok(set(c) <= {"id", "question", "municipality", "kind", "expect", "turns"}, f"{c['id']}: keys")
    turns = c.get("turns") or [c]
    ok(("turns" in c) != ("question" in c), f"{c['id']}: question or turns")
    if "municipality" in c:
        ok(c["municipality"] in munis, f"{c['id']}: scope municipality {c['municipality']}")
    ok(len(turns) == len(prov[c["id"]]), f"{c['id']}: provenance turns")
    for t, p in zip(turns, prov[c["id"]]):
        k = t["kind"]
        kinds[k] = kinds.get(k, 0) + 1
        ok(k in ("figure", "text", "refusal", "any"), f"{c['id']}: kind {k}")
        ok(k == p["kind"], f"{c['id']}: provenance kind")
        e = t.get("expect", {})
        ok(set(e) <= EXPECT_KEYS, f"{c['id']}: expect keys {set(e)}")
        ok("signed" not in e, f"{c['id']}: signed must not be set")
        if "municipality" in e:
            ok(e["municipality"] in munis, f"{c['id']}: expect municipality {e['municipality']}")
        if k == "figure":
            ok(isinstance(e.get("value"), (int, float)) and e.get("unit") in ("EUR", "count", "percent", "grade"),
               f"{c['id']}: figure value/unit")
            ok(e["value"] == p["value"] and e.get("accept", []) == p["accept"] and e.get("tolerance", 0) == p["tolerance"],
               f"{c['id']}: expect = provenance")
        if k == "text":
            ok(e.get("include"), f"{c['id']}: text include")
        if k == "refusal":
            ok(not e, f"{c['id']}: refusal without expect")
ok(sum(len(c.get("turns", [c])) for c in cases["cases"]) == sum(kinds.values()), "turn count")
# a comment above each case
for cid in ids:
    i = cases_text.index(f"- id: {cid}\n")
    before = cases_text[:i].rstrip("\n").split("\n")[-1]
    c = next(x for x in cases["cases"] if x["id"] == cid)
    if "turns" in c:
        block = cases_text[i:].split("\n- id:")[0]
        ok(block.count("  # ") >= len(c["turns"]), f"{cid}: a comment above each turn")
    else:
        ok(before.startswith("#"), f"{cid}: comment above the case")

# ------------------------------------------------------------------------------------------ corpus
real_m = yaml.safe_load(open(os.path.join(REAL, "manifest.yaml"), encoding="utf-8"))["documents"]
ok(manifest["documents"][:4] == real_m, "the four real manifest entries copied unchanged")
ok([d["file"] for d in manifest["documents"][4:]] == [os.path.basename(TW), os.path.basename(DV)], "two new entries")
ok(all(set(d) == set(real_m[0]) - {"published"} | {"id"} or set(d) >= {"file", "municipality", "year", "type", "title"}
       for d in manifest["documents"]), "manifest shape")
ok("FICTIONAL" in open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8").read().split("documents:")[0],
   "manifest header says fictional")
for d in real_m:
    a = hashlib.sha256(open(os.path.join(REAL, d["file"]), "rb").read()).hexdigest()
    b = hashlib.sha256(open(os.path.join(CORPUS, d["file"]), "rb").read()).hexdigest()
    ok(a == b, f"byte-identical copy of {d['file']}")
ok(sorted(os.listdir(CORPUS)) == sorted([d["file"] for d in manifest["documents"]] + ["manifest.yaml"]), "corpus files")
for path in (TW, DV):
    first = norm(subprocess.run(["pdftotext", "-l", "1", path, "-"], capture_output=True, text=True).stdout)
    ok("FICTIEF DOCUMENT" in first and "verzonnen" in first, f"{os.path.basename(path)}: fictional on page 1")

# ------------------------------------------------------------------------------------------ sources
TWBODY = doc_body_text(TW)
DVBODY = doc_body_text(DV)
TW20_LINES = open(TW20, encoding="utf-8").read().split("\n")


def check_cell(s):
    path = os.path.join(CORPUS, s["document"])
    p = s["page"]
    lines = page_lines(path, p)
    texts = [l["text"] for l in lines]
    first = s["table_pages"][0]
    cap_lines = [l["text"] for l in page_lines(path, first)]
    ok(s["table"] in cap_lines, f"caption {s['table']} on p.{first}")
    if s["continued"]:
        ok(texts[0] == s["header_line"], f"{s['table']}: p.{p} starts with the repeated header")
        ok(s["table"] not in texts, f"{s['table']}: no caption on the continuation page {p}")
    else:
        if not ok(s["table"] in texts, f"{s['table']}: caption on p.{p}"):
            return
        ci = texts.index(s["table"])
        hl = texts[ci + (2 if s["document"].startswith("duiven") else 1)]
        ok(hl == s["header_line"], f"{s['table']}: header line '{hl}'")
    # the row: its lines, in order, on this page, inside the table's region
    reg = [(pp, ln["text"]) for pp, _, ln in table_region(path, s["table"], s["header_line"])]
    idx = [i for i, (pp, t) in enumerate(reg) if pp == p and t == s["line"]
           and [x[1] for x in reg[i:i + len(s["row_lines"])]] == s["row_lines"]]
    if not ok(len(idx) >= 1, f"{s['table']}: row '{s['row']}' lines {s['row_lines']} on p.{p}"):
        return
    ok(s["line"].startswith(s["label_first_line"]) and s["row"].startswith(s["label_first_line"]),
       f"{s['row']}: label first line")
    rest = s["row"][len(s["label_first_line"]):].split()
    ok(all(w in " ".join(s["row_lines"][1:]).split() for w in rest), f"{s['row']}: rest of the label on the next lines")
    words = s["line"].split()
    got = amount_tokens(words[len(s["label_first_line"].split()):])
    # all amounts of the row's cells are printed on its lines; the cells that are amounts appear, in column
    # order, on the first line (cells are top-aligned), and the asked cell is the one matched at its rank
    allw = " ".join(s["row_lines"]).split()[len(s["label_first_line"].split()):]
    exp_all = amount_tokens(" ".join(c for c in s["row_cells"] if c).split())
    ok(sorted(amount_tokens(allw)) == sorted(exp_all), f"{s['table']} / {s['row']}: amounts {amount_tokens(allw)} != {exp_all}")
    ok(s["row_cells"][s["column_index"]] == s["cell_text"], f"{s['row']}: cell text")
    pure = [(i, c) for i, c in enumerate(s["row_cells"]) if c and amount_cells([c]) == [c]]
    pos, j = {}, 0
    for i, c in pure:
        while j < len(got) and got[j] != c:
            j += 1
        if not ok(j < len(got), f"{s['table']} / {s['row']}: cell '{c}' in order on the first line {got}"):
            break
        pos[i] = j
        j += 1
    if s["column_index"] in dict(pure):
        ok(s["column_index"] in pos and got[pos[s["column_index"]]] == s["cell_text"],
           f"{s['row']}: '{s['cell_text']}' at its column rank")
    # group (the nearest group line above the row)
    if s["group"]:
        i = idx[0]
        above = [t for _, t in reg[:i] if t in ("Lasten", "Baten")]
        ok(above and above[-1] == s["group"], f"{s['row']}: under group {s['group']}")
    # value and scale
    v = abs(parse_amount(s["cell_text"]))
    if s["unit"] == "EUR":
        ok(round(v * s["scale"]) == s["value"], f"{s['row']}: value {s['value']} = {s['cell_text']} x {s['scale']}")
        check_scale(s)
    else:
        ok(abs(v - s["value"]) < 1e-9, f"{s['row']}: value {s['value']}")


def check_scale(s):
    st = s["scale_statement"]
    if s["document"].startswith("duiven"):
        cap = [l["text"] for l in page_lines(DV, s["table_pages"][0])]
        ok(cap[cap.index(s["table"]) + 1] == st, f"{s['table']}: scale line '{st}' under the caption")
        ok(("x € 1.000" in st) == (s["scale"] == 1000), f"{s['table']}: scale {s['scale']} from '{st}'")
        return
    body = TWBODY
    ci = body.index(s["table"])
    if st.startswith("(") or st == "€":
        ok(st in s["table"] or st in s["cell_text"], f"{s['table']}: unit '{st}' in caption or cell")
        return
    si = body.rfind(st, 0, ci)
    ok(si >= 0, f"{s['table']}: statement '{st}' before the caption")
    between = body[si:ci]
    ok(not re.search(r"(x € 1\.000|in hele euro's)", between[len(st):]), f"{s['table']}: no other scale in between")
    ok(not re.search(r"Programma \d [A-Z]", between[len(st):]), f"{s['table']}: statement in the same programme")
    ok(("x € 1.000" in st) == (s["scale"] == 1000), f"{s['table']}: scale {s['scale']} from '{st}'")


def check_prose(s):
    path = os.path.join(CORPUS, s["document"])
    occ = find_prose(path, s["anchor"])
    ok(len(occ) == 1 and occ[0][0] == s["page"], f"prose '{s['anchor'][:40]}' on p.{s['page']} ({occ})")
    ok(s["printed"] in s["anchor"], "printed in anchor")
    ok(abs(abs(parse_amount(s["printed"])) - s["value"]) < 1e-9, f"prose value {s['value']}")


def check_real_text(s):
    ok(TW20_LINES[s["line"] - 1] == s["text"], f"real text line {s['line']}")
    ok(s["header_line"] in TW20_LINES and s["header_line"].split()[s["column_index"]] == s["column"], "real header")
    sec = max(i for i in range(s["line"]) if TW20_LINES[i] in ("Lasten per doelenboom", "Baten per doelenboom"))
    ok(TW20_LINES[sec] == s["section"], f"real text section {s['section']}")
    toks = s["text"][len(s["row"]):].split()
    ok(s["text"].startswith(s["row"] + " ") and toks[s["column_index"]] == s["printed"], f"real text token {s['printed']}")
    ok(round(abs(parse_amount(s["printed"]))) == s["value"], f"real text value {s['printed']} -> {s['value']}")


def check_real_pdf(s):
    lines = layout_text(WAS, s["page"]).split("\n")
    c = [i for i, l in enumerate(lines) if s["table"] in l]
    ok(len(c) == 1, f"Wassenaar p.{s['page']}: {s['table']}")
    ln = next(i for i in range(c[0], len(lines)) if lines[i].strip().startswith(s["row"]))
    ok(lines[ln].strip() == s["line"], "Wassenaar line")
    toks = s["line"][len(s["row"]):].split()
    ok(toks[s["token_index"]] == s["printed"], "Wassenaar token")
    hdr = " ".join(lines[c[0]:ln])
    ok(s["scale_statement"] in hdr, "Wassenaar scale statement")
    year = s["column"].split(",")[0].split()[-1]
    years = re.findall(r"\b20\d\d\b", " ".join(lines[c[0] + 1:c[0] + 4]))
    ok(years[s["token_index"] // 3] == year and s["token_index"] % 3 == 1, f"Wassenaar column {s['column']}")
    ok(round(abs(parse_amount(s["printed"])) * s["scale"]) == s["value"], "Wassenaar value")


def check_source(s):
    {"cell": check_cell, "prose": check_prose, "real_text": check_real_text, "real_pdf": check_real_pdf}[s["kind"]](s)


OPS = {
    "sum": lambda a, b: a + b,
    "difference": lambda a, b: abs(a - b),
    "share": lambda a, b: a / b * 100,
    "growth": lambda a, b: (a - b) / b * 100,
    "per_inwoner": lambda a, b: a / b,
}
for cid, turns in prov.items():
    for t in turns:
        if t["kind"] != "figure":
            continue
        for s in t["sources"]:
            check_source(s)
            N["sources"] += 1
        for s in t["other"]:
            check_source(s)
            N["other"] += 1
            good = [t["value"]] + t["accept"]
            ok(all(abs(s["value"] - g) > max(t["tolerance"], 1e-9) for g in good),
               f"{cid}: 'other' {s['value']} must differ from the accepted values")
        vals = [s["value"] for s in t["sources"]]
        if t["op"]:
            r = OPS[t["op"]](vals[0], vals[1])
            ok(abs(r - t["value"]) <= max(t["tolerance"], 0.5 if t["op"] != "sum" and t["op"] != "difference" else 0),
               f"{cid}: derivation {t['op']} -> {r} vs {t['value']}")
            if t["op"] == "difference" and t["accept"] and len(vals) >= 4:
                ok(abs(abs(vals[2] - vals[3]) - t["accept"][0]) < 1e-9, f"{cid}: accepted difference from the rounded table")
            ok(t["derivation"] and str(int(t["value"]) if float(t["value"]).is_integer() else "") in
               t["derivation"].replace(".", "") or "," in t["derivation"], f"{cid}: derivation text")
        else:
            ok(abs(vals[0] - t["value"]) < 1e-9, f"{cid}: first source = value")
            derived = {}
            for ad in t.get("accept_derivations", []):
                for s in ad["sources"]:
                    check_source(s)
                    N["sources"] += 1
                dv = OPS[ad["op"]](ad["sources"][0]["value"], ad["sources"][1]["value"])
                ok(abs(dv - ad["value"]) < 1e-9, f"{cid}: accepted derivation {ad['op']} -> {dv}")
                derived[ad["value"]] = dv
            for a in t["accept"]:
                ok(any(abs(v - a) < 1e-9 for v in vals[1:]) or a in derived,
                   f"{cid}: accepted {a} is a located printing or a recomputed derivation")

# ------------------------------------------------------------------------------------------ text, refusal, any
BODIES = {"twenterand-programmabegroting-2025.pdf": TWBODY, "duivenvoorde-begroting-2025.pdf": DVBODY}
for cid, turns in prov.items():
    for t in turns:
        if t["kind"] != "text":
            continue
        w = t["where"]
        if "anchor" in w:
            occ = find_prose(os.path.join(CORPUS, w["document"]), w["anchor"])
            ok(len(occ) == 1 and occ[0] == w["pages"], f"{cid}: passage on p.{w['pages']}")
            passage = w["anchor"]
        else:
            reg = table_region(os.path.join(CORPUS, w["document"]), w["table"], None)
            row = [ln["text"] for _, _, ln in reg if ln["text"].startswith(" ".join(w["row"].split()[:2]))]
            ok(row and w["cell_text"] in row[0].split(), f"{cid}: cell {w['cell_text']} in row {w['row']}")
            passage = row[0] if row else ""
        for item in t["include"]:
            alts = item if isinstance(item, list) else [item]
            ok(any(a.lower() in passage.lower() for a in alts), f"{cid}: include {alts} in the passage")

ALL = {"tw": TWBODY, "dv": DVBODY, "tw20": "\n".join(TW20_LINES)}
REFUSAL_RULES = {
    "ax-weiger-01": [("tw", r"\b2029\b"), ("tw20", r"\b2029\b")],
    "ax-weiger-02": [("dv", r"Leidschendam")],
    "ax-weiger-03": [("dv", r"\b2022\b")],
    "ax-weiger-04": [("tw", r"inwoners[^.]{0,40}1 januari 2025|1 januari 2025[^.]{0,40}inwoners")],
    "ax-weiger-05": [("tw", r"(?i)kazerne"), ("tw20", r"(?i)kazerne")],
    "ax-weiger-06": [("dv", r"(?i)salaris van|bezoldiging|WNT")],
    "ax-weiger-07": [("tw", r"Duivenvoorde"), ("tw20", r"Duivenvoorde"), ("dv", r"Twenterand")],
    "ax-weiger-08": [("dv", r"(?i)schuldquote")],
    "ax-conv-lasten": [("dv", r"\b2029\b")],
}
for cid, rules in REFUSAL_RULES.items():
    ok(any(t["kind"] == "refusal" for t in prov[cid]), f"{cid}: has a refusal turn")
    for doc, rx in rules:
        ok(not re.search(rx, ALL[doc]), f"{cid}: /{rx}/ must be absent from {doc}")
ok(set(REFUSAL_RULES) == {cid for cid, ts in prov.items() if any(t["kind"] == "refusal" for t in ts)}, "refusal rules cover all")
tk = [l["text"] for l in page_lines(TW, 3)]
ok("Kerngegeven 1 januari 2023 1 januari 2024" in tk, "kerngegevens only 1 januari 2023 and 2024")
w82 = [l for l in layout_text(WAS, 82).split("\n") if l.strip().startswith("1a. Netto schuldquote")]
ok(len(w82) == 1 and len(w82[0].split()) == 6, "Wassenaar kengetallen: three years only")
ok(not re.search(r"Kengetallen:[^\n]*2026", layout_text(WAS, 82)), "Wassenaar kengetallen without 2026")
for cid, turns in prov.items():
    for t, c in zip(turns, (next(x for x in cases["cases"] if x["id"] == cid).get("turns") or [next(x for x in cases["cases"] if x["id"] == cid)])):
        if t["kind"] == "any":
            doc = TWBODY if c["expect"]["municipality"] == "Twenterand" else DVBODY
            for x in t["exclude"]:
                ok(x not in doc, f"{cid}: exclude '{x}' absent from the document")

# ------------------------------------------------------------------------------------------ add-ups from the PDFs
@functools.lru_cache(maxsize=None)
def header_bands(path, page):
    """Vertical bands of the tinted header rows of the tables on a page."""
    pg = pdfplumber.open(path).pages[page - 1]
    return [(r["top"], r["bottom"]) for r in pg.rects if r.get("fill") and r.get("non_stroking_color")
            and len(r["non_stroking_color"]) == 3 and min(r["non_stroking_color"]) > 0.8 and max(r["non_stroking_color"]) < 0.99]


def table_rows(path, caption):
    """Rows (label on the first line, amounts) of a table; the table ends at the first vertical gap > 19 pt."""
    rows, prev = [], None
    for p, _, ln in table_region(path, caption, None):
        if prev and prev[0] == p and ln["top"] - prev[1] > 19 and rows:
            break
        prev = (p, ln["top"])
        if any(t - 0.5 <= (ln["top"] + ln["words"][0]["bottom"]) / 2 <= b + 0.5 for t, b in header_bands(path, p)):
            continue                                   # a header line (tinted band)
        ws = ln["text"].split()
        if ln["text"].startswith(("Tabel ", "Bedragen ", "Aantallen ", "In fte")):
            continue
        toks = amount_tokens(ws)
        if not toks or all(re.fullmatch(r"20\d\d", t) for t in toks):
            continue                                   # no amounts, or a header line of years
        first = next(i for i, w in enumerate(ws) if AMT.match(w) or w in ("-/-", "€"))
        rows.append((" ".join(ws[:first]), [parse_amount(t) for t in toks]))
    return rows


def row(rows, label, n=0):
    r = [v for l, v in rows if l == label] or [v for l, v in rows if l.startswith(label + " ")]
    return r[n]


r = table_rows(TW, "Tabel 3.1 Overzicht van baten en lasten 2023-2028")
progs = [v for l, v in r if re.match(r"^\d\. ", l)]
ok(len(progs) == 14, "T3.1: 7 programmes lasten and baten")
for i in range(6):
    tl, tb = row(r, "Totaal lasten")[i], row(r, "Totaal baten")[i]
    ok(sum(v[i] for v in progs[:7]) == tl and sum(v[i] for v in progs[7:]) == tb, f"T3.1 totals col {i}")
    sal = row(r, "Saldo van baten en lasten")[i]
    ok(tb - tl == sal, f"T3.1 saldo col {i}")
    ok(sal - row(r, "Toevoegingen aan reserves")[i] + row(r, "Onttrekkingen aan reserves")[i] == row(r, "Geraamd resultaat")[i],
       f"T3.1 resultaat col {i}")
ok(row(r, "Geraamd resultaat")[2] == 312 and "positief geraamd resultaat van € 312.000" in TWBODY, "resultaat 2025 in prose")
for nr in range(1, 8):
    cap = next(l["text"] for p in range(1, n_pages(TW) + 1) for l in page_lines(TW, p)
               if l["text"].startswith(f"Tabel 2.{nr}.") and "Baten en lasten programma" in l["text"])
    pr = table_rows(TW, cap)
    ok(row(pr, "Totaal lasten") == progs[nr - 1] and row(pr, "Totaal baten") == progs[7 + nr - 1], f"programme {nr} = T3.1")
rr = table_rows(TW, "Tabel 3.2 Verloop van de reserves in 2025")
for l, v in rr:
    ok(v[0] + v[1] - v[2] == v[3], f"T3.2 {l}")
ok(row(rr, "Totaal reserves")[1] == row(r, "Toevoegingen aan reserves")[2]
   and row(rr, "Totaal reserves")[2] == row(r, "Onttrekkingen aan reserves")[2], "T3.2 = T3.1 mutaties 2025")
tv = table_rows(TW, "Tabel 4.1 Baten en lasten per taakveld, begroting 2025")
body, tot = [v for l, v in tv if l != "Totaal"], row(tv, "Totaal")
ok([sum(v[i] for v in body) for i in range(3)] == tot, "T4.1 totals")
ok(all(v[1] - v[0] == v[2] for v in body), "T4.1 saldo per taakveld")
ok(tot[0] == (row(r, "Totaal lasten")[2] + row(r, "Toevoegingen aan reserves")[2]) * 1000 and tot[2] == 312000,
   "T4.1 = T3.1 (lasten incl. toevoegingen; saldo = resultaat)")
wl = table_rows(TW, "Tabel 5.4 Ontwikkeling woonlasten eigenaar-bewoner, meerpersoonshuishouden")
ok(all(v[1] + v[2] + v[3] == v[4] for l, v in wl), "T5.4 woonlasten = OZB + riool + afval")
ok([l for l, v in wl] == [str(y) for y in range(2021, 2026)], "T5.4 years as rows")
w3 = table_rows(TW, "Tabel 5.3 Woonlasten per huishouden (in euro's per jaar)")
ok(row(w3, "Eigenaar-bewoner, meerpersoonshuishouden")[:2] == wl[3][1][4:5] + wl[4][1][4:5], "T5.3 = T5.4")
ok(row(w3, "Eigenaar-bewoner, meerpersoonshuishouden")[1] - row(w3, "Huurder, meerpersoonshuishouden")[1] == wl[4][1][1],
   "eigenaar - huurder = OZB")
rk = table_rows(TW, "Tabel 5.5 Belangrijkste risico's")
ok(sum(v[2] for l, v in rk if l != "Totaal benodigde weerstandscapaciteit") == row(rk, "Totaal benodigde weerstandscapaciteit")[0],
   "T5.5 total")
ok(all(round(v[0] * v[1] / 100) == v[2] for l, v in rk if len(v) == 3), "T5.5 kans x gevolg")
cap = table_rows(TW, "Tabel 5.6 Beschikbare weerstandscapaciteit")
ratio = round(cap[-1][1][0] / rk[-1][1][0], 2)
ok(f"= {str(ratio).replace('.', ',')}" in TWBODY, f"ratio {ratio} in prose")
vp = table_rows(TW, "Tabel 5.8 Bijdragen aan verbonden partijen")
ok(round(row(vp, "Veiligheidsregio Twente")[1] / 1000) == row(table_rows(TW, "Tabel 2.2.2 Baten en lasten programma 2 Veiligheid"),
                                                                 "Crisisbeheersing en brandweer")[2], "VRT bijdrage = programma 2")

d2 = table_rows(DV, "Tabel 2 Meerjarenraming 2025-2028")
lasten = [v for l, v in d2][0:6]
ok(len(d2) == 15, "D2: 15 rows with amounts")
for i in range(7):
    ok(sum(v[i] for v in lasten) == row(d2, "Totaal lasten")[i], f"D2 lasten col {i}")
    ok(row(d2, "Bijdrage gemeente Wassenaar")[i] + row(d2, "Bijdrage gemeente Voorschoten")[i]
       + row(d2, "Overige baten (detacheringen en")[i] == row(d2, "Totaal baten")[i], f"D2 baten col {i}")
    ok(row(d2, "Totaal baten")[i] - row(d2, "Totaal lasten")[i] == row(d2, "Saldo van baten en lasten")[i], f"D2 saldo {i}")
    ok(row(d2, "Saldo van baten en lasten")[i] + row(d2, "Toevoeging aan reserves")[i] + row(d2, "Onttrekking aan reserves")[i]
       == row(d2, "Resultaat")[i], f"D2 resultaat {i}")
for l, v in d2:
    ok(v[6] == v[2] - v[1], f"D2 verschil {l}")
d3 = table_rows(DV, "Tabel 3 Bijdragen per gemeente 2023-2028")
for i, (l, v) in enumerate(d3):
    ok(v[1] + v[3] == v[4] and abs(v[0] + v[2] - 100) < 1e-9, f"D3 {l} W + V = totaal")
    ok(round(v[4] * v[0] / 100) == v[1], f"D3 {l} Wassenaar = totaal x sleutel")
    ok(round(v[1] / 1000) == row(d2, "Bijdrage gemeente Wassenaar")[i] and round(v[3] / 1000) == row(d2, "Bijdrage gemeente Voorschoten")[i],
       f"D3 {l} = D2 rounded")
d1 = table_rows(DV, "Tabel 1 Kerngegevens deelnemende gemeenten")
w = 0.6 * d1[0][1][0] / d1[2][1][0] * 100 + 0.4 * d1[0][1][1] / d1[2][1][1] * 100
ok(round(w, 2) == d1[0][1][2] == d3[2][1][0], "verdeelsleutel 2025 = 60% inwoners + 40% woonruimten")
d4 = table_rows(DV, "Tabel 4 Lasten per afdeling en team, begroting 2025")
ok(all(abs(v[1] + v[2] - v[3]) < 1e-6 for l, v in d4 if len(v) == 4), "D4 loonsom + overige = totaal")
subs = [v for l, v in d4 if l.startswith("Subtotaal") and len(v) == 4]
tot4 = row(d4, "Totaal werkorganisatie")
ok(abs(sum(v[0] for v in subs) - tot4[0]) < 1e-6 and sum(v[1] for v in subs) == tot4[1], "D4 totals (fte, loonsom)")
ok(sum(v[-1] for l, v in d4 if l.startswith("Subtotaal")) == tot4[3], "D4 total lasten")
ok(round(tot4[3] / 1000) == row(d2, "Totaal lasten")[2] and round(tot4[1] / 1000) == row(d2, "Salarislasten eigen personeel")[2],
   "D4 = D2 2025")
d5 = table_rows(DV, "Tabel 5 Formatie per afdeling")
ok(all(abs(v[1] - v[0] - v[2]) < 1e-6 for l, v in d5), "D5 verschil")
ok(row(d5, "Totaal")[1] == tot4[0], "D5 = D4 fte")
d7 = table_rows(DV, "Tabel 7 Verloop reserves 2025")
ok(all(v[0] + v[1] + v[2] == v[3] for l, v in d7), "D7 stand + toevoeging + onttrekking (negative) = stand eind")
ok(row(d7, "Totaal")[1] / 1000 == -row(d2, "Toevoeging aan reserves")[2] and -row(d7, "Totaal")[2] / 1000 == row(d2, "Onttrekking aan reserves")[2],
   "D7 = D2 mutaties 2025")
d9 = table_rows(DV, "Tabel 9 Risico's")
ok(sum(v[2] for l, v in d9 if len(v) == 3) == row(d9, "Totaal risicobedrag")[0], "D9 total")
ok(f"1.150.000 / {d9[-1][1][0]:,.0f}".replace(",", ".") in DVBODY, "D9 ratio sentence")
d6 = table_rows(DV, "Tabel 6 Overhead 2025")
ok(abs(row(d6, "Overhead als percentage van de totale lasten")[0] - round(row(d6, "Totaal overhead")[1] / tot4[3] * 100, 1)) < 1e-9,
   "D6 overhead %")

# ------------------------------------------------------------------------------------------ layout checklist
def pdfinfo(path):
    return subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout


tw_info, dv_info = pdfinfo(TW), pdfinfo(DV)
dvp = pdfplumber.open(DV).pages[3]
feats = [
    ("Twenterand made with pdfmake (PDFKit)", "Producer:        pdfmake" in tw_info),
    ("Duivenvoorde made with jsPDF", "jsPDF" in dv_info),
    ("Duivenvoorde in landscape", dvp.width > dvp.height),
    ("'-/-' negatives in Twenterand", "-/- " in TWBODY),
    ("leading minus in Duivenvoorde", re.search(r" -\d{1,3}\.\d{3}\b", DVBODY) is not None and "-/-" not in DVBODY),
    ("scale stated once in a sentence above a group of tables", TWBODY.count(S := "Alle bedragen in deze paragraaf zijn x € 1.000.") == 8),
    ("V/N column beside a difference", re.search(r"Verschil V/N", TWBODY) is not None and " 132 N " in TWBODY),
    ("two-row header with 'Begroting' spanning 2025-2028", any(l["text"].startswith("Realisatie Begroting 2024 Begroting")
                                                                 for l in page_lines(DV, 4))),
    ("taakveld code in the first column", "0.1 Bestuur" in TWBODY and "6.72 Maatwerkdienstverlening 18-" in TWBODY),
    ("taakveld table broken over a page with a repeated header",
     len({p for p, _, _ in table_region(TW, "Tabel 4.1 Baten en lasten per taakveld, begroting 2025", "Taakveld Lasten 2025 Baten 2025 Saldo 2025")}) == 2),
    ("afdeling table broken over a page with a repeated header",
     len({p for p, _, _ in table_region(DV, "Tabel 4 Lasten per afdeling en team, begroting 2025", "Afdeling / team Formatie (fte) Loonsom Overige lasten Totaal lasten")}) == 2),
    ("years as rows (woonlasten, bijdragen)", len(wl) == 5 and len(d3) == 6),
    ("fte with decimals", "416,59" in DVBODY),
    ("row labels over two lines", any(s["label_lines"] > 1 for ts in prov.values() for t in ts if t["kind"] == "figure"
                                      for s in t["sources"] + t["other"] if s["kind"] == "cell")),
    ("subtotal rows in italics (Twenterand)", any("Italic" in w["fontname"] and w["text"] == "Totaal"
                                                  for p in range(4, 6) for l in page_lines(TW, p) for w in l["words"])),
    ("indicator table with the year of the measurement", "Indicator Eenheid Jaar Twenterand Nederland Bron" in TWBODY),
    ("inwoners on 1 januari", "Op 1 januari 2024 telde Twenterand 34.215 inwoners" in TWBODY),
]
print("layout features:")
for name, good in feats:
    print(("  [x] " if good else "  [ ] ") + name)
    ok(good, f"layout feature: {name}")

print(f"turns per kind: {kinds}; sources checked {N['sources']}, other printings {N['other']}")
if ERR:
    print(f"{len(ERR)} ERRORS:")
    for e in ERR:
        print("  " + e)
    sys.exit(1)
print("check.py: all checks passed")
