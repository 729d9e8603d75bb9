"""A header over two lines whose second line is a date written with the Unicode hyphen
(pdfme prints U+2010 for every '-'): the date heads its column as '1-1-2043' would, and
does not stand between the table and its header as a line of text."""

from __future__ import annotations

from .pdfmaker import figures_of, flush_right, read_pdf

CONTRIBUTIONS = [[
    "# 4 Bijdragen van de gemeenten",
    "",
    [(60, "Tabel 6 Bijdrage per gemeente 2044")],
    [(60, "Bedragen in euro's; inwoners per 1 januari 2043")],
    [(60, "Gemeente"), flush_right(240, "Inwoners"), flush_right(340, "Basispakket"),
     flush_right(430, "Plustaken"), flush_right(520, "Totaal 2044")],
    [flush_right(240, "1\u20101\u20102043")],
    [(60, "Ketelum"), flush_right(240, "74.214"), flush_right(340, "€ 4.866.954"),
     flush_right(430, "€ 412.300"), flush_right(520, "€ 5.279.254")],
    [(60, "Noorderveen"), flush_right(240, "24.118"), flush_right(340, "€ 1.581.658"),
     flush_right(430, "€ 61.200"), flush_right(520, "€ 1.642.858")],
    [(60, "Totaal"), flush_right(240, "98.332"), flush_right(340, "€ 6.448.612"),
     flush_right(430, "€ 473.500"), flush_right(520, "€ 6.922.112")],
]]


def test_a_date_with_unicode_hyphens_under_a_header_keeps_the_table_whole() -> None:
    cells = figures_of(read_pdf(CONTRIBUTIONS))
    paid = {(c.row, c.column): c.value for c in cells if c.table.startswith("Tabel 6")}
    assert paid[("Noorderveen", "Plustaken")] == 61200
    assert paid[("Ketelum", "Totaal 2044")] == 5279254
    assert paid[("Totaal", "Basispakket")] == 6448612
    inwoners = [column for row, column in paid if row == "Ketelum" and "Inwoners" in column]
    assert inwoners and "1-1-2043" in inwoners[0]
