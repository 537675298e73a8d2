"""One run of the app: unlock, the main window, locking, language and look."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QMessageBox

from reflect.gui.appearance import Appearance
from reflect.gui.clipboard_guard import ClipboardGuard
from reflect.gui.create_dialog import CreateJournalDialog
from reflect.gui.idle_lock import IdleWatcher
from reflect.gui.unlock_dialog import UnlockDialog
from reflect.present.preferences import Preferences
from reflect.present.translations import Translations

if TYPE_CHECKING:
    from reflect.app.journal import Journal
    from reflect.domain.drafts import Draft
    from reflect.gui.draft_restore_dialog import DraftRestoreDialog
    from reflect.gui.main_window import MainWindow, WhereTheWriterWas

# The main window, the journal and its use cases are imported where they are
# first needed: the unlock dialog appears first and they load while the
# person types the passphrase (see bench/run.py, "start to the unlock dialog").


log = logging.getLogger(__name__)


class AppController:
    def __init__(self, app: QApplication, preferences: Preferences, journal_path: Path) -> None:
        self.app = app
        self.preferences = preferences
        self.journal_path = journal_path
        self.translations = Translations()
        self.translations.apply(preferences.language)
        self.appearance = Appearance(app)
        self.appearance.apply(preferences.appearance, preferences.text_scale)
        self.clipboard_guard = ClipboardGuard(app)
        self.journal: Journal | None = None
        self.window: MainWindow | None = None
        self.gate: QDialog | None = None  # the create or unlock dialog while shown
        self.draft_dialog: DraftRestoreDialog | None = None
        self.demo = False  # a demo journal's passphrase is unknown: locking it ends the demo
        self._carried_drafts: list[Draft] = []  # unfinished writing across a restore
        self._place: WhereTheWriterWas | None = None  # what was open at the lock
        self._offered: list[str] = []  # the drafts the drafts dialog lists
        self.idle = IdleWatcher(app, preferences.auto_lock_minutes)
        self.idle.pause()
        self.idle.idle.connect(self.lock)
        app.aboutToQuit.connect(self.shut_down)
        # The operating system suspending the app (sleep, a locked session on
        # platforms that report it) locks the journal too.
        app.applicationStateChanged.connect(self._application_state_changed)

    # -- the way in --------------------------------------------------------

    def start(self) -> QDialog:
        """Show the first-run or unlock dialog; the rest follows when it is accepted."""
        if self.journal_path.exists():
            return self._show_gate(UnlockDialog(self.journal_path))
        return self._show_gate(CreateJournalDialog(self.journal_path))

    @property
    def session_journal(self) -> Journal:
        """The journal while it is open (between an unlock and the next lock)."""
        assert self.journal is not None, "no journal is open"
        return self.journal

    @property
    def session_window(self) -> MainWindow:
        """The window while the journal is open."""
        assert self.window is not None, "no window is open"
        return self.window

    def _show_gate(self, dialog: UnlockDialog | CreateJournalDialog) -> QDialog:
        self.gate = dialog
        dialog.accepted.connect(lambda: self._unlocked(dialog.journal))
        dialog.rejected.connect(self._gate_closed)
        if isinstance(dialog, UnlockDialog):
            dialog.restore_requested.connect(
                lambda backup: self._restore_at_the_gate(dialog, Path(backup))
            )
        dialog.open()
        return dialog

    def _gate_closed(self) -> None:
        self.gate = None
        if self.journal is None:
            self.app.quit()

    def _unlocked(self, journal: Journal | None) -> None:
        """``journal``: what the accepted dialog opened (it accepts only once it has)."""
        from reflect.app.opening import settle_after_unlock

        assert journal is not None
        self.gate = None
        self.journal = journal
        problems = settle_after_unlock(journal, self._carried_drafts)
        if problems:  # the carried writing stays in memory for the journal put in its place
            self._journal_damaged(problems)
            return
        self._carried_drafts = []
        window = self.show_main_window()
        place, self._place = self._place, None
        resumed = window.go_back_to(place) if place is not None else None
        self.idle.restart()
        self.offer_drafts(besides=resumed)

    def _restore_at_the_gate(self, dialog: UnlockDialog, backup: Path) -> None:
        """The journal would not open but its newest backup does: put it in place, then open it."""
        from reflect.app.restore import restore_backup
        from reflect.domain.errors import ValidationError
        from reflect.present.messages import translated

        try:
            kept = restore_backup(
                backup, self.journal_path, dialog.passphrase_field.text(), datetime.now()
            )
        except ValidationError as error:
            dialog.show_error(translated(error))
            return
        log.info("restored %s at the unlock dialog; the damaged file is kept as %s", backup, kept)
        dialog.try_unlock()

    def _journal_damaged(self, problems: list[str]) -> None:
        """Say so plainly and offer the newest backup; the damaged file is kept."""
        from reflect.app.backups import backup_folder, list_backups

        self.session_journal.close()
        self.journal = None
        backups = list_backups(backup_folder(self.journal_path))
        text = QCoreApplication.translate(
            "AppController",
            "Your journal file is damaged ({problem}). It has not been changed. You can put the "
            "newest backup in its place; the damaged file is kept beside it.",
        ).format(problem=problems[0])
        box = QMessageBox(QMessageBox.Icon.Warning, "Reflect", text)
        restore = (
            box.addButton(
                QCoreApplication.translate("AppController", "Restore the newest backup…"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            if backups
            else None
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if restore is not None and box.clickedButton() is restore:
            self.restore_from(backups[0].path)
        else:
            self.app.quit()

    def show_main_window(self) -> MainWindow:
        from reflect.app.prompt_library import PromptLibrary, load_catalogue
        from reflect.gui.main_window import MainWindow

        journal = self.session_journal
        library = PromptLibrary(journal, load_catalogue(self.translations.language))
        window = MainWindow(journal, library, self.preferences)
        window.lock_requested.connect(self.lock)
        window.hide_requested.connect(self.hide_and_lock)
        window.settings_page.language_changed.connect(self.change_language)
        window.settings_page.appearance_changed.connect(self.change_appearance)
        window.settings_page.auto_lock_changed.connect(self.idle.set_minutes)
        window.settings_page.backups.restore_requested.connect(
            lambda path: self.restore_from(Path(path))
        )
        geometry = self.preferences.window_geometry
        if geometry is not None:
            window.restoreGeometry(geometry)
        self.window = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def offer_drafts(self, besides: str | None = None) -> None:
        """Offer unfinished writing; ``besides``: the draft already open again in the editor."""
        from reflect.gui.draft_restore_dialog import DraftRestoreDialog

        drafts = [d for d in self.session_journal.drafts() if d.uuid != besides]
        self._offered = [d.uuid for d in drafts]
        if not drafts:
            return
        dialog = DraftRestoreDialog(drafts, self.window)
        self.draft_dialog = dialog
        dialog.accepted.connect(lambda: self._drafts_answered(dialog))
        dialog.open()

    def _drafts_answered(self, dialog: DraftRestoreDialog) -> None:
        from reflect.gui.main_window import WRITE

        if dialog.discard_all:  # those listed, not the one open again in the editor
            for uuid in self._offered:
                self.session_journal.discard_draft(uuid)
        elif dialog.chosen is not None:
            self.session_window.editor.open_draft(dialog.chosen)
            self.session_window.show_page(WRITE)
        self.draft_dialog = None

    # -- the way out -------------------------------------------------------

    def _application_state_changed(self, state) -> None:
        # Imported here: the first use of the Qt namespace builds all its
        # enums, 20 ms that would delay the unlock dialog.
        from PySide6.QtCore import Qt

        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock()

    def hide_and_lock(self) -> None:
        """Someone walks in: the window goes at once, then the journal locks."""
        if self.window is not None:
            self.window.hide()
        self.lock()

    def lock(self) -> None:
        """Keep unsaved writing as a draft, empty every widget, close the journal."""
        if self.window is None or self.journal is None:
            return
        if self.demo:
            self.app.quit()
            return
        self.idle.pause()
        log.info("locked")
        self.window.keep_unsaved_as_draft()
        self._hold_what_the_journal_refused()
        self._place = self.window.where_the_writer_is()
        journal, self.journal = self.journal, None
        # The lock dialog shows first, so the app never has no window at all.
        self._show_gate(UnlockDialog(self.journal_path, locked=True))
        self._retire_window()
        journal.close()

    def _hold_what_the_journal_refused(self) -> None:
        """Unsaved writing the journal could not take (a full disk, a replaced file)
        is held in memory and goes into the journal at the next unlock."""
        held = self.window.editor.unsaved_draft() if self.window is not None else None
        if held is not None:
            self._carried_drafts.append(held)

    def _retire_window(self) -> None:
        window, self.window = self.session_window, None
        self.preferences.window_geometry = window.saveGeometry()
        if self.draft_dialog is not None:
            self.draft_dialog.reject()
            self.draft_dialog = None
        window.clear_journal_text()
        self.clipboard_guard.clear_journal_text()
        window.autosave.stop()
        window.hide()
        window.deleteLater()

    def restore_from(self, backup: Path, passphrase: str | None = None) -> bool:
        """Put a backup in the journal's place, then ask to unlock it."""
        from reflect.app.restore import restore_backup
        from reflect.domain.errors import ValidationError
        from reflect.present.messages import translated

        if passphrase is None:
            passphrase, ok = QInputDialog.getText(
                self.window,
                QCoreApplication.translate("AppController", "Restore a backup"),
                QCoreApplication.translate(
                    "AppController", "The passphrase this backup was made with:"
                ),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return False
        if self.window is not None:
            self.window.keep_unsaved_as_draft()
            self._hold_what_the_journal_refused()
        journal, self.journal = self.journal, None
        # Unfinished writing follows the writer into the restored journal
        # (held in memory until it is unlocked); otherwise it would stay in
        # the file set aside, out of sight.
        unfinished = journal.drafts() if journal is not None else []
        restored = True
        try:
            if journal is not None:
                journal.close()
            restore_backup(backup, self.journal_path, passphrase, datetime.now())
            self._carried_drafts.extend(unfinished)
        except ValidationError as error:  # checked before anything was swapped
            QMessageBox.warning(self.window, "Reflect", translated(error))
            restored = False
        self._show_gate(UnlockDialog(self.journal_path, locked=True))
        if self.window is not None:
            self._retire_window()
        return restored

    def change_language(self, setting: str) -> None:
        """Switch language now: new translators, and the window built again in them."""
        from reflect.gui.main_window import SETTINGS

        self.preferences.language = setting
        self.translations.apply(setting)
        self.session_window.keep_unsaved_as_draft()
        editor = self.session_window.editor
        unsaved = editor.draft_uuid if editor.is_dirty else None
        self._retire_window()
        window = self.show_main_window()
        if unsaved:
            draft = next((d for d in self.session_journal.drafts() if d.uuid == unsaved), None)
            if draft is not None:
                window.editor.open_draft(draft)
        window.show_page(SETTINGS)

    def change_appearance(self) -> None:
        self.appearance.apply(self.preferences.appearance, self.preferences.text_scale)

    def shut_down(self) -> None:
        self.idle.pause()
        if self.journal is not None:
            from reflect.app.backups import backup_folder, make_backup, rotate

            make_backup(self.journal)  # the backup on quit
            rotate(backup_folder(self.journal_path))
        if self.window is not None:
            self.preferences.window_geometry = self.window.saveGeometry()
            self.window.clear_journal_text()
        self.preferences.sync()
        if self.journal is not None:
            self.journal.close()
            self.journal = None
        self.translations.remove()
