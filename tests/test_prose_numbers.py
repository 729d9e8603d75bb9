"""Numbers in running text beyond amounts: grades, a heading in the margin, and a year that
names the document rather than the figure (issue 13). Made-up text for Proefdorp."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.figure_answers import REFERS_BACK, FigureAnswerer, label_terms
from assistant.figures import document_figures, numbers_in
from assistant.parsing import parse_sections

from .conftest import text_answerer

PROEFDORP = (
    "# Bedrijfsvoering\n"
    "\n"
    "Medewerkersonderzoek      Eind 2030 is een medewerkersonderzoek gehouden onder alle\n"
    "medewerkers van de gemeente. Zij werken met plezier bij Proefdorp. Dit resulteert in een\n"
    "tevredenheidscijfer van 7,9.\n"
    "\n"
    "De klanttevredenheid over de balie steeg van 6,8 naar 7,4 dankzij de nieuwe openingstijden "
    "van het gemeentehuis.\n"
    "\n"
    "# Werk en inkomen\n"
    "\n"
    "Door de aantrekkende economie is de werkloosheid in Proefdorp afgenomen tot 3,5% van de "
    "beroepsbevolking, het laagste niveau in tien jaar.\n"
)


def cells():
    return document_figures(
        parse_sections(PROEFDORP), document_id="proefdorp-begroting-2031", municipality="Proefdorp"
    )


def test_a_grade_in_text_beside_a_margin_heading_is_a_fact() -> None:
    grade = next(c for c in cells() if c.unit == "grade")
    assert grade.value == Decimal("7.9") and grade.kind == "prose"
    assert "medewerkersonderzoek" in grade.group  # what the sentence before says


def test_two_grades_in_one_sentence_are_not_told_apart_so_neither_is_kept() -> None:
    assert not [c for c in cells() if c.value in (Decimal("6.8"), Decimal("7.4"))]


@pytest.fixture(scope="module")
def answerer() -> FigureAnswerer:
    return text_answerer(PROEFDORP)


def test_a_year_in_the_documents_name_is_no_year_of_the_figure(answerer) -> None:
    answer = answerer.answer(
        "Hoe hoog is de werkloosheid in Proefdorp volgens de begroting 2031?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("3.5")
    # a year asked as the figure's own is still one the sentence must carry
    other = answerer.answer("Hoe hoog was de werkloosheid in Proefdorp in 2027?", "Proefdorp")
    assert not other.figures


RESERVES = (
    "# Reserves\n"
    "\n"
    "Na de onttrekking van € 400.000 resteert in de reserve sociaal domein € 850.000. "
    "Ons aandeel in de hogere bijdrage aan de veiligheidsregio is € 86.000 in 2031 en "
    "€ 91.000 per jaar vanaf 2032.\n"
)


def _labels(text: str) -> dict[Decimal, str]:
    """The label of each number the text's sentences state, by its value."""
    cells = document_figures(
        parse_sections(text), document_id="proefdorp-begroting-2031", municipality="Proefdorp"
    )
    return {c.value: c.row for c in cells}


def _figure(text: str, question: str) -> Decimal:
    """The one figure the answer to a question about a text gives."""
    answer = text_answerer(text).answer(question, "Proefdorp")
    assert answer.kind == "figure", answer.text
    return answer.figures[0].value


def test_the_words_between_two_amounts_lead_to_the_second() -> None:
    """What remains is the amount the words 'resteert in de reserve' lead to, not the one
    before them; an amount after 'en' shares the words that lead the sentence."""
    found = _labels(RESERVES)
    assert "resteert" not in found[Decimal("400000")]
    assert "resteert in de reserve sociaal domein" in found[Decimal("850000")]
    assert found[Decimal("91000")].startswith("Ons aandeel in de hogere bijdrage")
    assert "2031" not in found[Decimal("91000")]
    answer = text_answerer(RESERVES).answer(
        "Hoeveel geld resteert er in de reserve sociaal domein?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("850000")


HOMES = (
    "# Wonen\n"
    "\n"
    "In 2031 zijn 318 nieuwbouwwoningen opgeleverd, waarvan 96 in de sociale huur. De "
    "wachttijd voor een huurwoning bleef gelijk.\n"
)


def test_a_part_after_waarvan_is_counted_in_the_words_of_the_whole() -> None:
    """'318 nieuwbouwwoningen, waarvan 96 in de sociale huur': the 96 are new homes too,
    so the question for the social ones finds 96, and the one for all new homes 318."""
    found = _labels(HOMES)
    assert "nieuwbouwwoningen" in found[Decimal("96")]
    assert "sociale" not in found[Decimal("318")]
    answerer = text_answerer(HOMES)
    social = answerer.answer(
        "Hoeveel van de in 2031 opgeleverde nieuwbouwwoningen waren sociale huurwoningen?",
        "Proefdorp",
    )
    assert [f.value for f in social.figures] == [Decimal("96")], social.text
    every = answerer.answer("Hoeveel nieuwbouwwoningen zijn er in 2031 opgeleverd?", "Proefdorp")
    assert [f.value for f in every.figures] == [Decimal("318")], every.text


OVERRUN = (
    "# Investeringen\n"
    "\n"
    "Het krediet voor de reconstructie van de Molenstraat is met € 72.650 overschreden "
    "(5,9%). De aanbesteding viel hoger uit dan geraamd.\n"
)


def test_a_figure_in_brackets_leaves_the_words_before_it_to_the_amount_too() -> None:
    """'is met € 72.650 overschreden (5,9%)': the overrun is the amount as much as the
    percentage in brackets, so the question for the amount overrun finds the amount."""
    found = _labels(OVERRUN)
    assert "overschreden" in found[Decimal("72650")]
    question = "Met hoeveel euro is het krediet voor de Molenstraat overschreden?"
    assert _figure(OVERRUN, question) == Decimal("72650")


BUILT = (
    "# Wonen\n"
    "\n"
    "In 2031 zijn 214 woningen opgeleverd (doel: 250), waarvan 87 sociale huurwoningen. De "
    "bouw van het plan Westerveld liep vertraging op.\n"
)


def test_an_aim_in_brackets_leaves_the_figure_beside_it_a_realisation() -> None:
    """'214 woningen opgeleverd (doel: 250)': the 214 were built; only the 250 is an aim."""
    question = "Hoeveel nieuwe woningen zijn er in 2031 opgeleverd?"
    assert _figure(BUILT, question) == Decimal("214")


@pytest.mark.parametrize(
    ("sentence", "refers_back"),
    [
        ("De investering bedraagt € 7,8 miljoen.", True),
        ("De kosten zijn € 40.000 per jaar.", True),
        ("Hiervoor is € 80.000 beschikbaar.", True),
        ("De gemeente investeert € 7,8 miljoen in de nieuwe sporthal.", False),
        ("De investering in de sporthal bedraagt € 7,8 miljoen.", False),
    ],
)
def test_a_short_sentence_about_the_amount_is_about_the_subject_before_it(
    sentence: str, refers_back: bool
) -> None:
    """'De investering bedraagt € 7,8 miljoen' after a sentence about the new sports hall:
    'de investering' is the hall's, as 'deze investering' would be, so the sentence before
    describes the amount as fully as its own words do; a sentence that names its own
    subject does not lean on the one before."""
    assert bool(REFERS_BACK.search(sentence)) is refers_back


DIKES = (
    "# Waterveiligheid\n"
    "\n"
    "Het waterschap beheert 186 kilometer primaire en regionale keringen. In 2031 versterken "
    "we 4,2 kilometer dijk bij Proefwaard-Noord. Het Hoogwaterbeschermingsprogramma vergoedt "
    "het grootste deel van de kosten; het waterschap betaalt de eigen bijdrage uit de reserve "
    "dijkversterking. De versterking loopt door tot en met 2033.\n"
)


def test_a_length_with_a_decimal_comma_is_a_figure_of_its_unit() -> None:
    """'4,2 kilometer dijk' is a measured length, read as the 186 kilometer beside it is."""
    answerer = text_answerer(DIKES, year="2031")
    answer = answerer.answer("Hoeveel kilometer dijk wordt er in 2031 versterkt?", "Proefdorp")
    assert [f.value for f in answer.figures] == [Decimal("4.2")], answer.text


WATERWAYS = (
    "# Het schap in het kort\n"
    "\n"
    "Het schap zorgt voor veilige keringen en schoon water. Wij onderhouden ruim 2.310 km "
    "kering, 4.120 km greppels, 41 gemalen en 7 zuiveringen.\n"
)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Hoeveel kilometer kering onderhoudt het schap?", "2310"),
        ("Hoeveel km greppels heeft het schap?", "4120"),
        ("Hoeveel gemalen heeft het schap?", "41"),
    ],
)
def test_a_length_in_an_abbreviated_unit_is_a_figure_of_what_it_measures(
    question: str, value: str
) -> None:
    """'2.310 km kering' in a list of what a body has: each figure with its own noun."""
    answer = text_answerer(WATERWAYS, year="2031").answer(question, "Proefdorp")
    assert [f.value for f in answer.figures] == [Decimal(value)], answer.text


def test_an_amount_after_a_measured_quantity_keeps_the_words_that_lead_them() -> None:
    """'Een auto van 1.400 kg betaalt € 290': the weight says whose amount it is."""
    cells = document_figures(
        parse_sections(
            "# Belastingen\n\nEen auto van 1.400 kg betaalt in 2031 € 290 aan opcenten.\n"
        ),
        document_id="proefdorp-begroting-2031",
        municipality="Proefdorp",
    )
    amount = next(c for c in cells if c.unit == "EUR")
    assert amount.row.startswith("Een auto van 1.400 kg"), amount.row


def test_a_paragraph_that_names_two_years_is_text_not_a_tables_header() -> None:
    """Two years in a paragraph of sentences ('in 2020 ... in 2021') do not make it the
    header of a table: its figures are facts of the text."""
    text = (
        "# Werk en inkomen\n\n"
        "Door de coronacrisis is de werkloosheid in Proefdorp in 2020 weer opgelopen tot 4,8%. "
        "We verwachten dat het aantal inwoners met een bijstandsuitkering in 2021 verder stijgt.\n"
    )
    cells = document_figures(parse_sections(text), document_id="d", municipality="Proefdorp")
    assert [c.raw for c in cells] == ["4,8%"]


def test_a_bound_set_to_a_figure_is_no_answer_to_what_it_is() -> None:
    """'mag niet lager zijn dan 95%' is the norm: what the coverage is comes from the table;
    the norm answers when it is asked."""
    text = (
        "# Heffingen\n\n"
        "De raad heeft besloten dat de dekking van de afvalstoffenheffing niet lager mag zijn "
        "dan 95%.\n\n"
        "Tabel 5 Kostendekkendheid heffingen 2026 (bedragen x € 1.000)\n\n"
        "                        Kosten    Opbrengst    Dekkingspercentage\n"
        "Afvalstoffenheffing      4.310        4.250                 98,6%\n"
        "Rioolheffing             3.120        3.120                100,0%\n"
    )
    answerer = text_answerer(text, year="2026")
    answer = answerer.answer(
        "Welk percentage van de kosten van de afvalstoffenheffing wordt gedekt?", "Proefdorp"
    )
    assert [f.value for f in answer.figures] == [Decimal("98.6")], answer.text
    norm = answerer.answer(
        "Hoe hoog moet de dekking van de afvalstoffenheffing minimaal zijn?", "Proefdorp"
    )
    assert [f.value for f in norm.figures] == [95], norm.text


def test_a_level_compared_after_a_comma_is_still_the_level() -> None:
    """'bedraagt 3,4%, lager dan het landelijk gemiddelde' says what the rate is, and then
    how it compares; '€ 180.000 hoger dan in 2030' says by how much it changed."""
    answerer = text_answerer(
        "# Werk en inkomen\n\n"
        "De werkloosheid in Proefdorp bedraagt 3,4%, lager dan het landelijk gemiddelde. "
        "De uitgaven aan re-integratie zijn in 2031 € 180.000 hoger dan in 2030.\n",
        year="2031",
        weighed=True,
    )
    answer = answerer.answer("Hoe hoog is de werkloosheid in Proefdorp?", "Proefdorp")
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("3.4"), answer.text
    answer = answerer.answer("Hoeveel geeft Proefdorp in 2031 uit aan re-integratie?", "Proefdorp")
    assert answer.kind != "figure", answer.text


def test_a_residents_word_no_document_prints_weighs_nothing_against_a_reading() -> None:
    """'overgehouden' is a word of residents that budgets do not print: the words it stands
    for ('resultaat') find the sentence, and it does not count against the sentence for the
    word it cannot print."""
    answerer = text_answerer(
        "# Jaarrekening\n\n"
        "Het jaar 2029 sluiten wij af met een positief resultaat na bestemming van "
        "€ 2.431.172. Dat is meer dan verwacht.\n\n"
        "# Sociaal domein\n\n"
        "De uitgaven aan jeugdhulp waren in 2029 € 8.120.000. Het resultaat op jeugdhulp is "
        "daarmee negatief.\n\n"
        "# Bedrijfsvoering\n\n"
        "De personeelslasten waren € 21.400.000 in 2029.\n",
        year="2029",
        kind="jaarstukken",
        weighed=True,
    )
    answer = answerer.answer("Hoeveel hebben ze in Proefdorp overgehouden in 2029?", "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("2431172"), answer.text


def test_an_amount_in_billions_is_read_in_every_abbreviation() -> None:
    """'€ 4,6 mrd' is four and a half billion, as '€ 4,6 mld' and '€ 4,6 miljard' are."""
    for written in ("€ 4,6 mrd.", "€ 4,6 mld.", "€ 4,6 miljard."):
        found = numbers_in(f"Het eigen vermogen van de netbeheerder bedraagt {written}")
        assert found == [(Decimal("4600000000"), "EUR")], written


def test_an_amount_on_the_line_after_a_colon_is_named_by_the_words_before_it() -> None:
    """'De loon- en prijsontwikkeling is de grootste post:' at the end of a line, '€
    1.034.000.' on the next (a PDF's column): one sentence, which names the amount."""
    text = (
        "# Ontwikkelingen\n\n"
        "De loon- en prijsontwikkeling is de grootste post:\n"
        "€ 1.034.000. Daarin zit de cao-stijging voor de brandweer.\n"
    )
    found = _labels(text)
    assert "prijsontwikkeling" in found[Decimal("1034000")], found


def test_a_comparison_with_met_names_no_row_with_met() -> None:
    """'vergeleken met de begroting 2026' compares; it asks no row 'met verblijf'."""
    assert "met" not in label_terms("Hoeveel duurder, vergeleken met de begroting 2026?")
    assert "met" in label_terms("Wat kost jeugdhulp met verblijf?")


def test_a_count_in_millions_is_a_count() -> None:
    """'1,8 miljoen scans' counts 1.800.000 scans, beside an amount in millions of euros."""
    assert numbers_in(
        "Voor 2044 verwachten wij 6.800 aanvragen te verwerken en 1,8 miljoen scans te "
        "publiceren; de scanners kosten 1,5 miljoen euro."
    ) == [
        (Decimal(6800), "count"),
        (Decimal(1800000), "count"),
        (Decimal(1500000), "EUR"),
    ]
