"""Domain vocabulary as data: every entry has a source and works as a question's word."""

from __future__ import annotations

import pytest

from assistant.figure_answers import STATUS_TERMS, STATUS_WORDS, _kept_whole, question_terms
from assistant.retrieval import stems
from assistant.vocabulary import taakvelden, vocabulary_entries


def test_the_taakvelden_list_holds_both_code_sets() -> None:
    fields = taakvelden()
    assert fields["7.3"].name == "Afval"
    assert fields["6.71a"].last_year == 2024  # the sociaal-domein codes before 2025
    assert fields["6.711"].first_year == 2025 and "WMO" in fields["6.711"].name
    assert len(fields) > 90


@pytest.mark.parametrize("entry", vocabulary_entries(), ids=lambda e: e.word)
def test_each_resident_word_reaches_the_printed_words(entry) -> None:
    assert entry.source.strip()
    for code in entry.taakvelden:  # a cited taakveld exists
        assert code in taakvelden(), code
    terms = question_terms(f"Hoeveel is het {entry.word} in 2024?")
    for meaning in entry.means:
        if set(stems(meaning)) <= STATUS_TERMS:
            # a word for a column (begroot, SOLL) chooses the column, not the row
            assert any(entry.word in words for words in STATUS_WORDS.values()), entry.word
        else:
            # (as a question keeps them: 'eenpersoons-' as '1persoons-')
            assert set(stems(_kept_whole(meaning))) <= set(terms), (entry.word, meaning, terms)
