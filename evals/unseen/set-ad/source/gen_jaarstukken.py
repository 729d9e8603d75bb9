"""Write the Marlevoorde Jaarstukken 2029 as .docx (python-docx) and convert it to PDF with LibreOffice.

Two passes: the first PDF tells on which page each heading lands; the second build prints
those page numbers in the static table of contents (dot leaders, right-aligned numbers).

Usage: python gen_jaarstukken.py OUT_DIR
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import data as d
from fmt import br, eur, mln, n, vn, ind

FONT = "Liberation Sans"
BLUE = RGBColor(0x1F, 0x4E, 0x79)
HEAD_FILL = "DCE6F1"
TOTAL_FILL = "F2F2F2"

LEFT, RIGHT, CENTER = WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.CENTER


# ---------------------------------------------------------------------------
# low-level docx helpers
# ---------------------------------------------------------------------------
def _el(tag: str, **attrs) -> OxmlElement:
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), str(v))
    return e


def add_field(par, instr: str, placeholder: str = "1") -> None:
    par.add_run()._r.append(_el("w:fldChar", **{"w:fldCharType": "begin"}))
    it = _el("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    par.add_run()._r.append(it)
    par.add_run()._r.append(_el("w:fldChar", **{"w:fldCharType": "separate"}))
    par.add_run(placeholder)
    par.add_run()._r.append(_el("w:fldChar", **{"w:fldCharType": "end"}))


def shade(cell, fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(_el("w:shd", **{"w:val": "clear", "w:color": "auto", "w:fill": fill}))


def cell_border(cell, **sides) -> None:
    """sides: top='single:8:000000' ..."""
    tcPr = cell._tc.get_or_add_tcPr()
    borders = tcPr.find(qn("w:tcBorders"))
    if borders is None:
        borders = _el("w:tcBorders")
        tcPr.append(borders)
    for side, spec in sides.items():
        val, sz, color = spec.split(":")
        borders.append(_el(f"w:{side}", **{"w:val": val, "w:sz": sz, "w:space": "0", "w:color": color}))


def table_borders(table) -> None:
    tblPr = table._tbl.tblPr
    b = _el("w:tblBorders")
    for side, spec in (("top", "single:8:1F4E79"), ("bottom", "single:8:1F4E79"),
                       ("insideH", "single:2:BFBFBF"), ("left", "nil:0:auto"),
                       ("right", "nil:0:auto"), ("insideV", "nil:0:auto")):
        val, sz, color = spec.split(":")
        b.append(_el(f"w:{side}", **{"w:val": val, "w:sz": sz, "w:space": "0", "w:color": color}))
    tblPr.append(b)
    tblPr.append(_el("w:tblLayout", **{"w:type": "fixed"}))
    mar = _el("w:tblCellMar")
    for side in ("left", "right"):
        mar.append(_el(f"w:{side}", **{"w:w": "57", "w:type": "dxa"}))
    tblPr.append(mar)


def repeat_header(row) -> None:
    trPr = row._tr.get_or_add_trPr()
    trPr.append(_el("w:tblHeader"))


def cant_split(row) -> None:
    row._tr.get_or_add_trPr().append(_el("w:cantSplit"))


def set_text(cell, text: str, *, bold=False, align=LEFT, size=8.0, italic=False, sup: str | None = None,
             color: RGBColor | None = None) -> None:
    par = cell.paragraphs[0]
    for r in list(par.runs):
        r._r.getparent().remove(r._r)
    par.alignment = align
    pf = par.paragraph_format
    pf.space_before, pf.space_after, pf.line_spacing = Pt(1), Pt(1), 1.0
    run = par.add_run(text)
    run.bold, run.italic = bold, italic
    run.font.size = Pt(size)
    run.font.name = FONT
    if color is not None:
        run.font.color.rgb = color
    if sup:
        s = par.add_run(sup)
        s.font.superscript = True
        s.font.size = Pt(size)
        s.bold = bold


class Builder:
    """Wraps a python-docx Document with the house style of the Jaarstukken."""

    def __init__(self, toc_pages: dict[str, int] | None) -> None:
        self.doc = Document()
        self.toc_pages = toc_pages or {}
        self.headings: list[tuple[int, str]] = []
        self._style()

    # -- styles and page setup ---------------------------------------------
    def _style(self) -> None:
        st = self.doc.styles
        normal = st["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(9.5)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
        normal.paragraph_format.space_after = Pt(4)
        normal.paragraph_format.line_spacing = 1.1
        for lvl, size in ((1, 15), (2, 12), (3, 10)):
            h = st[f"Heading {lvl}"]
            h.font.name = FONT
            h.font.size = Pt(size)
            h.font.bold = True
            h.font.italic = False
            h.font.color.rgb = BLUE
            rpr = h.element.get_or_add_rPr()
            rf = rpr.find(qn("w:rFonts"))
            if rf is None:
                rf = _el("w:rFonts")
                rpr.append(rf)
            for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                rf.set(qn(a), FONT)
            h.paragraph_format.space_before = Pt(12 if lvl < 3 else 8)
            h.paragraph_format.space_after = Pt(4)
            h.paragraph_format.keep_with_next = True
        lb = st["List Bullet"]
        lb.font.name = FONT
        lb.font.size = Pt(9.5)

        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin, sec.bottom_margin = Cm(2.3), Cm(2.0)
        sec.header_distance = sec.footer_distance = Cm(1.0)
        sec.different_first_page_header_footer = True
        self._header_footer(sec)

    def _header_footer(self, sec) -> None:
        hp = sec.header.paragraphs[0]
        hp.text = ""
        r = hp.add_run(f"{d.MUNI_TITLE}")
        r.font.size, r.font.name = Pt(8), FONT
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        pPr = hp._p.get_or_add_pPr()
        pbdr = _el("w:pBdr")
        pbdr.append(_el("w:bottom", **{"w:val": "single", "w:sz": "4", "w:space": "1", "w:color": "1F4E79"}))
        pPr.append(pbdr)
        fp = sec.footer.paragraphs[0]
        fp.alignment = RIGHT
        for part in ("Pagina ", ("PAGE",), " van ", ("NUMPAGES",)):
            if isinstance(part, tuple):
                add_field(fp, part[0])
            else:
                run = fp.add_run(part)
        for run in fp.runs:
            run.font.size, run.font.name = Pt(8), FONT

    def landscape(self) -> None:
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(1.3)
        sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
        sec.different_first_page_header_footer = False

    def portrait(self) -> None:
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin, sec.bottom_margin = Cm(2.3), Cm(2.0)
        sec.different_first_page_header_footer = False

    # -- text ------------------------------------------------------------------
    def h(self, level: int, text: str, new_page: bool = False) -> None:
        p = self.doc.add_heading(text, level=level)
        p.paragraph_format.page_break_before = new_page
        if level <= 2:
            self.headings.append((level, text))

    def p(self, text: str, *, bold=False, italic=False, size=None, align=None, after=None, sup_marks=True):
        par = self.doc.add_paragraph()
        # ^N^ marks a superscript footnote mark inside running text
        for i, chunk in enumerate(re.split(r"\^(\w+)\^", text)):
            run = par.add_run(chunk)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
            if i % 2 == 1:
                run.font.superscript = True
        if align is not None:
            par.alignment = align
        if after is not None:
            par.paragraph_format.space_after = Pt(after)
        return par

    def bullet(self, text: str) -> None:
        par = self.doc.add_paragraph(style="List Bullet")
        par.add_run(text)
        par.paragraph_format.space_after = Pt(2)

    def scale(self, text: str = "Bedragen x € 1.000") -> None:
        par = self.p(text, italic=True, size=8, after=1)
        par.paragraph_format.keep_with_next = True

    def caption(self, text: str) -> None:
        par = self.p(text, bold=True, size=9, after=2)
        par.paragraph_format.keep_with_next = True

    def note(self, text: str) -> None:
        self.p(text, size=7.5, italic=True, after=6)

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # -- tables ----------------------------------------------------------------
    def table(self, widths_cm: list[float], header: list[list], rows: list[dict], size=8.0,
              repeat=True):
        """header: list of header rows, each a list of cell specs (text | None for merged-away | dict);
        dict keys: text, span (cols), vspan (rows), align.
        rows: dicts with cells (list of str), bold, fill, sup (dict col->mark), top (bool, heavier rule)."""
        ncols = len(widths_cm)
        t = self.doc.add_table(rows=len(header) + len(rows), cols=ncols)
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        table_borders(t)
        for i, w in enumerate(widths_cm):
            for c in t.columns[i].cells:
                c.width = Cm(w)
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
            gc.set(qn("w:w"), str(int(w * 567)))
        # header rows
        merges = []
        for ri, hrow in enumerate(header):
            ci = 0
            for spec in hrow:
                if spec is None:
                    ci += 1
                    continue
                if isinstance(spec, str):
                    spec = {"text": spec}
                span, vspan = spec.get("span", 1), spec.get("vspan", 1)
                cell = t.cell(ri, ci)
                if span > 1 or vspan > 1:
                    merges.append((ri, ci, ri + vspan - 1, ci + span - 1, spec))
                else:
                    set_text(cell, spec["text"], bold=True, align=spec.get("align", RIGHT if ci else LEFT),
                             size=size)
                ci += 1
        for r0, c0, r1, c1, spec in merges:
            m = t.cell(r0, c0).merge(t.cell(r1, c1))
            set_text(m, spec["text"], bold=True, align=spec.get("align", CENTER if c1 > c0 else (RIGHT if c0 else LEFT)),
                     size=size)
        for ri in range(len(header)):
            row = t.rows[ri]
            if repeat:
                repeat_header(row)
            cant_split(row)
            for c in row.cells:
                shade(c, HEAD_FILL)
        # body
        for k, spec in enumerate(rows):
            row = t.rows[len(header) + k]
            cant_split(row)
            for ci, txt in enumerate(spec["cells"]):
                cell = row.cells[ci]
                align = spec.get("align", [LEFT] + [RIGHT] * (ncols - 1))[ci]
                set_text(cell, txt, bold=spec.get("bold", False), align=align, size=size,
                         sup=spec.get("sup", {}).get(ci), italic=spec.get("italic", False))
                if spec.get("fill"):
                    shade(cell, spec["fill"])
                if spec.get("top"):
                    cell_border(cell, top="single:6:1F4E79")
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)
        return t

    # -- table of contents ------------------------------------------------------
    def toc(self, entries: list[tuple[int, str]]) -> None:
        self.h(1, "Inhoudsopgave")
        self.headings.pop()  # the TOC does not list itself
        for level, text in entries:
            par = self.doc.add_paragraph()
            pf = par.paragraph_format
            pf.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            pf.left_indent = Cm(0 if level == 1 else 0.8)
            pf.space_after = Pt(3 if level == 2 else 4)
            pf.space_before = Pt(6 if level == 1 else 0)
            page = self.toc_pages.get(text, 0)
            run = par.add_run(f"{text}\t{page if page else '00'}")
            run.bold = level == 1
            run.font.size = Pt(10 if level == 1 else 9.5)

    def save(self, path: Path) -> None:
        self.doc.save(str(path))


# ---------------------------------------------------------------------------
# content
# ---------------------------------------------------------------------------
def kgeg(label: str) -> tuple:
    return {k[0]: k for k in d.KERNGEGEVENS}[label]


def fmt_kern(v, unit):
    return n(v, 1) if unit == "fte" else n(v)


PROG_TEXT = {
    "P1": {
        "bereiken": (
            "Inwoners en ondernemers regelen hun zaken met de gemeente snel, digitaal en dichtbij. Met het "
            "programma Marlevoorde Dichtbij brengen we de dienstverlening naar de drie kernen Marlevoorde, "
            "Hoge Marle en Voorderbroek. Het bestuur werkt open en betrekt inwoners vroeg bij plannen."),
        "gedaan": [
            "Sinds maart 2029 is er elke dinsdag een servicepunt in de bibliotheek van Hoge Marle.",
            f"{d.DIGITAAL_AANVRAGEN_PCT}% van de aanvragen voor producten en diensten is digitaal ingediend.",
            f"Het klanttevredenheidsonderzoek leverde een rapportcijfer {n(d.KTO_CIJFER[2029], 1)} op "
            f"(2028: {n(d.KTO_CIJFER[2028], 1)}).",
            "Het inwonerspanel Marlevoorde Praat Mee is uitgebreid tot ruim 1.100 deelnemers.",
        ],
    },
    "P2": {
        "bereiken": (
            "Een veilige woon- en leefomgeving waarin inwoners zich veilig voelen. Wij pakken ondermijnende "
            "criminaliteit samen met politie, Openbaar Ministerie en de Veiligheidsregio Groenmeer aan."),
        "gedaan": [
            f"Het aantal woninginbraken daalde naar {d.WONINGINBRAKEN[2029]} (2028: {d.WONINGINBRAKEN[2028]}).",
            f"De burgemeester sloot {d.PANDSLUITINGEN_2029} panden op grond van de Opiumwet.",
            "Het cameratoezicht op het Marktplein is verlengd tot en met 2031.",
        ],
    },
    "P3": {
        "bereiken": (
            "Een schone, hele en veilige openbare ruimte, goed bereikbare kernen en minder restafval. In 2030 "
            "willen wij onder de 100 kg restafval per inwoner uitkomen."),
        "gedaan": [
            f"In het kader van LED fase 2 zijn {n(d.LED_MASTEN_2029)} lichtmasten voorzien van LED-verlichting.",
            "De reconstructie van de Essenkampweg is in september 2029 gestart en loopt door tot medio 2030.",
            "In Voorderbroek is omgekeerd inzamelen ingevoerd; het restafval daalde naar 104 kg per inwoner.",
            "Het groot onderhoud aan wegen in Hoge Marle is doorgeschoven naar 2030 vanwege de combinatie met "
            "rioolvervanging in Klaverwijk.",
        ],
    },
    "P4": {
        "bereiken": (
            "Inwoners doen naar vermogen mee en krijgen ondersteuning dichtbij. De wijkteams van Buurtkracht "
            "zijn de vaste toegang voor vragen over zorg, jeugd, werk en inkomen. Wij zetten in op preventie, "
            "zodat minder zware en dure zorg nodig is."),
        "gedaan": [
            f"De wijkteams van Buurtkracht ontvingen {n(d.HULPVRAGEN_BUURTKRACHT_2029)} hulpvragen.",
            f"{n(d.JEUGDHULP_JONGEREN_2029)} jeugdigen ontvingen jeugdhulp. Het aantal jeugdigen in een "
            "verblijfsvoorziening nam toe, wat leidde tot hogere lasten.",
            f"Het aantal huishoudens met een bijstandsuitkering daalde naar "
            f"{n(kgeg('Huishoudens met een bijstandsuitkering')[3])}.",
            "Uit de Reserve sociaal domein zijn de transformatieprojecten Thuis in de Wijk en Schuldhulp "
            "Vroeg Erop gefinancierd.",
        ],
    },
    "P5": {
        "bereiken": (
            "Goede en duurzame schoolgebouwen, een sportief Marlevoorde en een levendig cultureel aanbod in "
            "cultuurhuis Brinkhuis."),
        "gedaan": [
            "De nieuwbouw van sporthal De Reigerhof loopt vertraging op: de oplevering is verschoven van "
            "september 2029 naar april 2030 door een langere vergunningprocedure en late levering van de "
            "staalconstructie. De kapitaallasten starten daardoor later.",
            "De renovatie van IKC Het Palet is in augustus 2029 afgerond; het krediet wordt afgesloten.",
            "De verduurzaming van cultuurhuis Brinkhuis is gestart (zonnepanelen en warmtepomp).",
        ],
    },
    "P6": {
        "bereiken": (
            "Voldoende betaalbare woningen voor alle leeftijden, een aantrekkelijk centrum en ruimte voor "
            "lokale bedrijven."),
        "gedaan": [
            f"Er zijn {d.NIEUWBOUW_2029} nieuwbouwwoningen opgeleverd; met {d.TRANSFORMATIE_2029} woningen door "
            f"transformatie van kantoren groeide de woningvoorraad met "
            f"{d.NIEUWBOUW_2029 + d.TRANSFORMATIE_2029} woningen.",
            "Fase 1 van de centrumontwikkeling Marktkwartier is gereed; de tweede fase is gefaseerd in de tijd.",
            f"Alle {d.KAVELS_ESSENKAMP} bouwkavels in Essenkamp-Zuid zijn verkocht.",
        ],
    },
}


def prog_table(b: Builder, code: str) -> None:
    """'Wat heeft het gekost?' table, x € 1.000, merged 'Begroting 2029' header, V/N differences."""
    cols = ["rek2028", "prim2029", "nawijz2029", "rek2029"]
    rows_def = [
        ("Lasten", "lasten", False, "lasten"),
        ("Baten", "baten", False, "baten"),
        ("Saldo van baten en lasten", "saldo", True, "saldo"),
        ("Toevoegingen aan reserves", "toev", False, "toev"),
        ("Onttrekkingen aan reserves", "ontt", False, "ontt"),
        ("Mutaties reserves", "mutaties", False, "mutaties"),
        ("Resultaat", "resultaat", True, "resultaat"),
    ]
    rows = []
    for label, attr, bold, kind in rows_def:
        vals = [getattr(d.row_k(c, code), attr) for c in cols]
        if kind == "lasten" or kind == "toev":
            diff = vals[2] - vals[3]
        else:
            diff = vals[3] - vals[2]
        rows.append({"cells": [label] + [n(v) for v in vals] + [vn(diff)], "bold": bold,
                     "fill": TOTAL_FILL if bold else None, "top": bold})
    header = [
        [{"text": "", "vspan": 2}, {"text": "Rekening 2028", "vspan": 2},
         {"text": "Begroting 2029", "span": 2}, None, {"text": "Rekening 2029", "vspan": 2},
         {"text": "Verschil", "vspan": 2}],
        [None, None, "primitief", "na wijziging", None, None],
    ]
    b.scale()
    b.table([5.0, 2.2, 2.2, 2.4, 2.2, 2.4], header, rows, size=8)


def indicator_table(b: Builder, code: str) -> None:
    rows = []
    for label, unit, bron, v27, v28, v29 in d.INDICATOREN[code]:
        floats = [v for v in (v27, v28, v29) if isinstance(v, float)]
        dec = max((2 if round(v, 1) != v else 1 for v in floats), default=0)
        rows.append({"cells": [label, unit, bron, ind(v27, dec), ind(v28, dec), ind(v29, dec)],
                     "align": [LEFT, LEFT, LEFT, RIGHT, RIGHT, RIGHT]})
    header = [["Indicator", {"text": "Eenheid", "align": LEFT}, {"text": "Bron", "align": LEFT},
               "2027", "2028", "2029"]]
    b.table([5.5, 4.3, 2.3, 1.5, 1.5, 1.5], header, rows, size=8)


def variance_text(b: Builder, code: str) -> None:
    parts = []
    for side, word in (("lasten", "lasten"), ("baten", "baten")):
        diff = d.diff_k(code, side) * 1000
        if code not in d.VARIANCES or side not in d.VARIANCES[code]:
            continue
        items = d.variance_items(code, side)
        lines = "; ".join(f"{lbl.lower() if lbl.startswith('Overige') else lbl} {eur(abs(v))} {'V' if v > 0 else 'N'}"
                          for lbl, v in items)
        hl = "lager" if (side == "lasten" and diff > 0) else "hoger" if side == "lasten" else (
            "hoger" if diff > 0 else "lager")
        parts.append(f"De {word} zijn {eur(abs(diff))} {hl} dan begroot ({'voordelig' if diff > 0 else 'nadelig'}). "
                     f"Dit bestaat uit: {lines}.")
    for t in parts:
        b.p(t)


def build(toc_pages: dict[str, int] | None) -> Builder:
    b = Builder(toc_pages)
    doc = b.doc
    tot = {c: d.total_k(c) for c in d.COLUMNS}

    # ---- cover -------------------------------------------------------------
    for _ in range(6):
        doc.add_paragraph()
    b.p("Jaarstukken 2029", bold=True, size=30, after=6).runs[0].font.color.rgb = BLUE
    b.p("Jaarverslag en jaarrekening 2029", size=16, after=24)
    b.p("Gemeente Marlevoorde", bold=True, size=14, after=80)
    b.p(d.MUNI_DATE, size=9, italic=True)
    b.p("Gemeente Marlevoorde · Raadhuisplein 1 · Postbus 40 · Marlevoorde", size=9)
    b.page_break()

    # ---- TOC: the entries are the headings of a dry run ----------------------
    dry = _headings_only()
    b.toc(dry)

    # ---- 1 Inleiding -----------------------------------------------------------
    b.h(1, "1 Inleiding", new_page=True)
    b.h(2, "1.1 Aanbieding")
    res = d.RESULTAAT_2029_EUR
    b.p("Hierbij bieden wij u de jaarstukken 2029 aan. Met dit jaarverslag en deze jaarrekening leggen wij "
        "verantwoording af over de uitvoering van de programmabegroting 2029 en de daarbij horende "
        "begrotingswijzigingen.")
    b.p(f"Het jaar 2029 sluiten wij af met een positief resultaat na bestemming van {eur(res)}. Het resultaat na "
        f"bestemming bedraagt daarmee € {mln(res)} miljoen voordelig, terwijl de begroting na wijziging "
        f"uitging van een tekort van {eur(abs(tot['nawijz2029'].resultaat) * 1000)}. Het saldo van baten en "
        f"lasten vóór mutaties in de reserves bedraagt € {mln(abs(d.SALDO_2029_EUR))} miljoen nadelig.")
    b.p(f"Het verschil van € {mln(d.RESULTAAT_DIFF_K * 1000)} miljoen met de begroting na wijziging komt vooral "
        f"door een hogere algemene uitkering uit het gemeentefonds (decembercirculaire 2029), lagere "
        f"kapitaallasten doordat sporthal De Reigerhof later wordt opgeleverd en uitgesteld groot onderhoud aan "
        f"wegen. Daar staan hogere lasten voor jeugdhulp met verblijf en Wmo-begeleiding tegenover. In "
        f"paragraaf 1.3 lichten wij de verschillen per programma toe.")
    b.p(f"De totale lasten (exclusief toevoegingen aan reserves) bedroegen € {mln(d.TOT_LASTEN_EXCL_EUR)} miljoen. "
        f"Dat is {eur(d.LASTEN_PER_INWONER_2029)} per inwoner.")

    b.h(2, "1.2 Kerngegevens")
    rows = [{"cells": [lbl, fmt_kern(v28, u), fmt_kern(v29, u)], "sup": {0: "1"} if lbl == "Aantal inwoners" else {}}
            for lbl, u, v28, v29 in d.KERNGEGEVENS]
    b.table([9.0, 3.2, 3.2], [["Omschrijving", "31-12-2028", "31-12-2029"]], rows, size=8.5)
    b.note("1) Bron: Basisregistratie Personen (BRP), stand per 31 december.")

    b.h(2, "1.3 Financieel resultaat 2029")
    b.p("Onderstaande tabel geeft de ontwikkeling van het resultaat gedurende het jaar.")
    b.scale()
    rrows = [
        {"cells": ["Resultaat begroting 2029 primitief", n(tot["prim2029"].resultaat)]},
        {"cells": ["Resultaat begroting 2029 na wijziging", n(tot["nawijz2029"].resultaat)]},
        {"cells": ["Resultaat rekening 2029", n(tot["rek2029"].resultaat)], "bold": True, "top": True,
         "fill": TOTAL_FILL},
    ]
    b.table([10.0, 3.0], [["Omschrijving", "Bedrag"]], rrows, size=8.5)
    b.p("De verschillen tussen de rekening en de begroting na wijziging verdelen zich als volgt over de "
        "programma's en de overige onderdelen van het overzicht van baten en lasten (inclusief mutaties in "
        "reserves; V = voordelig, N = nadelig).")
    b.scale()
    vrows = []
    for code in d.ROW_CODES:
        dif = d.row_k("rek2029", code).resultaat - d.row_k("nawijz2029", code).resultaat
        vrows.append({"cells": [d.ROW_NAMES[code], vn(dif)]})
    vrows.append({"cells": ["Totaal verschil", vn(d.RESULTAAT_DIFF_K)], "bold": True, "top": True,
                  "fill": TOTAL_FILL})
    b.table([10.0, 3.0], [["Onderdeel", "Verschil"]], vrows, size=8.5)

    b.h(2, "1.4 Voorstel resultaatbestemming")
    vs = d.RESULTAAT_BESTEMMING_VOORSTEL
    b.p(f"Wij stellen de raad voor het resultaat na bestemming van {eur(res)} als volgt te bestemmen: "
        f"{eur(vs['Reserve sociaal domein'])} toevoegen aan de Reserve sociaal domein, om de hogere "
        f"jeugdhulplasten in 2030 op te vangen, en het restant van {eur(vs['Algemene reserve'])} toevoegen aan "
        f"de algemene reserve.")

    b.h(2, "1.5 Leeswijzer")
    b.p("Deze jaarstukken bestaan uit het jaarverslag en de jaarrekening. Het jaarverslag bevat de "
        "programmaverantwoording (hoofdstuk 2) en de verplichte paragrafen (hoofdstuk 3). De jaarrekening "
        "(hoofdstuk 4) bevat de balans, het overzicht van baten en lasten, het overzicht van de reserves, de "
        "investeringskredieten en het overzicht per taakveld.")
    b.p("Tenzij anders vermeld zijn de bedragen in de programmatabellen en het overzicht van baten en lasten "
        "afgerond op duizenden euro's; door afronding kunnen totalen in tekst en tabellen licht afwijken. In de "
        "tabellen van de programma's staan baten positief en lasten positief; een negatief saldo is nadelig. In "
        "de kolom Verschil staat V voor voordelig en N voor nadelig ten opzichte van de begroting na wijziging.")

    # ---- 2 Programmaverantwoording -------------------------------------------------
    b.h(1, "2 Programmaverantwoording", new_page=True)
    b.p("Per programma beantwoorden wij de drie W-vragen: wat wilden we bereiken, wat hebben we daarvoor "
        "gedaan en wat heeft het gekost. De beleidsindicatoren zijn ontleend aan waarstaatjegemeente.nl.")
    for i, (code, nr, name) in enumerate(d.PROGRAMMES, start=1):
        b.h(2, f"2.{i} Programma {nr} {name}", new_page=i > 1 and i % 2 == 1)
        b.h(3, f"2.{i}.1 Wat wilden we bereiken en wat hebben we gedaan?")
        b.p(PROG_TEXT[code]["bereiken"])
        for line in PROG_TEXT[code]["gedaan"]:
            b.bullet(line)
        b.h(3, f"2.{i}.2 Beleidsindicatoren")
        indicator_table(b, code)
        b.h(3, f"2.{i}.3 Wat heeft het gekost?")
        prog_table(b, code)
        variance_text(b, code)

    i = len(d.PROGRAMMES) + 1
    b.h(2, f"2.{i} Algemene dekkingsmiddelen en overhead")
    au = d.TV["0.7"][4]
    ozb = d.TV["0.61"][4] + d.TV["0.62"][4]
    b.p(f"De algemene dekkingsmiddelen bestaan vooral uit de algemene uitkering uit het gemeentefonds en de "
        f"onroerendezaakbelastingen. De algemene uitkering bedroeg in 2029 {eur(au)}; de opbrengst OZB "
        f"(woningen en niet-woningen) was {eur(ozb)}.")
    variance_text(b, "AD")
    variance_text(b, "OH")
    b.p(f"De overheadkosten bedroegen {eur(d.TV['0.4'][3])}. De heffing vennootschapsbelasting kwam uit op "
        f"{eur(d.TV['0.9'][3])}. Het bedrag voor onvoorzien van {eur(d.PRIM2029_K['ONV'][0] * 1000)} is "
        f"in de loop van het jaar ingezet voor de opvang van ontheemden.")

    # ---- 3 Paragrafen -----------------------------------------------------------
    b.h(1, "3 Paragrafen", new_page=True)
    b.h(2, "3.1 Lokale heffingen")
    b.p("De tarieven zijn in 2029 verhoogd met de inflatiecorrectie; de rioolheffing en afvalstoffenheffing "
        "zijn kostendekkend.")
    trows = []
    for lbl, v28, v29, kind in d.TARIEVEN:
        if kind == "pct4":
            c28, c29 = n(v28, 4) + "%", n(v29, 4) + "%"
        else:
            c28, c29 = eur(v28, 2), eur(v29, 2)
        trows.append({"cells": [lbl, c28, c29, n(round((v29 / v28 - 1) * 100, 1), 1) + "%"]})
    for lbl, idx in (("Woonlasten eenpersoonshuishouden", 0), ("Woonlasten meerpersoonshuishouden", 1)):
        w28, w29 = d.WOONLASTEN_2028[idx], d.WOONLASTEN_2029[idx]
        trows.append({"cells": [lbl, eur(w28), eur(w29), n(round((w29 / w28 - 1) * 100, 1), 1) + "%"],
                      "bold": True, "sup": {0: "2"}})
    b.caption("Tarieven en woonlasten")
    b.table([8.0, 2.8, 2.8, 2.2], [["Heffing", "Tarief 2028", "Tarief 2029", "Stijging"]], trows, size=8)
    b.note(f"2) Woonlasten volgens de COELO-definitie: OZB over de gemiddelde WOZ-waarde ({eur(d.WOZ_GEMIDDELD_2028)}"
           f" in 2028, {eur(d.WOZ_GEMIDDELD_2029)} in 2029), rioolheffing en afvalstoffenheffing.")
    orows = []
    sb = sr = 0
    for lbl, begr, src in d.HEFFINGEN_OPBRENGST:
        real = d.heffing_realisatie(src)
        sb, sr = sb + begr, sr + real
        orows.append({"cells": [lbl, n(begr), n(real), vn(real - begr)]})
    orows.append({"cells": ["Totaal", n(sb), n(sr), vn(sr - sb)], "bold": True, "top": True, "fill": TOTAL_FILL})
    b.caption("Opbrengst lokale heffingen (bedragen in euro's)")
    b.table([7.0, 3.0, 3.0, 3.0], [["Heffing", "Begroting 2029", "Rekening 2029", "Verschil"]], orows, size=8)

    b.h(2, "3.2 Weerstandsvermogen en risicobeheersing")
    b.p("Het weerstandsvermogen geeft aan in hoeverre de gemeente financiële tegenvallers kan opvangen zonder "
        "het beleid te hoeven aanpassen. Wij streven naar een weerstandsratio van minimaal 1,4 (waardering "
        "'voldoende').")
    wrows = [
        {"cells": ["Algemene reserve per 31-12-2029", n(d.ALG_RES_3112)]},
        {"cells": ["Onbenutte belastingcapaciteit", n(d.ONBENUTTE_BELASTINGCAPACITEIT)]},
        {"cells": ["Beschikbare weerstandscapaciteit", n(d.WEERSTANDSCAPACITEIT)], "bold": True, "top": True},
        {"cells": ["Benodigde weerstandscapaciteit (risico's)", n(d.BENODIGDE_WEERSTANDSCAPACITEIT)]},
        {"cells": ["Weerstandsratio", n(d.WEERSTANDSRATIO, 2)], "bold": True, "top": True, "fill": TOTAL_FILL},
    ]
    b.caption("Weerstandsvermogen (bedragen in euro's)")
    b.table([10.0, 3.4], [["Onderdeel", "Rekening 2029"]], wrows, size=8)
    b.p(f"Met een ratio van {n(d.WEERSTANDSRATIO, 2)} is het weerstandsvermogen 'ruim voldoende'.")
    krows = [{"cells": [lbl, n(a, 1) + "%", n(bb, 1) + "%", n(c, 1) + "%"]} for lbl, a, bb, c in d.KENGETALLEN]
    b.caption("Financiële kengetallen")
    b.table([8.6, 2.6, 2.6, 2.6], [["Kengetal", "Rekening 2028", "Begroting 2029", "Rekening 2029"]], krows,
            size=8)

    b.h(2, "3.3 Verbonden partijen")
    b.p("Marlevoorde neemt deel in vier gemeenschappelijke regelingen in de regio Groenmeer. De bijdragen "
        "in 2029 waren als volgt.")
    prow = []
    for name, kind, begr, real in d.VERBONDEN_PARTIJEN:
        if kind != "GR":
            continue
        prow.append({"cells": [name, n(begr), n(real)]})
    gr = [v for v in d.VERBONDEN_PARTIJEN if v[1] == "GR"]
    prow.append({"cells": ["Totaal", n(sum(v[2] for v in gr)), n(sum(v[3] for v in gr))], "bold": True,
                 "top": True, "fill": TOTAL_FILL})
    b.caption("Bijdragen aan gemeenschappelijke regelingen (bedragen in euro's)")
    b.table([8.0, 3.4, 3.4], [["Verbonden partij", "Begroting 2029", "Rekening 2029"]], prow, size=8)
    b.p("Daarnaast is Marlevoorde aandeelhouder van Afvalbedrijf Groenmeer NV en de Bank Nederlandse "
        "Gemeenten NV.")

    # ---- 4 Jaarrekening ------------------------------------------------------------------
    b.h(1, "4 Jaarrekening", new_page=True)
    b.p("De jaarrekening is opgesteld volgens het Besluit begroting en verantwoording provincies en gemeenten "
        "(BBV). Het overzicht van baten en lasten staat op de volgende pagina in liggend formaat.")
    b.h(2, "4.1 Balans")
    b.scale()
    brows = [{"cells": ["ACTIVA", "", ""], "bold": True}]
    for lbl, a28, a29 in d.BALANS_ACTIVA[:3]:
        brows.append({"cells": [lbl, n(a29), n(a28)]})
    brows.append({"cells": ["Totaal vaste activa", n(sum(a[2] for a in d.BALANS_ACTIVA[:3])),
                            n(sum(a[1] for a in d.BALANS_ACTIVA[:3]))], "bold": True, "top": True})
    for lbl, a28, a29 in d.BALANS_ACTIVA[3:]:
        brows.append({"cells": [lbl, n(a29), n(a28)]})
    brows.append({"cells": ["Liquide middelen", n(d.LIQUIDE_2029), n(d.LIQUIDE_2028)]})
    brows.append({"cells": ["Totaal vlottende activa",
                            n(sum(a[2] for a in d.BALANS_ACTIVA[3:]) + d.LIQUIDE_2029),
                            n(sum(a[1] for a in d.BALANS_ACTIVA[3:]) + d.LIQUIDE_2028)], "bold": True,
                  "top": True})
    brows.append({"cells": ["Totaal activa", n(d.BALANS_TOTAAL_2029), n(d.BALANS_TOTAAL_2028)], "bold": True,
                  "top": True, "fill": TOTAL_FILL})
    brows.append({"cells": ["PASSIVA", "", ""], "bold": True})
    brows.append({"cells": ["Eigen vermogen (reserves en resultaat)", n(d.EV_2029_K), n(d.EV_2028_K)]})
    for lbl, p28, p29 in d.BALANS_PASSIVA:
        brows.append({"cells": [lbl, n(p29), n(p28)]})
    brows.append({"cells": ["Totaal passiva", n(d.BALANS_TOTAAL_2029), n(d.BALANS_TOTAAL_2028)], "bold": True,
                  "top": True, "fill": TOTAL_FILL})
    b.table([10.4, 3.0, 3.0], [["Balans per 31 december", "31-12-2029", "31-12-2028"]], brows, size=8)

    # landscape: overzicht van baten en lasten
    b.landscape()
    b.h(2, "4.2 Overzicht van baten en lasten")
    b.scale("Bedragen x € 1.000 (negatieve saldi tussen haakjes)")
    cols = ["rek2028", "prim2029", "nawijz2029", "rek2029"]
    header = [[{"text": "Programma / onderdeel", "vspan": 2, "align": LEFT}]
              + sum([[{"text": d.COLUMN_LABELS[c], "span": 3}, None, None] for c in cols], []),
              [None] + ["Lasten", "Baten", "Saldo"] * 4]
    orows = []

    def ob_row(label, rows_per_col, bold=False, fill=None, top=False, sup=None):
        cells = [label]
        for r in rows_per_col:
            cells += [n(r[0]), n(r[1]), br(r[1] - r[0])]
        orows.append({"cells": cells, "bold": bold, "fill": fill, "top": top, "sup": sup or {}})

    for code in d.PROG_CODES:
        ob_row(d.ROW_NAMES[code], [(d.row_k(c, code).lasten, d.row_k(c, code).baten) for c in cols])
    sub = {c: d.total_k(c, d.PROG_CODES) for c in cols}
    ob_row("Subtotaal programma's", [(sub[c].lasten, sub[c].baten) for c in cols], bold=True, top=True)
    for code, _ in d.OTHER_ROWS:
        ob_row(d.ROW_NAMES[code], [(d.row_k(c, code).lasten, d.row_k(c, code).baten) for c in cols],
               sup={0: "3"} if code == "VPB" else None)
    ob_row("Saldo van baten en lasten", [(tot[c].lasten, tot[c].baten) for c in cols], bold=True, top=True,
           fill=TOTAL_FILL)
    ob_row("Toevoegingen aan reserves", [(tot[c].toev, 0) for c in cols])
    ob_row("Onttrekkingen aan reserves", [(0, tot[c].ontt) for c in cols])
    ob_row("Resultaat", [(tot[c].lasten + tot[c].toev, tot[c].baten + tot[c].ontt) for c in cols], bold=True,
           top=True, fill=TOTAL_FILL)
    b.table([6.3] + [1.73] * 12, header, orows, size=7.5)
    b.note("3) De heffing vennootschapsbelasting betreft de grondexploitaties en de parkeergarage.")
    b.p(f"Het resultaat over 2029 bedraagt {eur(d.RESULTAAT_2029_EUR)} voordelig. De toelichting op de "
        "verschillen per programma staat in hoofdstuk 2.", size=8.5)

    b.portrait()
    b.h(2, "4.3 Overzicht reserves")
    b.p("In onderstaand overzicht staat het verloop van de reserves in 2029, in euro's. De bestemming van het "
        "resultaat 2028 is verwerkt conform het raadsbesluit van 26 juni 2029.")
    rs = d.reserve_rows()

    def dash(v: int) -> str:
        return n(v) if v else "-"

    rsrows = []
    for name, kind, s1, best, toev, ontt, s2 in rs:
        rsrows.append({"cells": [name, n(s1), dash(best), dash(toev), dash(ontt), n(s2)],
                       "sup": {0: "4"} if name == "Reserve centrumontwikkeling" else {}})
        if kind == "algemeen":
            pass
    bt = d.reserve_totals("bestemming")
    at = d.reserve_totals()
    rsrows.append({"cells": ["Totaal bestemmingsreserves"] + [n(v) for v in bt], "bold": True, "top": True})
    rsrows.append({"cells": ["Totaal reserves"] + [n(v) for v in at], "bold": True, "top": True, "fill": TOTAL_FILL})
    b.table([5.5, 2.2, 2.2, 2.1, 2.1, 2.5],
            [["Reserve", "Stand 1-1-2029", "Bestemming resultaat 2028", "Toevoegingen", "Onttrekkingen",
              "Stand 31-12-2029"]], rsrows, size=7.5)
    b.note("4) De Reserve centrumontwikkeling wordt ingezet voor het openbaar gebied in het Marktkwartier.")
    b.p(f"Het resultaat 2029 ({eur(d.RESULTAAT_2029_EUR)}) is nog niet aan de reserves toegevoegd; dit gebeurt "
        f"na besluitvorming door de raad over de resultaatbestemming.")

    b.h(2, "4.4 Investeringskredieten")
    b.p("Het overzicht toont de lopende kredieten met de uitgaven tot en met 2029 (bedragen in euro's). "
        "Overschrijdingen staan tussen haakjes.")
    kr = []
    for name, jaar, kred, tm, uit, totu, rest, afsl in d.kredieten_rows():
        kr.append({"cells": [name, str(jaar), n(kred), n(tm), n(uit), n(totu), br(rest), "ja" if afsl else "nee"],
                   "align": [LEFT, CENTER, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, CENTER]})
    kt = d.kredieten_totals()
    kr.append({"cells": ["Totaal", "", n(kt[0]), n(kt[1]), n(kt[2]), n(kt[3]), br(kt[4]), ""], "bold": True,
               "top": True, "fill": TOTAL_FILL,
               "align": [LEFT, CENTER, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, CENTER]})
    b.table([5.0, 0.9, 1.95, 1.95, 1.95, 1.95, 1.85, 1.1],
            [["Investering", {"text": "Jaar", "align": CENTER}, "Krediet", "Uitgaven t/m 2028", "Uitgaven 2029",
              "Totaal uitgaven", "Restant", {"text": "Afsl.", "align": CENTER}]], kr, size=7.5)
    over = [r for r in d.kredieten_rows() if r[6] < 0]
    for name, _j, kred, _t, _u, totu, rest, _a in over:
        b.p(f"Het krediet {name} is overschreden met {eur(-rest)}, vooral door hogere materiaalprijzen. "
            f"Het krediet wordt afgesloten.", size=9)

    b.h(2, "4.5 Overzicht baten en lasten per taakveld")
    b.p("Conform artikel 17, onderdeel d van het BBV geeft onderstaand overzicht de lasten en baten per taakveld "
        "over 2029, in euro's. Een negatief saldo is een nadelig saldo (minteken). De mutaties in reserves "
        "staan op taakveld 0.10; het totaal is gelijk aan het resultaat.")
    groups = {"0": "Bestuur en ondersteuning", "1": "Veiligheid", "2": "Verkeer, vervoer en waterstaat",
              "3": "Economie", "4": "Onderwijs", "5": "Sport, cultuur en recreatie", "6": "Sociaal domein",
              "7": "Volksgezondheid en milieu", "8": "Volkshuisvesting, leefomgeving en stedelijke vernieuwing"}
    tv = list(d.TAAKVELDEN) + [("0.10", "Mutaties reserves", "RES", d.TOT_TOEV_EUR, d.TOT_ONTT_EUR)]

    def tvkey(code):
        major, minor = code.split(".")
        if minor == "10":
            return (int(major), 10, 0)
        return (int(major), int(minor[0]), int(minor[1:] or 0))

    tv.sort(key=lambda t: tvkey(t[0]))
    trows = []
    for g, gname in groups.items():
        members = [t for t in tv if t[0].split(".")[0] == g]
        for code, name, _row, las, bat in members:
            trows.append({"cells": [code, name, n(las), n(bat), n(bat - las)],
                          "align": [LEFT, LEFT, RIGHT, RIGHT, RIGHT]})
        gl, gb = sum(t[3] for t in members), sum(t[4] for t in members)
        trows.append({"cells": ["", f"Subtotaal {g} {gname}", n(gl), n(gb), n(gb - gl)], "bold": True,
                      "top": True, "align": [LEFT, LEFT, RIGHT, RIGHT, RIGHT]})
    tl, tb = sum(t[3] for t in tv), sum(t[4] for t in tv)
    trows.append({"cells": ["", "Totaal", n(tl), n(tb), n(tb - tl)], "bold": True, "top": True,
                  "fill": TOTAL_FILL, "align": [LEFT, LEFT, RIGHT, RIGHT, RIGHT]})
    b.table([1.5, 7.9, 2.4, 2.4, 2.4],
            [[{"text": "Taakveld", "align": LEFT}, {"text": "Omschrijving", "align": LEFT}, "Lasten", "Baten",
              "Saldo"]], trows, size=7.5)
    return b


_DRY: list | None = None


def _headings_only() -> list[tuple[int, str]]:
    """The level-1/2 headings for the TOC, collected by one dry build (whose own TOC is empty)."""
    global _DRY
    if _DRY is None:
        _DRY = []
        _DRY = build(None).headings
    return _DRY


def convert(docx_path: Path, out_dir: Path) -> Path:
    prof = Path(tempfile.mkdtemp(prefix="ad-lo-"))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out_dir), str(docx_path)], check=True, capture_output=True, timeout=300)
    shutil.rmtree(prof, ignore_errors=True)
    return out_dir / (docx_path.stem + ".pdf")


def heading_pages(pdf: Path, headings: list[tuple[int, str]]) -> dict[str, int]:
    txt = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    pages = txt.split("\f")
    found = {}
    for level, text in headings:
        for pi, page in enumerate(pages[2:], start=3):  # skip cover and TOC
            if any(line.strip() == text for line in page.splitlines()):
                found[text] = pi
                break
    return found


def main(out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="ad-docx-"))
    global _DRY
    _DRY = None
    headings = _headings_only()
    pages: dict[str, int] = {}
    for attempt in range(3):
        b = build(pages)
        docx_path = work / "marlevoorde-jaarstukken-2029.docx"
        b.save(docx_path)
        pdf = convert(docx_path, work)
        new_pages = heading_pages(pdf, headings)
        missing = [t for _, t in headings if t not in new_pages]
        if missing:
            raise SystemExit(f"headings not found in PDF: {missing}")
        if new_pages == pages:
            break
        pages = new_pages
    else:
        raise SystemExit("TOC page numbers did not settle")
    shutil.copy(pdf, out / d.MUNI_FILE)
    keep = Path(__file__).parent / "build"  # the intermediate .docx and the TOC page map, for inspection
    keep.mkdir(exist_ok=True)
    shutil.copy(docx_path, keep / "marlevoorde-jaarstukken-2029.docx")
    (keep / "toc_pages.json").write_text(json.dumps(pages, indent=1, ensure_ascii=False), encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    print(f"wrote {out / d.MUNI_FILE} (TOC settled after {attempt + 1} passes)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
