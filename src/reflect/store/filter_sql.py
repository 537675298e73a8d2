"""Turning an ``EntryFilter`` into a WHERE clause over ``entries e``."""

from __future__ import annotations

from reflect.domain.filters import EntryFilter


def where_clause(entry_filter: EntryFilter) -> tuple[str, list]:
    """``("e.kind IN (?) AND …", params)``; ``("1", [])`` for an empty filter."""
    clauses: list[str] = []
    params: list = []
    if entry_filter.kinds:
        clauses.append(f"e.kind IN ({_marks(entry_filter.kinds)})")
        params.extend(k.value for k in entry_filter.kinds)
    # An entry matches a subtheme or tag filter when it has any of them.
    if entry_filter.subthemes:
        clauses.append(
            "e.id IN (SELECT entry_id FROM entry_subthemes "
            f"WHERE subtheme IN ({_marks(entry_filter.subthemes)}))"
        )
        params.extend(entry_filter.subthemes)
    if entry_filter.tags:
        clauses.append(
            f"e.id IN (SELECT entry_id FROM entry_tags WHERE tag IN ({_marks(entry_filter.tags)}))"
        )
        params.extend(entry_filter.tags)
    if entry_filter.date_from:
        clauses.append("e.occurred_on >= ?")
        params.append(entry_filter.date_from.isoformat())
    if entry_filter.date_to:
        clauses.append("e.occurred_on <= ?")
        params.append(entry_filter.date_to.isoformat())
    if entry_filter.shares:
        clauses.append(f"e.share IN ({_marks(entry_filter.shares)})")
        params.extend(s.value for s in entry_filter.shares)
    if entry_filter.follow_up:
        clauses.append("e.follow_up = ?")
        params.append(entry_filter.follow_up.value)
    return (" AND ".join(clauses) or "1"), params


def _marks(values) -> str:
    return ", ".join("?" for _ in values)
