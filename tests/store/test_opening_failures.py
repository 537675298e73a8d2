"""Why a journal does not open, each with its own true sentence (issue 13, item 6).

A damaged first page is told from a wrong passphrase by the newest backup;
a read-only disk or file is told from both; reading commands open read-only
and never change a damaged file.
"""

from __future__ import annotations

import os

import pytest

from reflect.app.backups import make_backup
from reflect.app.journal import Journal
from reflect.app.opening import JournalMayBeDamaged, open_journal
from reflect.domain.entry import new_entry
from reflect.store.error_codes import JournalReadOnly
from reflect.store.errors import WrongPassphrase
from tests.conftest import PASSPHRASE


def damage_first_page(path):
    data = bytearray(path.read_bytes())
    data[1000:1100] = os.urandom(100)  # inside page 1, past SQLCipher's salt
    path.write_bytes(bytes(data))


def test_a_damaged_first_page_names_the_newest_backup_instead_of_blaming_the_passphrase(
    journal, journal_path
):
    journal.save_entry(new_entry("shift_reflection", journal.today(), text="kept in the backup"))
    backup = make_backup(journal, manual=True)
    journal.close()
    damage_first_page(journal_path)
    before = journal_path.read_bytes()
    with pytest.raises(JournalMayBeDamaged, match="does open its newest backup") as refused:
        open_journal(journal_path, PASSPHRASE)
    assert refused.value.backup == backup and str(backup) in str(refused.value.params["backup"])
    with pytest.raises(JournalMayBeDamaged):
        open_journal(journal_path, PASSPHRASE, for_reading=True)
    # A passphrase that opens neither is still just a wrong passphrase.
    with pytest.raises(WrongPassphrase):
        open_journal(journal_path, "not the passphrase at all")
    assert journal_path.read_bytes() == before


def test_without_a_backup_a_damaged_first_page_is_a_refused_passphrase(journal, journal_path):
    journal.close()
    damage_first_page(journal_path)
    with pytest.raises(WrongPassphrase):
        open_journal(journal_path, PASSPHRASE)


def test_reading_opens_never_write_to_the_journal(journal, journal_path):
    journal.save_entry(new_entry("shift_reflection", journal.today(), text="read, not written"))
    journal.close()
    before = journal_path.read_bytes()
    with Journal.open_for_reading(journal_path, PASSPHRASE) as reading:
        assert [e.text for e in reading.entries().entries] == ["read, not written"]
        with pytest.raises(JournalReadOnly):
            reading.save_entry(new_entry("shift_reflection", reading.today(), text="no"))
    assert journal_path.read_bytes() == before
