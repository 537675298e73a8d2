"""The user guide, read inside Reflect in the interface's language, offline.

The guide is the same Markdown file as docs/guide.md (packaged with the
app). Links never open a browser: Reflect makes no network connection, so a
link to the other language's guide switches the text here, and any other
link only says where it points.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout

from reflect.resources import GUIDES, guide_text


class GuideWindow(QDialog):
    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reflect guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.anchorClicked.connect(self._link_clicked)
        self.link_note = QLabel()
        self.link_note.setWordWrap(True)
        self.link_note.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.link_note)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, self.browser.setFocus)
        self.resize(760, 640)
        self.show_language(language)

    def show_language(self, language: str) -> None:
        self.language = language if language in GUIDES else "en"
        self.browser.setMarkdown(guide_text(self.language))
        self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
        self.link_note.hide()

    def _link_clicked(self, url: QUrl) -> None:
        target = url.fileName() or url.toString()
        for language, name in GUIDES.items():
            if target == name:
                self.show_language(language)
                return
        self.link_note.setText(
            self.tr("That link points at {target}, which Reflect does not open.").format(
                target=url.toString()
            )
        )
        self.link_note.show()
