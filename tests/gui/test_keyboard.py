"""Everything by keyboard: the standard shortcuts and a sensible tab order."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from reflect.domain.kinds import Kind
from reflect.gui.main_window import CALENDAR, JOURNAL, TODAY, WRITE


def activate(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def test_new_find_save_and_quit(qtbot, window, journal):
    activate(qtbot, window)
    qtbot.keySequence(window, QKeySequence.StandardKey.New)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
    qtbot.keyClick(
        QApplication.activePopupWidget(), Qt.Key.Key_Return
    )  # the kind menu: a reflection
    qtbot.waitUntil(lambda: window.stack.currentIndex() == WRITE, timeout=2000)
    assert QApplication.focusWidget() is window.editor.title_field
    qtbot.keyClicks(window.editor.title_field, "Typed without a mouse")
    qtbot.keyClick(window.editor.title_field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.editor.text_field  # a reflection has no form
    qtbot.keyClicks(window.editor.text_field, "and saved with Ctrl+S")
    qtbot.keySequence(window.editor.text_field, QKeySequence.StandardKey.Save)
    assert journal.entries().entries[0].title == "Typed without a mouse"

    qtbot.keySequence(window, QKeySequence.StandardKey.Find)
    assert window.stack.currentIndex() == JOURNAL
    assert QApplication.focusWidget() is window.journal_page.search_field

    qtbot.keySequence(window, QKeySequence("Ctrl+Q"))
    assert not window.isVisible()


def test_tab_walks_a_form_in_order(qtbot, window):
    activate(qtbot, window)
    window.write_new(Kind.CLOSENESS_DISTANCE.value, None)
    order = [window.editor.title_field, *window.editor.form.text_fields.values()]
    for current, following in itertools.pairwise(order):
        current.setFocus()
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is following


def test_sections_by_arrow_keys(qtbot, window):
    activate(qtbot, window)
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.stack.currentIndex() == JOURNAL
    qtbot.keyClick(window.navigation, Qt.Key.Key_Up)
    assert window.stack.currentIndex() == TODAY


def test_quit_with_unsaved_writing_asks(qtbot, window):
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.conftest import answer_next_message_box

    activate(qtbot, window)
    window.write_new(Kind.SHIFT_REFLECTION.value, None)
    qtbot.keyClicks(window.editor.text_field, "not yet saved")
    answer_next_message_box(QMessageBox.StandardButton.Cancel)
    window.close()
    assert window.isVisible() and window.stack.currentIndex() == WRITE
    assert window.editor.text_field.toPlainText() == "not yet saved"


def test_f6_goes_to_the_sections_from_deep_in_a_page_and_the_arrows_change_page(
    qtbot, window, journal
):
    activate(qtbot, window)
    qtbot.keySequence(window, QKeySequence("Ctrl+2"))  # deep in the loyalty form
    assert window.stack.currentIndex() == WRITE
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.navigation
    qtbot.keyClick(window.navigation, Qt.Key.Key_Up)
    assert window.stack.currentIndex() == CALENDAR


def test_the_shortcuts_list_names_f6_and_how_scales_are_used(qtbot, window):
    window.help.show_shortcuts()
    table = window.help.shortcuts.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["F6"] == "Go to the sections"
    assert "scale" in rows["Arrow keys"]
    window.help.close()
