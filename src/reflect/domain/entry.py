"""A journal entry, and the rules an entry must meet before it is stored."""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Any

from reflect.domain.asked import (
    MAX_ASKED_QUESTION,
    asked_answers,
    asked_key,
    is_asked_key,
    question_of,
)
from reflect.domain.entry_codes import FollowUp as FollowUp  # re-exported with the entry
from reflect.domain.entry_codes import Share as Share
from reflect.domain.errors import ValidationError
from reflect.domain.i18n import QT_TRANSLATE_NOOP
from reflect.domain.kinds import Kind, KindSpec, kind_spec
from reflect.domain.tags import normalise_tags
from reflect.domain.text import derive_title
from reflect.domain.themes import is_subtheme

MAX_TITLE = 200
MAX_FIELD = 100_000
MAX_TEXT = 1_000_000
MAX_QUESTION = 2_000
EARLIEST_DATE = date(1900, 1, 1)


@dataclass(frozen=True)
class Entry:
    kind: Kind
    occurred_on: date
    title: str = ""
    fields: Mapping[str, str] = field(default_factory=dict)
    text: str = ""
    subthemes: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    intensity: int | None = None
    share: Share = Share.PRIVATE
    supervision_question: str = ""
    follow_up: FollowUp = FollowUp.NONE
    uuid: str = field(default_factory=lambda: str(uuid.uuid4()))
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        # Entries are shared between threads and views; a read-only mapping
        # keeps one view from changing another's copy by accident.
        object.__setattr__(self, "fields", MappingProxyType(dict(self.fields)))

    @property
    def display_title(self) -> str:
        return shown_title(self.kind, self.title, self.text, self.fields)

    def with_changes(self, **changes: Any) -> Entry:
        return replace(self, **changes)


def shown_title(kind: Kind, title: str, text: str, fields: Mapping[str, str]) -> str:
    """The title the writer gave, or one made from the first words."""
    if title:
        return title
    ordered = [fields.get(name, "") for name in kind_spec(kind).field_names]
    brought = [answer for _, answer in asked_answers(fields)]
    return derive_title([text, *ordered, *brought])


def new_entry(kind: Kind | str, occurred_on: date, **values: Any) -> Entry:
    """An entry of ``kind`` with the kind's default subthemes unless given."""
    spec = kind_spec(_parse_kind(kind))
    values.setdefault("subthemes", spec.default_subthemes)
    return Entry(kind=spec.kind, occurred_on=occurred_on, **values)


def _parse_kind(kind: Kind | str) -> Kind:
    try:
        return Kind(kind)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Unknown entry kind: {kind}. Known kinds: {known}."),
            kind=kind,
            known=", ".join(k.value for k in Kind),
        ) from None


def validate_entry(entry: Entry, today: date, *, future_allowed: bool = False) -> Entry:
    """Return ``entry`` cleaned up (trimmed, deduplicated), or raise ValidationError.

    ``future_allowed``: an entry from another journal's export may be dated
    ahead (a plan, a clock set wrong); it is the writer's and is kept.
    """
    kind = _parse_kind(entry.kind)
    spec = kind_spec(kind)
    _check_date(entry.occurred_on, today, future_allowed)
    title = " ".join(strip_control(entry.title).split())
    _check_length(title, MAX_TITLE, QT_TRANSLATE_NOOP("Validation", "title"))
    text = strip_control(entry.text).strip()
    _check_length(text, MAX_TEXT, QT_TRANSLATE_NOOP("Validation", "text"))
    fields = _clean_fields(spec, entry.fields)
    subthemes = _clean_subthemes(entry.subthemes)
    intensity = _clean_intensity(spec, entry.intensity)
    question = strip_control(entry.supervision_question).strip()
    _check_length(question, MAX_QUESTION, QT_TRANSLATE_NOOP("Validation", "supervision question"))
    if not (title or text or fields):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "The entry is empty: write a few words first.")
        )
    return replace(
        entry,
        kind=kind,
        title=title,
        text=text,
        fields=fields,
        subthemes=subthemes,
        tags=normalise_tags(entry.tags),
        intensity=intensity,
        share=Share.parse(entry.share),
        supervision_question=question,
        follow_up=FollowUp(entry.follow_up),
    )


def strip_control(text: str) -> str:
    """Remove control characters other than line breaks and tabs.

    They cannot be typed, only pasted by accident, and the search snippets
    use two of them as match markers.
    """
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")


def _check_date(day: date, today: date, future_allowed: bool = False) -> None:
    if not isinstance(day, date) or isinstance(day, datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The date is missing."))
    if day < EARLIEST_DATE or (day > today + timedelta(days=1) and not future_allowed):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{day} is not a date this entry can have happened on."),
            day=day.isoformat(),
        )


def _check_length(value: str, limit: int, what: str) -> None:
    if len(value) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "The {what} is too long (at most {limit} characters)."),
            what=what,
            limit=limit,
        )


def _clean_fields(spec: KindSpec, fields: Mapping[str, str]) -> dict[str, str]:
    cleaned: dict[str, str] = {}
    brought: dict[str, str] = {}
    for name, value in fields.items():
        if is_asked_key(name):
            _clean_asked(name, value, brought)
            continue
        if name not in spec.field_names:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Validation", "A {kind} entry has no field called {name}."),
                kind=spec.kind.value,
                name=name,
            )
        value = strip_control(str(value)).strip()
        if not value:
            continue
        field_spec = spec.field(name)
        if field_spec.is_choice and value not in field_spec.choice_values():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Validation", "{value} is not a choice for {name}; choose one of {choices}."
                ),
                value=value,
                name=name,
                choices=", ".join(field_spec.choice_values()),
            )
        if len(value) > MAX_FIELD:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The answer to “{question}” is too long (at most {limit} characters).",
                ),
                question=field_spec.label,
                limit=MAX_FIELD,
            )
        cleaned[name] = value
    # Keep the form's order so exports and search read naturally; the
    # questions the writer brought follow, in the order they were asked.
    return {**{name: cleaned[name] for name in spec.field_names if name in cleaned}, **brought}


def _clean_asked(name: str, value: str, into: dict[str, str]) -> None:
    """An answer to a template's or guide's question, kept with the question as its key."""
    question = question_of(asked_key(strip_control(question_of(name))))
    value = strip_control(str(value)).strip()
    if not question or not value:
        return
    if len(question) > MAX_ASKED_QUESTION:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "A question can be at most {limit} characters."),
            limit=MAX_ASKED_QUESTION,
        )
    if len(value) > MAX_FIELD:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The answer to “{question}” is too long (at most {limit} characters).",
            ),
            question=question,
            limit=MAX_FIELD,
        )
    into[asked_key(question)] = value


def _clean_subthemes(subthemes: Iterable[str]) -> tuple[str, ...]:
    seen: list[str] = []
    for subtheme in subthemes:
        if not is_subtheme(subtheme):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Validation", "Unknown subtheme: {subtheme}."), subtheme=subtheme
            )
        if subtheme not in seen:
            seen.append(subtheme)
    return tuple(seen)


def _clean_intensity(spec: KindSpec, intensity: int | None) -> int | None:
    if intensity is None:
        return None
    if not spec.has_intensity:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "A {kind} entry has no intensity."),
            kind=spec.kind.value,
        )
    if isinstance(intensity, bool) or not isinstance(intensity, int) or not 0 <= intensity <= 10:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Intensity is a whole number from 0 to 10.")
        )
    return intensity
