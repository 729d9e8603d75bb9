"""Money set aside in a separable verb ('trekt ... uit voor', 'Wat investeert ...'); what a
begroting says of a row that prints only an earlier year; a body called by the words its
abbreviation stands for ('de sociale dienst' for the RSD); and a follow-up on a sentence's
figure, read on in the table row that prints the same figure rounded, or in another body's
document of another year. Made-up bodies, municipalities and figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .conftest import conversation, indexed_assistant

ROW = "{:<44}{:>18}{:>18}{:>18}"
WIDE = "{:<36}{:>30}{:>30}{:>30}"

MANIFEST = """documents:
- file: brookdorp-begroting-2037.md
  municipality: Brookdorp
  year: 2037
  type: begroting
  title: Programmabegroting 2037
- file: rsd-veldmark-jaarstukken-2036.md
  municipality: RSD Veldmark
  year: 2036
  type: jaarstukken
  title: Jaarstukken 2036 Regionale Sociale Dienst Veldmark
"""

BROOKDORP = "\n".join(
    [
        "# Programmabegroting 2037",
        "",
        "## 5 Programma Sociaal domein",
        "",
        "### Wat gaan we daarvoor doen?",
        "",
        "Buurtkamer. De Buurtkamer in Oosteinde is de plek voor ontmoeting en daginvulling.",
        "In 2037 trekken we € 95.000 uit voor de Buurtkamer; we verwachten 60 deelnemers.",
        "",
        "Tabel 5.1 Verplichte beleidsindicatoren",
        ROW.format("Indicator", "Periode", "Brookdorp", "Nederland"),
        ROW.format("Jongeren met jeugdhulp (%)", "2035", "9,8", "12,7"),
        ROW.format("Netto arbeidsparticipatie (%)", "2035", "71,2", "70,6"),
        "",
        "Tabel 5.2 Eigen indicatoren",
        ROW.format("Eigen indicator", "Streefwaarde 2037", "Raming 2036", "Realisatie 2035"),
        ROW.format("Deelnemers Buurtkamer", "60", "52", "47"),
        ROW.format("Huishoudens met een bijstandsuitkering", "210", "218", "224"),
        "",
        "## 7 Weerstandsvermogen",
        "",
        "De beschikbare weerstandscapaciteit is € 8.450.000 en de benodigde € 3.200.000.",
        "De ratio weerstandsvermogen is dan 8.450.000 / 3.200.000 = 2,64.",
        "",
        "## 8 Investeringen",
        "",
        "Tabel 8.1 Investeringsplanning (bedragen in euro's)",
        ROW.format("Investering", "2037", "2038", "2039"),
        ROW.format("Nieuwbouw brandweerkazerne Oosteinde", "1.200.000", "2.450.000", "-"),
        ROW.format("Vervanging speeltoestellen", "85.000", "85.000", "85.000"),
    ]
)

VELDMARK = "\n".join(
    [
        "# Jaarstukken 2036 Regionale Sociale Dienst Veldmark",
        "",
        "## 1 Voorwoord",
        "",
        "De RSD Veldmark voert voor drie gemeenten de Participatiewet uit.",
        "De RSD sluit 2036 af met een positief resultaat na bestemming van € 184.220.",
        "",
        "## 2 Schulden",
        "",
        "Via vroegsignalering kregen we meldingen van betalingsachterstanden bij woningcorporaties",
        "en energieleveranciers. Binnen vier weken na een melding benaderden we de inwoner.",
        "",
        "## 3 Weerstandsvermogen",
        "",
        "De berekende ratio van 1,8 valt in categorie B en staat voor een voldoende",
        "weerstandsvermogen.",
        "",
        "## 4 Toelichting op de lasten",
        "",
        "Salarissen en sociale lasten (€ 212.700 voordelig). De salarislasten kwamen uit op",
        "€ 4.512.300, doordat vacatures voor klantmanagers langer openstonden.",
        "",
        "## 5 Overzicht van baten en lasten",
        "",
        "Tabel 5.1 Overzicht van baten en lasten over 2036 (x € 1.000)",
        WIDE.format(
            "", "Primitieve begroting 2036", "Begroting na wijziging 2036", "Realisatie 2036"
        ),
        WIDE.format("Salarissen en sociale lasten", "4.725", "4.790", "4.512"),
        WIDE.format("Inhuur derden", "310", "420", "515"),
        WIDE.format("Huisvesting", "380", "380", "371"),
        WIDE.format("Totaal lasten", "5.415", "5.590", "5.398"),
        WIDE.format("Bijdragen gemeenten", "5.415", "5.590", "5.582"),
        WIDE.format("Resultaat na bestemming", "0", "0", "184"),
    ]
)


DOCS = {"brookdorp-begroting-2037.md": BROOKDORP, "rsd-veldmark-jaarstukken-2036.md": VELDMARK}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    return indexed_assistant(
        tmp_path_factory.mktemp("allotted"),
        {"manifest.yaml": MANIFEST.encode()} | {n: d.encode() for n, d in DOCS.items()},
    )


def test_money_set_aside_is_an_amount_never_a_count(assistant) -> None:
    """'trekt ... uit voor' sets money aside: the € 95.000 of the sentence, never the
    participants of the Buurtkamer counted in the table of indicators."""
    answer = assistant.ask(
        "Hoeveel trekt Brookdorp in de begroting 2037 uit voor de Buurtkamer?", "Brookdorp"
    )
    assert answer.kind == "figure", answer.text
    assert [f.value for f in answer.figures] == [Decimal("95000")], answer.text


def test_what_is_invested_asks_an_amount(assistant) -> None:
    """'Wat investeert X in 2038 in ...' asks the amount of the year, as 'Wat kost' does."""
    answer = assistant.ask(
        "Wat investeert de gemeente in 2038 in de nieuwbouw van de brandweerkazerne?",
        "Brookdorp",
    )
    assert answer.kind == "figure", answer.text
    assert [f.value for f in answer.figures] == [Decimal("2450000")], answer.text


def test_a_begroting_says_what_its_row_prints_for_an_earlier_year(assistant) -> None:
    """'volgens de begroting 2037' names the document: its indicator is printed for 2035
    only, and that is what the begroting says."""
    answer = assistant.ask(
        "Welk deel van de jongeren in Brookdorp krijgt jeugdhulp, volgens de begroting 2037?",
        "Brookdorp",
    )
    assert answer.kind == "figure", answer.text
    assert [f.value for f in answer.figures] == [Decimal("9.8")], answer.text
    assert "2035" in answer.text, answer.text


def test_a_body_is_called_by_the_words_its_abbreviation_stands_for(assistant) -> None:
    """The RSD is the Regionale Sociale Dienst its documents name: 'de sociale dienst'
    names the body, not the row 'Salarissen en sociale lasten'."""
    answer = assistant.ask("Wat waren de lasten van de sociale dienst in 2036?", "RSD Veldmark")
    assert answer.kind == "figure", answer.text
    assert [f.value for f in answer.figures] == [Decimal("5398000")], answer.text


def test_the_words_of_its_abbreviation_name_no_subject_of_a_text_answer(assistant) -> None:
    """'Wat doet de sociale dienst aan ...?' asks what the RSD does: the sentences about the
    thing asked answer, though none of them says 'sociale dienst'. (A guard: in a corpus
    this small the words weigh too little to fail before the change; set-bp's ISD did.)"""
    answer = assistant.ask("Wat doet de sociale dienst aan vroegsignalering?", "RSD Veldmark")
    assert answer.kind == "text", answer.text
    assert "vier weken" in answer.text, answer.text


def test_a_follow_up_on_a_sentence_reads_on_in_the_row_that_prints_it(assistant) -> None:
    """The salarislasten of the sentence (€ 4.512.300) are the realisation of the row
    'Salarissen en sociale lasten' (4.512 x € 1.000): what was budgeted is in that row."""
    first, budgeted = conversation(
        assistant,
        "Wat waren de salarislasten van de RSD Veldmark in 2036?",
        "En hoeveel was daarvoor oorspronkelijk begroot?",
    )
    assert first.figures[0].value in (Decimal("4512300"), Decimal("4512000")), first.text
    assert budgeted.kind == "figure", budgeted.text
    assert [f.value for f in budgeted.figures] == [Decimal("4725000")], budgeted.text


def test_a_sentence_asked_again_of_another_body_in_its_own_document(assistant) -> None:
    """'En die van de RSD Veldmark in de jaarstukken 2036?' after the ratio of Brookdorp's
    begroting 2037: the ratio that document gives (the figures in the words of Brookdorp's
    sentence are no words to look for), of that document's own year, not 2037."""
    first, other = conversation(
        assistant,
        "Wat is de ratio weerstandsvermogen van Brookdorp in de begroting 2037?",
        "En die van de RSD Veldmark in de jaarstukken 2036?",
    )
    assert [f.value for f in first.figures] == [Decimal("2.64")], first.text
    assert other.kind == "figure", other.text
    assert [f.value for f in other.figures] == [Decimal("1.8")], other.text
