"""A passphrase field that can be shown, and that notices Caps Lock.

Qt cannot ask the keyboard whether Caps Lock is on, but every typed letter
tells: a capital without Shift, or a small letter with it, means Caps Lock
is on. That is what a person would notice too, one letter late.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class PassphraseField(QLineEdit):
    caps_lock_changed = Signal(bool)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAccessibleName(accessible_name)
        self.caps_lock = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        text = event.text()
        if len(text) == 1 and text.lower() != text.upper():  # a letter with two cases
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            on = text.isupper() != shift
            if on != self.caps_lock:
                self.caps_lock = on
                self.caps_lock_changed.emit(on)
        super().keyPressEvent(event)

    def show_text(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)


class PassphraseHints(QWidget):
    """ "Show passphrase" for the given fields, and a Caps Lock note when any of them sees it."""

    def __init__(self, fields: list[PassphraseField], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = fields
        self.show_box = QCheckBox(QCoreApplication.translate("PassphraseHints", "Show passphrase"))
        self.show_box.toggled.connect(self._show)
        self.caps_label = QLabel(
            QCoreApplication.translate("PassphraseHints", "Caps Lock seems to be on.")
        )
        self.caps_label.setAccessibleName(self.caps_label.text())
        self.caps_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.show_box)
        layout.addWidget(self.caps_label)
        for field in fields:
            field.caps_lock_changed.connect(self.caps_label.setVisible)

    def _show(self, shown: bool) -> None:
        for field in self.fields:
            field.show_text(shown)
