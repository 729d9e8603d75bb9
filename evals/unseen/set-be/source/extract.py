"""Read the finished PDFs back (never imports data.py): lines of characters, fields split at wide gaps.

Both new documents print thousands with a thin (Qt: no character, only a gap) or narrow no-break space, and
pdfme maps '-' to U+2010 in its text layer, so the reader works on characters, not on pdfplumber words.
"""
import re
import subprocess
from functools import lru_cache

import pdfplumber

SPACES = {"\u2009": " ", "\u202f": " ", "\u00a0": " ", "\u2010": "-", "\u2011": "-", "\u2212": "-"}
FIELD_GAP = 5.0          # points: a wider gap starts a new field (a new table cell)


def norm(s):
    for a, b in SPACES.items():
        s = s.replace(a, b)
    s = s.replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", s).strip()


class Line:
    def __init__(self, chars):
        chars = sorted(chars, key=lambda c: c["x0"])
        self.top = min(c["top"] for c in chars)
        self.fields = []
        cur, prev = [], None
        for ch in chars:
            if prev is not None and ch["x0"] - prev["x1"] > FIELD_GAP:
                self.fields.append(cur)
                cur = []
            cur.append(ch)
            prev = ch
        if cur:
            self.fields.append(cur)
        self.texts = [self._text(f) for f in self.fields]
        self.x = [(f[0]["x0"], f[-1]["x1"]) for f in self.fields]
        self.text = norm(" ".join(self.texts))

    @staticmethod
    def _text(chars):
        out, prev = "", None
        for ch in chars:
            size = ch.get("size", 9) or 9
            if prev is not None and ch["x0"] - prev["x1"] > 0.15 * size and not out.endswith(" ") and ch["text"] != " ":
                out += " "
            out += ch["text"]
            prev = ch
        return norm(out)


@lru_cache(maxsize=None)
def pages(path):
    """List of pages; a page is a list of Line objects, top to bottom."""
    out = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            chars = [c for c in pg.chars if c["text"].strip() or c["text"] in SPACES]
            chars = [c for c in chars if c["text"] not in ("\u2009", "\u202f", "\u00a0")] + \
                    [c for c in chars if c["text"] in ("\u2009", "\u202f", "\u00a0")]
            chars.sort(key=lambda c: (round(c["top"], 0), c["x0"]))
            lines, cur, top = [], [], None
            for ch in sorted(chars, key=lambda c: c["top"]):
                if top is not None and abs(ch["top"] - top) > 2.0:
                    lines.append(cur)
                    cur = []
                    top = None
                cur.append(ch)
                top = ch["top"] if top is None else top
            if cur:
                lines.append(cur)
            out.append([Line(l) for l in lines])
    return out


@lru_cache(maxsize=None)
def page_text(path, page):
    """Normalised text of one page (1-based) from pdftotext (reading order, no layout)."""
    t = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), path, "-"], capture_output=True, text=True).stdout
    return norm(t)


@lru_cache(maxsize=None)
def layout_lines(path, page):
    t = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), path, "-"],
                       capture_output=True, text=True).stdout
    return [norm(l) for l in t.splitlines() if l.strip()]


def label_of(line):
    return line.texts[0] if line.texts else ""


def same_label(a, b):
    a, b = norm(a).lower(), norm(b).lower()
    return a == b


def find_row(path, page, anchor, row, after=None, min_fields=None):
    """Return (line_index, Line) of the row labelled `row` below the line that starts with `anchor`
    (and below the line labelled `after`, if given) on `page` (1-based)."""
    lines = pages(path)[page - 1]
    start = None
    for i, ln in enumerate(lines):
        if ln.text.startswith(norm(anchor)):
            start = i
            break
    if start is None:
        raise LookupError(f"anchor {anchor!r} not on page {page} of {path}")
    i = start + 1
    if after is not None:
        while i < len(lines) and not same_label(label_of(lines[i]), after):
            i += 1
        if i == len(lines):
            raise LookupError(f"group {after!r} not below {anchor!r}")
        i += 1
    for j in range(i, len(lines)):
        if same_label(label_of(lines[j]), row) and (min_fields is None or len(lines[j].texts) > min_fields):
            return j, lines[j]
    raise LookupError(f"row {row!r} (with more than {min_fields} fields) not below {anchor!r} on page {page}")


def cell(path, page, anchor, row, col, after=None):
    """Text of the col-th figure field (0-based, after the label) of the first row so labelled below the anchor
    that has that many fields (a label-only line such as a group heading is passed over)."""
    j, ln = find_row(path, page, anchor, row, after, min_fields=col + 1)
    return ln.texts[1 + col], ln, j


def lines_between(path, page, anchor, row_index):
    lines = pages(path)[page - 1]
    start = next(i for i, ln in enumerate(lines) if ln.text.startswith(norm(anchor)))
    return lines[start:row_index]


def find_pages(path, text):
    """1-based pages whose text contains `text` (normalised)."""
    t = norm(text)
    return [i + 1 for i, pg in enumerate(pages(path)) if any(t in ln.text for ln in pg)] or \
           [i + 1 for i in range(len(pages(path))) if t in page_text(path, i + 1)]


def parse_number(s):
    """'€ 1 878 004' -> 1878004; '-2 124' -> -2124; '3,6 %' -> 3.6; '14,08' -> 14.08; '1.662' -> 1662."""
    s = norm(s).replace("€", "").replace("%", "").strip()
    neg = s.startswith("-")
    s = s.lstrip("-").strip()
    if re.fullmatch(r"\d{1,3}( \d{3})+", s):
        v = int(s.replace(" ", ""))
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        v = int(s.replace(".", ""))
    elif re.fullmatch(r"\d+,\d+", s):
        from decimal import Decimal
        v = Decimal(s.replace(",", "."))
    elif re.fullmatch(r"\d+", s):
        v = int(s)
    else:
        raise ValueError(f"not a number: {s!r}")
    return -v if neg else v


SCALE_RE = re.compile(r"^(Bedragen|Percentages|Aantallen|In fte|Fte en|Inwoners per|€ '000|€ mln|Weerstandsvermogen|Kengetal|Dhr\.|x € 1)")


def scale_statement(path, page, anchor, row, after, col):
    """The scale line of the table that holds the cell: the first line from the anchor down to the row that states
    a unit ('Bedragen x € 1.000', "€ '000", 'Percentages', ...), else the anchor line itself."""
    j, _ = find_row(path, page, anchor, row, after, min_fields=col + 1)
    for ln in lines_between(path, page, anchor, j):
        for t in ln.texts:
            if SCALE_RE.match(t) or "x € 1" in t or "€ '000" in t:
                return t
    return lines_between(path, page, anchor, j)[0].text
