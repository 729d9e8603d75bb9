"""A table of taakvelden whose first row stands under a group line ('Programma 1 Veiligheid',
right under the names of the columns) is one table, not a heading between a header and rows;
and the name of its first column, set flush left in a cell whose figures stand flush right,
is that column's, so that the dated heads above ('Begroting 2043 na wijziging', 'Realisatie
2043') date both their 'Lasten' and their 'Baten' (issue 13). Made-up body and figures, in
the layout of a jaarstukken' PDF export."""

from __future__ import annotations

from decimal import Decimal

from assistant.figures import document_figures
from assistant.parsing import parse_sections

from .conftest import documents_answerer, laid_out

LINES = [
    "# Bijlage: baten en lasten per taakveld",
    "",
    "Tabel 9.1 Baten en lasten per taakveld 2043 (bedragen in euro's)",
    laid_out((73, "Begroting 2043 na wijziging"), (123, "Realisatie 2043")),
    laid_out((1, "Taakveld"), (66, "Lasten"), (108, "Baten"), (132, "Lasten"), (157, "Baten")),
    "Programma 1 Veiligheid",
    laid_out((1, "1.1 Crisisbeheersing en brandweer"), (80, "2.512.300"), (112, "0"),
             (129, "2.498.150"), (161, "0")),
    laid_out((1, "1.2 Openbare orde en veiligheid"), (80, "1.402.880"), (106, "118.400"),
             (129, "1.391.020"), (155, "121.760")),
    laid_out((1, "Subtotaal Programma 1 Veiligheid"), (80, "3.915.180"), (106, "118.400"),
             (129, "3.889.170"), (155, "121.760")),
    "Programma 2 Sociaal domein",
    laid_out((1, "6.3 Inkomensregelingen"), (80, "7.318.040"), (104, "4.906.220"),
             (129, "7.602.590"), (153, "5.240.310")),
    laid_out((1, "6.71a Huishoudelijke hulp (Wmo)"), (80, "1.742.600"), (106, "131.900"),
             (129, "1.688.410"), (155, "128.230")),
    laid_out((1, "Subtotaal Programma 2 Sociaal domein"), (80, "9.060.640"), (104, "5.038.120"),
             (129, "9.291.000"), (153, "5.368.540")),
    "",
]


def _cells(row: str) -> dict[tuple[str, str, str], Decimal | None]:
    cells = document_figures(
        parse_sections("\n".join(LINES)), document_id="proefdorp-jaarstukken-2043",
        municipality="Proefdorp",
    )  # fmt: skip
    return {(c.column, c.period, c.status): c.value for c in cells if c.row == row}


def test_the_rows_under_a_group_line_right_below_the_header_are_read() -> None:
    assert _cells("1.1 Crisisbeheersing en brandweer"), "the first rows were lost"


def test_the_first_column_named_flush_left_in_its_cell_groups_the_baten_with_it() -> None:
    cells = _cells("6.3 Inkomensregelingen")
    realised = {v for (_, period, status), v in cells.items() if status == "realisatie"}
    assert realised == {Decimal(7602590), Decimal(5240310)}, cells
    planned = {v for (_, period, status), v in cells.items() if status == "begroot"}
    assert planned == {Decimal(7318040), Decimal(4906220)}, cells
    assert all(period == "2043" for _, period, _ in cells), cells


def test_what_was_received_in_the_accounts_year_is_the_realised_baten() -> None:
    answerer = documents_answerer({"proefdorp-jaarstukken-2043": "\n".join(LINES)})
    said = answerer.answer(
        "Hoeveel ontving Proefdorp in 2043 aan baten op taakveld 6.3 Inkomensregelingen?",
        None, [],
    )  # fmt: skip
    assert [f.value for f in said.figures] == [Decimal(5240310)], said.text


PARTNERS = [
    "# Paragraaf verbonden partijen",
    "",
    "Tabel 7.1 Verbonden partijen (bedragen in euro's)",
    laid_out((64, "Bijdrage Proefdorp"), (110, "Gegevens verbonden partij 2043")),
    laid_out((98, "Eigen vermogen"), (127, "Vreemd vermogen")),
    laid_out((1, "Verbonden partij"), (56, "2042"), (91, "2043"), (113, "31-12"), (137, "31-12"),
             (153, "Resultaat")),
    laid_out((1, "Veiligheidsregio Proefland"), (65, "2.018.400"), (84, "2.110.950"),
             (106, "16.204.100"), (131, "88.412.700"), (151, "1.006.240")),
    laid_out((1, "GGD Proefland"), (67, "503.210"), (86, "527.480"), (107, "2.980.660"),
             (131, "38.106.050"), (153, "-241.300")),
    "",
]


def test_heads_centred_over_uneven_groups_name_each_of_their_columns() -> None:
    """'Bijdrage Proefdorp' centred over '2042' and '2043', 'Gegevens verbonden partij 2043'
    over the three columns of the partner's own figures: what Proefdorp paid in 2043 is the
    contribution's column, never the partner's debt of that year."""
    cells = document_figures(
        parse_sections("\n".join(PARTNERS)), document_id="proefdorp-jaarstukken-2043",
        municipality="Proefdorp",
    )  # fmt: skip
    columns = {c.column: c.value for c in cells if c.row == "GGD Proefland"}
    assert columns.get("Bijdrage Proefdorp 2043") == Decimal(527480), columns
    assert columns.get("Gegevens verbonden partij 2043 Vreemd vermogen 31-12") == Decimal(
        38106050
    ), columns
    answerer = documents_answerer({"proefdorp-jaarstukken-2043": "\n".join(PARTNERS)})
    said = answerer.answer(
        "Hoeveel heeft Proefdorp in 2043 betaald aan de GGD Proefland?", None, []
    )
    assert [f.value for f in said.figures] == [Decimal(527480)], said.text


ACCOUNTS = [
    "# 4.1 Overzicht van baten en lasten",
    "",
    "Tabel 4.1 Overzicht van baten en lasten 2043 (bedragen in euro's)",
    laid_out((50, "2042"), (64, "2043"), (78, "2043"), (92, "2043")),
    laid_out((1, "Omschrijving"), (46, "Werkelijk"), (60, "Begroot"), (74, "Na wijziging"),
             (90, "Werkelijk")),
    laid_out((1, "Totaal lasten"), (45, "13.031.516"), (59, "13.805.000"), (73, "14.135.000"),
             (89, "13.784.565")),
    laid_out((1, "Totaal baten"), (45, "13.276.272"), (59, "13.805.000"), (73, "14.135.000"),
             (89, "14.187.716")),
    laid_out((1, "Resultaat"), (50, "244.756"), (68, "0"), (82, "0"), (94, "403.151")),
    "",
]


def test_a_body_named_for_the_country_asks_no_comparison_with_it() -> None:
    """'de Stadsbank Zuid Nederland': 'Nederland' in the body's own name asks no national
    figure to compare with; its result of the year of its jaarstukken is what was done."""
    answerer = documents_answerer(
        {"stadsbank-jaarstukken-2043": "\n".join(ACCOUNTS)}, "Stadsbank Zuid Nederland"
    )
    said = answerer.answer(
        "Wat is het resultaat van de Stadsbank Zuid Nederland over 2043?", None, []
    )
    assert [f.value for f in said.figures] == [Decimal(403151)], said.text
