"""The sidebar's list of sections: as wide as its words, chosen by selection too."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QListWidget


class SectionList(QListWidget):
    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setProperty("look", "nav")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A screen reader chooses a section by selecting it, not by moving the current row.
        self.itemSelectionChanged.connect(self._selected)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self._fit)  # once the new font is in place
        return super().event(event)

    def _fit(self) -> None:
        # Its width follows its words at the current text size.
        if shiboken6.isValid(self):
            self.setFixedWidth(self.sizeHintForColumn(0) + 2 * self.frameWidth() + 12)

    def _selected(self) -> None:
        rows = [index.row() for index in self.selectedIndexes()]
        if rows and rows[0] != self.currentRow():
            self.setCurrentRow(rows[0])
