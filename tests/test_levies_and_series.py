"""Levies asked in residents' words, and a follow-up year found in another table of the same
document. Made-up municipality Proefdorp."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .conftest import text_answerer

LEVIES = (
    "# 5 Lokale heffingen\n\n"
    "Tabel 5.1 Tarieven lokale heffingen\n"
    "Heffing                                        2046        2047\n"
    "OZB woningen, eigenaar % WOZ-waarde         0,0801%     0,0829%\n"
    "OZB niet-woningen, eigenaar % WOZ-waarde    0,1655%     0,1713%\n"
    "OZB niet-woningen, gebruiker % WOZ-waarde   0,1342%     0,1389%\n"
    "Afvalstoffenheffing eenpersoonshuishouden   € 286,20    € 297,60\n"
    "Afvalstoffenheffing meerpersoonshuishouden  € 331,20    € 344,40\n\n"
    "Tabel 5.2 Woonlasten meerpersoonshuishouden (in euro's)\n"
    "Onderdeel                                      2046        2047\n"
    "OZB eigenaar                                 € 302,10    € 312,70\n"
    "Rioolheffing                                 € 214,00    € 221,50\n"
    "Afvalstoffenheffing                          € 331,20    € 344,40\n"
    "Totaal woonlasten                            € 847,30    € 878,60\n\n"
    "De OZB-tarieven stijgen in 2047 met 3,5% (inflatiecorrectie).\n"
)


def test_a_levy_named_by_its_abbreviation_finds_its_row() -> None:
    """'OZB' stands for 'onroerende zaakbelasting': one subject, however many words the
    vocabulary adds for it, so a row that prints 'OZB' names all of it."""
    answerer = text_answerer(LEVIES, year="2047", weighed=True)
    answer = answerer.answer("Hoe hoog is het OZB-tarief voor woningen in 2047?", "Proefdorp")
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("0.0829"), answer.text


OWNERS_ONLY = (
    "# 5 Lokale heffingen\n\n"
    "Tabel 5.1 Tarieven 2046 en 2047\n"
    "Heffing                                        2046        2047\n"
    "OZB woningen, eigenaar % van de WOZ-waarde  0,0801%     0,0829%\n"
    "Rioolheffing per aansluiting                € 214,00    € 221,50\n\n"
    "## Toelichting\n\n"
    "De tarieven voor de rioolheffing volgen het rioleringsplan en de kosten van beheer en "
    "onderhoud. De OZB-tarieven stijgen in 2047 met 3,5% (inflatiecorrectie), zodat de "
    "opbrengst gelijk blijft met de prijzen.\n"
)


def test_the_owner_tariff_is_no_answer_for_the_user() -> None:
    """The OZB of woningen is charged to owners only: a question of the user's part of it
    gets no owner's tariff."""
    answerer = text_answerer(OWNERS_ONLY, year="2047", weighed=True)
    answer = answerer.answer(
        "Wat is in 2047 het OZB-tarief voor gebruikers van een woning?", "Proefdorp"
    )
    assert answer.kind != "figure", answer.text


def test_a_change_in_percent_is_no_tariff() -> None:
    """'De OZB-tarieven stijgen met 3,5%' says by how much, not what the tariff is."""
    sewer_only = OWNERS_ONLY.replace(
        "OZB woningen, eigenaar % van de WOZ-waarde  0,0801%     0,0829%\n", ""
    )
    answerer = text_answerer(sewer_only, year="2047", weighed=True)
    answer = answerer.answer("Welk OZB-tarief betalen woningeigenaren in 2047?", "Proefdorp")
    assert answer.kind != "figure", answer.text
    # ... which a question of the change is answered with
    answer = answerer.answer("Met hoeveel procent stijgen de OZB-tarieven in 2047?", "Proefdorp")
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("3.5"), answer.text


def test_a_household_asked_in_residents_words() -> None:
    """'als alleenstaande' is the eenpersoonshuishouden of a tariff table, 'een gezin' the
    meerpersoonshuishouden; two tables that print one amount for it are no choice."""
    answerer = text_answerer(LEVIES, year="2047", weighed=True)
    answer = answerer.answer(
        "Wat betaal ik als alleenstaande in 2047 aan afvalstoffenheffing?", "Proefdorp"
    )
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("297.60"), answer.text
    answer = answerer.answer("Wat betaalt een gezin in 2046 aan afvalstoffenheffing?",
                             "Proefdorp")  # fmt: skip
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("331.20"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Ik woon alleen. Hoeveel afvalstoffenheffing moet ik in 2047 betalen?",
        "Wat betaal ik in 2047 aan afvalstoffenheffing als ik alleen woon?",
        "Hoeveel afvalstoffenheffing betaal je in 2047 als alleenwonende?",
    ],
)
def test_living_alone_is_a_household_of_one(question: str) -> None:
    """'Ik woon alleen' asks the tariff of an eenpersoonshuishouden, as 'als alleenstaande'
    does; never a clarification between the households."""
    answer = text_answerer(LEVIES, year="2047", weighed=True).answer(question, "Proefdorp")
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("297.60"), answer.text


HOUSING = (
    "# 5 Lokale heffingen\n\n"
    "Tabel 5.3 Tarieven afvalstoffenheffing\n"
    "Huishouden                                    2046        2047\n"
    "Eenpersoonshuishouden (laagbouw)            € 348,90    € 359,28\n"
    "Meerpersoonshuishouden (laagbouw)           € 501,23    € 517,32\n"
    "Eenpersoonshuishouden (gelaagde bouw)       € 302,40    € 311,64\n"
    "Meerpersoonshuishouden (gelaagde bouw)      € 437,46    € 451,20\n"
)


@pytest.mark.parametrize(
    "question",
    [
        "Wat betaalt een gezin in een eengezinswoning (laagbouw) in 2047 aan afvalstoffenheffing?",
        "We wonen met z'n vieren in een rijtjeshuis (laagbouw). Wat betalen we in 2047 aan "
        "afvalstoffenheffing?",
    ],
)
def test_a_household_of_more_is_kept_when_the_dwelling_is_named_in_brackets(question) -> None:
    """'(laagbouw)' in brackets names the kind of dwelling both households have: the words
    outside them ('een gezin', 'met z'n vieren') still choose the meerpersoonshuishouden."""
    answer = text_answerer(HOUSING, year="2047", weighed=True).answer(question, "Proefdorp")
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("517.32"), answer.text


NEW_POLICY = (
    "# 3 Nieuw beleid\n\n"
    "Tabel 3. Voorstellen nieuw beleid (bedragen x € 1.000, lasten)\n"
    "Voorstel                                  2025    2026    2027\n"
    "Uitbreiding handhaving                     140     145     145\n"
    "Opstellen omgevingsplan                    250     180       0\n"
    "Jongerenwerk Noorderhaven                   85     120     120\n\n"
    "Voor nieuw beleid trekken we in 2026 in totaal € 445.000 uit, waarvan € 390.000 "
    "incidenteel.\n"
)


def test_money_set_aside_is_asked_with_a_verb_that_names_nothing() -> None:
    """'Hoeveel trekt de gemeente uit voor ...' asks the amount of what follows 'voor'."""
    answerer = text_answerer(NEW_POLICY, year="2025", weighed=True)
    answer = answerer.answer(
        "Hoeveel trekt Proefdorp in 2026 uit voor het omgevingsplan?", "Proefdorp"
    )
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("180000"), answer.text


PROGRAMME_AND_OVERVIEW = (
    "# 2 Programma 2 Openbare ruimte\n\n"
    "Tabel 2.2 Lasten en baten programma 2 (bedragen x € 1.000)\n"
    "                    Rekening 2031   Begroting 2032   Begroting 2033\n"
    "Lasten                     27.904           28.611           29.482\n"
    "Baten                      15.102           15.870           16.344\n"
    "Saldo                     -12.802          -12.741          -13.138\n\n"
    "# 4 Financiële begroting\n\n"
    "Tabel 4.1 Overzicht van baten en lasten 2033-2036 (bedragen x € 1.000)\n"
    "Lasten                         Begroting 2033   Raming 2034   Raming 2035   Raming 2036\n"
    "1 Bestuur                               9.870        9.912         9.960        10.004\n"
    "2 Openbare ruimte                      29.482       29.807        30.120        30.498\n"
    "Totaal lasten                          39.352       39.719        40.080        40.502\n"
)


def test_a_follow_up_year_is_read_where_the_document_prints_it() -> None:
    """'En in 2035?' after a programme's lasten of a table of 2031-2033: the same figures
    (29.482 in 2033) in the overview of all programmes, which prints 2035."""
    answerer = text_answerer(PROGRAMME_AND_OVERVIEW, year="2033")
    history: list[dict[str, str]] = []
    first = "Wat zijn de lasten van programma 2 Openbare ruimte in 2033?"
    said = answerer.answer(first, "Proefdorp", history)
    assert said.figures and said.figures[0].value == Decimal("29482000"), said.text
    history += [{"role": "user", "content": first}, {"role": "assistant", "content": said.text}]
    later = answerer.answer("En in 2035?", "Proefdorp", history)
    assert [f.value for f in later.figures] == [Decimal("30120000")], later.text


def test_a_change_in_percent_from_the_year_before() -> None:
    """'Met hoeveel procent gaat X omhoog?' of a row that prints amounts for the year asked
    and the year before, and no change of its own: computed from the two, with the
    derivation; a row with one year only has no change to compute."""
    answerer = text_answerer(LEVIES, year="2047", weighed=True)
    answer = answerer.answer(
        "Met hoeveel procent ging de rioolheffing in 2047 omhoog?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    # (221,50 - 214,00) / 214,00 * 100
    assert round(answer.figures[0].value, 2) == Decimal("3.50"), answer.text
    assert "214" in answer.text and "221,50" in answer.text
    answer = answerer.answer(
        "Met hoeveel procent stijgt de afvalstoffenheffing voor een alleenstaande?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert round(answer.figures[0].value, 2) == Decimal("3.98"), answer.text  # 286,20 -> 297,60
    one_year = text_answerer(
        "Tabel 5.1 Tarieven lokale heffingen\n"
        "Heffing                                        2047\n"
        "Rioolheffing per aansluiting                € 221,50\n"
        "Afvalstoffenheffing per huishouden          € 344,40\n",
        year="2047",
        weighed=True,
    )
    answer = one_year.answer(
        "Met hoeveel procent ging de rioolheffing in 2047 omhoog?", "Proefdorp"
    )
    assert answer.kind != "figure", answer.text


def test_a_question_of_a_month_alone_is_answered_not_crashed() -> None:
    """'Hoeveel in december?' names a moment and nothing measured: no figure, and no error
    (its words weigh nothing, so nothing can be scored by them)."""
    answerer = text_answerer(LEVIES, year="2047", weighed=True)
    answer = answerer.answer("Hoeveel in december?", "Proefdorp")
    assert answer.kind != "figure", answer.text
    assert answerer.rank(["december"], None) == []


HOUSEHOLD_BILL = (
    "# 1 Inleiding\n\n"
    "Wij houden de woonlasten laag. De woonlasten in Proefdorp liggen onder het landelijk "
    "gemiddelde.\n\n"
    "# 2 Financieel beeld\n\n"
    "De woonlasten volgen de inflatie. Voor de woonlasten geldt een plafond.\n\n"
    "# 3 Lokale heffingen\n\n"
    "Tabel 3.1 Tarieven 2046 en 2047 (in euro's)\n"
    "Heffing                                        2046        2047\n"
    "Afvalstoffenheffing eenpersoonshuishouden     286,20      297,60\n"
    "Afvalstoffenheffing meerpersoonshuishouden    331,20      344,40\n"
    "Rioolheffing per aansluiting                  214,00      221,50\n\n"
    "Tabel 3.2 Woonlasten meerpersoonshuishouden (in euro's)\n"
    "Onderdeel                                      2046        2047\n"
    "Gemiddelde WOZ-waarde woning               312.000     321.000\n"
    "Onroerendezaakbelasting (eigenaar)           302,10      312,70\n"
    "Rioolheffing                                 214,00      221,50\n"
    "Afvalstoffenheffing                          331,20      344,40\n"
    "Totale woonlasten                            847,30      878,60\n"
)


def test_what_a_household_pays_in_all_is_its_woonlasten_not_one_tariff() -> None:
    """'de woonlasten voor een meerpersoonshuishouden': the total of the table that names
    that household, not the one tariff of a table of tariffs that names it too."""
    answerer = text_answerer(HOUSEHOLD_BILL, year="2047", weighed=True)
    answer = answerer.answer(
        "Wat zijn de woonlasten voor een meerpersoonshuishouden in 2047?", "Proefdorp"
    )
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("878.60"), answer.text
    answer = answerer.answer(
        "Met hoeveel procent gaan de woonlasten voor een meerpersoonshuishouden omhoog in 2047?",
        "Proefdorp",
    )
    assert answer.kind == "figure", answer.text
    assert round(answer.figures[0].value, 2) == Decimal("3.69"), answer.text
    # ... and one levy asked for that household is its tariff
    answer = answerer.answer(
        "Wat betaalt een meerpersoonshuishouden in 2047 aan afvalstoffenheffing?", "Proefdorp"
    )
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("344.40"), answer.text
