"""The gentle reminder after the working day: one note in the notification area.

While it is off nothing of it exists: no tray icon, no timer. While it is on,
one timer sleeps until the next due moment, waking at least once a minute so a
system sleep or a clock set by hand is noticed cheaply; the rules of when are
``domain.reminder``'s. The note is a fixed text and never anything from the
journal, locked or not.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from reflect.app.clock import Clock, system_clock
from reflect.domain.reminder import is_due, wait_before_next_look, wall_clock
from reflect.present.preferences import Preferences
from reflect.resources import resource

TITLE = "Reflect"  # the app's name, the same in every language
SHOWN_FOR_MS = 15_000  # how long the note stays where the system lets us choose


def system_tray_available() -> bool:
    """Whether this desktop has a notification area to show the reminder in."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def no_entry_yet(_day: date) -> bool:
    """Written-on check used when no journal is there to ask."""
    return False


class Reminder(QObject):
    """``clicked``: the writer clicked the note or the icon; the app brings its
    window forward, which is the unlock dialog while the journal is locked."""

    clicked = Signal()

    def __init__(
        self,
        preferences: Preferences,
        *,
        clock: Clock = system_clock,
        tray_available: Callable[[], bool] = system_tray_available,
        written_on: Callable[[date], bool] = no_entry_yet,
        parent: QObject | None = None,
    ) -> None:
        """``written_on(day)``: whether the writer has already written about that day
        (then the note would only repeat what they did)."""
        super().__init__(parent)
        self.preferences = preferences
        self.clock = clock
        self.tray_available = tray_available
        self.written_on = written_on
        self.tray: QSystemTrayIcon | None = None
        self.timer: QTimer | None = None
        self.armed: datetime | None = None  # the due moment the timer waits for
        # The day a reminder was given (or not needed): at most one a day, even
        # when the time is moved later after it was given. Kept in memory only.
        self.done_on: date | None = None

    def apply(self) -> None:
        """Follow the preferences now: start, re-plan or stop."""
        plan = self.preferences.reminder_plan()
        if plan is None or not self.tray_available():
            self.stop()
            return
        if self.tray is None:
            self.tray = self._make_tray()
        if self.timer is None:
            self.timer = QTimer(self)
            self.timer.setObjectName("reminder")
            self.timer.setSingleShot(True)
            self.timer.timeout.connect(self.look)
        self._arm()

    def stop(self) -> None:
        """Nothing left behind: the icon leaves the notification area and the timer goes."""
        self.armed = None
        if self.timer is not None:
            self.timer.stop()
            self.timer.setParent(None)  # Python owns it now; dropping it deletes it
            self.timer = None
        if self.tray is not None:
            self.tray.hide()
            self.tray.setParent(None)
            self.tray = None

    def _make_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(QIcon(str(resource("icons", "reflect.svg"))), self)
        tray.setToolTip(TITLE)
        tray.messageClicked.connect(self.clicked)
        tray.activated.connect(self.icon_activated)
        tray.show()
        return tray

    def icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        """The system reports something done to the icon: a click or double click
        counts, not the right click some systems report as well."""
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.clicked.emit()

    def _arm(self) -> None:
        plan = self.preferences.reminder_plan()
        assert self.timer is not None and plan is not None
        now = wall_clock(self.clock())
        self.armed = plan.next_due(now, self.done_on)
        if self.armed is None:  # on, but no day chosen: nothing to wait for
            self.timer.stop()
            return
        wait = wait_before_next_look(self.armed, now)
        self.timer.start(max(1, int(wait.total_seconds() * 1000)))

    def look(self) -> None:
        """The timer woke (or a test says it did): give the note if its moment has
        come, then sleep again."""
        if self.armed is not None and is_due(self.armed, wall_clock(self.clock())):
            self.done_on = self.armed.date()
            if not self.written_on(self.done_on):
                self.show_note()
        if self.timer is not None:
            self._arm()

    def show_note(self) -> None:
        assert self.tray is not None
        self.tray.showMessage(
            TITLE,
            self.tr(
                "Your working day is done. A few words about it, if you feel like it. "
                "If not, rest well."
            ),
            self.tray.icon(),
            SHOWN_FOR_MS,
        )
