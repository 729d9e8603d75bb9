"""Read the finished PDFs back (pdfplumber chars + pdftotext), independent of data.py.

Lines are rebuilt from the upright characters (same baseline within 2 pt); a gap wider than 5 pt between two
characters splits cells.  Rotated (non-upright) characters are grouped into vertical header labels.
"""
from __future__ import annotations

import re
import subprocess
from functools import lru_cache

import pdfplumber


class Line:
    def __init__(self, chars):
        self.chars = sorted(chars, key=lambda c: c["x0"])
        self.top = min(c["top"] for c in chars)
        self.bottom = max(c["bottom"] for c in chars)
        # cells: runs of characters separated by gaps > 5 pt
        cells, cur = [], []
        for c in self.chars:
            if cur and c["x0"] - cur[-1]["x1"] > 5.0:
                cells.append(cur)
                cur = []
            if c["text"] == " " and not cur:
                continue
            cur.append(c)
        if cur:
            cells.append(cur)
        self.cells = []
        for cc in cells:
            txt = ""
            prev = None
            for c in cc:
                if prev is not None and c["x0"] - prev["x1"] > 1.2 and c["text"] != " " and not txt.endswith(" "):
                    txt += " "
                txt += c["text"]
                prev = c
            txt = re.sub(r"\s+", " ", txt).strip()
            if txt:
                xs = [c for c in cc if c["text"].strip()]
                self.cells.append((txt, min(c["x0"] for c in xs), max(c["x1"] for c in xs)))
        self.text = "  ".join(c[0] for c in self.cells)
        # words: split at spaces and at gaps > 1.2 pt
        self.words, cur = [], []
        for c in self.chars:
            if c["text"] == " " or (cur and c["x0"] - cur[-1]["x1"] > 1.2):
                if cur:
                    self.words.append(("".join(x["text"] for x in cur), cur[0]["x0"], cur[-1]["x1"]))
                cur = [] if c["text"] == " " else [c]
                continue
            cur.append(c)
        if cur:
            self.words.append(("".join(x["text"] for x in cur), cur[0]["x0"], cur[-1]["x1"]))

    def spans(self, phrase):
        """x ranges of a phrase (a run of consecutive words) in the line"""
        ws = phrase.split()
        out = []
        for i in range(len(self.words) - len(ws) + 1):
            if [w[0] for w in self.words[i:i + len(ws)]] == ws:
                out.append((self.words[i][1], self.words[i + len(ws) - 1][2]))
        return out


class Page:
    def __init__(self, page, no):
        self.no = no
        chars = [c for c in page.chars if c.get("upright", True)]
        chars.sort(key=lambda c: (round(c["bottom"], 0), c["x0"]))
        groups = []
        for c in sorted(chars, key=lambda c: c["bottom"]):
            if groups and abs(groups[-1][-1]["bottom"] - c["bottom"]) <= 2.0:
                groups[-1].append(c)
            else:
                groups.append([c])
        self.lines = [Line(g) for g in groups if any(ch["text"].strip() for ch in g)]
        self.lines.sort(key=lambda l: l.top)
        # rotated header labels: cluster by x
        rot = [c for c in page.chars if not c.get("upright", True)]
        cl = {}
        for c in rot:
            k = round(c["x0"] / 3)
            cl.setdefault(k, []).append(c)
        self.rotated = []
        for cs in cl.values():
            cs.sort(key=lambda c: -c["top"])
            self.rotated.append(("".join(c["text"] for c in cs).strip(), min(c["x0"] for c in cs),
                                 max(c["x1"] for c in cs), min(c["top"] for c in cs)))
        self.text = "\n".join(l.text for l in self.lines)


@lru_cache(maxsize=None)
def load(path):
    with pdfplumber.open(path) as pdf:
        return [Page(p, i + 1) for i, p in enumerate(pdf.pages)]


@lru_cache(maxsize=None)
def layout(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def find_caption(pages, caption):
    return [p.no for p in pages if any(norm(l.text).startswith(caption) for l in p.lines)]


def find_row(page, label):
    """(line, index of the label cell): lines with a cell that starts with the label (a wrapped label: its first
    line); the first cell is the usual place, a later one is the right half of a two-sided table (balans)"""
    out = []
    for l in page.lines:
        for i, c in enumerate(l.cells):
            if norm(c[0]).startswith(label):
                out.append((l, i))
                break
    return out


def cell_match(cell_text, printed):
    """a cell equals the printed figure, possibly followed by a raised footnote mark"""
    if cell_text == printed:
        return True
    m = re.fullmatch(re.escape(printed) + r"\s?\d\)?", cell_text)
    return bool(m)


def locate_cell(pages, page_no, label, printed, header, *, rotated=False, value_line_offset=0):
    """Find `printed` in the row `label` on page `page_no` under the column whose header lines are `header`
    (a list of strings, each a header cell's line).  value_line_offset: the figures stand N lines below the
    label's first line (wrapped labels with figures on the last line).  Returns a dict or raises."""
    page = pages[page_no - 1]
    rows = find_row(page, label)
    if not rows:
        raise AssertionError(f"row {label!r} not on page {page_no}")
    hits = []
    for r, ci in rows:
        li = page.lines.index(r) + value_line_offset
        line = page.lines[li]
        lab_x1 = r.cells[ci][2]
        for txt, x0, x1 in line.cells:
            if x0 > lab_x1 and cell_match(txt, printed):
                # the figure belongs to this label: no other label cell between them
                between = [c for c in r.cells[ci + 1:] if c[1] < x0 and not re.search(r"\d", c[0])
                           and c[0][:1].isupper() and len(c[0]) > 6]
                if not between:
                    hits.append((line, txt, x0, x1))
    if not hits:
        raise AssertionError(f"{printed!r} not in row {label!r} on page {page_no}: "
                             f"{[page.lines[page.lines.index(r) + value_line_offset].text for r, _ in rows]}")
    good = []
    for line, txt, x0, x1 in hits:
        if rotated:
            cand = [r for r in page.rotated if r[3] < line.top]
            if not cand:
                continue
            near = min(cand, key=lambda r: abs((r[1] + r[2]) / 2 - (x0 + x1) / 2))
            if near[0] == header[0]:
                good.append((line, txt, x0, x1, [near[0]]))
            continue
        ok = True
        for h in header:
            found = False
            for l in page.lines:
                if l.top >= line.top or line.top - l.top > 520:
                    continue
                for hx0, hx1 in l.spans(h):
                    if hx0 <= x1 + 2 and hx1 >= x0 - 2:
                        found = True
            ok = ok and found
        if ok:
            good.append((line, txt, x0, x1, header))
    if len(good) != 1:
        raise AssertionError(f"{printed!r} in row {label!r} p{page_no}: {len(good)} matches under header {header}")
    line, txt, x0, x1, h = good[0]
    return {"page": page_no, "row": label, "cell_text": txt, "line": line.text, "x0": round(x0, 1),
            "x1": round(x1, 1)}


def find_prose(pages, fragment):
    """pages whose text (lines joined with spaces) holds the fragment"""
    out = []
    for p in pages:
        t = norm(" ".join(l.text for l in p.lines))
        if norm(fragment) in t:
            out.append(p.no)
    return out


def parse_nl(s):
    """'1.234.567' / '-7.890,1' / '30 509' / '12,6%' -> float"""
    s = s.strip().rstrip("%").strip()
    s = re.sub(r"\s?\d\)$", "", s) if re.search(r"\s\d\)$", s) else s
    neg = s.startswith("-")
    s = s.lstrip("-").replace(" ", "").replace("\u2009", "").replace(".", "").replace(",", ".")
    v = float(s)
    return -v if neg else v
