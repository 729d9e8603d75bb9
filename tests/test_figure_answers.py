"""Figure answers: lookups, arithmetic with derivations, follow-ups, refusals, traceability."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from assistant.dutch_numbers import fmt
from assistant.evaluation import load_eval_set

from .conftest import SHARED

TW = "Twenterand"


def ask(assistant, question, municipality=TW, history=()):
    return assistant.ask(question, municipality=municipality, history=list(history))


def test_lookup_cites_table_row_and_column(assistant) -> None:
    answer = ask(assistant, "Wat zijn de lasten van Jeugd in 2021?")
    assert answer.kind == "figure"
    figure = answer.figures[0]
    assert figure.value == 16060788 and figure.unit == "EUR" and figure.period == "2021"
    citation = answer.citations[figure.citation]
    assert (
        citation.locator == "tabel 'Overzicht 3.1 Baten en lasten Sociaal domein', rij "
        "'Jeugd', kolom '2021'"
    )
    assert citation.quote == "Jeugd 16.695.012 16.060.788 16.357.714 16.423.993"
    assert "€ 16.060.788" in answer.text


def test_resident_words_map_to_budget_words(assistant) -> None:
    answer = ask(assistant, "Hoeveel geld gaat er naar jeugdzorg in 2022?")
    assert answer.figures[0].value == 16357714
    spend = ask(assistant, "Hoeveel geeft Twenterand in 2021 uit aan gezondheidszorg?", None)
    assert spend.figures[0].value == 2054938 and spend.citations[0].municipality == TW


def test_begroot_and_realisatie_columns(assistant) -> None:
    begroot = ask(assistant, "Hoeveel aanvragen bijzondere bijstand zijn begroot voor 2019?")
    assert begroot.figures[0].value == 248 and begroot.figures[0].period == "Begroot 2019"
    assert "(01-07)" in begroot.text  # the cell's annotation is kept
    realised = ask(assistant, "Hoeveel activeringstrajecten waren er in 2017?")
    assert realised.figures[0].value == 490


def test_difference_is_derived_and_worded(assistant) -> None:
    answer = ask(assistant, "Hoeveel dalen de lasten van Jeugd van 2020 naar 2023?")
    figure = answer.figures[0]
    assert figure.value == -271019
    assert figure.derivation == "16.423.993 - 16.695.012 = -271.019"
    assert "dalen met € 271.019" in answer.text
    assert len(answer.citations) == 2


def test_percentage_change_keeps_precision(assistant) -> None:
    answer = ask(
        assistant, "Met hoeveel procent veranderen de lasten van Sociale zaken van 2020 naar 2021?"
    )
    value = answer.figures[0].value
    assert abs(value - Decimal("-2.18")) < Decimal("0.01")
    assert value != value.quantize(Decimal("0.01"))  # rounded for display only
    assert answer.figures[0].unit == "percent" and "-2,18%" in answer.text


def test_share_of_total(assistant) -> None:
    answer = ask(assistant, "Welk aandeel van de totale lasten in 2021 is voor Onderwijs?")
    assert abs(answer.figures[0].value - Decimal("7.596")) < Decimal("0.001")
    assert "4.048.147 / 53.293.764" in answer.figures[0].derivation


def test_sums_over_years_and_rows(assistant) -> None:
    years = ask(
        assistant, "Wat zijn de lasten voor Gezondheidszorg over 2020 tot en met 2023 samen?"
    )
    assert years.figures[0].value == 8305819 and len(years.citations) == 4
    rows = ask(
        assistant, "Hoeveel geld is er samen voor Sport als middel en het Noaberhoes?", "Dinkelland"
    )
    assert rows.figures[0].value == 112000
    assert rows.figures[0].derivation == "52.000 + 60.000 = 112.000"


def test_follow_ups_replay_the_conversation(assistant) -> None:
    first = "Wat zijn de lasten van Maatschappelijke ondersteuning in 2020?"
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": "…"}]
    again = ask(assistant, "En in 2021?", history=history)
    assert again.figures[0].value == 11824036
    history += [{"role": "user", "content": "En in 2021?"}, {"role": "assistant", "content": "…"}]
    more = ask(assistant, "Hoeveel is dat meer dan in 2020?", history=history)
    assert more.figures[0].value == 58153
    other = ask(assistant, "En voor Onderwijs?", history=history)
    assert other.figures[0].value == 4048147  # keeps the year and the lasten block


@pytest.mark.parametrize(
    ("question", "municipality", "says"),
    [
        ("Wat zijn de lasten van Sociale zaken in 2019?", TW, "2020 tot en met 2023"),
        ("Hoeveel kost de brandweer in 2021?", TW, "staat niet in de documenten"),
        ("Hoeveel kost de nieuwe sporthal in Vroomshoop?", None, "staat niet"),
        ("Wat is het OZB-tarief in Dinkelland?", None, "staat niet"),
    ],
)
def test_no_such_cell_is_refused(assistant, question, municipality, says) -> None:
    answer = ask(assistant, question, municipality)
    assert answer.kind == "refusal" and not answer.figures
    assert says in answer.text


def test_dutch_formatting() -> None:
    assert fmt(Decimal(16060788), "EUR") == "€ 16.060.788"
    assert fmt(Decimal("7.596"), "percent") == "7,6%"
    assert fmt(Decimal(62), "percent") == "62%"
    assert fmt(Decimal("7.7"), "grade") == "7,7"
    assert fmt(Decimal(1123), "count") == "1.123"
    # a count with decimals as printed ('117,2 fte'), an amount in cents
    assert fmt(Decimal("117.2"), "count") == "117,2"
    assert fmt(Decimal("1234.5"), "count") == "1.234,5"
    assert fmt(Decimal("0.4567"), "count") == "0,46"
    assert fmt(Decimal("112.4"), "EUR") == "€ 112,40"


NUMBER = re.compile(r"(?<![\w.,])-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|(?<![\w.,])-?\d+(?:,\d+)?")


def _numbers(text: str) -> list[Decimal]:
    text = re.sub(r"\[\d+\]", " ", text)  # citation markers are not figures
    return [Decimal(n.replace(".", "").replace(",", ".")) for n in NUMBER.findall(text)]


def test_every_number_in_every_answer_is_traceable(assistant) -> None:
    """Each number an answer shows is a cell, a year, a number printed in a cited passage or
    label, or a step of a stated derivation. No answer may hold an untraceable number."""
    printed: set[Decimal] = set()
    for cell in assistant.cells:
        if cell.value is not None:
            printed |= {abs(cell.value), abs(cell.value / (cell.scale or 1))}
        printed |= {abs(n) for n in _numbers(f"{cell.row} {cell.table} {cell.quote}")}
    sets = [load_eval_set(p) for p in sorted((SHARED / "evals").glob("*.yaml"))]
    checked = turns = 0
    for eval_set in sets:
        for case in eval_set.cases:
            history: list[dict] = []
            for turn in case.turns:
                answer = assistant.ask(turn.question, turn.municipality, history)
                allowed = set(printed)
                for c in answer.citations:
                    allowed |= {abs(n) for n in _numbers(f"{c.quote} {c.section} {c.locator}")}
                for f in answer.figures:
                    allowed |= {abs(n) for n in _numbers(f.derivation or "")}
                allowed |= {abs(n) for n in _numbers(turn.question)}
                for n in _numbers(answer.text):
                    checked += 1
                    if 1900 <= n <= 2100 or n in allowed:
                        continue
                    close = any(abs(abs(n) - a) <= Decimal("0.01") for a in allowed)
                    assert close, f"{case.id}: {n} in {answer.text!r} is not traceable"
                history += [
                    {"role": "user", "content": turn.question},
                    {"role": "assistant", "content": answer.text},
                ]
                turns += 1
    assert turns >= 60 and checked >= 100  # every dev turn ran, and many numbers were checked


def _cell(municipality: str, row: str, period: str, value: int) -> object:
    from assistant.figures import TableCell

    return TableCell(
        document_id=municipality.lower(),
        municipality=municipality,
        table="Overzicht lasten",
        section="Programma",
        group="Lasten per taakveld",
        row=row,
        column=period,
        period=period,
        status="",
        raw=f"{value:,}".replace(",", "."),
        value=Decimal(value),
        unit="EUR",
        scale=1,
        annotation="",
        source="",
        line=1,
        quote=f"{row} {value}",
    )


def test_equally_good_readings_ask_which_one() -> None:
    from assistant.figure_answers import FigureAnswerer

    cells = [
        _cell("Aadorp", "Sportaccommodaties", "2024", 100),
        _cell("Beekdorp", "Sportaccommodaties", "2024", 200),
    ]
    answerer = FigureAnswerer(cells, {}, "")
    answer = answerer.answer("Wat zijn de lasten van sportaccommodaties in 2024?", None)
    assert answer.kind == "clarification" and not answer.figures
    assert "Aadorp" in answer.text and "Beekdorp" in answer.text
    scoped = answerer.answer("Wat zijn de lasten van sportaccommodaties in 2024?", "Beekdorp")
    assert scoped.kind == "figure" and scoped.figures[0].value == 200


def test_a_follow_up_without_a_conversation_asks_for_the_whole_question(assistant) -> None:
    for stub in ("En in 2022?", "Hoeveel is dat meer dan in 2020?", "En voor Onderwijs?"):
        answer = ask(assistant, stub)
        assert answer.kind == "clarification" and not answer.figures
        assert "Stel de hele vraag" in answer.text


def test_a_follow_up_that_names_nothing_here_is_not_answered_with_the_last_figure(
    assistant,
) -> None:
    history = [
        {"role": "user", "content": "Wat zijn de lasten van Jeugd in 2021?"},
        {"role": "assistant", "content": "Lasten Jeugd (2021): € 16.060.788 [1]."},
    ]
    answer = ask(assistant, "En hoe zit het met de taart?", history=history)
    assert answer.kind == "clarification" and not answer.figures
    assert "Lasten Jeugd" in answer.text  # it says what the conversation was about
    # a follow-up with a year or a subject of the table still resolves
    assert ask(assistant, "En in 2022?", history=history).figures[0].value == 16357714


def test_a_row_that_is_not_the_measure_asked_for_does_not_win() -> None:
    """'baten' asked, an indicator row that names the subject but no baten loses, whatever
    the corpus makes of the word's rarity; and 'inkomsten' is a resident's word for baten."""
    from dataclasses import replace

    from assistant.figure_answers import FigureAnswerer

    baten = replace(
        _cell("Aadorp", "Jeugd", "2020", 2822774),
        table="Overzicht baten en lasten",
        group="Baten per doelenboom",
    )
    lasten = replace(baten, group="Lasten per doelenboom", value=Decimal(16695012))
    indicator = replace(
        _cell("Aadorp", "totaal aantal jeugdigen uniek", "2020", 739),
        table="Indicatoren",
        group="Jongerenwerk",
        unit="count",
    )
    # 'baat' rare in this corpus, 'jeugd' common, 'inkomst' not in it at all
    answerer = FigureAnswerer([indicator, lasten, baten], {"baat": 5.0, "jeugd": 1.8}, "")
    for question in (
        "Hoeveel baten heeft Jeugd in 2020?",
        "Wat zijn de inkomsten van Jeugd in 2020?",
    ):
        answer = answerer.answer(question, "Aadorp")
        assert answer.kind == "figure", question
        assert answer.figures[0].value == 2822774, question
        assert "jeugdigen" not in answer.text  # not even offered as another reading


def test_typos_and_compounds_are_read_as_the_printed_words(assistant) -> None:
    typo = ask(assistant, "Hoevel geeft de gemeente uit aan gezondhiedszorg in 2021?")
    assert typo.kind == "figure" and typo.figures[0].value == 2054938
    question = "Hoeveel was er voor 2023 begroot aan personeelsalarisen?"
    compound = ask(assistant, question, "Collectie Overijssel")
    assert compound.kind == "figure" and compound.figures[0].value == -3431000
    # a real word of the documents is not 'corrected' into another one
    real = "Wat is er werkelijk wettelijk verplicht?"
    assert assistant.figures.spelled_as_printed(real) == real
    assert assistant.figures.spelled_as_printed("gezondhiedszorg") == "gezondheidszorg"


def test_a_question_for_an_amount_is_never_answered_with_a_count(assistant) -> None:
    answer = ask(assistant, "Hoeveel geeft de gemeente in 2020 uit aan uitkeringsgerechtigden?")
    assert not answer.figures or answer.figures[0].unit == "EUR", answer.text
    people = ask(assistant, "Hoeveel mensen hebben volgens de begroting in 2020 een uitkering?")
    assert not people.figures or people.figures[0].unit == "count", people.text


def test_a_sum_of_rows_takes_the_asked_year(assistant) -> None:
    answer = ask(
        assistant, "Hoeveel geeft de gemeente in 2023 samen uit aan gezondheidszorg en onderwijs?"
    )
    assert answer.figures[0].derivation == "2.138.615 + 4.069.019 = 6.207.634"  # 2023's cells


def test_met_and_zonder_tell_rows_apart(assistant) -> None:
    question = "Wat zijn de lasten voor jeugdhulp zonder verblijf overig?"
    answer = ask(assistant, question, "Wassenaar")
    assert answer.kind == "figure" and "zonder" in answer.figures[0].label


def test_a_follow_up_naming_a_measure_stays_with_the_last_row(assistant) -> None:
    first = "Hoeveel geeft Twenterand in 2020 uit aan onderwijs?"
    history = [{"role": "user", "content": first}]
    answer = ask(assistant, "En de inkomsten?", history=history)
    assert answer.figures[0].value == -334534 and answer.figures[0].label == "Baten Onderwijs"
    # the realisation against the budget of the same year, in the same row
    scope = "Collectie Overijssel"
    history = [{"role": "user", "content": "Wat waren de overige huisvestingskosten in 2023?"}]
    more = ask(assistant, "Hoeveel is dat meer dan begroot?", scope, history)
    assert more.figures[0].value == 298000  # -885 realised against -587 budgeted, x € 1.000
    assert more.figures[0].derivation == "885.000 - 587.000 = 298.000"


def test_a_follow_up_naming_another_municipality_seeks_the_same_measure_there(
    assistant,
) -> None:
    history = [{"role": "user", "content": "Wat zijn de lasten van Jeugd in 2020 in Twenterand?"}]
    other = ask(assistant, "En bij Dinkelland?", None, history)
    assert other.kind == "refusal" and not other.figures  # Dinkelland prints no such row
    assert "Dinkelland" in other.text and "Lasten Jeugd" in other.text
    same = ask(assistant, "En in 2022?", None, history)  # the named municipality stays
    assert same.figures[0].value == 16357714


def test_a_refusal_names_the_rows_nearest_in_meaning_and_gives_none_of_them(assistant) -> None:
    assert assistant.figures.facts is not None and len(assistant.figures.facts.keys) > 100
    answer = ask(assistant, "Hoeveel betaalt Twenterand aan de GGD in 2021?")
    assert answer.kind == "refusal" and not answer.figures
    # amounts asked ("betaalt"): the nearest amounts are named, not counts
    assert "Het dichtst erbij komen:" in answer.text and "(Overzicht 3.1" in answer.text


def test_a_change_runs_from_the_earlier_year_whatever_the_order_asked(assistant) -> None:
    question = "Met hoeveel procent veranderen de lasten van Jeugd in 2021 vergeleken met 2020?"
    answer = ask(assistant, question)
    assert answer.figures[0].value.quantize(Decimal("0.01")) == Decimal("-3.80")
    assert answer.figures[0].derivation.startswith("(16.060.788 - 16.695.012)")


def test_a_question_for_an_amount_or_a_ratio_gets_that_kind_of_number(assistant) -> None:
    lasten = ask(assistant, "Wat waren de totale lasten van Collectie Overijssel in 2021?", None)
    assert not lasten.figures or lasten.figures[0].unit == "EUR", lasten.text
    ratio = ask(assistant, "Hoe hoog is de solvabiliteitsratio in 2023?", "Collectie Overijssel")
    assert not ratio.figures or ratio.figures[0].unit != "EUR", ratio.text
