"""A small page-layout engine shared by both generators.

It flows headings, paragraphs, bullet lists and tables over A4 pages and produces, per page,
a list of drawing operations (text at a baseline, lines, rectangles). The two documents are
then drawn by two different PDF producers: gen_dinkelland.py hands the operations to
matplotlib's PDF backend, gen_bsgr.py to Scribus (one text frame per operation).
Coordinates are in points from the top-left corner of the page; y of a text is its baseline.
"""
from fontTools.ttLib import TTFont

A4 = (595.28, 841.89)

FONT_FILES = {
    "lib": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "lib-b": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "lib-i": "/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf",
    "lib-bi": "/usr/share/fonts/truetype/liberation2/LiberationSans-BoldItalic.ttf",
    "car": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "car-b": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "car-i": "/usr/share/fonts/truetype/crosextra/Carlito-Italic.ttf",
    "car-bi": "/usr/share/fonts/truetype/crosextra/Carlito-BoldItalic.ttf",
}
_METRICS = {}


def _metrics(font):
    if font not in _METRICS:
        tt = TTFont(FONT_FILES[font], lazy=True)
        cmap = tt.getBestCmap()
        hmtx = tt["hmtx"]
        upm = tt["head"].unitsPerEm
        _METRICS[font] = (cmap, hmtx, upm, {})
    return _METRICS[font]


def text_width(s, font, size):
    cmap, hmtx, upm, cache = _metrics(font)
    w = 0
    for ch in s:
        if ch not in cache:
            g = cmap.get(ord(ch))
            cache[ch] = hmtx[g][0] if g else hmtx[cmap[ord("?")]][0]
        w += cache[ch]
    return w * size / upm


def wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = w if not cur else cur + " " + w
        if text_width(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, number, landscape=False):
        self.number = number
        self.ops = []
        self.landscape = landscape
        self.tag = None

    def text(self, x, y, s, font, size, color=(0, 0, 0), align="left", role=None):
        if align == "right":
            x = x - text_width(s, font, size)
        elif align == "center":
            x = x - text_width(s, font, size) / 2
        self.ops.append(dict(t="text", x=round(x, 2), y=round(y, 2), s=s, f=font, size=size,
                             color=color, w=round(text_width(s, font, size), 2), role=role))

    def line(self, x0, y0, x1, y1, lw=0.5, color=(0, 0, 0), dash=None):
        self.ops.append(dict(t="line", x0=x0, y0=y0, x1=x1, y1=y1, lw=lw, color=color, dash=dash))

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        self.ops.append(dict(t="rect", x=x, y=y, w=w, h=h, fill=fill, stroke=stroke, lw=lw))


class Cell:
    def __init__(self, text="", span=1, align=None, font=None, color=None):
        self.text, self.span, self.align, self.font, self.color = text, span, align, font, color


class Row:
    def __init__(self, cells, bold=False, italic=False, fill=None, rule_above=False,
                 rule_below=False, indent=0, kind="body", keep=None, color=None):
        self.cells = [c if isinstance(c, Cell) else Cell(c) for c in cells]
        self.bold, self.italic, self.fill = bold, italic, fill
        self.rule_above, self.rule_below, self.indent = rule_above, rule_below, indent
        self.kind, self.keep, self.color = kind, keep, color


class Doc:
    def __init__(self, style, margins=(56, 56, 70, 60)):
        self.st = style
        self.ml, self.mr, self.mt, self.mb = margins
        self.pages = []
        self.y = None
        self.new_page()
        self.toc = []
        self.headings = []

    # geometry
    @property
    def page(self):
        return self.pages[-1]

    @property
    def W(self):
        return A4[1] if self.page.landscape else A4[0]

    @property
    def H(self):
        return A4[0] if self.page.landscape else A4[1]

    @property
    def width(self):
        return self.W - self.ml - self.mr

    @property
    def bottom(self):
        return self.H - self.mb

    def new_page(self, landscape=False):
        self.pages.append(Page(len(self.pages) + 1, landscape))
        self.y = self.mt

    def ensure(self, h):
        if self.y + h > self.bottom:
            self.new_page()
            return True
        return False

    def space(self, h):
        self.y += h

    # text blocks
    def heading(self, text, level=1, keep=60, toc=True):
        st = self.st["h%d" % level]
        if self.y > self.mt + 1:
            self.y += st.get("before", 10)
        self.ensure(st["size"] * 1.4 + keep)
        self.y += st["size"]
        if st.get("band"):
            self.page.rect(self.ml - 4, self.y - st["size"] - 3, self.width + 8, st["size"] * 1.45,
                           fill=st["band"])
        self.page.text(self.ml + st.get("indent", 0), self.y, text, st["font"], st["size"], st.get("color", (0, 0, 0)),
                       role="h%d" % level)
        if st.get("rule"):
            self.page.line(self.ml, self.y + 4, self.ml + self.width, self.y + 4, lw=st["rule"], color=st.get("color", (0, 0, 0)))
        self.y += st.get("after", 6)
        self.headings.append((level, text, self.page.number))

    def para(self, text, style="body", indent=0, width=None, after=None, color=None, font=None, size=None):
        st = self.st[style]
        font = font or st["font"]
        size = size or st["size"]
        lead = st["lead"] * size / st["size"]
        width = (width or self.width) - indent
        for ln in wrap(text, font, size, width):
            if self.y + lead > self.bottom:
                self.new_page()
            self.y += lead
            self.page.text(self.ml + indent, self.y, ln, font, size, color or st.get("color", (0, 0, 0)), role="p")
        self.y += st.get("after", 5) if after is None else after

    def bullets(self, items, style="body", bullet="\u2022", indent=14):
        st = self.st[style]
        for it in items:
            lines = wrap(it, st["font"], st["size"], self.width - indent)
            for i, ln in enumerate(lines):
                if self.y + st["lead"] > self.bottom:
                    self.new_page()
                self.y += st["lead"]
                if i == 0:
                    self.page.text(self.ml + 3, self.y, bullet, st["font"], st["size"], st.get("color", (0, 0, 0)))
                self.page.text(self.ml + indent, self.y, ln, st["font"], st["size"], st.get("color", (0, 0, 0)), role="p")
            self.y += 1.5
        self.y += st.get("after", 5)

    def leaders(self, items, style="body", x0=None, x1=None, dot=" .", after=4, bold_last=False):
        """label ........ value lines (dotted leaders typed as characters)"""
        st = self.st[style]
        x0 = self.ml if x0 is None else x0
        x1 = self.ml + self.width if x1 is None else x1
        for i, (label, value) in enumerate(items):
            font = st["font"]
            if bold_last and i == len(items) - 1:
                font = st.get("bold", font)
            if self.y + st["lead"] > self.bottom:
                self.new_page()
            self.y += st["lead"]
            lw = text_width(label, font, st["size"])
            vw = text_width(value, font, st["size"])
            self.page.text(x0, self.y, label, font, st["size"], role="p")
            dw = text_width(dot, font, st["size"])
            n = int((x1 - x0 - lw - vw - 18) / dw)
            if n > 0:
                self.page.text(x1 - vw - 9 - n * dw, self.y, dot * n, font, st["size"], color=(0.35, 0.35, 0.35))
            self.page.text(x1, self.y, value, font, st["size"], align="right", role="p")
        self.y += after

    # tables
    def table(self, cols, header, rows, ts, caption=None, unit=None, notes=(), repeat_header=True,
              transport=None, header_at_foot=False, min_rows_on_page=3):
        """cols: list of (width, align); header: list of Rows of Cells with spans.
        transport: dict(sum_cols=[...], fmt=callable, label_out, label_in, value_of=callable(row)->list)
        """
        font, bfont, ifont = ts["font"], ts["bold"], ts.get("italic", ts["font"])
        size, lead, pad = ts["size"], ts["lead"], ts.get("pad", 2.5)
        xs = [self.ml]
        for w, _ in cols:
            xs.append(xs[-1] + w)
        total_w = xs[-1] - xs[0]

        def row_height(r, hdr=False):
            n = 1
            x = 0
            for c in r.cells:
                w = sum(cols[j][0] for j in range(x, x + c.span)) - 2 * pad - (r.indent if x == 0 else 0)
                f = bfont if (hdr or r.bold) else font
                n = max(n, len(wrap(c.text, f, size, w)) if c.text else 1)
                x += c.span
            return n * lead + 2 * pad

        def draw_row(r, hdr=False):
            h = row_height(r, hdr)
            pg = self.page
            if hdr and ts.get("head_fill"):
                pg.rect(xs[0], self.y, total_w, h, fill=ts["head_fill"])
            elif r.fill:
                pg.rect(xs[0], self.y, total_w, h, fill=r.fill)
            if r.rule_above:
                pg.line(xs[0], self.y, xs[-1], self.y, lw=ts.get("rule_lw", 0.6), color=ts.get("rule_color", (0, 0, 0)))
            x = 0
            for c in r.cells:
                x0, x1 = xs[x], xs[x + c.span]
                align = c.align or (cols[x][1] if c.span == 1 else "center")
                f = c.font or (bfont if (hdr or r.bold) else (ifont if r.italic else font))
                color = c.color or r.color or (ts.get("head_color", (0, 0, 0)) if hdr else (0, 0, 0))
                ind = r.indent if x == 0 else 0
                lines = wrap(c.text, f, size, x1 - x0 - 2 * pad - ind) if c.text else []
                if hdr and len(lines) < (h - 2 * pad) / lead - 0.5:   # bottom-align header text
                    off = (h - 2 * pad) - len(lines) * lead
                else:
                    off = 0
                for i, ln in enumerate(lines):
                    yb = self.y + pad + off + (i + 1) * lead - (lead - size) * 0.6
                    if align == "right":
                        pg.text(x1 - pad, yb, ln, f, size, color, align="right", role="cell")
                    elif align == "center":
                        pg.text((x0 + x1) / 2, yb, ln, f, size, color, align="center", role="cell")
                    else:
                        pg.text(x0 + pad + ind, yb, ln, f, size, color, role="cell")
                if hdr and c.span > 1 and c.text:
                    pg.line(x0 + 3, self.y + h - 0.5, x1 - 3, self.y + h - 0.5, lw=0.4, color=ts.get("head_color", (0, 0, 0)))
                x += c.span
            self.y += h
            if r.rule_below:
                pg.line(xs[0], self.y, xs[-1], self.y, lw=ts.get("rule_lw", 0.6), color=ts.get("rule_color", (0, 0, 0)))
            if ts.get("row_rule") and not hdr:
                pg.line(xs[0], self.y, xs[-1], self.y, lw=ts["row_rule"], color=ts.get("row_rule_color", (0.7, 0.7, 0.7)))
            return h

        def draw_header():
            if ts.get("head_top_rule"):
                self.page.line(xs[0], self.y, xs[-1], self.y, lw=ts["head_top_rule"], color=ts.get("rule_color", (0, 0, 0)))
            for hr in header:
                draw_row(hr, hdr=True)
            if ts.get("head_rule"):
                self.page.line(xs[0], self.y, xs[-1], self.y, lw=ts["head_rule"], color=ts.get("rule_color", (0, 0, 0)))

        head_h = sum(row_height(hr, True) for hr in header)
        cap_h = 0
        if caption:
            cap_h += ts.get("cap_size", size + 1.5) * 1.6
        if unit:
            cap_h += size * 1.5
        first_rows_h = sum(row_height(r) for r in rows[:min_rows_on_page])
        all_h = sum(row_height(r) for r in rows)
        if cap_h + head_h + all_h < 330 and not transport:
            first_rows_h = all_h          # keep a small table on one page
        self.ensure(cap_h + head_h + first_rows_h + 4)
        if caption:
            self.y += ts.get("cap_size", size + 1.5) * 1.25
            self.page.text(self.ml, self.y, caption, ts.get("cap_font", bfont), ts.get("cap_size", size + 1.5),
                           ts.get("cap_color", (0, 0, 0)), role="caption")
            self.y += 4
        if unit:
            self.y += size * 1.2
            self.page.text(self.ml if ts.get("unit_left", True) else xs[-1], self.y, unit, ifont, size - 0.5,
                           (0.25, 0.25, 0.25), align="left" if ts.get("unit_left", True) else "right", role="unit")
            self.y += 3
        draw_header()
        trans_h = (lead + 2 * pad) if transport else 0
        done = []
        for idx, r in enumerate(rows):
            h = row_height(r)
            need = h + trans_h
            if r.keep:   # keep with the next rows
                need += sum(row_height(x) for x in rows[idx + 1: idx + 1 + r.keep])
            if self.y + need > self.bottom:
                if transport:
                    draw_row(Row(transport["out"](done), bold=True, rule_above=True,
                                 fill=transport.get("fill")))
                self.new_page()
                if repeat_header:
                    draw_header()
                if transport:
                    draw_row(Row(transport["in"](done), bold=True, rule_below=True,
                                 fill=transport.get("fill")))
            draw_row(r)
            done.append(r)
        if header_at_foot:
            if ts.get("head_rule"):
                self.page.line(xs[0], self.y, xs[-1], self.y, lw=ts["head_rule"], color=ts.get("rule_color", (0, 0, 0)))
            for hr in header:
                draw_row(hr, hdr=True)
        if ts.get("foot_rule"):
            self.page.line(xs[0], self.y, xs[-1], self.y, lw=ts["foot_rule"], color=ts.get("rule_color", (0, 0, 0)))
        for n in notes:
            st = self.st["note"]
            for ln in wrap(n, st["font"], st["size"], total_w):
                if self.y + st["lead"] > self.bottom:
                    self.new_page()
                self.y += st["lead"]
                self.page.text(self.ml, self.y, ln, st["font"], st["size"], st.get("color", (0.2, 0.2, 0.2)), role="note")
        self.y += ts.get("after", 10)
