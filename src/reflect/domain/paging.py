"""Pages of a long, date-ordered list of entries."""

from __future__ import annotations

from dataclasses import dataclass

from reflect.domain.entry import Entry


@dataclass(frozen=True)
class PageCursor:
    """Where the next page starts: after this date and row (keyset paging,
    so page 1,000 is as quick to read as page 1)."""

    occurred_on: str
    row_id: int


@dataclass(frozen=True)
class EntryPage:
    entries: list[Entry]
    next_cursor: PageCursor | None
