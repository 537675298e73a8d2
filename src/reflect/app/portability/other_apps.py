"""Entries from other journals: jrnl's and Day One's JSON exports, as those apps write them.

Both become shift reflections with their text, tags and date; a starred
entry gets an open follow-up. Their ids are derived from the source entry,
so importing the same file twice adds nothing the second time.

Real exports hold entries with nothing to import: blank ones, and in Day
One ones that are only photos. Those are left out and counted, never a
reason to refuse the file. A value of the wrong type is a reason: the file
is not what it says it is.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from datetime import date, datetime, time, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reflect.app.portability.json_values import flag, text_list, text_value
from reflect.domain.entry import Entry, FollowUp
from reflect.domain.i18n import QT_TRANSLATE_NOOP
from reflect.domain.kinds import Kind

# Fixed namespace: the same jrnl entry always gets the same uuid.
JRNL_NAMESPACE = uuid.UUID("6f1d3f0e-6b1a-4f5e-9b8e-0d7a2c9e4b11")

# Why an entry was left out, as the import report says it.
EMPTY = QT_TRANSLATE_NOOP("Import", "empty")
MEDIA_ONLY = QT_TRANSLATE_NOOP("Import", "only photos or other media")
REPEATED = QT_TRANSLATE_NOOP("Import", "the same entry twice in the file")

# What stands in the text where Day One had a photo, a recording or a file.
MEDIA_WORDS = {
    "photo": QT_TRANSLATE_NOOP("Import", "[photo]"),
    "video": QT_TRANSLATE_NOOP("Import", "[video]"),
    "audio": QT_TRANSLATE_NOOP("Import", "[audio]"),
    "pdfAttachment": QT_TRANSLATE_NOOP("Import", "[PDF]"),
    "sketch": QT_TRANSLATE_NOOP("Import", "[drawing]"),
}
MEDIA_LISTS = ("photos", "videos", "audios", "pdfAttachments", "sketches")
_MOMENT = re.compile(
    r"!?\[[^\]\n]*\]\(dayone-moment:/{1,2}(?:(video|audio|pdfAttachment|sketch)/)?[^)\s]*\)"
)
# Day One's Markdown escapes every character Markdown could read as markup.
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|<=])")


def _tags(raw: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(tag.lstrip("@#") for tag in raw if tag.strip("@# "))


def is_jrnl(data: Any) -> bool:
    return (
        isinstance(data, dict) and "entries" in data and "tags" in data and "metadata" not in data
    )


def is_day_one(data: Any) -> bool:
    return isinstance(data, dict) and isinstance(data.get("metadata"), dict) and "entries" in data


def jrnl_entry(item: dict[str, Any]) -> Entry | str:
    """The entry, or why it is left out."""
    day = date.fromisoformat(text_value(item, "date"))
    at = time.fromisoformat(text_value(item, "time", "00:00") or "00:00")
    title, body = text_value(item, "title"), text_value(item, "body")
    tags = _tags(text_list(item, "tags"))
    starred = flag(item, "starred")
    if not (title.strip() or body.strip()):
        return EMPTY
    identity = uuid.uuid5(JRNL_NAMESPACE, f"{day}T{at}|{title}|{body}")
    written = datetime.combine(day, at).astimezone()
    return Entry(
        uuid=str(identity),
        kind=Kind.SHIFT_REFLECTION,
        occurred_on=day,
        title=title[:200],
        text=body if body.strip() else title,
        tags=tags,
        follow_up=FollowUp.OPEN if starred else FollowUp.NONE,
        created_at=written,
        updated_at=written,
    )


def day_one_entry(
    item: dict[str, Any], media_words: Mapping[str, str] = MEDIA_WORDS
) -> Entry | str:
    """The entry, or why it is left out; ``media_words`` stand in for photos and files."""
    identity = str(uuid.UUID(text_value(item, "uuid")))
    created = datetime.fromisoformat(text_value(item, "creationDate").replace("Z", "+00:00"))
    if created.tzinfo is None:
        raise ValueError("'creationDate' has no time zone")
    raw = text_value(item, "text")
    tags = _tags(text_list(item, "tags"))
    starred = flag(item, "starred")
    zone = _zone(text_value(item, "timeZone"))
    has_media = any(item.get(name) for name in MEDIA_LISTS) or bool(_MOMENT.search(raw))
    if not _MOMENT.sub("", raw).strip():
        return MEDIA_ONLY if has_media else EMPTY
    text = _ESCAPE.sub(
        r"\1", _MOMENT.sub(lambda m: media_words[m.group(1) or "photo"], raw)
    ).strip()
    first, _, rest = text.partition("\n")
    return Entry(
        uuid=identity,
        kind=Kind.SHIFT_REFLECTION,
        # The day it was where it was written, not where it is imported.
        occurred_on=created.astimezone(zone).date(),
        title=first.lstrip("# ").strip()[:200] if rest.strip() else "",
        text=rest.strip() if rest.strip() else text,
        tags=tags,
        follow_up=FollowUp.OPEN if starred else FollowUp.NONE,
        created_at=created,
        updated_at=created,
    )


def _zone(name: str) -> tzinfo | None:
    """The entry's own time zone; None (this machine's) when it is missing or unknown here."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
