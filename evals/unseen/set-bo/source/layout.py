"""Small page-layout engine shared by the two fictional documents of set-bo.

It flows headings, paragraphs, bullet lists, boxes and tables onto A4 pages and
produces, per page, a list of drawing operations (text, line, rect) in
points with the origin at the TOP left.  Two back ends turn those operations
into a PDF with different producers:

* ``write_jspdf_ops`` writes a JSON file that ``render_jspdf.js`` draws with
  jsPDF (npm) - used for the Wassenaar Begroting 2025;
* ``write_postscript`` writes a PostScript program that Ghostscript's
  ``ps2pdf`` turns into a PDF - used for the GGD Dinkel-Vecht begroting 2026.

Text widths come from the URW base-35 AFM files (metric-compatible with
Helvetica / Helvetica Narrow), so right-aligned figures line up in both back ends.
"""
import json
import os
import re

AFM_DIR = "/usr/share/fonts/type1/urw-base35"

# unicode -> PostScript glyph name for the characters we use outside ASCII
UNI2GLYPH = {
    "€": "Euro", "–": "endash", "—": "emdash", "‘": "quoteleft", "’": "quoteright",
    "“": "quotedblleft", "”": "quotedblright", "•": "bullet", "…": "ellipsis",
    "ë": "edieresis", "é": "eacute", "è": "egrave", "ï": "idieresis", "ü": "udieresis",
    "ö": "odieresis", "á": "aacute", "à": "agrave", "ç": "ccedilla", "É": "Eacute",
    "²": "twosuperior", "³": "threesuperior", "¹": "onesuperior", "°": "degree",
    "½": "onehalf", "×": "multiply", "±": "plusminus", "·": "periodcentered",
    " ": "space",
}
ASCII_NAMES = {
    32: "space", 33: "exclam", 34: "quotedbl", 35: "numbersign", 36: "dollar", 37: "percent",
    38: "ampersand", 39: "quotesingle", 40: "parenleft", 41: "parenright", 42: "asterisk",
    43: "plus", 44: "comma", 45: "hyphen", 46: "period", 47: "slash", 58: "colon",
    59: "semicolon", 60: "less", 61: "equal", 62: "greater", 63: "question", 64: "at",
    91: "bracketleft", 92: "backslash", 93: "bracketright", 94: "asciicircum",
    95: "underscore", 96: "grave", 123: "braceleft", 124: "bar", 125: "braceright",
    126: "asciitilde",
}
for _d, _n in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]):
    ASCII_NAMES[48 + _d] = _n
for _c in range(65, 91):
    ASCII_NAMES[_c] = chr(_c)
for _c in range(97, 123):
    ASCII_NAMES[_c] = chr(_c)


def glyph_name(ch):
    o = ord(ch)
    if o in ASCII_NAMES:
        return ASCII_NAMES[o]
    if ch in UNI2GLYPH:
        return UNI2GLYPH[ch]
    raise ValueError("character not supported: %r" % ch)


_AFM_CACHE = {}


def afm_widths(fontfile):
    if fontfile not in _AFM_CACHE:
        w = {}
        with open(os.path.join(AFM_DIR, fontfile + ".afm"), encoding="latin-1") as f:
            for line in f:
                if line.startswith("C "):
                    m = re.search(r"WX (\d+) ; N (\S+)", line)
                    if m:
                        w[m.group(2)] = int(m.group(1))
        _AFM_CACHE[fontfile] = w
    return _AFM_CACHE[fontfile]


class FontSet:
    """Maps style keys (R, B, I, NR, NB) to an AFM file and a back-end font name."""

    def __init__(self, mapping):
        # mapping: key -> (afm file, backend name, backend style)
        self.mapping = mapping

    def width(self, key, text, size):
        w = afm_widths(self.mapping[key][0])
        tot = 0
        for ch in text:
            tot += w.get(glyph_name(ch), 556)
        return tot * size / 1000.0


def fmt_int(v):
    """Dutch thousands separator: 1234567 -> '1.234.567', -1234 -> '-1.234'."""
    s = "{:,}".format(abs(int(v))).replace(",", ".")
    return ("-" + s) if v < 0 else s


def fmt_par(v):
    """Negative numbers in parentheses: -1234 -> '(1.234)'."""
    s = "{:,}".format(abs(int(v))).replace(",", ".")
    return "(" + s + ")" if v < 0 else s


def fmt_dec(v, nd=1):
    s = ("{:,.%df}" % nd).format(abs(v))
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" + s) if v < 0 else s


class Cell:
    def __init__(self, text, span=1, align=None, font=None):
        self.text, self.span, self.align, self.font = text, span, align, font


class Table:
    """cols: list of (width, align).  header: list of rows, each a list of Cell
    (or str).  rows: list of dicts {cells: [...], style: normal|bold|italic|
    section|total|sub, rule_above: bool, rule_below: bool, indent: pt}."""

    def __init__(self, cols, header, rows, caption=None, caption_right=None, size=8,
                 leading=None, font="R", bold="B", header_font=None, num_valign="bottom",
                 header_fill=(0.86, 0.90, 0.95), zebra=None, notes=None, key=None,
                 continued=" (vervolg)", header_rule=True, min_rows_first=3, x0=None):
        self.cols, self.header, self.rows = cols, header, rows
        self.caption, self.caption_right = caption, caption_right
        self.size = size
        self.leading = leading or size * 1.35
        self.font, self.bold = font, bold
        self.header_font = header_font or bold
        self.num_valign = num_valign
        self.header_fill = header_fill
        self.zebra = zebra
        self.notes = notes or []
        self.key = key
        self.continued = continued
        self.header_rule = header_rule
        self.min_rows_first = min_rows_first
        self.x0 = x0


class Doc:
    def __init__(self, fonts, header_text, footer_text, page_w=595.28, page_h=841.89,
                 margin_l=56, margin_r=50, margin_t=62, margin_b=70, body_size=9.5,
                 accent=(0.10, 0.25, 0.45), page_label="Pagina {n} van {N}", first_page_plain=True):
        self.fonts = fonts
        self.header_text, self.footer_text = header_text, footer_text
        self.W, self.H = page_w, page_h
        self.ml, self.mr, self.mt, self.mb = margin_l, margin_r, margin_t, margin_b
        self.body_size = body_size
        self.accent = accent
        self.page_label = page_label
        self.first_page_plain = first_page_plain
        self.pages = []
        self.marks = {}
        self.table_log = []
        self.new_page()

    # ---- basics -------------------------------------------------------------
    @property
    def text_w(self):
        return self.W - self.ml - self.mr

    def new_page(self):
        self.pages.append([])
        self.y = self.mt

    @property
    def page_no(self):
        return len(self.pages)

    def ops(self):
        return self.pages[-1]

    def text(self, x, y, s, font="R", size=None, color=(0, 0, 0)):
        self.ops().append(("text", round(x, 2), round(y, 2), font, size or self.body_size, s, color))

    def line(self, x1, y1, x2, y2, w=0.5, color=(0, 0, 0)):
        self.ops().append(("line", round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2), w, color))

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.8):
        self.ops().append(("rect", round(x, 2), round(y, 2), round(w, 2), round(h, 2), fill, stroke, lw))

    def width(self, s, font="R", size=None):
        return self.fonts.width(font, s, size or self.body_size)

    def room(self):
        return self.H - self.mb - self.y

    def ensure(self, h):
        if self.room() < h:
            self.new_page()

    def mark(self, key):
        self.marks[key] = self.page_no

    def space(self, h):
        self.y += h

    # ---- text flow ----------------------------------------------------------
    def wrap(self, s, width, font="R", size=None):
        size = size or self.body_size
        out = []
        for para in s.split("\n"):
            words = para.split(" ")
            cur = ""
            for w in words:
                t = w if not cur else cur + " " + w
                if self.width(t, font, size) <= width or not cur:
                    cur = t
                else:
                    out.append(cur)
                    cur = w
            out.append(cur)
        return out

    def heading(self, s, level=1, mark=None):
        size = {0: 20, 1: 15, 2: 11.5, 3: 10}[level]
        before = {0: 0, 1: 10, 2: 9, 3: 6}[level]
        after = {0: 10, 1: 8, 2: 4, 3: 3}[level]
        need = before + size * 1.3 + after + 40
        if level == 1 and self.y > self.mt + 1 and self.room() < 260:
            self.new_page()
        else:
            self.ensure(need)
        if self.y > self.mt + 1:
            self.y += before
        if mark:
            self.mark(mark)
        self.y += size
        font = "B"
        color = self.accent if level <= 2 else (0, 0, 0)
        self.text(self.ml, self.y, s, font, size, color)
        if level == 1:
            self.y += 4
            self.line(self.ml, self.y, self.W - self.mr, self.y, 1.2, self.accent)
        self.y += after

    def para(self, s, font="R", size=None, leading=None, indent=0, after=5, color=(0, 0, 0), width=None):
        size = size or self.body_size
        leading = leading or size * 1.38
        width = width or (self.text_w - indent)
        p0 = self.page_no
        for ln in self.wrap(s, width, font, size):
            self.ensure(leading + 2)
            self.y += leading
            self.text(self.ml + indent, self.y - (leading - size) * 0.45, ln, font, size, color)
        self.y += after
        return list(range(p0, self.page_no + 1))

    def bullets(self, items, font="R", size=None, after=5, bullet="•"):
        size = size or self.body_size
        p0 = self.page_no
        leading = size * 1.38
        for it in items:
            lines = self.wrap(it, self.text_w - 14, font, size)
            for i, ln in enumerate(lines):
                self.ensure(leading + 2)
                self.y += leading
                yb = self.y - (leading - size) * 0.45
                if i == 0:
                    self.text(self.ml + 3, yb, bullet, font, size)
                self.text(self.ml + 14, yb, ln, font, size)
            self.y += 1.5
        self.y += after
        return list(range(p0, self.page_no + 1))

    def box(self, lines, fill=(1.0, 0.93, 0.80), stroke=(0.75, 0.1, 0.1), size=10, font="B", pad=8,
            width=None, x=None):
        width = width or self.text_w
        x = self.ml if x is None else x
        leading = size * 1.4
        wrapped = []
        for i, (txt, f, sz) in enumerate(lines):
            for ln in self.wrap(txt, width - 2 * pad, f, sz):
                wrapped.append((ln, f, sz))
        h = sum(sz * 1.4 for _, _, sz in wrapped) + 2 * pad
        self.ensure(h + 6)
        self.rect(x, self.y, width, h, fill=fill, stroke=stroke, lw=1.6)
        yy = self.y + pad
        for ln, f, sz in wrapped:
            yy += sz * 1.4
            self.text(x + pad, yy - sz * 0.35, ln, f, sz, stroke if f == "B" else (0, 0, 0))
        self.y += h + 8

    def footnote(self, s, size=7.2):
        self.para(s, "I", size, after=2, color=(0.15, 0.15, 0.15))

    # ---- tables -------------------------------------------------------------
    def _cell_lines(self, text, width, font, size):
        if text is None:
            return [""]
        return self.wrap(str(text), width - 4, font, size)

    def _header_height(self, t):
        hh = 0
        lead = t.size * 1.25
        for row in t.header:
            ci, mx = 0, 1
            for c in row:
                c = c if isinstance(c, Cell) else Cell(c)
                w = sum(t.cols[j][0] for j in range(ci, ci + c.span))
                n = len(self._cell_lines(c.text, w, c.font or t.header_font, t.size))
                mx = max(mx, n)
                ci += c.span
            hh += mx * lead + 3
        return hh + 2

    def _draw_header(self, t, x0, caption_suffix=""):
        size = t.size
        total_w = sum(w for w, _ in t.cols)
        if t.caption:
            cap = t.caption + caption_suffix
            self.y += size + 5
            self.text(x0, self.y, cap, "B", size + 1.2, self.accent)
            if t.caption_right:
                wr = self.width(t.caption_right, "I", size)
                wc = self.width(cap, "B", size + 1.2)
                if wc + wr + 12 > total_w:
                    self.y += size + 3
                self.text(x0 + total_w - wr, self.y, t.caption_right, "I", size)
            self.y += 4
        hh = self._header_height(t)
        if t.header_fill:
            self.rect(x0, self.y, total_w, hh, fill=t.header_fill)
        lead = size * 1.25
        yrow = self.y + 1
        for row in t.header:
            ci, mx = 0, 1
            cells = []
            for c in row:
                c = c if isinstance(c, Cell) else Cell(c)
                x = x0 + sum(t.cols[j][0] for j in range(ci))
                w = sum(t.cols[j][0] for j in range(ci, ci + c.span))
                al = c.align or (t.cols[ci][1] if c.span == 1 else "C")
                lines = self._cell_lines(c.text, w, c.font or t.header_font, size)
                cells.append((x, w, al, lines, c.font or t.header_font))
                mx = max(mx, len(lines))
                ci += c.span
            for x, w, al, lines, f in cells:
                # bottom-align header text within the row
                off = mx - len(lines)
                for k, ln in enumerate(lines):
                    yy = yrow + (off + k + 1) * lead
                    self._cell_text(x, w, al, yy, ln, f, size)
            yrow += mx * lead + 3
        self.y += hh
        if t.header_rule:
            self.line(x0, self.y, x0 + total_w, self.y, 0.8, self.accent)

    def _cell_text(self, x, w, al, yy, s, font, size, indent=0):
        if s == "" or s is None:
            return
        tw = self.width(s, font, size)
        if al == "R":
            xx = x + w - 3 - tw
        elif al == "C":
            xx = x + (w - tw) / 2
        else:
            xx = x + 2 + indent
        self.text(xx, yy, s, font, size)

    def table(self, t, mark=None):
        x0 = self.ml if t.x0 is None else t.x0
        total_w = sum(w for w, _ in t.cols)
        lead = t.leading
        hh = self._header_height(t) + (t.size + 9 if t.caption else 0)

        def row_lines(r):
            style = r.get("style", "normal")
            f = {"bold": t.bold, "total": t.bold, "section": t.bold, "sub": t.bold, "italic": "I"}.get(style, t.font)
            out = []
            ci = 0
            for c in r["cells"]:
                c = c if isinstance(c, Cell) else Cell(c)
                w = sum(t.cols[j][0] for j in range(ci, ci + c.span))
                ind = r.get("indent", 0) if ci == 0 else 0
                lines = self._cell_lines(c.text, w - ind, c.font or f, t.size)
                out.append((ci, c, w, lines, c.font or f, ind))
                ci += c.span
            return out, max(len(l[3]) for l in out)

        first_rows_h = 0
        for r in t.rows[: t.min_rows_first]:
            first_rows_h += row_lines(r)[1] * lead + 2
        self.ensure(hh + first_rows_h + 4)
        self.y += 4
        if mark:
            self.mark(mark)
        self._draw_header(t, x0)
        start_page = self.page_no
        rec = {"key": t.key, "caption": t.caption, "scale": t.caption_right, "start_page": start_page,
               "header": [[(c.text if isinstance(c, Cell) else c) for c in row] for row in t.header],
               "rows": []}
        self.table_log.append(rec)
        for i, r in enumerate(t.rows):
            cells, n = row_lines(r)
            h = n * lead + 2
            if self.room() < h + 2:
                self.new_page()
                self._draw_header(t, x0, t.continued)
            rec["rows"].append({"cells": [(c.text if isinstance(c, Cell) else c) for c in r["cells"]],
                                "page": self.page_no, "key": r.get("key")})
            style = r.get("style", "normal")
            if r.get("fill"):
                self.rect(x0, self.y, total_w, h, fill=r["fill"])
            elif style == "total":
                self.rect(x0, self.y, total_w, h, fill=(0.93, 0.93, 0.93))
            elif t.zebra and i % 2 == 1:
                self.rect(x0, self.y, total_w, h, fill=t.zebra)
            if r.get("rule_above") or style in ("total", "sub"):
                self.line(x0, self.y, x0 + total_w, self.y, 0.6)
            for ci, c, w, lines, f, ind in cells:
                x = x0 + sum(t.cols[j][0] for j in range(ci))
                al = c.align or t.cols[ci][1]
                if len(lines) < n and t.num_valign == "bottom" and al != "L":
                    off = n - len(lines)
                else:
                    off = 0
                for k, ln in enumerate(lines):
                    yy = self.y + (off + k + 1) * lead - (lead - t.size) * 0.5
                    self._cell_text(x, w, al, yy, ln, f, t.size, ind)
            self.y += h
            if r.get("rule_below") or style == "total":
                self.line(x0, self.y, x0 + total_w, self.y, 0.6)
        self.line(x0, self.y, x0 + total_w, self.y, 0.8, self.accent)
        self.y += 3
        for n in t.notes:
            self.footnote(n)
        self.y += 6
        return start_page

    # ---- finishing ----------------------------------------------------------
    def finish(self):
        N = len(self.pages)
        for i, ops in enumerate(self.pages, start=1):
            fy = self.H - self.mb + 30
            self.pages[i - 1] = ops
            cur = self.pages[i - 1]
            cur.append(("line", self.ml, fy - 12, self.W - self.mr, fy - 12, 0.4, (0.4, 0.4, 0.4)))
            cur.append(("text", self.ml, fy, "B", 7.5, self.footer_text, (0.7, 0.05, 0.05)))
            lab = self.page_label.format(n=i, N=N)
            w = self.fonts.width("R", lab, 7.5)
            cur.append(("text", self.W - self.mr - w, fy, "R", 7.5, lab, (0.3, 0.3, 0.3)))
            if i > 1 or not self.first_page_plain:
                cur.append(("text", self.ml, 36, "I", 7.5, self.header_text, (0.35, 0.35, 0.35)))
                cur.append(("line", self.ml, 41, self.W - self.mr, 41, 0.4, (0.6, 0.6, 0.6)))
        return self.pages


# ---------------------------------------------------------------------------
# back end 1: jsPDF (ops as JSON, drawn by render_jspdf.js)
JSPDF_FONT = {"R": ("helvetica", "normal"), "B": ("helvetica", "bold"), "I": ("helvetica", "italic"),
              "BI": ("helvetica", "bolditalic")}


def write_jspdf_ops(pages, path, meta):
    out = {"meta": meta, "pages": []}
    for ops in pages:
        po = []
        for op in ops:
            if op[0] == "text":
                _, x, y, f, sz, s, col = op
                fam, st = JSPDF_FONT[f]
                po.append(["t", x, y, fam, st, sz, s, col])
            elif op[0] == "line":
                po.append(["l"] + list(op[1:]))
            elif op[0] == "rect":
                po.append(["r"] + list(op[1:]))
        out["pages"].append(po)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False)


# ---------------------------------------------------------------------------
# back end 2: PostScript for Ghostscript's ps2pdf
def _ps_encoding():
    enc = [".notdef"] * 256
    for c, n in ASCII_NAMES.items():
        enc[c] = n
    extra = ["Euro", "endash", "emdash", "quoteleft", "quoteright", "quotedblleft", "quotedblright",
             "bullet", "ellipsis"]
    for i, n in enumerate(extra):
        enc[128 + i] = n
    latin = {"edieresis": 0xEB, "eacute": 0xE9, "egrave": 0xE8, "idieresis": 0xEF, "udieresis": 0xFC,
             "odieresis": 0xF6, "aacute": 0xE1, "agrave": 0xE0, "ccedilla": 0xE7, "Eacute": 0xC9,
             "twosuperior": 0xB2, "threesuperior": 0xB3, "onesuperior": 0xB9, "degree": 0xB0,
             "onehalf": 0xBD, "multiply": 0xD7, "plusminus": 0xB1, "periodcentered": 0xB7}
    for n, c in latin.items():
        enc[c] = n
    return enc


PS_ENC = _ps_encoding()
PS_CODE = {n: i for i, n in enumerate(PS_ENC) if n != ".notdef"}


def ps_string(s):
    out = []
    for ch in s:
        code = PS_CODE[glyph_name(ch)]
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= code < 127:
            out.append(chr(code))
        else:
            out.append("\\%03o" % code)
    return "(" + "".join(out) + ")"


def write_postscript(pages, path, fonts, meta, W=595.28, H=841.89):
    L = []
    L.append("%!PS-Adobe-3.0")
    L.append("%%%%BoundingBox: 0 0 %d %d" % (round(W), round(H)))
    L.append("%%%%Pages: %d" % len(pages))
    L.append("%%EndComments")
    L.append("%%BeginProlog")
    L.append("/BOEnc [ " + " ".join("/" + n for n in PS_ENC) + " ] def")
    L.append("/reenc { findfont dup length dict begin { 1 index /FID ne {def} {pop pop} ifelse } forall "
             "/Encoding BOEnc def currentdict end definefont pop } bind def")
    for key, (afm, psname, _) in fonts.mapping.items():
        L.append("/BO-%s /%s reenc" % (key, psname))
    L.append("/T { /fsz exch def /fnm exch def moveto fnm findfont fsz scalefont setfont show } bind def")
    L.append("%%EndProlog")
    L.append("%%BeginSetup")
    L.append("[ /Title %s /Author %s /Subject %s /Creator %s /DOCINFO pdfmark" % (
        ps_string(meta["title"]), ps_string(meta["author"]), ps_string(meta["subject"]), ps_string(meta["creator"])))
    L.append("<< /PageSize [%s %s] >> setpagedevice" % (W, H))
    L.append("%%EndSetup")
    for i, ops in enumerate(pages, start=1):
        L.append("%%%%Page: %d %d" % (i, i))
        L.append("save")
        for op in ops:
            if op[0] == "rect":
                _, x, y, w, h, fill, stroke, lw = op
                yb = H - y - h
                if fill:
                    L.append("%.3f %.3f %.3f setrgbcolor %.2f %.2f %.2f %.2f rectfill" % (fill + (x, yb, w, h)))
                if stroke:
                    L.append("%.3f %.3f %.3f setrgbcolor %.2f setlinewidth %.2f %.2f %.2f %.2f rectstroke"
                             % (stroke + (lw, x, yb, w, h)))
            elif op[0] == "line":
                _, x1, y1, x2, y2, w, col = op
                L.append("%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke"
                         % (col + (w, x1, H - y1, x2, H - y2)))
        for op in ops:  # text after graphics so fills never cover text
            if op[0] == "text":
                _, x, y, f, sz, s, col = op
                L.append("%.3f %.3f %.3f setrgbcolor %s %.2f %.2f /BO-%s %.2f T" % (col + (ps_string(s), x, H - y, f, sz)))
        L.append("restore showpage")
    L.append("%%EOF")
    with open(path, "w", encoding="latin-1") as f:
        f.write("\n".join(L) + "\n")


def resolve_fact_pages(facts, table_log):
    """A table may continue on the next page: add the page of the row that holds the printed figure."""
    for f in facts.values():
        extra = set()
        for t in table_log:
            if t["start_page"] in f["pages"]:
                for r in t["rows"]:
                    if f["printed"] in [str(c) for c in r["cells"]]:
                        extra.add(r["page"])
        if extra and sorted(extra) != f["pages"]:
            f["where"] = re.sub(r"p\. \d+", "p. " + "/".join(str(p) for p in sorted(extra)), f["where"], count=1)
            f["pages"] = sorted(extra)


def write_page_text(pages, path):
    """Plain text of each page (text operations in drawing order), for locating phrases."""
    out = [" ".join(op[5] for op in ops if op[0] == "text") for ops in pages]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=0)
