"""Prompts beside the editor: one at a time, another on request, insert as a heading."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout

from reflect.app.prompt_library import PromptLibrary
from reflect.domain.kinds import Kind
from reflect.domain.prompt_engine import ShownAs, another_prompt
from reflect.domain.prompts import Prompt
from reflect.gui.widgets.flow_layout import FlowWidget


class PromptPanel(QFrame):
    insert_requested = Signal(str, str)  # prompt id, prompt text

    def __init__(self, library: PromptLibrary, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self._ordered: list[Prompt] = []
        self._shown: list[str] = []
        self.prompt: Prompt | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading_label = QLabel(self.tr("A prompt to start from"))
        bold = QFont(self.heading_label.font())
        bold.setBold(True)
        self.heading_label.setFont(bold)
        self.topic_label = QLabel()
        self.topic_label.setWordWrap(True)
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setAccessibleName(self.tr("Prompt"))
        self.another_button = QPushButton(self.tr("Another prompt"))
        self.insert_button = QPushButton(self.tr("Insert as heading"))
        buttons = FlowWidget()
        buttons.flow.addWidget(self.another_button)
        buttons.flow.addWidget(self.insert_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.topic_label)
        layout.addWidget(self.prompt_label)
        layout.addWidget(buttons)
        layout.addStretch(1)
        self.another_button.clicked.connect(self.another)
        self.insert_button.clicked.connect(self._insert)

    def show_for(self, kind: Kind, seed: str, first: Prompt | None = None) -> None:
        """Prompts for ``kind``; ``first`` (say, the prompt the entry started from) leads."""
        self._ordered = self.library.prompts_for_kind(kind, seed)
        if first is not None:
            self._ordered = [first, *(p for p in self._ordered if p.id != first.id)]
        self._shown = []
        self.another()

    def another(self) -> None:
        self._show(another_prompt(self._ordered, self._shown))

    def _show(self, prompt: Prompt | None) -> None:
        self.prompt = prompt
        if prompt is None:
            self.topic_label.clear()
            self.prompt_label.setText(self.tr("No prompts for this kind: they may all be hidden."))
        else:
            self.topic_label.setText(self.library.catalogue.subthemes[prompt.subtheme].name)
            self.prompt_label.setText(prompt.text)
            if prompt.id not in self._shown:
                self._shown.append(prompt.id)
                self.library.note_shown(prompt.id, ShownAs.ENTRY)
        self.insert_button.setEnabled(prompt is not None)
        self.another_button.setEnabled(len(self._ordered) > 1)

    def _insert(self) -> None:
        if self.prompt is not None:
            self.insert_requested.emit(self.prompt.id, self.prompt.text)

    def clear_journal_text(self) -> None:
        self.prompt = None
        self.prompt_label.clear()
        self.topic_label.clear()
