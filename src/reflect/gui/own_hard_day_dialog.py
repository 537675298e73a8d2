"""When it is your own hard day: a calm note on where to turn.

Reachable from Today at any time, and offered there when the writer's own
check-ins have been heavy for several days. Never a diagnosis, never in the
way: it closes with one key, and nothing of it is kept.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout


class OwnHardDayDialog(QDialog):
    def __init__(self, plan: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("When it is your own hard day"))
        heading = QLabel(self.tr("When it is your own hard day"))
        heading.setProperty("look", "title")
        self.intro_label = QLabel(
            self.tr(
                "Hard days come to everyone who does this work, and lived experience does not "
                "make them a sign of anything. You do not have to write or explain. If it "
                "helps, turn to what has helped before."
            )
        )
        if plan:
            self.plan_title = QLabel(self.tr("Your own plan"))
            self.plan_label = QLabel(plan)
            self.plan_label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
        else:
            self.plan_title = QLabel(self.tr("A plan of your own"))
            self.plan_label = QLabel(
                self.tr(
                    "In Settings you can write down what helps you and who you can contact "
                    "(someone you trust, your manager or supervisor); it is kept inside the "
                    "encrypted journal and shown here."
                )
            )
        self.plan_title.setProperty("look", "heading")
        # The numbers belong to the language's country: the Swedish text names
        # 1177, Självmordslinjen and 112; the English one the local number.
        self.help_label = QLabel(
            self.tr(
                "You can also talk to someone you trust, your manager or your supervisor, or "
                "your own health care. If you are in danger or thinking of harming yourself, "
                "call your local emergency number now."
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for label in (heading, self.intro_label, self.plan_title, self.plan_label, self.help_label):
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def text(self) -> str:
        """What the dialog says, as a screen reader reads it from top to bottom."""
        return "\n".join(
            label.text() for label in (self.intro_label, self.plan_label, self.help_label)
        )
