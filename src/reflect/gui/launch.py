"""Starting the desktop app: first-run or unlock dialog, then the main window.

Also the demo (a fictional journal in a temporary folder) and the self-test
that packaging checks run (every view opened offscreen, then exit).
"""

from __future__ import annotations

import os
import secrets
import shutil
import sys
import tempfile
from pathlib import Path

from reflect import APP_ID, APP_NAME, __version__
from reflect.paths import SETTINGS_FILE, AppPaths


def _application(offscreen: bool = False):
    if offscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    from reflect.resources import resource

    app.setWindowIcon(QIcon(str(resource("icons", "reflect.svg"))))
    app.setDesktopFileName(APP_ID)
    from reflect.gui import error_net

    error_net.install()
    return app


def _window_problem() -> int:
    from reflect.gui.platform_check import window_problem

    problem = window_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    return 0


def run_gui(paths: AppPaths, journal_path: Path, notice: str | None = None) -> int:
    """``notice``: what was done before the window could open (an interrupted restore finished)."""
    if _window_problem():
        return 2
    from reflect.gui.app_controller import AppController
    from reflect.present.preferences import Preferences

    app = _application()
    controller = AppController(app, Preferences(paths.settings_file), journal_path, paths)
    gate = controller.start()
    if notice:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(gate, "Reflect", notice)
    return app.exec()


def run_demo(paths: AppPaths) -> int:
    """A lived-in, fictional journal in a temporary folder, removed on quit."""
    if _window_problem():
        return 2
    from reflect.app.demo import DEMO_PASSPHRASE, fill_demo_journal
    from reflect.app.journal import Journal
    from reflect.gui.app_controller import AppController
    from reflect.present.preferences import Preferences

    app = _application()
    folder = Path(tempfile.mkdtemp(prefix="reflect-demo-"))
    try:
        controller = AppController(app, Preferences(paths.settings_file), folder / "demo.reflect")
        journal = Journal.create(folder / "demo.reflect", DEMO_PASSPHRASE)
        fill_demo_journal(journal, controller.translations.language)
        controller.show_journal(journal, demo=True)
        return app.exec()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def self_test() -> int:
    """Open the main window on a temporary demo journal offscreen and render every view."""
    app = _application(offscreen=True)
    from reflect.app.demo import fill_demo_journal
    from reflect.app.journal import Journal
    from reflect.app.prompt_library import PromptLibrary, load_catalogue
    from reflect.gui.main_window import MainWindow
    from reflect.present.preferences import Preferences

    with tempfile.TemporaryDirectory(prefix="reflect-self-test-") as folder:
        journal = Journal.create(Path(folder) / "self-test.reflect", secrets.token_urlsafe(24))
        try:
            fill_demo_journal(journal, "en")
            window = MainWindow(
                journal,
                PromptLibrary(journal, load_catalogue("en")),
                Preferences(Path(folder) / SETTINGS_FILE),
            )
            window.resize(1280, 720)
            window.show()
            for page in range(window.stack.count()):
                window.show_page(page)
                app.processEvents()
                if window.grab().isNull():
                    print(f"self-test: page {page} did not render", file=sys.stderr)
                    return 1
            window.clear_journal_text()
            window.close()
        finally:
            journal.close()
    print(f"Reflect {__version__} self-test passed: every view opened and rendered.")
    return 0
