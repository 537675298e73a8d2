"""Looking back: what each day of a month holds, and the same day in earlier months.

A calendar marks each day with the kinds written that day and the day's
mood from its check-ins; "on this day" finds the entries written on the
same day of the month in earlier months and years. Both are the writer's
own view: nothing here is ever part of a pack.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from reflect.domain.checkin import CheckIn
from reflect.domain.i18n import QT_TRANSLATE_NOOP
from reflect.domain.kinds import Kind

# A calm scale's words, low to good: the text beside the colour.
MOOD_WORDS = (
    QT_TRANSLATE_NOOP("LookingBack", "low"),
    QT_TRANSLATE_NOOP("LookingBack", "rather low"),
    QT_TRANSLATE_NOOP("LookingBack", "in between"),
    QT_TRANSLATE_NOOP("LookingBack", "rather good"),
    QT_TRANSLATE_NOOP("LookingBack", "good"),
)


@dataclass(frozen=True)
class DayMark:
    day: date
    kinds: tuple[tuple[Kind, int], ...] = ()  # each kind written that day, with how many
    mood: int | None = None  # the day's check-ins' mood, 1–5, None without one

    @property
    def entry_count(self) -> int:
        return sum(count for _, count in self.kinds)


def day_marks(
    kind_counts: Iterable[tuple[date, Kind, int]], checkins: Iterable[CheckIn]
) -> dict[date, DayMark]:
    """Each day with entries or a check-in; a day's mood is the mean of its
    check-ins, rounded half up (3 and 4 make 4)."""
    kinds: dict[date, list[tuple[Kind, int]]] = {}
    for day, kind, count in kind_counts:
        kinds.setdefault(day, []).append((kind, count))
    moods: dict[date, list[int]] = {}
    for checkin in checkins:
        moods.setdefault(checkin.at.date(), []).append(checkin.mood)
    order = {kind: place for place, kind in enumerate(Kind)}
    return {
        day: DayMark(
            day,
            tuple(sorted(kinds.get(day, ()), key=lambda pair: order[pair[0]])),
            _rounded_mean(moods[day]) if day in moods else None,
        )
        for day in sorted(kinds.keys() | moods.keys())
    }


def _rounded_mean(values: list[int]) -> int:
    return int(sum(values) / len(values) + 0.5)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """The first and the last day of a month."""
    return date(year, month, 1), date(year, month, monthrange(year, month)[1])


def months_back(earlier: date, today: date) -> int:
    """Whole months from ``earlier`` to ``today`` on the same day of the month."""
    return (today.year - earlier.year) * 12 + today.month - earlier.month


def same_day_in_earlier_months(today: date, since: date) -> list[date]:
    """The same day of the month as ``today`` in each earlier month back to
    ``since``, newest first; a month without that day (the 31st in April) has none."""
    days: list[date] = []
    year, month = today.year, today.month
    while True:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        if (year, month) < (since.year, since.month):
            return days
        if today.day <= monthrange(year, month)[1]:
            days.append(date(year, month, today.day))
