"""The synthetic scale corpus: renamed, every figure perturbed and recorded, still answerable."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.bench import eval_sets
from assistant.corpus import read_corpus
from assistant.figures import document_figures
from assistant.parsing import parse_sections
from assistant.scale import (
    default_sources,
    lookup_probes,
    measure,
    perturb_number,
    perturb_raw,
    synthesize,
)
from assistant.settings import Settings

from .conftest import CORPUS


@pytest.mark.parametrize(
    ("printed", "factor", "expected"),
    [
        ("19.736.176", "1.1", "21.709.794"),  # thousands separators kept
        ("1123", "1.1", "1235"),  # printed without separators stays so
        ("7,7", "1.03", "7,9"),  # one decimal stays one decimal
        ("3", "1.05", "4"),  # would round back to 3: moves one unit
        ("3", "0.95", "2"),
        ("1.000", "0.8", "800"),
    ],
)
def test_perturb_number_keeps_the_printed_form(printed: str, factor: str, expected: str) -> None:
    assert perturb_number(printed, Decimal(factor)) == expected


def test_annotations_are_not_perturbed() -> None:
    assert perturb_raw("(1) 455", Decimal("1.1")) == "(1) 501"
    assert perturb_raw("€ 45.500", Decimal("2")) == "€ 91.000"


def _cells(text: str) -> list:
    return document_figures(parse_sections(text), document_id="d", municipality="m")


def test_synthetic_corpus_renames_and_perturbs_every_figure(tmp_path: Path) -> None:
    sources = ["Dinkelland", "Twenterand"]
    made = synthesize((CORPUS,), sources, 4, tmp_path / "a")
    real = {d.municipality: d for d in read_corpus((CORPUS,)).documents}
    docs = {d.municipality: d for d in read_corpus((tmp_path / "a",)).documents}
    assert sorted(docs) == sorted(s.municipality for s in made)
    record = json.loads((tmp_path / "a" / "perturbations.json").read_text(encoding="utf-8"))
    assert [r["municipality"] for r in record["municipalities"]] == [s.municipality for s in made]
    for s in made:
        text = docs[s.municipality].text
        assert s.source.lower() not in text.lower() and s.municipality in text
        before, after = _cells(real[s.source].text), _cells(text)
        assert len(before) == len(after) > 0
        for old, new in zip(before, after):
            if old.value is not None:
                assert new.value != old.value, (old.raw, new.raw)
                if abs(old.value) >= 100:  # small counts round; large ones show the factor
                    assert abs(new.value / old.value - s.factor) < Decimal("0.01")
    # a fixed seed: the same corpus again, byte for byte
    synthesize((CORPUS,), sources, 4, tmp_path / "b")
    for path in (tmp_path / "a").iterdir():
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes()


def test_probes_expect_the_perturbed_cell(tmp_path: Path) -> None:
    sets = eval_sets()
    probes = lookup_probes(sets, (CORPUS,), ["Twenterand"])
    assert len(probes) >= 10
    made = synthesize((CORPUS,), ["Twenterand"], 1, tmp_path)
    doc = read_corpus((tmp_path,)).documents[0]
    values = {abs(c.value) for c in _cells(doc.text) if c.value is not None}
    for probe in probes:
        turn = probe.for_synthetic(made[0])
        assert turn.municipality == made[0].municipality
        assert "Twenterand" not in turn.question
        assert any(v in values for v in turn.expect["accept"]), probe.turn.case_id


def test_figure_answers_find_each_synthetic_municipality(tmp_path: Path) -> None:
    """A real build of three synthetic municipalities: every lookup gets its own perturbed
    value, never a neighbour's or the original's."""
    sets = eval_sets()
    settings = Settings.load(corpus_dirs=str(CORPUS))
    assert default_sources(sets, settings.corpus_dirs) == ["Dinkelland", "Twenterand"]
    result = measure(settings, sets, 3, ["Dinkelland"], tmp_path)
    assert result.documents == 3 and result.chunks > 0 and result.index_mb > 0
    assert result.asked >= 3 * 6
    assert result.correct == result.asked, result.failures
