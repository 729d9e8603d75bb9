"""Verify set-ay from the finished files only (never imports data.py or docs.py).

1. cases.yaml follows FORMAT.md version 1 (keys, kinds, expect fields, no `signed`, unique ids, municipality
   names from the manifest), and agrees with provenance.json turn by turn.
2. corpus/: the four real documents are byte-identical to /work/main/corpus, the manifest has six entries in the
   shape of the main manifest, the two new PDFs say FICTIEF on page 1 and were made by Prawn and PDFKit.
3. Every expected, accepted and not-accepted figure is re-located where provenance.json (and the comment above
   the case) says: a table cell by caption, row, column and group on the recorded page (with the table's
   continuation page), its printed text, the scale, the `pdftotext -layout` line holding the row label and the
   figure; a prose figure by its sentence on the recorded page; a cell of the real Wassenaar Begroting 2024 by the
   token on its `pdftotext -layout` line; a figure of a real text export by its line.  Derivations are recomputed,
   values compared with cases.yaml, and no not-accepted figure may be among value/accept.
4. Refusal rules (the documents really do not hold the answer), text passages holding every include item, and
   the evidence of the `any` turns.
5. The figures of both new documents add up, read back from the PDFs: saldi, subtotals, totals, reserves,
   contributions, the resultaat and its bestemming, the balans, ratios.

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

from pdfread import PdfDoc, RealPdf, RealText, norm

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
MAIN = Path("/work/main/corpus")
WF, RF = "wassenaar-voorjaarsnota-2025.pdf", "regio-twente-jaarstukken-2024.pdf"
WB = "wassenaar-begroting-2024.pdf"
REAL = ["twenterand-programmabegroting-2020-sociaal-domein.txt", "dinkelland-begroting-2020-inclusieve-samenleving.txt",
        WB, "collectie-overijssel-jaarstukken-2023.pdf"]
FAIL = []
NCHECK = [0]


def ok(cond, msg):
    NCHECK[0] += 1
    if not cond:
        FAIL.append(msg)
    return cond


def parse_num(t):
    s = norm(t).replace("€", "").replace("%", "").replace(" ", "").strip()
    neg = s.startswith("-")
    s = s.lstrip("-")
    if not re.fullmatch(r"[\d.]+(,\d+)?", s):
        raise ValueError(f"not a number: {t!r}")
    v = float(s.replace(".", "").replace(",", "."))
    return -v if neg else v


def close(a, b, tol=1e-6):
    return abs(a - b) <= tol


# ------------------------------------------------------------------------------------------ 1 format
cases_doc = yaml.safe_load((SET / "cases.yaml").read_text(encoding="utf-8"))
prov = json.loads((SET / "source" / "provenance.json").read_text(encoding="utf-8"))
man = yaml.safe_load((CORPUS / "manifest.yaml").read_text(encoding="utf-8"))["documents"]
MUNIS = {m["municipality"] for m in man}
ok(cases_doc.get("version") == 1 and isinstance(cases_doc.get("cases"), list), "version 1 and a list of cases")
ids = [c["id"] for c in cases_doc["cases"]]
ok(len(ids) == len(set(ids)), "unique ids")
ok(set(ids) == set(prov), "cases.yaml and provenance.json hold the same ids")
CASE_KEYS = {"id", "question", "municipality", "kind", "expect", "turns"}
TURN_KEYS = {"question", "kind", "expect"}
EXP_KEYS = {"value", "accept", "tolerance", "unit", "municipality", "include", "exclude"}
kinds = {}
turns_all = []
for c in cases_doc["cases"]:
    ok(set(c) <= CASE_KEYS, f"{c['id']}: keys {set(c)}")
    if "municipality" in c:
        ok(c["municipality"] in MUNIS, f"{c['id']}: scope {c['municipality']} not a manifest municipality")
    turns = c["turns"] if "turns" in c else [c]
    ok(("turns" in c) != ("question" in c), f"{c['id']}: either question or turns")
    ok(len(turns) == len(prov.get(c["id"], [])), f"{c['id']}: turn count vs provenance")
    for n, (t, p) in enumerate(zip(turns, prov.get(c["id"], []))):
        tid = f"{c['id']}#{n + 1}"
        if "turns" in c:
            ok(set(t) <= TURN_KEYS, f"{tid}: turn keys {set(t)}")
        ok(t["kind"] in ("figure", "text", "refusal", "any"), f"{tid}: kind")
        ok(t["kind"] == p["kind"] and t["question"] == p["question"], f"{tid}: kind/question vs provenance")
        kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
        e = t.get("expect") or {}
        ok(set(e) <= EXP_KEYS, f"{tid}: expect keys {set(e)}")
        ok("signed" not in e, f"{tid}: signed is never set")
        if "municipality" in e:
            ok(e["municipality"] in MUNIS, f"{tid}: expect municipality {e['municipality']}")
        if t["kind"] == "figure":
            ok(isinstance(e.get("value"), (int, float)) and e.get("unit") in ("EUR", "count", "percent", "grade"),
               f"{tid}: figure needs value and unit")
            ok(e.get("municipality") is not None, f"{tid}: figure needs a municipality")
        if t["kind"] == "text":
            ok(isinstance(e.get("include"), list) and e["include"], f"{tid}: text needs include")
        if t["kind"] == "refusal":
            ok(not e, f"{tid}: refusal has no expect")
        turns_all.append((tid, t, p))

# ------------------------------------------------------------------------------------------ 2 corpus
ok(len(man) == 6, "six manifest entries")
keys_main = [set(m) for m in yaml.safe_load((MAIN / "manifest.yaml").read_text(encoding="utf-8"))["documents"]]
for m in man:
    ok({"file", "municipality", "year", "type", "title"} <= set(m), f"manifest {m.get('file')}: keys")
    ok((CORPUS / m["file"]).exists(), f"manifest file {m['file']} exists")
for f in REAL:
    a = hashlib.sha256((CORPUS / f).read_bytes()).hexdigest()
    b = hashlib.sha256((MAIN / f).read_bytes()).hexdigest()
    ok(a == b, f"{f} is a byte-identical copy")
mtxt = (CORPUS / "manifest.yaml").read_text(encoding="utf-8")
ok("FICTIONAL" in mtxt.split("documents:")[0], "manifest header says the new documents are fictional")
for f, producer in ((WF, "Prawn"), (RF, "PDFKit")):
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(CORPUS / f), "-"], capture_output=True,
                           text=True).stdout
    ok("FICTIEF DOCUMENT" in first and "verzonnen" in first, f"{f}: page 1 says it is fictional")
    info = subprocess.run(["pdfinfo", str(CORPUS / f)], capture_output=True, text=True).stdout
    ok(re.search(r"Producer:\s+" + producer, info) is not None, f"{f}: producer {producer}")
rt_size = subprocess.run(["pdfinfo", str(CORPUS / RF)], capture_output=True, text=True).stdout
ok(re.search(r"Page size:\s+841\.89 x 595\.28", rt_size) is not None, "Regio Twente is A4 landscape")

# ------------------------------------------------------------------------------------------ 3 figures
DOCS = {WF: PdfDoc(CORPUS / WF), RF: PdfDoc(CORPUS / RF)}
REALPDF = RealPdf(CORPUS / WB)
REALTXT = {f: RealText(CORPUS / f) for f in REAL if f.endswith(".txt")}


def check_source(tid, s):
    f = s["document"]
    if s["kind"] == "cell":
        doc = DOCS[f]
        try:
            c = doc.cell(s["table"], s["row"], s["column"], group=s["group"])
        except LookupError as ex:
            return ok(False, f"{tid}: {ex}")
        ok(c["page"] == s["page"], f"{tid}: {s['table']}/{s['row']}/{s['column']} on p.{c['page']}, not {s['page']}")
        ok(c["table"]["page"] == s["table_page"], f"{tid}: caption page")
        ok(c["text"] == s["printed"], f"{tid}: printed {c['text']!r} vs {s['printed']!r}")
        v = parse_num(c["text"]) * s["scale"]
        ok(close(v, s["value"], 1e-3), f"{tid}: value {v} vs {s['value']}")
        # the scale: statement on its own line above the table, in the caption, or in the first header cell
        stmt = " ".join(c["table"]["scale"]) + " " + c["table"]["caption"] + " " + " ".join(c["table"]["header"])
        want = {1: r"in euro's|Bedragen x € 1\b|Kerncijfers|Prestatie-indicatoren|Formatie|Terugbetaling|"
                   r"Bezoldiging|Inwonerbijdrage|Bijdragen per gemeente|Lasten en baten",
                1000: r"x € 1[.\u2009 ]000", 1000000: r"x € 1 mln"}[s["scale"]]
        ok(re.search(want, stmt) is not None, f"{tid}: scale {s['scale']} not stated for {s['table']}: {stmt[:120]}")
        ll = doc.layout_line(c["page"], c["label_first"], c["text"])
        ok(s["layout_line"] in ll, f"{tid}: pdftotext -layout line for {s['row']}/{s['printed']}")
        ok(c["label_first"] == s["label_first_line"], f"{tid}: first label line")
    elif s["kind"] == "prose":
        pages = DOCS[f].prose(s["prose"])
        ok(pages == [s["page"]], f"{tid}: prose {s['prose'][:50]!r} on {pages}, not [{s['page']}]")
        ok(norm(s["printed"]) in norm(s["prose"]), f"{tid}: printed inside the sentence")
        ok(close(parse_num(s["printed"]) * s["scale"], s["value"], 1e-3), f"{tid}: prose value")
    elif s["kind"] == "real_pdf":
        lines = REALPDF.tokens(s["page"], s["row"])
        ok(len(lines) == 1 and lines[0].rstrip() == s["layout_line"], f"{tid}: real pdf line {s['row']}")
        toks = re.findall(r"-?\d[\d.,]*%?", norm(lines[0])[len(norm(s["row"])):]) if lines else []
        ok(toks and toks[s["token_index"]] == s["printed"], f"{tid}: real pdf token {s['printed']}")
        ok(norm(s["header"]) in norm(REALPDF.layout_page(s["page"])), f"{tid}: real pdf header")
        ok(close(parse_num(s["printed"]) * s["scale"], s["value"]), f"{tid}: real pdf value")
    elif s["kind"] == "real_text":
        rt = REALTXT[f]
        ok(rt.line(s["line"]) == s["line_text"] and s["printed"] in s["line_text"], f"{tid}: real text line")
        if s["header"]:
            ok(rt.line(s["header"]["line"]) == s["header"]["text"], f"{tid}: real text header line")
            # the printed figure is the last token and the header's last year its column
            ok(s["line_text"].split()[-1] == s["printed"], f"{tid}: real text token is in the last column")
        ok(close(parse_num(s["printed"]), s["value"]), f"{tid}: real text value")
    else:
        ok(False, f"{tid}: unknown source {s['kind']}")


def value_of(tid, m):
    vals = [abs(s["value"]) for s in m["sources"]]
    op = m.get("op")
    if op is None:
        ok(all(close(v, vals[0], 1e-3) for v in vals), f"{tid}: sources of one value differ {vals}")
        return vals[0]
    if op == "add":
        v = sum(vals)
    elif op == "sub":
        v = vals[0] - vals[1]
    elif op == "share":
        v = round(100 * vals[0] / vals[1], 2)
    else:
        raise ValueError(op)
    ok(close(parse_num(m["derivation"].split("=")[-1]), v, 0.006), f"{tid}: derivation text {m['derivation']}")
    return v


TEXT = {}


def doc_text(f):
    if f not in TEXT:
        p = CORPUS / f
        if f.endswith(".pdf"):
            TEXT[f] = subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True).stdout
        else:
            TEXT[f] = p.read_text(encoding="utf-8")
    return TEXT[f]


n_fig = n_comp = 0
for tid, t, p in turns_all:
    e = t.get("expect") or {}
    if t["kind"] == "figure":
        n_fig += 1
        for s in p["main"]["sources"]:
            check_source(tid, s)
        v = value_of(tid, p["main"])
        n_comp += 1 if p["main"].get("op") else 0
        ok(close(v, e["value"], 1e-3) and close(p["main"]["value"], v, 1e-3), f"{tid}: value {e['value']} vs {v}")
        acc = []
        for a in p["accept"]:
            for s in a["sources"]:
                check_source(tid, s)
            av = value_of(tid, a)
            ok(close(av, a["value"], 1e-3), f"{tid}: accept value")
            acc.append(av)
        want_acc = sorted({round(x, 6) for x in acc if not close(x, v)})
        ok(sorted(e.get("accept", [])) == want_acc, f"{tid}: accept {e.get('accept')} vs {want_acc}")
        for s in p["other"]:
            check_source(tid, s)
            ov = abs(s["value"])
            allowed = [e["value"]] + e.get("accept", [])
            tol = e.get("tolerance", 0)
            ok(all(abs(ov - a) > tol for a in allowed), f"{tid}: not-accepted {ov} is among value/accept")
        ok(e.get("municipality") == p["municipality"], f"{tid}: municipality")
    elif t["kind"] == "refusal":
        for r in p["absent"]:
            for f in r["documents"]:
                txt = doc_text(f)
                if "no_text" in r:
                    ok(r["no_text"].lower() not in txt.lower(), f"{tid}: {r['no_text']!r} occurs in {f}")
                else:
                    a, b = r["no_line_with_both"]
                    bad = [l for l in txt.splitlines() if re.search(a, l, re.I) and re.search(b, l, re.I)]
                    ok(not bad, f"{tid}: {f} has a line with {a!r} and {b!r}: {bad[:1]}")
        covered = {f for r in p["absent"] for f in r["documents"]}
        ok(len(covered) >= 2, f"{tid}: refusal rules cover only {covered}")
    elif t["kind"] == "text":
        joined = []
        for w in p["where"]:
            pages = DOCS[w["document"]].prose(w["fragment"])
            ok(pages == [w["page"]], f"{tid}: passage {w['fragment'][:40]!r} on {pages}")
            joined.append(w["fragment"].lower())
        J = " ".join(joined)
        for item in e["include"]:
            alts = item if isinstance(item, list) else [item]
            ok(any(x.lower() in J for x in alts), f"{tid}: include {item!r} not in its passages")
        ok(e.get("include") == p["include"], f"{tid}: include vs provenance")
    elif t["kind"] == "any":
        for s in p["evidence"]:
            check_source(tid, s)
        ok(e.get("exclude") == p["exclude"], f"{tid}: exclude vs provenance")
        right = [norm(s["printed"]) for s in p["evidence"][:2]]
        for x in e.get("exclude", []):
            ok(all(norm(x) != r for r in right), f"{tid}: an exclude is a right answer")

ok(30 <= kinds.get("figure", 0) <= 40 and 8 <= kinds.get("refusal", 0) <= 10 and 10 <= kinds.get("text", 0) <= 12
   and kinds.get("any", 0) == 2, f"turn mix {kinds}")
ok(sum(1 for c in cases_doc["cases"] if "turns" in c) >= 6, "at least six conversations")
ok(n_comp >= 5, f"computed figures: {n_comp}")

# ------------------------------------------------------------------------------------------ 5 add-ups
W, R = DOCS[WF], DOCS[RF]


def wv(cap, row, col, group=None):
    return parse_num(W.cell(cap, row, col, group=group)["text"])


def rv(cap, row, col, group=None):
    return parse_num(R.cell(cap, row, col, group=group)["text"])


def vn(doc, cap, row):
    return doc.cell(cap, row, "V/N")["text"]


YRS = ["2025", "2026", "2027", "2028"]
T41, T42, T43, T51 = ("Tabel 4.1 - Meerjarenperspectief", "Tabel 4.2 - Autonome ontwikkelingen",
                      "Tabel 4.3 - Bijstellingen per programma", "Tabel 5.1 - Voorstellen nieuw beleid")


def rows_of(doc, cap):
    """label texts of the body rows of a table (first segment; the Nr when the table has one)"""
    return [l[0].text for _, l in doc.table(cap)["body"]]


def cellor0(doc, cap, row, col):
    try:
        t = doc.cell(cap, row, col)["text"]
    except LookupError as ex:
        if "cells []" in str(ex):
            return 0.0          # a blank cell
        raise
    return 0.0 if t in ("-", "") else parse_num(t)


for y in YRS:
    g = lambda r: wv(T41, r, y)
    ok(close(g("Begrotingssaldo begroting 2025 (vastgesteld 7 november 2024)") + g("Raadsbesluiten na vaststelling van de begroting"),
             g("Stand vóór voorjaarsnota")), f"W 4.1 stand vóór {y}")
    ok(close(g("Stand vóór voorjaarsnota") + g("Autonome ontwikkelingen (tabel 4.2)")
             + g("Bijstellingen per programma (tabel 4.3)"), g("Stand na voorjaarsnota")), f"W 4.1 stand na {y}")
    ok(close(g("Stand na voorjaarsnota") + g("Nieuw beleid (tabel 5.1)")
             + g("Dekking incidenteel nieuw beleid uit de algemene reserve"), g("Begrotingssaldo na voorstellen")),
       f"W 4.1 saldo na voorstellen {y}")
    # Tabel 4.2: signed sum of the rows (V +, N -) = the total, and = the line in 4.1
    s42 = 0
    for nr in [r for r in rows_of(W, T42) if re.match(r"^A\d$", r)]:
        s42 += (1 if vn(W, T42, nr) == "V" else -1) * cellor0(W, T42, nr, y)
    tot = cellor0(W, T42, "Totaal autonome ontwikkelingen", y)
    ok(close(s42, -tot) and vn(W, T42, "Totaal autonome ontwikkelingen") == "N", f"W 4.2 total {y}")
    ok(close(-tot, g("Autonome ontwikkelingen (tabel 4.2)")), f"W 4.2 = 4.1 {y}")
    s43 = 0
    for p in ["P1", "P2", "P3", "P4", "P5"]:
        sp = 0
        for nr in [r for r in rows_of(W, T43) if r.startswith(p + ".")]:
            sp += (1 if vn(W, T43, nr) == "V" else -1) * cellor0(W, T43, nr, y)
        sub = cellor0(W, T43, f"Subtotaal {p}", y)
        ok(close(sp, -sub), f"W 4.3 subtotaal {p} {y}")
        s43 += sp
    ok(close(s43, -cellor0(W, T43, "Totaal bijstellingen per programma", y)), f"W 4.3 total {y}")
    ok(close(s43, g("Bijstellingen per programma (tabel 4.3)")), f"W 4.3 = 4.1 {y}")
    s51 = sum(cellor0(W, T51, nr, y) for nr in rows_of(W, T51) if re.match(r"^N\d$", nr))
    inc = sum(cellor0(W, T51, nr, y) for nr in rows_of(W, T51) if re.match(r"^N\d$", nr)
              and W.cell(T51, nr, "I/S")["text"] == "I")
    ok(close(s51, cellor0(W, T51, "Totaal nieuw beleid", y)) and close(-s51, g("Nieuw beleid (tabel 5.1)")),
       f"W 5.1 total {y}")
    ok(close(inc, cellor0(W, T51, "waarvan incidenteel (dekking algemene reserve)", y))
       and close(inc, g("Dekking incidenteel nieuw beleid uit de algemene reserve")), f"W 5.1 incidenteel {y}")
# investeringen and their kapitaallasten (omslagrente 0%)
T61 = "Tabel 6.1 - Toevoegingen aan het investeringsplan"
inv = [r for r in rows_of(W, T61) if re.match(r"^I\d$", r)]
ok(close(sum(wv(T61, i, "Krediet") for i in inv), wv(T61, "Totaal", "Krediet")), "W 6.1 total krediet")
for i in inv:
    ok(abs(wv(T61, i, "Krediet") / wv(T61, i, "Termijn (jaren)") - wv(T61, i, "Kapitaallasten per jaar")) < 0.5,
       f"W 6.1 kapitaallasten {i}")
for y in ["2026", "2027", "2028"]:
    kl = sum(wv(T61, i, "Kapitaallasten per jaar") for i in inv if wv(T61, i, "Kapitaallasten vanaf") <= int(y))
    ok(round(kl / 1000) == cellor0(W, T51, "N8", y), f"W kapitaallasten N8 {y}")
# reserves
T71 = "Tabel 7.1 - Verloop reserves 2025"
cols71 = ["Stand 1-1-2025", "Resultaat-bestemming 2024", "Toevoegingen 2025", "Onttrekkingen 2025", "Stand 31-12-2025"]
res_rows = [r for r in rows_of(W, T71) if r != "Totaal reserves"]
res_rows = [r for r in res_rows if not r.startswith("BR") or True]
full = W.row_labels(T71, 6)
for r in full:
    if r == "Totaal reserves":
        continue
    a, b, c_, dd, e_ = (wv(T71, r, c) for c in cols71)
    ok(close(a + b + c_ - dd, e_), f"W 7.1 row {r}")
for c in cols71:
    ok(close(sum(wv(T71, r, c) for r in full if r != "Totaal reserves"), wv(T71, "Totaal reserves", c)),
       f"W 7.1 total {c}")
T32 = "Tabel 3.2 - Analyse resultaat 2024"
ok(close(wv(T71, "Totaal reserves", "Resultaat-bestemming 2024"), wv(T32, "Resultaat", "Saldo rekening 2024")),
   "W resultaatbestemming = resultaat")
rows32 = W.row_labels(T32, 5)
prog32 = rows32[:rows32.index("Saldo van baten en lasten")]
for col in ["Saldo begroting 2024 na wijziging", "Saldo rekening 2024"]:
    ok(close(sum(wv(T32, r, col) for r in prog32), wv(T32, "Saldo van baten en lasten", col)), f"W 3.2 {col}")
    ok(close(wv(T32, "Saldo van baten en lasten", col) + wv(T32, "Mutaties reserves", col), wv(T32, "Resultaat", col)),
       f"W 3.2 resultaat {col}")
for r in rows32:
    d_ = wv(T32, r, "Saldo rekening 2024") - wv(T32, r, "Saldo begroting 2024 na wijziging")
    ok(close(abs(d_), wv(T32, r, "Afwijking")) and vn(W, T32, r) == ("V" if d_ > 0 else "N"), f"W 3.2 afwijking {r}")
T31 = "Tabel 3.1 - Financiële positie"
ok(close(wv(T31, "Algemene reserve (vrij besteedbaar)", "31-12-2024"),
         round(wv(T71, "Algemene reserve (vrij besteedbaar)", "Stand 1-1-2025") / 100) / 10), "W 3.1 = 7.1 (mln)")
ok(close(wv(T31, "Totaal reserves", "31-12-2024"), round(wv(T71, "Totaal reserves", "Stand 1-1-2025") / 100) / 10),
   "W 3.1 total reserves = 7.1 (mln)")
T81, T82 = "Tabel 8.1 - Risico's", "Tabel 8.2 - Ratio weerstandsvermogen"
rk = W.row_labels(T81, 4)
for r in rk:
    ok(abs(wv(T81, r, "Bedrag impact") * wv(T81, r, "Kans") / 100 - wv(T81, r, "Bedrag x kans")) < 0.51,
       f"W 8.1 {r}")
sub = sum(wv(T81, r, "Bedrag x kans") for r in rk)
ok(close(sub, wv(T81, "Subtotaal gekwantificeerde risico's", "Bedrag x kans")), "W 8.1 subtotaal")
ok(close(sub + wv(T81, "Overige risico's (10%)", "Bedrag x kans"), wv(T81, "Benodigde weerstandscapaciteit",
                                                                      "Bedrag x kans")), "W 8.1 total")
cap_ = wv(T82, "Beschikbare weerstandscapaciteit", "Bedrag")
ok(close(cap_, wv(T71, "Algemene reserve (vrij besteedbaar)", "Stand 1-1-2025")
         + wv(T71, "Algemene reserve (vrij besteedbaar)", "Resultaat-bestemming 2024")
         + wv(T71, "Algemene reserve weerstandsvermogen", "Stand 1-1-2025")), "W 8.2 capaciteit = reserves")
ok(close(round(cap_ / wv(T82, "Benodigde weerstandscapaciteit (tabel 8.1)", "Bedrag"), 1),
         wv(T82, "Ratio weerstandsvermogen", "Bedrag")), "W 8.2 ratio")
ok(W.prose("het restant van € 1.596.213 toevoegen") and W.prose("De jaarrekening 2024 sluit met een positief "
                                                                 "resultaat van € 2.846.213"), "W prose result")

# ---- Regio Twente
GEM = ["Almelo", "Borne", "Dinkelland", "Enschede", "Haaksbergen", "Hellendoorn", "Hengelo", "Hof van Twente",
       "Losser", "Oldenzaal", "Rijssen-Holten*", "Tubbergen", "Twenterand", "Wierden"]
ok(R.prose("Het tarief 2024 is € 65,28 per inwoner"), "RT tarief in prose")
tar = re.search(r"opgebouwd uit: (.*?)\. De plustaken", norm(R.page_text(R.find_caption("Tabel 4.1 Inwonerbijdrage")[0])))
parts = dict(re.findall(r"([A-Z][a-z][^;€]*?) € (\d+,\d\d)", tar.group(1))) if tar else {}
ok(len(parts) == 5 and close(sum(parse_num(v) for v in parts.values()), 65.28), f"RT tarief parts {parts}")
T41r, T42r, T61r = "Tabel 4.1 Inwonerbijdrage", "Tabel 4.2 Bijdragen per gemeente", "Tabel 6.1 Terugbetaling"
comps = ["Publieke gezondheid", "Jeugdgezondheidszorg", "Sociaal domein / Zorg", "Regionale samenwerking",
         "Bedrijfsvoering"]
for g_ in GEM:
    inw = rv(T41r, g_, "Inwoners 1-1-2023")
    tot = 0
    for cpt in comps:
        want = 0 if (g_ == "Rijssen-Holten*" and cpt == "Jeugdgezondheidszorg") else round(inw * parse_num(parts[cpt]))
        got = rv(T41r, g_, cpt)
        ok(close(got, want), f"RT 4.1 {g_} {cpt}: {got} vs {want}")
        tot += got
    ok(close(tot, rv(T41r, g_, "Totaal basistaken")), f"RT 4.1 total {g_}")
    ok(close(rv(T42r, g_, "Basistaken"), tot), f"RT 4.2 basistaken {g_}")
    ok(close(rv(T42r, g_, "Basistaken") + rv(T42r, g_, "Plustaken en maatwerk begroot"), rv(T42r, g_, "Totaal begroot")),
       f"RT 4.2 begroot {g_}")
    ok(close(rv(T42r, g_, "Basistaken") + rv(T42r, g_, "Plustaken en maatwerk werkelijk"),
             rv(T42r, g_, "Totaal werkelijk")), f"RT 4.2 werkelijk {g_}")
    ok(close(round(rv(T42r, g_, "Totaal werkelijk") / inw, 2), rv(T42r, g_, "Per inwoner (werkelijk)")),
       f"RT 4.2 per inwoner {g_}")
    ok(close(rv(T61r, g_, "Bijdrage basistaken 2024"), tot), f"RT 6.1 basis {g_}")
for col in ["Inwoners 1-1-2023"] + comps + ["Totaal basistaken"]:
    ok(close(sum(rv(T41r, g_, col) for g_ in GEM), rv(T41r, "Totaal", col)), f"RT 4.1 total {col}")
for col in ["Basistaken", "Plustaken en maatwerk begroot", "Plustaken en maatwerk werkelijk", "Totaal begroot",
            "Totaal werkelijk"]:
    ok(close(sum(rv(T42r, g_, col) for g_ in GEM), rv(T42r, "Totaal", col)), f"RT 4.2 total {col}")
ok(close(sum(rv(T61r, g_, "Terugbetaling") for g_ in GEM), rv(T61r, "Totaal", "Terugbetaling")), "RT 6.1 total")
T51r = "Tabel 5.1 Overzicht van baten en lasten"
c51 = ["Realisatie 2023", "Begroting 2024 primitief", "Begroting 2024 na wijziging", "Realisatie 2024"]
c2 = ["Realisatie 2023", "2024 Begroting primitief", "2024 Begroting na wijziging", "2024 Realisatie"]
progs = [("Tabel 2.1b", "Publieke gezondheid (GGD Twente)"), ("Tabel 2.2b", "Jeugdgezondheidszorg"),
         ("Tabel 2.3b", "Sociaal domein / Zorg"), ("Tabel 2.4b", "Regionale samenwerking"),
         ("Tabel 2.5b", "Bedrijfsvoering")]
res_total = rv("Tabel 1.1 Kerncijfers", "Resultaat 2024", "2024")
for ci, (a, b) in enumerate(zip(c51, c2)):
    L = B = 0
    for cap, name in progs:
        la, ba, sa = rv(cap, "Lasten", b), rv(cap, "Baten", b), rv(cap, "Saldo", b)
        ok(close(ba - la, sa), f"RT {cap} saldo {b}")
        ok(round(la / 1000) == rv(T51r, name, a, group="Lasten"), f"RT 5.1 lasten {name} {a}")
        ok(round(ba / 1000) == rv(T51r, name, a, group="Baten"), f"RT 5.1 baten {name} {a}")
        L += la
        B += ba
        if ci == 3:
            for row, sign in (("Lasten", -1), ("Baten", 1), ("Saldo", 1)):
                dv = sign * (rv(cap, row, "2024 Realisatie") - rv(cap, row, "2024 Begroting na wijziging"))
                ok(close(abs(dv), rv(cap, row, "2024 Verschil"))
                   and R.cell(cap, row, "V/N")["text"] == ("V" if dv > 0 else "N"), f"RT {cap} verschil {row}")
    ok(abs(round(L / 1000) - rv(T51r, "Totaal lasten", a)) <= 1, f"RT 5.1 totaal lasten {a}")
    bij = rv(T51r, "Bijdragen gemeenten basistaken", a) + rv(T51r, "Bijdragen gemeenten plustaken en maatwerk", a)
    ok(abs(round(B / 1000) + bij - rv(T51r, "Totaal baten", a)) <= 2, f"RT 5.1 totaal baten {a}")
    saldo = rv(T51r, "Saldo van baten en lasten", a)
    ok(abs(rv(T51r, "Totaal baten", a) - rv(T51r, "Totaal lasten", a) - saldo) <= 1, f"RT 5.1 saldo {a}")
    ok(abs(saldo - rv(T51r, "Toevoegingen aan reserves", a) + rv(T51r, "Onttrekkingen aan reserves", a)
           - rv(T51r, "Resultaat", a)) <= 1, f"RT 5.1 resultaat {a}")
ok(round(rv(T42r, "Totaal", "Basistaken") / 1000) == rv(T51r, "Bijdragen gemeenten basistaken", "Realisatie 2024"),
   "RT 5.1 basistaken = 4.2")
ok(round(rv(T42r, "Totaal", "Plustaken en maatwerk werkelijk") / 1000)
   == rv(T51r, "Bijdragen gemeenten plustaken en maatwerk", "Realisatie 2024"), "RT 5.1 plustaken = 4.2")
ok(round(res_total / 1000) == rv(T51r, "Resultaat", "Realisatie 2024"), "RT resultaat = 5.1")
ok(close(res_total - 300000 - 200000, rv(T61r, "Totaal", "Terugbetaling")), "RT terugbetaling = resultaat - 500.000")
T53 = "Tabel 5.3 Verloop van de reserves"
c53 = ["Stand 1-1-2024", "Bestemming resultaat 2023", "Toevoegingen", "Onttrekkingen", "Stand 31-12-2024"]
r53 = [r for r in R.row_labels(T53, 6) if r != "Totaal reserves"]
for r in r53:
    a, b, c_, dd, e_ = (rv(T53, r, c) for c in c53)
    ok(close(a + b + c_ - dd, e_), f"RT 5.3 {r}")
for c in c53:
    ok(close(sum(rv(T53, r, c) for r in r53), rv(T53, "Totaal reserves", c)), f"RT 5.3 total {c}")
ok(round(rv(T53, "Totaal reserves", "Toevoegingen") / 1000) == rv(T51r, "Toevoegingen aan reserves", "Realisatie 2024"),
   "RT toevoegingen = 5.1")
ok(round(rv(T53, "Totaal reserves", "Onttrekkingen") / 1000) == rv(T51r, "Onttrekkingen aan reserves", "Realisatie 2024"),
   "RT onttrekkingen = 5.1")
T52 = "Tabel 5.2 Balans"
bal = [(l[0].text, len(l)) for _, l in R.table(T52)["body"]]
act = [r for r, n in bal[bal.index(("Activa", 1)) + 1:bal.index(("Totaal activa", 3))]]
pas = [r for r, n in bal[bal.index(("Passiva", 1)) + 1:bal.index(("Totaal passiva", 3))]]
for col in ["31-12-2024", "31-12-2023"]:
    ok(close(sum(rv(T52, r, col) for r in act), rv(T52, "Totaal activa", col)), f"RT balans activa {col}")
    ok(close(sum(rv(T52, r, col) for r in pas), rv(T52, "Totaal passiva", col)), f"RT balans passiva {col}")
ok(round((rv(T53, "Totaal reserves", "Stand 31-12-2024") + res_total) / 1000) == rv(T52, "Eigen vermogen", "31-12-2024"),
   "RT eigen vermogen = reserves + resultaat")
ok(close(round(100 * rv(T52, "Eigen vermogen", "31-12-2024") / rv(T52, "Totaal passiva", "31-12-2024"), 1),
         rv("Tabel 3.2 Financiële kengetallen", "Solvabiliteitsratio", "Realisatie 2024")), "RT solvabiliteit")
T31r = "Tabel 3.1 Risico's en weerstandsvermogen"
rr = R.row_labels(T31r, 4)
ok(close(sum(rv(T31r, r, "Effect x kans") for r in rr), rv(T31r, "Benodigde weerstandscapaciteit", "Effect x kans")),
   "RT benodigde capaciteit")
ok(close(rv(T31r, "Beschikbare weerstandscapaciteit (algemene reserve 31-12-2024)", "Effect x kans"),
         rv(T53, "Algemene reserve", "Stand 31-12-2024")), "RT capaciteit = algemene reserve")
ok(close(round(rv(T31r, "Beschikbare weerstandscapaciteit (algemene reserve 31-12-2024)", "Effect x kans")
               / rv(T31r, "Benodigde weerstandscapaciteit", "Effect x kans"), 2),
         rv(T31r, "Ratio weerstandsvermogen", "Effect x kans")), "RT ratio")
T33 = "Tabel 3.3 Formatie en bezetting"
fr = [r for r in R.row_labels(T33, 4) if r != "Totaal"]
for col in ["Formatie (fte)", "Bezetting (fte)", "Medewerkers (aantal)"]:
    ok(close(round(sum(rv(T33, r, col) for r in fr), 1), rv(T33, "Totaal", col)), f"RT fte {col}")
T54 = "Tabel 5.4 Bezoldiging topfunctionarissen"
for f_ in ["Secretaris / algemeen directeur", "Directeur Publieke Gezondheid", "Directeur Veilig Thuis Twente"]:
    s_ = rv(T54, "Beloning plus belastbare onkostenvergoedingen", f_) + rv(T54, "Beloningen betaalbaar op termijn", f_)
    ok(close(s_, rv(T54, "Subtotaal", f_)) and close(s_, rv(T54, "Totale bezoldiging", f_))
       and s_ <= rv(T54, "Individueel toepasselijk bezoldigingsmaximum", f_), f"RT WNT {f_}")
ok(close(rv("Tabel 1.1 Kerncijfers", "Totale lasten 2024", "2024"),
         sum(rv(c, "Lasten", "2024 Realisatie") for c, _ in progs)), "RT kerncijfer lasten")

# ------------------------------------------------------------------------------------------ layout checklist
feat = {
    "W: Tabel 3.1 in x € 1 mln with one decimal": bool(W.table("Tabel 3.1 - Financiële positie")["caption"]),
    "W: I/S and V/N columns beside four years (Tabel 4.2, 4.3)": "I/S" in [c[0] for c in W.table(T43)["cols"]],
    "W: 'Stand na voorjaarsnota' subtotal between groups (Tabel 4.1)": bool(W.cell(T41, "Stand na voorjaarsnota", "2025")),
    "W: blank cells in 4.2/4.3, '-' in 5.1, '0' in 7.1": W.cell(T51, "N2", "2027")["text"] == "-"
    and W.cell(T71, "BR kunstopdrachten", "Toevoegingen 2025")["text"] == "0",
    "W: note marker '*' after a row label (A5) with its footnote": "meicirculaire 2025*" in W.page_text(W.table(T42)["page"])
    and "* Eerste inschatting" in W.page_text(W.table(T42)["page"]),
    "RT: thin space U+2009 as thousands separator": "\u2009" in R.cell(T42r, "Enschede", "Totaal werkelijk")["text"],
    "RT: '2024' printed once over four sub-columns": R.cell("Tabel 2.2b", "Lasten", "2024 Verschil")["column"] == "2024 Verschil",
    "RT: gemeenten as rows with per inwoner and total (Tabel 4.2)": bool(R.cell(T42r, "Borne", "Per inwoner (werkelijk)")),
    "RT: '*' after Rijssen-Holten with its footnote": "Rijssen-Holten*" in R.page_text(R.table(T41r)["page"]),
    "RT: Tabel 5.1 continues on the next page under its repeated header": R.table(T51r)["continued_on"] is not None,
    "RT: WNT table with the functionaries as columns": bool(R.cell(T54, "Subtotaal", "Directeur Publieke Gezondheid")),
}
for k_, v_ in feat.items():
    ok(v_, f"layout feature: {k_}")

print(f"set-ay check: {NCHECK[0]} checks, {len(FAIL)} failed; turns {kinds}; figure turns {n_fig} "
      f"({n_comp} computed); conversations {sum(1 for c in cases_doc['cases'] if 'turns' in c)}")
for k_ in feat:
    print("  [x]" if feat[k_] else "  [ ]", k_)
for f_ in FAIL[:60]:
    print("FAIL", f_)
sys.exit(1 if FAIL else 0)
