"""A row of toggle buttons choosing one value, or none: one click per answer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QToolButton

from reflect.gui.widgets.flow_layout import FlowWidget


class ChoiceButtons(FlowWidget):
    """``value_changed`` fires on a person's click only, never on ``set_value``.

    Clicking the chosen button again clears the choice, so a tired misclick
    is undone with the same gesture.
    """

    value_changed = Signal(object)

    def __init__(
        self,
        options: Sequence[tuple[Any, str]],
        accessible_name: str = "",
        parent=None,
        *,
        large: bool = False,
        one_line: bool = False,
    ) -> None:
        super().__init__(parent, spacing=4)
        self._value: Any = None
        # A scale (1-5, 0-10) reads as a line: never wrapped into rows, at any text size.
        self.one_line = one_line
        # Tool buttons: unlike push buttons they have no wide minimum, so a
        # 0–10 scale fits on one line even at large text sizes.
        self.buttons: dict[Any, QToolButton] = {}
        for value, label in options:
            button = QToolButton()
            button.setText(label)
            button.setCheckable(True)
            button.setProperty("look", "choice")  # styled by gui.look.stylesheet
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(
                button.fontMetrics().horizontalAdvance("00") + (32 if large else 16)
            )
            if large:  # a target a tired hand hits on the first try
                button.setMinimumHeight(button.fontMetrics().height() * 2)
            if accessible_name:
                button.setAccessibleName(f"{accessible_name}: {label}")
            button.clicked.connect(lambda _checked, v=value: self._clicked(v))
            self.buttons[value] = button
            self.flow.addWidget(button)

    def _keep_on_one_line(self) -> None:
        if self.one_line and self.buttons:
            widths = sum(b.sizeHint().width() for b in self.buttons.values())
            self.setMinimumWidth(widths + self.flow.spacing() * (len(self.buttons) - 1) + 2)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # A new text size or look changes every button's width. (changeEvent,
        # not event: that would send every event of the form through Python.)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._keep_on_one_line()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._keep_on_one_line()
        super().showEvent(event)

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        self._value = value if value in self.buttons else None
        for option, button in self.buttons.items():
            button.setChecked(option == self._value)

    def _clicked(self, value: Any) -> None:
        self.set_value(None if value == self._value else value)
        self.value_changed.emit(self._value)
