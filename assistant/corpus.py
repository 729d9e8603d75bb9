"""Reading the corpus: documents, their text and their manifest metadata (IO only)."""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import time
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from .errors import DocumentError, ManifestError
from .markdown import markdown_text
from .table_grid import align_tabbed
from .years import whole_years

MANIFEST_NAME = "manifest.yaml"
TEXT_SUFFIXES = (".txt", ".md")
PDF_SUFFIXES = (".pdf",)
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + PDF_SUFFIXES + HTML_SUFFIXES

# Limits by cost, not by bytes (README, "Bad input"). Embedding is the slow step: about
# 0.15 s a passage on a 2-core machine, so 5,000 passages (about 1,000 printed pages of a
# budget) take some 12 minutes; anything larger is refused before any work is done.
MAX_PASSAGES = 5_000
WORDS_PER_PASSAGE = 60  # measured: a 121-page begroting of 34,273 words gives 520 passages
MAX_PAGES = 1_000  # checked before a PDF is read: extraction takes about 0.3 s a page
MAX_BYTES = 200 * 2**20  # a PDF; its pages are the real limit
MAX_TEXT_BYTES = 20 * 2**20  # text and HTML; 5 MB of HTML takes about 8 s to parse
MAX_NAME_BYTES = 200


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


def code_fingerprint(modules: Iterable[str]) -> str:
    """A hash of the code of these modules of the package (by file name): what was read or
    built by other code is read or built again."""
    digest = hashlib.sha256()
    for name in modules:
        digest.update((Path(__file__).parent / name).read_bytes())
    return digest.hexdigest()[:16]


def fingerprint(
    corpus_dirs: tuple[Path, ...] | list[Path], staged: Staged | None = None
) -> dict[str, str]:
    """Content hash of every corpus file and manifest (as they will be once a staged document
    is committed): cheap, no text extraction."""
    out = {}
    for path in corpus_files(corpus_dirs):
        out[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    for corpus_dir in corpus_dirs:
        manifest = corpus_dir / MANIFEST_NAME
        if manifest.exists():
            out[str(manifest)] = hashlib.sha256(manifest.read_bytes()).hexdigest()
    if staged is not None:
        out[str(staged.document.path)] = staged.document.sha256
        out[str(staged.manifest_path)] = hashlib.sha256(
            staged.manifest_text.encode("utf-8")
        ).hexdigest()
    return out


def read_corpus(
    corpus_dirs: tuple[Path, ...] | list[Path],
    cache_dir: Path | None = None,
    staged: Staged | None = None,
) -> CorpusReport:
    """All readable documents of the given directories, with a staged one as if it were
    already in place; unreadable ones are reported, not fatal."""
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
            except Exception as exc:  # any failure of one file skips that file, never the build
                problems.append(unreadable(path, exc))
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
        if staged is not None and staged.document.path.parent == corpus_dir:
            documents.append(staged.document)
    return CorpusReport(tuple(documents), tuple(problems))


def unreadable(path: Path, exc: BaseException) -> DocumentError:
    """An unexpected failure while reading or parsing one document, as a reported skip."""
    return DocumentError(
        str(path),
        f"dit document kon niet verwerkt worden ({type(exc).__name__}).",
        "Het is overgeslagen; de andere documenten zijn geïndexeerd. Lever het document "
        "in een andere vorm aan (PDF met tekstlaag, HTML of tekst).",
    )


def too_many_passages(path: Path, passages: int) -> DocumentError:
    minutes = round(passages * 0.15 / 60)
    return DocumentError(
        str(path),
        f"dit document is te groot om te indexeren: ongeveer {passages:,} passages, zo'n "
        f"{minutes} minuten rekenwerk.".replace(",", "."),
        f"De grens is {MAX_PASSAGES:,} passages per document (ongeveer {MAX_PAGES:,} "
        "bladzijden), zodat de index binnen een kwartier klaar is; splits het document in "
        "delen.".replace(",", "."),
    )


def read_document(path: Path, meta: dict[str, Any], cache_dir: Path | None = None) -> Document:
    check_size(str(path), path.stat().st_size)
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
        text = align_tabbed(markdown_text(text.replace("\r\n", "\n").replace("\r", "\n")))
    # the minus sign as typesetting programs set it ('−3.360.666', U+2212) is a minus, and a
    # year cut short in a narrow column ('R '23') is the year
    text = whole_years(text.replace("\u2212", "-"))
    words = len(text.split())
    if words > MAX_PASSAGES * WORDS_PER_PASSAGE:
        raise too_many_passages(path, words // WORDS_PER_PASSAGE)
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


@dataclass(frozen=True)
class Staged:
    """A document on its way into the corpus. Its bytes wait in a hidden file beside the
    corpus (hidden files are never read as documents) while the index is built with it;
    commit() then moves it in with its manifest entry, discard() leaves no trace."""

    document: Document  # its path is where it will live
    hidden: Path
    manifest_text: str
    siblings: tuple[str, ...] = ()  # other files of the same municipality and year

    @property
    def manifest_path(self) -> Path:
        return self.document.path.parent / MANIFEST_NAME

    def commit(self) -> None:
        """Manifest first: an entry whose file is missing is harmless, not the reverse."""
        tmp = self.hidden.with_name(f".{MANIFEST_NAME}-{uuid.uuid4().hex[:8]}")
        tmp.write_text(self.manifest_text, encoding="utf-8")
        os.replace(tmp, self.manifest_path)
        os.replace(self.hidden, self.document.path)

    def discard(self) -> None:
        self.hidden.unlink(missing_ok=True)


STAGED_PREFIX = ".staged-"


def stage_document(
    source: Path,
    corpus_dir: Path,
    overrides: dict[str, Any],
    cache_dir: Path | None = None,
    indexed: tuple[dict[str, Any], ...] = (),
) -> Staged:
    """Read a document and prepare its place in the corpus, changing nothing visible; refused
    when it is unreadable or already there. An existing file is never overwritten: a second
    document of the same municipality and year as one in the manifest or in `indexed` (the
    index's documents) gets a name of its own, a title of its own, and is named as such. The
    manifest entry records which fields were detected from the content, so a user can check
    and correct them."""
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
    corpus_dir.mkdir(parents=True, exist_ok=True)
    _remove_abandoned_stages(corpus_dir)
    manifest = read_manifest(corpus_dir)
    slug = _slug(f"{doc.municipality} {doc.type} {doc.year or ''}")
    target = _free_path(corpus_dir, f"{slug}-{_slug(source.stem)[:80]}", source.suffix, manifest)
    ids = {str(e.get("id")) for e in manifest.values()}
    doc_id = target.stem if target.stem not in ids else f"{target.stem}-{doc.sha256[:6]}"
    known = {Path(str(d["path"])).name: d for d in indexed} | manifest  # documents indexed now
    same = [
        {**e, "file": file}
        for file, e in known.items()
        if e.get("municipality") == doc.municipality and e.get("year") == doc.year
    ]
    title = doc.title
    if any(e.get("title") == title for e in same):
        title = f"{title} ({target.name})"
    entry = {
        "id": doc_id,
        "file": target.name,
        "municipality": doc.municipality,
        "title": title,
        "year": doc.year,
        "type": doc.type,
    }
    if doc.detected:
        entry["detected_from_content"] = list(doc.detected)
    path = corpus_dir / MANIFEST_NAME
    text = path.read_text(encoding="utf-8") if path.exists() else "documents:\n"
    item = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False)
    hidden = corpus_dir / f"{STAGED_PREFIX}{uuid.uuid4().hex[:8]}-{target.name}"
    hidden.write_bytes(source.read_bytes())
    return Staged(
        document=replace(doc, id=doc_id, title=title, path=target),
        hidden=hidden,
        manifest_text=text.rstrip("\n") + "\n" + item,
        siblings=tuple(str(e["file"]) for e in same),
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _free_path(corpus_dir: Path, stem: str, suffix: str, manifest: dict[str, Any]) -> Path:
    """A file name no file and no manifest entry has (compared case-insensitively)."""
    taken = {p.name.lower() for p in corpus_dir.iterdir()} | {f.lower() for f in manifest}
    for n in itertools.count(1):
        name = f"{stem}{'' if n == 1 else f'-{n}'}{suffix.lower()}"
        if name.lower() not in taken:
            return corpus_dir / name
    raise AssertionError("unreachable")


def _remove_abandoned_stages(corpus_dir: Path, age_s: float = 3600.0) -> None:
    """Staged files of an add that was killed; a recent one may belong to a running add."""
    for path in corpus_dir.glob(f"{STAGED_PREFIX}*"):
        if time.time() - path.stat().st_mtime > age_s:
            path.unlink(missing_ok=True)


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
        doc_type = canonical_type(doc_type)
    title = f"{kind.group(1).capitalize()} {kind.group(2)}" if kind else None
    if title and municipality:
        title = f"{title} gemeente {municipality}"
    return {
        "municipality": municipality,
        "year": int(kind.group(2)) if kind else None,
        "type": doc_type,
        "title": title,
    }


def check_size(name: str, size: int) -> None:
    """Refuse a file before reading it when it is larger than its kind may be."""
    pdf = Path(name).suffix.lower() in PDF_SUFFIXES
    limit = MAX_BYTES if pdf else MAX_TEXT_BYTES
    if size > limit:
        raise DocumentError(
            name,
            f"het bestand is te groot ({size / 2**20:.0f} MB).",
            f"{'PDF-bestanden' if pdf else 'Tekst- en HTML-bestanden'} tot {limit // 2**20} MB "
            "worden gelezen, en per document hoogstens zo'n "
            f"{MAX_PAGES:,} bladzijden; splits het document.".replace(",", "."),
        )


def check_file_name(name: str) -> str:
    """The base name of an uploaded file, or DocumentError when no file could have it."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    shown = name.encode("unicode_escape").decode("ascii")[:80] or "(leeg)"
    if (
        not base
        or base.startswith(".")
        or any(ch < " " or ch == "\x7f" for ch in base)
        or len(base.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES
    ):
        raise DocumentError(
            shown,
            "deze bestandsnaam kan niet gebruikt worden (leeg, verborgen, met stuurtekens of "
            f"langer dan {MAX_NAME_BYTES} tekens).",
            "Geef het bestand een gewone naam, zoals begroting-2024.pdf.",
        )
    return base


BOMS = (  # longest first: the UTF-32 little-endian mark starts with the UTF-16 one
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode_text(raw: bytes, path: Path) -> tuple[str, str]:
    """By its byte-order mark (Windows saves 'Unicode' text as UTF-16), else UTF-8, else
    Windows-1252 (common in Dutch exports); binary junk is refused."""
    for bom, codec in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec), codec.removesuffix("-sig")
            except UnicodeDecodeError:
                break
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
# the names of the accounts of a year: a jaarrekening and a jaarverslag report on the year as
# the jaarstukken that bundle them do
YEAR_ACCOUNTS = {"jaarrekening": "jaarstukken", "jaarverslag": "jaarstukken"}


def canonical_type(doc_type: str) -> str:
    """A document's type under the name the readers know it by ('jaarrekening':
    'jaarstukken')."""
    return YEAR_ACCOUNTS.get(doc_type.lower(), doc_type)


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
