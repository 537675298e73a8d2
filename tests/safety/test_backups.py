"""Backups: made, rotated, restored; old passphrases still open old backups."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from reflect.app.backups import backup_folder, backup_if_due, list_backups, make_backup, rotate
from reflect.app.journal import Journal
from reflect.app.restore import restore_backup
from reflect.domain.entry import new_entry
from reflect.domain.errors import ValidationError
from reflect.store.errors import WrongPassphrase
from reflect.store.journal_lock import lock_path
from tests.conftest import PASSPHRASE


def write(journal, text):
    return journal.save_entry(new_entry("shift_reflection", journal.today(), text=text))


def test_backup_is_encrypted_and_restores_in_place(journal, journal_path, tmp_path):
    write(journal, "kept in the backup")
    backup = make_backup(journal)
    assert backup.parent == journal_path.parent / "backups"
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    assert b"kept in the backup" not in backup.read_bytes()
    write(journal, "written after the backup")
    journal.close()
    kept = restore_backup(backup, journal_path, PASSPHRASE, datetime(2026, 3, 14, 19, 0))
    with Journal.open(journal_path, PASSPHRASE) as restored:
        assert [e.text for e in restored.entries().entries] == ["kept in the backup"]
    with Journal.open(kept, PASSPHRASE) as previous:
        assert previous.count_entries() == 2


def test_a_wrong_passphrase_or_missing_backup_changes_nothing(journal, journal_path):
    write(journal, "x")
    backup = make_backup(journal)
    journal.close()
    before = journal_path.read_bytes()
    with pytest.raises(WrongPassphrase):
        restore_backup(backup, journal_path, "not it at all", datetime.now())
    with pytest.raises(ValidationError):
        restore_backup(
            backup.with_name("nothing.reflect"), journal_path, PASSPHRASE, datetime.now()
        )
    assert journal_path.read_bytes() == before
    # Only the journal, its backups and the (empty) lock file any open journal holds.
    assert sorted(p.name for p in journal_path.parent.iterdir()) == sorted(
        ["backups", journal_path.name, lock_path(journal_path).name]
    )


def test_daily_backup_once_a_day(journal, clock):
    assert backup_if_due(journal) is not None
    assert backup_if_due(journal) is None
    clock.advance(days=1)
    assert backup_if_due(journal) is not None
    assert len(list_backups(journal.path.parent / "backups")) == 2


def test_rotation_keeps_seven_daily_and_four_weekly(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2026, 1, 1, 20, 0)
    for day in range(60):
        for hour in (9, 20):
            stamp = (start + timedelta(days=day)).replace(hour=hour)
            (folder / f"journal-{stamp:%Y%m%d-%H%M%S}.reflect").write_bytes(b"x")
    rotate(folder)
    kept = list_backups(folder)
    assert len(kept) == 11
    newest = kept[:7]
    assert [b.made.day for b in newest] == [1, 28, 27, 26, 25, 24, 23]  # March 1 back to Feb 23
    assert all(b.made.hour == 20 for b in kept)  # the newest of each day
    weeks = {b.made.isocalendar()[:2] for b in kept[7:]}
    assert len(weeks) == 4


def test_after_a_passphrase_change_old_backups_open_with_the_old_one(journal, journal_path):
    write(journal, "from before the change")
    old_backup = make_backup(journal)
    journal.change_passphrase(PASSPHRASE, "a completely new passphrase")
    new_backup = make_backup(journal)
    journal.close()
    with Journal.open_read_only(old_backup, PASSPHRASE) as old:
        assert old.count_entries() == 1
    with pytest.raises(WrongPassphrase):
        Journal.open_read_only(old_backup, "a completely new passphrase")
    with Journal.open_read_only(new_backup, "a completely new passphrase") as new:
        assert new.count_entries() == 1
    restore_backup(old_backup, journal_path, PASSPHRASE, datetime.now())
    with Journal.open(journal_path, PASSPHRASE) as restored:
        assert restored.entries().entries[0].text == "from before the change"


def test_integrity_check_finds_damage_and_the_file_is_kept(journal, journal_path):
    for i in range(50):
        write(journal, f"entry {i} " * 50)
    assert journal.integrity_problems() == []
    journal.close()
    data = bytearray(journal_path.read_bytes())
    data[20000:20100] = bytes(100)  # damage a page in the middle
    journal_path.write_bytes(bytes(data))
    damaged = journal_path.read_bytes()
    with Journal.open(journal_path, PASSPHRASE) as opened:
        assert opened.integrity_problems()
    assert journal_path.read_bytes() == damaged


def test_two_backups_in_one_second_keep_their_order(journal):
    first = make_backup(journal)
    second = make_backup(journal)  # the test clock stands still
    assert first != second and second.name.endswith("-2.reflect")
    assert [b.path for b in list_backups(first.parent)] == [second, first]
    rotate(first.parent)
    assert [b.path for b in list_backups(first.parent)] == [second]


def test_a_manual_backup_is_never_rotated_away(journal, clock):
    """Audit finding 5: "Back up now" was deleted by the backup at quit the same day."""
    folder = backup_folder(journal.path)
    mine = make_backup(journal, manual=True)
    for _ in range(3):
        clock.advance(minutes=30)
        make_backup(journal)
        rotate(folder)
    for _ in range(20):  # three weeks of daily backups later
        clock.advance(days=1)
        backup_if_due(journal)
    kept = list_backups(folder)
    assert mine in [b.path for b in kept] and next(b for b in kept if b.manual).path == mine
    assert len([b for b in kept if not b.manual]) <= 7 + 4


def test_settings_says_which_backup_is_which_and_deletes_only_when_asked(qtbot, journal, qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from reflect.gui.pages.settings.backups_section import BackupsSection
    from tests.gui.conftest import answer_next_message_box

    make_backup(journal)
    section = BackupsSection(journal)
    qtbot.addWidget(section)
    qtbot.mouseClick(section.backup_now_button, Qt.MouseButton.LeftButton)
    texts = [section.backup_list.item(i).text() for i in range(section.backup_list.count())]
    assert len(texts) == 2 and sum("made by you" in t for t in texts) == 1
    assert sum("automatic" in t for t in texts) == 1
    section.backup_list.setCurrentRow(0)
    answer_next_message_box(QMessageBox.StandardButton.No)
    qtbot.mouseClick(section.delete_button, Qt.MouseButton.LeftButton)
    assert len(list_backups(backup_folder(journal.path))) == 2
    answer_next_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(section.delete_button, Qt.MouseButton.LeftButton)
    assert len(list_backups(backup_folder(journal.path))) == 1
    assert section.backup_list.count() == 1
