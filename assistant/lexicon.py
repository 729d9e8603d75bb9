"""Dutch word classes from spaCy's lookup tables (the `spacy-lookups-data` package).

A question's word that no document prints cannot be matched, and the readers count such a
word as the rarest of the question: right for a thing the documents do not discuss
('mantelzorgers', 'laadpalen'), which must lead to a refusal, wrong for the verb or adjective
that frames the question ('Op hoeveel algemene uitkering *rekent* de gemeente?', 'Waarom is
de Kerkstraat *duurder*?'). The lookup tables tell the two apart without a tagger: a form's
lemma, and which lemmas are nouns, verbs and adjectives.
"""

from __future__ import annotations

import functools
import gzip
import json
from importlib import resources

# Comparatives and superlatives: 'duurder', 'hogere', 'grootste'
_DEGREE_ENDINGS = ("er", "ere", "st", "ste")


@functools.cache
def _tables() -> tuple[dict[str, str], dict[str, frozenset[str]], dict[str, dict[str, list[str]]]]:
    data = resources.files("spacy_lookups_data") / "data"

    def load(name: str) -> object:
        with (data / f"nl_lemma_{name}.json.gz").open("rb") as raw:
            return json.load(gzip.open(raw))

    lookup = load("lookup")
    index = {pos: frozenset(words) for pos, words in load("index").items()}
    exceptions = load("exc")
    return lookup, index, exceptions  # type: ignore[return-value]


def names_no_thing(word: str) -> bool:
    """Whether a word is only ever a verb or adjective form ('rekent', 'gepland', 'leeg',
    'duurder'), never a noun. Unknown words may be names or things: False."""
    lookup, index, exceptions = _tables()
    word = word.lower()
    lemmas = {lookup.get(word, word)}
    for pos, forms in exceptions.items():
        if word in forms:
            lemmas.update(forms[word])
            if pos == "noun":
                return False  # 'winkels': a plural the tables list by itself
    nouns, verbs, adjectives = index["noun"], index["verb"], index["adj"]
    if word in nouns or any(lemma in nouns for lemma in lemmas - {word} if lemma not in adjectives):
        return False
    if any(lemma in verbs for lemma in lemmas):
        return True
    if any(lemma in adjectives for lemma in lemmas):
        # an adjective also used as a noun ('duur', 'sterk') frames the question only in a
        # form that is not the noun's: a comparative or superlative
        return all(lemma not in nouns for lemma in lemmas) or word.endswith(_DEGREE_ENDINGS)
    return False


def separable_verb(form: str, particle: str) -> str:
    """The verb a conjugated form makes with a particle set apart from it ('draagt ... bij':
    'bijdragen', 'haalt ... op': 'ophalen'), or '' when they make none."""
    lookup, index, _ = _tables()
    form = form.lower()
    lemma = lookup.get(form, form)
    joined = particle.lower() + lemma
    return joined if lemma != form and joined in index["verb"] else ""


def is_dutch_word(word: str) -> bool:
    """Whether the tables know a word as a form of Dutch (a typo is one they do not know)."""
    lookup, index, _ = _tables()
    word = word.lower()
    return word in lookup or any(word in forms for forms in index.values())
