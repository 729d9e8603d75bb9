"""A resident who misspells the name of a municipality or body the documents cover
('dinkeland', 'Proefwaard') asks about it: its figures, not another's nor a refusal; a word
as close to two covered names is no name of either (issue 13: typos are tolerated). Made-up
municipalities."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .conftest import indexed_assistant

ROW = "{:<48}{:>14}{:>14}"


def _begroting(name: str, total: str, rate: str) -> str:
    return "\n".join(
        [
            "# Programmabegroting 2034",
            "",
            f"## Paragraaf lokale heffingen van {name}",
            "",
            "Tabel 9.5 Woonlasten meerpersoonshuishouden met een eigen woning (bedragen in euro's)",
            ROW.format("Heffing", "2034", "2033"),
            ROW.format("Onroerendezaakbelasting woning", rate, "401,20"),
            ROW.format("Rioolheffing", "212,00", "204,00"),
            ROW.format("Afvalstoffenheffing", "288,74", "275,40"),
            ROW.format("Totale woonlasten", total, "880,60"),
        ]
    )


MANIFEST = """documents:
- file: proefwaarde-begroting-2034.md
  municipality: Proefwaarde
  year: 2034
  type: begroting
  title: Programmabegroting 2034
- file: zandhoven-begroting-2034.md
  municipality: Zandhoven
  year: 2034
  type: begroting
  title: Programmabegroting 2034
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    return indexed_assistant(
        tmp_path_factory.mktemp("misspelt"),
        {
            "manifest.yaml": MANIFEST.encode(),
            "proefwaarde-begroting-2034.md": _begroting("Proefwaarde", "901,94", "401,20").encode(),
            "zandhoven-begroting-2034.md": _begroting("Zandhoven", "934,10", "433,36").encode(),
        },
    )


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("wat zijn de totale woonlasten in proefwaard in 2034", "901.94"),
        ("Wat zijn de totale woonlasten in Zandhovne in 2034?", "934.10"),
    ],
)
def test_a_misspelt_name_asks_about_the_municipality_it_is_close_to(
    assistant, question: str, value: str
) -> None:
    said = assistant.ask(question)
    assert [f.value for f in said.figures] == [Decimal(value)], said.text
