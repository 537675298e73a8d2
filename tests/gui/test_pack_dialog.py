"""The pack dialog keeps its promise: what was removed stays removed, and leaving an identifier
in is a deliberate choice. Driven with the mouse and keys, then checked in the written files."""

from __future__ import annotations

import unicodedata
from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reflect.app.supervision import record_session, set_watch_list
from reflect.domain.entry import Share, new_entry
from reflect.domain.identifiers import find_identifiers
from reflect.domain.kinds import Kind
from reflect.gui.main_window import SUMMARIES

PRIVATE = "privatkanarie"
SUMMARY_ONLY = "sammanfattningskanarie"
WATCH = ["Kim Berg"]


@pytest.fixture
def dialog(qtbot, window, journal):
    day = journal.today() - timedelta(days=2)
    set_watch_list(journal, WATCH)
    journal.save_entry(
        new_entry(
            Kind.STIGMA_INCIDENT,
            day,
            title=PRIVATE,
            text=PRIVATE,
            tags=[PRIVATE],
            supervision_question=PRIVATE,
        )
    )
    journal.save_entry(
        new_entry(
            Kind.LOYALTY_CONFLICT,
            day,
            text=f"{SUMMARY_ONLY} first words",
            fields={"situation": SUMMARY_ONLY},
            tags=[SUMMARY_ONLY],
            share=Share.SUMMARY,
            supervision_question="Whose side am I on?",
        )
    )
    journal.save_entry(
        new_entry(
            Kind.MEANINGFUL_MOMENT,
            day,
            title="A good talk",
            share=Share.FULL,
            text="Kim Berg ringde från 070-123 45 67. Det betydde mycket.",
            tags=["811218-9876"],
            supervision_question="What made it work?",
        )
    )
    journal.check_in(4, 3, 2)
    record_session(journal, day - timedelta(days=3), "notes", ["Call Storgatan 12"])
    window.show_page(SUMMARIES)
    opened = window.summaries_page.open_pack_dialog()
    qtbot.waitExposed(opened)
    yield opened
    opened.close()


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_hit(qtbot, dialog, row):
    item = dialog.hits_list.item(row)
    dialog.hits_list.scrollToItem(item)
    qtbot.mouseClick(
        dialog.hits_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.hits_list.visualItemRect(item).center(),
    )


def identifiers_in_preview(dialog):
    return find_identifiers(dialog.preview.toPlainText(), WATCH)


def test_removals_survive_ticking_and_unticking_sections(qtbot, dialog):
    """The walk: after "Replace all", ticking another section brought the identifiers back."""
    assert dialog.hits_list.count() == 4
    click(qtbot, dialog.redact_all_button)
    assert dialog.hits_list.count() == 0 and identifiers_in_preview(dialog) == []
    for name in (
        "include_wellbeing",
        "include_entries",
        "include_entries",
        "include_actions",
        "include_actions",
        "include_themes",
    ):
        click(qtbot, dialog.option_boxes[name])
        assert dialog.hits_list.count() == 0, name
        assert identifiers_in_preview(dialog) == [], name
    assert "[…]" in dialog.preview.toPlainText()


def test_one_removal_survives_a_rebuild_and_the_others_stay_listed(qtbot, dialog):
    click_hit(qtbot, dialog, 1)
    chosen = dialog.hits_list.item(1).text()
    click(qtbot, dialog.redact_one_button)
    click(qtbot, dialog.option_boxes["include_wellbeing"])
    texts = [dialog.hits_list.item(i).text() for i in range(dialog.hits_list.count())]
    assert chosen not in texts and len(texts) == 3


def test_clicking_a_hit_selects_it_in_the_preview(qtbot, dialog):
    for row in range(dialog.hits_list.count()):
        click_hit(qtbot, dialog, row)
        wanted = dialog.hits_list.item(row).data(Qt.ItemDataRole.UserRole).hit.text
        assert dialog.preview.textCursor().selectedText() == wanted


def answer_with_key(key, seen):
    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.defaultButton() is box.button(QMessageBox.StandardButton.No))
            box.setFocus()
            from PySide6.QtTest import QTest

            QTest.keyClick(box, key)
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


def test_export_anyway_defaults_to_no(qtbot, dialog, tmp_path):
    seen: list[bool] = []
    answer_with_key(Qt.Key.Key_Return, seen)  # a tired Enter keeps the pack at home
    assert not dialog.export_to(tmp_path / "pack.md", "md")
    assert seen == [True]
    assert not (tmp_path / "pack.md").exists()


@pytest.mark.parametrize("export_format", ["md", "html", "pdf"])
def test_every_format_from_the_window_carries_only_what_was_chosen(
    qtbot, dialog, tmp_path, journal, export_format
):
    click(qtbot, dialog.option_boxes["include_wellbeing"])
    click(qtbot, dialog.redact_all_button)
    path = tmp_path / f"pack.{export_format}"
    assert dialog.export_to(path, export_format)
    if export_format == "pdf":
        text = unicodedata.normalize(
            "NFKC", " ".join(p.extract_text() for p in PdfReader(path).pages)
        )
        text = " ".join(text.split())
    else:
        text = path.read_text(encoding="utf-8")
    assert PRIVATE not in text and SUMMARY_ONLY not in text
    assert find_identifiers(text, WATCH) == []
    for leaked in ("070-123", "811218", "Storgatan", "Kim"):
        assert leaked not in text
    assert "Whose side am I on?" in text and "Det betydde mycket." in text
    assert "first words" not in text  # no title made from a summary-only entry's text
