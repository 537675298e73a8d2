"""The language setting and the system's language, read without Qt.

The command line answers ``--help`` before any Qt module is loaded, so it
reads the window's setting from the INI file itself and finds the system's
language the way Qt's ``QLocale.system()`` does on Linux and Windows
(``tests/test_language_setting.py`` holds the two to the same answers).
On macOS the system's language is asked of Qt: there it comes from the
Cocoa preferences, which have no cheap reading.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from reflect.domain.i18n import QT_TRANSLATE_NOOP
from reflect.resources import resource

# Not typing's: `reflect --version` loads neither typing nor pathlib (mypy
# knows the name).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

SYSTEM = "system"
# The setting's choices; each language is named in its own words.
LANGUAGE_CHOICES = (
    (SYSTEM, QT_TRANSLATE_NOOP("Language", "Follow the system")),
    ("en", "English"),
    ("sv", "Svenska"),
)
SUPPORTED = ("en", "sv")
LANGUAGE_KEY = "language"
LANG_SWEDISH = 0x1D  # a Windows LANGID's primary language


def translation_file(language: str) -> Path:
    """Reflect's own compiled translations for ``language`` (a real file: Qt reads it by path)."""
    from pathlib import Path

    return Path(str(resource("translations", f"reflect_{language}.qm")))


def saved_language(settings_file: Path) -> str:
    """The language chosen in the window's settings, as QSettings wrote it; "system" if none.

    Preferences keeps it as a top-level key, which QSettings writes under
    ``[General]``.
    """
    try:
        lines = settings_file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return SYSTEM
    section = "General"
    for line in lines:
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section == "General" and line.partition("=")[0].strip() == LANGUAGE_KEY:
            value = line.partition("=")[2].strip()
            return value if value in {code for code, _ in LANGUAGE_CHOICES} else SYSTEM
    return SYSTEM


def resolve_setting(setting: str) -> str:
    """The language code for ``setting`` ("system", "en" or "sv"), without Qt."""
    if setting in SUPPORTED:
        return setting
    return system_language()


def system_language(environ: Mapping[str, str] | None = None, platform: str | None = None) -> str:
    """ "sv" when the system speaks Swedish, else "en"."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform == "darwin":
        from PySide6.QtCore import QLocale

        return "sv" if QLocale.system().language() == QLocale.Language.Swedish else "en"
    if platform == "win32":
        code = _language_code(environ.get("LANG", "")) or _windows_user_language()
    else:
        code = _unix_language(environ)
    return "sv" if code == "sv" else "en"


def _unix_language(environ: Mapping[str, str]) -> str:
    # Qt's order (qlocale_unix.cpp): LC_ALL, LC_MESSAGES, then LANG; the C
    # locale stays C; otherwise the first entry of LANGUAGE has the last word.
    name = environ.get("LC_ALL") or environ.get("LC_MESSAGES") or environ.get("LANG") or ""
    if _language_code(name) in ("", "c", "posix"):
        return ""
    for wanted in environ.get("LANGUAGE", "").split(":"):
        if wanted:
            return _language_code(wanted)
    return _language_code(name)


def _language_code(name: str) -> str:
    """ "sv" from "sv_SE.UTF-8", "sv-FI", "sv@euro" or "sv"."""
    for mark in ".@_-":
        name = name.partition(mark)[0]
    return name.strip().lower()


def _windows_user_language() -> str:
    import ctypes

    # The user's locale, as Qt reads it (GetUserDefaultLCID), not the display language.
    lcid = ctypes.windll.kernel32.GetUserDefaultLCID()  # type: ignore[attr-defined]
    return "sv" if lcid & 0x3FF == LANG_SWEDISH else "en"
