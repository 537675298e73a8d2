"""Showing core errors in the user's language."""

from __future__ import annotations

from reflect.domain.errors import ValidationError


def translated(error: ValidationError, translate=None) -> str:
    """The error's message translated under the context the core marked it with.

    ``translate(context, text)`` is Qt's own in the window; the command line
    passes one that reads the translations without a Qt application.
    """
    if translate is None:  # imported here: the command line speaks without Qt
        from PySide6.QtCore import QCoreApplication

        translate = QCoreApplication.translate
    # Some parameters are themselves marked words ("title", "text").
    params = {name: _translated_word(value, translate) for name, value in error.params.items()}
    for context in ("Validation", "Store", "Import", "Backups"):
        text = translate(context, error.message)
        if text != error.message:
            return text.format(**params)
    return error.message.format(**params)


def _translated_word(value, translate):
    """A parameter that is itself a marked label (a field's question, "title")."""
    if not isinstance(value, str):
        return value
    for context in ("Validation", "EntryKinds"):
        text = translate(context, value)
        if text != value:
            return text
    return value
