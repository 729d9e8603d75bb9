"""Two documents of one municipality: a begroting whose 'Begroting 2025' column was the
plan, and the jaarstukken 2025 that print what was done. A question about 2025 without a
budget word is about what was done; a realisation asked of a year that has only a budget is
refused. Laid out as PDFs print them: a taakveld label wrapped around its figures, V and N
set apart, a caption at the end of the paragraph above its table. Made-up municipality
Proefdorp."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.figure_answers import FigureAnswerer
from assistant.figures import document_figures
from assistant.parsing import parse_sections

BEGROTING = """Programmabegroting 2026

Financieel overzicht

Tabel 3.1 Algemene dekkingsmiddelen (bedragen x € 1.000)
                                      Rekening 2024   Begroting 2025   Begroting 2026
0.7 Algemene uitkering gemeentefonds         41.020           42.300           44.150
0.61 OZB woningen                             4.810            5.020            5.260

Tabel 2.1 Lasten per programma (bedragen x € 1.000)
                                      Rekening 2024   Begroting 2025   Begroting 2026
Lasten
Programma 2 Sociaal Domein                   30.110           31.400           32.900
"""

JAARSTUKKEN = """Jaarstukken 2025

Overzicht

De realisatie wijkt op enkele posten af van de begroting na wijziging. Hieronder de cijfers.
Tabel 4.1 Algemene dekkingsmiddelen (bedragen in €)

                               Begroting 2025     Begroting 2025     Realisatie
    Omschrijving                    primitief       na wijziging           2025      Verschil
    0.61 OZB woningen               5.020.000          5.020.000      5.061.300      41.300  V
0.7 Algemene uitkering
                                   42.300.000         43.050.000     43.612.480     562.480  V
gemeentefonds

Tabel 2.1 Overzicht per programma (bedragen in €)
                               Begroting 2025     Begroting 2025     Realisatie
    Omschrijving                    primitief       na wijziging           2025      Verschil
Programma 2 Sociaal Domein
    Lasten                         31.400.000         32.150.000     32.977.610     827.610  N
    Baten                           8.100.000          8.300.000      8.412.000     112.000  V
"""


def _answerer(*documents: tuple[str, str, str, str]) -> FigureAnswerer:
    """The figure answerer over documents of Proefdorp: (id, text, type, year) each."""
    cells = []
    for doc, text, _, _ in documents:
        cells += document_figures(parse_sections(text), document_id=doc, municipality="Proefdorp")
    return FigureAnswerer(
        cells,
        {},
        "",
        document_years={doc: year for doc, _, _, year in documents},
        document_types={doc: kind for doc, _, kind, _ in documents},
    )


@pytest.fixture(scope="module")
def answerer() -> FigureAnswerer:
    return _answerer(
        ("proefdorp-begroting-2026", BEGROTING, "begroting", "2026"),
        ("proefdorp-jaarstukken-2025", JAARSTUKKEN, "jaarstukken", "2025"),
    )


def test_a_label_wrapped_around_its_figures_names_them() -> None:
    """'0.7 Algemene uitkering' above the figures, 'gemeentefonds' below, 'V' set apart."""
    cells = document_figures(parse_sections(JAARSTUKKEN), document_id="j", municipality="P")
    named = {c.row for c in cells if c.value == Decimal("43612480")}
    assert named == {"0.7 Algemene uitkering gemeentefonds"}


def test_a_caption_at_the_end_of_a_paragraph_names_the_table_below() -> None:
    cells = document_figures(parse_sections(JAARSTUKKEN), document_id="j", municipality="P")
    tables = {c.table for c in cells if c.row == "0.61 OZB woningen"}
    assert tables == {"Tabel 4.1 Algemene dekkingsmiddelen (bedragen in €)"}


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Hoeveel kreeg Proefdorp in 2025 uit het gemeentefonds?", 43612480),
        ("Hoeveel gaf Proefdorp in 2025 uit aan het sociaal domein?", 32977610),
        ("Hoeveel was voor 2025 begroot voor het gemeentefonds?", 42300000),
        ("Hoeveel ontvangt Proefdorp in 2026 uit het gemeentefonds?", 44150000),
    ],
)
def test_a_past_year_is_answered_from_the_document_that_reports_it(
    answerer: FigureAnswerer, question: str, value: int
) -> None:
    answer = answerer.answer(question, "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert abs(answer.figures[0].value) == value


def test_a_realisation_of_a_year_with_only_a_budget_is_refused(answerer: FigureAnswerer) -> None:
    answer = answerer.answer(
        "Wat waren de werkelijke lasten van het sociaal domein in 2026?", "Proefdorp"
    )
    assert answer.kind == "refusal" and not answer.figures
    assert "Begroting 2026" in answer.text


def test_a_follow_up_for_a_planned_year_goes_to_the_document_that_plans_it(
    answerer: FigureAnswerer,
) -> None:
    """After the realisation of 2025 (jaarstukken), 'En wat is daarvoor in 2026 begroot?' is
    the same row in the begroting, not a refusal because the jaarstukken stop at 2025."""
    first = "Hoeveel kreeg Proefdorp in 2025 uit het gemeentefonds?"
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": answerer.answer(first, "Proefdorp").text},
    ]
    answer = answerer.answer("En wat is daarvoor in 2026 begroot?", "Proefdorp", history)
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == 44150000


def test_a_thing_no_document_prints_is_still_refused(answerer: FigureAnswerer) -> None:
    answer = answerer.answer("Hoeveel kosten de laadpalen in 2026?", "Proefdorp")
    assert answer is None or not answer.figures


SPRING_NOTE = """Voorjaarsnota 2026

3.3 Programma Sociaal Domein

Tabel 3.3 Mutaties programma Sociaal Domein (bedragen in euro's)
                                                       2026        2027        2028
A3.1 Jeugdhulp: hogere tarieven en meer jeugdigen   -1.100.000  -1.000.000    -950.000
A3.2 Wmo-huishoudelijke hulp                          -240.000    -250.000    -260.000
"""


def test_a_kind_of_document_cited_without_its_year_is_where_the_figure_is_read() -> None:
    """'volgens de voorjaarsnota': the words that cite the document name no row, so a row
    that names only the subject asked is found there."""
    answerer = _answerer(
        ("proefdorp-begroting-2026", BEGROTING, "begroting", "2026"),
        ("proefdorp-voorjaarsnota-2026", SPRING_NOTE, "voorjaarsnota", "2026"),
    )
    answer = answerer.answer(
        "Hoeveel kost de jeugdhulp extra in 2028 volgens de voorjaarsnota?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("-950000"), answer.text


AUTUMN_NOTE = """Najaarsnota 2026

Tabel 2 Financieel beeld na de najaarsnota (bedragen x € 1.000)
                                           Begroting 2026   Prognose 2026
Totaal lasten                                     129.468         131.169
Totaal baten                                      128.330         128.892

Tabel 3 Afwijkingen in deze najaarsnota (prognose t.o.v. actuele begroting, x € 1.000)
                                                     2026
Programma 5 Sociaal domein                       -/- 1.519
Totaal effect najaarsnota                        -/- 1.139
"""


def test_a_nota_said_as_where_to_read_names_no_row() -> None:
    """'volgens de prognose in de najaarsnota': 'in de najaarsnota' says where to read, as
    'volgens de najaarsnota' does, also where the manifest calls the nota a
    bestuursrapportage; the row of the nota's own effect is not the lasten."""
    answerer = _answerer(
        ("proefdorp-begroting-2026", BEGROTING, "begroting", "2026"),
        ("proefdorp-najaarsnota-2026", AUTUMN_NOTE, "bestuursrapportage", "2026"),
    )
    answer = answerer.answer(
        "Wat zijn de totale lasten in 2026 volgens de prognose in de najaarsnota?", "Proefdorp"
    )
    assert [f.value for f in answer.figures] == [Decimal("131169000")], answer.text
