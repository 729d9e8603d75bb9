"""Text answers from the document a question names ('volgens de kadernota 2032'): the name
says where to read, and the question's other words say what about; and 'Hoe staat X ervoor?'
is framed by its verb. Made-up municipality Proefdorp."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import indexed_assistant

BEGROTING = """# Programmabegroting 2031

## Programma 5 Mobiliteit

### Wat gaan we daarvoor doen?

In de kadernota 2032 komen wij terug op de financiering van het onderhoud van wegen. De
kadernota 2032 geeft ook de kaders voor de tarieven. Wij vervangen in 2031 de verlichting
langs de Dorpsstraat door ledverlichting. De lantaarnpalen staan er al veertig jaar.
"""

KADERNOTA = """# Kadernota 2032

## Samenvatting

Met deze kadernota 2032 legt het college de financiële kaders voor de begroting 2033 vast.
Financieel sluit Proefdorp 2031 af met een voordeel van € 412.000, vooral door hogere
leges en lagere kosten van de jeugdhulp.

## Programma 5 Mobiliteit

Verkeersveiligheid rond scholen heeft voor het college prioriteit. Met € 90.000 per jaar
richten wij de schoolroutes veiliger in, met duidelijke oversteekplaatsen en lagere
snelheden.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    root: Path = tmp_path_factory.mktemp("kadernota")
    return indexed_assistant(
        root,
        {
            "proefdorp-begroting-2031.md": BEGROTING.encode(),
            "proefdorp-kadernota-2032.md": KADERNOTA.encode(),
        },
    )


def test_the_document_named_is_where_the_answer_is_read(assistant) -> None:
    answer = assistant.ask(
        "Welke plannen heeft de kadernota 2032 voor de verkeersveiligheid?", "Proefdorp"
    )
    assert answer.kind == "text", answer.text
    assert "oversteekplaatsen" in answer.text, answer.text
    assert all(c.document == "proefdorp-kadernota-2032" for c in answer.citations), answer.text


def test_how_a_body_stands_is_asked_with_a_verb_that_names_nothing(assistant) -> None:
    """'Hoe staat X er financieel voor?' asks what the text says, not one figure: the
    sentence that says it, not a refusal for want of a figure."""
    for question in (
        "Hoe staat Proefdorp er financieel voor in 2031?",
        "Hoe heeft Proefdorp er financieel voor gestaan in 2031?",
    ):
        answer = assistant.ask(question, "Proefdorp")
        assert answer.kind == "text", answer.text
        assert "€ 412.000" in answer.text, answer.text
