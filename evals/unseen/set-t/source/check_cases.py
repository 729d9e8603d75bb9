"""Check cases.yaml of set-t against the generated documents.

For every case the comment block above it is parsed:
  cell <doc> [p.N] | table "<caption>" | row "<label>" | col "<header>" | «value»
      PDF: on page N (footer page number == PDF page index) a text line contains the row label and the
           value, and the value is right-aligned under the nearest column header word above it.
           The caption (up to the first parenthesis) must occur on the page.
      HTML: the table with that caption has a row starting with the label whose cell in the named
           column is exactly the value.
  text <doc> [p.N] | «snippet»     snippet occurs in the (page) text, whitespace-normalised
  absent <doc> | «s»               s does not occur in the document text (case-insensitive)
  nocol <doc> | table "<caption>" | col "<header>"   (HTML) the table has no column with that header
  calc[: or [k]:] <expr> = <num>   expr evaluates to num; num equals the expected value or an accept entry
Also: ids unique, kinds valid, municipalities known, every figure value/accept entry backed by a calc,
every text include group present in the document, every case (turn) has a source line.

Usage: /work/main/.venv/bin/python check_cases.py
"""
from __future__ import annotations

import math
import os
import re
import sys
from collections import Counter

import pdfplumber
import yaml
from bs4 import BeautifulSoup

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
CASES = os.path.join(ROOT, "cases.yaml")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\xa0", " ").replace("\u202f", " ")).strip()


# ------------------------------------------------------------------------------------------ documents
class PdfDoc:
    def __init__(self, path):
        self.pdf = pdfplumber.open(path)
        self.pages = [p for p in self.pdf.pages]
        self.texts = [norm(p.extract_text() or "") for p in self.pages]
        self.all_text = " ".join(self.texts)
        self._words = {}

    def words(self, n):
        if n not in self._words:
            self._words[n] = self.pages[n - 1].extract_words(use_text_flow=False)
        return self._words[n]

    def page_text(self, n):
        return self.texts[n - 1]

    def footer_ok(self, n):
        return n == 1 or self.texts[n - 1].endswith(str(n))

    def lines(self, n):
        ws = sorted(self.words(n), key=lambda w: (round(w["top"]), w["x0"]))
        lines = []
        for w in ws:
            if lines and abs(lines[-1][0]["top"] - w["top"]) < 2.5:
                lines[-1].append(w)
            else:
                lines.append([w])
        return [sorted(l, key=lambda w: w["x0"]) for l in lines]

    def check_cell(self, n, caption, label, col, value):
        errs = []
        cap = caption.split("(")[0].strip()
        if cap.lower() not in self.page_text(n).lower():
            errs.append(f"caption '{cap}' not on p.{n}")
        hits = []
        for line in self.lines(n):
            text = " ".join(w["text"] for w in line)
            if label.lower() in norm(text).lower():
                for w in line:
                    if w["text"] == value:
                        hits.append((line, w))
        if not hits:
            return errs + [f"no line on p.{n} with row '{label}' and value '{value}'"]
        headers = [w for w in self.words(n) if w["text"] == col]
        for line, w in hits:
            # a header word with the column name above the value, right-aligned with it
            # (row labels that contain the same word are left-aligned and never match)
            above = [h for h in headers if h["top"] < w["top"] - 1]
            if any(abs(h["x1"] - w["x1"]) < 4 for h in above):
                return errs
        return errs + [f"value '{value}' in row '{label}' on p.{n} is not under column '{col}'"]


class HtmlDoc:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.soup = BeautifulSoup(f.read(), "html.parser")
        self.all_text = norm(self.soup.get_text(" "))

    def table(self, caption):
        for t in self.soup.find_all("table"):
            c = t.find("caption")
            if c and norm(c.get_text(" ")).lower().startswith(caption.lower()):
                return t
        return None

    def check_cell(self, caption, label, col, value):
        t = self.table(caption)
        if t is None:
            return [f"table with caption '{caption}' not found"]
        head_rows = t.find("thead").find_all("tr")
        last = [norm(th.get_text(" ")) for th in head_rows[-1].find_all(["th", "td"])]
        for tr in t.find("tbody").find_all("tr"):
            cells = [norm(td.get_text(" ")) for td in tr.find_all(["td", "th"])]
            if not cells or not cells[0].lower().startswith(label.lower()):
                continue
            offset = len(cells) - len(last)
            if col not in last:
                return [f"column '{col}' not in header {last}"]
            got = cells[offset + last.index(col)]
            if got == value:
                return []
            return [f"table '{caption}' row '{label}' col '{col}' = '{got}', comment says '{value}'"]
        return [f"row '{label}' not in table '{caption}'"]


def load_docs():
    man = yaml.safe_load(open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8"))
    docs, munis = {}, {}
    for d in man["documents"]:
        path = os.path.join(CORPUS, d["file"])
        key = d["municipality"].lower()
        docs[key] = PdfDoc(path) if path.endswith(".pdf") else HtmlDoc(path)
        munis[d["municipality"]] = d
    return docs, munis


# ------------------------------------------------------------------------------------------ comments
ID_RE = re.compile(r"^- id:\s*(\S+)")


def comment_blocks(path):
    """Map case id -> list of comment lines directly above it."""
    blocks, cur = {}, []
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if line.startswith("#"):
            cur.append(line[1:].strip())
            continue
        m = ID_RE.match(line)
        if m:
            blocks[m.group(1)] = cur
            cur = []
        elif line.strip() == "":
            cur = [] if not cur else cur
        else:
            cur = []
    return blocks


VAL_RE = re.compile(r"«(.*?)»")
CELL_RE = re.compile(r'^cell (\w+)(?: p\.(\d+))? \| table "([^"]+)"(?:[^|]*)\| row "([^"]+)" \| col "([^"]+)" \| «(.*?)»\s*$')
TEXT_RE = re.compile(r"^text (\w+)(?: p\.(\d+))? \| «(.*?)»\s*$")
ABSENT_RE = re.compile(r"^absent (\w+) \| «(.*?)»\s*$")
NOCOL_RE = re.compile(r'^nocol (\w+) \| table "([^"]+)" \| col "([^"]+)"\s*$')
CALC_RE = re.compile(r"^calc(?:\[(\d+)\])?:\s*(.+?)\s*=\s*(-?[\d.]+)\b")
TURN_RE = re.compile(r"^turn (\d+):\s*(.*)$")


def nearly(a, b, tol=1e-9):
    return math.isclose(float(a), float(b), rel_tol=0, abs_tol=max(tol, 1e-9))


def main():
    global CASES
    if len(sys.argv) > 1:
        CASES = sys.argv[1]
    docs, munis = load_docs()
    data = yaml.safe_load(open(CASES, encoding="utf-8"))
    blocks = comment_blocks(CASES)
    errors = []
    kinds = Counter()
    n_turns = 0
    assert data.get("version") == 1, "version must be 1"
    ids = [c["id"] for c in data["cases"]]
    for i, n in Counter(ids).items():
        if n > 1:
            errors.append(f"duplicate id {i}")

    for case in data["cases"]:
        cid = case["id"]
        lines = blocks.get(cid, [])
        turns = case.get("turns") or [case]
        if case.get("municipality") and case["municipality"] not in munis:
            errors.append(f"{cid}: unknown municipality {case['municipality']}")
        # parse comment lines, per turn
        per_turn = {k: dict(src=0, calcs=[]) for k in range(1, len(turns) + 1)}
        for ln in lines:
            turn = 1
            m = TURN_RE.match(ln)
            if m:
                turn, ln = int(m.group(1)), m.group(2)
            mc = CALC_RE.match(ln)
            if mc:
                k = int(mc.group(1)) if mc.group(1) else turn
                expr, num = mc.group(2), float(mc.group(3))
                try:
                    got = eval(expr, {"__builtins__": {}}, {"abs": abs, "round": round})
                except Exception as e:  # noqa: BLE001
                    errors.append(f"{cid}: calc '{expr}' does not evaluate: {e}")
                    continue
                if not nearly(got, num, 1e-6):
                    errors.append(f"{cid}: calc '{expr}' = {got}, comment says {num}")
                per_turn.setdefault(k, dict(src=0, calcs=[]))["calcs"].append(num)
                continue
            m = CELL_RE.match(ln)
            if m:
                doc, page, caption, label, col, value = m.groups()
                d = docs.get(doc)
                if d is None:
                    errors.append(f"{cid}: unknown doc {doc}")
                    continue
                if isinstance(d, PdfDoc):
                    if not page:
                        errors.append(f"{cid}: PDF cell without page")
                        continue
                    if not d.footer_ok(int(page)):
                        errors.append(f"{cid}: page {page} footer number mismatch")
                    errs = d.check_cell(int(page), caption, label, col, value)
                else:
                    errs = d.check_cell(caption, label, col, value)
                errors += [f"{cid}: {e}" for e in errs]
                per_turn.setdefault(turn, dict(src=0, calcs=[]))["src"] += 1
                continue
            m = TEXT_RE.match(ln)
            if m:
                doc, page, snippet = m.groups()
                d = docs.get(doc)
                hay = d.page_text(int(page)) if (page and isinstance(d, PdfDoc)) else d.all_text
                if norm(snippet) not in hay:
                    errors.append(f"{cid}: text «{snippet}» not found in {doc}" + (f" p.{page}" if page else ""))
                per_turn.setdefault(turn, dict(src=0, calcs=[]))["src"] += 1
                continue
            m = ABSENT_RE.match(ln)
            if m:
                doc, s = m.groups()
                if s.lower() in docs[doc].all_text.lower():
                    errors.append(f"{cid}: «{s}» should be absent from {doc} but occurs")
                per_turn.setdefault(turn, dict(src=0, calcs=[]))["src"] += 1
                continue
            m = NOCOL_RE.match(ln)
            if m:
                doc, caption, col = m.groups()
                d = docs[doc]
                t = d.table(caption) if isinstance(d, HtmlDoc) else None
                if t is None:
                    errors.append(f"{cid}: nocol: table '{caption}' not found in {doc}")
                else:
                    heads = [norm(th.get_text(" ")) for th in t.find("thead").find_all("th")]
                    if col in heads:
                        errors.append(f"{cid}: nocol: column '{col}' does occur in '{caption}'")
                per_turn.setdefault(turn, dict(src=0, calcs=[]))["src"] += 1
                continue
            if ln.startswith(("cell ", "text ", "absent ", "nocol ", "calc")):
                errors.append(f"{cid}: unparsed source line: {ln}")

        for k, t in enumerate(turns, start=1):
            n_turns += 1
            kind = t.get("kind")
            kinds[kind] += 1
            if kind not in ("figure", "text", "refusal", "any"):
                errors.append(f"{cid}: bad kind {kind}")
            if "question" not in t:
                errors.append(f"{cid}: turn {k} without question")
            info = per_turn.get(k, dict(src=0, calcs=[]))
            if info["src"] == 0 and not (kind == "refusal" and lines):
                errors.append(f"{cid}: turn {k} has no source line")
            exp = t.get("expect", {}) or {}
            em = exp.get("municipality")
            if em and em not in munis:
                errors.append(f"{cid}: expect.municipality {em} unknown")
            if kind == "figure":
                if "value" not in exp:
                    errors.append(f"{cid}: figure without value")
                    continue
                wanted = [exp["value"]] + list(exp.get("accept", []))
                if exp.get("accept") and exp["value"] not in exp["accept"]:
                    errors.append(f"{cid}: value not in accept list")
                for w in wanted:
                    if not any(nearly(w, c, 1e-6) for c in info["calcs"]):
                        errors.append(f"{cid}: turn {k} expected {w} not backed by a calc line")
                if not em:
                    errors.append(f"{cid}: figure without expect.municipality")
            if kind == "text":
                inc = exp.get("include", [])
                if not inc:
                    errors.append(f"{cid}: text case without include")
                doc = docs[em.lower()] if em else None
                for item in inc:
                    alts = item if isinstance(item, list) else [item]
                    if doc and not any(a.lower() in doc.all_text.lower() for a in alts):
                        errors.append(f"{cid}: include {alts} not found in {em} document")
            if kind == "refusal" and exp.get("value") is not None:
                errors.append(f"{cid}: refusal with a value")

    print(f"cases: {len(data['cases'])}, turns: {n_turns}, kinds (per turn): {dict(kinds)}")
    case_kinds = Counter(("conversation" if c.get("turns") else c["kind"]) for c in data["cases"])
    print(f"cases by kind: {dict(case_kinds)}")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("all case sources verified against the documents")


if __name__ == "__main__":
    main()
