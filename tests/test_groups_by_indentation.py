"""A table whose hierarchy is shown by indentation only: 'Lasten' and 'Baten' at the margin
with their totals, the same programmes set in under each. The row above names the group of
the rows set in under it when they add up to it, so 'Sociale zaken' under Baten is a row of
its own, never the lasten row of the same name. Made-up figures for Proefdorp."""

from __future__ import annotations

from decimal import Decimal

from .conftest import text_answerer
from .pdfmaker import figures_of

ROW = "{:<44}{:>16}{:>16}"

OVERVIEW = "\n".join([
    "# 3 Wat mag het kosten?",
    "",
    "Overzicht 3.1 Baten en lasten Sociaal Domein (bedragen in euro's)",
    ROW.format("", "B 2043", "B 2044"),
    ROW.format("Lasten", "41.497.810", "43.232.160"),
    ROW.format("    Sociale zaken", "21.086.905", "21.954.170"),
    ROW.format("    Gezondheidszorg", "2.402.718", "2.486.953"),
    ROW.format("    Jeugd", "18.008.187", "18.791.037"),
    ROW.format("Baten", "-/- 18.498.018", "-/- 18.914.205"),
    ROW.format("    Sociale zaken", "-/- 15.632.018", "-/- 16.048.205"),
    ROW.format("    Gezondheidszorg", "-", "-"),
    ROW.format("    Jeugd", "-/- 2.866.000", "-/- 2.866.000"),
    ROW.format("Saldo van baten en lasten", "22.999.792", "24.317.955"),
])


def test_rows_set_in_under_a_row_they_add_up_to_are_its_group() -> None:
    cells = {(c.group, c.row): c.value for c in figures_of(OVERVIEW) if c.period == "2044"}
    assert cells[("Lasten", "Sociale zaken")] == Decimal(21954170)
    assert cells[("Baten", "Sociale zaken")] == Decimal(-16048205)
    assert cells[("", "Lasten")] == Decimal(43232160)


def test_the_baten_of_a_programme_in_such_a_table() -> None:
    answer = text_answerer(OVERVIEW, weighed=True).answer(
        "Hoeveel baten heeft Sociale zaken in 2044?", None, []
    )
    assert [abs(f.value) for f in answer.figures] == [Decimal(16048205)], answer.text
