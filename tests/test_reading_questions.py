"""Questions in residents' words over a begroting of a joint body and of a municipality:
split verbs, a member named like the body, counts and money, months, credits, one figure
printed at two precisions, a sentence dated by the one before it (issue 13). The bodies
and figures are made up."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.figure_answers import FigureAnswerer, _is_generic, is_figure_question
from assistant.figures import document_figures, misread_label, settle_scales
from assistant.parsing import parse_sections
from assistant.pdf import without_print_marks
from assistant.retrieval import stems

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


def test_a_yes_or_no_judgement_asks_for_no_figure_but_a_comparison_does(eemlanden) -> None:
    assert eemlanden.answer("Zijn de bijdragen in 2026 voldoende?", BODY) is None
    assert eemlanden.answer("Is de totale bijdrage van Eemland toereikend?", BODY) is None
    question = "Zijn de totale baten in 2026 hoger dan in 2025?"
    assert eemlanden.answer(question, BODY) is not None


def test_a_question_of_manner_asks_for_no_figure(eemlanden) -> None:
    """'Hoe worden ... verdeeld?' asks how, in words; 'hoe hoog' asks a figure."""
    assert eemlanden.answer("Hoe worden de kosten in 2026 verdeeld?", BODY) is None
    question = "Hoe hoog is de totale bijdrage van Eemland?"
    assert _figure(eemlanden, question) == Decimal("2027323")


def test_a_shortfall_or_surplus_asks_for_a_figure() -> None:
    """'tekort', 'overschot' and any '...saldo' name a figure, as 'resultaat' does."""
    for question in (
        "Met welk tekort sluit de begroting van 2026?",
        "Welk overschot blijft er over?",
        "Hoe staat het begrotingssaldo ervoor?",
    ):
        assert is_figure_question(question), question


def test_an_unprinted_word_that_names_no_subject_does_not_sink_the_row(eemlanden) -> None:
    """'eigenlijk', 'ongeveer' and 'precies' stand in no document and name nothing: left
    out, they do not count as the rarest words of the question."""
    question = "Hoe hoog is eigenlijk ongeveer precies de totale bijdrage van Eemland in 2026?"
    assert _figure(eemlanden, question) == Decimal("2027323")


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
        (" Gemeentelijke belastingen" + " " * 12 + "2024" + " " * 12 + "2025" + " " * 14
          + "begrotingssaldo, x €1.000"),
        (" " * 72 + "2025" + " " * 9 + "2026" + " " * 9 + "2027"),
        " Gemiddelde WOZ-waarde woning    € 331.000       € 356.000",
        (" " * 72 + "Begrotingssaldo" + " " * 7 + "187" + " " * 9 + "236-" + " " * 10 + "58"),
        " OZB-tarief woningen (eigenaar)    0,0812%         0,0786%",
        " OZB bij een gemiddelde woning       € 269           € 280",
        "",
    ]
)  # fmt: skip


def test_a_header_of_the_table_beside_does_not_date_this_one() -> None:
    cells = document_figures(parse_sections(SIDE_BY_SIDE), document_id="o", municipality="O")
    rate = {c.column: c.value for c in cells if c.row.startswith("OZB-tarief")}
    assert rate == {"2024": Decimal("0.0812"), "2025": Decimal("0.0786")}
    question = "Wat is het OZB-tarief voor woningen in 2025?"
    answer = FigureAnswerer(cells, {}, "").answer(question, "O")
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


JAARSTUKKEN = (
    "# Programma 2 Wonen\n"
    "\n"
    "Wat hebben we daarvoor gedaan?\n"
    "                                           Streefwaarde 2024    Realisatie 2024\n"
    "Opgeleverde nieuwbouwwoningen (aantal)                   220                187\n"
    "Waardering dienstverlening (rapportcijfer)              7,50               7,60\n"
    "\n"
    "Tabel 4 Tarieven 2025 en 2026\n"
    "                                           Tarief 2025    Tarief 2026\n"
    "Watersysteemheffing gebouwd (% WOZ)           0,0241%        0,0254%\n"
    "Watersysteemheffing natuur per hectare        € 4,86         € 5,21\n"
    "\n"
    "# Resultaat\n"
    "\n"
    "De jaarstukken sluiten met een positief resultaat na bestemming van € 1.358.000. "
    "Door de investeringen loopt de netto schuld op van € 318 miljoen eind 2025 naar "
    "verwachting € 412 miljoen eind 2029. Dat blijft binnen de norm.\n"
)


@pytest.fixture(scope="module")
def jaarstukken() -> FigureAnswerer:
    return text_answerer(JAARSTUKKEN, "Harlebroek", year="2024", kind="jaarstukken")


def test_a_year_that_is_over_is_answered_with_what_was_done(jaarstukken) -> None:
    question = "Hoeveel nieuwe woningen zijn er in 2024 opgeleverd?"
    assert _figure(jaarstukken, question, "Harlebroek") == Decimal("187")
    question = "Wat was in 2024 de streefwaarde voor opgeleverde nieuwbouwwoningen?"
    assert _figure(jaarstukken, question, "Harlebroek") == Decimal("220")


def test_a_document_of_another_year_asked_for_is_not_this_one(jaarstukken) -> None:
    answer = jaarstukken.answer("Wat was het resultaat van de jaarrekening 2022?", "Harlebroek")
    assert answer is not None and not answer.figures, answer and answer.text


def test_spending_asked_is_never_answered_with_a_percentage(jaarstukken) -> None:
    question = "Hoeveel gaf Harlebroek in 2024 uit aan dienstverlening?"
    answer = jaarstukken.answer(question, "Harlebroek")
    assert answer is not None and not answer.figures, answer and answer.text


def test_a_tariff_per_household_is_not_one_per_hectare_or_of_the_woz(jaarstukken) -> None:
    answer = jaarstukken.answer(
        "Wat wordt de watersysteemheffing per huishouden in 2026?", "Harlebroek"
    )
    assert answer is not None and not answer.figures, answer and answer.text
    question = "Wat wordt de watersysteemheffing voor natuur per hectare in 2026?"
    assert _figure(jaarstukken, question, "Harlebroek") == Decimal("5.21")


def test_an_amount_in_a_sentence_is_of_the_year_after_it(jaarstukken) -> None:
    question = "Hoe hoog wordt de netto schuld eind 2029?"
    assert _figure(jaarstukken, question, "Harlebroek") == Decimal("412000000")


APART_EURO = "\n".join(
    [
        "# Wat heeft het gekost?",
        "",
        "Baten en lasten programma 3 Sociaal Domein (bedragen in €)",
        (" " * 47 + "Begroting 2024" + " " * 6 + "Begroting 2024" + " " * 9 + "Realisatie"),
        ("  Taakveld" + " " * 42 + "primitief" + " " * 8 + "na wijziging" + " " * 15 + "2024"
          + " " * 11 + "Verschil"),
        "Lasten",
        ("  6.1 Samenkracht en burgerparticipatie" + " " * 11 + "€ 3.184.200" + " " * 9
          + "€ 3.312.600" + " " * 5 + "€    3.246.871" + " " * 9 + "€ 65.729 V"),
        ("  6.3 Inkomensregelingen" + " " * 26 + "€ 9.815.000" + " " * 8 + "€ 10.402.300"
          + " " * 8 + "€ 10.184.526" + " " * 8 + "€ 217.774 V"),
        ("  6.72 Maatwerkdienstverlening 18-" + " " * 16 + "€ 9.864.100" + " " * 8
          + "€ 10.192.050" + " " * 8 + "€ 11.316.063" + " " * 6 + "€ 1.124.013 N"),
        ("Totaal lasten" + " " * 36 + "€ 22.863.300" + " " * 8 + "€ 23.906.950" + " " * 8
          + "€ 24.747.460" + " " * 8 + "€ 840.510 N"),
        "",
    ]
)  # fmt: skip


def test_a_euro_sign_apart_from_its_right_aligned_amount_is_one_cell() -> None:
    cells = document_figures(parse_sections(APART_EURO), document_id="j", municipality="J")
    real = {c.row: c.value for c in cells if c.column == "Realisatie 2024"}
    assert real["6.1 Samenkracht en burgerparticipatie"] == Decimal("3246871")
    assert real["6.72 Maatwerkdienstverlening 18-"] == Decimal("11316063")


CONTINUED_PAGE = "\n".join(
    [
        "# 7. Overzicht baten en lasten per taakveld",
        "",
        "Baten en lasten per taakveld 2024 (bedragen x € 1.000)",
        "                                     Begroting 2024 na wijziging        Realisatie 2024",
        "  Taakveld                                   Lasten        Baten       Lasten       Baten",
        "  6.71 Maatwerkdienstverlening 18+            7.881            -        8.293           -",
        "  6.72 Maatwerkdienstverlening 18-           10.192            -       11.316           -",
        "  7.1 Volksgezondheid                         2.114          120        2.078         131",
        "",
        "                                     Begroting 2024 na wijziging        Realisatie 2024",
        "  Taakveld                                   Lasten        Baten       Lasten       Baten",
        "  7.2 Riolering                               3.712        4.012        3.598       4.031",
        "  7.3 Afval                                   4.418        4.705        4.489       4.762",
        "",
    ]
)  # fmt: skip


def test_a_table_continued_under_its_header_again_keeps_its_scale() -> None:
    cells = document_figures(parse_sections(CONTINUED_PAGE), document_id="t", municipality="T")
    sewer = {c.column: c.value for c in cells if c.row == "7.2 Riolering"}
    assert sewer["Lasten Realisatie 2024"] == Decimal("3598000"), sewer
    answer = FigureAnswerer(cells, {}, "").answer(
        "Hoeveel is er in 2024 werkelijk uitgegeven aan riolering en afval samen?", "T"
    )
    assert answer is not None and answer.kind == "figure", answer and answer.text
    assert answer.figures[0].value == Decimal("8087000")


def test_a_taakveld_code_says_what_it_holds() -> None:
    # 6.72 is jeugdhulp by the Iv3 list of its parts (6.72a Jeugdhulp begeleiding, ...)
    cells = document_figures(parse_sections(CONTINUED_PAGE), document_id="t", municipality="T")
    answer = FigureAnswerer(cells, {}, "").answer(
        "Hoeveel is er in 2024 werkelijk uitgegeven aan jeugdhulp?", "T"
    )
    assert answer is not None and answer.kind == "figure", answer and answer.text
    assert answer.figures[0].value == Decimal("11316000")


WHOLE_EUROS_HEADER = "\n".join(
    [
        "# Lokale heffingen",
        "",
        "Tabel 10.2 Opbrengst heffingen (bedragen x € 1.000)",
        "                                 Begroting 2025    Begroting 2026",
        "Afvalstoffenheffing                       4.296             4.512",
        "Rioolheffing                              3.318             3.478",
        "",
        "# Lokale lastendruk",
        "",
        "## Tabel 10.3 Woonlasten meerpersoonshuishouden",
        "",
        "   Bedragen in €                                   2025            2026",
        "   Onroerendezaakbelasting (eigenaar)               279             301",
        "   Afvalstoffenheffing meerpersoonshuishouden       342             358",
        "   Totale woonlasten                                621             659",
        "",
    ]
)  # fmt: skip


def test_a_note_in_the_header_makes_the_figures_amounts_in_euros() -> None:
    # beside a table in thousands, a table without a note would be of unknown scale; its
    # header says 'Bedragen in €'
    cells = settle_scales(
        document_figures(parse_sections(WHOLE_EUROS_HEADER), document_id="w", municipality="W")
    )
    household = {
        c.column: (c.value, c.unit, c.scale) for c in cells if c.row == "Totale woonlasten"
    }
    assert household["2026"] == (Decimal("659"), "EUR", 1), household


JAARREKENING = (
    "# Jaarstukken 2023\n"
    "\n"
    "Met ruim 1.100 medewerkers zijn wij een van de grootste werkgevers in de regio. Van de "
    "Wsw-medewerkers werkt 54,8% buiten de muren van het werkbedrijf.\n"
    "\n"
    "Indicatoren programma 1\n"
    "                                       Streefwaarde 2023    Realisatie 2023\n"
    "Ziekteverzuim Wsw-medewerkers                       9,0%               8,7%\n"
    "Klanttevredenheid opdrachtgevers                     7,5                7,6\n"
    "\n"
    "Tabel 7. Baten en lasten per product (in euro's)\n"
    "                                   Lasten 2023      Baten 2023\n"
    "3.1 Overhead                         4.908.671         126.408\n"
    "3.2 Huisvesting                      1.204.300          88.000\n"
)


@pytest.fixture(scope="module")
def jaarrekening() -> FigureAnswerer:
    return text_answerer(JAARREKENING, "Vlietlanden", year="2023", kind="jaarstukken")


def test_what_was_is_read_from_the_realisation_not_the_target(jaarrekening) -> None:
    question = "Hoe hoog was het ziekteverzuim onder de Wsw-medewerkers in 2023?"
    assert _figure(jaarrekening, question, "Vlietlanden") == Decimal("8.7")


def test_the_budget_asked_of_a_row_that_prints_only_what_was_done_is_not_given(
    jaarrekening,
) -> None:
    answer = jaarrekening.answer("Hoeveel was er in 2023 voor de overhead begroot?", "Vlietlanden")
    assert answer is not None and not answer.figures, answer and answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Wat betaalden de gemeenten samen aan het werkbedrijf in 2023?",
        "Hoeveel heeft het werkbedrijf in 2023 verdiend met detachering?",
    ],
)
def test_money_asked_is_never_answered_with_a_count_or_a_percentage(
    jaarrekening, question
) -> None:
    answer = jaarrekening.answer(question, "Vlietlanden")
    assert answer is None or all(f.unit == "EUR" for f in answer.figures), answer.text


RESERVES = (
    "# Reserves\n"
    "\n"
    "Tabel 4. Verloop reserves (bedragen x € 1.000)\n"
    "                              Stand 1-1-2025    Mutatie 2025    Stand 31-12-2025\n"
    "Algemene reserve                      12.480             355-              12.125\n"
    "Reserve sociaal domein                 2.350             500-               1.850\n"
)


@pytest.mark.parametrize("word", ["zit", "zat", "ligt", "moeten", "denkt", "komen"])
def test_the_verbs_of_what_a_fund_holds_name_no_subject(word) -> None:
    # 'Hoeveel zit er eind 2025 nog in de algemene reserve?': no row prints 'zit', and a word
    # no row prints would weigh most of all and leave every row unmatched
    assert _is_generic(stems(word)[0])


def test_what_comes_in_asks_for_a_figure() -> None:
    assert is_figure_question("Wat krijgt de gemeente in 2026 binnen aan ozb op woningen?")
    assert is_figure_question("Wat kwam er in 2024 binnen aan toeristenbelasting?")


def test_what_is_taken_out_of_a_reserve_is_never_its_balance() -> None:
    answerer = text_answerer(RESERVES, "Lindewaard", year="2025")
    question = "Hoeveel wordt er in 2025 uit de reserve sociaal domein gehaald?"
    assert _figure(answerer, question, "Lindewaard") == Decimal("500000")


RESERVE_SENTENCES = (
    "# Reserves\n"
    "\n"
    "Voor 2024 is na de eerste bestuursrapportage een nadelig saldo van € 623.000 voorzien, dat "
    "ten laste van de algemene reserve komt.\n"
    "\n"
    "In de grondexploitatie Zuid nemen we in 2025 een winst van € 250.000, die we toevoegen aan "
    "de algemene reserve.\n"
)


@pytest.mark.parametrize(
    "question",
    [
        "Hoeveel stond er op 1 januari 2024 in de algemene reserve?",
        "Met hoeveel euro nemen de reserves in 2025 af?",
    ],
)
def test_a_sentence_about_money_going_in_or_out_is_no_balance_nor_the_opposite_change(
    question,
) -> None:
    answerer = text_answerer(RESERVE_SENTENCES, "Lindewaard", year="2025")
    answer = answerer.answer(question, "Lindewaard")
    assert answer is not None and not answer.figures, answer and answer.text
    question = "Hoeveel wordt er in 2025 aan de algemene reserve toegevoegd?"
    assert _figure(answerer, question, "Lindewaard") == Decimal("250000")


INVESTMENTS = (
    "# Investeringen\n"
    "\n"
    "Investeringsplanning 2025-2026 (bedragen in duizenden euro's)\n"
    "                          Krediet   Uitgaven t/m 2024     2025     2026   Restant\n"
    "Nieuwbouw IKC Noord        11.400               1.862    5.240    3.950       348\n"
    "Reconstructie Stationsweg   2.780                 315    1.450    1.015         -\n"
)


def test_what_an_investment_may_cost_in_total_is_its_credit_not_a_years_share() -> None:
    answerer = text_answerer(INVESTMENTS, "Lindewaard", year="2025")
    question = "Hoeveel mag de nieuwbouw van IKC Noord in totaal kosten?"
    assert _figure(answerer, question, "Lindewaard") == Decimal("11400000")
    question = "Hoeveel wordt er in 2026 aan de reconstructie van de Stationsweg uitgegeven?"
    assert _figure(answerer, question, "Lindewaard") == Decimal("1015000")


def test_what_is_spent_by_the_end_of_a_year_adds_what_was_spent_before_it() -> None:
    answerer = text_answerer(INVESTMENTS, "Lindewaard", year="2025")
    question = "Hoeveel is er eind 2025 in totaal uitgegeven aan de Stationsweg?"
    answer = answerer.answer(question, "Lindewaard")
    assert answer is not None and answer.kind == "figure", answer and answer.text
    assert answer.figures[0].value == Decimal("1765000")
    assert answer.figures[0].derivation == "315.000 + 1.450.000 = 1.765.000"


def test_counts_in_a_short_paragraph_that_also_prints_a_percentage_are_kept() -> None:
    text = (
        "# Wat gaan we daarvoor doen?\n"
        "\n"
        "Minimabeleid. Ruim 1.200 huishoudens maken gebruik van één of meer minimaregelingen, "
        "zoals de meedoenregeling.\nDe inkomensgrens blijft 130% van het sociaal minimum.\n"
    )
    answerer = text_answerer(text, "Lindewaard", year="2025")
    question = "Hoeveel huishoudens maken gebruik van de minimaregelingen?"
    assert _figure(answerer, question, "Lindewaard") == Decimal("1200")


def test_a_typo_of_a_question_word_is_that_word_whatever_the_documents_print() -> None:
    # 'hoevel' is one letter from 'hoeven', printed in a sentence, as from 'hoeveel'
    text = "# Zorg\n\nInwoners hoeven niet lang te wachten. Hoeveel zij betalen, verschilt.\n"
    answerer = text_answerer(text, "Lindewaard", year="2025")
    assert answerer.spelled_as_printed("Hoevel kost de zorg?") == "Hoeveel kost de zorg?"


def test_a_word_two_letters_from_a_word_of_the_asking_is_left_as_it_is() -> None:
    # 'afgesloten' is no typo of 'afgelopen', a word of the asking the documents do not print
    text = "# Jaarrekening\n\nHet resultaat over 2030 bedraagt € 860.000 positief.\n"
    answerer = text_answerer(text, "Lindewaard", year="2030")
    question = "Met welk resultaat heeft Lindewaard het jaar 2030 afgesloten?"
    assert answerer.spelled_as_printed(question) == question


def test_a_sum_listed_after_the_question_adds_the_parts_of_what_it_names(maerland) -> None:
    question = "Hoeveel brengt de ozb in 2026 in totaal op, woningen en niet-woningen samen?"
    answer = maerland.answer(question, "Maerland")
    assert answer is not None and answer.kind == "figure", answer and answer.text
    assert answer.figures[0].value == Decimal("7362000")


def test_what_would_happen_without_measures_is_no_figure_of_what_is() -> None:
    text = (
        "# Financieel beeld\n\nZonder maatregelen zou het tekort in 2027 oplopen tot bijna "
        "€ 3,2 miljoen. Met de voorgestelde maatregelen wordt het tekort in 2027 € 139.000.\n"
    )
    answerer = text_answerer(text, "Lindewaard", year="2025")
    assert _figure(answerer, "Hoe groot is het tekort in 2027?", "Lindewaard") == 139000


def test_a_change_of_a_compound_amount_is_a_change() -> None:
    text = (
        "# Resultaat\n\nDe hogere loonkosten zijn ten dele gecompenseerd via een hogere "
        "rijksbijdrage Wsw; de gemeenten betaalden daardoor € 153.500 meer door dan geraamd.\n"
    )
    answerer = text_answerer(text, "Lindewaard", year="2024")
    answer = answerer.answer("Hoeveel rijksbijdrage Wsw kwam er binnen?", "Lindewaard")
    assert answer is not None and not answer.figures, answer and answer.text


def test_an_amount_between_two_labels_is_two_tables_read_as_one_row() -> None:
    assert misread_label("Bestuur en Dienstverlening €5,25 Algemene uitkering gemeentefonds")
    assert not misread_label("Waardebon mantelzorg (€ 50)")


PROGRAMMES = (
    "# Financieel beeld\n"
    "\n"
    "Overzicht saldo per programma (bedragen in duizenden euro's)\n"
    "                                          Rekening 2023   Begroting 2025   Raming 2026\n"
    "Programma 5 Onderwijs, Sport en Cultuur         (8.046)          (8.802)       (9.101)\n"
    "\n"
    "# Programma 5 Onderwijs, Sport en Cultuur\n"
    "\n"
    "Tabel 5.1 Baten en lasten programma 5 (bedragen x € 1.000)\n"
    "                                          Rekening 2023   Begroting 2025   Raming 2026\n"
    "Lasten                                            9.710           10.120        10.402\n"
    "Baten                                             1.664            1.318         1.301\n"
    "\n"
    "# Afval\n"
    "\n"
    "Tabel 6.4 Indicatoren afval\n"
    "                                          Eenheid            2023\n"
    "Omvang huishoudelijk restafval            kg per inwoner      142\n"
)


def test_what_was_spent_is_not_passed_off_with_a_saldo_when_lasten_fit_too() -> None:
    answerer = text_answerer(PROGRAMMES, "Lindewaard", year="2025")
    question = "Hoeveel heeft de gemeente in 2023 echt uitgegeven aan onderwijs, sport en cultuur?"
    answer = answerer.answer(question, "Lindewaard")
    assert answer is not None, question
    assert not answer.figures or answer.figures[0].value == 9710000, answer.text


def test_a_quantity_per_inhabitant_is_no_tariff() -> None:
    answerer = text_answerer(PROGRAMMES, "Lindewaard", year="2025")
    question = "Hoeveel kilo restafval per inwoner was er in 2023?"
    assert _figure(answerer, question, "Lindewaard") == 142


def test_letters_printed_as_ligatures_are_letters_in_their_columns() -> None:
    line = "Heﬃﬃﬃng       Tarief"
    assert without_print_marks(line) == "Heffing       Tarief"
    assert without_print_marks("ﬁnanciën") == "financiën"


def test_a_word_broken_with_a_unicode_or_soft_hyphen_is_broken_with_a_hyphen() -> None:
    assert without_print_marks("Uitvoerings\u00ad\u2010   Schuldhulp\u2010") == (
        "Uitvoerings-   Schuldhulp-"
    )


def test_rows_and_text_above_a_table_are_no_caption_of_it() -> None:
    text = (
        "# Lokale heffingen\n"
        "\n"
        "Tarieven 2024\n"
        "Heffing                                      Grondslag             Tarief 2024\n"
        "Afvalstoffenheffing meerpersoonshuishouden   per jaar                 € 318,00\n"
        "Rioolheffing                                 per aansluiting          € 246,00\n"
        "Een meerpersoonshuishouden met een woning van gemiddelde waarde betaalde in 2024 "
        "€ 867 aan\nwoonlasten: € 318 afvalstoffenheffing en € 246 rioolheffing.\n"
        "Opbrengst lokale heffingen (bedragen x 1.000 euro)\n"
        "                               Begroting 2024    Realisatie 2024\n"
        "Afvalstoffenheffing                     4.296              4.301\n"
        "Totaal                                 19.110             19.307\n"
    )
    sections = parse_sections(text)
    captions = [b.caption for s in sections for b in s.blocks if b.kind == "table"]
    assert "Opbrengst lokale heffingen (bedragen x 1.000 euro)" in captions, captions
    assert not any("woonlasten" in c for c in captions), captions
    answerer = text_answerer(text, "Lindewaard", year="2024")
    question = "Wat betaalde een meerpersoonshuishouden in 2024 aan woonlasten?"
    answer = answerer.answer(question, "Lindewaard")  # the sentence is read as a sentence
    assert answer is not None and "867" in answer.text, answer and answer.text
    assert not answer.figures or answer.figures[0].value == 867, answer.text


def test_how_much_a_budget_was_exceeded_is_its_variance() -> None:
    text = (
        "# Sociaal domein\n"
        "\n"
        "Tabel 2.4 Lasten per onderdeel (bedragen x € 1.000)\n"
        "             Begroting 2024   Begroting na wijziging 2024   Realisatie 2024   Verschil\n"
        "Jeugdhulp            16.150                        17.420            18.531     -1.111\n"
    )
    answerer = text_answerer(text, "Lindewaard", year="2024", kind="jaarstukken")
    question = "Met hoeveel is het budget voor de jeugdhulp in 2024 overschreden?"
    assert abs(_figure(answerer, question, "Lindewaard")) == 1111000


COUNTS_AND_BILLS = (
    "# Ontwikkelingen\n"
    "\n"
    "Het aantal deelnemers aan het werkleerbedrijf groeide van 1.250 eind 2023 naar 1.410 "
    "eind 2024.\n"
    "\n"
    "Het restafval per inwoner is sinds 2021 gedaald; het doel is 90 kilo per inwoner in "
    "2030.\n"
    "\n"
    "# Heffingen\n"
    "\n"
    "Tabel 6.1 Opbrengst heffingen (bedragen x € 1.000)\n"
    "                          Begroting 2025\n"
    "Afvalstoffenheffing                4.210\n"
    "Rioolheffing                       3.380\n"
    "\n"
    "Tabel 6.2 Tarieven 2025\n"
    "                                               Tarief 2025\n"
    "Afvalstoffenheffing per huishouden per jaar          € 312\n"
    "Rioolheffing per aansluiting per jaar                € 241\n"
)


@pytest.mark.parametrize(("year", "value"), [("2024", 1410), ("2023", 1250)])
def test_each_amount_of_a_sentence_is_of_the_year_beside_it(year: str, value: int) -> None:
    """'van 1.250 eind 2023 naar 1.410 eind 2024' names both years for both amounts: each
    amount is of the year right after it."""
    answerer = text_answerer(COUNTS_AND_BILLS)
    answer = answerer.answer(f"Hoeveel deelnemers waren er eind {year}?", "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == value


def test_an_amount_dated_by_another_year_is_no_answer_for_the_year_asked() -> None:
    """'sinds 2021 gedaald; het doel is 90 kilo in 2030': 90 is the goal for 2030."""
    answerer = text_answerer(COUNTS_AND_BILLS)
    answer = answerer.answer("Hoeveel kilo restafval had een inwoner in 2021?", "Proefdorp")
    assert not answer.figures or answer.figures[0].value != 90


def test_what_i_pay_is_the_rate_not_what_the_tax_brings_in() -> None:
    answerer = text_answerer(COUNTS_AND_BILLS)
    answer = answerer.answer("Hoeveel rioolheffing moest ik in 2025 betalen?", "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == 241


def test_going_up_asks_for_a_change_never_a_level() -> None:
    """'Met hoeveel gaat ... omhoog?' asks a change; one year's amount is no answer to it."""
    answerer = text_answerer(COUNTS_AND_BILLS)
    question = "Met hoeveel gaat de opbrengst afvalstoffenheffing omhoog?"
    answer = answerer.answer(question, "Proefdorp")
    assert not answer.figures or answer.figures[0].value != 4210000


STAFF_AND_SHARES = (
    "# Meerjarenraming\n"
    "\n"
    "Tabel 5.1 Meerjarenraming (bedragen x € 1.000)\n"
    "                                      2026      2027\n"
    "Loonkosten medewerkers              12.890    13.180\n"
    "\n"
    "Kerncijfers\n"
    "                                      2026\n"
    "Formatie (fte)                        48,5\n"
    "Personeel en staf (bedragen x € 1.000)  4.020\n"
    "\n"
    "# Bijdragen\n"
    "\n"
    "Tabel 6.2 Bijdrage per deelnemer 2026 (bedragen in €)\n"
    "                     Vaste bijdrage   Aanvullende bijdrage   Totaal 2026\n"
    "Westerhout                 812.400                 96.300        908.700\n"
    "Lage Zand                  644.100                 71.800        715.900\n"
    "\n"
    "Tabel 6.3 Tarieven (in euro's)\n"
    "                                    Tarief 2025   Tarief 2026\n"
    "Rioolheffing per aansluiting            € 249,60      € 262,80\n"
)


def test_the_costs_of_counted_people_are_money() -> None:
    """'Loonkosten medewerkers' names people, but it is what they cost."""
    answerer = text_answerer(STAFF_AND_SHARES)
    answer = answerer.answer("Wat zijn de loonkosten van de medewerkers in 2027?", "Proefdorp")
    assert answer.figures[0].value == 13180000 and answer.figures[0].unit == "EUR"


def test_how_many_fte_asks_a_count() -> None:
    answerer = text_answerer(STAFF_AND_SHARES)
    answer = answerer.answer("Hoeveel fte personeel is er in 2026?", "Proefdorp")
    assert not answer.figures or answer.figures[0].unit != "EUR"


def test_an_undated_column_is_the_year_only_when_named_in_full() -> None:
    """'de bijdrage voor 2026' is the column 'Totaal 2026', not 'Aanvullende bijdrage'."""
    answerer = text_answerer(STAFF_AND_SHARES)
    answer = answerer.answer("Wat is de bijdrage van Westerhout voor 2026?", "Proefdorp")
    assert answer.figures[0].value == 908700


MEMBERS = (
    "# Bijdragen\n"
    "\n"
    "Tabel 5 Bijdragen per deelnemer 2043 (bedragen in €)\n"
    "              Bijdrage       Plustaken       Totale bijdrage    Terugbetaling\n"
    "              basistaken                               2043        resultaat\n"
    "Westerhout     2.038.987        184.320         2.223.307           61.875\n"
    "Lage Zand      1.459.014         96.480         1.555.494           44.275\n"
)


def test_an_undated_column_is_the_year_when_a_word_of_the_question_sets_it_apart() -> None:
    """In the table of 2043, 'voor de basistaken' and 'terug uit het resultaat' name the
    columns their words set apart from the caption and row, not the dated 'Totale bijdrage
    2043'."""
    answerer = text_answerer(MEMBERS, "Proefregio", year="2043", kind="jaarstukken")
    answer = answerer.answer(
        "Hoeveel betaalde Westerhout in 2043 voor de basistaken?", "Proefregio"
    )
    assert answer.figures and answer.figures[0].value == 2038987, answer.text
    answer = answerer.answer("Hoeveel krijgt Lage Zand terug uit het resultaat 2043?", "Proefregio")
    assert answer.figures and answer.figures[0].value == 44275, answer.text
    answer = answerer.answer("Wat was de totale bijdrage van Lage Zand in 2043?", "Proefregio")
    assert answer.figures and answer.figures[0].value == 1555494, answer.text


def test_how_many_euros_dearer_asks_a_change() -> None:
    answerer = text_answerer(STAFF_AND_SHARES)
    question = "Hoeveel euro duurder wordt de rioolheffing per aansluiting?"
    answer = answerer.answer(question, "Proefdorp")
    assert not answer.figures or answer.figures[0].value != Decimal("262.80")


def test_a_percentage_of_rise_is_no_share() -> None:
    """'Met welk percentage stijgt de totale bijdrage?' asks a change, never a part of a
    total."""
    answerer = text_answerer(STAFF_AND_SHARES)
    answer = answerer.answer("Met welk percentage stijgt de totale bijdrage?", "Proefdorp")
    assert not answer.figures or "aandeel" not in answer.text.lower()


def test_a_follow_up_naming_another_column_keeps_the_row() -> None:
    """'En voor de plustaken?' after Westerhout's basistaken: Westerhout's plustaken."""
    answerer = text_answerer(MEMBERS, "Proefregio", year="2043", kind="jaarstukken")
    answers = _conversation(
        answerer, "Hoeveel betaalde Westerhout in 2043 voor de basistaken?", "En voor de plustaken?"
    )
    assert answers[-1].figures and answers[-1].figures[0].value == 184320, answers[-1].text


NORMS = (
    "# Indicatoren\n"
    "\n"
    "Tabel 5.1 Indicatoren brandweerzorg\n"
    "                                          Norm 2036   Realisatie 2036   Realisatie 2035\n"
    "Gemiddelde opkomsttijd prio 1 (minuten)         8,0               8,6               8,3\n"
)


def test_a_column_named_in_a_follow_up_is_read_for_the_year_it_is_printed_for() -> None:
    """'En wat is de norm?' after 2035's realisation: the 'Norm 2036', not 2035 again."""
    answerer = text_answerer(NORMS, "Proefregio", year="2036")
    answers = _conversation(
        answerer,
        "Hoe lang was de gemiddelde opkomsttijd prio 1 in 2036?",
        "En in 2035?",
        "En wat is de norm?",
    )
    assert [a.figures[0].value for a in answers] == [Decimal("8.6"), Decimal("8.3"), Decimal("8.0")]


def _conversation(answerer, *questions: str) -> list:
    """The answers to questions asked one after another in one conversation (Proefregio)."""
    history: list[dict[str, str]] = []
    answers = []
    for question in questions:
        answers.append(answerer.answer(question, "Proefregio", history))
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answers[-1].text},
        ]
    return answers
