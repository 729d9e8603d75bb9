"""Evaluation sets and scoring by the rules of FORMAT.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.evaluation import EvalSetError, Turn, load_eval_set, score

from .conftest import SHARED


def _turn(kind: str, **expect) -> Turn:
    return Turn("c", 0, "q", kind, expect, None)


def test_shared_dev_sets_load() -> None:
    for path in sorted((SHARED / "evals").glob("*.yaml")):
        eval_set = load_eval_set(path)
        assert eval_set.cases
    dev = load_eval_set(SHARED / "evals" / "dev.yaml")
    conv = next(c for c in dev.cases if c.id == "d-conv-01")
    assert len(conv.turns) == 3 and conv.turns[1].municipality == "Twenterand"


def test_bad_set_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\ncases:\n- id: x\n  question: q\n  kind: figure\n")
    with pytest.raises(EvalSetError, match="mist 'value'"):
        load_eval_set(bad)
    bad.write_text("cases: []\n")
    with pytest.raises(EvalSetError, match="version: 1"):
        load_eval_set(bad)


def test_figure_scoring() -> None:
    cite = [{"municipality": "Twenterand"}]
    answer = {"kind": "figure", "figures": [{"value": -2822774}], "citations": cite}
    assert score(_turn("figure", value=2822774, municipality="Twenterand"), answer)[0]
    assert not score(_turn("figure", value=2822774, signed=True), answer)[0]
    assert not score(_turn("figure", value=2822774, municipality="Dinkelland"), answer)[0]
    pct = {"kind": "figure", "figures": [{"value": 2.2}], "citations": []}
    assert score(_turn("figure", value=2.18, tolerance=0.06), pct)[0]
    assert not score(_turn("figure", value=2.18), pct)[0]
    assert score(_turn("figure", accept=[80, 88]), {"figures": [{"value": 88}]})[0]


def test_text_refusal_and_any_scoring() -> None:
    answer = {"kind": "text", "text": "Het Meldpunt Loverboy.", "figures": [], "citations": []}
    assert score(_turn("text", include=[["meldpunt", "x"]]), answer)[0]
    assert not score(_turn("text", include=["meldpunt", "ontbreekt"]), answer)[0]
    assert not score(_turn("any", exclude=["loverboy"]), answer)[0]
    assert score(_turn("refusal"), {"kind": "refusal", "figures": []})[0]
    assert not score(_turn("refusal"), answer)[0]
