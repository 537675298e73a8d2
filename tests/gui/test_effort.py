"""The effort of the core task, measured: one loyalty-conflict entry after a shift, by keyboard.

Keys are counted as a person presses them (each Tab, Space, Enter and
shortcut; the words typed are not counted), and the journal is read to see
the entry really arrived. The closing note of issue 16 reports the count
(30 keys just to open the form before); this keeps it from creeping back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from reflect.domain.kinds import Kind
from reflect.gui.main_window import TODAY, WRITE

KEY_BUDGET = 20


class Keyboard:
    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.presses = 0

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        self.presses += 1

    def chord(self, sequence: str) -> None:
        self.qtbot.keySequence(QApplication.focusWidget(), QKeySequence(sequence))
        self.presses += 1

    def type(self, text: str) -> None:  # the writing itself: not counted
        self.qtbot.keyClicks(QApplication.focusWidget(), text)


def test_a_loyalty_conflict_by_keyboard_alone(qtbot, window, journal):
    window.show_page(TODAY)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    keys = Keyboard(qtbot)
    keys.chord("Ctrl+2")  # a loyalty conflict, from wherever the focus is
    assert window.stack.currentIndex() == WRITE
    editor = window.editor
    assert QApplication.focusWidget() is editor.title_field
    keys.type("Ward round")
    keys.press(Qt.Key.Key_Tab)
    keys.type("Nils refused his medication")  # the situation
    keys.press(Qt.Key.Key_Tab)
    keys.type("To stop the injections")  # what the patient wanted
    keys.press(Qt.Key.Key_Tab)
    keys.type("To continue them")  # what the team wanted
    # Where I ended up: one stop for the whole group, as radio buttons are;
    # the arrows move the choice: on the patient's side, the team's, in between.
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Right)
    keys.press(Qt.Key.Key_Right)
    assert editor.form.choice_fields["where_i_stood"].value() == "both"
    keys.press(Qt.Key.Key_Tab)  # to what I did
    keys.type("Asked for a meeting together")
    keys.press(Qt.Key.Key_Tab)  # needs reporting: No
    keys.press(Qt.Key.Key_Space)
    keys.chord("Ctrl+S")
    [saved] = journal.entries().entries
    assert saved.kind is Kind.LOYALTY_CONFLICT and saved.title == "Ward round"
    assert saved.fields == {
        "situation": "Nils refused his medication",
        "patient_wanted": "To stop the injections",
        "team_wanted": "To continue them",
        "where_i_stood": "both",
        "what_i_did": "Asked for a meeting together",
        "needs_reporting": "no",
    }
    assert "Saved" in editor.status_label.text()
    assert keys.presses <= KEY_BUDGET, keys.presses
    print(f"keys besides the words: {keys.presses}")


CLICK_BUDGET = 8


def test_a_loyalty_conflict_by_mouse(qtbot, window, journal):
    window.resize(1280, 720)
    window.show_page(TODAY)
    clicks = 0

    def click(widget) -> None:
        nonlocal clicks
        widget.ensurePolished()
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        clicks += 1

    click(window.today_page.kind_buttons[Kind.LOYALTY_CONFLICT])
    form = window.editor.form
    qtbot.keyClicks(window.editor.title_field, "Ward round")  # the title is ready to type in
    for name, words in (
        ("situation", "Nils refused his medication"),
        ("patient_wanted", "To stop the injections"),
        ("team_wanted", "To continue them"),
    ):
        click(form.text_fields[name])
        qtbot.keyClicks(form.text_fields[name], words)
    click(form.choice_fields["where_i_stood"].buttons["both"])
    click(form.text_fields["what_i_did"])
    qtbot.keyClicks(form.text_fields["what_i_did"], "Asked for a meeting together")
    click(form.choice_fields["needs_reporting"].buttons["no"])
    # Every question so far is on screen at 1280 x 720: no scrolling before Save.
    for widget in (form.choice_fields["needs_reporting"], window.editor.save_button):
        assert not widget.visibleRegion().isEmpty()
    click(window.editor.save_button)
    [saved] = journal.entries().entries
    assert saved.fields["where_i_stood"] == "both" and saved.fields["needs_reporting"] == "no"
    assert clicks <= CLICK_BUDGET, clicks
    print(f"clicks: {clicks}")
