"""Shares of the column asked, balances never read from movements, and inhabitants as the
scope (issue 13). The figures are made up for the fictitious municipality Proefdorp."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.figure_answers import FigureAnswerer

from .conftest import text_answerer

PROEFDORP = (
    "# Recapitulatie\n"
    "\n"
    "Tabel 6.2 - Recapitulatie programma's (bedragen x € 1.000)\n"
    "                              Baten 2024    Lasten 2024    Saldo 2024\n"
    "P1 Veiligheid                        102         -4.204        -4.102\n"
    "P2 Mens en Maatschappij           11.652        -38.934       -27.282\n"
    "P3 Bestuur en Middelen             2.100        -10.210        -8.110\n"
    "Totaal programma's                13.854        -53.348       -39.494\n"
    "\n"
    "# Reserves\n"
    "\n"
    "Meerjarenbeeld mutaties reserves per programma (bedragen x € 1.000)\n"
    "                                   2024      2025      2026\n"
    "Reserve sociaal domein              500       200         0\n"
    "Reserve onderhoud gebouwen          125       125       125\n"
    "\n"
    "# Indicatoren\n"
    "\n"
    "Tabel 6.1 - Beleidsindicatoren\n"
    "                                  Realisatie 2021    Realisatie 2022\n"
    "Niet-sporters (%)                           43,0               41,8\n"
)


@pytest.fixture(scope="module")
def answerer() -> FigureAnswerer:
    return text_answerer(PROEFDORP)


def test_a_share_of_the_lasten_divides_lasten_by_lasten(answerer: FigureAnswerer) -> None:
    answer = answerer.answer(
        "Welk percentage van alle lasten gaat in 2024 naar Mens en Maatschappij?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    # 38.934 / 53.348, never the baten 11.652 / 13.854 (84,1%)
    assert answer.figures[0].value == pytest.approx(Decimal("72.98"), abs=Decimal("0.01"))
    assert all("Lasten" in c.locator for c in answer.citations)


def test_a_share_of_a_total_the_question_states_otherwise_is_refused(answerer) -> None:
    answer = answerer.answer(
        "Welk percentage van alle lasten (in totaal zo'n € 88,3 miljoen) gaat in 2024 naar "
        "Mens en Maatschappij?",
        "Proefdorp",
    )
    assert answer.kind == "refusal" and not answer.figures
    assert "€ 88.300.000" in answer.text and "53.348.000" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Hoeveel geld staat er eind 2024 in de reserve sociaal domein?",
        "Wat is de stand van de reserve sociaal domein in 2024?",
    ],
)
def test_a_balance_is_never_read_from_a_table_of_movements(answerer, question) -> None:
    answer = answerer.answer(question, "Proefdorp")
    assert not answer.figures, answer.text
    assert "500" in answer.text  # the movement is named, as what it is


def test_inhabitants_are_the_scope_not_a_subject(answerer: FigureAnswerer) -> None:
    answer = answerer.answer("Hoeveel procent van de Proefdorpers sport niet in 2022?", "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("41.8")


GROUPED = (
    "# Bijlage\n"
    "\n"
    "Tabel 9 Lasten en baten per taakveld, realisatie 2031 (bedragen x € 1.000)\n"
    "                                                Lasten        Baten\n"
    "Watersysteem\n"
    "1.1 Planvorming watersysteem                    2.184           15\n"
    "1.2 Primaire keringen                          16.548        3.420\n"
    "Totaal watersysteem                            18.732        3.435\n"
    "Zuivering\n"
    "2.1 Planvorming zuivering                       1.146            0\n"
    "2.2 Slibverwerking                              8.916        1.204\n"
    "Totaal zuivering                               10.062        1.204\n"
    "Totaal taakvelden                              28.794        4.639\n"
)


@pytest.mark.parametrize(
    ("question", "part", "whole"),
    [
        # the part is a subtotal; the whole the table's total, not the first total printed
        ("Welk percentage van de totale lasten ging naar zuivering?", "10062", "28794"),
        ("Welk aandeel van de lasten van zuivering gaat naar slibverwerking?", "8916", "10062"),
        ("Welk percentage van alle lasten ging naar slibverwerking?", "8916", "28794"),
    ],
)
def test_a_share_in_a_table_of_groups_with_subtotals(question: str, part: str, whole: str):
    answer = text_answerer(GROUPED, year="2031").answer(question, "Proefdorp")
    assert answer.kind == "figure", answer.text
    expected = Decimal(part) / Decimal(whole) * 100
    assert answer.figures[0].value == pytest.approx(expected, abs=Decimal("0.01")), answer.text


TARIFFS = (
    "# Lokale heffingen\n"
    "\n"
    "Tabel 4 Tarieven\n"
    "Heffing                          Eenheid                Tarief 2030    Tarief 2031\n"
    "OZB woningen                     % van de WOZ-waarde        0,0684%        0,0712%\n"
    "Rioolheffing                     per aansluiting           € 236,40       € 247,80\n"
    "\n"
    "Tabel 5 Opbrengst heffingen (bedragen x € 1.000)\n"
    "Heffing                                 Begroting 2030    Begroting 2031\n"
    "OZB woningen                                     9.480             9.862\n"
    "Rioolheffing                                     6.780             7.104\n"
    "Totaal heffingen                                16.260            16.966\n"
)


def test_a_percentage_of_what_a_row_names_is_read_not_computed_from_another_total() -> None:
    """'Hoeveel procent van de WOZ-waarde': the tariff printed as such, not the OZB's share
    of the revenue of all taxes."""
    answer = text_answerer(TARIFFS, year="2031").answer(
        "Hoeveel procent van de WOZ-waarde betaal je in 2031 aan OZB voor woningen?",
        "Proefdorp",
    )
    assert [f.value for f in answer.figures] == [Decimal("0.0712")], answer.text


def test_a_group_total_that_names_all_that_is_asked_beats_a_row_naming_more() -> None:
    """'de lasten van zuivering': the row 'Totaal zuivering', not '2.1 Planvorming zuivering',
    which names something the question does not."""
    answer = text_answerer(GROUPED, year="2031").answer(
        "Wat waren de lasten van zuivering in 2031?", "Proefdorp"
    )
    assert [f.value for f in answer.figures] == [Decimal("10062000")], answer.text


AMENDED_ONLY = (
    "# Programma Wegen\n"
    "\n"
    "Tabel 7 Lasten en baten wegen (bedragen x € 1.000)\n"
    "                 Begroting 2031 na wijziging    Realisatie 2031\n"
    "Lasten                                 9.845              10.402\n"
)


def test_the_original_budget_asked_is_never_the_amended_column() -> None:
    """Only 'na wijziging' is printed for the year: the original budget asked is refused."""
    answer = text_answerer(AMENDED_ONLY, year="2031", kind="jaarstukken").answer(
        "Wat stond er oorspronkelijk in de begroting voor de lasten van wegen in 2031?",
        "Proefdorp",
    )
    assert not answer.figures, answer.text
