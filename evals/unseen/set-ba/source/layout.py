"""A small page-layout engine shared by the two generators.

It lays text and tables out into pages of drawing primitives (text runs, rules, boxes) with font metrics
read from the fonts themselves (AFM files for the Ghostscript/PostScript document, TrueType tables for the
pdf-lib document).  The generators turn the primitives into hand-written PostScript (gen_wassenaar.py) or
into drawing calls for pdf-lib (gen_odt.py + render_odt.mjs).  Nothing here knows either back end.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from fontTools import agl
from fontTools.ttLib import TTFont

BLACK = (0, 0, 0)


# --------------------------------------------------------------------------------------------- metrics
class AfmMetrics:
    def __init__(self, path):
        self.widths = {}
        for line in open(path, encoding="latin-1"):
            if line.startswith("C "):
                parts = dict(p.strip().split(" ", 1) for p in line.split(";") if p.strip())
                self.widths[parts["N"]] = int(float(parts["WX"]))

        self.uni = {}
        for name in self.widths:
            u = agl.toUnicode(name)
            if len(u) == 1 and u not in self.uni:
                self.uni[u] = name

    def glyph(self, ch):
        if ch == "'":
            return "quotesingle"
        name = self.uni.get(ch)
        if name is None or name not in self.widths:
            raise ValueError(f"no glyph for {ch!r}")
        return name

    def width(self, text, size):
        return sum(self.widths[self.glyph(c)] for c in text) * size / 1000.0


class TtfMetrics:
    def __init__(self, path):
        f = TTFont(path)
        self.cmap = f.getBestCmap()
        self.hmtx = f["hmtx"].metrics
        self.upm = f["head"].unitsPerEm

    def width(self, text, size):
        w = 0
        for c in text:
            g = self.cmap.get(ord(c))
            if g is None:
                raise ValueError(f"no glyph for {c!r}")
            w += self.hmtx[g][0]
        return w * size / self.upm


@dataclass
class Font:
    key: str          # back-end name
    metrics: object

    def w(self, text, size):
        return self.metrics.width(text, size)


# ------------------------------------------------------------------------------------------- structures
@dataclass
class Page:
    width: float
    height: float
    prims: list = field(default_factory=list)
    landscape: bool = False


@dataclass
class Col:
    width: float
    header: list            # header lines (bottom aligned)
    align: str = "R"        # L | R | C


@dataclass
class Row:
    label: str
    cells: list = field(default_factory=list)
    kind: str = "normal"    # normal | group | total | boldnolabel | footnote | sub
    colors: dict = field(default_factory=dict)   # column index (1-based over cells) -> rgb
    bold: bool = False
    indent: float = 0


@dataclass
class Table:
    caption: str
    cols: list               # first column is the label column
    rows: list
    scale: str | None = None          # printed right of / under the caption
    scale_pos: str = "caption"        # caption (same line, right) | above (own line) | header (first header cell)
    spans: list = field(default_factory=list)    # (text, first col index, last col index) over the header
    note_below: list = field(default_factory=list)
    repeat_header: bool = True
    vervolg: str = " (vervolg)"
    figures_on: str = "last"          # last | first label line carries the figures
    size: float = 8.5
    leading: float = 10.5
    pad: float = 2.5
    header_fill: tuple | None = None
    header_color: tuple = BLACK
    header_bold: bool = True
    rule_color: tuple = BLACK
    zebra: tuple | None = None
    grid: bool = False
    row_rules: bool = False
    caption_size: float = 9.5
    caption_color: tuple = BLACK
    caption_bold: bool = True
    label_header: list = field(default_factory=list)
    keep: bool = False                # keep the whole table on one page


class Doc:
    def __init__(self, fonts, page_w, page_h, margins, header_fn=None, footer_fn=None):
        self.F = fonts
        self.pw, self.ph = page_w, page_h
        self.m = margins              # (top, right, bottom, left)
        self.header_fn, self.footer_fn = header_fn, footer_fn
        self.pages: list[Page] = []
        self.y = 0
        self.headings = []            # (level, text, page number)
        self.landscape = False
        self.marks = {}

    # --------------------------------------------------------------------------------------- pages
    @property
    def left(self):
        return self.m[3]

    @property
    def right(self):
        return (self.ph if self.landscape else self.pw) - self.m[1]

    @property
    def width(self):
        return self.right - self.left

    @property
    def bottom(self):
        return self.m[2]

    def new_page(self, landscape=False, bare=False):
        self.landscape = landscape
        w, h = (self.ph, self.pw) if landscape else (self.pw, self.ph)
        p = Page(w, h, landscape=landscape)
        p.bare = bare
        self.pages.append(p)
        self.y = h - self.m[0]
        return p

    @property
    def page(self):
        return self.pages[-1]

    @property
    def pno(self):
        return len(self.pages)

    def ensure(self, h):
        if self.y - h < self.bottom:
            self.new_page(self.landscape)
            return True
        return False

    def space(self, h):
        self.y -= h

    # ----------------------------------------------------------------------------------- primitives
    def text(self, x, y, s, font, size, color=BLACK, align="L"):
        f = self.F[font]
        w = f.w(s, size)
        if align == "R":
            x -= w
        elif align == "C":
            x -= w / 2
        ax = x + (w if align == "R" else w / 2 if align == "C" else 0)
        self.page.prims.append(dict(t="text", x=round(x, 2), y=round(y, 2), s=s, font=font, size=size,
                                    color=color, w=round(w, 2), al=align, ax=round(ax, 2)))
        return w

    def line(self, x1, y1, x2, y2, w=0.5, color=BLACK):
        self.page.prims.append(dict(t="line", x1=round(x1, 2), y1=round(y1, 2), x2=round(x2, 2), y2=round(y2, 2),
                                    w=w, color=color))

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        self.page.prims.append(dict(t="rect", x=round(x, 2), y=round(y, 2), w=round(w, 2), h=round(h, 2),
                                    fill=fill, stroke=stroke, lw=lw))

    # -------------------------------------------------------------------------------------- wrapping
    def wrap(self, text, font, size, width):
        f = self.F[font]
        lines, cur = [], ""
        for word in text.split():
            cand = word if not cur else cur + " " + word
            if f.w(cand, size) <= width or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = word
        if cur:
            lines.append(cur)
        return lines or [""]

    # ------------------------------------------------------------------------------------------ flow
    def heading(self, text, level, font, size, color=BLACK, before=10, after=5, keep=60, page_break=False):
        if page_break:
            self.new_page(self.landscape)
        else:
            self.space(before)
            self.ensure(size + after + keep)
        self.y -= size
        self.text(self.left, self.y, text, font, size, color)
        self.headings.append((level, text, self.pno))
        self.y -= after

    def para(self, text, font, size, leading=None, color=BLACK, indent=0, after=5, bullet=None, width=None,
             x=None, justify=False):
        leading = leading or size * 1.3
        x0 = (self.left if x is None else x) + indent
        w = (width or (self.right - x0))
        lines = self.wrap(text, font, size, w - (10 if bullet else 0))
        for i, ln in enumerate(lines):
            if self.y - leading < self.bottom:
                self.new_page(self.landscape)
            self.y -= leading
            if bullet and i == 0:
                self.text(x0, self.y, bullet, font, size, color)
            self.text(x0 + (10 if bullet else 0), self.y, ln, font, size, color)
        self.y -= after
        return lines

    # ----------------------------------------------------------------------------------------- tables
    def table(self, t: Table, fonts=("R", "B", "I", "BI")):
        reg, bold, ital, bolditl = fonts
        x0 = self.left
        xs = [x0]
        for c in t.cols:
            xs.append(xs[-1] + c.width)
        tw = xs[-1] - x0
        nh = max(len(c.header) for c in t.cols)
        span_h = (t.leading + 3) if t.spans else 0
        head_h = nh * t.leading + 2 * t.pad + span_h

        def draw_caption(cont):
            cap = t.caption + (t.vervolg if cont else "")
            self.y -= t.caption_size + 2
            self.text(x0, self.y, cap, bold if t.caption_bold else reg, t.caption_size, t.caption_color)
            if t.scale and t.scale_pos == "caption":
                self.text(x0 + tw, self.y, t.scale, ital, t.size, BLACK, "R")
            self.y -= 4
            if t.scale and t.scale_pos == "above":
                self.y -= t.size + 1
                self.text(x0, self.y, t.scale, ital, t.size)
                self.y -= 3

        def draw_header():
            top = self.y
            if t.header_fill:
                self.rect(x0, top - head_h, tw, head_h, fill=t.header_fill)
            self.line(x0, top, x0 + tw, top, 0.9, t.rule_color)
            hf = bold if t.header_bold else reg
            if t.spans:
                yb = top - t.pad - t.leading + 2
                for text, a, b in t.spans:
                    self.text((xs[a] + xs[b + 1]) / 2, yb, text, hf, t.size, t.header_color, "C")
                    self.line(xs[a] + 4, yb - 3, xs[b + 1] - 2, yb - 3, 0.4, t.header_color)
            for ci, c in enumerate(t.cols):
                lines = c.header
                if ci == 0 and t.scale and t.scale_pos == "header":
                    lines = lines + [t.scale]
                for li, ln in enumerate(lines):
                    yb = top - span_h - t.pad - (nh - len(lines) + li + 1) * t.leading + 2.5
                    fnt = ital if (ci == 0 and t.scale_pos == "header" and ln == t.scale) else hf
                    if c.align == "R" and ci > 0:
                        self.text(xs[ci + 1] - 4, yb, ln, fnt, t.size, t.header_color, "R")
                    elif c.align == "C":
                        self.text((xs[ci] + xs[ci + 1]) / 2, yb, ln, fnt, t.size, t.header_color, "C")
                    else:
                        self.text(xs[ci] + 3, yb, ln, fnt, t.size, t.header_color)
            self.y = top - head_h
            self.line(x0, self.y, x0 + tw, self.y, 0.6, t.rule_color)
            if t.grid:
                for xx in xs:
                    self.line(xx, top, xx, self.y, 0.4, t.rule_color)

        self.space(6)
        first_row_h = self._row_height(t, t.rows[0], xs) if t.rows else 0
        if t.keep:
            first_row_h = sum(self._row_height(t, r, xs) for r in t.rows) + len(t.note_below) * t.leading
        self.ensure(t.caption_size + 12 + head_h + first_row_h + (t.size + 4 if t.scale_pos == "above" else 0))
        start_page = self.pno
        draw_caption(False)
        draw_header()
        zebra_i = 0
        for ri, r in enumerate(t.rows):
            h = self._row_height(t, r, xs)
            if self.y - h < self.bottom:
                self.line(x0, self.y, x0 + tw, self.y, 0.6, t.rule_color)
                self.new_page(self.landscape)
                if t.repeat_header:
                    draw_caption(True)
                    draw_header()
            top = self.y
            if r.kind == "footnote":
                lines = self.wrap(r.label, ital, t.size - 1, tw - 8)
                for ln in lines:
                    self.y -= t.leading - 1
                    self.text(x0 + 3, self.y + 1, ln, ital, t.size - 1)
                self.y = top - h
                self.line(x0, top, x0 + tw, top, 0.3, t.rule_color)
                continue
            if t.zebra and r.kind == "normal":
                if zebra_i % 2 == 1:
                    self.rect(x0, top - h, tw, h, fill=t.zebra)
                zebra_i += 1
            if r.kind in ("total", "boldnolabel"):
                self.line(x0, top, x0 + tw, top, 0.8, t.rule_color)
            elif r.kind == "sub":
                self.line(xs[1], top, x0 + tw, top, 0.4, t.rule_color)
            elif t.row_rules and ri > 0:
                self.line(x0, top, x0 + tw, top, 0.25, (0.6, 0.6, 0.6))
            lf = {"group": bolditl, "total": bold, "boldnolabel": bold}.get(r.kind, bold if r.bold else reg)
            cf = bold if (r.kind in ("total", "boldnolabel") or r.bold) else reg
            lab_lines = self.wrap(r.label, lf, t.size, t.cols[0].width - 6 - r.indent) if r.label else [""]
            for li, ln in enumerate(lab_lines):
                yb = top - t.pad - (li + 1) * t.leading + 2.5
                self.text(x0 + 3 + r.indent, yb, ln, lf, t.size)
            fig_li = len(lab_lines) - 1 if t.figures_on == "last" else 0
            yb = top - t.pad - (fig_li + 1) * t.leading + 2.5
            for ci, cell in enumerate(r.cells, start=1):
                if cell is None or cell == "":
                    continue
                c = t.cols[ci]
                col = r.colors.get(ci, BLACK)
                if c.align == "R":
                    self.text(xs[ci + 1] - 4, yb, cell, cf, t.size, col, "R")
                elif c.align == "C":
                    self.text((xs[ci] + xs[ci + 1]) / 2, yb, cell, cf, t.size, col, "C")
                else:
                    self.text(xs[ci] + 3, yb, cell, cf, t.size, col)
            self.y = top - h
            if t.grid:
                for xx in xs:
                    self.line(xx, top, xx, self.y, 0.4, t.rule_color)
                self.line(x0, self.y, x0 + tw, self.y, 0.3, t.rule_color)
        self.line(x0, self.y, x0 + tw, self.y, 0.9, t.rule_color)
        for note in t.note_below:
            for ln in self.wrap(note, ital, t.size - 0.5, tw):
                self.y -= t.leading
                self.text(x0, self.y, ln, ital, t.size - 0.5)
        self.space(6)
        return start_page, self.pno

    def _row_height(self, t, r, xs):
        if r.kind == "footnote":
            n = len(self.wrap(r.label, "I", t.size - 1, (xs[-1] - xs[0]) - 8))
            return n * (t.leading - 1) + 3
        lf = "B" if r.kind in ("total", "boldnolabel") or r.bold else ("BI" if r.kind == "group" else "R")
        n = len(self.wrap(r.label, lf, t.size, t.cols[0].width - 6 - r.indent)) if r.label else 1
        return n * t.leading + 2 * t.pad


def toc_fill(text, page, font, size, width):
    """A line of the table of contents: 'text ..... page'."""
    dots = " " + "." * 200
    s = text + dots
    while font.w(s + " " + str(page), size) > width:
        s = s[:-1]
    return s.rstrip(" "), str(page)


def clean_ws(s):
    return re.sub(r"\s+", " ", s).strip()
