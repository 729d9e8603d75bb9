"""A policy question framed by a verb of trying ('Hoe probeert Proefdorp schulden vroeg op te
sporen?') or by a verb the municipality's own documents never print ('Waarom heeft Proefdorp
minder aan Soweco betaald dan begroot?', where the accounts speak of the bijdrage) is about
its things: the passage about them answers, even when another body's document prints the
verb (issues 13 and 18). Made-up municipality Proefdorp and body Regio Testland."""

from __future__ import annotations

import pytest

from .conftest import indexed_assistant, manifest

JAARSTUKKEN = """# Jaarstukken 2023

## Voorwoord

De jaarrekening 2023 sluit met een positief resultaat van € 1.318.406. In de begroting na
wijziging was nog uitgegaan van een klein overschot van € 64.000. Het voordeel komt vooral
door een hogere algemene uitkering uit het gemeentefonds.

## Programma 3 Sociaal domein

### Wat hebben we gedaan?

Vroeg Erop Af. Met de aanpak Vroeg Erop Af bezoeken medewerkers van Schuldhulp Proefdorp
inwoners zodra een woningcorporatie of energieleverancier een betalingsachterstand meldt,
zodat schulden niet verder oplopen.
In 2023 legden zij 412 huisbezoeken af; bij 168 huishoudens startte een schuldhulptraject.

## Paragraaf verbonden partijen

Tabel VP.1 Bijdragen aan verbonden partijen (bedragen in euro's)
Verbonden partij                          2023 begroot      2023 werkelijk
Veiligheidsregio Testland                    2.106.450           2.106.450
Soweco (sociaal werkbedrijf)                 4.862.000           4.718.355

De bijdrage aan Soweco was lager doordat minder medewerkers in de Wsw werkzaam waren.

## Programma 4 Leefomgeving

### Wat hebben we gedaan?

Wij vervingen 2,4 kilometer riolering in de kern Westerhoek en legden 600 meter fietspad aan
langs de Oude Vaart. De milieustraat is sinds 1 april ook op zaterdag open.

### Groen

Medewerkers van Soweco onderhouden het groen in de kernen Westerhoek en Oudeveen.

## Programma 5 Economie

### Wat hebben we gedaan?

Soweco opende in 2023 een kringloopwinkel aan de Stationsstraat, samen met de bibliotheek.

## Jaarrekening

### Voorstel resultaatbestemming

Wij stellen de raad voor het resultaat als volgt te bestemmen: € 450.000 toevoegen aan de
reserve sociaal domein en het restant van € 868.406 toevoegen aan de algemene reserve.
"""

REGIO = """# Jaarstukken 2023 Regio Testland

## Bedrijfsvoering

De regio probeert het ziekteverzuim terug te dringen met een eigen casemanager. Het verzuim
daalde van 6,1% naar 5,4%.

## Bijdragen van de deelnemers

De realisatie van de bijdragen is gelijk aan de begroting na wijziging. De bijdrage per
inwoner komt daarmee op € 119,46. Elke gemeente ontvangt in april een voorschotnota.

## Verdeling

De kosten die niet door eigen baten worden gedekt, worden verdeeld naar rato van het aantal
inwoners op 1 januari van het jaar voor het begrotingsjaar.

## Financiën

De deelnemers hebben hun bijdrage over 2023 volledig betaald. De regio sluit 2023 af met een
positief resultaat van € 108.000.
"""

MANIFEST = manifest(
    ("proefdorp-jaarstukken-2023.md", "Proefdorp"),
    ("regio-testland-jaarstukken-2023.md", "Regio Testland"),
)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    return indexed_assistant(
        tmp_path_factory.mktemp("framed"),
        {
            "manifest.yaml": MANIFEST.encode(),
            "proefdorp-jaarstukken-2023.md": JAARSTUKKEN.encode(),
            "regio-testland-jaarstukken-2023.md": REGIO.encode(),
        },
    )


def test_a_verb_of_trying_frames_the_question(assistant) -> None:
    said = assistant.ask(
        "Hoe probeert Proefdorp schulden bij inwoners vroeg op te sporen?", "Proefdorp"
    )
    assert said.kind == "text", said.text
    assert "Vroeg Erop Af" in said.text, said.text


def test_a_verb_the_own_documents_never_print_frames_the_question(assistant) -> None:
    said = assistant.ask(
        "Waarom heeft Proefdorp in 2023 minder aan Soweco betaald dan begroot?", "Proefdorp"
    )
    assert said.kind == "text", said.text
    assert "minder medewerkers" in said.text, said.text


@pytest.mark.parametrize(
    "question",
    [
        "Wat wil het college doen met het overschot over 2023?",
        "Wat wil het college van Proefdorp met het resultaat over 2023 doen?",
        "Wat gebeurt er met het overschot van 2023?",
    ],
)
def test_what_is_to_become_of_the_result_is_where_it_goes(assistant, question: str) -> None:
    said = assistant.ask(question, "Proefdorp")
    assert said.kind == "text", said.text
    assert "algemene reserve" in said.text, said.text


@pytest.mark.parametrize(
    "question",
    [
        "Hoe wordt bepaald hoeveel elke gemeente aan Regio Testland betaalt?",
        "Hoe wordt de bijdrage van een gemeente aan Regio Testland berekend?",
    ],
)
def test_how_a_sum_is_shared_is_answered_by_its_key(assistant, question: str) -> None:
    said = assistant.ask(question, "Regio Testland")
    assert said.kind == "text", said.text
    assert "naar rato van het aantal" in said.text, said.text


def test_a_thing_no_document_of_the_municipality_prints_is_still_refused(assistant) -> None:
    said = assistant.ask("Hoe probeert Proefdorp het ziekteverzuim terug te dringen?", "Proefdorp")
    assert said.kind == "refusal", said.text
