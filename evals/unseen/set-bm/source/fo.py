"""Tiny XSL-FO writer used for the Twenterand document (rendered by Apache FOP)."""
import re

from common import x

FONT = "Liberation Sans"


def inline(text):
    """Escape text; **bold** and {fn:footnote text} markup."""
    out = []
    pos = 0
    for mt in re.finditer(r"\*\*(.+?)\*\*|\{fn:(\d+):(.+?)\}", text):
        out.append(x(text[pos:mt.start()]))
        if mt.group(1) is not None:
            out.append(f'<fo:inline font-weight="bold">{x(mt.group(1))}</fo:inline>')
        else:
            n, body = mt.group(2), mt.group(3)
            out.append(
                f'<fo:footnote><fo:inline baseline-shift="super" font-size="6pt">{n})</fo:inline>'
                f'<fo:footnote-body><fo:block font-size="7pt" space-before="2pt">{n}) {x(body)}</fo:block>'
                f'</fo:footnote-body></fo:footnote>')
        pos = mt.end()
    out.append(x(text[pos:]))
    return "".join(out)


class Doc:
    def __init__(self):
        self.seqs = []     # list of (master, [xml parts])
        self.cur = None

    def sequence(self, master):
        self.cur = []
        self.seqs.append((master, self.cur))

    def add(self, s):
        self.cur.append(s)

    def h1(self, t, brk=True):
        bb = ' break-before="page"' if brk else ''
        self.add(f'<fo:block font-size="16pt" font-weight="bold" color="#1f4e79" space-after="8pt" '
                 f'keep-with-next="always"{bb}>{x(t)}</fo:block>')

    def h2(self, t):
        self.add(f'<fo:block font-size="12.5pt" font-weight="bold" color="#1f4e79" space-before="10pt" '
                 f'space-after="4pt" keep-with-next="always">{x(t)}</fo:block>')

    def h3(self, t):
        self.add(f'<fo:block font-size="10.5pt" font-weight="bold" space-before="7pt" space-after="2pt" '
                 f'keep-with-next="always">{x(t)}</fo:block>')

    def p(self, t, size="9.5pt", **kw):
        at = {"space-after": "5pt", "text-align": "justify"}
        at.update({a.replace("_", "-"): v for a, v in kw.items()})
        extra = "".join(f' {a}="{v}"' for a, v in at.items())
        self.add(f'<fo:block font-size="{size}"{extra}>{inline(t)}</fo:block>')

    def bullets(self, items):
        self.add('<fo:list-block provisional-distance-between-starts="10pt" space-after="5pt">')
        for it in items:
            self.add('<fo:list-item><fo:list-item-label end-indent="label-end()"><fo:block font-size="9.5pt">&#8226;'
                     '</fo:block></fo:list-item-label><fo:list-item-body start-indent="body-start()">'
                     f'<fo:block font-size="9.5pt" space-after="2pt">{inline(it)}</fo:block></fo:list-item-body></fo:list-item>')
        self.add('</fo:list-block>')

    def box(self, t, sub=None):
        s = (f'<fo:block border="1.5pt solid #c00000" background-color="#fff2cc" padding="6pt" space-after="10pt" '
             f'font-size="12pt" font-weight="bold" color="#c00000" text-align="center">{x(t)}')
        if sub:
            s += f'<fo:block font-size="8.5pt" font-weight="normal" color="#000000" space-before="3pt">{x(sub)}</fo:block>'
        s += '</fo:block>'
        self.add(s)

    def caption(self, t):
        self.add(f'<fo:block font-size="9pt" font-weight="bold" space-before="6pt" space-after="3pt" '
                 f'keep-with-next="always">{x(t)}</fo:block>')

    def note(self, t):
        self.add(f'<fo:block font-size="7.5pt" font-style="italic" space-after="6pt">{inline(t)}</fo:block>')

    def table(self, widths, head, body, size="8pt", keep=True, total_width="100%"):
        """widths: list of mm or '%'; head: rows of cells; body: list of (style, cells).
        cell: str or dict(t=..., span=n, align='start'|'end'|'center', bold=bool, indent=bool)"""
        kt = ' keep-together.within-page="always"' if keep else ''
        s = [f'<fo:table table-layout="fixed" width="{total_width}" font-size="{size}" space-after="4pt"{kt}>']
        for w in widths:
            s.append(f'<fo:table-column column-width="{w}"/>')
        if head:
            s.append('<fo:table-header>')
            for ri, row in enumerate(head):
                s.append('<fo:table-row background-color="#dde7f0">')
                for ci, c in enumerate(row):
                    s.append(self._cell(c, head=True, last=(ri == len(head) - 1), first=(ci == 0)))
                s.append('</fo:table-row>')
            s.append('</fo:table-header>')
        s.append('<fo:table-body>')
        for style, row in body:
            attrs = ' keep-together.within-page="always"'
            if style == "section":
                attrs += ' keep-with-next.within-page="always"'
            s.append(f'<fo:table-row{attrs}>')
            for i, c in enumerate(row):
                s.append(self._cell(c, style=style, first=(i == 0)))
            s.append('</fo:table-row>')
        s.append('</fo:table-body></fo:table>')
        self.add("".join(s))

    def _cell(self, c, head=False, last=False, style=None, first=False):
        if not isinstance(c, dict):
            c = {"t": c}
        t = "" if c.get("t") is None else str(c["t"])
        align = c.get("align") or ("start" if (first or head and not t[:1].isdigit() and c.get("left")) else "end")
        if head:
            align = c.get("align", "center" if not first else "start")
        span = c.get("span", 1)
        bold = c.get("bold", head or style in ("total", "section", "sub"))
        border = ""
        if head and last:
            border = ' border-bottom="0.6pt solid #1f4e79"'
        if style == "total":
            border = ' border-top="0.6pt solid #000000" border-bottom="0.6pt solid #000000"'
        elif style == "sub":
            border = ' border-top="0.4pt solid #808080"'
        ind = ' start-indent="6pt"' if c.get("indent") else ''
        sp = f' number-columns-spanned="{span}"' if span > 1 else ''
        fw = ' font-weight="bold"' if bold else ''
        fs = ' font-style="italic"' if c.get("italic") else ''
        return (f'<fo:table-cell padding="1.6pt"{sp}{border}><fo:block text-align="{align}"{fw}{fs}{ind}>'
                f'{inline(t)}</fo:block></fo:table-cell>')

    def render(self, title, footer, header):
        parts = [f'<?xml version="1.0" encoding="UTF-8"?>\n'
                 f'<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" font-family="{FONT}" font-size="9.5pt" '
                 f'language="nl" hyphenate="false">',
                 '<fo:layout-master-set>'
                 '<fo:simple-page-master master-name="portrait" page-width="210mm" page-height="297mm" '
                 'margin-top="12mm" margin-bottom="10mm" margin-left="20mm" margin-right="18mm">'
                 '<fo:region-body margin-top="12mm" margin-bottom="14mm"/>'
                 '<fo:region-before extent="10mm"/><fo:region-after extent="11mm"/></fo:simple-page-master>'
                 '<fo:simple-page-master master-name="landscape" page-width="297mm" page-height="210mm" '
                 'margin-top="10mm" margin-bottom="10mm" margin-left="18mm" margin-right="18mm">'
                 '<fo:region-body margin-top="12mm" margin-bottom="14mm"/>'
                 '<fo:region-before extent="10mm"/><fo:region-after extent="11mm"/></fo:simple-page-master>'
                 '</fo:layout-master-set>',
                 f'<fo:declarations><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
                 f'<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{x(title)}</dc:title>'
                 f'<dc:creator>set-bm generator (fictief)</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta></fo:declarations>']
        for master, content in self.seqs:
            parts.append(f'<fo:page-sequence master-reference="{master}">')
            parts.append('<fo:static-content flow-name="xsl-region-before"><fo:block font-size="7.5pt" color="#555555" '
                         f'text-align="end" border-bottom="0.4pt solid #999999">{x(header)}</fo:block></fo:static-content>')
            parts.append('<fo:static-content flow-name="xsl-region-after"><fo:block font-size="7pt" color="#c00000" '
                         f'border-top="0.4pt solid #999999" padding-top="2pt">{x(footer)} | pagina <fo:page-number/></fo:block>'
                         '</fo:static-content>')
            parts.append('<fo:flow flow-name="xsl-region-body">')
            parts.extend(content)
            parts.append('</fo:flow></fo:page-sequence>')
        parts.append('</fo:root>')
        return "\n".join(parts)
