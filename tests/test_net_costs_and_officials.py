"""What something costs net, also where a row prints its lasten and baten but no saldo; the
pay table of one official is no answer about the staff of the whole body; a moment asked
chooses the row that prints it."""

from __future__ import annotations

from decimal import Decimal

from .conftest import text_answerer

# lasten and baten per row, one saldo only for the whole (baten printed negative, as the
# seeds print them)
PROGRAMME = (
    "# 3 Programma Zorg\n\n"
    "Overzicht 3.1 Baten en lasten Zorg\n"
    "2041 2042 2043\n"
    "Lasten per taak\n"
    "Wijkteams 8.410.220 8.512.904 8.601.300\n"
    "Leerlingenvervoer 1.204.118 1.230.500 1.251.020\n"
    "Totaal lasten 9.614.338 9.743.404 9.852.320\n"
    "Baten per taak\n"
    "Wijkteams -612.000 -618.500 -620.000\n"
    "Leerlingenvervoer -96.300 -97.100 -98.000\n"
    "Totaal baten -708.300 -715.600 -718.000\n"
    "Totaal saldo van baten en lasten 8.906.038 9.027.804 9.134.320\n"
)

STAFF = (
    "# 2 Bedrijfsvoering\n\n"
    "Personeel                      2041     2040\n"
    "Aantal medewerkers, jaareinde    212      204\n"
    "Aantal FTE, jaareinde            171      166\n"
    "Aantal FTE, gemiddeld            168      160\n"
    "Gemiddelde leeftijd               44       45\n\n"
    "# 7 Wet normering topinkomens (WNT)\n\n"
    "Mw. A. Wezenberg (x € 1)         2041            2040\n"
    "Functiegegevens           Directeur       Directeur\n"
    "Omvang dienstverband (FTE)      0,9             0,9\n"
    "Bezoldiging                 141.200         136.850\n"
)


def test_a_row_without_a_saldo_costs_its_lasten_less_its_baten() -> None:
    """'Wat kost X netto?' of a row that prints its lasten and baten: both cited, and the
    one less the other derived (never the saldo of the whole programme)."""
    answerer = text_answerer(PROGRAMME, year="2041")
    for question in (
        "Wat kost leerlingenvervoer in 2042 netto?",
        "Hoeveel geven we in 2042 uit aan leerlingenvervoer na aftrek van de inkomsten?",
        "Wat zijn in 2042 de lasten min de baten van het leerlingenvervoer?",
    ):
        answer = answerer.answer(question, "Proefdorp")
        assert answer.kind == "figure", (question, answer.text)
        assert answer.figures[0].value == Decimal("1133400"), (question, answer.text)
        assert len(answer.citations) == 2 and "1.230.500" in answer.text, answer.text


def test_the_saldo_printed_answers_a_net_question_about_the_whole() -> None:
    """'na aftrek van de baten' of the programme: its printed saldo, not what comes in."""
    answerer = text_answerer(PROGRAMME, year="2041")
    for question in (
        "Wat kost het programma Zorg in 2043 na aftrek van de baten?",
        "Wat heeft het programma Zorg de gemeente in 2043 per saldo gekost?",
    ):
        answer = answerer.answer(question, "Proefdorp")
        assert answer.kind == "figure", (question, answer.text)
        assert answer.figures[0].value == Decimal("9134320"), (question, answer.text)


def test_the_pay_table_of_an_official_is_no_answer_about_the_staff() -> None:
    answerer = text_answerer(STAFF, year="2041", kind="jaarstukken")
    answer = answerer.answer("Hoeveel fte had Proefdorp eind 2041 in dienst?", "Proefdorp")
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("171"), answer.text
    # ... and it answers what the question asks of the official
    answer = answerer.answer("Voor hoeveel fte is de directeur in 2041 in dienst?", "Proefdorp")
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("0.9"), answer.text
    answer = answerer.answer("Wat verdiende de directeur in 2040?", "Proefdorp")
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("136850"), answer.text


def test_an_official_named_by_a_compound_is_asked_about() -> None:
    """'de gemeentesecretaris' names an official as 'de secretaris' does: the pay table
    answers, with one column per official."""
    answerer = text_answerer(
        "# 4 Wet normering topinkomens (WNT)\n\n"
        "Tabel 4.5 Bezoldiging topfunctionarissen 2041 (bedragen in €)\n\n"
        "                                         Gemeentesecretaris          Griffier\n"
        "Naam                                     mr. P. de Vries       drs. K. Smit\n"
        "Aanvang en einde functievervulling in 2041   1/1 – 31/12        1/1 – 31/12\n"
        "Omvang dienstverband (in fte)                       1,00              0,89\n"
        "Beloning plus belastbare onkostenvergoedingen    139.210            96.480\n"
        "Beloningen betaalbaar op termijn                  24.310            17.020\n"
        "Bezoldiging                                      163.520           113.500\n\n"
        "# 5 Personeel\n\n"
        "Personeel                      2041     2040\n"
        "Aantal FTE, jaareinde            171      166\n",
        year="2041",
        kind="jaarstukken",
        weighed=True,
    )
    answer = answerer.answer("Wat verdiende de gemeentesecretaris in 2041?", "Proefdorp")
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("163520"), answer.text


def test_a_moment_asked_chooses_the_row_that_prints_it() -> None:
    """'aan het eind van 2040': the row 'Aantal FTE, jaareinde', not the average beside it."""
    answerer = text_answerer(STAFF, year="2041", kind="jaarstukken")
    answer = answerer.answer("Hoeveel fte waren er aan het eind van 2040?", "Proefdorp")
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("166"), answer.text


RESERVES = (
    "# 3 Programma Wonen\n\n"
    "Tabel 3.2 Baten en lasten Wonen (x € 1.000)\n\n"
    "                        2041     2042\n"
    "Lasten                  4.210    4.380\n"
    "Toevoeging reserves       150      100\n"
    "Onttrekking reserves      320      550\n\n"
    "# 6 Reserves\n\n"
    "Tabel 6.1 Stand reserves per 31 december (x € 1.000)\n\n"
    "                        2041     2042\n"
    "Algemene reserve       12.400   12.950\n"
    "Reserve sociaal domein  1.800    1.350\n"
    "Totaal reserves        14.200   14.300\n"
)


def test_alles_bij_elkaar_asks_the_total_row() -> None:
    """'alles bij elkaar' of the reserves is their total, not the largest one."""
    answerer = text_answerer(RESERVES, year="2041")
    answer = answerer.answer("Hoeveel reserves zijn er eind 2042, alles bij elkaar?", "Proefdorp")
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("14300000"), answer.text


def test_a_follow_up_that_narrows_the_last_subject_keeps_it() -> None:
    """'En gemiddeld over dat jaar?' after the fte at the year's end: the average fte (a row
    that prints both words), never the average age nor the same figure again."""
    answerer = text_answerer(STAFF, year="2041", kind="jaarstukken")
    question = "Hoeveel fte waren er aan het eind van 2041?"
    first = answerer.answer(question, "Proefdorp")
    assert first.figures and first.figures[0].value == Decimal("171"), first.text
    history = [{"role": "user", "content": question}, {"role": "assistant", "content": first.text}]
    answer = answerer.answer("En gemiddeld over dat jaar?", "Proefdorp", history)
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("168"), answer.text



def test_a_row_of_lasten_baten_and_saldo_asked_without_a_measure_asks_back() -> None:
    """'Hoeveel algemene dekkingsmiddelen waren er geraamd?' of a row that prints its lasten,
    baten and saldo: which of them is meant, the question does not say; a question that
    names one gets it."""
    answerer = text_answerer(
        "# Overzicht van baten en lasten\n\n"
        "Tabel 2.1 Baten en lasten per programma 2041 (bedragen x € 1.000)\n"
        "Programma                     Lasten 2041   Baten 2041   Saldo 2041\n"
        "1. Bestuur                          4.812          742       -4.070\n"
        "2. Sociaal domein                  42.276        9.842      -32.434\n"
        "Algemene dekkingsmiddelen           1.178       71.205       70.027\n",
        year="2041",
        weighed=True,
    )
    answer = answerer.answer(
        "Hoeveel algemene dekkingsmiddelen waren er in 2041 geraamd?", "Proefdorp"
    )
    assert answer.kind == "clarification", answer.text
    assert "71.205.000" in answer.text and "1.178.000" in answer.text
    answer = answerer.answer(
        "Hoeveel baten uit algemene dekkingsmiddelen waren er in 2041 geraamd?", "Proefdorp"
    )
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("71205000"), answer.text
    # ... and what is set aside for something is spent on it: its lasten
    answer = answerer.answer("Hoeveel is er in 2041 begroot voor het sociaal domein?", "Proefdorp")
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("42276000"), answer.text
