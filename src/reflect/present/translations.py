"""Choosing the interface language and installing its translations.

English is the source language; its own .qm only carries plural forms.
Qt's translations for its standard buttons (``qtbase_sv.qm``) come from the
PySide6 installation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reflect.present.language_setting import SUPPORTED, translation_file


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """The language code to use for ``setting`` ("system", "en" or "sv")."""
    if setting in SUPPORTED:
        return setting
    system = system or QLocale.system()
    return "sv" if system.language() == QLocale.Language.Swedish else "en"


def interface_language() -> str:
    """The language the interface speaks now ("en" or "sv"), as the last apply() set it."""
    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


def locale_for(language: str) -> QLocale:
    if language == "sv":
        return QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class Translations:
    """Installs one language's translators and keeps them alive while in use."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def remove(self) -> None:
        app = _application()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []

    def apply(self, setting: str) -> str:
        app = _application()
        self.remove()
        self.language = resolve_language(setting)
        own = QTranslator()
        if own.load(str(translation_file(self.language))):
            self._installed.append(own)
        qt_base = QTranslator()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if self.language != "en" and qt_base.load(f"qtbase_{self.language}", qt_dir):
            self._installed.append(qt_base)
        for translator in self._installed:
            app.installTranslator(translator)
        QLocale.setDefault(locale_for(self.language))
        return self.language


def _application() -> QCoreApplication:
    app = QCoreApplication.instance()
    if app is None:  # translators live in an application: one must exist first
        raise RuntimeError("the Qt application is not running yet")
    return app


def qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translation with the running app's translators: the window's ``Translate``."""
    return QCoreApplication.translate(context, text, disambiguation, n)
