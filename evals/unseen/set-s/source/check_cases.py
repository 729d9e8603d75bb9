"""Check cases.yaml of set-s against the generated corpus.

For every question (single case or conversation turn) the comment block before it must
name its source. The checker verifies:
  * `bron: <doc> p. N | ... | gedrukt "v1" "v2"`  -> every printed value occurs on page N of
    the PDF (pdfplumber text) or on line N (.. N+3, prose wraps) of the text document;
  * `berekening: <expr> = <result>`               -> expr evaluates to result, and result is the
    case's expect.value (within tolerance); every `accept` value is one of the printed values;
  * `afwezig: <doc> "w1" "w2"`                    -> the words do not occur in that document;
  * text cases: every include group has an alternative that occurs in the cited source text;
  * structure: FORMAT.md fields, unique ids, known municipalities, 55-65 cases.

usage: python check_cases.py  (needs pdfplumber and PyYAML)
"""
import os
import re
import sys

import pdfplumber
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
CASES = os.path.join(ROOT, "cases.yaml")

KINDS = {"figure", "text", "refusal", "any"}
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
UNITS = {"EUR", "count", "percent", "grade"}


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def load_docs():
    with open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8") as f:
        man = yaml.safe_load(f)
    assert man.get("version") == 1
    docs = {}
    for d in man["documents"]:
        for k in ("id", "file", "municipality", "title", "year", "type", "source"):
            assert k in d, (d, k)
        assert d["type"] in {"begroting", "jaarstukken", "voorjaarsnota", "bestuursrapportage", "kadernota"}
        path = os.path.join(CORPUS, d["file"])
        if path.endswith(".pdf"):
            with pdfplumber.open(path) as pdf:
                units = [norm(p.extract_text() or "") for p in pdf.pages]
        else:
            with open(path, encoding="utf-8") as f:
                units = [norm(line) for line in f.read().split("\n")]
        docs[d["id"]] = dict(meta=d, units=units, pdf=path.endswith(".pdf"), all=norm(" ".join(units)))
    return docs


def unit_text(doc, n):
    if doc["pdf"]:
        assert 1 <= n <= len(doc["units"]), f"page {n} out of range"
        return doc["units"][n - 1]
    assert 1 <= n <= len(doc["units"]), f"line {n} out of range"
    return " ".join(doc["units"][n - 1:n + 3])


def parse_nl_number(s):
    """'€ 38,5 miljoen' -> 38500000, 'ruim 380.000 euro' -> 380000, '41%' -> 41."""
    m = re.search(r"-?\d[\d.]*(,\d+)?", s)
    if not m:
        return None
    v = float(m.group(0).replace(".", "").replace(",", "."))
    if "miljoen" in s:
        v *= 1_000_000
    return v


def comment_blocks(raw):
    """Return the comment lines preceding each `question:` line, in file order.

    A block survives blank lines and the `- id:` / `municipality:` / `turns:` lines of its case;
    any other YAML line ends it."""
    blocks, pending = [], []
    for line in raw.split("\n"):
        s = line.strip()
        if s.startswith("#"):
            pending.append(s.lstrip("#").strip())
        elif re.match(r"^(- )?question:", s):
            blocks.append(pending)
            pending = []
        elif s == "" or re.match(r"^(- id:|municipality:|turns:)", s):
            continue
        else:
            pending = []
    return blocks


def flatten(cases):
    out = []
    for c in cases:
        if "turns" in c:
            for i, t in enumerate(c["turns"]):
                out.append((f"{c['id']}#{i + 1}", c, t))
        else:
            out.append((c["id"], c, c))
    return out


def main():
    docs = load_docs()
    munis = {d["meta"]["municipality"] for d in docs.values()}
    raw = open(CASES, encoding="utf-8").read()
    data = yaml.safe_load(raw)
    errors = []

    def err(cid, msg):
        errors.append(f"{cid}: {msg}")

    assert data.get("version") == 1, "version must be 1"
    cases = data["cases"]
    ids = [c["id"] for c in cases]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        errors.append(f"duplicate ids: {dup}")
    if not 55 <= len(cases) <= 65:
        errors.append(f"{len(cases)} cases, expected 55-65")

    items = flatten(cases)
    blocks = comment_blocks(raw)
    if len(blocks) != len(items):
        print(f"FATAL: {len(blocks)} question lines vs {len(items)} questions in YAML")
        sys.exit(1)

    counts = {}
    n_values = 0
    for (cid, case, q), block in zip(items, blocks):
        kind = q.get("kind")
        counts[kind] = counts.get(kind, 0) + 1
        if kind not in KINDS:
            err(cid, f"bad kind {kind}")
        if not isinstance(q.get("question"), str) or not q["question"].strip():
            err(cid, "missing question")
        scope = case.get("municipality")
        if scope is not None and scope not in munis:
            err(cid, f"unknown scope municipality {scope}")
        exp = q.get("expect", {}) or {}
        bad = set(exp) - EXPECT_KEYS
        if bad:
            err(cid, f"unknown expect keys {bad}")
        if "unit" in exp and exp["unit"] not in UNITS:
            err(cid, f"bad unit {exp['unit']}")
        if "municipality" in exp and exp["municipality"] not in munis:
            err(cid, f"unknown expect.municipality {exp['municipality']}")

        bron, calc, absent = [], [], []
        for line in block:
            if line.startswith("bron:"):
                bron.append(line)
            elif line.startswith("berekening:"):
                calc.append(line)
            elif line.startswith("afwezig:"):
                absent.append(line)
        if not bron:
            err(cid, "no bron comment")

        printed_all, source_texts, bron_munis = [], [], set()
        for b in bron:
            m = re.match(r"bron:\s*([a-z0-9-]+)(?:\s+(p|r)\.\s*(\d+))?", b)
            if not m or m.group(1) not in docs and m.group(1) != "geen":
                err(cid, f"bron without known document: {b[:80]}")
                continue
            if m.group(1) == "geen":
                continue
            doc = docs[m.group(1)]
            bron_munis.add(doc["meta"]["municipality"])
            gm = re.search(r"gedrukt\s+(.*)$", b)
            if not m.group(2):
                if kind in ("figure", "text"):
                    err(cid, "bron without page/line")
                continue
            if (m.group(2) == "p") != doc["pdf"]:
                err(cid, "use p. for PDF pages and r. for text lines")
                continue
            try:
                if not doc["pdf"] and "| tabel" in b:
                    txt = doc["units"][int(m.group(3)) - 1]  # table row: the cited line only
                else:
                    txt = unit_text(doc, int(m.group(3)))
            except AssertionError as e:
                err(cid, str(e))
                continue
            rm = re.search(r'\| rij "([^"]*)"', b)
            if rm:
                flat = txt.replace("- ", "-")
                label = rm.group(1)
                words_ok = doc["pdf"] and all(w in txt for w in re.split(r"[\s-]+", label) if w)  # wrapped PDF cell
                if label not in txt and label not in flat and not words_ok:
                    err(cid, f'row label "{label}" not found on {m.group(2)}. {m.group(3)}')
            source_texts.append(txt.lower())
            if gm:
                for val in re.findall(r'"([^"]*)"', gm.group(1)):
                    n_values += 1
                    printed_all.append(val)
                    if norm(val) not in txt:
                        err(cid, f'printed value "{val}" not found on {m.group(2)}. {m.group(3)} of {m.group(1)}')
            elif kind in ("figure", "text"):
                err(cid, "bron without gedrukt")

        if kind in ("figure", "text") and exp.get("municipality") not in bron_munis:
            err(cid, f"expect.municipality {exp.get('municipality')} does not match sources {bron_munis}")

        if kind == "figure":
            if "value" not in exp:
                err(cid, "figure without expect.value")
            if len(calc) != 1:
                err(cid, "figure needs exactly one berekening")
            else:
                expr, _, res = calc[0][len("berekening:"):].rpartition("=")
                try:
                    got = eval(expr, {"__builtins__": {}, "round": round})
                    res_v = float(res)
                except Exception as e:  # noqa: BLE001
                    err(cid, f"cannot evaluate berekening: {e}")
                    got = res_v = None
                if got is not None:
                    if abs(got - res_v) > 1e-6:
                        err(cid, f"berekening {expr.strip()} = {got}, not {res_v}")
                    tol = max(exp.get("tolerance", 0), 1e-6)
                    if abs(res_v - exp["value"]) > tol:
                        err(cid, f"berekening result {res_v} != expect.value {exp['value']}")
            for a in exp.get("accept", []):
                vals = [parse_nl_number(p) for p in printed_all]
                if not any(v is not None and abs(v - a) < 1e-6 for v in vals):
                    err(cid, f"accept value {a} is not one of the printed values")
        elif kind == "text":
            inc = exp.get("include", [])
            if not inc:
                err(cid, "text case without include")
            for group in inc:
                alts = group if isinstance(group, list) else [group]
                if not any(a.lower() in t for a in alts for t in source_texts):
                    err(cid, f"include group {alts} not found in the cited source text")
        elif kind == "refusal":
            if "value" in exp:
                err(cid, "refusal with a value")
            if not absent:
                err(cid, "refusal needs an afwezig line")
            for a in absent:
                m = re.match(r"afwezig:\s*([a-z0-9-]+)\s+(.*)$", a)
                if not m or m.group(1) not in docs:
                    err(cid, f"afwezig without known document: {a}")
                    continue
                for w in re.findall(r'"([^"]*)"', m.group(2)):
                    n_values += 1
                    if re.search(r"(?<!\w)" + re.escape(w.lower()), docs[m.group(1)]["all"].lower()):
                        err(cid, f'"{w}" does occur in {m.group(1)}')

    print(f"{len(cases)} cases, {len(items)} questions; per kind (questions): {counts}")
    print(f"{sum(1 for c in cases if 'turns' in c)} conversations; {n_values} printed/absent values checked")
    if errors:
        print(f"{len(errors)} ERRORS")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
