"""Full-text search over titles, form fields and free text (FTS5)."""

from __future__ import annotations

import re
import unicodedata

import sqlite_utils

from reflect.domain.filters import EntryFilter
from reflect.domain.search import MATCH_END, MATCH_START, SearchHit
from reflect.store.entry_rows import ENTRY_COLUMNS, entry_from_row
from reflect.store.filter_sql import where_clause

SNIPPET_TOKENS = 14
# bm25 weights per FTS column: a word in the title counts most.
RANK = "bm25(entries_fts, 4.0, 1.0, 1.0)"


def fts_query(text: str) -> str:
    """A safe FTS5 query from what a person typed.

    Every word must occur (in any order); a trailing ``*`` searches by
    prefix. Quotes and FTS5 operators typed by the user are taken as plain
    text, so no input can make the query fail.
    """
    terms = []
    # Control characters (a NUL above all) end FTS5 strings early.
    text = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)
    for word in text.split():
        prefix = word.endswith("*")
        word = re.sub(r"[\"*]", " ", word).strip()
        if not word:
            continue
        terms.append('"' + word + '"' + ("*" if prefix else ""))
    return " ".join(terms)


class EntrySearch:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def search(
        self, text: str, entry_filter: EntryFilter, limit: int = 50, offset: int = 0
    ) -> list[SearchHit]:
        """Best matches first, each with a snippet around the matched words."""
        query = fts_query(text)
        if not query:
            return []
        where, params = where_clause(entry_filter)
        rows = self._db.execute(
            f"SELECT {ENTRY_COLUMNS}, "
            f"snippet(entries_fts, -1, ?, ?, '…', {SNIPPET_TOKENS}), {RANK} AS rank "
            "FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid "
            f"WHERE entries_fts MATCH ? AND {where} "
            "ORDER BY rank, e.occurred_on DESC LIMIT ? OFFSET ?",
            [MATCH_START, MATCH_END, query, *params, limit, offset],
        ).fetchall()
        return [SearchHit(entry_from_row(r), r[-2], r[-1]) for r in rows]

    def count(self, text: str, entry_filter: EntryFilter) -> int:
        query = fts_query(text)
        if not query:
            return 0
        where, params = where_clause(entry_filter)
        return self._db.execute(
            "SELECT count(*) FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid "
            f"WHERE entries_fts MATCH ? AND {where}",
            [query, *params],
        ).fetchone()[0]
