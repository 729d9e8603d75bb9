"""Ruled PDF tables whose rows are records (issue 13): the paragraph on verbonden partijen.

Every begroting prints one ruled row per gemeenschappelijke regeling: its name wrapped over
lines, the municipality's contribution, its equity and debt at the start and end of the year
('01-01-2031:' over '€ 1.787.000'), and paragraphs about its board and its risks beside
them. Read line by line, the row falls apart; read by its borders, it is a table row (name
and figures) and paragraphs (each text cell, named by its row and column). The table runs
on over a page break without its header. The bodies and figures are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.pdf import pdf_text

from .conftest import indexed_assistant
from .pdfmaker import make_ruled_pdf, ruled_table_page

COLUMNS = [20, 95, 150, 285, 365, 445, 585]
HEADER = [
    ["Gemeen-", "schappelijke", "regeling"],
    ["Financieel", "belang", "(omvang", "deelnemers-", "bijdrage)", "in €"],
    ["Bestuurlijk belang", "(vertegenwoordiging en", "stemverhouding in AB)"],
    ["Eigen", "vermogen aan", "begin en einde", "begrotingsjaar", "in €"],
    ["Vreemd", "vermogen", "aan begin en", "einde", "in €"],
    ["Omvang risico's"],
]
FIRE = [
    ["Veiligheids-", "regio Elsterdal", "(VRE)"],
    ["€ 2.204.160"],
    [
        "De VRE voert taken uit op",
        "het gebied van brandweerzorg",
        "en crisisbeheersing. De",
        "burgemeester zit in het",
        "algemeen bestuur.",
    ],
    ["01-01-2031:", "€ 1.787.000", "31-12-2031:", "€ 1.667.000"],
    ["01-01-2031:", "€ 126.932.000", "31-12-2031:", "€ 128.678.000"],
    [
        "De niet afgedekte risico's van",
        "de regio zijn berekend op",
        "€ 1.637.000 voor het hele jaar",
        "en worden jaarlijks herzien.",
    ],
]  # fmt: skip
HEALTH = [
    ["GGD Elsterdal"],
    ["€ 543.000"],
    [
        "Het algemeen bestuur van",
        "de GGD bestaat uit de",
        "wethouders volksgezondheid",
        "van alle deelnemende",
        "gemeenten in de regio.",
    ],
    ["01-01-2031:", "€ 1.113.000", "31-12-2031:", "€ 1.063.000"],
    ["01-01-2031:", "nihil", "31-12-2031:", "nihil"],
    [
        "Tekorten van de GGD die",
        "niet worden gedekt komen",
        "ten laste van de gemeenten",
        "naar rato van hun",
        "inwonertal in de regio.",
    ],
]  # fmt: skip
WASTE = [
    ["Afvalbedrijf", "Veen-Elster"],
    ["€ 524.000", "waarvan", "€ 395.053", "basistaken"],
    [
        "Het afvalbedrijf haalt het",
        "huishoudelijk afval op voor",
        "zes gemeenten in de regio",
        "en de wethouder zit in het",
        "algemeen bestuur.",
    ],
    ["01-01-2031:", "€ 1.950.725", "31-12-2031:", "€ 2.162.925"],
    ["01-01-2031:", "€ 23.278.831", "31-12-2031:", "€ 23.821.797"],
    [
        "Het grootste risico voor",
        "het afvalbedrijf is de",
        "krapte op de arbeidsmarkt",
        "waardoor de kosten voor",
        "inhuur stijgen in de regio.",
    ],
]  # fmt: skip


@pytest.fixture(scope="module")
def records_pdf() -> bytes:
    first = ruled_table_page(
        ["# Paragraaf Verbonden partijen", "", "Tabel 9.1 Gemeenschappelijke regelingen"],
        COLUMNS,
        [HEADER, FIRE, HEALTH],
    )
    # the table runs on over the page break, without its header, and the last row's text
    # runs on at the top of it
    rest = [
        [""],
        [""],
        ["in de regio worden alle", "wethouders van de", "gemeenten elk jaar", "geïnformeerd."],
        [""],
        [""],
        [""],
    ]  # fmt: skip
    second = ruled_table_page([], COLUMNS, [rest, WASTE], top=780)
    title = (["# Begroting 2031", "", "Uitgave gemeente Proefdorp, oktober 2030."], "")
    return make_ruled_pdf([title, first, second])


def test_a_record_row_is_one_line_of_figures_and_paragraphs_per_text_cell(
    records_pdf: bytes, tmp_path: Path
) -> None:
    text, _ = pdf_text(records_pdf, "records", Path("begroting.pdf"), tmp_path)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    # the name whole (its broken word joined), its figures on its line, each date a column
    assert (
        "Veiligheidsregio Elsterdal (VRE) € 2.204.160 € 1.787.000 € 1.667.000 € 126.932.000 "
        "€ 128.678.000"
    ) in lines
    assert any(
        line.startswith("Gemeenschappelijke regeling Financieel belang omvang deelnemersbijdrage")
        and "01-01-2031" in line
        and "31-12-2031" in line
        for line in lines
    )
    # a text cell is a paragraph of its own, named by its row and column
    assert (
        "GGD Elsterdal – Omvang risico's: Tekorten van de GGD die niet worden gedekt komen ten "
        "laste van de gemeenten naar rato van hun inwonertal in de regio."
    ) in lines
    # the row on the next page is read under the header of the first
    assert (
        "Afvalbedrijf Veen-Elster € 524.000 € 1.950.725 € 2.162.925 € 23.278.831 € 23.821.797"
    ) in lines
    assert any(line.startswith("Afvalbedrijf Veen-Elster – Financieel belang") for line in lines)
    assert (
        "Bestuurlijk belang vertegenwoordiging en stemverhouding in AB: in de regio worden alle "
        "wethouders van de gemeenten elk jaar geïnformeerd."
    ) in lines
    assert "regio Elsterdal" not in [line.strip() for line in text.split("\n")]


@pytest.fixture(scope="module")
def assistant(records_pdf: bytes, tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("records")
    return indexed_assistant(root, {"proefdorp-begroting-2031.pdf": records_pdf})


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Hoeveel betaalt Proefdorp aan de veiligheidsregio?", 2204160),
        # a payment asked with the year of the begroting: the contribution, whose column has
        # no year, not the equity of 2031 beside it
        ("Wat draagt Proefdorp in 2031 bij aan de GGD Elsterdal?", 543000),
        ("Wat is de deelnemersbijdrage aan het afvalbedrijf volgens de begroting 2031?", 524000),
        # the date of a column decides its moment, not the words 'begin en einde' over both
        ("Hoeveel vreemd vermogen heeft de Veiligheidsregio Elsterdal eind 2031?", 128678000),
        ("Hoeveel eigen vermogen heeft de Veiligheidsregio Elsterdal begin 2031?", 1787000),
        # a change over the year: the end against the start of the stock named, as a split
        # verb asks it ('neemt ... af')
        ("Hoeveel neemt het eigen vermogen van de Veiligheidsregio Elsterdal in 2031 af?", -120000),
    ],
)
def test_record_figures_are_answered(assistant, question: str, value: int) -> None:
    answer = assistant.ask(question)
    assert answer.kind == "figure", answer.text
    assert float(answer.figures[0].value) == value


def test_a_payment_is_never_answered_with_what_a_body_owns(assistant) -> None:
    answer = assistant.ask("Hoeveel betaalt Proefdorp eind 2031 aan de GGD Elsterdal?")
    assert all(float(f.value) not in (1063000, 1113000) for f in answer.figures), answer.text


def test_a_body_named_otherwise_is_not_the_row_that_shares_one_of_its_names(assistant) -> None:
    """'Afvalbedrijf Midden Elster' is another body than the 'Afvalbedrijf Veen-Elster' (as
    'Holland Rijnland' is not 'Gouwe-Rijnland'): the row joins the name asked to another."""
    answer = assistant.ask("Hoeveel betaalt Proefdorp aan het Afvalbedrijf Midden Elster?")
    assert answer.kind != "figure", answer.text
    named = assistant.ask("Hoeveel betaalt Proefdorp aan het Afvalbedrijf Veen-Elster?")
    assert [float(f.value) for f in named.figures] == [524000], named.text


def test_a_cell_s_lines_are_joined_as_its_words_were_broken() -> None:
    from assistant.pdf_records import joined

    assert joined("Gemeen-\nschappelijke\nregeling") == "Gemeenschappelijke regeling"
    assert joined("GR Belasting-\nsamenwerking Gouwe-\nRijnland") == (
        "GR Belastingsamenwerking Gouwe-Rijnland"
    )
    assert joined("bepaalt de WOZ-\nwaarde") == "bepaalt de WOZ-waarde"  # an abbreviation's
