"""Help inside the app: F1 opens the guide offline, the shortcuts are listed, About says where."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from reflect import __version__
from reflect.domain.kinds import Kind
from reflect.domain.themes import STUDY
from reflect.gui.main_window import WRITE, MainWindow
from tests.gui.people import choose_from_menu


def active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def test_f1_opens_the_guide_in_the_interface_language_and_its_link_switches(qtbot, window):
    active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.help.guide
    assert guide is not None and guide.isVisible()
    assert guide.browser.toPlainText().startswith("Reflect: a guide")
    assert "Windows work laptop" in guide.browser.toPlainText()
    # The link to the Swedish guide, reached with Tab and followed with Enter.
    guide.browser.setFocus()
    qtbot.keyClick(guide.browser, Qt.Key.Key_Tab)
    qtbot.keyClick(guide.browser, Qt.Key.Key_Return)
    assert guide.browser.toPlainText().startswith("Reflect: en guide")
    guide.close()


def test_the_guide_is_swedish_when_the_interface_is(
    qtbot, journal, library, preferences, translations
):
    translations.apply("sv")
    swedish = MainWindow(journal, library, preferences)
    swedish.show()
    qtbot.waitExposed(swedish)
    try:
        choose_from_menu(swedish, swedish.help.guide_action)
        assert swedish.help.guide.browser.toPlainText().startswith("Reflect: en guide")
    finally:
        swedish.help.close()
        swedish.close()
        swedish.deleteLater()


def test_the_shortcuts_list_comes_from_the_window(qtbot, window):
    choose_from_menu(window, window.help.shortcuts_action)
    table = window.help.shortcuts.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Ctrl+L"] == "Lock"
    assert rows["F1"] == "Reflect guide"
    assert rows["Ctrl+2"] == "New entry: Loyalty conflict"
    window.help.shortcuts.close()


def test_about_names_the_version_the_study_and_the_journal(qtbot, window, journal):
    choose_from_menu(window, window.help.about_action)
    about = window.help.about
    texts = " ".join(
        label.text() for label in (about.heading, about.study_label, about.where_label)
    )
    assert __version__ in texts and STUDY.doi in texts and str(journal.path) in texts
    about.close()


def test_each_kind_has_its_shortcut_from_anywhere(qtbot, window, journal):
    active(qtbot, window)
    window.show_page(0)
    qtbot.keySequence(window, QKeySequence("Ctrl+2"))
    assert window.stack.currentIndex() == WRITE
    assert window.editor.kind_button.kind() == Kind.LOYALTY_CONFLICT
    assert "Ctrl+2" in window.today_page.kind_buttons[Kind.LOYALTY_CONFLICT].toolTip()


def test_a_lock_closes_the_help_windows(qtbot, window):
    choose_from_menu(window, window.help.guide_action)
    choose_from_menu(window, window.help.about_action)
    guide, about = window.help.guide, window.help.about
    window.retire()
    assert not guide.isVisible() and not about.isVisible()
