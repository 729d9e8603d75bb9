"""Key figures printed with dotted leaders between label and figure ('Aantal inwoners op 1
januari 2034 . . . . . 26.874') are read as key figures: counts and amounts a resident asks
for, and the inhabitants an amount is divided by; the entries of a table of contents, printed
alike, are no figures (issue 13). Made-up municipality Proefdorp."""

from __future__ import annotations

from decimal import Decimal

from assistant.figures import document_figures
from assistant.parsing import parse_sections

from .conftest import converse, text_answerer

DOTS = ". . . . . . . . . . . . . . . . . ."

BEGROTING = f"""# Programmabegroting 2035

## Inhoud

1 Proefdorp in cijfers      {DOTS}  3
2 Inleiding en financieel beeld      {DOTS}  4
3 Programma Inclusieve samenleving      {DOTS}  6
Bijlage 1 Baten en lasten per taakveld      {DOTS}  19

## 1 Proefdorp in cijfers

Kerngegevens van de gemeente, de stand op 1 januari 2034.
Sociale structuur
Aantal inwoners op 1 januari 2034      {DOTS}  26.874
Aantal inwoners op 1 januari 2033      {DOTS}  26.712
Aantal kernen      {DOTS}  16
Financiële structuur (begroting 2035)
Totale baten (exclusief onttrekkingen aan reserves)      {DOTS}  € 78.560.268
Algemene uitkering uit het gemeentefonds      {DOTS}  € 49.538.418

## 11 Verbonden partijen

De bijdrage aan de Veiligheidsregio Proefland is in 2035 € 1.712.450.
"""


def test_key_figures_led_by_dots_are_read_and_a_table_of_contents_is_not() -> None:
    cells = document_figures(
        parse_sections(BEGROTING), document_id="proefdorp-begroting-2035", municipality="Proefdorp"
    )
    values = {c.value for c in cells}
    assert {Decimal(26874), Decimal(26712), Decimal(16), Decimal(78560268)} <= values
    assert not {Decimal(3), Decimal(4), Decimal(6), Decimal(19)} & values


def test_a_key_figure_led_by_dots_answers_and_divides() -> None:
    answerer = text_answerer(BEGROTING, year="2035", kind="begroting")
    converse(
        answerer,
        "Proefdorp",
        {
            "Hoeveel inwoners had Proefdorp in 2034?": Decimal(26874),
            "Hoeveel kernen telt Proefdorp?": Decimal(16),
        },
    )
    converse(
        answerer,
        "Proefdorp",
        {
            "Wat betaalt Proefdorp in 2035 aan de Veiligheidsregio Proefland?": Decimal(1712450),
            "Hoeveel is dat per inwoner?": Decimal("63.72"),
        },
    )
