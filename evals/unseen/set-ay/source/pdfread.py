"""Read the finished PDFs back (never imports data.py): used by gen_cases.py to locate every figure and by check.py
to verify it.

PdfDoc(path)
  .lines(page)          text lines of a page (pdfplumber chars grouped by baseline; running headers and footers,
                        i.e. lines within 50 pt of the top or bottom edge, left out), each a list of segments; a
                        segment is a run of characters with gaps < 5 pt (a cell, a label or a piece of prose);
                        U+2009 (thin space) is kept inside a segment
  .rules(page)          horizontal rules (line pieces on one height merged)
  .table(caption)       caption page; scale lines set on their own above the table; header lines (between the
                        caption and the first long rule that has text above it); columns (the header texts stacked
                        over each leaf header, top to bottom, a header cell spanning columns taken over the width
                        of the rule under it, e.g. "2024 Realisatie"); body lines, with the continuation on the next
                        page when the header is repeated there
  .cell(cap, row, col)  the printed text of one cell, found by caption, row label (the full label with its wrapped
                        lines, or the row's Nr), optional group row above it, and column text
  .prose(fragment)      pages whose running text (lines joined, whitespace and U+2009 normalised) holds the fragment
  .layout_line(page, label, token)   the `pdftotext -layout` lines of that page holding both label and token
RealPdf / RealText      line checks for the real Wassenaar Begroting 2024 PDF and the real text exports.
"""
from __future__ import annotations

import re
import subprocess
from functools import lru_cache
from pathlib import Path

import pdfplumber

THIN = "\u2009"
GAP = 5.0          # a horizontal gap wider than this starts a new segment
SPACE = 1.2        # a gap wider than this between two glyphs (without a space glyph) is a space


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace(THIN, " ").replace("\u00a0", " ")).strip()


class Seg:
    __slots__ = ("text", "x0", "x1", "top", "bottom", "bold")

    def __init__(self, text, x0, x1, top, bottom, bold):
        self.text, self.x0, self.x1, self.top, self.bottom, self.bold = text, x0, x1, top, bottom, bold

    def __repr__(self):
        return f"Seg({self.text!r}, {self.x0:.0f}-{self.x1:.0f}, y={self.top:.0f})"


class PdfDoc:
    def __init__(self, path):
        self.path = Path(path)
        self.pdf = pdfplumber.open(str(self.path))
        self.n = len(self.pdf.pages)
        self._lines = {}

    # ------------------------------------------------------------------ lines and segments
    def lines(self, pno):
        """pno is 1-based"""
        if pno in self._lines:
            return self._lines[pno]
        page = self.pdf.pages[pno - 1]
        chars = [c for c in page.chars if c["text"] != ""]
        rows = []
        for c in sorted(chars, key=lambda c: (round(c["bottom"], 1), c["x0"])):
            if rows and abs(rows[-1][0] - c["bottom"]) < 1.5:
                rows[-1][1].append(c)
            else:
                rows.append([c["bottom"], [c]])
        out = []
        for _, cs in rows:
            cs.sort(key=lambda c: c["x0"])
            segs, cur, last = [], [], None
            for c in cs:
                if last is not None and c["x0"] - last["x1"] > GAP and c["text"] != " ":
                    segs.append(cur)
                    cur = []
                cur.append(c)
                last = c
            if cur:
                segs.append(cur)
            line = []
            for sc in segs:
                txt, prev = "", None
                for c in sc:
                    if prev is not None and c["x0"] - prev["x1"] > SPACE and c["text"] != " " \
                            and prev["text"] != " " and c["text"] != THIN and prev["text"] != THIN:
                        txt += " "
                    txt += c["text"]
                    prev = c
                txt = re.sub(r" +", " ", txt).strip(" ")
                if txt:
                    bold = all("Bold" in c["fontname"] for c in sc if c["text"].strip())
                    line.append(Seg(txt, sc[0]["x0"], sc[-1]["x1"], min(c["top"] for c in sc),
                                    max(c["bottom"] for c in sc), bold))
            if line and line[0].bottom > 50 and line[0].top < float(page.height) - 50:
                out.append(line)        # running headers and footers are left out
        self._lines[pno] = out
        return out

    def line_text(self, line):
        return " ".join(s.text for s in line)

    def page_text(self, pno):
        return "\n".join(self.line_text(l) for l in self.lines(pno))

    # ------------------------------------------------------------------ captions and tables
    def find_caption(self, caption):
        hits = []
        for p in range(1, self.n + 1):
            for i, l in enumerate(self.lines(p)):
                if norm(self.line_text(l)).startswith(norm(caption)) and l[0].bold:
                    hits.append((p, i))
        if len(hits) != 1:
            raise LookupError(f"caption {caption!r}: {hits}")
        return hits[0]

    def _is_caption(self, line):
        return bool(re.match(r"^Tabel \d", norm(self.line_text(line)))) and line[0].bold

    def _is_scale(self, line):
        """a scale statement set on its own line above a table ('bedragen x € 1.000')"""
        return len(line) == 1 and bool(re.match(r"^bedragen", norm(line[0].text), re.I))

    @lru_cache(maxsize=None)
    def rules(self, pno):
        """horizontal rules of a page: pieces on one height merged, as (y, x0, x1)"""
        page = self.pdf.pages[pno - 1]
        pieces = [(round(l["top"], 1), l["x0"], l["x1"]) for l in page.lines if abs(l["top"] - l["bottom"]) < 0.8]
        pieces += [(round(r["top"], 1), r["x0"], r["x1"]) for r in page.rects if r["height"] < 1.2]
        pieces.sort()
        out = []
        for y, x0, x1 in pieces:
            if out and abs(out[-1][0] - y) < 0.3 and x0 - out[-1][2] < 1.0:
                out[-1] = (out[-1][0], out[-1][1], max(out[-1][2], x1))
            else:
                out.append((y, x0, x1))
        return out

    def _header_end(self, pno, top, bottom, lines):
        """y of the rule that closes the table header: the first long rule under [top, bottom) with a text line
        between it and the previous long rule (or the caption)"""
        rs = [r for r in self.rules(pno) if top < r[0] < bottom]
        if not rs:
            raise LookupError(f"page {pno}: no rules under the caption")
        longest = max(r[2] - r[1] for r in rs)
        longs = [r for r in rs if r[2] - r[1] >= 0.9 * longest]
        prev = top
        for r in longs:
            if any(prev < l[0].bottom <= r[0] + 0.5 and not self._is_scale(l) for l in lines):
                return r[0]
            prev = r[0]
        raise LookupError(f"page {pno}: no header rule")

    def table(self, caption):
        """caption page and line; scale lines; header lines; columns (text, x0, x1); body [(page, line)]"""
        p, i = self.find_caption(caption)
        ls = self.lines(p)
        cap = ls[i]
        j = i + 1
        while j < len(ls) and not self._is_caption(ls[j]):
            j += 1
        zone = ls[i + 1:j]
        hend = self._header_end(p, cap[0].bottom, max(l[0].bottom for l in zone) + 3, zone)
        pre = [l for l in zone if l[0].bottom <= hend + 0.5]
        body = [(p, l) for l in zone if l[0].bottom > hend + 0.5]
        scale = [l for l in pre if self._is_scale(l)]
        header = [l for l in pre if l not in scale]
        cols = self._columns(p, header, hend)
        # continuation on the next page under the repeated header
        cont = None
        if p < self.n:
            nl = self.lines(p + 1)
            htxt = [norm(self.line_text(l)) for l in header]
            for k in range(0, min(6, len(nl))):
                if [norm(self.line_text(l)) for l in nl[k:k + len(header)]] == htxt:
                    rest = nl[k + len(header):]
                    m = 0
                    while m < len(rest) and not self._is_caption(rest[m]):
                        m += 1
                    body += [(p + 1, l) for l in rest[:m]]
                    cont = p + 1
                    break
        return {"page": p, "caption": norm(self.line_text(cap)), "scale": [norm(self.line_text(l)) for l in scale],
                "header": [norm(self.line_text(l)) for l in header], "cols": cols, "body": body,
                "continued_on": cont}

    def _columns(self, pno, header, hend):
        hdr = [s for l in header for s in l]
        rules = [r for r in self.rules(pno) if hdr and min(s.top for s in hdr) < r[0] < hend - 0.5]
        ext = {}
        for s in hdr:
            mid = (s.x0 + s.x1) / 2
            for y, x0, x1 in rules:
                if 0 <= y - s.bottom < 6 and x0 < mid < x1 and x1 - x0 > (s.x1 - s.x0) + 10:
                    ext[id(s)] = (x0, x1)
        def xr(s):
            return ext.get(id(s), (s.x0, s.x1))
        leaves = []
        for s in hdr:
            a0, a1 = xr(s)
            below = [t for t in hdr if t is not s and t.top > s.top + 1 and t.x0 < a1 and t.x1 > a0]
            if not below:
                leaves.append(s)
        cols = []
        for lf in leaves:
            stack = sorted([t for t in hdr if xr(t)[0] < lf.x1 - 0.5 and xr(t)[1] > lf.x0 + 0.5
                            and t.top <= lf.top + 1], key=lambda t: t.top)
            txt = ""
            for t in stack:
                txt = txt + t.text if txt.endswith("-") else (txt + " " + t.text if txt else t.text)
            cols.append((norm(txt), lf.x0, lf.x1))
        return sorted(cols, key=lambda c: c[1])

    def cell(self, caption, row, col, group=None):
        """{page, text, line, column, x-range, table} of one body cell.  `row` is the first line of the row label
        (or its Nr); `group` a group row above it (the first such row after the group is taken)"""
        t = self.table(caption)
        hits = [c for c in t["cols"] if c[0] == norm(col)]
        if len(hits) != 1:
            raise LookupError(f"{caption}: column {col!r} not unique among {[c[0] for c in t['cols']]}")
        cname, cx0, cx1 = hits[0]
        in_group = group is None
        found = []
        body = t["body"]
        for bi, (pg, l) in enumerate(body):
            if group is not None and not in_group:
                if len(l) == 1 and norm(l[0].text) == norm(group):
                    in_group = True
                continue
            keys = [self._full_label(body, bi, si) for si in range(min(2, len(l)))]
            if norm(row) in keys:
                lab_i = keys.index(norm(row))
                cells = [s for s in l[lab_i + 1:] if s.x0 < cx1 + 2 and s.x1 > cx0 - 2]
                if len(cells) != 1:
                    raise LookupError(f"{caption}/{row}/{col}: cells {cells} (col {cx0:.0f}-{cx1:.0f})")
                found.append({"page": pg, "text": cells[0].text, "line": l, "column": cname, "x": (cx0, cx1),
                              "table": t, "label_first": l[lab_i].text})
                if group is not None:
                    break
        if len(found) != 1:
            raise LookupError(f"{caption}/{row}/{col} (group {group}): {len(found)} rows found")
        return found[0]

    def _full_label(self, body, bi, si):
        """the text of segment si of body line bi with the label-only lines under it (a wrapped label)"""
        pg, l = body[bi]
        seg = l[si]
        txt = seg.text
        prev = seg
        for pg2, m in body[bi + 1:bi + 4]:
            if pg2 == pg and len(m) == 1 and abs(m[0].x0 - seg.x0) < 1.5 and len(l) > 2 \
                    and m[0].bold == seg.bold and m[0].top - prev.bottom < 3.5 \
                    and not re.match(r"^[A-Z]\d", m[0].text):
                txt = txt + m[0].text if txt.endswith("-") else txt + " " + m[0].text
                prev = m[0]
            else:
                break
        return norm(txt) if len(l) > 2 and si == (1 if re.match(r"^[A-Z]\d", l[0].text) else 0) else norm(seg.text)

    def row_labels(self, caption, ncells=None):
        """the full labels (wrapped lines joined) of the body rows that hold `ncells` segments (any row with
        figures when None); for a table with an 'Nr' column the Nr is returned"""
        body = self.table(caption)["body"]
        out = []
        for bi, (pg, l) in enumerate(body):
            if (ncells is None and len(l) > 1) or len(l) == ncells:
                out.append(self._full_label(body, bi, 0))
        return out

    def label_lines(self, caption, row):
        """the number of lines the row label takes (following lines that hold only a continuation of it)"""
        t = self.table(caption)
        body = t["body"]
        for k, (pg, l) in enumerate(body):
            keys = [self._full_label(body, k, si) for si in range(min(2, len(l)))]
            if norm(row) in keys:
                lab = l[keys.index(norm(row))]
                if re.match(r"^[A-Z]\d", l[0].text) and len(l) > 1 and lab is l[0]:
                    lab = l[1]
                n = 1
                prev = lab
                for pg2, m in body[k + 1:k + 4]:
                    if len(m) == 1 and abs(m[0].x0 - lab.x0) < 1.5 and pg2 == pg and m[0].bold == lab.bold \
                            and m[0].top - prev.bottom < 3.5:
                        n += 1
                        prev = m[0]
                    else:
                        break
                return n
        return None

    # ------------------------------------------------------------------ prose
    def prose(self, fragment):
        want = norm(fragment)
        hits = []
        for p in range(1, self.n + 1):
            txt = norm(" ".join(self.line_text(l) for l in self.lines(p)))
            if want in txt:
                hits.append(p)
        # a sentence may run over a page break
        if not hits:
            for p in range(1, self.n):
                a = norm(" ".join(self.line_text(l) for l in self.lines(p)[:-1]))
                b = norm(" ".join(self.line_text(l) for l in self.lines(p + 1)[1:]))
                if want in a + " " + b:
                    hits.append(p)
        return hits

    # ------------------------------------------------------------------ pdftotext
    @lru_cache(maxsize=None)
    def layout_page(self, pno):
        return subprocess.run(["pdftotext", "-layout", "-f", str(pno), "-l", str(pno), str(self.path), "-"],
                              capture_output=True, text=True, check=True).stdout

    def layout_line(self, pno, label, token):
        tok = norm(token)
        out = []
        for ln in self.layout_page(pno).splitlines():
            n = norm(ln)
            if norm(label) in n and re.search(r"(^|\s)" + re.escape(tok) + r"(\s|$)", n):
                out.append(ln.rstrip())
        return out


class RealText:
    """a real text export of the corpus (Twenterand, Dinkelland)"""

    def __init__(self, path):
        self.path = Path(path)
        self.lines = self.path.read_text(encoding="utf-8").splitlines()

    def find(self, fragment):
        return [i + 1 for i, l in enumerate(self.lines) if fragment in l]

    def line(self, no):
        return self.lines[no - 1]


class RealPdf(PdfDoc):
    """the real Wassenaar Begroting 2024: checked line by line on the pdftotext -layout text of a page"""

    def tokens(self, pno, label):
        hits = [ln for ln in self.layout_page(pno).splitlines() if norm(ln).startswith(norm(label))]
        return hits
