"""A row of toggle buttons choosing one value, or none: one click per answer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QToolButton

from reflect.gui.widgets.flow_layout import FlowWidget

CHOICE_STYLE = (
    "QToolButton { border: 1px solid palette(mid); border-radius: 4px; padding: 3px 8px;"
    " background: palette(button); color: palette(button-text); }"
    "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border-color: palette(highlight); }"
    "QToolButton:focus { border: 2px solid palette(highlight); }"
)


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
    ) -> None:
        super().__init__(parent, spacing=4)
        self._value: Any = None
        # Tool buttons: unlike push buttons they have no wide minimum, so a
        # 0–10 scale fits on one line even at large text sizes.
        self.buttons: dict[Any, QToolButton] = {}
        for value, label in options:
            button = QToolButton()
            button.setText(label)
            button.setCheckable(True)
            button.setStyleSheet(CHOICE_STYLE)
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

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        self._value = value if value in self.buttons else None
        for option, button in self.buttons.items():
            button.setChecked(option == self._value)

    def _clicked(self, value: Any) -> None:
        self.set_value(None if value == self._value else value)
        self.value_changed.emit(self._value)
