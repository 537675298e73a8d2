"""The journal as a lazily loaded list: pages of entries arrive as the view scrolls.

At 100,000 entries only the rows looked at are ever read from the journal;
``fetchMore`` asks for the next page when the view reaches the end. Of each
row listed the model keeps its id; what a line shows (an ``EntryRow``, not the
entry's text) is kept for a few hundred rows around those drawn and read
again by id when the view scrolls back. The preview under the title is read
the same way, a window at a time (a search's snippets come with its results).
A list scrolled to the end of 100,000 entries so holds 0.8 MB of ids rather
than 30 MB of rows.
"""

from __future__ import annotations

from array import array

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from reflect.app.journal import Journal
from reflect.domain.filters import EntryFilter
from reflect.domain.paging import EntryRow, PageCursor
from reflect.gui.widgets.roles import ENTRY_ROLE, SNIPPET_ROLE

PAGE_SIZE = 100
# Rows and previews are read for the row asked for and the rows around it
# (a screen or two), and at most this many of each are kept.
READ_AROUND = 40
KEPT = 400


class EntryListModel(QAbstractListModel):
    def __init__(self, journal: Journal | None, page_size: int = PAGE_SIZE, parent=None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.page_size = page_size
        self.entry_filter = EntryFilter()
        self.search_text = ""
        self._ids = array("q")  # every row listed, in order
        self._kept: dict[int, EntryRow] = {}  # by row id: the rows around those drawn
        self._snippets: dict[int, str] = {}  # by row id: a search's, for every row found
        self._previews: dict[str, str] = {}  # by uuid: the rows around those drawn
        self._cursor: PageCursor | None = None
        self._more = journal is not None

    # -- what is shown -----------------------------------------------------

    def set_query(self, entry_filter: EntryFilter, search_text: str = "") -> None:
        self.beginResetModel()
        self.entry_filter = entry_filter
        self.search_text = search_text.strip()
        self._forget_rows()
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
        self._forget_rows()
        self._more = False
        self.journal = None
        self.endResetModel()

    def _forget_rows(self) -> None:
        self._ids = array("q")
        self._kept = {}
        self._snippets = {}
        self._previews = {}

    # -- Qt's model interface ------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._ids)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or not self._more or self.journal is None:  # None: locked
            return
        offset = len(self._ids)
        if self.search_text:
            found = self.journal.search_rows(
                self.search_text, self.entry_filter, self.page_size, offset
            )
            rows = [row for row, _ in found]
            self._snippets.update((row.row_id, snippet) for row, snippet in found)
            self._more = len(rows) == self.page_size
        else:
            page = self.journal.entry_rows(self.entry_filter, self.page_size, self._cursor)
            rows = page.rows
            self._cursor = page.next_cursor
            self._more = page.next_cursor is not None
        if rows:
            self._keep({row.row_id: row for row in rows})
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self._ids.extend(row.row_id for row in rows)
            self.endInsertRows()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid():
            return None
        entry = self.entry_at(index.row())
        if entry is None:  # deleted since it was listed (a refresh follows)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == ENTRY_ROLE:
            return entry
        if role == SNIPPET_ROLE:
            snippet = self._snippets.get(entry.row_id)
            return snippet if snippet is not None else self._preview(index.row(), entry)
        return None

    def entry_at(self, row: int) -> EntryRow | None:
        if not 0 <= row < len(self._ids):
            return None
        row_id = self._ids[row]
        if row_id not in self._kept and self.journal is not None:
            self._keep(self.journal.rows_by_id(self._around(row)))
        return self._kept.get(row_id)

    def row_of(self, uuid: str) -> int | None:
        """Where the entry with ``uuid`` is listed, if it is (read by id, not row by row)."""
        row_id = self.journal.row_id(uuid) if self.journal is not None else None
        if row_id is None:
            return None
        try:
            return self._ids.index(row_id)
        except ValueError:
            return None

    def _around(self, row: int) -> array:
        return self._ids[max(0, row - READ_AROUND) : row + READ_AROUND]

    def _keep(self, rows: dict[int, EntryRow]) -> None:
        if len(self._kept) + len(rows) > KEPT:
            self._kept = {}
        self._kept.update(rows)

    def _preview(self, row: int, entry: EntryRow) -> str:
        if entry.uuid not in self._previews and self.journal is not None:
            if len(self._previews) > KEPT:
                self._previews = {}
            around = (self.entry_at(r) for r in range(max(0, row - READ_AROUND), row + READ_AROUND))
            missing = [e.uuid for e in around if e is not None and e.row_id not in self._snippets]
            self._previews.update(self.journal.previews(missing))
        return self._previews.get(entry.uuid, "")
