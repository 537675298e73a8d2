"""Printing one entry (open in the editor or the reader) through the system's print dialog.

On Windows and most desktops the dialog offers "print to PDF" too, so this
is also how one entry leaves as a file, by the writer's own choice. Nothing
is written by Reflect itself.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from reflect.domain.editor_state import EditorState
from reflect.export.blocks import Document
from reflect.export.entry_outline import entry_outline
from reflect.export.html import render_html
from reflect.present.local_format import local_date
from reflect.present.translations import qt_translate


def entry_document(state: EditorState) -> Document:
    """The entry as the page will show it (the reader shows the same)."""
    return entry_outline(
        state.kind,
        state.occurred_on,
        state.title,
        dict(state.fields),
        state.text,
        state.tags,
        qt_translate,
        local_date,
    )


def printable(state: EditorState) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(render_html(entry_document(state)))
    return document


def print_entry(state: EditorState, parent: QWidget) -> bool:
    """Ask where to print, then print; False when the writer cancels."""
    printer = QPrinter()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    printable(state).print_(printer)
    return True
