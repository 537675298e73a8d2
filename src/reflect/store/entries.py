"""Reading and writing entries."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any, cast

from reflect.domain.entry import Entry
from reflect.domain.entry_facts import EntryFacts
from reflect.domain.filters import EntryFilter
from reflect.domain.kinds import Kind
from reflect.domain.list_preview import list_preview
from reflect.domain.paging import EntryPage, EntryRow, PageCursor, RowPage
from reflect.store.entry_rows import (
    ENTRY_COLUMNS,
    ENTRY_ROW_COLUMNS,
    FACTS_COLUMNS,
    LIST_COLUMNS,
    entry_from_row,
    entry_row_from_row,
    facts_from_rows,
    row_from_entry,
)
from reflect.store.filter_sql import placeholders, where_clause
from reflect.store.handle import DatabaseHandle
from reflect.store.transactions import writing


def _upsert_sql() -> str:
    columns = list(ENTRY_ROW_COLUMNS)
    # created_at is only ever written by the insert: an edit keeps it.
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in ("uuid", "created_at"))
    return (
        f"INSERT INTO entries ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)}) "
        f"ON CONFLICT (uuid) DO UPDATE SET {updates}"
    )


UPSERT = _upsert_sql()


class EntryStore:
    def __init__(self, db: DatabaseHandle) -> None:
        self._db = db

    def save(self, entry: Entry) -> None:
        """Insert ``entry``, or replace the stored entry with the same uuid."""
        self.save_many([entry])

    def save_many(self, entries: Iterable[Entry]) -> None:
        """Insert or replace many entries in one transaction: all or none."""
        with writing(self._db):
            self._db.conn.executemany(UPSERT, (row_from_entry(e) for e in entries))

    def get(self, uuid: str) -> Entry | None:
        row = self._db.execute(
            f"SELECT {ENTRY_COLUMNS} FROM entries e WHERE e.uuid = ?", [uuid]
        ).fetchone()
        return entry_from_row(row) if row else None

    def delete(self, uuid: str) -> bool:
        with writing(self._db):
            cursor = self._db.execute("DELETE FROM entries WHERE uuid = ?", [uuid])
        return cast(bool, cursor.rowcount > 0)

    def page(
        self, entry_filter: EntryFilter, limit: int, after: PageCursor | None = None
    ) -> EntryPage:
        """Up to ``limit`` entries, newest first, starting after ``after``."""
        rows, cursor = self._newest_first(ENTRY_COLUMNS, 2, entry_filter, limit, after)
        return EntryPage([entry_from_row(r) for r in rows], cursor)

    def row_page(
        self, entry_filter: EntryFilter, limit: int, after: PageCursor | None = None
    ) -> RowPage:
        """The same page as ``page``, as a list shows it: rows without the entries' text.

        A list scrolled to the end of 100,000 entries holds every row; their
        previews are read for the rows in sight only (``previews``).
        """
        rows, cursor = self._newest_first(LIST_COLUMNS, 1, entry_filter, limit, after)
        return RowPage([entry_row_from_row(r) for r in rows], cursor)

    def rows_by_id(self, row_ids: Iterable[int]) -> dict[int, EntryRow]:
        """The rows a list scrolled back to needs again, by ``EntryRow.row_id``
        (an id of an entry deleted since is left out)."""
        wanted = list(row_ids)
        if not wanted:
            return {}
        rows = self._db.execute(
            f"SELECT {LIST_COLUMNS} FROM entries e WHERE e.id IN ({placeholders(wanted)})", wanted
        )
        return {row[-1]: entry_row_from_row(row) for row in rows}

    def row_id(self, uuid: str) -> int | None:
        row = self._db.execute("SELECT id FROM entries WHERE uuid = ?", [uuid]).fetchone()
        return cast(int, row[0]) if row else None

    def kinds_by_day(self, start: date, end: date) -> list[tuple[date, Kind, int]]:
        """How many entries of each kind each day from ``start`` to ``end`` holds."""
        rows = self._db.execute(
            "SELECT occurred_on, kind, count(*) FROM entries "
            "WHERE occurred_on BETWEEN ? AND ? GROUP BY occurred_on, kind",
            [start.isoformat(), end.isoformat()],
        )
        return [(date.fromisoformat(day), Kind(kind), count) for day, kind, count in rows]

    def rows_on_days(self, days: Iterable[date], limit: int) -> list[EntryRow]:
        """Entries written on any of ``days``, newest first, as a list shows them."""
        wanted = [d.isoformat() for d in days]
        if not wanted:
            return []
        rows = self._db.execute(
            f"SELECT {LIST_COLUMNS} FROM entries e WHERE e.occurred_on IN ({placeholders(wanted)}) "
            "ORDER BY e.occurred_on DESC, e.id DESC LIMIT ?",
            [*wanted, limit],
        )
        return [entry_row_from_row(r) for r in rows]

    def first_day(self) -> date | None:
        """The day of the earliest entry, if there is one."""
        row = self._db.execute("SELECT min(occurred_on) FROM entries").fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def _newest_first(
        self,
        columns: str,
        date_at: int,
        entry_filter: EntryFilter,
        limit: int,
        after: PageCursor | None,
    ) -> tuple[list[Any], PageCursor | None]:
        """One page of ``columns`` (ending with the id; the date at ``date_at``), and the
        cursor after it (None when this page is the last)."""
        where, params = where_clause(entry_filter)
        if after is not None:
            where += " AND (e.occurred_on, e.id) < (?, ?)"
            params += [after.occurred_on, after.row_id]
        rows = self._db.execute(
            f"SELECT {columns} FROM entries e WHERE {where} "
            "ORDER BY e.occurred_on DESC, e.id DESC LIMIT ?",
            [*params, limit],
        ).fetchall()
        cursor = PageCursor(rows[-1][date_at], rows[-1][-1]) if len(rows) == limit else None
        return rows, cursor

    def previews(self, uuids: Iterable[str]) -> dict[str, str]:
        """The line a list shows under each entry's title (``list_preview``), by uuid."""
        wanted = list(uuids)
        if not wanted:
            return {}
        return {
            uuid: list_preview(Kind(kind), json.loads(fields), body)
            for uuid, kind, fields, body in self._db.execute(
                f"SELECT uuid, kind, fields, body FROM entries WHERE uuid IN ({placeholders(wanted)})",
                wanted,
            )
        }

    def facts_between(self, start: date, end: date) -> list[EntryFacts]:
        """The facts of every entry of a period, oldest first, without their text."""
        return facts_from_rows(
            self._db.execute(
                f"SELECT {FACTS_COLUMNS} FROM entries e "
                "WHERE e.occurred_on BETWEEN ? AND ? ORDER BY e.occurred_on, e.id",
                [start.isoformat(), end.isoformat()],
            )
        )

    def count(self, entry_filter: EntryFilter) -> int:
        where, params = where_clause(entry_filter)
        return cast(
            int,
            self._db.execute(f"SELECT count(*) FROM entries e WHERE {where}", params).fetchone()[0],
        )

    def tags(self, prefix: str = "") -> list[tuple[str, int]]:
        """Tags in use with how many entries carry each, most used first."""
        return [
            (tag, n)
            for tag, n in self._db.execute(
                "SELECT tag, count(*) AS n FROM entry_tags WHERE tag LIKE ? ESCAPE '\\' "
                "GROUP BY tag ORDER BY n DESC, tag",
                [_like_prefix(prefix)],
            )
        ]


def _like_prefix(prefix: str) -> str:
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"
