"""The reminder after the working day: chosen in Settings, given once, never journal text."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import ClassVar

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QCheckBox, QScrollArea, QSystemTrayIcon

from reflect.domain.entry import new_entry
from reflect.domain.kinds import Kind
from reflect.gui import reminder as reminder_module
from reflect.gui.app_controller import AppController
from reflect.gui.main_window import SETTINGS
from reflect.gui.unlock_dialog import UnlockDialog
from reflect.present.preferences import Preferences
from tests.conftest import STOCKHOLM, FakeClock
from tests.gui.conftest import close_controller
from tests.gui.test_lock_and_drafts import all_visible_text, unlock

CANARY = "kanariefågel"
MONDAY = date(2026, 3, 9)  # a Monday before the test journal's own today (14 March)
NOTE = "Your working day is done. A few words about it, if you feel like it. If not, rest well."


class CapturedTray(QSystemTrayIcon):
    """The notification area, which offscreen has none of: it is there, and what it
    is asked to show is kept instead of shown."""

    made: ClassVar[list[CapturedTray]] = []

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.messages: list[tuple[str, str]] = []
        CapturedTray.made.append(self)

    @staticmethod
    def isSystemTrayAvailable() -> bool:  # noqa: N802 - Qt's name
        return True

    def show(self) -> None:  # offscreen would warn that it has no tray to show it in
        self.shown = True

    def hide(self) -> None:
        self.shown = False

    def showMessage(self, title, message, *rest) -> None:  # noqa: N802 - Qt's name
        self.messages.append((title, message))


@pytest.fixture
def tray(monkeypatch):
    CapturedTray.made = []
    monkeypatch.setattr(reminder_module, "QSystemTrayIcon", CapturedTray)
    return CapturedTray


@pytest.fixture
def reminder_clock():
    return FakeClock(datetime(2026, 3, 9, 16, 59, 30, tzinfo=STOCKHOLM))


def make_controller(qapp, journal, journal_path, tmp_path, clock, *, on: bool):
    journal.save_entry(
        new_entry(Kind.SHIFT_REFLECTION, date(2026, 3, 6), title=CANARY, text=f"A {CANARY} day")
    )
    journal.close()
    preferences = Preferences(tmp_path / "settings.ini")
    if on:
        preferences.reminder_on = True
        preferences.reminder_days = frozenset({0})  # Mondays
        preferences.reminder_time = time(17, 0)
    return AppController(qapp, preferences, journal_path, clock=clock)


@pytest.fixture
def controller_off(qapp, journal, journal_path, tmp_path, translations, tray, reminder_clock):
    made = make_controller(qapp, journal, journal_path, tmp_path, reminder_clock, on=False)
    yield made
    close_controller(made)


@pytest.fixture
def controller_on(qapp, journal, journal_path, tmp_path, translations, tray, reminder_clock):
    made = make_controller(qapp, journal, journal_path, tmp_path, reminder_clock, on=True)
    yield made
    close_controller(made)


def nothing_of_the_reminder(controller) -> bool:
    reminder = controller.session.reminder
    return (
        reminder.tray is None
        and reminder.timer is None
        and controller.session.findChildren(QSystemTrayIcon) == []
        and not any(t.objectName() == "reminder" for t in controller.session.findChildren(QTimer))
    )


def show_in_scroll(widget) -> None:
    """Scroll the page to ``widget`` as a person would before clicking it."""
    area = widget.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    area.ensureWidgetVisible(widget)
    QApplication.processEvents()


def click(qtbot, box) -> None:
    """Click a check box on its box, at the left (a stretched one ignores clicks past its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_the_preferences_keep_only_what_was_chosen(tmp_path):
    preferences = Preferences(tmp_path / "settings.ini")
    assert preferences.reminder_plan() is None  # off by default
    assert preferences.reminder_days == {0, 1, 2, 3, 4} and preferences.reminder_time == time(17)
    preferences.reminder_on = True
    preferences.reminder_days = frozenset({0, 2, 6})
    preferences.reminder_time = time(16, 45)
    preferences.sync()
    written = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert 'days="mon,wed,sun"' in written and "time=16:45" in written
    reread = Preferences(tmp_path / "settings.ini")
    plan = reread.reminder_plan()
    assert plan is not None and (plan.days, plan.at) == ({0, 2, 6}, time(16, 45))
    # No day at all is a choice too, and back to the defaults writes nothing.
    reread.reminder_days = frozenset()
    assert Preferences(tmp_path / "settings.ini").reminder_days == frozenset()
    reread.reminder_on = False
    reread.reminder_days = frozenset(range(5))
    reread.reminder_time = time(17)
    reread.sync()
    assert "reminder" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")


def test_a_hand_edited_reminder_is_read_with_care(tmp_path):
    (tmp_path / "settings.ini").write_text(
        "[reminder]\non=true\ndays=tue, thu, someday\ntime=25:00\n", encoding="utf-8"
    )
    preferences = Preferences(tmp_path / "settings.ini")
    assert preferences.reminder_on and preferences.reminder_days == {1, 3}
    assert preferences.reminder_time == time(17)  # not a time: the default


def test_off_by_default_there_is_no_icon_and_no_timer(qtbot, controller_off, tray):
    unlock(qtbot, controller_off)
    assert not controller_off.preferences.reminder_on
    assert nothing_of_the_reminder(controller_off)
    assert tray.made == []


def test_a_person_chooses_the_reminder_in_settings(qtbot, controller_off, tray, tmp_path):
    window = unlock(qtbot, controller_off)
    window.show_page(SETTINGS)
    section = window.settings_page.reminder
    assert not section.unavailable_note.isVisibleTo(section)
    assert not section.time_edit.isEnabled()  # nothing to choose while it is off
    show_in_scroll(section.on_box)
    click(qtbot, section.on_box)
    # At once: the icon and the timer, waiting for today, Monday 17:00.
    reminder = controller_off.session.reminder
    assert reminder.tray is not None and reminder.timer.isActive()
    assert reminder.armed == datetime(2026, 3, 9, 17, 0)
    assert section.time_edit.isEnabled() and section.day_boxes[0].isEnabled()

    friday, saturday = section.day_boxes[4], section.day_boxes[5]
    click(qtbot, friday)
    saturday.setFocus()
    qtbot.keyClick(saturday, Qt.Key.Key_Space)
    # On from Saturday with the Tab key into the time, its hours chosen, and typed over.
    qtbot.keyClick(saturday, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is section.time_edit
    qtbot.keyClicks(section.time_edit, "18:30")

    assert [n for n, box in section.day_boxes.items() if box.isChecked()] == [0, 1, 2, 3, 5]
    assert section.time_edit.text() == "18:30"
    reread = Preferences(tmp_path / "settings.ini")
    assert reread.reminder_on and reread.reminder_days == {0, 1, 2, 3, 5}
    assert reread.reminder_time == time(18, 30)
    assert reminder.armed == datetime(2026, 3, 9, 18, 30)  # the new time counts at once

    show_in_scroll(section.on_box)
    click(qtbot, section.on_box)
    assert not Preferences(tmp_path / "settings.ini").reminder_on
    assert nothing_of_the_reminder(controller_off)
    assert not section.day_boxes[0].isEnabled() and not section.time_edit.isEnabled()


def test_every_control_is_named_and_reached_with_the_tab_key(qtbot, controller_off):
    window = unlock(qtbot, controller_off)
    window.show_page(SETTINGS)
    section = window.settings_page.reminder
    show_in_scroll(section.on_box)
    section.on_box.setFocus()
    qtbot.keyClick(section.on_box, Qt.Key.Key_Space)  # on, from the keyboard
    assert section.on_box.isChecked()
    reached = [QApplication.focusWidget()]
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    controls = [section.on_box, *section.day_boxes.values()]
    assert reached[:8] == controls
    assert reached[8] is section.time_edit or section.time_edit.isAncestorOf(reached[8])
    names = [c.accessibleName() for c in [*controls, section.time_edit]]
    assert all(names) and len(set(names)) == len(names)
    assert section.day_boxes[0].text() == "Monday"
    assert "Monday" in section.day_boxes[0].accessibleName()


def test_the_note_comes_once_with_its_own_words_and_nothing_from_the_journal(
    qtbot, controller_on, tray, reminder_clock
):
    unlock(qtbot, controller_on)
    [icon] = tray.made
    reminder = controller_on.session.reminder
    # It sleeps until the moment, not longer, and never longer than a minute.
    assert reminder.armed == datetime(2026, 3, 9, 17, 0)
    assert reminder.timer.interval() == 30_000
    reminder.look()
    assert icon.messages == []  # 16:59:30: not yet

    reminder_clock.advance(seconds=30)
    reminder.look()
    assert icon.messages == [("Reflect", NOTE)]
    assert CANARY not in icon.toolTip()
    # Not again that day, however often it looks, and not on Tuesday (not chosen).
    for _ in range(3):
        reminder_clock.advance(hours=1)
        reminder.look()
    reminder_clock.advance(days=1)
    reminder.look()
    assert len(icon.messages) == 1
    assert reminder.armed == datetime(2026, 3, 16, 17, 0)  # next Monday
    assert reminder.timer.interval() == 60_000  # it looks at the clock once a minute


def test_the_timer_itself_gives_the_note(
    qapp, qtbot, journal, journal_path, tmp_path, translations, tray, reminder_clock
):
    reminder_clock.now = datetime(2026, 3, 9, 16, 59, 59, 500_000, tzinfo=STOCKHOLM)
    controller = make_controller(qapp, journal, journal_path, tmp_path, reminder_clock, on=True)
    try:
        [icon] = tray.made
        assert controller.session.reminder.timer.interval() == 1000  # a short wait, not a spin
        reminder_clock.advance(seconds=1)  # while the timer sleeps
        qtbot.waitUntil(lambda: icon.messages == [("Reflect", NOTE)], timeout=3000)
    finally:
        close_controller(controller)


def test_a_day_already_written_about_gets_no_note(
    qtbot, controller_on, tray, reminder_clock, journal_path
):
    window = unlock(qtbot, controller_on)
    controller_on.journal.save_entry(new_entry(Kind.SHIFT_REFLECTION, MONDAY, text="Written"))
    reminder_clock.advance(seconds=30)
    controller_on.session.reminder.look()
    assert tray.made[0].messages == []
    assert window is controller_on.window


def test_a_start_after_the_time_lets_that_day_go(
    qapp, qtbot, journal, journal_path, tmp_path, translations, tray, reminder_clock
):
    reminder_clock.now = datetime(2026, 3, 9, 19, 0, tzinfo=STOCKHOLM)
    controller = make_controller(qapp, journal, journal_path, tmp_path, reminder_clock, on=True)
    try:
        assert controller.session.reminder.armed == datetime(2026, 3, 16, 17, 0)
        controller.session.reminder.look()
        assert tray.made[0].messages == []
    finally:
        close_controller(controller)


def test_while_locked_the_note_shows_nothing_and_its_click_asks_for_the_passphrase(
    qtbot, controller_on, tray, reminder_clock
):
    window = unlock(qtbot, controller_on)
    qtbot.keySequence(window, QKeySequence("Ctrl+L"))
    assert controller_on.journal is None and isinstance(controller_on.gate, UnlockDialog)
    gate = controller_on.gate
    gate.hide()  # out of sight, as under other windows
    reminder_clock.advance(seconds=30)
    controller_on.session.reminder.look()
    [icon] = tray.made
    assert icon.messages == [("Reflect", NOTE)]
    # The operating system reports the click on its note; no test can click it there.
    icon.messageClicked.emit()
    assert gate.isVisible() and controller_on.gate is gate
    assert controller_on.window is None and controller_on.journal is None
    assert CANARY not in all_visible_text()


def test_a_click_on_the_icon_brings_the_open_window_forward(qtbot, controller_on, tray):
    window = unlock(qtbot, controller_on)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized, timeout=2000)
    reminder = controller_on.session.reminder
    # What the system reports of the icon (tray.activated is connected to this).
    reminder.icon_activated(QSystemTrayIcon.ActivationReason.Context)  # a right click: nothing
    assert window.isMinimized()
    reminder.icon_activated(QSystemTrayIcon.ActivationReason.Trigger)
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=2000)


def test_without_a_notification_area_settings_says_so_and_offers_nothing(qtbot, window):
    # Offscreen, like a desktop without one, has no notification area.
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    window.show_page(SETTINGS)
    section = window.settings_page.reminder
    assert section.unavailable_note.isVisibleTo(window)
    assert "no notification area" in section.unavailable_note.text()
    assert not section.on_box.isEnabled() and not section.time_edit.isEnabled()
    assert not any(box.isEnabled() for box in section.day_boxes.values())


def test_the_choices_are_not_cut_at_200_percent_in_swedish(qtbot, qapp, preferences, translations):
    from PySide6.QtWidgets import QWidget

    from reflect.gui.appearance import Appearance
    from reflect.gui.pages.settings.reminder_section import ReminderSection
    from reflect.gui.widgets.scroll_page import fill_with_scrolling

    translations.apply("sv")
    original = qapp.font()
    Appearance(qapp).apply("light", 200)
    try:
        section = ReminderSection(preferences, lambda: True)
        # In a scrolling column as Settings has it: about 600 pixels for a
        # 1024-pixel window at 200 %.
        page = QWidget()
        fill_with_scrolling(page, section, max_width=760)
        qtbot.addWidget(page)
        page.resize(600, 800)
        page.show()
        qtbot.waitExposed(page)
        for _ in range(5):  # wrapped rows settle in a few rounds
            QApplication.processEvents()
        assert section.day_boxes[0].text() == "Måndag"
        for box in section.findChildren(QCheckBox):
            assert box.width() >= box.sizeHint().width(), box.text()
            corner = box.mapTo(section, box.rect().bottomRight())
            assert section.rect().contains(corner), box.text()
        # The days wrap onto more lines rather than run off the side, above the time.
        assert len({box.y() for box in section.day_boxes.values()}) > 1

        def in_section(widget):
            return widget.geometry().translated(widget.parentWidget().mapTo(section, QPoint()))

        lowest = max(in_section(box).bottom() for box in section.day_boxes.values())
        assert in_section(section.time_edit).top() > lowest
        assert section.rect().contains(in_section(section.time_edit))
    finally:
        qapp.setStyleSheet("")
        qapp.setFont(original)


def test_quitting_takes_the_icon_and_the_timer_away(qtbot, controller_on, tray):
    unlock(qtbot, controller_on)
    assert controller_on.session.reminder.tray is not None
    controller_on.shut_down()
    assert nothing_of_the_reminder(controller_on)
    assert tray.made[0].shown is False
