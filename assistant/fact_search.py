"""Facts found by meaning: every row of every table, described in a line and embedded.

The word matcher of `figure_answers` finds a row by the words it prints. A resident often
uses other words ("hoeveel mensen werkten er" for "Aantal medewerkers"). Each measure (the
cells that share a row label in one table, or one amount in a sentence) gets a short
description (row, group, caption, section) embedded with the index's own model at build
time; a question is compared with all of them. The nearest rows are candidates, never an
answer by themselves: the figure path still needs a word of the question in the row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from .figures import TableCell

MeasureKey = tuple[str, str, str, str]


def measure_key(cell: TableCell) -> MeasureKey:
    """The cells of one row of one table share this key (and one amount in a sentence)."""
    return (cell.document_id, cell.table or cell.quote, cell.group, cell.row)


def describe(cell: TableCell) -> str:
    """A measure in one line: what a resident might call it, and where it stands."""
    section = " > ".join(cell.section.split(" > ")[-2:])
    parts = [cell.row, cell.group, cell.table if cell.kind == "table" else "", section]
    return ". ".join(p.strip() for p in dict.fromkeys(parts) if p and p.strip())[:300]


def description_id(text: str, model: str) -> str:
    return hashlib.sha256(f"{model}|{text}".encode()).hexdigest()[:32]


def measure_descriptions(cells: Iterable[TableCell]) -> dict[MeasureKey, str]:
    out: dict[MeasureKey, str] = {}
    for cell in cells:
        out.setdefault(measure_key(cell), describe(cell))
    return out


@dataclass
class FactIndex:
    """The embedded descriptions of the measures, searched by cosine similarity."""

    keys: list[MeasureKey]
    matrix: np.ndarray  # one normalised row per key
    embed_query: Callable[[str], Sequence[float]]

    def nearest(
        self, question: str, allowed: set[MeasureKey], k: int = 5
    ) -> list[tuple[float, MeasureKey]]:
        """The k measures most like the question, among the allowed ones (the scope)."""
        if not self.keys:
            return []
        vector = np.asarray(self.embed_query(question), dtype=np.float32)
        vector /= np.linalg.norm(vector) or 1.0
        scores = self.matrix @ vector
        order = np.argsort(-scores)
        out = []
        for i in order:
            if self.keys[i] in allowed:
                out.append((float(scores[i]), self.keys[i]))
                if len(out) == k:
                    break
        return out


def fact_index(
    descriptions: dict[MeasureKey, str],
    vectors: dict[str, Sequence[float]],
    model: str,
    embed_query: Callable[[str], Sequence[float]],
) -> FactIndex:
    """The index over the measures whose description has a stored vector."""
    keys, rows = [], []
    for key, text in descriptions.items():
        vector = vectors.get(description_id(text, model))
        if vector is not None:
            keys.append(key)
            rows.append(vector)
    if not rows:  # a corpus without tables
        return FactIndex([], np.zeros((0, 1), dtype=np.float32), embed_query)
    matrix = np.asarray(rows, dtype=np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True).clip(min=1e-9)
    return FactIndex(keys, matrix, embed_query)
