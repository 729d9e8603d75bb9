"""Small page-layout engine for the two fictional documents of set-bl.

The engine measures text with the Liberation font metrics (through PyMuPDF's font
object), breaks lines itself and places every line, rule and box at an absolute
position on a page. The result is a list of pages with drawing operations that two
back-ends turn into a real document:

* OdgBackend   -> an OpenDocument drawing (.odg) that LibreOffice Draw converts to PDF
                  (soffice --headless --convert-to pdf); used for the Dinkelland document.
* MupdfBackend -> a PDF written directly by MuPDF (PyMuPDF); used for the Werkbedrijf document.

Coordinates are points, origin top-left, y downwards.
"""
import html
import os
import zipfile

import pymupdf

FONTDIR = "/usr/share/fonts/truetype/liberation"
FONTFILES = {
    "sans": "LiberationSans-Regular.ttf",
    "sans-b": "LiberationSans-Bold.ttf",
    "sans-i": "LiberationSans-Italic.ttf",
    "serif": "LiberationSerif-Regular.ttf",
    "serif-b": "LiberationSerif-Bold.ttf",
    "serif-i": "LiberationSerif-Italic.ttf",
    "narrow": "LiberationSansNarrow-Regular.ttf",
    "narrow-b": "LiberationSansNarrow-Bold.ttf",
    "dserif": "../dejavu/DejaVuSerif.ttf",
    "dserif-b": "../dejavu/DejaVuSerif-Bold.ttf",
    "dserif-i": "../dejavu/DejaVuSerif-Italic.ttf",
    "dcond": "../dejavu/DejaVuSansCondensed.ttf",
    "dcond-b": "../dejavu/DejaVuSansCondensed-Bold.ttf",
    "dcond-i": "../dejavu/DejaVuSansCondensed-Oblique.ttf",
}
# font key -> (family name for ODF, weight, style)
FAMILY = {
    "sans": ("Liberation Sans", "normal", "normal"),
    "sans-b": ("Liberation Sans", "bold", "normal"),
    "sans-i": ("Liberation Sans", "normal", "italic"),
    "serif": ("Liberation Serif", "normal", "normal"),
    "serif-b": ("Liberation Serif", "bold", "normal"),
    "serif-i": ("Liberation Serif", "normal", "italic"),
    "narrow": ("Liberation Sans Narrow", "normal", "normal"),
    "narrow-b": ("Liberation Sans Narrow", "bold", "normal"),
    "dserif": ("DejaVu Serif", "normal", "normal"),
    "dserif-b": ("DejaVu Serif", "bold", "normal"),
    "dserif-i": ("DejaVu Serif", "normal", "italic"),
    "dcond": ("DejaVu Sans Condensed", "normal", "normal"),
    "dcond-b": ("DejaVu Sans Condensed", "bold", "normal"),
    "dcond-i": ("DejaVu Sans Condensed", "normal", "italic"),
}
_FONTS = {}


def font(key):
    if key not in _FONTS:
        _FONTS[key] = pymupdf.Font(fontfile=os.path.normpath(os.path.join(FONTDIR, FONTFILES[key])))
    return _FONTS[key]


def tw(s, key, size):
    return font(key).text_length(s, size)


def ascent(key):
    return font(key).ascender


# ---------------------------------------------------------------- number formats
def nl(n, dec=0, neg="minus"):
    """Dutch number: 1.234.567 or 12,5; negatives '-1.234' or '(1.234)'."""
    if n is None:
        return ""
    v = abs(n)
    if dec:
        s = f"{v:,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    else:
        s = f"{int(round(v)):,}".replace(",", ".")
    if n < 0 and s.strip("0,.") != "":
        if neg == "paren":
            return "(" + s + ")"
        return "-" + s
    return s


def eur(n, dec=0):
    return "€ " + nl(n, dec)


def pct(x, dec=1):
    return nl(x, dec) + "%"


# ---------------------------------------------------------------- wrapping
def tokens(text):
    """Split into words, keeping '€ 1.234' and '% ' constructs together."""
    words = text.split(" ")
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in ("€", "x", "-") and i + 1 < len(words) and out is not None:
            if w == "€":
                out.append(w + " " + words[i + 1])
                i += 2
                continue
        out.append(w)
        i += 1
    return [w for w in out if w != ""]


def wrap(text, key, size, width):
    lines = []
    for para in text.split("\n"):
        cur = ""
        for w in tokens(para):
            cand = (cur + " " + w) if cur else w
            if tw(cand, key, size) <= width or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- document model
class Page:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.ops = []


class Doc:
    def __init__(self, style):
        self.st = style
        self.pages = []
        self.y = 0
        self.new_page()

    # -- pages
    def new_page(self, landscape=False):
        w, h = self.st["page"]
        if landscape:
            w, h = h, w
        self.page = Page(w, h)
        self.pages.append(self.page)
        self.landscape = landscape
        self.y = self.st["margin_top"]
        return self.page

    @property
    def left(self):
        return self.st["margin_left"]

    @property
    def right(self):
        return self.page.w - self.st["margin_right"]

    @property
    def bottom(self):
        return self.page.h - self.st["margin_bottom"]

    @property
    def width(self):
        return self.right - self.left

    def ensure(self, h):
        if self.y + h > self.bottom:
            self.new_page(self.landscape)
            return True
        return False

    # -- primitives
    def text(self, x, y, s, key=None, size=None, align="left", color=(0, 0, 0)):
        key = key or self.st["font"]
        size = size or self.st["size"]
        w = tw(s, key, size)
        if align == "right":
            x0 = x - w
        elif align == "center":
            x0 = x - w / 2
        else:
            x0 = x
        self.page.ops.append(("text", x0, y, s, key, size, color, align, x, w))
        return w

    def line(self, x1, y1, x2, y2, width=0.5, color=(0, 0, 0)):
        self.page.ops.append(("line", x1, y1, x2, y2, width, color))

    def rect(self, x, y, w, h, fill=None, stroke=None, sw=0.5):
        self.page.ops.append(("rect", x, y, w, h, fill, stroke, sw))

    # -- flow
    def space(self, h):
        self.y += h

    def heading(self, s, level=1):
        hs = self.st["headings"][level]
        size, key, color, before, after = hs["size"], hs["font"], hs["color"], hs["before"], hs["after"]
        if level == 0:
            self.new_page(self.landscape)
        else:
            self.ensure(before + size * 1.3 + after + 60)
            if self.y > self.st["margin_top"] + 1:
                self.y += before
        lines = wrap(s, key, size, self.width)
        for ln in lines:
            self.text(self.left, self.y, ln, key, size, color=color)
            self.y += size * 1.25
        if hs.get("rule"):
            self.line(self.left, self.y + 1, self.right, self.y + 1, hs["rule"], color)
            self.y += 3
        self.y += after

    def para(self, s, key=None, size=None, indent=0, after=None, color=(0, 0, 0), lead=None):
        key = key or self.st["font"]
        size = size or self.st["size"]
        lh = size * (lead or self.st["lead"])
        lines = wrap(s, key, size, self.width - indent)
        for ln in lines:
            self.ensure(lh)
            self.text(self.left + indent, self.y, ln, key, size, color=color)
            self.y += lh
        self.y += self.st["para_after"] if after is None else after

    def bullets(self, items, key=None, size=None, marker="\u2022"):
        key = key or self.st["font"]
        size = size or self.st["size"]
        lh = size * self.st["lead"]
        for it in items:
            lines = wrap(it, key, size, self.width - 14)
            for i, ln in enumerate(lines):
                self.ensure(lh)
                if i == 0:
                    self.text(self.left + 3, self.y, marker, key, size)
                self.text(self.left + 14, self.y, ln, key, size)
                self.y += lh
            self.y += 1.5
        self.y += self.st["para_after"] - 1.5

    def box(self, lines, key="sans-b", size=12, fill=None, stroke=(0, 0, 0), sw=2, pad=8, sub=None):
        """A framed box with centred lines (used for the FICTIEF DOCUMENT notice)."""
        lh = size * 1.3
        sublines = []
        if sub:
            sublines = wrap(sub, self.st["font"], self.st["size"], self.width - 2 * pad - 20)
        h = len(lines) * lh + len(sublines) * self.st["size"] * 1.3 + 2 * pad
        self.ensure(h + 6)
        self.rect(self.left, self.y, self.width, h, fill=fill, stroke=stroke, sw=sw)
        y = self.y + pad
        cx = self.left + self.width / 2
        for ln in lines:
            self.text(cx, y, ln, key, size, align="center")
            y += lh
        for ln in sublines:
            self.text(cx, y, ln, self.st["font"], self.st["size"], align="center")
            y += self.st["size"] * 1.3
        self.y += h + 8

    # -- tables
    def table(self, cols, header, rows, caption=None, scale=None, footnotes=None,
              size=None, valign="top", key=None, cont="(vervolg)", keep=3, scale_pos="right"):
        """cols: list of (width_fraction, align). header: list of rows, each a list of
        (text, span) or text. rows: list of dicts {cells, style, rule}.
        valign: where values sit next to a wrapped label ('top' or 'bottom')."""
        ts = self.st["table"]
        size = size or ts["size"]
        key = key or ts["font"]
        bkey = ts["bold"]
        lh = size * 1.22
        pad = ts["pad"]
        total_frac = sum(c[0] for c in cols)
        widths = [c[0] / total_frac * self.width for c in cols]
        xs = [self.left]
        for w in widths:
            xs.append(xs[-1] + w)

        def cell_lines(text, ci, k, span=1):
            w = xs[ci + span] - xs[ci] - 2 * pad
            return wrap(str(text), k, size, w)

        # header geometry
        hdr = []
        for hrow in header:
            cells, ci = [], 0
            for c in hrow:
                txt, span = (c if isinstance(c, tuple) else (c, 1))
                cells.append((ci, span, txt))
                ci += span
            nlines = max(len(cell_lines(t, ci_, bkey, sp)) if t else 1 for ci_, sp, t in cells)
            hdr.append((cells, nlines * lh + 2 * pad))
        hdr_h = sum(h for _, h in hdr)

        def draw_caption(contd=False):
            if caption:
                cap = caption + (" " + cont if contd else "")
                capsize = ts.get("caption_size", size + 1)
                self.text(self.left, self.y, cap, ts["caption_font"], capsize, color=ts.get("caption_color", (0, 0, 0)))
                if scale and scale_pos == "right":
                    self.text(self.right, self.y + 1, scale, ts["font_i"], size, align="right")
                self.y += capsize * 1.35
                if scale and scale_pos == "below":
                    self.text(self.left, self.y, scale, ts["font_i"], size)
                    self.y += size * 1.35

        def draw_header():
            y0 = self.y
            if ts.get("header_fill"):
                self.rect(self.left, y0, self.width, hdr_h, fill=ts["header_fill"])
            self.line(self.left, y0, self.right, y0, ts["rule_heavy"])
            for cells, h in hdr:
                for ci, span, txt in cells:
                    if not txt:
                        continue
                    align = "left" if ci == 0 else ("center" if span > 1 else cols[ci + span - 1][1])
                    lines = cell_lines(txt, ci, bkey, span)
                    yy = self.y + pad + (h - 2 * pad - len(lines) * lh)  # bottom-align header text
                    for ln in lines:
                        if align == "left":
                            self.text(xs[ci] + pad, yy, ln, bkey, size, color=ts.get("header_color", (0, 0, 0)))
                        elif align == "center":
                            self.text((xs[ci] + xs[ci + span]) / 2, yy, ln, bkey, size, align="center", color=ts.get("header_color", (0, 0, 0)))
                        else:
                            self.text(xs[ci + span] - pad, yy, ln, bkey, size, align="right", color=ts.get("header_color", (0, 0, 0)))
                        yy += lh
                    if span > 1:
                        self.line(xs[ci] + pad, self.y + h - 1, xs[ci + span] - pad, self.y + h - 1, 0.4, ts.get("header_color", (0, 0, 0)))
                self.y += h
            self.line(self.left, self.y, self.right, self.y, ts["rule_heavy"])
            self.y += 1

        # row geometry
        geo = []
        for r in rows:
            style = r.get("style", "normal")
            k = bkey if style in ("total", "subtotal", "section", "bold") else key
            if style == "section":
                k = ts.get("section_font", bkey)
            clines = []
            for ci, c in enumerate(r["cells"]):
                if ci >= len(cols):
                    break
                if ci == 0 or cols[ci][1] == "left":
                    clines.append(cell_lines(c, ci, k))
                else:
                    clines.append([str(c)] if c != "" else [""])
            n = max(len(c) for c in clines)
            geo.append((r, k, clines, n * lh + 2 * pad * ts.get("row_pad_factor", 0.6)))

        cap_h = 0
        if caption:
            cap_h = ts.get("caption_size", size + 1) * 1.35 + (size * 1.35 if scale and scale_pos == "below" else 0)
        first_h = sum(g[3] for g in geo[:keep])
        if self.y + cap_h + hdr_h + first_h > self.bottom:
            self.new_page(self.landscape)
        draw_caption()
        draw_header()
        zebra = ts.get("zebra")
        for i, (r, k, clines, h) in enumerate(geo):
            if self.y + h > self.bottom - 4:
                self.line(self.left, self.y, self.right, self.y, 0.4)
                self.new_page(self.landscape)
                draw_caption(contd=True)
                draw_header()
            style = r.get("style", "normal")
            if zebra and i % 2 == 1 and style == "normal":
                self.rect(self.left, self.y, self.width, h, fill=zebra)
            if style in ("total", "subtotal") or r.get("rule"):
                self.line(self.left, self.y, self.right, self.y, ts["rule_heavy"] if style == "total" else 0.4)
            if style == "total" and ts.get("total_fill"):
                self.rect(self.left, self.y, self.width, h, fill=ts["total_fill"])
            n = max(len(c) for c in clines)
            ytop = self.y + pad * ts.get("row_pad_factor", 0.6)
            for ci, lines in enumerate(clines):
                align = cols[ci][1] if ci > 0 else "left"
                off = 0
                if valign == "bottom" and ci > 0 and align != "left":
                    off = (n - len(lines)) * lh
                indent = r.get("indent", 0) if ci == 0 else 0
                for li, ln in enumerate(lines):
                    yy = ytop + off + li * lh
                    if align == "left":
                        self.text(xs[ci] + pad + indent, yy, ln, k, size)
                    elif align == "center":
                        self.text((xs[ci] + xs[ci + 1]) / 2, yy, ln, k, size, align="center")
                    else:
                        self.text(xs[ci + 1] - pad, yy, ln, k, size, align="right")
            self.y += h
        self.line(self.left, self.y, self.right, self.y, ts["rule_heavy"])
        self.y += 3
        if footnotes:
            for fn in footnotes:
                for ln in wrap(fn, ts["font_i"], size - 0.5, self.width):
                    self.ensure(size * 1.2)
                    self.text(self.left, self.y, ln, ts["font_i"], size - 0.5)
                    self.y += size * 1.2
        self.y += self.st["table_after"]

    # -- running header / footer
    def finish(self, footer_fn):
        n = len(self.pages)
        for i, p in enumerate(self.pages):
            self.page = p
            footer_fn(self, p, i + 1, n)


# ---------------------------------------------------------------- back-ends
def _rgb_hex(c):
    return "#%02x%02x%02x" % tuple(int(round(v * 255)) for v in c)


class OdgBackend:
    """Writes the pages as an OpenDocument Drawing (.odg)."""

    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" ')

    def __init__(self, doc, title, subject=""):
        self.doc, self.title, self.subject = doc, title, subject
        self.tstyles, self.gstyles = {}, {}

    def _t(self, key, size, color):
        k = (key, round(size, 2), color)
        if k not in self.tstyles:
            self.tstyles[k] = "T%d" % (len(self.tstyles) + 1)
        return self.tstyles[k]

    def _g(self, kind, a=None, b=None, c=None):
        k = (kind, a, b, c)
        if k not in self.gstyles:
            self.gstyles[k] = "gr%d" % (len(self.gstyles) + 1)
        return self.gstyles[k]

    def write(self, path):
        pages_xml = []
        W, H = self.doc.st["page"]
        for pi, p in enumerate(self.doc.pages):
            master = "Landscape" if p.w > p.h else "Default"
            items = []
            for op in p.ops:
                if op[0] == "rect":
                    _, x, y, w, h, fill, stroke, sw = op
                    g = self._g("rect", fill, stroke, sw)
                    items.append(f'<draw:rect draw:style-name="{g}" svg:x="{x:.2f}pt" svg:y="{y:.2f}pt" svg:width="{w:.2f}pt" svg:height="{h:.2f}pt"/>')
            for op in p.ops:
                if op[0] == "line":
                    _, x1, y1, x2, y2, width, color = op
                    g = self._g("line", width, color)
                    items.append(f'<draw:line draw:style-name="{g}" svg:x1="{x1:.2f}pt" svg:y1="{y1:.2f}pt" svg:x2="{x2:.2f}pt" svg:y2="{y2:.2f}pt"/>')
            for op in p.ops:
                if op[0] == "text":
                    _, x0, y, s, key, size, color, align, xa, w = op
                    t = self._t(key, size, color)
                    fw = w * 1.04 + 6
                    fh = size * 1.25
                    if align == "right":
                        fx, para = xa - fw, "Pr"
                    elif align == "center":
                        fx, para = xa - fw / 2, "Pc"
                    else:
                        fx, para = x0, "Pl"
                    g = self._g("text")
                    items.append(
                        f'<draw:frame draw:style-name="{g}" draw:text-style-name="{para}" svg:x="{fx:.2f}pt" svg:y="{y:.2f}pt" '
                        f'svg:width="{fw:.2f}pt" svg:height="{fh:.2f}pt"><draw:text-box>'
                        f'<text:p text:style-name="{para}"><text:span text:style-name="{t}">{html.escape(s, quote=False)}</text:span></text:p>'
                        f'</draw:text-box></draw:frame>')
            pages_xml.append(f'<draw:page draw:name="page{pi + 1}" draw:master-page-name="{master}">' + "".join(items) + "</draw:page>")

        fams = sorted(set(FAMILY[k][0] for k in FONTFILES))
        fontdecl = "<office:font-face-decls>" + "".join(
            f'<style:font-face style:name="{f}" svg:font-family="&apos;{f}&apos;" style:font-pitch="variable"/>' for f in fams) + "</office:font-face-decls>"
        auto = []
        for (key, size, color), name in self.tstyles.items():
            fam, wt, stl = FAMILY[key]
            auto.append(f'<style:style style:name="{name}" style:family="text"><style:text-properties style:font-name="{fam}" '
                        f'fo:font-family="&apos;{fam}&apos;" fo:font-size="{size}pt" fo:font-weight="{wt}" fo:font-style="{stl}" '
                        f'fo:color="{_rgb_hex(color)}"/></style:style>')
        for (kind, a, b, c), name in self.gstyles.items():
            if kind == "text":
                auto.append(f'<style:style style:name="{name}" style:family="graphic"><style:graphic-properties draw:stroke="none" '
                            f'draw:fill="none" draw:textarea-vertical-align="top" draw:auto-grow-height="false" draw:auto-grow-width="false" '
                            f'fo:min-height="0cm" fo:padding-top="0cm" fo:padding-bottom="0cm" fo:padding-left="0cm" fo:padding-right="0cm" '
                            f'fo:wrap-option="no-wrap" draw:shadow="hidden"/></style:style>')
            elif kind == "line":
                auto.append(f'<style:style style:name="{name}" style:family="graphic"><style:graphic-properties draw:stroke="solid" '
                            f'svg:stroke-width="{a}pt" svg:stroke-color="{_rgb_hex(b)}" draw:shadow="hidden"/></style:style>')
            elif kind == "rect":
                fill = f'draw:fill="solid" draw:fill-color="{_rgb_hex(a)}"' if a else 'draw:fill="none"'
                stroke = f'draw:stroke="solid" svg:stroke-width="{c}pt" svg:stroke-color="{_rgb_hex(b)}"' if b else 'draw:stroke="none"'
                auto.append(f'<style:style style:name="{name}" style:family="graphic"><style:graphic-properties {fill} {stroke} '
                            f'draw:shadow="hidden"/></style:style>')
        for name, al in (("Pl", "start"), ("Pr", "end"), ("Pc", "center")):
            auto.append(f'<style:style style:name="{name}" style:family="paragraph"><style:paragraph-properties fo:text-align="{al}" '
                        f'fo:margin-top="0cm" fo:margin-bottom="0cm"/></style:style>')
        content = ('<?xml version="1.0" encoding="UTF-8"?>'
                   f'<office:document-content {self.NS} office:version="1.3">' + fontdecl +
                   "<office:automatic-styles>" + "".join(auto) + "</office:automatic-styles>"
                   "<office:body><office:drawing>" + "".join(pages_xml) + "</office:drawing></office:body></office:document-content>")
        wcm, hcm = W / 72 * 2.54, H / 72 * 2.54
        styles = ('<?xml version="1.0" encoding="UTF-8"?>'
                  f'<office:document-styles {self.NS} office:version="1.3">' + fontdecl +
                  "<office:automatic-styles>"
                  f'<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" '
                  f'fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="{wcm:.3f}cm" fo:page-height="{hcm:.3f}cm" style:print-orientation="portrait"/></style:page-layout>'
                  f'<style:page-layout style:name="PM2"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" '
                  f'fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="{hcm:.3f}cm" fo:page-height="{wcm:.3f}cm" style:print-orientation="landscape"/></style:page-layout>'
                  '<style:style style:name="Mdp1" style:family="drawing-page"><style:drawing-page-properties draw:fill="none"/></style:style>'
                  "</office:automatic-styles><office:master-styles>"
                  '<style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="Mdp1"/>'
                  '<style:master-page style:name="Landscape" style:page-layout-name="PM2" draw:style-name="Mdp1"/>'
                  "</office:master-styles></office:document-styles>")
        meta = ('<?xml version="1.0" encoding="UTF-8"?>'
                f'<office:document-meta {self.NS} office:version="1.3"><office:meta>'
                f"<dc:title>{html.escape(self.title)}</dc:title><dc:subject>{html.escape(self.subject)}</dc:subject>"
                "<meta:generator>set-bl layout.py (OdgBackend)</meta:generator>"
                "</office:meta></office:document-meta>")
        manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.graphics"/>'
                    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                    "</manifest:manifest>")
        with zipfile.ZipFile(path, "w") as z:
            z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.graphics", compress_type=zipfile.ZIP_STORED)
            z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
            z.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
            z.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)
            z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)


class MupdfBackend:
    """Writes the pages straight to PDF with MuPDF (PyMuPDF), embedding the Liberation fonts."""

    def __init__(self, doc, title, subject="", author=""):
        self.doc, self.title, self.subject, self.author = doc, title, subject, author

    def write(self, path):
        out = pymupdf.open()
        names = {k: "F" + k.replace("-", "") for k in FONTFILES}
        for p in self.doc.pages:
            pg = out.new_page(width=p.w, height=p.h)
            used = set(op[4] for op in p.ops if op[0] == "text")
            for k in used:
                pg.insert_font(fontname=names[k], fontfile=os.path.normpath(os.path.join(FONTDIR, FONTFILES[k])))
            for op in p.ops:
                if op[0] == "rect":
                    _, x, y, w, h, fill, stroke, sw = op
                    pg.draw_rect(pymupdf.Rect(x, y, x + w, y + h), color=stroke, fill=fill, width=sw if stroke else 0)
            for op in p.ops:
                if op[0] == "line":
                    _, x1, y1, x2, y2, width, color = op
                    pg.draw_line((x1, y1), (x2, y2), color=color, width=width)
            for op in p.ops:
                if op[0] == "text":
                    _, x0, y, s, key, size, color, align, xa, w = op
                    pg.insert_text((x0, y + ascent(key) * size), s, fontname=names[key], fontsize=size, color=color)
        out.set_metadata({"title": self.title, "subject": self.subject, "author": self.author,
                          "creator": "set-bl layout.py (MupdfBackend)",
                          "producer": f"PyMuPDF {pymupdf.VersionBind} (MuPDF {pymupdf.VersionFitz})"})
        out.subset_fonts()
        out.save(path, garbage=4, deflate=True)
        out.close()
