"""Own structures, used like a person would: a template made from own prompts, an entry
written with it, a guided reflection, and what of them reaches the supervision pack."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from reflect.app.guides import guide
from reflect.app.prompt_library import PromptLibrary, load_catalogue
from reflect.app.templates import TemplateBook
from reflect.domain.asked import asked_key
from reflect.domain.entry import Share
from reflect.domain.guided_reflection import GuideId
from reflect.domain.kinds import Kind
from reflect.gui.main_window import JOURNAL, PROMPTS, SUMMARIES, WRITE
from reflect.gui.pages.write.entry_editor import EntryEditor
from tests.gui.conftest import answer_next_message_box
from tests.gui.people import choose

CLICK = Qt.MouseButton.LeftButton


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, CLICK)


def tick(qtbot, view, text: str) -> None:
    """Click the row of a list of checkable items, then Space, as a keyboard user ticks it."""
    [item] = view.findItems(text, Qt.MatchFlag.MatchExactly)
    index = view.indexFromItem(item)
    qtbot.mouseClick(view.viewport(), CLICK, pos=view.visualRect(index).center())
    qtbot.keyClick(view, Qt.Key.Key_Space)


def open_templates(qtbot, window):
    window.show_page(PROMPTS)
    view = window.prompt_view
    click(qtbot, view.templates_button)
    dialog = view.templates_dialog
    qtbot.waitExposed(dialog)
    return dialog


def make_template(qtbot, dialog, name: str, kind: Kind, ticked: list[str], more: str):
    click(qtbot, dialog.new_button)
    editor = dialog.template_dialog
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.name_field, name)
    choose(editor.kind_box, kind.value)
    for row in ticked:
        tick(qtbot, editor.prompt_list, row)
    qtbot.keyClicks(editor.more_field, more)
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=2000)


def asked_fields(window):
    return window.editor.answers.asked_form.text_fields


def test_a_template_of_own_prompts_is_made_written_with_saved_and_read(
    qtbot, window, journal, library
):
    library.add_user_prompt("meaning", [Kind.SHIFT_REFLECTION], "What gave me hope today?")
    library.add_user_prompt("empowerment", [Kind.SHIFT_REFLECTION], "What did I do for myself?")
    dialog = open_templates(qtbot, window)
    assert dialog.empty_label.isVisible()
    make_template(
        qtbot,
        dialog,
        "After a group",
        Kind.SHIFT_REFLECTION,
        ["What did I do for myself?"],
        "Who came?",
    )

    [made] = TemplateBook(journal).templates()
    assert made.name == "After a group" and made.kind is Kind.SHIFT_REFLECTION
    assert made.questions == ("What did I do for myself?", "Who came?")
    assert (
        dialog.template_list.count() == 1 and "After a group" in dialog.template_list.item(0).text()
    )

    click(qtbot, dialog.write_button)
    assert window.stack.currentIndex() == WRITE
    fields = asked_fields(window)
    assert list(fields) == [asked_key(q) for q in made.questions]
    labels = window.editor.answers.asked_form.questions
    assert [label.text() for label in labels.values()] == list(made.questions)
    qtbot.keyClicks(fields[asked_key("What did I do for myself?")], "A walk at lunch")
    qtbot.keyClicks(fields[asked_key("Who came?")], "Six, and one new")
    click(qtbot, window.editor.save_button)

    [entry] = journal.entries().entries
    assert entry.kind is Kind.SHIFT_REFLECTION
    assert dict(entry.fields) == {
        "asked:What did I do for myself?": "A walk at lunch",
        "asked:Who came?": "Six, and one new",
    }
    assert [hit.entry.uuid for hit in journal.search("lunch")] == [entry.uuid]

    # The template goes; the entry still reads with its questions.
    window.show_page(PROMPTS)
    dialog = open_templates(qtbot, window)
    answer_next_message_box(QMessageBox.StandardButton.Yes)
    click(qtbot, dialog.delete_button)
    assert TemplateBook(journal).templates() == []
    dialog.close()
    window.show_page(JOURNAL)
    page = window.journal_page
    page.reload()
    window.activateWindow()
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Return)
    assert page.is_reading
    shown = page.reader.text_view.toPlainText()
    assert "What did I do for myself? A walk at lunch" in shown
    assert "Who came? Six, and one new" in shown


def test_a_template_is_renamed_and_its_questions_chosen_again(qtbot, window, journal, library):
    library.add_user_prompt("meaning", [Kind.CLOSENESS_DISTANCE], "Where was my line?")
    dialog = open_templates(qtbot, window)
    make_template(qtbot, dialog, "Lines", Kind.CLOSENESS_DISTANCE, ["Where was my line?"], "")
    click(qtbot, dialog.change_button)
    editor = dialog.template_dialog
    qtbot.waitExposed(editor)
    assert editor.prompt_list.item(0).checkState() == Qt.CheckState.Checked
    editor.name_field.selectAll()
    qtbot.keyClicks(editor.name_field, "My lines")
    tick(qtbot, editor.prompt_list, "Where was my line?")  # no longer ticked
    qtbot.keyClicks(editor.more_field, "What did I keep to myself?")
    click(qtbot, editor.save_button)
    [changed] = TemplateBook(journal).templates()
    assert changed.name == "My lines"
    assert changed.questions == ("What did I keep to myself?",)
    # Offered below the kind's own form, for that kind only.
    dialog.close()
    window.write_new(Kind.CLOSENESS_DISTANCE.value, None)
    picker = window.editor.answers.picker.combo
    choose(picker, f"template:{changed.id}")
    field = asked_fields(window)[asked_key("What did I keep to myself?")]
    assert QApplication.focusWidget() is field
    qtbot.keyClicks(window.editor.form.text_fields["situation"], "A home visit")
    qtbot.keyClicks(field, "My brother's story")
    click(qtbot, window.editor.save_button)
    [entry] = journal.entries().entries
    assert list(entry.fields) == ["situation", "asked:What did I keep to myself?"]
    window.write_new(Kind.SHIFT_REFLECTION.value, None)
    assert window.editor.answers.picker.combo.findData(f"template:{changed.id}") < 0


def test_a_guided_reflection_adds_its_steps_and_saves_the_answers(qtbot, window, journal):
    window.write_new(Kind.SHIFT_REFLECTION.value, None)
    editor = window.editor
    choose(editor.answers.picker.combo, "guide:gibbs")
    steps = guide("en", GuideId.GIBBS).steps
    fields = asked_fields(window)
    assert list(fields) == [asked_key(step) for step in steps]
    assert all(field.isVisibleTo(editor) for field in fields.values())
    assert "Learning by Doing" in editor.answers.guide_source.text()
    assert editor.answers.guide_source.isVisibleTo(editor)
    qtbot.keyClicks(fields[asked_key(steps[0])], "A patient asked to stop his injections")
    qtbot.keyClick(fields[asked_key(steps[0])], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is fields[asked_key(steps[1])]
    qtbot.keyClicks(fields[asked_key(steps[1])], "Torn")
    # Another guide: the answered steps stay, the unanswered ones give way.
    choose(editor.answers.picker.combo, "guide:what_so_what_now_what")
    kept = list(asked_fields(window))
    assert kept[:2] == [asked_key(steps[0]), asked_key(steps[1])]
    assert len(kept) == 2 + 3
    click(qtbot, editor.save_button)
    [entry] = journal.entries().entries
    assert dict(entry.fields) == {
        asked_key(steps[0]): "A patient asked to stop his injections",
        asked_key(steps[1]): "Torn",
    }
    # Opened again, the answers come back as answer fields, nothing marked changed.
    window.open_entry(entry.uuid)
    window.show_page(WRITE)
    assert list(asked_fields(window)) == [asked_key(steps[0]), asked_key(steps[1])]
    assert asked_fields(window)[asked_key(steps[1])].toPlainText() == "Torn"
    assert not editor.is_dirty


def test_the_guides_come_in_swedish(qtbot, journal, translations):
    translations.apply("sv")
    editor = EntryEditor(journal, PromptLibrary(journal, load_catalogue("sv")))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    choose(editor.answers.picker.combo, "guide:what_so_what_now_what")
    labels = [label.text() for label in editor.answers.asked_form.questions.values()]
    assert labels == list(guide("sv", GuideId.WHAT_SO_WHAT_NOW_WHAT).steps)
    assert labels[0].startswith("Vad hände?")


@pytest.mark.parametrize("share", [Share.FULL, Share.PRIVATE])
def test_template_answers_reach_the_pack_only_from_a_shared_entry(qtbot, window, journal, share):
    made = TemplateBook(journal).create("Groups", Kind.SHIFT_REFLECTION, ["Who came?"])
    window.write_new(Kind.SHIFT_REFLECTION.value, None)
    editor = window.editor
    editor.date_edit.setDate(editor.date_edit.date().addDays(-1))
    choose(editor.answers.picker.combo, f"template:{made.id}")
    qtbot.keyClicks(asked_fields(window)[asked_key("Who came?")], "Seven and a dog")
    choose(editor.sharing.share_box, share.value)
    click(qtbot, editor.save_button)
    assert journal.entries().entries[0].share is share
    window.show_page(SUMMARIES)
    page = window.summaries_page
    choose(page.period_box, "four_weeks")
    dialog = page.open_pack_dialog()
    qtbot.waitExposed(dialog)
    preview = dialog.preview.toPlainText()
    assert ("Who came? Seven and a dog" in preview) is (share is Share.FULL)
    assert ("Seven and a dog" in preview) is (share is Share.FULL)
    dialog.close()
    assert journal.today() - timedelta(days=1) == journal.entries().entries[0].occurred_on


def test_a_lock_leaves_no_template_name_question_or_answer_in_the_window(qtbot, window, journal):
    from tests.gui.test_lock_and_drafts import all_visible_text

    made = TemplateBook(journal).create("Canary template", Kind.SHIFT_REFLECTION, ["Canary?"])
    window.write_new(Kind.SHIFT_REFLECTION.value, None)
    choose(window.editor.answers.picker.combo, f"template:{made.id}")
    qtbot.keyClicks(asked_fields(window)[asked_key("Canary?")], "Canary answer")
    assert "Canary answer" in all_visible_text([window])
    window.editor.write_draft()
    window.clear_journal_text()
    assert "Canary" not in all_visible_text([window])
    combo = window.editor.answers.picker.combo
    assert all("Canary" not in combo.itemText(row) for row in range(combo.count()))
