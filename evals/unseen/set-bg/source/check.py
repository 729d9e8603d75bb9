"""Re-reads the produced documents and asserts that every expected value of ../cases.yaml is printed where the
case comment says (provenance.json holds the sources).  Independent of the generators: it only uses the PDFs, the
text file, cases.yaml and provenance.json.

For every source:
  - cell: the page's pdftotext -layout text has a line holding the row text and the printed cell; with pdfplumber
    the printed cell is found on that row and, where an anchor is given, it is right-aligned (within 6 pt) under the
    nearest header text above it that equals the anchor (the column's header);
    the printed cell times the scale equals the source value;
  - text: the phrase stands on that page (whitespace normalised) in both pdftotext and pdfplumber text.
For every figure turn: the expected value equals a source value or the derivation; every accept value has a source.
Also: the two fictional PDFs say 'FICTIEF' on page 1, the real documents are byte-identical to /work/main/corpus.
Usage: python check.py SETDIR
"""
import filecmp
import json
import os
import re
import subprocess
import sys

import pdfplumber
import yaml

SET = sys.argv[1] if len(sys.argv) > 1 else ".."
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(SET, "corpus")
MINUS = "\u2212"
errors = []
_txt, _plumb = {}, {}


def layout_pages(doc):
    if doc not in _txt:
        p = os.path.join(CORPUS, doc)
        if doc.endswith(".txt"):
            _txt[doc] = [open(p, encoding="utf-8").read()]
        else:
            _txt[doc] = subprocess.run(["pdftotext", "-layout", p, "-"], capture_output=True, text=True,
                                       check=True).stdout.split("\f")
    return _txt[doc]


def plumb(doc):
    if doc not in _plumb:
        _plumb[doc] = pdfplumber.open(os.path.join(CORPUS, doc))
    return _plumb[doc]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def num_re(printed):
    return r"(?<![\d.,])" + re.escape(printed) + r"(?![\d]|[.,]\d)"


def parse_printed(s):
    s = s.replace("€", "").replace("%", "").replace(MINUS, "-").replace(" ", "").strip()
    neg = s.startswith("-")
    s = s.lstrip("-")
    if "," in s:
        v = float(s.replace(".", "").replace(",", "."))
    else:
        v = int(s.replace(".", ""))
    return -v if neg else v


def lines_of(page):
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        for r in rows:
            if abs(r[0]["top"] - w["top"]) < 2.5:
                r.append(w)
                break
        else:
            rows.append([w])
    for r in rows:
        r.sort(key=lambda w: w["x0"])
    return rows


def find_seqs(row, text):
    """All runs of consecutive words of row whose joined text equals text, as (first, last)."""
    toks = text.split()
    out = []
    for i in range(len(row) - len(toks) + 1):
        if [w["text"] for w in row[i:i + len(toks)]] == toks:
            out.append((row[i], row[i + len(toks) - 1]))
    return out


def check_cell(cid, s):
    doc, page = s["document"], s["page"]
    tag = f"{cid}: {s['document']} p.{page} {s['table']} / {s['row']} / {s['column']}"
    pg = layout_pages(doc)[page - 1] if page else layout_pages(doc)[0]
    ok = [ln for ln in pg.splitlines() if s["row_text"] in ln and re.search(num_re(s["printed"]), ln)]
    if not ok:
        errors.append(f"{tag}: no pdftotext line with '{s['row_text']}' and '{s['printed']}'")
        return
    v = parse_printed(s["printed"]) * s["scale"]
    if abs(abs(v) - abs(s["value"])) > 1e-6:
        errors.append(f"{tag}: printed {s['printed']} x {s['scale']} = {v} != {s['value']}")
    if doc.endswith(".txt"):
        return
    rows = lines_of(plumb(doc).pages[page - 1])
    first_word = s["row_text"].split()[0]
    cand = []
    for r in rows:
        joined = " ".join(w["text"] for w in r)
        if s["row_text"] in joined:
            cand += [(r, seq) for seq in find_seqs(r, s["printed"])]
    if not cand:
        errors.append(f"{tag}: pdfplumber finds no row '{s['row_text']}' holding '{s['printed']}'")
        return
    if not s.get("anchor"):
        return
    # the printed cell must stand right-aligned (within 6 pt) under a header text equal to the anchor, on a line
    # above the row on the same page
    good = False
    for r, (f, l) in cand:
        top = r[0]["top"]
        for hr in rows:
            if hr[0]["top"] >= top - 1 or top - hr[0]["top"] > 520:
                continue
            if any(abs(sq[1]["x1"] - l["x1"]) <= 6 for sq in find_seqs(hr, s["anchor"])):
                good = True
    if not good:
        errors.append(f"{tag}: '{s['printed']}' is not right-aligned under the header '{s['anchor']}'")


def check_text(cid, s):
    doc = s["document"]
    tag = f"{cid}: {doc} p.{s['page']} text '{s['phrase']}'"
    pages = layout_pages(doc)
    pg = pages[s["page"] - 1] if s.get("page") else "\n".join(pages)
    if norm(s["phrase"]) not in norm(pg):
        errors.append(f"{tag}: not in pdftotext text")
    if not doc.endswith(".txt"):
        t = plumb(doc).pages[s["page"] - 1].extract_text() or ""
        if norm(s["phrase"]) not in norm(t):
            errors.append(f"{tag}: not in pdfplumber text")
    if s["printed"] not in s["phrase"]:
        errors.append(f"{tag}: printed '{s['printed']}' not in the phrase")
    v = parse_printed(s["printed"]) * s["scale"]
    if abs(abs(v) - abs(s["value"])) > 1e-6:
        errors.append(f"{tag}: printed {s['printed']} = {v} != {s['value']}")


def check_source(cid, s):
    (check_cell if s["kind"] == "cell" else check_text)(cid, s)


def main():
    cases = yaml.safe_load(open(os.path.join(SET, "cases.yaml"), encoding="utf-8"))
    prov = json.load(open(os.path.join(HERE, "provenance.json"), encoding="utf-8"))
    assert cases["version"] == 1
    n_src = 0
    kinds = {}
    ids = set()
    for c in cases["cases"]:
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        turns = c.get("turns", [c])
        assert len(prov[c["id"]]) == len(turns), c["id"]
        for t, p in zip(turns, prov[c["id"]]):
            kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
            assert t["kind"] in ("figure", "text", "refusal", "any")
            e = t.get("expect", {})
            assert "signed" not in e
            if t["kind"] == "figure":
                assert e["value"] == p["value"], (c["id"], e["value"], p["value"])
                assert e["municipality"] in ("Dinkelland", "Wassenaar")
                for s in p["sources"]:
                    check_source(c["id"], s)
                    n_src += 1
                tol = e.get("tolerance", 0) or 0
                if not p.get("derivation") or "printed" in (p.get("derivation") or ""):
                    if not any(abs(s["value"] - e["value"]) <= tol + 1e-9 for s in p["sources"]):
                        errors.append(f"{c['id']}: expected {e['value']} equals no source value")
                else:
                    vals = [s["value"] for s in p["sources"]]
                    d = p["derivation"]
                    if "/" in d and "x 100" in d:
                        got = 100 * vals[0] / vals[1]
                    elif " - " in d:
                        got = vals[0] - vals[1] if vals[0] >= vals[1] else vals[1] - vals[0]
                    else:
                        got = None
                    if got is None or abs(got - e["value"]) > tol + 1e-9:
                        errors.append(f"{c['id']}: derivation gives {got}, expected {e['value']}")
                for a in p["accept"]:
                    check_source(c["id"], a)
                    n_src += 1
                    if a["value"] not in e.get("accept", []):
                        errors.append(f"{c['id']}: accept source {a['value']} not in accept")
                for a in e.get("accept", []):
                    if not any(x["value"] == a for x in p["accept"]):
                        errors.append(f"{c['id']}: accept value {a} has no source")
            elif t["kind"] == "text":
                assert e.get("include") and e.get("municipality")
    # the fictional documents say so on page 1; the real ones are unchanged
    for doc in ("dinkelland-jaarstukken-2020-inclusieve-samenleving.pdf", "wassenaar-jaarstukken-2023.pdf"):
        if "FICTIEF" not in layout_pages(doc)[0]:
            errors.append(f"{doc}: page 1 does not say FICTIEF")
    src = os.environ.get("BG_SOURCE_CORPUS", "/work/main/corpus")
    for f in ("twenterand-programmabegroting-2020-sociaal-domein.txt", "dinkelland-begroting-2020-inclusieve-samenleving.txt",
              "wassenaar-begroting-2024.pdf", "collectie-overijssel-jaarstukken-2023.pdf"):
        if os.path.exists(os.path.join(src, f)) and not filecmp.cmp(os.path.join(src, f), os.path.join(CORPUS, f),
                                                                    shallow=False):
            errors.append(f"{f} differs from {src}")
    man = yaml.safe_load(open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8"))
    files = {d["file"] for d in man["documents"]}
    assert files == {f for f in os.listdir(CORPUS) if f != "manifest.yaml"}, files
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problems")
        sys.exit(1)
    print(f"check.py: {len(cases['cases'])} cases, {sum(kinds.values())} turns {kinds}, {n_src} sources verified")


if __name__ == "__main__":
    main()
