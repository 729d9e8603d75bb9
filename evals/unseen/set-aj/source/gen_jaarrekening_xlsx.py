"""Afvalschap Heiderand, Jaarrekening 2039 -- a spreadsheet export: an .xlsx workbook (openpyxl) with a sheet per
topic, merged title cells, introductory text blocks, number formats #.##0;-#.##0 (one sheet #.##0;(#.##0)), bold
totals and thin cell borders, converted to PDF with LibreOffice (soffice --headless --convert-to pdf, Dutch locale).
Page setup: sheet name as page header, "Pagina &P van &N" as footer, two wide sheets in landscape, the long
Personeel sheet over two pages with its header row repeated (print titles). The .xlsx stays in a temp dir.

Usage: python gen_jaarrekening_xlsx.py CORPUS_DIR
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import data as d

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
NUM = "#,##0;-#,##0"           # shown as #.##0;-#.##0 in the Dutch locale
NUM_PAR = "#,##0;(#,##0)"      # shown as #.##0;(#.##0)
FTE = "#,##0.00"
PCT2 = "0.00%"
PCT1 = "0.0%"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TOPBOT = Border(left=THIN, right=THIN, top=Side(style="medium"), bottom=Side(style="double"))
HEADFILL = PatternFill("solid", fgColor="D9E2CF")
SECFILL = PatternFill("solid", fgColor="F2F2F2")
B = Font(bold=True)
TITLE = "Afvalschap Heiderand — Jaarrekening 2039"

wb = Workbook()
wb.remove(wb.active)


def sheet(name, widths, landscape=False, intro=None, scale="Bedragen in €", subtitle=None, fit=True):
    ws = wb.create_sheet(name)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    last = get_column_letter(len(widths))
    ws.merge_cells(f"A1:{last}1")
    ws["A1"] = TITLE
    ws["A1"].font = Font(bold=True, size=14, color="2F5233")
    ws.row_dimensions[1].height = 22
    ws.merge_cells(f"A2:{last}2")
    ws["A2"] = subtitle or name
    ws["A2"].font = Font(bold=True, size=12)
    r = 3
    if intro:
        ws.merge_cells(f"A3:{last}3")
        ws["A3"] = intro
        ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
        chars = sum(widths) * 1.05
        lines = sum(int(len(par) / chars) + 1 for par in intro.split("\n"))
        ws.row_dimensions[3].height = 14 * lines + 6
        r = 4
    if scale:
        ws.cell(r, 1, scale).font = Font(italic=True)
        r += 1
    r += 1                                            # an empty row before the table
    ps = ws.page_setup
    ps.paperSize = 9                                  # A4
    ps.orientation = "landscape" if landscape else "portrait"
    if fit:                                           # fit the width of a wide sheet on the page
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ps.fitToWidth = 1
        ps.fitToHeight = 0
    else:                                             # a long sheet: one page wide, two pages tall
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ps.fitToWidth = 1
        ps.fitToHeight = 2
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.8
    ws.oddHeader.center.text = "&A"
    ws.oddHeader.center.size = 9
    ws.oddFooter.center.text = "Pagina &P van &N"
    ws.oddFooter.center.size = 9
    ws.print_options.gridLines = False
    return ws, r


def head(ws, r, labels, merge_first_rows=1):
    for c, lab in enumerate(labels, start=1):
        cell = ws.cell(r, c, lab)
        cell.font = B
        cell.fill = HEADFILL
        cell.border = BOX
        cell.alignment = Alignment(horizontal="left" if c == 1 else "right", vertical="center", wrap_text=True)
    ws.row_dimensions[r].height = 30                  # room for wrapped header texts
    return r + 1


def row(ws, r, label, vals, fmt=NUM, bold=False, total=False, extra_fmt=None):
    cell = ws.cell(r, 1, label)
    cell.border = TOPBOT if total else BOX
    cell.font = Font(bold=bold or total)
    for c, v in enumerate(vals, start=2):
        x = ws.cell(r, c, v)
        x.border = TOPBOT if total else BOX
        x.font = Font(bold=bold or total)
        f = (extra_fmt or {}).get(c, fmt)
        if f and isinstance(v, (int, float)):
            x.number_format = f
        if isinstance(v, str):
            x.alignment = Alignment(horizontal="right" if len(v) < 4 else "left", wrap_text=True, vertical="top")
    return r + 1


def section(ws, r, label, ncols):
    for c in range(1, ncols + 1):
        x = ws.cell(r, c, label if c == 1 else None)
        x.font = Font(bold=True, italic=True)
        x.fill = SECFILL
        x.border = BOX
    return r + 1


# ---------------------------------------------------------------------------------------------- Voorblad
ws, r = sheet("Voorblad", [44, 14, 16], scale=None, subtitle="Jaarrekening 2039",
              intro="Vastgesteld door het algemeen bestuur van het Afvalschap Heiderand op 24 juni 2040.\n"
                    "Het Afvalschap Heiderand is een gemeenschappelijke regeling van zeven gemeenten: Brakenstein, "
                    "Dommelgouw, Gaasterwijk, Kempenveen, Marswold, Tjaarderveen en Zevenmolen. Het afvalschap "
                    "zamelt het huishoudelijk afval in, beheert zes recyclingparken en regelt de verwerking van "
                    "restafval en GFT. De kosten worden gedekt uit de deelnemersbijdragen en uit vergoedingen voor "
                    "grondstoffen.\nDeze jaarrekening is een export van het werkboek; elk tabblad is een onderdeel.")
r = head(ws, r, ["Kerncijfer", "Eenheid", "2039"])
for nm, eenh, v in d.KERN:
    if eenh == "%":
        r = row(ws, r, nm, [eenh, v / 100], fmt=PCT1)
    elif eenh == "fte":
        r = row(ws, r, nm, [eenh, v], fmt=FTE)
    else:
        r = row(ws, r, nm, [eenh, v])
r += 1
ws.cell(r, 1, "Inhoud").font = B
for i, nm in enumerate(["Exploitatie", "Afwijkingen", "Deelnemersbijdragen", "Reserves en voorzieningen", "Balans",
                        "Personeel", "Resultaat"], start=1):
    ws.cell(r + i, 1, f"{i}. {nm}")

# ---------------------------------------------------------------------------------------------- Exploitatie
ws, r = sheet("Exploitatie", [40, 17, 17, 17, 15, 17], landscape=True, subtitle="Exploitatie per product",
              intro="Het overzicht toont per product de begroting 2039 (primitief en na wijziging), de realisatie 2039, "
                    "het verschil en de realisatie 2038. Het verschil is de realisatie min de begroting na "
                    "wijziging: een negatief verschil bij de lasten is voordelig, bij de baten nadelig. De "
                    "belangrijkste afwijkingen staan toegelicht op het tabblad Afwijkingen.")
h0 = r
for c, lab in enumerate(["Product", "Begroting 2039", None, "Realisatie 2039", "Verschil", "Realisatie 2038"], 1):
    x = ws.cell(h0, c, lab)
for c, lab in enumerate([None, "primitief", "na wijziging", None, None, None], 1):
    if lab:
        ws.cell(h0 + 1, c, lab)
ws.merge_cells(start_row=h0, start_column=2, end_row=h0, end_column=3)
for c in (1, 4, 5, 6):
    ws.merge_cells(start_row=h0, start_column=c, end_row=h0 + 1, end_column=c)
for rr in (h0, h0 + 1):
    for c in range(1, 7):
        x = ws.cell(rr, c)
        x.font, x.fill, x.border = B, HEADFILL, BOX
        x.alignment = Alignment(horizontal="left" if c == 1 else "center", vertical="center", wrap_text=True)
r = h0 + 2


def ex_vals(v):
    return [v[0], v[1], v[2], d.verschil(v), v[3]]


r = section(ws, r, "Lasten", 6)
for k, v in d.EX_LASTEN.items():
    r = row(ws, r, k, ex_vals(v))
r = row(ws, r, "Totaal lasten", ex_vals(d.EX_TOT_L), total=True)
r = section(ws, r, "Baten", 6)
for k, v in d.EX_BATEN.items():
    r = row(ws, r, k, ex_vals(v))
r = row(ws, r, "Totaal baten", ex_vals(d.EX_TOT_B), total=True)
r = section(ws, r, "Resultaat", 6)
r = row(ws, r, "Saldo van baten en lasten", ex_vals(d.EX_SALDO))
r = row(ws, r, "Toevoeging aan reserves", ex_vals(d.EX_TOEV))
r = row(ws, r, "Onttrekking aan reserves", ex_vals(d.EX_ONTT))
r = row(ws, r, "Resultaat na bestemming", ex_vals(d.EX_RESULT), total=True)

# ---------------------------------------------------------------------------------------------- Afwijkingen
ws, r = sheet("Afwijkingen", [34, 16, 16, 14, 7, 62], landscape=True, subtitle="Analyse van de afwijkingen",
              intro="Hieronder worden de afwijkingen tussen de begroting na wijziging en de realisatie van meer dan "
                    "€ 40.000 toegelicht. Een positief bedrag is voordelig (V); een nadelig bedrag (N) staat tussen "
                    "haakjes.")
r = head(ws, r, ["Product", "Begroting na wijziging", "Realisatie", "Afwijking", "V/N", "Toelichting"])
for prod, kind, toel in d.AFW:
    v = d.EX_LASTEN[prod] if kind == "L" else d.EX_BATEN[prod]
    a = d.afwijking(prod, kind)
    r = row(ws, r, prod, [v[1], v[2], a, "V" if a > 0 else "N", toel], fmt=NUM_PAR)
    ws.row_dimensions[r - 1].height = 15 * (len(toel) // 60 + 1) + 4
tot_a = sum(d.afwijking(p, k) for p, k, _ in d.AFW)
r = row(ws, r, "Saldo toegelichte afwijkingen", [None, None, tot_a, "V" if tot_a > 0 else "N", None], fmt=NUM_PAR,
        total=True)

# ---------------------------------------------------------------------------------------------- Deelnemersbijdragen
ws, r = sheet("Deelnemersbijdragen", [22, 21, 11, 16, 16, 16], subtitle="Deelnemersbijdragen per gemeente",
              intro="De bijdrage van de deelnemende gemeenten wordt verdeeld naar rato van het aantal huishoudens op "
                    "1 januari 2038. Het voorgestelde deel van het positieve resultaat dat wordt terugbetaald, wordt "
                    "met dezelfde verdeelsleutel over de gemeenten verdeeld.")
r = head(ws, r, ["Gemeente", "Huishoudens 1-1-2038", "Aandeel", "Bijdrage 2039", "Terugbetaling resultaat",
                 "Netto bijdrage 2039"])
for g in sorted(d.DEELN):
    r = row(ws, r, g, [d.DEELN[g], d.AANDEEL[g] / 100, d.BIJ[g], d.TERUG_G[g], d.NETTO_G[g]], extra_fmt={3: PCT2})
r = row(ws, r, "Totaal", [d.HH_TOT, 1.0, d.BIJDRAGE_WIJZ, d.TERUG, d.BIJDRAGE_WIJZ - d.TERUG], total=True,
        extra_fmt={3: PCT2})

# ---------------------------------------------------------------------------------------------- Reserves en voorzieningen
ws, r = sheet("Reserves en voorzieningen", [44, 15, 14, 14, 19], subtitle="Verloop reserves en voorzieningen 2039",
              intro="Toevoegingen aan en onttrekkingen uit reserves lopen via het resultaat (zie Exploitatie). "
                    "Dotaties aan voorzieningen zijn lasten van de producten.")
r = head(ws, r, ["Omschrijving"] + d.RV_COLS)
r = section(ws, r, "Reserves", 5)
for k, v in d.A_RES.items():
    r = row(ws, r, k, v)
r = row(ws, r, "Totaal reserves", d.A_RES_TOT, total=True)
r = section(ws, r, "Voorzieningen", 5)
for k, v in d.A_VZ.items():
    r = row(ws, r, k, v)
r = row(ws, r, "Totaal voorzieningen", d.A_VZ_TOT, total=True)

# ---------------------------------------------------------------------------------------------- Balans
ws, r = sheet("Balans", [52, 15, 15], scale="Bedragen x € 1.000", subtitle="Balans per 31 december 2039",
              intro="De balans is opgesteld na verwerking van het resultaat in de reserves, met uitzondering van het "
                    "gerealiseerde resultaat 2039 waarover het algemeen bestuur nog besluit.")
r = head(ws, r, ["Balanspost"] + d.BAL_COLS)
r = section(ws, r, "Activa", 3)
for k, v in d.BAL_ACT.items():
    r = row(ws, r, k, v)
r = row(ws, r, "Totaal activa", d.BAL_TOT_ACT, total=True)
r = section(ws, r, "Passiva", 3)
for k, v in d.BAL_PAS.items():
    r = row(ws, r, k, v)
r = row(ws, r, "Totaal passiva", d.BAL_TOT_PAS, total=True)

# ---------------------------------------------------------------------------------------------- Personeel
ws, r = sheet("Personeel", [32, 20, 13, 11, 11], scale=None, fit=False, subtitle="Formatie en personeelskosten",
              intro="De formatie is vastgesteld in het formatieplan 2039. De bezetting is de stand op 31 december "
                    "2039. Vacatures bij de inzameling en de werkplaats werden tijdelijk ingevuld met inhuur; "
                    "daardoor lagen de kosten van inhuur derden hoger dan begroot.")
hdr = r
r = head(ws, r, ["Functie", "Team", "Schaal", "Formatie (fte)", "Bezetting (fte)"])
ws.print_title_rows = f"{hdr}:{hdr}"
for team, f, s, fo, be in d.PERS_ROWS:
    r = row(ws, r, f, [team, s, fo, be], fmt=FTE)
    ws.row_dimensions[r - 1].height = 16
r = row(ws, r, "Totaal formatie", [None, None, d.FTE_FORM, d.FTE_BEZ], fmt=FTE, total=True)
r += 2
ws.cell(r, 1, "Bedragen in €").font = Font(italic=True)
r += 1
r = head(ws, r, ["Personeelskosten"] + d.PK_COLS)
for k, v in d.PK.items():
    r = row(ws, r, k, v)
r = row(ws, r, "Totaal personeelskosten", d.PK_TOT, total=True)

# ---------------------------------------------------------------------------------------------- Resultaat
ws, r = sheet("Resultaat", [46, 18, 16], subtitle="Resultaat en bestemming",
              intro=f"Het afvalschap sluit 2039 af met een positief resultaat na bestemming. Het algemeen bestuur "
                    f"stelt voor 60% van het resultaat terug te betalen aan de deelnemende gemeenten, naar rato van "
                    f"het aantal huishoudens, en 40% toe te voegen aan de Egalisatiereserve tarieven om "
                    f"schommelingen in de verwerkingstarieven op te vangen.")
r = head(ws, r, ["Omschrijving", "Begroting 2039 na wijziging", "Realisatie 2039"])
for lab, i in (("Totaal lasten", d.EX_TOT_L), ("Totaal baten", d.EX_TOT_B), ("Saldo van baten en lasten", d.EX_SALDO),
               ("Toevoeging aan reserves", d.EX_TOEV), ("Onttrekking aan reserves", d.EX_ONTT)):
    r = row(ws, r, lab, [i[1], i[2]])
r = row(ws, r, "Resultaat na bestemming", [d.EX_RESULT[1], d.EX_RESULT[2]], total=True)
r += 2
r = head(ws, r, ["Voorstel resultaatbestemming", "Bedrag"])
r = row(ws, r, "Terugbetaling aan deelnemers", [d.TERUG])
r = row(ws, r, "Toevoeging aan Egalisatiereserve tarieven", [d.NAAR_EGAL])
r = row(ws, r, "Totaal te bestemmen resultaat", [d.RESULT_2039], total=True)


# ---------------------------------------------------------------------------------------------- convert
def convert():
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="aj-xlsx-") as tmp:
        src = Path(tmp) / (Path(d.A_FILE).stem + ".xlsx")
        wb.save(src)
        env = dict(os.environ, LANG="nl_NL.UTF-8", LC_ALL="nl_NL.UTF-8")
        prof = Path(tmp) / "lo-profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(src)], check=True, env=env, capture_output=True, timeout=300)
        pdf = src.with_suffix(".pdf")
        if not pdf.exists():
            raise SystemExit("soffice did not produce a PDF (is libreoffice-calc installed?)")
        shutil.copy(pdf, OUT / d.A_FILE)
    print(f"{d.A_FILE}: written")


convert()
