"""A table of indicators whose targets are figures except where a few words stand in place
of one ('geen norm'), with percentages set a space apart from their sign ('95,0 %'): the
words are a cell of their column without a value, so the figures right of them stay under
their own columns, and a percentage is a percentage."""

from __future__ import annotations

from decimal import Decimal

from .conftest import text_answerer
from .pdfmaker import figures_of

ROW = " {:<72}{:>18}{:>22}{:>22}"

PRESTATIES = "\n".join([
    "Tabel 5 Prestaties 2044",
    "Percentages en aantallen",
    ROW.format("Indicator", "Streefwaarde 2044", "Realisatie 2043", "Realisatie 2044"),
    ROW.format("Vaccinatiegraad BMR (2 jaar)", "95,0 %", "90,2 %", "89,4 %"),
    ROW.format("Aantal contactmomenten JGZ 0-4 jaar", "59.000", "58.912", "60.487"),
    ROW.format("Aantal meldingen Veilig Thuis", "geen norm", "5.612", "6.148"),
    ROW.format("Aantal soa-consulten", "5.200", "5.188", "5.406"),
])


def _cells() -> dict[tuple[str, str], object]:
    return {(c.row, c.column): c for c in figures_of(PRESTATIES)}


def test_words_in_place_of_a_figure_keep_the_row_under_its_columns() -> None:
    cells = _cells()
    assert cells[("Aantal meldingen Veilig Thuis", "Realisatie 2043")].value == 5612
    assert cells[("Aantal meldingen Veilig Thuis", "Realisatie 2044")].value == 6148
    target = cells[("Aantal meldingen Veilig Thuis", "Streefwaarde 2044")]
    assert target.value is None and target.raw == "geen norm"
    assert cells[("Aantal soa-consulten", "Streefwaarde 2044")].value == 5200


def test_a_percentage_set_apart_from_its_sign_is_a_percentage() -> None:
    cell = _cells()[("Vaccinatiegraad BMR (2 jaar)", "Realisatie 2044")]
    assert (cell.value, cell.unit) == (Decimal("89.4"), "percent")


PERSONEEL = "\n".join([
    "Tabel 10 Personeel per afdeling",
    "Fte en percentages",
    " {:<40}{:>16}{:>16}{:>16}".format("Afdeling", "Formatie 2044", "Verzuim 2043", "Verzuim"),
    " {:<40}{:>16}{:>16}{:>16}".format("", "(fte)", "", "2044"),
    " {:<40}{:>16}{:>16}{:>17}".format("Jeugdgezondheidszorg", "248,6", "6,8 %", "6,1  %"),
    " {:<40}{:>16}{:>16}{:>17}".format("Bedrijfsvoering", "52,8", "5,0 %", "5,4  %"),
])


def test_a_percent_sign_set_a_little_apart_is_its_figures() -> None:
    cells = {(c.row, c.column): c for c in figures_of(PERSONEEL)}
    cell = cells[("Bedrijfsvoering", "Verzuim 2044")]
    assert (cell.value, cell.unit) == (Decimal("5.4"), "percent")


KEY_FIGURES = "\n".join([
    "# Kerncijfers",
    "",
    "Tabel 1a Overige kerncijfers",
    " {:<40}{:>12}{:>12}".format("Kerncijfer", "2043", "2044"),
    " {:<40}{:>12}{:>12}".format("Meldingen Veilig Thuis", "5.612", "6.148"),
    " {:<40}{:>12}{:>12}".format("Bezetting personeel (fte)", "468,2", "473,7"),
    "",
    "# Prestaties",
    "",
    PRESTATIES,
])


def test_a_target_is_never_answered_with_what_was_done() -> None:
    """'de streefwaarde' asks the target: where the row prints 'geen norm' there, the answer
    says so, and the key figures' count of what was done is no target."""
    answerer = text_answerer(KEY_FIGURES, weighed=True)
    none = answerer.answer(
        "Wat is de streefwaarde voor het aantal meldingen Veilig Thuis in 2044?", None, []
    )
    assert not none.figures and "geen norm" in none.text, none.text
    target = answerer.answer(
        "Wat was de streefwaarde voor de vaccinatiegraad BMR in 2044?", None, []
    )
    assert [f.value for f in target.figures] == [Decimal("95.0")], target.text


KEY_LINES = "\n".join([
    "# Kerncijfers",
    "",
    "Tabel 1a Overige kerngegevens",
    " {:<60}{:>14}".format("Investeringen 2044", "€ 0,65 mln"),
    " {:<60}{:>14}".format("Formatie 2044", "51,4 fte"),
    " {:<60}{:>14}".format("Weerstandsratio 2044", "1,40"),
])


def test_key_figures_with_their_own_units_one_on_each_line() -> None:
    """A table without a header, one key figure on each line with its year in the label and
    its unit in the cell: '€ 0,65 mln' is € 650.000, '51,4 fte' a count."""
    cells = {c.row: c for c in figures_of(KEY_LINES)}
    invested = cells["Investeringen 2044"]
    assert (invested.value, invested.unit, invested.period) == (Decimal(650000), "EUR", "2044")
    assert (cells["Formatie 2044"].value, cells["Formatie 2044"].unit) == (Decimal("51.4"), "count")
    assert cells["Weerstandsratio 2044"].value == Decimal("1.40")


UNITS_UNDER = "\n".join([
    "# 2 Baten en lasten",
    "",
    "Tabel 1 Overzicht van baten en lasten",
    " {:<40}{:>16}{:>16}".format("Product", "Lasten 2044", "Baten 2044"),
    " {:<40}{:>16}{:>16}".format("Huishoudelijk restafval", "21.846,3", "1.204,0"),
    " {:<40}{:>16}{:>16}".format("Totaal", "21.846,3", "1.204,0"),
    "Bedragen x € 1.000; baten zijn opbrengsten van derden.",
    "",
    "# 3 Bijdragen van de deelnemers",
    "",
    "Tabel 4 Bijdrage per gemeente 2044",
    " {:<40}{:>16}{:>16}".format("Gemeente", "Inwoners", "Bijdrage 2044"),
    " {:<40}{:>16}{:>16}".format("Noorderveen", "105.870", "15.819.880"),
    " {:<40}{:>16}{:>16}".format("Ketelum", "58.246", "7.908.420"),
    "Bedragen in euro's (niet x € 1.000). Per hh = bijdrage per huishouden.",
])


def test_a_note_under_a_table_that_denies_a_scale() -> None:
    """'Bedragen in euro's (niet x € 1.000)' under a table: whole euros, though it names the
    thousands the table above is in."""
    cells = {(c.row, c.column): c for c in figures_of(UNITS_UNDER)}
    assert cells[("Ketelum", "Bijdrage 2044")].value == Decimal(7908420)
    assert cells[("Huishoudelijk restafval", "Lasten 2044")].value == Decimal(21846300)
