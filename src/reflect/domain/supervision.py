"""Supervision sessions, and the record of what was exported for them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from reflect.domain.errors import ValidationError
from reflect.domain.i18n import QT_TRANSLATE_NOOP

MAX_NOTES = 20_000


@dataclass(frozen=True)
class AgreedAction:
    text: str
    done: bool = False


@dataclass(frozen=True)
class SupervisionSession:
    held_on: date
    notes: str = ""
    actions: tuple[AgreedAction, ...] = ()
    uuid: str = field(default_factory=lambda: str(uuid.uuid4()))

    @property
    def open_actions(self) -> list[AgreedAction]:
        return [a for a in self.actions if not a.done]


@dataclass(frozen=True)
class ExportRecord:
    """That a pack left the journal: when, for which period, how, how many entries."""

    made_at: datetime
    date_from: date
    date_to: date
    format: str
    entry_count: int


def validate_session(session: SupervisionSession, today: date) -> SupervisionSession:
    if session.held_on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "A supervision session cannot be later than today.")
        )
    if len(session.notes) > MAX_NOTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "The notes are too long (at most {limit} characters)."),
            limit=MAX_NOTES,
        )
    actions = tuple(
        AgreedAction(" ".join(a.text.split()), a.done) for a in session.actions if a.text.strip()
    )
    return SupervisionSession(session.held_on, session.notes.strip(), actions, session.uuid)
