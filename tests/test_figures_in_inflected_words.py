"""Figures asked in other forms of the printed words (issue 13): a verb in the third person
('rekent') for the infinitive a sentence prints ('rekenen'), an adjective uninflected
('beschikbaar') for the inflected label ('Beschikbare ...'), the participle of a doer
('deelnemende') for the doer ('deelnemers'), a unit before the counted noun ('hoeveel fte
formatie'); a difference with the budget under an adjective ('onder de bijgestelde
begroting'); the national column asked as 'landelijk'; a row without any figure is no choice;
a past tense ('leverden') asks what was realised; a change of a balance within one year; two
rows 'bij elkaar opgeteld'. Made-up figures for Proefdorp and the bodies it takes part in."""

from __future__ import annotations

from decimal import Decimal

from .conftest import text_answerer
from .test_programme_chapters_columns_and_per_inhabitant import _turns

DIENST = (
    "# 2 Financiële kaders\n"
    "\n"
    "Voor 2031 rekenen wij met een integraal uurtarief van € 112,40 en een vaste bijdrage van "
    "€ 14,65 per inwoner.\n"
    "\n"
    "# 3 Personeel\n"
    "\n"
    "Eind 2029 werkten 124 medewerkers bij de dienst. De formatie groeit in 2031 naar totaal "
    "117,2 fte, vooral bij toezicht en handhaving.\n"
    "\n"
    "# 4 Bijdragen\n"
    "\n"
    "Voor 2031 bedraagt de totale bijdrage van de deelnemers € 13.534.232, tegen € 13.031.219 "
    "in de begroting 2030.\n"
)


def test_a_verb_in_the_third_person_finds_the_sentence_with_its_infinitive() -> None:
    answer = text_answerer(DIENST, "Omgevingsdienst Proefland", year="2031").answer(
        "Welk uurtarief rekent de dienst in 2031?", "Omgevingsdienst Proefland"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("112.40"), answer.text


def test_a_unit_before_the_counted_noun_counts_in_that_unit() -> None:
    """'hoeveel fte formatie': 'fte' is the unit the formation is counted in, not an
    adjective of it; the sentence's '117,2 fte' answers."""
    answer = text_answerer(DIENST, "Omgevingsdienst Proefland", year="2031").answer(
        "Met hoeveel fte formatie rekent de dienst in 2031?", "Omgevingsdienst Proefland"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("117.2"), answer.text


def test_the_participle_of_a_doer_names_the_doer() -> None:
    """'de deelnemende gemeenten' are the 'deelnemers' of the sentence, though the stemmer
    writes the one's vowel doubled and the other's single."""
    answer = text_answerer(DIENST, "Omgevingsdienst Proefland", year="2031").answer(
        "Wat brengen alle deelnemende gemeenten samen op aan bijdragen in 2031?",
        "Omgevingsdienst Proefland",
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("13534232"), answer.text


WEERSTAND = (
    "# 4 Weerstandsvermogen\n"
    "\n"
    "Tabel 4.1 Weerstandscapaciteit (bedragen x € 1 mln)\n"
    "Onderdeel                              Begroting 2029   Jaarrekening 2029\n"
    "Beschikbare weerstandscapaciteit (A)             20,1                21,3\n"
    "Benodigde weerstandscapaciteit (B)                9,4                 8,6\n"
    "Ratio weerstandsvermogen (A/B)                   2,14                2,48\n"
)


def test_an_uninflected_adjective_names_the_inflected_label() -> None:
    """'beschikbaar' is the row 'Beschikbare ...', though the stemmer cuts '-baar' from the
    one form only; the row that names another word ('Benodigde') is never the answer."""
    answer = text_answerer(WEERSTAND, "Proefdorp", year="2029", kind="jaarstukken").answer(
        "Hoeveel weerstandscapaciteit had Proefdorp beschikbaar bij de jaarrekening 2029?",
        "Proefdorp",
    )
    assert all(f.value != Decimal("8600000") for f in answer.figures), answer.text
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("21300000"), answer.text


OVERZICHT = (
    "# 2 Overzicht van baten en lasten\n"
    "\n"
    "Tabel 2.1 Lasten per programma 2029 (bedragen in €)\n"
    "Programma                  Begroting primitief 2029  Begroting na wijziging 2029  "
    "Realisatie 2029     Verschil\n"
    "1. Bestuur                               8.120.400                    8.231.700        "
    "8.190.100       41.600\n"
    "2. Economie                             12.676.724                   14.213.544       "
    "12.943.354    1.270.190\n"
    "3. Sport                                 2.910.000                    2.980.169        "
    "3.103.626     -123.457\n"
    "\n"
    "Tabel 2.2 Baten per programma 2029 (bedragen in €)\n"
    "Programma                  Begroting primitief 2029  Begroting na wijziging 2029  "
    "Realisatie 2029     Verschil\n"
    "1. Bestuur                                 410.000                      415.000          "
    "420.500        5.500\n"
    "2. Economie                              2.100.000                    2.250.000        "
    "2.204.000      -46.000\n"
    "3. Sport                                 1.189.777                    1.189.777        "
    "1.142.059      -47.718\n"
)


def test_below_an_adjectived_budget_is_the_difference_with_it() -> None:
    """'onder de bijgestelde begroting' asks the difference with the budget, as 'onder de
    begroting' does: never the budget itself."""
    answer = text_answerer(OVERZICHT, "Proefdorp", year="2029", kind="jaarstukken").answer(
        "Hoeveel bleven de lasten van Economie onder de bijgestelde begroting?", "Proefdorp"
    )
    assert all(f.value != Decimal("14213544") for f in answer.figures), answer.text
    assert answer.kind == "figure", answer.text
    assert abs(answer.figures[0].value) == Decimal("1270190"), answer.text


def test_a_past_tense_after_a_budget_turn_asks_what_was_realised() -> None:
    """'leverden ... op' in the past: what the facilities brought in, not what the budget
    of the turn before said they would."""
    *_, yielded = _turns(
        text_answerer(OVERZICHT, "Proefdorp", year="2029", kind="jaarstukken"),
        "Proefdorp",
        "Wat waren de werkelijke lasten van Sport in 2029?",
        "En wat was daarvoor na wijziging begroot?",
        "En hoeveel inkomsten leverde Sport op?",
    )
    assert yielded.kind == "figure", yielded.text
    assert yielded.figures[0].value == Decimal("1142059"), yielded.text


INDICATOREN = (
    "# 5 Sociaal domein\n"
    "\n"
    "Tabel 5.1 Beleidsindicatoren programma 5\n"
    "Indicator                       Eenheid          Jaar   Proefdorp   Nederland\n"
    "Banen per 1.000 inw. 15-64 jr   per 1.000 inw.   2028       744,1       812,5\n"
    "Jongeren met jeugdhulp          %                2028        11,9        12,6\n"
)


def test_landelijk_asks_the_national_column_of_the_row() -> None:
    answer = text_answerer(INDICATOREN, "Proefdorp", year="2029", kind="jaarstukken").answer(
        "Hoeveel banen per 1.000 inwoners van 15 tot 64 jaar zijn er landelijk?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("812.5"), answer.text


BALANS = (
    "# 6 Balans\n"
    "\n"
    "Tabel 6.1 Balans per 31 december 2029 (bedragen x € 1.000)\n"
    "Activa                      31-12-2029   31-12-2028\n"
    "Vaste activa                   112.480      109.950\n"
    "Liquide middelen                 2.914        3.775\n"
    "Totaal activa                  115.394      113.725\n"
)


def test_how_much_a_balance_fell_in_a_year_is_its_end_against_the_year_before() -> None:
    answer = text_answerer(BALANS, "Proefdorp", year="2029", kind="jaarstukken").answer(
        "Met hoeveel zijn de liquide middelen van Proefdorp in 2029 afgenomen?", "Proefdorp"
    )
    assert all(f.value not in (Decimal("2914000"), Decimal("3775000")) for f in answer.figures)
    assert answer.kind == "figure", answer.text
    assert abs(answer.figures[0].value) == Decimal("861000"), answer.text


TAAKVELDEN = (
    "# 5 Sociaal domein\n"
    "\n"
    "Tabel 5.2 Lasten per taakveld programma 5 (bedragen in €)\n"
    "Taakveld                               Begroting 2029   Realisatie 2029\n"
    "6.71 Maatwerkdienstverlening 18+            9.654.779         9.862.465\n"
    "6.72 Maatwerkdienstverlening 18-            9.034.372        10.318.279\n"
    "6.81 Geëscaleerde zorg 18+                  1.204.000         1.187.300\n"
)


def test_two_rows_added_up_are_never_answered_with_one() -> None:
    answer = text_answerer(TAAKVELDEN, "Proefdorp", year="2029", kind="jaarstukken").answer(
        "Wat kostte maatwerkdienstverlening voor 18-plussers en voor jongeren onder de 18 in "
        "2029 bij elkaar opgeteld?",
        "Proefdorp",
    )
    assert all(f.value not in (Decimal("9862465"), Decimal("10318279")) for f in answer.figures)
    if answer.kind == "figure":
        assert answer.figures[-1].value == Decimal("20180744"), answer.text


PER_TAAKVELD = (
    "# 5 Sociaal domein\n"
    "\n"
    "Tabel 5.3 Baten en lasten per taakveld (bedragen in €)\n"
    "Taakveld                               Begroting 2029   Realisatie 2029     Verschil\n"
    "Lasten\n"
    "6.71 Maatwerkdienstverlening 18+            9.654.779         9.862.465     -207.686\n"
    "6.72 Maatwerkdienstverlening 18-            9.034.372        10.318.279   -1.283.907\n"
    "Totaal lasten                              18.689.151        20.180.744   -1.491.593\n"
    "6.71 Maatwerkdienstverlening 18+                    -                 -            -\n"
    "6.72 Maatwerkdienstverlening 18-                    -                 -            -\n"
    "Totaal baten                                        -                 -            -\n"
)


def test_a_reading_without_any_figure_is_no_choice() -> None:
    """The same row twice, once with figures and once with a dash in every column (a block
    of baten without any): the dashes answer nothing, and ask nothing back."""
    answer = text_answerer(PER_TAAKVELD, "Proefdorp", year="2029", kind="jaarstukken").answer(
        "Met hoeveel euro ging taakveld 6.72 over de begroting heen?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert abs(answer.figures[0].value) == Decimal("1283907"), answer.text


DEELNEMERS = (
    "# 4 Bijdragen\n"
    "\n"
    "Tabel 4.1 Bijdrage per deelnemer 2031 (bedragen in €)\n"
    "Deelnemer     Inwoners 1-1-2030   Bijdrage 2031\n"
    "Proefdorp                41.260       2.412.880\n"
    "Proefhoeve               19.642       1.551.130\n"
    "Totaal                   60.902       3.964.010\n"
    "\n"
    "Tabel 4.2 Meerjarige bijdrage per deelnemer (bedragen in €)\n"
    "Jaar              Proefdorp   Proefhoeve       Totaal\n"
    "Begroting 2031    2.412.880    1.551.130    3.964.010\n"
    "Raming 2032       2.460.100    1.581.500    4.041.600\n"
    "Raming 2033       2.509.300    1.613.100    4.122.400\n"
)


def test_a_member_named_by_the_column_of_a_table_of_years_is_found_there() -> None:
    """Years as rows and members as columns: the member's name is printed by its column, so
    the row of the year asked under it answers, not the member's row of another table
    without that year."""
    answer = text_answerer(DEELNEMERS, "Dienst Proefland", year="2031").answer(
        "Wat is de geraamde bijdrage van Proefhoeve in 2033?", "Dienst Proefland"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("1613100"), answer.text


def test_with_how_many_inhabitants_a_body_reckons_is_the_members_count() -> None:
    answer = text_answerer(DEELNEMERS + DIENST, "Dienst Proefland", year="2031").answer(
        "Met hoeveel inwoners rekent de dienst voor Proefhoeve?", "Dienst Proefland"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("19642"), answer.text


def test_what_a_member_pays_per_inhabitant_is_computed_from_its_row() -> None:
    answer = text_answerer(DEELNEMERS, "Dienst Proefland", year="2031").answer(
        "Hoeveel betaalt Proefhoeve in 2031 per inwoner aan de dienst?", "Dienst Proefland"
    )
    assert answer.kind == "figure", answer.text
    # 1.551.130 / 19.642
    assert answer.figures[0].value == Decimal("78.97"), answer.text


WONEN = (
    "# 5 Wonen\n"
    "\n"
    "Voor 2026 verwachten wij de oplevering van 65 nieuwe woningen, waarvan 22 sociale "
    "huurwoningen. We breiden het team handhaving uit met 2 fte boa's.\n"
)


def test_the_amount_of_the_year_asked_is_no_answer_when_another_is_named() -> None:
    """'Voor 2026 ... 65 nieuwe woningen, waarvan 22 sociale huurwoningen': both amounts are
    of 2026, and the words asked are the second's; the first is never the answer."""
    answer = text_answerer(WONEN, "Proefdorp", year="2026").answer(
        "Hoeveel sociale huurwoningen worden er in 2026 opgeleverd?", "Proefdorp"
    )
    assert all(f.value != Decimal("65") for f in answer.figures), answer.text


def test_a_team_expanded_by_some_fte_is_no_count_of_all_fte() -> None:
    answer = text_answerer(WONEN, "Proefdorp", year="2026").answer(
        "Hoeveel fte heeft de gemeente Proefdorp?", "Proefdorp"
    )
    assert all(f.value != Decimal("2") for f in answer.figures), answer.text
    assert answer.kind == "refusal", answer.text


DEKKING = (
    "# 3 Algemene dekkingsmiddelen\n"
    "\n"
    "Tabel 3.1 Algemene dekkingsmiddelen (bedragen x € 1.000)\n"
    "Dekkingsmiddel        Begroting 2025 primitief  Begroting 2025 na wijziging  Realisatie 2025\n"
    "Toeristenbelasting                         280                          285              312\n"
    "Hondenbelasting                            145                          145              139\n"
)


def test_the_budget_as_the_council_adopted_it_is_the_original_one() -> None:
    answer = text_answerer(DEKKING, "Proefdorp", year="2025", kind="jaarstukken").answer(
        "Op hoeveel toeristenbelasting rekende Proefdorp toen de begroting 2025 werd "
        "vastgesteld?",
        "Proefdorp",
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("280000"), answer.text


def test_another_member_after_a_year_of_a_table_of_years_is_that_year_of_its_column() -> None:
    first, other = _turns(
        text_answerer(DEELNEMERS, "Dienst Proefland", year="2031"),
        "Dienst Proefland",
        "Wat is de geraamde bijdrage van Proefhoeve in 2033?",
        "En voor Proefdorp?",
    )
    assert first.kind == "figure" and first.figures[0].value == Decimal("1613100"), first.text
    assert other.kind == "figure", other.text
    assert other.figures[0].value == Decimal("2509300"), other.text


ONDERDELEN = (
    "# 5 Bijdragen\n"
    "\n"
    "Tabel 5 Bijdragen per deelnemer 2027, per onderdeel (bedragen in €)\n"
    "Deelnemer      Uitvoeringskosten   Schuldhulpverlening       Totaal\n"
    "Proefdorp              3.912.400               615.625    4.528.025\n"
    "Proefhoeve             4.313.115               454.903    4.768.018\n"
)


def test_another_member_after_a_column_of_a_table_per_part_is_in_that_column() -> None:
    """Members as rows and parts as columns: 'En Proefhoeve?' after the debt counselling of
    Proefdorp asks Proefhoeve's debt counselling, not its total."""
    *_, other = _turns(
        text_answerer(ONDERDELEN, "Sociale Dienst Proefland", year="2027"),
        "Sociale Dienst Proefland",
        "Wat betaalt Proefdorp in 2027 aan de dienst voor schuldhulpverlening?",
        "En Proefhoeve?",
    )
    assert other.kind == "figure", other.text
    assert other.figures[0].value == Decimal("454903"), other.text


TAAKVELDEN = (
    "# 5 Bijlage\n"
    "\n"
    "Tabel 5.1 Lasten en baten per taakveld, realisatie 2030 (bedragen in €)\n"
    "\n"
    "Taakveld                          Lasten          Baten          Saldo\n"
    "0.61 OZB woningen                312.804      6.418.331      6.105.527\n"
    "0.62 OZB niet-woningen           161.290      4.015.776      3.854.486\n"
    "0.64 Belastingen overig           24.117        903.115        878.998\n"
)


def test_what_a_tax_has_opgeleverd_is_what_it_brought_in() -> None:
    """'opgeleverd', the participle of 'opleveren': what the tax brought in, its baten, not
    what collecting it cost; also for two rows added up."""
    answerer = text_answerer(TAAKVELDEN, year="2030", kind="jaarstukken")
    one = answerer.answer("Hoeveel heeft de OZB op woningen in 2030 opgeleverd?", "Proefdorp")
    assert [f.value for f in one.figures] == [Decimal("6418331")], one.text
    both = answerer.answer(
        "Hoeveel heeft de OZB in 2030 opgeleverd, woningen en niet-woningen samen?", "Proefdorp"
    )
    assert [f.value for f in both.figures] == [Decimal("10434107")], both.text
