"""A very small, hand-written page model that emits raw PDF content-stream operators.

Text is placed with BT/Tf/Td|Tm/Tj|TJ/ET using the standard Type1 fonts Helvetica,
Helvetica-Bold and Helvetica-Oblique with /WinAnsiEncoding; rules are drawn with m/l/S.
The pages are assembled into a PDF with pikepdf (see make_pdf.py).
"""
from afm_widths import WIDTHS

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


def sw(s, font="F1", size=9.0):
    w = WIDTHS[FONTS[font]]
    return sum(w.get(c, 556) for c in s) * size / 1000.0


def lit(s):
    """PDF literal string in WinAnsi (cp1252)."""
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def hexs(s):
    return b"<" + s.encode("cp1252").hex().upper().encode() + b">"


def f(x):
    return ("%.2f" % x).rstrip("0").rstrip(".").encode()


class Page:
    def __init__(self, landscape=False):
        self.landscape = landscape
        self.w, self.h = (842, 595) if landscape else (595, 842)
        self.ops = []
        self._n = 0

    # ---- text primitives -------------------------------------------------
    def text(self, x, y, s, font="F1", size=9.0, mode=None, hexmode=False):
        self._n += 1
        mode = mode or ("Td" if self._n % 3 == 0 else "Tm")
        st = hexs(s) if hexmode else lit(s)
        if mode == "Td":
            self.ops.append(b"BT /" + font.encode() + b" " + f(size) + b" Tf " + f(x) + b" " + f(y) + b" Td " + st + b" Tj ET")
        else:
            self.ops.append(b"BT /" + font.encode() + b" " + f(size) + b" Tf 1 0 0 1 " + f(x) + b" " + f(y) + b" Tm " + st + b" Tj ET")

    def rtext(self, xr, y, s, font="F1", size=9.0):
        self.text(xr - sw(s, font, size), y, s, font, size)

    def ctext(self, xc, y, s, font="F1", size=9.0):
        self.text(xc - sw(s, font, size) / 2, y, s, font, size)

    def num_tj(self, xr, y, s, font="F1", size=9.0, kern=-9):
        """Right-aligned amount written as a TJ array with a small kerning adjustment
        between the digit groups, e.g. [(14.) -9 (652.) -9 (381)] TJ."""
        parts = []
        cur = ""
        for ch in s:
            cur += ch
            if ch == ".":
                parts.append(cur)
                cur = ""
        if cur:
            parts.append(cur)
        width = sw(s, font, size) + (-kern) * size / 1000.0 * (len(parts) - 1)
        x = xr - width
        arr = b" ".join(lit(p) if i == 0 else str(kern).encode() + b" " + lit(p) for i, p in enumerate(parts))
        self.ops.append(b"BT /" + font.encode() + b" " + f(size) + b" Tf 1 0 0 1 " + f(x) + b" " + f(y) + b" Tm [" + arr + b"] TJ ET")

    def vtext(self, x, y, s, font="F1", size=7.0):
        """Text rotated by 90 degrees, reading bottom-to-top, baseline starting at (x, y)."""
        self.ops.append(b"BT /" + font.encode() + b" " + f(size) + b" Tf 0 1 -1 0 " + f(x) + b" " + f(y) + b" Tm " + lit(s) + b" Tj ET")

    def hline(self, x1, x2, y, w=0.5, gray=0):
        self.ops.append(b"q " + f(w) + b" w " + f(gray) + b" G " + f(x1) + b" " + f(y) + b" m " + f(x2) + b" " + f(y) + b" l S Q")

    def rect_fill(self, x, y, w, h, gray=0.9):
        self.ops.append(b"q " + f(gray) + b" g " + f(x) + b" " + f(y) + b" " + f(w) + b" " + f(h) + b" re f Q")

    # ---- prose -----------------------------------------------------------
    def wrap(self, s, width, font="F1", size=9.0):
        words = s.split()
        lines, cur = [], ""
        for wd in words:
            t = (cur + " " + wd).strip()
            if sw(t, font, size) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = wd
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, width=None, font="F1", size=9.0, leading=12.0, after=6.0):
        """A paragraph as one BT block using TL and T* for the following lines."""
        width = width or (self.w - 2 * x)
        lines = self.wrap(s, width, font, size)
        out = [b"BT /" + font.encode() + b" " + f(size) + b" Tf " + f(leading) + b" TL " + f(x) + b" " + f(y) + b" Td"]
        for i, ln in enumerate(lines):
            out.append((b"" if i == 0 else b"T* ") + lit(ln) + b" Tj")
        out.append(b"ET")
        self.ops.append(b" ".join(out))
        assert y - leading * (len(lines) - 1) > 48, ("paragraph runs into the footer", s[:40])
        return y - leading * len(lines) - after

    def bullets(self, x, y, items, width=None, size=9.0, leading=12.0):
        width = width or (self.w - 2 * x - 12)
        for it in items:
            self.text(x, y, "•", "F1", size)
            y = self.para(x + 12, y, it, width, size=size, leading=leading, after=2)
        return y - 4

    def heading(self, x, y, s, size=13.0, after=8):
        self.text(x, y, s, "F2", size, mode="Td")
        return y - size - after

    def content(self):
        return b"\n".join(self.ops) + b"\n"
