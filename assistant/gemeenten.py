"""The names of all Dutch municipalities, to tell which ones a question names (pure data).

The list is CBS's (see `data/gemeenten.txt`), with the names people use beside the official
ones ('Den Haag' for 's-Gravenhage). A name counts where it is written as a name: with its
capital, as whole words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from pathlib import Path

from rapidfuzz.distance import OSA

DATA = Path(__file__).parent / "data" / "gemeenten.txt"


@cache
def _names() -> dict[str, str]:
    """Every name as written -> the official name."""
    out: dict[str, str] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        official, _, alias = (part.strip() for part in line.partition("="))
        out[official] = official
        if alias:
            out[alias] = official
        out.setdefault(base_name(official), official)  # 'Bergen (NH.)' is also 'Bergen'
    return out


@cache
def _pattern() -> re.Pattern[str]:
    names = sorted(_names(), key=len, reverse=True)
    return re.compile(r"(?<![\w'-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def named_municipalities(text: str) -> list[str]:
    """The official names of the municipalities a text names, in order, without repeats.

    The first word of a sentence is not read as a name ('Best' in 'Best is ...' is taken,
    but a question starting with 'Ede' rarely is one): a name must stand after the start.
    """
    found: list[str] = []
    for m in _pattern().finditer(text):
        start = text[: m.start()].rstrip()
        if not start or start.endswith((".", "?", "!")):
            continue
        official = _names()[m.group(1)]
        if official not in found:
            found.append(official)
    return found


# 'de gemeente Tolbergen': a name, known or not, where the text calls it a municipality
CALLED = re.compile(r"\b[Gg]emeente\s+([A-Z][\w'-]+(?:\s+(?:aan|op|den|de)\s+[A-Z][\w'-]+)?)")


def called_municipalities(text: str) -> list[str]:
    """The names a text calls a municipality ('de gemeente Tolbergen'), whether or not they
    are on the list: a made-up or misspelt name is still not any other municipality."""
    return list(dict.fromkeys(_own_name(m.group(1)) for m in CALLED.finditer(text)))


def _own_name(called: str) -> str:
    """A name with the words after it that may be part of it ('Alphen aan den Rijn'), or
    only its first word where that is a municipality and the whole is not ('de gemeente
    Deventer aan Collectie Overijssel')."""
    first = called.split()[0]
    if called != first and not is_municipality(called) and is_municipality(first):
        return first
    return called


def among(name: str, bodies: Iterable[str]) -> bool:
    """Whether a name is one of the bodies, or words of one's name ('Marrevelden' of
    'Recreatieschap Marrevelden')."""
    return any(re.search(rf"\b{re.escape(name)}\b", body, re.I) for body in bodies)


def base_name(municipality: str) -> str:
    """'Bergen (NH.)' is printed 'Bergen'."""
    return re.sub(r"\s*\(.*\)$", "", municipality)


def one_named(text: str, municipalities: Iterable[str], *, ignore_case: bool = True) -> str | None:
    """The one of the given municipalities that a text names as a whole word, if exactly one."""
    flags = re.IGNORECASE if ignore_case else 0
    found = [m for m in municipalities if re.search(rf"\b{re.escape(m)}\b", text, flags)]
    return found[0] if len(found) == 1 else None


def is_municipality(name: str) -> bool:
    return name in _names()


# A misspelt name: a word of this length or more, one letter added, left out, changed or two
# swapped ('dinkeland', 'Zandhovne'); shorter words are too often other words
MISSPELT_LENGTH = 6
_WORD = re.compile(r"[A-Za-zÀ-ÿ'-]+")


def name_words(names: Iterable[str]) -> dict[str, str]:
    """The words of the names (the bodies the documents cover) long enough to be misspelt,
    lower case -> as printed; made once, for `respelled`."""
    return {
        w.lower(): w for name in names for w in base_name(name).split() if len(w) > MISSPELT_LENGTH
    }


def respelled(text: str, words: Mapping[str, str], printed: Callable[[str], bool]) -> str:
    """The text with each word that misspells one of the names' `words` (`name_words`)
    written as that word. A word the documents print (`printed`), a name on the national
    list, or one as close to two names' words is left as it stands."""

    def spelled(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if len(word) < MISSPELT_LENGTH or low in words or printed(word) or is_municipality(word):
            return word
        close = [
            proper for w, proper in words.items()
            if w[0] == low[0] and OSA.distance(low, w, score_cutoff=1) <= 1
        ]  # fmt: skip
        return close[0] if len(close) == 1 else word

    return _WORD.sub(spelled, text)
