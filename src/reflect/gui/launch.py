"""Starting the desktop app: first-run or unlock dialog, then the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from reflect import APP_NAME, __version__
from reflect.paths import AppPaths

SETTINGS_FILE = "settings.ini"


def run_gui(paths: AppPaths, journal_path: Path) -> int:
    from reflect.gui.platform_check import window_problem

    problem = window_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2

    from PySide6.QtWidgets import QApplication

    from reflect.gui.app_controller import AppController
    from reflect.gui.preferences import Preferences

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    controller = AppController(app, Preferences(paths.config_dir / SETTINGS_FILE), journal_path)
    controller.start()
    return app.exec()


def main() -> int:
    """Entry point of the ``reflect-gui`` launcher script."""
    from reflect.cli.main import main as cli_main

    return cli_main(sys.argv[1:])
