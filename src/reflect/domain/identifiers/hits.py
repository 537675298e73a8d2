"""What the identifier check finds, and the boundaries every number pattern shares."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from reflect.domain.i18n import QT_TRANSLATE_NOOP


class HitKind(StrEnum):
    # The order matters: on a tie between overlapping hits the earlier kind wins.
    PERSONAL_NUMBER = "personal_number"
    COORDINATION_NUMBER = "coordination_number"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    BIRTH_DATE = "birth_date"
    WATCHED_NAME = "watched_name"


HIT_LABELS: dict[HitKind, str] = {
    HitKind.PERSONAL_NUMBER: QT_TRANSLATE_NOOP("Identifiers", "Personal identity number"),
    HitKind.COORDINATION_NUMBER: QT_TRANSLATE_NOOP("Identifiers", "Coordination number"),
    HitKind.PHONE: QT_TRANSLATE_NOOP("Identifiers", "Phone number"),
    HitKind.EMAIL: QT_TRANSLATE_NOOP("Identifiers", "E-mail address"),
    HitKind.ADDRESS: QT_TRANSLATE_NOOP("Identifiers", "Street address"),
    HitKind.BIRTH_DATE: QT_TRANSLATE_NOOP("Identifiers", "Date of birth"),
    HitKind.WATCHED_NAME: QT_TRANSLATE_NOOP("Identifiers", "Name from your list"),
}


@dataclass(frozen=True)
class Hit:
    kind: HitKind
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Span:
    """A hit in a normalised view, before it is mapped back to the original text."""

    kind: HitKind
    start: int
    end: int


# A number must stand on its own: not glued to a word, not the tail of a path
# or doi ("/0161…"), and not one part of a longer dotted, dashed or colon-
# separated number such as a date, a time, a decimal or a version.
BEFORE = r"(?<![\w/+])(?<!\d[.,:-])"
AFTER = r"(?!\w)(?![.,:/-]\d)"


def spans(pattern: re.Pattern[str], text: str, kind: HitKind) -> list[Span]:
    return [Span(kind, m.start(), m.end()) for m in pattern.finditer(text)]


def real_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except (ValueError, OverflowError):
        return False
    return True
