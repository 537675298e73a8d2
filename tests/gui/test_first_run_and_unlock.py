"""First run, unlock and the minimal main window, driven like a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reflect.app.journal import Journal
from reflect.app.prompt_library import PromptLibrary, load_catalogue
from reflect.domain.entry import new_entry
from reflect.domain.kinds import Kind
from reflect.gui.create_dialog import CreateJournalDialog
from reflect.gui.main_window import MainWindow
from reflect.gui.unlock_dialog import UnlockDialog
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


def test_unlock_wrong_then_right(qtbot, journal, journal_path, translations):
    journal.save_entry(new_entry(Kind.SHIFT_REFLECTION, journal.today(), text="Hello again"))
    journal.close()
    dialog = UnlockDialog(journal_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.passphrase_field, "wrong passphrase")
    qtbot.keyClick(dialog.passphrase_field, Qt.Key.Key_Return)
    assert "does not open" in dialog.error_label.text()
    assert dialog.journal is None

    dialog.passphrase_field.clear()
    qtbot.keyClicks(dialog.passphrase_field, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_field, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.passphrase_field.text() == ""

    library = PromptLibrary(dialog.journal, load_catalogue("en"))
    window = MainWindow(dialog.journal, library, "system")
    qtbot.addWidget(window)
    assert window.entry_list.count() == 1
    assert "Hello again" in window.entry_list.item(0).text()
    assert window.summary_label.text() == "Entries in your journal: 1"
    assert window.prompt_of_day_label.text().startswith("Prompt of the day: ")
    window.close()
    dialog.journal.close()
