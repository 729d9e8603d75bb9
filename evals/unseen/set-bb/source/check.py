"""Verify set-bb from the finished files only (never imports data.py or the generators).

- cases.yaml follows FORMAT.md version 1 (fields, kinds, ids, no `signed`);
- corpus/: the four real documents are byte-identical copies, the manifest names six documents;
- every expected and accepted figure is found again at the place provenance.json records:
  cells by caption, page, row label (first line, wrapped lines), column header lines and group,
  the printed text and its position among the row's cells, the scale statement; prose by its
  sentence on the page; the real text exports by their line;
- derivations are recomputed; values equal the printed figure times the scale;
- refusal rules hold (the asked thing is absent), text include items occur in the passage,
  `any` excludes are absent from the document;
- a few add-ups are re-read from the PDFs (member table, overview, reserves, taakvelden).

Run: python check.py  (from build.sh, after the PDFs and cases.yaml are made)
"""
import hashlib
import json
import os
import re
import subprocess
import sys

import pdfplumber
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
CORPUS = os.path.join(SET, "corpus")
REAL_CORPUS = os.environ.get("BB_SOURCE_CORPUS", "/work/main/corpus")
REAL_FILES = ["twenterand-programmabegroting-2020-sociaal-domein.txt",
              "dinkelland-begroting-2020-inclusieve-samenleving.txt",
              "wassenaar-begroting-2024.pdf", "collectie-overijssel-jaarstukken-2023.pdf"]
NEW_FILES = ["dinkelland-programmabegroting-2026.pdf", "stadsbank-oost-nederland-jaarstukken-2025.pdf"]

FAIL = []


def fail(msg):
    FAIL.append(msg)


# ------------------------------------------------------------------------------------
# text helpers
# ------------------------------------------------------------------------------------
def norm(s):
    s = (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
         .replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ").replace("\u2212", "-"))
    return re.sub(r"\s+", " ", s).strip()


def parse_nl(s):
    """'1.234.567' -> 1234567; '(1.234)' / '1.234-' / '-1.234' -> -1234; '12,5%' -> 12.5; '€ 12,49' -> 12.49"""
    t = norm(s).replace("€", "").replace("%", "").strip()
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.endswith("-"):
        neg, t = True, t[:-1]
    if t.startswith("-"):
        neg, t = True, t[1:]
    t = t.strip().replace(".", "").replace(",", ".")
    v = float(t)
    return -v if neg else v


# ------------------------------------------------------------------------------------
# PDF reading
# ------------------------------------------------------------------------------------
class Seg:
    def __init__(self, words):
        self.words = words
        self.text = norm(" ".join(w["text"] for w in words))
        self.x0 = min(w["x0"] for w in words)
        self.x1 = max(w["x1"] for w in words)

    @property
    def xc(self):
        return (self.x0 + self.x1) / 2

    def __repr__(self):
        return f"Seg({self.text!r},{self.x0:.1f}-{self.x1:.1f})"


class Line:
    def __init__(self, words):
        self.words = sorted(words, key=lambda w: w["x0"])
        self.top = min(w["top"] for w in words)
        self.text = norm(" ".join(w["text"] for w in self.words))

    def segments(self, gap=5.5):
        segs, cur = [], [self.words[0]]
        for w in self.words[1:]:
            if w["x0"] - cur[-1]["x1"] > gap:
                segs.append(Seg(cur))
                cur = [w]
            else:
                cur.append(w)
        segs.append(Seg(cur))
        return segs


class PdfDoc:
    _cache = {}

    def __init__(self, path):
        self.path = path
        self.pdf = pdfplumber.open(path)
        self.n = len(self.pdf.pages)
        self._lines = {}
        self._layout = {}
        self._text = {}

    @classmethod
    def get(cls, path):
        if path not in cls._cache:
            cls._cache[path] = PdfDoc(path)
        return cls._cache[path]

    def lines(self, pno):
        """pno 1-based; lines sorted top to bottom."""
        if pno not in self._lines:
            page = self.pdf.pages[pno - 1]
            words = page.extract_words(x_tolerance=1.5, y_tolerance=2.5, keep_blank_chars=False)
            words.sort(key=lambda w: (round(w["top"], 1), w["x0"]))
            groups = []
            for w in words:
                for g in groups:
                    if abs(g[0]["top"] - w["top"]) <= 2.0 and abs(g[0]["bottom"] - w["bottom"]) <= 3.5:
                        g.append(w)
                        break
                else:
                    groups.append([w])
            self._lines[pno] = sorted((Line(g) for g in groups), key=lambda l: l.top)
        return self._lines[pno]

    def text(self, pno):
        if pno not in self._text:
            self._text[pno] = norm(self.pdf.pages[pno - 1].extract_text() or "")
        return self._text[pno]

    def layout(self, pno):
        if pno not in self._layout:
            out = subprocess.run(["pdftotext", "-layout", "-f", str(pno), "-l", str(pno), self.path, "-"],
                                 capture_output=True, text=True).stdout
            self._layout[pno] = out.splitlines()
        return self._layout[pno]

    def find_caption(self, caption):
        hits = []
        for p in range(1, self.n + 1):
            for i, l in enumerate(self.lines(p)):
                if l.text == norm(caption):
                    hits.append((p, i))
        return hits


def _label_at(lines, i, label):
    """Does the row whose label is `label` start at lines[i]? Returns the number of lines the label
    takes (its first segment on each line), or 0."""
    segs = lines[i].segments()
    first = segs[0]
    lab = norm(label)
    if first.text == lab:
        return 1
    if not lab.startswith(first.text + " "):
        return 0
    acc, n = first.text, 1
    for j in range(i + 1, min(i + 5, len(lines))):
        s0 = lines[j].segments()[0]
        if abs(s0.x0 - first.x0) > 6.5:
            return 0
        acc = acc + " " + s0.text
        n += 1
        if acc == lab:
            return n
        if not lab.startswith(acc + " "):
            return 0
    return 0


def locate_cell(path, src):
    """Find a recorded cell in the PDF. src: dict with caption, row, group (opt), printed, col_index,
    header (list of header lines), col_group (opt), groups (all group labels of the table), scale,
    scale_where, corner, align ('right'|'left'). Returns a dict of what was found or raises
    AssertionError."""
    doc = PdfDoc.get(path)
    caps = doc.find_caption(src["caption"])
    assert len(caps) == 1, f"caption {src['caption']!r} found {len(caps)} times"
    p0, ci = caps[0]
    lines0 = doc.lines(p0)
    cap_top = lines0[ci].top
    # candidate lines: after the caption on its page, then the following two pages
    cands = [(p0, j) for j in range(ci + 1, len(lines0))]
    for p in (p0 + 1, p0 + 2):
        if p <= doc.n:
            cands += [(p, j) for j in range(len(doc.lines(p)))]
    start = 0
    if src.get("group"):
        gi = [k for k, (p, j) in enumerate(cands) if doc.lines(p)[j].text == norm(src["group"])]
        assert gi, f"group row {src['group']!r} not found after {src['caption']!r}"
        start = gi[0] + 1
    found = None
    for k in range(start, len(cands)):
        p, j = cands[k]
        # stop at the next caption
        if k > start and re.match(r"^Tabel [0-9B]", doc.lines(p)[j].text) and p == p0 and j != ci:
            break
        n = _label_at(doc.lines(p), j, src["row"])
        if n:
            found = (p, j, n)
            break
    assert found, f"row {src['row']!r} not found after caption {src['caption']!r}"
    p, j, nlab = found
    line = doc.lines(p)[j]
    segs = line.segments()
    vals = segs[1:]
    ix = src["col_index"]
    assert ix < len(vals), f"row {src['row']!r}: only {len(vals)} value cells: {vals}"
    v = vals[ix]
    assert v.text == norm(src["printed"]), f"row {src['row']!r} cell {ix}: printed {v.text!r}, expected {src['printed']!r}"
    # header lines: on the caption page, between the caption and the table's first body line
    hdr_lines = [l for l in lines0[ci + 1:] if l.top - cap_top < 95]
    for hl in src["header"]:
        if not hl:
            continue
        ok = False
        for l in hdr_lines:
            for s in l.segments(gap=4.0):
                if s.text == norm(hl):
                    if src.get("align", "right") == "right" and abs(s.x1 - v.x1) <= 8:
                        ok = True
                    if src.get("align") == "left" and abs(s.x0 - v.x0) <= 8:
                        ok = True
        assert ok, f"header line {hl!r} not found above {src['row']!r}/{src['printed']!r} (x1={v.x1:.1f})"
    if src.get("col_group"):
        best = None
        for l in hdr_lines:
            for s in l.segments(gap=4.0):
                if s.text in [norm(g) for g in src["groups"]]:
                    d = abs(s.xc - v.xc)
                    if best is None or d < best[0]:
                        best = (d, s.text)
        assert best and best[1] == norm(src["col_group"]), f"group over {src['printed']!r} is {best}"
    sw = src.get("scale_where")
    if sw == "corner":
        assert any(norm(src["corner"]) in l.text for l in hdr_lines), f"corner {src['corner']!r} not found"
    elif sw == "caption-line":
        assert lines0[ci + 1].text == norm(src["scale_statement"]), f"scale line {src['scale_statement']!r} != {lines0[ci + 1].text!r}"
    elif sw == "caption":
        assert norm(src["scale_statement"]) in lines0[ci].text
    elif sw == "column":
        assert any(s.text == norm(src["unit_cell"]) for s in vals), f"unit cell {src['unit_cell']!r} not in row"
    # pdftotext -layout line of the row
    lay = [x for x in doc.layout(p) if norm(x).startswith(segs[0].text) and norm(src["printed"]) in norm(x)]
    assert lay, f"no pdftotext -layout line for {src['row']!r} with {src['printed']!r}"
    label_lines = [doc.lines(p)[j + q].segments()[0].text for q in range(nlab)]
    return {"page": p, "caption_page": p0, "continued": p != p0, "label_first_line": label_lines[0],
            "label_lines": len(label_lines), "layout_line": lay[0].rstrip(), "x1": round(v.x1, 1)}


def locate_prose(path, anchor):
    doc = PdfDoc.get(path)
    hits = [p for p in range(1, doc.n + 1) if norm(anchor) in doc.text(p)]
    assert len(hits) == 1, f"prose {anchor[:60]!r} found on pages {hits}"
    return {"page": hits[0]}


def real_line(path, lineno, contains):
    lines = open(path, encoding="utf-8").read().splitlines()
    l = lines[lineno - 1]
    assert norm(contains) in norm(l), f"{os.path.basename(path)}:{lineno} does not contain {contains!r}: {l!r}"
    return l


def doc_text(fname):
    path = os.path.join(CORPUS, fname)
    if fname.endswith(".txt"):
        return norm(open(path, encoding="utf-8").read())
    out = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    return norm(out)


# ------------------------------------------------------------------------------------
# checks
# ------------------------------------------------------------------------------------
def check_source(s):
    """Re-locate one recorded source. Returns the value it supports."""
    path = os.path.join(CORPUS, s["document"])
    if s["kind"] == "cell":
        got = locate_cell(path, s)
        for k in ("page", "caption_page", "continued", "label_first_line", "label_lines", "layout_line"):
            assert got[k] == s[k], f"{s['row']!r}: {k} is {got[k]!r}, recorded {s[k]!r}"
        v = parse_nl(s["printed"]) * s["scale"]
    elif s["kind"] == "prose":
        got = locate_prose(path, s["anchor"])
        assert got["page"] == s["page"], f"prose page {got['page']} != {s['page']}"
        assert norm(s["printed"]) in norm(s["anchor"])
        v = parse_nl(s["printed"]) * s.get("scale", 1)
    elif s["kind"] == "real_text":
        real_line(path, s["line"], s["contains"])
        assert norm(s["printed"]) in norm(s["contains"])
        v = parse_nl(s["printed"]) * s.get("scale", 1)
    else:
        raise AssertionError(f"unknown source kind {s['kind']}")
    v = round(v, 6)
    assert abs(v - s["value"]) < 1e-6, f"source value {s['value']} != printed {s['printed']} x scale = {v}"
    return v


def check_format(cases):
    assert cases.get("version") == 1
    ids = set()
    allowed_case = {"id", "question", "municipality", "kind", "expect", "turns"}
    allowed_turn = {"question", "municipality", "kind", "expect"}
    allowed_exp = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
    for c in cases["cases"]:
        assert set(c) <= allowed_case, c["id"]
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        turns = c["turns"] if "turns" in c else [c]
        if "turns" in c:
            assert "question" not in c and "kind" not in c
            assert 2 <= len(turns) <= 3, c["id"]
        for t in turns:
            assert set(t) <= (allowed_turn if "turns" in c else allowed_case), (c["id"], set(t))
            assert t["kind"] in ("figure", "text", "refusal", "any"), c["id"]
            e = t.get("expect", {})
            assert set(e) <= allowed_exp, (c["id"], e)
            assert "signed" not in e, c["id"]
            if t["kind"] == "figure":
                assert "value" in e or "accept" in e, c["id"]
                assert e.get("unit") in ("EUR", "count", "percent", "grade"), c["id"]
                assert e.get("municipality"), c["id"]
            if t["kind"] == "text":
                assert e.get("include") and e.get("municipality"), c["id"]
            if t["kind"] == "refusal":
                assert not e, c["id"]
            if t["kind"] == "any":
                assert e.get("exclude") and e.get("municipality"), c["id"]


def eval_derivation(d):
    """'a - b = c' style; recompute the left side."""
    left, right = d.rsplit("=", 1)
    expr = left.replace(".", "").replace(",", ".").replace("x", "*").replace("×", "*")
    return eval(expr, {"__builtins__": {}}), float(right.replace(".", "").replace(",", ".").strip())


def main():
    cases = yaml.safe_load(open(os.path.join(SET, "cases.yaml"), encoding="utf-8"))
    prov = json.load(open(os.path.join(HERE, "provenance.json"), encoding="utf-8"))
    manifest = yaml.safe_load(open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8"))
    muni_of = {d["file"]: d["municipality"] for d in manifest["documents"]}
    try:
        check_format(cases)
    except AssertionError as e:
        fail(f"format: {e}")
    # corpus
    names = sorted(d["file"] for d in manifest["documents"])
    if names != sorted(REAL_FILES + NEW_FILES):
        fail(f"manifest files {names}")
    for f in REAL_FILES:
        a = hashlib.sha256(open(os.path.join(CORPUS, f), "rb").read()).hexdigest()
        b = hashlib.sha256(open(os.path.join(REAL_CORPUS, f), "rb").read()).hexdigest()
        if a != b:
            fail(f"{f} is not a byte-identical copy")
    for f in NEW_FILES:
        t = PdfDoc.get(os.path.join(CORPUS, f)).text(1)
        if "FICTIEF" not in t or "verzonnen" not in t:
            fail(f"{f}: first page does not say the document is fictional")
    # cases vs provenance
    nturns = {"figure": 0, "text": 0, "refusal": 0, "any": 0}
    located = 0
    for c in cases["cases"]:
        turns = c["turns"] if "turns" in c else [c]
        pv = prov.get(c["id"])
        if pv is None or len(pv) != len(turns):
            fail(f"{c['id']}: provenance missing or turn count differs")
            continue
        for t, p in zip(turns, pv):
            k = t["kind"]
            nturns[k] += 1
            e = t.get("expect", {})
            try:
                assert p["kind"] == k, (p["kind"], k)
                if k == "figure":
                    vals = []
                    for src in p["main"]["sources"]:
                        vals.append(check_source(src))
                        located += 1
                    if p["main"].get("op"):
                        a, b = eval_derivation(p["main"]["derivation"])
                        assert abs(a - b) < 0.006, f"derivation {p['main']['derivation']} gives {a}"
                        assert abs(b - p["main"]["value"]) < 1e-6
                    else:
                        assert all(abs(abs(v) - p["main"]["value"]) < 1e-6 for v in vals), vals
                    exp_v = e.get("value")
                    assert exp_v is not None and abs(exp_v - p["main"]["value"]) <= 1e-6, (exp_v, p["main"]["value"])
                    acc = sorted(e.get("accept", []))
                    pacc = sorted(a["value"] for a in p.get("accept", []))
                    assert acc == pacc, (acc, pacc)
                    for a in p.get("accept", []):
                        for src in a["sources"]:
                            check_source(src)
                            located += 1
                    docs = {s["document"] for s in p["main"]["sources"]}
                    assert e["municipality"] in {muni_of[d] for d in docs}, (e["municipality"], docs)
                    tol = e.get("tolerance", 0)
                    for o in p.get("other", []):
                        ov = o["value"]
                        assert all(abs(ov - x) > tol for x in [exp_v] + acc), f"'other' {ov} is accepted"
                        check_source(o["source"])
                        located += 1
                    if e.get("unit") == "EUR":
                        assert exp_v >= 1 or exp_v == 0 or "," in json.dumps(p["main"]), exp_v
                elif k == "text":
                    w = p["where"]
                    path = os.path.join(CORPUS, w["document"])
                    if w["document"].endswith(".pdf"):
                        assert locate_prose(path, w["passage"])["page"] == w["page"]
                    else:
                        real_line(path, w["line"], w["passage"])
                    assert muni_of[w["document"]] == e["municipality"]
                    pas = norm(w["passage"]).lower()
                    for item in e["include"]:
                        alts = item if isinstance(item, list) else [item]
                        assert any(norm(a).lower() in pas for a in alts), f"include {alts} not in passage"
                elif k == "refusal":
                    for r in p["absent"]:
                        for d in r.get("documents", []):
                            txt = doc_text(d)
                            if r["rule"] == "absent_text":
                                assert norm(r["text"]).lower() not in txt.lower(), f"{r['text']!r} occurs in {d}"
                            elif r["rule"] == "absent_regex":
                                assert not re.search(r["regex"], txt), f"/{r['regex']}/ matches in {d}"
                        if r["rule"] == "no_document":
                            assert r["municipality"] not in muni_of.values(), r
                    assert p["why"]
                elif k == "any":
                    txt = doc_text(p["exclude_absent_in"])
                    for x in e["exclude"]:
                        assert norm(x).lower() not in txt.lower(), f"exclude {x!r} occurs in the document"
                    assert muni_of[p["exclude_absent_in"]] == e["municipality"]
            except AssertionError as ex:
                fail(f"{c['id']} ({t['question'][:50]}): {ex}")
    # add-ups read from the PDFs
    try:
        addups()
    except AssertionError as ex:
        fail(f"add-up: {ex}")
    print(f"turns: {nturns}; sources located: {located}")
    if FAIL:
        print("\n".join("FAIL " + f for f in FAIL))
        sys.exit(1)
    print("check.py: all OK")


def _row_values(path, caption, row, group=None):
    """All value cells of a row (parsed), located like a cell."""
    doc = PdfDoc.get(path)
    caps = doc.find_caption(caption)
    p0, ci = caps[0]
    cands = [(p0, j) for j in range(ci + 1, len(doc.lines(p0)))]
    if p0 + 1 <= doc.n:
        cands += [(p0 + 1, j) for j in range(len(doc.lines(p0 + 1)))]
    start = 0
    if group:
        start = [k for k, (p, j) in enumerate(cands) if doc.lines(p)[j].text == group][0] + 1
    for p, j in cands[start:]:
        if _label_at(doc.lines(p), j, row):
            return [s.text for s in doc.lines(p)[j].segments()[1:]]
    raise AssertionError(f"{row} not found under {caption}")


def addups():
    sb = os.path.join(CORPUS, NEW_FILES[1])
    dk = os.path.join(CORPUS, NEW_FILES[0])
    cap = "Tabel 3.3 Bijdrage per deelnemende gemeente 2025"
    members = ["Aalten", "Almelo", "Berkelland", "Borne", "Bronckhorst", "Dinkelland", "Doetinchem", "Enschede",
               "Haaksbergen", "Hellendoorn", "Hengelo", "Hof van Twente", "Lochem", "Losser", "Montferland",
               "Oldenzaal", "Oost Gelre", "Oude IJsselstreek", "Rijssen-Holten", "Tubbergen", "Twenterand", "Wierden",
               "Winterswijk", "Zutphen"]
    rows = {m: [parse_nl(x) for x in _row_values(sb, cap, m)] for m in members}
    tot = [parse_nl(x) for x in _row_values(sb, cap, "Totaal")]
    for i in range(4):
        assert abs(sum(r[i] for r in rows.values()) - tot[i]) < 0.5, f"member column {i}"
    for m, r in rows.items():
        assert abs(r[0] * 6.5 + r[1] * 1450 - r[3]) <= 0.5, f"{m}: bijdrage != inwoners x 6,50 + trajecten x 1.450"
        assert abs(r[3] / r[0] - r[4]) <= 0.005, f"{m}: per inwoner"
        assert abs(r[3] / tot[3] * 100 - r[5]) <= 0.05, f"{m}: aandeel"
    # Stadsbank overview: saldo, resultaat
    c41 = "Tabel 4.1 Overzicht van baten en lasten 2025"
    g = lambda r: [parse_nl(x) for x in _row_values(sb, c41, r)]
    L, B, S = g("Totaal lasten"), g("Totaal baten"), g("Saldo van baten en lasten")
    T, O, R = g("Toevoegingen aan reserves"), g("Onttrekkingen aan reserves"), g("Resultaat")
    for i in range(4):
        assert abs(B[i] - L[i] - S[i]) < 0.5 and abs(S[i] - T[i] + O[i] - R[i]) < 0.5, f"overview column {i}"
        parts_l = g("Lasten schuldhulpverlening")[i] + g("Lasten kredietverlening")[i] + g("Overhead")[i]
        assert abs(parts_l - L[i]) < 0.5, f"overview lasten column {i}"
    assert abs(g("Algemene dekkingsmiddelen: bijdragen deelnemende gemeenten")[3] - tot[3]) < 0.5
    # Stadsbank reserves and balans
    c45 = "Tabel 4.5 Verloop van de reserves in 2025"
    for r in ["Algemene reserve", "Bestemmingsreserve digitalisering", "Bestemmingsreserve vroegsignalering",
              "Egalisatiereserve huisvesting", "Totaal reserves"]:
        s, b, t, o, e = [parse_nl(x) for x in _row_values(sb, c45, r)]
        assert abs(s + b + t + o - e) < 0.5, r           # o is printed with a trailing minus
    assert abs(abs(parse_nl(_row_values(sb, c45, "Totaal reserves")[3])) - O[3]) < 0.5
    a = [parse_nl(x) for x in _row_values(sb, "Tabel 4.3 Balans per 31 december: activa", "Totaal activa")]
    pp = [parse_nl(x) for x in _row_values(sb, "Tabel 4.4 Balans per 31 december: passiva", "Totaal passiva")]
    assert a == pp, "balans"
    # Dinkelland Tabel 4.1
    c = "Tabel 4.1 Overzicht van baten en lasten 2026-2029"
    progs = ["1 Inclusieve samenleving", "2 Vitale kernen", "3 Duurzaam Dinkelland", "4 Economie en toerisme",
             "5 Bestuur, veiligheid en dienstverlening", "Overhead", "Algemene dekkingsmiddelen",
             "Vennootschapsbelasting"]
    vals = {r: [parse_nl(x) if x != "—" else 0 for x in _row_values(dk, c, r)] for r in
            progs + ["Totaal saldo van baten en lasten", "Toevoegingen aan reserves", "Onttrekkingen aan reserves",
                     "Geraamd resultaat"]}
    for i in range(12):
        assert abs(sum(vals[r][i] for r in progs) - vals["Totaal saldo van baten en lasten"][i]) < 0.5, f"4.1 col {i}"
    for y in range(4):
        Lq, Bq, Sq = (vals["Geraamd resultaat"][3 * y + q] for q in range(3))
        assert abs(Bq - Lq - Sq) < 0.5
        assert abs(vals["Totaal saldo van baten en lasten"][3 * y + 2] - vals["Toevoegingen aan reserves"][3 * y]
                   + vals["Onttrekkingen aan reserves"][3 * y + 1] - Sq) < 0.5, f"4.1 resultaat {y}"
    # programme tables equal Tabel 4.1 (2026-2029)
    for num_, pr in ((2, progs[0]), (3, progs[1]), (5, progs[2]), (7, progs[3]), (8, progs[4])):
        cap = f"Tabel 3.{num_} Wat mag het kosten? {pr.split(' ', 1)[1]}"
        lrow = "Totaal lasten" if num_ == 2 else "Lasten"
        brow = "Totaal baten" if num_ == 2 else "Baten"
        pl = [parse_nl(x) for x in _row_values(dk, cap, lrow)]
        pb = [parse_nl(x) for x in _row_values(dk, cap, brow)]
        for y in range(4):
            assert pl[2 + y] == vals[pr][3 * y] and pb[2 + y] == vals[pr][3 * y + 1], f"{cap} vs 4.1"
    # dekkingsmiddelen total (at the top) = parts
    c51 = "Tabel 5.1 Algemene dekkingsmiddelen"
    top = [parse_nl(x) for x in _row_values(dk, c51, "Totaal algemene dekkingsmiddelen")]
    parts = ["OZB woningen", "OZB niet-woningen", "Toeristenbelasting", "Precariobelasting",
             "Algemene uitkering gemeentefonds", "Dividend en rente (treasury)", "Overige dekkingsmiddelen"]
    pv = [[parse_nl(x) for x in _row_values(dk, c51, r)] for r in parts]
    for i in range(6):
        assert abs(sum(r[i] for r in pv) - top[i]) < 0.5, f"5.1 col {i}"
    for y in range(4):
        assert top[2 + y] == vals["Algemene dekkingsmiddelen"][3 * y + 1], "5.1 vs 4.1"
    # reserves 2026 = 4.1 mutaties
    c71 = "Tabel 7.1 Verloop van de reserves"
    rt = [parse_nl(x) for x in _row_values(dk, c71, "Totaal reserves")]
    assert rt[1] == vals["Toevoegingen aan reserves"][0] and rt[2] == vals["Onttrekkingen aan reserves"][1]
    assert rt[0] + rt[1] - rt[2] == rt[3]


if __name__ == "__main__":
    main()
