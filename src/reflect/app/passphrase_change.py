"""Changing the journal's passphrase: the one use case behind Settings.

The journal is re-encrypted in place and stays open, every store with it.
A backup under the new passphrase is made at once, so the newest backup
always opens with the passphrase the writer now remembers; older backups
keep the passphrase they were made with.
"""

from __future__ import annotations

import logging
from pathlib import Path

from reflect.app.backups import make_backup
from reflect.app.journal import Journal

log = logging.getLogger(__name__)


def change_passphrase(journal: Journal, current: str, new_passphrase: str) -> Path | None:
    """Re-key the journal; return the fresh backup (None if it could not be written)."""
    journal.change_passphrase(current, new_passphrase)
    try:
        return make_backup(journal)
    except OSError as error:  # the change itself stands; the writer is told
        log.warning("no backup after the passphrase change: %s", error.strerror or error)
        return None
