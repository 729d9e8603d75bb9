"""Minimal ODP (OpenDocument presentation) writer with a flow layout on A4 portrait 'slides'.

Used for the BNT document, rendered to PDF by LibreOffice Impress (soffice --convert-to pdf).
Heights are estimated conservatively; every element is an absolutely positioned frame.
"""
import math
import zipfile

from common import x

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" office:version="1.2"')

LEFT = 2.0
WIDTH = 17.0
TOP = 1.8
BOTTOM = 27.4
FONT = "Liberation Sans"

STYLES = f'''
 <style:style style:name="gr" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none"
   draw:textarea-vertical-align="top" fo:padding-top="0cm" fo:padding-bottom="0cm" fo:padding-left="0cm" fo:padding-right="0cm"
   draw:auto-grow-height="false" draw:auto-grow-width="false"/></style:style>
 <style:style style:name="gbox" style:family="graphic"><style:graphic-properties draw:stroke="solid" svg:stroke-width="0.06cm"
   svg:stroke-color="#9c0006" draw:fill="solid" draw:fill-color="#ffeb9c" draw:textarea-vertical-align="middle"
   fo:padding-top="0.2cm" fo:padding-bottom="0.2cm" fo:padding-left="0.3cm" fo:padding-right="0.3cm"/></style:style>
 <style:style style:name="gband" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="solid"
   draw:fill-color="#2e5e4e" draw:textarea-vertical-align="middle" fo:padding-left="0.3cm"/></style:style>
 <style:style style:name="Pbody" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm" fo:text-align="justify"/>
   <style:text-properties fo:font-size="9.5pt" style:font-name="{FONT}" fo:font-family="'{FONT}'"/></style:style>
 <style:style style:name="Pbul" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.45cm" fo:text-indent="-0.35cm" fo:margin-bottom="0.06cm"/>
   <style:text-properties fo:font-size="9.5pt" fo:font-family="'{FONT}'"/></style:style>
 <style:style style:name="Ph1" style:family="paragraph"><style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:color="#2e5e4e" fo:font-family="'{FONT}'"/></style:style>
 <style:style style:name="Ph2" style:family="paragraph"><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold" fo:color="#2e5e4e" fo:font-family="'{FONT}'"/></style:style>
 <style:style style:name="Pcap" style:family="paragraph"><style:text-properties fo:font-size="8.5pt" fo:font-weight="bold" fo:font-style="italic" fo:font-family="'{FONT}'"/></style:style>
 <style:style style:name="Pnote" style:family="paragraph"><style:text-properties fo:font-size="7.5pt" fo:font-family="'{FONT}'"/></style:style>
 <style:style style:name="Pfoot" style:family="paragraph"><style:text-properties fo:font-size="7pt" fo:color="#9c0006" fo:font-family="'{FONT}'"/></style:style>
 <style:style style:name="Phead" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="7.5pt" fo:color="#555555" fo:font-family="'{FONT}'"/></style:style>
 <style:style style:name="Pbox" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#9c0006" fo:font-family="'{FONT}'"/></style:style>
 <style:style style:name="Pboxs" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8.5pt" fo:font-family="'{FONT}'"/></style:style>
 <style:style style:name="Ptitle" style:family="paragraph"><style:text-properties fo:font-size="26pt" fo:font-weight="bold" fo:color="#ffffff" fo:font-family="'{FONT}'"/></style:style>
 <style:style style:name="Psub" style:family="paragraph"><style:text-properties fo:font-size="13pt" fo:color="#ffffff" fo:font-family="'{FONT}'"/></style:style>
 <style:style style:name="TL" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="8pt" fo:font-family="'{FONT}'"/></style:style>
 <style:style style:name="TR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt" fo:font-family="'{FONT}'"/></style:style>
 <style:style style:name="TC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt" fo:font-family="'{FONT}'"/></style:style>
 <style:style style:name="TLB" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="8pt" fo:font-weight="bold" fo:font-family="'{FONT}'"/></style:style>
 <style:style style:name="TRB" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt" fo:font-weight="bold" fo:font-family="'{FONT}'"/></style:style>
 <style:style style:name="TCB" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt" fo:font-weight="bold" fo:font-family="'{FONT}'"/></style:style>
 <style:style style:name="TLI" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:margin-left="0.3cm"/><style:text-properties fo:font-size="8pt" fo:font-family="'{FONT}'"/></style:style>
 <style:style style:name="cH" style:family="table-cell"><style:graphic-properties draw:fill="solid" draw:fill-color="#d9e7e1"
   fo:padding-top="0.04cm" fo:padding-bottom="0.04cm" fo:padding-left="0.1cm" fo:padding-right="0.1cm"/>
   <style:paragraph-properties fo:border-bottom="0.03cm solid #2e5e4e" fo:border-top="none" fo:border-left="none" fo:border-right="none"/>
   <style:text-properties fo:font-size="8pt" fo:font-family="'{FONT}'"/></style:style>
 <style:style style:name="cN" style:family="table-cell"><style:graphic-properties draw:fill="none"
   fo:padding-top="0.03cm" fo:padding-bottom="0.03cm" fo:padding-left="0.1cm" fo:padding-right="0.1cm"/>
   <style:paragraph-properties fo:border-bottom="0.01cm solid #c8c8c8" fo:border-top="none" fo:border-left="none" fo:border-right="none"/>
   <style:text-properties fo:font-size="8pt" fo:font-family="'{FONT}'"/></style:style>
 <style:style style:name="cT" style:family="table-cell"><style:graphic-properties draw:fill="solid" draw:fill-color="#f2f2f2"
   fo:padding-top="0.03cm" fo:padding-bottom="0.03cm" fo:padding-left="0.1cm" fo:padding-right="0.1cm"/>
   <style:paragraph-properties fo:border-top="0.03cm solid #000000" fo:border-bottom="0.03cm solid #000000" fo:border-left="none" fo:border-right="none"/>
   <style:text-properties fo:font-size="8pt" fo:font-family="'{FONT}'"/></style:style>
'''

LINE_BODY = 0.42      # cm per line at 9.5pt
LINE_CELL = 0.36      # cm per line at 8pt
CHAR_BODY = 0.175     # cm per average char at 9.5pt (conservative)
CHAR_CELL = 0.150     # cm per average char at 8pt (conservative)


def lines_for(text, width_cm, char_cm):
    per = max(1, int(width_cm / char_cm))
    n = 0
    for part in str(text).split("\n"):
        words = part.split()
        cur = 0
        ln = 1
        for w in words:
            if cur == 0:
                cur = len(w)
            elif cur + 1 + len(w) <= per:
                cur += 1 + len(w)
            else:
                ln += 1
                cur = len(w)
        n += ln
    return n


class Odp:
    def __init__(self, header, footer):
        self.header = header
        self.footer = footer
        self.pages = []
        self.auto = []      # automatic styles (columns, rows)
        self.ncol = 0
        self.new_page()

    # ------------------------------------------------------------------ pages
    def new_page(self):
        self.pages.append([])
        self.y = TOP

    def need(self, h):
        if self.y + h > BOTTOM:
            self.new_page()

    def frame(self, style, x0, y0, w, h, inner):
        self.pages[-1].append(
            f'<draw:frame draw:style-name="{style}" svg:x="{x0:.2f}cm" svg:y="{y0:.2f}cm" svg:width="{w:.2f}cm" '
            f'svg:height="{h:.2f}cm"><draw:text-box>{inner}</draw:text-box></draw:frame>')

    # ------------------------------------------------------------------ blocks
    def title_band(self, title, sub, h=3.6):
        inner = f'<text:p text:style-name="Ptitle">{x(title)}</text:p>' + "".join(
            f'<text:p text:style-name="Psub">{x(s)}</text:p>' for s in sub)
        self.frame("gband", 0, 3.0, 21.0, h, inner)
        self.y = 3.0 + h + 0.8

    def box(self, title, sub):
        h = 0.9 + 0.42 * lines_for(sub, WIDTH - 0.8, 0.16) + 0.3
        inner = f'<text:p text:style-name="Pbox">{x(title)}</text:p><text:p text:style-name="Pboxs">{x(sub)}</text:p>'
        self.need(h)
        self.frame("gbox", LEFT, self.y, WIDTH, h, inner)
        self.y += h + 0.4

    def h1(self, t, new_page=True):
        if new_page and self.pages[-1] and self.y > TOP + 0.01:
            self.new_page()
        self.need(2.5)
        self.frame("gr", LEFT, self.y, WIDTH, 0.8, f'<text:p text:style-name="Ph1">{x(t)}</text:p>')
        self.y += 0.95

    def h2(self, t):
        self.need(1.8)
        self.y += 0.15
        self.frame("gr", LEFT, self.y, WIDTH, 0.6, f'<text:p text:style-name="Ph2">{x(t)}</text:p>')
        self.y += 0.7

    def p(self, t, style="Pbody"):
        n = lines_for(t, WIDTH, CHAR_BODY)
        h = n * LINE_BODY + 0.12
        self.need(h)
        self.frame("gr", LEFT, self.y, WIDTH, h, f'<text:p text:style-name="{style}">{x(t)}</text:p>')
        self.y += h + 0.12

    def bullets(self, items):
        hs = [lines_for(t, WIDTH - 0.5, CHAR_BODY) * LINE_BODY + 0.06 for t in items]
        h = sum(hs) + 0.1
        self.need(h)
        inner = "".join(f'<text:p text:style-name="Pbul">&#8226; {x(t)}</text:p>' for t in items)
        self.frame("gr", LEFT, self.y, WIDTH, h, inner)
        self.y += h + 0.1

    def caption(self, t):
        self.frame("gr", LEFT, self.y, WIDTH, 0.45, f'<text:p text:style-name="Pcap">{x(t)}</text:p>')
        self.y += 0.5

    def note(self, t):
        n = lines_for(t, WIDTH, 0.14)
        h = n * 0.33 + 0.05
        self.need(h)
        self.frame("gr", LEFT, self.y, WIDTH, h, f'<text:p text:style-name="Pnote">{x(t)}</text:p>')
        self.y += h + 0.15

    # ------------------------------------------------------------------ tables
    def _col_style(self, w):
        self.ncol += 1
        name = f"co{self.ncol}"
        self.auto.append(f'<style:style style:name="{name}" style:family="table-column"><style:table-column-properties '
                         f'style:column-width="{w:.2f}cm"/></style:style>')
        return name

    def _row_style(self, h):
        self.ncol += 1
        name = f"ro{self.ncol}"
        self.auto.append(f'<style:style style:name="{name}" style:family="table-row"><style:table-row-properties '
                         f'style:row-height="{h:.2f}cm"/></style:style>')
        return name

    def _row_height(self, cells, widths):
        n = 1
        ci = 0
        for c in cells:
            c = c if isinstance(c, dict) else {"t": c}
            span = c.get("span", 1)
            w = sum(widths[ci:ci + span]) - 0.25
            n = max(n, lines_for(c.get("t", ""), w, CHAR_CELL))
            ci += span
        return n * LINE_CELL + 0.1

    def _row_xml(self, cells, widths, kind, h):
        out = [f'<table:table-row table:style-name="{self._row_style(h)}">']
        cstyle = {"head": "cH", "total": "cT"}.get(kind, "cN")
        for i, c in enumerate(cells):
            c = c if isinstance(c, dict) else {"t": c}
            t = "" if c.get("t") is None else str(c["t"])
            bold = kind in ("head", "total", "section") or c.get("bold")
            if c.get("align"):
                al = {"start": "L", "end": "R", "center": "C"}[c["align"]]
            elif kind == "head":
                al = "L" if i == 0 else "C"
            else:
                al = "L" if i == 0 else "R"
            ps = "T" + al + ("B" if bold else "")
            if c.get("indent") and not bold:
                ps = "TLI"
            span = c.get("span", 1)
            sp = f' table:number-columns-spanned="{span}"' if span > 1 else ''
            lines = t.split("\n") if t else ["\u00a0"]
            paras = "".join(f'<text:p text:style-name="{ps}">{x(s)}</text:p>' for s in lines)
            out.append(f'<table:table-cell table:style-name="{cstyle}"{sp}>{paras}</table:table-cell>')
            for _ in range(span - 1):
                out.append('<table:covered-table-cell/>')
        out.append('</table:table-row>')
        return "".join(out)

    def table(self, caption, widths, head, body, vervolg="(vervolg)", min_rows=3):
        """head: list of rows; body: list of (kind, cells); kind None|'total'|'section'."""
        hh = [self._row_height(r, widths) for r in head]
        bh = [self._row_height(r, widths) for _, r in body]
        i = 0
        first = True
        while i < len(body):
            cap = caption if first else f"{caption} {vervolg}"
            need_min = 0.5 + sum(hh) + sum(bh[i:i + min_rows]) + 0.2
            self.need(need_min)
            avail = BOTTOM - self.y - 0.5 - sum(hh) - 0.2
            j = i
            used = 0.0
            while j < len(body) and used + bh[j] <= avail:
                used += bh[j]
                j += 1
            if j == i:
                self.new_page()
                continue
            self.caption(cap)
            total_h = sum(hh) + used
            xml = ['<table:table>'] + [f'<table:table-column table:style-name="{self._col_style(w)}"/>' for w in widths]
            for r, h in zip(head, hh):
                xml.append(self._row_xml(r, widths, "head", h))
            for (kind, r), h in zip(body[i:j], bh[i:j]):
                xml.append(self._row_xml(r, widths, kind, h))
            xml.append('</table:table>')
            self.pages[-1].append(f'<draw:frame svg:x="{LEFT:.2f}cm" svg:y="{self.y:.2f}cm" svg:width="{sum(widths):.2f}cm" '
                                  f'svg:height="{total_h:.2f}cm">{"".join(xml)}</draw:frame>')
            self.y += total_h + 0.3
            i = j
            first = False
            if i < len(body):
                self.new_page()

    # ------------------------------------------------------------------ output
    def save(self, path, title):
        pages_xml = []
        n = len(self.pages)
        for i, els in enumerate(self.pages, 1):
            head = (f'<draw:frame draw:style-name="gr" svg:x="{LEFT}cm" svg:y="0.8cm" svg:width="{WIDTH}cm" svg:height="0.5cm">'
                    f'<draw:text-box><text:p text:style-name="Phead">{x(self.header)}</text:p></draw:text-box></draw:frame>')
            foot = (f'<draw:frame draw:style-name="gr" svg:x="{LEFT}cm" svg:y="28.1cm" svg:width="{WIDTH}cm" svg:height="0.5cm">'
                    f'<draw:text-box><text:p text:style-name="Pfoot">{x(self.footer)} | pagina {i} van {n}</text:p>'
                    f'</draw:text-box></draw:frame>')
            body = "".join(els)
            if i == 1:
                head = ""
            pages_xml.append(f'<draw:page draw:name="pagina{i}" draw:master-page-name="Default">{head}{body}{foot}</draw:page>')
        content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>'
                   f'<office:automatic-styles>{STYLES}{"".join(self.auto)}</office:automatic-styles>'
                   f'<office:body><office:presentation>{"".join(pages_xml)}</office:presentation></office:body>'
                   f'</office:document-content>')
        styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS}><office:styles/>'
                  '<office:automatic-styles><style:page-layout style:name="PM1"><style:page-layout-properties '
                  'fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" '
                  'fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"/></style:page-layout>'
                  '<style:style style:name="Mdp1" style:family="drawing-page"><style:drawing-page-properties draw:fill="none"/>'
                  '</style:style></office:automatic-styles><office:master-styles><style:master-page style:name="Default" '
                  'style:page-layout-name="PM1" draw:style-name="Mdp1"/></office:master-styles></office:document-styles>')
        meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS}><office:meta>'
                f'<dc:title>{x(title)}</dc:title><meta:generator>set-bm odp.py</meta:generator></office:meta></office:document-meta>')
        manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.presentation"/>'
                    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                    '</manifest:manifest>')
        with zipfile.ZipFile(path, "w") as z:
            z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.presentation",
                       compress_type=zipfile.ZIP_STORED)
            for name, data in (("META-INF/manifest.xml", manifest), ("styles.xml", styles), ("content.xml", content),
                               ("meta.xml", meta)):
                z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
