"""The command line in the window's language: the same setting, the same words.

The language is ``--language`` if given, otherwise the one chosen in the
window's settings (which may be "follow the system"). Translations are read
straight from Reflect's .qm file; no Qt application is started, so a command
stays quick and ``export --format pdf`` can still start the one it needs.
Dates and numbers follow through Qt's default locale, set here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator

from reflect.domain.i18n import no_translation
from reflect.present.translations import SUPPORTED, locale_for, resolve_language, translation_file

LANGUAGE_FLAG = "--language"


class _Chosen:
    """The command's language, chosen once before the parser is built."""

    language = "en"
    translator: QTranslator | None = None


_chosen = _Chosen()


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the chosen language (English, the source, when none is chosen).

    A plural text (``%n``, with ``n``) takes the form for ``n`` and the number.
    """
    translator = _chosen.translator
    found = translator.translate(context, text, disambiguation, n) if translator else ""
    return no_translation(context, found or text, disambiguation, n)  # puts in the number


def use_language(argv: list[str], settings_file: Path | None) -> str:
    """Choose the language before the parser is built: its help is translated too."""
    setting = _flag_value(argv)
    if setting is None and settings_file is not None and settings_file.exists():
        from reflect.present.preferences import Preferences

        setting = Preferences(settings_file).language
    language = resolve_language(setting or "system")
    QLocale.setDefault(locale_for(language))
    translator = QTranslator()
    _chosen.language = language
    _chosen.translator = translator if translator.load(str(translation_file(language))) else None
    return language


def language() -> str:
    return _chosen.language


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
