"""The agreed actions still carried, each with its status, changed with a button.

A row per action: what, the day it was agreed, how it stands. The buttons
act on the chosen row, so the keyboard reaches everything: the arrows choose
an action, Tab reaches the buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.app.journal import Journal
from reflect.app.supervision import set_action_status
from reflect.domain.supervision import ActionStatus, CarriedAction
from reflect.domain.supervision_words import status_in_words
from reflect.present.local_format import local_date
from reflect.present.translations import qt_translate

PLACE_ROLE = Qt.ItemDataRole.UserRole + 1  # (session uuid, the action's place in it)


class CarriedActionsList(QWidget):
    changed = Signal()

    def __init__(self, journal: Journal, parent=None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.listing = QListWidget()
        self.listing.setAccessibleName(self.tr("Agreed actions"))
        self.listing.setWordWrap(True)
        self.listing.setSpacing(3)
        self.buttons = {
            ActionStatus.UNDER_WAY: QPushButton(self.tr("Under way")),
            ActionStatus.DONE: QPushButton(self.tr("Done")),
            ActionStatus.OPEN: QPushButton(self.tr("Open again")),
        }
        row = QHBoxLayout()
        for status, button in self.buttons.items():
            button.clicked.connect(lambda _c=False, s=status: self._set(s))
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.listing, 1)
        layout.addLayout(row)
        self.listing.currentRowChanged.connect(lambda _r: self._enable())

    def load(self, carried: list[CarriedAction]) -> None:
        """The actions the next pack carries (``SessionLog.carried``)."""
        chosen = self.listing.currentRow()
        self.listing.clear()
        for action in carried:
            status = status_in_words(action.status, action.done_on, qt_translate, local_date)
            item = QListWidgetItem(
                self.tr("{action} — agreed {day} · {status}").format(
                    action=action.text, day=local_date(action.agreed_on), status=status
                )
            )
            item.setData(PLACE_ROLE, (action.session_uuid, action.place, action.status.value))
            self.listing.addItem(item)
        if not self.listing.count():
            empty = QListWidgetItem(
                self.tr("No agreed actions waiting. Record a session to add some.")
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.listing.addItem(empty)
        self.listing.setCurrentRow(min(max(chosen, 0), self.listing.count() - 1))
        self._enable()

    def _chosen(self) -> tuple[str, int, str] | None:
        item = self.listing.currentItem()
        return item.data(PLACE_ROLE) if item is not None else None

    def _enable(self) -> None:
        chosen = self._chosen()
        for status, button in self.buttons.items():
            button.setEnabled(chosen is not None and chosen[2] != status.value)

    def _set(self, status: ActionStatus) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        session_uuid, place, _ = chosen
        set_action_status(self.journal, session_uuid, place, status)
        self.changed.emit()
        self.listing.setFocus()

    def clear_journal_text(self) -> None:
        self.listing.clear()
