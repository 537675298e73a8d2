"""First run, unlock and the minimal main window, driven like a person would."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit

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


def click_the_box(qtbot, box) -> None:
    """Where a person clicks a check box: on its square, not the empty end of its row."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def an_unlock_dialog(qtbot, journal, journal_path) -> UnlockDialog:
    journal.close()
    dialog = UnlockDialog(journal_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_after_three_wrong_tries_it_says_what_a_forgotten_passphrase_means(
    qtbot, journal, journal_path
):
    dialog = an_unlock_dialog(qtbot, journal, journal_path)
    for attempt in range(1, 4):
        assert not dialog.forgotten_label.isVisible()  # not at once: a typo is the usual reason
        qtbot.keyClicks(dialog.passphrase_field, f"wrong guess {attempt}")
        qtbot.keyClick(dialog.passphrase_field, Qt.Key.Key_Return)
        assert "does not open" in dialog.error_label.text()
    assert dialog.forgotten_label.isVisible()
    assert "nobody can open this journal" in dialog.forgotten_label.text()
    assert dialog.path_label.isVisible() and dialog.path_label.text() == str(journal_path)


def test_the_passphrase_can_be_shown(qtbot, journal, journal_path):
    dialog = an_unlock_dialog(qtbot, journal, journal_path)
    qtbot.keyClicks(dialog.passphrase_field, "secret words")
    assert dialog.passphrase_field.echoMode() == QLineEdit.EchoMode.Password
    click_the_box(qtbot, dialog.hints.show_box)
    assert dialog.passphrase_field.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.keyClick(dialog.hints.show_box, Qt.Key.Key_Space)
    assert dialog.passphrase_field.echoMode() == QLineEdit.EchoMode.Password


def test_caps_lock_is_noticed_from_the_letters_typed(qtbot, journal, journal_path):
    dialog = an_unlock_dialog(qtbot, journal, journal_path)
    qtbot.keyClicks(dialog.passphrase_field, "hello")
    qtbot.keyClick(dialog.passphrase_field, "H", Qt.KeyboardModifier.ShiftModifier)
    assert dialog.passphrase_field.text() == "helloH"  # a capital with Shift: all is well
    assert not dialog.hints.caps_label.isVisible()
    qtbot.keyClicks(dialog.passphrase_field, "ELLO")  # capitals without Shift: Caps Lock
    assert dialog.hints.caps_label.isVisible()
    qtbot.keyClicks(dialog.passphrase_field, "x")
    assert not dialog.hints.caps_label.isVisible()


def test_both_new_passphrases_can_be_shown_at_once(qtbot, journal_path):
    dialog = CreateJournalDialog(journal_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    click_the_box(qtbot, dialog.hints.show_box)
    assert dialog.passphrase_field.echoMode() == QLineEdit.EchoMode.Normal
    assert dialog.repeat_field.echoMode() == QLineEdit.EchoMode.Normal
