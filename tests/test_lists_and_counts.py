"""Figures listed in a sentence, and counts of people told from counts of households
(issue 13). A bestuursrapportage of a fictitious sociale dienst prints its members'
households with an uitkering in a table and their inwoners in a sentence under it.
"""

from __future__ import annotations

from decimal import Decimal

from assistant.figures import _listed_figures

from .conftest import text_answerer

HOUSEHOLDS = [
    "# Eerste bestuursrapportage 2027",
    "",
    "## 2 Ontwikkeling van het klantenbestand",
    "",
    "Tabel 2 Aantal huishoudens met een uitkering Participatiewet per deelnemer",
    "",
    "Gemeente          1 januari 2026   1 januari 2027",
    "Proefdorp                    712              731",
    "Testwoude                    128              131",
    "Voorbeeldam                  574              589",
]
LIST = (
    "Inwonersaantallen per 1 januari 2026 (CBS): Proefdorp 42.318; Testwoude 27.604; "
    "Voorbeeldam 18.935."
)


def test_a_list_of_names_with_figures_in_a_sentence_is_read_as_rows() -> None:
    cells = _listed_figures(LIST)
    assert [(c.row, c.value, c.unit, c.period) for c in cells] == [
        ("Proefdorp", 42318, "count", "2026"),
        ("Testwoude", 27604, "count", "2026"),
        ("Voorbeeldam", 18935, "count", "2026"),
    ]
    # a sentence with a colon is no list unless every item is a name and a figure
    assert _listed_figures("De lasten stijgen: jeugd met 5 en de Wmo met 6; overig 2.") == []


def test_inhabitants_are_answered_from_the_list_not_the_households() -> None:
    answerer = text_answerer("\n".join([*HOUSEHOLDS, "", LIST]), "Sociale Dienst")
    answer = answerer.answer("Hoeveel inwoners heeft Testwoude?", "Sociale Dienst")
    assert answer.figures and answer.figures[0].value == Decimal("27604"), answer.text


def test_a_count_of_households_is_no_count_of_inhabitants() -> None:
    answerer = text_answerer("\n".join(HOUSEHOLDS), "Sociale Dienst")
    answer = answerer.answer("Hoeveel inwoners heeft Testwoude?", "Sociale Dienst")
    assert not answer.figures, answer.text
    counted = answerer.answer(
        "Hoeveel huishoudens in Testwoude hadden op 1 januari 2027 een uitkering?", "Sociale Dienst"
    )
    assert counted.figures and counted.figures[0].value == Decimal("131"), counted.text


def test_a_part_of_a_sum_that_two_rows_answer_alike_adds_nothing() -> None:
    text = "\n".join(
        [
            "# Jaarstukken 2024",
            "",
            "Overzicht baten en lasten per taakveld (bedragen x € 1.000)",
            "",
            "Taakveld                                  Lasten     Baten",
            "6.71 Maatwerkdienstverlening 18+           4.120       310",
            "6.72 Maatwerkdienstverlening 18-           5.308       120",
            "6.81 Geëscaleerde zorg 18+                   356        12",
            "6.82 Geëscaleerde zorg 18-                 6.074        40",
        ]
    )
    answer = text_answerer(text, "Proefdorp").answer(
        "Wat kostte de jeugdhulp in 2024 in totaal, dus maatwerkdienstverlening 18- en "
        "geëscaleerde zorg 18- samen?",
        "Proefdorp",
    )
    # '18-' and '18+' read alike: the 18+ row is never added in its place
    assert all(f.value != Decimal("5664000") for f in answer.figures), answer.text


INDICATORS = """# Programmabegroting 2026

## Programma 2 Sociaal domein

Tabel 2.1 Beleidsindicatoren programma 2 (aantallen)

Indicator                                       2024   Begroot 2026
Aantal aanvragen bijzondere bijstand             538            520
Aantal cursisten taalpunt                         84             90
"""


def test_a_count_of_what_people_ask_for_is_no_count_of_people() -> None:
    """'Hoeveel mensen hebben een bijstandsuitkering?' is not answered with the number of
    requests for bijzondere bijstand: the row counts aanvragen, not people."""
    answerer = text_answerer(INDICATORS, "Proefdorp", year="2026", kind="begroting")
    answer = answerer.answer(
        "Hoeveel mensen met een bijstandsuitkering verwacht Proefdorp in 2026?", "Proefdorp"
    )
    assert not any(f.value == Decimal(520) for f in answer.figures), answer.text


def test_a_count_of_people_named_otherwise_still_answers() -> None:
    answerer = text_answerer(INDICATORS, "Proefdorp", year="2026", kind="begroting")
    answer = answerer.answer(
        "Hoeveel mensen volgen in 2026 een cursus bij het taalpunt?", "Proefdorp"
    )
    assert [f.value for f in answer.figures] == [Decimal(90)], answer.text


def test_a_count_of_the_things_the_question_names_answers() -> None:
    """'Hoeveel aanvragen ...?': the aanvragen asked are what the row counts."""
    answerer = text_answerer(INDICATORS, "Proefdorp", year="2026", kind="begroting")
    answer = answerer.answer(
        "Hoeveel aanvragen voor bijzondere bijstand verwacht Proefdorp in 2026?", "Proefdorp"
    )
    assert [f.value for f in answer.figures] == [Decimal(520)], answer.text
