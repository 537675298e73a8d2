"""One run of the app: the way in and the open session, wired together.

``WayIn`` (gui.way_in) owns the create and unlock dialogs, a damaged file and
putting a backup in place; ``Session`` (gui.session) owns the window over an
unlocked journal, locking, language and appearance. This class only passes
each one's signals to the other.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog

from reflect.app.clock import Clock, system_clock
from reflect.gui.appearance import Appearance
from reflect.gui.session import Session
from reflect.gui.way_in import WayIn
from reflect.paths import AppPaths
from reflect.present.preferences import Preferences
from reflect.present.translations import Translations

if TYPE_CHECKING:
    from reflect.app.journal import Journal
    from reflect.gui.draft_restore_dialog import DraftRestoreDialog
    from reflect.gui.idle_lock import IdleWatcher
    from reflect.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class AppController:
    def __init__(
        self,
        app: QApplication,
        preferences: Preferences,
        journal_path: Path,
        paths: AppPaths | None = None,
        local_paths: AppPaths | None = None,
        clock: Clock = system_clock,
    ) -> None:
        """``paths``: the folders in use (portable or the user's); ``local_paths``: where a
        journal in a synced folder may move (the user's own, by default); ``clock``: the
        time the reminder goes by."""
        self.app = app
        self.preferences = preferences
        self.journal_path = journal_path
        self.translations = Translations()
        self.translations.apply(preferences.language)
        self.appearance = Appearance(app)
        self.appearance.apply(preferences.appearance, preferences.text_scale)
        # High contrast or dark mode turned on while Reflect runs takes effect at once.
        self.appearance.follow_system_changes(
            lambda: self.appearance.apply(self.preferences.appearance, self.preferences.text_scale)
        )
        self.way_in = WayIn(journal_path)
        self.session = Session(app, preferences, self.translations, self.appearance, clock)
        self.way_in.opened.connect(self._opened)
        self.way_in.turned_away.connect(self._turned_away)
        self.way_in.restore_chosen.connect(lambda backup: self.restore_from(Path(backup)))
        self.session.locked.connect(self.way_in.ask_to_unlock_again)
        self.session.restore_requested.connect(lambda backup: self.restore_from(Path(backup)))
        self.session.moved.connect(self._moved)
        self.session.reminder.clicked.connect(self.bring_forward)
        if paths is not None:
            from reflect.app.relocation import Relocation

            self.session.relocation = Relocation.from_paths(
                paths, local_paths or AppPaths.for_user()
            )
        app.aboutToQuit.connect(self.shut_down)

    # What is open now, for the launcher and the tests.
    @property
    def journal(self) -> Journal | None:
        return self.session.journal

    @property
    def window(self) -> MainWindow | None:
        return self.session.window

    @property
    def gate(self) -> QDialog | None:
        return self.way_in.gate

    @property
    def draft_dialog(self) -> DraftRestoreDialog | None:
        return self.session.draft_dialog

    @property
    def idle(self) -> IdleWatcher:
        return self.session.idle

    def start(self) -> QDialog:
        return self.way_in.start()

    def show_main_window(self) -> MainWindow:
        return self.session.show_main_window()

    def show_journal(self, journal: Journal, *, demo: bool = False) -> MainWindow:
        """The window over a journal opened without the way in (the demo's own journal)."""
        self.session.journal = journal
        self.session.demo = demo
        return self.session.show_main_window()

    def lock(self) -> None:
        self.session.lock()

    def bring_forward(self) -> None:
        """The reminder was clicked: the window to the front, or the unlock dialog
        while the journal is locked, so a click never opens the journal past the lock."""
        shown = self.way_in.gate if self.way_in.gate is not None else self.session.window
        if shown is None:
            return
        if shown.isMinimized():
            shown.showNormal()
        shown.show()
        shown.raise_()
        shown.activateWindow()

    def _opened(self, journal: Journal) -> None:
        problems = self.session.begin(journal)
        if problems:  # closed again; the carried writing waits for the journal put in its place
            self.way_in.tell_damaged(problems)

    def _moved(self, path: str) -> None:
        self.journal_path = self.way_in.journal_path = Path(path)

    def _turned_away(self) -> None:
        if self.session.journal is None:
            self.app.quit()

    def restore_from(self, backup: Path, passphrase: str | None = None) -> bool:
        """Put a backup in the journal's place, then ask to unlock it."""
        parent = self.session.window
        if passphrase is None:
            passphrase = self.way_in.ask_backup_passphrase(parent)
            if passphrase is None:
                return False
        unfinished = self.session.close_for_restore()
        restored = self.way_in.put_backup_in_place(backup, passphrase, parent)
        if restored:
            # Unfinished writing follows the writer into the restored journal
            # (held in memory until it is unlocked); otherwise it would stay in
            # the file set aside, out of sight.
            self.session.carried_drafts.extend(unfinished)
        self.way_in.ask_to_unlock_again()
        self.session.retire_window()
        return restored

    def shut_down(self) -> None:
        self.session.shut_down()
        self.translations.remove()
