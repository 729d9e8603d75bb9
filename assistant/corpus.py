"""Reading the corpus: documents, their text and their manifest metadata (IO only)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import DocumentError, ManifestError

MANIFEST_NAME = "manifest.yaml"
TEXT_SUFFIXES = (".txt", ".md")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES


@dataclass(frozen=True)
class Document:
    """One source document with its metadata and full text."""

    id: str
    municipality: str
    title: str
    year: int | None
    type: str
    path: Path
    text: str
    sha256: str
    encoding: str = "utf-8"

    @property
    def label(self) -> str:
        year = f" {self.year}" if self.year else ""
        return f"{self.municipality}: {self.title}{year}".strip()


@dataclass(frozen=True)
class CorpusReport:
    documents: tuple[Document, ...]
    problems: tuple[DocumentError, ...]


def read_manifest(corpus_dir: Path) -> dict[str, dict[str, Any]]:
    """Manifest entries keyed by file name."""
    path = corpus_dir / MANIFEST_NAME
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ManifestError(str(path), f"geen geldige YAML ({exc}).") from exc
    entries = data.get("documents", [])
    if not isinstance(entries, list):
        raise ManifestError(str(path), "'documents' moet een lijst zijn.")
    by_file: dict[str, dict[str, Any]] = {}
    for entry in entries:
        if not isinstance(entry, dict) or "file" not in entry:
            raise ManifestError(str(path), f"elk document heeft een 'file' nodig: {entry!r}")
        by_file[str(entry["file"])] = entry
    return by_file


def read_corpus(corpus_dirs: tuple[Path, ...] | list[Path]) -> CorpusReport:
    """All readable documents of the given directories; unreadable ones are reported, not fatal."""
    documents: list[Document] = []
    problems: list[DocumentError] = []
    seen_hashes: dict[str, Path] = {}
    for corpus_dir in corpus_dirs:
        if not corpus_dir.is_dir():
            problems.append(
                DocumentError(
                    str(corpus_dir),
                    "deze corpusmap bestaat niet.",
                    "Controleer het pad (ASSISTANT_CORPUS of --corpus).",
                )
            )
            continue
        manifest = read_manifest(corpus_dir)
        for path in sorted(corpus_dir.iterdir()):
            if path.name == MANIFEST_NAME or path.name.startswith(".") or not path.is_file():
                continue
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            try:
                doc = read_document(path, manifest.get(path.name, {}))
            except DocumentError as exc:
                problems.append(exc)
                continue
            if doc.sha256 in seen_hashes:
                problems.append(
                    DocumentError(
                        str(path),
                        f"dit is een kopie van {seen_hashes[doc.sha256].name}.",
                        "Het document is één keer geïndexeerd; verwijder de kopie.",
                    )
                )
                continue
            seen_hashes[doc.sha256] = path
            documents.append(doc)
    return CorpusReport(tuple(documents), tuple(problems))


def read_document(path: Path, meta: dict[str, Any]) -> Document:
    raw = path.read_bytes()
    if not raw.strip():
        raise DocumentError(str(path), "het bestand is leeg.", "Voeg een document met tekst toe.")
    text, encoding = decode_text(raw, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    guessed = metadata_from_name(path)
    year = meta.get("year", guessed["year"])
    return Document(
        id=str(meta.get("id") or guessed["id"]),
        municipality=str(meta.get("municipality") or guessed["municipality"]),
        title=str(meta.get("title") or guessed["title"]),
        year=int(year) if year else None,
        type=str(meta.get("type") or guessed["type"]),
        path=path,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        encoding=encoding,
    )


def decode_text(raw: bytes, path: Path) -> tuple[str, str]:
    """UTF-8, else Windows-1252 (common in Dutch exports); binary junk is refused."""
    if b"\x00" in raw[:4096]:
        raise DocumentError(
            str(path),
            "dit is geen tekstbestand (binaire inhoud).",
            "Lever het document aan als .txt, .html of .pdf.",
        )
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "cp1252"


DOC_TYPES = ("programmabegroting", "begroting", "jaarstukken", "jaarrekening", "kadernota")


def metadata_from_name(path: Path) -> dict[str, Any]:
    """Best-effort metadata from a descriptive file name like 'gemeente-begroting-2024-x.txt'."""
    stem = path.stem
    parts = re.split(r"[-_ ]+", stem)
    year_match = re.search(r"(?<!\d)(20\d{2}|19\d{2})(?!\d)", stem)
    doc_type = next((t for t in DOC_TYPES if t in stem.lower()), "begroting")
    if doc_type == "programmabegroting":
        doc_type = "begroting"
    municipality = parts[0].capitalize() if parts and parts[0] else "Onbekend"
    return {
        "id": re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-"),
        "municipality": municipality,
        "title": stem.replace("-", " ").replace("_", " "),
        "year": int(year_match.group(1)) if year_match else None,
        "type": doc_type,
    }
