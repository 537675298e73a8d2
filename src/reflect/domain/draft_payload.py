"""The editor's state as plain data: what an autosaved draft holds.

Kept free of Qt so that a draft written by one version of the editor can be
read, checked and turned into an entry anywhere.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reflect.domain.entry import Entry, FollowUp, Share
from reflect.domain.kinds import Kind

EMPTY_PAYLOAD: dict[str, Any] = {
    "kind": Kind.SHIFT_REFLECTION.value,
    "entry_uuid": "",
    "is_new": True,
    "occurred_on": date(2000, 1, 1).isoformat(),
    "title": "",
    "fields": {},
    "text": "",
    "subthemes": [],
    "tags": [],
    "intensity": None,
    "share": Share.PRIVATE.value,
    "supervision_question": "",
    "follow_up": FollowUp.NONE.value,
    "prompt_id": None,
}


def payload_from_entry(entry: Entry) -> dict[str, Any]:
    return dict(
        EMPTY_PAYLOAD,
        kind=entry.kind.value,
        entry_uuid=entry.uuid,
        is_new=False,
        occurred_on=entry.occurred_on.isoformat(),
        title=entry.title,
        fields=dict(entry.fields),
        text=entry.text,
        subthemes=list(entry.subthemes),
        tags=list(entry.tags),
        intensity=entry.intensity,
        share=entry.share.value,
        supervision_question=entry.supervision_question,
        follow_up=entry.follow_up.value,
    )


def entry_from_payload(payload: dict[str, Any], existing: Entry | None = None) -> Entry:
    """The entry the editor describes; an edit keeps the stored entry's identity."""
    values = {
        "kind": Kind(payload["kind"]),
        "occurred_on": date.fromisoformat(payload["occurred_on"]),
        "title": payload["title"],
        "fields": dict(payload["fields"]),
        "text": payload["text"],
        "subthemes": tuple(payload["subthemes"]),
        "tags": tuple(payload["tags"]),
        "intensity": payload["intensity"],
        "share": Share.parse(payload["share"]),
        "supervision_question": payload["supervision_question"],
        "follow_up": FollowUp(payload["follow_up"]),
    }
    if existing is not None:
        return existing.with_changes(**values)
    return Entry(uuid=payload["entry_uuid"], **values)
