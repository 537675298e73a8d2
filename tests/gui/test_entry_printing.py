"""Printing one entry: Ctrl+P in the editor prints what is open, in the pack's words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog

from reflect.domain.kinds import Kind
from reflect.gui.main_window import TODAY, WRITE
from reflect.gui.pages.write import entry_printing


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
