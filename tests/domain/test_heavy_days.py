"""When Reflect offers the note for the writer's own hard days."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from reflect.domain.checkin import CheckIn
from reflect.domain.heavy_days import heavy_for_several_days, is_heavy_day

TODAY = date(2026, 12, 2)
ZONE = timezone(timedelta(hours=1))


def on(days_ago: int, mood: int, stress: int, hour: int = 20) -> CheckIn:
    day = TODAY - timedelta(days=days_ago)
    return CheckIn(datetime(day.year, day.month, day.day, hour, tzinfo=ZONE), mood, 3, stress)


def test_a_heavy_day_is_low_mood_or_high_stress_on_the_days_average():
    assert is_heavy_day([on(0, 2, 2)]) and is_heavy_day([on(0, 4, 4)])
    assert not is_heavy_day([on(0, 3, 3)]) and not is_heavy_day([])
    assert not is_heavy_day([on(0, 1, 2), on(0, 5, 2, hour=9)])  # a hard morning, a good evening


def test_three_heavy_days_of_the_last_five_are_several():
    assert heavy_for_several_days([on(0, 2, 2), on(2, 1, 3), on(4, 3, 5)], TODAY)
    assert not heavy_for_several_days(
        [on(0, 2, 2), on(2, 1, 3), on(5, 3, 5)], TODAY
    )  # too long ago
    assert not heavy_for_several_days([on(0, 2, 2), on(0, 1, 1, hour=9), on(1, 2, 2)], TODAY)
    assert not heavy_for_several_days([on(0, 3, 3), on(1, 3, 3), on(2, 4, 2)], TODAY)
