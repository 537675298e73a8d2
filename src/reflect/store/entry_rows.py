"""Converting between ``Entry`` objects and rows of the ``entries`` table."""

from __future__ import annotations

import json
from datetime import date, datetime

from reflect.domain.entry import Entry, FollowUp, Share
from reflect.domain.kinds import Kind

# The columns every entry query selects, in this order.
ENTRY_COLUMNS = (
    "e.uuid, e.kind, e.occurred_on, e.created_at, e.updated_at, e.title, e.fields, e.body, "
    "e.subthemes, e.tags, e.intensity, e.share, e.supervision_question, e.follow_up, e.id"
)


# The columns ``row_from_entry`` fills, for writing.
ENTRY_ROW_COLUMNS = (
    "uuid", "kind", "occurred_on", "created_at", "updated_at", "title", "fields", "body",
    "subthemes", "tags", "intensity", "share", "supervision_question", "follow_up",
)


def entry_from_row(row) -> Entry:
    return Entry(
        uuid=row[0],
        kind=Kind(row[1]),
        occurred_on=date.fromisoformat(row[2]),
        created_at=datetime.fromisoformat(row[3]),
        updated_at=datetime.fromisoformat(row[4]),
        title=row[5],
        fields=json.loads(row[6]),
        text=row[7],
        subthemes=tuple(json.loads(row[8])),
        tags=tuple(json.loads(row[9])),
        intensity=row[10],
        share=Share.parse(row[11]),
        supervision_question=row[12],
        follow_up=FollowUp(row[13]),
    )


def row_from_entry(entry: Entry) -> dict:
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
