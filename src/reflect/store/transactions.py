"""Write transactions that take the write lock at once.

sqlite-utils' ``atomic()`` begins a deferred transaction; in WAL mode a
deferred transaction that has read can be refused the write lock at once
(SQLITE_BUSY_SNAPSHOT) when another process wrote meanwhile, without waiting.
``BEGIN IMMEDIATE`` waits its turn (busy_timeout) instead, so two Reflect
processes on one journal both succeed.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator

import sqlcipher3
import sqlite_utils

from reflect.store.error_codes import store_error
from reflect.store.handle import DatabaseHandle


@contextlib.contextmanager
def writing(
    db: sqlite_utils.Database | DatabaseHandle,
) -> Iterator[sqlite_utils.Database | DatabaseHandle]:
    """Every write of every store goes through here, so a refusal of the disk or the
    lock becomes its sentence (store.error_codes) whichever store met it."""
    try:
        with _transaction(db):
            yield db
    except sqlcipher3.Error as error:
        mapped = store_error(error)
        if mapped is None:
            raise
        raise mapped from None


@contextlib.contextmanager
def _transaction(
    db: sqlite_utils.Database | DatabaseHandle,
) -> Iterator[sqlite_utils.Database | DatabaseHandle]:
    if isinstance(db, DatabaseHandle):
        db.ensure_still_the_journal()  # never into a file another program set aside
    conn = db.conn
    if conn.in_transaction:  # nested: a savepoint inside the outer transaction
        name = f"reflect_{secrets.token_hex(8)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
