"""'Hoeveel is dat meer?' after two figures: the later one less the earlier one, derived, also
when the two stand in two documents (the same row of the begroting 2020 and of the begroting
2026); after figures of two different things, a question back, never the last figure again
(issue 13). Made-up municipality Proefdorp."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .conftest import documents_answerer

BEGROTING_2020 = """# Programmabegroting 2020

## Sociaal domein

Overzicht 3.1 Baten en lasten Sociaal domein

Lasten                             2020          2021
Gezondheidszorg               2.010.843     2.054.938
Jeugd                         9.412.000     9.640.000
"""

BEGROTING_2026 = """# Programmabegroting 2026

## Sociaal domein

Tabel 2.3 Lasten Sociaal Domein per doelenboom (bedragen in euro's)

Lasten                             2026          2027
Gezondheidszorg               2.505.813     2.576.419
Jeugd                        12.118.000    12.400.000
"""


@pytest.fixture(scope="module")
def answerer():
    return documents_answerer(
        {"proefdorp-begroting-2020": BEGROTING_2020, "proefdorp-begroting-2026": BEGROTING_2026}
    )


def _conversation(answerer, questions: list[str]):
    history: list[dict[str, str]] = []
    answer = None
    for question in questions:
        answer = answerer.answer(question, "Proefdorp", history)
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.text},
        ]
    return answer


def test_the_same_row_in_two_documents_is_compared(answerer) -> None:
    answer = _conversation(
        answerer,
        [
            "Hoeveel was er in de begroting 2020 voor gezondheidszorg geraamd voor 2021?",
            "En hoeveel staat er in de begroting 2026 voor gezondheidszorg in 2026?",
            "Hoeveel is dat meer?",
        ],
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal(2505813 - 2054938), answer.text
    assert answer.figures[0].derivation


def test_two_different_things_are_not_compared_and_the_last_is_not_repeated(answerer) -> None:
    answer = _conversation(
        answerer,
        [
            "Wat waren de lasten van gezondheidszorg in 2021?",
            "En hoeveel is er in 2026 voor jeugd begroot?",
            "Hoeveel is dat meer?",
        ],
    )
    assert answer.kind == "clarification", answer.text
    assert not answer.figures, answer.text


JAARSTUKKEN_2021 = """# Jaarstukken 2021

## Sociaal domein

Tabel 3.1 Lasten Sociaal domein (bedragen in euro's)

Lasten                          Rekening 2021
Gezondheidszorg                     2.090.112
Jeugd                               9.702.000
"""


def test_two_years_named_are_the_two_figures_given_each_with_its_status() -> None:
    """'Hoeveel is dat in 2026 meer dan in 2021?' after the budget of 2026 and the rekening
    of 2021: the one less the other, not a realisation of 2026 sought because the last figure
    was one."""
    answerer = documents_answerer(
        {"proefdorp-begroting-2026": BEGROTING_2026, "proefdorp-jaarstukken-2021": JAARSTUKKEN_2021}
    )
    answer = _conversation(
        answerer,
        [
            "Hoeveel is er in 2026 begroot voor gezondheidszorg?",
            "En hoeveel was het in de rekening 2021?",
            "Hoeveel is dat in 2026 meer dan in 2021?",
        ],
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal(2505813 - 2090112), answer.text
