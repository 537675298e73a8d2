"""Getting the passphrase: a hidden prompt, or an automation aid."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from reflect.cli.language import translate
from reflect.domain.errors import ValidationError
from reflect.domain.i18n import QT_TRANSLATE_NOOP

PASSPHRASE_ENV = "REFLECT_PASSPHRASE"


def read_passphrase(passphrase_file: str | None, *, confirm: bool = False) -> str:
    if passphrase_file:
        try:
            lines = Path(passphrase_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Validation", "Cannot read the passphrase file {path}: {reason}"),
                path=passphrase_file,
                reason=getattr(error, "strerror", None) or str(error),
            ) from None
        return lines[0] if lines else ""
    if PASSPHRASE_ENV in os.environ:
        return os.environ[PASSPHRASE_ENV]
    if not _terminal_available():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "No passphrase: run this in a terminal, or use --passphrase-file or {env}.",
            ),
            env=PASSPHRASE_ENV,
        )
    first = getpass.getpass(translate("Cli", "Passphrase: "))
    if confirm and getpass.getpass(translate("Cli", "Passphrase again: ")) != first:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "The two passphrases differ; nothing was created.")
        )
    return first


def _terminal_available() -> bool:
    """getpass asks on the controlling terminal, even when stdin is a pipe."""
    if sys.stdin is not None and sys.stdin.isatty():
        return True
    if os.name != "posix":
        return False
    try:
        with open("/dev/tty"):
            return True
    except OSError:
        return False
