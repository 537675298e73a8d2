"""What of PySide6 a Windows Reflect keeps: the modules it imports and their plugins.

The wheel is 210 MB, mostly Quick/QML, Designer, tools and other Qt
translations. Kept by name (an allowlist), so a new file in a later Qt is
left out until someone decides it is needed; the Wine smoke test shows
when something needed went missing.
"""

from __future__ import annotations

import fnmatch
import shutil
from pathlib import Path

# Reflect imports QtCore, QtGui, QtWidgets and QtPrintSupport; Svg serves
# the SVG icon engine. No QtNetwork: Reflect has no network code at all.
KEPT_TOP = (
    "__init__.py",
    "_config.py",
    "_git_pyside_version.py",
    "py.typed",
    "pyside6.abi3.dll",
    "Qt6Core.dll",
    "Qt6Gui.dll",
    "Qt6Widgets.dll",
    "Qt6PrintSupport.dll",
    "Qt6Svg.dll",
    "QtCore.pyd",
    "QtGui.pyd",
    "QtWidgets.pyd",
    "QtPrintSupport.pyd",
    "msvcp140*.dll",
    "vcruntime140*.dll",
    "concrt140.dll",
    "support",
    "plugins",
    "translations",
)
KEPT_PLUGINS = (
    "platforms/qwindows.dll",
    "platforms/qoffscreen.dll",  # --self-test renders offscreen
    "styles/*.dll",
    "imageformats/qico.dll",
    "imageformats/qsvg.dll",
    "imageformats/qjpeg.dll",
    "imageformats/qgif.dll",
    "iconengines/qsvgicon.dll",
)
KEPT_TRANSLATIONS = ("qtbase_en.qm", "qtbase_sv.qm")


def _kept(name: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in patterns)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink()


def prune_pyside(pyside: Path) -> None:
    for child in list(pyside.iterdir()):
        if not _kept(child.name, KEPT_TOP):
            _remove(child)
    plugins = pyside / "plugins"
    for plugin in sorted(plugins.rglob("*"), reverse=True):
        relative = plugin.relative_to(plugins).as_posix()
        if plugin.is_file() and not _kept(relative, KEPT_PLUGINS):
            plugin.unlink()
        elif plugin.is_dir() and not any(plugin.iterdir()):
            plugin.rmdir()
    for translation in (pyside / "translations").iterdir():
        if not _kept(translation.name, KEPT_TRANSLATIONS):
            _remove(translation)
    for stub in pyside.rglob("*.pyi"):
        stub.unlink()


def prune_site_packages(site: Path) -> None:
    """Type stubs, tests and installers' leftovers: nothing the app runs."""
    for name in ("pip", "bin"):
        if (site / name).exists():
            _remove(site / name)
    for cache in list(site.rglob("__pycache__")):
        shutil.rmtree(cache, ignore_errors=True)
    prune_pyside(site / "PySide6")
