"""Which column and which rows a question means (issue 13): the lasten of a row when the
question names no measure, sums asked in other words, shares whose whole is of the measure
asked, a clause saying what a total includes, and a relative year after a question back.
The figures are made up for the fictitious municipality Proefdorp."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.figure_answers import FigureAnswerer
from assistant.table_checks import check_totals

from .conftest import text_answerer

PROEFDORP = (
    "# Taakvelden\n"
    "\n"
    "Tabel 12.5 - Baten en lasten per taakveld\n"
    "                                   Baten 2031    Lasten 2031    Saldo 2031\n"
    "0.61 OZB woningen                   8.764.000             0     8.764.000\n"
    "6.71b Begeleiding (WMO)                     0      -812.000      -812.000\n"
    "6.72a Jeugdhulp begeleiding                 0      -655.000      -655.000\n"
    "6.72b Jeugdhulp behandeling                 0      -673.722      -673.722\n"
    "7.3 Afval                           3.912.000    -3.650.400       261.600\n"
    "\n"
    "# Voorschotten\n"
    "\n"
    "Voorschotbedragen (bedragen x € 1.000)\n"
    "                                   Ultimo 2030    Ultimo 2031\n"
    "A. Het Rijk                              1.169            953\n"
    "B. Gemeenten                               243            197\n"
    "Totaal                                   1.412          1.150\n"
    "\n"
    "# Belastingen\n"
    "\n"
    "Tabel 7.1 - Opbrengst uit belastingen (bedragen x € 1.000)\n"
    "                                  raming 2030    raming 2031\n"
    "Hondenbelasting                          194            200\n"
    "Toeristenbelasting                     2.430          2.508\n"
    "\n"
    "Tabel 7.3 - Tarieven hondenbelasting\n"
    "                                  tarief 2030    tarief 2031\n"
    "eerste hond                             92,04          95,04\n"
    "tweede hond                            138,36         142,80\n"
    "\n"
    "# Tarieven\n"
    "\n"
    "Tabel 7.2 - Tarieven toeristenbelasting\n"
    "                                  tarief 2030    tarief 2031\n"
    "per overnachting (hotel)                 4,15           4,28\n"
    "per overnachting (camping)               1.65           1.70\n"
    "\n"
    "# Reserves\n"
    "\n"
    "Tabel 9.4 - Overzicht reserves (bedragen x € 1.000)\n"
    "                                  Begroting 2030    Vermeerderingen 2031    "
    "Verminderingen 2031    Begroting 2031\n"
    "Algemene reserves\n"
    "Vrije algemene reserve                    23.791                       0"
    "                 -1.250            22.541\n"
    "Reserve weerstandsvermogen                 6.000                     500"
    "                      0             6.500\n"
    "Totaal algemene reserves                  29.791                     500"
    "                 -1.250            29.041\n"
    "\n"
    "# Weerstandsvermogen\n"
    "\n"
    "De ratio geeft de verhouding weer tussen beschikbare en benodigde capaciteit.\n"
    "\n"
    "                 Beschikbare weerstandscapaciteit          €          31.540.000\n"
    "Ratio weerstandsvermogen =                              =                = 11,0\n"
    "                 Benodigde weerstandscapaciteit            €           2.873.600\n"
)


@pytest.fixture(scope="module")
def answerer() -> FigureAnswerer:
    return text_answerer(PROEFDORP)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # no measure named: the lasten, not the baten of 0
        ("Hoeveel is er in 2031 begroot voor jeugdhulp behandeling?", "-673722"),
        # a row that costs nothing: what it brings in
        ("Hoeveel OZB woningen verwacht Proefdorp in 2031?", "8764000"),
        # a sum asked in other words than 'samen'
        ("Hoeveel is de jeugdhulp begeleiding en de jeugdhulp behandeling in 2031 bij elkaar?",
         "-1328722"),
        # what the last part says of the whole holds for every part (not the Wmo begeleiding)
        ("Hoeveel is er in 2031 samen begroot voor begeleiding en behandeling binnen de "
         "jeugdhulp?", "-1328722"),
        # the cue before the parts: 'samen, A en B'
        ("Wat kost de jeugdhulp in 2031 samen, begeleiding en behandeling?", "-1328722"),
        # what a total includes does not name the row (not the 6.500.000 of that part)
        ("Hoeveel zit er eind 2031 in totaal in de algemene reserves, dus inclusief het deel "
         "voor het weerstandsvermogen?", "29041000"),
        # the balance, not the movements beside it
        ("Hoe groot is de vrije algemene reserve eind 2031?", "22541000"),
        # a label beside one amount, laid out in a formula
        ("Hoe groot is de benodigde weerstandscapaciteit?", "2873600"),
        # cents after a point ('1.70' among '4,28')
        ("Hoeveel toeristenbelasting betaal je in 2031 per overnachting op de camping?", "1.70"),
    ],
)  # fmt: skip
def test_the_question_chooses_row_and_column(answerer, question: str, value: str) -> None:
    answer = answerer.answer(question, "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal(value)


@pytest.mark.parametrize(
    "question",
    [
        # one part found is no sum
        "Hoeveel is er in 2031 samen begroot voor jeugdhulp begeleiding en de ijsbaan?",
        # ... also with the cue before the parts
        "Wat kost de jeugdhulp in 2031 samen, begeleiding en de ijsbaan?",
        # a sum whose parts are not told apart is no one row of it
        "Wat kost de jeugdhulp in 2031 samen, behandeling en ook de rest voor jongeren?",
        # 953 / 1.150 are advances on the balance sheet, not baten
        "Welk percentage van alle baten kwam in 2031 van het Rijk?",
    ],
)
def test_no_figure_when_the_parts_or_the_whole_are_not_printed(answerer, question) -> None:
    answer = answerer.answer(question, "Proefdorp")
    assert not answer.figures, answer.text


def test_last_year_after_a_question_back_is_the_year_before_the_asked_one() -> None:
    answerer = text_answerer(PROEFDORP)
    history = [{"role": "user", "content": "Hoeveel zat er in 2031 in de reserve?"}]
    answer = answerer.answer("En vorig jaar?", "Proefdorp", history)
    # never a row that merely prints the word 'jaar'; the reserve of 2030, or a question back
    assert answer.kind in ("figure", "clarification"), answer.text
    assert all(f.period.endswith("2030") for f in answer.figures), answer.text


def test_a_total_of_its_group_only_adds_up() -> None:
    text = (
        "# Meerjarenbeeld\n\n"
        "Tabel 12.2 - Meerjarenperspectief (bedragen x € 1.000)\n"
        "                                   Saldo 2031    Saldo 2032\n"
        "P1 Veiligheid                          -4.103        -4.028\n"
        "P2 Zorg                               -27.281       -27.957\n"
        "Saldo van baten en lasten             -31.384       -31.985\n"
        "Mutaties reserves\n"
        "P1 Veiligheid                               0             0\n"
        "P2 Zorg                                    50            20\n"
        "Totaal mutaties reserves                   50            20\n"
    )
    from assistant.figures import document_figures
    from assistant.parsing import parse_sections

    cells = document_figures(parse_sections(text), document_id="p", municipality="Proefdorp")
    checks = [c for c in check_totals(cells) if c.total_row == "Totaal mutaties reserves"]
    assert checks and all(c.ok for c in checks), [c.describe() for c in checks]


def test_what_one_dog_costs_is_a_rate_never_the_yield(answerer) -> None:
    answer = answerer.answer(
        "Wat kost de hondenbelasting in 2031 als je één hond hebt?", "Proefdorp"
    )
    assert all(f.value != Decimal("200000") for f in answer.figures)
    assert "200.000" not in answer.text
    # ... and one dog is the first: its tariff, as the '2e hond' is the second's
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("95.04"), answer.text
    answer = answerer.answer(
        "wat betaal je in 2031 aan hondenbelasting voor je 2e hond?", "Proefdorp"
    )
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("142.80"), answer.text



LEADS = (
    "# Budgetten\n"
    "\n"
    "De raad heeft in 2030 incidentele budgetten beschikbaar gesteld:\n"
    "  • Cultuur (€ 41.500): Dit is beschikbaar gesteld voor het actualiseren van de "
    "cultuurvisie.\n"
    "  • Buurthuis (€ 60.000): Dit is beschikbaar gesteld voor de inrichting van het buurthuis.\n"
)


def test_the_sentence_after_a_lead_says_what_the_amount_is_for() -> None:
    answer = text_answerer(LEADS).answer(
        "Hoeveel geld was er beschikbaar voor het actualiseren van de cultuurvisie?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("41500")  # not the buurthuis after it


def test_a_row_whose_label_swallowed_a_figure_is_never_answered() -> None:
    text = (
        "# Eigen vermogen\n\n"
        "Tabel 3.1 - Reserves (bedragen x € 1.000)\n"
        "                                   Ultimo 2030    Ultimo 2031\n"
        "Reserve onderhoud                        1.117          1.117\n"
        "Reserve digitalisering 400                 287            687\n"
        "Totaal                                   1.404          1.804\n"
    )
    answer = text_answerer(text).answer(
        "Hoeveel stond er eind 2031 opzij voor digitalisering?", "Proefdorp"
    )
    assert not answer.figures, answer.text  # its figures may stand in any column


CONTRIBUTIONS = (
    "# 3 Bijdragen gemeenten\n\n"
    "Tabel 3.1 Bijdragen gemeenten 2041 (in euro's)\n"
    "Gemeente        Inwoners 1-1-2041   Bijdrage begroot   Bijdrage werkelijk\n"
    "Ketelum                   127.460          7.621.513            7.800.619\n"
    "Zandheide                  28.020          1.749.581            1.790.696\n"
    "Totaal                    155.480          9.371.094            9.591.315\n"
)


def test_what_members_paid_together_adds_their_payments_never_their_inwoners() -> None:
    """'Hoeveel betaalden A en B samen werkelijk in 2041?' where only the inwoners column
    names 2041 (the caption dates the others): the payments added up."""
    answerer = text_answerer(CONTRIBUTIONS, municipality="Veiligheidsregio Proefland", year="2041",
                             kind="jaarstukken")  # fmt: skip
    answer = answerer.answer(
        "Hoeveel betaalden Ketelum en Zandheide samen werkelijk in 2041?",
        "Veiligheidsregio Proefland",
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("9591315"), answer.text


DEVIATIONS = (
    "# 3 Programma Zorg\n\n"
    "Tabel 3.2 Wat heeft het gekost? (bedragen in euro's)\n"
    "                          Begroting      Realisatie     Verschil   Verschil\n"
    "Omschrijving           na wijziging            2041            €          %    V/N\n"
    "Lasten\n"
    "Sociale zaken            22.106.450      21.874.912      231.538        1,0      V\n"
    "Wmo                      15.012.300      15.688.214      675.914        4,5      N\n"
    "Jeugd                    20.540.700      21.612.487    1.071.787        5,2      N\n"
    "Totaal lasten            57.659.450      59.175.613    1.516.163        2,6      N\n"
)


def test_a_row_mark_beside_two_deviation_columns_signs_both_in_the_totals_check() -> None:
    """One column 'V/N' after 'Verschil €' and 'Verschil %': each row's mark says which way
    both go, so the total's deviation adds up (231.538 V against 675.914 and 1.071.787 N)."""
    from assistant.figures import document_figures
    from assistant.parsing import parse_sections

    cells = document_figures(parse_sections(DEVIATIONS), document_id="p", municipality="P")
    checks = [c for c in check_totals(cells) if c.column == "Verschil €"]
    assert checks and all(c.ok for c in checks), checks
