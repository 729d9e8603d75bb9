"""Budget documents in layouts beyond the ones the product started from: a saved web page
whose content sits in a container named after its sidebar, header rows stacked with row-
and colspans, columns of categories, accountants' negatives, a text export with columns of
codes and numbered rows that wrap, a table continued under '(vervolg)', and a PDF whose
two columns of text alternate with tables across the width. Made-up municipality Proefdorp.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from assistant.figure_answers import FigureAnswerer
from assistant.figures import document_figures
from assistant.html import html_text
from assistant.parsing import parse_sections

from .conftest import laid_out, text_answerer
from .pdfmaker import Cells, flush_right, make_pdf

PAGE = """<html><head><title>Programma 4 Leefomgeving | Begroting 2025 | Proefdorp</title></head>
<body><nav class="main-nav"><ul><li>Home</li><li>Programma 9 Sport 999</li></ul></nav>
<div class="container layout layout--sidebar">
<aside class="sidebar">Op deze pagina</aside>
<main><h1>Programma 4 Leefomgeving</h1>
<h4>Overzicht baten en lasten programma 4 (bedragen x € 1.000)</h4>
<table><caption>Tabel 4.2 Baten en lasten programma 4</caption>
<thead><tr><th rowspan="2">Taakveld</th><th colspan="1">Realisatie</th>
<th colspan="2">Begroting</th><th colspan="1">Meerjarenraming</th></tr>
<tr><th>Rekening<br>2023</th><th>Begroting<br>2024</th><th>Begroting<br>2025</th>
<th>Raming<br>2026</th></tr></thead>
<tbody><tr><td colspan="5"><strong>Lasten</strong></td></tr>
<tr><td>7.2 Riolering</td><td>3.905</td><td>4.021</td><td>4.236</td><td>4.318</td></tr>
<tr><td>7.3 Afval</td><td>4.688</td><td>4.903</td><td>5.217</td><td>5.284</td></tr>
</tbody></table>
<p>Tabel 4.3 Verschillen begroting 2025 ten opzichte van 2024 (bedragen x € 1.000)</p>
<table><thead><tr><th>Nr.</th><th>Omschrijving</th><th>Lasten</th><th>Baten</th>
<th>Saldo</th></tr></thead><tbody>
<tr><td>1</td><td>Afval: hogere verwerkingstarieven; hogere opbrengst heffing</td>
<td>(314)</td><td>263</td><td>(51)</td></tr>
<tr><td>2</td><td>Riolering: hogere kapitaallasten</td><td>(215)</td><td>214</td><td>(1)</td></tr>
</tbody></table>
<h4>Tabel 4.5 Tarieven</h4>
<table><tr><th>Tarief</th><th>2024</th><th>2025</th></tr>
<tr><th colspan="3">Afvalstoffenheffing</th></tr>
<tr><td>Vastrecht per perceel</td><td>€ 238,80</td><td>€ 259,20</td></tr>
<tr><th colspan="3">Rioolheffing</th></tr>
<tr><td>Eigenarendeel per aansluiting</td><td>€ 212,40</td><td>€ 222,96</td></tr></table>
<p>Het vastrecht van de afvalstoffenheffing stijgt in 2025 met 8,5%; het eigenarendeel van
de rioolheffing voor een woning met 5,0%.</p>
<h4>Tabel 4.6 Kostendekkendheid heffingen 2025 (bedragen in €)</h4>
<table><tr><th>Omschrijving</th><th>Afvalstoffen-<br>heffing</th><th>Riool-<br>heffing</th></tr>
<tr><td>Totale kosten</td><td>4.338.462</td><td>4.481.688</td></tr>
<tr><td>Opbrengst heffingen 2025</td><td>4.173.600</td><td>4.401.700</td></tr></table>
</main></div><footer class="site-footer">Privacy</footer></body></html>
"""


@pytest.fixture(scope="module")
def page_answerer() -> FigureAnswerer:
    text = html_text(PAGE.encode(), Path("proefdorp.html"))
    cells = document_figures(parse_sections(text), document_id="p", municipality="Proefdorp")
    return FigureAnswerer(cells, {}, "")


def test_the_content_beside_a_sidebar_is_read_and_the_menus_are_not() -> None:
    text = html_text(PAGE.encode(), Path("proefdorp.html"))
    assert "Programma 4 Leefomgeving" in text and "7.3 Afval" in text
    assert "999" not in text and "Privacy" not in text and "Op deze pagina" not in text


def test_stacked_header_rows_name_every_column_in_full() -> None:
    text = html_text(PAGE.encode(), Path("proefdorp.html"))
    header = next(ln for ln in text.split("\n") if ln.startswith("Taakveld"))
    assert " ".join(header.split()) == (
        "Taakveld Realisatie Rekening 2023 Begroting 2024 Begroting 2025 "
        "Meerjarenraming Raming 2026"
    )
    # a group name across the table is a row of it, not a header
    assert "Tarief   2024" in " ".join(text.split("\n")) or "Tarief" in text
    cells = document_figures(parse_sections(text), document_id="p", municipality="Proefdorp")
    fee = {(c.group, c.row, c.period): c.value for c in cells if c.row == "Vastrecht per perceel"}
    assert fee[("Afvalstoffenheffing", "Vastrecht per perceel", "2025")] == Decimal("259.20")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # the scale note stands in the heading above the table's caption
        ("Hoeveel geeft Proefdorp in 2025 uit aan afval?", "5217000"),
        ("Wat kost de riolering in 2026?", "4318000"),
        # a column of categories (Rioolheffing) and the row of the yield
        ("Wat is de opbrengst van de rioolheffing in 2025?", "4401700"),
        # a tariff, not the percentage it rises by
        ("Wat moet ik in 2025 betalen aan vastrecht voor de afvalstoffenheffing?", "259.20"),
    ],
)  # fmt: skip
def test_figures_of_a_saved_page(page_answerer, question: str, value: str) -> None:
    answer = page_answerer.answer(question, "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal(value)


def test_negatives_in_brackets_are_negative_in_their_column() -> None:
    text = html_text(PAGE.encode(), Path("proefdorp.html"))
    cells = document_figures(parse_sections(text), document_id="p", municipality="Proefdorp")
    first = {c.column: c.value for c in cells if c.row.startswith("1 Afval")}
    assert first == {"Lasten": -314000, "Baten": 263000, "Saldo": -51000}


def test_percentages_are_never_added_up(page_answerer) -> None:
    answer = page_answerer.answer(
        "Met hoeveel procent stijgen het vastrecht afvalstoffenheffing en het eigenarendeel "
        "rioolheffing samen?",
        "Proefdorp",
    )
    assert not any(f.value == Decimal("13.5") for f in answer.figures), answer.text


VOORJAARSNOTA = """# Voorjaarsnota 2025 gemeente Proefdorp

## 2. Financieel beeld

Tabel 2.3 Overzicht mutaties voorjaarsnota 2025
(bedragen x € 1.000; + = voordeel, - = nadeel; I = incidenteel, S = structureel)

Nr  Omschrijving                                         Progr. I/S    2025     2026     2027
----------------------------------------------------------------------------------------------
    A. Algemene uitkering
 1  Decembercirculaire 2024                                AD    S      628      415      302
    B. Autonome ontwikkelingen
 2  Cao gemeenten 2025-2026 (loonkosten)                   OV    S     -742     -768     -768
 3  Bijdrage gemeenschappelijke regeling Veiligheidsregio
    Oost-Proefland (begroting 2025 GR)                      2    S      -96     -104     -104
 4  Energiekosten openbare verlichting en gemeentelijke     3    S      -58      -58      -58
    gebouwen
 5  Hogere opbrengst toeristenbelasting                     4    S       74       74       74


Voorjaarsnota 2025 | pagina 6


Tabel 2.3 (vervolg)

Nr  Omschrijving                                         Progr. I/S    2025     2026     2027
----------------------------------------------------------------------------------------------
    C. Nieuw beleid
 6  Subsidie dorpshuizen (onderhoud en exploitatie)         6    S      -40      -40      -40
 7  Jeugdpreventie: POH-GGZ jeugd bij huisartsen            7    S     -120     -120     -120
    Nieuw begrotingssaldo na voorjaarsnota                             -961   -2.192   -1.312

## 5. Reserves

Tabel 5.1 Verloop reserves 2025 (x € 1.000)

Reserve                     Stand 1-1-2025   Toevoeging   Onttrekking   Stand 31-12-2025
Algemene reserve                    14.862        1.245          730-             15.377
"""


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Hoeveel extra geld krijgt Proefdorp in 2025 door de decembercirculaire?", "628000"),
        # a numbered row whose label goes on over the line with its figures
        ("Hoeveel moet Proefdorp in 2026 extra betalen aan de veiligheidsregio?", "-104000"),
        # ... and under it
        ("Hoeveel kosten de energiekosten van de gemeentelijke gebouwen in 2027?", "-58000"),
        # '(vervolg)': the scale of Tabel 2.3 holds on its next page
        ("Wat is het nieuwe begrotingssaldo van Proefdorp voor 2026?", "-2192000"),
        ("Wat kost de POH jeugd bij de huisartsen in 2025?", "-120000"),
        # a minus after the figure ('730-' under 'Onttrekking'): what is withdrawn, as an amount
        ("Hoeveel wordt er in 2025 onttrokken aan de algemene reserve?", "730000"),
    ],
)  # fmt: skip
def test_figures_of_a_text_export(question: str, value: str) -> None:
    answer = text_answerer(VOORJAARSNOTA).answer(question, "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal(value)


def test_codes_between_label_and_figures_are_no_part_of_the_label() -> None:
    cells = document_figures(
        parse_sections(VOORJAARSNOTA), document_id="v", municipality="Proefdorp"
    )
    labels = {c.row for c in cells if c.row[:1].isdigit()}
    assert "1 Decembercirculaire 2024" in labels
    assert "3 Bijdrage gemeenschappelijke regeling Veiligheidsregio Oost-Proefland (begroting " \
        "2025 GR)" in labels
    assert "4 Energiekosten openbare verlichting en gemeentelijke gebouwen" in labels


SOCIAL = """# Programmabegroting 2024 Proefdorp

## Wat mag het kosten?

Tabel 3.1 Lasten per taakveld (bedragen in euro's)

Taakveld                     2024          2025
Sociale zaken           19.736.176    19.100.574
Jeugd                   16.695.012    16.060.788
"""


def test_words_in_brackets_name_the_subject_again() -> None:
    answer = text_answerer(SOCIAL).answer(
        "Hoeveel geeft de gemeente in 2025 uit aan bijstand, werk en inkomen (sociale zaken)?",
        "Proefdorp",
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("19100574")


TAAKVELDEN = """# Programmabegroting 2026 Proefdorp

## Bijlage: baten en lasten per taakveld

Tabel B.1 Baten en lasten per taakveld, begroting 2026 (bedragen in euro's)

Taakveld                                        Lasten 2026      Baten 2026
6.1 Samenkracht en burgerparticipatie             4.118.230         312.000
6.3 Inkomensregelingen                           12.684.279       9.870.000
6.4 WSW en beschut werk                           3.905.112               0

## Programma 2 Sociaal domein

De inkomensregelingen helpen inwoners met een laag inkomen.

Tabel 2.1 Beleidsindicatoren programma 2 (aantallen)

Indicator                                       2024   Begroot 2026
Aantal aanvragen bijzondere bijstand             538            520
Aantal uitkeringsgerechtigden Participatiewet    507            512

## Paragraaf verbonden partijen

De inkomensregelingen worden uitgevoerd door de sociale dienst.

## Paragraaf risico's

Een risico bij de inkomensregelingen is een hoger beroep op de regelingen.
"""


def test_an_example_after_zoals_names_the_subject_again() -> None:
    """'inkomensregelingen zoals de bijstand': the bijstand is an example of what the
    taakveld holds, not a word its row must print."""
    answer = text_answerer(TAAKVELDEN, weighed=True).answer(
        "Hoeveel geeft Proefdorp in 2026 uit aan inkomensregelingen zoals de bijstand?",
        "Proefdorp",
    )
    assert [f.value for f in answer.figures] == [Decimal("12684279")], answer.text


def test_a_follow_up_after_a_question_back_asks_the_same_for_its_year() -> None:
    answerer = text_answerer(VOORJAARSNOTA)
    first = "Hoeveel kost de decembercirculaire en de cao samen?"  # no year: refused or asked
    history = [{"role": "user", "content": first}]
    answer = answerer.answer("En in 2026?", "Proefdorp", history)
    assert "nog geen cijfer in dit gesprek" not in answer.text
    history = [{"role": "user", "content": "Hoeveel kost de jeugdpreventie in 2028?"}]
    answer = answerer.answer("En in 2026?", "Proefdorp", history)
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("-120000")


def _two_columns_around_a_table() -> bytes:
    left = [
        "De gemeente bouwt een nieuwe sporthal,",
        "zodat verenigingen meer ruimte krijgen",
        "voor hun trainingen en wedstrijden in",
        "de wijk. De bouw start in het voorjaar.",
        "De raad stelt het krediet in mei vast.",
    ]
    right = [
        "Het college verlaagt de heffing voor",
        "gezinnen die hun afval goed scheiden,",
        "zodat de kosten eerlijker verdeeld zijn",
        "over alle huishoudens van de gemeente.",
        "De nieuwe tarieven gaan in per januari.",
    ]
    text = [[(56, a), (320, b)] for a, b in zip(left, right)]
    table = [
        "",
        [(56, "Tabel 3.1 Lasten per programma (bedragen x € 1.000)")],
        [flush_right(330, "2025"), flush_right(420, "2026"), flush_right(510, "2027")],
        [(56, "Sport en cultuur"), flush_right(330, "1.250"), flush_right(420, "1.310"),
         flush_right(510, "1.402")],
        [(56, "Afval"), flush_right(330, "4.903"), flush_right(420, "5.217"),
         flush_right(510, "5.284")],
        "",
    ]  # fmt: skip
    more = [[(56, b), (320, a)] for a, b in zip(left, right)]
    return make_pdf([["# Begroting 2025 Proefdorp", "", *text, *table, *more]])


def test_two_columns_of_text_around_a_table_across_the_page() -> None:
    from assistant.pdf import pdf_text

    text, _ = pdf_text(_two_columns_around_a_table(), "mixed", Path("begroting.pdf"), None)
    lines = [" ".join(ln.split()) for ln in text.split("\n") if ln.strip()]
    assert not any("sporthal" in ln and "heffing" in ln for ln in lines)  # columns apart
    first_left = lines.index("de wijk. De bouw start in het voorjaar.")
    first_right = lines.index("gezinnen die hun afval goed scheiden,")
    caption = next(k for k, ln in enumerate(lines) if ln.startswith("Tabel 3.1"))
    assert first_left < first_right < caption  # left column, right column, then the table
    assert lines[caption + 2] == "Sport en cultuur 1.250 1.310 1.402"
    cells = document_figures(parse_sections(text), document_id="b", municipality="Proefdorp")
    afval = {c.period: c.value for c in cells if c.row == "Afval"}
    assert afval == {"2025": 4903000, "2026": 5217000, "2027": 5284000}


CONTRIBUTIONS = """# Begroting 2025 Afvalschap Proefland

## Bijdragen deelnemende gemeenten

Tabel 9.1 Bijdrage per deelnemende gemeente (bedragen in euro's)

Gemeente          Huishoudens 1-1-2024     Vaste voet     Bijdrage 2025     Bijdrage 2024
Proefdorp                       14.962         45.000         4.772.244         4.485.183
Testwoude                        9.874         45.000         3.164.690         2.976.458
Totaal                          24.836         90.000         7.936.934         7.461.641

De renovatie van de milieustraat kost € 2,1 miljoen; nieuwbouw zou € 4,5 miljoen kosten.
"""

OWN = """# Begroting 2025 Proefdorp

## Afval

Tabel 2.1 Lasten afval (bedragen in euro's)

Omschrijving                 2024          2025
Inzameling               812.000       845.000
"""


def _two_bodies() -> FigureAnswerer:
    cells = [
        *document_figures(
            parse_sections(CONTRIBUTIONS), document_id="gr", municipality="Afvalschap Proefland"
        ),
        *document_figures(parse_sections(OWN), document_id="own", municipality="Proefdorp"),
    ]
    return FigureAnswerer(cells, {}, "")


def test_a_member_named_in_its_bodys_table_names_the_row() -> None:
    answer = _two_bodies().answer(
        "Hoeveel moet de gemeente Proefdorp in 2025 aan het afvalschap betalen?",
        "Afvalschap Proefland",
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("4772244")


def test_no_change_between_columns_of_two_kinds() -> None:
    # 2024 stands only over the households, 2025 over the contribution: no growth of anything
    answer = _two_bodies().answer(
        "Met hoeveel procent stijgen de huishoudens van Testwoude van 2024 naar 2025?",
        "Afvalschap Proefland",
    )
    assert not answer.figures or answer.figures[0].derivation is None, answer.text
    growth = _two_bodies().answer(
        "Met hoeveel procent stijgt de bijdrage van Testwoude van 2024 naar 2025?",
        "Afvalschap Proefland",
    )
    assert growth.kind == "figure", growth.text
    assert round(growth.figures[0].value, 2) == Decimal("6.32")


def test_a_comparison_of_two_amounts_is_never_answered_with_one() -> None:
    answer = _two_bodies().answer(
        "Hoeveel duurder zou nieuwbouw zijn dan de renovatie van de milieustraat?",
        "Afvalschap Proefland",
    )
    assert not answer.figures or answer.figures[0].derivation, answer.text


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        # right-aligned over one column each: not a group header
        ([laid_out((20, "Huishoudens"), (62, "Bijdrage"), (78, "Bijdrage")),
          laid_out((0, "Gemeente"), (23, "1-1-2024"), (35, "Vaste voet"), (66, "2025"),
                    (82, "2024")),
          laid_out((0, "Proefdorp"), (25, "14.962"), (39, "45.000"), (61, "4.772.244"),
                    (77, "4.485.183"))],
         ["Huishoudens 1-1-2024", "Vaste voet", "Bijdrage 2025", "Bijdrage 2024"]),
        # a year over columns named alike in every group
        ([laid_out((13, "2023"), (37, "2024")),
          laid_out((13, "Man"), (23, "Vrouw"), (37, "Man"), (47, "Vrouw")),
          laid_out((0, "Aantal"), (14, "19"), (26, "31"), (38, "21"), (50, "25"))],
         ["2023 Man", "2023 Vrouw", "2024 Man", "2024 Vrouw"]),
    ],
)  # fmt: skip
def test_a_header_over_a_group_of_columns_or_over_one(lines: list[str], names: list[str]) -> None:
    from assistant.table_grid import read_grid

    second = lines[-1].replace("Proefdorp", "Testwoude").replace("Aantal", "Fte   ")
    grid = read_grid([*lines, second])
    assert grid is not None
    assert [c.header for c in grid.columns] == names


SIDE_BY_SIDE = """# De begroting 2025 in één oogopslag

Waar gaat het geld naartoe? (in € mln)    Waar komt het geld vandaan? (bedragen x € 1.000)

Bron                          2024          2025
OZB                          7.420         7.915
Gemeentefonds               51.200        53.400
"""


def test_two_scales_over_one_table_give_no_amount() -> None:
    """Tables set side by side share one line of captions with two scale notes: which note
    is whose is not known, so no amount is given from them (never 7.420 x 1 mln)."""
    cells = document_figures(parse_sections(SIDE_BY_SIDE), document_id="o", municipality="P")
    assert {c.scale for c in cells} == {0}  # UNKNOWN_SCALE: printed, never answered
    answer = text_answerer(SIDE_BY_SIDE).answer("Wat is de opbrengst van de OZB in 2025?", "")
    assert not answer.figures, answer.text


def test_a_row_whose_label_ends_in_a_negative_figure_is_no_row() -> None:
    from assistant.figures import ends_in_figure

    assert ends_in_figure("Begrotingssaldo 187 236-")
    assert ends_in_figure("Saldo (1.134)")
    assert not ends_in_figure("Aantal leerlingen (2022)")


BUDGET_PAGE = """<html><head><title>Begroting 2026 | Proefdorp</title></head><body><main>
<h2>Overzicht</h2>
<table><caption>Tabel 0.1 Baten en lasten per programma (saldo, bedragen x € 1.000)</caption>
<thead><tr><th></th><th>Rekening 2024</th><th>Begroting 2025</th><th>Begroting 2026</th></tr>
</thead><tbody>
<tr><th>Programma 2 Zorg en welzijn</th><td>-14.312</td><td>-14.980</td><td>-15.406</td></tr>
<tr><th>Programma 3 Leefomgeving</th><td>-6.204</td><td>-6.388</td><td>-6.517</td></tr>
</tbody></table>
<h2>Programma 2 Zorg en welzijn</h2>
<h3>Wat mag het kosten?</h3>
<table><caption>Tabel 2.3 Wat mag het kosten? Programma 2 Zorg, welzijn, gezondheid en
maatschappelijke ondersteuning (bedragen x € 1.000)</caption><thead><tr><th></th>
<th>Rekening 2024</th><th>Begroting 2025</th><th>Begroting 2026</th></tr></thead><tbody>
<tr><th>Lasten</th><td>17.530</td><td>18.102</td><td>18.655</td></tr>
<tr><th>Baten</th><td>3.218</td><td>3.122</td><td>3.249</td></tr>
<tr><th>Saldo van baten en lasten</th><td>-14.312</td><td>-14.980</td><td>-15.406</td></tr>
</tbody></table>
<p><strong>Toelichting</strong><br>De lasten stijgen in 2026 door hogere kosten van de Wmo.</p>
<table><caption>Tabel 2.4 Taakvelden programma 2, begroting 2026</caption>
<thead><tr><th>Taakveld</th><th>Lasten</th><th>Baten</th><th>Saldo</th></tr></thead><tbody>
<tr><th>6.1 Samenkracht en burgerparticipatie</th><td>€ 2.402.318</td><td>€ 310.200</td>
<td>€ -2.092.118</td></tr>
<tr><th>6.3 Inkomensregelingen</th><td>€ 9.871.004</td><td>€ 2.938.613</td>
<td>€ -6.932.391</td></tr>
</tbody></table>
<p class="table-note">Een negatief saldo betekent een nadeel.</p>
</main></body></html>
"""


@pytest.fixture(scope="module")
def budget_page() -> FigureAnswerer:
    return text_answerer(html_text(BUDGET_PAGE.encode(), Path("proefdorp-2026.html")))


def test_a_scale_note_above_does_not_hold_for_a_table_printing_millions(budget_page) -> None:
    # 'x € 1.000' of the table above would make € 9.871.004 almost ten billion: no table in
    # thousands prints a billion for a municipality; the table is in euros, as its € signs say
    answer = budget_page.answer("Wat zijn de baten van inkomensregelingen in 2026?", "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("2938613")


def test_income_asked_is_never_a_saldo_of_a_table_naming_both_measures(budget_page) -> None:
    answer = budget_page.answer(
        "Wat waren de werkelijke inkomsten van het programma zorg en welzijn over 2024?",
        "Proefdorp",
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("3218000")


def test_what_something_costs_net_is_its_saldo(budget_page) -> None:
    answer = budget_page.answer(
        "Hoeveel kost zorg en welzijn de gemeente netto in 2026, dus lasten min baten?",
        "Proefdorp",
    )
    assert answer.kind == "figure", answer.text
    assert abs(answer.figures[0].value) == Decimal("15406000")


@pytest.mark.parametrize(
    "question",
    [
        # words of the asking that no table prints name no subject
        "Hoeveel geeft de gemeente volgend jaar uit aan zorg en welzijn? Ik bedoel de begroting "
        "2026.",
        "Wat verwacht Proefdorp in 2026 kwijt te zijn aan zorg en welzijn?",
    ],
)
def test_what_a_programme_costs_in_residents_words(budget_page, question: str) -> None:
    answer = budget_page.answer(question, "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("18655000")


# A word processor's 'save as text': cells apart by one tab, whatever their width, the
# table's scale in its caption in whole euros, a column of shares between counts and amounts
TABBED = """Bijdragen deelnemers

Tabel 3 Bijdrage per deelnemer (bedragen in €)
Deelnemer\tInwoners 1-1-2025\tAandeel\tBijdrage 2025\tBijdrage 2026\tVerschil
Proefdorp\t61.200\t41,80%\t3.110.400\t3.254.900\t144.500
Ooststede\t48.515\t33,14%\t2.465.300\t2.580.150\t114.850
Lage Weide\t36.700\t25,06%\t1.865.050\t1.951.100\t86.050
Totaal\t146.415\t100,00%\t7.440.750\t7.786.150\t345.400
"""


def test_tabbed_text_table_is_read_by_its_columns():
    """Each tab is a cell boundary: the deelnemer is the label, every value keeps its own
    column and unit (count, percent, euros), never a label 'Proefdorp 61.200 41,80%'."""
    from assistant.table_grid import align_tabbed

    text = align_tabbed(TABBED)
    read = document_figures(parse_sections(text), document_id="regio", municipality="Regio")
    cells = {(c.row, c.column): c for c in read if c.row == "Ooststede"}
    assert set(cells) == {
        ("Ooststede", c)
        for c in ("Inwoners 1-1-2025", "Aandeel", "Bijdrage 2025", "Bijdrage 2026", "Verschil")
    }
    assert cells[("Ooststede", "Bijdrage 2026")].value == Decimal("2580150")
    assert cells[("Ooststede", "Bijdrage 2026")].unit == "EUR"
    assert cells[("Ooststede", "Aandeel")].unit == "percent"
    answer = text_answerer(text, "Regio").answer("Hoeveel betaalt Lage Weide in 2026?", "Regio")
    assert answer.figures[0].value == Decimal("1951100")


def test_a_share_asked_is_answered_by_a_share_never_an_amount():
    """'Welk deel van de kosten komt voor rekening van X?' asks a part of a whole: the printed
    share, not X's contribution in euros."""
    from assistant.table_grid import align_tabbed

    answerer = text_answerer(align_tabbed(TABBED), "Regio")
    answer = answerer.answer("Welk deel van de kosten betaalt Ooststede?", "Regio")
    assert answer.kind == "figure"
    assert answer.figures[0].value == Decimal("33.14")
    assert answer.figures[0].unit == "percent"


NEW_POLICY = """Nieuw beleid

Tabel 2 Voorstellen nieuw beleid (x € 1.000)
Voorstel                              2026     2027     2028
Nieuwe gymzaal (kapitaallasten)          0       95       93
Extra handhaving                        60       60       60
"""


def test_no_year_asked_and_the_first_year_holds_nothing():
    """'Wat kost de nieuwe gymzaal?' where the costs start in 2027: € 0 for 2026 is no answer
    to the question; it asks which year, with the amounts per year."""
    answerer = text_answerer(NEW_POLICY, year="2026")
    answer = answerer.answer("Wat kost de nieuwe gymzaal?", "Proefdorp")
    assert answer.kind == "clarification"
    assert "2027: € 95.000" in answer.text and not answer.figures
    answer = answerer.answer("Wat kost de nieuwe gymzaal in 2027?", "Proefdorp")
    assert answer.figures[0].value == Decimal("95000")
    answer = answerer.answer("Wat kost extra handhaving?", "Proefdorp")
    assert answer.figures[0].value == Decimal("60000")


INVESTMENTS = (
    "# Investeringsplan 2030-2033\n"
    "\n"
    "Tabel 5 Investeringsplan 2030-2033 (bedragen in €)\n"
    "    Investering                         Afschrijvingstermijn (jaren)            "
    "2030        2031        2032        2033    Totaal 2030-2033\n"
    "Nieuwbouw kindcentrum Noord (aanvullend\n"
    "                                                                         5"
    "     400.000           -           -           -             400.000\n"
    "krediet)\n"
    "    Vervanging belastingsysteem                                          7   "
    "1.250.000           -           -           -           1.250.000\n"
    "    Werkplekken en laptops                                               4"
    "      96.000      48.000      24.000     104.000             272.000\n"
    "    Scan- en poststraat                                                  8"
    "           -           -      76.800           -              76.800\n"
)


@pytest.fixture(scope="module")
def investments() -> FigureAnswerer:
    return text_answerer(INVESTMENTS)


def test_a_header_set_left_of_a_narrow_first_column_names_it() -> None:
    """'Afschrijvingstermijn (jaren)' ends before its column of single digits: the digits are
    that column's cells, not the end of each label."""
    cells = document_figures(
        parse_sections(INVESTMENTS), document_id="proefdorp-begroting-2030",
        municipality="Proefdorp",
    )  # fmt: skip
    assert {(c.row, c.group) for c in cells} == {
        ("Nieuwbouw kindcentrum Noord (aanvullend krediet)", ""),
        ("Vervanging belastingsysteem", ""),
        ("Werkplekken en laptops", ""),
        ("Scan- en poststraat", ""),
    }  # the first row's label wraps around its figures: it names no group of rows
    term = next(c for c in cells if c.row == "Scan- en poststraat" and c.value == 8)
    assert term.column.startswith("Afschrijvingstermijn") and term.unit == "count"


def test_years_of_a_period_asked_are_its_printed_total(investments) -> None:
    answer = investments.answer(
        "Hoeveel gaat er in de hele periode 2030-2033 naar werkplekken en laptops?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("272000")
    assert "Totaal 2030-2033" in answer.figures[0].period


def test_how_many_years_asks_a_count_of_years(investments) -> None:
    answer = investments.answer(
        "Over hoeveel jaar wordt de scan- en poststraat afgeschreven?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("8")


def _tables_inside_two_columns() -> bytes:
    """A page set in two columns of running text, each with a narrow table of its own: the
    right column's year header stands beside a row of the left column's table."""
    prose_left = [
        "Voor u ligt de begroting van de gemeente",
        "Proefdorp, met de meerjarenraming tot en",
        "met 2036. De begroting sluit met een klein",
        "overschot en de lasten stijgen vooral door",
    ]
    more_left = [
        "De groei komt vooral door nieuwbouw in",
        "de wijken aan de oostkant van het dorp en",
        "door jonge gezinnen die hier komen wonen.",
        "Het aantal ouderen neemt ook verder toe.",
        "Wij houden daar rekening mee bij de zorg.",
    ]
    prose_right = [
        "Inwoners voelen zich veilig in hun buurt",
        "en vertrouwen op een gemeente die goed",
        "bereikbaar is voor iedereen die hulp zoekt.",
    ]
    more_right = [
        "De lasten stijgen door de hogere bijdrage",
        "aan de veiligheidsregio en de uitbreiding",
        "van het aantal handhavers in de wijken van",
        "de gemeente, vooral in de avonduren.",
    ]
    left: list[Cells] = [[(56, t)] for t in prose_left]
    left += [
        [(56, "de inflatie en de hogere rente op leningen.")],
        [(56, "Tabel 1.2 Kerngegevens")],
        [(56, "Per 1 januari"), flush_right(220, "2031"), flush_right(270, "2032")],
        [(56, "Inwoners"), flush_right(220, "63.905"), flush_right(270, "64.318")],
        [(56, "Woningen"), flush_right(220, "28.391"), flush_right(270, "28.754")],
        [(56, "Kilometers weg"), flush_right(220, "412"), flush_right(270, "415")],
        *([(56, t)] for t in more_left),
    ]
    right: list[Cells] = [[(320, t)] for t in prose_right]
    right += [
        [(320, "Tabel 2.1 Lasten en baten")],
        [(320, "Bedragen x € 1.000")],
        [flush_right(480, "Rekening"), flush_right(540, "Begroting")],
        [flush_right(480, "2031"), flush_right(540, "2033")],
        [(320, "Lasten"), flush_right(480, "14.212"), flush_right(540, "15.348")],
        [(320, "Baten"), flush_right(480, "1.918"), flush_right(540, "1.942")],
        [(320, "Saldo"), flush_right(480, "-12.294"), flush_right(540, "-13.406")],
        *([(320, t)] for t in more_right),
    ]
    lines = [a + b for a, b in zip(left, right + [[]] * (len(left) - len(right)))]
    return make_pdf([["# 1 Inleiding", "", *lines]])


def test_tables_inside_two_columns_are_read_in_their_column() -> None:
    from assistant.pdf import pdf_text

    text, _ = pdf_text(_tables_inside_two_columns(), "narrow", Path("begroting.pdf"), None)
    lines = [" ".join(ln.split()) for ln in text.split("\n") if ln.strip()]
    assert not any("Proefdorp" in ln and "veilig" in ln for ln in lines)  # columns apart
    left_table = lines.index("Inwoners 63.905 64.318")
    assert lines[left_table + 1 : left_table + 3] == [
        "Woningen 28.391 28.754",
        "Kilometers weg 412 415",
    ]
    right_table = lines.index("Lasten 14.212 15.348")
    assert left_table < right_table  # the left column first
    assert lines[right_table - 1] == "2031 2033"
    assert lines[right_table + 1 : right_table + 3] == [
        "Baten 1.918 1.942",
        "Saldo -12.294 -13.406",
    ]
    cells = document_figures(parse_sections(text), document_id="b", municipality="Proefdorp")
    lasten = {c.period: c.value for c in cells if c.row == "Lasten"}
    assert lasten == {"2031": 14212000, "2033": 15348000}
    inwoners = {c.period: c.value for c in cells if c.row == "Inwoners"}
    assert inwoners == {"2031": 63905, "2032": 64318}


def test_a_scale_note_over_the_table_of_every_page_is_kept() -> None:
    """'Bedragen x € 1.000' over each programme's table stands on most pages, as a running
    header does, yet it is the tables' scale and stays in the text."""
    from assistant.pdf import pdf_text

    topics = ["veiligheid", "openbare ruimte", "wonen", "zorg", "onderwijs"]
    pages = [
        [
            f"# Programma {k} {topic.capitalize()}",
            f"De lasten voor {topic} stijgen door de loon- en prijsindexatie.",
            f"Het college legt de plannen voor {topic} voor aan de raad.",
            f"Tabel {k}.1 Lasten en baten programma {k}",
            "Bedragen x € 1.000",
            [flush_right(330, "2032"), flush_right(420, "2033")],
            [(56, "Lasten"), flush_right(330, f"{k}4.212"), flush_right(420, f"{k}5.348")],
            f"Meer over {topic} staat in de paragrafen.",
            "",
            f"Programmabegroting 2033 pagina {k}",
        ]
        for k, topic in enumerate(topics, start=1)
    ]
    text, _ = pdf_text(make_pdf(pages), "scales", Path("begroting.pdf"), None)
    assert text.count("Bedragen x € 1.000") == 5
    cells = document_figures(parse_sections(text), document_id="b", municipality="Proefdorp")
    lasten = {c.period: c.value for c in cells if c.row == "Lasten" and "programma 3" in c.table}
    assert lasten == {"2032": 34212000, "2033": 35348000}


RESERVES = """# Voorjaarsnota 2031

## 6. Reserves

Tabel 6.1 Verloop reserves 2031
Bedragen in €

Reserve            Stand 1-1-2031   Mutaties voorjaarsnota 2031   Stand 31-12-2031
Algemene reserve        8.450.000                   (1.022.000)          7.428.000
Reserve sociaal         2.300.000                   (1.100.000)          1.200.000
"""


def test_the_document_a_question_cites_names_no_column() -> None:
    """'volgens de voorjaarsnota' says where to read: the stand at the end of the year asked,
    not the column 'Mutaties voorjaarsnota 2031' that shares the document's word."""
    answerer = text_answerer(RESERVES, year="2031", kind="voorjaarsnota")
    answer = answerer.answer(
        "Hoe groot is de algemene reserve eind 2031 volgens de voorjaarsnota?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("7428000")


def test_a_sentence_s_amount_and_a_table_s_signed_cell_are_one_figure() -> None:
    """'de kosten zijn € 190.000 per jaar' beside '-190.000' in a table of new policy that
    prints costs negative: the same figure, no question back between them; two cells of
    tables with opposite signs are two figures."""
    from assistant.figure_answers import _agree
    from assistant.figures import TableCell

    def cell(value: str, kind: str, scale: int = 1) -> TableCell:
        return TableCell(
            "d", "Proefdorp", "Tabel 3.5", "", "", "N5.1 Uitbreiding handhaving", "2032",
            "2032", "", value, Decimal(value), "EUR", scale, "", "", 1, value, kind,
        )  # fmt: skip

    assert _agree(cell("-190000", "table"), cell("190000", "prose"))
    assert not _agree(cell("-190000", "table"), cell("190000", "table"))
    assert not _agree(cell("-190000", "table"), cell("95000", "prose"))


EQUITY = """# Jaarstukken 2031

## 2.4 Toelichting op de balans

Eigen Vermogen - € '000       Ult.2030     Resultaat    Toevoeging   Onttrekking     Ult.2031
Onderhoud                        1.117                                                  1.117
Digitale dienstverlening           400           287                                      687
Subtotaal Bestemmingsreserves    1.517           287             0             0        1.804
"""


def test_the_end_of_a_year_asked_is_the_column_of_its_ultimo() -> None:
    """'eind 2031' is the column 'Ult.2031' (ultimo, abbreviated), not the result added in
    the year beside it."""
    answerer = text_answerer(EQUITY, year="2031", kind="jaarstukken")
    answer = answerer.answer(
        "Hoeveel zat er eind 2031 in de reserve Digitale dienstverlening?", "Proefdorp"
    )
    assert [f.value for f in answer.figures] == [Decimal("687000")], answer.text
