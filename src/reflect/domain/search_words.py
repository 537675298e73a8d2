"""What each typed search word may stand for besides the entries' text.

A writer searching "lojal" in Swedish, or "loyal" in English, means their
loyalty conflicts, though no entry need contain the word: the kind is stored
as an id. So each typed word is also matched against the names of kinds and
subthemes as the interface shows them (the search index holds the writer's
tags as words of the entry).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

# A single letter begins a word of nearly every name; it would make every
# entry of those kinds a match for the first key of a search.
SHORTEST_NAME_PREFIX = 2


@dataclass(frozen=True)
class SearchNames:
    """The names a search word is held against, in the interface's language."""

    kinds: Mapping[str, str]  # kind id -> its name
    subthemes: Mapping[str, str]  # subtheme id -> its name


NO_NAMES = SearchNames({}, {})


@dataclass(frozen=True)
class SearchWord:
    """One typed word: it begins a word of the entry, its tags, or names these ids."""

    text: str
    kinds: frozenset[str] = frozenset()
    subthemes: frozenset[str] = frozenset()

    @property
    def names_something(self) -> bool:
        return bool(self.kinds or self.subthemes)


def typed_words(text: str) -> list[str]:
    """The words of a search as typed; quotes, stars and control characters split them.

    They would be FTS5 syntax (or end its strings early, a NUL above all),
    and a person typing them means plain text.
    """
    text = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)
    return [part for word in text.split() for part in re.sub(r"[\"*]", " ", word).split()]


def search_words(text: str, names: SearchNames = NO_NAMES) -> tuple[SearchWord, ...]:
    return tuple(
        SearchWord(word, _named(word, names.kinds), _named(word, names.subthemes))
        for word in typed_words(text)
    )


def folded(text: str) -> str:
    """Casefolded and without diacritics, as the full-text index compares words."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _named(word: str, names: Mapping[str, str]) -> frozenset[str]:
    prefix = folded(word)
    if len(prefix) < SHORTEST_NAME_PREFIX:
        return frozenset()
    return frozenset(
        key
        for key, name in names.items()
        if any(part.startswith(prefix) for part in re.split(r"\W+", folded(name)))
    )
