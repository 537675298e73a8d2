"""Two panes side by side on a wide window, one above the other on a narrow one.

At 1024 pixels and 200 % text two panes side by side cut off what they
hold; stacked, both stay whole. Measured in characters of the current font,
so text size and window size count the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget


class SideBySide(QSplitter):
    """``second_height(width)``: the second pane's height when stacked (None: share evenly)."""

    def __init__(
        self,
        first: QWidget,
        second: QWidget,
        *,
        narrow_below_characters: int,
        stretch: tuple[int, int] = (3, 1),
        second_height: Callable[[int], int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.addWidget(first)
        self.addWidget(second)
        self.setCollapsible(0, False)
        self.narrow_below_characters = narrow_below_characters
        self.second_height = second_height
        for index, factor in enumerate(stretch):
            self.setStretchFactor(index, factor)

    @property
    def stacked(self) -> bool:
        return self.orientation() == Qt.Orientation.Vertical

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        character = max(1, self.fontMetrics().averageCharWidth())
        narrow = event.size().width() < self.narrow_below_characters * character
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.orientation() != wanted:
            self.setOrientation(wanted)
        super().resizeEvent(event)
        if narrow and self.second_height is not None:
            needed = self.second_height(event.size().width())
            self.setSizes([max(1, event.size().height() - needed), needed])

    def minimumSizeHint(self):  # noqa: N802 - Qt's name
        # Its narrowest is stacked: the wider of the two panes, not their sum,
        # or the window could never get narrow enough to stack them.
        hint = super().minimumSizeHint()
        if not self.stacked:
            widest = max(self.widget(i).minimumSizeHint().width() for i in range(self.count()))
            hint.setWidth(widest)
        return hint
