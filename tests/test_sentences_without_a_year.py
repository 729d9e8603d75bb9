"""A sentence that names no year for its figure (issue 13). In the jaarstukken it is about the
year reported on, and of a count that 'daalde van 1.275 naar 1.240' the year's figure is where
it went. In a begroting such a sentence is as often about a project or an example as about the
year budgeted (measured over the evaluation sets): asked for a year, the answer quotes it and
says the year is not given, rather than give it as that year's. Made-up figures for Proefdorp."""

from __future__ import annotations

from decimal import Decimal

from .conftest import text_answerer

REPORT = "\n".join([
    "# Jaarstukken 2031",
    "",
    "## Programma 3 Werk en inkomen",
    "",
    "Door de aantrekkende arbeidsmarkt daalde het aantal bijstandsuitkeringen van 1.275 naar "
    "1.240. Wij bleven inzetten op begeleiding naar werk.",
    "",
    "## Programma 5 Omgeving",
    "",
    "Het toezicht op de bodemkwaliteit is uitgebreid. Daarvoor kwam er € 540.000 bij.",
])


def _answer(question: str, kind: str):
    answerer = text_answerer(REPORT, "Proefdorp", year="2031", kind=kind, weighed=True)
    return answerer.answer(question, "Proefdorp")


def test_a_count_that_moved_is_the_years_where_it_went() -> None:
    answer = _answer("Hoeveel bijstandsuitkeringen waren er in 2031?", "jaarstukken")
    assert answer is not None and answer.kind == "figure", answer and answer.text
    assert answer.figures[0].value == Decimal("1240"), answer.text


def test_a_sentence_of_the_jaarstukken_is_the_years() -> None:
    answer = _answer("Hoeveel geld kwam er in 2031 bij voor het bodemtoezicht?", "jaarstukken")
    assert answer is not None and answer.kind == "figure", answer and answer.text
    assert answer.figures[0].value == Decimal("540000"), answer.text


def test_another_year_is_not_the_reports() -> None:
    answer = _answer("Hoeveel bijstandsuitkeringen waren er in 2029?", "jaarstukken")
    assert answer is not None and answer.kind == "refusal" and not answer.figures, answer
    # the sentence is quoted as what the documents do say, without a year
    assert "1.240" in answer.text and answer.citations, answer.text


def test_a_sentence_of_a_begroting_is_quoted_not_dated() -> None:
    answer = _answer("Hoeveel geld kwam er in 2031 bij voor het bodemtoezicht?", "begroting")
    assert answer is not None and answer.kind == "refusal" and not answer.figures, answer
    assert "zonder dat jaar" in answer.text and "540.000" in answer.text, answer.text


def test_an_amount_of_each_of_the_years_before_is_of_the_year_asked() -> None:
    """'Wij willen in 2031 en 2032 extra maatregelen nemen. Hiervoor is in beide jaren
    € 150.000 nodig.': the amount of 2032 (and of 2031), not of 2033."""
    text = (
        "# Voorjaarsnota 2031\n\n"
        "Bij hevige buien staan straten onder water. Wij willen in 2031 en 2032 extra "
        "maatregelen nemen tegen wateroverlast. Hiervoor is in beide jaren € 150.000 nodig.\n"
    )
    answerer = text_answerer(text, "Proefdorp", year="2031", kind="voorjaarsnota", weighed=True)
    answer = answerer.answer(
        "Hoeveel is er in 2032 nodig voor de maatregelen tegen wateroverlast?", "Proefdorp"
    )
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("150000"), answer.text
    later = answerer.answer(
        "Hoeveel is er in 2033 nodig voor de maatregelen tegen wateroverlast?", "Proefdorp"
    )
    assert not later.figures, later.text
