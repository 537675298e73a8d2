"""Saving what the editor holds: the entry, the end of its draft and the prompt it answered, together.

Three writes that belong to one act. Done apart, a crash between them left
a draft of an entry already saved (offered back at the next start as if
lost), or a prompt answered but still counted as unseen.
"""

from __future__ import annotations

from typing import Any

from reflect.app.journal import Journal
from reflect.app.prompt_library import PromptLibrary
from reflect.domain.draft_payload import entry_from_payload
from reflect.domain.entry import Entry
from reflect.domain.prompt_engine import ShownAs


def save_from_editor(
    journal: Journal,
    library: PromptLibrary,
    payload: dict[str, Any],
    draft_uuid: str | None = None,
) -> Entry:
    """Store the entry ``payload`` describes; an edit keeps the stored entry's identity."""
    existing = None if payload.get("is_new", True) else journal.entry(payload["entry_uuid"])
    entry = entry_from_payload(payload, existing)
    with journal.transaction():
        stored = journal.save_entry(entry)
        if draft_uuid:
            journal.discard_draft(draft_uuid)
        if payload.get("prompt_id"):
            library.note_shown(payload["prompt_id"], ShownAs.ANSWERED, stored.uuid)
    return stored
