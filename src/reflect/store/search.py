"""Full-text search over titles, form fields and free text (FTS5)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any, cast

from reflect.domain.filters import EntryFilter
from reflect.domain.paging import EntryRow
from reflect.domain.search import MATCH_END, MATCH_START, SearchHit
from reflect.store.entry_rows import ENTRY_COLUMNS, LIST_COLUMNS, entry_from_row, entry_row_from_row
from reflect.store.filter_sql import id_clause
from reflect.store.handle import DatabaseHandle

SNIPPET_TOKENS = 14
# bm25 weights per FTS column: a word in the title counts most.
RANK = "bm25(entries_fts, 4.0, 1.0, 1.0)"


def fts_query(text: str) -> str:
    """A safe FTS5 query from what a person typed.

    Every word must begin a word of the entry (in any order), so a search
    finds as it is typed: "bemö" finds "bemötande". Quotes, stars and FTS5
    operators typed by the user are taken as plain text, so no input can
    make the query fail.
    """
    terms = []
    # Control characters (a NUL above all) end FTS5 strings early.
    text = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)
    for word in text.split():
        for part in re.sub(r"[\"*]", " ", word).split():
            terms.append('"' + part + '"*')
    return " ".join(terms)


class EntrySearch:
    """Search in two steps, so that a common word stays quick at 100,000 entries.

    First the full-text index alone ranks its matches and keeps one page of
    ids; filters are checked against indexes and side tables, never the
    entries' rows. Only then are the page's entries read and their snippets
    made. Joining every match to its row before ranking took a quarter of a
    second for a common word, and seconds with a filter (docs/performance.md).
    """

    def __init__(self, db: DatabaseHandle) -> None:
        self._db = db

    def search(
        self, text: str, entry_filter: EntryFilter, limit: int = 50, offset: int = 0
    ) -> list[SearchHit]:
        """Best matches first (newest first among equals), each with a snippet."""
        return [
            SearchHit(entry_from_row(row), snippet, rank)
            for row, snippet, rank in self._page(text, entry_filter, limit, offset, ENTRY_COLUMNS)
        ]

    def search_rows(
        self, text: str, entry_filter: EntryFilter, limit: int = 50, offset: int = 0
    ) -> list[tuple[EntryRow, str]]:
        """The same page as ``search``, as a list shows it: without the entries' text."""
        return [
            (entry_row_from_row(row), snippet)
            for row, snippet, _ in self._page(text, entry_filter, limit, offset, LIST_COLUMNS)
        ]

    def _page(
        self, text: str, entry_filter: EntryFilter, limit: int, offset: int, columns: str
    ) -> list[tuple[Any, str, float]]:
        """``(row, snippet, rank)`` for one page of matches; ``columns`` end with the id."""
        query = fts_query(text)
        if not query:
            return []
        where, params = id_clause(entry_filter, "entries_fts.rowid")
        ranked = self._db.execute(
            f"SELECT rowid, {RANK} AS rank FROM entries_fts "
            f"WHERE entries_fts MATCH ? AND {where} "
            "ORDER BY rank, rowid DESC LIMIT ? OFFSET ?",
            [query, *params, limit, offset],
        ).fetchall()
        if not ranked:
            return []
        rows = self._db.execute(
            f"SELECT {columns}, snippet(entries_fts, -1, ?, ?, '…', {SNIPPET_TOKENS}) "
            "FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid "
            f"WHERE entries_fts MATCH ? AND +entries_fts.rowid IN ({', '.join('?' for _ in ranked)})",
            [MATCH_START, MATCH_END, query, *(row_id for row_id, _ in ranked)],
        ).fetchall()
        by_id = {row[-2]: row for row in rows}
        return [
            (by_id[row_id][:-1], by_id[row_id][-1], rank)
            for row_id, rank in ranked
            if row_id in by_id
        ]

    def count(self, text: str, entry_filter: EntryFilter) -> int:
        query = fts_query(text)
        if not query:
            return 0
        where, params = id_clause(entry_filter, "entries_fts.rowid")
        return cast(
            int,
            self._db.execute(
                f"SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ? AND {where}",
                [query, *params],
            ).fetchone()[0],
        )
