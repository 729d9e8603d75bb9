"""A body's jaarstukken asked in residents' words: a count that moves from one year to the
next in one sentence gives both years, a sentence's deviation from the budget is not what was
paid, and a column the question names by the word of its status ('werkelijke bijdrage') is the
one meant when the other columns of that year share the status (issue 13). Made-up body
Proefdorp."""

from __future__ import annotations

from decimal import Decimal

from assistant.figures import numbers_in

from .conftest import converse, documents_answerer

JAARSTUKKEN_2033 = """# Jaarstukken 2033

## 1 Jaarverslag

Het aantal bezwaarschriften tegen de WOZ-waarde daalde van 4.218 in 2032 naar 3.907 in 2033.
Dat komt vooral doordat eigenaren vooraf beter zijn geïnformeerd. Het aantal inwoners met een
Wmo-voorziening nam toe van 2.418 eind 2032 naar 2.575 eind 2033.

## 3 Financiële verantwoording

Tabel 3.1 Lasten 2033 naar kostensoort                                  bedragen in euro's
                                             Begroting      Realisatie
Kostensoort                                       2033            2033       Verschil
Salarissen en sociale lasten                 4.684.000       4.786.412      102.412 N
Proceskostenvergoedingen bezwaar               750.000         711.640       38.360 V
Porti en drukwerk                              580.000         562.314       17.686 V
Totaal lasten                                6.014.000       6.060.366       46.366 N

### Proceskostenvergoedingen

Ook na de begrotingswijziging bleven de proceskostenvergoedingen € 38.360 onder de raming,
doordat het aantal bezwaren daalde.

## 3.3 Bijdragen van de deelnemers

Tabel 3.2 Bijdragen per deelnemer 2033                                  bedragen in euro's
                              Begroting      Werkelijke                        Netto
Deelnemer                          2033   bijdrage 2033   Terugbetaling   bijdrage 2033
Ommedorp                      1.215.026       1.287.830          39.091       1.248.739
Zandhoven                       480.915         505.412          15.341         490.071
Totaal                        1.695.941       1.793.242          54.432       1.738.810
"""

def _answerer():
    return documents_answerer({"proefdorp-jaarstukken-2033": JAARSTUKKEN_2033})


def test_a_count_that_moves_between_two_years_is_read_for_both() -> None:
    said = "Het aantal bezwaarschriften daalde van 4.218 in 2032 naar 3.907 in 2033."
    assert numbers_in(said) == [(Decimal(4218), "count"), (Decimal(3907), "count")]
    converse(
        _answerer(),
        "Proefdorp",
        {
            "Hoeveel bezwaarschriften tegen de WOZ-waarde kwamen er in 2033 binnen?": Decimal(3907),
            "En in 2032?": Decimal(4218),
        },
    )
    said = _answerer().answer(
        "Hoeveel inwoners hadden eind 2033 een Wmo-voorziening?", "Proefdorp", []
    )
    assert [f.value for f in said.figures] == [Decimal(2575)], said.text
    # (asked the other way round, each year its own count)
    converse(
        _answerer(),
        "Proefdorp",
        {
            "Hoeveel bezwaarschriften tegen de WOZ-waarde kwamen er in 2032 binnen?": Decimal(4218),
            "En in 2033?": Decimal(3907),
        },
    )


def test_a_count_moving_to_another_without_years_keeps_its_noun_out_of_the_count() -> None:
    # 'van 12 naar 15 medewerkers': 12 counts what 15 counts, never 'naar'
    assert numbers_in("Het team groeit van 12 naar 15 medewerkers.") == [
        (Decimal(12), "count"),
        (Decimal(15), "count"),
    ]
    assert numbers_in("De regeling loopt van 2030 tot 2034.") == []


def test_what_was_paid_is_not_the_sentence_that_says_how_far_it_stayed_under_the_budget() -> None:
    said = _answerer().answer(
        "Hoeveel moest Proefdorp in 2033 betalen aan proceskosten voor bezwaren?", "Proefdorp", []
    )
    assert [f.value for f in said.figures] == [Decimal(711640)], said.text


def test_the_column_named_by_the_word_of_its_status_is_the_one_meant() -> None:
    converse(
        _answerer(),
        "Proefdorp",
        {
            "Wat was de werkelijke bijdrage van Zandhoven over 2033?": Decimal(505412),
            "En voor Ommedorp?": Decimal(1287830),
        },
    )
