"""Markdown pipe tables laid out by position, as the rest of the text reader expects them.

Online budget platforms export programme budgets as Markdown: headings with '#', and tables
as rows of cells between pipes under a delimiter row ('| --- | ---: |'). The table reader
finds columns by where cells stand, so each pipe table is rewritten in place as the HTML
reader writes its tables: every cell at its column's position, markup removed. Line numbers
stay those of the file (the delimiter row becomes a rule line), so citations point at the
row as exported.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .html import laid_out

_PARSER = MarkdownIt("commonmark").enable("table")
# An attribute block after a heading's text ('## Algemene dekkingsmiddelen {#dekking}', as
# Pandoc and kramdown write anchors and classes): no part of the title
HEADING_ATTRIBUTES = re.compile(r"^(#{1,6}[ \t].*?)[ \t]*\{[#.][^{}\n]*\}[ \t]*$", re.M)


# A YAML block of metadata at the top (title, author, date), as Pandoc and static site
# generators read it: no text of the document
FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# Pandoc's grid tables: cells between '|' under and over borders of '+', '-' and '=' (the
# rule under the header), a cell's text wrapped over as many lines as it needs
GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
# A table's caption as Pandoc writes it, after the table: ': Tabel 5. Bijdragen ...'
CAPTION_AFTER = re.compile(r"^[ \t]*:[ \t]+(\S.*)$")
# A rule over a whole table's width, as Pandoc's multiline tables begin and end with
FULL_RULE = re.compile(r"^\s*-{8,}\s*$")
# The rule under a simple table's header, in one run of dashes per column
SEGMENTED_RULE = re.compile(r"^([ \t]*)(-{3,}(?:[ \t]+-{3,})+)[ \t]*$", re.M)
# Strong emphasis ('**€ 612.384**', '__Totaal__'), footnote marks ('uren[^1]') and the mark
# that begins a footnote's text ('[^1]: Plustaken ...'): markup, no part of the text
STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
FOOTNOTE_TEXT = re.compile(r"^\[\^[^\]\s]+\]:[ \t]*", re.M)
FOOTNOTE_MARK = re.compile(r"\[\^[^\]\s]+\]")


def markdown_text(text: str) -> str:
    """A Markdown export as the text reader reads it: pipe and grid tables laid out in
    columns under the caption Pandoc writes after them, headings without their attribute
    blocks, and no emphasis or footnote marks."""
    # (the metadata's lines left blank, so the text keeps the file's line numbers)
    text = FRONT_MATTER.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    # (marks out before tables are laid out: a cell's text is then as wide as it prints)
    text = FOOTNOTE_MARK.sub("", FOOTNOTE_TEXT.sub("", HEADING_ATTRIBUTES.sub(r"\1", text)))
    text = multiline_tables_laid_out(grid_tables_laid_out(text))
    text = _captions_before_tables(pipe_tables_laid_out(text))
    # a rule under a simple table's header is one rule, as under any other table
    text = SEGMENTED_RULE.sub(lambda m: m.group(1) + "-" * len(m.group(2)), text)
    return "\n".join(_unemphasised(line) for line in text.split("\n"))


def _unemphasised(line: str) -> str:
    """A line without strong emphasis; in a line laid out in columns ('**Totaal**   **4.940**'
    of a simple table) the marks become spaces, so every cell keeps its place."""
    if "**" not in line and "__" not in line:
        return line
    if "   " in line.strip():
        return STRONG.sub(lambda m: f"  {m.group(2)}  ", line)
    return STRONG.sub(r"\2", line)


def grid_tables_laid_out(text: str) -> str:
    """The text with each grid table laid out in columns, one line per row from the table's
    first line on, the rule under its header kept; the lines left over are blank."""
    if "+-" not in text:
        return text
    lines = text.split("\n")
    first = 0
    while first < len(lines):
        if not GRID_BORDER.match(lines[first]):
            first += 1
            continue
        last = first
        while last + 1 < len(lines) and lines[last + 1].lstrip()[:1] in ("+", "|"):
            last += 1
        lines[first : last + 1] = _grid_laid_out(lines[first : last + 1])
        first = last + 1
    return "\n".join(lines)


def _grid_laid_out(table: list[str]) -> list[str]:
    """One grid table's lines as rows laid out in columns, padded to as many lines."""
    cuts = [k for k, char in enumerate(table[0]) if char == "+"]
    rows: list[list[list[str]]] = []
    header = 0  # the rows above the rule of '='
    within = False
    for line in table:
        if GRID_BORDER.match(line):
            header = len(rows) if "=" in line else header
            within = False
            continue
        cells = [line[a + 1 : b].strip() for a, b in zip(cuts, cuts[1:])]
        if not within:
            rows.append([[] for _ in cells])
            within = True
        for parts, cell in zip(rows[-1], cells):
            parts.append(cell)
    texts = [[STRONG.sub(r"\2", _unwrapped(parts)) for parts in row] for row in rows]
    return _rows_laid_out(texts, header, len(table))


def multiline_tables_laid_out(text: str) -> str:
    """The text with each of Pandoc's multiline tables laid out one line per row: between a
    rule over the whole width and the next, a header over a rule of one run of dashes per
    column, and rows whose cells wrap over lines, a blank line after each row."""
    if "\n" not in text or "---" not in text:
        return text
    lines = text.split("\n")
    top = 0
    while top < len(lines):
        under = next(
            (k for k in range(top + 1, min(top + 5, len(lines)))
             if SEGMENTED_RULE.fullmatch(lines[k])),
            None,
        ) if FULL_RULE.match(lines[top]) else None  # fmt: skip
        bottom = next(
            (k for k in range((under or top) + 1, len(lines)) if FULL_RULE.match(lines[k])), None
        )
        if under is None or bottom is None:
            top += 1
            continue
        spans = [m.span() for m in re.finditer(r"-+", lines[under])]
        rows = _row_groups(lines[under + 1 : bottom])
        table = [_cells_at(lines[top + 1 : under], spans)] + [_cells_at(r, spans) for r in rows]
        lines[top : bottom + 1] = _rows_laid_out(table, 1, bottom + 1 - top)
        top = bottom + 1
    return "\n".join(lines)


def _rows_laid_out(rows: list[list[str]], header: int, height: int) -> list[str]:
    """A table's rows laid out in columns, a rule under its first `header` rows, and blank
    lines after them up to `height`, the lines the table took in the file."""
    placed = laid_out([[(cell, 1) for cell in row] for row in rows])
    if header:
        placed.insert(header, "-" * max(map(len, placed), default=0))
    return placed + [""] * (height - len(placed))


def _row_groups(lines: list[str]) -> list[list[str]]:
    """The lines of a multiline table's body, one group per row (a blank line ends one)."""
    groups: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def _cells_at(lines: list[str], spans: list[tuple[int, int]]) -> list[str]:
    """A row's cells: each word of its lines in the column its position overlaps most (or
    is nearest to), the words of a column in reading order."""
    cells: list[list[str]] = [[] for _ in spans]
    for line in lines:
        for word in re.finditer(r"\S+", line):
            a, b = word.span()
            overlap = [min(b, end) - max(a, start) for start, end in spans]
            best = max(range(len(spans)), key=lambda k: (overlap[k], -abs(a - spans[k][0])))
            cells[best].append(word.group())
    return [" ".join(words) for words in cells]


def _unwrapped(parts: list[str]) -> str:
    """A cell's lines as one text: 'Bijdrage' / 'basistaken' is 'Bijdrage basistaken'."""
    text = ""
    for part in filter(None, parts):
        text += part if not text or text.endswith("-") else " " + part
    return text


def _captions_before_tables(text: str) -> str:
    """Each caption Pandoc writes after its table (': Tabel 5. ...') moved to the blank line
    before the table, where a caption stands in every other layout the reader knows."""
    if "\n: " not in text:
        return text
    lines = text.split("\n")
    for at in range(len(lines)):  # (a caption moves up, never past `at`: the length stays)
        caption = CAPTION_AFTER.match(lines[at])
        if caption is None:
            continue
        end = at - 1
        while end >= 0 and not lines[end].strip():
            end -= 1
        start = end
        if end >= 0 and FULL_RULE.match(lines[end]):
            # a multiline table, blank lines between its rows: up to the rule it begins with
            start = next((k for k in range(end - 1, -1, -1) if FULL_RULE.match(lines[k])), end)
        else:
            while start > 0 and lines[start - 1].strip():
                start -= 1
        # (set apart from the text above by a blank line; the table's lines move one down)
        del lines[at]
        lines.insert(start, caption.group(1))
        if start > 0 and lines[start - 1].strip():
            lines.insert(start, "")
            del lines[at + 1]
    return "\n".join(lines)


def pipe_tables_laid_out(text: str) -> str:
    """The text with each Markdown pipe table laid out in columns; other lines unchanged."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    for rows in _tables(_PARSER.parse(text)):
        placed = laid_out([[(cell, 1) for cell in cells] for _, cells in rows])
        width = max(map(len, placed), default=0)
        for (line, _), new in zip(rows, placed):
            lines[line] = new
        header_line = rows[0][0]
        if header_line + 1 < len(lines):
            lines[header_line + 1] = "-" * width  # the delimiter row: a rule under the header
    return "\n".join(lines)


def _tables(tokens: list[Token]) -> list[list[tuple[int, list[str]]]]:
    """Each table as its rows: (line in the text, cell texts)."""
    tables: list[list[tuple[int, list[str]]]] = []
    rows: list[tuple[int, list[str]]] | None = None
    for token in tokens:
        if token.type == "table_open":
            rows = []
        elif token.type == "table_close" and rows is not None:
            if rows:
                tables.append(rows)
            rows = None
        elif token.type == "tr_open" and rows is not None and token.map:
            rows.append((token.map[0], []))
        elif token.type == "inline" and rows:
            rows[-1][1].append(_plain(token))
    return tables


def _plain(inline: Token) -> str:
    """A cell's text without markup ('**Totaal lasten**' is 'Totaal lasten')."""
    parts = [
        child.content
        for child in inline.children or ()
        if child.type in ("text", "code_inline", "html_inline")
    ]
    return " ".join("".join(parts).split())
