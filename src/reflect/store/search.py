"""Full-text search over titles, form fields and free text (FTS5)."""

from __future__ import annotations

from typing import Any, cast

from reflect.domain.filters import EntryFilter
from reflect.domain.paging import EntryRow
from reflect.domain.search import MATCH_END, MATCH_START, SearchHit
from reflect.domain.search_words import (
    NO_NAMES,
    SearchNames,
    SearchWord,
    search_words,
)
from reflect.store.entry_rows import ENTRY_COLUMNS, LIST_COLUMNS, entry_from_row, entry_row_from_row
from reflect.store.filter_sql import id_clause, placeholders
from reflect.store.handle import DatabaseHandle

SNIPPET_TOKENS = 14
# bm25 weights per FTS column: a word in the title counts most.
# The names column (tokens for the kind and subthemes) weighs nothing, so an
# entry found by a name alone ranks after every match in the writer's words.
RANK = "bm25(entries_fts, 4.0, 1.0, 1.0, 1.0, 0.0)"
# What an entry found by a name alone shows of its free text.
NAMED_SNIPPET_CHARACTERS = 200
# Beyond this many matches the ones added last (the highest ids) come first, not
# by bm25: ranking tens of thousands of near-equal matches took 40-250 ms at
# 100,000 entries, on every key of a search typed into the Journal, while
# FTS5 reads matches in id order and stops after one page (docs/performance.md).
RANKED_AT_MOST = 1_000


def fts_query(text: str, names: SearchNames = NO_NAMES) -> str:
    """A safe FTS5 query from what a person typed.

    Every word must begin a word of the entry (in any order), so a search
    finds as it is typed: "bemö" finds "bemötande"; a word that begins a
    kind's or subtheme's name finds those entries too. Quotes, stars and
    FTS5 operators typed by the user are taken as plain text, so no input
    can make the query fail.
    """
    return _fts_query(search_words(text, names))


def _fts_term(word: str) -> str:
    return '"' + word + '"*'


def name_token(prefix: str, value: str) -> str:
    """How the index holds a kind or subtheme (store.migrations._index_values)."""
    return f"0{prefix}0" + value.replace("_", "0")


def _fts_query(words: tuple[SearchWord, ...]) -> str:
    """Every word, in the writer's words or (where it names one) as a kind or subtheme."""
    parts = []
    for word in words:
        names = [name_token("kind", kind) for kind in sorted(word.kinds)]
        names += [name_token("subtheme", subtheme) for subtheme in sorted(word.subthemes)]
        alternatives = [_fts_term(word.text), *(f'names : "{name}"' for name in names)]
        parts.append(f"({' OR '.join(alternatives)})" if names else alternatives[0])
    return " AND ".join(parts)


def _text_query(words: tuple[SearchWord, ...]) -> str:
    return " ".join(_fts_term(word.text) for word in words)


class EntrySearch:
    """Search in two steps, so that a common word stays quick at 100,000 entries.

    First the full-text index alone ranks its matches and keeps one page of
    ids; filters are checked against indexes and side tables, never the
    entries' rows. Only then are the page's entries read and their snippets
    made. Joining every match to its row before ranking took a quarter of a
    second for a common word, and seconds with a filter (docs/performance.md).

    The index holds the tags and, as tokens, the kind and subthemes: a word
    that begins a kind's or subtheme's name (``SearchNames``) finds those
    entries in the same query. They come after the matches in the writer's
    words, newest first, with the start of their free text for a snippet.
    """

    def __init__(self, db: DatabaseHandle) -> None:
        self._db = db

    def search(
        self,
        text: str,
        entry_filter: EntryFilter,
        limit: int = 50,
        offset: int = 0,
        names: SearchNames = NO_NAMES,
    ) -> list[SearchHit]:
        """Best matches first (newest first among equals), each with a snippet."""
        return [
            SearchHit(entry_from_row(row), snippet, rank)
            for row, snippet, rank in self._page(
                search_words(text, names), entry_filter, limit, offset, ENTRY_COLUMNS
            )
        ]

    def search_rows(
        self,
        text: str,
        entry_filter: EntryFilter,
        limit: int = 50,
        offset: int = 0,
        names: SearchNames = NO_NAMES,
    ) -> list[tuple[EntryRow, str]]:
        """The same page as ``search``, as a list shows it: without the entries' text."""
        return [
            (entry_row_from_row(row), snippet)
            for row, snippet, _ in self._page(
                search_words(text, names), entry_filter, limit, offset, LIST_COLUMNS
            )
        ]

    def count(self, text: str, entry_filter: EntryFilter, names: SearchNames = NO_NAMES) -> int:
        words = search_words(text, names)
        if not words:
            return 0
        where, params = id_clause(entry_filter, "entries_fts.rowid")
        return cast(
            int,
            self._db.execute(
                f"SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ? AND {where}",
                [_fts_query(words), *params],
            ).fetchone()[0],
        )

    def _page(
        self,
        words: tuple[SearchWord, ...],
        entry_filter: EntryFilter,
        limit: int,
        offset: int,
        columns: str,
    ) -> list[tuple[Any, str, float]]:
        """``(row, snippet, rank)`` for one page of matches; ``columns`` end with the id."""
        if not words:
            return []
        where, params = id_clause(entry_filter, "entries_fts.rowid")
        match = [_fts_query(words), *params]
        if self._at_most(RANKED_AT_MOST, match, where):
            order = "rank, rowid DESC"
        elif not any(word.names_something for word in words):
            return self._newest_page(match, where, limit, offset, columns)
        else:  # a name's tokens would be cut into snippets: those are made apart
            order = "rowid DESC"
        ranked = self._db.execute(
            f"SELECT rowid, {RANK} AS rank FROM entries_fts "
            f"WHERE entries_fts MATCH ? AND {where} "
            f"ORDER BY {order} LIMIT ? OFFSET ?",
            [*match, limit, offset],
        ).fetchall()
        if not ranked:
            return []
        ids = [row_id for row_id, _ in ranked]
        # Snippets are cut around the writer's words only, never the name tokens.
        # The id range lets FTS5 read only that stretch of its lists (the newest
        # page of a common word is a short one); "+" keeps the list of ids a
        # filter, not one full-text lookup per id.
        rows = self._db.execute(
            f"SELECT {columns}, snippet(entries_fts, -1, ?, ?, '…', {SNIPPET_TOKENS}) "
            "FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid "
            "WHERE entries_fts MATCH ? AND entries_fts.rowid BETWEEN ? AND ? "
            f"AND +entries_fts.rowid IN ({placeholders(ids)})",
            [MATCH_START, MATCH_END, _text_query(words), min(ids), max(ids), *ids],
        ).fetchall()
        by_id = {row[-2]: row for row in rows}
        missing = [row_id for row_id in ids if row_id not in by_id]
        if missing:
            # Found by a name: the writer's words hold no match to cut a snippet around.
            by_id.update(
                (row[-2], row)
                for row in self._db.execute(
                    f"SELECT {columns}, substr(e.body, 1, {NAMED_SNIPPET_CHARACTERS}) "
                    f"FROM entries e WHERE e.id IN ({placeholders(missing)})",
                    missing,
                )
            )
        return [
            (by_id[row_id][:-1], by_id[row_id][-1] or "", rank)
            for row_id, rank in ranked
            if row_id in by_id
        ]

    def _newest_page(
        self,
        match: list[Any],
        where: str,
        limit: int,
        offset: int,
        columns: str,
    ) -> list[tuple[Any, str, float]]:
        """The page of the latest added, with its snippets in one query: FTS5 reads matches in
        id order and stops after the page, so only the page's snippets are cut."""
        rows = self._db.execute(
            f"SELECT {columns}, snippet(entries_fts, -1, ?, ?, '…', {SNIPPET_TOKENS}), "
            f"{RANK} FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid "
            f"WHERE entries_fts MATCH ? AND {where} "
            "ORDER BY entries_fts.rowid DESC LIMIT ? OFFSET ?",
            [MATCH_START, MATCH_END, *match, limit, offset],
        ).fetchall()
        return [(row[:-2], row[-2] or "", row[-1]) for row in rows]

    def _at_most(self, most: int, match: list[Any], where: str) -> bool:
        """Whether the search has no more than ``most`` matches (it stops counting there)."""
        found = self._db.execute(
            "SELECT count(*) FROM (SELECT 1 FROM entries_fts "
            f"WHERE entries_fts MATCH ? AND {where} LIMIT ?)",
            [*match, most + 1],
        ).fetchone()[0]
        return cast(int, found) <= most
