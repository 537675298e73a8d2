"""Restoring a backup in place of the journal, and finishing one a crash interrupted.

The backup is checked first (passphrase, integrity) and nothing is changed
if it fails. The swap itself (store.journal_swap) cannot leave the writer
without a journal at any instant, and is refused while the journal is open
in another Reflect. The journal before the restore is kept beside it.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from reflect.app.journal import Journal
from reflect.domain.errors import ValidationError
from reflect.domain.i18n import QT_TRANSLATE_NOOP
from reflect.store.journal_lock import JournalLock
from reflect.store.journal_swap import (
    FinishedSwap,
    finish_interrupted_swap,
    swap_in,
    write_incoming,
)

log = logging.getLogger(__name__)

__all__ = ["FinishedSwap", "finish_interrupted_restore", "restore_backup"]


def restore_backup(backup: Path, journal_path: Path, passphrase: str, now: datetime) -> Path | None:
    """Put ``backup`` in place of the journal; return where the journal before it was kept
    (None when there was none at its path).

    The journal must not be open anywhere, this process included.
    """
    backup, journal_path = Path(backup), Path(journal_path)
    if not backup.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Backups", "There is no backup at {path}."), path=str(backup)
        )
    # Proves the passphrase and that the copy is a journal, without changing it.
    with Journal.open_read_only(backup, passphrase) as copy:
        problems = copy.integrity_problems()
    if problems:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Backups", "That backup is damaged ({problem}); nothing was changed."
            ),
            problem=problems[0],
        )
    with JournalLock.exclusive(journal_path):
        had_journal = journal_path.exists()
        kept = _kept_name(journal_path, now)
        write_incoming(backup, journal_path)
        swap_in(journal_path, kept)
    log.info("restored %s; the previous journal is kept as %s", backup, kept)
    return kept if had_journal else None


def finish_interrupted_restore(journal_path: Path) -> FinishedSwap | None:
    """At every start, before the journal is opened."""
    return finish_interrupted_swap(Path(journal_path))


def _kept_name(journal_path: Path, now: datetime) -> Path:
    stem = f"{journal_path.name}.before-restore-{now:%Y%m%d-%H%M%S}"
    kept, number = journal_path.with_name(stem), 1
    while kept.exists():  # two restores in one second keep both journals before them
        number += 1
        kept = journal_path.with_name(f"{stem}-{number}")
    return kept
