"""Autosave: the editor's unsaved state goes into the journal within seconds.

The first edit after a write starts the clock; the draft is written when it
runs out (``INTERVAL_MS``), and at once when the editor loses focus or the
journal is about to lock. Typing never waits for long: one small encrypted
write (under a millisecond for 10 kB, docs/performance.md) per 0.7 s at most.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from reflect.gui.pages.write.entry_editor import EntryEditor

# From the first edit after a write, not the last: a person who never stops
# typing still has everything but the last 0.7 s in the journal. At 2 s, a
# crash 0.5-1.5 s after typing lost the draft (the reliability audit).
INTERVAL_MS = 700


class AutosaveController(QObject):
    def __init__(self, editor: EntryEditor, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(editor)
        self.editor = editor
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.flush)
        editor.edited.connect(self._edited)
        _application().focusChanged.connect(self._focus_changed)
        self._stopped = False

    def _edited(self) -> None:
        if not self.timer.isActive():
            self.timer.start()

    def _focus_changed(self, old, new) -> None:
        if not shiboken6.isValid(self.editor):  # the app is tearing down
            return
        if (
            old is not None
            and self.editor.isAncestorOf(old)
            and not (new is not None and self.editor.isAncestorOf(new))
        ):
            self.flush()

    def flush(self) -> None:
        self.timer.stop()
        self.editor.write_draft()

    def stop(self) -> None:
        """Stop for good; a second call (retired, then closed) does nothing."""
        self.timer.stop()
        if not self._stopped:
            self._stopped = True
            _application().focusChanged.disconnect(self._focus_changed)


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the editor lives in a running QApplication"
    return app
