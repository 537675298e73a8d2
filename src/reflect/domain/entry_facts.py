"""What a summary needs to know of an entry: everything but its writing.

A summary of a year counts thousands of entries; reading and building each
whole entry (text, every form field) was most of its time at 100,000
entries (docs/performance.md). The store reads these few columns instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reflect.domain.entry import Entry, FollowUp, Share
from reflect.domain.kinds import Kind

# The form field a stigma incident names its source in.
STIGMA_SOURCE_FIELD = "source"


@dataclass(frozen=True, slots=True)
class EntryFacts:
    uuid: str
    occurred_on: date
    kind: Kind
    title: str  # as shown: the writer's title or the first words
    share: Share
    question: str
    follow_up: FollowUp
    intensity: int | None
    subthemes: tuple[str, ...]
    tags: tuple[str, ...]
    stigma_source: str  # "" when not a stigma incident or not answered

    @classmethod
    def of(cls, entry: Entry) -> EntryFacts:
        return cls(
            entry.uuid,
            entry.occurred_on,
            entry.kind,
            entry.display_title,
            entry.share,
            entry.supervision_question,
            entry.follow_up,
            entry.intensity,
            entry.subthemes,
            entry.tags,
            entry.fields.get(STIGMA_SOURCE_FIELD, "") if entry.kind is Kind.STIGMA_INCIDENT else "",
        )
