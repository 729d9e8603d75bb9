#!/usr/bin/python3
"""Renders a layout script (see README.md, "Layout script") to PDF with cairo (pycairo, Debian python3-cairo).
Usage: render_cairo.py in.dsl out.pdf toc-in.tsv toc-out.tsv
Own flow layout: wrapped paragraphs, tables with colspan/rowspan headers that continue
over pages under a '(vervolg)' line with repeated column headings."""
import os
import sys
import cairo

A4 = (595.28, 841.89)
ML, MR, MT, MB = 62, 56, 70, 72
SERIF = "Liberation Serif"
SANS = "DejaVu Sans Condensed"
GREEN = (0.13, 0.42, 0.24)
LIGHTGREEN = (0.88, 0.94, 0.89)
PALE = (0.95, 0.96, 0.95)
DARKRED = (0.62, 0.05, 0.05)


class R:
    def __init__(self, out, meta, toc_in):
        self.meta = meta
        self.toc_in = toc_in
        self.toc_out = {}
        self.surface = cairo.PDFSurface(out, *A4)
        self.surface.set_metadata(cairo.PDFMetadata.TITLE, meta.get("title", ""))
        self.surface.set_metadata(cairo.PDFMetadata.AUTHOR, meta.get("author", ""))
        self.surface.set_metadata(cairo.PDFMetadata.SUBJECT, meta.get("subject", ""))
        self.surface.set_metadata(cairo.PDFMetadata.CREATOR, "set-bk generator (render_cairo.py)")
        self.ctx = cairo.Context(self.surface)
        self.pageno = 0
        self.size = A4
        self.y = MT
        self.started = False

    # ---------- text primitives
    def font(self, family=SERIF, size=10, bold=False, italic=False):
        self.ctx.select_font_face(family, cairo.FONT_SLANT_ITALIC if italic else cairo.FONT_SLANT_NORMAL,
                                  cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL)
        self.ctx.set_font_size(size)

    def tw(self, s):
        return self.ctx.text_extents(s).x_advance

    def text(self, x, y, s, color=(0, 0, 0)):
        self.ctx.set_source_rgb(*color)
        self.ctx.move_to(x, y)
        self.ctx.show_text(s)

    def wrap(self, s, width):
        words = s.split(" ")
        lines, cur = [], ""
        for w in words:
            t = w if not cur else cur + " " + w
            if self.tw(t) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
        return lines

    # ---------- pages
    @property
    def width(self):
        return self.size[0] - ML - MR

    @property
    def bottom(self):
        return self.size[1] - MB

    def finish_page(self):
        if not self.started:
            return
        c = self.ctx
        w, h = self.size
        # footer on every page
        c.set_source_rgb(*DARKRED)
        c.rectangle(ML, h - 52, w - ML - MR, 0.8)
        c.fill()
        self.font(SANS, 7.3, bold=True)
        self.text(ML, h - 40, self.meta.get("footer", "FICTIEF DOCUMENT"), DARKRED)
        self.font(SANS, 8)
        s = f"{self.pageno}"
        self.text(w - MR - self.tw(s), h - 40, s)
        if self.pageno > 1 and "header" in self.meta:
            c.set_source_rgb(*GREEN)
            c.rectangle(0, 0, w, 8)
            c.fill()
            self.font(SANS, 7.5, italic=True)
            self.text(ML, 34, self.meta["header"], GREEN)
        c.show_page()

    def new_page(self, orient="portrait"):
        self.finish_page()
        self.size = A4 if orient == "portrait" else (A4[1], A4[0])
        self.surface.set_size(*self.size)
        self.pageno += 1
        self.started = True
        self.y = MT

    def need(self, h):
        if self.y + h > self.bottom:
            self.new_page("portrait" if self.size[0] < self.size[1] else "landscape")

    # ---------- blocks
    def para(self, s, size=10, bold=False, italic=False, family=SERIF, color=(0, 0, 0), lead=1.38,
             after=5, indent=0, bullet=None):
        self.font(family, size, bold, italic)
        lh = size * lead
        lines = self.wrap(s, self.width - indent)
        for i, ln in enumerate(lines):
            self.need(lh)
            if bullet and i == 0:
                self.text(ML + indent - 10, self.y + size, bullet, color)
            self.text(ML + indent, self.y + size, ln, color)
            self.y += lh
        self.y += after

    def heading(self, s, level, key):
        size = {1: 17, 2: 12.5, 3: 10.5}[level]
        before = {1: 6, 2: 10, 3: 7}[level]
        self.need(size * 1.4 + before + 100)   # keep with the following text or table caption
        self.y += before
        self.font(SANS, size, bold=True, italic=(level == 3))
        color = GREEN if level < 3 else (0.1, 0.1, 0.1)
        for ln in self.wrap(s, self.width):
            self.text(ML, self.y + size, ln, color)
            self.y += size * 1.3
        if level == 1:
            self.ctx.set_source_rgb(*GREEN)
            self.ctx.rectangle(ML, self.y + 1, 60, 2)
            self.ctx.fill()
            self.y += 8
        self.y += 3
        if key:
            self.toc_out[key] = self.pageno

    def box(self, title, body):
        pad = 9
        self.font(SANS, 9)
        lines = self.wrap(body, self.width - 2 * pad)
        h = pad * 2 + 16 + len(lines) * 12.5
        self.need(h + 8)
        c = self.ctx
        c.set_source_rgb(1, 0.95, 0.94)
        c.rectangle(ML, self.y, self.width, h)
        c.fill()
        c.set_source_rgb(*DARKRED)
        c.set_line_width(2)
        c.rectangle(ML, self.y, self.width, h)
        c.stroke()
        self.font(SANS, 13, bold=True)
        self.text(ML + pad, self.y + pad + 12, title, DARKRED)
        self.font(SANS, 9)
        yy = self.y + pad + 16
        for ln in lines:
            self.text(ML + pad, yy + 10, ln)
            yy += 12.5
        self.y += h + 10

    def toc_line(self, key, label):
        self.font(SERIF, 10.5)
        self.need(16)
        pg = self.toc_in.get(key)
        self.text(ML, self.y + 10.5, label)
        if pg:
            s = str(pg)
            x = self.size[0] - MR - self.tw(s)
            # dotted leader
            x0 = ML + self.tw(label) + 6
            self.font(SERIF, 10.5)
            dots = ""
            while self.tw(dots + " .") < x - x0 - 6:
                dots += " ."
            self.text(x0, self.y + 10.5, dots, (0.5, 0.5, 0.5))
            self.text(x, self.y + 10.5, s)
        self.y += 16

    # ---------- tables
    def table(self, widths, header_rows, fs, cont, rows):
        total = sum(widths)
        xs = [ML]
        for w in widths:
            xs.append(xs[-1] + w / total * self.width)
        ncol = len(widths)
        pad = 2.6
        lh = fs * 1.25

        def parse(raw):
            a = {}
            t = raw
            if t.startswith("{"):
                e = t.index("}")
                for kv in t[1:e].split(";"):
                    k, _, v = kv.partition("=")
                    a[k.strip()] = v.strip()
                t = t[e + 1:]
            return a, t

        # build grid
        grid = []      # per row: list of cells dict
        occupied = {}  # (r,c) -> True for rowspans
        for r, (style, cells) in enumerate(rows):
            c = 0
            row = []
            for raw in cells:
                while occupied.get((r, c)):
                    c += 1
                a, t = parse(raw)
                cs, rs = int(a.get("cs", 1)), int(a.get("rs", 1))
                for dr in range(rs):
                    for dc in range(cs):
                        occupied[(r + dr, c + dc)] = True
                row.append(dict(c=c, cs=cs, rs=rs, text=t, al=a.get("al"), style=style,
                                bold="b" in a))
                c += cs
            grid.append(row)

        def cell_font(cell):
            st = cell["style"]
            bold = st in ("h", "b", "t", "s") or cell["bold"]
            ital = st in ("i", "s")
            self.font(SANS, fs, bold, ital)

        # measure
        heights = []
        for r, row in enumerate(grid):
            h = lh + 2 * pad
            for cell in row:
                if cell["rs"] > 1:
                    continue
                cell_font(cell)
                w = xs[cell["c"] + cell["cs"]] - xs[cell["c"]] - 2 * pad
                cell["lines"] = self.wrap(cell["text"], w) if cell["text"] else [""]
                h = max(h, len(cell["lines"]) * lh + 2 * pad)
            heights.append(h)
        for r, row in enumerate(grid):
            for cell in row:
                if cell["rs"] > 1:
                    cell_font(cell)
                    w = xs[cell["c"] + cell["cs"]] - xs[cell["c"]] - 2 * pad
                    cell["lines"] = self.wrap(cell["text"], w)
                    need = len(cell["lines"]) * lh + 2 * pad
                    have = sum(heights[r:r + cell["rs"]])
                    if need > have:
                        heights[r + cell["rs"] - 1] += need - have

        def draw_row(r, y):
            row = grid[r]
            h = heights[r]
            c = self.ctx
            style = rows[r][0]
            if style == "h":
                c.set_source_rgb(*LIGHTGREEN)
                for cell in row:
                    hh = sum(heights[r:r + cell["rs"]])
                    c.rectangle(xs[cell["c"]] + 0.6, y, xs[cell["c"] + cell["cs"]] - xs[cell["c"]] - 1.2, hh - 0.6)
                c.fill()
            elif style in ("t", "s"):
                c.set_source_rgb(*PALE)
                c.rectangle(xs[0], y, xs[-1] - xs[0], h)
                c.fill()
            if style in ("b", "t"):
                c.set_source_rgb(0, 0, 0)
                c.set_line_width(0.6 if style == "b" else 1.2)
                c.move_to(xs[0], y)
                c.line_to(xs[-1], y)
                c.stroke()
            if style not in ("h",):
                c.set_source_rgb(0.8, 0.8, 0.8)
                c.set_line_width(0.4)
                c.move_to(xs[0], y + h)
                c.line_to(xs[-1], y + h)
                c.stroke()
            for cell in row:
                cell_font(cell)
                x0, x1 = xs[cell["c"]] + pad, xs[cell["c"] + cell["cs"]] - pad
                hh = sum(heights[r:r + cell["rs"]])
                lines = cell["lines"]
                if style == "h":
                    al = cell["al"] or ("l" if cell["c"] == 0 else "c")
                    yy = y + hh - pad - len(lines) * lh
                else:
                    al = cell["al"] or ("l" if cell["c"] == 0 else "r")
                    yy = y + pad
                color = GREEN if style == "h" else (0, 0, 0)
                for ln in lines:
                    wd = self.tw(ln)
                    x = x0 if al == "l" else (x1 - wd if al == "r" else (x0 + x1 - wd) / 2)
                    self.text(x, yy + fs * 0.95, ln, color)
                    yy += lh

        hdr_h = sum(heights[:header_rows])
        first_body = heights[header_rows] if len(heights) > header_rows else 0
        self.need(hdr_h + first_body + 4)
        y = self.y + 2
        for r in range(header_rows):
            draw_row(r, y)
            y += heights[r]
        for r in range(header_rows, len(grid)):
            if y + heights[r] > self.bottom:
                self.y = y
                self.new_page("portrait" if self.size[0] < self.size[1] else "landscape")
                y = self.y
                if cont:
                    self.font(SANS, fs + 1, bold=True)
                    self.text(ML, y + fs + 1, cont, GREEN)
                    y += fs + 7
                for rr in range(header_rows):
                    draw_row(rr, y)
                    y += heights[rr]
            draw_row(r, y)
            y += heights[r]
        self.y = y + 10


def main():
    src, out = sys.argv[1], sys.argv[2]
    toc_in = {}
    if len(sys.argv) > 3 and os.path.exists(sys.argv[3]):
        for ln in open(sys.argv[3], encoding="utf-8"):
            k, _, v = ln.rstrip("\n").partition("\t")
            if v:
                toc_in[k] = int(v)
    lines = [ln.rstrip("\n") for ln in open(src, encoding="utf-8")]
    meta = {}
    for ln in lines:
        p = ln.split("\t")
        if p[0] == "META":
            meta[p[1]] = p[2]
    r = R(out, meta, toc_in)
    tbl = None
    for ln in lines:
        if not ln or ln.startswith("#"):
            continue
        p = ln.split("\t")
        cmd = p[0]
        if cmd == "META":
            continue
        if not r.started and cmd != "PAGE":
            r.new_page()
        if cmd == "PAGE":
            r.new_page(p[1] if len(p) > 1 else "portrait")
        elif cmd == "ANCHOR":
            r.toc_out[p[1]] = r.pageno
        elif cmd == "BIG":
            sz = float(p[1])
            r.font(SANS, sz, bold=True)
            for w in r.wrap(p[2], r.width):
                r.need(sz * 1.3)
                r.text(ML, r.y + sz, w, GREEN)
                r.y += sz * 1.3
            r.y += 6
        elif cmd in ("H1", "H2", "H3"):
            r.heading(p[1], int(cmd[1]), p[2] if len(p) > 2 else "")
        elif cmd == "P":
            r.para(p[1])
        elif cmd == "PB":
            r.para(p[1], bold=True)
        elif cmd == "PI":
            r.para(p[1], italic=True)
        elif cmd == "BUL":
            r.para(p[1], indent=14, bullet="•", after=2)
        elif cmd == "NOTE":
            r.para(p[1], size=7.5, family=SANS, italic=True, color=(0.3, 0.3, 0.3), lead=1.3, after=2)
        elif cmd == "CAPTION":
            r.need(110)
            r.para(p[1], size=9.5, family=SANS, bold=True, color=GREEN, after=1)
        elif cmd == "SP":
            r.y += float(p[1])
        elif cmd == "BOX":
            r.box(p[1], p[2])
        elif cmd == "TOC":
            r.toc_line(p[1], p[2])
        elif cmd == "TBL":
            tbl = dict(widths=[float(x) for x in p[1].split(",")], hr=int(p[2]), fs=float(p[3]),
                       cont=p[4] if len(p) > 4 else "", rows=[])
        elif cmd == "TR":
            tbl["rows"].append((p[1], p[2:]))
        elif cmd == "END":
            r.table(tbl["widths"], tbl["hr"], tbl["fs"], tbl["cont"], tbl["rows"])
            tbl = None
        else:
            raise SystemExit("unknown command " + cmd)
    r.finish_page()
    r.surface.finish()
    if len(sys.argv) > 4:
        with open(sys.argv[4], "w", encoding="utf-8") as f:
            for k, v in r.toc_out.items():
                f.write(f"{k}\t{v}\n")


if __name__ == "__main__":
    main()
