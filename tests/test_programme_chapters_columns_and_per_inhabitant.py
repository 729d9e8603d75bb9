"""Answers that go on in a programme's own table under its numbered chapter, in the table
that prints a figure again, in the municipality's own column beside the national one; and
figures computed from printed cells: per inhabitant, growth in percent from the year before,
the total of a member's parts, the realisation against the amended budget (issue 13).
Made-up figures for Proefdorp, Proefhoeve and the GGD Proefland."""

from __future__ import annotations

from decimal import Decimal

from assistant.figure_answers import FigureAnswerer
from assistant.models import Answer

from .conftest import indexed_assistant, text_answerer
from .test_word_pages_and_numbered_headings import KEY_FIGURES, NUMBERED, _word_cells


def _turns(answerer: FigureAnswerer, municipality: str, *questions: str) -> list[Answer]:
    """The answers to a conversation, each question asked with the turns before it."""
    history: list[dict[str, str]] = []
    answers = []
    for question in questions:
        answers.append(answerer.answer(question, municipality, history))
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answers[-1].text},
        ]
    return answers


def test_a_year_the_overview_lacks_is_read_in_the_table_under_the_programmes_chapter() -> None:
    """The overview prints 2028 only; the table under the programme's own chapter has the
    years of the meerjarenraming, and a follow-up about them goes on there."""
    first, later, income = _turns(
        text_answerer(NUMBERED),
        "Proefdorp",
        "Hoeveel geeft Proefdorp in 2028 uit aan zorg en welzijn?",
        "En hoeveel is dat in 2030?",
        "Wat staat daar in dat jaar aan inkomsten tegenover?",
    )
    assert first.kind == "figure" and first.figures[0].value == Decimal("57450000"), first.text
    assert later.kind == "figure", later.text
    assert later.figures[0].value == Decimal("58402000")
    assert income.kind == "figure", income.text
    assert income.figures[0].value == Decimal("12702000")


def test_a_list_of_key_figures_each_beside_its_label_is_read() -> None:
    """Key figures laid out as a label and one number, without a colon or a header."""
    budget = text_answerer(KEY_FIGURES)
    answer = budget.answer("Hoeveel inwoners heeft de gemeente Proefdorp?", "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("41236") and answer.figures[0].unit == "count"
    answer = budget.answer("Hoeveel woningen telt Proefdorp?", "Proefdorp")
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("17642"), answer.text


INDICATORS = (
    "## 2.4.3 Beleidsindicatoren\n"
    "\n"
    "Tabel 2.6 Beleidsindicatoren sociaal domein\n"
    " Indicator                     Eenheid                         Proefdorp  Nederland  Jaar\n"
    " Jongeren met jeugdhulp        % van alle jongeren tot 18 jaar      12,6       12,1  2026\n"
    " Jongeren met jeugdbescherming % van alle jongeren tot 18 jaar       0,9        1,0  2026\n"
    " Banen                         per 1.000 inwoners van 15-74 jaar   702,4      815,0  2026\n"
)


def test_the_municipalitys_own_column_beside_the_national_one_answers() -> None:
    """An indicator printed for the municipality and for Nederland: a question about the
    municipality is its own column; 'landelijk' asks the other."""
    own, national = _turns(
        text_answerer(INDICATORS),
        "Proefdorp",
        "Welk percentage van de jongeren in Proefdorp krijgt jeugdhulp?",
        "En wat is het cijfer voor Nederland?",
    )
    assert own.kind == "figure" and own.figures[0].value == Decimal("12.6"), own.text
    assert national.kind == "figure" and national.figures[0].value == Decimal("12.1"), national.text


TWO_PRINTS = (
    "## 2.6 Algemene dekkingsmiddelen\n"
    "\n"
    "Tabel 2.9 Overzicht algemene dekkingsmiddelen\n"
    "                                      Rekening     Begroting     Begroting\n"
    "Bedragen in euro's                        2026         2027          2028          2029\n"
    "Algemene uitkering gemeentefonds     77.091.420   79.105.180    80.998.560    82.731.640\n"
    "Hondenbelasting                         178.360      181.240       186.240       188.100\n"
    "\n"
    "## 5.1 Bijlage 1 Overzicht baten en lasten per taakveld 2028\n"
    "\n"
    "Tabel B.1 Lasten en baten per taakveld, begroting 2028 (bedragen x € 1.000)\n"
    "Taakveld                                                         Lasten     Baten\n"
    "0.7 Algemene uitkering en overige uitkeringen gemeentefonds            0    80.999\n"
    "0.64 Belastingen overig                                               12       186\n"
)


def test_a_follow_up_year_goes_on_in_the_table_that_prints_the_figure_again() -> None:
    """The taakveld row has 2028 only; the overview of dekkingsmiddelen prints the same
    figure exactly, under a shorter label, with the years after it."""
    first, later = _turns(
        text_answerer(TWO_PRINTS),
        "Proefdorp",
        "Wat zijn de baten van taakveld 0.7 Algemene uitkering in 2028?",
        "En het jaar daarna?",
    )
    assert first.kind == "figure" and first.figures[0].value == 80999000, first.text
    assert later.kind == "figure", later.text
    assert later.figures[0].value == Decimal("82731640")


INVESTMENTS = (
    "## 3.7 Financiering\n"
    "\n"
    "De kasgeldlimiet is het maximum van de netto vlottende schuld. Door de investeringen in\n"
    "de sporthal en het kindcentrum verwachten wij in 2028 en 2029 nieuwe langlopende\n"
    "leningen aan te trekken van in totaal € 14 miljoen.\n"
    "\n"
    "## 4.5 Investeringen\n"
    "\n"
    "De bouw van de nieuwe sporthal De Hoeve start in het voorjaar van 2028; de oplevering is\n"
    "gepland in het najaar van 2030.\n"
    "\n"
    "Tabel 4.6 Investeringsplanning 2028–2031\n"
    "                                                  Kredietbehoefte (x € 1.000)\n"
    "Investering                          2028       2029       2030       2031     Totaal\n"
    "Vervanging riolering                1.850      1.200          –          –      3.050\n"
    "Nieuwbouw sporthal De Hoeve         2.400      5.600      1.100          –      9.100\n"
    "Integraal Kindcentrum Noord           650      4.800      3.950          –      9.400\n"
)


def test_the_last_part_of_a_one_word_municipality_name_still_names_other_things(
    tmp_path,
) -> None:
    """'De Hoeve' in a question to Proefhoeve is the sporthal, not the municipality: the
    sentence about loans for 'de sporthal' is no answer in its place."""
    assistant = indexed_assistant(
        tmp_path, {"proefhoeve-programmabegroting-2028.txt": INVESTMENTS.encode()}
    )
    question = "Hoeveel kost de nieuwe sporthal De Hoeve in totaal aan investeringen?"
    answer = assistant.ask(question, "Proefhoeve")
    assert not any(f.value == 14000000 for f in answer.figures), answer.text
    assert "Nieuwbouw sporthal De Hoeve" in answer.text


def _word_answerer(tmp_path):
    return FigureAnswerer(_word_cells(tmp_path), {}, "")


def test_a_members_contribution_is_the_total_of_its_parts(tmp_path) -> None:
    """'Bijdrage 2027' over its parts and their 'Totaal': what a member pays is the total."""
    answer = _word_answerer(tmp_path).answer(
        "Hoeveel betaalt Ruigendorp in 2027 aan de GGD?", "GGD Proefland"
    )
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("8019995"), answer.text


def test_more_spent_than_the_amended_budget_is_the_realisation_against_it(tmp_path) -> None:
    """'Hoeveel is er meer uitgegeven dan het bijgestelde budget?': the realisation minus
    the budget after amendments, not a refusal for want of a realisation."""
    first, answer = _turns(
        _word_answerer(tmp_path),
        "GGD Proefland",
        "Hoeveel heeft Toezicht in 2027 gekost volgens de begroting na wijziging?",
        "Hoeveel is er uiteindelijk minder uitgegeven dan dat bijgestelde budget?",
    )
    assert first.figures and first.figures[0].value == Decimal("2034800"), first.text
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("76586"), answer.text


def test_a_members_contribution_per_inhabitant_divides_by_its_own_inhabitants(tmp_path) -> None:
    """'Hoeveel is dat per inwoner?' after a member's contribution: the contribution over the
    inhabitants printed in its row, with the derivation and both cells cited."""
    _, answer = _turns(
        _word_answerer(tmp_path),
        "GGD Proefland",
        "Hoeveel betaalt Ruigendorp in 2027 aan de GGD?",
        "Hoeveel is dat per inwoner?",
    )
    assert answer.kind == "figure", answer.text
    assert abs(answer.figures[0].value - Decimal("86.75")) < Decimal("0.01")
    assert "8.019.995" in answer.figures[0].derivation and len(answer.citations) == 2


PER_INHABITANT = KEY_FIGURES + (
    "\n"
    "## 5.1 Bijlage 1 Overzicht baten en lasten per taakveld 2028\n"
    "\n"
    "Tabel B.1 Lasten en baten per taakveld, begroting 2028 (bedragen x € 1.000)\n"
    "Taakveld                                       Lasten     Baten\n"
    "6.72 Maatwerkdienstverlening 18-               11.938       120\n"
    "7.3 Afval                                       4.120     4.560\n"
)


def test_an_amount_per_inhabitant_divides_by_the_municipalitys_inhabitants() -> None:
    first, answer = _turns(
        text_answerer(PER_INHABITANT),
        "Proefdorp",
        "Wat zijn de lasten van taakveld 6.72 Maatwerkdienstverlening 18- in 2028?",
        "Hoeveel is dat per inwoner?",
    )
    assert first.figures and first.figures[0].value == Decimal("11938000"), first.text
    assert answer.kind == "figure", answer.text
    assert abs(answer.figures[0].value - Decimal("289.50")) < Decimal("0.01")
    assert "41.236" in answer.figures[0].derivation


def test_per_inhabitant_without_a_count_of_inhabitants_is_refused() -> None:
    _, answer = _turns(
        text_answerer(TWO_PRINTS),
        "Proefdorp",
        "Wat zijn de baten van taakveld 0.7 Algemene uitkering in 2028?",
        "Hoeveel is dat per inwoner?",
    )
    assert answer.kind in ("refusal", "clarification") and not answer.figures, answer.text


def test_a_column_named_gemeente_is_the_own_one_beside_the_national_one() -> None:
    """'Gemeente' beside 'Nederland': the municipality's own column, as its name would be."""
    budget = text_answerer(INDICATORS.replace("Proefdorp  Nederland", "Gemeente   Nederland"))
    answer = budget.answer("Hoeveel banen zijn er per 1.000 inwoners in Proefdorp?", "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("702.4"), answer.text


def test_the_own_column_does_not_choose_for_a_row_that_names_part_of_the_question() -> None:
    """A row that names only part of what is asked ('kinderen', not their jeugdhulp) is no
    answer in its own column either: the choice is put to the user, as before."""
    budget = text_answerer(
        "## Beleidsindicatoren\n"
        "\n"
        "Tabel 3.1 Beleidsindicatoren programma 3\n"
        " Indicator                    Eenheid                Proefdorp  Nederland  Jaar\n"
        " Kinderen in uitkeringsgezin  % kinderen tot 18 jaar       3,1        5,4  2022\n"
        " Werkloze jongeren            % 16 t/m 22 jaar             1,2        2,0  2022\n"
    )
    question = "Welk percentage van de kinderen in Proefdorp heeft jeugdhulp?"
    answer = budget.answer(question, "Proefdorp")
    assert not answer.figures, answer.text


def test_a_growth_in_percent_after_a_years_figure_runs_from_the_year_before() -> None:
    """'Met hoeveel procent neemt dat toe?' after the figure of 2029: from 2028 to 2029."""
    _, answer, growth = _turns(
        text_answerer(TWO_PRINTS),
        "Proefdorp",
        "Hoeveel geld krijgt Proefdorp in 2028 uit het gemeentefonds?",
        "En het jaar daarna?",
        "Met hoeveel procent neemt dat toe?",
    )
    assert answer.figures and answer.figures[0].value == Decimal("82731640"), answer.text
    assert growth.kind == "figure", growth.text
    assert abs(growth.figures[0].value - Decimal("2.14")) < Decimal("0.01")


def test_the_yield_of_a_tax_is_no_choice_between_its_costs_and_its_yield() -> None:
    """'Hoeveel haalt de gemeente op met ...?' asks the baten: the taakveld's lasten and saldo
    are no rival readings, and the same yield printed twice is one figure."""
    budget = text_answerer(
        "## 2.6 Algemene dekkingsmiddelen\n"
        "\n"
        "Tabel 2.9 Overzicht algemene dekkingsmiddelen\n"
        "Bedragen in euro's                        2027          2028\n"
        "Onroerendezaakbelasting woningen     5.998.340     6.218.460\n"
        "Hondenbelasting                        181.240       186.240\n"
        "\n"
        "## 5.1 Bijlage 1\n"
        "\n"
        "Tabel B.1 Lasten en baten per taakveld, begroting 2028 (bedragen x € 1.000)\n"
        "Taakveld                         Lasten     Baten     Saldo\n"
        "0.61 OZB woningen                   412     6.218     5.806\n"
        "0.62 OZB niet-woningen              120     3.219     3.099\n"
    )
    question = "Hoeveel haalt de gemeente in 2028 op met de onroerendezaakbelasting op woningen?"
    answer = budget.answer(question, "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("6218460")


def test_more_came_in_than_in_the_amended_budget_is_the_difference_with_it(tmp_path) -> None:
    answer = _word_answerer(tmp_path).answer(
        "Hoeveel is er aan Jeugdgezondheidszorg minder uitgegeven dan in de bijgestelde "
        "begroting stond?",
        "GGD Proefland",
    )
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("312282"), answer.text


def test_per_inhabitant_never_divides_by_a_part_of_the_inhabitants() -> None:
    """'Inwoners 65 jaar en ouder' counts some inhabitants, not all of them."""
    part = " Inwoners 65 jaar en ouder"
    text = PER_INHABITANT.replace(" Aantal inwoners per 1 januari 2027", part)
    _, answer = _turns(
        text_answerer(text),
        "Proefdorp",
        "Wat zijn de lasten van taakveld 6.72 Maatwerkdienstverlening 18- in 2028?",
        "Hoeveel is dat per inwoner?",
    )
    assert not answer.figures, answer.text



PROGRAMME_BY_ITS_NAME = (
    "# 3 Programma 1 Bestuur\n\n"
    "## Wat mag het kosten?\n\n"
    "Tabel 3.1 Baten en lasten programma 1 (bedragen in €)\n"
    "Taakveld                      Begroting 2028    Raming 2029\n"
    "Lasten\n"
    "0.1 Bestuur                   2.310.000         2.350.000\n"
    "0.2 Burgerzaken                 912.000           930.000\n"
    "Totaal lasten                 3.222.000         3.280.000\n"
    "Baten\n"
    "0.2 Burgerzaken                 420.000           430.000\n"
    "Totaal baten                    420.000           430.000\n\n"
    "De totale uitgaven aan bestuur blijven gelijk. Wij verwachten dat de leges voor "
    "reisdocumenten in 2028 toenemen door de vernieuwing van paspoorten.\n\n"
    "# 5 Programma 3 Ruimte\n\n"
    "## Wat mag het kosten?\n\n"
    "Tabel 5.1 Baten en lasten programma 3 (bedragen in €)\n"
    "Taakveld                      Begroting 2028    Raming 2029\n"
    "Lasten\n"
    "2.1 Verkeer en vervoer        3.400.000         3.410.000\n"
    "7.2 Riolering                 2.150.000         2.180.000\n"
    "Totaal lasten                 5.550.000         5.590.000\n"
    "Baten\n"
    "7.2 Riolering                 2.600.000         2.650.000\n"
    "Totaal baten                  2.600.000         2.650.000\n\n"
    "# 4 Programma 2 Sociaal domein\n\n"
    "## Wat gaan we doen?\n\n"
    "We starten in het sociaal domein een pilot met een wijkteam in Oost. De kosten van het "
    "wijkteam sociaal domein (€ 640.000 in 2028 en € 400.000 "
    "in 2029) dekken we uit de reserve sociaal domein.\n\n"
    "## Wat mag het kosten?\n\n"
    "Tabel 4.1 Baten en lasten programma 2 (bedragen in €)\n"
    "Taakveld                      Begroting 2028    Raming 2029\n"
    "Lasten\n"
    "6.1 Samenkracht               4.112.300         4.190.000\n"
    "6.71 Maatwerkdienstverlening  9.870.500        10.011.200\n"
    "Totaal lasten                13.982.800        14.201.200\n"
    "Baten\n"
    "6.1 Samenkracht                 310.000           310.000\n"
    "Totaal baten                    310.000           310.000\n"
)


def test_a_programme_named_with_capitals_is_named_by_its_chapter() -> None:
    """'het programma Sociaal domein' names the programme whose chapter the table stands in,
    with capitals as a name: the chapter prints it for the table's rows, so its total
    lasten answer, not a sentence that mentions the reserve sociaal domein."""
    answerer = text_answerer(PROGRAMME_BY_ITS_NAME, year="2028", weighed=True)
    answer = answerer.answer(
        "Wat zijn de totale uitgaven van het programma Sociaal domein in 2028?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("13982800"), answer.text


def _programme(number: int, name: str, lasten: list[str], baten: list[str]) -> str:
    """A programme's chapter whose cost table has no caption, under the same heading as
    every other programme's ('Wat mag het kosten?')."""
    row = "{:<24}{:>16}{:>14}{:>14}"
    return "\n".join([
        f"# Programma {number} {name}",
        "",
        "## Wat mag het kosten?",
        "",
        "Bedragen x € 1.000",
        row.format("Bedragen", "Begroting 2027", "Raming 2028", "Raming 2029"),
        row.format("Totaal lasten", *lasten),
        row.format("Totaal baten", *baten),
        "",
    ])


OVERVIEW = "\n".join([
    "# Overzicht",
    "",
    "Tabel 1 Lasten en baten per programma 2027 (bedragen x € 1.000)",
    "{:<34}{:>12}{:>12}".format("Programma", "Lasten 2027", "Baten 2027"),
    "{:<34}{:>12}{:>12}".format("4. Sociaal domein", "41.220", "9.310"),
    "{:<34}{:>12}{:>12}".format("6. Duurzaamheid en milieu", "13.458", "11.855"),
    "",
    _programme(4, "Sociaal domein", ["41.220", "41.900", "42.615"], ["9.310", "9.402", "9.515"]),
    _programme(6, "Duurzaamheid en milieu", ["13.458", "13.611", "13.802"],
               ["11.855", "11.902", "11.948"]),
])


def test_tables_under_alike_headings_keep_their_programmes_apart() -> None:
    """Each programme's table without a caption, under the same heading: its rows are its
    programme's (named by it), so a follow-up for a year the overview lacks is read in the
    table of the programme asked, not in a mix of all of them."""
    baten, later = _turns(
        text_answerer(OVERVIEW),
        "Proefdorp",
        "Wat zijn de baten van duurzaamheid en milieu in 2027?",
        "En in 2029?",
    )
    assert baten.kind == "figure" and baten.figures[0].value == Decimal("11855000"), baten.text
    assert later.kind == "figure", later.text
    assert later.figures[0].value == Decimal("11948000"), later.text
