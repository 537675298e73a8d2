"""The editor's first row: the kind, the extra questions and the date.

On one line where there is room; narrow or at large text the questions go
to a line of their own, so neither the kind nor the date is cut off (at
1024 pixels and 200 % the three side by side clipped the date). Measured in
characters of the current font, as ``SideBySide`` does.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QWidget

ONE_LINE_CHARACTERS = 70  # the kind's name, a template's name and a date, side by side


class KindRow(QWidget):
    def __init__(self, kind: QWidget, questions: QWidget, day: QWidget, parent=None) -> None:
        super().__init__(parent)
        self.kind, self.questions, self.day = kind, questions, day
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.one_line: bool | None = None
        self._arrange(True)

    @property
    def wrapped(self) -> bool:
        return self.one_line is False

    def _arrange(self, one_line: bool) -> None:
        if one_line is self.one_line:
            return
        self.one_line = one_line
        for widget in (self.kind, self.questions, self.day):
            self.grid.removeWidget(widget)
        if one_line:
            self.grid.addWidget(self.kind, 0, 0)
            self.grid.addWidget(self.questions, 0, 1)
            self.grid.addWidget(self.day, 0, 2)
            self.grid.setColumnStretch(1, 1)
        else:
            self.grid.addWidget(self.kind, 0, 0)
            self.grid.addWidget(self.day, 0, 2)
            self.grid.addWidget(self.questions, 1, 0, 1, 3)
            self.grid.setColumnStretch(1, 0)
        self.grid.setColumnStretch(0, 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        character = max(1, self.fontMetrics().averageCharWidth())
        self._arrange(event.size().width() >= ONE_LINE_CHARACTERS * character)
        super().resizeEvent(event)
