"""A label whose news is read out: a screen reader hears "Saved." without looking for it.

Qt 6.8 and later send an accessibility announcement (AT-SPI's
"announcement", UI Automation's notification); the text is also the
label's own, so a screen reader that reads the window finds it there too.
Only a new, non-empty text is announced, once, and politely: it waits for
what the reader is saying.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def announce(source: QWidget, message: str) -> None:
    """Ask the screen reader, if one listens, to say ``message`` when it can."""
    try:
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
    except ImportError:  # Qt before 6.8: the label's text change is all there is
        return
    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(source, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


class LiveLabel(QLabel):
    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        changed = text != self.text()
        super().setText(text)
        if changed and text:
            announce(self, text)
