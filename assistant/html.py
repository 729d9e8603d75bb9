"""Text from saved pages of online budget platforms (IO), with beautifulsoup4.

Only the main text is kept: navigation, headers, footers, cookie banners, scripts and forms
are stripped. Headings become '#' marks, list items '• ' lines, and each table row one line
of cells, so the same parser reads web pages, PDFs and text exports.
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import DocumentError
from .table_grid import SCALE_SEGMENT, SUPERSCRIPTS, TOTAL_ROW, YEAR_CELL, is_figure

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
# a space inside an amount, after its thousands point ('14.906.&nbsp;318', as Word leaves it)
AMOUNT_GAP = re.compile(r"(?<=\d[.,])\s+(?=\d{3}(?!\d))")
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


# The mark of a footnote reference in superscript ('<sup>2</sup>', '<sup>*</sup>')
NOTE_REFERENCE = re.compile(r"\d{1,2}|\*{1,3}")
SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPTS)


def html_text(raw: bytes, path: Path) -> str:
    """The main text of an HTML page, laid out for the parser."""
    from bs4 import BeautifulSoup, NavigableString, Tag
    from bs4.element import Comment

    soup = BeautifulSoup(raw, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    layout = _GridStyle(" ".join(style.get_text() for style in soup("style")))
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
    for sup in soup.find_all("sup"):
        mark = sup.get_text(strip=True)
        if NOTE_REFERENCE.fullmatch(mark):
            # a footnote reference ('Zuiveringsheffing<sup>2</sup>', also in a link to the
            # note) glued to its word as a superscript mark, as a PDF prints it
            reference = sup
            while reference.parent is not None and reference.parent.name == "a" and (
                reference.parent.get_text(strip=True) == mark
            ):
                reference = reference.parent
            glued = mark.translate(SUPERSCRIPT)
            before = reference.previous_sibling
            if isinstance(before, NavigableString) and not isinstance(before, Comment):
                before.replace_with(f"{before}{glued}")  # one string: no space between
                reference.decompose()
            else:
                reference.replace_with(glued)
    root = (
        soup.find("main")
        or soup.find(attrs={"role": "main"})
        or soup.find("article")
        or soup.body
        or soup
    )
    writer = _Writer(layout)
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


# CSS that lays out a grid of cells: 'display: grid' on the table, 'grid-column: span 3' on a
# cell; a rule's last class names the cells it holds for ('.dg-cell.cs3 {...}')
CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
GRID_SPAN = re.compile(r"grid-(column|row)\s*:\s*span\s+(\d+)", re.I)
DISPLAY_GRID = re.compile(r"display\s*:\s*(?:inline-)?grid\b", re.I)
DISPLAY_FLEX = re.compile(r"display\s*:\s*(?:inline-)?flex\b", re.I)


class _GridStyle:
    """What a page's style sheet says of grids: the classes shown as a grid, and the classes
    of cells that span columns or rows."""

    def __init__(self, css: str) -> None:
        self.grids: set[str] = set()
        self.flexes: set[str] = set()  # classes of rows laid out as a flexbox
        self.spans: dict[tuple[str, str], int] = {}  # (class, 'column' or 'row') -> span
        for selectors, body in CSS_RULE.findall(re.sub(r"/\*.*?\*/", "", css, flags=re.S)):
            for selector in selectors.split(","):
                last = re.findall(r"\.([\w-]+)", (selector.split() or [""])[-1])
                if not last:
                    continue
                if DISPLAY_GRID.search(body):
                    self.grids.add(last[-1])
                if DISPLAY_FLEX.search(body):
                    self.flexes.add(last[-1])
                for axis, n in GRID_SPAN.findall(body):
                    self.spans[(last[-1], axis.lower())] = int(n)

    def is_grid(self, tag) -> bool:  # noqa: ANN001 (bs4 tag)
        """A table of divs: by its role, by CSS that shows it as a grid, or as a stack of
        rows each laid out as a flexbox ('.fx-row { display: flex }')."""
        return tag.get("role") in ("table", "grid") or bool(
            self.grids & set(tag.get("class") or [])
            or DISPLAY_GRID.search(tag.get("style") or "")
        ) or self._flex_rows(tag)

    def _flex_rows(self, tag) -> bool:  # noqa: ANN001 (bs4 tag)
        rows = tag.find_all(True, recursive=False)
        flex = [
            r for r in rows
            if self.flexes & set(r.get("class") or []) or DISPLAY_FLEX.search(r.get("style") or "")
        ]  # fmt: skip
        return len(flex) >= 2 and len(flex) >= len(rows) - 1  # (a caption may stand above)

    def span(self, cell, axis: str) -> int:  # noqa: ANN001 (bs4 tag)
        inline = GRID_SPAN.findall(cell.get("style") or "")
        spans = [int(n) for a, n in inline if a.lower() == axis] or [
            self.spans.get((c, axis), 1) for c in cell.get("class") or []
        ]
        return max(1, min(max(spans, default=1), 50))


class _Writer:
    def __init__(self, layout: _GridStyle) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []
        self.layout = layout

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
            elif name == "div" and self.layout.is_grid(child) and (
                grid := _div_rows(child, self.layout)
            ):
                # a table built of div rows and cells, laid out by CSS
                self.blank()
                if child.get("aria-label"):
                    self.lines.append(" ".join(child["aria-label"].split()))
                self.lines.extend(_card_lines(grid[0]) or laid_out(_one_header(*grid)))
                self.blank()
            elif name == "p" and (mark := _styled_title(child)):
                # a word processor's chapter title: a paragraph style of its own ('kop1') or a
                # bold paragraph, numbered in its text ('2.1 Lasten en baten')
                self.blank()
                self.lines += [f"{mark} {' '.join(child.get_text(' ', strip=True).split())}", ""]
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


# A chapter's number and title ('2.1 Lasten en baten', '3. Bijdragen'): a short line that
# ends in no sentence mark
NUMBERED_TITLE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+[A-ZÀ-Ý][^.:;,]{1,80}$")
# What marks a paragraph as a title: its style's name, a large font
TITLE_STYLE = re.compile(r"kop|head|titel|title", re.I)
LARGE_FONT = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)pt", re.I)


def _styled_title(paragraph) -> str:  # noqa: ANN001 (bs4 tag)
    """The heading mark ('#', '##', '####') of a paragraph that a word processor styled as a
    numbered title; '' for any other paragraph."""
    text = " ".join(paragraph.get_text(" ", strip=True).split())
    numbered = NUMBERED_TITLE.match(text)
    if not numbered or len(text.split()) > 12:
        return ""
    bold = "".join(
        t.get_text(" ", strip=True) for t in paragraph.find_all(["b", "strong"])
    ).split() == text.split()
    size = LARGE_FONT.search(paragraph.get("style") or "")
    styled = TITLE_STYLE.search(" ".join(paragraph.get("class") or []))
    if not (bold or styled or (size and float(size.group(1)) >= 13)):
        return ""
    depth = numbered.group(1).count(".") + 1
    return {1: "#", 2: "##"}.get(depth, "####")


def _cell_rows(table) -> tuple[list[list[tuple[str, int]]], int, int]:  # noqa: ANN001
    """The rows of an HTML table as (text, colspan) cells, empty cells kept, and how many of
    them head the table (the rows of its thead, or its first rows of th cells only). A cell
    that spans rows ('Taakveld' beside two header rows) leaves its place empty in the rows
    below, so their cells stay under their own columns."""
    rows = []
    heading = 0
    in_body = False
    covered: dict[int, tuple[int, str]] = {}  # column -> rows a rowspan above still covers
    has_head = table.find("thead") is not None
    spanned: list[bool] = []  # per row kept: whether a cell of it spans rows or columns
    for row in table.find_all("tr"):
        found = row.find_all(["th", "td"])
        raw = [
            (c.get_text(" ", strip=True), _span(c.get("colspan")), _span(c.get("rowspan")))
            for c in found
        ]
        # a row of th cells heads the table, unless the table has a thead or the row is
        # one cell across the table (a group name: 'Afvalstoffenheffing')
        if has_head:
            heads = row.find_parent("thead") is not None
        else:
            heads = all(c.name == "th" for c in found) and len(found) > 1
        cells, covered = _placed(raw, covered, named=in_body or not heads)
        if any(text for text, _ in cells):
            spanned.append(len(raw) > 1 and any(across > 1 or down > 1 for _, across, down in raw))
            in_body = in_body or not heads
            heading += not in_body
            rows.append(cells)
    first = 0
    if not heading and not has_head:
        first, heading = _plain_header(rows, spanned)
    return rows, heading, first


def _plain_header(rows: list[list[tuple[str, int]]], spanned: list[bool]) -> tuple[int, int]:
    """Where the rows that head a table written without th cells start, and how many there
    are (Word and Excel save every cell as a td): the rows of two or more cells right above
    the first row of figures, when one of them has a cell spanning the columns or rows
    beside it ('Begroting 2027' over 'Primitief' and 'Na wijziging'), as only a header of
    two levels has. A title or a scale note above them (one cell) is no level of the
    header. Years are header words; no other figure is. A group's name in a row of its own
    ('Lasten', the other cells empty) may stand between the header and the first figures."""
    lead = 0
    for cells in rows:
        texts = [text for text, _ in cells[1:]]
        if any(is_figure(t) and not YEAR_CELL.match(t) for t in texts):
            break
        lead += 1
    while lead > 0 and sum(bool(text) for text, _ in rows[lead - 1]) == 1:
        lead -= 1  # group rows
    first = lead
    while first > 0 and sum(bool(text) for text, _ in rows[first - 1]) >= 2:
        first -= 1
    count = lead - first
    if 2 <= count and lead < len(rows) and any(spanned[first:lead]):
        return first, count
    return 0, 0


def _div_rows(grid, layout: _GridStyle) -> tuple[list[list[tuple[str, int]]], int] | None:  # noqa: ANN001
    """The rows of a table built of divs (a row of cells in each child; 'role="row"' where
    the page says so), as `_cell_rows` gives them; None when the grid holds no such rows."""
    rows = grid.find_all(attrs={"role": "row"}) or grid.find_all(True, recursive=False)
    found = []
    for row in rows:
        cells = row.find_all(True, recursive=False)
        if len(cells) < 2 or any(c.find(["p", "ul", "ol", "table", "div"]) for c in cells):
            return None  # a card or a layout, not a row of cells
        found.append(cells)
    if len(found) < 2:
        return None
    out: list[list[tuple[str, int]]] = []
    heading, in_body = 0, False
    covered: dict[int, tuple[int, str]] = {}
    for cells in found:
        texts = [" ".join(c.get_text(" ", strip=True).split()) for c in cells]
        row, covered = _placed(
            [(t, layout.span(c, "column"), layout.span(c, "row")) for t, c in zip(texts, cells)],
            covered,
        )
        heads = all(
            c.get("role") in ("columnheader", None) for c in cells
        ) and not any(is_figure(t) for t in texts[1:])
        in_body = in_body or not heads
        heading += not in_body
        out.append(row)
    if not any(is_figure(text) for row in out for text, _ in row[1:]):
        return None  # no figures: a layout of text in columns
    return out, heading


# An amount with its multiplier in words, as a card prints it ('€ 58,9 mln')
WORDED_AMOUNT = re.compile(
    r"^[-+]?\s?€\s?[-+]?\d[\d.]*(?:,\d+)?\s?(?:mln|miljoen|mld|miljard)\.?$", re.I
)


def _card_lines(rows: list[list[tuple[str, int]]]) -> list[str]:
    """Key-figure cards, each a label over its amount, where an amount is written with its
    multiplier in words ('Opbrengst heffingen' over '€ 58,9 mln'): each card as the line
    'label: amount.' that says what it is. None of a table's cells hold such amounts, so
    laid out as one they would read as a header of every label."""
    cards = [[text for text, _ in row if text] for row in rows]
    if not all(
        len(card) == 2 and re.search(r"[^\W\d_]{3}", card[0]) and not is_figure(card[0])
        and (WORDED_AMOUNT.match(card[1]) or is_figure(card[1]))
        for card in cards
    ) or not any(WORDED_AMOUNT.match(card[1]) for card in cards):  # fmt: skip
        return []
    return [f"{label}: {amount}." for label, amount in cards]


def _placed(
    cells: list[tuple[str, int, int]], covered: dict[int, tuple[int, str]], named: bool = False
) -> tuple[list[tuple[str, int]], dict[int, tuple[int, str]]]:
    """One row's (text, colspan, rowspan) cells as (text, colspan), with an empty cell where
    a cell from a row above still spans (`covered`: column -> the rows it still covers and
    its text), and what stays covered for the row below. In a row of figures of the body
    (`named`), the words of a label spanning rows ('Waterveiligheid' beside 'Lasten' and
    'Baten') name this row too, unless it is their total ('Totaal lasten' beside 'Lasten');
    a figure spanning rows is printed, and counted, once."""
    row: list[tuple[str, int]] = []
    under: list[int] = []  # the places in the row of cells spanning from above
    for text, span, down in cells:
        while covered.get(len(row), (0, ""))[0] > 0:
            under.append(len(row))
            row.append(("", 1))
        start = len(row)
        cell = _one_amount(BROKEN_WORD.sub(r"\1\2", " ".join(text.split())))
        row.append((cell, span))
        row += [("", 0)] * (span - 1)  # placeholders, dropped below
        if down > 1:
            for k in range(start, start + span):
                covered[k] = (down, cell if k == start else "")
    while covered.get(len(row), (0, ""))[0] > 0:
        under.append(len(row))
        row.append(("", 1))
    figures = [k for k, (t, _) in enumerate(row) if is_figure(t) and not YEAR_CELL.match(t)]
    for k in under if named and figures else []:
        label = covered[k][1]
        own = next((t for t, _ in row[k + 1 : figures[0]] if t), "")
        if (
            k < figures[0]
            and label
            and not is_figure(label)
            and not TOTAL_ROW.match(own.lower().removeprefix("sub"))
            and not set(label.lower().split()) <= set(own.lower().split())
        ):
            row[k] = (label, 1)
    left = {k: (n - 1, text) for k, (n, text) in covered.items() if n > 1}
    return [cell for cell in row if cell[1]], left


def _one_amount(text: str) -> str:
    """A cell's amount whole again when a space broke it after a thousands point: only when
    the joined text is one figure, so words and lists of figures keep their spaces."""
    joined = AMOUNT_GAP.sub("", text)
    return joined if joined != text and is_figure(joined) else text


def _one_header(
    rows: list[list[tuple[str, int]]], heading: int, first: int = 0
) -> list[list[tuple[str, int]]]:
    """Header rows stacked over each other ('Begroting' over 'Begroting 2024' and 'Begroting
    2025') as one row that names every column in full: the group of a column is known here,
    where a layout by position would have to guess it. The header starts at row `first`:
    a title above it stays a line of its own."""
    if heading < 2:
        return rows
    grid: list[list[str]] = []
    for cells in rows[first : first + heading]:
        texts: list[str] = []
        for text, span in cells:
            texts += [text] * span
        grid.append(texts)
    width = max(len(texts) for texts in grid)
    # a scale note over the columns ('Bedragen x € 1.000' over the years) names none of
    # them: it stands as a line of its own above the header, as a caption's note would
    notes = list(dict.fromkeys(t for texts in grid for t in texts if SCALE_SEGMENT.match(t)))
    names = []
    for k in range(width):
        words: list[str] = []
        for texts in grid:
            text = texts[k] if k < len(texts) else ""
            if text in notes:
                continue
            if text and not text.lower().startswith(" ".join(words).lower() or "\0"):
                words.append(text)
            elif text:
                words = [text]  # 'Begroting' over 'Begroting 2024': the lower one says it all
        names.append((" ".join(words), 1))
    return [*rows[:first], *([(n, 1)] for n in notes), names, *rows[first + heading :]]


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
