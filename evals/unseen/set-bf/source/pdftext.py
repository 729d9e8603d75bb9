"""Shared reading helpers for gen_cases.py and check.py: page texts (pdftotext -layout) and cell tokens."""
from __future__ import annotations

import functools
import re
import subprocess
from pathlib import Path

TOKEN = re.compile(r"(?<!\S)(?:-/- [\d.]+(?:,\d+)?|[\d.]+(?:,\d+)?%?(?: \(\d{4}\))?|-|PM)(?!\S)")


@functools.lru_cache(maxsize=None)
def pages(path: str) -> list[str]:
    p = Path(path)
    if p.suffix == ".txt":
        return [p.read_text(encoding="utf-8")]
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(p)], capture_output=True, text=True,
                                                        check=True).stdout).group(1))
    out = []
    for i in range(1, n + 1):
        out.append(subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), str(p), "-"],
                                  capture_output=True, text=True, check=True).stdout)
    return out


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def row_line(text: str, label: str) -> str | None:
    """The first line whose text (after leading blanks and an optional taakveld code) starts with label."""
    for ln in text.splitlines():
        t = ln.strip()
        t2 = re.sub(r"^\d+\.\d+\s+", "", t)
        if t.startswith(label) or t2.startswith(label):
            return ln
    return None


def cells(line: str, label: str) -> list[str]:
    rest = line[line.index(label) + len(label):]
    return TOKEN.findall(rest)


CAPTION_STARTS = ("Tabel ", "Overzicht ", "Metingen ", "Verplichte ",
                  "Financieel overzicht")


def region(text: str, caption: str | None) -> list[str]:
    """The lines of a table: from the line that starts with caption (or caption + ' (vervolg)') up to the next
    caption-like line.  Without a caption: all lines."""
    lines = text.splitlines()
    if not caption:
        return lines
    c = norm(caption)
    for k, ln in enumerate(lines):
        if norm(ln).startswith(c):
            out = [ln]
            for ln2 in lines[k + 1:]:
                if ln2.strip().startswith(CAPTION_STARTS):
                    break
                out.append(ln2)
            return out
    return []


def find_cell(text: str, caption: str | None, label: str, idx: int, printed: str, occurrence: int | None = None):
    """Lines of the table whose label (after an optional taakveld code) is label followed by blank or end; returns
    the first line whose idx-th value cell is printed (or the occurrence-th line with the label)."""
    seen = 0
    for ln in region(text, caption):
        t = ln.strip()
        t2 = re.sub(r"^\d+\.\d+\s+", "", t)
        for s in (t, t2):
            if s.startswith(label) and (len(s) == len(label) or s[len(label)] == " "):
                seen += 1
                cs = cells(ln, label)
                if occurrence is not None and seen != occurrence:
                    break
                if -len(cs) <= idx < len(cs) and cs[idx] == printed:
                    return ln
                break
    return None
