"""A row of buttons choosing one value, or none: one click per answer.

They are radio buttons drawn as buttons, so a screen reader says what they
are: one choice of several ("Mood, 3 of 5, radio button, checked").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QRadioButton, QSizePolicy

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
        self._before: Any = None  # the choice when the button went down
        self._setting = False
        # A scale (1-5, 0-10) reads as a line: never wrapped into rows, at any text size.
        self.one_line = one_line
        # Radio buttons have no wide minimum, unlike push buttons, so a 0–10
        # scale fits on one line even at large text sizes. Auto-exclusive, so
        # Qt names them radio buttons to a screen reader and the arrow keys
        # move the choice; set_value still lets the chosen one be clicked off.
        self.buttons: dict[Any, QRadioButton] = {}
        scale = [v for v, _ in options if isinstance(v, int) and not isinstance(v, bool)]
        top = max(scale) if len(scale) == len(options) else None
        if accessible_name:
            self.setAccessibleName(accessible_name)
        for value, label in options:
            button = QRadioButton(label)
            button.setAutoExclusive(True)
            button.setProperty("look", "choice")  # styled by gui.look.stylesheet
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(
                button.fontMetrics().horizontalAdvance("00") + (32 if large else 16)
            )
            if large:  # a target a tired hand hits on the first try
                button.setMinimumHeight(button.fontMetrics().height() * 2)
            if accessible_name and top is not None:
                button.setAccessibleName(
                    QCoreApplication.translate("ChoiceButtons", "{scale} {value} of {top}").format(
                        scale=accessible_name, value=label, top=top
                    )
                )
            elif accessible_name:
                button.setAccessibleName(f"{accessible_name}: {label}")
            button.pressed.connect(self._note_choice_before)
            button.clicked.connect(lambda _checked, v=value: self._clicked(v))
            # A screen reader's "toggle" action checks a button without a click.
            button.toggled.connect(lambda checked, v=value: self._toggled(v, checked))
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
        self._setting = True
        try:
            for option, button in self.buttons.items():
                if option != self._value and button.isChecked():
                    # Qt keeps an auto-exclusive button checked unless told otherwise.
                    button.setAutoExclusive(False)
                    button.setChecked(False)
                    button.setAutoExclusive(True)
                elif option == self._value:
                    button.setChecked(True)
        finally:
            self._setting = False

    def _note_choice_before(self) -> None:
        self._before = self._value

    def _toggled(self, value: Any, checked: bool) -> None:
        if checked and not self._setting and value != self._value:
            self._value = value
            self.value_changed.emit(value)

    def _clicked(self, value: Any) -> None:
        if value == self._before:  # the chosen one, clicked again: no choice
            self._before = None
            self.set_value(None)
            self.value_changed.emit(None)
