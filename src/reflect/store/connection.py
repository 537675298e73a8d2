"""Opening and creating the encrypted journal file (SQLCipher 4).

The passphrase goes through SQLCipher's own key derivation
(PBKDF2-HMAC-SHA512). ``KDF_ITERATIONS`` is SQLCipher 4's default; only a
test fixture lowers it, to keep the suite fast, and a test checks that the
shipped value is the default.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import sqlcipher3
import sqlite_utils

from reflect.domain.i18n import QT_TRANSLATE_NOOP
from reflect.domain.passphrase import MIN_LENGTH as MIN_PASSPHRASE
from reflect.private_files import make_private, make_private_folder
from reflect.store import migrations
from reflect.store.error_codes import SQLITE_NOTADB, can_write_beside, opening_error, primary_code
from reflect.store.errors import (
    EmptyPassphrase,
    JournalExists,
    JournalIsFolder,
    JournalMissing,
    JournalTooNew,
    NotAJournal,
    StoreError,
    WeakPassphrase,
    WrongPassphrase,
)

KDF_ITERATIONS = 256_000
PAGE_CACHE_KIB = 32_000
# PRAGMA application_id marks the file as a Reflect journal ("RFLT").
APPLICATION_ID = 0x52464C54
BUSY_TIMEOUT_MS = 5_000
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


def create_journal(path: Path, passphrase: str) -> sqlite_utils.Database:
    """Create a new, empty journal at ``path``; never overwrite a file."""
    path = Path(path)
    if path.is_dir():
        raise JournalIsFolder(path)
    if len(passphrase) < MIN_PASSPHRASE:
        raise WeakPassphrase(MIN_PASSPHRASE)
    make_private_folder(path.parent)
    try:
        # O_EXCL: two processes creating at once cannot both win, and the
        # file is readable by its owner only from the first byte.
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        raise JournalExists(path) from None
    make_private(path)  # Windows ignores the mode: an access list for the user alone
    conn = _keyed_connection(path, key_spellings(passphrase)[0])
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA journal_mode = WAL")
        db = _configured(conn)
        migrations.migrate(db)
    except BaseException:
        conn.close()
        raise
    return db


def key_spellings(passphrase: str) -> list[str]:
    """The keys a typed passphrase may stand for, the one Reflect writes first.

    The same passphrase typed on two keyboards can arrive composed ("å") or
    decomposed ("a" + ring). Journals are keyed with the composed form (NFC);
    a journal made before that was keyed with whatever was typed, so that and
    the decomposed form are tried after it.
    """
    if not passphrase:
        raise EmptyPassphrase()
    spellings = [
        unicodedata.normalize("NFC", passphrase),
        passphrase,
        unicodedata.normalize("NFD", passphrase),
    ]
    return list(dict.fromkeys(spellings))  # an ASCII passphrase is tried once


def open_journal(path: Path, passphrase: str) -> sqlite_utils.Database:
    """Open an existing journal, upgrading an older schema after a backup copy.

    A wrong passphrase, a foreign file or a journal from a newer Reflect is
    refused before anything is written to the file.
    """
    path = Path(path)
    if path.is_dir():
        raise JournalIsFolder(path)
    if not path.is_file():
        raise JournalMissing(path)
    return _with_first_key_that_opens(_open_with_key, path, passphrase)


def _with_first_key_that_opens(
    open_with: Callable[[Path, str], sqlite_utils.Database], path: Path, passphrase: str
) -> sqlite_utils.Database:
    *earlier, last = key_spellings(passphrase)
    for key in earlier:
        try:
            return open_with(path, key)
        except WrongPassphrase:
            continue
    return open_with(path, last)


def _open_with_key(path: Path, passphrase: str) -> sqlite_utils.Database:
    conn = _keyed_connection(path, passphrase)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as error:
            raise _why_unreadable(path, error) from None
        (app_id,) = conn.execute("PRAGMA application_id").fetchone()
        if app_id != APPLICATION_ID:
            raise NotAJournal(path)
        (version,) = conn.execute("PRAGMA user_version").fetchone()
        if version > migrations.LATEST:
            raise JournalTooNew(version, migrations.LATEST)
        db = _configured(conn)
        if version < migrations.LATEST:
            migrations.backup_before_migrating(db, path, version)
            migrations.migrate(db)
    except sqlcipher3.Error as error:  # a full or read-only disk met while upgrading
        conn.close()
        mapped = opening_error(error, path)
        if mapped is None:
            raise
        raise mapped from None
    except BaseException:
        conn.close()
        raise
    return db


def open_read_only(path: Path, passphrase: str) -> sqlite_utils.Database:
    """Open a journal (a backup, say) for reading only: never migrated, never written."""
    path = Path(path)
    if path.is_dir():
        raise JournalIsFolder(path)
    if not path.is_file():
        raise JournalMissing(path)
    return _with_first_key_that_opens(_read_only_with_key, path, passphrase)


def _read_only_with_key(path: Path, passphrase: str) -> sqlite_utils.Database:
    if "\x00" in passphrase:
        raise WrongPassphrase()
    # On a read-only disk SQLite cannot make the -shm file a journal in WAL
    # mode needs; "immutable" reads without it (nothing can change the file there).
    options = "mode=ro" if can_write_beside(path) else "mode=ro&immutable=1"
    conn = sqlcipher3.connect(
        f"{path.resolve().as_uri()}?{options}", uri=True, isolation_level=None
    )
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {_sql_string(passphrase)}")
    conn.execute(f"PRAGMA kdf_iter = {KDF_ITERATIONS}")
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as error:
            raise _why_unreadable(path, error) from None
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise NotAJournal(path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > migrations.LATEST:
            raise JournalTooNew(version, migrations.LATEST)
    except BaseException:
        conn.close()
        raise
    conn.execute("PRAGMA temp_store = MEMORY")
    return _database(conn)


def passphrase_opens(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the journal at ``path`` (nothing is written)."""
    for key in key_spellings(passphrase):
        conn = _keyed_connection(Path(path), key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        except sqlcipher3.DatabaseError:
            continue
        finally:
            conn.close()
    return False


def change_passphrase(db: sqlite_utils.Database, new_passphrase: str) -> None:
    """Re-encrypt the whole journal under a new passphrase (SQLCipher rekey)."""
    if len(new_passphrase) < MIN_PASSPHRASE:
        raise WeakPassphrase(MIN_PASSPHRASE)
    db.conn.execute(f"PRAGMA rekey = {_sql_string(key_spellings(new_passphrase)[0])}")


def _keyed_connection(path: Path, passphrase: str) -> sqlcipher3.Connection:
    if "\x00" in passphrase:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "A passphrase cannot contain a NUL character."))
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    # SQLCipher logs decryption failures to stderr by default; a wrong
    # passphrase is an ordinary event here and is reported by us instead.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {_sql_string(passphrase)}")
    conn.execute(f"PRAGMA kdf_iter = {KDF_ITERATIONS}")
    return conn


def _configured(conn: sqlcipher3.Connection) -> sqlite_utils.Database:
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    # Sorts and temporary tables stay in memory: SQLite's temp files are
    # not covered by the journal's encryption.
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Every page read from disk is decrypted and authenticated. A search for
    # a common word at 100,000 entries touches about 2,000 pages of index,
    # the size of SQLCipher's default 8 MB cache, so each search decrypted
    # them all again; 32 MB keeps them (docs/performance.md).
    conn.execute(f"PRAGMA cache_size = {-PAGE_CACHE_KIB}")
    return _database(conn)


def _why_unreadable(path: Path, error: sqlcipher3.DatabaseError) -> Exception:
    """Tell a wrong passphrase from a file that was never a journal, and both from a disk
    that refused (by SQLite's error code: only "not a database" can be the passphrase).

    An encrypted journal is indistinguishable from random bytes, so only
    files that are clearly something else count as "not a journal". A
    damaged first page looks like a wrong passphrase too; app.opening tells
    them apart with the newest backup.
    """
    if primary_code(error) != SQLITE_NOTADB:
        return opening_error(error, path) or error
    with open(path, "rb") as handle:
        head = handle.read(4096)
    size = path.stat().st_size
    if head.startswith(PLAIN_SQLITE_HEADER) or size < 1024 or size % 512:
        return NotAJournal(path)
    printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in head)
    if printable > 0.9 * len(head):
        return NotAJournal(path)
    return WrongPassphrase()


def _database(conn: sqlcipher3.Connection) -> sqlite_utils.Database:
    # sqlcipher3's connection is sqlite3's API; sqlite-utils' types only name sqlite3's.
    return sqlite_utils.Database(cast(Any, conn), execute_plugins=False)


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
