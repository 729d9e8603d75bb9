"""A table cited by the words of its caption ('volgens de geprognosticeerde balans') says
where to read, not what: its words name no row, and its readings come first; a question
that cites none reads as before (issue 13). Made-up body Proefregio."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .conftest import text_answerer

DOC = """# Begroting 2025

## 8. Investeringen en geprognosticeerde balans

De balans laat zien hoe het vermogen zich ontwikkelt.

Tabel 8.2 Geprognosticeerde balans
x € 1.000                                 31-12-2025   31-12-2024   31-12-2023
Activa
Materiële vaste activa                         6.412        5.876        5.511
Voorraden                                        688          702          731
Totaal activa                                  7.100        6.578        6.242
Passiva
Eigen vermogen (reserves en resultaat)         2.474        2.854        3.274
Langlopende schulden                           4.626        3.724        2.968
Totaal passiva                                 7.100        6.578        6.242

Als de rente bij nieuwe leningen 1 procentpunt hoger uitvalt, stijgen de jaarlijkse rentelasten
met circa € 259.000.

## 9. Kengetallen

Tabel 9.1 Financiële kengetallen
Kengetal                                   2023      2024      2025
Solvabiliteitsratio                        52%       43%       35%
"""


@pytest.fixture(scope="module")
def begroting():
    return text_answerer(DOC, "Proefregio", year="2025", kind="begroting", weighed=True)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "Wat was het eigen vermogen van Proefregio op 31 december 2023 volgens de "
            "geprognosticeerde balans?",
            3274000,
        ),
        ("Wat waren volgens de geprognosticeerde balans de langlopende schulden eind 2024?",
         3724000),
        ("Hoeveel eigen vermogen had Proefregio eind 2023?", 3274000),
    ],
)
def test_a_table_cited_by_its_caption_is_where_to_read(begroting, question, value) -> None:
    answer = begroting.answer(question, None, [])
    assert answer is not None, question
    assert [f.value for f in answer.figures] == [Decimal(value)], answer.text


def test_a_figure_the_table_cited_does_not_hold_is_not_read_elsewhere(begroting) -> None:
    # the balance sheet prints no rentelasten: a sentence beside it that does is not what the
    # balance sheet says
    answer = begroting.answer(
        "Wat zijn volgens de geprognosticeerde balans de jaarlijkse rentelasten?", None, []
    )
    assert answer is None or not answer.figures, answer.text
