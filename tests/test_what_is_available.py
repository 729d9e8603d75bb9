"""What is set aside for a fund's purpose in a year ('Hoeveel geld is er in 2035 beschikbaar
voor het leefbaarheidsfonds?'), asked of the row of its reserve, is what the reserve holds or
what is drawn from it to spend: the question does not say which, so the answer asks back with
both, never the stand alone (issue 13). Made-up municipality Proefdorp."""

from __future__ import annotations

from decimal import Decimal

from .conftest import text_answerer

BEGROTING = """# Programmabegroting 2035

## 12 Reserves

Tabel 12.1 Verloop van de reserves 2035                                   Bedragen in €
Reserve                        Stand 1-1-2035   Toevoegingen   Onttrekkingen   Stand 31-12-2035
Algemene reserve                    8.914.620              0         350.000          8.564.620
Reserve leefbaarheidsfonds            412.500        150.000         185.000            377.500
Totaal reserves                     9.327.120        150.000         535.000          8.942.120
"""


def _answer(question: str):
    return text_answerer(BEGROTING, year="2035", kind="begroting").answer(
        question, "Proefdorp", []
    )


def test_what_is_available_for_a_funds_purpose_asks_which_figure() -> None:
    said = _answer("Hoeveel geld is er in 2035 beschikbaar voor het leefbaarheidsfonds?")
    assert said.kind == "clarification", said.text
    assert "185.000" in said.text and "377.500" in said.text, said.text


def test_the_stand_asked_is_the_stand() -> None:
    said = _answer("Wat is de stand van de reserve leefbaarheidsfonds eind 2035?")
    assert [f.value for f in said.figures] == [Decimal(377500)], said.text


def test_after_a_question_back_there_is_no_figure_to_divide() -> None:
    answerer = text_answerer(BEGROTING + "\nDe gemeente telt 26.874 inwoners.\n", year="2035")
    first = "Hoeveel geld is er in 2035 beschikbaar voor het leefbaarheidsfonds?"
    asked = answerer.answer(first, "Proefdorp", [])
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": asked.text}]
    said = answerer.answer("Hoeveel is dat per inwoner?", "Proefdorp", history)
    assert said is None or not said.figures, said.text
