"""What a member gets back from a body's surplus (issue 13): the member's row of the body's
table of contributions, in the column that names it as the first part of a compound
('terug' of 'Terugbetaling overschot 2024', 'overschot' as printed though the question's
'overschot' also stands for 'resultaat'), asked with the member's name in lower case as a
resident types it. The body's own surplus is not what one member gets back. A member's
contribution per inwoner divides by the inhabitants in the member's row of a table of members
('Bijdrage gemeente Proefdorp' by 'Proefdorp', 'Inwoners'), and another member asked on after
it ('En voor Rekendam?') is per inwoner too. Made-up figures for the made-up body
Veiligheidsregio Kernland and its members."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .conftest import conversation, indexed_assistant

ROW = "{:<22}{:>18}{:>22}{:>18}"

BODY = "\n".join([
    "# Veiligheidsregio Kernland Jaarstukken 2024",
    "",
    "## Kerngegevens",
    "",
    "Tabel 1 Kerngegevens deelnemende gemeenten (aantallen op 1 januari 2024)",
    "{:<22}{:>18}{:>18}".format("Gemeente", "Inwoners", "Woonruimten"),
    "{:<22}{:>18}{:>18}".format("Proefdorp", "25.613", "11.920"),
    "{:<22}{:>18}{:>18}".format("Rekendam", "26.950", "12.415"),
    "",
    "## Meerjarenraming",
    "",
    "Tabel 2 Meerjarenraming 2025-2026 (bedragen x € 1.000)",
    "{:<32}{:>16}{:>16}".format("", "Begroting 2025", "Begroting 2026"),
    "{:<32}{:>16}{:>16}".format("Bijdrage gemeente Proefdorp", "21.043", "21.512"),
    "{:<32}{:>16}{:>16}".format("Bijdrage gemeente Rekendam", "22.326", "22.801"),
    "",
    "## Resultaat",
    "",
    "De jaarrekening 2024 sluit met een positief resultaat (overschot) van € 1.386.000.",
    "",
    "## Bijdragen van de deelnemende gemeenten",
    "",
    "Tabel 4.2 Bijdragen per gemeente 2024 (bedragen in euro's)",
    ROW.format("Gemeente", "Bijdrage 2024", "Terugbetaling", "Netto bijdrage"),
    ROW.format("", "", "overschot 2024", "2024"),
    ROW.format("Proefdorp", "2.411.012", "62.139", "2.348.873"),
    ROW.format("Rekendam", "1.731.922", "43.849", "1.688.073"),
])

MEMBER = "\n".join([
    "# Programmabegroting 2024 gemeente Proefdorp",
    "",
    "Tabel 4.1 Lasten programma Veiligheid (bedragen in euro's)",
    "{:<30}{:>16}".format("Onderdeel", "Begroting 2024"),
    "{:<30}{:>16}".format("Brandweer", "2.405.400"),
])

MANIFEST = """documents:
- file: proefdorp-programmabegroting-2024.md
  municipality: Proefdorp
  year: 2024
  type: begroting
  title: Programmabegroting 2024
- file: veiligheidsregio-kernland-jaarstukken-2024.md
  municipality: Veiligheidsregio Kernland
  year: 2024
  type: jaarstukken
  title: Jaarstukken 2024
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    return indexed_assistant(
        tmp_path_factory.mktemp("back"),
        {
            "manifest.yaml": MANIFEST.encode(),
            "veiligheidsregio-kernland-jaarstukken-2024.md": BODY.encode(),
            "proefdorp-programmabegroting-2024.md": MEMBER.encode(),
        },
    )


@pytest.mark.parametrize(
    "question",
    [
        "Hoeveel krijgt Proefdorp terug van het overschot van de veiligheidsregio?",
        "hoeveel krijgt proefdorp terug van het overschot van de veiligheidsregio?",
    ],
)
def test_a_members_share_of_the_surplus_is_its_row(assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert [f.value for f in answer.figures] == [Decimal(62139)], answer.text


def test_a_members_contribution_per_inwoner_and_the_next_member_asked_on(assistant) -> None:
    answers = conversation(
        assistant,
        "Wat is de bijdrage van Proefdorp aan de veiligheidsregio in 2025?",
        "Hoeveel is dat per inwoner?",
        "En voor Rekendam?",
    )
    assert [f.value for f in answers[0].figures] == [Decimal(21043000)], answers[0].text
    assert [f.value for f in answers[1].figures] == [Decimal("821.57")], answers[1].text
    assert [f.value for f in answers[2].figures] == [Decimal("828.42")], answers[2].text
