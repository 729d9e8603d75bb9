"""A question that asks for a percentage gets one, computed from the cells with its derivation,
or no figure at all: never the amount it would be computed from (issue 13). The body and its
figures are made up."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.figure_answers import FigureAnswerer

from .conftest import text_answerer

BODY = "Omgevingsdienst Zuidermeer"
BESTUURSRAPPORTAGE = (
    "# Afwijkingen\n"
    "\n"
    "Tabel 3. Afwijkingen per kostensoort (bedragen in €)\n"
    "                              Begroting 2024    Prognose 2024    Afwijking\n"
    "Inhuur derden                      1.245.000        1.688.500     -443.500\n"
    "Huisvesting                          786.300          802.900      -16.600\n"
    "\n"
    "# Bijdragen\n"
    "\n"
    "Tabel 5. Bijdragen deelnemers 2024\n"
    "                              Bijdrage 2024\n"
    "Gemeente Aaveld                 € 8.000.000\n"
    "Provincie                       € 2.000.000\n"
    "Totaal                         € 10.000.000\n"
)


@pytest.fixture(scope="module")
def berap() -> FigureAnswerer:
    return text_answerer(BESTUURSRAPPORTAGE, BODY, year="2024", kind="voorjaarsnota")


def _percent(answerer: FigureAnswerer, question: str) -> Decimal:
    answer = answerer.answer(question, BODY)
    assert answer is not None and answer.kind == "figure", answer and answer.text
    figure = answer.figures[0]
    assert figure.unit == "percent" and figure.derivation, answer.text
    return figure.value


def test_how_much_more_than_budgeted_in_percent_is_computed_from_both_columns(berap) -> None:
    value = _percent(berap, "Hoeveel procent hoger valt de inhuur uit dan begroot?")
    assert abs(value - Decimal("35.62")) < Decimal("0.01")


def test_a_share_of_any_whole_the_table_totals_is_computed(berap) -> None:
    question = "Welk deel van de deelnemersbijdragen betaalt de provincie, in procenten?"
    assert _percent(berap, question) == Decimal("20")


@pytest.mark.parametrize(
    "question",
    [
        "Wat is het percentage voor huisvesting in 2024?",
        "Hoeveel procent is de huisvesting duurder dan in 2023?",
        "Hoeveel procent meer betaalt de provincie dan vorig jaar?",
    ],
)
def test_a_percentage_asked_is_never_answered_with_an_amount(berap, question) -> None:
    answer = berap.answer(question, BODY)
    assert answer is None or all(f.unit == "percent" for f in answer.figures), answer.text


def test_a_share_of_money_is_never_computed_over_the_inhabitants_beside_it() -> None:
    text = (
        "# Bijdragen\n"
        "\n"
        "Tabel 11. Bijdragen deelnemende gemeenten 2023\n"
        "                   Inwoners      Bijdrage 2023\n"
        "Vennekerk            41.260        € 4.738.902\n"
        "Kreekendam           78.300       € 18.011.098\n"
        "Totaal              119.560       € 22.750.000\n"
    )
    answerer = text_answerer(text, BODY, year="2023", kind="jaarstukken")
    question = "Welk percentage van alle gemeentelijke bijdragen kwam van Vennekerk?"
    answer = answerer.answer(question, BODY)
    assert answer is not None, question
    assert not answer.figures or abs(answer.figures[0].value - Decimal("20.83")) < 0.01, (
        answer.text
    )


def test_a_percentage_change_asked_in_the_past_tense_is_computed_from_counts() -> None:
    """'Met hoeveel procent steeg het aantal ...?': the change from one year's count to the
    next, in percent ('steeg' as 'stijgt')."""
    answerer = text_answerer(
        "# 3 Kengetallen\n\n"
        "Tabel 3.1 Gebruik van de website\n\n"
        "                                  2040      2041\n"
        "Aantal bekeken scans            200.000   250.000\n",
        year="2041",
    )
    answer = answerer.answer(
        "Met hoeveel procent steeg het aantal bekeken scans van 2040 naar 2041?", "Proefdorp"
    )
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("25"), answer.text


TOTALS_ABOVE = (
    "# 3 Programma 1 Collectie en depot\n"
    "\n"
    "Tabel 3 Lasten en baten programma 1 (bedragen x € 1.000)\n"
    "Omschrijving                      Begroting 2027\n"
    "Totaal lasten programma 1                  1.860\n"
    "1.1 Collectiebeheer                        1.230\n"
    "1.2 Depot en huisvesting                     630\n"
    "Totaal baten programma 1                     240\n"
    "1.1 Collectiebeheer                          150\n"
    "1.2 Depot en huisvesting                      90\n"
)


def test_no_share_is_computed_in_a_table_whose_rows_do_not_add_up_as_read() -> None:
    """Each total printed above its parts: read as a table of totals under their parts, its
    rows do not add up, and which part belongs to which total is not known; a share computed
    from it would pair a part of the baten with the total of the lasten."""
    answer = text_answerer(TOTALS_ABOVE, "Proefarchief", year="2027").answer(
        "Welk deel van de lasten in 2027 gaat naar depot en huisvesting, in procenten?",
        "Proefarchief",
    )
    assert not answer.figures, answer.text
    assert answer.kind == "refusal", answer.text
