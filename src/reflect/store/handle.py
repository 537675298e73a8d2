"""The journal's connection as its stores see it: one handle for the journal's whole life.

Changing the passphrase must reopen the connection (SQLCipher would give
copies attached later the old key). Stores, and everything built on them
(the prompt library, the Summaries page), keep the handle, never the
connection, so after a reopen they go on working: the newcomer's "closed
database" after a passphrase change came from a store that kept the old one.

The handle also remembers which file it opened. If another program puts a
different file at the journal's path while it is open (a restore from an
older Reflect, a sync tool, a copy by hand), writing stops: everything
written after would go into the file set aside, out of the writer's sight.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlite_utils

from reflect.domain.i18n import QT_TRANSLATE_NOOP
from reflect.store.errors import StoreError


class JournalReplaced(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Store",
                "Another program put a different file where the journal was, so Reflect stopped "
                "writing to it. Lock Reflect and unlock it to open the journal now in its place; your "
                "unsaved writing goes with you.",
            )
        )


class DatabaseHandle:
    def __init__(self, db: sqlite_utils.Database, path: Path | None = None) -> None:
        self._db = db
        self._path = Path(path) if path is not None else None
        self._identity = _identity(self._path)

    @property
    def database(self) -> sqlite_utils.Database:
        return self._db

    def replace(self, db: sqlite_utils.Database) -> None:
        """Put ``db`` underneath, then close the connection it replaces."""
        old, self._db = self._db, db
        old.close()

    def ensure_still_the_journal(self) -> None:
        """Before every write: the file at the journal's path is the one this handle opened."""
        if self._identity is not None and _identity(self._path) != self._identity:
            raise JournalReplaced()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)

    def __getitem__(self, name: str) -> Any:
        return self._db[name]


def _identity(path: Path | None) -> tuple[int, int] | None:
    """Device and file number: the same on every platform for as long as the file lives."""
    if path is None:
        return None
    try:
        found = os.stat(path)
    except OSError:
        return (-1, -1)  # nothing at the path any more
    return (found.st_dev, found.st_ino)
