"""What was done, asked beside what was planned: a begroting and the jaarstukken of the same
year in one corpus. 'werkelijk' (or the past tense) asks the realisation, so the jaarstukken'
column answers, not the begroting's budget for that year, also for a share and for a row the
begroting names more briefly; 'het overzicht van baten en lasten' names a table, not two
measures; a count asked is no rate per 1.000 inwoners, and a count said to move 'van 412 op
1 januari naar 386 op 31 december' is 386; a sentence of the jaarstukken without a year of its
own reports the year they account for (issue 13). Made-up municipality Proefdorp."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.figure_answers import FigureAnswerer

from .conftest import documents_answerer, laid_out

BEGROTING_2031 = """# Programmabegroting 2031

Tabel 6.2 Recapitulatie alle programma's (bedragen x € 1.000)

                                Lasten 2031     Baten 2031     Saldo 2031
P2 Mens en Maatschappij           -38.934         11.653        -27.281
P5 Natuur en Mobiliteit           -19.221         12.224         -6.997
Totaal programma's                -58.155         23.877        -34.278

Paragraaf Verbonden partijen

Gemeenschappelijke regeling     Financieel belang omvang deelnemersbijdrage in €
GGD Haaglanden                                                        € 543.000
Veiligheidsregio Haaglanden                                         € 1.954.000
"""

JAARSTUKKEN_2031 = """# Jaarstukken 2031

Tabel 2.2 Effectindicatoren P2 Mens en Maatschappij

Indicator                                                   Streefwaarde 2031  Realisatie 2031
Aantal inwoners met bijstandsuitkering per 1.000 inwoners                  25             23,4

Het aantal bijstandsuitkeringen daalde van 412 op 1 januari naar 386 op 31 december 2031. De
uitstroom naar werk nam toe.

## Versterken sociale basis

Uit het leefbaarheidsfonds ontvingen 31 inwonersinitiatieven een bijdrage, samen € 96.300.

Tabel 6.1 Bijdragen aan verbonden partijen 2031 (bedragen in €)

Verbonden partij                               Begroting 2031   Rekening 2031
GGD Haaglanden en Veilig Thuis Haaglanden             552.600         549.871
Veiligheidsregio Haaglanden                         1.960.000       1.948.112

Tabel 7.2 Overzicht van baten en lasten 2031 (bedragen x € 1.000)

                                 Begroting 2031  Begroting 2031
                                      primitief    na wijziging  Rekening 2031
Baten
P2 Mens en Maatschappij                  11.653          13.210         13.917
P5 Natuur en Mobiliteit                  12.224          12.489         12.706
Totaal baten                             23.877          25.699         26.623
Lasten
P2 Mens en Maatschappij                 -38.934         -40.812        -41.437
P5 Natuur en Mobiliteit                 -19.221         -19.950        -19.817
Totaal lasten                           -58.155         -60.762        -61.254
"""


@pytest.fixture(scope="module")
def answerer() -> FigureAnswerer:
    return documents_answerer(
        {
            "proefdorp-begroting-2031": BEGROTING_2031,
            "proefdorp-jaarstukken-2031": JAARSTUKKEN_2031,
        },
        weighed=True,  # words weigh by how rare they are, as in the assistant
    )


@pytest.mark.parametrize(
    "question",
    [
        "Wat waren de werkelijke lasten van Natuur en Mobiliteit in 2031?",
        "Wat waren de lasten van Natuur en Mobiliteit in 2031?",
        "Wat waren volgens het overzicht van baten en lasten in de jaarrekening 2031 de "
        "werkelijke lasten van Natuur en Mobiliteit?",
    ],
)
def test_what_was_spent_is_the_realisation_not_the_budget_of_that_year(
    answerer, question: str
) -> None:
    answer = answerer.answer(question, "Proefdorp")
    assert [f.value for f in answer.figures] == [Decimal(-19817000)], answer.text


def test_a_budget_asked_of_that_year_is_still_the_budget(answerer) -> None:
    answer = answerer.answer(
        "Wat waren de begrote lasten van Natuur en Mobiliteit in de begroting 2031?", "Proefdorp"
    )
    assert [f.value for f in answer.figures] == [Decimal(-19221000)], answer.text


def test_what_was_really_contributed_is_read_where_it_was_realised(answerer) -> None:
    """The begroting's row 'GGD Haaglanden' names the body more exactly than the jaarstukken'
    'GGD Haaglanden en Veilig Thuis Haaglanden', but only the latter says what was paid."""
    answer = answerer.answer(
        "Hoeveel heeft Proefdorp in 2031 werkelijk bijgedragen aan de GGD Haaglanden?",
        "Proefdorp",
    )
    assert [f.value for f in answer.figures] == [Decimal(549871)], answer.text


def test_a_share_of_what_was_really_spent_divides_realised_amounts(answerer) -> None:
    answer = answerer.answer(
        "Welk percentage van de totale werkelijke lasten in 2031 ging naar Mens en "
        "Maatschappij?",
        "Proefdorp",
    )
    assert answer.figures, answer.text
    assert round(answer.figures[0].value, 2) == Decimal("67.65"), answer.text
    assert "41.437.000" in answer.text and "61.254.000" in answer.text


def test_a_count_asked_is_no_rate_per_thousand_and_a_count_moved_to_is_read(answerer) -> None:
    answer = answerer.answer("Hoeveel bijstandsuitkeringen had Proefdorp eind 2031?", "Proefdorp")
    assert [f.value for f in answer.figures] == [Decimal(386)], answer.text
    rate = answerer.answer(
        "Hoeveel inwoners per 1.000 hadden in 2031 een bijstandsuitkering?", "Proefdorp"
    )
    assert [f.value for f in rate.figures] == [Decimal("23.4")], rate.text


def test_a_sentence_of_the_jaarstukken_reports_the_year_they_account_for() -> None:
    answerer = documents_answerer(
        {
            "proefdorp-begroting-2029": BEGROTING_2031.replace("2031", "2029"),
            "proefdorp-jaarstukken-2031": JAARSTUKKEN_2031,
        },
        weighed=True,
    )
    answer = answerer.answer(
        "Hoeveel inwonersinitiatieven kregen in 2031 een bijdrage uit het leefbaarheidsfonds?",
        "Proefdorp",
    )
    assert [f.value for f in answer.figures] == [Decimal(31)], answer.text


RESULTS_2031 = """# Jaarstukken 2031

Tabel 1.3 Baten en lasten P1 Veiligheid (bedragen x € 1.000)

                          Begroting 2031   Rekening 2031
Lasten                            -4.107          -4.139
Baten                                 10              12
Resultaat                         -4.097          -4.127

Tabel 2.3 Baten en lasten P2 Sociaal domein (bedragen x € 1.000)

                          Begroting 2031   Rekening 2031
Lasten                           -27.380         -27.601
Baten                                212             214
Resultaat                        -27.168         -27.387

Tabel 7.1 Resultaat 2031 (bedragen in €)

                           Begroting 2031   Rekening 2031
Gerealiseerd resultaat            233.826       1.881.722
"""

OUTLOOK_2032 = """# Programmabegroting 2032

Tabel 3 Overzicht van baten en lasten 2032-2035 (bedragen x € 1.000)

                           2032      2033      2034      2035
Totaal lasten            42.410    43.120    43.905    44.610
Totaal baten             42.410    42.995    43.777    44.394
Geraamd resultaat             0      -125      -128      -216

In de jaren 2033 tot en met 2035 laat de meerjarenraming tekorten zien van € 125.000, € 128.000 en
€ 216.000.
"""


def test_a_status_word_the_row_prints_names_that_row() -> None:
    """'het gerealiseerde resultaat' is the row 'Gerealiseerd resultaat', not the 'Resultaat'
    of each programme, though 'gerealiseerd' otherwise only chooses a column; and what a
    document 'laat zien' names nothing (the verbs are no words of a row)."""
    accounts = documents_answerer({"proefdorp-jaarstukken-2031": RESULTS_2031}, weighed=True)
    answer = accounts.answer(
        "Wat is het gerealiseerde resultaat over 2031 volgens de jaarrekening?", "Proefdorp"
    )
    assert [f.value for f in answer.figures] == [Decimal(1881722)], answer.text
    outlook = documents_answerer({"proefdorp-begroting-2032": OUTLOOK_2032}, weighed=True)
    answer = outlook.answer(
        "Welk geraamd resultaat laat de meerjarenraming zien voor 2035?", "Proefdorp"
    )
    assert [f.value for f in answer.figures] == [Decimal(-216000)], answer.text


RESERVES_2031 = """# Jaarstukken 2031

Tabel 7.3 Balans per 31 december (bedragen x € 1.000)

                                        31-12-2031   31-12-2030
Vaste passiva
- Algemene reserves                         51.434       51.282
- Bestemmingsreserves                        5.696        6.068

Tabel 7.4 Verloop reserves 2031 (bedragen x € 1.000)

                                     Stand 1-1-2031  Onttrekkingen  Stand 31-12-2031
Algemene reserve (vrij besteedbaar)          44.528         -1.094            43.434
Algemene reserve weerstandsvermogen           8.000              -             8.000
Totaal algemene reserves                     52.528         -1.094            51.434
"""


def test_a_row_that_prints_the_words_in_brackets_too_is_the_one_asked() -> None:
    answerer = documents_answerer({"proefdorp-jaarstukken-2031": RESERVES_2031}, weighed=True)
    answer = answerer.answer(
        "Hoe groot was de algemene reserve (vrij besteedbaar) eind 2031 volgens de jaarrekening?",
        "Proefdorp",
    )
    assert [f.value for f in answer.figures] == [Decimal(43434000)], answer.text


def test_more_than_the_original_begroting_named_is_read_where_both_stand(answerer) -> None:
    """The begroting 2031 named is the budget compared with; the jaarstukken print it (as
    'primitief') beside the outcome, in a row named 'Baten' where the begroting's columns
    say 'Baten'."""
    answer = answerer.answer(
        "Hoeveel meer baten had Natuur en Mobiliteit in 2031 werkelijk dan in de oorspronkelijke "
        "begroting 2031 stond?",
        "Proefdorp",
    )
    assert [f.value for f in answer.figures] == [Decimal(482000)], answer.text


WOONLASTEN_2023 = "\n".join([
    "# Programmabegroting 2023",
    "",
    "Tabel 7.2 Afvalstoffenheffing per huishouden (bedragen in €)",
    "",
    laid_out((0, "Heffing"), (57, "2022"), (83, "2023")),
    laid_out((0, "Afvalstoffenheffing eenpersoonshuishouden"), (56, "€ 226"), (82, "€ 238")),
    laid_out((0, "Afvalstoffenheffing meerpersoonshuishouden"), (56, "€ 298"), (82, "€ 314")),
    "",
    "Tabel 7.3 Woonlasten eigenaar-bewoner (bedragen in €)",
    "",
    laid_out((0, "Woonlasten"), (40, "Eenpersoonshuishouden"), (98, "Meerpersoonshuishouden")),
    laid_out((57, "2022"), (83, "2023"), (110, "2022"), (137, "2023")),
    laid_out((0, "OZB eigenaar woning"), (56, "€ 322"), (82, "€ 312"), (109, "€ 322"),
             (136, "€ 312")),
    laid_out((0, "Afvalstoffenheffing"), (56, "€ 226"), (82, "€ 238"), (109, "€ 298"),
             (136, "€ 314")),
    laid_out((0, "Totaal woonlasten"), (56, "€ 795"), (82, "€ 809"), (109, "€ 867"),
             (136, "€ 885")),
])


def test_a_household_named_over_the_columns_is_no_row_of_one_levy() -> None:
    """'in totaal aan woonlasten' for a meerpersoonshuishouden: the total under the columns
    of that household (or the question back with it), never the one levy whose row names
    the household."""
    answerer = documents_answerer({"proefdorp-begroting-2023": WOONLASTEN_2023}, weighed=True)
    answer = answerer.answer(
        "Hoeveel betaalt een meerpersoonshuishouden in 2023 in totaal aan woonlasten?",
        "Proefdorp",
    )
    assert [f.value for f in answer.figures] in ([], [Decimal(885)]), answer.text
    assert "885" in answer.text
