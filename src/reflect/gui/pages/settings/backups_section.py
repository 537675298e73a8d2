"""Settings → Backups: the encrypted copies of the journal, and restoring one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from reflect.app.backups import backup_folder, delete_backup, list_backups, make_backup
from reflect.app.journal import Journal
from reflect.gui.widgets.live_label import LiveLabel
from reflect.present.local_format import local_datetime

PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsSection(QGroupBox):
    """``restore_requested(path)`` asks the app to put a backup in the journal's place."""

    restore_requested = Signal(str)

    def __init__(self, journal: Journal, parent=None) -> None:
        super().__init__(self.tr("Backups"), parent)
        self.journal = journal
        intro = QLabel(
            self.tr(
                "Reflect keeps encrypted backups beside your journal: one a day when you unlock, and one "
                "when you quit (the last 7 days and 4 weeks). Backups you make yourself are kept until you "
                "delete them. A backup opens with the passphrase the journal had when it was made, so "
                "backups from before a passphrase change need the old one."
            )
        )
        intro.setWordWrap(True)
        self.folder_label = QLabel(str(backup_folder(journal.path)))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_list = QListWidget()
        self.backup_list.setAccessibleName(self.tr("Backups"))
        self.backup_now_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore the chosen backup…"))
        self.delete_button = QPushButton(self.tr("Delete the chosen backup…"))
        self.status_label = LiveLabel()
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_now_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.backup_list)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        self.backup_now_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self._restore_chosen)
        self.delete_button.clicked.connect(self._delete_chosen)
        self.refresh()

    def refresh(self) -> None:
        self.backup_list.clear()
        for backup in list_backups(backup_folder(self.journal.path)):
            when = local_datetime(backup.made, long=True)
            # Which is which: rotation keeps the newest automatic one per day
            # and per week; the writer's own are kept until deleted.
            kind = (
                self.tr("made by you, kept until you delete it")
                if backup.manual
                else self.tr("automatic")
            )
            item = QListWidgetItem(f"{when} ({kind})")
            item.setData(PATH_ROLE, str(backup.path))
            self.backup_list.addItem(item)
        self.backup_list.setCurrentRow(0)
        self.restore_button.setEnabled(self.backup_list.count() > 0)
        self.delete_button.setEnabled(self.backup_list.count() > 0)
        line = self.backup_list.fontMetrics().lineSpacing() + 6
        self.backup_list.setFixedHeight(line * min(6, max(2, self.backup_list.count())) + 6)

    def back_up_now(self) -> None:
        made = make_backup(self.journal, manual=True)
        self.status_label.setText(self.tr("Backup written: {name}").format(name=made.name))
        self.refresh()

    def _delete_chosen(self) -> None:
        item = self.backup_list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete a backup"),
            self.tr("Delete the backup of {when}? This cannot be undone.").format(when=item.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            delete_backup(Path(item.data(PATH_ROLE)), backup_folder(self.journal.path))
            self.status_label.setText(self.tr("The backup was deleted."))
            self.refresh()

    def _restore_chosen(self) -> None:
        item = self.backup_list.currentItem()
        if item is not None:
            self.restore_requested.emit(item.data(PATH_ROLE))
