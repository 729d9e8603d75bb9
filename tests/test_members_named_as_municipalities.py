"""The members of a gemeenschappelijke regeling named as municipalities ('de gemeente
Deventer', 'de gemeenten Zwolle en Deventer'), in questions about the regeling: what they
pay, their share, a project for their archives. Their own budgets are not here, and a
question about those is still refused; nor is a count in a row named for a member the
number of its inhabitants (issue 13). A made-up regeling with made-up figures; its members
bear the names of real municipalities, as a regeling's do."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .conftest import conversation, indexed_assistant

ROW = "{:<34}{:>16}{:>16}{:>16}"

ARCHIVE = "\n".join([
    "# Begroting 2031 Archiefdienst Proefland",
    "",
    "## Bijdragen",
    "",
    "De bijdragen van de deelnemers vormen onze algemene dekkingsmiddelen.",
    "",
    "Tabel 2.3 Bijdragen per deelnemer (bedragen in euro's)",
    ROW.format("Deelnemer", "Begroting 2030", "Begroting 2031", "Raming 2032"),
    ROW.format("Gemeente Zwolle", "1.728.300", "1.799.160", "1.851.336"),
    ROW.format("Gemeente Deventer", "1.292.500", "1.345.493", "1.384.512"),
    ROW.format("Totaal bijdragen", "3.020.800", "3.144.653", "3.235.848"),
    "",
    "## Digitalisering",
    "",
    "Voor het digitaliseren van de oudste stadsarchieven van Zwolle en Deventer is in 2031 "
    "€ 185.000 geraamd.",
    "",
    "## Bezoek",
    "",
    "Tabel 4.1 Fysieke bezoeken naar locatie",
    ROW.format("Locatie", "2029", "2030", "2031"),
    ROW.format("Zwolle", "601", "716", "555"),
    ROW.format("Deventer", "512", "498", "470"),
    "",
    "## Kengetallen",
    "",
    "Tabel 5.1 Kosten per inwoner",
    ROW.format("Kengetal", "2029", "2030", "2031"),
    ROW.format("Kosten per inwoner van gemeente Zwolle en Deventer", "€ 12,10", "€ 12,35",
               "€ 12,80"),
])


MANIFEST = """documents:
- file: archiefdienst-proefland-begroting-2031.md
  municipality: Archiefdienst Proefland
  year: 2031
  type: begroting
  title: Begroting 2031
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    return indexed_assistant(
        tmp_path_factory.mktemp("archive"),
        {
            "manifest.yaml": MANIFEST.encode(),
            "archiefdienst-proefland-begroting-2031.md": ARCHIVE.encode(),
        },
    )


def test_a_members_rise_asked_of_the_gemeente_by_name(assistant) -> None:
    answer = assistant.ask(
        "Met hoeveel euro stijgt de bijdrage van de gemeente Deventer aan Archiefdienst "
        "Proefland van 2030 naar 2031?"
    )
    assert [f.value for f in answer.figures] == [Decimal(52993)], answer.text


def test_two_members_named_as_gemeenten_pay_together(assistant) -> None:
    answer = assistant.ask(
        "Hoeveel betalen de gemeenten Zwolle en Deventer samen in 2032 aan Archiefdienst "
        "Proefland?"
    )
    assert [f.value for f in answer.figures] == [Decimal(3235848)], answer.text


def test_a_project_for_the_members_archives_is_the_regelings(assistant) -> None:
    answer = assistant.ask(
        "Hoeveel geld is er in 2031 geraamd voor het digitaliseren van de oudste stadsarchieven "
        "van Zwolle en Deventer?"
    )
    assert [f.value for f in answer.figures] == [Decimal(185000)], answer.text


def test_a_members_own_figures_and_inhabitants_are_refused(assistant) -> None:
    for question in (
        "Wat zijn de lasten van de gemeente Zwolle in 2031?",
        "Hoeveel inwoners heeft Zwolle?",
    ):
        answer = assistant.ask(question)
        assert answer.kind == "refusal" and not answer.figures, (question, answer.text)


def test_another_member_in_a_follow_up_is_its_row_in_the_same_table(assistant) -> None:
    """'En Zwolle in dat jaar?' after Deventer's contribution: Zwolle's row of that table, not
    a row elsewhere that names both members ('Kosten per inwoner van ... Zwolle en
    Deventer')."""
    answers = conversation(
        assistant,
        "Hoeveel betaalt de gemeente Deventer in 2031 aan Archiefdienst Proefland?",
        "En Zwolle in dat jaar?",
    )
    assert [f.value for f in answers[0].figures] == [Decimal(1345493)], answers[0].text
    assert [f.value for f in answers[1].figures] == [Decimal(1799160)], answers[1].text
