"""About Reflect: the version, where the themes come from, and where the journal lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from reflect import __version__
from reflect.app.backups import backup_folder
from reflect.domain.themes import STUDY


class AboutDialog(QDialog):
    def __init__(self, journal_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Reflect"))
        self.heading = QLabel(self.tr("Reflect {version}").format(version=__version__))
        self.heading.setProperty("look", "title")
        self.what_label = QLabel(
            self.tr(
                "A private journal for peer supporters in psychiatric care: to reflect after "
                "work and to prepare for supervision. It works offline and never connects "
                "to a network."
            )
        )
        self.study_label = QLabel(
            self.tr(
                "Its themes and prompts build on the interview study “{title}”, {journal}, "
                "{year}, doi:{doi}. The prompts are written in Reflect's own words."
            ).format(title=STUDY.title, journal=STUDY.journal, year=STUDY.year, doi=STUDY.doi)
        )
        self.where_label = QLabel(
            self.tr("Your journal, encrypted: {path}\nIts backups: {backups}").format(
                path=str(journal_path), backups=str(backup_folder(journal_path))
            )
        )
        self.where_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for label in (self.heading, self.what_label, self.study_label, self.where_label):
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
