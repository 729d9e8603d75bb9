"""Words a question says apart that a document prints as one compound ('thuis komen te
zitten' and the 'thuiszitterstafel'; 'het verzuimmeldpunt' for the Meldpunt Verzuim); a share
the table prints in a column of shares, given as printed; the result of the whole budget in a
row that notes its sign ('Geraamd resultaat (+ = voordelig)'), also as a year's shortfall; the
figure an earlier budget planned for a year, compared with; and a school year as one column.
Made-up bodies, municipalities and figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .conftest import conversation, indexed_assistant

ROW = "{:<46}{:>12}{:>12}{:>12}"

MANIFEST = """documents:
- file: meldpunt-verzuim-proefland-begroting-2035.md
  municipality: Meldpunt Verzuim Proefland
  year: 2035
  type: begroting
  title: Begroting 2035
- file: kleiveen-begroting-2035.md
  municipality: Kleiveen
  year: 2035
  type: begroting
  title: Programmabegroting 2035
"""

MELDPUNT = "\n".join(
    [
        "# Begroting 2035",
        "",
        "## 1 Inleiding",
        "",
        "Het Meldpunt Verzuim Proefland voert voor vier gemeenten de leerplichtwet uit.",
        "",
        "## 2 Programmaplan",
        "",
        "### Wat willen we bereiken?",
        "",
        "Elke leerling gaat naar school en niemand valt uit.",
        "",
        "### Wat gaan we daarvoor doen?",
        "",
        "Op elke school is er een thuiszitterstafel, waar school, jeugdarts en leerplicht",
        "samen een plan maken voor elke thuiszitter. De consulenten houden wekelijks",
        "spreekuren op de scholen voor voortgezet onderwijs.",
        "",
        "## 3 Bijdragen van de deelnemers",
        "",
        "Tabel 3.1 Verdeelsleutel en bijdrage per gemeente (bijdragen in euro's)",
        ROW.format("Gemeente", "Aandeel", "2034", "2035"),
        ROW.format("Kleiveen", "41,37%", "402.118", "415.903"),
        ROW.format("Zandhove", "33,12%", "321.560", "332.961"),
        ROW.format("Heidedorp", "25,51%", "247.722", "256.456"),
        ROW.format("Totaal", "100,00%", "971.400", "1.005.320"),
    ]
)

KLEIVEEN = "\n".join(
    [
        "# Programmabegroting 2035",
        "",
        "## 1 Inleiding",
        "",
        "Een overschot op de jaarrekening gaat naar de algemene reserve.",
        "",
        "## 2 Programma 1 Bestuur",
        "",
        "Tabel 2.1 Baten en lasten programma 1 (bedragen x € 1.000)",
        ROW.format("", "2034", "2035", "2036"),
        ROW.format("Lasten", "3.120", "3.245", "3.301"),
        ROW.format("Baten", "410", "425", "431"),
        ROW.format("Resultaat", "-2.710", "-2.820", "-2.870"),
        "",
        "## 3 Programma 2 Zorg",
        "",
        "Tabel 3.1 Baten en lasten programma 2 (bedragen x € 1.000)",
        ROW.format("", "2034", "2035", "2036"),
        ROW.format("Lasten", "9.870", "10.120", "10.340"),
        ROW.format("Baten", "1.210", "1.260", "1.275"),
        ROW.format("Resultaat", "-8.660", "-8.860", "-9.065"),
        "",
        "## 4 Financiële begroting",
        "",
        "Tabel 4.1 Overzicht van baten en lasten (x € 1.000)",
        ROW.format("Overzicht van baten en lasten", "2034", "2035", "2036"),
        "Lasten",
        ROW.format("Programma 1 Bestuur", "3.120", "3.245", "3.301"),
        ROW.format("Programma 2 Zorg", "9.870", "10.120", "10.340"),
        ROW.format("Algemene dekkingsmiddelen", "1.102", "1.150", "1.190"),
        ROW.format("Totaal lasten", "14.092", "14.515", "14.831"),
        "Baten",
        ROW.format("Programma 1 Bestuur", "410", "425", "431"),
        ROW.format("Programma 2 Zorg", "1.210", "1.260", "1.275"),
        ROW.format("Algemene dekkingsmiddelen", "12.754", "13.116", "13.032"),
        ROW.format("Totaal baten", "14.374", "14.801", "14.738"),
        ROW.format("Saldo van baten en lasten", "282", "286", "-93"),
        ROW.format("Toevoegingen aan reserves", "140", "150", "160"),
        ROW.format("Onttrekkingen aan reserves", "100", "100", "100"),
        ROW.format("Geraamd resultaat (+ = voordelig)", "242", "236", "-153"),
        "",
        "## 5 Paragraaf weerstandsvermogen",
        "",
        "Tabel 5.1 Belangrijkste risico's (x € 1.000)",
        ROW.format("Risico", "Gevolg", "Kans", "Benodigd"),
        ROW.format("Tekorten bij verbonden partijen", "1.200", "30%", "360"),
        ROW.format("Open-einde regelingen jeugdhulp", "3.500", "50%", "1.750"),
    ]
)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    return indexed_assistant(
        tmp_path_factory.mktemp("compounds"),
        {
            "manifest.yaml": MANIFEST.encode(),
            "meldpunt-verzuim-proefland-begroting-2035.md": MELDPUNT.encode(),
            "kleiveen-begroting-2035.md": KLEIVEEN.encode(),
        },
    )


def test_words_said_apart_find_the_compound_the_document_prints(assistant) -> None:
    """'thuis komen te zitten' is what a 'thuiszitter' does: the sentence of the
    thuiszitterstafel answers, though no word of it is 'thuis' or 'zitten' alone."""
    answer = assistant.ask(
        "Wat doet het meldpunt om te voorkomen dat iemand thuis komt te zitten?",
        "Meldpunt Verzuim Proefland",
    )
    assert answer.kind == "text", answer.text
    assert "thuiszitterstafel" in answer.text, answer.text


def test_the_body_named_in_one_compound_word_is_the_body_asked_about(assistant) -> None:
    """'het verzuimmeldpunt' is the Meldpunt Verzuim: a question about it is about the body
    itself, answered from its own document."""
    answer = assistant.ask(
        "Vertel eens iets over het verzuimmeldpunt.", "Meldpunt Verzuim Proefland"
    )
    assert answer.kind == "text", answer.text
    assert all(c.municipality == "Meldpunt Verzuim Proefland" for c in answer.citations)


def test_a_share_the_table_prints_is_given_as_printed(assistant) -> None:
    """The share printed beside the contributions is the answer, not one computed from
    them (41,37%, where 415.903 / 1.005.320 is 41,3701...)."""
    answer = assistant.ask(
        "Welk percentage van de bijdrage aan het Meldpunt Verzuim Proefland betaalt Kleiveen?",
        "Meldpunt Verzuim Proefland",
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("41.37"), answer.text
    assert not answer.figures[0].derivation


def test_the_whole_result_is_the_row_that_notes_its_sign(assistant) -> None:
    """'Geraamd resultaat (+ = voordelig)' of the overview of all programmes is the result
    of the whole budget; each programme's 'Resultaat' is a part of it."""
    answer = assistant.ask("Hoeveel houdt Kleiveen over op de begroting 2035?", "Kleiveen")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("236000"), answer.text


def test_the_shortfall_of_a_year_is_the_result_of_the_whole_not_a_risk(assistant) -> None:
    """'het tekort in 2036' is what the whole budget closes with that year, not the risk of
    'Tekorten bij verbonden partijen', which prints no year."""
    answer = assistant.ask(
        "Hoe groot is het tekort van Kleiveen in 2036 volgens de meerjarenraming?", "Kleiveen"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("-153000"), answer.text


def _jeugd(year: int, first: int, *rows: tuple[str, str, str, str]) -> str:
    """Zandhove's programmabegroting of `year`: the lasten of Jeugd for three years from
    `first` on."""
    return "\n".join(
        [
            f"# Programmabegroting {year}",
            "",
            "## 3 Programma Jeugd",
            "",
            "Tabel 3.1 Lasten programma Jeugd (bedragen in €)",
            ROW.format("", *(str(first + k) for k in range(3))),
            *(ROW.format(*row) for row in rows),
        ]
    )


ZANDHOVE_2030 = _jeugd(
    2030,
    2030,
    ("Jeugdhulp", "4.120.300", "4.206.100", "4.311.900"),
    ("Onderwijshuisvesting", "1.020.000", "1.031.500", "1.044.800"),
)
ZANDHOVE_2035 = _jeugd(
    2035,
    2034,
    ("Jeugdhulp", "5.480.200", "5.602.700", "5.711.000"),
    ("Onderwijshuisvesting", "1.120.400", "1.133.900", "1.150.300"),
)


@pytest.fixture(scope="module")
def two_years(tmp_path_factory: pytest.TempPathFactory):
    return indexed_assistant(
        tmp_path_factory.mktemp("two_years"),
        {
            "zandhove-programmabegroting-2030.md": ZANDHOVE_2030.encode(),
            "zandhove-programmabegroting-2035.md": ZANDHOVE_2035.encode(),
        },
    )


def test_more_than_what_an_earlier_budget_planned_for_a_year(two_years) -> None:
    """'meer dan wat in 2030 voor 2032 was geraamd' is the figure the begroting 2030 planned
    for 2032, asked two turns before: not that begroting's figure for 2030."""
    answers = conversation(
        two_years,
        "Wat waren in de programmabegroting 2030 van Zandhove de geraamde lasten voor "
        "jeugdhulp in 2032?",
        "En hoeveel is daarvoor in de begroting 2035 voor het jaar 2035 begroot?",
        "Hoeveel is dat meer dan wat in 2030 voor 2032 was geraamd?",
    )
    assert [a.figures[0].value if a.figures else a.text for a in answers] == [
        Decimal("4311900"),
        Decimal("5602700"),
        Decimal("1290800"),
    ]


SCHOOL_YEARS = "\n".join(
    [
        "# Begroting 2036",
        "",
        "## 1 Kerncijfers",
        "",
        "De kerncijfers gaan over schooljaren; het meest recente schooljaar staat links.",
        "",
        "Tabel 1.1 Kerncijfers leerplicht",
        ROW.format("Kerncijfer", "2034-2035", "2033-2034", "2032-2033"),
        ROW.format("Verzuimmeldingen", "2.418", "2.276", "2.104"),
        ROW.format("Thuiszitters", "61", "57", "49"),
        ROW.format("Vsv-percentage", "1,38%", "1,33%", "1,24%"),
    ]
)


@pytest.fixture(scope="module")
def school_years(tmp_path_factory: pytest.TempPathFactory):
    return indexed_assistant(
        tmp_path_factory.mktemp("school_years"),
        {"leerplicht-heidedorp-begroting-2036.md": SCHOOL_YEARS.encode()},
    )


def test_a_school_year_is_one_column_not_two_years(school_years) -> None:
    """'in het schooljaar 2034-2035' is the column of that school year, and 'het schooljaar
    daarvoor' the one before it."""
    answers = conversation(
        school_years,
        "Hoeveel thuiszitters waren er in het schooljaar 2034-2035?",
        "En in het schooljaar daarvoor?",
    )
    assert [a.figures[0].value if a.figures else a.text for a in answers] == [
        Decimal("61"),
        Decimal("57"),
    ]
    answer = school_years.ask("Hoeveel verzuimmeldingen waren er in schooljaar 2032/2033?")
    assert answer.figures and answer.figures[0].value == Decimal("2104"), answer.text
