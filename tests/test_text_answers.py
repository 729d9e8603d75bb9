"""Text answers over a document laid out as a PDF prints it (lines wrapped mid-sentence):
the sentence that gives the reason is quoted with the one that names the subject, words no
document prints do not block an answer, and a subject the documents never discuss is refused.
Made-up municipality Proefdorp."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.parsing import sentences

from .conftest import indexed_assistant

NOTA = """Najaarsnota 2031

Investeringskredieten

Van de vier af te sluiten kredieten zijn er drie binnen het budget gebleven. Het krediet voor
de herinrichting van de Molenstraat is met € 48.200 overschreden. De overschrijding komt door
de vervanging van de waterleiding onder het trottoir en door hogere prijzen voor klinkers.
Per saldo resteert op de af te sluiten kredieten € 12.400.

Resultaat

Het resultaat over 2031 is € 1,2 miljoen voordelig, terwijl de begroting uitging van een klein
tekort. Het saldo voor reservemutaties is € 0,4 miljoen nadelig. Het verschil met de begroting
komt vooral door een hogere algemene uitkering uit het gemeentefonds.

Sport

Proefdorp is een plattelandsgemeente met elf kernen en een actief verenigingsleven.
De gymzaal aan de Beukenlaan wordt in 2032 verduurzaamd met zonnepanelen en ledverlichting.
Het college stelt voor de kosten te dekken uit de reserve duurzaamheid. De zonnepanelen
worden duurder dan eerder gepland, door hogere prijzen.

Weerstandsvermogen

De beschikbare weerstandscapaciteit bedraagt € 9,4 miljoen. De ratio weerstandsvermogen is
daarmee 3,1. Dat valt in klasse A: uitstekend.

Recreatie

De gemeenten Proefdorp en Zandhove dragen bij in de kosten van het recreatieschap. Gemeenten
die het recreatieschap niet financieren, zoals Kleiveen, betalen geen bijdrage.

Gladheid

Het nadeel van € 87.000 op de gladheidsbestrijding komt doordat de winter veertien
strooidagen meer telde dan het gemiddelde waarop de begroting rust.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    root: Path = tmp_path_factory.mktemp("nota")
    return indexed_assistant(root, {"proefdorp-najaarsnota-2031.txt": NOTA.encode()})


def test_a_sentence_wrapped_after_an_article_is_one_sentence() -> None:
    parts = sentences("Het krediet voor\nde herinrichting van de\nMolenstraat is overschreden.")
    assert parts == ["Het krediet voor de herinrichting van de Molenstraat is overschreden."]


def test_the_reason_is_quoted_with_the_sentence_that_names_the_subject(assistant) -> None:
    """'duurder' stands nowhere in the documents; the subject does, and the
    sentence after it gives the reason."""
    answer = assistant.ask("Waarom is de herinrichting van de Molenstraat duurder geworden?")
    assert answer.kind == "text", answer.text
    assert "waterleiding" in answer.text and "klinkers" in answer.text


def test_how_it_is_paid_quotes_the_proposal(assistant) -> None:
    answer = assistant.ask("Waar komt het geld voor de gymzaal aan de Beukenlaan vandaan?")
    assert answer.kind == "text", answer.text
    assert "reserve duurzaamheid" in answer.text


def test_a_subject_no_document_discusses_is_refused(assistant) -> None:
    answer = assistant.ask("Wat doet Proefdorp tegen overlast van drones?", "Proefdorp")
    assert answer.kind == "refusal", answer.text


def test_a_sentence_that_only_shares_the_year_is_not_quoted(assistant) -> None:
    """'in 2032' narrows a question down: the sentence about the gymzaal in 2032 does not
    answer a question about the Molenstraat, however rare the year is in the documents."""
    passages = assistant.retrieve("klinkers 2032", "Proefdorp")
    picked = assistant._pick_sentences(passages, {"klinkers": 1.0, "2032": 2.0})
    assert not any("gymzaal" in s for _, s in picked)


def test_money_named_but_no_number_asked_is_answered_in_words(assistant) -> None:
    """'Waaruit worden de kosten ... betaald?' names money but asks no number: when the
    figures have none to give, the text answers."""
    answer = assistant.ask("Waaruit worden de kosten voor de gymzaal aan de Beukenlaan betaald?")
    assert answer.kind == "text", answer.text
    assert "reserve duurzaamheid" in answer.text


def test_a_yes_no_question_about_money_is_answered_in_words(assistant) -> None:
    """'Betaalt Kleiveen mee aan het recreatieschap?' asks yes or no, not an amount: when
    the figures have none to give, the sentence that says so answers."""
    answer = assistant.ask("Betaalt de gemeente Kleiveen mee aan het recreatieschap?")
    assert answer.kind == "text", answer.text
    assert "betalen geen bijdrage" in answer.text


def test_a_follow_up_that_points_back_with_dat_is_about_the_last_question(assistant) -> None:
    """'Is dat voldoende?' after the ratio: the sentences about the ratio answer, though
    none of them says 'voldoende'."""
    first = "Hoe hoog is de ratio weerstandsvermogen van Proefdorp?"
    said = assistant.ask(first)
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": said.text}]
    answer = assistant.ask("Is dat voldoende?", None, history)
    assert answer.kind == "text", answer.text
    assert "klasse A" in answer.text


def test_asked_why_the_reason_a_few_sentences_on_is_quoted(assistant) -> None:
    answer = assistant.ask("Waarom is het resultaat over 2031 zoveel beter dan begroot?")
    assert answer.kind == "text", answer.text
    assert "algemene uitkering" in answer.text


def test_asked_why_more_than_planned_the_deviation_explained_answers(assistant) -> None:
    """'duurder dan gepland' frames the question: the sentence that explains the nadeel
    answers, though it says neither 'duurder' nor 'gepland' (another sentence says both)."""
    answer = assistant.ask("Waarom was de gladheidsbestrijding duurder dan gepland?")
    assert answer.kind == "text", answer.text
    assert "strooidagen" in answer.text and "zonnepanelen" not in answer.text, answer.text


def test_asked_about_the_body_itself_the_sentences_that_name_it_answer(assistant) -> None:
    """Only the name of the municipality asked about is a word the documents print."""
    answer = assistant.ask("Wat doet Proefdorp allemaal?", "Proefdorp")
    assert answer.kind == "text", answer.text
    assert "plattelandsgemeente" in answer.text
