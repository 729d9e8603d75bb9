"""Tables read by geometry: real PDFs with cells at positions, as budget PDFs print them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from assistant.corpus import read_corpus
from assistant.figures import table_scale
from assistant.index import parse_document
from assistant.table_grid import normalize_cell, read_grid

from .conftest import laid_out as _at
from .pdfmaker import make_pdf

LABEL, C1, C2, C3 = 56, 260, 340, 420  # x of the label and of three value columns


def _cells(tmp_path: Path, pages: list) -> list:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / "proefstad-begroting-2025.pdf").write_bytes(make_pdf(pages))
    doc = read_corpus([corpus], cache_dir=tmp_path / "cache").documents[0]
    _, figures, _ = parse_document(doc, 120)
    return figures


def _value(cells: list, row: str, period: str, column_word: str = ""):
    found = [
        c
        for c in cells
        if c.row == row and c.period == period and column_word.lower() in c.column.lower()
    ]
    assert len(found) == 1, [(c.row, c.column, c.raw) for c in cells if c.row == row]
    return found[0].value


def test_euro_signs_in_every_cell_and_empty_cells_keep_their_column(tmp_path: Path) -> None:
    cells = _cells(
        tmp_path,
        [
            [
                "# Begroting 2025 gemeente Proefstad",
                "",
                "Tabel 4.1 Lasten per taakveld",
                [(C1, "2023"), (C2, "2024"), (C3, "2025")],
                [(LABEL, "Jeugd"), (C1, "€ 1.234.567"), (C2, "€ 2.345.678"), (C3, "€ 3.456.789")],
                [(LABEL, "Wmo"), (C1, "€ 900.000"), (C3, "€ 950.000")],  # 2024 is empty
                [(LABEL, "Schuldhulp"), (C2, "- € 12.000"), (C3, "€ 14.000")],
            ]
        ],
    )
    assert _value(cells, "Jeugd", "2023") == 1234567  # label without the euro signs
    assert _value(cells, "Jeugd", "2025") == 3456789
    assert _value(cells, "Wmo", "2025") == 950000  # not shifted into 2024
    assert not [c for c in cells if c.row == "Wmo" and c.period == "2024"]
    assert _value(cells, "Schuldhulp", "2024") == -12000
    assert all(c.unit == "EUR" and c.page == 1 for c in cells)


def test_a_header_over_two_lines_and_measures_under_each_year(tmp_path: Path) -> None:
    b, lasten, s = 250, 300, 350
    cells = _cells(
        tmp_path,
        [
            [
                "# Jaarstukken 2024 gemeente Proefstad",
                "",
                "Overzicht baten en lasten",
                [(LABEL, "Bedragen (x €1.000)"), (lasten, "Realisatie"),
                 (lasten + 160, "Begroting")],
                [(lasten, "2023"), (lasten + 160, "2024")],
                [(b, "baten"), (lasten, "lasten"), (s, "saldo"),
                 (b + 160, "baten"), (lasten + 160, "lasten"), (s + 160, "saldo")],
                [(LABEL, "Cultuur"), (b, "120"), (lasten, "-800"), (s, "-680"),
                 (b + 160, "130"), (lasten + 160, "-820"), (s + 160, "-690")],
            ]
        ],
    )  # fmt: skip
    assert _value(cells, "Cultuur", "2023", "baten") == 120000  # scale spelled '(x €1.000)'
    assert _value(cells, "Cultuur", "2024", "lasten") == -820000
    saldo = [c for c in cells if c.row == "Cultuur" and c.period == "2024" and "Saldo" in c.column]
    assert saldo[0].status == "begroot" and saldo[0].value == -690000
    real = [c for c in cells if c.row == "Cultuur" and c.period == "2023"]
    assert {c.status for c in real} == {"realisatie"}


def test_a_two_column_page_is_read_column_by_column(tmp_path: Path) -> None:
    left = [
        "De gemeente bouwt een nieuwe sporthal,",  # noqa: E501
        "zodat verenigingen meer ruimte krijgen.",
    ]
    right = [
        "Het college verlaagt de heffing voor",  # noqa: E501
        "gezinnen die hun afval goed scheiden.",
    ]
    lines = []
    for k in range(12):  # two columns of running text, side by side
        lines.append([(56, left[k % 2]), (320, right[k % 2])])
    raw = make_pdf([["# Kadernota 2026 gemeente Proefstad", ""] + lines])
    from assistant.pdf import pdf_text

    text, _ = pdf_text(raw, "two-columns", Path("kadernota.pdf"), None)
    body = [ln for ln in text.split("\n") if ln.strip() and not ln.startswith("#")]
    assert all("sporthal" not in ln or "afval" not in ln for ln in body)
    assert body.index(next(ln for ln in body if "afval" in ln)) > body.index(
        next(ln for ln in body if "sporthal" in ln)
    )


@pytest.mark.parametrize(
    ("note", "factor", "euro"),
    [
        ("bedragen x € 1.000", 1000, True),
        ("Bedragen (x €1.000)", 1000, True),
        ("€ '000", 1000, True),
        ("bedragen in duizenden euro's", 1000, True),
        ("(x € 1.000,-)", 1000, True),
        ("x € 1 mln", 1_000_000, True),
        ("bedragen x € 1.000.000", 1_000_000, True),
        ("bedragen x € 1\u2009000", 1000, True),  # thousands set apart by a thin space
        ("bedragen x € 1 000 000", 1_000_000, True),
        ("(x 1.000)", 1000, False),
        ("FTE per 1000 inwoners", 1, True),
        ("Begroting 2024", 1, True),
    ],
)
def test_scale_notes_in_the_spellings_budgets_use(note: str, factor: int, euro: bool) -> None:
    assert table_scale(note) == (factor, euro)


def test_a_grid_needs_rows_that_fit_its_columns() -> None:
    lines = [
        "                 2023        2024",
        "Jeugd           1.000       2.000",  # noqa: E501
        "Onderwijs         300         400",  # noqa: E501
    ]
    grid = read_grid(lines)
    assert grid is not None and [c.header for c in grid.columns] == ["2023", "2024"]
    assert grid.rows[1].cells == ("300", "400")
    assert read_grid(["Jeugd 1.000 2.000", "Onderwijs 300 400"]) is None  # no layout: no grid


def test_a_head_set_from_the_left_of_its_group_of_columns_heads_the_whole_group() -> None:
    """'Eenpersoonshuishouden' over its '2022' and '2023', printed from the left edge of the
    cell that spans them (its centre left of the first year): both years are its columns."""
    grid = read_grid(
        [
            _at((0, "Woonlasten (bedragen in €)"), (40, "Eenpersoonshuishouden"),
               (98, "Meerpersoonshuishouden")),
            _at((57, "2022"), (83, "2023"), (110, "2022"), (137, "2023")),
            _at((0, "OZB eigenaar woning"), (56, "€ 322"), (82, "€ 312"), (109, "€ 322"),
               (136, "€ 312")),
            _at((0, "Totaal woonlasten"), (56, "€ 795"), (82, "€ 809"), (109, "€ 867"),
               (136, "€ 885")),
        ]
    )  # fmt: skip
    assert grid is not None
    assert [c.header for c in grid.columns] == [
        "Eenpersoonshuishouden 2022", "Eenpersoonshuishouden 2023",
        "Meerpersoonshuishouden 2022", "Meerpersoonshuishouden 2023",
    ]  # fmt: skip


def test_value_cells_are_one_token() -> None:
    assert normalize_cell("- € 1.234") == "-€1.234"
    assert normalize_cell("€ -1.234") == "-€1.234"
    assert normalize_cell("– 74") == "-74"


def test_a_tables_scale_in_a_footnote_under_it() -> None:
    """'Tabel 7.1 Meerjarenraming4' points to the footnote '4) Bedragen x € 1.000.' right
    under the table, which gives its scale."""
    from assistant.figures import document_figures
    from assistant.parsing import parse_sections

    text = "\n".join([
        "# Begroting 2031",
        "",
        "Tabel 7.1 Meerjarenraming4",
        "                                       Begroting 2031      Raming 2032",
        "Bijdrage gemeente Proefdorp                    21.868           22.561",
        "Saldo van baten en lasten                      -2.412              163",
        "4) Bedragen x € 1.000. De bijdragen zijn afgerond.",
    ])
    cells = document_figures(
        parse_sections(text), document_id="proefdorp-begroting-2031", municipality="Proefdorp"
    )
    value = {(c.row, c.period): c.value for c in cells}
    assert value[("Bijdrage gemeente Proefdorp", "2031")] == 21868000
    assert value[("Saldo van baten en lasten", "2031")] == -2412000


def test_key_figure_cards_side_by_side_and_stacked(tmp_path: Path) -> None:
    cells = _cells(
        tmp_path,
        [
            [
                "# Jaarverslag 2023 gemeente Proefstad",
                "",
                "Kerncijfers",
                [(56, "Aantal bezoekers van de bibliotheek")],
                [(56, "2022"), (300, "2023")],
                [(56, "12.500"), (300, "13.750")],
                [(56, "Aantal uitleningen"), (300, "Vragen aan de balie")],
                [(56, "2022"), (150, "2023"), (300, "2022"), (400, "2023")],
                [(56, "80.000"), (150, "82.500"), (300, "4.100"), (400, "3.900")],
            ]
        ],
    )
    def card(name: str, year: str):
        (found,) = [c.value for c in cells if c.row.endswith(name) and c.period == year]
        return found

    assert card("Aantal bezoekers van de bibliotheek", "2023") == 13750
    assert card("Aantal uitleningen", "2023") == 82500
    assert card("Vragen aan de balie", "2022") == 4100
    assert all(c.unit == "count" for c in cells)


def test_two_captioned_tables_side_by_side_are_read_one_after_the_other(tmp_path: Path) -> None:
    """'Tabel 1 Kerncijfers' left and 'Tabel 2 Tarieven 2025' right on one line, each table
    under its own caption and scale note: the left one read whole, then the right one, never
    a left row's label with a right row's words and figures."""
    cells = _cells(
        tmp_path,
        [
            [
                "# Jaarrekening 2025 Recreatieschap Proefmeer",
                "",
                "Hieronder staan links de kerncijfers in duizenden euro's en rechts de tarieven "
                "voor bezoekers in euro's, zoals het bestuur ze heeft vastgesteld voor 2025.",
                "",
                [(40, "Tabel 1 Kerncijfers"), (310, "Tabel 2 Tarieven 2025")],
                [(190, "bedragen x € 1.000"), (480, "bedragen in €")],
                [(40, "Kerncijfer"), (190, "2024"), (250, "2025"),
                 (310, "Tarief"), (520, "2025")],
                [(40, "Totale lasten"), (185, "6.120"), (245, "6.480"),
                 (310, "Dagkaart zwembad volwassene"), (520, "5,75")],
                [(40, "Totale baten"), (185, "6.305"), (245, "6.910"),
                 (310, "Dagkaart zwembad kind"), (520, "3,90")],
                [(40, "Resultaat"), (190, "185"), (250, "430"),
                 (310, "Ligplaats per meter"), (515, "104,20")],
                [(40, "Bezoekers (aantal)"), (180, "318.400"), (240, "342.900")],
                "",
                "De tarieven zijn in 2025 met 2,5% verhoogd ten opzichte van het jaar daarvoor.",
            ]
        ],
    )  # fmt: skip
    assert _value(cells, "Totale lasten", "2025") == 6480000
    assert _value(cells, "Totale baten", "2024") == 6305000
    assert _value(cells, "Dagkaart zwembad volwassene", "2025") == Decimal("5.75")
    assert _value(cells, "Ligplaats per meter", "2025") == Decimal("104.20")
    assert not [c for c in cells if "Dagkaart" in c.row and "lasten" in c.row]


def test_a_header_set_apart_from_its_rows_by_a_blank_heads_them(tmp_path: Path) -> None:
    """A header of dated columns, a blank line, then the rows (a word processor's spacing
    under the header): one table, its figures under the header's columns."""
    cells = _cells(
        tmp_path,
        [
            [
                "# Jaarstukken 2025 gemeente Proefstad",
                "",
                "Baten en lasten programma 3 Sociaal domein (bedragen in €)",
                [(300, "Begroting 2025"), (400, "Begroting 2025"), (490, "Realisatie")],
                [(60, "Taakveld"), (305, "primitief"), (395, "na wijziging"), (500, "2025")],
                "",
                [(60, "6.1 Samenkracht en")],
                [(300, "3.248.800"), (400, "3.398.800"), (490, "3.311.502")],
                [(60, "burgerparticipatie")],
                [(60, "6.3 Inkomensregelingen"), (300, "10.845.200"), (400, "11.575.200"),
                 (490, "11.892.340")],
                [(60, "6.4 Begeleide participatie"), (305, "2.904.700"), (405, "2.904.700"),
                 (495, "2.889.236")],
                [(60, "Totaal lasten"), (300, "13.749.900"), (400, "14.479.900"),
                 (490, "14.781.576")],
            ]
        ],
    )  # fmt: skip
    assert _value(cells, "6.3 Inkomensregelingen", "2025", "Realisatie") == 11892340
    assert _value(cells, "6.4 Begeleide participatie", "2025", "na wijziging") == 2904700


def test_a_column_of_words_beside_rows_set_in_from_a_margin() -> None:
    """A page with a margin column of its own sets the table in from the left: its rows, with
    a column of words after their figures ('Bron'), are rows all the same."""
    grid = read_grid([
        _at((60, "Streefwaarde"), (75, "Realisatie"), (88, "Realisatie")),
        _at((37, "Indicator"), (68, "2020"), (81, "2020"), (94, "2019"), (101, "Bron")),
        _at((37, "Aantal peuters bereikt"), (71, "-"), (82, "164"), (95, "172"), (101, "Opgave")),
        _at((37, "Aantal cursisten taalcursus"), (70, "20"), (83, "14"), (96, "19"), (101, "ROC")),
        _at((37, "Aantal cursisten via Taalpunt"), (70, "30"), (83, "22"), (96, "33"),
            (101, "Taalpunt")),
    ])  # fmt: skip
    assert grid is not None
    assert [c.header for c in grid.columns] == [
        "Streefwaarde 2020", "Realisatie 2020", "Realisatie 2019"
    ]  # fmt: skip
    assert grid.rows[1].label == "Aantal cursisten taalcursus"
    assert grid.rows[1].cells == ("20", "14", "19")


def test_a_qualifier_under_one_column_heads_that_column_only() -> None:
    # 'primitief' under the first 'Begroting', 'wijziging' under 'Begroting na': nothing is
    # named under the bottom line, which is no reason to read its words as group headers
    laid_out = [
        "                           Begroting   Begroting na",
        "x € 1.000                                            Realisatie   Verschil  V/N",
        "                           primitief      wijziging",
        "Programma 1 Bestuur            8.912          9.269       9.081        187    V",  # noqa: E501
        "Programma 2 Ruimte            14.737         15.412      15.988        575    N",  # noqa: E501
    ]
    grid = read_grid(laid_out)
    assert grid is not None
    assert [c.header for c in grid.columns] == [
        "Begroting primitief", "Begroting na wijziging", "Realisatie", "Verschil"
    ]



def test_a_mark_apart_after_an_accountants_negative_goes_with_it() -> None:
    # '(80)    N': the deviation in brackets, its mark in the column 'V/N' of its own; the
    # row keeps all its figures and its label
    laid_out = [
        "Omschrijving                    Realisatie   Begroting    Verschil          Realisatie",  # noqa: E501
        "                                      2024        2024    na wijz.   V/N          2023",  # noqa: E501
        "Salarissen en sociale lasten       (3.187)     (3.520)         333    V       (3.471)",  # noqa: E501
        "Inhuur derden                        (318)       (238)        (80)    N         (402)",  # noqa: E501
        "Bijdragen gemeenten                  4.813       4.813           0    V         4.587",  # noqa: E501
    ]
    grid = read_grid(laid_out)
    assert grid is not None
    rows = {row.label: list(row.cells) for row in grid.rows}
    assert rows["Inhuur derden"] == ["(318)", "(238)", "(80) N", "(402)"], rows
    assert rows["Bijdragen gemeenten"][0] == "4.813", rows


def test_a_header_cell_over_the_names_of_two_columns_heads_both() -> None:
    # 'Bijdrage 2036 (€)' spans the cells 'Primitief' and 'Na wijziging' under it, though
    # the layout sets it over the first column's figures only (groff's tbl, 's' spans)
    laid_out = [
        _at((84, 'Bijdrage 2036 (€)')),
        _at((2, 'Gemeente'), (25, 'Inwoners 1-1-2035'), (54, 'Aandeel (%)')),
        _at((79, 'Primitief'), (97, 'Na wijziging')),
        _at((0, 'Oudeweg'), (36, '38.112'), (63, '18,40'), (83, '4.503.270'), (105, '4.552.180')),
        _at((0, 'Nieuwland'), (36, '26.305'), (63, '12,89'), (83, '3.108.716'), (105, '3.142.528')),
    ]
    grid = read_grid(laid_out)
    assert grid is not None
    assert [c.header for c in grid.columns][-2:] == [
        "Bijdrage 2036 (€) Primitief", "Bijdrage 2036 (€) Na wijziging"
    ]


def test_a_budget_version_alone_shares_the_head_set_over_its_neighbour() -> None:
    # 'Begroting 2036' spans 'Primitief' and 'Na wijziging', but the layout sets it over the
    # first only: 'Na wijziging' alone is the amended budget of 2036 all the same
    laid_out = [
        _at((50, 'Begroting 2036')),
        _at((12, 'Product'), (87, 'Realisatie 2036'), (115, 'Verschil')),
        _at((42, 'Primitief'), (66, 'Na wijziging')),
        _at(
            (0, 'Brandweer'), (46, '14.806.200'),
            (68, '15.118.400'), (92, '14.706.094'), (116, '412.306'),
        ),
        _at(
            (0, 'Preventie'), (47, '3.912.500'),
            (69, '3.980.100'), (93, '3.744.862'), (116, '235.238'),
        ),
        _at(
            (0, 'Vakbekwaamheid'), (47, '2.645.000'),
            (69, '2.712.300'), (93, '2.901.455'), (115, '-189.155'),
        ),
    ]
    grid = read_grid(laid_out)
    assert grid is not None
    assert [c.header for c in grid.columns][:2] == [
        "Begroting 2036 Primitief", "Begroting 2036 Na wijziging"
    ]



@pytest.mark.parametrize(
    "laid_out, expected",
    [
        (  # centred over the middle one of three versions, 'Realisatie' over its own year
            [
                _at((90, "Begroting 2041"), (150, "Realisatie")),
                _at((10, "Programma"), (70, "Primitief"), (92, "Wijzigingen"),
                    (115, "Na wijziging"), (152, "2041"), (168, "Verschil")),
                _at((50, "Lasten"), (70, "2.104.300"), (96, "75.000"), (116, "2.179.300"),
                    (145, "2.011.845"), (167, "167.455")),
                _at((50, "Baten"), (72, "310.000"), (101, "0"), (118, "310.000"),
                    (147, "352.190"), (169, "42.190")),
            ],
            ["Begroting 2041 Primitief", "Begroting 2041 Wijzigingen",
             "Begroting 2041 Na wijziging", "Realisatie 2041", "Verschil"],
        ),
        (  # over both versions, a wide negative saldo reaching under its first letters
            [
                _at((44, "Begroting 2041"), (74, "Realisatie"), (93, "Verschil")),
                _at((39, "primitief"), (54, "na wijziging"), (78, "2041")),
                _at((0, "Lasten"), (41, "12.640"), (59, "12.815"), (75, "12.702"), (95, "113")),
                _at((0, "Baten"), (43, "415"), (61, "430"), (76, "488"), (96, "58")),
                _at((0, "Saldo"), (40, "-12.225"), (56, "-12.385"), (74, "-12.214"),
                    (95, "171")),
            ],
            ["Begroting 2041 primitief", "Begroting 2041 na wijziging", "Realisatie 2041",
             "Verschil"],
        ),
        (  # set over the right one of two versions
            [
                _at((96, "Begroting 2041"), (123, "Realisatie 2041"), (145, "Verschil")),
                _at((86, "primitief"), (100, "na wijziging")),
                _at((2, "Lasten"), (89, "36.410"), (108, "37.020"), (130, "36.544"),
                    (147, "-476")),
                _at((2, "Baten"), (89, "35.900"), (108, "36.215"), (130, "36.630"),
                    (148, "415")),
            ],
            ["Begroting 2041 primitief", "Begroting 2041 na wijziging", "Realisatie 2041",
             "Verschil"],
        ),
    ],
)  # fmt: skip
def test_a_dated_budget_spans_the_versions_under_it(laid_out, expected) -> None:
    """'Begroting 2041' heads every version of that budget (primitief, wijzigingen, na
    wijziging) under it, wherever the layout centres it: over the middle one, over both of
    two with a wider row under them, or over the right one."""
    grid = read_grid(laid_out)
    assert grid is not None
    assert [c.header for c in grid.columns] == expected

def test_dated_budgets_over_groups_of_measures_beside_a_column_of_their_difference() -> None:
    """'Begroting 2025 primitief', '... na wijziging' and 'Realisatie 2025' each over
    'Lasten Baten Saldo', and a 'Verschil saldo' over one column of its own beside them:
    each group of three is headed by its budget, never a budget over two measures."""
    laid_out = [
        _at((75, "Begroting 2025 primitief"), (121, "Begroting 2025 na wijziging"),
            (180, "Realisatie 2025"), (233, "Verschil saldo")),
        _at((235, "realisatie -")),
        _at((2, "Programma"), (75, "Lasten"), (91, "Baten"), (107, "Saldo"), (123, "Lasten"),
            (142, "Baten"), (158, "Saldo"), (174, "Lasten"), (192, "Baten"), (208, "Saldo"),
            (229, "begroting na wijz.")),
        _at((2, "1. Bestuur"), (76, "3.910"), (93, "615"), (106, "-3.295"), (124, "4.102"),
            (144, "640"), (157, "-3.462"), (175, "4.011"), (194, "702"), (207, "-3.309"),
            (244, "153")),
        _at((2, "2. Sociaal domein"), (75, "38.120"), (91, "8.640"), (106, "-29.480"),
            (123, "39.904"), (142, "9.115"), (157, "-30.789"), (174, "40.870"),
            (192, "9.350"), (206, "-31.520"), (243, "-731")),
    ]  # fmt: skip
    grid = read_grid(laid_out)
    assert grid is not None
    headers = [c.header for c in grid.columns]
    assert headers[:4] == [
        "Begroting 2025 primitief Lasten", "Begroting 2025 primitief Baten",
        "Begroting 2025 primitief Saldo", "Begroting 2025 na wijziging Lasten",
    ]  # fmt: skip
    assert headers[6:9] == [
        "Realisatie 2025 Lasten", "Realisatie 2025 Baten", "Realisatie 2025 Saldo"
    ]  # fmt: skip
    assert headers[9].startswith("Verschil saldo")


def test_groups_of_three_beside_a_total_over_two_columns_of_its_own() -> None:
    """'Basistaken' and 'Plustaken' each over 'Uren', 'Uurtarief' and 'Bijdrage', beside a
    'Totaal bijdrage' over two columns of its own: every column of a group is headed by its
    group, not only the one the group's name stands over."""
    laid_out = [
        _at((72, "Basistaken"), (138, "Plustaken"), (192, "Totaal bijdrage")),
        _at((74, "Uurtarief"), (107, "Bijdrage"), (146, "Uurtarief"), (179, "Bijdrage"),
            (203, "Totaal"), (230, "Totaal")),
        _at((1, "Deelnemer"), (59, "Uren"), (81, "(€)"), (111, "(€)"), (131, "Uren"),
            (153, "(€)"), (183, "(€)"), (200, "2026 (€)"), (227, "2025 (€)")),
        _at((1, "Borne"), (57, "4.180"), (77, "104,20"), (106, "435.556"), (130, "760"),
            (149, "104,20"), (179, "79.192"), (199, "514.748"), (226, "479.040")),
        _at((1, "Dinkelland"), (57, "7.940"), (77, "104,20"), (106, "827.348"), (128, "1.480"),
            (149, "104,20"), (178, "154.216"), (199, "981.564"), (226, "917.162")),
    ]  # fmt: skip
    grid = read_grid(laid_out)
    assert grid is not None
    headers = [c.header for c in grid.columns]
    assert headers[:6] == [
        "Basistaken Uren", "Basistaken Uurtarief (€)", "Basistaken Bijdrage (€)",
        "Plustaken Uren", "Plustaken Uurtarief (€)", "Plustaken Bijdrage (€)",
    ], headers  # fmt: skip


def test_kengetallen_beside_a_column_of_norms_that_holds_a_stray_figure() -> None:
    """The VNG's norms in a column of words right of the kengetallen ('<0,6 / 0' wrapped, its
    '0' standing apart), and a row whose label wraps around its figures, the figures first:
    the kengetallen are read, the norms stay words."""
    laid_out = [
        _at((53, "2022"), (85, "2023"), (113, "2024"), (133, "Vol-"), (160, "Onvol-")),
        _at((0, "Kengetallen:"), (52, "Verslag"), (85, "Begr."), (112, "Begr."),
            (131, "doende"), (160, "doende")),
        _at((0, "1a. Netto schuldquote"), (55, "23"), (87, "25"), (114, "18")),
        _at((0, "2. Solvabiliteitsratio"), (55, "66"), (87, "66"), (114, "65"), (133, ">50"),
            (147, "<50 /"), (161, "<30")),
        _at((0, "3. Structurele"), (148, "<0,6 /")),
        _at((53, "-0,85"), (85, "2,63"), (113, "0,04"), (133, ">0,6"), (161, "0")),
        _at((0, "exploitatie ruimte"), (161, ">0")),
        _at((0, "5. Belastingcapaciteit"), (54, "172"), (86, "173"), (113, "172"),
            (133, "<100"), (160, ">120")),
    ]  # fmt: skip
    grid = read_grid(laid_out)
    assert grid is not None
    assert [c.header for c in grid.columns] == ["2022 Verslag", "2023 Begr.", "2024 Begr."]
    rows = {r.label: r.cells for r in grid.rows}
    assert rows["1a. Netto schuldquote"] == ("23", "25", "18")
    assert rows["5. Belastingcapaciteit"] == ("172", "173", "172")
    assert ("-0,85", "2,63", "0,04") in rows.values()


def test_dates_under_two_of_four_columns_head_those_two_only() -> None:
    # 'Stand 1-1' and 'Stand 31-12' wrap their dates under them; nothing is named below the
    # dates, so two dates over four columns do not each head a pair of columns
    laid_out = [
        _at((0, 'Reserve'), (51, 'Stand'), (65, 'Toevoeging'), (79, 'Onttrekking'), (94, 'Stand')),
        _at((50, '1-1-2039'), (91, '31-12-2039')),
        _at((0, 'Algemene reserve'), (51, '18.452'), (66, '1.310'), (80, '2.605'), (93, '17.157')),
        _at((0, 'Reserve sociaal domein'), (52, '4.120'), (68, '–'), (80, '1.380'), (94, '2.740')),
    ]
    grid = read_grid(laid_out)
    assert grid is not None
    assert [c.header for c in grid.columns] == [
        "Stand 1-1-2039", "Toevoeging", "Onttrekking", "Stand 31-12-2039"
    ]


def test_headers_centred_in_cells_wider_than_their_figures() -> None:
    """A word processor's table: figures flush right, headers centred in their cells, so a
    header stands left of its figures, over none of them ('Stand 31-12-' and '2044' left of
    '18.390'; '2042' under 'Rekening', left of the first column's '14.215')."""
    # the positions of the real layout (Word, converted by LibreOffice), labels set shorter
    reserves = read_grid([
        _at((0, "Reserve"), (20, "Stand 1-1-"), (41, "Toevoeging"), (61, "Onttrekking"),
            (84, "Stand 31-12-")),
        _at((24, "2044"), (89, "2044")),
        _at((0, "Algemene reserve"), (30, "18.640"), (56, "0"), (75, "250"), (97, "18.390")),
        _at((0, "Reserve sociaal"), (31, "3.215"), (56, "0"), (73, "1.150"), (98, "2.065")),
        _at((0, "Reserve wegen"), (31, "2.480"), (54, "620"), (75, "710"), (98, "2.390")),
    ])  # fmt: skip
    assert reserves is not None
    assert [c.header for c in reserves.columns] == [
        "Stand 1-1- 2044", "Toevoeging", "Onttrekking", "Stand 31-12- 2044",
    ]  # fmt: skip
    assert reserves.rows[0].label == "Algemene reserve"
    programme = read_grid([
        "Programma 2                  Rekening     Begroting     Begroting",  # noqa: E501
        "                           2042              2043          2044",
        "Lasten                         14.215        17.842        16.481",  # noqa: E501
        "Baten                           9.105        11.620        10.377",  # noqa: E501
    ])  # fmt: skip
    assert programme is not None
    headers = [c.header for c in programme.columns]
    assert headers == ["Rekening 2042", "Begroting 2043", "Begroting 2044"]


def test_a_header_over_a_column_of_units_is_not_the_first_figures() -> None:
    """'Eenheid' over the units after the labels ('%') heads no column of figures."""
    grid = read_grid([
        "Indicator                                  Eenheid       Realisatie",  # noqa: E501
        "                                                               2024",
        "Bereik consultatiebureau          %                            97,8",  # noqa: E501
        "Vaccinatiegraad BMR               %                            88,9",  # noqa: E501
    ])  # fmt: skip
    assert grid is not None and [c.header for c in grid.columns] == ["Realisatie 2024"]



def test_the_euro_sign_of_a_scale_note_over_the_labels_is_no_amount_of_the_years() -> None:
    """'Bedragen in €' under the table's title, on the line of the years: its euro sign ends
    the note, it is not set apart before the first year as before an amount."""
    grid = read_grid([
        "Meerjarenbegroting per programma         Realisatie       Begroting      Begroting",  # noqa: E501
        "Bedragen in €                                  2023            2024           2025",  # noqa: E501
        "Programma 1 Groeistrategie               1.184.306       1.402.380      1.596.420",  # noqa: E501
        "Totaal lasten                            6.780.912       7.727.604      8.143.730",  # noqa: E501
    ])  # fmt: skip
    assert grid is not None
    headers = [c.header for c in grid.columns]
    assert headers == ["Realisatie 2023", "Begroting 2024", "Begroting 2025"]
    assert [r.label for r in grid.rows] == ["Programma 1 Groeistrategie", "Totaal lasten"]


def test_a_dash_in_a_column_of_sources_is_an_empty_source_not_a_figure() -> None:
    """An indicator table with a Bron column of words ('CIV') where some rows print '-': the
    dash stands in the column of words, so the table is still read by its columns."""
    grid = read_grid([
        "                                        Streefwaarde   Realisatie   Realisatie",
        "Beleidsdoelen                                   2021         2021         2020        Bron",  # noqa: E501
        "Aantal activeringstrajecten                      380          342          351         CIV",  # noqa: E501
        "Aantal Wsw 'zittend bestand'                     258          254          262           -",  # noqa: E501
        "Aantal aanvragen bijzondere bijstand             450          497          466         CIV",  # noqa: E501
    ])  # fmt: skip
    assert grid is not None
    assert [c.header for c in grid.columns] == [
        "Streefwaarde 2021", "Realisatie 2021", "Realisatie 2020",
    ]  # fmt: skip
    assert grid.rows[1].cells == ("258", "254", "262")


def test_a_year_with_the_columns_unit_under_a_header_is_no_row() -> None:
    # 'Verdeelsleutel' over '2024 (%)': the year with its unit heads the column; the line it
    # stands on ('Gemeente   1-1-2023   2024 (%)   begroot 2024') is the header's second line
    laid_out = [
        _at((59, "Inwoners"), (77, "Verdeelsleutel"), (105, "Bijdrage")),
        _at((1, "Gemeente"), (59, "1-1-2023"), (83, "2024 (%)"), (101, "begroot 2024")),
        _at((1, "Almelo"), (61, "73.920"), (86, "11,61"), (103, "5.117.340")),
        _at((1, "Dinkelland"), (61, "26.842"), (87, "4,71"), (103, "2.076.027")),
    ]
    grid = read_grid(laid_out)
    assert grid is not None
    assert [c.header for c in grid.columns] == [
        "Inwoners 1-1-2023", "Verdeelsleutel 2024 (%)", "Bijdrage begroot 2024"
    ]
    assert grid.rows[1].label == "Dinkelland"
    assert grid.rows[1].cells == ("26.842", "4,71", "2.076.027")


def test_columns_of_words_between_the_label_and_the_figures_are_no_part_of_the_label() -> None:
    # 'Rechtsvorm' and 'Vestigingsplaats' head columns of their own: a row's label is the name
    # under 'Verbonden partij' ('Tubbergen', where the body sits, is not in its name)
    laid_out = [
        _at((85, "Bijdrage"), (103, "Bijdrage")),
        _at((0, "Verbonden partij"), (36, "Rechtsvorm"), (67, "Vestigingsplaats"),
            (81, "begroot 2024"), (99, "werkelijk 2024")),
        _at((0, "Noaberkracht Dinkelland Tubbergen"), (36, "Gemeenschappelijke regeling"),
            (67, "Tubbergen"), (83, "12.476.300"), (103, "12.318.946")),
        _at((0, "Regio Twente"), (36, "Gemeenschappelijke regeling"), (67, "Enschede"),
            (84, "1.148.600"), (104, "1.162.085")),
        _at((0, "Vitens N.V."), (36, "Naamloze vennootschap"), (67, "Zwolle"),
            (92, "0"), (112, "0")),
    ]
    grid = read_grid(laid_out)
    assert grid is not None
    assert [r.label for r in grid.rows] == [
        "Noaberkracht Dinkelland Tubbergen", "Regio Twente", "Vitens N.V."
    ]
    assert grid.rows[0].cells == ("12.476.300", "12.318.946")


def test_a_column_of_codes_before_the_names_keeps_the_names() -> None:
    laid_out = [
        _at((0, "Nr."), (6, "Omschrijving"), (50, "Begroting 2025"), (68, "Begroting 2026")),
        _at((0, "1"), (6, "Bestuur en dienstverlening"), (56, "4.120"), (74, "4.310")),
        _at((0, "2"), (6, "Veiligheid"), (56, "2.870"), (74, "2.915")),
        _at((0, "3"), (6, "Verkeer en vervoer"), (56, "6.455"), (74, "6.602")),
    ]
    grid = read_grid(laid_out)
    assert grid is not None
    assert [r.label.split()[-1] for r in grid.rows] == ["dienstverlening", "Veiligheid", "vervoer"]


def test_a_minus_written_as_dutch_accountants_do_is_a_negative_amount() -> None:
    # '-/- 1.239': minus, as Dutch budgets print a withdrawal or a nadelig saldo
    from assistant.figures import document_figures
    from assistant.parsing import parse_sections

    text = "\n".join([
        "## Wat mag het kosten?",
        "",
        "Tabel 3.2 Saldo programma Sociaal domein (bedragen x € 1.000)",
        "{:<30}{:>16}{:>16}".format("", "Begroting 2025", "Begroting 2026"),
        "{:<30}{:>16}{:>16}".format("Lasten", "41.520", "42.180"),
        "{:<30}{:>16}{:>16}".format("Baten", "9.340", "9.505"),
        "{:<30}{:>16}{:>16}".format("Saldo", "-/- 32.180", "-/- 32.675"),
    ])
    assert normalize_cell("-/- 32.180") == "-32.180"
    assert normalize_cell("€ -/- 1.239") == "-€1.239"
    cells = document_figures(parse_sections(text), document_id="p", municipality="Proefdorp")
    saldo = [(c.column, c.value) for c in cells if c.row == "Saldo"]
    assert saldo == [("Begroting 2025", -32180000), ("Begroting 2026", -32675000)]


def test_years_as_the_rows_label_them() -> None:
    # 'Jaar' over '2025', '2024 (na wijziging)': the years are the rows' labels, not a column
    laid_out = [
        _at((1, "Jaar"), (40, "Bijdrage Wassenaar"), (66, "Bijdrage Voorschoten")),
        _at((1, "2024 (na wijziging)"), (48, "22.529.177"), (76, "21.267.823")),
        _at((1, "2025"), (48, "22.326.361"), (76, "21.042.639")),
        _at((1, "2026"), (48, "23.095.987"), (76, "21.768.013")),
    ]
    grid = read_grid(laid_out)
    assert grid is not None
    assert [c.header for c in grid.columns] == ["Bijdrage Wassenaar", "Bijdrage Voorschoten"]
    assert [r.label for r in grid.rows] == ["2024 (na wijziging)", "2025", "2026"]
    assert grid.rows[1].cells == ("22.326.361", "21.042.639")


def test_a_group_named_between_the_header_and_its_rows_keeps_the_header() -> None:
    from assistant.figures import document_figures
    from assistant.parsing import parse_sections

    row = "{:<40}{:>16}{:>16}".format
    text = "\n".join([
        "## Lasten per team",
        "",
        "Tabel 4 Lasten per afdeling en team, begroting 2025",
        "Bedragen in euro's; formatie in fte",
        row(" Afdeling / team", "Formatie (fte)", "Loonsom"),
        "Publiekszaken en dienstverlening",
        row(" Burgerzaken", "24,78", "1.977.400"),
        row(" Klantcontactcentrum", "19,33", "1.542.500"),
        "Ruimte",
        row(" Buitendienst", "62,40", "5.422.600"),
    ])
    cells = document_figures(parse_sections(text), document_id="p", municipality="Proefdorp")
    found = {(c.row, c.column): c.value for c in cells if c.table.startswith("Tabel 4")}
    assert found[("Burgerzaken", "Formatie (fte)")] == Decimal("24.78")
    assert found[("Buitendienst", "Loonsom")] == 5422600


def test_a_label_wrapped_beside_a_column_of_units_is_whole_with_its_unit() -> None:
    # 'Personen met een' / 'bijstandsuitkering' beside 'per 10.000 inwoners van 18 jaar en' /
    # 'ouder' under 'Eenheid': the name is whole, its unit after it
    from assistant.figures import document_figures
    from assistant.parsing import parse_sections

    row = "{:<25}{:<38}{:>8}{:>14}{:>14}".format
    text = "\n".join([
        "## Beleidsindicatoren",
        "",
        "Tabel 2.6.1 Verplichte beleidsindicatoren programma 6",
        row(" Indicator", "Eenheid", "Jaar", "Twenterand", "Nederland"),
        row(" Banen", "per 1.000 inwoners van 15-74 jaar", "2023", "612,4", "803,6"),
        row(" Personen met een", "per 10.000 inwoners van 18 jaar en", "2023", "289,4", "372,5"),
        row(" bijstandsuitkering", "ouder", "", "", "").rstrip(),
        row(" Jongeren met jeugdhulp", "% van alle jongeren tot 18 jaar", "2023", "12,4", "12,9"),
    ])
    cells = document_figures(parse_sections(text), document_id="p", municipality="Twenterand")
    rows = {c.row for c in cells if c.column == "Twenterand"}
    assert rows == {
        "Banen per 1.000 inwoners van 15-74 jaar",
        "Personen met een bijstandsuitkering per 10.000 inwoners van 18 jaar en",
        "Jongeren met jeugdhulp % van alle jongeren tot 18 jaar",
    }


def test_a_label_broken_off_after_a_hyphen_or_an_article_goes_on_below() -> None:
    from assistant.figures import document_figures
    from assistant.parsing import parse_sections

    row = "{:<42}{:>12}{:>16}{:>16}".format
    text = "\n".join([
        "## Investeringen",
        "",
        "Tabel 3.3 Investeringen 2025-2028 (bedragen x € 1.000)",
        row(" Investering", "Programma", "Krediet 2025", "Krediet 2026"),
        row(" Vervanging riolering Westerhaar-", "3", "1.250", "980"),
        "Vriezenveensewijk",
        row(" Renovatie kunstgrasveld sportpark De", "5", "0", "560"),
        "Kuil",
        row(" Vervanging voertuigen buitendienst", "3", "385", "240"),
    ])
    cells = document_figures(parse_sections(text), document_id="p", municipality="Proefdorp")
    assert {c.row for c in cells} == {
        "Vervanging riolering Westerhaar-Vriezenveensewijk",
        "Renovatie kunstgrasveld sportpark De Kuil",
        "Vervanging voertuigen buitendienst",
    }


def test_a_table_of_years_as_rows_is_read_with_the_years_as_columns() -> None:
    from assistant.figures import document_figures
    from assistant.parsing import parse_sections

    row = "{:<24}{:>20}{:>22}".format
    text = "\n".join([
        "## Bijdragen",
        "",
        "Tabel 3 Bijdragen per gemeente 2023-2026 (bedragen in euro's)",
        row(" Jaar", "Bijdrage Wassenaar", "Bijdrage Voorschoten"),
        row(" 2023 (realisatie)", "22.098.860", "20.920.140"),
        row(" 2024 (na wijziging)", "22.529.177", "21.267.823"),
        row(" 2025", "22.326.361", "21.042.639"),
    ])
    cells = document_figures(parse_sections(text), document_id="p", municipality="Proefdorp")
    found = {(c.row, c.column, c.period, c.status): c.value for c in cells}
    assert found[("Bijdrage Wassenaar", "2025", "2025", "")] == 22326361
    assert found[("Bijdrage Voorschoten", "2023 (realisatie)", "2023", "realisatie")] == 20920140



def test_a_label_wrapped_where_its_next_word_did_not_fit_goes_on_below() -> None:
    # 'Den Ham' under 'Nieuwbouw integraal kindcentrum (IKC)': 'Den' would not have fitted in
    # the label column beside it, and every line between the rows ends a label so
    from assistant.figures import document_figures
    from assistant.parsing import parse_sections

    row = "{:<42}{:>16}{:>16}".format
    text = "\n".join([
        "## Investeringen",
        "",
        "Tabel 3.3 Investeringen 2025-2028 (bedragen x € 1.000)",
        row(" Investering", "Krediet 2025", "Totaal krediet"),
        row(" Vervanging riolering Westerhaar-", "1.250", "2.230"),
        "Vriezenveensewijk",
        row(" Vervanging openbare verlichting door led", "420", "1.680"),
        row(" Nieuwbouw integraal kindcentrum (IKC)", "3.600", "10.200"),
        "Den Ham",
        row(" Vervanging voertuigen", "385", "1.210"),
        row(" Totaal investeringen", "5.655", "15.320"),
    ])
    cells = document_figures(parse_sections(text), document_id="p", municipality="Proefdorp")
    assert {(c.row, c.group) for c in cells} == {
        ("Vervanging riolering Westerhaar-Vriezenveensewijk", ""),
        ("Vervanging openbare verlichting door led", ""),
        ("Nieuwbouw integraal kindcentrum (IKC) Den Ham", ""),
        ("Vervanging voertuigen", ""),
        ("Totaal investeringen", ""),
    }


def test_a_group_named_under_a_long_label_in_a_table_of_groups_stays_a_group() -> None:
    from assistant.figures import document_figures
    from assistant.parsing import parse_sections

    row = "{:<36}{:>16}{:>16}".format
    text = "\n".join([
        "## Balans",
        "",
        "Tabel 10.2 Geprognosticeerde balans (bedragen x € 1.000)",
        row(" Balanspost", "Begr. 2024", "Begr. 2025"),
        "Voorraden",
        row(" MPG (bouwgrondexploitaties)", "0", "0"),
        "Uitzettingen < 1 jaar",
        row(" Vorderingen openbare lichamen", "7.458", "7.458"),
        row(" Liquide middelen", "143", "143"),
        "Overlopende activa",
        row(" Nog te ontvangen", "7.022", "7.022"),
    ])
    cells = document_figures(parse_sections(text), document_id="p", municipality="Proefdorp")
    groups = {c.row: c.group for c in cells}
    assert groups["MPG (bouwgrondexploitaties)"] == "Voorraden"
    assert groups["Vorderingen openbare lichamen"] == "Uitzettingen < 1 jaar"


def test_a_year_over_columns_of_unequal_groups_heads_the_columns_nearest_it() -> None:
    # '2024' over one column, '2025' centred over three: no even groups, yet each year
    # heads the columns nearest it, the first year standing over its column's figures
    laid_out = [
        _at((74, "2024"), (123, "2025")),
        _at((104, "Begroot"), (125, "Begroot na")),
        _at((79, "Werkelijk"), (102, "primitief"), (126, "wijziging"), (149, "Werkelijk")),
        "Lasten",
        _at((1, "Schuldhulpverlening"), (79, "6.412.380"), (102, "6.890.000"),
            (126, "7.085.000"), (149, "6.842.716")),
        _at((1, "Budgetbeheer"), (79, "2.614.905"), (102, "2.710.000"), (126, "2.740.000"),
            (149, "2.702.394")),
    ]
    grid = read_grid(laid_out)
    assert grid is not None
    assert [c.header for c in grid.columns] == [
        "2024 Werkelijk", "2025 Begroot primitief", "2025 Begroot na wijziging", "2025 Werkelijk"
    ]
