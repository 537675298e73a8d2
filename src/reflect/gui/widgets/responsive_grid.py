"""Cards in two columns on a wide window, one column on a narrow one or at large text.

At 1024 pixels and 200 % text two columns squeeze every card and push a
horizontal scroll bar; one column reads top to bottom instead. The switch
is measured in characters of the current font, so text size and window
size count the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QGridLayout, QLayout, QWidget

NARROW_BELOW_CHARACTERS = 110  # two columns need room for two lines of about 50 characters


@dataclass(frozen=True)
class Place:
    widget: QWidget
    row: int
    column: int
    row_span: int = 1
    column_span: int = 1


class ResponsiveGrid(QWidget):
    def __init__(
        self,
        wide: Sequence[Place],
        narrow_order: Sequence[QWidget],
        column_stretch: tuple[int, int] = (1, 1),
        growing_rows: tuple[int, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        """``growing_rows``: the wide arrangement's rows given a tall window's height
        (their lists show more); in one column the last card is."""
        super().__init__(parent)
        self.wide = list(wide)
        self.narrow_order = list(narrow_order)
        self.column_stretch = column_stretch
        self.growing_rows = growing_rows
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        # The grid must not fix this widget's minimum width at the two-column
        # arrangement's: the window could then never get narrow enough to
        # switch to one column (minimumSizeHint gives the one-column width).
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.narrow: bool | None = None
        self._arrange(narrow=False)

    def _arrange(self, narrow: bool) -> None:
        if narrow == self.narrow:
            return
        self.narrow = narrow
        for place in self.wide:
            self.grid.removeWidget(place.widget)
        for index in range(self.grid.columnCount()):
            self.grid.setColumnStretch(index, 0)
        for index in range(self.grid.rowCount()):
            self.grid.setRowStretch(index, 0)
        if narrow:
            for row, widget in enumerate(self.narrow_order):
                self.grid.addWidget(widget, row, 0)
            self.grid.setColumnStretch(0, 1)
            if self.growing_rows:
                self.grid.setRowStretch(len(self.narrow_order) - 1, 1)
        else:
            for p in self.wide:
                self.grid.addWidget(p.widget, p.row, p.column, p.row_span, p.column_span)
            for column, stretch in enumerate(self.column_stretch):
                self.grid.setColumnStretch(column, stretch)
            for row in self.growing_rows:
                self.grid.setRowStretch(row, 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = max((w.minimumSizeHint().width() for w in self.narrow_order), default=0)
        return QSize(width, self.grid.minimumSize().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        character = max(1, self.fontMetrics().averageCharWidth())
        self._arrange(narrow=event.size().width() < NARROW_BELOW_CHARACTERS * character)
        super().resizeEvent(event)
