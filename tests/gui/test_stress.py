"""Hundreds of changes a person makes in one evening, in a real window, without a crash.

PySide6 6.12.0 aborted the window with "bool_dealloc" after enough signal
emits (tests/reproducers). This walks the sharing, follow-up and intensity
controls by keys and clicks many times, opens and closes the editor for
every kind, saves, and checks the journal after each round; on 6.12.0 under
Python 3.11 it ends in the same fatal error a person met.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt

from reflect.domain.kinds import Kind
from reflect.gui.main_window import TODAY

ROUNDS = 40


def test_many_sharing_and_form_changes_and_editor_cycles(qtbot, window, journal):
    editor = window.editor
    references_to_true = None
    for round_number in range(ROUNDS):
        if round_number == 1:  # after a first round has warmed every cache
            references_to_true = sys.getrefcount(True)
        kind = list(Kind)[round_number % len(Kind)]
        window.write_new(kind.value, None)
        qtbot.keyClicks(editor.text_field, f"Round {round_number}.")
        share = editor.sharing.share_box
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Down):
            share.setFocus()
            qtbot.keyClick(share, key)
        follow_up = editor.sharing.follow_up_box
        follow_up.setFocus()
        qtbot.keyClick(follow_up, Qt.Key.Key_Down)
        qtbot.keyClick(follow_up, Qt.Key.Key_Up)
        buttons = editor.sharing.intensity_buttons.buttons
        for value in (3, 7, 7):
            qtbot.mouseClick(buttons[value], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
        window.show_page(TODAY)
    # Where emit() leaks, True loses a reference with every signal: hundreds
    # here, and the abort later. (On Python 3.12+ True is immortal.)
    assert sys.getrefcount(True) >= references_to_true - 20
    assert journal.count_entries() == ROUNDS
    saved = journal.entries(limit=ROUNDS).entries
    assert {e.text for e in saved} == {f"Round {n}." for n in range(ROUNDS)}
    assert all(e.intensity is None for e in saved)  # 3, 7, then 7 again clears it
