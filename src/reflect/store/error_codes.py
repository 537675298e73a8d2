"""SQLite's and SQLCipher's refusals, by error code, as sentences a person can act on.

Mapped by code, never by the words of the message (they change between
versions and languages). Anything not listed here is a bug of ours and
stays an exception.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

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
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Store",
                "The disk is full, so this could not be saved. Everything saved before is safe; "
                "free some space and save again.",
            )
        )


class JournalReadOnly(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Store",
                "The journal file or its disk is read-only, so nothing could be saved. Everything "
                "saved before is safe.",
            )
        )


class DiskProblem(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Store",
                "The disk refused to read or write the journal (a file size limit, a removed disk "
                "or a disk error). Everything saved before is safe.",
            )
        )


class JournalDamaged(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Store",
                "The journal file is damaged. Nothing was changed in it; restore the newest "
                "backup (reflect restore, or Settings → Backups).",
            )
        )


class DiskFullAtOpen(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Store",
                "The disk is full, so Reflect cannot open the journal. Nothing was changed; free "
                "some space and try again.",
            )
        )


class ReadOnlyAtOpen(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Store",
                "The journal is on a disk, or in a file, that cannot be written to, so Reflect "
                "cannot open it to write. Nothing was changed. Copy it to a folder you can write to; "
                "'reflect list', 'search' and 'summary' can still read it where it is.",
            )
        )


_BY_CODE: dict[int, Callable[[], StoreError]] = {
    SQLITE_FULL: DiskFull,
    SQLITE_BUSY: JournalBusy,
    SQLITE_LOCKED: JournalBusy,
    SQLITE_READONLY: JournalReadOnly,
    SQLITE_IOERR: DiskProblem,
    SQLITE_CANTOPEN: DiskProblem,
    SQLITE_CORRUPT: JournalDamaged,
    SQLITE_NOTADB: JournalDamaged,
}


def primary_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None) if isinstance(error, sqlcipher3.Error) else None
    # Extended codes keep the primary one in the low byte.
    return None if code is None else code & 0xFF


def store_error(error: BaseException) -> StoreError | None:
    """The user's problem behind ``error``, or None when it is ours."""
    code = primary_code(error)
    mapped = _BY_CODE.get(code) if code is not None else None
    return mapped() if mapped else None


def opening_error(error: BaseException, path: Path) -> StoreError | None:
    """The same, met while opening: nothing was being saved yet, so it is said differently."""
    code = primary_code(error)
    if code == SQLITE_FULL:
        return DiskFullAtOpen()
    if code in (SQLITE_READONLY, SQLITE_CANTOPEN) and not can_write_beside(path):
        return ReadOnlyAtOpen()
    return store_error(error)


def can_write_beside(path: Path) -> bool:
    """The journal and its folder can be written (its -wal and -shm files live there);
    false on a read-only disk even for an administrator."""
    path = Path(path)
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
