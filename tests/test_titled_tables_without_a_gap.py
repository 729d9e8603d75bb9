"""A table whose unnumbered title ('Verschillenanalyse Programma 3') stands right under the
last row of the table above, without a blank line between, is a table of its own: the table
above keeps its four columns of figures, and no row label swallows figures of another
column (issue 13: tables read by their geometry). Made-up figures."""

from __future__ import annotations

from decimal import Decimal

from assistant.figures import document_figures
from assistant.parsing import parse_sections

from .conftest import laid_out

LINES = [
    "# Jaarstukken 2023",
    "",
    "## Programma 3 Sociaal Domein",
    "",
    "Tabel 3.3 Lasten en baten per doelenboom",
    "bedragen in euro's, 2023",
    laid_out((24, "Doelenboom"), (85, "Lasten"), (135, "Baten")),
    laid_out((67, "begroting na"), (96, "rekening"), (119, "begroting na"), (145, "rekening")),
    laid_out((70, "wijziging"), (122, "wijziging")),
    laid_out((3, "Sociale zaken"), (79, "22.194.518"), (105, "21.715.287"), (130, "11.332.119"),
             (153, "12.043.902")),
    laid_out((3, "Jeugd"), (79, "15.619.909"), (105, "16.824.126"), (138, "0"), (161, "0")),
    laid_out((3, "Totaal programma"), (79, "37.814.427"), (105, "38.539.413"), (130, "11.332.119"),
             (153, "12.043.902")),
    "Verschillenanalyse Programma 3 Sociaal Domein",
    laid_out((56, "Toelichting"), (130, "x € 1.000"), (160, "V/N")),
    laid_out((3, "Jeugdhulp 18-: meer en duurdere plaatsingen met verblijf"), (141, "1.284"),
             (160, "N")),
    laid_out((3, "Inkomensregelingen: hogere rijksbijdrage BUIG"), (143, "711"), (160, "V")),
    laid_out((3, "Totaal verschil resultaat programma"), (143, "573"), (160, "N")),
    "",
]


def _cells():
    sections = parse_sections("\n".join(LINES))
    return document_figures(sections, document_id="proefdorp-jaarstukken-2023", municipality="X")


def test_the_table_above_keeps_its_columns() -> None:
    cells = _cells()
    jeugd = {c.column: c.value for c in cells if c.row == "Jeugd"}
    assert jeugd.get("Lasten rekening") == Decimal(16824126), jeugd
    assert jeugd.get("Lasten begroting na wijziging") == Decimal(15619909), jeugd


def test_no_row_label_holds_a_figure_of_a_column() -> None:
    assert not [c.row for c in _cells() if "22.194.518" in c.row or "15.619.909" in c.row]


def test_the_rows_under_the_title_are_no_rows_of_the_table_above() -> None:
    above = [c.row for c in _cells() if c.table.startswith("Tabel 3.3")]
    assert above and not [row for row in above if "verschil" in row.lower()], above

