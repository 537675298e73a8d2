"""Marking user-visible text in the core without importing Qt.

``pyside6-lupdate`` collects every ``QT_TRANSLATE_NOOP("Context", "text")``
call by its name, so the core can mark its labels and messages for
translation; the GUI translates them with ``QCoreApplication.translate`` when
it shows them, and the command line prints the English source text.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, so lupdate finds it
    return text
