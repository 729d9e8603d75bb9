"""Jaarstukken asked in residents' words (deviations from the budget, a sum named after
the question's verb), and the contributions of the members of a joint body beside columns that
are no money (issue 13). Made-up text for Proefdorp and
the Werkvoorziening De Proefhoeve."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .conftest import text_answerer


def _row(label: str, *cells: str) -> str:
    """A row as a text export sets it: figures flush right under their headers."""
    return f"{label:<44}" + "".join(f"{c:>14}" for c in cells)


# the header of a programme table in jaarstukken, its qualifiers on a line of their own
HEADER = [
    _row("Omschrijving", "Begroting", "Begroting na", "Realisatie", "Verschil", "V/N"),
    _row("", "primitief", "wijziging", "", "", ""),
]
ACCOUNTS = "\n".join([
    "# 5 Jaarrekening",
    "",
    "Tabel 5.1 Overzicht van baten en lasten 2031 (bedragen x € 1.000)",
    *HEADER,
    "Lasten",
    _row("Programma 1 Bestuur", "7.611", "7.948", "7.790", "158", "V"),
    _row("Programma 2 Wegen en groen", "12.406", "13.119", "13.737", "619", "N"),
    _row("Totaal lasten", "20.017", "21.067", "21.527", "461", "N"),
    "",
    "Tabel 3.1 Algemene dekkingsmiddelen (bedragen x € 1.000)",
    *HEADER,
    "Baten",
    _row("OZB woningen", "5.204", "5.204", "5.266", "62", "V"),
    _row("OZB niet-woningen", "2.917", "2.917", "2.870", "47", "N"),
    _row("Toeristenbelasting", "186", "186", "201", "15", "V"),
    "",
    "## Analyse van de verschillen",
    "",
    "Het nadeel van € 287.000 op de gladheidsbestrijding komt doordat de winter veertien "
    "strooidagen meer telde dan begroot. Het nadeel van € 331.000 op de jeugdzorg komt "
    "doordat meer jongeren jeugdhulp met verblijf kregen.",
])


@pytest.fixture(scope="module")
def accounts():
    return text_answerer(ACCOUNTS, year="2031", kind="jaarstukken")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # the nadeel of a row is its printed Verschil (619), not the realisation, nor the
        # realisation minus the amended budget computed from rounded cells (618)
        ("Hoe groot was het nadeel op de lasten van programma 2 Wegen en groen in 2031?",
         "619000"),
        # 'begroot' and 'begroting' name what the deviation is measured against: a
        # sentence of the jaarstukken answers, though it prints no budget itself
        ("Hoeveel meer dan begroot kostte de gladheidsbestrijding?", "287000"),
        ("Hoe groot was het tekort op de jeugdzorg ten opzichte van de begroting?", "331000"),
        # the list after the question ('..., woningen en niet-woningen samen') is of what its
        # head names, whatever verb it asks with
        ("Hoeveel OZB kwam er in 2031 in totaal binnen, woningen en niet-woningen samen?",
         "8136000"),
    ],
)
def test_accounts_asked_in_other_words(accounts, question: str, value: str) -> None:
    answer = accounts.answer(question, "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal(value), answer.text


def test_what_it_came_to_in_the_end_is_the_realisation(accounts) -> None:
    history: list[dict[str, str]] = []
    for question, value in (
        ("Hoeveel was er in 2031 na wijziging begroot voor programma 2 Wegen en groen?",
         "13119000"),
        ("En wat is het uiteindelijk geworden?", "13737000"),
    ):
        answer = accounts.answer(question, "Proefdorp", history=history)
        assert answer.kind == "figure", answer.text
        assert answer.figures[0].value == Decimal(value), answer.text
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.text},
        ]


def test_a_deviation_the_other_way_is_no_answer(accounts) -> None:
    """The sentence says the winter cost more than planned: asked how much less, it does not
    answer."""
    question = "Hoeveel minder dan begroot kostte de gladheidsbestrijding?"
    answer = accounts.answer(question, "Proefdorp")
    assert answer.kind != "figure" and not answer.figures, answer.text


MEMBERS = "\n".join([
    "# 7 Bijdragen van de deelnemers",
    "",
    "Tabel 3 Bijdragen per deelnemer (bedragen in euro's)",
    f"{'Deelnemer':<16}{'Inwoners':>12}{'SE Wsw 2032':>14}{'Bijdrage 2031':>16}"
    f"{'Bijdrage 2032':>16}",
    f"{'Oudeweg':<16}{'38.412':>12}{'188,6':>14}{'1.402.300':>16}{'1.461.914':>16}",
    f"{'Nieuwland':<16}{'21.077':>12}{'93,2':>14}{'702.900':>16}{'722.418':>16}",
    f"{'Totaal':<16}{'59.489':>12}{'281,8':>14}{'2.105.200':>16}{'2.184.332':>16}",
])


@pytest.fixture(scope="module")
def members():
    return text_answerer(MEMBERS, municipality="Werkvoorziening De Proefhoeve", year="2032")


@pytest.mark.parametrize(
    "question",
    [
        # the verb 'bijdragen' names the column 'Bijdrage' (the stemmer cuts them unlike)
        "Hoeveel moet Oudeweg in 2032 bijdragen aan de werkvoorziening?",
        # what it costs is money: never the column of tenths beside it ('188,6'), which no
        # table in whole euros prints as an amount
        "Wat gaat het Oudeweg in 2032 kosten om mee te doen?",
    ],
)
def test_a_members_contribution_not_the_units_beside_it(members, question: str) -> None:
    answer = members.answer(question, "Werkvoorziening De Proefhoeve")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("1461914"), answer.text



RESERVES = "\n".join([
    "# 6 Reserves",
    "",
    "Tabel 6.1 Verloop reserves 2031 (bedragen x € 1.000)",
    "Reserve                        Stand 1-1-2031  Toevoegingen  Onttrekkingen  Stand 31-12-2031",
    "Algemene reserve                       18.406         1.214            520            19.100",
    "Reserve sociaal domein                  2.870             -            615             2.255",
])


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # grown or shrunk within a year: its stand at the end less the one at the start
        ("Met hoeveel is de algemene reserve in 2031 gegroeid?", "694000"),
        ("Hoeveel is de reserve sociaal domein in 2031 afgenomen?", "-615000"),
    ],
)
def test_a_stock_changed_within_its_year(question: str, value: str) -> None:
    answerer = text_answerer(RESERVES, year="2031", kind="jaarstukken")
    answer = answerer.answer(question, "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal(value), answer.text
    assert "Stand 1-1-2031" in answer.text and "Stand 31-12-2031" in answer.text


def test_a_stock_changed_within_its_year_in_a_table_of_reserves_and_their_changes() -> None:
    # a caption that names the changes ('Reserves en mutaties') still prints stands beside
    # them: a stand is no change
    answerer = text_answerer(
        RESERVES.replace("Verloop reserves 2031", "Reserves en mutaties 2031"),
        year="2031",
        kind="begroting",
    )
    answer = answerer.answer("Met hoeveel neemt de reserve sociaal domein in 2031 af?", "Proefdorp")
    assert [f.value for f in answer.figures] == [Decimal(-615000)], answer.text


FORECAST = "\n".join([
    "# 4 Meerjarig financieel beeld",
    "",
    "Tabel 1 Meerjarig financieel beeld (bedragen in euro's)",
    f"{'Omschrijving':<36}{'Begroting 2033':>16}{'Begroting 2034':>16}",
    "Baten",
    f"{'Omzet detachering':<36}{'6.915.000':>16}{'7.260.000':>16}",
    f"{'Omzet groenonderhoud':<36}{'3.118.000':>16}{'3.204.000':>16}",
    f"{'Omzet schoonmaak en facilitair':<36}{'2.301.000':>16}{'2.355.000':>16}",
])


def test_the_verb_of_the_asking_names_no_part_of_a_compound() -> None:
    """'maakt' asks; it is no part of 'schoonmaak': the sum is of the rows the question
    lists, or nothing."""
    answerer = text_answerer(
        FORECAST, municipality="Werkvoorziening De Proefhoeve", year="2034", weighed=True
    )
    answer = answerer.answer(
        "Hoeveel omzet maakt de werkvoorziening in 2034 met detachering en groenonderhoud samen?",
        "Werkvoorziening De Proefhoeve",
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("10464000"), answer.text


REGION = "\n".join([
    "# 4 Bijdragen en prestaties",
    "",
    "Tabel 4.1 Bijdragen per deelnemende gemeente 2036 (bedragen in €)",
    f"{'Gemeente':<16}{'Bijdrage 2036 Primitief':>26}{'Bijdrage 2036 Na wijziging':>28}",
    f"{'Oudeweg':<16}{'3.412.300':>26}{'3.449.716':>28}",
    f"{'Nieuwland':<16}{'2.218.050':>26}{'2.242.374':>28}",
    "",
    "Tabel 5.1 Indicatoren brandweerzorg",
    f"{'Indicator':<36}{'Norm 2036':>12}{'Realisatie 2036':>18}{'Realisatie 2035':>18}",
    f"{'Aantal controles en inspecties':<36}{'1.300':>12}{'1.240':>18}{'1.187':>18}",
    f"{'Aantal oefeningen crisisorganisatie':<36}{'12':>12}{'14':>18}{'11':>18}",
    f"{'Aantal uitrukken':<36}{'n.v.t.':>12}{'4.812':>18}{'4.655':>18}",
])


@pytest.mark.parametrize("kind", ["jaarstukken", "jaarrekening"])
@pytest.mark.parametrize(
    ("question", "value"),
    [
        # what was done in the year the accounts report on, not the norm beside it
        ("Hoeveel controles en inspecties zijn er in 2036 gedaan?", "1240"),
        # how often asks a figure as 'hoeveel' does
        ("Hoe vaak rukte de brandweer in 2036 uit?", "4812"),
        # paid: of two budgets and no realisation, the one in force at the end of the year
        ("Hoeveel heeft Oudeweg in 2036 betaald aan de regio?", "3449716"),
    ],
)
def test_year_accounts_by_any_name_report_what_was_done(kind: str, question: str, value: str):
    answerer = text_answerer(
        REGION, municipality="Veiligheidsregio Proefland", year="2036", kind=kind, weighed=True
    )
    answer = answerer.answer(question, "Veiligheidsregio Proefland")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal(value), answer.text


ESTIMATES = "\n".join([
    "Tabel 1.1 Saldo van baten en lasten (x € 1.000)",
    f"{'Omschrijving':<36}{'Begroting 2037':>16}{'Raming 2038':>14}{'Raming 2039':>14}",
    f"{'Totaal saldo van baten en lasten':<36}{'-4.184':>16}{'-3.527':>14}{'58':>14}",
    f"{'Geraamd resultaat':<36}{'412':>16}{'186':>14}{'-94':>14}",
    "",
    "De gemeente raamt de opbrengst van de onroerendezaakbelastingen op de WOZ-waarden.",
    "",
    "# Resultaat",
    "",
    "Het resultaat van 2037 is positief.",
    "",
    "# Reserves",
    "",
    "Het resultaat gaat naar de algemene reserve.",
])


def test_what_the_budget_estimates_asked_with_the_verb() -> None:
    """'raamt' is the verb of 'geraamd': a status word, no subject the rows must print
    (though the text prints it elsewhere)."""
    answerer = text_answerer(ESTIMATES, year="2037", kind="begroting", weighed=True)
    answer = answerer.answer("Welk resultaat raamt de gemeente voor 2039?", "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("-94000"), answer.text


def test_a_printed_change_answers_how_much_something_rises() -> None:
    """'Met hoeveel stijgen de lasten ...?' asks no count of things: the sentence's amount of
    the rise answers it."""
    text = "\n".join([
        "# 1 Financieel beeld",
        "",
        "De lasten voor jeugdzorg stijgen met € 1,2 miljoen ten opzichte van de begroting 2036. "
        "Oorzaken zijn het groeiende aantal jongeren met jeugdhulp en hogere tarieven.",
    ])
    answerer = text_answerer(text, year="2037", kind="begroting")
    answer = answerer.answer(
        "Met hoeveel stijgen de lasten voor jeugdzorg ten opzichte van de begroting 2036?",
        "Proefdorp",
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("1200000"), answer.text
