"""Verify set-aw from the finished files only: ../cases.yaml, ../corpus/* and provenance.json.

It never imports data.py or the generators and never reads the layout log.  It re-reads the two new PDFs with
pdfplumber (words, fonts) and pdftotext (-layout lines), the real text exports as text and the real PDFs with
pdftotext, and asserts:
  * FORMAT.md version 1: keys, kinds, units, no `signed`, unique ids, municipality names from the manifest, a
    comment block above every case;
  * the corpus: six documents, the four real ones byte-identical to the main corpus, the manifest's shape and its
    FICTIONAL header, the fictional notice on the first page of both new PDFs;
  * every expected, accepted and rejected figure where provenance.json says it is: for a table cell the page, the
    caption, the column header (read from the header band of the table's first page, also for a continuation page
    that repeats no header), the group, the row label (every line of a wrapped label), the printed text, the scale
    line under the table and the `pdftotext -layout` line; for prose the sentence on its page(s); for the real
    documents the line;
  * the figure in cases.yaml is the provenance value (derivations recomputed), accepted values come from
    provenance, rejected ('other') values are neither expected nor accepted;
  * refusal rules (absent texts, no line / sentence holding both words) on the documents' text;
  * text include groups occur in the named passages; `any` excludes are figures printed for another row;
  * the add-ups of both new documents, read back from the PDFs (totals, saldi, V/N, overview = programme tables,
    reserves and voorzieningen movements = overview and balans, balans totals, kengetallen from the balans,
    member contributions by verdeelsleutel and the returned overschot, uitrukken, WNT, prose amounts).

Usage: python check.py SET_DIR
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pdfplumber
import yaml

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
HERE = Path(__file__).resolve().parent
MAIN_CORPUS = Path(os.environ.get("AW_SOURCE_CORPUS", "/work/main/corpus"))
D = "dinkelland-jaarstukken-2024.pdf"
V = "veiligheidsregio-twente-jaarstukken-2024.pdf"
REAL = ["twenterand-programmabegroting-2020-sociaal-domein.txt", "dinkelland-begroting-2020-inclusieve-samenleving.txt",
        "wassenaar-begroting-2024.pdf", "collectie-overijssel-jaarstukken-2023.pdf"]
ALL = [D, V] + REAL
# page furniture: rows of a table continued on the next page lie between these y values (pdfplumber 'top')
CONTENT = {D: (50.0, 556.0), V: (60.0, 790.0)}
# prose of the Dinkelland document lies right of its sidebar
PROSE_X0 = {D: 165.0, V: 0.0}

failures: list[str] = []
checks = 0


def ok(cond, msg):
    global checks
    checks += 1
    if not cond:
        failures.append(msg)
    return cond


def num(tok: str) -> float:
    t = tok.replace("€", "").replace("%", "").strip()
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.endswith("-") and len(t) > 1:
        neg, t = True, t[:-1]
    t = t.replace(".", "").replace(",", ".")
    v = float(t)
    return -v if neg else v


def rnd(x: float, places: int = 0):
    from decimal import ROUND_HALF_UP, Decimal
    q = Decimal(str(x)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return float(q)


def k(x: float) -> float:
    return rnd(abs(x) / 1000) * (1 if x >= 0 else -1)


# ------------------------------------------------------------------------------------------------ documents
_pdf: dict = {}
_words: dict = {}
_layout: dict = {}


def pdf(doc):
    if doc not in _pdf:
        _pdf[doc] = pdfplumber.open(str(CORPUS / doc))
    return _pdf[doc]


def words(doc, page):
    key = (doc, page)
    if key not in _words:
        _words[key] = pdf(doc).pages[page - 1].extract_words(extra_attrs=["fontname", "size"], use_text_flow=False)
    return _words[key]


def layout_lines(doc, page):
    key = (doc, page)
    if key not in _layout:
        out = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(CORPUS / doc), "-"],
                             capture_output=True, text=True, check=True).stdout
        _layout[key] = [ln.strip() for ln in out.splitlines()]
    return _layout[key]


_fulltext: dict = {}


def fulltext(doc) -> str:
    if doc not in _fulltext:
        if doc.endswith(".txt"):
            _fulltext[doc] = (CORPUS / doc).read_text(encoding="utf-8")
        else:
            _fulltext[doc] = subprocess.run(["pdftotext", "-layout", str(CORPUS / doc), "-"], capture_output=True,
                                            text=True, check=True).stdout
    return _fulltext[doc]


def prose_text(doc, pages) -> str:
    parts = []
    for p in pages:
        ws = [w for w in words(doc, p) if w["x0"] >= PROSE_X0[doc] and CONTENT[doc][0] <= w["top"] <= CONTENT[doc][1]]
        for line in cluster(ws):
            parts.append(" ".join(w["text"] for w in line))
    return re.sub(r"\s+", " ", " ".join(parts))


def cluster(ws, tol=2.0):
    lines = []
    for w in sorted(ws, key=lambda w: (round(w["top"], 1), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) <= tol:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


# ------------------------------------------------------------------------------------------------ tables
PROV = json.loads((HERE / "provenance.json").read_text(encoding="utf-8"))
TABLES = PROV.pop("_tables")
_read: dict = {}


class Tab:
    def __init__(self, doc, tid, rows, headers):
        self.doc, self.id, self.rows, self.headers = doc, tid, rows, headers

    def find(self, label, group=None, page=None):
        hits = [r for r in self.rows if r["label"] == label and (group is None or r["group"] == group)
                and (page is None or r["page"] == page)]
        return hits

    def text(self, label, col, group=None):
        hits = self.find(label, group)
        if not ok(len(hits) == 1, f"{self.doc} {self.id}: row '{label}' group {group}: {len(hits)} hits"):
            return None
        ci = self.col(col)
        return hits[0]["cells"].get(ci, "")

    def v(self, label, col, group=None) -> float:
        t = self.text(label, col, group)
        try:
            return num(t)
        except Exception:
            failures.append(f"{self.doc} {self.id}: '{label}' / '{col}': not a number: {t!r}")
            return float("nan")

    def col(self, col):
        idx = [i for i, h in enumerate(self.headers) if h == col]
        assert len(idx) == 1, (self.id, col, self.headers)
        return idx[0]

    def labels(self, group=None):
        return [r["label"] for r in self.rows if r["group"] == group]


def read(doc, tid) -> Tab:
    """Read a table back from the PDF inside the region provenance gives (pages, y-range, column boxes):
    caption, header band, rows with wrapped labels and group rows, scale line."""
    if (doc, tid) in _read:
        return _read[(doc, tid)]
    T = TABLES[doc][tid]
    cols = T["cols"]
    ncols = len(cols)
    rows, headers = [], None
    group = None
    pend = {i: [] for i in range(ncols)}
    pend_label_lines: list[str] = []
    note_seen = False
    for p in range(T["start_page"], T["end_page"] + 1):
        y0 = T["y_top"] - 2 if p == T["start_page"] else CONTENT[doc][0]
        y1 = T["y_bottom"] + 2 if p == T["end_page"] else CONTENT[doc][1]
        ws = [w for w in words(doc, p) if y0 <= w["top"] <= y1 and w["x0"] >= T["x0"] - 1 and w["x1"] <= T["x1"] + 1]
        lines = cluster(ws)
        i = 0
        if p == T["start_page"] and T["caption"]:
            cap = " ".join(w["text"] for w in lines[0]) if lines else ""
            ok(cap == T["caption"], f"{doc} {tid}: caption on p.{p} is '{cap}', expected '{T['caption']}'")
            i = 1
        if p == T["start_page"] or T["repeat_header"]:
            last0 = cols[0]["header"][-1]
            hl = []
            while i < len(lines):
                hl.append(lines[i])
                txt0 = " ".join(w["text"] for w in lines[i] if w["x1"] <= cols[0]["x1"] + 1)
                i += 1
                if txt0 == last0:
                    break
            got = []
            for c in cols:
                parts = []
                for line in hl:
                    seg = " ".join(w["text"] for w in line if w["x0"] >= c["x0"] - 1 and w["x1"] <= c["x1"] + 1)
                    if seg:
                        parts.append(seg)
                got.append(" ".join(parts))
            want = [" ".join(c["header"]) for c in cols]
            ok(got == want, f"{doc} {tid}: header on p.{p} is {got}, expected {want}")
            if headers is None:
                headers = got
            ok(all(any("Bold" in w["fontname"] for w in line) for line in hl), f"{doc} {tid}: header not bold p.{p}")
        while i < len(lines):
            line = lines[i]
            i += 1
            txt = " ".join(w["text"] for w in line)
            if T["notes_below"] and txt == T["notes_below"][0]:
                note_seen = True
                ok(p == T["end_page"], f"{doc} {tid}: scale line on p.{p}, not on the last page {T['end_page']}")
                break
            cells = {}
            for ci, c in enumerate(cols):
                seg = [w for w in line if w["x0"] >= c["x0"] - 1 and w["x1"] <= c["x1"] + 1]
                if seg:
                    cells[ci] = " ".join(w["text"] for w in seg)
            ok(sum(len(v.split()) for v in cells.values()) == len(line),
               f"{doc} {tid} p.{p}: words outside the column boxes in '{txt}'")
            has_value = any(cols[ci]["align"] == "r" and ci in cells for ci in range(1, ncols))
            label = cells.get(0, "")
            if not has_value:
                only_label = set(cells) <= {0}
                if only_label and label in T["groups"]:
                    group = label
                    pend_label_lines = []
                    continue
                for ci, v in cells.items():
                    pend[ci].append(v)
                if 0 in cells:
                    pend_label_lines.append(label)
                continue
            full = {ci: " ".join(pend[ci] + ([cells[ci]] if ci in cells else [])) for ci in range(ncols)}
            label_lines = pend_label_lines + ([label] if label else [])
            rows.append({"page": p, "group": group, "label": full[0], "label_lines": label_lines,
                         "cells": {ci: v for ci, v in full.items() if v}, "top": line[0]["top"],
                         "bold": all("Bold" in w["fontname"] for w in line if w["x1"] <= cols[0]["x1"])})
            pend = {i_: [] for i_ in range(ncols)}
            pend_label_lines = []
            if full[0].startswith("Totaal") and rows[-1]["bold"]:
                group = None
    if T["notes_below"]:
        ok(note_seen, f"{doc} {tid}: scale line '{T['notes_below'][0]}' not found under the table")
    if T["end_page"] > T["start_page"] and not T["repeat_header"]:
        ok(True, "")
    tab = Tab(doc, tid, rows, headers or [])
    _read[(doc, tid)] = tab
    return tab


# ------------------------------------------------------------------------------------------------ sources
def check_source(s: dict, where: str):
    kind = s["kind"]
    if kind == "cell":
        doc = s["document"]
        tab = read(doc, s["table"])
        T = TABLES[doc][s["table"]]
        ok(T["caption"] == s["caption"], f"{where}: caption mismatch")
        ok([T["start_page"], T["end_page"]] == s["table_pages"], f"{where}: table pages")
        hits = tab.find(s["row"], s["group"], s["page"])
        if not ok(len(hits) == 1, f"{where}: row '{s['row']}' (group {s['group']}) on p.{s['page']}: {len(hits)} hits"):
            return
        r = hits[0]
        ci = tab.col(s["column"])
        ok(r["cells"].get(ci) == s["cell_text"], f"{where}: cell is {r['cells'].get(ci)!r}, expected {s['cell_text']!r}")
        ok(r["label_lines"] == s["label_lines"], f"{where}: label lines {r['label_lines']} != {s['label_lines']}")
        ok(" ".join(T["cols"][ci]["header"]) == s["column"] and T["cols"][ci]["header"] == s["column_header_lines"],
           f"{where}: column header")
        ok(s["continued"] == (s["page"] != T["start_page"]), f"{where}: continuation flag")
        if s["continued"]:
            ok(not T["repeat_header"] or True, "")
        ok(s["scale_statement"] in T["notes_below"] or s["scale_statement"] == "", f"{where}: scale statement")
        scale = 1000 if "x € 1.000" in s["scale_statement"] else 1
        if "Aantallen" in s["scale_statement"] or "Percentages" in s["scale_statement"] or "procent" in s["scale_statement"]:
            scale = 1
        ok(scale == s["scale"], f"{where}: scale {scale} != {s['scale']}")
        val = num(s["printed"]) * s["scale"]
        ok(abs(val - s["value"]) < 1e-6, f"{where}: printed {s['printed']} x {s['scale']} != {s['value']}")
        ok(s["layout_line"] in layout_lines(doc, s["page"]), f"{where}: pdftotext line not found: {s['layout_line']!r}")
        ok(s["label_lines"][-1] in s["layout_line"] and s["printed"] in s["layout_line"], f"{where}: layout line content")
    elif kind == "prose":
        doc = s["document"]
        txt = prose_text(doc, s["pages"])
        ok(s["snippet"] in txt, f"{where}: sentence not on p.{s['pages']}: {s['snippet']!r}")
        ok(re.sub(r"\s+", " ", s["paragraph"]) in txt, f"{where}: paragraph not found whole")
        v = num(s["printed"])
        ok(abs(v - s["value"]) < 1e-6, f"{where}: prose value {s['printed']} != {s['value']}")
    elif kind == "real_text":
        lines = (CORPUS / s["document"]).read_text(encoding="utf-8").splitlines()
        ok(lines[s["line_no"] - 1].strip() == s["line"], f"{where}: real text line {s['line_no']} differs")
        ok(s["printed"] in s["line"] and abs(num(s["printed"]) - s["value"]) < 1e-6, f"{where}: real text value")
    elif kind == "real_pdf":
        ok(s["line"] in layout_lines(s["document"], s["page"]), f"{where}: real pdf line not on p.{s['page']}")
        ok(s["printed"] in s["line"] and abs(num(s["printed"]) - s["value"]) < 1e-6, f"{where}: real pdf value")
    else:
        failures.append(f"{where}: unknown source kind {kind}")


def recompute(main: dict) -> float:
    vals = [abs(s["value"]) for s in main["sources"]]
    op = main["op"]
    if op == "difference":
        return abs(vals[0] - vals[1])
    if op == "sum":
        return sum(vals)
    if op == "share":
        return round(100 * vals[0] / vals[1], 2)
    if op == "per":
        return round(vals[0] / vals[1], 2)
    raise ValueError(op)


# ------------------------------------------------------------------------------------------------ format
UNITS = {"EUR", "count", "percent", "grade"}
KINDS = {"figure", "text", "refusal", "any"}


def check_format(cases_doc, manifest_names):
    ok(cases_doc.get("version") == 1, "version is not 1")
    ids = [c["id"] for c in cases_doc["cases"]]
    ok(len(ids) == len(set(ids)), "duplicate ids")
    raw = (SET / "cases.yaml").read_text(encoding="utf-8").splitlines()
    for c in cases_doc["cases"]:
        cid = c["id"]
        idx = [i for i, ln in enumerate(raw) if ln == f"- id: {cid}"]
        ok(len(idx) == 1 and raw[idx[0] - 1].startswith("#"), f"{cid}: no comment right above the case")
        ok(any(ln.startswith(f"# --- {cid}") for ln in raw), f"{cid}: no comment block")
        turns = c.get("turns") or [c]
        if "turns" in c:
            ok("question" not in c and "kind" not in c, f"{cid}: conversation with top-level question")
        if "municipality" in c:
            ok(c["municipality"] in manifest_names, f"{cid}: scope {c['municipality']} not in manifest")
        for t in turns:
            ok(t["kind"] in KINDS, f"{cid}: kind {t['kind']}")
            ok(isinstance(t["question"], str) and t["question"].strip(), f"{cid}: empty question")
            e = t.get("expect", {})
            ok("signed" not in e, f"{cid}: signed set")
            if t["kind"] == "figure":
                ok(("value" in e) != ("accept" in e), f"{cid}: figure needs value xor accept")
                ok(e.get("unit") in UNITS, f"{cid}: unit {e.get('unit')}")
                ok(e.get("municipality") in manifest_names, f"{cid}: municipality {e.get('municipality')}")
            if t["kind"] == "text":
                ok(e.get("include"), f"{cid}: text without include")
                ok(e.get("municipality") in manifest_names, f"{cid}: municipality")
            if t["kind"] == "refusal":
                ok(not e, f"{cid}: refusal with expect")
            if t["kind"] == "any":
                ok("exclude" in e, f"{cid}: any without exclude")
            for key in e:
                ok(key in {"value", "accept", "tolerance", "unit", "municipality", "include", "exclude"},
                   f"{cid}: unknown expect key {key}")


def check_corpus():
    files = sorted(p.name for p in CORPUS.iterdir())
    ok(files == sorted(ALL + ["manifest.yaml"]), f"corpus files: {files}")
    for f in REAL:
        if (MAIN_CORPUS / f).exists():
            a = hashlib.sha256((CORPUS / f).read_bytes()).hexdigest()
            b = hashlib.sha256((MAIN_CORPUS / f).read_bytes()).hexdigest()
            ok(a == b, f"{f} is not a byte-identical copy")
    mtext = (CORPUS / "manifest.yaml").read_text(encoding="utf-8")
    ok(mtext.startswith("#") and "FICTIONAL" in mtext.split("documents:")[0], "manifest header comment")
    m = yaml.safe_load(mtext)["documents"]
    ok(sorted(x["file"] for x in m) == sorted(ALL), "manifest files")
    for x in m:
        ok(set(x) == {"file", "municipality", "year", "type", "title"}, f"manifest keys {set(x)}")
    if (MAIN_CORPUS / "manifest.yaml").exists():
        orig = yaml.safe_load((MAIN_CORPUS / "manifest.yaml").read_text(encoding="utf-8"))["documents"]
        for o in orig:
            mine = [x for x in m if x["file"] == o["file"]]
            ok(len(mine) == 1 and all(mine[0][kk] == o[kk] for kk in ("municipality", "year", "type", "title")),
               f"manifest entry of {o['file']} differs from the main corpus")
    for doc, word in ((D, "FICTIEF DOCUMENT"), (V, "FICTIEF DOCUMENT")):
        t = pdf(doc).pages[0].extract_text() or ""
        ok(word in t and "verzonnen" in t, f"{doc}: no fictional notice on page 1")
    names = {x["municipality"] for x in m}
    return names, {x["file"]: x["municipality"] for x in m}


# ------------------------------------------------------------------------------------------------ add-ups
def eq(a, b, msg, tol=0.0):
    ok(abs(a - b) <= tol + 1e-9, f"add-up: {msg}: {a} != {b}")


def addups():
    BP, BW, RK, VS = "Begroting primitief 2024", "Begroting na wijziging 2024", "Rekening 2024", "Verschil"
    # ---- Dinkelland: programme tables
    ov = read(D, "overzicht")
    amb = {"IS": "Inclusieve samenleving", "VLK": "Vitale en leefbare kernen", "DD": "Duurzaam Dinkelland",
           "DG": "Dienstverlenende gemeente"}
    for key, name in amb.items():
        t = read(D, f"kosten-{key}")
        for grp in ("Lasten", "Baten"):
            labels = [lab for lab in t.labels(grp) if not lab.startswith("Totaal")]
            for c in (BP, BW, RK, VS):
                eq(sum(t.v(lab, c, grp) for lab in labels), t.v(f"Totaal {grp.lower()}", c, grp), f"{key} {grp} {c}")
            for lab in labels + [f"Totaal {grp.lower()}"]:
                d_ = t.v(lab, BW, grp) - t.v(lab, RK, grp)
                eq(d_ if grp == "Lasten" else -d_, t.v(lab, VS, grp), f"{key} {grp} verschil {lab}")
        for c in (BP, BW, RK):
            eq(t.v("Totaal baten", c, "Baten") - t.v("Totaal lasten", c, "Lasten"),
               t.v("Saldo van baten en lasten", c), f"{key} saldo {c}")
            eq(k(t.v("Totaal lasten", c, "Lasten")), ov.v(name, c, "Lasten") * 1, f"overview lasten {name} {c}")
            eq(k(t.v("Totaal baten", c, "Baten")), ov.v(name, c, "Baten"), f"overview baten {name} {c}")
        vs = t.v("Saldo van baten en lasten", RK) - t.v("Saldo van baten en lasten", BW)
        eq(vs, t.v("Saldo van baten en lasten", VS), f"{key} saldo verschil")
        a = read(D, f"analyse-{key}")
        tot = 0.0
        for r in a.rows:
            amt = num(r["cells"][2]) * (1 if r["cells"][3] == "V" else -1)
            if r["label"].startswith("Totaal"):
                eq(tot, amt, f"analyse {key} total")
                eq(amt, k(vs), f"analyse {key} total = rounded saldo verschil")
            else:
                tot += amt
        # every analysis item is told in the prose under the table
        txt = prose_text(D, range(1, len(pdf(D).pages) + 1))
        for r in a.rows:
            if r["label"].startswith(("Totaal", "Overige")):
                continue
            amt = int(num(r["cells"][2]) * 1000)
            sent = f"{r['label']}: € {amt:,}".replace(",", ".") + \
                   f" {'voordelig' if r['cells'][3] == 'V' else 'nadelig'}"
            ok(sent in txt, f"analysis prose missing: {sent}")
    # ---- overview
    for c in (BP, BW, RK, VS):
        eq(sum(ov.v(lab, c, "Lasten") for lab in ov.labels("Lasten") if not lab.startswith("Totaal")),
           ov.v("Totaal lasten", c, "Lasten"), f"overview lasten {c}")
        eq(sum(ov.v(lab, c, "Baten") for lab in ov.labels("Baten") if not lab.startswith("Totaal")),
           ov.v("Totaal baten", c, "Baten"), f"overview baten {c}")
    for c in (BP, BW, RK):
        s = ov.v("Totaal baten", c, "Baten") - ov.v("Totaal lasten", c, "Lasten")
        eq(s, ov.v("Saldo van baten en lasten", c), f"overview saldo {c}")
        eq(s - ov.v("Toevoegingen aan reserves", c) + ov.v("Onttrekkingen aan reserves", c), ov.v("Resultaat", c),
           f"overview resultaat {c}")
    eq(ov.v("Resultaat", RK) - ov.v("Resultaat", BW), ov.v("Resultaat", VS), "overview resultaat verschil")
    adm = read(D, "adm")
    for c in (BP, BW, RK):
        eq(sum(adm.v(lab, c, "Baten") for lab in adm.labels("Baten") if not lab.startswith("Totaal")),
           adm.v("Totaal algemene dekkingsmiddelen (baten)", c, "Baten"), f"adm total {c}")
        eq(k(adm.v("Totaal algemene dekkingsmiddelen (baten)", c, "Baten")), ov.v("Algemene dekkingsmiddelen", c, "Baten"),
           f"adm = overview {c}")
        eq(k(adm.v("Kosten heffing en invordering belastingen", c, "Lasten")),
           ov.v("Algemene dekkingsmiddelen", c, "Lasten"), f"adm lasten = overview {c}")
    au_r, au_w = adm.v("Algemene uitkering gemeentefonds", RK, "Baten"), adm.v("Algemene uitkering gemeentefonds", BW, "Baten")
    txt_all = prose_text(D, range(1, len(pdf(D).pages) + 1))
    ok(f"De algemene uitkering 2024 bedroeg € {int(au_r):,}".replace(",", ".") in txt_all, "prose algemene uitkering")
    ok(f"€ {int(au_r - au_w):,} meer".replace(",", ".") in txt_all, "prose algemene uitkering difference")
    # ---- heffingen
    h = read(D, "heffingen")
    HB, HW = "Begroot 2024 (na wijziging)", "Werkelijk 2024"
    for c in (HB, HW, VS):
        eq(sum(h.v(lab, c) for lab in h.labels() if not lab.startswith("Totaal")),
           h.v("Totaal opbrengst lokale heffingen", c), f"heffingen total {c}")
    for lab in h.labels():
        eq(h.v(lab, HW) - h.v(lab, HB), h.v(lab, VS), f"heffingen verschil {lab}")
    eq(h.v("Onroerendezaakbelasting woningen", HW), adm.v("Onroerendezaakbelasting woningen", RK, "Baten"), "OZB woningen")
    eq(h.v("Onroerendezaakbelasting niet-woningen eigenaren", HW) + h.v("Onroerendezaakbelasting niet-woningen gebruikers", HW),
       adm.v("Onroerendezaakbelasting niet-woningen", RK, "Baten"), "OZB niet-woningen")
    # ---- reserves and voorzieningen
    rs = read(D, "reserves")
    S1, BE, TO, ON, S2 = "Stand 1-1-2024", "Bestemming resultaat 2023", "Toevoegingen 2024", "Onttrekkingen 2024", "Stand 31-12-2024"
    names = [lab for lab in rs.labels() if not lab.startswith("Totaal")]
    ok(len(names) == 15 and len({r["page"] for r in rs.rows}) == 2, "reserves: 15 rows over two pages")
    for lab in names:
        eq(rs.v(lab, S1) + rs.v(lab, BE) + rs.v(lab, TO) - rs.v(lab, ON), rs.v(lab, S2), f"reserve {lab}")
    for c in (S1, BE, TO, ON, S2):
        eq(sum(rs.v(lab, c) for lab in names), rs.v("Totaal reserves", c), f"reserves total {c}")
    eq(k(rs.v("Totaal reserves", TO)), ov.v("Toevoegingen aan reserves", RK), "reserves toevoegingen = overview")
    eq(k(rs.v("Totaal reserves", ON)), ov.v("Onttrekkingen aan reserves", RK), "reserves onttrekkingen = overview")
    vz = read(D, "voorzieningen")
    vn = [lab for lab in vz.labels() if not lab.startswith("Totaal")]
    for lab in vn:
        eq(vz.v(lab, S1) + vz.v(lab, "Toevoegingen") - vz.v(lab, "Aanwendingen") - vz.v(lab, "Vrijval"), vz.v(lab, S2),
           f"voorziening {lab}")
    for c in (S1, "Toevoegingen", "Aanwendingen", "Vrijval", S2):
        eq(sum(vz.v(lab, c) for lab in vn), vz.v("Totaal voorzieningen", c), f"voorzieningen total {c}")
    # ---- balans
    ba, bp = read(D, "balans-activa"), read(D, "balans-passiva")
    for c in ("31-12-2024", "31-12-2023"):
        va = [lab for lab in ba.labels("Vaste activa") if not lab.startswith("Totaal")]
        vl = [lab for lab in ba.labels("Vlottende activa") if not lab.startswith("Totaal")]
        eq(sum(ba.v(x, c, "Vaste activa") for x in va), ba.v("Totaal vaste activa", c, "Vaste activa"), f"vaste activa {c}")
        eq(sum(ba.v(x, c, "Vlottende activa") for x in vl), ba.v("Totaal vlottende activa", c, "Vlottende activa"),
           f"vlottende activa {c}")
        eq(ba.v("Totaal vaste activa", c, "Vaste activa") + ba.v("Totaal vlottende activa", c, "Vlottende activa"),
           ba.v("Totaal activa", c), f"totaal activa {c}")
        ev = sum(bp.v(x, c, "Vaste passiva") for x in ("Algemene reserve", "Bestemmingsreserves", "Gerealiseerd resultaat"))
        eq(ev, bp.v("Eigen vermogen", c, "Vaste passiva"), f"eigen vermogen {c}")
        vsch = "Vaste schulden met een rentetypische looptijd van één jaar of langer"
        eq(ev + bp.v("Voorzieningen", c, "Vaste passiva") + bp.v(vsch, c, "Vaste passiva"),
           bp.v("Totaal vaste passiva", c, "Vaste passiva"), f"vaste passiva {c}")
        nvs = "Netto vlottende schulden met een rentetypische looptijd korter dan één jaar"
        eq(bp.v(nvs, c, "Vlottende passiva") + bp.v("Overlopende passiva", c, "Vlottende passiva"),
           bp.v("Totaal vlottende passiva", c, "Vlottende passiva"), f"vlottende passiva {c}")
        eq(bp.v("Totaal vaste passiva", c, "Vaste passiva") + bp.v("Totaal vlottende passiva", c, "Vlottende passiva"),
           bp.v("Totaal passiva", c), f"totaal passiva {c}")
        eq(bp.v("Totaal passiva", c), ba.v("Totaal activa", c), f"balans closes {c}")
    eq(bp.v("Algemene reserve", "31-12-2024", "Vaste passiva"), k(rs.v("Algemene reserve", S2)), "balans AR 2024")
    eq(bp.v("Algemene reserve", "31-12-2023", "Vaste passiva"), k(rs.v("Algemene reserve", S1)), "balans AR 2023")
    eq(bp.v("Bestemmingsreserves", "31-12-2024", "Vaste passiva"),
       k(sum(rs.v(x, S2) for x in names if x != "Algemene reserve")), "balans BR 2024")
    eq(bp.v("Bestemmingsreserves", "31-12-2023", "Vaste passiva"),
       k(sum(rs.v(x, S1) for x in names if x != "Algemene reserve")), "balans BR 2023")
    eq(bp.v("Gerealiseerd resultaat", "31-12-2024", "Vaste passiva"), ov.v("Resultaat", RK), "balans resultaat 2024")
    eq(bp.v("Gerealiseerd resultaat", "31-12-2023", "Vaste passiva"), k(rs.v("Totaal reserves", BE)), "resultaat 2023 bestemd")
    eq(bp.v("Voorzieningen", "31-12-2024", "Vaste passiva"), k(vz.v("Totaal voorzieningen", S2)), "balans voorzieningen 2024")
    eq(bp.v("Voorzieningen", "31-12-2023", "Vaste passiva"), k(vz.v("Totaal voorzieningen", S1)), "balans voorzieningen 2023")
    # ---- kengetallen from the balans and the overview (formula in the prose of 3.3)
    kg = read(D, "kengetallen")
    H = ov.v("Totaal baten", RK, "Baten")
    c = "31-12-2024"
    A = bp.v("Vaste schulden met een rentetypische looptijd van één jaar of langer", c, "Vaste passiva")
    B = bp.v("Netto vlottende schulden met een rentetypische looptijd korter dan één jaar", c, "Vlottende passiva")
    C_ = bp.v("Overlopende passiva", c, "Vlottende passiva")
    E = ba.v("Uitzettingen met een rentetypische looptijd korter dan één jaar", c, "Vlottende activa")
    F = ba.v("Liquide middelen", c, "Vlottende activa")
    G = ba.v("Overlopende activa", c, "Vlottende activa")
    Dfa = ba.v("Financiële vaste activa", c, "Vaste activa")
    eq(rnd(100 * (A + B + C_ - E - F - G) / H, 1), kg.v("1a. Netto schuldquote", RK), "netto schuldquote")
    eq(rnd(100 * (A + B + C_ - Dfa - E - F - G) / H, 1),
       kg.v("1b. Netto schuldquote gecorrigeerd voor alle verstrekte leningen", RK), "netto schuldquote gecorrigeerd")
    for c, col in (("31-12-2024", RK), ("31-12-2023", "Rekening 2023")):
        eq(rnd(100 * bp.v("Eigen vermogen", c, "Vaste passiva") / bp.v("Totaal passiva", c), 1),
           kg.v("2. Solvabiliteitsratio", col), f"solvabiliteit {c}")
    eq(rnd(100 * ba.v("Voorraden (bouwgronden in exploitatie)", "31-12-2024", "Vlottende activa") / H, 1),
       kg.v("3. Grondexploitatie", RK), "grondexploitatie")
    # ---- kredieten, verbonden partijen, weerstand, bestemming, prose
    kr = read(D, "kredieten")
    kn = [lab for lab in kr.labels() if lab != "Totaal"]
    for lab in kn + ["Totaal"]:
        eq(kr.v(lab, "Realisatie t/m 2023") + kr.v(lab, "Realisatie 2024"), kr.v(lab, "Totale realisatie"), f"krediet {lab}")
        eq(kr.v(lab, "Krediet") - kr.v(lab, "Totale realisatie"), kr.v(lab, "Restant krediet"), f"restant {lab}")
    for col in ("Krediet", "Realisatie t/m 2023", "Realisatie 2024", "Totale realisatie", "Restant krediet"):
        eq(sum(kr.v(lab, col) for lab in kn), kr.v("Totaal", col), f"kredieten total {col}")
    vp = read(D, "vp")
    vpn = [lab for lab in vp.labels() if lab != "Totaal"]
    for col in ("Bijdrage begroot 2024", "Bijdrage werkelijk 2024", "Dividend 2024"):
        eq(sum(vp.v(lab, col) for lab in vpn), vp.v("Totaal", col), f"verbonden partijen total {col}")
    nb = vp.v("Noaberkracht Dinkelland Tubbergen", "Bijdrage begroot 2024") - vp.v("Noaberkracht Dinkelland Tubbergen",
                                                                                 "Bijdrage werkelijk 2024")
    ok(f"Dinkelland betaalde € {int(nb):,} minder dan begroot".replace(",", ".") in txt_all, "prose Noaberkracht")
    eq(vp.v("Dividend 2024", "Dividend 2024") if False else vp.v("Vitens N.V.", "Dividend 2024") + vp.v("BNG Bank N.V.", "Dividend 2024"),
       num(re.search(r"BNG Bank was samen € ([\d.]+)", txt_all).group(1)), "prose dividend")
    we = read(D, "weerstand")
    wl = [lab for lab in we.labels() if not lab.startswith("Totaal")]
    eq(sum(we.v(x, "31-12-2024") for x in wl), we.v("Totaal beschikbare weerstandscapaciteit", "31-12-2024"), "weerstand")
    m = re.search(r"ratio ([\d,]+); dat is", txt_all)
    nodig = num(re.search(r"benodigde weerstandscapaciteit is € ([\d.]+)", txt_all).group(1))
    eq(rnd(we.v("Totaal beschikbare weerstandscapaciteit", "31-12-2024") / nodig, 2), num(m.group(1)), "ratio weerstand")
    ok(we.v("Algemene reserve (vrij besteedbaar deel)", "31-12-2024") <= rs.v("Algemene reserve", S2), "vrij deel AR")
    be = read(D, "bestemming")
    bl = [lab for lab in be.labels() if not lab.startswith("Resultaat")]
    eq(sum(be.v(x, "Bedrag") for x in bl), be.v("Resultaat 2024", "Bedrag"), "bestemming")
    eq(k(be.v("Resultaat 2024", "Bedrag")), ov.v("Resultaat", RK), "bestemming = overview resultaat")
    res = int(be.v("Resultaat 2024", "Bedrag"))
    ok(f"sluit met een positief resultaat van € {res:,}".replace(",", ".") in txt_all, "prose resultaat")
    ok(f"€ {int(-ov.v('Resultaat', BW) * 1000):,}".replace(",", ".")[:-4] in txt_all, "prose begroot tekort")
    kern = read(D, "kern")
    ok(kern.v("Aantal inwoners", "31-12-2024", "Sociale structuur") > kern.v("waarvan 65 jaar en ouder", "31-12-2024",
                                                                             "Sociale structuur"), "kern")
    # ---- Veiligheidsregio: overview and programmes
    RL, AF = "Realisatie 2024", "Afwijking"
    vo = read(V, "v-overzicht")
    progs = ["Brandweer", "GHOR", "Crisisbeheersing", "Meldkamer", "Bedrijfsvoering"]
    for c in (BP, BW, RL, AF):
        eq(sum(vo.v(p_, c, "Lasten") for p_ in progs), vo.v("Totaal lasten", c, "Lasten"), f"V lasten {c}")
        eq(sum(vo.v(x, c, "Baten") for x in vo.labels("Baten") if not x.startswith("Totaal")),
           vo.v("Totaal baten", c, "Baten"), f"V baten {c}")
    for c in (BP, BW, RL):
        s = vo.v("Totaal baten", c, "Baten") - vo.v("Totaal lasten", c, "Lasten")
        eq(s, vo.v("Saldo van baten en lasten", c), f"V saldo {c}")
        eq(s + vo.v("Toevoegingen aan reserves", c) + vo.v("Onttrekkingen aan reserves", c), vo.v("Resultaat", c),
           f"V resultaat {c}")
    for lab in progs:
        eq(vo.v(lab, BW, "Lasten") - vo.v(lab, RL, "Lasten"), vo.v(lab, AF, "Lasten"), f"V afwijking lasten {lab}")
        eq(vo.v(lab, RL, "Baten") - vo.v(lab, BW, "Baten"), vo.v(lab, AF, "Baten"), f"V afwijking baten {lab}")
        t = read(V, f"v-kosten-{lab}")
        for c in (BP, BW, RL):
            eq(t.v("Lasten", c), vo.v(lab, c, "Lasten"), f"V programme = overview lasten {lab} {c}")
            eq(t.v("Baten", c), vo.v(lab, c, "Baten"), f"V programme = overview baten {lab} {c}")
            eq(t.v("Baten", c) - t.v("Lasten", c), t.v(f"Saldo programma {lab}", c), f"V programme saldo {lab} {c}")
        eq(t.v("Lasten", AF) + t.v("Baten", AF), t.v(f"Saldo programma {lab}", AF), f"V programme afwijking {lab}")
    vtxt = prose_text(V, range(1, len(pdf(V).pages) + 1))
    over = num(re.search(r"positief resultaat \(overschot\) van € ([\d.]+)", vtxt).group(1))
    eq(over, vo.v("Resultaat", RL) * 1000, "V overschot prose = overview")
    res_add = num(re.search(r"stelt voor om € ([\d.]+) toe te voegen", vtxt).group(1))
    terug = num(re.search(r"het restant van € ([\d.]+) terug te betalen", vtxt).group(1))
    eq(res_add + terug, over, "V bestemming")
    # ---- member contributions (split table)
    b1, b2 = read(V, "v-bijdragen-1"), read(V, "v-bijdragen-2")
    members = [x for x in b1.labels() if x != "Totaal"]
    ok(len(members) == 14 and members == [x for x in b2.labels() if x != "Totaal"], "14 members in both halves")
    I, S, BG, WK = "Inwoners 1-1-2023", "Verdeelsleutel 2024 (%)", "Bijdrage begroot 2024", "Bijdrage werkelijk 2024"
    MW, TB, NB, W3 = "Waarvan maatwerk 2024", "Terugbetaling overschot 2024", "Netto bijdrage 2024", "Bijdrage werkelijk 2023"
    for col, t in ((I, b1), (S, b1), (BG, b1), (WK, b1), (MW, b2), (TB, b2), (NB, b2), (W3, b2)):
        eq(round(sum(t.v(x, col) for x in members), 2), t.v("Totaal", col), f"member total {col}")
    eq(b1.v("Totaal", S), 100.0, "verdeelsleutel 100")
    tot_b = b1.v("Totaal", BG)
    for x in members:
        eq(b1.v(x, BG) + b2.v(x, MW), b1.v(x, WK), f"maatwerk {x}")
        eq(b1.v(x, WK) - b2.v(x, TB), b2.v(x, NB), f"netto {x}")
        eq(b1.v(x, BG), tot_b * b1.v(x, S) / 100, f"bijdrage by sleutel {x}", tol=1.0)
        eq(b2.v(x, TB), terug * b1.v(x, S) / 100, f"terugbetaling by sleutel {x}", tol=1.0)
    eq(b2.v("Totaal", TB), terug, "terugbetaling total = prose")
    eq(k(b1.v("Totaal", WK)), vo.v("Bijdragen deelnemende gemeenten", RL, "Baten"), "members = overview realisatie")
    eq(b1.v("Totaal", BG) / 1000, vo.v("Bijdragen deelnemende gemeenten", BW, "Baten"), "members = overview begroot")
    # Dinkelland's own document prints the same VRT contribution
    eq(vp.v("Veiligheidsregio Twente", "Bijdrage werkelijk 2024"), b1.v("Dinkelland", WK), "VRT werkelijk in both")
    eq(vp.v("Veiligheidsregio Twente", "Bijdrage begroot 2024"), b1.v("Dinkelland", BG), "VRT begroot in both")
    dg = read(D, "kosten-DG")
    ok(b1.v("Dinkelland", WK) < dg.v("Openbare orde en veiligheid (waaronder de bijdrage aan de Veiligheidsregio Twente)",
                                     RK, "Lasten"), "VRT contribution within Dinkelland's OOV row")
    # ---- VRT reserves, voorzieningen, balans, kengetallen
    vr = read(V, "v-reserves")
    rn = [x for x in vr.labels() if not x.startswith("Totaal")]
    for x in rn:
        eq(vr.v(x, S1) + vr.v(x, BE) + vr.v(x, "Toevoeging") + vr.v(x, "Onttrekking"), vr.v(x, S2), f"V reserve {x}")
    for col in (S1, BE, "Toevoeging", "Onttrekking", S2):
        eq(sum(vr.v(x, col) for x in rn), vr.v("Totaal reserves", col), f"V reserves total {col}")
    eq(vr.v("Totaal reserves", "Toevoeging"), -vo.v("Toevoegingen aan reserves", RL), "V toevoegingen = overview")
    eq(-vr.v("Totaal reserves", "Onttrekking"), vo.v("Onttrekkingen aan reserves", RL), "V onttrekkingen = overview")
    vv = read(V, "v-voorzieningen")
    vvn = [x for x in vv.labels() if not x.startswith("Totaal")]
    for x in vvn:
        eq(vv.v(x, S1) + vv.v(x, "Toevoeging") + vv.v(x, "Aanwending"), vv.v(x, S2), f"V voorziening {x}")
    vb = read(V, "v-balans")
    for c in ("31-12-2024", "31-12-2023"):
        eq(sum(vb.v(x, c, "Activa") for x in vb.labels("Activa") if not x.startswith("Totaal")),
           vb.v("Totaal activa", c, "Activa"), f"V activa {c}")
        ev = sum(vb.v(x, c, "Passiva") for x in ("Algemene reserve", "Bestemmingsreserves", "Gerealiseerd resultaat"))
        eq(ev, vb.v("Eigen vermogen", c, "Passiva"), f"V eigen vermogen {c}")
        rest = ("Voorzieningen", "Vaste schulden met een rentetypische looptijd van één jaar of langer",
                "Netto vlottende schulden met een rentetypische looptijd korter dan één jaar", "Overlopende passiva")
        eq(ev + sum(vb.v(x, c, "Passiva") for x in rest), vb.v("Totaal passiva", c, "Passiva"), f"V passiva {c}")
        eq(vb.v("Totaal passiva", c, "Passiva"), vb.v("Totaal activa", c, "Activa"), f"V balans closes {c}")
    eq(vb.v("Algemene reserve", "31-12-2024", "Passiva"), vr.v("Algemene reserve", S2), "V balans AR")
    eq(vb.v("Bestemmingsreserves", "31-12-2024", "Passiva"), sum(vr.v(x, S2) for x in rn if x != "Algemene reserve"),
       "V balans BR")
    eq(vb.v("Gerealiseerd resultaat", "31-12-2024", "Passiva"), vo.v("Resultaat", RL), "V balans resultaat")
    eq(vb.v("Voorzieningen", "31-12-2024", "Passiva"), vv.v("Totaal voorzieningen", S2), "V balans voorzieningen")
    eq(vb.v("Gerealiseerd resultaat", "31-12-2023", "Passiva"), vr.v("Totaal reserves", BE) +
       num(re.search(r"en € ([\d.]+) is terugbetaald", vtxt).group(1)) / 1000, "V resultaat 2023 bestemd")
    vk = read(V, "v-kengetallen")
    for c, col in (("31-12-2024", "Rekening 2024"), ("31-12-2023", "Rekening 2023")):
        eq(rnd(100 * vb.v("Eigen vermogen", c, "Passiva") / vb.v("Totaal passiva", c, "Passiva"), 1),
           vk.v("Solvabiliteitsratio", col), f"V solvabiliteit {c}")
    c = "31-12-2024"
    nsq = (vb.v("Vaste schulden met een rentetypische looptijd van één jaar of langer", c, "Passiva")
           + vb.v("Netto vlottende schulden met een rentetypische looptijd korter dan één jaar", c, "Passiva")
           + vb.v("Overlopende passiva", c, "Passiva")
           - vb.v("Uitzettingen met een rentetypische looptijd korter dan één jaar", c, "Activa")
           - vb.v("Liquide middelen", c, "Activa") - vb.v("Overlopende activa", c, "Activa"))
    eq(rnd(100 * nsq / vo.v("Totaal baten", RL, "Baten"), 1), vk.v("Netto schuldquote", "Rekening 2024"), "V nsq")
    ar = vr.v("Algemene reserve", S2) * 1000
    ok(f"Eind 2024 is die € {int(ar):,}".replace(",", ".") in vtxt, "V prose algemene reserve")
    ratio = num(re.search(r"weerstandsvermogen is daarmee ([\d,]+)", vtxt).group(1))
    nodig_v = num(re.search(r"risico's is € ([\d.]+)", vtxt).group(1))
    eq(rnd(ar / nodig_v, 2), ratio, "V ratio weerstandsvermogen")
    # ---- uitrukken
    ur = read(V, "v-uitrukken")
    for y in ur.labels():
        eq(ur.v(y, "Brand") + ur.v(y, "Hulpverlening") + ur.v(y, "Automatische en loze meldingen"),
           ur.v(y, "Totaal uitrukken"), f"uitrukken {y}")
    ug = read(V, "v-uitrukken-gem")
    eq(sum(ug.v(x, "Uitrukken 2024") for x in members), ug.v("Totaal", "Uitrukken 2024"), "uitrukken per gemeente")
    eq(ug.v("Totaal", "Uitrukken 2024"), ur.v("2024", "Totaal uitrukken"), "uitrukken gemeenten = 2024")
    for x in members:
        eq(rnd(1000 * ug.v(x, "Uitrukken 2024") / b1.v(x, I), 1), ug.v(x, "Per 1.000 inwoners"), f"per 1.000 {x}")
    kc = read(V, "kerncijfers")
    eq(kc.v("Uitrukken brandweer", "2024"), ur.v("2024", "Totaal uitrukken"), "kerncijfers uitrukken 2024")
    eq(kc.v("Uitrukken brandweer", "2023"), ur.v("2023", "Totaal uitrukken"), "kerncijfers uitrukken 2023")
    eq(kc.v("Inwoners werkgebied (1 januari)", "2024"), b1.v("Totaal", I), "kerncijfers inwoners")
    d24 = ur.v("2024", "Totaal uitrukken") - ur.v("2023", "Totaal uitrukken")
    n24 = f"{int(ur.v('2024', 'Totaal uitrukken')):,}".replace(",", ".")
    ok(f"{n24} keer uit, {int(d24)} keer vaker" in vtxt, "V prose uitrukken")
    # ---- WNT
    w = read(V, "wnt")
    col = w.headers[1]
    for grp in ("Bezoldiging 2024", "Gegevens 2023"):
        sub = w.v("Beloning plus belastbare onkostenvergoedingen", col, grp) + w.v("Beloningen betaalbaar op termijn", col, grp)
        eq(sub, w.v("Subtotaal", col, grp), f"WNT subtotaal {grp}")
        eq(sub, w.v("Bezoldiging", col, grp), f"WNT bezoldiging {grp}")
        ok(sub <= w.v("Individueel toepasselijk bezoldigingsmaximum", col, grp), f"WNT maximum {grp}")


# ------------------------------------------------------------------------------------------------ main
def sentences(text: str) -> list[str]:
    t = re.sub(r"\s+", " ", text)
    return re.split(r"(?<=[.!?])\s+(?=[A-Z0-9€(])", t)


def main():
    names, file_muni = check_corpus()
    cases_doc = yaml.safe_load((SET / "cases.yaml").read_text(encoding="utf-8"))
    check_format(cases_doc, names)
    ok(set(PROV) == {c["id"] for c in cases_doc["cases"]}, "provenance ids != case ids")
    counts: dict = {}
    conv = 0
    for c in cases_doc["cases"]:
        turns = c.get("turns") or [c]
        conv += len(turns) > 1
        pv = PROV[c["id"]]
        ok(len(pv) == len(turns), f"{c['id']}: provenance turns")
        for n, (t, p) in enumerate(zip(turns, pv), 1):
            where = f"{c['id']} turn {n}"
            counts[t["kind"]] = counts.get(t["kind"], 0) + 1
            ok(t["kind"] == p["kind"], f"{where}: kind differs from provenance")
            e = t.get("expect", {})
            if t["kind"] == "figure":
                m = p["main"]
                for s in m["sources"]:
                    check_source(s, where)
                if "op" in m:
                    rv = recompute(m)
                    ok(abs(rv - m["value"]) < 1e-6, f"{where}: derivation gives {rv}, provenance {m['value']}")
                    ok(m["derivation"].split(" (")[0].endswith(str(m["value"]).rstrip("0").rstrip(".")
                                                               if isinstance(m["value"], float) else
                                                               str(m["value"]))
                       or str(m["value"]) in m["derivation"], f"{where}: derivation text")
                else:
                    ok(m["value"] == m["sources"][0]["value"], f"{where}: value != source")
                    ok(file_muni[m["sources"][0]["document"]] == e["municipality"], f"{where}: municipality != document")
                exp = [e["value"]] if "value" in e else e["accept"]
                ok(exp[0] == m["value"], f"{where}: expected {exp[0]} != provenance {m['value']}")
                acc = []
                for a in p["accept"]:
                    if a.get("kind") == "derived":
                        ok(abs(recompute(a) - a["value"]) < 1e-6, f"{where}: accepted derivation")
                    else:
                        check_source(a, where + " (accept)")
                    acc.append(a["value"])
                ok(sorted(set(exp[1:])) == sorted(set(v for v in acc if v != m["value"])), f"{where}: accept list")
                tol = e.get("tolerance", 0)
                for o in p["other"]:
                    check_source(o, where + " (other)")
                    ok(all(abs(abs(o["value"]) - abs(x)) > tol for x in exp), f"{where}: rejected {o['value']} accepted")
                unit = e["unit"]
                for s in m["sources"]:
                    pr = s.get("printed", "")
                    if unit == "percent" and m.get("op") not in ("share", "difference"):
                        ok("%" in s.get("cell_text", "%"), f"{where}: percent unit, printed {pr}")
                    if unit == "count":
                        ok("€" not in s.get("cell_text", "") and s.get("scale", 1) == 1, f"{where}: count unit")
                    if unit == "EUR" and s["kind"] == "cell":
                        ok("%" not in s["cell_text"], f"{where}: EUR unit on a percentage")
            elif t["kind"] == "refusal":
                rules = p["absent"]
                ok(rules, f"{where}: refusal without rules")
                for r in rules:
                    for doc in r["documents"]:
                        txt = fulltext(doc)
                        if r["rule"] == "absent_text":
                            ok(r["text"].lower() not in txt.lower(), f"{where}: '{r['text']}' occurs in {doc}")
                        elif r["rule"] == "no_line_with_both":
                            bad = [ln for ln in txt.splitlines() if r["a"].lower() in ln.lower() and r["b"].lower() in ln.lower()]
                            ok(not bad, f"{where}: line with '{r['a']}' and '{r['b']}' in {doc}: {bad[:1]}")
                        elif r["rule"] == "no_sentence_with_both":
                            src = txt if doc.endswith(".txt") else (
                                prose_text(doc, range(1, len(pdf(doc).pages) + 1)) if doc in (D, V) else txt)
                            bad = [s for s in sentences(src) if r["a"].lower() in s.lower() and r["b"].lower() in s.lower()]
                            ok(not bad, f"{where}: sentence with '{r['a']}' and '{r['b']}' in {doc}: {bad[:1]}")
                        else:
                            failures.append(f"{where}: unknown rule {r['rule']}")
            elif t["kind"] == "text":
                w = p["where"]
                passages = w.get("passages", [w])
                joined = ""
                for x in passages:
                    txt = prose_text(x["document"], x["pages"])
                    ok(re.sub(r"\s+", " ", x["passage"]) in txt, f"{where}: passage not in the PDF")
                    ok(file_muni[x["document"]] == e["municipality"], f"{where}: municipality")
                    joined += " " + x["passage"]
                for item in e["include"]:
                    alts = item if isinstance(item, list) else [item]
                    ok(any(a.lower() in joined.lower() for a in alts), f"{where}: include {alts} not in the passage")
            elif t["kind"] == "any":
                for x in e["exclude"]:
                    ok(x in fulltext(V) or x in fulltext(D), f"{where}: exclude {x} is printed nowhere")
    # refusals together cover all six documents
    covered = set()
    for c in cases_doc["cases"]:
        for t, p in zip(c.get("turns") or [c], PROV[c["id"]]):
            if t["kind"] == "refusal":
                for r in p["absent"]:
                    covered.update(r["documents"])
    ok(covered == set(ALL), f"refusal rules cover {sorted(covered)}")
    addups()
    # layout features that the README promises
    rs = read(D, "reserves")
    ok(TABLES[D]["reserves"]["end_page"] == TABLES[D]["reserves"]["start_page"] + 1
       and not TABLES[D]["reserves"]["repeat_header"], "reserves table runs on without header")
    ok(any(len(r["label_lines"]) == 2 for r in read(D, "kosten-IS").rows), "wrapped label with figures on line 2")
    ok(pdf(D).pages[2].width > pdf(D).pages[2].height, "Dinkelland landscape")
    ok(pdf(V).pages[2].width < pdf(V).pages[2].height, "VRT portrait")
    ok(TABLES[V]["v-bijdragen-1"]["start_page"] == TABLES[V]["v-bijdragen-2"]["start_page"]
       and TABLES[V]["v-bijdragen-2"]["caption"] is None, "member table split in two halves on one page")
    ok(any(t.endswith("-") for r in read(V, "v-overzicht").rows for t in r["cells"].values()), "trailing minus")
    ok(any(t.startswith("(") or "(" in t for r in read(D, "overzicht").rows for t in r["cells"].values()), "brackets")
    for doc in (D, V):
        prod = subprocess.run(["pdfinfo", str(CORPUS / doc)], capture_output=True, text=True).stdout
        ok("cairo" in prod, f"{doc}: producer is not cairo")
    print(f"turns per kind: {counts}; conversations: {conv}; cases: {len(cases_doc['cases'])}")
    if failures:
        print(f"{len(failures)} FAILED of {checks} checks:")
        for f in failures[:80]:
            print("  -", f)
        sys.exit(1)
    print(f"check.py: all {checks} checks passed")


if __name__ == "__main__":
    main()
