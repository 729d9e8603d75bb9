"""Gemeente Brummelweide, "Begroting 2047 in beeld": a 16:9 python-pptx deck converted to PDF with LibreOffice
Impress (LANG=nl_NL so the chart data labels print a decimal comma).

Usage: python gen_deck.py CORPUS_DIR      (writes CORPUS_DIR/<B_FILE>; the .pptx stays in a temp dir)
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

import data as d
from fmt import MINUS, eur, nl_dec, nl_int

FONT = "Liberation Sans"
TEAL = RGBColor(0x1F, 0x5C, 0x4A)
GOLD = RGBColor(0xE3, 0xA0, 0x18)
GREY = RGBColor(0x59, 0x59, 0x59)
LIGHT = RGBColor(0xEE, 0xF4, 0xF1)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
BLACK = RGBColor(0x1A, 0x1A, 0x1A)
K = 1000

prs = Presentation()
prs.slide_width = Inches(13.333)
prs.slide_height = Inches(7.5)
BLANK = prs.slide_layouts[6]
NSLIDES = 20
SLIDES = []


def run(p, text, size=18, bold=False, color=BLACK, italic=False):
    r = p.add_run()
    r.text = text
    f = r.font
    f.name, f.size, f.bold, f.italic = FONT, Pt(size), bold, italic
    f.color.rgb = color
    return r


def textbox(slide, x, y, w, h, paras, size=18, color=BLACK, bold=False, align=None, anchor=None, bullets=False,
            space=6):
    """paras: list of strings (or (text, dict) with per-paragraph overrides)"""
    tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = tb.text_frame
    tf.word_wrap = True
    if anchor:
        tf.vertical_anchor = anchor
    for i, item in enumerate(paras):
        text, o = (item, {}) if isinstance(item, str) else item
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        if align:
            p.alignment = align
        p.space_after = Pt(o.get("space", space))
        run(p, text, o.get("size", size), o.get("bold", bold), o.get("color", color), o.get("italic", False))
        if o.get("bullet", bullets):
            pPr = p._p.get_or_add_pPr()
            pPr.set("marL", str(Inches(0.3)))
            pPr.set("indent", str(-Inches(0.3)))
            etree.SubElement(pPr, qn("a:buFont"), typeface="Arial")
            etree.SubElement(pPr, qn("a:buChar"), char="•")
    return tb


def new_slide(title, notes=None):
    s = prs.slides.add_slide(BLANK)
    n = len(prs.slides)
    SLIDES.append(title)
    if n > 1:
        textbox(s, 0.5, 0.3, 12.3, 0.9, [title], size=28, bold=True, color=TEAL, anchor=MSO_ANCHOR.MIDDLE)
        bar = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.5), Inches(1.22), Inches(1.6), Inches(0.07))
        bar.fill.solid()
        bar.fill.fore_color.rgb = GOLD
        bar.line.fill.background()
        textbox(s, 0.5, 7.02, 8.0, 0.35, [f"Gemeente {d.B_BODY}  |  {d.B_TITLE}  |  Raadsinformatieavond {d.B_DATE}"],
                size=10, color=GREY)
        textbox(s, 11.8, 7.02, 1.0, 0.35, [f"{n} / {NSLIDES}"], size=10, color=GREY, align=PP_ALIGN.RIGHT)
    if notes:
        s.notes_slide.notes_text_frame.text = notes
    return s


def tile(slide, x, y, w, h, big, small, fill=TEAL, fg=WHITE, bigsize=30):
    sh = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(x), Inches(y), Inches(w), Inches(h))
    sh.fill.solid()
    sh.fill.fore_color.rgb = fill
    sh.line.fill.background()
    tf = sh.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = MSO_ANCHOR.MIDDLE
    p = tf.paragraphs[0]
    p.alignment = PP_ALIGN.CENTER
    run(p, big, bigsize, True, fg)
    p2 = tf.add_paragraph()
    p2.alignment = PP_ALIGN.CENTER
    run(p2, small, 14, False, fg)
    return sh


def table(slide, x, y, colw, rows, head_rows=1, size=12, rowh=0.36, merges=(), bold_rows=(), first_align=PP_ALIGN.LEFT,
          text_cols=(0,)):
    """rows: list of lists of strings (header rows first); merges: ((r0, c0), (r1, c1)) pairs"""
    nr, nc = len(rows), len(rows[0])
    gf = slide.shapes.add_table(nr, nc, Inches(x), Inches(y), Inches(sum(colw)), Inches(rowh * nr))
    tb = gf.table
    for i, w in enumerate(colw):
        tb.columns[i].width = Inches(w)
    for r in range(nr):
        tb.rows[r].height = Inches(rowh)
    for (r0, c0), (r1, c1) in merges:
        tb.cell(r0, c0).merge(tb.cell(r1, c1))
    for r in range(nr):
        for c in range(nc):
            cell = tb.cell(r, c)
            if cell.is_spanned:
                continue
            head = r < head_rows
            cell.fill.solid()
            cell.fill.fore_color.rgb = TEAL if head else (LIGHT if (r - head_rows) % 2 else WHITE)
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
            cell.margin_left = cell.margin_right = Inches(0.08)
            cell.margin_top = cell.margin_bottom = Inches(0.02)
            p = cell.text_frame.paragraphs[0]
            if head:
                p.alignment = PP_ALIGN.CENTER if c > 0 else first_align
            else:
                p.alignment = first_align if c in text_cols else PP_ALIGN.RIGHT
            run(p, rows[r][c], size, head or r in bold_rows, WHITE if head else BLACK)
    return tb


def chart(slide, kind, cats, vals, x, y, w, h, color=TEAL, series="2047"):
    cd = CategoryChartData()
    cd.categories = cats
    cd.add_series(series, vals, number_format="0.0")
    gf = slide.shapes.add_chart(kind, Inches(x), Inches(y), Inches(w), Inches(h), cd)
    ch = gf.chart
    ch.has_legend = False
    ch.has_title = False
    ch.font.name = FONT
    ch.font.size = Pt(14)
    pl = ch.plots[0]
    pl.gap_width = 60
    pl.has_data_labels = True
    dl = pl.data_labels
    dl.number_format = "0.0"
    dl.number_format_is_linked = False
    dl.show_value = True
    dl.font.size = Pt(15)
    dl.font.bold = True
    dl.position = XL_LABEL_POSITION.OUTSIDE_END
    ser = pl.series[0]
    ser.format.fill.solid()
    ser.format.fill.fore_color.rgb = color
    va = ch.value_axis
    va.has_major_gridlines = False
    va.visible = False
    va.minimum_scale = 0
    ca = ch.category_axis
    ca.tick_labels.font.size = Pt(14)
    if kind == XL_CHART_TYPE.BAR_CLUSTERED:
        ca.reverse_order = True
    return ch


def k(v, neg="-"):
    return nl_int(v, ".", neg)


def m1(v):
    return nl_dec(v, 1)


# ------------------------------------------------------------------------------------------------ 1 title
s = new_slide("Titel")
bg = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, prs.slide_width, Inches(5.0))
bg.fill.solid()
bg.fill.fore_color.rgb = TEAL
bg.line.fill.background()
textbox(s, 0.8, 1.3, 11.5, 1.3, [d.B_TITLE], size=54, bold=True, color=WHITE)
textbox(s, 0.8, 2.7, 11.5, 0.8, [f"Gemeente {d.B_BODY}"], size=32, color=WHITE)
textbox(s, 0.8, 3.6, 11.5, 0.8, ["Presentatie van de programmabegroting 2047 en de meerjarenraming 2048-2050"],
        size=20, color=WHITE)
textbox(s, 0.8, 5.5, 11.5, 1.2, [f"Raadsinformatieavond {d.B_DATE}", "Wethouder financiën en team Financiën"],
        size=20, color=TEAL)

# ------------------------------------------------------------------------------------------------ 2 agenda
s = new_slide("Agenda")
textbox(s, 0.8, 1.6, 11.5, 5.0, [
    "1.  De begroting 2047 in één oogopslag",
    "2.  Waar komt het geld vandaan en waar gaat het naartoe?",
    "3.  De zes programma's",
    "4.  Investeringen, meerjarenraming en reserves",
    "5.  Lokale lasten voor inwoners",
    "6.  Weerstandsvermogen, kengetallen en onze ambities",
    "7.  Hoe verder?",
], size=24, space=14)

# ------------------------------------------------------------------------------------------------ 3 KPI tiles
s = new_slide("De begroting 2047 in één oogopslag",
              notes="Benadrukken dat het resultaat positief is dankzij de onttrekking uit de reserve sociaal domein.")
T = [
    (f"€ {m1(d.TILE_LASTEN)} mln", "totale lasten 2047"),
    (f"€ {m1(d.TILE_BATEN)} mln", "totale baten 2047"),
    (f"€ {m1(d.TILE_RESULTAAT)} mln", "positief resultaat 2047"),
    (f"OZB woningen +{m1(d.TAR_PCT['OZB woningen, eigenaar'])}%", "tariefstijging gelijk aan de inflatie"),
    (f"{nl_int(d.BIJSTAND[1])}", "bijstandsuitkeringen verwacht in 2047"),
    (f"€ {m1(d.INVEST[0][1] / 1e6)} mln", "voor de brede school Oosterweide"),
]
for i, (big, small) in enumerate(T):
    x = 0.6 + (i % 3) * 4.1
    y = 1.7 + (i // 3) * 2.55
    tile(s, x, y, 3.9, 2.2, big, small, fill=TEAL if i % 2 == 0 else RGBColor(0x2E, 0x7D, 0x65),
         bigsize=22 if big.startswith("OZB") else 30)

# ------------------------------------------------------------------------------------------------ 4 chart baten
s = new_slide("Waar komt het geld vandaan? Baten 2047 (€ mln)")
chart(s, XL_CHART_TYPE.BAR_CLUSTERED, [c for c, _ in d.CHART_B], [v for _, v in d.CHART_B], 0.7, 1.5, 11.8, 5.0,
      color=RGBColor(0x2E, 0x7D, 0x65))
textbox(s, 0.8, 6.5, 11.0, 0.4, [f"Totale baten 2047: € {m1(d.BRON_TOT_MLN[1])} mln"], size=14, color=GREY)

# ------------------------------------------------------------------------------------------------ 5 table € mln
s = new_slide("Baten naar bron, 2046 en 2047 (€ mln)")
rows = [["Bron", "Begroting 2046", "Begroting 2047", "Verschil"]]
for (nm, v), (_, dv) in zip(d.BRON_MLN, d.BRON_VERSCHIL):
    rows.append([nm, m1(v[0]), m1(v[1]), nl_dec(dv, 1, plus=True)])
rows.append(["Totaal baten", m1(d.BRON_TOT_MLN[0]), m1(d.BRON_TOT_MLN[1]),
             nl_dec(round(d.BRON_TOT_MLN[1] - d.BRON_TOT_MLN[0], 1), 1, plus=True)])
table(s, 0.8, 1.6, [5.2, 2.2, 2.2, 2.0], rows, size=16, rowh=0.5, bold_rows=(len(rows) - 1,))
textbox(s, 0.8, 5.4, 11.5, 1.2, [
    "De algemene uitkering uit het gemeentefonds blijft veruit de grootste inkomstenbron. De rijksbijdragen voor "
    "het sociaal domein (BUIG en SPUK) stijgen mee met het aantal inwoners dat ondersteuning krijgt."], size=16)

# ------------------------------------------------------------------------------------------------ 6 chart lasten
s = new_slide("Waar gaat het geld naartoe? Lasten 2047 (€ mln)")
chart(s, XL_CHART_TYPE.COLUMN_CLUSTERED, [c for c, _ in d.CHART_L], [v for _, v in d.CHART_L], 0.6, 1.5, 12.1, 5.0)
textbox(s, 0.8, 6.5, 11.5, 0.4, ["Overig: algemene dekkingsmiddelen en onvoorzien"], size=12, color=GREY,
        bold=False)

# ------------------------------------------------------------------------------------------------ 7 overview x € 1.000
s = new_slide("Totaaloverzicht baten en lasten (x € 1.000)")
rows = [["Programma", "Begroting 2046", "", "", "Begroting 2047", "", ""],
        ["", "Lasten", "Baten", "Saldo", "Lasten", "Baten", "Saldo"]]
for lab, L, B in d.OVZ_ROWS:
    rows.append([lab] + [k(L[0]), k(B[0]), k(B[0] - L[0], MINUS), k(L[1]), k(B[1]), k(B[1] - L[1], MINUS)])
rows.append(["Totaal"] + [k(d.TOT_L[0]), k(d.TOT_B[0]), k(d.SALDO_BL[0], MINUS),
                          k(d.TOT_L[1]), k(d.TOT_B[1]), k(d.SALDO_BL[1], MINUS)])
table(s, 0.5, 1.45, [3.9, 1.4, 1.4, 1.4, 1.4, 1.4, 1.4], rows, head_rows=2, size=12, rowh=0.37,
      merges=(((0, 1), (0, 3)), ((0, 4), (0, 6)), ((0, 0), (1, 0))), bold_rows=(len(rows) - 1,))

# ------------------------------------------------------------------------------------------------ 8-13 programmes
PTEXT = {
    1: ("Inwoners en ondernemers zijn tevreden over onze dienstverlening en kunnen de gemeente gemakkelijk bereiken, "
        "digitaal en aan de balie.",
        ["De nieuwe publiekshal in het gemeentehuis kost € 780.000 en opent in het voorjaar van 2047.",
         f"In 2047 doet {d.DIGITAAL_PCT}% van de inwoners een aanvraag digitaal.",
         "In elke kern houden we twee keer per jaar een wijkavond."], None),
    2: ("Brummelweide is een veilige gemeente waar inwoners zich thuis voelen. Woninginbraak en ondermijning pakken "
        "we samen met politie en partners aan.",
        [f"De bijdrage aan de Veiligheidsregio stijgt naar € {m1(d.VRR_MLN)} miljoen.",
         f"We zetten {d.BOA_EXTRA} extra boa's in; dat kost € {nl_int(d.BOA_KOSTEN)} per jaar.",
         "Het Veiligheidshuis krijgt een vast spreekuur voor jongeren."], None),
    3: ("De openbare ruimte is schoon, heel en veilig. We maken de wijken groener en beter bestand tegen hitte en "
        "hevige regenval.",
        ["Voor groot onderhoud van wegen en fietspaden is € 2,35 miljoen beschikbaar.",
         f"We vervangen {nl_int(d.LANTAARNPALEN)} lantaarnpalen door ledverlichting.",
         "De nieuwe fietsverbinding Oosterweide–centrum is in 2048 klaar."],
        "Niet noemen: de parkeergarage onder het Marktplein (ca. € 7,5 miljoen) zit nog niet in deze begroting."),
    4: ("Elk kind krijgt goed onderwijs in een gezond en duurzaam schoolgebouw. Meer inwoners sporten en bewegen "
        "regelmatig.",
        ["We investeren € 4,2 miljoen in de brede school Oosterweide.",
         "In de brede school komen twee basisscholen, kinderopvang en een sportzaal samen onder één dak.",
         "Sporthal De Klaproos krijgt zonnepanelen (€ 310.000)."], None),
    5: ("Inwoners krijgen op tijd de ondersteuning die zij nodig hebben, zo dicht mogelijk bij huis. We investeren "
        "in preventie, zodat minder inwoners zware zorg nodig hebben.",
        [f"De kosten van jeugdhulp stijgen met € {m1(d.JEUGDHULP_MLN[1] - d.JEUGDHULP_MLN[0])} miljoen naar "
         f"€ {m1(d.JEUGDHULP_MLN[1])} miljoen.",
         "We halen € 1,2 miljoen uit de reserve sociaal domein om die stijging op te vangen.",
         f"Het aantal bijstandsuitkeringen daalt van {nl_int(d.BIJSTAND[0])} naar {nl_int(d.BIJSTAND[1])}."], None),
    6: ("Er zijn genoeg betaalbare woningen voor starters en ouderen, en Brummelweide is in 2050 energieneutraal.",
        [f"In Brummelweide-Zuid bouwen we {d.WONINGEN_ZUID} woningen, waarvan {d.WONINGEN_ZUID_SOCIAAL_PCT}% "
         "sociale huur.",
         "De riolering in de Dorpsstraat-Noord wordt vervangen (€ 1,8 miljoen).",
         "Het energieloket helpt inwoners met advies en een duurzaamheidslening."], None),
}
for n, name, _ in d.PROGS:
    goal, acts, notes = PTEXT[n]
    s = new_slide(f"Programma {n} {name}", notes=notes)
    rows = [[""] + d.B_YCOL,
            ["Lasten"] + [k(v) for v in d.PL[n]],
            ["Baten"] + [k(v) for v in d.PB[n]],
            ["Saldo"] + [k(v) for v in d.PS[n]]]
    table(s, 0.5, 1.5, [1.3] + [1.28] * 5, rows, size=13, rowh=0.42, bold_rows=(3,))
    textbox(s, 0.5, 3.22, 7.7, 0.3, ["Bedragen x € 1.000"], size=10, color=GREY)
    textbox(s, 0.5, 3.7, 7.7, 0.45, ["Wat gaan we doen in 2047?"], size=18, bold=True, color=TEAL)
    textbox(s, 0.5, 4.15, 7.7, 2.7, acts, size=16, bullets=True, space=8)
    if n == 5:
        tile(s, 8.7, 1.5, 4.1, 1.35, nl_int(d.WMO_CLIENTEN), "inwoners met Wmo-ondersteuning", bigsize=28)
        tile(s, 8.7, 3.0, 4.1, 1.35, nl_int(d.JEUGD_CLIENTEN), "jeugdigen met jeugdhulp",
             fill=RGBColor(0x2E, 0x7D, 0x65), bigsize=28)
        textbox(s, 8.7, 4.55, 4.1, 0.45, ["Wat willen we bereiken?"], size=18, bold=True, color=TEAL)
        textbox(s, 8.7, 5.0, 4.1, 1.9, [goal], size=14)
    else:
        textbox(s, 8.7, 1.5, 4.1, 0.45, ["Wat willen we bereiken?"], size=18, bold=True, color=TEAL)
        textbox(s, 8.7, 2.0, 4.1, 3.5, [goal], size=16)

# ------------------------------------------------------------------------------------------------ 14 investeringen
s = new_slide("Investeringen 2047")
textbox(s, 0.5, 1.5, 8.2, 5.3, [
    "We investeren € 4,2 miljoen in de bouw van de brede school Oosterweide.",
    "€ 1,8 miljoen gaat naar de vervanging van de riolering in de Dorpsstraat-Noord.",
    "Voor groot onderhoud van wegen en fietspaden trekken we € 2,35 miljoen uit.",
    "De publiekshal in het gemeentehuis wordt verbouwd voor € 780.000.",
    "Sporthal De Klaproos krijgt zonnepanelen voor € 310.000.",
    f"Ledverlichting voor {nl_int(d.LANTAARNPALEN)} lantaarnpalen kost € 1.260.000.",
    "Voor vervanging van voertuigen en materieel is € 1,5 miljoen nodig.",
], size=17, bullets=True, space=10)
tile(s, 9.2, 1.6, 3.6, 2.2, f"€ {m1(d.TILE_INVEST)} mln", "investeringen in 2047")
textbox(s, 9.2, 4.1, 3.6, 2.6, ["De kapitaallasten van deze investeringen zijn in de meerjarenraming verwerkt."],
        size=14, color=GREY)

# ------------------------------------------------------------------------------------------------ 15 meerjarenraming
s = new_slide("Meerjarenraming 2047-2050 (x € 1.000)")
yrs = [1, 2, 3, 4]
rows = [[""] + [d.B_YCOL[i] for i in yrs],
        ["Saldo van baten en lasten"] + [k(d.SALDO_BL[i], MINUS) for i in yrs],
        ["Toevoeging aan reserves"] + [k(-d.RES_TOEV[i], MINUS) for i in yrs],
        ["Onttrekking aan reserves"] + [k(d.RES_ONTT[i], MINUS) for i in yrs],
        ["Geraamd resultaat"] + [k(d.RESULTAAT[i], MINUS) for i in yrs],
        ["Saldo incidentele baten en lasten"] + [k(d.INCIDENTEEL[i], MINUS) for i in yrs],
        ["Structureel saldo"] + [k(d.STRUCTUREEL[i], MINUS) for i in yrs]]
table(s, 0.5, 1.5, [4.4, 1.9, 1.9, 1.9, 1.9], rows, size=15, rowh=0.46, bold_rows=(4, 6))
textbox(s, 0.5, 5.0, 12.3, 1.6, [
    "Het resultaat is in 2048 en 2049 negatief door de kapitaallasten van de brede school en hogere kosten van "
    "jeugdhulp. Vanaf 2050 is de begroting weer structureel sluitend.",
    "Een negatief bedrag is een tekort."], size=16)

# ------------------------------------------------------------------------------------------------ 16 reserves
s = new_slide("Reserves in 2047")
rows = [["Reserve", "Stand 1-1-2047", "Toevoeging", "Onttrekking", "Stand 31-12-2047"]]
for nm, a, t, o in d.RESERVES:
    rows.append([nm, k(a), k(t), k(o), k(d.RES_EIND[nm])])
rows.append(["Totaal reserves", k(sum(r[1] for r in d.RESERVES)), k(d.RES_TOT[1]), k(d.RES_TOT[2]),
             k(d.RES_TOT_EIND)])
table(s, 0.5, 1.5, [4.6, 1.9, 1.8, 1.8, 2.2], rows, size=14, rowh=0.45, bold_rows=(len(rows) - 1,))
textbox(s, 0.5, 1.5 + 0.45 * len(rows) + 0.05, 6.0, 0.3, ["Bedragen x € 1.000"], size=10, color=GREY)
textbox(s, 0.5, 5.25, 12.3, 1.4, [
    "De reserve kapitaallasten brede school dekt de afschrijving van de nieuwe brede school Oosterweide. "
    "De algemene reserve is de buffer voor onvoorziene tegenvallers."], size=16)

# ------------------------------------------------------------------------------------------------ 17 lokale lasten
s = new_slide("Lokale lasten 2047")
rows = [["Heffing", "Grondslag", "2046", "2047", "Verschil"]]
for nm, unit, a, b, nd in d.TARIEVEN:
    f = (lambda v: nl_dec(v, nd) + "%") if nd == 4 else (lambda v: eur(v, nd))
    rows.append([nm, unit, f(a), f(b), nl_dec(d.TAR_PCT[nm], 1, plus=True) + "%"])
rows.append(["Woonlasten meerpersoonshuishouden¹", "gemiddelde woning", eur(d.WOONLASTEN[0]), eur(d.WOONLASTEN[1]),
             nl_dec(d.WOONLASTEN_PCT, 1, plus=True) + "%"])
table(s, 0.5, 1.45, [4.8, 2.3, 1.6, 1.6, 1.6], rows, size=14, rowh=0.42, bold_rows=(len(rows) - 1,), text_cols=(0, 1))
textbox(s, 0.5, 1.45 + 0.42 * len(rows) + 0.05, 12.3, 0.5, [
    f"¹ OZB, afvalstoffenheffing en rioolheffing voor een meerpersoonshuishouden in een woning met de gemiddelde "
    f"WOZ-waarde (2046: € {nl_int(d.WOZ_GEM[0])}; 2047: € {nl_int(d.WOZ_GEM[1])})."], size=11, color=GREY)
textbox(s, 0.5, 5.35, 12.3, 1.4, [
    "De OZB stijgt met 3,5%, gelijk aan de verwachte inflatie. De afvalstoffenheffing en de rioolheffing stijgen "
    "met 4,0% omdat de verwerkingskosten van restafval en de kosten van het rioolbeheer stijgen; beide heffingen "
    "blijven 100% kostendekkend."], size=15)

# ------------------------------------------------------------------------------------------------ 18 kengetallen
s = new_slide("Weerstandsvermogen en financiële kengetallen")
rows = [["Kengetal", "Rekening 2045", "Begroting 2046", "Begroting 2047"]]
for nm, vals, nd in d.KENGETALLEN:
    rows.append([nm] + [nl_dec(v, nd) + "%" for v in vals])
table(s, 0.5, 1.5, [4.3, 1.45, 1.45, 1.45], rows, size=13, rowh=0.45)
textbox(s, 0.5, 4.8, 8.6, 2.0, [
    "De netto schuldquote loopt op door de investeringen in de brede school Oosterweide en de riolering. "
    "Hij blijft ruim onder de signaalwaarde van 100%.",
    "Het weerstandsvermogen is voldoende: we kunnen de risico's die we lopen ruim opvangen."], size=15)
tile(s, 9.5, 1.5, 3.3, 1.5, f"€ {m1(d.WC_BESCHIKBAAR)} mln", "beschikbare weerstandscapaciteit", bigsize=26)
tile(s, 9.5, 3.15, 3.3, 1.5, f"€ {m1(d.WC_BENODIGD)} mln", "benodigde weerstandscapaciteit",
     fill=RGBColor(0x2E, 0x7D, 0x65), bigsize=26)
tile(s, 9.5, 4.8, 3.3, 1.5, m1(d.WC_RATIO), "ratio weerstandsvermogen", fill=GOLD, fg=BLACK, bigsize=26)

# ------------------------------------------------------------------------------------------------ 19 ambities
s = new_slide("Onze ambities voor 2047")
textbox(s, 0.5, 1.5, 12.3, 5.3, [
    "Brummelweide is in 2050 energieneutraal. We verduurzamen alle gemeentelijke gebouwen en helpen inwoners met "
    "het energieloket en een duurzaamheidslening.",
    "Iedere inwoner kan meedoen. We zetten in op preventie en het vroeg signaleren van schulden, zodat minder "
    "inwoners zware zorg of een uitkering nodig hebben.",
    "We bouwen tot en met 2050 1.600 woningen, waarvan minstens 30% sociale huur, vooral voor starters en ouderen.",
    "Kinderen groeien op in een veilige en gezonde omgeving met goede scholen. De brede school Oosterweide opent "
    "aan het begin van het schooljaar 2048-2049.",
    "De lokale lasten stijgen niet harder dan de inflatie. Alleen de afvalstoffenheffing en de rioolheffing volgen "
    "de werkelijke kosten.",
], size=17, bullets=True, space=12)

# ------------------------------------------------------------------------------------------------ 20 hoe verder
s = new_slide("Hoe verder?")
textbox(s, 0.5, 1.5, 12.3, 4.0, [
    "Tot en met 27 oktober 2046 kunnen fracties schriftelijke vragen over de begroting stellen.",
    "Op 30 oktober 2046 houdt de gemeenteraad de algemene beschouwingen.",
    "Op 6 november 2046 neemt de gemeenteraad een besluit over de begroting 2047.",
    "Uiterlijk 15 november 2046 sturen we de vastgestelde begroting naar de provincie.",
], size=18, bullets=True, space=12)
textbox(s, 0.5, 5.6, 12.3, 1.0, ["Vragen? Mail naar financien@brummelweide.example"], size=16, color=GREY)

assert len(prs.slides) == NSLIDES, len(prs.slides)

# ------------------------------------------------------------------------------------------------ write + convert
out = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus").resolve()
with tempfile.TemporaryDirectory() as tmp:
    pptx = Path(tmp) / (Path(d.B_FILE).stem + ".pptx")
    prs.save(str(pptx))
    env = dict(os.environ, LANG="nl_NL.UTF-8", LC_ALL="nl_NL.UTF-8")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo-profile", "--headless", "--convert-to", "pdf",
                    "--outdir", tmp, str(pptx)], check=True, env=env, capture_output=True)
    shutil.copy(Path(tmp) / (pptx.stem + ".pdf"), out / d.B_FILE)
    if os.environ.get("AL_KEEP_PPTX"):
        shutil.copy(pptx, out.parent / pptx.name)
print(f"{d.B_FILE}: {NSLIDES} slides")
