"""A public body named by its kind and its own name ('Veiligheidsregio Veenmark') that the
corpus does not hold is refused, even where the corpus holds another body of that kind: its
figures are never another veiligheidsregio's. A row of the body held that names the other
body (what it pays the Omgevingsdienst Veenmark) still answers. Made-up bodies and figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .conftest import indexed_assistant

ROW = "{:<40}{:>14}{:>14}"

JAARSTUKKEN = "\n".join([
    "# Jaarstukken 2041 Veiligheidsregio Proefland",
    "",
    "## 4 Prestaties",
    "",
    "De brandweer rukte vaker uit dan in het jaar ervoor.",
    "",
    "Tabel 4.1 Uitrukken brandweer",
    ROW.format("Soort", "2040", "2041"),
    ROW.format("Aantal uitrukken brandweer", "10.731", "11.086"),
    ROW.format("Aantal oefeningen", "412", "438"),
    "",
    "## 5 Verbonden partijen",
    "",
    "Tabel 5.1 Bijdragen aan verbonden partijen (bedragen in euro's)",
    ROW.format("Partij", "2040", "2041"),
    ROW.format("Omgevingsdienst Veenmark", "212.400", "219.800"),
    ROW.format("Meldkamer Proefland", "1.904.000", "1.987.500"),
])

MANIFEST = """documents:
- file: veiligheidsregio-proefland-jaarstukken-2041.md
  municipality: Veiligheidsregio Proefland
  year: 2041
  type: jaarstukken
  title: Jaarstukken 2041
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    return indexed_assistant(
        tmp_path_factory.mktemp("bodies"),
        {
            "manifest.yaml": MANIFEST.encode(),
            "veiligheidsregio-proefland-jaarstukken-2041.md": JAARSTUKKEN.encode(),
        },
    )


def test_a_body_of_the_same_kind_not_held_is_refused(assistant) -> None:
    answer = assistant.ask("Hoeveel uitrukken had Veiligheidsregio Veenmark in 2041?", None)
    assert answer.kind == "refusal" and not answer.figures, answer.text
    assert "Veiligheidsregio Veenmark" in answer.text


def test_the_body_held_is_answered_and_its_row_of_the_other_body_too(assistant) -> None:
    answer = assistant.ask("Hoeveel uitrukken had Veiligheidsregio Proefland in 2041?", None)
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("11086"), answer.text
    answer = assistant.ask(
        "Hoeveel betaalde de veiligheidsregio in 2041 aan de Omgevingsdienst Veenmark?", None
    )
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("219800"), answer.text
