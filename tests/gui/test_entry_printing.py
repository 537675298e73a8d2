"""Printing one entry: Ctrl+P in the editor prints what is open, in the pack's words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog

from reflect.domain.kinds import Kind
from reflect.gui import entry_printing
from reflect.gui.main_window import TODAY, WRITE


def test_ctrl_p_prints_the_open_entry_as_the_writer_sees_it(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "entry.pdf"
    chosen = []

    class PrintToFile:
        """The system's print dialog, answered "print to PDF" as a person would."""

        def __init__(self, printer, parent) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))
            chosen.append(parent)

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(entry_printing, "QPrintDialog", PrintToFile)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    assert not window.print_action.isEnabled()  # nothing open to print on Today
    qtbot.mouseClick(
        window.today_page.kind_buttons[Kind.LOYALTY_CONFLICT], Qt.MouseButton.LeftButton
    )
    assert window.stack.currentIndex() == WRITE and window.print_action.isEnabled()
    editor = window.editor
    qtbot.keyClicks(editor.title_field, "Ward round")
    qtbot.keyClicks(editor.form.text_fields["situation"], "Nils refused his medication")
    qtbot.mouseClick(
        editor.form.choice_fields["needs_reporting"].buttons["no"], Qt.MouseButton.LeftButton
    )
    page = entry_printing.printable(editor.state()).toPlainText()
    assert "Ward round" in page and "The situation: Nils refused his medication" in page
    assert "workplace routine? No" in page and "Has that been done" not in page
    qtbot.keySequence(editor.title_field, QKeySequence.StandardKey.Print)
    assert chosen == [window]
    assert target.read_bytes().startswith(b"%PDF-")
    window.show_page(TODAY)
    assert not window.print_action.isEnabled()


def test_the_reader_prints_the_entry_it_shows(qtbot, window, journal, tmp_path, monkeypatch):
    from reflect.domain.entry import new_entry
    from reflect.gui.main_window import JOURNAL
    from tests.gui.people import open_item

    target = tmp_path / "read.pdf"

    class PrintToFile:
        def __init__(self, printer, parent) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(entry_printing, "QPrintDialog", PrintToFile)
    journal.save_entry(new_entry(Kind.MEANINGFUL_MOMENT, journal.today(), title="A laugh"))
    window.show_page(JOURNAL)
    window.journal_page.reload()
    open_item(window.journal_page.list_view, 0)
    assert window.print_action.isEnabled()
    qtbot.mouseClick(window.journal_page.reader.print_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF-")
