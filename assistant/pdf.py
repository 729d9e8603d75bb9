"""Text from budget PDFs, page by page, with pdfplumber (IO).

Budget PDFs mark their structure by typography rather than blank lines: a heading is bold or
larger than the body text and follows a gap; a paragraph ends where the line pitch jumps.
The text is laid out accordingly (headings marked '#', '##', '####'; a blank line at every
paragraph gap), so the same parser reads PDFs and text exports. Each line keeps its page
number for citations. Running headers and footers and bare page numbers are removed. A PDF
that is encrypted, corrupt, or whose text layer is glyph garbage is refused with a message.
"""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import DocumentError
from .parsing import is_table_row

LAYOUT_VERSION = 2  # bump when the layout changes, so cached extractions are redone
PAGE_NUMBER = re.compile(r"^\s*(pagina\s+)?\d{1,4}(\s*(van|/)\s*\d{1,4})?\s*$", re.IGNORECASE)
GLYPH_CODES = re.compile(r"(/\d{1,3}){2,}|\(cid:\d+\)")
ADVICE_TEXT = "Lever het document aan als PDF met een tekstlaag, of als HTML- of tekstversie."


@dataclass(frozen=True)
class PdfLine:
    text: str
    size: float
    bold: bool
    top: float


def extract_pages(raw: bytes, path: Path) -> list[list[PdfLine]]:
    """The lines of every page with font size and weight; DocumentError when unreadable."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    if not raw.lstrip().startswith(b"%PDF"):
        raise DocumentError(
            str(path), "dit is geen PDF-bestand (de inhoud begint niet met %PDF).", ADVICE_TEXT
        )
    try:
        with pdfplumber.open(io.BytesIO(raw)) as pdf:
            pages = []
            for page in pdf.pages:
                pages.append(_page_lines(page))
                page.close()  # drop the page's parsed objects: memory stays flat over 300 pages
            return pages
    except (PdfminerException, PDFPasswordIncorrect) as exc:
        cause = exc.args[0] if exc.args else exc
        if "password" in repr(cause).lower() or "encrypt" in repr(cause).lower():
            raise DocumentError(
                str(path),
                "deze PDF is beveiligd met een wachtwoord.",
                "Lever een onbeveiligde versie aan.",
            ) from exc
        raise DocumentError(
            str(path), "deze PDF is beschadigd en kan niet gelezen worden.", ADVICE_TEXT
        ) from exc
    except Exception as exc:  # pdfminer raises many internal types for broken files
        raise DocumentError(
            str(path), f"deze PDF kan niet gelezen worden ({type(exc).__name__}).", ADVICE_TEXT
        ) from exc


def _page_lines(page: Any) -> list[PdfLine]:
    lines = []
    for line in page.extract_text_lines(return_chars=True):
        chars = [c for c in line["chars"] if c["text"].strip()]
        if not chars:
            continue
        size = Counter(round(c["size"], 1) for c in chars).most_common(1)[0][0]
        bold = sum("bold" in c["fontname"].lower() for c in chars) > len(chars) / 2
        lines.append(PdfLine(line["text"], size, bold, line["top"]))
    return lines


def layout(pages: list[list[PdfLine]]) -> list[list[str]]:
    """Lines per page as plain text with heading marks and paragraph breaks.

    A heading is a bold line that starts a block and is no smaller than the body text. The
    largest heading size in the document is marked '#', the next larger-than-body sizes '##',
    and bold headings at body size '####'.
    """
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({ln.text.strip() for ln in lines})
    running = {
        text
        for text, n in counts.items()
        if len(pages) >= 4 and n >= max(3, len(pages) // 2) and len(text) < 80
    }
    sizes: Counter[float] = Counter()
    for lines in pages:
        sizes.update(ln.size for ln in lines)
    body = sizes.most_common(1)[0][0] if sizes else 0.0

    blocks: list[list[tuple[PdfLine, bool]]] = []  # per page: (line, starts a block)
    heading_sizes: set[float] = set()
    for lines in pages:
        kept = [ln for ln in lines if ln.text.strip() and ln.text.strip() not in running]
        while kept and PAGE_NUMBER.match(kept[-1].text):
            kept.pop()
        while kept and PAGE_NUMBER.match(kept[0].text):
            kept.pop(0)
        pitches = sorted(b.top - a.top for a, b in zip(kept, kept[1:]) if b.top > a.top)
        pitch = pitches[len(pitches) // 2] if pitches else 0.0
        page = []
        for i, ln in enumerate(kept):
            gap = ln.top - kept[i - 1].top if i else None
            starts = gap is None or bool(pitch and gap > 1.5 * pitch)
            page.append((ln, starts))
            if _is_heading(ln, body, starts) and ln.size > body:
                heading_sizes.add(ln.size)
        blocks.append(page)
    ranked = sorted(heading_sizes, reverse=True)

    out: list[list[str]] = []
    for page in blocks:
        text_lines: list[str] = []
        for ln, starts in page:
            if _is_heading(ln, body, starts):
                marks = "####" if ln.size <= body else ("#" if ln.size == ranked[0] else "##")
                text_lines += ["", f"{marks} {ln.text.strip()}", ""]
                continue
            if starts and text_lines and text_lines[-1] != "":
                text_lines.append("")
            text_lines.append(ln.text.rstrip())
        out.append(text_lines)
    return out


def _is_heading(line: PdfLine, body: float, starts_block: bool) -> bool:
    text = line.text.strip()
    return (
        starts_block
        and line.bold
        and line.size >= body
        and len(text) <= 120
        and not text.endswith((",", ";"))
        and not is_table_row(text)  # a bold total row of a table
    )


def check_text_layer(pages: list[list[str]], path: Path) -> None:
    """Refuse text layers that are glyph codes (/2/3/5/1...) or no text at all."""
    text = " ".join(" ".join(lines) for lines in pages)
    if len(text.strip()) < 20:
        raise DocumentError(
            str(path),
            "deze PDF heeft geen tekstlaag (alleen afbeeldingen?).",
            "Lever een PDF met tekst aan; gescande pagina's worden niet gelezen.",
        )
    tokens = text.split()
    garbage = sum(1 for t in tokens if GLYPH_CODES.search(t))
    letters = sum(c.isalpha() for c in text) / max(len(text), 1)
    if garbage / max(len(tokens), 1) > 0.2 or letters < 0.3:
        raise DocumentError(
            str(path),
            "de tekstlaag van deze PDF is onleesbaar (tekens als /2/3/5 in plaats van woorden; "
            "dat maken sommige PDF-printers).",
            ADVICE_TEXT,
        )


def pdf_text(raw: bytes, sha256: str, path: Path, cache_dir: Path | None) -> tuple[str, list[int]]:
    """The document text (pages joined by a blank line) and the page of every line.

    Extraction is slow (about a third of a second a page), so it is cached by content hash.
    """
    cached = cache_dir / f"{sha256}-{LAYOUT_VERSION}.json" if cache_dir else None
    if cached and cached.exists():
        data = json.loads(cached.read_text(encoding="utf-8"))
        return data["text"], data["pages"]
    pages = layout(extract_pages(raw, path))
    check_text_layer(pages, path)
    lines: list[str] = []
    page_of_line: list[int] = []
    for number, page_lines in enumerate(pages, start=1):
        for line in page_lines + [""]:
            lines.append(line)
            page_of_line.append(number)
    text = "\n".join(lines)
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(".tmp")
        tmp.write_text(json.dumps({"text": text, "pages": page_of_line}), encoding="utf-8")
        tmp.replace(cached)
    return text, page_of_line
