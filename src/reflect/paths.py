"""Where Reflect keeps its files.

Built once in ``main()`` and passed down, so tests and the portable mode can
point everything elsewhere.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

from reflect import APP_NAME

JOURNAL_FILENAME = "journal.reflect"
JOURNAL_ENV = "REFLECT_JOURNAL"
SETTINGS_FILE = "settings.ini"  # the window's preferences, in config_dir


# A NamedTuple rather than a dataclass: dataclasses takes as long to import as
# the rest of ``reflect --help``.
class AppPaths(NamedTuple):
    data_dir: Path
    config_dir: Path
    cache_dir: Path
    log_dir: Path

    @classmethod
    def for_user(cls) -> AppPaths:
        import platformdirs  # here: ``reflect --version`` needs no folders

        return cls(
            data_dir=platformdirs.user_data_path(APP_NAME, appauthor=False),
            config_dir=platformdirs.user_config_path(APP_NAME, appauthor=False),
            cache_dir=platformdirs.user_cache_path(APP_NAME, appauthor=False),
            log_dir=platformdirs.user_log_path(APP_NAME, appauthor=False),
        )

    @classmethod
    def portable(cls, folder: Path) -> AppPaths:
        """Everything inside one folder (a USB stick, an unsynced place)."""
        return cls(folder / "data", folder / "config", folder / "cache", folder / "log")

    @property
    def settings_file(self) -> Path:
        return self.config_dir / SETTINGS_FILE

    @property
    def own_folders(self) -> tuple[Path, ...]:
        """The folders Reflect made and keeps private (not one the writer chose)."""
        return (
            self.data_dir,
            self.data_dir / "backups",
            self.config_dir,
            self.log_dir,
            self.cache_dir,
        )

    @property
    def default_journal(self) -> Path:
        return self.data_dir / JOURNAL_FILENAME


PORTABLE_FOLDER = "reflect-data"


def app_paths(executable: Path | None = None) -> AppPaths:
    """Portable when a ``reflect-data`` folder sits beside the program, else the user's folders."""
    executable = Path(executable or sys.executable)
    beside = executable.resolve().parent / PORTABLE_FOLDER
    if beside.is_dir():
        return AppPaths.portable(beside)
    return AppPaths.for_user()


def journal_path(paths: AppPaths, override: str | os.PathLike | None) -> Path:
    """The journal to use: ``--journal``, else ``$REFLECT_JOURNAL``, else the default."""
    chosen = override or os.environ.get(JOURNAL_ENV)
    return Path(chosen).expanduser() if chosen else paths.default_journal
