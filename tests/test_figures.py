"""Figures: Dutch number formats, annotated cells, table shapes, prose amounts; golden cells."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from assistant.figures import (
    document_figures,
    header_columns,
    parse_number,
    split_row,
    table_cells,
)
from assistant.parsing import Block, Line, Section, parse_sections

from .conftest import CORPUS

DATA = Path(__file__).parent / "data"
SEEDS = {
    "twenterand-programmabegroting-2020-sociaal-domein": "Twenterand",
    "dinkelland-begroting-2020-inclusieve-samenleving": "Dinkelland",
}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("19.736.176", Decimal(19736176)),
        ("-14.014.961", Decimal(-14014961)),
        ("1.000", Decimal(1000)),
        ("100%", Decimal(100)),
        ("7,7", Decimal("7.7")),
        ("€ 45.500", Decimal(45500)),
        ("250*", Decimal(250)),
        ("511(01-7)", Decimal(511)),
        ("n.n.b.", None),
        ("-", None),
    ],
)
def test_dutch_number_formats(text: str, value: Decimal | None) -> None:
    assert parse_number(text) == value


def test_header_columns_with_status_and_source() -> None:
    columns, has_source = header_columns("Beleidsdoelen Begroot 2020 Begroot 2019 2018 2017 Bron")
    assert [c.label for c in columns] == ["Begroot 2020", "Begroot 2019", "2018", "2017"]
    assert [c.status for c in columns] == ["begroot", "begroot", "", ""]
    assert has_source
    assert header_columns("Sociale zaken 19.736.176 19.305.855") is None


@pytest.mark.parametrize(
    ("row", "label", "cells", "source"),
    [
        (
            "Aantal activeringstrajecten 380 400 366 490 434 (31/5) CIV",
            "Aantal activeringstrajecten",
            ["380", "400", "366", "490", "434 (31/5)"],
            "CIV",
        ),
        ("Beschut werk 14 11 5 5 - -", "Beschut werk", ["14", "11", "5", "5", "-"], "-"),
        (
            "Vrijwilligers jongerenwerk. (150) 225 100 235 -- - Betrokken partijen",
            "Vrijwilligers jongerenwerk.",
            ["(150) 225", "100", "235", "--", "-"],
            "Betrokken partijen",
        ),
        (
            "Aantal activiteiten (SZST) 70 100* 70 99* 140* Stichting ZorgSaam (SZT)",
            "Aantal activiteiten (SZST)",
            ["70", "100*", "70", "99*", "140*"],
            "Stichting ZorgSaam (SZT)",
        ),
        (
            "Totaal aantal jeugdigen met jeugdhulp per 2018 ***** 1123 900 951 874 822 Intern",
            "Totaal aantal jeugdigen met jeugdhulp per 2018 *****",
            ["1123", "900", "951", "874", "822"],
            "Intern",
        ),
    ],
)
def test_rows_split_into_label_cells_and_source(row, label, cells, source) -> None:
    assert split_row(row, 5, True) == (label, cells, source)


def test_group_rows_and_year_only_rows_are_not_data() -> None:
    assert split_row("Naar vermogen participerende uitkeringsgerechtigden", 5, True) is None
    assert split_row("Nieuwe indicatoren 2020", 5, True) is None


def test_scale_multiplies_and_keeps_the_printed_text() -> None:
    lines = [
        "Tabel 2.3 Baten en lasten (bedragen x € 1.000)",
        "Rekening 2022 Begroting 2024",
        "Lasten 38.101 38.934",
    ]
    block = Block("table", tuple(Line(i + 1, t) for i, t in enumerate(lines)), caption=lines[0])
    section = Section(("P2 Mens en Maatschappij", "Wat gaat het kosten?"), 2, 0, (block,))
    cells, _ = table_cells(block, section, document_id="d", municipality="W", context_lines=[])
    lasten = {c.column: c for c in cells}
    assert lasten["Begroting 2024"].value == Decimal(38934000)
    assert lasten["Begroting 2024"].raw == "38.934" and lasten["Begroting 2024"].scale == 1000
    assert lasten["Rekening 2022"].status == "realisatie"


def test_footnote_text_stays_with_the_cell() -> None:
    text = (CORPUS / "twenterand-programmabegroting-2020-sociaal-domein.txt").read_text()
    cells = document_figures(parse_sections(text), document_id="t", municipality="Twenterand")
    loes = next(c for c in cells if "Loes.nl" in c.row and c.column == "2016")
    assert loes.raw == "322.316**" and loes.value == 322316
    assert "niet meer per gemeente geregistreerd" in loes.annotation
    meedoen = next(c for c in cells if "Meedoenregeling" in c.row and c.column == "2016")
    assert meedoen.value == 147 and meedoen.annotation == "(31/5)"
    baten = next(c for c in cells if c.group.startswith("Baten") and c.row == "Jeugd")
    assert baten.value == -2822774 and baten.unit == "EUR"


def test_prose_amounts_keep_their_sentence() -> None:
    text = (CORPUS / "dinkelland-begroting-2020-inclusieve-samenleving.txt").read_text()
    cells = document_figures(parse_sections(text), document_id="d", municipality="Dinkelland")
    sport = next(c for c in cells if c.row == "Sport als middel")
    assert sport.value == 52000 and sport.kind == "prose"
    assert sport.quote.startswith("Sport als middel (€ 52.000): Dit is beschikbaar gesteld")


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_every_cell_matches_golden(name: str) -> None:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    cells = document_figures(parse_sections(text), document_id=name, municipality=SEEDS[name])
    got = ["line\ttable\tgroup\trow\tcolumn\traw\tvalue\tunit\tannotation\tsource"] + [
        "\t".join(
            [
                str(c.line),
                c.table,
                c.group,
                c.row,
                c.column,
                c.raw,
                "" if c.value is None else str(c.value),
                c.unit,
                c.annotation,
                c.source,
            ]
        )
        for c in cells
    ]
    assert got == (DATA / f"figures-{name}.tsv").read_text(encoding="utf-8").splitlines()
    lines = text.split("\n")
    for c in cells:
        assert c.raw.split()[-1].rstrip("%*") in lines[c.line - 1]  # printed where it says


JAARSTUKKEN_HEADERS = [
    # three lines: column words, budget qualifiers, years; a Verschil column without a year
    (
        "Begroting Begroting Realisatie Verschil\nprimair na wijziging\n2023 2023 2023\n"
        "Jeugd 12.345 13.010 12.807 203",
        ["Begroting primair 2023", "Begroting na wijziging 2023", "Realisatie 2023", "Verschil"],
    ),
    # qualifiers and years mixed on the lines below, as a PDF reads them left to right
    (
        "Realisatie Begroting Begroting Realisatie Verschil\n2022 primair na wijziging 2023\n"
        "2023 2023\nJeugd 11.900 12.345 13.010 12.807 203",
        [
            "Realisatie 2022",
            "Begroting primair 2023",
            "Begroting na wijziging 2023",
            "Realisatie 2023",
            "Verschil",
        ],
    ),
    # one line, qualifiers before or after the year
    (
        "Primaire begroting 2023 Begroting na wijziging 2023 Realisatie 2023 Verschil\n"
        "Jeugd 12.345 13.010 12.807 203",
        ["Primaire begroting 2023", "Begroting na wijziging 2023", "Realisatie 2023", "Verschil"],
    ),
    (
        "Begroting 2023 primitief Begroting 2023 na wijziging Rekening 2023 Verschil\n"
        "Jeugd 12.345 13.010 12.807 203",
        [
            "Begroting 2023 primitief",
            "Begroting 2023 na wijziging",
            "Rekening 2023",
            "Verschil",
        ],
    ),
]


@pytest.mark.parametrize(("table", "columns"), JAARSTUKKEN_HEADERS)
def test_jaarstukken_column_groups(table: str, columns: list[str]) -> None:
    text = "Programma 2 Sociaal domein\n\nTabel 2.4 Lasten (bedragen x € 1.000)\n" + table + "\n"
    cells = document_figures(parse_sections(text), document_id="d", municipality="m")
    assert [c.column for c in cells] == columns
    assert [c.raw for c in cells] == table.splitlines()[-1].split()[1:]
    by_column = {c.column: c for c in cells}
    assert by_column["Verschil"].period == "" and by_column["Verschil"].value == 203000
    statuses = {c.column: c.status for c in cells if c.period == "2023"}
    assert sorted(statuses.values()) == ["begroot", "begroot", "realisatie"]


def test_a_totaal_column_after_the_years_is_not_read_as_the_last_year() -> None:
    """Investment tables: an unlabelled leading amount, four years, then Totaal."""
    text = (
        "Programma 2\n\nTabel 2.2 - Investeringen\nMeerjarenbeeld\n2024 2025 2026 2027 Totaal\n"
        "Gymzaal Burmanlaan 1.651.000 - - - - 1.651.000\n"
    )
    cells = document_figures(parse_sections(text), document_id="d", municipality="m")
    by_column = {c.column: c for c in cells}
    assert list(by_column) == ["2024", "2025", "2026", "2027", "Totaal"]
    assert by_column["2027"].value is None and by_column["Totaal"].value == 1651000


def test_a_baseline_with_its_year_before_the_target_columns() -> None:
    text = (
        "Programma 2\n\nTabel 2.1 - Effectindicatoren\nStreefwaarde Streefwaarde\nPeilwaarde\n"
        "Effectindicator Begroting Begroting\n2024 2025\n"
        "% inwoners met schuldenproblematiek 6,1% (2021) 6,0% 5,9%\n"
    )
    cells = document_figures(parse_sections(text), document_id="d", municipality="m")
    assert [(c.column, c.period, c.value) for c in cells] == [
        ("Peilwaarde (2021)", "2021", Decimal("6.1")),
        ("Begroting 2024", "2024", Decimal("6.0")),
        ("Begroting 2025", "2025", Decimal("5.9")),
    ]
    assert {c.row for c in cells} == {"% inwoners met schuldenproblematiek"}


def test_a_caption_a_blank_line_above_its_table_stays_its_caption() -> None:
    text = (
        "Programma 2\n\nTabel 2.2 - Investeringen P2\n\nMeerjarenbeeld\n2024 2025 Totaal\n"
        "Gymzaal 1.000 - 1.000\nSporthal 2.000 500 2.500\n"
    )
    cells = document_figures(parse_sections(text), document_id="d", municipality="m")
    assert cells and all(c.table.startswith("Tabel 2.2 - Investeringen P2") for c in cells)


def test_a_column_of_tenths_in_a_table_of_whole_euros_is_no_amount() -> None:
    """'SE Wsw 2032' printed '188,6' beside the contributions: euros are printed whole or
    with cents, so the column counts something the caption's 'bedragen in euro's' does not
    cover; the contributions stay euros."""
    text = "\n".join([
        "Tabel 3 Bijdragen per deelnemer (bedragen in euro's)",
        f"{'Deelnemer':<16}{'SE Wsw 2032':>14}{'Bijdrage 2032':>16}",
        f"{'Oudeweg':<16}{'188,6':>14}{'1.461.914':>16}",
        f"{'Nieuwland':<16}{'93,2':>14}{'722.418':>16}",
    ])
    found = document_figures(parse_sections(text), document_id="d", municipality="X")
    units = {(c.row, c.column): c.unit for c in found}
    assert units[("Oudeweg", "SE Wsw 2032")] == "count"
    assert units[("Oudeweg", "Bijdrage 2032")] == "EUR"


def test_a_typographic_minus_is_a_minus(tmp_path: Path) -> None:
    """'−3.360.666' (U+2212, as LaTeX, WeasyPrint and tbl set a minus) is negative, in a
    table read by position as in running text."""
    from assistant.corpus import read_document

    path = tmp_path / "proefdorp-begroting-2037.txt"
    path.write_text(
        "\n".join([
            "Tabel B.1 Baten en lasten per taakveld, begroting 2037 (bedragen in €)",
            f"{'Taakveld':<40}{'Lasten 2037':>16}{'Baten 2037':>16}{'Saldo 2037':>16}",
            f"{'0.1 Bestuur':<40}{'3.412.806':>16}{'52.140':>16}{'−3.360.666':>16}",
            f"{'0.5 Treasury':<40}{'312.460':>16}{'1.284.017':>16}{'971.557':>16}",
            "",
            "Het saldo van de structurele exploitatieruimte daalt met −0,6%.",
        ]),
        encoding="utf-8",
    )
    document = read_document(path, {"municipality": "Proefdorp", "year": 2037})
    found = document_figures(parse_sections(document.text), document_id="d", municipality="X")
    saldo = [c for c in found if c.row == "0.1 Bestuur" and c.column == "Saldo 2037"]
    assert [c.value for c in saldo] == [Decimal("-3360666")]


def test_a_footnote_number_glued_to_a_label_is_the_footnote_under_the_table() -> None:
    """'6.72 Maatwerkdienstverlening 18-3': the 3 is the mark of the footnote under the table
    ('3 Jeugdhulp ambulant en met verblijf'), not part of the label; the note goes with the
    figure. A label that ends in a number of its own keeps it."""
    text = "\n".join([
        "Tabel B.1 Baten en lasten per taakveld, begroting 2037 (bedragen in €)",
        f"{'Taakveld':<44}{'Lasten 2037':>16}{'Baten 2037':>16}",
        f"{'1.1 Crisisbeheersing en brandweer1':<44}{'5.318.772':>16}{'-':>16}",
        f"{'6.72 Maatwerkdienstverlening 18-3':<44}{'12.480.517':>16}{'-':>16}",
        f"{'Fase 2':<44}{'412.000':>16}{'-':>16}",
        "1 Inclusief de gemeentelijke bijdrage aan de veiligheidsregio.",
        "3 Jeugdhulp ambulant en met verblijf.",
    ])
    found = document_figures(parse_sections(text), document_id="d", municipality="X")
    by_row = {c.row: c for c in found if c.column == "Lasten 2037"}
    assert set(by_row) == {
        "1.1 Crisisbeheersing en brandweer", "6.72 Maatwerkdienstverlening 18-", "Fase 2"
    }
    assert "Jeugdhulp ambulant" in by_row["6.72 Maatwerkdienstverlening 18-"].annotation
    assert "veiligheidsregio" in by_row["1.1 Crisisbeheersing en brandweer"].annotation
