"""Today's check-in and shift log; Settings that take effect."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reflect.domain.entry import FollowUp, Share, new_entry
from reflect.domain.kinds import Kind
from reflect.domain.shift_log import Activity
from reflect.gui.app_controller import AppController
from reflect.gui.main_window import SETTINGS, TODAY, WRITE
from tests.conftest import PASSPHRASE
from tests.gui.people import choose, open_item


def test_check_in_with_three_clicks(qtbot, window, journal):
    checkin = window.today_page.checkin
    qtbot.keyClicks(checkin.note_field, "long shift")
    for name, value in (("mood", 2), ("energy", 3), ("stress", 4)):
        qtbot.mouseClick(checkin.scales[name].buttons[value], Qt.MouseButton.LeftButton)
    [stored] = journal.checkins(journal.today(), journal.today())
    assert (stored.mood, stored.energy, stored.stress, stored.note) == (2, 3, 4, "long shift")
    assert "Checked in" in checkin.status_label.text()
    qtbot.mouseClick(checkin.undo_button, Qt.MouseButton.LeftButton)
    assert journal.checkins(journal.today(), journal.today()) == []
    assert checkin.scales["mood"].value() is None


def test_two_clicks_save_nothing(qtbot, window, journal):
    checkin = window.today_page.checkin
    qtbot.mouseClick(checkin.scales["mood"].buttons[4], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(checkin.scales["stress"].buttons[1], Qt.MouseButton.LeftButton)
    assert journal.checkins(journal.today(), journal.today()) == []


def test_shift_log_chips(qtbot, window, journal):
    chips = window.today_page.shift_chips.chips
    qtbot.mouseClick(chips[Activity.HOME_VISIT], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(chips[Activity.RECOVERY_GROUP], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(chips[Activity.HOME_VISIT], Qt.MouseButton.LeftButton)
    assert journal.shift_log(journal.today()) == {Activity.RECOVERY_GROUP: 1}
    window.today_page.reload()
    assert window.today_page.shift_chips.selected() == [Activity.RECOVERY_GROUP]


def test_other_in_the_shift_log_can_be_named(qtbot, window, journal):
    """Issue 16: "Other" says what it was, in the writer's own word, kept as typed."""
    today_page = window.today_page
    window.activateWindow()
    assert not today_page.shift_log.other_field.isVisible()
    qtbot.mouseClick(today_page.shift_chips.chips[Activity.OTHER], Qt.MouseButton.LeftButton)
    field = today_page.shift_log.other_field
    assert field.isVisible() and field.hasFocus()
    qtbot.keyClicks(field, "Phone round with relatives")
    qtbot.waitUntil(
        lambda: journal.other_activity_name(journal.today()) == "Phone round with relatives",
        timeout=3000,
    )
    qtbot.keyClicks(field, " again")
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # leaving the field saves at once
    assert journal.other_activity_name(journal.today()) == "Phone round with relatives again"
    today_page.reload()
    assert field.isVisible() and field.text() == "Phone round with relatives again"
    qtbot.mouseClick(today_page.shift_chips.chips[Activity.OTHER], Qt.MouseButton.LeftButton)
    assert not field.isVisible() and field.text() == ""
    assert journal.shift_log(journal.today()) == {}
    assert journal.other_activity_name(journal.today()) == ""


def test_follow_ups_and_supervision_lists_open_entries(qtbot, window, journal):
    waiting = journal.save_entry(
        new_entry(
            Kind.STIGMA_INCIDENT,
            journal.today(),
            title="Waiting",
            text="x",
            follow_up=FollowUp.OPEN,
        )
    )
    journal.save_entry(
        new_entry(
            Kind.MEANINGFUL_MOMENT, journal.today(), title="To bring", text="y", share=Share.SUMMARY
        )
    )
    today = window.today_page
    today.reload()
    assert "Waiting" in today.follow_up_list.item(0).text()
    assert "To bring" in today.supervision_list.item(0).text()
    # Written lately: newest first.
    assert "To bring" in today.recent_list.item(0).text()
    assert "Waiting" in today.recent_list.item(1).text()
    open_item(today.recent_list, 1)
    assert window.editor.state().entry_uuid == waiting.uuid
    window.show_page(TODAY)
    open_item(today.follow_up_list, 0)
    assert window.stack.currentIndex() == WRITE
    assert window.editor.state().entry_uuid == waiting.uuid


def test_settings_are_kept_and_take_effect(
    qtbot, qapp, journal, journal_path, tmp_path, translations
):
    from reflect.present.preferences import Preferences

    controller = AppController(qapp, Preferences(tmp_path / "settings.ini"), journal_path)
    window = controller.show_journal(journal)
    window.show_page(SETTINGS)
    page = window.settings_page
    page.auto_lock_box.setValue(2)
    assert controller.idle.timer.interval() == 2 * 60_000
    base = QApplication.font().pointSizeF()
    choose(page.text_size_box, 200)
    assert QApplication.font().pointSizeF() == base * 2
    choose(page.appearance_box, "dark")
    assert QApplication.palette().window().color().lightness() < 80
    reread = Preferences(tmp_path / "settings.ini")
    assert (reread.auto_lock_minutes, reread.text_scale, reread.appearance) == (2, 200, "dark")
    controller.appearance.apply("system", 100)
    window.close()
    controller.session.journal = None
    controller.shut_down()


def test_change_passphrase_from_settings(qtbot, window, journal, journal_path):
    from reflect.app.journal import Journal

    page = window.settings_page
    qtbot.keyClicks(page.current_field, "wrong one")
    qtbot.keyClicks(page.new_field, "a fresh passphrase")
    qtbot.keyClicks(page.repeat_field, "a fresh passphrase")
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    assert "does not open" in page.passphrase_status.text()
    page.current_field.clear()
    qtbot.keyClicks(page.current_field, PASSPHRASE)
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    assert "new passphrase" in page.passphrase_status.text()
    assert page.current_field.text() == "" and page.new_field.text() == ""
    with Journal.open(journal_path, "a fresh passphrase") as reopened:
        assert reopened.count_entries() == 0


def test_after_a_passphrase_change_writing_today_summaries_and_the_pack_all_work(
    qtbot, window, journal, journal_path
):
    """Blocker 2 of the newcomer's walk: no new entry opened after a change, "closed database"."""
    from reflect.app.backups import backup_folder, list_backups
    from reflect.app.journal import Journal
    from reflect.gui.main_window import SETTINGS, SUMMARIES, TODAY
    from reflect.store import connection

    window.show_page(SETTINGS)
    page = window.settings_page
    qtbot.keyClicks(page.current_field, PASSPHRASE)
    qtbot.keyClicks(page.new_field, "a fresh passphrase")
    qtbot.keyClicks(page.repeat_field, "a fresh passphrase")
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    assert "a backup under it was just made" in page.passphrase_status.text()
    [backup] = list_backups(backup_folder(journal_path))
    assert connection.passphrase_opens(backup.path, "a fresh passphrase")
    assert page.backups.backup_list.count() == 1

    window.show_page(TODAY)
    qtbot.mouseClick(
        window.today_page.kind_buttons[Kind.LOYALTY_CONFLICT], Qt.MouseButton.LeftButton
    )
    assert window.editor.kind_button.kind() is Kind.LOYALTY_CONFLICT
    qtbot.keyClicks(window.editor.title_field, "After the change")
    qtbot.keyClicks(window.editor.text_field, "Still writing.")
    qtbot.mouseClick(window.editor.save_button, Qt.MouseButton.LeftButton)
    assert [e.title for e in journal.entries(limit=5).entries] == ["After the change"]
    window.show_page(SUMMARIES)
    assert "Entries: 1" in window.summaries_page.figures_label.text()
    dialog = window.summaries_page.open_pack_dialog()
    assert "Supervision pack" in dialog.preview.toPlainText()
    dialog.close()
    assert window.editor.library.prompt_of_the_day() is not None  # the prompt library kept working
    with Journal.open(journal_path, "a fresh passphrase") as reopened:
        assert reopened.count_entries() == 1


def test_today_shows_todays_check_in_and_changes_it_instead_of_adding_one(qtbot, window, journal):
    """From the newcomer's walk: after a restart the check-in was blank, and a second one was added."""
    journal.check_in(2, 3, 4, note="before the restart")
    window.today_page.reload()  # as after unlocking
    checkin = window.today_page.checkin
    assert [checkin.scales[n].value() for n in ("mood", "energy", "stress")] == [2, 3, 4]
    assert checkin.note_field.text() == "before the restart"
    assert "You checked in at" in checkin.status_label.text()
    qtbot.mouseClick(checkin.scales["mood"].buttons[4], Qt.MouseButton.LeftButton)
    [stored] = journal.checkins(journal.today(), journal.today())
    assert (stored.mood, stored.energy, stored.stress) == (4, 3, 4)
    assert "changed" in checkin.status_label.text()


def test_a_refresh_of_today_keeps_a_check_in_being_made(qtbot, window, journal):
    checkin = window.today_page.checkin
    qtbot.keyClicks(checkin.note_field, "half a thought")
    qtbot.mouseClick(checkin.scales["mood"].buttons[2], Qt.MouseButton.LeftButton)
    window.today_page.reload()  # as after saving an entry
    assert checkin.note_field.text() == "half a thought" and checkin.scales["mood"].value() == 2


def test_the_writers_own_hard_day_note_is_near_and_offered_after_heavy_days(
    qtbot, window, journal, clock, monkeypatch
):
    """Issue 17: a calm note on where to turn, with the writer's own plan from Settings."""
    from reflect.gui.main_window import SETTINGS
    from reflect.gui.own_hard_day_dialog import OwnHardDayDialog

    shown = []
    monkeypatch.setattr(OwnHardDayDialog, "exec", lambda self: shown.append(self.text()))
    window.show_page(SETTINGS)
    plan = window.settings_page.own_support
    qtbot.keyClicks(plan.plan_field, "A walk first. Call Sam.")
    qtbot.mouseClick(plan.save_button, Qt.MouseButton.LeftButton)
    assert plan.status.text() == "Saved."
    window.show_page(TODAY)
    today = window.today_page
    assert today.hard_day_button.isVisible() and not today.heavy_note.isVisible()
    qtbot.mouseClick(today.hard_day_button, Qt.MouseButton.LeftButton)
    assert "A walk first. Call Sam." in shown[0] and "emergency number" in shown[0]
    for _day in range(2):  # two heavy evenings: not yet "several days"
        journal.check_in(2, 2, 4)
        clock.advance(days=1)
    today.reload()
    assert not today.heavy_note.isVisible()
    scales = today.checkin.scales  # the third, checked in on Today by a person
    for name, value in (("mood", 1), ("energy", 2), ("stress", 5)):
        qtbot.mouseClick(scales[name].buttons[value], Qt.MouseButton.LeftButton)
    assert today.heavy_note.isVisible()
    assert "heavy for a few days" in today.heavy_note.text()
