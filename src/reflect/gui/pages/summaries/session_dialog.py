"""Recording a supervision session: when, how long, alone or in a group, what was
said and what was agreed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from reflect.app.journal import Journal
from reflect.app.supervision import record_session
from reflect.domain.errors import ValidationError
from reflect.domain.supervision import (
    MAX_MINUTES,
    SESSION_FORM_LABELS,
    SessionForm,
    SupervisionSession,
)
from reflect.present.local_format import from_qdate, to_qdate
from reflect.present.messages import translated


class SessionDialog(QDialog):
    def __init__(self, journal: Journal, parent=None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.saved: SupervisionSession | None = None
        self.setWindowTitle(self.tr("Record a supervision session"))
        self.date_edit = QDateEdit(to_qdate(journal.today()))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(to_qdate(journal.today()))
        self.date_edit.setAccessibleName(self.tr("Date of the session"))
        self.minutes_field = QSpinBox()
        self.minutes_field.setRange(0, MAX_MINUTES)
        self.minutes_field.setSingleStep(15)
        self.minutes_field.setValue(60)
        self.minutes_field.setSpecialValueText(self.tr("Not noted"))  # 0: the length left out
        self.minutes_field.setSuffix(self.tr(" min"))
        self.minutes_field.setAccessibleName(self.tr("Length in minutes"))
        self.form_box = QComboBox()
        self.form_box.setAccessibleName(self.tr("One to one or in a group"))
        for way in SessionForm:
            self.form_box.addItem(
                QCoreApplication.translate("Supervision", SESSION_FORM_LABELS[way]), way.value
            )
        self.notes_field = QPlainTextEdit()
        self.notes_field.setAccessibleName(self.tr("Notes"))
        self.notes_field.setTabChangesFocus(True)
        self.actions_field = QPlainTextEdit()
        self.actions_field.setAccessibleName(self.tr("Agreed actions"))
        self.actions_field.setPlaceholderText(self.tr("One action per line"))
        self.actions_field.setTabChangesFocus(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Length"), self.minutes_field)
        form.addRow(self.tr("Form"), self.form_box)
        form.addRow(self.tr("What we talked about"), self.notes_field)
        form.addRow(self.tr("Agreed actions"), self.actions_field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def try_save(self) -> None:
        qdate = self.date_edit.date()
        try:
            self.saved = record_session(
                self.journal,
                from_qdate(qdate),
                self.notes_field.toPlainText(),
                self.actions_field.toPlainText().splitlines(),
                self.minutes_field.value() or None,
                SessionForm(self.form_box.currentData()),
            )
        except ValidationError as error:
            self.error_label.setText(translated(error))
            self.error_label.show()
            return
        self.accept()
