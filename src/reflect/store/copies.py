"""Encrypted copies of the journal file, and its integrity checks.

A copy is made with SQLCipher's own export into an attached database that
takes the open journal's key, so it opens with the same passphrase without
the passphrase being kept in memory. It is written under a temporary name
and renamed into place, so a half-made copy is never mistaken for a backup.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
import sqlite_utils

from reflect.private_files import Leftovers, make_private_folder, private_partial
from reflect.store.connection import APPLICATION_ID


def encrypted_copy(
    db: sqlite_utils.Database, target: Path, leftovers: Leftovers | None = None
) -> Path:
    target = Path(target)
    make_private_folder(target.parent)
    version = db.execute("PRAGMA user_version").fetchone()[0]
    with private_partial(target, leftovers) as partial:
        db.conn.execute("ATTACH DATABASE ? AS copy", [str(partial)])
        try:
            db.conn.execute("SELECT sqlcipher_export('copy')")
            db.conn.execute(f"PRAGMA copy.user_version = {version}")
            db.conn.execute(f"PRAGMA copy.application_id = {APPLICATION_ID}")
        finally:
            db.conn.execute("DETACH DATABASE copy")
    return target


def integrity_problems(db: sqlite_utils.Database, quick: bool = False) -> list[str]:
    """What SQLCipher and SQLite find wrong; an empty list means all is well."""
    check = "quick_check" if quick else "integrity_check"
    problems: list[str] = []
    # Each check on its own: SQLite's may fail outright on a page SQLCipher
    # could not decrypt, and the pages SQLCipher named are the useful detail.
    for pragma, fine in (("cipher_integrity_check", None), (check, "ok")):
        try:
            problems += [row[0] for row in db.conn.execute(f"PRAGMA {pragma}") if row[0] != fine]
        except sqlcipher3.DatabaseError as error:  # a page too damaged to read at all
            problems.append(str(error))
    return problems
