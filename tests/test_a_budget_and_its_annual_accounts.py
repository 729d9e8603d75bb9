"""A begroting and the jaarstukken of a later year side by side (the begroting's raming for a
year, the jaarstukken' budget and realisation of it): a deviation asked is read where the
year's budget and outcome both stand, a follow-up that names the begroting reads the
begroting, a count asked is no percentage of a row named '(% van ...)', the accounting verb
'boeken' names nothing, and two rows of one year are compared when a question asks how much
more goes to the one than to the other (issue 13). Made-up municipality Proefdorp."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.figure_answers import FigureAnswerer

from .conftest import converse, documents_answerer, text_answerer

BEGROTING_2030 = """# Programmabegroting 2030

Overzicht 3.1 Baten en lasten Sociaal domein

Lasten per doelenboom                2030          2031          2032
Jeugd                          16.060.788    16.357.714    16.412.020
Maatschappelijke ondersteuning 11.950.200    12.004.330    12.110.870

Baten per doelenboom                 2030          2031          2032
Jeugd                          -2.710.000    -2.750.000    -2.790.000
Maatschappelijke ondersteuning   -360.000      -365.000      -370.000
"""

JAARSTUKKEN_2031 = """# Jaarstukken 2031

Overzicht 3.7 Baten en lasten Sociaal Domein 2031

                               Begroting 2031  Begroting 2031
Sociaal Domein                      primitief    na wijziging  Realisatie 2031     Verschil
Lasten per doelenboom
Maatschappelijke ondersteuning     12.105.472      12.296.050       11.874.619    421.431 V
Jeugd                              16.538.904      17.215.440       17.627.757    412.317 N
Totaal programma lasten            28.644.376      29.511.490       29.502.376      9.114 V
Baten per doelenboom
Maatschappelijke ondersteuning       -375.735        -402.300         -388.106     14.194 N
Jeugd                              -2.822.774      -2.822.774       -2.716.330    106.444 N

Overzicht 3.5 Indicatoren Jeugd

Indicator                                                   2031
Totaal aantal jeugdigen met jeugdhulp                      1.187
Jongeren met jeugdhulp (% van alle jongeren tot 18 jaar)     11,6
"""


@pytest.fixture(scope="module")
def answerer() -> FigureAnswerer:
    return documents_answerer(
        {
            "proefdorp-begroting-2030": BEGROTING_2030,
            "proefdorp-jaarstukken-2031": JAARSTUKKEN_2031,
        },
        weighed=True,  # words weigh by how rare they are, as in the assistant
    )


def test_a_deviation_asked_is_read_where_the_years_budget_and_outcome_stand(answerer) -> None:
    answer = answerer.answer(
        "Hoe groot was bij Jeugd in 2031 het verschil tussen de begroting na wijziging en de "
        "realisatie van de lasten?",
        "Proefdorp",
    )
    assert [f.value for f in answer.figures] == [Decimal(412317)], answer.text


def test_an_advantage_booked_is_the_printed_deviation(answerer) -> None:
    answer = answerer.answer(
        "Hoeveel voordeel boekte Proefdorp in 2031 op de lasten van Maatschappelijke "
        "ondersteuning volgens de jaarstukken?",
        "Proefdorp",
    )
    assert [abs(f.value) for f in answer.figures] == [Decimal(421431)], answer.text


def test_a_follow_up_that_names_the_begroting_reads_its_plan_not_the_realisation(
    answerer,
) -> None:
    converse(
        answerer,
        "Proefdorp",
        {
            "Wat waren de werkelijke lasten van Jeugd in 2031 volgens de jaarstukken?": 17627757,
            "En de baten?": -2716330,
            "En welke baten stonden er voor 2031 in de programmabegroting 2030?": -2750000,
        },
    )


def test_a_count_asked_is_not_answered_by_a_row_of_percentages(answerer) -> None:
    # (the count's row names 'jeugdigen', not 'jongeren': no figure, rather than the share)
    answer = answerer.answer(
        "Hoeveel jongeren kregen in 2031 jeugdhulp volgens de jaarstukken?", "Proefdorp"
    )
    assert all(f.unit == "count" for f in answer.figures), answer.text
    assert Decimal("11.6") not in [f.value for f in answer.figures], answer.text
    share = answerer.answer(
        "Welk percentage van de jongeren kreeg in 2031 jeugdhulp volgens de jaarstukken?",
        "Proefdorp",
    )
    assert [(f.value, f.unit) for f in share.figures] == [(Decimal("11.6"), "percent")], share.text


PROGRAMMA = """# Programma 2 Sociaal domein

Tabel 2.4 Lasten per taakveld (bedragen in euro's)

Taakveld                                  2030          2031          2032
6.1 Samenkracht en burgerparticipatie  3.120.400     3.204.100     3.250.000
6.3 Inkomensregelingen                19.100.574    19.305.855    19.420.300
6.72 Maatwerkdienstverlening 18-      16.357.714    16.060.788    16.100.000
Totaal                                38.578.688    38.570.743    38.770.300
"""


def test_how_much_more_goes_to_one_row_than_to_another_in_one_year() -> None:
    answerer = text_answerer(PROGRAMMA, "Proefdorp", year="2030", kind="begroting")
    answer = answerer.answer(
        "Hoeveel meer gaat er in 2031 naar inkomensregelingen dan naar maatwerkdienstverlening "
        "18-?",
        "Proefdorp",
    )
    assert [f.value for f in answer.figures] == [Decimal(19305855 - 16060788)], answer.text
    assert "19.305.855" in answer.text and "16.060.788" in answer.text


DOGS = """# Lokale heffingen

Tabel 7.2 Tarieven hondenbelasting
                              2030        2031
eerste hond                  92,16       95,04
tweede hond                 138,48      142,80
elke volgende hond          184,80      190,56
"""


def test_a_resident_with_a_dog_pays_the_first_dogs_tariff() -> None:
    answerer = text_answerer(DOGS, "Proefdorp", year="2031", kind="begroting")
    answer = answerer.answer(
        "Ik heb een hond. Hoeveel hondenbelasting moet ik in 2031 betalen?", "Proefdorp"
    )
    assert [f.value for f in answer.figures] == [Decimal("95.04")], answer.text
    second = answerer.answer("Wat kost een tweede hond in 2031?", "Proefdorp")
    assert [f.value for f in second.figures] == [Decimal("142.80")], second.text
