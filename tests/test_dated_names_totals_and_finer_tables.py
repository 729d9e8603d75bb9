"""What a reading of a voorjaarsnota and a body's accounts must keep apart (issue 13): a thing
named with its year ('de meicirculaire 2031') is not the same thing of another year
('Meicirculaire 2029' in the begroting), and its year names it, it is not the figure's year; a
column of deviation marks headed 'V/N' beside four years is no part of the last year's place,
so a row without a figure for the first year is read in the right columns; what a member paid
in all is the 'Totaal werkelijk' column, not the part 'Plustaken werkelijk' beside it, and 'per
inwoner' asked on is the row's rate; what a member 'krijgt terug' is the column
'Terugbetaling'; a programme's figures printed in euros in its own table answer, where the
overview of all programmes rounds them to thousands, and one year printed over four
sub-columns dates those four only, not the 'Realisatie 2030' beside them; 'Welk percentage
daarvan ...' after a member's payment and its own total lasten divides the two, and a share
whose whole is another body's is not computed in the part's document; 'En wat betaalde X aan
Y?' is a question of its own, whatever the conversation was about. Made-up figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .conftest import conversation, indexed_assistant

NOTA_ROW = "{:<6}{:<52}{:<6}{:>9}{:>9}{:>9}{:>9}{:>6}"
BEGROTING_ROW = "{:<30}{:>10}{:>10}{:>10}{:>10}"
MEMBER_ROW = "{:<14}{:>14}{:>16}{:>16}{:>16}{:>16}{:>14}"
REFUND_ROW = "{:<14}{:>26}{:>10}{:>16}"
OVERVIEW_ROW = "{:<34}{:>16}{:>16}{:>16}"
PROGRAMME_ROW = "{:<12}{:>18}{:>22}{:>24}{:>14}{:>12}{:>6}"

NOTA = "\n".join([
    "# Voorjaarsnota 2031 gemeente Proefdorp",
    "",
    "## Autonome ontwikkelingen",
    "",
    "Tabel 4.2 - Autonome ontwikkelingen",
    "{:>106}".format("bedragen x € 1.000"),
    NOTA_ROW.format("Nr", "Omschrijving", "I/S", "2031", "2032", "2033", "2034", "V/N"),
    NOTA_ROW.format("A1", "Loonindexatie cao gemeenten", "S", "612", "688", "688", "688", "N"),
    NOTA_ROW.format(
        "A2", "Algemene uitkering: decembercirculaire 2030", "I", "124", "", "", "", "V",
    ),
    NOTA_ROW.format(
        "A3", "Algemene uitkering: meicirculaire 2031", "S", "", "1.105", "980", "760", "N",
    ),
    NOTA_ROW.format(
        "", "Totaal autonome ontwikkelingen", "", "488", "1.793", "1.668", "1.448", "N",
    ),
    "",
    "De meicirculaire 2031 laat vanaf 2032 een nadeel zien.",
])  # fmt: skip

BEGROTING = "\n".join([
    "# Begroting 2030 gemeente Proefdorp",
    "",
    "## Meerjarenbeeld",
    "",
    "Tabel 12 Meerjarenbeeld 2030-2033 (bedragen x € 1.000)",
    BEGROTING_ROW.format("", "2030", "2031", "2032", "2033"),
    BEGROTING_ROW.format("Meicirculaire 2029", "-183", "-168", "-1.075", "7"),
    BEGROTING_ROW.format("Loon- en prijsontwikkeling", "-410", "-425", "-440", "-455"),
    "",
    "## Inclusieve samenleving",
    "",
    "  • Sport als middel (€ 52.000): Dit is beschikbaar gesteld voor sport in iedere kern.",
    "",
    "## Overzicht van baten en lasten",
    "",
    "Tabel 13 Overzicht van baten en lasten (bedragen x € 1.000)",
    BEGROTING_ROW.format("", "2030", "2031", "2032", "2033"),
    BEGROTING_ROW.format("Totaal lasten", "44.500", "45.000", "45.400", "45.900"),
    BEGROTING_ROW.format("Totaal baten", "44.800", "45.600", "45.700", "46.000"),
])

REGIO = "\n".join([
    "# Jaarstukken 2031 Regio Kernland",
    "",
    "## Bijdragen per gemeente",
    "",
    "Tabel 4.2 Bijdragen per gemeente 2031: begroot en werkelijk (bedragen in euro's)",
    MEMBER_ROW.format(
        "Gemeente", "Basistaken", "Plustaken", "Plustaken", "Totaal", "Totaal", "Per inwoner"
    ),
    MEMBER_ROW.format("", "", "begroot", "werkelijk", "begroot", "werkelijk", ""),
    MEMBER_ROW.format(
        "Proefdorp", "2.215.735", "96.400", "92.575", "2.312.135", "2.308.310", "68,01",
    ),
    MEMBER_ROW.format(
        "Rekendam", "5.346.759", "402.500", "386.120", "5.749.259", "5.732.879", "69,99",
    ),
    "",
    "## Resultaatbestemming",
    "",
    "Tabel 6.1 Terugbetaling resultaat 2031 per gemeente (bedragen in euro's)",
    REFUND_ROW.format("Gemeente", "Bijdrage basistaken 2031", "Aandeel", "Terugbetaling"),
    REFUND_ROW.format("Proefdorp", "2.215.735", "5,45%", "64.164"),
    REFUND_ROW.format("Rekendam", "5.346.759", "13,16%", "154.834"),
    "",
    "## Overzicht van baten en lasten",
    "",
    "Tabel 5.1 Overzicht van baten en lasten 2031 (bedragen x € 1.000)",
    OVERVIEW_ROW.format("Omschrijving", "Realisatie 2030", "Begroting 2031", "Realisatie 2031"),
    "Lasten",
    OVERVIEW_ROW.format("Jeugdgezondheidszorg", "17.205", "18.105", "17.712"),
    OVERVIEW_ROW.format("Publieke gezondheid", "15.918", "16.912", "16.684"),
    "",
    "## Programma Jeugdgezondheidszorg",
    "",
    "Tabel 2.2 Lasten en baten Jeugdgezondheidszorg (bedragen in euro's)",
    "{:>82}".format("2031"),
    PROGRAMME_ROW.format(
        "Programma", "Realisatie 2030", "Begroting primitief", "Begroting na wijziging",
        "Realisatie", "Verschil", "V/N",
    ),
    PROGRAMME_ROW.format(
        "Lasten", "17.204.655", "17.860.000", "18.105.000", "17.712.390", "392.610", "V",
    ),
    PROGRAMME_ROW.format(
        "Baten", "1.104.328", "1.020.000", "1.095.000", "1.187.654", "92.654", "V",
    ),
])  # fmt: skip

MANIFEST = """documents:
- file: proefdorp-voorjaarsnota-2031.md
  municipality: Proefdorp
  year: 2031
  type: voorjaarsnota
  title: Voorjaarsnota 2031
- file: proefdorp-begroting-2030.md
  municipality: Proefdorp
  year: 2030
  type: begroting
  title: Begroting 2030
- file: regio-kernland-jaarstukken-2031.md
  municipality: Regio Kernland
  year: 2031
  type: jaarstukken
  title: Jaarstukken 2031
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    return indexed_assistant(
        tmp_path_factory.mktemp("dated"),
        {
            "manifest.yaml": MANIFEST.encode(),
            "proefdorp-voorjaarsnota-2031.md": NOTA.encode(),
            "proefdorp-begroting-2030.md": BEGROTING.encode(),
            "regio-kernland-jaarstukken-2031.md": REGIO.encode(),
        },
    )


def test_a_thing_named_with_its_year_is_not_that_of_another_year(assistant) -> None:
    answer = assistant.ask("Hoeveel bedraagt de meicirculaire 2031 in 2033?", "Proefdorp")
    assert [f.value for f in answer.figures] == [Decimal(980_000)], answer.text
    assert "Meicirculaire 2029" not in answer.text


def test_the_deviation_marks_in_a_column_of_their_own_leave_the_years_in_place(assistant) -> None:
    # the meicirculaire row has no figure for 2031: its 1.105 is 2032's
    answer = assistant.ask("Hoeveel bedraagt de meicirculaire 2031 in 2032?", "Proefdorp")
    assert [f.value for f in answer.figures] == [Decimal(1_105_000)], answer.text
    answer = assistant.ask("Hoeveel kost de loonindexatie in 2034?", "Proefdorp")
    assert [f.value for f in answer.figures] == [Decimal(688_000)], answer.text


def test_what_a_member_paid_in_all_and_per_inwoner(assistant) -> None:
    answers = conversation(
        assistant,
        "Hoeveel heeft Proefdorp in 2031 werkelijk aan Regio Kernland betaald?",
        "Hoeveel is dat per inwoner?",
    )
    assert [f.value for f in answers[0].figures] == [Decimal(2_308_310)], answers[0].text
    assert [f.value for f in answers[1].figures] == [Decimal("68.01")], answers[1].text


def test_what_a_member_gets_back_is_the_column_of_refunds(assistant) -> None:
    answer = assistant.ask(
        "hoeveel krijgt rekendam terug van regio kernland uit het resultaat 2031", "Regio Kernland"
    )
    assert [f.value for f in answer.figures] == [Decimal(154_834)], answer.text


def test_the_programmes_own_table_in_euros_answers_before_the_rounded_overview(assistant) -> None:
    answers = conversation(
        assistant,
        "Wat waren de werkelijke lasten van de jeugdgezondheidszorg van Regio Kernland in 2031?",
        "En in 2030?",
    )
    assert [f.value for f in answers[0].figures] == [Decimal(17_712_390)], answers[0].text
    assert [f.value for f in answers[1].figures] == [Decimal(17_204_655)], answers[1].text
    # a figure the overview alone prints stays the overview's
    answer = assistant.ask("Wat waren de werkelijke lasten van Publieke gezondheid in 2031?")
    assert [f.value for f in answer.figures] == [Decimal(16_684_000)], answer.text


def test_a_share_across_two_documents_is_the_two_figures_asked_or_refused(assistant) -> None:
    # what Proefdorp paid the body, in the body's accounts, and Proefdorp's own total lasten:
    # 'daarvan' divides the first by the second, both cited
    answers = conversation(
        assistant,
        "Hoeveel heeft Proefdorp in 2031 werkelijk aan Regio Kernland betaald?",
        "Wat zijn de totale lasten van Proefdorp in 2031 volgens de begroting 2030?",
        "Welk percentage daarvan gaat naar Regio Kernland?",
    )
    assert [f.value for f in answers[1].figures] == [Decimal(45_000_000)], answers[1].text
    assert answers[2].kind == "figure", answers[2].text
    assert round(answers[2].figures[0].value, 2) == Decimal("5.13"), answers[2].text
    assert len(answers[2].citations) == 2
    # asked at once, the whole of one and the part of the other are not divided within the
    # body's own tables
    asked = assistant.ask(
        "Welk deel van de totale lasten van Proefdorp in 2031 is de bijdrage aan Regio Kernland?"
    )
    assert asked.kind != "figure" or round(asked.figures[0].value, 2) == Decimal("5.13"), (
        asked.text
    )


def test_a_payment_named_after_another_subject_is_a_question_of_its_own(assistant) -> None:
    # 'En wat betaalde X aan Y?' names the payer and the body: not the last figure's subject
    # sought in the body's documents
    answers = conversation(
        assistant,
        "Hoeveel budget was er in de begroting 2030 van Proefdorp voor Sport als middel?",
        "En wat betaalde Proefdorp in 2031 aan Regio Kernland?",
    )
    assert [f.value for f in answers[0].figures] == [Decimal(52_000)], answers[0].text
    assert [f.value for f in answers[1].figures] == [Decimal(2_308_310)], answers[1].text
