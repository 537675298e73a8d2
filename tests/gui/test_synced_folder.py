"""A journal in a folder OneDrive syncs: said once after unlocking, moved on request, nothing lost."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reflect.app.journal import Journal
from reflect.domain.entry import new_entry
from reflect.domain.kinds import Kind
from reflect.gui.app_controller import AppController
from reflect.gui.synced_folder_dialog import SyncedFolderDialog
from reflect.gui.unlock_dialog import UnlockDialog
from reflect.logs import PrivateRotatingFileHandler, stop_logging
from reflect.paths import PORTABLE_FOLDER, AppPaths
from reflect.present.preferences import Preferences
from tests.conftest import PASSPHRASE
from tests.gui.conftest import close_controller
from tests.gui.test_lock_and_drafts import unlock

WORDS = "what I want to keep, synced or not"


@pytest.fixture
def synced(qtbot, qapp, tmp_path, translations):
    """A portable Reflect unpacked into OneDrive, as Windows's known folder move makes it."""
    onedrive = tmp_path / "OneDrive - Region"
    source = AppPaths.portable(onedrive / "Dokument" / "Reflect" / PORTABLE_FOLDER)
    target = AppPaths.portable(tmp_path / "AppData" / "Local" / "Reflect")
    with Journal.create(source.default_journal, PASSPHRASE) as journal:
        journal.save_entry(new_entry(Kind.SHIFT_REFLECTION, journal.today(), text=WORDS))
    controller = AppController(
        qapp, Preferences(tmp_path / "settings.ini"), source.default_journal, source, target
    )
    controller.session.environ = {"OneDriveCommercial": str(onedrive)}
    yield controller, source, target
    close_controller(controller)
    for handler in list(logging.getLogger("reflect").handlers):  # the move's own log
        if (
            isinstance(handler, PrivateRotatingFileHandler)
            and str(tmp_path) in handler.baseFilename
        ):
            stop_logging(handler)


def read_the_next_message_box() -> list[str]:
    """The text of the next message box shown, which is then closed with its default button."""
    told: list[str] = []

    def read():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            told.append(box.text())
            box.defaultButton().click() if box.defaultButton() else box.accept()
        else:
            QTimer.singleShot(20, read)

    QTimer.singleShot(0, read)
    return told


def the_synced_dialog(qtbot, controller) -> SyncedFolderDialog:
    qtbot.waitUntil(lambda: controller.session.synced_dialog is not None, timeout=2000)
    dialog = controller.session.synced_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_the_journal_moves_to_this_computer_and_opens_there(qtbot, synced):
    controller, source, target = synced
    window = unlock(qtbot, controller)
    window.write_new(Kind.SHIFT_REFLECTION.value, None)
    qtbot.keyClicks(window.editor.text_field, "half a sentence")
    dialog = the_synced_dialog(qtbot, controller)
    assert "OneDrive" in dialog.intro_label.text()
    assert str(target.data_dir) in dialog.move_label.text()
    qtbot.keyClicks(dialog.passphrase_field, PASSPHRASE)
    told = read_the_next_message_box()
    qtbot.keyClick(dialog.passphrase_field, Qt.Key.Key_Return)  # Enter moves
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    assert "now at" in told[0], told

    qtbot.waitUntil(lambda: isinstance(controller.gate, UnlockDialog), timeout=3000)
    assert controller.gate.path == target.default_journal
    assert not source.data_dir.parent.exists(), "the portable data folder is gone from OneDrive"
    window = unlock(qtbot, controller)
    assert window.editor.text_field.toPlainText() == "half a sentence"  # the writing moved too
    with Journal.open_read_only(target.default_journal, PASSPHRASE) as moved:
        assert WORDS in [e.text for e in moved.entries().entries]
    # Settings follow: a write at quit must not make the old portable folder again.
    assert controller.preferences.path == target.settings_file
    controller.preferences.language = "sv"
    controller.preferences.sync()
    assert not source.data_dir.parent.exists()
    assert "language=sv" in target.settings_file.read_text(encoding="utf-8")


def test_keep_it_here_is_remembered_and_moves_nothing(qtbot, synced):
    controller, source, target = synced
    unlock(qtbot, controller)
    dialog = the_synced_dialog(qtbot, controller)
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.session.synced_dialog is None, timeout=2000)
    assert source.default_journal.exists() and not target.default_journal.exists()
    controller.lock()
    unlock(qtbot, controller)
    QApplication.processEvents()
    assert controller.session.synced_dialog is None


def test_a_wrong_passphrase_says_so_and_keeps_the_journal_open(qtbot, synced):
    controller, source, target = synced
    unlock(qtbot, controller)
    dialog = the_synced_dialog(qtbot, controller)
    qtbot.keyClicks(dialog.passphrase_field, "not my passphrase")
    shown = read_the_next_message_box()
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    assert "passphrase" in shown[0].lower()
    assert controller.journal is not None and source.default_journal.exists()
    assert not target.default_journal.exists()


def test_a_journal_chosen_by_its_path_is_told_but_not_moved(qtbot, synced):
    controller, source, _ = synced
    controller.session.environ = {}  # the folder's name alone says OneDrive
    controller.session.relocation = None  # as with --journal or REFLECT_JOURNAL
    unlock(qtbot, controller)
    dialog = the_synced_dialog(qtbot, controller)
    assert dialog.move_button is None and dialog.passphrase_field is None
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert source.default_journal.exists() and controller.journal is not None


def test_a_journal_on_this_computer_is_not_mentioned(qtbot, qapp, journal, tmp_path):
    journal_path = journal.path
    journal.close()
    controller = AppController(qapp, Preferences(tmp_path / "settings.ini"), journal_path)
    controller.session.environ = {"OneDrive": str(tmp_path / "OneDrive")}
    try:
        unlock(qtbot, controller)
        QApplication.processEvents()
        assert controller.session.synced_dialog is None
    finally:
        if controller.window is not None:
            controller.window.close()
        controller.shut_down()
