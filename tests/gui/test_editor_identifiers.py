"""The editor's underlining and hint use the pack's own detector, on every field that can leave."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reflect.app.supervision import set_watch_list
from reflect.domain.kinds import Kind


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
    assert window.editor.identifier_hint.isVisible()


def test_a_phone_number_in_the_question_or_a_tag_shows_the_hint(qtbot, window, journal):
    window.write_new(Kind.LOYALTY_CONFLICT.value, None)
    assert not window.editor.identifier_hint.isVisible()
    qtbot.keyClicks(window.editor.sharing.question_field, "Should I call 08-123 456 78 back?")
    assert window.editor.identifier_hint.isVisible()
    assert "08-123 456 78" in window.editor.identifier_hint.text()
    window.editor.sharing.question_field.clear()
    qtbot.keyClicks(window.editor.sharing.question_field, "Should I call back?")
    assert not window.editor.identifier_hint.isVisible()
    qtbot.keyClicks(window.editor.sharing.tag_field, "8112189876")
    qtbot.keyClick(window.editor.sharing.tag_field, Qt.Key.Key_Return)
    assert window.editor.identifier_hint.isVisible()
