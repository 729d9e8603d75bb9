"""Markdown exports of online budgets: pipe tables are read as tables (issue 13). The
municipality and its figures are made up."""

from __future__ import annotations

from pathlib import Path

from assistant.corpus import read_document
from assistant.markdown import pipe_tables_laid_out

from .conftest import text_answerer

EXPORT = """# Programma 2 Sociaal domein

Wij zorgen dat inwoners mee kunnen doen | ook als het tegenzit.

## Wat mag het kosten?

Bedragen x € 1.000

| Omschrijving | Rekening 2025 | Begroting 2026 | Begroting 2027 | Raming 2028 |
|:---|---:|---:|---:|---:|
| Jeugd | 16.695 | 17.120 | 17.880 | 18.010 |
| Wmo \\| begeleiding | 8.310 | 8.590 | 9.120 | 9.001 |
| **Totaal lasten** | **25.005** | **25.710** | **27.000** | **27.011** |

## Algemene dekkingsmiddelen

| Bedragen x € 1.000 | 2027 | 2028 |
|---|---:|---:|
| OZB woningen | 4.120 | 4.200 |
| Hondenbelasting | 210 | |
"""


def test_pipe_tables_are_laid_out_in_place_and_prose_is_left_alone() -> None:
    laid = pipe_tables_laid_out(EXPORT)
    before, after = EXPORT.split("\n"), laid.split("\n")
    assert len(after) == len(before)  # citations keep the file's line numbers
    assert after[2] == before[2]  # a pipe in a sentence is no table
    row = next(line for line in after if line.startswith("Totaal lasten"))
    assert "**" not in row and "|" not in row and row.split() == [
        "Totaal", "lasten", "25.005", "25.710", "27.000", "27.011",
    ]  # fmt: skip


def test_a_markdown_budget_answers_from_its_tables(tmp_path: Path) -> None:
    path = tmp_path / "proefstad-programmabegroting-2027.md"
    path.write_text(EXPORT, encoding="utf-8")
    document = read_document(path, {"municipality": "Proefstad", "year": 2027})
    answerer = text_answerer(document.text, "Proefstad")
    answer = answerer.answer("Hoeveel kost de jeugd in 2027?", None)
    assert answer.kind == "figure" and answer.figures[0].value == 17880000, answer.text
    answer = answerer.answer("Wat levert de hondenbelasting in 2027 op?", None)
    assert answer.kind == "figure" and answer.figures[0].value == 210000, answer.text
    answer = answerer.answer("Wat kost de Wmo-begeleiding in 2028?", None)
    assert answer.kind == "figure" and answer.figures[0].value == 9001000, answer.text


def test_a_heading_s_attribute_block_is_no_part_of_its_title() -> None:
    from assistant.markdown import markdown_text

    text = "## Algemene dekkingsmiddelen {#dekking}\n\nTekst met {#iets} erin.\n### Lasten {.klein}"
    assert markdown_text(text).split("\n") == [
        "## Algemene dekkingsmiddelen", "", "Tekst met {#iets} erin.", "### Lasten",
    ]  # fmt: skip
