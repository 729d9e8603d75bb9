"""Figures whose thousands a plain word space sets apart ('28 489'), never joined with a
figure of the next column or a year before them; and one table set in two halves side by
side, each half under the same header, read as one table of all its rows."""

from __future__ import annotations

from assistant.table_checks import failed_tables

from .pdfmaker import Tight, figures_of, flush_right, read_pdf


def _cells(pages: list) -> list:
    return figures_of(read_pdf(pages))


def _value(cells: list, row: str, column: str) -> float | None:
    found = [c.value for c in cells if c.row == row and c.column == column]
    assert len(found) == 1, (row, column, found)
    return found[0]


SPACED = [[
    "# 3 Financieel overzicht",
    "",
    [(40, "Tabel 3.1 Overzicht van baten en lasten (bedragen x € 1.000)")],
    [flush_right(300, "Rekening"), flush_right(390, "Begroting"), flush_right(480, "Begroting")],
    [(40, "Omschrijving"), flush_right(300, "2040"), flush_right(390, "2041"),
     flush_right(480, "2042")],
    [(40, "Personeel en organisatie"), flush_right(300, "1 862"), flush_right(390, "1 710"),
     flush_right(480, "690")],
    [(40, "Saldo voor bijdragen"), flush_right(300, "-51 299"), flush_right(390, "-53 008"),
     flush_right(480, "-1 234 567")],
    [(40, "Bijdrage gemeente Ketelum"), flush_right(300, "28 489"), flush_right(390, "29 128"),
     flush_right(480, "30 509")],
    "",
    [(40, "In 2041 125 nieuwe woningen; de ratio was 1,5 125 keer de norm.")],
]]


def test_thousands_set_apart_by_a_plain_space_are_one_figure() -> None:
    cells = _cells(SPACED)
    assert _value(cells, "Bijdrage gemeente Ketelum", "Begroting 2041") == 29128000
    assert _value(cells, "Personeel en organisatie", "Rekening 2040") == 1862000
    assert _value(cells, "Personeel en organisatie", "Begroting 2042") == 690000
    assert _value(cells, "Saldo voor bijdragen", "Rekening 2040") == -51299000
    assert _value(cells, "Saldo voor bijdragen", "Begroting 2042") == -1234567000


def test_a_year_or_a_decimal_before_a_space_is_no_group_of_thousands() -> None:
    text = read_pdf(SPACED)
    assert "In 2041 125 nieuwe woningen" in text
    assert "1,5 125 keer" in text


GAPPED = [[
    "# 2 Overzicht van baten en lasten",
    "",
    [(40, "Tabel 3 Baten en lasten per programma (bedragen x € 1.000)")],
    [flush_right(300, "Lasten"), flush_right(390, "Baten"), flush_right(480, "Saldo")],
    [(40, "Beheer en behoud"), flush_right(300, Tight("2 310")), flush_right(390, "289"),
     flush_right(480, Tight("-2 021"))],
    [(40, "Digitalisering en e-depot"), flush_right(300, "1\t815"), flush_right(390, "40"),
     flush_right(480, "-1\t775")],
    [(40, "Programma's en overhead"), flush_right(300, Tight("7 152")), flush_right(390, "996"),
     flush_right(480, Tight("-1 234 567"))],
    "",
    Tight("In 2041 125 nieuwe woningen; de ratio was 1,5 125 keer de norm."),
]]


def test_thousands_set_apart_by_a_gap_without_a_character_are_one_figure() -> None:
    """A typesetter that draws a thin space as a gap and writes no character for it
    (LaTeX's '\\,'), or writes a tab for it (Qt): either sets thousands apart just as a
    space would."""
    cells = _cells(GAPPED)
    assert _value(cells, "Beheer en behoud", "Lasten") == 2310000
    assert _value(cells, "Beheer en behoud", "Saldo") == -2021000
    assert _value(cells, "Programma's en overhead", "Saldo") == -1234567000
    assert _value(cells, "Digitalisering en e-depot", "Lasten") == 1815000
    assert _value(cells, "Digitalisering en e-depot", "Saldo") == -1775000
    text = read_pdf(GAPPED)
    assert "In 2041 125 nieuwe woningen" in text
    assert "1,5 125 keer" in text


def _half(x: float, rows: list[tuple[str, str, str, str]]) -> list:
    return [[(x, name), flush_right(x + 130, a), flush_right(x + 190, b),
             flush_right(x + 245, c)] for name, a, b, c in rows]  # fmt: skip


LEFT = [("Alphen", "114.210", "6.839.100", "61,29"), ("Gouda", "75.930", "4.578.666", "61,72"),
        ("Leiden", "127.460", "7.621.513", "61,20")]  # fmt: skip
RIGHT = [("Lisse", "23.390", "1.476.180", "64,59"), ("Noordwijk", "44.170", "2.703.238", "62,64"),
         ("Totaal", "385.160", "23.218.697", "60,28")]  # fmt: skip
HEADER = [(0, "Gemeente"), (95, "Inwoners"), (150, "Bijdrage"), (215, "Per inw.")]

HALVES = [[
    "# 3 Bijdragen gemeenten",
    "",
    [(30, "De bijdrage van iedere gemeente bestaat uit een vaste voet en een bedrag per inwoner.")],
    "",
    [(30, "Tabel 3.1 Bijdragen gemeenten 2041 (in euro's)")],
    [*((30 + x, t) for x, t in HEADER), *((310 + x, t) for x, t in HEADER)],
    *(left + right for left, right in zip(_half(30, LEFT), _half(310, RIGHT))),
    "",
    [(30, "Leiden betaalt als grootste gemeente het meest.")],
]]


def test_a_table_set_in_two_halves_side_by_side_is_read_as_one_table() -> None:
    cells = _cells(HALVES)
    table = "Tabel 3.1 Bijdragen gemeenten 2041 (in euro's)"
    paid = {c.row: c.value for c in cells if c.table == table and c.column == "Bijdrage"}
    assert paid == {
        "Alphen": 6839100, "Gouda": 4578666, "Leiden": 7621513,
        "Lisse": 1476180, "Noordwijk": 2703238, "Totaal": 23218697,
    }  # fmt: skip
    # ... the header of the second half names no group of rows, and the total adds up the
    # rows of both halves
    assert not any("Gemeente" in c.group for c in cells if c.table == table)
    assert not failed_tables(cells)


BALANS = [[
    "# 7 Balans",
    "",
    [(30, "Tabel 7.5 Balans per 31 december 2041 (bedragen in euro's)")],
    [(30, "Activa"), flush_right(190, "31-12-2041"), flush_right(250, "31-12-2040"),
     (262, "Passiva"), flush_right(500, "31-12-2041"), flush_right(560, "31-12-2040")],
    [(30, "Materiële vaste activa"), flush_right(190, "148.902.630"),
     flush_right(250, "143.655.210"), (262, "Eigen vermogen"), flush_right(500, "30.632.512"),
     flush_right(560, "30.819.400")],
    [(30, "Liquide middelen"), flush_right(190, "1.199.231"), flush_right(250, "1.204.418"),
     (262, "Vaste schulden langer dan een jaar"), flush_right(500, "119.469.349"),
     flush_right(560, "114.040.228")],
    [(30, "Totaal activa"), flush_right(190, "150.101.861"), flush_right(250, "144.859.628"),
     (262, "Totaal passiva"), flush_right(500, "150.101.861"), flush_right(560, "144.859.628")],
]]


def test_a_balance_sheet_with_its_two_sides_side_by_side_is_read_side_by_side() -> None:
    """Activa left, passiva right, each under its own name and the same dates, the right
    side's figures standing elsewhere than the left's: each row with its own two figures."""
    cells = _cells(BALANS)
    assert _value(cells, "Liquide middelen", "31-12-2041") == 1199231
    assert _value(cells, "Eigen vermogen", "31-12-2040") == 30819400
    assert _value(cells, "Totaal passiva", "31-12-2041") == 150101861
