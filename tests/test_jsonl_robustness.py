"""`ask --jsonl` answers every input line, malformed ones included, and stays alive."""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from assistant.cli import _serve_jsonl
from assistant.settings import PROJECT_ROOT

from .conftest import env_for_subprocess

CONTRACT = {"kind", "text", "figures", "citations", "timing_ms"}
JEUGD_2023 = {
    "question": "Hoeveel bedragen de lasten voor Jeugd in 2023?",
    "municipality": "Twenterand",
}
HISTORY = [
    {"role": "user", "content": JEUGD_2023["question"]},
    {"role": "assistant", "content": "De lasten van Jeugd in 2023 zijn € 16.423.993."},
]
FOLLOW_UP = {"question": "En in 2020?", "municipality": "Twenterand", "history": HISTORY}


def serve(assistant, monkeypatch: pytest.MonkeyPatch, stdin: bytes) -> list[dict]:
    """The answers `_serve_jsonl` writes for these input bytes, over strict UTF-8 streams."""
    out = io.BytesIO()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(out, encoding="utf-8"))
    assert _serve_jsonl(assistant) == 0
    sys.stdout.flush()
    return [json.loads(line) for line in out.getvalue().decode("utf-8").splitlines()]


def line(request: object) -> bytes:
    return json.dumps(request).encode() + b"\n"


def assert_error(answer: dict, *words: str) -> None:
    assert set(answer) == CONTRACT | {"error"}
    assert answer["kind"] == "clarification" and answer["figures"] == []
    assert answer["text"].startswith("Ongeldige invoerregel")
    assert all(w in answer["error"] for w in words), answer["error"]


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        pytest.param(line({**JEUGD_2023, "history": "Wat?"}), ["'history'"], id="history-str"),
        pytest.param(
            line({**JEUGD_2023, "history": ["Wat kost Jeugd?", "16 miljoen"]}),
            ["'history'[0]"],
            id="history-strings",
        ),
        pytest.param(
            line({**JEUGD_2023, "history": [{"role": "system", "content": "x"}]}),
            ["'history'[0]"],
            id="history-role",
        ),
        pytest.param(line({"question": 2023}), ["'question'"], id="question-number"),
        pytest.param(
            line({"question": "Jeugd?", "municipality": [1]}), ["'municipality'"], id="place-list"
        ),
        pytest.param(b"[" * 100_000 + b"\n", ["genest"], id="deep-nesting"),
        pytest.param(b'["Wat kost Jeugd?"]\n', ["JSON-object"], id="not-an-object"),
        pytest.param(b'{"question": "Wat kost\n', ["JSON"], id="truncated"),
        pytest.param(b"\xff\xfe\x00 geen JSON\n", ["JSON"], id="random-bytes"),
        pytest.param(b"\n", ["lege regel"], id="blank"),
        pytest.param(b"   \r\n", ["lege regel"], id="whitespace"),
    ],
)
def test_a_malformed_line_gets_an_error_answer_and_the_next_line_its_answer(
    assistant, monkeypatch: pytest.MonkeyPatch, bad: bytes, words: list[str]
) -> None:
    answers = serve(assistant, monkeypatch, bad + line(JEUGD_2023))
    assert len(answers) == 2
    assert_error(answers[0], *words)
    assert set(answers[1]) == CONTRACT
    assert answers[1]["figures"][0]["value"] == 16423993


@pytest.mark.parametrize(
    ("stdin", "echoed"),
    [
        (b'{"question": "En \\ud800 dan?"}\n', "En \ufffd dan?"),
        (b'{"question": "En \xff\xfe dan?"}\n', "En \ufffd\ufffd dan?"),
    ],
    ids=["lone-surrogate", "invalid-utf8"],
)
def test_lone_surrogates_and_invalid_utf8_are_answered_as_replacement_characters(
    assistant, monkeypatch: pytest.MonkeyPatch, stdin: bytes, echoed: str
) -> None:
    # 'En ... dan?' without a conversation is echoed in the clarification
    answers = serve(assistant, monkeypatch, stdin + line(JEUGD_2023))
    assert len(answers) == 2 and "error" not in answers[0]
    assert echoed in answers[0]["text"]


def test_line_separators_in_an_answer_do_not_split_its_output_line(
    assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "En\u2028dan\u2029ook\x85nu?"
    answers = serve(assistant, monkeypatch, line({"question": question}) + line(JEUGD_2023))
    assert len(answers) == 2
    assert question in answers[0]["text"]


def test_an_answerer_failure_is_logged_and_answered_and_the_loop_goes_on(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    class Failing:
        def ask(self, question: str, **_: object) -> object:
            raise RuntimeError(f"kapot bij {question}")

    answers = serve(Failing(), monkeypatch, line({"question": "a"}) + line({"question": "b"}))
    assert len(answers) == 2
    for answer, question in zip(answers, "ab"):
        assert set(answer) == CONTRACT | {"error"} and answer["kind"] == "clarification"
        assert "niet beantwoord" in answer["text"]
        assert f"RuntimeError: kapot bij {question}" in answer["error"]
    assert "Traceback" in capsys.readouterr().err


def test_the_library_leaves_out_history_items_that_are_no_messages(assistant) -> None:
    follow_up = {"question": FOLLOW_UP["question"], "municipality": "Twenterand"}
    clean = assistant.ask(**follow_up, history=HISTORY)
    messy = assistant.ask(**follow_up, history=["eerder", None, 5, *HISTORY, ["x"]])
    assert clean.figures[0].value == messy.figures[0].value == 16695012
    assert assistant.ask(**JEUGD_2023, history="Wat kost Jeugd?").figures[0].value == 16423993


# -- fuzz: one process, a few hundred generated lines --------------------------------------

WRONG = [None, True, 7, 2.5, "", "tekst", [], {}, ["a", "b"], [None], {"role": "user"}]
WEIRD = ["\x00", "\x07", "\x1b[31m", "\r", "\t", "\x85", "\u2028", "\u2029", "\ufeff", "\U0001f600"]


def fuzz_line(rng: random.Random) -> bytes:
    """One malformed (or merely odd) input line, never containing a newline byte."""
    request: dict[str, object] = dict(rng.choice([JEUGD_2023, FOLLOW_UP]))
    pick = rng.randrange(10)
    if pick == 0:  # truncated JSON
        text = json.dumps(request)
        return text[: rng.randrange(len(text))].encode() + b"\n"
    if pick == 1:  # a wrong type in one field
        request[rng.choice(["question", "municipality", "history"])] = rng.choice(WRONG)
    elif pick == 2:  # a malformed message in the history
        history = list(HISTORY)
        history.insert(rng.randrange(3), rng.choice([*WRONG, {"role": "tool", "content": "x"}]))
        request["history"] = history
    elif pick == 3:  # a huge string
        request[rng.choice(["question", "municipality"])] = "Jeugd " * rng.randrange(200, 20_000)
    elif pick == 4:  # control characters and line separators
        request["question"] = rng.choice(WEIRD) + str(request["question"]) + rng.choice(WEIRD)
    elif pick == 5:  # a lone surrogate, written as a JSON escape, in the question or place
        escape = rng.choice(["\\ud800", "\\udfff", "\\udc80", "\\ud83d"])
        where = rng.choice(["?", "Twenterand"])
        return json.dumps(request).replace(where, where + escape, 1).encode() + b"\n"
    elif pick == 6:  # nesting, closed or not
        depth = rng.choice([10, 500, 5_000, 50_000])
        opened = rng.choice(["[", '{"a":'])
        closed = "]" if opened == "[" else "}"
        return (opened * depth + "1" + closed * rng.choice([0, depth])).encode() + b"\n"
    elif pick == 7:  # random bytes
        return rng.randbytes(rng.randrange(1, 300)).replace(b"\n", b"") + b"\n"
    elif pick == 8:  # JSON that is no object, or nothing at all
        return rng.choice([b"null", b"42", b'"Jeugd"', b"[]", b"", b"  ", b"\t", b"\r"]) + b"\n"
    else:  # odd characters after the question
        request["question"] = f"{request['question']} " + "".join(
            chr(rng.randrange(32, 0x3000)) for _ in range(8)
        )
    return json.dumps(request, ensure_ascii=rng.random() < 0.5).encode() + b"\n"


def test_fuzzed_lines_each_get_one_answer_line_and_the_process_lives_on(
    use_built_index, tmp_path: Path
) -> None:
    rng = random.Random(14)
    lines = [fuzz_line(rng) for _ in range(300)]
    valid = {
        i: rng.choice([(JEUGD_2023, 16423993), (FOLLOW_UP, 16695012)]) for i in range(5, 300, 50)
    }
    for i, (request, _) in valid.items():
        lines[i] = line(request)
    env = {**env_for_subprocess(use_built_index), "PYTHONIOENCODING": "utf-8:strict"}
    stderr = tmp_path / "stderr"
    with stderr.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "assistant", "ask", "--jsonl"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=err,
            env=env,
            cwd=PROJECT_ROOT,
        )
    assert proc.stdin and proc.stdout

    def feed() -> None:
        proc.stdin.write(b"".join(lines))
        proc.stdin.flush()

    watchdog = threading.Timer(300, proc.kill)  # a hang fails the test rather than hanging it
    watchdog.start()
    try:
        feeder = threading.Thread(target=feed)  # while the answers are read: no full pipes
        feeder.start()
        output = [proc.stdout.readline() for _ in lines]
        feeder.join()
        alive = proc.poll() is None  # everything answered, and waiting for the next line
        proc.stdin.write(line(JEUGD_2023))
        proc.stdin.close()
        last = proc.stdout.read()
        returncode = proc.wait(timeout=60)
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
    assert alive and returncode == 0, stderr.read_text(errors="replace")[-3000:]
    assert len(last.splitlines()) == 1 and json.loads(last)["figures"][0]["value"] == 16423993
    for i, raw in enumerate(output):
        text = raw.decode("utf-8")
        assert text.endswith("\n") and len(text.splitlines()) == 1, (i, lines[i][:200], text)
        answer = json.loads(text)
        assert set(answer) - {"error"} == CONTRACT, (i, answer)
        assert answer["kind"] in ("figure", "text", "refusal", "clarification")
        if i in valid:
            assert "error" not in answer and answer["figures"][0]["value"] == valid[i][1], answer
