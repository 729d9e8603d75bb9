"""Verify set-ag against the FINISHED documents only (never imports data.py or the generators).

1. Format: cases.yaml follows /work/shared/evals/FORMAT.md v1 (keys, kinds, expect keys, units, municipality names
   from the manifest; every figure turn names its body in the question, an earlier turn or the case field).
2. Figures: every expected and accepted value is re-located at its recorded page, table caption, row and column
   (or prose sentence on its page); the printed text, the scale and where the scale is stated are re-derived from the
   PDF; value = printed x scale; derivations are recomputed; every table cell is also found in `pdftotext -layout`
   of its page on the line of its row label.
3. Refusals: the recorded absence rules hold in the documents.
4. Text: include items occur in the recorded passage; "which figure" candidates are re-located and each is named by
   an include group; `any` excludes are located figures of another cell/body that do not occur in the own document.
5. Table arithmetic in both documents, and the layout features the brief asks for.
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

from extract import PdfDoc, clean, parse_num

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
FAIL: list[str] = []
WARN: list[str] = []
NCHECK = 0


def ok(cond, msg: str) -> bool:
    global NCHECK
    NCHECK += 1
    if not cond:
        FAIL.append(msg)
    return bool(cond)


def near(a, b, tol=1e-6) -> bool:
    return a is not None and b is not None and abs(a - b) <= tol


manifest = yaml.safe_load((CORPUS / "manifest.yaml").read_text(encoding="utf-8"))
DOCS = {dd["file"]: dd for dd in manifest["documents"]}
BODIES = {dd["municipality"]: dd["file"] for dd in manifest["documents"]}
ok(len(DOCS) == 2 and all((CORPUS / f).exists() for f in DOCS), "manifest: two documents that exist")
for dd in manifest["documents"]:
    ok(set(dd) == {"file", "municipality", "year", "type", "title"} and isinstance(dd["year"], int), f"manifest {dd}")
ok(sorted(p.name for p in CORPUS.iterdir()) == sorted(list(DOCS) + ["manifest.yaml"]), "corpus holds only the PDFs")
PDF = {f: PdfDoc(CORPUS / f) for f in DOCS}
HF = [f for f, dd in DOCS.items() if dd["type"] == "programmabegroting"][0]
VF = [f for f, dd in DOCS.items() if dd["type"] == "jaarrekening"][0]
TEXT = {f: PDF[f].full_text() + "\n" + "\n".join(PDF[f].layout_text(i) for i in range(1, PDF[f].npages + 1))
        for f in DOCS}

raw = (SET / "cases.yaml").read_text(encoding="utf-8")
ok(raw.startswith("#") and "GENERATED" in raw.splitlines()[0], "cases.yaml: header comment says generated")
CASES = yaml.safe_load(raw)
PROV = json.loads((SET / "source" / "provenance.json").read_text(encoding="utf-8"))

# ------------------------------------------------------------------------------------------------ 1. format
ok(CASES.get("version") == 1 and isinstance(CASES.get("cases"), list) and set(CASES) == {"version", "cases"},
   "version 1 and a case list")
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
ids = [c.get("id") for c in CASES["cases"]]
ok(len(ids) == len(set(ids)) and all(isinstance(i, str) and i for i in ids), "ids unique and non-empty")
ok(set(ids) == set(PROV), "provenance covers exactly the case ids")


def names_of(body: str) -> list[str]:
    return [body] + [w for w in body.split() if w[0].isupper() and w != "Veiligheidsregio"] + \
        (["veiligheidsregio"] if body.startswith("Veiligheidsregio") else [])


def check_turn(cid, t, scope, earlier):
    k = t.get("kind")
    ok(k in ("figure", "text", "refusal", "any"), f"{cid}: kind {k}")
    ok(isinstance(t.get("question"), str) and t["question"].strip(), f"{cid}: question")
    e = t.get("expect") or {}
    ok(set(e) <= EXPECT_KEYS, f"{cid}: unknown expect keys {set(e) - EXPECT_KEYS}")
    if "municipality" in e:
        ok(e["municipality"] in BODIES, f"{cid}: expect.municipality {e['municipality']} not in the manifest")
    if k == "figure":
        ok(isinstance(e.get("value"), (int, float)) and not isinstance(e.get("value"), bool), f"{cid}: value")
        ok(all(isinstance(a, (int, float)) for a in e.get("accept", [])), f"{cid}: accept numbers")
        ok(isinstance(e.get("tolerance", 0), (int, float)), f"{cid}: tolerance")
        ok(e.get("unit", "EUR") in ("EUR", "count", "percent", "grade"), f"{cid}: unit")
        ok("signed" not in e, f"{cid}: signed is not used")
        ok("municipality" in e, f"{cid}: figure without expect.municipality")
        body = e.get("municipality", "")
        named = scope is not None or any(nm.lower() in q.lower() for q in earlier + [t["question"]]
                                         for nm in names_of(body))
        ok(named, f"{cid}: figure turn does not state its municipality")
        if "." in cid.split("-")[-1] or re.search(r"\.\d+$", cid):
            ok(scope is not None, f"{cid}: conversation figure turns carry the case municipality field")
    elif k == "text":
        inc = e.get("include")
        ok(isinstance(inc, list) and inc and all(isinstance(i, str) or (isinstance(i, list) and i and
                                                 all(isinstance(x, str) for x in i)) for i in inc), f"{cid}: include")
        ok("municipality" in e or "-x-welke-" in cid, f"{cid}: text municipality (only cross-body 'which' cases omit it)")
    elif k == "refusal":
        ok(set(e) <= {"municipality", "exclude"}, f"{cid}: refusal expect")
    elif k == "any":
        ok(isinstance(e.get("exclude"), list) and "municipality" in e, f"{cid}: any has exclude and municipality")
    if scope:
        ok(scope in BODIES, f"{cid}: case municipality {scope} not in the manifest")
        if "municipality" in e:
            ok(e["municipality"] == scope, f"{cid}: case scope and expect.municipality differ")


TURNS = []
for c in CASES["cases"]:
    cid, scope = c["id"], c.get("municipality")
    if "turns" in c:
        ok(set(c) <= {"id", "municipality", "turns"} and len(c["turns"]) >= 2, f"{cid}: conversation shape")
        ok(isinstance(PROV.get(cid), list) and len(PROV[cid]) == len(c["turns"]), f"{cid}: provenance per turn")
        qs = []
        for i, t in enumerate(c["turns"]):
            ok(set(t) <= {"question", "kind", "expect"}, f"{cid}.{i}: turn keys")
            check_turn(f"{cid}.{i}", t, scope, qs)
            qs.append(t["question"])
            TURNS.append((f"{cid}.{i}", t, PROV[cid][i], scope))
    else:
        ok(set(c) <= {"id", "question", "municipality", "kind", "expect"}, f"{cid}: case keys")
        check_turn(cid, c, scope, [])
        TURNS.append((cid, c, PROV.get(cid, {}), scope))

# ------------------------------------------------------------------------------------------------ 2. figures


def on_layout_line(doc, page, row, printed) -> bool:
    """the printed cell text occurs in pdftotext -layout of the page on a line that starts with the row label
    (or, for labels that pdftotext splits from their values, on the page at all)"""
    lay = PDF[doc].layout_text(page)
    for ln in lay.splitlines():
        if clean(ln).startswith(clean(row)[:25]) and clean(printed) in clean(ln):
            return True
    return False


def locate(src: dict):
    doc = src["document"]
    P_ = PDF[doc]
    tag = f"{doc} p{src.get('page')} {src.get('table') or src.get('prose')} / {src.get('row')} / {src.get('column')}"
    if "prose" in src:
        pages = P_.prose(src["prose"])
        if not ok(src["page"] in pages, f"prose not on page {src['page']}: {src['prose']}"):
            return None
        ok(src["printed"] in src["prose"], f"printed text not in the sentence: {tag}")
        if src["scale"] == 1_000_000:
            ok(f"{src['printed']} miljoen" in src["prose"], f"'miljoen' after the amount: {tag}")
        else:
            ok(src["scale"] == 1, f"prose scale: {tag}")
        v = parse_num(src["printed"])
        return None if v is None else round(v * src["scale"], 6)
    try:
        c = P_.cell(src["caption_prefix"], src["row"], src["column"], after=src.get("after_subheading"))
    except KeyError as ex:
        ok(False, f"cannot locate {tag}: {ex}")
        return None
    ok(c["page"] == src["page"], f"page {c['page']} != recorded {src['page']}: {tag}")
    ok(c["caption"] == src["table"], f"caption differs: {tag}")
    ok(c["printed"] == src["printed"], f"printed {c['printed']!r} != recorded {src['printed']!r}: {tag}")
    ok(c["marker"] == src.get("footnote_marker_on_label", ""), f"footnote marker: {tag}")
    ok(c["continuation"] == src.get("on_continuation_page_with_repeated_header", False), f"continuation flag: {tag}")
    scale, stmt = P_.table_scale(src["caption_prefix"])
    ok(scale == src["scale"] and stmt == src["scale_statement"], f"scale {scale} ({stmt}) != recorded: {tag}")
    ok(on_layout_line(doc, c["page"], src["row"], c["printed"]), f"pdftotext -layout: {src['printed']!r} not on the "
                                                                  f"line of {src['row']!r} (page {c['page']})")
    v = parse_num(c["printed"])
    if not ok(v is not None, f"not a number: {tag}"):
        return None
    v = round(v * scale, 6)
    ok(near(v, src["value"]), f"value {v} != recorded {src['value']}: {tag}")
    return v


def evaluate(a: dict):
    vals = [locate(s) for s in a["sources"]]
    if any(v is None for v in vals):
        return None
    op = a.get("op")
    if op is None:
        ok(len(vals) == 1, "a single source without op")
        return vals[0]
    v = sum(vals) if op == "add" else vals[0] - vals[1]
    shown = a["derivation"].split("=")[-1].strip()
    ok(near(parse_num(shown), v, 0.006), f"derivation {a['derivation']} does not give {v}")
    return round(v, 6)


for tid, t, p, scope in TURNS:
    ok(p.get("kind") == t["kind"], f"{tid}: provenance kind")
    e = t.get("expect") or {}
    if t["kind"] != "figure":
        continue
    mv = evaluate(p["main"])
    ok(near(mv, e["value"], 1e-6), f"{tid}: expected {e['value']} but the document gives {mv}")
    ok(all(DOCS[s["document"]]["municipality"] == e["municipality"] for s in p["main"]["sources"]),
       f"{tid}: expect.municipality is not the body of the cited document")
    accs = [evaluate(a) for a in p.get("accept", [])]
    want = []
    for a in accs:
        if a is not None and not near(abs(a), abs(mv)) and abs(a) not in [abs(x) for x in want]:
            want.append(a)
    ok(sorted(abs(x) for x in e.get("accept", [])) == sorted(abs(x) for x in want),
       f"{tid}: accept {e.get('accept')} != located alternatives {want}")
    for a in p.get("accept", []):
        ok(all(DOCS[s["document"]]["municipality"] == e["municipality"] for s in a["sources"]),
           f"{tid}: an accepted value comes from another body")

# ------------------------------------------------------------------------------------------------ 3. refusals


def sentences(txt: str) -> list[str]:
    """sentences over wrapped lines; a line ending in a number or '-' (a table row) or a short line (a heading or
    a table cell) ends a block, so table rows never merge with each other or with prose"""
    out, cur = [], ""
    for ln in [clean(x) for x in txt.splitlines()]:
        if not ln:
            if cur:
                out.append(cur)
            cur = ""
            continue
        cur = f"{cur} {ln}".strip()
        if re.search(r"[.!?:;]$|[\d%)-]$", ln) or len(ln) < 50:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return [s for b in out for s in re.split(r"(?<=[.!?;])\s+", b) if s]


SENT = {f: sentences("\n".join(PDF[f].page_text(i) for i in range(1, PDF[f].npages + 1)) + "\n\n" +
                     "\n\n".join(t for i in range(1, PDF[f].npages + 1) for t in PDF[f].column_texts(i))) for f in DOCS}
for tid, t, p, scope in TURNS:
    if t["kind"] != "refusal":
        continue
    ok(bool(p.get("absent")), f"{tid}: refusal without absence rules")
    if scope:
        ok(BODIES[scope] in p["absent"], f"{tid}: the absence rules do not cover the scoped document")
    for f, rules in p["absent"].items():
        low = TEXT[f].lower()
        for w in rules.get("not_in_text", []):
            ok(w.lower() not in low, f"{tid}: '{w}' occurs in {f}")
        for w in rules.get("not_as_word", []):
            ok(not re.search(rf"\b{re.escape(w)}\b", TEXT[f], re.I), f"{tid}: word '{w}' occurs in {f}")
        for ws in rules.get("no_sentence_with", []):
            bad = [s for s in SENT[f] if all(w.lower() in s.lower() for w in ws)]
            ok(not bad, f"{tid}: a sentence in {f} has {ws}: {bad[:1]}")
        for ws in rules.get("no_amount_sentence_with", []):
            bad = [s for s in SENT[f] if all(w.lower() in s.lower() for w in ws) and re.search(r"€\s*\d", s)]
            ok(not bad, f"{tid}: a sentence in {f} has {ws} and an amount: {bad[:1]}")
        for cap, w in rules.get("table_header_lacks", []):
            tb = PDF[f].table(cap)
            ok(all(w not in c for c in tb["columns"]) and w not in (tb["caption"] or ""), f"{tid}: {cap} has {w}")

# ------------------------------------------------------------------------------------------------ 4. text / which / any


def item_ok(item, txt: str) -> bool:
    return any(a.lower() in txt.lower() for a in ([item] if isinstance(item, str) else item))


for tid, t, p, scope in TURNS:
    e = t.get("expect") or {}
    if t["kind"] == "text":
        w = p["where"]
        if "candidates" in w:
            cands = [locate(s) for s in w["candidates"]]
            ok(len(cands) >= 2 and all(c is not None for c in cands), f"{tid}: candidates located")
            for s in w["candidates"]:
                pr = s["printed"].strip("()-").rstrip("%")
                ok(any(not isinstance(i, str) and any(pr == x or pr.startswith(x) for x in i) or i == pr
                       for i in e["include"]), f"{tid}: candidate {pr} not named by an include group")
            if "municipality" in e:
                ok(any(DOCS[s["document"]]["municipality"] == e["municipality"] for s in w["candidates"]),
                   f"{tid}: no candidate from the expected body")
            else:
                ok(len({s["document"] for s in w["candidates"]}) == 2, f"{tid}: cross-body candidates from both documents")
        else:
            pages = PDF[w["document"]].prose(w["phrase"])
            ok(bool(pages), f"{tid}: passage not found: {w['phrase']}")
            ptxt = clean("\n".join(PDF[w["document"]].page_text(n) for n in pages))
            for i in e["include"]:
                ok(item_ok(i, ptxt), f"{tid}: include {i} not on page(s) {pages}")
            ok(DOCS[w["document"]]["municipality"] == e["municipality"], f"{tid}: passage from another body")
    elif t["kind"] == "any":
        wrong = p["exclude_is"]
        locate(wrong)
        own = BODIES[e["municipality"]]
        for x in e["exclude"]:
            ok(x == wrong["printed"].rstrip("%"), f"{tid}: exclude {x} is not the recorded wrong figure")
            if wrong["document"] != own:
                ok(x not in TEXT[own], f"{tid}: exclude {x} occurs in the own document {own}")
            else:
                ok(wrong["row"] not in t["question"], f"{tid}: excluded figure is the cell asked for")

# ------------------------------------------------------------------------------------------------ 5a. arithmetic, Hessendonk
H = PDF[HF]


def pn(doc, cap, row, col, after=None):
    return parse_num(PDF[doc].cell(cap, row, col, after=after)["printed"])


YC = ["Begroting 2036", "Begroting 2037", "Raming 2038", "Raming 2039", "Raming 2040"]
for nr in range(1, 8):
    cap = f"Tabel 2.{nr}.1"
    for c in YC:
        L, B = pn(HF, cap, "Lasten", c), pn(HF, cap, "Baten", c)
        S = pn(HF, cap, "Saldo van baten en lasten", c)
        ok(B - L == S, f"{cap} {c}: saldo")
        R = pn(HF, cap, "Geraamd resultaat", c)
        ok(S + pn(HF, cap, "Toevoeging aan reserves", c) + pn(HF, cap, "Onttrekking aan reserves", c) == R,
           f"{cap} {c}: resultaat = saldo + (toevoeging) + onttrekking")
t11 = H.table("Tabel 1.1")
prog_rows = [r["label"] for r in t11["rows"][:7]]
for i, c in enumerate(YC):
    s = sum(pn(HF, "Tabel 1.1", r, c) for r in prog_rows)
    ok(abs(s - pn(HF, "Tabel 1.1", "Totaal saldo van baten en lasten", c)) <= 3, f"Tabel 1.1 {c}: total saldo")
    for nr, r in enumerate(prog_rows, 1):
        ok(pn(HF, "Tabel 1.1", r, c) == pn(HF, f"Tabel 2.{nr}.1", "Saldo van baten en lasten", c),
           f"Tabel 1.1 {r} {c} = programme table")
    ok(pn(HF, "Tabel 1.1", "Totaal saldo van baten en lasten", c) + pn(HF, "Tabel 1.1", "Toevoegingen aan reserves", c)
       + pn(HF, "Tabel 1.1", "Onttrekkingen aan reserves", c) == pn(HF, "Tabel 1.1", "Geraamd resultaat", c),
       f"Tabel 1.1 {c}: geraamd resultaat")
tb1 = H.table("Tabel B.1")
body = [r for r in tb1["rows"] if r["label"] != "Totaal"]
for col in ("Lasten 2037", "Baten 2037"):
    ok(sum(parse_num(r["cells"][col]) for r in body) == pn(HF, "Tabel B.1", "Totaal", col), f"Tabel B.1 total {col}")
ok(pn(HF, "Tabel B.1", "Totaal", "Lasten 2037") == pn(HF, "Tabel B.1", "Totaal", "Baten 2037"), "Tabel B.1 balances")
for r in body:
    ok(parse_num(r["cells"]["Baten 2037"]) - parse_num(r["cells"]["Lasten 2037"]) == parse_num(r["cells"]["Saldo 2037"]),
       f"Tabel B.1 {r['label']}: saldo")
m = re.search(r"Het geraamde resultaat 2037 na bestemming bedraagt € ([\d.]+) positief", clean(TEXT[HF]))
ok(m and parse_num(m.group(1)) == pn(HF, "Tabel B.1", "0.11 Resultaat van de rekening van baten en lasten",
                                     "Lasten 2037"), "prose resultaat 2037 = taakveld 0.11")
for tb in H.tables:
    if tb["caption"] and re.match(r"Tabel 2\.\d\.[23] Reserves", tb["caption"]):
        for r in tb["rows"]:
            cc = r["cells"]
            ok(parse_num(cc["Stand 1-1-2037"]) + parse_num(cc["Toevoeging 2037"]) + parse_num(cc["Onttrekking 2037"])
               == parse_num(cc["Stand 31-12-2037"]), f"{tb['caption']} {r['label']}: stand 31-12")
            ok(abs(parse_num(cc["Stand 31-12-2037"]) / 1000 - pn(HF, "Tabel 4.2", r["label"], "Stand 31-12-2037")) <= 0.5,
               f"{r['label']}: stand in euros = Tabel 4.2 (x € 1.000)")
    if tb["caption"] and re.match(r"Tabel 2\.\d\.2 Investeringen", tb["caption"]):
        for c in tb["columns"][1:]:
            ok(sum(parse_num(r["cells"][c]) for r in tb["rows"][:-1]) == parse_num(tb["rows"][-1]["cells"][c]),
               f"{tb['caption']} {c}: total")
t41 = H.table("Tabel 4.1")
for c in ("2037", "2038", "2039", "2040"):
    L = pn(HF, "Tabel 4.1", "Totaal incidentele lasten", c)
    B = pn(HF, "Tabel 4.1", "Totaal incidentele baten", c)
    ok(B - L == pn(HF, "Tabel 4.1", "Saldo incidentele baten en lasten", c), f"Tabel 4.1 {c}: saldo")
for r in H.table("Tabel 3.1")["rows"]:
    a, b = parse_num(r["cells"]["Tarief 2036"]), parse_num(r["cells"]["Tarief 2037"])
    ok(abs(round((b / a - 1) * 100, 1) - parse_num(r["cells"]["Mutatie"])) < 1e-9, f"Tabel 3.1 {r['label']}: mutatie")

# ------------------------------------------------------------------------------------------------ 5b. arithmetic, veiligheidsregio
VR = PDF[VF]
t21 = VR.table("Tabel 2.1")
labels = [r["label"] for r in t21["rows"]]
il = labels.index("Totaal lasten")
ib = labels.index("Totaal baten")
for c in ("Begroting 2036 Primitief", "Begroting 2036 Na wijziging", "Realisatie 2036"):
    L = pn(VF, "Tabel 2.1", "Totaal lasten", c)
    ok(sum(pn(VF, "Tabel 2.1", r, c) for r in labels[:il]) == L, f"VR Tabel 2.1 {c}: totaal lasten")
    B = pn(VF, "Tabel 2.1", "Totaal baten", c)
    ok(sum(pn(VF, "Tabel 2.1", r, c) for r in labels[il + 1:ib]) == B, f"VR Tabel 2.1 {c}: totaal baten")
    S = pn(VF, "Tabel 2.1", "Saldo van baten en lasten", c)
    ok(B - L == S and S + pn(VF, "Tabel 2.1", "Onttrekking aan reserves", c) == pn(VF, "Tabel 2.1", "Resultaat", c),
       f"VR Tabel 2.1 {c}: saldo and resultaat")
for r in labels[:il + 1]:
    ok(pn(VF, "Tabel 2.1", r, "Begroting 2036 Na wijziging") - pn(VF, "Tabel 2.1", r, "Realisatie 2036") ==
       pn(VF, "Tabel 2.1", r, "Verschil"), f"VR Tabel 2.1 {r}: verschil (lasten)")
t41v = VR.table("Tabel 4.1")
gm = [r["label"] for r in t41v["rows"] if r["label"] != "Totaal"]
for c in t41v["columns"][1:]:
    s = sum(pn(VF, "Tabel 4.1", g, c) for g in gm)
    ok(abs(s - pn(VF, "Tabel 4.1", "Totaal", c)) <= (0.05 if "Aandeel" in c else 0), f"VR Tabel 4.1 {c}: total")
ok(pn(VF, "Tabel 4.1", "Totaal", "Bijdrage 2036 (€) Na wijziging") ==
   pn(VF, "Tabel 2.1", "Gemeentelijke bijdragen", "Begroting 2036 Na wijziging"), "VR bijdragen: Tabel 4.1 = Tabel 2.1")
ok(pn(VF, "Tabel 6.1", "Totaal activa", "31-12-2036") == pn(VF, "Tabel 6.2", "Totaal passiva", "31-12-2036") and
   pn(VF, "Tabel 6.1", "Totaal activa", "31-12-2035") == pn(VF, "Tabel 6.2", "Totaal passiva", "31-12-2035"),
   "VR balans: activa = passiva")
for cap, tot in (("Tabel 6.1", "Totaal activa"), ("Tabel 6.2", "Totaal passiva")):
    rows = [r["label"] for r in VR.table(cap)["rows"] if not r["label"].startswith("Totaal")]
    for c in ("31-12-2036", "31-12-2035"):
        ok(sum(pn(VF, cap, r, c) for r in rows) == pn(VF, cap, tot, c), f"VR {cap} {c}: total")
for r in VR.table("Tabel 7.1")["rows"]:
    cc = {k_: parse_num(v) for k_, v in r["cells"].items() if k_ != "Reserve"}
    ok(cc["Stand 1-1-2036"] + cc["Toevoeging"] - cc["Onttrekking"] + cc["Bestemming 2035"] == cc["Stand 31-12-2036"],
       f"VR Tabel 7.1 {r['label']}: stand")
ok(pn(VF, "Tabel 7.1", "Algemene reserve", "Stand 31-12-2036") == pn(VF, "Tabel 6.2", "Algemene reserve", "31-12-2036"),
   "VR: algemene reserve = balans")
ok(pn(VF, "Tabel 7.1", "Totaal reserves", "Stand 31-12-2036") == pn(VF, "Tabel 6.2", "Algemene reserve", "31-12-2036")
   + pn(VF, "Tabel 6.2", "Bestemmingsreserves", "31-12-2036"), "VR: reserves = balans")

# ------------------------------------------------------------------------------------------------ 5c. layout features
FEAT: dict = {}


def pdfinfo(f):
    return subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(CORPUS / f)], capture_output=True, text=True,
                          check=True).stdout


ih, iv = pdfinfo(HF), pdfinfo(VF)
ok("WeasyPrint" in re.search(r"^Producer:\s+(.*)$", ih, re.M).group(1), "Hessendonk PDF made by WeasyPrint")
ok("gropdf" in re.search(r"^Producer:\s+(.*)$", iv, re.M).group(1), "veiligheidsregio PDF made by groff (gropdf)")
for f, info in ((HF, ih), (VF, iv)):
    npg = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    ok(8 <= npg <= 20, f"{f}: {npg} pages (8-20)")
    FEAT[f] = {"pages": npg}
sizes = {int(m.group(1)): (float(m.group(2)), float(m.group(3)))
         for m in re.finditer(r"^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", ih, re.M)}
land = [p_ for p_, (w, h) in sizes.items() if w > h]
ok(len(land) == 1 and "Tabel 4.2" in H.layout_text(land[0]), f"one landscape page holding Tabel 4.2: {land}")
ok(len(H.table("Tabel 4.2")["columns"]) - 1 >= 8, "landscape table has 8+ amount columns")
FEAT[HF]["landscape_pages"] = land
N = FEAT[HF]["pages"]
ok(all(f"Pagina {i} van {N}" in H.layout_text(i) for i in range(2, N + 1)) and "Pagina 1 van" not in H.layout_text(1),
   "running header 'Pagina N van M' on every page but the cover")
ok(all("Programmabegroting 2037" in H.layout_text(i).splitlines()[0] for i in range(2, N + 1)), "title in the header")
tb1 = H.table("Tabel B.1")
ok(len(tb1["pages"]) >= 2 and tb1.get("repeated_header_pages"), "Tabel B.1 breaks over pages with the header repeated")
ok(sum(1 for r in tb1["rows"] if r["page"] != tb1["page"]) >= 5, "5+ taakveld rows on the continuation page")
FEAT[HF]["repeated_thead_pages"] = tb1["pages"]
for pg in tb1["pages"]:
    ok(clean(H.layout_text(pg)).count("Taakveld Lasten 2037 Baten 2037 Saldo 2037") == 1, f"thead text on page {pg}")
multi = {}
for tb in H.tables:
    multi.setdefault(tb["page"], []).append(tb["caption"])
three = [p_ for p_, caps in multi.items() if len(caps) >= 3]
ok(len(three) >= 6, f"several tables on one page (programme pages): {three}")
FEAT[HF]["pages_with_3plus_tables"] = three
ok(any(re.fullmatch(r"\(\d[\d.]*\)", v) for r in H.table("Tabel 2.5.1")["rows"] for v in r["cells"].values()),
   "parentheses negatives in the programme tables")
ok(any(v.startswith("-") and parse_num(v) < 0 for r in H.table("Tabel 2.5.3")["rows"] for v in r["cells"].values()),
   "minus-sign negatives in the reserve tables")
ok("\u2212" in "".join(r["cells"]["Saldo 2037"] for r in H.table("Tabel B.1")["rows"]) or
   any(c["text"] == "\u2212" for c in H.pdf.pages[tb1["page"] - 1].chars), "typographic minus in Tabel B.1")
ok(H.table_scale("Tabel 2.5.1")[1].startswith("first header cell") and H.table_scale("Tabel 4.2")[1].startswith("caption")
   and H.table_scale("Tabel 2.5.2")[1].startswith("caption") and H.table_scale("Tabel B.1")[0] == 1,
   "scale in a first header cell, in a caption above, and whole euros")
marks = [(r["label"], r["marker"]) for tb in H.tables for r in tb["rows"] if r["marker"]]
ok(len(marks) >= 3, f"footnote markers on row labels: {marks}")
for lab, mk in marks:
    ok(re.search(rf"(^|\n)\s*{mk}\s*\n?\s*\S", "\n".join(H.page_text(i) for i in range(1, N + 1))) is not None,
       f"footnote text for marker {mk}")
FEAT[HF]["footnote_markers"] = marks
ok(H.table("Tabel 3.1") and any("%" in r["cells"]["Tarief 2037"] for r in H.table("Tabel 3.1")["rows"]) and
   any("€" in r["cells"]["Tarief 2037"] for r in H.table("Tabel 3.1")["rows"]), "tarieven in % (OZB) and € (afval)")
ok(all(v.endswith("%") for r in H.table("Tabel 3.2")["rows"] for v in list(r["cells"].values())[1:]), "kengetallen in %")
ok("Incidentele baten en lasten" in H.table("Tabel 4.1")["caption"], "overzicht incidentele baten en lasten")
ok("De lasten voor jeugdzorg stijgen met € 1,2 miljoen" in clean(TEXT[HF]), "prose with amounts")
# groff document
two = [i for i in range(1, FEAT[VF]["pages"] + 1) if VR.two_column(i)]
ok(len(two) >= 2, f"two-column pages: {two}")
FEAT[VF]["two_column_pages"] = two
k11 = VR.table("Tabel 1.1")
ok(k11["page"] in two, "a table between two-column text (Tabel 1.1 on a two-column page)")
if k11["page"] in two:
    pg = VR.pdf.pages[k11["page"] - 1]
    ok(k11["bbox"][2] < pg.width / 2, "Tabel 1.1 sits inside the left text column")
    lines = pg.extract_text_lines(strip=True)
    ok(any(ln["bottom"] < k11["bbox"][1] and ln["x1"] < pg.width / 2 for ln in lines) and
       any(ln["top"] > k11["bbox"][3] and ln["x1"] < pg.width / 2 for ln in lines), "column text above and below Tabel 1.1")
spans = [c for c in VR.table("Tabel 2.1")["columns"] if c.startswith("Begroting 2036 ")]
ok(len(spans) == 2, f"spanned header cell 'Begroting 2036' over two columns: {spans}")
ok(VR.table("Tabel 4.1")["columns"][-2:] == ["Bijdrage 2036 (€) Primitief", "Bijdrage 2036 (€) Na wijziging"],
   "spanned header over the bijdragen columns")
ok(VR.table("Tabel 5.1")["kind"] == "boxed" and all(t_["kind"] == "ruled" for t_ in VR.tables if t_["caption"] !=
                                                     VR.table("Tabel 5.1")["caption"]), "one box table, others allbox")
heads = re.findall(r"^(\d)\. [A-Z]", "\n".join(VR.page_text(i) for i in range(1, FEAT[VF]["pages"] + 1)), re.M)
ok(heads[:9] == [str(i) for i in range(1, 10)], f"numbered .NH headings 1-9: {heads}")
ok(VR.table("Tabel 6.1")["columns"][1:] == ["31-12-2036", "31-12-2035"], "balans with two year columns")
ok("Reserve" in VR.table("Tabel 7.1")["columns"][0], "overview of reserves")
ok(any(r["label"] == "Hessendonk" for r in VR.table("Tabel 4.1")["rows"]) and
   VR.table("Tabel 4.1")["rows"][-1]["label"] == "Totaal", "bijdragen per deelnemer with a total")
ok("Op vakbekwaamheid is een nadeel ontstaan van" in clean(TEXT[VF]), "analysis of deviations in prose")
ok({"Norm 2036", "Realisatie 2036"} <= set(VR.table("Tabel 5.1")["columns"]), "indicators with norm and result")
ok(all(f"pagina {i - 1}" in VR.layout_text(i) for i in range(3, FEAT[VF]["pages"] + 1)), "groff running header pagina N")
# numeric alignment by tbl `n`: the right edges of the numbers in a column coincide
pg = VR.pdf.pages[VR.table("Tabel 2.1")["page"] - 1]
ws = [w for w in pg.extract_words() if re.fullmatch(r"\d{1,3}(\.\d{3})+", w["text"]) and 250 < w["x1"] < 330]
ok(len(ws) >= 8 and max(w["x1"] for w in ws) - min(w["x1"] for w in ws) < 1.0, "numbers right-aligned by tbl n format")

# ------------------------------------------------------------------------------------------------ names
NAMES = ["Hessendonk", "Ravenstreek", "Aarlebroek", "Wesseldijk", "Torenvelde", "Schaapsdrift", "Lindenhaghe",
         "Beekerwoude", "Kalverdijk", "Plaggenveld", "Loosdonk", "Borkelhoven", "Mergelbrug", "Ommerkamp", "Lijsterhof",
         "Kastanjelaan", "Mergeldijk", "Veldmaarsen"]
for nm in NAMES:
    r = subprocess.run(["grep", "-ril", "--exclude-dir=set-ag", nm, "/work/main/evals", "/work/main/corpus",
                        "/work/shared"], capture_output=True, text=True)
    if r.stdout.strip():
        WARN.append(f"name {nm} also occurs in: {r.stdout.split()[:3]}")

# ------------------------------------------------------------------------------------------------ summary
kinds: dict = {}
for _, t, p, _ in TURNS:
    k = t["kind"] + ("(which)" if t["kind"] == "text" and "candidates" in p.get("where", {}) else "")
    kinds[k] = kinds.get(k, 0) + 1
print(f"cases: {len(CASES['cases'])}, turns: {len(TURNS)}, per kind: {kinds}")
print("layout:", json.dumps(FEAT, ensure_ascii=False))
for w in WARN:
    print("WARNING:", w)
if FAIL:
    for f in FAIL:
        print("FAIL:", f)
    print(f"check.py: {len(FAIL)} of {NCHECK} checks FAILED")
    sys.exit(1)
print(f"check.py: all {NCHECK} checks passed")
