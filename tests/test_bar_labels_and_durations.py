"""A bar chart whose value labels stand over their bars, each at its own height, read as a
row of figures per year under the chart's caption; a table with durations in minutes and
seconds ('8:45') read with its other columns, right under the chart."""

from __future__ import annotations

import re
from decimal import Decimal

from .pdfmaker import figures_of, flush_right, read_pdf

YEARS = ["2037", "2038", "2039", "2040", "2041"]
COUNTS = ["9.412", "9.876", "10.254", "10.731", "11.086"]


def _chart(caption: str) -> list:
    """A caption, the bars' labels at heights rising with the count, the years under them."""
    lines: list = [[(40, caption)], ""]
    # the tallest bar's label first (highest on the page), each over its own year
    for k in sorted(range(len(COUNTS)), key=lambda k: -k):
        lines.append([(120 + 80 * k, COUNTS[k])])
    lines += ["", "", [(122 + 80 * k, year) for k, year in enumerate(YEARS)]]
    return lines


TABLE = [
    [(40, "Tabel 4.1 Uitrukken met prioriteit 1 en opkomsttijden 2041")],
    [(40, "Gebruiksfunctie"), flush_right(260, "Normtijd"), flush_right(340, "Uitrukken"),
     flush_right(430, "Opkomsttijd"), flush_right(530, "Binnen norm (%)")],
    [(40, "Woonfunctie"), flush_right(260, "8:00"), flush_right(340, "1.284"),
     flush_right(430, "7:38"), flush_right(530, "68,2%")],
    [(40, "Industriefunctie"), flush_right(260, "10:00"), flush_right(340, "688"),
     flush_right(430, "8:45"), flush_right(530, "81,4%")],
]  # fmt: skip


def _read(pages: list) -> tuple[str, list]:
    text = read_pdf(pages)
    return text, figures_of(text)


def test_the_labels_of_a_bar_chart_are_its_figures_per_year() -> None:
    caption = "Figuur 4.1 Aantal uitrukken brandweer 2037-2041"
    _, cells = _read([["# 4 Prestaties", "", *_chart(caption), "", *TABLE]])
    counted = {c.period: c.value for c in cells if c.table == caption}
    assert counted == {year: int(count.replace(".", "")) for year, count in zip(YEARS, COUNTS)}


def test_durations_are_cells_and_the_table_under_a_chart_keeps_its_caption() -> None:
    caption = "Figuur 4.1 Aantal uitrukken brandweer 2037-2041"
    text, cells = _read([["# 4 Prestaties", "", *_chart(caption), "", *TABLE]])
    table = "Tabel 4.1 Uitrukken met prioriteit 1 en opkomsttijden 2041"
    assert f"\n{table}" in text  # no year of the chart's axis before it
    rows = {(c.row, c.column): c.value for c in cells if c.table == table}
    assert rows[("Woonfunctie", "Uitrukken")] == 1284
    assert rows[("Industriefunctie", "Binnen norm (%)")] == Decimal("81.4")
    # ... and a duration is no amount: printed, never a figure of minutes made up
    assert not any(c.value is not None and "8:45" in c.raw for c in cells)


def test_figures_over_the_years_on_one_line_are_a_tables_row_as_printed() -> None:
    """A row of figures on one line above a row of years is no chart: left as printed."""
    page = [
        "# 4 Prestaties", "",
        [(40, "Het aantal meldingen van de afgelopen vijf jaar staat in de figuur hieronder.")],
        [(40, "De meldingen nemen toe door meer automatische brandmeldingen in woningen.")],
        "",
        [(40, "Figuur 4.2 Meldingen 2037-2041")], "",
        [(120 + 80 * k, count) for k, count in enumerate(COUNTS)],
        [(122 + 80 * k, year) for k, year in enumerate(YEARS)],
    ]  # fmt: skip
    text, _ = _read([page])
    axis = re.search(r"^\s+2037\s", text, re.M)
    assert axis is not None and text.index("9.412") < axis.start()
