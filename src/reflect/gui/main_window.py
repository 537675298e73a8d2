"""The journal's main window (the foundation's minimal one: recent entries)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QVBoxLayout, QWidget

from reflect.app.journal import Journal
from reflect.domain.kinds import kind_spec

RECENT = 200


class MainWindow(QMainWindow):
    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.journal = journal
        self.setWindowTitle("Reflect")
        self.summary_label = QLabel()
        self.entry_list = QListWidget()
        self.entry_list.setAccessibleName(self.tr("Recent entries"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.entry_list)
        self.setCentralWidget(central)
        self.resize(720, 520)
        self.reload()

    def reload(self) -> None:
        total = self.journal.count_entries()
        if total:
            self.summary_label.setText(self.tr("Entries in your journal: {count}").format(count=total))
        else:
            self.summary_label.setText(
                self.tr("No entries yet. Add one with 'reflect add' in a terminal.")
            )
        self.entry_list.clear()
        for entry in self.journal.entries(limit=RECENT).entries:
            kind = QCoreApplication.translate("EntryKinds", kind_spec(entry.kind).label)
            day = entry.occurred_on.isoformat()
            self.entry_list.addItem(f"{day} · {kind} · {entry.display_title}")

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.entry_list.clear()
        self.journal.close()
        super().closeEvent(event)
