"""Text answers as a resident asks for them (issues 13 and 18): a question framed by verbs
('Wat gaat de gemeente doen om te zorgen dat er minder restafval komt?') is about its
things, and answered from what the programme says it will do; a resident's word that no
document prints ('jeugdzorg') finds the printed word it stands for ('jeugdhulp').
Made-up municipality Proefdorp."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import indexed_assistant, text_answerer

BEGROTING = """# Programmabegroting 2031

## Programma 4 Sociaal domein

### Wat willen we bereiken?

- Jongeren groeien gezond en veilig op.
- Inwoners krijgen de zorg die zij nodig hebben, dicht bij huis.

### Wat gaan we daarvoor doen?

De kosten van jeugdhulp stijgen al jaren. Er zijn meer jongeren met zwaardere zorgvragen en
de tarieven van aanbieders stijgen door de loonontwikkeling in de zorg. Met een
praktijkondersteuner bij elke huisarts zetten wij in op lichtere hulp.

## Programma 6 Duurzaamheid en milieu

### Wat willen we bereiken?

- Minder restafval: in 2035 maximaal 100 kilo restafval per inwoner per jaar.
- Een schone en hele openbare ruimte waar het prettig wonen is.

### Wat gaan we daarvoor doen?

Per 1 januari 2032 voeren wij diftar in: inwoners betalen dan per keer dat zij de container
voor restafval aan de straat zetten. Zo belonen wij inwoners die hun afval goed scheiden. De
milieustraat komt op een nieuwe plek en gaat ook op zaterdag open.

## Programma 7 Water

### Wat gaan we daarvoor doen?

Na de droge zomers van de afgelopen jaren houden wij meer regenwater vast in de wijken. Bij
de herinrichting van straten leggen wij wadi's en infiltratiekratten aan.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    root: Path = tmp_path_factory.mktemp("beleid")
    return indexed_assistant(root, {"proefdorp-begroting-2031.md": BEGROTING.encode()})


def test_what_is_done_is_answered_from_what_the_programme_will_do(assistant) -> None:
    answer = assistant.ask(
        "Wat gaat Proefdorp doen om te zorgen dat er minder restafval komt?", "Proefdorp"
    )
    assert answer.kind == "text", answer.text
    assert "diftar" in answer.text


def test_a_word_no_document_prints_finds_the_word_it_stands_for(assistant) -> None:
    answer = assistant.ask("Waarom worden de kosten van de jeugdzorg steeds hoger?", "Proefdorp")
    assert answer.kind == "text", answer.text
    assert "zwaardere zorgvragen" in answer.text


def test_a_noun_made_of_an_adjective_finds_the_adjective(assistant) -> None:
    """'droogte', printed nowhere, is what 'droge zomers' are about: the noun of an
    adjective ('droog' + 'te') finds the adjective."""
    answer = assistant.ask("Wat doet Proefdorp tegen droogte?", "Proefdorp")
    assert answer.kind == "text", answer.text
    assert "regenwater vast" in answer.text


JAARSTUKKEN = """# Jaarstukken 2031

## Resultaat

Het jaar 2031 sluit met een positief resultaat van € 1.240.000. Wij stellen voor dit
resultaat toe te voegen aan de reserve wegen, zodat het groot onderhoud van de
Dorpsstraat in 2032 kan beginnen.

## Heffingen

De afvalstoffenheffing stijgt in 2032 met 4,2%, omdat de verbrandingsbelasting en de
verwerkingstarieven omhooggaan. Het tarief van de rioolheffing blijft gelijk. Zonder de
egalisatiereserve zou de heffing in 2033 in één keer sterk stijgen.
"""

ANDERDORP = """# Begroting 2032

## Woningmarkt

Er is een overschot aan kantoorruimte in het centrum; wij zetten in op transformatie naar
woningen. Huurwoningen worden duurder.

## Heffingen

De afvalstoffenheffing en de rioolheffing zijn kostendekkend. De afvalstoffenheffing wordt
per huishouden geheven.
"""


@pytest.fixture(scope="module")
def accounts(tmp_path_factory: pytest.TempPathFactory):
    root: Path = tmp_path_factory.mktemp("jaarstukken")
    return indexed_assistant(
        root,
        {
            "proefdorp-jaarstukken-2031.md": JAARSTUKKEN.encode(),
            "anderdorp-begroting-2032.md": ANDERDORP.encode(),
        },
    )


def test_a_resident_word_finds_what_it_stands_for_even_where_another_document_prints_it(
    accounts,
) -> None:
    """'overschot' is printed, but by another body about another thing: in Proefdorp's
    documents the year's overschot is its 'positief resultaat'."""
    answer = accounts.ask("Wat doet Proefdorp met het overschot over 2031?", "Proefdorp")
    assert "reserve wegen" in _quoted(answer)


def test_a_change_asked_in_one_word_is_found_in_another_of_the_same_direction(accounts) -> None:
    """'duurder' asks why something goes up; the document says it 'stijgt'."""
    answer = accounts.ask("Waarom wordt de afvalstoffenheffing duurder?", "Proefdorp")
    assert "verbrandingsbelasting" in _quoted(answer)


def test_a_direction_alone_answers_nothing(accounts) -> None:
    """A change of something no document names is no question the documents answer, even
    when they say other things go up."""
    answer = accounts.ask("Waarom wordt de hondenbelasting duurder?", "Proefdorp")
    assert answer.kind == "refusal", answer.text


def test_how_much_a_thing_changes_frames_the_question(accounts) -> None:
    """'zo sterk' says how much, not what: the sentence about the afvalstoffenheffing answers,
    not the one that happens to say 'sterk'."""
    answer = accounts.ask("Waarom stijgt de afvalstoffenheffing zo sterk?", "Proefdorp")
    assert "verbrandingsbelasting" in _first_quote(answer)


def test_a_follow_up_names_its_thing_by_the_head_of_the_word_asked_before(accounts) -> None:
    """'die heffing' after a question about the afvalstoffenheffing is that heffing."""
    history = [
        {"role": "user", "content": "Wat zegt Proefdorp over de afvalstoffenheffing?"},
        {"role": "assistant", "content": "De afvalstoffenheffing stijgt in 2032 met 4,2%."},
    ]
    answer = accounts.ask("Waarom stijgt die heffing?", "Proefdorp", history=history)
    assert "verbrandingsbelasting" in _first_quote(answer)


def _quoted(answer) -> str:
    """The text of an answer that quotes the documents."""
    assert answer.kind == "text", answer.text
    return answer.text


def _first_quote(answer) -> str:
    """What an answer quotes first: the sentences of the passage it cites first."""
    return _quoted(answer).split("[1]")[0]


SCHAP = """# Jaarrekening 2039

## Voorwoord

Afvalschap Proefland zamelt voor vier gemeenten het huishoudelijk afval in en beheert twee
milieustraten. In 2039 haalden wij 61% van het afval gescheiden op.
"""


def test_a_body_asked_about_by_the_kind_word_of_its_name(tmp_path_factory) -> None:
    """'Vertel eens iets over het afvalschap': the body itself, named by a word of its name,
    is what the sentences that name it answer."""
    root: Path = tmp_path_factory.mktemp("schap")
    manifest = (
        "documents:\n- file: afvalschap-proefland-jaarrekening-2039.md\n"
        "  municipality: Afvalschap Proefland\n  year: 2039\n  type: jaarstukken\n"
        "  title: Jaarrekening 2039\n"
    )
    documents = {
        "afvalschap-proefland-jaarrekening-2039.md": SCHAP.encode(),
        "manifest.yaml": manifest.encode(),
    }
    assistant = indexed_assistant(root, documents)
    answer = assistant.ask("Vertel eens iets over het afvalschap.", "Afvalschap Proefland")
    assert "milieustraten" in _quoted(answer)


RESULT = (
    "# Jaarverslag\n"
    "\n"
    "De jaarrekening 2031 sluit met een positief resultaat van € 412.000. Het college stelt "
    "de raad voor het resultaat toe te voegen aan de reserve duurzaamheid, zodat de "
    "verduurzaming van de sporthallen kan doorgaan.\n"
)


@pytest.mark.parametrize(
    "question",
    [
        "Wat wil het college met het overschot over 2031 doen?",
        "Wat gebeurt er met het positieve resultaat van 2031?",
        "Wat stelt het college voor met het resultaat over 2031?",
        "Hoe stelt het college voor het resultaat te bestemmen?",
        "Wat gaat de gemeente met het overschot doen?",
    ],
)
def test_what_is_meant_to_be_done_with_a_figure_is_no_figure_question(question: str) -> None:
    """A question of what someone wants to do or what happens with a result names a figure,
    but asks what the text says of it: the figures leave it to the text."""
    assert text_answerer(RESULT).answer(question, "Proefdorp") is None


@pytest.mark.parametrize(
    "question",
    ["Hoe groot is het overschot over 2031?", "Wat gaat de gemeente in 2031 aan sport uitgeven?"],
)
def test_an_amount_asked_with_the_same_verbs_stays_a_figure_question(question: str) -> None:
    assert text_answerer(RESULT).answer(question, "Proefdorp") is not None


BIJDRAGEN = """# Jaarstukken 2031 Veiligheidsregio Proefland

## 3 Bijdragen gemeenten

De bijdrage van iedere gemeente bestaat uit een vaste voet van € 95.000 en een bedrag per
inwoner van € 59,05. Tabel 3.1 toont per gemeente de begrote en de werkelijke bijdrage.

## 5 Personeel

De loonkosten zijn berekend met de cao-stijging van 2031. Het ziekteverzuim daalde naar 5,1%.
"""


def test_the_way_a_thing_is_done_asked_is_answered_by_what_it_is_made_of(tmp_path_factory) -> None:
    """'Hoe wordt de bijdrage berekend?' asks about the bijdrage: the sentence that says what
    it consists of answers, though another sentence prints 'berekend'."""
    root: Path = tmp_path_factory.mktemp("bijdragen")
    assistant = indexed_assistant(root, {"proefland-jaarstukken-2031.md": BIJDRAGEN.encode()})
    for question in (
        "Hoe wordt de bijdrage van een gemeente aan de veiligheidsregio berekend?",
        "Hoe is de bijdrage per gemeente bepaald?",
    ):
        answer = assistant.ask(question, "Proefland")
        assert answer.kind == "text", (question, answer.text)
        assert "vaste voet" in _quoted(answer), (question, answer.text)
