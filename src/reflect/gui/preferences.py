"""The computer-side preferences (QSettings): window and language, never journal content."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from reflect.gui.i18n import LANGUAGE_CHOICES, SYSTEM


class Preferences:
    """A small typed face on an INI file at a path chosen by the caller."""

    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = self._settings.value("language", SYSTEM)
        return value if value in {code for code, _ in LANGUAGE_CHOICES} else SYSTEM

    @language.setter
    def language(self, value: str) -> None:
        self._set("language", value, SYSTEM)

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    def sync(self) -> None:
        self._settings.sync()

    def _set(self, key: str, value, default) -> None:
        # Only what differs from the default is written.
        if value == default:
            self._settings.remove(key)
        else:
            self._settings.setValue(key, value)
