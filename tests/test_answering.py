"""Answering without an LLM: cited extractive answers, refusals, bad questions."""

from __future__ import annotations

import re

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


def test_a_refusal_about_one_municipality_names_its_documents_only(assistant) -> None:
    """Asked about Dinkelland, a refusal says what Dinkelland's documents are, and names no
    other municipality the resident did not ask about."""
    answer = assistant.ask("Wat zegt de gemeente over de aanleg van glasvezel?", "Dinkelland")
    assert answer.kind == "refusal"
    assert "Dinkelland" in answer.text and "Begroting 2020" in answer.text, answer.text
    assert "Twenterand" not in answer.text and "Wassenaar" not in answer.text, answer.text


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


def test_a_municipality_without_documents_gets_a_refusal_not_another_ones_figure(
    assistant,
) -> None:
    for question, scope in (
        ("Hoeveel geeft Almelo uit aan jeugdzorg in 2020?", None),
        ("Wat zijn de lasten van Katwijk voor verkeer en vervoer in 2024?", "Wassenaar"),
        ("Hoeveel geeft Leiden uit aan jeugdzorg in 2024?", "Wassenaar"),
    ):
        answer = assistant.ask(question, municipality=scope)
        assert answer.kind == "refusal" and not answer.figures, (question, answer.text)
        # (where a document here names the municipality, the refusal says so)
        assert re.search(r"geen (eigen )?documenten", answer.text), answer.text
    # a partner that the documents name in a table: a figure only from a row naming it
    for question in (
        "Hoeveel heeft Zwolle in 2023 bijgedragen, volgens de realisatie?",
        "Hoe groot is de totale begroting van de gemeente Zwolle voor 2023?",
    ):
        answer = assistant.ask(question, municipality="Collectie Overijssel")
        # (a question back lists the candidates, each a row that names Zwolle)
        assert answer.kind == "refusal" or all(
            "Zwolle" in f"{c.quote} {c.locator}" for c in answer.citations
        ), answer.text


def test_a_table_in_thousands_spelled_as_euro_quote_000_is_in_euros(assistant) -> None:
    answer = assistant.ask(
        "Wat waren de lasten van huisvesting energie in 2022?", municipality="Collectie Overijssel"
    )
    assert answer.kind == "figure" and answer.figures[0].value == -224000  # printed -224
    assert "Realisatie 2022" in answer.text


def test_all_municipalities_get_one_line_each_not_one_chosen(assistant) -> None:
    answer = assistant.ask("Wat zijn de lasten van Jeugd in 2020 in alle gemeenten?")
    assert answer.kind == "figure" and answer.figures[0].value == 16695012
    assert "- Twenterand: € 16.695.012" in answer.text
    assert "Niet gevonden voor:" in answer.text and "Dinkelland" in answer.text
    assert [c.municipality for c in answer.citations] == ["Twenterand"]


def test_the_own_budget_of_another_body_is_refused(assistant) -> None:
    """'de begroting van de GGD Twente' is the GGD's own document: not here, and what a
    municipality pays the GGD is no answer to it."""
    answer = assistant.ask("Hoe groot is de totale begroting van de GGD Twente voor 2020?")
    assert answer.kind == "refusal" and not answer.figures
    assert "GGD Twente" in answer.text
