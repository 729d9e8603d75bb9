"""Jaarstukken tell a programme's goals under 'Wat wilden we bereiken?': a question of a goal
('Wat is het doel voor ...?') is answered from that part even where the goal's own sentence
prints no word 'doel', as long as it names the thing asked (issue 18). Made-up municipality
Proefdorp."""

from __future__ import annotations

import pytest

from .conftest import indexed_assistant, manifest

JAARSTUKKEN_2032 = """# Jaarstukken 2032 gemeente Proefdorp

## Programma 6 Sociaal domein

### Wat wilden we bereiken?

- Inwoners met een hulpvraag vinden snel de juiste ondersteuning.
- De uitgaven voor jeugdhulp blijven beheersbaar.

### Wat hebben we daarvoor gedaan?

Het sociaal team werkt sinds april 2032 vanuit het gemeentehuis.

## Programma 7 Milieu, afval en riolering

### Wat wilden we bereiken?

- Minder restafval: in 2035 maximaal 60 kg restafval per inwoner.
- In 2040 wekken we de helft van onze energie lokaal en duurzaam op.

### Wat hebben we daarvoor gedaan?

Wij hebben in alle kernen omgekeerd inzamelen ingevoerd.

## Programma 8 Ruimte en wonen

### Wat wilden we bereiken?

- Doel: voldoende woningen voor starters en senioren in alle kernen.
- Doel: een aantrekkelijk centrum in de hoofdkern.

### Wat hebben we daarvoor gedaan?

De hoeveelheid bouwgrond voor woningen is met 4 hectare uitgebreid.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    return indexed_assistant(
        tmp_path_factory.mktemp("past-goals"),
        {
            "manifest.yaml": manifest(("proefdorp-jaarstukken-2032.md", "Proefdorp")).encode(),
            "proefdorp-jaarstukken-2032.md": JAARSTUKKEN_2032.encode(),
        },
    )


def test_a_goal_asked_is_read_under_what_was_meant_to_be_achieved(assistant) -> None:
    said = assistant.ask(
        "Wat is het doel van de gemeente voor de hoeveelheid restafval?", "Proefdorp"
    )
    assert said.kind == "text", said.text
    assert "60 kg" in said.text, said.text
