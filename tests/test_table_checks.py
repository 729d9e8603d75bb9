"""Self-checks of tables as read: parts against the printed total."""

from __future__ import annotations

from decimal import Decimal

from assistant.figures import document_figures
from assistant.parsing import parse_sections
from assistant.table_checks import check_totals, failed_tables

TABLE = """Programma Zorg

Tabel 3.1 Lasten per taakveld (bedragen x € 1.000)
Taakveld 2024 2025
Wmo 1.200 1.250
Jeugd 2.300 2.350
Totaal lasten 3.500 {total}
"""


def _cells(total: str):
    text = TABLE.format(total=total)
    return document_figures(parse_sections(text), document_id="d", municipality="Proefstad")


def test_a_total_that_matches_its_parts_passes() -> None:
    checks = check_totals(_cells("3.600"))
    assert [(c.column, c.ok) for c in checks] == [("2024", True), ("2025", True)]
    assert checks[0].added == Decimal(3500000) and checks[0].parts == ("Wmo", "Jeugd")


def test_a_total_that_does_not_match_is_reported_in_dutch() -> None:
    failed = failed_tables(_cells("3.900"))
    (checks,) = failed.values()
    assert [c.column for c in checks] == ["2025"]
    assert "tellen op tot 3.600.000" in checks[0].describe()


def test_an_answer_from_a_table_that_fails_says_so() -> None:
    from assistant.figure_answers import FigureAnswerer

    question = "Wat zijn de lasten van Jeugd in 2025?"
    answer = FigureAnswerer(_cells("3.900"), {}, "").answer(question, None)
    assert answer is not None and answer.figures[0].value == 2350000
    assert "tellen de rijen niet op tot het gedrukte totaal" in answer.text
    good = FigureAnswerer(_cells("3.600"), {}, "").answer(question, None)
    assert good is not None and "Let op" not in good.text


def test_a_subtotal_stands_for_its_rows_in_the_total_below() -> None:
    text = (
        "Tabel 2 Lasten per programma (bedragen x € 1.000)\n"
        "Programma                       2027     2028\n"
        "Brandweerzorg                 23.061   23.390\n"
        "Risicobeheersing               3.592    3.640\n"
        "Subtotaal programma's         26.653   27.030\n"
        "Algemene dekkingsmiddelen        100      100\n"
        "Totaal lasten                 26.753   27.130\n"
    )
    cells = document_figures(parse_sections(text), document_id="d", municipality="Proefregio")
    assert not failed_tables(cells)
    assert [c.ok for c in check_totals(cells)] == [True, True]  # Totaal lasten, per year


def test_a_total_of_the_rows_right_above_it_passes() -> None:
    """'Totaal bestemmingsreserves' adds up the reserves under the algemene reserve; a
    misread figure in one of them still fails."""
    text = (
        "Tabel 4.3 Overzicht reserves (bedragen in euro's)\n"
        "Reserve                              Stand 1-1-2029   Stand 31-12-2029\n"
        "Algemene reserve                         14.826.410         14.819.796\n"
        "Reserve sociaal domein                    3.412.600          1.926.555\n"
        "Reserve duurzaamheid en klimaat           1.880.000          {last}\n"
        "Totaal bestemmingsreserves                5.292.600          3.480.745\n"
    )

    def checks(last: str) -> dict[str, bool]:
        cells = document_figures(
            parse_sections(text.format(last=last)), document_id="d", municipality="Proefstad"
        )
        return {c.column: c.ok for c in check_totals(cells)}

    assert checks("1.554.190") == {"Stand 1-1-2029": True, "Stand 31-12-2029": True}
    assert checks("1.554.910") == {"Stand 1-1-2029": True, "Stand 31-12-2029": False}


DEVIATIONS = (
    "# Jaarstukken 2024\n\n## Overzicht van baten en lasten\n\n"
    "Tabel 3.1 Overzicht van baten en lasten 2024 (bedragen x € 1.000)\n"
    "Omschrijving                    Realisatie   Begroting    Verschil          Realisatie\n"
    "                                      2024        2024    na wijz.   V/N          2023\n"
    "Salarissen en sociale lasten       (3.187)     (3.520)         333    V       (3.471)\n"
    "Inhuur derden                        (318)       (238)        (80)    N         (402)\n"
    "Totaal lasten                      (3.505)     (3.758)         253    V       (3.873)\n"
)


def test_a_deviation_printed_negative_and_marked_nadeel_counts_once_against() -> None:
    """'(80) N' is a nadeel of 80, not twice negative: 333 V and 80 N make 253 V."""
    cells = document_figures(
        parse_sections(DEVIATIONS), document_id="d-jaarstukken-2024", municipality="Proefstad"
    )
    assert not failed_tables(cells)
