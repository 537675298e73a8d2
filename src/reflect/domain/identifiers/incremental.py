"""The hits of a text being typed, found again only around what changed.

Every family of identifier is local: a hit and the context its patterns
look at (a "född" before a date, the digits around a number) lie within
``REACH`` characters. So after an edit, hits well before it stand, hits well
after it only move, and only a window around the edit is scanned again,
with ``REACH`` of context on either side. The window's ends are put where
the old text had a space outside every hit, so no hit is cut by them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reflect.domain.identifiers import find_identifiers
from reflect.domain.identifiers.hits import Hit

REACH = 256  # longer than any identifier with its context, watched names included
SMALL = 4 * REACH  # a text this short is simply scanned whole


class IncrementalScan:
    """One text's hits, kept for the next version of that text."""

    def __init__(self) -> None:
        self._text: str | None = None
        self._watch: tuple[str, ...] = ()
        self._hits: list[Hit] = []

    def hits(self, text: str, watch_list: Sequence[str] = ()) -> list[Hit]:
        watch = tuple(watch_list)
        old = self._text
        if old is not None and text == old and watch == self._watch:
            return self._hits
        if old is None or watch != self._watch or len(text) < SMALL or len(old) < SMALL:
            found = find_identifiers(text, watch)
        else:
            found = self._rescan_around_change(old, text, watch)
        self._text, self._watch, self._hits = text, watch, found
        return found

    def _rescan_around_change(self, old: str, text: str, watch: tuple[str, ...]) -> list[Hit]:
        prefix = _common_prefix(old, text)
        suffix = _common_suffix(old, text, min(len(old), len(text)) - prefix)
        delta = len(text) - len(old)
        start = self._quiet_point(old, prefix - REACH, backwards=True)
        end_old = self._quiet_point(old, len(old) - suffix + REACH, backwards=False)
        end_new = end_old + delta
        before = [h for h in self._hits if h.end <= start]
        after = [
            replace(h, start=h.start + delta, end=h.end + delta)
            for h in self._hits
            if h.start >= end_old
        ]
        # Scanned with REACH of context either side, so a hit near the window's
        # ends sees what a whole scan would; only the hits inside it are taken.
        low, high = max(0, start - REACH), min(len(text), end_new + REACH)
        middle = [
            replace(h, start=h.start + low, end=h.end + low)
            for h in find_identifiers(text[low:high], watch)
            if start <= h.start + low and h.end + low <= end_new
        ]
        return before + middle + after

    def _quiet_point(self, old: str, position: int, *, backwards: bool) -> int:
        """The nearest place at or beyond ``position`` (towards the text's end it came
        from) that is a space in ``old`` outside every hit; the text's end if none."""
        step = -1 if backwards else 1
        position = max(0, min(len(old), position))
        while 0 < position < len(old):
            if old[position - 1].isspace() and not any(
                h.start < position < h.end for h in self._hits
            ):
                return position
            position += step
        return position


def _common_prefix(a: str, b: str) -> int:
    limit = min(len(a), len(b))
    low, high = 0, limit
    while low < high:  # halving on slices: C speed, not one character at a time
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    low, high = 0, max(0, limit)
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle :] == b[len(b) - middle :]:
            low = middle
        else:
            high = middle - 1
    return low
