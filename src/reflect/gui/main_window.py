"""The journal's main window: recent entries and the prompt library."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from reflect.app.journal import Journal
from reflect.app.prompt_library import PromptLibrary
from reflect.gui.i18n import LANGUAGE_CHOICES
from reflect.gui.labels import kind_label
from reflect.gui.prompt_library_view import PromptLibraryView

RECENT = 200


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)

    def __init__(self, journal: Journal, library: PromptLibrary, language_setting: str) -> None:
        super().__init__()
        self.journal = journal
        self.setWindowTitle("Reflect")

        self.summary_label = QLabel()
        self.prompt_of_day_label = QLabel()
        self.prompt_of_day_label.setWordWrap(True)
        self.entry_list = QListWidget()
        self.entry_list.setAccessibleName(self.tr("Recent entries"))
        journal_page = QWidget()
        journal_layout = QVBoxLayout(journal_page)
        journal_layout.addWidget(self.prompt_of_day_label)
        journal_layout.addWidget(self.summary_label)
        journal_layout.addWidget(self.entry_list)

        self.prompt_view = PromptLibraryView(library, can_start_entries=False)
        self.tabs = QTabWidget()
        self.tabs.addTab(journal_page, self.tr("Journal"))
        self.tabs.addTab(self.prompt_view, self.tr("Prompts"))
        self.setCentralWidget(self.tabs)
        self._build_menus(language_setting)
        self.resize(960, 640)

        prompt = library.prompt_of_the_day()
        if prompt is not None:
            self.prompt_of_day_label.setText(
                self.tr("Prompt of the day: {prompt}").format(prompt=prompt.text)
            )
        self.reload()

    def _build_menus(self, language_setting: str) -> None:
        menu = self.menuBar().addMenu(self.tr("&Reflect"))
        language_menu = menu.addMenu(self.tr("&Language"))
        self.language_actions = QActionGroup(self)
        for code, label in LANGUAGE_CHOICES:
            action = QAction(QCoreApplication.translate("Language", label), self)
            action.setCheckable(True)
            action.setChecked(code == language_setting)
            action.setData(code)
            self.language_actions.addAction(action)
            language_menu.addAction(action)
        self.language_actions.triggered.connect(
            lambda action: self.language_change_requested.emit(action.data())
        )
        menu.addSeparator()
        self.quit_action = menu.addAction(self.tr("&Quit"))
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

    def reload(self) -> None:
        total = self.journal.count_entries()
        if total:
            self.summary_label.setText(
                self.tr("Entries in your journal: {count}").format(count=QLocale().toString(total))
            )
        else:
            self.summary_label.setText(
                self.tr("No entries yet. Add one with 'reflect add' in a terminal.")
            )
        self.entry_list.clear()
        locale = QLocale()
        for entry in self.journal.entries(limit=RECENT).entries:
            day = locale.toString(entry.occurred_on, QLocale.FormatType.ShortFormat)
            self.entry_list.addItem(f"{day} · {kind_label(entry.kind)} · {entry.display_title}")

    def clear_journal_text(self) -> None:
        self.entry_list.clear()
        self.prompt_of_day_label.clear()
