"""The Journal page: search as you type, filters, open, delete and undo."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from reflect.domain.entry import FollowUp, Share, new_entry
from reflect.domain.kinds import Kind
from reflect.domain.paging import EntryRow
from reflect.domain.search import MATCH_START, snippet_parts
from reflect.gui.main_window import JOURNAL, WRITE
from reflect.gui.widgets.roles import ENTRY_ROLE, SNIPPET_ROLE
from tests.gui.conftest import answer_next_message_box
from tests.gui.people import choose, open_item


@pytest.fixture
def filled(journal):
    today = journal.today()
    made = {
        "loyalty": journal.save_entry(
            new_entry(
                Kind.LOYALTY_CONFLICT,
                today - timedelta(days=2),
                title="Ward round",
                text="The medication question again",
                tags=["medication"],
                share=Share.FULL,
            )
        ),
        "stigma": journal.save_entry(
            new_entry(
                Kind.STIGMA_INCIDENT,
                today - timedelta(days=40),
                text="Called a patient at work",
                tags=["language"],
                follow_up=FollowUp.OPEN,
            )
        ),
        "moment": journal.save_entry(
            new_entry(
                Kind.MEANINGFUL_MOMENT,
                today,
                text="Övergrepp named, and then a laugh on the walk",
                tags=["walk"],
                follow_up=FollowUp.RESOLVED,
            )
        ),
    }
    return made


def shown(page):
    return [page.model.entry_at(r).uuid for r in range(page.model.rowCount())]


def test_lists_newest_first_with_count(qtbot, window, filled):
    window.show_page(JOURNAL)
    page = window.journal_page
    page.reload()
    assert shown(page) == [filled["moment"].uuid, filled["loyalty"].uuid, filled["stigma"].uuid]
    assert page.count_label.text() == "3 entries"


def test_search_as_you_type_with_highlight(qtbot, window, filled):
    window.show_page(JOURNAL)
    page = window.journal_page
    page.reload()
    qtbot.keyClicks(page.search_field, "overgrepp")
    assert len(shown(page)) == 3  # debounced: not yet searched
    qtbot.waitUntil(lambda: shown(page) == [filled["moment"].uuid], timeout=2000)
    snippet = page.model.index(0).data(SNIPPET_ROLE)
    assert MATCH_START in snippet
    assert ("Övergrepp", True) in snippet_parts(snippet)
    assert page.count_label.text() == "1 entry"
    page.search_field.clear()
    qtbot.waitUntil(lambda: len(shown(page)) == 3, timeout=2000)


def test_the_beginning_of_a_word_finds_it_while_typing(qtbot, window, filled):
    window.show_page(JOURNAL)
    page = window.journal_page
    page.reload()
    qtbot.keyClicks(page.search_field, "overg")  # half a word, without its ring
    qtbot.waitUntil(lambda: shown(page) == [filled["moment"].uuid], timeout=2000)
    assert ("Övergrepp", True) in snippet_parts(page.model.index(0).data(SNIPPET_ROLE))
    qtbot.keyClicks(page.search_field, "eppen")  # past the end of every word: nothing
    qtbot.waitUntil(lambda: shown(page) == [], timeout=2000)


@pytest.mark.parametrize(
    ("combo", "value", "expected"),
    [
        ("kind_filter", "stigma_incident", ["stigma"]),
        ("subtheme_filter", "loyalty_conflicts", ["loyalty"]),
        ("tag_filter", "walk", ["moment"]),
        ("period_filter", "week", ["moment", "loyalty"]),
        ("share_filter", "summary,full", ["loyalty"]),
        ("share_filter", "private", ["moment", "stigma"]),
        ("follow_up_filter", "open", ["stigma"]),
        ("follow_up_filter", "resolved", ["moment"]),
    ],
)
def test_each_filter(qtbot, window, filled, combo, value, expected):
    window.show_page(JOURNAL)
    page = window.journal_page
    page.reload()
    choose(getattr(page.filter_bar, combo), value)
    assert shown(page) == [filled[name].uuid for name in expected]
    qtbot.mouseClick(page.filter_bar.reset_button, Qt.MouseButton.LeftButton)
    assert len(shown(page)) == 3


def test_custom_date_range(qtbot, window, filled, journal):
    window.show_page(JOURNAL)
    bar = window.journal_page.filter_bar
    choose(bar.period_filter, "custom")
    assert bar.from_edit.isVisible() and bar.to_edit.isVisible()
    from PySide6.QtCore import QDate

    bar.from_edit.setDate(QDate(journal.today() - timedelta(days=50)))
    bar.to_edit.setDate(QDate(journal.today() - timedelta(days=30)))
    assert shown(window.journal_page) == [filled["stigma"].uuid]


def test_an_entry_opened_from_the_journal_is_read_first_then_edited(qtbot, window, filled):
    """Issue 16: an entry can be read without a cursor in it; Edit when the writer means to."""
    window.show_page(JOURNAL)
    page = window.journal_page
    page.reload()
    window.activateWindow()
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Down)
    qtbot.keyClick(page.list_view, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == JOURNAL and page.is_reading
    shown_text = page.reader.text_view.toPlainText()
    assert "Ward round" in shown_text and "The medication question again" in shown_text
    assert "For supervision: the whole entry." in shown_text
    assert page.reader.text_view.isReadOnly()
    qtbot.keyClicks(page.reader.text_view, "typed by mistake")
    assert "typed by mistake" not in page.reader.text_view.toPlainText()
    assert window.print_action.isEnabled()
    qtbot.keyClick(page.reader.text_view, Qt.Key.Key_Escape)  # back, the same entry chosen
    assert not page.is_reading and page.current_entry().uuid == filled["loyalty"].uuid
    assert page.list_view.hasFocus() and not window.print_action.isEnabled()
    assert page.reader.text_view.toPlainText() == ""
    qtbot.keyClick(page.list_view, Qt.Key.Key_Return)
    qtbot.keyClick(page.reader.text_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == WRITE
    assert window.editor.title_field.text() == "Ward round"
    qtbot.mouseClick(window.editor.close_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == JOURNAL and not page.is_reading
    assert page.current_entry().uuid == filled["loyalty"].uuid


def test_delete_with_confirmation_then_undo(qtbot, window, filled, journal):
    window.show_page(JOURNAL)
    page = window.journal_page
    page.reload()
    page.list_view.setCurrentIndex(page.model.index(0))
    answer_next_message_box(QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert journal.count_entries() == 3

    answer_next_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert journal.count_entries() == 2
    assert filled["moment"].uuid not in shown(page)
    assert page.undo_button.isVisible()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert journal.entry(filled["moment"].uuid) == filled["moment"]
    assert shown(page)[0] == filled["moment"].uuid
    assert not page.undo_button.isVisible()


def test_rows_carry_their_entry(qtbot, window, filled, qtmodeltester):
    page = window.journal_page
    page.reload()
    assert page.model.index(0).data(ENTRY_ROLE) == EntryRow.of(filled["moment"])
    assert page.model.index(0).data() == filled["moment"].display_title
    qtmodeltester.check(page.model)


def test_a_kind_or_a_tag_is_found_by_its_name_as_shown(qtbot, window, filled):
    """Issue 16: "loyal" finds the loyalty conflict though its words never say so."""
    window.show_page(JOURNAL)
    page = window.journal_page
    page.reload()
    qtbot.keyClicks(page.search_field, "loyal")
    qtbot.waitUntil(lambda: shown(page) == [filled["loyalty"].uuid], timeout=2000)
    assert page.count_label.text() == "1 entry"
    page.search_field.clear()
    qtbot.keyClicks(page.search_field, "wal")  # the tag "walk", and the word in the text
    qtbot.waitUntil(lambda: shown(page) == [filled["moment"].uuid], timeout=2000)
    page.search_field.clear()
    qtbot.keyClicks(page.search_field, "stigma called")  # the kind's name and a word
    qtbot.waitUntil(lambda: shown(page) == [filled["stigma"].uuid], timeout=2000)


def test_enter_or_down_in_the_search_box_goes_to_the_results(qtbot, window, filled):
    window.show_page(JOURNAL)
    page = window.journal_page
    page.reload()
    window.activateWindow()
    page.focus_search()
    qtbot.keyClicks(page.search_field, "medic")
    qtbot.keyClick(page.search_field, Qt.Key.Key_Return)  # before the delay: searched at once
    assert shown(page) == [filled["loyalty"].uuid]
    assert page.list_view.hasFocus() and page.list_view.currentIndex().row() == 0
    qtbot.keyClick(page.list_view, Qt.Key.Key_Return)  # and Enter again opens it
    assert page.is_reading and "Ward round" in page.reader.text_view.toPlainText()
    page.focus_search()
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    assert page.list_view.hasFocus()


def test_close_goes_back_to_the_filtered_list_with_the_entry_chosen(qtbot, window, filled):
    window.show_page(JOURNAL)
    page = window.journal_page
    page.reload()
    choose(page.filter_bar.period_filter, "week")
    assert shown(page) == [filled["moment"].uuid, filled["loyalty"].uuid]
    open_item(page.list_view, 1)
    qtbot.mouseClick(page.reader.back_button, Qt.MouseButton.LeftButton)
    assert not page.is_reading and page.current_entry().uuid == filled["loyalty"].uuid
    open_item(page.list_view, 1)
    qtbot.mouseClick(page.reader.edit_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == WRITE
    qtbot.mouseClick(window.editor.close_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == JOURNAL
    assert shown(page) == [filled["moment"].uuid, filled["loyalty"].uuid]  # the filter stays
    assert page.current_entry().uuid == filled["loyalty"].uuid


def test_empty_states_say_what_to_do(qtbot, window, journal):
    window.show_page(JOURNAL)
    page = window.journal_page
    page.reload()
    assert page.empty_label.isVisible() and not page.list_view.isVisible()
    assert "Nothing written yet" in page.empty_label.text()
    journal.save_entry(new_entry(Kind.SHIFT_REFLECTION, journal.today(), text="a quiet shift"))
    page.reload()
    assert page.list_view.isVisible() and not page.empty_label.isVisible()
    qtbot.keyClicks(page.search_field, "zebra")
    qtbot.keyClick(page.search_field, Qt.Key.Key_Return)
    assert "Nothing matches" in page.empty_label.text() and page.empty_label.isVisible()


def test_previews_show_the_writers_words_not_stored_ids(qtbot, window, journal):
    journal.save_entry(
        new_entry(
            Kind.LOYALTY_CONFLICT,
            journal.today(),
            fields={
                "situation": "Ward round talk",
                "where_i_stood": "both",
                "needs_reporting": "no",
            },
        )
    )
    window.show_page(JOURNAL)
    page = window.journal_page
    page.reload()
    preview = page.model.index(0).data(SNIPPET_ROLE)
    assert preview == "Ward round talk"
