"""What can go wrong when opening or writing a journal file.

Each error's message is a plain sentence for the person at the keyboard;
``QT_TRANSLATE_NOOP`` marks it so the GUI can show it translated.
"""

from __future__ import annotations

from pathlib import Path

from reflect.domain.errors import ValidationError
from reflect.domain.i18n import QT_TRANSLATE_NOOP


class StoreError(ValidationError):
    """A journal problem the user can act on (never a programming error)."""


class WrongPassphrase(StoreError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Store", "That passphrase does not open this journal."))


class NotAJournal(StoreError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Store", "{path} is not a Reflect journal."), path=str(path)
        )


class JournalIsFolder(StoreError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Store",
                "{path} is a folder. Give the journal file itself, such as {path}/journal.reflect.",
            ),
            path=str(path),
        )


class JournalMissing(StoreError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Store", "There is no journal at {path}. Create one with 'reflect init'."
            ),
            path=str(path),
        )


class JournalExists(StoreError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Store", "A file already exists at {path}; it was left untouched."),
            path=str(path),
        )


class JournalTooNew(StoreError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Store",
                "This journal was written by a newer version of Reflect (format {found}; this "
                "version knows up to {known}). Update Reflect to open it; the journal was not changed.",
            ),
            found=found,
            known=known,
        )


class WeakPassphrase(StoreError):
    def __init__(self, minimum: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Store", "Choose a passphrase of at least {minimum} characters."),
            minimum=minimum,
        )


class EmptyPassphrase(StoreError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Store", "Type the passphrase: it cannot be empty."))


class JournalBusy(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Store",
                "The journal is busy in another Reflect window or process. Try again in a moment.",
            )
        )
