"""Policy questions of a municipality with documents of several years (issue 18).

'Wat wil Proefdorp in 2025 bereiken met het programma Zorg?' is answered from the document
of 2025, whose goals under 'Wat willen we bereiken?' are the answer even though their own
sentences print neither the programme's name nor the year: the heading and the document say
those. The goals answer alone, not a table of the programme's costs beside them; and the
older document, whose programme carries the same name, answers only what the newer one does
not. A question of what changes ('Wat verandert er aan ...?') that no figure answers is read
in the text. Made-up municipality Proefdorp."""

from __future__ import annotations

import pytest

from .conftest import indexed_assistant, manifest

BEGROTING_2020 = """# Begroting 2020 gemeente Proefdorp

## Ambitie Zorg dichtbij

### Langer thuis

#### Wat willen we bereiken?

- Meer ouderen wonen langer zelfstandig thuis met hulp van mantelzorgers.
- Het aantal eenzame ouderen in de kernen neemt af.

#### Wat gaan we daarvoor doen?

Wij openen in elke kern een ontmoetingspunt voor ouderen.
Wij werken aan langer thuis met inwoners,
verenigingen en zorgaanbieders in alle kernen.

### Samen sterk

#### Wat willen we bereiken?

- Meer inwoners zetten zich in als vrijwilliger in hun kern.
- Verenigingen werken samen in een dorpsnetwerk.

#### Wat gaan we daarvoor doen?

Wij werken aan samen sterk met inwoners,
verenigingen en zorgaanbieders in alle kernen.

### Meedoen naar vermogen

#### Wat willen we bereiken?

- Meer inwoners met een uitkering vinden betaald werk.
- Minder huishoudens hebben problematische schulden.

#### Wat gaan we daarvoor doen?

Wij werken aan meedoen naar vermogen met inwoners,
verenigingen en zorgaanbieders in alle kernen.

### Gezond opgroeien

#### Wat willen we bereiken?

- Jeugdigen groeien veilig en gezond op in hun eigen omgeving.
- Minder jeugdigen hebben specialistische jeugdhulp nodig.

#### Wat gaan we daarvoor doen?

Wij werken aan gezond opgroeien met inwoners,
verenigingen en zorgaanbieders in alle kernen.

### Zorg meer nabij

#### Wat willen we bereiken?

- Inwoners met een hulpvraag vinden snel de weg naar het sociaal team.
- Huisartsen en wijkverpleging werken samen in elke kern.

#### Wat gaan we daarvoor doen?

Wij werken aan zorg meer nabij met inwoners,
verenigingen en zorgaanbieders in alle kernen.

### Versterken sociale basis

#### Wat willen we bereiken?

- Algemene voorzieningen zijn dichtbij en makkelijk te vinden.
- Inwoners kennen de ontmoetingspunten in hun kern.

#### Wat gaan we daarvoor doen?

Wij werken aan versterken sociale basis met inwoners,
verenigingen en zorgaanbieders in alle kernen.
"""

BEGROTING_2025 = """# Programmabegroting 2025 gemeente Proefdorp

## Programma 1 Zorg dichtbij

Wij willen dat iedereen in Proefdorp mee kan doen.

### Wat willen we bereiken?

- Meer inwoners ervaren een goede gezondheid en bewegen voldoende.
- Minder jongeren onder de 18 jaar drinken alcohol.

### Wat gaan we daarvoor doen?

- Met het project Doorbraak schulden starten we vroegsignalering bij 300 huishoudens.
- Wij breiden de buurtsportcoaches uit met twee fte.

### Wat mag het kosten?

Verschillen begroting 2025 ten opzichte van begroting 2024 (x € 1.000)
Omschrijving                                               Lasten        Baten
Jeugdhulp: hogere tarieven regionale inkoop                   386
Totaal verschil 2025 ten opzichte van 2024                    386            0

## Programma 2 Leefomgeving

### Wat mag het kosten?

Tabel 2.1 Lasten programma 2 Leefomgeving (bedragen x € 1.000)
Taakveld                                   Begroting 2024    Begroting 2025
Riolering en afval                                  6.490             6.475
Wegen en groen                                      3.119             3.262

### Wat gaan we daarvoor doen?

- We vervangen 2,8 km riolering in de kern Westerhoek.
- We starten met omgekeerd inzamelen in de buitengebieden; de invoeringskosten bedragen € 96.800.
"""

MANIFEST = manifest(
    ("proefdorp-begroting-2020.md", "Proefdorp"),
    ("proefdorp-begroting-2025.md", "Proefdorp"),
)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    return indexed_assistant(
        tmp_path_factory.mktemp("goals"),
        {
            "manifest.yaml": MANIFEST.encode(),
            "proefdorp-begroting-2020.md": BEGROTING_2020.encode(),
            "proefdorp-begroting-2025.md": BEGROTING_2025.encode(),
        },
    )


def test_the_goals_of_the_year_asked_come_from_that_years_document(assistant) -> None:
    said = assistant.ask(
        "Wat wil Proefdorp in 2025 bereiken met het programma Zorg dichtbij?", "Proefdorp"
    )
    assert said.kind == "text", said.text
    assert "goede gezondheid" in said.text, said.text
    assert "Jeugdhulp" not in said.text and "mantelzorgers" not in said.text, said.text


def test_the_older_document_answers_what_the_newer_one_does_not(assistant) -> None:
    said = assistant.ask(
        "Wat wil Proefdorp in 2025 doen voor eenzame ouderen in de kernen?", "Proefdorp"
    )
    assert said.kind == "text", said.text
    assert "ontmoetingspunt" in said.text or "eenzame ouderen" in said.text, said.text


def test_what_changes_is_read_in_the_text(assistant) -> None:
    said = assistant.ask(
        "Wat verandert er aan het afval inzamelen in de buitengebieden van Proefdorp?",
        "Proefdorp",
    )
    assert said.kind == "text", said.text
    assert "omgekeerd inzamelen" in said.text, said.text
