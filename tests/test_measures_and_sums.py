"""Which column and which rows a question means (issue 13): the lasten of a row when the
question names no measure, sums asked in other words, shares whose whole is of the measure
asked, a clause saying what a total includes, and a relative year after a question back.
The figures are made up for the fictitious municipality Proefdorp."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.figure_answers import FigureAnswerer, expected_unit
from assistant.table_checks import check_totals

from .conftest import documents_answerer, text_answerer

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


INVESTMENTS = "\n".join([
    "# 7 Investeringen",
    "",
    "Tabel 14 Investeringsplanning 2044-2045 (bedragen x € 1.000)",
    "{:<44}{:>10}{:>10}".format("Investering", "2044", "2045"),
    "{:<44}{:>10}{:>10}".format("Klimaatinstallatie depot Marslanden", "310", "0"),
    "{:<44}{:>10}{:>10}".format("Stellingen en inrichting depots", "85", "120"),
    "{:<44}{:>10}{:>10}".format("Calamiteitenvoorzieningen depots", "0", "35"),
    "{:<44}{:>10}{:>10}".format("Depot", "395", "155"),
    "{:<44}{:>10}{:>10}".format("Scanapparatuur", "65", "0"),
    "{:<44}{:>10}{:>10}".format("Totaal investeringen", "460", "155"),
])


def test_a_plural_with_s_names_the_row_of_its_singular() -> None:
    """'de depots' asks the row 'Depot' (the depots' subtotal), as 'het depot' would: the
    stemmer keeps the '-s' of a plural of a word from elsewhere."""
    answer = text_answerer(INVESTMENTS, weighed=True).answer(
        "hoeveel investeert Proefdorp in 2044 in de depots", None, []
    )
    assert [f.value for f in answer.figures] == [Decimal(395000)], answer.text


BY_KIND = "\n".join([
    "# 1 Kerncijfers",
    "",
    "Tabel 1 Kerncijfers (bedragen in € mln)",
    "{:<36}{:>14}".format("", "Begroting 2044"),
    "{:<36}{:>14}".format("Totale baten", "7,42"),
    "{:<36}{:>14}".format("Totale lasten", "7,72"),
    "",
    "# 2 Baten en lasten naar soort",
    "",
    "Tabel 6 Baten en lasten naar soort 2044-2045 (bedragen x € 1.000)",
    "{:<36}{:>14}{:>14}".format("", "Begroting 2044", "Raming 2045"),
    "{:<36}{:>14}{:>14}".format("Baten bijdrage Rijk", "2.492", "2.554"),
    "{:<36}{:>14}{:>14}".format("Baten bijdrage gemeente Proefdorp", "1.878", "1.925"),
    "{:<36}{:>14}{:>14}".format("Baten overig", "3.048", "3.105"),
    "{:<36}{:>14}{:>14}".format("Totale baten", "7.418", "7.584"),
    "{:<36}{:>14}{:>14}".format("Personeel", "4.237", "4.343"),
    "{:<36}{:>14}{:>14}".format("Huisvesting", "3.481", "3.421"),
    "{:<36}{:>14}{:>14}".format("Totale lasten", "7.718", "7.764"),
])


def test_a_share_of_a_total_printed_as_totale() -> None:
    """'Totale baten' is the table's total as 'Totaal baten' would be: the Rijk's share of it
    is 2.492 / 7.418 (the key figures' rounded '7,42' mln elsewhere is no reason to refuse)."""
    answer = text_answerer(BY_KIND, weighed=True).answer(
        "Welk percentage van de totale baten van Proefdorp in 2044 komt van het Rijk?", None, []
    )
    assert [round(f.value, 2) for f in answer.figures] == [Decimal("33.59")], answer.text


INDEXATIE = "\n".join([
    "# 1 Uitgangspunten",
    "",
    "Tabel 2 Indexatie (percentages)",
    "{:<48}{:>10}{:>22}".format("Uitgangspunt", "2044", "2045-2047 (per jaar)"),
    "{:<48}{:>10}{:>22}".format("Loonindex (cao Gemeenten en Rijk, gewogen)", "3,6 %", "2,5 %"),
    "{:<48}{:>10}{:>22}".format("Prijsindex (materiële lasten)", "2,4 %", "2,5 %"),
])


def test_an_index_asked_with_welke_is_a_figure() -> None:
    """'Met welke loonindex rekent ...?' asks a percentage of the table, as 'Hoe hoog is de
    loonindex?' would: an index is a figure."""
    answer = text_answerer(INDEXATIE, weighed=True).answer(
        "Met welke loonindex rekent Proefdorp voor 2044?", None, []
    )
    assert answer is not None, "not read as a question of a figure"
    assert [(f.value, f.unit) for f in answer.figures] == [(Decimal("3.6"), "percent")]


COVERAGE = "\n".join([
    "# 6 Lokale heffingen",
    "",
    "Tabel 6.4 Kostendekkendheid 2044 (bedragen x € 1.000)",
    "{:<36}{:>14}".format("", "2044"),
    "Afval",
    "{:<36}{:>14}".format("Netto te dekken kosten", "4.917"),
    "{:<36}{:>14}".format("Totale kosten", "5.307"),
    "Riolering",
    "{:<36}{:>14}".format("Netto te dekken kosten", "3.112"),
    "{:<36}{:>14}".format("Totale kosten", "3.577"),
])


def test_a_share_of_a_name_in_two_groups_asks_which_is_meant() -> None:
    """'Netto te dekken kosten' stands under Afval and under Riolering: a share that names
    neither asks which one, with both figures, and computes none."""
    answer = text_answerer(COVERAGE, weighed=True).answer(
        "Welk percentage van de totale kosten is netto te dekken in 2044?", None, []
    )
    assert answer.kind == "clarification" and not answer.figures, answer.text
    assert "Afval" in answer.text and "Riolering" in answer.text


TONNES = "\n".join([
    "# 2 Lasten per product",
    "",
    "Tabel 2 Lasten per product (bedragen x € 1.000)",
    "{:<36}{:>18}{:>18}".format("Product", "Rek. 2042", "Begr. 2044"),
    "{:<36}{:>18}{:>18}".format("Huishoudelijk restafval", "20.341,8", "21.846,3"),
    "{:<36}{:>18}{:>18}".format("GFT", "6.102,4", "6.498,0"),
    "",
    "# 4 Afvalstromen",
    "",
    "Tabel 5 Ingezamelde hoeveelheden (ton)",
    "{:<36}{:>18}{:>18}".format("Afvalstroom", "Realisatie 2042", "Begroting 2044"),
    "{:<36}{:>18}{:>18}".format("Huishoudelijk restafval", "96.412", "92.150"),
    "{:<36}{:>18}{:>18}".format("GFT", "31.870", "33.400"),
])


def test_a_quantity_asked_in_tonnes_is_never_an_amount() -> None:
    """'Hoeveel ton ...' asks the tonnage, never the lasten of the same product: a quantity
    in a unit of measure is a count."""
    assert expected_unit("Hoeveel ton huishoudelijk restafval verwacht Proefdorp?") == {"count"}
    assert expected_unit("Hoeveel kilo GFT zamelt Proefdorp in?") == {"count"}
    answer = text_answerer(TONNES, weighed=True).answer(
        "Hoeveel ton huishoudelijk restafval verwacht Proefdorp in 2044?", None, []
    )
    assert [f.value for f in answer.figures] == [Decimal(92150)], answer.text


YOUTH = "\n".join([
    "# 3 Jeugd",
    "",
    "Tabel 3.1 Lasten Jeugd (bedragen in euro's)",
    "{:<40}{:>14}{:>14}".format("", "2043", "2044"),
    "{:<40}{:>14}{:>14}".format("Lasten jeugdhulp", "16.695.012", "16.423.993"),
    "",
    "Tabel 3.2 Kengetallen jeugd",
    "{:<40}{:>14}{:>14}".format("", "2042", "2043"),
    "{:<40}{:>14}{:>14}".format("Aantal jeugdigen met jeugdhulp", "1.046", "1.163"),
])


def test_a_change_in_a_count_of_people_is_a_count() -> None:
    """'Hoeveel meer jeugdigen met jeugdhulp ...' asks the change of the count of young people:
    counted for 2042 and 2043 only, so 2044 is refused, never the change of the lasten of
    jeugdhulp given in its place."""
    answerer = text_answerer(YOUTH, weighed=True)
    counted = answerer.answer(
        "Hoeveel meer jeugdigen met jeugdhulp waren er in 2043 dan in 2042?", None, []
    )
    assert [f.value for f in counted.figures] == [Decimal(117)], counted.text
    later = answerer.answer(
        "Hoeveel meer jeugdigen met jeugdhulp zijn er in 2044 dan in 2043?", None, []
    )
    assert not later.figures, later.text


LEVIES = "\n".join([
    "# 1 Bestuur",
    "",
    "De raad vergaderde elf keer. De griffie ondersteunde de raad en zijn commissies.",
    "",
    "# 2 Veiligheid",
    "",
    "De brandweer rukte 212 keer uit. Het aantal woninginbraken daalde.",
    "",
    "# 3 Verkeer",
    "",
    "Het onderhoud van wegen en bruggen verliep volgens plan.",
    "",
    "# 4 Onderwijs",
    "",
    "Twee schoolgebouwen werden gerenoveerd. Het leerlingenvervoer werd opnieuw aanbesteed.",
    "",
    "# 5 Sport en cultuur",
    "",
    "De bibliotheek verhuisde naar het nieuwe cultuurhuis.",
    "",
    "# 6 Dienstverlening",
    "",
    "Leges mogen niet meer opbrengen dan de kosten; de kostendekkendheid van de leges",
    "burgerzaken was 84,0%.",
    "",
    "# 7 Uitgangspunten",
    "",
    "Voor alle heffingen is kostendekkendheid het uitgangspunt.",
    "",
    "# 8 Lokale heffingen",
    "",
    "Tabel 8.1 Opbrengst heffingen 2043 (x € 1.000)",
    "{:<36}{:>18}{:>18}".format("Heffing", "Begroting 2043", "Realisatie 2043"),
    "{:<36}{:>18}{:>18}".format("Afvalstoffenheffing", "4.812", "4.790"),
    "{:<36}{:>18}{:>18}".format("Rioolheffing", "3.106", "3.122"),
    "{:<36}{:>18}{:>18}".format("Lijkbezorgingsrechten", "612", "598"),
    "",
    "De werkelijke kostendekkendheid in 2043 was 96,8% voor de afvalstoffenheffing en 101,2%",
    "voor de rioolheffing. De dekkingsgraad van de lijkbezorgingsrechten was 71,5%.",
])


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Wat was in 2043 de werkelijke kostendekkendheid van de afvalstoffenheffing?", "96.8"),
        ("Hoe hoog was de werkelijke dekkingsgraad van de lijkbezorgingsrechten in 2043?", "71.5"),
    ],
)
def test_a_degree_of_cost_coverage_is_never_the_yield_of_the_levy(question, value) -> None:
    """How far a levy covers its costs ('kostendekkendheid', 'dekkingsgraad') is a percentage
    of its own: never the yield of the levy printed in a table beside it."""
    answerer = documents_answerer({"proefdorp-jaarstukken-2043": LEVIES}, weighed=True)
    answer = answerer.answer(question, None, [])
    assert [f.value for f in answer.figures] == [Decimal(value)], answer.text
