"""The structured questions of one entry kind, as widgets."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from reflect.domain.kinds import Kind, KindSpec, kind_spec
from reflect.gui.labels import entry_kinds_text
from reflect.gui.widgets.choice_buttons import ChoiceButtons

TEXT_LINES = 3


class KindForm(QWidget):
    """One kind's fields. ``edited`` fires on a person's edits only."""

    edited = Signal()

    def __init__(self, kind: Kind, parent=None) -> None:
        super().__init__(parent)
        self.spec: KindSpec = kind_spec(kind)
        self.text_fields: dict[str, QPlainTextEdit] = {}
        self.choice_fields: dict[str, ChoiceButtons] = {}
        self.questions: dict[str, QLabel] = {}
        self._loading = False
        # Each question above its answer, full width: long questions wrap
        # instead of squeezing the answer.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for field in self.spec.fields:
            question = entry_kinds_text(field.label)
            label = QLabel(question)
            label.setWordWrap(True)
            widget: QWidget
            if field.is_choice:
                buttons = ChoiceButtons(
                    [(c.value, entry_kinds_text(c.label)) for c in field.choices], question
                )
                buttons.value_changed.connect(self._user_edit)
                self.choice_fields[field.name] = widget = buttons
            else:
                text = QPlainTextEdit()
                text.setTabChangesFocus(True)
                text.setAccessibleName(question)
                line = text.fontMetrics().lineSpacing()
                text.setMinimumHeight(line * TEXT_LINES + 12)
                text.setMaximumHeight(line * (TEXT_LINES + 3) + 12)
                text.textChanged.connect(self._user_edit)
                self.text_fields[field.name] = widget = text
            label.setBuddy(widget)
            self.questions[field.name] = label
            layout.addWidget(label)
            layout.addWidget(widget)
        self._ask_what_applies()

    def _widget(self, name: str) -> QWidget:
        return self.text_fields.get(name) or self.choice_fields[name]

    def _answers(self) -> dict[str, str]:
        values = {name: w.toPlainText() for name, w in self.text_fields.items()}
        values.update({name: w.value() or "" for name, w in self.choice_fields.items()})
        return values

    def _ask_what_applies(self) -> None:
        """Show a question that follows from an earlier answer only after that answer."""
        answers = self._answers()
        for field in self.spec.fields:
            asked = field.is_asked(answers)
            # setHidden, not setVisible: the form may not be shown yet.
            self.questions[field.name].setHidden(not asked)
            self._widget(field.name).setHidden(not asked)

    def focus_chain(self) -> list[QWidget]:
        """The form's focusable widgets in question order (for Tab)."""
        chain: list[QWidget] = []
        for name in self.spec.field_names:
            if name in self.text_fields:
                chain.append(self.text_fields[name])
            else:
                chain.extend(self.choice_fields[name].buttons.values())
        return chain

    def written_answers(self) -> list[tuple[QPlainTextEdit, str]]:
        """Each free-text question's field and what it holds, in form order."""
        return [
            (self.text_fields[name], self.text_fields[name].toPlainText())
            for name in self.spec.field_names
            if name in self.text_fields
        ]

    def values(self) -> dict[str, str]:
        """The answers to the questions asked; one left from an earlier answer is dropped."""
        values = self._answers()
        return {
            field.name: values[field.name]
            for field in self.spec.fields
            if values.get(field.name) and field.is_asked(values)
        }

    def set_values(self, values: dict[str, str]) -> None:
        """Fill the form without it counting as an edit."""
        self._loading = True
        try:
            for name, text in self.text_fields.items():
                text.setPlainText(values.get(name, ""))
            for name, buttons in self.choice_fields.items():
                buttons.set_value(values.get(name))
        finally:
            self._loading = False
        self._ask_what_applies()

    def clear(self) -> None:
        self.set_values({})

    def _user_edit(self, *_args) -> None:
        if not self._loading:
            self._ask_what_applies()
            self.edited.emit()
