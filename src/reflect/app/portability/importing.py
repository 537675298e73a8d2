"""Reading a file into the journal: all of it, or nothing, and never twice."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

from reflect.app.journal import Journal
from reflect.app.portability import other_apps, reflect_json
from reflect.domain.checkin import CheckIn
from reflect.domain.entry import EARLIEST_DATE, Entry
from reflect.domain.errors import ValidationError
from reflect.domain.i18n import QT_TRANSLATE_NOOP
from reflect.domain.prompts import user_prompt
from reflect.domain.settings_merge import SettingsMerge, merge_settings
from reflect.domain.shift_log import clean_other_name
from reflect.domain.supervision import validate_session

T = TypeVar("T")
MAX_FILE_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class ImportResult:
    source: str  # "reflect", "jrnl" or "day_one"
    entries_added: int
    entries_already_here: int
    checkins_added: int
    settings: SettingsMerge = SettingsMerge()
    # Entries with nothing to import, by why (other_apps.EMPTY, ...), in the order first met.
    left_out: tuple[tuple[str, int], ...] = ()


class ImportRefused(ValidationError):
    """A file that cannot be imported. The journal is unchanged."""


def read_json(path: Path) -> Any:
    try:
        if Path(path).stat().st_size > MAX_FILE_BYTES:
            raise ImportRefused(
                QT_TRANSLATE_NOOP("Import", "{path} is too large to be a journal export."),
                path=str(path),
            )
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except OSError as error:
        raise ImportRefused(
            QT_TRANSLATE_NOOP("Import", "Cannot read {path}: {reason}"),
            path=str(path),
            reason=error.strerror or str(error),
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise ImportRefused(
            QT_TRANSLATE_NOOP("Import", "{path} is not valid JSON ({reason})."),
            path=str(path),
            reason=str(error)[:200],
        ) from None


def import_file(
    journal: Journal, path: Path, media_words: Mapping[str, str] = other_apps.MEDIA_WORDS
) -> ImportResult:
    """``media_words``: what stands where Day One had a photo, in the writer's language."""
    data = read_json(path)
    try:
        if isinstance(data, dict) and data.get("format") == reflect_json.FORMAT_NAME:
            return _import_reflect(journal, data)
        if other_apps.is_day_one(data):
            return _import_other(
                journal,
                "day_one",
                data["entries"],
                lambda item: other_apps.day_one_entry(item, media_words),
            )
        if other_apps.is_jrnl(data):
            return _import_other(journal, "jrnl", data["entries"], other_apps.jrnl_entry)
    except ImportRefused:
        raise
    except ValidationError as error:
        raise ImportRefused(
            QT_TRANSLATE_NOOP("Import", "Nothing was imported: {reason}"), reason=str(error)
        ) from None
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as error:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "Import", "Nothing was imported: the file has a missing or wrong value ({reason})."
            ),
            reason=(repr(error))[:200],
        ) from None
    raise ImportRefused(
        QT_TRANSLATE_NOOP(
            "Import", "{path} is not a Reflect, jrnl or Day One JSON export; nothing was imported."
        ),
        path=str(path),
    )


def _import_other(
    journal: Journal, source: str, items: Any, read: Callable[[dict[str, Any]], Entry | str]
) -> ImportResult:
    """jrnl or Day One: each entry read strictly, those with nothing in them left out and counted."""
    if not isinstance(items, list):
        raise TypeError("'entries' must be a list")
    entries: list[Entry] = []
    left_out = Counter[str]()
    seen: set[str] = set()
    for number, item in enumerate(items, start=1):
        found = _named(number, item, read, ENTRY_REFUSED)
        if isinstance(found, str):
            left_out[found] += 1
        elif found.uuid in seen:
            if source == "day_one":  # Day One's ids are its own: two alike is a broken file
                _refuse_duplicates([*entries, found])
            left_out[other_apps.REPEATED] += 1  # jrnl's are made from the entry: a true repeat
        else:
            seen.add(found.uuid)
            entries.append(found)
    result = _import_entries(journal, source, entries, future_allowed=True)
    return replace(result, left_out=tuple(left_out.items()))


def _import_entries(
    journal: Journal,
    source: str,
    entries: Sequence[Entry],
    checkins: Sequence[CheckIn] = (),
    extra: Callable[[], None] | None = None,
    *,
    future_allowed: bool = False,
) -> ImportResult:
    new = [e for e in entries if journal.entry(e.uuid) is None]
    known = journal.checkin_uuids()
    new_checkins = [c for c in checkins if c.uuid not in known]
    with journal.transaction():
        journal.add_entries(new, future_allowed=future_allowed)
        for checkin in new_checkins:
            journal.add_checkin(checkin)
        if extra is not None:
            extra()
    logging.getLogger(__name__).info(
        "imported from %s: %d new entries, %d check-ins", source, len(new), len(new_checkins)
    )
    return ImportResult(source, len(new), len(entries) - len(new), len(new_checkins))


ENTRY_REFUSED = QT_TRANSLATE_NOOP(
    "Import", "Nothing was imported: entry {number} {name} has a missing or wrong value ({reason})."
)
CHECKIN_REFUSED = QT_TRANSLATE_NOOP(
    "Import",
    "Nothing was imported: check-in {number} {name} has a missing or wrong value ({reason}).",
)


def _named(number: int, item: Any, read: Callable[[dict[str, Any]], T], message: str) -> T:
    """Read one item; a wrong value refuses the whole file, naming the item."""
    try:
        if not isinstance(item, dict):
            raise TypeError(f"{type(item).__name__}, not an object")
        return read(item)
    except (KeyError, TypeError, ValueError) as error:
        name = item.get("uuid", "") if isinstance(item, dict) else ""
        raise ImportRefused(
            message,
            number=number,
            name=f"({name})" if isinstance(name, str) and name else "",
            reason=str(error)[:200],
        ) from None


def _refuse_duplicates(entries: Sequence[Entry]) -> None:
    """Two entries of one file with one id: which is the real one cannot be known."""
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        if entry.uuid in seen:
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Nothing was imported: entry {number} has the same id as an earlier one ({uuid}).",
                ),
                number=number,
                uuid=entry.uuid,
            )
        seen.add(entry.uuid)


def _import_reflect(journal: Journal, data: dict[str, Any]) -> ImportResult:
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "Import",
                "This Reflect file has no format version, or one that is not a whole number; "
                "nothing was imported.",
            )
        )
    if version > reflect_json.FORMAT_VERSION:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "Import",
                "This file comes from a newer Reflect (format {version}); update Reflect to import it.",
            ),
            version=version,
        )
    entries = [
        _named(number, item, reflect_json.entry_from_dict, ENTRY_REFUSED)
        for number, item in enumerate(data.get("entries", []), start=1)
    ]
    _refuse_duplicates(entries)
    checkins = [
        _named(number, item, reflect_json.checkin_from_dict, CHECKIN_REFUSED)
        for number, item in enumerate(data.get("checkins", []), start=1)
    ]
    for number, checkin in enumerate(checkins, start=1):
        if not EARLIEST_DATE <= checkin.at.date() <= journal.today() + timedelta(days=1):
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Nothing was imported: check-in {number} is dated {day}, which cannot be right.",
                ),
                number=number,
                day=checkin.at.date().isoformat(),
            )
    sessions = [
        validate_session(reflect_json.session_from_dict(s), journal.today())
        for s in data.get("supervision_sessions", [])
    ]
    prompts = [
        user_prompt(p["id"], p["subtheme"], p["kinds"], p["text"])
        for p in data.get("user_prompts", [])
    ]
    shift = [(s["day"], s["activity"], s["count"]) for s in data.get("shift_log", [])]
    # Checked before anything is written, like the rest (a dump from format 1 has none).
    other_names = [
        (date.fromisoformat(o["day"]), clean_other_name(o["name"]))
        for o in data.get("shift_log_other", [])
    ]
    marks = data.get("prompt_marks", {})
    history = [reflect_json.shown_from_dict(h) for h in data.get("prompt_history", [])]
    incoming_settings = data.get("settings", {})
    if not isinstance(incoming_settings, dict):
        raise TypeError("settings must be an object")
    merged = merge_settings(journal.all_settings(), incoming_settings)

    def extra() -> None:
        known_sessions = {s.uuid for s in journal.sessions()}
        for session in sessions:
            if session.uuid not in known_sessions:
                journal.save_session(session)
        for prompt in prompts:
            journal.save_user_prompt(prompt, journal.now())
        for day, activity, count in shift:
            journal.set_activity_count(date.fromisoformat(day), activity, count)
        for day, name in other_names:
            journal.name_other_activity(day, name)
        for prompt_id in marks.get("favourites", []):
            journal.mark_prompt(str(prompt_id), favourite=True)
        for prompt_id in marks.get("hidden", []):
            journal.mark_prompt(str(prompt_id), hidden=True)
        for key, value in merged.values.items():
            journal.set_setting(key, value)
        # What was shown keeps the prompt of the day from repeating itself.
        # Counted, not a set: a prompt may be shown twice in a day, and a
        # second import of the same file adds nothing.
        already = Counter(journal.prompt_history())
        for shown in history:
            if already[shown]:
                already[shown] -= 1
            else:
                journal.record_prompt_shown(shown)

    return replace(_import_entries(journal, "reflect", entries, checkins, extra), settings=merged)
