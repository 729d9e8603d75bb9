"""Read the finished corpus files back: PDF text per page (pdftotext -layout) and HTML tables.

Used by check.py (verification) and gen_cases.py (to record the page of each source cell).
Nothing here imports the data module: what it returns is what the documents print.
"""
from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

NUM_RE = re.compile(r"(?<![\w.,])\(?-?\d+(?:\.\d{3})*(?:,\d+)?\)?%?(?:\s?[VN]\b)?|(?<!\S)-(?!\S)|n\.b\.")


def parse_num(tok: str) -> float | None:
    """'(1.920)' -> -1920; '114 V' -> 114; '€ 1.250' -> 1250; '6,96' -> 6.96; '41,25%' -> 41.25; '-' -> 0."""
    t = tok.replace("\xa0", " ").replace("€", "").strip()
    t = re.sub(r"\s?[VN]$", "", t).strip()
    if t in ("-", ""):
        return 0.0
    if t == "n.b.":
        return None
    neg = t.startswith("(") and t.endswith(")") or t.startswith("-")
    t = t.strip("()").lstrip("-").rstrip("%")
    v = float(t.replace(".", "").replace(",", "."))
    return -v if neg else v


def vn_of(tok: str) -> str | None:
    m = re.search(r"([VN])$", tok.strip())
    return m.group(1) if m else None


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------
class PdfText:
    def __init__(self, path: Path) -> None:
        out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                             text=True).stdout
        self.pages = out.split("\f")
        if self.pages and not self.pages[-1].strip():
            self.pages.pop()
        self.lines = [(pi + 1, line) for pi, page in enumerate(self.pages) for line in page.splitlines()]
        self.flat = re.sub(r"\s+", " ", " ".join(line for _, line in self.lines))

    def region(self, start: str, end: str | None, skip_pages: int = 2) -> list[tuple[int, str]]:
        """Lines after the line equal to `start` (first after the TOC) up to the line equal to `end`."""
        out, on = [], False
        for page, line in self.lines:
            if page <= skip_pages:
                continue
            s = line.strip()
            if not on and s == start:
                on = True
                continue
            if on and end is not None and s == end:
                break
            if on:
                out.append((page, line))
        if not on:
            raise KeyError(f"start marker not found: {start!r}")
        return out

    def row(self, region: list[tuple[int, str]], label: str) -> tuple[int, list[str]]:
        """(page, numeric tokens) of the first line in the region that starts with the row label."""
        words = [re.escape(w) for w in label.split()]
        pat = re.compile(r"^" + r"\s+".join(words) + r"\d?(?:\s{2,}|\s+(?=[\d(\-€]))")
        for page, line in region:
            s = line.strip()
            m = pat.match(s)
            if m:
                return page, NUM_RE.findall(s[m.end():])
        raise KeyError(f"row not found: {label!r}")

    def find_text(self, snippet: str) -> int:
        """Page number of the first page whose whitespace-normalised text holds the snippet."""
        want = re.sub(r"\s+", " ", snippet)
        for pi, page in enumerate(self.pages, start=1):
            if want in re.sub(r"\s+", " ", page):
                return pi
        raise KeyError(f"text not found: {snippet!r}")


# ---------------------------------------------------------------------------
# HTML (Google Docs export)
# ---------------------------------------------------------------------------
@dataclass
class HtmlTable:
    section: str
    index: int                      # n-th table after that heading
    grid: list[list[str]]           # rows x cols, spans expanded
    header_rows: int
    cell_classes: list[list[str]] = field(default_factory=list)


class _P(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.css = ""
        self.in_style = False
        self.heading: str | None = None
        self.last_heading = ""
        self.tables: list[dict] = []
        self.cur: dict | None = None
        self.row: list | None = None
        self.cell: dict | None = None
        self.text_parts: list[str] = []
        self.block: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "style":
            self.in_style = True
        elif tag in ("h1", "h2", "h3"):
            self.heading = ""
        elif tag == "table":
            self.cur = {"section": self.last_heading, "rows": []}
        elif tag == "tr" and self.cur is not None:
            self.row = []
        elif tag == "td" and self.row is not None:
            self.cell = {"text": "", "colspan": int(a.get("colspan", 1)), "rowspan": int(a.get("rowspan", 1)),
                         "cls": a.get("class", "")}
        elif tag in ("p", "li", "div") and self.cell is None:
            self._flush()

    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False
        elif tag in ("h1", "h2", "h3"):
            self.last_heading = (self.heading or "").strip()
            self.text_parts.append(self.last_heading)
            self.heading = None
        elif tag == "td" and self.cell is not None:
            self.cell["text"] = re.sub(r"\s+", " ", self.cell["text"].replace("\xa0", " ")).strip()
            self.row.append(self.cell)
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.cur["rows"].append(self.row)
            self.text_parts.append(" ".join(c["text"] for c in self.row))
            self.row = None
        elif tag == "table" and self.cur is not None:
            self.tables.append(self.cur)
            self.cur = None
        elif tag in ("p", "li") and self.cell is None:
            self._flush()

    def handle_data(self, data):
        if self.in_style:
            self.css += data
        elif self.heading is not None:
            self.heading += data
        elif self.cell is not None:
            self.cell["text"] += data
        else:
            self.block.append(data)

    def _flush(self):
        t = re.sub(r"\s+", " ", "".join(self.block).replace("\xa0", " ")).strip()
        if t:
            self.text_parts.append(t)
        self.block = []


class HtmlDoc:
    def __init__(self, path: Path) -> None:
        p = _P()
        p.feed(path.read_text(encoding="utf-8"))
        p._flush()
        self.css = dict(re.findall(r"\.(c\d+)\{([^}]*)\}", p.css))
        self.text = re.sub(r"\s+", " ", " ".join(p.text_parts))
        self.tables: list[HtmlTable] = []
        seen: dict[str, int] = {}
        for t in p.tables:
            grid, classes = self._grid(t["rows"])
            header_rows = 0
            for row in t["rows"]:
                if all("background-color:#cfe2f3" in self._decl(c["cls"]) for c in row):
                    header_rows += 1
                else:
                    break
            idx = seen.get(t["section"], 0)
            seen[t["section"]] = idx + 1
            self.tables.append(HtmlTable(t["section"], idx, grid, header_rows, classes))

    def _decl(self, classes: str) -> str:
        return ";".join(self.css.get(c, "") for c in classes.split())

    @staticmethod
    def _grid(rows):
        grid: list[list[str | None]] = []
        cls: list[list[str | None]] = []
        for ri, row in enumerate(rows):
            while len(grid) <= ri:
                grid.append([])
                cls.append([])
            ci = 0
            for c in row:
                while ci < len(grid[ri]) and grid[ri][ci] is not None:
                    ci += 1
                for dr in range(c["rowspan"]):
                    while len(grid) <= ri + dr:
                        grid.append([])
                        cls.append([])
                    for dc in range(c["colspan"]):
                        g = grid[ri + dr]
                        while len(g) <= ci + dc:
                            g.append(None)
                            cls[ri + dr].append(None)
                        g[ci + dc] = c["text"]
                        cls[ri + dr][ci + dc] = c["cls"]
                ci += c["colspan"]
        return [[x or "" for x in r] for r in grid], [[x or "" for x in r] for r in cls]

    def table(self, section: str, index: int = 0) -> HtmlTable:
        for t in self.tables:
            if t.section == section and t.index == index:
                return t
        raise KeyError(f"table not found after heading {section!r} #{index}")

    def is_bold(self, t: HtmlTable, r: int, c: int) -> bool:
        """Bold is only visible through the span class; the td class tells the total rows (thicker rule)."""
        return "border-bottom-width:1.5pt" in self._decl(t.cell_classes[r][c])

    def cell(self, section: str, row: str, col: str, index: int = 0) -> str:
        t = self.table(section, index)
        cols = [j for j in range(len(t.grid[0])) if any(t.grid[h][j] == col for h in range(t.header_rows))]
        if len(cols) != 1:
            raise KeyError(f"column {col!r} not unique in {section!r}: {cols}")
        for r in t.grid[t.header_rows:]:
            if r[0] == row or (len(r) > 1 and r[0] in ("", ) and r[1] == row) or (len(r) > 1 and r[1] == row):
                return r[cols[0]]
        raise KeyError(f"row {row!r} not found in {section!r}")

    def rows(self, section: str, index: int = 0) -> list[list[str]]:
        t = self.table(section, index)
        return t.grid[t.header_rows:]
