"""A small page-layout engine on top of cairo's PDF surface (pycairo), used by both generators of set-aw.

Everything is drawn by hand: text runs with cairo's toy font API (fonts found by fontconfig, embedded as
TrueType subsets), rules and fills as paths.  The engine flows headings, paragraphs, bullet lists and tables
down the pages of a document, breaks pages, and writes a layout log: every table cell, heading and paragraph
with its page and position.  gen_cases.py reads that log to name the place of each expected value; check.py
never reads it (it re-reads the PDFs).
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

import cairo

FIXED_DATE = "2025-06-20T10:00:00Z"


def rgb(h: str):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))


@dataclass
class Font:
    family: str
    size: float
    bold: bool = False
    italic: bool = False

    def but(self, **kw):
        d = dict(family=self.family, size=self.size, bold=self.bold, italic=self.italic)
        d.update(kw)
        return Font(**d)


class Canvas:
    def __init__(self, path: str, width: float, height: float, title: str, author: str, subject: str = ""):
        self.surface = cairo.PDFSurface(path, width, height)
        self.surface.set_metadata(cairo.PDFMetadata.TITLE, title)
        self.surface.set_metadata(cairo.PDFMetadata.AUTHOR, author)
        if subject:
            self.surface.set_metadata(cairo.PDFMetadata.SUBJECT, subject)
        self.surface.set_metadata(cairo.PDFMetadata.CREATOR, "set-aw generator (pycairo)")
        self.surface.set_metadata(cairo.PDFMetadata.CREATE_DATE, FIXED_DATE)
        self.surface.set_metadata(cairo.PDFMetadata.MOD_DATE, FIXED_DATE)
        self.ctx = cairo.Context(self.surface)
        self.w, self.h = width, height
        self.page = 1
        self._font = None

    def new_page(self, width: float, height: float):
        self.ctx.show_page()
        self.surface.set_size(width, height)
        self.w, self.h = width, height
        self.page += 1

    def set_font(self, f: Font):
        key = (f.family, f.size, f.bold, f.italic)
        if key != self._font:
            self.ctx.select_font_face(f.family,
                                      cairo.FONT_SLANT_ITALIC if f.italic else cairo.FONT_SLANT_NORMAL,
                                      cairo.FONT_WEIGHT_BOLD if f.bold else cairo.FONT_WEIGHT_NORMAL)
            self.ctx.set_font_size(f.size)
            self._font = key

    def width(self, s: str, f: Font) -> float:
        self.set_font(f)
        return self.ctx.text_extents(s).x_advance

    def text(self, x: float, y: float, s: str, f: Font, color="#000000", align="l") -> tuple[float, float]:
        """Draw s with its baseline at y; returns (x0, x1)."""
        w = self.width(s, f)
        if align == "r":
            x = x - w
        elif align == "c":
            x = x - w / 2
        self.ctx.set_source_rgb(*rgb(color))
        self.ctx.move_to(x, y)
        self.ctx.show_text(s)
        return x, x + w

    def line(self, x1, y1, x2, y2, width=0.5, color="#000000"):
        self.ctx.set_source_rgb(*rgb(color))
        self.ctx.set_line_width(width)
        self.ctx.move_to(x1, y1)
        self.ctx.line_to(x2, y2)
        self.ctx.stroke()

    def rect(self, x, y, w, h, fill="#000000"):
        self.ctx.set_source_rgb(*rgb(fill))
        self.ctx.rectangle(x, y, w, h)
        self.ctx.fill()

    def finish(self):
        self.ctx.show_page()
        self.surface.finish()


def wrap(canvas: Canvas, text: str, f: Font, width: float) -> list[str]:
    words = text.split()
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if cur and canvas.width(t, f) > width:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines or [""]


@dataclass
class Col:
    header: list            # header lines, top to bottom
    width: float
    align: str = "r"        # 'l' or 'r'
    wrap: bool = False      # left-aligned text cells may wrap
    lpad: float = 0.0       # extra left padding of a left-aligned column


@dataclass
class Row:
    cells: list
    kind: str = "data"      # data | group | total | subtotal | note
    log: bool = True


@dataclass
class Table:
    id: str
    cols: list
    rows: list
    caption: str | None = None
    notes_below: list = field(default_factory=list)     # lines under the table (scale, legend)
    repeat_header: bool = True
    break_before: set = field(default_factory=set)       # force a page break before these row indexes
    show_header: bool = True
    style: dict = field(default_factory=dict)
    keep_caption_with: int = 3
    keep_together: bool = True


class Flow:
    """Flows content down pages. `template(flow)` draws the page furniture of a new page and sets the box."""

    def __init__(self, canvas: Canvas, doc: str, template, styles: dict):
        self.c = canvas
        self.doc = doc
        self.template = template
        self.st = styles
        self.log: list[dict] = []
        self.section: list[str] = []
        self.x0 = self.x1 = self.top = self.bottom = 0.0
        self.y = 0.0
        self.page_state: dict = {}
        self.template(self, first=True)

    # -- pages ------------------------------------------------------------------------------------------------
    def new_page(self, landscape: bool | None = None):
        self.page_state["landscape_next"] = landscape
        self.template(self, first=False)

    def ensure(self, h: float):
        if self.y + h > self.bottom:
            self.new_page()

    def space(self, h: float):
        self.y += h

    # -- text -------------------------------------------------------------------------------------------------
    def heading(self, text: str, level: int, toc: bool = True, keep: float | None = None):
        f, color, before, after = self.st[f"h{level}"]
        if self.y > self.top + 1:
            self.y += before
        self.ensure(f.size * 1.3 + (keep if keep is not None else self.st.get(f"h{level}_keep", 40)))
        self.y += f.size
        x0, x1 = self.c.text(self.x0, self.y, text, f, color)
        self.y += after
        self.section = self.section[:level - 1] + [text]
        self.log.append({"type": "heading", "level": level, "text": text, "page": self.c.page, "toc": toc,
                         "y": self.y})

    def para(self, text: str, f: Font | None = None, color="#000000", indent: float = 0.0, lead: float = 1.35,
             after: float | None = None, bullet: str | None = None, width: float | None = None):
        f = f or self.st["body"]
        width = (width or (self.x1 - self.x0)) - indent
        lines = wrap(self.c, text, f, width)
        pages = []
        for i, ln in enumerate(lines):
            self.ensure(f.size * lead)
            self.y += f.size * lead
            if bullet and i == 0:
                self.c.text(self.x0 + indent - 10, self.y, bullet, f, color)
            self.c.text(self.x0 + indent, self.y, ln, f, color)
            if self.c.page not in pages:
                pages.append(self.c.page)
        self.y += self.st.get("para_after", 5) if after is None else after
        self.log.append({"type": "para", "text": " ".join(lines), "pages": pages, "section": list(self.section)})

    def bullets(self, items: list[str], f: Font | None = None):
        for it in items:
            self.para(it, f=f, indent=14, bullet="•", after=2)
        self.y += 3

    # -- tables -----------------------------------------------------------------------------------------------
    def table(self, t: Table):
        st = dict(self.st["table"])
        st.update(t.style)
        f, fb, fh = st["font"], st["font_bold"], st["font_head"]
        lead = st["lead"]
        pad = st["pad"]
        total_w = sum(c.width for c in t.cols)
        x_left = self.x0 + st.get("indent", 0)
        xs = []
        x = x_left
        for c in t.cols:
            xs.append(x)
            x += c.width
        x_right = x

        def row_lines(r: Row):
            out = []
            for ci, cell in enumerate(r.cells):
                col = t.cols[ci]
                font = fb if r.kind in ("total", "subtotal", "group") else f
                if r.kind == "group" and st.get("group_italic"):
                    font = font.but(italic=True)
                if cell is None:
                    out.append([])
                elif col.wrap or (ci == 0):
                    out.append(wrap(self.c, cell, font, col.width - 2 * pad - col.lpad))
                else:
                    out.append([cell])
            return out

        head_n = max(len(c.header) for c in t.cols)

        def draw_caption():
            if t.caption:
                cf = st["caption_font"]
                self.y += cf.size + 2
                self.c.text(x_left, self.y, t.caption, cf, st.get("caption_color", "#000000"))
                self.y += st.get("caption_after", 5)
                self.log.append({"type": "caption", "table": t.id, "text": t.caption, "page": self.c.page})

        def draw_header():
            hh = head_n * fh.size * lead + 2 * pad
            top = self.y
            if st.get("head_fill"):
                self.c.rect(x_left, top, total_w, hh, st["head_fill"])
            if st.get("head_rule_above"):
                self.c.line(x_left, top, x_right, top, st["head_rule_above"], st.get("rule_color", "#000000"))
            for ci, col in enumerate(t.cols):
                n = len(col.header)
                for li, hl in enumerate(col.header):
                    yb = top + pad + (head_n - n + li + 1) * fh.size * lead - fh.size * (lead - 1) - 1
                    if col.align == "r":
                        self.c.text(xs[ci] + col.width - pad, yb, hl, fh, st.get("head_color", "#000000"), "r")
                    else:
                        self.c.text(xs[ci] + pad + col.lpad, yb, hl, fh, st.get("head_color", "#000000"))
            self.y = top + hh
            if st.get("head_rule_below"):
                self.c.line(x_left, self.y, x_right, self.y, st["head_rule_below"], st.get("rule_color", "#000000"))

        # caption + header + first rows must fit
        first_h = (st["caption_font"].size + 8 if t.caption else 0) + head_n * fh.size * lead + 2 * pad
        first_h += sum(max(1, max((len(x) for x in row_lines(r)), default=1)) * f.size * lead + 2 * pad
                       for r in t.rows[:t.keep_caption_with])
        if t.keep_together:
            all_h = (st["caption_font"].size + 8 if t.caption else 0) + head_n * fh.size * lead + 2 * pad
            all_h += sum(max(1, max((len(x) for x in row_lines(r)), default=1)) * f.size * lead + 2 * pad
                         for r in t.rows)
            all_h += len(t.notes_below) * st["note_font"].size * 1.4 + 2
            if all_h < 0.8 * (self.bottom - self.top):
                first_h = max(first_h, all_h)
        self.ensure(first_h)
        start_page = self.c.page
        y_top = self.y
        self.log.append({"type": "table_box", "table": t.id, "x0": x_left, "x1": x_right, "page": start_page})
        draw_caption()
        if t.show_header:
            draw_header()
        group = None
        continued = False
        for ri, r in enumerate(t.rows):
            lines = row_lines(r)
            n = max(1, max((len(x) for x in lines), default=1))
            rh = n * f.size * lead + 2 * pad
            if ri in t.break_before or self.y + rh > self.bottom:
                if st.get("bottom_rule"):
                    pass
                self.new_page()
                continued = True
                if t.repeat_header and t.show_header:
                    draw_header()
            top = self.y
            if r.kind in ("total", "subtotal") and st.get("total_fill"):
                self.c.rect(x_left, top, total_w, rh, st["total_fill"])
            elif r.kind == "data" and st.get("zebra") and ri % 2 == 1:
                self.c.rect(x_left, top, total_w, rh, st["zebra"])
            if r.kind in ("total",) and st.get("total_rule_above"):
                self.c.line(x_left, top, x_right, top, st["total_rule_above"], st.get("rule_color", "#000000"))
            base_last = top + pad + n * f.size * lead - f.size * (lead - 1) - 1
            font = fb if r.kind in ("total", "subtotal", "group") else f
            if r.kind == "group" and st.get("group_italic"):
                font = font.but(italic=True)
            if r.kind == "group":
                group = r.cells[0]
            cell_pos = []
            for ci, col in enumerate(t.cols):
                cl = lines[ci] if ci < len(lines) else []
                m = len(cl)
                pos = []
                for li, s in enumerate(cl):
                    yb = base_last - (m - 1 - li) * f.size * lead
                    if col.align == "r":
                        x0_, x1_ = self.c.text(xs[ci] + col.width - pad, yb, s, font, st.get("text_color", "#000000"), "r")
                    else:
                        x0_, x1_ = self.c.text(xs[ci] + pad + col.lpad, yb, s, font, st.get("text_color", "#000000"))
                    pos.append((x0_, x1_, yb))
                cell_pos.append(pos)
            self.y = top + rh
            if st.get("row_rule") and r.kind == "data":
                self.c.line(x_left, self.y, x_right, self.y, st["row_rule"], st.get("row_rule_color", "#999999"))
            if r.log and r.kind in ("data", "total", "subtotal"):
                label_lines = lines[0]
                for ci in range(1, len(t.cols)):
                    cell = r.cells[ci] if ci < len(r.cells) else None
                    if cell is None or cell == "":
                        continue
                    self.log.append({
                        "type": "cell", "doc": self.doc, "table": t.id, "caption": t.caption,
                        "page": self.c.page, "table_start_page": start_page, "continued": continued,
                        "group": group, "row": " ".join(label_lines), "label_lines": label_lines,
                        "row_kind": r.kind, "col": " ".join(t.cols[ci].header), "col_index": ci,
                        "text": cell, "x0": cell_pos[ci][-1][0] if cell_pos[ci] else None,
                        "x1": cell_pos[ci][-1][1] if cell_pos[ci] else None, "baseline": base_last,
                        "section": list(self.section), "notes_below": list(t.notes_below)})
            if r.kind in ("total", "subtotal") and str(r.cells[0]).startswith("Totaal"):
                group = None       # a 'Totaal ...' row closes its group
        if st.get("bottom_rule"):
            self.c.line(x_left, self.y, x_right, self.y, st["bottom_rule"], st.get("rule_color", "#000000"))
        for nl in t.notes_below:
            nf = st["note_font"]
            self.y += nf.size * 1.4
            if self.y > self.bottom:
                self.new_page()
                self.y += nf.size * 1.4
            self.c.text(x_left, self.y, nl, nf, st.get("note_color", "#000000"))
            self.log.append({"type": "note", "table": t.id, "text": nl, "page": self.c.page})
        y_bottom = self.y + 3
        self.y += st.get("after", 10)
        self.log.append({"type": "table", "table": t.id, "caption": t.caption, "start_page": start_page,
                         "y_top": round(y_top, 2), "y_bottom": round(y_bottom, 2),
                         "end_page": self.c.page, "notes_below": list(t.notes_below),
                         "cols": [{"header": list(c.header), "align": c.align, "x0": round(xs[i], 2),
                                   "x1": round(xs[i] + c.width, 2)} for i, c in enumerate(t.cols)],
                         "groups": [r.cells[0] for r in t.rows if r.kind == "group"],
                         "repeat_header": t.repeat_header, "x0": x_left, "x1": x_right,
                         "section": list(self.section)})
