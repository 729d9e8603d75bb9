"""A body asked by the abbreviation its own documents give its name ('de BSPL' for the
Belastingsamenwerking Proefland (BSPL)) is that body: its figures, never those of another
body that prints the same row; and a municipality whose name stands inside the name of a body
('Samenwerking Dinkelland Tubbergen') is not asked about by that name: what Tubbergen pays is
not Dinkelland's contribution. Made-up bodies and figures (real municipality names, as the
list of municipalities knows them)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .conftest import indexed_assistant

ROW = "{:<40}{:>16}{:>16}"


def _balance(title: str, intro: str, cash: tuple[str, str]) -> str:
    return "\n".join(
        [
            f"# {title}",
            "",
            "## 1 Inleiding",
            "",
            intro,
            "",
            "## 5 Balans",
            "",
            "Tabel 5.1 Balans per 31 december (bedragen in euro's)",
            ROW.format("Balanspost", "31-12-2034", "31-12-2033"),
            ROW.format("Materiële vaste activa", "4.120.300", "4.306.900"),
            ROW.format("Liquide middelen", cash[0], cash[1]),
        ]
    )


MANIFEST = """documents:
- file: belastingsamenwerking-proefland-jaarstukken-2034.md
  municipality: Belastingsamenwerking Proefland
  year: 2034
  type: jaarstukken
  title: Jaarstukken 2034
- file: archief-proefland-jaarstukken-2034.md
  municipality: Archief Proefland
  year: 2034
  type: jaarstukken
  title: Jaarstukken 2034
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    return indexed_assistant(
        tmp_path_factory.mktemp("abbreviated"),
        {
            "manifest.yaml": MANIFEST.encode(),
            "belastingsamenwerking-proefland-jaarstukken-2034.md": _balance(
                "Jaarstukken 2034",
                "De Belastingsamenwerking Proefland (BSPL) heft en int de lokale belastingen "
                "voor zes gemeenten. De BSPL sloot 2034 af met een klein overschot.",
                ("1.809.614", "2.061.770"),
            ).encode(),
            "archief-proefland-jaarstukken-2034.md": _balance(
                "Jaarstukken 2034",
                "Het Archief Proefland beheert de archieven van de provincie en de gemeenten.",
                ("11.000", "12.000"),
            ).encode(),
        },
    )


def test_a_body_named_by_its_abbreviation_gets_its_own_figure(assistant) -> None:
    answer = assistant.ask("Hoeveel liquide middelen had de BSPL eind 2033?", None)
    assert [f.value for f in answer.figures] == [Decimal(2061770)], answer.text
    assert {c.municipality for c in answer.citations} == {"Belastingsamenwerking Proefland"}


BUDGET = "\n".join(
    [
        "# Programmabegroting 2034",
        "",
        "## 11 Verbonden partijen",
        "",
        "Tabel 11.1 Bijdragen aan verbonden partijen (bedragen in euro's)",
        ROW.format("Verbonden partij", "Bijdrage 2034", "Bijdrage 2033"),
        ROW.format("Samenwerking Dinkelland Tubbergen", "19.486.300", "18.912.000"),
        ROW.format("Regio Proefland", "1.204.000", "1.187.500"),
    ]
)


@pytest.fixture(scope="module")
def member(tmp_path_factory: pytest.TempPathFactory):
    manifest = """documents:
- file: dinkelland-programmabegroting-2034.md
  municipality: Dinkelland
  year: 2034
  type: begroting
  title: Programmabegroting 2034
"""
    return indexed_assistant(
        tmp_path_factory.mktemp("member"),
        {
            "manifest.yaml": manifest.encode(),
            "dinkelland-programmabegroting-2034.md": BUDGET.encode(),
        },
    )


def test_a_municipality_inside_a_body_name_is_not_the_one_asked_about(member) -> None:
    answer = member.ask(
        "Hoeveel betaalt Tubbergen in 2034 aan Samenwerking Dinkelland Tubbergen?", None
    )
    assert not answer.figures, answer.text
    answer = member.ask(
        "Hoeveel betaalt Dinkelland in 2034 aan Samenwerking Dinkelland Tubbergen?", None
    )
    assert [f.value for f in answer.figures] == [Decimal(19486300)], answer.text
