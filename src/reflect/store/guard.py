"""Turning the disk's and the lock's refusals into messages a person can act on."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import sqlcipher3

from reflect.store.error_codes import DiskFull, store_error

__all__ = ["DiskFull", "guarded"]

P = ParamSpec("P")
R = TypeVar("R")


def guarded(method: Callable[P, R]) -> Callable[P, R]:
    """Wrap a write so a full disk, a read-only file, damage or a long-held lock
    becomes a clear StoreError (mapped by SQLite's error code)."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except sqlcipher3.Error as error:
            mapped = store_error(error)
            if mapped is None:
                raise
            raise mapped from None

    return wrapper
