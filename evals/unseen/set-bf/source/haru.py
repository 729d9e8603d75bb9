"""A small page-layout layer over libHaru (Haru Free PDF Library 2.3, Debian package libhpdf-2.3.0) through ctypes.

Text is set in Lato (TrueType, embedded) with the CP1252 encoding, so that é, ë, € and – are single bytes.
Everything is placed by hand: paragraphs are wrapped with HPDF_Page_TextWidth, tables are rows of cells at fixed
x positions, a table that does not fit goes on on the next page under its caption + " (vervolg)" and its header.
"""
from __future__ import annotations

import ctypes as C

LIB = C.CDLL("libhpdf-2.3.0.so")
VP, F, S, I = C.c_void_p, C.c_float, C.c_char_p, C.c_int
for name, res, args in [
    ("HPDF_New", VP, [VP, VP]), ("HPDF_AddPage", VP, [VP]), ("HPDF_Free", None, [VP]),
    ("HPDF_LoadTTFontFromFile", S, [VP, S, I]), ("HPDF_GetFont", VP, [VP, S, S]),
    ("HPDF_Page_SetSize", I, [VP, I, I]), ("HPDF_Page_SetFontAndSize", I, [VP, VP, F]),
    ("HPDF_Page_BeginText", I, [VP]), ("HPDF_Page_EndText", I, [VP]), ("HPDF_Page_TextOut", I, [VP, F, F, S]),
    ("HPDF_Page_TextWidth", F, [VP, S]), ("HPDF_Page_SetRGBFill", I, [VP, F, F, F]),
    ("HPDF_Page_SetRGBStroke", I, [VP, F, F, F]), ("HPDF_Page_SetLineWidth", I, [VP, F]),
    ("HPDF_Page_MoveTo", I, [VP, F, F]), ("HPDF_Page_LineTo", I, [VP, F, F]), ("HPDF_Page_Stroke", I, [VP]),
    ("HPDF_Page_Rectangle", I, [VP, F, F, F, F]), ("HPDF_Page_Fill", I, [VP]),
    ("HPDF_SaveToFile", I, [VP, S]), ("HPDF_SetCompressionMode", I, [VP, C.c_uint]),
    ("HPDF_SetInfoAttr", I, [VP, I, S]), ("HPDF_SetInfoDateAttr", I, [VP, I, VP]),
]:
    fn = getattr(LIB, name)
    fn.restype = res
    fn.argtypes = args

W, H = 595.0, 842.0
LM, RM, TOP, BOTTOM = 62.0, 533.0, 780.0, 70.0
FONTDIR = "/usr/share/fonts/truetype/lato/"
BLUE = (0.05, 0.27, 0.50)
GREEN = (0.33, 0.55, 0.18)
GREY = (0.35, 0.35, 0.35)
BLACK = (0, 0, 0)


def enc(s: str) -> bytes:
    return s.encode("cp1252")


class Doc:
    def __init__(self, header_left: str, header_right: str):
        self.pdf = LIB.HPDF_New(None, None)
        LIB.HPDF_SetCompressionMode(self.pdf, 0x0F)
        LIB.HPDF_SetInfoAttr(self.pdf, 5, b"Gemeente Twenterand (fictief)")   # HPDF_INFO_CREATOR
        self.fonts = {}
        for key, fn in [("r", "Lato-Regular.ttf"), ("b", "Lato-Bold.ttf"), ("i", "Lato-Italic.ttf"),
                        ("sb", "Lato-Semibold.ttf")]:
            nm = LIB.HPDF_LoadTTFontFromFile(self.pdf, (FONTDIR + fn).encode(), 1)
            self.fonts[key] = LIB.HPDF_GetFont(self.pdf, nm, b"CP1252")
        self.hl, self.hr = header_left, header_right
        self.page = None
        self.pageno = 0
        self.y = TOP
        self.log: dict[str, list[int]] = {}

    # -------------------------------------------------------------------------------------------- primitives
    def width(self, s: str, font="r", size=9.5) -> float:
        LIB.HPDF_Page_SetFontAndSize(self.page, self.fonts[font], size)
        return LIB.HPDF_Page_TextWidth(self.page, enc(s))

    def text(self, x, y, s, font="r", size=9.5, color=BLACK, align="l"):
        if not s:
            return
        LIB.HPDF_Page_SetRGBFill(self.page, *color)
        LIB.HPDF_Page_SetFontAndSize(self.page, self.fonts[font], size)
        w = LIB.HPDF_Page_TextWidth(self.page, enc(s))
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        LIB.HPDF_Page_BeginText(self.page)
        LIB.HPDF_Page_TextOut(self.page, x, y, enc(s))
        LIB.HPDF_Page_EndText(self.page)
        LIB.HPDF_Page_SetRGBFill(self.page, 0, 0, 0)

    def line(self, x1, y1, x2, y2, w=0.5, color=BLACK):
        LIB.HPDF_Page_SetRGBStroke(self.page, *color)
        LIB.HPDF_Page_SetLineWidth(self.page, w)
        LIB.HPDF_Page_MoveTo(self.page, x1, y1)
        LIB.HPDF_Page_LineTo(self.page, x2, y2)
        LIB.HPDF_Page_Stroke(self.page)

    def rect(self, x, y, w, h, color):
        LIB.HPDF_Page_SetRGBFill(self.page, *color)
        LIB.HPDF_Page_Rectangle(self.page, x, y, w, h)
        LIB.HPDF_Page_Fill(self.page)
        LIB.HPDF_Page_SetRGBFill(self.page, 0, 0, 0)

    # -------------------------------------------------------------------------------------------- pages
    def new_page(self, running=True):
        self.page = LIB.HPDF_AddPage(self.pdf)
        LIB.HPDF_Page_SetSize(self.page, 3, 0)  # A4 portrait
        self.pageno += 1
        self.y = TOP
        if running:
            self.text(LM, 805, self.hl, "r", 7.5, GREY)
            self.text(RM, 805, self.hr, "r", 7.5, GREY, "r")
            self.line(LM, 800, RM, 800, 0.4, GREY)
        self.text(W / 2, 40, f"{self.pageno}", "r", 8, GREY, "c")

    def need(self, h):
        if self.y - h < BOTTOM:
            self.new_page()

    def space(self, h):
        self.y -= h

    # -------------------------------------------------------------------------------------------- flow text
    def wrap(self, s, font, size, maxw):
        words, lines, cur = [], [], ""
        for w in s.split():   # keep "€" with its amount
            if words and words[-1] == "€":
                words[-1] += " " + w
            else:
                words.append(w)
        for w in words:
            t = (cur + " " + w).strip()
            if self.width(t, font, size) <= maxw or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def heading(self, s, level=1):
        size = {0: 20, 1: 14, 2: 11.5, 3: 10}[level]
        color = BLUE if level <= 2 else GREEN
        self.need(size * 3 + 20)
        self.y -= size * (0.9 if level > 1 else 1.3)
        self.text(LM, self.y, s, "b" if level < 3 else "sb", size, color)
        self.y -= size * 0.7
        if level == 1:
            self.line(LM, self.y + 2, RM, self.y + 2, 1.0, BLUE)
            self.y -= 6

    def para(self, s, font="r", size=9.5, indent=0.0, lead=13.0, color=BLACK, after=5.0):
        for ln in self.wrap(s, font, size, RM - LM - indent):
            self.need(lead)
            self.y -= lead
            self.text(LM + indent, self.y, ln, font, size, color)
        self.y -= after

    def bullets(self, items, size=9.5):
        for it in items:
            lines = self.wrap(it, "r", size, RM - LM - 16)
            for k, ln in enumerate(lines):
                self.need(13)
                self.y -= 13
                if k == 0:
                    self.text(LM + 5, self.y, "•", "r", size)
                self.text(LM + 16, self.y, ln, "r", size)
        self.y -= 5

    # -------------------------------------------------------------------------------------------- tables
    def table(self, caption, cols, header, rows, notes=(), size=8.3, lead=12.5, break_after=None,
              header_lines=1, shade=(0.86, 0.91, 0.96)):
        """cols: list of (x, align, width) with x the left edge (align l) or right edge (align r).
        header: list of header rows (each a list of strings, one per column).
        rows: list of dicts {cells: [...], indent: level, font: 'r'|'b'|'i', rule: bool}.
        break_after: row index after which the table is forced to go on on the next page."""
        def put_header(cont=False):
            cap = caption + (" (vervolg)" if cont else "")
            self.need(lead * (len(header) + 3))
            self.y -= 14
            self.text(LM, self.y, cap, "b", 9.5, BLUE)
            self.y -= 5
            hh = lead * len(header) + 3
            self.rect(LM, self.y - hh, RM - LM, hh, shade)
            for hrow in header:
                self.y -= lead
                for (x, al, _), c in zip(cols, hrow):
                    self.text(x, self.y + 2, c, "sb", size, BLACK, al)
            self.y -= 3
            self.line(LM, self.y, RM, self.y, 0.6)
            self.log.setdefault(caption, [])
            if self.pageno not in self.log[caption]:
                self.log[caption].append(self.pageno)

        put_header()
        for k, r in enumerate(rows):
            cells = r["cells"]
            font = r.get("font", "r")
            # wrap the text cells that are marked as wrap columns (align 'w')
            wrapped = []
            nlines = 1
            for (x, al, wd), c in zip(cols, cells):
                if al == "w":
                    ls = self.wrap(c, font if font != "b" else "b", size - 0.6, wd) if c else [""]
                    wrapped.append(ls)
                    nlines = max(nlines, len(ls))
                else:
                    wrapped.append([c])
            if self.y - lead * nlines < BOTTOM + 10:
                self.new_page()
                put_header(cont=True)
            self.y -= lead
            for (x, al, wd), ls in zip(cols, wrapped):
                for j, c in enumerate(ls):
                    if al == "w":
                        self.text(x, self.y - j * (lead - 2.5), c, "i", size - 0.6, GREY)
                    else:
                        ind = r.get("indent", 0) * 12 if al == "l" and (x, al, wd) == cols[0] else 0
                        self.text(x + ind, self.y, c, font, size, BLACK, al)
            self.y -= (nlines - 1) * (lead - 2.5)
            if r.get("rule"):
                self.line(LM, self.y - 3.5, RM, self.y - 3.5, 0.4, GREY)
            if break_after is not None and k == break_after:
                self.line(LM, self.y - 4, RM, self.y - 4, 0.6)
                self.new_page()
                put_header(cont=True)
        self.y -= 4
        self.line(LM, self.y, RM, self.y, 0.6)
        for n in notes:
            self.para(n, "i", 7.8, lead=10.5, color=GREY, after=0)
        self.y -= 8

    def save(self, path):
        LIB.HPDF_SaveToFile(self.pdf, path.encode())
        LIB.HPDF_Free(self.pdf)
