"""Opening the journal, and saying why when it does not open.

A damaged first page and a wrong passphrase look the same to SQLCipher
(the page's check fails either way), and a journal cut short looks like a
file that never was one. The newest backup tells them apart:
a passphrase that opens it is very likely the journal's own, so the
journal file itself is what cannot be read, and the writer is pointed at
that backup instead of being told to try the passphrase again.
"""

from __future__ import annotations

from pathlib import Path

from reflect.app.backups import backup_folder, backup_if_due, list_backups
from reflect.app.clock import Clock, system_clock
from reflect.app.journal import Journal
from reflect.domain.drafts import Draft
from reflect.domain.i18n import QT_TRANSLATE_NOOP
from reflect.store import connection
from reflect.store.errors import NotAJournal, StoreError

# Re-exported: the unlock dialog tells a refused passphrase from other refusals.
from reflect.store.errors import WrongPassphrase as WrongPassphrase


class JournalMayBeDamaged(StoreError):
    def __init__(self, backup: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Store",
                "That passphrase does not open the journal, but it does open its newest backup, "
                "{backup}. Unless the passphrase was changed after that backup, the journal file is "
                "damaged: restore that backup (the damaged file is kept beside it).",
            ),
            backup=str(backup),
        )
        self.backup = Path(backup)


def open_journal(
    path: Path, passphrase: str, clock: Clock = system_clock, *, for_reading: bool = False
) -> Journal:
    """The journal at ``path``; ``for_reading`` opens it read-only (list, search, summary, dump)."""
    opener = Journal.open_for_reading if for_reading else Journal.open
    try:
        return opener(path, passphrase, clock)
    except (WrongPassphrase, NotAJournal):  # a cut-short journal looks like no journal at all
        backup = _newest_backup_it_opens(Path(path), passphrase)
        if backup is None:
            raise
        raise JournalMayBeDamaged(backup) from None


def _newest_backup_it_opens(path: Path, passphrase: str) -> Path | None:
    backups = list_backups(backup_folder(path))
    # Only the newest: a wrong passphrase costs one more key derivation, not one per backup.
    if backups and connection.passphrase_opens(backups[0].path, passphrase):
        return backups[0].path
    return None


def settle_after_unlock(journal: Journal, carried: list[Draft]) -> list[str]:
    """What follows an unlock, before any window shows the journal.

    A quick integrity check first: a damaged journal is left exactly as it
    is, and the problems are returned (the caller offers a backup). A whole
    one gets the day's backup, then the unfinished writing ``carried`` in
    memory (across a restore or a refused write) as drafts.
    """
    problems = journal.integrity_problems(quick=True)
    if problems:
        return problems
    backup_if_due(journal)
    for draft in carried:
        # An edit of an entry this journal does not hold becomes a new entry.
        editing = draft.entry_uuid if draft.entry_uuid and journal.entry(draft.entry_uuid) else None
        journal.save_draft(draft.kind, draft.payload, editing, draft_uuid=draft.uuid)
    return []
