"""Conversations as residents hold them (issue 13): short follow-ups about a reserve (what is
taken out of the fund just named, what is left of it), 'Hoeveel is dat samen?' after two
figures, earlier questions replayed in the scope the user chose, what one thinks a year ends
with, and the column of a budget amendment's change told from the budget. The figures are
made up for Proefdorp."""

from __future__ import annotations

from decimal import Decimal

from assistant.figures import document_figures
from assistant.parsing import parse_sections

from .conftest import text_answerer

RESERVES = "\n".join(
    [
        "# Programmabegroting 2027",
        "",
        "## Reserves",
        "",
        "Bedragen x € 1.000        Stand 1-1-2027   Toevoegingen 2027   Onttrekkingen 2027"
        "   Stand 31-12-2027",
        "Algemene reserve                   12.400                 318                    0"
        "             12.718",
        "Reserve sociaal domein              4.215                   0                1.250"
        "              2.965",
    ]
)


def test_follow_ups_take_out_of_and_leave_over_of_the_fund_just_named() -> None:
    answerer = text_answerer(RESERVES)
    history: list[dict[str, str]] = []
    for question, value in [
        ("Hoeveel geld zit er begin 2027 in de spaarpot voor het sociaal domein?", "4215000"),
        ("En hoeveel halen ze daar in 2027 uit?", "1250000"),
        ("Wat blijft er eind 2027 van over?", "2965000"),
        # the particle of 'uithalen' before its verb
        ("Hoeveel is er dat jaar uit gehaald?", "1250000"),
    ]:
        answer = answerer.answer(question, "Proefdorp", history)
        assert answer.figures and answer.figures[0].value == Decimal(value), (question, answer.text)
        history += [{"role": "user", "content": question},
                    {"role": "assistant", "content": answer.text}]  # fmt: skip


def test_the_change_a_budget_amendment_makes_is_not_the_budget() -> None:
    text = "\n".join(
        [
            "# Eerste bestuursrapportage 2027",
            "",
            "## Overzicht van baten en lasten",
            "",
            "Tabel 4 Overzicht van baten en lasten 2027 (bedragen x € 1.000)",
            "",
            "Omschrijving        Begroting 2027 primitief   1e wijziging 2027"
            "   Begroting 2027 na wijziging   Prognose 2027",
            "Totaal lasten                         66.665                 329"
            "                        66.994          68.520",
            "Totaal baten                          66.665                 269"
            "                        66.934          68.072",
            "Resultaat                                  0                 -60"
            "                           -60            -448",
        ]
    )
    answerer = text_answerer(text, kind="bestuursrapportage")
    answer = answerer.answer("Hoeveel bedragen de lasten in 2027?", "Proefdorp")
    assert all(f.value != Decimal("329000") for f in answer.figures), answer.text
    # what one thinks the year ends with is what is now expected of it
    expected = answerer.answer(
        "Met welk resultaat denkt Proefdorp 2027 af te sluiten?", "Proefdorp"
    )
    assert expected.figures and expected.figures[0].value == Decimal("-448000"), expected.text


def test_two_figures_just_given_are_added_up_when_asked() -> None:
    text = "\n".join(
        [
            "# Programmabegroting 2027",
            "",
            "## Algemene dekkingsmiddelen",
            "",
            "Bedragen x € 1.000            Begroting 2026   Begroting 2027",
            "OZB woningen                           7.912            8.236",
            "OZB niet-woningen                      3.804            3.896",
            "Hondenbelasting                          212              218",
        ]
    )
    answerer = text_answerer(text)
    history: list[dict[str, str]] = []
    for question, value in [
        ("Hoeveel brengt de ozb op woningen in 2027 op?", "8236000"),
        ("En op niet-woningen?", "3896000"),  # not the woningen again: 'niet-' kept
    ]:
        answer = answerer.answer(question, "Proefdorp", history)
        assert answer.figures and answer.figures[0].value == Decimal(value), answer.text
        history += [{"role": "user", "content": question},
                    {"role": "assistant", "content": answer.text}]  # fmt: skip
    both = answerer.answer("Hoeveel is dat samen?", "Proefdorp", history)
    assert both.kind == "figure" and both.figures[0].value == Decimal("12132000"), both.text
    assert "8.236.000 + 3.896.000" in (both.figures[0].derivation or "").replace("€ ", "")
    assert len(both.citations) == 2


def test_adding_up_without_two_figures_just_given_is_a_question_back() -> None:
    text = "\n".join(
        [
            "# Programmabegroting 2027",
            "",
            "Bedragen x € 1.000            Begroting 2026   Begroting 2027",
            "OZB woningen                           7.912            8.236",
        ]
    )
    answerer = text_answerer(text)
    question = "Hoeveel brengt de ozb op woningen in 2027 op?"
    first = answerer.answer(question, "Proefdorp")
    history = [{"role": "user", "content": question}, {"role": "assistant", "content": first.text}]
    answer = answerer.answer("Hoeveel is dat samen?", "Proefdorp", history)
    assert answer.kind == "clarification" and not answer.figures, answer.text


def test_earlier_questions_are_replayed_in_the_scope_the_user_chose() -> None:
    from assistant.figure_answers import FigureAnswerer

    own = "\n".join(
        [
            "# Programmabegroting 2027",
            "",
            "Bedragen x € 1.000            Begroting 2026   Begroting 2027",
            "Bijdrage sociale dienst                5.288            5.495",
            "Schuldhulpverlening                      410              420",
        ]
    )
    body = "\n".join(
        [
            "# Eerste bestuursrapportage 2027",
            "",
            "Tabel 5 Bijdragen per deelnemer 2027 (bedragen in €)",
            "",
            "Gemeente          Uitvoeringskosten   Schuldhulpverlening       Totaal",
            "Proefdorp                 3.281.601               615.625    3.897.226",
            "Testwoude                 2.137.397               401.571    2.538.968",
            "Totaal                    5.418.998             1.017.196    6.436.194",
        ]
    )
    cells = [
        *document_figures(parse_sections(own), document_id="proefdorp", municipality="Proefdorp"),
        *document_figures(parse_sections(body), document_id="sd", municipality="Sociale Dienst"),
    ]
    answerer = FigureAnswerer(cells, {}, "")
    question = "Wat betaalt Proefdorp in 2027 aan de sociale dienst voor schuldhulpverlening?"
    first = answerer.answer(question, "Sociale Dienst", chosen=True)
    assert first.figures and first.figures[0].value == Decimal("615625"), first.text
    history = [{"role": "user", "content": question}, {"role": "assistant", "content": first.text}]
    # Proefdorp has documents of its own, but the question was asked of the body's
    follow = answerer.answer("En Testwoude?", "Sociale Dienst", history, chosen=True)
    assert follow.figures and follow.figures[0].value == Decimal("401571"), follow.text


def test_a_budget_version_asked_that_no_column_names_is_not_guessed() -> None:
    text = "\n".join(
        [
            "# Jaarstukken 2024",
            "",
            "Overzicht van baten en lasten 2024 (bedragen x € 1.000)",
            "",
            "Programma               Lasten Begroting   Lasten Begroting   Lasten Realisatie",
            "3. Sociaal Domein                 42.276             44.119              45.358",
        ]
    )
    answer = text_answerer(text, year="2024", kind="jaarstukken").answer(
        "Hoeveel was er na alle begrotingswijzigingen begroot aan lasten voor het sociaal "
        "domein?",
        "Proefdorp",
    )
    # two budget columns, neither named 'na wijziging': neither is given as that one
    assert not answer.figures, answer.text


WNT = "\n".join(
    [
        "# Verantwoording WNT",
        "",
        "Bezoldiging topfunctionaris (bedragen in €)",
        "                                          2026 Directeur    2025 Directeur",
        "Beloning                                          98.436            93.112",
        "Beloningen betaalbaar op termijn                  16.847            15.781",
        "Bezoldiging                                      115.283           108.893",
        "Individueel toepasselijk bezoldigingsmaximum     233.180           218.940",
    ]
)


def test_a_word_every_column_prints_names_the_rows() -> None:
    # 'Directeur' heads both columns: the table is about the director, as a caption says
    answerer = text_answerer(WNT)
    question = "Wat was de bezoldiging van de directeur in 2026?"
    answer = answerer.answer(question, "Proefdorp")
    assert answer.figures and answer.figures[0].value == Decimal("115283"), answer.text
    # a follow-up about what no row names by that word is no repeat of the last figure,
    # however it is asked in the past tense
    history = [{"role": "user", "content": question},
               {"role": "assistant", "content": answer.text}]  # fmt: skip
    again = answerer.answer("En wat was het plafond dat voor haar gold?", "Proefdorp", history)
    assert all(f.value != Decimal("115283") for f in again.figures), again.text


OVERVIEW_AND_RESERVES = RESERVES + "\n".join(
    [
        "",
        "",
        "## Overzicht van baten en lasten",
        "",
        "Bedragen x € 1.000                 Begroting 2027",
        "Totaal lasten                             142.300",
        "Totaal baten                              140.900",
        "Toevoeging aan reserves                       318",
        "Onttrekking aan reserves                    1.250",
        "Resultaat                                    -468",
    ]
)


def test_er_with_a_particle_before_the_verb_goes_on_about_the_fund_just_named() -> None:
    """'Hoeveel is er in 2027 aan onttrokken?': 'er ... aan' is the reserve just named, not
    the overview's withdrawals from all reserves."""
    answerer = text_answerer(OVERVIEW_AND_RESERVES)
    history: list[dict[str, str]] = []
    for question, value in [
        ("Hoeveel stond er begin 2027 in de algemene reserve?", "12400000"),
        ("Hoeveel is er in 2027 aan toegevoegd?", "318000"),
        ("Hoeveel zit er eind 2027 in de reserve sociaal domein?", "2965000"),
        ("Hoeveel is er in 2027 aan onttrokken?", "1250000"),
    ]:
        answer = answerer.answer(question, "Proefdorp", history)
        assert answer.figures and answer.figures[0].value == Decimal(value), (question, answer.text)
        assert "Overzicht" not in answer.text, answer.text
        history += [{"role": "user", "content": question},
                    {"role": "assistant", "content": answer.text}]  # fmt: skip


CAPTIONED_MOVES = "\n".join(
    [
        "# Jaarstukken 2031",
        "",
        "## Reserves",
        "",
        "Tabel 17 Verloop van de reserves in 2031 (bedragen x € 1.000)",
        "Reserve          Stand 1-1-2031   Resultaat 2030   Toevoeging   Onttrekking"
        "   Stand 31-12-2031",
        "Reserve dijken            5.960                0        1.200           680"
        "              6.480",
        "Algemene reserve         12.400              250          318             0"
        "             12.968",
    ]
)


def test_a_movement_column_dated_by_its_caption_answers_for_that_year() -> None:
    """'Toevoeging' and 'Onttrekking' between two stands of 2031 under a caption of 2031 (the
    result of 2030 added beside them: the header names two years)."""
    answerer = text_answerer(CAPTIONED_MOVES, year="2031", kind="jaarstukken")
    history: list[dict[str, str]] = []
    for question, value in [
        ("Hoeveel is er in 2031 aan de reserve dijken onttrokken?", "680000"),
    ]:
        answer = answerer.answer(question, "Proefdorp", history)
        assert answer.figures and answer.figures[0].value == Decimal(value), (question, answer.text)
        history += [{"role": "user", "content": question},
                    {"role": "assistant", "content": answer.text}]  # fmt: skip
