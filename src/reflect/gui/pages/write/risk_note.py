"""A gentle reminder that a risk goes through the workplace's own routine."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


class RiskNote(QFrame):
    """Shown beside a loyalty conflict that says something needs reporting, or may.

    It never blocks writing; "Got it" hides it for this entry.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setProperty("look", "note")
        self.risk_text = self.tr(
            "If someone may be at risk, report it through your workplace's routine and "
            "make sure it is documented in the record. This journal is private and is "
            "not the place where a risk gets passed on."
        )
        # "Unsure" is the common case, and gets a softer word.
        self.unsure_text = self.tr(
            "Not sure whether it needs reporting? Ask the nurse in charge or your manager how "
            "the routine works. No one else reads this journal, so what you write here cannot "
            "pass a risk on."
        )
        self.message_label = QLabel(self.risk_text)
        self.message_label.setWordWrap(True)
        self.dismiss_button = QPushButton(self.tr("Got it"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.message_label, 1)
        layout.addWidget(self.dismiss_button)
        self.dismissed = False
        self.dismiss_button.clicked.connect(self._dismiss)

    def _dismiss(self) -> None:
        self.dismissed = True
        self.hide()

    def update_for(self, needs_reporting: str | None, reporting_done: str | None) -> None:
        wanted = (
            needs_reporting in ("yes", "unsure") and reporting_done != "done" and not self.dismissed
        )
        self.message_label.setText(
            self.unsure_text if needs_reporting == "unsure" else self.risk_text
        )
        self.setVisible(wanted)

    def reset(self) -> None:
        self.dismissed = False
        self.hide()
