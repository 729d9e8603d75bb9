"""Jaarstukken as municipalities print them (issue 13): a programme table with a row of
empty cells and '-' in its V/N column, a target beside what was done, reserves at the start
and the end of the year, a contribution beside its rate per inhabitant, body text set
justified in two columns, and questions in residents' words ('het jaar 2025', 'na 2025',
'per 31-12-2025', 'alle reserves samen', 'wilde', 'aan de lastenkant').
Made-up text for Proefdorp."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from assistant.corpus import read_document
from assistant.figure_answers import question_terms
from assistant.figures import TableCell, document_figures
from assistant.parsing import parse_sections

from .conftest import text_answerer
from .pdfmaker import justified, make_pdf


def _row(label: str, *cells: str) -> str:
    """A row laid out as a text export sets it: figures flush right under their headers."""
    widths = (12, 30, 18, 11, 6)
    return f"{label:<34}" + "".join(f"{c:>{w}}" for c, w in zip(cells, widths))


ACCOUNTS = "\n".join([
    "# 1 Financieel resultaat op hoofdlijnen",
    "",
    "Tabel 1.1 Resultaat per programma (bedragen x € 1.000)",
    _row("Omschrijving", "Begroting", "Begroting 2025 na wijziging", "Realisatie", "Verschil",
         "V/N"),
    _row("Programma 5 Zorg en welzijn", "-29.906", "-30.975", "-31.195", "220", "N"),
    _row("Algemene dekkingsmiddelen", "77.140", "79.090", "80.913", "1.823", "V"),
    "",
    "Tabel 1.2 Totaaloverzicht baten en lasten 2025 (bedragen x € 1.000)",
    _row("", "Begroting", "Begroting 2025", "Realisatie", "", ""),
    _row("Omschrijving", "2025", "na wijziging", "2025", "Verschil", "V/N"),
    _row("Totaal lasten", "106.863", "114.930", "112.037", "2.893", "V"),
    _row("Totaal baten", "106.636", "110.368", "113.444", "3.076", "V"),
    _row("Gerealiseerd resultaat", "128", "-412", "3.087", "3.499", "V"),
    "",
    "# Programma 5 Zorg en welzijn",
    "",
    "## Wat heeft het jaar gekost?",
    "",
    "Tabel 2.5b Overzicht baten en lasten programma 5 Zorg en welzijn (bedragen x € 1.000)",
    _row("Omschrijving", "Begroting", "Begroting 2025 na wijziging", "Realisatie", "Verschil",
         "V/N"),
    _row("Lasten", "31.714", "33.965", "34.612", "647", "N"),
    _row("Baten", "1.208", "1.540", "1.967", "427", "V"),
    _row("Toevoegingen aan reserves", "-", "-", "-", "", "-"),
    _row("Onttrekkingen aan reserves", "600", "1.450", "1.450", "", "-"),
    _row("Gerealiseerd resultaat", "-29.906", "-30.975", "-31.195", "220", "N"),
    "",
    "Tabel 2.5a Beleidsindicatoren programma 5",
    "Indicator                              Realisatie 2024   Streefwaarde 2025   Realisatie 2025",
    "Nieuw gebouwde woningen (aantal)                   164                 250               196",
    "",
    "In 2025 zijn 196 nieuwe woningen opgeleverd, en in het plan Veldzicht zijn 38 bouwkavels "
    "verkocht aan particulieren.",
    "",
    "# 6 Reserves",
    "",
    "Tabel 6.1 Verloop reserves 2025 (bedragen x € 1.000)",
    "Reserve                        Stand 1-1-2025  Toevoegingen  Onttrekkingen  Stand 31-12-2025",
    "Algemene reserve                       21.140         2.985          1.270            22.855",
    "Reserve sociaal domein                  3.920             -          1.600             2.320",
    "Totaal reserves                        25.060         2.985          2.870            25.175",
    "",
    "Gewaarborgde geldleningen: € 24.310.000 per 31-12-2025, vooral aan de woningcorporatie.",
    "",
    "# 7 Bijdragen",
    "",
    "Tabel 7 Bijdrage per gemeente 2027 (bedragen in €)",
    "Gemeente                 Inwoners 1-1-2026     Bijdrage 2027     Per inwoner 2027",
    "Oudeweg                             31.205         1.940.327                62,18",
    "Nieuwland                           24.498         1.523.286                62,18",
])


def cells(text: str) -> list[TableCell]:
    return document_figures(parse_sections(text), document_id="proef-2025", municipality="X")


def test_a_row_of_empty_cells_is_a_row_and_a_dash_under_v_n_no_column() -> None:
    """'Toevoegingen aan reserves  -  -  -  -' is a row without figures, not the heading of
    the rows below it; a '-' under 'V/N' where no deviation is printed is no column, so the
    table is read by position with its lasten and baten."""
    found = [c for c in cells(ACCOUNTS) if c.table.startswith("Tabel 2.5b")]
    by_cell = {(c.row, c.column): c for c in found}
    assert by_cell[("Lasten", "Realisatie")].value == Decimal("34612000")
    assert by_cell[("Baten", "Verschil")].annotation == "voordeel"
    assert by_cell[("Onttrekkingen aan reserves", "Realisatie")].value == Decimal("1450000")
    assert by_cell[("Toevoegingen aan reserves", "Realisatie")].value is None
    assert all("Toevoegingen" not in c.group and "-" not in c.group for c in found)


@pytest.fixture(scope="module")
def accounts():
    return text_answerer(ACCOUNTS, year="2025", kind="jaarstukken")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # 'het jaar 2025' is the year, not a word every table of the year matches in part
        ("Met welk resultaat heeft de gemeente het jaar 2025 afgesloten?", "3087000"),
        # what a fund holds after a year, at a date in figures, all funds together
        ("Hoeveel zit er na 2025 nog in de reserve voor het sociaal domein?", "2320000"),
        ("Hoeveel zat er begin 2025 in de reserve sociaal domein?", "3920000"),
        ("Hoeveel hebben alle reserves samen per 31-12-2025?", "25175000"),
        # what was aimed at, beside what was done
        ("Hoeveel nieuwe woningen wilde de gemeente in 2025 opleveren?", "250"),
        ("Hoeveel nieuwe woningen zijn er in 2025 gebouwd?", "196"),
        # a contribution, not its rate, unless asked per inhabitant
        ("Hoeveel moet Oudeweg in 2027 betalen?", "1940327"),
        ("Hoeveel betaalt Oudeweg in 2027 per inwoner?", "62.18"),
        # the side of the budget
        ("Hoe groot was de begroting 2025 na wijziging aan de lastenkant?", "114930000"),
        # no year and no column named, in jaarstukken: what was realised, even with the
        # year's columns beside a Verschil column that has no year
        ("Hoeveel baten kreeg programma Zorg en welzijn binnen?", "1967000"),
    ],
)
def test_questions_in_residents_words(accounts, question, value) -> None:
    answer = accounts.answer(question, "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal(value), answer.text


def test_dates_and_years_in_words_name_no_row() -> None:
    assert "jaar" not in question_terms("Met welk resultaat sloot het jaar 2025?")
    terms = question_terms("Hoeveel zat er per 31-12-2025 in de reserve?")
    assert "december" in terms and "31" not in terms and "12" not in terms
    assert "totaal" in question_terms("Wat hebben alle reserves samen?")
    assert "totaal" not in question_terms("Wat hebben Oudeweg en Nieuwland samen betaald?")


def test_justified_body_text_is_read_as_sentences(tmp_path: Path) -> None:
    """Body text set justified in a narrow column: its wide, equal gaps are spaces between
    words, not the gaps between a table's cells, so its sentences keep their figures."""
    lines = [
        "Voor de loonkosten wordt een loonindex van 3,60%",
        "gehanteerd. Voor de materiële kosten geldt een",
        "prijsindex van 2,20% (prijs netto materiële",
        "overheidsconsumptie). De formatie is 226,4 fte.",
    ]
    page: list = ["# Uitgangspunten", "", *[justified(56, 290, line) for line in lines[:-1]]]
    page.append(lines[-1])
    path = tmp_path / "proefregio-begroting-2027.pdf"
    path.write_bytes(make_pdf([page]))
    doc = read_document(path, {"municipality": "Proefregio", "id": "proefregio-2027"})
    assert "loonindex van 3,60% gehanteerd" in " ".join(doc.text.split())
    assert "  van  " not in doc.text
    found = document_figures(
        parse_sections(doc.text), document_id="proefregio-2027", municipality="Proefregio"
    )
    values = {(c.value, c.unit) for c in found if c.kind == "prose"}
    assert (Decimal("3.60"), "percent") in values and (Decimal("2.20"), "percent") in values
    assert (Decimal("226.4"), "count") in values


def test_a_sentence_counts_the_noun_after_its_adjectives(accounts) -> None:
    """'196 nieuwe woningen' counts woningen: asked for new houses, the sentence answers."""
    answer = accounts.answer("Hoeveel nieuwe woningen zijn er in 2025 opgeleverd?", "Proefdorp")
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("196"), answer.text
    from assistant.figure_answers import _counted_by

    sentence = next(c for c in cells(ACCOUNTS) if c.kind == "prose" and c.value == 196)
    assert _counted_by(sentence) == "nieuwe woningen"


def test_lines_of_running_text_with_figures_are_no_table() -> None:
    """A column of justified text read as plain lines: a line that holds a date and a count
    ('op 1 januari 2026 31.482 inwoners,') or a year and an amount is a line of a sentence,
    not a row, so the paragraph's sentences stay whole and keep their figures."""
    text = (
        "# Inleiding\n\n"
        "Voor u ligt de programmabegroting 2027 van de\n"
        "gemeente Proefdorp. Het is de eerste begroting van\n"
        "Proefdorp telde op 1 januari 2026 31.482 inwoners,\n"
        "verdeeld over de kern Proefdorp en de dorpen Hessel.\n"
        "De algemene uitkering bedraagt in 2027 € 53,9 miljoen en\n"
        "is daarmee onze grootste inkomstenbron. De lasten bedragen\n"
        "in 2027 € 92,9 miljoen. Het sociaal domein is met\n"
        "€ 38,5 miljoen het grootste programma van de begroting.\n"
    )
    blocks = [b for s in parse_sections(text) for b in s.blocks]
    assert all(b.kind == "paragraph" for b in blocks)
    found = {(c.value, c.quote) for c in cells(text)}
    assert (Decimal("92900000"), "De lasten bedragen in 2027 € 92,9 miljoen.") in found


PROGRAMME = "\n".join([
    "# Programma 5 Zorg, jeugd en welzijn",
    "",
    "Tabel 2.5b Overzicht baten en lasten programma 5 Zorg, jeugd en welzijn",
    "Bedragen x € 1.000    Begroting 2025 primitief    Begroting 2025 na wijziging"
    "    Realisatie 2025    Verschil    V/N",
    "Lasten                                 31.714                         33.965"
    "             34.612         647      N",
    "Baten                                   1.208                          1.540"
    "              1.967         427      V",
    "",
    "# Totaaloverzicht",
    "",
    "Tabel 1.2 Totaaloverzicht baten en lasten 2025 (bedragen x € 1.000)",
    "Omschrijving          Begroting 2025 primitief    Begroting 2025 na wijziging"
    "    Realisatie 2025",
    "Totaal lasten                         106.863                        114.930"
    "            112.037",
    "Totaal baten                          106.636                        110.368"
    "            113.444",
    "",
    "# Investeringen",
    "",
    "In de periode 2026-2029 investeren wij ruim € 19,5 miljoen, onder meer in de uitbreiding "
    "van IKC De Esch en de reconstructie van de Molenweg.",
    "",
    "# Indexatie",
    "",
    "Voor de gemeentelijke bijdrage wordt een gewogen index toegepast van 3,25% (75% loon en "
    "25% prijs). De formatie groeit in 2027 naar 226,4 fte.",
])


@pytest.fixture(scope="module")
def programme():
    return text_answerer(PROGRAMME, year="2025", kind="jaarstukken")


def test_more_than_the_original_budget_is_computed_not_the_printed_deviation(programme) -> None:
    """The printed Verschil is against the amended budget: asked against the original one,
    realisation minus the original budget is computed ('voor alle wijzigingen' names it)."""
    history: list[dict[str, str]] = []
    for question, value in (
        ("Hoeveel heeft de gemeente in 2025 uitgegeven aan zorg, jeugd en welzijn?", "34612000"),
        ("En hoeveel was daar oorspronkelijk voor begroot, voor alle wijzigingen?", "31714000"),
        ("Hoeveel is er dus meer uitgegeven dan oorspronkelijk gepland?", "2898000"),
    ):
        answer = programme.answer(question, "Proefdorp", history=history)
        assert answer.kind == "figure", answer.text
        assert answer.figures[0].value == Decimal(value), answer.text
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.text},
        ]


def test_a_share_of_all_spending_divides_a_programme_by_the_documents_total(programme) -> None:
    """'Welk deel van alle uitgaven ging naar zorg, jeugd en welzijn?': the programme's
    lasten (its table has no total) over the Totaal lasten of the overview; the part is the
    whole list the question names, not its first word."""
    answer = programme.answer(
        "Welk deel van alle uitgaven ging in 2025 naar zorg, jeugd en welzijn?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert abs(answer.figures[0].value - Decimal("30.89")) < Decimal("0.01"), answer.text


def test_an_amount_spent_on_examples_is_not_the_amount_of_one_of_them(programme) -> None:
    answer = programme.answer(
        "Wat is het totale investeringsbedrag voor de uitbreiding van IKC De Esch?", "Proefdorp"
    )
    assert not answer.figures or answer.figures[0].value != Decimal("19500000"), answer.text


def test_numbers_in_a_list_in_brackets_are_named_by_the_words_after_them() -> None:
    found = {c.value: c.row for c in cells(PROGRAMME) if c.unit == "percent"}
    assert found[Decimal("75")].endswith("(loon)") and found[Decimal("25")].endswith("(prijs)")
    staff = [c for c in cells(PROGRAMME) if c.value == Decimal("226.4")]
    assert staff and staff[0].unit == "count"


def test_a_sum_of_parts_named_before_samen(accounts) -> None:
    """'Hoeveel betalen A en B samen in 2027?': the parts stand before the cue; each is
    their contribution, not their rate per inhabitant."""
    answer = accounts.answer("Hoeveel betalen Oudeweg en Nieuwland samen in 2027?", "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("3463613"), answer.text


def test_a_column_of_rates_is_no_sum_to_check() -> None:
    """'Per inwoner' is the same rate for every member and for the total: no failed sum."""
    from assistant.table_checks import check_totals

    total = "Totaal" + " " * 30 + "55.703         3.463.613                62,18"
    text = f"{ACCOUNTS}\n{total}\n"
    checks = check_totals([c for c in cells(text) if c.table.startswith("Tabel 7")])
    assert [c.column for c in checks] == ["Bijdrage 2027"] and all(c.ok for c in checks)


FORECAST = "\n".join([
    "# 3 Programma's",
    "",
    "Tabel 3.5 Programma 5 Sociaal domein",
    " " * 70 + "Primitieve begroting             Actuele begroting         Prognose   2026"
    "       Afwijking (x €",
    " Taakveld" + " " * 65 + "2026 (x € 1.000)             2026¹ (x € 1.000)"
    "             (x € 1.000)              1.000)",
    "Lasten",
    " 6.3 Inkomensregelingen" + " " * 61 + "14.276                        14.502"
    "                  14.931             429 N",
    " 6.72 Maatwerkdienstverlening 18-" + " " * 51 + "10.468                        10.968"
    "                  11.806             838 N",
    " 7.1 Volksgezondheid" + " " * 65 + "2.742                         2.788"
    "                   2.788                   0",
])


def test_a_forecast_table_with_its_scale_in_the_headers(programme) -> None:
    """'2026 (x € 1.000)' heads a column, it is no figure; 'Prognose' set apart from its
    '2026' still names that column; a '0' flush under the marks of the deviations above it
    is that column's; 'volgens de prognose', 'naar verwachting' ask the Prognose column."""
    found = {(c.row, c.column): c.value for c in cells(FORECAST)}
    assert found[("6.3 Inkomensregelingen", "Prognose 2026")] == Decimal("14931000")
    assert found[("6.72 Maatwerkdienstverlening 18-", "Primitieve begroting 2026")] == Decimal(
        "10468000"
    )
    assert found[("7.1 Volksgezondheid", "Afwijking")] == Decimal("0")
    forecast = text_answerer(FORECAST, year="2026", kind="bestuursrapportage")
    for question, value in (
        ("Hoeveel gaat er in 2026 naar verwachting naar inkomensregelingen?", "14931000"),
        ("Wat kost maatwerkdienstverlening 18- in 2026 volgens de prognose?", "11806000"),
        ("Wat was er in de oorspronkelijke begroting 2026 geraamd voor inkomensregelingen?",
         "14276000"),
    ):
        answer = forecast.answer(question, "Proefdorp")
        assert answer.kind == "figure", answer.text
        assert answer.figures[0].value == Decimal(value), answer.text


def test_a_verschil_beside_lasten_baten_and_saldo_is_not_the_lasten_deviation() -> None:
    """One Verschil column after columns of lasten, baten and saldo names none of them:
    asked what was spent less than budgeted, it is no answer (here it is the saldo's)."""
    text = "\n".join([
        "Tabel 1 Overzicht van baten en lasten 2024 (bedragen x € 1.000)",
        "Programma          Lasten begroting 2024   Lasten realisatie 2024"
        "   Baten begroting 2024   Baten realisatie 2024   Verschil",
        "5. Onderwijs                       9.120                    8.934"
        "                    850                     838      174 V",
    ])
    answer = text_answerer(text, year="2024", kind="jaarstukken").answer(
        "Hoeveel minder heeft onderwijs uitgegeven dan begroot?", "Proefdorp"
    )
    assert not answer.figures or abs(answer.figures[0].value) == Decimal("186000"), answer.text


INVESTMENTS = "\n".join([
    "# Investeringen",
    "",
    "Tabel 7.1 Investeringsplan 2026-2029 (bedragen in €)",
    "Nr  Investering                     Afschr.        2026        2027        2028      Totaal",
    "3   Vervanging brug Molenvaart           40     640.000           -           -     640.000",
    "4   Fietspad Wijdeweg - De Esch          30           -     945.000           -     945.000",
])  # fmt: skip


def test_what_an_investment_costs_is_never_its_depreciation_term() -> None:
    # 'Afschr.' heads the years over which it is written off: 30 is no amount of money
    answer = text_answerer(INVESTMENTS).answer(
        "Wat kost het nieuwe fietspad van de Wijdeweg naar De Esch?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("945000"), answer.text
