"""Answering without an LLM: cited extractive answers, refusals, bad questions."""

from __future__ import annotations

from assistant.answering import MAX_QUESTION_CHARS


def test_twents_model_is_answered_from_twenterand_with_the_quoted_sentence(assistant) -> None:
    answer = assistant.ask("Wat is het Twents model?", municipality="Twenterand")
    assert answer.kind == "text"
    assert "[1]" in answer.text
    citation = answer.citations[0]
    assert citation.municipality == "Twenterand"
    assert "Twents model" in citation.quote
    assert citation.quote.split(" … ")[0] in answer.text  # the quote is what the answer says
    assert citation.locator.startswith("regel")


def test_every_quoted_sentence_stands_in_the_document(assistant) -> None:
    answer = assistant.ask("Wat doet Twenterand tegen mensenhandel?")
    assert answer.kind == "text"
    for citation in answer.citations:
        chunk_texts = [c.text for c in assistant.chunks if c.document_id == citation.document]
        for sentence in citation.quote.split(" … "):
            assert any(sentence in t for t in chunk_texts)
    assert any(w in answer.text for w in ("meldpunt", "Loverboy"))


def test_municipality_named_in_the_question_scopes_the_answer(assistant) -> None:
    answer = assistant.ask("Wat is het doel van het minimabeleid in Twenterand?")
    assert {c.municipality for c in answer.citations} == {"Twenterand"}


def test_unknown_subject_is_refused_with_what_is_covered(assistant) -> None:
    answer = assistant.ask("Hoeveel kost de nieuwe sporthal in Vroomshoop?")
    assert answer.kind == "refusal"
    assert not answer.figures
    assert "Twenterand" in answer.text and "Dinkelland" in answer.text


def test_unknown_municipality_is_refused(assistant) -> None:
    answer = assistant.ask("Wat doet de gemeente aan armoede?", municipality="Utrecht")
    assert answer.kind == "refusal"
    assert "Utrecht" in answer.text


def test_empty_and_absurdly_long_questions_get_a_clear_message(assistant) -> None:
    empty = assistant.ask("   ")
    assert empty.kind == "clarification" and "Stel een vraag" in empty.text
    long = assistant.ask("jeugdzorg " * (MAX_QUESTION_CHARS // 5))
    assert long.kind == "clarification" and "te lang" in long.text


def test_hybrid_retrieval_finds_the_passage(assistant) -> None:
    passages = assistant.retrieve("kampeerfeesten alcohol", municipality="Dinkelland")
    assert passages and "kampeerfeesten" in passages[0].chunk.text
    assert all(p.chunk.municipality == "Dinkelland" for p in passages)
