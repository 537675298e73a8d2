"""The open session: the window over an unlocked journal, locking, language and appearance."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from reflect.app.clock import Clock, system_clock
from reflect.gui.appearance import Appearance
from reflect.gui.clipboard_guard import ClipboardGuard
from reflect.gui.idle_lock import IdleWatcher
from reflect.gui.reminder import Reminder
from reflect.present.preferences import Preferences
from reflect.present.translations import Translations

if TYPE_CHECKING:
    from reflect.app.journal import Journal
    from reflect.app.relocation import Relocation
    from reflect.domain.drafts import Draft
    from reflect.gui.draft_restore_dialog import DraftRestoreDialog
    from reflect.gui.main_window import MainWindow, WhereTheWriterWas
    from reflect.gui.synced_folder_dialog import SyncedFolderDialog
    from reflect.gui.windows_session import WindowsSessionWatch

# The main window and the use cases are imported where first needed: the
# unlock dialog appears first and they load while the person types.

log = logging.getLogger(__name__)


class Session(QObject):
    # The journal closed under the window (a lock): ask for the passphrase
    # again. Emitted before the window goes, so the app always has a window.
    locked = Signal()
    restore_requested = Signal(str)  # a backup chosen in Settings
    moved = Signal(str)  # the journal now lives at this path (out of a synced folder)

    def __init__(
        self,
        app: QApplication,
        preferences: Preferences,
        translations: Translations,
        appearance: Appearance,
        clock: Clock = system_clock,
    ) -> None:
        """``clock``: the time the reminder goes by (tests pass a fake one)."""
        super().__init__()
        self.app = app
        self.preferences = preferences
        self.translations = translations
        self.appearance = appearance
        self.clipboard_guard = ClipboardGuard(app)
        self.journal: Journal | None = None
        self.window: MainWindow | None = None
        self.draft_dialog: DraftRestoreDialog | None = None
        self.demo = False  # a fictional journal whose passphrase the window shows
        self.carried_drafts: list[Draft] = []  # unfinished writing across a restore or full disk
        self._place: WhereTheWriterWas | None = None  # what was open at the lock
        self._offered: list[str] = []  # the drafts the drafts dialog lists
        self.idle = IdleWatcher(app, preferences.auto_lock_minutes)
        self.idle.pause()
        self.idle.idle.connect(self.lock)
        # The operating system suspending the app (sleep, a locked session on
        # platforms that report it) locks the journal too.
        app.applicationStateChanged.connect(self._application_state_changed)
        # Where the journal may move out of a synced folder (set by the app).
        self.relocation: Relocation | None = None
        self.environ: Mapping[str, str] = os.environ
        self.synced_dialog: SyncedFolderDialog | None = None
        self.windows_session: WindowsSessionWatch | None = None
        if sys.platform == "win32":
            self.watch_windows_session()
        # The reminder runs from start to quit, locked or not (it shows no journal text).
        self.reminder = Reminder(preferences, clock=clock, written_on=self.written_on, parent=self)
        self.reminder.apply()

    def watch_windows_session(self) -> None:
        """Lock when Windows locks the session or suspends (Qt reports neither there)."""
        from reflect.gui.windows_session import WindowsSessionWatch

        self.windows_session = WindowsSessionWatch(self.app, self.lock)

    def written_on(self, day: date) -> bool:
        """Whether the open journal has an entry about ``day``; while locked nobody knows."""
        if self.journal is None:
            return False
        from reflect.domain.filters import EntryFilter

        return self.journal.count_entries(EntryFilter(date_from=day, date_to=day)) > 0

    @property
    def open_journal(self) -> Journal:
        """The journal while it is open (between an unlock and the next lock)."""
        assert self.journal is not None, "no journal is open"
        return self.journal

    @property
    def open_window(self) -> MainWindow:
        assert self.window is not None, "no window is open"
        return self.window

    # -- beginning ---------------------------------------------------------

    def begin(self, journal: Journal) -> list[str]:
        """Settle the journal (check, backup, carried drafts), then show it where the writer was.

        Returns the damage found instead, with the journal closed again and the
        carried writing still held for the journal put in its place.
        """
        from reflect.app.opening import settle_after_unlock

        problems = settle_after_unlock(journal, self.carried_drafts)
        if problems:
            journal.close()
            return problems
        self.journal = journal
        self.carried_drafts = []
        window = self.show_main_window()
        place, self._place = self._place, None
        resumed = window.go_back_to(place) if place is not None else None
        self.idle.restart()
        self.offer_drafts(besides=resumed)
        if self.draft_dialog is not None:  # one question at a time
            self.draft_dialog.finished.connect(self.offer_to_leave_synced_folder)
        else:
            self.offer_to_leave_synced_folder()
        return []

    def show_main_window(self) -> MainWindow:
        from reflect.app.prompt_library import PromptLibrary, load_catalogue
        from reflect.gui.main_window import MainWindow

        journal = self.open_journal
        library = PromptLibrary(journal, load_catalogue(self.translations.language))
        window = MainWindow(
            journal, library, self.preferences, tray_available=self.reminder.tray_available
        )
        window.lock_requested.connect(self.lock)
        window.hide_requested.connect(self.hide_and_lock)
        window.language_changed.connect(self.change_language)
        window.appearance_changed.connect(self.change_appearance)
        window.auto_lock_changed.connect(self.idle.set_minutes)
        window.reminder_changed.connect(self.reminder.apply)
        window.restore_requested.connect(self.restore_requested)
        geometry = self.preferences.window_geometry
        if geometry is not None:
            window.restoreGeometry(geometry)
        if self.demo:  # after every unlock, not only the first
            from reflect.app.demo import DEMO_PASSPHRASE

            window.show_demo_banner(DEMO_PASSPHRASE)
        self.window = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def offer_drafts(self, besides: str | None = None) -> None:
        """Offer unfinished writing; ``besides``: the draft already open again in the editor."""
        from reflect.gui.draft_restore_dialog import DraftRestoreDialog

        drafts = [d for d in self.open_journal.drafts() if d.uuid != besides]
        self._offered = [d.uuid for d in drafts]
        if not drafts:
            return
        dialog = DraftRestoreDialog(drafts, self.window)
        self.draft_dialog = dialog
        dialog.accepted.connect(lambda: self._drafts_answered(dialog))
        dialog.open()

    def _drafts_answered(self, dialog: DraftRestoreDialog) -> None:
        if dialog.discard_all:  # those listed, not the one open again in the editor
            for uuid in self._offered:
                self.open_journal.discard_draft(uuid)
        elif dialog.chosen is not None:
            self.open_window.open_draft(dialog.chosen)
        self.draft_dialog = None

    # -- a journal in a synced folder ------------------------------------------

    def offer_to_leave_synced_folder(self) -> None:
        """Say so when a cloud client syncs the journal's folder; offer to move it if Reflect may."""
        from reflect.domain.cloud_sync import synced_by
        from reflect.gui.synced_folder_dialog import SyncedFolderDialog

        if self.demo or self.journal is None or self.window is None:
            return
        path = self.journal.path
        service = synced_by(path, self.environ)
        if service is None or self.preferences.kept_in_synced_folder(path):
            return
        relocation = self.relocation
        movable = relocation is not None and relocation.may_move(path)
        target = relocation.target.default_journal if relocation and movable else None
        dialog = SyncedFolderDialog(service, path, target, self.window)
        self.synced_dialog = dialog
        dialog.accepted.connect(lambda: self.move_out_of_synced_folder(dialog.passphrase, service))
        dialog.rejected.connect(lambda: self.preferences.keep_in_synced_folder(path))
        dialog.finished.connect(lambda _result: setattr(self, "synced_dialog", None))
        dialog.open()

    def move_out_of_synced_folder(self, passphrase: str, service: str) -> None:
        """Copy the journal to this computer's folder, lock, then remove the old files."""
        from PySide6.QtWidgets import QMessageBox

        from reflect.app.relocation import leave_old_place, move_journal
        from reflect.domain.errors import ValidationError
        from reflect.present.messages import translated

        assert self.relocation is not None
        journal, window = self.open_journal, self.open_window
        window.keep_unsaved_as_draft()  # the unfinished writing moves with the journal
        self.preferences.sync()  # so the copy of the settings holds this session's too
        try:
            moved_to = move_journal(journal, passphrase, self.relocation)
        except ValidationError as error:
            QMessageBox.warning(window, self.tr("Not moved"), translated(error))
            return
        except OSError as error:
            QMessageBox.warning(
                window,
                self.tr("Not moved"),
                self.tr("The journal could not be copied ({reason}), so nothing was moved.").format(
                    reason=error.strerror or error
                ),
            )
            return
        old = journal.path
        # Settings and the log follow the journal: left in the old folder, a
        # write at quit would make it again, and an open log file would keep
        # Windows from removing it.
        from reflect.logs import move_logging

        self.preferences.move_to(self.relocation.target.settings_file)
        move_logging(self.relocation.target.log_dir)
        self.moved.emit(str(moved_to))
        self.lock()
        left = leave_old_place(old, self.relocation)
        message = self.tr("Your journal is now at {path}. Unlock it there to go on.").format(
            path=str(moved_to)
        )
        if left:
            message += "\n\n" + self.tr(
                "This could not be removed from the old place; remove it yourself "
                "once Reflect is closed: {paths}"
            ).format(paths=", ".join(str(p) for p in left))
        if service == "OneDrive":
            message += "\n\n" + self.tr(
                "OneDrive keeps deleted files in its recycle bin for a while: empty it there too."
            )
        QMessageBox.information(QApplication.activeWindow(), self.tr("Journal moved"), message)

    # -- ending --------------------------------------------------------------

    def _application_state_changed(self, state: object) -> None:
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
        self.idle.pause()
        log.info("locked")
        self.window.keep_unsaved_as_draft()
        self._hold_what_the_journal_refused()
        self._place = self.window.where_the_writer_is()
        journal, self.journal = self.journal, None
        self.locked.emit()
        self.retire_window()
        journal.close()

    def close_for_restore(self) -> list[Draft]:
        """Close the journal so a backup can take its place; returns its unfinished writing,
        which follows the writer into the restored journal once the restore is done."""
        if self.window is not None:
            self.window.keep_unsaved_as_draft()
            self._hold_what_the_journal_refused()
        journal, self.journal = self.journal, None
        if journal is None:
            return []
        unfinished = journal.drafts()
        journal.close()
        return unfinished

    def _hold_what_the_journal_refused(self) -> None:
        """Unsaved writing the journal could not take (a full disk, a replaced file)
        is held in memory and goes into the journal at the next unlock."""
        held = self.window.unsaved_draft() if self.window is not None else None
        if held is not None:
            self.carried_drafts.append(held)

    def retire_window(self) -> None:
        if self.window is None:
            return
        window, self.window = self.window, None
        self.preferences.window_geometry = window.saveGeometry()
        if self.draft_dialog is not None:
            self.draft_dialog.reject()
            self.draft_dialog = None
        self.clipboard_guard.clear_journal_text()
        window.retire()

    # -- language and look ---------------------------------------------------

    def change_language(self, setting: str) -> None:
        """Switch language now: new translators, and the window built again in them."""
        from reflect.gui.main_window import SETTINGS

        self.preferences.language = setting
        self.translations.apply(setting)
        self.open_window.keep_unsaved_as_draft()
        unsaved = self.open_window.unsaved_draft_uuid()
        self.retire_window()
        window = self.show_main_window()
        if unsaved:
            draft = next((d for d in self.open_journal.drafts() if d.uuid == unsaved), None)
            if draft is not None:
                window.editor.open_draft(draft)
        window.show_page(SETTINGS)

    def change_appearance(self) -> None:
        self.appearance.apply(self.preferences.appearance, self.preferences.text_scale)

    def shut_down(self) -> None:
        """On quit: the backup on quit, the window's place remembered, the journal closed."""
        self.idle.pause()
        self.reminder.stop()
        if self.windows_session is not None:
            self.windows_session.close()
            self.windows_session = None
        if self.journal is not None:
            from reflect.app.backups import backup_folder, make_backup, rotate

            make_backup(self.journal)
            rotate(backup_folder(self.journal.path))
        if self.window is not None:
            self.preferences.window_geometry = self.window.saveGeometry()
            self.window.clear_journal_text()
        self.preferences.sync()
        if self.journal is not None:
            self.journal.close()
            self.journal = None
