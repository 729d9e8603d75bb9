"""PDF ingestion: pages as locators, headings by typography, tables with scale; bad PDFs."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from assistant.corpus import read_corpus
from assistant.errors import DocumentError
from assistant.index import build_index
from assistant.pdf import pdf_text
from assistant.settings import Settings

from .conftest import small_corpus
from .pdfmaker import BUDGET_PAGES, make_pdf


def test_pdf_text_keeps_pages_headings_and_paragraphs(tmp_path: Path) -> None:
    raw = make_pdf(BUDGET_PAGES)
    text, pages = pdf_text(raw, "x", Path("begroting.pdf"), tmp_path)
    lines = text.split("\n")
    assert "# P2 Zorg en Welzijn" in lines
    assert pages[lines.index("# P2 Zorg en Welzijn")] == 2
    assert "## Wat willen we bereiken ?" in lines
    assert list(tmp_path.glob("x-*.json"))  # cached by content hash
    assert pdf_text(raw, "x", Path("begroting.pdf"), tmp_path) == (text, pages)


def test_an_extraction_cached_by_other_layout_code_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache is keyed by the code that lays the text out: after an update, a PDF is
    extracted again, never read from the cache of the code before it."""
    import assistant.pdf as pdf

    raw = make_pdf(BUDGET_PAGES)
    text, _ = pdf_text(raw, "x", Path("begroting.pdf"), tmp_path)
    (cached,) = tmp_path.glob("x-*.json")
    cached.write_text('{"text": "verouderd", "pages": [1]}', encoding="utf-8")
    monkeypatch.setattr(pdf, "layout_fingerprint", lambda: "other-code")
    assert pdf_text(raw, "x", Path("begroting.pdf"), tmp_path)[0] == text


def test_metadata_is_detected_from_the_title_page(tmp_path: Path) -> None:
    (tmp_path / "scan0001.pdf").write_bytes(make_pdf(BUDGET_PAGES))
    doc = read_corpus([tmp_path], cache_dir=tmp_path / "cache").documents[0]
    assert (doc.municipality, doc.year, doc.type) == ("Proefdorp", 2031, "begroting")
    assert set(doc.detected) == {"municipality", "year", "type"}


def test_a_pdf_budget_answers_figures_in_euros_with_its_page(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "proefdorp-begroting-2031.pdf").write_bytes(make_pdf(BUDGET_PAGES))
    settings = Settings.load(index_dir=tmp_path / "index", corpus_dirs=str(corpus))
    build_index(settings)
    from assistant.answering import Assistant

    assistant = Assistant(settings)
    answer = assistant.ask("Wat zijn de lasten van P2 Zorg en Welzijn in 2031?")
    assert answer.kind == "figure"
    assert answer.figures[0].value == -9020000  # printed -9.020 in x € 1.000
    assert "p. 2" in answer.citations[0].locator
    assert "x € 1.000" in answer.text and "9.020" in answer.text
    growth = assistant.ask("Hoeveel stijgen de lasten van P2 van de rekening 2029 naar 2031?")
    assert growth.figures[0].value == 920000 and "stijgen" in growth.text
    text = assistant.ask("Voor wie wordt het buurthuis een ontmoetingsplek?")
    assert text.kind == "text" and text.citations[0].locator == "p. 2"
    assert "ontmoetingsplek voor ouderen en jongeren uit" in text.text  # unwrapped sentence


def _encrypted(raw: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(raw)))
    writer.encrypt(user_password="geheim", owner_password="geheim")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("leeg.pdf", b"", "leeg"),
        ("plaatje.pdf", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "geen PDF"),
        ("kapot.pdf", b"%PDF-1.4\n" + b"\x00garbage" * 50, "kan niet gelezen"),
        ("beveiligd.pdf", None, "wachtwoord"),
        (
            "glyphs.pdf",
            make_pdf([["/2/3/5/1/4 /7/8/9/2/1 /3/3/1/2/6 /4/4/2/1/9"] * 20]),
            "onleesbaar",
        ),
    ],
)
def test_bad_pdfs_are_refused_by_name_and_the_rest_is_indexed(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    corpus = small_corpus(tmp_path / "corpus")
    settings = Settings.load(index_dir=tmp_path / "index", corpus_dirs=str(corpus))
    first = build_index(settings)
    (corpus / name).write_bytes(
        content if content is not None else _encrypted(make_pdf(BUDGET_PAGES))
    )
    report = build_index(settings)
    problems = [p for p in report.problems if name in str(p)]
    assert problems and message in str(problems[0])
    assert report.documents == 1 and report.chunks == first.chunks  # nothing lost
    with pytest.raises(DocumentError):
        raise problems[0]


def test_words_a_typesetter_sets_close_without_spaces_are_words(tmp_path: Path) -> None:
    """LaTeX prints no space characters: the words of a tight justified line stand a quarter
    of an em apart, closer than pdfplumber's fixed 3 points. They are words all the same;
    letters set apart one by one ('G E M E E N T E' on a cover) stay one word."""
    tight = " -250 ".join(f"({w})" for w in "Het weerstandsvermogen geeft aan in hoeverre".split())
    spaced = " -300 ".join(f"({c})" for c in "GEMEENTE")
    drawings = [
        f"BT /F1 10 Tf 1 0 0 1 56 700 Tm [{tight}] TJ ET "
        f"BT /F1 10 Tf 1 0 0 1 56 680 Tm [{spaced}] TJ ET"
    ]
    raw = make_pdf([["# Paragrafen"]], drawings=drawings)
    text, _ = pdf_text(raw, "tight", Path("jaarstukken.pdf"), None)
    assert "Het weerstandsvermogen geeft aan in hoeverre" in text.split("\n"), text
    assert "GEMEENTE" in text.split("\n"), text


def test_a_ligature_whose_letters_each_map_to_it_is_read_once() -> None:
    """Some printers map each letter of a ligature glyph to the ligature, and the PDF reader
    gives each the ligature's letters: three chars 'ffi' at one place are one 'ffi'
    ('Griffier', not 'Griffiffiffier'); letters apart stay apart."""
    from assistant.pdf import without_repeated_ligatures

    def char(text: str, x0: float) -> dict:
        return {"text": text, "x0": x0, "x1": x0 + 4.0, "top": 100.0}

    chars = [char("r", 395.9), char("i", 399.5), *[char("ffi", 402.0)] * 3, char("e", 409.7)]
    assert "".join(c["text"] for c in without_repeated_ligatures(chars)) == "riffie"
    apart = [char("f", 10.0), char("f", 14.0), char("ff", 18.0), char("ff", 26.0)]
    assert without_repeated_ligatures(apart) == apart


def test_a_header_under_a_total_row_starts_the_next_table() -> None:
    """Two tables one under the other, three blank lines apart: the header of the second
    ('Ult.2030  Toevoeging  Ult.2031') under the first's total row is no row of the first,
    though both are lines of cells. The rows of one table stay one block however far apart."""
    from .pdfmaker import flush_right

    def row(label: str, *figures: str) -> list[tuple[float, str]]:
        return [(56, label), *(flush_right(300 + 90 * k, f) for k, f in enumerate(figures))]

    table = [
        "# Eigen vermogen",
        [(56, "Eigen vermogen € '000"), *(flush_right(300 + 90 * k, y) for k, y in
                                          enumerate(["Ultimo 2031", "Ultimo 2030"]))],
        row("Algemene reserve", "165", "165"),
        row("Bestemmingsreserves", "2.782", "2.496"),
        "",
        row("Totaal", "2.947", "2.661"),
        "",
        "",
        "",
        [(56, "Bestemmingsreserves € '000"), *(flush_right(300 + 90 * k, h) for k, h in
                                               enumerate(["Ult.2030", "Toevoeging", "Ult.2031"]))],
        row("Onderhoud", "1.117", "", "1.117"),
        row("Digitale dienstverlening", "400", "287", "687"),
    ]
    text, _ = pdf_text(make_pdf([table]), "two-tables", Path("jaarstukken.pdf"), None)
    lines = text.split("\n")
    header = next(k for k, line in enumerate(lines) if "Toevoeging" in line)
    assert lines[header - 1] == "", text  # a block of its own
    total = next(k for k, line in enumerate(lines) if line.strip().startswith("Totaal"))
    assert "" not in lines[total - 3 : total], text  # the first table's rows stay together
