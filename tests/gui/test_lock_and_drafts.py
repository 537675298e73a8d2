"""Locking empties every widget; unsaved writing survives as a draft and comes back."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from reflect.domain.entry import new_entry
from reflect.domain.kinds import Kind
from reflect.gui.app_controller import AppController
from reflect.gui.draft_restore_dialog import DraftRestoreDialog
from reflect.gui.main_window import JOURNAL, WRITE
from reflect.gui.unlock_dialog import UnlockDialog
from reflect.present.preferences import Preferences
from tests.conftest import PASSPHRASE
from tests.gui.conftest import answer_next_message_box, close_controller
from tests.gui.people import open_item
from tests.gui.test_i18n import visible_texts

CANARY = "kanariefågel"


@pytest.fixture
def controller(qtbot, qapp, journal, journal_path, tmp_path, translations):
    journal.save_entry(
        new_entry(
            Kind.STIGMA_INCIDENT,
            journal.today(),
            title=f"Saved {CANARY}",
            text=f"An old {CANARY} entry",
        )
    )
    journal.close()
    made = AppController(qapp, Preferences(tmp_path / "settings.ini"), journal_path)
    yield made
    close_controller(made)


def unlock(qtbot, controller):
    dialog = controller.gate or controller.start()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.passphrase_field, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_field, Qt.Key.Key_Return)
    window = controller.window
    assert window is not None
    # The window, or the drafts dialog over it, takes the keyboard.
    window.activateWindow()
    qtbot.waitUntil(
        lambda: (
            QApplication.activeWindow() is not None
            and QApplication.activeWindow() in (window, controller.draft_dialog)
        ),
        timeout=2000,
    )
    return window


def all_visible_text(roots=None):
    """Every text the widgets hold (all live ones by default): labels, fields,
    editors and every row of every item view."""
    texts = []
    for top in roots if roots is not None else QApplication.topLevelWidgets():
        texts.extend(t for t in visible_texts(top) if t)
        for widget in [top, *top.findChildren(QWidget)]:
            if isinstance(widget, QLineEdit):
                texts.append(widget.text())
            elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
                texts.append(widget.toPlainText())
            elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                for row in range(model.rowCount()):
                    index = model.index(row, 0)
                    texts.extend(str(index.data(role)) for role in (0, 256, 257, 258))
    return " ".join(texts)


def test_lock_clears_every_widget_and_keeps_the_draft(qtbot, controller):
    window = unlock(qtbot, controller)
    window.show_page(JOURNAL)
    qtbot.keyClicks(window.journal_page.search_field, CANARY)
    window.write_new(Kind.SHIFT_REFLECTION.value, None)
    qtbot.keyClicks(window.editor.text_field, f"Unsaved {CANARY} words")
    assert CANARY in all_visible_text()

    qtbot.keySequence(window.editor.text_field, QKeySequence("Ctrl+L"))
    assert controller.window is None and controller.journal is None
    assert isinstance(controller.gate, UnlockDialog) and "locked" in controller.gate.windowTitle()
    # The whole window is gone, not just hidden, once its deleteLater has run.
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=2000)
    assert CANARY not in all_visible_text()

    # Unlocking goes back to where the writer was, the words as they were typed.
    window = unlock(qtbot, controller)
    assert controller.draft_dialog is None
    assert window.stack.currentIndex() == WRITE
    assert window.editor.text_field.toPlainText() == f"Unsaved {CANARY} words"
    assert window.editor.is_dirty and window.editor.text_field.hasFocus()
    qtbot.keyClicks(window.editor.text_field, ", and more")
    qtbot.mouseClick(window.editor.save_button, Qt.MouseButton.LeftButton)
    assert controller.journal.drafts() == []
    assert f"Unsaved {CANARY} words, and more" in [
        e.text for e in controller.journal.entries().entries
    ]


def test_unlocking_goes_back_to_the_page_and_the_entry_that_were_open(qtbot, controller):
    window = unlock(qtbot, controller)
    window.show_page(JOURNAL)
    qtbot.keySequence(window, QKeySequence("Ctrl+L"))
    window = unlock(qtbot, controller)
    assert window.stack.currentIndex() == JOURNAL
    open_item(window.journal_page.list_view, 0)  # the one saved entry
    qtbot.mouseClick(window.journal_page.reader.edit_button, Qt.MouseButton.LeftButton)
    qtbot.keySequence(window, QKeySequence("Ctrl+L"))
    window = unlock(qtbot, controller)
    assert (
        window.stack.currentIndex() == WRITE
        and window.editor.title_field.text() == f"Saved {CANARY}"
    )
    assert not window.editor.is_dirty and controller.draft_dialog is None


def test_locking_clears_journal_text_from_the_clipboard(qtbot, controller):
    """Audit finding 13: copied journal text waited on the clipboard after the lock."""
    clipboard = QApplication.clipboard()
    clipboard.setText("copied in another program")  # no widget of Reflect has the focus yet
    window = unlock(qtbot, controller)
    window.write_new(Kind.SHIFT_REFLECTION.value, None)
    qtbot.keyClicks(window.editor.text_field, f"Words about {CANARY}")
    qtbot.keySequence(window.editor.text_field, QKeySequence.StandardKey.SelectAll)
    qtbot.keySequence(window.editor.text_field, QKeySequence.StandardKey.Copy)
    assert clipboard.text() == f"Words about {CANARY}"
    qtbot.keySequence(window.editor.text_field, QKeySequence("Ctrl+L"))
    assert controller.journal is None
    assert CANARY not in clipboard.text()


def test_locking_leaves_text_copied_elsewhere_on_the_clipboard(qtbot, controller):
    QApplication.clipboard().setText("a shopping list")  # before Reflect had any focus
    window = unlock(qtbot, controller)
    qtbot.keySequence(window, QKeySequence("Ctrl+L"))
    assert controller.journal is None
    assert QApplication.clipboard().text() == "a shopping list"


def test_idle_auto_lock(qtbot, controller):
    window = unlock(qtbot, controller)
    assert controller.idle.timer.interval() == 5 * 60_000  # the default
    controller.idle.set_interval_ms(150)
    qtbot.waitUntil(lambda: controller.window is None, timeout=3000)
    assert isinstance(controller.gate, UnlockDialog)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=2000)


def test_typing_keeps_the_journal_open(qtbot, controller):
    window = unlock(qtbot, controller)
    controller.idle.set_interval_ms(400)
    window.write_new(Kind.SHIFT_REFLECTION.value, None)
    for _ in range(6):
        qtbot.keyClicks(window.editor.text_field, "ab")
        qtbot.wait(150)
    assert controller.window is window


def test_autosaved_draft_survives_a_window_that_never_saved(qtbot, controller, journal_path):
    window = unlock(qtbot, controller)
    window.autosave.timer.setInterval(100)
    qtbot.mouseClick(
        window.today_page.kind_buttons[Kind.LOYALTY_CONFLICT], Qt.MouseButton.LeftButton
    )
    qtbot.keyClicks(
        window.editor.form.text_fields["situation"], "Half written when the laptop died"
    )
    qtbot.waitUntil(lambda: len(controller.journal.drafts()) == 1, timeout=2000)
    # The window vanishes without closing or saving, as in a crash.
    window.autosave.stop()
    window.hide()
    window.deleteLater()
    controller.session.window = None
    controller.journal.close()
    controller.session.journal = None

    window = unlock(qtbot, controller)
    dialog = controller.draft_dialog
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert window.editor.kind_button.kind() is Kind.LOYALTY_CONFLICT
    assert window.editor.form.values()["situation"] == "Half written when the laptop died"


def test_drafts_can_be_discarded(qtbot, controller, journal_path):
    from reflect.app.journal import Journal

    with Journal.open(journal_path, PASSPHRASE) as left:  # as a crash left it
        left.save_draft(
            Kind.SHIFT_REFLECTION.value, {"kind": "shift_reflection", "text": "not worth keeping"}
        )
    unlock(qtbot, controller)
    dialog = controller.draft_dialog
    seen = []

    def answer(button):
        def press():
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox) and box is not dialog:
                seen.append(box.defaultButton() is box.button(QMessageBox.StandardButton.No))
                box.button(button).click()
            else:
                QTimer.singleShot(20, press)

        QTimer.singleShot(0, press)

    answer(QMessageBox.StandardButton.No)  # a slip of the hand keeps the writing
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert len(controller.journal.drafts()) == 1 and dialog.isVisible()
    answer(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert controller.journal.drafts() == []
    assert seen == [True, True]


def test_clearing_a_live_window_leaves_no_journal_text(qtbot, window, journal):
    journal.save_entry(
        new_entry(
            Kind.LOYALTY_CONFLICT,
            journal.today(),
            title=CANARY,
            text=CANARY,
            follow_up="open",
            share="supervision",
        )
    )
    window.journal_page.reload()
    window.today_page.reload()
    window.today_page.checkin.note_field.setText(CANARY)
    window.open_entry(journal.entries().entries[0].uuid)
    assert CANARY in all_visible_text([window])
    window.clear_journal_text()
    assert CANARY not in all_visible_text([window])


def test_unlock_makes_the_days_backup_and_quitting_another(qtbot, controller, journal_path):
    from reflect.app.backups import backup_folder, list_backups

    unlock(qtbot, controller)
    [first] = list_backups(backup_folder(journal_path))
    controller.lock()
    unlock(qtbot, controller)
    assert list_backups(backup_folder(journal_path)) == [first]  # once a day
    controller.shut_down()
    # On quit a fresh one; rotation keeps the newest of each day.
    [latest] = list_backups(backup_folder(journal_path))
    assert latest.path != first.path


def test_restore_a_backup_from_settings(qtbot, controller, journal_path):
    from reflect.app.backups import backup_folder, list_backups

    window = unlock(qtbot, controller)
    window.write_new(Kind.SHIFT_REFLECTION.value, None)
    qtbot.keyClicks(window.editor.text_field, "written after the backup")
    window.editor.save()
    section = window.settings_page.backups
    section.refresh()
    assert section.backup_list.count() == 1
    [backup] = list_backups(backup_folder(journal_path))
    assert controller.restore_from(backup.path, PASSPHRASE)
    assert controller.window is None and isinstance(controller.gate, UnlockDialog)
    window = unlock(qtbot, controller)
    assert [e.title for e in controller.journal.entries().entries] == [f"Saved {CANARY}"]
    kept = [p for p in journal_path.parent.iterdir() if ".before-restore-" in p.name]
    assert kept


def test_a_damaged_journal_is_said_plainly_and_kept(qtbot, controller, journal_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from reflect.app.journal import Journal

    monkeypatch.setattr(
        Journal, "integrity_problems", lambda self, quick=False: ["page 7 is damaged"]
    )
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    quits = []
    monkeypatch.setattr(controller.app, "quit", lambda: quits.append(True))
    before = journal_path.read_bytes()
    dialog = controller.start()
    qtbot.keyClicks(dialog.passphrase_field, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_field, Qt.Key.Key_Return)
    assert controller.window is None and controller.journal is None
    assert "damaged" in shown[0] and "page 7" in shown[0]
    assert quits and journal_path.read_bytes() == before


def test_hide_and_lock_at_once(qtbot, controller):
    window = unlock(qtbot, controller)
    qtbot.keySequence(window.editor.text_field, QKeySequence("Ctrl+Shift+L"))
    assert not window.isVisible()  # hidden at once, before it is deleted
    assert controller.window is None and isinstance(controller.gate, UnlockDialog)


def test_the_demo_shows_its_passphrase_and_locks_like_the_real_thing(
    qtbot, qapp, tmp_path, translations
):
    from reflect.app.demo import DEMO_PASSPHRASE, fill_demo_journal
    from reflect.app.journal import Journal

    demo = AppController(qapp, Preferences(tmp_path / "settings.ini"), tmp_path / "demo.reflect")
    journal = Journal.create(tmp_path / "demo.reflect", DEMO_PASSPHRASE)
    fill_demo_journal(journal, demo.translations.language)
    window = demo.show_journal(journal, demo=True)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    assert window.demo_banner.isVisible() and DEMO_PASSPHRASE in window.demo_banner.text()
    window.show_page(JOURNAL)
    assert window.journal_page.model.total() == 36
    qtbot.keySequence(window, QKeySequence("Ctrl+L"))  # the lock screen, not the end of the demo
    assert demo.journal is None and isinstance(demo.gate, UnlockDialog)
    window = unlock_with(qtbot, demo, DEMO_PASSPHRASE)
    assert window.demo_banner.isVisible() and DEMO_PASSPHRASE in window.demo_banner.text()
    assert window.windowTitle() == "Reflect — demo"
    window.close()
    demo.shut_down()


def unlock_with(qtbot, controller, passphrase):
    dialog = controller.gate
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.passphrase_field, passphrase)
    qtbot.keyClick(dialog.passphrase_field, Qt.Key.Key_Return)
    assert controller.window is not None
    return controller.window


def test_unfinished_writing_follows_into_the_restored_journal(qtbot, controller, journal_path):
    from reflect.app.backups import backup_folder, list_backups
    from reflect.domain.editor_state import EditorState

    window = unlock(qtbot, controller)
    [backup] = list_backups(backup_folder(journal_path))
    journal = controller.journal
    [in_backup] = journal.entries().entries
    after_backup = journal.save_entry(
        new_entry(Kind.SHIFT_REFLECTION, journal.today(), text="Later")
    )

    def edit_draft(entry, text):
        state = EditorState.of_entry(entry).but(text=text)
        journal.save_draft(entry.kind.value, state.as_payload(), entry.uuid)

    # Left from earlier: edits of an entry the backup holds and of one it does not.
    edit_draft(in_backup, "An old entry, and a later thought")
    edit_draft(after_backup, "Later, and more")
    # And typed just now, never saved.
    window.write_new(Kind.SHIFT_REFLECTION.value, None)
    qtbot.keyClicks(window.editor.text_field, f"Half a {CANARY} sentence")

    assert controller.restore_from(backup.path, PASSPHRASE)
    unlock(qtbot, controller)
    drafts = {d.payload["text"]: d.entry_uuid for d in controller.journal.drafts()}
    assert drafts == {
        f"Half a {CANARY} sentence": None,
        "An old entry, and a later thought": in_backup.uuid,
        "Later, and more": None,  # its entry is not in the backup: it becomes a new one
    }
    dialog = controller.draft_dialog
    assert isinstance(dialog, DraftRestoreDialog) and dialog.draft_list.count() == 3


def test_a_replaced_journal_file_stops_the_window_writing_and_loses_no_word(
    qtbot, controller, journal_path, tmp_path
):
    import os

    from reflect.app.journal import Journal

    window = unlock(qtbot, controller)
    window.autosave.timer.setInterval(100)
    qtbot.mouseClick(
        window.today_page.kind_buttons[Kind.SHIFT_REFLECTION], Qt.MouseButton.LeftButton
    )
    qtbot.keyClicks(window.editor.text_field, f"Before the swap {CANARY}.")
    qtbot.waitUntil(lambda: len(controller.journal.drafts()) == 1, timeout=2000)

    # Another program puts a different journal where this one was.
    with Journal.create(tmp_path / "elsewhere" / "other.reflect", PASSPHRASE) as other:
        other.save_entry(new_entry(Kind.SHIFT_REFLECTION, other.today(), text="The other file"))
    controller.session.open_journal._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    os.replace(tmp_path / "elsewhere" / "other.reflect", journal_path)

    qtbot.keyClicks(window.editor.text_field, " After the swap.")
    qtbot.waitUntil(lambda: "stopped writing" in window.editor.status_label.text(), timeout=2000)
    # The sentence wraps: it never asks for a window wider than a small laptop's screen.
    assert window.minimumSizeHint().width() <= 1280
    qtbot.mouseClick(window.editor.save_button, Qt.MouseButton.LeftButton)
    assert "stopped writing" in window.editor.status_label.text()
    assert window.editor.text_field.toPlainText() == f"Before the swap {CANARY}. After the swap."

    qtbot.keySequence(window.editor.text_field, QKeySequence("Ctrl+L"))
    window = unlock(qtbot, controller)
    assert [e.text for e in controller.journal.entries().entries] == ["The other file"]
    [draft] = controller.journal.drafts()
    assert draft.payload["text"] == f"Before the swap {CANARY}. After the swap."
    assert window.editor.text_field.toPlainText() == f"Before the swap {CANARY}. After the swap."


def test_a_journal_whose_first_page_is_damaged_is_restored_from_the_unlock_dialog(
    qtbot, controller, journal_path
):
    import os

    from reflect.app.backups import backup_folder, list_backups

    window = unlock(qtbot, controller)  # the day's backup is made here
    [backup] = list_backups(backup_folder(journal_path))
    qtbot.keySequence(window.editor.text_field, QKeySequence("Ctrl+L"))
    data = bytearray(journal_path.read_bytes())
    data[1000:1100] = os.urandom(100)
    journal_path.write_bytes(bytes(data))

    dialog = controller.gate
    qtbot.keyClicks(dialog.passphrase_field, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_field, Qt.Key.Key_Return)
    assert controller.window is None
    assert "damaged" in dialog.error_label.text() and str(backup.path) in dialog.error_label.text()
    assert dialog.restore_button.isVisible()
    label = dialog.error_label  # the long sentence is shown whole, not squeezed
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=1000)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=3000)
    assert [e.title for e in controller.journal.entries().entries] == [f"Saved {CANARY}"]
    damaged = list(journal_path.parent.glob("journal.reflect.before-restore-*"))
    assert damaged and damaged[0].read_bytes() == bytes(data)  # the damaged file is kept


def test_a_wrong_passphrase_offers_no_restore(qtbot, controller):
    dialog = controller.start()
    qtbot.keyClicks(dialog.passphrase_field, "not the passphrase")
    qtbot.keyClick(dialog.passphrase_field, Qt.Key.Key_Return)
    assert "does not open" in dialog.error_label.text()
    assert not dialog.restore_button.isVisible()


def test_discard_all_leaves_the_writing_that_was_open_again(qtbot, controller, journal_path):
    from reflect.app.journal import Journal

    with Journal.open(journal_path, PASSPHRASE) as left:  # as an earlier crash left it
        left.save_draft(
            Kind.SHIFT_REFLECTION.value, {"kind": "shift_reflection", "text": "from the crash"}
        )
    window = unlock(qtbot, controller)
    controller.draft_dialog.reject()  # "Later"
    window.write_new(Kind.SHIFT_REFLECTION.value, None)
    qtbot.keyClicks(window.editor.text_field, "typed before the lock")
    qtbot.keySequence(window.editor.text_field, QKeySequence("Ctrl+L"))
    window = unlock(qtbot, controller)
    assert window.editor.text_field.toPlainText() == "typed before the lock"
    dialog = controller.draft_dialog
    assert dialog.draft_list.count() == 1 and "from the crash" in dialog.draft_list.item(0).text()
    answer_next_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert [d.payload["text"] for d in controller.journal.drafts()] == ["typed before the lock"]
