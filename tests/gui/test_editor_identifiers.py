"""The editor's underlining and hint use the pack's own detector, on every field that can leave."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reflect.app.supervision import set_watch_list
from reflect.domain.kinds import Kind
from tests.gui.people import pause_after_typing
from tests.gui.test_entry_kind import choose_kind_in_editor


def underlined(text_field) -> list[str]:
    block = text_field.document().firstBlock()
    text = block.text()
    return [
        text[f.start : f.start + f.length]
        for f in block.layout().formats()
        if f.format.underlineStyle() != f.format.underlineStyle().NoUnderline
    ]


def test_spellings_the_pack_catches_are_underlined_while_typing(qtbot, window, journal):
    set_watch_list(journal, ["Åsa Berg"])
    window.write_new(Kind.SHIFT_REFLECTION.value, None)
    qtbot.keyClicks(
        window.editor.text_field, "Ring 070.123.45.67 eller mejla asa (at) example.se, sa "
    )
    window.editor.text_field.insertPlainText("Berg, Åsa")  # QTest types ASCII only
    assert underlined(window.editor.text_field) == [
        "070.123.45.67",
        "asa (at) example.se",
        "Berg, Åsa",
    ]
    pause_after_typing(qtbot, window.editor)
    assert window.editor.identifier_hint.isVisible()


def test_a_phone_number_in_the_question_or_a_tag_shows_the_hint(qtbot, window, journal):
    window.write_new(Kind.LOYALTY_CONFLICT.value, None)
    pause_after_typing(qtbot, window.editor)
    assert not window.editor.identifier_hint.isVisible()
    qtbot.keyClicks(window.editor.sharing.question_field, "Should I call 08-123 456 78 back?")
    pause_after_typing(qtbot, window.editor)
    assert window.editor.identifier_hint.isVisible()
    assert "08-123 456 78" in window.editor.identifier_hint.text()
    window.editor.sharing.question_field.clear()
    qtbot.keyClicks(window.editor.sharing.question_field, "Should I call back?")
    pause_after_typing(qtbot, window.editor)
    assert not window.editor.identifier_hint.isVisible()
    qtbot.keyClicks(window.editor.sharing.tag_field, "8112189876")
    qtbot.keyClick(window.editor.sharing.tag_field, Qt.Key.Key_Return)
    pause_after_typing(qtbot, window.editor)
    assert window.editor.identifier_hint.isVisible()


def test_the_hint_sits_under_the_field_it_concerns_and_counts_the_rest(qtbot, window, journal):
    window.write_new(Kind.LOYALTY_CONFLICT.value, None)
    editor = window.editor
    situation = editor.form.text_fields["situation"]
    qtbot.keyClicks(situation, "Called 070-111 22 33, 070-111 22 44, 070-111 22 55, ")
    qtbot.keyClicks(situation, "070-111 22 66 and 070-111 22 77")
    hint = editor.identifier_hint
    pause_after_typing(qtbot, editor)
    assert hint.isVisible()
    form_layout = editor.form.layout()
    assert form_layout.indexOf(hint) == form_layout.indexOf(situation) + 1  # right under it
    assert "070-111 22 33, 070-111 22 44, 070-111 22 55 and 2 more" in hint.text()
    # Another kind: the form it sat in goes, the hint stays with the editor.
    qtbot.keyClicks(editor.text_field, "Ring 070-999 88 77")
    situation.clear()
    pause_after_typing(qtbot, editor)
    assert editor.column_layout.indexOf(hint) == editor.column_layout.indexOf(editor.text_field) + 1
    choose_kind_in_editor(qtbot, editor, Kind.MEANINGFUL_MOMENT, by_keyboard=False)
    pause_after_typing(qtbot, editor)
    assert editor.isAncestorOf(hint) and hint.isVisible()  # the form it sat in went, not it
    qtbot.keyClicks(editor.form.text_fields["what_happened"], "mejla kim@example.se")
    pause_after_typing(qtbot, editor)
    assert editor.form.layout().indexOf(hint) >= 0
