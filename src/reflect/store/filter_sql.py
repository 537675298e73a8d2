"""Turning an ``EntryFilter`` into SQL conditions.

Two shapes of the same filter: ``where_clause`` for queries that read
``entries e`` anyway (the journal list), and ``id_clause`` for search, which
must narrow tens of thousands of full-text matches without reading each
matching entry's row (its text fills most of a page per entry).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reflect.domain.filters import EntryFilter

# Covers every column ``_column_conditions`` names (migration 6).
FILTER_INDEX = "entries_filter_columns"


def where_clause(entry_filter: EntryFilter) -> tuple[str, list[Any]]:
    """``("e.kind IN (?) AND …", params)``; ``("1", [])`` for an empty filter."""
    columns, params = _column_conditions(entry_filter)
    side, side_params = _side_table_conditions(entry_filter, "e.id")
    return (" AND ".join(columns + side) or "1"), params + side_params


def id_clause(entry_filter: EntryFilter, id_expression: str) -> tuple[str, list[Any]]:
    """Conditions on an entry id that read only indexes, never the entry's row.

    Each candidate id is looked up in the narrow filter index, so the cost
    follows the number of matches, not of entries.
    """
    conditions: list[str] = []
    params: list[Any] = []
    columns, column_params = _column_conditions(entry_filter)
    if columns:
        # The ``+`` keeps SQLite from handing the id to FTS5 as a rowid
        # lookup, which would run one full-text query per candidate.
        conditions.append(
            f"EXISTS (SELECT 1 FROM entries e INDEXED BY {FILTER_INDEX} "
            f"WHERE e.id = +{id_expression} AND {' AND '.join(columns)})"
        )
        params.extend(column_params)
    # Side tables are narrow and indexed by tag and subtheme, so their id
    # lists are cheap. Not EXISTS: SQLite 3.51.1 returns a row once per
    # matching tag from "EXISTS (… WHERE entry_id = ? AND tag IN (…))".
    side, side_params = _side_table_conditions(entry_filter, f"+{id_expression}")
    conditions.extend(side)
    params.extend(side_params)
    return (" AND ".join(conditions) or "1"), params


def _column_conditions(entry_filter: EntryFilter) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if entry_filter.kinds:
        clauses.append(f"e.kind IN ({placeholders(entry_filter.kinds)})")
        params.extend(k.value for k in entry_filter.kinds)
    if entry_filter.date_from:
        clauses.append("e.occurred_on >= ?")
        params.append(entry_filter.date_from.isoformat())
    if entry_filter.date_to:
        clauses.append("e.occurred_on <= ?")
        params.append(entry_filter.date_to.isoformat())
    if entry_filter.shares:
        clauses.append(f"e.share IN ({placeholders(entry_filter.shares)})")
        params.extend(s.value for s in entry_filter.shares)
    if entry_filter.follow_up:
        clauses.append("e.follow_up = ?")
        params.append(entry_filter.follow_up.value)
    return clauses, params


def _side_table_conditions(
    entry_filter: EntryFilter, id_expression: str
) -> tuple[list[str], list[Any]]:
    # An entry matches a subtheme or tag filter when it has any of them.
    clauses: list[str] = []
    params: list[Any] = []
    if entry_filter.subthemes:
        clauses.append(
            f"{id_expression} IN (SELECT entry_id FROM entry_subthemes "
            f"WHERE subtheme IN ({placeholders(entry_filter.subthemes)}))"
        )
        params.extend(entry_filter.subthemes)
    if entry_filter.tags:
        clauses.append(
            f"{id_expression} IN (SELECT entry_id FROM entry_tags "
            f"WHERE tag IN ({placeholders(entry_filter.tags)}))"
        )
        params.extend(entry_filter.tags)
    return clauses, params


def placeholders(values: Iterable[object]) -> str:
    """One ``?`` per value, for an ``IN (...)`` list."""
    return ", ".join("?" for _ in values)
