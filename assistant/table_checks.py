"""Self-checks of tables as read: do the parts add up to the printed total? (pure functions)

A reading error (a figure in the wrong column, a label that swallowed a number, a missed
scale) mostly shows as a total that no longer matches its parts. Every "Totaal ..." row of
amounts is checked against the rows above it, back to the previous total or the start of
its table or group (or a run of them right above it that adds up), column by column. Printed
figures are rounded, so each part may be half a unit off: the tolerance is one printed unit
per part. A table that fails is reported at build time and on the Beheer page, and answers
from it say so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from .dutch_numbers import plain
from .figures import TableCell


@dataclass(frozen=True)
class TotalCheck:
    document_id: str
    table: str
    total_row: str
    column: str
    parts: tuple[str, ...]
    printed: Decimal
    added: Decimal
    tolerance: Decimal

    @property
    def ok(self) -> bool:
        if abs(self.printed - self.added) <= self.tolerance:
            return True
        # a subtotal among the parts ('Subtotaal' printed without the word): twice the total
        return abs(self.printed * 2 - self.added) <= self.tolerance

    def describe(self) -> str:
        """In Dutch, for staff: which total, what it says and what its parts add up to."""
        return (
            f"{self.table}: '{self.total_row}' ({self.column}) is {plain(self.printed)}, maar "
            f"de {len(self.parts)} rijen erboven tellen op tot {plain(self.added)}"
        )


# A column of a rate per thing ('Per inwoner 2026', 'Bedrag per huishouden')
RATE_COLUMN = re.compile(r"^\s*(?:\w+\s+)?per\s", re.I)
# The word that makes a row a total ('Totaal lasten': of the rows 'Lasten')
TOTAL_OF = re.compile(r"^\s*totaal\s+", re.I)
# a column of the deviation from the budget, whose sign a row's V/N mark may give
DEVIATION_COLUMN = re.compile(r"^(verschil|afwijking)\b", re.I)


def check_totals(cells: Iterable[TableCell]) -> list[TotalCheck]:
    """A check for every total row with two or more parts above it, per column."""
    tables: dict[tuple[str, str], list[TableCell]] = {}
    for cell in cells:
        if cell.kind == "table":
            tables.setdefault((cell.document_id, cell.table), []).append(cell)
    checks: list[TotalCheck] = []
    for (document_id, table), table_cells in tables.items():
        rows: dict[tuple[int, str], dict[str, TableCell]] = {}
        for cell in sorted(table_cells, key=lambda c: c.line):
            rows.setdefault((cell.line, cell.row), {})[cell.column] = cell
        parts: list[tuple[str, dict[str, TableCell]]] = []
        in_group: list[tuple[str, dict[str, TableCell]]] = []  # the rows of the last group
        table_rows: list[tuple[str, dict[str, TableCell]]] = []  # all but totals
        # subtotals ('Subtotaal programma's') stand for the rows they add up, in the total
        # below them
        subtotals: list[tuple[str, dict[str, TableCell]]] = []
        previous_line = None
        previous_group = None
        previous_page = 0
        for (line, label), by_column in rows.items():
            page = next(iter(by_column.values())).page
            # lines apart: another table under the same caption, unless a page break (and the
            # header printed again under it) stands between them
            if previous_line is not None and line - previous_line > 3 and page == previous_page:
                parts, in_group, subtotals, table_rows = [], [], [], []
            previous_page = page
            group = next(iter(by_column.values())).group
            if group != previous_group:
                in_group = []
            previous_line, previous_group = line, group
            subtotal = label.lower().startswith("subtota")
            if not label.lower().startswith("totaal") and not subtotal:
                parts.append((label, by_column))
                in_group.append((label, by_column))
                table_rows.append((label, by_column))
                continue
            # a total named after the rows it adds up, wherever they stand in the table
            # ('Totaal lasten' of each programme's 'Lasten', between their 'Baten')
            named = TOTAL_OF.sub("", label).strip().lower()
            alike = [(part, row) for part, row in table_rows if part.strip().lower() == named]
            of_alike = (
                _check(document_id, table, label, by_column, alike) if len(alike) >= 2 else []
            )
            if of_alike and all(f.ok for f in of_alike):
                checks.extend(of_alike)
                parts, in_group = [], []
                continue
            # (a subtotal is not checked itself: it may leave out a row above it, as the
            # starting balance of a budget's update)
            added = [*subtotals, *parts]
            if len(added) >= 2 and not subtotal:
                found = _check(document_id, table, label, by_column, added)
                if not all(f.ok for f in found):
                    # a total of the rows right above it only: of its group ('Totaal mutaties
                    # reserves' under its heading), else the longest run of them that adds up
                    # ('Totaal bestemmingsreserves' under the algemene reserve)
                    group = [len(added) - len(in_group)] if 2 <= len(in_group) < len(added) else []
                    of_tail: dict[str, TotalCheck] = {}
                    for start in [*group, *range(1, len(added) - 1)]:
                        for t in _check(document_id, table, label, by_column, added[start:]):
                            if t.ok:
                                of_tail.setdefault(t.column, t)
                    found = [f if f.ok else of_tail.get(f.column, f) for f in found]
                checks.extend(found)
            subtotals = [*subtotals, (label, by_column)] if subtotal else []
            parts, in_group = [], []
    return checks


def parts_add_up(total: dict[str, TableCell], parts: list[dict[str, TableCell]]) -> bool:
    """Whether rows (each its cells by column) add up to a total row in every column of
    amounts they all print, and there is one."""
    found = _check("", "", "", total, [("", part) for part in parts])
    return bool(found) and all(f.ok for f in found)


def _check(
    document_id: str,
    table: str,
    total_row: str,
    totals: dict[str, TableCell],
    parts: list[tuple[str, dict[str, TableCell]]],
) -> list[TotalCheck]:
    out = []
    for column, total in totals.items():
        values = [p.get(column) for _, p in parts]
        if total.value is None or any(v is None or v.value is None for v in values):
            continue  # a part without this column: nothing to check
        if total.unit != "EUR" or RATE_COLUMN.match(column):
            # a total of counts or percentages is often no sum of the rows above, nor is the
            # rate of all rows ('Per inwoner 2026': the same € 59,84 for each and for all)
            continue
        added = sum((_signed_in(p, column) for _, p in parts), Decimal(0))
        unit = Decimal(max(total.scale, 1) if total.unit == "EUR" else 1)
        out.append(
            TotalCheck(
                document_id, table, total_row, column, tuple(label for label, _ in parts),
                _signed_in(totals, column), added, unit * len(parts),
            )
        )  # fmt: skip
    return out


def _signed(cell: TableCell) -> Decimal:
    """A deviation marked nadeel counts against those marked voordeel ('43.534 V',
    '12.281 N' add up to 31.253 V), whether or not it is printed negative too ('(80) N')."""
    value = cell.value or Decimal(0)
    mark = _mark(cell)
    return -abs(value) if mark == "nadeel" else abs(value) if mark == "voordeel" else value


def _signed_in(row: dict[str, TableCell], column: str) -> Decimal:
    """A row's cell in a column, signed by its own mark; a deviation without one by the mark
    of its row ('Verschil €' and 'Verschil %' under one column 'V/N', whose mark went with
    the percentage beside it)."""
    cell = row[column]
    marks = {_mark(c) for c in row.values()} - {""}
    if _mark(cell) or not DEVIATION_COLUMN.match(column) or len(marks) != 1:
        return _signed(cell)
    value = cell.value or Decimal(0)
    return -value if marks == {"nadeel"} and value > 0 else value


def _mark(cell: TableCell) -> str:
    """'voordeel' or 'nadeel' when a deviation's mark says which, else ''."""
    mark = cell.annotation.split(" (")[0]
    return mark if mark in ("voordeel", "nadeel") else ""


def failed_tables(cells: Iterable[TableCell]) -> dict[tuple[str, str], list[TotalCheck]]:
    """The tables whose totals do not match their parts, with the failing checks."""
    failed: dict[tuple[str, str], list[TotalCheck]] = {}
    for check in check_totals(cells):
        if not check.ok:
            failed.setdefault((check.document_id, check.table), []).append(check)
    return failed
