"""Readings of a jaarstukken typeset with a running header whose right half names the chapter
(issue 13): the header is no table header over the rows of a table continued on the next page;
a table that prints '€' in every amount reads its unmarked column as a count; an em dash is
an empty cell, as a hyphen is; a unit column's '€ mln' scales its row. And the columns a
question asks: a count asked on after a rate per inwoner is the count; what a member pays for
a task is its contribution, not the hourly rate beside it; the result of a row of lasten,
baten and saldo is its saldo. Made-up figures for the fictitious body Proefbank and others."""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

from assistant.figures import document_figures
from assistant.parsing import parse_sections
from assistant.pdf import pdf_text

from .conftest import laid_out, text_answerer
from .pdfmaker import flush_right, make_pdf
from .test_programme_chapters_columns_and_per_inhabitant import _turns

COLUMNS = [300, 370, 460, 540]
HEAD = "Proefbank | Jaarstukken 2027"


def _row(label: str, figures: list[str]) -> list[tuple[float, str]]:
    return [(56, label), *(flush_right(x, f) for x, f in zip(COLUMNS, figures))]


def _running(chapter: str) -> list[tuple[float, str]]:
    """The running header: the document at the left, the chapter at the right."""
    return [(56, HEAD), flush_right(540, chapter)]


MEMBERS = [
    ("Proefdorp", "41.260", "118", "€ 439.290", "€ 10,65"),
    ("Proefhoeve", "27.845", "64", "€ 273.793", "€ 9,83"),
    ("Proefwolde", "18.930", "71", "€ 226.000", "€ 11,94"),
    ("Proefmeer", "22.417", "58", "€ 229.811", "€ 10,25"),
    ("Proefzijl", "15.002", "49", "€ 168.563", "€ 11,24"),
    ("Proefveen", "31.588", "97", "€ 346.972", "€ 10,98"),
]

PAGES: list = [
    [_running("1 Inleiding"), "", "# Jaarstukken 2027", "", "Uitgave Proefbank, april 2028."],
    [_running("2 Jaarverslag"), "", "## 2 Jaarverslag", "", "Het jaar verliep volgens plan."],
    [
        _running("3 Bijdragen"),
        "",
        "## 3 Bijdragen van de deelnemers",
        "",
        "Tabel 3.1 Bijdrage per deelnemer 2027",
        [flush_right(300, "Inwoners"), flush_right(370, "Trajecten"),
         flush_right(460, "Bijdrage"), flush_right(540, "Per")],
        [flush_right(300, "1-1-2027"), flush_right(370, "2027"),
         flush_right(460, "werkelijk 2027"), flush_right(540, "inwoner")],
        *(_row(name, list(figures)) for name, *figures in MEMBERS[:4]),
    ],
    [
        _running("3 Bijdragen"),
        "",
        *(_row(name, list(figures)) for name, *figures in MEMBERS[4:]),
        _row("Totaal", ["157.042", "457", "€ 1.684.429", "€ 10,73"]),
        "",
        "De bijdrage per inwoner is de werkelijke bijdrage gedeeld door het aantal inwoners.",
    ],
    [
        _running("4 Indicatoren"),
        "",
        "## 4 Indicatoren",
        "",
        "Tabel 4.1 Indicatoren",
        [flush_right(460, "Realisatie"), flush_right(540, "Streefwaarde")],
        [(300, "Bron"), flush_right(460, "2026"), flush_right(540, "2028")],
        [(56, "Klanttevredenheid (rapportcijfer)"), (300, "Klantpanel"),
         flush_right(460, "7,6"), flush_right(540, "7,8")],
        [(56, "Wachttijd intake (dagen)"), (300, "Eigen registratie"),
         flush_right(460, "24"), flush_right(540, "—")],
    ],
    [_running("5 Jaarrekening"), "", "## 5 Jaarrekening", "", "De jaarrekening sluit."],
]


def _cells():
    raw = make_pdf(PAGES)
    text, _ = pdf_text(raw, hashlib.sha256(raw).hexdigest(), Path("proefbank.pdf"), None)
    return text, document_figures(parse_sections(text), document_id="p", municipality="Proefbank")


def test_a_running_header_that_names_the_chapter_is_no_header_of_the_table_below() -> None:
    text, cells = _cells()
    assert HEAD not in text  # on every page, with another chapter at its right
    veen = {c.column: c for c in cells if c.row == "Proefveen"}
    # the rows on the page after the header keep the table's columns, not the running line
    assert veen["Bijdrage werkelijk 2027"].value == Decimal("346972"), sorted(veen)
    assert all("Jaarstukken" not in c.column for c in cells)


def test_a_column_without_euro_signs_beside_amounts_that_have_them_is_a_count() -> None:
    _, cells = _cells()
    traject = [c for c in cells if c.column == "Trajecten 2027"]
    assert len(traject) == 7 and {c.unit for c in traject} == {"count"}
    paid = [c for c in cells if c.column == "Bijdrage werkelijk 2027"]
    assert {c.unit for c in paid} == {"EUR"}


def test_an_em_dash_is_an_empty_cell_of_a_table_read_by_position() -> None:
    _, cells = _cells()
    wait = {c.column: c for c in cells if c.row.startswith("Wachttijd intake")}
    assert wait["Realisatie 2026"].value == Decimal("24"), sorted(wait)
    assert wait["Streefwaarde 2028"].value is None
    assert wait["Streefwaarde 2028"].status != "realisatie"


CONTRIBUTIONS = (
    "# 3 Bijdragen van de deelnemers\n"
    "\n"
    "Tabel 3.1 Bijdrage per deelnemer 2027\n"
    "Deelnemer   Inwoners 1-1-2027   Aantal trajecten 2027   Bijdrage werkelijk 2027   Per inw.\n"
    "Proefdorp              41.260                     118                € 439.290    € 10,65\n"
    "Proefhoeve             27.845                      64                € 273.793     € 9,83\n"
    "Proefwolde             18.930                      71                € 226.000    € 11,94\n"
    "Totaal                 88.035                     253                € 939.083    € 10,67\n"
)


def test_how_many_asked_after_a_rate_per_inwoner_is_the_count_not_the_amount() -> None:
    """'voor hoeveel trajecten betaalde' after the amount per inwoner: the word 'betaalde'
    goes on with the payment, but the question asks a count, and the row prints one."""
    paid, per_inwoner, trajecten = _turns(
        text_answerer(CONTRIBUTIONS, "Proefbank", year="2027", kind="jaarstukken"),
        "Proefbank",
        "Wat heeft Proefdorp in 2027 werkelijk aan de Proefbank betaald?",
        "Hoeveel is dat per inwoner?",
        "En voor hoeveel trajecten betaalde Proefdorp?",
    )
    assert paid.figures[0].value == Decimal("439290"), paid.text
    assert per_inwoner.figures[0].value == Decimal("10.65"), per_inwoner.text
    assert trajecten.kind == "figure", trajecten.text
    assert trajecten.figures[0].value == Decimal("118"), trajecten.text
    assert trajecten.figures[0].unit == "count", trajecten.text


KEY_FIGURES = (
    "# 1 Kerncijfers\n"
    "\n"
    "Tabel 1.1 Kerncijfers 2027\n"
    "Kerncijfer                              Eenheid        2026        2027\n"
    "Trajecten                               aantal        2.980       3.105\n"
    "Uitstaande kredieten op 31 december     € mln          17,8        18,5\n"
    "Personeel                               fte           101,2       104,9\n"
    "\n"
    "# 2 Kredietverlening\n"
    "\n"
    "Tabel 2.3 Verloop van de kredietportefeuille (bedragen in euro's)\n"
    "Omschrijving                                    2026          2027\n"
    "Stand uitstaande kredieten op 1 januari   16.950.200    17.804.900\n"
    "Nieuw verstrekte kredieten                 5.802.300     6.194.100\n"
    "Aflossingen                               -4.947.600    -5.483.500\n"
    "Stand uitstaande kredieten op 31 december 17.804.900    18.515.500\n"
)


def test_a_row_in_millions_by_its_unit_column_is_scaled_and_agrees_with_the_exact_one() -> None:
    """'€ mln' in the unit column of a key figure: 18,5 is € 18.500.000, the rounded print
    of the portfolio's exact € 18.515.500, which answers, no question back."""
    cells = document_figures(parse_sections(KEY_FIGURES), document_id="p", municipality="Proefbank")
    rounded = next(c for c in cells if c.row.startswith("Uitstaande") and c.period == "2027")
    assert (rounded.unit, rounded.value) == ("EUR", Decimal("18500000")), rounded
    answer = text_answerer(KEY_FIGURES, "Proefbank", year="2027", kind="jaarstukken").answer(
        "Hoeveel krediet had de Proefbank eind 2027 uitstaan?", "Proefbank"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("18515500"), answer.text


HOURS = (
    "# 6 Bijdragen deelnemers\n"
    "\n"
    "Tabel 6.1 Uren en bijdragen per deelnemer 2027 (bedragen in €)\n"
    "                           Basistaken                  Plustaken          Totaal\n"
    "Deelnemer          Uurtarief     Bijdrage     Uurtarief     Bijdrage        2027\n"
    "Proefdorp             104,20      827.348        104,20      154.216     981.564\n"
    "Proefhoeve            104,20      612.904        104,20       88.110     701.014\n"
)


def test_what_a_member_pays_for_a_task_is_its_contribution_not_the_hourly_rate() -> None:
    """'Wat betaalt Proefdorp voor plustaken' names both plustaken columns: the
    contribution answers, the hourly rate beside it never; asked for the tariff, never the
    contribution."""
    answerer = text_answerer(HOURS, "Proefdienst", year="2027")
    paid = answerer.answer("Wat betaalt Proefdorp in 2027 voor plustaken?", "Proefdienst")
    assert [f.value for f in paid.figures] == [Decimal("154216")], paid.text
    rate = answerer.answer("Wat is het uurtarief voor plustaken van Proefdorp in 2027?",
                           "Proefdienst")  # fmt: skip
    assert all(f.value != Decimal("154216") for f in rate.figures), rate.text


OVERVIEW = (
    "# 4 Overzicht van baten en lasten\n"
    "\n"
    "Tabel 4 Overzicht van baten en lasten (bedragen x € 1.000)\n"
    "                                   Raming 2028                   Raming 2029\n"
    "Programma                   Lasten   Baten   Saldo     Lasten   Baten   Saldo\n"
    "1 Bestuur                    4.210     310  -3.900      4.260     315  -3.945\n"
    "2 Sociaal domein            31.870   6.420 -25.450     32.410   6.510 -25.900\n"
    "Algemene dekkingsmiddelen      980  29.630  28.650        990  30.110  29.120\n"
    "Geraamd resultaat           37.060  36.360    -700     37.660  36.935    -725\n"
)


def test_the_result_asked_of_a_row_of_lasten_baten_and_saldo_is_its_saldo() -> None:
    answer = text_answerer(OVERVIEW, "Proefdorp", year="2027", kind="begroting").answer(
        "Met welk resultaat sluit de meerjarenraming van Proefdorp in 2029?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert [f.value for f in answer.figures] == [Decimal("-725000")], answer.text


def _card_line(*cards: tuple[str, str, str]) -> str:
    """One line of cards side by side, 46 characters apart: a label and two amounts each."""
    return laid_out(*(
        part
        for k, (label, first, second) in enumerate(cards)
        for part in ((3 + 46 * k, label), (18 + 46 * k, first), (32 + 46 * k, second))
    ))  # fmt: skip


CARDS = "\n".join([
    "## 4 Programma's",
    "",
    "De begroting kent drie programma's. Per programma staan hieronder de lasten en baten.",
    "",
    laid_out((3, "Basistaken"), (49, "Plustaken"), (95, "Bedrijfsvoering")),
    laid_out(*(part for k in range(3) for part in ((22 + 46 * k, "2026"), (36 + 46 * k, "2027")))),
    _card_line(("Lasten", "k€ 12.610", "k€ 13.245"), ("Lasten", "k€ 4.205", "k€ 4.412"),
               ("Lasten", "k€ 5.880", "k€ 6.520")),
    _card_line(("Baten", "k€ 17.390", "k€ 18.467"), ("Baten", "k€ 4.925", "k€ 5.315"),
               ("Baten", "k€ 80", "k€ 85")),
    _card_line(("Saldo", "k€ 4.780", "k€ 5.222"), ("Saldo", "k€ 720", "k€ 903"),
               ("Saldo", "k€ -5.800", "k€ -6.435")),
    "",
    "## Basistaken",
    "",
    "De basistaken zijn de wettelijke taken.",
])  # fmt: skip


def test_cards_side_by_side_are_a_table_each_under_their_own_name() -> None:
    """Three programmes set side by side as cards, each with its own rows of lasten, baten and
    saldo under two years, amounts marked 'k€': each card is a table of its own, named by the
    programme over it, in thousands of euros."""
    cells = document_figures(parse_sections(CARDS), document_id="p", municipality="Proefdienst")
    found = {(c.table, c.row, c.period): c for c in cells}
    plus = found[("Plustaken", "Baten", "2027")]
    assert (plus.value, plus.unit) == (Decimal("5315000"), "EUR"), plus
    assert found[("Bedrijfsvoering", "Saldo", "2026")].value == Decimal("-5800000")
    assert not any("Lasten" in c.row and c.table.startswith("Plustaken") and c.value == 12610000
                   for c in cells)  # fmt: skip


def test_a_minus_set_apart_from_its_figure_makes_no_cards() -> None:
    """'-/-  280' with the sign set apart, in two rows: a label and its figures, then '-/-' and
    more figures, is one row of one table; cards repeat their labels ('Lasten ... Lasten')."""
    from assistant.table_grid import side_by_side

    rows = [
        laid_out((0, "Saldo van baten en lasten"), (44, "-/- 1.501"), (58, "-/-"), (64, "280"),
                 (77, "252"), (89, "646")),
        laid_out((0, "Geraamd resultaat"), (51, "427"), (58, "-/-"), (64, "120"),
                 (71, "-/- 218"), (89, "306")),
    ]  # fmt: skip
    assert side_by_side(rows) == []
    assert len(side_by_side(CARDS.split("\n"))) == 3
