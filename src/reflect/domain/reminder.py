"""When the gentle reminder after a working day is due: chosen weekdays and a time.

All times here are wall-clock times, naive: 17:00 means what the computer's
clock shows as 17:00, on the days the clocks change too, so no offset
arithmetic can move the reminder an hour.

The rule for a day the app starts too late for: if Reflect is started after
the chosen time on a chosen day, that day gets no reminder. A note hours late
to someone who has just opened Reflect anyway is noise, not kindness, and the
rule needs nothing kept on disk about when a reminder was last given.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

# In date.weekday() order: 0 is Monday.
DAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_DAYS = frozenset(range(5))  # Monday to Friday
DEFAULT_TIME = time(17, 0)
# The clock is looked at again at least this often, so a reminder is not
# lost to a system sleep or a clock set by hand while the app waits.
CHECK_AT_MOST_EVERY = timedelta(minutes=1)
_SHORTEST_WAIT = timedelta(seconds=1)  # a timer that fired a little early waits a moment


@dataclass(frozen=True)
class ReminderPlan:
    """The chosen weekdays (``date.weekday()`` numbers) and the time on each of them."""

    days: frozenset[int]
    at: time

    def next_due(self, now: datetime, done_on: date | None = None) -> datetime | None:
        """The first chosen moment at or after ``now``, skipping ``done_on`` (the day a
        reminder was already given or not needed). None when no day is chosen."""
        for offset in range(8):  # today and the next seven days hold every weekday
            day = now.date() + timedelta(days=offset)
            if day.weekday() not in self.days or day == done_on:
                continue
            moment = datetime.combine(day, self.at)
            if moment >= now:
                return moment
        return None


def is_due(armed: datetime, now: datetime) -> bool:
    """Whether the moment waited for has come: on its own day only, so a computer
    asleep through the evening gives no reminder of yesterday the next morning."""
    return armed <= now and now.date() == armed.date()


def wait_before_next_look(armed: datetime, now: datetime) -> timedelta:
    """How long to sleep before looking at the clock again."""
    return min(CHECK_AT_MOST_EVERY, max(armed - now, _SHORTEST_WAIT))


def wall_clock(moment: datetime) -> datetime:
    """The time as the clock on the wall shows it: the fields kept, the offset dropped."""
    return moment.replace(tzinfo=None)


def format_days(days: Iterable[int]) -> str:
    """``{0, 1, 4}`` → ``"mon,tue,fri"``, in week order."""
    chosen = set(days)
    return ",".join(code for number, code in enumerate(DAY_CODES) if number in chosen)


def parse_days(value: str) -> frozenset[int]:
    """``"mon,tue,fri"`` → ``{0, 1, 4}``; unknown codes are left out."""
    codes = {part.strip().lower() for part in value.split(",")}
    return frozenset(number for number, code in enumerate(DAY_CODES) if code in codes)


def format_time(moment: time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def parse_time(value: str) -> time | None:
    """``"17:30"`` → 17:30; None for anything else (a hand-edited file, say)."""
    hours, colon, minutes = value.strip().partition(":")
    digits = hours + minutes
    if not (colon and digits.isascii() and digits.isdigit() and len(minutes) == 2):
        return None
    if not 1 <= len(hours) <= 2:
        return None
    if int(hours) > 23 or int(minutes) > 59:
        return None
    return time(int(hours), int(minutes))
