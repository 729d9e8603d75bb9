"""Figures asked in other words than the tables print (issue 13): a difference as what two
figures 'schelen' or in 'procentpunt', computed and never answered with one of them; a
member's share 'volgens de verdeelsleutel' beside its part of the result, and what it 'krijgt
terug'; a taakveld row asked without its code; a rate asked by its name alone; a share of all
programme costs from the table's row, not a sentence's rounded figure; a level reached
('gedaald tot 4%') that is no change; 'dragen ... bij' in the plural; all years of a row; the
last measurement; a quote that is no debt; a member's levy that its row does not hold; a bare
total named by its rows; an investment's credit; a provision's closing balance; notes of
whole euros and a row's own scale. Made-up figures for Proefdorp and the bodies it takes
part in."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from assistant.figure_answers import is_figure_question
from assistant.figures import document_figures
from assistant.parsing import parse_sections

from .conftest import text_answerer
from .test_programme_chapters_columns_and_per_inhabitant import _turns

KENGETALLEN = (
    "# 6 Financiële positie\n"
    "\n"
    "Tabel 6.2 Financiële kengetallen\n"
    "Kengetal                 Rekening 2027   Begroting 2028   Begroting 2029\n"
    "Solvabiliteitsratio              27,3%            25,1%            24,6%\n"
    "Netto schuldquote                61,0%            64,2%            66,8%\n"
)


def test_what_two_years_differ_in_procentpunt_is_computed_not_looked_up() -> None:
    first, difference = _turns(
        text_answerer(KENGETALLEN, "Proefdorp", year="2029", kind="begroting"),
        "Proefdorp",
        "Hoe hoog is de solvabiliteitsratio in de begroting 2029?",
        "Hoeveel procentpunt scheelt dat met de rekening 2027?",
    )
    assert first.kind == "figure" and first.figures[0].value == Decimal("24.6"), first.text
    # 27,3% is the 2027 figure itself: stating it would be a wrong answer
    assert all(f.value != Decimal("27.3") for f in difference.figures), difference.text
    assert difference.kind == "figure", difference.text
    assert abs(difference.figures[0].value) == Decimal("2.7"), difference.text


def test_what_a_figure_scheelt_with_another_year_is_their_difference() -> None:
    answer = text_answerer(KENGETALLEN, "Proefdorp", year="2029", kind="begroting").answer(
        "Hoeveel scheelt de netto schuldquote tussen 2027 en 2029?", "Proefdorp"
    )
    assert all(f.value not in (Decimal("61.0"), Decimal("66.8")) for f in answer.figures)
    assert answer.kind == "figure", answer.text
    assert abs(answer.figures[0].value) == Decimal("5.8"), answer.text


MEMBERS = (
    "# 3 Bijdragen deelnemers\n"
    "\n"
    "Tabel 3.1 Bijdragen deelnemers 2028 (bedragen in euro's)\n"
    "Deelnemer      Inwoners  Verdeelsleutel  Bijdrage begroting 2028  Aandeel resultaat 2028\n"
    "Proefdorp        41.260          30,14%                1.970.862                 -45.758\n"
    "Proefhoeve       27.845          20,75%                1.357.003                 -31.506\n"
    "Proefwolde       18.930          14,21%                  929.161                 -21.573\n"
    "Totaal           88.035          65,10%                4.257.026                 -98.837\n"
    "\n"
    "# 4 Personeel\n"
    "\n"
    "Tabel 4.1 Personeel\n"
    "Onderdeel                  2027    2028\n"
    "Formatie (fte)             57,6    59,5\n"
    "Ziekteverzuim              5,2%    6,8%\n"
)


def test_a_members_share_by_the_key_is_its_row_beside_its_part_of_the_result() -> None:
    """A column of each member's part of the result does not make the row a saldo: a
    question about costs still finds the member's row, and its key's column."""
    answer = text_answerer(MEMBERS, "Belastingdienst Proefland", year="2028").answer(
        "Welk percentage van de kosten draagt Proefwolde volgens de verdeelsleutel?",
        "Belastingdienst Proefland",
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("14.21"), answer.text


def test_what_a_member_gets_back_is_its_part_of_the_result() -> None:
    answer = text_answerer(MEMBERS, "Belastingdienst Proefland", year="2028").answer(
        "Hoeveel krijgt Proefhoeve terug van het resultaat over 2028?", "Belastingdienst Proefland"
    )
    assert answer.kind == "figure", answer.text
    assert abs(answer.figures[0].value) == Decimal("31506"), answer.text


def test_a_rate_asked_by_its_name_alone_is_its_figure() -> None:
    answer = text_answerer(MEMBERS, "Belastingdienst Proefland", year="2028").answer(
        "Wat was het ziekteverzuim?", "Belastingdienst Proefland"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value in (Decimal("6.8"), Decimal("5.2")), answer.text


DEKKINGSMIDDELEN = (
    "# 4 Algemene dekkingsmiddelen\n"
    "\n"
    "Tabel 4.1 Algemene dekkingsmiddelen (bedragen in euro's)\n"
    "Taakveld                              Rekening 2027  Begroting 2028  Begroting 2029\n"
    "0.61 OZB woningen                         5.214.770       5.402.300       5.638.415\n"
    "0.62 OZB niet-woningen                    2.648.115       2.731.900       2.846.180\n"
    "0.64 Belastingen overig                     412.000         418.000         425.000\n"
    "0.7 Algemene uitkering gemeentefonds     68.120.400      70.215.300      72.966.980\n"
    "Totaal                                   76.395.285      78.767.500      81.876.575\n"
)


def test_a_taakveld_row_asked_without_its_code_is_found() -> None:
    """The code before a taakveld's name numbers the row; a question that names the row's
    words, not its code, names all of it: the row ranks as it would without the code."""
    from assistant.figure_answers import question_terms

    question = "Hoeveel OZB op woningen denkt Proefdorp in 2029 binnen te krijgen?"
    coded = text_answerer(DEKKINGSMIDDELEN, "Proefdorp", year="2029")
    uncoded = text_answerer(
        re.sub(r"(?m)^0\.\d+ ", "", DEKKINGSMIDDELEN), "Proefdorp", year="2029"
    )
    scores = [
        next(score for score, m in answerer.rank(question_terms(question), "Proefdorp")
             if m.first.row.endswith("OZB woningen"))
        for answerer in (coded, uncoded)
    ]  # fmt: skip
    assert scores[0] == pytest.approx(scores[1]), scores
    answer = coded.answer(question, "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("5638415"), answer.text


OVERZICHT = (
    "# 2 Financieel overzicht\n"
    "\n"
    "Het sociaal domein is met € 49,8 miljoen aan lasten het grootste programma.\n"
    "\n"
    "Tabel 2.1 Overzicht van baten en lasten (bedragen x € 1.000)\n"
    "Programma                        Rekening 2027   Begroting 2028   Begroting 2029\n"
    "Lasten\n"
    "1. Bestuur en veiligheid                 8.012            8.120            8.231\n"
    "2. Ruimte en wonen                      21.400           22.310           22.871\n"
    "3. Sociaal domein                       46.210           47.905           49.834\n"
    "4. Duurzaamheid                         18.100           18.560           18.900\n"
    "Totaal lasten programma's               93.722           96.895           99.836\n"
    "\n"
    "# 3 Werk en inkomen\n"
    "\n"
    "In 2027 vonden meer inwoners van Proefdorp een baan dan in de jaren ervoor. Daarbij is de\n"
    "werkloosheid afgenomen tot 4% in Proefdorp.\n"
)


def test_a_share_of_all_programme_costs_is_computed_from_the_tables_row() -> None:
    """The part of a share is the table's row, not a sentence's rounded figure of it: the
    table prints the whole the share is of."""
    answer = text_answerer(OVERZICHT, "Proefdorp", year="2029").answer(
        "Welk deel van alle programmalasten in 2029 is bestemd voor het sociaal domein, "
        "in procenten?",
        "Proefdorp",
    )
    assert answer.kind == "figure", answer.text
    assert abs(answer.figures[0].value - Decimal("49.92")) < Decimal("0.01"), answer.text


def test_a_level_reached_is_no_answer_to_how_much_it_fell() -> None:
    """'afgenomen tot 4%' says where unemployment went, not by how much it went down."""
    answer = text_answerer(OVERZICHT, "Proefdorp", year="2029").answer(
        "Met hoeveel procentpunt is de werkloosheid de laatste jaren gedaald?", "Proefdorp"
    )
    assert all(f.value != Decimal("4") for f in answer.figures), answer.text
    # one figure and nothing to compare it with: a refusal that says so, not a question back
    assert answer.kind == "refusal", answer.text


def test_the_level_reached_is_the_answer_to_tot_hoeveel() -> None:
    answer = text_answerer(OVERZICHT, "Proefdorp", year="2029").answer(
        "Tot hoeveel procent is de werkloosheid in Proefdorp gedaald?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("4"), answer.text


KERNCIJFERS = (
    "# 1 Kerncijfers\n"
    "\n"
    "Tabel 1 Kerncijfers 2027\n"
    "Kerncijfer                          2026      2027\n"
    "Aantal deelnemende gemeenten            8         8\n"
    "Aantal inwoners werkgebied        412.300   415.120\n"
    "\n"
    "# 4 Baten\n"
    "\n"
    "Tabel 4 Baten per programma (bedragen in euro's)\n"
    "Programma                                     Begroting 2027   Realisatie 2027\n"
    "Jeugdgezondheidszorg                               4.120.300         4.188.450\n"
    "Bijdragen deelnemende gemeenten                   26.550.800        27.068.100\n"
    "Totaal baten                                      30.671.100        31.256.550\n"
)


def test_what_members_dragen_bij_is_their_contribution_in_euros() -> None:
    """'dragen ... bij' is 'bijdragen' in the plural too: money, not the number of members."""
    answer = text_answerer(KERNCIJFERS, "GGD Proefland", year="2027").answer(
        "Hoeveel dragen de gemeenten samen bij aan de GGD in 2027?", "GGD Proefland"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].unit == "EUR", answer.text
    assert answer.figures[0].value in (Decimal("26550800"), Decimal("27068100")), answer.text


INVESTERINGEN = (
    "# 7 Investeringsplan\n"
    "\n"
    "Tabel 7.1 Investeringsplan (bedragen x € 1.000)\n"
    "Investering                              2029      2030      2031      Totaal\n"
    "Vervanging riolering Weiveld-Noord       1.240     1.180       960       3.380\n"
    "Nieuwbouw sporthal                       3.850     2.400         -       6.250\n"
    "Totaal investeringen                     5.090     3.580       960       9.630\n"
)


def test_all_years_of_a_row_is_its_total_column_not_the_total_row() -> None:
    first, all_years = _turns(
        text_answerer(INVESTERINGEN, "Proefdorp", year="2029"),
        "Proefdorp",
        "Hoeveel wordt er in 2029 geïnvesteerd in het vervangen van het riool in Weiveld-Noord?",
        "En over alle jaren van het investeringsplan samen?",
    )
    assert first.kind == "figure" and first.figures[0].value == Decimal("1240000"), first.text
    assert all_years.kind == "figure", all_years.text
    assert all_years.figures[0].value == Decimal("3380000"), all_years.text


INDICATOREN = (
    "# 3 Bestuur en dienstverlening\n"
    "\n"
    "Tabel 3.1a Doelen en indicatoren\n"
    "Indicator                                            Realisatie 2027   Streefwaarde 2029\n"
    "Tevredenheid dienstverlening Burgerzaken rapportcijfer           7,6                 7,8\n"
    "Woninginbraken aantal                                             68                  60\n"
)


def test_the_last_measurement_is_the_realised_figure_not_the_target() -> None:
    answer = text_answerer(INDICATOREN, "Proefdorp", year="2029").answer(
        "Welk rapportcijfer gaven inwoners bij de laatste meting aan de dienstverlening van "
        "burgerzaken?",
        "Proefdorp",
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("7.6"), answer.text


def test_the_last_measurement_in_a_named_begroting_is_before_its_year() -> None:
    """'in de begroting 2029' names the document: a begroting reports what was measured
    before its own year, so the measurement asked is the realised 2027, not the target the
    begroting sets for 2029; asked what was budgeted, the year is the budget's."""
    answerer = text_answerer(INDICATOREN, "Proefdorp", year="2029", kind="begroting")
    measured = answerer.answer(
        "Hoeveel woninginbraken waren er volgens de laatste meting in de begroting 2029?",
        "Proefdorp",
    )
    assert measured.kind == "figure", measured.text
    assert measured.figures[0].value == Decimal("68"), measured.text
    target = answerer.answer("Hoeveel woninginbraken zijn er in 2029 het doel?", "Proefdorp")
    assert all(f.value != Decimal("68") for f in target.figures), target.text


BALANS = (
    "# 4 Balans\n"
    "\n"
    "Tabel 4 Balans per 31 december (bedragen in €)\n"
    "Balanspost                          31-12-2029     31-12-2028\n"
    "Vaste schulden                       3.150.000      3.400.000\n"
    "Netto vlottende schulden               518.330        402.116\n"
    "Totaal passiva                       3.668.330      3.802.116\n"
)


def test_a_quote_asked_is_a_ratio_never_an_amount_of_debt() -> None:
    # the netto schuldquote is a ratio of the debt to the income; a balance that prints the
    # debts only does not hold it, however well 'netto' and 'schuld' match a row
    answerer = text_answerer(BALANS, "Proefdorp", year="2029", kind="jaarstukken", weighed=True)
    answer = answerer.answer("Hoe hoog is de schuldquote van Proefdorp?", "Proefdorp")
    # (nor is it one of the debts to choose from)
    assert answer.kind == "refusal" and not answer.figures, answer.text


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("Hoe hoog is de rioolheffing in Proefhoeve?", None),
        ("Wat kost de afvalstoffenheffing in Proefwolde in 2028?", None),
        ("Wat betaalt Proefhoeve in 2028 aan de belastingdienst?", Decimal("1357003")),
        ("Hoeveel inwoners telt Proefwolde?", Decimal("18930")),
        ("Met hoeveel inwoners telt Proefwolde mee in de verdeling?", Decimal("18930")),
    ],
)
def test_a_member_named_answers_only_what_its_row_holds(
    question: str, answered: Decimal | None
) -> None:
    # a municipality that is only a member of the body is a row of its table: a question
    # about its own levies is not answered by its contribution, however well its name matches
    answer = text_answerer(MEMBERS, "Belastingdienst Proefland", year="2028").answer(
        question, None
    )
    if answered is None:
        assert answer.kind != "figure" and not answer.figures, answer.text
    else:
        assert answer.kind == "figure" and answer.figures[0].value == answered, answer.text


CONTRIBUTIONS = (
    "# 3 Bijdragen\n"
    "\n"
    "Tabel 3 Deelnemersbijdragen 2028 (bedragen in €)\n"
    "Deelnemer                Inwoners    Bijdrage 2028\n"
    "Gemeente Proefdorp         41.260        1.204.880\n"
    "Gemeente Proefhoeve        27.845          813.116\n"
    "Gemeente Proefwolde        18.930          552.790\n"
    "Totaal                     88.035        2.570.786\n"
    "\n"
    "# 5 Resultaat\n"
    "\n"
    "Tabel 5 Bestemming van het resultaat 2028 (bedragen in €)\n"
    "Bestemming                                        Bedrag\n"
    "Toevoeging aan de algemene reserve               140.000\n"
    "Terugbetaling aan de deelnemende gemeenten       220.000\n"
)


def test_a_bare_total_is_named_by_what_every_row_above_it_names() -> None:
    # 'Totaal' under 'Gemeente Proefdorp', 'Gemeente Proefhoeve', ...: the total of the
    # gemeenten, not a row elsewhere that names gemeenten in its own words
    answer = text_answerer(CONTRIBUTIONS, "Recreatieschap Proefmeer", year="2028").answer(
        "Hoeveel ontving het recreatieschap in 2028 in totaal aan bijdragen van de gemeenten?",
        "Recreatieschap Proefmeer",
    )
    assert all(f.value != Decimal("220000") for f in answer.figures), answer.text
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("2570786"), answer.text


INVESTMENTS = (
    "# 4 Investeringen\n"
    "\n"
    "Tabel 4.3 Investeringsplan 2029-2031 (bedragen x € 1.000)\n"
    "Investering                         Krediet     2029     2030     2031\n"
    "Nieuwbouw kindcentrum De Reiger       7.400      800    3.300    3.300\n"
    "Vervanging riolering Dorpsstraat      1.150    1.150        -        -\n"
)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Hoeveel kost de nieuwbouw van kindcentrum De Reiger?", Decimal("7400000")),
        ("Hoeveel investeert Proefdorp in kindcentrum De Reiger?", Decimal("7400000")),
        ("Wat wordt er in 2030 uitgegeven aan de nieuwbouw van De Reiger?", Decimal("3300000")),
    ],
)
def test_an_investment_asked_without_a_year_is_its_credit(question: str, value: Decimal) -> None:
    # the credit is what the whole investment costs; the columns of years are its spending
    # per year: a question without a year asks the whole, one with a year that year's part
    answer = text_answerer(INVESTMENTS, "Proefdorp", year="2029", kind="begroting").answer(
        question, "Proefdorp"
    )
    assert answer.kind == "figure" and answer.figures[0].value == value, answer.text


PROVISIONS = (
    "# 5 Reserves en voorzieningen\n"
    "\n"
    "Verloop reserves en voorzieningen 2028\n"
    "\n"
    "Bedragen in €\n"
    "\n"
    "Omschrijving                          Stand 1-1-2028   Toevoeging   Onttrekking   Stand 31-12-2028\n"  # noqa: E501
    "Voorzieningen\n"
    "Voorziening groot onderhoud                  512.300       90.000        61.250            541.050\n"  # noqa: E501
    "Voorziening nazorg stortplaats             1.804.600       52.000        33.180          1.823.420\n"  # noqa: E501
    "Totaal voorzieningen                       2.316.900      142.000        94.430          2.364.470\n"  # noqa: E501
)


def test_what_a_provision_holds_at_the_end_of_the_year_is_its_closing_balance() -> None:
    answerer = text_answerer(PROVISIONS, "Afvalschap Proefrand", year="2028", kind="jaarstukken")
    answer = answerer.answer(
        "Hoeveel staat er eind 2028 in de voorziening voor de nazorg van de oude stortplaats?",
        "Afvalschap Proefrand",
    )
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("1823420"), answer.text
    assert answer.figures[0].unit == "EUR", answer.text  # 'Bedragen in €' above the table


def test_a_note_of_whole_euros_ending_the_text_above_a_table_makes_its_figures_amounts() -> None:
    # (under a heading without a word of money, as the sheet of a spreadsheet prints it)
    text = PROVISIONS.replace("# 5 Reserves en voorzieningen", "# 5 Staat van voorzieningen")
    text = text.replace(
        "Verloop reserves en voorzieningen 2028\n\nBedragen in €\n",
        "Verloop reserves en voorzieningen 2028\n"
        "Toevoegingen aan en onttrekkingen uit reserves lopen via het resultaat. Dotaties aan\n"
        "voorzieningen zijn lasten van de producten.\nBedragen in €\n",
    )
    cells = {(c.row, c.column): c for c in document_figures(
        parse_sections(text), document_id="p", municipality="Afvalschap Proefrand"
    )}  # fmt: skip
    closing = cells[("Voorziening nazorg stortplaats", "Stand 31-12-2028")]
    assert (closing.unit, closing.value) == ("EUR", Decimal("1823420")), closing


def test_a_rows_own_scale_note_in_brackets_scales_its_figures() -> None:
    text = (
        "# 5 Algemene dekkingsmiddelen\n"
        "\n"
        "Tabel 5.1 Opcenten motorrijtuigenbelasting\n"
        "Opcenten MRB                      2039        2040\n"
        "Aantal opcenten                   88,3        91,6\n"
        "Opbrengst (x € 1.000)          118.240     124.905\n"
    )
    cells = {(c.row, c.column): c for c in document_figures(
        parse_sections(text), document_id="p", municipality="Provincie Proefland"
    )}  # fmt: skip
    yielded = cells[("Opbrengst (x € 1.000)", "2040")]
    assert (yielded.unit, yielded.value) == ("EUR", Decimal("124905000")), yielded
    assert cells[("Aantal opcenten", "2040")].value == Decimal("91.6")
    # ... and the row answers: its note is no figure misread into its label
    answer = text_answerer(text, "Provincie Proefland", year="2040").answer(
        "Wat is in 2040 de opbrengst van de opcenten?", "Provincie Proefland"
    )
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("124905000"), (
        answer.text
    )


def test_a_member_printed_as_gemeente_x_is_a_member_all_the_same() -> None:
    answerer = text_answerer(CONTRIBUTIONS, "Recreatieschap Proefmeer", year="2028")
    answer = answerer.answer("Hoe hoog is de rioolheffing in Proefhoeve?", None)
    assert answer.kind == "refusal" and not answer.figures, answer.text
    answer = answerer.answer("Hoeveel betaalt Proefhoeve in 2028 aan het recreatieschap?", None)
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("813116"), answer.text


def test_a_percentage_asked_as_the_end_of_a_compound_is_a_figure_question() -> None:
    # 'het ziekteverzuimpercentage', 'het afvalscheidingspercentage': a percentage asked
    assert is_figure_question("Wat is het afvalscheidingspercentage van het afvalschap?")
    answer = text_answerer(MEMBERS, "Belastingdienst Proefland", year="2028").answer(
        "Wat was het ziekteverzuimpercentage in 2028?", "Belastingdienst Proefland"
    )
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("6.8"), answer.text


def test_a_programme_named_like_a_place_is_no_member() -> None:
    # 'binnen het programma Energietransitie': a capitalised row name that is no municipality
    text = (
        "# 3 Financieel overzicht\n"
        "\n"
        "Tabel 3.1 Overzicht van de baten (bedragen x € 1.000)\n"
        "Onderdeel                   2039       2040       2041\n"
        "Mobiliteit                 4.102      4.210      4.300\n"
        "Energietransitie           2.984      3.118      3.250\n"
        "Totaal baten               7.086      7.328      7.550\n"
    )
    answer = text_answerer(text, "Provincie Proefland", year="2040").answer(
        "Hoeveel inkomsten verwacht de provincie in 2040 binnen het programma Energietransitie?",
        "Provincie Proefland",
    )
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("3118000"), answer.text


def test_words_that_make_a_chat_question_quick_or_polite_name_no_subject() -> None:
    """'ff snel:' and 'aub' are how a resident types in a chat: no row is asked by them,
    and a typo in the word that is ('onderwjis') is read as the printed word."""
    answerer = text_answerer(
        "# 3 Sociaal domein\n"
        "\n"
        "Tabel 3.1 Lasten per taakveld\n"
        "Taakveld                  2030          2031\n"
        "Onderwijs            5.363.397     5.412.000\n"
        "Jeugd               12.480.000    12.910.000\n"
    )
    for question in (
        "ff snel: wat kost onderwjis in 2031?",
        "Wat kost onderwijs in 2031, aub?",
    ):
        answer = answerer.answer(question, "Proefdorp")
        assert answer.kind == "figure", (question, answer.text)
        assert answer.figures[0].value == Decimal("5412000")


def test_a_share_of_people_is_never_computed_from_amounts() -> None:
    """'Welk percentage van de inwoners heeft schulden?' is no share of the municipality's
    short-term debt in its balance sheet total."""
    answerer = text_answerer(
        "# 10 Financiële positie\n"
        "\n"
        "Tabel 10.2 Geprognosticeerde balans (bedragen x € 1.000)\n"
        "Passiva                           Begr. 2031\n"
        "Eigen vermogen                        50.060\n"
        "Kortlopende schulden                   5.120\n"
        "Totaal passiva                        79.565\n"
    )
    answer = answerer.answer("Welk percentage van de inwoners heeft schulden in 2031?", "Proefdorp")
    assert not answer.figures, answer.text


def test_what_a_member_paid_is_never_a_balance_at_the_year_s_end() -> None:
    """'Hoeveel heeft Elsterdal betaald?' is its contribution among the baten, not what is
    left of an advance it paid earlier ('Ultimo 2031' of the voorschotten)."""
    answerer = text_answerer(
        "# 2 Jaarrekening\n"
        "\n"
        "Tabel 2.1 Baten (bedragen x € 1.000)\n"
        "Baten                               Begroting 2031   Realisatie 2031\n"
        "Baten GR Gemeente Elsterdal                  1.200             1.243\n"
        "Baten GR Gemeente Veenoord                     800               812\n"
        "\n"
        "Tabel 2.4 Voorschotbedragen (bedragen x € 1.000)\n"
        "Voorschot                              Ultimo 2030       Ultimo 2031\n"
        "Gem. Elsterdal (digitalisering)                184               138\n"
        "Gem. Veenoord (digitalisering)                  45                45\n",
        municipality="Archief Elsterland",
        year="2031",
        kind="jaarstukken",
    )
    answer = answerer.answer(
        "Hoeveel heeft de gemeente Elsterdal in 2031 aan het archief betaald?", "Archief Elsterland"
    )
    assert [f.value for f in answer.figures] == [Decimal("1243000")], answer.text
    # ... also when the question's words are the advance's
    answer = answerer.answer(
        "Hoeveel heeft de gemeente Elsterdal in 2031 betaald voor digitalisering?",
        "Archief Elsterland",
    )
    assert not {f.value for f in answer.figures} & {Decimal("138000"), Decimal("184000")}, (
        answer.text
    )


def test_a_net_figure_asked_in_a_resident_s_words_is_the_saldo() -> None:
    """'netto, dus als je de inkomsten eraf haalt' says how the figure is made: the saldo of
    the programme, and its words name no row."""
    answerer = text_answerer(
        "# 3 Sociaal domein\n"
        "\n"
        "Overzicht 3.1 Baten en lasten Sociaal domein\n"
        "                                        2030          2031\n"
        "Totaal lasten                     45.210.000    46.118.000\n"
        "Totaal baten                       9.480.000     9.500.000\n"
        "Totaal saldo van baten en lasten  35.730.000    36.618.000\n"
        "\n"
        "Wij halen de inkomsten uit de rijksbijdragen. Het hele programma loopt door.\n",
        weighed=True,
    )
    answer = answerer.answer(
        "Wat kost het hele sociaal domein in 2031 netto, dus als je de inkomsten eraf haalt?",
        "Proefdorp",
    )
    assert [f.value for f in answer.figures] == [Decimal("36618000")], answer.text


def test_a_word_that_names_nothing_is_not_split_into_printed_words() -> None:
    """'eigenlijk' is how a resident talks, not the printed 'eigen' and 'rijk' run together."""
    answerer = text_answerer(
        "# 3 Werk\n"
        "\n"
        "De bijdrage van het Rijk aan de eigen inzet blijft gelijk. Daarbij is de werkloosheid "
        "afgenomen tot 4% in Proefdorp.\n"
    )
    asked = "Hoe hoog is de werkloosheid in Proefdorp eigenlijk?"
    assert answerer.spelled_as_printed(asked) == asked


EXPLOITATIE = "\n".join([
    "# 2 Recreatie en voorzieningen",
    "",
    "Het schap beheert vier parkeerterreinen en twee dagrecreatieterreinen.",
    "",
    "Tabel 2.2 Lasten en baten programma 2 (bedragen in euro's)",
    "{:<40}{:>16}{:>16}".format("Omschrijving", "Begroting 2045", "Begroting 2046"),
    "{:<40}{:>16}{:>16}".format("Exploitatie parkeerterreinen", "201.338", "209.500"),
    "{:<40}{:>16}{:>16}".format("Onderhoud toiletgebouwen", "88.120", "90.400"),
    "{:<40}{:>16}{:>16}".format("Parkeeropbrengsten", "781.000", "819.500"),
    "{:<40}{:>16}{:>16}".format("Pachten en huren", "96.400", "98.300"),
])


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # 'parkeergeld': the money of parking the schap brings in, printed as its yield
        ("Hoeveel parkeergeld verwacht het schap in 2046 binnen te halen?", Decimal(819500)),
        # ... and the thing itself, in a row of what it yields
        ("Hoeveel pachtgeld ontvangt het schap in 2045?", Decimal(96400)),
    ],
)
def test_money_named_by_a_compound_of_geld_is_its_yield_row(question, value) -> None:
    """A resident's compound of 'geld' ('parkeergeld') names what the row of that thing's
    yield prints ('Parkeeropbrengsten'), not a thing of its own that no document prints:
    no refusal, and not the costs of the parking places beside it."""
    answer = text_answerer(EXPLOITATIE, "Schap", year="2045", kind="begroting").answer(
        question, None, []
    )
    assert [f.value for f in answer.figures] == [value], answer.text

