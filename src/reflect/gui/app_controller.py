"""Owns the open journal, the language and the main window for one run of the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from reflect.app.journal import Journal
from reflect.app.prompt_library import PromptLibrary, load_catalogue
from reflect.gui.i18n import Translations
from reflect.gui.main_window import MainWindow
from reflect.gui.preferences import Preferences


class AppController:
    def __init__(self, app: QApplication, preferences: Preferences) -> None:
        self.app = app
        self.preferences = preferences
        self.translations = Translations()
        self.translations.apply(preferences.language)
        self.journal: Journal | None = None
        self.window: MainWindow | None = None
        app.aboutToQuit.connect(self.shut_down)

    def open_journal(self, journal_path: Path) -> bool:
        """First run or unlock; False when the person cancelled."""
        from reflect.gui.create_dialog import CreateJournalDialog
        from reflect.gui.unlock_dialog import UnlockDialog

        dialog = (
            UnlockDialog(journal_path) if journal_path.exists() else CreateJournalDialog(journal_path)
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.journal is None:
            return False
        self.journal = dialog.journal
        return True

    def show_main_window(self) -> MainWindow:
        library = PromptLibrary(self.journal, load_catalogue(self.translations.language))
        window = MainWindow(self.journal, library, self.preferences.language)
        window.language_change_requested.connect(self.change_language)
        geometry = self.preferences.window_geometry
        if geometry is not None:
            window.restoreGeometry(geometry)
        self.window = window
        window.show()
        return window

    def change_language(self, setting: str) -> None:
        """Switch language now: new translators, and the window built again in them."""
        self.preferences.language = setting
        self.translations.apply(setting)
        old = self.window
        self.preferences.window_geometry = old.saveGeometry()
        self.show_main_window()
        old.clear_journal_text()
        old.hide()
        old.deleteLater()

    def shut_down(self) -> None:
        if self.window is not None:
            self.preferences.window_geometry = self.window.saveGeometry()
            self.window.clear_journal_text()
        self.preferences.sync()
        if self.journal is not None:
            self.journal.close()
            self.journal = None
