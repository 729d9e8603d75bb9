"""A policy question whose answer is a table ('Welke risico's ziet de regio voor de komende
jaren?' over 'Tabel 7.1 Risico's'): the span of time asked names no subject, and the table
found by its caption is quoted by its rows, not by the words over them (issue 18). Made-up
body Regio Proefland."""

from __future__ import annotations

import pytest

from .conftest import indexed_assistant, manifest

BEGROTING_2033 = """# Begroting 2033 Regio Proefland

## 4. Exploitatie

De baten en lasten van de regio voor de jaren 2031 tot en met 2036 staan in tabel 4.1. Het
tekort loopt de komende jaren op.

## 7. Weerstandsvermogen

Tabel 7.1 Risico's
Risico (x € 1.000)                                      Kans    Effect   Kans x effect
Cao-stijging hoger dan in de begroting opgenomen         50%       540             270
Lagere omzet door verlies van een grote opdrachtgever    25%       900             225
Daling rijksbijdrage sneller dan geraamd                 30%       420             126

De beschikbare weerstandscapaciteit is de algemene reserve van € 1.046.000.

## 8. Investeringen

In de komende jaren vervangen wij de heftrucks en de elektrische pallettrucks.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    return indexed_assistant(
        tmp_path_factory.mktemp("risks"),
        {
            "manifest.yaml": manifest(("proefland-begroting-2033.md", "Regio Proefland")).encode(),
            "proefland-begroting-2033.md": BEGROTING_2033.encode(),
        },
    )


def test_the_risks_asked_are_the_rows_of_the_risk_table(assistant) -> None:
    said = assistant.ask("Welke risico's ziet de regio voor de komende jaren?", "Regio Proefland")
    assert said.kind == "text", said.text
    assert "verlies van een grote opdrachtgever" in said.text, said.text

