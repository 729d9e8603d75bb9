"""HTML ingestion: saved pages of online budget platforms."""

from __future__ import annotations

import shutil
from pathlib import Path

from assistant.corpus import read_corpus
from assistant.html import html_text
from assistant.index import build_index
from assistant.settings import Settings

PAGE = Path(__file__).parent / "data" / "budgetplatform-page.html"


def test_main_text_only_with_headings_lists_and_table_rows() -> None:
    text = html_text(PAGE.read_bytes(), PAGE)
    lines = text.split("\n")
    assert "# Programma Jeugd" in lines and "## Wat mag het kosten?" in lines
    assert "• Minder jongeren met schulden." in lines
    assert "Lasten 12.401 12.950 13.275" in lines
    for noise in ("cookies", "Paragrafen", "Privacy", "breadcrumbs", "999.999.999", "Sport"):
        assert noise not in text


def test_a_budget_page_is_indexed_and_answers_with_its_figures(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(PAGE, corpus / "jeugd.html")
    doc = read_corpus([corpus]).documents[0]
    assert (doc.municipality, doc.year) == ("Heuveldal", 2025)
    settings = Settings.load(index_dir=tmp_path / "index", corpus_dirs=str(corpus))
    build_index(settings)
    from assistant.answering import Assistant

    assistant = Assistant(settings)
    figure = assistant.ask("Wat zijn de lasten van programma Jeugd in 2025?")
    assert figure.figures[0].value == 13275000
    text = assistant.ask("Wat opent Heuveldal in het dorpshuis?")
    assert text.kind == "text" and "jongerenpunt" in text.text
    assert all("cookie" not in c.text.lower() for c in assistant.chunks)
