"""What the editor holds, as one typed value: the entry being written, saved or not.

Kept free of Qt so it can be checked, stored as a draft and turned into an
entry anywhere. A draft keeps it as plain JSON (``as_payload``); drafts
written by earlier versions, with fields missing, read back with defaults.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from reflect.domain.entry import Entry, FollowUp, Share
from reflect.domain.kinds import Kind, kind_spec


@dataclass(frozen=True)
class EditorState:
    kind: Kind = Kind.SHIFT_REFLECTION
    entry_uuid: str = ""
    is_new: bool = True
    occurred_on: date = date(2000, 1, 1)
    title: str = ""
    fields: Mapping[str, str] = field(default_factory=dict)
    text: str = ""
    subthemes: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    intensity: int | None = None
    share: Share = Share.PRIVATE
    supervision_question: str = ""
    follow_up: FollowUp = FollowUp.NONE
    prompt_id: str | None = None  # the prompt the writing answers, noted when it is saved

    @classmethod
    def new(cls, kind: Kind, entry_uuid: str, occurred_on: date) -> EditorState:
        return cls(
            kind=kind,
            entry_uuid=entry_uuid,
            occurred_on=occurred_on,
            subthemes=tuple(kind_spec(kind).default_subthemes),
        )

    @classmethod
    def of_entry(cls, entry: Entry) -> EditorState:
        return cls(
            kind=entry.kind,
            entry_uuid=entry.uuid,
            is_new=False,
            occurred_on=entry.occurred_on,
            title=entry.title,
            fields=dict(entry.fields),
            text=entry.text,
            subthemes=tuple(entry.subthemes),
            tags=tuple(entry.tags),
            intensity=entry.intensity,
            share=entry.share,
            supervision_question=entry.supervision_question,
            follow_up=entry.follow_up,
        )

    def to_entry(self, existing: Entry | None = None) -> Entry:
        """The entry the editor describes; an edit keeps the stored entry's identity."""
        values: dict[str, Any] = {
            "kind": self.kind,
            "occurred_on": self.occurred_on,
            "title": self.title,
            "fields": dict(self.fields),
            "text": self.text,
            "subthemes": tuple(self.subthemes),
            "tags": tuple(self.tags),
            "intensity": self.intensity,
            "share": self.share,
            "supervision_question": self.supervision_question,
            "follow_up": self.follow_up,
        }
        if existing is not None:
            return existing.with_changes(**values)
        return Entry(uuid=self.entry_uuid, **values)

    @property
    def saved_entry_uuid(self) -> str | None:
        """The stored entry this edits; None for a new one."""
        return None if self.is_new else self.entry_uuid

    def but(self, **changes: Any) -> EditorState:
        return replace(self, **changes)

    # -- as a draft stores it ------------------------------------------------

    def as_payload(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "entry_uuid": self.entry_uuid,
            "is_new": self.is_new,
            "occurred_on": self.occurred_on.isoformat(),
            "title": self.title,
            "fields": dict(self.fields),
            "text": self.text,
            "subthemes": list(self.subthemes),
            "tags": list(self.tags),
            "intensity": self.intensity,
            "share": self.share.value,
            "supervision_question": self.supervision_question,
            "follow_up": self.follow_up.value,
            "prompt_id": self.prompt_id,
        }

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> EditorState:
        blank = cls()
        occurred = payload.get("occurred_on")
        return cls(
            kind=Kind(payload.get("kind", blank.kind.value)),
            entry_uuid=str(payload.get("entry_uuid", "")),
            is_new=bool(payload.get("is_new", True)),
            occurred_on=date.fromisoformat(occurred) if occurred else blank.occurred_on,
            title=str(payload.get("title", "")),
            fields={str(k): str(v) for k, v in dict(payload.get("fields", {})).items()},
            text=str(payload.get("text", "")),
            subthemes=tuple(payload.get("subthemes", ())),
            tags=tuple(payload.get("tags", ())),
            intensity=payload.get("intensity"),
            share=Share.parse(payload.get("share", blank.share.value)),
            supervision_question=str(payload.get("supervision_question", "")),
            follow_up=FollowUp(payload.get("follow_up", blank.follow_up.value)),
            prompt_id=payload.get("prompt_id"),
        )
