"""Turning the disk's and the lock's refusals into messages a person can act on."""

from __future__ import annotations

import functools

import sqlcipher3

from reflect.domain.i18n import QT_TRANSLATE_NOOP
from reflect.store.errors import JournalBusy, StoreError


class DiskFull(StoreError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Store", "The disk is full, so this could not be saved. Everything saved before is safe; "
            "free some space and save again."))


def guarded(method):
    """Wrap a write so a full disk or a long-held lock becomes a clear StoreError."""

    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        except sqlcipher3.OperationalError as error:
            message = str(error).lower()
            if "full" in message:
                raise DiskFull() from None
            if "locked" in message or "busy" in message:
                raise JournalBusy() from None
            raise

    return wrapper
