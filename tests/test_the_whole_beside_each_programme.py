"""How the whole budget closes, asked without naming a programme: each programme's own overview
prints a 'Resultaat' or 'Saldo' of its own, and none of them is the whole. The whole is a
reading outside those tables that names no subject of its own (the overview of all
programmes, the meerjarenperspectief's begrotingssaldo, a sentence of how the year closes);
what a year closes with is its result after the reserves, not the saldo of baten and lasten
before them unless those are asked. Without a whole, the question goes back with the parts
(issue 13). Made-up municipality Proefdorp."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .conftest import documents_answerer

PROGRAMMES = """## 2 Programma 1 Bestuur en veiligheid

### Wat mag het kosten?

Tabel 2.1 Programma 1 Bestuur en veiligheid                bedragen x € 1.000
Omschrijving                        2031          2032
Lasten                             7.410         7.520
Baten                              -610          -620
Saldo van baten en lasten          6.800         6.900
Mutaties reserves                    -60           -60
Geraamd resultaat                  6.740         6.840

## 3 Programma 2 Sociaal domein

### Wat mag het kosten?

Tabel 3.1 Programma 2 Sociaal domein                       bedragen x € 1.000
Omschrijving                        2031          2032
Lasten                            41.300        42.100
Baten                             -8.100        -8.200
Saldo van baten en lasten         33.200        33.900
Mutaties reserves                   -400          -300
Resultaat                         32.800        33.600

## 4 Algemene dekkingsmiddelen

Tabel 4.1 Algemene dekkingsmiddelen                        bedragen x € 1.000
Omschrijving                        2031          2032
Algemene uitkering                46.100        47.000
Saldo financieringsfunctie           -95           -90
"""

WHOLE = """## 1 Inleiding

De begroting 2031 sluit met een positief saldo van € 212.000.

Tabel 1.1 Meerjarenperspectief                             bedragen x € 1.000
Omschrijving                        2031          2032
Saldo vorige begroting               150            80
Begrotingssaldo                      212           -45

""" + PROGRAMMES + """
## 5 Overzicht van baten en lasten

Tabel 5.1 Overzicht van baten en lasten                    bedragen x € 1.000
Omschrijving                        2031          2032
Programma 1 Bestuur en veiligheid  6.800         6.900
Programma 2 Sociaal domein        33.200        33.900
Algemene dekkingsmiddelen        -46.195       -47.090
Saldo van baten en lasten         -6.195        -6.290
Mutaties reserves                  5.983         6.335
Geraamd resultaat                   -212            45
"""


@pytest.fixture(scope="module")
def whole():
    return documents_answerer({"proefdorp-begroting-2031": "# Begroting 2031\n\n" + WHOLE})


@pytest.fixture(scope="module")
def parts_only():
    return documents_answerer({"proefdorp-begroting-2031": "# Begroting 2031\n\n" + PROGRAMMES})


def test_how_the_budget_closes_is_the_whole_result(whole) -> None:
    answer = whole.answer("Met welk saldo sluit de begroting 2031?", "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert abs(answer.figures[0].value) == Decimal(212000), answer.text


def test_the_result_asked_without_a_programme_is_the_overview_of_all(whole) -> None:
    answer = whole.answer("Wat is het geraamde resultaat in 2032?", "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert abs(answer.figures[0].value) == Decimal(45000), answer.text


def test_the_saldo_of_baten_and_lasten_asked_as_such(whole) -> None:
    answer = whole.answer("Wat is het saldo van baten en lasten in 2031?", "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert abs(answer.figures[0].value) == Decimal(6195000), answer.text


def test_a_programme_named_keeps_its_own_result(whole) -> None:
    answer = whole.answer("Wat is het geraamde resultaat van programma 1 in 2031?", "Proefdorp")
    assert [f.value for f in answer.figures] == [Decimal(6740000)], answer.text


@pytest.mark.parametrize(
    "question",
    ["Met welk resultaat sluit de begroting 2031?", "Hoe groot is het resultaat in 2032?"],
)
def test_without_a_whole_the_parts_are_offered_not_one_given(parts_only, question) -> None:
    answer = parts_only.answer(question, "Proefdorp")
    assert answer.kind != "figure", answer.text
    assert not answer.figures, answer.text
