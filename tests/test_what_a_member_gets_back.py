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


GGD = "\n".join([
    "# GGD Kernland Jaarstukken 2044",
    "",
    "## 4 Bijdragen van de gemeenten",
    "",
    "Tabel 6 Bijdrage per gemeente 2044",
    "Bedragen in euro's; inwoners per 1 januari 2043",
    "{:<16}{:>12}{:>16}{:>14}{:>16}{:>14}".format(
        "Gemeente", "Inwoners", "Basispakket", "Plustaken", "Totaal 2044", "Per inwoner"
    ),
    "{:<16}{:>12}".format("", "1-1-2043"),
    "{:<16}{:>12}{:>16}{:>14}{:>16}{:>14}".format(
        "Proefdorp", "26.561", "€ 1.741.870", "€ 96.450", "€ 1.838.320", "€ 69,21"
    ),
    "{:<16}{:>12}{:>16}{:>14}{:>16}{:>14}".format(
        "Rekendam", "33.956", "€ 2.226.834", "€ 118.250", "€ 2.345.084", "€ 69,06"
    ),
    "{:<16}{:>12}{:>16}{:>14}{:>16}{:>14}".format(
        "Totaal", "60.517", "€ 3.968.704", "€ 214.700", "€ 4.183.404", "€ 69,13"
    ),
])


# a municipality of the corpus that is no member of the GGD
OTHER = "\n".join([
    "# Begroting 2044 gemeente Zandhove",
    "",
    "Tabel 3.1 Lasten programma Zorg (bedragen in euro's)",
    "{:<30}{:>16}".format("Onderdeel", "Begroting 2044"),
    "{:<30}{:>16}".format("Wmo-voorzieningen", "3.912.400"),
])


@pytest.fixture(scope="module")
def ggd(tmp_path_factory: pytest.TempPathFactory):
    manifest = MANIFEST.split("- file: veiligheidsregio")[0] + (
        "- file: ggd-kernland-jaarstukken-2044.md\n  municipality: GGD Kernland\n"
        "  year: 2044\n  type: jaarstukken\n  title: Jaarstukken 2044\n"
        "- file: zandhove-begroting-2044.md\n  municipality: Zandhove\n"
        "  year: 2044\n  type: begroting\n  title: Begroting 2044\n"
    )
    return indexed_assistant(
        tmp_path_factory.mktemp("ggd"),
        {
            "manifest.yaml": manifest.encode(),
            "ggd-kernland-jaarstukken-2044.md": GGD.encode(),
            "proefdorp-programmabegroting-2024.md": MEMBER.encode(),
            "zandhove-begroting-2044.md": OTHER.encode(),
        },
    )


def test_per_inwoner_after_a_contribution_is_the_rate_printed_beside_it(ggd) -> None:
    """The column 'Per inwoner' has no year of its own, and the caption names the day the
    inhabitants were counted (2043) beside the year of the table (2044): it is still the
    year's rate per inwoner, never the contribution asked before it."""
    answers = conversation(
        ggd,
        "Hoeveel heeft Rekendam in 2044 aan GGD Kernland betaald?",
        "En Proefdorp?",
        "Hoeveel is dat per inwoner?",
    )
    assert [f.value for f in answers[0].figures] == [Decimal(2345084)], answers[0].text
    assert [f.value for f in answers[1].figures] == [Decimal(1838320)], answers[1].text
    assert [f.value for f in answers[2].figures] == [Decimal("69.21")], answers[2].text


def test_a_members_share_when_only_the_bodys_documents_name_it(ggd) -> None:
    """Rekendam has no documents of its own; the GGD's table of contributions names it, so
    its share of the total is computed from that table (the computed figure's label,
    'Aandeel Rekendam', is no longer name around the member's)."""
    answer = ggd.ask(
        "Welk deel van alle bijdragen aan GGD Kernland betaalde de gemeente Rekendam in 2044, "
        "in procenten?"
    )
    assert [round(f.value, 2) for f in answer.figures] == [Decimal("56.06")], answer.text


def test_a_member_the_bodys_documents_name_is_not_called_unknown(ggd) -> None:
    """A year the body's table does not hold: refused, saying that the body's documents do
    name the member, never that there is nothing about it."""
    answer = ggd.ask("Hoeveel betaalde de gemeente Rekendam in 2041 aan GGD Kernland?")
    assert answer.kind == "refusal" and not answer.figures
    assert "GGD Kernland noemen Rekendam wel" in answer.text, answer.text
    assert "geen documenten of cijfers" not in answer.text


def test_a_follow_up_naming_a_municipality_the_table_lacks_gets_no_other_figure(ggd) -> None:
    """'En Zandhove?' after what Rekendam paid the GGD: Zandhove has documents of its own but
    no row in the GGD's table, and its documents print no payment to the GGD; never
    Rekendam's figure again."""
    answers = conversation(
        ggd, "Hoeveel heeft Rekendam in 2044 aan GGD Kernland betaald?", "En Zandhove?"
    )
    assert [f.value for f in answers[0].figures] == [Decimal(2345084)], answers[0].text
    assert not answers[1].figures, answers[1].text
