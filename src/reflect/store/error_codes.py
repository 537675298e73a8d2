"""SQLite's and SQLCipher's refusals, by error code, as sentences a person can act on.

Mapped by code, never by the words of the message (they change between
versions and languages). Anything not listed here is a bug of ours and
stays an exception.
"""

from __future__ import annotations

import sqlcipher3

from reflect.domain.i18n import QT_TRANSLATE_NOOP
from reflect.store.errors import JournalBusy, StoreError

SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


class DiskFull(StoreError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Store", "The disk is full, so this could not be saved. Everything saved before is safe; "
            "free some space and save again."))


class JournalReadOnly(StoreError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Store", "The journal file or its disk is read-only, so nothing could be saved. Everything "
            "saved before is safe."))


class DiskProblem(StoreError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Store", "The disk refused to read or write the journal (a file size limit, a removed disk "
            "or a disk error). Everything saved before is safe."))


class JournalDamaged(StoreError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Store", "The journal file is damaged. Nothing was changed in it; restore the newest "
            "backup (reflect restore, or Settings → Backups)."))


_BY_CODE: dict[int, type[StoreError]] = {
    SQLITE_FULL: DiskFull,
    SQLITE_BUSY: JournalBusy,
    SQLITE_LOCKED: JournalBusy,
    SQLITE_READONLY: JournalReadOnly,
    SQLITE_IOERR: DiskProblem,
    SQLITE_CANTOPEN: DiskProblem,
    SQLITE_CORRUPT: JournalDamaged,
    SQLITE_NOTADB: JournalDamaged,
}


def store_error(error: BaseException) -> StoreError | None:
    """The user's problem behind ``error``, or None when it is ours."""
    if not isinstance(error, sqlcipher3.Error):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    mapped = _BY_CODE.get(code & 0xFF)  # extended codes keep the primary one in the low byte
    return mapped() if mapped else None
