"""Writing entries of every kind by typing and clicking, then reading the journal."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from reflect.domain.entry import FollowUp, Share
from reflect.domain.kinds import Kind, kind_spec
from reflect.gui.main_window import PROMPTS, WRITE
from tests.gui.people import choose

ANSWERS = {
    Kind.CLOSENESS_DISTANCE: {
        "situation": "R asked about my own admission",
        "shared": "That I was admitted once",
        "line_drawn": "No details of the ward",
        "stirred": "A little shaky",
        "turned_to": "The nurse in charge",
        "differently": "Pause before answering",
    },
    Kind.LOYALTY_CONFLICT: {
        "situation": "Ward round",
        "patient_wanted": "Stop the injections",
        "team_wanted": "Continue them",
        "where_i_stood": "both",
        "what_i_did": "Asked for a meeting together",
        "needs_reporting": "unsure",
        "reporting_done": "not_yet",
    },
    Kind.STIGMA_INCIDENT: {
        "source": "language",
        "what_happened": "A colleague mocked a patient's voice",
        "how_responded": "Said it hurt",
        "what_would_help": "A team talk about language",
    },
    Kind.MEANINGFUL_MOMENT: {
        "what_happened": "M laughed on the walk",
        "what_it_meant": "Hope is catching",
        "to_remember": "Small steps",
    },
    Kind.TEAM_EXPERIENCE: {
        "experience": "appreciation",
        "what_happened": "Invited to the team meeting",
        "what_i_need": "More of that",
    },
    Kind.SHIFT_REFLECTION: {},
}


def fill_form(qtbot, editor, answers):
    for name, value in answers.items():
        if name in editor.form.text_fields:
            qtbot.keyClicks(editor.form.text_fields[name], value)
        else:
            qtbot.mouseClick(
                editor.form.choice_fields[name].buttons[value], Qt.MouseButton.LeftButton
            )


@pytest.mark.parametrize("kind", list(Kind))
def test_write_an_entry_of_each_kind(qtbot, window, journal, kind):
    qtbot.mouseClick(window.today_page.kind_buttons[kind], Qt.MouseButton.LeftButton)
    editor = window.editor
    assert window.stack.currentIndex() == WRITE
    assert editor.kind_button.kind() is kind
    qtbot.keyClicks(editor.title_field, f"My {kind.value}")
    fill_form(qtbot, editor, ANSWERS[kind])
    qtbot.keyClicks(editor.text_field, "In my own words.")
    qtbot.keyClicks(editor.sharing.tag_field, "night, ward")
    if kind_spec(kind).has_intensity:
        qtbot.mouseClick(editor.sharing.intensity_buttons.buttons[7], Qt.MouseButton.LeftButton)
    choose(editor.sharing.share_box, "summary")
    qtbot.keyClicks(editor.sharing.question_field, "What do I bring?")
    choose(editor.sharing.follow_up_box, "open")
    assert editor.is_dirty
    qtbot.keySequence(editor.text_field, QKeySequence.StandardKey.Save)

    [entry] = journal.entries().entries
    assert entry.kind is kind and entry.title == f"My {kind.value}"
    assert dict(entry.fields) == ANSWERS[kind]
    assert entry.text == "In my own words."
    assert entry.tags == ("night", "ward")
    assert entry.intensity == (7 if kind_spec(kind).has_intensity else None)
    assert entry.share is Share.SUMMARY and entry.supervision_question == "What do I bring?"
    assert entry.follow_up is FollowUp.OPEN
    assert set(entry.subthemes) == set(kind_spec(kind).default_subthemes)
    assert not editor.is_dirty
    assert journal.drafts() == []
    assert editor.status_label.text() == "Saved."


def test_opening_an_entry_does_not_mark_it_changed_or_write_it(qtbot, window, journal, clock):
    from reflect.domain.entry import new_entry

    stored = journal.save_entry(
        new_entry(
            Kind.LOYALTY_CONFLICT,
            journal.today(),
            fields=ANSWERS[Kind.LOYALTY_CONFLICT],
            text="as it was",
            tags=["a"],
            intensity=3,
            share=Share.FULL,
            supervision_question="q?",
        )
    )
    clock.advance(minutes=10)
    window.open_entry(stored.uuid)
    editor = window.editor
    assert editor.text_field.toPlainText() == "as it was"
    assert editor.form.choice_fields["where_i_stood"].value() == "both"
    assert not editor.is_dirty
    qtbot.wait(50)
    window.autosave.flush()  # even a forced autosave writes nothing for an untouched entry
    assert journal.drafts() == []
    assert journal.entry(stored.uuid).updated_at == stored.updated_at


def test_a_subtheme_chip_changes_the_entry(qtbot, window, journal):
    qtbot.mouseClick(
        window.today_page.kind_buttons[Kind.MEANINGFUL_MOMENT], Qt.MouseButton.LeftButton
    )
    editor = window.editor
    qtbot.keyClicks(editor.text_field, "A good day")
    qtbot.mouseClick(editor.subtheme_chips.chips["meaning"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.subtheme_chips.chips["appreciation"], Qt.MouseButton.LeftButton)
    editor.save()
    assert set(journal.entries().entries[0].subthemes) == {"empowerment", "appreciation"}


def test_validation_message_and_nothing_saved(qtbot, window, journal):
    qtbot.mouseClick(
        window.today_page.kind_buttons[Kind.SHIFT_REFLECTION], Qt.MouseButton.LeftButton
    )
    qtbot.mouseClick(window.editor.save_button, Qt.MouseButton.LeftButton)
    assert "empty" in window.editor.status_label.text()
    assert journal.count_entries() == 0


def test_risk_note_shows_for_reporting_and_can_be_dismissed(qtbot, window):
    qtbot.mouseClick(
        window.today_page.kind_buttons[Kind.LOYALTY_CONFLICT], Qt.MouseButton.LeftButton
    )
    editor = window.editor
    assert not editor.risk_note.isVisible()
    reporting = editor.form.choice_fields["needs_reporting"].buttons
    qtbot.mouseClick(reporting["unsure"], Qt.MouseButton.LeftButton)  # the common case: softer
    assert editor.risk_note.isVisible()
    assert "Ask the nurse in charge or your manager" in editor.risk_note.message_label.text()
    qtbot.mouseClick(reporting["no"], Qt.MouseButton.LeftButton)
    assert not editor.risk_note.isVisible()
    qtbot.mouseClick(reporting["yes"], Qt.MouseButton.LeftButton)
    assert editor.risk_note.isVisible()
    assert "report it through your workplace's routine" in editor.risk_note.message_label.text()
    qtbot.mouseClick(editor.risk_note.dismiss_button, Qt.MouseButton.LeftButton)
    assert not editor.risk_note.isVisible()
    qtbot.keyClicks(editor.form.text_fields["situation"], "still writing")  # never blocked
    assert editor.form.values()["situation"] == "still writing"


def test_prompt_panel_another_and_insert_as_heading(qtbot, window, library, journal):
    qtbot.mouseClick(
        window.today_page.kind_buttons[Kind.CLOSENESS_DISTANCE], Qt.MouseButton.LeftButton
    )
    panel = window.editor.prompt_panel
    first = panel.prompt
    assert (first is not None and Kind.CLOSENESS_DISTANCE in first.kinds) or first.subtheme in (
        "closeness_and_distance",
        "building_relationships",
    )
    qtbot.mouseClick(panel.another_button, Qt.MouseButton.LeftButton)
    assert panel.prompt.id != first.id
    qtbot.mouseClick(panel.insert_button, Qt.MouseButton.LeftButton)
    assert window.editor.text_field.toPlainText().startswith(panel.prompt.text)
    qtbot.keyClicks(window.editor.text_field, "My answer")
    stored = window.editor.save()
    answered = [h for h in journal.prompt_history() if h.shown_as.value == "answered"]
    assert [(h.prompt_id, h.entry_uuid) for h in answered] == [(panel.prompt.id, stored.uuid)]


def test_prompt_of_the_day_starts_an_entry_with_it(qtbot, window, library):
    today = window.today_page
    qtbot.mouseClick(today.prompt_button, Qt.MouseButton.LeftButton)
    prompt = library.prompt(today.prompt_id)
    assert window.editor.text_field.toPlainText().startswith(prompt.text)
    assert window.editor.prompt_panel.prompt.id == prompt.id
    assert not window.editor.is_dirty


def test_prompt_library_starts_an_entry(qtbot, window, library):
    window.show_page(PROMPTS)
    view = window.prompt_view
    view.prompt_list.setCurrentRow(0)
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == WRITE
    assert window.editor.text_field.toPlainText().startswith(view.current_prompt().text)


def test_date_can_be_yesterday(qtbot, window, journal):
    qtbot.mouseClick(
        window.today_page.kind_buttons[Kind.SHIFT_REFLECTION], Qt.MouseButton.LeftButton
    )
    editor = window.editor
    editor.date_edit.setDate(editor.date_edit.date().addDays(-1))
    qtbot.keyClicks(editor.text_field, "written the day after")
    editor.save()
    assert journal.entries().entries[0].occurred_on == journal.today() - timedelta(days=1)


def test_has_that_been_done_is_asked_only_after_yes_or_unsure(qtbot, window, journal):
    qtbot.mouseClick(
        window.today_page.kind_buttons[Kind.LOYALTY_CONFLICT], Qt.MouseButton.LeftButton
    )
    form = window.editor.form
    done = form.choice_fields["reporting_done"]
    assert not done.isVisible() and not form.questions["reporting_done"].isVisible()
    qtbot.mouseClick(
        form.choice_fields["needs_reporting"].buttons["yes"], Qt.MouseButton.LeftButton
    )
    assert done.isVisible() and form.questions["reporting_done"].isVisible()
    qtbot.mouseClick(done.buttons["not_yet"], Qt.MouseButton.LeftButton)
    # Changing the answer to "No" takes the follow-up question, and its answer, away.
    qtbot.mouseClick(form.choice_fields["needs_reporting"].buttons["no"], Qt.MouseButton.LeftButton)
    assert not done.isVisible()
    qtbot.keyClicks(form.text_fields["situation"], "Ward round")
    qtbot.keySequence(window.editor, QKeySequence.StandardKey.Save)
    [saved] = journal.entries().entries
    assert saved.fields == {"situation": "Ward round", "needs_reporting": "no"}


def test_a_new_or_opened_entry_starts_at_its_top_with_the_title_focused(qtbot, window, journal):
    from reflect.domain.entry import new_entry

    window.resize(1024, 600)  # a laptop screen: the form is taller than the window
    window.write_new(Kind.LOYALTY_CONFLICT.value, None)
    qtbot.waitUntil(
        lambda: window.editor.form_scroll.verticalScrollBar().maximum() > 0, timeout=2000
    )
    window.editor.form_scroll.verticalScrollBar().setValue(
        window.editor.form_scroll.verticalScrollBar().maximum()
    )
    window.editor.discard_changes()
    stored = journal.save_entry(new_entry(Kind.SHIFT_REFLECTION, journal.today(), text="x"))
    for start in (
        lambda: window.write_new(Kind.CLOSENESS_DISTANCE.value, None),
        lambda: window.open_entry(stored.uuid),
    ):
        window.editor.form_scroll.verticalScrollBar().setValue(
            window.editor.form_scroll.verticalScrollBar().maximum()
        )
        start()
        assert window.editor.form_scroll.verticalScrollBar().value() == 0
        assert (
            window.editor.title_field.hasFocus()
            or window.focusWidget() is window.editor.title_field
        )


def test_a_tag_chosen_with_down_and_enter_is_added_once(qtbot, window, journal):
    from reflect.domain.entry import new_entry

    journal.save_entry(
        new_entry(Kind.SHIFT_REFLECTION, journal.today(), text="x", tags=["stigma", "tired"])
    )
    window.write_new(Kind.SHIFT_REFLECTION.value, None)
    field = window.editor.sharing.tag_field
    field.set_known_tags(["stigma", "tired"])
    window.activateWindow()
    field.setFocus()
    qtbot.keyClicks(field, "stigma, ti")
    popup = field.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert field.text() == "stigma, tired, "
    qtbot.keyClicks(field, "Tired")  # the same tag typed again, in another case
    assert window.editor.state().tags == ("stigma", "tired")


def test_tag_completion_offers_known_tags(qtbot, window, journal):
    from reflect.domain.entry import new_entry

    journal.save_entry(
        new_entry(Kind.SHIFT_REFLECTION, journal.today(), text="x", tags=["medication"])
    )
    window.write_new(Kind.SHIFT_REFLECTION.value, None)
    field = window.editor.sharing.tag_field
    qtbot.keyClicks(field, "night, med")
    completer = field.completer()
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "night, medication, "
    assert completer.popup().isVisible()
    # Choosing the completion puts the whole list back in the field (Qt then
    # calls setText with this string).
    field.setText(completer.currentCompletion())
    assert window.editor.state().tags == ("night", "medication")
