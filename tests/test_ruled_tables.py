"""Ruled PDF tables whose cells wrap: each row read whole, figures with their own year.

The verplichte beleidsindicatoren of every Dutch begroting are printed this way: a label over
two or three lines beside one line of figures, each figure with its year ('252,7 (2021)'),
the municipality's own figure beside the national one, and a unit column ('Duizend euro').
Read line by line, the label's lines stand above and below the figures and the row falls
apart. The figures here are made up for the fictitious municipality Proefdorp.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.pdf import pdf_text

from .conftest import indexed_assistant
from .pdfmaker import make_ruled_pdf, ruled_table_page

COLUMNS = [40, 70, 200, 310, 370, 450, 540]
INDICATORS = [
    [["Nr."], ["Indicator"], ["Eenheid"], ["Bron"], ["Cijfer", "Proefdorp", "(jaartal)"],
     ["Vergelijkings-", "cijfer Nederland", "(jaartal)"]],
    [["17."], ["Absoluut verzuim"], ["Aantal per 1.000", "leerlingen"], ["DUO"],
     ["1,9 (2022)"], ["2,7 (2022)"]],
    [["20."], ["Niet-sporters"], ["%"], ["CBS"], ["41,8% (2022)"], ["46,4% (2022)"]],
    [["27."], ["Personen met een", "bijstandsuitkering"], ["Aantal per 10.000", "inwoners"],
     ["CBS"], ["231,4 (2021)"], ["400,3 (2021)"]],
    [["35."], ["Gemiddelde WOZ", "waarde"], ["Duizend euro"], ["CBS"], ["512 (2023)"],
     ["369 (2023)"]],
]  # fmt: skip


@pytest.fixture(scope="module")
def ruled_pdf() -> bytes:
    page = ruled_table_page(
        ["# Beleidsindicatoren", "", "Tabel 6.1 - Beleidsindicatoren per programma"],
        COLUMNS,
        INDICATORS,
    )
    title = (["# Begroting 2031", "", "Uitgave gemeente Proefdorp, oktober 2030."], "")
    return make_ruled_pdf([title, page])


def test_a_wrapped_row_of_a_ruled_table_is_read_as_one_line(ruled_pdf: bytes, tmp_path: Path):
    text, _ = pdf_text(ruled_pdf, "ruled", Path("begroting.pdf"), tmp_path)
    rows = [" ".join(line.split()) for line in text.split("\n")]
    assert (
        "27. Personen met een bijstandsuitkering Aantal per 10.000 inwoners CBS "
        "231,4 (2021) 400,3 (2021)"
    ) in rows
    assert "35. Gemiddelde WOZ waarde Duizend euro CBS 512 (2023) 369 (2023)" in rows
    assert "bijstandsuitkering" not in [line.strip() for line in text.split("\n")]


@pytest.fixture(scope="module")
def assistant(ruled_pdf: bytes, tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("ruled")
    return indexed_assistant(root, {"proefdorp-begroting-2031.pdf": ruled_pdf})


@pytest.mark.parametrize(
    ("question", "value", "year"),
    [
        ("Hoeveel mensen per 10.000 inwoners hebben een bijstandsuitkering?", 231.4, "2021"),
        ("Welk percentage van de inwoners sport niet?", 41.8, "2022"),
        # 'procent van de Proefdorpers' asks a percentage, no share to compute
        ("Hoeveel procent van de Proefdorpers sport niet?", 41.8, "2022"),
        # the unit column says 'Duizend euro': 512 is printed, 512.000 meant
        ("Wat is de gemiddelde WOZ-waarde in Proefdorp?", 512000, "2023"),
        # the national figure beside the municipality's, when it is asked for
        ("Wat is het landelijke percentage niet-sporters?", 46.4, "2022"),
    ],
)
def test_indicators_are_answered_with_their_own_year(assistant, question, value, year):
    answer = assistant.ask(question)
    assert answer.kind == "figure", answer.text
    assert float(answer.figures[0].value) == pytest.approx(value)
    assert answer.figures[0].period.endswith(year) or year in answer.text


# Programme tables of a begroting printed with every cell ruled, one per page, each under the
# same header: the column 'Begroting 2026 na wijziging' wraps, so its first words stand above
# the header line and the rest below it. The last table breaks over a page and ends with its
# scale note under the rows.
PROGRAMME_BORDERS = [40, 210, 300, 390, 480, 570]
PROGRAMME_HEADER = [
    ["Omschrijving"], ["Rekening 2025"], ["Begroting 2026", "na wijziging"], ["Begroting 2027"],
    ["Raming 2028"],
]  # fmt: skip
PROGRAMMES = {
    "Veiligheid": [["1.887", "1.951", "2.043", "2.081"], ["583", "513", "532", "546"]],
    "Bestuur": [["3.412", "3.586", "3.655", "3.702"], ["24", "18", "19", "20"]],
    "Openbare ruimte": [["812", "905", "948", "931"], ["61", "40", "42", "43"]],
    "Burgerzaken": [["1.108", "1.164", "1.197", "1.214"], ["498", "455", "472", "486"]],
}


def _programme_page(name: str, rows: list[list[str]], caption: bool = True):
    lines = (
        [f"# Programma {name}", "", f"Wat mag het kosten? Programma {name} (x € 1.000)"]
        if caption
        else []
    )
    labelled = [[[label], *[[v] for v in values]] for label, values in rows]
    return ruled_table_page(
        lines, PROGRAMME_BORDERS, [PROGRAMME_HEADER, *labelled], top=700 if caption else 780
    )


@pytest.fixture(scope="module")
def programme_pdf() -> bytes:
    pages = [
        _programme_page(name, [("Lasten", lasten), ("Baten", baten)])
        for name, (lasten, baten) in PROGRAMMES.items()
    ]
    continued = _programme_page(
        "Burgerzaken", [("Onttrekkingen aan reserves", ["0", "85", "370", "240"]),
                        ("Geraamd resultaat", ["-610", "-624", "-355", "-488"])],
        caption=False,
    )  # fmt: skip
    continued[0].append("Bedragen x € 1.000. Een negatief bedrag is een nadeel.")
    return make_ruled_pdf([*pages, continued])


@pytest.fixture(scope="module")
def programmes(programme_pdf: bytes, tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("programmes")
    return indexed_assistant(root, {"proefdorp-begroting-2027.pdf": programme_pdf})


def test_a_header_cell_wrapped_around_the_header_line_is_kept_on_every_page(
    programme_pdf: bytes, tmp_path: Path
):
    # repeated on every page, the header's pieces are no running header to be left out
    text, _ = pdf_text(programme_pdf, "programmes", Path("begroting.pdf"), tmp_path)
    lines = [line.strip() for line in text.split("\n")]
    assert lines.count("Begroting 2026") == 5
    assert lines.count("na wijziging") == 5


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Wat waren de lasten van programma Veiligheid in de rekening 2025?", 1_887_000),
        ("Wat zijn de lasten van Bestuur in de begroting 2026 na wijziging?", 3_586_000),
        ("Hoeveel baten heeft Openbare ruimte in 2027?", 42_000),
        # the part on the next page: the table's caption and scale, not the note under it
        ("Wat is het geraamde resultaat van Burgerzaken in 2028?", -488_000),
    ],
)
def test_programme_tables_under_a_wrapped_header(programmes, question, value):
    answer = programmes.ask(question)
    assert answer.kind == "figure", answer.text
    assert float(answer.figures[0].value) == pytest.approx(value)
