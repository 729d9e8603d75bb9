"""Shared fixtures: every path points at tmp directories; the real model and Chroma are used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.settings import PROJECT_ROOT, Settings

CORPUS = PROJECT_ROOT / "corpus"
SHARED = PROJECT_ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the developer's own index."""
    monkeypatch.setenv("ASSISTANT_INDEX", str(tmp_path / "index"))
    monkeypatch.setenv("ASSISTANT_CORPUS", str(CORPUS))


@pytest.fixture(scope="session")
def built_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The real corpus indexed once per session with the default model."""
    from assistant.index import build_index

    settings = Settings.load(
        index_dir=tmp_path_factory.mktemp("corpus-index"), corpus_dirs=str(CORPUS)
    )
    build_index(settings)
    return settings


@pytest.fixture(scope="session")
def assistant(built_settings: Settings):
    from assistant.answering import Assistant

    return Assistant(built_settings)


@pytest.fixture
def use_built_index(built_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Point the environment (and so subprocesses and the app) at the session's index."""
    monkeypatch.setenv("ASSISTANT_INDEX", str(built_settings.index_dir))
    return built_settings


def small_corpus(root: Path, text: str = "", name: str = "testdorp-begroting-2024.txt") -> Path:
    """A one-document corpus, quick to embed."""
    root.mkdir(parents=True, exist_ok=True)
    (root / name).write_text(
        text
        or "Programma Zorg\n\nDoelenboom Welzijn\n\nInhoudelijk perspectief\n\n"
        "De bibliotheek in Testdorp krijgt een nieuw leescafé voor ouderen.\n\n"
        "Doel: Inwoners lezen meer\n\nWe organiseren voorleesuurtjes in elke wijk.\n",
        encoding="utf-8",
    )
    return root


def run_cli(
    args: list[str], env: dict[str, str], stdin: str = "", timeout: int = 300
) -> subprocess.CompletedProcess:
    """`python -m assistant ARGS` as a user runs it, from the project root."""
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=PROJECT_ROOT,
        timeout=timeout,
    )


def env_for_subprocess(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    env["ASSISTANT_INDEX"] = str(settings.index_dir)
    env["ASSISTANT_CORPUS"] = os.pathsep.join(str(p) for p in settings.corpus_dirs)
    return env


def text_answerer(
    text: str,
    municipality: str = "Proefdorp",
    year: str = "",
    kind: str = "",
    weighed: bool = False,
):
    """The figure answerer over one budget text, without an index (fast unit tests); `year`
    and `kind` (begroting, jaarstukken) are the document's, as its manifest gives them.
    `weighed`: words weigh by how rare they are in the text's passages, as in the assistant
    (else all alike)."""
    from assistant.answering import _idf_table
    from assistant.figure_answers import FigureAnswerer
    from assistant.figures import document_figures
    from assistant.parsing import chunk_sections, parse_sections

    document = f"{municipality.lower()}-begroting-2024"
    sections = parse_sections(text)
    cells = document_figures(sections, document_id=document, municipality=municipality)
    chunks = chunk_sections(
        sections, document_id=document, municipality=municipality,
        year=int(year) if year else None, title="",
        chunk_words=120,
    )  # fmt: skip
    return FigureAnswerer(
        cells,
        _idf_table(chunks) if weighed else {},
        "",
        document_years={document: year} if year else None,
        document_types={document: kind} if kind else None,
    )


def documents_answerer(
    documents: dict[str, str], municipality: str = "Proefdorp", weighed: bool = False
):
    """The figure answerer over several budget texts of one body, without an index; each named
    '<body>-<type>-<year>' (its type and year, as a manifest gives them). `weighed`: words
    weigh by how rare they are in the texts' passages, as in the assistant (else all alike)."""
    from assistant.answering import _idf_table
    from assistant.figure_answers import FigureAnswerer
    from assistant.figures import document_figures
    from assistant.parsing import chunk_sections, parse_sections

    cells, chunks = [], []
    for document, text in documents.items():
        sections = parse_sections(text)
        cells += document_figures(sections, document_id=document, municipality=municipality)
        if weighed:
            chunks += chunk_sections(
                sections, document_id=document, municipality=municipality,
                year=int(document[-4:]), title="", chunk_words=120,
            )  # fmt: skip
    return FigureAnswerer(
        cells,
        _idf_table(chunks) if weighed else {},
        "",
        document_years={d: d[-4:] for d in documents},
        document_types={d: d.split("-")[1] for d in documents},
    )


def manifest(*documents: tuple[str, str]) -> str:
    """A corpus manifest for documents named '<body>-<type>-<year>.<ext>': (file, the
    municipality or body) each, its type and year read from the name."""
    entries = []
    for file, body in documents:
        *_, kind, year = Path(file).stem.split("-")
        entries.append(
            f"- file: {file}\n  municipality: {body}\n  year: {year}\n  type: {kind}\n"
            f"  title: {kind.capitalize()} {year}\n"
        )
    return "documents:\n" + "".join(entries)


def indexed_assistant(root: Path, documents: dict[str, bytes]):
    """A built index over the given documents (name -> content) in `root`, opened."""
    from assistant.answering import Assistant
    from assistant.index import build_index

    corpus = root / "corpus"
    corpus.mkdir()
    for name, content in documents.items():
        (corpus / name).write_bytes(content)
    settings = Settings.load(index_dir=root / "index", corpus_dirs=str(corpus))
    build_index(settings)
    return Assistant(settings)


def conversation(assistant, *questions: str) -> list:
    """The assistant's answers to the questions asked in turn as one chat, no scope chosen."""
    history: list[dict[str, str]] = []
    answers = []
    for question in questions:
        answers.append(assistant.ask(question, None, history))
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answers[-1].text},
        ]
    return answers


def converse(answerer, municipality: str, expected: dict[str, object]) -> None:
    """Ask the questions in turn as one conversation; each must give the one figure expected."""
    history: list[dict[str, str]] = []
    for question, value in expected.items():
        said = answerer.answer(question, municipality, history)
        assert [f.value for f in said.figures] == [value], (question, said.text)
        history += [
            {"role": "user", "content": question}, {"role": "assistant", "content": said.text}
        ]


def laid_out(*parts: tuple[int, str]) -> str:
    """One line of a text export with each text at its character column: (column, text)."""
    line = ""
    for x, text in parts:
        line = line.ljust(x) + text
    return line
