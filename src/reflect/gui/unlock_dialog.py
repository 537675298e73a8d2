"""Asking for the passphrase of an existing journal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from reflect.gui.messages import translated
from reflect.domain.errors import ValidationError


class UnlockDialog(QDialog):
    """Opens the journal at ``path``; ``journal`` holds it once accepted."""

    def __init__(self, path: Path, locked: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.path = path
        self.journal = None  # the opened Journal, once accepted
        if locked:
            self.setWindowTitle(self.tr("Reflect is locked"))
            self.intro_label = QLabel(
                self.tr("Reflect is locked. Enter your passphrase to go on where you left off.")
            )
        else:
            self.setWindowTitle(self.tr("Unlock Reflect"))
            self.intro_label = QLabel(self.tr("Enter your passphrase to open your journal."))
        self.intro_label.setWordWrap(True)
        self.passphrase_field = QLineEdit()
        self.passphrase_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_field.setAccessibleName(self.tr("Passphrase"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: palette(highlight); font-weight: bold;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.unlock_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText(self.tr("Unlock"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # Leaving this dialog ends Reflect: the button says so instead of "Cancel".
        self.cancel_button.setText(self.tr("Quit Reflect"))
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.passphrase_field)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def try_unlock(self) -> None:
        # Imported here, not at the top: the journal's modules load while the
        # person types, so the dialog itself appears sooner.
        from reflect.app.journal import Journal

        try:
            self.journal = Journal.open(self.path, self.passphrase_field.text())
        except ValidationError as error:
            self.error_label.setText(translated(error))
            self.error_label.show()
            self.passphrase_field.selectAll()
            self.passphrase_field.setFocus()
            return
        self.passphrase_field.clear()
        self.accept()
