"""Jaarstukken that abbreviate their years in the column heads ('R '33' for the realisation
of 2033, 'B '33 n.w.' for the budget after amendments, 'Stand 31-12-'33'), a table of key
counts set right under a table in millions, the caption of a second table right under the
last row of the first, a column head centred over its figures, wider than they are, with the
budget it names in brackets under it, a ratio stated in a line set in bold, and a note under a
table that denies the thousands of the note above it (issue 13). Made-up municipality
Proefdorp."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from assistant.corpus import read_document
from assistant.figures import TableCell, document_figures
from assistant.parsing import parse_sections


def cells(text: str) -> list[TableCell]:
    """The figures of a text document as the assistant reads it from disk."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "proefdorp-jaarstukken-2033.txt"
        path.write_text(text, encoding="utf-8")
        doc = read_document(path, {"municipality": "Proefdorp", "id": "proef-2033"})
    return document_figures(parse_sections(doc.text), document_id="proef-2033", municipality="X")


def _at(found: list[TableCell], row: str, column_start: str) -> TableCell:
    return next(c for c in found if c.row == row and c.column.startswith(column_start))


ABBREVIATED = """# Jaarstukken 2033

## 1 Leeswijzer

De programma's zijn genummerd met Romeinse cijfers. Tenzij anders vermeld zijn de bedragen in de
tabellen x € 1.000. De tabellen van reserves en voorzieningen zijn in hele euro's.
Afkortingen in de kolomkoppen: R '33 = realisatie (rekening) 2033; B '33 prim. = primitieve begroting 2033, zoals
vastgesteld in november 2032; B '33 n.w. = begroting 2033 na alle wijzigingen; R '32 = rekening 2032. De afwijking
tussen realisatie en begroting na wijziging staat in twee kolommen.

## 3 Algemene dekkingsmiddelen

Tabel 3.1 Algemene dekkingsmiddelen                                                   bedragen x € 1.000
                                                         B '33            B '33             Afwijking              Afwijking
Dekkingsmiddel                              R '33        prim.             n.w.             voordelig                nadelig
OZB woningen                                5.541        5.493            5.493                    48
Toeristenbelasting                          1.687        1.430            1.430                   257
Hondenbelasting                               191          194              194                                            3

## 6 Kengetallen

Tabel 6.3 Financiële kengetallen
Kengetal                                                R '32                    B '33                   R '33
1a. Netto schuldquote                                     23%                      25%                     21%
2. Solvabiliteitsratio                                    56%                      57%                     58%

## 9 Balans

Tabel 9.1 Balans per 31 december                                               bedragen x € 1.000
Balanspost                                                         31-12-'33                   31-12-'32
Activa
   Materiële vaste activa                                             32.318                      30.612
   Liquide middelen                                                    2.206                       4.781
Totaal activa                                                         34.524                      35.393
"""


def test_a_year_cut_to_two_digits_dates_its_column() -> None:
    found = cells(ABBREVIATED)
    realised = _at(found, "Toeristenbelasting", "R")
    assert (realised.value, realised.period, realised.status) == (1687000, "2033", "realisatie")
    amended = [
        c
        for c in found
        if c.row == "Toeristenbelasting" and c.period == "2033" and c.status == "begroot"
    ]
    assert {c.value for c in amended} == {1430000}
    assert any("na wijziging" in c.column for c in amended), [c.column for c in amended]
    solvency = [c for c in found if c.row == "2. Solvabiliteitsratio"]
    assert {(c.period, c.status, c.value) for c in solvency} >= {
        ("2033", "realisatie", Decimal(58)),
        ("2032", "realisatie", Decimal(56)),
    }
    cash = _at(found, "Liquide middelen", "31-12")
    assert (cash.value, cash.period) == (2206000, "2033")


def test_a_year_cut_to_two_digits_in_a_sentence_is_no_count() -> None:
    assert not [c for c in cells(ABBREVIATED) if c.kind == "prose" and c.value in (32, 33)]


KEY_FIGURES = """# 1 In één oogopslag

Hieronder staan de belangrijkste cijfers van 2033. De bedragen in dit overzicht zijn afgerond op
€ 0,1 miljoen; de tabellen in hoofdstuk 5 geven de bedragen in hele euro's.

                                                                                                                 Begroting na
 Financieel (€ mln)                                                                                                                                   Realisatie 2033
                                                                                                               wijziging 2033
 Lasten ambitie Gezond leven                                                                                             32,0                                    32,3
 Baten ambitie Gezond leven                                                                                               7,0                                     6,8
 Kerngegevens                                                                                                                                                    2033
 Aantal inwoners op 1 januari 2033                                                                                                                             26.432
 Werkelijke lasten ambitie per inwoner (€)                                                                                                                      1.223
 Toegekende aanvragen bijzondere bijstand                                                                                                                         612
 Huisartsenpraktijken met een POH Jeugd                                                                                                                             6
"""


def test_a_scale_in_the_head_of_a_table_holds_for_that_table_only() -> None:
    found = cells(KEY_FIGURES)
    assert _at(found, "Lasten ambitie Gezond leven", "Realisatie").value == 32300000
    key = {c.row: c for c in found if c.table.startswith("Kerngegevens")}
    assert (
        key["Werkelijke lasten ambitie per inwoner (€)"].value,
        key["Werkelijke lasten ambitie per inwoner (€)"].unit,
    ) == (1223, "EUR")
    # rows that name their own unit: the others are no amounts, whatever the text above says
    assert (
        key["Toegekende aanvragen bijzondere bijstand"].value,
        key["Toegekende aanvragen bijzondere bijstand"].unit,
    ) == (612, "count")
    assert (
        key["Huisartsenpraktijken met een POH Jeugd"].value,
        key["Huisartsenpraktijken met een POH Jeugd"].unit,
    ) == (6, "count")


# A header of seven lines, as a typesetter stacks "Begroting" / "na" / "wijziging" / "2033"
STACKED_HEADER = """                                                                                                                Begroting
                                                                    Begroting
                                                                                        Wijzigingen                    na           Realisatie
 Taakveld                                                           primitief                                                                               Verschil
                                                                                               2033             wijziging                 2033
                                                                         2033
                                                                                                                     2033
"""

TWO_TABLES = (
    """# 5 Wat heeft het gekost?

Bedragen in euro's.
Tabel 5.1 Lasten per taakveld
"""
    + STACKED_HEADER
    + """ 6.1 Samenkracht en burgerparticipatie                              2.184.300                96.200             2.280.500            2.241.873                38.627
 6.71 Maatwerkdienstverlening 18+                                   4.932.700               305.000             5.237.700            5.650.045             - 412.345
 Totaal lasten                                                      7.117.000               401.200             7.518.200            7.891.918             - 373.718
Tabel 5.2 Baten per taakveld
"""
    + STACKED_HEADER
    + """ 6.1 Samenkracht en burgerparticipatie                                 84.200                     0                84.200              101.655                17.455
 6.71 Maatwerkdienstverlening 18+                                      96.000                     0                96.000              124.880                28.880
 Totaal baten                                                         180.200                     0               180.200              226.535                46.335
"""
)


def test_the_caption_of_a_table_right_under_the_rows_of_another_opens_it() -> None:
    found = cells(TWO_TABLES)
    income = [c for c in found if c.row == "6.71 Maatwerkdienstverlening 18+" and c.value == 124880]
    assert income and all(c.table.startswith("Tabel 5.2") for c in income), [
        (c.table, c.group) for c in income
    ]


CENTRED = """# 7 Uitvoeringsplan

Tabel 7.1 Besteding uitvoeringsplan 2033
                                                                                                  Beschikbaar
 Onderdeel                                                                                                                   Besteed 2033                     Restant
                                                                                             (Begroting 2033)
 Interventies transformatieplan                                                                       323.000                     190.760                     132.240
 Sport als middel                                                                                      52.000                      49.310                       2.690
 Totaal uitvoeringsplan                                                                               375.000                     240.070                     134.930
"""


def test_a_head_wider_than_its_figures_names_their_column() -> None:
    found = cells(CENTRED)
    budget = _at(found, "Sport als middel", "Beschikbaar")
    assert (budget.value, budget.period, budget.status) == (52000, "2033", "begroot")
    spent = _at(found, "Sport als middel", "Besteed")
    # what a plan spent is money, and what was done in the year
    assert (spent.value, spent.unit, spent.status) == (49310, "EUR", "realisatie")


def test_a_ratio_stated_in_a_line_set_in_bold_is_read() -> None:
    text = """# Jaarstukken 2033

## 6 Weerstandsvermogen

## Ratio weerstandsvermogen = beschikbare / benodigde weerstandscapaciteit = 42.370 / 2.870 = 14,8. Dat is

waarderingscijfer A (uitstekend); de raad hanteert een ondergrens van 2,0.
"""
    ratios = [c for c in cells(text) if c.kind == "prose" and "atio" in c.row]
    assert [c.value for c in ratios] == [Decimal("14.8")], [(c.row, c.value) for c in ratios]


CONTRIBUTIONS = """# Begroting 2033

## 2 Kosten per afvalstroom

Tabel 3 Lasten en baten per afvalstroom
 Afvalstroom                                                Lasten                 Baten
 Glas                                                      1.402,6              1.118,2
 Totaal                                                   60.373,7             12.490,8
Bedragen x € 1.000; baten zijn opbrengsten van derden.

## 3 Bijdragen van de deelnemers

De bijdrage per gemeente volgt uit de dienstverleningsovereenkomst.
Tabel 4 Bijdrage per gemeente 2033
 Gemeente                                     Inwoners        Huishoudens           Bijdrage 2033
 Ketelum                                       105.870             58.940              15.819.880
 Noorderveen                                    58.246             28.830               7.908.420
 Totaal                                        164.116             87.770              23.728.300

Bedragen in euro's (niet x € 1.000). Bijdrage 2032 = begroting 2032 na wijziging.
"""


def test_a_note_under_a_table_that_denies_a_scale_keeps_it_in_euros() -> None:
    paid = {c.row: c.value for c in cells(CONTRIBUTIONS) if c.column == "Bijdrage 2033"}
    assert paid["Noorderveen"] == 7908420, paid
