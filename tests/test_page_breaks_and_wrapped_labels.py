"""Unruled tables as word processors print them (issue 13): a long label wrapped around its
figures (the first words above them, the last below), a table whose first page holds only
its caption, a header over three lines and one row before the page breaks (its totals
checked over both pages), and a column headed in percent. The figures are made up for the
fictitious body Proefdorp.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from assistant.figures import document_figures
from assistant.parsing import parse_sections
from assistant.pdf import pdf_text
from assistant.table_checks import check_totals

from .pdfmaker import flush_right, make_pdf

COLUMNS = [360, 440, 520]


def _row(label: str, figures: list[str]) -> list[tuple[float, str]]:
    return [(70, label), *(flush_right(x, f) for x, f in zip(COLUMNS, figures))]


def _read(pages: list, drawings: list[str] | None = None) -> str:
    raw = make_pdf(pages, drawings=drawings)
    text, _ = pdf_text(raw, hashlib.sha256(raw).hexdigest(), Path("proefdorp.pdf"), None)
    return text


def _cells(text: str):
    return document_figures(parse_sections(text), document_id="p", municipality="Proefdorp")


BALANCE = [
    "# Eerste bestuursrapportage 2027",
    "",
    "## 4 Balans",
    "",
    "Tabel 8 Geprognosticeerde balans (bedragen x € 1.000)",
    [flush_right(360, "31-12-2026"), flush_right(440, "31-12-2027"),
     flush_right(520, "31-12-2027")],
    [(70, "Balanspost"), flush_right(360, "jaarrekening"), flush_right(440, "begroting"),
     flush_right(520, "prognose")],
    [(56, "Passiva")],
    _row("Eigen vermogen", ["2.288", "1.810", "1.422"]),
    _row("Voorzieningen", ["284", "260", "272"]),
    [(56, "Vaste schulden met een looptijd van één jaar of")],
    _row("", ["1.600", "1.440", "1.440"]),
    [(56, "langer")],
    [(56, "Netlopende schulden met een looptijd korter dan")],
    _row("", ["3.612", "2.852", "3.760"]),
    [(56, "één jaar")],
    _row("Overlopende passiva", ["1.336", "1.100", "1.432"]),
    _row("Totaal passiva", ["9.120", "7.462", "8.326"]),
    "",
    "De balans geeft de stand van de passiva aan het eind van elk jaar.",
]  # fmt: skip


def test_a_long_label_wrapped_around_its_figures_is_one_row() -> None:
    cells = [c for c in _cells(_read([BALANCE])) if c.column.startswith("31-12-2026")]
    by_row = {c.row: c.raw for c in cells}
    assert by_row.get("Vaste schulden met een looptijd van één jaar of langer") == "1.600"
    assert by_row.get("Netlopende schulden met een looptijd korter dan één jaar") == "3.612"
    # the wrapped rows are part of the table: its total adds up
    rows = [c for c in cells if c.row != "Totaal passiva"]
    assert sum(c.value for c in rows) == Decimal("9120000")


MEMBERS = [40, 220, 300, 380, 460, 540]
HEADER = [
    [flush_right(300, "Bijzondere")],
    [flush_right(220, "Uitvoerings-"), flush_right(300, "bijstand en"),
     flush_right(380, "Schuldhulp-")],
    [(40, "Gemeente"), flush_right(220, "kosten"), flush_right(300, "minima"),
     flush_right(380, "verlening"), flush_right(460, "Re-integratie"), flush_right(540, "Totaal")],
]  # fmt: skip


def _member(name: str, figures: list[str]) -> list[tuple[float, str]]:
    return [(40, name), *(flush_right(x, f) for x, f in zip(MEMBERS[1:], figures))]


FIRST_PAGE = [
    "# Eerste bestuursrapportage 2027",
    "",
    "## 4.3 Bijdragen van de deelnemende gemeenten",
    "",
    "De gemeenten betalen samen de uitvoering; tabel 5 geeft de bijdragen per gemeente.",
    "",
    "Tabel 5 Bijdragen per deelnemer 2027, per onderdeel (bedragen in €)",
    *HEADER,
    _member("Proefdorp", ["3.281.601", "1.253.980", "615.625", "416.293", "5.567.499"]),
]
SECOND_PAGE = [
    *HEADER,
    _member("Testwoude", ["2.137.397", "815.497", "401.571", "270.727", "3.625.192"]),
    _member("Voorbeeldam", ["1.355.181", "473.316", "275.458", "157.130", "2.261.085"]),
    _member("Totaal", ["6.774.179", "2.542.793", "1.292.654", "844.150", "11.453.776"]),
    "",
    "De bijdragen zijn na de eerste begrotingswijziging.",
]


def test_a_table_with_one_row_before_the_page_break_goes_on_after_it() -> None:
    cells = [c for c in _cells(_read([FIRST_PAGE, SECOND_PAGE])) if "verlening" in c.column]
    by_row = {c.row: c for c in cells}
    assert {"Proefdorp", "Testwoude", "Voorbeeldam", "Totaal"} <= set(by_row)
    assert all(c.table.startswith("Tabel 5") for c in cells)
    assert by_row["Proefdorp"].value == Decimal("615625")  # whole euros, as the caption says
    assert by_row["Proefdorp"].column == by_row["Testwoude"].column


def test_the_totals_of_a_table_over_two_pages_add_up_over_both() -> None:
    raw = make_pdf([FIRST_PAGE, SECOND_PAGE])
    text, pages = pdf_text(raw, hashlib.sha256(raw).hexdigest(), Path("proefdorp.pdf"), None)
    cells = [replace(c, page=pages[c.line - 1]) for c in _cells(text)]
    checks = check_totals(cells)
    assert checks and all(check.ok for check in checks)
    assert {"Proefdorp", "Testwoude"} <= set(checks[0].parts)


def test_a_column_headed_in_percent_holds_percentages() -> None:
    text = "\n".join(
        [
            "# Bijdragen",
            "",
            "Tabel 6 Totale bijdrage per deelnemer 2027 (bedragen in €)",
            "",
            "                         Begroting 2027       Begroting 2027 na         Aandeel",
            "Gemeente                      primitief               wijziging    inwoners (%)",
            "Proefdorp                     5.495.021               5.567.499            27,3",
            "Testwoude                     3.577.985               3.625.192            17,8",
        ]
    )
    share = [c for c in _cells(text) if c.row == "Proefdorp" and c.raw == "27,3"]
    assert share and share[0].unit == "percent" and share[0].value == Decimal("27.3")


def test_column_headers_turned_upright_are_read_as_the_header_over_their_columns() -> None:
    """Year headers set at a right angle over narrow columns ('Realisatie 2026' read from the
    bottom up), with the label column's header level beside their foot: the table is read
    under those headers, as if they stood level."""
    turned = "\n".join(
        f"BT /F1 10 Tf 0 1 -1 0 {x - 2} 640 Tm ({label}) Tj ET"
        for x, label in zip([*COLUMNS, 600], ["Realisatie 2026", "Begroting 2027", "Raming 2028"])
    )
    page = [
        "# 2 Financieel overzicht",
        "",
        "Tabel 2.1 Lasten per programma (bedragen x € 1.000)",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        [(70, "Programma")],
        _row("1. Bestuur", ["8.012", "8.120", "8.231"]),
        _row("2. Sociaal domein", ["46.210", "47.905", "49.834"]),
        _row("Totaal lasten", ["54.222", "56.025", "58.065"]),
    ]
    text = _read([page], drawings=[turned])
    cells = {(c.row, c.column): c.value for c in _cells(text)}
    assert cells[("2. Sociaal domein", "Realisatie 2026")] == Decimal("46210000"), cells
    assert cells[("Totaal lasten", "Raming 2028")] == Decimal("58065000"), cells
    assert not any("eitasilaeR" in line or "2026" == line.strip() for line in text.split("\n"))


def test_a_turned_column_header_over_two_lines_is_one_header() -> None:
    """A turned header too long for one line ('Begroting 2027' beside '(na wijziging)', both
    read from the bottom up) names its one column, its lines in reading order, not two
    headers written over each other."""
    labels = [(COLUMNS[0], "Realisatie 2026"), (COLUMNS[1] - 9, "Begroting 2027"),
              (COLUMNS[1], "(na wijziging)"), (COLUMNS[2], "Begroting 2028")]  # fmt: skip
    turned = "\n".join(
        f"BT /F1 10 Tf 0 1 -1 0 {x - 2} 640 Tm ({label}) Tj ET" for x, label in labels
    )
    page = [
        "# 4 Programma Sociaal domein",
        "",
        "Tabel 4.1 Lasten programma 2 (bedragen in euro's)",
        *[""] * 7,
        [(70, "Taakveld")],
        _row("6.3 Inkomensregelingen", ["13.874.209", "14.310.662", "14.652.381"]),
        _row("6.4 WSW en beschut werk", ["5.402.118", "5.288.730", "5.176.904"]),
        _row("7.1 Volksgezondheid", ["2.304.517", "2.418.069", "2.502.384"]),
        _row("Totaal lasten", ["53.202.299", "55.283.631", "56.674.064"]),
    ]
    text = _read([page], drawings=[turned])
    cells = {(c.row, c.column): c.value for c in _cells(text)}
    assert cells[("Totaal lasten", "Begroting 2027 na wijziging")] == Decimal("55283631"), cells
    assert cells[("Totaal lasten", "Realisatie 2026")] == Decimal("53202299"), cells
    assert cells[("6.3 Inkomensregelingen", "Begroting 2028")] == Decimal("14652381"), cells


PROGRAMMES = [
    "# Jaarstukken 2027",
    "",
    "## 4 Overzicht van baten en lasten",
    "",
    "Tabel 4.1 Overzicht van baten en lasten per programma (x € 1.000)",
    [(56, "Programma"), flush_right(360, "Begroting"), flush_right(440, "Realisatie"),
     flush_right(520, "Verschil")],
    _row("Lasten", ["6.412", "6.521", "109"]),
    [(56, "1 Bestuur en veiligheid")],
    _row("Baten", ["512", "611", "99"]),
    _row("Lasten", ["14.236", "15.207", "971"]),
    [(56, "2 Fysieke leefomgeving")],
    _row("Baten", ["7.105", "7.318", "213"]),
    _row("Lasten", ["3.880", "4.465", "585"]),
    [(56, "3 Economie en wonen")],
    _row("Baten", ["2.140", "3.052", "912"]),
    "",
    _row("Totaal lasten", ["24.528", "26.193", "1.665"]),
]


def test_a_programme_name_set_between_its_lasten_and_baten_names_both() -> None:
    # a word processor's or LaTeX's label merged over two rows is printed at their middle,
    # between the lasten above it and the baten below it: it names both, not the rows after
    cells = _cells(_read([PROGRAMMES]))
    realised = {(c.group, c.row): c.raw for c in cells if c.column.startswith("Realisatie")}
    assert realised[("1 Bestuur en veiligheid", "Lasten")] == "6.521"
    assert realised[("2 Fysieke leefomgeving", "Lasten")] == "15.207"
    assert realised[("2 Fysieke leefomgeving", "Baten")] == "7.318"
    assert realised[("3 Economie en wonen", "Lasten")] == "4.465"
    assert realised[("", "Totaal lasten")] == "26.193"  # the total below is no programme's
