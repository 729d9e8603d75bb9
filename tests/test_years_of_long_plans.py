"""Years of long-range plans (issue 13): plans reach 2050 and beyond, and a year asked that
no column prints is refused, never answered with another year's figure. Made-up Proefdorp."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .conftest import text_answerer

LONG_RANGE = """Programma 5 Sociaal domein

Tabel 5.1 Lasten en baten (bedragen x € 1.000)
Programma                Begroting 2047   Raming 2048   Raming 2049   Raming 2050   Raming 2051
Lasten                           60.437        61.205        61.890        62.410        62.980
Baten                            18.611        18.790        18.920        19.050        19.170

In 2050 wil de gemeente energieneutraal zijn.
"""


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Wat zijn de lasten van het sociaal domein in 2050?", "62410000"),
        ("Wat zijn de baten van het sociaal domein in 2051?", "19170000"),
    ],
)
def test_years_of_a_long_planning_horizon_are_years(question: str, value: str) -> None:
    # plans reach 2050 (energy, climate) and beyond: their years are columns like any other
    answer = text_answerer(LONG_RANGE, year="2047").answer(question, "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal(value)


def test_a_year_no_column_prints_is_refused_not_answered_for_another() -> None:
    answer = text_answerer(LONG_RANGE, year="2047").answer(
        "Wat zijn de lasten van het sociaal domein in 2053?", "Proefdorp"
    )
    assert answer.kind != "figure", answer.text
