"""How a person works the window's lists: one place, so no test emits a widget's signal by hand.

A test that emits ``activated`` itself passes even when the widget would
never have sent it; that is how a kind selector that did nothing passed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox


def choose(combo: QComboBox, value) -> None:
    """Open ``combo`` with the mouse, walk to ``value`` with the arrow keys, press Enter."""
    row = combo.findData(value)
    assert row >= 0, f"{value!r} is not offered"
    QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    for _ in range(100):
        if view.isVisible():
            break
        QApplication.processEvents()
    assert view.isVisible(), "the list did not open"
    start = view.currentIndex().row()
    key = Qt.Key.Key_Down if row > start else Qt.Key.Key_Up
    for _ in range(abs(row - start)):
        QTest.keyClick(view, key)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert combo.currentIndex() == row


def open_item(view: QAbstractItemView, row: int) -> None:
    """Click the row, then press Enter, as a person opens an item in a list
    (a list widget, or a list view on a model such as the journal's)."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert view.currentIndex().row() == row
    QTest.keyClick(view, Qt.Key.Key_Return)


def choose_from_menu(window, action) -> None:
    """Open the menu bar's menu that holds ``action`` with a click, then click the action."""
    bar = window.menuBar()
    for top in bar.actions():
        menu = top.menu()
        if menu is not None and action in menu.actions():
            break
    else:
        raise AssertionError(f"{action.text()!r} is in no menu of the menu bar")
    window.activateWindow()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(top).center())
    for _ in range(100):
        if menu.isVisible():
            break
        QApplication.processEvents()
    assert menu.isVisible(), "the menu did not open"
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def pause_after_typing(qtbot, editor) -> None:
    """Stop typing for a moment, as a person does: the identifier hint follows a pause."""
    qtbot.waitUntil(lambda: not editor.hint_timer.isActive(), timeout=3000)
