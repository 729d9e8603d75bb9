"""A begroting and the jaarstukken of a later year side by side (the begroting's raming for a
year, the jaarstukken' budget and realisation of it): a deviation asked is read where the
year's budget and outcome both stand, a follow-up that names the begroting reads the
begroting, a count asked is no percentage of a row named '(% van ...)', the accounting verb
'boeken' names nothing, and two rows of one year are compared when a question asks how much
more goes to the one than to the other (issue 13). Made-up municipality Proefdorp."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.figure_answers import FigureAnswerer, question_terms

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


BEGROTING_2034 = """# Programmabegroting 2034

## Programma 2 Mens en maatschappij

Tabel 2.1 Effectindicatoren

Indicator                                Peilwaarde   Begroting 2034   Begroting 2035
% jongeren tot 18 jaar met jeugdhulp            8,8              8,6              8,5
% inwoners dat zich eenzaam voelt                11               10                9

Tabel 2.3 Baten en lasten Mens en maatschappij (bedragen x € 1.000)

                        Rekening 2032   Begroting 2033   Begroting 2034
Lasten                         37.120           38.305           38.934
Baten                           9.870           10.016           10.204

## Reserves

Tabel 12.6 Overzicht reserves (bedragen x € 1.000)

Reserve                 Begroting 2033   Vermeerderingen 2034   Verminderingen 2034   Begroting 2034
BR grote projecten               1.870                      0                  -225            1.645
BR verkeersprojecten                51                      0                     0               51

## Verbonden partijen

Tabel 9.2 Bijdragen aan verbonden partijen (bedragen in €)

Verbonden partij                  Bijdrage 2033   Bijdrage 2034
GGD Proefland                           530.100         543.000
Veiligheidsregio Proefland            2.150.900       2.207.160
"""

JAARSTUKKEN_2034 = """# Jaarstukken 2034

## Beleidsindicatoren

Tabel 6.1 Effectindicatoren: streefwaarde en realisatie

Indicator                                Peilwaarde   Streefwaarde 2034   Realisatie 2034
% jongeren tot 18 jaar met jeugdhulp            8,8                 8,6               9,1
% inwoners dat zich eenzaam voelt                11                  10                12

## Programma 2 Mens en maatschappij

Tabel 2.1 Baten en lasten Mens en maatschappij (bedragen x € 1.000)

            Begroting 2034 primitief   Begroting 2034 na wijziging   Realisatie 2034
Lasten                        38.934                        40.083            40.912
Baten                         10.204                        10.377            10.690

## Reserves

Tabel 13.1 Verloop van de reserves 2034 (bedragen x € 1.000)

Reserve              Stand 1-1-2034   Toevoegingen   Onttrekkingen   Stand 31-12-2034
BR grote projecten            1.870            650           1.340              1.180
BR verkeersprojecten             51              0               0                 51

## Verbonden partijen

Tabel 9.1 Bijdragen aan verbonden partijen 2034 (bedragen in €)

Verbonden partij                 Begroot 2034   Werkelijk 2034   Verschil
GGD Proefland                         543.000          551.270      8.270
Veiligheidsregio Proefland          2.207.160        2.231.844     24.684
"""


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # the same row in the begroting and the jaarstukken of a year: what the year came to,
        # asked in the past tense or by its end, not what was planned for it
        ("Hoeveel procent van de jongeren had in 2034 jeugdhulp?", Decimal("9.1")),
        ("Hoeveel zit er eind 2034 nog in de reserve grote projecten?", Decimal(1180000)),
        # ... also of a sum of two rows
        (
            "Hoeveel betaalde Proefdorp in 2034 samen aan de GGD Proefland en de "
            "Veiligheidsregio Proefland?",
            Decimal(551270 + 2231844),
        ),
        # ... unless the plan is asked
        ("Welk percentage jongeren met jeugdhulp was in 2034 begroot?", Decimal("8.6")),
        ("Wat was de streefwaarde voor jongeren met jeugdhulp in 2034?", Decimal("8.6")),
    ],
)
def test_a_row_printed_in_the_begroting_and_the_jaarstukken_of_a_year(question, value) -> None:
    answerer = documents_answerer(
        {
            "proefdorp-begroting-2034": BEGROTING_2034,
            "proefdorp-jaarstukken-2034": JAARSTUKKEN_2034,
        },
        weighed=True,
    )
    answer = answerer.answer(question, "Proefdorp")
    assert [f.value for f in answer.figures][:1] == [value], answer.text


@pytest.fixture(scope="module")
def accounts_2034() -> FigureAnswerer:
    """The begroting 2034 and the jaarstukken 2034 of Proefdorp, words weighed."""
    return documents_answerer(
        {
            "proefdorp-begroting-2034": BEGROTING_2034,
            "proefdorp-jaarstukken-2034": JAARSTUKKEN_2034,
        },
        weighed=True,
    )


def test_what_was_really_spent_after_a_question_of_the_begroting_is_the_realisation(
    accounts_2034,
) -> None:
    # the begroting named in the first question holds no realisation of its own year: the
    # follow-up reads the jaarstukken that do
    converse(
        accounts_2034,
        "Proefdorp",
        {
            "Hoeveel had Proefdorp in de begroting 2034 uitgetrokken voor de lasten van Mens en "
            "maatschappij?": Decimal(38934000),
            "En wat is er in werkelijkheid uitgegeven?": Decimal(40912000),
        },
    )


def test_what_was_done_against_the_original_begroting_named_by_its_year(accounts_2034) -> None:
    # 'de oorspronkelijke begroting 2034' names the version of the budget the realisation is
    # compared with, not the only document to read: the begroting 2034 holds no realisation
    answer = accounts_2034.answer(
        "Hoeveel hoger waren de werkelijke lasten van Mens en maatschappij in 2034 dan in de "
        "oorspronkelijke begroting 2034?",
        "Proefdorp",
    )
    assert [f.value for f in answer.figures] == [Decimal(40912000 - 38934000)], answer.text


def test_the_year_a_document_was_adopted_in_is_not_the_year_asked(accounts_2034) -> None:
    # 'de begroting 2034 die in 2033 is vastgesteld': the year of the adoption dates the
    # document, the figure asked is of 2034
    converse(
        accounts_2034,
        "Proefdorp",
        {
            "Wat waren volgens de jaarrekening 2034 de werkelijke lasten van Mens en "
            "maatschappij?": Decimal(40912000),
            "En wat stond daarvoor in de oorspronkelijke begroting 2034 die in 2033 is "
            "vastgesteld?": Decimal(38934000),
        },
    )


def test_a_deviation_said_as_more_than_budgeted_answers_how_much_more() -> None:
    # 'ontvingen we € 1.104.500 meer vergoeding van het Rijk dan begroot (V)': the sentence
    # states the deviation itself, with no budget and outcome beside it to compare
    text = (
        "# Toelichting op de verschillen\n"
        "\n"
        "Opvang ontheemden\n"
        "Voor de opvang van ontheemden ontvingen we € 1.104.500 meer vergoeding van het Rijk\n"
        "dan begroot (V). De lasten waren € 1.087.260 hoger (N), doordat de opvanglocatie het\n"
        "hele jaar open was.\n"
    )
    answer = text_answerer(text, year="2034", kind="jaarstukken", weighed=True).answer(
        "Hoeveel meer vergoeding dan begroot kreeg Proefdorp in 2034 voor de opvang van "
        "ontheemden?",
        "Proefdorp",
    )
    assert [f.value for f in answer.figures] == [Decimal(1104500)], answer.text


def test_the_clause_of_adoption_names_no_row() -> None:
    # 'die in 2033 is vastgesteld' dates the document: the row 'Vastgestelde begroting
    # 2033-2036' of a multi-year overview is not what a follow-up asks
    overview = (
        "\n## Meerjarenbeeld\n"
        "\n"
        "Meerjarenbeeld 2034-2037 (x € 1.000)\n"
        "Omschrijving                                          2034     2035     2036\n"
        "Vastgestelde begroting 2033-2036 incl. amendementen    147      212      -95\n"
    )
    answerer = documents_answerer(
        {
            "proefdorp-begroting-2034": BEGROTING_2034 + overview,
            "proefdorp-jaarstukken-2034": JAARSTUKKEN_2034,
        },
        weighed=True,
    )
    converse(
        answerer,
        "Proefdorp",
        {
            "Wat waren volgens de jaarrekening 2034 de werkelijke lasten van Mens en "
            "maatschappij?": Decimal(40912000),
            "En wat stond daarvoor in de oorspronkelijke begroting 2034 die in 2033 is "
            "vastgesteld?": Decimal(38934000),
        },
    )


@pytest.mark.parametrize("version", ["na de laatste begrotingswijziging", "na de tweede wijziging"])
def test_the_amended_budget_named_by_which_amendment_is_its_column(answerer, version) -> None:
    # 'na de laatste begrotingswijziging' names the column 'Begroting 2031 na wijziging', as
    # 'na wijziging' does: no row is named by it
    assert question_terms(f"Wat was er begroot {version}?") == []
    converse(
        answerer,
        "Proefdorp",
        {
            "Hoeveel heeft Proefdorp in 2031 aan jeugd uitgegeven?": Decimal(17627757),
            f"En hoeveel was daarvoor begroot {version}?": Decimal(17215440),
        },
    )
