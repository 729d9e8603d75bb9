"""Shares of the column asked, balances never read from movements, and inhabitants as the
scope (issue 13). The figures are made up for the fictitious municipality Proefdorp."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.figure_answers import FigureAnswerer

from .conftest import text_answerer

PROEFDORP = (
    "# Recapitulatie\n"
    "\n"
    "Tabel 6.2 - Recapitulatie programma's (bedragen x € 1.000)\n"
    "                              Baten 2024    Lasten 2024    Saldo 2024\n"
    "P1 Veiligheid                        102         -4.204        -4.102\n"
    "P2 Mens en Maatschappij           11.652        -38.934       -27.282\n"
    "P3 Bestuur en Middelen             2.100        -10.210        -8.110\n"
    "Totaal programma's                13.854        -53.348       -39.494\n"
    "\n"
    "# Reserves\n"
    "\n"
    "Meerjarenbeeld mutaties reserves per programma (bedragen x € 1.000)\n"
    "                                   2024      2025      2026\n"
    "Reserve sociaal domein              500       200         0\n"
    "Reserve onderhoud gebouwen          125       125       125\n"
    "\n"
    "# Indicatoren\n"
    "\n"
    "Tabel 6.1 - Beleidsindicatoren\n"
    "                                  Realisatie 2021    Realisatie 2022\n"
    "Niet-sporters (%)                           43,0               41,8\n"
)


@pytest.fixture(scope="module")
def answerer() -> FigureAnswerer:
    return text_answerer(PROEFDORP)


def test_a_share_of_the_lasten_divides_lasten_by_lasten(answerer: FigureAnswerer) -> None:
    answer = answerer.answer(
        "Welk percentage van alle lasten gaat in 2024 naar Mens en Maatschappij?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    # 38.934 / 53.348, never the baten 11.652 / 13.854 (84,1%)
    assert answer.figures[0].value == pytest.approx(Decimal("72.98"), abs=Decimal("0.01"))
    assert all("Lasten" in c.locator for c in answer.citations)


def test_a_share_of_a_total_the_question_states_otherwise_is_refused(answerer) -> None:
    answer = answerer.answer(
        "Welk percentage van alle lasten (in totaal zo'n € 88,3 miljoen) gaat in 2024 naar "
        "Mens en Maatschappij?",
        "Proefdorp",
    )
    assert answer.kind == "refusal" and not answer.figures
    assert "€ 88.300.000" in answer.text and "53.348.000" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Hoeveel geld staat er eind 2024 in de reserve sociaal domein?",
        "Wat is de stand van de reserve sociaal domein in 2024?",
    ],
)
def test_a_balance_is_never_read_from_a_table_of_movements(answerer, question) -> None:
    answer = answerer.answer(question, "Proefdorp")
    assert not answer.figures, answer.text
    assert "500" in answer.text  # the movement is named, as what it is


def test_inhabitants_are_the_scope_not_a_subject(answerer: FigureAnswerer) -> None:
    answer = answerer.answer("Hoeveel procent van de Proefdorpers sport niet in 2022?", "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("41.8")
