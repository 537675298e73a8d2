"""A refusal from deep down (a full disk, a damaged page) as the faces see it.

The command line and the window never import the store; when an SQLite or
SQLCipher error reaches them unmapped (met while reading, where no write
guard stood), they ask here whether it is the user's problem with a
sentence of its own, or a bug of ours.
"""

from __future__ import annotations

from reflect.domain.errors import ValidationError
from reflect.store.error_codes import store_error


def user_problem(error: BaseException) -> ValidationError | None:
    return store_error(error)
