#!/usr/bin/env python3
"""Check the comments in ../cases.yaml against the text pdfplumber extracts from the two PDFs.

Every comment line that names a document and page is checked:
  # begroting p.7, Tabel 4.1 "...", row "Totale lasten", column "Begroting 2026" = 100.710 -> ...
      begroting (ruled tables): the cell in that row and column of a table on that page
      jaarstukken (unruled):    a text line on that page that starts with the row label and holds the value
  # begroting p.5, sentence "Wij trekken in 2026 € 1,8 miljoen extra uit voor jeugdhulp"
      the sentence occurs in the page text (lines joined by spaces)
Also checks ids are unique, every case has municipality Stellingmoer, and figure turns name
expect.municipality.  Run with /work/main/.venv/bin/python (needs pdfplumber and PyYAML).
"""
import os
import re
import sys

import pdfplumber
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = {
    "begroting": os.path.join(ROOT, "corpus", "stellingmoer-programmabegroting-2026.pdf"),
    "jaarstukken": os.path.join(ROOT, "corpus", "stellingmoer-jaarstukken-2025.pdf"),
}
REF = re.compile(r"\b(begroting|jaarstukken) p\.(\d+)\b")
CELL = re.compile(r'row "([^"]+)", column "([^"]+)" = (€ \S+|\S+)')
TAB = re.compile(r"Tabel ([0-9A-Z]+\.[0-9]+)")
SENT = re.compile(r'sentence "([^"]+)"')


def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\n", " ")).strip()


def load():
    out = {}
    for k, path in DOCS.items():
        with pdfplumber.open(path) as pdf:
            out[k] = [dict(text=pg.extract_text() or "", tables=pg.extract_tables()) for pg in pdf.pages]
    return out


def colnames(t):
    """Column names of a ruled table: header rows joined, colspan group headers carried right."""
    two = len(t) > 1 and (t[1][0] is None or t[1][0] == "")
    names = []
    carry = None
    for j, c in enumerate(t[0]):
        if c is not None:
            carry = norm(c) if j > 0 else None
            top = norm(c)
        else:
            top = carry or ""
        sub = norm(t[1][j]) if two and t[1][j] else ""
        names.append(norm(f"{top} {sub}"))
    return names, (2 if two else 1)


def cell_ok(page, row_label, col, value, tabel=None):
    tables = page["tables"]
    if tabel:
        caps = re.findall(r"^Tabel ([0-9A-Z]+\.[0-9]+)", page["text"], re.M)
        assert len(caps) == len(tables), (caps, len(tables))
        if tabel not in caps:
            return False, f"no Tabel {tabel} on this page"
        tables = [tables[caps.index(tabel)]]
    for t in tables:
        if not t or not t[0]:
            continue
        names, start = colnames(t)
        js = [j for j, n in enumerate(names) if n == col or n.endswith(" " + col)]
        if len(js) != 1:
            continue
        for r in t[start:]:
            if r and norm(r[0]) == row_label:
                return norm(r[js[0]]) == value, norm(r[js[0]])
    return False, None


def line_ok(page, row_label, value):
    for line in page["text"].split("\n"):
        if line.startswith(row_label) and re.search(r"(^|\s)" + re.escape(value) + r"(\s|$)", line):
            return True
    return False


def main():
    pages = load()
    text = open(os.path.join(ROOT, "cases.yaml"), encoding="utf-8").read()
    data = yaml.safe_load(text)
    errors, checked = [], 0
    for n, line in enumerate(text.split("\n"), 1):
        if not line.lstrip().startswith("#"):
            continue
        m = REF.search(line)
        if not m:
            continue
        doc, pno = m.group(1), int(m.group(2))
        page = pages[doc][pno - 1]
        rest = line[m.end():]
        tm = TAB.search(rest)
        tabel = tm.group(1) if tm else None
        for c in CELL.finditer(rest):
            row_label, col, value = c.group(1), c.group(2), c.group(3)
            checked += 1
            if doc == "begroting":
                ok, got = cell_ok(page, row_label, col, value, tabel)
                if not ok:
                    errors.append(f"line {n}: {doc} p.{pno} row {row_label!r} col {col!r}: want {value!r}, got {got!r}")
            elif not line_ok(page, row_label, value):
                errors.append(f"line {n}: {doc} p.{pno} no line starting {row_label!r} holding {value!r}")
        for s in SENT.finditer(rest):
            checked += 1
            if norm(s.group(1)) not in norm(page["text"]):
                errors.append(f"line {n}: {doc} p.{pno} sentence not found: {s.group(1)!r}")
    ids = set()
    kinds = {}
    for case in data["cases"]:
        assert case["id"] not in ids, case["id"]
        ids.add(case["id"])
        assert case.get("municipality") == "Stellingmoer", case["id"]
        turns = case.get("turns") or [case]
        for t in turns:
            kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
            if t["kind"] in ("figure", "text"):
                assert t["expect"].get("municipality") == "Stellingmoer", case["id"]
            if t["kind"] == "figure":
                assert isinstance(t["expect"]["value"], (int, float)), case["id"]
            if t["kind"] == "text":
                assert t["expect"].get("include"), case["id"]
    assert data["version"] == 1
    print(f"{len(data['cases'])} cases, turns by kind: {kinds}; {checked} quoted values checked")
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
