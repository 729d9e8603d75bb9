"""The SQLite store beside the vector index: documents, chunks, and (later) parsed figures.

The schema evolves through numbered migrations; `PRAGMA user_version` records how far a
database has been migrated.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path

import numpy as np

from .corpus import Document
from .figures import TableCell
from .goaltree import GoalNode
from .parsing import Chunk

DB_NAME = "assistant.sqlite"


def m001_create_documents_and_chunks(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            municipality TEXT NOT NULL,
            title TEXT NOT NULL,
            year INTEGER,
            type TEXT NOT NULL,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            encoding TEXT NOT NULL
        );
        CREATE TABLE chunks (
            id TEXT PRIMARY KEY,
            ord INTEGER NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents(id),
            municipality TEXT NOT NULL,
            year INTEGER,
            title TEXT NOT NULL,
            section TEXT NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            caption TEXT NOT NULL,
            start_line INTEGER NOT NULL,
            end_line INTEGER NOT NULL,
            line_numbers TEXT NOT NULL
        );
        CREATE INDEX chunks_by_document ON chunks(document_id);
        """
    )


def m002_create_figures(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        CREATE TABLE figures (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id),
            municipality TEXT NOT NULL,
            kind TEXT NOT NULL,
            table_caption TEXT NOT NULL,
            section TEXT NOT NULL,
            grp TEXT NOT NULL,
            row_label TEXT NOT NULL,
            column_label TEXT NOT NULL,
            period TEXT NOT NULL,
            status TEXT NOT NULL,
            raw TEXT NOT NULL,
            value TEXT,
            unit TEXT NOT NULL,
            scale INTEGER NOT NULL,
            annotation TEXT NOT NULL,
            source TEXT NOT NULL,
            line INTEGER NOT NULL,
            quote TEXT NOT NULL
        );
        CREATE INDEX figures_by_municipality ON figures(municipality);
        """
    )


def m003_create_goal_nodes(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        CREATE TABLE goal_nodes (
            id TEXT NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents(id),
            municipality TEXT NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            path TEXT NOT NULL,
            line INTEGER NOT NULL,
            end_line INTEGER NOT NULL,
            parent TEXT,
            ord INTEGER NOT NULL,
            PRIMARY KEY (document_id, id)
        );
        """
    )


def m004_add_pages(db: sqlite3.Connection) -> None:
    """PDF page numbers: per line of a chunk, and per figure."""
    db.executescript(
        """
        ALTER TABLE chunks ADD COLUMN pages TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE figures ADD COLUMN page INTEGER NOT NULL DEFAULT 0;
        """
    )


def m005_create_fact_vectors(db: sqlite3.Connection) -> None:
    """The embedded one-line descriptions of the measures (see fact_search.py)."""
    db.execute("CREATE TABLE fact_vectors (id TEXT PRIMARY KEY, vector BLOB NOT NULL)")


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    m001_create_documents_and_chunks,
    m002_create_figures,
    m003_create_goal_nodes,
    m004_add_pages,
    m005_create_fact_vectors,
)


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        db = sqlite3.connect(path, check_same_thread=False)
    db.row_factory = sqlite3.Row
    return db


def migrate(db: sqlite3.Connection) -> int:
    """Apply the migrations this database has not seen; returns the new schema version."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
        with db:
            migration(db)
            db.execute(f"PRAGMA user_version = {number}")
    return len(MIGRATIONS)


def write_documents(
    db: sqlite3.Connection, documents: Iterable[Document], chunks: Iterable[Chunk]
) -> None:
    """Replace the stored documents and chunks with these."""
    with db:
        db.execute("DELETE FROM goal_nodes")
        db.execute("DELETE FROM figures")
        db.execute("DELETE FROM chunks")
        db.execute("DELETE FROM documents")
        db.executemany(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (d.id, d.municipality, d.title, d.year, d.type, str(d.path), d.sha256, d.encoding)
                for d in documents
            ],
        )
        db.executemany(
            "INSERT INTO chunks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    c.id,
                    i,
                    c.document_id,
                    c.municipality,
                    c.year,
                    c.title,
                    " > ".join(c.section),
                    c.kind,
                    c.text,
                    c.caption,
                    c.start_line,
                    c.end_line,
                    json.dumps(c.line_numbers),
                    json.dumps(c.pages),
                )
                for i, c in enumerate(chunks)
            ],
        )


def write_figures(db: sqlite3.Connection, cells: Iterable[TableCell]) -> None:
    with db:
        db.execute("DELETE FROM figures")
        db.executemany(
            "INSERT INTO figures (document_id, municipality, kind, table_caption, section, grp,"
            " row_label, column_label, period, status, raw, value, unit, scale, annotation,"
            " source, line, quote, page)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    c.document_id,
                    c.municipality,
                    c.kind,
                    c.table,
                    c.section,
                    c.group,
                    c.row,
                    c.column,
                    c.period,
                    c.status,
                    c.raw,
                    None if c.value is None else str(c.value),
                    c.unit,
                    c.scale,
                    c.annotation,
                    c.source,
                    c.line,
                    c.quote,
                    c.page,
                )
                for c in cells
            ],
        )


def read_figures(
    db: sqlite3.Connection, municipality: str | None = None, search: str | None = None
) -> list[TableCell]:
    sql, args = "SELECT * FROM figures WHERE 1=1", []
    if municipality:
        sql += " AND municipality = ?"
        args.append(municipality)
    if search:
        sql += " AND (row_label LIKE ? OR table_caption LIKE ? OR grp LIKE ? OR section LIKE ?)"
        args += [f"%{search}%"] * 4
    rows = db.execute(sql + " ORDER BY id", args).fetchall()
    return [
        TableCell(
            document_id=r["document_id"],
            municipality=r["municipality"],
            table=r["table_caption"],
            section=r["section"],
            group=r["grp"],
            row=r["row_label"],
            column=r["column_label"],
            period=r["period"],
            status=r["status"],
            raw=r["raw"],
            value=None if r["value"] is None else Decimal(r["value"]),
            unit=r["unit"],
            scale=r["scale"],
            annotation=r["annotation"],
            source=r["source"],
            line=r["line"],
            quote=r["quote"],
            kind=r["kind"],
            page=r["page"],
        )
        for r in rows
    ]


def write_goal_nodes(db: sqlite3.Connection, nodes: Iterable[GoalNode]) -> None:
    with db:
        db.execute("DELETE FROM goal_nodes")
        db.executemany(
            "INSERT INTO goal_nodes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    n.id,
                    n.document_id,
                    n.municipality,
                    n.kind,
                    n.title,
                    n.text,
                    json.dumps(list(n.path), ensure_ascii=False),
                    n.line,
                    n.end_line,
                    n.parent,
                    i,
                )
                for i, n in enumerate(nodes)
            ],
        )


def read_goal_nodes(db: sqlite3.Connection) -> dict[str, GoalNode]:
    """All goal nodes, keyed by id, with their children in document order."""
    nodes: dict[str, GoalNode] = {}
    for r in db.execute("SELECT * FROM goal_nodes ORDER BY ord"):
        nodes[r["id"]] = GoalNode(
            id=r["id"],
            kind=r["kind"],
            title=r["title"],
            text=r["text"],
            document_id=r["document_id"],
            municipality=r["municipality"],
            path=tuple(json.loads(r["path"])),
            line=r["line"],
            end_line=r["end_line"],
            parent=r["parent"],
        )
    for node in nodes.values():
        if node.parent in nodes:
            nodes[node.parent].children.append(node.id)
    return nodes


def read_chunks(db: sqlite3.Connection) -> list[Chunk]:
    rows = db.execute("SELECT * FROM chunks ORDER BY ord").fetchall()
    return [
        Chunk(
            id=r["id"],
            document_id=r["document_id"],
            municipality=r["municipality"],
            year=r["year"],
            title=r["title"],
            section=tuple(r["section"].split(" > ")) if r["section"] else (),
            kind=r["kind"],
            text=r["text"],
            start_line=r["start_line"],
            end_line=r["end_line"],
            caption=r["caption"],
            line_numbers=tuple(json.loads(r["line_numbers"])),
            pages=tuple(json.loads(r["pages"])),
        )
        for r in rows
    ]


def read_documents(db: sqlite3.Connection) -> list[sqlite3.Row]:
    return db.execute("SELECT * FROM documents ORDER BY municipality, year, title").fetchall()


def write_fact_vectors(db: sqlite3.Connection, vectors: dict[str, Sequence[float]]) -> None:
    with db:
        db.execute("DELETE FROM fact_vectors")
        db.executemany(
            "INSERT INTO fact_vectors (id, vector) VALUES (?, ?)",
            [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in vectors.items()],
        )


def read_fact_vectors(db: sqlite3.Connection) -> dict[str, np.ndarray]:
    """Stored vectors by description id; empty for an index built before they existed."""
    try:
        rows = db.execute("SELECT id, vector FROM fact_vectors").fetchall()
    except sqlite3.OperationalError:
        return {}
    return {r["id"]: np.frombuffer(r["vector"], dtype=np.float32) for r in rows}
