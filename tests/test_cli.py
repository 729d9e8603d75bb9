"""The command line, run as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import env_for_subprocess, run_cli, small_corpus

run = run_cli


def test_ask_jsonl_follows_the_answer_contract(use_built_index) -> None:
    lines = [
        {"question": "Wat is het Twents model?", "municipality": "Twenterand", "history": []},
        {"question": "Hoeveel kost de nieuwe sporthal in Vroomshoop?", "municipality": None},
        {"question": "", "municipality": None, "history": []},
    ]
    stdin = "\n".join(json.dumps(x) for x in lines) + "\nnot json\n"
    result = run(["ask", "--jsonl"], env_for_subprocess(use_built_index), stdin)
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == 4  # one answer per input line, in order
    for answer in answers:  # a malformed line's answer also says what was wrong
        assert set(answer) - {"error"} == {"kind", "text", "figures", "citations", "timing_ms"}
        assert answer["kind"] in ("figure", "text", "refusal", "clarification")
        assert isinstance(answer["timing_ms"], float)
        for citation in answer["citations"]:
            assert set(citation) == {"document", "municipality", "section", "locator", "quote"}
    assert answers[0]["kind"] == "text"
    assert answers[0]["citations"][0]["municipality"] == "Twenterand"
    assert answers[1]["kind"] == "refusal" and answers[1]["figures"] == []
    assert answers[2]["kind"] == "clarification"
    assert "Ongeldige invoerregel" in answers[3]["text"]
    assert ["error" in answer for answer in answers] == [False, False, False, True]


def test_ask_prints_the_answer_with_sources(use_built_index) -> None:
    result = run(
        ["ask", "Wat is het MaaS project?", "--municipality", "Dinkelland"],
        env_for_subprocess(use_built_index),
    )
    assert result.returncode == 0, result.stderr
    assert "MaaS" in result.stdout and "[1] Dinkelland" in result.stdout


def test_build_reports_bad_documents_by_name_and_indexes_the_rest(tmp_path: Path) -> None:
    corpus = small_corpus(tmp_path / "corpus")
    (corpus / "kapot.txt").write_bytes(b"\x00\xff\x00 binary")
    env = env_for_subprocess_paths(tmp_path / "index", corpus)
    result = run(["build", "--corpus", str(corpus), "--index", str(tmp_path / "index")], env)
    assert result.returncode == 0, result.stderr
    assert "kapot.txt" in result.stderr and "1 documenten" in result.stdout

    again = run(["build", "--if-stale", "--index", str(tmp_path / "index")], env)
    assert "bijgewerkt" in again.stdout


def test_ask_without_an_index_says_how_to_build_one(tmp_path: Path) -> None:
    env = env_for_subprocess_paths(tmp_path / "geen-index", tmp_path)
    result = run(["ask", "Wat is het Twents model?"], env)
    assert result.returncode == 1
    assert "python -m assistant build" in result.stderr


def env_for_subprocess_paths(index: Path, corpus: Path) -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["ASSISTANT_INDEX"] = str(index)
    env["ASSISTANT_CORPUS"] = str(corpus)
    return env


def test_add_copies_a_pdf_with_a_manifest_entry_and_updates_the_index(tmp_path: Path) -> None:
    import yaml

    from .pdfmaker import BUDGET_PAGES, make_pdf

    corpus = small_corpus(tmp_path / "corpus")
    source = tmp_path / "download (3).pdf"
    source.write_bytes(make_pdf(BUDGET_PAGES))
    env = env_for_subprocess_paths(tmp_path / "index", corpus)
    result = run(
        ["add", str(source), "--corpus", str(corpus), "--index", str(tmp_path / "index")], env
    )
    assert result.returncode == 0, result.stderr
    assert "Proefdorp" in result.stdout and "uit de inhoud gelezen" in result.stdout
    assert "Passages embedden" in result.stderr  # progress is shown while it works
    entries = yaml.safe_load((corpus / "manifest.yaml").read_text())["documents"]
    entry = entries[-1]
    assert entry["municipality"] == "Proefdorp" and entry["year"] == 2031
    assert (corpus / entry["file"]).exists()
    assert set(entry["detected_from_content"]) == {"municipality", "year", "type"}

    again = run(
        ["add", str(source), "--corpus", str(corpus), "--index", str(tmp_path / "index")], env
    )
    assert again.returncode == 1 and "staat al in het corpus" in again.stderr
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf at all")
    bad = run(["add", str(junk), "--corpus", str(corpus), "--index", str(tmp_path / "index")], env)
    assert bad.returncode == 1 and "junk.pdf" in bad.stderr and "geen PDF" in bad.stderr
    assert len(yaml.safe_load((corpus / "manifest.yaml").read_text())["documents"]) == 1
