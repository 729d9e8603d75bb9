"""Check cases.yaml of set-u against the generated documents.

For every case (and every turn of a conversation) the comment block above it is parsed:

  # bron: <doc-id> p.<n> | <caption or 'tekst ...'> | rij "<row>" | kolom "<col>" | printed "<v>"
  # waarde: <derivation> = <expected value, Dutch notation>
  # ontbreekt: <why the documents do not hold the answer>           (refusals)
  # absent: <doc-id> "<string>"                                      (refusals, optional)

Checks:
- the file follows FORMAT.md version 1 (ids unique, kinds valid, expect fields present);
- every printed value occurs on the cited page (text extracted with pdfplumber, also per
  half page for two-column layouts; whitespace normalised);
- table captions, row labels and column headers cited occur (word by word) on the page;
- the value after '=' on the waarde line equals expect.value or one of expect.accept;
- the cited document belongs to expect.municipality (manifest);
- refusals have an 'ontbreekt' line and every 'absent' string is missing from the document;
- text cases: every include item has at least one alternative that occurs in the document.
Run: /work/main/.venv/bin/python source/check_cases.py
"""
import os
import re
import sys
from collections import Counter

import pdfplumber
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
CASES = os.path.join(ROOT, "cases.yaml")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def words(s):
    return [w for w in re.findall(r"[\w\-,.%€()+/]+", s) if w.strip(".,()")]


def load_docs():
    man = yaml.safe_load(open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8"))
    assert man.get("version") == 1, "manifest version"
    docs = {}
    for d in man["documents"]:
        for key in ("id", "file", "municipality", "title", "year", "type", "source"):
            assert key in d, f"manifest: {d.get('id')} lacks {key}"
        assert d["type"] in ("begroting", "jaarstukken", "voorjaarsnota", "bestuursrapportage", "kadernota")
        pages = []
        with pdfplumber.open(os.path.join(CORPUS, d["file"])) as pdf:
            for p in pdf.pages:
                full = p.extract_text() or ""
                w = p.width
                left = p.crop((0, 0, w / 2, p.height)).extract_text() or ""
                right = p.crop((w / 2, 0, w, p.height)).extract_text() or ""
                pages.append([norm(full), norm(left), norm(right)])
        d["pages"] = pages
        d["all"] = " ".join(" ".join(x) for x in pages)
        docs[d["id"]] = d
    return docs


def dutch_number(s):
    s = s.strip().rstrip(".").split("(")[0].strip()
    s = s.replace("€", "").replace(" ", "")
    neg = s.startswith("-")
    s = s.lstrip("-")
    if not re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?|\d+(,\d+)?", s):
        raise ValueError(f"not a Dutch number: {s!r}")
    v = float(s.replace(".", "").replace(",", "."))
    return -v if neg else v


def on_page(doc, pno, needle):
    texts = doc["pages"][pno - 1]
    n = norm(needle)
    return any(n in t for t in texts)


def words_on_page(doc, pno, phrase):
    texts = " ".join(doc["pages"][pno - 1]).lower()
    squeezed = texts.replace(" ", "")  # header cells that wrap inside a word ("1-" / "1-2026")
    missing = []
    for w in words(phrase):
        w = w.lower().strip(".,")
        if w in texts or w in squeezed:
            continue
        # a wrapped header cell splits a hyphenated token over two lines
        if "-" in w and all(part in texts for part in w.split("-") if part):
            continue
        missing.append(w)
    return missing


def comment_blocks(lines):
    """Return list of (marker, comments) for '- id:' and '- question:' lines in file order."""
    out, block = [], []
    for line in lines:
        s = line.strip()
        if s.startswith("#"):
            block.append(s)
            continue
        if re.match(r"^- id:", line):
            out.append(("id", block))
        elif re.match(r"^\s+- question:", line):
            out.append(("turn", block))
        if s:
            block = []
    return out


def check_item(where, item, comments, docs, kind_counter):
    kind = item.get("kind")
    if kind not in ("figure", "text", "refusal", "any"):
        err(where, f"invalid kind {kind!r}")
        return
    kind_counter[kind] += 1
    if not isinstance(item.get("question"), str) or not item["question"].strip():
        err(where, "question missing")
    expect = item.get("expect") or {}
    bron = [c for c in comments if c.startswith("# bron:")]
    waarde = [c for c in comments if c.startswith("# waarde:")]
    cited_docs = set()
    for b in bron:
        m = re.match(r"# bron:\s*(\S+)\s+p\.(\d+)", b)
        if not m:
            err(where, f"cannot parse source line: {b}")
            continue
        did, pno = m.group(1), int(m.group(2))
        if did not in docs:
            err(where, f"unknown document {did}")
            continue
        doc = docs[did]
        cited_docs.add(did)
        if not 1 <= pno <= len(doc["pages"]):
            err(where, f"page {pno} out of range for {did}")
            continue
        fields = [f.strip() for f in b.split(" | ")]
        if len(fields) > 1 and fields[1].startswith("Tabel"):
            miss = words_on_page(doc, pno, fields[1])
            if miss:
                err(where, f"caption words {miss} not on {did} p.{pno}")
        for f in fields[2:]:
            if f.startswith("rij ") or f.startswith("kolom "):
                for q in re.findall(r'"([^"]+)"', f):
                    miss = words_on_page(doc, pno, q)
                    if miss:
                        err(where, f"{f.split()[0]} words {miss} of {q!r} not on {did} p.{pno}")
        printed = re.findall(r'printed "([^"]+)"', b)
        if kind in ("figure", "text") and not printed:
            err(where, f"source line without printed value: {b}")
        for pv in printed:
            if not on_page(doc, pno, pv):
                err(where, f"printed {pv!r} not found on {did} p.{pno}")
    muni = expect.get("municipality")
    if kind == "figure":
        if "value" not in expect:
            err(where, "figure without expect.value")
        if not bron or not waarde:
            err(where, "figure case needs bron and waarde comment lines")
        for w in waarde:
            rhs = w.split("=")[-1]
            try:
                v = dutch_number(rhs)
            except ValueError as e:
                err(where, str(e))
                continue
            allowed = [expect.get("value")] + list(expect.get("accept") or [])
            if not any(a is not None and abs(float(a) - v) <= 1e-9 + float(expect.get("tolerance", 0)) for a in allowed):
                err(where, f"waarde {v} does not match expect {allowed}")
    if kind == "text":
        inc = expect.get("include")
        if not inc:
            err(where, "text case without include")
        target = [d for d in docs.values() if d["municipality"] == muni]
        alltext = " ".join(d["all"] for d in target).lower()
        for it in inc or []:
            alts = it if isinstance(it, list) else [it]
            if not any(norm(a).lower() in alltext for a in alts):
                err(where, f"no alternative of {alts} occurs in the {muni} document")
    if kind == "refusal":
        if expect.get("value") is not None:
            err(where, "refusal with a value")
        if not any(c.startswith("# ontbreekt:") for c in comments):
            err(where, "refusal without 'ontbreekt' comment")
        for c in comments:
            m = re.match(r'# absent:\s*(\S+)\s+"([^"]+)"', c)
            if m:
                did, s = m.groups()
                if did not in docs:
                    err(where, f"unknown document {did}")
                elif s.lower() in docs[did]["all"].lower():
                    err(where, f"'absent' string {s!r} does occur in {did}")
    if kind in ("figure", "text"):
        if not muni:
            err(where, "expect.municipality missing")
        elif cited_docs and not any(docs[d]["municipality"] == muni for d in cited_docs):
            err(where, f"cited documents {cited_docs} are not of {muni}")


def main():
    docs = load_docs()
    munis = {d["municipality"] for d in docs.values()}
    text = open(CASES, encoding="utf-8").read()
    data = yaml.safe_load(text)
    if data.get("version") != 1:
        err("file", "version must be 1")
    cases = data.get("cases") or []
    blocks = comment_blocks(text.splitlines())
    bi = 0
    ids = Counter(c.get("id") for c in cases)
    for i, n in ids.items():
        if n > 1:
            err(i, "duplicate id")
    kinds = Counter()
    case_kinds = Counter()
    for c in cases:
        cid = c.get("id", "?")
        if bi >= len(blocks) or blocks[bi][0] != "id":
            err(cid, "comment/case alignment lost")
            break
        head_comments = blocks[bi][1]
        bi += 1
        scope = c.get("municipality")
        if scope is not None and scope not in munis:
            err(cid, f"scope {scope!r} is not a municipality in the manifest")
        if "turns" in c:
            case_kinds["conversation"] += 1
            for t_i, t in enumerate(c["turns"], start=1):
                if bi >= len(blocks) or blocks[bi][0] != "turn":
                    err(cid, "turn alignment lost")
                    break
                check_item(f"{cid}#turn{t_i}", t, head_comments + blocks[bi][1], docs, kinds)
                bi += 1
        else:
            case_kinds[c.get("kind")] += 1
            check_item(cid, c, head_comments, docs, kinds)
    print(f"cases: {len(cases)}  by kind: {dict(case_kinds)}  items (incl. turns): {dict(kinds)}")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
