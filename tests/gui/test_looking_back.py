"""The Calendar page and "on this day" on Today, used with keys and clicks."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QTableView

from reflect.domain.checkin import CheckIn
from reflect.domain.entry import Share, new_entry
from reflect.domain.kinds import Kind
from reflect.gui.kind_style import KIND_COLOURS
from reflect.gui.main_window import CALENDAR, JOURNAL, TODAY, WRITE
from reflect.gui.pages.calendar.marked_calendar import MOOD_COLOURS
from tests.conftest import STOCKHOLM
from tests.gui.people import open_item


def _write(journal, day: date, title: str, kind=Kind.LOYALTY_CONFLICT, share=Share.PRIVATE):
    return journal.save_entry(new_entry(kind, day, title=title, text="words", share=share))


def _check_in(journal, day: date, mood: int) -> None:
    journal.add_checkin(CheckIn(datetime.combine(day, time(18), STOCKHOLM), mood, 3, 3))


def _holds_colour(widget, colour: QColor) -> bool:
    image = widget.grab().toImage()
    wanted = colour.rgb()
    return any(
        image.pixel(x, y) == wanted
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    )


def test_the_calendar_tells_a_day_and_opens_its_entry_with_the_keys(qtbot, window, journal):
    today = journal.today()
    yesterday = today - timedelta(days=1)
    _write(journal, yesterday, "Ward round")
    _check_in(journal, yesterday, 2)
    open_item(window.navigation, CALENDAR)
    page = window.calendar_page
    assert window.stack.currentWidget() is page
    assert page.day_label.text() == "Nothing written and no check-in."
    assert page.month_label.text() == "Entries on 1 day, a check-in on 1 day."

    days = page.calendar.findChild(QTableView)
    days.setFocus()
    qtbot.keyClick(days, Qt.Key.Key_Left)
    assert page.day_label.text() == "1 entry: Loyalty conflict; mood 2 of 5 (rather low)."
    assert "Loyalty conflict" in page.calendar.accessibleDescription()
    assert days.accessibleDescription() == page.calendar.accessibleDescription()
    assert page.day_list.item(0).text() == "Ward round"
    qtbot.keyClick(days, Qt.Key.Key_Return)  # to the day's entries
    assert QApplication.focusWidget() is page.day_list
    qtbot.keyClick(page.day_list, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == WRITE
    assert window.editor.title_field.text() == "Ward round"

    qtbot.mouseClick(window.editor.close_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == CALENDAR  # back where it was opened, the day kept
    assert page.day_list.item(0).text() == "Ward round"


def test_the_days_marks_are_drawn_in_the_kinds_colour_and_the_moods(qtbot, window, journal):
    _write(journal, journal.today() - timedelta(days=3), "Ward round")
    _check_in(journal, journal.today() - timedelta(days=2), 5)
    open_item(window.navigation, CALENDAR)
    calendar = window.calendar_page.calendar
    assert _holds_colour(calendar, KIND_COLOURS[Kind.LOYALTY_CONFLICT])
    assert _holds_colour(calendar, QColor(MOOD_COLOURS[4]))
    assert not _holds_colour(calendar, KIND_COLOURS[Kind.STIGMA_INCIDENT])


def test_page_up_goes_to_the_month_before_with_its_marks(qtbot, window, journal):
    _write(journal, date(2026, 2, 10), "February's", kind=Kind.TEAM_EXPERIENCE)
    open_item(window.navigation, CALENDAR)
    page = window.calendar_page
    days = page.calendar.findChild(QTableView)
    days.setFocus()
    qtbot.keyClick(days, Qt.Key.Key_PageUp)
    assert (page.calendar.yearShown(), page.calendar.monthShown()) == (2026, 2)
    assert date(2026, 2, 10) in page.marks
    assert page.month_label.text() == "Entries on 1 day, a check-in on 0 days."


def test_on_this_day_shows_on_today_only_when_there_is_one(qtbot, window, journal):
    today_page = window.today_page
    assert today_page.on_this_day.isHidden()
    _write(journal, date(2026, 2, 14), "Same day last month", kind=Kind.MEANINGFUL_MOMENT)
    _write(journal, date(2026, 2, 13), "Not the same day")
    open_item(window.navigation, JOURNAL)
    open_item(window.navigation, TODAY)  # Today is read again as it is shown
    assert not today_page.on_this_day.isHidden()
    listing = today_page.on_this_day_list
    assert [listing.item(r).text() for r in range(listing.count())] == [
        "1 month ago · Same day last month"
    ]
    open_item(listing, 0)
    assert window.stack.currentIndex() == WRITE
    assert window.editor.title_field.text() == "Same day last month"


def test_the_lock_empties_the_calendar(qtbot, window, journal):
    _write(journal, journal.today(), "Today's")
    open_item(window.navigation, CALENDAR)
    window.clear_journal_text()
    page = window.calendar_page
    assert page.marks == {} and page.day_list.count() == 0 and page.day_label.text() == ""
