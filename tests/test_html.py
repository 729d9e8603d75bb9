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
    assert "Lasten 12.401 12.950 13.275" in [" ".join(line.split()) for line in lines]
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


def test_html_table_cells_keep_their_column_when_one_is_empty(tmp_path: Path) -> None:
    from assistant.figures import document_figures
    from assistant.parsing import parse_sections

    page = (
        "<html><body><main><h1>Programma Zorg</h1><h2>Wat mag het kosten?</h2>"
        "<table><caption>Tabel 2.1 Lasten (bedragen x € 1.000)</caption>"
        "<tr><th>Omschrijving</th><th>Rekening 2023</th><th>Begroting 2024</th>"
        "<th>Begroting 2025</th></tr>"
        "<tr><td>Wmo</td><td>900</td><td></td><td>950</td></tr>"
        "<tr><td>Jeugd</td><td>1.200</td><td>1.250</td><td>1.300</td></tr>"
        "</table></main></body></html>"
    ).encode()
    text = html_text(page, tmp_path / "zorg.html")
    cells = document_figures(parse_sections(text), document_id="z", municipality="Proefstad")
    wmo = {c.period: c.value for c in cells if c.row == "Wmo"}
    assert wmo == {"2023": 900000, "2025": 950000}  # the empty 2024 shifts nothing
    assert [c.status for c in cells if c.row == "Jeugd"] == ["realisatie", "begroot", "begroot"]
