"""Text from budget PDFs, page by page, with pdfplumber (IO).

Budget PDFs mark their structure by typography rather than blank lines: a heading is bold or
larger than the body text and follows a gap; a paragraph ends where the line pitch jumps.
The text is laid out accordingly (headings marked '#', '##', '####'; a blank line at every
paragraph gap), so the same parser reads PDFs and text exports. Each line keeps its page
number for citations. Running headers and footers and bare page numbers are removed. A PDF
that is encrypted, corrupt, or whose text layer is glyph garbage is refused with a message.
"""

from __future__ import annotations

import functools
import io
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import combinations
from pathlib import Path
from typing import Any, NamedTuple

from .corpus import MAX_PAGES, code_fingerprint
from .errors import DocumentError
from .figures import notes_a_scale
from .parsing import TABLE_CAPTION, is_table_row
from .pdf_records import RecordHeader, RecordTable, record_table, words_inside
from .table_grid import TOTAL_ROW, is_cell_line, is_value, segments

# The modules whose code lays a PDF's words out as text: when any changes, cached extractions
# are redone (a number bumped by hand was forgotten, and an index kept its old reading)
LAYOUT_MODULES = ("pdf.py", "pdf_records.py", "table_grid.py", "figures.py", "parsing.py")
# Positions in a line of text: one character stands for this many points. Narrower than any
# digit or letter in body text, so printed words never outgrow the distance they span.
POINTS_PER_COLUMN = 3.0
# A horizontal gap this many times the font size separates table cells, not words; once a
# line has one, a gap of CELL_SPLIT em also separates cells (a space is about 0.28 em).
CELL_GAP = 1.0
WORD_GAP = 0.15  # in em: a gap between two letters that parts two words
SIGN_WORDS = frozenset("x×€&%+-=")  # one-character words of a caption, a note or a sign key
CELL_SPLIT = 0.6
# Points from the margin beyond which a short line stands over a table's columns, not in the text
INDENTED = 120.0
# Figures of one column end at one x (they are set flush right); a column is an end shared by
# this many figures of a page region, within EDGE_TOLERANCE points.
EDGE_FIGURES = 3
EDGE_TOLERANCE = 1.0
FIGURE_WORD = re.compile(r"^[-–(€]*\d[\d.,]*%?\)?$")
PAGE_NUMBER = re.compile(r"^\s*(pagina\s+)?\d{1,4}(\s*(van|/)\s*\d{1,4})?\s*$", re.IGNORECASE)
YEAR_WORD = re.compile(r"^(19|20)\d\d$")
CELL_WORD = re.compile(r"[-€(]*[\d.,%)]+-?")  # a word of figures, as it fills a table's cell
# a year on a chart's axis; and how far above it the labels of its bars may stand (points)
AXIS_YEAR = re.compile(r"(?:19|20)\d\d")
BAR_REACH = 200
# Codes WinAnsiEncoding leaves unused, which the PDF standard prints as a bullet: the reader
# gives them as '(cid:127)'
UNUSED_WINANSI = {f"(cid:{code})" for code in (127, 129, 141, 143, 144, 157)}
# The spaces a typesetter sets between groups of thousands ('71 460', after SI and Dutch
# style guides): narrow, and never between two figures of their own
THOUSANDS_SPACES = {"\u202f", "\u2009", "\u00a0"}
# ... and the signs that set thousands apart the same way: those spaces, or an apostrophe
# ("3'225", a house style of some tables)
THOUSANDS_MARKS = THOUSANDS_SPACES | {"'", "\u2019"}
# The characters of a plain word space (Qt writes a tab for a space it draws)
WORD_SPACES = {" ", "\t"}
# ... or a plain word space, at most this wide (a font's space is a quarter to a third of its
# size)
MAX_SPACE_EM = 0.4
# A side tab (a chapter's number and name set in the margin, '3' over 'Paragrafen') stands this
# many points left of where the page's lines start
SIDE_TAB_GAP = 10.0
# ... where most of its lines start (an edge is where at least this many start)
TEXT_EDGE_LINES = 3
GLYPH_CODES = re.compile(r"(/\d{1,3}){2,}|\(cid:\d+\)")
# The headings of the blocks of every programme ('Wat willen we bereiken?', 'Wat mag het
# kosten?  Bedragen x € 1.000'): on many pages, yet never a running header
BLOCK_HEADING = re.compile(
    r"^\s*wat (willen we bereiken|gaan we (daarvoor )?doen|mag het kosten|gaat het kosten)\b",
    re.I,
)
ADVICE_TEXT = "Lever het document aan als PDF met een tekstlaag, of als HTML- of tekstversie."


@dataclass(frozen=True)
class PdfLine:
    text: str
    size: float
    bold: bool
    top: float
    starts: bool = False  # starts a block whatever the gap above it (a record's text cell)


@dataclass
class _RunningOn:
    """The header of the last record table of the page before and of this page: a record
    table that runs on over a page break without its header takes it from there."""

    before: RecordHeader | None = None
    here: RecordHeader | None = None

    def next_page(self) -> None:
        self.before, self.here = self.here, None


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
            if len(pdf.pages) > MAX_PAGES:
                raise DocumentError(
                    str(path),
                    f"deze PDF heeft {len(pdf.pages)} bladzijden.",
                    f"Per document worden hoogstens {MAX_PAGES} bladzijden gelezen, zodat de "
                    "index binnen een kwartier klaar is; splits het document in delen.",
                )
            pages = []
            running_on = _RunningOn()
            margins = _Margins(pdf.pages)
            for k, page in enumerate(pdf.pages):
                tabs = margins.tabs(k)
                if tabs:
                    page = page.filter(lambda o, tabs=tabs: not _in_words(o, tabs))
                pages.append(_page_lines(page, running_on))
                running_on.next_page()
                pdf.pages[k].close()  # drop the parsed objects: memory stays flat over 300 pages
            return pages
    except DocumentError:
        raise
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


class _Margins:
    """The words set in each page's left margin, left of where its lines start, read two pages
    ahead: a side tab stands at the same place on the pages around it."""

    def __init__(self, pages: Sequence[Any]) -> None:
        self._pages = pages
        self._words: dict[int, list[dict[str, Any]]] = {}  # margin words only: a few a page

    def _of(self, k: int) -> list[dict[str, Any]]:
        if not 0 <= k < len(self._pages):
            return []
        if k not in self._words:
            self._words[k] = _margin_words(self._pages[k].extract_words())
        return self._words[k]

    def _repeated(self, k: int) -> list[dict[str, Any]]:
        """The margin words printed the same at the same place on the page before or after
        (a heading's number hung in the margin differs from page to page)."""
        near = self._of(k - 1) + self._of(k + 1)
        return [w for w in self._of(k) if any(_same_place(v, w, text=True) for v in near)]

    def tabs(self, k: int) -> list[dict[str, Any]]:
        """The page's side tab: its margin words when each is repeated, or stands where a
        repeated one stands on the page before or after (the one page of a chapter, '2'
        where the next pages print '3'); none when any is not (side headings, set beside
        the text, stand where the text puts them)."""
        near = self._repeated(k - 1) + self._repeated(k + 1)
        repeated = self._repeated(k)
        words = self._of(k)
        if all(w in repeated or any(_same_place(v, w, text=False) for v in near) for w in words):
            return words
        return []


def _same_place(a: dict[str, Any], b: dict[str, Any], *, text: bool) -> bool:
    return (
        (not text or a["text"] == b["text"])
        and abs(a["x0"] - b["x0"]) <= EDGE_TOLERANCE
        and abs(a["top"] - b["top"]) <= EDGE_TOLERANCE
    )


def _margin_words(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The words that end SIDE_TAB_GAP points left of the text's edge (the x where most of
    the page's lines start), when on each of their lines nothing stands beside them or the
    text of the line starts at an edge; else none (a table's labels at the margin have their
    figures beside them)."""
    starts: dict[int, float] = {}
    for w in words:
        top = round(w["top"])
        starts[top] = min(starts.get(top, w["x0"]), w["x0"])
    edges = Counter(round(x) for x in starts.values())
    if not edges:
        return []
    edge = max(edges, key=lambda x: (edges[x], -x))
    common = [x for x, n in edges.items() if n >= TEXT_EDGE_LINES]
    margin = [w for w in words if w["x1"] <= edge - SIDE_TAB_GAP]
    for w in margin:
        beside = [
            v["x0"] for v in words
            if abs(v["top"] - w["top"]) <= EDGE_TOLERANCE and v["x0"] > w["x1"] and v not in margin
        ]  # fmt: skip
        if beside and not any(abs(min(beside) - c) <= SIDE_TAB_GAP / 2 for c in common):
            return []
    return margin


def _in_words(obj: dict[str, Any], words: list[dict[str, Any]]) -> bool:
    """Whether a page object is a character of one of the words."""
    return obj.get("object_type") == "char" and any(
        w["x0"] - 0.5 <= obj["x0"] and obj["x1"] <= w["x1"] + 0.5
        and w["top"] - 0.5 <= obj["top"] and obj["bottom"] <= w["bottom"] + 0.5
        for w in words
    )  # fmt: skip


def _page_lines(page: Any, running_on: _RunningOn) -> list[PdfLine]:
    """The page's lines; a page set in two columns is read column by column, and a page
    where tables across the width stand between two-column text, band by band."""
    chars = page.chars
    _spaces_drawn_as_gaps(chars)
    for k, char in enumerate(chars):
        if char["text"] in UNUSED_WINANSI:
            char["text"] = "•"
        elif char["text"] in THOUSANDS_MARKS and _between_thousands(chars, k):
            char["text"] = "."  # read as the figure it separates, in Dutch notation
        elif char["text"] in WORD_SPACES and _space_in_figure(chars, k):
            char["text"] = "."  # ... also a plain word space set so ('28 489')
            char["thousands"] = True
    words = page.extract_words()  # once: both column readings look at them
    if _bar_labels_under_axis(page, words):
        words = page.extract_words()
    ruled = _ruled(page, words, running_on)
    if ruled[1]:
        return _region_lines(page, running_on, ruled)  # a record table spans the columns
    bands = _column_bands(page, words)
    if bands is None or (len(bands) == 1 and bands[0][2] is None):
        gutter = _gutter(page, words)
        if gutter is None:
            bands = _tables_side_by_side(page, words)
            if bands is None:
                return _region_lines(page, running_on)
            return _lines_of_bands(page, bands, running_on, boxed=True)
        left = page.crop((0, 0, gutter, page.height), strict=False)
        right = page.crop((gutter, 0, page.width, page.height), strict=False)
        return _region_lines(left, running_on) + _region_lines(right, running_on)
    return _lines_of_bands(page, bands, running_on)


def _bar_labels_under_axis(page: Any, words: list[dict[str, Any]]) -> bool:
    """A bar chart's value labels, each over its bar at its own height ('9.412' over 2020,
    '11.086' over 2024), set on one line right under the axis of years, so that they read
    as a row of figures under their years; whether any chart was found. A label is one
    figure centred over one year, and the chart has one for every year."""
    found = False
    lines = _text_lines(words)
    for axis in lines:
        axis = sorted(axis, key=lambda w: w["x0"])
        if len(axis) < 3 or not all(AXIS_YEAR.fullmatch(w["text"]) for w in axis):
            continue
        centres = [(w["x0"] + w["x1"]) / 2 for w in axis]
        width = min(b - a for a, b in zip(centres, centres[1:]))
        if width <= 0:
            continue
        top = min(w["top"] for w in axis)
        labels: dict[int, dict[str, Any]] = {}
        for w in words:
            if not (top - BAR_REACH < w["top"] < top - 1) or not CELL_WORD.fullmatch(w["text"]):
                continue
            centre = (w["x0"] + w["x1"]) / 2
            near = [k for k, c in enumerate(centres) if abs(c - centre) < width / 4]
            if len(near) == 1 and near[0] not in labels:
                labels[near[0]] = w
            elif near:
                labels[near[0]] = {}  # two figures over one year: no chart's labels
        if len(labels) != len(axis) or not all(labels.values()):
            continue
        if len({round(w["top"]) for w in labels.values()}) == 1:
            continue  # figures on one line over the years: a table's row, read as it is
        highest = min(w["top"] for w in labels.values())
        captions = [
            line for line in lines
            if highest - BAR_REACH < line[0]["top"] < highest
            and TABLE_CAPTION.match(" ".join(w["text"] for w in line))
        ]  # fmt: skip
        caption_bottom = max(w["bottom"] for w in captions[-1]) if captions else None
        bars = [id(w) for w in labels.values()]
        if caption_bottom is not None and not any(
            caption_bottom < w["top"] < top and id(w) not in bars for w in words
        ):
            # nothing but the bars under the chart's caption: the years and their figures
            # right under it, read as the caption's row of figures
            shift = caption_bottom + 2 - top
            for w in axis:
                _move(page.chars, w, shift)
            top += shift
        bottom = top + max(w["bottom"] - w["top"] for w in axis)
        for w in labels.values():
            _move(page.chars, w, bottom + 2 - w["top"])
        found = True
    return found


def _move(chars: list[dict[str, Any]], word: dict[str, Any], shift: float) -> None:
    """The characters of a word moved down the page by `shift` points (up when negative)."""
    for char in chars:
        if (
            word["x0"] - 0.5 <= char["x0"] and char["x1"] <= word["x1"] + 0.5
            and abs(char["top"] - word["top"]) < 1
        ):  # fmt: skip
            char["top"] += shift
            char["bottom"] += shift
            char["doctop"] += shift
            char["y0"] -= shift
            char["y1"] -= shift


def _height(line: list[dict[str, Any]]) -> float:
    return max(w["bottom"] - w["top"] for w in line)


def without_repeated_ligatures(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The chars of a line with a ligature's letters once: the reader gives a char of several
    letters ('ffi') once for each of them, so 'Griffier' would read 'Griffiffiffier'."""
    out: list[dict[str, Any]] = []
    for c in chars:
        last = out[-1] if out else None
        if (
            last is not None
            and len(c["text"]) > 1
            and c["text"] == last["text"]
            and abs(c["x0"] - last["x0"]) < 0.01
            and abs(c["top"] - last["top"]) < 0.01
        ):
            continue
        out.append(c)
    return out


# (top, bottom, the gutters that part its columns: one, several, or None when it has one)
Band = tuple[float, float, "float | tuple[float, ...] | None"]


def _lines_of_bands(
    page: Any, bands: list[Band], running_on: _RunningOn, boxed: bool = False
) -> list[PdfLine]:
    """The lines of each band from the top, a band with gutters column by column. Columns of
    running text flow on from one to the next; `boxed` columns (tables or boxes side by side,
    each under its own caption) each start a block of their own."""
    lines: list[PdfLine] = []
    for top, bottom, split in bands:
        if split is None:
            band = page.crop((0, top, page.width, bottom), strict=False)
            lines += _region_lines(band, running_on)
            continue
        edges = [0, *(split if isinstance(split, tuple) else (split,)), page.width]
        first = ""
        for x0, x1 in zip(edges, edges[1:]):
            column = _region_lines(page.crop((x0, top, x1, bottom), strict=False), running_on)
            # (the second half of one table under the very header of the first reads on in
            # its block: 'Gemeente Inwoners Bijdrage' over both halves)
            if boxed and column and " ".join(column[0].text.split()) != first:
                column[0] = replace(column[0], starts=True)
            first = " ".join(column[0].text.split()) if column else ""
            lines += column
    return lines


def _tables_side_by_side(page: Any, words: list[dict[str, Any]]) -> list[Band] | None:
    """The bands of a page where tables or boxes stand side by side, each under its own
    caption or heading on one line ('Tabel 1 Kerncijfers      Tabel 2 Tarieven 2040'; the
    boxes of a begroting 'in één oogopslag': 'Lasten per product      Bijdragen per
    deelnemende gemeente      Wat verandert er?'): from that line down to the last line no
    word of which stands over the white left of a caption, read column by column; None when
    no line holds two captions or headings."""
    lines = _text_lines(words)
    sizes = Counter(round(c["size"], 1) for c in page.chars if c["text"].strip())
    body = sizes.most_common(1)[0][0] if sizes else None  # the page's body text size
    bands: list[Band] = []
    start = 0.0
    k = 0
    while k < len(lines):
        line = lines[k]
        gutters = _caption_gutters(page, line, body) or _halves_gutter(lines, k)
        end = k + 1
        # (the tables end at a line over the white, or at a blank line)
        while (
            gutters
            and end < len(lines)
            and not any(w["x0"] < gutter < w["x1"] for w in lines[end] for gutter in gutters)
            and lines[end][0]["top"] - lines[end - 1][0]["bottom"] < 1.5 * _height(lines[end])
        ):
            end += 1
        if not gutters or end - k < 3:
            k += 1
            continue
        top = min(w["top"] for w in line) - 1
        bottom = lines[end][0]["top"] - 1 if end < len(lines) else float(page.height)
        split = gutters[0] if len(gutters) == 1 else tuple(gutters)
        bands += [(start, top, None), (top, bottom, split)]
        start, k = bottom, end
    if not bands:
        return None
    return [*bands, (start, float(page.height), None)]


def _wide_whites(line: list[dict[str, Any]]) -> list[int]:
    """The words of a line that stand after a wide white (more than twice its height)."""
    return [
        i for i, w in enumerate(line)
        if i and w["x0"] - line[i - 1]["x1"] > 2 * (w["bottom"] - w["top"])
    ]  # fmt: skip


def _halves_gutter(lines: list[list[dict[str, Any]]], k: int) -> list[float]:
    """Where one table set in two halves side by side parts ('Gemeente Inwoners Bijdrage
    Gemeente Inwoners Bijdrage', a balans's 'Activa 2024 2023 Passiva 2024 2023'): a header
    line whose column names left of some word are those right of it, over rows that start
    with a name on both sides (not one row's columns in two groups, 'Begroot Werkelijk
    Verschil  Begroot Werkelijk Verschil', whose right group starts with figures)."""
    line = sorted(lines[k], key=lambda w: w["x0"])
    # (the white between the halves may be no wider than between columns)
    for i in range(3, len(line) - 2):
        # (each half's label column may have a name of its own: 'Activa', 'Passiva')
        left = [w["text"] for w in line[1:i]]
        if len(left) < 2 or left != [w["text"] for w in line[i + 1 :]]:
            continue
        gutter = line[i]["x0"] - 1.0
        named = 0
        for row in (sorted(ln, key=lambda w: w["x0"]) for ln in lines[k + 1 : k + 6]):
            right = [w for w in row if w["x0"] >= gutter]
            # (a name has letters: '+82' under 'Wijziging' is a figure of one row)
            if right and _figures(row) and _named(right[0]) and row[0]["x0"] < gutter:
                named += _named(row[0])
        if named >= 2:
            return [gutter]
    return []


def _named(word: dict[str, Any]) -> bool:
    """Whether a word is a name, as a row's label starts: with letters, no figure."""
    return any(ch.isalpha() for ch in word["text"]) and not CELL_WORD.fullmatch(word["text"])


def _caption_gutters(
    page: Any, line: list[dict[str, Any]], body: float | None
) -> list[float]:
    """Where the columns part on a line of captions side by side: left of the second of two
    table captions, or left of each heading but the first when every run of words apart by
    a wide white is a heading (bold, larger than the page's `body` text size, no figures)."""
    # (the wide white first: most lines have none, and the captions are joined only where
    # there is one)
    cuts = _wide_whites(line)
    for i in cuts:
        if TABLE_CAPTION.match(" ".join(v["text"] for v in line[i:])) and TABLE_CAPTION.match(
            " ".join(v["text"] for v in line[:i])
        ):
            return [line[i]["x0"] - 1.0]
    runs = [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)])]
    if len(runs) < 2 or any(len(run) < 2 or _figures(run) for run in runs):
        return []
    # (a heading starts with a capital and is whole: not the pieces of a table's header
    # over two lines, 'Vermeer-  Vermin-', 'of begrote  Beschikbaar te')
    if any(not run[0]["text"][:1].isupper() or run[-1]["text"].endswith("-") for run in runs):
        return []
    top, bottom = min(w["top"] for w in line), max(w["bottom"] for w in line)
    chars = [c for c in page.chars if top <= c["top"] and c["bottom"] <= bottom + 0.5]
    if not chars or body is None:
        return []
    heading = all("bold" in c["fontname"].lower() for c in chars if c["text"].strip())
    larger = min(c["size"] for c in chars if c["text"].strip()) > body
    return [line[i]["x0"] - 1.0 for i in cuts] if heading and larger else []


EDGE = 3  # lines at the top and the bottom of a page where running headers and footers stand
RUN_SHARE = 0.6  # of the pages from its first to its last, a part's running line stands on
def _text_lines(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words grouped into lines by their top."""
    lines: list[list[dict[str, Any]]] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) <= 2:
            lines[-1].append(w)
        else:
            lines.append([w])
    return lines


def _column_bands(
    page: Any, words: list[dict[str, Any]]
) -> list[tuple[float, float, float | None]] | None:
    """(top, bottom, gutter or None) of each band of a page where two columns of running
    text alternate with tables or headings across the width; None when there is none.

    The gutter is the x in the middle third that the fewest lines of running text cross.
    Runs of lines it does not cross, with prose on both sides, are two-column bands: each
    column may hold a narrow table of its own. Lines across the gutter, and the rows (with
    their header) of a table across the page, are read whole, as is a running header or
    footer. A short line left of the gutter that ends a two-column run below the right
    column's text (a table's caption) goes with the band under it."""
    if len(words) < 80 or page.width > page.height:
        return None  # a page turned to landscape holds a wide table, not two columns
    lines = _text_lines(words)
    prose = [line for line in lines if len(line) >= 3 and _figures(line) <= 0.2 * len(line)]
    width = float(page.width)

    def crosses(line: list[dict[str, Any]], x: float) -> bool:
        return any(w["x0"] < x < w["x1"] for w in line)

    candidates = [width * 0.35 + 2.0 * k for k in range(int(width * 0.3 / 2.0) + 1)]
    gutter = min(
        candidates,
        key=lambda x: (sum(crosses(line, x) for line in prose), abs(x - width / 2)),
    )
    if sum(crosses(line, gutter) for line in prose) > 0.1 * len(prose):
        return None  # running text across the middle: one column
    # a running header or footer is a band of its own at the page's edge, read whole as on
    # the pages in one column ('Gemeente X      Programmabegroting 2033')
    head, foot = _furniture(lines)
    top, bottom = lines[:head], lines[len(lines) - foot :]
    lines = lines[head : len(lines) - foot]
    kinds = [_line_kind(line, gutter) for line in lines]
    runs: list[tuple[bool, list[list[dict[str, Any]]]]] = []
    for line, open_ in zip(lines, _settle(lines, kinds)):
        if runs and runs[-1][0] == open_:
            runs[-1][1].append(line)
        else:
            runs.append((open_, [line]))
    bands: list[tuple[list[list[dict[str, Any]]], bool]] = []
    for open_, run in runs:
        cut = _caption_at(run, gutter) if open_ else None
        if cut is not None and _prose_both_sides(run[:cut], gutter):
            # a table's caption and header under the columns: read whole
            bands.append((run[:cut], True))
            bands.append((run[cut:], False))
            continue
        bands.append((run, open_ and _prose_both_sides(run, gutter)))
    if not any(two for _, two in bands):
        return None
    bands = [([line], False) for line in top] + bands + [([line], False) for line in bottom]
    merged: list[tuple[list[list[dict[str, Any]]], bool]] = []
    for run, two in bands:
        if merged and not two and not merged[-1][1]:
            merged[-1] = (merged[-1][0] + run, False)
        else:
            merged.append((run, two))
    out = []
    for k, (run, two) in enumerate(merged):
        top = 0.0 if k == 0 else min(w["top"] for w in run[0]) - 1
        last = k == len(merged) - 1
        bottom = float(page.height) if last else min(w["top"] for w in merged[k + 1][0][0]) - 1
        out.append((top, bottom, gutter if two else None))
    return out


def _line_kind(line: list[dict[str, Any]], gutter: float) -> str:
    """How a line of the page stands to the gutter: 'across' it (read whole), 'apart' (words
    on both sides, text on one of them: two columns), 'figures' (a label or figures left, only
    figures right: a table row across the page, or a column's table row beside the other
    column's year header), 'cells' (short groups of words on both sides: a header across the
    page, or cells of a table in each column), or 'one-sided' (words on one side only)."""
    if _runs_over(line, gutter):
        return "across"  # a word over the gutter, or no more than a space between words there
    right = [w for w in line if w["x0"] >= gutter]
    if not right or len(right) == len(line):
        return "one-sided"
    if all(_is_figure(w) or len(w["text"]) <= 2 for w in right):
        return "figures"  # figures, and marks as V/N, but no word that starts a row's label
    left = [w for w in line if w["x1"] <= gutter]
    if _cells(left) and _cells(right):
        # a row of a table across the page whose right side starts with a figure ('Restafval
        # kg  2023  148  CBS'), or its column headers ('Kans  Financieel gevolg'), or in each
        # column a table's cells ('Inwoners  63.905 | Lasten  14.212')
        first = min(right, key=lambda w: w["x0"])
        return "figures" if _is_figure(first) else "cells"
    return "apart"


def _cells(words: list[dict[str, Any]]) -> bool:
    """Whether the words of a line stand in short groups, wide apart, as a table's cells do;
    a line of text is one group of many words a space apart."""
    words = sorted(words, key=lambda w: w["x0"])
    group = 1
    for a, b in zip(words, words[1:]):
        group = 1 if b["x0"] - a["x1"] >= a["bottom"] - a["top"] else group + 1
        if group > 3:
            return False
    return True


def _furniture(lines: list[list[dict[str, Any]]]) -> tuple[int, int]:
    """How many lines at the top and at the bottom of a page (two at most at either end) a
    wide white band (twice the usual distance between lines) sets apart from the body: a
    running header or footer."""
    tops = [min(w["top"] for w in line) for line in lines]
    steps = [b - a for a, b in zip(tops, tops[1:])]
    if len(steps) < 4:
        return 0, 0
    usual = sorted(steps)[len(steps) // 2]
    head = next((k + 1 for k in range(2) if steps[k] >= 2 * usual), 0)
    foot = next((k + 1 for k in range(2) if steps[-1 - k] >= 2 * usual), 0)
    return head, foot


def _settle(lines: list[list[dict[str, Any]]], kinds: list[str]) -> list[bool]:
    """Whether each line may stand in two columns. Lines across the gutter may not; lines
    apart may. In a stretch of the other lines, two rows or more with figures right of the
    gutter (or one, beside a table's row across the gutter) are a table across the page: the
    lines from its header to its last such row are read whole; the stretch's other lines may
    stand in columns."""
    open_ = [kind == "apart" for kind in kinds]
    k = 0
    while k < len(kinds):
        if kinds[k] in ("across", "apart"):
            k += 1
            continue
        end = k
        while end < len(kinds) and kinds[end] not in ("across", "apart"):
            end += 1
        rows = [j for j in range(k, end) if kinds[j] == "figures"]
        if k > 0 and _table_row(lines[k - 1]):
            rows.insert(0, k - 1)  # the rows go on from a table row across the gutter
        if end < len(lines) and _table_row(lines[end]):
            rows.append(end)
        if len(rows) >= 2:
            first = max(rows[0], k)
            while first > k and _cells(lines[first - 1]):
                first -= 1  # the table's header lines
            last = min(rows[-1], end - 1)
            open_[k:end] = [not first <= j <= last for j in range(k, end)]
        else:
            open_[k:end] = [True] * (end - k)
        k = end
    return open_


def _table_row(line: list[dict[str, Any]]) -> bool:
    """A line of three words or more, two in five of them figures or dashes."""
    return len(line) >= 3 and sum(map(_is_figure, line)) >= 0.4 * len(line)


def _is_figure(word: dict[str, Any]) -> bool:
    """A word that fills a table's cell: a figure, or a dash for none."""
    return bool(CELL_WORD.fullmatch(word["text"])) or word["text"] in ("-", "–")


def _has_gutter(lines: list[list[dict[str, Any]]]) -> bool:
    """Whether lines of words hold a white band of their own: most lines have words on
    both sides of some x in their middle, and almost none cross it or have no more than a
    space between words there (a line of running text)."""
    if not lines:
        return False
    left = min(w["x0"] for line in lines for w in line)
    right = max(w["x1"] for line in lines for w in line)
    x = left + 0.15 * (right - left)
    while x <= right - 0.15 * (right - left):
        crossing = sum(_runs_over(line, x) for line in lines)
        both = sum((gap := _gap_at(line, x)) is not None and gap > 0 for line in lines)
        if crossing <= 0.1 * len(lines) and both >= 0.5 * len(lines):
            return True
        x += 2.0
    return False


def _gap_at(line: list[dict[str, Any]], x: float) -> float | None:
    """The white around x in a line: 0 where a word stands over x, the space between the
    words left and right of it, None where the line has words on one side only."""
    if any(w["x0"] < x < w["x1"] for w in line):
        return 0.0
    left = [w["x1"] for w in line if w["x1"] <= x]
    right = [w["x0"] for w in line if w["x0"] >= x]
    return min(right) - max(left) if left and right else None


def _runs_over(line: list[dict[str, Any]], x: float) -> bool:
    """Whether a line runs on over x: a word stands over it, or no more white than a space
    between words (less than the words are high)."""
    gap = _gap_at(line, x)
    return gap is not None and gap < line[0]["bottom"] - line[0]["top"]


def _caption_at(run: list[list[dict[str, Any]]], gutter: float) -> int | None:
    """Where a two-column run ends in a table's caption and header lines: a line left of the
    gutter that names a table ('Tabel 8.3 ...'), after which no line holds running text on
    the right (five words or more), and the lines right under it reach past the gutter or
    are a table read whole already: a table across the page, not one in the left column."""
    for k in range(len(run) - 1, 0, -1):
        line = run[k]
        if any(w["x0"] >= gutter for w in line):
            if sum(w["x0"] >= gutter for w in line) >= 5:
                return None
            continue
        if TABLE_CAPTION.match(" ".join(w["text"] for w in line)):
            head = [w for later in run[k + 1 : k + 4] for w in later]  # a table's header
            if not head or any(w["x1"] > gutter for w in head):
                return k
            return None  # a table in the left column
    return None


def _figures(line: list[dict[str, Any]]) -> int:
    return sum(1 for w in line if CELL_WORD.fullmatch(w["text"]))


def _prose_both_sides(run: list[list[dict[str, Any]]], gutter: float) -> bool:
    """Running text left and right of the gutter: lines that are no table rows, many filling
    their side's width, six or more of four words or more and two or more on each side (a
    column may hold a narrow table besides), and the right side's lines starting at one
    margin or one indent."""
    prose = []
    for side in (
        [w for line in run for w in line if w["x1"] <= gutter],
        [w for line in run for w in line if w["x0"] >= gutter],
    ):
        if not side:
            return False
        lines = _text_lines(side)
        if len(lines) >= 4 and _has_gutter(lines):
            return False  # a table of text columns, not two columns of running text
        text = [line for line in lines if not _table_row(line)]
        width = max(w["x1"] for w in side) - min(w["x0"] for w in side)
        filled = sum(max(w["x1"] for w in ln) - min(w["x0"] for w in ln) >= 0.75 * width
                     for ln in text)
        if filled < max(2, 0.3 * len(text)):
            return False  # lines in narrow columns of a table, not running text filling one
        prose.append(sum(len(line) >= 4 for line in text))
    if min(prose) < 2 or sum(prose) < 6:
        return False
    # the right column's lines of text start at its margin (or at one indent); in one column
    # of text, the words right of a white 'river' start anywhere
    rights = [[w for w in line if w["x0"] >= gutter] for line in run]
    starts = [min(w["x0"] for w in right) for right in rights
              if len(right) >= 3 and _figures(right) <= 0.2 * len(right)]
    margins = [x for x, _ in Counter(round(x) for x in starts).most_common(2)]  # and an indent
    return sum(min(abs(x - m) for m in margins) <= 2 for x in starts) >= 0.75 * len(starts)


def _between_thousands(chars: list[dict[str, Any]], k: int) -> bool:
    """Whether the space at k sets a figure's thousands apart: a digit before it and
    exactly three after it on the same line."""

    def digit_on_line(c: dict[str, Any]) -> bool:
        return c["text"].isdigit() and abs(c["top"] - chars[k]["top"]) < 1

    group = chars[k + 1 : k + 4]
    if k == 0 or len(group) < 3 or not chars[k - 1]["text"].isdigit():
        return False
    if not all(digit_on_line(c) for c in group):
        return False
    # a fourth digit right after the three (not a figure further on) makes a longer number
    fourth = chars[k + 4] if k + 4 < len(chars) else None
    return not (
        fourth is not None and digit_on_line(fourth) and abs(fourth["x0"] - group[-1]["x1"]) < 1
    )


def _spaces_drawn_as_gaps(chars: list[dict[str, Any]]) -> None:
    """A space between a figure's thousands that the typesetter drew as a gap and wrote no
    character for (Qt: '2 310' as '2' and '310' a space apart) becomes a space character, so
    that it is read as the space would be; a gap between other digits stays a gap."""
    k = 0
    while k < len(chars) - 1:
        a, b = chars[k], chars[k + 1]
        gap = b["x0"] - a["x1"]
        if (
            a["text"].isdigit() and b["text"].isdigit() and abs(a["top"] - b["top"]) < 1
            and WORD_GAP * a["size"] <= gap <= MAX_SPACE_EM * a["size"]
        ):  # fmt: skip
            chars.insert(k + 1, {**a, "text": " ", "x0": a["x1"], "x1": b["x0"], "width": gap})
            if not _space_in_figure(chars, k + 1):
                del chars[k + 1]
        k += 1


def _space_in_figure(chars: list[dict[str, Any]], k: int) -> bool:
    """Whether a plain word space sets a figure's thousands apart ('28 489', '-51 299',
    '1 234 567'): one space wide, touching the digits on both sides, after a group of one to
    three digits that starts the figure (not '2024 125', not '1,5 125') and before exactly
    three."""
    space = chars[k]
    if k == 0 or space["x1"] - space["x0"] > MAX_SPACE_EM * space["size"]:
        return False
    if not _between_thousands(chars, k):
        return False
    if chars[k - 1]["x1"] < space["x0"] - 0.5 or chars[k + 1]["x0"] > space["x1"] + 0.5:
        return False  # set apart by more than the space: two figures in columns

    def touching(j: int) -> bool:  # the character at j, right before the one after it
        return abs(chars[j]["top"] - space["top"]) < 1 and (
            abs(chars[j + 1]["x0"] - chars[j]["x1"]) < 0.5
        )

    j = k - 1
    while j >= 0 and chars[j]["text"].isdigit() and (j == k - 1 or touching(j)):
        j -= 1
    if k - 1 - j > 3 or (k - 1 - j > 1 and chars[j + 1]["text"] == "0"):
        return False  # (a figure starts with no nought: '085 488 50 00' is a phone number)
    before = chars[j] if j >= 0 and touching(j) else None
    return before is None or before["text"] not in ",." or bool(before.get("thousands"))


def _ruled(
    page: Any, words: list[dict[str, Any]], running_on: _RunningOn
) -> tuple[list[Any], list[RecordTable]]:
    """The ruled tables of a page, and those of them that are record tables."""
    tables = page.find_tables() if len(page.edges) >= 12 else []
    records = []
    for table in tables:
        record = record_table(table, words, running_on.before)
        if record is not None:
            records.append(record)
            running_on.here = record.header
    return tables, records


def _region_lines(
    page: Any,
    running_on: _RunningOn,
    ruled: tuple[list[Any], list[RecordTable]] | None = None,
) -> list[PdfLine]:
    turned = [c for c in page.chars if not c.get("upright", True) and c["text"]]
    if getattr(page, "rotation", 0) or len(turned) * 2 > len(page.chars):
        turned = []  # a page turned as a whole (its /Rotate) is read as it always was
    if turned:
        # text set at a right angle ('Begroting 2028' read upwards over a narrow column) is
        # no line of the page: a row of such labels is a table's header, set level below
        page = page.filter(lambda o: o.get("object_type") != "char" or o.get("upright", True))
    raw = page.extract_text_lines(return_chars=True)
    xs = [c["x0"] for line in raw for c in line["chars"] if c["text"].strip()]
    margin = min(xs, default=0.0)
    words = page.extract_words() if ruled is None and len(page.edges) >= 12 else []
    tables, records = _ruled(page, words, running_on) if ruled is None else ruled
    if records:
        raw = [ln for ln in raw if not any(_holds(r.bbox, ln) for r in records)]
    read = {r.bbox for r in records}
    wrapped = _wrapped_rows(page, [t for t in tables if tuple(t.bbox) not in read], words)
    # a wrapped cell's lines joined are wider than the cell: the page is laid out on a finer
    # grid, so that every cell still starts at its own column (and under its header)
    points = min([POINTS_PER_COLUMN, *(r.points_needed() for r in wrapped)])
    figures = _figure_words(raw)
    columns = column_edges(figures)
    lines = []
    written: set[int] = set()  # the wrapped rows already written, by index
    for line in raw:
        line["chars"] = without_repeated_ligatures(line["chars"])
        chars = [c for c in line["chars"] if c["text"].strip()]
        if not chars:
            continue
        size = Counter(round(c["size"], 1) for c in chars).most_common(1)[0][0]
        bold = sum("bold" in c["fontname"].lower() for c in chars) > len(chars) / 2
        k = next((k for k, r in enumerate(wrapped) if r.holds(line)), None)
        if k is not None:
            if k not in written:  # the row's first line stands for all of them
                lines.append(PdfLine(wrapped[k].text(margin, points), size, bold, wrapped[k].top))
                written.add(k)
            continue
        every = line["chars"]
        placed = has_cells(every) or _over_figures(chars, margin, columns, figures, line["bottom"])
        text = positioned_text(every, margin, points, columns) if placed else _spaced(line)
        lines.append(PdfLine(text, size, bold, line["top"]))
    if records:
        lines = sorted([*lines, *_record_lines(records, lines)], key=lambda ln: ln.top)
    if turned:
        header, beside = _turned_header(turned, raw, margin, points, columns)
        if header:
            lines = sorted(
                [*(ln for ln in lines if ln.top not in beside), *header], key=lambda ln: ln.top
            )
    return lines


class _TurnedLabel(NamedTuple):
    """A line of text set at a right angle over a column: where it ends (its foot), the
    right edge of the column it heads (its own right edge until that is known), its size,
    its words, where it starts across the page, and whether it reads from the bottom up."""

    bottom: float
    right: float
    size: float
    words: list[str]
    x0: float
    upwards: bool


def _turned_header(
    chars: list[dict[str, Any]],
    raw: list[dict[str, Any]],
    margin: float,
    points: float,
    columns: Sequence[tuple[float, float]],
) -> tuple[list[PdfLine], set[float]]:
    """The headers of tables whose labels are set at a right angle, one over each column:
    the labels read along their direction and laid level, word under word, flush right over
    their columns and ending where the turned labels end; a level line beside their foot
    (the header of the labels' column, 'Programma') joins their last line. Also the tops of
    the lines so joined. A header is two labels or more that end on one line (a single
    turned line, a note up the margin, is none)."""
    labels: dict[tuple[int, bool], list[dict[str, Any]]] = {}
    for c in chars:
        upwards = c["matrix"][1] > 0  # turned a quarter to the left: read from the bottom up
        labels.setdefault((round(c["x0"]), upwards), []).append(c)
    lines = []
    for (_, upwards), group in labels.items():
        group.sort(key=lambda c: -c["top"] if upwards else c["top"])
        size = max(c["x1"] - c["x0"] for c in group)
        words = _turned_words(group, upwards, size)
        x0, x1 = min(c["x0"] for c in group), max(c["x1"] for c in group)
        if words:
            bottom = max(c["bottom"] for c in group)
            lines.append(_TurnedLabel(bottom, x1, size, words, x0, upwards))
    edges = [right for _, right in columns]

    def apart(a: _TurnedLabel, b: _TurnedLabel) -> bool:
        # a column of figures ends between the two lines: labels of two narrow columns
        first, second = sorted((a, b), key=lambda t: t.x0)
        return any(first.right - EDGE_TOLERANCE <= e < second.x0 for e in edges)

    # a label too long for one line goes on in the next line right beside it (to the right
    # when read upwards): the lines over one column are one label, read in that order
    lines.sort(key=lambda t: (t.upwards, t.x0 if t.upwards else -t.x0))
    read: list[_TurnedLabel] = []
    for before, line in zip([None, *lines], lines):
        if (
            before
            and before.upwards == line.upwards
            and abs(line.x0 - before.x0) <= 1.6 * line.size
            and abs(line.bottom - before.bottom) <= 3 * line.size
            and not apart(before, line)
        ):
            last = read[-1]
            read[-1] = last._replace(
                bottom=max(line.bottom, last.bottom),
                right=max(line.right, last.right),
                x0=min(line.x0, last.x0),
                words=[*last.words, *line.words],
            )
        else:
            read.append(line)

    def flush_right(label: _TurnedLabel) -> float:
        # over the column of figures under it, as a level header would stand: the column
        # whose end is nearest the label's (another table on the page has columns of its own)
        near = [e for e in edges if label.x0 - label.size <= e <= label.right + label.size]
        return min(near, key=lambda e: abs(e - label.right)) if near else label.right

    read = [label._replace(right=flush_right(label)) for label in read]
    read.sort(key=lambda t: t.bottom)
    rows: list[list[_TurnedLabel]] = []
    for label in read:
        if rows and label.bottom - rows[-1][0].bottom <= 3:
            rows[-1].append(label)
        else:
            rows.append([label])
    out: list[PdfLine] = []
    joined: set[float] = set()
    for row in (r for r in rows if len(r) >= 2):
        bottom = max(t.bottom for t in row)
        size = max(t.size for t in row)
        # each label in as many lines as the longest needs to stay within the distance
        # between the columns, so that every line of the header names every column
        rights = sorted(t.right for t in row)
        width = max(6, int(min(b - a for a, b in zip(rights, rights[1:])) / points) - 2)
        depth = max(_lines_needed(t.words, width) for t in row)
        row = [t._replace(words=_in_lines(t.words, depth)) for t in row]
        beside = [  # ... level with the labels' foot, not a caption beside their heads
            line for line in raw
            if bottom - 2 * size <= line["top"] <= bottom
            and not any(FIGURE_WORD.match(w[2]) for w in _words(line["chars"]))
        ]  # fmt: skip
        joined |= {line["top"] for line in beside}
        # the header's last line: where the level line beside it stood, else right above
        # the first line under the labels (the table's first row, or a group over rows)
        under = min((line["top"] for line in raw if line["top"] >= bottom - 1), default=None)
        foot = min(
            (line["top"] for line in beside),
            default=bottom - size * 1.2 if under is None else under - size * 1.2,
        )
        for k in range(depth):
            last = k == depth - 1
            level = [c for line in beside for c in line["chars"]] if last else []
            for label in row:
                j = k - (depth - len(label.words))
                if j < 0:
                    continue
                # each letter one character column wide, as the line will be written
                start = label.right - len(label.words[j]) * points
                level += [
                    {"text": ch, "x0": start + i * points, "x1": start + (i + 1) * points,
                     "size": size}
                    for i, ch in enumerate(label.words[j])
                ]  # fmt: skip
            top = foot - (depth - 1 - k) * size * 1.2
            out.append(PdfLine(positioned_text(level, margin, points, columns), size, False, top))
    return out, joined


def _turned_words(chars: list[dict[str, Any]], upwards: bool, size: float) -> list[str]:
    """The words of a line set at a right angle, its letters in reading order: apart where
    the text has a space, or where a typesetter that prints none (XeLaTeX) leaves a gap
    along the line of WORD_GAP em ('Begroting 2025' read upwards)."""
    text = ""
    for before, c in zip([None, *chars], chars):
        if before is not None:
            gap = before["top"] - c["bottom"] if upwards else c["top"] - before["bottom"]
            text += " " if gap > WORD_GAP * size else ""
        text += c["text"]
    return text.split()


def _lines_needed(words: list[str], width: int) -> int:
    """How many lines the words need to stay within `width` characters (a longer word on a
    line of its own)."""
    return next(
        (n for n in range(1, len(words)) if max(map(len, _in_lines(words, n))) <= width),
        len(words),
    )


def _in_lines(words: list[str], count: int) -> list[str]:
    """Words in `count` lines (fewer when there are fewer words) as even in length as they
    go, in their order."""
    if len(words) <= count:
        return words
    cuts = min(
        combinations(range(1, len(words)), count - 1),
        key=lambda at: max(
            len(" ".join(words[a:b])) for a, b in zip((0, *at), (*at, len(words)))
        ),
    )
    return [" ".join(words[a:b]) for a, b in zip((0, *cuts), (*cuts, len(words)))]


# a date or a year alone on a header's line ('Stand' above '31-12-2028')
HEADER_DATE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d|(?:19|20)\d\d")


def _over_figures(
    chars: list[dict[str, Any]],
    margin: float,
    columns: Sequence[tuple[float, float]],
    figures: list[tuple[float, float, float]],
    bottom: float,
) -> bool:
    """A few words far from the margin, over a column of figures: the top line of a header
    over two lines ('Inwoners' above '1 januari 2025'), kept where it stands. The column may
    be one of the region's (`columns`) or the figures right below the line (`figures`, the
    region's `_figure_words`): a table with a single row on the page has no column of
    figures, and its header stands over the figures of that row."""
    x0, x1 = chars[0]["x0"], chars[-1]["x1"]
    text = without_print_marks("".join(c["text"] for c in chars))
    if x0 - margin <= INDENTED or len(text) > 30:
        return False
    if not any(c.isalpha() for c in text) and not HEADER_DATE.fullmatch(text):
        return False  # a lone figure; a date or a year ('31-12-2028') heads a column
    spans = [*columns, *_figures_below(figures, bottom)]
    return any(min(x1, right) > max(x0, left) for left, right in spans)


def _figure_words(raw_lines: list[dict[str, Any]]) -> list[tuple[float, float, float]]:
    """The figures of a page region as (top of their line, x0, x1)."""
    return [
        (line["top"], w[0], w[1])
        for line in raw_lines
        for w in _words(line["chars"])
        if FIGURE_WORD.match(w[2])
    ]


def _figures_below(
    figures: list[tuple[float, float, float]], bottom: float, reach: float = 60.0
) -> list[tuple[float, float]]:
    """The spans (left, right) of the figures on the lines right under a line."""
    return [(x0, x1) for top, x0, x1 in figures if bottom < top <= bottom + reach]


@dataclass
class _WrappedRow:
    """A row of a ruled table whose cells wrap over several lines of text."""

    x0: float
    x1: float
    top: float
    bottom: float
    cells: list[tuple[float, str]]  # (x of the cell's text, its lines joined)

    def holds(self, line: dict[str, Any]) -> bool:
        middle = (line["top"] + line["bottom"]) / 2
        return self.top <= middle <= self.bottom and self.x0 <= line["x0"] < self.x1

    def text(self, margin: float, points: float) -> str:
        out = ""
        for x, cell in self.cells:
            column = round((x - margin) / points)
            out += " " * (column if not out else max(2, column - len(out))) + cell
        return out

    def points_needed(self) -> float:
        """The points per character column at which each cell's text ends before the next
        cell starts (two spaces apart); never finer than a quarter of the usual grid."""
        widths = [
            (b[0] - a[0]) / (len(a[1]) + 2) for a, b in zip(self.cells, self.cells[1:])
        ]
        return max(POINTS_PER_COLUMN / 4, min(widths, default=POINTS_PER_COLUMN))


def _wrapped_rows(
    page: Any, tables: list[Any], words: list[dict[str, Any]]
) -> list[_WrappedRow]:
    """The rows of ruled tables whose cells wrap ('Personen met een' over 'bijstandsuitkering'
    beside '252,7 (2021)'), found from the table's cell borders.

    Line by line such a row falls apart: the label's lines stand above and below its figures
    and read as rows or groups of their own. With the borders, every line of a cell belongs to
    its row, and the row reads as one line. Only tables that read cleanly by their borders are
    used: one figure per cell, and most rows holding a figure; a table whose borders do not
    separate its columns ('102 -4.204' in one cell) is left to the reading by position.
    """
    rows: list[_WrappedRow] = []
    for table in tables:
        texts = table.extract()
        if not _reads_by_borders(texts):
            continue
        for row, cells in zip(table.rows, texts):
            if not any("\n" in (c or "") for c in cells):
                continue  # a row on one line reads as it is
            if not any(is_value((c or "").strip()) for c in cells):
                continue  # a header spread over lines is read by the header reading
            x0, top, x1, bottom = row.bbox
            if sorted(w["text"] for w in words_inside(words, row.bbox)) != sorted(
                " ".join(c or "" for c in cells).split()
            ):
                continue  # the borders do not hold every word of the row's lines
            placed = [
                # a cell stands where its text starts, not where its border is
                (
                    min((w["x0"] for w in words_inside(words, box)), default=box[0]),
                    " ".join(c.split()),
                )
                for box, c in zip(row.cells, cells)
                if box is not None and c and c.strip()
            ]
            rows.append(_WrappedRow(x0, x1, top, bottom, sorted(placed)))
    return rows


def _holds(box: tuple[float, float, float, float], line: dict[str, Any]) -> bool:
    """Whether a line's middle stands inside a box (x0, top, x1, bottom)."""
    x0, top, x1, bottom = box
    middle = (line["top"] + line["bottom"]) / 2
    return top <= middle <= bottom and x0 <= (line["x0"] + line["x1"]) / 2 <= x1


def _record_lines(records: list[RecordTable], lines: list[PdfLine]) -> list[PdfLine]:
    """The lines of record tables where the tables stand: the rows under their header, then
    each text cell as a paragraph of its own."""
    size = Counter(ln.size for ln in lines).most_common(1)[0][0] if lines else 10.0
    out = []
    for record in records:
        _, top, _, bottom = record.bbox
        step = (bottom - top) / (len(record.rows) + len(record.paragraphs) + 1)
        texts = [*record.rows, *record.paragraphs]
        out += [
            PdfLine(text, size, False, top + k * step, starts=k == 0 or k >= len(record.rows))
            for k, text in enumerate(texts)
        ]
    return out


def _reads_by_borders(texts: list[list[str | None]]) -> bool:
    if len(texts) < 3 or max(map(len, texts)) < 3:
        return False
    wrapped = with_figure = 0
    for cells in texts:
        parts = [[p.strip() for p in (c or "").split("\n") if p.strip()] for c in cells]
        for lines in parts:
            if len(lines) > 1 and any(is_value(p) for p in lines):
                return False  # figures on several lines of one cell: rows not ruled apart
            if any(len(p.split()) > 1 and all(is_value(t) for t in p.split()) for p in lines):
                return False  # '102 -4.204': columns not ruled apart
        wrapped += any(len(lines) > 1 for lines in parts)
        with_figure += any(len(lines) == 1 and is_value(lines[0]) for lines in parts)
    return wrapped > 0 and with_figure >= max(3, 0.6 * len(texts))


def _words(
    chars: list[dict[str, Any]], ends: Callable[[float], bool] = lambda x: False
) -> list[tuple[float, float, str, float]]:
    """(x0, x1, text, size) of each word: a space character or a gap of over 0.15 em ends
    a word, and so does a figure that `ends` at a column's edge where letters follow it
    ('2023' set tight against 'ringen')."""
    words: list[tuple[float, float, str, float]] = []
    space = False
    for c in sorted(chars, key=lambda c: c["x0"]):
        if not c["text"].strip():
            space = True
            continue
        gap = c["x0"] - words[-1][1] if words else 0.0
        glued = words and words[-1][2][-1].isdigit() and c["text"].isalpha() and ends(words[-1][1])
        if words and not space and gap <= 0.15 * words[-1][3] and not glued:
            x0, x1, text, size = words[-1]
            words[-1] = (x0, max(x1, c["x1"]), text + c["text"], size)
        else:
            words.append((c["x0"], c["x1"], c["text"], float(c.get("size") or 10.0)))
        space = False
    return words


def _spaced(line: dict[str, Any]) -> str:
    """A line of text with its words apart: a typesetter that prints no spaces (LaTeX) sets
    the words of a tight justified line closer than pdfplumber's fixed tolerance of 3
    points, so words apart by 0.15 em are words too. Only spaces are added: a line read
    otherwise alike keeps pdfplumber's reading, and no letter stands alone."""
    from pdfplumber.utils import extract_text
    from pdfplumber.utils.text import dedupe_chars

    text = line["text"]
    spaced = extract_text(dedupe_chars(line["chars"]), x_tolerance_ratio=WORD_GAP)
    same = spaced.replace(" ", "") == text.replace(" ", "")
    # (never a letter or a dot apart: letter-spaced capitals, dot leaders, a kerned 'b uur';
    # the signs that stand alone in a scale note may, and a digit: 'bedragen x € 1.000',
    # 'programma 2')
    new = set(spaced.split()) - set(text.split())
    words = all(len(w) > 1 or w in SIGN_WORDS or w.isdigit() for w in new)
    return spaced if same and words and spaced.count(" ") > text.count(" ") else text


def has_cells(chars: list[dict[str, Any]]) -> bool:
    """Whether a line holds table cells: words apart by a gap wider than the font size."""
    words = _words(chars)
    return any(b[0] - a[1] >= CELL_GAP * a[3] for a, b in zip(words, words[1:]))


def column_edges(figure_words: list[tuple[float, float, float]]) -> list[tuple[float, float]]:
    """The columns of flush-right figures of a page region (its `_figure_words`), as (left,
    right) in points: a right edge shared, within EDGE_TOLERANCE, by EDGE_FIGURES figures of
    more than one width (years stacked above each other share their left edge too, which
    says nothing of alignment), from the leftmost start of those figures."""
    figures = sorted((x1, x0) for _, x0, x1 in figure_words)
    columns: list[tuple[float, float]] = []
    run: list[tuple[float, float]] = []
    for figure in [*figures, (math.inf, math.inf)]:
        if run and figure[0] - run[0][0] > EDGE_TOLERANCE:
            starts = [x0 for _, x0 in run]
            if len(run) >= EDGE_FIGURES and max(starts) - min(starts) > EDGE_TOLERANCE:
                columns.append((min(starts), sum(x1 for x1, _ in run) / len(run)))
            run = []
        run.append(figure)
    return columns


def positioned_text(
    chars: list[dict[str, Any]],
    margin: float,
    points: float = POINTS_PER_COLUMN,
    columns: Sequence[tuple[float, float]] = (),
) -> str:
    """A line's text with its table geometry kept: words separated by one space, and cells
    (runs of words apart by a wide gap) placed at the character column of their x-position,
    so that a table's cells stand under their column headers in the text as on the page.

    Figures are set flush right, and a character column is narrower than a printed letter:
    a cell that ends where a column of figures ends, or stands above that column only (a
    header), is placed by that end (`columns`: the page's figure columns), so that the
    figures of a column, long and short, and its header end at one character column. A
    cell ends at a column's end however close the next word stands: headers of narrow
    columns ('Begroting Vermeerde- Verminde-') are set one space apart.

    A line without wide gaps is plain text, as before.
    """
    def edges_at(x: float) -> list[float]:
        return [right for _, right in columns if abs(x - right) <= EDGE_TOLERANCE]

    def at_edge(x: float) -> bool:
        return bool(edges_at(x))

    words = _words(chars, at_edge)
    if _justified(words):
        # a line of running text stretched to the width of its column: plain text
        return " " * round((words[0][0] - margin) / points) + " ".join(w[2] for w in words)
    cells: list[list[tuple[float, float, str, float]]] = []
    for word in words:
        x0, _, _, size = word
        if cells and x0 - cells[-1][-1][1] < CELL_SPLIT * size:
            cells[-1].append(word)
        else:
            cells.append([word])
    if columns:
        cells = [piece for cell in cells for piece in _split_at_edges(cell, at_edge)]
    out = ""
    for k, cell in enumerate(cells):
        text = " ".join(w[2] for w in cell)
        x0, x1 = cell[0][0], cell[-1][1]
        over = edges_at(x1)
        if not over and k > 0:  # a row's label, first, may reach into the first column
            over = [right for left, right in columns if min(x1, right) > max(x0, left)]
        start = over[0] - len(text) * points if len(over) == 1 else x0
        column = round((start - margin) / points)
        out += " " * (column if not out else max(2, column - len(out))) + text
    return out


def _justified(words: list[tuple[float, float, str, float]]) -> bool:
    """A line of justified text: words set apart by wide gaps that are all the same width
    (to a twentieth of a point), mostly words of letters, most of them in lower case. The
    gaps between a table's cells differ with the width of the label and the figures."""
    gaps = [b[0] - a[1] for a, b in zip(words, words[1:])]
    if len(gaps) < 2 or min(gaps) < CELL_SPLIT * words[0][3] or max(gaps) - min(gaps) > 0.05:
        return False
    worded = sum(1 for w in words if re.search(r"[^\W\d_]{2}", w[2]))
    # ... in sentences: most words in lower case (a header of columns set at equal gaps,
    # 'Realisatie   Streefwaarde   Realisatie', names each column with a capital)
    lower = sum(1 for w in words if w[2][:1].islower())
    return 3 * worded >= 2 * len(words) and 2 * lower >= len(words)


def _split_at_edges(
    cell: list[tuple[float, float, str, float]], at_edge: Callable[[float], bool]
) -> list[list[tuple[float, float, str, float]]]:
    """A run of words split after each word that ends at a column edge, when every piece
    ends at one ('Begroting Vermeerde- Verminde-' over three columns); a run that does not
    end at an edge is text ('In 2023 zijn ...') and stays whole."""
    if not at_edge(cell[-1][1]):
        return [cell]
    pieces: list[list[tuple[float, float, str, float]]] = [[]]
    for word in cell:
        pieces[-1].append(word)
        if at_edge(word[1]):
            pieces.append([])
    return [p for p in pieces if p]


def _gutter(page: Any, words: list[dict[str, Any]]) -> float | None:
    """The x of the white band between two columns of running text, or None.

    A band in the middle third that no word crosses, with prose on both sides: most lines on
    each side hold several words and few figures. A table's gap between labels and figures
    is no gutter: its right side is figures.
    """
    if len(words) < 80:
        return None
    width = float(page.width)
    best: tuple[int, float] | None = None
    x = width * 0.35
    while x <= width * 0.65:
        crossing = sum(1 for w in words if w["x0"] < x < w["x1"])
        if best is None or crossing < best[0]:
            best = (crossing, x)
        x += 2.0
    if best is None or best[0] > len(words) * 0.01:
        return None
    gutter = best[1]
    left = [w for w in words if w["x1"] <= gutter]
    right = [w for w in words if w["x0"] >= gutter]
    if min(len(left), len(right)) < 0.25 * len(words):
        return None
    for side in (left, right):
        figures = sum(1 for w in side if re.fullmatch(r"[-€(]*[\d.,%)]+", w["text"]))
        rows: Counter[int] = Counter(round(w["top"]) for w in side)
        if figures > 0.2 * len(side) or sum(rows.values()) / max(len(rows), 1) < 4:
            return None
    return gutter


# A chapter's title with its number ('4 Programma 2 Sociaal domein', '2.1 Lasten')
NUMBERED_TITLE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÀ-Ý]")


def layout(pages: list[list[PdfLine]]) -> list[list[str]]:
    """Lines per page as plain text with heading marks and paragraph breaks.

    A heading is a bold line that starts a block and is no smaller than the body text. The
    largest heading size in the document is marked '#', the next larger-than-body sizes '##',
    and bold headings at body size '####'.
    """
    # table rows and header pieces repeat on many pages too (the same programme table on
    # every page, its header over two lines): they are never running lines, nor is the note
    # of a table's scale
    tables = [_table_parts(lines) for lines in pages]
    counts: Counter[str] = Counter()
    for lines, parts in zip(pages, tables):
        counts.update(
            {
                ln.text.strip()
                for k, ln in enumerate(lines)
                if k not in parts and not BLOCK_HEADING.match(ln.text)
            }
        )
    running = {
        text
        for text, n in counts.items()
        if len(pages) >= 4 and n >= max(3, len(pages) // 2) and len(text) < 80
        and not notes_a_scale(text)  # 'x € 1.000', 'bedragen in €'
    }
    # a header or footer with the page's number in it ('pagina 14 van 17'), or laid out with
    # other spaces on other pages: the same line at the top or bottom of most pages
    edges: dict[str, dict[int, str]] = {}
    for number, (lines, parts) in enumerate(zip(pages, tables)):
        for k, ln in enumerate(lines):
            if (
                _at_edge(k, lines)
                and k not in parts
                and not BLOCK_HEADING.match(ln.text)
                and not notes_a_scale(ln.text)
            ):
                edges.setdefault(_edge_key(ln.text), {}).setdefault(number, ln.text)
    running_edges = {
        key for key, on in edges.items()
        if len(pages) >= 4 and len(on) >= max(3, len(pages) // 2)
    }  # fmt: skip
    # ... or whose first piece is ('Stadsbank | Jaarstukken 2025' at the left, the chapter's
    # name at the right, on every page of that chapter: two pages are too few to know the line)
    leads: dict[str, set[int]] = {}
    for on in edges.values():
        lead = _edge_lead(next(iter(on.values())))
        if lead:
            leads.setdefault(lead, set()).update(on)
    running_leads = {
        lead for lead, on in leads.items()
        if len(pages) >= 4 and len(on) >= max(3, len(pages) // 2)
    }  # fmt: skip
    # ... or of one part of a bundle (a heading that starts the part's chapter is no
    # running line, though the part's running header repeats it)
    part_edges = {
        key for key, on in edges.items()
        if len(pages) >= 4 and len(on) >= 3 and key not in running_edges and _runs_in_part(on)
    }  # fmt: skip
    sizes: Counter[float] = Counter()
    for lines in pages:
        sizes.update(ln.size for ln in lines)
    body = sizes.most_common(1)[0][0] if sizes else 0.0

    def runs(k: int, lines: list[PdfLine]) -> bool:
        """Whether a page's line k is a running line: its text, or at the top or bottom of the
        page its text less the page's number."""
        text = lines[k].text
        return text.strip() in running or (
            _at_edge(k, lines)
            and (
                _edge_key(text) in running_edges
                # (a bold line is a heading, whatever stands beside it)
                or not lines[k].bold and _edge_lead(text) in running_leads
            )
        )

    # per page: (line, starts a block, may be a heading); a piece of a table never heads
    blocks: list[list[tuple[PdfLine, bool, bool]]] = []
    heading_sizes: set[float] = set()
    for lines, parts in zip(pages, tables):
        kept = [
            (ln, k in parts)
            for k, ln in enumerate(lines)
            if ln.text.strip()
            and (
                # (a running header right above a table's header printed again on the next
                # page reads as a piece of the table; the text it bears on most pages says
                # what it is)
                k in parts
                and not (_at_edge(k, lines) and runs(k, lines))
                or not runs(k, lines)
                and not (
                    _at_edge(k, lines)
                    and _edge_key(ln.text) in part_edges
                    and not ln.bold
                    and ln.size <= body
                )
                # (a line that would go as a running one is kept when it groups a table's rows)
                or _groups_table_rows(k, lines, parts)
            )
        ]
        while kept and PAGE_NUMBER.match(kept[-1][0].text):
            kept.pop()
        while kept and PAGE_NUMBER.match(kept[0][0].text):
            kept.pop(0)
        tops = [ln.top for ln, _ in kept]
        pitches = sorted(b - a for a, b in zip(tops, tops[1:]) if b > a)
        pitch = pitches[len(pitches) // 2] if pitches else 0.0
        page = []
        for i, (ln, in_table) in enumerate(kept):
            gap = ln.top - tops[i - 1] if i else None
            starts = gap is None or bool(pitch and gap > 1.5 * pitch) or ln.starts
            if (
                starts and i and not ln.starts
                and is_cell_line(ln.text) and is_cell_line(kept[i - 1][0].text)
            ):  # fmt: skip
                # rows and headers of one table stay one block; a header after a total row
                # starts the next table ('Totaal 3.084 2.948', then 'Eigen Vermogen  Ult.2022
                # Resultaat  Toevoeging ...')
                closed = TOTAL_ROW.match(kept[i - 1][0].text) and _no_figures(ln.text)
                starts = gap > (2 if closed else 4) * pitch
            if (
                i == 1
                and not starts
                and ln.bold
                and ln.size > body
                and kept[0][0].size != ln.size
                and NUMBERED_TITLE.match(ln.text.strip())
            ):
                starts = True  # a chapter's numbered title right under the running header
            # a bold label between a table's header and its rows ('Activa', set apart by a
            # blank row of a spreadsheet) names a group of rows, no section
            groups_rows = (
                0 < i < len(kept) - 1
                and not ln.starts  # (the first line of a table's half beside the other)
                and ln.size <= body  # a title above a table is set larger
                and kept[i + 1][1]
                # ... over a row with a label of its own (not over the years of a card of
                # key figures, nor over the lower-case rest of a label it begins)
                and segments(kept[i + 1][0].text)[0].text[:1].isupper()
                and (kept[i - 1][1] or is_cell_line(kept[i - 1][0].text))
                and len(ln.text.split()) <= 4
            )
            if groups_rows and gap is not None and gap <= 4 * pitch:
                starts = False  # ... and stays in the table's block
            heads = not in_table and not groups_rows and _is_heading(ln, body, starts)
            page.append((ln, starts, heads))
            if heads and ln.size > body:
                heading_sizes.add(ln.size)
        blocks.append(page)
    ranked = sorted(heading_sizes, reverse=True)

    out: list[list[str]] = []
    for page in blocks:
        text_lines: list[str] = []
        for ln, starts, heads in page:
            if heads:
                marks = "####" if ln.size <= body else ("#" if ln.size == ranked[0] else "##")
                text_lines += ["", f"{marks} {ln.text.strip()}", ""]
                continue
            if starts and text_lines and text_lines[-1] != "":
                text_lines.append("")
            text_lines.append(ln.text.rstrip())
        out.append(text_lines)
    return out


def _no_figures(text: str) -> bool:
    """Whether a line holds no figure but years (a table's header: 'Ult.2022  Resultaat')."""
    return not any(FIGURE_WORD.match(w) and not YEAR_WORD.match(w) for w in text.split())


def _at_edge(k: int, lines: list[PdfLine]) -> bool:
    """Whether the k-th line of a page stands where running headers and footers stand."""
    return k < EDGE or k >= len(lines) - EDGE


def _groups_table_rows(k: int, lines: list[PdfLine], parts: set[int]) -> bool:
    """A short line inside a table, between its header or rows and the rows under it
    ('Lasten', 'Baten' over each programme's rows): it names a group of rows, however often
    the same word stands in the same place on other pages."""
    near = [j for j in (k - 2, k - 1, k + 1, k + 2) if 0 <= j < len(lines)]
    return (
        len(lines[k].text.split()) <= 4
        and not any(is_value(s.text) for s in segments(lines[k].text))
        and any(j in parts or is_cell_line(lines[j].text) for j in near if j < k)
        and any(j in parts for j in near if j > k)
    )


def _table_parts(lines: list[PdfLine]) -> set[int]:
    """The lines of a page that belong to a table: rows with two or more figures, the header
    over them, and the pieces of a header cell wrapped over lines, set over the columns
    (indented) and standing closer than 1.5 lines to a line of cells ('Begroting 2026 na'
    over the header 'Omschrijving  Rekening 2025  Begroting 2027', 'wijziging' under it)."""
    parts = set()
    for k, ln in enumerate(lines):
        if sum(is_value(s.text) for s in segments(ln.text)) >= 2:
            parts.add(k)
    for k, ln in enumerate(lines):
        if k in parts:
            continue
        if is_cell_line(ln.text) and any(j in parts for j in range(k + 1, k + 4)):
            # a header over rows a few lines down (a group label, a wrapped label between)
            parts.add(k)
        elif ln.text.startswith("  ") and any(
            0 <= j < len(lines)
            and is_cell_line(lines[j].text)
            and abs(lines[j].top - ln.top) < 1.5 * ln.size
            for j in (k - 1, k + 1)
        ):
            parts.add(k)
    return parts


def _runs_in_part(on: dict[int, str]) -> bool:
    """Whether a line at the page's edge is the running header or footer of one part of a
    bundle ('Werkplein | 1e Bestuursrapportage 2025 5' on the pages of that part only): on
    most pages of the run from its first page to its last, with the same number or a page
    number that counts on with the pages (never a table's last row, 'Overige verschillen 55')."""
    pages = sorted(on)
    if len(pages) < RUN_SHARE * (pages[-1] - pages[0] + 1):
        return False
    last = [re.search(r"(\d+)\s*$", on[p]) for p in pages]
    if all(m is None for m in last):
        return True
    if any(m is None for m in last):
        return False
    numbers = [int(m.group(1)) for m in last if m is not None]
    steps = {n - p for n, p in zip(numbers, pages)}
    return len(set(numbers)) == 1 or len(steps) == 1


def _edge_key(text: str) -> str:
    """A line as a running header or footer is recognised: spaces and numbers left out."""
    key = re.sub(r"\d+", "#", " ".join(text.split()))
    return key if len(key) < 80 else f"\0{key}"  # long lines are text, never a running line


def _edge_lead(text: str) -> str:
    """The first of two or more pieces of a line at a page's edge when no piece is a figure
    (a running header: the document's name, and the chapter's name set apart), else ''."""
    pieces = segments(text)
    if len(pieces) < 2 or any(is_value(p.text) for p in pieces):
        return ""
    if not re.search(r"[^\W\d_]{3}", pieces[0].text):
        return ""  # a heading's number hung in the margin ('3.1   Weerstandsvermogen')
    # (as printed, numbers and all: 'Programma 1' and 'Programma 2' heading their pages are
    # two headings)
    return " ".join(pieces[0].text.split())


def _is_heading(line: PdfLine, body: float, starts_block: bool) -> bool:
    text = line.text.strip()
    return (
        starts_block
        and line.bold
        and line.size >= body
        and len(text) <= 120
        and not text.endswith((",", ";"))
        and not is_table_row(text)  # a bold total row of a table
        and not is_cell_line(line.text)  # a bold header row of a table
        and not TABLE_CAPTION.match(text)  # a bold caption names its table, not a section
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
    printed = "".join(tokens)  # tables laid out by position hold many spaces
    letters = sum(c.isalpha() for c in printed) / max(len(printed), 1)
    if garbage / max(len(tokens), 1) > 0.2 or letters < 0.3:
        raise DocumentError(
            str(path),
            "de tekstlaag van deze PDF is onleesbaar (tekens als /2/3/5 in plaats van woorden; "
            "dat maken sommige PDF-printers).",
            ADVICE_TEXT,
        )


# Typographic ligatures and the letters they stand for. Some PDF printers map each letter of a
# ligature glyph to the ligature itself ('Heﬃﬃﬃng' for 'Heffing'): a run as long as the
# letters is those letters, which keeps the columns of a laid-out line where they were.
LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}


# A word broken over two lines of a cell prints a hyphen, as one of the Unicode hyphens or a
# soft hyphen (some printers write both: 'Uitvoerings\u00ad\u2010' over 'kosten'): read as '-',
# the header reading joins the word again
HYPHENS = re.compile("\u00ad?[\u2010\u2011]|\u00ad")


def without_print_marks(text: str) -> str:
    for ligature, letters in LIGATURES.items():
        text = text.replace(ligature * len(letters), letters).replace(ligature, letters)
    return HYPHENS.sub("-", text)


@functools.cache
def layout_fingerprint() -> str:
    """A hash of the code that lays out PDF text (computed once a process)."""
    return code_fingerprint(LAYOUT_MODULES)


def pdf_text(raw: bytes, sha256: str, path: Path, cache_dir: Path | None) -> tuple[str, list[int]]:
    """The document text (pages joined by a blank line) and the page of every line.

    Extraction is slow (about a third of a second a page), so it is cached by content hash.
    """
    cached = cache_dir / f"{sha256}-{layout_fingerprint()}.json" if cache_dir else None
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
    text = without_print_marks("\n".join(lines))
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(".tmp")
        tmp.write_text(json.dumps({"text": text, "pages": page_of_line}), encoding="utf-8")
        tmp.replace(cached)
    return text, page_of_line
