"""The Journal page: search as you type, filter, open, delete with undo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reflect.app.journal import Journal
from reflect.app.prompt_library import PromptLibrary
from reflect.domain.entry import Entry
from reflect.domain.paging import EntryRow
from reflect.gui.pages.journal.entry_delegate import EntryDelegate
from reflect.gui.pages.journal.entry_list_model import EntryListModel
from reflect.gui.pages.journal.entry_reader import EntryReader
from reflect.gui.pages.journal.filter_bar import FilterBar
from reflect.gui.widgets.live_label import LiveLabel
from reflect.present.local_format import local_date

# The list follows each key: a search at 100,000 entries takes about a frame
# (docs/performance.md). The timer only gathers keys that arrive together.
SEARCH_DELAY_MS = 0


class JournalPage(QWidget):
    open_entry_requested = Signal(str)  # the entry's uuid, to edit
    reading_changed = Signal(bool)  # an entry is shown in the reader, or no longer

    def __init__(self, journal: Journal, library: PromptLibrary, parent=None) -> None:
        super().__init__(parent)
        self.journal = journal
        self._deleted: Entry | None = None
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Search your journal"))
        self.search_field.setAccessibleName(self.tr("Search"))
        self.search_field.setClearButtonEnabled(True)
        self.filter_bar = FilterBar(library, journal.today())
        self.count_label = LiveLabel()
        # Said in the list's place when it is empty: what to do next.
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        self.model = EntryListModel(journal, parent=self)
        self.list_view = QListView()
        self.list_view.setAccessibleName(self.tr("Entries"))
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(EntryDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.open_button = QPushButton(self.tr("Open"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(15_000)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)

        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.undo_label)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.delete_button)
        browsing = QWidget()
        layout = QVBoxLayout(browsing)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_field)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(actions)
        # An entry opened here is read first, in the list's place; the list
        # keeps its search, filters and scrolling behind it.
        self.reader = EntryReader()
        self.views = QStackedWidget()
        self.views.addWidget(browsing)
        self.views.addWidget(self.reader)
        QVBoxLayout(self).addWidget(self.views)
        self._hide_undo()

        self.search_field.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_field.returnPressed.connect(self.go_to_results)
        self.search_field.installEventFilter(self)
        self.search_timer.timeout.connect(self.apply_query)
        self.filter_bar.changed.connect(self.apply_query)
        self.list_view.activated.connect(self._open_index)
        self.open_button.clicked.connect(lambda: self._open_index(self.list_view.currentIndex()))
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_timer.timeout.connect(self._hide_undo)
        QShortcut(QKeySequence.StandardKey.Delete, self.list_view, self.delete_current)
        self.reader.edit_requested.connect(self.open_entry_requested)
        self.reader.back_requested.connect(self.back_to_the_list)
        self.reload()

    def reload(self) -> None:
        self.filter_bar.set_known_tags([tag for tag, _ in self.journal.tags()])
        self.apply_query()

    def apply_query(self) -> None:
        self.search_timer.stop()
        self.model.set_query(self.filter_bar.entry_filter(), self.search_field.text())
        self.model.fetchMore()
        total = self.model.total()
        self.count_label.setText(self.tr("%n entries", "", total) if total else "")
        self._show_empty_state(total)
        if self.model.rowCount():
            self.list_view.setCurrentIndex(self.model.index(0))
        self._update_buttons()

    def _show_empty_state(self, total: int) -> None:
        if total:
            self.empty_label.hide()
            self.list_view.show()
            return
        if self.journal.count_entries():  # entries, but none of them matches
            self.empty_label.setText(
                self.tr(
                    "Nothing matches. Try the beginning of a word, fewer words, "
                    "or Clear filters to show every entry."
                )
            )
        else:
            self.empty_label.setText(
                self.tr(
                    "Nothing written yet. Choose a kind on Today, or press Ctrl+N, "
                    "to write your first entry."
                )
            )
        self.list_view.hide()
        self.empty_label.show()

    def go_to_results(self) -> None:
        """Enter or ↓ in the search box: the results, with the first one chosen."""
        if self.search_timer.isActive():
            self.apply_query()
        if self.model.rowCount():
            self.list_view.setFocus()
            if not self.list_view.currentIndex().isValid():
                self.list_view.setCurrentIndex(self.model.index(0))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.search_field
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self.go_to_results()
            return True
        return super().eventFilter(watched, event)

    @property
    def is_reading(self) -> bool:
        return self.views.currentWidget() is self.reader

    def read(self, uuid: str) -> None:
        entry = self.journal.entry(uuid)
        if entry is None:  # deleted meanwhile, by another Reflect
            self.reload()
            return
        self.reader.show_entry(entry)
        self.views.setCurrentWidget(self.reader)
        self.reading_changed.emit(True)

    def back_to_the_list(self) -> None:
        was_read = self.reader.entry.uuid if self.reader.entry is not None else None
        self.reader.forget()
        self.views.setCurrentIndex(0)
        self.reading_changed.emit(False)
        if was_read is not None:
            self.select_entry(was_read)

    def select_entry(self, uuid: str) -> None:
        """Back from the reader or the editor: that entry is the one chosen, if still listed."""
        if self.is_reading:
            self.back_to_the_list()
            return
        row = self.model.row_of(uuid)
        if row is not None:
            self.list_view.setCurrentIndex(self.model.index(row))
        self.list_view.setFocus()

    def focus_search(self) -> None:
        if self.is_reading:
            self.back_to_the_list()
        self.search_field.setFocus()
        self.search_field.selectAll()

    def current_entry(self) -> EntryRow | None:
        return self.model.entry_at(self.list_view.currentIndex().row())

    def _open_index(self, index) -> None:
        entry = self.model.entry_at(index.row())
        if entry is not None:
            self.read(entry.uuid)

    def delete_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete entry"),
            self.tr("Delete “{title}” from {day}? You can undo this for a short while.").format(
                title=entry.title,
                day=local_date(entry.occurred_on),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._deleted = self.journal.delete_entry(entry.uuid)
        self.undo_label.setText(self.tr("Entry deleted."))
        self.undo_label.show()
        self.undo_button.show()
        self.undo_timer.start()
        self.reload()

    def undo_delete(self) -> None:
        if self._deleted is not None:
            self.journal.restore_entry(self._deleted)
        self._hide_undo()
        self.reload()

    def _hide_undo(self) -> None:
        self._deleted = None
        self.undo_label.hide()
        self.undo_button.hide()

    def _update_buttons(self) -> None:
        has_entry = self.model.rowCount() > 0
        self.open_button.setEnabled(has_entry)
        self.delete_button.setEnabled(has_entry)

    def clear_journal_text(self) -> None:
        self._hide_undo()
        self.reader.forget()
        self.views.setCurrentIndex(0)
        self.search_field.clear()
        self.model.release()
        self.filter_bar.set_known_tags([])
        self.count_label.clear()
