"""Settings: the writer's own plan for a hard day, and who they can contact."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from reflect.app.journal import Journal
from reflect.app.own_support import own_plan, set_own_plan
from reflect.domain.errors import ValidationError
from reflect.present.messages import translated


class OwnSupportSection(QGroupBox):
    def __init__(self, journal: Journal, parent=None) -> None:
        super().__init__(self.tr("When it is your own hard day"), parent)
        self.journal = journal
        intro = QLabel(
            self.tr(
                "What helps you, and who you can contact: someone you trust, your manager or "
                "supervisor, your own care. Today shows it when you ask, or when your "
                "check-ins have been heavy for a few days. Kept inside the encrypted journal."
            )
        )
        intro.setWordWrap(True)
        self.plan_field = QPlainTextEdit()
        self.plan_field.setAccessibleName(self.tr("My plan and people to contact"))
        self.plan_field.setPlaceholderText(
            self.tr("For example: a walk first. Call Sam, 070-… Tell my manager if it lasts.")
        )
        self.plan_field.setTabChangesFocus(True)
        self.plan_field.setMaximumHeight(self.plan_field.fontMetrics().lineSpacing() * 7)
        self.plan_field.setPlainText(own_plan(journal))
        self.save_button = QPushButton(self.tr("Save my plan"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.plan_field)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        self.save_button.clicked.connect(self.save)

    def save(self) -> None:
        try:
            set_own_plan(self.journal, self.plan_field.toPlainText())
        except ValidationError as error:
            self.status.setText(translated(error))
            return
        self.status.setText(self.tr("Saved."))

    def clear_journal_text(self) -> None:
        self.plan_field.clear()
        self.status.clear()
