"""Facts found by meaning: descriptions of rows, searched by cosine similarity."""

from __future__ import annotations

from assistant.fact_search import describe, fact_index, measure_descriptions
from assistant.figures import document_figures
from assistant.parsing import parse_sections

TABLE = """Programma Zorg

Tabel 3.1 Lasten per taakveld (bedragen x € 1.000)
Taakveld 2024 2025
Wmo 1.200 1.250
Jeugd 2.300 2.350
"""


def _vector(text: str) -> list[float]:
    """A stand-in embedding: which of three words the text holds (the test is not about
    the model)."""
    return [float(w in text.lower()) for w in ("wmo", "jeugd", "zorg")]


def test_each_row_is_described_once_with_where_it_stands() -> None:
    cells = document_figures(parse_sections(TABLE), document_id="d", municipality="P")
    descriptions = measure_descriptions(cells)
    assert len(descriptions) == 2
    assert describe(cells[0]).startswith("Wmo. Tabel 3.1 Lasten per taakveld")


def test_nearest_rows_and_an_empty_corpus() -> None:
    cells = document_figures(parse_sections(TABLE), document_id="d", municipality="P")
    descriptions = measure_descriptions(cells)
    from assistant.fact_search import description_id

    vectors = {description_id(t, "m"): _vector(t) for t in descriptions.values()}
    index = fact_index(descriptions, vectors, "m", _vector)
    (score, key), *_ = index.nearest("Wat kost de jeugd?", set(descriptions))
    assert key[3] == "Jeugd" and score > 0.5
    assert index.nearest("Wat kost de jeugd?", set()) == []  # nothing in scope
    empty = fact_index({}, {}, "m", _vector)  # a corpus without tables
    assert empty.nearest("Wat kost de jeugd?", set()) == []
