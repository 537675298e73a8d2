"""Writing or editing one of the writer's own prompts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reflect.app.prompt_library import PromptLibrary
from reflect.domain.errors import ValidationError
from reflect.domain.kinds import Kind
from reflect.domain.prompts import Prompt
from reflect.domain.themes import SUBTHEMES
from reflect.gui.labels import kind_label
from reflect.present.messages import translated


class UserPromptDialog(QDialog):
    def __init__(self, library: PromptLibrary, prompt: Prompt | None = None, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.prompt = prompt
        self.saved: Prompt | None = None
        self.setWindowTitle(
            self.tr("Edit your prompt") if prompt else self.tr("Add your own prompt")
        )

        self.text_field = QPlainTextEdit()
        self.text_field.setAccessibleName(self.tr("Prompt"))
        self.text_field.setPlaceholderText(
            self.tr("A question you want to ask yourself after work")
        )
        self.text_field.setTabChangesFocus(True)
        self.subtheme_box = QComboBox()
        self.subtheme_box.setAccessibleName(self.tr("Subtheme"))
        for subtheme in SUBTHEMES:
            self.subtheme_box.addItem(library.catalogue.subthemes[subtheme].name, subtheme)
        kinds_widget = QWidget()
        kinds_grid = QGridLayout(kinds_widget)
        kinds_grid.setContentsMargins(0, 0, 0, 0)
        self.kind_boxes: dict[Kind, QCheckBox] = {}
        for index, kind in enumerate(Kind):
            box = QCheckBox(kind_label(kind))
            self.kind_boxes[kind] = box
            kinds_grid.addWidget(box, index // 2, index % 2)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Prompt"), self.text_field)
        form.addRow(self.tr("Subtheme"), self.subtheme_box)
        form.addRow(self.tr("Suits entries of kind"), kinds_widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._fill(prompt)

    def _fill(self, prompt: Prompt | None) -> None:
        if prompt is None:
            self.kind_boxes[Kind.SHIFT_REFLECTION].setChecked(True)
            return
        self.text_field.setPlainText(prompt.text)
        self.subtheme_box.setCurrentIndex(self.subtheme_box.findData(prompt.subtheme))
        for kind, box in self.kind_boxes.items():
            box.setChecked(kind in prompt.kinds)

    def try_save(self) -> None:
        kinds = [kind for kind, box in self.kind_boxes.items() if box.isChecked()]
        subtheme = self.subtheme_box.currentData()
        text = self.text_field.toPlainText()
        try:
            if self.prompt is None:
                self.saved = self.library.add_user_prompt(subtheme, kinds, text)
            else:
                self.saved = self.library.edit_user_prompt(self.prompt.id, subtheme, kinds, text)
        except ValidationError as error:
            self.error_label.setText(translated(error))
            self.error_label.show()
            return
        self.accept()
