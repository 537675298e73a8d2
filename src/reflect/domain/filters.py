"""What a list of entries is narrowed to: the journal view's and the CLI's filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reflect.domain.entry import FollowUp, Share
from reflect.domain.kinds import Kind


@dataclass(frozen=True)
class EntryFilter:
    """Every set field narrows the list; an empty filter matches every entry."""

    kinds: tuple[Kind, ...] = ()
    subthemes: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    shares: tuple[Share, ...] = ()  # any of these
    follow_up: FollowUp | None = None
