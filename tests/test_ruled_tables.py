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
