"""The current time, injectable so tests can fix it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Now, in the computer's local time zone (aware)."""
    return datetime.now().astimezone()
