"""Wellbeing check-ins: mood, energy and stress on a five-step scale."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime

from reflect.domain.errors import ValidationError
from reflect.domain.i18n import QT_TRANSLATE_NOOP

SCALE = range(1, 6)
MAX_NOTE = 2_000
OUT_OF_SCALE = {
    "mood": QT_TRANSLATE_NOOP("Validation", "Mood is a whole number from 1 to 5."),
    "energy": QT_TRANSLATE_NOOP("Validation", "Energy is a whole number from 1 to 5."),
    "stress": QT_TRANSLATE_NOOP("Validation", "Stress is a whole number from 1 to 5."),
}


@dataclass(frozen=True)
class CheckIn:
    at: datetime
    mood: int
    energy: int
    stress: int
    note: str = ""
    uuid: str = field(default_factory=lambda: str(uuid.uuid4()))


def validate_checkin(checkin: CheckIn) -> CheckIn:
    for name, message in OUT_OF_SCALE.items():
        value = getattr(checkin, name)
        if isinstance(value, bool) or not isinstance(value, int) or value not in SCALE:
            raise ValidationError(message)
    if checkin.at.tzinfo is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "The check-in time needs a time zone.")
        )
    note = checkin.note.strip()
    if len(note) > MAX_NOTE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "The note is too long (at most {limit} characters)."),
            limit=MAX_NOTE,
        )
    return replace(checkin, note=note)
