"""Which figure a question names (issue 13): a sentence's figure for two years together
answers for both years, and no change between them (a change of a figure from itself is no
answer); 'de totale uitgaven van het programma' is the programme's row of total lasten, not
its saldo in the overview; 'de ontwerpbegroting 2030' names a budget column. Made-up figures
for Proefdorp and a veiligheidsregio."""

from __future__ import annotations

from decimal import Decimal

from .conftest import text_answerer

WONEN = (
    "# 5 Wonen\n"
    "\n"
    "In 2028 en 2029 worden naar verwachting 412 nieuwe woningen opgeleverd, waarvan een derde "
    "in de sociale huur. De gemeente verleent daarvoor 38 omgevingsvergunningen.\n"
)


def test_a_figure_of_two_years_together_answers_for_both() -> None:
    answer = text_answerer(WONEN, "Proefdorp", year="2028").answer(
        "Hoeveel nieuwe woningen worden er in 2028 en 2029 opgeleverd?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("412"), answer.text
    assert not answer.figures[0].derivation


def test_no_change_between_two_years_that_share_one_figure() -> None:
    answer = text_answerer(WONEN, "Proefdorp", year="2028").answer(
        "Met hoeveel stijgt het aantal nieuwe woningen van 2028 naar 2029?", "Proefdorp"
    )
    assert not answer.figures, answer.text
    assert "412" in answer.text  # what the documents do say is quoted


BEGROTING = (
    "# Programmabegroting 2028\n"
    "\n"
    "## 2 Financieel beeld\n"
    "\n"
    "Tabel 2.1 Overzicht van baten en lasten (bedragen x € 1.000)\n"
    "                                   Begroting    Raming\n"
    "                                        2028      2029\n"
    "Programma 1 Bestuur                   -8.637    -8.635\n"
    "Programma 2 Sociaal domein           -43.685   -43.777\n"
    "Algemene dekkingsmiddelen             87.440    88.153\n"
    "\n"
    "## 4 Programma 2 Sociaal domein\n"
    "\n"
    "### Wat mag het kosten?\n"
    "\n"
    "Tabel 4.1 Baten en lasten programma 2 (bedragen in euro's)\n"
    "                                       Begroting       Raming\n"
    "                                            2028         2029\n"
    "Lasten\n"
    "  6.3 Inkomensregelingen              14.652.381   14.790.045\n"
    "  6.71 Maatwerkdienstverlening 18+     9.876.420   10.120.553\n"
    "Totaal lasten                         24.528.801   24.910.598\n"
    "Baten\n"
    "  6.3 Inkomensregelingen              11.912.600   12.030.000\n"
    "Totaal baten                          11.912.600   12.030.000\n"
    "\n"
    "## 7 Incidentele baten en lasten\n"
    "\n"
    "Tabel 7.2 Incidentele baten en lasten (bedragen x € 1.000)\n"
    "                                           2028      2029\n"
    "Incidentele lasten\n"
    "Progr. 1 Invoering zaaksysteem              240       120\n"
    "Incidentele baten\n"
    "Progr. 2 Onttrekking reserve sociaal domein 640       320\n"
)


def test_the_total_spending_of_a_programme_is_its_row_of_total_lasten() -> None:
    """'de totale uitgaven van het programma Sociaal domein': the programme's 'Totaal lasten'
    (its chapter names the programme), not the programme's saldo in the overview, which
    names no measure."""
    answerer = text_answerer(BEGROTING, "Proefdorp", year="2028")
    answer = answerer.answer(
        "Wat zijn de totale uitgaven van het programma Sociaal domein in 2028?", "Proefdorp"
    )
    assert answer.figures and answer.figures[0].value == Decimal("24528801"), answer.text


KADER = (
    "# Kadernota 2029\n"
    "\n"
    "## 2 Financieel kader\n"
    "\n"
    "Tabel 2.1 Financieel kader (bedragen x € 1.000)\n"
    "                         Begroting 2029     Ontwerpbegroting\n"
    "                          na wijziging                 2030\n"
    "Lasten\n"
    "Personeelslasten                38.412               40.285\n"
    "Kapitaallasten                   6.918                7.304\n"
    "Totaal lasten                   45.330               47.589\n"
    "\n"
    "Opbouw van de bijdrage                              x € 1.000\n"
    "Bijdrage gemeenten begroting 2029 na wijziging         38.830\n"
    "Loonindexatie 2030                                      1.306\n"
    "Bijdrage gemeenten ontwerpbegroting 2030               40.136\n"
)


def test_the_draft_budget_named_is_a_budget_column_not_a_subject() -> None:
    """'in de ontwerpbegroting 2030' names which budget, as 'in de begroting' would: the
    total lasten of that column, not a row that prints the word in its label."""
    answer = text_answerer(KADER, "Veiligheidsregio Proefland", year="2030").answer(
        "Wat zijn de totale lasten in de ontwerpbegroting 2030 van de veiligheidsregio?",
        "Veiligheidsregio Proefland",
    )
    assert answer.figures and answer.figures[0].value == Decimal("47589000"), answer.text


def test_the_lasten_asked_are_no_saldo_and_no_baten() -> None:
    """'de lasten van het sociaal domein': not the programme's line in the overview of baten
    and lasten (their saldo: neither its label, columns nor group names a measure), and not a
    row its table lists under the baten ('Onttrekking reserve sociaal domein')."""
    answer = text_answerer(BEGROTING, "Proefdorp", year="2028").answer(
        "Wat zijn de lasten van het sociaal domein in 2029?", "Proefdorp"
    )
    assert answer.figures and answer.figures[0].value == Decimal("24910598"), answer.text


BIJDRAGEN = KADER + (
    "\n"
    "## 4 Nieuw beleid\n"
    "\n"
    "Tabel 4.1 Nieuw beleid (bedragen x € 1.000)\n"
    "Voorstel                                              2030       2031\n"
    "4.1 Uitbreiding formatie                               182        186\n"
    "4.2 Vervanging uitrusting duikteams                    245          0\n"
    "Totaal nieuw beleid                                    427        186\n"
    "waarvan structureel (in de bijdrage gemeenten)         182        186\n"
    "waarvan incidenteel (uit de reserve)                   245          0\n"
)


def test_a_part_of_a_total_is_no_rival_to_the_whole() -> None:
    """'wat betalen de gemeenten samen': the contribution of all, not the row of what part of
    a total goes into it ('waarvan structureel (in de bijdrage gemeenten)')."""
    answer = text_answerer(BIJDRAGEN, "Veiligheidsregio Proefland", year="2030").answer(
        "Hoeveel betalen alle gemeenten samen in 2030 aan de veiligheidsregio?",
        "Veiligheidsregio Proefland",
    )
    assert answer.figures and answer.figures[0].value == Decimal("40136000"), answer.text


JAARSTUKKEN = (
    "# Jaarstukken 2025\n"
    "\n"
    "## Programma 3 Openbare ruimte\n"
    "\n"
    "### Analyse van de belangrijkste verschillen\n"
    "\n"
    "Wegen: een voordeel van € 412.000 doordat het groot onderhoud van de Molenweg is "
    "uitgesteld naar 2026. Hierdoor is ook € 167.656 minder aan de reserve onderhoud "
    "kapitaalgoederen onttrokken dan begroot.\n"
    "\n"
    "## Incidentele lasten\n"
    "\n"
    "Tabel B.1 Incidentele lasten (bedragen x € 1.000)\n"
    "                                        2026      2027      2028\n"
    "Planvoorbereiding Boschkamp-Zuid         350       150         -\n"
    "Verkiezingen                              95         -        95\n"
)


def test_a_deviation_from_the_budget_is_no_amount_of_money_set_aside() -> None:
    """'Hoeveel geld ligt er nog klaar voor de Molenweg?': a sentence's 'voordeel van
    € 412.000' (and the '€ 167.656 minder ... dan begroot' after it) says how far the outcome
    is from the budget, not what is left; asked for the deviation, it answers."""
    answerer = text_answerer(JAARSTUKKEN, "Proefdorp", year="2025", kind="jaarstukken")
    answer = answerer.answer("Hoeveel geld ligt er nog klaar voor de Molenweg?", "Proefdorp")
    assert not answer.figures, answer.text
    deviation = answerer.answer("Hoe groot was het voordeel op de Molenweg?", "Proefdorp")
    assert deviation.figures and deviation.figures[0].value == Decimal("412000"), deviation.text


def test_a_row_added_up_is_the_sum_of_its_years() -> None:
    """'Wat kost X bij elkaar opgeteld?' of a row of years: all its printed years added up
    (a dash adds nothing), not the first year's figure."""
    answer = text_answerer(JAARSTUKKEN, "Proefdorp", year="2025").answer(
        "Wat kost de voorbereiding van Boschkamp-Zuid bij elkaar opgeteld?", "Proefdorp"
    )
    assert answer.figures and answer.figures[0].value == Decimal("500000"), answer.text
    assert answer.figures[0].derivation == "350.000 + 150.000 = 500.000", answer.figures[0]


TARIEVEN = (
    "# Programmabegroting 2028\n"
    "\n"
    "## Paragraaf lokale heffingen\n"
    "\n"
    "Tabel 6.2 Tarieven (bedragen in €)\n"
    "                                           2027       2028\n"
    "Hondenbelasting eerste hond per jaar      78,00      79,80\n"
    "Hondenbelasting kennel per jaar          312,00     319,20\n"
    "Rioolheffing per aansluiting             241,00     248,00\n"
)


def test_a_row_of_another_ordinal_is_not_the_one_asked() -> None:
    """'een tweede hond' is not the 'eerste hond' of the only row: the documents do not hold
    the tariff asked, and the first dog's is no answer to it."""
    answerer = text_answerer(TARIEVEN, "Proefdorp", year="2028", weighed=True)
    second = answerer.answer("Hoeveel hondenbelasting betaal ik voor een tweede hond?", "Proefdorp")
    assert not second.figures, second.text
    first = answerer.answer("Hoeveel hondenbelasting betaal ik voor de eerste hond?", "Proefdorp")
    assert first.figures and first.figures[0].value == Decimal("79.80"), first.text


VOLGENDE = (
    "# Begroting 2028\n"
    "\n"
    "## Lokale heffingen\n"
    "\n"
    "Na de eerste begrotingswijziging bedragen de begrote lasten € 5.250.000.\n"
    "\n"
    "Tabel 6.3 Tarieven hondenbelasting (bedragen in €)\n"
    "                                           2027       2028\n"
    "Eerste hond                               78,00      79,80\n"
    "Iedere volgende hond                     117,00     119,70\n"
)


def test_every_next_one_is_the_second_asked() -> None:
    """'iedere volgende hond' is the second dog's row, and the third's."""
    answerer = text_answerer(VOLGENDE, "Proefdorp", year="2028", weighed=True)
    answer = answerer.answer("Wat kost de tweede hond aan hondenbelasting in 2028?", "Proefdorp")
    assert answer.figures and answer.figures[0].value == Decimal("119.70"), answer.text


def test_an_ordinal_in_a_sentence_leaves_the_other_sentences_alone() -> None:
    """Sentences are no rows of one table: one that says 'eerste' does not rule out the
    others, nor does a question's 'eerste' of what it is about."""
    answerer = text_answerer(VOLGENDE, "Proefdorp", year="2028", weighed=True)
    answer = answerer.answer(
        "Hoeveel bedragen de begrote lasten na de eerste begrotingswijziging?", "Proefdorp"
    )
    assert answer.figures and answer.figures[0].value == Decimal("5250000"), answer.text



NAJAARSNOTA = (
    "# 3 Programma Sociaal Domein\n"
    "\n"
    "Tabel 3.2 Jeugdzorg, Wmo en participatie (x € 1.000)\n"
    "Onderdeel                          Begroting 2027   Begroting 2027   Prognose 2027\n"
    "                                        primitief    na wijziging\n"
    "Jeugdhulp met verblijf                     6.120            6.480           6.910\n"
    "Bijstandsuitkeringen (lasten)             10.650           10.720          10.408\n"
    "Wmo-vervoer                                  418              430             430\n"
)


def test_a_part_of_a_programme_is_not_the_figure_of_the_programme_named() -> None:
    """'de lasten van het programma Sociaal Domein': the chapter of that name holds rows of
    things of its own (bijstandsuitkeringen, jeugdhulp), none of which is the programme's
    figure; a row the question names is."""
    answerer = text_answerer(NAJAARSNOTA, "Proefdorp", year="2027", kind="begroting")
    programme = answerer.answer(
        "Wat zijn de begrote lasten 2027 van het programma Sociaal Domein na wijziging?",
        "Proefdorp",
    )
    assert not programme.figures, programme.text
    part = answerer.answer(
        "Wat zijn de begrote lasten 2027 voor jeugdhulp met verblijf in het programma Sociaal "
        "Domein na wijziging?",
        "Proefdorp",
    )
    assert [f.value for f in part.figures] == [Decimal("6480000")], part.text


SCHULDHULP = (
    "# 2 Programma Schuldhulpverlening\n"
    "\n"
    "Tabel 2.2 Wat heeft het gekost? Programma Schuldhulpverlening (bedragen in euro's)\n"
    "Omschrijving                               Begroot 2027     Werkelijk 2027\n"
    "Lasten\n"
    "Schuldhulpverlening en schuldregeling         6.890.000          6.842.716\n"
    "Budgetbeheer en beschermingsbewind            2.710.000          2.702.394\n"
    "Totaal lasten                                 9.600.000          9.545.110\n"
)


def test_a_programme_named_is_its_total_not_a_product_named_after_it() -> None:
    """'de lasten van het programma Schuldhulpverlening': the total of the programme's table,
    not its first product, which bears the programme's name and words of its own."""
    answer = text_answerer(SCHULDHULP, "Proefbank", year="2027", kind="jaarstukken").answer(
        "Wat waren de werkelijke lasten van het programma Schuldhulpverlening in 2027?",
        "Proefbank",
    )
    assert [f.value for f in answer.figures] == [Decimal("9545110")], answer.text
