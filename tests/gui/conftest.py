"""GUI fixtures: an English interface by default, and a prompt library on the test journal."""

from __future__ import annotations

import pytest
import shiboken6

from reflect.app.prompt_library import PromptLibrary, load_catalogue
from reflect.present.translations import Translations


@pytest.fixture
def translations(qapp):
    """English first; a test may call ``translations.apply("sv")``. Reset after."""
    installed = Translations()
    installed.apply("en")
    yield installed
    installed.apply("en")


@pytest.fixture
def library(journal, translations):
    return PromptLibrary(journal, load_catalogue(translations.language))


@pytest.fixture
def preferences(tmp_path):
    from reflect.present.preferences import Preferences

    return Preferences(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, journal, library, preferences):
    """The main window on the test journal, shown, as after unlocking.

    At teardown it checks what a session leaves behind: no timer of the
    window still running once it is closed, and no other window left open.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reflect.gui.main_window import MainWindow

    before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
    shown = MainWindow(journal, library, preferences)
    shown.resize(1280, 720)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    # Closed here rather than by qtbot, after dropping unsaved writing the way
    # a person would, so closing does not stop to ask.
    if shown.editor.is_dirty:
        shown.editor.discard_changes()
    shown.close()
    running = [
        t.objectName() or t.parent().metaObject().className()
        for t in shown.findChildren(QTimer)
        if t.isActive() and t.isSingleShot()
    ]
    shown.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(shown), timeout=2000)
    left = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in before]
    assert left == [], f"windows left open: {[w.metaObject().className() for w in left]}"
    assert running == [], f"timers still running after close: {running}"


def answer_next_message_box(button):
    """Click ``button`` (a QMessageBox.StandardButton) on the next modal box shown."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(button).click()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


def close_controller(controller) -> None:
    """End a whole app run as a person would: unsaved writing dropped, window and gate closed."""
    if controller.window is not None:
        if controller.window.editor.is_dirty:
            controller.window.editor.discard_changes()
        controller.window.close()
        controller.window.deleteLater()
    if controller.gate is not None:
        controller.gate.done(0)
    controller.shut_down()
