"""Numbers in running text beyond amounts: grades, a heading in the margin, and a year that
names the document rather than the figure (issue 13). Made-up text for Proefdorp."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.figure_answers import FigureAnswerer
from assistant.figures import document_figures
from assistant.parsing import parse_sections

from .conftest import text_answerer

PROEFDORP = (
    "# Bedrijfsvoering\n"
    "\n"
    "Medewerkersonderzoek      Eind 2030 is een medewerkersonderzoek gehouden onder alle\n"
    "medewerkers van de gemeente. Zij werken met plezier bij Proefdorp. Dit resulteert in een\n"
    "tevredenheidscijfer van 7,9.\n"
    "\n"
    "De klanttevredenheid over de balie steeg van 6,8 naar 7,4 dankzij de nieuwe openingstijden "
    "van het gemeentehuis.\n"
    "\n"
    "# Werk en inkomen\n"
    "\n"
    "Door de aantrekkende economie is de werkloosheid in Proefdorp afgenomen tot 3,5% van de "
    "beroepsbevolking, het laagste niveau in tien jaar.\n"
)


def cells():
    return document_figures(
        parse_sections(PROEFDORP), document_id="proefdorp-begroting-2031", municipality="Proefdorp"
    )


def test_a_grade_in_text_beside_a_margin_heading_is_a_fact() -> None:
    grade = next(c for c in cells() if c.unit == "grade")
    assert grade.value == Decimal("7.9") and grade.kind == "prose"
    assert "medewerkersonderzoek" in grade.group  # what the sentence before says


def test_two_grades_in_one_sentence_are_not_told_apart_so_neither_is_kept() -> None:
    assert not [c for c in cells() if c.value in (Decimal("6.8"), Decimal("7.4"))]


@pytest.fixture(scope="module")
def answerer() -> FigureAnswerer:
    return text_answerer(PROEFDORP)


def test_a_year_in_the_documents_name_is_no_year_of_the_figure(answerer) -> None:
    answer = answerer.answer(
        "Hoe hoog is de werkloosheid in Proefdorp volgens de begroting 2031?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("3.5")
    # a year asked as the figure's own is still one the sentence must carry
    other = answerer.answer("Hoe hoog was de werkloosheid in Proefdorp in 2027?", "Proefdorp")
    assert not other.figures


RESERVES = (
    "# Reserves\n"
    "\n"
    "Na de onttrekking van € 400.000 resteert in de reserve sociaal domein € 850.000. "
    "Ons aandeel in de hogere bijdrage aan de veiligheidsregio is € 86.000 in 2031 en "
    "€ 91.000 per jaar vanaf 2032.\n"
)


def test_the_words_between_two_amounts_lead_to_the_second() -> None:
    """What remains is the amount the words 'resteert in de reserve' lead to, not the one
    before them; an amount after 'en' shares the words that lead the sentence."""
    found = {
        c.value: c.row
        for c in document_figures(
            parse_sections(RESERVES), document_id="proefdorp-begroting-2031",
            municipality="Proefdorp",
        )  # fmt: skip
    }
    assert "resteert" not in found[Decimal("400000")]
    assert "resteert in de reserve sociaal domein" in found[Decimal("850000")]
    assert found[Decimal("91000")].startswith("Ons aandeel in de hogere bijdrage")
    assert "2031" not in found[Decimal("91000")]
    answer = text_answerer(RESERVES).answer(
        "Hoeveel geld resteert er in de reserve sociaal domein?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("850000")
