"""Layouts of typesetting systems and presentation decks: a report whose numbered captions
stand under their tables (Typst's and LaTeX's figures), so that the caption between two tables
belongs to the one above it. Made-up waterschap Proefvliet.
"""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from assistant.corpus import read_document
from assistant.index import parse_document

from .pdfmaker import Tight, flush_right, make_pdf

COLUMNS = [330, 420, 510]


def _row(label: str, figures: list[str]) -> list[tuple[float, str]]:
    return [(60, label), *(flush_right(x, f) for x, f in zip(COLUMNS, figures))]


def _cells(pages: list):
    """The figures of a PDF with these pages, read as the index reads a corpus file."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "proefvliet-jaarverslag-2046.pdf"
        path.write_bytes(make_pdf(pages))
        doc = read_document(path, {"municipality": "Proefvliet"})
    return parse_document(doc, chunk_words=120)[1]


CAPTIONS_UNDER = [
    "# Jaarverslag 2046",
    "",
    "## 3.1 Waterschapsbelastingen",
    "",
    "De tarieven stegen in 2046 gemiddeld met ruim 5 procent door hogere kapitaallasten.",
    _row("Heffing", ["Tarief 2045", "Tarief 2046", "Stijging"]),
    _row("Watersysteemheffing ingezetenen", ["€ 114,96", "€ 121,44", "5,6%"]),
    _row("Zuiveringsheffing", ["€ 74,12", "€ 78,36", "5,7%"]),
    [(150, "Tabel 8: Tarieven waterschapsbelastingen (in euro's)")],
    _row("Heffing", ["Begroting 2046", "Realisatie 2046", "Verschil"]),
    _row("Watersysteemheffing ingezetenen", ["21.640", "21.865", "225"]),
    _row("Zuiveringsheffing huishoudens", ["33.810", "34.120", "310"]),
    _row("Totaal belastingopbrengsten", ["55.450", "55.985", "535"]),
    [(150, "Tabel 9: Opbrengst waterschapsbelastingen (x € 1.000)")],
    "De opbrengst van de zuiveringsheffing bleef achter, omdat bedrijven minder loosden.",
    "",
    "## 3.2 Weerstandsvermogen",
    "",
    "De algemene reserves vormen onze weerstandscapaciteit en die is ruim voldoende.",
    _row("Kengetal", ["Rekening 2045", "Begroting 2046", "Rekening 2046"]),
    _row("Netto schuldquote", ["61%", "64%", "63%"]),
    [(150, "Tabel 10: Kengetallen")],
    "Het algemeen bestuur streeft naar een weerstandsvermogen dat minimaal voldoende is.",
]


def test_a_caption_under_its_table_names_that_table_and_gives_its_scale() -> None:
    cells = _cells([CAPTIONS_UNDER])
    by = {(c.row, c.column): c for c in cells}
    tariff = by[("Watersysteemheffing ingezetenen", "Tarief 2046")]
    assert tariff.table.startswith("Tabel 8")
    assert tariff.value == Decimal("121.44")
    revenue = by[("Watersysteemheffing ingezetenen", "Realisatie 2046")]
    assert revenue.table.startswith("Tabel 9")
    assert revenue.value == Decimal("21865000")  # the caption under it says x € 1.000
    assert by[("Netto schuldquote", "Rekening 2046")].table == "Tabel 10: Kengetallen"


NARROW_SPACED = [
    "# Jaarverslag 2046",
    "",
    "## 2.1 Programma Watersysteembeheer",
    "",
    "Tabel 3: Lasten en baten watersysteembeheer (x € 1.000)",
    _row("", ["Begroting 2046", "Realisatie 2046", "Verschil"]),
    _row("Lasten", ["71\u202f460", "69\u202f581", "\u22123\u202f334"]),
    _row("Baten", ["69\u202f980", "70\u202f846", "866"]),
    _row("Saldo", ["\u22121\u202f480", "1\u202f265", "2\u202f745"]),
    "",
    "De lasten bleven onder de begroting door de latere start van de dijkversterking.",
]


def test_thousands_set_apart_by_a_narrow_space_are_one_figure() -> None:
    # typesetters and style guides that follow SI set thousands apart by a (narrow) no-break
    # space ('71 460'): one figure, not two cells
    cells = _cells([NARROW_SPACED])
    by = {(c.row, c.column): c.value for c in cells}
    assert by[("Lasten", "Begroting 2046")] == Decimal("71460000")
    assert by[("Lasten", "Realisatie 2046")] == Decimal("69581000")
    assert by[("Lasten", "Verschil")] == Decimal("-3334000")
    assert by[("Saldo", "Begroting 2046")] == Decimal("-1480000")


def _programme_with_caption_under(
    heading: str, before: str, lasten: list[str], baten: list[str], caption: str, after: str
) -> list:
    """A programme's section whose table has its caption under it, set without spaces."""
    return [
        f"## {heading}",
        "",
        before,
        _row("", ["Begroting 2046", "Realisatie 2046", "Verschil"]),
        _row("Lasten", lasten),
        _row("Baten", baten),
        [(150, Tight(caption))],
        after,
    ]


def test_a_caption_set_without_spaces_under_its_table_still_gives_its_scale() -> None:
    # a typesetter that prints no spaces ('Tabel2:Overzicht...(bedragenx€1.000)' as the
    # words come out glued): the words apart again, the lone 'x' and '€' of its scale too
    page = [
        "# Jaarverslag 2046",
        "",
        *_programme_with_caption_under(
            "2.1 Programma Watersysteembeheer",
            "De lasten bleven onder de begroting door de latere start van de dijkversterking.",
            ["71.460", "69.581", "-1.879"],
            ["69.980", "70.846", "866"],
            "Tabel 3: Lasten en baten watersysteembeheer (bedragen x € 1.000)",
            "De baten vielen hoger uit door de groei van het aantal woningen in het gebied.",
        ),
        "",
        *_programme_with_caption_under(
            "2.2 Programma Zuiveringsbeheer",
            "De zuiveringsheffing bracht meer op dan begroot, doordat meer huishoudens betaalden.",
            ["48.120", "47.905", "-215"],
            ["50.300", "50.870", "570"],
            "Tabel 4: Lasten en baten zuiveringsbeheer (bedragen x € 1.000)",
            "De lasten van de zuiveringen bleven iets onder de begroting van dit jaar.",
        ),
    ]
    by = {(c.table.split(":")[0], c.row, c.column): c.value for c in _cells([page])}
    assert by[("Tabel 3", "Lasten", "Realisatie 2046")] == Decimal("69581000"), by
    assert by[("Tabel 4", "Baten", "Begroting 2046")] == Decimal("50300000"), by


def test_thousands_set_apart_by_an_apostrophe_are_one_figure() -> None:
    # ... or by an apostrophe, as some house styles do ("3'225"), which is no quote mark
    # between figures: the row is a row, not a line naming the rows under it
    page = [
        line if not isinstance(line, list) else [(x, t.replace("\u202f", "'")) for x, t in line]
        for line in NARROW_SPACED
    ]
    cells = _cells([page])
    by = {(c.row, c.column): c.value for c in cells}
    assert by[("Lasten", "Begroting 2046")] == Decimal("71460000")
    assert by[("Baten", "Begroting 2046")] == Decimal("69980000")
    assert by[("Saldo", "Verschil")] == Decimal("2745000")


def _one(label: str, figure: str) -> list[tuple[float, str]]:
    return [(60, label), flush_right(510, figure)]


OVER_A_PAGE = [
    [
        "# Jaarverslag 2046",
        "",
        "## 1.2 Proefvliet in het kort",
        "",
        "Waterschap Proefvliet zorgt voor veilige dijken en schoon water in het hele gebied.",
        [(60, "Kenmerk"), flush_right(510, "Aantal")],
        _one("Inwoners", "512.000"),
        _one("Gemalen", "58"),
        [(150, "Tabel 1: Proefvliet in cijfers")],
        "Onze taken betalen we grotendeels uit de waterschapsbelastingen van inwoners.",
        "",
        "## 5.1 Lasten en baten per taakveld",
        "",
        "Deze bijlage geeft de gerealiseerde lasten en baten per taakveld van het waterschap.",
        _row("Taakveld", ["Lasten", "Baten", "Saldo"]),
        _row("1.1 Planvorming", ["2.184", "15", "-2.169"]),
        _row("1.2 Primaire waterkeringen", ["16.548", "3.420", "-13.128"]),
    ],
    [
        _row("Taakveld", ["Lasten", "Baten", "Saldo"]),
        _row("1.3 Regionale waterkeringen", ["4.312", "0", "-4.312"]),
        _row("Totaal taakvelden", ["23.044", "3.435", "-19.609"]),
        [(150, "Tabel 20: Lasten en baten per taakveld (x € 1.000)")],
        "De totalen per kostendrager sluiten aan op de tabellen in hoofdstuk 2.",
    ],
]


def test_a_caption_under_a_table_names_its_one_figure_rows_and_its_part_on_the_page_before():
    cells = _cells(OVER_A_PAGE)
    by = {(c.row, c.column): c for c in cells}
    assert by[("Gemalen", "Aantal")].table == "Tabel 1: Proefvliet in cijfers"
    first_page = by[("1.2 Primaire waterkeringen", "Lasten")]
    assert first_page.table.startswith("Tabel 20")
    assert first_page.value == Decimal("16548000")
    assert by[("1.3 Regionale waterkeringen", "Lasten")].value == Decimal("4312000")
