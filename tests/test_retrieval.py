"""Fusion and lexical retrieval."""

from __future__ import annotations

from assistant.retrieval import reciprocal_rank_fusion, stems, top_with_leaders


def test_rrf_tie_goes_to_the_best_single_rank_not_the_first_list() -> None:
    fused = reciprocal_rank_fusion(
        {"dense": ["a", "b", "c"], "bm25": ["c", "b", "a"]}, weights={"dense": 1.0, "bm25": 1.0}
    )
    # a and c tie on score (first in one list, third in the other); b is second in both.
    scores = {item: score for item, score, _ in fused}
    assert scores["a"] == scores["c"]
    assert fused[0][0] in ("a", "c") and fused[-1][0] == "b"


def test_rrf_weights_shift_the_order() -> None:
    fused = reciprocal_rank_fusion(
        {"dense": ["a", "b"], "bm25": ["b", "a"]}, weights={"dense": 0.5, "bm25": 1.0}
    )
    assert [item for item, _, _ in fused] == ["b", "a"]


def test_what_one_retriever_ranks_first_is_never_fused_away() -> None:
    """The word search's best passage ('De kosten van jeugdhulp met verblijf waren € 612.384
    hoger dan begroot'), which the embedding ranks nowhere, stays among the top passages
    beside those both rank well."""
    rankings = {
        "bm25": ["exact", "x", "y", "z", "w", "v"],
        "dense": ["x", "y", "z", "w", "v", "u"],
    }
    top = top_with_leaders(reciprocal_rank_fusion(rankings), rankings, 3)
    assert [item for item, _, _ in top[:3]] == ["x", "y", "z"]
    assert "exact" in [item for item, _, _ in top] and len(top) == 4
    # (already among the top: nothing added)
    assert len(top_with_leaders(reciprocal_rank_fusion(rankings), rankings, 6)) == 6


def test_dutch_stemming_and_stopwords() -> None:
    assert stems("Wat zijn de lasten van de jeugdzorg?") == stems("lasten jeugdzorg")
    assert stems("uitkeringen") == stems("uitkering")
