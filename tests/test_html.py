"""HTML ingestion: saved pages of online budget platforms."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

from assistant.corpus import read_corpus
from assistant.html import html_text
from assistant.index import build_index
from assistant.settings import Settings

from .conftest import text_answerer

PAGE = Path(__file__).parent / "data" / "budgetplatform-page.html"


def _page_cells(page: bytes, municipality: str):
    """The figures of one saved web page."""
    from assistant.figures import document_figures
    from assistant.parsing import parse_sections

    text = html_text(page, Path("pagina.html"))
    return document_figures(parse_sections(text), document_id="p", municipality=municipality)


def test_main_text_only_with_headings_lists_and_table_rows() -> None:
    text = html_text(PAGE.read_bytes(), PAGE)
    lines = text.split("\n")
    assert "# Programma Jeugd" in lines and "## Wat mag het kosten?" in lines
    assert "• Minder jongeren met schulden." in lines
    assert "Lasten 12.401 12.950 13.275" in [" ".join(line.split()) for line in lines]
    for noise in ("cookies", "Paragrafen", "Privacy", "breadcrumbs", "999.999.999", "Sport"):
        assert noise not in text


def test_a_budget_page_is_indexed_and_answers_with_its_figures(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(PAGE, corpus / "jeugd.html")
    doc = read_corpus([corpus]).documents[0]
    assert (doc.municipality, doc.year) == ("Heuveldal", 2025)
    settings = Settings.load(index_dir=tmp_path / "index", corpus_dirs=str(corpus))
    build_index(settings)
    from assistant.answering import Assistant

    assistant = Assistant(settings)
    figure = assistant.ask("Wat zijn de lasten van programma Jeugd in 2025?")
    assert figure.figures[0].value == 13275000
    text = assistant.ask("Wat opent Heuveldal in het dorpshuis?")
    assert text.kind == "text" and "jongerenpunt" in text.text
    assert all("cookie" not in c.text.lower() for c in assistant.chunks)


def test_html_table_cells_keep_their_column_when_one_is_empty(tmp_path: Path) -> None:
    from assistant.figures import document_figures
    from assistant.parsing import parse_sections

    page = (
        "<html><body><main><h1>Programma Zorg</h1><h2>Wat mag het kosten?</h2>"
        "<table><caption>Tabel 2.1 Lasten (bedragen x € 1.000)</caption>"
        "<tr><th>Omschrijving</th><th>Rekening 2023</th><th>Begroting 2024</th>"
        "<th>Begroting 2025</th></tr>"
        "<tr><td>Wmo</td><td>900</td><td></td><td>950</td></tr>"
        "<tr><td>Jeugd</td><td>1.200</td><td>1.250</td><td>1.300</td></tr>"
        "</table></main></body></html>"
    ).encode()
    text = html_text(page, tmp_path / "zorg.html")
    cells = document_figures(parse_sections(text), document_id="z", municipality="Proefstad")
    wmo = {c.period: c.value for c in cells if c.row == "Wmo"}
    assert wmo == {"2023": 900000, "2025": 950000}  # the empty 2024 shifts nothing
    assert [c.status for c in cells if c.row == "Jeugd"] == ["realisatie", "begroot", "begroot"]


GRID_PAGE = b"""<html><head><style>
.kern { display: grid; grid-template-columns: 2fr 1fr 1fr }
.row { display: contents }
.dgrid { display:grid; grid-template-columns: 2fr repeat(5, 1fr) }
.dg-cell.cs2 { grid-column: span 2 }
.dg-cell.rs2 { grid-row: span 2 }
</style></head><body><main>
<h2>Kerngegevens</h2>
<div class="kern" role="table" aria-label="Kerngegevens">
 <div class="row" role="row"><div>Structuur</div><div>1 januari 2031</div>
  <div>1 januari 2030</div></div>
 <div class="row" role="row"><div>Aantal inwoners</div><div>47.385</div><div>46.918</div></div>
 <div class="row" role="row"><div>Aantal huishoudens</div><div>21.163</div><div>20.874</div></div>
</div>
<h3>Wat mag het kosten?</h3>
<div>Lasten en baten Zorg (bedragen x &euro; 1.000)</div>
<div class="dgrid">
 <div class="row"><div class="dg-cell rs2">Taakveld</div><div class="dg-cell cs2">Lasten</div>
  <div class="dg-cell cs2">Baten</div><div class="dg-cell rs2">Saldo 2032</div></div>
 <div class="row"><div class="dg-cell">Begroting 2031</div><div class="dg-cell">Begroting 2032</div>
  <div class="dg-cell">Begroting 2031</div><div class="dg-cell">Begroting 2032</div></div>
 <div class="row"><div class="dg-cell">Wmo huishoudelijke hulp</div><div class="dg-cell">6.104</div>
  <div class="dg-cell">6.588</div><div class="dg-cell">198</div><div class="dg-cell">205</div>
  <div class="dg-cell">-6.383</div></div>
</div>
<div class="cards"><div><div>Nieuws</div><div>Lees meer</div></div><div><div>Agenda</div>
<div>Raad</div></div></div>
</main></body></html>"""


def test_a_table_of_div_rows_laid_out_by_css_is_read_as_a_table() -> None:
    """Rows of divs in a grid (role="table", or a class the style sheet shows as a grid),
    with cells spanning columns and rows by their CSS class."""
    lines = [" ".join(ln.split()) for ln in html_text(GRID_PAGE, Path("p.html")).split("\n")]
    assert "Aantal inwoners 47.385 46.918" in lines
    header = next(ln for ln in lines if ln.startswith("Taakveld"))
    assert header == (
        "Taakveld Lasten Begroting 2031 Lasten Begroting 2032 Baten Begroting 2031 "
        "Baten Begroting 2032 Saldo 2032"
    )
    assert "Wmo huishoudelijke hulp 6.104 6.588 198 205 -6.383" in lines
    assert "Nieuws Lees meer" not in lines  # cards of text: no table


FLEX_PAGE = b"""<html><head><style>
.fx-row { display: flex; justify-content: space-between }
.fx-row > span { flex: 1 }
.nav { display: flex }
</style></head><body>
<nav class="nav"><a href="#a">Start</a><a href="#b">Balans</a></nav>
<main>
<h2>Balans per 31 december (x &euro; 1.000)</h2>
<div class="balans">
 <div class="fx-row head"><span>Balanspost</span><span>31-12-2031</span>
  <span>31-12-2030</span></div>
 <div class="fx-row"><span>Materi\xc3\xable vaste activa</span><span>2.386</span>
  <span>2.212</span></div>
 <div class="fx-row"><span>Liquide middelen</span><span>612</span><span>450</span></div>
 <div class="fx-row total"><span>Totaal activa</span><span>2.998</span><span>2.662</span></div>
</div>
<div class="links"><div style="display:flex"><span>Contact</span><span>Privacy</span></div>
<div style="display:flex"><span>Toegankelijkheid</span><span>Cookies</span></div></div>
</main></body></html>"""


def test_a_table_of_flex_rows_is_read_as_a_table() -> None:
    """Rows laid out side by side by CSS flexbox, without roles: a table when its rows hold
    figures; rows of links are no table."""
    from assistant.figures import document_figures
    from assistant.parsing import parse_sections

    text = html_text(FLEX_PAGE, Path("p.html"))
    lines = [" ".join(ln.split()) for ln in text.split("\n")]
    assert "Balanspost 31-12-2031 31-12-2030" in lines
    assert "Liquide middelen 612 450" in lines
    cells = document_figures(parse_sections(text), document_id="b", municipality="Proefstad")
    assert {c.column: c.value for c in cells if c.row == "Liquide middelen"} == {
        "31-12-2031": 612000, "31-12-2030": 450000,
    }  # fmt: skip
    assert "Contact Privacy" in text.split("\n")  # rows of words, not laid out in columns


WRITER_PAGE = b"""<html><head><meta name="generator" content="LibreOffice 7.6"/>
<style>p.kop1 { font-size: 16pt; font-weight: bold }</style></head><body>
<p class="kop1">1. Inleiding</p>
<p>De kadernota geeft de kaders voor de begroting 2030.</p>
<p class="western" style="font-size: 14pt"><b>2. Financieel kader</b></p>
<p class="kop2-western">2.1 Lasten en baten</p>
<p>2. De raad heeft het kader in juni vastgesteld.</p>
<p><b>3 Let op:</b> de indexatie volgt later.</p>
<p><b>Totaal bijdragen</b></p>
</body></html>"""


def test_numbered_paragraphs_styled_as_titles_are_headings() -> None:
    """A word processor saves a chapter title in a paragraph style of its own ('kop1'), or
    as a bold paragraph, with its number in the text: a heading, at the depth its number
    gives; a sentence that starts with a number, or a bold lead, is no heading."""
    lines = html_text(WRITER_PAGE, Path("k.html")).split("\n")
    assert "# 1. Inleiding" in lines
    assert "# 2. Financieel kader" in lines
    assert "## 2.1 Lasten en baten" in lines
    assert "2. De raad heeft het kader in juni vastgesteld." in lines
    assert not any(line.startswith("#") and "Let op" in line for line in lines)
    assert not any(line.startswith("#") and "Totaal" in line for line in lines)


def test_a_header_of_cells_spanning_two_rows_heads_a_table_with_a_group_row_under_it() -> None:
    """A word processor's table (every cell a td): its title in a cell across the table, a
    header of two rows (cells spanning both beside 'Meerjarenraming' over its years), then a
    group row ('Lasten', its other cells empty) before the first figures. Every column keeps
    its own header, and the group stays a row of the table."""
    from assistant.figures import document_figures
    from assistant.parsing import parse_sections

    def tds(*texts: str, attrs: str = "") -> str:
        return "".join(f"<td{attrs}>{t}</td>" for t in texts)

    page = (
        "<html><body><h1>2. Financieel kader</h1><table>"
        f"<tr><td colspan='5'><b>Tabel 2.1 Financieel kader (bedragen x € 1.000)</b></td></tr>"
        f"<tr>{tds('Omschrijving', 'Begroting 2029<br/>na wijziging', attrs=' rowspan=2')}"
        "<td colspan='3'>Meerjarenraming</td></tr>"
        f"<tr>{tds('2030', '2031', '2032')}</tr>"
        f"<tr>{tds('<b>Lasten</b>', '&nbsp;', '&nbsp;', '&nbsp;', '&nbsp;')}</tr>"
        f"<tr>{tds('Personeelslasten', '38.412', '40.285', '40.870', '41.210')}</tr>"
        f"<tr>{tds('Kapitaallasten', '6.918', '7.304', '7.655', '7.890')}</tr>"
        "</table></body></html>"
    ).encode()
    text = html_text(page, Path("kader.html"))
    cells = document_figures(parse_sections(text), document_id="k", municipality="Proefstad")
    personeel = {c.column: c.value for c in cells if c.row == "Personeelslasten"}
    assert personeel["Begroting 2029 na wijziging"] == 38412000, personeel
    assert personeel["Meerjarenraming 2030"] == 40285000, personeel
    assert {c.group for c in cells if c.row == "Kapitaallasten"} == {"Lasten"}


def test_a_column_headed_by_its_scale_only_dates_each_row_by_its_label() -> None:
    """'Opbouw | x € 1.000' over one column of amounts, the years in the rows' labels
    ('Loonindexatie 2030' under 'Bijdrage begroting 2029'): every amount in thousands, of the
    year its label names; a year in a label is no figure."""

    rows = [("Opbouw", "x € 1.000"), ("Bijdrage gemeenten begroting 2029", "48.830"),
            ("Loonindexatie 2030", "1.306"), ("Nieuw beleid, structureel deel", "398"),
            ("Bijdrage gemeenten begroting 2030", "50.534")]  # fmt: skip
    page = (
        "<html><body><h2>Opbouw van de bijdrage 2030</h2><table>"
        + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
        + "</table></body></html>"
    ).encode()
    cells = _page_cells(page, "Proefstad")
    found = {(c.row, c.period): c.value for c in cells}
    assert found == {
        ("Bijdrage gemeenten begroting 2029", "2029"): 48830000,
        ("Loonindexatie 2030", "2030"): 1306000,
        ("Nieuw beleid, structureel deel", "2030"): 398000,
        ("Bijdrage gemeenten begroting 2030", "2030"): 50534000,
    }, found


def test_a_scale_note_over_the_year_columns_scales_them_and_names_none() -> None:
    """'Bedragen x € 1.000' in a header cell spanning the years: every amount in thousands,
    each column named by its year alone, and every row read (one with dashes too)."""

    page = (
        "<html><body><h2>4. Nieuw beleid</h2><p>Het bestuur doet drie voorstellen.</p><table>"
        "<tr><td rowspan='2'>Voorstel</td><td rowspan='2'>S/I</td>"
        "<td colspan='2'>Bedragen x € 1.000</td></tr><tr><td>2030</td><td>2031</td></tr>"
        "<tr><td>4.1 Uitbreiding formatie</td><td>S</td><td>182</td><td>186</td></tr>"
        "<tr><td>4.2 Vervanging uitrusting duikteams</td><td>I</td><td>245</td><td>-</td></tr>"
        "<tr><td>4.3 Natuurbrandbeheersing</td><td>S</td><td>96</td><td>138</td></tr>"
        "<tr><td>Totaal nieuw beleid</td><td></td><td>523</td><td>324</td></tr>"
        "</table></body></html>"
    ).encode()
    cells = _page_cells(page, "Proefstad")
    found = {(c.row, c.column): c.value for c in cells if c.value is not None}
    assert found[("4.2 Vervanging uitrusting duikteams", "2030")] == 245000, found
    assert found[("Totaal nieuw beleid", "2031")] == 324000, found
    assert not any("Bedragen" in c.table or "Bedragen" in c.column for c in cells)


def test_a_row_header_spanning_rows_names_each_row_it_spans() -> None:
    """'<th scope="rowgroup" rowspan="2">Waterveiligheid</th>' beside 'Lasten' and, on the
    next row, 'Baten': both rows are Waterveiligheid's, but 'Totaal lasten' beside 'Lasten'
    is the total. An amount spanning two rows is printed once and counted once."""
    page = (
        "<html><body><h2>Financieel overzicht</h2><table>"
        "<caption>Tabel 1. Lasten en baten per programma (x € 1.000)</caption>"
        "<thead><tr><th colspan='2'>Programma</th><th>2031</th><th>2032</th></tr></thead>"
        "<tbody><tr><th scope='rowgroup' rowspan='2'>Waterveiligheid</th><th>Lasten</th>"
        "<td>18.412</td><td>18.960</td></tr>"
        "<tr><th>Baten</th><td>1.205</td><td>1.240</td></tr></tbody>"
        "<tbody><tr><th scope='rowgroup' rowspan='2'>Schoon water</th><th>Lasten</th>"
        "<td>31.870</td><td rowspan='2'>32.415</td></tr>"
        "<tr><th>Baten</th><td>2.310</td></tr></tbody>"
        "<tbody><tr><th rowspan='2'>Lasten</th><th>Personeel</th><td>8.100</td><td>8.300</td></tr>"
        "<tr><th>Totaal lasten</th><td>58.382</td><td>59.675</td></tr></tbody>"
        "</table></body></html>"
    ).encode()
    cells = _page_cells(page, "Proefwaard")
    found = {(c.row, c.column): c.value for c in cells if c.value is not None}
    assert found[("Waterveiligheid Baten", "2031")] == 1205000, found
    assert found[("Schoon water Baten", "2031")] == 2310000, found
    assert ("Schoon water Baten", "2032") not in found, found
    # ... and the total of the rows it spans keeps its own name
    assert found[("Lasten Personeel", "2031")] == 8100000, found
    assert found[("Totaal lasten", "2031")] == 58382000, found


CARDS_PAGE = """<html><head><style>
.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); }
.kpi { display: flex; flex-direction: column; }
</style></head><body><main>
<h2>De begroting in het kort</h2>
<div class="kpis">
 <div class="kpi"><span class="label">Totale lasten 2031</span>
  <span class="value">€&nbsp;64,2&nbsp;mln</span></div>
 <div class="kpi"><span class="label">Opbrengst heffingen</span>
  <span class="value">€&nbsp;58,9&nbsp;mln</span></div>
 <div class="kpi"><span class="label">Stijging tarief per huishouden</span>
  <span class="value">+4,8%</span></div>
</div>
<p>De begroting 2031 is sluitend.</p>
</main></body></html>""".encode()


def test_key_figure_cards_in_millions_are_read_as_what_each_card_says() -> None:
    """A grid of cards, each a label over an amount in words ('€ 58,9 mln'): no table whose
    header is every label, but each card's label with its amount."""

    cells = _page_cells(CARDS_PAGE, "Waterschap Proefwaard")
    found = {c.value: c.row for c in cells}
    assert "Opbrengst heffingen" in found[58900000], found
    assert "Totale lasten 2031" in found[64200000], found
    assert "Stijging tarief" in found[Decimal("4.8")], found
    answer = text_answerer(
        html_text(CARDS_PAGE, Path("k.html")), municipality="Waterschap Proefwaard", year="2031"
    ).answer(
        "Hoeveel haalt het waterschap op aan heffingen?", "Waterschap Proefwaard"
    )
    assert [f.value for f in answer.figures] == [58900000], answer.text


def test_a_footnote_reference_in_superscript_is_no_word_of_the_label() -> None:
    """'Zuiveringsheffing<sup><a href="#noot2">2</a></sup>': the row is the
    zuiveringsheffing, not 'Zuiveringsheffing 2'."""
    page = (
        "<html><body><h2>Tarieven</h2><table><caption>Tabel 2. Tarieven 2031</caption>"
        "<thead><tr><th>Categorie</th><th>Tarief 2030</th><th>Tarief 2031</th></tr></thead>"
        "<tbody><tr><th scope='row'>Ingezetenenheffing</th><td>€ 131,52</td><td>€ 138,04</td>"
        "</tr><tr><th scope='row'>Zuiveringsheffing<sup><a href='#noot2'>2</a></sup></th>"
        "<td>€ 71,36</td><td>€ 77,02</td></tr><tr><th scope='row'>Verontreinigingsheffing"
        "<sup>3</sup> per vervuilingseenheid</th><td>€ 71,36</td><td>€ 77,02</td></tr>"
        "<tr><th scope='row'>Prijs per m<sup>3</sup> water</th><td>€ 1,12</td><td>€ 1,18</td>"
        "</tr><tr><th scope='row'>Onttrekking reserve</th><td>640</td>"
        "<td>885<a href='#noot4'><sup>4</sup></a></td></tr></tbody></table>"
        "<ol><li id='noot2'>Per vervuilingseenheid.</li></ol></body></html>"
    ).encode()
    rows = {c.row for c in _page_cells(page, "Waterschap Proefwaard")}
    assert "Zuiveringsheffing" in rows, rows
    assert "Verontreinigingsheffing per vervuilingseenheid" in rows, rows
    assert "Prijs per m³ water" in rows, rows  # a unit's power is no footnote
    # ... and a figure keeps its column beside its note's mark
    cells = _page_cells(page, "Waterschap Proefwaard")
    taken = {c.column: c.value for c in cells if c.row == "Onttrekking reserve"}
    assert taken == {"Tarief 2030": 640, "Tarief 2031": 885}, taken
