"""Whether the writer's own check-ins have been heavy for several days.

Reflect then offers, once and quietly, a note on where to turn. It is never
a diagnosis and never blocks anything: a person with lived experience may
well have hard days, and the note is there the way a colleague's "how are
you doing?" is. The rule is deliberately plain and easy to explain.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from statistics import mean

from reflect.domain.checkin import CheckIn

# Heavy: low mood or high stress, on the day's average.
LOW_MOOD = 2
HIGH_STRESS = 4
# Several days: this many heavy days among the last LOOK_BACK_DAYS.
HEAVY_DAYS = 3
LOOK_BACK_DAYS = 5


def is_heavy_day(checkins: Iterable[CheckIn]) -> bool:
    """One day's check-ins, taken together."""
    day = list(checkins)
    if not day:
        return False
    return mean(c.mood for c in day) <= LOW_MOOD or mean(c.stress for c in day) >= HIGH_STRESS


def heavy_for_several_days(checkins: Iterable[CheckIn], today: date) -> bool:
    """At least HEAVY_DAYS heavy days among the last LOOK_BACK_DAYS, today included."""
    first = today - timedelta(days=LOOK_BACK_DAYS - 1)
    by_day: dict[date, list[CheckIn]] = {}
    for checkin in checkins:
        day = checkin.at.date()  # the writer's own clock: check-ins keep their offset
        if first <= day <= today:
            by_day.setdefault(day, []).append(checkin)
    return sum(is_heavy_day(day) for day in by_day.values()) >= HEAVY_DAYS
