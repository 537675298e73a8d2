"""The command line in the window's language: the same setting, the same words.

The language is ``--language`` if given, otherwise the one chosen in the
window's settings (which may be "follow the system"). Translations are read
straight from Reflect's .qm file; no Qt application is started, so a command
stays quick and ``export --format pdf`` can still start the one it needs.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QTranslator

from reflect.gui.i18n import SUPPORTED, locale_for, resolve_language
from reflect.resources import resource

LANGUAGE_FLAG = "--language"


class _Words:
    def __init__(self) -> None:
        self.language = "en"
        self.locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        self._translator: QTranslator | None = None

    def use(self, setting: str) -> str:
        self.language = resolve_language(setting)
        self.locale = locale_for(self.language)
        QLocale.setDefault(self.locale)  # numbers in the shared summary code
        translator = QTranslator()
        loaded = translator.load(str(resource("translations", f"reflect_{self.language}.qm")))
        self._translator = translator if loaded else None
        return self.language


_words = _Words()


def translate(context: str, text: str) -> str:
    """``text`` in the chosen language (English, the source, when none is chosen)."""
    if _words._translator is None:
        return text
    return _words._translator.translate(context, text) or text


def use_language(argv: list[str], settings_file) -> str:
    """Choose the language before the parser is built: its help is translated too."""
    setting = _flag_value(argv)
    if setting is None:
        if settings_file is not None and settings_file.exists():
            from reflect.gui.preferences import Preferences

            setting = Preferences(settings_file).language
        else:
            setting = "system"
    return _words.use(setting)


def language() -> str:
    return _words.language


def local_date(day: date) -> str:
    return _words.locale.toString(day, QLocale.FormatType.ShortFormat)


def _flag_value(argv: list[str]) -> str | None:
    for position, word in enumerate(argv):
        if word == "--":
            break
        if word.startswith(LANGUAGE_FLAG + "="):
            value = word.partition("=")[2]
        elif word == LANGUAGE_FLAG and position + 1 < len(argv):
            value = argv[position + 1]
        else:
            continue
        return value if value in (*SUPPORTED, "system") else None
    return None
