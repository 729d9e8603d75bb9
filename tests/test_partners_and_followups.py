"""A body's partners named in a question, follow-ups that keep the kind of number, and
amounts whose subject stands in the sentence before (issue 13). The body and its figures
are made up; the partner municipalities are real names, as a question would use them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from assistant.figure_answers import FigureAnswerer

from .conftest import indexed_assistant, text_answerer

REGELING = (
    "# Baten en lasten\n"
    "\n"
    "Tabel 2.1 Baten en lasten (bedragen x € 1.000)\n"
    "                                 Realisatie 2023   Begroting 2023   Realisatie 2022\n"
    "Baten GR-deelnemers                        4.100            4.000             3.900\n"
    "Baten GR Gemeente Hengelo                  2.600            2.500             2.450\n"
    "Baten GR Gemeente Almelo                   1.500            1.500             1.450\n"
    "\n"
    "# Bezoekers\n"
    "\n"
    "Fysieke bezoeken per locatie\n"
    "                         2022       2023\n"
    "Hengelo                   710        655\n"
    "Almelo                    480        433\n"
    "\n"
    "# Veiligheid\n"
    "\n"
    "Voor de lokale kamer zorg en veiligheid trekken we een regiefunctionaris aan die de\n"
    "samenwerking in de keten regisseert.\n"
    "Hiervoor is een jaarlijks bedrag van € 80.000 beschikbaar gesteld.\n"
)


@pytest.fixture(scope="module")
def answerer() -> FigureAnswerer:
    return text_answerer(REGELING, "Proefregeling")


def test_a_partner_named_is_answered_from_its_own_row(answerer: FigureAnswerer) -> None:
    answer = answerer.answer(
        "Hoeveel heeft de gemeente Hengelo in 2023 als deelnemer betaald?", "Proefregeling"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == 2600000  # never the 4.100 of all partners together


def test_money_received_is_never_a_count(answerer: FigureAnswerer) -> None:
    answer = answerer.answer("Hoeveel kreeg de regeling in 2023 van Almelo?", "Proefregeling")
    assert answer.kind == "figure", answer.text  # the 433 visitors of Almelo are no answer
    assert answer.figures[0].unit == "EUR" and answer.figures[0].value == 1500000


def test_a_follow_up_about_another_partner_keeps_the_kind_of_number(answerer) -> None:
    first = answerer.answer(
        "Hoeveel heeft de gemeente Hengelo in 2023 als deelnemer betaald?", "Proefregeling"
    )
    history = [
        {"role": "user", "content": "Hoeveel heeft de gemeente Hengelo in 2023 als deelnemer "
         "betaald?"},
        {"role": "assistant", "content": first.text},
    ]  # fmt: skip
    answer = answerer.answer("En hoeveel was dat voor Almelo?", "Proefregeling", history)
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == 1500000 and answer.figures[0].unit == "EUR"


def test_an_amount_takes_its_subject_from_the_sentence_before(answerer) -> None:
    answer = answerer.answer(
        "Hoeveel geld is er voor de regiefunctionaris van de lokale kamer?", "Proefregeling"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal(80000)


def test_the_own_budget_of_a_partner_is_refused(tmp_path: Path) -> None:
    assistant = indexed_assistant(
        tmp_path, {"proefregeling-jaarstukken-2023.txt": REGELING.encode()}
    )
    answer = assistant.ask("Hoe groot is de totale begroting van de gemeente Hengelo voor 2023?")
    assert answer.kind == "refusal" and not answer.figures
    assert "Hengelo" in answer.text
