"""After a crash or a forced close: offering back what was never saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from reflect.domain.drafts import Draft
from reflect.domain.kinds import Kind
from reflect.domain.text import derive_title
from reflect.gui.kind_style import kind_icon
from reflect.gui.labels import kind_label
from reflect.present.local_format import local_datetime

DRAFT_ROLE = Qt.ItemDataRole.UserRole


class DraftRestoreDialog(QDialog):
    """``chosen`` holds the draft to reopen after "Restore"; discarded ones are listed."""

    def __init__(self, drafts: list[Draft], parent=None) -> None:
        super().__init__(parent)
        self.chosen: Draft | None = None
        self.discard_all = False
        self.setWindowTitle(self.tr("Unsaved writing found"))
        intro = QLabel(
            self.tr(
                "Reflect was closed before this writing was saved. It is kept safe in your "
                "journal. Restore it to go on writing, or let it go."
            )
        )
        intro.setWordWrap(True)
        self.draft_list = QListWidget()
        self.draft_list.setAccessibleName(self.tr("Unsaved drafts"))
        for draft in sorted(drafts, key=lambda d: d.updated_at, reverse=True):
            payload = draft.payload
            words = derive_title(
                [
                    payload.get("title", ""),
                    payload.get("text", ""),
                    *payload.get("fields", {}).values(),
                ]
            ) or self.tr("(no words yet)")
            when = local_datetime(draft.updated_at)
            item = QListWidgetItem(
                kind_icon(Kind(draft.kind)), f"{when} · {kind_label(draft.kind)} · {words}"
            )
            item.setData(DRAFT_ROLE, draft)
            self.draft_list.addItem(item)
        self.draft_list.setCurrentRow(0)
        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("Restore"))
        self.discard_button = QPushButton(self.tr("Discard all"))
        self.later_button = QPushButton(self.tr("Later"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard)
        self.later_button.clicked.connect(self.reject)
        self.draft_list.itemActivated.connect(lambda _item: self._restore())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.draft_list)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _restore(self) -> None:
        item = self.draft_list.currentItem()
        self.chosen = item.data(DRAFT_ROLE) if item else None
        self.accept()

    def _discard(self) -> None:
        # Unsaved writing is thrown away for good: ask, with No as the answer Enter gives.
        answer = QMessageBox.question(
            self,
            self.tr("Discard all unsaved writing?"),
            self.tr(
                "Discard %n piece(s) of unsaved writing for good? This cannot be undone.",
                "",
                self.draft_list.count(),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.discard_all = True
        self.accept()
