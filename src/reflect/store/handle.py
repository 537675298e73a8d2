"""The journal's connection as its stores see it: one handle for the journal's whole life.

Changing the passphrase must reopen the connection (SQLCipher would give
copies attached later the old key). Stores, and everything built on them
(the prompt library, the Summaries page), keep the handle, never the
connection, so after a reopen they go on working: the newcomer's "closed
database" after a passphrase change came from a store that kept the old one.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils


class DatabaseHandle:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    @property
    def database(self) -> sqlite_utils.Database:
        return self._db

    def replace(self, db: sqlite_utils.Database) -> None:
        """Put ``db`` underneath, then close the connection it replaces."""
        old, self._db = self._db, db
        old.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)

    def __getitem__(self, name: str) -> Any:
        return self._db[name]
