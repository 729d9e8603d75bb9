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
import re
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


# Letters that join the parts of a compound: 'bedrijf-s-voering', 'gezondheid-s-dienst'
_LINKS = ("", "s", "e", "en")


@functools.cache
def compound_splits(word: str) -> tuple[tuple[str, ...], ...]:
    """The ways a word is a compound of words the tables know, of four letters or more each
    ('bedrijfsvoeringsorganisatie': bedrijf, voering, organisatie); the word alone when it is
    no compound."""
    word = word.lower()
    splits: list[tuple[str, ...]] = [(word,)] if len(word) >= 4 else []
    for cut in range(4, len(word) - 3):
        head = word[:cut]
        if not is_dutch_word(head):
            continue
        for link in _LINKS:
            if word[cut:].startswith(link) and len(word) - cut - len(link) >= 4:
                splits += [(head, *rest) for rest in compound_splits(word[cut + len(link) :])]
    return tuple(dict.fromkeys(s for s in splits if len(s) == 1 or all(map(is_dutch_word, s))))


def abbreviations(name: str) -> frozenset[str]:
    """What a body's name is shortened to: the first letters of its words and of the parts
    of its compounds, from its first word on ('Bedrijfsvoeringsorganisatie Drieveste': BVO,
    BVOD; 'Veiligheidsregio Lingemonde': VR, VRL; 'Gemeentelijke Gezondheidsdienst': GGD)."""
    words = re.findall(r"[A-Za-zÀ-ÿ]+", name)
    if len(words) < 2:
        return frozenset()  # a municipality's one-word name is not shortened
    out: set[str] = set()
    prefixes = {""}
    for word in words:
        letters = {word[0]} | {"".join(p[0] for p in split) for split in compound_splits(word)}
        prefixes = {p + x.upper() for p in prefixes for x in letters}
        out |= {p for p in prefixes if len(p) >= 2}
    return frozenset(out)


def without_spelled_out(text: str, spelled_out: str | None) -> str:
    """The text without the words the abbreviation in a body's name stands for ('de sociale
    dienst' for the ISD Aamstreek, its Intergemeentelijke Sociale Dienst): they name the body,
    never a row or a subject. Their last two words or more, or a last compound word ('de
    gezondheidsdienst'); a last word alone may name anything ('Dienst')."""
    words = (spelled_out or "").split()
    for k in range(len(words)):  # the longest first
        if k == len(words) - 1 and max(map(len, compound_splits(words[k])), default=0) < 2:
            break
        tail = r"\s+".join(map(re.escape, words[k:]))
        text = re.sub(rf"\b{tail}\b", " ", text, flags=re.I)
    return text
