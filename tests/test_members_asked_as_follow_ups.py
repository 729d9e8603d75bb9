"""A body's members asked about in a conversation, and the years of its own budget named as
documents (issue 13). A veiligheidsregio's begroting lists what each member municipality
pays; one member has documents of its own. 'En voor Proefdorp?' after another member's
contribution is Proefdorp's row in that table, not Proefdorp's own budget; 'Hoeveel meer
betaalt Proefdorp in 2032?' runs from the last figure to that year; and 'van de begroting
2030 naar de begroting 2031' of the veiligheidsregio are its own columns, however Proefdorp
has a begroting 2030 of its own. Made-up bodies and figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.figure_answers import question_terms

from .conftest import conversation, indexed_assistant

ROW = "{:<34}{:>16}{:>16}{:>16}"

REGION = "\n".join([
    "# Begroting 2031 Veiligheidsregio Proefland",
    "",
    "## Incidentbestrijding",
    "",
    "Tabel 6.1 Lasten en baten programma Incidentbestrijding (bedragen x € 1.000)",
    ROW.format("Omschrijving", "Begroting 2030", "Begroting 2031", "Raming 2032"),
    ROW.format("Lasten", "23.897", "24.838", "25.102"),
    ROW.format("Baten", "1.210", "1.244", "1.260"),
    ROW.format("Saldo van baten en lasten", "-22.687", "-23.594", "-23.842"),
    "",
    "## Overzicht",
    "",
    "Tabel 10.1 Overzicht van baten en lasten (bedragen x € 1.000)",
    ROW.format("Omschrijving", "Begroting 2030", "Begroting 2031", "Raming 2032"),
    ROW.format("Lasten Programma Incidentbestrijding", "23.897", "24.838", "25.102"),
    ROW.format("Baten Programma Incidentbestrijding", "1.210", "1.244", "1.260"),
    "",
    "## Bijdragen",
    "",
    "Tabel 10.4 Bijdragen per deelnemende gemeente (bedragen in euro's)",
    ROW.format("Gemeente", "Bijdrage 2031", "Bijdrage 2032", "Aandeel"),
    ROW.format("Testerveen", "3.406.896", "3.551.210", "56,2%"),
    ROW.format("Proefdorp", "2.651.919", "2.767.376", "43,8%"),
    ROW.format("Totaal", "6.058.815", "6.318.586", "100,0%"),
])

VILLAGE = "\n".join([
    "# Begroting 2030 Proefdorp",
    "",
    "## Programma 2 Sociaal domein",
    "",
    "Tabel 2.1 Lasten programma 2 (bedragen x € 1.000)",
    ROW.format("Omschrijving", "Begroting 2030", "Raming 2031", "Raming 2032"),
    ROW.format("Lasten sociaal domein", "31.400", "31.900", "32.300"),
])

MANIFEST = """documents:
- file: veiligheidsregio-proefland-begroting-2031.md
  municipality: Veiligheidsregio Proefland
  year: 2031
  type: begroting
  title: Begroting 2031
- file: proefdorp-begroting-2030.md
  municipality: Proefdorp
  year: 2030
  type: begroting
  title: Begroting 2030
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    return indexed_assistant(
        tmp_path_factory.mktemp("members"),
        {
            "manifest.yaml": MANIFEST.encode(),
            "veiligheidsregio-proefland-begroting-2031.md": REGION.encode(),
            "proefdorp-begroting-2030.md": VILLAGE.encode(),
        },
    )


def test_a_member_named_in_a_follow_up_is_its_row_in_the_bodys_table(assistant) -> None:
    first, other, more = conversation(
        assistant,
        "Wat betaalt Testerveen in 2031 aan de Veiligheidsregio Proefland?",
        "En voor Proefdorp?",
        "En hoeveel meer betaalt Proefdorp in 2032?",
    )
    assert first.figures and first.figures[0].value == Decimal("3406896"), first.text
    assert other.figures and other.figures[0].value == Decimal("2651919"), other.text
    # from the last figure to the year asked: more, not less
    assert more.figures and more.figures[0].value == Decimal("115457"), more.text


def test_the_budget_years_of_the_body_asked_are_its_own_columns(assistant) -> None:
    answer = assistant.ask(
        "Hoeveel stijgen de lasten van Incidentbestrijding bij Veiligheidsregio Proefland van "
        "de begroting 2030 naar de begroting 2031?"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("941000"), answer.text


def test_the_saldo_of_baten_and_lasten_is_the_saldo(assistant) -> None:
    """'het saldo van baten en lasten' asks the saldo: the baten and lasten in its name ask
    neither of them (a row 'Baten Programma Incidentbestrijding' is no reading of it)."""
    question = (
        "Wat is het saldo van baten en lasten van Incidentbestrijding bij Veiligheidsregio "
        "Proefland in 2031?"
    )
    terms = question_terms(question)
    assert "saldo" in terms and not {"baat", "last"} & set(terms), terms
    answer = assistant.ask(question)
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("-23594000"), answer.text
