"""Pages of a long, date-ordered list of entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reflect.domain.entry import Entry, FollowUp, Share
from reflect.domain.kinds import Kind


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


@dataclass(frozen=True)
class RowPage:
    """A page of a list: its rows, without the entries' text, and where the next begins."""

    rows: list[EntryRow]
    next_cursor: PageCursor | None


@dataclass(frozen=True, slots=True)
class EntryRow:
    """What a list shows of an entry: enough to paint it and open it, not its text.

    A list keeps these for the rows in sight and only the ``row_id`` of the
    rest (see docs/performance.md); the editor reads the whole entry.
    """

    uuid: str
    occurred_on: date
    kind: Kind
    title: str
    share: Share
    follow_up: FollowUp
    # Where the row is in the journal file: what a list keeps of a row out of
    # sight, to read it again. Not part of what the entry says, so not compared;
    # 0 for a row made from an Entry.
    row_id: int = field(default=0, compare=False)

    @classmethod
    def of(cls, entry: Entry) -> EntryRow:
        return cls(
            entry.uuid,
            entry.occurred_on,
            entry.kind,
            entry.display_title,
            entry.share,
            entry.follow_up,
        )
