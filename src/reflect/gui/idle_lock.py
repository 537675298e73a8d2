"""Locking the journal after some minutes without keyboard or mouse use."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without input anywhere in the app.

    It watches the app's events only while it counts (a journal is open):
    an app-wide filter makes every new kind of widget known to Python as it
    is made, which took about 90 ms while the unlock dialog was being built.
    """

    idle = Signal()

    def __init__(self, app, minutes: int, parent=None) -> None:
        super().__init__(parent)
        self._app = app
        self._watching = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle.emit)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, milliseconds: int) -> None:
        self.timer.setInterval(milliseconds)
        self.restart()

    def restart(self) -> None:
        if self.timer.interval() > 0:
            self.timer.start()
            self._watch(True)
        else:
            self.pause()

    def pause(self) -> None:
        self.timer.stop()
        self._watch(False)

    def _watch(self, watching: bool) -> None:
        if watching and not self._watching:
            self._app.installEventFilter(self)
        elif self._watching and not watching:
            self._app.removeEventFilter(self)
        self._watching = watching

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False
