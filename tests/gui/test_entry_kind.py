"""The kind of an entry: chosen on purpose, the form follows, and no answer is lost (blocker 3)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from reflect.domain.kinds import Kind, kind_spec
from reflect.gui.main_window import WRITE


def open_popup(qtbot) -> QMenu:
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=2000)
    return QApplication.activePopupWidget()


def choose_kind_in_editor(qtbot, editor, kind: Kind, *, by_keyboard: bool) -> None:
    """Open the kind menu like a person (click, or Space) and pick ``kind``."""
    if by_keyboard:
        editor.kind_button.setFocus()
        qtbot.keyClick(editor.kind_button, Qt.Key.Key_Space)
    else:
        qtbot.mouseClick(editor.kind_button, Qt.MouseButton.LeftButton)
    menu = open_popup(qtbot)
    action = next(a for a in menu.actions() if a.data() == kind.value)
    if by_keyboard:
        qtbot.keyClick(menu, str(list(Kind).index(kind) + 1))
    else:
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: editor.kind_button.kind() is kind, timeout=2000)


def test_choosing_another_kind_changes_the_form_and_keeps_every_answer(qtbot, window, journal):
    window.write_new(Kind.LOYALTY_CONFLICT.value, None)
    editor = window.editor
    qtbot.keyClicks(editor.form.text_fields["situation"], "A ward round about leave")
    qtbot.mouseClick(
        editor.form.choice_fields["where_i_stood"].buttons["both"], Qt.MouseButton.LeftButton
    )
    qtbot.keyClicks(editor.text_field, "My own words.")
    choose_kind_in_editor(qtbot, editor, Kind.TEAM_EXPERIENCE, by_keyboard=False)
    assert {*editor.form.text_fields, *editor.form.choice_fields} == set(
        kind_spec(Kind.TEAM_EXPERIENCE).field_names
    )
    text = editor.text_field.toPlainText()
    assert text.startswith("My own words.")
    assert "The situation: A ward round about leave" in text  # kept as text, not dropped
    assert "Where I ended up: In between" in text
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    [saved] = journal.entries(limit=5).entries
    assert saved.kind is Kind.TEAM_EXPERIENCE and "A ward round about leave" in saved.text


def test_keys_on_the_kind_button_never_flip_the_kind(qtbot, window):
    window.write_new(Kind.SHIFT_REFLECTION.value, None)
    editor = window.editor
    editor.kind_button.setFocus()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_T, Qt.Key.Key_M, Qt.Key.Key_End):
        qtbot.keyClick(editor.kind_button, key)
    assert QApplication.activePopupWidget() is None
    assert editor.kind_button.kind() is Kind.SHIFT_REFLECTION


def test_the_kind_can_be_changed_by_keyboard(qtbot, window):
    window.write_new(Kind.SHIFT_REFLECTION.value, None)
    choose_kind_in_editor(qtbot, window.editor, Kind.STIGMA_INCIDENT, by_keyboard=True)
    assert "source" in window.editor.form.choice_fields


def test_ctrl_n_leads_to_any_of_the_six_kinds(qtbot, window):
    for number, kind in enumerate(Kind, start=1):
        window.editor.discard_changes() if window.editor.is_dirty else None
        qtbot.keySequence(window, QKeySequence.StandardKey.New)
        menu = open_popup(qtbot)
        assert [a.data() for a in menu.actions()] == [k.value for k in Kind]
        qtbot.keyClick(menu, str(number))
        qtbot.waitUntil(lambda k=kind: window.editor.kind_button.kind() is k, timeout=2000)
        assert window.stack.currentIndex() == WRITE


def test_ctrl_n_then_enter_starts_a_shift_reflection(qtbot, window):
    qtbot.keySequence(window, QKeySequence.StandardKey.New)
    menu = open_popup(qtbot)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == WRITE, timeout=2000)
    assert window.editor.kind_button.kind() is Kind.SHIFT_REFLECTION
