"""Guards against answering with the wrong figure (issue 13): a sentence is described by the
ones before it only when it refers back to them; a sentence about another body by name is
that body's; a compound asked is not answered by a row that prints only its last part; an
amount with a year of its own is not another year's; a correctly spelled word is no typo; a
count of households is not one of people; and 'twee jaar later' moves two years. Made-up
text for Proefdorp."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.figure_answers import FigureAnswerer

from .conftest import text_answerer

PROSE = (
    "# Reserves\n"
    "\n"
    "De reserve dekking kapitaallasten dekt de afschrijvingslasten van de uitbreiding van het "
    "gemeentehuis. De toevoeging van € 512.000 aan de reserve grondexploitaties betreft de "
    "winstneming op De Kolk.\n"
    "\n"
    "# Verbonden partijen\n"
    "\n"
    "Het Afvalschap sloot 2030 af met een positief resultaat; ons aandeel van € 62.000 is "
    "verrekend met de bijdrage.\n"
    "\n"
    "# Financieel beeld\n"
    "\n"
    "De jaren 2031 tot en met 2033 zijn nog niet sluitend: het tekort bedraagt in 2032 "
    "€ 1.318.000.\n"
    "\n"
    "# Belastingen\n"
    "\n"
    "Tabel 5.1 Algemene dekkingsmiddelen (bedragen x € 1.000)\n"
    "Omschrijving                   2030      2031\n"
    "Onroerendezaakbelastingen     9.412     9.884\n"
    "Belastingen overig              410       420\n"
    "\n"
    "# Werk en inkomen\n"
    "\n"
    "In het eerste halfjaar vonden 47 inwoners vanuit de bijstand betaald werk.\n"
    "\n"
    "# Bezwaar en beroep\n"
    "\n"
    "Het aantal bezwaarschriften nam toe tot 186 (begroot: 140).\n"
    "\n"
    "# Reserves en voorzieningen\n"
    "\n"
    "Tabel 12.6 Overzicht reserves (bedragen x € 1.000)\n"
    "Omschrijving                      2030      2031\n"
    "Bestemmingsreserves\n"
    "BR egalisatie omgevingsvergunningen   1.285       985\n"
)


@pytest.fixture(scope="module")
def answerer() -> FigureAnswerer:
    return text_answerer(PROSE)


@pytest.mark.parametrize(
    "question",
    [
        # the sentence before names the gemeentehuis; the amount is of another thing
        "Wat heeft de uitbreiding van het gemeentehuis gekost?",
        # the Afvalschap's result, and the municipality's share of it
        "Met welk resultaat heeft Proefdorp het jaar 2030 afgesloten?",
        # 'belasting' is printed, the parking tax is not
        "Hoeveel parkeerbelasting haalt Proefdorp op?",
        # the deficit printed is 2032's, in a sentence that names 2033 too
        "Hoe groot is het tekort in 2033?",
        # 47 people found work; no count of households is printed
        "Hoeveel huishoudens zaten er in de bijstand?",
        # a tariff is a rate, never the total the tax yields
        "Wat is het tarief van de onroerendezaakbelastingen in 2031?",
        # 140 is what was budgeted, not how many more came in
        "Hoeveel bezwaarschriften kwamen er meer binnen dan begroot?",
        # what the permits yield is not the balance of a reserve for them
        "Hoeveel brengen de omgevingsvergunningen in 2031 op?",
    ],
)
def test_a_figure_of_something_else_is_no_answer(answerer, question) -> None:
    answer = answerer.answer(question, "Proefdorp")
    assert not answer.figures, answer.text


def test_the_body_a_sentence_is_about_answers_when_asked(answerer) -> None:
    answer = answerer.answer("Hoeveel was het aandeel in het resultaat van het Afvalschap?", None)
    assert answer.figures and answer.figures[0].value == Decimal("62000"), answer.text


def test_a_correctly_spelled_word_is_no_typo_of_a_printed_one(answerer) -> None:
    assert answerer.spelled_as_printed("uit de reserves gehaald") == "uit de reserves gehaald"
    assert answerer.spelled_as_printed("overige belstingen") == "overige belastingen"


def test_two_years_later_moves_two_years() -> None:
    answerer = text_answerer(
        "# Meerjarenraming\n"
        "\n"
        "Tabel 2 Meerjarenraming (bedragen x € 1.000)\n"
        "Omschrijving       2030     2031     2032\n"
        "Totaal lasten    10.100   10.842   11.192\n"
    )
    first = "Wat zijn de totale lasten in 2030?"
    answer = answerer.answer(first, "Proefdorp")
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": answer.text}]
    later = answerer.answer("En twee jaar later?", "Proefdorp", history)
    assert later.figures and later.figures[0].value == Decimal("11192000"), later.text
