"""Marking user-visible text in the core without importing Qt.

``pyside6-lupdate`` collects every ``QT_TRANSLATE_NOOP("Context", "text")``
call by its name, so the core can mark its labels and messages for
translation; the GUI translates them with ``QCoreApplication.translate`` when
it shows them, and the command line its own translation (``cli/language.py``).
The type of a translate function is ``domain/translator.py``'s: typing is
not loaded by ``reflect --version``, which imports this module.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, so lupdate finds it
    return text


def no_translation(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The English source as it stands; a plural text gets its number (tests, the fallback)."""
    return text.replace("%n", str(n)) if n >= 0 else text


class _PluralMarks:
    """``PLURAL.translate("Context", "%n entries", None, 2)`` marks a plural text.

    It returns the text unchanged, like QT_TRANSLATE_NOOP; the text is
    translated where it is shown, with its number. lupdate's Python parser
    gives a text plural forms only when the call's number is a literal, so
    the mark carries one (2) and the real count comes at translation.
    """

    @staticmethod
    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return text


PLURAL = _PluralMarks()
