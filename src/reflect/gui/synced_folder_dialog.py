"""Telling the writer their journal sits in a folder a cloud client syncs, and offering to move it.

Shown once after an unlock, never blocking: "Keep it here" is remembered
for that journal. The move needs the passphrase because the copy is opened
with it, to prove it reads back the same, before anything old is removed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class SyncedFolderDialog(QDialog):
    """Accepted with ``passphrase`` set when the writer chose to move; rejected to keep it."""

    def __init__(
        self, service: str, journal: Path, target: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your journal is in a synced folder"))
        self.passphrase = ""
        intro = self.tr(
            "{service} copies the folder your journal is in to the cloud:\n{folder}\n\n"
            "The journal stays encrypted there, but every version of it and its backups "
            "leave this computer, and your workplace may not allow that for personal notes."
        ).format(service=service, folder=str(journal.parent))
        self.intro_label = QLabel(intro)
        self.intro_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro_label)
        self.buttons = QDialogButtonBox()
        self.keep_button = self.buttons.addButton(
            self.tr("Keep it here"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.move_button: QPushButton | None = None
        self.passphrase_field: QLineEdit | None = None
        if target is not None:
            self.move_label = QLabel(
                self.tr(
                    "Reflect can move it to this computer's own folder:\n{folder}\n"
                    "Type your passphrase to move it."
                ).format(folder=str(target.parent))
            )
            self.move_label.setWordWrap(True)
            self.passphrase_field = QLineEdit()
            self.passphrase_field.setEchoMode(QLineEdit.EchoMode.Password)
            self.passphrase_field.setAccessibleName(self.tr("Passphrase"))
            self.move_label.setBuddy(self.passphrase_field)
            layout.addWidget(self.move_label)
            layout.addWidget(self.passphrase_field)
            self.move_button = self.buttons.addButton(
                self.tr("Move it"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.move_button.clicked.connect(self._move_clicked)
        else:
            advice = QLabel(
                self.tr(
                    "This journal was chosen by its path, so Reflect will not move it by "
                    "itself. Move the file to a folder that stays on this computer."
                )
            )
            advice.setWordWrap(True)
            layout.addWidget(advice)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if self.move_button is not None:  # a default only counts once the button is in the dialog
            self.move_button.setDefault(True)
        self.setMinimumWidth(460)

    def _move_clicked(self) -> None:
        assert self.passphrase_field is not None
        self.passphrase = self.passphrase_field.text()
        if self.passphrase:
            self.accept()
        else:
            self.passphrase_field.setFocus()
