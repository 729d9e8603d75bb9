"""Figures from documents: table cells and amounts in prose (pure functions, no IO).

A table is read by its shape: a header row names the value columns (years, optionally with
"Begroot" / "Realisatie" / "IST" / "SOLL"), and optionally a source column ("Bron"). Each
row is a label followed by a run of cells and, where the table has one, its source. Rows
without cells name the group (beleidsdoel, "Lasten per doelenboom") of the rows below them.
Cells keep their raw text and annotation (`511(01-7)`, `250*`, `(150) 225`); a footnote
marker is resolved to the footnote's text. Scale ("bedragen x € 1.000") multiplies the value
while the printed text is kept.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import NamedTuple

from .dutch_numbers import parse_number
from .parsing import TABLE_CAPTION, Block, Line, Section, figure_list, is_table_row, sentences
from .table_grid import (
    CELL_UNIT,
    CODE_CELL,
    CODE_HEADER,
    EMPTY_CELL,
    LABEL_MARGIN,
    SUPERSCRIPTS,
    THOUSAND,
    THOUSANDS_CELL,
    WHOLE_EUROS_DASH,
    YEAR_CELL,
    YEAR_IN_TEXT,
    Grid,
    GridRow,
    Segment,
    in_label_column,
    is_cell_line,
    is_value,
    normalize_cell,
    read_grid,
    segments,
    side_by_side,
    stacked_tables,
)
from .years import YEAR_DIGITS

YEAR = re.compile(rf"^({YEAR_DIGITS})$")
QUALIFIER = re.compile(
    r"^(begroot|begroting|raming|realisatie|rekening|jaarrekening|werkelijk|ist|soll|primitief|"
    r"primaire?|actueel|prognose|na|wijziging|gewijzigde?|bijgestelde?|begr\.|real\.|rek\.|"
    r"besteed|uitgegeven|gerealiseerd)$",
    re.IGNORECASE,
)
# (what a column says was spent, 'Besteed 2020', is what was done in the year)
REALISED = re.compile(
    r"realisatie|rekening|werkelijk|real\.|rek\.|besteed|uitgegeven|gerealiseerd", re.IGNORECASE
)
# Column words that name what a column measures, in a header line under the years
MEASURE_WORDS = re.compile(
    r"^(baten|lasten|saldo|totaal|uitgaven|inkomsten|mutaties?|toevoeging|onttrekking)$", re.I
)
# Jaarstukken split a budget column in 'Begroting primair' and 'Begroting na wijziging':
# adjectives before the column word, qualifiers after it (also a line lower, or after its year)
HEAD_WORDS = re.compile(
    r"^(begroting|begroot|raming|realisatie|rekening|jaarrekening|werkelijk|prognose)$", re.I
)
BUDGET_WORDS = re.compile(r"^(begroting|begroot|raming)$", re.I)
PRE_WORDS = re.compile(
    r"^(primaire|primitieve|gewijzigde|bijgestelde|actuele|oorspronkelijke)$", re.I
)
POST_WORDS = re.compile(r"^(primair|primitief|gewijzigd|actueel|bijgesteld)$", re.I)
# Columns without a year: the difference between budget and realisation
OTHER_COLUMNS = re.compile(r"^(verschil|afwijking|totaal)$", re.I)
# Indicator tables measure from a baseline: '6,1% (2021)' before the target years
BASELINE_WORDS = re.compile(r"\b(peilwaarde|nulmeting|uitgangswaarde|referentiewaarde)\b", re.I)
BASELINE_CELL = re.compile(r"\s(?P<cell>-?\d[\d.,]*%?\s\((?P<year>(?:19|20)\d\d)\))$")
EMPTY_MARKERS = ("-", "--", "–", "—", "n.n.b.", "n.b.", "p.m.", "nvt", "n.v.t.", "gereed", "?")
VALUE = re.compile(
    r"^(?P<neg>[-+])?(?P<eur>€)?(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
    r"(?P<pct>%)?(?P<stars>\*+)?(?P<ann>\([^)]*\))?$"
)
ANNOTATION = re.compile(r"^\([^)]*\d[^)]*\)\*?$")
# Scale notes in the spellings budgets use: 'bedragen x € 1.000', '(x €1.000)', '€ x 1.000',
# "€ '000", 'x 1.000 euro', 'bedragen in duizenden euro's', 'x € 1 mln', 'in miljoenen'
_TIMES = r"(?:\bx|×)"  # typeset with the multiplication sign too: 'Bedragen × € 1.000'
_MILLION = rf"{THOUSAND}[.,\s]?000|1\s?(?:mln|miljoen)\b|mln\b|miljoen\b"
SCALE_NOTES: tuple[tuple[re.Pattern[str], int], ...] = tuple(
    (re.compile(p, re.IGNORECASE), factor)
    for p, factor in (
        (rf"{_TIMES}\s*(?:€|eur|euro)?\s*(?:{_MILLION})|€\s*{_TIMES}\s*(?:{_MILLION})|"
         r"in\s+miljoenen|€\s*'\s?000[.,]?000\b|€\s*mln\b", 1_000_000),
        (rf"{_TIMES}\s*(?:€|eur|euro)?\s*{THOUSAND}\b|€\s*{_TIMES}\s*{THOUSAND}\b|"
         rf"in\s+duizenden|€\s*'\s?000\b|\bin\s+€\s*{THOUSAND}\b|k€|€\s*k\b", 1000),
    )
)  # fmt: skip
SCALE = re.compile("|".join(p.pattern for p, _ in SCALE_NOTES), re.IGNORECASE)
NOT_IN_SCALE = re.compile(rf"\b(?:niet|geen)\s+(?:in\s+)?(?:{SCALE.pattern})", re.IGNORECASE)
SCALE_NOTE_ONLY = re.compile(r"^\(?\s*(bedragen)?\s*(" + SCALE.pattern + r")[\s,\-)]*$", re.I)
# The names of budget documents ('de programmabegroting 2020', 'de jaarrekening van X')
DOCUMENT_WORDS = (
    r"(?:programma)?(?:begroting|jaarstukken|jaarrekening|jaarverslag|kadernota|"
    r"voorjaarsnota|najaarsnota)"
)
EURO_AMOUNT = re.compile(r"€\s?(-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?)(\s?(mln|miljoen))?")
MONEY_WORDS = re.compile(
    r"\b(baten|lasten|bedrag|budget|kosten|euro|saldo|reserves?|krediet(en)?|investering(en)?|"
    r"tarie(f|ven)|leges|ozb|besteed|besteding(en)?)\b|"
    # also at the end of a compound: 'Zuiveringsheffing huishoudens', 'Rijksbijdrage'
    r"\b\w*(belasting(en)?|heffing(en)?|opbrengst(en)?|subsidies?|bijdragen?|vergoeding(en)?|"
    r"uitgaven|inkomsten|kosten|lasten)\b|€",  # 'Loonkosten Wsw-medewerkers' is money
    re.I,
)


# a first column's header that names the measure of every row under it
MEASURE_LEAD = re.compile(r"^(saldo|lasten|baten)\b(?!.*\b(en|of)\b)", re.I)


@dataclass(frozen=True)
class TableCell:
    """One figure: a cell of a table, or an amount in a sentence."""

    document_id: str
    municipality: str
    table: str  # caption, or the section title when the table has none
    section: str  # section path
    group: str  # the group row above (beleidsdoel, "Lasten per doelenboom")
    row: str  # row label
    column: str  # column label ("Begroot 2020", "2018", "IST")
    period: str  # the year, or "" when the column has none
    status: str  # begroot / realisatie / ist / soll / "" (as printed, lower case)
    raw: str  # the cell as printed, with annotation
    value: Decimal | None  # after scale; None for empty markers (n.n.b., -)
    unit: str  # EUR, count, percent, grade
    scale: int
    annotation: str  # the annotation or footnote text
    source: str  # the Bron column
    line: int  # document line of the row
    quote: str  # the row's line as printed, or the sentence for prose amounts
    kind: str = "table"  # table | prose
    page: int = 0  # the PDF page (0 for text files)


@dataclass(frozen=True)
class Column:
    label: str
    period: str
    status: str


UNKNOWN_SCALE = 0  # the scale of a cell whose table may be in euros or in thousands


# An amount of a million or more with its euro sign ('€ 3.911.741'): printed in whole euros
EURO_MILLIONS = re.compile(r"€\s*-?\s*\d{1,3}(?:\.\d{3}){2,}(?![\d.])")


def scale_of(own: str, context_lines: list[str], rows: Sequence[str] = ()) -> tuple[int, bool]:
    """The scale of a table: the note of its caption and header, else of the text right
    above it. Two notes of different scales where one is looked for ('in € mln' and
    'bedragen x € 1.000' over tables set side by side) give UNKNOWN_SCALE: which is whose
    is not known. The note above is another table's when the `rows` print millions of
    euros ('€ 3.911.741' would be billions in thousands)."""
    # a scale the note says the table is not in ('Bedragen in euro's (niet x € 1.000)') is none,
    # in its own note or in the one right under it
    own = NOT_IN_SCALE.sub(" ", own)
    # a sentence that tells the scales of several parts ('Alle bedragen zijn in hele euro's,
    # behalve de meerjarenraming in hoofdstuk 5 (x € 1.000).') notes none of this table's
    context_lines = [t for t in context_lines if not _scales_of_parts(t)]
    for text in (own, NOT_IN_SCALE.sub(" ", " ".join(context_lines))):
        factors = {factor for pattern, factor in SCALE_NOTES if pattern.search(text)}
        if len(factors) > 1:
            return UNKNOWN_SCALE, True
        if factors and text is not own and any(EURO_MILLIONS.search(r) for r in rows):
            return 1, True
        if factors:
            return table_scale(text)
        if text is own and WHOLE_EUROS.search(own):
            return 1, True  # '(bedragen in €)': its own note, whatever the table above says
    return table_scale(own)


def _scales_of_parts(text: str) -> bool:
    """Whether a sentence (ten words or more, no note over a table) says both that amounts
    are in whole euros and that some are in another scale."""
    return (
        len(text.split()) >= 10
        and WHOLE_EUROS.search(text) is not None
        and any(pattern.search(text) for pattern, factor in SCALE_NOTES if factor != 1)
    )


def table_scale(text: str) -> tuple[int, bool]:
    """The multiplier a table's scale note gives, and whether it names euros."""
    for pattern, factor in SCALE_NOTES:
        m = pattern.search(text)
        if m:
            note = text[max(0, m.start() - 12) : m.end() + 8].lower()
            euro = "€" in note or "eur" in note or "duizenden" in note or "miljoenen" in note
            return factor, euro
    return 1, True


def header_columns(text: str) -> tuple[list[Column], bool] | None:
    """The value columns a header row names, and whether a source column ends it."""
    tokens = header_text(text).split()
    if any(VALUE.match(t) and not YEAR.match(t) for t in tokens):
        return None  # a header names columns; a line with figures in it is a row
    columns: list[Column] = []
    pending: list[str] = []
    has_source = bool(tokens) and tokens[-1].lower() in ("bron", "bronnen")
    for k, tok in enumerate(tokens):
        after_year = k > 0 and YEAR.match(tokens[k - 1]) and columns and not pending
        if after_year and POST_WORDS.match(tok) or (after_year and _na_wijziging(tokens, k)):
            # 'Begroting 2023 na wijziging': the qualifier follows its column's year
            last = columns[-1]
            words = "na wijziging" if tok.lower() == "na" else tok
            columns[-1] = Column(f"{last.label} {words}", last.period, last.status)
            continue
        if tok.lower() == "wijziging" and k > 0 and tokens[k - 1].lower() == "na" and not pending:
            continue  # the second word of 'na wijziging', attached above
        if OTHER_COLUMNS.match(tok) and columns and columns[-1].period:
            columns.append(Column(tok.capitalize(), "", ""))
            pending = []
        elif QUALIFIER.match(tok):
            if pending and pending[-1].lower() in ("ist", "soll"):
                columns.append(Column(pending[-1].upper(), "", pending[-1].lower()))
                pending = []
            pending.append(tok)
        elif YEAR.match(tok):
            label = " ".join(pending + [tok])
            columns.append(Column(label, tok, canonical_status(" ".join(pending))))
            pending = []
        else:
            pending = []
    if not columns:
        return _measures_header(tokens)
    if len(columns) == 1 and not columns[0].status:
        return None
    return columns, has_source


def _measures_header(tokens: list[str]) -> tuple[list[Column], bool] | None:
    """'Taakveld Lasten Baten Saldo': columns named by what they measure only, after at most
    a few words over the labels; the caption gives their year."""
    run = len(tokens)
    while run > 0 and MEASURE_WORDS.match(tokens[run - 1]):
        run -= 1
    named = tokens[run:]
    if len(named) < 2 or len({t.lower() for t in named}) < len(named) or run > 2:
        return None
    return [Column(t.capitalize(), "", "") for t in named], False


UNNAMED = Column("", "", "")  # a grid column without header words


# Indicator tables print each figure with its own year ('44,2% (2022)') under a header that
# says so ('Cijfer Wassenaar (jaartal)'); a column beside it compares ('Nederland (jaartal)').
YEAR_PER_CELL = re.compile(r"\(\s*(jaartal|peiljaar|meetjaar|jaar)\s*\)", re.I)
# The body a municipality's own figure is compared with, named in a column ('Nederland 2024')
_COMPARED_BODIES = r"nederland|landelijk\w*|nationaal|g\d{2,3}|provincie"
COMPARED_WITH = re.compile(rf"\b({_COMPARED_BODIES})\b", re.I)
COMPARISON = re.compile(
    rf"\b({_COMPARED_BODIES}|vergelijk\w*|referentie\w*|gemiddelde?|regio|grootteklasse)\b",
    re.I,
)


# A footnote mark glued to a header's year: 'Bijdrage 20251)', '2024¹', 'Rekening 2023*'
YEAR_FOOTNOTE = re.compile(rf"(?<=\b(?:19|20)\d\d)(?:\d\)|[{SUPERSCRIPTS}]+|\*+)")


def _unless_codes(column: Column | None) -> Column | None:
    return UNNAMED if column is not None and CODE_HEADER.match(column.label) else column


# A header that gives its column's figures in percent: 'inwoners (%)', 'in %'
UNIT_IN_BRACKETS = re.compile(r"\(\s*([^()\d]{1,12}?)\s*\)")  # '(fte)', '(aantal)', '(km)'
PERCENT_HEADER = re.compile(r"\(\s*%\s*\)|\bin %|\bin procenten\b", re.I)


def grid_column(header: str) -> Column | None:
    """The column a grid's header words name, top to bottom ('Realisatie 2023',
    'Begroting 2024 baten'); None when they name no year, status or kind of column."""
    header = YEAR_FOOTNOTE.sub("", header)
    if YEAR_PER_CELL.search(header):
        # measured figures, each with its year in the cell: the municipality's own, or the
        # figure it is compared with (status 'vergelijking', chosen only when asked for)
        label = " ".join(YEAR_PER_CELL.sub(" ", header).split())
        return Column(label, "", "vergelijking" if COMPARISON.search(label) else "realisatie")
    text = header_text(header)
    tokens = text.split()
    years = set(YEAR_IN_TEXT.findall(text))
    period = years.pop() if len(years) == 1 else ""
    measures = [t.capitalize() for t in tokens if MEASURE_WORDS.match(t)]
    rest = [t for t in tokens if not MEASURE_WORDS.match(t)]
    label = " ".join([*measures, *rest]).strip()
    if label and PERCENT_HEADER.search(header):
        label += " (%)"  # 'Aandeel inwoners (%)': the unit of its figures, kept in its name
    elif label and (unit := UNIT_IN_BRACKETS.search(header)) and NOT_MONEY.search(unit[1]):
        label += f" ({unit[1]})"  # ... and so is 'Formatie' over '(fte)'
    lowered = [t.lower() for t in tokens]
    if "ist" in lowered or "soll" in lowered:
        status = "ist" if "ist" in lowered else "soll"
    else:
        status = canonical_status(" ".join(t for t in tokens if QUALIFIER.match(t)))
    if not period and not status:
        # a column named without a year ('Totaal', 'Reeds beschikbaar gesteld krediet')
        return Column(label[:1].upper() + label[1:], "", "") if label else None
    if period and status in ("", "realisatie") and COMPARED_WITH.search(label):
        # 'Nederland 2024' beside the municipality's own 2024: what it is compared with
        return Column(label, period, "vergelijking")
    return Column(label, period, status)


def _na_wijziging(tokens: list[str], k: int) -> bool:
    return (
        tokens[k].lower() == "na" and k + 1 < len(tokens) and tokens[k + 1].lower() == "wijziging"
    )


@dataclass
class _Head:
    """A column being assembled from a header spread over several lines."""

    words: list[str]
    sub: str = ""
    year: str = ""
    other: bool = False

    def takes(self, kind: str) -> bool:
        if self.other:
            return False
        if kind == "year":
            return not self.year
        return not self.sub and bool(BUDGET_WORDS.match(self.words[-1]))


def _phrases(text: str) -> list[tuple[str, str]]:
    """A header line as (kind, words): year, head, pre, post, other, or word."""
    tokens = header_text(text).split()
    out: list[tuple[str, str]] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if _na_wijziging(tokens, k):
            out.append(("post", "na wijziging"))
            k += 2
            continue
        for kind, pattern in (
            ("year", YEAR),
            ("head", HEAD_WORDS),
            ("pre", PRE_WORDS),
            ("post", POST_WORDS),
            ("other", OTHER_COLUMNS),
        ):
            if pattern.match(tok):
                out.append((kind, tok))
                break
        else:
            out.append(("word", tok))
        k += 1
    return out


def stacked_header(lines: list[str], i: int) -> tuple[list[Column], bool, int] | None:
    """A header whose column words, qualifiers and years stand on two to four lines:

        Begroting Begroting Realisatie Verschil          Realisatie Begroting Begroting Realisatie
        primair na wijziging                     or      2022 primair na wijziging 2023
        2023 2023 2023                                   2023 2023

    Each lower line fills, left to right, the columns still missing a year or (for budget
    columns) a qualifier; a column filled on a line takes nothing more from that line.
    """
    phrases = _phrases(lines[i])
    if any(kind == "year" for kind, _ in phrases):
        return None  # years on the first line: a one-line header
    words = [w for kind, w in phrases if kind != "word"]
    if len(words) < 0.6 * len(phrases):
        return None  # a sentence that names a budget, not a header
    heads: list[_Head] = []
    pre: list[str] = []
    for kind, text in phrases:
        if kind == "pre":
            pre.append(text)
        elif kind in ("head", "other"):
            heads.append(_Head([*pre, text], other=kind == "other"))
            pre = []
        elif kind == "post" and heads and heads[-1].takes("post"):
            heads[-1].sub = text
    dated = [h for h in heads if not h.other]
    if len(dated) < 2:
        return None
    used = 1
    for j in range(i + 1, min(i + 4, len(lines))):
        below = _phrases(lines[j])
        values = [w for kind, w in below if kind == "word" and VALUE.match(w)]
        below = [(kind, w) for kind, w in below if kind in ("year", "post")]
        if not below or values:
            break  # a line without years or qualifiers, or a row of figures
        if any(kind in ("head", "other", "pre") for kind, _ in _phrases(lines[j])):
            break
        position = 0
        for kind, text in below:
            k = next((n for n in range(position, len(heads)) if heads[n].takes(kind)), None)
            if k is None:
                return None  # the lines do not fit together: not this kind of header
            if kind == "year":
                heads[k].year = text
            else:
                heads[k].sub = text
            position = k + 1
        used += 1
        if all(h.year for h in dated):
            break
    if used == 1 or not all(h.year for h in dated):
        return None
    columns = [
        Column(" ".join([*h.words, h.sub, h.year]).replace("  ", " ").strip(), h.year,
               "" if h.other else canonical_status(" ".join(h.words)))
        for h in heads
    ]  # fmt: skip
    has_source = header_text(lines[i]).split()[-1].lower() in ("bron", "bronnen")
    return columns, has_source, used


# Budget versions cut short in a narrow column ('Begroting 2025 prim.', '2025 na wijz.',
# 'B '25 n.w.'), and the letter that stands for a budget or an outcome before a year ('R 2024',
# 'B 2025': rekening, begroting)
VERSION_ABBREVIATIONS = (
    (re.compile(r"\bprim\.(?!\w)", re.I), "primitief"),
    (re.compile(r"\bna wijz\.(?!\w)", re.I), "na wijziging"),
    (re.compile(r"\bn\.\s?w\.(?!\w)", re.I), "na wijziging"),
    (re.compile(r"\bgewijz\.(?!\w)", re.I), "gewijzigd"),
    (re.compile(rf"(?<![\w.])R\s?(?={YEAR_DIGITS}(?!\d))"), "Rekening "),
    (re.compile(rf"(?<![\w.])B\s?(?={YEAR_DIGITS}(?!\d))"), "Begroting "),
)


def header_text(text: str) -> str:
    """A header line without its scale and sign notes ('bedragen x € 1.000', '("-"= nadeel)'),
    its budget versions written out and its dates whole."""
    text = SCALE.sub(" ", text.replace("|", " "))
    # a note in brackets goes, a budget version in brackets stays ('Begroting 2027 (na
    # wijziging)' is the column after the amendments), and so does the budget or outcome of
    # a year ('Beschikbaar (Begroting 2020)')
    text = re.sub(
        rf"\(\s*((?:na\s+wijz|prim|gewijz|bijgest|actue)[^)]*"
        rf"|(?:begroting|rekening|realisatie)\s+{YEAR_DIGITS})\s*\)",
        r" \1 ",
        text,
        flags=re.I,
    )
    text = re.sub(r"\([^)]*\)", " ", text)
    for short, full in VERSION_ABBREVIATIONS:
        text = short.sub(full, text)
    # a date broken over two header lines ('Stand 31-12-' above '2027') is one date again
    text = re.sub(r"(?<=\d-)\s+(?=(?:\d{1,2}-)?(?:19|20)\d\d\b)", "", text)
    return re.sub(r"\bbedragen\b", " ", text, flags=re.IGNORECASE)


def _header_lead(text: str) -> str:
    """The words before a header's first column: 'Programma:P2 Mens en Maatschappij'."""
    tokens = header_text(text).split()
    lead = []
    for tok in tokens:
        if QUALIFIER.match(tok) or YEAR.match(tok):
            break
        lead.append(tok)
    words = " ".join(lead).strip()
    return words if len(lead) >= 2 and re.search(r"programma|taakveld|p\d", words, re.I) else ""


def canonical_status(words: str) -> str:
    """'Begroting na wijziging' -> begroot, 'Rekening' -> realisatie, 'IST' -> ist."""
    words = words.lower().strip()
    if not words:
        return ""
    if words in ("ist", "soll"):
        return words
    return "realisatie" if REALISED.search(words) else "begroot"


SENTENCE_END = re.compile(r"[a-zà-ÿ)]{2}[.!?](?:\s+[A-Z(]|\s*$)")


def _running_text(text: str) -> bool:
    """Sentences, not a table's header: ten words or more, most of them in lower case, and a
    sentence that ends ('Door de coronacrisis is de werkloosheid in 2020 weer opgelopen tot
    4,8%. We verwachten dat ... in 2021 verder stijgt.' names two years, as a header would)."""
    words = text.split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= 10 and 2 * lower >= len(words) and SENTENCE_END.search(text) is not None


def find_header(lines: list[str], i: int) -> tuple[list[Column], bool, int] | None:
    """Columns named by the header at line i: (columns, has_source, lines used), or None.

    Handles a header spread over two lines ('Rekening Begroting Begroting' above
    '2022 2023 2024') and a line under it naming the measure of each column ('Baten Lasten
    Saldo').
    """
    stacked = stacked_header(lines, i)
    if stacked is not None:
        columns, has_source, used = stacked
    else:
        found = header_columns(lines[i])
        if found is None:
            return None
        (columns, has_source), used = found, 1
    if i + used < len(lines):
        words = []
        for w in reversed(header_text(lines[i + used]).split()):
            if not MEASURE_WORDS.match(w):
                break
            words.insert(0, w)  # the trailing run names the columns; a label may precede it
        n = len(columns)
        if words and len(words) % n == 0 and len(words) >= n:
            per = len(words) // n
            if per == 1:  # one measure per column: 'Baten Lasten Saldo' under three years
                columns = [
                    Column(f"{w.capitalize()} {c.label}", c.period, c.status)
                    for w, c in zip(words, columns)
                ]
            else:  # each year split in measures: 'baten lasten saldo baten lasten saldo ...'
                columns = [
                    Column(f"{w.capitalize()} {c.label}", c.period, c.status)
                    for k, c in enumerate(columns)
                    for w in words[k * per : (k + 1) * per]
                ]
            used += 1
    return columns, has_source, used


def _is_value(tok: str) -> bool:
    return bool(VALUE.match(tok)) or tok.lower() in EMPTY_MARKERS


def merge_signs(tokens: list[str]) -> list[str]:
    """'€ 1.234', '- € 1.234' and '€ -1.234' as one token each: '€1.234', '-€1.234'; and a
    percentage set a space apart from its sign, '3,5 %': '3,5%'."""
    out: list[str] = []
    for tok in tokens:
        if tok == "%" and out and VALUE.match(out[-1]) and not VALUE.match(out[-1])["pct"]:
            out[-1] += "%"
        elif out and out[-1] in ("€", "-€") and VALUE.match(tok.lstrip("-")):
            sign = "-" if out[-1].startswith("-") or tok.startswith("-") else ""
            out[-1] = f"{sign}€{tok.lstrip('-')}"
        elif out and out[-1] in ("-", "–") and tok == "€":
            out[-1] = "-€"
        else:
            out.append(tok)
    return out


def split_row(text: str, n_columns: int, has_source: bool) -> tuple[str, list[str], str] | None:
    """A row as (label, cells, source); None for a row without cells (a group row)."""
    tokens = merge_signs(text.split())
    if not tokens:
        return None
    # Source: trailing words that are not values (and not a value's annotation).
    end = len(tokens)
    if has_source:
        while end > 0 and not _is_value(tokens[end - 1]) and not ANNOTATION.match(tokens[end - 1]):
            end -= 1
    source = " ".join(tokens[end:])
    # Cells, from the right: a value, optionally followed by its annotation token.
    cells: list[str] = []
    i = end - 1
    while i >= 0:
        tok = tokens[i]
        if (ANNOTATION.match(tok) or tok in DEVIATION) and i > 0 and _is_value(tokens[i - 1]):
            cells.insert(0, f"{tokens[i - 1]} {tok}")  # '(31/5)', or '350 N': nadeel
            i -= 2
        elif _is_value(tok):
            cells.insert(0, tok)
            i -= 1
        else:
            break
    label_tokens = tokens[: i + 1]
    if has_source and not source and len(cells) > n_columns:
        source = cells.pop()  # the source column holds an empty marker ("-")
    if len(cells) > n_columns:
        label_tokens += [c for c in cells[: len(cells) - n_columns]]
        cells = cells[len(cells) - n_columns :]
    # A parenthesised number before the first cell annotates it: "(150) 225".
    if cells and label_tokens and re.fullmatch(r"\(\d[\d.,]*\)", label_tokens[-1]):
        cells[0] = f"{label_tokens.pop()} {cells[0]}"
    if not cells or not any(VALUE.match(c.split()[-1]) or VALUE.match(c.split()[0]) for c in cells):
        return None
    label = " ".join(label_tokens).strip()
    if not label:
        return None
    if len(cells) == 1 and YEAR.match(cells[0]) and len(label.split()) <= 4:
        return None  # "Nieuwe indicatoren 2020" names a group, it is not a row
    return label, cells, source


DEVIATION = {"V": "voordeel", "N": "nadeel"}


def _cell_value(raw: str) -> tuple[Decimal | None, str, str, bool]:
    """(value, annotation, footnote stars, is_percent) of a cell's raw text."""
    parts = raw.split()
    annotation = ""
    core = raw
    if len(parts) == 2:
        if parts[0].startswith("("):
            annotation, core = parts[0], parts[1]
        else:
            core, annotation = parts[0], parts[1]
    annotation = DEVIATION.get(annotation, annotation)  # '845 N': nadeel
    m = VALUE.match(core)
    if not m:
        return None, annotation, "", False
    if m.group("ann"):
        annotation = (annotation + " " + m.group("ann")).strip()
    value = parse_number(m.group(0).split("(")[0])
    return value, annotation, m.group("stars") or "", bool(m.group("pct"))


# A footnote under a table: '* Voorlopig cijfer', '3 Jeugdhulp ambulant en met verblijf.'
# (a sentence after its number, not a row of figures set apart)
FOOTNOTE = re.compile(
    rf"^\s*(?:(\*+)\s*(?P<starred>.+?)|([1-9]\b|[{SUPERSCRIPTS[1:]}]|(?P<letter>[a-h])\))"
    rf"\s*(?P<text>[A-Z(].*?))\s*$"
)


def _footnotes(lines: list[str]) -> dict[str, str]:
    notes: dict[str, str] = {}
    for line in lines:
        if not (m := FOOTNOTE.match(line)):
            continue
        if m["starred"]:
            notes[m.group(1)] = m["starred"]
        elif not re.search(r"\S\s{2,}\S", m["text"]):
            notes[m["letter"] or m.group(3)] = m["text"]
    return notes


# Row labels that name a quantity other than money: never scaled by a table's 'x € 1.000'
NOT_MONEY = re.compile(
    r"\b(aantal(len)?|fte|leeftijd|frequentie|uren|dagen|km|m2|kilo|kg|ton|"
    r"\w*ratio|\w*quote|rapportcijfer|score)\b|%",  # also 'Weerstandsratio', 'Schuldquote'
    re.IGNORECASE,
)
# Who or what a count is of: a count unless the label or column names money as well ('OZB
# woningen' under 'Baten' is what the tax on houses brings in)
COUNTED_NOUN = re.compile(
    r"\b\w*(inwoners|personen|medewerkers|leerlingen|huishoudens|woningen|bezoek(en|ers)|"
    r"deelnemers|cli[eë]nten|meldingen|kinderen|jongeren|jeugdigen|leden|objecten|"
    r"aansluitingen|percelen|panden|adressen)\b",  # also in a compound: 'Verzuimmeldingen'
    re.IGNORECASE,
)
# Who is something, as the first word of a row or column: 'Leerplichtigen 1-10-2024',
# 'Uitkeringsgerechtigden' (not 'Krapte arbeidsmarkt: ... verpleegkundigen', a risk's cost;
# nor '-ers': 'Thuiszitters' count, 'Zijladers' cost)
PEOPLE_FIRST = re.compile(r"^\W*\w{3,}(?:[dt]igen|igden)\b", re.IGNORECASE)


# A year in a row's label ('Formatie 2025 (fte)'), a caption or a header line, not a code
# ('2024-03 Renovatie sporthal') nor a span ('2025-2028')
LABEL_YEAR = re.compile(rf"(?<![\d-])({YEAR_DIGITS})(?![\d-])")
CELL_YEAR = re.compile(r"\(((?:19|20)\d\d)\)")
# A row's own unit, printed in a unit column: 'Duizend euro', 'In euro's', 'x € 1.000'
ROW_UNIT = re.compile(
    rf"(?:^|\s)\(?(?:(?P<thousand>duizend(?:en)? euro|x\s?€\s?{THOUSAND}|€\s?x\s?{THOUSAND})|"
    # ... in millions: '€ mln', 'x € 1 mln', 'Miljoen euro'
    r"(?P<million>(?:x\s?)?€\s?(?:1\s?)?(?:mln|miljoen)|miljoen euro|mln euro)|"
    r"in euro['’]?s?|in €)\)?(?=$|\s)",  # also in brackets: 'Opbrengst (x € 1.000)'
    re.I,
)


def counted(label: str, column: str = "") -> bool:
    """A row or column of a quantity other than money ('Aantal inwoners', a column
    'Inwoners'); a note in brackets ('Versterking crisisteam (2,0 fte)') sizes the item, it
    is not what the row counts."""
    label = SIZE_NOTE.sub(" ", label)
    # ... nor does a quantity the label states ('Verlagen maximumsnelheid naar 30 km/uur'),
    # nor a noun after the head's preposition ('Duurzaamheid in eigen panden' is no count of
    # panden; 'Aantal panden', 'Woningen in aanbouw' are)
    label = QUANTITY_NAMED.sub(" ", label)
    head = MODIFIER.split(label, maxsplit=1)[0]
    return bool(
        NOT_MONEY.search(label)
        or NOT_MONEY.search(column)
        or DURATION.search(column)
        or JOB_SIZE.match(column)
        or (
            (
                COUNTED_NOUN.search(f"{head} {column}")
                or PEOPLE_FIRST.match(head)
                or PEOPLE_FIRST.match(column)
            )
            and not MONEY_WORDS.search(f"{label} {column}")
        )
    )


SIZE_NOTE = re.compile(r"\([^)]*\d[^)]*\)")
QUANTITY_NAMED = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:km|m2|kg|ton|uur|uren|dagen)\b\S*", re.I)
MODIFIER = re.compile(
    r"\s(?:in|van|voor|met|naar|op|aan|bij|door|over|tot|uit|onder|tegen)\s", re.I
)
# A column of periods: 'Termijn (jaren)', 'Looptijd', 'Afschrijvingstermijn' (not the
# WNT's 'Beloningen betaalbaar op termijn')
DURATION = re.compile(r"^\w*termijn\b|looptijd|\bjaren\b", re.I)
# The size of a job in a WNT table: 'Omvang dienstverband (in fte)', or 'Omvang' alone
JOB_SIZE = re.compile(r"^omvang( dienstverband)?\b", re.I)


def _unit(
    label: str, context: str, value_raw: str, is_percent: bool, column: str = ""
) -> str:
    if (
        is_percent
        or "(%)" in label
        or "(%)" in column
        or re.search(r"(?:^|\s)%(?:\s|$)", label)  # the unit column of an indicator table
        or re.search(r"\(\s*%\s", label)  # 'Jongeren met jeugdhulp (% van alle jongeren)'
        or label.lower().startswith(("percentage", "mate waarin"))
    ):
        return "percent"
    # ('1.211.640,-': whole euros with a dash for the cents)
    euros = "€" in value_raw or WHOLE_EUROS_DASH.search(value_raw) is not None
    if counted(label, column) and not euros:
        return "count"
    if re.search(r"\bcijfer\b|rapportcijfer|waardering", label, re.I) and "," in value_raw:
        return "grade"
    if euros or MONEY_WORDS.search(f"{label} {context}"):
        return "EUR"  # also a row named for money ('Lasten', 'Saldo')
    return "count"


# The part of a table a caption names, when the table is printed in parts ('– deel 1 van 2',
# '(vervolg)', 'vervolg')
PART_OF_TABLE = re.compile(
    r"\s*[–—-]?\s*\(?\b(?:deel\s+\d+(?:\s+van\s+\d+)?|vervolg)\b\)?", re.I
)


@dataclass
class TableState:
    """What a table carries over a page break: its columns, caption, scale and group."""

    columns: list[Column]
    has_source: bool
    caption: str
    scale: int
    group: str
    euro: bool = True
    order: tuple[str, ...] = ()  # the own labels of each run of rows ('Lasten', 'Baten')
    run: tuple[str, tuple[str, ...]] = ("", ())  # the last run's name and labels to come


def table_cells(
    block: Block,
    section: Section,
    *,
    document_id: str,
    municipality: str,
    context_lines: list[str],
    carry: TableState | None = None,
    order: tuple[str, ...] = (),
) -> tuple[list[TableCell], TableState | None]:
    """Every cell of an aligned table block, and the table's state for a continuation.

    A block that starts with rows and no header continues the table before it (`carry`):
    PDF tables break across pages.
    """
    lines = [ln for ln in block.lines]
    texts = [ln.text for ln in lines]
    if "  " in block.caption:  # a caption laid out beside its scale note, as on the page
        block = Block(block.kind, block.lines, " ".join(block.caption.split()))
    # a part after the first, under its caption again ('Tabel 2 ... (vervolg)'): it opens in
    # the group the part before ended with ('Baten' as the last line of the page before)
    opening = ""
    if (whole := PART_OF_TABLE.sub("", block.caption).strip()) and TABLE_CAPTION.match(whole):
        # 'Tabel 2 ... – deel 2 van 2 (vervolg)': one table printed in parts, one caption
        if carry is not None and whole != block.caption and carry.caption.startswith(whole):
            opening = carry.group
        block = Block(block.kind, block.lines, whole)
    if starts := side_by_side(texts):
        return _cards_cells(block, starts, section, document_id, municipality, context_lines)
    parts = stacked_tables(texts) if sum(map(is_cell_line, texts)) >= 2 else []
    if len(parts) > 1:  # several tables without a blank line between them: one by one
        found: list[TableCell] = []
        state: TableState | None = None
        for a, b in parts:
            piece = Block(block.kind, block.lines[a:b], block.caption if a == 0 else "")
            # a scale note above the first table holds for those right under it (one in
            # the head of a table before, 'Financieel (€ mln)   Realisatie 2020', is its own)
            notes = [t for t in texts[:a] if SCALE.search(t) and header_columns(t) is None]
            more, state = table_cells(
                piece, section, document_id=document_id, municipality=municipality,
                context_lines=[*context_lines, *notes], carry=carry if a == 0 else None,
            )  # fmt: skip
            found.extend(more)
        return found, state
    above_rows = texts[: next((i for i, t in enumerate(texts) if is_table_row(t)), len(texts))]
    if carry is not None and not block.caption and not any(SCALE.search(t) for t in above_rows):
        # a table continued on the next page under its header printed again, without its
        # caption and scale note: the caption and scale of the part before (a note under
        # its rows, 'Bedragen x € 1.000', ends the table, as it ended the part before)
        # (read under the caption of the part before: 'Baten en lasten per taakveld' says
        # its rows are amounts on every page)
        found, state = table_cells(
            Block(block.kind, block.lines, carry.caption), section, document_id=document_id,
            municipality=municipality, context_lines=context_lines, order=carry.order,
        )  # fmt: skip
        if found and state is not None and _same_columns(state.columns, carry.columns):
            return _named_on(_carried_over(found, carry), carry.run, ""), replace(
                state, caption=carry.caption, scale=carry.scale
            )
    grid = read_grid(texts)
    if carry is not None and grid is not None and not grid.header_lines and _names_a_group(block):
        # 'Bestemmingsreserves' above rows without a header: a group of the table above
        block = Block(block.kind, block.lines, "")
    where = {"document_id": document_id, "municipality": municipality}
    partial = None
    continued = False
    if carry is not None and grid is not None and not block.caption and not grid.header_lines:
        continued = True  # the rest of the table above
        if len(grid.columns) == len(carry.columns) + 1 and _codes_first(grid):
            # a column of codes ('Progr.' over '2', '4') whose header stood above, with the
            # table's: a code is no figure of the columns the header names
            grid = replace(
                grid,
                columns=grid.columns[1:],
                rows=tuple(replace(r, cells=r.cells[1:]) for r in grid.rows),
            )
        if len(grid.columns) == len(carry.columns):  # its figures under the same columns
            read = _grid_cells(
                grid, block, section, context_lines=context_lines, carried=carry, **where
            )
            if read is not None and read[0]:
                return _named_on(read[0], carry.run, carry.group), read[1]
    if grid is not None and not continued:
        read = _grid_cells(
            grid, block, section, context_lines=context_lines, opening_group=opening,
            order=order, **where,
        )  # fmt: skip
        if read is not None and read[0]:
            return read
        partial = _grid_cells(
            grid, block, section, context_lines=context_lines, unnamed_first=True, **where
        )
    read = _token_order_cells(block, section, context_lines=context_lines, carry=carry, **where)
    if partial is not None and partial[0] and any(ends_in_figure(c.row) for c in read[0]):
        # by token order, a first column whose header is cut off ends up in the labels
        # ('Bruggen 935.000'); by position the rows read right without that column
        return partial
    return read


def _codes_first(grid: Grid) -> bool:
    """Whether a grid's first column holds codes only ('2', '4', '6.1'), in most rows."""
    first = [r.cells[0] for r in grid.rows if r.cells]
    codes = [c for c in first if c is not None]
    return len(codes) * 2 >= len(first) > 0 and all(CODE_CELL.match(c) for c in codes)


def _with_euro_note(caption: str, header: str) -> str:
    """A caption with the note of whole euros its header prints ('Bedragen in €' over the
    labels): the table says its scale, wherever it says it."""
    if WHOLE_EUROS.search(caption) or not WHOLE_EUROS.search(header):
        return caption
    return f"{caption} (bedragen in €)"


def notes_a_scale(text: str) -> bool:
    """Whether a line says in what the figures of a table are: 'x € 1.000', 'bedragen in €'."""
    return bool(SCALE.search(text) or WHOLE_EUROS.search(text))


# A row that names its own unit: 'Lasten per inwoner (€)', 'Opkomst (%)', 'Formatie (fte)'
ROW_OWN_UNIT = re.compile(r"\(\s*(?:€|%|fte|aantal|in €|in euro['’]?s)\s*\)", re.I)


def _in_whole_euros(own_note: str, context_lines: list[str], rows: Sequence[str]) -> bool:
    """Whether a table's note says its figures are whole euros: its own ('Tabel 6 Balans
    (bedragen in €)'), or, when it has none of another scale, the end of the text right
    above it ('... lasten van de producten. Bedragen in €'); not when its rows name their
    own units ('Lasten per inwoner (€)' among counts: a table of key figures)."""
    if WHOLE_EUROS.search(own_note):
        return True
    above = context_lines[-1] if context_lines else ""
    return (
        not SCALE.search(own_note)
        and bool(WHOLE_EUROS.search(above[-40:]))
        and not any(ROW_OWN_UNIT.search(row) for row in rows)
    )


def _same_columns(part: list[Column], carried: list[Column]) -> bool:
    """Whether a part of a table has the columns of the part before; without the year the
    first part's caption gave them ('Tabel 5 Bijdragen 2027' over the first part only)."""
    return len(part) == len(carried) and all(
        (x.label, x.status) == (y.label, y.status) and x.period in (y.period, "")
        for x, y in zip(part, carried)
    )


def _carried_over(cells: list[TableCell], carry: TableState) -> list[TableCell]:
    """The cells of a continued table in its caption and, for amounts read in euros, its
    scale ('x € 1.000' stood above the part on the page before)."""
    out = []
    years = {col.label: col.period for col in carry.columns}
    for c in cells:
        scaled = c.unit == "EUR" and c.scale == 1 and carry.scale > 1 and c.value is not None
        out.append(
            replace(
                c,
                table=carry.caption,
                period=c.period or years.get(c.column, ""),
                value=c.value * carry.scale if scaled else c.value,  # type: ignore[operator]
                scale=carry.scale if scaled else c.scale,
            )
        )
    return out


CONTINUED = re.compile(r"\bvervolg\b", re.I)
NUMBERED_ROW = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s+\S")  # '4 Bijdrage', '0.61 OZB'
BARE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,3})*[a-z]?[.)]?$")  # '4.2', '6.71a' alone


def _wrapped_labels(
    grid: Grid, groups: dict[int, str], texts: list[str]
) -> dict[int, tuple[int, ...]]:
    """Rows whose label wraps around their figures ('Algemene reserve' above the figures,
    'weerstandsvermogen' below them, in lower case), or starts on the line above ('Totaal
    voorzieningen' above 'voor verplichtingen, verliezen'): for each such row, the other
    lines of its label. A first row without a label right under the header is a card, named
    above its header, not one of these."""
    def label_part(i: int) -> bool:  # a few words in one cell, not a sentence
        if i not in groups:
            return False
        text = texts[i]
        return (
            # (beside it, words under a column of words: 'ouder' under 'Eenheid')
            len(segments(in_label_column(text, grid.words_from))) == 1
            # 'Programma 2 Verkeer, vervoer en openbare' / 'ruimte'; 'Vaste schulden met een
            # looptijd van één jaar of' / 'langer'
            and len(text.split()) <= 12
            and not text.rstrip().endswith((".", ";", ":"))
        )

    found: dict[int, tuple[int, ...]] = {}
    if sum(bool(NUMBERED_ROW.match(r.label)) for r in grid.rows) >= 2:
        # numbered rows ('4 Bijdrage gemeenschappelijke regeling' above 'Oost-Wolderland
        # (begroting 2025 GR)  2 S  -96', or 'gebouwen' below '5 Energiekosten ... -58'):
        # a number starts a label, so a line without one goes with the numbered line
        for row in grid.rows:
            above, below = row.line - 1, row.line + 1
            parts = []
            if (
                above in groups
                and NUMBERED_ROW.match(groups[above])
                and not NUMBERED_ROW.match(row.label)
                and len(segments(texts[above])) <= 2  # the number may stand apart
            ) or (not row.label and label_part(above)):
                # ... and a row without a number nor a label ('Totaal algemene' above its
                # figures) is named by the line above it all the same
                parts.append(above)
            named_above = groups[above] if parts else ""  # ('4.2' over, its name under)
            if label_part(below) and _label_goes_on(named_above, groups[below]):
                parts.append(below)
            if parts:
                found[row.line] = tuple(parts)
        return found
    below_header = max(grid.header_lines, default=-1)
    at = {r.line: r for r in grid.rows}

    def label_end(row: GridRow) -> int:
        last = row.label.split()[-1] if row.label else ""
        return texts[row.line].find(last) + len(last) if last else 0

    widest = max((label_end(r) for r in grid.rows), default=0)

    def goes_on(row: GridRow, below: str) -> bool:
        return bool(_goes_on(below) or OPEN_END.search(row.label))

    def wraps(row: GridRow, below: str) -> bool:
        # the next line's first word would not have fitted beside the label: the label wraps
        # there ('Nieuwbouw integraal kindcentrum (IKC)' above 'Den Ham'); only where labels
        # are long enough to fill their column (short ones, 'Lasten', 'Saldo', say nothing)
        end = label_end(row)
        return (
            widest >= WRAPPED_WIDTH
            and end >= 0.8 * widest
            and end < widest < end + 1 + len(below.split()[0])
        )

    # ... in a table whose every line between its rows is the end of the label above it: in
    # a table with groups, a group's name under a long label may look the same
    between = [
        i for i in groups
        if grid.rows and grid.rows[0].line < i < grid.rows[-1].line and label_part(i)
    ]  # fmt: skip
    wrapping = grid.words_from is None and bool(between) and all(
        i - 1 in at and (goes_on(at[i - 1], groups[i]) or wraps(at[i - 1], groups[i]))
        for i in between
    )
    # where most labels start in lower case ('eerste hond', 'per overnachting'), a label's
    # lower case says nothing: the line above it names a group
    labelled = [r.label for r in grid.rows if r.label]
    mostly_lower = 2 * sum(label[:1].islower() for label in labelled) > len(labelled)
    for k, row in enumerate(grid.rows):
        above, below = row.line - 1, row.line + 1
        under = at.get(below + 1)
        if (
            row.label
            and not row.label[:1].islower()
            and label_part(below)
            and (goes_on(row, groups[below]) or (wrapping and wraps(row, groups[below])))
            # at the labels' margin: words under a text column ('per 1.000' under the
            # Eenheid of the next row) are no part of the label
            and segments(texts[below])[0].start <= LABEL_MARGIN
            and not (under is not None and not under.label)
        ):
            # 'Totaal algemene  63.931 ...' above 'dekkingsmiddelen': the label goes on below
            # (unless the next row, without a label, is named by that line)
            found[row.line] = (below,)
            continue
        if not label_part(above) or (k == 0 and (row.label or above <= below_header)):
            continue  # a line above the first row that has a label of its own names a group
        if row.label:  # 'Totaal voorzieningen' above 'voor verplichtingen, verliezen  1.614'
            # (or above a name, when the line stops mid-phrase: 'Nieuwbouw fusie St. Jan
            # Baptist- en' above 'St. Jozefschool  6.440.000')
            if (row.label[:1].islower() and not mostly_lower) or OPEN_END.search(
                groups[above].rstrip()
            ):
                found[row.line] = (above,)
            continue
        ends_label = label_part(below) and _label_goes_on(groups[above], groups[below])
        found[row.line] = (above, below) if ends_label else (above,)
    return found


@dataclass(frozen=True)
class SpannedNames:
    """Runs of rows whose own labels come back in one order ('Lasten', 'Baten', 'Saldo' for
    each programme): that order, the labels the last run still lacks where the table ends
    (they follow on the next page), and the names merged over runs: per row line its name
    and its own label, and the lines without figures that are parts of names."""

    order: tuple[str, ...] = ()
    to_come: tuple[str, ...] = ()
    names: dict[int, str] = field(default_factory=dict)
    labels: dict[int, str] = field(default_factory=dict)
    lines: frozenset[int] = frozenset()


def _spanned_names(
    grid: Grid, groups: dict[int, str], texts: list[str], order: tuple[str, ...] = ()
) -> SpannedNames:
    """Names merged over runs of rows whose own labels come back in one order ('Lasten',
    'Baten', 'Saldo' for each programme): a word processor or LaTeX prints such a name at
    the middle of its rows, beside one of them ('1. Bestuur  Baten') or between two, and
    wraps a long one around them ('2. Wegen, groen en' above 'Baten', 'water' under it).
    Each run is named by the words of the name column within it; only when two runs or
    more are, as names above their rows head groups as any group line does. The order is
    the one of the table's first rows, or of its part on the page before (`order`)."""
    rows = grid.rows
    parts = {r.line: _label_parts(r, texts[r.line]) for r in rows}
    own = [parts[r.line][-1].text.lower() if parts[r.line] else "" for r in rows]
    if not order:
        # the first row opens the first run ('Saldo' at the top of a page closes a run)
        starts = [k for k, o in enumerate(own) if o and o == own[0]]
        order = tuple(own[starts[0] : starts[1]]) if len(starts) > 1 else ()
    if len(order) < 2 or len(set(order)) < len(order) or not all(o[:1].isalpha() for o in order):
        return SpannedNames()
    runs: list[list[int]] = []
    k = 0
    while k < len(rows):
        if own[k] != order[0]:
            k += 1
            continue
        run, at = [k], 0
        while k + 1 < len(rows) and own[k + 1] in order[at + 1 :]:
            k += 1
            at = order.index(own[k])
            run.append(k)
        runs.append(run)
        k += 1
    in_runs = [parts[rows[k].line] for run in runs for k in run]
    if not runs or sum(len(p) == 1 for p in in_runs) * 3 <= len(in_runs):
        # most rows print a name beside a word that comes back: a column of units ('%',
        # 'aantal') or of periods, not the rows of names merged over several
        return SpannedNames()
    ends_open = runs[-1][-1] == len(rows) - 1
    to_come = order[order.index(own[runs[-1][-1]]) + 1 :] if ends_open else ()
    column = sorted(p[-1].start for p in in_runs)[len(in_runs) // 2]  # the own labels' place
    names: dict[int, str] = {}
    labels: dict[int, str] = {}
    name_lines: set[int] = set()
    for run in runs:
        lines = [rows[k].line for k in run]
        words, used = [], []
        for i in range(lines[0], lines[-1] + 1):
            if i in parts:  # a row: the words left of its own label
                words += [p.text for p in parts[i][:-1] if p.end < column]
            elif i in groups and len(found := segments(texts[i])) == 1 and (
                found[0].start < column - 2 or not _goes_on(found[0].text)
            ):  # a line of the name between two rows (not a label wrapped under its row)
                words.append(found[0].text)
                used.append(i)
        if words:
            for i in lines:
                names[i], labels[i] = " ".join(words).rstrip(":"), parts[i][-1].text
            name_lines.update(used)
    if len(set(names.values())) < 2:
        return SpannedNames(order, to_come)  # named above their rows, if at all
    return SpannedNames(order, to_come, names, labels, frozenset(name_lines))


def _label_parts(row: GridRow, text: str) -> list[Segment]:
    """The parts of a row's label as the line prints them, left to right."""
    label = " ".join(row.label.split())
    found: list[Segment] = []
    for part in segments(text):
        if not label.startswith(" ".join(p.text for p in [*found, part])):
            break
        found.append(part)
    return found


def _named_on(
    cells: list[TableCell], run: tuple[str, tuple[str, ...]], group: str
) -> list[TableCell]:
    """The first rows of a table's next page that go on with the run of rows its page
    before ended in ('Overhead  Lasten' at the foot of a page, 'Baten' and 'Saldo' at the top
    of the next): named by that run's name."""
    name, to_come = run
    going = bool(name)  # until the first row that is no part of the run
    named: dict[int, bool] = {}  # per row line (a row has a cell per column)
    at = 0
    out = []
    for c in cells:
        if c.line not in named:
            going = going and c.group == group and c.row.lower() in to_come[at:]
            if going:
                at = to_come.index(c.row.lower()) + 1
            named[c.line] = going
        out.append(replace(c, group=name) if named[c.line] else c)
    return out


def _label_goes_on(above: str, below: str) -> bool:
    """Whether the line under a row's figures goes on with the label above them: it goes on
    in its words (`_goes_on`), or the line above is a bare number ('4.2' over the figures,
    'Onderwijshuisvesting' under them) that it names, in whatever case it starts."""
    bare = BARE_NUMBER.match(above.strip()) is not None
    return _goes_on(below) or (bare and not NUMBERED_ROW.match(below))


# Labels this many characters wide fill their column: a longer one wraps
WRAPPED_WIDTH = 25
# A label broken off where it cannot end: after a hyphen ('Westerhaar-') or a word that
# leads on ('sportpark De', 'toezicht en')
OPEN_END = re.compile(r"\w-$|\b(?:en|of|van|voor|met|de|het|der|in|op|aan)$", re.I)


def _goes_on(text: str) -> bool:
    """A line that goes on with a label above it: in lower case ('weerstandsvermogen'), in
    brackets ('(openlucht) recreatie'), or closing a bracket opened above ('2025)')."""
    return text[:1].islower() or text[:1] == "(" or text.count(")") > text.count("(")


def _movements_dated(columns: list[Column | None]) -> list[Column | None]:
    """Columns without a year between the balance at the end of one year and at the end of
    the next ('Ultimo 2022  Investeringen  Afschrijvingen  Ultimo 2023'), or at the start and
    the end of one year ('Stand 1-1-2025 ... Stand 31-12-2025'), are that year's movements."""
    years = [(k, int(c.period)) for k, c in enumerate(columns) if c and c.period.isdigit()]
    dated = list(columns)
    for (a, first), (b, second) in zip(years, years[1:]):
        # 'Ultimo 2022 ... Ultimo 2023', or 'Stand 1-1-2025 ... Stand 31-12-2025': two
        # balances of one kind ('Huishoudens 1-1-2024 ... Bijdrage 2025' are none)
        if (
            second in (first, first + 1)
            and _undated(columns[a]) == _undated(columns[b])
            # (a date and a year are no two balances of one kind: 'Leerplichtigen 1-10-2024
            # ... Aandeel ... 2025' under 'Bijdrage')
            and bool(DATE.search(columns[a].label)) == bool(DATE.search(columns[b].label))  # type: ignore[union-attr]
        ):
            for k in range(a + 1, b):
                if dated[k] is not None and not dated[k].period:  # type: ignore[union-attr]
                    dated[k] = replace(dated[k], period=str(second))  # type: ignore[type-var]
    return dated


DATE = re.compile(r"\b\d{1,2}-\d{1,2}-(?:19|20)\d\d\b")


def _undated(column: Column | None) -> str:
    """A column's name without its date or year: 'Stand 1-1-2025' -> 'stand'."""
    label = column.label if column else ""
    return " ".join(re.sub(r"\b(\d{1,2}-\d{1,2}-)?(19|20)\d\d\b", " ", label).lower().split())


def _names_a_group(block: Block) -> bool:
    """A block's caption is a group's name: a few words, not a numbered table caption."""
    return bool(block.caption) and len(block.caption.split()) <= 4 and not TABLE_CAPTION.match(
        block.caption
    )


# a figure on a laid-out line: digits, after two spaces or more
LAID_OUT_FIGURE = re.compile(r"(?<=\s\s)[-€(]?\s?\d[\d.,]*%?-?")
BESIDE_MARGIN = 8  # characters


def _years_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in LABEL_YEAR.finditer(text)]


def _years_span(header: list[str]) -> tuple[int, int] | None:
    """Where the years of a laid-out header stand: from the first to the last, on its last
    line of years."""
    lines = [spans for t in header if (spans := _years_spans(t))]
    return (lines[-1][0][0], lines[-1][-1][1]) if lines else None


def _beside(span: tuple[int, int], figures: list[tuple[int, int]]) -> bool:
    """Figures (or years) that all stand well left or well right of a header's years: a
    table printed beside this one on the same lines."""
    if not figures:
        return False
    first, last = span
    return max(e for _, e in figures) < first - BESIDE_MARGIN or min(
        s for s, _ in figures
    ) > last + BESIDE_MARGIN


def _token_order_cells(
    block: Block,
    section: Section,
    *,
    document_id: str,
    municipality: str,
    context_lines: list[str],
    carry: TableState | None,
) -> tuple[list[TableCell], TableState | None]:
    """A table read by the order of its tokens under a header found in its lines."""
    lines = list(block.lines)
    texts = [ln.text for ln in lines]
    header_at = next((i for i in range(len(lines)) if find_header(texts, i) is not None), None)
    before_header = texts[:header_at] if header_at is not None else texts
    leading_rows = any(is_table_row(t) for t in before_header)
    if carry is not None and not block.caption and leading_rows:
        columns, has_source = carry.columns, carry.has_source
        caption, scale, group, skip = carry.caption, carry.scale, carry.group, 0
        euro = carry.euro
    elif header_at is None:
        return [], None
    else:
        columns, has_source, used = find_header(texts, header_at)  # type: ignore[misc]
        caption = block.caption or " ".join(" ".join(ln.text.split()) for ln in lines[:header_at])
        caption = caption.strip() or section.title
        scale, euro = scale_of(
            " ".join([caption, *texts[header_at : header_at + used]]),
            context_lines,
            texts[header_at + used :],
        )
        group = _header_lead(texts[header_at]) if block.caption or header_at else ""
        skip = header_at + used
        if not any(c.period for c in columns) and len(set(LABEL_YEAR.findall(caption))) == 1:
            # 'Overzicht 4.2 Baten en lasten per taakveld 2022' over 'Lasten Baten Saldo'
            year = LABEL_YEAR.findall(caption)[0]
            columns = [Column(c.label, year, c.status) for c in columns]
    notes = _footnotes(texts)
    header_lines = " ".join(texts[header_at:skip]) if header_at is not None else ""
    caption = _with_euro_note(caption, header_lines)
    own_note = " ".join([caption, *before_header, header_lines])
    table = _Table(
        document_id, municipality, caption, section, scale, euro, header_lines,
        whole_euros=scale == 1 and _in_whole_euros(own_note, context_lines, texts[skip:]),
    )  # fmt: skip
    span = _years_span(texts[header_at or 0 : skip]) if header_at is not None else None

    cells: list[TableCell] = []
    for i, ln in enumerate(lines):
        if i < skip:
            continue
        text = ln.text.strip()
        if not text or re.match(r"^\*+\s", text):
            continue
        if span is not None and _beside(span, [
            (m.start(), m.end()) for m in LAID_OUT_FIGURE.finditer(ln.text)
        ]):
            continue  # figures of a table beside this one ('Wat betaalt u' | 'Meerjarenbeeld')
        again = find_header(texts, i)
        if again is not None and span is not None and _beside(span, _years_spans(ln.text)):
            continue  # the header of the table beside it
        if again is not None:
            # a table that repeats its header per part ("Programma:P2 ... Begroting 2024")
            columns, has_source, used = again
            skip = i + used
            group = _header_lead(text)
            continue
        row = split_row(text, len(columns), has_source)
        if row is None:
            group = text.rstrip(":")
            continue
        label, raw_cells, source = row
        label = re.sub(r"\s*\*+$", "", label).strip()
        closes_group = label.lower().startswith("totaal")
        cells.extend(
            _row_cells(
                _Row(label, columns, raw_cells, source, ln.number, text, group), table, notes
            )
        )
        if closes_group:
            group = ""  # a total closes its block ("Totaal programma lasten")
    return cells, TableState(columns, has_source, caption, scale, group, euro)


@dataclass(frozen=True)
class _Table:
    """What every cell of one table shares."""

    document_id: str
    municipality: str
    caption: str
    section: Section
    scale: int
    euro: bool  # the scale note names euros ('x € 1.000'), so every figure is an amount
    header: str = ""  # the header lines ('Bedragen in €  2025  2026')
    whole_euros: bool = False  # a note says so ('bedragen in €'): its figures are amounts
    # the columns under a head with a scale note of its own ('Partij, per 31-12-2022 (x
    # € 1.000)' beside 'Bijdrage 2022' in a table 'bijdragen in euro's'), by label
    column_scales: dict[str, int] = field(default_factory=dict)

    @property
    def money_context(self) -> str:
        return " ".join(
            [self.caption, self.header, self.section.title, " > ".join(self.section.path)]
        )


@dataclass(frozen=True)
class _Row:
    label: str
    columns: list[Column]
    raw_cells: list[str | None]  # one per column; None where the cell is empty
    source: str
    line: int
    quote: str
    group: str


def trailing_figures(label: str) -> list[str]:
    """The figures a label ends in: ['1.169', '0'] of 'B. Het Rijk 1.169 0'."""
    trail = re.search(r"(?:\s[-€(]*\s?\d[\d.,]*[)-]?)+$", label)
    return [t for t in trail.group(0).split() if t != "€"] if trail else []


def ends_in_figure(label: str) -> bool:
    """A label ending in an amount ('Bruggen 935.000', 'B. Het Rijk 1.169 0'), not in a
    year or a small number that names something ('Gymzaal 12')."""
    numbers = trailing_figures(label)
    if not numbers or (len(numbers) == 1 and re.search(r"\bper\s+\S+$", label, re.I)):
        return False  # 'bijstandsuitkering per 1.000' names a unit, not a figure
    if ROW_UNIT.search(label):
        return False  # nor does its scale: 'Opbrengst (x € 1.000)'
    first = numbers[0].strip("()-")
    digits = re.sub(r"\D", "", first)
    return len(numbers) >= 2 or (
        not YEAR_IN_TEXT.fullmatch(first) and (len(digits) >= 3 or "." in first)
    )


def misread_label(label: str) -> bool:
    """A label holding a run of figures ('Algemene reserve 43.791 0 -1.731 42.060') is a row
    whose cells were not told apart: its figures would land in the wrong columns. Numbers
    among words ('2 21. Banen  Aantal per 1.000 inwoners in de leeftijd 15 – 64') are no run."""
    if re.search(r"\S\s+€\s?\d[\d.,]*\s+[A-Z]", label):
        # 'Bestuur en Dienstverlening €5,25 Algemene uitkering': the cells of two tables side
        # by side read as one row, an amount between two labels
        return True
    tokens = [t for t in label.split() if t not in ("€", "-")]  # '€ 1.234 € 2.345'
    while tokens and re.fullmatch(r"\d{1,3}\.?", tokens[0]):
        tokens.pop(0)  # the row's number ('2 21. Banen'), no figure of it
    named = bool(tokens) and not re.match(r"[-€]*\d", tokens[0])

    def names_a_quantity(k: int) -> bool:
        # in a label of words, 'per 1.000' and a number before a word ('64 jaar') name units
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        return named and ((k > 0 and tokens[k - 1].lower() == "per") or bool(
            re.match(r"[a-zà-ÿ]", after)
        ))

    figures = [
        t
        for k, t in enumerate(tokens)
        if re.fullmatch(r"[-€]*\d[\d.,]*%?[.,;:]?", t)
        and not YEAR_IN_TEXT.fullmatch(t)
        and not names_a_quantity(k)
    ]
    return len(figures) >= 3


def reads_as_prose(label: str) -> bool:
    """A label that is running text, not a row's name: eight words or more that start in
    lower case or go on after a sentence ends or a clause breaks ('gemeenten in regio
    Haaglanden. - Ontwikkelingen ...', 'Beperkte kennisborging: er zijn veel ...'): the
    words beside figures in a table of text cells (verbonden partijen)."""
    words = label.split()
    if re.match(r"^(?:[A-Z]{1,3})?\d{1,2}(?:\.\d{1,2})*[.)]?\s", label):
        # a numbered row of a table ('1 Afvalinzameling: hogere tarieven', 'P2.1 Jeugdzorg:
        # hogere volumes en tarieven', 'A5 Algemene uitkering: ...')
        return False
    return len(words) >= 8 and (
        words[0][:1].islower()
        or label.rstrip().endswith(";")
        or (len(words) >= 12 and re.search(r"(?:[a-zà-ÿ]{5,}|\d{4})\.\s", label[8:]) is not None)
        or re.search(r"[,;:]\s+[a-zà-ÿ]|[a-zà-ÿ]{5,}\.\s+(?:-\s+)?[A-Z]", label) is not None
    )


# A footnote mark glued to a label's last word: 'Aantal inwoners1', 'Inwoners²', 'Jeugd1)'
LABEL_FOOTNOTE = re.compile(rf"(?<=[a-zà-ÿ]{{4}})(?:[1-9]\)?|[{SUPERSCRIPTS[1:]}]+)$")
# ... or in superscript to a word inside it, before the words of a column of text beside it
INNER_FOOTNOTE = re.compile(rf"(?<=[a-zà-ÿ]{{4}})[{SUPERSCRIPTS}]+(?=\s)")
# ... or to anything but a digit ('18-3', '18+2'), when a footnote under the table has it
FOOTNOTE_MARK = re.compile(rf"(?<=[^\s\d])([1-9]|[{SUPERSCRIPTS[1:]}])\)?$|\s([a-h])\)$")


def _row_cells(row: _Row, table: _Table, notes: dict[str, str]) -> list[TableCell]:
    """The cells of one table row, with value, unit, scale and annotation."""
    label, columns, raw_cells = row.label, row.columns, list(row.raw_cells)
    # '6.72 Maatwerkdienstverlening 18-3' over the note '3 Jeugdhulp ...': the mark is no
    # part of the label (one glued to a word is never part of it, note or not)
    marked = ""
    # (also a letter set apart: 'Inhuur derden a)' over the note 'a) Inclusief ...')
    if (mark := FOOTNOTE_MARK.search(label)) and (mark.group(1) or mark.group(2)) in notes:
        marked, label = mark.group(1) or mark.group(2), label[: mark.start()]
    else:
        label = LABEL_FOOTNOTE.sub("", label)
    label = INNER_FOOTNOTE.sub("", label)  # 'Zuiveringsheffing² per vervuilingseenheid'
    if misread_label(label) or reads_as_prose(label):
        return []
    baseline = BASELINE_WORDS.search(table.caption)
    measured = BASELINE_CELL.search(label) if baseline else None
    if baseline and measured:  # the baseline and its year, before the target columns
        label = label[: measured.start()].strip()
        raw_cells = [measured.group("cell"), *raw_cells]
        year = measured.group("year")
        word = baseline.group(0).capitalize()
        columns = [Column(f"{word} ({year})", year, "realisatie"), *columns]
    cells: list[TableCell] = []
    for column, raw in zip(columns, raw_cells):
        if raw is None or column is UNNAMED:
            continue  # an empty cell in a table read by position, or one no header names
        value, annotation, stars, is_percent = _cell_value(normalize_cell(raw))
        period = column.period
        if not period and len(named_years := set(LABEL_YEAR.findall(label))) == 1:
            period = named_years.pop()  # 'Formatie 2025 (fte)' under 'Waarde'
        if column.period and annotation == f"({column.period})":
            annotation = ""  # the year of a baseline, already in its column
        elif not column.period and (own_year := CELL_YEAR.fullmatch(annotation)):
            period, annotation = own_year.group(1), ""  # '44,2% (2022)' under '(jaartal)'
        if stars and stars in notes:
            annotation = (annotation + " " + f"{stars} {notes[stars]}").strip()
        if marked:
            annotation = f"{annotation} voetnoot {marked}: {notes[marked]}".strip()
        what = _undated(column)
        unit = _unit(
            label, f"{row.group} {column.label} {table.money_context}", raw, is_percent, what
        )
        column_scale = table.column_scales.get(column.label, table.scale)
        in_scale = column_scale > 1 or column_scale == UNKNOWN_SCALE or table.whole_euros
        if unit == "count" and in_scale and table.euro and not counted(label, what):
            unit = "EUR"  # 'bedragen x € 1.000' or 'bedragen in €': the table is in euros
        scale = column_scale if unit == "EUR" or (unit == "count" and not table.euro) else 1
        if (own := ROW_UNIT.search(label)) and not is_percent:
            # a unit column of the row's own: 'Gemiddelde WOZ waarde  Duizend euro  731'
            unit = "EUR"
            scale = 1000 if own.group("thousand") else 1_000_000 if own.group("million") else 1
        if own_unit := CELL_UNIT.fullmatch(annotation):
            # a unit the cell prints itself: '€ 0,65 mln' in millions, '51,4 fte' a count
            unit, scale = ("EUR", 1_000_000) if own_unit["million"] else ("count", 1)
            annotation = ""
        if scale == UNKNOWN_SCALE:  # two notes of different scales: printed, never answered
            annotation = f"{annotation} (de tabel noemt twee schalen)".strip()
        elif value is not None:
            value = value * scale
        cells.append(
            TableCell(
                document_id=table.document_id,
                municipality=table.municipality,
                table=table.caption,
                section=" > ".join(table.section.path),
                group=row.group,
                row=label,
                column=column.label,
                period=period,
                status=column.status,
                raw=raw,
                value=value,
                unit=unit,
                scale=scale,
                annotation=annotation,
                source=row.source,
                line=row.line,
                quote=" ".join(row.quote.split()),
            )
        )
    return cells


def card_labels(above: list[str], grid: Grid) -> list[str]:
    """The name of each column of a card: the text above the header that starts at or left
    of the column (two cards side by side each get their own), else the caption's last line."""
    lines = [
        segments(text)
        for text in above[-3:]
        if text.strip() and not re.search(r"[.:;]\s*$", text.strip())  # a sentence names no card
    ]
    if not lines:
        return [""] * len(grid.columns)
    # the cards side by side start where the widest-split line of the name starts its parts
    starts = sorted(p.start for p in max(lines, key=len))

    def card(column_start: int) -> int:
        return max((k for k, s in enumerate(starts) if s <= column_start + 2), default=0)

    texts: dict[int, list[str]] = {}
    for parts in lines:
        for part in parts:
            texts.setdefault(card(part.start), []).append(part.text)
    return [" ".join(texts.get(card(c.start), [])) for c in grid.columns]


def _scale_over_column(grid: Grid, block: Block) -> str:
    """The scale note that heads the one column of a table ('Opbouw   x € 1.000' over the
    amounts), as printed; '' when the header holds none there."""
    column = grid.columns[0]
    for i in grid.header_lines:
        for part in segments(block.lines[i].text):
            if SCALE_NOTE_ONLY.match(part.text) and part.end > column.start - 2:
                return part.text.strip(" ()")
    return ""


def _scoped_scales(
    grid: Grid, named: list[Column], outside: str
) -> tuple[dict[str, int], set[str]] | None:
    """The scale of each column whose own head prints a scale note, when others' do not
    and the note `outside` the header gives another scale ('bijdragen in euro's' over
    'Partij, per 31-12-2022 (x € 1.000)'), or the heads give different scales, with the
    notes as printed; None else (a note centred over some of the columns and none outside
    is the whole table's)."""
    # (a head may say its column is in whole euros: 'Bijdrage 2026 (in euro's)' beside
    # 'Jaarrekening 2024 (x € 1.000)')
    notes = [SCALE.search(c.header) or WHOLE_EUROS.search(c.header) for c in grid.columns]
    if not any(notes):
        return None
    found = [(column, note.group(0)) for column, note in zip(named, notes) if note]
    factors = {table_scale(note)[0] for _, note in found}
    # (heads of different scales give each column its own)
    if len(factors) == 1 and _notes_the_whole(all(notes), factors.pop(), outside):
        return None
    scales = {column.label: table_scale(note)[0] for column, note in found if column is not UNNAMED}
    return scales, {note for _, note in found}


def _notes_the_whole(every_head: bool, factor: int, outside: str) -> bool:
    """Whether the one scale the heads note is the whole table's: every head notes it, or
    the note outside the header gives the same, or there is none outside that says whole
    euros."""
    if every_head:
        return True
    if SCALE.search(outside):
        return table_scale(outside)[0] == factor
    return not WHOLE_EUROS.search(outside)


def _grid_cells(
    grid: Grid,
    block: Block,
    section: Section,
    *,
    document_id: str,
    municipality: str,
    context_lines: list[str],
    unnamed_first: bool = False,
    carried: TableState | None = None,
    opening_group: str = "",
    order: tuple[str, ...] = (),
) -> tuple[list[TableCell], TableState] | None:
    """The cells of a table read by position; None when its headers do not name every column,
    or with `unnamed_first`, every column but the first (whose header was cut off above the
    block: its figures are left out, as no question can name them). A block that goes on
    with the table above has that table's columns, caption and scale (`carried`)."""
    columns = carried.columns if carried else _movements_dated(
        [_unless_codes(grid_column(c.header)) for c in grid.columns]
    )
    # one column headed by its scale only ('x € 1.000'), each row's year in its label
    # ('Loonindexatie 2030' under 'Bijdrage gemeenten begroting 2029'), else the caption's
    scale_only = columns == [None] and bool(note := _scale_over_column(grid, block))
    if scale_only:
        columns = [Column(note, "", "")]
    elif columns == [None] and not grid.header_lines and all(
        len(set(LABEL_YEAR.findall(r.label))) == 1 for r in grid.rows
    ):
        # ... or by nothing at all, a key figure on each line ('Formatie 2026   51,4 fte')
        scale_only, columns = True, [Column("", "", "")]
    rest = columns[1:] if unnamed_first else columns
    if any(c is None for c in rest):
        return None
    # columns of categories, no year or status in any ('Afvalstoffenheffing | Rioolheffing',
    # 'Lasten | Baten | Saldo'): each column is a measure of its own, like a group of rows
    categories = not scale_only and not any(c.period or c.status for c in rest if c)
    if categories and (unnamed_first or not grid.header_lines and not carried):
        return None
    if unnamed_first and len({(c.label, c.period, c.status) for c in rest if c}) < len(rest):
        return None  # two columns of one name: the header was not read apart
    named: list[Column] = [c or UNNAMED for c in columns]
    lines = block.lines
    texts = [ln.text for ln in lines]
    first = grid.header_lines[0] if grid.header_lines else grid.rows[0].line
    if carried:
        first = 0  # group lines above its first row name groups of the table it goes on with
    caption = block.caption or " ".join(" ".join(t.split()) for t in texts[:first])
    if SCALE_NOTE_ONLY.match(caption):
        caption = ""  # a scale note alone above the header ('Bedragen x € 1.000') names nothing
    lead = own_lead = SCALE.sub(" ", grid.lead).strip(" ()-,")
    if not caption.strip() and re.match(r"tabel\b", section.title, re.I):
        lead = ""  # the table's numbered caption stands as the heading right above it
    elif lead and section.title and section.title.lower() != lead.lower():
        # a header word alone ('Taakveld', 'Omschrijving') names no table: several tables of
        # one document print it; with the heading above, each keeps a name of its own
        lead = f"{lead} ({section.title})"
    caption = caption.strip() or lead or section.title
    header = [texts[i] for i in grid.header_lines]
    # the note may stand on a line of its own between the caption and the header
    row_texts = [texts[r.line] for r in grid.rows]
    # ... or right under the rows ('Bedragen x € 1.000. Negatieve bedragen tussen haakjes.')
    under = [t for t in texts[grid.rows[-1].line + 1 :] if NOTE_BELOW.match(t)][:1]
    own_note = " ".join([caption, *texts[:first], *header, *under])
    column_scales: dict[str, int] = {}
    outside = " ".join([caption, *texts[:first], *under])  # the table's own note, if any
    if not carried and (scoped := _scoped_scales(grid, named, outside)):
        # a scale note over some of the columns only, where the caption gives another: the
        # note is theirs, and the caption's holds for the rest
        column_scales, notes = scoped
        for note in notes:
            own_note = own_note.replace(note, " ")
    scale, euro = scale_of(own_note, context_lines, row_texts)
    if caption[:1].islower():  # the end of a sentence above ('de begroting. Bedragen x € 1.000')
        caption = section.title or caption
    # a header left of the columns that names what each row holds ('Saldo per onderdeel'
    # over a row per programme): the rows' measure, as a group line over them would be
    group = own_lead if MEASURE_LEAD.match(own_lead) else opening_group
    if carried:
        caption, scale, euro, group = carried.caption, carried.scale, carried.euro, carried.group
    if not any(c.period for c in rest if c):
        # no column names a year: the one year of the caption (else of the heading above)
        # holds for every column ('Bijlage 1 Totaaloverzicht begroting 2025 per programma')
        years = set(YEAR_IN_TEXT.findall(caption)) or set(YEAR_IN_TEXT.findall(section.title))
        if len(years) == 1:
            year = years.pop()
            named = [Column(c.label, year, c.status) if c is not UNNAMED else c for c in named]
    if categories:
        # the year a caption gives ('Kostendekkendheid heffingen 2025') holds for every column;
        # a column without a figure in any row ('Bron', 'Eenheid') is no measure
        years = set(YEAR_IN_TEXT.findall(caption))
        year = years.pop() if len(years) == 1 else ""
        figured = [
            any(
                k < len(r.cells) and r.cells[k] and _cell_value(normalize_cell(r.cells[k]))[0]
                is not None
                for r in grid.rows
            )
            for k in range(len(named))
        ]
        named = [
            Column(c.label, year, "") if c is not UNNAMED and has else UNNAMED
            for c, has in zip(named, figured)
        ]
    caption = _with_euro_note(caption, " ".join(header))
    table = _Table(
        document_id, municipality, caption, section, scale, euro, " ".join(header),
        whole_euros=scale == 1 and _in_whole_euros(own_note, context_lines, row_texts),
        column_scales=column_scales,
    )  # fmt: skip
    notes = _footnotes(texts)
    rows = {r.line: r for r in grid.rows}
    groups = dict(grid.groups)
    spanned = _spanned_names(grid, groups, texts, carried.order if carried else order)
    wrapped = {
        i: kept
        for i, parts in _wrapped_labels(grid, groups, texts).items()
        if (kept := tuple(k for k in parts if k not in spanned.lines))
    }
    # a column of years ('Periode': 2024, 2022) dates the row's other cells; it is no figure
    period_column = next(
        (k for k, c in enumerate(named) if c is not UNNAMED and _years_only(grid, k)), None
    )
    in_labels = {k for parts in wrapped.values() for k in parts}
    # the whole header printed again inside the table, line for line (over the second half of
    # a table set in halves): no group of rows (a header repeated per part with a name of its
    # own, 'Programma:P2 ...' over 'Baten Lasten Saldo', still names its part)
    header = [" ".join(texts[h].split()) for h in grid.header_lines]
    header_again = {
        i + k
        for i in range(len(texts))
        if header and i not in grid.header_lines
        and [" ".join(t.split()) for t in texts[i : i + len(header)]] == header
        for k in range(len(header))
    }  # fmt: skip
    cells: list[TableCell] = []
    placed: list[_Placed] = []  # each row read: its cells, indent, label and figures
    totals: list[tuple[int, str]] = []  # each total row: the cells up to and with it, its label
    last_name = group  # the name of the last row read
    in_group: list[list[str | None]] = []  # the figures of the rows read in the group so far
    for i, ln in enumerate(lines):
        if i < first or i in in_labels:
            continue
        if i in spanned.lines:
            continue  # a line of a name merged over a run of rows names those rows only
        if i in header_again:
            continue  # the header again: over the second half of a table set in halves
        if i in groups:
            text = groups[i]  # also 'Personeel   2023   2022' inside a table: a part of it
            if is_table_row(text):
                group = ""  # a row not read as one ('vastrecht  196,47  202.8o') names nothing
            elif _goes_on(text.strip()):
                pass  # the end of a label wrapped around its figures names no group ('ruimte')
            elif text and not re.match(r"^\*+\s", text) and not SCALE_NOTE_ONLY.match(text):
                group = text.rstrip(":")
                in_group = []
            continue
        row = rows.get(i)
        if row is None:
            continue
        named_by = last_name = spanned.names.get(i, group)  # merged over a run of rows
        if i in spanned.labels:
            row = replace(row, label=spanned.labels[i])
        if i in wrapped:
            before = [groups[k] for k in wrapped[i] if k < i]
            after = [groups[k] for k in wrapped[i] if k > i]
            # 'Onroerendezaakbelasting niet-' above 'woningen': one word again (a hyphen
            # within a line, 'St. Jan Baptist- en St. Jozefschool', stays as printed)
            label = ""
            for part in (p for p in [*before, row.label, *after] if p):
                joined = not label or re.search(r"\w-$", label)
                label = f"{label}{part}" if joined else f"{label} {part}"
            row = replace(row, label=label)
        if row.units:  # 'Banen per 1.000 inwoners van 15-74 jaar': the unit after the name
            row = replace(row, label=f"{row.label} {row.units}", units="")
        if not row.label and categories:
            continue  # figures without a label under categories: nothing names them
        if not row.label and _adds_up(in_group, list(row.cells)):
            # figures without a label under the rows of a group that they add up to, column
            # by column (a total set in bold under a rule, 'Totaal' left out): its total
            row = replace(row, label=f"Totaal {group[:1].lower()}{group[1:]}".strip())
        if not row.label and any(r.label for r in grid.rows if r.line < row.line):
            continue  # below labelled rows: a row whose label was not read, not a card
        if not row.label:
            # figures under their years without a label: a 'kerncijfers' card, named by the
            # text above its header, one name per group of columns
            named_above = texts[:first] + [
                texts[h] for h in grid.header_lines if not YEAR_IN_TEXT.search(texts[h])
            ]  # the name may stand right above the years, laid out over the cards
            names = card_labels(named_above, grid)
            for name in dict.fromkeys(n for n in names if n):
                raw = [c if n == name else None for c, n in zip(row.cells, names)]
                card = _Row(name, named, raw, "", ln.number, ln.text, named_by)
                cells.extend(_row_cells(card, table, notes))
            continue
        label = re.sub(r"\s*\*+$", "", row.label).strip()
        own = named
        if period_column is not None:
            year = row.cells[period_column] if period_column < len(row.cells) else None
            own = [
                UNNAMED if k == period_column or c is UNNAMED
                else Column(c.label, year or c.period, c.status)
                for k, c in enumerate(named)
            ]  # fmt: skip
        if scale_only and len(label_years := set(YEAR_IN_TEXT.findall(label))) == 1:
            own = [Column(c.label, label_years.pop(), c.status) for c in own]
        if categories:
            for column, raw in zip(own, row.cells):
                if column is not UNNAMED:
                    within = f"{named_by} {column.label}".strip() if named_by else column.label
                    one = _Row(label, [column], [raw], "", ln.number, ln.text, within)
                    cells.extend(_row_cells(one, table, notes))
        else:
            start = len(cells)
            cells.extend(
                _row_cells(_Row(label, own, list(row.cells), "", ln.number, ln.text, named_by),
                           table, notes)
            )  # fmt: skip
            indent = len(ln.text) - len(ln.text.lstrip())
            placed.append(_Placed(start, len(cells), indent, label, list(row.cells)))
        in_group.append(list(row.cells))
        if label.lower().startswith("totaal"):
            totals.append((len(cells), label))
            group = ""
            in_group = []
    run = (last_name, spanned.to_come) if spanned.to_come else ("", ())
    state = TableState(named, False, caption, scale, group, euro, spanned.order, run)
    return _named_by_totals(_named_by_heads(cells, placed), totals), state


class _Placed(NamedTuple):
    """A row read: where its cells start and end in the table's, how far it is set in, its
    label and its printed figures."""

    start: int
    end: int
    indent: int
    label: str
    figures: list[str | None]


def _named_by_heads(cells: list[TableCell], placed: list[_Placed]) -> list[TableCell]:
    """Rows set in under a row whose figures they add up to ('Lasten   58.145.668' over
    '    Sociale zaken   20.412.338', ...): a hierarchy shown by indentation only, the row
    above them names their group ('Lasten' and 'Baten' each over the same programmes)."""
    out = list(cells)
    for k, head in enumerate(placed):
        run = []
        for row in placed[k + 1 :]:
            if row.indent <= head.indent:
                break
            run.append(row)
        if len(run) < 2 or any(row.indent != run[0].indent for row in run):
            continue
        figures = [[None if f and EMPTY_CELL.match(f) else f for f in r.figures] for r in run]
        if not _adds_up(figures, head.figures):
            continue
        own = cells[head.start].group if head.end > head.start else ""
        for row in run:
            out[row.start : row.end] = [
                replace(c, group=head.label) if c.group == own else c
                for c in out[row.start : row.end]
            ]
    return out


def _adds_up(parts: list[list[str | None]], whole: list[str | None]) -> bool:
    """Whether a row's figures are, in every column where it prints one (two at least), the
    sum of the figures of two rows or more above it."""
    if len(parts) < 2:
        return False
    printed = [k for k, raw in enumerate(whole) if raw]
    if len(printed) < 2:
        return False
    for k in printed:
        total = _cell_value(normalize_cell(str(whole[k])))[0]
        values = [
            _cell_value(normalize_cell(raw))[0] if (raw := row[k] if k < len(row) else None)
            else Decimal(0)
            for row in parts
        ]
        if total is None or None in values or sum(v for v in values if v is not None) != total:
            return False
    return True


def _named_by_totals(cells: list[TableCell], totals: list[tuple[int, str]]) -> list[TableCell]:
    """Rows without a group line over them whose labels come back in the next part of the
    table ('7.2 Riolering' above 'Totaal lasten' and again above 'Totaal baten'): each part
    is named by the total under it. `totals` holds, for each total row, the number of cells
    up to and with it, and its label."""
    ends = [end for end, _ in totals]
    parts = [bisect_right(ends, k) for k in range(len(cells))]  # the part each cell is in
    seen: dict[tuple[str, str], set[int]] = {}
    for c, part in zip(cells, parts):
        seen.setdefault((c.row, c.group), set()).add(part)
    if not any(len(p) > 1 for p in seen.values()):
        return cells
    out = []
    for c, part in zip(cells, parts):
        closing = totals[part][1] if part < len(totals) else ""
        name = re.sub(r"^totaal\s*", "", closing, flags=re.I).strip(" :")
        if name and not c.group and not c.row.lower().startswith("totaal"):
            c = replace(c, group=name[:1].upper() + name[1:])
        out.append(c)
    return out


def _years_only(grid: Grid, k: int) -> bool:
    """A column whose every cell is a year, in two rows or more."""
    printed = [r.cells[k] for r in grid.rows if k < len(r.cells) and r.cells[k]]
    return len(printed) >= 2 and all(YEAR.match(v) for v in printed)


# A line of a list of key figures: 'Inwoners op 31 december 2025: 31.846', 'Rekeningresultaat:
# € 1.274.683 positief'. It is a line of its own, not wrapped text.
KEY_FIGURE = re.compile(r"^[A-Z][^:.]{2,70}:\s*(?:€\s*)?-?\d[\d.,]*\b(?:\s+\S+){0,6}$")


def unwrap(lines: tuple[Line, ...]) -> list[Line]:
    """Paragraph lines joined where the text wraps (PDF); a list item or a finished
    sentence starts a new line. Each joined line keeps the number of its first line."""
    out: list[Line] = []
    for ln in lines:
        text = ln.text.strip()
        starts_item = re.match(r"^(•|-\s|\d{1,2}[.)]\s)", text) or KEY_FIGURE.match(text)
        if (
            out
            and not starts_item
            # (a key figure's line stands alone, unless the next goes on in lower case:
            # 'een tekort zien: € 35.900 in 2029, € 41.000 in 2030' / 'en € 58.700 in 2031.')
            and not (KEY_FIGURE.match(out[-1].text) and not text[:1].islower())
            # (a line that ends in a colon goes on with the amount it announces: 'De loon-
            # en prijsontwikkeling is de grootste post:' / '€ 1.034.000. Daarin ...')
            and (
                not re.search(r"[.:;!?]$", out[-1].text)
                or (out[-1].text.endswith(":") and re.match(r"€\s?-?\d", text) is not None)
            )
        ):
            out[-1] = Line(out[-1].number, f"{out[-1].text} {text}")
        else:
            out.append(Line(ln.number, text))
    return out


_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
MEASURE_UNITS = r"kilometers?|km|meters?|hectares?|ha|kilo(?:gram)?|kg|ton|liters?|m3"
# Numbers in sentences: amounts (with a word for millions or thousands), percentages, and
# counts of something named right after the number ('5.500 aanvragen', '60.000 auto's').
_GRADE_WORDS = r"\w*cijfer|score|waardering|beoordeling"
PROSE_NUMBER = re.compile(
    rf"(?P<eneg>-\s?)?€\s?(?P<enum>-?(?:{_NUM}))(?:\s?(?P<emult>mln|miljoen|miljard|mld|mrd|k)\b)?"
    rf"|(?<![\w.,])(?P<wnum>{_NUM})\s?(?P<wmult>miljoen|miljard|mln)\s+euro\b"
    rf"|(?<![\w.,])(?P<pnum>{_NUM})\s?(?:%|procent\b)"
    # (also in millions: '1,8 miljoen scans')
    # the count a count moves from, in a year ('daalde van 9.316 in 2023 naar 7.842 in 2024'):
    # the noun it counts is said before it
    rf"|(?<=\bvan )(?P<onum>\d{{1,3}}(?:\.\d{{3}})+|\d{{2,}})"
    rf"(?=\s+in\s+{YEAR_DIGITS}\s+(?:naar|tot)\s+\d)"
    rf"|(?<![\w.,€/-])(?P<cnum>\d{{1,3}}(?:\.\d{{3}})+|\d{{2,}}|\d+(?:,\d+)?(?=\s?(?:miljoen|miljard)\b))"
    rf"(?:\s?(?P<cmult>miljoen|miljard))?\s+(?P<noun>(?-i:[a-zà-ÿ][a-zà-ÿ'’-]{{2,}}))"
    # the count a count moves to, its noun said before ('het aantal uitkeringen daalt van
    # 1.275 naar 1.240')
    rf"|(?:(?<=\bnaar )|(?<=\btot ))(?P<tnum>\d{{1,3}}(?:\.\d{{3}})+|\d{{2,}})"
    rf"(?![\d.,]?\d|\s?(?:%|procent|mln|miljoen|miljard|euro|fte)\b)"
    # staff in full-time jobs, also in parts of one ('226,4 fte', 'met 2,0 fte')
    rf"|(?<![\w.,€/-])(?P<fnum>{_NUM})\s?fte\b"
    # a measured quantity, also in parts of its unit ('4,2 kilometer dijk', '12,5 hectare',
    # '1.850 km dijk')
    rf"|(?<![\w.,€/-])(?P<mnum>{_NUM})\s?(?P<munit>{MEASURE_UNITS})\b"
    # a grade after the word that names it: 'een tevredenheidscijfer van 8,3'
    rf"|\b(?P<gcue>{_GRADE_WORDS})\b[^.\d€%]{{0,60}}?"
    rf"(?<![\w.,])(?P<gnum>\d{{1,2}},\d{{1,2}})(?![\d.,]?\d|\s?(?:%|procent|mln|miljoen|miljard|euro))"
    # a ratio said to be a value ('De ratio ... is 2,04', '... = 2,04', 'komt uit op 2,21'); a
    # norm it is compared with ('groter dan 2,0') is no value of its own
    # (also the end of its sum, '€ 13.727.000 / € 5.660.000 = 2,43', or 'de ratio nog 2,71')
    # ... or 'een weerstandsratio van 1,41' (not the range of a norm: 'van 1,0 tot 1,4')
    rf"|\b(?P<rcue>\w*ratio)\b(?:[^.€%]{{0,80}}?(?:\bis\b|\bbedraagt\b|\bop\b|\bnog\b|=)"
    rf"|\s+van(?=\s+\d{{1,2}},\d{{1,2}}(?!\d)(?!\s*(?:tot|-|–|à|en)\s*\d))"
    rf"|(?:[^.%]|\.(?=\d)){{0,200}}?=)"
    # (an adverb between: 'De ratio weerstandsvermogen is daarmee 16,1')
    rf"(?:\s+(?:daarmee|hiermee|dus|dan|nu|afgerond|ruim|bijna|ongeveer|circa))?\s*"
    rf"(?<![\w.,])(?P<rnum>\d{{1,2}},\d{{1,2}})(?![\d.,]?\d|\s?(?:%|procent|mln|miljoen|miljard|euro))"
    # the figure of a key-figure line ('Inwoners op 31 december 2025: 31.846'): a count
    rf"|(?<=^)(?P<kcue>[A-Z][^:.]{{2,70}}):\s*(?P<knum>\d{{1,3}}(?:\.\d{{3}})+|\d{{2,}})(?=\s*(?:\(|;|$))"
    # ... and the one in brackets beside it ('(1 januari 2025: 31.512)')
    rf"|(?<=\()(?P<bcue>[^():]{{3,40}}):\s*(?P<bnum>\d{{1,3}}(?:\.\d{{3}})+|\d{{2,}})(?=\))"
    # a part of a count before it, its noun left out ('212 woningen, waarvan 74 in de huur')
    rf"|(?<=waarvan )(?P<vnum>\d{{1,3}}(?:\.\d{{3}})+|\d+)"
    rf"(?![\d.,]|\s?(?:%|procent|mln|miljoen|miljard|euro|fte)\b)",
    re.IGNORECASE,
)
GRADED = re.compile(rf"{_GRADE_WORDS}|ratio\b", re.I)  # a grade or a ratio may be stated
# The words that date an amount in a sentence ('€ 86.000 in 2025', '2.418 eind 2023')
YEAR_WORDS = ("in", "voor", "vanaf", "per", "over", "eind", "einde", "ultimo", "begin", "medio")
PROSE_YEAR = re.compile(
    rf"\s*(?:{'|'.join(YEAR_WORDS)})\s+(?:het jaar\s+)?((?:19|20)\d\d)\b",
    re.I,
)
MULTIPLIERS = {
    "mln": 1_000_000, "miljoen": 1_000_000, "miljard": 10**9, "mld": 10**9, "mrd": 10**9, "k": 1000
}  # fmt: skip
# Not counts: a year, a date, a unit or a reference ('2024 jaar', '12 maanden', 'artikel 12')
NOT_COUNTED = re.compile(
    r"^(euro|procent|jaar|jaren|maand|maanden|week|weken|uur|januari|februari|maart|april|mei|"
    r"juni|juli|augustus|september|oktober|november|december|en|of|tot|t/m|x)$",
    re.IGNORECASE,
)
# The count a count moves from, right before the one it moves to ('van 1.275 naar '), each
# perhaps with its day ('van 412 op 1 januari naar 386 op 31 december')
_ON_DAY = r"(?:op|per|in|eind|begin|ultimo|medio)\s+(?:\d{1,2}\s+[a-z]+\s+)?(?:(?:19|20)\d\d\s+)?"
MOVES = re.compile(
    rf"\bvan\s+(\d{{1,3}}(?:\.\d{{3}})+|\d{{2,}})\s+(?:{_ON_DAY})?(?:naar|tot)\s+$", re.IGNORECASE
)
REFERENCE = re.compile(
    r"\b(artikel|art\.|paragraaf|hoofdstuk|tabel|pagina|blz\.|programma|bijlage|taakveld|nr\.|"
    r"nummer)\s*$", re.IGNORECASE
)


def _prose_value(m: re.Match[str]) -> tuple[Decimal, str] | None:
    """The value and unit of a number found in a sentence; None for one that is no figure."""
    if m.group("enum") is not None:
        value = parse_number(m.group("enum"))
        if value is None:
            return None
        if m.group("eneg"):
            value = -abs(value)
        return value * MULTIPLIERS.get((m.group("emult") or "").lower(), 1), "EUR"
    if m.group("wnum") is not None:
        value = parse_number(m.group("wnum"))
        return (value * MULTIPLIERS[m.group("wmult").lower()], "EUR") if value is not None else None
    if m.group("pnum") is not None:
        value = parse_number(m.group("pnum"))
        return (value, "percent") if value is not None else None
    if m.group("gnum") is not None:
        value = parse_number(m.group("gnum"))
        return (value, "grade") if value is not None else None
    if m.group("rnum") is not None:
        value = parse_number(m.group("rnum"))
        return (value, "ratio") if value is not None else None
    if m.group("mnum") is not None:
        value = parse_number(m.group("mnum"))
        return (value, "count") if value is not None else None
    if m.group("fnum") is not None:
        value = parse_number(m.group("fnum"))
        return (value, "count") if value is not None else None
    if m.group("tnum") is not None:
        moved = MOVES.search(m.string[: m.start()])
        if not moved or YEAR.match(moved.group(1)) or YEAR.match(m.group("tnum")):
            return None  # 'tot 2030', 'van 2020 tot 2024': years
        value = parse_number(m.group("tnum"))
        return (value, "count") if value is not None else None
    # a count whose noun is said elsewhere: the one a count moves from, a part after 'waarvan'
    if (bare := m.group("onum") or m.group("vnum")) is not None:
        value = parse_number(bare)
        return (value, "count") if value is not None and not YEAR.match(bare) else None
    key = m.group("knum") or m.group("bnum")
    if key is not None and (m.group("knum") is None or not YEAR.match(key)):
        value = parse_number(key)
        return (value, "count") if value is not None else None
    if key is not None:
        return None
    number, noun = m.group("cnum"), m.group("noun")
    if YEAR.match(number) or NOT_COUNTED.match(noun) or REFERENCE.search(m.string[: m.start()]):
        return None
    value = parse_number(number)
    if value is None:
        return None
    return value * MULTIPLIERS.get((m.group("cmult") or "").lower(), 1), "count"


# An earlier year's figure in brackets beside the figure of the sentence: '(2028: 7,3)'
DATED_ASIDE = re.compile(r"\(\s*(?:19|20)\d\d\s*:\s*[^()]{1,20}\)")


def numbers_in(sentence: str) -> list[tuple[Decimal, str]]:
    """The figures a sentence states, with their units, as `prose_amounts` reads them."""
    return [read for _, read in _sentence_numbers(sentence)]


def figure_spans(sentence: str) -> list[tuple[int, int, str]]:
    """Where the figures a sentence states stand in it: start, end and the printed text."""
    return [(m.start(), m.end(), m.group(0).strip()) for m, _ in _sentence_numbers(sentence)]


def _sentence_numbers(sentence: str) -> list[tuple[re.Match[str], tuple[Decimal, str]]]:
    found = [
        (m, read)
        for m in PROSE_NUMBER.finditer(sentence)
        if not re.search(r"\bx\s*$", sentence[: m.start()])  # 'x € 1.000'
        and (read := _prose_value(m)) is not None
        # 'de score steeg van 6,9 naar 7,2': which grade is which is not said (a year's own
        # in brackets says it: 'een rapportcijfer 7,6 (2028: 7,3)')
        and not (m.group("gnum") and len(re.findall(r"\d,\d", DATED_ASIDE.sub("", sentence))) > 1)
    ]
    # a number after 'waarvan' without a noun counts what the count right before it counts
    return [
        (m, read)
        for k, (m, read) in enumerate(found)
        if m.group("vnum") is None
        or (
            k > 0
            and found[k - 1][1][1] == "count"
            and not re.search(r"\d", sentence[found[k - 1][0].end() : m.start()])
        )
    ]


# The words after a number in a list in brackets, up to the next item ('25% prijs)')
BRACKET_ITEM = re.compile(r"\s*([^\d()/;,€%]+?)\s*(?=\s(?:en|of)\s|[)/;,]|$)")
PROSE_CONTEXT = 2  # sentences before an amount's own that describe it too
# A few words in the margin, then running text of eight words or more with single spaces
SIDE_HEADING = re.compile(r"^(\S+(?: \S+){0,3})\s{3,}(\S+(?: \S+){7,})$")


# One amount in euros, as a cell beside its label ('€   50.060.000', '€ 2.873.600')
LONE_AMOUNT = re.compile(r"^€\s*-?\s*\d{1,3}(?:\.\d{3})+(?:,\d{2})?$")
LONE_COUNT = re.compile(r"^\d{1,3}(?:\.\d{3})+$|^\d{2,3}$")
# dots that lead a label to its figure ('. . . . .', '.......')
LEADERS = re.compile(r"(?:\.\s?){4,}")
# an entry of a table of contents: a chapter's number before its name ('3.2 Reserves')
CHAPTER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]")


def _labelled_amounts(lines: tuple[Line, ...]) -> list[Line]:
    """Lines laid out as a label beside one amount ('Beschikbare weerstandscapaciteit   €
    50.060.000' in a formula), as a sentence that says what the amount is; and a list of
    key figures laid out so ('Aantal inwoners per 1 januari 2027   41.236', 'Aantal
    woningen   17.642'), each as the key-figure line 'label: number' it means. Dotted leaders
    between label and figure ('Aantal kernen . . . . . . 16') say as much."""
    found, counts = [], []
    led: list[tuple[Line, int]] = []  # (with the figure, to tell a table of contents by)
    for ln in lines:
        parts = [g.text for g in segments(ln.text.strip())]
        leaders = any(LEADERS.search(p) for p in parts)
        parts = [kept for p in parts if (kept := LEADERS.sub("", p).strip())]
        amount = " ".join(parts[1:])
        if len(parts) < 2 or not re.search(r"[a-z]{3}", parts[0]):
            continue
        if LONE_AMOUNT.match(amount):
            found.append(Line(ln.number, f"{parts[0]} {amount}"))
        elif LONE_COUNT.match(amount) and ":" not in parts[0]:
            line = Line(ln.number, f"{parts[0]}: {amount}")
            if leaders:
                led.append((line, int(amount.replace(".", ""))))
            else:
                counts.append(line)
    # a list, in a block that speaks of no money: a single line beside a number, or lines
    # of a table whose scale or labels say euros ('Totale kosten   2.876.000'), are no key
    # figures
    money = any(SCALE.search(ln.text) or MONEY_WORDS.search(ln.text) for ln in lines)
    # ... while a line led to its figure is one, unless it is about money itself, in a block
    # with a scale, or an entry of a table of contents ('3 Inclusieve samenleving . . . 6',
    # pages counting up)
    pages = [page for _, page in led]
    contents = len(led) >= 2 and pages == sorted(pages) and max(pages) < 1000
    scaled = any(SCALE.search(ln.text) for ln in lines)
    kept = [
        ln for ln, _ in led
        if not (contents or scaled or MONEY_WORDS.search(ln.text) or CHAPTER.match(ln.text))
    ]  # fmt: skip
    return found + (counts if len(counts) >= 2 and not money else []) + kept


# One key figure of a tile: an amount, a count or a percentage alone, with its unit
TILE_VALUE = re.compile(
    rf"^(?:€\s?-?\d[\d.]*(?:,\d+)?(?:\s?(?:{'|'.join(MULTIPLIERS)}))?|"
    r"-?\d[\d.]*(?:,\d+)?(?:\s?(?:%|fte|procent))?)$",
    re.IGNORECASE,
)


def _tiles(lines: tuple[Line, ...]) -> list[Line]:
    """Key figures laid out as tiles side by side, each figure with its name under it ('€
    21,6 mln' over 'Totale lasten 2026', '164 fte' over 'Formatie 2026') or around it: each
    as the key-figure line 'name: figure' it means. A name's words (the line above, up to
    three lines below) go with the figure whose middle is nearest to theirs. Figures with
    names above them only, or under a line of years, are a table's row (a chart's data)."""

    def name_parts(ln: Line) -> list[Segment] | None:
        parts = segments(ln.text)
        named = parts and all(
            not numbers_in(LABEL_YEAR.sub(" ", p.text))
            and (re.search(r"[^\W\d_]{3}", p.text) or LABEL_YEAR.fullmatch(p.text))
            for p in parts
        )
        return parts if named else None

    found: list[Line] = []
    for i, ln in enumerate(lines):
        values = segments(ln.text)
        if len(values) < 3 or not all(
            TILE_VALUE.match(v.text) and not YEAR.fullmatch(v.text) for v in values
        ):
            continue
        above = name_parts(lines[i - 1]) if i else None
        if above and all(LABEL_YEAR.fullmatch(p.text) for p in above):
            continue  # under a header of years: a row of a table
        around = [above or []]
        for below in lines[i + 1 : i + 4]:
            parts = name_parts(below)
            if parts is None:
                break  # the names end where a line of figures (or none) starts
            around.append(parts)
        if len(around) == 1 and not any(v.text.startswith("€") or " " in v.text for v in values):
            continue  # names above plain numbers only: a table's header and its row
        middles = [(v.start + v.end) / 2 for v in values]
        reach = 0.6 * min(b - a for a, b in zip(middles, middles[1:]))
        names: dict[int, list[str]] = {}
        for parts in around:
            for part in parts:
                middle = (part.start + part.end) / 2
                k = min(range(len(values)), key=lambda j: abs(middles[j] - middle))
                if abs(middles[k] - middle) <= reach:  # (not a heading's word in the margin)
                    names.setdefault(k, []).append(part.text)
        named = [" ".join(names.get(k, [])) for k in range(len(values))]
        if not all(re.search(r"[^\W\d_]{3}", name) for name in named):
            continue  # not every figure named: no tiles
        found += [Line(ln.number, f"{name}: {v.text}") for name, v in zip(named, values)]
    return found


# Where the words between two numbers of a sentence change owner: a comma, or a word that
# starts a clause or a second item ('€ 86.000 in 2025 en € 91.000 vanaf 2026')
AMOUNTS_APART = re.compile(r"[,;:]|\s(?:en|of|maar|terwijl|waarvan|waarna|waarmee)\s", re.I)


# The words before the number a count or amount moves to ('... daalde van 633 eind 2023 naar')
MOVES_TO = re.compile(r"\b(?:naar|tot)\s*$", re.I)


# Words before a count that name a subject and end in the preposition the count follows
# ('De vergoeding van het COA voor de opvanglocatie voor')
COUNT_SAID_OF = re.compile(
    r"[^\W\d_]{3,}\W+(?:\S+\W+)*?(?:voor|van|aan|met|bij|op|over|naar|tot)\s+"
    r"(?:de\s+|het\s+|een\s+)?$",
    re.I,
)


def _own_words(sentence: str, found: list[re.Match[str]]) -> list[str]:
    """The words that describe each number of a sentence. Words between two numbers without
    a break lead to the second ('Na de onttrekking van € 400.000 resteert in de reserve
    € 850.000': what remains is the second), except a year that dates the first. Across a
    break both numbers keep them ('23 daarvan verbeurd verklaard, voor in totaal € 186.500'),
    unless nothing but a break stands before the second: it shares the words that lead the
    first ('X is € 86.000 in 2025 en € 91.000 vanaf 2026'), and after 'waarvan' the words
    that name the first too ('212 woningen opgeleverd, waarvan 74 in de sociale huur').
    After a count, the words up to the next number say what it counts, and lead to that
    number too ('aan 1.148 huishoudens met een laag inkomen de energietoeslag van € 1.300')."""
    starts, ends, shares, carried = [0], [], [False], [""]
    for a, b in zip(found, found[1:]):
        middle = sentence[a.end() : b.start()]
        breaks = list(AMOUNTS_APART.finditer(middle))
        if not breaks and (aside := re.search(r"\s*\(\s*$", middle)):
            # a number in brackets after the words that follow the first ('is met € 72.650
            # overschreden (5,9%)'): those words are the first's, and the second's as well
            ends.append(a.end() + aside.start())
            starts.append(starts[-1])
            shares.append(False)
            carried.append("")
            continue
        if (
            not breaks and a.group("cnum") and not b.group("tnum")
            # (not a year that dates the count, nor the count it moves to: 'van 633 eind
            # 2023 naar 598')
            and not PROSE_YEAR.match(middle) and not MOVES_TO.search(middle)
        ):
            # the words after a count say what it counts ('aan 1.148 huishoudens met een
            # laag inkomen de energietoeslag van € 1.300'): the count's, and the next's,
            # with the subject the count is said of ('De vergoeding voor de opvang van 900
            # vluchtelingen is vastgesteld op € 410.000': the vergoeding is the amount; not
            # 'Van de 4.847 uitrukken', which names no subject before the count)
            ends.append(b.start())
            said_of = COUNT_SAID_OF.search(sentence[starts[-1] : a.start()])
            starts.append(starts[-1] if said_of else a.end())
            shares.append(False)
            carried.append("")
            continue
        if not breaks:
            year = PROSE_YEAR.match(middle)
            ends.append(a.end() + (year.end() if year else 0))
            # a measured quantity describes what the next number is about ('Een auto van
            # 1.200 kg betaalt € 318'): that number keeps the words before it too, as does
            # the count a count moves to ('het aantal daalt van 1.275 naar 1.240')
            starts.append(starts[-1] if a.group("mnum") or b.group("tnum") else ends[-1])
            shares.append(False)
            carried.append("")
            continue
        semicolon = middle.find(";")
        if semicolon >= 0 and re.search(r"[^\W\d_]{4,}", middle[semicolon:]):
            # a clause of its own ('Totale lasten: € 95,3 mln; totale baten: € 94,3 mln'):
            # the words after the semicolon are the second number's alone
            ends.append(a.end() + semicolon)
            starts.append(a.end() + semicolon + 1)
            shares.append(False)
            carried.append("")
            continue
        after = middle[breaks[-1].end() :]
        named = bool(re.search(r"[^\W\d_]{4,}", after))
        part = not named and breaks[-1].group(0).strip().lower() == "waarvan"
        ends.append(a.end() + breaks[-1].start() if part else b.start())
        starts.append(a.end() if named else a.end() + breaks[-1].end())
        shares.append(not named)
        # (the words after the first number, with the noun it counts)
        whole = f"{a.group('noun') or ''} {middle[: breaks[-1].start()]}"
        whole = " ".join(whole.split()).strip(" ,")
        said = ", ".join(filter(None, [whole, breaks[-1].group(0).strip()]))
        carried.append(said if part else "")
    ends.append(len(sentence))
    words, lead = [], ""
    for k, m in enumerate(found):
        before = sentence[starts[k] : m.start()]
        if shares[k]:
            # the words that lead the number before it, and those that name it after it
            before = f"{lead} {carried[k]} {before}"
        else:
            lead = before
        own = f"{before} {sentence[m.start() : ends[k]]}"
        words.append(" ".join(own.split()).strip(" ,;:"))
    return words


def _of_another_body(m: re.Match[str], municipality: str) -> bool:
    """A ratio said of a body by name ('De ratio weerstandsvermogen van de Gr KDB bedraagt
    1,89') that is not the document's own: that body's figure, not one to answer with."""
    if m.group("rnum") is None:
        return False
    said = m.string[m.start() : m.start("rnum")]
    named = re.search(r"\bvan\s+(?:de\s+|het\s+)?([A-Z][\w-]*)", said)
    return bool(named) and named.group(1).lower() not in municipality.lower()


def prose_amounts(
    block: Block,
    section: Section,
    *,
    document_id: str,
    municipality: str,
    tiles: list[Line] | None = None,
) -> list[TableCell]:
    """Numbers in sentences (amounts, percentages, counts), each with the words around it as
    its label and the sentence as its quote; `tiles`, the block's key-figure tiles when the
    caller has read them already."""
    cells: list[TableCell] = []
    told: list[str] = []  # the paragraph's sentences so far: what 'hiervoor', 'deze' refer to
    if tiles is None:
        tiles = _tiles(block.lines)
    for ln in [*unwrap(block.lines), *_labelled_amounts(block.lines), *tiles]:
        text = ln.text.strip()
        side = SIDE_HEADING.match(text)
        if side:
            # 'Medewerkersonderzoek      Een organisatiebreed ...': a heading in the margin
            # beside running text; it names what the text is about
            told.append(side.group(1))
            text = side.group(2)
        elif "   " in text:
            continue  # cells laid out by position: a table not read as one, not a sentence
        for sentence in sentences(text):
            context = " ".join(told[-PROSE_CONTEXT:])
            told.append(sentence)
            if listed := _listed_figures(
                sentence, document_id=document_id, municipality=municipality,
                section=" > ".join(section.path), line=ln.number,
            ):  # fmt: skip
                cells.extend(listed)
                continue
            found = [
                (m, read) for m, read in _sentence_numbers(sentence)
                if not _of_another_body(m, municipality)
            ]  # fmt: skip
            own_words = _own_words(sentence, [m for m, _ in found])
            for k, (m, (value, unit)) in enumerate(found):
                # The label: a lead-in such as "Cultuur (€ 45.500):" names the amount; otherwise
                # the clause between the neighbouring numbers describes it.
                lead = re.match(r"^\s*(.{2,80}?)\s*\(\s*$", sentence[: m.start()])
                label = lead.group(1) if lead else own_words[k]
                # the words after a number in a list in brackets ('(75% loon en 25% prijs)')
                item = BRACKET_ITEM.match(sentence[m.end() :])
                item_words = item.group(1).strip() if item else ""
                if lead and item_words:
                    label = f"{label} ({item_words})"  # '(75% loon en ...'
                before = sentence[: m.start()]
                if not lead and before.count("(") > before.count(")"):
                    # "X (hogere baten € 1 / hogere lasten € 2)" and "X (hogere lasten € 1 in
                    # 2024 en € 2 vanaf 2025)": X with the words that name this amount
                    head, inner = before.rsplit("(", 1)
                    inner = re.split(r"[/;,]", inner)[-1].split("€")[0].strip()
                    if inner[:1].isdigit():
                        # '(75% loon en 25% prijs)': the item before is another number's;
                        # the words after each number name it
                        inner = item_words
                    label = f"{head.strip()} ({inner})" if inner else head.strip()
                # "€ 240.000 vanaf 2025": the year the amount is for, or the one year a key
                # figure's label names ('WOZ-waarde 2028: 289.000')
                year = PROSE_YEAR.match(sentence[m.end() :])
                cells.append(
                    TableCell(
                        document_id=document_id,
                        municipality=municipality,
                        table="",
                        section=" > ".join(section.path),
                        group=context[-300:],
                        row=label,
                        column=" ".join(year.group(0).split()) if year else "",
                        period=year.group(1) if year else _one_year(m.group("kcue") or ""),
                        status="",
                        raw=m.group(0).strip(),
                        value=value,
                        unit=unit,
                        scale=1,
                        annotation="",
                        source="",
                        line=ln.number,
                        quote=sentence,
                        kind="prose",
                    )
                )
    return cells


def _one_year(label: str) -> str:
    """The year a label names, when it names exactly one; else ''."""
    years = set(LABEL_YEAR.findall(label))
    return years.pop() if len(years) == 1 else ""


def _listed_figures(
    sentence: str,
    *,
    document_id: str = "",
    municipality: str = "",
    section: str = "",
    line: int = 0,
) -> list[TableCell]:
    """The figures of a list in a sentence, as the rows of a small table named by its lead:
    one row per name. Empty when the sentence is no such list."""
    listed = figure_list(sentence)
    if listed is None:
        return []
    caption, items = listed
    period = _one_year(caption)
    cells = []
    for item in items:
        raw = item.group("raw").strip()
        value, _, _, is_percent = _cell_value(normalize_cell(raw))
        unit = "percent" if is_percent else "EUR" if "€" in raw else "count"
        cells.append(
            TableCell(
                document_id=document_id, municipality=municipality, table=caption,
                section=section, group="", row=item.group("name").strip(),
                column=caption, period=period, status="", raw=raw, value=value, unit=unit,
                scale=1, annotation="", source="", line=line, quote=sentence, kind="table",
            )  # fmt: skip
        )
    return cells


def loose_indicators(
    block: Block,
    section: Section,
    previous_text: str,
    recent_years: list[str],
    *,
    document_id: str,
    municipality: str,
) -> list[TableCell]:
    """Percentages and grades in loosely laid-out indicator tables ("2018 24%", "59% jeugd").

    Web exports often spread one indicator over several lines: its label on one, the year
    and the value on the next. The label is the line's own words, else the nearest text above.
    """
    cells: list[TableCell] = []
    for ln in block.lines:
        text = ln.text.strip()
        found = list(re.finditer(r"(?<![\d,.])(\d{1,3}(?:,\d)?)%(?:\s+([A-Za-zé]+))?", text))
        grade = re.search(r"(?<!\d)(19|20)\d{2}\s+(\d{1,2},\d)(?!\d)", text)
        if not found and not grade:
            continue
        words = re.sub(r"(?<!\w)[\d.,%]+(?!\w)", " ", text)
        own_label = " ".join(w for w in words.split() if len(w) > 2)
        label = own_label if len(own_label.split()) >= 4 else previous_text
        years = [m.group(0) for m in re.finditer(r"(?<!\d)(19|20)\d{2}(?!\d)", text)]
        years = years or recent_years
        items = [(m.group(1), m.group(2) or "", True) for m in found]
        if grade and not found:
            items = [(grade.group(2), "", False)]
        if misread_label(label) or (label != own_label and reads_as_prose(label)):
            continue  # a whole table run together into one label, or text borrowed as one
        for n, (number, qualifier, is_percent) in enumerate(items):
            value = parse_number(number)
            row = f"{label} ({qualifier})" if qualifier and label != own_label else label
            cells.append(
                TableCell(
                    document_id=document_id,
                    municipality=municipality,
                    table=section.title,
                    section=" > ".join(section.path),
                    group="",
                    row=row.strip(),
                    column="IST" if n == 0 else ("SOLL" if len(items) > 1 else "IST"),
                    period=years[-1] if years else "",
                    status="ist" if n == 0 else "soll",
                    raw=f"{number}%" if is_percent else number,
                    value=value,
                    unit="percent" if is_percent else "grade",
                    scale=1,
                    annotation=qualifier,
                    source="",
                    line=ln.number,
                    quote=text,
                )
            )
        previous_text = label
    return cells


def _is_prose(text: str) -> bool:
    """Running text: sentences of twelve or more words that end in a full stop."""
    return any(
        len(sentence.split()) >= 12 and sentence.rstrip().endswith((".", "!", "?"))
        for sentence in sentences(" ".join(text.split()))
    )


# A table's scale noted right under it: 'Bedragen x € 1.000.', '(alle bedragen in euro's)',
# 'Noot: alle bedragen in deze tabel x € 1.000'
NOTE_BELOW = re.compile(
    # (also as a footnote the caption points to: 'Tabel 7.1 Meerjarenraming4' over '4)
    # Bedragen x € 1.000.')
    rf"^\W*(?:(?:[1-9]\)?|[{SUPERSCRIPTS[1:]}])\s+)?(?:noot:?\s*)?(?:alle\s+)?"
    r"bedragen\b[^.;]{0,25}?"
    rf"(?:{SCALE.pattern}|\bin\s+(?:hele\s+)?euro)",
    re.I,
)
# A caption that says its amounts are whole euros ('(x € 1)', 'bedragen in euro's')
WHOLE_EUROS = re.compile(
    r"x\s*€\s*1(?![\d.,])|\bin\s+(?:hele\s+)?euro'?s?\b|bedragen\s+in\s+€|\(\s*(?:in\s+)?€\s*\)",
    re.I,
)
# Larger amounts without a note are whole euros: no table in thousands prints a billion.
SCALE_DOUBT_BELOW = Decimal(1_000_000)


def settle_scales(cells: list[TableCell]) -> list[TableCell]:
    """The cells with the scale of euro tables that print no scale note settled.

    Such a table takes the scale of a table that has one and prints the same figures for
    the same years: 'Totaal algemene reserves 50.060' in a reserves overview without a
    note is the balance sheet's 'Algemene reserves 50.060' (bedragen x € 1.000), printed
    twice. Two such figures of four or more digits are needed.

    Without such a twin, in a document whose other tables are in thousands, a table of
    whole numbers under a million may be either: its cells get UNKNOWN_SCALE and are not
    given as amounts. Cents, euro signs or a note of whole euros in the caption settle it
    as euros, as printed.
    """
    tables: dict[tuple[str, str], list[TableCell]] = {}
    for c in cells:
        if c.kind == "table" and c.unit == "EUR" and c.value is not None:
            tables.setdefault((c.document_id, c.table), []).append(c)

    def printed(table: list[TableCell]) -> set[tuple[str, str]]:
        return {
            (c.raw.lstrip("-"), c.period)
            for c in table
            if c.period and len(re.sub(r"\D", "", c.raw)) >= 4
        }

    scaled = {
        key: (table[0].scale, printed(table))
        for key, table in tables.items()
        if table[0].scale > 1 and len({c.scale for c in table}) == 1
    }
    in_thousands = {document for document, _ in scaled}  # documents with a scaled table
    scales: dict[tuple[str, str], tuple[int, str]] = {}
    for key, table in tables.items():
        if WHOLE_EUROS.search(key[1]) or any(
            c.scale != 1 or "€" in c.raw or "," in c.raw for c in table
        ):
            continue
        mine = printed(table)
        twin = next(
            ((factor, caption) for (document, caption), (factor, theirs) in scaled.items()
             if document == key[0] and len(mine & theirs) >= 2),
            None,
        )  # fmt: skip
        if twin is not None:
            scales[key] = twin
        elif key[0] in in_thousands and max(abs(c.value or 0) for c in table) < SCALE_DOUBT_BELOW:
            scales[key] = (UNKNOWN_SCALE, "")
    out = []
    for c in cells:
        found = scales.get((c.document_id, c.table)) if c.kind == "table" else None
        if found is None or c.unit != "EUR" or c.value is None:
            out.append(c)
            continue
        factor, twin = found
        if factor == UNKNOWN_SCALE:
            note = "de tabel noemt niet of de bedragen in euro's of in duizenden euro's zijn"
            value = c.value
        else:
            twin = " ".join(twin.split())
            note = f"bedragen x € {factor:,}".replace(",", ".") + f", als in '{twin}'"
            value = c.value * factor
        annotation = f"{c.annotation} ({note})".strip()
        out.append(replace(c, value=value, scale=factor, annotation=annotation))
    return out


def _own_name(
    found: list[TableCell],
    state: TableState | None,
    section: Section,
    named_in: dict[str, str],
) -> tuple[list[TableCell], TableState | None]:
    """A new table's cells under a caption of their own: a caption an earlier table of
    another section printed too gets this section's title."""
    caption = found[0].table
    where = " > ".join(section.path)
    first = named_in.setdefault(caption, where)
    if first == where or not section.title:
        return found, state
    # the title that sets this section apart from the first's: its own, or where both are
    # alike ('Wat mag het kosten?' under every programme) the nearest one above that is not
    # ('Programma 4 Sociaal domein')
    title = next(
        (mine for mine, theirs in zip(reversed(section.path), reversed(first.split(" > ")))
         if mine != theirs),
        section.title,
    )  # fmt: skip
    if title.lower() in caption.lower():
        return found, state
    own = f"{caption} ({title})"
    found = [replace(c, table=own) if c.table == caption else c for c in found]
    return found, (replace(state, caption=own) if state is not None else None)


# A sentence that says what a column holds: "De kolom 'Aandeel resultaat' toont ..."
COLUMN_NOTE = re.compile(r"\bkolom\s+['‘\"“]([^'’\"”]{2,60})['’\"”]", re.I)


def _column_notes(cells: list[TableCell], texts: list[str]) -> list[TableCell]:
    """The cells of a column that the text above the table explains, with that sentence as
    their note: its words say what the column holds, and the answer shows them."""
    notes = {
        match.group(1).strip().lower(): sentence
        for text in texts
        for sentence in sentences(text)
        for match in COLUMN_NOTE.finditer(sentence)
    }
    if not notes:
        return cells
    return [
        replace(c, annotation=f"{c.annotation} {notes[c.column.lower()]}".strip())
        if c.column.lower() in notes
        else c
        for c in cells
    ]


# A scale said once for a part of the document ('Alle bedragen in dit hoofdstuk zijn x €
# 1.000.', 'Alle bedragen in deze paragraaf ...')
SCOPED_SCALE = re.compile(
    r"\balle\s+bedragen\s+in\s+(?:dit|deze)\s+(?:hoofdstuk|paragraaf|programma|deel|bijlage|"
    rf"overzicht(?:en)?)\b[^.]{{0,40}}?(?:x|×)\s?€\s?{THOUSAND}(?:[.,]000)?\b",
    re.I,
)


def _dated_row(label: str) -> tuple[str, str] | None:
    """The year and status of a row named by them alone ('2025', '2024 (na wijziging)',
    'Realisatie 2023', 'Begroting 2024 na wijziging'), or None."""
    if YEAR_CELL.match(label):
        return label[:4], canonical_status(label[4:].strip(" ()"))
    years = YEAR_IN_TEXT.findall(label)
    words = YEAR_IN_TEXT.sub(" ", label).replace("(", " ").replace(")", " ").split()
    if len(years) != 1 or not words or not all(QUALIFIER.match(w) for w in words):
        return None
    return years[0], canonical_status(" ".join(words))


def _years_as_columns(found: list[TableCell]) -> list[TableCell]:
    """A table whose rows are years ('2025', '2024 (na wijziging)', 'Realisatie 2023') under
    columns of what is counted ('Bijdrage Wassenaar', a programme), read as the usual way
    round: each column a row, each year a column, so that 'En in 2026?' goes on along the
    row."""
    tables = {c.table for c in found if c.kind == "table"}
    out = list(found)
    for table in tables:
        mine = [c for c in found if c.table == table and c.kind == "table"]
        dated = {r: _dated_row(r) for r in {c.row for c in mine}}
        if len(dated) < 2 or not all(dated.values()):
            continue
        turned = {
            id(c): replace(
                c, row=c.column, column=c.row, group="", period=dated[c.row][0],
                status=c.status or dated[c.row][1],
            )
            for c in mine
            if c.column
        }
        out = [turned.get(id(c), c) for c in out]
    return out


def _text_after_rows(block: Block, found: list[TableCell]) -> Block | None:
    """The lines of a table's block under its last row read that are running text, not
    cells laid out by position: a paragraph of their own; None when there are none."""
    last = max((c.line for c in found if c.kind == "table"), default=None)
    if last is None:
        return None
    after = [ln for ln in block.lines if ln.number > last]
    if not after or any(is_cell_line(ln.text) for ln in after):
        return None
    return Block("paragraph", tuple(after))


def document_figures(
    sections: list[Section], *, document_id: str, municipality: str
) -> list[TableCell]:
    """All figures of a parsed document: table cells, loose indicators and prose amounts."""
    cells: list[TableCell] = []
    carry: TableState | None = None
    ended_in_table = False
    captions: dict[str, str] = {}  # 'tabel 2.3' -> its caption, for its continuations
    # a caption -> the section of the table that printed it first ('Wat heeft het gekost?'
    # over each programme's table: each keeps a name of its own)
    named_in: dict[str, str] = {}
    # 'Alle bedragen in dit hoofdstuk zijn x € 1.000.': the scale of the tables of the section
    # that says it and of the sections under it, by the path of that section
    scoped: list[tuple[tuple[str, ...], str]] = []
    for section in sections:
        if not (ended_in_table and section.blocks and section.blocks[0].kind == "table"):
            # a table goes on under a heading only when nothing stands between them (a row
            # label set in bold, 'Totaal Activa', reads as a heading)
            carry = None
        elif carry is not None and section.heading_line:
            # the heading names the rows under it ('Doelenboom Verkeer en mobiliteit')
            carry = replace(carry, group=section.title)
        ended_in_table = False
        if section.heading_line and (
            EURO_AMOUNT.search(section.title)
            or (GRADED.search(section.title) and re.search(r"\d,\d", section.title))
        ):
            # "Opvang vluchtelingen COA (hogere baten € 350.000)": a heading that is an amount
            # (or a line set in bold that states a ratio: 'Ratio weerstandsvermogen = ... = 14,8')
            title = Block("paragraph", (Line(section.heading_line, section.title),))
            cells.extend(
                prose_amounts(title, section, document_id=document_id, municipality=municipality)
            )
        previous_text = ""
        recent_years: list[str] = []
        # the heading over a table may carry its scale note ('Overzicht baten en lasten
        # (bedragen x € 1.000)' above 'Tabel 4.2 ...'); it drops out of reach like any
        # block of text once three blocks stand between
        context: list[str] = [section.title] if section.heading_line else []
        for k, block in enumerate(section.blocks):
            tiles: list[Line] | None = None  # the block's key-figure tiles, read once
            if carry is not None and block.kind == "paragraph" and all(
                is_table_row(ln.text) and is_cell_line(ln.text) for ln in block.lines
            ):
                # a row set apart from its table ('Totaal algemene reserves  51.791  ...')
                block = Block("table", block.lines, "")
            elif (
                block.kind == "paragraph"
                and len(block.lines) <= 3
                and not _running_text(block.text)
                and find_header([ln.text for ln in block.lines], len(block.lines) - 1)
            ):
                # a caption and a header, the rows under the next heading
                block = Block("table", block.lines, "")
            if block.kind == "table":
                # 'Tabel 2.3 (vervolg)': the table of that number goes on, in its scale
                number = TABLE_CAPTION.match(block.caption)
                key = number.group(0).lower() if number else ""
                goes_on = bool(key) and CONTINUED.search(block.caption) is not None
                earlier = [captions[key]] if goes_on and key in captions else []
                below = section.blocks[k + 1].lines[0].text if k + 1 < len(section.blocks) else ""
                # a note right under the table gives its scale ('Bedragen x € 1.000.
                # Negatieve bedragen staan tussen haakjes.'), before any text above it
                notes_below = [below] if NOTE_BELOW.match(below) else []
                context_lines = notes_below or [*context[-3:], *earlier]
                said = next(
                    (note for path, note in reversed(scoped)
                     if tuple(section.path[: len(path)]) == path),
                    None,
                )  # fmt: skip
                if said and not any(notes_a_scale(text) for text in context_lines):
                    context_lines = [*context_lines, said]
                found, state = table_cells(
                    block,
                    section,
                    document_id=document_id,
                    municipality=municipality,
                    context_lines=context_lines,
                    carry=carry,
                )
                if key and not goes_on:
                    captions[key] = block.caption
                if found or (
                    state is not None
                    and state.columns
                    and len(block.lines) <= 3
                    and not (tiles := _tiles(block.lines))
                ):
                    # (a header alone, its rows under the next heading, goes on there too;
                    # figures over their names are tiles)
                    found = _years_as_columns(_column_notes(found, context[-3:]))
                    continued = carry is not None and all(c.table == carry.caption for c in found)
                    if found and not continued:
                        found, state = _own_name(found, state, section, named_in)
                    cells.extend(found)
                    if after := _text_after_rows(block, found):
                        # sentences right under the last row, no blank line between ('Ratio
                        # weerstandsvermogen = 16.226 / 6.200 = 2,6', 'In 2023 zijn 612
                        # verzoeken ... toegekend'): text with figures of its own, other
                        # than money (its amounts explain the rows above: a deviation, how
                        # a cost is financed, a part of a total)
                        cells.extend(
                            c for c in prose_amounts(
                                after, section, document_id=document_id, municipality=municipality
                            )
                            if c.unit != "EUR"
                        )  # fmt: skip
                    carry = state
                    ended_in_table = True
                    continue
            ended_in_table = False
            if block.kind == "paragraph" and (said := SCOPED_SCALE.search(block.text)):
                scoped.append((tuple(section.path), said.group(0)))
            if tiles is None:
                tiles = _tiles(block.lines)
            if EURO_AMOUNT.search(block.text) or _labelled_amounts(block.lines) or tiles:
                cells.extend(
                    prose_amounts(
                        block, section, document_id=document_id, municipality=municipality,
                        tiles=tiles,
                    )
                )  # fmt: skip
            elif (
                re.search(r"\d%|\d,\d", block.text)
                and (block.kind == "table" or len(block.text.split()) < 40)
                # a short paragraph of sentences is prose however it prints a percentage
                # ('Ruim 1.200 huishoudens ... De inkomensgrens blijft 130% ...')
                and not (block.kind == "paragraph" and _is_prose(block.text))
            ):
                loose = loose_indicators(
                    block,
                    section,
                    previous_text,
                    recent_years,
                    document_id=document_id,
                    municipality=municipality,
                )
                if not loose and block.kind == "paragraph" and GRADED.search(block.text):
                    # 'Dit resulteert in een tevredenheidscijfer van 8,3', 'De ratio ... is 2,04'
                    loose = prose_amounts(
                        block, section, document_id=document_id, municipality=municipality
                    )
                cells.extend(loose)
            elif block.kind == "paragraph" and _is_prose(block.text):
                # counts and percentages in running text ('9.105 gestarte trajecten')
                cells.extend(
                    prose_amounts(
                        block, section, document_id=document_id, municipality=municipality
                    )
                )
            text = block.text.strip()
            words = re.findall(r"[A-Za-zëéï]{2,}", text)
            if len(words) >= 4 and not re.search(r"\d%", text):
                previous_text = " ".join(text.split()[:30])
                recent_years = []
            recent_years = re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", text) or recent_years
            context.append(text)
    return settle_scales(_unmarked_among_marked(_tenths_are_no_euros(cells)))


# a figure printed with one decimal ('212,4'), which no amount in whole euros has
TENTHS = re.compile(r"^-?\d{1,3}(?:\.\d{3})*,\d$")


def _cards_cells(
    block: Block,
    starts: list[int],
    section: Section,
    document_id: str,
    municipality: str,
    context_lines: list[str],
) -> tuple[list[TableCell], None]:
    """The cells of tables set side by side as cards: each card read as a table of its own,
    named by the words over it ('VTH-plustaken'), its 'k€' amounts in thousands of euros."""
    found: list[TableCell] = []
    for a, b in zip(starts, [*starts[1:], None]):
        lines = [replace(ln, text=ln.text[a:b].rstrip()) for ln in block.lines]
        lines = [ln for ln in lines if ln.text.strip()]
        # (its name: a line of one piece of words over its years)
        names = [ln for ln in lines[:2] if _names_card(ln.text)]
        caption = " ".join(names[0].text.split()) if names else block.caption
        in_thousands = any(THOUSANDS_CELL.match(s.text) for ln in lines for s in segments(ln.text))
        lines = [
            replace(ln, text=re.sub(r"k€ ?(?=-?\d)", lambda m: " " * len(m[0]), ln.text))
            for ln in lines if not names or ln is not names[0]
        ]  # fmt: skip
        notes = ["bedragen x € 1.000"] if in_thousands else []
        more, _ = table_cells(
            Block(block.kind, tuple(lines), caption), section, document_id=document_id,
            municipality=municipality, context_lines=[*context_lines, *notes],
        )  # fmt: skip
        found.extend(more)
    return found, None


def _names_card(text: str) -> bool:
    pieces = segments(text)
    return len(pieces) == 1 and not is_value(pieces[0].text) and not YEAR.match(pieces[0].text)


def _tenths_are_no_euros(cells: list[TableCell]) -> list[TableCell]:
    """The cells of a column of tenths in a table of whole euros ('SE Wsw 2034' with
    '212,4' beside the contributions), read as counts: euros are printed whole or with
    cents, so such a column holds a quantity the caption's 'bedragen in euro's' does not
    cover (standard units, hectares, fte)."""
    columns: dict[tuple[str, str, str], list[TableCell]] = {}
    for c in cells:
        if c.kind == "table" and c.unit == "EUR" and c.value is not None:
            columns.setdefault((c.document_id, c.table, c.column), []).append(c)
    tenths = {
        key
        for key, column in columns.items()
        if len(column) >= 2
        and all(c.scale == 1 and "€" not in c.raw and TENTHS.match(c.raw) for c in column)
    }
    return [
        replace(c, unit="count")
        if c.kind == "table" and (c.document_id, c.table, c.column) in tenths
        else c
        for c in cells
    ]


# a figure in whole units, no cents: what a count is printed as
WHOLE = re.compile(r"^-?\d{1,3}(?:\.\d{3})*$|^-?\d+$")


def _unmarked_among_marked(cells: list[TableCell]) -> list[TableCell]:
    """The cells of a column or row printed without '€' in a table that prints '€' in every
    cell of its other columns or rows ('Trajecten 2025  141' beside '€ 410.319  € 426.269'),
    read as counts: such a table marks its amounts, so what it leaves unmarked is no amount,
    whatever 'bedragen in euro's' the caption says (a column or row named for money,
    'Bijdrage', 'Kosten', stays money)."""
    tables: dict[tuple[str, str], list[TableCell]] = {}
    for c in cells:
        if c.kind == "table" and c.value is not None:
            tables.setdefault((c.document_id, c.table), []).append(c)
    unmarked: set[int] = set()
    for table in tables.values():
        # (a row needs three marked rows beside it: tables that print '€' in their first row
        # and their total only leave the rows between unmarked)
        for line_of, fewest in ((lambda c: c.column, 2), (lambda c: c.row, 3)):
            lines: dict[str, list[TableCell]] = {}
            for c in table:
                lines.setdefault(line_of(c), []).append(c)
            marked = {key for key, line in lines.items() if all("€" in c.raw for c in line)}
            for key, line in lines.items():
                if (
                    len(marked) >= fewest
                    and len(marked) > (len(lines) - 1) / 2
                    and len(line) >= 2
                    and all(
                        c.unit == "EUR" and "€" not in c.raw and WHOLE.match(c.raw.strip())
                        for c in line
                    )
                    and not MONEY_WORDS.search(key)
                ):
                    unmarked.update(id(c) for c in line)
    return [
        replace(c, unit="count", value=c.value / c.scale if c.scale > 1 else c.value, scale=1)
        if id(c) in unmarked
        else c
        for c in cells
    ]

