"""Jaarstukken: budget columns split in 'primair' and 'na wijziging' next to the realisation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.answering import Assistant
from assistant.index import build_index
from assistant.settings import Settings

DOC = Path(__file__).parent / "data" / "jaarstukken-testrade-2023.txt"


@pytest.fixture(scope="module")
def testrade(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copy(DOC, corpus / DOC.name)
    settings = Settings.load(index_dir=tmp_path_factory.mktemp("index"), corpus_dirs=str(corpus))
    build_index(settings)
    return Assistant(settings)


@pytest.mark.parametrize(
    ("question", "value", "column"),
    [
        # what was spent: the realisation, with the budgets of that year named beside it
        ("Wat waren de lasten van Jeugd in 2023?", 12807000, "Realisatie 2023"),
        ("Hoeveel is er in 2023 uitgegeven aan Wmo?", 8512000, "Realisatie 2023"),
        ("Wat was de primaire begroting voor Jeugd in 2023?", 12345000, "Begroting primair 2023"),
        (
            "Wat was de begroting na wijziging voor Jeugd in 2023?",
            13010000,
            "Begroting na wijziging 2023",
        ),
        # 'begroot' without more: the budget in force, after amendments
        ("Hoeveel was er voor Jeugd begroot in 2023?", 13010000, "Begroting na wijziging 2023"),
        ("Wat waren de lasten van economische ontwikkeling in 2022?", 1900000, "Realisatie 2022"),
        ("Wat is het verschil tussen begroting en realisatie bij Jeugd?", 203000, "Verschil"),
    ],
)
def test_the_right_column_of_a_year(testrade, question: str, value: int, column: str) -> None:
    answer = testrade.ask(question)
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == value, answer.text
    assert f"kolom '{column}'" in answer.citations[0].locator
    assert "x € 1.000" in answer.text


def test_realisation_answer_names_the_budgets_of_that_year(testrade) -> None:
    answer = testrade.ask("Wat waren de lasten van Jeugd in 2023?")
    assert "Begroting primair 2023: € 12.345.000" in answer.text
    assert "Begroting na wijziging 2023: € 13.010.000" in answer.text


def test_difference_between_budget_and_realisation_of_the_year_is_the_printed_one(
    testrade,
) -> None:
    """The jaarstukken 2023 print the difference of 2023 in their 'Verschil' column, which
    has no year of its own: asked with the year, that cell answers, with its printed sign,
    as it does asked without one (no arithmetic where the document states the figure)."""
    answer = testrade.ask("Wat is het verschil tussen begroting en realisatie voor Wmo in 2023?")
    assert answer.kind == "figure", answer.text
    figure = answer.figures[0]
    assert figure.value == -162000
    assert figure.derivation is None
    assert "kolom 'Verschil'" in answer.citations[0].locator
