"""Typed results shared by the CLI, the app and the evaluation: answers, figures, citations."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any, Literal

AnswerKind = Literal["figure", "text", "refusal", "clarification"]


@dataclass(frozen=True)
class Citation:
    """Where a statement or figure comes from, precise enough to look it up."""

    document: str
    municipality: str
    section: str
    locator: str
    quote: str
    title: str = ""
    highlight: str = ""  # the cited sentence or cell, for marking in the UI
    passage: str = ""  # the whole passage or table the quote stands in, for the UI

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "municipality": self.municipality,
            "section": self.section,
            "locator": self.locator,
            "quote": self.quote,
        }


@dataclass(frozen=True)
class Figure:
    """A number in an answer: a table cell, or arithmetic over cells with its derivation."""

    value: Decimal
    unit: str
    label: str
    period: str
    citation: int
    derivation: str | None = None
    scale: int = 1

    def to_json(self) -> dict[str, Any]:
        value = self.value
        number: int | float = int(value) if value == value.to_integral_value() else float(value)
        return {
            "value": number,
            # the answer contract knows EUR, count, percent and grade: a ratio is a number as
            # printed without a unit, as a grade is
            "unit": "grade" if self.unit == "ratio" else self.unit,
            "label": self.label,
            "period": self.period,
            "derivation": self.derivation,
            "citation": self.citation,
        }


@dataclass(frozen=True)
class Answer:
    """What the assistant says to one question."""

    kind: AnswerKind
    text: str
    figures: tuple[Figure, ...] = ()
    citations: tuple[Citation, ...] = ()
    timing_ms: float = 0.0
    understood_as: str = ""  # how a question or follow-up was read, shown in the chat
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The `ask --jsonl` answer contract of FORMAT.md."""
        return {
            "kind": self.kind,
            "text": self.text,
            "figures": [f.to_json() for f in self.figures],
            "citations": [c.to_json() for c in self.citations],
            "timing_ms": round(self.timing_ms, 2),
        }


def as_plain(obj: Any) -> Any:
    """A dataclass tree as plain JSON-ready values (Decimal becomes str)."""
    if isinstance(obj, Decimal):
        return str(obj)
    if hasattr(obj, "__dataclass_fields__"):
        return {k: as_plain(v) for k, v in asdict(obj).items()}
    if isinstance(obj, (list, tuple)):
        return [as_plain(v) for v in obj]
    if isinstance(obj, dict):
        return {k: as_plain(v) for k, v in obj.items()}
    return obj
