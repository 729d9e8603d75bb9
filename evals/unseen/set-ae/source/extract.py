"""Read the finished corpus files back: the PDF (pdfplumber for page geometry, pdftotext -layout for the
text, column by column) and the Markdown export (headings, paragraphs, pipe tables).

Used by gen_cases.py (to find the page/table of each source figure) and check.py (verification).
Nothing here imports the data module: what it returns is what the documents print.
"""
from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber

NUM_RE = re.compile(r"(?<![\w.,])\(?-?\d+(?:\.\d{3})*(?:,\d+)?\)?%?|(?<!\S)-(?!\S)")
FOOTNOTE_RE = re.compile(r"\[\^[^\]]+\]")


def parse_num(tok: str) -> float | None:
    """'(1.250.000)' -> -1250000; '-3.730' -> -3730; '€ 1.250' -> 1250; '0,0804' -> 0.0804; '69,4%' -> 69.4;
    '-' -> 0; '**1.234**' -> 1234; '1.234[^2]' -> 1234; '' -> None."""
    t = FOOTNOTE_RE.sub("", tok).replace("\xa0", " ").replace("€", "").replace("*", "").strip()
    if t == "":
        return None
    if t == "-":
        return 0.0
    neg = (t.startswith("(") and t.endswith(")")) or t.startswith("-")
    t = t.strip("()").lstrip("-").rstrip("%").strip()
    v = float(t.replace(".", "").replace(",", "."))
    return -v if neg else v


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------
@dataclass
class PdfPage:
    number: int
    rotation: int
    width: float                 # as displayed (pdfplumber applies /Rotate)
    height: float
    mediabox: tuple
    layout: str                  # 'twocol' | 'single' | 'rotated'
    band: tuple | None           # (top, bottom) of the two-column band
    lines: list[str] = field(default_factory=list)          # reading order
    column_of: list[str] = field(default_factory=list)      # 'top' | 'left' | 'right' | 'bottom' | 'page'


def _pdftotext(path: Path, page: int, crop: tuple | None = None) -> list[str]:
    cmd = ["pdftotext", "-layout", "-f", str(page), "-l", str(page)]
    if crop:
        x, y, w, h = (int(round(v)) for v in crop)
        cmd += ["-x", str(x), "-y", str(y), "-W", str(w), "-H", str(h)]
    out = subprocess.run(cmd + [str(path), "-"], check=True, capture_output=True, text=True).stdout
    return [line.rstrip() for line in out.replace("\f", "").splitlines()]


class PdfText:
    """Text of a PDF in reading order. A page with a vertical rule in the middle of the page is a two-column
    page: within the rule's height the left column is read before the right column."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pages: list[PdfPage] = []
        with pdfplumber.open(str(path)) as pdf:
            for p in pdf.pages:
                rot = int(p.rotation or 0)
                mid = p.width / 2
                rules = [ln for ln in p.lines if abs(ln["x0"] - ln["x1"]) < 0.5 and abs(ln["x0"] - mid) < 3
                         and ln["bottom"] - ln["top"] > 200]
                mb = tuple(float(v) for v in p.page_obj.mediabox)
                if rot:
                    pg = PdfPage(p.page_number, rot, p.width, p.height, mb, "rotated", None)
                elif rules:
                    band = (min(r["top"] for r in rules), max(r["bottom"] for r in rules))
                    pg = PdfPage(p.page_number, rot, p.width, p.height, mb, "twocol", band)
                else:
                    pg = PdfPage(p.page_number, rot, p.width, p.height, mb, "single", None)
                self.pages.append(pg)
        for pg in self.pages:
            if pg.layout == "twocol":
                top, bot = pg.band
                mid = pg.width / 2
                parts = [("top", (0, 0, pg.width, top)), ("left", (0, top, mid, bot - top)),
                         ("right", (mid, top, pg.width - mid, bot - top)), ("bottom", (0, bot, pg.width, pg.height - bot))]
                for name, crop in parts:
                    for line in _pdftotext(path, pg.number, crop):
                        pg.lines.append(line)
                        pg.column_of.append(name)
            else:
                pg.lines = _pdftotext(path, pg.number)
                pg.column_of = ["page"] * len(pg.lines)
        self.lines = [(pg.number, line) for pg in self.pages for line in pg.lines]
        self.flat = re.sub(r"\s+", " ", " ".join(line for _, line in self.lines))

    # ---- navigation ----------------------------------------------------------------------------
    @staticmethod
    def _match(lines: list[tuple[int, str]], i: int, want: str) -> int:
        """How many lines (1 or 2: a heading wrapped in a narrow column) starting at i spell `want`; 0 if none."""
        s = lines[i][1].strip()
        if s == want:
            return 1
        if s and want.startswith(s + " ") and i + 1 < len(lines):
            if (s + " " + lines[i + 1][1].strip()) == want:
                return 2
        return 0

    def region(self, start: str, end: str | None, skip_pages: int = 2, after: int = 0) -> list[tuple[int, str]]:
        """Lines after the first line (past the TOC) whose stripped text equals `start` (a heading may be
        wrapped over two lines), up to the line equal to `end` (exclusive). `after`: skip earlier matches."""
        lines = [(p, ln) for p, ln in self.lines if p > skip_pages]
        return self._between(lines, start, end, after)

    @classmethod
    def _between(cls, lines, start, end, after=0):
        out, on, seen, i = [], False, 0, 0
        while i < len(lines):
            if not on:
                k = cls._match(lines, i, start)
                if k:
                    if seen == after:
                        on = True
                        i += k
                        continue
                    seen += 1
                i += 1
                continue
            if end is not None and cls._match(lines, i, end):
                break
            out.append(lines[i])
            i += 1
        if not on:
            raise KeyError(f"start marker not found: {start!r}")
        return out

    @classmethod
    def sub(cls, region: list[tuple[int, str]], start: str, end: str | None) -> list[tuple[int, str]]:
        return cls._between(region, start, end)

    @staticmethod
    def row(region: list[tuple[int, str]], label: str) -> tuple[int, list[str]]:
        """(page, numeric tokens) of the first line in the region that starts with the row label."""
        words = [re.escape(w) for w in label.split()]
        pat = re.compile(r"^" + r"\s+".join(words) + r"(?:\s{2,}|\s+(?=[\d(\-€])|$)")
        for page, line in region:
            s = line.strip()
            m = pat.match(s)
            if m:
                return page, NUM_RE.findall(s[m.end():])
        raise KeyError(f"row not found: {label!r}")

    def find_text(self, snippet: str) -> int:
        """Page number of the first page whose whitespace-normalised reading-order text holds the snippet."""
        want = re.sub(r"\s+", " ", snippet)
        for pg in self.pages:
            if want in re.sub(r"\s+", " ", " ".join(pg.lines)):
                return pg.number
        raise KeyError(f"text not found: {snippet!r}")

    def page_text(self, number: int) -> str:
        return re.sub(r"\s+", " ", " ".join(self.pages[number - 1].lines))

    def toc(self, page: int = 2) -> dict[str, int]:
        out = {}
        for line in self.pages[page - 1].lines:
            m = re.match(r"^\s*(.+?)\s*(?:\.\s*){3,}(\d+)\s*$", line)
            if m:
                out[m.group(1).strip()] = int(m.group(2))
        return out


# ---------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------
@dataclass
class MdTable:
    section: str                  # last heading text above the table
    index: int                    # n-th table under that heading
    header: list[str]
    align: list[str]              # 'l' | 'r' | 'c' | '' per column, from the alignment row
    rows: list[list[str]]         # raw cell text (with ** and footnote markers)
    line_no: int
    scale_line: str               # the non-empty line just above the table (e.g. "*Bedragen x € 1.000*")
    after_text: str = ""          # paragraph text right after the table
    scale_text: str = ""          # the nearest "Bedragen ..." statement above the table in its section (a
                                  # continued table inherits it), or the header's first cell if it states one


def clean(cell: str) -> str:
    """Cell text without bold markers and footnote references."""
    return FOOTNOTE_RE.sub("", cell).replace("**", "").strip()


def _split_row(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


class MdDoc:
    def __init__(self, path: Path) -> None:
        self.raw = path.read_text(encoding="utf-8")
        lines = self.raw.splitlines()
        self.headings: list[tuple[int, int, str]] = []      # (line_no, level, text)
        self.tables: list[MdTable] = []
        self.footnotes: dict[str, str] = {}
        text_parts: list[str] = []
        heading = ""
        seen: dict[str, int] = {}
        i = 0
        while i < len(lines):
            line = lines[i]
            m = re.match(r"^(#{1,6})\s+(.*)$", line)
            if m:
                heading = m.group(2).strip()
                self.headings.append((i, len(m.group(1)), heading))
                text_parts.append(heading)
                i += 1
                continue
            fm = re.match(r"^\[\^([^\]]+)\]:\s*(.*)$", line)
            if fm:
                self.footnotes[fm.group(1)] = fm.group(2).strip()
                text_parts.append(fm.group(2))
                i += 1
                continue
            if line.strip().startswith("|") and i + 1 < len(lines) and re.match(r"^\s*\|?\s*:?-{3,}", lines[i + 1]):
                header = _split_row(line)
                align = []
                for a in _split_row(lines[i + 1]):
                    align.append("c" if a.startswith(":") and a.endswith(":") else "r" if a.endswith(":")
                                 else "l" if a.startswith(":") else "")
                j = i + 2
                rows = []
                while j < len(lines) and lines[j].strip().startswith("|"):
                    rows.append(_split_row(lines[j]))
                    j += 1
                k = i - 1
                while k >= 0 and not lines[k].strip():
                    k -= 1
                scale = lines[k].strip() if k >= 0 else ""
                idx = seen.get(heading, 0)
                seen[heading] = idx + 1
                t = MdTable(heading, idx, header, align, rows, i, scale)
                nxt = j
                while nxt < len(lines) and not lines[nxt].strip():
                    nxt += 1
                para = []
                while nxt < len(lines) and lines[nxt].strip() and not lines[nxt].startswith(("|", "#")):
                    para.append(lines[nxt].strip())
                    nxt += 1
                t.after_text = " ".join(para)
                if "Bedragen" in header[0]:
                    t.scale_text = clean(header[0])
                else:
                    h_line = max([ln for ln, _, _ in self.headings if ln < i], default=-1)
                    for k2 in range(i - 1, h_line, -1):
                        if "Bedragen" in lines[k2]:
                            t.scale_text = lines[k2].strip().strip("*")
                            break
                self.tables.append(t)
                text_parts.append(" ".join(header))
                for r in rows:
                    text_parts.append(" ".join(r))
                i = j
                continue
            text_parts.append(line)
            i += 1
        plain = FOOTNOTE_RE.sub("", " ".join(text_parts)).replace("**", "").replace("*", "").replace("|", " ")
        self.text = re.sub(r"\s+", " ", plain)

    def table(self, section: str, index: int = 0) -> MdTable:
        for t in self.tables:
            if t.section == section and t.index == index:
                return t
        raise KeyError(f"table not found under heading {section!r} #{index}")

    def col_index(self, t: MdTable, col: str) -> int:
        cols = [j for j, h in enumerate(t.header) if clean(h) == col]
        if len(cols) != 1:
            raise KeyError(f"column {col!r} not unique in {t.section!r}: {t.header}")
        return cols[0]

    def cell(self, section: str, row: str, col: str, index: int = 0, after: str | None = None) -> str:
        """Raw text of a cell: row by its cleaned label in the first column (searching below the row labelled
        `after`, if given), column by its cleaned header."""
        t = self.table(section, index)
        j = self.col_index(t, col)
        on = after is None
        for r in t.rows:
            lbl = clean(r[0])
            if not on:
                on = lbl == after
                continue
            if lbl == row:
                return r[j]
        raise KeyError(f"row {row!r} not found in {section!r} #{index}")

    def row_labels(self, section: str, index: int = 0) -> list[str]:
        return [clean(r[0]) for r in self.table(section, index).rows]

    def heading_line(self, text: str) -> int:
        for ln, _, h in self.headings:
            if h == text:
                return ln
        raise KeyError(text)
