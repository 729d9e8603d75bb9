"""What a year came to, asked where the documents hold only a plan for it: the jaarrekening of
a year named is what was done, and a begroting's raming of that year is no answer; a
sentence that mentions the year beside a subject asked is no answer for the whole when the
table that names it far better has no figure of the year (issue 13). Made-up municipality
Proefdorp."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .conftest import documents_answerer, text_answerer

BEGROTING_2030 = """# Programmabegroting 2030

## Financiële kaders

In de begroting van 2029 is een incidenteel budget van € 450.000 beschikbaar gesteld voor het
uitvoeren van de interventies uit het transformatieplan sociaal domein.

Overzicht 3.1 Baten en lasten Sociaal domein

Omschrijving                       2030          2031          2032
Totaal lasten                16.060.788    16.357.714    16.412.020
Totaal baten                 -2.710.000    -2.750.000    -2.790.000
Geraamd resultaat            13.350.788    13.607.714    13.622.020

Tabel 2.1 Lasten per programma                           bedragen x € 1.000
Programma                          2030          2031          2032
1 Bestuur                         4.733         4.812         4.790
6 Sociaal domein                 34.519        35.273        35.610
"""


@pytest.fixture(scope="module")
def begroting():
    return documents_answerer({"proefdorp-begroting-2030": BEGROTING_2030}, weighed=True)


@pytest.mark.parametrize(
    "question",
    [
        "Met welk resultaat sloot de jaarrekening 2032 van Proefdorp?",
        "Wat was volgens de rekening 2032 het resultaat?",
    ],
)
def test_the_accounts_of_a_year_are_no_raming_of_it(begroting, question) -> None:
    answer = begroting.answer(question, "Proefdorp")
    assert answer.kind == "refusal" and not answer.figures, answer.text


def test_the_raming_of_a_year_asked_as_such_still_answers(begroting) -> None:
    answer = begroting.answer("Welk resultaat is geraamd voor 2032?", "Proefdorp")
    assert [f.value for f in answer.figures] == [Decimal(13622020)], answer.text


def test_a_sentence_of_the_year_is_no_total_of_a_programme_printed_for_other_years(
    begroting,
) -> None:
    answer = begroting.answer(
        "Wat waren de totale lasten van het sociaal domein in Proefdorp in 2029?", "Proefdorp"
    )
    assert not any(f.value == Decimal(450000) for f in answer.figures), answer.text
    assert answer.kind in ("refusal", "clarification"), answer.text


TARIFFS_2032 = """# Jaarstukken 2032

## Paragraaf lokale heffingen

Voor woningeigenaren stegen de woonlasten minder dan de inflatie.

Tabel 5.1 Tarieven lokale heffingen
Heffing                              Grondslag          2031        2032
OZB woningen eigenaar                % WOZ-waarde     0,1052%     0,0987%
OZB niet-woningen eigenaar           % WOZ-waarde     0,2188%     0,2101%
OZB niet-woningen gebruiker          % WOZ-waarde     0,1806%     0,1734%
"""


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Wat was in 2032 het OZB-tarief voor woningeigenaren?", "0.0987"),
        ("Welk OZB-tarief betaalden gebruikers van niet-woningen in 2031?", "0.1806"),
    ],
)
def test_a_compound_asked_is_the_row_that_prints_its_parts_apart(question, value) -> None:
    # 'woningeigenaren', which the stemmer cuts as a whole ('woninigen'), is the row
    # 'OZB woningen eigenaar', even where another passage prints the compound itself
    answerer = documents_answerer({"proefdorp-jaarstukken-2032": TARIFFS_2032}, weighed=True)
    answer = answerer.answer(question, "Proefdorp")
    assert [f.value for f in answer.figures] == [Decimal(value)], answer.text


PRINCIPLES_2033 = """# Begroting 2033

## Uitgangspunten

De begroting is opgesteld volgens de kaderbrief 2033. De belangrijkste uitgangspunten zijn:

Tabel 2.1 Uitgangspunten
Uitgangspunt                                       Waarde
Loonkostenstijging cao (Wsw)                        4,2%
Prijsindexatie materiële kosten                     2,8%
Rente op nieuwe leningen                            3,1%
"""


def test_a_rate_of_change_printed_as_a_compound_answers_how_much_it_rises() -> None:
    # 'Met welk percentage stijgen de cao-lonen?': the row prints the rise itself
    # ('Loonkostenstijging'), no level to compare with another year
    answerer = documents_answerer({"regio-begroting-2033": PRINCIPLES_2033}, "Regio", weighed=True)
    answer = answerer.answer(
        "Met welk percentage stijgen de cao-lonen van de Wsw-medewerkers in de begroting 2033?",
        "Regio",
    )
    assert [f.value for f in answer.figures] == [Decimal("4.2")], answer.text


SUPPORT_2032 = """# Jaarstukken 2032

## Programma 6 Sociaal domein

### Wat hebben we daarvoor gedaan?

Er zijn 2.317 meldingen behandeld door het sociaal team.
Wij hebben aan 1.148 huishoudens met een laag inkomen de energietoeslag van € 1.300 uitbetaald.
De kosten hiervan (€ 1.492.400) zijn volledig vergoed via de algemene uitkering.
Via de isolatieregeling kregen 389 huishoudens een bijdrage voor isolatie.
"""


def test_the_words_after_a_count_say_what_it_counts() -> None:
    # '1.148 huishoudens met een laag inkomen de energietoeslag van € 1.300': the count is of
    # the households that got the energietoeslag, however the amount after it is named
    answerer = text_answerer(SUPPORT_2032, year="2032", kind="jaarstukken", weighed=True)
    answer = answerer.answer("Hoeveel huishoudens kregen in 2032 de energietoeslag?", "Proefdorp")
    assert [f.value for f in answer.figures] == [Decimal(1148)], answer.text


DEVIATIONS_2032 = """# Jaarstukken 2032

## Toelichting op de verschillen

De belangrijkste verschillen ten opzichte van de begroting na wijziging zijn:
Salarissen en sociale lasten (€ 332.907 voordelig).
Automatisering en licenties (€ 118.400 nadelig).
"""


def test_an_amount_marked_voordelig_is_no_level_of_spending() -> None:
    # '(€ 332.907 voordelig)' is how far the spending stayed under the budget, not what was
    # spent: asked what was spent, it is no answer
    answerer = text_answerer(DEVIATIONS_2032, year="2032", kind="jaarstukken", weighed=True)
    answer = answerer.answer(
        "Hoeveel heeft Proefdorp in 2032 werkelijk uitgegeven aan salarissen en sociale lasten?",
        "Proefdorp",
    )
    assert not any(f.value == Decimal(332907) for f in answer.figures), answer.text


def test_an_amount_marked_nadelig_answers_how_much_a_thing_fell_short() -> None:
    # 'Hoeveel is ... tegengevallen?' asks the deviation itself
    answerer = text_answerer(DEVIATIONS_2032, year="2032", kind="jaarstukken", weighed=True)
    answer = answerer.answer(
        "Hoeveel zijn automatisering en licenties in 2032 tegengevallen?", "Proefdorp"
    )
    assert [f.value for f in answer.figures] == [Decimal(118400)], answer.text
