"""The questions the writer brought to an entry (a template's, a guide's), as widgets."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from reflect.domain.asked import asked_key
from reflect.gui.pages.write.kind_form import TEXT_LINES


class AskedForm(QWidget):
    """One labelled answer field per question, in the order given.

    ``text_fields`` is keyed as the entry's fields are ("asked:" and the
    question), so the answers go straight into the entry. ``edited`` fires
    on a person's edits only.
    """

    edited = Signal()

    def __init__(self, questions: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self.text_fields: dict[str, QPlainTextEdit] = {}
        self.questions: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for question in questions:
            key = asked_key(question)
            if key in self.text_fields:
                continue
            label = QLabel(question)
            label.setWordWrap(True)
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setAccessibleName(question)
            line = text.fontMetrics().lineSpacing()
            text.setMinimumHeight(line * TEXT_LINES + 12)
            text.setMaximumHeight(line * (TEXT_LINES + 3) + 12)
            text.textChanged.connect(self.edited)
            label.setBuddy(text)
            self.questions[key] = label
            self.text_fields[key] = text
            layout.addWidget(label)
            layout.addWidget(text)

    def fill(self, answers: Mapping[str, str]) -> None:
        """The answers given so far, as no edit."""
        self.blockSignals(True)
        try:
            for key, field in self.text_fields.items():
                field.setPlainText(answers.get(key, ""))
        finally:
            self.blockSignals(False)

    def values(self) -> dict[str, str]:
        """Every brought question with what it holds, empty ones too: a draft keeps the
        questions until they are answered, and saving leaves the empty ones out."""
        return {key: field.toPlainText() for key, field in self.text_fields.items()}

    def answered(self) -> dict[str, str]:
        return {key: text for key, text in self.values().items() if text.strip()}

    def written_answers(self) -> list[tuple[QPlainTextEdit, str]]:
        return [(field, field.toPlainText()) for field in self.text_fields.values()]

    def focus_chain(self) -> list[QWidget]:
        return list(self.text_fields.values())
