"""The main window: navigation between Today, Journal, Write, Prompts and Settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reflect.app.journal import Journal
from reflect.app.prompt_library import PromptLibrary
from reflect.app.search_names import search_names
from reflect.domain.drafts import Draft
from reflect.domain.entry import Entry
from reflect.domain.kinds import Kind
from reflect.gui.help.help_menu import HelpMenu
from reflect.gui.labels import kind_label
from reflect.gui.pages.calendar.calendar_page import CalendarPage
from reflect.gui.pages.journal.journal_page import JournalPage
from reflect.gui.pages.prompts.prompt_library_view import PromptLibraryView
from reflect.gui.pages.settings.settings_page import SettingsPage
from reflect.gui.pages.summaries.summaries_page import SummariesPage
from reflect.gui.pages.supervision.supervision_page import SupervisionPage
from reflect.gui.pages.today.today_page import TodayPage
from reflect.gui.pages.write.autosave import AutosaveController
from reflect.gui.pages.write.entry_editor import EntryEditor
from reflect.gui.pages.write.kind_menu import add_kind_shortcuts, kind_menu
from reflect.gui.reminder import system_tray_available
from reflect.gui.widgets.section_list import SectionList
from reflect.present.preferences import Preferences

TODAY, JOURNAL, CALENDAR, WRITE, PROMPTS, SUMMARIES, SUPERVISION, SETTINGS = range(8)


@dataclass(frozen=True)
class WhereTheWriterWas:
    page: int
    draft_uuid: str | None  # unsaved writing, kept as this draft at the lock
    entry_uuid: str | None  # the saved entry open in the editor


class MainWindow(QMainWindow):
    lock_requested = Signal()
    hide_requested = Signal()
    # What the session acts on, passed up from the settings page so the
    # session never reaches into the window's children.
    language_changed = Signal(str)
    appearance_changed = Signal()
    auto_lock_changed = Signal(int)
    reminder_changed = Signal()
    restore_requested = Signal(str)  # the backup's path

    def __init__(
        self,
        journal: Journal,
        library: PromptLibrary,
        preferences: Preferences,
        *,
        tray_available: Callable[[], bool] = system_tray_available,
    ) -> None:
        super().__init__()
        self.journal = journal
        # The window is built anew in a new language, and its searches with it.
        journal.search_names = search_names(library.catalogue, kind_label)
        self._opened_from = TODAY  # the page an open entry's Close goes back to
        self.setWindowTitle("Reflect")
        self.today_page = TodayPage(journal, library)
        self.journal_page = JournalPage(journal, library)
        self.calendar_page = CalendarPage(journal)
        self.editor = EntryEditor(journal, library)
        self.autosave = AutosaveController(self.editor)
        self.prompt_view = PromptLibraryView(library)
        self.summaries_page = SummariesPage(journal, library)
        self.supervision_page = SupervisionPage(journal)
        self.settings_page = SettingsPage(journal, preferences, tray_available=tray_available)

        self.navigation = SectionList(self.tr("Sections"))
        self.stack = QStackedWidget()
        for label, page in (
            (self.tr("Today"), self.today_page),
            (self.tr("Journal"), self.journal_page),
            (self.tr("Calendar"), self.calendar_page),
            (self.tr("Write"), self.editor),
            (self.tr("Prompts"), self.prompt_view),
            (self.tr("Summaries"), self.summaries_page),
            (self.tr("Supervision"), self.supervision_page),
            (self.tr("Settings"), self.settings_page),
        ):
            self.navigation.addItem(label)
            self.stack.addWidget(page)
        self.demo_banner = QLabel()
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setProperty("look", "banner")
        self.demo_banner.hide()
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.demo_banner)
        layout = QHBoxLayout()
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout)
        self.setCentralWidget(central)
        self._build_actions()
        self.resize(1100, 720)

        self.navigation.currentRowChanged.connect(self._page_chosen)
        self.today_page.new_entry_requested.connect(self.write_new)
        self.today_page.open_entry_requested.connect(self.open_entry)
        self.journal_page.open_entry_requested.connect(self.open_entry)
        self.calendar_page.open_entry_requested.connect(self.open_entry)
        self.journal_page.reading_changed.connect(self._enable_printing)
        self.journal_page.reader.print_requested.connect(self.print_entry)
        self.summaries_page.open_entry_requested.connect(self.open_entry)
        self.prompt_view.start_entry_requested.connect(
            lambda prompt_id, kind: self.write_new(kind, prompt_id)
        )
        self.prompt_view.start_template_requested.connect(self.write_with_template)
        self.editor.saved.connect(self._entry_saved)
        self.editor.closed.connect(self._editor_closed)
        self.settings_page.language_changed.connect(self.language_changed)
        self.settings_page.appearance_changed.connect(self.appearance_changed)
        self.settings_page.auto_lock_changed.connect(self.auto_lock_changed)
        self.settings_page.reminder_changed.connect(self.reminder_changed)
        self.settings_page.backups.restore_requested.connect(self.restore_requested)
        self.navigation.setCurrentRow(TODAY)

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Journal"))
        self.new_action = self._action(
            menu,
            self.tr("&New entry…"),
            QKeySequence.StandardKey.New,
            self.choose_kind_for_new_entry,
        )
        self.save_action = self._action(
            menu, self.tr("&Save"), QKeySequence.StandardKey.Save, self.save
        )
        self.find_action = self._action(
            menu, self.tr("&Find"), QKeySequence.StandardKey.Find, self.find_in_journal
        )
        self.print_action = self._action(
            menu, self.tr("&Print this entry…"), QKeySequence.StandardKey.Print, self.print_entry
        )
        # Straight to the sections from anywhere: keyboard and screen-reader users
        # need not tab back through a whole page.
        self.sections_action = self._action(
            menu, self.tr("Go to the &sections"), QKeySequence("F6"), self.go_to_sections
        )
        menu.addSeparator()
        self.lock_action = self._action(
            menu, self.tr("&Lock"), QKeySequence("Ctrl+L"), self.lock_requested.emit
        )
        self.hide_action = self._action(
            menu, self.tr("&Hide and lock"), QKeySequence("Ctrl+Shift+L"), self.hide_requested.emit
        )
        self.quit_action = self._action(menu, self.tr("&Quit"), QKeySequence("Ctrl+Q"), self.close)
        self.kind_actions = add_kind_shortcuts(self, menu, lambda kind: self.write_new(kind, None))
        self.help = HelpMenu(self)

    def _action(self, menu, text, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # -- moving between pages ----------------------------------------------

    def show_demo_banner(self, passphrase: str) -> None:
        self.demo_banner.setText(
            self.tr(
                "Demo journal: fictional entries in a temporary folder, removed when you quit. "
                "Its passphrase is “{passphrase}”: lock it (Ctrl+L) to see how unlocking works."
            ).format(passphrase=passphrase)
        )
        self.demo_banner.show()
        self.setWindowTitle(self.tr("Reflect — demo"))

    def go_to_sections(self) -> None:
        self.navigation.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_page(self, page: int) -> None:
        self.navigation.setCurrentRow(page)

    def _page_chosen(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self._enable_printing()
        if page == TODAY:
            self.today_page.reload()
        elif page == CALENDAR:
            self.calendar_page.refresh()  # the day chosen stays, as after an entry was closed
        elif page == SUMMARIES:
            self.summaries_page.show_period(self.summaries_page.period)

    def find_in_journal(self) -> None:
        self.show_page(JOURNAL)
        self.journal_page.focus_search()

    # -- writing -----------------------------------------------------------

    def choose_kind_for_new_entry(self) -> None:
        """Ctrl+N: the six kinds at hand; Enter takes a shift reflection, 1–6 any of them."""
        menu = kind_menu(self, lambda kind: self.write_new(kind.value, None))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one menu per Ctrl+N, gone after
        size = menu.sizeHint()
        corner = self.rect().center() - QPoint(size.width() // 2, size.height() // 2)
        menu.popup(self.mapToGlobal(corner))
        menu.setActiveAction(
            next(a for a in menu.actions() if a.data() == Kind.SHIFT_REFLECTION.value)
        )

    def write_new(self, kind: str, prompt_id: str | None) -> bool:
        """False when the writer kept the unsaved writing open instead."""
        if not self.settle_unsaved_changes():
            return False
        self._opened_from = TODAY
        self.editor.start_new(Kind(kind), prompt_id)
        self.show_page(WRITE)
        self.editor.focus_first_field()
        return True

    def write_with_template(self, template_id: str) -> None:
        """A new entry of the template's kind, its questions ready to answer."""
        from reflect.app.templates import TemplateBook

        found = TemplateBook(self.journal).template(template_id)
        if found is None:
            return
        if self.write_new(found.kind.value, None):
            self.editor.use_template(template_id)

    def open_entry(self, uuid: str) -> None:
        if not self.settle_unsaved_changes():
            return
        stored = self.journal.entry(uuid)
        if stored is None:
            return
        # Close goes back where the entry was opened from (the Journal keeps
        # its search and filters), not to Today.
        self._opened_from = self.stack.currentIndex()
        self.editor.open_entry(stored)
        self.show_page(WRITE)
        self.editor.focus_first_field()

    def print_entry(self) -> None:
        """The entry open in the editor (as it stands, unsaved words included) or the reader."""
        from reflect.domain.editor_state import EditorState
        from reflect.gui.entry_printing import print_entry

        page, read = self.stack.currentIndex(), self.journal_page.reader.entry
        if page == WRITE:
            print_entry(self.editor.state(), self)
        elif page == JOURNAL and self.journal_page.is_reading and read is not None:
            print_entry(EditorState.of_entry(read), self)

    def _enable_printing(self) -> None:
        page = self.stack.currentIndex()
        self.print_action.setEnabled(
            page == WRITE or (page == JOURNAL and self.journal_page.is_reading)
        )

    def save(self) -> None:
        if self.stack.currentIndex() == WRITE:
            self.editor.save()

    def _entry_saved(self, _entry: Entry) -> None:
        self.autosave.timer.stop()
        self.journal_page.reload()
        self.today_page.reload()

    def _editor_closed(self) -> None:
        if self.settle_unsaved_changes():
            was_open = self.editor.state().entry_uuid
            back_to, self._opened_from = self._opened_from, TODAY
            self.editor.start_new(Kind.SHIFT_REFLECTION)
            self.show_page(back_to if back_to != WRITE else TODAY)
            if back_to == JOURNAL:
                self.journal_page.select_entry(was_open)

    def settle_unsaved_changes(self) -> bool:
        """Ask what to do with unsaved writing; False means "stay where you are"."""
        if not self.editor.is_dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved writing"),
            self.tr("Save the entry you are writing before going on?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.editor.save() is not None
        if answer == QMessageBox.StandardButton.Discard:
            self.editor.discard_changes()
            return True
        self.show_page(WRITE)
        return False

    # -- leaving -----------------------------------------------------------

    def keep_unsaved_as_draft(self) -> None:
        """Before a lock: whatever is unsaved goes into the journal as a draft."""
        self.autosave.flush()

    def unsaved_draft(self) -> Draft | None:
        """Writing the journal could not take (a full disk, a replaced file), held in memory."""
        return self.editor.unsaved_draft()

    def unsaved_draft_uuid(self) -> str | None:
        """The draft of the writing in the editor, when some of it is unsaved."""
        return self.editor.draft_uuid if self.editor.is_dirty else None

    def open_draft(self, draft: Draft) -> None:
        self.editor.open_draft(draft)
        self.show_page(WRITE)

    def where_the_writer_is(self) -> WhereTheWriterWas:
        """Kept across a lock (ids only, never text), so unlocking goes back there."""
        editor = self.editor
        return WhereTheWriterWas(
            page=self.stack.currentIndex(),
            draft_uuid=self.unsaved_draft_uuid(),
            entry_uuid=editor.state().saved_entry_uuid,
        )

    def go_back_to(self, place: WhereTheWriterWas) -> str | None:
        """Open again what was open before the lock; returns the draft taken up, if any."""
        resumed = None
        draft = next((d for d in self.journal.drafts() if d.uuid == place.draft_uuid), None)
        if draft is not None:
            self.editor.open_draft(draft)
            resumed = draft.uuid
        elif place.entry_uuid and (entry := self.journal.entry(place.entry_uuid)) is not None:
            self.editor.open_entry(entry)
        elif place.page == WRITE:  # what was written there is gone (a restore): start afresh
            self.show_page(TODAY)
            return None
        self.show_page(place.page)
        if place.page == WRITE:
            self.editor.text_field.setFocus()
            self.editor.text_field.moveCursor(self.editor.text_field.textCursor().MoveOperation.End)
        return resumed

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.settle_unsaved_changes():
            self.autosave.stop()
            self.help.close()
            self.summaries_page.save_note()  # a note typed a moment ago is kept, not dropped
            # Nothing the window scheduled (a search, the undo bar, a note
            # save) runs after it closed.
            for timer in self.findChildren(QTimer):
                timer.stop()
            event.accept()
        else:
            event.ignore()

    def retire(self) -> None:
        """The journal closes under the window: nothing of it stays on screen or runs."""
        self.help.close()
        self.clear_journal_text()
        self.autosave.stop()
        self.hide()
        self.deleteLater()

    def clear_journal_text(self) -> None:
        """Empty every widget that shows journal content (lock, language switch)."""
        self.autosave.timer.stop()
        for page in (
            self.today_page,
            self.journal_page,
            self.calendar_page,
            self.editor,
            self.summaries_page,
            self.supervision_page,
            self.settings_page,
        ):
            page.clear_journal_text()
