"""Choosing Svenska in Settings switches the whole window at once, and is remembered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reflect.app.prompt_library import load_catalogue
from reflect.domain.entry import new_entry
from reflect.domain.kinds import Kind
from reflect.gui.app_controller import AppController
from reflect.gui.main_window import JOURNAL, PROMPTS, SETTINGS
from reflect.present.preferences import Preferences
from tests.gui.people import choose


def test_switching_to_swedish_and_back(qtbot, qapp, journal, journal_path, tmp_path, translations):
    journal.save_entry(new_entry(Kind.STIGMA_INCIDENT, journal.today(), text="secret canary words"))
    settings_file = tmp_path / "settings.ini"
    controller = AppController(qapp, Preferences(settings_file), journal_path)
    controller.translations.apply("en")
    window = controller.show_journal(journal)
    assert window.navigation.item(PROMPTS).text() == "Prompts"
    window.show_page(SETTINGS)

    choose(window.settings_page.language_box, "sv")
    swedish = controller.window
    assert swedish is not window and window.journal_page.model.rowCount() == 0
    assert swedish.navigation.item(PROMPTS).text() == "Reflektionsfrågor"
    assert swedish.stack.currentIndex() == SETTINGS
    swedish.show_page(JOURNAL)
    swedish_kind = QCoreApplication.translate("EntryKinds", "Meeting stigma")
    assert swedish_kind != "Meeting stigma"
    assert swedish.journal_page.count_label.text() == "1 anteckning"
    assert swedish.prompt_view.topic_title.text() == load_catalogue("sv").themes["stigma"].name
    controller.preferences.sync()
    stored = settings_file.read_text(encoding="utf-8")
    assert "language=sv" in stored
    assert "canary" not in stored

    choose(swedish.settings_page.language_box, "system")
    controller.preferences.sync()
    assert "language=" not in settings_file.read_text(encoding="utf-8")
    controller.window.close()
    controller.session.journal = None  # the journal fixture closes it
    controller.shut_down()


def test_unsaved_writing_survives_a_language_switch(
    qtbot, qapp, journal, journal_path, tmp_path, translations
):
    controller = AppController(qapp, Preferences(tmp_path / "s.ini"), journal_path)
    window = controller.show_journal(journal)
    window.write_new(Kind.SHIFT_REFLECTION.value, None)
    qtbot.keyClicks(window.editor.text_field, "half a thought")
    choose(window.settings_page.language_box, "sv")
    editor = controller.window.editor
    assert editor.text_field.toPlainText() == "half a thought"
    assert editor.is_dirty
    editor.save()
    assert journal.entries().entries[0].text == "half a thought"
    assert journal.drafts() == []
    controller.window.close()
    controller.session.journal = None
    controller.shut_down()
