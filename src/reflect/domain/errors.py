"""Errors that describe a user's mistake, in words that can be translated."""

from __future__ import annotations

from typing import Any


class ValidationError(ValueError):
    """Input that the journal will not accept.

    ``message`` is the untranslated source text with ``{name}`` placeholders;
    ``params`` fills them. ``str(error)`` is the English sentence.
    """

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params))
