"""A begroting 'in één oogopslag': boxes side by side, each under its own heading (issue 13).

A one-page summary sets its tables and text in boxes across the page: the lasten per task
under 'Lasten per taak', the contributions per member under 'Bijdragen per gemeente', a text
under 'Wat verandert er?'. Read line by line, a row of the first box runs on into a row of
the second ('Toezicht 6.245 6.590 Elsterdal'). The headings stand on one line, bold and
larger than the body text, with wide white between them: each box is read on its own. Two
tables one under the other, apart by a blank gap after a total row, are two tables. The body
and its figures are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.pdf import pdf_text

from .conftest import indexed_assistant
from .pdfmaker import flush_right, make_pdf


def _text(x: float, y: float, text: str, font: str = "F1", size: int = 10) -> str:
    return f"BT /{font} {size} Tf 1 0 0 1 {x} {y} Tm ({text}) Tj ET"


def _boxes() -> str:
    ops = [
        _text(40, 760, "Begroting 2031 in een oogopslag", "F2", 14),
        _text(40, 700, "Lasten per taak", "F2", 11),
        _text(230, 700, "Bijdragen per gemeente", "F2", 11),
        _text(430, 700, "Wat verandert er?", "F2", 11),
        _text(40, 680, "bedragen x 1.000 euro"),
        _text(230, 680, "bedragen in euro"),
    ]
    left = [("Taak", "2030", "2031"), ("Vergunningen", "4.812", "5.036"),
            ("Toezicht", "6.245", "6.590"), ("Bodem", "1.486", "2.074"),
            ("Totaal lasten", "12.543", "13.700")]  # fmt: skip
    middle = [("Gemeente", "2030", "2031"), ("Proefdorp", "2.389.774", "2.579.724"),
              ("Elsterdal", "3.820.214", "4.105.269"), ("Veenoord", "1.918.672", "2.018.835"),
              ("Totaal", "8.128.660", "8.703.828")]  # fmt: skip
    for k, ((label, a, b), (name, c, d)) in enumerate(zip(left, middle)):
        y = 664 - 14 * k
        ops += [_text(40, y, label), _text(230, y, name)]
        ops += [
            _text(flush_right(right, figure)[0], y, figure)
            for right, figure in ((150, a), (205, b), (335, c), (410, d))
        ]
    said = ["De lasten stijgen met", "ruim 1,1 miljoen euro", "door de cao", "en bodemtaken."]
    ops += [_text(430, 680 - 14 * k, line) for k, line in enumerate(said)]
    return "\n".join(ops)


@pytest.fixture(scope="module")
def boxes_pdf() -> bytes:
    return make_pdf([[]], drawings=[_boxes()])


def test_boxes_side_by_side_are_read_box_by_box(boxes_pdf: bytes) -> None:
    text, _ = pdf_text(boxes_pdf, "boxes", Path("oogopslag.pdf"), None)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    assert "Toezicht 6.245 6.590" in lines, text
    assert "Elsterdal 3.820.214 4.105.269" in lines, text
    assert "#### Bijdragen per gemeente" in lines or "## Bijdragen per gemeente" in lines, text
    assert not any("6.590 Elsterdal" in line for line in lines), text


@pytest.fixture(scope="module")
def assistant(boxes_pdf: bytes, tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("boxes")
    return indexed_assistant(root, {"omgevingsdienst-elster-begroting-2031.pdf": boxes_pdf})


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Hoeveel betaalt Elsterdal in 2031 aan de omgevingsdienst?", 4105269),
        ("Wat kost toezicht in 2031?", 6590000),
    ],
)
def test_figures_of_boxes_side_by_side(assistant, question: str, value: int) -> None:
    answer = assistant.ask(question)
    assert answer.kind == "figure", answer.text
    assert float(answer.figures[0].value) == value
