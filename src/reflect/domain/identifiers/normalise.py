"""Views of a text in which every spelling of a character looks the same.

People type the same identifier in many ways: full-width digits from a phone
keyboard, an en dash or a minus sign instead of a hyphen, a non-breaking
space that a word processor put in, a name decomposed into letter plus
accent (NFD). The patterns run on a normalised view of the text, and each
character of the view remembers where it came from, so a hit found in the
view redacts exactly the right characters of the original.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

# Every dash and minus a keyboard or a word processor gives.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2796\ufe58\ufe63\uff0d"
_APOSTROPHES = "\u2018\u2019\u201b\u02bc\u02bb\u00b4\u2032\uff07"
# Characters that are there only to steer line breaking or joining; they are
# dropped so that "070\u200b123" cannot hide a number.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_NEEDS_WORK = re.compile(
    f"[{_DASHES}{_APOSTROPHES}{_INVISIBLE}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
)


@dataclass(frozen=True)
class View:
    """A normalised text and, per character, the span of the original it stands for."""

    text: str
    starts: tuple[int, ...] | None = None  # None: the view is the original, position for position
    ends: tuple[int, ...] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


@lru_cache(maxsize=4096)
def _normal_char(char: str) -> str:
    if char in _DASHES:
        return "-"
    if char in _APOSTROPHES:
        return "'"
    if char in _INVISIBLE:
        return ""
    if unicodedata.category(char) == "Zs":
        return " "
    return unicodedata.normalize("NFKC", char)


@lru_cache(maxsize=4096)
def _folded_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _clusters(text: str) -> list[tuple[int, int]]:
    """Spans of a base character with the combining marks that follow it."""
    spans: list[tuple[int, int]] = []
    for index, char in enumerate(text):
        if spans and unicodedata.combining(char):
            spans[-1] = (spans[-1][0], index + 1)
        else:
            spans.append((index, index + 1))
    return spans


def _mapped(text: str, pieces: list[tuple[str, int, int]]) -> View:
    chars, starts, ends = [], [], []
    for piece, start, end in pieces:
        for char in piece:
            chars.append(char)
            starts.append(start)
            ends.append(end)
    return View("".join(chars), tuple(starts), tuple(ends))


def _by_table(text: str, convert: Callable[[str], str]) -> View | None:
    """A fast path: when each character maps to exactly one, positions do not move."""
    table: dict[int, str] = {}
    for char in set(text):
        converted = convert(char)
        if len(converted) != 1:
            return None
        if converted != char:
            table[ord(char)] = converted
    return View(text.translate(table)) if table else View(text)


def normalised(text: str) -> View:
    """NFKC, with dashes, apostrophes and spaces unified and invisible characters dropped."""
    has_marks = any(unicodedata.combining(c) for c in set(text))
    if not has_marks:
        if unicodedata.is_normalized("NFKC", text) and not _NEEDS_WORK.search(text):
            return View(text)
        fast = _by_table(text, _normal_char)
        if fast is not None:
            return fast
    pieces = []
    for start, end in _clusters(text):
        cluster = text[start:end]
        if end - start == 1:
            piece = _normal_char(cluster)
        else:
            piece = "".join(_normal_char(c) for c in unicodedata.normalize("NFKC", cluster))
        pieces.append((piece, start, end))
    return _mapped(text, pieces)


def folded(view: View) -> View:
    """The view casefolded and without accents ("Åsa" and "ASA" look alike), still mapped."""
    fast = _by_table(view.text, _folded_char)
    if fast is not None:
        return View(fast.text, view.starts, view.ends)
    pieces = []
    for index, char in enumerate(view.text):
        start, end = view.original_span(index, index + 1)
        pieces.append((_folded_char(char), start, end))
    return _mapped(view.text, pieces)


def fold_name(name: str) -> str:
    return folded(normalised(name)).text
