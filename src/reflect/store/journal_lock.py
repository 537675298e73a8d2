"""Who has the journal open: a lock file beside it, held for as long as a journal is open.

Every Reflect that opens a journal holds a shared lock on its lock file; a
restore, which puts another file in the journal's place, needs the lock to
itself. So a restore is refused while the journal is open in another window
or a running command, instead of swapping the file out from under it. The
operating system lets go of the lock when the process ends, however it ends,
so a crash never leaves the journal locked.

The lock file is empty and stays: removing it would let two processes lock
two different files of the same name.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Self

from reflect.domain.i18n import QT_TRANSLATE_NOOP
from reflect.store.errors import StoreError

PRIVATE_FILE = 0o600


class JournalInUse(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Store",
                "The journal is open in another Reflect window or command. Close it there "
                "first; nothing was changed.",
            )
        )


def lock_path(journal_path: Path) -> Path:
    journal_path = Path(journal_path)
    return journal_path.with_name(f".{journal_path.name}.lock")


class JournalLock:
    """A held lock; ``release`` (or leaving the ``with``) lets go of it."""

    def __init__(self, descriptor: int) -> None:
        self._descriptor: int | None = descriptor

    @classmethod
    def shared(cls, journal_path: Path) -> JournalLock | None:
        """Held by every open journal. None where the folder cannot hold a lock file
        (a read-only disk): a journal there cannot be restored over anyway."""
        try:
            descriptor = _open_lock_file(journal_path)
        except OSError:
            return None
        # Only a restore holds it exclusively, and only for a moment.
        return cls._taken(descriptor, exclusive=False)

    @classmethod
    def exclusive(cls, journal_path: Path) -> JournalLock:
        """The lock to oneself, or JournalInUse at once (never waits)."""
        return cls._taken(_open_lock_file(journal_path), exclusive=True)

    @classmethod
    def _taken(cls, descriptor: int, *, exclusive: bool) -> JournalLock:
        if not _lock(descriptor, exclusive=exclusive):
            os.close(descriptor)
            raise JournalInUse()
        return cls(descriptor)

    def release(self) -> None:
        if self._descriptor is not None:
            os.close(self._descriptor)  # closing lets go of the lock
            self._descriptor = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _open_lock_file(journal_path: Path) -> int:
    return os.open(lock_path(journal_path), os.O_RDWR | os.O_CREAT, PRIVATE_FILE)


if sys.platform == "win32":
    import ctypes
    import msvcrt
    from ctypes import wintypes

    _LOCKFILE_FAIL_IMMEDIATELY = 0x1
    _LOCKFILE_EXCLUSIVE_LOCK = 0x2

    class _Overlapped(ctypes.Structure):
        _fields_ = [
            ("Internal", ctypes.c_void_p),
            ("InternalHigh", ctypes.c_void_p),
            ("Offset", wintypes.DWORD),
            ("OffsetHigh", wintypes.DWORD),
            ("hEvent", wintypes.HANDLE),
        ]

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _kernel32.LockFileEx.argtypes = [
        wintypes.HANDLE,
        wintypes.DWORD,
        wintypes.DWORD,
        wintypes.DWORD,
        wintypes.DWORD,
        ctypes.POINTER(_Overlapped),
    ]
    _kernel32.LockFileEx.restype = wintypes.BOOL

    def _lock(descriptor: int, exclusive: bool) -> bool:
        # msvcrt.locking has no shared locks; LockFileEx has both kinds.
        flags = _LOCKFILE_FAIL_IMMEDIATELY | (_LOCKFILE_EXCLUSIVE_LOCK if exclusive else 0)
        handle = msvcrt.get_osfhandle(descriptor)
        return bool(_kernel32.LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(_Overlapped())))

else:
    import fcntl

    def _lock(descriptor: int, exclusive: bool) -> bool:
        # flock, not fcntl: SQLite's own locks on the journal are fcntl
        # locks, and the two kinds never meet (and this is another file).
        operation = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        try:
            fcntl.flock(descriptor, operation)
        except BlockingIOError:
            return False
        except OSError:
            return True  # a file system without locks (some network shares): do not refuse work
        return True
