"""Figure answers: every number is a table cell, or arithmetic over cells with its derivation.

A figure question travels through stages of `FigureAnswerer._read`, each of which may answer
it: `_parse` reads it once into a `FigureQuestion` (subject words, years, status, scope, its
place in the conversation); `_without_rows` answers what needs no row search (a follow-up on
the last figures, a share); `_search` and `_narrow` give the `Candidates`, readings (a row of
a table, or an amount in a sentence) ranked by weighted word overlap with their label, group,
caption, section and source, helped by a vocabulary of words residents use, and kept to the
kind of number asked; `_best` and `_settle` choose one or ask back; `_derived` computes
(differences, sums, against the budget) and `_looked_up` takes the cell of the year and
status asked (begroot, realisatie, IST, SOLL). Follow-ups are resolved by replaying the
user's earlier questions into an explicit `FigureState`.
"""

from __future__ import annotations

import functools
import os
import re
import threading
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import NamedTuple

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .corpus import canonical_type
from .dutch_numbers import fmt, plain
from .fact_search import FactIndex, MeasureKey, measure_key
from .figures import (
    COLUMN_NOTE,
    COMPARED_WITH,
    COMPARISON,
    DATED_ASIDE,
    DOCUMENT_WORDS,
    GRADED,
    MEASURE_UNITS,
    MEASURE_WORDS,
    SCALE,
    UNKNOWN_SCALE,
    YEAR_WORDS,
    TableCell,
    ends_in_figure,
    figure_spans,
    numbers_in,
)
from .gemeenten import (
    among,
    base_name,
    called_municipalities,
    is_municipality,
    named_municipalities,
    one_named,
)
from .lexicon import abbreviations, is_dutch_word, separable_verb, without_spelled_out
from .models import Answer, Citation, Figure
from .parsing import TABLE_CAPTION
from .retrieval import SUBJECTLESS, WORD, stems, word_stems
from .table_checks import RATE_COLUMN, failed_tables, parts_add_up
from .table_grid import TOTAL_ROW, YEAR_IN_TEXT
from .vocabulary import alternative_words, resident_vocabulary, taakvelden
from .years import YEAR_DIGITS

# Money drawn out for something ('trekt ... uit voor'): an amount, whatever else is asked
DRAWN_OUT = r"\b(trekt|trekken|trok|trokken)\b.*\buit\b|\buitgetrokken\b"
FIGURE_CUES = re.compile(
    r"\b(hoeveel|hoe (hoog|groot|veel|bekend|vaak|lang)|"
    r"welk(e)? (bedrag|percentage|aandeel|deel|budget)|"
    r"\w*lasten|\w*baten|totale|\w*kost(en|te|ten)?|\w*uitgaven|uitgeven|uitgegeven|geeft|besteedt?|inkomsten|"
    r"(gaf|gaven)\b.*\buit|"
    # money set aside or invested, in a verb ('Hoeveel trekt X uit voor ...', 'Wat investeert
    # X in ...'), as 'Wat kost ...' asks its amount
    rf"{DRAWN_OUT}|investeer\w*|investeert|investeren|geïnvesteerd|"
    r"\w*budget|\w*bedrag|\w*opbrengst(en)?|\w*bijdrage|\w*heffing|"
    r"begroot|geraamde?|\w*resultaat|\w*saldo|\w*tekort(en)?|overschot(ten)?|mutaties|"
    r"\w*reserves?|\w*voorzieningen?|kengetal\w*|"
    r"stand|\w*tarie(f|ven)|\w*percentage|procent|aandeel|verdien\w*|salaris\w*|beta+l\w*|"
    # the financial ratios every budget prints (BBV kengetallen), and the indices it is
    # reckoned with ('loonindex', 'prijsindex')
    r"\w*ratio|\w*index|solvabiliteit\w*|\w*schuldquote|exploitatieruimte|belastingcapaciteit|"
    r"weerstandsvermogen|balanstotaal|"
    r"aantal|\w*waarde|nulmeting|vergoeding|\w*cijfer|\w*belasting(en)?|"
    # what something yields: 'Wat brengt de hondenbelasting op?', 'binnen te halen'
    r"(brengt|brengen|bracht|brachten)\b.*\bop\b|(levert|leveren|leverde|leverden)\b.*\bop\b|"
    r"oplever\w*|opbrengen|"
    r"binnen (te )?halen|ophalen|kwijt\b[^?]*\baan|"
    r"(krijgt|krijgen|kreeg|kregen|komt|komen|kwam|kwamen)\b.*\bbinnen\b|"
    r"(verschil|afwijking)\b.*\b(begroting|begroot|realisatie|rekening))\b",
    re.IGNORECASE,
)
YEAR = re.compile(rf"(?<!\d)({YEAR_DIGITS})(?!\d)")

# Words residents use, mapped to the words budgets print, with their sources (data/).
VOCABULARY: dict[str, tuple[str, ...]] = resident_vocabulary()
STATUS_WORDS = {
    # the national or regional figure an indicator table prints beside the municipality's
    "vergelijking": (
        "landelijk", "landelijke", "nederland", "nationaal", "nationale", "vergelijkingscijfer",
    ),  # fmt: skip
    "begroot": (
        "begroot",
        "begroting",
        "raming",
        "geraamd",
        "geraamde",
        # ... and the verb ('Welk resultaat raamt de gemeente voor 2039?')
        "raamt",
        "ramen",
        "verwacht",
        "gepland",
        "prognose",
        "verwachting",
        "meerjarenraming",  # 'volgens de meerjarenraming': the budget's later years
        # what a budget sets aside ('Hoeveel is er gereserveerd voor ...?')
        "reserveert",
        "reserveren",
        "gereserveerd",
        "ontwerpbegroting",  # the budget a board offers its council or members
        # which budget: jaarstukken print the original one and the one after amendments
        "primaire",
        "primair",
        "primitieve",
        "primitief",
        "oorspronkelijke",
        "wijziging",
        "gewijzigde",
        "bijgestelde",
        "actuele",
    ),  # fmt: skip
    "realisatie": (
        "realisatie", "rekening", "gerealiseerd", "waren", "was", "werd", "kwamen",
        "werkelijk", "werkelijke", "werkelijkheid", "daadwerkelijk", "echt",
        # what it came to in the end ('Wat is het uiteindelijk geworden?')
        "uiteindelijk",
        # what a measurement found ('bij de laatste meting'), not what was aimed at
        "meting", "gemeten",
        # ... and the documents that report it ('volgens de jaarrekening')
        "jaarrekening", "jaarstukken",
    ),  # fmt: skip
    "ist": ("ist",),
    # what was aimed at: the 'Soll' of a goal, the target beside what was done
    "soll": (
        "soll", "streefwaarde", "doelwaarde", "streefcijfer", "streven", "streefde", "wilde",
        "wilden", "beoogd", "beoogde",
    ),  # fmt: skip
}
# A column of a tariff ('Tarief 2027', 'Uurtarief')
TARIFF_COLUMN = re.compile(r"tarie[fv]", re.I)
# A column of what was aimed at ('Streefwaarde 2025', 'Doel 2026', 'Norm')
TARGET_COLUMN = re.compile(r"\b(streef|doel|norm\b|soll\b|ambitie)", re.I)
BALANCE_COLUMN = re.compile(r"^\s*(stand|saldo|balans|verwachte stand)\b", re.I)
# ... of which the 'Stand' a fund holds at a moment (a 'Saldo' column may be a programme's)
FUND_COLUMN = re.compile(r"^\s*(verwachte\s+)?stand\b", re.I)
# The past tense of what money does ('Wat leverde de sporthal op?', 'Wat kostte ...'): what
# was done, when no word names a column
PAST_TENSE = (
    "kostte", "kostten", "leverde", "leverden", "bedroeg", "bedroegen", "bracht", "brachten",
    "ontving", "ontvingen", "betaalde", "betaalden", "besteedde", "besteedden", "gaf", "gaven",
    "had", "hadden",
)  # fmt: skip
TENSE = {"was", "waren", "werd", "kwamen"}  # realisatie by the verb's past tense only
TENSE_WORD = re.compile(rf"\b({'|'.join([*TENSE, *PAST_TENSE])})\b", re.I)
# Which budget column of a year (status 'begroot+amended'): a question's words, a label's words
VERSIONS = {
    "original": (
        r"\b(primaire?|primitie(f|ve)|oorspronkelijke?|(zonder|voor|vóór) (de |alle )?"
        # ... and the budget as the council adopted it ('toen de begroting werd vastgesteld')
        r"(begrotings)?wijzigingen|vastgestelde (programma)?begroting|"
        r"(programma)?begroting( \d{4})? (werd|is|was) vastgesteld|"
        r"vaststelling van de (programma)?begroting)\b",
        r"prima|primitie|oorspronk",
    ),
    "amended": (
        r"\b(na (de |alle |(de )?(eerste|tweede|derde|laatste) |(de )?\d+e )?"
        r"(begrotings)?wijziging(en)?|gewijzigde|"
        r"bijgestelde|actuele|(met|inclusief) (de |alle )?(begrotings)?wijzigingen|"
        # ... or after a rapportage that amended it ('na de eerste bestuursrapportage': the
        # column 'na 1e berap')
        r"na (de )?(eerste |tweede |\d+e )?(bestuurs|tussen)?rapportage|"
        r"na (de )?(voorjaars|najaars)nota)\b",
        r"wijzig|bijgesteld|actue|\bna\b.*\b(berap|rapp|(voorjaars|najaars)nota)",
    ),
    # what is now expected of the year (a bestuursrapportage's 'Prognose 2026' beside the
    # primitive and the current budget)
    # ('Met welk resultaat denkt X 2027 af te sluiten?': what one thinks now is the forecast)
    "forecast": (
        r"\b(prognose|naar verwachting|verwacht\w*|denk(t|en))\b", r"prognose|verwacht"
    ),
}
VERSION_PHRASE = re.compile(
    "|".join(rf"(?:{asked})(?:\s+erbij)?" for asked, _ in VERSIONS.values()), re.I
)
# Columns of changes to a budget ('Wijz. t/m vorige rapp.', 'Wijzigingen', 'Deze
# rapportage'): never the budget itself, chosen only when a question asks for the change
BUDGET_CHANGE = re.compile(
    r"\bwijz(?:\.|igingen\b)|^(?:\w+ )?wijziging(?: \d{4})?$|"
    r"\bdeze (?:rapp|rapportage|wijziging|nota)\b",
    re.I,
)
# A date in figures in a column's header ('31-12-2024', '01-01-2024'): its day and month
DAY_AND_MONTH = re.compile(r"\b(\d{1,2})-(\d{1,2})-\d{4}\b")


class _Moment(NamedTuple):
    """How a column prints a moment of the year: by its date ('31-12-2024'), or else in words
    ('Saldo ultimo', 'jaareinde'). A dated column is its date's moment whatever its words
    say ('Eigen vermogen aan begin en einde begrotingsjaar' over '01-01-2024' and
    '31-12-2024')."""

    day_and_month: tuple[int, int]
    words: re.Pattern[str]

    def search(self, column: str) -> bool:
        dates = [(int(d), int(m)) for d, m in DAY_AND_MONTH.findall(column)]
        if dates:
            return self.day_and_month in dates
        return bool(self.words.search(column))


# Words that choose one column of a row: the start or the end of a year ('Stand 1-1-2025',
# 'Saldo ultimo 2024'), what is left ('Restant')
MOMENTS = (
    (set(stems("begin start aanvang primo januari")),
     _Moment((1, 1), re.compile(r"\b1 jan|\b(?:jaar)?begin|\bprimo|\baanvang", re.I))),
    (set(stems("eind einde ultimo december")),
     _Moment((31, 12), re.compile(r"\b31 dec|\b(?:jaar)?eind|\bultimo|\bult\.", re.I))),
    (set(stems("restant")), re.compile(r"\brest|\bresterend|\bnog beschikbaar", re.I)),
)  # fmt: skip
MOMENT_STEMS = {t for moment, _ in MOMENTS[:2] for t in moment}
MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december"
).split()
# All of a kind taken together ('alle reserves samen', 'alles bij elkaar'): their total
ALL_TOGETHER = re.compile(r"\balles?\b[^?.]*\b(samen|bij elkaar|opgeteld)\b", re.I)
# Every year of a row at once: 'over alle jaren', 'de hele periode'
ALL_YEARS = re.compile(r"\balle\s+jaren\b|\bhele\s+(periode|looptijd|planperiode)\b", re.I)
# The row of a total ('Totaal lasten', 'Totale baten')
# The BBV's name of the total of all programmes' baten and lasten, before the reserves
ALL_LASTEN_BATEN = re.compile(
    r"^\s*(?:gerealiseerd\s+|geraamd\s+)?(?:totaal\s+)?saldo\s+van\s+baten\s+en\s+lasten\b",
    re.I,
)
# A row of a part of the total above it ('waarvan structureel', 'w.v. personeel')
PART_ROW = re.compile(r"^\W*(waarvan|w\.v\.|daarvan)\b", re.I)
# A programme's row ('Programma 2 Sociaal domein', 'Progr. 2 ...')
PROGRAMME_ROW = re.compile(r"^\s*(?:programma|progr\.)\s+\S", re.I)
# A date in figures, up to its year: '31-12-' of '31-12-2025' (the month in group 1)
NUMERIC_DATE = re.compile(r"\b(?:[12]\d|3[01]|0?[1-9])-(1[0-2]|0?[1-9])-(?=(?:19|20)\d\d\b)")
MONTH_OF = {stems(name)[0]: number for number, name in enumerate(MONTHS, 1)}
# A column of one day: 'Stand 30-4-2025', 'Peildatum 1 juli 2025'
DAY_COLUMN = re.compile(
    rf"\b\d{{1,2}}[-/.](?P<number>\d{{1,2}})[-/.](?:19|20)\d\d\b|"
    rf"\b\d{{1,2}}\s+(?P<name>{'|'.join(MONTHS)})\s+(?:19|20)\d\d\b",
    re.I,
)


def _note_terms(cell: TableCell) -> set[str]:
    """The words of the sentence that says what the cell's column holds ("De kolom 'Aandeel
    resultaat' toont het deel dat wordt terugbetaald"), with the particle of a verb as a
    question sets it apart ('Hoeveel krijgt X terug?')."""
    if not COLUMN_NOTE.search(cell.annotation):
        return set()
    words = set(stems(cell.annotation))
    return words | {p for t in words for p in PARTICLES if t.startswith(p) and len(t) > len(p) + 3}


def _yield_of(thing: str, field: str) -> bool:
    """Whether a row's word is the yield or levy of the thing a resident's compound of 'geld'
    names ('parkeeropbrengst' for 'parkeer' of 'parkeergeld', 'hondenbelast' for 'honden')."""
    return field.startswith(thing) and field[len(thing) :].lstrip("s") in YIELD_HEADS


def _begins_compound_of(word: str, compounds: Collection[str]) -> bool:
    """Whether a word is the first part of one of the compounds ('terug' of 'terugbetal')."""
    return len(word) >= 4 and any(len(f) >= len(word) + 3 and f.startswith(word) for f in compounds)


def _named_columns(
    cells: list[TableCell], terms: Sequence[str], statuses: Collection[str] = ()
) -> list[TableCell]:
    """The cells whose column the question's words name best ('Met hoeveel inwoners ...':
    the column 'Inwoners 1-1-2025' of the row), or none when no column is named more than
    another. A column's words are its label's, and the text's that explains it; `statuses`,
    the stems of the status words the question prints ('werkelijk')."""
    # the question's words with the words they stand for, as question_terms gives them, in
    # each form the stemmer may cut ('bijdraag' of 'bijdragen' names 'Bijdrage 2032'), but
    # never a column's status ('begrote' is no name of 'Begroting 2023', as 'begroot' is not)
    forms = {form for t in terms for form in word_forms(t)}
    named = _columns_named_by(cells, forms - STATUS_TERMS)
    if not named and len({c.status for c in cells}) == 1:
        # ... unless every column has that status: then its word names the one that prints
        # it ('de werkelijke bijdrage': 'Werkelijke bijdrage 2024', not 'Netto bijdrage 2024')
        named = _columns_named_by(cells, (forms | set(statuses)) & STATUS_TERMS)
    return named


def _columns_named_by(cells: list[TableCell], asked: set[str]) -> list[TableCell]:
    # (a word that begins the column's compound names it in part: 'terug' 'Terugbetaling')
    overlap = {
        c.column: len(asked & (words := set(stems(YEAR.sub(" ", c.column))) | _note_terms(c)))
        + 0.5 * sum(1 for t in asked - words if _begins_compound_of(t, words))
        for c in cells
        if c.kind == "table" and c.value is not None
    }
    best = max(overlap.values(), default=0)
    if not best or len(set(overlap.values())) == 1:
        return []
    return [c for c in cells if overlap.get(c.column) == best]


def _of_document_year(m: Measure, cells: list[TableCell], own: str) -> list[TableCell]:
    """No year asked: the cells of the document's own year (the budget of a begroting 2026),
    else of the latest year before it (inhabitants on 1-1-2025); the others are shown beside
    the answer. Years out of order along a row are a misread row: its first figure, as read."""
    periods = {c.period for c in cells if c.value is not None and YEAR.fullmatch(c.period)}
    order = [c.period for c in m.cells if YEAR.fullmatch(c.period)]
    if len(periods) < 2 or order not in (sorted(order), sorted(order, reverse=True)):
        return cells
    pick = own if own in periods else max((p for p in periods if p < own), default="")
    return [c for c in cells if c.period == pick] or cells


def _column_month(column: str) -> int | None:
    m = DAY_COLUMN.search(column)
    if m is None:
        return None
    return int(m.group("number")) if m.group("number") else MONTHS.index(m["name"].lower()) + 1


CHANGE_TERMS = ("wijzig", "verander", "mutati", "bijgekom", "bijgeteld", "erbij")
# The yearly charges of an investment (depreciation and interest), beside its credit
CAPITAL_CHARGES = re.compile(r"kapitaallast|afschrijving(?!stermijn)|rentelast", re.I)
# ... and the years over which they are charged ('Afschr.' over '30', 'Looptijd')
CHARGE_TERM = re.compile(r"\bafschr\.|afschrijvingstermijn|looptijd", re.I)
CHARGE_TERMS = ("kapitaallast", "afschrijv", "rent", "jaarlijk")


def _asks_charges(terms: Sequence[str]) -> bool:
    return any(t.startswith(CHARGE_TERMS) for t in terms)
# A figure that is a deviation from the plan itself ('een nadeel van € 845.000', a cell '607 N'
# read as nadeel), also in the plural ('Afwijkingen programma 5', 'nadelen', 'voordelig')
# (also said as a verb: 'Met hoeveel is het krediet overschreden?')
DEVIATION_WORDS = re.compile(
    # (also what fell short or out well: 'is tegengevallen', 'viel mee')
    r"\b((?:na|voor)dee?l|overschr|onderschr|afwijking|tekort|overschot|"
    r"(?:tegen|mee)(?:ge)?val|tegenvaller|meevaller)",
    re.I,
)
# a sentence's amount that is a deviation from the budget: 'een voordeel van € 412.000',
# 'een onderschrijding van € 176.322', '€ 167.656 minder aan de reserve onttrokken dan begroot'
DEVIATION_AMOUNT = re.compile(
    r"\b(voordeel|nadeel|onderschrijding|overschrijding|meevaller|tegenvaller)\s+van\s+"
    r"(?:[a-z]+\s+){0,2}€\s*\d|"
    # ... or the amount with its mark after it: '(€ 497.492 voordeel)', '(€ 332.907 voordelig)',
    # '€ 35.000 nadeel', 'is met € 72.650 overschreden'
    r"€\s*\d[\d.,]*\s*(?:miljoen\s+|mln\s+)?"
    r"(?:voordeel|nadeel|voordelig|nadelig|overschreden|onderschreden)\b|"
    r"\b(meer|minder|hoger|lager)\b[^.;]{0,80}?\bdan\s+(begroot|geraamd|verwacht|gepland)\b",
    re.I,
)
# how a sentence says its amount is spent or received, by the stem of lasten and baten
FLOW_SAID = {
    "last": re.compile(r"\b(last|lasten|kost\w*|uitgave\w*|uitgegeven|besteed\w*)\b", re.I),
    "baat": re.compile(
        r"\b(baten|opbrengst\w*|inkomst\w*|ontv\w*|vergoeding\w*|\w*bijdrage\w*)\b", re.I
    ),
}
# the column of a difference: 'Verschil', 'Afwijking', a credit's 'Restant' (overrun below 0)
DIFFERENCE_COLUMN = re.compile(r"^(verschil|afwijking|restant)\b", re.I)
MIN_SCORE = 0.5
# the asking part of a question: 'Hoeveel brengt', 'Wat kost', 'Hoeveel geeft Urk ... uit'
ASKED = re.compile(
    r"^\s*(hoeveel|wat|welk[e]?)\b[^?]*?\b(is|zijn|was|waren|kost|kosten|kostte|geeft|gaf|"
    r"brengt|bracht|levert|leverde|krijgt|kreeg|betaalt|betaalde)\b",
    re.I,
)
# what a question says it does not mean: 'dus niet de elektrische', 'maar niet het zwembad'
NOT_MEANT = re.compile(r"\bniet\s+(?:de|het|een|die|dat)\s+(\w+)", re.I)
# the word a question opens with
QUESTION_WORD = re.compile(r"^\s*(hoeveel|wat|welke?)\b", re.I)
# words in brackets: another name for the subject, or what it holds ('(sociale zaken)')
ASIDE = re.compile(
    r"\(([^()]{3,80})\)"
    # ... or an example after 'zoals', up to the end of its clause ('inkomensregelingen
    # zoals de bijstand')
    r"|\bzoals\s+(?:de\s+|het\s+|een\s+)?([^()?!,.;:]{3,60})",
    re.I,
)


def _asides(text: str) -> list[str]:
    """The words in brackets, and the examples after 'zoals', of a question."""
    return [bracketed or example for bracketed, example in ASIDE.findall(text)]


# a question that goes on from the last one: 'En in 2026?', 'Dan de baten?'
STUB = re.compile(r"^\s*(en|dan|ook)\b(?=.{0,60}$)", re.I)
# the difference of the last two figures, and nothing else named: 'Hoeveel is dat minder?',
# 'Wat is het verschil?', 'Hoeveel scheelt dat?'
THOSE_APART = re.compile(
    r"^\W*(en\s+)?(?:(?:met\s+)?hoeveel\s+(?:is|was|wordt|werd)\s+(?:dat|het)\s+"
    r"(?:meer|minder|hoger|lager|gestegen|gedaald|toegenomen|afgenomen)"
    r"|(?:wat|hoe\s+groot)\s+is\s+het\s+verschil|hoeveel\s+scheelt\s+(?:dat|het))\W*$",
    re.I,
)
# 'Hoeveel is dat samen?', 'En bij elkaar opgeteld?': the figures just given, added up
THOSE_ADDED = re.compile(
    r"\b(dat|die|deze|ze|beide|allebei)\b.*\b(samen|bij elkaar|opgeteld)\b"
    r"|^\W*(en\s+)?(samen|bij elkaar|opgeteld)\b",
    re.I,
)
# ... named by their kind: 'die twee gemeenten', 'deze beide posten'
THOSE_KIND = re.compile(r"\b(?:die|deze)\s+(?:twee|beide|beiden)\s+([a-zà-ÿ']+)", re.I)
# "Waarom worden de baten ... verantwoord?" asks for a reason, "Waarvoor gebruikt de gemeente
# de reserve?" for a purpose: not a figure
WHY = re.compile(
    r"^\s*(waarom|waarvoor|hoe komt|om welke reden|wat is de reden|leg uit)\b"
    # ... and the purpose split around its subject: 'Waar is de reserve voor bedoeld?'
    r"|^\s*waar\b[^?]*\bvoor\s+(bedoeld|bestemd|gebruikt|nodig|ingezet|gereserveerd)\b",
    re.I,
)
# a past participle: 'berekend', 'verdeeld', 'vastgesteld', 'geïndexeerd'
PARTICIPLE = re.compile(r"\w*(?:ge|be|ver|ont|her)\w{2,}[dt]")
# 'Hoe wordt het tekort gedekt?', 'Hoe worden de kosten verdeeld?': how something is done, in
# words ('hoe hoog wordt ...' asks a figure)
MANNER = re.compile(
    r"^\s*(hoe\s+(wordt|worden|werd|werden|zit|kan|kon|stelt|stellen|stelde)\b"
    # 'Hoe is de bijdrage per gemeente bepaald?': how it was done
    rf"|hoe\s+(is|zijn|was|waren)\b[^?]*\b{PARTICIPLE.pattern}\W*$"
    # 'Wat doet de gemeente om de kosten van de jeugdzorg in de hand te houden?': what is done
    r"|wat\s+(doet|doen|deed|deden)\b(?!.*\bhoeveel\b)"
    # ... what is meant to be done or happens ('Wat wil het college met het overschot doen?',
    # 'Wat gebeurt er met het resultaat?', 'Wat is het doel van de reserve?'), unless it asks
    # an amount in its verb ('Wat gaat de gemeente uitgeven aan ...?')
    r"|wat\s+((wil|wilt|willen|wilde|wilden|gebeurt|gebeurde|stelt|stellen|stelde|is\s+er\s+"
    r"gedaan|is\s+het\s+doel|zijn\s+de\s+doelen)\b|(gaat|gaan|ging|gingen)\b(?=[^?]*\b(doen|"
    r"gebeuren|veranderen|aanpakken|ondernemen)\b))"
    r"(?![^?]*\b(hoeveel|bedrag\w*|\w*kost\w*|uit\s*geven|uitgegeven|investe\w*|besteden|"
    r"betal\w*|betaal\w*|bezuinig\w*|bespar\w*|opbreng\w*|ophalen|binnenhalen|uittrekken|"
    r"reserveren|lenen|ontvangen|krijgen|verdienen)\b))",
    re.I,
)
# A question opening with its verb asks yes or no ("Is het weerstandsvermogen voldoende?"): a
# judgement the text gives, unless it asks how much or compares ("Is er meer uitgegeven dan
# begroot?"), which a figure answers.
YES_NO = re.compile(
    r"^\s*(is|zijn|was|waren|heeft|hebben|had|wordt|worden|kan|kunnen|gaat|gaan|blijft|"
    r"blijven|komt|krijgt|krijgen|moet|moeten)\b",
    re.I,
)
HOW_MUCH_OR_COMPARED = re.compile(
    r"\b(hoeveel|hoe (hoog|groot|veel)|welk(e)?|wat|meer|minder|\w+er dan|"
    r"(ge)?(stegen|daald|groeid)|toegenomen|afgenomen|verschil\w*)\b",
    re.I,
)
# Without a cue word ("Wat is de taakstelling vergunninghouders voor 2020?") a question with
# a year is a figure question only when it names a row almost exactly.
STRONG_SCORE = 0.9
# A question of nothing but a name ('Wat was het ziekteverzuim?'): a figure question when the
# name is a row's that measures a rate or a count, not money
NAME_ALONE = re.compile(
    r"^\s*wat\s+(is|was|zijn|waren)\s+(het|de)\s+[\w-]+(\s+[\w-]+)?\s*\?\s*$", re.I
)
STATUS_TERMS: set[str] = set()  # filled below from STATUS_WORDS, as stems
# Words that say a figure is wanted but not which one; the subject words must match the row.
GENERIC_WORDS = (
    "lasten baten kosten kost uitgaven budget bedrag bedragen geld totaal totale aantal "
    "begroting programma percentage procent cijfer euro saldo jaar hele gehele "
    # what is asked of the figure: a change, a share, a sum
    "stijgen stijgt steeg gestegen dalen daalt daalde gedaald veranderen verandert verandering "
    "groeien groeit groeide groeiden gegroeid toenemen toegenomen afnemen afgenomen "
    "verschil toename afname ten opzichte "
    "aandeel deel samen opgeteld meer minder hoger lager hogere lagere hoog hoge groot geeft uit "
    "duurder goedkoper duur valt vallen viel uitvallen uitgevallen gaf gaven gegeven stond staat "
    "beter slechter gunstiger ongunstiger "
    # what a fund holds: 'hoeveel zit er nog in', 'wat ligt er in de reserve'
    "zit zitten zat zaten ligt liggen lag "
    # modal verbs and verbs of the asking ('denkt ... te moeten betalen', 'komen er ... bij')
    "moeten mogen mag mocht zullen zouden willen denkt denken dacht komt komen kwam kwamen "
    "bedoel bedoelt bedoelen bedoelde "
    # a year said relative to now ('volgend jaar', 'het afgelopen jaar'): the year, no subject;
    # how often ('jaarlijks', 'per jaar'): no subject either
    "volgend volgende vorig vorige komend komende afgelopen jaarlijks jaarlijkse "
    "laatste recentste "
    "extra alle allemaal "
    # the source a figure is asked from ('volgens de meerjarenraming'), no subject
    "volgens "
    # the span a figure is of ('in het schooljaar 2023-2024'), no subject
    "schooljaar schooljaren seizoen "
    # the unit of a count of people ('Hoeveel mensen ...'), not what is counted; a grade
    "mensen personen rapportcijfer "
    # when in the year ('eind 2025', 'begin 2024', 'op 1 januari'): the date, no subject
    "eind einde begin ultimo medio januari februari maart april mei juni juli augustus "
    "september oktober november december "
    "uitgeven uitgegeven kwijt "
    # a particle that goes with a verb of the asking ('over de begroting heen gaan')
    "heen "
    "besteden besteed besteedt beschikbaar gesteld krijgt krijgen ontvangt ontvangen heeft "
    # what money is meant for ('Welk deel is bestemd voor het sociaal domein?')
    "bestemd bedoeld "
    "bracht brachten leverde leverden opgebracht opgehaald "
    "hebben wordt worden tussen brengt brengen oplevert opleveren opbrengen binnen halen ophalen "
    "kreeg kregen betaalt betalen betaald betaalde betaalden droeg droegen bijgedragen "
    # ... and the other forms of those verbs ('gaat' and 'gaan' are stopwords already; the
    # plural 'dragen' stays, as its stem 'draag' finds the row of the 'bijdragen' it asks)
    "draagt ging gingen "
    # when a figure stands: at the end of a year, according to a document
    "volgens per eind einde ultimo stand begin start aanvang primo "
    f"{' '.join(MONTHS)} "
    # what is left of it: chooses a column ('Restant'), names no row
    "restant resteert resterend "
    # who is counted, when a count is asked ('hoeveel mensen'): the unit, not the subject
    "mensen personen inwoners inwoner "
    # the body itself and 'the whole' of something
    "organisatie hele heel geheel elkaar "
    # comparing two figures: 'vergeleken met', 'ten opzichte van'
    "vergeleken vergelijken vergelijking opzichte "
    # the particle of a split verb ('betaalt ... mee', 'krijgt ... terug') and 'alleen' (only,
    # alone): words of the asking, never of a row
    "mee af toe terug alleen "
    # what two figures differ in ('Hoeveel procentpunt scheelt dat?'): the change asked
    "scheelt scheelde scheelden schelen procentpunt procentpunten verschilt verschilde "
    "verschilden "
    # money set aside ('Hoeveel trekt de gemeente uit voor ...'): the verb, not the subject
    "trekt trekken trok trokken uitgetrokken"
)
# Row-telling words (stopwords to a search engine): they help when matched but are never the
# subject of a question ("met hoeveel procent", "tot en met 2023").
POLARITY_WORDS = {"met", "zonder", "incl", "excl"}
# Inhabitants and the adjective of a place, after its name: 'Wassenaarders', 'Wassenaarse'
DEMONYM_ENDINGS = ("ders", "der", "ers", "er", "se", "s", "enaren", "enaar", "mers", "mer")
# the place of one in a row of alike things: a row of one ordinal is not another's
ORDINAL_WORDS = r"(?:eerste|tweede|derde|vierde|vijfde|zesde|volgende|[1-6]e)"
ORDINAL = re.compile(rf"\b({ORDINAL_WORDS})\b", re.I)
PLACE_OF = {"1e": "eerste", "2e": "tweede", "3e": "derde", "4e": "vierde", "5e": "vijfde",
            "6e": "zesde"}  # fmt: skip
# one thing of a kind ('als je één hond hebt'): where rows are told apart by their place, the
# first's
ONE_THING = re.compile(rf"\b(?:één|1)\s+(?!{ORDINAL_WORDS}\b)[a-zà-ÿ]{{3,}}", re.I)
# ... and 'een hond' as a resident has one: the article before a noun, no ordinal after it
ONE_OF = re.compile(rf"\been\s+(?!{ORDINAL_WORDS}\b)[a-zà-ÿ]{{3,}}", re.I)
# the first place read from 'een', which rows that name no place do not contradict
IMPLIED = "(impliciet)"
OPPOSITES = {
    "met": "zonder", "zonder": "met", "incl": "excl", "excl": "incl",
    # the OZB's two parts (Gemeentewet art. 220a and 220b): the owner's and the user's, as
    # stemmed ('eigenaar': 'eigen', 'gebruiker': 'bruiker')
    "eigen": "bruiker", "bruiker": "eigen",
    # the households a levy's tariff is set for (Wet milieubeheer art. 15.33), as kept whole
    # and stemmed ('eenpersoonshuishouden': '1persoonshuishoud')
    "1persoonshuishoud": "meerpersoonshuishoud", "meerpersoonshuishoud": "1persoonshuishoud",
}  # fmt: skip
MIN_SUBJECT_MATCH = 0.5
# A word found only inside a compound of the section's title ('gemiddelde', stemmed 'middel',
# in 'Algemene dekkingsmiddelen': weight 0.3 x 0.6) adds to a row's score, and lets it pass,
# but does not name the subject when close readings are ordered: a whole word anywhere, or a
# part of the caption's or the row's own words, does
COVERING_MATCH = 0.2
# A reading this close to the best one is no clear winner: the answer asks which is meant
CLOSE_CALL = 0.05
# The words the label of a figure computed from cells starts with, before the row it is of
# ('Aandeel Enschede', 'Verschil Lasten Jeugd', 'Verandering ...', 'Saldo ...'; see
# `FigureAnswerer._computed` and its callers)
COMPUTED_LABEL_HEADS = ("Aandeel", "Verschil", "Verandering", "Saldo")
# How far below the best reading a row of the total may rank and still come first when the
# question names no subject: 'Totaal lasten' names half of its words by 'lasten'
TOTAL_MARGIN = 0.3
# What was done asked in so many words (not by the tense of the verb alone)
REALISED_ASKED = re.compile(
    r"\b(werkelijke?|werkelijkheid|daadwerkelijke?|echte?|gerealiseerde?|realisatie|"
    r"uiteindelijke?)\b"
    # a year closed: 'Met welk resultaat sloot de gemeente 2026 af?'
    r"|\b(sloot|sloten)\b.*\baf\b|\bafgesloten\b",
    re.I,
)
# The accounts of a year named ('de jaarrekening 2032', 'volgens de rekening 2032'): what the
# year came to, when no budget word names a column beside it ('de andere kant van de
# rekening' is no account)
ACCOUNTS_NAMED = re.compile(r"\bjaarrekening\b|\bjaarverslag\b|\brekening\s+(?:19|20)\d\d\b", re.I)
# How far below the best reading a row may rank and still come first when its own name
# prints the status word the question says ('Gerealiseerd resultaat' for 'het gerealiseerde
# resultaat', which the ranking leaves out as a word that chooses a column)
STATUS_NAMED_MARGIN = 0.2
# Two rows that print different words of the question, as many each: a choice this close is
# the reader's to make
SPLIT_MARGIN = 0.15
# A row of a table whose parts do not add up to its printed total (a reading in doubt) ranks
# below an equally worded row of a table that passed the check: twice a close call.
FAILED_CHECK = 2 * CLOSE_CALL


@dataclass(frozen=True)
class Measure:
    """One row of one table (or one amount in a sentence): the cells that share a label."""

    key: tuple[str, str, str, str]
    cells: tuple[TableCell, ...]

    @property
    def first(self) -> TableCell:
        return self.cells[0]

    @property
    def label(self) -> str:
        c = self.first
        group = c.group.replace(" per doelenboom", "").strip()
        if group and group.lower().split()[0] in ("lasten", "baten"):
            return f"{group.split()[0].capitalize()} {c.row}"
        if c.column and group.endswith(c.column) and not c.status:
            return f"{c.row} ({c.column})"  # a column of categories: 'Opbrengst (Rioolheffing)'
        return c.row

    @property
    def periods(self) -> list[str]:
        return [c.period for c in self.cells if c.period]


@dataclass(frozen=True)
class FigureState:
    """What a conversation is about: carried from turn to turn."""

    municipality: str | None = None
    measure: Measure | None = None
    years: tuple[str, ...] = ()
    status: str = ""
    last_value: Decimal | None = None
    last_cell: TableCell | None = None
    # the last whole question that got no single figure (a question back, a refusal): what
    # "En in 2026?" goes on about when there is no figure to go on from
    unanswered: str = ""
    # the cell each of the last two questions was answered with (None: no single cell), for
    # "Hoeveel is dat samen?"
    recent: tuple[TableCell | None, ...] = ()
    # the documents the last question named ('in de begroting 2021'): what a follow-up that
    # names none goes on reading
    documents: frozenset[str] = frozenset()
    # the last question asked what was really spent ('de werkelijke lasten'): so does a
    # follow-up that names no status of its own ('En in 2027?')
    realised: bool = False

    @property
    def elsewhere(self) -> bool:
        """Whether the scope is another body than the last figure's ('En bij Dinkelland?')."""
        last, scope = self.last_cell, self.municipality
        return last is not None and bool(scope) and last.municipality != scope


@dataclass(frozen=True)
class FigureQuestion:
    """A figure question as read once, for every stage that answers it."""

    asked: str  # as the resident typed it
    text: str  # spelled as the documents print it, with 'vorig jaar' made a year
    subject: str  # the words that say what is asked (not the document, version or inclusions)
    years: tuple[str, ...]
    scope: set[str]  # the words that name the municipality or body asked about
    silent: set[str]  # words that name no row here ('gemeente')
    terms: list[str]  # the stems that name rows
    named: list[str]  # ... of them, those that name a subject, not only a measure
    cue: bool  # worded as a figure question ('Hoeveel ...')
    follow_up: bool  # goes on about the conversation's last figure
    stub: bool  # 'En in 2026?', 'Hoeveel is dat?': nothing of its own but a point back
    status: str  # begroot, realisatie, ... (see FigureAnswerer._status)
    dated: dict[str, set[str]] = field(default_factory=dict)  # things named with a year
    # the tables the question cites by their caption's words ('volgens de geprognosticeerde
    # balans'), by document and caption
    tables: frozenset[tuple[str, str]] = frozenset()

    @property
    def status_words(self) -> set[str]:
        """The words of a column's status the question says ('gerealiseerde', 'geraamd'),
        which may also begin a row's name ('Gerealiseerd resultaat')."""
        return set(stems(self.text)) & STATUS_TERMS


@dataclass(frozen=True)
class Candidates:
    """The readings a question may be answered from, best first, as the stages narrow them."""

    ranked: list[tuple[float, Measure]]
    terms: list[str]  # the question's terms, with what a follow-up carries over
    wanted_unit: set[str]  # the kinds of number asked for (empty: any)
    rate_asked: bool  # a tariff asked, not what it brings in
    switched: bool  # a follow-up about another municipality
    seen: frozenset[MeasureKey] = frozenset()  # the readings found by their own words
    chosen: Measure | None = None  # the best of them, once chosen


# an answer (None: no figure question) with the conversation state after it
Outcome = tuple[Answer | None, FigureState]


_COUNTED_YEARS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "2": 2, "3": 3, "4": 4, "5": 5}
RELATIVE_YEARS = (
    # 'Hoeveel is er dat jaar uit gehaald?': the year of the last figure
    (re.compile(r"\b(dat|datzelfde|hetzelfde|diezelfde)\s+jaar\b", re.I), 0),
    (re.compile(r"\b(vorig jaar|(het|een) jaar (ervoor|daarvoor)|een jaar eerder)\b", re.I), -1),
    (re.compile(r"\b(volgend jaar|(het|een) jaar (erna|daarna)|een jaar later)\b", re.I), 1),
    # 'twee jaar later', 'drie jaar eerder'
    *(
        (re.compile(rf"\b{word} jaar ({'|'.join(words)})\b", re.I), sign * n)
        for word, n in _COUNTED_YEARS.items()
        for sign, words in ((1, ("later", "daarna", "erna")), (-1, ("eerder", "daarvoor")))
    ),
)


# A span of one school year or season, two years in a row: '2023-2024', '2023/2024',
# '2023/'24', '2023/24'
SPAN = re.compile(r"(?<![\d-])((?:19|20)\d\d)\s*[-/–]\s*'?((?:19|20)?\d\d)(?![\d-])")
# ... said relative to the span of the last figure ('het schooljaar daarvoor')
RELATIVE_SPANS = (
    (re.compile(r"\b((het|dat) (school)?jaar (ervoor|daarvoor)|vorig(e)? schooljaar)\b", re.I), -1),
    (re.compile(r"\b((het|dat) (school)?jaar (erna|daarna)|volgend(e)? schooljaar)\b", re.I), 1),
    (re.compile(r"\b(dat|datzelfde|hetzelfde) (school)?jaar\b", re.I), 0),
)


def spans_in(text: str) -> list[str]:
    """The spans of one school year or season a text names, as 'YYYY-YYYY'."""
    out = []
    for m in SPAN.finditer(text):
        first, second = int(m.group(1)), int(m.group(2)[-2:])
        if (first + 1) % 100 == second:
            out.append(f"{first}-{first + 1}")
    return out


def _shifted_span(span: str, step: int) -> str:
    first = int(span[:4]) + step
    return f"{first}-{first + 1}"


def _span_of(cell: TableCell, span: str) -> bool:
    """Whether a cell is of a span: its column or group names it, or, in a sentence, it
    stands right before the amount ('(2023-2024: 61)')."""
    if cell.kind == "prose":
        return span in spans_in(_before_amount(cell)[-20:])
    return span in spans_in(f"{cell.column} {cell.group}")


def asks_yes_or_no(question: str) -> bool:
    return bool(YES_NO.match(question)) and not HOW_MUCH_OR_COMPARED.search(question)


def is_figure_question(question: str) -> bool:
    return not asks_yes_or_no(question) and bool(FIGURE_CUES.search(question))


_GENERIC_STEMS = set(stems(GENERIC_WORDS))
# a resident's word for a generic one ("inkomsten": baten) is generic too
_GENERIC_STEMS.update(
    t
    for word, meanings in VOCABULARY.items()
    if all(set(stems(m)) <= _GENERIC_STEMS for m in meanings)
    for t in stems(word)
)
# What money comes out better or worse than planned: a nadeel or voordeel is an amount
_GAIN_OR_LOSS = frozenset(stems("nadeel nadelen voordeel voordelen"))
# The words of a deviation from the budget, which a row's Verschil column stands for
_DEVIATION_STEMS = frozenset(
    stems(
        "overschrijden overschrijdt overschreed overschreden overschrijding onderschrijden "
        "onderschreden onderschrijding afwijking afwijkingen"
    )
)
# What a row measures: a question about baten is not answered by a row that is no baten
_MEASURE_STEMS = set(stems("baten lasten saldo"))
_FLOW_STEMS = set(stems("baten lasten"))
# ... and what a fund holds at a moment, asked and printed ('eind 2037', 'Stand 31-12-2037')
_STOCK_STEMS = set(stems("eind einde ultimo stand saldo reserve reserves voorziening"))
STATUS_TERMS.update(
    stems(" ".join(w for words in STATUS_WORDS.values() for w in words if len(w) > 3))
)
STATUS_TERMS.update({"ist", "soll"})


# What a body owns or holds at a moment, asked and printed: never what it pays (a moment is
# no such word: 'Hoeveel betaalt X eind 2031?' asks a payment)
_OWNED_STEMS = (_STOCK_STEMS - MOMENT_STEMS) | set(stems("vermogen bezit schuld schulden"))
OWNED_COLUMN = re.compile(
    rf"\b(eigen|vreemd)\s+vermogen\b|{FUND_COLUMN.pattern}|^\s*ultimo\b", re.I
)
# What is paid ('betaalt', 'bijdrage', 'kost', 'draagt ... bij'), and a column of it
_PAYMENT_STEMS = set(
    stems("betaalt betalen betaald betaalde bijdrage bijdragen draagt droeg kost kosten")
)
CONTRIBUTION = re.compile(r"bijdrage", re.I)  # also compounded: 'deelnemersbijdrage'


def _asks_payment(terms: Sequence[str]) -> bool:
    return bool(set(terms) & _PAYMENT_STEMS)


def _paid(cells: list[TableCell], terms: Sequence[str]) -> list[TableCell]:
    """A payment asked ('Wat draagt Wassenaar bij aan de GGD?'): what is paid, never what a
    body owns or holds at a moment ('Eigen vermogen 31-12-2024', 'Stand 31-12')."""
    if not _asks_payment(terms) or _OWNED_STEMS & set(terms):
        return cells
    return [c for c in cells if not OWNED_COLUMN.search(c.column)]


_OUTCOME_STEMS = set(stems("resultaat"))


def _other_vowel_length(stem: str) -> str | None:
    """The stem with its last vowel written long if short, or short if long: the Dutch
    stemmer gives 'bijdraag' for 'bijdragen' and 'bijdrag' for 'bijdrage'."""
    if len(stem) >= 5 and (m := LAST_VOWEL.search(stem)):
        vowel = m.group(1)[0]
        return f"{stem[: m.start()]}{vowel if len(m.group(1)) == 2 else vowel * 2}{m.group(2)}"
    return None


# The last vowel of a stem before its final consonant, single or doubled ('bijdrag', 'bijdraag')
LAST_VOWEL = re.compile(r"(?<![aeiou])(aa|ee|oo|uu|[aeou])([^aeiou])$")


@functools.lru_cache(maxsize=65536)
def word_forms(stem: str) -> frozenset[str]:
    """The stems one word may get in its other forms, where the Dutch stemmer cuts them
    unlike: a vowel written long or short ('bijdrag', 'bijdraag'), '-baar' cut from the
    uninflected adjective only ('beschik' for 'beschikbaar', 'beschikbar' for 'beschikbare'),
    and an inflected '-e' kept ('duurzame', 'duurzaam'), and so is the '-s' of a plural of a
    word from elsewhere ('depots', 'depot')."""
    forms = {stem}
    if len(stem) >= 7 and stem.endswith("bar"):
        forms.add(stem[:-3])
    if len(stem) >= 6 and stem.endswith("e"):
        forms.add(stem[:-1])
    if len(stem) >= 6 and stem.endswith("s") and stem[-2] not in "aeioujs":
        forms.add(stem[:-1])
    return frozenset(forms | {o for f in forms if (o := _other_vowel_length(f))})


@functools.lru_cache(maxsize=65536)
def verb_forms(stem: str) -> frozenset[str]:
    """A verb's third person keeps its '-t' in the stemmer ('rekent'): the stems of its
    infinitive ('rekenen': 'rekeen'), as `word_forms` gives them; empty for other words."""
    if len(stem) >= 6 and stem.endswith("t") and (infinitive := stems(f"{stem[:-1]}en")):
        return word_forms(infinitive[0])
    return frozenset()


def _alike(a: str, b: str) -> bool:
    """Two stems of one word, as `word_forms` reads them."""
    return a == b or not word_forms(a).isdisjoint(word_forms(b))


def _names_only_a_measure(row: str) -> bool:
    """A row label that names a measure and no subject ('Resultaat', 'Totaal lasten'): its
    table says whose it is, so the same label in another table is another figure."""
    terms = stems(row)
    return bool(terms) and all(_is_generic(t) or t in _OUTCOME_STEMS for t in terms)


def _deviation_beside(cell: TableCell, m: Measure) -> bool:
    """A cell of a row's deviation from its budget: marked V or N, or in an undated column
    'Saldo' or 'Verschil' beside the year's budget and outcome ('Begroting 2022', 'Rekening
    2022'); not the saldo of a row of movements ('Toevoegingen 2027', 'Onttrekkingen 2027')."""
    return cell.annotation in ("voordeel", "nadeel") or (
        not cell.period
        and re.match(r"(saldo|verschil|afwijking)\b", cell.column, re.I) is not None
        and {"begroot", "realisatie"} <= {other.status for other in m.cells}
    )


# a saldo printed as what something costs net: 'Netto lasten per programma', 'netto kosten'
NET_PRINTED = re.compile(r"\bnetto[\s-]+(lasten|kosten|uitgaven)\b", re.I)


def _measure_named(m: Measure) -> str:
    """The measure a row holds as its table prints it: 'saldo', 'baat' or 'last' named by the
    row, else its columns, group or caption ('Overzicht ... per programma (saldo)'), or ''."""
    c = m.first
    # (a column of the deviation beside the year's budget and outcome, 'Saldo (V/N)', says
    # how they differ, not what the row measures)
    columns = " ".join({cell.column for cell in m.cells if not _deviation_beside(cell, m)})
    if len(set(stems(columns)) & _MEASURE_STEMS) > 1:
        # columns of each ('Lasten 2027', 'Baten 2027', 'Saldo 2027'): all of them, whatever
        # the row is called ('Totaal saldo van baten en lasten')
        return ""
    for text in (c.row, columns, c.group, c.table):
        named = set(stems(text)) & _MEASURE_STEMS
        if NET_PRINTED.search(text):
            named = {"saldo"}  # 'Netto lasten per programma': lasten less baten
        # (a column of the outcome beside others, 'Aandeel resultaat 2028' beside 'Inwoners'
        # and 'Bijdrage', is one figure of the row, not what the row measures)
        if not named and set(stems(text)) & _OUTCOME_STEMS and (
            text is not columns
            or all(set(stems(cell.column)) & _OUTCOME_STEMS for cell in m.cells)
        ):
            named = {"saldo"}  # 'Resultaat per programma': a saldo, after the reserves
        if text is columns and named:
            return named.pop()
        if "saldo" in named:
            return "saldo"  # 'Saldo van baten en lasten'
        if len(named) == 1:
            return named.pop()
    if _FLOW_STEMS <= set(stems(c.table)) and PROGRAMME_ROW.match(c.row):
        # a programme's one figure a year in an overview of its baten and lasten, which
        # neither its label, columns nor group names as either ('Programma 2 Sociaal domein'):
        # their saldo (a row of an item, 'Personeel salarissen', may be either)
        return "saldo"
    return ""


# A row that adds up the rows above it, its subtotal too ('Subtotaal saldo programma's')
SUBTOTAL_ROW = re.compile(r"^\s*(?:sub)?totaa?le?\b", re.I)


def _kinds_of_summed_rows(measures: list[Measure], kinds: list[str]) -> None:
    """The rows that name no measure take the one of the total they add up to: the rows of
    the programmes above 'Subtotaal saldo programma's' are each a saldo, no programme's
    lasten ('1. Jeugdgezondheidszorg (12.698)'). The parts are the rows between the total
    and the one before it, in one table and group; each column both print sums up."""
    tables: dict[tuple[str, str, str], list[int]] = {}
    for i, m in enumerate(measures):
        if m.first.kind == "table":
            tables.setdefault((m.first.document_id, m.first.table, m.first.group), []).append(i)
    for rows in tables.values():
        rows.sort(key=lambda i: measures[i].first.line)
        parts: list[int] = []
        for i in rows:
            row = measures[i].first.row
            if not SUBTOTAL_ROW.match(row):
                parts.append(i)
                continue
            named = kinds[i] if set(stems(row)) & _MEASURE_STEMS or NET_PRINTED.search(row) else ""
            if named and len(parts) >= 2 and parts_add_up(
                _by_column(measures[i]), [_by_column(measures[p]) for p in parts]
            ):
                for p in parts:
                    kinds[p] = kinds[p] or named
            parts = []


def _by_column(m: Measure) -> dict[str, TableCell]:
    return {c.column: c for c in m.cells}


MEASURES = {"lasten", "baten"}


# What a question asks when it asks how a year closes, of the whole ('Houdt X geld over?')
_CLOSING_STEMS = _OUTCOME_STEMS | set(stems("saldo overschot tekort overhouden gat"))


def _asks_no_part(terms: Sequence[str]) -> bool:
    """Whether the question asks how a year closes and names no part of the budget (not
    what it spends in total: 'de totale lasten')."""
    return bool(set(terms) & _CLOSING_STEMS) and all(
        # ('af' of 'sloot het jaar af')
        _is_generic(t) or t in _CLOSING_STEMS or t == "af" for t in terms
    )


# How a year closes ('Sluit de begroting?', 'sloot het jaar af met'), not 'per saldo'
CLOSES = re.compile(r"\b(sluit\w*|sloot|sloten|afgesloten|afsluit\w*)\b", re.I)
# A sentence of how a year closes: its result, a surplus or shortfall, its balance
CLOSING_SENTENCE = re.compile(
    r"\b(sluit\w*|sloot|afgesloten|overschot|tekort|\w*resultaat|(?<!per )\w*saldo)\b", re.I
)


def _prose_of_year(cell: TableCell, year: str) -> bool:
    """Whether a sentence's amount is of the year: the year last named before the amount is
    that year ('De jaarrekening 2024 sluit met ...'), or the sentence names none ('Het
    resultaat over 2023 (€ 1.318.436) is ... op 4 juli 2024 toegevoegd' is of 2023)."""
    years = YEAR.findall(_before_amount(cell))
    return years[-1] == year if years else not YEAR.search(cell.quote) or year in cell.quote


def _before_amount(cell: TableCell) -> str:
    """The words of a sentence just before its amount."""
    at = cell.quote.find(cell.raw) if cell.raw else -1
    return cell.quote[max(0, at - 60) : at] if at > 0 else ""


def _closes_a_year(row: str) -> bool:
    """Whether a summary row says how a year closes: a result, a saldo, a surplus or a
    shortfall, also in one compound ('Begrotingssaldo (+ = voordeel)')."""
    return bool(_summary_label(row) & _CLOSING_STEMS or _one_saldo_word(row))


def _closes_after_reserves(row: str) -> bool:
    """Whether a summary row is what a year closes with after the reserves: a result, a
    surplus or a shortfall, or a saldo named so in one compound ('Begrotingssaldo'), not a
    bare 'Saldo', which may be of baten and lasten alone."""
    return bool(
        _summary_label(row) & (_CLOSING_STEMS - {"saldo"})
        or _one_saldo_word(row) not in ("", "saldo")
    )


def _one_saldo_word(row: str) -> str:
    """The one word of a row, besides its status and sign note, when it is a saldo
    ('Saldo', 'Begrotingssaldo (+ = voordeel)'); else ''."""
    words = set(stems(SIGN_NOTE.sub(" ", row))) - STATUS_TERMS
    word = next(iter(words)) if len(words) == 1 else ""
    return word if word.endswith("saldo") else ""


def _before_reserves(m: Measure) -> bool:
    """A saldo of baten and lasten, before what goes to and from the reserves (also said so:
    'het resultaat voor bestemming (saldo van baten en lasten) bedraagt')."""
    if m.first.kind == "prose":
        return bool(BEFORE_RESERVES.search(_before_amount(m.first)))
    return _FLOW_STEMS <= set(stems(m.first.row))


BEFORE_RESERVES = re.compile(r"\bv[oó]{2}r\s+bestemming|\bbaten\s+en\s+lasten\b", re.I)


def _names_a_part(m: Measure) -> bool:
    """Whether a reading is of a part of the whole budget: a row that names a subject of its
    own ('Saldo financieringsfunctie', 'P1 Bestuur'), or a sentence not of how the year
    closes ('Het verschil wordt per saldo gedekt ...')."""
    if m.first.kind == "prose":
        # (the closing word just before the amount: 'sluit met een positief saldo van
        # € 412.000', not 'het resultaat als volgt te bestemmen: een bedrag van € 48.000')
        before = _before_amount(m.first)
        return not CLOSING_SENTENCE.search(before) or ":" in before
    return any(
        t not in STATUS_TERMS and not t.endswith(tuple(_CLOSING_STEMS)) for t in _own_words(m)
    )


# A programme named in a caption or chapter: 'Programma 5 Zorg', 'P1 Veiligheid'
PROGRAMME_PLACE = re.compile(r"\b(?:programma\s+\d+|p\d+)\b", re.I)


def _of_a_programme(m: Measure) -> bool:
    return m.first.kind == "table" and bool(
        PROGRAMME_PLACE.search(f"{m.first.table} {m.first.section}")
    )


@functools.cache
def _summary_label(row: str) -> frozenset[str]:
    """What a summary row measures, whatever its status word or 'totaal' ('Geraamd
    resultaat' and 'Resultaat'; 'Totaal saldo van baten en lasten' and 'Saldo van baten en
    lasten'); empty when the row names a subject of its own."""
    row = SIGN_NOTE.sub(" ", row)  # 'Geraamd resultaat (+ = voordelig)'
    label = frozenset(t for t in stems(row) if t not in STATUS_TERMS and not TOTAL_ROW.match(t))
    return label if _names_only_a_measure(" ".join(label)) else frozenset()


# What a row's sign means, in brackets: '(+ = voordelig)', '(- is nadelig)', '(nadelig)'
SIGN_NOTE = re.compile(r"\((?=[^()]*(?:=|\b(?:voordelig|nadelig)\b))[^()]*\)", re.I)


def _lasten_or_baten(a: Measure, b: Measure) -> bool:
    """Two measures that are one row, once as lasten and once as baten: in one table (or the
    rows 'Lasten' and 'Baten' under one programme), or the same row printed in two tables of
    one municipality."""
    rows = {a.first.row.lower(), b.first.row.lower()}
    same_table = a.key[:2] == b.key[:2]
    # ... or named alike after their measure ('Lasten ambitie X' and 'Baten ambitie X')
    heads, rests = zip(*(((r.split() or [""])[0], r.partition(" ")[2]) for r in rows))
    alike = len(rows) == 2 and set(heads) == MEASURES and len(set(rests)) == 1 and rests[0] != ""
    return (
        (same_table or a.first.municipality == b.first.municipality)
        and (
            a.first.row == b.first.row
            or (same_table and a.first.group == b.first.group and (rows == MEASURES or alike))
        )
        and {a.label.split()[0].lower(), b.label.split()[0].lower()} == MEASURES
    )


TAAKVELD_CODE = re.compile(r"^\s*(\d\.\d{1,3})\s+(?=[A-Za-z])")


@functools.cache
def _taakveld_words(row: str) -> frozenset[str]:
    """What a taakveld holds, by the names of its parts in the Iv3 list: '6.72 Maatwerk-
    dienstverlening 18-' is jeugdhulp (6.72a Jeugdhulp begeleiding, 6.72b Jeugdhulp
    behandeling, ...). The words most of its parts share."""
    code = TAAKVELD_CODE.match(row)
    if code is None:
        return frozenset()
    parts = [t.name for k, t in taakvelden().items() if k != code[1] and k.startswith(code[1])]
    counts = Counter(t for name in parts for t in set(stems(name)))
    return frozenset(t for t, n in counts.items() if 2 * n > len(parts) >= 2)


def _names_other(m: Measure, asked: set[str]) -> bool:
    """Whether a row's label names a measure other than the one asked ('Lasten' when the
    baten are asked)."""
    return bool(set(stems(m.first.row)) & _MEASURE_STEMS - asked)


def _row_subject(m: Measure) -> set[str]:
    """The words of a row's label that name its subject: no numbers, no budget words."""
    return {t for t in stems(_bare(m.first.row)) if not _is_generic(t) and not t.isdigit()}


def _prints_again(other: Measure, subject: set[str], last: TableCell) -> bool:
    """Whether another row prints the last figure again, under a label with the same
    subject in fewer or more words ('Algemene uitkering gemeentefonds' 80.998.560 in
    euros, and '0.7 Algemene uitkering en overige uitkeringen gemeentefonds' 80.999 in
    x € 1.000): the same figure in the same year, and one label's subject within the
    other's (`subject`: the last row's, `_row_subject`)."""
    if not last.value or other.first.kind != "table":
        return False
    theirs = _row_subject(other)
    same = next((c for c in other.cells if c.period == last.period and c.value), None)
    return bool(subject and theirs) and (subject <= theirs or theirs <= subject) and (
        same is not None and _agree(last, same)
    )


def _same_row(a: Measure, b: Measure) -> bool:
    """Two measures read from one row of one table (its lasten, baten, saldo)."""
    return a.key[:2] == b.key[:2] and a.first.row == b.first.row


# the municipality itself, in the words a document uses for it
_OWN_BODY = set(stems("gemeente college raad wij"))


def _other_body(m: Measure) -> set[str]:
    """The body a sentence is about when it opens with one by name ('Het Afvalschap sloot
    2024 af ...', 'De Veiligheidsregio verwacht ...'): its figures are that body's, not the
    municipality's. Empty for a table row or a sentence about the municipality."""
    if m.first.kind != "prose":
        return set()
    opening = re.match(r"^(?:De|Het)\s+([A-Z][\w-]+)", m.first.quote)
    if opening is None:
        return set()
    named = set(stems(opening.group(1)))
    if named & (_OWN_BODY | set(stems(m.first.municipality))):
        return set()
    return named


# A sentence that refers back to the one before ('Hiervoor is ...', 'Dit bedrag ...', 'Deze
# kosten ...'): the sentences before it say what it is about
REFERS_BACK = re.compile(
    r"^\W*(hier|daar|dit|deze|dat|die|dergelijke|zo)\w*\b|"
    r"\b(hier|daar)(voor|mee|van|bij|in|door|naast|op|uit|aan|toe)\b|"
    r"\b(dit|dat|deze|die)\s+(bedrag|budget|geld|krediet|totaal|tekort|overschot|voordeel|"
    r"nadeel|verschil|saldo|resultaat|aantal|percentage|onderzoek|project|plan)\b|"
    r"\b(daarvan|waarvan|ervan|ervoor|erin|eraan)\b|"
    # ... or names only the kind of amount it gives, as the subject of its verb ('De
    # investering bedraagt € 7,8 miljoen', 'De kosten zijn € 40.000'): of the thing before
    r"^\W*(de|het)\s+(totale\s+)?(investering|kosten|bijdrage|krediet|uitgaven|opbrengst|"
    r"lasten|baten|subsidie|budget|bedrag)\w*\s+(bedr(aa|a)g\w*|is|zijn|was|waren|komt|komen|"
    r"valt|vallen)\b",
    re.I,
)


def _modifier_found(term: str, part: str, fields: Collection[str]) -> bool:
    """Whether a row that prints only a part of a compound asked names what the compound
    means. The last element of a Dutch compound is its kind, the ones before it narrow it:
    a row that prints the narrowing part answers ('Energie' for 'energiekosten', 'Jeugd' for
    'jeugdhulp'); one that prints only the kind answers when the narrowing part is printed
    too or says nothing of its own ('Belastingen overig' is no 'parkeerbelasting')."""
    at = term.find(part)
    if at <= 0:
        return True
    modifier = term[:at]
    return (
        len(modifier) < 4
        or _is_generic(modifier)
        or any(len(f) >= 4 and (f in modifier or modifier in f) for f in fields if f != part)
    )


def _name_bare_totals(measures: list[Measure], fields: list[dict[str, float]]) -> None:
    """A bare total ('Totaal') is the total of the rows above it in its table and group: the
    words every one of them prints name it too ('Gemeente Proefdorp', 'Gemeente Proefhoeve':
    the total of the gemeenten), weighed as a column's words are."""
    rows: dict[tuple[str, str, str], list[set[str]]] = {}
    for m in measures:
        c = m.first
        if c.kind == "table" and not TOTAL_ROW.match(c.row):
            rows.setdefault((c.document_id, c.table, c.group), []).append(
                {t for t in word_stems(c.row) if len(t) >= 4 and t.isalpha()}
            )
    for m, terms in zip(measures, fields):
        c = m.first
        above = rows.get((c.document_id, c.table, c.group), [])
        if c.kind == "table" and set(stems(c.row)) <= {"totaal"} and len(above) >= 2:
            for t in set.intersection(*above):
                terms.setdefault(t, 0.7)


def _own_words_of(text: str) -> set[str]:
    """The words that name a row's subject: not 'totaal', a measure or a generic word."""
    return {
        t for t in stems(text)
        if t not in _MEASURE_STEMS and not _is_generic(t) and not TOTAL_ROW.match(t)
        and re.search(r"[a-z]{3}", t)
    }  # fmt: skip


def _own_words(m: Measure) -> set[str]:
    return _own_words_of(m.first.row)


def _names_only_asked(options: list[Measure], terms: Sequence[str]) -> Measure | None:
    """The total row of a group whose subject words are all asked ('Totaal zuivering'), when
    the other readings that name a subject are rows of its table that name something more
    (the group's own rows: '2.1 Planvorming zuivering')."""
    asked = {form for t in terms for form in word_forms(t)}
    exact = [
        m for m in options
        if TOTAL_ROW.match(m.first.row) and (own := _own_words(m)) and own <= asked
    ]  # fmt: skip
    named = [m for m in options if _own_words(m) and m not in exact]
    if len(exact) != 1 or not named:
        return None
    if all(m.key[:2] == exact[0].key[:2] and _own_words(m) - asked for m in named):
        return exact[0]
    return None


# A thing named with its year ('meicirculaire 2025', 'cao 2024'): a word, the year right after
DATED_NAME = re.compile(rf"([a-zà-ÿ][a-zà-ÿ-]*)\s+({YEAR_DIGITS})(?![\d-])", re.I)


def dated_names(text: str) -> dict[str, set[str]]:
    """The words of a text dated by the year printed right after them, with those years
    ('Meicirculaire 2023' -> {'meicirculair': {'2023'}}); a generic word dates nothing
    ('lasten 2025', 'begroting 2024')."""
    dated: dict[str, set[str]] = {}
    for m in DATED_NAME.finditer(text):
        for stem in stems(m[1].lower())[-1:]:
            if not _is_generic(stem) and stem not in STATUS_TERMS | MOMENT_STEMS | MONTH_OF.keys():
                dated.setdefault(stem, set()).add(m[2])
    return dated


def _is_generic(term: str) -> bool:
    """A generic budget word, or a compound of them ("programmalast")."""
    if term in _GENERIC_STEMS or term in POLARITY_WORDS:
        return True
    for g in _GENERIC_STEMS:
        if len(g) >= 4 and term.startswith(g) and _is_generic(term[len(g) :]):
            return True
    return False


def _synonyms() -> dict[str, str]:
    """The stem of every vocabulary word and of the words it stands for -> the concept."""
    def concept(word: str) -> str:
        return stems(word)[0] if stems(word) else word

    # a word with an entry of its own is its own concept, also where it is what another
    # word stands for ('uitkering' in 'gemeentefonds: algemene uitkering'), unless that
    # word stands for all it means ('gat': tekort and resultaat, 'tekort': resultaat are one)
    out = {concept(word): concept(word) for word in VOCABULARY}
    for word, meanings in VOCABULARY.items():
        for meaning in meanings:
            for t in stems(meaning):
                out.setdefault(t, concept(word))

    def root(t: str) -> str:
        while out.get(t, t) != t:
            t = out[t]
        return t

    for word, meanings in VOCABULARY.items():
        for meaning in meanings:
            if (
                meaning in VOCABULARY
                and set(VOCABULARY[meaning]) <= set(meanings)
                and root(concept(meaning)) != root(concept(word))
            ):
                out[root(concept(meaning))] = root(concept(word))
    return {t: root(t) for t in out}


def _expand(words: list[str]) -> list[str]:
    """Words with what the vocabulary says they stand for, also inside a hyphenated word
    ('Wmo-ondersteuning'); but a word that is what another word of them stands for means
    that ('uitkering' beside 'gemeentefonds': the algemene uitkering, no benefit)."""
    parts = {w: {w.lower(), *w.lower().split("-")} for w in words}
    out = list(words)
    for w in words:
        meant_by_others = {
            m for other in words if other.lower() != w.lower()
            for part in parts[other] for m in VOCABULARY.get(part, ())
        }  # fmt: skip
        for part in parts[w]:
            if part not in meant_by_others:
                out.extend(VOCABULARY.get(part, ()))
    return out


SYNONYM_OF = _synonyms()
# the stems of the words that each name alone what a resident's word stands for ('overhouden':
# an overschot, or a resultaat)
ALTERNATIVE_STEMS = {
    t for word in alternative_words() for t in stems(" ".join([word, *VOCABULARY[word]]))
}
# words that stand for a measure alone ('inkomsten': baten, 'uitgaven': lasten)
MEASURE_SYNONYMS = {
    t
    for word, meanings in VOCABULARY.items()
    if set(stems(" ".join(meanings))) <= _MEASURE_STEMS
    for t in stems(word)
}


# A taakveld asked for by its code ('taakveld 5.5', 'taakveld 6.71a')
TAAKVELD_ASKED = re.compile(r"\btaakveld\s+(\d{1,2}\.\d{1,3}[a-z]?)\b", re.I)
# A word back to the conversation's figure ('die ratio', 'dat tarief')
THAT_ONE = re.compile(r"\b(die|dat|dit|deze|diezelfde|datzelfde)\s+\w+", re.I)
# A question about what passes between a body and its members: contributions, refunds
PAYMENT = re.compile(
    r"\b(bijdrage\w*|bijdra(agt|gen)|draagt\b.*\bbij|betaa?l\w*|terug\w*|verdeelsleutel|"
    r"aandeel|deelnem\w*|deelname|krijgt|kreeg|kregen|ontv\w+)\b",
    re.I,
)


# A question about what something costs or what is spent on it
SPENT = re.compile(
    r"\b(ge)?kost(en|te|ten)?\b|\buitgeven\b|\buitgegeven\b|\buitgaven\b|\b(geeft|gaf|gaven)\b.*\buit\b",
    re.I,
)
# A particle set apart from its verb: at the end of the clause, or before the preposition
# that follows the verb ('Hoeveel draagt X in 2026 bij aan de veiligheidsregio?')
PARTICLES = ("bij", "uit", "op", "af", "mee", "toe", "terug", "binnen", "over", "aan", "in")
_AFTER_PARTICLE = set(
    "aan voor naar op in bij van dan tegenover mee volgens met per".split()
)


def verb_apart(question: str) -> tuple[str, str, str] | None:
    """A verb and its particle set apart ('Hoeveel draagt X in 2026 bij aan de VR?'): the
    verb as printed, the particle, and the verb they make ('bijdragen'); None if none."""
    words = re.findall(r"[\wëéïöü'-]+", question.lower())
    for k, particle in enumerate(words):
        if k < 2 or particle not in PARTICLES:
            continue
        after = words[k + 1] if k + 1 < len(words) else ""
        if after and after not in _AFTER_PARTICLE:
            continue  # 'in 2026', 'aan de veiligheidsregio': a preposition
        for j in range(k - 1, 0, -1):
            if words[j].isalpha() and (joined := separable_verb(words[j], particle)):
                return words[j], particle, joined
    return None


# A separable verb in its infinitive with 'te' ('uit te geven'): particle and verb
TE_INFINITIVE = re.compile(rf"\b({'|'.join(PARTICLES)})\s+te\s+([a-zà-ÿ]+en)\b", re.I)


# What comes in: 'Hoeveel haalt de gemeente op aan ...', 'Wat brengt ... op', 'ontvangt'
YIELD_TERMS = set(
    stems("opbrengst oplevert opleveren opgeleverd opbrengen ophalen haalt halen brengt brengen "
          "binnen ontvangt ontvangen inkomsten opgebracht opgehaald")
)  # fmt: skip
# ... of them, the words of income only ('halen' may take money out of a reserve)
INCOME_TERMS = set(stems("opbrengst oplevert opleveren opgeleverd opbrengen inkomsten"))
# Balances set aside, not spent: no answer to what something costs unless asked for
SET_ASIDE = re.compile(r"reserve|voorziening", re.I)
SPENDING = re.compile(
    # ... also money that 'gaat uit' ('hoeveel geld ging er ... meer uit dan begroot')
    r"\b(gaat|gaan|ging|gingen|gegaan)\b.*\b(naar|uit)\b|\buitgegeven\b|\bbesteed\b", re.I
)
# Money set aside for something ('begroot voor de brandweer', 'trekt ... uit voor'): spent
ALLOTTED = re.compile(
    rf"\b(begroot|geraamd|gereserveerd|beschikbaar)\s+voor\b|{DRAWN_OUT}", re.I
)
# What comes in, subtracted from what is spent ('... na aftrek van de inkomsten'): the words
# say how the figure is computed, they name no row
INCOME_SUBTRACTED = re.compile(
    r",?\s*\b(?:na\s+aftrek\s+van|verminderd\s+met|min(?:us)?)\s+(?:de\s+|het\s+)?"
    r"(?:baten|opbrengsten?|inkomsten|ontvangsten)\b|"
    # ... also as a resident says it ('dus als je de inkomsten eraf haalt')
    r",?\s*\b(?:dus\s+)?(?:als\s+(?:je|u|we|men)\s+)?(?:de\s+|het\s+)?"
    r"(?:baten|opbrengsten?|inkomsten|ontvangsten)\s+(?:er\s*)?af(?:\s*(?:haalt|trekt))?\b",
    re.I,
)
# The pay of one official ('Wet normering topinkomens'): a table per person, known by the rows
# the WNT's model prints (Regeling openbaarmaking en verantwoording WNT), whose fte and pay
# are that person's, never the staff or the pay of the body itself
OFFICIAL_ROW = re.compile(
    r"functiegegevens|functievervulling|omvang dienstverband|bezoldigingsmaximum|"
    r"dienstbetrekking",
    re.I,
)
# ... asked about only by a question that names an official
OFFICIAL_ASKED = re.compile(
    # (also the compounds that name them: 'gemeentesecretaris', 'algemeen-directeur')
    r"\b(?:\w*directeur|directie|\w*secretaris|bestuurder|\w*voorzitter|toezichthouder|griffier|"
    r"\w*functionaris\w*|topinkomen\w*|WNT|bezoldiging\w*|dhr|mevr|de heer|mevrouw)\b",
    re.I,
)
# What something costs net ('Wat kost X netto?', 'lasten min baten'): its saldo
NET_ASKED = re.compile(
    r"\b(?:kost\w*|uitgaven|lasten)\b[^?]*?\bnetto\b(?!\s+\w*(?:quote|schuld))|"
    r"\bnetto\s+(?:kosten|lasten|uitgaven)\b|\bper\s+saldo\b|" + INCOME_SUBTRACTED.pattern,
    re.I,
)
# A resident who lives alone ('Ik woon alleen', 'als ik alleen woon', 'alleenwonend'): a
# household of one, as a levy's tariff for an 'eenpersoonshuishouden' is (see the vocabulary's
# 'alleenstaande')
LIVES_ALONE = re.compile(
    r"\b(?:woon|woont|wonen)\s+(?:ik\s+|u\s+|je\s+|jij\s+)?alleen\b|"
    r"\balleen\s+(?:woon|woont|wonen)\b|\balleenwone\w*|\bin\s+(?:mijn|m'n|je)\s+eentje\b",
    re.I,
)
# ... and a household of more ('met z'n vieren', 'met mijn gezin'): a gezin, as the vocabulary
# has it, a meerpersoonshuishouden
LIVES_TOGETHER = re.compile(
    r"\bmet\s+(?:z'n|zijn|ons|onze|m'n|mijn)\s+(?:tweeën|drieën|vieren|vijven|zessen|zevenen|"
    r"achten|gezin|kinderen|partner)\b",
    re.I,
)
# What is left of a budget or credit: its 'Restant' column
REMAINING = re.compile(
    # ('hoeveel geld ligt er nog klaar voor X': what is left of its credit)
    r"\bnog\s+(over|beschikbaar|te besteden|klaar)\b|\bligt\s+(?:er\s+)?nog\b|"
    r"\bover\s+(is|blijft)\b|\bresteer\w*|"
    r"\b(blijft|bleef|blijven)\s(?:\w+\s){0,4}?over\b|"
    r"\bresterend\w*|\brestant\w*",
    re.I,
)
# What has been spent so far ('tot nu toe', 'tot dusver', 'tot op heden')
SO_FAR = re.compile(r"\btot\s+(?:nu|dusver|op\s+heden)(?:\s+toe)?\b", re.I)
# What goes out of or into a reserve or provision: its movements, not its balance
_FUND = r"\b(?:de|het)\s+(?:\w+\s+){0,2}?\w*(?:reserve|voorziening|fonds)(?:s|en)?"
TAKEN_OUT = re.compile(
    rf"\b(gaat|gaan|ging|gingen|gehaald|haalt|halen)\b[^?]*?\buit\s+{_FUND}|"
    rf"\buit\s+{_FUND}\b[^?]*?\b(gehaald|onttrokken|gehaalt|halen)\b|"  # '... uit X gehaald'
    # ... or the fund just named ('En hoeveel halen ze daar in 2027 uit?')
    r"\b(gehaald|haalt|halen)\b[^?]*?\b(daar|hier|er)(\s[^?]*?\s|)uit\b|"
    r"\b(daar|hier|er)uit\b[^?]*?\b(gehaald|haalt|halen)\b|"
    # ... with the verb's particle before it ('Hoeveel is er dat jaar uit gehaald?')
    r"\b(daar|hier|er)\b[^?]*?\buit\s?(gehaald|gehaalt|halen)\b",
    re.I,
)
# All of a row added up, whatever years it prints ('bij elkaar opgeteld')
ADDED_UP = re.compile(r"\bopgeteld\b|\bbij elkaar\b", re.I)
# A sum over the years asked ('samen', 'in totaal'), or an amount over a period ('in de hele
# periode 2026-2029', 'in 2026-2029')
SUM_ASKED = re.compile(
    r"\b(samen|totaal|opgeteld|in totaal|tot en met|t/m|periode)\b|"
    r"\b(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d\b",
    re.I,
)
PUT_IN = re.compile(
    rf"\b(gaat|gaan|ging|gingen|gestort|stort|storten)\b[^?]*?\b(?:in|naar)\s+{_FUND}", re.I
)


# A sentence that points back ('Hiervoor is € 50.000 nodig', 'Dit kost ...'): what it is
# about stands in the sentence before it
ANAPHOR = re.compile(
    r"\b(hier|daar|waar)(voor|mee|door|van|bij|in|op|naast|uit|aan)\b|"
    r"^\W*(dit|deze|dat|die|het|zij|ze|hij)\b",
    re.I,
)
# 'niet-woningen' are no woningen: the negation stays with its word when stemmed
NEGATED = re.compile(r"\bniet-(?=\w)", re.I)


def capitalised(question: str) -> list[str]:
    """The words written with a capital inside a sentence ('sporthal De Hoeve', 'Ruigendal'),
    not its first word nor an abbreviation."""
    return [
        word
        for sentence in re.split(r"[.?!:]\s+", question)
        for word in re.findall(r"(?<=\s)[A-Z][a-zà-ÿ]{2,}\b", sentence)
    ]


def proper_names(question: str) -> set[str]:
    """The stems of the names in a question: its capitalised words, not an article."""
    return {
        t
        for word in capitalised(question)
        if word.lower() not in ("de", "het", "een", "den", "der")
        for t in stems(word)
    }


def _named_otherwise(label: str, names: set[str], asked: set[str]) -> bool:
    """Whether a label joins a name asked to a name the question does not have, in one
    compound ('Gouwe-Rijnland' for a question that names 'Holland Rijnland')."""
    for compound in re.findall(r"\b[A-Z]\w*(?:-[A-Z]\w*)+", label):
        parts = {t for part in compound.split("-") for t in stems(part)}
        if parts & names and not parts <= asked:
            return True
    return False


def _kept_whole(text: str) -> str:
    """A label or question with 'niet-' and a number kept on the word they qualify, so that
    stemming does not split them off ('niet-woningen', 'tweejarigen', '2-jarigen')."""
    text = NUMBER_COMPOUND.sub(_digits, NEGATED.sub("niet", text))
    text = AGE_BOUND.sub(lambda m: f"{m[1]}{'plus' if m[2] == '+' else 'min'}", text)
    text = AGE_OVER.sub(lambda m: f"{m['age'] or m['age2']}plus", text)
    text = AGE_UNDER.sub(r"\g<age>min", text)
    return DIGIT_COMPOUND.sub(r"\1", text)


# 'Maatwerkdienstverlening 18-' and '18+' (the jeugdhulp and the Wmo taakvelden): under and
# over 18, one word each, as 'plus' and 'min'
AGE_BOUND = re.compile(r"(?<![\d.,])(\d{1,2})([+-])(?![\w\d])")
# ... as a resident says it: 'onder de 18', 'jonger dan 18 jaar'; '18 jaar en ouder'
AGE_UNDER = re.compile(
    r"\b(?:onder|jonger dan|tot)\s+(?:de\s+)?(?P<age>\d{1,2})(?:\s+jaar)?\b", re.I
)
AGE_OVER = re.compile(
    r"\b(?:boven|ouder dan|vanaf)\s+(?:de\s+)?(?P<age>\d{1,2})(?:\s+jaar)?\b|"
    r"\b(?P<age2>\d{1,2})\s+jaar\s+(?:en|of)\s+ouder\b",
    re.I,
)


# '2-jarigen', '65-plussers': one word with their number, as the question spells them
DIGIT_COMPOUND = re.compile(r"\b(\d{1,3})-(?=[a-zà-ÿ])", re.I)


# 'tweejarigen' are the '2-jarigen' of an indicator table, 'vierkamerwoningen' '4-kamerwoningen'
NUMBER_WORDS = "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf".split()
NUMBER_COMPOUND = re.compile(
    rf"\b({'|'.join(NUMBER_WORDS)})(?=(?:jarig|jaars|persoons|kamer|maandelijk|wekelijk)\w*)",
    re.I,
)


def _digits(match: re.Match[str]) -> str:
    return str(NUMBER_WORDS.index(match.group(1).lower()))


# 'Riool- en waterzorgheffing': the first word lacks the tail it shares with the second
ELIDED = re.compile(r"\b([a-zà-ÿ]{3,})-\s+(?:en|of|&)\s+([a-zà-ÿ]{6,})", re.I)


def _elided_compounds(text: str, known: Collection[str]) -> str:
    """The words a shortened compound stands for ('Riool- en waterzorgheffing': rioolheffing),
    with every tail of the second word that is a word of the documents (`known` stems)."""
    found = []
    for head, whole in ELIDED.findall(text):
        for k in range(2, len(whole) - 4):
            tail = whole[k:]
            if (tail_stems := stems(tail)) and tail_stems[0] in known:
                found.append(f"{head}{tail}")
    return " ".join(found)


# Where one sentence of a question ends and the next begins ('Is de begroting rond? Met welk
# resultaat sluit hij?')
NEXT_SENTENCE = re.compile(r"(?<=[.?!])\s+(?=[A-Z])")


def _last_question(question: str) -> str:
    """The last sentence of a question of several ('Is de begroting rond? Met welk resultaat
    sluit hij?'), with the years the sentences before it name when it names none; '' for a
    question of one sentence."""
    parts = [p for p in NEXT_SENTENCE.split(question.strip()) if p.strip()]
    if len(parts) < 2 or not is_figure_question(parts[-1]) or not question_terms(parts[-1]):
        return ""  # (one that names nothing, 'Hoeveel?', asks what the one before named)
    last = parts[-1]
    years = [y for y in dict.fromkeys(YEAR.findall(question)) if y not in last]
    if years and not YEAR.search(last):
        last = f"{last.rstrip('?. ')} in {' en '.join(years)}?"
    return last


# How a figure stayed against its budget ('bleef ... onder het budget', 'blijft binnen')
STAYED_UNDER = re.compile(
    r"\b(blijft|blijven|bleef|bleven|gebleven)\b(?:\s+\S+){0,6}?\s+(onder|binnen|boven)\b"
)
# What is kept over ('houdt ... over', 'hielden ... over'): the verb 'overhouden' split
KEEPS_OVER = re.compile(r"\b(houdt|houden|hield|hielden)\b(?:\s+\S+){0,5}?\s+over\b")
# What a member gets back ('krijgt ... terug', 'ontvangen ... terug'): a refund
GETS_BACK = re.compile(r"\b(krijg\w*|kreeg|kregen|ontv\w+)\b(?:\s+\S+){0,4}?\s+terug\b")
# ... also as money that goes or is paid back ('Hoeveel gaat daarvan terug naar de
# gemeenten?', 'betaalt ... terug'), or named ('de terugbetaling'): never what is spent, nor
# a change ('loopt terug')
REFUND = re.compile(
    rf"{GETS_BACK.pattern}|\b(?:gaat|gaan|ging|gingen|vloei\w*|betaal\w*|betaald\w*|keert|keren|"
    r"stort\w*)\b(?:\s+\S+){0,4}?\s+terug\b|\bterug\s+(?:naar|aan)\b|\bterugbeta\w*",
    re.I,
)
# ... named as what comes off ('wat blijft er over na de terugbetaling'): not what is asked
AFTER_REFUND = re.compile(r"\bna\s+(?:de\s+)?terugbeta", re.I)
# ... as the documents print it ('Terugbetaling', 'terug te betalen', 'terugontvangt',
# 'teruggave', 'restitutie')
REFUND_PRINTED = re.compile(
    r"\bterug(?:beta|ontv|gave|gaaf|gestort|storting|\s+te\s+betalen|\s+naar|\s+aan)|\brestitu",
    re.I,
)


# The verbs of what a document shows: 'laat ... zien', 'toont'
SHOWS = re.compile(r"\b(?:laat|laten|liet|lieten)\b(?P<between>.*?)\bzien\b", re.I)
SHOWN = re.compile(r"\b(?:toont|tonen|toonde)\b", re.I)
BOTH_MEASURES = re.compile(r"\b(?:baten|lasten)\s+en\s+(?:de\s+)?(?:baten|lasten)\b", re.I)


def question_terms(question: str) -> list[str]:
    """The stems that name the measure (years and begroot/realisatie choose the column)."""
    # 'als ik alleen woon' names a household of one, and no living or 'alleen' of its own;
    # 'met z'n vieren' a household of more
    question = LIVES_TOGETHER.sub(" gezin ", LIVES_ALONE.sub(" alleenstaande ", question))
    question = _kept_whole(question)
    # the day of a date ('op 31 december') names no row; the month chooses the column
    question = re.sub(rf"\b\d{{1,2}}\s+(?=(?:{'|'.join(MONTHS)})\b)", " ", question, flags=re.I)
    # ... and so does the month of a date in figures ('per 31-12-2025': december 2025)
    question = NUMERIC_DATE.sub(lambda d: f"{MONTHS[int(d[1]) - 1]} ", question)
    if ASKS_STOCK.search(question):
        # what a fund holds 'na 2025': what is left at the end of that year
        question = re.sub(r"\bna\s+(?=(?:19|20)\d\d\b)", "eind ", question, flags=re.I)
    # 'aan de lastenkant' is the lasten
    question = re.sub(r"\b(lasten|baten|uitgaven|inkomsten)kant\b", r"\1", question, flags=re.I)
    # 'het saldo van baten en lasten' is the saldo: its baten and lasten are its name
    question = re.sub(
        r"\bsaldo\s+van\s+(?:de\s+)?(?:baten|lasten)\s+en\s+(?:de\s+)?(?:baten|lasten)\b",
        "saldo", question, flags=re.I,
    )  # fmt: skip
    # 'volgens het overzicht van baten en lasten ... de lasten van X': the pair names the
    # overview, and the measure is the one that stands alone
    if re.search(r"\b(?:baten|lasten)\b", alone := re.sub(BOTH_MEASURES, " ", question)):
        question = alone
    # 'het jaar 2025' is the year, as '2025' alone is
    question = re.sub(r"\b(?:boek)?jaar\s+(?=(?:19|20)\d\d\b)", " ", question, flags=re.I)
    # 'na de laatste begrotingswijziging' names the budget's column, as 'na wijziging' does
    question = VERSION_PHRASE.sub(" ", question)
    # 'per jaar' says a figure is yearly, as budget figures are: it names no row
    question = re.sub(r"\bper\s+jaar\b", " ", question, flags=re.I)
    # ... nor do the words that say staff are employed ('Hoeveel fte heeft X in dienst?')
    question = re.sub(r"\bin\s+dienst\b", " ", question, flags=re.I)
    # ... nor does the verb of a count ('Hoeveel inwoners telt X?')
    question = re.sub(r"\b(telt|telde|telden)\b", " ", question, flags=re.I)
    # ... nor what a document shows ('Welk resultaat laat de meerjarenraming zien?')
    question = SHOWN.sub(" ", SHOWS.sub(r" \g<between> ", question))
    # ('na aftrek van de inkomsten' says how a net figure is computed, and names no row)
    asked = YEAR.sub(" ", INCOME_SUBTRACTED.sub(" ", question.lower()))
    words = re.findall(r"[\wëéïöü/'-]+", asked)
    if re.search(_SPLIT_CHANGE, asked):
        # 'neemt ... af', 'gaan ... omhoog' ask a change and name no row
        words = [w for w in words if w not in SPLIT_CHANGE_WORDS]
    if STAYED_UNDER.search(asked):
        # 'Hoeveel bleef X onder het budget?': how a figure came out, as 'viel lager uit'
        words = [w for w in words if not STAYED_UNDER.fullmatch(f"{w} onder")]
    if KEEPS_OVER.search(asked):
        # 'Houdt X geld over?': what it keeps over, 'overhouden'
        words = [w for w in words if not KEEPS_OVER.fullmatch(f"{w} over")] + ["overhouden"]
    if GETS_BACK.search(asked):
        # 'Hoeveel krijgt X terug uit het resultaat?' asks a refund, no baten
        words = [w for w in words if not GETS_BACK.fullmatch(f"{w} terug")]
    refund = bool(REFUND.search(asked))
    if ALL_TOGETHER.search(question):
        words.append("totaal")  # 'alle reserves samen': the row of their total
    if REMAINING.search(question):
        words += ["restant", "resteert"]  # 'hoeveel is er nog over van het krediet'
    elif SO_FAR.search(question):
        words.append("uitgaven")  # 'wat heeft X tot nu toe gekost': what was spent, no budget
    if TAKEN_OUT.search(question):
        words.append("onttrekking")  # 'hoeveel gaat er uit de voorziening'
    elif PUT_IN.search(question):
        words.append("toevoeging")  # 'hoeveel gaat er naar de reserve'
    elif SPENDING.search(question) and not refund:
        words.append("lasten")  # "hoeveel geld gaat er naar ..." asks what is spent
    # (the words the vocabulary adds kept whole as the question's are: 'eenpersoons-')
    terms = stems(_kept_whole(" ".join(_expand(words)))) + label_terms(question)
    if NET_ASKED.search(question) and not PERCENT_ASKED.search(question):
        # what it costs net, lasten minus baten: the saldo (a share of it is computed apart)
        terms = [t for t in terms if t not in _MEASURE_STEMS and t != "netto"] + ["saldo"]
    return [t for t in dict.fromkeys(terms) if t not in STATUS_TERMS]


def _budget_version(cells: list[TableCell], status: str, version: str) -> list[TableCell]:
    """Several columns of one year (jaarstukken: 'Begroting primair', 'Begroting na
    wijziging', 'Realisatie'): the one the question names, else the realisation (what was
    spent), and of the budgets the amended one (the budget in force)."""
    if version:
        named = [c for c in cells if re.search(VERSIONS[version][1], c.column, re.I)]
        if not named and sum(c.status.startswith("begroot") for c in cells) >= 2:
            return []  # two budgets, neither named as asked: which one is not printed
        # a column named as another version ('na wijziging' when the original is asked) is
        # never the one asked
        others = [
            c for c in cells
            if any(re.search(VERSIONS[v][1], c.column, re.I) for v in VERSIONS if v != version)
        ]  # fmt: skip
        return named or [c for c in cells if c not in others]
    if not status:
        realised = [c for c in cells if c.status == "realisatie"]
        if realised and any(c.status == "begroot" for c in cells):
            return realised
    if status in ("", "begroot"):
        amended = [c for c in cells if re.search(VERSIONS["amended"][1], c.column, re.I)]
        return amended or cells
    return cells


def column_measure_terms(column: str) -> list[str]:
    """The measure a column names ('Lasten Begroting 2024' -> lasten), not its status."""
    return stems(" ".join(w for w in column.split() if MEASURE_WORDS.match(w)))


def label_terms(text: str) -> list[str]:
    """Words that tell rows apart but are stopwords to a search engine: 'met' and 'zonder'
    ('Jeugdhulp met/zonder verblijf'), and programme numbers ('programma 2' is 'P2')."""
    # 'Met welk resultaat ...', 'Met hoeveel ...': the asking, not 'met verblijf'
    lowered = re.sub(r"\bmet\s+(?=welke?|hoeveel|wat)\b", " ", text.lower())
    # ... and 'vergeleken met', 'samen met': a comparison or a sum, not 'met verblijf'
    lowered = re.sub(r"\b(vergeleken|vergelijking|samen)\s+met\b", r"\1", lowered)
    found = [w for w in sorted(POLARITY_WORDS) if re.search(rf"\b{w}\b", lowered)]
    found += [f"p{n}" for n in re.findall(r"\bprogramma\s*:?\s*p?(\d{1,2})\b", lowered)]
    # ... also in words ('programma drie'; 'één', for 'een' is mostly the article)
    found += [
        f"p{NUMBER_WORDS.index(w) if w in NUMBER_WORDS else 1}"
        for w in re.findall(rf"\bprogramma\s+(één|{'|'.join(NUMBER_WORDS[2:])})\b", lowered)
    ]
    found += re.findall(r"\b(p\d{1,2})\b", lowered)
    return found


# What kind of number a question asks for; a lookup gets a cell of that kind or a refusal.
# A change or share in percent is computed from amounts, so it asks for no unit here.
# Nouns of money, also at the end of a compound ('zorgkosten', 'rijksbijdragen')
# A word cut short in a row label: 'Voorz. vastgoed', 'Onderh. wegen' (three letters or more)
PROGRAMME_TERM = re.compile(r"p\d{1,2}")  # 'programma 2', as label_terms gives it
ABBREVIATION = re.compile(r"\b([A-Za-zà-ÿ]{3,})\.(?=\s|$)")
MONEY_NOUNS = (
    r"(?:kosten|lasten|baten|gelden|middelen|heffingen|belastingen|opbrengsten|inkomsten|"
    r"uitgaven|subsidies|bijdragen|reserves|voorzieningen|kredieten|investeringen|euro'?s|"
    r"miljoenen|leges|tarieven|premies|schulden|leningen|vermogen|inkomen|salaris\w*|"
    r"lonen|voorschot\w*|fondsen|budgetten|bedragen)\b"
)
NAMES_MONEY = re.compile(rf"\b\w*{MONEY_NOUNS}", re.I)  # 'van alle bijdragen', 'rijksbijdragen'
# The things a question counts by name ('Hoeveel jeugdigen ...')
COUNTED_NOUNS = (
    r"fte|formatieplaatsen|banen|arbeidsplaatsen|"
    r"mensen|personen|inwoners|kinderen|jongeren|jeugdigen|leerlingen|"
    r"huishoudens|gezinnen|cli[eë]nten|deelnemers|medewerkers|aanvragen|meldingen|"
    r"bezoekers|woningen|uitkeringen|trajecten"
)
# ... and a change of such a count ('Hoeveel meer jeugdigen ...?'): a count, never an amount
COUNT_CHANGED = re.compile(rf"\bhoeveel (?:meer|minder) ({COUNTED_NOUNS})\b", re.I)
UNIT_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # (also a compound: 'het afvalscheidingspercentage')
    ("percent", re.compile(r"\b(welk|hoeveel) (percentage|procent)\b|\w*percentage\b", re.I)),
    ("grade", re.compile(r"\bcijfer (gaven|geven|krijgt|kreeg)\b|\brapportcijfer\b", re.I)),
    ("count", re.compile(
        rf"\bhoeveel ({COUNTED_NOUNS}|jaar|jaren|maanden|weken|dagen)\b"
        # ... and a quantity in a unit of measure ('Hoeveel ton restafval ...?')
        rf"|\bhoeveel ({MEASURE_UNITS})\b", re.I)),
    # 'hoeveel' before a plural that names no money ('Hoeveel bomen heeft de gemeente?',
    # 'Hoeveel paspoorten zijn er uitgegeven?'): things are counted, whatever verb follows
    ("count", re.compile(
        r"\bhoeveel\s+(?:[a-zà-ÿ]+e\s+|eigen\s+)?(?!(?:bedragen|kosten|betalen|geven|krijgen|ontvangen|"
        r"hebben|zijn|waren|worden|werden|gaan|moeten|zullen|kunnen|mogen|verdienen|besteden|"
        r"brengen|leveren|zitten|staan|komen|dragen|sparen|investeren|procenten|keren|was|"
        r"is|wordt|werd|heeft|had|gaat|ging|komt|kwam|zit|zat|staat|stond|bedraagt|eigen|"
        r"hadden|gingen|kwamen|zaten|stonden|liggen|lagen|vallen|vielen|blijven|bleven|"
        # ... and the same verbs in the past tense ('Hoeveel betaalden X en Y samen?')
        r"kostten|betaalden|gaven|kregen|ontvingen|verdienden|besteedden|brachten|leverden|"
        r"droegen|spaarden|investeerden|moesten|zouden|konden|mochten)\b)"
        rf"(?![a-zà-ÿ]*{MONEY_NOUNS})"
        # ... a verb, not a noun, when its subject follows ('Hoeveel halen ze eruit?')
        r"(?![a-zà-ÿ]+\s+(?:ze|zij|wij|we|je|jij|u|hij|men|jullie)\b)"
        r"[a-zà-ÿ]{2,}(?:en|s|'s|lui|lieden)\b",
        re.I)),
    ("EUR", re.compile(
        r"\b(hoeveel geld|kost(en|te)?|uitgeven|uitgegeven|geeft\b.*\buit|besteedt?|"
        r"investeert|investeren|investeerde|geïnvesteerd|"
        r"bedrag|euro|budget|inkomsten|opbrengst|lasten|baten|saldo|begroting van)\b|€", re.I)),
    # paying and receiving: money changes hands ('Hoeveel kreeg X van Y?'), unless what is
    # counted follows 'hoeveel' ('Hoeveel mantelzorgers krijgen een waardebon?')
    ("EUR", re.compile(
        r"\bhoeveel\s+(?:(?:heeft|hebben|had|hadden|is|wordt|werd|zal|gaat|moet)\s|"
        r"(?=kreeg|kregen|krijgt|krijgen|ontv|beta+l|droeg|draagt|dragen)).*"
        r"\b(beta+l\w*|kreeg|kregen|krijgt|krijgen|ontvangt|ontving|ontvangen|"
        r"bijgedragen|droeg|droegen|draagt|dragen)\b", re.I)),
    ("EUR", re.compile(r"\bwat\b[^?]*\b(betaal|betaalt|betalen|betaald)\b", re.I)),
    # what is budgeted, with no counted thing named: 'Hoeveel is er in 2027 begroot voor X?'
    ("EUR", re.compile(
        r"\bhoeveel\s+(?:is|wordt|werd|was|staat|stond)\s+er\b[^?]*"
        r"\b(begroot|geraamd|uitgetrokken|gereserveerd|beschikbaar)\b", re.I)),
    # what a fund holds: 'Hoeveel zat er begin 2024 in de algemene reserve?'
    ("EUR", re.compile(
        r"\bhoeveel\s+(zit|zat)\s+er\b[^?]*\b(reserve|voorziening|fonds|pot)\w*", re.I)),
    # what something yields: 'Hoeveel brengt de rioolheffing op?'
    ("EUR", re.compile(
        r"\b(brengt|brengen|bracht|brachten|levert|leveren|leverde|leverden)\b[^?]*\bop\b", re.I
    )),
    # a ratio is a number of its own kind: never an amount; so is a degree ('de
    # kostendekkendheid van de afvalstoffenheffing', 'de bezettingsgraad'), printed in
    # percent, never the yield beside it
    ("ratio", re.compile(r"\w*(ratio|dekkendheid)\b|\w+graad\b|\bverhouding\b", re.I)),
    # last, money asked in other words ('Hoeveel gaf Harlebroek uit aan jeugdhulp?', 'Wat
    # betaalden de gemeenten samen?', 'Met welk resultaat ...'): an amount, never a count of
    # people or a percentage
    ("EUR", re.compile(
        rf"{SPENT.pattern}|{DRAWN_OUT}|\b(betaal\w*|betaald\w*|verdien\w*|verdiend|ontvang\w*|"
        r"opgebracht|opbreng\w*|resultaat|rijksgeld\w*|geld|bedrag|tekort|overschot|vergoeding|"
        r"begrotingssaldo|euro'?s?)\b",
        re.I)),
)  # fmt: skip
# The units a sum may add: amounts and counts, never percentages or grades
ADDABLE = ("EUR", "count")
# 'er', 'daar' or 'hier' with its particle right before the verb at the end ('is er in 2027
# aan onttrokken?', 'wordt er uit gehaald?'): the particle points back at what was just named
# (only a time or a small word between them: 'er in 2046 ... uitgegeven aan verenigingen'
# names what the money went to)
POINTS_BACK = re.compile(
    r"\b(?:er|daar|hier)(?:(?:\s+(?:in|op|per|over|eind|begin|dat|dit|het|jaar|vorig|volgend|"
    r"nog|al|dus|ook|dan|totaal|\d{4}))*\s+)?(?:aan|uit|in|bij|af|van|op|mee|naar|over)\s+"
    r"(?!\w+ingen\b)(?:ge|ver|ont|toe|be|op|uit|af|bij)\w+(?:d|t|en)\s*\?*\s*$",
    re.I,
)
# The whole a share is asked of: the words after 'procent van', 'aandeel van', up to what
# goes to the part ('... van de WOZ-waarde betaal je aan', '... van de lasten gaat naar')
SHARE_OF = re.compile(
    r"\b(?:procent|percentage|aandeel|deel)\s+van\s+(.+?)"
    r"(?=\s+(?:aan|naar|voor|gaat|ging|gaan|gingen|betaal\w*|is|was|wordt|werd|in\s+\d{4})\b|\?|$)",
    re.I,
)
# A share asks for a part of a whole that a table prints as a total ("van de totale lasten")
# A share of the last figure: 'Welk percentage daarvan ...?'
POINTS_TO_LAST = re.compile(r"\bdaarvan\b", re.I)
# The one whose whole a share is of: 'van de totale lasten van Wassenaar'
WHOLE_OF = re.compile(
    r"\b(?:totale?|alle)\s+(?:\w+\s+){0,2}?van\s+(?:de\s+gemeente\s+|het\s+|de\s+)?"
    r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
)
SHARE_WHOLE = re.compile(r"\b(totale?|alle|programma|sociaal domein|uitgaven|lasten|baten)\b", re.I)
# What a share goes to ('gaat naar inkomensregelingen'), up to a year, the end or a comma (but
# not one inside a list: 'naar zorg, jeugd en welzijn')
PART_NAMED = re.compile(r"\b(?:naar|aan|voor|van)\s+(.+?)(?=\s+in\s+\d{4}|\?|,(?![^,?]*\sen\s)|$)")


def _parts_named(question: str) -> list[str]:
    """The phrases of a share question that name its part, not its whole."""
    return [p for p in PART_NAMED.findall(question) if not SHARE_WHOLE.search(p)]
# The difference between realisation and budget: 'verschil', 'onder de begroting', 'meer dan
# begroot'
_PLANNED = (
    r"(begroot|geraamd|gepland|verwacht|(in )?(de )?begroting|(het |de )?begrote?\b|"
    r"(het |dat )?budget\b)"
)
BUDGET_VARIANCE = re.compile(
    r"\b(verschil|afwijking|overschre\w*|overschrijd\w*|ernaast|(na|voor)dee?l\w*)\b|"
    # 'Hoeveel ging daar overheen?', 'Hoeveel gingen ze over het budget heen?'
    # (a compound the question's reading splits: 'over heen')
    r"\b(er|daar|hier)?over\s?heen\b|\bover\s+(de|het)\s+(\w+e\s+)?(begroting|budget)\s+heen\b|"
    # 'Met hoeveel valt de jeugdzorg hoger uit?', 'Hoeveel beter is het resultaat
    # uitgevallen?': than budgeted
    r"\b(hoger|lager|beter|slechter|(on)?gunstiger)\b[^?.;]{0,60}?"
    r"\buit(valt|vallen|viel|vielen|gevallen)?\b|"
    # ... also of a budget named by its version ('onder de bijgestelde begroting')
    r"\b(onder|boven|binnen|over|naast) "
    r"((de|het) (\w+e )?(begroting|budget)|(het |de )?begrote?)\b|"
    r"\bten opzichte van (de |het )?(\w+ )?(begroting|begrote?|budget)\b|"
    # (a code with a point between, 'taakveld 6.6', ends no sentence)
    r"\b(meer|minder|hoger|lager|duurder|goedkoper|beter|slechter)\b"
    r"(?:[^?.;]|(?<=\d)\.(?=\d)){0,100}?\bdan\s+((er|het|de|dat|in)\s+)*"
    # ... 'dan het bijgestelde budget', 'dan de gewijzigde begroting'
    r"((was|is|werd)\s+)?((oorspronkelijk|aanvankelijk|vooraf|\w+e)\s+)?"
    + _PLANNED,
    re.I,
)


def variance_stems(question: str) -> set[str]:
    """The stems of the words that ask a difference with the budget ('overschreden', 'meer
    dan begroot')."""
    return {t for m in BUDGET_VARIANCE.finditer(question) for t in stems(m.group(0))}


# A change against an earlier year or plan ("Bijdrage VRH (hogere lasten € 45.000)", "€ 150.000
# hoger dan in 2023"), not the amount itself: it answers only a question about a change.
CHANGE_FIGURE = re.compile(
    # also of a compound ('een hogere rijksbijdrage'), and 'meer door dan geraamd'
    r"\b(hogere|lagere)\s+\w*"
    r"(lasten|baten|kosten|uitgaven|inkomsten|opbrengsten?|bijdrage)\b|"
    r"\b(hoger|lager|meer|minder)\s+(?:[a-zà-ÿ]+\s+)?dan\s+(?![\d€])|"
    r"\d\s*(hoger|lager)\b|\bten opzichte van\b|"
    r"\b(toename|afname|stijging|daling|verhoging|verlaging|aanvullende?|extra)\b|"
    # 'We breiden het team uit met 2 fte': by how much, not how many there are
    r"\b(uitgebreid|breid\w*)\b[^.;]{0,60}?\bmet\s+€?\s*\d|"
    # 'stijgt in 2026 met € 148.000', 'De tarieven stijgen met 3,5%': by how much (what a
    # question of a change asks, which no level is answered from)
    r"\b(stijg\w*|steeg|stegen|gestegen|daal\w*|daalde\w*|gedaald|groei\w*|gegroeid|"
    r"toegenomen|afgenomen|toe|af)\b[^.;]{0,60}?\bmet\s+(?:€\s*\d|\d[\d.,]*\s*%)",
    re.I,
)
# ... unless the comparison follows the figure after a comma, as said of the level
# ('3,4%, lager dan het landelijk gemiddelde')
COMPARED_AFTER = re.compile(
    r"\d[\d.,]*\s*(%|procent|mln|miljoen|miljard)?\s*(?P<comma>,)\s*(?:[a-zà-ÿ]+\s+){0,2}"
    r"(hoger|lager|meer|minder|groter|kleiner)\s+(?:[a-zà-ÿ]+\s+)?dan\b",
    re.I,
)
# A change word before 'tot' and a figure: the level reached, no change ('gedaald tot 4%')
LEVEL_REACHED = re.compile(
    r"\b(?:\w*(?:stijg|steeg|stegen|daal|dal|groei)\w*|gestegen|gedaald|gegroeid|toegenomen|"
    r"afgenomen|opgelopen)\s+tot\s+(?=(?:€\s*)?-?\d)",
    re.I,
)
LEVEL_ASKED = re.compile(r"\btot\s+(hoeveel|welk\w*|wat)\b", re.I)
# What a reserve or fund holds at a moment ('eind 2024', 'de stand', 'staat er in'), and the
# tables that print what goes in and out of it instead
ASKS_STOCK = re.compile(
    r"\b(eind|einde|ultimo|stand|saldo per|per 31|staat er|zit er|zat er|stond er|"
    r"op 1 januari|op 31 december)\b",
    re.I,
)
# A sentence about money going into or out of a fund ('dat ten laste van de algemene reserve
# komt', 'die we toevoegen aan de reserve'): a movement, never what the fund holds
PROSE_FLOW = re.compile(
    r"\b(ten (laste|gunste) van|toevoeg\w*|toegevoegd|onttrek\w*|onttrokken|gestort|storten|"
    r"dotatie|vrijval|afgeroomd)\b",
    re.I,
)
# 'Met hoeveel nemen de reserves af?': a change asked with a split verb
# What two figures differ in, said with the verb 'schelen' or in percentage points: a
# difference, never a relative change ('2,7 procentpunt' is no 10%)
_DIFFER = r"\b(scheelt|scheelde|scheelden|schelen|procentpunt\w*)\b"
POINTS_ASKED = re.compile(r"\bprocentpunt\w*\b", re.I)
SPLIT_CHANGE_WORDS = set(
    "neemt nemen nam namen af toe gaat gaan ging gingen omhoog omlaag".split()
)  # fmt: skip
_SPLIT_CHANGE = (
    r"\b(neemt|nemen|nam|namen)\b[^?.;]{0,80}?\b(af|toe)\b|"
    r"\b(gaat|gaan|ging|gingen)\b[^?.;]{0,80}?\b(omhoog|omlaag)\b"  # 'gaan ... omhoog'
)
# A clause naming what an asked total leaves out ('..., zonder de reserves'): no subject
# ('zonder verblijf', without an article, tells rows apart and stays)
EXCLUDED = re.compile(
    r",?\s*\b(?:zonder|exclusief|excl\.|behalve)\s+(?:de|het|alle)\s[^?.,]*"
    # 'de uitkeringen niet meegerekend', 'de reserves buiten beschouwing gelaten'
    r"|,?\s*\b(?:de|het|alle)\s[^?.,]*?\b(?:niet\s+meegerekend|niet\s+meegeteld|"
    r"buiten\s+beschouwing(?:\s+gelaten)?)\b",
    re.I,
)
# A clause naming what an asked total includes ('..., dus inclusief het deel voor X?')
INCLUDED = re.compile(r",?\s*(?:dus\s+)?(?:inclusief|met inbegrip van)\b[^?.]*", re.I)
# What a list of parts belongs to, said once after the last ('... en dagbesteding binnen de
# jeugdhulp')
SHARED_QUALIFIER = re.compile(r"\b(?:binnen|onder)\s+(?:de|het)?\s*([^?.,]+?)\s*[?.]?$", re.I)
# A question about what one person, household, dog or night pays, and the words of a rate
_UNITS = (
    r"(?:hond|nacht|overnachting|huishouden|woning|woonruimte|persoon|inwoner|ingezetene|"
    r"eigenaar|gebruiker|huurder|bewoner)"
)
# A figure per one who pays or lives somewhere ('Kosten per inwoner', 'per huishouden')
PER_PAYER = re.compile(rf"\bper\s+{_UNITS}", re.I)
PER_UNIT = re.compile(
    r"\b(?:als\s+(?:je|u|we|ik)\s+(?:één|een|1)\s+\w+\s+(?:hebt|heeft|hebben|heb)|"
    # what I pay ('Hoeveel rioolheffing moest ik betalen?'): my bill, a rate, not the total
    r"(?:betaal|betaalde|moet|moest)\s+ik|ik\s+(?:betaal|betaalde|betalen|kwijt)|"
    # ... or what one payer pays ('Wat betaalt een ingezetene aan watersysteemheffing?')
    rf"(?:betaalt|betaalde)\s+(?:een|één|1|elke|iedere)\s+{_UNITS}|"
    rf"per\s+(?:{_UNITS}|stuk|aanslag)|"
    # ('voor een meerpersoonshuishouden': a kind of household too)
    rf"voor\s+(?:je|uw|de|één|een|1)?\s*(?:\d+e|eerste|tweede|derde|volgende)?\s*\w*{_UNITS})\b",
    re.I,
)
PER_WHAT = re.compile(r"\bper\s+(\w+)")  # what a rate is per: 'per huishouden'
TARIFF_ASKED = re.compile(r"tarie(f|ven)\b", re.I)  # also 'OZB-tarief', 'rioolheffingtarief'
# An amount of money named as such ('hoeveel euro', 'welk bedrag')
MONEY_SAID = re.compile(r"\beuro\b|€|\bbedrag", re.I)
# A levy named ('watersysteemheffing', 'OZB', 'leges'): asked plainly, its rate and the total
# it brings in both answer
LEVY = re.compile(r"heffing|belasting|\bozb\b|\bleges\b|precario", re.I)
# What someone pays ('En wat betalen gebruikers ...?'): after a rate, the rate they pay
PAYS = re.compile(r"\b(betaal|betaalt|betaalde|betaalden|betalen|kwijt)\b", re.I)
RATE = re.compile(r"tarie[fv]|\bper\b|\b(?:eerste|tweede|elke)\b", re.I)
# A question that adds rows up ('A en B samen', 'tel A en B bij elkaar op')
# The parts of a sum named before its cue, and the rest of the question ('Hoeveel betalen A
# en B samen in 2027 voor de basistaken?')
SUMMED_BEFORE_CUE = re.compile(r"^(.+?\s(?:en|plus)\s\S+)\s+(?:samen|bij elkaar)\b(.*)$", re.I)
# ... and named after it, set apart by a comma or colon ('..., samen: A en B')
SUMMED_AFTER_CUE = re.compile(r"^(.+?)\s(?:samen|bij elkaar|opgeteld)\s*[,:]\s*(.+)$", re.I)
SUM_CUE = re.compile(r"\b(samen|bij elkaar|opgeteld|optellen|tel\s.+\sop)\b", re.I)
# 'Hoeveel meer gaat er naar sociale zaken dan naar jeugd?': one row against another, of one
# year; what follows 'dan' names the other row (not a year, a budget, the past, an average)
ROWS_COMPARED = re.compile(
    r"\b(?:meer|minder|hoger|lager|duurder|goedkoper)\b[^?]*?\s(?P<than>dan\s+"
    r"(?:(?:aan|naar|voor|bij|op|in|van|uit)\s+)?(?:(?:de|het)\s+)?)(?P<other>[^?]+)",
    re.I,
)
NO_ROW_AFTER_THAN = re.compile(
    r"\b(begro\w*|geraamd\w*|raming|verwacht\w*|gepland\w*|vorig\w*|eerder|toen|vroeger|"
    r"gemiddel\w*|landelijk\w*|nederland|normaal|afgesproken|voorheen|dat|die|dit|"
    r"realisatie|werkelijk\w*|rekening|jaarrekening|budget\w*|plan\w*)\b",
    re.I,
)
FLOW = re.compile(r"\b(mutaties?|toevoegingen?|onttrekkingen?|dotaties?)\b", re.I)
# Columns of what went in or out of a reserve or fund in a year, beside its balance
# ('Vermeerderingen 2024', 'Verminderingen 2024', 'Begroting 2024'): the question words
# (stems, also participles) of each kind of movement, and the column words that print it
FLOW_KINDS = (
    (("vermeerder", "toevoeg", "toegevoeg", "dotatie", "gestort", "stort", "bijgekom"),
     re.compile(r"vermeerdering|toevoeging|dotatie|storting|ontvangen", re.I)),
    (("verminder", "onttrek", "onttrok", "aanwend", "vrijval", "vrijgevallen", "afgegaan"),
     re.compile(r"vermindering|onttrekking|aanwending|vrijval|vrijgevallen", re.I)),
    (("investeer", "investering"), re.compile(r"invest", re.I)),
    (("afschrijv", "afgeschrev"), re.compile(r"afschrijving", re.I)),
    (("mutatie",), re.compile(r"mutatie", re.I)),
)  # fmt: skip
# What is left of a budget is not what was set aside: "Hoeveel is er nog over van ...?" is
# never answered with "€ 450.000 beschikbaar gesteld" unless that sentence says what remains.
ASKS_REMAINDER = re.compile(
    r"\bnog over\b|\brest(ant|eert|erend|erende)\b|\bover(gebleven|blijft)\b|\bnu nog\b|"
    r"\bnog (beschikbaar|in kas|te besteden)\b",
    re.I,
)
ALLOCATION = re.compile(r"\bbeschikbaar gesteld\b|\btoegekend\b|\b(begroot|geraamd) op\b", re.I)
REMAINDER = re.compile(r"\brest(ant|eert|erend|erende)\b|\bnog\b|\bbedraagt\b|\bstand\b", re.I)
# a question about a change itself, which one printed amount cannot answer
ASKS_CHANGE = re.compile(
    r"\b(hoeveel|met hoeveel|wat is het)\s+(?:euro\s+|procent\s+)?(meer|minder|hoger|lager|"
    r"extra|erbij|duurder|goedkoper|beter|slechter)\b|"  # 'Hoeveel euro duurder wordt ...?'
    r"\b(meer|minder|hoger|lager|duurder|goedkoper)\b[^?.;]{0,100}?\bdan\s+(?![\d€])|"
    # 'Hoeveel is het fonds kleiner geworden?'
    r"\b(groter|kleiner|hoger|lager|duurder|goedkoper)\s+(geworden|worden|wordt|werd)\b|"
    r"\b(stijging|daling|toename|afname|verschil|verandering|gestegen|gedaald|gegroeid|"
    r"toegenomen|afgenomen|stijgt|stijgen|daalt|dalen|groeit|"
    # ... and a split verb as the question is read ('neemt ... af': 'afnemen')
    r"afnemen|toenemen|"
    # ... also in the past tense ('Met hoeveel procent steeg het aantal scans?')
    r"steeg|stegen|daalde|daalden)\b|"
    + _DIFFER
    + "|"
    + _SPLIT_CHANGE,
    re.I,
)
# A change named at the end of a compound ('Loonkostenstijging cao', 'Huurverhoging'): a row
# that prints a change
CHANGE_COMPOUND = re.compile(
    r"\w{3,}(?:stijging|daling|toename|afname|verhoging|verlaging|groei|indexatie|"
    r"indexering)\b",
    re.I,
)
CHANGE_QUESTION = re.compile(
    r"\b(meer|minder|hoger|lager|hogere|lagere|extra|erbij|omhoog|omlaag|stijg\w*|daal\w*|"
    r"steeg|stegen|groeide|groeiden|nam\w* (?:toe|af)|"
    r"duurder|goedkoper|groter|kleiner|"
    r"dalen|gestegen|gedaald|toename|afname|toegenomen|afgenomen|verhoging|verlaging|"
    r"verschil\w*|veranderd|verandering|verander\w*|groei\w*|gegroeid)\b|"
    + _DIFFER
    + "|"
    + _SPLIT_CHANGE,
    re.I,
)
_COMPARED = "duurder|goedkoper|hoger|lager|groter|kleiner|meer|minder"
_BECOMES = "wordt|worden|werd|werden|geworden"
# A change over time: what rose or fell ('gedaald', 'toegenomen', 'de stijging'), not what is
# higher than something ('hoger dan')
OVER_TIME = re.compile(
    r"\b(stijg\w*|steeg|stegen|gestegen|daal\w*|gedaald|groei\w*|gegroeid|nam\w* (?:toe|af)|"
    r"toegenomen|afgenomen|toename|afname|stijging|daling|veranderd|verandering)\b|"
    # ... and what becomes dearer ('Hoeveel duurder wordt de rioolheffing?')
    rf"\b({_COMPARED})\b[^?.]*\b({_BECOMES})\b|\b({_BECOMES})\b[^?.]*\b({_COMPARED})\b",
    re.I,
)
# The nouns of tables that list changes
_CHANGES = r"mutaties|wijzigingen|verschillen|bijstellingen|afwijkingen|begrotingswijziging"
CHANGE_TABLE = re.compile(rf"\b(mutatie|ontwikkelingen|{_CHANGES})\b", re.I)
# A table named for the changes it lists ('Begrotingswijziging 2025-14', 'Tabel 3 -
# Mutaties'): every row is a change
CHANGES_CAPTION = re.compile(
    rf"^(?:(?:tabel|overzicht|bijlage)\s+[\d.]+\s*[-–:]?\s*)?(?:{_CHANGES})\b", re.I
)
COMPUTED = re.compile(
    r"\b(stijg|daal|dalen|daling|gestegen|gedaald|gegroeid|toegenomen|afgenomen|veranderd|"
    r"veranderen|steeg|stegen|"
    r"verandering|verschil|toename|afname|groei|aandeel|deel van|omhoog|omlaag|"
    r"vergeleken met|ten opzichte van|"
    r"meer|minder|hoger|lager|duurder|goedkoper|"
    r"(?:neemt|nemen|nam|namen)\b.*\b(?:toe|af)\b)|"  # 'Hoeveel nemen de lasten toe?'
    + _DIFFER,
    re.I,
)  # a sum ('samen', 'opgeteld') is in the unit of its parts


# The column of a whole: a total, or an investment's credit beside what is spent per year
WHOLE_COLUMN = re.compile(r"(totaal|totale|(totaal)?krediet|investeringsbedrag)\b", re.I)
# What a municipality raises or spends itself ('rioolheffing', 'ozb', 'lasten'), as stems: a
# member's row in another body's table never holds it
OWN_FIGURE = re.compile(r"hef|belast|^ozb$|tarie|^last$|^baat$|uitgav|inkomst")
# The last part of a compound that makes it a ratio of the parts before ('schuldquote',
# 'solvabiliteitsratio', 'vergrijzingsgraad'), as stems
RATIO_HEAD = re.compile(r"\w{4,}(?:quot|ratio|percentag|graad)$")
# A resident's compound of 'geld' ('parkeergeld', 'hondengeld'), as a stem: the money of
# what its first part names, which a table prints as that thing's yield or levy
# ('Parkeeropbrengsten', 'Hondenbelasting'), as stems
MONEY_COMPOUND = re.compile(r"^(?P<thing>\w{4,}?)s?geld$")
YIELD_HEADS = frozenset(stems("opbrengsten inkomsten ontvangsten baten heffing belasting"))
CREDIT_COLUMN = re.compile(r"((totaal|beschikbaar)\s*)?(krediet|investeringsbedrag)\b", re.I)
# A running total asked for at a moment ('eind 2025 in totaal'), and the column that prints
# one up to a year ('Uitgaven t/m 2024', 'Besteed tot en met 2024')
CUMULATIVE = re.compile(r"\b(in totaal|tot en met|t/m|bij elkaar|cumulatief)\b", re.I)
THROUGH = re.compile(r"\b(t/m|tot en met|tot)\s+(ultimo\s+)?\d{4}\b", re.I)
# The words a question is asked with: a typo of one is that word, not a printed word as close
ASKING_WORDS = ("hoeveel", "hoeveelheid", "waarom", "wanneer", "waarvoor", "waaraan", "welke")
# A quantity per person that is no tariff: 'hoeveel kilo restafval per inwoner'
PHYSICAL_UNIT = re.compile(r"\b(kilo\w*|kg|ton|liter\w*|m3|km|kilometer\w*|uren|keer)\b", re.I)
# A list in brackets, without figures ('(OZB, rioolheffing en afvalstoffenheffing)')
# Examples of what a sentence's amount is spent on ('onder meer in X en Y', 'waaronder X')
EXAMPLES_FOLLOW = re.compile(r"\b(?:onder (?:meer|andere)|waaronder|o\.a\.)\s", re.I)


def _examples_apart(row: str) -> tuple[str, str]:
    """A sentence's words before its examples, and the examples."""
    found = EXAMPLES_FOLLOW.search(row)
    return (row[: found.start()], row[found.end() :]) if found else (row, "")


LISTED_IN_BRACKETS = re.compile(r"\(([^()\d]*(?:,|\sen\s)[^()\d]*)\)")
# What a row holds besides its subject, or leaves out ('Totale lasten (inclusief overhead)',
# 'Baten (exclusief bijdragen gemeenten)'): no name of what the row is, no word it is found by
INCLUDED_ASIDE = re.compile(r"\(\s*((?:in|ex)cl(?:usief|\.)?\s[^()]*)\)", re.I)
# A sentence of what would happen, not what does
HYPOTHETICAL = re.compile(r"\b(zou|zouden)\b", re.I)
# A sentence of intent ('Wij wilden het gebruik van jeugdhulp laten dalen naar 10,5%', 'Ons
# doel is ...'): what was aimed at, no answer to what is or was, unless a goal is asked
INTENT = re.compile(
    r"\b(doel\w*|streef\w*|streven|streefden|wilden|willen|ambitie\w*|beoog\w*)\b", re.I
)


def _aimed_at(cell: TableCell) -> bool:
    """A sentence's figure that is an aim ('Wij willen 250 woningen bouwen'): the sentence
    says so outside the asides in brackets that do not hold the figure ('In 2025 zijn 214
    woningen opgeleverd (doel: 250)': the 214 were built, the 250 aimed at)."""
    said = re.sub(
        r"\([^()]*\)", lambda m: m.group(0) if cell.raw and cell.raw in m.group(0) else " ",
        cell.quote,
    )
    return bool(INTENT.search(said))


# A figure set as a bound in a sentence ('mag niet lager zijn dan 95%', 'minimaal 80%'), and a
# question about a norm
BOUND_BEFORE = re.compile(
    r"(?:\bniet\s+(?:lager|hoger|minder|meer)\b.*\bdan|\bminimaal|\bten\s?minste|\bmaximaal|"
    r"\bhoogstens)\s*(?:€\s*)?$",
    re.I,
)
BOUND_ASKED = re.compile(
    r"\b(norm\w*|minimaal|minimum|maximaal|maximum|ten\s?minste|grens\w*|mag|mogen|moet\w*)\b",
    re.I,
)


def _stated_as_bound(cell: TableCell) -> bool:
    return cell.kind == "prose" and BOUND_BEFORE.search(_before_amount(cell)) is not None


# A percentage asked for, plainly or as arithmetic ('hoeveel procent hoger', 'in procenten')
# 'Welk deel van de kosten komt voor rekening van X?': a part of a whole, as a percentage
# (a bare 'aandeel' is often money: 'ons aandeel in de hogere bijdrage is € 86.000')
SHARE_ASKED = re.compile(r"\b(welk|welke|hoe groot is het)\s+(aan)?deel\b", re.I)
PERCENT_ASKED = re.compile(r"\b(procent\w*|percentage)\b|%", re.I)
# A follow-up that compares the last figure with another year in so many words
FOLLOW_UP_CHANGE = re.compile(r"\b(hoger|lager|verschil\w*)\b|" + _DIFFER, re.I)
# The year's expected outcome in a bestuursrapportage: what is compared with the budget when no
# realisation is printed yet
FORECAST_COLUMN = re.compile(r"\b(prognose|verwacht\w*)\b", re.I)
UNIT_WORDS = re.compile(r"\b(aantal|procent|percentage|cijfer|euro|bedrag)\b|%|€", re.I)


def expected_unit(question: str, computed: bool = True) -> set[str]:
    """The units a plain lookup may answer with; empty when the question does not say, or
    (unless `computed` is False) when it may ask for arithmetic over other units ('met
    hoeveel procent stijgt ...')."""
    if SHARE_ASKED.search(question):
        return {"percent"}  # computed or printed, a share is never an amount
    if COUNT_CHANGED.search(question):
        return {"count"}
    change = COMPUTED.search(question)
    changed = computed and change
    deviation = computed and BUDGET_VARIANCE.search(question)
    if (changed or deviation) and PERCENT_ASKED.search(question):
        # a change in percent is computed from amounts or counts, and so is a deviation from
        # the budget ('Met hoeveel procent overschreden de lasten de begroting?')
        return set()
    for unit, cue in UNIT_CUES:
        if cue.search(question):
            if (changed and unit != "EUR") or (change and unit == "count"):
                # 'Hoeveel stijgen de lasten?' is no count of things; a change is of the
                # unit its figures have, asked in money words only ('Hoeveel meer betaalde'),
                # computed or printed ('De lasten stijgen met € 1,2 miljoen')
                return set()
            if unit == "ratio":
                # 'de ratio weerstandsvermogen' or 'weerstandsratio' is a number of its own;
                # a ratio of the kengetallen ('solvabiliteitsratio') is printed in percent
                return {"percent", "grade", "count", "ratio"}
            if unit == "EUR" and TARIFF_ASKED.search(question) and not MONEY_SAID.search(question):
                # 'Welk OZB-tarief betaal ik?': paying names money, but a tariff may be a
                # percentage of the WOZ value as well as an amount per thing
                return {"EUR", "percent"}
            return {unit, "count"} if unit == "grade" else {unit}
    return set()


def is_change(measure: Measure, stock: bool = False, deviation: bool = False) -> bool:
    """A figure that says how much something goes up or down, not how much it is. Asked
    what a reserve holds (`stock`), a table of its movements ('Meerjarenbeeld mutaties
    reserves', 'Toevoegingen') is a change too: it says what goes in or out, not the balance.
    Unless a deviation is asked (`deviation`), so is a sentence's deviation from the budget
    ('een voordeel van € 412.000 doordat ...', 'een onderschrijding van € 176.322')."""
    cell = measure.first
    said = _up_to_its_clause(cell) if cell.kind == "prose" else cell.row
    if cell.kind == "prose" and (compared := COMPARED_AFTER.search(said)):
        # 'bedraagt 3,4%, lager dan het landelijk gemiddelde': how the level compares, said
        # after it; no change
        said = said[: compared.start("comma")]
    if CHANGE_FIGURE.search(said):
        return True
    if not deviation and cell.kind == "prose" and DEVIATION_AMOUNT.search(said):
        return True
    if stock and cell.kind == "prose" and PROSE_FLOW.search(cell.quote):
        return True
    if cell.kind == "table" and CHANGES_CAPTION.match(cell.table):
        # ... unless the row prints the amounts it compares beside their difference
        # ('Afwijkingen per kostensoort': 'Begroting 2024 na 1e berap', 'Prognose 2024',
        # 'Afwijking'): those are levels, and the column asked chooses
        return not (
            any(c.status and c.period for c in measure.cells)
            and any(DIFFERENCE_COLUMN.match(c.column) for c in measure.cells)
        )
    return stock and bool(FLOW.search(f"{cell.table} {cell.group} {cell.row}"))


def _is_part(cell: TableCell) -> bool:
    """A figure of what a whole holds: a row 'waarvan structureel', or a number after
    'waarvan' in a sentence ('212 woningen opgeleverd, waarvan 74 in de sociale huur')."""
    if cell.kind == "prose":
        return bool(re.search(r"\bwaarvan\s+$", _before_amount(cell), re.I))
    return bool(PART_ROW.match(cell.row))


def _counted_by(cell: TableCell) -> str:
    """What a sentence's count counts: the word after the number ('5.500 aanvragen'), or,
    where a date follows the number ('2.418 eind 2023'), what the sentence says it is the
    number of ('Het aantal inwoners met een Wmo-voorziening ...')."""
    if ":" in cell.raw:
        # a key figure, 'Vergunningaanvragen (prognose 2031): 3.850': it counts what it names
        return cell.raw.split(":")[0]
    word = cell.raw.split()[-1]
    dated = word.lower() in YEAR_WORDS or not re.search(r"[a-zà-ÿ]", word, re.I)
    if dated and (named := NUMBER_OF.search(cell.quote)):
        return named.group(1)
    # '196 nieuwe woningen': the noun after the adjectives before it
    after = cell.quote.partition(cell.raw)[2]
    noun = ADJECTIVES_THEN_NOUN.match(after) if word.lower().endswith("e") else None
    return f"{word} {noun.group(1)}" if noun else word


# The words after an attributive adjective: more adjectives ('-e'), then the noun
ADJECTIVES_THEN_NOUN = re.compile(r"\s+(?:[a-zà-ÿ]+e\s+){0,2}([a-zà-ÿ]{3,}[a-df-zà-ÿ])\b")


NUMBER_OF = re.compile(r"\baantal\s+([a-zà-ÿ]+)", re.I)


def _named(m: Measure) -> frozenset[str]:
    """The words that name a row, wherever they stand: 'Lasten Programma 3 Sociaal Domein'
    is 'Lasten' under 'Programma 3 Sociaal Domein' in another document. A row that names
    only a measure ('Lasten') is named by its table's caption too ('Wat heeft het gekost?
    Programma 2 Veiligheid')."""
    words = set(stems(f"{m.label} {m.first.group}"))
    if m.first.kind == "table" and _names_only_a_measure(f"{m.first.row} {m.first.group}"):
        words |= caption_subject(m.first.table)
    return frozenset(words)


def _read_as(m: Measure, cell: TableCell) -> tuple[frozenset[str], frozenset[str]]:
    """What a cell is a figure of: the words that name its row, and the measure (lasten,
    baten, saldo) its row or else its column names ('P2 Mens en Maatschappij' under 'Lasten
    2025' is the 'Lasten' of 'P2 Mens en Maatschappij' in another edition's table)."""
    named = _named(m)
    measure = named & _MEASURE_STEMS or set(column_measure_terms(cell.column)) & _MEASURE_STEMS
    return named - _MEASURE_STEMS, frozenset(measure)


def caption_subject(caption: str) -> set[str]:
    """The words of a table's caption that name what it is about ('Programma 2 Veiligheid'),
    without its number, scale note and budget words ('Wat heeft het gekost?')."""
    words = re.findall(r"[\wà-ÿ'-]+", TABLE_CAPTION.sub(" ", SCALE.sub(" ", caption)).lower())
    return {
        t for w in words for t in stems(w)
        if not _is_generic(t) and not t.isdigit()
        # 'gekost' is as generic as 'kost'
        and not (w.startswith("ge") and all(_is_generic(u) for u in stems(w[2:])))
    }  # fmt: skip


def _dated_otherwise(cell: TableCell, months: set[int]) -> bool:
    """An amount whose own words date it to a day of another month: a sentence's ('Inwoners
    op 31 december 2025: 31.846' asked about 1 januari), or a row's that its label dates
    ('Algemene reserve (stand 31 december)')."""
    if cell.kind == "table":
        own = cell.row.lower()
    elif cell.kind == "prose" and cell.raw:
        at = cell.quote.find(cell.raw)
        # up to the number itself: a key figure's raw holds its words ('Inwoners op ...: 31.846')
        upto = re.sub(r"[\d.,]+\s*$", "", cell.quote[: max(at, 0) + len(cell.raw)])
        own = CLAUSE_BREAK.split(upto)[-1].lower()
    else:
        return False
    named = {n for n, name in enumerate(MONTHS, 1) if re.search(rf"\b\d{{1,2}}\s+{name}\b", own)}
    return bool(named) and not named & months


def _own_year(cell: TableCell) -> str | None:
    """The year a sentence's amount is of, read only where it is plain: a year right after
    the amount ('2.418 eind 2023', '75 kilo per inwoner in 2030'), else the last year before
    it in its own clause with no other figure between ('; in 2028 is het tekort € 95.000',
    '(2025: € 2.098.000)'), or two years listed with two amounts, each in its order ('Voor
    2028 en 2029 ... € 97.000 en € 164.000'). None otherwise, also for years listed with
    other figures ('2028 en 2029 ... € 97.000')."""
    at = cell.quote.find(cell.raw) if cell.raw else -1
    if at < 0:
        return None
    after = CLAUSE_BREAK.split(cell.quote[at + len(cell.raw) :])[0]
    if right_after := YEAR_RIGHT_AFTER.match(after):
        return right_after.group(1)
    before = CLAUSE_BREAK.split(cell.quote[:at])[-1]
    if re.fullmatch(r"\s*waarvan\s*", before, re.I):
        # a part of the count before it ('In 2031 zijn 318 woningen opgeleverd, waarvan 96
        # in de sociale huur'): of that count's year
        whole = CLAUSE_BREAK.split(cell.quote[: at - len(before)].rstrip(" ,"))[-1]
        before = re.sub(r"\d[\d.,]*\D*$", "", whole)  # up to the count's own number
    years = list(YEAR.finditer(before))
    if paired := YEARS_PAIRED.search(before):
        # 'Voor 2029 en 2030 ramen we tekorten van € 487.000 en € 1,3 miljoen': two years,
        # two amounts, in that order
        said = cell.quote[at - len(before) + paired.end() :]
        raw = re.escape(cell.raw)
        if re.search(rf"{raw}\s+en\s+(?:€\s?)?-?\d", said):
            return paired.group(1)
        if re.search(rf"\d(?:\s*(?:miljoen|mln|miljard))?\s+en\s+{raw}", said):
            return paired.group(2)
    if not years or YEARS_LISTED.search(before):
        return None
    between = before[years[-1].end() :]
    return None if re.search(r"\d", between) else years[-1].group(0)


# Where a sentence's clause ends: ';', '(', a comma before a space (not '1,2') and a colon
# before words ('... nog niet: het tekort bedraagt in 2028 ...', not '2025: € 2.098.000')
CLAUSE_BREAK = re.compile(r"[;(]|,\s|:\s+(?=[^\W\d_])")
YEAR_RIGHT_AFTER = re.compile(
    r"^\s*(?:(?:(?!(?:en|of|maar|dan)\b)[\w%-]+\s+){0,2}?"
    rf"(?:{'|'.join(YEAR_WORDS)})\s+)?((?:19|20)\d\d)\b",
    re.I,
)
YEARS_PAIRED = re.compile(r"((?:19|20)\d\d)\s+en\s+((?:19|20)\d\d)(?!\s*(?:en|,))")
YEARS_LISTED = re.compile(r"(?:19|20)\d\d\s*(?:en|t/m|tot en met|-|–)\s*(?:19|20)\d\d", re.I)


# 'daalt van 1.275 naar 1.240', 'stijgt van € 2,1 tot € 2,4 miljoen': the figure it comes to
_ABOUT = r"(?:(?:ruim|circa|ongeveer|bijna|zo'n)\s+)?(?:€\s?)?"
ARRIVES_AT = re.compile(rf"\b(?:naar|tot)\s+{_ABOUT}$", re.I)
MOVES_FROM = re.compile(rf"\bvan\s+{_ABOUT}$", re.I)


# An amount said to be of each of the years named before ('in beide jaren', 'in elk van die
# jaren', 'in die jaren')
EACH_OF_THOSE_YEARS = re.compile(
    r"\b(?:beide|allebei\s+de|elk\s+van\s+(?:die|deze)(?:\s+\w+)?|die|deze)\s+jaren\b", re.I
)


def _alone_or_arrived(cell: TableCell) -> bool:
    """A sentence's only figure, or the one a figure that moves comes to ('daalt van 1.275
    naar 1.240': 1.240), when the sentence states no other."""
    sentence = cell.quote.split(" · ")[-1]
    spans = figure_spans(sentence)
    if len(spans) == 1:
        return True
    if len(spans) != 2:
        return False
    (start, _, _), (end, _, printed) = spans
    return (
        printed == cell.raw
        and bool(MOVES_FROM.search(sentence[:start]))
        and bool(ARRIVES_AT.search(sentence[:end]))
    )


def _own_year_first(
    ranked: list[tuple[float, Measure]], year: str, found: Collection[MeasureKey] = ()
) -> list[tuple[float, Measure]]:
    """The amounts of the best sentence are read by the year of their own clause: when
    exactly one is of the year asked, it goes first with the sentence's score; one of
    another year goes ('sinds 2021 gedaald; het doel is 75 kilo in 2030' is no figure of
    2021). Amounts whose clause names no year are left as they rank, unless they rank only
    as the sentence's other amounts, not `found` by their own words: those are no rival to
    the one of the year asked, nor to the one found when none is of that year."""
    quote = ranked[0][1].first.quote
    same = [
        r for r in ranked
        if r[1].first.kind == "prose" and r[1].first.quote == quote
        and not any(c.period for c in r[1].cells)  # amounts the reader dated are read so
    ]  # fmt: skip
    if not same:
        return ranked
    own = [r for r in same if _own_year(r[1].first) == year]
    elsewhere = [r for r in same if (own_year := _own_year(r[1].first)) and own_year != year]
    rest = [r for r in ranked if r not in elsewhere]

    def below(top: float, others: list[tuple[float, Measure]]) -> list[tuple[float, Measure]]:
        return [
            (min(r[0], top - 2 * CLOSE_CALL), r[1]) if r in same and r[1].key not in found else r
            for r in others
        ]

    if len(own) == 1:
        # the amounts of one sentence are read by its words: the best one's score is theirs
        top = ranked[0][0]
        return [(top, own[0][1]), *below(top, [r for r in rest if r is not own[0]])]
    if not own and rest and rest[0][1].key in found:
        # none of them of the year asked: the one its words found stays first, and those only
        # brought along by it ('Er zijn 266 nieuwbouwwoningen opgeleverd; ... groeide de
        # woningvoorraad met 271 woningen') do not tie with it
        return [rest[0], *below(rest[0][0], rest[1:])]
    if rest and any(r[1] is rest[0][1] for r in own) and rest[0][1].key in found:
        # more than one of the year asked, the one its words found among them: those only
        # brought along ('212 opgeleverd' beside 'waarvan 74 in de sociale huur') do not tie
        return [rest[0], *below(rest[0][0], rest[1:])]
    return rest


def _year_before(measure: Measure, cell: TableCell) -> TableCell | None:
    """The cell of the year before `cell`'s in the same kind of column (31-12-2028 before
    31-12-2029, 'Rekening 2028' before 'Rekening 2029'), or None."""
    if cell.kind != "table" or not YEAR.fullmatch(cell.period or ""):
        return None
    earlier = str(int(cell.period) - 1)
    kind = YEAR.sub("", cell.column)
    same = [
        c for c in measure.cells
        if c.period == earlier and c.value is not None and YEAR.sub("", c.column) == kind
    ]  # fmt: skip
    return same[0] if len(same) == 1 else None


# which way a figure went against the plan: up ('hoger dan begroot', 'overschreden') or down
UP_WORDS = ("meer", "hoger", "hogere", "duurder", "groter")
DOWN_WORDS = ("minder", "lager", "lagere", "goedkoper", "kleiner")
UPWARD = re.compile(rf"\b({'|'.join(UP_WORDS)}|overschr\w*)\b", re.I)
DOWNWARD = re.compile(rf"\b({'|'.join(DOWN_WORDS)}|onderschr\w*)\b", re.I)


def _names_a_place(text: str) -> bool:
    """Whether a text names a municipality by its name ('Zwolle', 'Gemeente Deventer')."""
    return any(is_municipality(w) for w in re.findall(r"\b[A-Z][\w'-]+", text))


def _ordinals(text: str, asked: bool = False) -> frozenset[str]:
    """The places a text names ('tweede', '2e'); one thing asked for ('als je één hond
    hebt') is the first."""
    places = frozenset(PLACE_OF.get(o.lower(), o.lower()) for o in ORDINAL.findall(text))
    if asked and not places and ONE_THING.search(text):
        return frozenset({"eerste"})
    if asked and not places and ONE_OF.search(text):
        # 'Ik heb een hond': the first one, where rows are told apart by their place (a row
        # that names no place, 'meerpersoonshuishouden', is no other one's)
        return frozenset({"eerste", IMPLIED})
    return places



def _same_place(asked: frozenset[str], printed: frozenset[str]) -> bool:
    """Whether a row's place is the one asked: 'iedere volgende hond' is the second's and
    any after it."""
    return bool(asked & printed) or ("volgende" in printed and bool(asked - {"eerste", IMPLIED}))


def _direction(text: str) -> int:
    """1 when a text says a figure went up, -1 when down, 0 when it says neither or both."""
    return bool(UPWARD.search(text)) - bool(DOWNWARD.search(text))


def _moment_asked(terms: Sequence[str]) -> _Moment | None:
    """How the columns of the moment a question names print it ('begin': '1-1-', 'eind':
    '31-12-'), the first one named; None when it names neither."""
    return next((printed for moment, printed in MOMENTS[:2] if moment & set(terms)), None)


def _two_dates(measure: Measure) -> tuple[TableCell, TableCell] | None:
    """The later and the earlier of a row printed for two years only, in columns of one
    kind ('31-12-2030' and '31-12-2029' of a balance sheet), or None."""
    printed = [c for c in measure.cells if c.kind == "table" and c.value is not None]
    if len(printed) != 2 or len({YEAR.sub("", c.column) for c in printed}) != 1:
        return None
    if not all(YEAR.fullmatch(c.period or "") for c in printed):
        return None
    later, earlier = sorted(printed, key=lambda c: c.period, reverse=True)
    return (later, earlier) if later.period != earlier.period else None


def _start_and_end(
    measure: Measure, year: str, terms: Sequence[str]
) -> tuple[TableCell, TableCell] | None:
    """A stock's stand at the end of a year and at its start, both in its row ('Stand
    31-12-2031' and 'Stand 1-1-2031'); of a row that prints several stocks so ('Eigen
    vermogen' and 'Vreemd vermogen', each on 01-01-2024 and 31-12-2024), the one the
    question names. None when there is no such pair, or no one pair is named."""
    (_, start), (_, end), _ = MOMENTS
    of_year = [
        c for c in measure.cells if c.kind == "table" and c.period == year and c.value is not None
    ]
    starts = [c for c in of_year if start.search(c.column)]
    ends = [c for c in of_year if end.search(c.column)]
    if len(starts) == len(ends) == 1:
        return ends[0], starts[0]
    pairs = [
        (e, s) for e in ends for s in starts
        if DAY_AND_MONTH.sub("", e.column) == DAY_AND_MONTH.sub("", s.column)
    ]  # fmt: skip
    named = _named_columns([e for e, _ in pairs], terms)
    chosen = [(e, s) for e, s in pairs if e in named]
    return chosen[0] if len(chosen) == 1 else None


def _since_last_figure(cell: TableCell) -> str:
    """A sentence from the figure before this one up to it: the words that are this figure's
    ('Het aantal nam toe tot 186 (begroot: 140)': '(begroot: 140' for the 140)."""
    at = cell.quote.find(cell.raw) if cell.raw else -1
    if at < 0:
        return cell.quote
    before = YEAR.sub(lambda y: " " * len(y.group(0)), cell.quote[:at])  # a year is no figure
    figures = list(re.finditer(r"(?<![\w.,])\d[\d.,]*", before))
    start = figures[-1].end() if figures else 0
    return cell.quote[start : at + len(cell.raw)]


def _other_measures(measure: Measure, cell: TableCell) -> list[TableCell]:
    """The row's cells of the other measures in the column of `cell` ('Baten 2041' and
    'Saldo 2041' beside 'Lasten 2041'): the same column but for its measure word; not one of
    0 (a tax has no lasten) nor a saldo that is the figure itself."""
    own = column_measure_terms(cell.column)

    def rest(column: str) -> list[str]:
        return [w.lower() for w in column.split() if not MEASURE_WORDS.match(w)]

    if not own or cell.kind != "table":
        return []
    return [
        c for c in measure.cells
        if c is not cell and c.value and cell.value is not None
        and abs(c.value) != abs(cell.value)
        and c.period == cell.period and c.status == cell.status and c.unit == cell.unit
        and column_measure_terms(c.column) not in ([], own)
        and rest(c.column) == rest(cell.column)
    ]  # fmt: skip


def _up_to_its_clause(cell: TableCell) -> str:
    """A sentence up to the next figure or semicolon in it: what it says of this figure ('612
    huishoudens ontvingen een bijstandsuitkering', not the ', 18 minder dan een jaar eerder'
    said of the next one; 'energiekosten van € 0,5 mln, meer dan dubbel zo hoog als 2022'
    whole)."""
    at = cell.quote.find(cell.raw) if cell.raw else -1
    if at < 0:
        return cell.quote
    end = at + len(cell.raw)
    rest = YEAR.sub(" ", cell.quote[end:])  # a year is no figure of its own here
    # ... or up to a semicolon: '€ 1.176; door de extra OZB-verhoging stijgt ...' is said
    # of something else
    nxt = re.search(r"(?<![\w.,])\d|;", rest)
    return cell.quote[: end + nxt.start()] if nxt else cell.quote


def _is_allocation(measure: Measure) -> bool:
    """An amount set aside ('€ 450.000 beschikbaar gesteld'), which says nothing of what is
    left of it."""
    cell = measure.first
    return (
        cell.kind == "prose"
        and bool(ALLOCATION.search(cell.quote))
        and not REMAINDER.search(cell.quote)
    )


def _kinds_over_years(columns: Collection[str]) -> list[str]:
    """The heads of columns that repeat one set of years under two or more kinds of thing
    ('Eenpersoonshuishouden' and 'Meerpersoonshuishouden' over '2022' and '2023'), not
    under a measure or a budget's status ('Lasten 2027', 'Begroting 2024 primitief')."""
    years: dict[str, set[str]] = {}
    for column in columns:
        head = " ".join(YEAR.sub(" ", column).split())
        dated = YEAR.findall(column)
        if head and dated and not set(stems(head)) <= STATUS_TERMS | _MEASURE_STEMS:
            years.setdefault(head, set()).update(dated)
    repeated = [h for h, ys in years.items() if len(ys) >= 2]
    alike = len({frozenset(years[h]) for h in repeated}) == 1
    return repeated if len(repeated) >= 2 and alike else []


def _row_words(m: Measure) -> set[str]:
    return set(stems(_kept_whole(m.first.row)))


def _status_named(m: Measure) -> set[str]:
    """The status word a row's name begins with ('Gerealiseerd resultaat', 'Geraamd
    resultaat'): the row of that figure, not a column's choice."""
    first = m.first.row.lstrip("-–• ").split(" ", 1)[0]
    return set(stems(first)) & STATUS_TERMS


def _columns(m: Measure) -> list[str]:
    return [cell.column for cell in m.cells]


def _place_words(m: Measure) -> set[str]:
    """The words of a reading's table caption and chapter that name a subject."""
    place = f"{m.first.table} {m.first.section}"
    return {t for t in stems(place) if not _is_generic(t) and not t.isdigit()}


def _in_the_same_place(measure: Measure, others: list[Measure]) -> list[Measure]:
    """Of `others`, those whose table and chapter share the most subject words with the
    measure's ('Tabel 2.3 - Baten en lasten P2 Mens en Maatschappij' for a row of 'Programma
    II Mens en Maatschappij'); all of them when none shares a word."""
    own = _place_words(measure)
    shared = [len(own & _place_words(m)) for m in others]
    most = max(shared, default=0)
    return [m for m, n in zip(others, shared) if n == most] if most else others


def _described(m: Measure) -> str:
    """The words a measure is printed with: its row, group, table and columns."""
    c = m.first
    return " ".join([c.row, c.group, c.table, *_columns(m)])


def _names_flow_of(measure: Measure, term: str) -> bool:
    """A word that chooses a column of movements the measure has ('En hoeveel wordt daar
    uit onttrokken?' after a provision's balance), so no other row."""
    kinds = {k for k, (asked, _) in enumerate(FLOW_KINDS) if any(w in term for w in asked)}
    return any(_flow_kind(c.column) in kinds for c in measure.cells)


OUTFLOW = 1  # the kind in FLOW_KINDS of what goes out: verminderingen, onttrekkingen


ASKING_PREFIXES = (
    *(p for asked, _ in FLOW_KINDS for p in asked),
    *CHANGE_TERMS,
    *CHARGE_TERMS,
    *(t for moment, _ in MOMENTS for t in moment),
)


def _flow_kind(column: str) -> int | None:
    """Which kind of movement a column prints (FLOW_KINDS), or None for a balance."""
    return next((k for k, (_, printed) in enumerate(FLOW_KINDS) if printed.search(column)), None)


def _stated_amounts(question: str) -> list[Decimal]:
    """Euro amounts a question states itself ('zo'n € 88,3 miljoen'), read as prose is."""
    return [value for value, unit in numbers_in(question) if unit == "EUR"]


def _names(measure: Measure, municipality: str) -> bool:
    """Whether a row, its group, caption, columns or sentence names the municipality (or
    another member, or a kind of household: 'Meerpersoonshuishouden 2023' over a column)."""
    c = measure.first
    quote = c.quote if c.kind == "prose" else ""
    text = " ".join([c.row, c.group, c.table, *_columns(measure), quote])
    return re.search(rf"\b{re.escape(base_name(municipality))}\b", text, re.I) is not None


DOCUMENT_YEAR = re.compile(rf"\b{DOCUMENT_WORDS}\s+((?:19|20)\d\d)\b", re.I)
# ... and a document named by the years it plans ('de Kadernota 2026-2029')
DOCUMENT_SPAN = re.compile(
    rf"\b(?:{DOCUMENT_WORDS}|meerjarenraming|meerjarenbegroting)\s+"
    r"((?:19|20)\d\d)\s?[-–]\s?((?:19|20)\d\d)\b",
    re.I,
)
# The year a document was made in, said of it ('de begroting 2024 die in 2023 is
# vastgesteld', 'vastgesteld in november 2023'): it dates the document, not its figures
MADE_IN_YEAR = re.compile(
    r"\b(?:\d{1,2}\s+)?[a-z]+\s+((?:19|20)\d\d)\s+"  # ('in 2023', 'november 2023', ...)
    r"(?:is|werd|was|zijn|werden)\s+(?:vastgesteld|aangenomen|goedgekeurd|gepubliceerd|"
    r"opgesteld|verschenen|uitgebracht)\b"
    r"|\b(?:vastgesteld|aangenomen|goedgekeurd|gepubliceerd|opgesteld|verschenen|uitgebracht)"
    r"\s+(?:in|op|eind|begin)\s+(?:(?:\d{1,2}\s+)?[a-z]+\s+)?((?:19|20)\d\d)\b",
    re.I,
)
# A document named as the source of a figure ('volgens de begroting 2020', 'in de
# programmabegroting 2021'), not as one of two moments compared ('naar de begroting 2024')
SOURCE_DOCUMENT = re.compile(
    # (also as the question is respelled: 'programma begroting')
    rf"\b(?:volgens|uit|in)\s+(?:de|het)\s+(?:programma[\s-])?{DOCUMENT_WORDS}\s+"
    r"((?:19|20)\d\d)\b",
    re.I,
)
# The kinds of document a word names ('programmabegroting 2021' is a begroting of 2021)
# ... and a document named as where to read, with or without its year ('volgens de
# voorjaarsnota'): its word names no column ('Mutaties voorjaarsnota 2026')
# ('in de najaarsnota' too: a nota is where to read, a budget 'in de begroting' may be the
# column asked)
SOURCE_CITED = re.compile(
    rf"\b(?:volgens\s+(?:de|het)|(?:in|uit)\s+de(?=\s+(?:kader|voorjaars|najaars)nota\b))"
    rf"\s+({DOCUMENT_WORDS})\b",
    re.I,
)
# ... and a table, by the words of its caption ('volgens de geprognosticeerde balans')
TABLE_CITED = re.compile(r"\bvolgens\s+(?:de|het)\s+", re.I)
DOCUMENT_KINDS = (
    (re.compile(r"begroting$", re.I), {"begroting", "programmabegroting"}),
    (re.compile(r"jaarstukken|jaarrekening|jaarverslag", re.I), {"jaarstukken", "jaarrekening"}),
    # (a voorjaars- or najaarsnota is a bestuursrapportage: 'Najaarsnota 2026 (tweede
    # tussenrapportage)')
    (
        re.compile(r"nota$", re.I),
        {"kadernota", "voorjaarsnota", "najaarsnota", "bestuursrapportage"},
    ),
)


def _of_body(
    editions: dict[str, set[str]], municipality_of: dict[str, str], municipality: str | None
) -> dict[str, set[str]]:
    """The documents named per year that are of the body asked about (all when none is);
    a year none of whose documents is left goes."""
    if not municipality:
        return editions
    kept = {
        y: {d for d in ds if municipality_of.get(d) == municipality} for y, ds in editions.items()
    }
    return {y: ds for y, ds in kept.items() if ds}


def _place(cell: TableCell) -> tuple[str, str]:
    """The document and table a cell stands in."""
    return cell.document_id, cell.table


def _by_year(measure: Measure, terms: Sequence[str] = ()) -> dict[tuple[str, str], Decimal]:
    """A table reading's figure of each year, when it prints one figure a year (none for a row
    of several columns a year: lasten, baten and saldo of each budget version, unless the
    measure the `terms` name leaves one: the 'Lasten 2027' of 'Lasten 2027', 'Baten 2027')."""
    cells = [
        c for c in measure.cells
        if c.kind == "table" and c.value is not None and YEAR.fullmatch(c.period)
    ]  # fmt: skip
    by_year = {(c.period, c.unit): c.value for c in cells}
    if len(by_year) < len(cells) and (asked := _MEASURE_STEMS & set(terms)):
        cells = [c for c in cells if set(column_measure_terms(c.column)) & asked]
        by_year = {(c.period, c.unit): c.value for c in cells}
    return by_year if len(by_year) == len(cells) else {}


# 'het programma Sociaal Domein na de eerste bestuursrapportage': the programme's name, up to
# a word that ends it (a preposition, an article, a year, the end of the question)
PROGRAMME_NAMED = re.compile(
    r"\bprogramma\s+(?!\d)((?:(?!(?:na|van|voor|in|op|bij|over|aan|met|de|het|een|dat|die|"
    r"tot|uit|volgens|dit|dan|en\s+(?:de|het|in|voor))\b)[\w-]+\s*){1,4})",
    re.I,
)


def _programme_named(question: str) -> set[str]:
    """The stems of the name of a programme the question names ('programma Sociaal Domein',
    'het programma VTH-plustaken'), less generic words; empty when it names none by name."""
    m = PROGRAMME_NAMED.search(question)
    if m is None or m.group(1).split()[0].lower() in ("één", *NUMBER_WORDS):
        return set()  # (a number in words, 'programma drie', numbers the programme)
    return {t for t in stems(m.group(1)) if not _is_generic(t) and not YEAR.fullmatch(t)}


def _of_programme(m: Measure, name: set[str], asked: set[str]) -> bool:
    """Whether a reading may be the programme's figure: its row, group or table names the
    programme; or its section does and its row names nothing the question does not ask
    ('Totaal lasten' under the programme's chapter, or the row asked, 'Jeugdhulp'). A row of
    a thing of its own that the question does not name ('Bijstandsuitkeringen (lasten)' in a
    table under the chapter Sociaal Domein) is a part of the programme, not its figure."""
    first = m.first
    own = set(stems(f"{first.row} {first.group} {first.table}"))
    if name <= own:
        return True
    return name <= set(stems(first.section)) | own and not _unasked_words(m, name, asked)


def _unasked_words(m: Measure, name: set[str], asked: set[str]) -> set[str]:
    """The words of a reading's row that name a thing of its own: neither generic nor a
    measure, nor the programme's name, nor among the question's (`asked`)."""
    return {
        t for t in stems(m.first.row)
        if not _is_generic(t) and t not in _MEASURE_STEMS and t not in name and t not in asked
    }  # fmt: skip


def _names_document_only(question: str, year: str) -> bool:
    """Whether the year stands in the question only as part of a document's name."""
    in_names = sum(m.group(1) == year for m in DOCUMENT_YEAR.finditer(question))
    return in_names > 0 and in_names == len(re.findall(rf"(?<!\d){year}(?!\d)", question))


def _names_held_document_only(question: str, year: str) -> bool:
    """Whether the year stands only in the name of a document ('het vertrekpunt van de
    kadernota 2025 voor 2026'), in a question that compares no two moments ('van ... naar')."""
    return (
        not re.search(r"\bnaar\b", question, re.I)
        # ('tussen de begroting 2027 en de begroting 2028' names two moments)
        and len(DOCUMENT_YEAR.findall(question)) == 1
        and _names_document_only(question, year)
    )


def _names_source_only(question: str, year: str) -> bool:
    """Whether the year stands in the question only in the name of the document asked from."""
    in_names = sum(m.group(1) == year for m in SOURCE_DOCUMENT.finditer(question))
    return in_names > 0 and in_names == len(re.findall(rf"(?<!\d){year}(?!\d)", question))


def _column_label(cell: TableCell) -> str:
    """The column as printed, with the cell's own year when the column does not name it
    ('Cijfer Wassenaar 2022' for '44,2% (2022)' under 'Cijfer Wassenaar (jaartal)')."""
    if cell.kind == "table" and cell.period and cell.period not in cell.column:
        return f"{cell.column} {cell.period}".strip()
    return cell.column or cell.period


def _change(end: Decimal, start: Decimal, percent: bool = False) -> tuple[Decimal, str]:
    """The change from `start` to `end`, as an amount or in percent of `start`, with the
    derivation shown to the user."""
    if percent:
        change = (end - start) / abs(start) * 100
        return change, (
            f"({plain(end)} - {plain(start)}) / {plain(abs(start))}"
            f" × 100 = {plain(change.quantize(Decimal('0.0001')))}%"
        )
    return end - start, f"{plain(end)} - {plain(start)} = {plain(end - start)}"


def _undated(measure: Measure, year: str) -> bool:
    """A sentence's amount without a year of its own, whose sentence names no year but
    `year` before it: the figure of the document it stands in. (A year after the amount that
    the reading did not take for its own is of something else: '€ 85.000, na de evaluatie
    van de proef in 2023'.)"""
    cell = measure.first
    at = cell.quote.find(cell.raw) if cell.raw else -1
    before = cell.quote[:at] if at >= 0 else cell.quote
    return not any(c.period for c in measure.cells) and set(YEAR.findall(before)) <= {year}


def _dated_by_section(measure: Measure, year: str) -> bool:
    """A table's reading without a year in its columns or caption, under a heading that
    names `year` and no other: the figures of that year ('6 Resultaat 2025 en bestemming'
    over 'Tabel 5 Terugbetaling per gemeente')."""
    cell = measure.first
    heading = cell.section.rsplit(">", 1)[-1]
    return (
        cell.kind == "table"
        and not any(c.period for c in measure.cells)
        and not YEAR.search(cell.table)
        and set(YEAR.findall(heading)) == {year}
    )


def _in_column(cell: TableCell) -> str:
    """Where a cell stands, as said after its figure: its column, or its sentence."""
    return f" (kolom '{cell.column}')" if cell.column else " (in de tekst)"


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


# The words of a column of a budget's or an outcome's level, and of a column of changes
LEVEL_WORDS = re.compile(
    r"\b(begr|begroting|begroot|progn|prognose|raming|realisatie|rekening|primitie\w*)\b", re.I
)
# (the budget 'na wijziging' is a level: the budget after its amendments)
CHANGE_COLUMN = re.compile(
    r"mutatie|afwijking|verschil|(?<!na )wijziging\b|(?<!na )wijzigingen", re.I
)
# What a column's name says besides its year or date and its status: the kind of figure
COLUMN_WHEN = re.compile(
    r"\b(\d{1,2}-\d{1,2}-)?(19|20)\d\d\b|\b(begroting|begroot|begrote|raming|rekening|"
    r"realisatie|werkelijk|primitief|primitieve|na|wijziging|jaarrekening|prognose|"
    r"meerjarenraming|ultimo|stand|per)\b|\bn\.\s?w\.?(?!\w)|[()\-/]",  # 'n.w.': na wijziging
    re.I,
)


def _level_column(column: str) -> bool:
    """A column of a budget's or an outcome's level ('Begr. 2025 n.w.', 'Progn. 2025',
    'Realisatie 2024'), not of a change ('Afwijking', 'Mutatie 2025'), in a table of either."""
    return bool(LEVEL_WORDS.search(column)) and not CHANGE_COLUMN.search(column)


def _column_words(cell: TableCell) -> str:
    """A column's name besides its year and status: 'Bijdrage 2025' -> 'bijdrage'."""
    return " ".join(COLUMN_WHEN.sub(" ", cell.column).lower().split())


def _column_kind(cell: TableCell) -> set[str]:
    return set(stems(_column_words(cell)))


def comparable(a: TableCell, b: TableCell) -> bool:
    """Two cells of one row that a change may be computed over: the same unit, and columns
    that differ only in year and status ('Bijdrage 2024', 'Bijdrage 2025'), never of two
    kinds ('Huishoudens 1-1-2024', 'Vaste voet')."""
    if a.unit != b.unit:
        return False
    kind_a, kind_b = _column_words(a), _column_words(b)
    return not kind_a or not kind_b or kind_a == kind_b


def _unit_of(measure: Measure) -> str:
    return next((c.unit for c in measure.cells if c.value is not None), measure.first.unit)


# Cosine similarity of two nouns (the index's model, one word each) from which they name
# one thing. Measured with the default model: huizen/woningen 0.92, paspoorten/
# reisdocumenten 0.90, kinderen/jeugdigen 0.90 pass; bomen/woningen 0.875, huishoudens/
# cliënten 0.885, brandweerlui/keer 0.82 do not.
SAME_NOUN = 0.89
# (an adjective has more letters than an abbreviation ending in -e: 'hoeveel fte formatie')
COUNTED = re.compile(r"\bhoeveel\s+(?:[a-zà-ÿ]{3,}e\s+)?([a-zà-ÿ]{3,})", re.I)
# People in general: the unit of a count, not what tells one count from another
PEOPLE = {"mensen", "personen", "inwoners", "mannen", "vrouwen"}
# a share of people ('welk percentage van de inwoners', 'percentage eenzame volwassenen')
PEOPLE_SHARE = re.compile(
    r"\b(percentage|procent|deel|aandeel)\s+(?:van\s+)?(?:de\s+|alle\s+)?(?:\w+\s+)?"
    r"(inwoners|mensen|personen|volwassenen|kinderen|jongeren|ouderen|huishoudens|gezinnen|"
    r"leerlingen|cli[eë]nten)\b",
    re.I,
)
# a sentence that gives a place's population: 'Wassenaar telt 26.512 inwoners'
POPULATION_SENTENCE = re.compile(
    r"\b(?:telt|telde|heeft|had|aantal inwoners|inwonertal)\b[^.;]*?\d[\d.]*\s+inwoners\b|"
    r"\b(?:aantal inwoners|inwonertal|inwoneraantal)\s+(?:\w+\s+){0,4}?\d",
    re.I,
)


_POPULATION_STEMS = set(stems("inwoners inwonertal inwoneraantal bevolking"))
# the words around a count that name no other thing counted ('Aantal inwoners per 1 januari')
_COUNT_WORDS = set(stems("aantal totaal per op stand"))


def _population(m: Measure) -> bool:
    """A row or sentence that gives a place's number of inhabitants: 'Aantal inwoners',
    'Inwoners per 1 januari', 'Inwonertal', not a rate per inhabitant nor some of them."""
    c = m.first
    label = c.row
    if c.kind == "prose":
        if ":" not in c.raw:
            return bool(POPULATION_SENTENCE.search(c.quote))
        label = _counted_by(c)  # a key figure, 'Inwoners op 31 december 2030: 24.512'
    if re.search(r"/\s*inwoner|\bper\s+(?:\d[\d.]*\s+)?inwoner", label, re.I):
        return False
    words = set(stems(re.sub(r"[\d.-]+", " ", label))) - MOMENT_STEMS - _COUNT_WORDS
    words -= set(stems(c.municipality))
    return bool(words) and words <= _POPULATION_STEMS


# what is counted but is no person: never answered by a count of people
NOT_PEOPLE = {"huishoudens", "gezinnen", "woningen", "bedrijven", "panden", "adressen"}


def _counted_word(question: str) -> str:
    """The word 'hoeveel' counts ('Hoeveel inwoners ...': inwoners), lower case; empty when
    none."""
    m = COUNTED.search(question)
    return m.group(1).lower() if m else ""


def _counts_people(question: str) -> bool:
    """'Hoeveel inwoners ...', 'Hoeveel mensen ...': a count of people."""
    return _counted_word(question) in PEOPLE


def _counts_no_people(cell: TableCell) -> bool:
    """A table's count of what is no person: its caption, column or row says what it counts
    ('Aantal huishoudens met een uitkering', 'Woningen'), or it is a rate per so many."""
    if cell.unit != "count":
        return False
    if cell.kind == "prose":  # '862 huishoudens', 'Het aantal huishoudens ... daalde naar 862'
        counted = {_counted_by(cell).split()[-1].lower()}
        counted |= {m.group(1).lower() for m in NUMBER_OF.finditer(_up_to_its_clause(cell))}
        return bool(counted & NOT_PEOPLE)
    if RATE_PER.search(f"{cell.row} {cell.column}"):
        return True  # 'Vestigingen per 1.000 inwoners': a rate, no count of anyone
    words = set(re.findall(r"[a-zà-ÿ]+", f"{cell.table} {cell.column} {cell.row}".lower()))
    return bool(words & NOT_PEOPLE) and not words & PEOPLE


# The word a row counts, after 'Aantal' and any adjective ('Aantal verstrekte
# bijstandsuitkeringen': bijstandsuitkeringen)
ROW_COUNTS = re.compile(r"^\W*(?:totaal\s+)?aantal\s+(?:[a-zà-ÿ-]+e\s+)*([a-zà-ÿ-]+)", re.I)
# Dutch nouns of people by their ending: agents ('bezoekers', 'cursisten', 'leerlingen'),
# nouns made of participles ('uitkeringsgerechtigden', 'werkzoekenden') and of adjectives
# ('jeugdigen', 'jongeren'), and a few plurals of their own ('kinderen', 'leden')
PERSON_NOUN = re.compile(
    r"(?:ers|aars|lingen|isten|anten|iënten|denten|igden|erden|enden|igen|eren|leden|doden|"
    r"mensen|personen|ouders|volwassenen|ambtenaren|jongens|meisjes)$"
)


def _row_counts(cell: TableCell) -> str:
    """The noun a table row of a count counts, lower case: after 'Aantal', or the plural
    noun the row starts with ('Locaties kinderopvang in het werkgebied'); empty when it
    names none."""
    if cell.kind != "table" or cell.unit != "count":
        return ""
    if m := ROW_COUNTS.match(cell.row):
        return m.group(1).lower()
    first = PLURAL_FIRST.match(cell.row)
    word = first.group(1).lower() if first else ""
    # (a plural the word lists know, or whose singular they do: 'gemeenten', 'gemeente')
    known = [w for w in (word, word[:-1], word[:-2]) if len(w) >= 4 and is_dutch_word(w)]
    return word if known else ""


# A row that starts with a plural noun, the thing it counts ('Locaties kinderopvang ...')
PLURAL_FIRST = re.compile(r"^\W*([A-Za-zà-ÿ]{3,}(?:en|s))\b(?![-'])")


def _counts_things(cell: TableCell) -> bool:
    """Whether a table row counts things ('Aantal aanvragen'), not people ('Aantal
    uitkeringsgerechtigden'), by the ending of the plural noun it counts (not when it counts
    no plural noun: 'Aantal wsw')."""
    word = _row_counts(cell)
    return bool(re.search(r"(en|s)$", word)) and not (
        word in PEOPLE or word in NOT_PEOPLE or PERSON_NOUN.search(word)
    )


# 'per 1.000 inwoners', not the date of 'Inwoners per 1 januari 2026' or 'per 1-1-2030'
RATE_PER = re.compile(
    # (not a moment: 'Totaal aantal jeugdigen met jeugdhulp per 2018')
    r"\bper\s+(?!(?:19|20)\d\d\b)(?:\d[\d.]*|honderd|duizend)\b(?![-/]\d)"
    r"(?!\s+(?:jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec))",
    re.I,
)


def counted_noun(question: str) -> str:
    """What 'hoeveel' counts ('Hoeveel vrijwillige brandweerlui ...' -> brandweerlui); empty
    for people in general."""
    noun = _counted_word(question)
    return "" if noun in PEOPLE else noun


def _same_thing(a: str, b: str) -> bool:
    """Two nouns for one thing: the same stem, one inside the other, or a shared head or tail
    of five letters or more ('brandweerlui', 'brandweervrijwilligers')."""
    a, b = a.lower(), b.lower()
    if b in VOCABULARY.get(a, ()) or a in VOCABULARY.get(b, ()):
        return True  # 'huizen' for 'woningen', as the vocabulary has it
    if set(stems(a)) & set(stems(b)) or (min(len(a), len(b)) >= 4 and (a in b or b in a)):
        return True
    head = len(os.path.commonprefix([a, b]))
    tail = len(os.path.commonprefix([a[::-1], b[::-1]]))
    return head >= 5 or tail >= 5


def _agree(a: TableCell, b: TableCell) -> bool:
    """Two cells that give one figure: the same value, or a rounded amount in a sentence
    ('€ 5,3 miljoen') and the exact one of a table (5.319.000)."""
    if a.value is None or b.value is None or a.unit != b.unit:
        return a.value == b.value
    if "prose" in (a.kind, b.kind) and a.kind != b.kind:
        # a sentence states an amount without the sign its table prints it with ('de kosten
        # zijn € 190.000 per jaar' beside '-190.000' in a table of lasten printed negative)
        return abs(abs(a.value) - abs(b.value)) <= max(_rounding(a), _rounding(b)) / 2
    return abs(a.value - b.value) <= max(_rounding(a), _rounding(b)) / 2


def _rounding(cell: TableCell) -> Decimal:
    """The step an amount is rounded to: '5,3 miljoen' to 100.000, 'circa € 249.000' to
    1.000, a cell of a table in x € 1.000 to 1.000; one said exactly is not rounded."""
    if cell.kind != "prose" or cell.value is None:
        if cell.unit != "EUR" or cell.value is None:
            return Decimal(0)
        # ... to its last decimal: '18,5' in € mln to 100.000
        decimals = re.search(r",(\d+)\D*$", cell.raw)
        return Decimal(cell.scale) / Decimal(10 ** len(decimals.group(1) if decimals else ""))
    m = re.search(r"(\d+)(?:,(\d+))?\s?(mln|miljoen|miljard|mld)\b", cell.raw, re.I)
    if m:
        scale = Decimal(10**9 if m.group(3).lower() in ("miljard", "mld") else 10**6)
        return scale / Decimal(10 ** len(m.group(2) or ""))
    at = cell.quote.find(cell.raw)
    if at < 0 or not ROUGHLY.search(cell.quote[max(0, at - 20) : at]):
        return Decimal(0)
    whole = int(abs(cell.value))
    zeros = len(str(whole)) - len(str(whole).rstrip("0")) if whole else 0
    return Decimal(10**zeros)


def _word_pairs(text: str) -> set[tuple[str, str]]:
    words = re.findall(r"\w+", text.lower())
    return set(zip(words, words[1:]))


# the weight of a word a reading prints itself (its row, a sentence's own words), above that
# of the sentences around it (0.7 at most, in _field_terms)
PRINTED_WEIGHT = 0.75
# ... and the least weight of a word a table prints in its row, group, table or caption
# (0.4), not in its section (a sentence prints its own words: PRINTED_WEIGHT)
CONCEPT_PRINTED = 0.4
# a change asked without its years ('Met hoeveel procent neemt dat toe?')
GROWS = re.compile(
    r"\b(neemt|nam|stijgt|steeg|groeit|groeide|daalt|daalde|toename|afname|stijging|daling|groei)\b",
    re.I,
)
# ... and by how much something goes up or down, in so many words ('ging omhoog', 'stijgt',
# 'nam toe'): a change from the year before, not from another row ('hoger dan')
RISE_ASKED = re.compile(
    GROWS.pattern + r"|\b(omhoog|omlaag|stijgen|dalen|stegen|daalden|gestegen|gedaald|"
    r"toegenomen|afgenomen|verhoogd|verlaagd|veranderen|verandert|veranderd)\b|" + _SPLIT_CHANGE,
    re.I,
)
# ... from a year named as where it starts
BASE_YEAR = re.compile(
    r"\b(ten opzichte van|t\.o\.v\.|vergeleken met|sinds|vanaf|dan)\s+(?:(?:in|het|jaar)\s+)*"
    r"(?:19|20)\d\d\b",
    re.I,
)
# an amount per inhabitant asked, and the rows and columns that count inhabitants
PER_INHABITANT = re.compile(r"\bper\s+(?:[\d.]+\s+)?inwoners?\b", re.I)
INHABITANTS = re.compile(r"^(?:(?:totaal|aantal)\s+)?inwoners\b|\binwoners\s*$", re.I)
# ... all of them: no more words than a date ('Aantal inwoners per 1 januari 2027: 41.236'),
# never a part ('Inwoners 65 jaar en ouder')
ALL_INHABITANTS = re.compile(
    r"^(?:(?:totaal|aantal)\s+)?inwoners(?:\s+totaal)?"
    r"(?:\s+(?:per|op|op\s+peildatum)?\s*(?:\d{1,2}[-\s](?:\w+|\d{1,2})[-\s])?(?:19|20)\d\d)?"
    r"\s*(?::\s*[\d.]+)?\s*$",
    re.I,
)
TOTAL_COLUMN = re.compile(r"^(totaal|totale)\b", re.I)


def _total_unless_part_named(cells: list[TableCell], terms: Sequence[str]) -> list[TableCell]:
    """'Bijdrage 2027' in parts and their 'Totaal', and the question names no part: the
    total; else the cells as they are."""
    if len(cells) > 1 and not _named_columns(cells, terms):
        return _total_of_parts(cells) or cells
    return cells


def _total_of_parts(cells: list[TableCell]) -> list[TableCell]:
    """The one total column among a row's columns of one kind ('Totaal Bijdrage 2027'
    beside 'Bijdrage 2027 JGZ'), or nothing."""
    totals = [c for c in cells if c.kind == "table" and TOTAL_COLUMN.match(c.column)]
    if len(totals) != 1:
        return []
    kind = set(column_measure_terms(totals[0].column)) - {"totaal"}
    same = all(set(column_measure_terms(c.column)) - {"totaal"} == kind for c in cells)
    return totals if same else []


# A follow-up that asks anew what it names ('En hoeveel was het ...?'), not only for whom
ASKS_ANEW = re.compile(r"\b(?:hoeveel|wat|welke?|hoe)\b", re.I)
# 'per 1000', 'per 10000': the base of a rate, which tables print '1.000', '10.000'
PER_THOUSANDS = re.compile(r"\b(per\s+)(\d{4,6})\b", re.I)


def _said(cell: TableCell) -> str:
    """A cell as an answer names it: its row, column and amount ('Totaal lasten (2026)
    € 87.577.000')."""
    return f"{cell.row} ({_column_label(cell)}) {fmt(cell.value or Decimal(0), cell.unit)}"


def _finer_twin(settled: Measure, ranked: list[tuple[float, Measure]]) -> Measure:
    """The reading its document prints more precisely elsewhere: a row of the question's
    readings with the same figures of the same years and kinds in euros ('17.712.390' in
    the programme's own table) where the chosen row rounds them to thousands ('17.712' in
    the overview of all programmes), when every year and kind of the row agrees."""
    scale = max((c.scale for c in settled.cells), default=1)
    mine = [c for c in settled.cells if c.value is not None and c.period]
    if settled.first.kind != "table" or scale <= 1 or len(mine) < 2:
        return settled
    for _, other in ranked:
        if (
            other.first.kind != "table"
            or other.first.document_id != settled.first.document_id
            or other.key == settled.key
            or max(c.scale for c in other.cells) >= scale
        ):
            continue
        if all(
            any(
                o.value is not None and o.unit == c.unit
                and (o.period, o.status) == (c.period, c.status)
                and abs(o.value - c.value) * 2 <= scale
                for o in other.cells
            )
            for c in mine
        ):  # fmt: skip
            return other
    return settled


def _prints_rate_per_inhabitant(measure: Measure) -> bool:
    """Whether a row prints its own rate per inhabitant in a column ('Per inwoner')."""
    return any(PER_INHABITANT.search(c.column) for c in measure.cells)


def _own_column(readings: list[Measure], compared: bool) -> Measure | None:
    """Of one row's readings in the columns of one table ('Kortenhoeve', 'Nederland'), the
    one whose column is named after the municipality whose document it is, or the one of
    the body it is compared with when that is asked ('landelijk'); else None."""
    if len({(m.key[:2], m.first.row) for m in readings}) > 1:
        return None
    if compared:
        own = [m for m in readings if all(COMPARED_WITH.search(c.column) for c in m.cells)]
    else:
        own = [
            m for m in readings
            if {c.column.strip().lower() for c in m.cells} == {m.first.municipality.lower()}
        ] or [
            # ... or not named after it ('Gemeente', 'Cijfer') beside those of the bodies it is
            # compared with ('Nederland', 'Vergelijkingscijfer Nederland')
            m for m in readings
            if not any(COMPARISON.search(c.column) for c in m.cells)
        ]  # fmt: skip
    return own[0] if len(own) == 1 else None


def _phrased(question: str, readings: list[Measure]) -> Measure | None:
    """Of rows whose labels have the same words but for those the search leaves out ('voor'
    and 'na' in 'Resultaat voor bestemming' and 'Resultaat na bestemming'), the one whose
    label has more of the question's pairs of adjacent words than each other; else None."""
    if any(m.first.kind != "table" for m in readings):
        return None  # a sentence shares the question's word pairs by being a sentence
    labels = [f"{m.first.group} {m.first.row}" for m in readings]
    if len({frozenset(stems(label)) for label in labels}) > 1:
        return None  # labels of other words: those words choose, not the pairs
    asked = _word_pairs(question)
    counts = [len(asked & _word_pairs(label)) for label in labels]
    best = max(counts)
    if best == 0 or counts.count(best) > 1:
        return None
    return readings[counts.index(best)]


def _finest(
    mine: TableCell, options: list[tuple[Measure, TableCell]]
) -> tuple[Measure, TableCell] | None:
    """Of readings that give the same figure as `mine` ('€ 5,3 miljoen' in a sentence, 5.319
    in a table in x € 1.000, 5.319.412 in euros), the one printed most exactly, if it is more
    exact than `mine`."""
    finer = [(m, c) for m, c in options if _rounding(c) < _rounding(mine) and _agree(mine, c)]
    return min(finer, key=lambda mc: _rounding(mc[1])) if finer else None


ROUGHLY = re.compile(r"\b(circa|ca\.|ongeveer|ruim|bijna|zo'n|afgerond|rond)\s*(€\s*)?$", re.I)


def _listed(text: str) -> list[str]:
    """The items of a list in a question ('A, B en C', 'A plus B')."""
    return [p for p in re.split(r",\s*|\s(?:en|plus)\s", text) if p.strip()]


def _one_row_each(picked: Sequence[Measure], parts: Sequence[str]) -> bool:
    """Whether every part of a sum found a row of its own."""
    return len(picked) == len(parts) and len({m.key for m in picked}) == len(picked)


def _bare(row: str) -> str:
    """A row label without its number and case: '5. Zorg, welzijn', 'Programma 5 Zorg,
    welzijn' and 'Zorg, welzijn'."""
    return re.sub(r"^(?:programma\s+)?[\d.]+\s+", "", row.strip(), flags=re.I).lower()


def _units_of(measure: Measure) -> set[str]:
    return {c.unit for c in measure.cells if c.value is not None} or {measure.first.unit}


def _cells_in(measure: Measure, units: set[str]) -> Measure:
    """The measure with only its cells of these units (all of them when none has a value)."""
    kept = tuple(c for c in measure.cells if c.unit in units)
    return replace(measure, cells=kept) if kept else measure


class FigureAnswerer:
    """Answers figure questions from the parsed cells of the figures store."""

    def __init__(
        self,
        cells: list[TableCell],
        idf: dict[str, float],
        coverage: str,
        facts: FactIndex | None = None,
        document_years: dict[str, str] | None = None,
        document_types: dict[str, str] | None = None,
        scope_reader: Callable[[str], str | None] | None = None,
        spelled_out: dict[str, str] | None = None,
    ) -> None:
        """`scope_reader`: how the router reads the scope a question names, so that a
        conversation replayed reads it alike (None: the one municipality it names);
        `spelled_out`: the words the abbreviation in a body's name stands for, by body."""
        self.facts = facts
        self.scope_reader = scope_reader
        self._spelled_out = spelled_out or {}
        self._document_years = document_years or {}
        self._document_types = {d: canonical_type(t) for d, t in (document_types or {}).items()}
        # the school years and seasons the tables print as columns or groups of rows
        heads = {f"{c.column} {c.group}" for c in cells if c.kind == "table"}
        self._spans = {span for head in heads for span in spans_in(head)}
        self._failed = failed_tables(cells)  # tables whose totals do not add up as read
        self._municipality_of = {c.document_id: c.municipality for c in cells}
        # (the longest first: 'stadsbank oost nederland' before 'oost nederland')
        self._body_names = sorted(
            {m.lower() for m in self._municipality_of.values() if len(m.split()) > 1},
            key=len, reverse=True,
        )  # fmt: skip
        grouped: dict[tuple[str, str, str, str], list[TableCell]] = {}
        for cell in cells:
            if cell.kind == "table" and ends_in_figure(cell.row):
                # a misread row: a figure of it stands in its label ('Bruggen 935.000',
                # 'Digitale dienstverlening 400'), so its cells may be in any column. The
                # totals check above still counts it.
                continue
            if cell.scale == UNKNOWN_SCALE:
                continue  # euros or thousands of euros: the table does not say (Cijfers shows it)
            grouped.setdefault(measure_key(cell), []).append(cell)
        self.measures = [Measure(k, tuple(v)) for k, v in grouped.items()]
        self._document_measures: dict[str, list[Measure]] = {}
        self._parts_of: dict[MeasureKey, list[Measure]] = {}  # see _parallel_parts
        self._closings: dict[str, list[Measure]] = {}  # see _closing_rows
        for m in self.measures:
            self._document_measures.setdefault(m.first.document_id, []).append(m)
        # Municipality names choose the scope; they never name a row.
        self._scope_terms = set(stems(" ".join({c.municipality for c in cells})))
        names = "|".join(sorted({re.escape(c.municipality) for c in cells}, key=len, reverse=True))
        # its inhabitants and its adjective ('Wassenaarders', 'Wassenaarse') are the scope too
        self._demonyms = (
            re.compile(rf"\b({names})(?:{'|'.join(DEMONYM_ENDINGS)})\b", re.I) if names else None
        )
        self._municipalities = sorted({c.municipality for c in cells})
        self._row_labels = {m.first.row.lower() for m in self.measures}
        self.idf = idf
        self.coverage = coverage
        self._fields = [self._field_terms(m, idf.keys()) for m in self.measures]
        _name_bare_totals(self.measures, self._fields)
        self._measure_kinds = [_measure_named(m) for m in self.measures]
        _kinds_of_summed_rows(self.measures, self._measure_kinds)
        # a fund's row: what it holds at a moment ('Stand 31-12-2037'), whatever else it prints
        self._funds = [any(FUND_COLUMN.match(c.column) for c in m.cells) for m in self.measures]
        self._bodies = [_other_body(m) for m in self.measures]
        # what a row names by its negation ('OZB niet-woningen', kept whole as 'nietwoon')
        self._negated = [
            frozenset(f[4:] for f in fields if f.startswith("niet") and len(f) > 6)
            if m.first.kind == "table" else frozenset()  # a sentence lists more than one
            for m, fields in zip(self.measures, self._fields)
        ]
        # the things a row names with their year ('Meicirculaire 2023')
        self._label_dates = [dated_names(m.first.row) for m in self.measures]
        self._dated_words = {w for dates in self._label_dates for w in dates}
        # every stem a row is named by: what a question's stem may be one letter from
        self._field_stems = sorted({t for fields in self._fields for t in fields})
        self._ranking = threading.local()  # what a ranking leaves for the answer it serves
        # the amounts of one sentence ('van € 318 miljoen eind 2025 naar € 412 miljoen eind
        # 2029'): a year asked chooses among them
        self._sentence: dict[tuple[str, str], list[Measure]] = {}
        for m in self.measures:
            if m.first.kind == "prose":
                self._sentence.setdefault((m.first.document_id, m.first.quote), []).append(m)
        self._by_key = {m.key: (m, f) for m, f in zip(self.measures, self._fields)}
        # the readings of each row of a table (one per kind of column), and the tables whose
        # rows are told apart by their place ('eerste hond', 'tweede hond')
        self._by_row: dict[tuple[object, ...], list[Measure]] = {}
        self._table_rows: dict[tuple[str, ...], frozenset[str]] = {}  # filled as asked
        for m in self.measures:
            self._by_row.setdefault((*m.key[:2], m.first.row), []).append(m)
        self._official_tables = {
            (m.first.document_id, m.first.table)
            for m in self.measures
            if m.first.kind == "table" and OFFICIAL_ROW.search(m.first.row)
        }
        self._ordinal_tables = {
            (m.first.document_id, m.first.table)
            for m in self.measures
            if m.first.kind == "table" and _ordinals(m.first.row)
        }
        # the programme numbers ('p2') each municipality's rows print
        self._programme_numbers: dict[str, set[str]] = {}
        for m, fields in zip(self.measures, self._fields):
            self._programme_numbers.setdefault(m.first.municipality, set()).update(
                f for f in fields if PROGRAMME_TERM.fullmatch(f)
            )
        # the words the tables print, and the words questions use, for reading typos
        columns = {c.column for m in self.measures for c in m.cells}
        printed = " ".join(
            [
                *(f"{m.first.row} {m.first.group} {m.first.table} {m.first.section}"
                  for m in self.measures),
                *columns,
            ]
        )  # fmt: skip
        question_words = " ".join(
            [
                GENERIC_WORDS, *VOCABULARY, "hoeveel welke wat",
                # the words that choose a column ('werkelijke', 'geraamde') are no typos
                *(w for words in STATUS_WORDS.values() for w in words),
                REALISED_ASKED.pattern,
            ]
        )  # fmt: skip
        self._printed = set(re.findall(r"[a-zà-ÿ]{4,}", printed.lower()))
        labels = " ".join(
            f"{m.first.row} {m.first.group} {m.first.table}"
            for m in self.measures
            if m.first.kind == "table"
        )
        self._in_tables = set(re.findall(r"[a-zà-ÿ]{4,}", labels.lower())) | {
            w for c in columns for w in re.findall(r"[a-zà-ÿ]{4,}", c.lower())
        }
        self._words = self._printed | set(re.findall(r"[a-zà-ÿ]{4,}", question_words.lower()))
        self._word_list = sorted(self._words)

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one answerer per index, terms repeat
    def _one_letter_from(self, term: str) -> tuple[str, ...]:
        """The stems rows are named by that are one edit from a question's stem."""
        close = process.extract(
            term, self._field_stems, scorer=Levenshtein.distance, score_cutoff=1, limit=3
        )
        return tuple(f for f, distance, _ in close if distance == 1)

    def _of_ranking(self, name: str) -> dict[MeasureKey, float]:
        """A store of this thread's last ranking, per reading (the chat answers its sessions
        from one answerer, in threads)."""
        if not hasattr(self._ranking, name):
            setattr(self._ranking, name, {})
        return getattr(self._ranking, name)

    @property
    def _subject_cover(self) -> dict[MeasureKey, float]:
        """The share of the asked subject each reading of the last ranking names."""
        return self._of_ranking("cover")

    @property
    def _named_cover(self) -> dict[MeasureKey, float]:
        """The same share, of words found by more than a part of a title's compound."""
        return self._of_ranking("named")

    def _verb_joined(self, question: str) -> str:
        """The question with a verb and its particle set apart read as the one verb they
        make, when that verb is printed or asks for a measure ('draagt ... bij' ->
        'bijdragen', 'geeft ... uit' -> 'uitgeven'); a verb nothing prints stays as it is."""
        if not re.search(rf"\b({'|'.join(PARTICLES)})\b", question, re.I):
            return question  # most questions: the word-class tables are not needed
        # ... also as an infinitive with 'te' between them ('uit te geven'), when the verb
        # they make is a resident's word for what budgets print (not 'binnen te halen', whose
        # words each say what comes in)
        question = TE_INFINITIVE.sub(
            lambda m: joined if (joined := f"{m[1]}{m[2]}".lower()) in VOCABULARY else m[0],
            question,
        )
        found = verb_apart(question)
        if found is None:
            return question
        verb, particle, joined = found
        if not self._verb_known(joined):
            return question
        question = re.sub(rf"\b{verb}\b", joined, question, count=1, flags=re.I)
        at = question.lower().index(joined) + len(joined)
        rest = re.sub(rf"\b{particle}\b", " ", question[at:], count=1, flags=re.I)
        return question[:at] + rest

    def _verb_known(self, verb: str) -> bool:
        """Whether a verb is printed or asks for a measure ('uitgeven', 'bijdragen')."""
        known = [t for t in stems(verb) if t in self.idf or t in YIELD_TERMS]
        return bool(known or verb in VOCABULARY)

    def _silent_words(self, question: str) -> set[str]:
        """The stems of the question's words that name no subject ('ervoor', 'genoeg',
        'volgens') and that no table prints: they cannot match a row, and would count as its
        rarest subject words. Read per word, as 'gewoon' and 'woningen' share a stem. (A verb no
        document prints, 'rekent', stays: leaving verbs out too answered more questions on
        the unseen sets, and stated more wrong figures; measured again on 2026-12-03 over
        sets a-u: 8 more figure turns, 12 more wrong figures.)"""
        return {
            t
            for w in WORD.findall(question.lower())
            # a word no table prints ('volgens') is no row's word, whatever sentence has it
            if w not in self._in_tables and w in SUBJECTLESS
            for t in stems(w)
            # words the reading of a question looks for ('verminderd' chooses the column
            # 'Verminderingen', 'haalt ... op' the baten) are never silent
            if not _is_generic(t) and not t.startswith(ASKING_PREFIXES)
            and t not in YIELD_TERMS
        }

    @staticmethod
    def _field_terms(m: Measure, known: Collection[str] = ()) -> dict[str, float]:
        """Each term of a measure with the weight of the field it stands in."""
        c = m.first
        row = INCLUDED_ASIDE.sub(" ", c.row)
        c = replace(
            c,
            row=f"{_kept_whole(row)} {_elided_compounds(row, known)}",
            group=_kept_whole(c.group),
        )
        # the sentences before a sentence's amount describe it fully when it refers back to
        # them ('Hiervoor is € 80.000 beschikbaar'); else they may be about another thing
        context = 0.7 if c.kind != "prose" or REFERS_BACK.search(c.quote) else 0.35
        weights: dict[str, float] = {}
        for t in label_terms(f"{c.row} {c.group}"):
            weights[t] = 1.0
        for t in label_terms(f"{c.table} {c.section}"):
            weights.setdefault(t, 0.4)
        row, aside = c.row, ""
        if c.kind == "prose":
            # a list in brackets in a sentence names what its subject holds ('de woonlasten
            # (OZB, rioolheffing en afvalstoffenheffing) bedragen € 1.176'): no part is it
            listed = LISTED_IN_BRACKETS.findall(row)
            row = LISTED_IN_BRACKETS.sub(" ", row)
            # ... and so does a list of examples ('wij investeren € 19,5 miljoen, onder meer in
            # de uitbreiding van IKC De Esch'): the amount is of all of them
            row, examples = _examples_apart(row)
            aside = " ".join([*listed, examples])
        for text, weight in (
            (c.section, 0.3),
            (c.table, 0.4),
            (c.source, 0.5),
            (aside, 0.35),
            (c.group, context),
            (row, 1.0),
        ):
            for t in stems(text):
                weights[t] = max(weights.get(t, 0.0), weight)
        if c.kind == "prose" and re.match(rf"{re.escape(c.row)}\s*\(", c.quote):
            # 'Cultuur (€ 45.500): Dit is beschikbaar gesteld voor de cultuurvisie': the
            # sentence after the lead says what the amount is for, before any context does
            for t in stems(c.quote):
                weights[t] = max(weights.get(t, 0.0), 0.8)
        columns = {cell.column for cell in m.cells}
        for column in columns:  # 'Lasten 2024', weighed as a group
            for t in column_measure_terms(column):
                weights[t] = max(weights.get(t, 0.0), 0.7)
        for head in _kinds_over_years(columns):
            # columns of two or more kinds of thing over the same years ('Eenpersoons-
            # huishouden 2022', '... 2023', 'Meerpersoonshuishouden 2022', ...): each cell is
            # of the row and of its kind, which the row's words alone do not name
            for t in stems(_kept_whole(head)):
                weights.setdefault(t, 0.5)
        for cell in m.cells:
            for t in _note_terms(cell):
                weights.setdefault(t, 0.5)
        if any(DIFFERENCE_COLUMN.match(column) for column in columns):
            # a row with its deviation from the budget beside it prints what was overspent
            # or left ('Met hoeveel procent overschreden de lasten de begroting?')
            for t in _DEVIATION_STEMS:
                weights.setdefault(t, 0.4)
        # a word every column of the row prints names whom or what the row is about ('2026
        # Directeur 01/01 - 31/12' beside '2025 Directeur ...' in a WNT table), as a caption does
        shared = set.intersection(*(set(stems(col)) for col in columns)) if columns else set()
        for t in shared - STATUS_TERMS:
            if re.search(r"[a-z]{3}", t):
                weights.setdefault(t, 0.4)
        for short in ABBREVIATION.findall(c.row):  # 'Voorz. vastgoed': kept with its dot
            weights[f"{short.lower()}."] = 1.0
        for t in _taakveld_words(c.row):  # '6.72 Maatwerkdienstverlening 18-': jeugdhulp
            weights.setdefault(t, 0.7)
        return weights

    # -- resolution ---------------------------------------------------------------------------

    def rank(
        self,
        terms: list[str],
        municipality: str | None,
        exclude_totals: bool = False,
        ordinals: frozenset[str] = frozenset(),
    ) -> list[tuple[float, Measure]]:
        """The readings whose words match the terms, best first; `ordinals`, the question's
        ('een tweede hond'), leave out a row of another ('eerste hond')."""
        if not terms:
            return []
        default = max(self.idf.values(), default=1.0)
        weight = {t: self.idf.get(t, default) for t in terms}
        # (a month chooses a column, 'op 31 december': no row is measured by it)
        total = sum(w for t, w in weight.items() if t not in MONTH_OF)
        subject = [t for t in terms if not _is_generic(t)]
        # a word and the words it stands for ('wmo': maatschappelijke ondersteuning) are one
        # subject, matched when any of them is
        concepts: dict[str, float] = {}
        # ... and weighed once, at its best, where the row prints the resident's word itself
        # ('OZB' for 'ozb', with 'onroerende zaakbelasting' beside it) or the one word it
        # stands for ('eenpersoonshuishouden' for 'alleenstaande'), or any word of those the
        # vocabulary gives as alternatives ('overschot' or 'resultaat' for 'overhouden'); else
        # each of its words weighs, and a row must print them all ('onttrokken': 'onttrekking'
        # and 'reserves', one phrase)
        missed_weight: dict[str, float] = {}
        members: dict[str, set[str]] = {}
        for t in subject:
            concept = SYNONYM_OF.get(t, t)
            concepts[concept] = max(concepts.get(concept, 0.0), weight[t])
            missed_weight[concept] = missed_weight.get(concept, 0.0) + weight[t]
            members.setdefault(concept, set()).add(t)
        # words of a concept no document prints, not even in a compound ('overgehouden',
        # 'overschot'): a reading that prints a word the concept stands for ('resultaat')
        # itself is not missing them
        printed = {t for t in subject if self._printed_anywhere(t)}
        unprinted = {
            c: missing
            for c, ts in members.items()
            if any(t in self.idf for t in ts)
            and (missing := sum(weight[t] for t in ts if t not in printed))
        }
        subject_total = sum(concepts.values())
        asked = set(terms)
        opposite = {OPPOSITES[t] for t in terms if t in OPPOSITES} - asked
        # baten or lasten asked: a saldo of them is neither
        no_saldo = bool(_MEASURE_STEMS & asked) and "saldo" not in terms
        # and a saldo asked: lasten or baten alone are not it
        only_saldo = "saldo" in terms and not _FLOW_STEMS & asked
        # the stemmer does not always cut two forms of a word alike ('structurele' ->
        # 'structurel', 'structureel' -> 'structureel'): a long stem one letter apart is it
        near = {t: self._one_letter_from(t) for t in terms if len(t) >= 8}
        # a stem with a long vowel written once, as the stemmer gives another form of it
        doubled = {t: _other_vowel_length(t) for t in terms}
        # ... and the stems of the word's other forms ('beschikbaar': 'beschikbar' of
        # 'beschikbare'); a verb's infinitive only for a word that names the subject (a verb
        # of the asking, 'betaal', is not what a sentence that 'betaalt' is about)
        forms = {t: word_forms(t) | (verb_forms(t) if t in subject else set()) for t in terms}
        negation_asked = any(t.startswith("niet") for t in terms)
        # 'parkeergeld': the thing whose yield it is ('parkeer')
        money = {t: m.group("thing") for t in terms if (m := MONEY_COMPOUND.match(t))}
        compounds = getattr(self._ranking, "compounds", {})
        ranked = []
        # a document the question names ('volgens de begroting 2025'): its figures, never the
        # column 2025 of the begroting 2024 beside it
        documents = {
            d for d in getattr(self._ranking, "documents", set())
            if not municipality or self._municipality_of.get(d) == municipality
        }  # fmt: skip
        # the lasten or baten asked, not what a fund holds: no fund's row answers
        flow_only = bool(_FLOW_STEMS & asked) and not _STOCK_STEMS & asked
        # 'de meicirculaire 2025': no row of the meicirculaire 2023
        dated = getattr(self._ranking, "dated", {})
        for m, fields, kind, body, negated, fund, label_dates in zip(
            self.measures, self._fields, self._measure_kinds, self._bodies, self._negated,
            self._funds, self._label_dates,
        ):
            if municipality and m.first.municipality != municipality:
                continue
            if any(w in label_dates and not label_dates[w] & ys for w, ys in dated.items()):
                continue
            if flow_only and fund:
                continue
            if documents and m.first.document_id not in documents:
                continue
            if (no_saldo and kind == "saldo") or (only_saldo and kind in _FLOW_STEMS):
                continue
            if kind in _FLOW_STEMS and _FLOW_STEMS & asked == _FLOW_STEMS - {kind}:
                continue  # the lasten asked: a row its table names as baten is none (and back)
            if body and not body & asked:
                continue  # 'Het Afvalschap sloot 2024 af met ...': that body's, unless asked
            if exclude_totals and TOTAL_ROW.match(m.first.row):
                continue
            got = generic_matched = measure_missed = 0.0
            # what a row matches of each concept: at its best (a concept the row prints
            # whole, above) or summed over its words (else)
            concept_best: dict[str, float] = {}
            concept_sum: dict[str, float] = {}
            concept_printed: dict[str, float] = {}  # how well the reading prints it
            known_printed: dict[str, float] = {}  # ... by a word the documents print
            root_printed: dict[str, float] = {}  # ... the resident's word itself
            matched: set[str] = set()
            named: set[str] = set()  # ... by more than a part of a title's compound
            for t in terms:
                w = fields.get(t)
                if w is None and t == "saldo" and kind == "saldo":
                    w = fields.get("netto")  # 'Netto lasten per programma' prints a saldo
                single = doubled.get(t)
                if w is None:
                    # the stemmer keeps a long vowel doubled in one form only ('bijdragen' ->
                    # 'bijdraag', 'bijdrage' -> 'bijdrag'), and cuts other forms of one word
                    # unlike ('beschikbare'): those fields are the word itself
                    alike = {f for f in fields if not forms[t].isdisjoint(word_forms(f))}
                    # the one who does it: 'deelnemer' of 'deelnemende' ('deelneem')
                    doers = {f"{form}er" for form in forms[t]}
                    # compounds: "programmalast" holds "programma" and "last"; the one who
                    # does it is the same subject: 'sporter' of 'sport', 'bezoeker'
                    w = max(
                        (
                            fields[f] * (
                                1.0 if f in alike
                                else 0.9 if f in doers or f.endswith(".")
                                # (a short word inside a compound, neither its start nor its
                                # head, says less: 'ziek' of 'infectieziektebestrijding')
                                else 0.3 if len(t) == 4 and not f.startswith(t)
                                and not f.endswith(t) and t in f
                                else 0.6
                            )
                            for f in fields
                            if f in alike or (
                                len(f) >= 5 and len(t) >= 6 and f in t
                                and _modifier_found(t, f, fields)
                                # (the narrowing part alone names the compound's thing only
                                # when the documents know that kind of thing: no row of the
                                # 'brandweer' is a 'brandweerkazerne' no document prints)
                                and (not t.startswith(f) or self._kind_known(t, f))
                                # a ratio of a thing is not the thing ('schuldquote'
                                # is no 'schulden'), unless its part is the ratio
                                and not (RATIO_HEAD.search(t) and not t.endswith(f))
                            )
                            or (len(t) >= 4 and len(f) >= len(t) + 3 and t in f)
                            # ... also with its vowel as long as the compound has it
                            # ('investeer' in 'investeringsplan')
                            or (single is not None and len(f) >= len(t) + 3 and single in f)
                            or (len(t) >= 4 and f in doers)
                            # an abbreviation of the word: 'voorz.' for 'voorziening'
                            or (f.endswith(".") and t.startswith(f[:-1]))
                            # 'parkeergeld': the yield of parking ('Parkeeropbrengsten')
                            or (t in money and _yield_of(money[t], f))
                        ),
                        default=0.0,
                    ) or 0.9 * max((fields.get(n, 0.0) for n in near.get(t, ())), default=0.0)
                    if not w and (whole := compounds.get(t)) and all(p in fields for p in whole):
                        # a compound whose parts the row prints apart ('woningeigenaren':
                        # 'OZB woningen eigenaar'), which the stemmer, given the compound
                        # whole, does not cut into their stems ('woninigen')
                        w = min(fields[p] for p in whole)
                if t in subject:
                    c = SYNONYM_OF.get(t, t)
                    concept_best[c] = max(concept_best.get(c, 0.0), weight[t] * w)
                    concept_sum[c] = concept_sum.get(c, 0.0) + weight[t] * w
                    concept_printed[c] = max(concept_printed.get(c, 0.0), w)
                    if c in unprinted and t in printed:
                        known_printed[c] = max(known_printed.get(c, 0.0), w)
                    if t == c:
                        root_printed[c] = w
                else:
                    got += weight[t] * w
                if t in subject and w > 0:
                    matched.add(SYNONYM_OF.get(t, t))
                    if w >= COVERING_MATCH:
                        named.add(SYNONYM_OF.get(t, t))
                elif w > 0:
                    # (a moment in part as far as it is matched in part: 'eind' in
                    # 'jaareinde' never counts against the row, as it would not if it
                    # matched nothing)
                    generic_matched += weight[t] * (min(w, 1.0) if t in MOMENT_STEMS else 1.0)
                elif t in _MEASURE_STEMS:
                    measure_missed += weight[t]
            # summed in the order of the question, as subject_total is: a set's order varies
            # from run to run, and a float sum in another order may miss 1.0 by a hair
            subject_got = sum(w for c, w in concepts.items() if c in matched)
            if subject_total and (
                subject_got / subject_total < MIN_SUBJECT_MATCH
                or len(matched) / len(concepts) < MIN_SUBJECT_MATCH
            ):
                # the question is about something this row does not name: most of what it
                # names, by weight and by number ('de bestemmingsreserve voor het sociaal
                # domein' is not all bestemmingsreserves)
                continue
            # a taakveld's code ('0.61 OZB woningen') numbers the row, it names nothing
            row_terms = set(stems(_kept_whole(TAAKVELD_CODE.sub("", m.first.row))))
            if (
                ordinals
                and m.first.kind == "table"
                and (m.first.document_id, m.first.table) in self._ordinal_tables
                and not _same_place(ordinals, placed := _ordinals(m.first.row))
                and (placed or IMPLIED not in ordinals)
            ):
                # where rows are told apart by their place, a row without the place asked
                # is not it: the 'eerste hond' is not the 'tweede hond', nor is the kennel
                continue
            # a word cut short ('Voorz.') is covered by the word it stands for
            short = {f[:-1] for f in fields if f.endswith(".")}
            covered = row_terms & asked | {
                r for r in row_terms & short if any(t.startswith(r) for t in terms)
            } | {r for r in row_terms - asked if any(_alike(r, t) for t in terms)}
            label_cover = len(covered) / len(row_terms) if row_terms else 0
            group_terms = set(stems(m.first.group)) - _GENERIC_STEMS
            unmatched_group = len(group_terms - asked) / len(group_terms) if group_terms else 0
            # Generic words the row does not match (procent, veranderen) do not count against it,
            # except the measure asked for (baten, lasten); a question of generic words only
            # ("totale programmalasten") is measured by all.
            printed_at = PRINTED_WEIGHT if m.first.kind == "prose" else CONCEPT_PRINTED
            whole = {
                c for c in concepts
                if root_printed.get(c, 0.0) >= printed_at
                or (
                    (len(members[c]) == 2 and c in members[c] or members[c] <= ALTERNATIVE_STEMS)
                    and concept_printed.get(c, 0.0) >= printed_at
                )
            }  # fmt: skip
            got += sum(
                concept_best.get(c, 0.0) if c in whole else concept_sum.get(c, 0.0)
                for c in concepts
            )
            if subject_total:
                subject_weight = sum(
                    w if c in whole
                    else missed_weight[c]
                    - (unprinted.get(c, 0.0) if known_printed.get(c, 0.0) >= printed_at else 0.0)
                    for c, w in concepts.items()
                )
                denominator = subject_weight + generic_matched + measure_missed
            else:
                denominator = total
            if denominator <= 0:
                continue  # words that weigh nothing ('in december'): nothing to score by
            score = got / denominator + 0.25 * label_cover - 0.05 * unmatched_group
            self._subject_cover[m.key] = subject_got / subject_total if subject_total else 1.0
            self._named_cover[m.key] = (
                sum(w for c, w in concepts.items() if c in named) / subject_total
                if subject_total else 1.0
            )  # fmt: skip
            if opposite & set(fields) or (negated & asked and not negation_asked):
                # 'met verblijf' when 'zonder verblijf' is asked, 'niet-woningen' for woningen
                score -= 0.5
            if (m.first.document_id, m.first.table) in self._failed:
                score -= FAILED_CHECK  # a reading its table's totals contradict loses a tie
            if score > 0:
                ranked.append((score, m))
        ranked.sort(key=lambda x: (-x[0], len(x[1].first.row)))
        if ranked:
            # of the readings about as good as the best, one that names all of what is asked
            # comes before one that names a part ('Baten' of the programme 'volksgezondheid
            # en milieu' before the taakveld '7.1 Volksgezondheid')
            near = [r for r in ranked if r[0] >= ranked[0][0] - CLOSE_CALL]
            near.sort(key=lambda r: self._named_cover[r[1].key] < 1.0)
            ranked = near + ranked[len(near) :]
        numbered = [t for t in terms if PROGRAMME_TERM.fullmatch(t)]
        if numbered:
            # 'programma 2' names its programme: rows of other programmes (or of none, as a
            # balance sheet's 'Resultaat') do not answer, when one of that programme does
            own = [(s, m) for s, m in ranked if all(t in self._by_key[m.key][1] for t in numbered)]
            # ... and when the documents number their programmes but none has that number
            # ('programma 7' of a municipality with six), no other row is its figure
            numbers = (
                self._programme_numbers.get(municipality, set())
                if municipality
                else set().union(*self._programme_numbers.values())
            )
            ranked = own or ([] if numbers and not set(numbered) & numbers else ranked)
        return ranked

    def _rows_named(self, m: Measure) -> frozenset[str]:
        """The words of the row labels (and the names of groups of rows) of a reading's table."""
        table = m.key[:2]
        if table not in self._table_rows:
            self._table_rows[table] = frozenset(
                t
                for o in self._document_measures.get(m.first.document_id, [])
                if o.key[:2] == table
                for t in stems(f"{o.first.row} {o.first.group}" if o.first.kind == "table"
                               else o.first.row)
            )  # fmt: skip
        return self._table_rows[table]

    def _wholes(self, readings: list[Measure]) -> list[Measure]:
        """The readings whose table is no part of another's: its caption's subject words
        are not all among the row labels (or the names of groups of rows) of another
        reading's table."""

        def part(m: Measure) -> bool:
            if m.first.kind != "table":
                return False
            subject = caption_subject(m.first.table)
            return bool(subject) and any(
                subject <= self._rows_named(o) for o in readings if o.key[:2] != m.key[:2]
            )

        return [m for m in readings if not part(m)]

    def _parallel_parts(self, m: Measure) -> list[Measure]:
        """The summary rows ('Resultaat', 'Geraamd resultaat', 'Saldo van baten en lasten')
        that the reading's document prints in each of several tables, the reading's among
        them: each programme's own overview. A table among them whose rows name the places
        (caption and chapter) of the others, or whose place names nothing of its own, is
        their whole, no part of them."""
        label = _summary_label(m.first.row)
        if m.first.kind != "table" or not label:
            return []
        if m.key in self._parts_of:
            return self._parts_of[m.key]
        self._parts_of[m.key] = parts = self._parallel_parts_of(m, label)
        return parts

    def _parallel_parts_of(self, m: Measure, label: frozenset[str]) -> list[Measure]:
        same = self._summary_rows(m.first.document_id, label)
        tables = {o.key[:2]: o for o in same}
        if len(tables) < 2:
            return []
        places = {t: frozenset(_place_words(o)) for t, o in tables.items()}
        shared = frozenset.intersection(*places.values())
        # (what a caption says of the measure, 'Resultaat 2031', names no subject)
        own = {t: words - shared - _CLOSING_STEMS - STATUS_TERMS for t, words in places.items()}
        wholes = {
            t for t, o in tables.items()
            # (it lists most of them: the overview of all programmes, not a table of the
            # algemene dekkingsmiddelen whose rows name one or two others' words)
            if 3 * sum(bool(own[u] & self._rows_named(o)) for u in tables if u != t)
            >= max(min(6, 3 * (len(tables) - 1)), 2 * (len(tables) - 1))
            # ... or its caption and chapter name no subject the others do not share
            # ('Tabel 7.1 Resultaat 2031' beside 'Tabel 1.3 Baten en lasten P1 Veiligheid')
            or not own[t]
        }  # fmt: skip
        if m.key[:2] in wholes:
            return []
        return [o for o in same if o.key[:2] not in wholes]

    def _summary_rows(self, document_id: str, label: frozenset[str]) -> list[Measure]:
        """The table readings of a document whose row is a summary row of the `label`
        ('Resultaat' and 'Geraamd resultaat (+ = voordelig)' both)."""
        return [
            o for o in self._document_measures.get(document_id, [])
            if o.first.kind == "table" and _summary_label(o.first.row) == label
        ]  # fmt: skip

    def _closing_rows(self, municipality: str) -> list[Measure]:
        """The summary rows of how a year closes ('Geraamd resultaat', 'Saldo van baten en
        lasten') in the body's documents, outside any programme's own table."""
        if municipality not in self._closings:
            self._closings[municipality] = self._closing_rows_of(municipality)
        return self._closings[municipality]

    def _closing_rows_of(self, municipality: str) -> list[Measure]:
        return [
            o for readings in self._document_measures.values()
            if readings and readings[0].first.municipality == municipality
            for o in readings
            if o.first.kind == "table" and _closes_a_year(o.first.row)
            and not _of_a_programme(o) and not self._parallel_parts(o)
            # (not the saldo of a group of rows: 'Saldo programma' under 'Programma 5')
            and all(t in _FLOW_STEMS or _is_generic(t) for t in stems(o.first.group))
        ]  # fmt: skip

    def _closing_rival(
        self, measure: Measure, years: Sequence[str], status: str, terms: Sequence[str]
    ) -> Measure | None:
        """Another table's row of the reading's document that closes the year after the
        reserves, as the reading does, with another figure of the same kind; both of the
        whole, no programme's."""
        if (
            measure.first.kind != "table"
            or not _closes_after_reserves(measure.first.row)
            or _names_a_part(measure)
            or self._parallel_parts(measure)
        ):
            return None
        year = years[0] if years else None
        mine = self._cell(measure, year, status, terms)
        if mine is None:
            return None
        return next(
            (
                m for m in self._closing_rows(measure.first.municipality)
                if m.first.document_id == measure.first.document_id
                and m.key[:2] != measure.key[:2] and _closes_after_reserves(m.first.row)
                and (c := self._cell(m, year, status, terms)) is not None
                and c.unit == mine.unit and not _agree(mine, c)
                # (one figure with the sign of either table's convention is no other: a
                # 'Begrotingssaldo' of 212 and a 'Geraamd resultaat' of -212)
                and not (mine.value is not None and c.value is not None
                         and abs(mine.value) == abs(c.value))
            ),
            None,
        )

    def _whole_of_parts(
        self,
        question: FigureQuestion,
        terms: Sequence[str],
        ranked: list[tuple[float, Measure]],
        measure: Measure,
        tied: list[Measure],
        parts: list[Measure],
    ) -> tuple[Measure, list[Measure]]:
        """The reading of the whole beside the `parts` (each programme's summary row), with
        its rivals; or the best reading and its rivals with the parts when the documents
        print no whole.

        The whole is a reading of the same body outside the parts' tables whose row names no
        subject of its own ('Saldo financieringsfunctie' is a part too), or a sentence of how
        the year closes. What a year closes with is its result after the reserves
        ('Begrotingssaldo', 'Resultaat', 'De begroting sluit met ...'), not the saldo of baten
        and lasten before them, unless baten and lasten are asked; a bare 'saldo' may be
        either, so both are offered when they differ."""
        year = question.years[0] if question.years else None
        status = question.status
        group = {o.key[:2] for o in parts}

        def cell(m: Measure) -> TableCell | None:
            c = self._cell(m, year, status, terms)
            # (what a year closes with is no column of its lasten or baten: 'Totaal (saldo =
            # geraamd resultaat)' under 'Lasten')
            return None if c is None or _FLOW_STEMS & set(column_measure_terms(c.column)) else c

        # the summary row of a table the parts are rows of ('Geraamd resultaat (+ =
        # voordelig)' of the overview of all programmes) is a whole, however low it ranks
        first = parts[0].first if parts else None
        printed = [
            o for o in self._summary_rows(first.document_id, _summary_label(first.row))
            if o.key[:2] not in group
        ] if first is not None else []  # fmt: skip
        # ... and without parts, after the readings found by their words, a row of how the
        # year closes of a table that is no part ('Geraamd resultaat' of the overview of
        # baten en lasten, for 'het tekort in 2026')
        of_year = [] if parts else self._closing_rows(measure.first.municipality)
        found = [
            (m, c)
            for sc, m in [
                *((MIN_SCORE, o) for o in printed), *ranked, *((MIN_SCORE, o) for o in of_year)
            ]
            if sc >= MIN_SCORE and m.key[:2] not in group
            and m.first.municipality == measure.first.municipality
            and not _names_a_part(m)
            and (c := cell(m)) is not None
            # (a sentence of another year: 'Het resultaat over 2023 is ... toegevoegd')
            and (m.first.kind == "table" or not year or _prose_of_year(m.first, year))
            and not self._parallel_parts(m)
        ]  # fmt: skip
        if status in ("", "realisatie"):
            # 'Met welk resultaat sloot X 2024 af?': what the year came to, not the budget
            # planned for it, where both are printed
            found = [(m, c) for m, c in found if not self._planned(c)] or found
        wholes = [m for m, _ in found]
        # a table's row before a sentence about it
        wholes.sort(key=lambda m: m.first.kind != "table")
        rivals = tied + [
            o for o in parts
            if o is not measure and o not in tied and self._cell(o, year, status, terms)
        ]  # fmt: skip
        if not wholes and not _of_a_programme(measure) and any(map(_of_a_programme, parts)):
            # (the best reading names no programme where the parts do: 'Tabel 1.2
            # Totaaloverzicht' beside 'Tabel 2.5b ... programma 5'; it stays the answer)
            return measure, tied
        if not wholes:
            return measure, rivals

        def last_in_its_table(m: Measure) -> Measure:
            # (a table of how the balance moves prints where it starts first, 'Saldo vorige
            # begroting', and where it ends last, 'Begrotingssaldo')
            return max(
                (o for o in wholes if o.key[:2] == m.key[:2] and o.first.kind == "table"),
                key=lambda o: o.first.line,
                default=m,
            )

        if _FLOW_STEMS & set(stems(question.text)):
            return next((m for m in wholes if _before_reserves(m)), wholes[0]), []
        after = [m for m in wholes if not _before_reserves(m)]
        closing = bool(set(terms) & (_CLOSING_STEMS - {"saldo"}) or CLOSES.search(question.text))
        if not after and closing:
            # what the year closes with, and only the saldo before the reserves printed
            # beside it: no answer of that saldo (a question back with the parts)
            return measure, rivals
        if not after:
            return wholes[0], []
        after[0] = last_in_its_table(after[0])
        if closing:
            return after[0], []
        before = [m for m in wholes if _before_reserves(m)]
        return after[0], before[:1]

    def _whole_over(
        self, parts: list[Measure], ranked: list[tuple[float, Measure]]
    ) -> Measure | None:
        """The best reading, naming all that is asked, of the one table that lists each of
        the `parts`' tables as a row: the result per programme ('Gerealiseerd resultaat')
        beside each programme's own overview ('Resultaat'). What the captions share
        ('Overzicht baten en lasten') is the kind of table; the rest names each part."""
        captions = [caption_subject(m.first.table) for m in parts]
        shared = frozenset.intersection(*map(frozenset, captions))
        subjects = [caption - shared for caption in captions]
        places = {m.first.municipality for m in parts}
        if len(places) > 1 or not all(subjects) or any(m.first.kind != "table" for m in parts):
            return None
        tables = {m.key[:2] for m in parts}
        # (the whole measures what each part's row does: 'Gerealiseerd resultaat' over each
        # programme's 'Resultaat', not another row that names the programmes)
        measured = set.intersection(*(set(stems(m.first.row)) for m in parts))
        over = [
            m for sc, m in ranked
            if sc >= MIN_SCORE and m.first.kind == "table" and m.key[:2] not in tables
            and m.first.municipality in places
            and self._subject_cover.get(m.key, 0.0) >= 1.0
            and measured <= set(stems(m.first.row))
            and all(subject <= self._rows_named(m) for subject in subjects)
        ]  # fmt: skip
        return over[0] if len({m.key[:2] for m in over}) == 1 else None

    def _rank_aside(
        self, question: str, municipality: str | None, ranked: list[tuple[float, Measure]]
    ) -> list[tuple[float, Measure]]:
        """'werk en inkomen (sociale zaken)': the words in brackets name the subject again, or
        say what it holds. A row is ranked by the words outside the brackets, by those inside
        (with the question's generic words: lasten, baten), or by all, whichever fits it best."""
        inside = " ".join(_asides(question))
        if all(_is_generic(t) or t in STATUS_TERMS for t in question_terms(inside)):
            return ranked  # '(IST)', '(x € 1.000)': no other name for the subject
        outside = [
            t for t in question_terms(ASIDE.sub(" ", question))
            if t not in self._scope_of(municipality, question)
        ]
        generic = [t for t in outside if _is_generic(t)]
        best: dict[tuple[str, str, str, str], tuple[float, Measure]] = {}
        # (a word outside that rules out its opposite, 'gezin' for a meerpersoonshuishouden,
        # holds for the words inside too)
        held = [t for t in outside if t in OPPOSITES]
        for terms in (outside, [*question_terms(inside), *generic, *held]):
            for score, m in [*ranked, *self.rank(terms, municipality)]:
                if score > best.get(m.key, (-1.0, m))[0]:
                    best[m.key] = (score, m)
        return sorted(best.values(), key=lambda x: (-x[0], len(x[1].first.row)))

    def spelled_as_printed(self, question: str) -> str:
        """The question with words the documents do not print read as the printed word they
        are a typo of ('gezondhiedszorg' -> 'gezondheidszorg', 'hoevel' -> 'hoeveel'): one
        edit for words of six or seven letters, two for longer ones, and only when one
        printed word is that close (a word of five letters is too often another word one
        letter away: 'meldt', 'geldt'). A compound the tables print apart becomes its parts
        ('personeelsalarisen' -> 'personeel salarissen')."""

        def fix(match: re.Match[str]) -> str:
            word = match.group(0)
            lower = word.lower()
            if len(lower) < 6 or lower in self._words or any(t in self.idf for t in stems(lower)):
                return word  # a word the documents print
            if lower in SUBJECTLESS:
                return word  # a word that names nothing ('eigenlijk' is no 'eigen rijk')
            asking = [w for w in ASKING_WORDS if Levenshtein.distance(lower, w) <= 1]
            # 'hoevel' is 'hoeveel', whatever else the documents print one letter away; a
            # word of the language is no typo ('gehaald' is not 'gedaald'), but a compound
            # may be printed in parts ('energierekening')
            typo = [] if asking or is_dutch_word(lower) else self._closest_printed(lower)
            found = asking[:1] or typo or self._compound_parts(lower)
            fixed = " ".join(found) if found else word
            return fixed[:1].upper() + fixed[1:] if word[:1].isupper() else fixed

        # a rate's base typed without its thousands point ('per 1000 inwoners') as printed
        question = PER_THOUSANDS.sub(lambda m: f"{m[1]}{int(m[2]):,}".replace(",", "."), question)
        return re.sub(r"[A-Za-zÀ-ÿ]+", fix, question)

    def _closest_printed(self, word: str) -> list[str]:
        limit = 1 if len(word) <= 7 else 2
        close = process.extract(
            word, self._word_list, scorer=Levenshtein.distance, score_cutoff=limit, limit=3
        )
        if not close:
            return []
        nearest = min(d for _, d, _ in close)
        best = [w for w, distance, _ in close if distance == nearest]
        if nearest > 1 and best and best[0] not in self._printed:
            return []  # two letters from a word of the asking is another word ('afgesloten')
        return best[:1] if len(best) == 1 else []

    def _compound_parts(self, word: str, typos: bool = True) -> list[str]:
        """Two printed words, the second within one typo (`typos`), joined with or without
        an 's'; a part may be printed in another form ('woningeigenaren': 'woningen',
        'eigenaar'), which the stemmer, given the whole compound, would not find."""

        lenient = not is_dutch_word(word)  # 'binnengekomen' is a word, not two

        def printed(part: str) -> bool:
            return part in self._words or (lenient and any(t in self.idf for t in stems(part)))

        for k in range(len(word) - 4, 3, -1):
            head, tail = word[:k], word[k:]
            if not printed(head):
                continue
            for rest in (tail, tail[1:] if tail.startswith("s") else ""):
                if len(rest) >= 4:
                    if printed(rest):
                        found = [rest]
                    else:
                        found = self._closest_printed(rest) if typos else []
                    if found:
                        return [head, *found]
        return []

    @functools.cached_property
    def _table_words(self) -> dict[tuple[str, str], tuple[set[str], set[str]]]:
        """The words of each table's caption and of its columns, by document and caption:
        read on the first question that cites a table, not at start-up."""
        words: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
        for m in self.measures:
            if m.first.kind == "table":
                key = (m.first.document_id, m.first.table)
                if key not in words:
                    words[key] = (set(stems(m.first.table)), set())
                words[key][1].update(t for c in m.cells for t in stems(c.column))
        return words

    def _tables_cited(
        self, subject: str, municipality: str | None
    ) -> tuple[str, frozenset[tuple[str, str]], str]:
        """The subject without the words that cite a table by its caption ('volgens de
        geprognosticeerde balans': where to read, not what), the tables of the body asked
        about whose captions print them all, and those words; the subject as it is when none
        does. Words of a document or a column ('volgens de begroting', 'de realisatie') cite
        none."""
        cited = TABLE_CITED.search(subject)
        if cited is None:
            return subject, frozenset(), ""
        words = list(re.finditer(r"[\w-]+", subject[cited.end() :]))[:6]
        for n in range(len(words), 0, -1):
            phrase = subject[cited.end() : cited.end() + words[n - 1].end()]
            own = stems(phrase)
            if (
                not own or set(own) & STATUS_TERMS
                or re.search(rf"\b{DOCUMENT_WORDS}\b", phrase, re.I)
            ):  # fmt: skip
                continue
            # (a word that names a column of the table names what to read there: 'volgens
            # de verdeelsleutel' in 'Bijdragen volgens verdeelsleutel')
            tables = frozenset(
                key for key, (caption, columns) in self._table_words.items()
                if set(own) <= caption and not set(own) & columns
                and (not municipality or self._municipality_of.get(key[0]) == municipality)
            )  # fmt: skip
            if tables:
                rest = subject[cited.end() + words[n - 1].end() :]
                return f"{subject[: cited.start()]} {rest}", tables, phrase
        return subject, frozenset(), ""

    def _parts_of_compounds(self, question: str) -> dict[str, tuple[str, str]]:
        """The stems of the two printed words each long compound of a question is made of,
        by the compound's own stem ('woninigen' of 'woningeigenaren': 'woon', 'eigen')."""
        parts = {}
        for word in re.findall(r"[a-zà-ÿ]{9,}", question.lower()):
            whole = stems(word)
            found = [t for part in self._compound_parts(word, typos=False) for t in stems(part)]
            if len(whole) == 1 and len(found) == 2 and whole[0] not in found:
                parts[whole[0]] = (found[0], found[1])
        return parts

    def _same_thing(self, a: str, b: str) -> bool:
        """Two nouns for one thing, by their letters or, failing that, by the embedding model
        ('huizen' and 'woningen', not 'brandweerlui' and 'keer')."""
        if _same_thing(a, b):
            return True
        if self.facts is None:
            return False
        u, v = self._word_vector(a), self._word_vector(b)
        return float(u @ v) >= SAME_NOUN

    @functools.lru_cache(maxsize=2048)  # noqa: B019 - one answerer per index, words repeat
    def _word_vector(self, word: str) -> np.ndarray:
        """A word embedded with the index's model, normalised (each word once)."""
        assert self.facts is not None
        vector = np.asarray(self.facts.embed_query(word), dtype=np.float32)
        return vector / (np.linalg.norm(vector) or 1.0)

    def _nearest_in_meaning(
        self, q: str, municipality: str | None, units: set[str]
    ) -> list[Measure]:
        """The rows whose description is nearest to the question (fact_search), of the kind
        of number asked for: named in a refusal, never given as the answer. Measured on the
        evaluation sets, answering with them stated more wrong figures than it found right
        ones, and asking back turned refusals into questions."""
        if self.facts is None:
            return []
        allowed = {
            k for k, (m, _) in self._by_key.items()
            if not municipality or m.first.municipality == municipality
        }  # fmt: skip
        near = [self._by_key[key][0] for _, key in self.facts.nearest(q, allowed, k=20)]
        return [m for m in near if not units or _units_of(m) & units][:3]

    def _refuse_nearest(self, options: list[Measure]) -> Answer:
        listed = "; ".join(
            f"{_short(m.label)} ({_short(m.first.table) or 'tekst'}, {m.first.municipality})"
            for m in options
        )
        return Answer(
            kind="refusal",
            text="Dat cijfer staat niet in de documenten die ik heb; ik geef geen bedrag dat "
            f"niet in een tabel of tekst van de begroting staat. Het dichtst erbij komen: "
            f"{listed}. Bedoelt u een daarvan, stel de vraag dan met die woorden. {self.coverage}",
        )

    @staticmethod
    def _rows_of_one_table(
        rankings: list[list[tuple[float, Measure]]],
        done: Callable[[Measure], bool] | None = None,
    ) -> list[Measure]:
        """For 'A, B en C samen': one row per part, all from the one table where most parts
        find a row; a part without a row there leaves the list short (and the sum refused).
        `done`: what was done is asked, and a table where every part's row prints it (the
        jaarstukken beside the begroting of the year) comes first."""
        def table_of(m: Measure) -> tuple[str, str]:
            return m.key[0], m.first.table or m.first.section  # amounts in prose: their section

        fitting = [[m for sc, m in r if sc >= MIN_SCORE] for r in rankings]
        tables = Counter(table_of(ms[0]) for ms in fitting if ms)
        if not tables:
            return []

        def rows_in(table: tuple[str, str]) -> list[Measure | None]:
            return [next((m for m in ms if table_of(m) == table), None) for ms in fitting]

        if done is not None:
            held = dict.fromkeys(table_of(m) for ms in fitting for m in ms)
            realised = (rows_in(table) for table in held)
            rows = next((r for r in realised if all(m is not None and done(m) for m in r)), [])
            if rows:
                return [m for m in rows if m is not None]
        picked = rows_in(tables.most_common(1)[0][0])
        return [m for m in picked if m is not None]

    def _beside(self, last: Measure) -> list[Measure]:
        """The readings of the last figure's row in its table's other columns."""
        return [m for m in self._by_row.get((*last.key[:2], last.first.row), []) if m is not last]

    def _near_last(
        self,
        last: Measure,
        terms: list[str],
        ranked: list[tuple[float, Measure]],
        municipality: str | None,
    ) -> list[tuple[float, Measure]]:
        """Readings of a follow-up within the last figure's row, else within its table."""
        new_words = set(terms) - set(stems(last.label))
        beside = [m for m in self._beside(last) if new_words & set(stems(m.label))]
        if beside:
            return [(MIN_SCORE + 1.0, beside[0])]  # the same row, in the column named
        asked = set(terms) & _MEASURE_STEMS
        if not asked or any(asked & set(column_measure_terms(c.column)) for c in last.cells):
            return [(MIN_SCORE + 1.0, last)]  # the same row: the column is chosen by the words
        same_table = [(sc, m) for sc, m in ranked if m.key[:2] == last.key[:2]]
        # (the table's other rows too: the words the follow-up carries from the last row's
        # block, 'Lasten per taakveld', need not name the row of the baten beside it; never
        # when the follow-up asks another municipality: 'En bij Dinkelland?')
        seen = {m.key for _, m in same_table}
        same_table += [
            (0.0, m) for m in self.measures
            if m.key[:2] == last.key[:2] and m.key not in seen
            and (not municipality or m.first.municipality == municipality)
        ]  # fmt: skip
        # the same row, or the row named alike but for its measure ('Baten 2 Veiligheid'
        # beside 'Lasten 2 Veiligheid')
        subject = set(stems(last.first.row)) - _MEASURE_STEMS
        # (a row named by its measure alone, 'Lasten', is no row of the baten asked)
        same_row = [
            (sc, m) for sc, m in same_table
            if not _names_other(m, asked)
            and (
                m.first.row == last.first.row
                or (subject and set(stems(m.first.row)) - _MEASURE_STEMS == subject)
            )
        ]  # fmt: skip
        same_row.sort(key=lambda r: not asked & set(stems(f"{r[1].label} {r[1].first.group}")))
        # the conversation chose the row: its score is the word match of the measure alone
        if same_row:
            return [(max(sc, MIN_SCORE), m) for sc, m in same_row[:1]]
        # or the table, whose row of the asked measure in the last figure's group answers
        # ('En wat staat daar aan inkomsten tegenover?' after 'Lasten': 'Baten')
        named = [
            (sc, m) for sc, m in same_table
            if m.first.group == last.first.group and asked & set(stems(m.label))
        ]  # fmt: skip
        return [(max(sc, MIN_SCORE), m) for sc, m in named[:1]] or same_table

    def _status(self, question: str) -> str:
        """begroot, realisatie, ist or soll; 'begroot+original' or 'begroot+amended' when the
        question names the original budget or the one after amendments."""
        q = question.lower()
        for body in self._body_names:
            # 'de Stadsbank Oost Nederland' names a body, not the national figure to compare
            q = q.replace(body, " ")
        for version, (asked, _) in VERSIONS.items():
            if re.search(asked, q):
                return f"begroot+{version}"
        # a column's own word ('streefwaarde', 'begroot') before the tense of the asking
        # ('Wat was de streefwaarde?')
        for tense in (False, True):
            for status, words in STATUS_WORDS.items():
                if any(re.search(rf"\b{w}\b", q) for w in words if (w in TENSE) == tense):
                    return status
        return "realisatie" if TENSE_WORD.search(q) else ""

    def _cell(
        self, m: Measure, year: str | None, status: str, terms: Sequence[str] = ()
    ) -> TableCell | None:
        status, _, version = status.partition("+")
        cells = [c for c in m.cells if c.value is not None or c.raw]
        if year in self._spans:
            return next((c for c in cells if _span_of(c, year)), None)
        named = [c for c in cells if set(column_measure_terms(c.column)) & set(terms)]
        if not named and _OUTCOME_STEMS & set(terms) and not _MEASURE_STEMS & set(terms):
            # 'Met welk resultaat sluit ...?': the result of baten and lasten is their saldo
            named = [c for c in cells if "saldo" in column_measure_terms(c.column)]
        if named and len({c.column for c in cells}) > len({c.period for c in cells}):
            cells = named  # columns named Baten / Lasten / Saldo: the question chooses
        if year:
            # a row of budget and outcome columns without a year, in the jaarstukken of this one
            undated_accounts = (
                self._document_types.get(m.first.document_id) == "jaarstukken"
                and self._document_years.get(m.first.document_id) == year
                and not any(c.period for c in m.cells)
                and any(c.status for c in m.cells)
            )
            # A prose amount has no column; the year may stand in its sentence.
            # 'Tabel 4.1 Bijdrage per gemeente 2026': its columns without a year of their
            # own are of 2026 too, when the question's words choose one of them; and so
            # are those of a table without a year in a document of that year (the
            # 'Financieel belang' of a verbonden partij in the begroting 2024), unless the
            # row dates other columns for other years (an investment plan's 'Totaal' is
            # the sum of its years)
            of_the_year = {c.period for c in m.cells if c.period} <= {year}
            # ... of which a contribution answers a payment asked even unnamed ('Wat draagt
            # Wassenaar in 2024 bij aan de GGD?': 'Financieel belang (omvang
            # deelnemersbijdrage)')
            contributions = [
                c for c in cells
                if c.kind == "table" and not c.period
                and not YEAR.search(c.table)
                and self._document_years.get(c.document_id) == year and of_the_year
                and _asks_payment(terms) and CONTRIBUTION.search(c.column)
            ]  # fmt: skip
            captioned = [
                c for c in cells
                if c.kind == "table" and not c.period
                and (
                    set(YEAR.findall(c.table)) == {year}
                    or of_the_year
                    and (
                        # (beside the day its inhabitants were counted: 'Bijdrage per
                        # gemeente 2044; inwoners per 1 januari 2043')
                        year in YEAR.findall(c.table)
                        or not YEAR.search(c.table)
                        and self._document_years.get(c.document_id) == year
                    )
                )
                # ... named in full: 'de bijdrage voor 2026' is not the column 'Aanvullende
                # bijdrage' beside 'Totaal 2026'; or by a word that sets it apart from its
                # caption and row ('voor de basistaken': 'Bijdrage basistaken')
                and (
                    all(w in terms or any(_begins_compound_of(t, [w]) for t in terms)
                        for w in stems(c.column))
                    or any(
                        word_forms(t).isdisjoint(stems(f"{c.table} {c.row}"))
                        for t in set(stems(c.column)) & set(terms)
                    )
                )
            ] + [
                # a column the text above explains for that year ('De kolom 'Aandeel
                # resultaat' toont het deel van het resultaat 2031 dat ...'), when the
                # question's words are the explanation's
                c for c in cells
                if c.kind == "table" and not c.period
                and set(YEAR.findall(c.annotation)) == {year}
                and len((_note_terms(c) - set(stems(c.column))) & set(terms)) >= 1
            ]  # fmt: skip
            cells = [
                c
                for c in cells
                if c.period == year
                or (
                    c.kind == "prose" and not c.period and re.search(rf"\b{year}\b", c.quote)
                    # ... unless the amount has a year of its own ('De jaren 2027 tot en met
                    # 2029 ...: het tekort bedraagt in 2028 € 1.318.000' is not 2029's)
                    and _own_year(c) in (None, year)
                )
                # 'De bestuursrapportage 2025 geeft ... Wij verwachten een tekort van € 412.000':
                # a sentence without a year, after one that names this year only (or one of
                # the years it names, when it says the amount is of each: 'in 2026 en 2027
                # ... Hiervoor is in beide jaren € 150.000 nodig')
                or (
                    c.kind == "prose"
                    and not c.period
                    and not YEAR.search(c.quote)
                    and (
                        set(YEAR.findall(c.group)) == {year}
                        or (EACH_OF_THOSE_YEARS.search(c.quote) and year in YEAR.findall(c.group))
                    )
                )
                # a sentence of the jaarstukken of that year that names no other year and
                # states no other figure ('Het onderzoek leverde een rapportcijfer 7,6 op
                # (2028: 7,3)'): the year reported on; of a figure that moves ('daalde van
                # 1.275 naar 1.240'), where it went. (Not a begroting's: measured, its
                # sentences without a year are as often about a project or an example.)
                or (
                    c.kind == "prose"
                    and not c.period
                    and self._document_types.get(c.document_id) == "jaarstukken"
                    and self._document_years.get(c.document_id) == year
                    and _own_year(c) is None
                    and set(YEAR.findall(DATED_ASIDE.sub("", c.quote))) <= {year}
                    and _alone_or_arrived(c)
                )
                # a table of the jaarstukken of that year that dates none of its columns
                # ('Begroting primitief', 'Realisatie', 'Verschil'): the year reported on
                or (c.kind == "table" and undated_accounts and not YEAR.search(c.table))
            ]
            # (a captioned column the question names is the answer also when it is the only
            # one left: no other column of that year to choose from)
            named_in_full = [c for c in captioned if set(stems(c.column)) <= set(terms)]
            cells = _paid(cells, terms)
            cells = _named_columns(cells + captioned, terms) or cells or (
                named_in_full if len(named_in_full) == 1 else []
            ) or (contributions if len(contributions) == 1 else [])
            asked_months = {MONTH_OF[t] for t in terms if t in MONTH_OF}
            if asked_months:
                # 'op 1 januari 2025' is not the figure of 'Inwoners op 31 december 2025:'
                cells = [c for c in cells if not _dated_otherwise(c, asked_months)]
            months = asked_months - {1, 12}
            if months:
                # 'eind april 2025': the column of a day in April ('Stand 30-4-2025'), never
                # the year's budget; a sentence that names the month
                cells = [
                    c for c in cells
                    if _column_month(c.column) in months
                    or (c.kind == "prose" and any(
                        re.search(rf"\b{MONTHS[n - 1]}\b", c.quote, re.I) for n in months
                    ))
                ]  # fmt: skip
        elif len(cells) > 1:
            cells = _named_columns(cells, terms) or cells
        if not year and status in ("ist", "soll"):
            cells = [c for c in cells if c.status == status] or cells
        if not year:  # no year asked: a column that holds a figure ('-' in the others)
            cells = [c for c in cells if c.value is not None] or cells
            if "totaal" in terms:
                # 'de totale investering', 'wat mag het in totaal kosten': the Totaal column,
                # or an investment's credit, not one year's share of it
                cells = [c for c in cells if WHOLE_COLUMN.match(c.column)] or cells
            elif not _named_columns(cells, terms) and not any(
                moment & set(terms) for moment, _ in MOMENTS
            ):
                # 'Hoeveel kost de nieuwbouw?': an investment's credit is what all of it
                # costs; its columns of years are what is spent in each (unless the question
                # names another column: 'wat is er nog over', 'Restant')
                cells = [c for c in cells if CREDIT_COLUMN.match(c.column)] or cells
        if len(cells) > 1 and "per" not in terms:
            # the contribution, not the rate beside it ('Per inwoner 2027'), unless asked per
            cells = [c for c in cells if not RATE_COLUMN.match(c.column)] or cells
        tariffs = [c for c in cells if TARIFF_COLUMN.search(c.column)]
        if len(cells) > 1 and tariffs and not any("tarie" in t for t in terms):
            # ... nor the tariff beside an amount ('Uurtarief' beside 'Bijdrage'), unless the
            # tariff is asked (a table of tariffs, 'Tarief 2027' beside its 'Wijziging' in
            # percent, has no amount beside them: its tariffs stay)
            cells = [c for c in cells if c.unit == "EUR" and c not in tariffs] or cells
        cells = _total_unless_part_named(cells, terms)
        cells = _paid(cells, terms)
        if not cells:
            return None
        measure_of = {c.column: column_measure_terms(c.column) for c in cells}
        kinds = {tuple(terms_of) for terms_of in measure_of.values()}
        if not named and len(cells) > 1 and {("baat",), ("last",)} <= kinds:
            # baten, lasten and saldo of the year, and the question names none: what the row
            # costs, unless it costs nothing and brings in something (a tax)
            spent = [c for c in cells if c.value and measure_of[c.column] == ["last"]]
            earned = [c for c in cells if c.value and measure_of[c.column] == ["baat"]]
            # 'Hoeveel haalt de gemeente op aan ozb?' asks what comes in
            cells = (earned or spent if YIELD_TERMS & set(terms) else spent or earned) or cells
        # (a word the row's label prints names the row: 'stortplaats' is no 'storting')
        row_words = set(stems(m.first.row))
        unnamed = [t for t in terms if t not in row_words]
        flows = [kind for asked, kind in FLOW_KINDS if any(w in t for w in asked for t in unnamed)]
        if len(cells) > 1 and not flows:
            # the balance of a reserve, not what went in or out of it that year
            cells = [c for c in cells if _flow_kind(c.column) is None] or cells
        elif len(cells) > 1:
            # 'geinvesteerd': the column of investments, not the balance beside it; when no
            # column is named for what goes in or out, at least never a balance ('Stand')
            cells = (
                [c for c in cells if any(f.search(c.column) for f in flows)]
                or [
                    c for c in cells
                    if not BALANCE_COLUMN.search(c.column) and c.value is not None
                ]
                or cells
            )
        if len(cells) > 1 and not _asks_charges(terms):
            # what an investment costs is its credit, not the yearly charges it brings
            cells = [
                c for c in cells
                if not CAPITAL_CHARGES.search(c.column) and not CHARGE_TERM.search(c.column)
            ] or cells  # fmt: skip
        for moment, printed in MOMENTS:
            if len(cells) > 1 and moment & set(terms):
                # 'begin 2025': the balance on 1-1-2025, not the one on 31-12-2025
                cells = [c for c in cells if printed.search(c.column)] or cells
        if len(cells) > 1 and not any(moment & set(terms) for moment, _ in MOMENTS):
            # 'Hoe groot is de algemene reserve?': the balance at the end (31-12), the latest
            # the table prints, rather than the one it starts from
            begins, ends = (MOMENTS[0][1], MOMENTS[1][1])
            if any(begins.search(c.column) for c in cells):
                cells = [c for c in cells if ends.search(c.column)] or cells
        asks_change = version != "amended" and any(t.startswith(CHANGE_TERMS) for t in terms)
        if len(cells) > 1 and not asks_change:
            cells = [c for c in cells if not BUDGET_CHANGE.search(c.column)] or cells
        if status:
            preferred = [c for c in cells if status in c.status]
            if status == "soll":
                # the target beside what was done ('Streefwaarde 2025' beside 'Realisatie');
                # a sentence answers for an aim only when it states one
                preferred = preferred or [c for c in cells if TARGET_COLUMN.search(c.column)]
                if not preferred and all(
                    c.kind == "prose" and not _aimed_at(c) for c in cells
                ):
                    return None
                if not preferred and not any(
                    c.kind == "prose" or TARGET_COLUMN.search(c.column) for c in m.cells
                ):
                    # ... and a table's row without any target only in a column of what was
                    # planned: a row of what was done ('Meldingen Veilig Thuis 2024' among
                    # the key figures) states no aim
                    preferred = [c for c in cells if "begroot" in c.status]
                    if not preferred:
                        return None
            if status == "realisatie":
                # what was done: a column that says so, else one that says no plan (never the
                # 'Streefwaarde' beside a 'Realisatie')
                preferred = preferred or [c for c in cells if "begroot" not in c.status]
            elif status.startswith("begroot") and not preferred and self._document_types.get(
                m.first.document_id
            ) == "jaarstukken":
                # the budget asked of a jaarstukken whose row prints only what was done
                # ('Lasten 2023'): not there
                return None
            # ('Plustaken werkelijk' and 'Totaal werkelijk' of the status asked)
            cells = _total_unless_part_named(preferred or cells, terms)
        own = self._document_years.get(m.first.document_id, "")
        looks_back = self._document_types.get(m.first.document_id) == "jaarstukken" or (
            bool(year) and bool(own) and (year or "") < own
        )
        if not year and own:
            cells = _of_document_year(m, cells, own)
        if not status and looks_back and len(cells) > 1:
            # the year's target ('Streefwaarde 2024') beside what was done ('Realisatie 2024'),
            # asked of a year that is over (of the jaarstukken' own year, when none is named):
            # what was done
            cells = [c for c in cells if c.status == "realisatie"] or cells
        # one year in several columns (a 'Verschil' column beside them has none of its own)
        if (len(cells) > 1 or version) and (
            year or len({c.period for c in cells if c.period}) <= 1
        ):
            cells = _budget_version(cells, status, version)
        return cells[0] if cells else None

    # -- answering ------------------------------------------------------------------------------

    def state_for(
        self, history: Sequence[dict[str, str]], municipality: str | None, chosen: bool = False
    ) -> FigureState:
        """Replay the user's earlier questions into an explicit state: in the scope the user
        `chosen` for the conversation, else each in the scope it named ('... Twenterand ...'),
        as they were answered."""
        state = FigureState(municipality=municipality)
        for message in history:
            if message.get("role") == "user":
                content = str(message.get("content", ""))
                named = None if chosen else self._covered_in(content)
                if named and STUB.match(content):
                    # (a member of the last figure's table named as a row, as answered)
                    named = self._listing(state.measure, named) or named
                asked = replace(state, municipality=named or municipality)
                answer, state = self._resolve(content, asked)
                unanswered = ""
                if answer is not None and answer.kind in ("clarification", "refusal"):
                    earlier = asked.unanswered
                    stub = STUB.match(content) and earlier and asked.measure is None
                    unanswered = self._go_on(earlier, content) if stub else content
                looked_up = state.last_cell if state.last_cell is not asked.last_cell else None
                state = replace(
                    state, unanswered=unanswered, recent=(*asked.recent, looked_up)[-2:]
                )
        return replace(state, municipality=municipality)

    def body_listing(self, history: Sequence[dict[str, str]], name: str) -> str | None:
        """The body of a conversation's last figure, when that figure's table has a row of
        the municipality `name` ('En voor Dinkelland?' after what Twenterand pays a
        veiligheidsregio: Dinkelland's row there, not Dinkelland's own documents). The
        conversation is replayed in no scope of its own, as the chat asked it."""
        return self._listing(self.state_for(history, None).measure, name)

    def _listing(self, last: Measure | None, name: str) -> str | None:
        if last is None or last.first.municipality == name or last.first.kind != "table":
            return None
        called = base_name(name).lower()
        rows = self._document_measures.get(last.first.document_id, [])
        if any(m.key[:2] == last.key[:2] and called in m.first.row.lower() for m in rows):
            return last.first.municipality
        return None

    def _scope_of(self, municipality: str | None, question: str = "") -> set[str]:
        """The words that choose the scope, never a row: the name of the municipality asked
        about, or of any when none is. Another one's name, in a scope that is not its own,
        names a row ('Hevelland' in the contributions table of a body it takes part in), and
        so does a word of the question printed as a whole row label but not as the body's
        name ('Kroonmeer', a member of the GGD Kroonmeren)."""
        named = {
            t
            for word in re.findall(r"[\wà-ÿ'-]+", question.lower())
            if word in self._row_labels
            and word not in (municipality or "").lower().split()
            for t in stems(word)
        }
        return self._scope_terms_of(municipality) - named

    @functools.lru_cache(maxsize=64)  # noqa: B019 - one answerer per index
    def _scope_terms_of(self, municipality: str | None) -> frozenset[str]:
        if not municipality:
            return frozenset(self._scope_terms)
        # ... and what its name is shortened to ('de BVO'), when the question is about it
        own = set(stems(municipality)) | {a.lower() for a in abbreviations(municipality)}
        if len(municipality.split()) < 2:
            # a municipality's one-word name ('Kortenhoeve') is no compound of a kind of
            # body: its last part ('hoeve') may name something else ('sporthal De Hoeve')
            return frozenset(own)
        # 'de regio' for the Veiligheidsregio, 'de dienst' for an omgevingsdienst: the last
        # part of a compound in the body's name stands for the body
        return frozenset(own) | {
            tail
            for word in own
            for k in range(3, len(word) - 4)
            if (tail := word[k:]) in self.idf and len(tail) >= 5
        }

    def _covered_in(self, text: str) -> str | None:
        """The one municipality with documents that a text names, if it names one (as the
        router reads it, when it set `scope_reader`: a member paying a body names the body)."""
        if self.scope_reader is not None:
            return self.scope_reader(text)
        return one_named(text, self._municipalities, ignore_case=False)

    def answer(
        self,
        question: str,
        municipality: str | None,
        history: Sequence[dict[str, str]] = (),
        chosen: bool = False,
    ) -> Answer | None:
        """An answer to a figure question, or None when the question is not about a figure;
        `chosen`: the user chose the municipality for the whole conversation."""
        state = self.state_for(history, municipality, chosen)
        answer, new_state = self._resolve(question, state)
        measure, cell = new_state.measure, new_state.last_cell
        if (
            answer is not None
            and measure is not None
            and cell is not None
            and self._goes_on_per_inhabitant(question, history, answer, cell, measure)
        ):
            # 'En voor Wassenaar?' after 'Hoeveel is dat per inwoner?': per inwoner too
            return self._per_inhabitant(measure, cell)
        return answer

    @staticmethod
    def _goes_on_per_inhabitant(
        question: str,
        history: Sequence[dict[str, str]],
        answer: Answer,
        cell: TableCell,
        measure: Measure,
    ) -> bool:
        """Whether a bare follow-up ('En voor Wassenaar?') after a question per inwoner asks
        its amount per inwoner too: an amount looked up, in a row that prints no rate."""
        asked_before = [m.get("content", "") for m in history if m.get("role") == "user"]
        return (
            bool(STUB.match(question))
            and not ASKS_ANEW.search(question)  # 'En hoeveel was het in de jaarrekening?'
            and bool(asked_before)
            and bool(PER_INHABITANT.search(asked_before[-1]))
            and not PER_INHABITANT.search(question)
            and [f.value for f in answer.figures] == [cell.value]  # looked up, not computed
            and cell.unit == "EUR"  # (a rate asked on, 'En landelijk?', is no amount to divide)
            and not PER_INHABITANT.search(measure.first.row)
            and not _prints_rate_per_inhabitant(measure)
        )

    def _counts(self, m: Measure, noun: str) -> bool:
        """Whether a reading may answer 'Hoeveel <noun>': a table's row, or a sentence's count
        of that thing; '69 personen' counts people of any kind, but no households (nor are
        people households, however near the words: '47 inwoners' for 'hoeveel huishoudens')."""
        if m.first.kind != "prose":
            return True
        if m.first.raw.split()[-1].lower() in PEOPLE:
            return noun.lower() not in NOT_PEOPLE
        return self._same_thing(noun, _counted_by(m.first))

    def _resolve(self, question: str, state: FigureState) -> tuple[Answer | None, FigureState]:
        answer, new_state = self._read(question, state)
        last = _last_question(question)
        if answer is not None and answer.kind == "refusal" and last:
            # 'Kan X tegenvallers opvangen? Wat is de ratio weerstandsvermogen?': the words
            # that lead up to the question name no row; the question itself may
            again, again_state = self._read(last, state)
            if again is not None and again.kind in ("figure", "clarification"):
                answer, new_state = again, again_state
        if answer is not None and answer.kind == "refusal" and PER_INHABITANT.search(question):
            # 'Hoeveel betaalt Proefhoeve per inwoner?' where no row prints it so: the amount
            # looked up, divided by the inhabitants of its row or of the municipality
            whole, whole_state = self._read(PER_INHABITANT.sub(" ", question), state)
            cell, measure = whole_state.last_cell, whole_state.measure
            if (
                whole is not None
                and whole.kind == "figure"
                and cell is not None
                and measure is not None
                and [f.value for f in whole.figures] == [cell.value]  # looked up, not computed
            ):
                return self._per_inhabitant(measure, cell), whole_state
        if (
            answer is not None
            and answer.figures
            and answer.figures[0].unit != "percent"
            and PERCENT_ASKED.search(question)
        ):
            # a percentage asked is never answered with the amount it would be computed from
            # ('Hoeveel procent hoger valt de inhuur uit?' is not the € 443.500 it is higher)
            closest = new_state.measure
            if closest is not None:
                return self._refuse_unit(question, {"percent"}, closest), new_state
            return self._refuse_unknown(question), new_state
        return answer, new_state

    def _read(self, question: str, state: FigureState) -> Outcome:
        """A figure question answered in stages, each of which may answer it: read the
        question once, answer what needs no row search, find the readings its words name,
        narrow them to the kind of number asked, choose one, then compute or look up its
        figure."""
        q = question.strip()
        # what the rankings of an earlier question left is no part of this one's
        self._subject_cover.clear()
        self._named_cover.clear()
        named = self.editions_named(q)
        editions = _of_body(named, self._municipality_of, state.municipality)
        # 'in de programmabegroting 2021': every ranking for this question reads that document
        # (one year's documents held; a year in a name no document has is the year of a
        # budget, as in 'het saldo van de begroting 2026' in a kadernota)
        self._ranking.documents = next(iter(editions.values())) if len(editions) == 1 else set()
        self._ranking.named_documents = set(self._ranking.documents)  # ... named in this question
        if not editions:
            # 'volgens de voorjaarsnota' without its year: that kind of document, where held
            self._ranking.documents = self.kinds_cited(q)
        if len(editions) > 1 and is_figure_question(q):
            # 'Hoeveel meer is er in de begroting 2021 voor Jeugd begroot dan in de begroting
            # 2020?': a figure of each edition set side by side; never the two years of one
            # edition in their place
            return self._across_editions(q, editions, state), state
        # (a year that names a document is no year of the figure, whoever's document it is:
        # 'de begroting 2026' of a body whose begroting 2026 is not held is still a budget)
        asked = self._parse(question, state, named)
        self._ranking.dated = asked.dated
        self._ranking.compounds = self._parts_of_compounds(asked.text)
        if (
            asked.follow_up
            and not asked.years
            and state.measure is not None
            and any(step and words.search(q) for words, step in RELATIVE_YEARS)
        ):
            # 'En een jaar daarvoor?' after a figure of no year: no year to count from, and
            # the last figure again is no answer
            return self._clarify_no_year(state.measure), state
        if not editions and asked.follow_up and state.documents and not self._done_elsewhere(
            q, state.documents, asked.years or state.years
        ):
            # 'En voor Grip op sociaal domein?' after a question of the begroting 2021: that
            # document still
            self._ranking.documents = set(state.documents)
        if (early := self._without_rows(asked, state)) is not None:
            return early
        found = self._search(asked, state)
        if isinstance(found, Candidates):
            found = self._narrow(asked, state, found)
        if not isinstance(found, Candidates):
            return found
        found = self._best(asked, state, found)
        if not isinstance(found, Candidates):
            return found
        settled = self._settle(asked, state, found, found.chosen)  # type: ignore[arg-type]
        if not isinstance(settled, Measure):
            return settled
        settled = _finer_twin(settled, found.ranked)
        documents = self._ranking.documents
        if asked.follow_up and editions and settled.first.document_id not in documents:
            # 'En volgens de begroting 2024?' after a figure of the kadernota: the same row in
            # the document named now, for the same year, or no figure
            year = next(iter(asked.years or state.years[-1:]), "")
            twin = self._twin_with(settled, year, asked.status, found.terms, documents=documents)
            if twin is None:
                return self._refuse_in_documents(settled, year, documents), state
            settled = twin[0]
        # (a follow-up that names a document or a status of its own asks what that says: 'En
        # wat stond er in de programmabegroting 2020?' after the realisation)
        realised = (
            REALISED_ASKED.search(q) is not None
            # ('Met welk resultaat sloot de jaarrekening 2032?': what the year came to)
            or (asked.status == "realisatie" and ACCOUNTS_NAMED.search(q) is not None)
            or (
                asked.follow_up and state.realised and not self._status(q)
                and not re.search(rf"\b{DOCUMENT_WORDS}\b", q, re.I)
            )
        )  # fmt: skip
        new_state = replace(
            state, measure=settled, years=asked.years or state.years, status=asked.status,
            documents=frozenset(documents), realised=realised,
        )
        if (derived := self._derived(asked, state, found, settled, new_state)) is not None:
            return derived
        answer, after = self._looked_up(asked, state, found, settled, new_state)
        last = state.last_cell
        if (
            asked.follow_up
            and answer is not None
            and answer.kind == "figure"
            and last is not None
            and after.last_cell == last
            and state.status
            and asked.status not in ("", state.status, last.status)
        ):
            # 'En hoeveel daarvan is daadwerkelijk besteed?' after a question of the budget:
            # the figure just given is no answer to what was spent
            return self._refuse_same_again(last, asked.status), state
        if answer is not None and answer.kind == "figure" and (
            twin := self._printed_twin(after.last_cell)
        ):
            # 'Voor de gemeente Wassenaar betekent dit een bijdrage van € 379.080 in 2026.',
            # printed in the table of all members as well: a follow-up ('En Katwijk?', 'En
            # in 2028?') goes on in that table's row
            after = replace(after, measure=twin[0], last_cell=twin[1])
        return answer, after

    def _printed_twin(self, cell: TableCell | None) -> tuple[Measure, TableCell] | None:
        """The one table cell of a sentence's document that prints the sentence's figure
        (its value, unit and year), with its reading; None when none or several do."""
        if cell is None or cell.kind != "prose" or cell.value is None or not cell.value:
            return None
        twins = {
            m.key: (m, c)
            for m in self._document_measures.get(cell.document_id, [])
            if m.first.kind == "table"
            for c in m.cells
            if c.value == cell.value and c.unit == cell.unit
            and (c.period == cell.period or not cell.period and c.period)
        }  # fmt: skip
        return next(iter(twins.values())) if len(twins) == 1 else None

    def _parse(
        self, question: str, state: FigureState, editions: dict[str, set[str]]
    ) -> FigureQuestion:
        """The question read once: its words, years, status and place in the conversation."""
        q = question.strip()
        if self._demonyms is not None:
            q = self._demonyms.sub(r"\1", q)
        q = self.spelled_as_printed(q)
        last_year = state.last_cell.period if state.last_cell is not None else ""
        last_year = last_year or (state.years[-1] if state.years else "")  # asked, not answered
        said = q  # 'dat jaar' points back to the conversation, as the year it stands for
        if last_year in self._spans:
            # 'En in het schooljaar daarvoor?' after a figure of 2023-2024: 2022-2023
            for words, step in RELATIVE_SPANS:
                q = words.sub(_shifted_span(last_year, step), q)
        if YEAR.fullmatch(last_year or ""):
            # "En vorig jaar?" after a figure of 2024: 2023
            for words, step in RELATIVE_YEARS:
                q = words.sub(str(int(last_year) + step), q)
        years = tuple(dict.fromkeys(YEAR.findall(q)))  # a year said twice is one year
        if spans := [span for span in spans_in(q) if span in self._spans]:
            # 'in het schooljaar 2023-2024': the column of that school year, not two years
            years = tuple(dict.fromkeys(spans))
        if len(years) > 1:
            # 'de begroting 2024 die in 2023 is vastgesteld': the year it was made in is not
            # asked
            made = {y for m in MADE_IN_YEAR.finditer(q) for y in m.groups() if y}
            years = tuple(y for y in years if y not in made) or years
        # 'het nadeel van de meicirculaire 2025 in 2027': a year that dates a thing the rows
        # name with their years is its name, not the figure's year (when another is asked)
        dated = {w: ys for w, ys in dated_names(q).items() if w in self._dated_words}
        if len(years) > 1:
            years = tuple(y for y in years if not any(y in ys for ys in dated.values())) or years
        if editions and len(years) > 1:
            # 'geraamd voor 2021 volgens de begroting 2020': the year of the figure, not the
            # one that names the document it is read from ('van de rekening 2022 naar de
            # begroting 2024' compares its columns)
            # (a year of a document not held is asked too)
            kept = tuple(
                y for y in years
                if y not in editions
                or not (_names_source_only(q, y) or _names_held_document_only(q, y))
            )  # fmt: skip
            years = kept or years
        if len(years) > 1 and (spans := DOCUMENT_SPAN.findall(q)):
            # 'in 2027 volgens de Kadernota 2026-2029': the years of a document's name
            # ('Meerjarenraming 2027-2030') are not asked, when a year of its own is
            in_names = {y for span in spans for y in span}
            years = tuple(y for y in years if y not in in_names) or years
        cue = is_figure_question(q) and not WHY.match(q)
        # 'dus inclusief het deel voor X' says what the asked whole holds, not what it is
        subject = EXCLUDED.sub("", INCLUDED.sub("", q))
        # 'de sociale dienst' for the ISD: the words its abbreviation stands for name the body
        subject = without_spelled_out(subject, self._spelled_out.get(state.municipality or ""))
        # ('die in 2023 is vastgesteld' dates the document: no row is 'Vastgestelde begroting')
        subject = MADE_IN_YEAR.sub(" ", subject)
        if self._ranking.documents:
            subject = SOURCE_DOCUMENT.sub(" ", subject)  # where to read, not what
            if not editions:
                subject = SOURCE_CITED.sub(" ", subject)
        # 'met alle wijzigingen erbij' chooses the budget's version, it names no change
        subject = VERSION_PHRASE.sub(" ", subject)
        scope = self._scope_of(state.municipality, q)

        def read(subject: str) -> tuple[str, set[str], list[str]]:
            subject = self._verb_joined(subject)
            silent = self._silent_words(subject)
            terms = [t for t in question_terms(subject) if t not in scope and t not in silent]
            return subject, silent, terms

        uncited = subject
        cited, tables, phrase = self._tables_cited(subject, state.municipality)
        subject, silent, terms = read(cited)  # (the subject itself when it cites no table)
        one_word = len([t for t in stems(phrase) if not YEAR.fullmatch(t)]) < 2
        if tables and one_word and not any(
            (m.first.document_id, m.first.table) in tables
            for score, m in self.rank(terms, state.municipality)
            if score >= MIN_SCORE
        ):
            # one word of a caption ('volgens het raadsvoorstel', 'de meicirculaire') may
            # name a document or a column rather than that table: when the table has no
            # reading of what is asked, the word is read as the question's own
            tables = frozenset()
            subject, silent, terms = read(uncited)
        named = [t for t in terms if not _is_generic(t)]
        follow_up = state.measure is not None and not self._payment_named(q) and (
            STUB.match(q) is not None
            or re.search(r"\b(dat|die|dit|daarvan)\b", said, re.I) is not None
            # ('En hoeveel was daarvoor begroot na de laatste begrotingswijziging?': the thing
            # just named, however long the question)
            or re.search(r"\b(daar|hier)(voor|mee|bij|aan|naast|tegenover)\b", said, re.I)
            is not None
            # 'Wat blijft er eind 2027 van over?': what is left of the last figure's fund
            or re.search(r"\b(er|daar|hier)\b[^?]*\bvan\s+over\b", q, re.I) is not None
            # 'Hoeveel is er in 2027 aan onttrokken?': 'er ... aan' is the thing just named
            or POINTS_BACK.search(q) is not None
            # a figure question that names no subject ("Hoeveel is er dus minder uitgegeven
            # dan begroot?") goes on about the conversation's
            or (cue and not named)
        )
        stub = STUB.match(q) or re.search(
            r"\b(dat|dit)\s+(bedrag|cijfer|getal)\b|\bdat jaar\b|^hoeveel is dat\b", q, re.I
        )  # "dit jaar" is this year, no word back to the conversation
        if (
            follow_up
            and state.years
            and years
            and all(y in editions and _names_source_only(q, y) for y in years)
            # (another body's document named, 'En die van Wassenaar in de begroting 2024?',
            # says what that document gives, of its own year)
            and not state.elsewhere
        ):
            # 'En volgens de begroting 2024?' after the lasten of 2025 in the kadernota: the
            # year of the last figure, read in the document named now
            years = ()
        # (a follow-up that names a document reads that document's own columns: 'En welke
        # baten stonden er in de programmabegroting 2020?' after a realisation asks its plan)
        status = self._status(q) or ("" if not follow_up or editions else state.status)
        return FigureQuestion(
            asked=question,
            text=q,
            subject=subject,
            years=years,
            scope=scope,
            silent=silent,
            terms=terms,
            named=named,
            cue=cue,
            follow_up=follow_up,
            tables=tables,
            stub=bool(stub),
            status=status,
            dated=dated,
        )

    def _without_rows(self, question: FigureQuestion, state: FigureState) -> Outcome | None:
        """An answer that needs no search for rows: a follow-up on the last figures, a
        share, a stub with nothing to go on, or no figure asked at all (answer None)."""
        q, years, terms, named = question.text, question.years, question.terms, question.named
        cue, follow_up, stub = question.cue, question.follow_up, question.stub
        if stub and state.measure is None and state.unanswered and STUB.match(q):
            # "En in 2026?" after a question that got no single figure: that question again,
            # for the year (or the subject) this one names, in the scope that one named
            scope = state.municipality or self._covered_in(state.unanswered)
            return self._resolve(
                self._go_on(state.unanswered, q), replace(state, unanswered="", municipality=scope)
            )
        if stub and state.measure is None:
            return self._clarify_follow_up(q), state
        if follow_up and (computed := self._computed_follow_up(q, state, years)) is not None:
            return computed, state
        asked_last = NEXT_SENTENCE.split(q)[-1]  # 'Het tarief daalt. Hoe zit dat?'
        if (
            (not cue and not years and not follow_up and not NAME_ALONE.match(q))
            or WHY.match(q)
            or MANNER.match(q)
            or WHY.match(asked_last)
            or MANNER.match(asked_last)
            or asks_yes_or_no(q)
        ):
            # no figure asked; 'Waarom ... in 2024 duurder?' asks a reason, 'Hoe wordt het
            # tekort over 2023 opgevangen?' a way
            return None, state
        municipality = state.municipality

        # ('die twee gemeenten': the kind of the things just given, which names no row)
        referred = {t for m in THOSE_KIND.finditer(q) for t in stems(m.group(1))}
        if THOSE_ADDED.search(q) and not set(named) - {"twee", "beid"} - referred:
            # 'Hoeveel is dat samen?' names nothing but the figures given: the last two,
            # each looked up; after anything else there is nothing to add up
            if len(state.recent) == 2 and all(state.recent):
                return self._sum_of_last(state.recent), state  # type: ignore[arg-type]
            return self._clarify_sum(), state
        if THOSE_APART.match(q) and state.measure is not None and len(state.recent) == 2:
            # 'Hoeveel is dat minder?' after two figures of one row, or of rows of one name
            # in two documents ('Gezondheidszorg' in the begroting 2020 and 2026): the one
            # from the other, derived; after figures of two things, a question back, never
            # the last figure again
            earlier, later = state.recent
            if earlier is None or later is None or earlier.value is None:
                return self._clarify_apart(), state
            if (earlier.table, earlier.row) == (later.table, later.row) or (
                _bare(earlier.row) == _bare(later.row) and earlier.table != later.table
            ):
                return self._difference(state.measure, later, earlier), state
            return self._clarify_apart(), state
        share = re.search(
            r"\b(aandeel|(welk|welke) (deel|percentage)( van)?|hoeveel procent van)\b", q, re.I
        ) and (SHARE_WHOLE.search(q) or PERCENT_ASKED.search(q))
        if share and not ASKS_CHANGE.search(q):  # 'Met welk percentage stijgt ...' is a change
            # 'Welk percentage van de jongeren krijgt jeugdhulp?' may be printed as such: a
            # share is computed only when the part is an amount or a count
            whole_named = bool(SHARE_WHOLE.search(q))
            if (of_last := self._share_of_last(q, state)) is not None:
                return of_last, state
            shared = self._share(q, terms, years, municipality, state, whole_named)
            if shared is not None:
                return shared
        return None

    def _search(self, question: FigureQuestion, state: FigureState) -> Candidates | Outcome:
        """The readings the question's words name, best first, of the kind of number asked
        (a follow-up carries the last figure's block, table and unit)."""
        q, subject, terms = question.text, question.subject, question.terms
        named, follow_up = question.named, question.follow_up
        municipality = state.municipality
        own_terms = list(terms)
        narrowed: list[str] = []  # the last figure's subject words a follow-up narrows
        last = state.last_cell
        switched = follow_up and state.elsewhere
        if switched and state.measure is not None and last is not None:
            # "En bij Dinkelland?": the same measure, sought in the other municipality's
            # documents, as the same kind of number
            # (never a figure of a sentence's label: 'De ratio is dan 13.678 / 5.912 = 2,31.')
            said = f"{state.measure.label} {' '.join(column_measure_terms(last.column))}"
            wanted = [t for t in stems(said) if not re.search(r"\d", t)]
            terms = terms + [t for t in wanted if t not in terms]
            own_terms = list(terms)
        elif follow_up and state.measure is not None and terms:
            # "En voor Onderwijs?": a new subject in the block of the last figure (lasten/baten)
            # (unless it names its own measure: 'En wat leveren ze op?' asks the baten)
            own_measure = bool(INCOME_TERMS & set(terms) or _MEASURE_STEMS & set(terms))
            # (a new subject that names another group of the table, as another member over
            # the years of a table of years as rows, takes the place of the last one's group)
            block, table = state.measure.first.group, state.measure.key[:2]
            if state.measure.first.kind != "table" and len(state.measure.first.row.split()) <= 6:
                # an item of a list ('Kansrijke Start (€ 24.000): ...'), whose 'group' is the
                # items around it: no name of a block, but the names of other subjects
                block = ""
            if block and any(
                m.key[:2] == table and m.first.group != block
                and set(stems(m.first.group)) & set(terms)
                for m in self.measures
            ):
                block = ""
            terms = terms + [
                t for t in stems(block)
                if t not in terms and not (own_measure and t in _MEASURE_STEMS)
            ]  # fmt: skip
            # ('En Zwolle?' after Deventer's row names another member in its place, however
            # a row elsewhere names both, 'Kosten per inwoner van Zwolle en Deventer')
            switched_place = _names_a_place(q) and _names_a_place(state.measure.first.row)
            narrowed = (
                [] if switched_place
                else self._narrowed_subject(state.measure, named, terms, municipality)
            )
            terms = terms + narrowed
        ranked = self.rank(terms, municipality, ordinals=_ordinals(q, asked=True))
        if (
            follow_up and not switched and state.measure is not None and named and ranked
            and set(named) <= self._printed_in(state.measure)
            and not set(named) <= set(stems(ranked[0][1].first.row))
        ):  # fmt: skip
            # 'En wat was het tarief in 2025?' after the OZB tariff of 2026 in 'Tabel 8.1
            # Tarieven': a word the last figure's table prints names that figure again, not
            # a row that holds it in a compound ('Wmo (abonnementstarief)')
            again = state.measure
            ranked = [(ranked[0][0], again), *((sc, m) for sc, m in ranked if m.key != again.key)]
        if ASIDE.search(subject) and not follow_up:
            ranked = self._rank_aside(subject, municipality, ranked)
        if code := TAAKVELD_ASKED.search(q):
            # 'taakveld 5.5' names one row of a taakveld table: no row of another code
            own_code = re.compile(rf"(?<![\d.]){re.escape(code[1])}(?!\d)")
            ranked = [(sc, m) for sc, m in ranked if own_code.search(m.first.row)]
        if named_programme := _programme_named(q):
            words_asked = set(stems(q))
            ranked = [(sc, m) for sc, m in ranked if _of_programme(m, named_programme, words_asked)]
            # the programme's own rows ('Totaal lasten' in its table) before a product named
            # after it with words of its own ('Schuldhulpverlening en schuldregeling')
            ranked = [
                (sc, m) for sc, m in ranked if not _unasked_words(m, named_programme, words_asked)
            ] or ranked  # fmt: skip
        # the question's own words (and 'p2' for 'programma 2'), not what they stand for
        # ('niet-woningen' kept whole, as the question's terms keep it)
        printed = {*stems(q.lower()), *stems(_kept_whole(q.lower())), *label_terms(q)}
        last_words = set(stems(state.measure.label)) if state.measure is not None else set()
        # the words of the last figure's row in the table's other columns ('Plustaken' beside
        # 'Bijdrage basistaken'), as readings or cells: 'En voor de plustaken?' asks the same
        # row there
        beside = (
            {
                *(t for m in self._beside(state.measure) for t in stems(m.label)),
                *(t for c in state.measure.cells for t in stems(c.column)),
            } - last_words
            if follow_up and state.measure is not None
            else set()
        )
        # ('En met hoeveel is dat overschreden?': the deviation of the last figure's row)
        deviation = variance_stems(q)
        if follow_up and state.measure is not None and not narrowed and not switched and not any(
            not (
                _is_generic(t)
                or t in MEASURE_SYNONYMS
                or t in beside
                or t in deviation
                or _names_flow_of(state.measure, t)
                or (t in last_words and THAT_ONE.search(q))
            )
            for t in own_terms
            if t in printed
        ):
            # "En de baten?", "En die kosten in 2022?", "En die ratio in 2025?": the row or
            # table of the last figure, never a row of the same name in another table
            ranked = self._near_last(state.measure, terms, ranked, municipality)
        # (a member named by its row alone, when it is the one named: two or more are parts
        # of a sum, 'Wat betalen Ketelum en Zandheide samen?')
        members = self._row_names(q)
        # what a member pays asked, or asked on about another member ('En voor Twenterand?'
        # after Dinkelland's row of contributions)
        pays = bool(PAYMENT.search(q)) or (
            follow_up
            and state.measure is not None
            and bool(named_municipalities(state.measure.first.row))
        )
        partners = [
            n
            for n in dict.fromkeys(
                [
                    *named_municipalities(q),
                    *called_municipalities(q),
                    *(members if len(members) == 1 else []),
                    # (one with documents here, also in lower case: 'krijgt twenterand'; a
                    # municipality, not a body's name of more words: 'Veiligheidsregio Twente')
                    *(n for n in map(base_name, self._municipalities)
                      if (is_municipality(n) or len(n.split()) == 1)
                      and re.search(rf"\b{re.escape(n)}\b", q, re.I)),
                ]
            )
            # (a municipality with documents of its own is a member too, named in the
            # documents of a body it pays: 'Wat betaalt Dinkelland aan GGD Tukkerland?', and
            # so is one whose name the body's has: 'Tubbergen' of Noaberkracht Dinkelland
            # Tubbergen)
            if not among(n, self._municipalities)
            or (municipality and n != base_name(municipality) and pays)
        ]
        outsider = self._outsider(q, partners)
        if (
            outsider
            and set(terms) & _MEASURE_STEMS
            and not PAYMENT.search(q)
            and not printed & self._scope_of(municipality, q)
        ):
            # 'Wat waren de lasten van de gemeente Strienwolde?' where Strienwolde is only a
            # member of a body with documents: its contribution is not its own lasten
            return self._refuse_outsider(outsider), state
        if partners:
            # 'Hoeveel betaalde Zwolle?' in the documents of a body Zwolle takes part in: only a
            # row that names Zwolle answers it, never the total of all partners
            ranked = [(sc, m) for sc, m in ranked if all(_names(m, p) for p in partners)]
            member_stems = {s for p in partners for s in stems(p)}
            if not ranked or ranked[0][0] < MIN_SCORE:
                # 'Wat betaalt Dinkelland aan de GGD voor de basistaken?': the member's row,
                # whose columns name what is asked ('Basistaken 2026'), as the row does not
                ranked = self._member_columns(terms, partners, member_stems, municipality, q)
            # (all the question's own words: a unit asked, 'hoeveel inwoners', names a column)
            asked = [t for t in stems(q) if t not in member_stems and t.isalpha()]
            if (
                ranked
                and any(OWN_FIGURE.search(t) for t in asked)
                and not PAYMENT.search(q)
                and not self._holds(ranked[0][1], asked)
                # ... named as a place ('in Heksenwaard', 'gemeente Heksenwaard'), not as a
                # programme ('binnen het programma Energietransitie')
                and re.search(rf"\b(?:in|gemeente)\s+{re.escape(partners[0])}\b", q, re.I)
            ):
                # 'Hoe hoog is de rioolheffing in Heksenwaard?' where Heksenwaard is only a
                # member of a body with documents: its row holds its contribution and what
                # it is shared by (inhabitants), never a levy of its own the row does not name
                return self._refuse_outsider(partners[0]), state
        said = question.status_words
        if said and ranked and not follow_up:
            # 'het gerealiseerde resultaat': a row that prints the word in its own name
            # ('Gerealiseerd resultaat' beside each programme's 'Resultaat') is the one named
            top = ranked[0][0]
            own = [
                (sc, m) for sc, m in ranked
                if sc >= top - STATUS_NAMED_MARGIN and said & _status_named(m)
            ]  # fmt: skip
            ranked = own + [r for r in ranked if r not in own]
        wanted_unit = expected_unit(q)
        # 'En wat betalen gebruikers van niet-woningen?' after a tariff: their tariff (a
        # percentage of the WOZ value too), not what the levy brings in
        rate_asked = bool(TARIFF_ASKED.search(subject)) or (
            follow_up
            and last is not None
            and state.measure is not None
            and RATE.search(_described(state.measure)) is not None
            and PAYS.search(q) is not None
            and not YIELD_TERMS & set(terms)
        )
        if (
            rate_asked
            and not TARIFF_ASKED.search(subject)
            and last is not None
            and wanted_unit <= {"EUR"}  # (not a count asked: 'voor hoeveel trajecten betaalde')
        ):
            wanted_unit = {last.unit}
        if not wanted_unit and not follow_up and (_FLOW_STEMS | _GAIN_OR_LOSS) & set(terms):
            # lasten and baten are money: 'de jeugdhulplasten' are not the number of young
            # people in youth care, however well 'jeugdhulp' matches that row; and so is a
            # nadeel or voordeel ('het nadeel op jeugdhulp' is no count of jeugdigen)
            wanted_unit = {"EUR"}
        if (
            follow_up
            and last is not None
            and not switched
            and not wanted_unit
            and not UNIT_WORDS.search(q)
        ):
            # 'En hoeveel was dat voor Deventer?' after an amount: Deventer's amount, never a
            # count of Deventer's visitors; the table of the last figure first
            wanted_unit = {last.unit}
            if state.measure is not None and not narrowed:
                table = state.measure.key[:2]
                ranked = sorted(ranked, key=lambda r: (r[1].key[:2] != table, -r[0]))
                if ranked and ranked[0][1].key[:2] == table and ranked[0][0] < MIN_SCORE:
                    ranked = sorted(ranked, key=lambda r: -r[0])  # no fit there: by score
        if "grade" in wanted_unit:
            # a grade asked ('Welk rapportcijfer ...'): a plain number answers it only where
            # its row or table names a grade ('Score burgerpeiling': 7), never a count of fte
            ranked = [
                (sc, m) for sc, m in ranked
                if _units_of(m) & wanted_unit != {"count"}
                or GRADED.search(f"{_described(m)} {m.first.quote}")
            ]  # fmt: skip
        if wanted_unit and ranked:
            # a row may hold several kinds of number ('Ruisbergen': inhabitants, then its
            # contribution in euros): only its cells of the kind asked for answer
            fitting = [
                (sc, _cells_in(m, wanted_unit)) for sc, m in ranked if _units_of(m) & wanted_unit
            ]
            if ranked[0][0] >= MIN_SCORE and (
                not fitting
                or (
                    fitting[0][1].key != ranked[0][1].key
                    and not self._names_itself(fitting[0][1], named)
                )
            ):
                # the best reading is another kind of number, and what is left of that kind
                # is a sentence whose own words name nothing asked ('De woonlasten stijgen met
                # 3,1%' after a sentence about the ratio asked for)
                return self._refuse_unit(q, wanted_unit, ranked[0][1]), state
            ranked = fitting
        return Candidates(
            ranked=ranked,
            terms=terms,
            wanted_unit=wanted_unit,
            rate_asked=rate_asked,
            switched=switched,
        )

    def _narrowed_subject(
        self, last: Measure, named: list[str], terms: list[str], municipality: str | None
    ) -> list[str]:
        """The last figure's subject words that a follow-up's own words narrow: 'En gemiddeld
        over dat jaar?' after the fte at the year's end asks the average fte (a row that
        prints both), not the average age; none when no other row prints both ('En voor
        Onderwijs?' after Jeugd names a subject of its own)."""
        carried = [
            t for t in dict.fromkeys(stems(last.first.row))
            if t not in terms and not _is_generic(t) and t not in MOMENT_STEMS
        ]  # fmt: skip
        own = {t for m in [last, *self._beside(last)] for t in self._printed_in(m)}
        if not named or not carried or set(named) & own:
            return []  # (a word of the last figure's own row or columns: 'En de onttrekking?')
        for sc, m in self.rank([*terms, *carried], municipality):
            printed = self._printed_in(m)
            if sc < MIN_SCORE:
                break
            if m.key != last.key and set(named) <= printed and set(carried) & printed:
                return [t for t in carried if t in printed]
        return []

    def _narrow(
        self, question: FigureQuestion, state: FigureState, found: Candidates
    ) -> Candidates | Outcome:
        """The readings that can answer: no tariff for a yield, no plan for a fact, no change
        for a level, and those of the years and names asked first."""
        q, subject, years, scope = question.text, question.subject, question.years, question.scope
        follow_up, status = question.follow_up, question.status
        ranked, terms, wanted_unit = found.ranked, found.terms, found.wanted_unit
        rate_asked = found.rate_asked
        if TARIFF_ASKED.search(q):
            # a tariff is a rate: a row or column that prints one, or a percentage, never
            # the total it yields ('Wat wordt het ozb-tarief in 2028?' is not the OZB's baten)
            ranked = [
                (sc, m) for sc, m in ranked
                # (also a compound: 'uurtarief', 'tarieven')
                if any("tarie" in f for f in self._by_key[m.key][1]) or "percent" in _units_of(m)
            ]  # fmt: skip
        if not HYPOTHETICAL.search(q):
            # 'Zonder maatregelen zou het tekort oplopen tot € 3,2 miljoen': what would be,
            # never what is
            ranked = [
                (sc, m) for sc, m in ranked
                if m.first.kind != "prose" or not HYPOTHETICAL.search(m.first.quote)
            ]  # fmt: skip
        if not INTENT.search(q) and status != "soll":
            # ... nor what was aimed at
            ranked = [
                (sc, m) for sc, m in ranked
                if m.first.kind != "prose" or not _aimed_at(m.first)
            ]  # fmt: skip
        names = proper_names(question.asked) - scope  # 'sporthal De Hoeve', 'Robijn'
        if not OFFICIAL_ASKED.search(q):
            # 'Hoeveel fte heeft X in dienst?' is not the fte of its director in the table of
            # the pay of its top officials, however well 'dienstverband' matches
            ranked = [
                (sc, m) for sc, m in ranked
                if (m.first.document_id, m.first.table) not in self._official_tables
                or (names and names <= self._printed_in(m))
            ]  # fmt: skip
        if not BOUND_ASKED.search(q):
            # ... nor a bound set to it ('de dekking mag niet lager zijn dan 95%'), unless
            # the norm is asked
            ranked = [(sc, m) for sc, m in ranked if not _stated_as_bound(m.first)]
        if (SPENT.search(q) or YIELD_TERMS & set(terms)) and not SET_ASIDE.search(q):
            # 'Hoeveel gaf X uit aan riolering?', 'Wat brengen de leges op?' is not the
            # balance of a reserve for it
            ranked = [
                (sc, m) for sc, m in ranked
                if not SET_ASIDE.search(f"{m.first.row} {m.first.group}")  # 'Bestemmingsreserves'
            ]  # fmt: skip
        if not _asks_charges(terms):
            # 'Hoeveel kost de sporthal?': the credit of the investment, not its yearly
            # charges, when the row has both (as a group of columns each)
            credited = {m.first.row for sc, m in ranked if not CAPITAL_CHARGES.search(m.label)}
            ranked = [
                (sc, m) for sc, m in ranked
                if not (CAPITAL_CHARGES.search(m.label) and m.first.row in credited)
            ]  # fmt: skip
        # (a rate asked is read in the question as asked: the spelling fix makes 'per' a 'P')
        if wanted_unit == {"count"} and _counts_people(q) and not RATE_PER.search(question.asked):
            # 'Hoeveel inwoners heeft Ter Lunte?' is no count of households, however well the
            # row of Ter Lunte in a table of households with an uitkering matches
            ranked = [(sc, m) for sc, m in ranked if not _counts_no_people(m.first)]
            # ... nor a count of things the people do or get ('Aantal aanvragen bijzondere
            # bijstand' for 'Hoeveel mensen hebben een bijstandsuitkering?'), unless the
            # things are what the question says they have ('Aantal bijstandsuitkeringen')
            ranked = [
                (sc, m) for sc, m in ranked
                if not _counts_things(m.first) or set(stems(_row_counts(m.first))) <= set(terms)
            ]  # fmt: skip
            if _counted_word(q) == "inwoners":
                # ... and the inwoners of a place are its population, printed as such: not a
                # count in a row named for the place ('Zwolle' in a table of visits per
                # location), nor, asked of the place alone, a count of some of its inwoners
                # ('inwoners die ... staan ingeschreven') or a rate per inwoner
                places = set(stems(" ".join(named_municipalities(q) + called_municipalities(q))))
                alone = not [t for t in terms if not _is_generic(t) and t not in places]
                if alone:
                    ranked = [(sc, m) for sc, m in ranked if _population(m)]
        if wanted_unit == {"count"} and not RATE_PER.search(question.asked):
            # 'Hoeveel bijstandsuitkeringen waren er?' is a count, before a rate per 1.000
            # inwoners (which answers, its unit said, when no count is printed)
            counts = [
                (sc, m) for sc, m in ranked
                if not any(RATE_PER.search(f"{c.row} {c.column}") for c in m.cells)
            ]  # fmt: skip
            if counts and counts[0][0] >= MIN_SCORE:
                ranked = counts
        noun = counted_noun(q) if wanted_unit == {"count"} else ""
        if re.fullmatch(MEASURE_UNITS, noun, re.I):
            noun = ""  # 'Hoeveel kilometer ...': the unit it is measured in, not what is counted
        if noun:
            # 'Hoeveel brandweerlui ...?' is not answered by '1.186 keer': a sentence's count
            # answers only when it counts what is asked
            ranked = [(sc, m) for sc, m in ranked if self._counts(m, noun)]
        if ranked and not follow_up and not CHANGE_QUESTION.search(subject):
            # "Wat kost de veiligheidsregio?" asks for an amount: a change ("hogere lasten
            # € 45.000") is no answer to it, however well its words match
            stock = bool(ASKS_STOCK.search(q))
            deviation = bool(DEVIATION_WORDS.search(q))
            levels = [(sc, m) for sc, m in ranked if not is_change(m, stock, deviation)]
            if len(levels) < len(ranked):
                if (not levels or levels[0][0] < MIN_SCORE) and ranked[0][0] >= MIN_SCORE:
                    return self._refuse_only_change(ranked[0][1]), state
                ranked = levels
        if (
            ranked
            and PER_UNIT.search(subject)
            and PER_UNIT.search(question.asked)  # as asked, not a compound read in parts
            and not PHYSICAL_UNIT.search(subject)
        ):
            # 'als je één hond hebt', 'per overnachting': a tariff, never the total it yields
            asked_per = PER_WHAT.findall(subject.lower())

            def per_same(m: Measure) -> bool:
                # 'per huishouden' is not answered by a tariff 'per hectare'
                printed_per = PER_WHAT.findall(_described(m).lower())
                return not (asked_per and printed_per) or any(
                    _same_thing(a, b) for a in asked_per for b in printed_per
                )

            # ... and a tariff per thing is an amount, not a percentage of the WOZ value;
            # or a row of a table that is the bill of the thing asked for ('Woonlasten
            # meerpersoonshuishouden' for 'voor een meerpersoonshuishouden'); without either,
            # a row that names it
            # (unless a tariff is asked by name: 'Welk OZB-tarief betaal ik?' may be either)
            payer = PER_UNIT.search(subject).group(0).split()[-1].lower()  # type: ignore[union-attr]
            paid = {"EUR"} | (wanted_unit & {"percent"})
            amounts = [(sc, m) for sc, m in ranked if paid & _units_of(m) and per_same(m)]
            rates = [
                (sc, _cells_in(m, paid))
                for sc, m in amounts
                if RATE.search(_described(m))
                # (the bill's table names the payer over its rows, or over its columns:
                # 'Totaal woonlasten' under 'Meerpersoonshuishouden 2023')
                or payer in " ".join([m.first.group, m.first.table, *_columns(m)]).lower()
            ] or [
                (sc, _cells_in(m, paid))
                for sc, m in amounts
                if payer in _described(m).lower()
            ]  # fmt: skip
            # (of those, one that names all that is asked first: the 'woonlasten' of the
            # household's bill before the one tariff of a table of tariffs)
            rates.sort(key=lambda r: self._named_cover.get(r[1].key, 1.0) < 1.0)
            if not rates and ranked[0][0] >= MIN_SCORE:
                return self._refuse_unknown(q), state
            ranked = rates
        if ranked and REFUND.search(q) and not (REMAINING.search(q) or AFTER_REFUND.search(q)):
            # 'Hoeveel gaat daarvan terug naar de gemeenten?': of the readings found, those
            # that say they are a refund ('Terugbetaling', 'terug te betalen') first
            ranked = sorted(
                ranked,
                key=lambda r: not (
                    r[0] >= MIN_SCORE
                    and REFUND_PRINTED.search(f"{_described(r[1])} {r[1].first.annotation}")
                ),
            )
        if ranked and rate_asked:
            # 'Wat is het OZB-tarief?': a rate (per thing, a percentage of the WOZ value),
            # never the total the tax brings in
            rated = [
                (sc, m) for sc, m in ranked
                if RATE.search(_described(m)) or "percent" in _units_of(m)
            ]  # fmt: skip
            if not rated and ranked[0][0] >= MIN_SCORE:
                return self._refuse_unknown(q), state
            ranked = rated
        elif ranked and YIELD_TERMS & set(terms) and not PER_UNIT.search(subject):
            # 'Hoeveel levert de toeristenbelasting op?': what it brings in, not its tariff
            # per night (a row of a table of tariffs), when a row of the yield fits too
            totals = [
                (sc, m) for sc, m in ranked
                if not TARIFF_ASKED.search(_described(m)) and not PER_WHAT.search(m.first.row)
            ]  # fmt: skip
            ranked = totals or ranked
        elif (
            ranked
            and not follow_up
            and LEVY.search(subject)
            and not PER_UNIT.search(subject)
            and "totaal" not in terms
            and not SUM_CUE.search(q)
            and (pair := self._rate_and_yield(ranked, years[0] if years else None, status, terms))
        ):
            # 'Wat is de watersysteemheffing voor ingezetenen?': its tariff and what it brings
            # in are both named in full; which one is meant, the question does not say
            rate = pair[1][0]
            printed_per = PER_WHAT.findall(_described(rate).lower())
            rate_score = next(sc for sc, m in ranked if m.key == rate.key)
            rivals = [
                m for sc, m in ranked
                if m.key != rate.key and sc >= rate_score - CLOSE_CALL
                and RATE.search(_described(m))
            ]  # fmt: skip
            if (_agree(pair[0][1], pair[1][1]) and not rivals) or any(
                re.search(rf"\b(?:een|één|1|elke|iedere)\s+{re.escape(p)}\b", q, re.I)
                for p in printed_per
            ):
                # 'Wat kostte een vervuilingseenheid zuiveringsheffing?': the rate per one (and
                # a total that gives the one rate asked is no choice beside it)
                ranked = [(sc, m) for sc, m in ranked if m.key == rate.key]
            else:
                return self._clarify(list(pair)), state
        if ranked and ASKS_REMAINDER.search(q):
            left = [(sc, m) for sc, m in ranked if not _is_allocation(m)]
            if len(left) < len(ranked):
                if (not left or left[0][0] < MIN_SCORE) and ranked[0][0] >= MIN_SCORE:
                    return self._refuse_only_allocation(ranked[0][1]), state
                ranked = left
        if question.tables:
            # a table cited ('volgens de geprognosticeerde balans'): its readings first, and
            # none of another when it has none that answer (what a sentence elsewhere says
            # is not what that table says)
            cited = [
                r for r in ranked
                if (r[1].first.document_id, r[1].first.table) in question.tables
                and r[0] >= MIN_SCORE
            ]  # fmt: skip
            ranked = cited + [r for r in ranked if r not in cited] if cited else []
        seen = {m.key for _, m in ranked}  # the readings found by their own words
        if years and ranked:
            # the other amounts of a sentence that answers rank with it: the year asked
            # chooses among them
            ranked = ranked + [
                (sc, other)
                for sc, m in ranked
                if m.first.kind == "prose" and sc >= MIN_SCORE
                for other in self._sentence[(m.first.document_id, m.first.quote)]
                if other.key not in seen
                # of the kind of number asked ('210 woningen', not the '35%' of them), and of
                # the thing counted ('618,9 fte', not the '826 medewerkers' before it)
                and (not wanted_unit or _units_of(other) & wanted_unit)
                and (not noun or self._counts(other, noun))
            ]
            # a reading whose table has the years asked for beats one that cannot answer
            floor = MIN_SCORE
            # ... when it names as much of the subject ('Programma 2 Sociaal domein' for 2028
            # is no answer about the reserve sociaal domein, printed for 2026 only)
            # (a sentence's cover counts the words around its figure: it sets no bar)
            top = ranked[0][1]
            cover = self._named_cover.get(top.key, 1.0) if top.first.kind == "table" else 0.0
            # ... and a total asked is no sentence's amount that says of no total ('een
            # incidenteel budget ... voor het transformatieplan sociaal domein' is not the
            # totale lasten of the sociaal domein a table prints for other years)
            whole_asked = "totaal" in terms and top.first.kind == "table"
            having = [
                (sc, m)
                for sc, m in ranked
                if sc >= floor
                and self._named_cover.get(m.key, 1.0) >= cover
                and not (
                    whole_asked and m.first.kind == "prose"
                    and "totaal" not in self._by_key[m.key][1]
                )
                and self._has_years(m, years, status, terms)
            ]
            if having:
                ranked = having + [r for r in ranked if r not in having]
            if len(years) == 1 and status == "realisatie" and REALISED_ASKED.search(q):
                # 'Hoeveel heeft X in 2024 werkelijk bijgedragen aan de GGD?': a reading that
                # prints what was done that year before one that planned it (the begroting's
                # contribution), when it names as much of the subject
                done = [
                    (sc, m) for sc, m in ranked
                    if sc >= floor
                    and self._named_cover.get(m.key, 1.0) >= cover
                    and self._done_in(m, years[0], terms)
                ]  # fmt: skip
                if done:
                    ranked = done + [r for r in ranked if r not in done]
            if len(years) == 1 and ranked and ranked[0][1].first.kind == "prose":
                ranked = _own_year_first(ranked, years[0], seen)
        elif ranked and follow_up and state.years:
            # 'En voor Wijnkerke?' after a figure of 2033, in a table of years as rows: of the
            # rows of the best reading's table, the one of that year
            top_table = ranked[0][1].key[:2]
            of_year = [
                r for r in ranked
                if r[1].key[:2] == top_table and r[0] >= MIN_SCORE
                and self._has_years(r[1], state.years[-1:], status, terms)
            ]  # fmt: skip
            if of_year and of_year[0] is not ranked[0]:
                ranked = of_year + [r for r in ranked if r not in of_year]
        if ranked and not follow_up and all(_is_generic(t) for t in terms):
            # nothing but a measure asked ('Hoe groot is de begroting aan de lastenkant?'):
            # the row of its total before the same measure of one programme ('Lasten' under
            # 'Programma 5'), which names the measure alone and so matches it better
            top_score = ranked[0][0]
            totals = [
                (sc, m) for sc, m in ranked
                if sc >= top_score - TOTAL_MARGIN
                and TOTAL_ROW.match(m.first.row)
                and set(stems(m.first.row)) - {"totaal"} <= set(terms)
            ]  # fmt: skip
            ranked = totals + [r for r in ranked if r not in totals]
        if len(years) == 1 and ranked and not status.startswith("begroot"):
            ranked = self._realised_twins(ranked, years[0])
        if ranked and not follow_up and names:
            # 'sporthal De Hoeve': a name in the question says which thing is asked; a
            # reading that does not print it is about something else, however well its other
            # words match ('de investeringen in de sporthal' of a sentence about loans)
            # (a table's chapter names it too: 'het programma Sociaal domein' is printed by
            # the heading its table of lasten stands under)
            named_all = [
                r for r in ranked
                if r[0] >= MIN_SCORE
                and names <= self._printed_in(r[1]) | self._chapter_of_table(r[1])
            ]  # fmt: skip
            if named_all:
                ranked = named_all + [r for r in ranked if r not in named_all]
            else:
                # no reading prints every name: one whose name joins a name asked to another
                # is another body ('de gemeenschappelijke regeling Holland Rijnland' is not
                # 'GR Belastingsamenwerking Gouwe-Rijnland')
                asked = set(stems(question.asked))
                ranked = [r for r in ranked if not _named_otherwise(r[1].first.row, names, asked)]
        return replace(found, ranked=ranked, seen=frozenset(seen))

    def _best(
        self, question: FigureQuestion, state: FigureState, found: Candidates
    ) -> Candidates | Outcome:
        """The candidates with the best reading chosen (or a sum over the rows named, or no
        figure when none fits)."""
        q, years, cue, follow_up = question.text, question.years, question.cue, question.follow_up
        ranked, terms, switched = found.ranked, found.terms, found.switched
        wanted_unit = found.wanted_unit
        last, municipality = state.last_cell, state.municipality
        best = ranked[0] if ranked else None
        measure = best[1] if best and best[0] >= MIN_SCORE else None
        if switched and last is not None and state.measure is not None:
            same_kind = [(sc, m) for sc, m in ranked if last.unit in _units_of(m)]
            if not same_kind or same_kind[0][0] < MIN_SCORE:
                return self._refuse_elsewhere(state.measure, municipality or ""), state
            best = same_kind[0]
            ranked = same_kind
            measure = best[1]
        if measure is None and follow_up:
            unplaced = [t for t in terms if not _is_generic(t) and t not in label_terms(q)]
            # a column asked by its name ('en de realisatie?'), not the tense of the asking
            # ('En wat was het maximum?')
            if unplaced and not years and not self._status(TENSE_WORD.sub(" ", q)):
                # "En hoe zit het met de taart?": words that name nothing here; repeating the
                # last figure would answer a question that was not asked
                return self._clarify_unplaced(q, state.measure), state
            asked = set(terms) & _MEASURE_STEMS
            if INCOME_TERMS & set(terms):
                asked |= set(stems("baten"))  # 'En wat leveren ze op?': what comes in
            if asked and not asked & {_measure_named(state.measure)} | set(
                column_measure_terms(last.column if last is not None else "")
            ):
                # 'En wat staat daar aan inkomsten tegenover?' after the lasten: the baten
                # were asked, and the last figure is no answer
                return self._clarify_unplaced(q, state.measure), state
            measure = state.measure
        if not cue and not follow_up and (best is None or best[0] < STRONG_SCORE):
            return None, state
        if not cue and not follow_up and not years and "EUR" in _units_of(best[1]):
            # 'Wat is het Dorpsfonds?' asks what a thing is, and its amount is no answer; 'Wat
            # was het ziekteverzuim?' names a rate, and its figure answers
            return None, state
        if (compared := self._rows_compared(question, state)) is not None:
            return compared
        if (summed := self._sum_over_rows(question, state, found)) is not None:
            return summed
        if measure is None and NET_ASKED.search(q) and not PERCENT_ASKED.search(q):
            # 'Wat kost Jeugd netto?' where no saldo of Jeugd is printed: its lasten less its
            # baten, when its row prints both
            if (net := self._net_of_row(question, state)) is not None:
                return net
        if measure is None:
            # no row prints the question's words well enough: refuse, and name the rows
            # nearest in meaning so the resident can ask for one of them
            nearest = self._nearest_in_meaning(q, municipality, wanted_unit)
            return (self._refuse_nearest(nearest) if nearest else self._refuse_unknown(q)), state
        return replace(found, ranked=ranked, chosen=measure)

    def _rows_compared(self, question: FigureQuestion, state: FigureState) -> Outcome | None:
        """'Hoeveel meer gaat er naar A dan naar B?': the rows of A and B of one table, one
        year, the one less the other, both cited; None when the question compares no two
        rows, or no table prints both alike."""
        q, years, municipality = question.text, question.years, state.municipality
        compared = ROWS_COMPARED.search(q)
        if compared is None or question.follow_up or len(years) > 1:
            return None
        # (the year and the body may close the sentence: '... dan onderwijs in 2021 in X')
        other = re.sub(r"\b(?:in|voor|van|bij)\s+(?:19|20)\d\d\b", " ", compared.group("other"))
        for body in self._municipalities:
            other = re.sub(rf"\b(?:in|van|bij)\s+{re.escape(base_name(body))}\b", " ", other)
        if NO_ROW_AFTER_THAN.search(other) or YEAR.search(other) or any(
            re.search(rf"\b{re.escape(base_name(m))}\b", other, re.I) for m in self._municipalities
        ):
            return None  # '... dan begroot', '... dan in 2024', '... dan Dinkelland'

        def words(text: str) -> list[str]:
            return [
                t for t in question_terms(text)
                if t not in question.scope and t not in question.silent
            ]  # fmt: skip

        first = words(q[: compared.start("than")])
        # what both are measured by ('lasten', 'uitgeven') holds for the other row too
        shared = [t for t in first if _is_generic(t)]
        second = [*words(other), *shared]
        if not [t for t in second if not _is_generic(t)]:
            return None
        units = expected_unit(q, computed=False)
        rankings = [
            [r for r in self.rank(terms, municipality) if not units or _units_of(r[1]) & units]
            for terms in (first, second)
        ]
        picked = self._rows_of_one_table(rankings)
        if len(picked) != 2 or picked[0].key == picked[1].key:
            return None
        a, b = picked
        if _measure_named(a) != _measure_named(b):
            return None  # lasten against baten is no comparison of two rows
        year = years[0] if years else None
        top = rankings[0][0][0]
        readings = [(sc, m) for sc, m in rankings[0] if _same_row(m, a)]  # lasten, baten, saldo
        if len({_measure_named(m) for sc, m in readings if sc >= top - CLOSE_CALL}) > 1:
            # the lasten and the baten of the row are as close: which was meant is not said
            cells = [(m, self._cell(m, year, question.status, first)) for _, m in readings]
            return self._clarify([(m, c) for m, c in cells if c is not None][:4]), state
        x, y = (self._cell(m, year, question.status, t) for m, t in zip(picked, (first, second)))
        if x is None or y is None or x.value is None or y.value is None or x.period != y.period:
            return None
        if not comparable(x, y) or x.unit not in ADDABLE:
            return None
        a_val, b_val, note = self._amounts(x.value, y.value)
        diff = a_val - b_val
        derivation = f"{plain(a_val)} - {plain(b_val)} = {plain(diff)}"
        more = "meer" if diff >= 0 else "minder"
        text = (
            f"{self._what(a, x)}: {fmt(x.value, x.unit)} [1]; {self._what(b, y)}: "
            f"{fmt(y.value, y.unit)} [2]. Dat is {fmt(abs(diff), x.unit)} {more} voor "
            f"{a.label} dan voor {b.label}{note}. Berekening: {derivation}."
        )
        answer = self._computed(
            diff, x.unit, f"{a.label} min {b.label}", x.period, derivation, text, [x, y],
            f"verschil tussen {a.label} en {b.label}",
        )  # fmt: skip
        return answer, replace(state, measure=a)

    def _sum_over_rows(
        self, question: FigureQuestion, state: FigureState, found: Candidates
    ) -> Outcome | None:
        """'samen voor A en B': the figures of the rows named, added up."""
        q, years, scope, silent = question.text, question.years, question.scope, question.silent
        status, terms, municipality = question.status, found.terms, state.municipality
        together = SUM_CUE.search(q) and re.search(r"\s(en|plus)\s", q)
        if together and not (len(years) >= 2):
            parts = _listed(re.sub(r".*\bvoor\b", "", q, count=1))
            common: list[str] = []
            named_first = SUMMED_BEFORE_CUE.match(q)
            if (named_after := SUMMED_AFTER_CUE.match(q)) is not None:
                # 'Wat kost de jeugdhulp samen, begeleiding en behandeling?': the parts after
                # the cue, each of what the words before it name
                parts = _listed(named_after.group(2))
                common = [t for t in question_terms(named_after.group(1)) if t not in scope]
            if len(parts) < 2 and named_first:
                # 'Hoeveel betalen A en B samen aan de GGD voor de basistaken?': the parts
                # before the cue, and what the words after it say of each of them
                parts = _listed(named_first.group(1))
                common = [t for t in question_terms(named_first.group(2)) if t not in scope]
            if len(parts) < 2 and (after_first := re.match(r"(.*?)\bvoor\b(.*)$", q)):
                # 'Wat kostte maatwerk voor 18-plussers en voor jongeren bij elkaar opgeteld?':
                # the parts after the first 'voor', each of what the words before it name
                parts = _listed(after_first.group(2))
                common = [t for t in question_terms(after_first.group(1)) if t not in scope]
            if len(parts) >= 2:
                # 'A, B en C binnen de jeugdhulp': what the last part says of its whole holds
                # for every part
                shared = SHARED_QUALIFIER.search(parts[-1])
                common += question_terms(shared.group(1)) if shared else []
                # a sum of amounts adds amounts: rows of another kind of number (the OZB's
                # tariffs beside its yield) are no part of it
                units = expected_unit(q, computed=False)

                def rank_part(part: str, shared: list[str]) -> list[tuple[float, Measure]]:
                    # a part names a row as the whole question does: not by the scope's name
                    # ('het werkbedrijf') nor by words that name nothing here; what it says is
                    # not meant ('de kraakperswagen, dus niet de elektrische') names no row
                    excluded = {t for word in NOT_MEANT.findall(part) for t in stems(word)}
                    words = [
                        t for t in question_terms(part)
                        if t not in scope and t not in silent and t not in excluded
                    ]  # fmt: skip
                    return [
                        r for r in self.rank([*words, *shared], municipality)
                        if (not units or _units_of(r[1]) & units)
                        and not excluded & self._by_key[r[1].key][1].keys()
                    ]  # fmt: skip

                # (a year that was done, asked without the plan: what each part came to)
                done = (
                    functools.partial(self._done_in, year=years[0], terms=terms)
                    if len(years) == 1 and status in ("", "realisatie")
                    else None
                )
                picked = self._rows_of_one_table(
                    [rank_part(part, common) for part in parts], done
                )
                if (
                    not _one_row_each(picked, parts)
                    and len(parts) >= 3
                    and QUESTION_WORD.match(parts[0])
                ):
                    # 'Hoeveel brengt de ozb in totaal op, woningen en niet-woningen samen?':
                    # the question before the list names what each listed part is of,
                    # whatever its verb ('Hoeveel OZB kwam er binnen, ...')
                    head = [t for t in question_terms(parts[0]) if t not in scope]
                    parts = parts[1:]
                    picked = self._rows_of_one_table(
                        [rank_part(p, [*head, *common]) for p in parts]
                    )
                if YIELD_TERMS & set(terms):
                    # 'Hoeveel brengt ... op': what each part brings in, its row's baten
                    picked = [
                        next((b for b in self.measures if _same_row(b, m)
                              and b.label.lower().startswith("baten")), m)
                        for m in picked
                    ]  # fmt: skip
                if _one_row_each(picked, parts):
                    year = years[0] if years else None
                    cells = [self._summed_cell(m, year, status, terms, units) for m in picked]
                    for m, c in zip(picked, cells):
                        if c is None or c.value is None:
                            return self._refuse_year(m, year or ""), state
                    if len({c.unit for c in cells if c}) > 1 or any(
                        c and c.unit not in ADDABLE for c in cells
                    ):
                        # '8,5% en 5,0% samen' is no figure: percentages and grades of
                        # different wholes do not add up, nor do euros and counts
                        return self._refuse_sum(picked, mixed=True), state
                    return self._sum_rows(picked, cells), replace(state, measure=picked[-1])
                # one part alone is no answer to a sum
                return self._refuse_sum(picked), state
        return None

    def _summed_cell(
        self, m: Measure, year: str | None, status: str, terms: list[str], units: set[str]
    ) -> TableCell | None:
        """A row's cell in a sum over rows: of the units asked (what they paid, not the
        inwoners of that year beside it), and in a table whose caption names the year only
        ('Bijdragen gemeenten 2024'), of a column without a year of its own."""
        m = _cells_in(m, units) if units else m
        cell = self._cell(m, year, status, terms)
        captioned = bool(year) and set(YEAR.findall(m.first.table)) == {year}
        if (cell is None or cell.value is None) and captioned:
            undated = tuple(c for c in m.cells if not c.period)
            cell = self._cell(replace(m, cells=undated), None, status, terms) if undated else None
        return cell

    def _net_of_row(self, question: FigureQuestion, state: FigureState) -> Outcome | None:
        """What a row costs net where it prints its lasten and its baten but no saldo: the
        one less the other, of one year, both cells cited; None when the row has not both."""
        if len(question.years) > 1:
            return None
        terms = [t for t in question.terms if t not in _MEASURE_STEMS]
        ranked = self.rank([*terms, *stems("lasten")], state.municipality)
        if not ranked or ranked[0][0] < MIN_SCORE or _measure_named(ranked[0][1]) != "last":
            return None
        spent = ranked[0][1]
        earned = [
            m for m in self.measures
            if _same_row(m, spent) and _lasten_or_baten(spent, m) and _measure_named(m) == "baat"
        ]  # fmt: skip
        year = question.years[0] if question.years else None
        cost = self._cell(spent, year, question.status, terms)
        income = self._cell(earned[0], year, question.status, terms) if len(earned) == 1 else None
        if (
            cost is None or income is None or cost.value is None or income.value is None
            or cost.period != income.period or not comparable(cost, income)
        ):  # fmt: skip
            return None
        # (baten printed negative, as a table's sign convention, are still what comes in)
        out, into = abs(cost.value), abs(income.value)
        net, derivation = _change(out, into)
        row = spent.first.row.strip()
        when = f" in {cost.period}" if cost.period else ""
        costs = f"kost{when} netto {fmt(net, cost.unit)}" if net >= 0 else (
            f"levert{when} netto {fmt(-net, cost.unit)} op"
        )  # fmt: skip
        text = (
            f"{row} {costs}: de lasten {fmt(out, cost.unit)} [1] min de baten "
            f"{fmt(into, income.unit)} [2]. Berekening: {derivation}."
        )
        answer = self._computed(
            net, cost.unit, f"Saldo {row}", cost.period, derivation, text, [cost, income],
            f"lasten min baten van {row}, {cost.period}, {cost.municipality}",
        )  # fmt: skip
        return answer, replace(state, measure=spent, years=(cost.period,) if cost.period else ())

    def _settle(
        self, question: FigureQuestion, state: FigureState, found: Candidates, measure: Measure
    ) -> Measure | Outcome:
        """The one reading meant among those as good as the best, or a question back with
        the figures they give."""
        q, years, status = question.text, question.years, question.status
        follow_up = question.follow_up
        ranked, terms, seen, last = found.ranked, found.terms, found.seen, state.last_cell
        top = ranked[0][0] if ranked else 0.0
        if ranked and len(ranked) > 1 and ranked[1][0] >= top - 1e-9:
            # the same row as lasten and as baten, no word choosing: spending is meant
            pair = [m for sc, m in ranked if sc >= top - 1e-9]
            lasten = [m for m in pair if m.label.lower().startswith("lasten")]
            if lasten and all(_lasten_or_baten(lasten[0], m) or m is lasten[0] for m in pair):
                measure = lasten[0]
            elif (
                len(lasten) == 1
                and SPENT.search(q)
                and len({_bare(m.first.row) for m in pair}) == 1
            ):  # 'Wat kostte X?': the row of X's lasten, not X's saldo in another table
                measure = lasten[0]
        earns = bool(YIELD_TERMS & set(terms)) and not SPENT.search(q)  # 'wat kost het ophalen'
        if earns:
            # 'Hoeveel haalt de gemeente op aan ozb?': the row's baten, not its lasten or saldo
            baten = [
                m for sc, m in ranked
                if sc >= top - CLOSE_CALL and _same_row(m, measure)
                and m.label.lower().startswith("baten")
            ]  # fmt: skip
            measure = baten[0] if baten else measure
        spent = (
            SPENT.search(q)
            and measure.label.lower().startswith("lasten")
            and len({_bare(m.first.row) for sc, m in ranked if sc >= top - CLOSE_CALL}) == 1
        )
        if not follow_up:
            # one figure printed twice, rounded in one table ('3.684' in x € 1.000) and exact
            # in another (3.684.053): the exact one
            asked = years[0] if years else None
            mine = self._cell(measure, asked, status, terms)
            close = [
                (m, c)
                for sc, m in ranked[1:]
                if sc >= top - CLOSE_CALL and (c := self._cell(m, asked, status, terms)) is not None
            ]
            if mine is not None and (finer := _finest(mine, close)):
                measure = finer[0]
        if _is_part(measure.first):
            # a part ('waarvan 96 in de sociale huur') as good a reading as its whole: the
            # words that tell the part apart are not asked, so the whole is
            whole = [
                m for sc, m in ranked[1:]
                if sc >= top - 1e-9 and m.key in seen
                and not _is_part(m.first) and m.first.quote == measure.first.quote
            ]  # fmt: skip
            measure = whole[0] if whole else measure
        split = self._split_reading(measure, ranked, terms, top)
        said = question.status_words
        percent = bool(PERCENT_ASKED.search(q))
        aside = {t for t in question_terms(" ".join(_asides(q))) if not _is_generic(t)}
        # a question that names no subject ('Hoeveel geeft de gemeente in totaal uit?') is
        # not told apart by a caption word: the same row in any table is as good a reading
        unnamed = all(_is_generic(t) for t in terms)
        # the same row label in another table is the same reading (a programme printed in
        # each overview), unless nothing but that label is asked ('Totaal lasten' of each
        # programme) or the label names only a measure ('Resultaat'); the same figure twice
        # is no choice (below)
        by_table = unnamed or _names_only_a_measure(measure.first.row)

        def same_reading(m: Measure) -> bool:
            if (m.label, m.first.municipality) != (measure.label, measure.first.municipality):
                return False
            return not (by_table and m.first.table != measure.first.table)

        per_asked = bool(PER_PAYER.search(q) or TARIFF_ASKED.search(q))
        tied = [
            m
            for sc, m in ranked[1:]
            if (sc >= top - CLOSE_CALL or m in split or (unnamed and m.label == measure.label))
            and not same_reading(m)
            # a reading that names a part of what is asked is no rival to one that names all
            and not (
                self._subject_cover.get(measure.key, 1.0) == 1.0
                and self._subject_cover.get(m.key, 1.0) < 1.0
            )
            and not _lasten_or_baten(measure, m)
            # a row of what a total holds ('waarvan structureel') is no rival to a whole
            and not (_is_part(m.first) and not _is_part(measure.first))
            and not (earns and measure.label.lower().startswith("baten") and _same_row(m, measure))
            # what comes in asked: a reading of what is spent, or of the balance, is none
            and not (
                earns
                and _measure_named(measure) not in ("last", "saldo")
                and _measure_named(m) in ("last", "saldo")
            )
            and not (spent and not m.label.lower().startswith("lasten"))
            # 'het gerealiseerde resultaat': the row named so, not each programme's 'Resultaat'
            and not (said & _status_named(measure) and not said & _status_named(m))
            # 'de algemene reserve (vrij besteedbaar)': a row that prints the words in
            # brackets too, not one that prints the name alone ('Algemene reserves')
            and not (aside and aside <= _row_words(measure) and not aside & _row_words(m))
            # 'Met welk percentage is X toegenomen?': a percentage printed, not a count
            and not (percent and "percent" in _units_of(measure) and "percent" not in _units_of(m))
            # no rate asked ('Hoeveel heeft Deventer bijgedragen?'): a figure per thing ('Kosten
            # per inwoner') is no rival to the amount itself
            and not (
                not per_asked
                and PER_PAYER.search(_described(m))
                and not PER_PAYER.search(_described(measure))
            )
        ]
        if tied and (exact := _names_only_asked([measure, *tied], terms)) is not None:
            # 'de lasten van zuivering': the row 'Totaal zuivering' names all that is asked and
            # nothing else; '2.1 Planvorming zuivering' names something not asked (a row that
            # names no subject, a programme's 'Lasten', stays a rival)
            measure, tied = exact, [m for m in tied if m is not exact and not _own_words(m)]
        if (
            SPENT.search(q)
            and measure.first.kind == "table"
            and not measure.label.lower().startswith("lasten")
            and not any(column_measure_terms(c.column) for c in measure.cells)
        ):
            # what was spent, and the best reading is a row that names no measure (a saldo per
            # programme, printed as one figure a year): the lasten that also fit are asked
            # about, not passed over
            spending = [
                m for sc, m in ranked[1:]
                if sc >= MIN_SCORE and m.label.lower().startswith("lasten") and m not in tied
            ][:1]  # fmt: skip
            if (
                spending
                and "totaal" in terms
                and TOTAL_ROW.match(spending[0].first.row)
                and self._subject_cover.get(spending[0].key, 0.0) >= 1.0
            ):
                # 'de totale uitgaven van het programma': its row of total lasten, which names
                # (with its table and chapter) all that is asked
                measure, tied = spending[0], []
            else:
                tied += spending
        if not follow_up and _asks_no_part(terms):
            # 'Houdt X in 2026 geld over?' names no programme: the whole's result, not the
            # 'Resultaat' each programme's overview prints, nor a saldo of a part of its own
            # ('Saldo financieringsfunctie'); a question back with the parts when the
            # documents print no whole
            readings = [measure, *tied]
            parts = next((p for m in readings if (p := self._parallel_parts(m))), [])
            if parts or any(_names_a_part(m) for m in readings):
                measure, tied = self._whole_of_parts(
                    question, terms, ranked, measure, tied, parts
                )
        if (
            not tied
            and not follow_up
            and _asks_no_part(terms)
            and (set(terms) & (_CLOSING_STEMS - {"saldo"}) or CLOSES.search(q))
            and (rival := self._closing_rival(measure, years, status, terms)) is not None
        ):
            # two tables of one document that close the year with different figures (the
            # 'Geraamd resultaat' of the overview and the 'Begrotingssaldo' of the financial
            # picture): both are offered, neither chosen
            tied = [rival]
        subjects = [t for t in terms if not (_is_generic(t) or t in _OUTCOME_STEMS)]
        if (
            tied
            and not follow_up
            # no word of the question names what tells the readings apart
            and not any(
                t in self._by_key[m.key][1]
                for m in [measure, *tied]
                if m.first.kind == "table"
                for t in subjects
            )
        ):
            # no subject named ('Met welk resultaat sluit de begroting?'): the whole, not a
            # part; a table whose caption names a subject that another's rows list
            # ('Programma 5 Sociaal domein' in the overview) is a part of that one
            year = years[0] if years else None
            whole = [
                m for m in self._wholes([measure, *tied])
                if self._cell(m, year, status, terms) is not None
            ]  # fmt: skip
            if len(whole) > 1 and (over := self._whole_over(whole, ranked)) is not None:
                # each a programme's own table: the table that lists them all has the whole
                whole = [over] if self._cell(over, year, status, terms) is not None else whole
            # a year that was also realised: what was budgeted is no answer unless asked
            budgeted = len(whole) == 1 and not status.startswith("begroot") and any(
                c.status == "begroot" for c in [self._cell(whole[0], year, status, terms)] if c
            )
            realised = budgeted and status == "realisatie" or budgeted and any(
                sc >= MIN_SCORE and self._done_in(m, year, terms) for sc, m in ranked
            )
            if len(whole) == 1 and not realised:
                measure, tied = whole[0], []
            elif not subjects:
                # nothing but a measure asked ('Hoe groot is de begroting aan de lastenkant?'):
                # the rows of its total, not a part of it ('Lasten programma's')
                totals = [m for m in [measure, *tied] if TOTAL_ROW.match(m.first.row)]
                if totals and len(totals) <= len(tied):
                    measure, tied = totals[0], totals[1:]
        if tied and "totaal" in terms and len({m.first.row for m in [measure, *tied]}) == 1:
            # 'in totaal' among the columns of one row ('Beloning', 'Totale bezoldiging'):
            # the column of the total
            whole = [
                m for m in [measure, *tied] if all(WHOLE_COLUMN.match(c.column) for c in m.cells)
            ]
            if len(whole) == 1:
                measure, tied = whole[0], []
        compared = status == "vergelijking"
        if (
            tied
            # ... when the row names all that is asked: the columns are then the only choice
            # (or the question names the body compared with: 'landelijk' chooses its column)
            and (compared or self._subject_cover.get(measure.key, 1.0) >= 1.0)
            and (own := _own_column([measure, *tied], compared))
        ):
            # one row printed for the municipality and for Nederland (or the region): a
            # question that names neither asks the municipality's own figure
            measure, tied = own, []
        if tied and (phrased := _phrased(q, [measure, *tied])) is not None:
            # the words between the subject words choose ('voor bestemming' of 'Resultaat
            # voor bestemming' and 'Resultaat na bestemming', whose words are otherwise alike)
            measure, tied = phrased, []
        if tied and (version := status.partition("+")[2]):
            # the budget after (or before) its amendments asked: the readings that print a
            # column of it, not a table of the amendments themselves
            versioned = [
                m for m in [measure, *tied]
                if any(re.search(VERSIONS[version][1], c.column, re.I) for c in m.cells)
            ]  # fmt: skip
            if versioned:
                measure, *tied = versioned
        if tied and (printed := _moment_asked(terms)) is not None:
            # 'op 31 december': a reading whose column prints that moment ('Stand
            # 31-12-2030'), not an amount no date names (what a proposal adds to it); or
            # whose row does ('Aantal FTE, jaareinde' beside 'Aantal FTE, gemiddeld')
            year = years[0] if years else None
            dated = [
                m for m in [measure, *tied]
                if (c := self._cell(m, year, status, terms)) is not None
                and (printed.search(c.column) or printed.search(m.first.row))
            ]  # fmt: skip
            if dated:
                measure, *tied = dated
        filled = [m for m in [measure, *tied] if any(c.value is not None for c in m.cells)]
        if tied and filled:
            # a reading with a dash in every column (a block of baten without any) is no
            # choice beside one with figures
            measure, *tied = filled
        if tied and status == "realisatie" and len(years) == 1:
            # 'Wat waren de lasten van X in 2024?' of a begroting and the jaarstukken of that
            # year: what was done, not the budget planned for it
            done = [m for m in [measure, *tied] if self._done_in(m, years[0], terms)]
            if done:
                measure, *tied = done
        if not follow_up and len(years) == 1 and status in ("", "realisatie"):
            # the same row in a begroting and in the jaarstukken of the year asked ('Hoeveel
            # zit er eind 2024 in de reserve?'): what the year came to, not what was planned
            # for it, unless the plan is asked (the two are one reading above)
            mine = self._cell(measure, years[0], status, terms)
            if mine is not None and self._planned(mine):
                measure = next(
                    (
                        m for sc, m in ranked
                        if sc >= MIN_SCORE and m is not measure
                        and (m.label, m.first.municipality)
                        == (measure.label, measure.first.municipality)
                        and m.first.document_id != measure.first.document_id
                        and self._done_in(m, years[0], terms, accounts=True)
                    ),
                    measure,
                )  # fmt: skip
        version = status.partition("+")[2]
        if version and not follow_up:
            # 'in de begroting na wijziging': a reading that names all that is asked and whose
            # column prints that version ('Gerealiseerd resultaat' under 'Begroting 2023 na
            # wijziging'), though its row says a word more, before one whose column names no
            # version at all ('Resultaat' under 'Begr. 2023')
            year = years[0] if years else None

            def prints_version(m: Measure) -> bool:
                c = self._cell(m, year, status, terms)
                return c is not None and re.search(VERSIONS[version][1], c.column, re.I) is not None

            if not prints_version(measure):
                versioned = [
                    m for sc, m in ranked
                    if sc >= MIN_SCORE
                    and self._subject_cover.get(m.key, 0.0) >= 1.0
                    and prints_version(m)
                ]
                if versioned:
                    measure, tied = versioned[0], [m for m in tied if prints_version(m)]
        if tied and not follow_up:
            # readings that give the same figure are no real choice
            year = years[0] if years else None
            mine = self._cell(measure, year, status, terms)
            theirs = [
                (m, c) for m in tied if (c := self._cell(m, year, status, terms)) is not None
            ]
            if mine is not None and (finer := _finest(mine, theirs)):
                measure, mine = finer
            if (mine is None and theirs) or (
                mine is not None and any(not _agree(mine, c) for _, c in theirs)
            ):
                return self._clarify([(measure, mine), *theirs]), state
        if status == "vergelijking" and not any(
            COMPARED_WITH.search(c.column) for c in measure.cells
        ):
            # 'En wat is het cijfer voor Nederland?' after the municipality's own figure: the
            # same row in the column of the body it is compared with
            measure = _own_column(self._row_readings(measure), compared=True) or measure
        if follow_up and years and not self._has_years(measure, years, status, terms):
            # "En in 2027?" after a figure of a table of 2026 only: the same row in the table
            # that has 2027 ('Zandhorst' in the multi-year table), when there is one
            row_subject = _row_subject(measure)
            twins = [
                m for m in self.measures
                if m is not measure
                and m.first.municipality == measure.first.municipality
                and self._has_years(m, years, status, terms)
                and (
                    (
                        _bare(m.first.row) == _bare(measure.first.row)
                        and (last is None or last.unit in _units_of(m))
                        # the lasten of 2025 go on as lasten, never as a saldo printed
                        # elsewhere
                        and (last is None or self._same_measure_printed(m, last))
                    )
                    # (a row that prints the last figure again is of its measure and unit)
                    or (last is not None and _prints_again(m, row_subject, last))
                )
            ]  # fmt: skip
            if len(twins) > 1 and (kind := _measure_named(measure)):
                # (the lasten of Gezondheidszorg go on as its lasten, not as its baten)
                twins = [m for m in twins if _measure_named(m) == kind] or twins
            if len(twins) > 1:
                # a row named by its measure alone ('Lasten' of each programme): the one whose
                # table and chapter name what the last one's did ('Mens en Maatschappij')
                twins = _in_the_same_place(measure, twins)
            measure = twins[0] if len(twins) == 1 else measure
        return measure

    def _derived(
        self,
        question: FigureQuestion,
        state: FigureState,
        found: Candidates,
        measure: Measure,
        new_state: FigureState,
    ) -> Outcome | None:
        """A figure computed from the chosen reading: against the last figure or the budget,
        its years added up, or the change from one year to another."""
        q, years, status = question.text, question.years, question.status
        follow_up = question.follow_up
        ranked, terms = found.ranked, found.terms
        if (
            follow_up and len(years) == 2 and len(state.recent) == 2 and all(state.recent)
            and (base := re.search(rf"\bdan\b[^?]*?\b({YEAR_DIGITS})\b", q))
            and {c.period for c in state.recent if c} == set(years)
            and len({_bare(c.row) for c in state.recent if c}) == 1
        ):  # fmt: skip
            # 'Hoeveel is dat in 2026 meer dan in 2024?' after the figures of those two years
            # (the budget of 2026, the rekening of 2024): the one less the other, each as
            # given, whatever the status of the last one
            given = {c.period: c for c in state.recent if c}
            other = next(y for y in years if y != base[1])
            return self._difference(measure, given[other], given[base[1]]), new_state
        last = state.last_cell
        # ('meer dan wat in 2020 voor 2022 was geraamd': the figure compared with)
        compared = (
            follow_up and last is not None and len(years) == 2
            and re.search(r"\bdan\b", q, re.I) is not None
        )  # fmt: skip
        earlier = next(
            (
                c for c in state.recent
                if c is not None and c is not last and c.period
                and {c.period, self._document_years.get(c.document_id)} == set(years)
            ),
            None,
        ) if compared else None  # fmt: skip
        if earlier is not None and last is not None and _bare(earlier.row) == _bare(last.row):
            # 'Hoeveel is dat meer dan wat in 2020 voor 2022 was geraamd?' after the figure the
            # begroting 2020 planned for 2022: the last figure against that one, as given
            return self._difference(measure, last, earlier), new_state
        # "Hoeveel is dat meer dan in 2020?": the last figure against another year
        # ('Hoeveel procentpunt scheelt dat met de rekening 2027?': the same, in other words)
        if follow_up and state.last_cell is not None and (
            re.search(r"\b(meer|minder)\b", q, re.I) or (years and FOLLOW_UP_CHANGE.search(q))
        ):
            if years:
                # the same measure as the last figure: lasten against lasten, never baten
                same = terms + column_measure_terms(state.last_cell.column)
                other = self._cell(measure, years[0], status or state.last_cell.status, same)
                if other is None or other.value is None:
                    return self._refuse_year(measure, years[0]), new_state
                if status == "realisatie" and self._planned(other):
                    # 'dan de realisatie van 2023' where this reading plans 2023: what the year
                    # came to, where it is accounted for, or no comparison
                    done = self._realised_twin(measure, years[0], same)
                    if done is None:
                        return self._refuse_not_realised(measure, other), new_state
                    other = done
                if re.search(rf"\bdan\b[^?]*\b{years[0]}\b", q, re.I):
                    # "dat" (the last figure) compared with the other year: last minus other
                    return self._difference(measure, state.last_cell, other), new_state
                # 'En hoeveel meer betaalt X in 2027?': the year asked against the last figure
                return self._difference(measure, other, state.last_cell), new_state
            other_status = self._status(q)
            last = state.last_cell
            if other_status and last.period and not other_status.startswith(last.status or "-"):
                # "Hoeveel is dat meer dan begroot?": the same year's other column
                other = self._cell(
                    measure, last.period, other_status, column_measure_terms(last.column)
                )
                if other is None or other.value is None or other is last:
                    return self._refuse_year(measure, last.period), new_state
                return self._difference(measure, last, other), new_state

        if len(years) <= 1 and re.search(BUDGET_VARIANCE, q):
            year = years[0] if years else None
            if (
                year
                # (a begroting named is the budget compared with: 'meer dan in de begroting
                # 2024 stond' is read where that budget and the outcome both stand)
                and all(self._document_types.get(d) == "begroting" for d in self._ranking.documents)
                and self._outcome_and_budget(measure, year, status, (), forecast=False) is None
                and (twin := self._twin_with(measure, year, "realisatie", (), True, asked=terms))
                and self._outcome_and_budget(twin[0], year, status, (), forecast=False)
            ):
                # the deviation of 2021 asked beside a begroting that plans 2021: the same row
                # in the jaarstukken, where the year's budget and outcome both stand
                measure = twin[0]
                new_state = replace(new_state, measure=measure)
            if PERCENT_ASKED.search(q) and not POINTS_ASKED.search(q):
                # 'Hoeveel procent hoger valt X uit dan begroot?': outcome against budget
                pair = self._outcome_and_budget(measure, year, status, terms)
                if pair is None:
                    return self._refuse_unit(q, {"percent"}, measure), new_state
                outcome, budget = pair
                return self._pct_change(measure, budget, outcome), new_state
            answer = self._difference_column(measure, year, status, terms)
            if answer is not None:
                # ('Hoeveel is dat per inwoner?' after it divides the deviation given)
                cell = answer.extra.get("cell")
                if isinstance(cell, TableCell):
                    new_state = replace(new_state, last_cell=cell, last_value=cell.value)
                return answer, new_state
            # the cells' notes hold the V and N they print, read as voordeel and nadeel
            printed_as = " ".join(
                [_described(measure), measure.first.quote, *(c.annotation for c in measure.cells)]
            )
            # ... or a sentence that says its amount is the deviation ('ontvingen we € 1.104.500
            # meer vergoeding van het Rijk dan begroot'), of the lasten or baten asked (not '€
            # 110.000 minder aan de reserve onttrokken dan begroot' for the lasten)
            clause = _up_to_its_clause(measure.first)
            said_so = (
                measure.first.kind == "prose"
                and DEVIATION_AMOUNT.search(clause) is not None
                and all(
                    FLOW_SAID[flow].search(clause) for flow in FLOW_SAID.keys() & set(terms)
                )
            )
            if (
                not is_change(measure, deviation=True)
                and not DEVIATION_WORDS.search(printed_as)
                and not said_so
            ):
                # a difference with the budget asked, and the row prints no budget and outcome
                # of one year, nor is it a deviation itself: its amount is no answer
                return self._refuse_no_variance(measure), new_state
            if _direction(q) * _direction(measure.first.quote) < 0:
                # 'Hoeveel minder ... dan verwacht?' is not answered by a sentence of an amount
                # 'hoger dan begroot'
                return self._refuse_no_variance(measure), new_state
            # a deviation itself ('Het nadeel van € 287.000 op ...'): its own figure; the
            # budget the question names ('meer dan begroot') is what it is measured against
            status = ""

        if not years and not follow_up and ADDED_UP.search(q) and measure.first.kind == "table":
            # 'Wat kost X bij elkaar opgeteld?' of a row of years: all its years added up
            dated = [c for c in measure.cells if c.period and c.value is not None]
            if len({c.period for c in dated}) == len(dated) >= 2 and all(
                comparable(dated[0], c) for c in dated
            ):
                return self._sum_years(measure, sorted(dated, key=lambda c: c.period)), new_state
        if len(years) >= 2:
            # a change runs from the earlier year to the later one, in whatever order the
            # question names them ('meer in 2023 dan in 2022')
            first, last = min(years), max(years)
            c1, c2 = (
                self._cell(measure, first, status, terms),
                self._cell(measure, last, status, terms),
            )
            named = [c for c in measure.cells if _column_kind(c) & set(terms)]
            if named and len({frozenset(_column_kind(c)) for c in measure.cells}) > 1:
                # columns of several kinds, and the question names one ('de huishoudens'):
                # both years in that kind of column, or no change
                # (the cell the status chose stays, when it is of a named kind: 'Lasten
                # Rekening 2029' for what was spent, not the first 'Lasten' column of 2029)
                c1, c2 = (
                    c if c in named else next(
                        (n for n in named if n.period == y and n.value is not None), None
                    )
                    for y, c in ((first, c1), (last, c2))
                )
            if REALISED_ASKED.search(q):
                # 'Hoeveel meer is er voor 2026 begroot dan er in 2025 echt is uitgegeven?':
                # what was spent is the realisation, of the jaarstukken when the begroting has
                # only the budget; with a budget word too, only the earlier year was spent
                budgeted = status.startswith("begroot") or re.search(
                    r"\b(budget|begro\w*|geraamd\w*|raming\w*)\b", q, re.I
                )
                realised = (first,) if budgeted else (first, last)
                found = []
                for y, c in ((first, c1), (last, c2)):
                    if y in realised and c is not None and c.status != "realisatie":
                        twin = self._twin_with(measure, y, "realisatie", terms)
                        if twin is None or twin[1].status != "realisatie":
                            # ... or in another reading that names what the question names
                            # ('I Veiligheid en Handhaving' of the jaarstukken for the
                            # begroting's 'P1 Veiligheid en Handhaving')
                            twin = self._realised_elsewhere(
                                measure, ranked, y, terms, question.named
                            )
                        if twin is None or twin[1].status != "realisatie":
                            return self._refuse_not_realised(measure, c), new_state
                        c = twin[1]
                    found.append(c)
                c1, c2 = found
            for y, c in ((first, c1), (last, c2)):
                if c is None or c.value is None:
                    return self._refuse_year(measure, y), new_state
            if c1 is c2:
                # one figure of both years ('In 2028 en 2029 worden 412 woningen opgeleverd'):
                # that figure, and no change from the one year to the other
                if CHANGE_QUESTION.search(q):
                    return self._refuse_one_for_both(measure, first, last), new_state
                return self._lookup(measure, c1, ranked, None), new_state  # type: ignore[arg-type]
            if c1 is not None and c2 is not None and not comparable(c1, c2):
                # 'Huishoudens 2024' and 'Bijdrage 2025': the earlier year in the later one's
                # kind of column, when the row has it ('Bijdrage 2024')
                like = [
                    c for c in measure.cells
                    if c.period == first and c.value is not None and comparable(c, c2)
                ]  # fmt: skip
                c1 = like[0] if len(like) == 1 else c1
            # (a change asked by its verb is no sum: 'stijgt ... samen'; 'de stijging ... bij
            # elkaar' adds up a row of increases)
            if SUM_ASKED.search(q) and YEAR.fullmatch(first) and not re.search(
                r"\b(stijg(?:t|en|de|den)?|daal(?:t|de|den)?|dalen|veranderen|verschil\w*)\b",
                q,
                re.I,
            ):
                spanning = [
                    c for c in measure.cells
                    if c.value is not None and not c.period
                    and set(YEAR_IN_TEXT.findall(c.column)) == {first, last}
                ]  # fmt: skip
                if len(spanning) == 1:
                    # 'Totaal 2026-2029' printed: that cell, not a sum of the years
                    return self._lookup(measure, spanning[0], ranked, None), new_state
                span = [str(y) for y in range(int(first), int(last) + 1)]
                cells = [self._cell(measure, y, status, terms) for y in span]
                if any(c is None or c.value is None for c in cells):
                    missing = next(y for y, c in zip(span, cells) if c is None or c.value is None)
                    return self._refuse_year(measure, missing), new_state
                return self._sum_years(measure, cells), new_state  # type: ignore[arg-type]
            if re.search(r"\bprocent|procentueel|%", q, re.I) and not POINTS_ASKED.search(q):
                return self._pct_change(measure, c1, c2), new_state  # type: ignore[arg-type]
            return self._difference(measure, c2, c1), new_state  # type: ignore[arg-type]
        return None

    def _looked_up(
        self,
        question: FigureQuestion,
        state: FigureState,
        found: Candidates,
        measure: Measure,
        new_state: FigureState,
    ) -> Outcome:
        """The chosen reading's figure for the year asked, or a question back when its
        columns or years leave the choice open."""
        q, subject, years, terms = question.text, question.subject, question.years, question.terms
        follow_up, ranked = question.follow_up, found.ranked
        # a deviation itself answers a difference with the budget: any column of it
        status = "" if len(years) <= 1 and re.search(BUDGET_VARIANCE, q) else question.status
        year = years[0] if years else (state.years[-1] if follow_up and state.years else None)
        if year and (measured := self._measured_year(q, measure, year)):
            # 'de laatste meting in de begroting 2026': a begroting reports what was measured
            # before its own year; the year names the document, its latest realisation answers
            # (or the latest year a row prints, of one that prints none later)
            status, year = measured
        if follow_up and not years and year:
            # 'En wat is de norm?' after the realisation of 2035: the column named, of the
            # year it is printed for ('Norm 2036'), when it has none for the last year
            named = [
                c for c in measure.cells
                if c.value is not None
                and (set(stems(c.column)) - set(stems(c.period))) & set(terms)
            ]  # fmt: skip
            if named and all(c.period != year for c in named):
                year = max(c.period for c in named) or year
        cited = {t for word in SOURCE_CITED.findall(q) for t in stems(word)}
        done_asked = status == "realisatie" or REALISED_ASKED.search(q) is not None
        cell_terms = [t for t in terms if t not in cited]
        if (
            follow_up
            and state.last_cell is not None
            and not set(terms) & _MEASURE_STEMS
            and _moment_asked(terms) is None  # 'aan het begin van dat jaar': its own column
            and not _named_columns(list(measure.cells), terms)  # 'per inwoner': its own too
        ):
            # "En in 2026?" after the lasten of 2024: the lasten column of 2026 ("En de
            # baten?" names its own)
            cell_terms += column_measure_terms(state.last_cell.column)
            # ... and the moment of its column ('En in Haverdonk?' after the count on 1
            # januari: Haverdonk's on 1 januari too)
            cell_terms += [
                min(moment) for moment, printed in MOMENTS if printed.search(state.last_cell.column)
            ]
        cell = self._cell(measure, year, status, cell_terms)
        last = state.last_cell
        row_named = bool(terms) and set(terms) <= set(stems(measure.first.row))
        if (
            follow_up and last is not None and not years and not self._status(q)
            # ... when the question names the row only (never 'En de baten?', 'En aan het
            # eind van het jaar?': the column they name)
            and row_named and state.measure is not None and measure.key != state.measure.key
        ):
            # 'En Oldenmaat?' after Twenterand's refund: the column of the last figure in the
            # other row of its table ('Terugbetaling resultaat 2024', not the budget beside it)
            same_column = [
                c for c in measure.cells
                if c.column == last.column and c.value is not None
                and _place(c) == _place(last)
            ]  # fmt: skip
            if len(same_column) == 1:
                cell = same_column[0]
        as_last = (
            follow_up and row_named and last is not None and cell is not None
            and _place(cell) == _place(last) and cell.column == last.column
        )  # fmt: skip
        if (
            (cell is None or cell.value is None)
            and year
            and (
                _names_document_only(q, year)
                # ... or the last question did, and this one goes on in that document ('En
                # voor X?', 'Hoeveel blijft er dan in 2021 over?' after 'de begroting 2021')
                or (
                    measure.first.document_id in state.documents
                    and self._names_edition_of(state.documents, year)
                )
                # ... or the document is the jaarstukken of that year, whose sentences report
                # what was done in it ('Uit het leefbaarheidsfonds ontvingen 31 initiatieven
                # een bijdrage' in the jaarstukken 2022 is of 2022)
                or self._document_types.get(measure.first.document_id) == "jaarstukken"
            )
            # ... of the document asked for: not 'de jaarrekening 2022' answered from 2024's
            and self._document_years.get(measure.first.document_id, year) == year
            and _undated(measure, year)
        ):
            # 'volgens de programmabegroting 2020' names the document, not the figure's
            # year: a sentence's figure without a year of its own answers
            cell = self._cell(measure, None, status, cell_terms)
        if (cell is None or cell.value is None) and year and _dated_by_section(measure, year):
            cell = self._cell(measure, None, status, cell_terms)
        if (cell is None or cell.value is None) and year:
            # 'En wat is daarvoor in 2026 begroot?' after the realisation of 2025: the same
            # row in the document that has 2026
            twin = (
                self._twin_with(measure, year, status, cell_terms)
                or self._row_of_sentence(measure, year, status, cell_terms)
                or self._own_table_of(measure, year, status, cell_terms, q)
                or self._same_series(measure, [m for _, m in ranked[:20]], year, status, cell_terms)
                # ... or anywhere in its document: a follow-up's ranking holds only the last
                # reading ('En in 2035?' after a programme's lasten, printed for 2035 in the
                # overview of all programmes)
                or self._same_series(
                    measure, self._document_measures[measure.first.document_id], year, status,
                    cell_terms, strict=True,
                )
                # ... or, what was done asked, another reading that names all that is asked
                # and prints what the year came to ('Algemene uitkering gemeentefonds' of the
                # jaarstukken for the begroting's '0.7 Alg uitk. ... gemeentefonds')
                or (
                    self._realised_elsewhere(measure, ranked, year, cell_terms, question.named)
                    if done_asked else None
                )
            )
            if twin is not None:
                measure, cell = twin
                new_state = replace(new_state, measure=measure)
        if cell is None or cell.value is None:
            if year:
                return self._refuse_year(measure, year), new_state
            return self._refuse_unknown(q), new_state
        if not year and not follow_up and not self._ranking.documents:
            # 'Hoeveel geeft Twenterand uit aan jeugd?' with the begroting 2020 and 2021 side
            # by side: each edition's own figure differs, and the question names neither
            editions = [(measure, cell), *self._other_editions(measure, status, cell_terms)]
            if any(not _agree(cell, c) for _, c in editions[1:]):
                return self._clarify(editions), new_state
        if (
            year
            and not follow_up
            and not self._ranking.documents
            and self._planned(cell)
            and (newer := self._newer_plan(measure, year, status, cell_terms)) is not None
        ):
            # 'Hoeveel zit er eind 2036 in de reserve?' with the begroting 2035 and 2036 side
            # by side, both planning 2036: the newer plan replaces the older one
            measure, cell = newer
            new_state = replace(new_state, measure=measure)
        if (
            year
            and self._planned(cell)
            and done_asked
            and (
                done := self._twin_with(
                    measure, year, "realisatie", cell_terms, True, self._ranking.named_documents
                )
            ) is not None
        ):
            # 'Hoeveel bezoekers had de website in 2019?': what a later document reports
            # for 2019, not what an earlier one planned for it
            measure, cell = done
            new_state = replace(new_state, measure=measure)
        if (
            year
            and self._planned(cell)
            and done_asked
            and (
                done := self._realised_elsewhere(measure, ranked, year, cell_terms, question.named)
            ) is not None
        ):
            # 'Met welk resultaat sloot X 2023 af?': the jaarstukken' 'Gerealiseerd resultaat'
            # under 'Rekening 2023', not the begroting's 'Resultaat' planned for 2023
            measure, cell = done
            new_state = replace(new_state, measure=measure)
        if year and self._planned(cell) and (REALISED_ASKED.search(q) or new_state.realised):
            # 'Wat waren de werkelijke lasten in 2026?' where 2026 has only a budget: the
            # budget is not what was spent
            return self._refuse_not_realised(measure, cell), new_state
        through = self._spent_before(measure, cell) if CUMULATIVE.search(q) else None
        if through is not None:
            # 'Hoeveel is er eind 2025 in totaal uitgegeven?': what was spent up to the year
            # before ('Uitgaven t/m 2024') plus the year's own column
            return self._sum_years(measure, [through, cell]), new_state
        rivals = [] if as_last else self._rival_columns(measure, cell)
        if (
            not rivals
            and not follow_up
            and not set(cell_terms) & (_MEASURE_STEMS | YIELD_TERMS)
            and not (SPENT.search(q) or SPENDING.search(q) or ALLOTTED.search(q))
            # (a result asked is the saldo, which _cell chose: 'Met welk resultaat sluit ...')
            and not (
                _OUTCOME_STEMS & set(cell_terms) and "saldo" in column_measure_terms(cell.column)
            )
        ):
            # 'Hoeveel algemene dekkingsmiddelen waren er geraamd?' of a row that prints its
            # lasten, baten and saldo: which one, the question does not say (what is set
            # aside for something, 'begroot voor de brandweer', is spent: its lasten)
            rivals = _other_measures(measure, cell)
        fund_asked = (
            not rivals
            and not follow_up
            and ALLOTTED.search(q) is not None
            and not ASKS_STOCK.search(q)
            and any(FUND_COLUMN.match(c.column) for c in measure.cells)
        )
        if fund_asked:
            # 'Hoeveel is er in 2025 beschikbaar voor het leefbaarheidsfonds?' of a reserve's
            # row: what it holds and what is drawn from it to spend are both set aside for it
            rivals = [
                c for c in measure.cells
                if c is not cell and c.value is not None and c.value != cell.value
                and c.period in (cell.period, "")
            ]  # fmt: skip
        printed = set(stems(q)) & STATUS_TERMS
        if rivals and _named_columns([cell, *rivals], cell_terms, printed) == [cell]:
            rivals = []  # the question names the column ('bijdragen': 'Bijdrage 2032')
        if rivals and _asks_payment(cell_terms) and [
            c for c in (cell, *rivals) if CONTRIBUTION.search(c.column)
        ] == [cell]:
            # 'Hoeveel heeft X betaald aan de GGD?': the contribution ('Bijdrage X 2024'), not
            # the partner's own figures of the year beside it ('Resultaat')
            rivals = []
        moment = _moment_asked(cell_terms)
        if rivals and moment is not None and moment.search(cell.column):
            # 'eind 2023': the stand at the end ('Ult.2023'), not the year's result beside it
            rivals = [c for c in rivals if moment.search(c.column)]
        if REMAINING.search(q) and DIFFERENCE_COLUMN.match(cell.column):
            # what is left of a credit asked: its 'Restant', never the credit it is left of
            rivals = [c for c in rivals if DIFFERENCE_COLUMN.match(c.column)]
        if rivals and fund_asked:
            # (none of them was given: 'Hoeveel is dat per inwoner?' has no figure to divide)
            asked_back = replace(new_state, last_cell=None, last_value=None)
            return self._clarify_columns(measure, [cell, *rivals]), asked_back
        if rivals:
            return self._clarify_columns(measure, [cell, *rivals]), new_state
        if year is None and cell.value == 0 and not follow_up:
            # 'Wat kosten de nieuwe voertuigen?' with no year, and the year taken holds 0
            # (the costs start later): nothing is the answer only for that year
            later = [
                c for c in measure.cells
                if c.period != cell.period and c.value and comparable(c, cell)
            ]  # fmt: skip
            if later:
                return self._clarify_years(measure, [cell, *later]), new_state
        units = expected_unit(q, computed=False)
        if units == {"percent"} and cell.unit in ("EUR", "count") and not follow_up:
            # 'Met hoeveel procent ging de rioolheffing in 2047 omhoog?' of a row that prints
            # no change: from the year before to the year asked, when the row prints both
            # (not from a year named as the start, 'ten opzichte van 2026'; and a total asked
            # only of a row that prints one)
            rises = (
                RISE_ASKED.search(q)
                and not re.search(BUDGET_VARIANCE, q)
                and not BASE_YEAR.search(q)
                and ("totaal" not in terms or "totaal" in self._printed_in(measure))
            )
            if rises and (before := self._year_before(measure, cell)) is not None:
                return self._pct_change(measure, before, cell), new_state
        # (a payment asked on after a rate may be a rate too: the OZB 'tarief' of users is
        # a percentage of the WOZ value)
        rate_paid = follow_up and units == {"EUR"} and cell.unit == "percent"
        if units and cell.unit not in units and not rate_paid:
            # no arithmetic was done: one cell answers, and it must be the kind of number asked
            # (a follow-up's too: 'En voor hoeveel trajecten?' is never answered in euros)
            return self._refuse_unit(q, units, measure), new_state
        printed = f"{cell.row} {cell.column}"
        if cell.kind == "prose":
            # the words of this figure: since the figure before it, and the words it shares
            # with that one ('hogere lasten € 120.000 in 2024 en € 240.000 vanaf 2025'),
            # unless it stands in brackets beside it ('nam toe tot 186 (begroot: 140)')
            own = _since_last_figure(cell)
            printed = own if "(" in own else f"{own} {cell.row}"
        # a table of changes ('Overzicht mutaties voorjaarsnota') holds changes in every row,
        # but for the stands it prints beside them ('Reserves en mutaties': 'Stand 31-12')
        of_changes = CHANGE_TABLE.search(f"{cell.table} {cell.group}") is not None and not (
            FUND_COLUMN.match(cell.column) or _level_column(cell.column)
        )
        # 'afgenomen tot 4%' says where it went, a level ('afgenomen met' says by how much)
        printed = LEVEL_REACHED.sub(" ", printed)
        # ('Tot hoeveel procent is de werkloosheid gedaald?' asks the level reached)
        asks_level = LEVEL_ASKED.search(subject) is not None
        if (
            ASKS_CHANGE.search(subject) and not asks_level
            and not CHANGE_QUESTION.search(printed) and not CHANGE_COMPOUND.search(printed)
            and not of_changes
            # ('een nadeel van € 845.000' is the change against the budget)
            and not DEVIATION_AMOUNT.search(printed)
        ):  # fmt: skip
            # "Hoeveel meer ...?" answered by one amount would pass a level off as a change
            before = _year_before(measure, cell) if year else None
            dates = _two_dates(measure) if OVER_TIME.search(q) else None
            if before is None and not year and dates:
                # 'Hoeveel zijn de vaste schulden gedaald?' on a balance sheet of two dates:
                # from the one to the other (not 'hoeveel hoger', which may mean than another)
                cell, before = dates
            if before is None and year and (stands := _start_and_end(measure, year, terms)):
                # 'Met hoeveel is de reserve in 2031 gegroeid?': its stand at the end of the
                # year against the one at its start ('Stand 1-1-2031')
                cell, before = stands
            if before is not None:
                # 'Met hoeveel zijn de liquide middelen in 2029 afgenomen?': the year's figure
                # against the one a year earlier in the same kind of column ('31-12-2028')
                return self._difference(measure, cell, before), new_state
            return self._clarify_change(measure, cell), new_state
        answer = self._lookup(measure, cell, ranked, year, taken_out=bool(TAKEN_OUT.search(q)))
        return answer, replace(
            new_state,
            last_value=cell.value,
            last_cell=cell,
            years=(cell.period,) if cell.period else new_state.years,
        )

    def _names_itself(self, m: Measure, subject: Sequence[str]) -> bool:
        """A table row, or a sentence whose own words (not the sentences before it) name
        something asked; a sentence pointing back ('Hiervoor ...') counts as naming it."""
        if m.first.kind != "prose" or ANAPHOR.search(m.first.quote):
            return True
        own = set(stems(_kept_whole(m.first.quote)))
        return any(
            t in own or (len(t) >= 5 and any(t in o for o in own)) for t in subject
        )

    def _done_elsewhere(
        self, question: str, documents: Collection[str], years: Sequence[str]
    ) -> bool:
        """Whether a follow-up asks what was done in years the documents of the conversation
        only plan ('En wat is er in werkelijkheid uitgegeven?' after a question of the
        begroting 2024 about 2024): a begroting holds no realisation of its own year or later,
        the jaarstukken do."""
        return bool(REALISED_ASKED.search(question) and years) and all(
            self._document_types.get(d) == "begroting"
            and all(y >= self._document_years.get(d, "") for y in years)
            for d in documents
        )

    def kinds_cited(self, question: str) -> set[str]:
        """The documents of the kind a question names as its source without a year
        ('volgens de voorjaarsnota'): of that type where one is held, else of its family
        (a 'nota' for a kadernota); none when the corpus holds no such document."""
        found: set[str] = set()
        held = set(self._document_types.values())
        for word in SOURCE_CITED.findall(question):
            word = word.lower().removeprefix("programma")
            kinds = {word} & held or next(
                (k for pattern, k in DOCUMENT_KINDS if pattern.search(word)), set()
            )
            found |= {d for d, kind in self._document_types.items() if kind in kinds}
        return found

    def editions_named(
        self, question: str, municipality: str | None = None
    ) -> dict[str, set[str]]:
        """Per year named with a kind of document ('de programmabegroting 2021'), the
        documents of the corpus it names: of the body asked about, when one is (the
        'begroting 2026' of a question about a veiligheidsregio is the column of its
        begroting 2027, not another body's begroting 2026)."""
        found: dict[str, set[str]] = {}
        for m in DOCUMENT_YEAR.finditer(question):
            word, year = m.group(0).split()[0], m.group(1)
            kinds = next((k for pattern, k in DOCUMENT_KINDS if pattern.search(word)), set())
            documents = {
                document for document, own in self._document_years.items()
                if own == year and self._document_types.get(document) in kinds
            }  # fmt: skip
            if documents:
                found.setdefault(year, set()).update(documents)
        return _of_body(found, self._municipality_of, municipality)

    def _other_editions(
        self, measure: Measure, status: str, terms: Sequence[str]
    ) -> list[tuple[Measure, TableCell]]:
        """The same row in the other editions of the measure's document (of the same body
        and kind, another year), each with the figure it gives for its own year."""
        document = measure.first.document_id
        kind, own = self._document_types.get(document), self._document_years.get(document)
        others = {
            d for d, year in self._document_years.items()
            if year != own and self._document_types.get(d) == kind
            and self._municipality_of.get(d) == measure.first.municipality
        }  # fmt: skip
        if not others:
            return []
        found: dict[str, tuple[Measure, TableCell]] = {}
        # (the table of the same name first: 'Recapitulatie' in both, not another one the
        # row also stands in)
        same_table = sorted(
            (m for m in self.measures if m.first.document_id in others),
            key=lambda m: m.first.table != measure.first.table,
        )
        for m in same_table:
            other = m.first.document_id
            if (
                other not in found
                and _named(m) == _named(measure)
                and (cell := self._cell(m, None, status, terms)) is not None
                and cell.value is not None
            ):
                found[other] = (m, cell)
        return list(found.values())

    def _newer_plan(
        self, measure: Measure, year: str, status: str, terms: Sequence[str]
    ) -> tuple[Measure, TableCell] | None:
        """The same row in the newest later edition of the reading's document (of the same
        body and kind, of the year asked at the latest) that plans the year too."""
        document = measure.first.document_id
        kind, own = self._document_types.get(document), self._document_years.get(document, "")
        newer = {
            d for d, edition in self._document_years.items()
            if own < edition <= year and self._document_types.get(d) == kind
            and self._municipality_of.get(d) == measure.first.municipality
        }  # fmt: skip
        if not newer:
            return None
        name = _named(measure)
        found = [
            (m, cell) for d in newer for m in self._document_measures.get(d, [])
            if m.first.kind == measure.first.kind and _named(m) == name
            and (cell := self._cell(m, year, status, terms)) is not None
            and cell.value is not None and self._planned(cell)
        ]  # fmt: skip
        # (the newest edition, and in it the table of the same name first)
        return max(
            found,
            key=lambda pair: (
                self._document_years.get(pair[0].first.document_id, ""),
                pair[0].first.table == measure.first.table,
            ),
            default=None,
        )

    def _done_in(
        self, m: Measure, year: str | None, terms: Sequence[str], accounts: bool = False
    ) -> bool:
        """Whether the reading's cell of the year, read as what was done, is a realisation
        (the jaarstukken' 'Rekening 2024'), not the budget a begroting planned for it;
        `accounts`: also a column of the jaarstukken of that year that names no status
        ('Stand 31-12-2024'), which is what the year came to."""
        cell = self._cell(m, year, "realisatie", terms)
        if cell is None:
            return False
        return cell.status == "realisatie" or (
            accounts
            and not cell.status
            and cell.period == year
            and self._document_types.get(cell.document_id) == "jaarstukken"
            and self._document_years.get(cell.document_id) == year
        )

    def _realised_twin(
        self, measure: Measure, year: str, terms: Sequence[str]
    ) -> TableCell | None:
        """The realisation of a year in the same row of another document of the body (the
        jaarstukken' 'Lasten' of the programme whose begroting planned the year); of rows
        named by their measure alone, the one in the same place ('Mens en Maatschappij')."""
        twins = [
            m for m in self.measures
            if m.first.municipality == measure.first.municipality
            and m.first.document_id != measure.first.document_id
            and _bare(m.first.row) == _bare(measure.first.row)
            and self._done_in(m, year, terms)
        ]  # fmt: skip
        if len(twins) > 1:
            twins = _in_the_same_place(measure, twins)
        if len(twins) != 1:
            return None
        cell = self._cell(twins[0], year, "realisatie", terms)
        return cell if cell is not None and cell.value is not None else None

    def _realised_elsewhere(
        self,
        measure: Measure,
        ranked: Sequence[tuple[float, Measure]],
        year: str,
        terms: Sequence[str],
        named: Sequence[str],
    ) -> tuple[Measure, TableCell] | None:
        """What a year came to, where the chosen reading prints only a plan for it (or not the
        year at all): the best-ranked other reading of the same body that names as many of
        the words the question names (`named`) as the chosen one, and at least one, and prints
        the year's realisation, in a document the question allows."""
        documents = self._ranking.named_documents

        def words_named(m: Measure) -> int:
            return sum(t in self._by_key[m.key][1] for t in named)

        least = max(words_named(measure), 1)
        found: list[tuple[float, Measure, TableCell]] = []
        for score, m in ranked:
            if score < MIN_SCORE or (found and score < found[0][0] - CLOSE_CALL):
                break
            if (
                m is measure
                or m.first.municipality != measure.first.municipality
                or (documents and m.first.document_id not in documents)
                or words_named(m) < least
                or not self._done_in(m, year, terms, accounts=True)
            ):
                continue
            cell = self._cell(m, year, "realisatie", terms)
            if cell is not None and cell.value is not None and cell.period == year:
                found.append((score, m, cell))
        if not found:
            return None
        _, m, cell = found[0]
        # the same figure rounded in a chart ('6,7' in € mln) and exact in a table (6.655 in
        # x € 1.000): the exact one; figures that differ leave the choice open: none
        others = [(o, c) for _, o, c in found[1:]]
        if any(not _agree(cell, c) for _, c in others):
            return None
        return _finest(cell, others) or (m, cell)

    def _planned(self, cell: TableCell) -> bool:
        """A budgeted figure: a column that says so, or a year of a begroting's own budget
        or later (its '2022' beside '2021' is a raming, however plainly headed)."""
        own = self._document_years.get(cell.document_id, "")
        return cell.status == "begroot" or (
            not cell.status
            and bool(cell.period)
            and bool(own)
            and self._document_types.get(cell.document_id) == "begroting"
            and cell.period >= own
        )

    def _word_parts(self, text: str) -> set[str]:
        """The stems of a text's words that name a thing, and of the printed words its
        compounds are made of ('salarislasten': salaris, last)."""
        out = set()
        for word in WORD.findall(text.lower()):
            if word in SUBJECTLESS:
                continue
            found = {t for part in self._compound_parts(word, typos=False) for t in stems(part)}
            out |= {t for t in {*stems(word), *found} if not _is_generic(t)}
        return out

    def _row_of_sentence(
        self, measure: Measure, year: str, status: str, terms: Sequence[str]
    ) -> tuple[Measure, TableCell] | None:
        """The one table row of the document that prints a sentence's figure, rounded to its
        scale ('De salarislasten kwamen uit op € 6.887.412' and 'Salarissen en sociale lasten
        ... 6.887' in x € 1.000), with its cell of the year asked: what the sentence does not
        say of its figure ('En hoeveel was daarvoor oorspronkelijk begroot?')."""
        said = [c for c in measure.cells if c.value is not None]
        if measure.first.kind != "prose" or len(said) != 1:
            return None
        figure = said[0]
        printing = [
            m for m in self._document_measures.get(measure.first.document_id, [])
            if m.first.kind == "table" and any(
                c.value is not None and c.unit == figure.unit
                and abs(c.value) >= 100 * c.scale  # three printed digits or more
                and abs(c.value - figure.value) * 2 <= c.scale
                and (not figure.period or c.period == figure.period)
                for c in m.cells
            )
        ]  # fmt: skip
        # ... of the same thing: 'salarislasten' and 'Salarissen en sociale lasten'
        words = self._word_parts(measure.first.quote) if printing else set()
        rows = [m for m in printing if words & self._word_parts(m.first.row)]
        if len(rows) != 1:
            return None
        cell = self._cell(rows[0], year, status, terms)
        return (rows[0], cell) if cell is not None and cell.value is not None else None

    def _twin_with(
        self,
        measure: Measure,
        year: str,
        status: str,
        terms: Sequence[str],
        done: bool = False,
        documents: Collection[str] = (),
        asked: Sequence[str] = (),
    ) -> tuple[Measure, TableCell] | None:
        """The same row in another document of the municipality (one of `documents`, when
        given), with a cell of the year (`done`: one that is no plan, what a later document
        reports for the year). The row may name its measure where the other's columns do:
        'Baten' over 'P4 Fysieke leefomgeving' in the jaarstukken is the begroting's 'P4
        Fysieke leefomgeving' under 'Baten Begroting 2024', when the question's words
        (`asked`, else `terms`) ask the baten."""
        own = _named(measure)
        wanted = set(asked or terms) & _MEASURE_STEMS

        def split(m: Measure) -> bool:  # the same name, with its measure in the row
            named = _named(m)
            kind = named & _MEASURE_STEMS
            return bool(kind) and kind <= wanted and named - kind == own - _MEASURE_STEMS

        for twin in (lambda m: _named(m) == own, split):  # the same name first
            for m in self.measures:
                if (
                    m.first.municipality == measure.first.municipality
                    and m.first.document_id != measure.first.document_id
                    and (not documents or m.first.document_id in documents)
                    and twin(m)
                    and (cell := self._cell(m, year, status, terms)) is not None
                    and cell.value is not None
                    and cell.period == year
                    and not (done and self._planned(cell))
                ):
                    return m, cell
        return None

    def _measured_year(self, q: str, measure: Measure, year: str) -> tuple[str, str] | None:
        """The status and year that answer for a year only in the name of the reading's
        document, a begroting of that year: its latest earlier realisation when the question
        asks what was done or measured in words that say so (not the past tense alone: 'Wat
        waren de lasten in de begroting 2026?' asks its budget), or what is where the year
        has only a target; the latest earlier year a row prints when it prints no later one
        (an indicator of 2024 in the begroting 2026); else None."""
        if not (
            _names_document_only(q, year)
            and self._document_types.get(measure.first.document_id) == "begroting"
            and self._document_years.get(measure.first.document_id) == year
        ):
            return None
        rest = DOCUMENT_YEAR.sub(" ", q).lower()  # 'begroting' names the document here
        explicit = any(
            re.search(rf"\b{w}\b", rest) for w in STATUS_WORDS["realisatie"] if w not in TENSE
        )
        # ... or asks what is, of a row that prints only a target for the year ('Welk
        # percentage heeft jeugdhulp, volgens de begroting 2025?' beside 'Streefwaarde 2025')
        of_year = [c.column for c in measure.cells if c.period == year]
        aimed = bool(of_year) and all(TARGET_COLUMN.search(column) for column in of_year)
        said = self._status(rest)
        if (
            explicit and said == "realisatie"
            or aimed and not INTENT.search(rest) and said in ("", "realisatie")
        ):
            measured = max(
                (
                    c.period for c in measure.cells
                    if c.value is not None and c.status == "realisatie" and "" < c.period < year
                ),
                default=None,
            )  # fmt: skip
            return ("realisatie", measured) if measured else None
        # 'Welk deel van de jongeren krijgt jeugdhulp, volgens de begroting 2026?' of a row
        # 'Jongeren met jeugdhulp | 2024 | 11,4': what that begroting says is of 2024
        printed = [c for c in measure.cells if c.value is not None and YEAR.fullmatch(c.period)]
        if said or not printed or any(c.period >= year for c in printed):
            return None
        latest = max(c.period for c in printed)
        done = all(c.status == "realisatie" for c in printed if c.period == latest)
        return ("realisatie" if done else ""), latest

    def _names_edition_of(self, documents: frozenset[str], year: str) -> bool:
        """Whether the documents a conversation goes on reading are of that year."""
        return bool(documents) and all(self._document_years.get(d) == year for d in documents)

    def _same_series(
        self,
        measure: Measure,
        candidates: Sequence[Measure],
        year: str,
        status: str,
        terms: Sequence[str],
        strict: bool = False,
    ) -> tuple[Measure, TableCell] | None:
        """Another reading among the candidates that prints the figures of this one (the
        same amounts in the years both have, one of four digits or more: a programme's baten
        in its own table and in the overview of all programmes), with a cell of the year
        this one lacks. `strict`, for candidates that are not the question's best readings:
        only readings with one figure a year compare (never one of several columns a year,
        lasten, baten and saldo of each version, that prints the same by chance)."""
        own = _by_year(measure, terms) if strict else {
            (c.period, c.unit): c.value for c in measure.cells
            if c.kind == "table" and c.value is not None and YEAR.fullmatch(c.period)
        }  # fmt: skip
        for m in candidates:
            if m.key == measure.key or m.first.municipality != measure.first.municipality:
                continue
            printed = _by_year(m, terms) if strict else {
                (c.period, c.unit): c.value for c in m.cells if c.kind == "table"
            }  # fmt: skip
            both = own.keys() & printed.keys()
            # every year both print the same, and one of them a figure no coincidence makes
            # ('16.218', not '240' or '0')
            if not both or any(own[k] != printed[k] for k in both):
                continue
            if not any(len(str(abs(own[k])).replace(".", "").strip("0")) >= 4 for k in both):
                continue
            cell = self._cell(m, year, status, terms)
            if cell is not None and cell.value is not None and cell.period == year:
                return m, cell
        return None

    def _printed_in(self, m: Measure) -> set[str]:
        """The words a reading prints itself: its label, row, column or caption, not the
        sentences around a sentence's amount."""
        own = {t for t, w in self._by_key[m.key][1].items() if w >= PRINTED_WEIGHT}
        if m.first.kind == "table":
            # a table prints its group and columns too: the member a column of a table with
            # years as rows is of ('Raming 2033' under 'Ellewoude')
            own |= set(stems(" ".join([m.first.group, *{c.column for c in m.cells}])))
        return own | set(stems(m.first.table))

    @functools.cache  # noqa: B019 (one answerer per index, for the life of the process)
    def _kind_known(self, compound: str, modifier: str) -> bool:
        """Whether the last part of a compound ('kazerne' of 'brandweerkazerne') is a word
        the documents print, alone or in a compound, or one edit from one, or says nothing of
        its own; or the compound is a row's word misspelt ('afvalinzamling')."""
        head = compound[len(modifier) :]
        return (
            # (without word weights, as in a unit test, every word is known)
            not self.idf or len(head) < 4 or _is_generic(head)
            or self._printed_anywhere(head) or bool(self._one_letter_from(compound))
            or bool(process.extract(
                head, self.idf.keys(), scorer=Levenshtein.distance, score_cutoff=1, limit=1
            ))
        )  # fmt: skip

    @functools.cache  # noqa: B019 (one answerer per index, for the life of the process)
    def _printed_anywhere(self, term: str) -> bool:
        """Whether the documents print a stem, alone or in a compound ('zaakbelast' in
        'onroerendezaakbelasting')."""
        return term in self.idf or (len(term) >= 4 and any(term in t for t in self.idf))

    @staticmethod
    def _chapter_of_table(m: Measure) -> set[str]:
        """The words of the headings a table stands under ('4 Programma 2 Sociaal domein >
        Wat mag het kosten?'); none for a sentence, whose chapter is about more than it."""
        return set(stems(m.first.section)) if m.first.kind == "table" else set()

    def _row_readings(self, measure: Measure) -> list[Measure]:
        """The readings of one row of one table: its columns read as measures apart."""
        return [
            m for m in self.measures
            if m.key[:2] == measure.key[:2] and m.first.row == measure.first.row
        ]  # fmt: skip

    def _own_table_of(
        self, measure: Measure, year: str, status: str, terms: Sequence[str], q: str
    ) -> tuple[Measure, TableCell] | None:
        """A programme's row in an overview of all programmes ('2. Veiligheid', begroting
        years only) has its own table in the document ('Lasten' under 'Tabel 2.2 Wat mag het
        kosten? Programma 2 Veiligheid', with the rekening year): the row of the measure
        asked there, when exactly one table's caption names the subject."""
        subject = {t for t in stems(measure.first.row) if not _is_generic(t) and not t.isdigit()}
        asked = set(terms) & _MEASURE_STEMS or (set(stems("lasten")) if SPENT.search(q) else set())
        if measure.first.kind != "table" or not subject or len(asked) != 1:
            return None
        found = [
            (m, cell)
            for m in self.measures
            if m.first.municipality == measure.first.municipality
            and m.first.kind == "table"
            and m.first.table != measure.first.table
            and set(stems(m.first.row)) == asked
            and not m.first.group
            and subject <= caption_subject(m.first.table) | caption_subject(m.first.section)
            and (cell := self._cell(m, year, status, terms)) is not None
            and cell.value is not None
            and cell.period == year
        ]
        # named by its caption, else by the chapter it stands in ('2.4 Programma 4 Sociaal
        # Domein > 2.4.4 Wat mag het kosten?' over 'Baten en lasten programma 4')
        captioned = [(m, c) for m, c in found if subject <= caption_subject(m.first.table)]
        for tables in (captioned, found):
            if tables:
                return tables[0] if len({m.first.table for m, _ in tables}) == 1 else None
        return None

    def _realised_twins(
        self, ranked: list[tuple[float, Measure]], year: str
    ) -> list[tuple[float, Measure]]:
        """The same row in two documents (a begroting's 'Begroting 2025' and the jaarstukken'
        'Realisatie 2025'): a year asked without a budget word is asked for what was done,
        as within one row. Each row that does not print the year's realisation gives its
        place to its twin that does; one row in two documents is one reading, not a choice
        to ask about."""

        def realised(m: Measure) -> bool:
            return any(c.period == year and c.status == "realisatie" for c in m.cells)

        twins = {}
        for _, m in ranked:
            if realised(m):
                twins.setdefault((m.first.municipality, _named(m)), m)
        out: list[tuple[float, Measure]] = []
        placed: set[tuple[str, ...]] = set()
        for sc, m in ranked:
            twin = twins.get((m.first.municipality, _named(m)))
            if twin is not None and twin.first.document_id != m.first.document_id:
                m = twin
            if m.key not in placed:
                placed.add(m.key)
                out.append((sc, m))
        return out

    def _has_years(
        self, m: Measure, years: Sequence[str], status: str, terms: Sequence[str]
    ) -> bool:
        """Whether a reading has a cell for every year asked, of one kind of number (not the
        inhabitants of 2025 beside the contribution of 2026). A sentence dated only by the one
        before it answers when it is the best reading, but does not overtake a better one."""
        cells = [self._cell(m, y, status, terms) for y in years]
        return all(
            c is not None and (c.kind != "prose" or c.period == y or y in c.quote)
            for y, c in zip(years, cells)
        ) and all(comparable(cells[0], c) for c in cells[1:])  # type: ignore[arg-type]

    def _split_reading(
        self, best: Measure, ranked: list[tuple[float, Measure]], terms: list[str], top: float
    ) -> list[Measure]:
        """Rows that each print another part of the question's subject, as many words each
        ('het Rijk als deelnemer in de GR': 'Baten GR Rijk' and 'Baten GR-deelnemers'): how
        rare a word is does not say which of them is meant."""
        subject = [t for t in terms if not _is_generic(t)]

        def printed(m: Measure) -> frozenset[str]:
            fields = self._by_key[m.key][1]
            return frozenset(SYNONYM_OF.get(t, t) for t in subject if fields.get(t, 0) >= 0.7)

        mine = printed(best)
        return [
            m
            for sc, m in ranked[1:]
            if sc >= top - SPLIT_MARGIN
            and len(theirs := printed(m)) == len(mine)
            and theirs != mine
            # (a count beside an amount is another kind of figure, not another part)
            and _units_of(m) & _units_of(best)
        ]

    @staticmethod
    def _rival_columns(measure: Measure, cell: TableCell) -> list[TableCell]:
        """Other columns of the same row, year, status and measure with another value: the
        question does not say which one is meant ('Toevoeging 2024', 'Saldo 31-12-2024')."""
        if not cell.period or cell.kind != "table":
            return []
        measure_of = column_measure_terms(cell.column)

        def version(column: str) -> str:
            # 'Begroting primair' and 'na wijziging': chosen by the rule of _budget_version
            return next((v for v, (_, p) in VERSIONS.items() if re.search(p, column, re.I)), "")

        return [
            c
            for c in measure.cells
            if c is not cell
            and c.period == cell.period
            and c.status == cell.status
            and c.column != cell.column
            and c.value is not None
            and c.value != cell.value
            and c.unit == cell.unit  # the units beside a contribution are not another one
            and column_measure_terms(c.column) == measure_of
            and not (version(c.column) or version(cell.column))
            and _flow_kind(c.column) == _flow_kind(cell.column)
            # a day's column ('Stand 30-4-2025') is no rival to the year's, nor the reverse
            and _column_month(c.column) == _column_month(cell.column)
            # an investment's credit, beside the yearly charges it brings
            and bool(CAPITAL_CHARGES.search(c.column)) == bool(CAPITAL_CHARGES.search(cell.column))
            # a contribution, beside its rate per inhabitant (chosen by 'per' in _cell)
            and bool(RATE_COLUMN.match(c.column)) == bool(RATE_COLUMN.match(cell.column))
        ]

    def _clarify_columns(self, measure: Measure, cells: list[TableCell]) -> Answer:
        listed = "; ".join(
            f"{c.column}: {fmt(c.value, c.unit)}" for c in cells if c.value is not None
        )
        return Answer(
            kind="clarification",
            text=f"Bij {measure.label} ({measure.first.table}, {measure.first.municipality}) "
            f"staan voor {cells[0].period} meer kolommen. Welke bedoelt u? {listed}.",
            citations=tuple(self._citation(c) for c in cells[:1]),
        )

    def _clarify_no_year(self, measure: Measure) -> Answer:
        return Answer(
            kind="clarification",
            text=f"Bij het vorige cijfer ({_short(measure.label)}) vind ik geen jaar om van "
            "terug of vooruit te tellen. Noem het jaar dat u bedoelt.",
        )

    def _clarify_years(self, measure: Measure, cells: list[TableCell]) -> Answer:
        listed = "; ".join(f"{c.column}: {fmt(c.value, c.unit)}" for c in cells)
        return Answer(
            kind="clarification",
            text=f"Bij {measure.label} ({measure.first.table}, {measure.first.municipality}) "
            f"verschilt het bedrag per jaar. Welk jaar bedoelt u? {listed}.",
            citations=tuple(self._citation(c) for c in cells[:1]),
        )

    def _difference_column(
        self, measure: Measure, year: str | None, status: str, terms: Sequence[str]
    ) -> Answer | None:
        """'Wat is het verschil tussen begroting en realisatie?': the table's own Verschil
        column, or realisation minus the (amended) budget of one year."""
        printed = [
            c for c in measure.cells if DIFFERENCE_COLUMN.match(c.column) and c.value is not None
        ]
        # against the original budget, where the table prints it beside the amended one: the
        # printed Verschil is against the amended budget, so it is computed
        original = [
            c.period for c in measure.cells
            if status.endswith("+original") and re.search(VERSIONS["original"][1], c.column, re.I)
        ]  # fmt: skip
        # a row with columns of lasten, baten and saldo, and one Verschil that names none of
        # them: which one it is of is not printed
        measures = {tuple(column_measure_terms(c.column)) for c in measure.cells} - {()}
        if printed and len(measures) > 1 and not column_measure_terms(printed[0].column):
            printed = []
        if printed and not year and not original:
            return self._lookup(measure, printed[0], [], None)
        if original and not year and len(set(original)) == 1:
            year = original[0]
        pair = self._outcome_and_budget(measure, year, status, terms, forecast=False)
        own = printed[0] if printed and not original and printed[0].period in ("", year) else None
        if pair is not None:
            outcome, budget = pair
            assert outcome.value is not None and budget.value is not None
            if own is not None and abs(outcome.value - budget.value) != abs(own.value or 0):
                # cells rounded apart (13.737 - 13.119 is 618, the table prints 619): the
                # table's own Verschil of the year, as printed
                return self._lookup(measure, own, [], None)
            return self._difference(measure, *pair)
        periods = {c.period for c in measure.cells if c.period}
        if printed and periods == {year} and not printed[0].period:
            # no realisation to compute it from ('Prognose 2025'): the table's own Afwijking
            # column, undated in a table of the year asked only
            return self._lookup(measure, printed[0], [], None)
        return None

    @staticmethod
    def _same_measure_printed(m: Measure, last: TableCell) -> bool:
        """Whether a reading prints the measure (lasten, baten, saldo) of the last figure's
        column, when that column names one."""
        wanted = set(column_measure_terms(last.column))
        return not wanted or any(
            wanted & set(column_measure_terms(f"{c.column} {m.label}")) for c in m.cells
        )

    def _spent_before(self, measure: Measure, cell: TableCell) -> TableCell | None:
        """The column of what a row had come to up to the year before the cell's ('Uitgaven
        t/m 2024' beside 2025), when the row prints one."""
        if not YEAR.fullmatch(cell.period) or THROUGH.search(cell.column):
            return None
        before = [
            c for c in measure.cells
            if THROUGH.search(c.column) and c.period == str(int(cell.period) - 1)
            and c.value is not None and c.unit == cell.unit
        ]  # fmt: skip
        return before[0] if len(before) == 1 else None

    @staticmethod
    def _forecast(measure: Measure, year: str) -> TableCell | None:
        """The one column of a year's expected outcome ('Prognose 2024'), if the row has one."""
        expected = [
            c for c in measure.cells
            if c.period == year and FORECAST_COLUMN.search(c.column) and c.value is not None
        ]  # fmt: skip
        return expected[0] if len(expected) == 1 else None

    def _outcome_and_budget(
        self,
        measure: Measure,
        year: str | None,
        status: str,
        terms: Sequence[str],
        forecast: bool = True,
    ) -> tuple[TableCell, TableCell] | None:
        """The realisation of a year (or, with `forecast`, the year's prognosis when no
        realisation is printed) and the (amended) budget it is compared with."""
        years = (
            [year] if year else sorted({c.period for c in measure.cells if c.period}, reverse=True)
        )
        asked = status if status.startswith("begroot") else "begroot"
        for y in years:
            real = self._cell(measure, y, "realisatie", terms)
            budget = self._cell(measure, y, asked, terms)
            if real is None or real.status != "realisatie":
                real = self._forecast(measure, y) if forecast else None
                if real is not None and budget is real:
                    planned = [
                        c for c in measure.cells
                        if c.period == y and c.status == "begroot" and c is not real
                        and c.value is not None
                    ]  # fmt: skip
                    budget = planned[0] if len(planned) == 1 else None
            if (
                real is not None and budget is not None and real is not budget
                and budget.status == "begroot"
                and real.value is not None and budget.value is not None
            ):  # fmt: skip
                return real, budget
        return None

    # -- answer kinds -----------------------------------------------------------------------------

    def _citation(self, cell: TableCell) -> Citation:
        if cell.kind == "prose":
            locator = f"p. {cell.page}" if cell.page else f"regel {cell.line}"
        else:
            locator = f"tabel '{cell.table}', rij '{cell.row}', kolom '{cell.column}'"
            if cell.page:
                locator += f", p. {cell.page}"
        return Citation(
            document=cell.document_id,
            municipality=cell.municipality,
            section=cell.section,
            locator=locator,
            quote=cell.quote,
            title="",
            highlight=cell.raw,
            passage=cell.quote,
        )

    def _what(self, measure: Measure, cell: TableCell) -> str:
        column = _column_label(cell)
        if cell.status == "" and cell.period and not DAY_COLUMN.search(cell.column):
            column = cell.period  # ... but the day of a stand ('Stand 1-1-2031') is kept
        return f"{measure.label} ({column})" if column else measure.label

    def _lookup(
        self,
        measure: Measure,
        cell: TableCell,
        ranked: list[tuple[float, Measure]],
        year: str | None,
        taken_out: bool = False,
    ) -> Answer:
        assert cell.value is not None
        value = cell.value
        # 'Verminderingen  -175', or '500-' when what goes out of a reserve is asked: 500 out
        outflow = (
            cell.unit == "EUR" and value < 0 and (taken_out or _flow_kind(cell.column) == OUTFLOW)
        )
        if outflow:  # 'Verminderingen  -175': what goes out is 175
            value = -value
        value_text = fmt(value, cell.unit)
        where = f"in {cell.table}" if cell.table and cell.kind == "table" else "in de tekst"
        text = f"{self._what(measure, cell)}: {value_text} [1]."
        if cell.kind == "prose":
            text = f"{measure.label}: {value_text} [1]. Dit staat {where}: \u201c{cell.quote}\u201d"
        else:
            text += (
                f" Dit staat {where} ({cell.municipality}), rij '{cell.row}', kolom "
                f"'{cell.column}'."
            )
        if cell.scale > 1:
            text += (
                f" De tabel staat in x € {plain(Decimal(cell.scale))}; het bedrag is "
                f"omgerekend naar euro's (afgedrukt: {cell.raw})."
            )
        if cell.unit == "EUR" and cell.value < 0 and "baten" in (measure.label.lower()):
            text += " Baten staan in deze tabel als negatief bedrag."
        if outflow:
            text += f" Wat eruit gaat staat in de kolom '{cell.column}' als negatief bedrag."
        if cell.annotation:
            text += f" Opmerking bij dit cijfer: {cell.annotation}."
        text += self._check_note([cell])
        others = [m for s, m in ranked[1:3] if s >= MIN_SCORE and s >= ranked[0][0] - 0.05]
        same_year = [
            c for c in measure.cells
            if year and c is not cell and c.period == cell.period and c.value is not None
            and column_measure_terms(c.column) == column_measure_terms(cell.column)
        ]  # fmt: skip
        if same_year:  # jaarstukken: the budget and realisation of the year side by side
            when = f" voor {cell.period}" if cell.period else ""
            text += (
                f" Ook in deze tabel{when}: "
                + "; ".join(f"{c.column}: {fmt(c.value, c.unit)}" for c in same_year)
                + "."
            )
        if not year:
            rest = [c for c in measure.cells if c is not cell and c.value is not None]
            if rest:
                text += (
                    " Andere kolommen: "
                    + "; ".join(f"{c.column}: {fmt(c.value, c.unit)}" for c in rest[:6])
                    + "."
                )
        if others:
            text += (
                " Bedoelt u iets anders? Ook gevonden: "
                + "; ".join(f"{m.label} ({m.first.table or 'tekst'})" for m in others)
                + "."
            )
        figure = Figure(
            value=value,
            unit=cell.unit,
            label=measure.label,
            period=_column_label(cell),
            citation=0,
            scale=cell.scale,
        )
        return Answer(
            kind="figure",
            text=text,
            figures=(figure,),
            citations=(self._citation(cell),),
            understood_as=f"{self._what(measure, cell)}, {cell.municipality}",
            extra={"row": [c for c in measure.cells], "cell": cell},
        )

    def _check_note(self, cells: Sequence[TableCell]) -> str:
        """A warning when a cell's table failed its self-check (parts do not add up)."""
        tables = {(c.document_id, c.table) for c in cells}
        failed = [self._failed[k] for k in tables if k in self._failed]
        if not failed:
            return ""
        check = failed[0][0]  # the printed total only: an answer states no uncited number
        return (
            f" Let op: in deze tabel tellen de rijen niet op tot het gedrukte totaal "
            f"('{check.total_row}', {check.column}); mogelijk is de tabel niet goed gelezen. "
            "Controleer het cijfer in de bron."
        )

    def _computed_follow_up(
        self, q: str, state: FigureState, years: Sequence[str]
    ) -> Answer | None:
        """A figure computed from the last one, when a follow-up asks for it: 'Hoeveel is dat
        per inwoner?' (unless its row prints a rate per inhabitant, which the lookup finds),
        'Met hoeveel procent neemt dat toe?' (from the year before, in the same kind of
        column); else None."""
        measure, last = state.measure, state.last_cell
        if measure is None or last is None:
            return None
        if PER_INHABITANT.search(q) and not _prints_rate_per_inhabitant(measure):
            return self._per_inhabitant(measure, last)
        if ALL_YEARS.search(q) and not years:
            # 'En over alle jaren samen?': the row's own total column, else its years added
            whole = [
                c for c in measure.cells
                if TOTAL_COLUMN.match(c.column) and not c.period and c.value is not None
                and comparable(c, last)
            ]  # fmt: skip
            if len(whole) == 1:
                return self._lookup(measure, whole[0], [], None)
            span = sorted(
                (
                    c for c in measure.cells
                    if YEAR.fullmatch(c.period) and c.status == last.status
                    and c.value is not None and comparable(c, last)
                ),
                key=lambda c: c.period,
            )  # fmt: skip
            if len(span) >= 2 and len({c.period for c in span}) == len(span):
                return self._sum_years(measure, span)
        grows = PERCENT_ASKED.search(q) and GROWS.search(q) and not years
        if grows and (before := self._year_before(measure, last)) is not None:
            return self._pct_change(measure, before, last)
        return None

    def _year_before(self, measure: Measure, cell: TableCell) -> TableCell | None:
        """The row's figure of the year before `cell`'s, in the same kind of column, to
        compute a change from; None when the row does not print it."""
        if not YEAR.fullmatch(cell.period):
            return None
        before = self._cell(
            measure, str(int(cell.period) - 1), "", column_measure_terms(cell.column)
        )
        if before is None or before is cell or not before.value or not comparable(before, cell):
            return None
        return before

    def _per_inhabitant(self, measure: Measure, cell: TableCell) -> Answer:
        count = self._inhabitants_of(cell) if cell.unit == "EUR" and cell.value else None
        if count is None or not count.value:
            return Answer(
                kind="refusal",
                text=f"Ik reken {_short(measure.label)} niet om naar een bedrag per inwoner: "
                f"een aantal inwoners van {cell.municipality} dat daarbij hoort, vind ik niet "
                "(of ik vind er meer dan één) in de documenten.",
            )
        assert cell.value is not None
        value = (cell.value / count.value).quantize(Decimal("0.01"))
        derivation = f"{plain(cell.value)} / {plain(count.value)} = {plain(value)}"
        text = (
            f"{measure.label} per inwoner: {fmt(value, 'EUR')}. Dat is {fmt(cell.value, 'EUR')} "
            f"({cell.column or cell.period}) [1] gedeeld door {plain(count.value)} inwoners "
            f"({_short(count.column or count.row)}) [2]. Berekening: {derivation}."
        )
        return self._computed(
            value,
            "EUR",
            f"{measure.label} per inwoner",
            cell.period,
            derivation,
            text,
            [cell, count],
            f"{measure.label} gedeeld door het aantal inwoners",
        )

    def _inhabitants_of(self, cell: TableCell) -> TableCell | None:
        """The count of inhabitants an amount is divided by: the one printed in the amount's
        own row (a member's inhabitants beside its contribution), else the municipality's
        number of inhabitants ('Aantal inwoners per 1 januari 2027'), of the amount's year or
        the latest before it; None when there is none, or several that differ."""
        def inhabitants_in(rows: Callable[[Measure], bool]) -> list[TableCell]:
            return [
                c for m in self.measures
                if m.first.document_id == cell.document_id and rows(m)
                for c in m.cells
                if c.unit == "count" and c.value and INHABITANTS.search(c.column)
            ]  # fmt: skip

        def printed_beside(same_table: bool) -> list[TableCell]:
            return inhabitants_in(
                lambda m: m.first.row == cell.row and (m.first.table == cell.table) == same_table
            )

        def member_named() -> list[TableCell]:
            # ... or of the member the amount's row or column names ('Bijdrage gemeente
            # Voorschoten', 'Bijdrage Voorschoten' over years), in its row of a table of members
            named = f"{cell.row} {cell.column}"
            return inhabitants_in(
                lambda m: m.first.row != cell.row
                and len(m.first.row) >= 4 and m.first.row[:1].isupper()
                and re.search(rf"\b{re.escape(m.first.row)}\b", named) is not None
            )  # fmt: skip

        # ... or in the member's row of another table of the document (a table of members
        # with their inhabitants, another with their contributions)
        own_row = printed_beside(True) or (
            [] if TOTAL_ROW.match(cell.row) else printed_beside(False) or member_named()
        )
        if cell.kind == "table" and own_row:
            return own_row[0] if len({c.value for c in own_row}) == 1 else None
        counts = [
            c for m in self.measures
            if m.first.municipality == cell.municipality
            for c in m.cells
            if c.unit == "count" and c.value and ALL_INHABITANTS.match(c.row)
            and not PER_INHABITANT.search(c.column)
        ]  # fmt: skip

        def year_of(c: TableCell) -> str:
            return c.period or next(iter(YEAR.findall(f"{c.row} {c.column}")), "")

        if cell.period:
            before = [c for c in counts if year_of(c) and year_of(c) <= cell.period]
            counts = before or [c for c in counts if not year_of(c)] or counts
        latest = max((year_of(c) for c in counts), default="")
        counts = [c for c in counts if year_of(c) == latest]
        return counts[0] if len({c.value for c in counts}) == 1 else None

    def _computed(
        self,
        value: Decimal,
        unit: str,
        label: str,
        period: str,
        derivation: str,
        text: str,
        cells: Sequence[TableCell],
        understood_as: str,
    ) -> Answer:
        """A figure computed from cells: the result, its derivation, and every cell cited."""
        figure = Figure(
            value=value, unit=unit, label=label, period=period, citation=0, derivation=derivation
        )
        return Answer(
            kind="figure",
            text=text + self._check_note(cells),
            figures=(figure,),
            citations=tuple(self._citation(c) for c in cells),
            understood_as=understood_as,
        )

    @staticmethod
    def _amounts(
        later: Decimal, earlier: Decimal, apart: bool = False
    ) -> tuple[Decimal, Decimal, str]:
        """Lasten printed negative ('-' = nadeel) change as amounts: compute on those; so do
        the figures of one row in two documents (`apart`) that print its sign differently."""
        if later < 0 and earlier < 0:
            note = " (de tabel drukt deze bedragen negatief af; gerekend is met de bedragen)"
            return -later, -earlier, note
        if apart and (later < 0) != (earlier < 0):
            note = (
                " (de ene tabel drukt dit bedrag negatief af, de andere niet; gerekend is met de "
                "bedragen)"
            )
            return abs(later), abs(earlier), note
        return later, earlier, ""

    def _difference(self, measure: Measure, later: TableCell, earlier: TableCell) -> Answer:
        assert later.value is not None and earlier.value is not None
        if later == earlier:
            # 'Hoeveel hoger is dat dan de realisatie van 2023?' when 'dat' is that realisation
            return self._clarify_one_figure(measure, later)
        if not comparable(later, earlier):
            return self._refuse_unlike(measure, earlier, later)
        # (lasten or baten only: a saldo's sign is its figure, whatever the document)
        kinds = {_measure_named(measure)} | {
            t for c in (later, earlier) for t in column_measure_terms(c.column)
        }
        apart = (
            later.document_id != earlier.document_id
            and later.unit == "EUR"
            and bool(kinds & {"last", "baat"})
            and "saldo" not in kinds
        )
        a_val, b_val, note = self._amounts(later.value, earlier.value, apart)
        diff, derivation = _change(a_val, b_val)
        unit = later.unit
        verb = "stijgen" if diff > 0 else ("dalen" if diff < 0 else "blijven gelijk")
        a, b = self._what(measure, earlier), self._what(measure, later)
        if diff == 0:
            text = f"{measure.label} blijft gelijk: {fmt(later.value, unit)} [1][2]."
        else:
            # two percentages differ in percentage points, not in percent of either
            by = fmt(abs(diff), unit)
            if unit == "percent":
                by = f"{by.removesuffix('%')} procentpunt"
            text = (
                f"{measure.label}: van {fmt(b_val, unit)} ({a}) [2] naar "
                f"{fmt(a_val, unit)} ({b}) [1]; de waarden {verb} met "
                f"{by}{note}. Berekening: {derivation}."
            )
        return self._computed(
            diff,
            unit,
            f"Verschil {measure.label}",
            f"{earlier.column} → {later.column}",
            derivation,
            text,
            [later, earlier],
            f"verschil {measure.label}, {earlier.column} naar {later.column}, {later.municipality}",
        )

    def _pct_change(self, measure: Measure, first: TableCell, last: TableCell) -> Answer:
        assert first.value is not None and last.value is not None
        if first == last:
            return self._clarify_one_figure(measure, last)
        if not comparable(first, last):
            return self._refuse_unlike(measure, first, last)
        if first.value == 0:
            return Answer(kind="refusal", text="Een procentuele verandering vanaf 0 bestaat niet.")
        end, start, note = self._amounts(last.value, first.value)
        change, derivation = _change(end, start, percent=True)
        verb = "stijgen" if change > 0 else "dalen"
        text = (
            f"{measure.label} {verb} van {fmt(start, first.unit)} ({first.column}) [1] "
            f"naar {fmt(end, last.unit)} ({last.column}) [2]: een verandering van "
            f"{fmt(change, 'percent')}{note}. Berekening: {derivation}."
        )
        return self._computed(
            change,
            "percent",
            f"Verandering {measure.label}",
            f"{first.column} → {last.column}",
            derivation,
            text,
            [first, last],
            f"procentuele verandering {measure.label}",
        )

    def _sum_years(self, measure: Measure, cells: list[TableCell]) -> Answer:
        total = sum((c.value for c in cells if c.value is not None), Decimal(0))
        derivation = " + ".join(plain(c.value) for c in cells if c.value is not None)
        derivation += f" = {plain(total)}"
        unit = cells[0].unit
        text = (
            f"{measure.label} over {cells[0].column} tot en met {cells[-1].column} samen: "
            f"{fmt(total, unit)} [1]. Berekening: {derivation}."
        )
        return self._computed(
            total,
            unit,
            f"{measure.label} samen",
            f"{cells[0].column}-{cells[-1].column}",
            derivation,
            text,
            cells,
            f"som {measure.label}, {cells[0].column}-{cells[-1].column}",
        )

    def _sum_rows(self, measures: list[Measure], cells: list[TableCell | None]) -> Answer:
        """'A en B samen': the asked year's cells of several rows added up."""
        found = [c for c in cells if c is not None and c.value is not None]
        return self._added_up(" en ".join(m.label for m in measures), found)

    def _sum_of_last(self, cells: Sequence[TableCell]) -> Answer:
        """'Hoeveel is dat samen?' after two figures: the two added up, when they are of one
        kind; else a question back with the two."""
        first, second = cells
        if first.unit != second.unit or first.value is None or second.value is None:
            return self._clarify_sum()
        names = " en ".join(dict.fromkeys(f"{c.row} ({_column_label(c)})" for c in cells))
        period = first.period if first.period == second.period else ""
        return self._added_up(names, cells, period)

    def _added_up(self, names: str, cells: Sequence[TableCell], period: str = "") -> Answer:
        """Cells added up, with the sum's derivation and every cell cited."""
        total = sum((c.value for c in cells), Decimal(0))  # type: ignore[misc]
        derivation = " + ".join(plain(c.value) for c in cells) + f" = {plain(total)}"  # type: ignore[arg-type]
        text = (
            f"{names} samen: {fmt(total, cells[0].unit)}. Berekening: {derivation} "
            + "".join(f"[{i}]" for i in range(1, len(cells) + 1))
            + "."
        )
        return self._computed(
            total, cells[0].unit, f"{names} samen", period, derivation, text, cells,
            f"som van {names}",
        )  # fmt: skip

    def _subtotal_named(
        self, terms: list[str], municipality: str | None, part: Measure
    ) -> Measure | None:
        """A part asked by the name of a group of rows ('naar zuivering'): the group's total
        row ('Totaal zuivering'), which names it in as many words as the row found, and
        nothing else."""
        subject = {t for t in terms if not _is_generic(t) and t not in _MEASURE_STEMS}
        if not subject:
            return None
        ranked = self.rank(terms, municipality)
        best = max((sc for sc, m in ranked if m.key == part.key), default=0)
        for score, m in ranked[:5]:
            if (
                m.key[:2] == part.key[:2]
                and TOTAL_ROW.match(m.first.row)
                and _own_words(m) == subject
                and score >= best - CLOSE_CALL
            ):
                return m
        return None

    def _whole_of(self, part: Measure, asked: list[str]) -> Measure | None:
        """The total a share divides by, in a table of groups with their totals: the total
        the question names ('van de lasten van zuivering'), else the total of the whole
        table, never the total of another group (or of the part's own group when the part
        is not that group)."""
        totals = [
            m for m in self.measures
            if m.key[:2] == part.key[:2] and m.key != part.key and TOTAL_ROW.match(m.first.row)
        ]  # fmt: skip
        if len(totals) < 2:
            return None
        named = [
            m for m in totals
            if (own := _own_words(m)) and own <= set(asked)
            and not own & set(stems(part.first.row))
        ]  # fmt: skip
        if named:
            return max(named, key=lambda m: len(_own_words(m)))
        # a total that names a group of the table ('Totaal zuivering') is that group's
        groups = {
            t for m in self.measures if m.key[:2] == part.key[:2]
            for t in _own_words_of(m.first.group)
        }  # fmt: skip
        overall = [m for m in totals if not _own_words(m) & groups]
        in_group = [m for m in overall if m.key[:3] == part.key[:3]]
        return next(iter(in_group or overall), None)

    def _of_shares(self, cell: TableCell) -> bool:
        """Whether a percentage is in a column of shares of one whole: the column's other
        rows add up to 100%, or its total row prints 100%."""
        column = [
            c for m in self._document_measures.get(cell.document_id, [])
            if m.key[:2] == (cell.document_id, cell.table)
            for c in m.cells
            if c.column == cell.column and c.unit == "percent" and c.value is not None
        ]  # fmt: skip
        total = [c for c in column if TOTAL_ROW.match(c.row)]
        if total:
            return all(abs(c.value - 100) <= Decimal("0.5") for c in total)  # type: ignore[operator]
        return len(column) > 1 and abs(sum(c.value for c in column) - 100) <= Decimal("0.5")  # type: ignore[misc]

    def _printed_as_percentage(
        self, q: str, whole: Measure, asked: list[str], municipality: str | None
    ) -> bool:
        """'Hoeveel procent van de WOZ-waarde ...': a whole the total found does not name,
        and a row that names it prints the percentage (a tariff): read, not computed."""
        of = SHARE_OF.search(q)
        named = {t for t in question_terms(of.group(1)) if not _is_generic(t)} if of else set()
        if not named:
            return False
        printed = set(stems(f"{whole.first.row} {whole.first.group} {whole.first.table}"))
        if any(w in p or p in w for w in named for p in printed if len(p) > 3):
            return False
        return any(
            "percent" in _units_of(m) and named & set(stems(m.first.row))
            for _, m in self.rank(asked, municipality)[:5]
        )

    def _share(
        self,
        q: str,
        terms: list[str],
        years: tuple[str, ...],
        municipality: str | None,
        state: FigureState,
        whole_named: bool = True,
    ) -> tuple[Answer, FigureState] | None:
        """'Welk aandeel van de totale lasten is voor Onderwijs?': part / total × 100; None
        when the part asked for is itself a percentage or a grade (read, not computed), or,
        for a whole the question does not name as a total ('Hoeveel procent van de jongeren
        ...?'), when no part with a total is found."""
        named = _parts_named(q)
        asked = list(terms)  # the column the question names ('van alle lasten')
        if named:  # 'gaat naar inkomensregelingen': the part is what the money goes to
            terms = [
                t for t in question_terms(named[-1]) if t not in self._scope_of(municipality, q)
            ]
            # ... of the measure the whole names ('van alle uitgaven': its lasten)
            terms += [t for t in asked if t in _MEASURE_STEMS and t not in terms]
        part_rank = self.rank(terms, municipality, exclude_totals=True)
        if not part_rank or part_rank[0][0] < MIN_SCORE:
            return (self._refuse_unknown(q), state) if whole_named else None
        # a share is one of a table's rows in its total: a table's row about as good as a
        # sentence's figure (rounded: '€ 49,8 miljoen') is the part
        in_tables = [
            m for score, m in part_rank
            if m.first.kind == "table" and score >= part_rank[0][0] - 2 * CLOSE_CALL
        ]  # fmt: skip
        year = years[0] if years else None
        # 'van de werkelijke lasten in 2024': the part as realised that year (the jaarstukken'
        # row), not as budgeted for it (the begroting's)
        status = "realisatie" if year and REALISED_ASKED.search(q) else ""
        if status:
            in_tables = [m for m in in_tables if self._done_in(m, year, asked)] or in_tables
        part = in_tables[0] if in_tables else part_rank[0][1]
        # one name in two groups of rows ('Netto te dekken kosten' under Afval and under
        # Riolering), as good as each other
        near = {m.key for m in in_tables[:6]}
        namesakes = [
            m for score, m in part_rank
            if m.key in near and score >= part_rank[0][0] - CLOSE_CALL / 5
            and m.first.row == part.first.row and m.first.group != part.first.group
        ]  # fmt: skip
        part = self._subtotal_named(terms, municipality, part) or part
        percentages = [
            c for c in part.cells
            if c.unit == "percent" and c.value is not None and c.period in ("", year or "")
        ]  # fmt: skip
        # a column the question names, or the one column of shares of its row ('Aandeel'
        # beside the contributions, adding up to 100%)
        printed = [c for c in percentages if set(stems(c.column)) & set(terms)] or [
            c for c in percentages if self._of_shares(c)
        ]
        if len(printed) == 1:
            # the part's share as its row prints it ('volgens de verdeelsleutel': the column
            # 'Verdeelsleutel 14,62%'), not computed
            return None
        # the column the question names, the same one for the whole; a share of money
        # ('van alle bijdragen') is one of amounts, never of the inhabitants beside them
        if PEOPLE_SHARE.search(q) and _units_of(part) == {"EUR"}:
            # a share of people ('welk percentage van de inwoners heeft schulden') is never
            # one of amounts ('Kortlopende schulden' in 'Totaal passiva')
            return None
        if NAMES_MONEY.search(q) and "EUR" in _units_of(part):
            part = _cells_in(part, {"EUR"})
        if namesakes and _units_of(part) <= set(ADDABLE):
            # ... of amounts: which one's share is asked is not said
            options = [part, *namesakes]
            return self._clarify([(m, self._cell(m, year, status, asked)) for m in options]), state
        c_part = self._cell(part, year, status, asked)
        totals = [
            m
            for m in self.measures
            if m.key[:3] == part.key[:3]
            and (
                TOTAL_ROW.match(m.first.row) is not None  # 'Totaal baten', 'Totale baten'
                # ... or the BBV's total of them, in a column of lasten or baten (in a
                # programme's table of years the same words name its saldo)
                or (
                    ALL_LASTEN_BATEN.match(m.first.row) is not None
                    and c_part is not None
                    and bool(column_measure_terms(c_part.column))
                )
            )
        ]
        wanted = {t for t in asked if t in _MEASURE_STEMS}
        if not totals and whole_named and wanted and _measure_named(part) in wanted:
            # a programme's own table has no total ('Lasten' of programma 5), and the whole
            # named is all of that measure ('van alle uitgaven'): the document's total of it,
            # printed alike wherever it is printed
            totals = [
                m for m in self.measures
                if m.first.document_id == part.first.document_id and m.first.kind == "table"
                and TOTAL_ROW.match(m.first.row)
                and set(stems(m.first.row)) - {"totaal"} <= wanted
            ]  # fmt: skip
            printed = {
                c.value for m in totals for c in m.cells
                if c_part is not None and c.column == c_part.column
            }  # fmt: skip
            if len(printed) != 1:
                totals = []
        if not totals:
            return (self._refuse_unknown(q), state) if whole_named else None
        whole = self._whole_of(part, asked) or totals[0]
        if not whole_named and self._printed_as_percentage(q, whole, asked, municipality):
            return None
        c_whole = next(
            (c for c in whole.cells if c_part is not None and c.column == c_part.column),
            self._cell(whole, year, "", asked),
        )
        if c_part is not None and c_part.unit not in ADDABLE:
            return None
        if c_part is None or c_whole is None or not c_whole.value or c_part.value is None:
            return self._refuse_year(part, year or ""), state
        named_by = (
            set(column_measure_terms(c_whole.column))  # the BBV's total: what its column is
            if ALL_LASTEN_BATEN.match(whole.first.row)
            else {_measure_named(replace(whole, cells=(c_whole,)))}
        )
        if wanted and not named_by & wanted:
            # 'van alle baten': a table's total of something else (advances on the balance
            # sheet, under a heading 'Toelichting op baten en lasten') is not the whole the
            # question divides by
            return self._refuse_unknown(q), state
        stated = _stated_amounts(q)
        if stated and not any(abs(abs(c_whole.value) - a) <= a * Decimal("0.02") for a in stated):
            # 'van alle lasten (in totaal zo'n € 88,3 miljoen)': the whole the resident means
            # is not the total this table prints; dividing by it would answer another question
            return self._refuse_other_whole(whole, c_whole, stated[0]), state
        whole_of = WHOLE_OF.search(q)
        meant = self._covered_in(whole_of.group(1)) if whole_of else None
        if meant is not None and meant != c_whole.municipality:
            # 'Welk deel van de totale lasten van Wassenaar is de bijdrage aan Duivenvoorde?':
            # the whole asked is another body's than the total found beside the part
            return self._refuse_share(f"in een totaal van {meant}", c_part), state
        last = state.last_cell
        if POINTS_TO_LAST.search(q) and last is not None and not (
            last.municipality == c_whole.municipality and _agree(last, c_whole)
        ):
            # 'Welk percentage daarvan ...?': the whole is the last figure, not another total
            asked = f"van het laatste cijfer, {_said(last)} [1]"
            return self._refuse_share(asked, c_part, last), state
        if (c_part.document_id, c_part.table) in self._failed and any(
            m.key[:2] == part.key[:2] and m.key != part.key and m.first.row == part.first.row
            for m in self.measures
        ):
            # a part whose name stands twice in a table whose rows do not add up to its totals
            # as read: which of the two belongs to which total is not known (a table that
            # prints each total above its parts, lasten and baten under the same names, read
            # as one with totals under them), so no share is computed from it
            return self._refuse_share_misread(c_part, c_whole), state
        answer = self._share_answer(c_part, c_whole, part.label, whole.label)
        return answer, replace(state, measure=part)

    def _share_of_last(self, q: str, state: FigureState) -> Answer | None:
        """'Welk percentage daarvan gaat naar Duivenvoorde?' after what Wassenaar pays
        Duivenvoorde and Wassenaar's total lasten: the earlier figure in the last one, when the
        question's words name the earlier figure and both are amounts of one year."""
        if not POINTS_TO_LAST.search(q) or len(state.recent) != 2:
            return None
        earlier, last = state.recent
        if earlier is None or last is None or earlier.value is None or not last.value:
            return None
        if earlier.unit != "EUR" or last.unit != "EUR" or earlier.period != last.period:
            return None
        # the words of what the share goes to ('naar Duivenvoorde'), the body's name included
        named = {t for t in question_terms(" ".join(_parts_named(q))) if not _is_generic(t)}
        printed = set(stems(f"{earlier.municipality} {earlier.table} {earlier.row}"))
        if not named or not named <= printed:
            return None
        return self._share_answer(earlier, last, earlier.row, last.row)

    def _share_answer(
        self, c_part: TableCell, c_whole: TableCell, part: str, whole: str
    ) -> Answer:
        """The share of one cell in another, with its derivation and both cells cited."""
        assert c_part.value is not None and c_whole.value
        share = c_part.value / c_whole.value * 100
        derivation = (
            f"{plain(c_part.value)} / {plain(c_whole.value)} × 100 = "
            f"{plain(share.quantize(Decimal('0.0001')))}%"
        )
        column = _column_label(c_part)
        text = (
            f"Het aandeel van {part} in {whole} ({column}) is "
            f"{fmt(share, 'percent')}: {fmt(c_part.value, c_part.unit)} [1] van "
            f"{fmt(c_whole.value, c_whole.unit)} [2]. Berekening: {derivation}."
        )
        return self._computed(
            share, "percent", f"Aandeel {part}", c_part.column, derivation, text,
            [c_part, c_whole], f"aandeel {part} in {whole}, {column}",
        )  # fmt: skip

    def _refuse_share(self, asked: str, c_part: TableCell, *cited: TableCell) -> Answer:
        """No share computed: the part found is not of the whole asked (`asked` says which,
        citing `cited` before the part)."""
        return Answer(
            kind="refusal",
            text=(
                f"U vraagt een aandeel {asked}, maar het deel dat ik vind, {_said(c_part)} "
                f"[{len(cited) + 1}], hoort bij een ander totaal. Een aandeel van een totaal "
                "uit een andere tabel of een ander document reken ik niet uit; vraag eerst het "
                "deel en dan het totaal, dan ziet u beide met hun bron, en vraag daarna 'Welk "
                "percentage daarvan ...?'."
            ),
            citations=tuple(self._citation(c) for c in (*cited, c_part)),
        )

    def _refuse_share_misread(self, c_part: TableCell, c_whole: TableCell) -> Answer:
        check = self._failed[(c_part.document_id, c_part.table)][0]
        return Answer(
            kind="refusal",
            text=(
                f"Een aandeel reken ik hier niet uit: in {c_part.table} tellen de "
                f"rijen niet op tot het gedrukte totaal ('{check.total_row}', {check.column}), "
                "dus ik weet niet zeker welk deel bij welk totaal hoort. Het deel en het "
                "totaal dat ik vond staan in de bronnen [1] [2]; controleer ze daar."
            ),
            citations=(self._citation(c_part), self._citation(c_whole)),
        )

    def _refuse_other_whole(self, whole: Measure, cell: TableCell, stated: Decimal) -> Answer:
        return Answer(
            kind="refusal",
            text=(
                f"U noemt een totaal van {fmt(stated, 'EUR')}, maar het totaal dat ik vind is "
                f"{whole.label} ({cell.column}): {fmt(cell.value or Decimal(0), cell.unit)} [1]. "
                "Een aandeel van een ander totaal reken ik niet uit; noem het totaal zoals het "
                "in de begroting staat."
            ),
            citations=(self._citation(cell),),
        )

    def _go_on(self, earlier: str, follow_up: str) -> str:
        """The earlier question with what the follow-up changes: its years ("En in 2026?",
        "En vorig jaar?"), its words ("En hoeveel daarvan in 2025?"), or, when it is a bare
        name ("En de rioolheffing?"), that subject in the earlier question's words."""
        rest = STUB.sub("", follow_up).strip(" ?")
        earlier_years = YEAR.findall(earlier)
        if earlier_years:
            for words, step in RELATIVE_YEARS:
                rest = words.sub(str(int(earlier_years[-1]) + step), rest)
        years = YEAR.findall(rest)
        bare = YEAR.sub(" ", rest)
        subject = [t for t in question_terms(bare) if not _is_generic(t)]
        # a name alone, even one a cue word ends ('de rioolheffing'), asks nothing new
        name_only = len(bare.split()) <= 4 and not re.search(r"\b(hoeveel|hoe|wat|welk)", bare)
        lead = ASKED.match(earlier)
        if subject and name_only and lead:
            # 'Hoeveel brengt de afvalstoffenheffing in 2024 op?' + 'En de rioolheffing?'
            when = f" in {years[0] if years else earlier_years[-1]}" if earlier_years else ""
            return f"{lead.group(0)} {bare.strip()}{when}?"
        base = YEAR.sub(years[0], earlier) if years and earlier_years else earlier
        return f"{base.rstrip(' ?')} {rest}?"

    def _refuse_same_again(self, cell: TableCell, status: str) -> Answer:
        asked = {
            "realisatie": "wat er werkelijk is uitgegeven of ontvangen",
            "ist": "wat er werkelijk is gemeten",
            "soll": "wat het doel was",
        }.get(status, "wat ervoor begroot was")
        return Answer(
            kind="refusal",
            text=f"Ik vind alleen het cijfer dat ik net gaf ({fmt(cell.value, cell.unit)}) [1]; "
            f"dat zegt niet {asked}. Een ander cijfer daarover vind ik niet in de documenten.",
            citations=(self._citation(cell),),
        )

    def _clarify_one_figure(self, measure: Measure, cell: TableCell) -> Answer:
        return Answer(
            kind="clarification",
            text=f"Beide kanten van die vergelijking zijn hetzelfde cijfer: {measure.label} "
            f"{fmt(cell.value, cell.unit)} ({cell.column or cell.period}) [1]. Met welk ander "
            "jaar of welke andere kolom wilt u het vergelijken?",
            citations=(self._citation(cell),),
        )

    def _refuse_unlike(self, measure: Measure, one: TableCell, other: TableCell) -> Answer:
        return Answer(
            kind="refusal",
            text=f"Bij {measure.label} ({one.municipality}) staan de cijfers voor die jaren in "
            f"kolommen van een andere soort ('{one.column}' en '{other.column}'); die vergelijk "
            "ik niet met elkaar. Vraag naar één van beide kolommen.",
            citations=(self._citation(one), self._citation(other)),
        )

    @staticmethod
    def _clarify_sum() -> Answer:
        return Answer(
            kind="clarification",
            text="Optellen doe ik met de laatste twee cijfers die ik heb gegeven, als het "
            "cijfers van dezelfde soort uit de tabellen zijn; dat is hier niet zo. Noem de "
            "cijfers die u samen wilt weten, bijvoorbeeld: 'Wat zijn de lasten van Jeugd en "
            "Wmo in 2022 samen?'",
        )

    @staticmethod
    def _clarify_apart() -> Answer:
        return Answer(
            kind="clarification",
            text="Een verschil reken ik uit tussen de laatste twee cijfers die ik heb gegeven, "
            "als het hetzelfde onderwerp in twee jaren of twee documenten is; dat is hier niet "
            "zo. Noem wat u wilt vergelijken, bijvoorbeeld: 'Hoeveel zijn de lasten van Jeugd "
            "in 2023 hoger dan in 2022?'",
        )

    def _clarify_follow_up(self, question: str) -> Answer:
        return Answer(
            kind="clarification",
            text=f"Ik weet niet waar \u201c{question}\u201d op aansluit: er is nog geen cijfer "
            "in dit gesprek. Stel de hele vraag, bijvoorbeeld: 'Wat zijn de lasten van Jeugd "
            "in 2022?'",
        )

    def _clarify_unplaced(self, question: str, last: Measure | None) -> Answer:
        about = f" over {last.label} ({last.first.municipality})" if last else ""
        return Answer(
            kind="clarification",
            text=f"Ik kan “{question}” niet plaatsen in de cijfers{about}. Noemt u "
            "een jaar, een ander onderwerp uit de tabel, of stel de hele vraag, bijvoorbeeld: "
            "'Wat zijn de baten van Jeugd in 2022?'",
        )

    def _clarify_change(self, measure: Measure, cell: TableCell) -> Answer:
        asked = (
            f"U vraagt naar een verandering, maar bij {_short(measure.label)} "
            f"({cell.table or 'de tekst'}, {cell.municipality})"
        )
        if sum(c.value is not None for c in measure.cells) < 2:
            # one figure, no other year or column to compare it with: nothing to ask
            return self._refuse_citing(
                measure,
                f"{asked} vind ik maar één cijfer [1], geen verandering en geen tweede cijfer "
                "om het mee te vergelijken.",
            )
        return Answer(
            kind="clarification",
            text=f"{asked} vind ik alleen bedragen per jaar of kolom, geen verandering. "
            "Noem de twee jaren of kolommen die u wilt vergelijken, bijvoorbeeld 'van 2023 naar "
            "2024' of 'begroot en werkelijk', dan reken ik het verschil uit.",
        )

    def _rate_and_yield(
        self, ranked: list[tuple[float, Measure]], year: str | None, status: str,
        terms: Sequence[str],
    ) -> list[tuple[Measure, TableCell]] | None:
        """The best total and the best rate of a levy, with their cells for the year asked,
        when both fit well, both name all the question asks and both have that year."""
        full = [
            (m, c) for sc, m in ranked
            if sc >= MIN_SCORE and self._subject_cover.get(m.key, 0.0) >= 1.0
            and (c := self._cell(m, year, status, terms)) is not None and c.value is not None
        ]  # fmt: skip
        rates = [(m, c) for m, c in full if RATE.search(_described(m))]
        totals = [
            (m, c) for m, c in full if not RATE.search(_described(m)) and c.unit == "EUR"
        ]  # fmt: skip
        return [totals[0], rates[0]] if rates and totals else None

    def _clarify(self, options: list[tuple[Measure, TableCell | None]]) -> Answer:
        """Equally good readings: ask which one is meant, listing them with the figure each
        gives, so the user sees what the choice is between."""
        documents = {m.first.document_id for m, _ in options}
        bodies = {m.first.municipality for m, _ in options}
        # (one name in two groups of a table: each with its group, 'Netto te dekken kosten
        # (Riolering)')
        named = Counter((m.label, m.first.table) for m, _ in options)

        def option(m: Measure, c: TableCell | None) -> str:
            name = m.label
            if named[(m.label, m.first.table)] > 1 and m.first.group not in name:
                name = f"{name} ({m.first.group})"
            where = f"{name} ({m.first.table or 'tekst'}, {m.first.municipality}"
            if len(documents) > len(bodies):
                # two documents of one body (two editions): which one each is
                document = m.first.document_id
                kind = self._document_types.get(document, "document")
                where += f", {kind} {self._document_years.get(document, '')}".rstrip()
            where += ")"
            if c is None or c.value is None:
                return where
            return f"{where}: {fmt(c.value, c.unit)}" + (f" ({c.column})" if c.column else "")

        shown = options[:6]
        listed = "; ".join(option(m, c) for m, c in shown)
        return Answer(
            kind="clarification",
            text=f"Uw vraag past even goed bij meer dan één cijfer. Welke bedoelt u? {listed}. "
            "Noem de gemeente, het document (met zijn jaar) of de tabel erbij.",
            citations=tuple(self._citation(c) for _, c in shown if c is not None),
        )

    # -- refusals --------------------------------------------------------------------------------

    def _refuse_not_realised(self, measure: Measure, cell: TableCell) -> Answer:
        return Answer(
            kind="refusal",
            text=f"Voor {cell.period} staat bij {measure.label} ({measure.first.table}, "
            f"{measure.first.municipality}) alleen een begroot bedrag (kolom '{cell.column}'), "
            "geen realisatie. Wat werkelijk is uitgegeven staat pas in de jaarstukken van dat "
            "jaar.",
            citations=(self._citation(cell),),
        )

    def _refuse_year(self, measure: Measure, year: str) -> Answer:
        periods = sorted({c.period for c in measure.cells if c.period and c.value is not None})
        where = f"{measure.first.table} van {measure.first.municipality}"
        marker = next(
            (c.raw for c in measure.cells if c.period == year and c.raw and c.value is None), ""
        )
        span = ""
        if periods:
            span = periods[0] if len(periods) == 1 else f"{periods[0]} tot en met {periods[-1]}"
        if marker and periods:
            # 'n.b.' printed for the year: the table says the figure is not known
            text = (
                f"Voor {year} staat bij {measure.label} geen cijfer in {where}: er staat "
                f"'{marker}'. De tabel geeft {measure.label} voor {span}."
            )
        elif periods:
            text = (
                f"Voor {year} staat {measure.label} niet in de documenten. {where} geeft "
                f"{measure.label} voor {span}."
            )
        elif measure.first.kind == "prose":
            # a sentence that gives no figure of that year: quote it, say what is missing
            quoted = f"\u201c{_short(measure.first.quote, 200)}\u201d [1]"
            said = (
                f"Er staat wel: {quoted}; een cijfer van {year} geeft die zin niet."
                if YEAR.search(measure.first.quote)
                else f"Er staat wel, zonder dat jaar: {quoted}. Of dat voor {year} geldt, zegt "
                "de tekst niet; ik geef het daarom niet als antwoord."
            )
            return Answer(
                kind="refusal",
                text=f"Voor {year} vind ik dat cijfer niet in de documenten. {said}",
                citations=(self._citation(measure.first),),
            )
        else:
            text = f"Voor {year} staat {measure.label} niet in de documenten."
        return Answer(kind="refusal", text=text)

    def _refuse_unit(self, question: str, units: set[str], closest: Measure) -> Answer:
        """The question asks for a kind of number (an amount, a count) that no fitting row
        holds: say what the closest row does hold rather than give it as the answer."""
        names = {"EUR": "een bedrag", "count": "een aantal", "percent": "een percentage",
                 "grade": "een cijfer", "ratio": "een verhouding"}  # fmt: skip
        asked = "een verhouding" if len(units) > 2 else " of ".join(sorted(names[u] for u in units))
        held = names.get(_unit_of(closest), "een ander soort getal")
        return Answer(
            kind="refusal",
            text=f"U vraagt naar {asked}, maar het dichtstbijzijnde cijfer in de documenten is "
            f"{held}: {closest.label} ({closest.first.table or 'tekst'}, "
            f"{closest.first.municipality}). Dat geef ik niet als antwoord op uw vraag. "
            f"{self.coverage}",
        )

    def _refuse_citing(self, measure: Measure, text: str) -> Answer:
        """A refusal that says why, citing where the nearest figure stands."""
        return Answer(kind="refusal", text=text, citations=(self._citation(measure.first),))

    def _refuse_one_for_both(self, measure: Measure, first: str, last: str) -> Answer:
        """One figure printed for two years together: no change between them."""
        return self._refuse_citing(
            measure,
            f"De documenten geven voor {first} en {last} samen één cijfer: "
            f"\u201c{_short(measure.first.quote, 200)}\u201d [1]. Hoe het van {first} naar "
            f"{last} verandert, staat er niet in; dat reken ik niet uit.",
        )

    def _refuse_only_change(self, measure: Measure) -> Answer:
        """The documents say by how much it changes, not what it amounts to."""
        return self._refuse_citing(
            measure,
            "Het bedrag zelf staat niet in de documenten. Wel staat er een verandering bij "
            f"{_short(measure.label)}: \u201c{_short(measure.first.quote, 200)}\u201d [1]. Dat "
            "is wat er bij komt of af gaat ten opzichte van eerder, niet het totaal; ik geef "
            "het daarom niet als antwoord op uw vraag.",
        )

    def _refuse_no_variance(self, measure: Measure) -> Answer:
        """A difference with the budget asked, where no budget and outcome stand side by side."""
        return self._refuse_citing(
            measure,
            "U vraagt naar het verschil met de begroting, maar bij "
            f"{_short(measure.label)} vind ik geen begroting en uitkomst van hetzelfde jaar om "
            "te vergelijken [1]. Een bedrag alleen is geen antwoord op die vraag.",
        )

    def _refuse_only_allocation(self, measure: Measure) -> Answer:
        return self._refuse_citing(
            measure,
            "Hoeveel er nog over is, staat niet in de documenten. Wel staat er hoeveel er "
            f"beschikbaar is gesteld: \u201c{_short(measure.first.quote, 200)}\u201d [1]. Dat "
            "is het bedrag van het begin, niet wat er nu nog resteert.",
        )

    def _refuse_elsewhere(self, measure: Measure, municipality: str) -> Answer:
        return Answer(
            kind="refusal",
            text=f"Voor {municipality} staat {measure.label} niet in de documenten die ik heb. "
            f"{self.coverage}",
        )

    def _refuse_sum(self, found: list[Measure], mixed: bool = False) -> Answer:
        listed = "; ".join(
            f"{_short(m.label)} ({_short(m.first.table) or 'tekst'})" for m in found
        )
        why = (
            "De delen die ik vind zijn geen bedragen of aantallen van één soort (zoals "
            "percentages), en die tel ik niet op. "
            if mixed
            else "Ik vind niet voor elk deel van die optelling een cijfer in één tabel, dus ik "
            "tel niets op. "
        )
        return Answer(
            kind="refusal",
            text=why
            + (f"Wel gevonden: {listed}. " if found else "")
            + "Vraag de delen los, of noem de tabel.",
        )

    def _payment_named(self, question: str) -> bool:
        """Whether a question names a payment between a member (a row of a body's table) and
        a body with documents: a subject of its own, whatever the conversation was about."""
        members = set(self._row_names(question))
        return (
            PAYMENT.search(question) is not None
            and bool(members)
            and any(name in question and name not in members for name in self._municipalities)
        )

    def _row_names(self, question: str) -> list[str]:
        """Names in a question that are a whole row of some table and no Dutch word: the
        members of a body ('Hoeveel betaalt Heuvelmonde aan de veiligheidsregio?'), whether or
        not they are on the list of municipalities."""
        return [
            word
            for word in capitalised(question)
            # (also as the row of a municipality: 'Gemeente Heuvelmonde')
            if {word.lower(), f"gemeente {word.lower()}"} & self._row_labels
            and not is_dutch_word(word)
        ]

    def _holds(self, measure: Measure, terms: list[str]) -> bool:
        """Whether a row's words (its label, group, columns, table) name any of `terms`, as
        printed or as a part of a compound ('inwoner' of 'Inwoners 1-1-2028')."""
        columns = {t for c in measure.cells for t in stems(c.column)}
        fields = {*self._by_key[measure.key][1], *columns}
        return any(
            t in fields or any(len(t) >= 4 and t in f or len(f) >= 5 and f in t for f in fields)
            for t in terms
        )

    def _member_columns(
        self,
        terms: list[str],
        partners: list[str],
        member_stems: set[str],
        municipality: str | None,
        q: str,
    ) -> list[tuple[float, Measure]]:
        """The rows that name every member asked about and print each of the question's
        other subject words in a column, as readings just good enough to answer."""
        scope = self._scope_of(municipality, q)
        subject = {
            t for t in terms if not _is_generic(t) and t not in member_stems and t not in scope
        }
        if not subject:
            return []
        # (a word and the words it stands for are one subject: 'overschot' or 'resultaat')
        concepts: dict[str, set[str]] = {}
        for t in subject:
            concepts.setdefault(SYNONYM_OF.get(t, t), set()).add(t)

        def printed(column_stems: set[str]) -> bool:
            # (a word as the first part of a column's compound: 'terug' of 'Terugbetaling')
            return all(
                any(t in column_stems or _begins_compound_of(t, column_stems) for t in words)
                for words in concepts.values()
            )

        return [
            (MIN_SCORE, m)
            for m in self.measures
            if (not municipality or m.first.municipality == municipality)
            and all(_names(m, p) for p in partners)
            and printed({t for c in m.cells for t in stems(c.column)})
        ]

    def _outsider(self, question: str, partners: list[str]) -> str | None:
        """A municipality the question asks about that has no documents here, but is a row
        of another body's table (a member of a gemeenschappelijke regeling)."""
        named = [
            m.group(1)
            for m in re.finditer(r"\bgemeente\s+([A-Z][\w'-]+)", question)
            if m.group(1) not in self._municipalities
        ]
        # (a partner named without 'gemeente' is asked about as a partner: 'Hoeveel kreeg de
        # regeling van Almelo?')
        return next(
            (n for n in named if n.lower() in self._row_labels or n in partners), None
        )

    def _refuse_outsider(self, name: str) -> Answer:
        # (a partner's row may name it among other words: 'Baten GR Gemeente Hengelo')
        bodies = sorted({m.first.municipality for m in self.measures if _names(m, name)})
        return Answer(
            kind="refusal",
            text=f"Over de gemeente {name} zelf heb ik geen documenten. {name} komt alleen voor "
            f"als deelnemer in de documenten van {' en '.join(bodies)}, bijvoorbeeld met een "
            f"bijdrage; de lasten, baten en heffingen van {name} zelf staan daar niet in. "
            f"Vraag naar de bijdrage van {name}, of voeg een begroting van {name} toe. "
            f"{self.coverage}",
        )

    def _across_editions(
        self, q: str, editions: dict[str, set[str]], state: FigureState
    ) -> Answer:
        """Two editions of a document compared ('meer in de begroting 2021 dan in de
        begroting 2020', 'van de begroting 2020 naar de begroting 2021'): the same row read
        in each, for the year the question names besides the editions (else each edition's
        own year), the later edition's figure against the earlier one's."""
        # the body asked about, else the one with an edition of each year named
        asked = state.municipality or self._covered_in(q)
        of = self._municipality_of
        municipalities = set.intersection(*(
            {of.get(d) for d in ds if asked in (None, of.get(d))} for ds in editions.values()
        ))  # fmt: skip
        if len(editions) != 2 or len(municipalities) != 1:
            return self._refuse_across_editions(editions)
        municipality = municipalities.pop()
        editions = {
            year: {d for d in ds if self._municipality_of.get(d) == municipality}
            for year, ds in editions.items()
        }
        subject = DOCUMENT_YEAR.sub(" ", q)
        asked_years = [y for y in dict.fromkeys(YEAR.findall(q)) if not _names_document_only(q, y)]
        if len(asked_years) > 1:
            return self._refuse_across_editions(editions)
        scope = self._scope_of(municipality, subject)
        terms = [t for t in question_terms(subject) if t not in scope]
        read: list[tuple[Measure, TableCell]] = []
        for year, documents in sorted(editions.items()):
            self._ranking.documents = documents
            try:
                ranked = self.rank(terms, municipality)
            finally:
                self._ranking.documents = set()
            if not ranked or ranked[0][0] < MIN_SCORE:
                return self._refuse_across_editions(editions)
            measure = ranked[0][1]
            cell = self._cell(measure, asked_years[0] if asked_years else year, "", terms)
            if (cell is None or cell.value is None) and not asked_years and _undated(measure, year):
                # a sentence's amount without a year of its own ('Cultuur (€ 27.500)') is
                # its edition's figure
                cell = self._cell(measure, None, "", terms)
            if cell is None or cell.value is None:
                return self._refuse_across_editions(editions)
            read.append((measure, cell))
        (first, before), (second, after) = read
        if _read_as(first, before) != _read_as(second, after) or not comparable(after, before):
            return self._refuse_across_editions(editions)
        assert before.value is not None and after.value is not None
        (earlier, _), (later, _) = sorted(editions.items())
        kind = self._document_types.get(next(iter(editions[earlier])), "begroting")
        # (the later one may be of another kind: the kadernota after the begroting)
        later_kind = self._document_types.get(next(iter(editions[later])), kind)
        end, start, note = self._amounts(after.value, before.value)
        percent = re.search(r"procent|%", q, re.I) is not None
        if percent and start == 0:
            return Answer(kind="refusal", text="Een procentuele verandering vanaf 0 bestaat niet.")
        result, derivation = _change(end, start, percent)
        if percent:
            unit, shown = "percent", f"een verandering van {fmt(result, 'percent')}"
        else:
            unit, shown = after.unit, f"een verschil van {fmt(result, after.unit)}"
        text = (
            f"{second.label}: {fmt(start, before.unit)} in de {kind} {earlier}"
            f"{_in_column(before)} [2] en {fmt(end, after.unit)} in de {later_kind} {later}"
            f"{_in_column(after)} [1]: {shown}{note}. Berekening: {derivation}."
        )
        return self._computed(
            result, unit, f"Verschil {second.label}", f"{kind} {earlier} → {later_kind} {later}",
            derivation, text, [after, before],
            f"{second.label} in de {later_kind} {later} tegenover de {kind} {earlier}",
        )  # fmt: skip

    def _document_name(self, document: str, of_body: bool = False) -> str:
        """A document as a refusal names it: its kind and year ('kadernota 2025'), and the
        body's name after it when asked ('begroting 2024 van Wassenaar')."""
        name = f"{self._document_types.get(document, 'document')} "
        name += self._document_years.get(document, "")
        if of_body:
            name += f" van {self._municipality_of.get(document, '')}"
        return name.strip()

    def _refuse_in_documents(
        self, measure: Measure, year: str, documents: Collection[str]
    ) -> Answer:
        names = " en ".join(sorted(self._document_name(d) for d in documents))
        when = f" voor {year}" if year else ""
        return Answer(
            kind="refusal",
            text=f"In de {names} vind ik {_short(measure.label)}{when} niet; ik geef geen "
            "cijfer uit een ander document in plaats daarvan.",
        )

    def _refuse_across_editions(self, editions: dict[str, set[str]]) -> Answer:
        names = " en ".join(
            sorted({self._document_name(d, of_body=True) for ds in editions.values() for d in ds})
        )
        return Answer(
            kind="refusal",
            text="U vergelijkt twee documenten met elkaar "
            f"({names}), maar ik vind niet in beide dezelfde rij voor hetzelfde jaar. Vraag "
            "het cijfer per document, dan ziet u beide bedragen met hun bron.",
        )

    def _refuse_unknown(self, question: str) -> Answer:
        return Answer(
            kind="refusal",
            text="Dat cijfer staat niet in de documenten die ik heb; ik geef geen bedrag dat "
            f"niet in een tabel of tekst van de begroting staat. {self.coverage}",
        )
