"""The vector index: building it from the corpus and querying it (the only Chroma importer).

Chunks are embedded through llama-index into a Chroma `PersistentClient` collection, one
collection per embedding model. Chunk ids are content hashes, so a rebuild embeds only new
or changed chunks and deletes the ones that are gone. `manifest.json` records what built the
index (models, settings, documents); a change of model or settings triggers a rebuild.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import json
import os
import shutil
import tempfile
import threading
import time
import uuid
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import chromadb
from chromadb.config import Settings as ChromaSettings
from llama_index.core.schema import TextNode
from llama_index.core.vector_stores.types import (
    FilterOperator,
    MetadataFilter,
    MetadataFilters,
    VectorStoreQuery,
)
from llama_index.vector_stores.chroma import ChromaVectorStore

from . import store
from .corpus import (
    MAX_PASSAGES,
    Document,
    Staged,
    code_fingerprint,
    fingerprint,
    read_corpus,
    stage_document,
    too_many_passages,
    unreadable,
)
from .embeddings import get_embedder
from .errors import DocumentError, IndexBusyError, IndexNotBuiltError, NothingReadError
from .fact_search import description_id, measure_descriptions
from .figures import TableCell, document_figures
from .goaltree import GoalNode, build_tree
from .parsing import Chunk, chunk_sections, parse_sections
from .settings import Settings
from .table_checks import failed_tables

MANIFEST_NAME = "manifest.json"
BUILDS = "builds"  # every build is written to a directory of its own ...
CURRENT = "current"  # ... and the index switches to it, atomically, only when it is complete
MANIFEST_VERSION = 6  # 6: changes told from amounts, years of prose amounts; older are rebuilt
EMBED_BATCH = 32

Progress = Callable[[str, int, int], None]


@dataclass
class BuildReport:
    documents: int = 0
    chunks: int = 0
    embedded: int = 0
    removed: int = 0
    reused: int = 0
    figures: int = 0
    seconds: float = 0.0
    problems: list[DocumentError] = field(default_factory=list)
    failed_checks: list[str] = field(default_factory=list)  # totals that do not add up


def active_dir(index_dir: Path) -> Path | None:
    """The complete build the index serves from: index/current points at it."""
    link = index_dir / CURRENT
    if not link.exists():
        return None
    target = link.resolve()
    return target if (target / MANIFEST_NAME).exists() else None


def data_dir(index_dir: Path) -> Path:
    """The active build, or an error that says how to build one."""
    found = active_dir(index_dir)
    if found is None:
        raise IndexNotBuiltError(str(index_dir))
    return found


def read_manifest(index_dir: Path) -> dict[str, Any] | None:
    active = active_dir(index_dir)
    if active is None:
        return None
    path = active / MANIFEST_NAME
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None


# The modules that turn documents into passages and figures: when their code changes, what an
# index holds may change, so an index built by other code is rebuilt ('make run' after an update)
READER_MODULES = (
    "corpus.py", "pdf.py", "pdf_records.py", "html.py", "markdown.py", "parsing.py",
    "figures.py", "table_grid.py", "table_checks.py", "goaltree.py", "index.py", "store.py",
)  # fmt: skip


@functools.cache
def reader_fingerprint() -> str:
    """A hash of the code that reads documents into the index (the code does not change while
    a process runs: computed once)."""
    return code_fingerprint(READER_MODULES)


def staleness(settings: Settings) -> str | None:
    """Why the index must be (re)built, or None when it is up to date with corpus and settings."""
    manifest = read_manifest(settings.index_dir)
    if manifest is None:
        return "er is nog geen index"
    if manifest.get("version") != MANIFEST_VERSION:
        return "de index heeft een oud formaat"
    if manifest.get("settings") != settings.index_config():
        return "het model of de instellingen zijn gewijzigd"
    if manifest.get("reader") != reader_fingerprint():
        return "de software die de documenten leest is bijgewerkt"
    if manifest.get("files") != fingerprint(settings.corpus_dirs):
        return "het corpus is gewijzigd"
    return None


@contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    """One build at a time per index directory; a second one is refused, not interleaved."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".build.lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IndexBusyError(str(index_dir)) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def chroma_client(settings: Settings, build_dir: Path) -> chromadb.ClientAPI:
    """The build's own persistent store, or the Chroma server named by ASSISTANT_CHROMA_URL."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        https = url.scheme == "https"
        return chromadb.HttpClient(
            host=url.hostname or "localhost",
            port=url.port or (443 if https else 8000),
            ssl=https,
            settings=chroma_settings,
        )
    return chromadb.PersistentClient(path=str(build_dir / "chroma"), settings=chroma_settings)


def _server_prefix(settings: Settings) -> str:
    """Collections of this index on a shared server: others' collections are never touched."""
    key = hashlib.sha1(str(settings.index_dir.resolve()).encode()).hexdigest()[:10]
    return f"ba-{key}-"


def collection_name(settings: Settings, build_dir: Path) -> str:
    if settings.chroma_url:
        return f"{_server_prefix(settings)}{settings.embed_model}-{build_dir.name}"
    return f"chunks_{settings.embed_model}"


def _names(client: chromadb.ClientAPI) -> list[str]:
    return [c if isinstance(c, str) else c.name for c in client.list_collections()]


def _copy_collection(source: Any, target: Any, batch: int = 500) -> None:
    """Seed a server build with the previous build's vectors, so only changes are embedded."""
    total = source.count()
    for offset in range(0, total, batch):
        got = source.get(
            include=["embeddings", "documents", "metadatas"], limit=batch, offset=offset
        )
        if got["ids"]:
            target.add(
                ids=got["ids"],
                embeddings=got["embeddings"],
                documents=got["documents"],
                metadatas=got["metadatas"],
            )


def parse_document(
    doc: Document, chunk_words: int
) -> tuple[list[Chunk], list[TableCell], list[GoalNode]]:
    """A document's passages, figures and goal tree."""
    sections = parse_sections(doc.text)
    chunks = chunk_sections(
        sections,
        document_id=doc.id,
        municipality=doc.municipality,
        year=doc.year,
        title=doc.title,
        chunk_words=chunk_words,
    )
    figures = document_figures(sections, document_id=doc.id, municipality=doc.municipality)
    if doc.pages:
        chunks = [replace(c, pages=tuple(doc.pages[n - 1] for n in c.line_numbers)) for c in chunks]
        figures = [replace(f, page=doc.pages[f.line - 1]) for f in figures]
    tree = build_tree(sections, document_id=doc.id, municipality=doc.municipality)
    return chunks, figures, list(tree.values())


def add_document(
    settings: Settings,
    source: Path,
    overrides: dict[str, Any],
    progress: Progress | None = None,
) -> tuple[Staged, BuildReport]:
    """Add one document to the first corpus directory and the index, all or nothing: the
    document is staged, the index built with it, and only then do the file and its manifest
    entry join the corpus. On any failure, or when the process is stopped, nothing changed."""
    staged = stage_document(
        source,
        settings.corpus_dirs[0],
        overrides,
        cache_dir=settings.index_dir / "extracted",
        indexed=tuple((read_manifest(settings.index_dir) or {}).get("documents", ())),
    )
    try:
        return staged, build_index(settings, progress, staged)
    finally:
        staged.discard()  # after a commit there is nothing left to discard


def build_index(
    settings: Settings, progress: Progress | None = None, staged: Staged | None = None
) -> BuildReport:
    """Build or update the index for the corpus, embedding only what changed. A staged
    document is built in and committed to the corpus once the new build is live; if it cannot
    be indexed, the build stops with its error and the index stays as it was."""
    started = time.perf_counter()
    report = BuildReport()
    say = progress or (lambda stage, done, total: None)
    with build_lock(settings.index_dir):
        stamp = f"{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}"
        build_dir = settings.index_dir / BUILDS / stamp
        try:
            _build(settings, build_dir, report, say, staged)
        except BaseException:
            shutil.rmtree(build_dir, ignore_errors=True)
            raise
    report.seconds = time.perf_counter() - started
    return report


def _build(
    settings: Settings,
    build_dir: Path,
    report: BuildReport,
    say: Progress,
    staged: Staged | None,
) -> None:
    previous = active_dir(settings.index_dir)
    build_dir.mkdir(parents=True)
    if previous is not None and (previous / "chroma").is_dir():
        # start from the vectors already made: only new passages are embedded
        shutil.copytree(previous / "chroma", build_dir / "chroma")
    files = fingerprint(settings.corpus_dirs, staged)
    corpus = read_corpus(
        settings.corpus_dirs, cache_dir=settings.index_dir / "extracted", staged=staged
    )
    report.problems.extend(corpus.problems)
    documents: list[Document] = []
    chunks: list[Chunk] = []
    figures: list[TableCell] = []
    goal_nodes: list[GoalNode] = []
    for i, doc in enumerate(corpus.documents):
        say("Documenten lezen", i, len(corpus.documents))
        try:
            doc_chunks, doc_figures, doc_nodes = parse_document(doc, settings.chunk_words)
            if len(doc_chunks) > MAX_PASSAGES:
                raise too_many_passages(doc.path, len(doc_chunks))
        except Exception as exc:  # one document's failure skips it, never the build
            problem = exc if isinstance(exc, DocumentError) else unreadable(doc.path, exc)
            if staged is not None and doc is staged.document:
                raise problem from exc
            report.problems.append(problem)
            continue
        documents.append(doc)
        chunks.extend(doc_chunks)
        figures.extend(doc_figures)
        goal_nodes.extend(doc_nodes)
    say("Documenten lezen", len(corpus.documents), len(corpus.documents))
    if corpus.documents and not documents and previous is not None:
        # every document failed (a broken reader, not bad input): an empty index would
        # replace one that answers; the build stops and the index stays as it was
        raise NothingReadError(len(corpus.documents), report.problems)

    client = chroma_client(settings, build_dir)
    name = collection_name(settings, build_dir)
    if not settings.chroma_url:
        for other in _names(client):  # the build's own store: only this model's vectors
            if other != name:
                client.delete_collection(other)
    collection = client.get_or_create_collection(name, metadata={"hnsw:space": "cosine"})
    before = read_manifest(settings.index_dir)
    if settings.chroma_url and before and before.get("collection") in _names(client):
        _copy_collection(client.get_collection(before["collection"]), collection)
    existing = set(collection.get(include=[])["ids"])
    wanted = {c.id for c in chunks}
    stale = sorted(existing - wanted)
    if stale:
        collection.delete(ids=stale)
    new = [c for c in chunks if c.id not in existing]
    vector_store = ChromaVectorStore(chroma_collection=collection)
    if new:
        embedder = get_embedder(settings.embed_model)
        for start in range(0, len(new), EMBED_BATCH):
            say("Passages embedden", start, len(new))
            batch = new[start : start + EMBED_BATCH]
            vectors = embedder.get_text_embedding_batch([c.search_text() for c in batch])
            vector_store.add([_node(c, v) for c, v in zip(batch, vectors)])
        say("Passages embedden", len(new), len(new))

    fact_vectors = _fact_vectors(settings, figures, previous, say)
    db = store.connect(build_dir / store.DB_NAME)
    store.migrate(db)
    store.write_documents(db, documents, chunks)
    store.write_figures(db, figures)
    store.write_fact_vectors(db, fact_vectors)
    store.write_goal_nodes(db, goal_nodes)
    db.close()

    report.documents = len(documents)
    report.chunks = len(chunks)
    report.embedded = len(new)
    report.removed = len(stale)
    report.reused = len(chunks) - len(new)
    report.figures = len(figures)
    report.failed_checks = [
        check.describe() for checks in failed_tables(figures).values() for check in checks
    ]
    _write_manifest(build_dir, settings, documents, report, files)
    _switch(settings.index_dir, build_dir)
    if staged is not None:
        staged.commit()
    _remove_other_builds(settings.index_dir, keep=build_dir)
    if settings.chroma_url:
        prefix = _server_prefix(settings)
        for other in _names(client):
            if other.startswith(prefix) and other != name:
                client.delete_collection(other)


def _fact_vectors(
    settings: Settings, figures: list[TableCell], previous: Path | None, say: Progress
) -> dict[str, Any]:
    """A vector per measure description (fact_search.py): those of the previous build are
    kept, only new descriptions are embedded."""
    model = settings.embed_model
    wanted = {description_id(text, model): text for text in measure_descriptions(figures).values()}
    known: dict[str, Any] = {}
    if previous is not None and (previous / store.DB_NAME).exists():
        old = store.connect(previous / store.DB_NAME, read_only=True)
        try:
            known = {k: v for k, v in store.read_fact_vectors(old).items() if k in wanted}
        finally:
            old.close()
    new = [(k, text) for k, text in wanted.items() if k not in known]
    if new:
        embedder = get_embedder(model)
        for start in range(0, len(new), EMBED_BATCH):
            say("Cijfers beschrijven", start, len(new))
            batch = new[start : start + EMBED_BATCH]
            vectors = embedder.get_text_embedding_batch([text for _, text in batch])
            known.update({k: v for (k, _), v in zip(batch, vectors)})
        say("Cijfers beschrijven", len(new), len(new))
    return known


def _node(chunk: Chunk, vector: list[float]) -> TextNode:
    return TextNode(
        id_=chunk.id,
        text=chunk.search_text(),
        embedding=vector,
        metadata={
            "document_id": chunk.document_id,
            "municipality": chunk.municipality,
            "section": chunk.section_path,
            "kind": chunk.kind,
        },
    )


def _switch(index_dir: Path, build_dir: Path) -> None:
    """Point index/current at a complete build in one atomic rename."""
    tmp = index_dir / f".{CURRENT}-{os.getpid()}"
    tmp.unlink(missing_ok=True)
    os.symlink(build_dir.relative_to(index_dir), tmp)
    os.replace(tmp, index_dir / CURRENT)


def _remove_other_builds(index_dir: Path, keep: Path) -> None:
    """Earlier builds, and builds that were killed halfway, are no longer needed."""
    for path in (index_dir / BUILDS).iterdir():
        if path.resolve() != keep.resolve():
            shutil.rmtree(path, ignore_errors=True)


def _write_manifest(
    build_dir: Path,
    settings: Settings,
    documents: list[Document],
    report: BuildReport,
    files: dict[str, str],
) -> None:
    manifest = {
        "version": MANIFEST_VERSION,
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "settings": settings.index_config(),
        "reader": reader_fingerprint(),
        "collection": collection_name(settings, build_dir),
        "schema_version": len(store.MIGRATIONS),
        "documents": [
            {
                "id": d.id,
                "municipality": d.municipality,
                "title": d.title,
                "year": d.year,
                "type": d.type,
                "path": str(d.path),
                "sha256": d.sha256,
                "detected_from_content": list(d.detected),
            }
            for d in documents
        ],
        "files": files,
        "chunks": report.chunks,
    }
    path = build_dir / MANIFEST_NAME
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


class VectorIndex:
    """Dense search over the built Chroma collection."""

    def __init__(self, settings: Settings) -> None:
        manifest = read_manifest(settings.index_dir)
        if manifest is None:
            raise IndexNotBuiltError(str(settings.index_dir))
        self.settings = settings
        self.manifest = manifest
        self.dir = data_dir(settings.index_dir)
        client = chroma_client(settings, self.dir if settings.chroma_url else self._copy())
        try:
            collection = client.get_collection(manifest["collection"])
        except Exception as exc:  # chromadb raises several types for a missing collection
            raise IndexNotBuiltError(str(settings.index_dir)) from exc
        self._store = ChromaVectorStore(chroma_collection=collection)
        self.model_name = manifest["settings"]["embed_model"]
        self.embedder = get_embedder(self.model_name)
        # One process serves every chat session; the embedding engines do not promise to be
        # safe for concurrent calls, so queries are embedded one at a time (a few ms each).
        self._embed_lock = threading.Lock()
        self._recent: dict[str, list[float]] = {}  # the figure and text paths share a question

    def _copy(self) -> Path:
        """Chroma writes to its files even when it is only queried, so serving queries a
        private copy: the index is never written, may live on a read-only disk, and a rebuild
        can replace it while this copy serves on. The copy goes when this object does."""
        private = Path(tempfile.mkdtemp(prefix="assistant-chroma-"))
        weakref.finalize(self, shutil.rmtree, private, True)
        shutil.copytree(self.dir / "chroma", private / "chroma")
        return private

    def embed_query(self, question: str) -> list[float]:
        with self._embed_lock:
            vector = self._recent.get(question)
            if vector is None:
                vector = self.embedder.get_query_embedding(question)
                if len(self._recent) >= 64:
                    self._recent.pop(next(iter(self._recent)))
                self._recent[question] = vector
            return vector

    def search(
        self, query_vector: list[float], k: int, municipality: str | None = None
    ) -> list[tuple[str, float]]:
        """Chunk ids with cosine similarity, best first."""
        filters = None
        if municipality:
            filters = MetadataFilters(
                filters=[
                    MetadataFilter(
                        key="municipality", value=municipality, operator=FilterOperator.EQ
                    )
                ]
            )
        result = self._store.query(
            VectorStoreQuery(query_embedding=query_vector, similarity_top_k=k, filters=filters)
        )
        ids = result.ids or []
        sims = result.similarities or [0.0] * len(ids)
        return list(zip(ids, sims))
