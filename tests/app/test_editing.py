"""Saving from the editor: entry, draft and answered prompt together, or none of them."""

from __future__ import annotations

import pytest

from reflect.app.editing import save_from_editor
from reflect.app.prompt_library import PromptLibrary, load_catalogue
from reflect.domain.editor_state import EditorState
from reflect.domain.kinds import Kind
from reflect.domain.prompt_engine import ShownAs


def payload(journal, **values):
    return EditorState.new(Kind.SHIFT_REFLECTION, "e1", journal.today()).but(**values)


def test_the_entry_its_draft_and_its_prompt_are_settled_at_once(journal):
    library = PromptLibrary(journal, load_catalogue("en"))
    prompt = library.catalogue.prompts[0].id
    draft = journal.save_draft("shift_reflection", payload(journal, text="half").as_payload())
    stored = save_from_editor(
        journal, library, payload(journal, text="whole", prompt_id=prompt), draft.uuid
    )
    assert journal.entry(stored.uuid).text == "whole"
    assert journal.drafts() == []
    [shown] = [h for h in journal.prompt_history() if h.prompt_id == prompt]
    assert (shown.shown_as, shown.entry_uuid) == (ShownAs.ANSWERED, stored.uuid)


def test_a_failure_half_way_keeps_the_draft_and_saves_nothing(journal, monkeypatch):
    library = PromptLibrary(journal, load_catalogue("en"))
    draft = journal.save_draft("shift_reflection", payload(journal, text="half").as_payload())

    def refused(*_args):
        raise OSError("the disk went away")

    monkeypatch.setattr(library, "note_shown", refused)
    with pytest.raises(OSError):
        save_from_editor(
            journal, library, payload(journal, text="whole", prompt_id="p"), draft.uuid
        )
    assert journal.count_entries() == 0
    assert [d.uuid for d in journal.drafts()] == [draft.uuid]
