"""Choosing Svenska in the menu switches the whole window, and is remembered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reflect.app.prompt_library import load_catalogue
from reflect.domain.entry import new_entry
from reflect.domain.kinds import Kind
from reflect.gui.app_controller import AppController
from reflect.gui.preferences import Preferences


def language_action(window, code):
    return next(a for a in window.language_actions.actions() if a.data() == code)


def test_switching_to_swedish_and_back(qtbot, qapp, journal, tmp_path, translations):
    journal.save_entry(new_entry(Kind.STIGMA_INCIDENT, journal.today(), text="secret canary words"))
    settings_file = tmp_path / "settings.ini"
    controller = AppController(qapp, Preferences(settings_file))
    controller.translations.apply("en")
    controller.journal = journal
    window = controller.show_main_window()
    qtbot.addWidget(window)
    assert window.tabs.tabText(1) == "Prompts"

    language_action(window, "sv").trigger()
    swedish = controller.window
    qtbot.addWidget(swedish)
    assert swedish is not window and window.entry_list.count() == 0
    assert swedish.tabs.tabText(1) == "Reflektionsfrågor"
    swedish_kind = QCoreApplication.translate("EntryKinds", "Stigma incident")
    assert swedish_kind != "Stigma incident"
    assert swedish_kind in swedish.entry_list.item(0).text()
    assert swedish.prompt_view.topic_title.text() == load_catalogue("sv").themes["stigma"].name
    controller.preferences.sync()
    stored = settings_file.read_text(encoding="utf-8")
    assert "language=sv" in stored
    assert "canary" not in stored

    language_action(swedish, "system").trigger()
    qtbot.addWidget(controller.window)
    controller.preferences.sync()
    assert "language=" not in settings_file.read_text(encoding="utf-8")
    controller.journal = None  # the journal fixture closes it
