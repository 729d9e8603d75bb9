"""A small page-layout engine on top of matplotlib's PdfPages.

Everything is positioned text and lines on one invisible full-page axes per page
(coordinates in inches, y pointing down).  Tables are drawn cell by cell with ax.text and
rules with ax.plot; there is no matplotlib table artist involved.
"""
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.textpath import TextPath
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Rectangle
from functools import lru_cache

from common import nl

plt.rcParams["pdf.fonttype"] = 42          # embed TrueType so the text can be extracted
plt.rcParams["font.family"] = "DejaVu Sans"

A4P = (8.27, 11.69)
A4L = (11.69, 8.27)
NAVY = "#1f3a5f"
GREY = "#e8ecf1"

_FP = {False: FontProperties(family="DejaVu Sans"),
       True: FontProperties(family="DejaVu Sans", weight="bold")}


from matplotlib.font_manager import findfont
from matplotlib.ft2font import FT2Font
_FT = {b: FT2Font(findfont(_FP[b])) for b in (False, True)}


@lru_cache(maxsize=50000)
def text_width(s, size, bold=False):
    """Advance width of s in inches at the given point size (FreeType metrics)."""
    if not s:
        return 0.0
    f = _FT[bold]
    f.set_size(size, 72)
    f.set_text(s, 0.0)
    return f.get_width_height()[0] / 64.0 / 72.0


def wrap(text, width_in, size, bold=False):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if text_width(cand, size, bold) <= width_in or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, path, header, metadata, margin=0.75):
        self.pdf = PdfPages(path, metadata=metadata)
        self.header = header
        self.margin = margin
        self.fig = None
        self.pageno = 0
        self.landscape = False
        self.footnotes = []

    # ---------------------------------------------------------------- pages
    def new_page(self, landscape=None, plain=False):
        if landscape is None:
            landscape = self.landscape
        self.finish_page()
        self.landscape = landscape
        self.W, self.H = A4L if landscape else A4P
        self.fig = plt.figure(figsize=(self.W, self.H))
        ax = self.fig.add_axes([0, 0, 1, 1])
        ax.set_xlim(0, self.W)
        ax.set_ylim(self.H, 0)
        ax.axis("off")
        self.ax = ax
        self.pageno += 1
        self.x0 = self.margin
        self.x1 = self.W - self.margin
        self.y = 0.95
        self.bottom = self.H - 0.85
        self.plain = plain
        if not plain:
            ax.text(self.x0, 0.55, self.header, fontsize=7.5, color="#555555", va="baseline")
            ax.plot([self.x0, self.x1], [0.62, 0.62], color=NAVY, lw=0.6)
            ax.text(self.x1, self.H - 0.45, str(self.pageno), fontsize=8, ha="right", va="baseline", color="#333333")
        return ax

    def finish_page(self):
        if self.fig is None:
            return
        if self.footnotes:
            y = self.H - 0.7 - 0.16 * (len(self.footnotes) - 1)
            self.ax.plot([self.x0, self.x0 + 2.2], [y - 0.17, y - 0.17], color="black", lw=0.5)
            for f in self.footnotes:
                self.ax.text(self.x0, y, f, fontsize=7, va="baseline")
                y += 0.16
            self.footnotes = []
        self.pdf.savefig(self.fig)
        plt.close(self.fig)
        self.fig = None

    def close(self):
        self.finish_page()
        self.pdf.close()

    def need(self, h):
        if self.y + h > self.bottom - 0.18 * len(self.footnotes):
            self.new_page()

    def space(self, h=0.12):
        self.y += h

    # ---------------------------------------------------------------- text
    def text(self, x, y, s, size=9, bold=False, ha="left", color="black", italic=False):
        self.ax.text(x, y, s, fontsize=size, fontweight="bold" if bold else "normal", ha=ha,
                     va="baseline", color=color, fontstyle="italic" if italic else "normal")

    def h1(self, s):
        self.need(0.9)
        self.y += 0.25
        self.text(self.x0, self.y, s, size=15, bold=True, color=NAVY)
        self.y += 0.12
        self.ax.plot([self.x0, self.x1], [self.y, self.y], color=NAVY, lw=1.2)
        self.y += 0.3

    def h2(self, s):
        self.need(0.7)
        self.y += 0.1
        self.text(self.x0, self.y, s, size=11.5, bold=True, color=NAVY)
        self.y += 0.27

    def h3(self, s):
        self.need(0.5)
        self.text(self.x0, self.y, s, size=9.5, bold=True)
        self.y += 0.22

    def para(self, s, size=9, indent=0.0, bullet=None, gap=0.08):
        width = self.x1 - self.x0 - indent
        lines = wrap(s, width, size)
        lh = size * 1.42 / 72
        if len(lines) * lh <= 1.3:      # keep short paragraphs together on one page
            self.need(len(lines) * lh)
        for i, ln in enumerate(lines):
            self.need(lh)
            if bullet and i == 0:
                self.text(self.x0 + indent - 0.15, self.y, bullet, size=size)
            self.text(self.x0 + indent, self.y, ln, size=size)
            self.y += lh
        self.y += gap

    def bullets(self, items, size=9):
        for it in items:
            self.para(it, size=size, indent=0.22, bullet="•", gap=0.03)
        self.y += 0.06

    def footnote(self, s):
        self.footnotes.append(s)

    # ---------------------------------------------------------------- tables
    def table(self, t, label_w, col_w, size=7.6, row_h=0.185, cont_note=" (vervolg)", col_align=None,
              header_lines=None, break_before=None, caption=True, x_left=None):
        """Draw common.Table t.  label_w and col_w (list) in inches.  Rows never wrap: a label
        that does not fit raises, so the layout must be fixed instead."""
        x_left = self.x0 if x_left is None else x_left
        ncol = len(t.columns)
        assert len(col_w) == ncol, t.id
        edges = [x_left + label_w]
        for w in col_w:
            edges.append(edges[-1] + w)
        total_w = edges[-1] - x_left
        assert edges[-1] <= self.W - 0.4 + 1e-6, f"table {t.id} too wide"
        col_align = col_align or ["right"] * ncol
        # header lines per column
        hdr = header_lines or [wrap(c, w - 0.08, size, True) for c, w in zip(t.columns, col_w)]
        nh = max(len(h) for h in hdr)
        lbl_hdr = wrap(t.label_header, label_w - 0.1, size, True) if t.label_header else []
        nh = max(nh, len(lbl_hdr))
        hh = nh * size * 1.3 / 72 + 0.1

        def draw_caption(cont=False):
            if not caption:
                return
            self.text(x_left, self.y, t.title + (cont_note if cont else ""), size=9, bold=True)
            if t.scale_note:
                self.text(edges[-1], self.y, t.scale_note, size=7.5, ha="right", italic=True)
            self.y += 0.14

        def draw_header():
            top = self.y
            self.ax.add_patch(Rectangle((x_left, top), total_w, hh, color=GREY, lw=0))
            self.ax.plot([x_left, edges[-1]], [top, top], color=NAVY, lw=0.9)
            base = top + size * 1.15 / 72 + 0.04
            for li, s in enumerate(lbl_hdr):
                self.text(x_left + 0.04, base + li * size * 1.3 / 72, s, size=size, bold=True)
            for ci, lines in enumerate(hdr):
                off = nh - len(lines)
                for li, s in enumerate(lines):
                    yy = base + (li + off) * size * 1.3 / 72
                    if col_align[ci] == "left":
                        self.text(edges[ci] + 0.06, yy, s, size=size, bold=True)
                    elif col_align[ci] == "center":
                        self.text((edges[ci] + edges[ci + 1]) / 2, yy, s, size=size, bold=True, ha="center")
                    else:
                        self.text(edges[ci + 1] - 0.04, yy, s, size=size, bold=True, ha="right")
            self.y = top + hh
            self.ax.plot([x_left, edges[-1]], [self.y, self.y], color=NAVY, lw=0.6)
            self.y += row_h * 0.95

        self.need(0.5 + hh + 3 * row_h)
        draw_caption()
        draw_header()
        for r in t.rows:
            forced = (t.continued_at is not None and r.k() == t.continued_at) or (break_before and r.k() in break_before)
            if forced or self.y + row_h > self.bottom - 0.18 * len(self.footnotes):
                self.ax.plot([x_left, edges[-1]], [self.y - row_h * 0.7, self.y - row_h * 0.7], color=NAVY, lw=0.6)
                self.new_page()
                draw_caption(cont=True)
                draw_header()
            bold = r.kind in ("total", "section", "sub")
            lx = x_left + 0.04 + 0.16 * r.indent
            lw = text_width(r.label, size, bold)
            if lx + lw > edges[0] - 0.05:
                raise ValueError(f"label too wide in {t.id}: {r.label!r} ({lw:.2f}in)")
            if r.kind == "total":
                self.ax.plot([x_left, edges[-1]], [self.y - row_h * 0.72, self.y - row_h * 0.72], color="#444444", lw=0.5)
            self.text(lx, self.y, r.label, size=size, bold=bold, italic=(r.kind == "section" and r.indent > 0))
            toks = t.tokens(r)
            for ci, s in enumerate(toks):
                if not s:
                    continue
                sw = text_width(s, size, bold)
                if sw > col_w[ci] - 0.06:
                    raise ValueError(f"cell too wide in {t.id}: {s!r}")
                if col_align[ci] == "left":
                    self.text(edges[ci] + 0.06, self.y, s, size=size, bold=bold)
                elif col_align[ci] == "center":
                    self.text((edges[ci] + edges[ci + 1]) / 2, self.y, s, size=size, bold=bold, ha="center")
                else:
                    self.text(edges[ci + 1] - 0.04, self.y, s, size=size, bold=bold, ha="right")
            self.y += row_h
        self.ax.plot([x_left, edges[-1]], [self.y - row_h * 0.7, self.y - row_h * 0.7], color=NAVY, lw=0.9)
        self.y += 0.12
