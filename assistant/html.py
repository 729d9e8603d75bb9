"""Text from saved pages of online budget platforms (IO), with beautifulsoup4.

Only the main text is kept: navigation, headers, footers, cookie banners, scripts and forms
are stripped. Headings become '#' marks, list items '• ' lines, and each table row one line
of cells, so the same parser reads web pages, PDFs and text exports.
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import DocumentError

DROP_TAGS = [
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "template",
]
DROP_ROLES = ["navigation", "banner", "contentinfo", "search", "dialog"]
NOISE = re.compile(
    r"(^|[-_ ])(nav|menu|breadcrumbs?|cookie|footer|skip|share|social|sidebar)"
    r"($|[-_ ])",
    re.IGNORECASE,
)
# 'Afvalstoffen-<br>heffing' in a narrow header cell; 'afval- en rioolheffing' stays
BROKEN_WORD = re.compile(r"(\w\w)- (?!(?:en|of|tot|t/m)\b)([a-z]\w)")
HEADING_MARKS = {"h1": "#", "h2": "##", "h3": "####", "h4": "####", "h5": "####", "h6": "####"}
BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "ul",
    "ol",
    "blockquote",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "pre",
    "address",
    "details",
    "summary",
    "body",
}


def html_text(raw: bytes, path: Path) -> str:
    """The main text of an HTML page, laid out for the parser."""
    from bs4 import BeautifulSoup, Tag

    soup = BeautifulSoup(raw, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in soup(DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(attrs={"role": DROP_ROLES}):
        tag.decompose()
    for tag in soup.find_all(True):
        if not isinstance(tag, Tag) or tag.attrs is None:
            continue
        names = " ".join([tag.get("id") or "", *(tag.get("class") or [])])
        if names and NOISE.search(names) and not _holds_content(tag):
            tag.decompose()
    root = (
        soup.find("main")
        or soup.find(attrs={"role": "main"})
        or soup.find("article")
        or soup.body
        or soup
    )
    writer = _Writer()
    if title:
        # the page title says which budget a platform page belongs to
        writer.lines += [title, ""]
    writer.walk(root)
    text = writer.text()
    if len(re.sub(r"\W", "", text)) < 20:
        raise DocumentError(
            str(path),
            "deze HTML-pagina bevat geen leesbare tekst.",
            "Sla de pagina op met de inhoud (niet alleen het menu) of lever "
            "een PDF- of tekstversie aan.",
        )
    return text


def _holds_content(tag) -> bool:  # noqa: ANN001 (bs4 tag)
    """A container of the page's content, whatever its class says: 'layout--sidebar' is a
    layout that has a sidebar, and it holds the main text beside it."""
    return tag.name in ("body", "main", "html") or (
        tag.find(["main", "article", "h1", "table"]) is not None
    )


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []

    def flush(self) -> None:
        line = " ".join(" ".join(self.current).split())
        if line:
            self.lines.append(line)
        self.current = []

    def blank(self) -> None:
        self.flush()
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def walk(self, root) -> None:  # noqa: ANN001 (bs4 node)
        """Depth first with a stack of its own: a page nested thousands of tags deep is read
        like any other (recursion would hit Python's limit)."""
        from bs4 import NavigableString, Tag
        from bs4.element import Comment

        stack = [(iter(root.children), False)]  # (children left, a block to close after them)
        while stack:
            children, block = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                if block:
                    self.blank()
                continue
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                self.current.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name in HEADING_MARKS:
                self.blank()
                title = child.get_text(" ", strip=True)
                if title:
                    self.lines += [f"{HEADING_MARKS[name]} {title}", ""]
            elif name == "table":
                self.blank()
                self.table(child)
                self.blank()
            elif name == "li":
                self.flush()
                self.lines.append("• " + " ".join(child.get_text(" ", strip=True).split()))
            elif name == "br":
                self.flush()
            else:
                if name in BLOCK_TAGS:
                    self.blank()
                stack.append((iter(child.children), name in BLOCK_TAGS))

    def table(self, table) -> None:  # noqa: ANN001
        caption = table.find("caption")
        if caption:
            self.lines.append(" ".join(caption.get_text(" ", strip=True).split()))
        self.lines.extend(laid_out(_one_header(*_cell_rows(table))))

    def text(self) -> str:
        self.flush()
        return "\n".join(self.lines).strip() + "\n"


def _cell_rows(table) -> tuple[list[list[tuple[str, int]]], int]:  # noqa: ANN001
    """The rows of an HTML table as (text, colspan) cells, empty cells kept, and how many of
    them head the table (the rows of its thead, or its first rows of th cells only). A cell
    that spans rows ('Taakveld' beside two header rows) leaves its place empty in the rows
    below, so their cells stay under their own columns."""
    rows = []
    heading = 0
    in_body = False
    covered: dict[int, int] = {}  # column -> rows still covered by a rowspan from above
    has_head = table.find("thead") is not None
    for row in table.find_all("tr"):
        cells: list[tuple[str, int]] = []
        found = row.find_all(["th", "td"])
        for c in found:
            while covered.get(len(cells), 0) > 0:
                cells.append(("", 1))
            span, down = _span(c.get("colspan")), _span(c.get("rowspan"))
            text = " ".join(c.get_text(" ", strip=True).split())
            start = len(cells)
            cells.append((BROKEN_WORD.sub(r"\1\2", text), span))
            cells += [("", 0)] * (span - 1)  # placeholders, dropped below
            if down > 1:
                for k in range(start, start + span):
                    covered[k] = down
        while covered.get(len(cells), 0) > 0:
            cells.append(("", 1))
        covered = {k: n - 1 for k, n in covered.items() if n > 1}
        cells = [cell for cell in cells if cell[1]]
        if any(text for text, _ in cells):
            # a row of th cells heads the table, unless the table has a thead or the row is
            # one cell across the table (a group name: 'Afvalstoffenheffing')
            if has_head:
                heads = row.find_parent("thead") is not None
            else:
                heads = all(c.name == "th" for c in found) and len(found) > 1
            in_body = in_body or not heads
            heading += not in_body
            rows.append(cells)
    return rows, heading


def _one_header(rows: list[list[tuple[str, int]]], heading: int) -> list[list[tuple[str, int]]]:
    """Header rows stacked over each other ('Begroting' over 'Begroting 2024' and 'Begroting
    2025') as one row that names every column in full: the group of a column is known here,
    where a layout by position would have to guess it."""
    if heading < 2:
        return rows
    grid: list[list[str]] = []
    for cells in rows[:heading]:
        texts: list[str] = []
        for text, span in cells:
            texts += [text] * span
        grid.append(texts)
    width = max(len(texts) for texts in grid)
    names = []
    for k in range(width):
        words: list[str] = []
        for texts in grid:
            text = texts[k] if k < len(texts) else ""
            if text and not text.lower().startswith(" ".join(words).lower() or "\0"):
                words.append(text)
            elif text:
                words = [text]  # 'Begroting' over 'Begroting 2024': the lower one says it all
        names.append((" ".join(words), 1))
    return [names, *rows[heading:]]


def _span(value: object) -> int:
    try:
        return max(1, min(int(str(value or 1)), 50))
    except ValueError:
        return 1


def laid_out(rows: list[list[tuple[str, int]]]) -> list[str]:
    """Table rows as text with each cell at its column's position, as a PDF prints them:
    the table reader then finds columns by position, and an empty cell stays empty."""
    n = max((sum(span for _, span in r) for r in rows), default=0)
    widths = [1] * n
    for r in rows:
        k = 0
        for text, span in r:
            if span == 1 and k < n:
                widths[k] = max(widths[k], len(text))
            k += span
    starts = [0]
    for w in widths:
        starts.append(starts[-1] + w + 3)
    lines = []
    for r in rows:
        line, k = "", 0
        for text, span in r:
            if text and k < n:
                line = line.ljust(starts[k]) + text
            k += span
        lines.append(line.rstrip())
    return lines
