"""Read the finished documents back (never imports data.py): pdftotext pages, table rows by caption, prose quotes.

Used by gen_cases.py (to locate every expected figure) and by check.py (to verify them again).
"""
from __future__ import annotations

import re
import subprocess
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

NUM_RE = re.compile(r"^-?\d{1,3}(?:\.\d{3})*(?:,\d+)?%?$")
CAPTION_RE = re.compile(r"^\s*(?:Tabel \d+(?:\.\d+)?:?|Overzicht \d+\.\d+)\s")


def parse_nl(s: str) -> Decimal:
    t = s.strip().replace("\u2212", "-").rstrip("%").replace("€", "").strip()
    neg = t.startswith("-")
    t = t.lstrip("-").replace(".", "").replace(",", ".")
    v = Decimal(t)
    return -v if neg else v


@lru_cache(maxsize=None)
def pdf_pages(path: str, layout: bool = True) -> tuple[str, ...]:
    args = ["pdftotext", "-q"] + (["-layout"] if layout else []) + [path, "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return tuple(pages)


@lru_cache(maxsize=None)
def text_file(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


def norm(s: str) -> str:
    """for prose matching: drop whitespace, hyphens (ConTeXt/LaTeX hyphenate at line ends) and typographic quotes."""
    return re.sub(r"[\s\-\u00ad\u2010\u2011]", "", s).replace("\u2019", "'").replace("\u2018", "'")


def find_caption(path: str, caption: str) -> list[tuple[int, int]]:
    """(page number 1-based, line index) of every line starting with the caption text."""
    hits = []
    for pno, page in enumerate(pdf_pages(path), start=1):
        for i, line in enumerate(page.split("\n")):
            if line.strip().startswith(caption):
                hits.append((pno, i))
    return hits


def table_region(lines: list[str], cap_idx: int, pos: str) -> tuple[int, int]:
    """lines of the table belonging to a caption: 'below' = caption under the table (region: after the previous
    caption or prose paragraph ... caption); 'above' = caption above the table (caption ... next caption)."""
    if pos == "below":
        start = 0
        for j in range(cap_idx - 1, -1, -1):
            if CAPTION_RE.match(lines[j]):
                start = j + 1
                break
        return start, cap_idx
    end = len(lines)
    for j in range(cap_idx + 1, len(lines)):
        if CAPTION_RE.match(lines[j]):
            end = j
            break
    return cap_idx + 1, end


def label_positions(line: str, label: str) -> list[int]:
    """positions where the row label starts a cell: at the start of the line or after 2+ spaces."""
    out = []
    for m in re.finditer(re.escape(label), line):
        s = m.start()
        before = line[:s]
        if (before.strip() == "" or before.endswith("  ")) and (m.end() == len(line) or line[m.end()] == " "):
            out.append(s)
    return out


def locate_cell(path: str, caption: str, pos: str, row: str, col: int, occ: int = 0):
    """Find the row line of a table and return dict(page, line, printed token at column index col among the
    numeric tokens right of the label). Raises ValueError when not found or ambiguous."""
    caps = find_caption(path, caption)
    if len(caps) != 1:
        raise ValueError(f"caption {caption!r}: {len(caps)} hits")
    pno, ci = caps[0]
    lines = pdf_pages(path)[pno - 1].split("\n")
    s, e = table_region(lines, ci, pos)
    found = []
    for i in range(s, e):
        for p in label_positions(lines[i], row):
            found.append((i, p))
    if len(found) <= occ:
        raise ValueError(f"row {row!r} not found under {caption!r} (page {pno}); {len(found)} hits")
    i, p = found[occ]
    rest = lines[i][p + len(row):]
    toks = [t for t in rest.split() if NUM_RE.match(t) or t == "-"]
    if col >= len(toks):
        raise ValueError(f"row {row!r} has {len(toks)} value tokens, column {col} asked: {lines[i]!r}")
    return {"page": pno, "line": lines[i].rstrip(), "token": toks[col], "tokens": toks, "hits": len(found)}


def page_of_prose(path: str, quote: str) -> list[int]:
    q = norm(quote)
    return [pno for pno, page in enumerate(pdf_pages(path, layout=False), start=1) if q in norm(page)]


def locate_real_text(path: str, contains: str) -> list[str]:
    return [ln for ln in text_file(path).split("\n") if contains in ln]


def real_pdf_row(path: str, page: int, row: str, col: int):
    lines = pdf_pages(path)[page - 1].split("\n")
    found = [(i, p) for i in range(len(lines)) for p in label_positions(lines[i], row)]
    if len(found) != 1:
        raise ValueError(f"real pdf row {row!r} on page {page}: {len(found)} hits")
    i, p = found[0]
    rest = lines[i][p + len(row):]
    toks = [t for t in rest.split() if NUM_RE.match(t) or t == "-"]
    return {"page": page, "line": lines[i].rstrip(), "token": toks[col], "tokens": toks}


def doc_text(path: str) -> str:
    if path.endswith(".pdf"):
        return "\n".join(pdf_pages(path, layout=False))
    return text_file(path)
