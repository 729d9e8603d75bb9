"""Parsing documents into sections, blocks and chunks (pure functions, no IO).

A budget document is read as a sequence of lines. Headings are recognised by general cues
that hold across Dutch municipal budgets: heading words ("Doelenboom", "Doel:", "Wat willen
we bereiken"), line shape (short, no closing punctuation, standing alone) and position. Each
heading has a level, and the stack of open headings is the section path of the text below.
Tables are recognised by their shape (year headers, rows ending in numbers) and kept whole.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from typing import Literal

from .table_grid import (
    ACCOUNTING_NEGATIVE,
    RULE_LINE,
    SUPERSCRIPTS,
    TABLE_CAPTION,
    heads_labels,
    is_figure,
    segments,
)

BlockKind = Literal["paragraph", "table"]

# Heading cues, most specific first: (pattern, level). Level 1 is a programme or ambition,
# level 2 a part of it (doelenboom, actielijn, "... - Wat mag het kosten"), level 3 the
# blocks inside a part and its doelen, level 4 a block inside those ("Zo gaan we dat doen").
HEADING_CUES: tuple[tuple[re.Pattern[str], int], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), level)
    for pattern, level in (
        (r"^programma\s+(?!onderdelen\b)(?!\d+\s*$)\S.*", 1),
        (r"^p\d{1,2}\s+[a-zà-ÿ].*", 1),
        (r"^ambitie:?\s+\S.*", 1),
        (r"^doelenboom\s+\S.*", 2),
        (r"^actielijn:?\s+\S.*", 2),
        (r"^inleiding\b.*", 2),
        (r"^.{3,60}\s[-–]\s(wat (mag|gaat) het kosten|financieel)\s*\??$", 2),
        (r"^(sub)?doel\s*:\s*\S.*", 3),
        (r"^beoogd(e)? maatschappelijk(e)? effect(en)?\b.*", 3),
        (r"^inhoudelijk perspectief$", 3),
        (r"^metingen\b.*", 3),
        (r"^(verplichte )?(beleids)?indicatoren$", 3),
        (r"^meetbaarheid$", 3),
        (r"^financieel overzicht$", 3),
        (r"^financi[eë]n$", 3),
        (r"^financi[eë]le kaders\b.*", 3),
        (r"^overzicht baten en lasten$", 3),
        (r"^wat willen we bereiken\s*\??$", 3),
        (r"^wat (gaan|doen) we (hiervoor|daarvoor)\b.*", 3),
        (r"^wat (mag|gaat) het kosten\s*\??$", 3),
        (r"^wat is er in \d{4} nodig\s*\??$", 3),
        (r"^besluiten\b.*", 3),
        (r"^relevante achtergrondinformatie\b.*", 3),
        (r"^zo gaan we dat doen$", 4),
    )
)

# A line of a table of contents: a title, a leader of dots and the page number
TOC_ENTRY = re.compile(r"(?:\.\s?){4,}\s*\d{1,4}$|…{2,}\s*\d{1,4}$")
# the number a heading starts with ('2.4.4 Wat mag het kosten?'), never a year
SECTION_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\D")
MARKED_HEADING = re.compile(r"^(#{1,6})\s+(\S.*)$")
# '#' is a programme; '##' stands beside the standard blocks; deeper marks sit below them
MARK_LEVELS = {1: 1, 2: 3, 3: 3, 4: 4, 5: 4, 6: 4}

# Cues that make a heading even when the title holds figures ("... van 2½ - 4 jaar ...").
STRONG_CUES = re.compile(r"^((sub)?doel\s*:|doelenboom\s|actielijn\s*:)", re.IGNORECASE)

# Blocks that open a part of a programme: a bare title right above one of them names the part.
PART_OPENERS = re.compile(
    r"^(wat willen we bereiken|inhoudelijk perspectief|beoogd(e)? maatschappelijk(e)? effect)",
    re.IGNORECASE,
)

# Lines that only label an image or navigation element and carry no content of their own.
NOISE_LINES = re.compile(
    r"^(doelenboom|inhoud|meer|programma onderdelen|publicatiedatum:.*|doel)$", re.IGNORECASE
)

NUMBER = r"-?€?\s?\(?\d{1,3}(?:\.\d{3})+(?:,\d+)?\)?|-?€?\s?\(?\d+(?:,\d+)?\)?%?"
NUMBER_TOKEN = re.compile(rf"(?<![\w.,])(?:{NUMBER})(?:\*+)?(?![\w])")
YEAR_TOKEN = re.compile(r"(?<!\d)(19|20)\d{2}(?!\d)")
FIGURE_TOKEN = re.compile(r"(?<![\w.,])-?\d[\d.,]*(?![\w])")
HEADER_WORDS = re.compile(
    r"\b(begroot|begroting|realisatie|rekening|raming|ist|soll|indicator|bron|inspanning|"
    r"resultaat|start|gestart|meetmoment|primitief|na wijziging)\b",
    re.IGNORECASE,
)
LIST_NUMBER = re.compile(r"(\d{1,2}|[a-z])[.)]")
# Abbreviations whose full stop ends no sentence ('bijgesteld naar ca. 24,5 miljoen euro')
ABBREVIATIONS = (
    "ca", "o.a", "bijv", "bv", "resp", "incl", "excl", "m.b.t", "t.o.v", "i.v.m", "m.u.v",
    "c.q", "d.w.z", "nr", "art", "ong", "mln", "mld", "jl",
)  # fmt: skip
_NOT_AN_ABBREVIATION = "".join(rf"(?<!\b{re.escape(a)}\.)" for a in ABBREVIATIONS)
SENTENCE_END = re.compile(rf"(?<=[.!?]){_NOT_AN_ABBREVIATION}\s+(?=[A-Z0-9\"'‘“(•])")
ENDS_IN_ABBREVIATION = re.compile(rf"\b(?:{'|'.join(map(re.escape, ABBREVIATIONS))})\.$", re.I)
# ... and a line that ends one ('... komt doordat meer inwoners hulp kregen.')
ENDS_SENTENCE = re.compile(r"[.!?:;][\"”’)]*\s*$")


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line number in the document
    text: str


@dataclass(frozen=True)
class Block:
    """A paragraph or a table inside a section."""

    kind: BlockKind
    lines: tuple[Line, ...]
    caption: str = ""

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def start(self) -> int:
        return self.lines[0].number

    @property
    def end(self) -> int:
        return self.lines[-1].number


@dataclass(frozen=True)
class Section:
    """The text under one heading, up to the next heading."""

    path: tuple[str, ...]
    level: int
    heading_line: int
    blocks: tuple[Block, ...]

    @property
    def title(self) -> str:
        return self.path[-1] if self.path else ""


@dataclass(frozen=True)
class Chunk:
    """A retrievable passage: never crosses a section boundary, tables stay whole."""

    id: str
    document_id: str
    municipality: str
    year: int | None
    title: str
    section: tuple[str, ...]
    kind: BlockKind
    text: str
    start_line: int
    end_line: int
    caption: str = ""
    line_numbers: tuple[int, ...] = ()  # the document line of each line of `text`
    pages: tuple[int, ...] = ()  # the PDF page of each line of `text` (empty for text files)

    @property
    def section_path(self) -> str:
        return " > ".join(self.section)

    @property
    def locator(self) -> str:
        if self.pages:
            first, last = min(self.pages), max(self.pages)
            return f"p. {first}" if first == last else f"p. {first}-{last}"
        if self.start_line == self.end_line:
            return f"regel {self.start_line}"
        return f"regels {self.start_line}-{self.end_line}"

    def page_of(self, fragment: str) -> int:
        """The PDF page of a fragment of this chunk's text (0 for text files)."""
        for page, line in zip(self.pages, self.text.split("\n")):
            if fragment[:60] in line:
                return page
        return self.pages[0] if self.pages else 0

    def line_of(self, fragment: str) -> int:
        """The document line on which a fragment of this chunk's text stands."""
        for number, line in zip(self.line_numbers, self.text.split("\n")):
            if fragment[:60] in line:
                return number
        return self.start_line

    def search_text(self) -> str:
        """What retrieval sees: the section path gives each passage its context."""
        return f"{self.section_path}\n{self.text}"


def heading_level(text: str) -> int | None:
    """The heading level of a line by its words, or None when it is not a known heading."""
    stripped = text.strip()
    if not stripped or len(stripped) > 200 or TOC_ENTRY.search(stripped):
        return None  # ('Programma 5 Milieu ........ 10' lists a heading, it opens none)
    if is_table_row(stripped) and not STRONG_CUES.match(stripped):
        return None
    for pattern, level in HEADING_CUES:
        # A free-text title (programme, part) is short and is not a table's header row (nor
        # a line laid out in its cells: 'Programma   Primitief   Na wijziging').
        if level <= 2 and (
            len(stripped.split()) > 12 or _looks_like_header_row(stripped) or "   " in stripped
        ):
            continue
        if pattern.match(stripped):
            # A cue word at the start of a long sentence is prose, not a heading.
            if level >= 3 and stripped.endswith(".") and len(stripped.split()) > 25:
                return None
            return level
    return None


def _looks_like_header_row(text: str) -> bool:
    return len(HEADER_WORDS.findall(text)) >= 3


def _strip_years(text: str) -> str:
    return YEAR_TOKEN.sub("", text)


def is_title_like(text: str) -> bool:
    """A short line that reads like a title: no closing punctuation, few words, no figures."""
    stripped = text.strip()
    words = stripped.split()
    return (
        0 < len(words) <= 10
        and len(stripped) <= 80
        and stripped[0].isupper()
        and stripped[-1] not in ".,;:!"
        and not NUMBER_TOKEN.search(_strip_years(stripped))
    )


def is_table_header(text: str) -> bool:
    years = YEAR_TOKEN.findall(text)
    words = HEADER_WORDS.findall(text)
    return (
        len(years) >= 2
        or (len(words) >= 2 and len(text.split()) <= 20)
        or (len(years) >= 1 and len(words) >= 1 and len(text.split()) <= 14)
    )


def is_table_row(text: str) -> bool:
    """A line with a run of two or more figures (empty markers may stand between), as rows have."""
    if text.strip().lower().endswith("n.n.b."):
        return True
    if len(text.split()) > 15 and re.search(r"[.!?]$", text.strip()):
        return False  # a sentence that holds amounts, not a row
    run = best = 0
    for tok in text.strip().split():
        if (NUMBER_TOKEN.fullmatch(tok.rstrip("*")) and not tok.startswith("(")) or (
            ACCOUNTING_NEGATIVE.match(tok)  # '(314)', '2.357-'; a year in brackets is none
        ):
            run += 1
            best = max(best, run)
        elif tok in ("-", "--", "€", "-€", "–", "-/-") or re.fullmatch(r"\(.*\)\*?", tok):
            continue  # an empty cell, or an annotation such as (31/5), keeps the run going
        else:
            run = 0
    return best >= 2


def parse_sections(text: str) -> list[Section]:
    """Split a document into sections with their heading paths."""
    raw_lines = text.split("\n")
    lines = [Line(i + 1, raw.rstrip()) for i, raw in enumerate(raw_lines)]
    stack: list[tuple[int, str]] = []  # (level, title)
    sections: list[Section] = []
    body: list[Line] = []
    current_level, current_line = 0, 0
    chapter: tuple[int, int] | None = None  # (number, level) of the last heading numbered '4'
    opened_since: list[int] = []  # the levels of the headings after it

    below = captions_below(lines)

    def flush() -> None:
        blocks = split_blocks(_captions_over_tables(body) if below else body)
        path = tuple(title for _, title in stack)
        if blocks or current_line:
            sections.append(Section(path, current_level, current_line, tuple(blocks)))

    for idx, line in enumerate(lines):
        stripped = line.text.strip()
        if NOISE_LINES.match(stripped) and _standalone(lines, idx):
            continue
        # Web exports pad table rows with empty cells: a line ending in a run of blanks is a
        # table row, even when its first cell reads like a heading ("Actielijn: X    ").
        padded = len(raw_lines[idx]) - len(raw_lines[idx].rstrip()) >= 4
        marked = MARKED_HEADING.match(stripped)
        if marked:
            # a heading marked by the reader ('## Titel', from a PDF's or page's typography);
            # its words may still give it a level ("Wat willen we bereiken" is a block)
            stripped = marked.group(2).strip()
            level = heading_level(stripped) or MARK_LEVELS[len(marked.group(1))]
            if _numbered_programme(stripped):
                level = 1  # '4 Programma 2 Sociaal domein': a chapter that is a programme
        else:
            level = None if padded or _between_rows(lines, idx) else heading_level(stripped)
        if level is None and _is_part_title(lines, idx):
            level = 2
        if level is None:
            body.append(line)
            continue
        if stack and stack[-1][1].lower().rstrip(" ?") == stripped.lower().rstrip(" ?"):
            continue  # a heading repeated as its own first line
        level = _below_numbered_parent(stack, stripped, level)
        if (number := _chapter_number(stripped)) is not None:
            if chapter and number == chapter[0] + 1:
                # the next chapter ('4 Algemene dekkingsmiddelen' after '3 Programma's')
                # closes what was opened since the last one, whatever level its words gave
                # that ('Programma 5 Milieu')
                level = min(level, chapter[1], *opened_since)
            chapter = (number, level)
            opened_since = []
        else:
            opened_since.append(level)
        flush()
        body = []
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, _clean_heading(stripped)))
        current_level, current_line = level, line.number
    flush()
    return [s for s in sections if s.blocks or s.level]


def _numbered_programme(heading: str) -> bool:
    """A programme's title after its chapter's number ('4 Programma 2 Sociaal domein')."""
    number = SECTION_NUMBER.match(heading)
    return number is not None and heading_level(heading[len(number.group(1)) :].lstrip(". ")) == 1


def _below_numbered_parent(stack: list[tuple[int, str]], heading: str, level: int) -> int:
    """A heading numbered '2.4.4' sits below the open heading numbered '2.4' (or '2'), one
    level deeper, whatever level its words or typography gave it: a reader that marks every
    heading alike would otherwise set '2.4.4 Wat mag het kosten?' beside its programme."""
    number = SECTION_NUMBER.match(heading)
    if number is None:
        return level
    parts = number.group(1).split(".")
    for open_level, title in reversed(stack):
        above = SECTION_NUMBER.match(title)
        if above is None:
            continue
        head = above.group(1).split(".")
        if len(head) < len(parts) and parts[: len(head)] == head:
            return max(level, open_level + 1)
    return level


def _chapter_number(heading: str) -> int | None:
    """The number of a heading numbered with one part ('4 Algemene dekkingsmiddelen')."""
    number = SECTION_NUMBER.match(heading)
    return int(number.group(1)) if number and "." not in number.group(1) else None


def _clean_heading(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(":").strip()


def _standalone(lines: list[Line], idx: int) -> bool:
    before = idx == 0 or not lines[idx - 1].text.strip()
    after = idx + 1 >= len(lines) or not lines[idx + 1].text.strip()
    return before and after


def _between_rows(lines: list[Line], idx: int) -> bool:
    """A line right between two rows of figures, without a blank line: the start of a label
    wrapped around its figures ('Programma 2 Verkeer, vervoer en openbare' above '9.845
    10.212' and 'ruimte'), never a heading."""
    if idx == 0 or idx + 1 >= len(lines):
        return False
    above = idx - 1
    while above > 0 and _wrapped_column_name(lines[above].text):
        above -= 1  # (the last line of a header: 'wijz.' under '2024 na' over its column)
    before, after = lines[above].text, lines[idx + 1].text
    if all(t.strip() and (is_table_row(t) or _one_figure_row(t)) for t in (before, after)):
        return True
    if is_table_row(after) and (
        _names_columns(before) or (_laid_out(before) and is_table_header(before))
    ):
        # ... or between the names of the columns and the first row: the group the first
        # rows stand in ('Programma 1 Veiligheid' under 'Taakveld   Lasten   Baten')
        return True
    # ... or above a label wrapped in its turn, whose figures stand on its next line ('P3
    # Bestuur en Middelen' over 'De Paauw restauratie / verbouwing' over 'raadhuis
    # 12.230.000 ...'): the rows around print their figures in the same columns
    under = lines[idx + 2].text if idx + 2 < len(lines) else ""
    return (
        is_table_row(before)
        and bool(after.strip())
        and not (TABLE_CAPTION.match(after.strip()) or is_table_header(after))
        and not after.rstrip().endswith((".", ":", ";"))
        and is_table_row(under)
        and len(_figure_ends(before) & _figure_ends(under)) >= 2
    )


def _wrapped_column_name(text: str) -> bool:
    """A few words set far in over the columns, without figures: the end of a column's
    name wrapped onto a header line of its own ('wijz.')."""
    stripped = text.strip()
    return (
        len(text) - len(text.lstrip()) >= 20
        and 0 < len(stripped.split()) <= 3
        and not NUMBER_TOKEN.search(stripped)
    )


def _figure_ends(text: str) -> set[int]:
    """Where the figures of a line laid out in columns end (a right-aligned column's edge)."""
    return {m.end() for m in NUMBER_TOKEN.finditer(text)}


def _is_part_title(lines: list[Line], idx: int) -> bool:
    """A standalone title line directly followed by a block heading names a part of the text.

    Web exports of budgets often give an actielijn or theme a bare title ("Langer gezond")
    followed by the standard blocks ("Wat willen we bereiken").
    """
    text = lines[idx].text.strip()
    if not is_title_like(text) or not _standalone(lines, idx):
        return False
    for nxt in lines[idx + 1 : idx + 4]:
        if nxt.text.strip():
            return bool(PART_OPENERS.match(nxt.text.strip()))
    return False


def captions_below(lines: list[Line]) -> bool:
    """Whether a document prints the numbered captions of its tables under them (Typst's and
    LaTeX's figures, some word processors): more of its captions stand between a table's last
    row and the text after it than between text and the table under them. A caption between
    two tables says nothing either way."""
    filled = [ln.text.strip() for ln in lines if ln.text.strip()]
    under = over = 0
    for k, text in enumerate(filled):
        if not TABLE_CAPTION.match(text) or len(text) > CAPTION_LENGTH:
            continue
        row_above = k > 0 and _row_like(filled[k - 1])
        after = filled[k + 1 : k + 5]
        if row_above and (
            not after or _is_prose_line(after[0]) or MARKED_HEADING.match(after[0])
        ):
            under += 1
        elif not row_above and any(_row_like(t) for t in after):
            over += 1
    return under >= 2 and under > over


def _captions_over_tables(lines: list[Line]) -> list[Line]:
    """The lines with every numbered caption printed under its table put over it, set apart
    by blank lines, where the rest of the reading looks for a table's caption and scale."""
    out = list(lines)
    captions = [k for k, ln in enumerate(out) if TABLE_CAPTION.match(ln.text.strip())]
    for k in reversed(captions):
        start = _table_start(out, k)
        if start == k or not any(_row_like(ln.text) for ln in out[start:k]):
            continue
        # a table printed over a page break under its header again starts on the page before
        while (before := _part_before(out, start)) is not None:
            start = before
        blank = Line(out[k].number, "")
        out[start:k + 1] = [blank, out[k], *out[start:k], blank]
    return out


def _row_like(text: str) -> bool:
    return is_table_row(text) or _one_figure_row(text)


def _table_start(lines: list[Line], end: int) -> int:
    """The first line of the table whose last line stands right above line `end`."""
    start = end
    while start > 0 and _of_table_above(lines[start - 1].text):
        start -= 1
    return start


def _part_before(lines: list[Line], start: int) -> int | None:
    """Where the part of a table before a page break starts, when the part from `start`
    repeats a header line of it; None when the lines above are no such part."""
    above = start
    while above > 0 and not lines[above - 1].text.strip():
        above -= 1
    if above == start or above == 0 or not _row_like(lines[above - 1].text):
        return None
    first = _table_start(lines, above)
    header = " ".join(lines[start].text.split())
    if any(" ".join(ln.text.split()) == header for ln in lines[first:above]):
        return first
    return None


def _of_table_above(text: str) -> bool:
    """A line that may belong to the table over a caption: a row, a header or a label, not
    a blank line, another caption, a heading or a line of running text."""
    stripped = text.strip()
    if not stripped or TABLE_CAPTION.match(stripped) or MARKED_HEADING.match(stripped):
        return False
    return _laid_out(text) or is_table_row(text) or not (
        _is_prose_line(text) or _ends_sentence(text)
    )


def split_blocks(lines: list[Line]) -> list[Block]:
    """Group body lines into paragraphs (blank-separated) and tables (kept whole)."""
    runs: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.text.strip():
            current.append(line)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)

    blocks: list[Block] = []
    runs = [piece for run in runs for piece in _apart_from_prose(run)]
    for part in (part for run in runs for part in _at_captions(run)):
        for block in _split_run(part):
            previous = blocks[-1] if blocks else None
            if (
                block.kind == "table"
                and previous is not None
                and previous.kind == "paragraph"
                and len(previous.lines) <= 3
                and (
                    TABLE_CAPTION.match(previous.lines[0].text.strip())
                    or _titled_scale(previous)
                )
                and all(len(ln.text.strip()) < 120 for ln in previous.lines)
                and len(" ".join(ln.text.strip() for ln in previous.lines)) <= CAPTION_LENGTH
                and not TABLE_CAPTION.match(block.caption)
            ):  # 'Tabel 2.2 - Investeringen' (and its scale note), a blank line, the table
                block = _captioned(block, previous.lines)
            elif (
                block.kind == "table"
                and previous is not None
                and previous.kind == "paragraph"
                and len(previous.lines) > 1
                and TABLE_CAPTION.match(previous.lines[-1].text.strip())
                and len(previous.lines[-1].text.strip()) <= CAPTION_LENGTH
                and not TABLE_CAPTION.match(block.caption)
            ):  # a paragraph about the table that ends in its numbered caption, a blank line,
                # the table: the caption goes with the table
                blocks[-1] = replace(previous, lines=previous.lines[:-1])
                block = _captioned(block, previous.lines[-1:])
            elif (
                block.kind == "table"
                and previous is not None
                and previous.kind == "table"
                and _header_only(previous)
                and not _header_only(block)
            ):  # a table's header of dated columns, a blank line, its rows (whose first
                # line, a wrapped label, read as a caption): one table
                blocks.pop()
                block = Block("table", previous.lines + block.lines, caption=previous.caption)
            blocks.append(block)
    return blocks


def _header_only(table: Block) -> bool:
    """A table block of a caption and header lines only: years, no other figures, and a
    year among them ('Begroting 2025   Realisatie 2025')."""
    header = [ln.text for ln in table.lines if " ".join(ln.text.split()) not in table.caption]
    figures = [f for text in header for f in FIGURE_TOKEN.findall(text)]
    return bool(figures) and all(YEAR_TOKEN.fullmatch(f) for f in figures)


def _captioned(table: Block, caption_lines: tuple[Line, ...]) -> Block:
    """The table with the caption lines above it put before its own caption."""
    caption = " ".join(" ".join(ln.text.split()) for ln in caption_lines)
    return Block("table", table.lines, caption=f"{caption} {table.caption}".strip())


# A caption with its scale note is short; three lines of prose that start with 'Tabel 3
# geeft ...' are a paragraph about the table, not its caption
CAPTION_LENGTH = 160
# A caption, its scale note and a subtitle: no more lines than this
MAX_CAPTION_LINES = 3


# A scale note in a line of its own above a table ('Afwijkingen programma 5 (bedragen x €
# 1.000; V = voordeel, N = nadeel)'): that line names the table
SCALE_IN_TITLE = re.compile(r"\bx\s?€|€\s?x\b|\bbedragen in\b|\bin duizenden\b", re.I)


def _titled_scale(block: Block) -> bool:
    text = " ".join(ln.text.strip() for ln in block.lines)
    return (
        len(block.lines) == 1
        and bool(SCALE_IN_TITLE.search(text))
        and not re.search(r"[.:]$", text)
    )


def _at_captions(run: list[Line]) -> list[list[Line]]:
    """A run split where a numbered caption opens the next table ('Tabel 7 - Risico's'
    right under the last row of table 6, without a blank line between them; its header may
    take up to eight lines: 'Begroting' / 'na' / 'wijziging' / '2020' stacked), or a title
    without a number does."""
    starts = [
        k
        for k, ln in enumerate(run)
        if k > 0
        and (
            (
                TABLE_CAPTION.match(ln.text.strip())
                and any(is_table_row(later.text) for later in run[k + 1 : k + 10])
            )
            or _title_between_tables(run, k)
        )
    ]
    return [run[a:b] for a, b in zip([0, *starts], [*starts, len(run)])]


def _title_between_tables(run: list[Line], k: int) -> bool:
    """Whether line k titles a table of its own, without a number ('Verschillenanalyse
    Programma 3 Sociaal Domein'): a few words set plainly right under a row of figures, over
    a header laid out in cells that is no row ('Toelichting   x € 1.000   V/N'). A label
    wrapped over two lines goes on in one cell, not in a header of several. A scale set
    apart at the title's end ('Verschillen begroting 2025 (1)      (x € 1.000)') is the
    table's, no cell."""
    text, above = run[k].text, run[k - 1].text
    below = run[k + 1].text if k + 1 < len(run) else ""
    title, _, scale = text.strip().rpartition("  ")
    if title.strip() and SCALE_IN_TITLE.search(scale):
        text = title.strip()
    words = text.split()
    return (
        0 < len(words) <= 10
        and words[0][:1].isupper()
        and not _laid_out(text)
        and not text.rstrip().endswith((".", ":", ","))
        # (a part's number may close it: 'Verschillen ... (2)')
        and not FIGURE_TOKEN.search(_strip_years(re.sub(r"^\(\d{1,2}\)$", "", words[-1])))
        and is_table_row(above)
        and _names_columns_only(below)
        # (its rows may each hold one figure: 'Jeugdhulp 18-: meer plaatsingen   1.284   N')
        and any(is_table_row(ln.text) or _one_figure_row(ln.text) for ln in run[k + 2 : k + 10])
    )


# A cell of a header that dates or scales its column ('1-1-2024', 'x € 1.000'), not a figure
HEADER_FIGURE = re.compile(
    r"^(?:\d{1,2}-\d{1,2}-)?(?:19|20)\d\d$|^(?:[x×]\s?)?€\s?1\.000(?:\.000)?$"
)


def _names_columns_only(text: str) -> bool:
    """A header laid out in two cells or more, each a name ('Toelichting   x € 1.000   V/N'):
    no bullet, and no figure but a date or a scale (not a row of periods, '1/1 – 31/12')."""
    cells = re.split(r"\s{2,}", text.strip())
    named = [cell for cell in cells if re.search(r"[^\W\d_]", cell)]
    return (
        len(cells) >= 2
        and bool(named)
        and cells[0] not in ("-", "–", "•")
        and not any(
            re.search(r"\d", cell) and not HEADER_FIGURE.match(cell.strip("()")) for cell in cells
        )
        and all(cell in named or HEADER_FIGURE.match(cell) for cell in cells)
    )


def _one_figure_row(text: str) -> bool:
    """A line laid out in cells with a figure after its label ('5.1   Jeugdhulp met verblijf
    Lasten   845 N   S'): a row of a table of deviations, not prose."""
    parts = re.split(r"\s{3,}", text.strip())
    return len(parts) >= 2 and any(is_figure(p) for p in parts[1:])


def _is_prose_line(text: str) -> bool:
    """A line of running text, not a row: eight words or more set with single spaces, ending a
    sentence or with a word, and few figures ('Een huishouden betaalde in 2024 € 867 aan')."""
    words = text.split()
    if _laid_out(text) or len(words) < 8:
        return False
    figures = [
        w for w in words if re.search(r"\d", w) and not YEAR_TOKEN.fullmatch(w.strip(".,;:()"))
    ]
    ends_sentence = text.rstrip().endswith((".", "!", "?"))
    return ends_sentence or (len(figures) <= 2 and not re.search(r"\d", words[-1]))


def _apart_from_prose(run: list[Line]) -> list[list[Line]]:
    """A run of lines cut where sentences stand between laid-out rows (a table of tariffs, a
    paragraph about them, then the next table without a blank line between)."""
    laid = [k for k, ln in enumerate(run) if _laid_out(ln.text)]
    if len(laid) < 2:
        return [run]
    pieces: list[list[Line]] = []
    current: list[Line] = []
    prose = False
    for k, ln in enumerate(run):
        between = laid[0] < k < laid[-1]
        is_prose = (
            between
            and _is_prose_line(ln.text)
            and not (k + 1 < len(run) and _unlabelled_row(run[k + 1].text))
        )
        if current and is_prose != prose:
            pieces.append(current)
            current = []
        current.append(ln)
        prose = is_prose
    pieces.append(current)
    return pieces


# A list in a sentence: what it lists, a colon, then three or more names each with a figure
# ('Inwonersaantallen per 1 januari 2026 (CBS): Beekstervelde 42.318; Graspeel 18.935; ...')
LIST_LEAD = re.compile(r"^(?P<lead>[^:;]{3,120}):\s*(?P<items>.+?)\.?$")
LIST_ITEM = re.compile(
    r"^\s*(?P<name>[^\W\d_][\w'’ -]{1,40}?)\s+"
    r"(?P<raw>(?:€\s?)?-?\d{1,3}(?:\.\d{3})*(?:,\d+)?\s?%?)$"
)


def figure_list(sentence: str) -> tuple[str, list[re.Match[str]]] | None:
    """A sentence that lists names with a figure each: its lead and the items; None when
    it is no such list."""
    lead = LIST_LEAD.match(sentence.strip())
    if lead is None:
        return None
    items = [LIST_ITEM.match(item) for item in lead.group("items").split(";")]
    if len(items) < 3 or not all(items):
        return None
    return lead.group("lead").strip(), [m for m in items if m is not None]


def _names_columns(text: str) -> bool:
    """A line of three or more cells of words, no figures: the names of a table's columns
    ('Gemeente   kosten   minima   verlening   Re-integratie   Totaal')."""
    cells = segments(text)
    return len(cells) >= 3 and not any(re.search(r"\d", c.text) for c in cells)


def _unlabelled_row(text: str) -> bool:
    """A row of figures without a label: the line above it starts the label that wraps
    around them ('Vaste schulden met een looptijd van één jaar of' over the figures, 'langer'
    under them), however much it reads like a sentence."""
    cells = segments(text)
    return text[:1] == " " and len(cells) >= 2 and all(is_figure(c.text) for c in cells)


# The end of a sentence in a line: 'voordelig. De begroting', or the line's last word
SENTENCE_IN_LINE = re.compile(r"[a-zà-ÿ]{3,}[.!?](?:\s+[A-Z]|\s*$)")


def _ends_sentence(text: str) -> bool:
    """A line that ends a sentence somewhere: after a word, or at its end after a figure ('...
    daalde van 61 in 2024 naar 47 in 2025.')."""
    return bool(SENTENCE_IN_LINE.search(text)) or text.rstrip().endswith(".")


def _caption_line(text: str) -> bool:
    """A line that may caption a table: a title, a short line, or a numbered caption with its
    scale note ('Tabel 1.3 Wat mag het kosten? Programma 1 Bestuur, veiligheid en
    dienstverlening (bedragen x € 1.000)')."""
    flat = " ".join(text.split())
    numbered = TABLE_CAPTION.match(flat) is not None and len(flat) <= CAPTION_LENGTH
    return numbered or is_title_like(text) or len(flat) < 100


def _laid_out(text: str) -> bool:
    """A line in table cells, a rule drawn under a header, or a few words set far in over the
    columns ('Inwoners' above '1 januari 2025')."""
    indented = len(text) - len(text.lstrip()) >= 10 and len(text.split()) <= 4
    return "  " in text.strip() or bool(RULE_LINE.match(text)) or indented


def _names_group(text: str) -> bool:
    """A few words at the margin that name a group of rows ('Directie en
    bestuursondersteuning'): no figures, no sentence."""
    words = text.split()
    return (
        0 < len(words) <= 6
        and text[:1].strip() != ""
        and words[0][:1].isupper()
        and not any(c.isdigit() for c in text)
        and not text.rstrip().endswith((".", ":", ","))
    )


def _split_run(run: list[Line]) -> list[Block]:
    """A run of consecutive lines may hold a caption, a table and prose around it."""
    # a line of running text is no row, however many figures it holds ('Rodenvelde telde op
    # 1 januari 2026 31.482 inwoners,' in a column of justified text)
    table_rows = [
        i for i, ln in enumerate(run)
        if _row_like(ln.text) and not _is_prose_line(ln.text)
    ]  # fmt: skip
    header_rows = [  # a numbered caption naming years ('Tabel 3 - Kader 2026-2029') heads none,
        # nor does a sentence naming years ('De jaarrekening 2024 sluit met ... De begroting 2024')
        i
        for i, ln in enumerate(run)
        if is_table_header(ln.text)
        and not TABLE_CAPTION.match(ln.text.strip())
        and not (_is_prose_line(ln.text) and _ends_sentence(ln.text))
    ]
    if table_rows and table_rows[0] > 0 and not header_rows and _names_columns(
        run[table_rows[0] - 1].text
    ):
        # a table's one row on this page (the rest follows on the next) under column names
        header_rows = [table_rows[0] - 1]
    if len(table_rows) < 2 and not (header_rows and table_rows):
        return [Block("paragraph", tuple(run))]
    first = min(header_rows[:1] + table_rows[:1])
    # header lines laid out in cells above the first row or header ('Materiële vaste activa
    # Ultimo   Invest-') are the table's, however long their spaces make them; a numbered
    # caption is not
    while first > 0:
        above = run[first - 1].text
        if _laid_out(above) and not TABLE_CAPTION.match(above.strip()):
            first -= 1
        elif first > 1 and heads_labels(above) and _laid_out(run[first - 2].text):
            first -= 2  # 'Reserve' alone between two header lines: the label column's header
        elif (
            first > 1
            and _names_group(above)
            and _laid_out(run[first - 2].text)
            and not TABLE_CAPTION.match(run[first - 2].text.strip())
            and not any(c.isdigit() for c in run[first - 2].text)
        ):
            first -= 2  # the first group's name ('Directie') between the header and its rows
        else:
            break
    caption_lines = run[:first]
    caption = ""
    blocks: list[Block] = []
    numbered = [k for k, ln in enumerate(caption_lines) if TABLE_CAPTION.match(ln.text.strip())]

    def paragraph_up_to(k: int) -> None:
        """The lines over the table before line k are a paragraph of their own."""
        nonlocal run, first, caption_lines
        blocks.append(Block("paragraph", tuple(run[:k])))
        run, first = run[k:], first - k
        caption_lines = run[:first]

    if numbered and numbered[-1] > 0:
        # text in short lines (a column), then 'Tabel 8.5 Investeringsplan': the caption
        # starts at the numbered line
        paragraph_up_to(numbered[-1])
    notes = [k for k, ln in enumerate(caption_lines[:-1]) if FOOTNOTE.match(ln.text.strip())]
    if notes:
        # a footnote of the table above ('2) Woonlasten volgens de COELO-definitie: ...'),
        # up to the line that ends it: never this table's caption
        ends = [
            j for j in range(notes[-1], first - 1) if caption_lines[j].text.rstrip().endswith(".")
        ]
        end = ends[0] if ends else notes[-1]
        paragraph_up_to(end + 1)
    told = [k for k, ln in enumerate(caption_lines[:-1]) if _is_prose_line(ln.text)
            and _ends_sentence(ln.text)]  # fmt: skip
    if told:
        # sentences over the caption ('Het aantal inbraken daalde ... in 2025.'): a paragraph
        paragraph_up_to(told[-1] + 1)
    if len(caption_lines) > MAX_CAPTION_LINES:
        # more lines over a table than a caption has (text, rows of a table not read as one):
        # the last line names the table, the rest is a paragraph of its own
        paragraph_up_to(first - 1)
    if caption_lines and all(_caption_line(ln.text) for ln in caption_lines):
        caption = " ".join(" ".join(ln.text.split()) for ln in caption_lines)
        table_lines = run
    else:
        if caption_lines:
            blocks.append(Block("paragraph", tuple(caption_lines)))
        table_lines = run[first:]
    told_after = _sentences_under(table_lines)
    if told_after:
        # sentences under the last row ('De ratio weerstandsvermogen ... = 2,04.'): text
        table_lines = table_lines[:-told_after]
    blocks.append(Block("table", tuple(table_lines), caption=caption))
    if told_after:
        told = run[-told_after:]
        if is_title_like(told[0].text) and not _running_text([ln.text for ln in told]):
            # the title over the sentences: a line of its own (not the first line of the
            # sentences themselves, 'De kosten zijn hoger. Dit komt door de inzet')
            blocks.append(Block("paragraph", told[:1]))
            told = told[1:]
        blocks.append(Block("paragraph", tuple(told)))
    return blocks


# A footnote's mark at the start of its line: '2) Bron: CBS', '* voorlopig', '¹ Exclusief ...'
FOOTNOTE = re.compile(rf"^(?:\d{{1,2}}\)|\*{{1,3}}|[{SUPERSCRIPTS[1:]}])\s+\S")


def _sentences_under(lines: list[Line]) -> int:
    """How many lines under a table's last row are running text of their own: eight words or
    more set with single spaces that end a sentence and state a figure, with no scale note
    and no footnote mark (those belong to the table). 0 when there are none."""
    rows = [i for i, ln in enumerate(lines) if is_table_row(ln.text) or _one_figure_row(ln.text)]
    if not rows:
        return 0
    raw = [ln.text for ln in lines[rows[-1] + 1 :]]
    if _running_text(raw):
        return len(raw)
    if not raw or not raw[-1].rstrip().endswith((".", "!", "?")):
        # (ending a sentence at the end: a table's labels and cells of words, 'Actielijn:
        # Versterken sociale basis' over '... Newcom begin en einde raadsperiode 2022-2023
        # November 2018', end without one)
        return 0
    # ... or after the table's notes: under a title of their own ('Bedragen x € 1.000. Een
    # bedrag tussen haakjes ...', then 'Toelichting op de meerjarenraming' over sentences),
    # or after a footnote that ends its sentence ('¹ De verdeelsleutel is in 2019 vastgesteld
    # ...', then 'De gemeente Wassenaar betaalt in 2026 € 379.080, ...')
    return next(
        (
            len(raw) - k
            for k in range(1, len(raw) - 1)
            if not raw[k][:1].isspace()
            and (
                is_title_like(raw[k]) and _running_text(raw[k + 1 :], titled=True)
                or FOOTNOTE.match(raw[k - 1].strip()) is not None
                and raw[k - 1].rstrip().endswith(".")
                and _running_text(raw[k:])
            )
        ),
        0,
    )


def _running_text(raw: list[str], titled: bool = False) -> bool:
    """Lines under a table that are running text of their own (see _sentences_under); under
    a title of their own (`titled`), their first sentence may end on a later line."""
    tail = [t.strip() for t in raw]
    text = " ".join(tail)
    if (
        not tail
        # lines set in, as the rows are in a text export, are the table's
        or any(t[:1].isspace() for t in raw)
        or not re.search(r"\d", text)  # a sentence that states no figure is a note
        # the first line is a sentence, ended in it ('... = 2,04. Volgens ...') or at its end,
        # or a list of figures wrapped onto the next line ('Inwonersaantallen per 1 januari
        # 2026 (CBS): Beekstervelde 42.318; ...')
        or len(tail[0].split()) < 8
        or not (
            _ends_sentence(tail[0] if not titled else text)
            or re.search(r"\d\.\s+[A-Z]", tail[0])
            or figure_list((sentences(text) or [""])[0])
        )
        or any(_laid_out(t) for t in tail)
        or SCALE_IN_TITLE.search(text)
        or re.match(r"^(\*|\d{1,2}\)|[¹²³])", tail[0])
        or not tail[0][:1].isupper()
    ):
        return False
    return True


# The dots that lead a table of contents' entry to its page number
DOT_LEADER = re.compile(r"(?:\.\s?){5,}\s*\d*\s*$")


def sentences(text: str) -> list[str]:
    """Split prose into sentences; list items and line breaks also end a sentence."""
    out: list[str] = []
    for line in _unwrapped(text):
        line = line.strip().lstrip("•").strip()
        if not line or DOT_LEADER.search(line):
            continue  # (an entry of a table of contents: '1.1 Het ravijnjaar . . . . . 3')
        pending = ""
        for part in SENTENCE_END.split(line):
            part = part.strip()
            if LIST_NUMBER.fullmatch(part):
                pending = part + " "  # "1." numbers the item after it
                continue
            if part:
                out.append(pending + part)
                pending = ""
        if pending:
            out.append(pending.strip())
    return out


# A line that ends in one of these words stops mid-sentence
MID_SENTENCE_END = re.compile(
    r"\s(de|het|een|van|voor|in|op|met|aan|en|te|door|bij|naar|om|tot|uit|over|dat|die)$"
)


# A line that ends in a sentence begun after another one ended, in lower case: running text
SENTENCE_BEGUN = re.compile(r"[.!?]\s+[A-Z][^.!?:;]*\s[a-zà-ÿ]+$")
# A line that starts with a count of something ('24 uur per dag'), no numbered item ('1.')
COUNT_FIRST = re.compile(r"\d+(?:[.,]\d+)*\s+[a-zà-ÿ]")


def _unwrapped(text: str) -> list[str]:
    """Lines, with a line that continues a wrapped sentence (PDF) joined to the one before:
    it starts in lower case after a line without closing punctuation, or follows a line
    that ends in an article or preposition ('de reconstructie van de' / 'Kerkstraat is')."""
    out: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        before = out[-1].strip() if out else ""
        if stripped and (
            (stripped[:1].islower() and before and not re.search(r"[.!?:;]$", before))
            or MID_SENTENCE_END.search(before)
            or ENDS_IN_ABBREVIATION.search(before)  # '... bijgesteld naar ca.' / '€ 24,5 ...'
            # ('... opgelost. Veilig Thuis is' / '24 uur per dag bereikbaar')
            or (SENTENCE_BEGUN.search(before) and COUNT_FIRST.match(stripped))
        ):
            out[-1] = f"{out[-1].rstrip()} {stripped}"
        else:
            out.append(line)
    return out


def chunk_sections(
    sections: list[Section],
    *,
    document_id: str,
    municipality: str,
    year: int | None,
    title: str,
    chunk_words: int,
) -> list[Chunk]:
    """Cut sections into chunks of at most `chunk_words` words; tables stay whole."""
    chunks: list[Chunk] = []

    def emit(kind: BlockKind, section: Section, lines: list[Line], caption: str = "") -> None:
        lines = [ln for ln in lines if ln.text.strip()]
        # a table laid out by position (PDF) reads as words: one space between cells
        text = "\n".join(" ".join(ln.text.split()) for ln in lines)
        if not text:
            return
        digest = hashlib.sha256(
            f"{document_id}|{' > '.join(section.path)}|{lines[0].number}|{text}".encode()
        ).hexdigest()[:32]
        chunks.append(
            Chunk(
                id=digest,
                document_id=document_id,
                municipality=municipality,
                year=year,
                title=title,
                section=section.path,
                kind=kind,
                text=text,
                start_line=lines[0].number,
                end_line=lines[-1].number,
                caption=caption,
                line_numbers=tuple(ln.number for ln in lines),
            )
        )

    for section in sections:
        if not section.blocks:
            # A heading with no text of its own (a subdoel without description) is still a
            # fact worth finding: its heading line is the passage.
            if section.heading_line:
                emit("paragraph", section, [Line(section.heading_line, section.title)])
            continue
        pending: list[Line] = []
        words = 0
        for block in section.blocks:
            if block.kind == "table":
                if pending:
                    emit("paragraph", section, pending)
                    pending, words = [], 0
                emit("table", section, list(block.lines), block.caption)
                continue
            for piece in _pieces(block, chunk_words):
                n = sum(len(ln.text.split()) for ln in piece)
                if pending and words + n > chunk_words:
                    emit("paragraph", section, pending)
                    pending, words = [], 0
                pending.extend(piece)
                words += n
        if pending:
            emit("paragraph", section, pending)
    return chunks


def _pieces(block: Block, chunk_words: int) -> list[list[Line]]:
    """A paragraph's lines in pieces that each end at a sentence end, so that no chunk splits
    a sentence a PDF wrapped over lines ('Het nadeel van €' | '412.000 op jeugdzorg komt
    doordat ...'): a line is cut after its last sentence (both parts keep its number). A
    piece grows no longer than a chunk; a line longer than a chunk is cut at sentence ends."""
    pieces: list[list[Line]] = []
    piece: list[Line] = []
    words = 0
    for part in _line_pieces(block, chunk_words):
        for line in part:
            n = len(line.text.split())
            if piece and words + n > chunk_words:  # no sentence end for a chunk's length
                pieces.append(piece)
                piece, words = [], 0
            ends = [m.start() for m in SENTENCE_END.finditer(line.text)]
            if ends and piece:
                # the sentence that runs on from the lines before ends in this line
                head, tail = line.text[: ends[-1]], line.text[ends[-1] :].strip()
                pieces.append([*piece, Line(line.number, head)])
                piece, words = [Line(line.number, tail)], len(tail.split())
            else:
                piece.append(line)
                words += n
            if ENDS_SENTENCE.search(line.text):
                pieces.append(piece)
                piece, words = [], 0
    return pieces + [piece] if piece else pieces


def _line_pieces(block: Block, chunk_words: int) -> list[list[Line]]:
    """Each line of a paragraph, a line longer than a chunk cut at sentence ends."""
    out: list[list[Line]] = []
    for line in block.lines:
        if len(line.text.split()) <= chunk_words:
            out.append([line])
            continue
        window: list[str] = []
        for sentence in sentences(line.text):
            if window and len(" ".join(window + [sentence]).split()) > chunk_words:
                out.append([Line(line.number, " ".join(window))])
                window = []
            window.append(sentence)
        if window:
            out.append([Line(line.number, " ".join(window))])
    return out
