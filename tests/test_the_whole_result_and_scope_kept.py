"""The year's result of a municipality, asked without naming a programme, is the total of the
table that lists every programme's result (issue 13: 'Met welk resultaat heeft de gemeente het
jaar afgesloten?' is no programme's 'Resultaat'); and a follow-up on a question that was asked
back about stays with the municipality that question named, never another body's row of the
same name. Made-up municipality Proefdorp and body Regio Testland."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .conftest import conversation, indexed_assistant, manifest

ROW = "{:<44}{:>18}{:>16}"


def _programme(
    name: str, lasten: tuple[str, str], baten: tuple[str, str], saldo: tuple[str, str]
) -> list[str]:
    """A programme's overview: (budget after amendments, accounts) of each row."""
    return [
        f"## {name}",
        "",
        f"Overzicht baten en lasten {name} (bedragen in euro's)",
        ROW.format("", "Begroting 2023", "Rekening 2023"),
        ROW.format("", "na wijziging", ""),
        ROW.format("Lasten", *lasten),
        ROW.format("Baten", *baten),
        ROW.format("Resultaat", *saldo),
        "",
    ]


JAARSTUKKEN = "\n".join(
    [
        "# Jaarstukken 2023",
        "",
        "## Financieel resultaat 2023",
        "",
        "Tabel 1 Resultaat per programma (bedragen x € 1.000)",
        ROW.format("Programma", "Begroting 2023", "Rekening 2023"),
        ROW.format("", "na wijziging", ""),
        ROW.format("Programma 1 Bestuur en dienstverlening", "-3.491", "-3.502"),
        ROW.format("Programma 2 Veiligheid", "-3.351", "-3.154"),
        ROW.format("Algemene dekkingsmiddelen", "5.695", "9.075"),
        ROW.format("Gerealiseerd resultaat", "-1.147", "2.419"),
        "",
        *_programme(
            "Programma 1 Bestuur en dienstverlening",
            ("3.600.000", "3.650.000"), ("109.000", "148.000"), ("-3.491.000", "-3.502.000"),
        ),
        *_programme(
            "Programma 2 Veiligheid",
            ("3.500.000", "3.300.000"), ("149.000", "146.000"), ("-3.351.000", "-3.154.000"),
        ),
        *_programme(
            "Algemene dekkingsmiddelen",
            ("1.005.000", "1.025.000"), ("6.700.000", "10.100.000"), ("5.695.000", "9.075.000"),
        ),
        "## Reserves",
        "",
        "Tabel 7 Reserves (bedragen in euro's)",
        ROW.format("Reserve", "Stand 1-1-2023", "Stand 31-12-2023"),
        ROW.format("Algemene reserve", "10.812.000", "13.504.000"),
        ROW.format("Reserve sociaal domein", "2.310.000", "1.985.000"),
        "",
    ]
)

REGIO = "\n".join(
    [
        "# Jaarstukken 2023 Regio Testland",
        "",
        "## Baten en lasten",
        "",
        "Tabel 2.2 Baten en lasten (bedragen x € 1.000)",
        ROW.format("", "Begroting 2023", "Rekening 2023"),
        ROW.format("", "na wijziging", ""),
        ROW.format("Totaal lasten", "4.912", "4.870"),
        ROW.format("Totaal baten", "5.020", "4.978"),
        ROW.format("Resultaat", "108", "108"),
        "",
        "## Reserves",
        "",
        "Tabel 4 Reserves (bedragen x € 1.000)",
        ROW.format("Reserve", "Stand 1-1-2023", "Stand 31-12-2023"),
        ROW.format("Algemene reserve", "640", "712"),
        ROW.format("Bestemmingsreserve huisvesting", "250", "180"),
        "",
    ]
)

MANIFEST = manifest(
    ("proefdorp-jaarstukken-2023.md", "Proefdorp"),
    ("regio-testland-jaarstukken-2023.md", "Regio Testland"),
)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    return indexed_assistant(
        tmp_path_factory.mktemp("whole-result"),
        {
            "manifest.yaml": MANIFEST.encode(),
            "proefdorp-jaarstukken-2023.md": JAARSTUKKEN.encode(),
            "regio-testland-jaarstukken-2023.md": REGIO.encode(),
        },
    )


def test_the_years_result_is_the_total_over_the_programmes(assistant) -> None:
    said = assistant.ask("Met welk resultaat heeft de gemeente Proefdorp het jaar 2023 afgesloten?")
    assert [f.value for f in said.figures] == [Decimal(2419000)], said.text


def test_a_programmes_result_named_is_that_programmes(assistant) -> None:
    said = assistant.ask("Wat was in 2023 het resultaat van programma Veiligheid in Proefdorp?")
    assert [f.value for f in said.figures] == [Decimal(-3154000)], said.text


def test_a_follow_up_after_a_question_back_stays_with_the_municipality(assistant) -> None:
    asked, said = conversation(
        assistant,
        "Hoeveel geld had de gemeente Proefdorp eind 2023 in haar reserves?",
        "En de algemene reserve?",
    )
    assert asked.kind == "clarification", asked.text
    assert [f.value for f in said.figures] == [Decimal(13504000)], said.text


def test_how_much_better_it_turned_out_is_the_difference_with_the_budget(assistant) -> None:
    *_, said = conversation(
        assistant,
        "Met welk resultaat heeft de gemeente Proefdorp het jaar 2023 afgesloten?",
        "En wat werd er volgens de begroting na wijziging verwacht?",
        "Hoeveel beter is het resultaat daarmee uitgevallen?",
    )
    assert [f.value for f in said.figures] == [Decimal(3566000)], said.text


def test_how_much_better_than_the_budget_is_a_difference_never_the_budget(assistant) -> None:
    said = assistant.ask(
        "Hoeveel viel het resultaat van Proefdorp over 2023 beter uit dan de begroting na "
        "wijziging?"
    )
    assert [f.value for f in said.figures] == [Decimal(3566000)], said.text
