"""Settings → Reminder: a gentle note after the working day, on chosen days at a chosen time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QTimeEdit, QVBoxLayout

from reflect.gui.widgets.flow_layout import FlowWidget
from reflect.present.preferences import Preferences


class ReminderSection(QGroupBox):
    """``changed``: the writer changed the reminder; it is saved, and the app follows it."""

    changed = Signal()

    def __init__(
        self, preferences: Preferences, tray_available: Callable[[], bool], parent=None
    ) -> None:
        super().__init__(self.tr("Reminder"), parent)
        self.preferences = preferences
        available = tray_available()
        intro = QLabel(
            self.tr(
                "On the days and at the time you choose, Reflect shows a short note that your "
                "working day is over. The note never shows anything you have written. It comes "
                "only while Reflect is running, locked or not, and not if your journal is open "
                "and you have already written about that day."
            )
        )
        intro.setWordWrap(True)
        self.on_box = QCheckBox(self.tr("Remind me after my working day"))
        self.on_box.setAccessibleName(self.tr("Remind me after my working day"))
        self.on_box.setChecked(preferences.reminder_on)

        locale = QLocale()
        chosen = preferences.reminder_days
        self.days = FlowWidget(spacing=12)
        self.day_boxes: dict[int, QCheckBox] = {}
        first = locale.firstDayOfWeek().value  # Qt counts Monday as 1, Sunday as 7
        for step in range(7):
            qt_day = (first - 1 + step) % 7 + 1
            name = locale.dayName(qt_day, QLocale.FormatType.LongFormat)
            # Swedish day names are lower case: capitalised as a label, not mid-sentence.
            box = QCheckBox(name[:1].upper() + name[1:])
            box.setAccessibleName(self.tr("Remind me on {day}").format(day=name))
            number = qt_day - 1  # as date.weekday(): Monday is 0
            box.setChecked(number in chosen)
            box.toggled.connect(self._days_chosen)
            self.day_boxes[number] = box
            self.days.flow.addWidget(box)

        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat(locale.timeFormat(QLocale.FormatType.ShortFormat))
        self.time_edit.setAccessibleName(self.tr("Reminder time"))
        at = preferences.reminder_time
        self.time_edit.setTime(QTime(at.hour, at.minute))

        days_label = QLabel(self.tr("On these days"))
        days_label.setWordWrap(True)
        time_row = QFormLayout()
        time_row.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        time_row.addRow(self.tr("At"), self.time_edit)
        self.unavailable_note = QLabel(
            self.tr(
                "This desktop has no notification area that Reflect can use, "
                "so the reminder cannot be shown here."
            )
        )
        self.unavailable_note.setWordWrap(True)
        self.unavailable_note.setVisible(not available)
        # Top to bottom, not a form: the days wrap onto more lines at large text,
        # and a form row gives its field the height of one line.
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.unavailable_note)  # before the choices it greys out
        layout.addWidget(self.on_box)
        layout.addWidget(days_label)
        layout.addWidget(self.days)
        layout.addLayout(time_row)

        self.on_box.setEnabled(available)
        self._enable_choices()
        self.on_box.toggled.connect(self._turned_on_or_off)
        self.time_edit.timeChanged.connect(self._time_chosen)

    def _enable_choices(self) -> None:
        on = self.on_box.isEnabled() and self.on_box.isChecked()
        self.days.setEnabled(on)
        self.time_edit.setEnabled(on)

    def _turned_on_or_off(self, on: bool) -> None:
        self.preferences.reminder_on = on
        self._enable_choices()
        self.changed.emit()

    def _days_chosen(self) -> None:
        self.preferences.reminder_days = frozenset(
            number for number, box in self.day_boxes.items() if box.isChecked()
        )
        self.changed.emit()

    def _time_chosen(self, chosen: QTime) -> None:
        self.preferences.reminder_time = time(chosen.hour(), chosen.minute())
        self.changed.emit()
