"""A body's partners named in a question, follow-ups that keep the kind of number, and
amounts whose subject stands in the sentence before (issue 13). The body and its figures
are made up; the partner municipalities are real names, as a question would use them."""

from __future__ import annotations

from decimal import Decimal

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


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    return indexed_assistant(
        tmp_path_factory.mktemp("regeling"),
        {"proefregeling-jaarstukken-2023.txt": REGELING.encode()},
    )


def test_the_own_budget_of_a_partner_is_refused(assistant) -> None:
    answer = assistant.ask("Hoe groot is de totale begroting van de gemeente Hengelo voor 2023?")
    assert answer.kind == "refusal" and not answer.figures
    assert "Hengelo" in answer.text


def test_a_place_no_document_names_is_refused(assistant) -> None:
    """'in Grevelzijl', named nowhere in the documents and on no list: its figure is not
    here, and the one body's figure is no answer for it. A place they do name is asked."""
    answer = assistant.ask("Wat waren de baten GR-deelnemers in 2023 in Grevelzijl?")
    assert answer.kind == "refusal" and not answer.figures, answer.text
    assert "Grevelzijl" in answer.text
    named = assistant.ask("Hoeveel fysieke bezoeken waren er in 2023 in Almelo?")
    assert named.figures and named.figures[0].value == Decimal("433"), named.text
    # a name misspelt is the place it is close to, not an unknown one
    misspelt = assistant.ask("Hoeveel fysieke bezoeken waren er in 2023 in Almeloo?")
    assert "Almeloo" not in misspelt.text, misspelt.text


def test_a_municipality_by_a_name_on_no_list_is_refused(assistant) -> None:
    # a made-up or misspelt name called a gemeente is not the body the documents are about
    answer = assistant.ask("Hoeveel kreeg de gemeente Tolbergen in 2023 aan baten?")
    assert answer.kind == "refusal" and not answer.figures, answer.text
    assert "Tolbergen" in answer.text


RESULT = (
    "# Resultaat\n"
    "\n"
    "Resultaat en resultaatbestemming (bedragen in €)\n"
    "                                   Begroting 2023   Realisatie 2023\n"
    "Totaal baten                            5.378.100         5.542.286\n"
    "Totaal lasten                           5.403.100         5.405.555\n"
    "Resultaat voor bestemming                 -25.000           136.731\n"
    "Onttrekkingen aan reserves                 70.000            71.482\n"
    "Toevoegingen aan reserves                  60.000            60.000\n"
    "Resultaat na bestemming                   -15.000           148.213\n"
)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Wat was het resultaat van de regeling voor bestemming?", 136731),
        ("Hoe hoog was het resultaat na bestemming in 2023?", 148213),
    ],
)
def test_the_words_between_the_subject_words_choose_the_row(question, value) -> None:
    # 'voor' and 'na' are no words the search weighs; as 'voor bestemming' they tell the
    # two results apart
    answer = text_answerer(RESULT, "Proefregeling", "2023", "jaarstukken").answer(
        question, "Proefregeling"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == value


def test_how_often_is_no_subject() -> None:
    # 'jaarlijks' in a sentence about a reserve does not make it what is paid each year
    answerer = text_answerer(
        "# Reserves\n\nReserve groot onderhoud: egaliseert de lasten van periodiek groot "
        "onderhoud; jaarlijks wordt € 120.000 toegevoegd.\n",
        "Proefregeling",
    )
    answer = answerer.answer(
        "Hoeveel betaalt Proefdorp jaarlijks aan de Proefregeling?", "Proefregeling"
    )
    assert not answer.figures, answer.text
