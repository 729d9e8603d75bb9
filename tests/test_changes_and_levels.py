"""A change is no amount, and an amount no change: 'hogere lasten € 45.000' never answers
'Wat kost ...?', one printed amount never answers 'Hoeveel meer ...?' (issue 13)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.figure_answers import FigureAnswerer
from assistant.figures import document_figures
from assistant.parsing import parse_sections

from .conftest import text_answerer

# the headings of the items, as a PDF's bold lines become headings
PROEFDORP = (
    "# Programma Veiligheid\n"
    "\n"
    "## Bijdrage Veiligheidsregio Proefland (hogere lasten € 45.000)\n"
    "\n"
    "Op basis van de begroting van de veiligheidsregio is de bijdrage van Proefdorp "
    "ten opzichte van 2023 € 45.000 hoger.\n"
    "\n"
    "# Programma Sociaal domein\n"
    "\n"
    "## Opvang vluchtelingen COA (hogere baten € 350.000 / hogere lasten € 100.000)\n"
    "\n"
    "De gemeente Proefdorp ontvangt hiervoor jaarlijks een vergoeding van het COA. "
    "Deze vergoeding is voor de komende jaren begroot op € 350.000.\n"
    "\n"
    "## Versterken preventief veld (hogere lasten € 120.000 in 2024 en € 240.000 "
    "vanaf 2025)\n"
    "\n"
    "## Stimuleringsfonds inwonersinitiatieven\n"
    "\n"
    "In de begroting 2019 is € 240.000 beschikbaar gesteld voor het "
    "stimuleringsfonds voor inwonersinitiatieven. Ten tijde van het opstellen van "
    "deze begroting bedraagt het stimuleringsfonds € 228.000.\n"
    "\n"
    "## Noaberhoes\n"
    "\n"
    "Noaberhoes (€ 60.000): Dit is beschikbaar gesteld voor de inspanning met "
    "betrekking tot het Noaberhoes.\n"
    "\n"
    "# Lokale heffingen\n"
    "\n"
    "Tabel 7.2 - Tarieven hondenbelasting\n"
    "                                       2023          2024\n"
    "eerste hond                           92,04         95,04\n"
    "tweede hond                          138,36        142,80\n"
    "\n"
    "Tabel 7.1 - Opbrengst uit belastingen (bedragen x € 1.000)\n"
    "                                  raming 2023      raming 2024\n"
    "Hondenbelasting                           190              200\n"
    "Rioolheffing                            2.759            2.847\n"
    "\n"
    "# Recapitulatie\n"
    "\n"
    "Tabel 6.2 - Recapitulatie programma's (bedragen x € 1.000)\n"
    "                              Baten 2024    Lasten 2024    Baten 2027    Lasten 2027\n"
    "P2 Mens en Maatschappij           11.652        -38.934        11.700        -38.863\n"
    "P3 Bestuur en Middelen             2.100        -10.210         2.150        -10.400\n"
    "\n"
    "# Bedrijfsvoering\n"
    "\n"
    "Baten en lasten (bedragen x € 1.000)\n"
    "                               Begroting 2023     Realisatie 2023\n"
    "Personeel salarissen                   -3.431              -3.076\n"
    "Huisvesting                              -812                -790\n"
)


@pytest.fixture(scope="module")
def answerer() -> FigureAnswerer:
    return text_answerer(PROEFDORP)


def test_an_amount_asked_is_not_answered_with_a_change(answerer: FigureAnswerer) -> None:
    answer = answerer.answer("Wat kost de veiligheidsregio Proefland de gemeente?", "Proefdorp")
    assert answer.kind == "refusal" and not answer.figures
    assert "verandering" in answer.text and "45.000" in answer.text  # said, as a change
    assert answer.citations  # and where it stands


def test_a_change_asked_is_answered_with_the_change(answerer: FigureAnswerer) -> None:
    answer = answerer.answer(
        "Hoeveel hoger wordt de bijdrage aan de veiligheidsregio Proefland?", "Proefdorp"
    )
    assert answer.kind == "figure" and answer.figures[0].value == 45000


def test_the_amount_beats_a_change_that_names_it_better(answerer: FigureAnswerer) -> None:
    answer = answerer.answer(
        "Welke jaarlijkse vergoeding krijgt Proefdorp van het COA voor de opvang van "
        "vluchtelingen?",
        "Proefdorp",
    )
    assert answer.kind == "figure" and answer.figures[0].value == 350000
    assert "begroot op € 350.000" in answer.citations[0].quote


@pytest.mark.parametrize(("year", "value"), [("2025", 240000), ("2024", 120000)])
def test_an_amount_in_a_sentence_keeps_the_year_it_is_for(
    answerer: FigureAnswerer, year: str, value: int
) -> None:
    answer = answerer.answer(
        f"Hoeveel extra geld gaat er in {year} naar het versterken van het preventieve veld?",
        "Proefdorp",
    )
    assert answer.kind == "figure" and answer.figures[0].value == value
    assert (
        "(hogere lasten)" in answer.text and "€ 120.000 in 2024 en" not in answer.figures[0].label
    )


def test_a_table_of_tariffs_is_in_euros_without_a_euro_sign(answerer: FigureAnswerer) -> None:
    answer = answerer.answer(
        "Wat kost de hondenbelasting voor je eerste hond in 2024?", "Proefdorp"
    )
    assert answer.kind == "figure" and answer.figures[0].unit == "EUR"
    assert float(answer.figures[0].value) == 95.04 and "€ 95,04" in answer.text


def test_one_amount_never_answers_a_question_about_a_change(answerer: FigureAnswerer) -> None:
    answer = answerer.answer("Hoeveel hoger is het tarief voor een tweede hond?", "Proefdorp")
    assert answer.kind == "clarification" and not answer.figures
    assert "twee jaren" in answer.text


def test_a_percentage_asked_is_never_answered_with_an_amount(answerer: FigureAnswerer) -> None:
    answer = answerer.answer("Hoeveel procent van de tarieven is voor de eerste hond?", "Proefdorp")
    assert not answer.figures


def test_less_than_budgeted_with_words_between(answerer: FigureAnswerer) -> None:
    answer = answerer.answer(
        "Hoeveel minder heeft Proefdorp in 2023 aan personeelssalarissen uitgegeven dan begroot?",
        "Proefdorp",
    )
    assert answer.kind == "figure"
    assert abs(answer.figures[0].value) == 355000 and answer.figures[0].derivation


def test_a_first_column_without_its_header_stays_out_of_the_labels() -> None:
    """The header of a table's first column was cut off above it (a page heading between):
    read by position the rows keep their own labels and the named columns their figures."""
    text = """# Investeringen

Programma 5 kredieten
                                                     2024          2025          Totaal
Bruggen                            935.000        105.000       125.000       1.165.000
Wegen                            1.335.000              -       200.000       1.535.000
Openbare verlichting               450.000         50.000        50.000         550.000
"""
    cells = document_figures(parse_sections(text), document_id="p", municipality="Proefdorp")
    by = {(c.row, c.column): c.value for c in cells}
    assert by[("Bruggen", "2024")] == 105000 and by[("Wegen", "2025")] == 200000
    assert ("Wegen", "2024") not in by or by[("Wegen", "2024")] is None  # '-' stays in 2024
    assert by[("Openbare verlichting", "Totaal")] == 550000
    assert all(c.row in ("Bruggen", "Wegen", "Openbare verlichting") for c in cells)


def test_what_is_left_is_not_what_was_set_aside(answerer: FigureAnswerer) -> None:
    left = answerer.answer(
        "Hoeveel zit er nu nog in het stimuleringsfonds voor inwonersinitiatieven?", "Proefdorp"
    )
    assert left.kind == "figure" and left.figures[0].value == 228000
    only_given = answerer.answer("Hoeveel geld is er nog over voor het Noaberhoes?", "Proefdorp")
    assert only_given.kind == "refusal" and not only_given.figures
    assert "beschikbaar" in only_given.text and only_given.citations
    given = answerer.answer("Hoeveel geld is beschikbaar gesteld voor het Noaberhoes?", "Proefdorp")
    assert given.kind == "figure" and given.figures[0].value == 60000


def test_this_year_is_no_word_back_to_the_conversation(answerer: FigureAnswerer) -> None:
    answer = answerer.answer(
        "Wat kost de hondenbelasting voor de eerste hond dit jaar?", "Proefdorp"
    )
    assert "er is nog geen cijfer in dit gesprek" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Hoeveel is er in 2023 aan huisvesting minder uitgegeven dan er begroot was?",
        "Hoeveel lager waren in 2023 de lasten van huisvesting dan het begrote bedrag?",
    ],
)
def test_budget_variance_in_other_words(answerer: FigureAnswerer, question: str) -> None:
    answer = answerer.answer(question, "Proefdorp")
    assert answer.kind == "figure" and abs(answer.figures[0].value) == 22000
    assert answer.figures[0].derivation


def test_a_row_misread_in_a_table_that_does_not_add_up_is_not_served() -> None:
    """A figure in the label and a total that the rows do not make: the row's cells may
    stand in any column, so no answer is given from it; the table's other rows still are."""
    from dataclasses import replace
    from decimal import Decimal

    from assistant.figures import TableCell

    base = TableCell(
        document_id="proef-jaarstukken-2023", municipality="Proefdorp",
        table="Voorschotbedragen", section="Balans", group="", row="", column="2023",
        period="2023", status="", raw="", value=None, unit="EUR", scale=1000, annotation="",
        source="", line=1, quote="",
    )  # fmt: skip
    rows = [("Nat. Archief (gebouw)", 392), ("Nat. Archief (digitalisering) 669", -216)]
    rows += [("Totaal", 1150)]  # 392 - 216 is not 1.150: the table was not read right
    cells = [
        replace(base, row=row, raw=str(v), value=Decimal(v * 1000), quote=f"{row} {v}")
        for row, v in rows
    ]
    answerer = FigureAnswerer(cells, {}, "")
    misread = answerer.answer("Hoeveel voorschot digitalisering van het Nationaal Archief?", None)
    assert not misread.figures
    kept = answerer.answer("Hoeveel voorschot voor het gebouw van het Nationaal Archief?", None)
    assert kept.figures and kept.figures[0].value == 392000


def test_a_follow_up_difference_stays_with_the_measure_of_the_last_figure(
    answerer: FigureAnswerer,
) -> None:
    first = "Wat zijn de lasten van P2 Mens en Maatschappij in 2027?"
    last = answerer.answer(first, "Proefdorp")
    assert last.figures[0].value == -38863000
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": last.text},
    ]
    answer = answerer.answer("Hoeveel is dat minder dan in 2024?", "Proefdorp", history)
    assert answer.kind == "figure" and abs(answer.figures[0].value) == 71000
    assert "Baten" not in answer.text


def test_what_a_levy_brings_in_and_the_year_before(answerer: FigureAnswerer) -> None:
    first = "Wat brengt de rioolheffing in 2024 op?"
    answer = answerer.answer(first, "Proefdorp")
    assert answer.kind == "figure" and answer.figures[0].value == 2847000
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": answer.text}]
    before = answerer.answer("En vorig jaar?", "Proefdorp", history)
    assert before.kind == "figure" and before.figures[0].value == 2759000


def test_a_question_naming_no_subject_goes_on_about_the_last_one(
    answerer: FigureAnswerer,
) -> None:
    first = "Wat waren de kosten van huisvesting in 2023 volgens de realisatie?"
    answer = answerer.answer(first, "Proefdorp")
    assert answer.kind == "figure" and answer.figures[0].value == -790000
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": answer.text}]
    variance = answerer.answer(
        "Hoeveel is er dus minder uitgegeven dan begroot?", "Proefdorp", history
    )
    assert variance.kind == "figure" and abs(variance.figures[0].value) == 22000


def test_what_a_contribution_rises_by_is_no_budget() -> None:
    text = (
        "# Voorjaarsnota 2031 Proefdorp\n\n## Verbonden partijen\n\n"
        "De bijdrage aan de omgevingsdienst stijgt in 2031 met € 148.000, die aan de GGD "
        "met € 57.000.\n"
    )
    answerer = text_answerer(text)
    level = answerer.answer(
        "Wat is de totale begroting van de omgevingsdienst voor 2031?", "Proefdorp"
    )
    assert level.kind == "refusal" and not level.figures, level.text
    change = answerer.answer(
        "Met hoeveel stijgt de bijdrage aan de omgevingsdienst in 2031?", "Proefdorp"
    )
    assert change.kind in ("figure", "clarification"), change.text
    assert [f.value for f in change.figures] in ([], [148000])


CIRCULAR = (
    "# Voorjaarsnota 2031 Proefdorp\n\n## Algemene uitkering\n\n"
    "Tabel 3.1 Effect meicirculaire 2030 op het meerjarenperspectief (bedragen x € 1.000)\n"
    "                                         2031      2032\n"
    "Accres                                    812       640\n"
    "Herijking gemeentefonds (ingroeipad)      -94       -94\n"
    "\n"
    "De meicirculaire valt per saldo voordelig uit.\n"
    "\n"
    "Tabel 3.2 Raming algemene uitkering (bedragen x € 1.000)\n"
    "                                         2031      2032\n"
    "Algemene uitkering na meicirculaire    41.361    41.903\n"
)


def test_what_comes_from_the_gemeentefonds_is_no_effect_of_a_circular() -> None:
    answer = text_answerer(CIRCULAR).answer(
        "Hoeveel geld krijgt Proefdorp in 2031 uit het gemeentefonds?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == 41361000


def test_a_change_said_of_the_next_figure_leaves_the_level_a_level() -> None:
    text = (
        "# Sociaal domein\n\nOp 1 januari 2031 ontvingen 612 huishoudens in Proefdorp een "
        "bijstandsuitkering, 18 minder dan een jaar eerder.\n"
    )
    answerer = text_answerer(text)
    level = answerer.answer("Hoeveel huishoudens ontvingen een bijstandsuitkering?", "Proefdorp")
    assert level.kind == "figure", level.text
    assert level.figures[0].value == 612


def test_a_deviation_in_a_sentence_answers_how_much_more_than_budgeted() -> None:
    text = (
        "# Bestuursrapportage 2031\n\nDe belangrijkste afwijkingen zijn:\n\n"
        "jeugdhulp met verblijf: een nadeel van € 845.000 (programma 5), waarvan € 400.000 "
        "wordt gedekt uit de reserve Sociaal Domein;\n"
    )
    answer = text_answerer(text).answer(
        "Hoeveel duurder valt de jeugdhulp met verblijf uit dan begroot?", "Proefdorp"
    )
    assert answer.kind in ("figure", "clarification"), answer.text  # never refused as a level
    assert [f.value for f in answer.figures] in ([], [845000])


def test_a_row_of_a_table_of_deviations_answers_how_much_more_than_budgeted() -> None:
    text = (
        "# Najaarsnota 2031\n\n## Programma 2 Ruimte\n\n"
        "Tabel 2.3 Overzicht van de afwijkingen in programma 2 (bedragen x € 1.000)\n"
        "Nr.   Omschrijving                    2031\n"
        "1     Gladheidsbestrijding           148 N\n"
        "2     Leges omgevingsvergunningen    231 N\n"
    )
    answer = text_answerer(text).answer(
        "Hoeveel duurder was de gladheidsbestrijding in 2031 dan begroot?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert abs(answer.figures[0].value) == 148000


def test_a_tariff_asked_is_never_the_total_a_tax_brings_in() -> None:
    text = (
        "# Jaarstukken 2031 Proefdorp\n\n## Algemene dekkingsmiddelen\n\n"
        "Tabel 3.1 Belastingopbrengsten (bedragen in €)\n"
        "                                      Begroting 2031    Realisatie 2031\n"
        "Onroerendezaakbelasting woningen           4.512.000          4.530.118\n"
        "Onroerendezaakbelasting niet-woningen      2.104.000          2.099.870\n"
    )
    answerer = text_answerer(text)
    answer = answerer.answer("Wat is het OZB-tarief voor woningen?", "Proefdorp")
    assert not answer.figures, answer.text
    total = answerer.answer("Hoeveel bracht de OZB voor woningen in 2031 op?", "Proefdorp")
    assert total.kind == "figure" and total.figures[0].value == 4530118


BALANCE = (
    "# 4.2 Balans\n"
    "\n"
    "Tabel 4.3 Balans per 31 december: passiva (x € 1.000)\n"
    "\n"
    "                                           31-12-2030   31-12-2029\n"
    "Algemene reserve                               15.204       16.118\n"
    "Vaste schulden                                 61.380       64.915\n"
    "Netto vlottende schulden                       11.602       10.877\n"
    "Totaal passiva                                 88.186       91.910\n"
)


def test_a_change_of_a_balance_printed_for_two_dates_is_between_them() -> None:
    """A balance sheet prints two dates: how much the debt fell, without a year, is the
    change from the one to the other, shown with its sum; also after both were asked."""
    answerer = text_answerer(BALANCE, year="2030", kind="jaarstukken")
    answer = answerer.answer("Hoeveel zijn de vaste schulden gedaald?", "Proefdorp")
    assert [abs(f.value) for f in answer.figures] == [3535000], answer.text
    assert "64.915" in answer.text and "61.380" in answer.text
    history: list[dict[str, str]] = []
    for question in ("Hoeveel vaste schulden waren er eind 2030?", "En een jaar eerder?"):
        said = answerer.answer(question, "Proefdorp", history)
        history += [{"role": "user", "content": question},
                    {"role": "assistant", "content": said.text}]  # fmt: skip
    then = answerer.answer("Hoeveel zijn de vaste schulden dus gedaald?", "Proefdorp", history)
    assert [abs(f.value) for f in then.figures] == [3535000], then.text


def test_what_a_tariff_printed_for_two_years_becomes_dearer_by_is_their_difference() -> None:
    """'Hoeveel duurder wordt ...?' of a tariff printed for two years: the one year against
    the other; 'hoeveel hoger is ...' may ask against another tariff, and is asked back."""
    tariffs = (
        "# 6 Lokale heffingen\n\nTabel 6.1 Tarieven lokale heffingen (in euro's)\n\n"
        "                                          2030        2031\n"
        "Rioolheffing per aansluiting            249,60      262,80\n"
        "Afvalstoffenheffing vast recht          198,00      204,00\n"
    )
    answerer = text_answerer(tariffs, year="2031")
    dearer = answerer.answer("Hoeveel euro duurder wordt de rioolheffing?", "Proefdorp")
    assert [f.value for f in dearer.figures] == [Decimal("13.20")], dearer.text
    higher = answerer.answer("Hoeveel hoger is de rioolheffing?", "Proefdorp")
    assert higher.kind == "clarification" and not higher.figures, higher.text


DEVIATIONS = "\n".join([
    "# 2 Financiën",
    "",
    "Tabel 3. Afwijkingen per kostensoort (bedragen in €)",
    f"{'Kostensoort':<34}{'Begroting 2031 na 1e berap':>28}{'Prognose 2031':>16}{'Afwijking':>12}",
    f"{'Salarissen en sociale lasten':<34}{'11.842.600':>28}{'11.516.300':>16}{'+326.300':>12}",
    f"{'Inhuur derden':<34}{'1.402.000':>28}{'1.688.500':>16}{'-286.500':>12}",
])


def test_a_table_of_deviations_prints_the_amounts_it_compares() -> None:
    """'Afwijkingen per kostensoort' names its rows' differences, but prints the budget and
    the forecast they are the difference of: those columns answer what was budgeted, and the
    'Afwijking' column what the deviation is."""
    answerer = text_answerer(DEVIATIONS, year="2031", weighed=True)
    budget = answerer.answer(
        "Hoeveel was er voor 2031 begroot voor salarissen en sociale lasten?", "Proefdorp"
    )
    assert budget.kind == "figure", budget.text
    assert budget.figures[0].value == Decimal("11842600"), budget.text
    deviation = answerer.answer("Hoe groot is de afwijking bij de inhuur van derden?", "Proefdorp")
    assert deviation.kind == "figure", deviation.text
    assert deviation.figures[0].value == Decimal("-286500"), deviation.text


CONTRIBUTIONS = "\n".join([
    "# 6 Bijdragen",
    "",
    "Tabel 8: Berekening bijdragen 2026 per deelnemer (bedragen in euro's)",
    f"{'Deelnemer':<24}{'Bijdrage 2025 n.w.':>20}{'Bijdrage 2026':>16}",
    f"{'Het Rijk':<24}{'2.362.140,00':>20}{'2.437.973,04':>16}",
    f"{'Gemeente Proefdorp':<24}{'46.800,00':>20}{'48.302,28':>16}",
])


def test_a_budget_after_amendments_compares_with_the_next_years_budget() -> None:
    # 'n.w.' (na wijziging) names the version of the budget, not another kind of column
    answerer = text_answerer(CONTRIBUTIONS, municipality="Archief Proefland", year="2026")
    answer = answerer.answer(
        "Hoeveel gaat het Rijk in 2026 meer betalen dan in 2025?", "Archief Proefland"
    )
    assert [f.value for f in answer.figures] == [Decimal("75833.04")], answer.text


NAJAARSNOTA = "\n".join([
    "# Tweede bestuursrapportage 2025",
    "",
    "## 1 Financieel beeld",
    "",
    "Tabel 1.1 Ontwikkeling begrotingssaldo 2025 (x € 1.000)",
    f"{'Omschrijving':<48}{'2025':>10}",
    f"{'Saldo primitieve begroting 2025':<48}{'312':>10}",
    f"{'Mutaties eerste bestuursrapportage 2025':<48}{'-584':>10}",
    f"{'Saldo na eerste bestuursrapportage':<48}{'-272':>10}",
    "",
    "## 3 Sociaal Domein",
    "",
    "Overzicht 3.1 Baten en lasten Sociaal Domein (bedragen in €)",
    f"{'':<30}{'Begroting 2025':>18}{'Begroting 2025':>18}{'Prognose':>14}",
    f"{'Sociaal Domein':<30}{'primitief':>18}{'na 1e berap':>18}{'2025':>14}",
    f"{'Totaal programma lasten':<30}{'63.548.725':>18}{'64.706.480':>18}{'65.688.000':>14}",
])


def test_the_budget_after_the_first_bestuursrapportage_is_a_version_of_it() -> None:
    # 'na de eerste bestuursrapportage' asks which budget, as 'na wijziging' does: the column
    # 'na 1e berap', not a row of the rapportage's own changes
    answerer = text_answerer(NAJAARSNOTA, municipality="Proefdorp", year="2025")
    answer = answerer.answer(
        "Wat zijn de begrote lasten 2025 van het programma Sociaal Domein na de eerste "
        "bestuursrapportage?",
        "Proefdorp",
    )
    assert [f.value for f in answer.figures] == [Decimal(64706480)], answer.text
