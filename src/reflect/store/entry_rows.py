"""Converting between ``Entry`` objects and rows of the ``entries`` table."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from reflect.domain.entry import Entry, FollowUp, Share, shown_title
from reflect.domain.entry_facts import STIGMA_SOURCE_FIELD, EntryFacts
from reflect.domain.kinds import Kind
from reflect.domain.paging import EntryRow

# The columns every entry query selects, in this order.
ENTRY_COLUMNS = (
    "e.uuid, e.kind, e.occurred_on, e.created_at, e.updated_at, e.title, e.fields, e.body, "
    "e.subthemes, e.tags, e.intensity, e.share, e.supervision_question, e.follow_up, e.id"
)


# Light reads skip an entry's writing, except to make a title for an
# untitled one (see ``_shown_title``).
_UNTITLED_WRITING = (
    "CASE WHEN e.title = '' THEN e.body END, CASE WHEN e.title = '' THEN e.fields END"
)

# What ``facts_from_rows`` reads.
FACTS_COLUMNS = (
    "e.uuid, e.kind, e.occurred_on, e.title, e.share, e.supervision_question, e.follow_up, "
    "e.intensity, e.subthemes, e.tags, "
    f"CASE WHEN e.kind = '{Kind.STIGMA_INCIDENT.value}' "
    f"THEN json_extract(e.fields, '$.{STIGMA_SOURCE_FIELD}') END, "
    f"{_UNTITLED_WRITING}"
)

# What ``entry_row_from_row`` reads for a list. Ends with the id, like ENTRY_COLUMNS.
LIST_COLUMNS = (
    f"e.uuid, e.occurred_on, e.kind, e.title, e.share, e.follow_up, {_UNTITLED_WRITING}, e.id"
)

# The columns ``row_from_entry`` fills, for writing.
ENTRY_ROW_COLUMNS = (
    "uuid",
    "kind",
    "occurred_on",
    "created_at",
    "updated_at",
    "title",
    "fields",
    "body",
    "subthemes",
    "tags",
    "intensity",
    "share",
    "supervision_question",
    "follow_up",
)


# Plain lookups: an enum call per column was a tenth of a page's time.
_KINDS = {k.value: k for k in Kind}
_SHARES = {s.value: s for s in Share}
_FOLLOW_UPS = {f.value: f for f in FollowUp}


def _share(value: str) -> Share:
    return _SHARES.get(value) or Share.parse(value)  # parse knows the old names


def _shown_title(kind: Kind, title: str, body: str | None, fields_json: str | None) -> str:
    return title or shown_title(kind, "", body or "", json.loads(fields_json or "{}"))


def entry_from_row(row: Any) -> Entry:
    return Entry(
        uuid=row[0],
        kind=_KINDS[row[1]],
        occurred_on=date.fromisoformat(row[2]),
        created_at=datetime.fromisoformat(row[3]),
        updated_at=datetime.fromisoformat(row[4]),
        title=row[5],
        fields=json.loads(row[6]),
        text=row[7],
        subthemes=tuple(json.loads(row[8])),
        tags=tuple(json.loads(row[9])),
        intensity=row[10],
        share=_share(row[11]),
        supervision_question=row[12],
        follow_up=_FOLLOW_UPS[row[13]],
    )


def entry_row_from_row(row: Any) -> EntryRow:
    kind = _KINDS[row[2]]
    return EntryRow(
        row[0],
        date.fromisoformat(row[1]),
        kind,
        _shown_title(kind, row[3], row[6], row[7]),
        _share(row[4]),
        _FOLLOW_UPS[row[5]],
        row[8],
    )


def facts_from_rows(rows: Iterable[Any]) -> list[EntryFacts]:
    # Each distinct tag or subtheme list is parsed once (most entries repeat
    # a few combinations): with the lookups above, a summary of a year reads
    # three times quicker. The memo lives for one call, so no tag outlives
    # the journal.
    lists: dict[str, tuple[str, ...]] = {}

    def string_tuple(json_list: str) -> tuple[str, ...]:
        found = lists.get(json_list)
        if found is None:
            found = lists[json_list] = tuple(json.loads(json_list))
        return found

    facts = []
    for row in rows:
        kind = _KINDS[row[1]]
        facts.append(
            EntryFacts(
                row[0],
                date.fromisoformat(row[2]),
                kind,
                _shown_title(kind, row[3], row[11], row[12]),
                _share(row[4]),
                row[5],
                _FOLLOW_UPS[row[6]],
                row[7],
                string_tuple(row[8]),
                string_tuple(row[9]),
                str(row[10] or ""),
            )
        )
    return facts


def row_from_entry(entry: Entry) -> dict[str, Any]:
    """The row of a stored entry: ``Journal`` has given it both times before it gets here."""
    assert entry.created_at is not None and entry.updated_at is not None
    return {
        "uuid": entry.uuid,
        "kind": entry.kind.value,
        "occurred_on": entry.occurred_on.isoformat(),
        "created_at": entry.created_at.isoformat(),
        "updated_at": entry.updated_at.isoformat(),
        "title": entry.title,
        "fields": json.dumps(dict(entry.fields), ensure_ascii=False),
        "body": entry.text,
        "subthemes": json.dumps(list(entry.subthemes)),
        "tags": json.dumps(list(entry.tags), ensure_ascii=False),
        "intensity": entry.intensity,
        "share": entry.share.value,
        "supervision_question": entry.supervision_question,
        "follow_up": entry.follow_up.value,
    }
