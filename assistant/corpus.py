"""Reading the corpus: documents, their text and their manifest metadata (IO only)."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from .errors import DocumentError, ManifestError

MANIFEST_NAME = "manifest.yaml"
TEXT_SUFFIXES = (".txt", ".md")
PDF_SUFFIXES = (".pdf",)
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + PDF_SUFFIXES + HTML_SUFFIXES
MAX_BYTES = 200 * 1024 * 1024


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
    pages: tuple[int, ...] = ()  # the page of every line, for PDFs
    detected: tuple[str, ...] = ()  # metadata fields taken from the content, not the manifest

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


def corpus_files(corpus_dirs: tuple[Path, ...] | list[Path]) -> list[Path]:
    files = []
    for corpus_dir in corpus_dirs:
        if corpus_dir.is_dir():
            files += [
                p
                for p in sorted(corpus_dir.iterdir())
                if p.is_file()
                and not p.name.startswith(".")
                and p.name != MANIFEST_NAME
                and p.suffix.lower() in SUPPORTED_SUFFIXES
            ]
    return files


def fingerprint(corpus_dirs: tuple[Path, ...] | list[Path]) -> dict[str, str]:
    """Content hash of every corpus file and manifest: cheap, no text extraction."""
    out = {}
    for path in corpus_files(corpus_dirs):
        out[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    for corpus_dir in corpus_dirs:
        manifest = corpus_dir / MANIFEST_NAME
        if manifest.exists():
            out[str(manifest)] = hashlib.sha256(manifest.read_bytes()).hexdigest()
    return out


def read_corpus(
    corpus_dirs: tuple[Path, ...] | list[Path], cache_dir: Path | None = None
) -> CorpusReport:
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
                doc = read_document(path, manifest.get(path.name, {}), cache_dir)
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


def read_document(path: Path, meta: dict[str, Any], cache_dir: Path | None = None) -> Document:
    if path.stat().st_size > MAX_BYTES:
        raise DocumentError(
            str(path),
            f"het bestand is te groot ({path.stat().st_size // 2**20} MB).",
            f"Documenten tot {MAX_BYTES // 2**20} MB worden gelezen; splits het document.",
        )
    raw = path.read_bytes()
    if not raw.strip():
        raise DocumentError(str(path), "het bestand is leeg.", "Voeg een document met tekst toe.")
    sha256 = hashlib.sha256(raw).hexdigest()
    pages: list[int] = []
    if path.suffix.lower() in PDF_SUFFIXES:
        from .pdf import pdf_text

        text, pages = pdf_text(raw, sha256, path, cache_dir)
        encoding = "pdf"
    elif path.suffix.lower() in HTML_SUFFIXES:
        from .html import html_text

        if b"\x00" in raw[:4096]:
            raise DocumentError(
                str(path),
                "dit is geen HTML-bestand (binaire inhoud).",
                "Sla de pagina op als HTML, of lever een PDF aan.",
            )
        text, encoding = html_text(raw, path), "html"
    else:
        text, encoding = decode_text(raw, path)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    guessed = metadata_from_name(path)
    found = metadata_from_content(text)
    detected = tuple(k for k in ("municipality", "year", "type") if not meta.get(k) and found[k])
    pick = {k: meta.get(k) or found.get(k) or guessed[k] for k in guessed}
    return Document(
        id=str(meta.get("id") or guessed["id"]),
        municipality=str(pick["municipality"]),
        title=str(meta.get("title") or found.get("title") or guessed["title"]),
        year=int(pick["year"]) if pick["year"] else None,
        type=str(pick["type"]),
        path=path,
        text=text,
        sha256=sha256,
        encoding=encoding,
        pages=tuple(pages),
        detected=detected,
    )


def add_document(
    source: Path, corpus_dir: Path, overrides: dict[str, Any], cache_dir: Path | None = None
) -> Document:
    """Copy a document into the corpus with a manifest entry; nothing changes if it is
    unreadable or already there. The entry records which fields were detected from the
    content, so a user can check and correct them."""
    if not source.is_file():
        raise DocumentError(str(source), "dit bestand bestaat niet.", "Controleer het pad.")
    if source.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise DocumentError(
            str(source),
            f"bestandstype '{source.suffix}' wordt niet gelezen.",
            f"Lever het document aan als {', '.join(SUPPORTED_SUFFIXES)}.",
        )
    doc = read_document(source, {k: v for k, v in overrides.items() if v}, cache_dir)
    existing = {hashlib.sha256(p.read_bytes()).hexdigest(): p for p in corpus_files([corpus_dir])}
    if doc.sha256 in existing:
        raise DocumentError(
            str(source),
            f"dit document staat al in het corpus als {existing[doc.sha256].name}.",
            "Het wordt niet opnieuw toegevoegd.",
        )
    slug = re.sub(r"[^a-z0-9]+", "-", f"{doc.municipality} {doc.type} {doc.year or ''}".lower())
    name = f"{slug.strip('-')}-{re.sub(r'[^a-z0-9]+', '-', source.stem.lower()).strip('-')}"
    target = corpus_dir / f"{name}{source.suffix.lower()}"
    manifest = read_manifest(corpus_dir)
    ids = {str(e.get("id")) for e in manifest.values()}
    doc_id = name if name not in ids else f"{name}-{doc.sha256[:6]}"
    corpus_dir.mkdir(parents=True, exist_ok=True)
    target.write_bytes(source.read_bytes())
    entry = {
        "id": doc_id,
        "file": target.name,
        "municipality": doc.municipality,
        "title": doc.title,
        "year": doc.year,
        "type": doc.type,
    }
    if doc.detected:
        entry["detected_from_content"] = list(doc.detected)
    path = corpus_dir / MANIFEST_NAME
    text = path.read_text(encoding="utf-8") if path.exists() else "documents:\n"
    item = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False)
    path.write_text(text.rstrip("\n") + "\n" + item, encoding="utf-8")
    return replace(doc, id=doc_id, path=target)


def metadata_from_content(text: str) -> dict[str, Any]:
    """Municipality, year and type read from a document's own words: a title page such as
    'BEGROTING 2024' and phrases such as 'gemeente Wassenaar'."""
    head = text[:6000]
    kind = re.search(
        r"\b(programmabegroting|begroting|jaarstukken|jaarrekening|jaarverslag|kadernota)\s+"
        r"(20\d{2})\b",
        head,
        re.IGNORECASE,
    )
    names = Counter(
        m.group(1)
        for m in re.finditer(
            r"\b[Gg]emeente\s+([A-Z][a-zà-ÿ]+(?:[- ][A-Z][a-zà-ÿ]+)?)", text[:200000]
        )
    )
    for generic in ("Nederland", "Den"):
        names.pop(generic, None)
    municipality = names.most_common(1)[0][0] if names else None
    doc_type = None
    if kind:
        doc_type = kind.group(1).lower().replace("programmabegroting", "begroting")
        doc_type = {"jaarrekening": "jaarstukken", "jaarverslag": "jaarstukken"}.get(
            doc_type, doc_type
        )
    title = f"{kind.group(1).capitalize()} {kind.group(2)}" if kind else None
    if title and municipality:
        title = f"{title} gemeente {municipality}"
    return {
        "municipality": municipality,
        "year": int(kind.group(2)) if kind else None,
        "type": doc_type,
        "title": title,
    }


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
