"""What the working day held: a chip for each activity, and a name for "Other".

A chip is saved when it is clicked. "Other" opens a short field for the
writer's own word for it ("phone round with relatives"), saved as it is
typed, a moment after the last key, and when the field is left.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from reflect.app.journal import Journal
from reflect.domain.shift_log import ACTIVITY_LABELS, MAX_OTHER_NAME, Activity
from reflect.gui.widgets.chip_group import ChipGroup

NAME_SAVE_DELAY_MS = 600


class ShiftLogWidget(QWidget):
    def __init__(self, journal: Journal, parent=None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.chips = ChipGroup(
            [(a, QCoreApplication.translate("Activities", ACTIVITY_LABELS[a])) for a in Activity],
            self.tr("What I did today"),
        )
        self.other_field = QLineEdit()
        self.other_field.setPlaceholderText(self.tr("What was “Other”? (optional)"))
        self.other_field.setAccessibleName(self.tr("What “Other” was"))
        self.other_field.setMaxLength(MAX_OTHER_NAME)
        self.other_field.hide()
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(NAME_SAVE_DELAY_MS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chips)
        layout.addWidget(self.other_field)

        self.chips.toggled.connect(self._toggled)
        self.other_field.textEdited.connect(lambda _text: self.save_timer.start())
        self.other_field.editingFinished.connect(self.save_name)
        self.save_timer.timeout.connect(self.save_name)

    def load_today(self) -> None:
        today = self.journal.today()
        counts = self.journal.shift_log(today)
        self.chips.set_selected(counts)
        self.other_field.setText(self.journal.other_activity_name(today))
        self.other_field.setVisible(Activity.OTHER in counts)

    def _toggled(self, activity: Activity, on: bool) -> None:
        self.journal.set_activity_count(self.journal.today(), activity, 1 if on else 0)
        if activity is Activity.OTHER:
            self.save_timer.stop()
            self.other_field.setVisible(on)
            if on:
                self.other_field.setFocus()
            else:
                self.other_field.clear()  # the journal forgot it with the count

    def save_name(self) -> None:
        self.save_timer.stop()
        if self.other_field.isVisible() or self.other_field.text():
            self.journal.name_other_activity(self.journal.today(), self.other_field.text())

    def clear_journal_text(self) -> None:
        """On lock: what was typed is kept first, then no word of it stays in the field."""
        if self.save_timer.isActive():
            self.save_name()
        self.other_field.clear()
