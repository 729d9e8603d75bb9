"""What the reader keeps of tables laid out as PDFs print them: a share column between a
count of a date and an amount of a year takes no year from them; people and reports counted
in compound words are counts, also under a caption or a sentence that speaks of euros; and
sentences right under a table's last row keep their ratios and counts. Made-up figures."""

from __future__ import annotations

from decimal import Decimal

from assistant.figures import document_figures
from assistant.parsing import parse_sections

KEY = """Tabel 4.1 Verdeelsleutel en bijdrage per gemeente (bijdragen in euro's; aandeel 2035)
 Gemeente                                Leerplichtigen 5-17 jaar                     Aandeel                             Bijdrage
                                             1-10-2033            1-10-2034                                     2034                  2035            Verschil
 Kleiveen                                       11.906               11.842            32,04%                675.242               695.856              20.614
 Zandhove                                        4.351                4.316            11,68%                246.765               253.616               6.851
 Totaal                                         16.257               16.158           100,00%                922.007               949.472              27.465
"""  # noqa: E501 (laid out as a PDF prints it)

COUNTS = """Alle bedragen in deze begroting zijn in hele euro's, behalve de meerjarenraming in
hoofdstuk 5 (x € 1.000).

Kerncijfers

Kerncijfers leerplicht           2033-2034     2032-2033     2031-2032
Verzuimmeldingen totaal              2.418         2.276         2.104
Thuiszitters                            61            57            49
Nieuwe voortijdig schoolverlaters      412           398           371
"""


def _read(text: str) -> dict[tuple[str, str], object]:
    cells = document_figures(parse_sections(text), document_id="d", municipality="Proefland")
    return {(c.row, c.column): c for c in cells}


def test_a_share_beside_dates_and_years_is_of_no_year_it_does_not_name() -> None:
    """'Aandeel' between the count of 1-10-2034 and the contribution of 2034 is no movement
    between two balances: a date and a year are not two balances of one kind."""
    cells = _read(KEY)
    share = next(c for (row, _), c in cells.items() if row == "Kleiveen" and c.unit == "percent")
    assert share.value == Decimal("32.04") and share.period == ""


def test_people_counted_in_compound_words_are_counts_not_euros() -> None:
    """'Leerplichtigen', 'Verzuimmeldingen', 'Thuiszitters', 'schoolverlaters': counts of
    people and reports, under a sentence that says the budget's amounts are in euros."""
    key = _read(KEY)
    assert {c.unit for (row, column), c in key.items() if "Leerplichtigen" in column} == {"count"}
    counts = _read(COUNTS)
    for row in ("Verzuimmeldingen totaal", "Thuiszitters", "Nieuwe voortijdig schoolverlaters"):
        cell = counts[(row, "2033-2034")]
        assert cell.unit == "count" and cell.scale == 1, cell
    assert counts[("Verzuimmeldingen totaal", "2033-2034")].value == Decimal("2418")


RISKS = """Tabel 9.1 Beschikbare en benodigde weerstandscapaciteit (x € 1.000)
Onderdeel                                        1 januari 2035
Vrij besteedbaar deel algemene reserve                    12.940
Totaal beschikbare weerstandscapaciteit                   16.226
Benodigde weerstandscapaciteit                             6.200
Ratio weerstandsvermogen = 16.226 / 6.200 = 2,6
In 2033 zijn 612 verzoeken om kwijtschelding toegekend, voor in totaal € 241.380.
"""


def test_sentences_right_under_a_table_keep_their_figures() -> None:
    """Lines of running text under a table's last row, with no blank line between, are text
    with figures of their own: the ratio its sum ends in, a count."""
    cells = document_figures(parse_sections(RISKS), document_id="d", municipality="Proefland")
    prose = {(c.value, c.unit) for c in cells if c.kind == "prose"}
    assert {(Decimal("2.6"), "ratio"), (Decimal("612"), "count")} <= prose, prose
    assert all(c.kind == "table" for c in cells if c.row.startswith("Benodigde")), cells
