"""The way in: the first-run and unlock dialogs, a damaged file, and putting a backup in place."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from reflect.gui.create_dialog import CreateJournalDialog
from reflect.gui.unlock_dialog import UnlockDialog

# The journal's use cases are imported where first needed: the unlock dialog
# appears first and they load while the person types (bench/run.py).

log = logging.getLogger(__name__)


class WayIn(QObject):
    opened = Signal(object)  # the Journal a dialog opened
    turned_away = Signal()  # the dialog was closed without opening the journal
    restore_chosen = Signal(str)  # the newest backup, offered for a damaged journal

    def __init__(self, journal_path: Path) -> None:
        super().__init__()
        self.journal_path = journal_path
        self.gate: QDialog | None = None  # the create or unlock dialog while shown

    def start(self) -> QDialog:
        """The first-run dialog for a new journal, the unlock dialog for one that exists."""
        if self.journal_path.exists():
            return self.show_gate(UnlockDialog(self.journal_path))
        return self.show_gate(CreateJournalDialog(self.journal_path))

    def ask_to_unlock_again(self) -> QDialog:
        """After a lock or a restore: the lock dialog (its Cancel quits)."""
        return self.show_gate(UnlockDialog(self.journal_path, locked=True))

    def show_gate(self, dialog: UnlockDialog | CreateJournalDialog) -> QDialog:
        self.gate = dialog
        dialog.accepted.connect(lambda: self._accepted(dialog))
        dialog.rejected.connect(self._rejected)
        if isinstance(dialog, UnlockDialog):
            dialog.restore_requested.connect(
                lambda backup: self._restore_at_the_gate(dialog, Path(backup))
            )
        dialog.open()
        return dialog

    def _accepted(self, dialog: UnlockDialog | CreateJournalDialog) -> None:
        self.gate = None
        assert dialog.journal is not None  # the dialogs accept only once they opened it
        self.opened.emit(dialog.journal)

    def _rejected(self) -> None:
        self.gate = None
        self.turned_away.emit()

    def _restore_at_the_gate(self, dialog: UnlockDialog, backup: Path) -> None:
        """The journal would not open but its newest backup does: put it in place, then open it."""
        from reflect.app.restore import restore_backup
        from reflect.domain.errors import ValidationError
        from reflect.present.messages import translated

        try:
            kept = restore_backup(
                backup, self.journal_path, dialog.passphrase_field.text(), datetime.now()
            )
        except ValidationError as error:
            dialog.show_error(translated(error))
            return
        log.info("restored %s at the unlock dialog; the damaged file is kept as %s", backup, kept)
        dialog.try_unlock()

    def tell_damaged(self, problems: list[str]) -> None:
        """Say so plainly and offer the newest backup (``restore_chosen``); the file is kept."""
        from reflect.app.backups import backup_folder, list_backups

        backups = list_backups(backup_folder(self.journal_path))
        text = QCoreApplication.translate(
            "AppController",
            "Your journal file is damaged ({problem}). It has not been changed. You can put the "
            "newest backup in its place; the damaged file is kept beside it.",
        ).format(problem=problems[0])
        box = QMessageBox(QMessageBox.Icon.Warning, "Reflect", text)
        restore = (
            box.addButton(
                QCoreApplication.translate("AppController", "Restore the newest backup…"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            if backups
            else None
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if restore is not None and box.clickedButton() is restore:
            self.restore_chosen.emit(str(backups[0].path))
        else:
            self.turned_away.emit()

    def ask_backup_passphrase(self, parent: QWidget | None) -> str | None:
        passphrase, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("AppController", "Restore a backup"),
            QCoreApplication.translate(
                "AppController", "The passphrase this backup was made with:"
            ),
            QLineEdit.EchoMode.Password,
        )
        return passphrase if ok else None

    def put_backup_in_place(self, backup: Path, passphrase: str, parent: QWidget | None) -> bool:
        """The restore use case; a refusal (checked before anything moved) is said in a box."""
        from reflect.app.restore import restore_backup
        from reflect.domain.errors import ValidationError
        from reflect.present.messages import translated

        try:
            restore_backup(backup, self.journal_path, passphrase, datetime.now())
        except ValidationError as error:
            QMessageBox.warning(parent, "Reflect", translated(error))
            return False
        return True
