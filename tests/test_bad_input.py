"""Bad input and misuse (issue 14): nothing already indexed is lost, one bad file never breaks
a build, limits are by cost, adding is all or nothing, serving never writes the index."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from assistant import corpus as corpus_module
from assistant import index as index_module
from assistant.corpus import check_file_name, check_size, read_corpus
from assistant.errors import DocumentError, NothingReadError
from assistant.html import html_text
from assistant.index import add_document, build_index, read_manifest
from assistant.settings import Settings

from .conftest import small_corpus

TESTDORP = (
    "Begroting 2024 gemeente Testdorp\n\n# Programma Zorg\n\n"
    "De gemeente Testdorp opent een nieuw leescafé voor ouderen in de bibliotheek.\n"
)
OTHER_TESTDORP = (
    "Begroting 2024 gemeente Testdorp\n\n# Programma Sport\n\n"
    "De gemeente Testdorp bouwt een nieuwe sporthal aan de rand van het dorp.\n"
)


def _settings(tmp_path: Path, corpus: Path) -> Settings:
    return Settings.load(index_dir=tmp_path / "index", corpus_dirs=str(corpus))


def _built(tmp_path: Path) -> tuple[Path, Settings]:
    """A one-document corpus with its index built."""
    corpus = small_corpus(tmp_path / "corpus")
    settings = _settings(tmp_path, corpus)
    build_index(settings)
    return corpus, settings


def _hashes(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_an_added_document_never_replaces_one_with_the_same_name(tmp_path: Path) -> None:
    corpus = small_corpus(tmp_path / "corpus", TESTDORP, name="testdorp-begroting-2024-zorg.txt")
    settings = _settings(tmp_path, corpus)
    build_index(settings)
    before = (corpus / "testdorp-begroting-2024-zorg.txt").read_bytes()
    source = tmp_path / "zorg.txt"  # its metadata gives the very same corpus file name
    source.write_text(OTHER_TESTDORP, encoding="utf-8")
    staged, report = add_document(settings, source, {})
    assert (corpus / "testdorp-begroting-2024-zorg.txt").read_bytes() == before
    assert staged.document.path.name == "testdorp-begroting-2024-zorg-2.txt"
    assert staged.siblings == ("testdorp-begroting-2024-zorg.txt",)  # said so
    assert report.documents == 2
    files = [e["file"] for e in yaml.safe_load((corpus / "manifest.yaml").read_text())["documents"]]
    assert files == ["testdorp-begroting-2024-zorg-2.txt"]
    assert (
        staged.document.title
        == "Begroting 2024 gemeente Testdorp (testdorp-begroting-2024-zorg-2.txt)"
    )


def test_a_page_nested_thousands_of_tags_deep_is_read() -> None:
    raw = b"<html><body>" + b"<div>" * 5000 + b"Begroting 2024 van de gemeente Testdorp"
    raw += b"</div>" * 5000 + b"</body></html>"
    assert "Begroting 2024 van de gemeente Testdorp" in html_text(raw, Path("diep.html"))


def test_any_failure_of_one_document_skips_it_with_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = small_corpus(tmp_path / "corpus")
    (corpus / "kapot.html").write_text("<p>Een pagina met genoeg tekst om te lezen.</p>")
    (corpus / "breekt.txt").write_text("Deze tekst laat het ontleden BREKEN, elke keer weer.\n")

    def broken_html(raw: bytes, path: Path) -> str:
        raise RecursionError("maximum recursion depth exceeded")

    real_parse = index_module.parse_sections

    def parse(text: str):  # noqa: ANN202
        if "BREKEN" in text:
            raise ValueError("unexpected layout")
        return real_parse(text)

    monkeypatch.setattr("assistant.html.html_text", broken_html)
    monkeypatch.setattr(index_module, "parse_sections", parse)
    report = build_index(_settings(tmp_path, corpus))
    assert report.documents == 1
    skipped = {Path(p.path).name: str(p) for p in report.problems}
    assert set(skipped) == {"kapot.html", "breekt.txt"}
    assert "RecursionError" in skipped["kapot.html"] and "overgeslagen" in skipped["kapot.html"]


def test_a_build_that_reads_no_document_keeps_the_index_in_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, settings = _built(tmp_path)
    live = index_module.active_dir(settings.index_dir)

    def parse(text: str):  # noqa: ANN202
        raise AttributeError("a bug in the reader")  # every document fails alike

    monkeypatch.setattr(index_module, "parse_sections", parse)
    with pytest.raises(NothingReadError, match="blijft ongewijzigd"):
        build_index(settings)
    assert index_module.active_dir(settings.index_dir) == live
    monkeypatch.undo()
    from assistant.answering import Assistant

    assert "leescafé" in Assistant(settings).ask("Wat krijgt de bibliotheek?").text


def test_limits_are_by_cost_and_say_how_much_is_allowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(DocumentError, match="tot 20 MB"):
        check_size("groot.txt", 199 * 2**20)  # the 199 MB text file of the review
    check_size("groot.pdf", 100 * 2**20)  # a PDF is limited by its pages instead
    monkeypatch.setattr(corpus_module, "MAX_PASSAGES", 10)
    wordy = small_corpus(tmp_path / "a", "Begroting 2024 " + "woord " * 2000)
    report = read_corpus([wordy])
    assert not report.documents
    message = str(report.problems[0])
    assert "passages" in message and "grens is 10 passages" in message and "splits" in message


def test_a_pdf_with_too_many_pages_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from .pdfmaker import BUDGET_PAGES, make_pdf

    monkeypatch.setattr("assistant.pdf.MAX_PAGES", 1)
    (tmp_path / "dik.pdf").write_bytes(make_pdf(BUDGET_PAGES))
    report = read_corpus([tmp_path], cache_dir=tmp_path / "cache")
    assert not report.documents
    assert "bladzijden" in str(report.problems[0]) and "hoogstens 1 bladzijden" in str(
        report.problems[0]
    )


def test_a_build_skips_a_document_with_too_many_passages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = small_corpus(tmp_path / "corpus")
    (corpus / "lang.txt").write_text(
        "\n\n".join(f"# Deel {i}\n\nAlinea {i} over de begroting." for i in range(40))
    )
    monkeypatch.setattr(index_module, "MAX_PASSAGES", 20)
    report = build_index(_settings(tmp_path, corpus))
    assert report.documents == 1
    assert "lang.txt" in str(report.problems[0]) and "te groot" in str(report.problems[0])


def test_a_failed_add_changes_nothing_and_can_be_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, settings = _built(tmp_path)
    corpus_before = _hashes(corpus)
    index_before = read_manifest(settings.index_dir)
    source = tmp_path / "sport.txt"
    source.write_text(OTHER_TESTDORP, encoding="utf-8")

    def stopped(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise KeyboardInterrupt  # the user pressed Ctrl-C while the passages were embedded

    monkeypatch.setattr(index_module.store, "write_figures", stopped)
    with pytest.raises(KeyboardInterrupt):
        add_document(settings, source, {})
    assert _hashes(corpus) == corpus_before  # no file, no manifest entry, no staged leftover
    assert read_manifest(settings.index_dir) == index_before
    assert len(list((settings.index_dir / "builds").iterdir())) == 1
    monkeypatch.undo()
    staged, report = add_document(settings, source, {})  # not "staat al in het corpus"
    assert staged.document.path.exists() and report.documents == 2
    assert index_module.staleness(settings) is None  # corpus and index agree


def test_an_unreadable_add_leaves_corpus_and_index_as_they_were(tmp_path: Path) -> None:
    corpus, settings = _built(tmp_path)
    corpus_before, index_before = _hashes(corpus), _hashes(settings.index_dir)
    junk = tmp_path / "leeg.html"
    junk.write_text("<html><nav>menu</nav></html>")
    with pytest.raises(DocumentError, match="geen leesbare tekst"):
        add_document(settings, junk, {})
    assert _hashes(corpus) == corpus_before and _hashes(settings.index_dir) == index_before


def test_serving_never_writes_the_index(built_settings: Settings) -> None:
    from assistant.answering import Assistant

    before = _hashes(built_settings.index_dir / "current")
    assistant = Assistant(built_settings)
    assistant.ask("Hoeveel geld gaat er naar jeugd in Twenterand in 2020?")
    assistant.ask("Wat doet de gemeente aan eenzaamheid?")
    assert _hashes(built_settings.index_dir / "current") == before


def test_utf16_text_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    text = "Begroting 2024 gemeente Testdorp\n\nDe jeugdzorg kost € 1.234.567 in 2024.\n"
    (tmp_path / "unicode.txt").write_bytes(text.encode("utf-16"))  # as Windows saves it
    (tmp_path / "be.txt").write_bytes(b"\xfe\xff" + text.replace("1.2", "2.2").encode("utf-16-be"))
    report = read_corpus([tmp_path])
    assert not report.problems
    assert [d.text.count("jeugdzorg") for d in report.documents] == [1, 1]
    assert {d.encoding for d in report.documents} == {"utf-16"}


@pytest.mark.parametrize("name", ["..", ".", "", "   ", "a" * 300 + ".pdf", "a\x00b.pdf", "x/"])
def test_an_upload_name_no_file_could_have_is_refused(tmp_path: Path, name: str) -> None:
    from assistant.ui import add_uploaded

    corpus = small_corpus(tmp_path / "corpus")
    before = _hashes(corpus)
    with pytest.raises(DocumentError, match="bestandsnaam"):
        add_uploaded(name, b"Begroting 2024 gemeente Testdorp", _settings(tmp_path, corpus), {})
    assert _hashes(corpus) == before


def test_an_upload_name_keeps_only_its_base_name() -> None:
    assert check_file_name("../../etc/begroting 2024.txt") == "begroting 2024.txt"
    assert check_file_name("C:\\Users\\x\\begroting.pdf") == "begroting.pdf"


def test_a_running_app_serves_a_new_build_without_restart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from streamlit.testing.v1 import AppTest

    from assistant.settings import PROJECT_ROOT

    from .pdfmaker import BUDGET_PAGES, make_pdf

    corpus = small_corpus(tmp_path / "corpus")
    monkeypatch.setenv("ASSISTANT_CORPUS", str(corpus))
    monkeypatch.setenv("ASSISTANT_INDEX", str(tmp_path / "index"))
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=120)
    at.run()  # builds the small index and starts serving it
    source = tmp_path / "proefdorp.pdf"
    source.write_bytes(make_pdf(BUDGET_PAGES))
    add_document(_settings(tmp_path, corpus), source, {})  # as `add` in another process does
    at.chat_input[0].set_value("Wat zijn de lasten van P2 Zorg en Welzijn in 2031?").run()
    assert not at.exception, at.exception
    answer = " ".join(m.value for m in at.chat_message[1].markdown)
    assert "9\\.020\\.000" in answer
