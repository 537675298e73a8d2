"""First start: what Reflect is, and creating the encrypted journal."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from reflect.domain.errors import ValidationError
from reflect.domain.passphrase import STRENGTH_HINTS, strength
from reflect.gui.widgets.passphrase_field import PassphraseField, PassphraseHints
from reflect.present.messages import translated

if TYPE_CHECKING:
    from reflect.app.journal import Journal


class CreateJournalDialog(QDialog):
    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.path = path
        self.journal: Journal | None = None  # the opened Journal, once accepted
        self.setWindowTitle(self.tr("Welcome to Reflect"))
        self.welcome_label = QLabel(
            self.tr(
                "Reflect is a private journal for reflecting on your work as a peer "
                "supporter and preparing for supervision. Everything stays on this "
                "computer, encrypted; it is not a patient record."
            )
        )
        self.welcome_label.setWordWrap(True)
        self.passphrase_field = PassphraseField(self.tr("Passphrase"))
        self.strength_label = QLabel()
        self.strength_label.setAccessibleName(self.tr("Passphrase strength"))
        self.passphrase_field.textChanged.connect(self._show_strength)
        self.repeat_field = PassphraseField(self.tr("Passphrase again"))
        self.hints = PassphraseHints([self.passphrase_field, self.repeat_field])
        self.warning_label = QLabel(
            self.tr(
                "Nobody can recover a forgotten passphrase, not even the Reflect team. "
                "Choose one you will remember, at least 8 characters; a few unrelated "
                "words make a strong one."
            )
        )
        self.warning_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("look", "error")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create journal"))
        self.buttons.accepted.connect(self.try_create)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase_field)
        form.addRow("", self.strength_label)
        form.addRow(self.tr("Passphrase again"), self.repeat_field)
        form.addRow("", self.hints)
        layout = QVBoxLayout(self)
        layout.addWidget(self.welcome_label)
        layout.addLayout(form)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def try_create(self) -> None:
        from reflect.app.journal import Journal  # loaded on demand, as in the unlock dialog

        if self.passphrase_field.text() != self.repeat_field.text():
            self._show_error(self.tr("The two passphrases differ."))
            return
        try:
            self.journal = Journal.create(self.path, self.passphrase_field.text())
        except ValidationError as error:
            self._show_error(translated(error))
            return
        self.passphrase_field.clear()
        self.repeat_field.clear()
        self.accept()

    def _show_strength(self, text: str) -> None:
        self.strength_label.setText(
            QCoreApplication.translate("Passphrase", STRENGTH_HINTS[strength(text)]) if text else ""
        )

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
