"""Two editions of one municipality's begroting side by side: the 2020 edition prints a
column for 2021 (its meerjarenraming), the 2021 edition prints 2021 as its own budget with
other figures. A question that names the edition ('in de programmabegroting 2021', 'volgens
de begroting 2020') is answered from that edition only. Made-up municipality Proefdorp."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.figure_answers import FigureAnswerer

from .conftest import converse, documents_answerer

EDITION_2020 = """Programmabegroting 2020

Overzicht 3.1 Baten en lasten Sociaal domein

Lasten                          2020          2021          2022
Jeugd                     16.695.012    16.060.788    16.357.714
Onderwijs                  4.041.511     4.048.147     4.069.019
Totaal lasten             20.736.523    20.108.935    20.426.733
"""

EDITION_2021 = """Programmabegroting 2021

Overzicht 3.1 Baten en lasten Sociaal domein

Lasten                          2021          2022          2023
Jeugd                     17.254.391    17.301.022    17.410.880
Onderwijs                  4.186.225     4.250.310     5.512.664
Totaal lasten             21.440.616    21.551.332    22.923.544
"""


def _answerer_of(documents: dict[str, str]) -> FigureAnswerer:
    """The figure answerer over documents named '<municipality>-<type>-<year>'."""
    return documents_answerer(documents)


@pytest.fixture(scope="module")
def answerer() -> FigureAnswerer:
    return _answerer_of(
        {"proefdorp-begroting-2020": EDITION_2020, "proefdorp-begroting-2021": EDITION_2021}
    )


def test_the_edition_named_answers_not_the_column_of_that_year_in_another(answerer) -> None:
    answer = answerer.answer(
        "Wat zijn de lasten van Onderwijs in de programmabegroting 2021?", "Proefdorp"
    )
    assert [f.value for f in answer.figures] == [4186225], answer.text
    older = answerer.answer("Hoeveel was er voor Jeugd geraamd in 2021 volgens de begroting 2020?",
                            "Proefdorp")  # fmt: skip
    assert [f.value for f in older.figures] == [16060788], older.text


def test_a_conversation_stays_in_the_edition_named(answerer) -> None:
    history: list[dict[str, str]] = []
    first = "Wat zijn de lasten van Onderwijs in de programmabegroting 2021?"
    said = answerer.answer(first, "Proefdorp", history)
    history += [{"role": "user", "content": first}, {"role": "assistant", "content": said.text}]
    later = answerer.answer("En in 2023?", "Proefdorp", history)
    assert [f.value for f in later.figures] == [5512664], later.text


def test_a_share_reads_the_edition_named(answerer) -> None:
    answer = answerer.answer(
        "Welk percentage van de totale lasten 2021 gaat naar Jeugd volgens de begroting 2021?",
        "Proefdorp",
    )
    assert answer.figures and abs(float(answer.figures[0].value) - 80.47) < 0.01, answer.text


def test_a_difference_between_two_editions_reads_each_edition(answerer) -> None:
    """'meer in de begroting 2021 dan in de begroting 2020' compares the editions, each in
    its own year (or the year the question names besides them): never the columns 2020 and
    2021 of one of them."""
    answer = answerer.answer(
        "Hoeveel meer is er in de programmabegroting 2021 voor Jeugd begroot dan in de "
        "programmabegroting 2020?",
        "Proefdorp",
    )
    assert [f.value for f in answer.figures] == [17254391 - 16695012], answer.text
    assert len(answer.citations) == 2
    assert {c.document for c in answer.citations} == {
        "proefdorp-begroting-2020", "proefdorp-begroting-2021"
    }
    later = answerer.answer(
        "Hoeveel hoger is de raming voor Onderwijs voor 2022 in de begroting 2021 dan in de "
        "begroting 2020?",
        "Proefdorp",
    )
    assert [f.value for f in later.figures] == [4250310 - 4069019], later.text
    grown = answerer.answer(
        "Met hoeveel procent stijgen de totale lasten van de begroting 2020 naar de begroting "
        "2021?",
        "Proefdorp",
    )
    assert grown.figures and abs(float(grown.figures[0].value) - 3.3954) < 0.001, grown.text


def test_a_year_one_edition_does_not_print_is_refused_across_editions(answerer) -> None:
    answer = answerer.answer(
        "Hoeveel hoger is de raming voor Jeugd voor 2023 in de begroting 2021 dan in de "
        "begroting 2020?",
        "Proefdorp",
    )
    assert answer.kind == "refusal" and not answer.figures, answer.text


def test_what_was_really_spent_in_a_year_of_the_meerjarenraming_is_refused(answerer) -> None:
    """'2022' in a begroting of 2021 is a raming, though its column says only the year."""
    answer = answerer.answer(
        "Hoeveel heeft Proefdorp in 2022 werkelijk uitgegeven aan Jeugd?", "Proefdorp"
    )
    assert answer.kind == "refusal" and not answer.figures, answer.text


def test_what_a_year_had_is_what_the_later_edition_reports_not_the_earlier_plan() -> None:
    """The 2020 edition planned 330.000 visitors for 2019; the 2021 edition reports 287.412
    for 2019: 'Hoeveel bezoekers had de website in 2019?' is the latter."""
    documents = {
        "proefdorp-begroting-2020": "Programmabegroting 2020\n\nBeleidsindicatoren\n\n"
        "Indicator                        Begroot 2020   Begroot 2019       2018\n"
        "Aantal bezoekers website              300.000        330.000    296.265\n",
        "proefdorp-begroting-2021": "Programmabegroting 2021\n\nBeleidsindicatoren\n\n"
        "Indicator                        Begroot 2021   Begroot 2020       2019\n"
        "Aantal bezoekers website              280.000        300.000    287.412\n",
    }
    answerer = documents_answerer(documents)
    answer = answerer.answer("Hoeveel bezoekers had de website in 2019?", "Proefdorp")
    assert [f.value for f in answer.figures] == [287412], answer.text
    planned = answerer.answer("Hoeveel bezoekers waren er voor 2019 begroot?", "Proefdorp")
    assert [f.value for f in planned.figures] == [330000], planned.text


def test_a_question_that_names_no_edition_is_asked_back_with_each_editions_figure(
    answerer,
) -> None:
    answer = answerer.answer("Hoeveel geeft Proefdorp uit aan jeugd?", "Proefdorp")
    assert answer.kind == "clarification" and not answer.figures, answer.text
    assert "16.695.012" in answer.text and "17.254.391" in answer.text
    assert "begroting 2020" in answer.text and "begroting 2021" in answer.text


def test_columns_compared_within_the_edition_named_keep_their_years(answerer) -> None:
    """'van 2021 naar 2022 volgens de begroting 2020': two columns of that edition; the
    edition's own year names where they are read, no third moment."""
    answer = answerer.answer(
        "Hoeveel stijgen de lasten van Jeugd van 2021 naar 2022 volgens de begroting 2020?",
        "Proefdorp",
    )
    assert [f.value for f in answer.figures] == [16357714 - 16060788], answer.text
    compared = answerer.answer(
        "Hoeveel stijgen de lasten van Jeugd van 2020 naar de begroting 2021?", "Proefdorp"
    )
    # (the column 2020 of the begroting 2020 against the begroting 2021's own: not yet read
    # across the editions, so refused; never the two columns of one edition)
    assert compared.kind == "refusal" or [f.value for f in compared.figures] == [
        17254391 - 16695012
    ], compared.text


BULLETS_2020 = """Begroting 2020

# Uitvoeringsplan sociaal domein

Voor het uitvoeringsplan is een budget beschikbaar van € 410.000.

- Kansrijke Start (€ 20.000): Dit is bestemd voor het actieplan van de lokale coalitie.
- Grip op sociaal domein (€ 40.000): Dit is bestemd voor het dashboard en de analyses.
"""

BULLETS_2021 = """Begroting 2021

# Uitvoeringsplan sociaal domein

Voor het uitvoeringsplan is een budget beschikbaar van € 487.500.

- Kansrijke Start (€ 24.000): Dit is bestemd voor het actieplan van de lokale coalitie.
- Grip op sociaal domein (€ 46.000): Dit is bestemd voor het dashboard en de analyses.
- Cultuur (€ 27.500): Dit is bestemd voor het cultuurakkoord en de cultuurvisie.

Het restant van € 47.500 blijft beschikbaar voor nieuwe interventies.
"""


def test_a_conversation_goes_on_in_the_edition_its_first_question_named() -> None:
    """'En voor Grip op sociaal domein?' after a question of 'de begroting 2021': the amount
    of that edition, whose sentences print no year of their own (never the 2020 one, nor a
    refusal for want of a year)."""
    answerer = _answerer_of(
        {"proefdorp-begroting-2020": BULLETS_2020, "proefdorp-begroting-2021": BULLETS_2021}
    )
    converse(answerer, "Proefdorp", {
        "Hoeveel is in de begroting 2021 gereserveerd voor Kansrijke Start?": 24000,
        "En voor Grip op sociaal domein?": 46000,
        "Hoeveel blijft er dan in 2021 nog over voor nieuwe interventies?": 47500,
    })  # fmt: skip


BEGROTING_2024 = """Begroting 2024

Tabel 2.3 Baten en lasten P2 Zorg (bedragen x € 1.000)

                 Begroting 2024   Begroting 2025   Begroting 2026
Lasten                  -38.934          -39.593          -39.802
Baten                     6.120            6.204            6.251
"""

KADERNOTA_2025 = """Kadernota 2025

Tabel 1 Financieel meerjarenperspectief 2025-2028 (bedragen x € 1.000)

                                   2025       2026       2027       2028
Vertrekpunt kadernota 2025           37     -4.584     -3.197     -2.950

Tabel 6 Baten en lasten per programma na verwerking van de kadernota (bedragen x € 1.000)

                                   2025       2026       2027       2028
Lasten
P1 Bestuur                       -9.870     -9.912     -9.960    -10.004
P2 Zorg                         -40.618    -40.911    -41.020    -41.305
Baten
P1 Bestuur                        1.204      1.210      1.215      1.220
P2 Zorg                           6.310      6.355      6.390      6.412

# Veiligheid

Voor cameratoezicht in het centrum vragen wij eenmalig € 85.000, na de positieve evaluatie
van de proef in 2023.
"""


def test_a_kadernota_beside_the_begroting_it_starts_from() -> None:
    """The year that names the kadernota is not a figure's year ('het vertrekpunt van de
    kadernota 2025 voor 2026'); a sentence's amount whose sentence names an earlier event's
    year after it is the kadernota's own; and 'En volgens de begroting 2024?' reads the year
    of the last figure in the document named now."""
    answerer = _answerer_of(
        {"proefdorp-begroting-2024": BEGROTING_2024, "proefdorp-kadernota-2025": KADERNOTA_2025}
    )
    answer = answerer.answer(
        "Hoe groot is het tekort in het vertrekpunt van de kadernota 2025 voor 2026?", "Proefdorp"
    )
    assert [f.value for f in answer.figures] == [-4584000], answer.text
    answer = answerer.answer(
        "Wat kost het cameratoezicht in het centrum volgens de kadernota 2025?", "Proefdorp"
    )
    assert [f.value for f in answer.figures] == [85000], answer.text
    converse(answerer, "Proefdorp", {
        "Wat zijn de lasten van Zorg in 2025 volgens de kadernota 2025?": -40618000,
        "En volgens de begroting 2024?": -39593000,
    })  # fmt: skip


def test_a_kind_of_document_named_without_its_year_is_read() -> None:
    """'volgens de jaarstukken' names the jaarstukken: an indicator's realisation there, not
    the target the begroting prints for the same year under the same label."""
    answerer = _answerer_of(
        {
            "proefdorp-begroting-2020": (
                "# Participatie\n\n"
                "Tabel 3.1 Metingen\n"
                "Indicator                                   Begroot 2020\n"
                "Aantal cursisten taalcursus ROC                       20\n"
                "Aantal uitkeringsgerechtigden                        460\n"
            ),
            "proefdorp-jaarstukken-2020": (
                "# Participatie\n\n"
                "Tabel 3.1 Beleidsindicatoren\n"
                "Indicator                              Streefwaarde 2020   Realisatie 2020\n"
                "Aantal cursisten taalcursus ROC                       20                14\n"
                "Aantal uitkeringsgerechtigden                        460               497\n"
            ),
        }
    )
    answer = answerer.answer(
        "Hoeveel cursisten volgden in 2020 een taalcursus bij het ROC volgens de jaarstukken?",
        "Proefdorp",
    )
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("14"), answer.text
    answer = answerer.answer(
        "Hoeveel uitkeringsgerechtigden had Proefdorp in 2020 volgens de jaarstukken?",
        "Proefdorp",
    )
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("497"), answer.text
