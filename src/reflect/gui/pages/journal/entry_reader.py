"""Reading an entry from the Journal, without a cursor in it to change a word by accident.

It shows the entry as printing does (the same outline), with what it says
for supervision. Edit opens it in the editor; Back returns to the list as
it was, with this entry chosen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from reflect.domain.editor_state import EditorState
from reflect.domain.entry import Entry, FollowUp, Share
from reflect.export.blocks import Paragraph
from reflect.export.html import render_html
from reflect.gui.entry_printing import entry_document
from reflect.gui.look.tokens import SPACE


class EntryReader(QWidget):
    edit_requested = Signal(str)  # the entry's uuid
    print_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entry: Entry | None = None
        self.text_view = QTextBrowser()
        self.text_view.setOpenLinks(False)
        self.text_view.setAccessibleName(self.tr("The entry"))
        self.text_view.document().setDocumentMargin(SPACE["l"])
        self.text_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.back_button = QPushButton(self.tr("Back to the list"))
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Edit this entry (Ctrl+E)"))
        self.edit_button.setDefault(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text_view, 1)
        layout.addLayout(buttons)

        self.back_button.clicked.connect(self.back_requested)
        self.print_button.clicked.connect(self.print_requested)
        self.edit_button.clicked.connect(self._edit)
        QShortcut(
            QKeySequence("Ctrl+E"), self, self._edit, Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            self.back_requested.emit,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def show_entry(self, entry: Entry) -> None:
        self.entry = entry
        outline = entry_document(EditorState.of_entry(entry))
        outline.blocks.extend(Paragraph(line, True) for line in self._supervision(entry))
        self.text_view.setHtml(render_html(outline, page_header=False, confidential_line=False))
        self.text_view.setFocus()

    def forget(self) -> None:
        """On lock and when leaving: no entry's words kept in the view."""
        self.entry = None
        self.text_view.clear()

    def _supervision(self, entry: Entry) -> list[str]:
        said = {
            Share.PRIVATE: self.tr("Private: stays in this journal."),
            Share.SUMMARY: self.tr("For supervision: counted, and its question shown."),
            Share.FULL: self.tr("For supervision: the whole entry."),
        }[entry.share]
        lines = [said]
        if entry.supervision_question:
            lines.append(
                self.tr("My question: {question}").format(question=entry.supervision_question)
            )
        if entry.follow_up is FollowUp.OPEN:
            lines.append(self.tr("To follow up."))
        return lines

    def _edit(self) -> None:
        if self.entry is not None:
            self.edit_requested.emit(self.entry.uuid)
