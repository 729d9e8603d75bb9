"""A begroting and the jaarstukken of a body side by side, asked what a year came to: the
realisation where the year was accounted for when the reading chosen only planned it (under
another row name), the same programme's row in the later begroting for a follow-up, the budget
version asked printed in a column before a row named in fewer words, never a figure compared
with itself nor the budget just given as what was spent, lasten beside baten in rows named
alike, a taakveld named by its code, and signs printed differently in the two documents
(issue 13). Made-up municipality Proefdorp."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .conftest import documents_answerer, text_answerer
from .test_abbreviated_years_and_stacked_tables import CENTRED, KEY_FIGURES, TWO_TABLES

PROGRAMME_SPENT = "Wat waren de werkelijke lasten van het programma Mens en Maatschappij in 2033?"

BEGROTING_2033 = """# Begroting 2033

## Financiële kaders

In de begroting van 2032 is een incidenteel budget van € 450.000 opgenomen voor het
transformatieplan sociaal domein. Ten tijde van het opstellen van de begroting 2033 resteert een
budget van € 323.000 dat (nog) niet is geclaimd.
"""


JAARSTUKKEN_2033 = (
    """# Jaarstukken 2033

## 2 Programmaverantwoording

Tabel 2.1 Lasten per programma                                          bedragen x € 1.000
                                                         B '33            B '33
Programma                                   R '33        prim.             n.w.
I Veiligheid en Handhaving                  6.655        6.410            6.871
II Mens en Maatschappij                    38.706       37.962           39.418
Totaal lasten                              45.361       44.372           46.289

"""
    + CENTRED
)


def _said(answerer, questions: list[str]):
    history: list[dict[str, str]] = []
    said = None
    for question in questions:
        said = answerer.answer(question, "Proefdorp", history)
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": said.text if said else ""},
        ]
    return said


def test_a_follow_up_on_what_was_spent_is_never_the_budget_just_given() -> None:
    answerer = documents_answerer(
        {"proefdorp-begroting-2033": BEGROTING_2033, "proefdorp-jaarstukken-2033": JAARSTUKKEN_2033}
    )
    said = _said(
        answerer,
        [
            "Hoeveel resteerde er volgens de begroting 2033 van Proefdorp nog van het incidentele "
            "budget voor het transformatieplan sociaal domein?",
            "En hoeveel daarvan is in 2033 daadwerkelijk besteed?",
        ],
    )
    assert said is not None and Decimal(323000) not in [f.value for f in said.figures], said.text


def test_a_figure_is_never_compared_with_itself() -> None:
    answerer = documents_answerer({"proefdorp-jaarstukken-2033": JAARSTUKKEN_2033})
    said = _said(
        answerer,
        [
            PROGRAMME_SPENT,
            "En wat is er voor 2036 begroot?",
            "Hoeveel hoger is dat dan de realisatie van 2033?",
        ],
    )
    assert said is not None and not said.figures, said.text


BALANS_2034 = """# Begroting 2034

## 10 Geprognosticeerde balans

Tabel 10.2 - Geprognosticeerde balans (bedragen x € 1.000)
Passiva                              Begr. 2033     Begr. 2034     Begr. 2035
Algemene reserve                         27.100         26.900         26.400
Resultaat                                   392            120             80
"""


RESULT_2033 = """# Jaarstukken 2033

## 2 Programmaverantwoording

Tabel 2.3 Saldo per programma en resultaat (bedragen x € 1.000)
                                                          Begroting 2033    Begroting 2033
Programma                              Realisatie 2033         primitief     na wijziging
Saldo van baten en lasten                       -2.971            -4.220           -6.217
Onttrekkingen aan reserves                       5.318             4.350            6.480
Gerealiseerd resultaat                           1.071                72             -701
"""


def test_a_column_that_prints_the_budget_version_asked_outweighs_a_word_more_in_the_row() -> None:
    answerer = documents_answerer(
        {"proefdorp-begroting-2034": BALANS_2034, "proefdorp-jaarstukken-2033": RESULT_2033},
        weighed=True,
    )
    said = answerer.answer(
        "Welk resultaat verwachtte Proefdorp voor 2033 in de begroting na wijziging?", "Proefdorp"
    )
    assert [abs(f.value) for f in said.figures] == [Decimal(701000)], said.text


TAAKVELDEN_2034 = """# Begroting 2034

## 12 Baten en lasten per taakveld

Tabel 12.5 - Baten per taakveld (bedragen x € 1.000)
Taakveld                                              Begroting 2034   Begroting 2035   Begroting 2036
0.7 Alg uitk. & ov. uitk. gemeentefonds                       41.204           41.870           42.310
0.8 Overige baten en lasten                                      312              300              300
"""


COVER_2033 = """# Jaarstukken 2033

## 3 Algemene dekkingsmiddelen

Tabel 3.1 Algemene dekkingsmiddelen (bedragen x € 1.000)
                                                          Begroting 2033    Begroting 2033
Dekkingsmiddel                         Realisatie 2033         primitief     na wijziging
Toeristenbelasting                               2.687             2.430            2.430
Algemene uitkering gemeentefonds                39.902            38.612           39.486
"""


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "Wat was de algemene uitkering uit het gemeentefonds voor Proefdorp in 2033 in "
            "werkelijkheid?",
            39902000,
        ),
        ("Met welk resultaat sloot Proefdorp het jaar 2033 af?", 1071000),
    ],
)
def test_a_realisation_asked_is_read_where_the_year_was_accounted_for(question, value) -> None:
    answerer = documents_answerer(
        {
            "proefdorp-begroting-2034": BALANS_2034 + "\n" + TAAKVELDEN_2034,
            "proefdorp-jaarstukken-2033": RESULT_2033 + "\n" + COVER_2033,
        },
        weighed=True,
    )
    said = answerer.answer(question, "Proefdorp")
    assert [abs(f.value) for f in said.figures] == [Decimal(value)], said.text


PROGRAMMES_2033 = """# Jaarstukken 2033

## Programma I Veiligheid en Handhaving

Wat hebben we bereikt?
Het integraal veiligheidsplan is vastgesteld.
Wat heeft het gekost?                                                       bedragen x € 1.000
                                                         Begroting 2033    Begroting 2033
Programma I                            Realisatie 2033         primitief     na wijziging
Lasten                                           6.655             6.410            6.871
Baten                                            2.701             2.410            2.655

## Programma II Mens en Maatschappij

Wat hebben we bereikt?
Het Sociaal Team heeft 1.312 meldingen in behandeling genomen.
Wat heeft het gekost?                                                       bedragen x € 1.000
                                                         Begroting 2033    Begroting 2033
Programma II                           Realisatie 2033         primitief     na wijziging
Lasten                                          38.706            37.962           39.418
Baten                                           10.486             9.520           10.114
"""
PROGRAMMES_2034 = """# Begroting 2034

## P1 Veiligheid en Handhaving

Tabel 1.2 - Baten en lasten P1 Veiligheid en Handhaving
                                             Rekening   Begroting   Begroting   Begroting
bedragen x € 1.000                               2032        2033        2034        2035
Baten                                           2.590       2.410       2.455       2.460
Lasten                                         -6.212      -6.410      -4.204      -4.310

## P2 Mens en Maatschappij

Tabel 2.3 - Baten en lasten P2 Mens en Maatschappij
                                             Rekening   Begroting   Begroting   Begroting
bedragen x € 1.000                               2032        2033        2034        2035
Baten                                           8.892       9.874      11.652      11.636
Lasten                                        -33.359     -39.007     -38.934     -39.593
"""


def _about_programmes(questions: list[str]):
    """The answer to the last of the questions, asked in turn of the two editions."""
    answerer = documents_answerer(
        {
            "proefdorp-jaarstukken-2033": PROGRAMMES_2033,
            "proefdorp-begroting-2034": PROGRAMMES_2034,
        },
        weighed=True,
    )
    return _said(answerer, questions)


def test_a_follow_up_for_a_later_budget_reads_the_same_programme_there() -> None:
    said = _about_programmes([PROGRAMME_SPENT, "En wat is er voor 2034 begroot?"])
    assert said is not None and [abs(f.value) for f in said.figures] == [Decimal(38934000)], (
        said.text
    )


def test_what_a_whole_cost_is_its_lasten_beside_its_baten_in_rows_named_alike() -> None:
    answerer = text_answerer(KEY_FIGURES, year="2033", kind="jaarstukken")
    said = answerer.answer(
        "Wat kostte de ambitie Gezond leven in 2033 in werkelijkheid in totaal?", "Proefdorp"
    )
    assert [f.value for f in said.figures] == [Decimal(32300000)], said.text


def test_more_than_the_original_budget_of_a_taakveld_named_by_its_code() -> None:
    answerer = text_answerer(TWO_TABLES, year="2033", kind="jaarstukken")
    said = answerer.answer(
        "Hoeveel meer gaf Proefdorp in 2033 uit aan maatwerkdienstverlening 18+ (taakveld 6.71) "
        "dan er in de primitieve begroting stond?",
        "Proefdorp",
    )
    assert [f.value for f in said.figures] == [Decimal(5650045 - 4932700)], said.text


DEVIATIONS = """# Najaarsnota 2033

## 2 Afwijkingen

Tabel 2.3 Afwijkingen per taakveld, programma 2 Fysiek Domein (bedragen in €)
Taakveld                          L/B           Begr. 2033 n.w.         Progn. 2033          Afw.   I/S
2.1 Verkeer en vervoer             L                  3.412.080           3.299.080       113.000    I
8.3 Wonen en bouwen leges          B                  1.243.550             985.550      -258.000    I
"""


def test_the_budget_after_amendments_is_a_level_not_a_change() -> None:
    answerer = text_answerer(DEVIATIONS, year="2033", kind="najaarsnota")
    said = answerer.answer(
        "Hoeveel minder leges voor wonen en bouwen komen er in 2033 binnen?", "Proefdorp"
    )
    assert Decimal(1243550) not in [f.value for f in said.figures], said.text


def test_a_realisation_compared_with_is_never_the_budget_of_that_year() -> None:
    said = _about_programmes(
        [
            PROGRAMME_SPENT,
            "En wat is er voor 2034 begroot?",
            "Hoeveel hoger is dat dan de realisatie van 2033?",
        ]
    )
    # the begroting prints its lasten negative, the jaarstukken positive: amounts compared
    assert said is not None and [f.value for f in said.figures] == [Decimal(38934000 - 38706000)], (
        said.text
    )


OVERVIEW_2034 = """# Begroting 2034

## 12 Overzicht

Tabel 12.1 - Lasten per programma (bedragen x € 1.000)
Programma                                      Rekening 2032   Begroting 2033   Begroting 2034
P1 Veiligheid en Handhaving                            -6.212           -6.410           -4.204
P2 Mens en Maatschappij                               -33.359          -39.007          -38.934
"""
PER_PROGRAMME_2033 = """# Jaarstukken 2033

## 1 In één oogopslag

Figuur 1.1 Lasten per programma (€ mln)
I Veiligheid en Handhaving                      6,7
II Mens en Maatschappij                        38,7

## 2 Programmaverantwoording

Tabel 2.1 Lasten per programma (bedragen x € 1.000)
                                                       Begroting 2033    Begroting 2033
Programma                              Realisatie 2033         primitief     na wijziging
I Veiligheid en Handhaving                       6.655             6.410            6.871
II Mens en Maatschappij                         38.706            37.962           39.418
"""


def test_a_budget_against_what_was_spent_reads_the_exact_realisation_of_the_accounts() -> None:
    answerer = documents_answerer(
        {
            "proefdorp-begroting-2034": OVERVIEW_2034,
            "proefdorp-jaarstukken-2033": PER_PROGRAMME_2033,
        },
        weighed=True,
    )
    said = answerer.answer(
        "Hoeveel lager zijn de lasten van Veiligheid en Handhaving in de begroting voor 2034 "
        "dan de werkelijke lasten in 2033?",
        "Proefdorp",
    )
    assert [abs(f.value) for f in said.figures] == [Decimal(6655000 - 4204000)], said.text
