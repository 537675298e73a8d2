"""Opening, creating and refusing journal files."""

from __future__ import annotations

import hashlib
import sqlite3
import stat

import pytest
import sqlcipher3

from reflect.app.journal import Journal
from reflect.domain.entry import new_entry
from reflect.store import connection, migrations
from reflect.store.errors import (
    JournalExists,
    JournalMissing,
    JournalTooNew,
    NotAJournal,
    WeakPassphrase,
    WrongPassphrase,
)
from tests.conftest import PASSPHRASE, SHIPPED_KDF_ITERATIONS

CANARY = "kanariefågel7731"


def fingerprint(path):
    """The bytes and modification time of a journal and its WAL files."""
    found = {}
    for suffix in ("", "-wal", "-shm"):
        part = path.with_name(path.name + suffix)
        if part.exists():
            found[suffix] = (hashlib.sha256(part.read_bytes()).hexdigest(), part.stat().st_mtime_ns)
    return found


def write_canary_entry(journal):
    journal.save_entry(
        new_entry(
            "closeness_distance",
            journal.today(),
            title=f"About {CANARY}",
            fields={"shared": f"I told them about {CANARY}"},
            text=f"The {CANARY} sang.",
            tags=[CANARY],
        )
    )


def test_shipped_key_derivation_is_sqlcipher4_default(journal_path):
    # The autouse fixture lowers it for speed; users get the module's own value.
    assert SHIPPED_KDF_ITERATIONS == 256_000
    assert connection.KDF_ITERATIONS < SHIPPED_KDF_ITERATIONS  # the fixture is in effect
    raw = sqlcipher3.connect(":memory:")
    assert raw.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0] == str(
        SHIPPED_KDF_ITERATIONS
    )
    raw.close()


def test_a_journal_made_with_the_default_opens_with_plain_sqlcipher_defaults(
    journal_path, monkeypatch
):
    monkeypatch.setattr(connection, "KDF_ITERATIONS", 256_000)
    Journal.create(journal_path, PASSPHRASE).close()
    raw = sqlcipher3.connect(str(journal_path))
    raw.execute(f"PRAGMA key = '{PASSPHRASE}'")  # SQLCipher's own defaults only
    assert raw.execute("PRAGMA application_id").fetchone()[0] == connection.APPLICATION_ID
    raw.close()


def test_file_is_encrypted_and_holds_no_plaintext(journal, journal_path):
    write_canary_entry(journal)
    journal.check_in(2, 3, 4, note=CANARY)
    parts = [journal_path.with_name(journal_path.name + s) for s in ("", "-wal", "-shm")]
    assert parts[0].exists() and parts[1].exists()  # WAL mode, written while open
    for part in parts:
        if part.exists():
            data = part.read_bytes()
            assert not data.startswith(b"SQLite format 3")
            assert CANARY.encode() not in data
            assert b"kanariefagel" not in data


def test_pragmas_for_safety_are_on(journal):
    db = journal._db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA temp_store").fetchone()[0] == 2  # memory


def test_new_journal_is_readable_by_its_owner_only(journal_path):
    Journal.create(journal_path, PASSPHRASE).close()
    assert stat.S_IMODE(journal_path.stat().st_mode) == 0o600


def test_wrong_passphrase_is_refused_and_the_file_untouched(journal, journal_path):
    write_canary_entry(journal)
    journal.close()
    before = fingerprint(journal_path)
    with pytest.raises(WrongPassphrase):
        Journal.open(journal_path, "not the passphrase")
    assert fingerprint(journal_path) == before
    with Journal.open(journal_path, PASSPHRASE) as reopened:
        assert reopened.count_entries() == 1


def test_plain_sqlite_file_is_not_a_journal(tmp_path):
    path = tmp_path / "notes.db"
    plain = sqlite3.connect(path)
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    before = path.read_bytes()
    with pytest.raises(NotAJournal):
        Journal.open(path, PASSPHRASE)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content", [b"", b"hello, these are my shopping notes\n" * 200, b"\x00" * 100]
)
def test_other_files_are_not_journals(tmp_path, content):
    path = tmp_path / "something.reflect"
    path.write_bytes(content)
    with pytest.raises(NotAJournal):
        Journal.open(path, PASSPHRASE)
    assert path.read_bytes() == content


def test_another_sqlcipher_database_is_not_a_journal(tmp_path):
    path = tmp_path / "other.db"
    other = sqlcipher3.connect(str(path))
    other.execute(f"PRAGMA key = '{PASSPHRASE}'")
    other.execute(f"PRAGMA kdf_iter = {connection.KDF_ITERATIONS}")
    other.execute("CREATE TABLE t (x)")
    other.commit()
    other.close()
    with pytest.raises(NotAJournal):
        Journal.open(path, PASSPHRASE)


def test_journal_from_a_newer_reflect_is_refused_unchanged(journal, journal_path):
    journal._db.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    journal.close()
    before = fingerprint(journal_path)
    with pytest.raises(JournalTooNew, match="newer version of Reflect"):
        Journal.open(journal_path, PASSPHRASE)
    assert fingerprint(journal_path) == before


def test_missing_journal_and_existing_file(tmp_path, journal_path):
    with pytest.raises(JournalMissing):
        Journal.open(tmp_path / "nowhere.reflect", PASSPHRASE)
    journal_path.write_text("mine")
    with pytest.raises(JournalExists):
        Journal.create(journal_path, PASSPHRASE)
    assert journal_path.read_text() == "mine"


def test_short_passphrase_is_refused_and_creates_nothing(journal_path):
    with pytest.raises(WeakPassphrase):
        Journal.create(journal_path, "short")
    assert not journal_path.exists()


def test_passphrase_with_quotes_round_trips(journal_path):
    tricky = 'it\'s "quoted"; DROP TABLE entries; --'
    Journal.create(journal_path, tricky).close()
    with Journal.open(journal_path, tricky) as reopened:
        assert reopened.count_entries() == 0


def test_change_passphrase(journal, journal_path):
    write_canary_entry(journal)
    with pytest.raises(WrongPassphrase):
        journal.change_passphrase("not the current one", "a brand new passphrase")
    journal.change_passphrase(PASSPHRASE, "a brand new passphrase")
    journal.close()
    with pytest.raises(WrongPassphrase):
        Journal.open(journal_path, PASSPHRASE)
    with Journal.open(journal_path, "a brand new passphrase") as reopened:
        assert reopened.count_entries() == 1
