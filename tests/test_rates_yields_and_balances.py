"""A levy printed as a tariff and as what it brings in, the balance of a reserve asked
without a date, and the choice between readings shown with their figures."""

from __future__ import annotations

from decimal import Decimal

from .conftest import text_answerer

LEVIES = (
    "# 4 Belastingen\n\n"
    "Tabel 8: Tarieven waterschapsbelastingen (in euro's)\n\n"
    "                                                  Tarief 2045   Tarief 2046\n"
    "Watersysteemheffing ingezetenen per woonruimte        114,96        121,44\n"
    "Wegenheffing ingezetenen per woonruimte                38,10         39,72\n\n"
    "Tabel 9: Opbrengst waterschapsbelastingen (x € 1.000)\n\n"
    "                                      Begroting 2046   Realisatie 2046\n"
    "Watersysteemheffing ingezetenen               21.640            21.865\n"
    "Wegenheffing ingezetenen                       7.012             7.104\n"
)

OZB = (
    "# 4 Lokale heffingen\n\n"
    "Tabel 4.1 Tarieven lokale heffingen\n\n"
    "                                                   2040       2041\n"
    "OZB niet-woningen (eigenaar) % van WOZ-waarde    0,1392%    0,1436%\n"
    "OZB niet-woningen (gebruiker) % van WOZ-waarde   0,1110%    0,1150%\n\n"
    "Tabel 4.2 Opbrengst lokale heffingen (bedragen in €)\n\n"
    "                        Begroting 2041\n"
    "OZB niet-woningen            3.012.760\n"
)

RESERVES = (
    "# 5 Reserves\n\n"
    "Tabel 5.1 Verloop reserves 2041 (x € 1.000)\n\n"
    "                     Stand 1-1-2041   Toevoeging   Onttrekking   Stand 31-12-2041\n"
    "Algemene reserve             14.420          610           160             14.870\n"
    "Reserve sociaal domein        2.310            0           450              1.860\n"
)


def _conversation(answerer, questions: list[str], place: str):
    history: list[dict[str, str]] = []
    answer = None
    for question in questions:
        answer = answerer.answer(question, place, history)
        history += [{"role": "user", "content": question},
                    {"role": "assistant", "content": answer.text}]  # fmt: skip
    return answer


def test_a_levy_asked_plainly_is_asked_back_with_its_tariff_and_its_yield() -> None:
    """'Wat is de watersysteemheffing voor ingezetenen?' names the tariff's row and the
    yield's row in full: the answer asks which is meant and shows both figures."""
    answerer = text_answerer(LEVIES, year="2046", kind="jaarstukken")
    answer = answerer.answer("Wat is de watersysteemheffing voor ingezetenen in 2046?", "Proefdorp")
    assert answer.kind == "clarification" and not answer.figures, answer.text
    assert "121,44" in answer.text and "21.865.000" in answer.text


def test_what_one_payer_pays_is_the_tariff() -> None:
    answerer = text_answerer(LEVIES, year="2046", kind="jaarstukken")
    answer = answerer.answer(
        "Wat betaalt een ingezetene aan watersysteemheffing in 2046?", "Proefdorp"
    )
    assert [f.value for f in answer.figures] == [Decimal("121.44")], answer.text
    total = answerer.answer("Hoeveel bracht de watersysteemheffing ingezetenen op in 2046?",
                            "Proefdorp")  # fmt: skip
    assert [f.value for f in total.figures] == [21865000], total.text


def test_what_payers_pay_after_a_tariff_is_their_tariff() -> None:
    """After the owners' OZB rate, 'En wat betalen gebruikers ...?' is the users' rate (a
    percentage of the WOZ value), not what the OZB on non-dwellings brings in."""
    answerer = text_answerer(OZB, year="2041")
    answer = _conversation(
        answerer,
        ["Wat is in 2041 het OZB-tarief voor eigenaren van niet-woningen?",
         "En wat betalen gebruikers van niet-woningen in 2041?"],
        "Proefdorp",
    )  # fmt: skip
    assert [f.value for f in answer.figures] == [Decimal("0.1150")], answer.text


def test_a_reserve_asked_without_a_date_is_its_balance_at_the_end() -> None:
    answerer = text_answerer(RESERVES, year="2041")
    answer = answerer.answer("Hoe groot is de algemene reserve?", "Proefdorp")
    assert [f.value for f in answer.figures] == [14870000], answer.text
    begin = answerer.answer("Hoe groot was de algemene reserve begin 2041?", "Proefdorp")
    assert [f.value for f in begin.figures] == [14420000], begin.text


def test_a_follow_up_keeps_the_moment_of_the_last_figure() -> None:
    """'En de reserve sociaal domein?' after the balance at the start of the year: that
    reserve's balance at the start too, not the one at the end."""
    answerer = text_answerer(RESERVES, year="2041")
    answer = _conversation(
        answerer,
        ["Hoe groot was de algemene reserve op 1 januari 2041?", "En de reserve sociaal domein?"],
        "Proefdorp",
    )
    assert [f.value for f in answer.figures] == [2310000], answer.text


def test_a_levy_asked_for_one_unit_or_a_year_not_printed_is_not_asked_back() -> None:
    """'een woonruimte' names what the tariff is per: the tariff; a year the tables do not
    print is refused, not asked back; 'in totaal' asks what the levy brings in."""
    answerer = text_answerer(LEVIES, year="2046", kind="jaarstukken")
    one = answerer.answer("Wat kostte een woonruimte aan watersysteemheffing in 2046?", "Proefdorp")
    assert [f.value for f in one.figures] == [Decimal("121.44")], one.text
    later = answerer.answer("Wat wordt de watersysteemheffing voor ingezetenen in 2047?",
                            "Proefdorp")  # fmt: skip
    assert later.kind == "refusal", later.text
    total = answerer.answer(
        "Wat was de watersysteemheffing voor ingezetenen in 2046 in totaal?", "Proefdorp"
    )
    assert [f.value for f in total.figures] == [21865000], total.text


def test_what_one_kind_of_household_pays_is_the_table_that_names_it() -> None:
    """'voor een meerpersoonshuishouden' asks an amount per household: the table of that
    household's charges answers it, though no row says 'per'."""
    text = (
        "# 5 Lokale lasten\n\n"
        "Tabel 5.3 Woonlasten meerpersoonshuishouden (eigenaar-bewoner)\n\n"
        "                          2025       2026\n"
        "OZB woning             345,10     366,40\n"
        "Rioolheffing           214,66     229,84\n"
        "Afvalstoffenheffing    254,00     262,00\n"
        "Totale woonlasten      813,76     858,24\n\n"
        "Tabel 5.4 Opbrengst heffingen (x € 1.000)\n\n"
        "                          2025       2026\n"
        "Totale woonlasten       9.870     10.412\n"
    )
    answerer = text_answerer(text, year="2026")
    answer = answerer.answer(
        "Wat zijn de totale woonlasten voor een meerpersoonshuishouden in 2026?", "Proefdorp"
    )
    assert [f.value for f in answer.figures] == [Decimal("858.24")], answer.text
