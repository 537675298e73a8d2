"""Turning the disk's and the lock's refusals into messages a person can act on."""

from __future__ import annotations

import functools

import sqlcipher3

from reflect.store.error_codes import DiskFull, store_error

__all__ = ["DiskFull", "guarded"]


def guarded(method):
    """Wrap a write so a full disk, a read-only file, damage or a long-held lock
    becomes a clear StoreError (mapped by SQLite's error code)."""

    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        except sqlcipher3.Error as error:
            mapped = store_error(error)
            if mapped is None:
                raise
            raise mapped from None

    return wrapper
