"""The type of a translate function, for the code that is handed one."""

from __future__ import annotations

from typing import Protocol


class Translate(Protocol):
    """Qt's ``translate(context, text, disambiguation, n)``, or the command line's own.

    A text with ``%n`` has plural forms (marked with ``PLURAL``): ``n``
    chooses the form and replaces ``%n``.
    """

    def __call__(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str: ...
