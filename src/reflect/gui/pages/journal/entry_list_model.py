"""The journal as a lazily loaded list: pages of entries arrive as the view scrolls.

At 100,000 entries only the rows looked at are ever read from the journal;
``fetchMore`` asks for the next page when the view reaches the end. A row
holds what its line needs, not the entry's text; the preview under the
title is read for the rows being drawn, a window at a time, and only a few
hundred are kept (a search's snippets come with its results).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from reflect.app.journal import Journal
from reflect.domain.filters import EntryFilter
from reflect.domain.paging import EntryRow, PageCursor
from reflect.gui.widgets.roles import ENTRY_ROLE, SNIPPET_ROLE

PAGE_SIZE = 100
# Previews are read for the row asked for and the rows around it (a screen
# or two), and at most this many are kept.
PREVIEWS_AROUND = 40
PREVIEWS_KEPT = 400


class EntryListModel(QAbstractListModel):
    def __init__(self, journal: Journal | None, page_size: int = PAGE_SIZE, parent=None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.page_size = page_size
        self.entry_filter = EntryFilter()
        self.search_text = ""
        self._rows: list[tuple[EntryRow, str | None]] = []  # None: preview not read
        self._previews: dict[str, str] = {}
        self._cursor: PageCursor | None = None
        self._more = journal is not None

    # -- what is shown -----------------------------------------------------

    def set_query(self, entry_filter: EntryFilter, search_text: str = "") -> None:
        self.beginResetModel()
        self.entry_filter = entry_filter
        self.search_text = search_text.strip()
        self._rows = []
        self._previews = {}
        self._cursor = None
        self._more = self.journal is not None
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.entry_filter, self.search_text)

    def total(self) -> int:
        """How many entries match, counted without loading them."""
        if self.journal is None:
            return 0
        if self.search_text:
            return self.journal.count_search(self.search_text, self.entry_filter)
        return self.journal.count_entries(self.entry_filter)

    def release(self) -> None:
        """Forget every row and the journal (on lock)."""
        self.beginResetModel()
        self._rows = []
        self._previews = {}
        self._more = False
        self.journal = None
        self.endResetModel()

    # -- Qt's model interface ------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or not self._more or self.journal is None:  # None: locked
            return
        new_rows: list[tuple[EntryRow, str | None]]
        if self.search_text:
            found = self.journal.search_rows(
                self.search_text, self.entry_filter, self.page_size, len(self._rows)
            )
            new_rows = [(row, snippet) for row, snippet in found]
            self._more = len(new_rows) == self.page_size
        else:
            page = self.journal.entry_rows(self.entry_filter, self.page_size, self._cursor)
            new_rows = [(row, None) for row in page.rows]
            self._cursor = page.next_cursor
            self._more = page.next_cursor is not None
        if new_rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new_rows) - 1)
            self._rows.extend(new_rows)
            self.endInsertRows()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry, snippet = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == ENTRY_ROLE:
            return entry
        if role == SNIPPET_ROLE:
            return snippet if snippet is not None else self._preview(index.row())
        return None

    def _preview(self, row: int) -> str:
        uuid = self._rows[row][0].uuid
        if uuid not in self._previews and self.journal is not None:
            if len(self._previews) > PREVIEWS_KEPT:
                self._previews = {}
            around = self._rows[max(0, row - PREVIEWS_AROUND) : row + PREVIEWS_AROUND]
            missing = [r.uuid for r, snippet in around if snippet is None]
            self._previews.update(self.journal.previews(missing))
        return self._previews.get(uuid, "")

    def entry_at(self, row: int) -> EntryRow | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None
