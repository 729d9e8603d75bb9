"""Scale: a synthetic corpus of many municipalities, and what answering costs as it grows.

Every synthetic municipality is a real document with its municipality renamed and every
figure perturbed by a factor of its own, drawn from a fixed seed and recorded beside the
corpus. Figure questions of the evaluation sets, asked of a synthetic municipality, must
return that municipality's perturbed values: the accuracy at 200 municipalities must equal the
accuracy at 2.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import time
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import yaml

from .corpus import MANIFEST_NAME, Document, read_corpus
from .evaluation import EvalSet, Turn, score
from .figures import document_figures
from .parsing import parse_sections

SEED = 20240
PREFIXES = (
    "Aal", "Beek", "Berg", "Bos", "Dijk", "Eik", "Esch", "Hoog", "Laag", "Noord", "Oost",
    "Zuid", "West", "Mid", "Klein", "Groot", "Hof", "Zand", "Veen", "Linde", "Wil", "Ven",
)  # fmt: skip
SUFFIXES = (
    "dam", "horst", "wijk", "loo", "broek", "dorp", "hoven", "hout", "meer", "rade", "zijl",
    "hem", "kamp", "stede",
)  # fmt: skip
# A printed number: Dutch thousands separators and decimal comma, or a plain number
NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d]|[.,]\d)")
PARENTHESES = re.compile(r"\([^)]*\)")


@dataclass(frozen=True)
class Synthetic:
    """One synthetic municipality: its document and how its figures were perturbed."""

    municipality: str
    source: str  # the real municipality its document was made from
    factor: Decimal
    path: Path
    changes: tuple[tuple[int, str, str], ...]  # (line, printed before, printed after)


def municipality_names(n: int, avoid: set[str], seed: int = SEED) -> list[str]:
    names = [p + s for p in PREFIXES for s in SUFFIXES if (p + s) not in avoid]
    if n > len(names):
        raise ValueError(f"at most {len(names)} synthetic municipalities, asked {n}")
    return random.Random(seed).sample(names, n)


def perturb_number(printed: str, factor: Decimal) -> str:
    """The printed number times `factor`, printed the same way (separators, decimals).

    A number that would round back to itself moves one unit of its last digit, so every
    figure changes.
    """
    decimals = len(printed.split(",")[1]) if "," in printed else 0
    value = Decimal(printed.replace(".", "").replace(",", "."))
    unit = Decimal(1).scaleb(-decimals)
    new = (value * factor).quantize(unit, rounding=ROUND_HALF_UP)
    if new == value:
        new = value + (unit if factor > 1 else -unit if value > 0 else unit)
    whole, _, fraction = f"{new:f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".") if "." in printed else whole
    return grouped + ("," + fraction if fraction else "")


def perturb_raw(raw: str, factor: Decimal) -> str:
    """Every number of a cell as printed, but not its annotations in parentheses."""
    skip = [m.span() for m in PARENTHESES.finditer(raw)]

    def swap(m: re.Match[str]) -> str:
        if any(a <= m.start() < b for a, b in skip):
            return m.group(0)
        return perturb_number(m.group(0), factor)

    return NUMBER.sub(swap, raw)


def synthesize_document(
    doc: Document, name: str, factor: Decimal
) -> tuple[str, list[tuple[int, str, str]]]:
    """The document's text with the municipality renamed and every figure perturbed."""
    lines = doc.text.split("\n")
    cells = document_figures(
        parse_sections(doc.text), document_id=doc.id, municipality=doc.municipality
    )
    changes: list[tuple[int, str, str]] = []
    by_line: dict[int, list[str]] = {}
    for cell in cells:
        if cell.value is not None and cell.raw not in by_line.setdefault(cell.line, []):
            by_line[cell.line].append(cell.raw)
    for number, raws in by_line.items():
        # one pass over the line: a value printed as another's perturbation is not hit twice
        new = {raw: perturb_raw(raw, factor) for raw in raws}
        alternatives = "|".join(re.escape(r) for r in sorted(raws, key=len, reverse=True))
        pattern = rf"(?<![\w.,])(?:{alternatives})(?![\w]|[.,]\d)"
        lines[number - 1] = re.sub(pattern, lambda m, new=new: new[m.group(0)], lines[number - 1])
        changes.extend((number, raw, new[raw]) for raw in raws)
    return rename("\n".join(lines), doc.municipality, name), changes


def rename(text: str, old: str, new: str) -> str:
    """Every mention of a name, also inside words and addresses (MijnDinkelland2030,
    www.dinkelland.nl), in the case it was written."""

    def swap(m: re.Match[str]) -> str:
        found = m.group(0)
        return new.lower() if found.islower() else new.upper() if found.isupper() else new

    return re.sub(re.escape(old), swap, text, flags=re.IGNORECASE)


def synthesize(
    corpus_dirs: tuple[Path, ...], sources: list[str], n: int, target: Path, seed: int = SEED
) -> list[Synthetic]:
    """n synthetic municipalities in `target`, made in turn from the documents of `sources`
    (municipality names), with a manifest and a record of every perturbation."""
    documents = [d for d in read_corpus(corpus_dirs).documents if d.municipality in sources]
    if not documents:
        raise ValueError(f"no documents of {sources} in {corpus_dirs}")
    rng = random.Random(seed)
    names = municipality_names(n, {d.municipality for d in documents}, seed)
    target.mkdir(parents=True, exist_ok=True)
    made: list[Synthetic] = []
    entries = []
    for i, name in enumerate(names):
        doc = documents[i % len(documents)]
        change = Decimal(rng.randint(3, 25)) / 100 * rng.choice((-1, 1))
        factor = 1 + change
        text, changes = synthesize_document(doc, name, factor)
        slug = name.lower()
        stem = doc.path.stem.replace(doc.municipality.lower(), slug)
        if slug not in stem:
            stem = f"{slug}-{stem}"
        path = target / f"{stem}.txt"
        path.write_text(text, encoding="utf-8")
        entries.append(
            {
                "file": path.name,
                "municipality": name,
                "title": doc.title.replace(doc.municipality, name),
                "year": doc.year,
                "type": doc.type,
            }
        )
        made.append(Synthetic(name, doc.municipality, factor, path, tuple(changes)))
    (target / MANIFEST_NAME).write_text(
        yaml.safe_dump({"documents": entries}, allow_unicode=True), encoding="utf-8"
    )
    record = [
        {
            "municipality": s.municipality,
            "source": s.source,
            "factor": str(s.factor),
            "file": s.path.name,
            "changes": [{"line": a, "before": b, "after": c} for a, b, c in s.changes],
        }
        for s in made
    ]
    (target / "perturbations.json").write_text(
        json.dumps({"seed": seed, "municipalities": record}, ensure_ascii=False, indent=1),
        encoding="utf-8",
    )
    return made


# -- the questions -------------------------------------------------------------------------------


@dataclass
class Probe:
    """A figure question of an evaluation set, and the cells of its source that answer it."""

    turn: Turn
    source: str
    printed: list[tuple[str, Decimal]] = field(default_factory=list)  # (as printed, multiplier)

    def for_synthetic(self, s: Synthetic) -> Turn:
        """The question asked of a synthetic municipality, expecting its perturbed value."""
        accept = sorted(
            {
                str(Decimal(perturb_number(p, s.factor).replace(".", "").replace(",", ".")) * k)
                for p, k in self.printed
            }
        )
        expect = {**self.turn.expect, "accept": [Decimal(a) for a in accept]}
        expect.pop("value", None)
        expect["municipality"] = s.municipality
        question = rename(self.turn.question, self.source, s.municipality)
        return Turn(self.turn.case_id, 0, question, "figure", expect, s.municipality)


def lookup_probes(
    sets: list[EvalSet], corpus_dirs: tuple[Path, ...], sources: list[str]
) -> list[Probe]:
    """First-turn figure questions about a source municipality whose answer is one printed
    cell (a lookup). Computed answers (differences, sums, shares) are left out: their
    perturbed value is not a single recorded change."""
    documents = [d for d in read_corpus(corpus_dirs).documents if d.municipality in sources]
    cells = [
        c
        for d in documents
        for c in document_figures(
            parse_sections(d.text), document_id=d.id, municipality=d.municipality
        )
        if c.value is not None
    ]
    probes = []
    for eval_set in sets:
        for case in eval_set.cases:
            turn = case.turns[0]
            source = turn.municipality or turn.expect.get("municipality")
            if turn.kind != "figure" or source not in sources or len(case.turns) > 1:
                continue
            wanted = [
                abs(Decimal(str(v))) for v in turn.expect.get("accept") or [turn.expect["value"]]
            ]
            printed = []
            for c in cells:
                if c.municipality == source and abs(c.value) in wanted:
                    number = NUMBER.search(PARENTHESES.sub("", c.raw))
                    if number:  # the multiplier covers 'x € 1.000' tables and 'mln'
                        shown = Decimal(number.group(0).replace(".", "").replace(",", "."))
                        if shown:
                            printed.append((number.group(0), abs(c.value) / shown))
            if printed:
                probes.append(Probe(turn, source, sorted(set(printed))))
    return probes


# -- measuring -----------------------------------------------------------------------------------


@dataclass
class ScaleResult:
    size: int
    documents: int = 0
    chunks: int = 0
    figures: int = 0
    build_s: float = 0.0
    build_mb: float = 0.0
    chat_mb: float = 0.0
    index_mb: float = 0.0
    asked: int = 0
    correct: int = 0
    figure_ms: list[float] = field(default_factory=list)
    text_ms: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def default_sources(sets: list[EvalSet], corpus_dirs: tuple[Path, ...]) -> list[str]:
    """The municipalities the sets ask about whose documents are text (web exports): a
    121-page PDF copied 200 times would make this benchmark run for hours."""
    asked = {
        t.municipality or t.expect.get("municipality")
        for s in sets
        for c in s.cases
        for t in c.turns
    }
    return sorted(
        d.municipality
        for d in read_corpus(corpus_dirs).documents
        if d.municipality in asked and d.path.suffix.lower() in (".txt", ".md")
    )


def measure(
    settings: Any, sets: list[EvalSet], size: int, sources: list[str], workdir: Path
) -> ScaleResult:
    """Build a synthetic corpus of `size` municipalities cold, then ask every lookup question
    of every synthetic municipality and time figure and text answers."""
    from .answering import Assistant
    from .bench import BUILD_CODE, _peak_rss_mb
    from .index import data_dir

    corpus = workdir / f"corpus-{size}"
    index = workdir / f"index-{size}"
    made = synthesize(settings.corpus_dirs, sources, size, corpus)
    result = ScaleResult(size)
    env = {
        "ASSISTANT_INDEX": str(index),
        "ASSISTANT_CORPUS": str(corpus),
        "ASSISTANT_EMBED_MODEL": settings.embed_model,
    }
    result.build_mb, result.build_s = _peak_rss_mb(BUILD_CODE, env)
    manifest = json.loads((data_dir(index) / "manifest.json").read_text(encoding="utf-8"))
    result.documents = len(manifest["documents"])
    result.chunks = manifest["chunks"]
    result.index_mb = (
        sum(f.stat().st_size for f in data_dir(index).rglob("*") if f.is_file()) / 2**20
    )
    first = made[0].municipality
    chat = (
        "from assistant.answering import Assistant\na = Assistant.open()\n"
        f"a.ask('Wat zijn de lasten in 2021?', {first!r})\na.ask('Wat is het beleid?', {first!r})"
    )
    result.chat_mb, _ = _peak_rss_mb(chat, env)

    assistant = Assistant(settings.with_(index_dir=index, corpus_dirs=(corpus,)))
    result.figures = len(assistant.cells)
    probes = lookup_probes(sets, settings.corpus_dirs, sources)
    for s in made:
        for probe in (p for p in probes if p.source == s.source):
            turn = probe.for_synthetic(s)
            answer = assistant.ask(turn.question, turn.municipality)
            ok, reason = score(turn, answer.to_json())
            result.asked += 1
            result.correct += ok
            result.figure_ms.append(answer.timing_ms)
            if not ok:
                result.failures.append(f"{s.municipality} / {turn.case_id}: {reason}")
    texts = [
        c.turns[0]
        for e in sets
        for c in e.cases
        if c.turns[0].kind == "text" and (c.turns[0].municipality in sources)
    ]
    for s in made[:20]:
        for turn in texts:
            if turn.municipality != s.source:
                continue
            question = rename(turn.question, s.source, s.municipality)
            result.text_ms.append(assistant.ask(question, s.municipality).timing_ms)
    return result


def _spread(values: list[float]) -> str:
    from .bench import _percentile

    values = values or [0.0]
    return f"{statistics.median(values):.1f} / {_percentile(values, 0.95):.1f} ms"


def scale_section(settings: Any, sets: list[EvalSet], sizes: tuple[int, ...] = (2, 50, 200)) -> str:
    """The '## Scale' section of BENCHMARKS.md."""
    import tempfile
    from datetime import UTC, datetime

    from .bench import machine

    sources = default_sources(sets, settings.corpus_dirs)
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        for size in sizes:
            started = time.perf_counter()
            results.append(measure(settings, sets, size, sources, Path(tmp)))
            print(f"scale {size}: {time.perf_counter() - started:.0f} s", flush=True)
    lines = [
        "## Scale",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d} on {machine()}, embedding model "
        f"{settings.embed_model}. Synthetic municipalities are made in turn from the documents of "
        f"{', '.join(sources)}: municipality renamed, every figure multiplied by a factor of its "
        f"own between 0.75 and 1.25 (seed {SEED}; the record is written beside the synthetic "
        "corpus as perturbations.json, not committed). Each build is cold, in a fresh process. "
        "The figure questions are the evaluation sets' lookups about those documents, asked of "
        "every synthetic municipality and expecting its perturbed value.",
        "",
        "| municipalities | documents | passages | build | docs/s | passages/s | index size | "
        "build peak | chat peak | figure accuracy | figure p50 / p95 | text p50 / p95 |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        rate = r.correct / r.asked if r.asked else 0.0
        lines.append(
            f"| {r.size} | {r.documents} | {r.chunks} | {r.build_s:.0f} s | "
            f"{r.documents / r.build_s:.2f} | {r.chunks / r.build_s:.1f} | {r.index_mb:.0f} MB | "
            f"{r.build_mb:.0f} MB | {r.chat_mb:.0f} MB | {r.correct}/{r.asked} ({rate:.0%}) | "
            f"{_spread(r.figure_ms)} | {_spread(r.text_ms)} |"
        )
    small, large = results[0], results[-1]
    growth = large.chunks / max(small.chunks, 1)
    lines += [
        "",
        f"How cost grows from {small.size} to {large.size} municipalities ({growth:.0f}x the "
        f"passages): build time x{large.build_s / small.build_s:.0f} (embedding every passage "
        f"dominates, so it grows with the passages), index size "
        f"x{large.index_mb / max(small.index_mb, 0.01):.0f}, chat memory "
        f"x{large.chat_mb / small.chat_mb:.1f}, figure answer p50 "
        f"x{statistics.median(large.figure_ms) / statistics.median(small.figure_ms):.1f}, text "
        f"answer p50 x{statistics.median(large.text_ms) / statistics.median(small.text_ms):.1f}. "
        f"Figure accuracy at {large.size}: {large.correct}/{large.asked}; at {small.size}: "
        f"{small.correct}/{small.asked}.",
    ]
    failures = [f for r in results for f in r.failures]
    if failures:
        lines += ["", "Failing scale questions:", ""] + [f"- {f}" for f in failures[:20]]
    return "\n".join(lines) + "\n"
