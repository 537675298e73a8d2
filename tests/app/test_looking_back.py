"""The calendar's and "on this day"'s use cases on a real journal."""

from __future__ import annotations

from datetime import date, timedelta

from reflect.app.looking_back import entries_of_day, month_marks, on_this_day
from reflect.domain.entry import Share, new_entry
from reflect.domain.kinds import Kind


def _write(journal, day: date, title: str, kind=Kind.SHIFT_REFLECTION, share=Share.PRIVATE):
    return journal.save_entry(new_entry(kind, day, title=title, text="words", share=share))


def test_on_this_day_lists_the_same_day_of_earlier_months_newest_first(journal):
    today = journal.today()  # 14 March 2026
    _write(journal, date(2026, 2, 14), "A month ago", share=Share.PRIVATE)
    _write(journal, date(2025, 3, 14), "A year ago", kind=Kind.LOYALTY_CONFLICT)
    _write(journal, date(2026, 2, 13), "Another day")
    _write(journal, today, "Today itself")
    _write(journal, date(2026, 3, 1), "This month")
    found = on_this_day(journal)
    assert [row.title for row in found] == ["A month ago", "A year ago"]
    assert found[0].share is Share.PRIVATE  # the writer's own view holds private entries


def test_on_this_day_is_empty_in_a_new_journal(journal):
    assert on_this_day(journal) == []


def test_a_months_marks_and_a_days_entries(journal):
    day = date(2026, 3, 2)
    _write(journal, day, "First", kind=Kind.LOYALTY_CONFLICT)
    _write(journal, day, "Second")
    _write(journal, day - timedelta(days=40), "Not this month")
    journal.check_in(4, 3, 2)  # today, the 14th
    marks = month_marks(journal, 2026, 3)
    assert set(marks) == {day, journal.today()}
    assert marks[day].kinds == ((Kind.LOYALTY_CONFLICT, 1), (Kind.SHIFT_REFLECTION, 1))
    assert marks[journal.today()].mood == 4
    assert {row.title for row in entries_of_day(journal, day)} == {"First", "Second"}
    assert entries_of_day(journal, day + timedelta(days=1)) == []
