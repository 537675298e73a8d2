"""Entries and check-ins as plain JSON-able dictionaries (for ``--json``)."""

from __future__ import annotations

from typing import Any

from reflect.domain.checkin import CheckIn
from reflect.domain.entry import Entry


def entry_as_dict(entry: Entry) -> dict[str, Any]:
    return {
        "uuid": entry.uuid,
        "kind": entry.kind.value,
        "occurred_on": entry.occurred_on.isoformat(),
        "created_at": entry.created_at.isoformat() if entry.created_at else None,
        "updated_at": entry.updated_at.isoformat() if entry.updated_at else None,
        "title": entry.title,
        "display_title": entry.display_title,
        "fields": dict(entry.fields),
        "text": entry.text,
        "subthemes": list(entry.subthemes),
        "tags": list(entry.tags),
        "intensity": entry.intensity,
        "share": entry.share.value,
        "supervision_question": entry.supervision_question,
        "follow_up": entry.follow_up.value,
    }


def checkin_as_dict(checkin: CheckIn) -> dict[str, Any]:
    return {
        "uuid": checkin.uuid,
        "at": checkin.at.isoformat(),
        "mood": checkin.mood,
        "energy": checkin.energy,
        "stress": checkin.stress,
        "note": checkin.note,
    }
