"""Re-read the produced documents and assert that every expected value of ../cases.yaml is printed where its
comment says (page, table, row, n-th value cell), with two readers: pdftotext -layout (cell position) and
pdfplumber (the printed string on that page).  Also checks derivations, accept values, text include items,
refusals (the asked thing is really absent), the manifest and the copied documents.

Usage: python check.py SET_DIR
"""
from __future__ import annotations

import filecmp
import json
import re
import sys
from pathlib import Path

import pdfplumber
import yaml

import data as d  # noqa: F401  (importing runs the sum assertions)
from pdftext import find_cell, norm, pages

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
HERE = Path(__file__).parent
cases = yaml.safe_load((SET / "cases.yaml").read_text(encoding="utf-8"))
prov = json.loads((HERE / "provenance.json").read_text(encoding="utf-8"))
assert cases["version"] == 1
_plumb: dict = {}


def plumber_page(fname, page):
    key = (fname, page)
    if key not in _plumb:
        with pdfplumber.open(str(CORPUS / fname)) as pdf:
            _plumb[key] = norm(pdf.pages[page - 1].extract_text(x_tolerance=1) or "")
    return _plumb[key]


def num(printed, scale):
    s = printed.replace("€ ", "").replace("-/- ", "").replace("%", "").split(" (")[0]
    s = re.sub(r"[a-z ]+$", "", s).replace(".", "").replace(",", ".")
    return round(float(s) * scale, 2)


def check_source(s):
    f = CORPUS / s["document"]
    if s["kind"] == "cell":
        if f.suffix == ".pdf":
            t = pages(str(f))[s["page"] - 1]
            ln = find_cell(t, s["table"], s.get("label") or s["row"], s["index"], s["printed"], s.get("occurrence"))
            assert ln, ("cell not found", s)
            assert s["printed"].split(" (")[0].replace("-/- ", "") in plumber_page(s["document"], s["page"]), s
        else:
            ln = find_cell(f.read_text(encoding="utf-8"), None, s["row"], s["index"], s["printed"])
            assert ln, ("cell not found in text document", s)
        assert abs(num(s["printed"], s["scale"]) - s["value"]) < 0.01, s
    elif s["kind"] == "prose":
        txt = norm(pages(str(f))[(s["page"] or 1) - 1])
        assert s["fragment"] in txt and s["printed"] in txt, s
        if f.suffix == ".pdf":
            assert s["printed"] in plumber_page(s["document"], s["page"]), s
    elif s["kind"] == "line":
        t = pages(str(f))[s["page"] - 1]
        assert any(l.strip().startswith(s["row"]) and s["printed"] in l for l in t.splitlines()), s
        assert abs(num(s["printed"], 1) - s["value"]) < 0.01
    elif s["kind"] == "passage":
        txt = norm(pages(str(f))[(s["page"] or 1) - 1]) if f.suffix == ".pdf" else norm(f.read_text("utf-8"))
        assert s["fragment"] in txt, s
    else:
        raise AssertionError(s)


def eval_deriv(deriv):
    lhs, rhs = deriv.rsplit("=", 1)
    tonum = lambda x: float(x.strip().replace(".", "").replace(",", "."))
    m = re.fullmatch(r"\s*([\d.,]+)\s*([-+/])\s*([\d.,]+)\s*(x 100)?\s*", lhs)
    assert m, deriv
    a, op, b = tonum(m.group(1)), m.group(2), tonum(m.group(3))
    v = a - b if op == "-" else a + b if op == "+" else a / b * 100
    r = tonum(rhs)
    assert abs(v - r) < (0.006 if op == "/" else 0.5), (deriv, v, r)
    return v, (a, b)


ABSENT = {  # refusal id -> strings that must not occur in the named document(s)
    "bf-ref-01": [(d.A_FILE, ["Twenterand"])],
    "bf-ref-02": [(d.T_FILE, ["2027"]), ("twenterand-programmabegroting-2020-sociaal-domein.txt", ["2027"])],
    "bf-ref-03": [(d.A_FILE, ["ton PMD", "PMD (ton)"])],
    "bf-ref-04": [(d.A_FILE, ["Den Haag", "'s-Gravenhage"])],
    "bf-ref-05": [(d.A_FILE, ["Investeringen 2027", "investeringen 2027"])],
    "bf-ref-06": [(d.A_FILE, ["2022"])],
    "bf-ref-07": [(d.T_FILE, ["fte", "formatie"])],
    "bf-ref-08": [(d.T_FILE, ["afvalstoffenheffing"]),
                  ("twenterand-programmabegroting-2020-sociaal-domein.txt", ["afvalstoffenheffing"])],
    "bf-av-c4#2": [(d.A_FILE, ["Dinkelland"])],
}

n = {"figure": 0, "refusal": 0, "text": 0, "any": 0}
manifest = yaml.safe_load((CORPUS / "manifest.yaml").read_text(encoding="utf-8"))["documents"]
munis = {m["municipality"] for m in manifest}
for case in cases["cases"]:
    cid = case["id"]
    turns = case.get("turns", [case])
    pv = prov[cid]
    assert len(pv) == len(turns), cid
    for k, (t, p) in enumerate(zip(turns, pv), 1):
        kind = t["kind"]
        n[kind] += 1
        assert kind == p["kind"], cid
        e = t.get("expect", {})
        assert "signed" not in e
        if kind == "figure":
            assert e["municipality"] in munis, cid
            for s in p["sources"]:
                check_source(s)
            if p["derivation"]:
                v, _ = eval_deriv(p["derivation"])
                assert abs(v - p["value"]) < 0.01 + e.get("tolerance", 0), (cid, v, p["value"])
                # the derivation uses the printed source values
                assert all(any(abs(s["value"] - x) < 0.01 or abs(s["value"] / 1000 - x) < 0.01 for s in p["sources"])
                           for x in _ if x), (cid, p["derivation"])
            else:
                assert abs(p["sources"][0]["value"] - p["value"]) < 0.01, cid
            first = e["accept"][0] if "accept" in e else e["value"]
            assert abs(first - p["value"]) < 0.01, cid
            for a, ya in zip(p["accept"], e.get("accept", [None])[1:]):
                for s in a["sources"]:
                    check_source(s)
                assert abs(a["value"] - ya) < 0.01 and abs(a["sources"][0]["value"] - ya) < 0.01, cid
        elif kind == "text":
            docs = {s["document"] for s in p["sources"]}
            for s in p["sources"]:
                check_source(s)
            full = " ".join(norm(" ".join(pages(str(CORPUS / f)))).lower() for f in docs)
            for item in e["include"]:
                alts = item if isinstance(item, list) else [item]
                assert any(a.lower() in full for a in alts), (cid, item)
        elif kind == "refusal":
            key = cid if len(turns) == 1 else f"{cid}#{k}"
            assert key in ABSENT, key
            for f, strs in ABSENT[key]:
                txt = " ".join(pages(str(CORPUS / f)))
                for s in strs:
                    assert not re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", txt), (key, f, s)
# the documents
for f in ["twenterand-programmabegroting-2020-sociaal-domein.txt", "dinkelland-begroting-2020-inclusieve-samenleving.txt",
          "wassenaar-begroting-2024.pdf", "collectie-overijssel-jaarstukken-2023.pdf", "manifest.yaml"]:
    if f != "manifest.yaml":
        assert filecmp.cmp(CORPUS / f, Path("/work/main/corpus") / f, shallow=False), f
for m in manifest:
    assert (CORPUS / m["file"]).exists(), m
for f in (d.T_FILE, d.A_FILE):
    assert "FICTIEF DOCUMENT" in pages(str(CORPUS / f))[0], f
# Avalex: none of the non-members
assert "Twenterand" not in " ".join(pages(str(CORPUS / d.A_FILE)))
print("check.py: all expected values found;", n, "turns")
