"""Domain vocabulary as data: the Iv3 taakvelden and the words residents use (data/).

`taakvelden.csv` is CBS's list of Iv3 taakvelden (code, name, the budget years a code is used
in); `vocabulary.yaml` maps words residents use to the words budgets print, each entry with
its source. Both are read once.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Taakveld:
    code: str
    name: str
    first_year: int
    last_year: int


@dataclass(frozen=True)
class VocabularyEntry:
    word: str
    means: tuple[str, ...]
    source: str
    taakvelden: tuple[str, ...] = ()
    # each printed word names the thing alone ('overschot' or 'resultaat'), not a phrase
    # a row prints whole ('algemene uitkering')
    alternatives: bool = False


@cache
def taakvelden() -> dict[str, Taakveld]:
    """The Iv3 taakvelden by code."""
    lines = [
        line
        for line in (DATA / "taakvelden.csv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    return {
        row["code"]: Taakveld(row["code"], row["name"], int(row["from"]), int(row["to"]))
        for row in csv.DictReader(lines, delimiter=";")
    }


@cache
def vocabulary_entries() -> tuple[VocabularyEntry, ...]:
    data = yaml.safe_load((DATA / "vocabulary.yaml").read_text(encoding="utf-8"))
    return tuple(
        VocabularyEntry(
            word=str(e["word"]).lower(),
            means=tuple(str(m).lower() for m in e["means"]),
            source=str(e["source"]),
            taakvelden=tuple(str(t) for t in e.get("taakvelden", ())),
            alternatives=bool(e.get("alternatives", False)),
        )
        for e in data["entries"]
    )


def resident_vocabulary() -> dict[str, tuple[str, ...]]:
    """Each resident's word and the printed words it stands for."""
    return {e.word: e.means for e in vocabulary_entries()}


def alternative_words() -> set[str]:
    """The residents' words whose printed words each name the thing alone."""
    return {e.word for e in vocabulary_entries() if e.alternatives}
