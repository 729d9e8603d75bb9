"""Verify set-al against the FINISHED documents only (never imports data.py or the generators).

1. Format: cases.yaml follows /work/shared/evals/FORMAT.md v1; every figure turn names its body (question, an
   earlier turn or the case field); the manifest lists the two documents.
2. Figures: every expected and accepted value is re-located at its recorded place -- a table cell (page, slide
   title / caption, section, group, row, column, printed text, scale and scale statement, continuation page; the
   printed text in pdftotext -layout of that page), a chart data label (slide, category, printed label), a KPI
   tile (slide, tile text with its caption right under it) or a prose sentence (page) -- and recomputed
   (derivations too).
3. Refusals: the recorded absence rules hold in the documents.
4. Text: the passage is on its page and every include group has an item on that page; "which" candidates are
   re-located and every include group names one of them; `any` excludes do not occur in the own document.
5. The printed figures of both documents add up (totals, saldi, verschillen, reserves, voorzieningen, balans,
   taakvelden = programmes, charts and tiles = tables, tariff changes, kengetallen from the balans).
6. Layout features of both documents, printed as a checklist.
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

from extract import Pdf, clean, is_amount, parse_num

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
FAIL: list[str] = []
WARN: list[str] = []
N = 0


def ok(cond, msg):
    global N
    N += 1
    if not cond:
        FAIL.append(msg)
    return bool(cond)


man = yaml.safe_load((CORPUS / "manifest.yaml").read_text(encoding="utf-8"))
DOCS = {m["file"]: m for m in man["documents"]}
ok(len(DOCS) == 2 and all((CORPUS / f).exists() for f in DOCS), "manifest: two documents present")
for m in man["documents"]:
    ok(set(m) == {"file", "municipality", "year", "type", "title"} and isinstance(m["year"], int), f"manifest {m}")
ok(sorted(p.name for p in CORPUS.iterdir()) == sorted(list(DOCS) + ["manifest.yaml"]),
   "corpus holds only the finished documents and the manifest")
BF = [f for f in DOCS if DOCS[f]["type"] == "begroting"][0]
EF = [f for f in DOCS if DOCS[f]["type"] == "jaarstukken"][0]
ok(2045 <= DOCS[BF]["year"] <= 2047 and 2045 <= DOCS[EF]["year"] <= 2047, "years 2045-2047")
BODY = {f: DOCS[f]["municipality"] for f in DOCS}
B = Pdf(CORPUS / BF, "deck")
E = Pdf(CORPUS / EF, "typst")
P = {BF: B, EF: E}
TEXT = {BF: B.full_text(), EF: E.full_text()}
ok(DOCS[BF]["title"] in B.text(1) and DOCS[BF]["municipality"] in B.text(1), "deck: manifest title on the title slide")
ok(DOCS[EF]["title"] in clean(E.text(1)) and DOCS[EF]["municipality"] in E.text(1), "jaarverslag: title on the cover")

raw = (SET / "cases.yaml").read_text(encoding="utf-8")
ok(raw.startswith("#") and "GENERATED" in raw.splitlines()[0], "cases.yaml header says generated")
CASES = yaml.safe_load(raw)
PROV = json.loads((SET / "source" / "provenance.json").read_text(encoding="utf-8"))

# ------------------------------------------------------------------------------------- 1. format
ok(set(CASES) == {"version", "cases"} and CASES["version"] == 1, "version 1 + cases")
ids = [c["id"] for c in CASES["cases"]]
ok(len(ids) == len(set(ids)), "unique ids")
ok(set(ids) == set(PROV), "provenance covers exactly the case ids")
ok(all(re.match(r"al-(b|w|x)-", i) for i in ids), "ids start with al-b-, al-w- or al-x-")
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
CASE_KEYS = {"id", "question", "municipality", "kind", "expect", "turns"}
TURN_KEYS = {"question", "kind", "expect"}
KINDS = {"figure", "text", "refusal", "any"}
UNITS = {"EUR", "count", "percent", "grade"}


def names(body):
    return [body] + [w for w in body.split() if w[0].isupper() and w not in ("Gemeente", "Waterschap")]


def turns_of(c):
    return c["turns"] if "turns" in c else [c]


counts: dict[str, int] = {}
for c in CASES["cases"]:
    ok(set(c) <= CASE_KEYS and ("turns" in c) != ("question" in c), f"{c['id']}: case keys")
    ok(("-conv-" in c["id"]) == ("turns" in c), f"{c['id']}: conversations are the *-conv-* ids")
    if c.get("municipality") is not None:
        ok(c["municipality"] in BODY.values(), f"{c['id']}: scope is a manifest body")
    ok(len(turns_of(c)) == len(PROV.get(c["id"], [])), f"{c['id']}: one provenance entry per turn")
    seen = ""
    for i, t in enumerate(turns_of(c)):
        tid = f"{c['id']}#{i}"
        if "turns" in c:
            ok(set(t) <= TURN_KEYS, f"{tid}: turn keys")
        ok(t["kind"] in KINDS, f"{tid}: kind")
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
        ok(("-weiger-" in c["id"]) == (t["kind"] == "refusal"), f"{tid}: refusals are the *-weiger-* ids")
        ok(("-welke-" in c["id"]) == (pk == "which"), f"{tid}: which-cases are the *-welke-* ids")
        ok(("-tekst-" in c["id"]) == (pk == "text"), f"{tid}: text cases are the *-tekst-* ids")
        ok(("-any-" in c["id"]) == (t["kind"] == "any"), f"{tid}: any cases are the *-any-* ids")
        if t["kind"] == "figure":
            ok(isinstance(e.get("value"), (int, float)) and "municipality" in e, f"{tid}: figure value+municipality")
            scope = c.get("municipality") or ""
            ok(e["municipality"] == scope or any(nm.lower() in seen.lower() for nm in names(e["municipality"])),
               f"{tid}: the body is named in the question, an earlier turn or the case field")
            for x in e.get("accept", []):
                ok(isinstance(x, (int, float)), f"{tid}: accept numbers")
            ok("accept" not in e or e["value"] in e["accept"], f"{tid}: value is among accept")
        if t["kind"] == "text":
            ok(isinstance(e.get("include"), list) and e["include"], f"{tid}: text include")
        if t["kind"] == "refusal":
            ok(not e, f"{tid}: refusal without expect")
        if t["kind"] == "any":
            ok(e.get("exclude"), f"{tid}: any with exclude")


# ------------------------------------------------------------------------------------- 2. figures
def lay(doc, page):
    return clean(P[doc].layout(page))


def relocate(src, tid):
    doc = src["document"]
    D = P[doc]
    if "prose" in src:
        ok(src["page"] in D.prose(src["prose"]), f"{tid}: prose {src['prose']!r} on page {src['page']}")
        ok(src["printed"] in src["prose"], f"{tid}: printed text in the prose")
        ok(src["scale"] == 1 or "miljoen" in src["prose"], f"{tid}: prose scale word")
        v = parse_num(src["printed"]) * src["scale"]
    elif "chart" in src:
        ok(B.slide_title(src["page"]) == src["chart"], f"{tid}: chart slide title")
        got = B.chart(src["page"], src["orient"]).get(src["category"])
        ok(got == src["printed"], f"{tid}: chart label {src['category']} = {got!r}, recorded {src['printed']!r}")
        ok("€ mln" in src["chart"] and src["scale"] == 1_000_000, f"{tid}: chart scale from the slide title")
        v = parse_num(src["printed"]) * src["scale"]
    elif "tile" in src:
        ok(B.tile(src["page"], src["tile"], src["tile_caption"]), f"{tid}: tile {src['tile']!r} on {src['page']}")
        ok(src["printed"] in src["tile"], f"{tid}: printed in the tile")
        ok(src["scale"] == 1 or "mln" in src["tile"], f"{tid}: tile scale word")
        v = parse_num(src["printed"]) * src["scale"]
    else:
        try:
            c = D.cell(src["table"], src["row"], src["column"], group=src.get("group"))
        except LookupError as ex:
            ok(False, f"{tid}: {ex}")
            return None
        for k in ("page", "printed", "scale_statement", "section"):
            ok(c[k] == src[k], f"{tid}: {k} {c[k]!r} != {src[k]!r}")
        ok(c["title"] == src["table_title"], f"{tid}: table title {c['title']!r}")
        ok(bool(c["continuation_page"]) == bool(src.get("continuation_page")), f"{tid}: continuation flag")
        ok(clean(src["printed"]) in lay(doc, c["page"]), f"{tid}: printed text in pdftotext -layout of p{c['page']}")
        scale = 1 if "note" in src else c["scale"]
        ok(scale == src["scale"], f"{tid}: scale {scale} != {src['scale']}")
        v = parse_num(c["printed"]) * scale
    ok(v is not None and abs(v - src["value"]) < 1e-6, f"{tid}: value {v} != recorded {src['value']}")
    return v


def recompute(a, tid):
    vals = [relocate(s, tid) for s in a["sources"]]
    if any(v is None for v in vals):
        return None
    op = a.get("op")
    if op is None:
        return vals[0]
    v = {"add": lambda x: sum(x), "sub": lambda x: x[0] - x[1],
         "share": lambda x: round(100 * x[0] / x[1], 2),
         "pct": lambda x: round(100 * (x[1] / x[0] - 1), 2)}[op](vals)
    ok(abs(v - a["value"]) < 0.006, f"{tid}: derivation {a['derivation']} recomputes to {v}")
    return v


def doc_text(doc):
    return TEXT[BF] + "\n" + TEXT[EF] if doc == "*" else TEXT[doc]


for c in CASES["cases"]:
    for i, t in enumerate(turns_of(c)):
        tid = f"{c['id']}#{i}"
        pv = PROV[c["id"]][i]
        e = t.get("expect", {})
        if pv["kind"] == "figure":
            v = recompute(pv["main"], tid)
            ok(v is not None and abs(abs(v) - abs(e["value"])) <= 1e-6, f"{tid}: expected value {e['value']} vs {v}")
            for a in pv["accept"]:
                va = recompute(a, tid + " accept")
                ok(va is not None and any(abs(abs(va) - abs(x)) <= 1e-6 for x in e.get("accept", [e["value"]])),
                   f"{tid}: accepted {va} listed")
            for x in e.get("accept", []):
                ok(any(abs(x - y["value"]) < 1e-6 for y in [pv["main"]] + pv["accept"]), f"{tid}: accept {x} sourced")
            docs = {s["document"] for a in [pv["main"]] + pv["accept"] for s in a["sources"]}
            ok(all(BODY[dc] == e["municipality"] for dc in docs), f"{tid}: cited document belongs to the body")
        elif pv["kind"] == "refusal":
            ok(pv["absent"], f"{tid}: refusal has absence rules")
            for rule in pv["absent"]:
                if rule["rule"] == "absent_text":
                    hay = clean(doc_text(rule["document"])).lower()
                    ok(rule["text"].lower() not in hay, f"{tid}: {rule['text']!r} absent from {rule['document']}")
                elif rule["rule"] == "not_in_manifest":
                    ok(all(rule["text"] not in str(m) for m in man["documents"]), f"{tid}: not in manifest")
                elif rule["rule"] == "no_column":
                    heads = [h for k in rule["tables"] for h in P[rule["document"]].table(k)["cols"]]
                    ok(heads and not any(rule["text"] in h for h in heads),
                       f"{tid}: no column {rule['text']!r} in {rule['tables']}")
                else:
                    ok(False, f"{tid}: unknown rule {rule}")
        elif pv["kind"] == "text":
            w = pv["where"]
            D = P[w["document"]]
            ok(w["page"] in D.prose(w["passage"]), f"{tid}: passage on page {w['page']}")
            hay = clean(D.text(w["page"])).lower()
            ok(BODY[w["document"]] == e["municipality"], f"{tid}: passage document belongs to the body")
            for grp in e["include"]:
                items = grp if isinstance(grp, list) else [grp]
                ok(any(x.lower() in hay for x in items), f"{tid}: include {items} on the passage's page")
                ok(any(x.lower() in clean(w["passage"]).lower() for x in items) or len(items) > 1,
                   f"{tid}: include {items} in the passage itself")
        elif pv["kind"] == "which":
            vals = [relocate(s, tid + " cand") for s in pv["candidates"]]
            ok(len(vals) >= 2 and len({abs(v) for v in vals if v is not None}) == len(vals),
               f"{tid}: distinct candidates")
            ok(len(e["include"]) == len(pv["candidates"]), f"{tid}: one include group per candidate")
            ok("municipality" not in e, f"{tid}: which-case carries no municipality condition")
            for s, grp in zip(pv["candidates"], e["include"]):
                grp = grp if isinstance(grp, list) else [grp]
                digits = re.sub(r"^[-\u2212( ]+|\)$", "", s["printed"])
                ok(digits in grp, f"{tid}: include group {grp} names the printed {s['printed']!r}")
        elif pv["kind"] == "any":
            for x in e["exclude"]:
                ok(x.lower() not in TEXT[pv["exclude_absent_in"]].lower(), f"{tid}: exclude {x!r} absent from own doc")
            ok(BODY[pv["exclude_absent_in"]] == e["municipality"], f"{tid}: any-case body")


# ------------------------------------------------------------------------------------- 5. the figures add up
def num(s):
    v = parse_num(s)
    return 0 if v is None else v


def close(a, b, eps=1e-6):
    return abs(a - b) <= eps


def bt(key):
    return B.table(key)


def slide(title):
    ps = [p for p in range(1, B.npages + 1) if B.slide_title(p) == title]
    ok(len(ps) == 1, f"slide {title!r} found once")
    return ps[0] if ps else 1


def col(t, name):
    return t["cols"].index(name)


def val(t, row, c, group=None):
    rs = [r for r in t["rows"] if r["label"] == row and (group is None or r["group"] == group)]
    return num(rs[0]["text"][col(t, c)]) if len(rs) == 1 else float("nan")


# --- deck
OVZ = bt("Totaaloverzicht baten en lasten (x € 1.000)")
body_rows = [r for r in OVZ["rows"] if r["label"] != "Totaal"]
for y in ("2046", "2047"):
    L, Bt, S = (f"Begroting {y} {k}" for k in ("Lasten", "Baten", "Saldo"))
    ok(sum(num(r["text"][col(OVZ, L)]) for r in body_rows) == val(OVZ, "Totaal", L), f"add-up overview {y}: lasten")
    ok(sum(num(r["text"][col(OVZ, Bt)]) for r in body_rows) == val(OVZ, "Totaal", Bt), f"add-up overview {y}: baten")
    for r in OVZ["rows"]:
        ok(num(r["text"][col(OVZ, S)]) == num(r["text"][col(OVZ, Bt)]) - num(r["text"][col(OVZ, L)]),
           f"add-up overview {y}: saldo {r['label']}")
progs = [t for t in B.tables() if t["key"].startswith("Programma ")]
for t in progs:
    for c_ in t["cols"][1:]:
        ok(val(t, "Saldo", c_) == val(t, "Baten", c_) - val(t, "Lasten", c_), f"add-up {t['key']} {c_}: saldo")
    row = t["key"].replace("Programma ", "")
    for y in ("2046", "2047"):
        ok(val(t, "Lasten", f"Begroting {y}") == val(OVZ, row, f"Begroting {y} Lasten")
           and val(t, "Baten", f"Begroting {y}") == val(OVZ, row, f"Begroting {y} Baten"),
           f"add-up {t['key']} {y} = overview")
MJR = bt("Meerjarenraming 2047-2050 (x € 1.000)")
for c_ in MJR["cols"][1:]:
    ok(val(MJR, "Geraamd resultaat", c_) == val(MJR, "Saldo van baten en lasten", c_)
       + val(MJR, "Toevoeging aan reserves", c_) + val(MJR, "Onttrekking aan reserves", c_),
       f"add-up meerjarenraming {c_}: resultaat")
    ok(val(MJR, "Structureel saldo", c_) == val(MJR, "Geraamd resultaat", c_)
       - val(MJR, "Saldo incidentele baten en lasten", c_), f"add-up meerjarenraming {c_}: structureel")
ok(val(MJR, "Saldo van baten en lasten", "Begroting 2047") == val(OVZ, "Totaal", "Begroting 2047 Saldo"),
   "add-up meerjarenraming 2047 = overview")
RS = bt("Reserves in 2047")
for r in RS["rows"]:
    a, t_, o, z = (num(x) for x in r["text"][1:5])
    ok(a + t_ - o == z, f"add-up reserves {r['label']}")
for ci in range(1, 5):
    ok(sum(num(r["text"][ci]) for r in RS["rows"] if r["label"] != "Totaal reserves")
       == num([r for r in RS["rows"] if r["label"] == "Totaal reserves"][0]["text"][ci]), f"add-up reserves col {ci}")
ok(val(RS, "Totaal reserves", "Toevoeging") == -val(MJR, "Toevoeging aan reserves", "Begroting 2047")
   and val(RS, "Totaal reserves", "Onttrekking") == val(MJR, "Onttrekking aan reserves", "Begroting 2047"),
   "add-up reserves = meerjarenraming 2047")
BR = bt("Baten naar bron, 2046 en 2047 (€ mln)")
for c_ in ("Begroting 2046", "Begroting 2047", "Verschil"):
    ok(close(round(sum(val(BR, r["label"], c_) for r in BR["rows"] if r["label"] != "Totaal baten"), 1),
             val(BR, "Totaal baten", c_)), f"add-up baten naar bron {c_}")
for r in BR["rows"]:
    ok(close(round(val(BR, r["label"], "Begroting 2047") - val(BR, r["label"], "Begroting 2046"), 1),
             val(BR, r["label"], "Verschil")), f"add-up baten naar bron verschil {r['label']}")
for y in ("2046", "2047"):
    ok(close(val(BR, "Totaal baten", f"Begroting {y}"), round(val(OVZ, "Totaal", f"Begroting {y} Baten") / 1000 + 1e-9, 1)),
       f"add-up baten naar bron {y} = overview (rounded)")
pb = slide("Waar komt het geld vandaan? Baten 2047 (€ mln)")
chb = B.chart(pb, "bar")
ok(chb == {r["label"]: r["text"][col(BR, "Begroting 2047")] for r in BR["rows"] if r["label"] != "Totaal baten"},
   "add-up bar chart labels = baten naar bron 2047")
pl = slide("Waar gaat het geld naartoe? Lasten 2047 (€ mln)")
chl = B.chart(pl, "column")
exp = {}
for r in OVZ["rows"]:
    exp[r["label"]] = val(OVZ, r["label"], "Begroting 2047 Lasten")
short = dict(zip([r["label"] for r in OVZ["rows"][:6]], ["Bestuur", "Veiligheid", "Openbare ruimte",
                                                           "Onderwijs, sport, cultuur", "Sociaal domein",
                                                           "Wonen en ruimte"]))
for lab, sh in short.items():
    ok(close(num(chl.get(sh)), round(exp[lab] / 1000 + 1e-9, 1)), f"add-up column chart {sh} = overview")
ok(close(num(chl.get("Overhead")), round(exp["Overhead"] / 1000 + 1e-9, 1))
   and close(num(chl.get("Overig")), round((exp["Algemene dekkingsmiddelen"] + exp["Onvoorzien"]) / 1000 + 1e-9, 1)),
   "add-up column chart overhead/overig = overview")
kp = slide("De begroting 2047 in één oogopslag")
tot_l = round(val(OVZ, "Totaal", "Begroting 2047 Lasten") / 1000 + 1e-9, 1)
tot_b = round(val(OVZ, "Totaal", "Begroting 2047 Baten") / 1000 + 1e-9, 1)
res47 = round(val(MJR, "Geraamd resultaat", "Begroting 2047") / 1000 + 1e-9, 1)
ok(close(round(sum(num(v) for v in chl.values()), 1), tot_l), "add-up column chart sum = total lasten")
TR = bt("Lokale lasten 2047")
ok(B.tile(kp, f"€ {tot_l:.1f} mln".replace(".", ","), "totale lasten 2047")
   and B.tile(kp, f"€ {tot_b:.1f} mln".replace(".", ","), "totale baten 2047")
   and B.tile(kp, f"€ {res47:.1f} mln".replace(".", ","), "positief resultaat 2047")
   and B.tile(kp, f"OZB woningen {TR['rows'][0]['text'][col(TR, 'Verschil')]}", "tariefstijging gelijk aan de inflatie"),
   "add-up KPI tiles = overview, meerjarenraming and tariff table")
for r in TR["rows"]:
    ok(close(round(100 * (val(TR, r["label"], "2047") / val(TR, r["label"], "2046") - 1), 1),
             val(TR, r["label"], "Verschil")), f"add-up tariff change {r['label']}")
woz = [int(x.replace(".", "")) for x in re.findall(r"20\d\d: € ([\d.]+)", clean(B.text(slide("Lokale lasten 2047"))))]
for i, y in enumerate(("2046", "2047")):
    wl = round(round(woz[i] * val(TR, "OZB woningen, eigenaar", y) / 100, 2)
               + val(TR, "Afvalstoffenheffing meerpersoonshuishouden", y) + val(TR, "Rioolheffing", y), 2)
    ok(len(woz) == 2 and close(wl, val(TR, "Woonlasten meerpersoonshuishouden¹", y), 0.005),
       f"add-up woonlasten {y} = WOZ × OZB + afval + riool")
inv_page = slide("Investeringen 2047")
it = clean(B.text(inv_page))
amounts = [parse_num(x) * 1e6 for x in re.findall(r"€ (\d+,\d+) miljoen", it)] + \
          [parse_num(x) for x in re.findall(r"€ (\d{1,3}(?:\.\d{3})+)\b", it)]
ok(len(amounts) == 7 and close(sum(amounts), 12.2e6) and B.tile(inv_page, "€ 12,2 mln", "investeringen in 2047"),
   "add-up investment bullets = tile")
kg_page = slide("Weerstandsvermogen en financiële kengetallen")
ok(B.tile(kg_page, "€ 24,1 mln", "beschikbare weerstandscapaciteit") and B.tile(kg_page, "1,6", "ratio weerstandsvermogen")
   and B.tile(kg_page, "€ 15,3 mln", "benodigde weerstandscapaciteit") and round(24.1 / 15.3, 1) == 1.6,
   "add-up weerstandsratio tile = beschikbaar / benodigd")

# --- jaarverslag
def et(title):
    ts = [t for t in E.tables() if t["title"] == title]
    return ts[0] if len(ts) == 1 else None


KD = ["Watersysteembeheer", "Zuiveringsbeheer", "Wegenbeheer"]
R46, PRIM, WIJZ = "Realisatie 2046", "Begroting 2046 primitief", "Begroting 2046 na wijziging"
PT = {k: et(f"Lasten en baten {k.lower()}") for k in KD}
for k, t in PT.items():
    for c_ in t["cols"][1:]:
        ok(val(t, "Saldo", c_) == val(t, "Baten", c_) - val(t, "Lasten", c_), f"add-up {k} {c_}: saldo")
    for r in ("Lasten", "Baten", "Saldo"):
        ok(val(t, r, "Verschil") == val(t, r, R46) - val(t, r, WIJZ), f"add-up {k} {r}: verschil")
TVt = et("Lasten en baten per taakveld, realisatie 2046 (x € 1.000)")
for k in KD:
    rows = [r for r in TVt["rows"] if r["group"] == k and r["code"]]
    for ci, nm in ((2, "Lasten"), (3, "Baten")):
        ok(sum(num(r["text"][ci]) for r in rows) == val(TVt, f"Totaal {k.lower()}", nm),
           f"add-up taakvelden {k} {nm}")
        ok(val(TVt, f"Totaal {k.lower()}", nm) == val(PT[k], nm, R46), f"add-up taakvelden {k} {nm} = programme")
for r in TVt["rows"]:
    ok(num(r["text"][4]) == num(r["text"][3]) - num(r["text"][2]), f"add-up taakveld saldo {r['label']}")
for ci, nm in ((2, "Lasten"), (3, "Baten"), (4, "Saldo")):
    ok(sum(val(TVt, f"Totaal {k.lower()}", nm) for k in KD) == val(TVt, "Totaal taakvelden", nm),
       f"add-up taakvelden totaal {nm}")
KS = et("Overzicht van baten en lasten naar kostensoort")
for c_ in KS["cols"][1:]:
    ls_ = [r for r in KS["rows"] if r["group"] == "Lasten" and r["label"] != "Totaal lasten"]
    bs_ = [r for r in KS["rows"] if r["group"] == "Baten" and r["label"] in (
        "Belastingopbrengsten", "Bijdragen en subsidies van derden", "Overige opbrengsten")]
    ok(sum(num(r["text"][col(KS, c_)]) for r in ls_) == val(KS, "Totaal lasten", c_), f"add-up kostensoorten {c_} L")
    ok(sum(num(r["text"][col(KS, c_)]) for r in bs_) == val(KS, "Totaal baten", c_), f"add-up kostensoorten {c_} B")
    ok(val(KS, "Saldo van baten en lasten", c_) == val(KS, "Totaal baten", c_) - val(KS, "Totaal lasten", c_),
       f"add-up kostensoorten {c_}: saldo")
    ok(val(KS, "Resultaat", c_) == val(KS, "Saldo van baten en lasten", c_) - val(KS, "Toevoeging aan reserves", c_)
       + val(KS, "Onttrekking aan reserves", c_), f"add-up kostensoorten {c_}: resultaat")
for r in KS["rows"]:
    ok(num(r["text"][col(KS, "Verschil")]) == num(r["text"][col(KS, R46)]) - num(r["text"][col(KS, WIJZ)]),
       f"add-up kostensoorten verschil {r['label']}")
for c_ in (PRIM, WIJZ, R46):
    ok(sum(val(PT[k], "Lasten", c_) for k in KD) == val(KS, "Totaal lasten", c_)
       and sum(val(PT[k], "Baten", c_) for k in KD) == val(KS, "Totaal baten", c_), f"add-up programmes = KS {c_}")
OP = et("Opbrengst waterschapsbelastingen (x € 1.000)")
for c_ in OP["cols"][1:]:
    ok(sum(num(r["text"][col(OP, c_)]) for r in OP["rows"] if r["label"] != "Totaal belastingopbrengsten")
       == val(OP, "Totaal belastingopbrengsten", c_), f"add-up belastingopbrengsten {c_}")
for r in OP["rows"]:
    ok(val(OP, r["label"], "Verschil") == val(OP, r["label"], "Realisatie 2046") - val(OP, r["label"], "Begroting 2046"),
       f"add-up belastingopbrengsten verschil {r['label']}")
ok(val(OP, "Totaal belastingopbrengsten", "Realisatie 2046") == val(KS, "Belastingopbrengsten", R46)
   and val(OP, "Totaal belastingopbrengsten", "Begroting 2046") == val(KS, "Belastingopbrengsten", PRIM),
   "add-up belastingopbrengsten = kostensoorten")
ok(val(OP, "Zuiveringsheffing huishoudens", R46) + val(OP, "Zuiveringsheffing bedrijven", R46)
   == val(TVt, "Heffing en invordering zuiveringsheffing", "Baten"), "add-up zuiveringsheffing = taakveld 2.9")
ET = et("Tarieven waterschapsbelastingen (in euro's)")
for r in ET["rows"]:
    ok(close(round(100 * (val(ET, r["label"], "Tarief 2046") / val(ET, r["label"], "Tarief 2045") - 1), 1),
             val(ET, r["label"], "Stijging")), f"add-up tariff change {r['label']}")
RV = et("Verloop van de reserves in 2046")
for r in RV["rows"]:
    a, b_, t_, o, z = (num(x) for x in r["text"][1:6])
    ok(a + b_ + t_ - o == z, f"add-up reserves {r['label']}")
for ci in range(1, 6):
    ok(sum(num(r["text"][ci]) for r in RV["rows"] if r["label"] != "Totaal reserves")
       == num([r for r in RV["rows"] if r["label"] == "Totaal reserves"][0]["text"][ci]), f"add-up reserves col {ci}")
ok(val(RV, "Totaal reserves", "Toevoeging") == val(KS, "Toevoeging aan reserves", R46)
   and val(RV, "Totaal reserves", "Onttrekking") == val(KS, "Onttrekking aan reserves", R46),
   "add-up reserves = kostensoorten")
VZ = et("Verloop van de voorzieningen in 2046 (x € 1.000)")
for r in VZ["rows"]:
    a, t_, w, v_, z = (num(x) for x in r["text"][1:6])
    ok(a + t_ - w - v_ == z, f"add-up voorzieningen {r['label']}")
ok(val(VZ, "Totaal voorzieningen", "Toevoeging") == val(KS, "Toevoegingen aan voorzieningen", R46),
   "add-up voorzieningen = kostensoorten")
AC = et("Balans per 31 december 2046: activa")
PA = et("Balans per 31 december 2046: passiva")
for c_ in ("31-12-2046", "31-12-2045"):
    for grp, tot in (("Vaste activa", "Totaal vaste activa"), ("Vlottende activa", "Totaal vlottende activa")):
        ok(sum(num(r["text"][col(AC, c_)]) for r in AC["rows"] if r["group"] == grp and not r["label"].startswith("Totaal"))
           == val(AC, tot, c_), f"add-up balans {grp} {c_}")
    ok(val(AC, "Totaal vaste activa", c_) + val(AC, "Totaal vlottende activa", c_) == val(AC, "Totaal activa", c_),
       f"add-up activa {c_}")
    ok(sum(num(r["text"][col(PA, c_)]) for r in PA["rows"] if r["group"] == "Eigen vermogen"
           and r["label"] != "Totaal eigen vermogen") == val(PA, "Totaal eigen vermogen", c_), f"add-up EV {c_}")
    ok(val(PA, "Totaal eigen vermogen", c_) + sum(num(r["text"][col(PA, c_)]) for r in PA["rows"]
                                                    if r["group"] == "Vreemd vermogen" and r["label"] != "Totaal passiva")
       == val(PA, "Totaal passiva", c_) == val(AC, "Totaal activa", c_), f"add-up balans {c_}: activa = passiva")
ok(val(PA, "Voorzieningen", "31-12-2046") == val(VZ, "Totaal voorzieningen", "Stand 31-12-2046")
   and val(PA, "Voorzieningen", "31-12-2045") == val(VZ, "Totaal voorzieningen", "Stand 1-1-2046"),
   "add-up balans voorzieningen = voorzieningen table")
ok(val(PA, "Algemene reserves", "31-12-2046") + val(PA, "Bestemmingsreserves", "31-12-2046")
   == val(RV, "Totaal reserves", "Stand 31-12-2046")
   and val(PA, "Algemene reserves", "31-12-2046") == sum(num(r["text"][5]) for r in RV["rows"]
                                                          if r["group"] == "Algemene reserves"),
   "add-up balans reserves = reserves table")
ok(val(PA, "Gerealiseerd resultaat", "31-12-2046") == val(KS, "Resultaat", R46)
   and val(PA, "Gerealiseerd resultaat", "31-12-2045") == val(RV, "Totaal reserves", "Bestemming resultaat 2045"),
   "add-up balans resultaat = exploitatie; resultaat 2045 bestemd")
KG = et("Financiële kengetallen")
for c_, bc, tb in (("Rekening 2046", "31-12-2046", val(KS, "Totaal baten", R46)),):
    ns_ = (val(PA, "Vaste schulden met een rentetypische looptijd van één jaar of langer", bc)
           + val(PA, "Netto vlottende schulden met een rentetypische looptijd korter dan één jaar", bc)
           + val(PA, "Overlopende passiva", bc) - val(AC, "Financiële vaste activa", bc)
           - val(AC, "Uitzettingen met een rentetypische looptijd korter dan één jaar", bc)
           - val(AC, "Liquide middelen", bc) - val(AC, "Overlopende activa", bc))
    ok(close(round(100 * ns_ / tb, 1), val(KG, "Netto schuldquote", c_)), f"add-up netto schuldquote {c_}")
for c_, bc in (("Rekening 2046", "31-12-2046"), ("Rekening 2045", "31-12-2045")):
    ok(close(round(100 * val(PA, "Totaal eigen vermogen", bc) / val(PA, "Totaal passiva", bc), 1),
             val(KG, "Solvabiliteitsratio", c_)), f"add-up solvabiliteitsratio {c_}")
FT = et("Formatie en bezetting per afdeling (in fte)")
for c_ in FT["cols"][1:]:
    ok(close(round(sum(num(r["text"][col(FT, c_)]) for r in FT["rows"] if r["label"] != "Totaal"), 1),
             val(FT, "Totaal", c_)), f"add-up fte {c_}")
RBt = et("Voorstel resultaatbestemming 2046")
ok(sum(num(r["text"][1]) for r in RBt["rows"] if not r["label"].startswith("Totaal"))
   == val(RBt, "Totaal resultaat 2046", "x € 1.000") == val(KS, "Resultaat", R46), "add-up resultaatbestemming")
IV = et("Investeringen 2046 (x € 1.000)")
for c_ in IV["cols"][1:]:
    ok(sum(num(r["text"][col(IV, c_)]) for r in IV["rows"] if r["label"] != "Totaal") == val(IV, "Totaal", c_),
       f"add-up investeringen {c_}")
ET_ = clean(TEXT[EF])
res = val(KS, "Resultaat", R46) * 1000
ok("positief resultaat van ruim € 3 miljoen" in ET_ and 3e6 <= res < 3.5e6, "prose 'ruim € 3 miljoen' = resultaat")
ok("circa 1.850 km dijk" in ET_ and abs(val(et("Waterschap Eemvliet in cijfers, 31 december 2046"),
                                            "Primaire en regionale keringen (km)", "Aantal") - 1850) < 10,
   "prose 'circa 1.850 km dijk' = cijfers table")
m = re.search(r"Eind 2046 werkten er (\d+) medewerkers .*?Bijna 40% van hen \((\d+) medewerkers\)", ET_)
ok(m and 35 <= 100 * int(m.group(2)) / int(m.group(1)) < 40, "prose 'Bijna 40%' = 121 of 312")
hh = val(OP, "Zuiveringsheffing huishoudens", R46)
ok("ruim 74% van huishoudens" in ET_ and 74 < 100 * hh / (hh + val(OP, "Zuiveringsheffing bedrijven", R46)) < 75,
   "prose 'ruim 74%' = share huishoudens in the zuiveringsheffing")
ok(f"De lasten bleven € {abs(val(PT['Watersysteembeheer'], 'Lasten', 'Verschil')) / 1000:.1f}".replace(".", ",") in ET_,
   "prose '€ 3,3 miljoen onder de begroting' = verschil watersysteembeheer")

# ------------------------------------------------------------------------------------- 6. layout features
FEAT: dict[str, list] = {}


def feat(doc, name, cond):
    FEAT.setdefault(doc, []).append((name, bool(cond)))
    ok(cond, f"layout {doc}: {name}")


def info(path):
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout


bi = info(CORPUS / BF)
pg = B.pdf.pages[0]
feat(BF, "python-pptx deck converted by LibreOffice Impress (pdfinfo Creator Impress, Producer LibreOffice)",
     re.search(r"Creator:\s+Impress", bi) and "LibreOffice" in bi)
feat(BF, f"16:9 slides ({pg.width:.0f} x {pg.height:.0f} pt), {B.npages} slides (18-22)",
     abs(pg.width / pg.height - 16 / 9) < 0.01 and 18 <= B.npages <= 22)
foot = [p for p in range(2, B.npages + 1) if f"{p} / {B.npages}" in B.text(p) and "8 oktober 2046" in B.text(p)]
feat(BF, f"footer with the slide number 'n / {B.npages}' and the date on slides 2-{B.npages}",
     foot == list(range(2, B.npages + 1)) and f"1 / {B.npages}" not in B.text(1))
feat(BF, "title slide and agenda", B.slide_title(2) == "Agenda" and "Begroting 2047 in beeld" in B.text(1))
tiles = []
for p in range(1, B.npages + 1):
    ls = B.lines(p)
    for a in ls:
        for b_ in ls:
            if a is not b_ and 0 < b_["top"] - a["top"] < 60 and a["size"] >= 20 and b_["size"] <= 14.5 \
                    and abs((a["x0"] + a["x1"]) / 2 - (b_["x0"] + b_["x1"]) / 2) < 25 and a["top"] > 90:
                tiles.append((p, clean(a["text"])))
tiles = sorted(set(tiles))
feat(BF, f"KPI tiles (big figure with a caption under it): {len(tiles)} on slides {sorted({p for p, _ in tiles})}",
     len(tiles) >= 10 and sum(1 for p, _ in tiles if p == kp) == 6)
feat(BF, f"bar chart with data labels printed (slide {pb}: {len(chb)} labels) and column chart with data labels "
         f"(slide {pl}: {len(chl)} labels), decimal comma", len(chb) == 5 and len(chl) == 8
     and all(re.fullmatch(r"\d+,\d", v) for v in list(chb.values()) + list(chl.values())))
raw_ovz = [t for t in B._page_tables(OVZ["page"])][0]
r0 = raw_ovz["boxes"][0]
spans = [(c[2] - c[0]) for c in r0 if c is not None]
unitw = raw_ovz["boxes"][2][1][2] - raw_ovz["boxes"][2][1][0]
feat(BF, f"{len(B.tables())} pptx tables; merged header cells on the overview ('Begroting 2046' over Lasten/Baten/"
         f"Saldo, 'Programma' over two rows)",
     raw_ovz["texts"][0][1] == "Begroting 2046" and raw_ovz["texts"][0][2] is None and max(spans) > 2.8 * unitw
     and raw_ovz["texts"][1][0] is None and OVZ["nhead"] == 2)
title_k = [t["page"] for t in B.tables() if t["scale_statement"].startswith("slide title") and t["scale"] == 1000]
title_m = [t["page"] for t in B.tables() if t["scale_statement"].startswith("slide title") and t["scale"] == 1e6]
box_k = [t["page"] for t in B.tables() if t["scale_statement"].startswith("text box under")]
feat(BF, f"scale 'x € 1.000' in the slide title (slides {title_k}), '€ mln' with one decimal in the slide title "
         f"(slide {title_m}), 'Bedragen x € 1.000' in a small text box under the table (slides {box_k})",
     len(title_k) == 2 and len(title_m) == 1 and len(box_k) == 7
     and all(re.fullmatch(r"[+\-]?\d+,\d", x) for r in BR["rows"] for x in r["text"][1:]))
hy = sorted({t["page"] for t in B.tables() for r in t["rows"] for x in r["text"] if re.fullmatch(r"-[\d.]+", x)})
mi = sorted({t["page"] for t in B.tables() for r in t["rows"] for x in r["text"] if re.fullmatch(r"\u2212[\d.]+", x)})
feat(BF, f"negatives with a hyphen-minus (slides {hy}) and with U+2212 (slides {mi})",
     hy == [t["page"] for t in progs] and mi == [OVZ["page"], MJR["page"]])
bul = [p for p in range(1, B.npages + 1) if B.text(p).count("•") >= 3]
feat(BF, f"bullet lists with figures in prose (slides {bul})", len(bul) >= 8
     and "We investeren € 4,2 miljoen in de brede school Oosterweide." in clean(TEXT[BF]))
feat(BF, "tariff table 2046/2047: OZB (% WOZ-waarde), afvalstoffenheffing, rioolheffing, woonlasten with a footnote",
     TR["cols"][2:4] == ["2046", "2047"] and any("OZB" in r["label"] for r in TR["rows"])
     and any("Afvalstoffenheffing" in r["label"] for r in TR["rows"]) and "Rioolheffing" in [r["label"] for r in TR["rows"]]
     and "¹ OZB, afvalstoffenheffing" in TEXT[BF])
feat(BF, "reserves slide (stand 1-1, toevoeging, onttrekking, stand 31-12)",
     RS["cols"][1:] == ["Stand 1-1-2047", "Toevoeging", "Onttrekking", "Stand 31-12-2047"])
feat(BF, "meerjarenraming slide 2047-2050 with saldo, reserve mutations, resultaat and structureel saldo per year",
     MJR["cols"][1:] == ["Begroting 2047", "Raming 2048", "Raming 2049", "Raming 2050"] and len(MJR["rows"]) == 6)
feat(BF, "programme tables 2046 (begroting) and 2047-2050 (lasten, baten, saldo), one slide per programme (6)",
     len(progs) == 6 and all(t["cols"][1:] == ["Begroting 2046", "Begroting 2047", "Raming 2048", "Raming 2049",
                                               "Raming 2050"] for t in progs))
amb = slide("Onze ambities voor 2047")
feat(BF, "policy text slide with goals in full sentences ('Onze ambities voor 2047'; 'Wat willen we bereiken?' per "
         "programme)", len(re.findall(r"[a-z0-9]\.(?:\s|$)", B.text(amb))) >= 8
     and sum(1 for p in range(1, B.npages + 1) if "Wat willen we bereiken?" in B.text(p)) == 6)
feat(BF, "speaker notes exist only in the pptx: their text ('parkeergarage') is not printed",
     "parkeergarage" not in TEXT[BF].lower())

ei = info(CORPUS / EF)
ep = E.pdf.pages[0]
feat(EF, f"Typst PDF (pdfinfo Creator Typst), A4 ({ep.width:.0f} x {ep.height:.0f} pt), {E.npages} pages (14-20)",
     "Typst" in ei and abs(ep.width - 595.3) < 1 and abs(ep.height - 841.9) < 1 and 14 <= E.npages <= 20)
hd = E.headings()
toc = E.layout(2)
entries = re.findall(r"^\s*(\d+(?:\.\d+)*)\s+\S.*?(?:\s?\.){3,}\D*?(\d+)\s*$", toc, flags=re.M)
hpage = {h[3].split(" ")[0]: h[0] for h in hd}
feat(EF, f"table of contents with dot leaders ({len(entries)} entries) whose page numbers equal the heading pages",
     len(entries) == len(hd) and all(hpage.get(n) == int(p) for n, p in entries))
l1 = [h for h in hd if h[2] == 1]
l2 = [h for h in hd if h[2] == 2]
feat(EF, f"numbered headings: {len(l1)} chapters (1, 2, ...) and {len(l2)} sections (1.1, ...)",
     len(l1) >= 5 and len(l2) >= 15 and [h[3].split(" ")[0] for h in l1] == [str(i) for i in range(1, len(l1) + 1)])
run = [p for p in range(2, E.npages + 1)
       if clean(E.layout(p)).startswith("Waterschap Eemvliet — Jaarverslag en jaarrekening 2046")
       and clean(E.layout(p)).endswith(f"Pagina {p}")]
feat(EF, f"running header with the document title and footer 'Pagina n' on pages 2-{E.npages}",
     run == list(range(2, E.npages + 1)) and "Pagina 1" not in E.text(1))
t3 = E._page_tables(PT["Watersysteembeheer"]["page"])
t3 = [t for t in t3 if t["bbox"] == PT["Watersysteembeheer"]["bbox"]][0]
feat(EF, "header cell spanning columns ('Begroting 2046' over 'primitief' and 'na wijziging') and cells spanning "
         "two header rows ('x € 1.000', 'Realisatie 2046', 'Verschil')",
     t3["texts"][0][1] == "Begroting 2046" and t3["texts"][0][2] is None and t3["texts"][1][0] is None
     and t3["texts"][1][3] is None and PT["Watersysteembeheer"]["cols"][1:3] == [PRIM, WIJZ])


def sep_chars(t, ch):
    n = 0
    for p, bbox in t["parts"]:
        page = E.pdf.pages[p - 1].within_bbox(bbox)
        cs = sorted([c for c in page.chars], key=lambda c: (round(c["top"]), c["x0"]))
        for a, b_, c in zip(cs, cs[1:], cs[2:]):
            if b_["text"] == ch and a["text"].isdigit() and c["text"].isdigit():
                n += 1
    return n


nn = [t["key"] for t in E.tables() if sep_chars(t, "\u202f")]
th = [t["key"] for t in E.tables() if sep_chars(t, "\u2009")]
dt = [t["key"] for t in E.tables() if any(re.fullmatch(r"[(\u2212-]?\d{1,3}(\.\d{3})+\)?", x)
                                          for r in t["rows"] for x in r["text"])]
feat(EF, f"thousands separators: narrow no-break space U+202F ({nn}), thin space U+2009 ({th}), dot ({dt})",
     len(nn) == 3 and len(th) == 1 and len(dt) >= 6)
mi = [t["key"] for t in E.tables() if any(x.startswith("\u2212") for r in t["rows"] for x in r["text"])]
br = [t["key"] for t in E.tables() if any(re.fullmatch(r"\([\d.]+\)", x) for r in t["rows"] for x in r["text"])]
feat(EF, f"negatives with U+2212 ({mi}) and in brackets ({br})", len(mi) >= 3 and br == [KS["key"]])
caps = [t["key"] for t in E.tables()]
below = all(any(0 <= ln["top"] - t["parts"][-1][1][3] < 30 and clean(ln["text"]).startswith(t["key"] + ":")
                for ln in E.lines(t["parts"][-1][0])) for t in E.tables())
feat(EF, f"every table in a figure with its caption 'Tabel n: ...' below it ({len(caps)} tables, numbered 1-{len(caps)})",
     caps == [f"Tabel {i}" for i in range(1, len(caps) + 1)] and below and len(caps) >= 15)
feat(EF, f"long table over pages {TVt['pages']} with its header repeated ({len(TVt['rows'])} rows)",
     len(TVt["pages"]) == 2 and TVt["head_repeated"] and len(TVt["rows"]) > 30
     and any(r["page"] == TVt["pages"][1] for r in TVt["rows"]))
feat(EF, "taakvelden grouped per kostendrager (watersysteembeheer, zuiveringsbeheer, wegenbeheer) with codes",
     [g for g in dict.fromkeys(r["group"] for r in TVt["rows"])] == KD
     and sum(1 for r in TVt["rows"] if r["code"]) >= 30)
feat(EF, "tariffs: watersysteemheffing ingezetenen, gebouwd (% WOZ), ongebouwd, natuur; zuiveringsheffing per "
         "vervuilingseenheid; 2045 and 2046",
     {"Watersysteemheffing ingezetenen", "Watersysteemheffing gebouwd", "Watersysteemheffing ongebouwd",
      "Watersysteemheffing natuur", "Zuiveringsheffing"} <= {r["label"] for r in ET["rows"]}
     and val(ET, "Zuiveringsheffing", "Tarief 2046") > 0 and
     [r["text"][1] for r in ET["rows"] if r["label"] == "Zuiveringsheffing"] == ["per vervuilingseenheid"])
feat(EF, "reserves and voorzieningen, balance sheet (two years), kengetallen (netto schuldquote, solvabiliteitsratio, "
         "belastingcapaciteit), formatie and bezetting in fte",
     RV and VZ and AC["cols"][1:] == ["31-12-2046", "31-12-2045"] and PA
     and {"Netto schuldquote", "Solvabiliteitsratio"} <= {r["label"] for r in KG["rows"]}
     and any(r["label"].startswith("Belastingcapaciteit") for r in KG["rows"]) and "(in fte)" in FT["title"])
fn_pages = []
for p in range(1, E.npages + 1):
    page = E.pdf.pages[p - 1]
    marks = [c for c in page.chars if c["text"].isdigit() and c["size"] < 8 and 80 < c["top"] < 700]
    notes = [ln for ln in E.lines(p) if ln["top"] > 650 and ln["size"] < 10 and re.match(r"^\d", ln["text"])]
    if marks and notes:
        fn_pages.append(p)
feat(EF, f"footnotes: superscript mark in the text and the note at the foot of the page (pages {fn_pages})",
     len(fn_pages) == 2 and "Een vervuilingseenheid (v.e.) is de maat" in clean(E.text(fn_pages[1]))
     and "Uit het HWBP betaalt het Rijk 90%" in clean(E.text(fn_pages[0])))
feat(EF, "prose figures ('ruim € 3 miljoen', 'circa 1.850 km dijk', 'Bijna 40%', 'ruim 74%', 'bijna € 1,2 miljoen')",
     all(x in ET_ for x in ("ruim € 3 miljoen", "circa 1.850 km dijk", "Bijna 40%", "ruim 74%",
                            "bijna € 1,2 miljoen")))
feat(EF, "policy text per programme ('Wat wilden we bereiken?' / 'Wat hebben we gedaan?')",
     ET_.count("Wat wilden we bereiken?") == 3 and ET_.count("Wat hebben we gedaan?") == 3)

# ------------------------------------------------------------------------------------- names
for nm_ in ("Brummelweide", "Eemvliet", "Oosterweide", "Klaproos", "Veerhuizen", "Molenkolk", "Lindewold",
            "Hunzevoorde", "Kromme Eem", "Eemdijk"):
    r = subprocess.run(["grep", "-ril", "--exclude-dir=set-al", nm_, "/work/main/evals", "/work/main/corpus",
                        "/work/shared"], capture_output=True, text=True).stdout.split()
    if r:
        WARN.append(f"name {nm_} also occurs in {r[:3]}")

# ------------------------------------------------------------------------------------- report
nturns = sum(len(turns_of(c)) for c in CASES["cases"])
print(f"set-al: {len(CASES['cases'])} cases, {nturns} turns; per kind: {counts}")
for doc, fs in FEAT.items():
    print(f"layout {doc}:")
    for nm_, okk in fs:
        print(f"  [{'x' if okk else ' '}] {nm_}")
for w_ in WARN:
    print("WARN", w_)
print(f"{N} checks, {len(FAIL)} failures")
for f_ in FAIL:
    print("FAIL", f_)
sys.exit(1 if FAIL else 0)
