"""Starting the desktop app: first-run or unlock dialog, then the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from reflect import APP_NAME, __version__
from reflect.paths import AppPaths


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def run_gui(paths: AppPaths, journal_path: Path) -> int:
    from reflect.gui.platform_check import window_problem

    problem = window_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2

    from reflect.gui.create_dialog import CreateJournalDialog
    from reflect.gui.main_window import MainWindow
    from reflect.gui.unlock_dialog import UnlockDialog

    app = make_application(sys.argv[:1])
    dialog = (
        UnlockDialog(journal_path) if journal_path.exists() else CreateJournalDialog(journal_path)
    )
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.journal is None:
        return 0
    window = MainWindow(dialog.journal)
    window.show()
    return app.exec()


def main() -> int:
    """Entry point of the ``reflect-gui`` launcher script."""
    from reflect.cli.main import main as cli_main

    return cli_main(sys.argv[1:])
