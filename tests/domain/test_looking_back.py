"""A month's marks and the same day in earlier months, without Qt or a journal."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from reflect.domain.checkin import CheckIn
from reflect.domain.kinds import Kind
from reflect.domain.looking_back import (
    DayMark,
    day_marks,
    month_bounds,
    months_back,
    same_day_in_earlier_months,
)


def _checkin(day: date, hour: int, mood: int) -> CheckIn:
    return CheckIn(datetime(day.year, day.month, day.day, hour, tzinfo=UTC), mood, 3, 3)


def test_a_day_holds_its_kinds_in_the_forms_order_and_its_mood():
    day, other = date(2026, 3, 2), date(2026, 3, 5)
    marks = day_marks(
        [(day, Kind.SHIFT_REFLECTION, 2), (day, Kind.LOYALTY_CONFLICT, 1)],
        [_checkin(day, 9, 3), _checkin(day, 18, 4), _checkin(other, 18, 1)],
    )
    assert marks[day] == DayMark(
        day, ((Kind.LOYALTY_CONFLICT, 1), (Kind.SHIFT_REFLECTION, 2)), mood=4
    )
    assert marks[day].entry_count == 3
    assert marks[other] == DayMark(other, (), mood=1)  # a check-in alone marks a day
    assert list(marks) == [day, other]


def test_a_day_without_a_check_in_has_no_mood():
    day = date(2026, 3, 2)
    assert day_marks([(day, Kind.TEAM_EXPERIENCE, 1)], [])[day].mood is None


def test_month_bounds_know_december_and_a_leap_february():
    assert month_bounds(2026, 12) == (date(2026, 12, 1), date(2026, 12, 31))
    assert month_bounds(2028, 2) == (date(2028, 2, 1), date(2028, 2, 29))
    assert month_bounds(2026, 2) == (date(2026, 2, 1), date(2026, 2, 28))


def test_the_same_day_in_earlier_months_skips_months_without_it():
    assert same_day_in_earlier_months(date(2026, 12, 31), date(2026, 6, 1)) == [
        date(2026, 10, 31),
        date(2026, 8, 31),
        date(2026, 7, 31),
    ]


def test_the_same_day_goes_back_over_the_new_year_to_the_first_entrys_month():
    assert same_day_in_earlier_months(date(2026, 2, 4), date(2025, 11, 20)) == [
        date(2026, 1, 4),
        date(2025, 12, 4),
        date(2025, 11, 4),
    ]
    assert same_day_in_earlier_months(date(2026, 2, 4), date(2026, 2, 1)) == []


@given(
    st.dates(min_value=date(2001, 1, 1), max_value=date(2040, 12, 31)),
    st.integers(min_value=0, max_value=400),
)
def test_every_earlier_day_is_the_same_day_of_an_earlier_month(today, months):
    since = date(max(1, today.year - months // 12 - 1), 1, 1)
    days = same_day_in_earlier_months(today, since)
    assert all(d.day == today.day and d < today.replace(day=1) for d in days)
    assert days == sorted(days, reverse=True)
    assert [months_back(d, today) for d in days] == sorted(months_back(d, today) for d in days)
    assert len(set(days)) == len(days)
