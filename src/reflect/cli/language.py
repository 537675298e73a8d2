"""The command line in the window's language: the same setting, the same words.

The language is ``--language`` if given, otherwise the one chosen in the
window's settings (which may be "follow the system"). Translations are read
straight from Reflect's .qm file without Qt, so ``--help`` and a search load
no Qt at all; the commands that print dates or figures in the language's
format ask for Qt's locale with ``use_qt_locale``.
"""

from __future__ import annotations

from collections.abc import Callable

from reflect.domain.i18n import no_translation
from reflect.present.language_setting import (
    SUPPORTED,
    SYSTEM,
    resolve_setting,
    saved_language,
    translation_file,
)
from reflect.present.qm_file import QmFile

# Not typing's: `reflect --version` loads neither typing nor pathlib (mypy
# knows the name).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

LANGUAGE_FLAG = "--language"


class _Chosen:
    """Where the command's language comes from, and the language once it was first needed."""

    flag: str | None = None
    settings_file: Callable[[], Path | None] = staticmethod(lambda: None)
    language: str | None = None
    translations: QmFile | None = None

    def resolved(self) -> _Chosen:
        if self.language is None:
            setting = self.flag
            if setting is None:
                settings_file = self.settings_file()
                setting = saved_language(settings_file) if settings_file else SYSTEM
            self.language = resolve_setting(setting)
            self.translations = QmFile.load(translation_file(self.language))
        return self


_chosen = _Chosen()


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the chosen language (English, the source, when none is chosen).

    A plural text (``%n``, with ``n``) takes the form for ``n`` and the number.
    """
    translations = _chosen.resolved().translations
    found = translations.translate(context, text, disambiguation, n) if translations else ""
    return no_translation(context, found or text, disambiguation, n)  # puts in the number


def use_language(argv: list[str], settings_file: Callable[[], Path | None] | None) -> str | None:
    """Say where the language comes from: ``--language`` in ``argv``, else the window's
    setting in ``settings_file()``. It is read when first needed (``--version``
    needs none); returns the flag's language, if one was given."""
    _chosen.flag = _flag_value(argv)
    _chosen.settings_file = settings_file or (lambda: None)
    _chosen.language = None
    _chosen.translations = None
    return _chosen.flag


def use_qt_locale() -> None:
    """Dates and figures from here on in the chosen language's format (loads Qt)."""
    from PySide6.QtCore import QLocale

    from reflect.present.translations import locale_for

    QLocale.setDefault(locale_for(language()))


def language() -> str:
    return _chosen.resolved().language or "en"


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
        return value if value in (*SUPPORTED, SYSTEM) else None
    return None
