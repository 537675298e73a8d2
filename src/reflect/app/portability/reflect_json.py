"""Reflect's own JSON format: everything in a journal, to move it or keep it.

Documented in docs/json-format.md. ``FORMAT_VERSION`` changes whenever a
field is added, renamed or removed; readers accept every version up to their own.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from reflect.app.portability.json_values import text_list, text_value
from reflect.domain.checkin import CheckIn
from reflect.domain.entry import Entry, FollowUp, Share
from reflect.domain.kinds import Kind
from reflect.domain.prompt_engine import PromptShown, ShownAs
from reflect.domain.serialise import checkin_as_dict, entry_as_dict
from reflect.domain.supervision import AgreedAction, SessionForm, SupervisionSession

if TYPE_CHECKING:
    from reflect.app.journal import Journal

FORMAT_NAME = "reflect-journal"
FORMAT_VERSION = 1


def dump_dict(journal: Journal, exported_at: datetime) -> dict[str, Any]:
    first, last = date(1900, 1, 1), date(9999, 12, 31)
    preferences = journal.prompt_preferences()
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": exported_at.isoformat(),
        "entries": [entry_as_dict(e) for e in journal.entries_between(first, last)],
        "checkins": [checkin_as_dict(c) for c in journal.checkins(first, last)],
        "shift_log": [
            {"day": day.isoformat(), "activity": activity.value, "count": count}
            for day, activity, count in journal.shift_log_rows()
        ],
        "shift_log_other": [
            {"day": day.isoformat(), "name": name} for day, name in journal.other_activity_rows()
        ],
        "user_prompts": [
            {
                "id": p.id,
                "subtheme": p.subtheme,
                "kinds": [k.value for k in p.kinds],
                "text": p.text,
            }
            for p in journal.user_prompts()
        ],
        "prompt_marks": {
            "favourites": sorted(preferences.favourites),
            "hidden": sorted(preferences.hidden),
        },
        "prompt_history": [
            {
                "prompt_id": h.prompt_id,
                "shown_on": h.shown_on.isoformat(),
                "shown_as": h.shown_as.value,
                "entry_uuid": h.entry_uuid,
            }
            for h in journal.prompt_history()
        ],
        "supervision_sessions": [
            {
                "uuid": s.uuid,
                "held_on": s.held_on.isoformat(),
                "notes": s.notes,
                "actions": [a.as_dict() for a in s.actions],
                "minutes": s.minutes,
                "form": s.form.value,
            }
            for s in journal.sessions()
        ],
        "settings": journal.all_settings(),
    }


def entry_from_dict(item: dict[str, Any]) -> Entry:
    fields = item.get("fields", {})
    if not isinstance(fields, dict):
        raise TypeError(f"'fields' must be an object, not {type(fields).__name__}")
    intensity = item.get("intensity")
    if intensity is not None and (isinstance(intensity, bool) or not isinstance(intensity, int)):
        raise TypeError("'intensity' must be a whole number")
    return Entry(
        uuid=text_value(item, "uuid"),
        kind=Kind(text_value(item, "kind")),
        occurred_on=date.fromisoformat(text_value(item, "occurred_on")),
        created_at=datetime.fromisoformat(item["created_at"]) if item.get("created_at") else None,
        updated_at=datetime.fromisoformat(item["updated_at"]) if item.get("updated_at") else None,
        title=text_value(item, "title"),
        fields={str(k): text_value(fields, k) for k in fields},
        text=text_value(item, "text"),
        subthemes=text_list(item, "subthemes"),
        tags=text_list(item, "tags"),
        intensity=intensity,
        share=Share.parse(text_value(item, "share", "private")),
        supervision_question=text_value(item, "supervision_question"),
        follow_up=FollowUp(text_value(item, "follow_up", "none")),
    )


def checkin_from_dict(item: dict[str, Any]) -> CheckIn:
    return CheckIn(
        at=datetime.fromisoformat(text_value(item, "at")),
        mood=item["mood"],
        energy=item["energy"],
        stress=item["stress"],
        note=text_value(item, "note"),
        uuid=text_value(item, "uuid"),
    )


def session_from_dict(item: dict[str, Any]) -> SupervisionSession:
    return SupervisionSession(
        held_on=date.fromisoformat(item["held_on"]),
        notes=str(item.get("notes", "")),
        actions=tuple(AgreedAction.from_dict(a) for a in item.get("actions", [])),
        uuid=str(item["uuid"]),
        minutes=item.get("minutes"),
        form=SessionForm(item.get("form", SessionForm.INDIVIDUAL.value)),
    )


def shown_from_dict(item: dict[str, Any]) -> PromptShown:
    entry_uuid = item.get("entry_uuid")
    return PromptShown(
        prompt_id=str(item["prompt_id"]),
        shown_on=date.fromisoformat(item["shown_on"]),
        shown_as=ShownAs(item["shown_as"]),
        entry_uuid=str(entry_uuid) if entry_uuid else None,
    )
