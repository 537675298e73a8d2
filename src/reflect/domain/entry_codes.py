"""The codes an entry's kind, sharing and follow-up are stored, typed and exported as.

Kept apart from the forms (kinds.py) and the entry (entry.py) so that the
command line can offer them as choices in ``--help`` without loading either.
"""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    CLOSENESS_DISTANCE = "closeness_distance"
    LOYALTY_CONFLICT = "loyalty_conflict"
    STIGMA_INCIDENT = "stigma_incident"
    MEANINGFUL_MOMENT = "meaningful_moment"
    TEAM_EXPERIENCE = "team_experience"
    SHIFT_REFLECTION = "shift_reflection"


class Share(StrEnum):
    """How much of an entry may ever leave the journal.

    PRIVATE never leaves it. SUMMARY is counted in a supervision pack's
    figures and shows its supervision question, but not its text. FULL is
    included whole.
    """

    PRIVATE = "private"
    SUMMARY = "summary"
    FULL = "full"

    @classmethod
    def parse(cls, value: str) -> Share:
        # Format 3 and older journals (and their drafts) said "supervision"
        # for what is now FULL.
        return cls.FULL if value == "supervision" else cls(value)

    @property
    def shared(self) -> bool:
        return self is not Share.PRIVATE


class FollowUp(StrEnum):
    NONE = "none"
    OPEN = "open"
    RESOLVED = "resolved"
