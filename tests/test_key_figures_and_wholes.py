"""Figures a budget states outside its tables' rows, and questions that need the right one of
several tables (issue 13): a list of key figures, a ratio said in a sentence under a table,
rows whose measure the first column's header names, the whole budget when no part is named,
the question at the end of a longer one, a verb and its particle set apart, and a follow-up
that asks the other measure of the last figure's table. Made-up text for Proefdorp."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.figure_answers import FigureAnswerer, verb_apart
from assistant.figures import document_figures
from assistant.parsing import parse_sections

from .conftest import text_answerer

KEY_FIGURES = (
    "# Inleiding\n"
    "\n"
    "2030 in cijfers\n"
    "Inwoners op 31 december 2030: 24.512 (1 januari 2030: 24.300)\n"
    "Woningvoorraad op 31 december 2030: 10.118\n"
    "Totale lasten: € 70.100.000; totale baten: € 69.900.000\n"
    "Rekeningresultaat: € 812.000 positief\n"
)

RATIO = (
    "# Paragraaf weerstandsvermogen\n"
    "\n"
    "Tabel 6.2 Risico's (bedragen in euro's)\n"
    "Risico                                   Bedrag\n"
    "Open-eindregelingen jeugdhulp         2.400.000\n"
    "Grondexploitatie                      1.600.000\n"
    "Totaal benodigde capaciteit           4.000.000\n"
    "De ratio weerstandsvermogen voor 2031 is 8.400.000 / 4.000.000 = 2,10. Volgens de gangbare\n"
    "normtabel is dat 'uitstekend' (ratio groter dan 2,0).\n"
    "\n"
    "De ratio weerstandsvermogen van de Gr Afvalzorg bedraagt 1,89 en is ruim voldoende.\n"
)

BUDGET = (
    "# Programma 7 Wonen\n"
    "\n"
    "Tabel 2.7 Wat mag het kosten? Programma 7 Wonen (bedragen x € 1.000)\n"
    "Omschrijving                 2030       2031\n"
    "Lasten                      8.436      8.610\n"
    "Baten                       3.402      3.512\n"
    "Saldo van baten en lasten  -5.034     -5.098\n"
    "Resultaat                  -5.034     -4.900\n"
    "\n"
    "# Programma 8 Sport\n"
    "\n"
    "Tabel 2.8 Wat mag het kosten? Programma 8 Sport (bedragen x € 1.000)\n"
    "Omschrijving                 2030       2031\n"
    "Lasten                      2.100      2.180\n"
    "Baten                         400        410\n"
    "Saldo van baten en lasten  -1.700     -1.770\n"
    "Resultaat                  -1.700     -1.770\n"
    "\n"
    "# Overzicht van baten en lasten\n"
    "\n"
    "Tabel 4.1 Overzicht van baten en lasten (bedragen x € 1.000)\n"
    "Saldo per onderdeel          2030       2031\n"
    "Programma 7 Wonen          -5.034     -5.098\n"
    "Programma 8 Sport          -1.700     -1.770\n"
    "Algemene dekkingsmiddelen   6.900      7.100\n"
    "Resultaat                     166        232\n"
    "\n"
    "# Verbonden partijen\n"
    "\n"
    "Tabel 7.1 Bijdragen aan verbonden partijen (bedragen in euro's)\n"
    "Verbonden partij                 Bijdrage 2030    Bijdrage 2031\n"
    "Veiligheidsregio Proefland           1.898.400        2.041.300\n"
    "GGD Proefland                          612.000          640.500\n"
)


def cells(text: str):
    return document_figures(
        parse_sections(text), document_id="proefdorp-begroting-2031", municipality="Proefdorp"
    )


def test_a_list_of_key_figures_gives_each_line_its_own_figure() -> None:
    found = {c.value: c for c in cells(KEY_FIGURES)}
    residents = found[Decimal("24512")]
    assert residents.unit == "count" and residents.row.startswith("Inwoners op 31 december")
    assert "Woningvoorraad" not in residents.row  # the next line is another figure
    assert found[Decimal("10118")].row.startswith("Woningvoorraad")
    # a semicolon ends the words of the first amount: the second has its own
    assert found[Decimal("69900000")].row.startswith("totale baten")
    assert "baten" not in found[Decimal("70100000")].row


def test_a_key_figure_is_of_its_own_day() -> None:
    """'Inwoners op 31 december 2030: 24.512 (1 januari 2030: 24.300)': two counts, each of
    its own day; a question about 1 januari gets that one."""
    answerer = text_answerer(KEY_FIGURES)
    for day, value in (("1 januari", "24300"), ("31 december", "24512")):
        answer = answerer.answer(f"Hoeveel inwoners had Proefdorp op {day} 2030?", "Proefdorp")
        assert answer.kind == "figure", answer.text
        assert answer.figures[0].value == Decimal(value), (day, answer.text)


def test_a_ratio_said_under_a_table_is_a_figure_and_its_norm_is_not() -> None:
    """Neither the norm it is compared with nor the ratio of another body it names."""
    ratios = [c for c in cells(RATIO) if c.unit == "ratio"]
    assert [c.value for c in ratios] == [Decimal("2.10")]
    answer = text_answerer(RATIO).answer(
        "Kan Proefdorp tegenvallers opvangen? Wat is de ratio weerstandsvermogen in 2031?",
        "Proefdorp",
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("2.10")
    assert answer.to_json()["figures"][0]["unit"] == "grade"  # the contract's units only


@pytest.fixture(scope="module")
def budget() -> FigureAnswerer:
    return text_answerer(BUDGET)


def test_a_first_column_header_names_the_measure_of_its_rows() -> None:
    overview = [c for c in cells(BUDGET) if c.table.startswith("Tabel 4.1")]
    assert {c.group for c in overview} == {"Saldo per onderdeel"}


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Hoeveel inkomsten verwacht de gemeente in 2031 binnen het programma wonen?", 3512000),
        ("Wat denkt de gemeente in 2031 kwijt te zijn aan wonen?", 8610000),
    ],
)
def test_income_or_spending_is_not_answered_by_a_saldo(budget, question, value) -> None:
    answer = budget.answer(question, "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal(value)


def test_a_question_that_names_no_part_is_about_the_whole_budget(budget) -> None:
    answer = budget.answer("Met welk resultaat sluit de begroting 2031?", "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("232000")
    assert "Tabel 4.1" in answer.citations[0].locator or "4.1" in answer.text


def test_a_follow_up_asking_the_other_measure_gets_it_from_the_same_table(budget) -> None:
    first = "Hoeveel mag wonen in 2031 kosten?"
    answer = budget.answer(first, "Proefdorp")
    assert answer.figures[0].value == Decimal("8610000")
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": answer.text}]
    other = budget.answer(
        "En wat staat daar dat jaar aan inkomsten tegenover?", "Proefdorp", history
    )
    assert other.kind == "figure", other.text
    assert other.figures[0].value == Decimal("3512000")


def test_a_verb_and_its_particle_set_apart_are_read_as_one_verb(budget) -> None:
    assert verb_apart("Hoeveel draagt Proefdorp in 2031 bij aan de veiligheidsregio?") == (
        "draagt", "bij", "bijdragen",
    )  # fmt: skip
    assert verb_apart("Hoeveel kost de bibliotheek in 2031?") is None
    answer = budget.answer(
        "Hoeveel draagt Proefdorp in 2031 bij aan de veiligheidsregio?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("2041300")


BEGROTING = (
    "# Programma 5 Sociaal domein\n"
    "\n"
    "Tabel 2.5 Wat mag het kosten? Programma 5 Sociaal domein (bedragen x € 1.000)\n"
    "Omschrijving     Rekening 2029   Begroting 2030   Begroting 2031\n"
    "Lasten                  36.918           38.443           40.812\n"
    "Baten                    7.804            7.905            8.146\n"
    "\n"
    "# Programma 6 Milieu\n"
    "\n"
    "Tabel 2.6 Wat mag het kosten? Programma 6 Milieu (bedragen x € 1.000)\n"
    "Omschrijving     Rekening 2029   Begroting 2030   Begroting 2031\n"
    "Lasten                   9.044            9.388            9.712\n"
    "Baten                    9.512            9.701           10.108\n"
)
JAARSTUKKEN = (
    "# Programma 5 Sociaal domein\n"
    "\n"
    "Tabel 2.5 Wat heeft het gekost? Programma 5 Sociaal domein (bedragen in euro's)\n"
    "Omschrijving     Begroting primitief 2030   Realisatie 2030\n"
    "Lasten                         38.120.400        39.631.513\n"
    "Baten                           7.850.000         7.990.120\n"
)


@pytest.fixture(scope="module")
def two_documents() -> FigureAnswerer:
    cells = [
        *document_figures(
            parse_sections(BEGROTING), document_id="proefdorp-begroting-2031",
            municipality="Proefdorp",
        ),
        *document_figures(
            parse_sections(JAARSTUKKEN), document_id="proefdorp-jaarstukken-2030",
            municipality="Proefdorp",
        ),
    ]  # fmt: skip
    return FigureAnswerer(
        cells,
        {},
        "",
        document_years={"proefdorp-begroting-2031": "2031", "proefdorp-jaarstukken-2030": "2030"},
        document_types={
            "proefdorp-begroting-2031": "begroting", "proefdorp-jaarstukken-2030": "jaarstukken"
        },
    )


@pytest.mark.parametrize(
    ("question", "derivation"),
    [
        (
            "Hoeveel meer is er voor 2031 voor het sociaal domein begroot dan er in 2030 echt "
            "aan is uitgegeven?",
            "40.812.000 - 39.631.513 = 1.180.487",
        ),
        (
            "Met hoeveel zijn de werkelijke uitgaven aan het sociaal domein van 2029 op 2030 "
            "gestegen?",
            "39.631.513 - 36.918.000 = 2.713.513",
        ),
    ],
)
def test_what_was_really_spent_is_the_realisation_of_the_jaarstukken(
    two_documents, question, derivation
) -> None:
    """Not the begroting's budget of that year: the realisation, from the document that
    prints it ('werkelijke' is no typo of a printed word either)."""
    answer = two_documents.answer(question, "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].derivation == derivation


def test_a_follow_up_year_goes_on_in_the_same_programme_of_the_other_document(
    two_documents,
) -> None:
    first = "Wat is er in 2030 werkelijk uitgegeven aan het sociaal domein?"
    answer = two_documents.answer(first, "Proefdorp")
    assert answer.figures[0].value == Decimal("39631513"), answer.text
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": answer.text}]
    then = two_documents.answer("En wat is ervoor in 2031 begroot?", "Proefdorp", history)
    assert then.kind == "figure", then.text
    assert then.figures[0].value == Decimal("40812000")  # programme 5's, not programme 6's


TILES = "\n".join([
    "# Begroting 2031 in één oogopslag",
    "",
    "€ 21,6 mln                 € 18,3 mln                 164 fte                  3.850",
    "  Totale lasten 2031       Bijdrage deelnemende       Formatie 2031      Vergunningaanvragen",
    "                               gemeenten 2031                                 (prognose 2031)",
    "",
    "De lasten stijgen vooral door de nieuwe cao.",
])


def test_key_figures_in_tiles_are_named_by_the_words_under_them() -> None:
    """A row of tiles, each figure over its name: the name is what the figure is of,
    whichever line of the name a word stands on, and the unit is the figure's own."""
    answerer = text_answerer(TILES, year="2031", weighed=True)
    staff = answerer.answer("Hoeveel fte formatie heeft de dienst in 2031?", "Proefdorp")
    assert staff.kind == "figure" and staff.figures[0].value == Decimal("164"), staff.text
    paid = answerer.answer(
        "Hoeveel bijdragen de deelnemende gemeenten in 2031 samen?", "Proefdorp"
    )
    assert paid.kind == "figure", paid.text
    assert paid.figures[0].value == Decimal("18300000"), paid.text
    permits = answerer.answer(
        "Hoeveel vergunningaanvragen verwacht de dienst in 2031?", "Proefdorp"
    )
    assert permits.kind == "figure" and permits.figures[0].value == Decimal("3850"), permits.text


def test_a_row_of_figures_under_its_names_alone_is_a_table_row_not_tiles() -> None:
    """Names above plain numbers and nothing under them: a table's header and row, whose
    figures the tile reading leaves alone."""
    from assistant.figures import _tiles
    from assistant.parsing import Line

    lines = (
        Line(1, "2023                      2024                      2025"),
        Line(2, "418                       601                       585"),
        Line(3, ""),
    )
    assert _tiles(lines) == []


def test_a_ratio_stated_after_an_adverb_is_a_figure() -> None:
    """'De ratio weerstandsvermogen is daarmee 16,1': the value after 'is daarmee', its
    year from the sentence before ('op 31 december 2031'); the norm after it is none."""
    text = (
        "# Paragraaf weerstandsvermogen\n"
        "\n"
        "De beschikbare weerstandscapaciteit bedroeg op 31 december 2031 € 41.060.000. De\n"
        "benodigde weerstandscapaciteit is € 2.550.000. De ratio weerstandsvermogen is daarmee\n"
        "16,1. Dat valt in klasse A: uitstekend. De raad hanteert een ondergrens van 2,0.\n"
    )
    ratios = [c for c in cells(text) if c.unit == "ratio"]
    assert [c.value for c in ratios] == [Decimal("16.1")]
    answer = text_answerer(text, year="2031", kind="jaarstukken").answer(
        "Hoe hoog was de ratio weerstandsvermogen eind 2031?", "Proefdorp"
    )
    assert [f.value for f in answer.figures] == [Decimal("16.1")], answer.text
