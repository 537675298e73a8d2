"""Toggle chips: several independent on/off choices that wrap across lines."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton

from reflect.gui.widgets.flow_layout import FlowWidget


class ChipGroup(FlowWidget):
    """``toggled(value, on)`` fires on a person's click only."""

    toggled = Signal(object, bool)

    def __init__(
        self, options: Sequence[tuple[Any, str]], accessible_name: str = "", parent=None
    ) -> None:
        super().__init__(parent)
        self.chips: dict[Any, QPushButton] = {}
        for value, label in options:
            chip = QPushButton(label)
            chip.setCheckable(True)
            chip.setProperty("look", "chip")  # styled by gui.look.stylesheet
            if accessible_name:
                chip.setAccessibleName(f"{accessible_name}: {label}")
            chip.clicked.connect(lambda checked, v=value: self.toggled.emit(v, checked))
            self.chips[value] = chip
            self.flow.addWidget(chip)

    def selected(self) -> list[Any]:
        return [value for value, chip in self.chips.items() if chip.isChecked()]

    def set_selected(self, values: Iterable[Any]) -> None:
        chosen = set(values)
        for value, chip in self.chips.items():
            chip.setChecked(value in chosen)
