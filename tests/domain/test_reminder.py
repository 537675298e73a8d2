"""When the reminder after a working day is due: chosen days, a time, once a day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from reflect.domain.reminder import (
    CHECK_AT_MOST_EVERY,
    DAY_CODES,
    ReminderPlan,
    format_days,
    format_time,
    is_due,
    parse_days,
    parse_time,
    wait_before_next_look,
    wall_clock,
)

MONDAY = date(2026, 11, 30)  # a Monday
WEEKDAYS = ReminderPlan(frozenset(range(5)), time(17, 0))


def on(day: date, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, second)


def test_the_test_monday_is_a_monday():
    assert MONDAY.weekday() == 0


def test_before_the_time_on_a_chosen_day_it_is_due_that_day():
    assert WEEKDAYS.next_due(on(MONDAY, 9)) == on(MONDAY, 17)
    assert WEEKDAYS.next_due(on(MONDAY, 17)) == on(MONDAY, 17)  # the very moment counts


def test_started_after_the_time_the_day_is_let_go():
    assert WEEKDAYS.next_due(on(MONDAY, 17, 0, 1)) == on(MONDAY + timedelta(days=1), 17)


def test_a_day_not_chosen_is_skipped():
    friday = MONDAY + timedelta(days=4)
    assert WEEKDAYS.next_due(on(friday, 18)) == on(MONDAY + timedelta(days=7), 17)
    saturday = friday + timedelta(days=1)
    assert WEEKDAYS.next_due(on(saturday, 9)) == on(MONDAY + timedelta(days=7), 17)


def test_a_day_already_done_is_not_due_again_even_at_a_later_time():
    later = ReminderPlan(WEEKDAYS.days, time(20, 0))  # the writer moved it after it was given
    assert later.next_due(on(MONDAY, 17, 30), done_on=MONDAY) == on(MONDAY + timedelta(1), 20)
    assert later.next_due(on(MONDAY, 17, 30), done_on=MONDAY - timedelta(7)) == on(MONDAY, 20)


def test_one_chosen_day_comes_back_a_week_later():
    mondays = ReminderPlan(frozenset({0}), time(16, 30))
    assert mondays.next_due(on(MONDAY, 16, 31)) == on(MONDAY + timedelta(days=7), 16, 30)
    assert mondays.next_due(on(MONDAY, 10), done_on=MONDAY) == on(
        MONDAY + timedelta(days=7), 16, 30
    )


def test_no_day_chosen_is_never_due():
    assert ReminderPlan(frozenset(), time(17)).next_due(on(MONDAY, 9)) is None


def test_around_midnight():
    night = ReminderPlan(frozenset({0, 1}), time(0, 0))
    assert night.next_due(on(MONDAY, 0)) == on(MONDAY, 0)
    assert night.next_due(on(MONDAY, 0, 0, 1)) == on(MONDAY + timedelta(days=1), 0)
    late = ReminderPlan(frozenset({0}), time(23, 59))
    assert late.next_due(on(MONDAY - timedelta(days=1), 23, 59)) == on(MONDAY, 23, 59)
    assert is_due(on(MONDAY, 23, 59), on(MONDAY, 23, 59, 59))
    # A minute later it is Tuesday: Monday's reminder is no longer given.
    assert not is_due(on(MONDAY, 23, 59), on(MONDAY + timedelta(days=1), 0, 0, 30))


def test_due_on_its_own_day_only():
    armed = on(MONDAY, 17)
    assert not is_due(armed, on(MONDAY, 16, 59, 59))
    assert is_due(armed, on(MONDAY, 17))
    assert is_due(armed, on(MONDAY, 21))  # woken from sleep the same evening
    assert not is_due(armed, on(MONDAY + timedelta(days=1), 8))  # not the next morning


def test_the_wall_clock_keeps_the_time_a_clock_change_day_shows():
    # 17:00 is 17:00 whatever the offset: summer and winter time alike.
    summer = datetime(2026, 3, 30, 17, 0, tzinfo=timezone(timedelta(hours=2)))
    winter = datetime(2026, 3, 28, 17, 0, tzinfo=timezone(timedelta(hours=1)))
    assert wall_clock(summer) == datetime(2026, 3, 30, 17, 0)
    assert wall_clock(winter).time() == wall_clock(summer).time() == time(17, 0)
    # The Sunday the clocks go forward (02:00 → 03:00): a 02:30 reminder is given at 03:00.
    sunday = date(2026, 3, 29)
    night = ReminderPlan(frozenset({6}), time(2, 30))
    armed = night.next_due(on(sunday, 1, 59))
    assert armed == on(sunday, 2, 30) and is_due(armed, on(sunday, 3, 0))


def test_the_clock_is_looked_at_at_least_every_minute():
    now = on(MONDAY, 9)
    assert wait_before_next_look(on(MONDAY, 17), now) == CHECK_AT_MOST_EVERY
    assert wait_before_next_look(now + timedelta(seconds=20), now) == timedelta(seconds=20)
    # A timer that fired a moment early does not spin.
    assert wait_before_next_look(now, now + timedelta(milliseconds=1)) == timedelta(seconds=1)


def test_days_are_kept_as_short_codes_in_week_order():
    assert format_days({4, 0, 1}) == "mon,tue,fri"
    assert format_days(set()) == ""
    assert parse_days("mon,tue,fri") == {0, 1, 4}
    assert parse_days(" Sun , sat,holiday,") == {5, 6}
    assert parse_days("") == frozenset()


def test_the_time_is_kept_as_hours_and_minutes():
    assert format_time(time(7, 5)) == "07:05"
    assert parse_time("07:05") == parse_time("7:05") == time(7, 5)
    for broken in ("", "17", "24:00", "17:60", "17:5", "ab:cd", "１７:００", "-1:30", "117:00"):
        assert parse_time(broken) is None, broken


days = st.frozensets(st.integers(0, 6))
moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1))
times = st.times().map(lambda t: t.replace(second=0, microsecond=0))


@given(days, times, moments, st.none() | st.dates())
def test_the_next_due_moment_follows_the_plan(chosen, at, now, done_on):
    due = ReminderPlan(chosen, at).next_due(now, done_on)
    if due is None:
        assert not chosen
        return
    assert due >= now and due - now <= timedelta(days=8)
    assert due.weekday() in chosen and due.time() == at and due.date() != done_on
    # Nothing chosen lies between now and the moment found.
    day = now.date()
    while day < due.date():
        moment = datetime.combine(day, at)
        assert not (day.weekday() in chosen and moment >= now and day != done_on), day
        day += timedelta(days=1)


@given(days, times)
def test_days_and_times_survive_being_written_down(chosen, at):
    assert parse_days(format_days(chosen)) == chosen
    assert parse_time(format_time(at)) == at
    assert set(format_days(chosen).split(",")) <= {*DAY_CODES, ""}


@given(days, times, moments)
def test_once_given_a_reminder_is_not_due_again_that_day(chosen, at, now):
    plan = ReminderPlan(chosen, at)
    armed = plan.next_due(now)
    if armed is None:
        return
    again = plan.next_due(armed, done_on=armed.date())
    assert again is None or again.date() > armed.date()
