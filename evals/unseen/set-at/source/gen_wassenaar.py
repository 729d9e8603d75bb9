"""Write the FICTIONAL 'Gemeente Wassenaar, Jaarstukken 2024' as a Word document (python-docx) and let LibreOffice
print it to PDF, so the layout is a word processor's: olive heading bars as in the real Begroting 2024, grid tables
with a grey header row that is repeated when a table runs over a page, captions 'Tabel n.n - ...' above the tables,
small footnotes under some tables, a static table of contents whose page numbers are filled in by a second pass.

Negative numbers: '-1.234' in the programme tables (baten en lasten per programme, 2.5 lasten en baten per taakveld,
7.1 resultaat in euros; the analysis tables print amounts without sign and a V/N column); '(1.234)' in Tabel 7.2
(overzicht van baten en lasten) and Tabel 7.4 (verloop reserves).

Usage: python gen_wassenaar.py CORPUS_DIR
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import data as d
from fmt import k, nk, nl, paren

FONT = "DejaVu Sans"
GREEN = "76923C"
HEADER_FILL = "D9D9D9"
GROUP_FILL = "EBF1DE"
TEXT_W = 16.8  # cm


# ------------------------------------------------------------------------------------------------ docx helpers
def _shd(parent, fill):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    parent.append(shd)


class Doc:
    def __init__(self, toc_pages):
        self.doc = Document()
        self.toc_pages = toc_pages
        self.toc = []
        self.tnum = {}
        st = self.doc.styles["Normal"]
        st.font.name = FONT
        st.font.size = Pt(8.5)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
        st.element.rPr.rFonts.set(qn("w:hAnsi"), FONT)
        st.element.rPr.rFonts.set(qn("w:ascii"), FONT)
        pf = st.paragraph_format
        pf.space_after = Pt(4)
        pf.space_before = Pt(0)
        pf.line_spacing = 1.15
        sec = self.doc.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        sec.left_margin, sec.right_margin = Cm(2.2), Cm(2.0)
        sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
        sec.footer_distance = Cm(1.0)
        self._footer(sec)

    def _footer(self, sec):
        p = sec.footer.paragraphs[0]
        p.paragraph_format.tab_stops.add_tab_stop(Cm(TEXT_W), WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run("Gemeente Wassenaar - Jaarstukken 2024\t")
        r.font.size = Pt(7)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        r2 = p.add_run()
        r2.font.size = Pt(7.5)
        for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
            if kind:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                r2._r.append(fc)
            else:
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = txt
                r2._r.append(it)

    # text
    def para(self, text, bold=False, size=None, italic=False, align=None, after=None, keep=False):
        p = self.doc.add_paragraph()
        self._runs(p, text, bold, size, italic)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if after is not None:
            p.paragraph_format.space_after = Pt(after)
        if keep:
            p.paragraph_format.keep_with_next = True
        return p

    @staticmethod
    def _runs(p, text, bold=False, size=None, italic=False):
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        return r

    def bullets(self, items):
        for it in items:
            p = self.doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.6)
            p.paragraph_format.first_line_indent = Cm(-0.4)
            p.paragraph_format.space_after = Pt(2)
            self._runs(p, "•  " + it)

    def sub(self, text):
        """a bold sub-heading (level 3)"""
        p = self.para(text, bold=True, keep=True, after=2)
        p.paragraph_format.space_before = Pt(6)
        return p

    def bar(self, text, level=1, new_page=False, toc=True):
        p = self.doc.add_paragraph()
        r = self._runs(p, text, bold=True, size=12 if level == 1 else 10)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _shd(p._p.get_or_add_pPr(), GREEN)
        pf = p.paragraph_format
        pf.keep_with_next = True
        pf.space_before = Pt(10 if level == 2 else 0)
        pf.space_after = Pt(8)
        if new_page:
            pf.page_break_before = True
        if toc and level == 1:
            self.toc.append(text)
        return p

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def cap(self, chapter, text):
        self.tnum[chapter] = self.tnum.get(chapter, 0) + 1
        return f"Tabel {chapter}.{self.tnum[chapter]} - {text}"

    # tables
    def table(self, caption, header, rows, widths, footnotes=(), fn_size=7, hsize=8):
        """header: list of header rows (lists of cell texts); rows: (label, values, style) with style in
        '', 'group', 'total'"""
        cap = self.para(caption, size=8, keep=True, after=3)
        cap.paragraph_format.space_before = Pt(6)
        ncol = len(widths)
        t = self.doc.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        t.autofit = False
        grid = t._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w * 567)))
        for hr in header:
            row = t.add_row()
            trPr = row._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader")
            th.set(qn("w:val"), "true")
            trPr.append(th)
            self._cant_split(row)
            for j, (c, txt) in enumerate(zip(row.cells, hr)):
                self._cell(c, txt, widths[j], bold=True, right=j > 0, fill=HEADER_FILL, size=hsize)
        for label, vals, style in rows:
            row = t.add_row()
            self._cant_split(row)
            fill = GROUP_FILL if style == "group" else None
            cells = [label] + list(vals) + [""] * (ncol - 1 - len(vals))
            for j, (c, txt) in enumerate(zip(row.cells, cells)):
                self._cell(c, txt, widths[j], bold=style in ("group", "total"), right=j > 0, fill=fill)
        last = None
        for fn in footnotes:
            last = self.para(fn, size=fn_size, after=1)
        sp = self.doc.add_paragraph()
        sp.paragraph_format.space_after = Pt(2)
        return last

    @staticmethod
    def _cant_split(row):
        trPr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit")
        cs.set(qn("w:val"), "true")
        trPr.append(cs)

    def _cell(self, c, txt, w, bold=False, right=False, fill=None, size=8):
        c.width = Cm(w)
        p = c.paragraphs[0]
        p.paragraph_format.space_after = Pt(1)
        p.paragraph_format.line_spacing = 1.0
        if right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if txt:
            self._runs(p, txt, bold=bold, size=size)
        if fill:
            _shd(c._tc.get_or_add_tcPr(), fill)

    # table of contents (static, numbers from the previous pass)
    def toc_block(self, entries):
        for level, text in entries:
            p = self.doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(TEXT_W), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            p.paragraph_format.space_after = Pt(2)
            if level == 2:
                p.paragraph_format.left_indent = Cm(0.4)
            pg = self.toc_pages.get(text)
            self._runs(p, f"{text}\t{pg if pg else ''}", bold=level == 0)


# ------------------------------------------------------------------------------------------------ content
NUMW = [6.4, 2.6, 2.6, 2.6, 2.6]
SCALE_HDR = '( "-"= nadeel / "+"= voordeel ) bedragen x € 1.000'
PROG_NO = {p: i + 1 for i, p in enumerate(d.PROGS)}


def vk(v):
    """euros -> '-1.234' (programme tables)"""
    return nk(v)


def baten_lasten_table(D, p):
    n = PROG_NO[p]
    B, L, O, T = d.W_BATEN[p], d.W_LASTEN[p], d.W_ONTTR[p], d.W_TOEV[p]
    S, M, R = d.W_SALDO[p], d.W_MUT[p], d.W_RESULT[p]
    rows = []
    for label, t in (("Baten", B), ("Lasten", L), ("Saldo van baten en lasten", S), ("Onttrekking reserves", O),
                     ("Toevoeging reserves", T), ("Mutaties reserves", M), ("Resultaat", R)):
        vals = [vk(t[0]), vk(t[1]), vk(t[2]), nl(k(t[2] - t[1]))]
        rows.append((label, vals, "total" if label in ("Saldo van baten en lasten", "Resultaat") else ""))
    D.table(D.cap(n, f"Baten en lasten {p}"),
            [[SCALE_HDR, "Begroting 2024 primitief", "Begroting 2024 na wijziging", "Rekening 2024", "Verschil"]],
            rows, NUMW)


def analyse_table(D, p):
    n = PROG_NO[p]
    rows = []
    for lab, a, i_s in d.W_ANALYSE[p]:
        rows.append((lab, [nl(abs(a)), "V" if a >= 0 else "N", i_s], ""))
    tot = d.W_VERSCHIL_SALDO_K[p]
    rows.append(("Totaal verschil saldo van baten en lasten", [nl(abs(tot)), "V" if tot >= 0 else "N", ""], "total"))
    D.table(D.cap(n, f"Analyse afwijkingen {p} (bedragen x € 1.000)"),
            [["Omschrijving", "Bedrag", "V/N", "I/S"]], rows, [11.4, 2.4, 1.5, 1.5])


def resultaten_table(D, p, items):
    n = PROG_NO[p]
    D.table(D.cap(n, f"Resultaten 2024 {p}"), [["Resultaat", "Status"]],
            [(a, [b], "") for a, b in items], [12.8, 4.0])


def effect_table(D, p, rows, footnotes=()):
    D.sub("Effectindicatoren")
    D.table(D.cap(PROG_NO[p], f"Effectindicatoren {p}"),
            [["Effectindicator", "Peilwaarde", "Streefwaarde 2024", "Realisatie 2024"]],
            [(a, [b, c, e], "") for a, b, c, e in rows], [8.0, 2.9, 2.9, 3.0], footnotes=footnotes)


def invest_table(D, p):
    rows = [(n, [nl(kr), nl(a), nl(b), nl(r)], "") for n, kr, a, b, r in d.W_INV[p]]
    tot = [sum(x[i] for x in d.W_INV[p]) for i in range(1, 5)]
    rows.append(("Totaal", [nl(x) for x in tot], "total"))
    D.sub("Investeringen")
    D.table(D.cap(PROG_NO[p], f"Investeringen {p} (bedragen in €)"),
            [["Investering", "Beschikbaar gesteld krediet", "Uitgaven t/m 2023", "Uitgaven 2024",
              "Restant krediet"]], rows, [6.4, 2.6, 2.6, 2.6, 2.6])


def item_text(D, label, a, i_s, text):
    D.sub(f"{label} (€ {nl(abs(a) * 1000)} {'voordelig' if a >= 0 else 'nadelig'}, "
          f"{'incidenteel' if i_s == 'I' else 'structureel'})")
    D.para(text)


def analysis_texts(D, p, texts):
    for (lab, a, i_s), txt in zip(d.W_ANALYSE[p], texts):
        if txt:
            item_text(D, lab, a, i_s, txt)


def build(toc_pages):
    D = Doc(toc_pages)
    # ---------------------------------------------------------------------------------------------- cover
    D.para("", after=120)
    D.para("JAARSTUKKEN 2024", bold=True, size=26)
    D.para("Jaarverslag en jaarrekening", size=14, after=30)
    D.para("Colofon:   uitgave Wassenaar", size=9, after=1)
    D.para("           mei 2025", size=9, after=40)
    D.para("Fictief document: deze jaarstukken zijn opgesteld voor een evaluatieset. De realisatiecijfers zijn "
           "verzonnen; alleen de kolom 'Begroting 2024 primitief' volgt de gepubliceerde Begroting 2024.", size=7,
           italic=True)
    # ---------------------------------------------------------------------------------------------- toc
    D.bar("INHOUDSOPGAVE", new_page=True, toc=False)
    toc = [(0, "Jaarverslag")]
    toc += [(2, x) for x in ("Inleiding", "Kerngegevens", "Leeswijzer")]
    toc += [(2, p) for p in d.PROGS]
    toc += [(2, "Paragraaf Verbonden partijen"), (2, "Paragraaf Lokale heffingen"), (2, "Paragraaf Financiële kengetallen"), (0, "Jaarrekening")]
    toc += [(2, x) for x in ("Resultaat 2024", "Overzicht van baten en lasten", "Balans per 31 december 2024",
                             "Verloop van de reserves")]
    D.toc_block(toc)

    # ---------------------------------------------------------------------------------------------- inleiding
    R = d.W_TOT_RESULT
    D.bar("Inleiding", new_page=True)
    D.para("Beste Wassenaarders,")
    D.para("Voor u liggen de jaarstukken 2024. Hierin legt het college verantwoording af over wat wij in 2024 hebben "
           "bereikt, wat wij daarvoor hebben gedaan en wat het heeft gekost. De jaarstukken bestaan uit het "
           "jaarverslag, met de programmaverantwoording en de paragraaf financiële kengetallen, en de jaarrekening "
           "met het overzicht van baten en lasten, de balans en het verloop van de reserves.")
    D.para(f"De jaarrekening 2024 sluit met een positief resultaat van € {nl(R[2])}. Dat is € {nl(R[2] - R[1])} meer "
           f"dan in de begroting na wijziging was voorzien. Het voordeel ontstaat vooral doordat de sanering van de "
           f"gemeentewerf later start, de algemene uitkering uit het gemeentefonds hoger uitviel en de kosten van de "
           f"ontvlechting van het sociaal domein met Voorschoten deels pas in 2025 worden gemaakt. Daar staat "
           f"tegenover dat de kosten van de jeugdhulp en de Wmo opnieuw hoger waren dan begroot.")
    D.para("Het jaar 2024 stond in het teken van de ingebruikname van de multifunctionele sporthal aan de Dr. "
           "Mansveltkade, de verdere ontwikkeling van het Sociaal Team Wassenaar en de voorbereiding van de "
           "woningbouw op de locaties Den Deijl, Gemeentewerf, Kerkehout en ANWB. Ook vingen wij opnieuw Oekraïense "
           "ontheemden op.")
    D.para("Wij stellen de raad voor het resultaat als volgt te bestemmen: € 500.000 toevoegen aan de BR uitvoering "
           f"Sociaal domein voor de uitvoering van de Hervormingsagenda Jeugd en het restant van € {nl(R[2] - 500_000)} "
           "toevoegen aan de algemene reserve (vrij besteedbaar).")
    D.para("Met hartelijke groet,", after=1)
    D.para("Namens het College van burgemeester en wethouders,", after=10)
    D.para("Wethouder Financiën, Economie en Sport")

    D.bar("Kerngegevens", new_page=True)
    D.para("De kerngegevens geven een beeld van de gemeente Wassenaar aan het begin en het einde van het "
           "verslagjaar.")
    D.table(D.cap(1, "Kerngegevens gemeente Wassenaar"), [["Omschrijving", "1 januari 2024", "1 januari 2025"]],
            [(a, [nl(b), nl(c)], "") for a, b, c in d.W_KERN], [10.8, 3.0, 3.0])
    D.bar("Leeswijzer", level=1)
    D.para("De kern van het jaarverslag bestaat uit de verantwoording over de vijf programma's uit de begroting 2024:")
    D.bullets([f"Programma {i + 1}: {p[3:]}" for i, p in enumerate(d.PROGS)])
    D.para("Ieder programma is op dezelfde manier opgebouwd. Onder 'Wat hebben we bereikt?' staan de doelstellingen "
           "uit de begroting, de status van de belangrijkste resultaten en een toelichting. Onder 'Wat heeft het "
           "gekost?' staan de baten en lasten van het programma en een analyse van de afwijkingen.")
    D.sub("Kolommen in de financiële tabellen")
    D.bullets([
        "Begroting 2024 primitief: de begroting 2024 zoals de raad die op 7 november 2023 heeft vastgesteld, inclusief "
        "de aangenomen amendementen;",
        "Begroting 2024 na wijziging: de primitieve begroting inclusief alle begrotingswijzigingen van 2024 "
        "(voorjaarsnota, najaarsnota en afzonderlijke raadsbesluiten);",
        "Rekening 2024: de werkelijke baten en lasten over 2024;",
        "Verschil: Rekening 2024 min Begroting 2024 na wijziging."])
    D.para(f"Bij de vaststelling van de begroting 2024 op 7 november 2023 heeft de raad het amendement "
           f"Verkeersveiligheid schoolroutes aangenomen. Daarmee is € {nl(d.AMENDEMENT)} structureel toegevoegd aan de "
           f"lasten van programma 5, gedekt door een lagere raming in programma 3. De kolom 'Begroting 2024 "
           f"primitief' wijkt daardoor voor deze twee programma's af van de gepubliceerde begroting 2024.")
    D.sub("Tekenconventie")
    D.para('In de tabellen van de programma\'s geldt ( "-"= nadeel / "+"= voordeel ): baten en onttrekkingen aan '
           'reserves zijn positief, lasten en toevoegingen aan reserves negatief. Een negatief verschil is dus een '
           'nadeel. In het overzicht van baten en lasten (tabel 7.2) en in het verloop van de reserves (tabel 7.4) '
           'staan negatieve bedragen tussen haakjes. Alle bedragen in de tabellen zijn x € 1.000, tenzij anders '
           'vermeld; door afronding kunnen totalen afwijken van de som van de posten.')

    # ---------------------------------------------------------------------------------------------- programmes
    D.bar(d.P1, new_page=True)
    D.bar("Wat hebben we bereikt?", level=2)
    D.sub("Visie")
    D.para("Wassenaar is een veilige gemeente om in te wonen, te werken en te recreëren. De gemeente werkt daarvoor samen met de politie, de Veiligheidsregio Haaglanden, het Openbaar Ministerie en de inwoners, en zet in op preventie waar het kan en handhaving waar het moet.")
    D.sub("Doelstellingen")
    D.bullets(["1. Stellen van veiligheidsprioriteiten;", "2. Handhaving van de openbare orde;",
               "3. Kunnen inspelen op thema's als omgaan met onbegrepen gedrag en meervoudig sociale problematiek;",
               "4. Behouden van noodzakelijke hulpdienstverleningsorganisaties voor en binnen de gemeente Wassenaar;",
               "5. Bestrijden van ondermijnende criminaliteit;",
               "6. Het mogelijk maken van evenementen door mee te denken en duidelijke kaders te bieden."])
    resultaten_table(D, d.P1, [
        ("1.1 Uitgevoerd jaarplan 2024 integraal veiligheidsbeleid", "Gerealiseerd"),
        ("2.1 Opgestelde visie en handhavingsplan openbare orde", "Deels gerealiseerd"),
        ("2.2 Inspecteurs openbare ruimte en boa's zijn waar nodig actief", "Gerealiseerd"),
        ("3.1 De Lokale Kamer Zorg en Veiligheid is doorontwikkeld", "Gerealiseerd"),
        ("5.1 Bewustwordingscampagne ondermijning uitgevoerd", "Gerealiseerd"),
        ("6.1 Evenementenkader geactualiseerd", "Doorgeschoven naar 2025")])
    D.sub("Toelichting")
    D.para("Het jaarplan integraal veiligheidsbeleid is uitgevoerd. De prioriteiten woninginbraken, ondermijning en "
           "jeugdoverlast kregen extra aandacht. De Lokale Kamer Zorg en Veiligheid is doorontwikkeld: de "
           "regiefunctionaris en de uitvoeringscoördinator zijn aangesteld en de lokale kamer besprak in 2024 "
           "38 casussen van inwoners met meervoudige problematiek en onbegrepen gedrag.")
    D.para("Het handhavingsplan openbare orde is in concept gereed; de vaststelling volgt in het eerste kwartaal van "
           "2025. De actualisatie van het evenementenkader is doorgeschoven naar 2025, omdat eerst de ervaringen met "
           "het nieuwe strandbeleid aan de Wassenaarse Slag worden meegenomen.")
    D.bar("Wat heeft het gekost?", level=2)
    baten_lasten_table(D, d.P1)
    analyse_table(D, d.P1)
    D.sub("Toelichting afwijkingen")
    analysis_texts(D, d.P1, [
        "De Veiligheidsregio Haaglanden heeft de bijdrage over 2023 nagecalculeerd. De hogere loon- en prijsstijging "
        "leidde tot een extra bijdrage die in 2024 is betaald.",
        "Het aantal opgelegde bestuurlijke strafbeschikkingen voor overlast en afval lag hoger dan verwacht.",
        "Tijdens de zomer en bij grote evenementen zijn extra boa's ingehuurd voor toezicht aan de Wassenaarse Slag.",
        None])

    # ---- P2
    invest_table(D, d.P1)

    D.bar(d.P2, new_page=True)
    D.bar("Wat hebben we bereikt?", level=2)
    D.sub("Visie")
    D.para("Wassenaar is een inclusieve gemeente, waar iedereen prettig kan leven. Een plek waar onze kinderen gezond en veilig kunnen opgroeien en waar onze ouderen langer vitaal kunnen blijven. De gemeente, inwoners en maatschappelijke instellingen ondersteunen elkaar; een integrale en efficiënte samenwerking is daarvoor een voorwaarde.")
    D.sub("Doelstellingen")
    D.bullets(["1. Een sterk maatschappelijk middenveld; focus op preventie",
               "2. Sociaal Team Wassenaar; integrale samenwerking in het sociaal domein",
               "3. Jeugdbeleid; betrokkenheid van de jeugd vergroten",
               "4. Subsidie- en inkoopbeleid; optimalisatie subsidies en inkoop voor zowel gemeente als ketenpartners",
               "5. Inclusie; iedereen doet mee in Wassenaar",
               "6. Sport en cultuur; lichamelijke en geestelijke gezondheid en verbinding tussen de inwoners",
               "7. Gezondheidszorg; voldoende gezondheidszorg voor de inwoners in en om Wassenaar"])
    resultaten_table(D, d.P2, [
        ("1.1 Een vastgesteld nieuw Beleidsplan Sociaal Domein", "Gerealiseerd"),
        ("1.4 Opgesteld advies over respijtzorg", "Gerealiseerd"),
        ("1.6 Opgesteld herzien minimabeleid", "Deels gerealiseerd"),
        ("2.1 Het Sociaal Team Wassenaar is duidelijk vindbaar als spil in de Wassenaarse zorg", "Gerealiseerd"),
        ("3.1 Gestart met het opstellen van breed gedragen jeugdbeleid", "Gerealiseerd"),
        ("3.2 Evaluatie uitgevoerd naar pilot Jongerenwerk", "Gerealiseerd"),
        ("4.1 Gestart met actualisatie subsidie- en inkoopbeleid", "Gerealiseerd"),
        ("5.1 Een uitgewerkt actieplan lokale inclusieagenda", "Deels gerealiseerd"),
        ("6.4 Opgestelde Sportvisie", "Gerealiseerd"),
        ("7. Inzet gepleegd op voldoende huisartsenzorg in Wassenaar", "Deels gerealiseerd")])
    D.sub("Toelichting")
    D.para("Het Beleidsplan Sociaal Domein 'Samen gezond in Wassenaar' is in juni 2024 door de raad vastgesteld. Het "
           "plan legt de nadruk op preventie, positieve gezondheid en het versterken van de sociale basis in de "
           "buurtcentra de Plantaan, de Oosthof en de Peppel.")
    D.para(f"Het Sociaal Team Wassenaar (STW) is de spil in de Wassenaarse zorg. Het STW voerde in 2024 "
           f"{nl(d.W_KEUKENTAFEL)} keukentafelgesprekken en nam het nieuwe registratiesysteem in gebruik. In 2024 "
           f"ontvingen {d.W_JEUGD_JONGEREN} jeugdigen jeugdhulp. Het STW is versterkt met een gedragswetenschapper, "
           f"zodat meer hulpvragen lokaal kunnen worden opgepakt.")
    D.para(f"De uitvoering van het beleidsplan Re-integratie en Participatie 'Opstap naar werk' heeft effect gehad: "
           f"het aantal bijstandsuitkeringen daalde van {d.W_BIJSTAND[0]} op 1 januari naar {d.W_BIJSTAND[1]} op 31 "
           f"december 2024. De evaluatie van het minimabeleid is afgerond; het herziene beleidskader volgt in 2025.")
    D.para(f"Gemiddeld vingen wij in 2024 {d.W_OEKRAINE} Oekraïense ontheemden op in gemeentelijke opvanglocaties en "
           f"bij particulieren. De kosten worden via een specifieke uitkering door het Rijk vergoed.")
    D.para(f"De multifunctionele sporthal aan de Dr. Mansveltkade is in september 2024 in gebruik genomen en trok tot "
           f"de jaarwisseling {nl(d.W_SPORTHAL_BEZ)} bezoekers. De nieuwe sportvisie is in november 2024 vastgesteld.")
    effect_table(D, d.P2, d.W_EFFECT,
                 footnotes=["*Percentage van de volwassenen 19+ met een hoge eenzaamheidsscore"])
    D.bar("Wat heeft het gekost?", level=2)
    baten_lasten_table(D, d.P2)
    analyse_table(D, d.P2)
    D.sub("Toelichting afwijkingen")
    analysis_texts(D, d.P2, [
        "De kosten van jeugdhulp met verblijf en van de specialistische jeugd-ggz stegen doordat meer jeugdigen "
        "langdurig hulp nodig hadden en de tarieven van de regionale inkoop via het Servicebureau Jeugdhulp "
        "Haaglanden per 1 januari 2024 met 7,2% stegen. De lasten per taakveld staan in tabel 2.5.",
        "Het aantal inwoners met hulp bij het huishouden en begeleiding nam toe, vooral onder 75-plussers. Het "
        "abonnementstarief in de Wmo maakt de voorzieningen aantrekkelijker voor inwoners met een hoger inkomen.",
        "De definitieve rijksbijdrage voor de bijstandsuitkeringen (BUIG) 2024 viel hoger uit dan de voorlopige "
        "toekenning, terwijl het aantal uitkeringen daalde.",
        "Het Rijk heeft de normbedragen voor de opvang van Oekraïense ontheemden verhoogd; de hogere vergoeding dekt "
        "ook kosten die al in 2023 zijn gemaakt.",
        "De sporthal is later in gebruik genomen dan gepland, waardoor de instandhoudingsvergoeding aan Kieviten "
        "Sporthal Beheer BV over een korter deel van het jaar is betaald.",
        None])
    D.sub("Lasten en baten per taakveld")
    D.para("De tabel geeft de lasten en baten van programma 2 per taakveld. Lasten zijn negatief, baten positief.")
    tvrow = lambda n, v: (n, [vk(v[0]), vk(v[1]), vk(v[2]), nl(k(v[2] - v[1]))], "")
    L2, B2 = d.W_LASTEN[d.P2], d.W_BATEN[d.P2]
    D.table(D.cap(2, f"Lasten en baten per taakveld {d.P2}"),
            [[SCALE_HDR, "Begroting 2024 primitief", "Begroting 2024 na wijziging", "Rekening 2024", "Verschil"]],
            [("Lasten", [], "group")] + [tvrow(n, v) for n, v in d.W_TV.items()]
            + [("Totaal lasten", [vk(L2[0]), vk(L2[1]), vk(L2[2]), nl(k(L2[2] - L2[1]))], "total")]
            + [("Baten", [], "group")] + [tvrow(n, v) for n, v in d.W_TVB.items()]
            + [("Totaal baten", [vk(B2[0]), vk(B2[1]), vk(B2[2]), nl(k(B2[2] - B2[1]))], "total")],
            NUMW, footnotes=["De kolom Begroting 2024 primitief is gelijk aan tabel 12.5 van de begroting 2024, "
                             "afgerond op duizenden euro's."])
    invest_table(D, d.P2)
    D.sub("Verbonden partijen")
    D.para("Voor de uitvoering van programma 2 werkt Wassenaar samen in de gemeenschappelijke regelingen "
           "Servicebureau Jeugdhulp Haaglanden (inkoop jeugdhulp), GGD Haaglanden en Veilig Thuis Haaglanden en het "
           "Werkvoorzieningsschap Kust-, Duin- en Bollenstreek (KDB). De bijdragen staan in de paragraaf verbonden "
           "partijen.")

    # ---- P3
    D.bar(d.P3, new_page=True)
    D.bar("Wat hebben we bereikt?", level=2)
    D.sub("Visie")
    D.para("Een financieel gezonde gemeente met een betrouwbaar bestuur en een dienstverlening waarmee inwoners en ondernemers zich geholpen voelen. Na de ontvlechting met Voorschoten bouwt Wassenaar verder aan een eigen, wendbare ambtelijke organisatie.")
    D.sub("Doelstellingen")
    D.bullets(["1. De gemeente houdt de financiën op orde met een structureel sluitende begroting",
               "2. Ontwikkeling van de jonge ambtelijke organisatie door de ingeslagen weg na de ontvlechting voort "
               "te zetten",
               "3. Inwoners en ondernemers voelen zich geholpen en gesteund door de gemeente",
               "4. De gemeente heeft alleen vastgoed in eigendom, als er een duidelijk maatschappelijk belang is",
               "5. Een gerestaureerde en als bestuurscentrum ingerichte De Paauw"])
    resultaten_table(D, d.P3, [
        ("2.1 VNG-trainees zijn ingezet voor de organisatie", "Gerealiseerd"),
        ("2.2 De werkzaamheden voor het sociaal domein worden door Wassenaar zelfstandig opgepakt",
         "Deels gerealiseerd"),
        ("2.3 Plan van Aanpak bestuurscultuur is opgesteld", "Gerealiseerd"),
        ("3.1 Paspoortpiek goed doorgekomen", "Gerealiseerd"),
        ("4.1 Kostendekkende huren zijn ingevoerd", "Deels gerealiseerd"),
        ("4.2 Beheersysteem vastgoed en gronden aangekocht", "Gerealiseerd")])
    D.sub("Toelichting")
    D.para("De ontvlechting van het sociaal domein met Voorschoten is grotendeels afgerond. De overdracht van de "
           "laatste dossiers en de inrichting van de eigen informatievoorziening lopen door tot in 2025. De "
           "paspoortpiek is goed opgevangen met extra avondopenstellingen. Het nieuwe financiële systeem is per 1 "
           "januari 2025 in gebruik genomen.")
    effect_table(D, d.P3, d.W_EFFECT_P[d.P3])
    D.bar("Wat heeft het gekost?", level=2)
    baten_lasten_table(D, d.P3)
    analyse_table(D, d.P3)
    D.sub("Toelichting afwijkingen")
    analysis_texts(D, d.P3, [
        "De decembercirculaire 2024 leverde een hogere algemene uitkering op, onder meer door de hogere "
        "accressen en de compensatie voor de loon- en prijsontwikkeling.",
        "Na de herwaardering zijn minder bezwaren tegen de WOZ-waarde van niet-woningen gegrond verklaard.",
        "De kosten van de ontvlechting van het sociaal domein met Voorschoten vallen deels in 2025, omdat de "
        "overdracht van de informatievoorziening later plaatsvindt.",
        None, None, None])

    # ---- P4
    invest_table(D, d.P3)

    D.bar(d.P4, new_page=True)
    D.bar("Wat hebben we bereikt?", level=2)
    D.sub("Visie")
    D.para("Wassenaar blijft een groen dorp met een eigen karakter, waar voldoende en passende woningen zijn voor jong en oud en waar het rijke erfgoed wordt gekoesterd.")
    D.sub("Doelstellingen")
    D.bullets(["1. Woningen realiseren op de 4 woningbouwlocaties Den Deijl, Gemeentewerf, Kerkehout en ANWB",
               "2. De Omgevingsvisie voor Wassenaar en gebiedsuitwerkingen zijn klaar",
               "3. De Wassenaarse schoolgebouwen op zijn minst naar BENG-niveau brengen",
               "4. Betere inzet op behoud en toekomstbestendig maken van het erfgoed",
               "5. Meer adequaat toezicht en handhaving voor het behoud van erfgoedwaarden"])
    resultaten_table(D, d.P4, [
        ("1.1 Opgestelde Regionale en Lokale Woonzorgvisies", "Gerealiseerd"),
        ("1.3 Opgestelde en ondertekende jaarschijf prestatieafspraken 2025", "Gerealiseerd"),
        ("1.8 Opgesteld Bestemmingsplan en Beeldkwaliteitsplan voor de ANWB-locatie", "Deels gerealiseerd"),
        ("1.10 Opgesteld ruimtelijk plan voor de realisatie van een nieuwe gemeentewerf", "Deels gerealiseerd"),
        ("2.1 Omgevingsvisie vastgesteld", "Doorgeschoven naar 2025")])
    D.sub("Toelichting")
    D.para("In 2024 zijn 46 woningen opgeleverd, waarvan 18 sociale huurwoningen. De prestatieafspraken 2025 met de "
           "woningcorporaties en huurdersorganisaties zijn in december 2024 ondertekend. Het ruimtelijk plan voor de "
           "nieuwe gemeentewerf is in voorbereiding; de vaststelling van de Omgevingsvisie is doorgeschoven naar 2025.")
    effect_table(D, d.P4, d.W_EFFECT_P[d.P4])
    D.bar("Wat heeft het gekost?", level=2)
    baten_lasten_table(D, d.P4)
    analyse_table(D, d.P4)
    D.sub("Toelichting afwijkingen")
    analysis_texts(D, d.P4, [
        f"De sanering van de grond van de gemeentewerf is doorgeschoven naar 2025, omdat de aanvullende "
        f"bodemonderzoeken meer tijd kostten dan voorzien. Daardoor is € {nl(d.SANERING)} niet uitgegeven; de "
        f"geplande onttrekking aan de algemene reserve is om dezelfde reden niet gedaan.",
        "Er zijn meer en grotere aanvragen voor omgevingsvergunningen ingediend, onder meer voor de herstructurering "
        "van Oostdorp.",
        "Voor de invoering van de Omgevingswet was minder externe inhuur nodig dan begroot.",
        None])

    # ---- P5
    invest_table(D, d.P4)

    D.bar(d.P5, new_page=True)
    D.bar("Wat hebben we bereikt?", level=2)
    D.sub("Visie")
    D.para("Een schoon, heel en veilig Wassenaar met een levendige dorpskern, een duurzaam familiestrand en een openbare ruimte die klaar is voor de toekomst.")
    D.sub("Doelstellingen")
    D.bullets(["1. Behoud en de versterking van de identiteit en kwaliteiten van Wassenaar op het gebied van cultuur-, "
               "natuur- en landschapswaarden",
               "2. Een openbare ruimte die schoon, heel en veilig is met minimale oneffenheden",
               "3. Een levendige dorpskern",
               "4. De Wassenaarse Slag is duurzamer, toegankelijker en toekomstbestendiger",
               "5. De Wassenaarse bedrijventerreinen zijn toekomstbestendig"])
    resultaten_table(D, d.P5, [
        ("1.2 Geëvalueerde en geactualiseerde groen- en watervisie", "Gerealiseerd"),
        ("2.1 Uitvoering gegeven aan programma Beheervisie", "Gerealiseerd"),
        ("3.1 De revitalisering van het centrum is in uitvoering", "Deels gerealiseerd"),
        ("3.2 Gerealiseerde openbare rolstoeltoegankelijke wc-units", "Gerealiseerd"),
        ("4.1 Strandplan Wassenaarse Slag vastgesteld", "Gerealiseerd")])
    D.sub("Toelichting")
    D.para("De groen- en watervisie is geactualiseerd en in oktober 2024 vastgesteld. Met het amendement "
           "Verkeersveiligheid schoolroutes zijn rond drie basisscholen oversteekplaatsen verbeterd; de aanpak van "
           "de overige schoolroutes volgt in 2025. De hoeveelheid huishoudelijk restafval daalde naar 181 kg per "
           "inwoner.")
    effect_table(D, d.P5, d.W_EFFECT_P[d.P5])
    D.bar("Wat heeft het gekost?", level=2)
    baten_lasten_table(D, d.P5)
    analyse_table(D, d.P5)
    D.sub("Toelichting afwijkingen")
    analysis_texts(D, d.P5, [
        "Door het mooie voorjaar en de nieuwe parkeerautomaten aan de Wassenaarse Slag waren de parkeerinkomsten "
        "hoger dan geraamd.",
        None,
        "Van het budget voor verkeersveiligheid rond schoolroutes is een deel pas in 2025 besteed, omdat de "
        "uitvoering is afgestemd met de scholen.",
        None, None])

    # ---------------------------------------------------------------------------------------------- kengetallen
    invest_table(D, d.P5)

    D.bar("Paragraaf Verbonden partijen", new_page=True)
    D.para("Verbonden partijen zijn de samenwerkingsverbanden waarin de gemeente een bestuurlijk en een financieel "
           "belang heeft. De tabel geeft de bijdrage van Wassenaar in 2024 volgens de begroting na wijziging en de "
           "werkelijke bijdrage.")
    D.table(D.cap(6, "Bijdragen aan verbonden partijen 2024 (bedragen in €)"),
            [["Verbonden partij", "Begroting 2024 na wijziging", "Rekening 2024"]],
            [(n, [nl(a), nl(b)], "") for n, a, b in d.W_VP]
            + [("Totaal", [nl(sum(x[1] for x in d.W_VP)), nl(sum(x[2] for x in d.W_VP))], "total")],
            [10.8, 3.0, 3.0])
    D.para("De bijdrage aan de Veiligheidsregio Haaglanden was hoger door de nacalculatie over 2023. De bijdrage aan "
           "Avalex viel lager uit, omdat de verwerkingskosten van restafval daalden en de opbrengst van oud papier "
           "steeg.")

    D.bar("Paragraaf Lokale heffingen", new_page=True)
    D.para("De opbrengst van de belastingen en heffingen was in 2024 iets hoger dan begroot. De tarieven zijn in 2024 "
           "trendmatig verhoogd met 3,2%. De afvalstoffenheffing en de rioolheffing zijn niet meer dan "
           "kostendekkend.")
    D.table(D.cap(6, "Opbrengst lokale heffingen 2024 (bedragen in €)"),
            [["Heffing", "Begroting 2024 na wijziging", "Rekening 2024"]],
            [(n, [nl(a), nl(b)], "") for n, a, b in d.W_HEFF]
            + [("Totaal", [nl(sum(x[1] for x in d.W_HEFF)), nl(sum(x[2] for x in d.W_HEFF))], "total")],
            [10.8, 3.0, 3.0])
    D.para("De hogere opbrengst van de onroerendezaakbelastingen niet-woningen komt doordat na de herwaardering minder "
           "bezwaren gegrond zijn verklaard. In 2024 is voor € 268.410 kwijtschelding verleend.")

    D.bar("Paragraaf Financiële kengetallen", new_page=True)
    D.para("In de begroting en de jaarrekening worden de verplichte financiële kengetallen opgenomen. De tabel "
           "vergelijkt de realisatie over 2024 met de begroting 2024 en met de rekening 2023. Alle kengetallen "
           "zijn percentages.")
    D.table(D.cap(6, "Overzicht kengetallen gemeente Wassenaar"),
            [["Kengetallen (%)", "Rekening 2023", "Begroting 2024", "Rekening 2024"]],
            [(a, [b, c, e], "") for a, b, c, e in d.W_KENGETALLEN], [8.4, 2.8, 2.8, 2.8],
            footnotes=["1) De kengetallen zijn berekend volgens de Regeling kengetallen BBV; de solvabiliteitsratio "
                       "is het eigen vermogen als percentage van het balanstotaal.",
                       "2) Wassenaar heeft geen grondexploitaties; het kengetal grondexploitatie is daarom niet van "
                       "toepassing."])
    solv = d.SOLV
    D.para(f"De solvabiliteitsratio steeg van {solv[1]}% eind 2023 naar {solv[0]}% eind 2024, doordat het eigen "
           f"vermogen toenam terwijl het balanstotaal daalde. De netto schuldquote daalde, omdat de gemeente in 2024 "
           f"geen nieuwe leningen heeft aangetrokken. De belastingcapaciteit ligt met 171% nog steeds ruim boven het "
           f"landelijk gemiddelde; de oorzaak is de hoge gemiddelde WOZ-waarde van de Wassenaarse woningen. De "
           f"structurele exploitatieruimte is positief.")

    # ---------------------------------------------------------------------------------------------- jaarrekening
    D.bar("Resultaat 2024", new_page=True)
    rows = [("Gerealiseerd totaal saldo van baten en lasten", d.W_TOT_SALDO), ("Mutaties reserves", d.W_TOT_MUT),
            ("Gerealiseerd resultaat", d.W_TOT_RESULT)]
    D.table(D.cap(7, "Resultaat 2024 (bedragen in €)"),
            [["Omschrijving", "Begroting 2024 na wijziging", "Rekening 2024", "Verschil"]],
            [(a, [nl(t[1]), nl(t[2]), nl(t[2] - t[1])], "total" if a.startswith("Gerealiseerd r") else "")
             for a, t in rows], [7.8, 3.0, 3.0, 3.0])
    D.para(f"Het gerealiseerde totaal saldo van baten en lasten over 2024 is € {nl(d.W_TOT_SALDO[2])} positief. Na "
           f"mutaties in de reserves van per saldo € {nl(d.W_TOT_MUT[2])} is het gerealiseerde resultaat "
           f"€ {nl(R[2])}.")

    D.bar("Overzicht van baten en lasten", new_page=True)
    D.para("Het overzicht van baten en lasten geeft per programma de baten en lasten volgens de primitieve "
           "begroting, de begroting na wijziging en de rekening. Negatieve bedragen staan in dit overzicht tussen "
           "haakjes.")

    def prow(label, t, style=""):
        return (label, [paren(k(x)) for x in t], style)

    rows = [("Baten", [], "group")]
    rows += [prow(p, d.W_BATEN[p]) for p in d.PROGS] + [prow("Totaal baten", d.W_TOT_BATEN, "total")]
    rows += [("Lasten", [], "group")]
    rows += [prow(p, d.W_LASTEN[p]) for p in d.PROGS] + [prow("Totaal lasten", d.W_TOT_LASTEN, "total")]
    rows += [prow("Gerealiseerd totaal saldo van baten en lasten", d.W_TOT_SALDO, "total"),
             ("Reserves", [], "group"),
             prow("Onttrekkingen aan reserves", d.W_TOT_ONTTR), prow("Toevoegingen aan reserves", d.W_TOT_TOEV),
             prow("Mutaties reserves", d.W_TOT_MUT, "total"),
             prow("Gerealiseerd resultaat", d.W_TOT_RESULT, "total")]
    D.table(D.cap(7, "Overzicht van baten en lasten 2024 (bedragen x € 1.000)"),
            [["Programma", "Begroting 2024 primitief", "Begroting 2024 na wijziging", "Rekening 2024"]],
            rows, [7.8, 3.0, 3.0, 3.0])

    D.bar("Balans per 31 december 2024", new_page=True)
    T = d.W_BAL_TYPED

    def b(label, pair, style=""):
        return (label, [nl(pair[0]), nl(pair[1])], style)

    def bk(label, pair, style=""):
        return (label, [nk(pair[0]), nk(pair[1])], style)

    rows = [("ACTIVA", [], "group"), ("Vaste activa", [], "group")]
    rows += [b(x, T[x]) for x in ("Immateriële vaste activa", "Materiële vaste activa", "Financiële vaste activa")]
    rows += [bk("Totaal vaste activa", d.VASTE_ACTIVA, "total"), ("Vlottende activa", [], "group"),
             b("Voorraden", T["Voorraden"]), bk(d.UITZ, d.UITZ_BAL), b("Liquide middelen", T["Liquide middelen"]),
             b("Overlopende activa", T["Overlopende activa"]), bk("Totaal vlottende activa", d.VLOTTENDE_ACTIVA, "total"),
             bk("Totaal activa", d.TOTAAL_ACTIVA, "total"),
             ("PASSIVA", [], "group"), ("Vaste passiva", [], "group"),
             bk("Eigen vermogen", d.EV, "total"), bk("- Algemene reserves", d.ALG_RES_BAL),
             bk("- Bestemmingsreserves", d.BEST_RES_BAL), bk("- Gerealiseerd resultaat", d.RESULT_BAL),
             b("Voorzieningen", T["Voorzieningen"]),
             b("Vaste schulden met een rentetypische looptijd van één jaar of langer",
               T["Vaste schulden met een rentetypische looptijd van één jaar of langer"]),
             bk("Totaal vaste passiva", d.VASTE_PASSIVA, "total"), ("Vlottende passiva", [], "group"),
             b("Netto-vlottende schulden met een rentetypische looptijd korter dan één jaar",
               T["Netto-vlottende schulden met een rentetypische looptijd korter dan één jaar"]),
             b("Overlopende passiva", T["Overlopende passiva"]),
             bk("Totaal vlottende passiva", d.VLOTTENDE_PASSIVA, "total"),
             bk("Totaal passiva", d.TOTAAL_PASSIVA, "total")]
    D.table(D.cap(7, "Balans per 31 december (bedragen x € 1.000)"),
            [["Balanspost", "31-12-2024", "31-12-2023"]], rows, [10.8, 3.0, 3.0],
            footnotes=["* Het gerealiseerde resultaat 2023 is na besluitvorming door de raad in 2024 toegevoegd aan "
                       "de algemene reserve (vrij besteedbaar)."])
    D.para(f"Het balanstotaal daalde in 2024 van € {nl(k(d.TOTAAL_PASSIVA[1]))} duizend naar € "
           f"{nl(k(d.TOTAAL_PASSIVA[0]))} duizend. De materiële vaste activa namen toe door de investeringen in de "
           f"sporthal en de gymzaal Burmanlaan; de uitzettingen bij het Rijk (schatkistbankieren) namen af.")

    D.bar("Verloop van de reserves", new_page=True)
    rrows = []
    groups = (("Algemene reserves", list(d.W_RES_ALG)), ("Bestemmingsreserves", d.W_RES_BR))
    for g, names in groups:
        rrows.append((g, [], "group"))
        for r in names:
            v = d.W_RES[r]
            rrows.append((r + (" 1)" if r == d.AR_VRIJ else ""), [nk(v[0]), paren(k(v[1])), paren(k(v[2])),
                                                                     nk(v[3])], ""))
        rrows.append((f"Totaal {g.lower()}", [nk(sum(d.W_RES[r][i] for r in names)) if i in (0, 3)
                                               else paren(k(sum(d.W_RES[r][i] for r in names))) for i in range(4)],
                      "total"))
    rrows.append(("Totaal reserves", [nk(sum(v[i] for v in d.W_RES.values())) if i in (0, 3)
                                      else paren(k(sum(v[i] for v in d.W_RES.values()))) for i in range(4)], "total"))
    D.table(D.cap(7, "Verloop reserves 2024 (bedragen x € 1.000)"),
            [["Reserve", "Stand 1-1-2024", "Toevoegingen", "Onttrekkingen", "Stand 31-12-2024"]], rrows,
            [4.0, 3.2, 3.2, 3.2, 3.2], hsize=7.5,
            footnotes=[f"1) Inclusief de bestemming van het resultaat 2023 (€ {nl(d.RESULTAAT_2023)}), toegevoegd per "
                       f"1 januari 2024.",
                       "Onttrekkingen staan tussen haakjes."])
    D.para("De onttrekkingen aan de algemene reserve (vrij besteedbaar) dekken de incidentele lasten van de "
           "ontvlechting van het sociaal domein, het nieuwe financiële systeem, de verbetering van de "
           "bestuurscultuur en de voorbereiding van de sanering van de gemeentewerf.")
    return D


def convert(docx, outdir):
    prof = Path(tempfile.gettempdir()) / "at-lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir), str(docx)], check=True, capture_output=True, timeout=300)
    return Path(outdir) / (Path(docx).stem + ".pdf")


def heading_pages(pdf_path):
    """pages of the level-1 bars (white text, 12 pt)"""
    out = {}
    with pdfplumber.open(str(pdf_path)) as pdf:
        for i, pg in enumerate(pdf.pages, 1):
            ws = [w for w in pg.extract_words(extra_attrs=["size", "non_stroking_color"])
                  if w["non_stroking_color"] in ((1, 1, 1), [1, 1, 1], (1.0, 1.0, 1.0)) and w["size"] > 11.5]
            lines = {}
            for w in ws:
                lines.setdefault(round(w["top"]), []).append(w)
            for _, lw in sorted(lines.items()):
                t = " ".join(w["text"] for w in sorted(lw, key=lambda w: w["x0"]))
                out.setdefault(t, i)
    return out


def main():
    corpus = Path(sys.argv[1])
    tmp = Path(tempfile.mkdtemp(prefix="at-w-"))
    pages = {}
    for _ in range(4):
        D = build(pages)
        docx = tmp / "wassenaar-jaarstukken-2024.docx"
        D.doc.save(str(docx))
        pdf = convert(docx, tmp)
        new = heading_pages(pdf)
        new["Jaarverslag"] = new.get("Inleiding")
        new["Jaarrekening"] = new.get("Resultaat 2024")
        if new == pages:
            break
        pages = new
    else:
        raise SystemExit("table of contents did not settle")
    shutil.copy(pdf, corpus / d.W_FILE)
    shutil.rmtree(tmp)
    print(f"{d.W_FILE}: {len(pdfplumber.open(str(corpus / d.W_FILE)).pages)} pages")


if __name__ == "__main__":
    main()
