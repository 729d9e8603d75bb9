"""A tiny page-drawing model shared by both generators: pages of drawing operations in points
(origin top-left, y downwards), text measured with fontTools so prose can be wrapped and figures
right-aligned. Two back-ends turn the pages into PDF: SVG -> Inkscape (render_svg) and a Java
program on iText 5 (render_itext)."""
from fontTools.ttLib import TTFont

FONTS = {
    'lib': {'R': '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
            'B': '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf',
            'I': '/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf'},
    'dv': {'R': '/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf',
           'B': '/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf',
           'I': '/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf'},
}
_cache = {}


def _metrics(path):
    if path not in _cache:
        f = TTFont(path)
        _cache[path] = (f.getBestCmap(), f['hmtx'].metrics, f['head'].unitsPerEm)
    return _cache[path]


def width(s, family, style, size):
    cmap, hmtx, upem = _metrics(FONTS[family][style])
    w = 0
    for ch in s:
        g = cmap.get(ord(ch))
        w += hmtx[g][0] if g else upem * 0.5
    return w * size / upem


class Doc:
    def __init__(self, family, w=595.0, h=842.0):
        self.family, self.W, self.H = family, w, h
        self.pages = []

    def new_page(self):
        self.pages.append([])
        return Page(self, self.pages[-1])


class Page:
    def __init__(self, doc, ops):
        self.doc, self.ops = doc, ops

    def text(self, x, y, s, size=9.0, style='R', align='l', color='#000000'):
        self.ops.append(('text', round(x, 2), round(y, 2), s, size, style, align, color))

    def line(self, x1, y1, x2, y2, w=0.5, color='#000000'):
        self.ops.append(('line', x1, y1, x2, y2, w, color))

    def rect(self, x, y, w, h, fill):
        self.ops.append(('rect', x, y, w, h, fill))

    def width(self, s, size=9.0, style='R'):
        return width(s, self.doc.family, style, size)

    def wrap(self, s, maxw, size=9.0, style='R'):
        lines, cur = [], ''
        for word in s.split():
            t = (cur + ' ' + word).strip()
            if cur and self.width(t, size, style) > maxw:
                lines.append(cur)
                cur = word
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, maxw, size=9.0, style='R', lead=None, color='#000000'):
        """Left-aligned paragraph; returns the y below it."""
        lead = lead or size * 1.38
        for ln in self.wrap(s, maxw, size, style):
            self.text(x, y, ln, size, style, 'l', color)
            y += lead
        return y + size * 0.55
