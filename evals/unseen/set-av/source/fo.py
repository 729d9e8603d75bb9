"""Tiny XSL-FO writer used by gen_twenterand.py (Apache FOP renders it)."""
from xml.sax.saxutils import escape

FO_NS = "http://www.w3.org/1999/XSL/Format"


def x(s):
    return escape(str(s))


class Cell:
    def __init__(self, text="", align="start", bold=False, italic=False, span=1, rows=1, fill=None, sup=None,
                 indent=0, border_top=None, border_bottom=None, size=None, color=None):
        self.text, self.align, self.bold, self.italic = text, align, bold, italic
        self.span, self.rows, self.fill, self.sup, self.indent = span, rows, fill, sup, indent
        self.border_top, self.border_bottom, self.size, self.color = border_top, border_bottom, size, color

    def fo(self, pad="1.6pt 3pt"):
        attrs = [f'padding="{pad}"', 'display-align="before"']
        if self.span > 1:
            attrs.append(f'number-columns-spanned="{self.span}"')
        if self.rows > 1:
            attrs.append(f'number-rows-spanned="{self.rows}"')
        if self.fill:
            attrs.append(f'background-color="{self.fill}"')
        if self.border_top:
            attrs.append(f'border-top="{self.border_top}"')
        if self.border_bottom:
            attrs.append(f'border-bottom="{self.border_bottom}"')
        battrs = [f'text-align="{self.align}"']
        if self.bold:
            battrs.append('font-weight="bold"')
        if self.italic:
            battrs.append('font-style="italic"')
        if self.indent:
            battrs.append(f'start-indent="{self.indent}pt"')
        if self.size:
            battrs.append(f'font-size="{self.size}"')
        if self.color:
            battrs.append(f'color="{self.color}"')
        inner = x(self.text).replace("\n", "</fo:block><fo:block>")
        if self.sup:
            inner += f'<fo:inline baseline-shift="super" font-size="5.5pt">{x(self.sup)}</fo:inline>'
        return f'<fo:table-cell {" ".join(attrs)}><fo:block {" ".join(battrs)}>{inner}</fo:block></fo:table-cell>'


def C(text="", **kw):
    return Cell(text, **kw)


def N(text="", **kw):
    kw.setdefault("align", "end")
    return Cell(text, **kw)


def table(widths, header_rows, body_rows, font_size="8.5pt", keep=True, header_fill="#dfe8ec",
          rule="0.5pt solid #7a8b94", strong_rule="0.9pt solid #23495a", row_rules=False):
    """widths in mm; header_rows/body_rows: lists of lists of Cell; a body row may be ('group', Cell...) etc."""
    cols = "".join(f'<fo:table-column column-width="{w}mm"/>' for w in widths)
    out = [f'<fo:table table-layout="fixed" width="{sum(widths)}mm" font-size="{font_size}" '
           f'border-top="{strong_rule}" border-bottom="{strong_rule}"'
           + (' keep-together.within-page="always"' if keep else '') + '>', cols]
    if header_rows:
        out.append('<fo:table-header>')
        for i, r in enumerate(header_rows):
            bb = f' border-bottom="{rule}"' if i == len(header_rows) - 1 else ''
            out.append(f'<fo:table-row background-color="{header_fill}"{bb}>')
            out.extend(c.fo() for c in r)
            out.append('</fo:table-row>')
        out.append('</fo:table-header>')
    out.append('<fo:table-body>')
    for r in body_rows:
        style = ""
        if isinstance(r, tuple):
            kind, r = r
            if kind == "total":
                style = f' border-top="{rule}" font-weight="bold"'
            elif kind == "grand":
                style = f' border-top="{strong_rule}" font-weight="bold"'
            elif kind == "group":
                style = ' font-weight="bold"'
        elif row_rules:
            style = ' border-bottom="0.3pt solid #c5cfd4"'
        out.append(f'<fo:table-row keep-together.within-page="always"{style}>')
        out.extend(c.fo() for c in r)
        out.append('</fo:table-row>')
    out.append('</fo:table-body></fo:table>')
    return "".join(out)
