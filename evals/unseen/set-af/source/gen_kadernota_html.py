"""Werkbedrijf Maasheuvel, Kadernota 2034 -- a Word document (python-docx) converted to HTML by mammoth.

The .docx is written to a temporary directory only; the corpus gets the HTML: mammoth's output unchanged
(<p>, <h1>/<h2>, <table> with <p> inside cells, colspan/rowspan from merged cells, <strong> for bold
total rows, <ul>/<ol> for lists), wrapped in a minimal html/head/body with a charset so the euro sign
survives.

Usage: python gen_kadernota_html.py CORPUS_DIR
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import mammoth
from docx import Document
from docx.shared import Pt

import data as d
from fmt import dash, eur, n, pct, trail

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus") / d.GR_FILE
G = d.GR
doc = Document()
doc.core_properties.title = f"{d.GR_TITLE} {G}"
doc.core_properties.author = G


def h1(t):
    doc.add_heading(t, level=1)


def h2(t):
    doc.add_heading(t, level=2)


def p(t, bold=False, italic=False):
    para = doc.add_paragraph()
    run = para.add_run(t)
    run.bold = bold
    run.italic = italic
    return para


def ul(items, style="List Bullet"):
    for it in items:
        doc.add_paragraph(it, style=style)


def set_cell(cell, text, bold=False):
    cell.text = ""
    par = cell.paragraphs[0]
    if text:
        run = par.add_run(text)
        run.bold = bold
        run.font.size = Pt(9)


def table(rows: list[list[str]], bold_rows: set[int] = frozenset(), merges: list = ()):
    """rows: full grid of texts; merges: ((r1, c1), (r2, c2)) rectangles to merge (text of the top-left cell kept)."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for ri, row in enumerate(rows):
        for ci, txt in enumerate(row):
            set_cell(t.cell(ri, ci), txt, bold=ri in bold_rows)
    for (r1, c1), (r2, c2) in merges:
        keep = rows[r1][c1]
        m = t.cell(r1, c1).merge(t.cell(r2, c2))
        set_cell(m, keep, bold=r1 in bold_rows)
    return t


# ---------------------------------------------------------------------------------------------------------------
p(d.GR_TITLE, bold=True)
p(G, bold=True)
p("Gemeenschappelijke regeling voor de sociale werkvoorziening en beschut werk van de gemeenten "
  "Wolderbeek, Olmenrade, Kruisvelde, Drieswijk en Lommerveld")
p("Vastgesteld door het algemeen bestuur op 12 februari 2033; aan de raden van de deelnemers toegezonden voor "
  "een zienswijze.", italic=True)

h1("Leeswijzer")
p(f"Deze kadernota geeft de financiële kaders voor de begroting {d.GR_YEAR} en de meerjarenraming 2035-2037 van "
  f"{G}. Hoofdstuk 1 beschrijft de aanleiding en de toetreding van Lommerveld. Hoofdstuk 2 kijkt terug op de "
  f"jaarrekening 2032. In hoofdstuk 3 staan de uitgangspunten en in hoofdstuk 4 het meerjarig financieel beeld. "
  f"Hoofdstuk 5 licht de ontwikkelingen ten opzichte van de begroting 2033 toe en hoofdstuk 6 bevat de voorstellen "
  f"voor nieuw beleid. De bijdragen per deelnemer staan in hoofdstuk 7, de uurtarieven in hoofdstuk 8.")
p("Bedragen zijn in hele euro's, tenzij boven een tabel anders staat vermeld. Een min-teken voor een bedrag betekent "
  "een negatief saldo (tekort). In tabel 2 staat het min-teken achter het bedrag; dat betekent een nadeel. Een "
  "streepje (-) betekent nihil; een leeg vak betekent dat de post in dat jaar niet van toepassing is.")

h1("1 Inleiding")
h2("1.1 Aanleiding")
p(f"{G} voert voor vijf gemeenten de Wet sociale werkvoorziening (Wsw) en beschut werk uit. Het aantal "
  f"Wsw-medewerkers daalt, omdat er sinds 2015 geen nieuwe instroom meer is. Tegelijk daalt de rijksbijdrage per "
  f"standaardeenheid. Zonder maatregelen loopt het tekort de komende jaren op. Deze kadernota laat zien hoe het "
  f"bestuur daarmee wil omgaan.")
h2("1.2 Toetreding Lommerveld")
p(f"Per 1 januari {d.GR_YEAR} treedt de gemeente Lommerveld toe tot de gemeenschappelijke regeling. Lommerveld brengt "
  f"{n(d.BIJ['Lommerveld']['se'], 1)} standaardeenheden in. Omdat Lommerveld in 2033 nog geen deelnemer is, staat in "
  f"de kolom begroting 2033 voor Lommerveld geen bijdrage.")

h1("2 Terugblik op 2032")
p(f"De jaarrekening 2032 sloot met een positief resultaat van {eur(d.GR_RESULTAAT_2032)}. Dat komt vooral door een "
  f"hogere omzet in de detachering en door de uitkering van een verzekeringsclaim na de brand in de "
  f"verpakkingshal. Het algemeen bestuur heeft besloten het resultaat toe te voegen aan de algemene reserve. Het "
  f"gemiddelde ziekteverzuim onder Wsw-medewerkers bedroeg 11,8%.")

h1("3 Uitgangspunten")
p(f"Voor de begroting {d.GR_YEAR} hanteren we de volgende uitgangspunten:")
ul([f"De loonkosten stijgen met {pct(d.GR_INDEX_LOON)} (cao Aan de slag en sociale lasten).",
    f"De overige kosten stijgen met {pct(d.GR_INDEX_PRIJS)} (prijsindex materiële overheidsconsumptie).",
    f"Het aantal standaardeenheden Wsw bedraagt in {d.GR_YEAR} {n(d.GR_SE_2034, 1)}, inclusief Lommerveld.",
    "De gemeentelijke bijdrage wordt verdeeld naar rato van het aantal standaardeenheden per deelnemer."],
   style="List Number")

h1("4 Meerjarig financieel beeld")
p(f"Tabel 1 geeft de baten en lasten van {G} voor de jaren 2032 tot en met 2037. De kolom Rekening 2032 komt uit de "
  f"jaarrekening; de jaren 2035 tot en met 2037 zijn de meerjarenraming.")
p("Tabel 1 Meerjarig financieel beeld (bedragen in euro's)", italic=True)
head1 = ["Omschrijving", "Rekening 2032", "Begroting 2033", "Begroting 2034", "Meerjarenraming", "", ""]
head2 = ["", "", "", "", "2035", "2036", "2037"]
rows = [head1, head2, ["Baten", "", "", "", "", "", ""]]
for nm, v in d.GR_BATEN:
    rows.append([nm] + [dash(x) for x in v])
rows.append(["Totaal baten"] + [n(x) for x in d.GR_BATEN_TOT])
rows.append(["Lasten", "", "", "", "", "", ""])
for nm, v in d.GR_LASTEN:
    rows.append([nm] + [dash(x) for x in v])
rows.append(["Totaal lasten"] + [n(x) for x in d.GR_LASTEN_TOT])
rows.append(["Saldo van baten en lasten"] + [n(x) for x in d.GR_SALDO])
bold = {0, 1, 2, 3 + len(d.GR_BATEN), 4 + len(d.GR_BATEN), len(rows) - 2, len(rows) - 1}
table(rows, bold_rows=bold, merges=[((0, 4), (0, 6)), ((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)),
                                    ((0, 3), (1, 3))])
p(f"Het saldo {d.GR_YEAR} is {eur(d.GR_SALDO[2])}, een klein tekort; in 2037 loopt het tekort op tot "
  f"{eur(-d.GR_SALDO[5])}. Het bestuur "
  f"stelt voor het tekort in {d.GR_YEAR} op te vangen binnen de algemene reserve en voor 2035 en later maatregelen "
  f"uit te werken in de begroting.")

h1("5 Ontwikkelingen")
h2("5.1 Ontwikkelingen ten opzichte van de begroting 2033")
p("De belangrijkste ontwikkelingen ten opzichte van de begroting 2033 staan in tabel 2. Een voordeel staat zonder "
  "teken; een nadeel heeft een min-teken achter het bedrag.")
p("Tabel 2 Ontwikkelingen ten opzichte van de begroting 2033 (bedragen x € 1.000)", italic=True)
rows = [["Ontwikkeling", "2034", "2035", "2036", "2037"]]
for nm, v in d.ONTWIKKELINGEN:
    rows.append([nm] + [trail(x) for x in v])
rows.append(["Saldo ontwikkelingen"] + [trail(x) for x in d.ONTW_TOT])
table(rows, bold_rows={0, len(rows) - 1})
h2("5.2 Toelichting")
lr = d.ONTWIKKELINGEN[1][1]
p(f"De rijksbijdrage per standaardeenheid daalt in {d.GR_YEAR} met € {n(abs(lr[0]) * 1000)} ten opzichte van 2033 en "
  f"in 2037 met € {n(abs(lr[3]) * 1000)}. Daar staat tegenover dat de loonkosten dalen doordat Wsw-medewerkers met "
  f"pensioen gaan. De energiekosten blijven hoog door het nieuwe contract voor de bedrijfspanden.")

h1("6 Nieuw beleid")
p("Het algemeen bestuur legt de volgende voorstellen voor nieuw beleid voor aan de deelnemers. De bedragen zijn "
  "verwerkt in de regel 'Nieuw beleid' van tabel 1.")
ul([f"{t}: {txt}." for t, _, txt in d.NIEUW_BELEID])
p(f"In totaal vragen de voorstellen {eur(d.NB_TOT[0])} in {d.GR_YEAR} en {eur(d.NB_TOT[1])} in 2035. Het leerwerkbedrijf "
  f"Hoefvelde biedt plaats aan jongeren uit het praktijkonderwijs en aan statushouders die nog niet aan het werk zijn; "
  f"zij leren er een vak in de groenvoorziening en de logistiek.")

h1("7 Bijdragen van de deelnemers")
p(f"De gemeentelijke bijdrage in {d.GR_YEAR} bedraagt in totaal {eur(d.BIJDRAGE_2034_TOTAAL)}. De verdeling naar "
  f"deelnemer volgt uit het aantal standaardeenheden (SE) Wsw per gemeente.")
p("Tabel 3 Bijdragen per deelnemer (bedragen in euro's)", italic=True)
rows = [["Deelnemer", "Inwoners 1-1-2033", f"SE Wsw {d.GR_YEAR}", "Verdeelsleutel", "Gemeentelijke bijdrage", ""],
        ["", "", "", "", "Begroting 2033", f"Raming {d.GR_YEAR}"]]
for nm, b in d.BIJ.items():
    rows.append([nm, n(b["inwoners"]), n(b["se"], 1), pct(b["sleutel"], 2), dash(b["b2033"] or 0), n(b["b2034"])])
rows.append(["Totaal", n(d.BIJ_TOT["inwoners"]), n(d.BIJ_TOT["se"], 1), "100,00%", n(d.BIJ_TOT["b2033"]),
             n(d.BIJ_TOT["b2034"])])
table(rows, bold_rows={0, 1, len(rows) - 1},
      merges=[((0, 4), (0, 5)), ((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (1, 3))])
p(f"De bijdrage van de gemeenten stijgt in {d.GR_YEAR} met {eur(d.BIJ_TOT['b2034'] - d.BIJ_TOT['b2033'])}, waarvan "
  f"{eur(d.BIJ['Lommerveld']['b2034'])} de bijdrage van Lommerveld is.")

h1("8 Tarieven")
p(f"{G} rekent voor detachering en dienstverlening een uurtarief per tariefgroep. De tarieven stijgen in "
  f"{d.GR_YEAR} met de loon- en prijsontwikkeling.")
p("Tabel 4 Uurtarieven per tariefgroep (bedragen in euro's, exclusief btw)", italic=True)
rows = [["Tariefgroep", "Omschrijving", "Tarief 2033", f"Tarief {d.GR_YEAR}", "Stijging"]]
for g, v in d.GRT.items():
    rows.append([g, v["oms"], eur(v["2033"], 2), eur(v["2034"], 2), pct(v["stijging"])])
table(rows, bold_rows={0})

h1("9 Weerstandsvermogen en risico's")
p("Het weerstandsvermogen van de regeling bestaat uit de algemene reserve. Volgens de nota reserves mag de algemene "
  "reserve ten hoogste 5% van de omzet bedragen; een hoger bedrag wordt aan de deelnemers uitgekeerd.")
p("Tabel 5 Weerstandsvermogen (bedragen in euro's)", italic=True)
rows = [["Onderdeel", f"1-1-{d.GR_YEAR}"],
        ["Algemene reserve (verwacht)", n(d.GR_ALG_RESERVE)],
        ["Benodigde weerstandscapaciteit", n(d.GR_BENODIGD)],
        ["Weerstandsratio", n(d.GR_RATIO, 2)]]
table(rows, bold_rows={0, 3})
p("De belangrijkste risico's zijn een verdere daling van de rijksbijdrage, uitval van grote opdrachtgevers in de "
  "detachering en hogere ziektekosten bij een ouder wordend personeelsbestand.")

h1("10 Investeringen")
p("Tabel 6 Investeringen (bedragen in euro's)", italic=True)
rows = [["Investering", f"{d.GR_YEAR}", "2035", "2036", "2037"],
        ["Vervanging heftrucks productiehal", "145.000", "", "", "150.000"],
        ["Elektrische bedrijfsbussen groen", "220.000", "220.000", "", ""],
        ["Inrichting leerwerkbedrijf Hoefvelde", "95.000", "-", "", ""],
        ["Totaal", "460.000", "220.000", "", "150.000"]]
table(rows, bold_rows={0, 4})

h1("11 Vervolg")
p(f"De raden van de deelnemers kunnen tot en met 15 april 2033 een zienswijze op deze kadernota indienen. Het algemeen "
  f"bestuur stelt de begroting {d.GR_YEAR} vast op 2 juli 2033.")

# ---------------------------------------------------------------------------------------------------------------
with tempfile.TemporaryDirectory() as tmp:
    docx_path = Path(tmp) / "kadernota.docx"
    doc.save(docx_path)
    with open(docx_path, "rb") as fh:
        result = mammoth.convert_to_html(fh)
body = result.value
html = ("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{d.GR_TITLE} {G}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n")
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(html, encoding="utf-8")
print(f"wrote {OUT} ({len(body)} chars; mammoth messages: {len(result.messages)})")
for m in result.messages:
    print("  mammoth:", m.type, m.message)
