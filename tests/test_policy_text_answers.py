"""Text answers as a resident asks for them (issues 13 and 18): a question framed by verbs
('Wat gaat de gemeente doen om te zorgen dat er minder restafval komt?') is about its
things, and answered from what the programme says it will do; a resident's word that no
document prints ('jeugdzorg') finds the printed word it stands for ('jeugdhulp').
Made-up municipality Proefdorp."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import indexed_assistant

BEGROTING = """# Programmabegroting 2031

## Programma 4 Sociaal domein

### Wat willen we bereiken?

- Jongeren groeien gezond en veilig op.
- Inwoners krijgen de zorg die zij nodig hebben, dicht bij huis.

### Wat gaan we daarvoor doen?

De kosten van jeugdhulp stijgen al jaren. Er zijn meer jongeren met zwaardere zorgvragen en
de tarieven van aanbieders stijgen door de loonontwikkeling in de zorg. Met een
praktijkondersteuner bij elke huisarts zetten wij in op lichtere hulp.

## Programma 6 Duurzaamheid en milieu

### Wat willen we bereiken?

- Minder restafval: in 2035 maximaal 100 kilo restafval per inwoner per jaar.
- Een schone en hele openbare ruimte waar het prettig wonen is.

### Wat gaan we daarvoor doen?

Per 1 januari 2032 voeren wij diftar in: inwoners betalen dan per keer dat zij de container
voor restafval aan de straat zetten. Zo belonen wij inwoners die hun afval goed scheiden. De
milieustraat komt op een nieuwe plek en gaat ook op zaterdag open.

## Programma 7 Water

### Wat gaan we daarvoor doen?

Na de droge zomers van de afgelopen jaren houden wij meer regenwater vast in de wijken. Bij
de herinrichting van straten leggen wij wadi's en infiltratiekratten aan.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    root: Path = tmp_path_factory.mktemp("beleid")
    return indexed_assistant(root, {"proefdorp-begroting-2031.md": BEGROTING.encode()})


def test_what_is_done_is_answered_from_what_the_programme_will_do(assistant) -> None:
    answer = assistant.ask(
        "Wat gaat Proefdorp doen om te zorgen dat er minder restafval komt?", "Proefdorp"
    )
    assert answer.kind == "text", answer.text
    assert "diftar" in answer.text


def test_a_word_no_document_prints_finds_the_word_it_stands_for(assistant) -> None:
    answer = assistant.ask("Waarom worden de kosten van de jeugdzorg steeds hoger?", "Proefdorp")
    assert answer.kind == "text", answer.text
    assert "zwaardere zorgvragen" in answer.text


def test_a_noun_made_of_an_adjective_finds_the_adjective(assistant) -> None:
    """'droogte', printed nowhere, is what 'droge zomers' are about: the noun of an
    adjective ('droog' + 'te') finds the adjective."""
    answer = assistant.ask("Wat doet Proefdorp tegen droogte?", "Proefdorp")
    assert answer.kind == "text", answer.text
    assert "regenwater vast" in answer.text
