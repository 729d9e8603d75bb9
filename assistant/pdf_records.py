"""Ruled PDF tables whose rows are records: a label, a few figures, and running text.

The paragraph on verbonden partijen and the risk paragraph of a begroting print one ruled
row per body or risk: its name in the first column, an amount ('€ 2.207.160') or two
('01-01-2024: € 1.787.000' over '31-12-2024: € 1.667.000') in others, and whole paragraphs
beside them ('Bestuurlijk belang', 'Omvang risico's'). Read line by line, such a row falls
apart: the name wraps over three lines, the amount stands on a line of its own between two
halves of sentences from the text columns. Read by the table's borders, every cell is
whole, and the row is two things: a table row (the label and its figures, under the
column headers) and paragraphs (each text cell, named by its row and column).

The borders come from pdfplumber's table finder. A table is read this way only when they
hold every word inside it, its figure columns have a header (on this page, or carried over
from the table's first page when it runs on without one), and it has a column of running
text; other ruled tables are left to the reading by position.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .table_grid import is_value

PROSE_WORDS = 8  # a cell of running text holds at least this many words ...
PROSE_SHARE = 0.5  # ... in at least this share of a column's rows
VALUE_SHARE = 0.5  # a figure column holds a figure in at least this share of its rows
EDGE_SLACK = 6.0  # points: a table on the next page runs on when its columns start here too
GAP = "   "  # between the cells of a written row
WORDS_IN_BRACKETS = re.compile(r"\(([^()\d]*[a-z][^()\d]*)\)")


@dataclass(frozen=True)
class RecordHeader:
    """The column headers of a record table, and where its columns start (points)."""

    names: tuple[str, ...]
    starts: tuple[float, ...]

    def names_at(self, starts: list[float]) -> list[str] | None:
        """The header of each column of a table that runs on, by where its columns start
        (the nearest column of this header); None when a column starts where none did.
        (A header cell's border may have cut a sliver of a column that no row uses.)"""
        names = []
        for x in starts:
            k = min(range(len(self.starts)), key=lambda k: abs(self.starts[k] - x))
            if abs(self.starts[k] - x) > EDGE_SLACK:
                return None
            names.append(self.names[k])
        return names


@dataclass(frozen=True)
class RecordTable:
    """A record table read: its box, its rows as lines of text (header first) and its text
    cells as paragraphs, each named by its row and column."""

    bbox: tuple[float, float, float, float]
    rows: list[str]
    paragraphs: list[str]
    header: RecordHeader


def joined(text: str | None) -> str:
    """A cell's lines as one line: a word broken at a hyphen is joined again ('Gemeen-' over
    'schappelijke'), a compound keeps its hyphen ('Gouwe-' over 'Rijnland', 'WOZ-' over
    'waarde')."""
    out = ""
    for line in (text or "").split("\n"):
        line = line.strip()
        if not line:
            continue
        if out.endswith("-") and out[-2:-1].isalpha():
            broken = out[-2:-1].islower() and line[:1].islower()
            out = (out[:-1] if broken else out) + line
        else:
            out = f"{out} {line}" if out else line
    return out


def _figures(cell: str | None) -> tuple[list[tuple[str, str]], bool] | None:
    """The figures of a cell as (key, figure) with whether words follow them: '€ 2.207.160'
    is [('', '€ 2.207.160')]; '01-01-2024:' over '€ 1.787.000', and so on, is a figure per
    key; '€ 524.000' over 'waarvan €395.053 ...' is its first figure with words after it.
    None when the cell does not start with a figure."""
    lines = [ln.strip() for ln in (cell or "").split("\n") if ln.strip()]
    if not lines:
        return None
    if lines[0].endswith(":"):
        pairs = list(zip(lines[::2], lines[1::2]))
        if len(lines) % 2 == 0 and all(
            key.endswith(":") and is_value(figure) for key, figure in pairs
        ):
            return [(key[:-1].strip(), figure) for key, figure in pairs], False
        return None
    if is_value(lines[0]) and any(ch.isdigit() for ch in lines[0]):
        return [("", lines[0])], len(lines) > 1
    return None


def _is_prose(cell: str | None) -> bool:
    if _figures(cell) is not None:
        return False  # a figure with words after it ('€ 524.000' over 'waarvan ...')
    words = joined(cell).split()
    return len(words) >= PROSE_WORDS and sum(w[:1].islower() for w in words) * 2 >= len(words)


def record_table(
    table: Any, words: list[dict[str, Any]], carried: RecordHeader | None
) -> RecordTable | None:
    """A ruled table read as records, or None when it is no record table (see the module)."""
    texts = table.extract()
    width = max(map(len, texts), default=0)
    if width < 3:
        return None
    cells = [list(row) + [None] * (width - len(row)) for row in texts]
    starts = [column.bbox[0] for column in table.columns]
    first = next(
        (k for k, row in enumerate(cells) if any(_figures(c) for c in row[1:])), None
    )
    if first is None:
        return None
    head, body = cells[:first], [row for row in cells[first:] if any(row)]
    if head and not any(row[0] for row in head) and any(_is_prose(c) for c in head[0]):
        # running text above the first figures, under no label, is no header: the rest of
        # a row of the page before, where the table started
        head, body = [], [row for row in cells if any(row)]
    columns = range(1, width)
    prose = [j for j in columns if _share(body, j, _is_prose) >= PROSE_SHARE]
    figures = [
        j for j in columns
        if j not in prose and _share(body, j, lambda c: _figures(c) is not None) >= VALUE_SHARE
    ]  # fmt: skip
    if not prose or not figures or not _holds_every_word(table.bbox, texts, words):
        return None
    names = _header_names(head, figures, width)
    header = RecordHeader(tuple(names or ()), tuple(starts))
    if names is None:
        names = carried.names_at(starts) if carried is not None and not head else None
        if names is None or not all(names[j] for j in figures):
            return None  # figures without a header say nothing
        header = carried
    keys = {j: _keys(body, j) for j in figures}
    grid = [[names[0], *(f"{names[j]} {key}".strip() for j in figures for key in keys[j])]]
    paragraphs = []
    for row in body:
        label = joined(row[0])
        found = {j: _figures(row[j]) for j in figures}
        in_grid = bool(label) and any(found.values())
        if in_grid:
            grid.append([label, *(_figure_at(found[j], key) for j in figures for key in keys[j])])
        for j in columns:
            text = joined(row[j])
            # every cell the row's line does not hold whole is told: text, a figure with
            # words after it, a figure in words ('€ 4,6 mrd.'), 'nihil'
            written = in_grid and j in figures and found[j] is not None and not found[j][1]
            if text and not written:
                named = f"{label} – {names[j]}" if label else names[j]
                paragraphs.append(f"{named}: {text}" if named else text)
    rows = _written(grid) if len(grid) > 1 else []
    return RecordTable(tuple(table.bbox), rows, paragraphs, header)


def _share(rows: list[list[str | None]], j: int, test: Any) -> float:
    return sum(bool(test(row[j])) for row in rows) / len(rows) if rows else 0.0


def words_inside(
    words: list[dict[str, Any]], box: tuple[float, float, float, float]
) -> Iterator[dict[str, Any]]:
    """The words whose middle stands inside a box (x0, top, x1, bottom)."""
    x0, top, x1, bottom = box
    return (
        w
        for w in words
        if x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and top <= (w["top"] + w["bottom"]) / 2 <= bottom
    )


def _holds_every_word(
    box: tuple[float, float, float, float],
    texts: list[list[str | None]],
    words: list[dict[str, Any]],
) -> bool:
    """Whether a table's cells (`texts`) hold every word whose middle stands inside its box
    (the borders cut no text off)."""
    inside = sorted(w["text"] for w in words_inside(words, box))
    held = sorted(" ".join(c or "" for row in texts for c in row).split())
    return inside == held


def _header_names(head: list[list[str | None]], figures: list[int], width: int) -> list[str] | None:
    """Each column's header from the rows above the first figure; a figure column whose own
    header cell is empty takes the header of a neighbour that heads no figures (a header
    cell the table finder set one column off). None when a figure column has no header."""
    if not head:
        return None
    # words in brackets name what a column holds ('Financieel belang (omvang
    # deelnemersbijdrage)'): they stay, out of their brackets, which mark notes in a header
    names = [
        WORDS_IN_BRACKETS.sub(r"\1", joined("\n".join(row[j] or "" for row in head)))
        for j in range(width)
    ]
    for j in figures:
        if not names[j]:
            spare = [k for k in (j + 1, j - 1) if 0 < k < width and k not in figures and names[k]]
            if not spare:
                return None
            names[j], names[spare[0]] = names[spare[0]], ""
    return names


def _keys(body: list[list[str | None]], j: int) -> list[str]:
    """The keys of a figure column's cells ('01-01-2024', '31-12-2024'), in their order; ['']
    for a column of one figure per cell."""
    keys: list[str] = []
    for row in body:
        for key, _ in (_figures(row[j]) or ([], False))[0]:
            if key not in keys:
                keys.append(key)
    return keys or [""]


def _figure_at(found: tuple[list[tuple[str, str]], bool] | None, key: str) -> str:
    return next((figure for k, figure in (found[0] if found else []) if k == key), "")


def _written(grid: list[list[str]]) -> list[str]:
    """Rows as lines of text: the label left, each figure flush right under its header."""
    widths = [max(len(row[j]) for row in grid) for j in range(len(grid[0]))]
    lines = []
    for row in grid:
        line = row[0].ljust(widths[0])
        for cell, size in zip(row[1:], widths[1:]):
            line += GAP + cell.rjust(size)
        lines.append(line.rstrip())
    return lines
