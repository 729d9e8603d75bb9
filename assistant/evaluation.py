"""Evaluation: reading evaluation sets (FORMAT.md), scoring answers, retrieval metrics."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from .errors import AssistantError

if TYPE_CHECKING:
    from .answering import Assistant

KINDS = ("figure", "text", "refusal", "any")


class EvalSetError(AssistantError):
    pass


@dataclass(frozen=True)
class Turn:
    """One question with its expectation; a conversation has several."""

    case_id: str
    turn: int
    question: str
    kind: str
    expect: dict[str, Any]
    municipality: str | None

    @property
    def id(self) -> str:
        return self.case_id if self.turn == 0 else f"{self.case_id}#{self.turn + 1}"


@dataclass(frozen=True)
class EvalCase:
    id: str
    turns: tuple[Turn, ...]


@dataclass
class EvalSet:
    name: str
    path: Path
    cases: list[EvalCase] = field(default_factory=list)


# An uploaded set is read by anyone who opens the page, and each turn runs the whole assistant:
# the limits keep that bounded, far above the real sets (at most 47 cases and 20 KB).
MAX_SET_BYTES = 1024 * 1024
MAX_CASES = 1000
MAX_TURNS = 2000
# libyaml parses several times faster and refuses absurd nesting; pure Python where it is missing
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def expected_values(expect: dict[str, Any]) -> list[Any]:
    """The expected number and the other acceptable ones (FORMAT.md: `value`, "or several
    acceptable numbers" in `accept`): a set may give both."""
    values = [expect["value"]] if expect.get("value") is not None else []
    return values + [v for v in expect.get("accept") or [] if v not in values]


def load_eval_set(path: Path) -> EvalSet:
    """Read an evaluation set file (no more of it than the size limit) and validate it."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_SET_BYTES + 1)
    except OSError as exc:
        raise EvalSetError(f"{path}: kan het bestand niet lezen ({exc}).") from exc
    return read_eval_set(data, Path(path))


def _parse_yaml(data: bytes, path: Path) -> Any:
    """The YAML document, refused when it uses aliases (`*name`): a few kilobytes of them can
    expand to millions of cases."""
    if len(data) > MAX_SET_BYTES:
        raise EvalSetError(
            f"{path}: het bestand is te groot (meer dan {MAX_SET_BYTES // 1024} KB); een "
            "evaluatieset is gewoonlijk enkele tientallen KB. Splits de set."
        )
    try:
        text = data.decode("utf-8")
        # the parser's events, before anything is built: stops at the first alias
        if any(isinstance(e, yaml.AliasEvent) for e in yaml.parse(text, Loader=_YAML_LOADER)):
            raise EvalSetError(
                f"{path}: verwijzingen (YAML-aliassen zoals *naam) worden niet gelezen, omdat "
                "een klein bestand daarmee tot een enorme set kan uitdijen. Schrijf elke vraag "
                "voluit."
            )
        return yaml.load(text, Loader=_YAML_LOADER)
    except UnicodeDecodeError as exc:
        raise EvalSetError(f"{path}: kan het bestand niet lezen ({exc}).") from exc
    except yaml.YAMLError as exc:
        raise EvalSetError(f"{path}: geen geldige YAML ({exc}).") from exc


def _too_many(path: Path, what: str, limit: int) -> EvalSetError:
    return EvalSetError(
        f"{path}: te veel {what}; een set heeft er ten hoogste {limit}, omdat de assistent ze "
        "allemaal beantwoordt en een grotere set de server te lang bezighoudt. Splits de set."
    )


def read_eval_set(data: bytes, path: Path) -> EvalSet:
    """Validate an evaluation set within the limits above; errors name the case and what to
    fix. The one loader for files (the CLI) and uploads (the app)."""
    document = _parse_yaml(data, path)
    if not isinstance(document, dict) or document.get("version") != 1:
        raise EvalSetError(f"{path}: verwacht 'version: 1' bovenaan de set.")
    raw_cases = document.get("cases")
    if not isinstance(raw_cases, list) or not raw_cases:
        raise EvalSetError(f"{path}: verwacht een niet-lege lijst 'cases'.")
    if len(raw_cases) > MAX_CASES:
        raise _too_many(path, f"vragen of gesprekken ({len(raw_cases)})", MAX_CASES)
    result = EvalSet(name=path.stem, path=path)
    seen: set[str] = set()
    n_turns = 0
    for i, raw in enumerate(raw_cases):
        if not isinstance(raw, dict) or not raw.get("id"):
            raise EvalSetError(f"{path}: case {i + 1} heeft geen 'id'.")
        case_id = str(raw["id"])
        if case_id in seen:
            raise EvalSetError(f"{path}: id '{case_id}' komt twee keer voor.")
        seen.add(case_id)
        municipality = raw.get("municipality")
        raw_turns = raw.get("turns") or [raw]
        turns = []
        for t, turn in enumerate(raw_turns):
            question = turn.get("question") if isinstance(turn, dict) else None
            kind = turn.get("kind", "any") if isinstance(turn, dict) else None
            if not isinstance(question, str) or not question.strip():
                raise EvalSetError(f"{path}: case '{case_id}' heeft geen 'question'.")
            if kind not in KINDS:
                raise EvalSetError(
                    f"{path}: case '{case_id}' heeft kind '{kind}'; kies uit {', '.join(KINDS)}."
                )
            expect = turn.get("expect") or {}
            if not isinstance(expect, dict):
                raise EvalSetError(f"{path}: case '{case_id}': 'expect' moet een mapping zijn.")
            if kind == "figure" and "value" not in expect and "accept" not in expect:
                raise EvalSetError(f"{path}: figure-case '{case_id}' mist 'value' of 'accept'.")
            turns.append(Turn(case_id, t, question, kind, expect, municipality))
        n_turns += len(turns)
        if n_turns > MAX_TURNS:
            raise _too_many(path, "beurten (vragen in gesprekken meegeteld)", MAX_TURNS)
        result.cases.append(EvalCase(case_id, tuple(turns)))
    return result


def score(turn: Turn, answer: dict[str, Any]) -> tuple[bool, str]:
    """Pass or fail by the rules of FORMAT.md, with the reason."""
    expect = turn.expect
    text = str(answer.get("text", ""))
    lowered = text.lower()
    figures = answer.get("figures") or []
    citations = answer.get("citations") or []

    def municipality_ok() -> tuple[bool, str]:
        wanted = expect.get("municipality")
        if wanted and not any(c.get("municipality") == wanted for c in citations):
            return False, f"geen bron van {wanted}"
        return True, ""

    def excludes_ok() -> tuple[bool, str]:
        for item in expect.get("exclude", []) or []:
            if str(item).lower() in lowered:
                return False, f"bevat uitgesloten tekst '{item}'"
        return True, ""

    if turn.kind == "refusal":
        if answer.get("kind") == "refusal" and not figures:
            return True, ""
        return False, f"verwacht een weigering, kreeg '{answer.get('kind')}'"
    if turn.kind == "figure":
        if not figures:
            return False, f"geen cijfer (kind '{answer.get('kind')}')"
        got = Decimal(str(figures[0].get("value")))
        accepted = [Decimal(str(v)) for v in expected_values(expect)]
        tolerance = Decimal(str(expect.get("tolerance", 0)))
        signed = bool(expect.get("signed", False))
        if not signed:
            got = abs(got)
            accepted = [abs(v) for v in accepted]
        if not any(abs(got - v) <= tolerance for v in accepted):
            return False, f"cijfer {got} is niet {', '.join(str(v) for v in accepted)}"
        return municipality_ok()
    if turn.kind == "text":
        for item in expect.get("include", []) or []:
            options = item if isinstance(item, list) else [item]
            if not any(str(o).lower() in lowered for o in options):
                return False, f"mist '{' / '.join(str(o) for o in options)}'"
    ok, reason = excludes_ok()
    if not ok:
        return ok, reason
    return municipality_ok()


# -- retrieval metrics ---------------------------------------------------------------------------


def evidence_patterns(turn: Turn) -> list[re.Pattern[str]]:
    """What a passage must contain to hold the evidence for a turn (empty: not measurable).

    A figure is found as printed: Dutch thousands separators, a percent sign or a decimal
    comma, and for tables in thousands of euros also the value divided by 1.000.
    """
    expect = turn.expect
    if turn.kind == "figure":
        values = expected_values(expect)
        pats = []
        for value in values:
            for printed in printed_forms(Decimal(str(value)), expect.get("unit")):
                pats.append(re.compile(rf"(?<![\d.,]){re.escape(printed)}(?![\d]|[.,]\d)"))
        return pats
    if turn.kind == "text":
        items = expect.get("include") or []
        options = [i if isinstance(i, list) else [i] for i in items]
        return [re.compile("|".join(re.escape(str(o)) for o in opts), re.I) for opts in options]
    return []


def printed_forms(value: Decimal, unit: str | None) -> list[str]:
    value = abs(value)
    forms = []
    if value == value.to_integral_value():
        n = int(value)
        forms.append(f"{n:,}".replace(",", "."))
        if n >= 1000 and n % 1000 == 0:
            forms.append(f"{n // 1000:,}".replace(",", "."))
        if unit == "EUR" and n >= 100_000:
            forms.append(f"{round(n / 1000):,}".replace(",", "."))
    else:
        forms.append(str(value).replace(".", ","))
    return list(dict.fromkeys(forms))


def holds_evidence(text: str, patterns: list[re.Pattern[str]], turn: Turn) -> bool:
    if turn.kind == "text":
        return all(p.search(text) for p in patterns)
    return any(p.search(text) for p in patterns)


def measurable_turns(sets: Iterable[EvalSet], passages: list[tuple[str, str]]) -> list[Turn]:
    """First turns whose evidence is printed in their municipality's documents.

    `passages` are (municipality, text). Computed answers (differences, shares) and refusals
    have no passage to find, even where another document happens to print the same number.
    """
    turns = []
    for eval_set in sets:
        for case in eval_set.cases:
            turn = case.turns[0]
            patterns = evidence_patterns(turn)
            wanted = turn.expect.get("municipality") or turn.municipality
            texts = [t for m, t in passages if not wanted or m == wanted]
            if patterns and any(holds_evidence(t, patterns, turn) for t in texts):
                turns.append(turn)
    return turns


def retrieval_metrics(
    turns: list[Turn], retrieve: Callable[[Turn], list[str]], ks: tuple[int, ...] = (1, 5)
) -> dict[str, float]:
    """hit@k and MRR of the first passage that holds the evidence; `retrieve` gives texts."""
    hits = {k: 0 for k in ks}
    reciprocal = 0.0
    for turn in turns:
        patterns = evidence_patterns(turn)
        texts = retrieve(turn)
        first = next(
            (i for i, t in enumerate(texts, start=1) if holds_evidence(t, patterns, turn)), None
        )
        if first:
            reciprocal += 1 / first
            for k in ks:
                hits[k] += first <= k
    n = max(len(turns), 1)
    out = {f"hit@{k}": hits[k] / n for k in ks}
    out["mrr"] = reciprocal / n
    out["n"] = len(turns)
    return out


def retrieval_by_set(
    sets: Iterable[EvalSet],
    passages: list[tuple[str, str]],
    retrieve: Callable[[Turn], list[str]],
) -> dict[str, dict[str, float]]:
    """hit@1, hit@5 and MRR per set, over its turns whose evidence is printed in a passage."""
    return {s.name: retrieval_metrics(measurable_turns([s], passages), retrieve) for s in sets}


def top_passages(assistant: Assistant, k: int = 5) -> Callable[[Turn], list[str]]:
    """The texts of the assistant's top-k passages for a turn's question."""

    def retrieve(turn: Turn) -> list[str]:
        return [p.chunk.text for p in assistant.retrieve(turn.question, turn.municipality, k)]

    return retrieve


def assistant_retrieval(
    assistant: Assistant, sets: Iterable[EvalSet]
) -> dict[str, dict[str, float]]:
    """retrieval_by_set for the assistant's own index: its top-5 passages per question."""
    passages = [(c.municipality, c.text) for c in assistant.chunks]
    return retrieval_by_set(sets, passages, top_passages(assistant))


# -- running sets ----------------------------------------------------------------------------


@dataclass
class TurnResult:
    set_name: str
    turn: Turn
    answer: dict[str, Any]
    passed: bool
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {
            "set": self.set_name,
            "id": self.turn.id,
            "kind": self.turn.kind,
            "question": self.turn.question,
            "municipality": self.turn.municipality,
            "expect": self.turn.expect,
            "passed": self.passed,
            "reason": self.reason,
            "wrong_figure": states_wrong_figure(self),
            "answer": self.answer,
        }


def run_sets(
    ask: Callable[[str, str | None, list[dict[str, str]]], dict[str, Any]],
    sets: list[EvalSet],
    progress: Callable[[int, int], None] | None = None,
) -> list[TurnResult]:
    """Every turn of every case; a conversation's turns see the earlier turns as history."""
    total = sum(len(c.turns) for s in sets for c in s.cases)
    done = 0
    results: list[TurnResult] = []
    for eval_set in sets:
        for case in eval_set.cases:
            history: list[dict[str, str]] = []
            for turn in case.turns:
                answer = ask(turn.question, turn.municipality, list(history))
                passed, reason = score(turn, answer)
                results.append(TurnResult(eval_set.name, turn, answer, passed, reason))
                history += [
                    {"role": "user", "content": turn.question},
                    {"role": "assistant", "content": str(answer.get("text", ""))},
                ]
                done += 1
                if progress:
                    progress(done, total)
    return results


def states_wrong_figure(result: TurnResult) -> bool:
    """A figure answer whose value is wrong: the worst failure this product can have.

    Counted over figure and refusal turns: an answer that states a number where another number
    (or a refusal) was expected. A refusal or a question back is not a wrong figure.
    """
    if result.turn.kind not in ("figure", "refusal") or result.passed:
        return False
    return bool(result.answer.get("figures"))


def wrong_figures(results: list[TurnResult]) -> dict[str, dict[str, int]]:
    """Per set: wrong figures stated, over the figure and refusal turns."""
    out: dict[str, dict[str, int]] = {}
    for r in results:
        if r.turn.kind not in ("figure", "refusal"):
            continue
        bucket = out.setdefault(r.set_name, {"wrong": 0, "turns": 0})
        bucket["turns"] += 1
        bucket["wrong"] += int(states_wrong_figure(r))
    return out


def summary(results: list[TurnResult]) -> dict[str, Any]:
    """The JSON report: top-level passed, total, by_kind (and by_set), wrong figures per set
    (`wrong_figures`), and every case."""
    by_kind: dict[str, dict[str, int]] = {}
    by_set: dict[str, dict[str, dict[str, int]]] = {}
    for r in results:
        for bucket in (
            by_kind.setdefault(r.turn.kind, {"passed": 0, "total": 0}),
            by_set.setdefault(r.set_name, {}).setdefault(r.turn.kind, {"passed": 0, "total": 0}),
        ):
            bucket["total"] += 1
            bucket["passed"] += int(r.passed)
    return {
        "passed": sum(r.passed for r in results),
        "total": len(results),
        "by_kind": by_kind,
        "by_set": by_set,
        "wrong_figures": wrong_figures(results),
        "cases": [r.to_json() for r in results],
    }


def markdown_report(report: dict[str, Any]) -> str:
    lines = [f"# Evaluation: {report['passed']}/{report['total']} passed", ""]
    lines += ["| set | kind | passed | total |", "|---|---|---:|---:|"]
    for set_name, kinds in report["by_set"].items():
        for kind, b in sorted(kinds.items()):
            lines.append(f"| {set_name} | {kind} | {b['passed']} | {b['total']} |")
    if report.get("wrong_figures"):
        lines += ["", "## Wrong figures", "", "| set | wrong | figure and refusal turns |"]
        lines.append("|---|---:|---:|")
        for set_name, w in report["wrong_figures"].items():
            lines.append(f"| {set_name} | {w['wrong']} | {w['turns']} |")
    if report.get("retrieval"):
        lines += ["", "## Retrieval", "", "| set | turns | hit@1 | hit@5 | MRR |"]
        lines.append("|---|---:|---:|---:|---:|")
        for set_name, m in report["retrieval"].items():
            lines.append(
                f"| {set_name} | {m['n']} | {m['hit@1']:.2f} | {m['hit@5']:.2f} | {m['mrr']:.2f} |"
            )
    lines += ["", "## Turns", ""]
    for case in report["cases"]:
        mark = "pass" if case["passed"] else f"FAIL: {case['reason']}"
        answer = case["answer"]
        lines.append(f"### {case['set']} / {case['id']} ({case['kind']}): {mark}")
        lines.append("")
        lines.append(f"- question: {case['question']}")
        lines.append(f"- expected: `{json.dumps(case['expect'], ensure_ascii=False)}`")
        lines.append(
            f"- answer ({answer.get('kind')}, {answer.get('timing_ms')} ms): "
            + str(answer.get("text", "")).replace("\n", " ")[:600]
        )
        for i, c in enumerate(answer.get("citations", []), start=1):
            lines.append(
                f"  - [{i}] {c.get('municipality')} · {c.get('section')} · {c.get('locator')}"
            )
        lines.append("")
    return "\n".join(lines)
