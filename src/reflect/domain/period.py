"""Periods a summary or a supervision pack covers (both ends included)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from reflect.domain.errors import ValidationError
from reflect.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Validation", "The period ends ({end}) before it starts ({start})."
                ),
                start=self.start.isoformat(),
                end=self.end.isoformat(),
            )

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def this_week(today: date) -> Period:
    return Period(today - timedelta(days=today.weekday()), today)


def last_four_weeks(today: date) -> Period:
    return Period(today - timedelta(days=27), today)


def since_session(held_on: date | None, today: date) -> Period:
    """From the day after the last supervision (four weeks when there was none)."""
    if held_on is None or held_on >= today:
        return last_four_weeks(today)
    return Period(held_on + timedelta(days=1), today)
