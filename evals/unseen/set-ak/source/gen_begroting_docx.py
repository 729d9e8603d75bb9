"""Gemeente Wervelstede, Programmabegroting 2044: a Word document (python-docx) converted to PDF by LibreOffice.

Written the way a municipality writes its begroting in Word: Heading 1-3 styles, a typed table of contents with dot
leaders and page numbers (two passes: the page numbers are read back from the first PDF), footnotes typed as
superscript numbers with the notes at the end of the section, tables with merged header cells (a two-row header
with 'Meerjarenraming' over three years; a table with 'Lasten' and 'Baten' under each merged year), a long appendix
table in whole euros that breaks over a page with its header row repeated, the scale in the first header cell or in
a line above the table, negatives as '-/-' (Tabel 1) and in brackets (algemene dekkingsmiddelen), a V/N column,
one landscape section (the meerjarenraming).

Usage: python gen_begroting_docx.py OUT_DIR
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import data as d
from fmt import eur, nl_dec, nl_int

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus").resolve()
BLUE = RGBColor(0x1F, 0x4E, 0x79)
TABLE_FONT = 8.5


# ============================================================================================ low-level helpers
def set_cell_shading(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_col_widths(table, widths_cm):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            if i < len(widths_cm):
                cell.width = Cm(widths_cm[i])


def add_page_field(par):
    run = par.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)


class Builder:
    def __init__(self, toc_pages=None):
        self.doc = Document()
        self.toc_pages = toc_pages or {}
        self.tabnr = 0
        self.headings = []            # (level, text) in order, for the table of contents
        self.notes = []               # pending footnotes of the current section
        self.notenr = 0
        self._setup()

    # ------------------------------------------------------------------------------------------- document setup
    def _setup(self):
        doc = self.doc
        st = doc.styles
        st["Normal"].font.name = "Arial"
        st["Normal"].font.size = Pt(10)
        st["Normal"].paragraph_format.space_after = Pt(5)
        st["Normal"].paragraph_format.line_spacing = 1.1
        rpr = st["Normal"].element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), "Arial")
        for lvl, size, before in ((1, 16, 18), (2, 13, 14), (3, 11, 10)):
            h = st[f"Heading {lvl}"]
            h.font.name = "Arial"
            h.font.size = Pt(size)
            h.font.bold = True
            h.font.italic = False
            h.font.color.rgb = BLUE
            h.paragraph_format.space_before = Pt(before)
            h.paragraph_format.space_after = Pt(6)
            h.paragraph_format.keep_with_next = True
            h.paragraph_format.page_break_before = lvl == 1
            hr = h.element.get_or_add_rPr()
            rf = hr.find(qn("w:rFonts"))
            if rf is None:
                rf = OxmlElement("w:rFonts")
                hr.append(rf)
            for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                rf.set(qn(a), "Arial")
            for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
                if rf.get(qn(a)) is not None:
                    del rf.attrib[qn(a)]
        cap = st["Caption"]
        cap.font.name = "Arial"
        cap.font.size = Pt(9)
        cap.font.bold = True
        cap.font.italic = False
        cap.font.color.rgb = RGBColor(0x26, 0x26, 0x26)
        cap.paragraph_format.space_before = Pt(8)
        cap.paragraph_format.space_after = Pt(2)
        cap.paragraph_format.keep_with_next = True
        sec = doc.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.3)
        sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
        sec.different_first_page_header_footer = True
        self._footer(sec)
        cp = doc.core_properties
        cp.title = f"Programmabegroting {d.W_YEAR}"
        cp.author = "Gemeente Wervelstede, team Financiën"
        cp.subject = "Begroting 2044 en meerjarenraming 2045-2047"

    def _footer(self, sec):
        p = sec.footer.paragraphs[0]
        p.text = ""
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run(f"Gemeente Wervelstede | Programmabegroting {d.W_YEAR} | pagina ")
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        add_page_field(p)

    # ------------------------------------------------------------------------------------------- text
    def h(self, level, text):
        self.flush_notes()
        self.doc.add_heading(text, level)
        if level <= 2:
            self.headings.append((level, text))

    def p(self, text, bold=False, italic=False, size=None, align=None, after=None):
        """a paragraph; '^n' after a word makes a superscript footnote mark; '**x**' bold"""
        par = self.doc.add_paragraph()
        for part in re.split(r"(\^\d+|\*\*[^*]+\*\*)", text):
            if not part:
                continue
            if re.fullmatch(r"\^\d+", part):
                r = par.add_run(part[1:])
                r.font.superscript = True
            elif part.startswith("**"):
                r = par.add_run(part[2:-2])
                r.bold = True
            else:
                r = par.add_run(part)
                r.bold = bold or None
                r.italic = italic or None
            if size:
                r.font.size = Pt(size)
        if align == "center":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if after is not None:
            par.paragraph_format.space_after = Pt(after)
        return par

    def bullets(self, items):
        for it in items:
            par = self.doc.add_paragraph(style="List Bullet")
            par.add_run(it)
            par.paragraph_format.space_after = Pt(2)

    def note(self, text):
        """register a footnote; returns the mark to put in the text ('^n')"""
        self.notenr += 1
        self.notes.append((self.notenr, text))
        return f"^{self.notenr}"

    def flush_notes(self):
        if not self.notes:
            return
        par = self.doc.add_paragraph()
        par.add_run("______________").font.size = Pt(8)
        par.paragraph_format.space_after = Pt(0)
        for n, t in self.notes:
            par = self.doc.add_paragraph()
            r = par.add_run(str(n))
            r.font.superscript = True
            r.font.size = Pt(8)
            r2 = par.add_run(" " + t)
            r2.font.size = Pt(8)
            par.paragraph_format.space_after = Pt(1)
        self.notes = []

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------------------------------------- tables
    def table(self, title, head, body, widths, merges=(), scale_line=None, bold_rows=(), group_rows=(),
              italic_rows=(), left_cols=1, repeat=True, center_cols=(), row_height=None):
        """head: list of header rows (texts, '' where a merge continues); body: rows of texts.
        merges: (r0, c0, r1, c1) in table coordinates (header rows first)."""
        self.tabnr += 1
        cap = self.doc.add_paragraph(f"Tabel {self.tabnr} {title}", style="Caption")
        if scale_line:
            sp = self.doc.add_paragraph()
            r = sp.add_run(scale_line)
            r.italic = True
            r.font.size = Pt(8.5)
            sp.paragraph_format.space_after = Pt(2)
            sp.paragraph_format.keep_with_next = True
        ncols = len(widths)
        rows = head + body
        t = self.doc.add_table(rows=len(rows), cols=ncols)
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        t.autofit = False
        nh = len(head)
        for ri, row in enumerate(rows):
            for ci in range(ncols):
                txt = row[ci] if ci < len(row) else ""
                cell = t.cell(ri, ci)
                par = cell.paragraphs[0]
                par.paragraph_format.space_after = Pt(0)
                par.paragraph_format.space_before = Pt(0)
                par.paragraph_format.line_spacing = 1.0
                if txt:
                    run = par.add_run(txt)
                    run.font.size = Pt(TABLE_FONT)
                    if ri < nh or (ri - nh) in bold_rows:
                        run.bold = True
                    if ri >= nh and ((ri - nh) in group_rows or (ri - nh) in italic_rows):
                        run.italic = True
                if ri < nh:
                    par.alignment = WD_ALIGN_PARAGRAPH.LEFT if ci < left_cols else WD_ALIGN_PARAGRAPH.CENTER
                    set_cell_shading(cell, "DCE6F1")
                elif ci >= left_cols and ci not in center_cols:
                    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                elif ci in center_cols:
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if ri >= nh and (ri - nh) in bold_rows:
                    set_cell_shading(cell, "F2F2F2")
        for (r0, c0, r1, c1) in merges:
            a, b = t.cell(r0, c0), t.cell(r1, c1)
            a.merge(b)
        for ri, row in enumerate(t.rows):
            set_cant_split(row)
            if row_height:
                row.height = Cm(row_height)
            if ri < nh and repeat:
                set_repeat_header(row)
        set_col_widths(t, widths)
        after = self.doc.add_paragraph()
        after.paragraph_format.space_after = Pt(2)
        return t

    # ------------------------------------------------------------------------------------------- sections
    def new_section(self, landscape):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        sec.different_first_page_header_footer = False
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.footer.is_linked_to_previous = False
        self._footer(sec)
        return sec

    def save(self, path):
        self.flush_notes()
        self.doc.save(path)


# ============================================================================================ content helpers
Y = d.YEARS
HEAD2 = (["Rekening", "Begroting", "Begroting", "Meerjarenraming", "", ""],
         [str(y) for y in Y])


def two_row_head(first):
    """header: first cell (merged over two rows), Rekening / Begroting / Begroting / Meerjarenraming (over three)"""
    return [[first] + HEAD2[0], [""] + HEAD2[1]], [(0, 0, 1, 0), (0, 4, 0, 6)]


def k(v, neg="-"):
    return nl_int(v, neg)


def pct(v, nd=1):
    return nl_dec(v, nd) + "%"


def prog_nr(p):
    return d.PROGS.index(p) + 1


# ============================================================================================ the document
PROSE = {
    "Sociaal domein": {
        "intro": "Het sociaal domein omvat onderwijs, werk en inkomen, de Wmo, jeugdhulp en volksgezondheid. "
                 "Het grootste deel van de middelen gaat naar wettelijke taken waarvan de omvang afhangt van het "
                 "aantal inwoners dat een beroep doet op ondersteuning.",
        "doelen": ["Inwoners doen mee naar vermogen, bij voorkeur via betaald werk.",
                   "Kinderen en jongeren groeien veilig en gezond op; problemen signaleren we vroeg, zodat zware "
                   "jeugdhulp minder vaak nodig is.",
                   "Inwoners met een ondersteuningsvraag kunnen zo lang mogelijk zelfstandig thuis wonen."],
        "doen": ["We starten het programma vroegsignalering jeugd: bij alle huisartsenpraktijken in Wervelstede, "
                 "Beekvelde en Asselbroek werkt een praktijkondersteuner jeugd.",
                 "We breiden de schuldhulpverlening tijdelijk uit met twee consulenten en benaderen inwoners met "
                 "betalingsachterstanden actief.",
                 "Samen met Werkbedrijf Meerskamp bieden we 60 beschutte werkplekken aan.",
                 "We brengen de wachttijd voor een Wmo-keukentafelgesprek terug naar maximaal vier weken."],
    },
    "Wonen en ruimte": {
        "intro": "Dit programma gaat over ruimtelijke ontwikkeling, wonen, grondexploitatie, economie en de "
                 "milieutaken die Omgevingsdienst Keppelwaard voor ons uitvoert.",
        "doelen": ["Er komen woningen bij die passen bij de vraag, vooral betaalbare huur- en koopwoningen.",
                   "Initiatiefnemers krijgen snel en voorspelbaar duidelijkheid onder de Omgevingswet.",
                   "Ondernemers vinden in Wervelstede ruimte om te groeien."],
        "doen": [f"In Wervelweide starten we de bouw van {d.WONINGEN_WERVELWEIDE} woningen, waarvan 40% sociale "
                 "huur; de grond verwerven we in 2044.",
                 "Met de Reserve woningbouwimpuls versnellen we kleine inbreidingslocaties in de dorpskernen.",
                 "We ronden de tweede fase van de implementatie van de Omgevingswet af met een nieuw omgevingsplan "
                 "voor het buitengebied.",
                 "Omgevingsdienst Keppelwaard verleent de milieuvergunningen en houdt toezicht bij bedrijven."],
    },
    "Openbare ruimte": {
        "intro": "De openbare ruimte omvat wegen, water, groen, riolering, afval, sportaccommodaties en "
                 "begraafplaatsen.",
        "doelen": ["Wegen, groen en riolering zijn veilig en op het afgesproken kwaliteitsniveau B.",
                   "De hoeveelheid restafval daalt naar 100 kg per inwoner in 2047.",
                   "De openbare ruimte is bestand tegen hevige regenval en hitte."],
        "doen": ["We reconstrueren de Stationsweg tot een 30 km-straat met vrijliggend fietspad.",
                 "De nieuwe sporthal Asselbroek opent in het voorjaar van 2045.",
                 "We vervangen de riolering in Beekvelde-Zuid en koppelen daarbij regenwater af.",
                 "We werken de onderhoudsachterstand op wegen in één keer weg met een incidenteel budget."],
    },
    "Bestuur en bedrijfsvoering": {
        "intro": "Dit programma omvat het bestuur, de dienstverlening aan inwoners, openbare orde en veiligheid, de "
                 "brandweer (via Veiligheidsregio Lingehorst) en de overhead van de organisatie.",
        "doelen": ["Inwoners waarderen onze dienstverlening met minimaal een 7.",
                   "Wervelstede is een veilige gemeente, ook in het stationsgebied.",
                   "Onze organisatie is wendbaar en financieel gezond."],
        "doen": ["We digitaliseren het papieren archief (inhaalslag, incidenteel € 240.000).",
                 "We breiden het cameratoezicht in het stationsgebied uit.",
                 "We vervangen de ICT-infrastructuur gefaseerd tot en met 2047."],
    },
}


def build(toc_pages):
    b = Builder(toc_pages)
    doc = b.doc
    # ----------------------------------------------------------------------------------------- cover
    for _ in range(6):
        b.p("")
    b.p("Gemeente Wervelstede", size=22, bold=True, align="center")
    b.p(f"Programmabegroting {d.W_YEAR}", size=28, bold=True, align="center")
    b.p("Begroting 2044 en meerjarenraming 2045-2047", size=13, align="center")
    for _ in range(10):
        b.p("")
    b.p("Aangeboden aan de gemeenteraad op 26 september 2043", size=10, align="center")
    b.p("Vastgesteld in de raadsvergadering van 6 november 2043", size=10, align="center")
    b.page_break()
    # ----------------------------------------------------------------------------------------- table of contents
    b.p("Inhoudsopgave", bold=True, size=16)
    toc_par_index = len(doc.paragraphs)
    width = doc.sections[0].page_width - doc.sections[0].left_margin - doc.sections[0].right_margin
    for level, text in TOC_ENTRIES:
        par = doc.add_paragraph()
        par.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        par.paragraph_format.space_after = Pt(3 if level == 2 else 5)
        if level == 2:
            par.paragraph_format.left_indent = Cm(0.8)
        r = par.add_run(f"{text}\t{toc_pages.get(text, 0)}")
        r.bold = level == 1
    b.page_break()

    # ----------------------------------------------------------------------------------------- 1 Inleiding
    b.h(1, "1 Inleiding")
    n1 = b.note("Inclusief de effecten van de septembercirculaire 2043 van het gemeentefonds.")
    b.p("Voor u ligt de programmabegroting 2044 van de gemeente Wervelstede. De begroting is opgebouwd uit vier "
        "programma's, de algemene dekkingsmiddelen en de verplichte paragrafen. Per programma beantwoorden we drie "
        "vragen: wat willen we bereiken, wat gaan we daarvoor doen en wat mag het kosten.")
    b.p(f"De begroting 2044 sluit met een positief geraamd resultaat{n1} van {eur(d.RESULTAAT[2] * 1000, 0)}. Het "
        f"saldo van baten en lasten is negatief; dat dekken we met onttrekkingen aan reserves, vooral voor "
        f"incidentele uitgaven in het sociaal domein en de openbare ruimte. In 2045 en 2046 ramen we een klein "
        f"tekort; in 2047 is de meerjarenraming weer sluitend.")
    body = [["Inwoners (1 januari 2043)", nl_int(d.W_INWONERS)], ["Woningen (1 januari 2043)", nl_int(d.W_WONINGEN)],
            ["Oppervlakte (hectare)", nl_int(d.W_HECTARE)], ["Kernen", "Wervelstede, Beekvelde, Asselbroek"]]
    b.table("Kerngegevens", [["Kerngegeven", "Aantal"]], body, [6.0, 6.0], left_cols=1)
    b.h(2, "1.1 Financieel beeld")
    b.p(f"Bijna de helft van alle lasten van de gemeente gaat naar het sociaal domein. De totale lasten komen in "
        f"2044 uit op {eur(d.TOT_L[2] * 1000, 0)}. Tabel 1 geeft het overzicht van baten en lasten per programma, "
        f"met de rekening 2042, de begroting 2043 en de meerjarenraming. Negatieve bedragen staan in deze tabel "
        f"als -/-.")
    head, merges = two_row_head("x € 1.000")
    body, bold, group = [], [], []
    body.append(["Lasten"] + [""] * 6)
    group.append(len(body) - 1)
    for p in d.ROWS:
        body.append([p] + [k(v) for v in d.LASTEN[p]])
    body.append(["Totaal lasten"] + [k(v) for v in d.TOT_L])
    bold.append(len(body) - 1)
    body.append(["Baten"] + [""] * 6)
    group.append(len(body) - 1)
    for p in d.ROWS:
        body.append([p] + [k(v) for v in d.BATEN[p]])
    body.append(["Totaal baten"] + [k(v) for v in d.TOT_B])
    bold.append(len(body) - 1)
    body.append(["Saldo van baten en lasten"] + [k(v, "-/-") for v in d.SALDO_BL])
    bold.append(len(body) - 1)
    body.append(["Toevoegingen aan reserves"] + [k(v) for v in d.TOEV])
    body.append(["Onttrekkingen aan reserves"] + [k(v) for v in d.ONTT])
    body.append(["Geraamd resultaat"] + [k(v, "-/-") for v in d.RESULTAAT])
    bold.append(len(body) - 1)
    b.table("Overzicht van baten en lasten", head, body, [4.6] + [2.0] * 6, merges=merges, bold_rows=bold,
            group_rows=group)

    # ----------------------------------------------------------------------------------------- 2 Programmaplan
    b.h(1, "2 Programmaplan")
    for p in d.PROGS:
        nr = prog_nr(p)
        b.h(2, f"2.{nr} Programma {nr} {p}")
        b.p(PROSE[p]["intro"])
        b.h(3, "Wat willen we bereiken?")
        b.bullets(PROSE[p]["doelen"])
        b.h(3, "Wat gaan we daarvoor doen?")
        b.bullets(PROSE[p]["doen"])
        b.h(3, "Wat mag het kosten?")
        if p == "Sociaal domein":
            b.p("De lasten van het sociaal domein stijgen ten opzichte van 2043 met ruim € 2 miljoen. Ongeveer een "
                "derde van de lasten van dit programma betreft inkomensregelingen en participatie (taakvelden 6.3 "
                "tot en met 6.5).")
        head, merges = two_row_head("Programma " + str(nr))
        body = [["Lasten"] + [k(v) for v in d.LASTEN[p]],
                ["Baten"] + [k(v) for v in d.BATEN[p]],
                ["Saldo"] + [k(v) for v in d.SALDO[p]]]
        b.table(f"Wat mag het kosten? {p}", head, body, [4.6] + [2.0] * 6, merges=merges, scale_line="Bedragen x € 1.000",
                bold_rows=[2])
        if p == "Sociaal domein":
            b.p(f"Het saldo van het programma verslechtert ten opzichte van de begroting 2043 met "
                f"{eur(d.VN_TOTAL[0] * 1000, 0)}. De belangrijkste verschillen staan in tabel {b.tabnr + 1}: vooral "
                f"de jeugdhulp (hogere tarieven en meer jeugdigen met maatwerk) en de indexatie van de Wmo drukken "
                f"op het saldo. V = voordelig, N = nadelig.")
            body = [[o, k(a), vn] for o, a, vn in d.VN]
            body.append(["Totaal verschil saldo 2044 ten opzichte van 2043", k(d.VN_TOTAL[0]), d.VN_TOTAL[1]])
            b.table("Verschillen begroting 2044 ten opzichte van begroting 2043, Sociaal domein",
                    [["Omschrijving (x € 1.000)", "Bedrag", "V/N"]], body, [11.0, 2.4, 1.4], bold_rows=[len(body) - 1],
                    center_cols=(2,))
        b.h(3, "Beleidsindicatoren")
        body = []
        for ind, eenh, bron, jaar, w in d.IND[p]:
            body.append([ind, eenh, bron, str(jaar), nl_dec(w, d.IND_DEC[ind])])
        b.table(f"Beleidsindicatoren {p}", [["Indicator", "Eenheid", "Bron", "Jaar", "Waarde"]], body,
                [5.6, 5.0, 2.8, 1.2, 1.8], left_cols=3, center_cols=(3,))
        b.h(3, "Taakvelden")
        body = [[code, naam, k(l), k(bt)] for code, naam, l, bt in d.TV[p]]
        body.append(["", "Totaal programma", k(d.LASTEN[p][2]), k(d.BATEN[p][2])])
        b.table(f"Taakvelden {p} 2044", [["Taakveld", "Omschrijving", "Lasten 2044", "Baten 2044"]], body,
                [1.9, 9.1, 2.6, 2.6], left_cols=2, scale_line="Bedragen x € 1.000", bold_rows=[len(body) - 1])
        if p == "Bestuur en bedrijfsvoering":
            b.p(f"De overhead bedraagt {pct(d.OVERHEAD_PCT)} van de totale lasten. De bijdrage aan Veiligheidsregio "
                f"Lingehorst voor de brandweerzorg is opgenomen in taakveld 1.1.")

    # algemene dekkingsmiddelen
    b.h(2, "2.5 Algemene dekkingsmiddelen en onvoorzien")
    b.p("De algemene dekkingsmiddelen zijn de inkomsten die de gemeente vrij kan besteden: de algemene uitkering "
        "uit het gemeentefonds, de onroerendezaakbelastingen, overige belastingen en het saldo van de "
        "financieringsfunctie. In tabel " + str(b.tabnr + 1) + " staan de netto bedragen; lasten (een negatief "
        "saldo) staan tussen haakjes.")
    body = [[it] + [k(v, "()") for v in d.ADM_NET[it]] for it in d.ADM_ITEMS]
    body.append(["Totaal algemene dekkingsmiddelen"] + [k(v, "()") for v in d.ADM_TOT])
    b.table("Algemene dekkingsmiddelen (netto)", [["x € 1.000"] + d.ADM_COLS], body, [6.2] + [2.1] * 5,
            bold_rows=[len(body) - 1])
    b.p(f"De post onvoorzien bedraagt {eur(d.ONVOORZIEN * 1000, 0)}, ongeveer € 3 per inwoner. De raad beslist over "
        f"de inzet ervan; de post is bedoeld voor uitgaven die onvoorzienbaar, onvermijdbaar en onuitstelbaar zijn.")

    # ----------------------------------------------------------------------------------------- 3 Paragrafen
    b.h(1, "3 Paragrafen")
    b.h(2, "3.1 Lokale heffingen")
    n2 = b.note("De WOZ-waarde voor 2044 heeft als waardepeildatum 1 januari 2043.")
    b.p("De gemeente heft onroerendezaakbelastingen (OZB), afvalstoffenheffing, rioolheffing, toeristenbelasting "
        "en hondenbelasting. De OZB-tarieven stijgen met de inflatie en de lastenverzwaring die de raad bij de "
        "kadernota heeft vastgesteld. De tarieven voor woningen zijn een percentage van de WOZ-waarde" + n2 + ".")
    body = []
    for name, grond, t43, t44, nd, unit in d.TARIEF:
        if unit == "percent":
            body.append([name, grond, nl_dec(t43, nd) + "%", nl_dec(t44, nd) + "%", pct(d.stijging(d.TARIEF_D[name]))])
        else:
            body.append([name, grond, eur(t43, nd), eur(t44, nd), pct(d.stijging(d.TARIEF_D[name]))])
    b.table("Tarieven lokale heffingen", [["Heffing", "Grondslag", "Tarief 2043", "Tarief 2044", "Stijging"]],
            body, [5.6, 3.8, 2.3, 2.3, 1.8], left_cols=2)
    b.p("De afvalstoffenheffing stijgt doordat de verwerkingstarieven van Afvalsamenwerking Dalwolde en de "
        "rijksbelasting op het verbranden van restafval stijgen. De afvalstoffenheffing en de rioolheffing blijven "
        "kostendekkend (100%).")
    body = [[nm] + [k(v) for v in vs] for nm, vs in d.OPBR.items()]
    body.append(["Totaal"] + [k(v) for v in d.OPBR_TOT])
    b.table("Opbrengst lokale heffingen", [["Heffing", "Begroting 2043", "Begroting 2044"]], body, [7.0, 2.6, 2.6],
            scale_line="Bedragen x € 1.000", bold_rows=[len(body) - 1])
    body = [["Gemiddelde WOZ-waarde", eur(d.WOZ[0], 0), eur(d.WOZ[1], 0)],
            ["OZB eigenaar woning", eur(d.WL_OZB[0]), eur(d.WL_OZB[1])],
            ["Afvalstoffenheffing meerpersoonshuishouden", eur(d.WL_AFVAL[0]), eur(d.WL_AFVAL[1])],
            ["Rioolheffing", eur(d.WL_RIOOL[0]), eur(d.WL_RIOOL[1])],
            ["Totaal woonlasten", eur(d.WL_TOT[0]), eur(d.WL_TOT[1])]]
    b.table("Woonlasten meerpersoonshuishouden met een eigen woning", [["Bedragen in €", "2043", "2044"]], body,
            [7.0, 2.6, 2.6], bold_rows=[4])
    b.p(f"Een meerpersoonshuishouden met een woning van gemiddelde waarde betaalt in 2044 ongeveer "
        f"€ {round(d.WL_STIJGING)} meer aan woonlasten dan in 2043.")
    b.h(3, "Kwijtschelding")
    b.p(f"Inwoners met een inkomen op bijstandsniveau kunnen kwijtschelding krijgen van de afvalstoffenheffing en de "
        f"rioolheffing. Wervelstede hanteert de kwijtscheldingsnorm van 100% van de bijstandsnorm. Voor 2044 ramen we "
        f"{eur(d.KWIJTSCHELDING_EUR, 0)} aan kwijtschelding voor circa {d.KWIJTSCHELDING_HH} huishoudens. Voor de "
        f"OZB en de hondenbelasting verlenen we geen kwijtschelding.")

    b.h(2, "3.2 Weerstandsvermogen en risicobeheersing")
    n3 = b.note("De kengetallen zijn berekend volgens de voorschriften van het Besluit begroting en verantwoording "
                "(BBV).")
    b.p("Het weerstandsvermogen is de verhouding tussen de beschikbare en de benodigde weerstandscapaciteit. De "
        "benodigde capaciteit volgt uit de gekwantificeerde risico's. De grootste risico's zijn de stijgende kosten "
        "van jeugdhulp en Wmo (open-einderegelingen), het afzetrisico in de grondexploitatie Wervelweide, een lagere "
        "algemene uitkering uit het gemeentefonds en cyberrisico's.")
    body = [["Algemene reserve (stand 31 december)", k(d.WV_AR[0]), k(d.WV_AR[1])],
            ["Onbenutte belastingcapaciteit", k(d.WV_OBC[0]), k(d.WV_OBC[1])],
            ["Post onvoorzien", k(d.WV_ONV[0]), k(d.WV_ONV[1])],
            ["Beschikbare weerstandscapaciteit", k(d.WV_BESCH[0]), k(d.WV_BESCH[1])],
            ["Benodigde weerstandscapaciteit", k(d.WV_BENOD[0]), k(d.WV_BENOD[1])],
            ["Ratio weerstandsvermogen", nl_dec(d.WV_RATIO[0], 2), nl_dec(d.WV_RATIO[1], 2)]]
    b.table("Weerstandsvermogen", [["x € 1.000", "Begroting 2043", "Begroting 2044"]], body, [7.6, 2.6, 2.6],
            bold_rows=[3, 5])
    b.p(f"Met een ratio van {nl_dec(d.WV_RATIO[1], 2)} is het weerstandsvermogen ruim voldoende (klasse B in de "
        f"waarderingstabel van het Nederlands Adviesbureau voor Risicomanagement).")
    b.p("De financiële kengetallen" + n3 + " geven een beeld van de financiële positie. De netto schuldquote stijgt "
        "tot 2045 door de investeringen in de sporthal Asselbroek en de riolering, en daalt daarna weer.")
    head, merges = two_row_head("Kengetal")
    body = []
    for nm, vs in d.KG.items():
        body.append([nm] + [pct(v) if v is not None else "-" for v in vs])
    b.table("Financiële kengetallen", head, body, [5.6] + [1.85] * 6, merges=merges)

    b.h(2, "3.3 Verbonden partijen")
    b.p("Wervelstede neemt deel in vijf gemeenschappelijke regelingen. De bijdrage aan Omgevingsdienst Keppelwaard "
        "stijgt door de nieuwe taken onder de Omgevingswet; de bijdrage aan Veiligheidsregio Lingehorst door de "
        "vervanging van tankautospuiten.")
    body = [[nm, vorm, k(b43), k(b44), tv] for nm, vorm, b43, b44, tv in d.VP]
    body.append(["Totaal", "", k(sum(x[2] for x in d.VP)), k(sum(x[3] for x in d.VP)), ""])
    b.table("Bijdragen aan verbonden partijen",
            [["Verbonden partij", "Vorm", "Bijdrage 2043", "Bijdrage 2044", "Taakveld"]], body,
            [5.2, 4.4, 2.2, 2.2, 2.0], left_cols=2, bold_rows=[len(body) - 1], scale_line="Bedragen x € 1.000",
            center_cols=(4,))

    # ----------------------------------------------------------------------------------------- 4 Financiële begroting
    b.h(1, "4 Financiële begroting")
    b.h(2, "4.1 Reserves")
    b.p("Het verloop van de reserves in 2044 staat in de tabel hieronder. De onttrekkingen dekken vooral incidentele "
        "lasten in het sociaal domein en de kapitaallasten van eerder gedane investeringen.")
    body = [[r] + [k(v) for v in d.RES[r]] + [k(d.RES_END[r])] for r in d.RES]
    body.append(["Totaal reserves"] + [k(v) for v in d.RES_TOT] + [k(d.RES_TOT_END)])
    b.table("Verloop reserves 2044",
            [["Reserve", "Stand 1-1-2044", "Toevoeging", "Onttrekking", "Stand 31-12-2044"]], body,
            [6.6, 2.4, 2.2, 2.2, 2.6], scale_line="Bedragen x € 1.000", bold_rows=[len(body) - 1])
    b.h(2, "4.2 Incidentele lasten en baten")
    b.p("Het overzicht van incidentele lasten en baten laat zien of de begroting structureel in evenwicht is.")
    body, bold, group = [["Incidentele lasten", "", "", "", "", ""]], [], [0]
    for r in d.INC_L:
        body.append([r[0], r[1]] + [k(v) for v in r[2:]])
    body.append(["Totaal incidentele lasten", ""] + [k(v) for v in d.INC_L_TOT])
    bold.append(len(body) - 1)
    body.append(["Incidentele baten", "", "", "", "", ""])
    group.append(len(body) - 1)
    for r in d.INC_B:
        body.append([r[0], r[1]] + [k(v) for v in r[2:]])
    body.append(["Totaal incidentele baten", ""] + [k(v) for v in d.INC_B_TOT])
    bold.append(len(body) - 1)
    b.table("Incidentele lasten en baten", [["Omschrijving", "Programma", "2044", "2045", "2046", "2047"]], body,
            [6.2, 3.6, 1.6, 1.6, 1.6, 1.6], left_cols=2, scale_line="Bedragen x € 1.000", bold_rows=bold,
            group_rows=group)
    body = [["Geraamd resultaat"] + [k(v) for v in d.RESULTAAT[2:]],
            ["Af: incidentele baten"] + [k(v) for v in d.INC_B_TOT],
            ["Bij: incidentele lasten"] + [k(v) for v in d.INC_L_TOT],
            ["Structureel begrotingssaldo"] + [k(v) for v in d.STRUCT]]
    b.table("Structureel begrotingssaldo", [["x € 1.000", "2044", "2045", "2046", "2047"]], body,
            [7.0, 1.8, 1.8, 1.8, 1.8], bold_rows=[3])
    b.h(2, "4.3 Investeringen")
    b.p(f"In 2044 investeren we bijna € 15 miljoen, vooral in de openbare ruimte. De grootste investering is de "
        f"nieuwbouw van de sporthal Asselbroek.")
    body = [[r[0], r[1]] + [k(v) for v in r[2:]] for r in d.INV]
    body.append(["Totaal investeringen", ""] + [k(v) for v in d.INV_TOT])
    b.table("Investeringsplanning 2044-2047", [["Investering", "Programma", "2044", "2045", "2046", "2047"]], body,
            [6.2, 3.6, 1.6, 1.6, 1.6, 1.6], left_cols=2, scale_line="Bedragen x € 1.000", bold_rows=[len(body) - 1])

    # ----------------------------------------------------------------------------------------- landscape: meerjarenraming
    b.flush_notes()
    b.new_section(landscape=True)
    b.h(2, "4.4 Meerjarenraming")
    b.p("De meerjarenraming toont per programma de lasten en de baten voor 2044 tot en met 2047. In 2045 en 2046 "
        "ramen we een klein tekort, dat we bij de kadernota 2045 oplossen; 2047 sluit met een overschot.")
    yrs = [2044, 2045, 2046, 2047]
    idx = [d.YEARS.index(y) for y in yrs]
    head = [["x € 1.000"] + sum([[str(y), ""] for y in yrs], []),
            [""] + ["Lasten", "Baten"] * 4]
    merges = [(0, 0, 1, 0)] + [(0, 1 + 2 * i, 0, 2 + 2 * i) for i in range(4)]
    body = []
    for p in d.ROWS:
        body.append([p] + sum([[k(d.LASTEN[p][i]), k(d.BATEN[p][i])] for i in idx], []))
    body.append(["Totaal voor mutaties reserves"] + sum([[k(d.TOT_L[i]), k(d.TOT_B[i])] for i in idx], []))
    body.append(["Mutaties reserves"] + sum([[k(d.TOEV[i]), k(d.ONTT[i])] for i in idx], []))
    body.append(["Totaal na mutaties reserves"] + sum([[k(d.TOT_L[i] + d.TOEV[i]), k(d.TOT_B[i] + d.ONTT[i])]
                                                       for i in idx], []))
    b.table("Meerjarenraming 2044-2047 per programma", head, body, [6.4] + [2.4] * 8, merges=merges,
            bold_rows=[len(d.ROWS), len(d.ROWS) + 2])
    b.p("Bij de mutaties reserves staan de toevoegingen onder de lasten en de onttrekkingen onder de baten. Het "
        "verschil tussen de totalen na mutaties reserves is het geraamde resultaat per jaar.")

    # ----------------------------------------------------------------------------------------- appendix (portrait)
    b.new_section(landscape=False)
    b.h(1, "Bijlage 1 Overzicht lasten en baten per taakveld")
    b.p("Deze bijlage geeft de lasten en baten 2044 per taakveld volgens de Iv3-indeling, in hele euro's. Door "
        "afronding kunnen de programmatotalen in de hoofdstukken op duizenden euro's afwijken van de som van de "
        "taakvelden. Taakveld 0.10 bevat de mutaties in de reserves en taakveld 0.11 het geraamde resultaat.")
    b.p("De taakvelden zijn gegroepeerd per hoofdfunctie: 0 Bestuur en ondersteuning, 1 Veiligheid, 2 Verkeer, "
        "vervoer en waterstaat, 3 Economie, 4 Onderwijs, 5 Sport, cultuur en recreatie, 6 Sociaal domein, "
        "7 Volksgezondheid en milieu en 8 Volkshuisvesting, leefomgeving en stedelijke vernieuwing. Per taakveld "
        "staat ook het saldo; een negatief saldo betekent dat de lasten hoger zijn dan de baten.")
    body = []
    for code in d.TV_ORDER:
        l, bt = d.TV_EUR[code]
        body.append([code, d.TV_NAMES[code], nl_int(l), nl_int(bt), nl_int(bt - l)])
    body.append(["", "Totaal", nl_int(d.TV_EUR_TOT[0]), nl_int(d.TV_EUR_TOT[1]),
                 nl_int(d.TV_EUR_TOT[1] - d.TV_EUR_TOT[0])])
    b.table("Lasten en baten per taakveld 2044", [["Taakveld", "Omschrijving", "Lasten", "Baten", "Saldo"]], body,
            [1.9, 7.9, 2.4, 2.4, 2.4], left_cols=2, scale_line="Bedragen in euro's", bold_rows=[len(body) - 1],
            row_height=0.56)
    return b


TOC_ENTRIES = [
    (1, "1 Inleiding"), (2, "1.1 Financieel beeld"),
    (1, "2 Programmaplan")] + [(2, f"2.{i + 1} Programma {i + 1} {p}") for i, p in enumerate(d.PROGS)] + [
    (2, "2.5 Algemene dekkingsmiddelen en onvoorzien"),
    (1, "3 Paragrafen"), (2, "3.1 Lokale heffingen"), (2, "3.2 Weerstandsvermogen en risicobeheersing"),
    (2, "3.3 Verbonden partijen"),
    (1, "4 Financiële begroting"), (2, "4.1 Reserves"), (2, "4.2 Incidentele lasten en baten"),
    (2, "4.3 Investeringen"), (2, "4.4 Meerjarenraming"),
    (1, "Bijlage 1 Overzicht lasten en baten per taakveld"),
]


def convert(docx_path, outdir):
    prof = Path(tempfile.mkdtemp(prefix="ak-lo-"))
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir), str(docx_path)], check=True, capture_output=True, timeout=300)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    return Path(outdir) / (Path(docx_path).stem + ".pdf")


def heading_pages(pdf_path):
    """page of every TOC entry: the first page after the TOC whose text has a line equal to the heading"""
    out = {}
    with pdfplumber.open(str(pdf_path)) as pdf:
        lines = []
        for i, pg in enumerate(pdf.pages):
            txt = pg.extract_text() or ""
            lines.append([re.sub(r"\s+", " ", ln).strip() for ln in txt.splitlines()])
    for _, text in TOC_ENTRIES:
        for pno in range(3, len(lines) + 1):
            if text in lines[pno - 1]:
                out[text] = pno
                break
    return out


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="ak-docx-"))
    try:
        pages = {}
        for attempt in range(4):
            b = build(pages)
            assert len(b.headings) == len(TOC_ENTRIES) and [t for _, t in b.headings] == [t for _, t in TOC_ENTRIES], \
                b.headings
            src = work / "wervelstede-programmabegroting-2044.docx"
            b.save(src)
            pdf = convert(src, work)
            new = heading_pages(pdf)
            missing = [t for _, t in TOC_ENTRIES if t not in new]
            if missing:
                raise SystemExit(f"headings not found in the PDF: {missing}")
            if new == pages:
                break
            pages = new
        else:
            raise SystemExit("table of contents page numbers do not settle")
        shutil.copy(pdf, OUT / d.W_FILE)
        print(f"{d.W_FILE}: {len(pdfplumber.open(str(OUT / d.W_FILE)).pages)} pages, toc {pages}")
    finally:
        if not os.environ.get("AK_KEEP"):
            shutil.rmtree(work, ignore_errors=True)
        else:
            print("kept", work)


if __name__ == "__main__":
    main()
