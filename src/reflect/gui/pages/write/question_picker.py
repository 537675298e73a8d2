"""Choosing questions to bring to an entry: one of the writer's templates, or a guide."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from reflect.domain.guided_reflection import Guide
from reflect.domain.templates import Template

TEMPLATE = "template:"
GUIDE = "guide:"
TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole


class QuestionPicker(QWidget):
    """A labelled list: no extra questions, the kind's templates, then the guides.

    ``chosen`` fires when a person picks one (not when the list is filled).
    """

    chosen = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Extra questions"))
        self.combo.setToolTip(
            self.tr("Add your own template's questions, or the steps of a guided reflection")
        )
        # Long template names would widen the editor past the window: the
        # list takes the room there is and shows the whole name when open.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(12)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Its label is the one a screen reader gives it (on Linux a combo box
        # speaks its value as its name).
        label = QLabel(self.tr("Extra questions"))
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo, 1)
        self._templates: dict[str, Template] = {}
        self._guides: dict[str, Guide] = {}
        self.combo.activated.connect(lambda _row: self.chosen.emit())

    def offer(self, templates: Sequence[Template], guides: Sequence[Guide]) -> None:
        """Fill the list, with nothing chosen."""
        self._templates = {TEMPLATE + t.id: t for t in templates}
        self._guides = {GUIDE + g.id.value: g for g in guides}
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            self.combo.addItem(self.tr("No extra questions"), "")
            for key, found in self._templates.items():
                self.combo.addItem(self.tr("My template: {name}").format(name=found.name), key)
            for key, guide in self._guides.items():
                self.combo.addItem(self.tr("Guide: {name}").format(name=guide.name), key)
                self.combo.setItemData(self.combo.count() - 1, guide.about, role=TOOLTIP_ROLE)
            self.combo.setCurrentIndex(0)
        finally:
            self.combo.blockSignals(False)

    def choose(self, key: str) -> bool:
        """Pick "template:<id>" or "guide:<id>" as if the writer had (an entry started
        from the Prompts page, the screenshots)."""
        row = self.combo.findData(key)
        if row < 0:
            return False
        self.combo.setCurrentIndex(row)
        return True

    def questions(self) -> tuple[str, ...]:
        key = self.combo.currentData() or ""
        if key in self._templates:
            return self._templates[key].questions
        if key in self._guides:
            return self._guides[key].steps
        return ()

    def guide(self) -> Guide | None:
        return self._guides.get(self.combo.currentData() or "")
