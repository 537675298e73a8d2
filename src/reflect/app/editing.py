"""Saving what the editor holds: the entry, the end of its draft and the prompt it answered, together.

Three writes that belong to one act. Done apart, a crash between them left
a draft of an entry already saved (offered back at the next start as if
lost), or a prompt answered but still counted as unseen.
"""

from __future__ import annotations

from reflect.app.journal import Journal
from reflect.app.prompt_library import PromptLibrary
from reflect.domain.editor_state import EditorState
from reflect.domain.entry import Entry
from reflect.domain.prompt_engine import ShownAs


def save_from_editor(
    journal: Journal,
    library: PromptLibrary,
    state: EditorState,
    draft_uuid: str | None = None,
) -> Entry:
    """Store the entry ``state`` describes; an edit keeps the stored entry's identity."""
    existing = None if state.is_new else journal.entry(state.entry_uuid)
    entry = state.to_entry(existing)
    with journal.transaction():
        stored = journal.save_entry(entry)
        if draft_uuid:
            journal.discard_draft(draft_uuid)
        if state.prompt_id:
            library.note_shown(state.prompt_id, ShownAs.ANSWERED, stored.uuid)
    return stored
