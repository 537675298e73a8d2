"""Settings: locking, language, look, text size, the reminder and the passphrase."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reflect.app.journal import Journal
from reflect.app.passphrase_change import change_passphrase
from reflect.app.supervision import set_watch_list, watch_list
from reflect.domain.errors import ValidationError
from reflect.gui.pages.settings.backups_section import BackupsSection
from reflect.gui.pages.settings.own_support_section import OwnSupportSection
from reflect.gui.pages.settings.reminder_section import ReminderSection
from reflect.gui.reminder import system_tray_available
from reflect.gui.widgets.scroll_page import fill_with_scrolling
from reflect.present.language_setting import LANGUAGE_CHOICES
from reflect.present.messages import translated
from reflect.present.preferences import TEXT_SCALES, Preferences


class SettingsPage(QWidget):
    language_changed = Signal(str)
    appearance_changed = Signal()
    auto_lock_changed = Signal(int)
    reminder_changed = Signal()

    def __init__(
        self,
        journal: Journal,
        preferences: Preferences,
        parent=None,
        *,
        tray_available: Callable[[], bool] = system_tray_available,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.preferences = preferences

        self.auto_lock_box = QSpinBox()
        self.auto_lock_box.setRange(0, 120)
        self.auto_lock_box.setSuffix(self.tr(" min"))
        self.auto_lock_box.setSpecialValueText(self.tr("Never"))
        self.auto_lock_box.setAccessibleName(self.tr("Lock after idle minutes"))
        self.auto_lock_box.setValue(preferences.auto_lock_minutes)
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language"))
        for code, label in LANGUAGE_CHOICES:
            self.language_box.addItem(QCoreApplication.translate("Language", label), code)
        self.language_box.setCurrentIndex(self.language_box.findData(preferences.language))
        self.appearance_box = QComboBox()
        self.appearance_box.setAccessibleName(self.tr("Appearance"))
        for code, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.appearance_box.addItem(label, code)
        self.appearance_box.setCurrentIndex(self.appearance_box.findData(preferences.appearance))
        self.text_size_box = QComboBox()
        self.text_size_box.setAccessibleName(self.tr("Text size"))
        for scale in TEXT_SCALES:
            self.text_size_box.addItem(f"{scale} %", scale)
        self.text_size_box.setCurrentIndex(self.text_size_box.findData(preferences.text_scale))

        general = QGroupBox(self.tr("This computer"))
        form = QFormLayout(general)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Lock after this long without use"), self.auto_lock_box)
        form.addRow(self.tr("Language"), self.language_box)
        form.addRow(self.tr("Appearance"), self.appearance_box)
        form.addRow(self.tr("Text size"), self.text_size_box)
        note = QLabel(
            self.tr("These settings are kept on this computer. None of your writing is in them.")
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow(note)

        self.current_field = self._password(self.tr("Current passphrase"))
        self.new_field = self._password(self.tr("New passphrase"))
        self.repeat_field = self._password(self.tr("New passphrase again"))
        self.change_button = QPushButton(self.tr("Change passphrase"))
        self.passphrase_status = QLabel()
        self.passphrase_status.setWordWrap(True)
        security = QGroupBox(self.tr("Passphrase"))
        security_form = QFormLayout(security)
        security_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        security_form.addRow(self.tr("Current passphrase"), self.current_field)
        security_form.addRow(self.tr("New passphrase"), self.new_field)
        security_form.addRow(self.tr("New passphrase again"), self.repeat_field)
        security_form.addRow(self.change_button)
        security_form.addRow(self.passphrase_status)

        self.watch_field = QPlainTextEdit()
        self.watch_field.setAccessibleName(self.tr("Names to keep out"))
        self.watch_field.setPlaceholderText(self.tr("One name per line"))
        self.watch_field.setTabChangesFocus(True)
        self.watch_field.setMaximumHeight(self.watch_field.fontMetrics().lineSpacing() * 7)
        self.watch_field.setPlainText("\n".join(watch_list(journal)))
        self.watch_save_button = QPushButton(self.tr("Save the names"))
        self.watch_status = QLabel()
        watch = QGroupBox(self.tr("Names to keep out"))
        watch_layout = QVBoxLayout(watch)
        watch_intro = QLabel(
            self.tr(
                "Names of patients or others that must never leave the journal. The editor underlines "
                "them and a supervision pack asks to remove them. Kept inside the encrypted journal."
            )
        )
        watch_intro.setWordWrap(True)
        watch_layout.addWidget(watch_intro)
        watch_layout.addWidget(self.watch_field)
        watch_layout.addWidget(self.watch_save_button)
        watch_layout.addWidget(self.watch_status)
        self.watch_save_button.clicked.connect(self.save_watch_list)

        self.backups = BackupsSection(journal)
        self.own_support = OwnSupportSection(journal)
        self.reminder = ReminderSection(preferences, tray_available)
        self.reminder.changed.connect(self.reminder_changed)
        fill_with_scrolling(
            self,
            general,
            self.reminder,
            watch,
            self.own_support,
            security,
            self.backups,
            max_width=760,
        )

        self.auto_lock_box.valueChanged.connect(self._auto_lock_chosen)
        self.language_box.activated.connect(
            lambda _i: self.language_changed.emit(self.language_box.currentData())
        )
        self.appearance_box.activated.connect(self._look_chosen)
        self.text_size_box.activated.connect(self._look_chosen)
        self.change_button.clicked.connect(self.change_passphrase)

    def _password(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    def _auto_lock_chosen(self, minutes: int) -> None:
        self.preferences.auto_lock_minutes = minutes
        self.auto_lock_changed.emit(minutes)

    def _look_chosen(self, _index: int) -> None:
        self.preferences.appearance = self.appearance_box.currentData()
        self.preferences.text_scale = self.text_size_box.currentData()
        self.appearance_changed.emit()

    def change_passphrase(self) -> None:
        if self.new_field.text() != self.repeat_field.text():
            self.passphrase_status.setText(self.tr("The two new passphrases differ."))
            return
        try:
            backup = change_passphrase(
                self.journal, self.current_field.text(), self.new_field.text()
            )
        except ValidationError as error:
            self.passphrase_status.setText(translated(error))
            return
        for field in (self.current_field, self.new_field, self.repeat_field):
            field.clear()
        if backup is not None:
            self.passphrase_status.setText(
                self.tr(
                    "Your journal now opens with the new passphrase, and a backup under it was just made. "
                    "Earlier backups still open with the passphrase they were made with."
                )
            )
        else:
            self.passphrase_status.setText(
                self.tr(
                    "Your journal now opens with the new passphrase. A backup under it could not be "
                    "written; earlier backups still open with the passphrase they were made with."
                )
            )
        self.backups.refresh()

    def save_watch_list(self) -> None:
        set_watch_list(self.journal, self.watch_field.toPlainText().splitlines())
        self.watch_status.setText(self.tr("Saved."))

    def clear_journal_text(self) -> None:
        self.watch_field.clear()
        self.own_support.clear_journal_text()
        for field in (self.current_field, self.new_field, self.repeat_field):
            field.clear()
        self.passphrase_status.clear()
