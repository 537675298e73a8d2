"""Keeping what the editor holds as a draft: in the journal, or in memory when it refuses."""

from __future__ import annotations

from reflect.app.journal import Journal
from reflect.domain.drafts import Draft
from reflect.domain.editor_state import EditorState


def keep_draft(journal: Journal, state: EditorState, draft_uuid: str | None) -> Draft:
    """Store ``state`` as its draft (autosave); the journal's refusal is raised as it came."""
    return journal.save_draft(
        state.kind.value,
        state.as_payload(),
        entry_uuid=state.saved_entry_uuid,
        draft_uuid=draft_uuid,
    )


def draft_in_memory(journal: Journal, state: EditorState, draft_uuid: str | None) -> Draft:
    """The draft ``state`` would be, not stored: what a lock carries when the disk said no."""
    identity = {"uuid": draft_uuid} if draft_uuid else {}
    return Draft(
        state.kind.value, state.as_payload(), journal.now(), state.saved_entry_uuid, **identity
    )
