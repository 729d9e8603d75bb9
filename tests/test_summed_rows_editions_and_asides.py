"""What a row measures when its total says so ('Subtotaal saldo programma's' under the rows of
each programme: each is a saldo, no programme's lasten); the newer of two budgets for a year
both plan; a row that includes a thing ('Totale lasten (inclusief overhead)') is not that
thing; a line above rows that all start in lower case names their group ('Reisadvies' over
'kort consult' and 'lang consult'); a count inside the subject of a sentence ('de vergoeding
voor de opvang van 120 statushouders') leaves the subject to the amount the sentence gives; a
separable verb with 'te' between its parts ('uit te geven'); money kept over, an overschot or
a resultaat; people counted, never places ('Locaties kinderopvang'); what a budget says is,
not what it aims at; and 'die twee gemeenten samen'. Made-up bodies, municipalities and
figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .conftest import conversation, indexed_assistant

ROW = "{:<52}{:>16}{:>16}{:>16}"

MANIFEST = """documents:
- file: gezondheidsdienst-proefland-begroting-2036.md
  municipality: Gezondheidsdienst Proefland
  year: 2036
  type: begroting
  title: Programmabegroting 2036
- file: heidedorp-begroting-2035.md
  municipality: Heidedorp
  year: 2035
  type: begroting
  title: Programmabegroting 2035
- file: heidedorp-begroting-2036.md
  municipality: Heidedorp
  year: 2036
  type: begroting
  title: Programmabegroting 2036
"""

DIENST = "\n".join(
    [
        "# Programmabegroting 2036",
        "",
        "## 1 Programma Jeugd",
        "",
        "De dienst voert de jeugdzorg voor zes gemeenten uit. Veel gezinnen wonen in kleine",
        "kernen, waar wonen, zorg en onderwijs dicht bij elkaar liggen.",
        "",
        "Tabel 1.1 Lasten en baten programma Jeugd (x € 1.000)",
        ROW.format("", "Rekening 2034", "Begroting 2035", "Begroting 2036"),
        ROW.format("Lasten", "8.412", "8.690", "8.951"),
        ROW.format("Baten", "712", "730", "745"),
        ROW.format("Saldo programma", "-7.700", "-7.960", "-8.206"),
        "",
        "## 2 Programma Infectieziekten",
        "",
        "Tabel 2.1 Lasten en baten programma Infectieziekten (x € 1.000)",
        ROW.format("", "Rekening 2034", "Begroting 2035", "Begroting 2036"),
        ROW.format("Lasten", "1.310", "1.342", "1.377"),
        ROW.format("Baten", "210", "215", "221"),
        ROW.format("Saldo programma", "-1.100", "-1.127", "-1.156"),
        "",
        "## 3 Overzicht van baten en lasten",
        "",
        "De overhead bedraagt in 2036 € 2.114.000; dat is 17,4% van de totale lasten.",
        "",
        "Tabel 3.1 Meerjarenraming (x € 1.000)",
        ROW.format("", "Begroting 2036", "Raming 2037", "Raming 2038"),
        ROW.format("1. Jeugd", "-8.206", "-8.251", "-8.299"),
        ROW.format("2. Infectieziekten", "-1.156", "-1.170", "-1.181"),
        ROW.format("Subtotaal saldo programma's", "-9.362", "-9.421", "-9.480"),
        ROW.format("Overhead (saldo)", "-2.050", "-2.061", "-2.072"),
        ROW.format("Bijdragen deelnemende gemeenten", "11.412", "11.482", "11.552"),
        ROW.format("Geraamd resultaat", "0", "0", "0"),
        ROW.format("Totale lasten (inclusief overhead)", "12.442", "12.520", "12.601"),
        ROW.format("Totale baten (inclusief bijdragen gemeenten)", "12.442", "12.520", "12.601"),
        "",
        "Tabel 3.3 Financieel beeld (x € 1.000)",
        ROW.format("", "Begroting 2036", "Raming 2037", "Raming 2038"),
        ROW.format("Saldo vorige begroting", "95", "60", "40"),
        ROW.format("Nieuwe ontwikkelingen", "25", "-10", "-15"),
        ROW.format("Begrotingssaldo (+ = voordeel)", "120", "50", "25"),
        "",
        "Tabel 3.2 Kerngegevens",
        ROW.format("Kengetal", "", "Eenheid", "Waarde"),
        ROW.format("Inwoners werkgebied (1 januari 2035)", "", "aantal", "189.730"),
        ROW.format("Gemeenten in het werkgebied", "", "aantal", "6"),
        "",
        "Prestatie-indicatoren toezicht",
        ROW.format("Prestatie-indicator", "Realisatie 2034", "Begroting 2035", "Begroting 2036"),
        ROW.format("Locaties kinderopvang in het werkgebied", "298", "301", "304"),
        ROW.format("Inspecties uitgevoerd", "410", "415", "420"),
        "",
        "## 4 Tarieven",
        "",
        "Tabel 4.1 Tarieven 2036 (bedragen in euro's)",
        ROW.format("Tarief", "", "tarief 2035", "tarief 2036"),
        "Inentingen",
        ROW.format("eerste prik", "", "12,40", "12,90"),
        ROW.format("elke volgende prik", "", "10,20", "10,60"),
        "Reisadvies",
        ROW.format("kort consult", "", "24,00", "25,00"),
        ROW.format("lang consult", "", "41,50", "43,00"),
        "",
        "## 5 Bijdragen",
        "",
        "Tabel 5.1 Bijdragen per gemeente 2036 (bedragen in €)",
        ROW.format("Gemeente", "Inwoners", "Bijdrage 2035", "Bijdrage 2036"),
        ROW.format("Kleiveen", "41.220", "1.402.118", "1.455.903"),
        ROW.format("Zandhove", "33.870", "1.121.560", "1.192.961"),
        ROW.format("Heidedorp", "28.410", "947.722", "996.456"),
        ROW.format("Totaal", "103.500", "3.471.400", "3.645.320"),
        "",
        "De vergoeding van het Rijk voor de opvang van 120 statushouders is voor 2036",
        "vastgesteld op € 215.000 per jaar.",
    ]
)

RESERVES = "{:<40}{:>16}{:>16}{:>16}"
INDICATORS = "{:<40}{:>20}{:>20}{:>20}"


def _heidedorp(year: int, *rows: str) -> str:
    return "\n".join(
        [
            f"# Programmabegroting {year}",
            "",
            "## 9 Reserves",
            "",
            "Tabel 9.1 Overzicht reserves (bedragen x € 1.000)",
            *rows,
        ]
    )


HEIDEDORP_2035 = "\n".join(
    [
        _heidedorp(
            2035,
            RESERVES.format("Reserve", "Begroting 2035", "Begroting 2036", "Begroting 2037"),
            RESERVES.format("Algemene reserve (vrij besteedbaar)", "12.410", "12.050", "11.980"),
            RESERVES.format("Reserve onderhoud gebouwen", "2.310", "2.150", "1.990"),
        ),
        *(
            line
            for k, programme in enumerate(["Bestuur", "Zorg", "Wonen", "Onderwijs"], start=1)
            for line in (
                "",
                f"## {k} Programma {programme}",
                "",
                f"Tabel {k}.1 Resultaat programma {programme} (bedragen x € 1.000)",
                RESERVES.format("", "Begroting 2035", "Raming 2036", "Raming 2037"),
                RESERVES.format("Lasten", f"{k}.240", f"{k}.305", f"{k}.410"),
                RESERVES.format("Baten", f"{k}.100", f"{k}.150", f"{k}.200"),
                RESERVES.format("Resultaat", "-140", "-155", "-210"),
            )
        ),
    ]
)
HEIDEDORP_2036 = "\n".join(
    [
        _heidedorp(
            2036,
            RESERVES.format("Reserve", "Stand 1-1-2036", "Onttrekking 2036", "Stand 31-12-2036"),
            RESERVES.format("Algemene reserve (vrij besteedbaar)", "12.380", "540", "11.840"),
            RESERVES.format("Reserve onderhoud gebouwen", "2.290", "160", "2.130"),
        ),
        "",
        "## 2 Programma Jeugd",
        "",
        "Tabel 2.1 Effectindicatoren programma Jeugd",
        INDICATORS.format("Indicator", "Realisatie 2034", "Streefwaarde 2036", "Streefwaarde 2039"),
        INDICATORS.format("Jongeren met jeugdhulp (%)", "10,4%", "10,0%", "9,5%"),
        INDICATORS.format("Jongeren met een startkwalificatie (%)", "86,1%", "88,0%", "90,0%"),
        "",
        "## 10 Overzicht van baten en lasten",
        "",
        "Een overschot op de jaarrekening gaat naar de algemene reserve.",
        "",
        "Tabel 10.1 Overzicht van baten en lasten (bedragen x € 1.000)",
        RESERVES.format("", "Begroting 2036", "Raming 2037", "Raming 2038"),
        RESERVES.format("Totaal lasten", "61.240", "61.905", "62.310"),
        RESERVES.format("Totaal baten", "60.935", "61.512", "62.480"),
        RESERVES.format("Saldo van baten en lasten", "-305", "-393", "170"),
        RESERVES.format("Onttrekkingen aan reserves", "540", "125", "0"),
        RESERVES.format("Geraamd resultaat", "235", "-268", "170"),
    ]
)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    return indexed_assistant(
        tmp_path_factory.mktemp("summed"),
        {
            "manifest.yaml": MANIFEST.encode(),
            "gezondheidsdienst-proefland-begroting-2036.md": DIENST.encode(),
            "heidedorp-begroting-2035.md": HEIDEDORP_2035.encode(),
            "heidedorp-begroting-2036.md": HEIDEDORP_2036.encode(),
        },
    )


def test_rows_summed_in_a_saldo_are_no_answer_to_the_lasten(assistant) -> None:
    """'1. Jeugd' adds up with the other programme to 'Subtotaal saldo programma's': it is
    the programme's saldo, and the lasten asked are the row 'Lasten' of its own table."""
    answer = assistant.ask(
        "Wat zijn de lasten van de jeugd in 2036?", "Gezondheidsdienst Proefland"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("8951000"), answer.text


def test_a_row_that_includes_a_thing_is_not_that_thing(assistant) -> None:
    """'Totale lasten (inclusief overhead)' holds the overhead with all the rest; what the
    overhead costs is the sentence that says so."""
    answer = assistant.ask(
        "Hoeveel geeft de Gezondheidsdienst Proefland in 2036 uit aan overhead?",
        "Gezondheidsdienst Proefland",
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("2114000"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Welke vergoeding krijgt de Gezondheidsdienst Proefland van het Rijk voor de opvang"
        " van statushouders?",
        "Welke vergoeding van het Rijk voor de opvang van statushouders staat in de begroting?",
    ],
)
def test_a_count_in_the_subject_leaves_the_subject_to_the_amount(assistant, question) -> None:
    """'De vergoeding van het Rijk voor de opvang van 120 statushouders is ... € 215.000':
    the vergoeding is the amount (also asked with no verb of paying); the 120 statushouders
    say whose opvang it pays."""
    answer = assistant.ask(question, "Gezondheidsdienst Proefland")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("215000"), answer.text


def test_the_newer_budget_answers_for_a_year_both_plan(assistant) -> None:
    """The begroting 2035 planned 12.050 for 2036, the begroting 2036 plans 11.840 at the
    end of 2036: the newer plan answers, not the older one it replaces."""
    answer = assistant.ask(
        "Hoeveel zit er eind 2036 in de vrij besteedbare algemene reserve van Heidedorp?",
        "Heidedorp",
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("11840000"), answer.text
    assert answer.citations[0].document == "heidedorp-begroting-2036", answer.citations


def test_a_line_over_rows_in_lower_case_names_their_group(assistant) -> None:
    """Where every row starts in lower case ('eerste prik', 'kort consult'), the line
    'Reisadvies' above two of them is their group, not the start of the first one's label:
    'lang consult' is of the reisadvies too, not of the inentingen above."""
    answer = assistant.ask(
        "Wat kost een lang consult reisadvies bij de Gezondheidsdienst Proefland in 2036?",
        "Gezondheidsdienst Proefland",
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("43.00"), answer.text
    assert "Inentingen" not in answer.text, answer.text


def test_what_a_body_expects_to_spend_is_its_lasten(assistant) -> None:
    """'uit te geven', the verb of spending with 'te' between its parts, asks the lasten,
    not the baten or saldo printed beside them."""
    answer = assistant.ask(
        "Hoeveel verwacht de Gezondheidsdienst Proefland in 2036 uit te geven aan jeugd?",
        "Gezondheidsdienst Proefland",
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("8951000"), answer.text


def test_money_kept_over_is_the_result_a_word_printed_elsewhere_or_not(assistant) -> None:
    """'geld overhouden' is an overschot or a positief resultaat: the row 'Geraamd resultaat'
    answers, though 'overschot' is printed elsewhere in the document (the words the
    vocabulary gives for it are alternatives, not a phrase a row must print whole)."""
    answer = assistant.ask(
        "Houdt Heidedorp volgens de begroting 2036 geld over in 2036, en hoeveel?", "Heidedorp"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("235000"), answer.text


def test_people_counted_are_no_count_of_places(assistant) -> None:
    """'Hoeveel mensen wonen er ...' counts people: the row of the inwoners, not the
    'Locaties kinderopvang in het werkgebied' whose words match as well."""
    answer = assistant.ask(
        "Hoeveel mensen wonen er in het werkgebied van de Gezondheidsdienst Proefland?",
        "Gezondheidsdienst Proefland",
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("189730"), answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "Welk percentage van de jongeren in Heidedorp heeft jeugdhulp, volgens de"
            " begroting 2036?",
            Decimal("10.4"),
        ),
        (
            "Wat is volgens de begroting 2036 de streefwaarde voor jongeren met jeugdhulp?",
            Decimal("10.0"),
        ),
    ],
)
def test_what_is_asked_of_a_budget_is_measured_not_aimed_at(assistant, question, value) -> None:
    """The begroting 2036 names no measurement of 2036, only a target for it: asked what
    is ('heeft'), its latest measurement answers; asked the target, the target does."""
    answer = assistant.ask(question, "Heidedorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == value, answer.text



def test_the_two_just_named_by_their_kind_are_added_up(assistant) -> None:
    """'die twee gemeenten' are the two municipalities whose figures were just given: their
    sum, not a row whose name holds 'gemeente'."""
    answers = conversation(
        assistant,
        "Hoeveel betaalt Kleiveen in 2036 aan de Gezondheidsdienst Proefland?",
        "En Zandhove?",
        "Hoeveel betalen die twee gemeenten samen?",
    )
    assert [a.figures[0].value for a in answers[:2]] == [Decimal("1455903"), Decimal("1192961")]
    assert answers[2].kind == "figure", answers[2].text
    assert answers[2].figures[0].value == Decimal("2648864"), answers[2].text


def test_two_tables_that_close_the_year_differently_are_both_offered(assistant) -> None:
    """The meerjarenraming closes 2036 with a 'Geraamd resultaat' of 0, the financial picture
    with a 'Begrotingssaldo' of 120.000: money kept over may be either, so the answer asks
    which, naming both."""
    answer = assistant.ask(
        "Houdt de Gezondheidsdienst Proefland in 2036 geld over? Hoeveel?",
        "Gezondheidsdienst Proefland",
    )
    assert answer.kind == "clarification", answer.text
    assert "120.000" in answer.text and "Geraamd resultaat" in answer.text, answer.text
