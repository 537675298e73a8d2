"""The writer's templates in one place: make, change (rename, other questions), delete,
and start writing with one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from reflect.app.prompt_library import PromptLibrary
from reflect.app.templates import TemplateBook
from reflect.domain.templates import Template
from reflect.gui.labels import kind_label
from reflect.gui.pages.prompts.template_dialog import TemplateDialog
from reflect.gui.widgets.flow_layout import FlowWidget

ID_ROLE = Qt.ItemDataRole.UserRole


class TemplatesDialog(QDialog):
    """``write_requested(template_id)``: the writer wants a new entry with it."""

    write_requested = Signal(str)

    def __init__(
        self, book: TemplateBook, library: PromptLibrary, can_write: bool = True, parent=None
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.library = library
        self.template_dialog: TemplateDialog | None = None
        self.setWindowTitle(self.tr("My templates"))
        intro = QLabel(
            self.tr(
                "A template is your own set of questions, to answer after a kind's form or "
                "as a free reflection. Choose it under Extra questions when you write."
            )
        )
        intro.setWordWrap(True)
        self.template_list = QListWidget()
        self.template_list.setAccessibleName(self.tr("My templates"))
        self.template_list.setWordWrap(True)
        self.template_list.setSpacing(4)
        self.empty_label = QLabel(self.tr("No templates yet. Make one with New template…"))
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty("look", "muted")
        self.new_button = QPushButton(self.tr("New template…"))
        self.change_button = QPushButton(self.tr("Rename or change…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.write_button = QPushButton(self.tr("Write with it"))
        self.write_button.setVisible(can_write)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        # The buttons wrap onto a second line at large text sizes.
        buttons = FlowWidget()
        for button in (self.write_button, self.new_button, self.change_button, self.delete_button):
            buttons.flow.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.template_list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        layout.addWidget(self.close_buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

        self.template_list.currentItemChanged.connect(self._update_buttons)
        self.template_list.itemActivated.connect(self._change)
        self.new_button.clicked.connect(self._new)
        self.change_button.clicked.connect(self._change)
        self.delete_button.clicked.connect(self._delete)
        self.write_button.clicked.connect(self._write)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        chosen = select or self.current_id()
        self.template_list.clear()
        for found in self.book.templates():
            # A count after a colon: no plural forms to keep in both languages.
            questions = self.tr("Questions: {count}").format(count=len(found.questions))
            item = QListWidgetItem(f"{found.name}\n{kind_label(found.kind)} · {questions}")
            item.setData(ID_ROLE, found.id)
            self.template_list.addItem(item)
            if found.id == chosen:
                self.template_list.setCurrentItem(item)
        if self.template_list.currentItem() is None and self.template_list.count():
            self.template_list.setCurrentRow(0)
        self.empty_label.setVisible(self.template_list.count() == 0)
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.template_list.currentItem()
        return item.data(ID_ROLE) if item else None

    def current(self) -> Template | None:
        chosen = self.current_id()
        return self.book.template(chosen) if chosen else None

    def _update_buttons(self, *_args) -> None:
        for button in (self.change_button, self.delete_button, self.write_button):
            button.setEnabled(self.current_id() is not None)

    def _new(self) -> None:
        self._open(TemplateDialog(self.book, self.library, parent=self))

    def _change(self, *_args) -> None:
        found = self.current()
        if found is not None:
            self._open(TemplateDialog(self.book, self.library, found, parent=self))

    def _open(self, dialog: TemplateDialog) -> None:
        """Modal, but through open() so tests and screen readers can reach it."""
        self.template_dialog = dialog
        dialog.accepted.connect(lambda: self.refresh(dialog.saved.id if dialog.saved else None))
        dialog.open()

    def _delete(self) -> None:
        found = self.current()
        if found is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete the template?"),
            self.tr(
                "Delete “{name}”? Entries you wrote with it keep their questions and answers."
            ).format(name=found.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.book.delete(found.id)
            self.refresh()

    def _write(self) -> None:
        chosen = self.current_id()
        if chosen is not None and self.write_button.isVisible():
            self.write_requested.emit(chosen)
            self.accept()
