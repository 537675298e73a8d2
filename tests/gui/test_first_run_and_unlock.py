"""First run, unlock and the minimal main window, driven like a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reflect.app.journal import Journal
from reflect.domain.entry import new_entry
from reflect.domain.kinds import Kind
from reflect.gui.app_controller import AppController
from reflect.gui.create_dialog import CreateJournalDialog
from reflect.gui.main_window import JOURNAL
from reflect.gui.unlock_dialog import UnlockDialog
from reflect.present.preferences import Preferences
from tests.conftest import PASSPHRASE


def test_first_run_creates_the_journal(qtbot, journal_path):
    dialog = CreateJournalDialog(journal_path)
    qtbot.addWidget(dialog)
    assert "not a patient record" in dialog.welcome_label.text()
    assert "recover" in dialog.warning_label.text()

    qtbot.keyClicks(dialog.passphrase_field, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat_field, PASSPHRASE + "x")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert not dialog.error_label.isHidden()
    assert not journal_path.exists()

    dialog.repeat_field.clear()
    qtbot.keyClicks(dialog.repeat_field, PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.passphrase_field.text() == ""
    dialog.journal.close()
    with Journal.open(journal_path, PASSPHRASE) as reopened:
        assert reopened.count_entries() == 0


def test_short_passphrase_is_explained(qtbot, journal_path):
    dialog = CreateJournalDialog(journal_path)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase_field, "abc")
    qtbot.keyClicks(dialog.repeat_field, "abc")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "at least 8" in dialog.error_label.text()
    assert not journal_path.exists()


def test_unlock_wrong_then_right(qtbot, qapp, journal, journal_path, tmp_path, translations):
    journal.save_entry(new_entry(Kind.SHIFT_REFLECTION, journal.today(), text="Hello again"))
    journal.close()
    controller = AppController(qapp, Preferences(tmp_path / "settings.ini"), journal_path)
    dialog = controller.start()
    assert isinstance(dialog, UnlockDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.passphrase_field, "wrong passphrase")
    qtbot.keyClick(dialog.passphrase_field, Qt.Key.Key_Return)
    assert "does not open" in dialog.error_label.text()
    assert controller.window is None

    dialog.passphrase_field.clear()
    qtbot.keyClicks(dialog.passphrase_field, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_field, Qt.Key.Key_Return)
    window = controller.window
    assert window is not None and window.isVisible()
    assert dialog.passphrase_field.text() == ""
    window.show_page(JOURNAL)
    assert window.journal_page.model.rowCount() == 1
    assert window.journal_page.model.entry_at(0).title == "Hello again"
    assert window.today_page.prompt_label.text()
    controller.shut_down()
    window.close()


def test_unlock_with_nothing_typed_says_so(qtbot, journal, journal_path):
    journal.close()
    dialog = UnlockDialog(journal_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.passphrase_field, Qt.Key.Key_Return)
    assert dialog.error_label.text() == "Type the passphrase: it cannot be empty."
    assert dialog.isVisible() and dialog.journal is None


def test_strength_hint_follows_typing(qtbot, journal_path, translations):
    dialog = CreateJournalDialog(journal_path)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase_field, "abc")
    assert dialog.strength_label.text().startswith("Too short")
    qtbot.keyClicks(dialog.passphrase_field, " river lamp orchard")
    assert dialog.strength_label.text() == "Strong."


def test_the_lock_dialog_says_that_leaving_it_quits(qtbot, journal, journal_path):
    journal.close()
    dialog = UnlockDialog(journal_path, locked=True)
    qtbot.addWidget(dialog)
    assert dialog.cancel_button.text() == "Quit Reflect"
