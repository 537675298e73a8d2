"""Small text helpers shared by lists, exports and the command line."""

from __future__ import annotations

from collections.abc import Iterable

TITLE_LENGTH = 60
SNIPPET_LENGTH = 160


def shorten(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters, cut at a word where possible."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:") + "…"


def derive_title(candidates: Iterable[str | None]) -> str:
    """The first words of the first non-empty text among ``candidates``."""
    for text in candidates:
        if text and text.strip():
            first_line = text.strip().splitlines()[0]
            return shorten(first_line, TITLE_LENGTH)
    return ""
