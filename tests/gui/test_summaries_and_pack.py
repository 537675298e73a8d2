"""The Summaries page and the supervision pack dialog, used like a person would."""

from __future__ import annotations

import unicodedata
from datetime import timedelta

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from reflect.app.supervision import set_watch_list
from reflect.domain.entry import Share, new_entry
from reflect.domain.identifiers import find_identifiers
from reflect.domain.kinds import Kind
from reflect.gui.main_window import SETTINGS, SUMMARIES, WRITE
from tests.gui.people import choose, open_item, pause_after_typing


def test_summaries_show_the_period(qtbot, window, journal):
    journal.save_entry(
        new_entry(
            Kind.STIGMA_INCIDENT,
            journal.today() - timedelta(days=1),
            text="x",
            fields={"source": "language"},
            intensity=4,
        )
    )
    journal.save_entry(
        new_entry(
            Kind.LOYALTY_CONFLICT,
            journal.today() - timedelta(days=40),
            text="old",
            share=Share.FULL,
            supervision_question="Old question?",
        )
    )
    journal.check_in(2, 3, 4)
    window.show_page(SUMMARIES)
    page = window.summaries_page
    choose(page.period_box, "four_weeks")
    assert "Entries: 1" in page.figures_label.text()
    assert "Meeting stigma: 1" in page.figures_label.text()
    # First in sentences, with the figures inside them, in the English plural forms.
    said = page.words_label.text()
    assert "You wrote 1 entry." in said
    assert "In 1 check-in your mood was on the low side (2 of 5)" in said
    assert "stress was fairly high (4)" in said
    assert "Stigma came up 1 time, from: language" in said
    assert [r[0] for r in page.themes_chart.table.rows] == ["Experience of stigma"]
    assert len(page.wellbeing_chart.table.rows) == 1
    choose(page.period_box, "custom")
    page.from_edit.setDate(QDate(journal.today() - timedelta(days=60)))
    assert "Entries: 2" in page.figures_label.text()
    assert "Old question?" in page.flagged_list.item(0).text()
    open_item(page.flagged_list, 0)
    assert window.stack.currentIndex() == WRITE


def test_my_summary_note_is_kept_per_period(qtbot, window, journal):
    window.show_page(SUMMARIES)
    page = window.summaries_page
    choose(page.period_box, "week")
    qtbot.keyClicks(page.note_field, "A heavy week, but I asked for help.")
    qtbot.waitUntil(lambda: journal.period_note(page.period) != "", timeout=3000)
    choose(page.period_box, "four_weeks")
    assert page.note_field.toPlainText() == ""
    choose(page.period_box, "week")
    assert page.note_field.toPlainText() == "A heavy week, but I asked for help."


def test_a_note_typed_just_before_closing_is_kept(qtbot, window, journal):
    from reflect.app.supervision import period_note

    window.show_page(SUMMARIES)
    page = window.summaries_page
    qtbot.keyClicks(page.note_field, "Written just before quitting.")
    assert page.note_timer.isActive()  # not saved yet: it waits for a pause in typing
    window.close()
    assert period_note(journal, page.period) == "Written just before quitting."


def test_record_a_session_and_since_last_supervision(qtbot, window, journal):
    window.show_page(SUMMARIES)
    page = window.summaries_page
    qtbot.mouseClick(page.session_button, Qt.MouseButton.LeftButton)
    dialog = page.session_dialog
    dialog.date_edit.setDate(QDate(journal.today() - timedelta(days=5)))
    qtbot.keyClicks(dialog.notes_field, "About closeness.")
    qtbot.keyClicks(dialog.actions_field, "Ask for a job description")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [session] = journal.sessions()
    assert (
        session.notes == "About closeness."
        and session.actions[0].text == "Ask for a job description"
    )
    choose(page.period_box, "since_supervision")
    assert page.period.start == journal.today() - timedelta(days=4)
    assert "Ask for a job description" in page.session_label.text()


def test_preview_redact_all_then_export_has_no_identifiers(qtbot, window, journal, tmp_path):
    set_watch_list(journal, ["Kim"])
    journal.save_entry(
        new_entry(
            Kind.MEANINGFUL_MOMENT,
            journal.today() - timedelta(days=1),
            share=Share.FULL,
            text="Kim, född 19811218-9876, mejlade kim@example.se och bor på Kungsvägen 3B.",
            supervision_question="Hur går jag vidare?",
        )
    )
    journal.save_entry(new_entry(Kind.STIGMA_INCIDENT, journal.today(), text="privat text 4711"))
    window.show_page(SUMMARIES)
    page = window.summaries_page
    choose(page.period_box, "four_weeks")
    dialog = page.open_pack_dialog()
    qtbot.waitExposed(dialog)
    preview = dialog.preview.toPlainText()
    assert "Kungsvägen 3B" in preview and "privat text 4711" not in preview
    assert dialog.hits_list.count() >= 5
    before = dialog.hits_list.count()
    dialog.hits_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.redact_one_button, Qt.MouseButton.LeftButton)
    assert dialog.hits_list.count() == before - 1
    qtbot.mouseClick(dialog.redact_all_button, Qt.MouseButton.LeftButton)
    assert dialog.hits_list.count() == 0
    assert "[…]" in dialog.preview.toPlainText()
    path = tmp_path / "pack.pdf"
    assert dialog.export_to(path, "pdf")
    text = unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in PdfReader(path).pages))
    assert find_identifiers(text, ["Kim"]) == []
    assert "Hur går jag vidare?" in " ".join(text.split())
    assert "4711" not in text
    [record] = journal.exports()
    assert record.format == "pdf" and record.entry_count == 1
    dialog.close()


def test_an_export_of_a_thousand_entries_shows_progress(qtbot, window, journal, tmp_path):
    day = journal.today() - timedelta(days=1)
    journal.add_entries(
        [
            new_entry(Kind.SHIFT_REFLECTION, day, text=f"Shared entry number {i}", share=Share.FULL)
            for i in range(1000)
        ]
    )
    window.show_page(SUMMARIES)
    dialog = window.summaries_page.open_pack_dialog()
    values = []
    path = tmp_path / "big.md"
    from PySide6.QtWidgets import QProgressDialog

    original_set_value = QProgressDialog.setValue

    def record(self, value):
        values.append(value)
        original_set_value(self, value)

    QProgressDialog.setValue = record
    try:
        assert dialog.export_to(path, "md")
    finally:
        QProgressDialog.setValue = original_set_value
    assert dialog.progress.maximum() == 1000
    assert values[0] == 1 and values[-1] == 1000 and len(values) >= 1000
    assert "Shared entry number 999" in path.read_text(encoding="utf-8")
    dialog.close()


def test_watch_list_from_settings_underlines_in_the_editor(qtbot, window, journal):
    window.show_page(SETTINGS)
    page = window.settings_page
    qtbot.keyClicks(page.watch_field, "Kim")
    qtbot.keyClick(page.watch_field, Qt.Key.Key_Return)
    page.watch_field.insertPlainText(
        "Åsa Berg"
    )  # QTest types ASCII only; an input method does the rest
    qtbot.mouseClick(page.watch_save_button, Qt.MouseButton.LeftButton)
    assert journal.setting("watch_list") == ["Kim", "Åsa Berg"]
    window.write_new(Kind.SHIFT_REFLECTION.value, None)
    qtbot.keyClicks(window.editor.text_field, "Pratade med Kim i dag.")
    pause_after_typing(qtbot, window.editor)
    assert window.editor.identifier_hint.isVisible()
    assert "Kim" in window.editor.identifier_hint.text()
    block = window.editor.text_field.document().firstBlock()
    formats = block.layout().formats()
    assert any(f.format.underlineStyle() != f.format.underlineStyle().NoUnderline for f in formats)
