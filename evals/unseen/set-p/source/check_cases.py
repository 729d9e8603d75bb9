"""Sanity checks for set-p/cases.yaml: structure per FORMAT.md, unique ids, manifest names,
and that every expected figure is either printed in the extracted document text (in euros or
in x 1.000 form) or flagged as computed in its comment."""
import os
import re
import sys

import pdfplumber
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
man = yaml.safe_load(open(os.path.join(ROOT, "corpus", "manifest.yaml")))
names = {d["municipality"]: d for d in man["documents"]}
texts = {}
for d in man["documents"]:
    p = os.path.join(ROOT, "corpus", d["file"])
    if p.endswith(".pdf"):
        with pdfplumber.open(p) as pdf:
            texts[d["municipality"]] = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    else:
        texts[d["municipality"]] = open(p, encoding="utf-8").read()

raw = open(os.path.join(ROOT, "cases.yaml"), encoding="utf-8").read()
data = yaml.safe_load(raw)
assert data["version"] == 1
# comment block above each case id
blocks = {}
lines = raw.splitlines()
for i, ln in enumerate(lines):
    m = re.match(r"- id: (\S+)", ln)
    if m:
        j = i - 1
        com = []
        while j >= 0 and lines[j].startswith("#"):
            com.insert(0, lines[j])
            j -= 1
        blocks[m.group(1)] = "\n".join(com)


def nl(v):
    if float(v).is_integer():
        return f"{int(abs(v)):,}".replace(",", ".")
    s = f"{abs(v):,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def forms(v):
    out = {nl(v)}
    if float(v).is_integer() and v % 1000 == 0:
        out.add(nl(v / 1000))
    if not float(v).is_integer():
        out.add(f"{abs(v):.1f}".replace(".", ","))
        out.add(f"{abs(v):.4f}".replace(".", ","))
    return out


ids = set()
kinds = {}
problems = []
nturns = 0
for c in data["cases"]:
    assert c["id"] not in ids, c["id"]
    ids.add(c["id"])
    assert c["id"] in blocks and blocks[c["id"]].strip(), f"no comment for {c['id']}"
    mun = c.get("municipality")
    assert mun in names, (c["id"], mun)
    turns = c.get("turns") or [c]
    for t in turns:
        nturns += 1
        k = t["kind"]
        kinds[k] = kinds.get(k, 0) + 1
        e = t.get("expect", {})
        if k == "figure":
            assert "value" in e and e.get("municipality") == mun, c["id"]
            vals = [e["value"]] + list(e.get("accept", []))
            assert e["value"] in vals
            txt = texts[mun]
            found = any(f in txt for f in forms(e["value"]))
            if not found and "computed" not in blocks[c["id"]]:
                problems.append((c["id"], e["value"], sorted(forms(e["value"]))))
        elif k == "text":
            assert e.get("include"), c["id"]
        elif k == "refusal":
            assert "value" not in e
print("cases:", len(data["cases"]), "turns:", nturns, "by kind:", kinds)
per = {}
for c in data["cases"]:
    per[c["municipality"]] = per.get(c["municipality"], 0) + 1
print("per document:", per)
for p in problems:
    print("NOT FOUND LITERALLY (check comment):", p)
sys.exit(0)
