"""The supervision agreement as a form: each part in the writer's own words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.app.journal import Journal
from reflect.app.supervision import agreement, keep_agreement
from reflect.domain.errors import ValidationError
from reflect.domain.supervision_agreement import (
    FORM_LABELS,
    FORMS,
    TEXT_FIELDS,
    SupervisionAgreement,
)
from reflect.gui.widgets.live_label import LiveLabel
from reflect.present.local_format import from_qdate, to_qdate
from reflect.present.messages import translated

ONE_LINE = ("supervisor", "how_often")  # the rest are a few sentences each
TEXT_LINES = 3


class AgreementForm(QWidget):
    kept = Signal()

    def __init__(self, journal: Journal, parent=None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # long labels above
        for name, label in TEXT_FIELDS:
            shown = QCoreApplication.translate("Agreement", label)
            field: QLineEdit | QPlainTextEdit
            if name in ONE_LINE:
                field = QLineEdit()
            else:
                field = QPlainTextEdit()
                field.setTabChangesFocus(True)
                field.setFixedHeight(field.fontMetrics().lineSpacing() * TEXT_LINES + 16)
            field.setAccessibleName(shown)
            self.fields[name] = field
            form.addRow(shown, field)
        self.form_box = QComboBox()
        self.form_box.setAccessibleName(self.tr("One to one or in a group"))
        for code in FORMS:
            self.form_box.addItem(QCoreApplication.translate("Agreement", FORM_LABELS[code]), code)
        form.insertRow(2, self.tr("One to one or in a group"), self.form_box)
        self.review_box = QCheckBox(self.tr("We look at it again on"))
        self.review_edit = QDateEdit()
        self.review_edit.setCalendarPopup(True)
        self.review_edit.setAccessibleName(self.tr("Review date"))
        self.review_box.toggled.connect(self.review_edit.setEnabled)
        review = QHBoxLayout()
        review.addWidget(self.review_box)
        review.addWidget(self.review_edit)
        review.addStretch(1)
        self.save_button = QPushButton(self.tr("Keep the agreement"))
        self.save_button.clicked.connect(self.save)
        self.status = LiveLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(review)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        kept = agreement(self.journal)
        for name, field in self.fields.items():
            text = getattr(kept, name)
            if isinstance(field, QLineEdit):
                field.setText(text)
            else:
                field.setPlainText(text)
        self.form_box.setCurrentIndex(max(0, self.form_box.findData(kept.form)))
        self.review_box.setChecked(kept.review_on is not None)
        self.review_edit.setEnabled(kept.review_on is not None)
        today = self.journal.today()
        self.review_edit.setDate(to_qdate(kept.review_on) if kept.review_on else to_qdate(today))
        self.status.clear()

    def agreement(self) -> SupervisionAgreement:
        texts = {
            name: field.text() if isinstance(field, QLineEdit) else field.toPlainText()
            for name, field in self.fields.items()
        }
        review: QDate = self.review_edit.date()
        return SupervisionAgreement(
            form=str(self.form_box.currentData()),
            review_on=from_qdate(review) if self.review_box.isChecked() else None,
            **texts,
        )

    def save(self) -> None:
        try:
            keep_agreement(self.journal, self.agreement())
        except ValidationError as error:
            self.status.setText(translated(error))
            return
        self.status.setText(self.tr("The agreement is kept in your journal."))
        self.kept.emit()

    def clear_journal_text(self) -> None:
        for field in self.fields.values():
            field.clear()
        self.status.clear()
