"""The computer-side preferences (QSettings): window and language, never journal content."""

from __future__ import annotations

import contextlib
import hashlib
import os
from datetime import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from reflect.domain.reminder import (
    DEFAULT_DAYS,
    DEFAULT_TIME,
    ReminderPlan,
    format_days,
    format_time,
    parse_days,
    parse_time,
)
from reflect.present.language_setting import LANGUAGE_CHOICES, LANGUAGE_KEY, SYSTEM
from reflect.private_files import make_private, make_private_folder

APPEARANCES = ("system", "light", "dark")
TEXT_SCALES = (100, 125, 150, 200)
DEFAULT_AUTO_LOCK = 5  # minutes; 0 never locks by itself


class Preferences:
    """A small typed face on an INI file at a path chosen by the caller."""

    def __init__(self, path: Path) -> None:
        self._path = Path(path)
        with contextlib.suppress(OSError):  # a read-only profile still starts
            make_private_folder(self._path.parent)
            # Qt rewrites the file keeping its permissions: make it private first.
            os.close(os.open(self._path, os.O_CREAT | os.O_WRONLY, 0o600))
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        return self._path

    def move_to(self, path: Path) -> None:
        """Read and write the preferences at ``path`` from now on (the journal moved, and
        app.relocation copied the file there once synced; the old folder is about to go)."""
        moved = Preferences(path)
        self._path, self._settings = moved._path, moved._settings

    @property
    def language(self) -> str:
        value = self._settings.value(LANGUAGE_KEY, SYSTEM)
        return value if value in {code for code, _ in LANGUAGE_CHOICES} else SYSTEM

    @language.setter
    def language(self, value: str) -> None:
        self._set(LANGUAGE_KEY, value, SYSTEM)

    @property
    def appearance(self) -> str:
        value = self._settings.value("appearance", "system")
        return value if value in APPEARANCES else "system"

    @appearance.setter
    def appearance(self, value: str) -> None:
        self._set("appearance", value, "system")

    @property
    def text_scale(self) -> int:
        return self._int("text_scale", 100, TEXT_SCALES)

    @text_scale.setter
    def text_scale(self, value: int) -> None:
        self._set("text_scale", int(value), 100)

    @property
    def auto_lock_minutes(self) -> int:
        return self._int("auto_lock_minutes", DEFAULT_AUTO_LOCK, range(121))

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, value: int) -> None:
        self._set("auto_lock_minutes", int(value), DEFAULT_AUTO_LOCK)

    # The reminder after the working day: off unless the writer turns it on.
    @property
    def reminder_on(self) -> bool:
        return str(self._settings.value("reminder/on", "false")).lower() == "true"

    @reminder_on.setter
    def reminder_on(self, value: bool) -> None:
        self._set("reminder/on", "true" if value else "false", "false")

    @property
    def reminder_days(self) -> frozenset[int]:
        value = self._settings.value("reminder/days")
        if value is None:
            return DEFAULT_DAYS
        if isinstance(value, list):  # an unquoted "mon,tue" edited by hand reads as a list
            value = ",".join(str(part) for part in value)
        return parse_days(str(value))

    @reminder_days.setter
    def reminder_days(self, value: frozenset[int]) -> None:
        self._set("reminder/days", format_days(value), format_days(DEFAULT_DAYS))

    @property
    def reminder_time(self) -> time:
        return parse_time(str(self._settings.value("reminder/time", ""))) or DEFAULT_TIME

    @reminder_time.setter
    def reminder_time(self, value: time) -> None:
        self._set("reminder/time", format_time(value), format_time(DEFAULT_TIME))

    def reminder_plan(self) -> ReminderPlan | None:
        """The days and time to remind on, or None while the reminder is off."""
        if not self.reminder_on:
            return None
        return ReminderPlan(self.reminder_days, self.reminder_time)

    def _int(self, key: str, default: int, allowed) -> int:
        try:
            value = int(str(self._settings.value(key, default)))
        except (TypeError, ValueError):
            return default
        return value if value in allowed else default

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    # A journal the writer chose to keep in a synced folder is not asked
    # about again. Kept as a hash: the settings never name the journal's place.
    def kept_in_synced_folder(self, journal: Path) -> bool:
        return _path_mark(journal) in self._marks("synced/kept")

    def keep_in_synced_folder(self, journal: Path) -> None:
        marks = self._marks("synced/kept")
        if _path_mark(journal) not in marks:
            self._settings.setValue("synced/kept", [*marks, _path_mark(journal)])

    def _marks(self, key: str) -> list[str]:
        value = self._settings.value(key, [])
        if isinstance(value, str):  # QSettings gives a one-item list back as a string
            return [value]
        return [str(item) for item in value] if isinstance(value, list) else []

    def sync(self) -> None:
        # Preferences hold no journal content, but they are nobody else's business.
        self._settings.sync()
        make_private(self._path)

    def _set(self, key: str, value, default) -> None:
        # Only what differs from the default is written.
        if value == default:
            self._settings.remove(key)
        else:
            self._settings.setValue(key, value)


def _path_mark(path: Path) -> str:
    return hashlib.sha256(str(Path(path)).encode("utf-8")).hexdigest()[:32]
