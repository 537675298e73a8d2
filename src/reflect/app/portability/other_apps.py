"""Entries from other journals: jrnl's and Day One's JSON exports.

Both become shift reflections with their text, tags and date; a starred
entry gets an open follow-up. Their ids are derived from the source entry,
so importing the same file twice adds nothing the second time.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from reflect.domain.entry import Entry, FollowUp
from reflect.domain.kinds import Kind

# Fixed namespace: the same jrnl entry always gets the same uuid.
JRNL_NAMESPACE = uuid.UUID("6f1d3f0e-6b1a-4f5e-9b8e-0d7a2c9e4b11")


def _tags(raw) -> tuple[str, ...]:
    return tuple(str(t).lstrip("@#") for t in raw or () if str(t).strip("@# "))


def is_jrnl(data) -> bool:
    return isinstance(data, dict) and "entries" in data and "tags" in data and "metadata" not in data


def is_day_one(data) -> bool:
    return isinstance(data, dict) and isinstance(data.get("metadata"), dict) and "entries" in data


def jrnl_entries(data: dict) -> list[Entry]:
    entries = []
    for item in data["entries"]:
        day = date.fromisoformat(item["date"])
        at = time.fromisoformat(item.get("time") or "00:00")
        title, body = str(item.get("title", "")), str(item.get("body", ""))
        identity = uuid.uuid5(JRNL_NAMESPACE, f"{day}T{at}|{title}|{body}")
        written = datetime.combine(day, at).astimezone()
        entries.append(Entry(
            uuid=str(identity), kind=Kind.SHIFT_REFLECTION, occurred_on=day,
            title=title[:200], text=body if body.strip() else title,
            tags=_tags(item.get("tags")),
            follow_up=FollowUp.OPEN if item.get("starred") else FollowUp.NONE,
            created_at=written, updated_at=written,
        ))
    return entries


def day_one_entries(data: dict) -> list[Entry]:
    entries = []
    for item in data["entries"]:
        created = datetime.fromisoformat(str(item["creationDate"]).replace("Z", "+00:00"))
        text = str(item.get("text", ""))
        first, _, rest = text.strip().partition("\n")
        entries.append(Entry(
            uuid=str(uuid.UUID(str(item["uuid"]))), kind=Kind.SHIFT_REFLECTION,
            occurred_on=created.astimezone().date(),
            title=first.lstrip("# ").strip()[:200] if rest.strip() else "",
            text=rest.strip() if rest.strip() else text.strip(),
            tags=_tags(item.get("tags")),
            follow_up=FollowUp.OPEN if item.get("starred") else FollowUp.NONE,
            created_at=created, updated_at=created,
        ))
    return entries
