"""The same build and answers against a real Chroma server, started on 127.0.0.1 here."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.index import build_index
from assistant.settings import Settings

from .conftest import small_corpus

CHROMA = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path: Path):
    port = _free_port()
    server = subprocess.Popen(
        [
            CHROMA,
            "run",
            "--path",
            str(tmp_path / "server-data"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    import chromadb

    deadline = time.time() + 60
    while True:
        try:
            chromadb.HttpClient(host="127.0.0.1", port=port).heartbeat()
            break
        except Exception:
            if time.time() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail("the Chroma server did not start")
            time.sleep(0.3)
    yield url, port
    server.terminate()
    server.wait(10)


def test_build_and_answers_against_a_chroma_server(tmp_path: Path, chroma_server) -> None:
    url, port = chroma_server
    corpus = small_corpus(tmp_path / "corpus")
    settings = Settings.load(index_dir=tmp_path / "index", corpus_dirs=str(corpus), chroma_url=url)
    first = build_index(settings)
    assert first.embedded == first.chunks > 0
    assert not (tmp_path / "index" / "current" / "chroma").exists()  # vectors on the server

    from assistant.answering import Assistant

    answer = Assistant(settings).ask("Wat krijgt de bibliotheek in Testdorp?")
    assert answer.kind == "text" and "leescafé" in answer.text

    doc = next(corpus.glob("*.txt"))
    doc.write_text(doc.read_text() + "\nWe openen ook een speel-o-theek.\n")
    again = build_index(settings)
    assert again.embedded == 1  # incremental on the server too
    import chromadb

    names = [
        c if isinstance(c, str) else c.name
        for c in chromadb.HttpClient(host="127.0.0.1", port=port).list_collections()
    ]
    assert len([n for n in names if n.startswith("ba-")]) == 1  # the old build's are gone
    assert "speel-o-theek" in Assistant(settings).ask("Wat openen we ook?").text
