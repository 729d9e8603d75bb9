"""Tables read by geometry: cells assigned to the column they stand under (pure functions).

PDF extraction (and fixed-width text exports) keep a table's layout in its text: a cell
starts at the character column of its x-position, and cells are apart by two or more
spaces (see `pdf.positioned_text`). A table is then read as it is printed:

- the value columns are the horizontal bands where the figures of the rows stand;
- a header word belongs to the column it stands above, so headers spread over several lines
  ("Realisatie" above "2023", "Begroting" above "2024" above "baten lasten saldo") are
  read per column; a word centred over several columns ("2024" over baten, lasten and saldo)
  names each of them;
- a row's figures go to the column they stand in, so an empty cell stays empty and does
  not shift the later figures one column;
- a label is the text left of the first column, whatever figures it holds ("Gymzaal 12").

A block whose rows do not fit one set of columns is not a grid, and the caller reads it by
token order instead.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .years import YEAR_DIGITS

# A value cell: a number with sign, euro sign, percent, footnote stars or annotation; or a
# marker of an empty cell. "- € 1.234" and "€ -1.234" are one cell.
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+\.\d{2}(?![\d.])|\d+(?:,\d+)?"
# Cents after a point ('202.80' among '196,47'): two digits never group thousands
POINT_CENTS = re.compile(r"(?<![\d.])(\d+)\.(\d{2})(?![\d.])")
VALUE_CELL = re.compile(
    rf"^(?:\(\d[^)]*\)\s)?[-–+]?\s?€?\s?[-–+]?\s?(?:{_NUMBER})\s?%?\*{{0,3}}(?:\s?\([^)]*\))?\*?"
    r"(?:\s[VN])?"  # '845 N': a deviation marked voordeel or nadeel
    r"(?:\s(?:mln|fte))?$"  # a unit of the cell's own ('€ 0,65 mln', '51,4 fte')
)
# ... read from the cell: an amount in millions, or a count of jobs
CELL_UNIT = re.compile(r"(?P<million>mln)|(?P<jobs>fte)")
# Negative amounts as accountants print them: '(314)', '€ (1.134)', '2.357-' (a year in
# brackets, '(2022)', is no amount)
# ... and as Dutch budgets print a minus: '-/- 1.239', '€ -/- 1.239'
ACCOUNTING_NEGATIVE = re.compile(
    rf"^(?P<eur>€\s?)?(?:\(\s?(?P<eur2>€)?\s?(?!(?:19|20)\d\d\))(?P<num>{_NUMBER})\s?\)"
    rf"|(?P<num2>{_NUMBER})-|-/-\s?(?P<eur3>€\s?)?(?P<num3>{_NUMBER}))$"
)
# The deviation mark after an amount ('(80) N'), with the space before it
MARKED = re.compile(r"\s[VN]$")
# (n.n.b. and n.b.: not yet known; p.m.: pro memorie, an amount still to be set)
EMPTY_CELL = re.compile(
    r"^(€\s?)?(-|--|–|—)$|^(n\.?n\.?b\.?|n\.b\.?|p\.m\.?|nvt|n\.v\.t\.?|\?|x)$", re.IGNORECASE
)
# a duration in minutes and seconds ('8:45', an opkomsttijd): a cell of the table, no amount
DURATION_CELL = re.compile(r"^\d{1,2}:[0-5]\d$")
ZERO_CELL = re.compile(r"^[-–]?\s?€?\s?0(?:,0+)?$")
# (a year over a column may carry the column's unit: 'Verdeelsleutel' over '2024 (%)')
# (a year marked for a footnote too: 'Rekening 2024*', the year's figures not yet audited)
YEAR_CELL = re.compile(rf"^({YEAR_DIGITS})(?:\*{{1,3}}|[¹²³])?(?:\s?\([^\d()]*\))?$")
YEAR_IN_TEXT = re.compile(rf"(?<!\d)({YEAR_DIGITS})(?!\d)")
# A header word broken over two lines ('Vermeerde-' above 'ringen') is one word again.
HYPHENATED = re.compile(r"(?<=[a-z])- (?=[a-z])")
# A row's label starts within this many characters of the line's start
LABEL_MARGIN = 12
# A table's numbered caption ('Tabel 2.3 - ...'), and a scale note set beside it: neither
# names a column
# ('Tabel 2.3', also with the letter of an appendix or paragraph: 'Tabel R.1', 'Tabel B2')
# ('Tabel 3.1', 'Tabel B.2', and a part of one: 'Tabel 6a', 'Tabel 6b')
TABLE_CAPTION = re.compile(
    r"^(tabel|overzicht|figuur)\s+(?:[a-z]{1,2}[.-]?)?\d+(\.\d+)*[a-z]?\b", re.I
)
SCALE_SEGMENT = re.compile(r"^\(?\s*(bedragen\b|[x×]\s?€|€\s?[x×]|in\s+€|in\s+duizenden)", re.I)
# A rule drawn with characters under a header or over a total ('-----', '=====')
RULE_LINE = re.compile(r"^\s*[-=_–—]{5,}\s*$")
# The header of a column of deviation marks ('V/N', '(V/N)'): the marks go with the amounts
# left of them, so it names no column of its own
MARK_HEADER = re.compile(r"^\(?[VN]\s?/\s?[VN]\)?$")
# A column of codes or numbers, not of figures: 'Progr.' (3, 5, 7), 'Nr.', 'Taakveld'
CODE_HEADER = re.compile(r"^(nr\.?|nummer|progr\.?|prog\.?|programma|code|taakveld|tv\.?)$", re.I)
# A cell of such a column: 'AD', '3', '6.1'
CODE_CELL = re.compile(r"^(?:[A-Z]{1,3}|\d{1,2}(?:\.\d{1,2})?)$")
# A header cell this many characters from a column's edge or centre stands over it.
ALIGNED = 6


# A row of a total ('Totaal lasten', 'Totale baten')
TOTAL_ROW = re.compile(r"^\s*totaa?le?\b", re.I)
# The digits in superscript, 0 to 9, as footnote marks and powers of units print them
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# A footnote's mark in superscript after a figure ('885²')
NOTE_MARK_AFTER_FIGURE = re.compile(rf"(?<=\d)[{SUPERSCRIPTS}]+$")


# Whole euros with a dash for the cents ('1.211.640,-', '0,-')
WHOLE_EUROS_DASH = re.compile(r"(?<=\d),-{1,2}$")
# How far a column's head, centred over its figures, may stand out on either side of them
HEAD_OVERHANG = 6


def normalize_cell(raw: str) -> str:
    """A value cell as one token: '- € 1.234' and '€ -1.234' -> '-€1.234'; '–' is '-';
    '202.80' -> '202,80'; an explicit plus ('+58.363', a deviation) is dropped, and so are a
    footnote mark in superscript ('885²') and the space before a percent sign ('3,5 %')."""
    # whole euros written with a dash for the cents ('1.211.640,-', '0,-') are the whole amount
    text = WHOLE_EUROS_DASH.sub("", raw.replace("–", "-").strip())
    text = POINT_CENTS.sub(r"\1,\2", text)
    text = NOTE_MARK_AFTER_FIGURE.sub("", text)
    text = re.sub(r"^\+\s?(?=[€\d])|(?<=€)\s?\+(?=\d)|(?<=\d)\s(?=%$)", "", text)
    mark = m.group(0) if (m := MARKED.search(text)) else ""
    if negative := ACCOUNTING_NEGATIVE.match(text.removesuffix(mark)):
        euro = "€" if negative["eur"] or negative["eur2"] or negative["eur3"] else ""
        # (its deviation mark kept: '(80) N' is -80, nadeel)
        return f"-{euro}{negative['num'] or negative['num2'] or negative['num3']}{mark}"
    m = re.match(r"^(\(\d[^)]*\)\s)?(-?)\s?€\s?(-?)\s?(.*)$", text)
    if m:
        sign = "-" if (m.group(2) or m.group(3)) else ""
        return f"{m.group(1) or ''}{sign}€{m.group(4)}"
    return re.sub(r"^-\s(?=\d)", "-", text)


@dataclass(frozen=True)
class Segment:
    """Text on a line between gaps of two or more spaces, with its character columns."""

    start: int
    end: int
    text: str

    @property
    def center(self) -> float:
        return (self.start + self.end) / 2


@dataclass(frozen=True)
class GridColumn:
    start: int
    end: int
    header: str  # the header words above it, top to bottom

    @property
    def center(self) -> float:
        return (self.start + self.end) / 2


@dataclass(frozen=True)
class GridRow:
    line: int  # index of the line in the block
    label: str
    cells: tuple[str | None, ...]  # one per column; None where the cell is empty
    units: str = ""  # the words of a column of units beside the label ('per 1.000 inwoners')


@dataclass(frozen=True)
class Grid:
    columns: tuple[GridColumn, ...]
    header_lines: tuple[int, ...]  # indexes of the lines that make the header
    rows: tuple[GridRow, ...]  # rows with figures
    groups: tuple[tuple[int, str], ...]  # lines without figures: (index, text)
    lead: str = ""  # header words left of the columns: often the table's own name
    # where columns of words between the labels and the figures start ('Eenheid'), if any
    words_from: int | None = None


def align_tabbed(text: str) -> str:
    """Tables saved as text with tabs between cells ('Kwaksum\t41.370\t8,66%\t4.232.459')
    laid out in columns, as a PDF prints them: a tab says which cell a value is, not where
    it stands, so each cell is padded to its column's width. A column is the n-th cell of
    the tabbed lines of one block (lines without a blank between them); lines without a tab
    in it (a wrapped label) stay as they are, and so does a block with a single tabbed line."""
    lines = text.split("\n")
    out: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            block.append(line)
            continue
        out.extend(_aligned_block(block))
        block = []
        out.append(line)
    return "\n".join(out[:-1])


def _aligned_block(lines: list[str]) -> list[str]:
    tabbed = [ln.rstrip().split("\t") for ln in lines if "\t" in ln]
    if len(tabbed) < 2:
        return lines
    widths = [
        max(len(cells[k].strip()) for cells in tabbed if k < len(cells))
        for k in range(max(map(len, tabbed)))
    ]
    return [
        "   ".join(c.strip().ljust(w) for c, w in zip(ln.split("\t"), widths)).rstrip()
        if "\t" in ln
        else ln
        for ln in lines
    ]


def is_cell_line(text: str) -> bool:
    """A line laid out in table cells: two or more spaces between its parts."""
    return "  " in text.strip()


# A euro sign set apart from its amount ('€    3.246.871': the sign at the cell's left edge,
# the amount right-aligned): one cell, where the amount ends
# (the euro sign that ends a note of the table's unit, 'Bedragen in €' or 'x €' over the
# labels, stays with its words, on the line of the years)
APART_EURO = re.compile(r"(?<!\S)(?<!\b[Ii]n )(?<!\b[xX×] )(-?€)( {2,})(?=[-(]?\d)")


# A percent sign this many characters right of its figure at most is the figure's
PERCENT_APART = 3


def segments(text: str) -> list[Segment]:
    """The cells of a laid-out line: runs of text between gaps of two or more spaces. A
    deviation mark set in a column of its own ('43.534      V') goes with its amount, and so
    does a percent sign set a little apart ('6,1  %')."""
    text = APART_EURO.sub(lambda m: f"{m.group(2)[1:]}{m.group(1)} ", text.replace("\t", "  "))
    found: list[Segment] = []
    for m in re.finditer(r"\S+(?: \S+)*", text):
        if (
            m.group(0) == "%" and found and m.start() - found[-1].end <= PERCENT_APART
            and VALUE_CELL.match(f"{found[-1].text}%")
            and not found[-1].text.endswith("%")
        ):  # fmt: skip
            found[-1] = Segment(found[-1].start, m.end(), f"{found[-1].text} %")
        elif m.group(0) in ("V", "N") and found and (
            VALUE_CELL.match(f"{found[-1].text} V") or ACCOUNTING_NEGATIVE.match(found[-1].text)
        ):
            # ... and so does its place: an amount without a mark ('0') stands flush with
            # the marks, under the same column
            found[-1] = Segment(found[-1].start, m.end(), f"{found[-1].text} {m.group(0)}")
        else:
            found.append(Segment(m.start(), m.end(), m.group(0)))
    return found


def _tokens(text: str) -> list[Segment]:
    return [Segment(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", text)]


def is_value(text: str) -> bool:
    return bool(is_figure(text) or EMPTY_CELL.match(text) or DURATION_CELL.match(text))


def is_figure(text: str) -> bool:
    if SCALE_IN_CELL.search(text):
        return False  # '2026 (x € 1.000)': a year over a column, with the column's scale
    text = WHOLE_EUROS_DASH.sub("", NOTE_MARK_AFTER_FIGURE.sub("", text))
    # ('(80) N': an accountant's negative marked as a deviation)
    return bool(VALUE_CELL.match(text) or ACCOUNTING_NEGATIVE.match(MARKED.sub("", text)))


# 'x € 1.000' printed with a point, a comma, a (thin) space or nothing between the digits
THOUSAND = r"1[.,\s]?000"
# A scale note inside a header cell ('Begroting 2026 (x € 1.000)')
SCALE_IN_CELL = re.compile(rf"\(\s*[x×]\s*(?:€\s*)?{THOUSAND}\b", re.I)


def _value_run(
    line: str, margin: int = 0
) -> tuple[list[Segment], list[Segment], list[Segment]] | None:
    """(label segments, value segments, text segments) of a row: the values are the segments
    after the label, all of them values; text after them is a column of words ('Aard',
    'Bron': 'structureel', 'CBS'). None when the line holds no figure. `margin`: where the
    table's labels start (a page with a margin column of its own sets them in)."""
    segs = segments(line)
    lead = next((k for k, s in enumerate(segs) if not is_value(s.text)), len(segs))
    if (
        2 <= lead < len(segs)
        and segs[0].start > margin + LABEL_MARGIN
        and any(is_figure(s.text) for s in segs[:lead])
    ):
        # a row whose label wraps around it, its figures first and a column of words after
        # them ('-0,85   2,63   0,04   >0,6 / 0' beside a norm): no label of figures
        return [], segs[:lead], segs[lead:]
    end = len(segs)
    while end > 0 and not is_value(segs[end - 1].text):
        end -= 1
    k = end
    while k > 0 and is_value(segs[k - 1].text):
        k -= 1
    values = segs[k:end]
    # 'Toevoegingen aan reserves   -   -   -': a row at the margin whose cells are all empty
    empty_row = len(values) >= 2 and k > 0 and segs[0].start <= margin + LABEL_MARGIN
    if not empty_row and not any(is_figure(v.text) for v in values):
        return None
    marks_only = all(s.text in ("V", "N") for s in segs[end:])  # '712.390   V': a deviation
    if (
        end < len(segs)
        and not marks_only
        and (not segs[:k] or segs[0].start > margin + LABEL_MARGIN)
    ):
        return None  # words after figures without a label at the margin: a header line
        # ('(jaren)   3,4%   vanaf 2026'), not a row with a column of words
    if not segs[:k] and len(values) == 1:
        return None  # a lone number is no row
    return segs[:k], values, segs[end:]


def _amount_place(value: Segment) -> Segment:
    """A value with its deviation mark ('760 N'), placed where its amount stands: the mark
    stands in a column of its own ('V/N')."""
    amount, _, mark = value.text.rpartition(" ")
    if mark not in ("V", "N") or not amount:
        return value
    return Segment(value.start, value.start + len(amount), value.text)


def _before_words(values: list[Segment], text_from: int) -> list[Segment]:
    """The values of a row less the empty marks at its end that stand in the column of words
    right of the figures."""
    end = len(values)
    while end > 1 and EMPTY_CELL.match(values[end - 1].text):
        if values[end - 1].start < text_from - 2:
            break
        end -= 1
    return values[:end]


def _label_margin(texts: list[str]) -> int:
    """Where a table's row labels start: the least indent of its lines that hold a figure
    after words (0 for a table at the page's margin)."""
    starts = [
        segs[0].start
        for text in texts
        if len(segs := segments(text)) >= 2
        and not is_value(segs[0].text)
        and any(is_figure(s.text) for s in segs[1:])
    ]
    return min(starts, default=0)


def _is_year_line(values: list[Segment], labels: list[Segment]) -> bool:
    """A header line of years ('2023   2022'), also one repeated inside a table."""
    return all(YEAR_CELL.match(v.text) for v in values) and len(values) >= 1


def _bands(spans: list[Segment]) -> list[tuple[int, int]]:
    """Overlapping spans merged into column bands, left to right."""
    bands: list[list[int]] = []
    for s in sorted(spans, key=lambda s: s.start):
        if bands and s.start <= bands[-1][1]:
            bands[-1][1] = max(bands[-1][1], s.end)
        else:
            bands.append([s.start, s.end])
    return [(a, b) for a, b in bands]


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    """How many character columns two spans share (0 when they do not meet)."""
    return max(0, min(a1, b1) - max(a0, b0))


def _columns_met(segment: Segment, columns: list[tuple[int, int]]) -> list[int]:
    """The columns (by index) a segment of a line shares a character column with."""
    return [k for k, (a, b) in enumerate(columns) if _overlap(a, b, segment.start, segment.end)]


def _lone_years(text: str) -> bool:
    """A header line of one or two cells with a year ('2024', 'Begroting 2024'); a caption
    that names years ('Tabel 12.1 - Baten en lasten 2022-2024') is no header."""
    return bool(YEAR_IN_TEXT.search(text)) and len(text.split()) <= 3


def _aligned_column(cell: Segment, columns: list[tuple[int, int]]) -> list[int]:
    """The one column a header cell that overlaps none is aligned with: flush right, flush
    left or centred, within ALIGNED characters ('ringen 2024' right above a column of
    single digits); none when two are equally close."""
    def distance(a: int, b: int) -> float:
        centre = (a + b) / 2
        return min(abs(cell.end - b), abs(cell.start - a), abs(cell.center - centre))

    near = sorted((distance(a, b), k) for k, (a, b) in enumerate(columns))
    if not near or near[0][0] > ALIGNED or (len(near) > 1 and near[1][0] == near[0][0]):
        return []
    return [near[0][1]]


def _columns_under(
    cell: Segment, columns: list[tuple[int, int]], first_cell_from: int | None = None
) -> list[int]:
    """The columns a header cell stands over: those it overlaps, else the one it is aligned
    with beside narrow figures, else the one whose table cell it stands in."""
    over = _columns_met(cell, columns)
    return over or _aligned_column(cell, columns) or _in_cell_of(cell, columns, first_cell_from)


def _in_cell_of(
    cell: Segment, columns: list[tuple[int, int]], first_cell_from: int | None
) -> list[int]:
    """The column whose cell a header stands in when the cell is wider than its figures: a
    word processor's table sets the figures flush right and the header centred or flush left
    ('Stand 31-12-' far left of '18.390'), between the end of the figures of the column
    before (for the first column: `first_cell_from`, right of the row labels) and the end of
    the column's own."""
    for k, (_, end) in enumerate(columns):
        left = columns[k - 1][1] if k else first_cell_from
        if left is not None and cell.start > left and cell.end <= end:
            return [k]
    return []


def read_grid(texts: list[str]) -> Grid | None:
    """The grid of a table block laid out by position, or None when it is not one."""
    if sum(1 for t in texts if is_cell_line(t)) < 2:
        return None
    parsed: list[tuple[int, list[Segment], list[Segment]]] = []
    header_candidates: list[int] = []
    words_after: list[Segment] = []  # the cells of text columns right of the figures
    margin = _label_margin(texts)
    # the deviation marks in a column of their own, headed 'V/N' (the row's, beside its four
    # years): an amount's place is that of its digits, as those of the amounts without one
    marks_apart = any(MARK_HEADER.match(s.text) for t in texts for s in segments(t))
    for i, text in enumerate(texts):
        run = _value_run(text, margin)
        if run is None:
            continue
        labels, values, after = run
        if marks_apart:
            values = [_amount_place(v) for v in values]
        if _is_year_line(values, labels):
            header_candidates.append(i)
            continue
        parsed.append((i, labels, values))
        if not all(a.text in ("V", "N") for a in after):
            words_after += after  # a mark left apart ('(37.500)   N') is no column of words
    if len(parsed) < 1:
        return None
    parsed = _codes_apart(texts, parsed)
    if len(parsed) >= 2 and all(
        not labels and len(values) >= 2 and YEAR_CELL.match(values[0].text)
        for _, labels, values in parsed
    ):
        # years as the rows ('2025', '2024 (na wijziging)' under 'Jaar'): they label them
        parsed = [(i, values[:1], values[1:]) for i, _, values in parsed]
    # text columns stand right of every figure; their header and wrapped words are theirs
    text_from = min((s.start for s in words_after), default=None)
    if text_from is not None:
        # an empty mark in the column of words ('-' where a row has no 'Bron') is that
        # column's empty cell, no figure
        parsed = [(i, labels, _before_words(values, text_from)) for i, labels, values in parsed]
    reaching = [
        v for _, _, vs in parsed for v in vs if text_from is not None and v.end >= text_from
    ]  # fmt: skip
    if reaching and all(v.start >= text_from for v in reaching) and len(reaching) * 5 <= sum(
        len(vs) for _, _, vs in parsed
    ):
        # a few figures within a column of words right of the figures (a norm '<0,6 / 0'
        # wrapped in the VNG's column beside a municipality's kengetallen): the words' own
        parsed = [
            (i, labels, [v for v in vs if v.end < text_from]) for i, labels, vs in parsed
        ]  # fmt: skip
    elif reaching:
        return None  # words between figures: not a grid
    figures_end = max(v.end for _, _, vs in parsed for v in vs) if parsed else 0

    def in_text_column(segment: Segment) -> bool:
        return text_from is not None and segment.start > min(text_from - 2, figures_end)
    bands = _bands([v for _, _, vs in parsed for v in vs])
    if len(bands) > 1:
        # a wrapped label that is a number ('Paauwlaan' above '12   195.000 ...') stands
        # left of the columns, in a band of its own that few rows use
        a, b = bands[0]
        users = [
            labels
            for _, labels, vs in parsed
            if any(_overlap(a, b, v.start, v.end) > 0 for v in vs)
        ]
        if len(users) < len(parsed) and len(users) <= max(1, len(parsed) // 5) and not any(users):
            parsed = [
                (i, labels + [vs[0]], vs[1:]) if vs and vs[0].end <= b else (i, labels, vs)
                for i, labels, vs in parsed
            ]
            bands = bands[1:]
    bands = _empties_merged(bands, [vs for _, _, vs in parsed])
    if not 1 <= len(bands) <= 24:
        return None
    columns_span = [(a, b) for a, b in bands]
    first_start = columns_span[0][0]

    # Header lines: the laid-out lines right above the first row (a caption above them is
    # not a header), and year lines inside the table.
    first_row = parsed[0][0]
    # a line of years above the first row heads the table, however many group lines
    # ('ACTIVA', 'Vaste activa') stand between them
    years_above = [i for i in header_candidates if first_row - 8 <= i < first_row]
    years = years_above[-1] if years_above else first_row
    header_lines: list[int] = []
    skipped = 0
    label_head = False
    for i in range(first_row - 1, max(min(years, first_row - 1) - 7, -1), -1):
        if not texts[i].strip() or RULE_LINE.match(texts[i]):
            continue
        segs = [g for g in segments(texts[i]) if not SCALE_SEGMENT.match(g.text)]
        if TABLE_CAPTION.match(texts[i].strip()):
            break  # 'Tabel 10.2 - Balans   (bedragen x € 1.000)' heads no column
        names_columns = any(g.end > first_start for g in segs)
        # a few words set in over the columns only ('Inwoners' above '1 januari 2025'), also
        # centred over the first column and a few characters wider than its figures on either
        # side ('Beschikbaar' over '52.000'; a caption from the margin is no such head)
        over_columns = bool(segs) and (
            segs[0].start >= max(first_start - 2, 1)
            or (
                0 < columns_span[0][0] - segs[0].start <= HEAD_OVERHANG
                and segs[0].end <= columns_span[0][1] + HEAD_OVERHANG
            )
        )
        # right above the rows, a scale note over the figures heads them ('Opbouw   x € 1.000')
        scale_head = not header_lines and any(
            SCALE_SEGMENT.match(g.text) and g.end > first_start for g in segments(texts[i])
        )
        laid_out = (is_cell_line(texts[i]) and names_columns) or over_columns or scale_head
        if not laid_out and not _lone_years(texts[i]):
            if i > years:
                continue  # a group line between the years and the first row ('ACTIVA')
            if header_lines and not label_head and heads_labels(texts[i]):
                label_head = True  # 'Programma' between the columns' header lines
                continue
            if header_lines or skipped >= 2:
                break
            skipped += 1  # the first words of a wrapped label ('Combisporthal Dr.')
            continue
        header_lines.append(i)
    header_lines.reverse()
    inner = [i for i in header_candidates if i > first_row]  # 'Personeel   2023   2022'
    # right of every row's label, a header may stand left of the first column's figures, in
    # the same table cell ('2042' centred under 'Rekening', over '14.215')
    # (nearer the figures than the labels: a header over a column of units set after the
    # labels, 'Eenheid' over '%', is not the first column's)
    labels_end = max((s.end for _, labels, _ in parsed for s in labels), default=None)
    first_cell_from = (
        None if labels_end is None else max(labels_end + 1, (labels_end + first_start) // 2)
    )

    def over_columns(g: Segment) -> bool:
        left_of_first = first_cell_from is not None and g.start > first_cell_from
        return g.end > first_start - 1 or left_of_first

    words: list[list[str]] = [[] for _ in columns_span]
    for i in header_lines:
        toks = [t for t in _tokens(texts[i]) if over_columns(t)]
        if not toks:
            continue
        hit: list[list[str]] = [[] for _ in columns_span]
        spans = [
            g
            for g in segments(texts[i])
            if over_columns(g)
            and not in_text_column(g)
            and not SCALE_SEGMENT.match(g.text)
            and not MARK_HEADER.match(g.text)
            and not _heads_codes(g)
        ]
        for n, g in enumerate(spans):
            over = _columns_under(g, columns_span, first_cell_from)
            if not over and n + 1 < len(spans) and spans[n + 1].start - g.end <= 3:
                # the first word of a header cell set apart from the rest of it, which stands
                # over a column ('Prognose' before '2026' over the figures)
                over = _columns_met(spans[n + 1], columns_span)[:1]
            # (a cell over the figures of two columns is two cells set a space apart, unless
            # it names one year over versions of it: 'Begroting 2041' over 'primitief' and 'na
            # wijziging', reaching over a wider figure of the second)
            one_cell = len(over) <= 1 or len(YEAR_IN_TEXT.findall(g.text)) == 1
            spanned = (
                _names_spanned(g, texts, header_lines, i, columns_span, len(over) > 1)
                if one_cell
                else []
            )
            if len(over) == 1 or spanned:
                # 'Rekening 2023' above one column: all of it names that one; a cell over the
                # names of several columns names each of them
                for k in spanned or over:
                    hit[k] += g.text.split()
                continue
            for t in _tokens(" " * g.start + g.text):  # over several columns: word by word
                for k, (a, b) in enumerate(columns_span):
                    if _overlap(a, b, t.start, t.end) > 0:
                        hit[k].append(t.text)
        # (each column as wide as its figures and the names set right-aligned before them)
        wide = _with_names_below(columns_span, texts, header_lines, i, first_cell_from)
        below = _names_below(texts, header_lines, i, wide, first_cell_from)
        # a header centred over a group of columns ('2024' over baten, lasten, saldo): each
        # names the group of columns it stands in; not the top of one column's header
        # wrapped around the line that names the others
        heads = [] if _wrapped_top(spans, columns_span, texts, header_lines, i) else spans
        grouped = _group_heads(heads, columns_span, below, words)
        if len(grouped) < len(heads):
            # (dated heads over runs of columns of any size, by the columns' whole width)
            grouped = _dated_group_heads(heads, wide, below) or grouped
        for span, group in grouped:
            for k in group:
                hit[k] = [w for w in hit[k] if w not in span.text.split()]
                hit[k] += span.text.split()
        _fill_dated_group(hit, below)
        for k in range(len(columns_span)):
            words[k] += [w for w in hit[k] if w not in words[k]]
    beside_first = (
        None if words[0] else _header_beside_first(texts, header_lines, parsed, first_start)
    )
    if beside_first is not None:
        words[0] = beside_first.text.split()
    headers = _shared_heads([HYPHENATED.sub("", " ".join(w)) for w in words])
    columns = tuple(GridColumn(a, b, h) for (a, b), h in zip(columns_span, headers))

    # columns of codes between the label and the figures ('Progr.  I/S' over 'AD  S'): their
    # header names them, so the codes are no part of a row's label
    # (or, in a part without its header, codes after the label in most rows)
    ending_in_code = sum(len(_without_codes(labels)) < len(labels) for _, labels, _ in parsed)
    coded = any(
        len([g for g in segments(texts[i]) if g.end <= first_start]) >= 3 for i in header_lines
    ) or (ending_in_code >= 3 and 2 * ending_in_code >= len(parsed))
    # columns of words between the label and the figures ('Rechtsvorm', 'Vestigingsplaats'
    # over 'Gemeenschappelijke regeling   Tubbergen'): their header names them, so their words
    # are no part of a row's label
    words_from, words_are_units = _word_columns_from(texts, header_lines, parsed, first_start)
    if words_from is not None:
        # ... whose words say what a row counts ('% van de werkzame', 'per 1.000 inwoners'),
        # however the column is headed: they stay with the row's name
        beside = [
            " ".join(s.text for s in labels if not _in_label_column(s, words_from))
            for _, labels, _ in parsed
        ]
        words_are_units = words_are_units or any(UNIT_WORDS.search(b) for b in beside)
    rows: list[GridRow] = []
    for i, labels, values in parsed:
        labels, values = _words_in_place_of_figure(labels, values, columns_span, first_start)
        cells: list[str | None] = [None] * len(columns)
        for v in values:
            fits = _columns_met(v, columns_span)
            if not fits and ZERO_CELL.match(v.text):
                fits = _aligned_column(v, columns_span)  # a zero beside the marks above it
            if not fits and EMPTY_CELL.match(v.text):
                fits = _aligned_column(v, columns_span) or [-1]
                if fits == [-1] or cells[fits[0]] is not None:
                    continue  # an empty marker of no column: nothing to keep
            if len(fits) != 1 or cells[fits[0]] is not None:
                return None  # a figure between two columns, or two in one: not a grid
            cells[fits[0]] = v.text
        if any(s.end > first_start + 1 for s in labels):
            return None  # words inside the value columns: not this kind of table
        if coded:
            labels = _without_codes(labels)
        units = ""
        if words_from is not None:
            named = [s for s in labels if _in_label_column(s, words_from)]
            if any(NAMING_WORD.search(s.text) for s in named):
                # (not the code of a row, 'NB 2.5' left of its name)
                if words_are_units:  # ... whose unit says what it counts: kept beside it
                    units = " ".join(s.text for s in labels if s not in named)
                labels = named
        label_text = " ".join(s.text for s in labels)
        rows.append(GridRow(i, label_text, tuple(cells), units))
    in_grid = {i for i, _, _ in parsed} | set(header_lines) | set(inner)
    groups = [
        (i, " ".join(in_label_column(texts[i], words_from).split()))
        for i in range(len(texts))
        if i not in in_grid
        and texts[i].strip()
        and not RULE_LINE.match(texts[i])
        and not all(in_text_column(g) for g in segments(texts[i]))
    ]
    def left_of_columns(i: int) -> str:
        return " ".join(
            g.text for g in segments(texts[i]) if g.end <= first_start and g != beside_first
        )  # the first column's header set left of it names no labels

    groups += [(i, left_of_columns(i)) for i in inner]
    lead = " ".join(left_of_columns(i) for i in header_lines).strip()
    return Grid(
        columns, tuple(header_lines), tuple(rows), tuple(sorted(groups)), lead, words_from
    )


def _words_in_place_of_figure(
    labels: list[Segment], values: list[Segment], columns: list[tuple[int, int]], first: int
) -> tuple[list[Segment], list[Segment]]:
    """A row's label and values, with a few words that stand in a column of figures in place
    of a figure ('geen norm', 'niet bekend' under a target among targets in figures) moved
    from the label to the values: a cell of the column, without a value."""
    taken = {k for v in values for k in _columns_met(v, columns)}
    while len(labels) >= 2:
        words = labels[-1]
        fits = _columns_met(words, columns)
        if (
            words.end <= first or len(fits) != 1 or fits[0] in taken
            or any(ch.isdigit() for ch in words.text) or len(words.text.split()) > 3
        ):  # fmt: skip
            break
        labels, values = labels[:-1], [words, *values]
        taken.add(fits[0])
    return labels, values


# A budget's version alone ('Na wijziging'), and a header that ends in another one after a
# year ('Begroting 2036 Primitief')
VERSION_ALONE = re.compile(
    r"^(na wijziging|na wijz\.|gewijzigd|primitief|primair|(begrotings)?wijzigingen)$", re.I
)
DATED_VERSION = re.compile(
    r"^(?P<head>.*\b(?:19|20)\d\d\b.*?)\s+(primitief|primair|na wijziging|gewijzigd)$", re.I
)


def _shared_heads(headers: list[str]) -> list[str]:
    """Headers with a budget version alone given the head of the column left of it: a
    'Begroting 2036' that spans 'Primitief' and 'Na wijziging' is set over the first only
    by a layout, and 'Na wijziging' is the amended budget of 2036 all the same."""
    out = list(headers)
    for k in range(1, len(out)):
        if VERSION_ALONE.match(out[k]) and (left := DATED_VERSION.match(out[k - 1])):
            out[k] = f"{left['head']} {out[k]}"
    return out


def heads_labels(text: str) -> bool:
    """A line with only the header of the label column, one word at the margin ('Programma',
    'Reserve'), as it stands between two header lines; 'Programma 2' there names the rows'
    group."""
    words = text.split()
    return len(words) == 1 and text.startswith(words[0]) and words[0][:1].isupper()


def _heads_codes(segment: Segment) -> bool:
    """A header cell over a column of codes between the labels and the figures ('Progr.')."""
    return bool(CODE_HEADER.match(segment.text)) and segment.start > LABEL_MARGIN


def _codes_apart(
    texts: list[str], parsed: list[tuple[int, list[Segment], list[Segment]]]
) -> list[tuple[int, list[Segment], list[Segment]]]:
    """Rows without the cells of a column of codes its header names ('Progr.' over 'AD', '3'
    between the label and the figures): a code is neither label nor figure."""
    first_row = parsed[0][0]
    spans = [
        (g.start - 2, g.end + 2)
        for i in range(max(0, first_row - 4), first_row)
        for g in segments(texts[i])
        if _heads_codes(g)
    ]
    if not spans:
        return parsed

    def code(segment: Segment) -> bool:
        return bool(CODE_CELL.match(segment.text)) and any(
            _overlap(a, b, segment.start, segment.end) > 0 for a, b in spans
        )

    return [
        (i, labels[:1] + [s for s in labels[1:] if not code(s)], [v for v in values if not code(v)])
        for i, labels, values in parsed
    ]


def _header_beside_first(
    texts: list[str],
    header_lines: list[int],
    parsed: list[tuple[int, list[Segment], list[Segment]]],
    first_start: int,
) -> Segment | None:
    """The header of a narrow first column set left of it, clear of every row's label
    ('Afschrijvingstermijn (jaren)' ending before a column of '7', '5', '4'): the header cell
    nearest to that column on the header lines."""
    labels_end = max((s.end for _, labels, _ in parsed for s in labels), default=0)
    beside = [
        g
        for i in header_lines
        for g in segments(texts[i])
        if labels_end + 2 <= g.start and g.end <= first_start - 1
        and re.search(r"[A-Za-z]{3}", g.text) and not SCALE_SEGMENT.match(g.text)
    ]
    return max(beside, key=lambda g: g.end) if beside else None


def _empties_merged(
    bands: list[tuple[int, int]], rows: list[list[Segment]]
) -> list[tuple[int, int]]:
    """Bands with only empty markers ('-' set a little apart from '250' and '-250') dropped
    when a column of figures stands beside them and no row has a cell in both: the markers
    are empty cells of that column."""
    def figured(band: tuple[int, int]) -> bool:
        return any(is_figure(v.text) and _overlap(*band, v.start, v.end) for vs in rows for v in vs)

    def both(a: tuple[int, int], b: tuple[int, int]) -> bool:
        return any(
            any(_overlap(*a, v.start, v.end) for v in vs)
            and any(_overlap(*b, v.start, v.end) for v in vs)
            for vs in rows
        )

    def nil(band: tuple[int, int]) -> bool:
        # markers and zeros only: '0' set flush under the marks of '46 V' beside it
        return not any(
            is_figure(v.text) and not ZERO_CELL.match(v.text) and _overlap(*band, v.start, v.end)
            for vs in rows for v in vs
        )

    out = list(bands)
    for band in [b for b in bands if nil(b)]:
        k = out.index(band)
        near = [
            (gap, j)
            for j in (k - 1, k + 1)
            if 0 <= j < len(out)
            and (gap := max(out[j][0] - band[1], band[0] - out[j][1])) <= ALIGNED
            and figured(out[j])
            and not both(band, out[j])
        ]
        if near:
            del out[k]  # its markers are placed by the column they are nearest to
    return out


def _group_heads(
    spans: list[Segment],
    columns: list[tuple[int, int]],
    below: list[str],
    above: list[list[str]],
) -> list[tuple[Segment, range]]:
    """The spans of a header line that each head a group of columns ('2024   2025' over
    'Lasten Baten' twice), from the left up to the first that does not."""
    heads = _even_group_heads(spans, columns, below, above)
    if heads or len(spans) < 2 or not all(below):
        return heads
    if not all(re.fullmatch(YEAR_DIGITS, span.text) for span in spans):
        return []  # (words over columns, 'Realisatie' over its own year, head one column)
    # years over groups of other sizes, each centred over its own ('2024' over 'Werkelijk',
    # '2025' over 'Begroot primitief', 'Begroot na wijziging' and 'Werkelijk'): each column
    # goes with the year nearest its centre
    nearest = [
        min(range(len(spans)), key=lambda n: abs(spans[n].center - (a + b) / 2))
        for a, b in columns
    ]
    groups = [range(nearest.index(n), len(nearest) - nearest[::-1].index(n)) for n in
              range(len(spans)) if n in nearest]  # fmt: skip
    if len(groups) < len(spans) or all(len(g) == 1 for g in groups):
        return []
    for span, group in zip(spans, groups):
        a, b = columns[group[0]][0], columns[group[-1]][1]
        # (a head over one column stands near it, over its figures rather than its name)
        if abs(span.center - (a + b) / 2) > max(2.0, (b - a) / (1 if len(group) == 1 else 4)):
            return []
    return list(zip(spans, groups))


def _with_names_below(
    columns: list[tuple[int, int]],
    texts: list[str],
    header_lines: list[int],
    line: int,
    first_cell_from: int | None = None,
) -> list[tuple[int, int]]:
    """Each column as wide as its figures and the names the header lines under `line` set
    over them, or right-aligned just before them ('Bijdrage basistaken' ending where
    '846.310' begins), or for the first column anywhere in its cell right of the row labels
    (`first_cell_from`: 'Lasten' set flush left in a cell whose figures stand flush right)."""
    wide = list(columns)
    for i in header_lines:
        if i <= line:
            continue
        for g in segments(texts[i]):
            for k, (a, b) in enumerate(columns):
                before = columns[k - 1][1] if k > 0 else -1
                if (
                    _overlap(a, b, g.start, g.end) > 0
                    or (before < g.start and a - 3 <= g.end <= a)
                    or (k == 0 and _in_cell_of(g, columns[:1], first_cell_from) == [0])
                ):
                    wide[k] = (min(wide[k][0], g.start), max(wide[k][1], g.end))
                    break
    return wide


def _dated_group_heads(
    spans: list[Segment], columns: list[tuple[int, int]], below: list[str]
) -> list[tuple[Segment, range]]:
    """Heads over runs of columns of any size, where the year is said once, above or below:
    dated heads over undated names ('Begroting 2025' centred over three, 'Begroting 2024'
    over one, 'Verschil 2025 t.o.v. 2024' set from the left over two), or, beside them,
    undated heads over two or more dated names ('Bijdrage Wassenaar' over '2023' and '2024',
    beside 'Gegevens verbonden partij 2024' over three undated names). Of the ways to cut
    the columns into as many runs as there are heads, the one whose runs' middles lie
    nearest the heads' centres, when each head stands within its own run (up to the middle
    of the gaps to the next runs) and, beside an undated head, is centred over it."""
    n, m = len(spans), len(columns)
    if n < 2 or not n < m <= 16 or not all(below):
        return []
    if m % n == 0 and len({tuple(below[k : k + m // n]) for k in range(0, m, m // n)}) == 1:
        return []  # groups named alike ('Lasten Baten' under each year) are even groups
    span_dated = [bool(YEAR_IN_TEXT.search(span.text)) for span in spans]
    name_dated = [bool(YEAR_IN_TEXT.search(name)) for name in below]
    all_dated = all(span_dated) and not any(name_dated)

    def dated_once(span: int, run: range) -> bool:
        # (an undated head over one column is the top of its name wrapped: 'Begroting'
        # over '2027 primitief')
        if span_dated[span]:
            return not any(name_dated[k] for k in run)
        return len(run) >= 2 and all(name_dated[k] for k in run)

    def middle(run: range) -> float:
        return (columns[run[0]][0] + columns[run[-1]][1]) / 2

    def runs_of(cut: tuple[int, ...]) -> list[range]:
        return [range(a, b) for a, b in itertools.pairwise([0, *cut, m])]

    # a column that only one head reaches over is that head's ('Bijdrage Dinkelland 2022'
    # over 'begroot' and into 'werkelijk', beside 'Partij, per 31-12-2022' further right)
    reached = [
        [k for k, span in enumerate(spans) if _overlap(start, end, span.start, span.end) > 0]
        for start, end in columns
    ]

    def reached_own(cut: tuple[int, ...]) -> bool:
        return all(
            reached[c] == [k] for k, run in enumerate(runs_of(cut)) for c in run
            if len(reached[c]) == 1
        )

    cut = min(
        (
            cut
            for cut in itertools.combinations(range(1, m), n - 1)
            if (all_dated or all(dated_once(k, run) for k, run in enumerate(runs_of(cut))))
            and reached_own(cut)
        ),
        key=lambda cut: sum(
            abs(span.center - middle(run)) for span, run in zip(spans, runs_of(cut))
        ),
        default=None,
    )
    if cut is None:
        return []
    runs = runs_of(cut)
    for span, run in zip(spans, runs):
        first, last = run[0], run[-1]
        left = (columns[first - 1][1] + columns[first][0]) / 2 if first > 0 else float("-inf")
        right = (columns[last][1] + columns[last + 1][0]) / 2 if last + 1 < m else float("inf")
        if not left <= span.center <= right:
            return []
        a, b = columns[first][0], columns[last][1]
        if not all_dated and abs(span.center - (a + b) / 2) > max(2.0, (b - a) / 4):
            return []  # (beside an undated head, each must be centred over its run)
    return list(zip(spans, runs))


def _fill_dated_group(hit: list[list[str]], below: list[str]) -> None:
    """A dated head set from the left over a group of undated names ('Mutaties 2025' over
    'Toevoeging' and 'Onttrekking'), beside heads over columns of their own ('Saldo' over
    '1-1-2025'): each undated column after it with nothing above, up to the next head, is of
    the head on its left (in place, over the words `hit` puts over each column). Not when
    the next head is the same one again ('Begroting 2027' over 'primitief', then '1e
    wijziging', then 'Begroting 2027 na wijziging'): that column is one of its own."""
    def undated(text: str) -> bool:
        return bool(text) and not YEAR_IN_TEXT.search(text)

    def named(words: list[str]) -> list[str]:
        return [w.lower() for w in words if not YEAR_IN_TEXT.search(w)]

    for k in range(1, len(hit) - 1):
        head = hit[k - 1]
        if hit[k] or not YEAR_IN_TEXT.search(" ".join(head)):
            continue
        if not (undated(below[k - 1]) and undated(below[k])):
            continue
        after = next((h for h in hit[k + 1 :] if h), [])
        if after and named(after)[: len(named(head))] != named(head):
            hit[k] = list(head)


def _even_group_heads(
    spans: list[Segment],
    columns: list[tuple[int, int]],
    below: list[str],
    above: list[list[str]],
) -> list[tuple[Segment, range]]:
    """The spans of a header line that each head an even group of columns, or groups named
    alike below, from the left up to the first that does not."""
    groups = _column_groups(len(spans), len(columns), below)
    own = _columns_under(spans[-1], columns) if len(spans) > 2 else []
    if not groups and own and own[0] > 0:
        # the last over columns of its own ('Verschil saldo', 'Totaal bijdrage' over 'Totaal
        # 2026' and 'Totaal 2025'), beside groups of columns
        groups = _column_groups(len(spans) - 1, own[0], below[: own[0]])
    if not groups:
        return []
    if len(spans) == 1 and YEAR_IN_TEXT.search(spans[0].text):
        # one year over the columns that name none ('2024' over 'Begroting primitief' ...
        # 'Verschil'), beside one that names its own ('Realisatie 2023'): theirs only
        undated = [k for k in groups[0] if not YEAR_IN_TEXT.search(below[k])]
        if undated and undated == list(range(undated[0], undated[-1] + 1)):
            groups = [range(undated[0], undated[-1] + 1)]
    # groups named alike below ('Man Vrouw' under each year) need no centred header
    alike = len({tuple(below[k] for k in g) for g in groups}) == 1
    heads: list[tuple[Segment, range]] = []
    for span, group in zip(spans, groups):
        a, b = columns[group[0]][0], columns[group[-1]][1]
        meets = {k for k, band in enumerate(columns) if _overlap(*band, span.start, span.end)}
        # (over groups named alike, a head set from the left of its group, as a cell that
        # spans them prints it: 'Eenpersoonshuishouden' over its '2022' and '2023')
        left_set = alike and meets and meets <= set(group)
        if not a - 2 <= span.center <= b + 2 and not left_set:
            if not any(below):
                # nothing named under the line, and two of its words in one group
                # ('primitief' and 'wijziging' under two 'Begroting' columns): each word is
                # its own column's, none heads a group
                return []
            break
        over = [k for k in group if k in meets]
        if not any(below) and any(above[k] for k in group if k not in over):
            # the bottom line of the header, under the words of a column it does not stand
            # over ('1-1-2039' under 'Stand', beside 'Toevoeging'): one column's wrapped
            # header, no group's
            break
        if len(spans) == 1 and len(over) == 1 and not YEAR_IN_TEXT.search(span.text):
            # a word right over one column ('Besteed' over 't/m 30 juni 2025') heads that
            # column, even at the centre of all; a year heads a group
            break
        # one span over all columns must stand at their centre: 'Besteed' above one of five
        # columns is that column's
        slack = (b - a) / (8 if len(spans) == 1 else 4)
        if (not alike or len(spans) == 1) and abs(span.center - (a + b) / 2) > max(2.0, slack):
            # neither over columns named alike in every group nor centred: the header of
            # one column ('Huishoudens')
            break
        words = _tokens(" " * span.start + span.text)
        if not any(below) and len(words) > 1 and all(
            any(_overlap(*columns[k], w.start, w.end) for w in words) for k in group
        ):
            # nothing named under it, and words over each column of the group: cells set
            # one space apart ('begroting 2026 wijziging 2026' over two columns), each its
            # own column's
            return []
        heads.append((span, group))
    return heads


def _wrapped_top(
    spans: list[Segment],
    columns: list[tuple[int, int]],
    texts: list[str],
    header_lines: list[int],
    line: int,
) -> bool:
    """A header line that is the top of one column's header cell, wrapped around the line
    under it ('Begroting 2026' over one column, the line under it naming every other
    column and not that one, 'na wijziging' under both)."""
    under = [i for i in header_lines if i > line][:1]
    if len(spans) != 1 or not under:
        return False
    over = _columns_met(spans[0], columns)
    named = _names_below(texts, under, line, columns)
    return len(over) == 1 and not named[over[0]] and sum(map(bool, named)) >= 2


def _column_groups(n_spans: int, n_columns: int, below: list[str]) -> list[range]:
    """The groups of columns that the spans of a header line may each stand over: even
    groups, or groups named alike below ('Primitief ... Na wijziging' under 'Lasten' and
    again under 'Baten', with a 'Saldo' column beside them)."""
    if not n_spans or n_spans >= n_columns:
        return []
    if n_columns % n_spans == 0:
        per = n_columns // n_spans
        return [range(n * per, (n + 1) * per) for n in range(n_spans)]
    if n_spans == 1:
        return []
    # alike by their last word: the words of narrow columns may stand partly beside them
    ends = [name.split()[-1].lower() if name else "" for name in below]
    for per in range(n_columns // n_spans, 1, -1):
        for start in range(n_columns - n_spans * per + 1):
            first = ends[start : start + per]
            if all(first) and all(
                ends[start + n * per : start + (n + 1) * per] == first for n in range(n_spans)
            ):
                return [range(start + n * per, start + (n + 1) * per) for n in range(n_spans)]
    return []


def _names_below(
    texts: list[str],
    header_lines: list[int],
    line: int,
    columns: list[tuple[int, int]],
    first_cell_from: int | None = None,
) -> list[str]:
    """The words the header lines under `line` put over each column (in the first column's
    cell right of the row labels too: `first_cell_from`)."""
    names: list[list[str]] = [[] for _ in columns]
    for i in header_lines:
        if i <= line:
            continue
        for g in segments(texts[i]):
            # ('t/m rapp.' beside a column of '-')
            over = _columns_under(g, columns, first_cell_from)
            if len(over) == 1:
                names[over[0]].append(g.text)
                continue
            for t in _tokens(" " * g.start + g.text):
                for k, (a, b) in enumerate(columns):
                    if _overlap(a, b, t.start, t.end) > 0:
                        names[k].append(t.text)
    return [" ".join(n) for n in names]


def _names_spanned(
    g: Segment,
    texts: list[str],
    header_lines: list[int],
    line: int,
    columns: list[tuple[int, int]],
    versions_only: bool = False,
) -> list[int]:
    """The columns a header cell spans because it stands over their names on the first
    header line under it that has words under it ('Bijdrage 2036 (€)' over 'Primitief' and
    'Na wijziging'), though the layout sets it over the figures of one of them; none unless
    it spans two or more adjacent ones (and, `versions_only`, when they are versions of a
    budget: a cell over the figures of two columns must head them as one)."""
    for i in (i for i in header_lines if i > line):
        below = segments(texts[i])
        names = [n for n in below if _overlap(g.start, g.end, n.start, n.end) > 0]
        if not names:
            continue
        # (each name under one column only, with that column)
        placed = [(n, of[0]) for n in names if len(of := _columns_under(n, columns)) == 1]
        found = sorted({k for _, k in placed})
        if len(found) == 1 and YEAR_IN_TEXT.search(g.text):
            found = _versions_around(g, found[0], below, segments(texts[line]), columns)
        elif versions_only and not all(VERSION_ALONE.match(n.text) for n, _ in placed):
            return []  # ('2024' over 'Lasten Baten Saldo': a group's head, not one cell's)
        return found if len(found) >= 2 and found == list(range(found[0], found[-1] + 1)) else []
    return []


def _versions_around(
    g: Segment, k: int, below: list[Segment], beside: list[Segment], columns: list[tuple[int, int]]
) -> list[int]:
    """The columns of a dated budget's versions ('Primitief   Wijzigingen   Na wijziging')
    around column `k` under the budget's cell `g` ('Begroting 2041'), which a layout centres
    over one of them: `k` and its neighbours while they are versions, and no other cell of
    the line of `g` (`beside`) stands over them."""
    named: dict[int, str] = {}
    for name in below:
        if len(of := _columns_under(name, columns)) == 1:
            named[of[0]] = name.text

    def version(j: int) -> bool:
        if not VERSION_ALONE.match(named.get(j, "")):
            return False
        a, b = columns[j]
        return not any(o != g and _overlap(a, b, o.start, o.end) for o in beside)

    if not version(k):
        return [k]
    first, last = k, k
    while version(first - 1):
        first -= 1
    while version(last + 1):
        last += 1
    return list(range(first, last + 1))


def _word_columns_from(
    texts: list[str],
    header_lines: list[int],
    parsed: list[tuple[int, list[Segment], list[Segment]]],
    first_start: int,
) -> tuple[int | None, bool]:
    """Where the columns of words right of the labels start: at the second of the heads a
    header line sets left of the figures ('Verbonden partij   Rechtsvorm'), when most rows
    have words reaching under it; and whether that head names a column of units
    ('Eenheid')."""
    for i in header_lines:
        heads = [g for g in segments(texts[i]) if g.end <= first_start]
        if len(heads) < 2 or CODE_HEADER.match(heads[0].text):
            continue  # ('Nr.   Omschrijving': the second heads the names, after their codes)
        at = heads[1].start
        # (words centred in their column may start left of its head: they reach under it)
        under = sum(
            any(not _in_label_column(s, at) for s in labels[1:]) for _, labels, _ in parsed
        )
        if 2 * under > len(parsed):
            return at, bool(UNIT_HEAD.match(heads[1].text))
    return None, False


# A word of a name, not of a code ('Regio', not 'NB 2.5')
NAMING_WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")
# Words that say what a row counts, in what unit, or which flow it is ('lasten' in a column
# 'Soort', 'structureel' in a column 'Aard')
UNIT_WORDS = re.compile(
    r"%|\d|€|\b(?:per|aantal|index|score|cijfer|km|fte|stuks?|huishoudens?|inwoners?|"
    r"procent|percentage|uur|dagen|weken|jaar|lasten|baten|saldo|kosten|uitgaven|inkomsten|"
    r"opbrengsten?|structureel|incidenteel)\b",
    re.I,
)
# The head of a column of units ('Eenheid', 'Meeteenheid')
UNIT_HEAD = re.compile(r"^(?:meet)?eenhe(?:id|den)$|^maat(?:staf|eenheid)?$", re.I)


def in_label_column(text: str, words_from: int | None) -> str:
    """A line's words in the label column: a label wrapped onto the next line goes on there
    beside the rest of the row's words ('bijstandsuitkering' beside 'ouder' under 'Eenheid')."""
    if words_from is None:
        return text
    segs = segments(text)
    if not segs or segs[0].start >= words_from - 2:
        return text
    return " ".join(g.text for g in segs if _in_label_column(g, words_from))


def _in_label_column(segment: Segment, words_from: int) -> bool:
    """Whether a segment ends left of where the columns of words start (a segment reaching
    under their head, also one centred in its column that starts left of it, is theirs)."""
    return segment.end <= words_from + 1


def _without_codes(labels: list[Segment]) -> list[Segment]:
    """A label without the short codes after it ('Decembercirculaire 2024   AD   S')."""
    keep = list(labels)
    while len(keep) > 1 and len(keep[-1].text) <= 3 and " " not in keep[-1].text:
        keep.pop()
    return keep


def stacked_tables(texts: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each table in a block where tables follow each other without a blank
    line: a header of years after rows of figures starts a new table, together with the
    lines of text right above it (its name)."""
    parts: list[tuple[int, int]] = []
    start, seen_row = 0, False
    layout: list[tuple[str, int]] = []  # the years of the current table and where they stand
    noted = False  # a scale note since the last row: what follows is a table of its own
    for i, text in enumerate(texts):
        run = _value_run(text)
        if run is None:
            noted = noted or (seen_row and bool(SCALE_SEGMENT.match(text.strip())))
            continue
        labels, values, _ = run
        years = [(v.text, v.start) for v in values]
        if _is_year_line(values, labels) and not seen_row:
            layout = years
        if _is_year_line(values, labels) and seen_row and (
            noted or not _same_layout(years, layout)
        ):
            begin = i
            while begin - 1 > start and _value_run(texts[begin - 1]) is None:
                begin -= 1  # the name of the next table stands above its years
            parts.append((start, begin))
            start, seen_row, layout, noted = begin, False, years, False
        elif not _is_year_line(values, labels):
            seen_row = True
    parts.append((start, len(texts)))
    return [(a, b) for a, b in parts if b > a]


def _same_layout(years: list[tuple[str, int]], layout: list[tuple[str, int]]) -> bool:
    """The same years at the same places: a part of one table ('Balans   2023   2022' under
    'Resultaat   2023   2022'), not a new table."""
    return len(years) == len(layout) and all(
        a == b and abs(x - y) <= 3 for (a, x), (b, y) in zip(years, layout)
    )


# An amount marked in thousands in its own cell ('k€ 4.205', 'k€ -5.800'), as cards print them
THOUSANDS_CELL = re.compile(r"^k€\s?(-?\d[\d.,]*)$")


def side_by_side(texts: list[str]) -> list[int]:
    """Where each of two or more tables set side by side as cards starts (character columns),
    or [] when the block is no row of cards: two or more lines that each hold a label and its
    figures, then another label and its figures ('Lasten  k€ 12.610  k€ 13.245   Lasten  k€
    4.205  k€ 4.412'), the labels of each card standing under one another. A card starts right
    after the figures of the card left of it."""
    ends: list[list[int]] = []  # per line of cards: where each card's figures end
    alike = 0  # lines whose cards all have the one label ('Lasten', 'Lasten', 'Lasten')
    for text in texts:
        cards = _cards_of(segments(text))
        if cards:
            ends.append([end for end, _ in cards])
            alike += len({label for _, label in cards}) == 1
    if len(ends) < 2 or len({len(e) for e in ends}) != 1 or alike < 2:
        return []
    return [0, *(max(e[k] for e in ends) + 1 for k in range(len(ends[0]) - 1))]


def _cards_of(segs: list[Segment]) -> list[tuple[int, str]]:
    """Per card on a line of label, figures, label, figures...: where its figures end, and its
    label (words: '-/-' before a figure is a sign); [] when the line is not such a line."""
    cards: list[tuple[int, str]] = []
    k = 0
    while k < len(segs):
        if _card_value(segs[k].text) or not re.search(r"[^\W\d_]{2}", segs[k].text):
            return []  # figures without a label before them
        j = k + 1
        while j < len(segs) and _card_value(segs[j].text):
            j += 1
        if j == k + 1:
            return []  # a label without figures
        cards.append((segs[j - 1].end, segs[k].text.lower()))
        k = j
    return cards if len(cards) >= 2 else []


def _card_value(text: str) -> bool:
    return is_value(text) or THOUSANDS_CELL.match(text) is not None
