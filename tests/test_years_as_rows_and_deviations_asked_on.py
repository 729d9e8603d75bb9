"""A table whose rows are years named with their status ('Realisatie 2042', 'Begroting 2043
na wijziging') under programmes as columns; a follow-up that asks how far the last figure was
overrun; a follow-up of a question about what was really spent stays about what was spent;
the years in a document's name ('de Kadernota 2042-2045') are not the years asked."""

from __future__ import annotations

from decimal import Decimal

from .conftest import text_answerer

# years as rows, each named with its status; programmes as columns
NET_PER_PROGRAMME = (
    "# 1 Financieel overzicht\n\n"
    "Tabel 1.2 Netto lasten per programma 2041-2043 (bedragen x € 1.000)\n"
    "                              Bestuur     Zorg     Ruimte\n"
    "Realisatie 2041                 7.395,1   38.912,4   11.870,6\n"
    "Realisatie 2042                 7.511,9   41.288,7   12.004,3\n"
    "Begroting 2043 na wijziging     7.890,1   45.254,8   14.993,4\n"
    "Realisatie 2043                 7.757,9   46.145,2   13.419,1\n"
)

# a jaarstukken table: the budget, the outcome and how far apart they are, per row
COSTS = (
    "# 3 Programma Zorg\n\n"
    "Tabel 3.2 Wat heeft het gekost? (bedragen in euro's)\n"
    "Lasten             Begroting 2043 na wijziging   Realisatie 2043   Verschil\n"
    "Jeugd                       20.540.700          21.612.487      1.071.787\n"
    "Wmo                         15.012.300          15.688.214        675.914\n"
    "Onderwijs                    4.402.750           3.974.200       -428.550\n"
    "Totaal lasten               39.955.750          41.274.901      1.319.151\n"
)

# a begroting: plans for years that have not been done yet
PLANNED = (
    "# 3 Programma Zorg\n\n"
    "Overzicht 3.1 Baten en lasten Zorg\n"
    "2041 2042 2043 2044\n"
    "Lasten\n"
    "Wijkteams 8.410.220 8.512.904 8.601.300 8.690.000\n"
    "Leerlingenvervoer 1.204.118 1.230.500 1.251.020 1.270.400\n"
    "Totaal lasten 9.614.338 9.743.404 9.852.320 9.960.400\n"
)


def _conversation(answerer, questions: list[str]) -> list:
    history: list[dict[str, str]] = []
    answers = []
    for question in questions:
        answer = answerer.answer(question, "Proefdorp", history)
        answers.append(answer)
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.text},
        ]
    return answers


def test_years_named_with_their_status_as_rows_go_on_along_the_programme() -> None:
    answerer = text_answerer(NET_PER_PROGRAMME, year="2043", kind="jaarstukken")
    answers = _conversation(answerer, [
        "Wat waren de werkelijke netto lasten van het programma Zorg in 2042?",
        "En in 2041?",
        "En wat was er voor 2043 begroot?",
        "En voor Ruimte?",
    ])  # fmt: skip
    expected = ["41288700", "38912400", "45254800", "14993400"]
    for answer, value in zip(answers, expected):
        assert answer.kind == "figure", answer.text
        assert answer.figures[0].value == Decimal(value), answer.text


def test_how_far_the_last_figure_was_overrun_is_its_rows_deviation() -> None:
    """'En hoeveel ging daar overheen?' after a row's budget: that row's Verschil, never
    the budget again nor the total's deviation."""
    answerer = text_answerer(COSTS, year="2043", kind="jaarstukken")
    first = "Hoeveel was er na wijziging begroot voor jeugd in 2043?"
    for follow_up in (
        "En hoeveel ging daar overheen?",
        "En met hoeveel is dat overschreden?",
        "En wat was het verschil?",
    ):
        budget, deviation = _conversation(answerer, [first, follow_up])
        assert budget.figures[0].value == Decimal("20540700"), budget.text
        assert deviation.kind == "figure", (follow_up, deviation.text)
        assert deviation.figures[0].value == Decimal("1071787"), (follow_up, deviation.text)


def test_what_was_really_spent_asked_on_is_never_answered_with_a_plan() -> None:
    """'En in 2043?' after 'Wat waren de werkelijke lasten ... in 2042?' in a begroting:
    2043 has a plan only, as 2042 had; the plan is not what was spent."""
    answerer = text_answerer(PLANNED, year="2041", kind="begroting")
    first, then = _conversation(answerer, [
        "Wat waren de werkelijke lasten van de wijkteams in 2042?",
        "En in 2043?",
    ])  # fmt: skip
    assert first.kind == "refusal" and not first.figures, first.text
    assert then.kind == "refusal" and not then.figures, then.text
    # ... while a plan asked for is answered
    answer = answerer.answer("Wat is er in 2043 begroot voor de wijkteams?", "Proefdorp")
    assert answer.figures[0].value == Decimal("8601300"), answer.text


def test_the_years_a_documents_name_spans_are_not_the_year_asked() -> None:
    """'in 2043 volgens de Kadernota 2042-2044': the figure of 2043, never the sum of the
    years the kadernota plans."""
    answerer = text_answerer(PLANNED, year="2041", kind="begroting")
    for question, value in (
        ("Wat zijn de lasten van de wijkteams in 2043 volgens de Kadernota 2042-2044?", "8601300"),
        ("Hoeveel is er in 2043 voor leerlingenvervoer begroot in de meerjarenraming 2042-2044?",
         "1251020"),
    ):  # fmt: skip
        answer = answerer.answer(question, "Proefdorp")
        assert answer.kind == "figure" and len(answer.figures) == 1, (question, answer.text)
        assert answer.figures[0].value == Decimal(value), (question, answer.text)
