"""Questions in residents' words over a begroting of a joint body and of a municipality:
split verbs, a member named like the body, counts and money, months, credits, one figure
printed at two precisions, a sentence dated by the one before it (issue 13). The bodies
and figures are made up."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.figure_answers import FigureAnswerer
from assistant.figures import document_figures
from assistant.parsing import parse_sections

from .conftest import text_answerer

BODY = "Werkvoorziening Eemlanden"
EEMLANDEN = (
    "# Bijdragen deelnemende gemeenten\n"
    "\n"
    "Tabel 4.1 Bijdrage per gemeente 2026 (bedragen in euro's)\n"
    "                 Inwoners 1-1-2025   Basistaken   Maatwerk   Totale bijdrage 2026\n"
    "Eemland                     64.315    1.791.173    236.150              2.027.323\n"
    "Oosterveld                  52.870    1.472.430    184.300              1.656.730\n"
    "Totaal                     117.185    3.263.603    420.450              3.684.053\n"
    "\n"
    "# Overzicht van baten en lasten\n"
    "\n"
    "Tabel 3.1 Baten (bedragen x € 1.000)\n"
    "                                   Begroting 2025    Begroting 2026\n"
    "Bijdragen deelnemende gemeenten             3.581             3.684\n"
    "Overige baten                                 212               230\n"
    "Totaal baten                                3.793             3.914\n"
    "\n"
    "Tabel 3.2 Specificatie baten 2026 (bedragen in euro's)\n"
    "                                          Begroting 2026\n"
    "Bijdragen deelnemende gemeenten               3.684.053\n"
    "Overige baten                                   229.870\n"
    "Totaal baten                                  3.913.923\n"
    "\n"
    "# Bestuursrapportage 2025\n"
    "\n"
    "De eerste bestuursrapportage 2025 geeft de stand tot en met april. "
    "Wij verwachten een tekort van € 118.000.\n"
    "\n"
    "Tabel B.3 Prestatie-indicatoren\n"
    "                                     Begroot 2025    Stand 30-4-2025\n"
    "Re-integratietrajecten gestart                410                131\n"
    "\n"
    "# Investeringen\n"
    "\n"
    "Tabel 7.1 Investeringsplan 2026 (bedragen in €)\n"
    "                                 Krediet    Kapitaallasten 2027\n"
    "Elektrische bedrijfsbussen       148.000                 27.000\n"
    "Vervanging tractie               265.000                 39.000\n"
    "Totaal                           413.000                 66.000\n"
)


@pytest.fixture(scope="module")
def eemlanden() -> FigureAnswerer:
    return text_answerer(EEMLANDEN, BODY, year="2026")


def _figure(answerer: FigureAnswerer, question: str, municipality: str = BODY) -> Decimal:
    answer = answerer.answer(question, municipality)
    assert answer is not None and answer.kind == "figure", answer and answer.text
    return answer.figures[0].value


def test_the_particle_of_a_split_verb_names_no_row(eemlanden) -> None:
    # 'betaalt ... mee': what Oosterveld contributes, not a row about 'mee'
    question = "Hoeveel betaalt Oosterveld in 2026 mee aan de werkvoorziening?"
    assert _figure(eemlanden, question) == Decimal("1656730")


def test_a_member_named_like_the_body_is_a_row_not_the_scope(eemlanden) -> None:
    # 'Eemland' is a member of the Werkvoorziening Eemlanden: its row, not the body
    assert _figure(eemlanden, "Hoeveel betaalt Eemland in 2026 aan de werkvoorziening?") == (
        Decimal("2027323")
    )


def test_the_question_words_choose_the_column_of_a_row(eemlanden) -> None:
    question = "Met hoeveel inwoners rekent de werkvoorziening voor Oosterveld?"
    assert _figure(eemlanden, question) == Decimal("52870")
    # the caption's year dates the columns that print none, when a word chooses one
    question = "Wat betaalt Eemland in 2026 voor maatwerk?"
    assert _figure(eemlanden, question) == Decimal("236150")


def test_one_figure_at_two_precisions_is_given_exactly(eemlanden) -> None:
    # 3.684 (x € 1.000) in the baten and 3.684.053 in their specification: one figure
    question = "Hoeveel betalen de deelnemende gemeenten samen in 2026?"
    assert _figure(eemlanden, question) == Decimal("3684053")


def test_a_sentence_is_dated_by_the_one_before_it(eemlanden) -> None:
    assert _figure(eemlanden, "Welk tekort verwacht de werkvoorziening over 2025?") == (
        Decimal("118000")
    )


def test_a_month_asked_is_read_from_the_column_of_that_day(eemlanden) -> None:
    question = "Hoeveel re-integratietrajecten waren er eind april 2025 gestart?"
    assert _figure(eemlanden, question) == Decimal("131")
    # no column of June: the year's budget is no answer to it
    answer = eemlanden.answer(
        "Hoeveel re-integratietrajecten waren er eind juni 2025 gestart?", BODY
    )
    assert answer is not None and not answer.figures, answer.text


def test_what_an_investment_costs_is_its_credit(eemlanden) -> None:
    question = "Hoeveel geld trekt de werkvoorziening uit voor de elektrische bedrijfsbussen?"
    assert _figure(eemlanden, question) == Decimal("148000")
    question = "Wat zijn de kapitaallasten van de elektrische bedrijfsbussen in 2027?"
    assert _figure(eemlanden, question) == Decimal("27000")


def test_a_question_of_purpose_asks_for_no_figure(eemlanden) -> None:
    assert eemlanden.answer("Waarvoor worden de bijdragen gebruikt in 2026?", BODY) is None


MUNICIPALITY = (
    "# Kerngegevens\n"
    "\n"
    "Kerngegevens\n"
    "                          1-1-2024     1-1-2025\n"
    "Aantal inwoners             31.268       31.482\n"
    "Aantal woningen             14.066       14.208\n"
    "\n"
    "# Algemene dekkingsmiddelen\n"
    "\n"
    "Tabel 8.1 Algemene dekkingsmiddelen 2026 (bedragen x € 1.000)\n"
    "                                  Lasten      Baten      Saldo\n"
    "0.61 OZB woningen                    486      5.148      4.662\n"
    "0.62 OZB niet-woningen                 -      2.214      2.214\n"
    "\n"
    "# Lokale heffingen\n"
    "\n"
    "Tabel 10.2 Opbrengst heffingen (bedragen x € 1.000)\n"
    "                                 Begroting 2025    Begroting 2026\n"
    "Riool- en waterzorgheffing                3.318             3.478\n"
    "Afvalstoffenheffing                       4.296             4.512\n"
    "\n"
    "# Indicatoren\n"
    "\n"
    "Tabel 5.1 Beleidsindicatoren\n"
    "                                                  Eenheid                     2024\n"
    "Jongeren met jeugdhulp                            % van jongeren tot 18 jaar  11,8\n"
    "Niet-sporters                                     % van inwoners 18+          46,3\n"
    "\n"
    "# Bijdragen\n"
    "\n"
    "Tabel 9.1 Baten (bedragen x € 1.000)\n"
    "                                  Realisatie 2024\n"
    "Baten GR Rijk                               2.247\n"
    "Baten GR-deelnemers                         5.152\n"
)


@pytest.fixture(scope="module")
def maerland() -> FigureAnswerer:
    return text_answerer(MUNICIPALITY, "Maerland", year="2026")


def test_a_tax_on_houses_is_money_and_not_the_tax_on_other_buildings(maerland) -> None:
    question = "Hoeveel haalt de gemeente in 2026 op aan ozb op woningen?"
    assert _figure(maerland, question, "Maerland") == Decimal("5148000")


def test_a_unit_of_percent_beside_the_label_makes_a_percentage(maerland) -> None:
    question = "Hoeveel procent van de jongeren krijgt jeugdhulp?"
    assert _figure(maerland, question, "Maerland") == Decimal("11.8")


def test_no_year_asked_gives_the_latest_before_the_document_year(maerland) -> None:
    assert _figure(maerland, "Hoeveel inwoners heeft Maerland?", "Maerland") == Decimal("31482")


def test_a_shortened_compound_names_both_words(maerland) -> None:
    question = "Hoeveel brengt de rioolheffing in 2026 op?"
    assert _figure(maerland, question, "Maerland") == Decimal("3478000")


def test_rows_that_each_print_another_part_of_the_question_are_asked_back(maerland) -> None:
    answer = maerland.answer(
        "Hoeveel heeft het Rijk in 2024 bijgedragen als deelnemer in de GR?", "Maerland"
    )
    assert answer is not None and answer.kind == "clarification", answer and answer.text
    assert "GR Rijk" in answer.text and "GR-deelnemers" in answer.text


SIDE_BY_SIDE = "\n".join(
    [
        "# Oosterveld in cijfers",
        "",
        "Wat betaalt u in 2025?                                                   Meerjarenbeeld",
        " Gemeentelijke belastingen            2024            2025              begrotingssaldo, x €1.000",
        "                                                                        2025         2026         2027",
        " Gemiddelde WOZ-waarde woning    € 331.000       € 356.000",
        "                                                                        Begrotingssaldo       187         236-          58",
        " OZB-tarief woningen (eigenaar)    0,0812%         0,0786%",
        " OZB bij een gemiddelde woning       € 269           € 280",
        "",
    ]
)  # fmt: skip


def test_a_header_of_the_table_beside_does_not_date_this_one() -> None:
    cells = document_figures(parse_sections(SIDE_BY_SIDE), document_id="o", municipality="O")
    rate = {c.column: c.value for c in cells if c.row.startswith("OZB-tarief")}
    assert rate == {"2024": Decimal("0.0812"), "2025": Decimal("0.0786")}
    answer = FigureAnswerer(cells, {}, "").answer("Wat is het OZB-tarief voor woningen in 2025?", "O")
    assert answer is not None and answer.kind == "figure", answer and answer.text
    assert answer.figures[0].value == Decimal("0.0786")
    assert "0,0786%" in answer.text  # as printed, not rounded to 0,08%


WEB_EXPORT = (
    "# Programma Fysiek Domein\n"
    "\n"
    "## Overzicht baten en lasten\n"
    "\n"
    "Overzicht 4.2 Baten en lasten per taakveld 2022 (per doelenboom)\n"
    "Taakveld Lasten Baten Saldo\n"
    "\n"
    "## Doelenboom Verkeer en mobiliteit\n"
    "\n"
    "2.1 Verkeer en vervoer 3.206.114 -96.340 3.109.774\n"
    "2.2 Parkeren 418.660 -516.000 -97.340\n"
    "Subtotaal Verkeer en mobiliteit 3.624.774 -612.340 3.012.434\n"
    "\n"
    "## Doelenboom Milieu en afval\n"
    "\n"
    "7.2 Riolering 3.905.118 -4.402.660 -497.542\n"
    "7.3 Afval 4.611.925 -4.413.603 198.322\n"
    "Subtotaal Milieu en afval 8.517.043 -8.816.263 -299.220\n"
    "\n"
    "## Investeringen\n"
    "\n"
    "Overzicht 4.4 Investeringen 2022-2025 (bedragen in €)\n"
    "Investering 2022 2023 2024 2025\n"
    "Vervanging riolering Kampersveld 980.000 1.120.000 - -\n"
    "Reconstructie Dorpsstraat 450.000 - - -\n"
    "\n"
    "## Weerstandsvermogen\n"
    "\n"
    "De gemeente beoordeelt elk jaar of de weerstandscapaciteit de risico's kan dragen. De "
    "ratio weerstandsvermogen is de beschikbare weerstandscapaciteit van € 14.852.000 gedeeld "
    "door de benodigde weerstandscapaciteit. De woonlasten voor een gemiddeld "
    "meerpersoonshuishouden stijgen in 2022 met 3,1%. Dat blijft onder het landelijk "
    "gemiddelde.\n"
)


def test_a_header_of_measures_alone_goes_on_under_the_headings_that_name_its_rows() -> None:
    cells = document_figures(parse_sections(WEB_EXPORT), document_id="h", municipality="H")
    sewer = {(c.group, c.column, c.period): c.value for c in cells if c.row == "7.2 Riolering"}
    assert sewer == {
        ("Doelenboom Milieu en afval", "Lasten", "2022"): Decimal("3905118"),
        ("Doelenboom Milieu en afval", "Baten", "2022"): Decimal("-4402660"),
        ("Doelenboom Milieu en afval", "Saldo", "2022"): Decimal("-497542"),
    }
    answer = FigureAnswerer(cells, {}, "").answer(
        "Hoeveel krijgt de gemeente in 2022 binnen aan riolering?", "H"
    )
    assert answer is not None and answer.kind == "figure", answer and answer.text
    assert abs(answer.figures[0].value) == Decimal("4402660")  # never the investment


def test_a_sentence_answers_only_for_what_its_own_words_name() -> None:
    cells = document_figures(parse_sections(WEB_EXPORT), document_id="h", municipality="H")
    answer = FigureAnswerer(cells, {}, "").answer("Hoe hoog is de ratio weerstandsvermogen?", "H")
    # the ratio is not printed, only an amount of its formula; the 3,1% is of the woonlasten,
    # named in its own sentence, the ratio only in the sentence before it
    assert answer is None or all(f.value != Decimal("3.1") for f in answer.figures)


MISREAD = (
    "# Indicatoren\n"
    "\n"
    "Beleidsindicatoren\n"
    "                           IST 2024   SOLL 2024   IST 2024   SOLL 2024   IST 2025   IST 2023\n"
    "Jongeren met jeugdhulp %      11,8        10,9       51,8        53,4       91,2       21,3\n"
    "Niet-sporters %               46,3        44,0       47,1        45,0       46,0       48,2\n"
)


def test_years_out_of_order_along_a_row_keep_its_first_figure() -> None:
    # six columns whose years run 2024, 2025, 2023: rows of several indicators read as one;
    # no year asked gives the first figure as read, never the one of the document's year
    answerer = text_answerer(MISREAD, "Duinwijck", year="2026")
    question = "Hoeveel procent van de jongeren krijgt jeugdhulp?"
    assert _figure(answerer, question, "Duinwijck") == Decimal("11.8")
