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


PANDOC = """---
title: Jaarstukken 2043
author: Dagelijks bestuur
---

# Jaarstukken 2043 {#sec-jaarstukken}

Het jaar 2043 sluiten we af met een positief resultaat van **€ 612.384**. De plustaken
rekenen we af op basis van de bestede uren[^1].

+---------------+----------------+----------------+---------------+
| Deelnemer     | Verdeelsleutel | Bijdrage       | Plustaken     |
|               |                | basistaken     |               |
+:==============+===============:+===============:+==============:+
| Proefstad     | 16,84%         | 2.038.987      | 184.320       |
+---------------+----------------+----------------+---------------+
| Oostervoorde  | 18,92%         | 2.290.834      | 311.275       |
+---------------+----------------+----------------+---------------+
| **Totaal**    | **35,76%**     | **4.329.821**  | **495.595**   |
+---------------+----------------+----------------+---------------+

: Tabel 5. Bijdragen per deelnemer 2043 (bedragen in €)

[^1]: Plustaken rekenen we af tegen het integrale uurtarief van € 112 per uur.
"""


def test_a_pandoc_grid_table_is_read_as_a_table_and_its_markup_is_no_text() -> None:
    """A grid table's cells wrapped over lines are one cell ('Bijdrage basistaken'), its
    caption after it names it, bold marks and footnote marks are no part of the text."""
    from assistant.markdown import markdown_text

    text = markdown_text(PANDOC)
    assert "**" not in text and "[^1]" not in text and "+----" not in text
    assert "author:" not in text and len(text.split("\n")) == len(PANDOC.split("\n"))
    assert "€ 612.384." in text
    answerer = text_answerer(text, "Keppelstreek")
    answer = answerer.answer(
        "Hoeveel betaalde Oostervoorde in 2043 voor de basistaken?", "Keppelstreek"
    )
    assert answer.figures and answer.figures[0].value == 2290834, answer.text
    assert "Tabel 5" in answer.text, answer.text
    history = [
        {"role": "user", "content": "Hoeveel betaalde Oostervoorde in 2043 voor de basistaken?"},
        {"role": "assistant", "content": answer.text},
    ]
    answer = answerer.answer("En voor de plustaken?", "Keppelstreek", history)
    assert answer.figures and answer.figures[0].value == 311275, answer.text
