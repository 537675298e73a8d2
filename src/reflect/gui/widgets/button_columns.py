"""Buttons in two even columns when they fit side by side, else in one.

At 1024 pixels and 200 % text two kind buttons side by side are wider than
the card, and the page (which never scrolls sideways) cut the second off.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QGridLayout, QLayout, QWidget

# More than a scroll bar's width, so one appearing cannot undo the switch.
SWITCH_MARGIN = 32


class ButtonColumns(QWidget):
    def __init__(self, buttons: Sequence[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = list(buttons)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        # Otherwise the grid fixes the minimum width at two columns' and
        # the widget could never be narrow enough for one.
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.columns = 0
        self._arrange(2)

    def _widest(self) -> int:
        return max((b.sizeHint().width() for b in self.buttons), default=0)

    def _arrange(self, columns: int) -> bool:
        """True when the arrangement changed."""
        if columns == self.columns:
            return False
        self.columns = columns
        for button in self.buttons:
            self.grid.removeWidget(button)
        for index in range(self.grid.columnCount()):
            self.grid.setColumnStretch(index, 0)
        for index, button in enumerate(self.buttons):
            self.grid.addWidget(button, index // columns, index % columns)
        for column in range(columns):
            self.grid.setColumnStretch(column, 1)
        return True

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        rows = len(self.buttons) if self.columns == 1 else (len(self.buttons) + 1) // 2
        height = max((b.sizeHint().height() for b in self.buttons), default=0)
        return QSize(self._widest(), rows * (height + self.grid.verticalSpacing()))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.grid.sizeHint()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        two = 2 * self._widest() + self.grid.horizontalSpacing()
        width = event.size().width()
        # Back to two columns only with room to spare: one column is taller,
        # which can bring a scroll bar that takes the width needed for two,
        # and switching on the very edge went back and forth without end.
        needed = two + SWITCH_MARGIN if self.columns == 1 else two
        columns = 2 if width >= needed else 1
        if self._arrange(columns):
            self.updateGeometry()  # the other arrangement needs another height
        super().resizeEvent(event)
