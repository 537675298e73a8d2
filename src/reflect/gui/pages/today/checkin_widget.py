"""A wellbeing check-in in three clicks: mood, energy, stress."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.app.journal import Journal
from reflect.domain.checkin import CheckIn
from reflect.domain.errors import ValidationError
from reflect.gui.widgets.choice_buttons import ChoiceButtons
from reflect.gui.widgets.live_label import LiveLabel
from reflect.present.local_format import local_time
from reflect.present.messages import translated


class CheckInWidget(QWidget):
    """Saves as soon as all three scales have a value; "Undo" takes it back."""

    checked_in = Signal(object)

    def __init__(self, journal: Journal, parent=None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.last: CheckIn | None = None
        scales = (
            ("mood", self.tr("Mood"), self.tr("1 low · 5 good")),
            ("energy", self.tr("Energy"), self.tr("1 drained · 5 full")),
            ("stress", self.tr("Stress"), self.tr("1 calm · 5 very stressed")),
        )
        grid = QGridLayout()
        self.scales: dict[str, ChoiceButtons] = {}
        for row, (name, label, legend) in enumerate(scales):
            buttons = ChoiceButtons(
                [(n, str(n)) for n in range(1, 6)], label, large=True, one_line=True
            )
            buttons.value_changed.connect(self._maybe_save)
            self.scales[name] = buttons
            # The legend under the scale's name, not after its buttons: beside
            # them it made the card wider than a 1024-pixel screen at 200 %.
            named = QVBoxLayout()
            named.setSpacing(0)
            named.addWidget(QLabel(label))
            hint = QLabel(legend)
            hint.setProperty("look", "muted")
            hint.setWordWrap(True)
            named.addWidget(hint)
            grid.addLayout(named, row, 0)
            grid.addWidget(buttons, row, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(2, 1)
        self.note_field = QLineEdit()
        self.note_field.setPlaceholderText(self.tr("A word about today (optional)"))
        self.note_field.setAccessibleName(self.tr("Check-in note"))
        self.status_label = LiveLabel()
        self.status_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo check-in"))
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo)
        self.note_field.editingFinished.connect(self._note_edited)
        status = QHBoxLayout()
        status.addWidget(self.status_label, 1)
        status.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note_field)
        layout.addLayout(grid)
        layout.addLayout(status)

    def load_today(self) -> None:
        """Show today's check-in, if there is one, ready to be changed.

        Without one, whatever the writer has chosen or typed so far stays.
        """
        self.last = self.journal.todays_checkin()
        if self.last is None:
            return
        for name, scale in self.scales.items():
            scale.set_value(getattr(self.last, name))
        self.note_field.setText(self.last.note)
        self._say_saved(self.tr("You checked in at {time}. Change it any time today."))

    def _note_edited(self) -> None:
        if self.last is not None and self.note_field.text() != self.last.note:
            self._maybe_save(None)

    def _maybe_save(self, _value) -> None:
        values = {name: scale.value() for name, scale in self.scales.items()}
        if None in values.values():
            return
        try:
            if self.last is not None and self.last.at.date() == self.journal.today():
                self.last = self.journal.change_checkin(
                    self.last, note=self.note_field.text(), **values
                )
                message = self.tr("Check-in changed at {time}.")
            else:
                self.last = self.journal.check_in(note=self.note_field.text(), **values)
                message = self.tr("Checked in at {time}. Thank you for taking a moment.")
        except ValidationError as error:
            self.status_label.setText(translated(error))
            return
        self._say_saved(message)
        self.checked_in.emit(self.last)

    def _say_saved(self, message: str) -> None:
        if self.last is not None:
            self.status_label.setText(message.format(time=local_time(self.last.at.time())))
        self.undo_button.show()

    def undo(self) -> None:
        if self.last is not None:
            self.journal.delete_checkin(self.last.uuid)
            self.last = None
        for scale in self.scales.values():
            scale.set_value(None)
        self.status_label.clear()
        self.undo_button.hide()

    def clear_journal_text(self) -> None:
        self.last = None
        self.note_field.clear()
        self.status_label.clear()
        for scale in self.scales.values():
            scale.set_value(None)
