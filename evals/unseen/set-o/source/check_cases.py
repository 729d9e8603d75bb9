"""Checks cases.yaml against FORMAT.md and the extracted PDF text (run after build.sh)."""
import re, yaml, pdfplumber, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
docs = yaml.safe_load(open(f"{ROOT}/corpus/manifest.yaml"))["documents"]
pages = {}
for d in docs:
    with pdfplumber.open(f"{ROOT}/corpus/{d['file']}") as p:
        pages[d["id"][12:13]] = [pg.extract_text() for pg in p.pages]   # 'p' / 'j'
alltext = "\n".join("\n".join(v) for v in pages.values())
sets = yaml.safe_load(open(f"{ROOT}/cases.yaml"))
assert sets["version"] == 1
ids, kinds, nturns = set(), {}, 0
ALLOWED_CASE = {"id", "question", "municipality", "kind", "expect", "turns"}
ALLOWED_EXP = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}

def printed(v):
    """forms in which a value could be printed: euros or x 1.000"""
    out = set()
    if isinstance(v, float) and not v.is_integer():
        out.add(f"{v:.2f}".replace(".", ",").rstrip("0").rstrip(","))
        out.add(f"{v:.1f}".replace(".", ","))
        out.add(f"{v}".replace(".", ","))
        out.add(f"{v:.2f}".replace(".", ","))
        return out
    v = int(abs(v))
    out.add(f"{v:,}".replace(",", "."))
    if v % 1000 == 0:
        out.add(f"{v // 1000:,}".replace(",", "."))
    return out

problems = []
for c in sets["cases"]:
    assert set(c) <= ALLOWED_CASE, c
    assert c["id"] not in ids, c["id"]; ids.add(c["id"])
    assert c.get("municipality") == "Kraaiendijk", c["id"]
    turns = c["turns"] if "turns" in c else [c]
    for t in turns:
        nturns += 1
        k = t["kind"]; kinds[k] = kinds.get(k, 0) + 1
        e = t.get("expect", {})
        assert set(e) <= ALLOWED_EXP, (c["id"], e)
        if k == "figure":
            assert e.get("municipality") == "Kraaiendijk", c["id"]
            vals = e.get("accept") or [e["value"]]
            assert e["value"] in vals
            for v in vals:
                if e.get("tolerance", 0) >= 1:     # computed difference
                    continue
                if c["id"] in ("o-b-jeugd-groei-2024-2026", "o-x-aandeel-sociaal-domein-2025"):
                    continue
                if c["id"] == "o-j-toevoegingen-reserves" and v == 2306932:
                    continue                         # 820.000 + 1.486.932
                if c["id"] in ("o-j-jeugd-overschrijding", "o-j-riolering-onderbesteding",
                               "o-j-overhead-overschrijding") and v not in (846213, 124246, 96447):
                    continue                         # realisatie - primitief, computed
                if not any(re.search(r"(?<![\d.,])-?" + re.escape(f) + r"(?![\d]|[.,]\d)", alltext) for f in printed(v)):
                    problems.append((c["id"], v, printed(v)))
        if k in ("text", "any"):
            assert e.get("municipality") == "Kraaiendijk"
        if k == "refusal":
            assert "expect" not in t or not t["expect"].get("value")
print("cases", len(sets["cases"]), "turns", nturns, kinds)
print("problems", problems)
