"""Reserve overviews and balance sheets as budget PDFs print them (issue 13).

Narrow columns of figures set flush right under headers broken over three lines
('Vermeerde-' / 'ringen' / '2031'), a balance sheet whose lower half stands under a bold
line that reads as a heading, movements between two year-end balances, and an overview
without a scale note whose totals the balance sheet prints in thousands. The figures are
made up for the fictitious municipality Proefdorp.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.figure_answers import FigureAnswerer
from assistant.figures import UNKNOWN_SCALE, reads_as_prose

from .conftest import text_answerer
from .pdfmaker import Cells, figures_of, flush_right, read_pdf

COLUMNS = [250, 306, 362, 418, 474, 530, 586]  # where the figures of each column end


def _row(label: str, figures: list[str]) -> Cells:
    return [(56, label), *(flush_right(x, f) for x, f in zip(COLUMNS, figures))]


def _header(*lines: list[str]) -> list[Cells]:
    return [
        [(56, words[0]), *(flush_right(x, w) for x, w in zip(COLUMNS, words[1:]) if w)]
        for words in lines
    ]


BALANCE = [
    "## Financiering",
    "",
    "Tabel 8.2 - Geprognosticeerde balans (bedragen x € 1.000)",
    [(56, "Geprognosticeerde balans"), flush_right(415, "Begr."), flush_right(525, "Begr.")],
    [(56, "Boekwaarde per 31 december"), flush_right(415, "2030"), flush_right(525, "2031")],
    "ACTIVA",
    "Vaste activa",
    [(56, "Materiële vaste activa"), flush_right(415, "61.204"), flush_right(525, "63.110")],
    [(56, "Vorderingen"), flush_right(415, "7.458"), flush_right(525, "6.902")],
    "## Totaal activa",
    [(56, "Eigen vermogen"), flush_right(415, "31.707"), flush_right(525, "31.132")],
    [(56, "Algemene reserves"), flush_right(415, "29.791"), flush_right(525, "29.041")],
    [(56, "Bestemmingsreserves"), flush_right(415, "1.916"), flush_right(525, "2.091")],
    [(56, "Voorzieningen"), flush_right(415, "12.420"), flush_right(525, "11.873")],
]
RESERVES = [
    "## Reserves en voorzieningen",
    "",
    "Tabel 9.4 - Overzicht reserves",
    *_header(
        ["Overzicht reserves", "Begroting", "Vermeerde-", "Verminde-", "Begroting",
         "Vermeerde-", "Verminde-", "Begroting"],
        ["2030-2032", "2030", "ringen", "ringen", "2031", "ringen", "ringen", "2032"],
        ["", "", "2031", "2031", "", "2032", "2032", ""],
    ),
    "Algemene reserves",
    _row("Vrije algemene reserve",
         ["23.791", "0", "-1.250", "22.541", "0", "0", "22.541"]),
    [(56, "Reserve")],
    _row("", ["6.000", "500", "0", "6.500", "0", "0", "6.500"]),
    [(56, "weerstandsvermogen")],
    _row("Totaal algemene reserves", ["29.791", "500", "-1.250", "29.041", "0", "0", "29.041"]),
]  # fmt: skip
ASSETS = [
    "## Vaste activa",
    "",
    [(56, "Materiële vaste activa (x € 1.000)"), flush_right(305, "Ultimo"),
     flush_right(415, "Investeringen"), flush_right(525, "Ultimo")],
    [(56, "Verloopoverzicht"), flush_right(305, "2030"), flush_right(415, ""),
     flush_right(525, "2031")],
    [(56, "Gebouwen"), flush_right(305, "40.112"), flush_right(415, "2.380"),
     flush_right(525, "41.530")],
    [(56, "Automatisering"), flush_right(305, "1.246"), flush_right(415, "208"),
     flush_right(525, "1.322")],
    [(56, "Openbare ruimte"), flush_right(305, "19.846"), flush_right(415, "915"),
     flush_right(525, "20.258")],
]  # fmt: skip
TITLE = ["# Begroting 2031", "", "Uitgave gemeente Proefdorp."]



@pytest.fixture(scope="module")
def answerer() -> FigureAnswerer:
    return text_answerer(read_pdf([TITLE, BALANCE, [*RESERVES, "", *ASSETS]]))



def test_headers_over_three_lines_name_each_narrow_column() -> None:
    cells = figures_of(read_pdf([TITLE, [*RESERVES]]))
    columns = {c.column for c in cells if c.row == "Vrije algemene reserve"}
    assert {"Begroting 2030", "Vermeerderingen 2031", "Verminderingen 2031",
            "Begroting 2031", "Begroting 2032"} <= columns  # fmt: skip


def test_a_label_wrapped_around_its_figures_is_read_whole() -> None:
    cells = figures_of(read_pdf([TITLE, [*RESERVES]]))
    assert any(c.row == "Reserve weerstandsvermogen" and c.raw == "6.500" for c in cells)


def test_a_table_without_a_scale_note_takes_the_scale_of_its_twin(answerer) -> None:
    answer = answerer.answer(
        "Hoeveel zit er eind 2031 in de vrije algemene reserve?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    # printed 22.541, the balance sheet prints the same totals in thousands
    assert answer.figures[0].value == Decimal("22541000")
    assert "Tabel 9.4" in answer.citations[0].locator or "9.4" in answer.text


def test_without_a_twin_an_amount_of_unknown_scale_is_not_given() -> None:
    elsewhere = [
        "## Elders",
        "",
        "Tabel 2.1 - Lasten (x € 1.000)",
        [(56, "Programma"), flush_right(418, "2030"), flush_right(530, "2031")],
        [(56, "Zorg"), flush_right(418, "8.112"), flush_right(530, "8.450")],
        [(56, "Wonen"), flush_right(418, "3.005"), flush_right(530, "3.120")],
    ]
    text = read_pdf([TITLE, [*RESERVES], elsewhere])
    cells = [c for c in figures_of(text) if c.table.startswith("Tabel 9.4")]
    assert cells and all(c.scale == UNKNOWN_SCALE for c in cells if c.unit == "EUR")
    answer = text_answerer(text).answer(
        "Hoeveel zit er eind 2031 in de vrije algemene reserve?", "Proefdorp"
    )
    assert not answer.figures  # neither € 22.541 nor € 22.541.000: the table does not say


def test_a_movement_is_read_from_its_own_column(answerer) -> None:
    answer = answerer.answer(
        "Met hoeveel wordt de vrije algemene reserve in 2031 verminderd?",
        "Proefdorp",
    )
    assert answer.kind == "figure", answer.text
    assert abs(answer.figures[0].value) == Decimal("1250000")


def test_money_taken_out_of_the_reserves_in_plural_is_a_movement(answerer) -> None:
    answer = answerer.answer(
        "Hoeveel wordt er in 2031 in totaal uit de algemene reserves gehaald?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert abs(answer.figures[0].value) == Decimal("1250000")  # not a balance


def test_the_lower_half_of_a_balance_sheet_under_a_bold_line_is_read(answerer) -> None:
    answer = answerer.answer(
        "Hoeveel bestemmingsreserves staan er eind 2031 op de geprognosticeerde balans?",
        "Proefdorp",
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("2091000")


def test_movements_between_two_year_ends_belong_to_the_later_year(answerer) -> None:
    answer = answerer.answer(
        "Hoeveel is er in 2031 geïnvesteerd in automatisering?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("208000")  # not the balance of 1.322.000


@pytest.mark.parametrize(
    "label",
    [
        "gemeenten in regio Haaglanden. - Ontwikkelingen vrije instroom vrijwilligers;",
        "Beperkte kennisborging: er zijn veel kwetsbare functies, waar maar één",
        "De middelen om de niet begrote kosten te dekken zijn de algemene reserves, opgenomen",
    ],
)
def test_running_text_beside_figures_is_no_row_label(label: str) -> None:
    assert reads_as_prose(label)


@pytest.mark.parametrize(
    "label",
    [
        "Vestigingen (van bedrijven) Aantal per 1.000 inwoners in de leeftijd van 15 t/m 64 jaar",
        "Aantal beschikbare AED's (incl. AED's in particulier eigendom) in de gemeente",
        "Vrije algemene reserve",
        # a numbered mutation whose description reads as a sentence (blind set ay)
        "P2.1 Jeugdzorg: hogere volumes en tarieven specialistische jeugdhulp",
        "A5 Wmo: meer gebruik van de hulp bij het huishouden",
    ],
)
def test_long_row_labels_are_row_labels(label: str) -> None:
    assert not reads_as_prose(label)


STANDS_AND_PROPOSAL = (
    "# 4.3 Reserves\n"
    "\n"
    "Tabel 4.4 Verloop van de reserves 2030 (x € 1.000)\n"
    "\n"
    "Reserve                      Stand 1-1-2030   Toevoeging   Onttrekking   Stand 31-12-2030\n"
    "Algemene reserve                     18.452        1.310         2.605             17.157\n"
    "Reserve sociaal domein                4.120            0         1.380              2.740\n"
    "\n"
    "# 4.6 Resultaatbestemming\n"
    "\n"
    "Tabel 4.6 Voorstel resultaatbestemming 2030 (bedragen in €)\n"
    "\n"
    "Bestemming                                  Bedrag\n"
    "Algemene reserve                           834.517\n"
    "Reserve sociaal domein                     450.000\n"
    "Totaal resultaat                         1.284.517\n"
)


def test_a_stand_on_a_date_asked_is_read_where_a_column_prints_that_date() -> None:
    """'op 31 december': the reserve's stand at the end of the year, not what the proposal
    for the result adds to it, which no date names."""
    answerer = text_answerer(STANDS_AND_PROPOSAL, year="2030", kind="jaarstukken")
    answer = answerer.answer(
        "Hoe groot was de algemene reserve op 31 december 2030?", "Proefdorp"
    )
    assert [f.value for f in answer.figures] == [Decimal("17157000")], answer.text


def test_a_moment_asked_after_a_movement_is_the_stand_at_that_moment() -> None:
    """After what was taken out of a reserve, 'what was in it at the start of that year' is
    its stand on 1-1, not the withdrawal again."""
    answerer = text_answerer(STANDS_AND_PROPOSAL, year="2030", kind="jaarstukken")
    first = "Hoeveel is er in 2030 onttrokken aan de reserve sociaal domein?"
    taken = answerer.answer(first, "Proefdorp")
    assert [f.value for f in taken.figures] == [Decimal("1380000")], taken.text
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": taken.text}]
    start = answerer.answer("Wat zat er aan het begin van dat jaar in?", "Proefdorp", history)
    assert [f.value for f in start.figures] == [Decimal("4120000")], start.text


WEERSTAND_EN_RESERVES = (
    "# Programmabegroting 2044\n"
    "\n"
    "## Weerstandsvermogen\n"
    "\n"
    "Tabel 20 Weerstandsvermogen\n"
    "x € 1.000                                    Begroting 2043      Begroting 2044\n"
    "Algemene reserve (stand 31 december)                 18.890              18.390\n"
    "Onbenutte belastingcapaciteit                         3.105               3.240\n"
    "\n"
    "## Reserves\n"
    "\n"
    "Tabel 23 Verloop reserves 2044 (bedragen x € 1.000)\n"
    "Reserve                  Stand 1-1-2044   Toevoeging   Onttrekking   Stand 31-12-2044\n"
    "Algemene reserve                 18.640            0           250             18.390\n"
    "Reserve sociaal domein            3.215            0         1.150              2.065\n"
)


def test_a_row_dated_to_the_end_of_the_year_is_no_stand_at_its_start() -> None:
    """'op 1 januari 2044': the overview's column 'Stand 1-1-2044', not the row whose own
    label dates it to 31 december ('Algemene reserve (stand 31 december)', Begroting 2044)."""
    answer = text_answerer(WEERSTAND_EN_RESERVES, "Proefdorp", year="2044", weighed=True).answer(
        "Wat is de stand van de Algemene reserve op 1 januari 2044?", "Proefdorp"
    )
    assert answer.figures and answer.figures[0].value == Decimal("18640000"), answer.text


def test_a_row_dated_to_the_end_of_the_year_does_not_answer_for_its_start() -> None:
    """Without a stand on 1 januari, the row its label dates to 31 december is no answer
    for 1 januari of the same year."""
    weerstand = WEERSTAND_EN_RESERVES.split("## Reserves")[0]
    answer = text_answerer(weerstand, "Proefdorp", year="2044", weighed=True).answer(
        "Wat is de stand van de Algemene reserve op 1 januari 2044?", "Proefdorp"
    )
    assert all(f.value != Decimal("18390000") for f in answer.figures), answer.text


PROGRAMME_AND_ITS_RESERVE = (
    "# 2.4 Programma 4 Onderwijs\n\n"
    "Tabel 2.4.1 Wat mag het kosten? (bedragen x € 1.000)\n"
    "Omschrijving                      2036        2037\n"
    "Lasten                          12.400      12.950\n"
    "Baten                            1.310       1.290\n"
    "Saldo van baten en lasten      -11.090     -11.660\n\n"
    "De lasten van onderwijshuisvesting stijgen in 2037 door de nieuwbouw van twee scholen.\n\n"
    "# 2.5 Programma 5 Sociaal domein\n\n"
    "De lasten van het sociaal domein nemen in 2037 toe tot € 50.939.717.\n\n"
    "## Wat mag het kosten?\n\n"
    "Tabel 2.5.1 Wat mag het kosten? (bedragen x € 1.000)\n"
    "Omschrijving                      2036        2037\n"
    "Lasten                          48.210      50.940\n"
    "Baten                            9.115       9.480\n"
    "Saldo van baten en lasten      -39.095     -41.460\n\n"
    "## Reserves\n\n"
    "Tabel 2.5.3 Reserves (bedragen in €)\n"
    "Reserve                   Stand 1-1-2037   Stand 31-12-2037\n"
    "Reserve sociaal domein         2.854.300          1.654.300\n"
    "Reserve jeugd                    410.000            360.000\n"
)


def test_what_a_reserve_holds_is_no_lasten() -> None:
    """'De lasten van programma 5 Sociaal domein': the programme's Lasten row, never the
    balance of the 'Reserve sociaal domein' that names the programme's words; what the
    reserve holds is found when asked."""
    answerer = text_answerer(PROGRAMME_AND_ITS_RESERVE, year="2037", weighed=True)
    answer = answerer.answer(
        "Wat zijn de lasten van programma 5 Sociaal domein in 2037?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value in (Decimal("50940000"), Decimal("50939717")), answer.text
    answer = answerer.answer(
        "Hoeveel zit er eind 2037 in de reserve sociaal domein?", "Proefdorp"
    )
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("1654300"), answer.text
