"""Asking for the passphrase of an existing journal."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
)

from reflect.domain.errors import ValidationError
from reflect.gui.widgets.passphrase_field import PassphraseField, PassphraseHints
from reflect.present.messages import translated

if TYPE_CHECKING:
    from reflect.app.journal import Journal


FORGOTTEN_AFTER = 3  # wrong passphrases before saying what a forgotten one means


class UnlockDialog(QDialog):
    """Opens the journal at ``path``; ``journal`` holds it once accepted.

    ``restore_requested(backup)``: the journal file looks damaged and the
    writer asked to put that backup in its place (the app does it, then
    calls ``try_unlock`` again with the same passphrase).
    """

    restore_requested = Signal(str)

    def __init__(self, path: Path, locked: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.path = path
        self.journal: Journal | None = None  # the opened Journal, once accepted
        if locked:
            self.setWindowTitle(self.tr("Reflect is locked"))
            self.intro_label = QLabel(
                self.tr("Reflect is locked. Enter your passphrase to go on where you left off.")
            )
        else:
            self.setWindowTitle(self.tr("Unlock Reflect"))
            self.intro_label = QLabel(self.tr("Enter your passphrase to open your journal."))
        self.intro_label.setWordWrap(True)
        self.passphrase_field = PassphraseField(self.tr("Passphrase"))
        self.hints = PassphraseHints([self.passphrase_field])
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("look", "error")
        self.error_label.hide()
        # After a few refusals: what a forgotten passphrase means, said once, calmly.
        self.failed_tries = 0
        self.forgotten_label = QLabel(
            self.tr(
                "If the passphrase is forgotten, nobody can open this journal: not IT, not the "
                "Reflect team. If you changed it lately, the one before may still open older "
                "backups. To start again with a new journal, first move this file somewhere "
                "else:"
            )
        )
        self.forgotten_label.setWordWrap(True)
        self.forgotten_label.hide()
        self.path_label = QLabel(str(path))  # on its own line, to copy
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.hide()
        self.restore_button = QPushButton(self.tr("Restore that backup and open it"))
        self.restore_button.hide()
        self.restore_button.clicked.connect(self._restore_clicked)
        self._damaged_backup: Path | None = None
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
        layout.addWidget(self.hints)
        layout.addWidget(self.error_label)
        layout.addWidget(self.forgotten_label)
        layout.addWidget(self.path_label)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.buttons)
        # The dialog grows to show a long message whole (a wrapped label is
        # otherwise squeezed into the height the dialog had before it).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        # A fixed-size dialog takes its width from its contents: a comfortable
        # line length, in characters so it scales with the text size.
        line = self.fontMetrics().averageCharWidth() * 52
        for label in (self.intro_label, self.error_label, self.forgotten_label):
            label.setMinimumWidth(line)

    def try_unlock(self) -> None:
        # Imported here, not at the top: the journal's modules load while the
        # person types, so the dialog itself appears sooner.
        from reflect.app.opening import JournalMayBeDamaged, WrongPassphrase, open_journal

        try:
            self.journal = open_journal(self.path, self.passphrase_field.text())
        except ValidationError as error:
            if isinstance(error, WrongPassphrase):
                self.failed_tries += 1
                self.forgotten_label.setVisible(self.failed_tries >= FORGOTTEN_AFTER)
                self.path_label.setVisible(self.failed_tries >= FORGOTTEN_AFTER)
            self._damaged_backup = error.backup if isinstance(error, JournalMayBeDamaged) else None
            self.restore_button.setVisible(self._damaged_backup is not None)
            self.show_error(translated(error))
            return
        self.passphrase_field.clear()
        self.accept()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.passphrase_field.selectAll()
        self.passphrase_field.setFocus()

    def _restore_clicked(self) -> None:
        if self._damaged_backup is not None:
            self.restore_button.hide()
            self.restore_requested.emit(str(self._damaged_backup))
