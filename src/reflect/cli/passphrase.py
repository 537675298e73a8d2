"""Getting the passphrase: a hidden prompt, or an automation aid."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from reflect.domain.errors import ValidationError

PASSPHRASE_ENV = "REFLECT_PASSPHRASE"


def read_passphrase(passphrase_file: str | None, *, confirm: bool = False) -> str:
    if passphrase_file:
        try:
            lines = Path(passphrase_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise ValidationError(
                "Cannot read the passphrase file {path}: {reason}",
                path=passphrase_file,
                reason=getattr(error, "strerror", None) or str(error),
            ) from None
        return lines[0] if lines else ""
    if PASSPHRASE_ENV in os.environ:
        return os.environ[PASSPHRASE_ENV]
    if not _terminal_available():
        raise ValidationError(
            "No passphrase: run this in a terminal, or use --passphrase-file or {env}.",
            env=PASSPHRASE_ENV,
        )
    first = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("Passphrase again: ") != first:
        raise ValidationError("The two passphrases differ; nothing was created.")
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
