"""A header of dated heads over groups of columns of different sizes ('Begroting 2025'
centred over three columns, 'Begroting 2024' over one, 'Verschil 2025 t.o.v. 2024' set from
the left over two) dates each column of its group: the total contribution of 2025 is a
figure of 2025, not an undated column beside it (issue 13). Made-up body and figures."""

from __future__ import annotations

from decimal import Decimal

from assistant.figures import document_figures
from assistant.parsing import parse_sections

from .conftest import laid_out, text_answerer

LINES = [
    "# Programmabegroting 2025",
    "",
    "## Bijdragen van de deelnemers",
    "",
    "Tabel 3.1 Bijdragen deelnemers 2025 ten opzichte van 2024",
    laid_out((97, "Begroting 2025"), (175, "Begroting 2024"), (194, "Verschil 2025 t.o.v. 2024")),
    "Deelnemer",
    laid_out((61, "Bijdrage basistaken"), (105, "Bijdrage plustaken"), (141, "Totaal bijdrage"),
             (174, "Totaal bijdrage"), (210, "in euro's"), (230, "in %")),
    laid_out((0, "Gemeente Proefdorp"), (83, "846.310"), (116, "438.340"), (147, "1.284.650"),
             (180, "1.218.540"), (213, "66.110"), (241, "5,4%")),
    laid_out((0, "Gemeente Zandhoven"), (83, "702.480"), (116, "329.930"), (147, "1.032.410"),
             (182, "986.205"), (213, "46.205"), (241, "4,7%")),
    laid_out((0, "Totaal"), (81, "1.548.790"), (114, "768.270"), (147, "2.317.060"),
             (180, "2.204.745"), (212, "112.315"), (241, "5,1%")),
    "",
]


def _columns(row: str) -> dict[str, tuple[Decimal | None, str]]:
    cells = document_figures(
        parse_sections("\n".join(LINES)), document_id="regio-begroting-2025", municipality="Regio"
    )
    return {c.column: (c.value, c.period) for c in cells if c.row == row}


def test_the_third_column_under_the_first_head_is_of_its_year() -> None:
    columns = _columns("Gemeente Proefdorp")
    dated = {column: value for column, (value, period) in columns.items() if period == "2025"}
    assert Decimal(1284650) in dated.values(), columns
    assert Decimal(1218540) not in dated.values(), columns


def test_the_head_over_one_column_dates_that_column_only() -> None:
    columns = _columns("Gemeente Proefdorp")
    of_2024 = [value for value, period in columns.values() if period == "2024"]
    assert of_2024 == [Decimal(1218540)], columns


def test_what_a_member_pays_in_the_year_is_its_total_of_that_year() -> None:
    answerer = text_answerer("\n".join(LINES), "Regio Testland", year="2025", kind="begroting")
    said = answerer.answer("Hoeveel moet Proefdorp in 2025 bijdragen aan de regio?", None, [])
    assert [f.value for f in said.figures] == [Decimal(1284650)], said.text


# Each year set from the left over its pair of columns, the names right-aligned just before
# their figures ('Lasten' ending short of '72.142'): the baten under a year are of that year
PAIRS = [
    "# Programmabegroting 2044",
    "",
    "## Meerjarenraming",
    "",
    "Tabel 27 Meerjarenraming 2044-2047 per programma",
    laid_out((0, "x € 1.000"), (76, "2044"), (121, "2045"), (166, "2046"), (212, "2047")),
    laid_out((65, "Lasten"), (97, "Baten"), (119, "Lasten"), (143, "Baten"), (164, "Lasten"),
             (188, "Baten"), (210, "Lasten"), (233, "Baten")),
    laid_out((0, "Sociaal domein"), (74, "72.142"), (96, "15.997"), (119, "73.015"),
             (142, "16.050"), (164, "73.580"), (187, "16.150"), (210, "74.122"), (232, "16.250")),
    laid_out((0, "Openbare ruimte"), (74, "34.666"), (96, "19.561"), (119, "35.102"),
             (142, "19.905"), (164, "35.488"), (187, "20.240"), (210, "35.790"), (232, "20.580")),
    "",
]


def test_the_baten_under_a_year_set_from_the_left_are_of_that_year() -> None:
    cells = document_figures(
        parse_sections("\n".join(PAIRS)), document_id="proefdorp-begroting-2044", municipality="X"
    )
    baten = {c.period: c.value for c in cells if c.row == "Sociaal domein" and "Baten" in c.column}
    assert baten == {
        "2044": Decimal(15997000),
        "2045": Decimal(16050000),
        "2046": Decimal(16150000),
        "2047": Decimal(16250000),
    }, baten


# A head reaching over a column beside its own ('Bijdrage Proefdorp in 2033' over 'begroot'
# and into 'werkelijk'), beside a head with a scale note of its own over the party's figures
PARTIES = [
    "# Jaarstukken 2033",
    "",
    "## Verbonden partijen",
    "",
    laid_out((0, "Tabel 5.7 Verbonden partijen"), (139, "bijdragen in euro's")),
    laid_out((77, "Bijdrage Proefdorp in 2033"), (115, "Partij, per 31-12-2033 (x € 1.000)")),
    laid_out((122, "Eigen"), (138, "Vreemd")),
    laid_out((1, "Verbonden partij"), (59, "Soort"), (85, "begroot"), (101, "werkelijk"),
             (119, "vermogen"), (136, "vermogen"), (151, "Resultaat")),
    laid_out((1, "Werkbedrijf Zandhoven (sociale"), (59, "GR")),
    laid_out((1, "werkvoorziening)"), (83, "4.318.200"), (101, "4.352.917"), (122, "2.760"),
             (139, "7.474"), (157, "214")),
    laid_out((1, "Omgevingsdienst Zandhoven"), (59, "GR"), (85, "318.900"), (103, "321.077"),
             (124, "960"), (139, "3.344"), (158, "57")),
    "",
]


def test_each_head_dates_and_scales_the_columns_it_reaches_over() -> None:
    cells = document_figures(
        parse_sections("\n".join(PARTIES)), document_id="proefdorp-jaarstukken-2033",
        municipality="Proefdorp",
    )
    row = {c.column: (c.value, c.status) for c in cells if "werkvoorziening" in c.row}
    assert row["Bijdrage Proefdorp in 2033 werkelijk"] == (Decimal(4352917), "realisatie"), row
    assert row["Bijdrage Proefdorp in 2033 begroot"] == (Decimal(4318200), "begroot"), row
    assert row["Partij, per 31-12-2033 Eigen vermogen"][0] == Decimal(2760000), row


# The caption gives no scale; one head says its column is in whole euros, the head of a group
# beside it says its columns are in thousands
WHOLE_EUROS_BESIDE_THOUSANDS = [
    "# Programmabegroting 2033",
    "",
    "## Paragraaf verbonden partijen",
    "",
    "Tabel 10.1 Verbonden partijen",
    laid_out(
        (1, "Verbonden partij"), (90, "Bijdrage 2033"), (112, "Jaarrekening 2031 (x € 1.000)")
    ),
    laid_out((90, "(in euro's)"), (114, "Eigen"), (130, "Vreemd"), (145, "Resultaat")),
    laid_out((112, "vermogen"), (128, "vermogen")),
    laid_out((1, "Veiligheidsregio Zandhoven"), (92, "2.947.612"), (114, "15.318"), (130, "58.402"),
             (150, "-412")),
    laid_out((1, "Omgevingsdienst Zandhoven"), (94, "684.920"), (115, "3.106"), (131, "7.914"),
             (151, "174")),
    "",
]


def test_a_head_in_whole_euros_beside_a_group_in_thousands_keeps_its_euros() -> None:
    cells = document_figures(
        parse_sections("\n".join(WHOLE_EUROS_BESIDE_THOUSANDS)),
        document_id="proefdorp-begroting-2033", municipality="Proefdorp",
    )
    row = {c.column: c.value for c in cells if "Veiligheidsregio" in c.row}
    assert row["Bijdrage 2033"] == Decimal(2947612), row
    assert row["Jaarrekening 2031 Eigen vermogen"] == Decimal(15318000), row
