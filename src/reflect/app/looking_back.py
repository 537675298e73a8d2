"""Looking back: a month's days with their marks, a day's entries, "on this day".

The writer's own view of their journal, private entries included; none of
it reaches a pack (the pack's only way in is ``supervision.pack_for``).
"""

from __future__ import annotations

from datetime import date

from reflect.app.journal import Journal
from reflect.domain.filters import EntryFilter
from reflect.domain.looking_back import (
    DayMark,
    day_marks,
    month_bounds,
    same_day_in_earlier_months,
)
from reflect.domain.paging import EntryRow

ON_THIS_DAY_AT_MOST = 12  # the most recent; the calendar has the rest
A_DAY_AT_MOST = 200  # more than anyone writes in a day; the Journal lists any number


def month_marks(journal: Journal, year: int, month: int) -> dict[date, DayMark]:
    """Each day of the month with entries or a check-in, and what it holds."""
    first, last = month_bounds(year, month)
    return day_marks(journal.kinds_by_day(first, last), journal.checkins(first, last))


def entries_of_day(journal: Journal, day: date) -> list[EntryRow]:
    """A day's entries, newest first."""
    return journal.entry_rows(EntryFilter(date_from=day, date_to=day), A_DAY_AT_MOST).rows


def on_this_day(journal: Journal, at_most: int = ON_THIS_DAY_AT_MOST) -> list[EntryRow]:
    """Entries from today's day of the month in earlier months and years, newest first."""
    first = journal.first_day()
    if first is None:
        return []
    return journal.rows_on_days(same_day_in_earlier_months(journal.today(), first), at_most)
