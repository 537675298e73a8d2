"""Search results, as the journal view and the command line show them."""

from __future__ import annotations

from dataclasses import dataclass

from reflect.domain.entry import Entry

# Snippets mark each matched word with these two characters; views turn
# them into bold text or brackets. They cannot be typed into an entry.
MATCH_START = "\x02"
MATCH_END = "\x03"


@dataclass(frozen=True)
class SearchHit:
    entry: Entry
    snippet: str
    rank: float


def snippet_with(snippet: str, start: str, end: str) -> str:
    return snippet.replace(MATCH_START, start).replace(MATCH_END, end)


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """The snippet as runs of text, each saying whether it is a matched word."""
    parts = []
    for number, piece in enumerate(snippet.split(MATCH_START)):
        matched, _, rest = piece.partition(MATCH_END) if number else ("", "", piece)
        parts += [(text, bold) for text, bold in ((matched, True), (rest, False)) if text]
    return parts
