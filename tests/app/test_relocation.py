"""Moving a journal out of a synced folder: all or nothing, and then nothing left behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.app.backups import backup_folder, list_backups, make_backup
from reflect.app.journal import Journal
from reflect.app.relocation import Relocation, leave_old_place, move_journal
from reflect.domain.entry import new_entry
from reflect.domain.errors import ValidationError
from reflect.domain.kinds import Kind
from reflect.paths import PORTABLE_FOLDER, AppPaths
from tests.conftest import PASSPHRASE


@pytest.fixture
def portable(tmp_path) -> tuple[Relocation, Journal]:
    """A portable Reflect unpacked into a OneDrive folder, with an entry and a backup."""
    source = AppPaths.portable(tmp_path / "OneDrive" / "Reflect" / PORTABLE_FOLDER)
    target = AppPaths.portable(tmp_path / "AppData" / "Local" / "Reflect")
    journal = Journal.create(source.default_journal, PASSPHRASE)
    journal.save_entry(new_entry(Kind.SHIFT_REFLECTION, journal.today(), text="words kept"))
    make_backup(journal, manual=True)
    source.settings_file.parent.mkdir(parents=True)
    source.settings_file.write_text("[General]\nlanguage=sv\n", encoding="utf-8")
    yield Relocation.from_paths(source, target), journal
    journal.close()


def test_the_journal_its_backups_and_settings_move_and_the_portable_folder_goes(portable):
    relocation, journal = portable
    assert relocation.portable is not None and relocation.may_move(journal.path)
    moved = move_journal(journal, PASSPHRASE, relocation)
    old = journal.path
    journal.close()
    assert leave_old_place(old, relocation) == []
    assert not relocation.portable.exists()
    assert not relocation.portable.with_name(f"{PORTABLE_FOLDER}-moved").exists()
    with Journal.open(moved, PASSPHRASE) as there:
        assert [e.text for e in there.entries().entries] == ["words kept"]
    assert len(list_backups(backup_folder(moved))) == 1
    assert "language=sv" in relocation.target.settings_file.read_text(encoding="utf-8")


def test_a_wrong_passphrase_moves_nothing(portable):
    relocation, journal = portable
    with pytest.raises(ValidationError, match=r"(?i)passphrase"):
        move_journal(journal, "not the passphrase at all", relocation)
    assert not relocation.target.default_journal.exists()
    assert not backup_folder(relocation.target.default_journal).exists()
    assert journal.path.exists() and journal.count_entries() == 1


def test_a_journal_already_at_the_target_is_never_overwritten(portable):
    relocation, journal = portable
    Journal.create(relocation.target.default_journal, "another passphrase here").close()
    before = relocation.target.default_journal.read_bytes()
    with pytest.raises(ValidationError, match="already exists"):
        move_journal(journal, PASSPHRASE, relocation)
    assert relocation.target.default_journal.read_bytes() == before
    assert journal.path.exists()


def test_a_journal_outside_reflects_own_folder_is_not_offered_a_move(portable, tmp_path):
    relocation, _ = portable
    assert not relocation.may_move(tmp_path / "OneDrive" / "chosen.reflect")
    itself = Relocation.from_paths(relocation.target, relocation.target)
    assert not itself.may_move(relocation.target.default_journal)


def test_what_cannot_be_removed_is_named(portable, monkeypatch):
    relocation, journal = portable
    move_journal(journal, PASSPHRASE, relocation)
    old = journal.path
    journal.close()
    monkeypatch.setattr(
        Path, "rename", lambda self, target: (_ for _ in ()).throw(OSError("in use"))
    )
    monkeypatch.setattr("shutil.rmtree", lambda path, ignore_errors=False: None)
    assert leave_old_place(old, relocation) == [relocation.portable]


def test_the_log_moves_so_the_old_folder_can_go(tmp_path):
    import logging

    from reflect.logs import PrivateRotatingFileHandler, move_logging, setup_logging, stop_logging

    old = setup_logging(tmp_path / "old" / "log")
    try:
        moved = move_logging(tmp_path / "new" / "log")
        logging.getLogger("reflect.test").info("after the move")
        handlers = [
            h
            for h in logging.getLogger("reflect").handlers
            if isinstance(h, PrivateRotatingFileHandler)
        ]
        assert handlers == [moved]  # the old file is closed, not written to again
        assert "after the move" in (tmp_path / "new" / "log" / "reflect.log").read_text(
            encoding="utf-8"
        )
    finally:
        stop_logging(old)
        stop_logging(moved)
