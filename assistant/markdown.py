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


def markdown_text(text: str) -> str:
    """A Markdown export as the text reader reads it: pipe tables laid out in columns,
    headings without their attribute blocks."""
    return pipe_tables_laid_out(HEADING_ATTRIBUTES.sub(r"\1", text))


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
