"""The window's Help menu: the guide (F1), the keyboard shortcuts and About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from reflect.present.translations import interface_language

if TYPE_CHECKING:
    from reflect.gui.help.about_dialog import AboutDialog
    from reflect.gui.help.guide_window import GuideWindow
    from reflect.gui.help.shortcuts_dialog import ShortcutsDialog
    from reflect.gui.main_window import MainWindow


class HelpMenu:
    """Builds the menu on ``window`` and keeps each help window while it is open."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        menu = window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "&Help"))
        self.guide_action = QAction(
            QCoreApplication.translate("HelpMenu", "Reflect &guide"), window
        )
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action = QAction(
            QCoreApplication.translate("HelpMenu", "&Keyboard shortcuts"), window
        )
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(
            QCoreApplication.translate("HelpMenu", "&About Reflect"), window
        )
        self.about_action.triggered.connect(self.show_about)
        for action in (self.guide_action, self.shortcuts_action, self.about_action):
            menu.addAction(action)
        self.guide: GuideWindow | None = None
        self.shortcuts: ShortcutsDialog | None = None
        self.about: AboutDialog | None = None

    def show_guide(self) -> None:
        from reflect.gui.help.guide_window import GuideWindow

        if self.guide is None:
            self.guide = GuideWindow(interface_language(), self.window)
        guide = self.guide
        guide.show()
        guide.raise_()
        guide.activateWindow()

    def show_shortcuts(self) -> None:
        from reflect.gui.help.shortcuts_dialog import ShortcutsDialog

        self.shortcuts = shortcuts = ShortcutsDialog(
            self.window,
            [
                (
                    QCoreApplication.translate("HelpMenu", "Ctrl+N, then 1–6"),
                    QCoreApplication.translate("HelpMenu", "New entry of that kind"),
                ),
                (
                    QCoreApplication.translate("HelpMenu", "Tab, Shift+Tab"),
                    QCoreApplication.translate("HelpMenu", "The next or the previous control"),
                ),
                (
                    QCoreApplication.translate("HelpMenu", "Arrow keys"),
                    QCoreApplication.translate(
                        "HelpMenu", "Move the choice on a scale, or within a list"
                    ),
                ),
                (
                    QCoreApplication.translate("HelpMenu", "Space"),
                    QCoreApplication.translate(
                        "HelpMenu", "Choose, or clear, the answer or tick box with the focus"
                    ),
                ),
            ],
        )
        shortcuts.show()

    def show_about(self) -> None:
        from reflect.gui.help.about_dialog import AboutDialog

        self.about = about = AboutDialog(self.window.journal.path, self.window)
        about.show()

    def close(self) -> None:
        """Help windows go with the main window (a lock must leave nothing open)."""
        for dialog in (self.guide, self.shortcuts, self.about):
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
        self.guide = self.shortcuts = self.about = None
