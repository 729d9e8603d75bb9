"""Unruled tables as word processors print them (issue 13): a long label wrapped around its
figures (the first words above them, the last below), a table whose first page holds only
its caption, a header over three lines and one row before the page breaks (its totals
checked over both pages), a column headed in percent; a name merged over three rows and a
page break, a note of whole euros (also on every page), a unit in brackets under a column's
name, and a bold group label a spreadsheet sets apart from its rows. The figures are made up
for the fictitious body Proefdorp.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from assistant.parsing import parse_sections
from assistant.pdf import pdf_text
from assistant.table_checks import check_totals

from .pdfmaker import figures_of, flush_right, make_pdf, read_pdf

COLUMNS = [360, 440, 520]


def _row(label: str, figures: list[str]) -> list[tuple[float, str]]:
    return [(70, label), *(flush_right(x, f) for x, f in zip(COLUMNS, figures))]




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
    cells = [c for c in figures_of(read_pdf([BALANCE])) if c.column.startswith("31-12-2026")]
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
    cells = [c for c in figures_of(read_pdf([FIRST_PAGE, SECOND_PAGE])) if "verlening" in c.column]
    by_row = {c.row: c for c in cells}
    assert {"Proefdorp", "Testwoude", "Voorbeeldam", "Totaal"} <= set(by_row)
    assert all(c.table.startswith("Tabel 5") for c in cells)
    assert by_row["Proefdorp"].value == Decimal("615625")  # whole euros, as the caption says
    assert by_row["Proefdorp"].column == by_row["Testwoude"].column


def test_the_totals_of_a_table_over_two_pages_add_up_over_both() -> None:
    raw = make_pdf([FIRST_PAGE, SECOND_PAGE])
    text, pages = pdf_text(raw, hashlib.sha256(raw).hexdigest(), Path("proefdorp.pdf"), None)
    cells = [replace(c, page=pages[c.line - 1]) for c in figures_of(text)]
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
    share = [c for c in figures_of(text) if c.row == "Proefdorp" and c.raw == "27,3"]
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
    text = read_pdf([page], drawings=[turned])
    cells = {(c.row, c.column): c.value for c in figures_of(text)}
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
    text = read_pdf([page], drawings=[turned])
    cells = {(c.row, c.column): c.value for c in figures_of(text)}
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
    cells = figures_of(read_pdf([PROGRAMMES]))
    realised = {(c.group, c.row): c.raw for c in cells if c.column.startswith("Realisatie")}
    assert realised[("1 Bestuur en veiligheid", "Lasten")] == "6.521"
    assert realised[("2 Fysieke leefomgeving", "Lasten")] == "15.207"
    assert realised[("2 Fysieke leefomgeving", "Baten")] == "7.318"
    assert realised[("3 Economie en wonen", "Lasten")] == "4.465"
    assert realised[("", "Totaal lasten")] == "26.193"  # the total below is no programme's


def _sub(label: str, figures: list[str], name: str = "") -> list[tuple[float, str]]:
    """A row of a table whose first column holds names merged over several rows, the
    second the kind of each row ('Lasten', 'Baten', 'Saldo')."""
    return [*([(56, name)] if name else []), (200, label),
            *(flush_right(x, f) for x, f in zip(COLUMNS, figures))]  # fmt: skip


THREE_ROWS = [
    "# Programmabegroting 2031",
    "",
    "## 2 Financieel overzicht",
    "",
    "Tabel 2 Baten en lasten per programma (bedragen x € 1.000)",
    [(56, "Programma"), flush_right(360, "2031"), flush_right(440, "2032"),
     flush_right(520, "2033")],
    _sub("Lasten", ["4.410", "4.502", "4.517"]),
    _sub("Baten", ["390", "402", "402"], name="1. Bestuur"),
    _sub("Saldo", ["-4.020", "-4.100", "-4.115"]),
    _sub("Lasten", ["12.804", "13.110", "13.260"]),
    [(56, "2. Wegen, groen en")],
    _sub("Baten", ["7.730", "7.915", "8.020"]),
    [(56, "water")],
    _sub("Saldo", ["-5.074", "-5.195", "-5.240"]),
    _sub("Lasten", ["6.900", "6.950", "7.010"], name="Overhead"),
]
THREE_ROWS_GO_ON = [
    [(56, "Programma"), flush_right(360, "2031"), flush_right(440, "2032"),
     flush_right(520, "2033")],
    _sub("Baten", ["210", "214", "214"]),
    _sub("Saldo", ["-6.690", "-6.736", "-6.796"]),
    _row("Totaal lasten", ["24.114", "24.562", "24.787"]),
]


def test_a_name_merged_over_three_rows_names_each_of_them_also_over_a_page_break() -> None:
    # a word processor sets a name merged over a programme's lasten, baten and saldo at the
    # middle of its rows, on the baten's line or wrapped around it: it names all three rows,
    # and the rows of the last programme on the next page, under the header printed again
    cells = figures_of(read_pdf([THREE_ROWS, THREE_ROWS_GO_ON]))
    read = {(c.group, c.row, c.column): c.raw for c in cells}
    assert read[("1. Bestuur", "Lasten", "2032")] == "4.502", read
    assert read[("1. Bestuur", "Baten", "2032")] == "402"
    assert read[("1. Bestuur", "Saldo", "2033")] == "-4.115"
    assert read[("2. Wegen, groen en water", "Lasten", "2031")] == "12.804"
    assert read[("2. Wegen, groen en water", "Baten", "2031")] == "7.730"
    assert read[("2. Wegen, groen en water", "Saldo", "2031")] == "-5.074"
    assert read[("Overhead", "Lasten", "2031")] == "6.900"
    assert read[("Overhead", "Baten", "2032")] == "214"  # on the next page
    assert read[("Overhead", "Saldo", "2033")] == "-6.796"
    assert read[("", "Totaal lasten", "2033")] == "24.787"


WHOLE_EUROS_BALANCE = [
    "# Jaarrekening 2031",
    "",
    "## 5 Balans",
    "",
    "Tabel 5 Balans per 31 december",
    [flush_right(520, "bedragen in €")],
    [(70, "Balanspost"), flush_right(440, "31-12-2031"), flush_right(520, "31-12-2030")],
    [(70, "Vaste schulden"), flush_right(440, "2.410.000"), flush_right(520, "2.650.000")],
    [(70, "Netto vlottende schulden"), flush_right(440, "381.226"),
     flush_right(520, "204.918")],
    [(70, "Totaal passiva"), flush_right(440, "€ 2.791.226"), flush_right(520, "€ 2.854.918")],
]


def test_a_note_of_whole_euros_above_the_header_makes_every_row_an_amount() -> None:
    # 'bedragen in €' on a line of its own over the header, '€' printed in the total row
    # only: the rows above the total are amounts as much as the total is
    cells = figures_of(read_pdf([WHOLE_EUROS_BALANCE]))
    units = {(c.row, c.column): (c.unit, c.value) for c in cells}
    assert units[("Netto vlottende schulden", "31-12-2031")] == ("EUR", Decimal("381226"))
    assert units[("Vaste schulden", "31-12-2030")] == ("EUR", Decimal("2650000"))
    assert units[("Totaal passiva", "31-12-2031")] == ("EUR", Decimal("2791226"))


def test_a_note_of_whole_euros_over_a_table_on_every_page_is_no_running_header() -> None:
    # a jaarrekening prints 'bedragen in €' over the table of each page: a line on most
    # pages, yet the note of each table's scale, not a running header to drop
    pages = [
        # (the note stands apart, a blank line above the table's header)
        [f"## {k} Onderdeel {k}", "", f"Tabel {k} Staat {k}", WHOLE_EUROS_BALANCE[5], "",
         *WHOLE_EUROS_BALANCE[6:]]  # fmt: skip
        for k in range(1, 6)
    ]
    text = read_pdf(pages)
    assert text.count("bedragen in €") == 5, text
    cells = figures_of(text)
    assert {c.unit for c in cells if c.row == "Vaste schulden"} == {"EUR"}


STAFF = [
    "# Jaarrekening 2031",
    "",
    "## 6 Personeel",
    "",
    "Tabel 6 Formatie en personeelskosten",
    [flush_right(440, "Formatie"), flush_right(520, "Bezetting")],
    [(70, "Functie"), flush_right(360, "Schaal")],
    [flush_right(440, "(fte)"), flush_right(520, "(fte)")],
    [(70, "Teamleider inzameling"), flush_right(360, "10"), flush_right(440, "1,00"),
     flush_right(520, "1,00")],
    [(70, "Chauffeur-belader"), flush_right(360, "6"), flush_right(440, "24,50"),
     flush_right(520, "22,83")],
    [(70, "Monteur werkplaats"), flush_right(360, "7"), flush_right(440, "3,00"),
     flush_right(520, "2,50")],
    [(70, "Parkwachter"), flush_right(360, "5"), flush_right(440, "6,22"),
     flush_right(520, "6,22")],
]


def test_a_unit_in_brackets_under_a_column_name_keeps_the_column_a_count() -> None:
    # 'Formatie' over '(fte)': staff in full-time jobs, never an amount, however much the
    # heading above speaks of personeelskosten
    cells = figures_of(read_pdf([STAFF]))
    held = {(c.row, c.column): c for c in cells}
    staffed = held[("Chauffeur-belader", "Bezetting (fte)")]
    assert (staffed.unit, staffed.value) == ("count", Decimal("22.83")), staffed


SHEET_BALANCE = [
    "# Jaarrekening 2031",
    "",
    "## 5 Balans",
    "",
    "Balans per 31 december 2031",
    "Bedragen x € 1.000",
    "",
    [(70, "Balanspost"), flush_right(440, "31-12-2031"), flush_right(520, "31-12-2030")],
    "",
    "** Activa",
    [(70, "Materiële vaste activa"), flush_right(440, "12.510"), flush_right(520, "11.980")],
    [(70, "Liquide middelen"), flush_right(440, "2.214"), flush_right(520, "3.006")],
    [(70, "Totaal activa"), flush_right(440, "14.724"), flush_right(520, "14.986")],
    "** Passiva",
    [(70, "Eigen vermogen"), flush_right(440, "4.118"), flush_right(520, "3.870")],
    [(70, "Vaste schulden"), flush_right(440, "10.606"), flush_right(520, "11.116")],
    [(70, "Totaal passiva"), flush_right(440, "14.724"), flush_right(520, "14.986")],
]


def test_a_bold_group_label_between_a_header_and_its_rows_is_no_heading() -> None:
    # a spreadsheet prints 'Activa' in bold, a blank row apart from the header above it: a
    # group of the table, not a section that cuts the rows off their header
    text = read_pdf([SHEET_BALANCE])
    assert "# Activa" not in text, text
    held = {(c.group, c.row, c.column): c.value for c in figures_of(text)}
    assert held[("Activa", "Materiële vaste activa", "31-12-2031")] == Decimal("12510000")
    assert held[("Passiva", "Vaste schulden", "31-12-2030")] == Decimal("11116000")


def test_the_running_header_of_one_part_of_a_bundle_is_dropped() -> None:
    """A bundle of documents (jaarstukken, bestuursrapportage, begroting) prints each part's
    own running header on that part's pages only, fewer than half the bundle's pages: still a
    running header, never a line of the text."""
    topics = [
        "personeel", "huisvesting", "automatisering", "re-integratie", "beschut werk",
        "leerwerkplaats", "reserves", "voorzieningen", "investeringen", "risico's",
        "verbonden partijen", "inkoop", "communicatie",
    ]
    pages = []
    parts = (
        ("Jaarstukken 2031", 0, 3), ("1e Bestuursrapportage 2032", 4, 7),
        ("Ontwerpbegroting 2033", 8, 12),
    )  # fmt: skip
    for part, first, last in parts:
        for k in range(first, last + 1):
            topic = topics[k]
            pages.append([
                [(56, f"Proefregio | {part}"), flush_right(520, str(k - first + 1))],
                "",
                f"## {k + 1} {topic.capitalize()}",
                "",
                f"Dit hoofdstuk gaat over {topic} in het werkgebied van de regeling.",
                f"Het bestuur volgt de ontwikkeling van {topic} elk kwartaal.",
                f"De gemeenten ontvangen over {topic} een rapportage per halfjaar.",
                f"Voor {topic} gelden de afspraken uit de dienstverleningsovereenkomst.",
                "",
                f"Afsluitend: {topic} blijft een vast punt op de agenda.",
            ])  # fmt: skip
    text = read_pdf(pages)
    assert "Proefregio | Jaarstukken" not in text, text
    assert "Proefregio | Ontwerpbegroting" not in text, text
    assert "Proefregio | 1e Bestuursrapportage" not in text, text
    assert text.count("Het bestuur volgt de ontwikkeling van") == 13, text


def _programme_page(number: int, name: str) -> list:
    """A programme's page: its table with a bold 'Lasten' and 'Baten' over their rows, and
    a taakveld whose code stands above its figures and its name below them."""
    return [
        f"## Programma {number} {name}",
        "",
        f"Tabel {number}.1 Lasten en baten programma {number} (bedragen x € 1.000)",
        [(70, "Taakveld"), flush_right(360, "Begroting 2031"), flush_right(440, "Raming 2032"),
         flush_right(520, "Raming 2033")],
        "** Lasten",
        [(70, f"{number}.2")],
        _row("", [f"{number}97", f"{number}34", f"{number}42"]),
        [(70, "Onderwijshuisvesting")],
        _row(f"{number}.6 Media", ["300", "304", "318"]),
        _row("Totaal lasten", [f"1.{number}97", f"1.{number}38", f"1.{number}60"]),
        "** Baten",
        [(70, f"{number}.2")],
        _row("", ["36", "37", "38"]),
        [(70, "Onderwijshuisvesting")],
        _row("Totaal baten", ["36", "37", "38"]),
        "",
        "De lasten blijven de komende jaren ongeveer gelijk.",
    ]


def test_group_labels_repeated_on_every_page_stay_with_their_rows() -> None:
    """'Lasten' and 'Baten' stand over the rows of every programme's table, on every page:
    they name those rows, and are no running header; and a taakveld's bare code above its
    figures is named by the line under them ('4.2' over, 'Onderwijshuisvesting' under)."""
    names = ["Bestuur", "Veiligheid", "Verkeer", "Onderwijs", "Sport"]
    text = read_pdf([_programme_page(k + 1, name) for k, name in enumerate(names)])
    cells = [c for c in figures_of(text) if c.table.startswith("Tabel 4.1") and c.period == "2031"]
    read = {(c.group, c.row): c.raw for c in cells}
    assert read[("Lasten", "4.2 Onderwijshuisvesting")] == "497", read
    assert read[("Baten", "4.2 Onderwijshuisvesting")] == "36", read


def test_a_running_header_right_above_a_continued_tables_header_is_dropped() -> None:
    """A table breaks across pages and its header is printed again at the top of the next
    page, right under the running header: the running header is no line of the table (it
    would head the part as its caption, and the part's amounts would lose their table)."""
    running = [(56, "Gemeente Proefdorp — Jaarstukken 2031"), flush_right(520, "Sociaal domein")]
    header = [
        [flush_right(360, "Begroting 2031"), flush_right(440, "Begroting 2031")],
        [(70, "Taakveld"), flush_right(360, "primitief"), flush_right(440, "na wijziging"),
         flush_right(520, "Realisatie 2031")],
    ]  # fmt: skip
    topics = ["Participatie", "Wmo", "Jeugd", "Onderwijs", "Gezondheid"]
    pages = []
    for k, topic in enumerate(topics, start=1):
        page = [running, "", f"## {k} {topic}", "",
                f"Over {topic.lower()} legt de gemeente hier verantwoording af.",
                "Wat er is bereikt staat in de tabellen van dit programma.", ""]
        if k == 4:
            page += ["Overzicht 3.8 Baten en lasten per taakveld 2031", *header,
                     _row("6.1 Samenkracht en burgerparticipatie",
                          ["3.876.120", "3.921.480", "3.850.612"]),
                     _row("6.2 Wijkteams", ["2.312.600", "2.398.750", "2.371.408"])]
        if k == 5:
            page = [running, *header,
                    _row("6.71 Maatwerkdienstverlening 18+", ["5.321.460", "5.356.910",
                                                              "5.098.332"]),
                    _row("6.72 Maatwerkdienstverlening 18-", ["12.164.820", "12.796.530",
                                                              "13.249.861"]),
                    "", "De verschillen worden in de analyse toegelicht.",
                    "Een toelichting per taakveld staat in de bijlage."]
        pages.append(page)  # fmt: skip
    text = read_pdf(pages)
    assert "Gemeente Proefdorp — Jaarstukken 2031" not in text, text
    youth = [c for c in figures_of(text) if c.row == "6.72 Maatwerkdienstverlening 18-"]
    assert {(c.table, c.unit) for c in youth} == {
        ("Overzicht 3.8 Baten en lasten per taakveld 2031", "EUR")
    }, youth


def _turned_words(x: float, y: float, text: str, gap: float = 3.0) -> str:
    """A line read from the bottom up, each word drawn on its own without a space between
    (as XeLaTeX sets text): the words apart by `gap` points only."""
    from pdfminer.fontmetrics import FONT_METRICS

    widths = FONT_METRICS["Helvetica"][1]
    ops = []
    for word in text.split():
        ops.append(f"BT /F1 10 Tf 0 1 -1 0 {x} {y:.2f} Tm ({word}) Tj ET")
        y += sum(widths[ch] for ch in word) / 100 + gap
    return "\n".join(ops)


def test_turned_headers_without_spaces_beside_another_table_are_read_over_their_columns():
    """Turned labels whose words a typesetter set without spaces ('Begroting' and '2027'
    apart by a gap only), one of them over two lines, on a page whose other table ends its
    columns elsewhere: each label is read whole, flush right over its own column."""
    labels = [(COLUMNS[0], "Begroting 2026"), (COLUMNS[1] - 9, "Begroting 2027"),
              (COLUMNS[1], "na wijziging"), (COLUMNS[2], "Afwijking")]  # fmt: skip
    turned = "\n".join(_turned_words(x - 2, 640, label) for x, label in labels)
    other = [400, 470, 545]  # the columns of the table under it
    page = [
        "# 3 Sociaal domein",
        "",
        "Tabel 3.2 Jeugdzorg: begroot en afwijking (x € 1.000)",
        *[""] * 7,
        [(70, "Onderdeel")],
        _row("Jeugdhulp met verblijf", ["5.420", "5.860", "-640"]),
        _row("Jeugdhulp ambulant", ["6.390", "6.622", "-245"]),
        _row("Totaal jeugdzorg", ["11.810", "12.482", "-885"]),
        "",
        "Tabel 3.3 Indicatoren sociaal domein",
        [(70, "Indicator"), flush_right(other[0], "Realisatie 2024"),
         flush_right(other[1], "Begroot 2025"), flush_right(other[2], "Prognose 2025")],
        [(70, "Aantal jeugdigen met jeugdhulp"),
         *(flush_right(x, f) for x, f in zip(other, ["1.184", "1.150", "1.235"]))],
        [(70, "Aantal cliënten hulp bij het huishouden"),
         *(flush_right(x, f) for x, f in zip(other, ["1.312", "1.290", "1.395"]))],
    ]
    text = read_pdf([page], drawings=[turned])
    cells = {(c.row, c.column): c.value for c in figures_of(text)}
    assert cells[("Totaal jeugdzorg", "Begroting 2027 na wijziging")] == Decimal(12482000), cells
    assert cells[("Jeugdhulp ambulant", "Begroting 2026")] == Decimal(6390000), cells
    assert cells[("Totaal jeugdzorg", "Afwijking")] == Decimal(-885000), cells


OVERVIEW_IN_K = "\n".join([
    "# 3 Financieel overzicht",
    "",
    "Tabel 3.1 Overzicht van baten en lasten 2024-2026",
    "                                    Rekening     Begroting     Begroting",
    " Bedragen in k€                        2024*          2025          2026",
    "Lasten",
    " Basistaken                           11.986        12.610        13.245",
    " Plustaken                             3.874         4.205         4.412",
    "                                      15.860        16.815        17.657",
    "Baten",
    " Bijdragen deelnemers                 16.412        17.390        18.467",
    " Overige baten                            97            80            85",
    "                                      16.500        17.470        18.552",
    " Saldo van baten en lasten               640           655           895",
    "* Rekening 2024: voorlopige cijfers, nog niet door de accountant gecontroleerd.",
])


def test_a_footnoted_year_heads_its_column_and_unlabelled_totals_that_add_up_are_totals():
    """A header whose year carries a footnote mark ('2024*') beside the scale note in the
    label column is the header, not a row of figures; figures without a label under a
    group's rows that add up to them, column by column, are the group's total (set in bold
    under a rule, the word 'Totaal' left out). Figures that do not add up stay unnamed."""
    cells = {(c.row, c.column): c for c in figures_of(OVERVIEW_IN_K)}
    assert cells[("Basistaken", "Begroting 2026")].value == Decimal(13245000)
    assert cells[("Totaal lasten", "Begroting 2026")].value == Decimal(17657000)
    assert cells[("Totaal lasten", "Rekening 2024")].value == Decimal(15860000)
    assert ("Totaal baten", "Begroting 2026") not in cells  # 16.500 is no 16.412 + 97
    assert cells[("Saldo van baten en lasten", "Begroting 2025")].value == Decimal(655000)


def _investment(label: str, figures: list[str]) -> str:
    from .conftest import laid_out

    ends = [58, 70, 82, 94, 106]  # flush right, as the figures stand
    return laid_out((0, label), *((end - len(f), f) for end, f in zip(ends, figures) if f))


INVESTMENTS = "\n".join([
    "# 15 Investeringen",
    "",
    "Tabel 15.1 - Investeringen: krediet en uitgaven (bedragen in €)",
    _investment("", ["", "Besteed", "Besteed", "Besteed", "Restant"]).rstrip(),
    _investment("Investering", ["Krediet", "t/m 2023", "2024", "t/m 2024", "krediet"]),
    "P2 Mens en Maatschappij",
    _investment("Verduurzaming Paauwlaan 12", ["195.000", "-", "47.250", "47.250", "147.750"]),
    "P3 Bestuur en Middelen",
    "De Paauw restauratie / verbouwing",
    _investment("raadhuis", ["12.230.000", "3.412.870", "4.186.330", "7.599.200", "4.630.800"]),
    _investment("Duurzaamheid in eigen panden", ["525.000", "161.300", "208.745", "370.045",
                                                 "154.955"]),
    "P4 Fysieke Leefomgeving",
    "Nieuwbouw fusie St. Jan Baptist- en",
    _investment("St. Jozefschool", ["6.440.000", "-", "412.600", "412.600", "6.027.400"]),
    _investment("Verlagen maximumsnelheid 30 km/uur", ["2.250.000", "402.700", "1.133.915",
                                                       "1.536.615", "713.385"]),
])  # fmt: skip


def test_a_programme_line_between_rows_and_labels_wrapped_over_their_figures() -> None:
    """A programme's name between the rows of an investment table ('P3 Bestuur en
    Middelen', over a label that wraps onto the line of its figures) names a group of rows
    and opens no chapter; a label that breaks off mid-phrase ('... Baptist- en' over 'St.
    Jozefschool') goes on in the row under it, its hyphen as printed; and the amounts of a
    table in euros are euros, whatever the row names ('eigen panden', '30 km/uur')."""
    sections = parse_sections(INVESTMENTS)
    assert len(sections) == 1, [s.title for s in sections]
    cells = {(c.row, c.column): c for c in figures_of(INVESTMENTS)}
    rest = "Restant krediet"
    restored = cells[("De Paauw restauratie / verbouwing raadhuis", rest)]
    assert restored.value == Decimal(4630800) and restored.group == "P3 Bestuur en Middelen"
    school = cells[("Nieuwbouw fusie St. Jan Baptist- en St. Jozefschool", rest)]
    assert school.value == Decimal(6027400) and school.group == "P4 Fysieke Leefomgeving"
    assert cells[("Duurzaamheid in eigen panden", "Krediet")].unit == "EUR"
    assert cells[("Duurzaamheid in eigen panden", "Besteed 2024")].unit == "EUR"
    assert cells[("Verlagen maximumsnelheid 30 km/uur", rest)].unit == "EUR"
