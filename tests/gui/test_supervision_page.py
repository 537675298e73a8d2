"""The Supervision page: the agreement, a session's time, actions carried until done,
and a pack for a group session, used with keys and clicks."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt

from reflect.app.supervision import agreement, record_session
from reflect.domain.entry import Share, new_entry
from reflect.domain.kinds import Kind
from reflect.domain.supervision import ActionStatus, SessionForm
from reflect.gui.main_window import SUMMARIES, SUPERVISION
from tests.gui.people import choose, open_item


def test_the_agreement_is_written_in_own_words_and_kept(qtbot, window, journal):
    open_item(window.navigation, SUPERVISION)
    form = window.supervision_page.agreement
    qtbot.keyClicks(form.fields["supervisor"], "Maria, psychologist")
    qtbot.keyClicks(form.fields["how_often"], "Every third week")
    choose(form.form_box, "both")
    qtbot.keyClicks(form.fields["confidentiality"], "It stays in the room, unless there is a risk.")
    qtbot.mouseClick(form.review_box, Qt.MouseButton.LeftButton)
    form.review_edit.setFocus()
    qtbot.keyClicks(form.review_edit, "2026-09-01")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    kept = agreement(journal)
    assert kept.supervisor == "Maria, psychologist" and kept.form == "both"
    assert kept.confidentiality == "It stays in the room, unless there is a risk."
    assert kept.review_on is not None
    assert form.status.text() == "The agreement is kept in your journal."
    form.clear_journal_text()
    form.load()  # as after unlocking again
    assert form.fields["how_often"].text() == "Every third week"


def test_a_session_with_its_length_and_form_is_logged_and_totalled(qtbot, window, journal):
    open_item(window.navigation, SUPERVISION)
    page = window.supervision_page
    qtbot.mouseClick(page.session_button, Qt.MouseButton.LeftButton)
    dialog = page.session_dialog
    dialog.date_edit.setDate(QDate(journal.today() - timedelta(days=3)))
    dialog.minutes_field.selectAll()
    qtbot.keyClicks(dialog.minutes_field, "90")
    choose(dialog.form_box, SessionForm.GROUP.value)
    qtbot.keyClicks(dialog.actions_field, "Ask for a job description")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [session] = journal.sessions()
    assert (session.minutes, session.form) == (90, SessionForm.GROUP)
    assert "1 h 30 min · In a group" in page.sessions_list.item(0).text()
    assert "The last four weeks: 1 session, 1 h 30 min: 1 h 30 min in a group." in (
        page.time_label.text()
    )


def test_an_action_is_marked_under_way_then_done_with_the_keyboard_and_buttons(
    qtbot, window, journal
):
    record_session(journal, journal.today() - timedelta(days=40), "", ["Book a walk"], 60)
    record_session(journal, journal.today() - timedelta(days=7), "", ["Talk to the nurse"], 60)
    open_item(window.navigation, SUPERVISION)
    carried = window.supervision_page.carried
    listing = carried.listing
    assert listing.count() == 2  # the older session's action is carried too
    listing.setFocus()
    qtbot.keyClick(listing, Qt.Key.Key_Home)
    assert listing.currentItem().text().startswith("Book a walk")
    qtbot.mouseClick(carried.buttons[ActionStatus.UNDER_WAY], Qt.MouseButton.LeftButton)
    assert journal.sessions()[1].actions[0].status is ActionStatus.UNDER_WAY
    assert listing.item(0).text().endswith("Under way")
    qtbot.mouseClick(carried.buttons[ActionStatus.DONE], Qt.MouseButton.LeftButton)
    done = journal.sessions()[1].actions[0]
    assert (done.status, done.done_on) == (ActionStatus.DONE, journal.today())
    assert not carried.buttons[ActionStatus.DONE].isEnabled()  # it is done already


def test_the_pack_for_a_group_session_shows_the_questions_only(qtbot, window, journal):
    journal.save_entry(
        new_entry(
            Kind.LOYALTY_CONFLICT,
            journal.today() - timedelta(days=2),
            title="Ward round",
            text="The whole story",
            share=Share.FULL,
            supervision_question="Whose side was I on?",
        )
    )
    record_session(journal, journal.today() - timedelta(days=30), "", ["Book a walk"], 60)
    window.show_page(SUMMARIES)
    dialog = window.summaries_page.open_pack_dialog()
    preview = dialog.preview
    assert "The whole story" in preview.toPlainText()
    assert "Book a walk" in preview.toPlainText()  # carried, with its status
    qtbot.mouseClick(dialog.option_boxes["group_session"], Qt.MouseButton.LeftButton)
    shown = preview.toPlainText()
    assert "Whose side was I on? (Loyalty conflict)" in shown
    assert "The whole story" not in shown and "Book a walk" not in shown
    assert not dialog.option_boxes["include_entries"].isEnabled()
    dialog.close()
