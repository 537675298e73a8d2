"""Making or changing one template: its name, its kind, and its questions.

The questions are chosen from the writer's own prompts (ticked in a list)
and written afresh, one a line, so a template can be made before any own
prompt exists.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
)

from reflect.app.prompt_library import PromptLibrary
from reflect.app.templates import TemplateBook
from reflect.domain.errors import ValidationError
from reflect.domain.kinds import Kind
from reflect.domain.templates import Template
from reflect.gui.labels import kind_label
from reflect.present.messages import translated

TEXT_ROLE = Qt.ItemDataRole.UserRole


class TemplateDialog(QDialog):
    def __init__(
        self,
        book: TemplateBook,
        library: PromptLibrary,
        template: Template | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.template = template
        self.saved: Template | None = None
        self.setWindowTitle(self.tr("Change the template") if template else self.tr("New template"))

        # Labels above their fields, not beside them: they wrap at large text.
        self.name_field = QLineEdit()
        self.name_field.setAccessibleName(self.tr("Name"))
        self.name_field.setPlaceholderText(self.tr("For example: After a recovery group"))
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Used with"))
        # A free reflection first: a template of questions alone is the common case.
        for kind in (Kind.SHIFT_REFLECTION, *(k for k in Kind if k is not Kind.SHIFT_REFLECTION)):
            self.kind_box.addItem(kind_label(kind), kind.value)
        self.prompt_list = QListWidget()
        self.prompt_list.setAccessibleName(self.tr("Your own prompts"))
        self.prompt_list.setWordWrap(True)
        for prompt in library.journal.user_prompts():
            item = QListWidgetItem(prompt.text)
            item.setData(TEXT_ROLE, prompt.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.prompt_list.addItem(item)
        self.no_prompts = QLabel(
            self.tr("You have no prompts of your own yet: write the questions below.")
        )
        self.no_prompts.setWordWrap(True)
        self.no_prompts.setProperty("look", "muted")
        self.prompt_list.setHidden(self.prompt_list.count() == 0)
        self.no_prompts.setHidden(self.prompt_list.count() > 0)
        self.more_field = QPlainTextEdit()
        self.more_field.setAccessibleName(self.tr("More questions, one a line"))
        self.more_field.setTabChangesFocus(True)
        self.more_field.setMinimumHeight(self.more_field.fontMetrics().lineSpacing() * 4)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for text, widget in (
            (self.tr("Name"), self.name_field),
            (self.tr("Used with"), self.kind_box),
            (self.tr("Questions from your own prompts (Space ticks one)"), self.prompt_list),
            (self.tr("More questions, one a line"), self.more_field),
        ):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setBuddy(widget)
            layout.addWidget(label)
            if widget is self.prompt_list:
                layout.addWidget(self.no_prompts)
            layout.addWidget(widget, 1 if widget is self.prompt_list else 0)
        note = QLabel(
            self.tr(
                "With a kind that has a form, the questions come below it. With a free "
                "reflection they are the only questions."
            )
        )
        note.setWordWrap(True)
        note.setProperty("look", "muted")
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self._fill(template)

    def _fill(self, template: Template | None) -> None:
        if template is None:
            return
        self.name_field.setText(template.name)
        self.kind_box.setCurrentIndex(self.kind_box.findData(template.kind.value))
        own = set()
        for row in range(self.prompt_list.count()):
            item = self.prompt_list.item(row)
            if item.data(TEXT_ROLE) in template.questions:
                item.setCheckState(Qt.CheckState.Checked)
                own.add(item.data(TEXT_ROLE))
        self.more_field.setPlainText("\n".join(q for q in template.questions if q not in own))

    def questions(self) -> list[str]:
        """The ticked prompts in the list's order, then the written lines."""
        ticked = [
            item.data(TEXT_ROLE)
            for row in range(self.prompt_list.count())
            if (item := self.prompt_list.item(row)).checkState() == Qt.CheckState.Checked
        ]
        return [*ticked, *self.more_field.toPlainText().splitlines()]

    def try_save(self) -> None:
        kind = self.kind_box.currentData()
        name = self.name_field.text()
        try:
            if self.template is None:
                self.saved = self.book.create(name, kind, self.questions())
            else:
                self.saved = self.book.change(self.template.id, name, kind, self.questions())
        except ValidationError as error:
            self.error_label.setText(translated(error))
            self.error_label.show()
            return
        self.accept()
